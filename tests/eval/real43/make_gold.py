"""Write gold.jsonl and entities.json of the set of real news pages real43 (Asia-Pacific, South and Central Asia) from the tables below.

Run from anywhere: ``python tests/eval/real43/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (Pakistan-US delegation-level consultations in Islamabad, the ASEAN senior
officials' meeting on transnational crime in Vientiane, the SCO security council secretaries'
videoconference, an AFP-INP arrangement signed in Jakarta, the Sri Lankan president's planned visit to
the Philippine police headquarters, the CICA Senior Officials Committee in Astana, the India-US Counter
Narcotics Working Group, the Fiji Police at a Pacific chiefs of police leadership meeting in Brisbane),
copied verbatim from the stored excerpt of each page (addresses in SOURCES.md; cuts listed in
NOTES.md); the people in them are real. The gold was written by hand without running the extractor
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

MOFA_PK = "Ministry of Foreign Affairs of Pakistan"
ASEAN = "Association of Southeast Asian Nations"
SOMTC = "ASEAN Senior Officials Meeting on Transnational Crime"
SCO = "Shanghai Cooperation Organization"
SCO_SEC = "SCO Secretariat"
RATS = "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"
RATS_EC = "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"
SCO_HSC = "Council of Heads of State of the Shanghai Cooperation Organization"
AFP = "Australian Federal Police"
INP = "Indonesian National Police"
PNP = "Philippine National Police"
CICA = "Conference on Interaction and Confidence Building Measures in Asia"
CICA_SOC = "CICA Senior Officials Committee"
CICA_MC = "CICA Ministerial Council"
NCB = "Narcotics Control Bureau"
CNWG = "India-US Counter Narcotics Working Group"
PICP = "Pacific Islands Chiefs of Police"
PICP_ELT = "Pacific Islands Chiefs of Police Executive Leadership Team"
FPF = "Fiji Police Force"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MOFA_PK: (None, None, "PK", [MOFA_PK, "Ministry of Foreign Affairs", "Foreign Office"]),
    ASEAN: ("ASEAN", None, None, [ASEAN, "ASEAN"]),
    SOMTC: ("SOMTC", ASEAN, None, [SOMTC, "SOMTC", "ASEAN SOMTC", "Senior Officials Meeting on Transnational Crime"]),
    SCO: ("SCO", None, None, [SCO, "SCO", "Shanghai Cooperation Organisation"]),
    SCO_SEC: (None, SCO, None, [SCO_SEC]),
    RATS_EC: (None, RATS, None, [RATS_EC, "Executive Committee of the SCO Regional Anti-Terrorist Structure",
                                 "Executive Committee of the SCO RATS"]),
    SCO_HSC: (None, SCO, None, [SCO_HSC, "SCO Heads of State Council"]),
    AFP: ("AFP", None, "AU", [AFP, "AFP"]),
    INP: ("INP", None, "ID", [INP, "INP", "Indonesian National Police Agency"]),
    PNP: ("PNP", None, "PH", [PNP, "PNP"]),
    CICA: ("CICA", None, None, [CICA, "CICA"]),
    CICA_SOC: ("SOC", CICA, None, [CICA_SOC, "Senior Officials Committee", "SOC"]),
    CICA_MC: (None, CICA, None, [CICA_MC, "Ministerial Council"]),
    NCB: ("NCB", None, "IN", [NCB, "NCB"]),
    CNWG: ("CNWG", None, None, [CNWG, "Indo-US Counter Narcotics Working Group", "CNWG"]),
    PICP_ELT: ("ELT", PICP, None, [PICP_ELT, "ELT"]),
    FPF: ("FPF", None, "FJ", [FPF, "FPF"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    RATS: ("RATS", SCO, None, [RATS, "SCO RATS", "SCO Regional Anti-Terrorist Structure"]),
    PICP: ("PICP", None, None, [PICP, "PICP"]),
}

COUNTRY_NAMES = {
    "AU": ["Australia"], "AZ": ["Azerbaijan"], "CN": ["China"], "FJ": ["Fiji"], "ID": ["Indonesia"],
    "IN": ["India"], "KG": ["Kyrgyzstan"], "KZ": ["Kazakhstan", "Kazakh"], "LK": ["Sri Lanka", "Sri Lankan"],
    "PH": ["Philippines"], "PK": ["Pakistan", "Pakistani"], "RU": ["Russia", "Russian"], "TJ": ["Tajikistan"],
    "US": ["US", "United States"], "UZ": ["Uzbekistan"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real43_01_frontier_post.txt", "real43_02_daijiworld.txt", "real43_03_baaghi_tv.txt",
                  "real43_04_australian_embassy_jakarta.txt")
D5, D6, D7, D8 = ("real43_05_inquirer.txt", "real43_06_cica.txt", "real43_07_hind_himalaya_usa.txt",
                  "real43_08_fiji_police.txt")

SIRISENA = "Maithripala Sirisena"

MEETINGS = [
    # ---------------------------------------------------------------- real43_01 The Frontier Post 2019
    M(D1, "consultative meeting between Pakistan and the US started", "meeting",
      "2019-06-02", inferred=True, city="Islamabad", country="PK",
      persons=[P("Zalmay Khalilzad", ["Ambassador Zalmay Khalilzad", "Ambassador Khalilzad"],
                 "head of the US delegation", "US", "Ambassador"),
               P("Aftab Khokhar", ["Additional Secretary Ministry of Foreign Affairs Aftab Khokhar",
                                   "Additional Secretary Aftab Khokhar"],
                 "Additional Secretary Ministry of Foreign Affairs", MOFA_PK)],
      orgs=[O(MOFA_PK, ["Foreign Office", "Ministry of Foreign Affairs"])],
      countries=["PK", "US"], organizers=[MOFA_PK],
      notes="'on Sunday' against the store header ' date 2019-06-02' (a Sunday: the same day, inferred); dateline "
            "'ISLAMABAD:' and 'at Foreign Office in Islamabad'. Delegation-level consultations -> meeting; at the "
            "Foreign Office -> the ministry hosts (convention 'at X's headquarters'). The Prime Minister is only "
            "invoked ('the vision of'). The US 'Defense and State departments' and the Pakistani 'ministries of "
            "defense and foreign affairs' are named only generically in the delegation sentence: no bodies beyond the "
            "Foreign Office (borderline). Role of Khalilzad: he leads the delegation ('Ambassador' used as title)."),
    # ---------------------------------------------------------------- real43_02 Daijiworld (IANS) 2024
    M(D2, "the 24th SOMTC and its related meetings began in Lao capital", "working_group",
      "2024-06-26", inferred=True, date_source="outside", city="Vientiane", country="LA",
      orgs=[O(SOMTC, ["ASEAN Senior Officials Meeting on Transnational Crime (SOMTC)", "SOMTC"]),
            O(ASEAN, ["Association of Southeast Asian Nations (ASEAN)", "ASEAN"])],
      notes="Dateline 'Vientiane, June 27 (IANS)' without a year; 'began ... on Wednesday' (the report 'on Thursday' "
            "is the dateline day) -> Wednesday 26 June; the year 2024 is world knowledge (24th SOMTC under the Lao "
            "chairmanship; 27 June 2024 is a Thursday) -> date_source outside. The meeting 'began': the end is not "
            "given (one day). Session of ASEAN's standing senior officials' body -> working_group (real27). 'the "
            "member states of ASEAN', 'delegates', 'partner countries' are generic: no countries; Laos is the venue "
            "but not stated as host. The Lao Security News and Xinhua are sources. Comment-form chrome cut."),
    # ---------------------------------------------------------------- real43_03 Baaghi TV (APP) 2020
    M(D3, "chaired the meeting held recently via videoconference", "videoconference",
      "2020-09", inferred=True, fmt="online",
      persons=[P("Nikolai Patrushev", ["Nikolai Patrushev"], "Secretary of the Russian Security Council", "RU")],
      orgs=[O(SCO, ["Shanghai Cooperation Organization (SCO)", "SCO"]), O(SCO_SEC, ["SCO Secretariat"]),
            O(RATS_EC, ["Executive Committee of the SCO Regional Anti-Terrorist Structure"])],
      countries=["RU", "KZ", "CN", "PK", "KG", "IN", "TJ", "UZ"], chairs=["Nikolai Patrushev"],
      notes="Dateline 'BEIJING, Sep 19 (APP)' without a year; 'held recently' before the Secretariat's release 'on "
            "Saturday' -> month only; 2020 from the Heads of State meeting 'to be held in November 2020' (inferred). "
            "The lead's '15th Security Secretaries' meeting and 'the meeting held recently via videoconference' are "
            "one line; online, no venue (Beijing is the dateline of the release). Russia from its chairing secretary; "
            "the other states from 'attended by representatives of'. The SCO Secretariat is both a participant and "
            "the release's source."),
    M(D3, "SCO Heads of State Council Meeting to be held in November 2020", "council_session",
      "2020-11", fmt=None, status="planned",
      orgs=[O(SCO_HSC, ["SCO Heads of State Council"])],
      notes="Planned with a month ('to be held in November 2020'); no venue or format given. A council of the "
            "organisation -> council_session."),
    # ---------------------------------------------------------------- real43_04 Australian Embassy Jakarta 2015
    M(D4, "was signed between AFP Commissioner Andrew Colvin and the Chief", "meeting",
      "2015-08", inferred=True, city="Jakarta", country="ID",
      persons=[P("Andrew Colvin", ["AFP Commissioner Andrew Colvin"], "AFP Commissioner", AFP),
               P("Badrodin Haiti", ["General Badrodin Haiti"], "Chief of the INP", INP, "General")],
      orgs=[O(AFP, ["Australian Federal Police (AFP)", "AFP"]), O(INP, ["Indonesian National Police (INP)", "INP"])],
      countries=["AU", "ID"],
      notes="'earlier this month in Jakarta' against the release header '20 August 2015' -> month only (inferred). A "
            "signing by the two chiefs is a gathering -> meeting (signing ceremony). The minister who issues the "
            "release is not a participant. The lead's 'recently-signed arrangement' is the same signing. Broken last "
            "list item cut."),
    # ---------------------------------------------------------------- real43_05 Inquirer 2019
    M(D5, "the last of his five-day state visit to the country", "visit",
      "2019-01-15", "2019-01-19", inferred=True, date_source="outside", fmt="in_person", country="PH",
      persons=[P(SIRISENA, ["Sri Lankan President Maithripala Sirisena", "Sirisena"], "Sri Lankan President", "LK")],
      countries=["LK", "PH"], organizers=["PH"],
      notes="No stamp and no date in the address: 'Saturday, Jan. 19, the last of his five-day state visit' gives 15-19 "
            "January by count (inferred); the year 2019 is world knowledge (19 January 2019 is a Saturday) -> "
            "date_source outside. A state visit under way at publication -> held (real12). Country only (the "
            "dateline 'MANILA, Philippines' is the report's); the visited state hosts a state visit. Borderline: a "
            "second reader may keep only the Camp Crame visit."),
    M(D5, "Sirisena will visit the headquarters of the PNP in Camp Crame", "visit",
      "2019-01-19", inferred=True, date_source="outside", city="Quezon City", country="PH", aliases=["Manila"],
      status="planned",
      persons=[P(SIRISENA, ["Sirisena"], "Sri Lankan President", "LK"),
               P("Eduardo Año", ["Interior Secretary Eduardo Año"], "Interior Secretary", "PH"),
               P("Oscar Albayalde", ["Philippine National Police (PNP) chief Director General Oscar Albayalde",
                                     "Albayalde"], "PNP chief", PNP, "Director General")],
      orgs=[O(PNP, ["Philippine National Police", "PNP"])],
      countries=["LK", "PH"], organizers=[PNP],
      notes="Planned: 'will visit ... on Saturday, Jan. 19' (year from world knowledge as above). Camp Crame is in "
            "Quezon City, Metro Manila (world knowledge; the text has only the dateline 'MANILA', kept as alias). "
            "'will be welcomed in the camp by' -> the PNP hosts its guest at its headquarters (real34 03); the "
            "welcoming officials are participants. Albayalde's statement 'on Friday' is not a meeting; Duterte is "
            "only named in a related-link line."),
    # ---------------------------------------------------------------- real43_06 CICA Secretariat 2024
    M(D6, "The CICA Senior Officials Committee (SOC) met in Astana", "working_group",
      "2024-06-27", city="Astana", country="KZ",
      persons=[P("Alibek Bakayev", ["Alibek Bakayev"], "Deputy Minister of Foreign Affairs of Kazakhstan", "KZ")],
      orgs=[O(CICA_SOC, ["CICA Senior Officials Committee (SOC)", "CICA Senior Officials Committee", "SOC"]),
            O(CICA, ["CICA"])],
      countries=["KZ"], chairs=["Alibek Bakayev"],
      notes="'27 June 2024 – Astana, Kazakhstan -' dateline and 'met in Astana on 27 June 2024' (full date). Session of "
            "the standing committee -> working_group. 'chaired by' -> chair; Kazakhstan from him and the 'Kazakh "
            "Chairmanship' (a state that chairs is a country, seeds 004#1). 'CICA Member States' and 'Senior "
            "Officials' are generic. The Secretariat is only discussed (its personnel's status)."),
    M(D6, "preparations for the Seventh Ministerial Council Meeting in Baku", "council_session",
      "2024-11-11", city="Baku", country="AZ", status="planned",
      orgs=[O(CICA_MC, ["Ministerial Council"])],
      notes="Planned with a full date ('in Baku on 11 November 2024'); 'the Baku Ministerial' later refers back. "
            "Azerbaijan is only the venue here (no host stated)."),
    M(D6, "CICA Ministerial Conference on Environmental Issues on 28 August", "conference",
      "2024-08-28", fmt=None, status="planned",
      orgs=[O(CICA, ["CICA"])],
      notes="Planned with a full date; no venue or format given. The Think Tank Forum activities have no date."),
    # ---------------------------------------------------------------- real43_07 Hind Himalaya USA 2022
    M(D7, "A joint Indo-US Counter Narcotics Working Group (CNWG) meeting", "working_group",
      "2022-07-08", inferred=True, fmt=None,
      persons=[P("SN Pradhan", ["SN Pradhan"], "Narcotics Control Bureau (NCB) director general", NCB),
               P("Tarun Bajaj", ["Tarun Bajaj"], "revenue secretary", "IN"),
               P("Patricia Lacina", ["Patricia Lacina"], "Charge d’Affaires", "US")],
      orgs=[O(CNWG, ["Indo-US Counter Narcotics Working Group", "CNWG"]),
            O(NCB, ["Narcotics Control Bureau (NCB)", "NCB"])],
      countries=["IN", "US"],
      notes="Two dates at the top: the site's date bar '22nd November 2024' (the crawl) and the byline 'Jul 11, 2022' "
            "(a Monday); 'held on Friday' is counted from the byline -> 8 July 2022 (inferred), not from the date "
            "bar. Session of the standing bilateral working group -> working_group; the signing of the Amended "
            "Letter of Agreement 'during the event' is part of it. No venue is given (the US signatory is the "
            "chargé d'affaires, which suggests India, not used): city and format unknown. The related-story "
            "headline 'TCA Camp kids meeting Robin Singh' is not a meeting. The future Executive Group and steering "
            "groups have no meetings. Reader-comment and related-story chrome cut."),
    # ---------------------------------------------------------------- real43_08 Fiji Police Force (undated)
    M(D8, "Pacific Islands Chiefs of Police Executive Leadership Team(ELT) meeting", "working_group",
      None, city="Brisbane", country="AU",
      persons=[P("Juki Fong Chew", ["Acting Commissioner of Police Juki Fong Chew"], "Acting Commissioner of Police", FPF),
               P("Ulaiasi Ravula", ["Senior Superintendent of Police, Ulaiasi Ravula"], "Director International Relations",
                 FPF, "Senior Superintendent of Police")],
      orgs=[O(PICP_ELT, ["Pacific Islands Chiefs of Police Executive Leadership Team"]), O(FPF, ["FPF"])],
      countries=["FJ"],
      notes="No stamp, dateline or date in the address: 'recently returned from' gives no date. 'held at the Marriott "
            "Hotel in Brisbane, Australia' -> Brisbane. A meeting of the standing leadership team -> working_group. "
            "The Fiji Police Force appears only as 'FPF' (no full name in the text). Fiji from its police; the other "
            "chiefs ('the Pacific Chiefs of Police') are generic; the AFP, New Zealand Police and INTERPOL are only "
            "discussed (project developers, assistance). The headline repeats the team's name (one line; the anchor "
            "is the body's sentence). 'Executive Leadership Team(ELT)' without a space is kept as in the page."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
