"""Write gold.jsonl and entities.json of the real news pages from the Asia-Pacific (real22) from
the tables below.

Run from anywhere: ``python tests/eval/real22/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (Malay Mail carrying Bernama, CCTV carrying Xinhua, Nippon.com carrying Jiji
Press, PINA, the Philippine presidential broadcaster RTVM, the Indonesian Consulate General in
Johor Bahru, the Australian Minister for Defence, RNZ Pacific), copied verbatim from the stored
excerpts; their addresses are in SOURCES.md, and what was cut is in NOTES.md. The people are
real people named in those pages. This gold was written by hand without running the extractor
and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402
from devsets import MIAKG  # noqa: E402

PDRM = "Royal Malaysia Police"
POLRI = "Indonesian National Police"
MPS_CN = "Ministry of Public Security of the People's Republic of China"
MHA_GY = "Ministry of Home Affairs of Guyana"
GPO_RU = "Prosecutor General's Office of the Russian Federation"
PIF = "Pacific Islands Forum"
PIFS = "Pacific Islands Forum Secretariat"
FOC = "Forum Officials Committee"
ASEANAPOL = "ASEAN Chiefs of Police"
DOD_AU = "Department of Defence of Australia"
MOD_ID = "Ministry of Defence of the Republic of Indonesia"
MSG_SEC = "Melanesian Spearhead Group Secretariat"
MSG = "Melanesian Spearhead Group"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    PDRM: ("PDRM", None, "MY", [PDRM, "PDRM", "Malaysian Police Department", "Royal Malaysian Police"]),
    POLRI: ("Polri", None, "ID", [POLRI, "Polri", "POLRI", "Indonesian Police Department",
                                  "Police of the Republic of Indonesia"]),
    MPS_CN: ("MPS", None, "CN", [MPS_CN, "Ministry of Public Security"]),
    MHA_GY: (None, None, "GY", [MHA_GY]),
    GPO_RU: (None, None, "RU", [GPO_RU, "Prosecutor General's Office of Russia"]),
    MIAKG: (None, None, "KG", [MIAKG, "Ministry of Internal Affairs of Kyrgyzstan"]),
    PIF: ("PIF", None, None, [PIF, "PIF", "Forum"]),
    PIFS: (None, PIF, None, [PIFS, "PIF Secretariat", "Secretariat"]),
    FOC: (None, PIF, None, [FOC]),
    ASEANAPOL: ("ASEANAPOL", None, None, [ASEANAPOL, "ASEANAPOL", "ASEAN Association of Chiefs of Police",
                                          "ASEAN National Police"]),
    DOD_AU: (None, None, "AU", [DOD_AU, "Department of Defence"]),
    MOD_ID: (None, None, "ID", [MOD_ID, "Ministry of Defence"]),
    MSG_SEC: (None, MSG, None, [MSG_SEC, "MSG Secretariat"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MSG: ("MSG", None, None, [MSG, "MSG"]),
}

COUNTRY_NAMES = {
    "AU": ["Australia"], "CK": ["Cook Islands"], "CN": ["China"], "GY": ["Guyana"],
    "ID": ["Indonesia", "Indonesian", "RI"], "JP": ["Japan", "Japanese"],
    "KG": ["Kyrgyzstan"], "KR": ["South Korea", "S. Korea", "Republic of Korea"], "MY": ["Malaysia", "Malaysian"],
    "PH": ["Philippines"], "RU": ["Russia", "Russian Federation"], "TJ": ["Tajikistan", "Tajik"],
    "US": ["United States"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real22_01_malay_mail.txt", "real22_02_cctv_xinhua.txt", "real22_03_nippon_jiji.txt",
                  "real22_04_pina.txt")
D5, D6, D7, D8 = ("real22_05_rtvm.txt", "real22_06_indonesia_consulate_johor.txt", "real22_07_australia_defence.txt",
                  "real22_08_rnz.txt")

WANG = "Wang Xiaohong"
WANG_ROLE = "Chinese State Councilor and Minister of Public Security"
MARLES = "Richard Marles"
MARLES_ROLE = "Deputy Prime Minister and Minister for Defence"
PRABOWO = "Prabowo Subianto"

MEETINGS = [
    # ---------------------------------------------------------------- real22_01 Malay Mail (Bernama) 2020
    M(D1, "today received the “Bintang Bhayangkara Utama” award from", "meeting",
      "2020-12-30", inferred=True, city="Kuala Lumpur", country="MY",
      persons=[P("Abdul Hamid Bador", ["Tan Sri Abdul Hamid Bador", "Abdul Hamid"], "Inspector-General of Police (IGP)",
                 PDRM, "Tan Sri"),
               P("Hermono", ["Hermono"], "Indonesian Ambassador to Malaysia", "ID"),
               P("Acryl Sani Abdullah Sani", ["Datuk Seri Acryl Sani Abdullah Sani"],
                 "Deputy Inspector-General of Police", PDRM, "Datuk Seri")],
      orgs=[O(PDRM, ["Royal Malaysia Police (PDRM)", "PDRM"])],
      countries=["MY", "ID"],
      notes="Award ceremony told in the caption, the lead and the body: one line. 'today' under the 'KUALA LUMPUR, "
            "Dec 30' dateline, year from the stamp and the caption (inferred). 'at Bukit Aman in Kuala Lumpur' -> Kuala "
            "Lumpur. The ambassador presents the award = his country; President Jokowi (the award is 'from' him) and "
            "Kapolri Idham Azis are only mentioned, and Polri is not represented at the ceremony. 'Speaking to "
            "Bernama' is an interview, not a meeting. No host stated (Bukit Aman is the police headquarters, world "
            "knowledge): no organiser."),
    # ---------------------------------------------------------------- real22_02 CCTV (Xinhua) 2023
    M(D2, "met with guests from Guyana, Russia, Kyrgyzstan, and Tajikistan", "meeting",
      "2023-09-19", inferred=True, city="Nanjing", country="CN",
      persons=[P(WANG, ["Wang Xiaohong"], WANG_ROLE, MPS_CN)],
      orgs=[O(MPS_CN, [])],
      countries=["CN", "TJ"],
      notes="The lead reports four meetings of the same day; the Guyanese, Russian and Kyrgyz ones are told again in "
            "the body (their own lines), the Tajik one only in the lead (the page is cut before its paragraph). This "
            "line is the meeting with the Tajik guest, who is not named in the text. 'on Tuesday' under the 'NANJING, "
            "Sept. 19' dateline = 19 September; year from the stamp '20-09-23' (inferred). City: the dateline (the "
            "guests are 'here' to attend a forum in Lianyungang; borderline). The forum itself has no date in the text: "
            "not annotated. 'met with' gives no organiser."),
    M(D2, "When meeting with Minister of Home Affairs Robeson Benn of Guyana", "meeting",
      "2023-09-19", inferred=True, city="Nanjing", country="CN",
      persons=[P(WANG, ["Wang"], WANG_ROLE, MPS_CN),
               P("Robeson Benn", ["Robeson Benn", "Benn"], "Minister of Home Affairs", MHA_GY)],
      orgs=[O(MPS_CN, []), O(MHA_GY, [])],
      countries=["CN", "GY"],
      notes="One of the four meetings of the lead; date and city as the lead. Ministries only through titles "
            "(empty mentions)."),
    M(D2, "When meeting with the Deputy Prosecutor General of the Russian", "meeting",
      "2023-09-19", inferred=True, city="Nanjing", country="CN",
      persons=[P(WANG, ["Wang"], WANG_ROLE, MPS_CN),
               P("Petr Gorodov", ["Petr Gorodov", "Gorodov"], "Deputy Prosecutor General of the Russian Federation", GPO_RU)],
      orgs=[O(MPS_CN, []), O(GPO_RU, [])],
      countries=["CN", "RU"],
      notes="As the lead. The prosecutor's office only through his title (empty mentions)."),
    M(D2, "When meeting with Ulan Niiazbekov, Internal Affairs Minister", "meeting",
      "2023-09-19", inferred=True, city="Nanjing", country="CN",
      persons=[P(WANG, ["Wang"], WANG_ROLE, MPS_CN),
               P("Ulan Niiazbekov", ["Ulan Niiazbekov", "Niiazbekov"], "Internal Affairs Minister of Kyrgyzstan", MIAKG)],
      orgs=[O(MPS_CN, []), O(MIAKG, [])],
      countries=["CN", "KG"],
      notes="As the lead. The Kyrgyz ministry only through his title (empty mentions)."),
    # ---------------------------------------------------------------- real22_03 Nippon.com (Jiji Press) 2024
    M(D3, "held an Indo-Pacific dialogue meeting in Tokyo", "meeting",
      "2024-12-11", inferred=True, date_source="url", city="Tokyo", country="JP",
      countries=["JP", "KR", "US"],
      notes="'Also on Wednesday' under the 'Tokyo, Dec. 11 (Jiji Press)' dateline = 11 December; the page gives no "
            "year, which comes from the address (yjj20241211...): date_source url. The senior diplomats are not named: "
            "countries only. The Iwaya-Cho talks 'by telephone' are a phone call, not a gathering (real17/real18 "
            "convention): no line."),
    # ---------------------------------------------------------------- real22_04 PINA 2024
    M(D4, "Foreign Ministers will meet in their annual convening today in Suva", "council_session",
      "2024-08-09", inferred=True, date_source="url", city="Suva", country="FJ", status="planned",
      persons=[P("Mark Brown", ["Mark Brown"], "Forum Chair, Prime Minister of the Cook Islands", "CK"),
               P("Baron Waqa", ["Baron Waqa"], "PIF Secretary General", PIF)],
      orgs=[O(PIF, ["Pacific Islands Forum (PIF)", "PIF"])],
      countries=["CK"], chairs=["Mark Brown"],
      notes="Forum Foreign Ministers Meeting announced in the future tense for 'today': planned (as real8 and real19, "
            "same-day announcements). The page has no stamp: the day is the address date 2024/08/09 (date_source url). "
            "A ministers' meeting of the Forum is a council_session (real12: Mercosur ministers, COFCOR). 'will be "
            "chaired by' -> chair; his country from his title. Waqa speaks ahead of the meeting as Secretary "
            "General (borderline participant). '18 Forum Member countries' is generic. No organiser stated."),
    M(D4, "when they meet in Tonga at the end of the month", "conference",
      "2024-08", inferred=True, date_source="url", fmt="in_person", country="TO", status="planned",
      orgs=[O(PIF, [])],
      notes="Forum Leaders' meeting 'at the end of the month': planned, month only from the address date (date_source "
            "url), as the seeds' 'end of November'. 'in Tonga' names only the country: city null, country TO. The "
            "leaders are generic; the Forum with empty mentions (its leaders' meeting)."),
    M(D4, "preceded by the meeting of the Forum Officials Committee", "working_group",
      "2024-08-06", "2024-08-07", city="Suva", country="FJ",
      orgs=[O(FOC, ["Forum Officials Committee"]), O(PIFS, ["Secretariat"])],
      organizers=[PIFS],
      notes="'on 06 – 07 August 2024' (spaced en dash range). Session of a standing committee: working_group. 'met at "
            "the Secretariat Headquarters' -> the Secretariat hosts (as 'at the Ministry'); its seat Suva, the city of "
            "the page's ministers' meeting (borderline)."),
    # ---------------------------------------------------------------- real22_05 RTVM 2014
    M(D5, "graced the opening of the 34th ASEAN Association of Chiefs of Police", "conference",
      "2014-05-13", city="Pasay City", country="PH", aliases=["Pasay"],
      persons=[P("Benigno S. Aquino III", ["President Benigno S. Aquino III", "President Aquino"], "President", "PH")],
      orgs=[O(ASEANAPOL, ["ASEAN Association of Chiefs of Police (ASEANAPOL)", "ASEANAPOL"])],
      countries=["PH"], organizers=["PH"],
      notes="Header block: venue (Luzon Ballroom, Sofitel Philippine Plaza Hotel, Roxas Blvd., Pasay City) and '13 May "
            "2014'. The line is the opening day; the conference's other days are not given. 'the Philippines hosted' "
            "-> PH organiser; 'organized by the heads and representatives of police forces' of ASEAN countries is "
            "generic (no countries expanded). The President is the guest speaker. The first conference of 1987 was "
            "in the cut sentence."),
    # ---------------------------------------------------------------- real22_06 Indonesian Consulate General Johor Bahru 2010
    M(D6, "in a joint-press conference held after the signing of Protap Malindo", "meeting",
      "2010-12-03", inferred=True, city="Kuala Lumpur", country="MY",
      persons=[P("Timur Pradopo", ["Timur Pradopo"], "Indonesian Police Chief", POLRI),
               P("Ismail Omar", ["Tan Sri Ismail Omar"], "Malaysian Police Chief", PDRM, "Tan Sri")],
      orgs=[O(POLRI, ["Indonesian Police Department (Polri)", "Polri"]),
            O(PDRM, ["Malaysian Police Department (PDRM)", "PDRM"])],
      countries=["ID", "MY"],
      notes="Signing of the SOP and the joint press conference after it are one gathering. '(3 / 12)' = 3 December, "
            "year from the page date 'Saturday, 04 December 2010' (inferred). 'in Bukit Aman, Kuala Lumpur' -> Kuala "
            "Lumpur. The source's 'theIndonesian' (sic) is kept. The patrols and units named in the SOP's content are "
            "not participants. No host stated."),
    # ---------------------------------------------------------------- real22_07 Australian Minister for Defence 2023
    M(D7, "Earlier this afternoon, I met with Vice President, Ma’ruf Amin.", "meeting",
      "2023-06-05", inferred=True, city="Jakarta", country="ID",
      persons=[P(MARLES, ["RICHARD MARLES", "The Hon Richard Marles MP"], MARLES_ROLE, DOD_AU),
               P("Ma’ruf Amin", ["Ma’ruf Amin"], "Vice President", "ID")],
      orgs=[O(DOD_AU, [])],
      countries=["AU", "ID"],
      notes="Transcript dated '5 June 2023' by its release line; 'Earlier this afternoon' = that day (inferred). "
            "'here in Jakarta today' -> Jakarta. The speaker is named in the release block and the speaker label "
            "(all caps). His department only through his title (empty mentions). 'met with' gives no organiser."),
    M(D7, "I met with my good friend, Minister Prabowo Subianto", "meeting",
      "2023-06-05", inferred=True, city="Jakarta", country="ID",
      persons=[P(MARLES, ["RICHARD MARLES"], MARLES_ROLE, DOD_AU),
               P(PRABOWO, ["Minister Prabowo Subianto", "Prabowo"], "Minister", MOD_ID)],
      orgs=[O(DOD_AU, []), O(MOD_ID, ["Ministry of Defence"])],
      countries=["AU", "ID"], organizers=[MOD_ID],
      notes="'This morning, and at lunchtime' the same day, one line. 'hosted by Prabowo today at the Ministry of "
            "Defence' -> the Indonesian ministry hosts."),
    M(D7, "two-plus-two meeting in February in Australia", "meeting",
      "2023-02", inferred=True, country="AU",
      persons=[P(MARLES, ["RICHARD MARLES"], MARLES_ROLE, DOD_AU),
               P(PRABOWO, ["Prabowo"], "Minister", MOD_ID)],
      orgs=[O(DOD_AU, []), O(MOD_ID, [])],
      countries=["AU", "ID"],
      notes="Background meeting 'in February' within 'the last 12 months': February 2023, month only (inferred from "
            "the release date). 'in Australia' names only the country: city null. The two ministers 'have met' at it; "
            "the other two ministers of a 2+2 are not named."),
    M(D7, "spent the weekend together at the Shangri-La Dialogue in Singapore", "conference",
      "2023-06-03", "2023-06-04", inferred=True, city="Singapore", country="SG",
      persons=[P(MARLES, ["RICHARD MARLES"], MARLES_ROLE, DOD_AU),
               P(PRABOWO, ["Prabowo"], "Minister", MOD_ID)],
      orgs=[O(DOD_AU, []), O(MOD_ID, [])],
      countries=["AU", "ID"],
      notes="'the weekend' before the Monday 5 June 2023 release = 3-4 June (inferred). The dialogue's organiser is "
            "not named. The subject line's 'Meeting with General Li' and 'Upcoming visit to Vanuatu' are not told "
            "in the excerpt (no date): not annotated."),
    # ---------------------------------------------------------------- real22_08 RNZ Pacific news in brief 2023
    M(D8, "told a seminar in Indonesia last week", "seminar",
      "2023-05", inferred=True, fmt="in_person", country="ID",
      persons=[P("Leonard Louma", ["Leonard Louma"], "Director-General of the Secretariat", MSG_SEC)],
      orgs=[O(MSG_SEC, ["Melanesian Spearhead Group Secretariat"])],
      notes="Item of a news-in-brief listing dated '1 Jun 2023': 'last week' = the week of 22-28 May 2023, month only "
            "(inferred). 'in Indonesia' names only the country: city null. The speaker is named in the next "
            "sentence. The other items (a police commissioner's suspension, a typhoon) are not meetings."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
