"""Write gold.jsonl and entities.json of the set of real news pages real50 (the Americas) from the tables below.

Run from anywhere: ``python tests/eval/real50/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (an Ecuadorian foreign ministry item on the Ecuador-Colombia foreign ministers' meeting in
Bogotá and a planned binational cabinet, a Dominican Today item on the Dominican defence minister and the
Haitian National Police, a LatinNews brief on a Mexico-Guatemala-US ministerial meeting at the State
Department, a Havana Live item on a Dominican-Cuban signing and political talks, a Nice FM Radio item on the
Caribbean police commissioners' meeting in the Cayman Islands, an Últimas Noticias (English) item on a Mercosur
summit in Asunción, a Guyana Times item on a Surinamese ambassador's credentials, an Orinoco Tribune item on
Colombia-Ecuador talks in Quito), copied verbatim from the stored excerpt of each page (addresses in
SOURCES.md; cuts listed in NOTES.md); the people in them are real. The gold was written by hand without
running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

MOD_DO = "Ministry of Defense of the Dominican Republic"
HNP = "Haitian National Police"
DOS = "United States Department of State"
MFA_DO = "Ministry of Foreign Affairs of the Dominican Republic"
ACCP = "Association of Caribbean Commissioners of Police"
RCIPS = "Royal Cayman Islands Police Service"
FBI = "Federal Bureau of Investigation"
DEA = "Drug Enforcement Administration"
DHS = "United States Department of Homeland Security"
MERCOSUR = "Southern Common Market"
PRES_GY = "Ministry of the Presidency of Guyana"
MFA_GY = "Ministry of Foreign Affairs of Guyana"
MFA_CO = "Ministry of Foreign Affairs of Colombia"
MINCIT = "Ministry of Commerce, Industry and Tourism of Colombia"
MINENERGIA = "Ministry of Mines and Energy of Colombia"
MINJUSTICIA = "Ministry of Justice and Law of Colombia"
ECOPETROL = "Ecopetrol"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MOD_DO: (None, None, "DO", [MOD_DO, "Defense Ministry"]),
    HNP: (None, None, "HT", [HNP]),
    DOS: (None, None, "US", [DOS, "US State Department", "State Department"]),
    MFA_DO: (None, None, "DO", [MFA_DO, "Foreign Ministry", "Ministry of Foreign Affairs of this country"]),
    ACCP: ("ACCP", None, None, [ACCP]),
    RCIPS: ("RCIPS", None, "KY", [RCIPS, "RCIPS"]),
    FBI: ("FBI", None, "US", [FBI, "Federal Bureau of Investigations"]),
    DEA: ("DEA", None, "US", [DEA]),
    DHS: ("DHS", None, "US", [DHS, "Department of Homeland Security"]),
    MERCOSUR: ("Mercosur", None, None, [MERCOSUR, "Mercosur", "Southern Common Market (Mercosur)"]),
    PRES_GY: (None, None, "GY", [PRES_GY, "Ministry of the Presidency"]),
    MFA_GY: (None, None, "GY", [MFA_GY, "Foreign Affairs Ministry"]),
    MFA_CO: (None, None, "CO", [MFA_CO, "Colombian Ministry of Foreign Affairs", "Colombian Foreign Ministry"]),
    MINCIT: (None, None, "CO", [MINCIT, "Commerce, Industry and Tourism"]),
    MINENERGIA: (None, None, "CO", [MINENERGIA, "Mines and Energy"]),
    MINJUSTICIA: (None, None, "CO", [MINJUSTICIA, "Justice and Law"]),
    ECOPETROL: (None, None, "CO", [ECOPETROL]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda"], "CO": ["Colombia", "Colombian"], "CU": ["Cuba", "Cuban"],
    "DO": ["Dominican Republic", "Dominican"], "EC": ["Ecuador", "Ecuadorian"], "GT": ["Guatemala", "Guatemalan"],
    "GY": ["Guyana"], "HT": ["Haiti", "Haitian", "Republic of Haiti"], "KY": ["Cayman Islands", "Cayman"],
    "MX": ["Mexico", "Mexican"], "SR": ["Suriname", "Surinamese", "Republic of Suriname"],
    "US": ["US", "United States"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real50_01_cancilleria_ecuador.txt", "real50_02_dominican_today.txt", "real50_03_latinnews.txt",
                  "real50_04_havana_live.txt")
D5, D6, D7, D8 = ("real50_05_nice_fm_radio.txt", "real50_06_ultimas_noticias.txt", "real50_07_guyana_times.txt",
                  "real50_08_orinoco_tribune.txt")

PATINO = "Ricardo Patiño"
HOLGUIN = "Maria Angela Holguin"
VARGAS = "Miguel Vargas"
VILLAVICENCIO = "Rosa Yolanda Villavicencio"

MEETINGS = [
    # ---------------------------------------------------------------- real50_01 Ecuadorian foreign ministry 2013
    M(D1, "arrived at 0930 to Palacio de San Carlos to meet with Colombian", "meeting",
      "2013-11-23", inferred=True, date_source="outside", city="Bogotá", country="CO",
      persons=[P(PATINO, ["Ricardo Patiño", "Minister Patiño"], "Minister of Foreign Affairs and Human Mobility", "EC"),
               P(HOLGUIN, ["Maria Angela Holguin"], "Colombian Foreign Minister", "CO")],
      countries=["EC", "CO"], organizers=["CO"],
      notes="No stamp, no dateline, no date in the address. The headline's 'meet in Bogotá', the arrival 'to meet "
            "with Colombian Foreign Minister' and 'the Ministerial meeting on Saturday 23 which took  place in the "
            "Colombian capital' are one meeting (the double space is the page's). Day 23 and November (two days "
            "before 'Monday 25 November') are in the text; the year only from world knowledge (23 November 2013 is "
            "a Saturday; Correa and Santos presidents, Patiño foreign minister) -> date_source outside. Holguin "
            "'welcome[s]' the Ecuadorian minister and his delegation -> Colombia hosts (borderline). Ministries are "
            "named only through titles: persons affiliated to their states. The earlier 'preparatory meeting of the "
            "technical working groups' has no date: no line."),
    M(D1, "the Bi-national Cabinet to be held on Monday 25 November", "meeting",
      "2013-11-25", inferred=True, date_source="outside", city="Ipiales", country="CO", status="planned",
      persons=[P("Rafael Correa", ["Rafael Correa"], "President", "EC"),
               P("Juan Manuel Santos", ["Juan Manuel Santos"], "President", "CO")],
      countries=["EC", "CO"], chairs=["Rafael Correa", "Juan Manuel Santos"],
      notes="Planned: 'to be held on Monday 25 November in the Colombian city of Ipiales'; the garbled 'held the II "
            "Bi-national Cabinet to be chaired by the Presidents Rafael Correa and Juan Manuel Santos' is the same "
            "cabinet (one line; the presidents as chairs). Year from world knowledge as the first line (outside). "
            "A binational cabinet is typed meeting (real30, real42)."),
    # ---------------------------------------------------------------- real50_02 Dominican Today 2021
    M(D2, "met this Tuesday with a delegation of senior officers", "meeting",
      "2021-03-09", inferred=True, city="Santo Domingo", country="DO",
      persons=[P("Carlos Luciano Díaz Morfa", ["Carlos Luciano Díaz Morfa", "Díaz Morfa"], "Defense Minister", MOD_DO),
               P("León Charles", ["León Charles"], "director", HNP)],
      orgs=[O(MOD_DO, ["Defense Ministry"]), O(HNP, ["Haitian National Police"])],
      countries=["DO", "HT"], organizers=[MOD_DO],
      notes="Store header ' date 2021-03-09' (a Tuesday) with 'this Tuesday' -> that day (inferred). Dateline 'Santo "
            "Domingo.-' and 'The meeting, held at the Defense Ministry' -> Santo Domingo; the ministry at whose "
            "premises its minister received the delegation hosts (borderline). The Haitian delegation 'headed by its "
            "director' (the page's stray space before the comma is not part of the name). The press release is a "
            "source."),
    # ---------------------------------------------------------------- real50_03 LatinNews 2024
    M(D3, "convened at the US State Department for a trilateral ministerial meeting", "meeting",
      "2024-02-28", inferred=True, date_source="outside", city="Washington", country="US",
      persons=[P("Antony Blinken", ["Antony Blinken", "Blinken"], "US Secretary of State", "US"),
               P("Alejandro Mayorkas", ["Alejandro Mayorkas"], "Secretary of Homeland Security", "US"),
               P("Elizabeth Sherwood-Randall", ["Elizabeth Sherwood-Randall"],
                 "White House Homeland Security Advisor", "US"),
               P("Carlos Ramiro Martínez", ["Carlos Ramiro Martínez"], "Guatemala’s Foreign Minister", "GT"),
               P("Francisco Jiménez", ["Francisco Jiménez"], "Interior Minister", "GT"),
               P("Alicia Bárcena", ["Alicia Bárcena"], "Mexico’s Foreign Minister", "MX")],
      orgs=[O(DOS, ["US State Department"])],
      countries=["MX", "GT", "US"], organizers=[DOS],
      notes="'On 28 February' without year; no stamp and no date in the address: 2024 from world knowledge (Bárcena "
            "foreign minister 2023-24, Mayorkas at Homeland Security) -> date_source outside. 'at the US State "
            "Department' -> Washington (world knowledge, borderline as real42) and the Department as host "
            "(borderline). The line breaks inside names' sentences are the page's. 'the US partnership' quote and "
            "'The delegations agreed' refer back. Titles name the DHS and the White House; no rows for them."),
    # ---------------------------------------------------------------- real50_04 Havana Live (Prensa Latina) 2019
    M(D4, "The document was initialed at the Foreign Ministry’s headquarters", "meeting",
      "2019-05-06", inferred=True, date_source="outside", city=None, country="DO",
      persons=[P(VARGAS, ["Miguel Vargas", "Vargas"], "Foreign Minister", MFA_DO),
               P("Milagros Carina Soto", ["Milagros Carina Soto", "Soto"], "Cuban Ambassador", "CU", "Ambassador"),
               P("Ana Teresita Gonzáles", ["Ana Teresita Gonzáles", "Gonzalez"], "Deputy Minister", "CU")],
      orgs=[O(MFA_DO, ["Foreign Ministry", "Ministry of Foreign Affairs of this country"])],
      countries=["DO", "CU"], organizers=[MFA_DO],
      notes="Dateline 'HAVANA, May 6th (PL)' without year; 'the signature made on Monday' -> Monday 6 May; the year "
            "from world knowledge (Vargas foreign minister 2016-20; 6 May is a Monday only in 2019) -> date_source "
            "outside. The dateline city is the agency's, not the venue: the signing is at the Dominican foreign "
            "ministry ('the Ministry of Foreign Affairs of this country' in the Cuban ambassador's words) -> country "
            "DO, city not named (Santo Domingo is world knowledge, not used; real46 02). Signing ceremony -> "
            "meeting; the ministry at whose headquarters its minister signs hosts. 'Vice Minister Gonzalez' is the "
            "deputy minister (second spelling kept as a mention). The Cuban embassy is encoded as Cuba."),
    M(D4, "political talks will be held, already begun", "meeting",
      "2019-05-06", "2019-05-07", inferred=True, date_source="outside", city=None, country="DO",
      countries=["DO", "CU"],
      notes="'in these two days of work between the two nations, in addition to the signature made on Monday, political "
            "talks will be held, already begun' -> a gathering of its own over the two days (6-7 May, year as above), "
            "held (under way). No person is said to hold them: the two states only (borderline; a reader may attach "
            "the delegation's head or fold the talks into the signing)."),
    # ---------------------------------------------------------------- real50_05 Nice FM Radio (Antigua) 2019?
    M(D5, "In opening the 34th meeting of the Association of Caribbean Commissioners", "conference",
      None, city=None, country="KY",
      persons=[P("Derek Byrne", ["Derek Byrne", "Byrne"], "RCIPS Commissioner", RCIPS)],
      orgs=[O(ACCP, ["Association of Caribbean Commissioners of Police"]), O(RCIPS, ["RCIPS"]),
            O(FBI, ["Federal Bureau of Investigations"]), O(DEA, ["Drug Enforcement Administration"]),
            O(DHS, ["Department of Homeland Security"])],
      countries=["AG", "KY", "US"],
      notes="No stamp, dateline or dated address: 'meeting in Cayman this week' has no date (the meeting's year is not "
            "settled by the page; world knowledge not used) -> null. Headline 'Meeting In the Cayman Islands', "
            "'meeting in Cayman', 'the 34th meeting', 'the event' and 'The annual conference' are one -> conference; "
            "venue a territory only (KY, city null, real46 convention). The commissioner who opened it takes part; "
            "'First day speakers from' the FBI (the page's 'Investigations'), the DEA and 'the investigations arm of "
            "the Department of Homeland Security' (the unnamed unit represented by its department, seeds) -> US. "
            "The headline's 'Antigua and Barbuda being represented' -> AG. Opening is not hosting: no organiser. "
            "The quoted FBI agent was in the cut sentence."),
    # ---------------------------------------------------------------- real50_06 Últimas Noticias (Xinhua) 2024
    M(D6, "after the LXIV Summit of heads of State held on Monday in Asunción", "conference",
      "2024-07-08", inferred=True, date_source="outside", city="Asunción", country="PY",
      orgs=[O(MERCOSUR, ["Southern Common Market (Mercosur)", "Mercosur"])],
      notes="No stamp, dateline or dated address; 'held on Monday' only: the LXIV Mercosur summit in Asunción was on "
            "8 July 2024 (world knowledge) -> date_source outside. The subtitle's 'At the LXIV Summit' is the same. "
            "'The delegations of the States parties and associates' are generic: no countries; the venue state is "
            "not said to host (seeds 000#4). Xinhua is the source. Only Mercosur as body."),
    # ---------------------------------------------------------------- real50_07 Guyana Times International 2019
    M(D7, "President David Granger on Wednesday accepted a letter of credence", "meeting",
      "2019-05-15", inferred=True, date_source="outside", city=None, country="GY",
      persons=[P("David Granger", ["President David Granger", "David Granger"], "President", "GY"),
               P("Ebu Jones", ["Ebu Jones", "Ambassador Jones"],
                 "Ambassador of the Republic of Suriname to the Co-operative Republic of Guyana", "SR", "His Excellency"),
               P("Karen Cummings", ["Karen Cummings", "Dr Karen Cummings"], "Minister of Foreign Affairs", MFA_GY, "Dr"),
               P("Audrey Jardine-Waddell", ["Audrey Jardine-Waddell"], "Director General of Foreign Affairs Ministry",
                 MFA_GY)],
      orgs=[O(PRES_GY, ["Ministry of the Presidency"]), O(MFA_GY, ["Foreign Affairs Ministry"])],
      countries=["GY", "SR"], organizers=[PRES_GY],
      notes="Only 'on Wednesday'; no stamp or dated address. The ceremony of 15 May 2019 is world knowledge -> "
            "date_source outside (borderline: a reader may give null as real46 06). The photo caption ('presents "
            "his letter of credence') and the body are one meeting (credentials -> meeting). 'at the Ministry of "
            "the Presidency' -> country GY, city not named; the ministry at whose premises the president receives "
            "hosts (borderline). The foreign minister and the director general 'look on' / 'In the presence of' -> "
            "participants. 'Hon.' and 'Dr' both precede the minister's name: 'Dr' kept as rank."),
    # ---------------------------------------------------------------- real50_08 Orinoco Tribune 2026
    M(D8, "started high-level bilateral negotiations with an official meeting in Quito", "meeting",
      "2026-02-06", inferred=True, city="Quito", country="EC",
      persons=[P(VILLAVICENCIO, ["Rosa Yolanda Villavicencio"], "Foreign Minister", MFA_CO),
               P("Pedro Sánchez", ["Pedro Sánchez"], "Defense Minister", "CO")],
      orgs=[O(MFA_CO, ["Colombian Ministry of Foreign Affairs", "Colombian Foreign Ministry"]),
            O(MINCIT, ["Commerce, Industry and Tourism"]), O(MINENERGIA, ["Mines and Energy"]),
            O(MINJUSTICIA, ["Justice and Law"]), O(ECOPETROL, ["Ecopetrol"])],
      countries=["CO", "EC"],
      notes="Store header ' date 2026-02-07'. 'The official visit began on Friday, February 6' with the internal "
            "meeting 'before the formal dialogue'; the talks are reported as begun -> 6 February (inferred; "
            "borderline, a reader may give the 7th). 'the meeting with the Ecuadorian delegation', 'the dialogue' and "
            "'attending the meeting' refer back (one line). The Colombian delegation's members and the three "
            "ministries named in one plural phrase ('Ministries of Commerce, Industry and Tourism; Mines and Energy; "
            "Justice and Law') and Ecopetrol take part; the Ecuadorian side is named only as a delegation. Petro "
            "only gave the instruction. No host is stated."),
    M(D8, "with an internal coordination meeting of the Colombian delegation", "meeting",
      "2026-02-06", inferred=True, city="Quito", country="EC",
      persons=[P(VILLAVICENCIO, ["Rosa Yolanda Villavicencio"], "Foreign Minister", MFA_CO)],
      countries=["CO"],
      notes="'on Friday, February 6' with the year of the store header (inferred). A dated gathering of the "
            "Colombian delegation's members before the talks -> its own line (borderline: one state only; a reader "
            "may leave it out). Venue taken as the visit's, Quito (borderline). 'led by Foreign Minister' is read as "
            "leading the delegation, not chairing: no chair."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
