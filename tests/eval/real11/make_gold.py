"""Write gold.jsonl and entities.json of the real-page development set real11 from the tables below.

Run from anywhere: ``python tests/eval/real11/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (Africa and the Middle East), copied verbatim from the stored excerpt of
each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real.
The gold was written by hand without running the extractor and without reading extract/
(issue 13). real11_08 reports no meeting: it has no gold line on purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

INTERPOL = "International Criminal Police Organization"
IGA = "INTERPOL General Assembly"
EAC = "East African Community"
DGSN = "General Directorate of National Security"
DGST = "General Directorate of Territorial Surveillance"
DGSI = "General Directorate for Internal Security"
MOI_IR = "Ministry of Interior of Iran"
MOI_IQ = "Ministry of Interior of Iraq"
MOI_SA = "Ministry of Interior of Saudi Arabia"
PMO_IQ = "Iraqi Prime Minister's Office"
AU = "African Union"
AFRIPOL = "African Union Mechanism for Police Cooperation"
AFRIPOL_SC = "AFRIPOL Steering Committee"
NPS_KE = "National Police Service"
ANP_DZ = "Algerian National Police"
MOI_TR = "Ministry of Interior of Turkey"
MOI_KH = "Ministry of Interior of Cambodia"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    INTERPOL: ("INTERPOL", None, None, ["International Criminal Police Organization", "INTERPOL", "Interpol",
                                        "ICPO-INTERPOL"]),
    IGA: (None, INTERPOL, None, ["INTERPOL General Assembly", "General Assembly of the International Criminal Police Organization"]),
    EAC: ("EAC", None, None, ["East African Community", "EAC"]),
    DGSN: ("DGSN", None, "MA", ["General Directorate of National Security", "DGSN"]),
    DGST: ("DGST", None, "MA", ["General Directorate of Territorial Surveillance", "DGST"]),
    DGSI: ("DGSI", None, "FR", ["General Directorate for Internal Security", "Internal Security"]),
    MOI_IR: (None, None, "IR", ["Ministry of Interior of Iran", "Iranian interior ministry"]),
    MOI_IQ: (None, None, "IQ", ["Ministry of Interior of Iraq", "Iraqi interior ministry"]),
    MOI_SA: (None, None, "SA", ["Ministry of Interior of Saudi Arabia", "Saudi interior ministry"]),
    PMO_IQ: (None, None, "IQ", ["Iraqi Prime Minister's Office", "Iraqi Prime Minister’s Office"]),
    AU: ("AU", None, None, ["African Union", "AU"]),
    AFRIPOL: ("AFRIPOL", None, None, ["African Union Mechanism for Police Cooperation", "AFRIPOL"]),
    AFRIPOL_SC: (None, AFRIPOL, None, ["AFRIPOL Steering Committee", "Steering Committee"]),
    NPS_KE: ("NPS", None, "KE", ["National Police Service", "NPS"]),
    ANP_DZ: (None, None, "DZ", ["Algerian National Police"]),
    MOI_TR: (None, None, "TR", ["Ministry of Interior of Turkey", "Turkish Interior Ministry"]),
    MOI_KH: (None, None, "KH", ["Ministry of Interior of Cambodia", "Cambodian Interior Ministry"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "DZ": ["Algeria", "Algerian"], "FR": ["France"], "IQ": ["Iraq", "Iraqi"], "IR": ["Iran", "Iranian"],
    "KE": ["Kenya"], "KH": ["Cambodia", "Cambodian"], "MA": ["Morocco", "Kingdom of Morocco"],
    "SA": ["Saudi Arabia", "Saudi"], "TR": ["Turkey", "Türkiye"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real11_01_eac.txt", "real11_02_maroc_ma.txt", "real11_03_irna.txt", "real11_04_shafaq_news.txt")
D5, D6, D7 = ("real11_05_kbc.txt", "real11_06_assahafa.txt", "real11_07_daily_sabah.txt")
# real11_08_the_citizen.txt: seizure figures and a press statement, no meeting (no gold line)

HAMM = "Abdellatif Hammouchi"
LERN = "Nicolas Lerner"
MOME = "Eskandar Momeni"

MEETINGS = [
    # ---------------------------------------------------------------- real11_01 EAC press release 2017
    M(D1, "A four-day INTERPOL - EAC joint training workshop for Heads", "training",
      "2017-11-07", "2017-11-10", inferred=True, city="Nairobi", country="KE",
      persons=[P("Charles Njoroge", ["Mr. Charles Njoroge"], "EAC Deputy Secretary General in charge of Political Federation",
                 EAC)],
      orgs=[O(INTERPOL, ["INTERPOL", "Interpol"]), O(EAC, ["EAC"])],
      organizers=[INTERPOL, EAC],
      notes="Opening 'on Tuesday 7th November 2017' (explicit) and 'A four-day' workshop: end computed (10 November), "
            "hence inferred. 'underway in Nairobi, Kenya'; the dateline 'EAC Headquarters, Arusha, Tanzania' is the "
            "source's place, not the venue. 'INTERPOL - EAC joint' and the headline 'Interpol, EAC conduct' -> both "
            "organisers. 'EAC Partner States' generic: no countries. Typed training ('Joint Training'); a second "
            "reader may say workshop. The SOPs adopted by the Chiefs of Police and the EAPCCO General Assembly have no "
            "date: not annotated."),
    # ---------------------------------------------------------------- real11_02 maroc.ma (MAP) 2023
    M(D2, "held two working sessions in Rabat with France's Nicolas Lerner", "meeting",
      "2023-12-14", inferred=True, city="Rabat", country="MA",
      persons=[P(HAMM, ["Abdellatif Hammouchi", "Hammouchi"], "National Security and Territorial Surveillance Director-General",
                 DGSN),
               P(LERN, ["Nicolas Lerner", "Lerner"], "Director-General of Internal Security", DGSI)],
      orgs=[O(DGST, ["General Directorate of Territorial Surveillance (DGST)"]), O(DGSN, []), O(DGSI, [])],
      countries=["MA", "FR"],
      notes="First of two sessions: 'respectively took place on Thursday afternoon and Friday morning' against the "
            "stamp and the closing line 'MAP: 15 December 2023' (a Friday) -> Thursday 14 December. Two sessions on "
            "two days with a stated mapping: two lines (unlike seeds 002#12). Hammouchi heads both directorates: "
            "DGST (source of the statement) with its mention, DGSN empty; affiliation kept DGSN in the set. French "
            "body only through Lerner's title (empty mentions). The working visit has no dates: a frame."),
    M(D2, "which respectively took place on Thursday afternoon and Friday", "meeting",
      "2023-12-15", inferred=True, city="Rabat", country="MA",
      persons=[P(HAMM, ["Hammouchi"], "National Security and Territorial Surveillance Director-General", DGSN),
               P(LERN, ["Lerner"], "Director-General of Internal Security", DGSI)],
      orgs=[O(DGST, ["General Directorate of Territorial Surveillance (DGST)"]), O(DGSN, []), O(DGSI, [])],
      countries=["MA", "FR"],
      notes="Second session, Friday morning = 15 December 2023 (the stamp day). Same parties."),
    # ---------------------------------------------------------------- real11_03 IRNA 2025
    M(D3, "has held talks with Iraqi Prime Minister Mohammad Shia al-Sudani", "meeting",
      "2025-02-22", inferred=True, city="Baghdad", country="IQ",
      persons=[P(MOME, ["Interior Minister Eskandar Momeni", "Momeni"], "Interior Minister", MOI_IR),
               P("Mohammad Shia al-Sudani", ["Mohammad Shia al-Sudani", "al-Sudani"], "Iraqi Prime Minister", PMO_IQ)],
      orgs=[O(MOI_IR, []), O(PMO_IQ, ["Iraqi Prime Minister’s Office"])],
      countries=["IR", "IQ"],
      notes="No day of its own: the talks took place during the visit that began 'earlier today' (the stamp and the "
            "'Tehran, IRNA' dateline day, 22 February 2025); the report is of the same day, so 22 February (borderline). "
            "The TEHRAN dateline is not the venue: 'during his visit to Baghdad'. The Prime Minister's Office is the "
            "source and his office (kept with its mention)."),
    M(D3, "arrived in Baghdad earlier today for a two-day visit", "visit",
      "2025-02-22", "2025-02-23", inferred=True, city="Baghdad", country="IQ",
      persons=[P(MOME, ["Momeni"], "Interior Minister", MOI_IR),
               P("Ziad", ["Lieutenant General Ziad"], "deputy minister of Interior of Iraq", MOI_IQ, "Lieutenant General"),
               P("Mohammad Kazem Al-Sadiq", ["Mohammad Kazem Al-Sadiq"], "Iranian ambassador to Baghdad", "IR")],
      orgs=[O(MOI_IR, []), O(MOI_IQ, [])],
      countries=["IR", "IQ"], organizers=[MOI_IQ],
      notes="'earlier today for a two-day visit' -> 22-23 February 2025. Welcome on arrival by the deputy minister and "
            "the ambassador is part of the visit. 'at the official invitation of his Iraqi counterpart' -> the Iraqi "
            "interior ministry hosts; the inviting minister is not said to meet him: not a person of the line. "
            "Single name 'Ziad' kept as given. The tribute at the memorial and the 2020 airstrike are not meetings."),
    # ---------------------------------------------------------------- real11_04 Shafaq News 2023
    M(D4, "on Sunday arrived in the Saudi capital city, Riyadh", "visit",
      "2023-02-19", inferred=True, city="Riyadh", country="SA",
      persons=[P("Abdul-Amir al-Shammari", ["Abdul-Amir al-Shammari", "Minister al-Shammari"], "Interior Minister", MOI_IQ),
               P("Abdul-Aziz bin Saud", ["Prince Abdul-Aziz bin Saud"], None, MOI_SA, "Prince")],
      orgs=[O(MOI_IQ, []), O(MOI_SA, [])],
      countries=["IQ", "SA"],
      notes="'on Sunday' = the stamp day (19 February 2023, a Sunday). Arrival and welcome by the Saudi counterpart "
            "start the visit; its end is not given (start only). Role of the prince only 'his Saudi counterpart': "
            "empty. Delegation members unnamed. 'the meetings in Riyadh will discuss' has no date: no planned line. "
            "'was welcomed by' is not read as hosting: no organiser (borderline)."),
    # ---------------------------------------------------------------- real11_05 KBC (Kenya) 2024
    M(D5, "at the 12th Steering Committee meeting in Algiers, Algeria", "working_group",
      "2024-10-29", "2024-10-30", inferred=True, city="Algiers", country="DZ",
      persons=[P("Douglas Kanja", ["Inspector General of Police Douglas Kanja", "Kanja", "IG Kanja"],
                 "Inspector General of Police", NPS_KE),
               P("Resila Onyango", ["Dr. Resila Onyango"], "National Police Service (NPS) spokesperson", NPS_KE),
               P("Ali Badaoui", ["Mr. Ali Badaoui"], "Director General of Algerian National Police", ANP_DZ),
               P("Jalel Chelba", ["Amb. Jalel Chelba"], "Ag. Executive Director AFRIPOL", AFRIPOL, "Amb."),
               P("Salem Mohamed", ["Amb. Salem Mohamed"], "AU Legal advisor", AU, "Amb.")],
      orgs=[O(AFRIPOL_SC, ["Steering Committee"]),
            O(AFRIPOL, ["African Union Mechanism for Police Cooperation (AFRIPOL)", "AFRIPOL"]),
            O(NPS_KE, ["National Police Service (NPS)"]), O(ANP_DZ, ["Algerian National Police"]), O(AU, ["AU"])],
      countries=["KE", "DZ"], chairs=["Douglas Kanja"],
      notes="'The two-day meeting, which started on October 29' with the year from the stamp -> 29-30 October 2024; "
            "'on Wednesday presided over' (30 October) is inside the range. 'presided over' -> chair. Committee session: "
            "working_group. 'African Chiefs of Police', 'Regional Chiefs of Police Cooperation' and 'AU PAPs and HR' "
            "are generic. INTERPOL only collaborates (not present). The upcoming General Assembly has no date."),
    # ---------------------------------------------------------------- real11_06 Assahafa (Morocco) 2025
    M(D6, "held 43 bilateral meetings with heads of delegations", "meeting",
      "2025-11-24", "2025-11-27", inferred=True, date_source="outside", city="Marrakech", country="MA",
      persons=[P(HAMM, ["Abdellatif Hammouchi"], "Director General of National Security and Territorial Surveillance", DGSN)],
      orgs=[O(DGSN, ["General Directorate of National Security (DGSN)"])],
      countries=["MA"],
      notes="A series of 43 meetings with no date per meeting: one line (seeds 001#3) with the range and venue of the "
            "General Assembly whose sidelines they are. The text has no year, the page no stamp and the address no "
            "date: 2025 is world knowledge (the INTERPOL General Assembly in Marrakech), date_source outside. The "
            "counterparts are generic ('countries and international organizations', continents). The second "
            "paragraph on the same meetings is a back-reference: no second line."),
    M(D6, "held on November 24-27 in Marrakech", "council_session",
      "2025-11-24", "2025-11-27", inferred=True, date_source="outside", city="Marrakech", country="MA",
      persons=[P(HAMM, ["Abdellatif Hammouchi"], "Director General of National Security and Territorial Surveillance", DGSN)],
      orgs=[O(IGA, ["General Assembly of the International Criminal Police Organization"]),
            O(INTERPOL, ["International Criminal Police Organization (ICPO-INTERPOL)"]),
            O(DGSN, ["General Directorate of National Security (DGSN)"])],
      countries=["MA"],
      notes="The General Assembly itself: council_session with the assembly as organisation (dev sets). Year from world "
            "knowledge (date_source outside). Morocco takes part through its delegation; hosting is not stated."),
    # ---------------------------------------------------------------- real11_07 Daily Sabah 2019
    M(D7, "yesterday signed a security cooperation agreement with his Cambodian", "meeting",
      "2019-07-30", inferred=True, city="Ankara", country="TR",
      persons=[P("Süleyman Soylu", ["Interior Minister Süleyman Soylu", "Soylu"], "Interior Minister", MOI_TR),
               P("Sar Kheng", ["Sar Kheng", "Kheng"], None, MOI_KH)],
      orgs=[O(MOI_TR, []), O(MOI_KH, [])],
      countries=["TR", "KH"],
      notes="'yesterday' against the stamp 2019-07-31 -> 30 July. Signing ceremony with delegations 'in the capital "
            "Ankara': meeting. Role of Sar Kheng only 'Cambodian counterpart': empty. The 2016 coup and FETÖ are "
            "history/context."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
