"""Write gold.jsonl and entities.json of the fourteenth development set (dev14) from the tables below.

Run from anywhere: ``python tests/eval/dev14/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). All people are invented.
The texts and this gold were written before the extractor was run on them and without reading
extract/ or its rules (issue #3).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402
from devsets import CARICC, CNC, DCA, MIAKG, MIAKZ, MIAUZ, OSCE, ROCA, UNODC  # noqa: E402

DCS_KG = "Drug Control Service of the Ministry of Internal Affairs of the Kyrgyz Republic"
BKA = "Federal Criminal Police Office of Germany"
GUBNON_UZ = "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
SBNON_KG = "Service for Combating Illegal Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
SCC_UZ = "State Customs Committee of the Republic of Uzbekistan"
ACD_UZ = "Andijan Regional Customs Department of the State Customs Committee of the Republic of Uzbekistan"
NIAC = "National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"
CCDT_KZ = "Committee for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Kazakhstan"
OSCE_NS = "OSCE Programme Office in Nur-Sultan"
MIA_AZ = "Ministry of Internal Affairs of the Republic of Azerbaijan"
MDCDT_AZ = "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Azerbaijan"
MIA_TM = "Ministry of Internal Affairs of Turkmenistan"
ANP_IR = "Anti-Narcotics Police of the Islamic Republic of Iran"
ANF = "Anti-Narcotics Force"
EUDA = "European Union Drugs Agency"
EUACT2 = "EU Action against Drugs and Organised Crime"
RSPC_KZ = "Republican Scientific and Practical Centre of Psychiatry, Psychotherapy and Narcology of the Republic of Kazakhstan"
MOI_TR = "Ministry of Interior of the Republic of Türkiye"
EGM = "General Directorate of Security"
NCD_TR = "Narcotics Crimes Department of the General Directorate of Security"
MIA_TJ = "Ministry of Internal Affairs of the Republic of Tajikistan"
TADOC = "Turkish International Academy against Drugs and Organized Crime"
OTS = "Organization of Turkic States"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre",
                                    "Central Asian Regional Information and Coordination Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators", "the Council"]),
    DCS_KG: (None, MIAKG, "KG", [DCS_KG]),
    ROCA: (None, UNODC, None, ["UNODC Regional Office for Central Asia"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of the Republic of Tajikistan", "DCA",
                              "Tajikistan's Drug Control Agency"]),
    BKA: ("BKA", None, "DE", ["Federal Criminal Police Office of Germany", "Federal Criminal Police Office", "BKA"]),
    GUBNON_UZ: ("GUBNON", MIAUZ, "UZ", ["Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Uzbekistan",
                                        "GUBNON", "Main Department for Combating Drug Trafficking of the MIA"]),
    SBNON_KG: (None, MIAKG, "KG", ["Service for Combating Illegal Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic",
                                   "Service for Combating Illegal Drug Trafficking of the MIA of the Kyrgyz Republic"]),
    ACD_UZ: (None, SCC_UZ, "UZ", ["Andijan regional customs department"]),
    MIAUZ: ("MIA", None, "UZ", ["Ministry of Internal Affairs of Uzbekistan", "MIA"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    NIAC: ("NIAC", None, "UZ", ["National Information-Analytical Center on Drug Control under the Cabinet of Ministers", "NIAC"]),
    CCDT_KZ: (None, MIAKZ, "KZ", ["Committee for Combating Drug Trafficking of the MIA of Kazakhstan",
                                  "Committee for Combating Drug Trafficking of Kazakhstan's Ministry of Internal Affairs",
                                  "the Committee"]),
    OSCE_NS: (None, OSCE, None, ["OSCE Programme Office in Nur-Sultan"]),
    OSCE: ("OSCE", None, None, ["Organization for Security and Co-operation in Europe", "OSCE"]),
    MIA_AZ: (None, None, "AZ", ["Interior Ministry", "Ministry of Internal Affairs of Azerbaijan"]),
    MDCDT_AZ: (None, MIA_AZ, "AZ", ["Main Department for Combating Drug Trafficking of the Interior Ministry"]),
    MIA_TM: (None, None, "TM", ["Ministry of Internal Affairs of Turkmenistan"]),
    ANP_IR: (None, None, "IR", ["Anti-Narcotics Police of Iran"]),
    ANF: ("ANF", None, "PK", ["Anti-Narcotics Force", "Pakistan's Anti-Narcotics Force", "ANF"]),
    EUDA: ("EUDA", None, None, ["EU Drugs Agency", "European Union Drugs Agency", "EUDA"]),
    EUACT2: ("EU-ACT2", None, None, ["EU Action against Drugs and Organised Crime", "EU-ACT2"]),
    RSPC_KZ: (None, None, "KZ", ["Republican Scientific and Practical Centre of Psychiatry, Psychotherapy and Narcology of Kazakhstan"]),
    MOI_TR: (None, None, "TR", ["Türkiye's Interior Ministry"]),
    EGM: ("EGM", MOI_TR, "TR", ["General Directorate of Security", "EGM"]),
    NCD_TR: (None, EGM, "TR", ["Narcotics Crimes Department", "EGM's Narcotics Crimes Department"]),
    MIA_TJ: (None, None, "TJ", []),
    TADOC: ("TADOC", None, "TR", ["Turkish International Academy against Drugs and Organized Crime", "TADOC"]),
    OTS: ("OTS", None, None, ["Organization of Turkic States", "OTS"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    MIAKG: (None, None, "KG", []),
    MIAKZ: (None, None, "KZ", []),
    SCC_UZ: (None, None, "UZ", []),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan"], "AZ": ["Azerbaijan", "Azerbaijani"], "DE": ["Germany", "Federal Republic of Germany", "German"],
    "IR": ["Iran", "Iranian"], "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"], "NL": ["Netherlands", "the Netherlands"],
    "PK": ["Pakistan"], "RU": ["Russia"], "TJ": ["Tajikistan", "Tajik"], "TM": ["Turkmenistan", "Turkmen"],
    "TR": ["Türkiye", "Turkey", "Turkish"], "US": ["United States of America", "United States"],
    "UZ": ["Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev14_01_caricc_2012.txt", "dev14_02_fergana.txt", "dev14_03_tashkent_times.txt", "dev14_04_khabar24.txt")
D5, D6, D7, D8 = ("dev14_05_azernews.txt", "dev14_06_express_tribune.txt", "dev14_07_euda.txt", "dev14_08_trt.txt")

ABDI = "Serik N. Abdikalykov"
TOKT = "K.B. Toktogulov"
NURM = "Akmal Nurmatov"
ESHE = "Talant Asanovich Eshenkulov"
VARG = "Helena Varga"
BEKT = "Yerlan K. Bekturganov"
MAMM = "Elshad Mammadov"
ORAZ = "Batyr Orazov"
MALI = "Arif Mehmood Malik"
KARA = "Mehmet Ali Karaoğlu"
CA5 = ["KZ", "KG", "TJ", "TM", "UZ"]

MEETINGS = [
    # ---------------------------------------------------------------- dev14_01 CARICC 2012
    M(D1, "On 17-18 October the eighth meeting of the Council of National", "council_session",
      "2012-10-17", "2012-10-18", inferred=True, city="Almaty", country="KZ",
      persons=[P(TOKT, ["Colonel K.B.Toktogulov"],
                 "National Coordinator of the Kyrgyz Republic, Deputy Director of the Drug Control Service", DCS_KG, "Colonel"),
               P(ABDI, ["Major General Serik N. ABDIKALYKOV"], "Director of CARICC", CARICC, "Major General")],
      orgs=[O(CNC, ["Council of National Coordinators"]), O(CARICC, ["CARICC"]),
            O(DCS_KG, [DCS_KG]), O(ROCA, ["UNODC Regional Office for Central Asia"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "TM", "UZ", "US"], organizers=[CARICC], chairs=[TOKT],
      notes="Year-less range, year from the stamp '22.10.2012'. 'at the premises of CARICC' -> Almaty, CARICC host. "
            "US Embassy = US. The Gulf states only discussed (a planned operation)."),
    M(D1, "decided to hold its ninth meeting in Baku in April 2013", "council_session",
      "2013-04", city="Baku", country="AZ", status="planned",
      orgs=[O(CNC, [])],
      notes="Planned, month only; the Council referred back."),
    M(D1, "the Director of CARICC received the Ambassador Extraordinary", "meeting",
      "2012-10-03", inferred=True, city="Almaty", country="KZ",
      persons=[P(ABDI, ["the Director of CARICC", "The Director"], "Director of CARICC", CARICC, "Major General"),
               P("Joachim Reinholt", ["H.E. Mr. Joachim Reinholt", "The Ambassador"],
                 "Ambassador Extraordinary and Plenipotentiary of the Federal Republic of Germany to the Republic of Kazakhstan",
                 "DE", "H.E.")],
      orgs=[O(CARICC, ["CARICC"])],
      countries=["DE"], organizers=[CARICC],
      notes="Title alone for the Director named in the previous item. 'received' -> CARICC host, Almaty (borderline, "
            "no 'in his office'). The BKA only mentioned."),
    M(D1, "From 10 to 14 September a training seminar on controlled deliveries", "seminar",
      "2012-09-10", "2012-09-14", inferred=True, city="Dushanbe", country="TJ",
      orgs=[O(CARICC, ["CARICC"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "DCA"]),
            O(BKA, ["Federal Criminal Police Office of Germany", "BKA"])],
      countries=["TJ", "KG", "AF", "DE"], organizers=[CARICC, DCA, BKA],
      notes="'conducted by instructors of' -> BKA organiser (dev8). Trainees of AF take part; trainers' country DE. "
            "The operation item is not a meeting."),
    M(D1, "on 12 September the Deputy Director of CARICC, Colonel M. R. Saidov", "meeting",
      "2012-09-12", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("M.R. Saidov", ["Colonel M. R. Saidov"], "Deputy Director of CARICC", CARICC, "Colonel"),
               P("Sherali Kh. Mirzoaliev", ["Lieutenant General Sherali Kh. Mirzoaliev"], "Director of the DCA", DCA,
                 "Lieutenant General")],
      orgs=[O(CARICC, ["CARICC"]), O(DCA, ["DCA"])],
      countries=["TJ"], organizers=[CARICC],
      notes="'During his stay in Dushanbe' -> the trip's city. 'held a working meeting with' -> the subject organises "
            "(dev10). Afghanistan only discussed."),
    # ---------------------------------------------------------------- dev14_02 Fergana 2023
    M(D2, "The working meeting on March 9 was attended by", "meeting",
      "2023-03-09", inferred=True, city="Andijan", country="UZ",
      persons=[P(NURM, ["Colonel Akmal Nurmatov", "Nurmatov"],
                 "head of the Main Department for Combating Drug Trafficking", GUBNON_UZ, "Colonel"),
               P(ESHE, ["Eshenkulov Talant Asanovich"], "deputy head of the service", SBNON_KG)],
      orgs=[O(GUBNON_UZ, ["Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Uzbekistan",
                          "GUBNON"]),
            O(SBNON_KG, ["Service for Combating Illegal Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"])],
      countries=["UZ", "KG"],
      notes="Reported twice: the lead 'met in Andijan last Thursday' and the body 'on March 9' (stamp 14 March 2023) -> "
            "one line. Surname-first name with patronymic canonicalised given name first. Unnamed border troops and "
            "customs of both countries. The ministry is the source (no mention). No host stated. AF and TJ only "
            "discussed; the statistics and the detention are not meetings."),
    M(D2, "On Friday, the Kyrgyz guests visited the Andijan regional customs", "visit",
      "2023-03-10", inferred=True, city="Andijan", country="UZ",
      persons=[P("Bobur Kholmatov", ["Lieutenant Colonel of Customs Service Bobur Kholmatov"], "chief", ACD_UZ,
                 "Lieutenant Colonel of Customs Service")],
      orgs=[O(ACD_UZ, ["Andijan regional customs department"]), O(SBNON_KG, [])],
      countries=["KG", "UZ"], organizers=[ACD_UZ],
      notes="'On Friday' after 'last Thursday' = 10 March. The visited body hosts (dev10); the Kyrgyz delegation "
            "referred back (empty mentions)."),
    M(D2, "The parties agreed to hold the next meeting in Osh in May.", "meeting",
      "2023-05", inferred=True, city="Osh", country="KG", status="planned",
      orgs=[O(GUBNON_UZ, []), O(SBNON_KG, [])],
      countries=["UZ", "KG"],
      notes="Planned, year-less month (2023 from the stamp). The parties referred back."),
    # ---------------------------------------------------------------- dev14_03 The Tashkent Times 2019
    M(D3, "on 13 June received the Regional Representative", "meeting",
      "2019-06-13", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Dilshod Ergashkhodjaev", ["Lieutenant General Dilshod Ergashkhodjaev", "The Minister"],
                 "Minister of Internal Affairs", MIAUZ, "Lieutenant General"),
               P(VARG, ["Ms. Helena Varga"], "Regional Representative of the United Nations Office on Drugs and Crime (UNODC) for Central Asia",
                 ROCA),
               P("Alisher Yusupov", ["Colonel Alisher Yusupov"], "head of the Main Department for Combating Drug Trafficking of the MIA",
                 GUBNON_UZ, "Colonel"),
               P("Nodira Rakhmatova", ["Nodira Rakhmatova"], "UNODC National Programme Coordinator in Uzbekistan", UNODC)],
      orgs=[O(MIAUZ, []), O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"]),
            O(GUBNON_UZ, ["Main Department for Combating Drug Trafficking of the MIA"])],
      countries=["UZ"], organizers=[MIAUZ],
      notes="Year from the stamp '14.06.2019 17:05'. No dateline; the minister receives at his ministry -> Tashkent "
            "(borderline). The ministry is the source and the minister's body (empty mentions). Regional "
            "Representative's affiliation ROCA while the meeting lists UNODC (dev11). Afghanistan only discussed."),
    M(D3, "On the same day, Ms. Varga met with the Director", "meeting",
      "2019-06-13", inferred=True, city="Tashkent", country="UZ",
      persons=[P(VARG, ["Ms. Varga"], "Regional Representative of UNODC for Central Asia", ROCA),
               P("R.U. Ismoilov", ["R.U. Ismoilov"], "Director of NIAC", NIAC)],
      orgs=[O(NIAC, ["National Information-Analytical Center on Drug Control under the Cabinet of Ministers", "NIAC"]),
            O(UNODC, [])],
      countries=["UZ"],
      notes="'On the same day' -> 13 June; NIAC's seat, the city of the first meeting -> Tashkent. No host stated. "
            "The NIAC statistics are not a meeting."),
    M(D3, "Earlier this month, NIAC held a regional seminar", "seminar",
      "2019-06", inferred=True, city="Samarkand", country="UZ",
      orgs=[O(NIAC, ["NIAC"])],
      countries=["UZ", "KZ", "TJ"], organizers=[NIAC],
      notes="'Earlier this month' -> month only. City at the end of the clause. Japan only funds."),
    M(D3, "which Uzbekistan will host in Tashkent on October 24-25", "conference",
      "2019-10-24", "2019-10-25", inferred=True, city="Tashkent", country="UZ", status="planned",
      orgs=[O(UNODC, ["UNODC"])],
      countries=["UZ"], organizers=["UZ", UNODC],
      notes="Planned, year-less range. A state hosts together with UNODC. AF, IR, PK only 'expected to attend'."),
    # ---------------------------------------------------------------- dev14_04 Khabar 24 2021
    M(D4, "held an online meeting on Tuesday", "videoconference",
      "2021-04-06", inferred=True, fmt="online",
      persons=[P(BEKT, ["Police Major General Yerlan K. Bekturganov", "Yerlan Bekturganov"],
                 "Chairman of the Committee for Combating Drug Trafficking of the MIA of Kazakhstan", CCDT_KZ,
                 "Police Major General"),
               P("Nurbek Asanaliev", ["Police Colonel Nurbek ASANALIEV"],
                 "head of the Service for Combating Illegal Drug Trafficking of the MIA of the Kyrgyz Republic", SBNON_KG,
                 "Police Colonel")],
      orgs=[O(CCDT_KZ, ["Committee for Combating Drug Trafficking of the MIA of Kazakhstan"]),
            O(SBNON_KG, ["Service for Combating Illegal Drug Trafficking of the MIA of the Kyrgyz Republic"])],
      countries=["KZ", "KG"],
      notes="'on Tuesday' against the stamp '18:22, 07 April 2021' (a Wednesday) -> 6 April. Online meeting typed "
            "videoconference (dev sets). The ministry is only the source. No host stated. All-caps surname."),
    M(D4, "Its first meeting will be held in Bishkek in June.", "working_group",
      "2021-06", inferred=True, city="Bishkek", country="KG", status="planned",
      countries=["KZ", "KG"],
      notes="Planned, year-less month. Unnamed joint working group -> its two countries only (dev7, dev10)."),
    M(D4, "Earlier, on 1-2 April, the Committee held an international seminar", "seminar",
      "2021-04-01", "2021-04-02", inferred=True, fmt="hybrid", city="Nur-Sultan", country="KZ",
      orgs=[O(CCDT_KZ, ["the Committee"]), O(OSCE_NS, ["OSCE Programme Office in Nur-Sultan"])],
      countries=["KZ", "DE", "NL"], organizers=[CCDT_KZ, OSCE_NS],
      notes="Hybrid stated in the next sentence; experts of DE and NL joined online. 'together with' -> co-organiser. "
            "The statistics and the planned operation are not meetings."),
    # ---------------------------------------------------------------- dev14_05 AzerNews 2022
    M(D5, "The guests were received at the Interior Ministry on November 22", "meeting",
      "2022-11-22", inferred=True, city="Baku", country="AZ",
      persons=[P(MAMM, ["Colonel General Elshad Mammadov", "The Minister"], "Interior Minister", MIA_AZ, "Colonel General"),
               P(ORAZ, ["Colonel Batyr Orazov", "Deputy Minister Orazov"], "Deputy Minister", MIA_TM, "Colonel"),
               P("Rauf Aliyarli", ["Major General of Police Rauf Aliyarli"],
                 "Head of the Main Department for Combating Drug Trafficking of the Interior Ministry", MDCDT_AZ,
                 "Major General of Police"),
               P("Gurbanmyrat Atayev", ["Gurbanmyrat Atayev"], "Ambassador of Turkmenistan to Azerbaijan", "TM")],
      orgs=[O(MIA_AZ, ["Interior Ministry"]), O(MIA_TM, ["Ministry of Internal Affairs of Turkmenistan"]),
            O(MDCDT_AZ, ["Main Department for Combating Drug Trafficking of the Interior Ministry"])],
      countries=["AZ", "TM"], organizers=[MIA_AZ],
      notes="Reported twice (lead 'has met with', body 'received ... on November 22') -> one line; year from the stamp. "
            "Received at the ministry -> its seat Baku (borderline, no dateline). Afghanistan only discussed; the "
            "working visit to Ashgabat 'next year' has no month."),
    M(D5, "to be hosted by the Interior Ministry in Baku on December 6-7", "conference",
      "2022-12-06", "2022-12-07", inferred=True, city="Baku", country="AZ", status="planned",
      orgs=[O(MIA_AZ, ["Interior Ministry"])],
      countries=["AZ"], organizers=[MIA_AZ],
      notes="Planned, year-less range. The Turkmen partners only invited (not listed, borderline)."),
    M(D5, "held a border meeting in the Azerbaijani border town of Astara", "meeting",
      "2022-11", inferred=True, city="Astara", country="AZ",
      persons=[P("Hossein Rahmani", ["Brigadier General Hossein Rahmani"], "deputy chief of the Anti-Narcotics Police of Iran",
                 ANP_IR, "Brigadier General")],
      orgs=[O(ANP_IR, ["Anti-Narcotics Police of Iran"])],
      countries=["AZ", "IR"],
      notes="'Earlier this month' -> month only. The seizure statistics are not a meeting; CARICC only mentioned."),
    # ---------------------------------------------------------------- dev14_06 The Express Tribune 2019
    M(D6, "a two-day regional conference that began in the federal capital", "conference",
      "2019-10-16", "2019-10-17", inferred=True, city="Islamabad", country="PK",
      persons=[P("Mian Tariq Saleem", ["Minister of State for Narcotics Control Mian Tariq Saleem"],
                 "Minister of State for Narcotics Control", "PK"),
               P(MALI, ["Maj Gen Arif Mehmood Malik"], "ANF Director General", ANF, "Maj Gen"),
               P("Clara Bendtsen", ["Ms Clara Bendtsen"], "UNODC Country Representative", UNODC),
               P("T. Zhaksylykov", ["Colonel T. Zhaksylykov"], "CARICC Deputy Director", CARICC, "Colonel")],
      orgs=[O(ANF, ["Pakistan's Anti-Narcotics Force", "ANF"]), O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"]),
            O(CARICC, ["CARICC"])],
      countries=["PK", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[ANF, UNODC],
      notes="'ISLAMABAD:' dateline, 'Published: October 18, 2019' (a Friday): began on Wednesday, concluded on "
            "Thursday -> 16-17 October. 'hosted by ... in collaboration with' -> both organise. AF and IR only discussed; "
            "the seizure figures are not a meeting."),
    M(D6, "On the sidelines of the conference, the ANF chief held a bilateral", "meeting",
      "2019-10-16", "2019-10-17", inferred=True, city="Islamabad", country="PK",
      persons=[P(MALI, ["the ANF chief"], "ANF Director General", ANF, "Maj Gen"),
               P("Saidali Nematzoda", ["Major General Saidali Nematzoda"], "Director of Tajikistan's Drug Control Agency", DCA,
                 "Major General")],
      orgs=[O(ANF, ["ANF"]), O(DCA, ["Tajikistan's Drug Control Agency"])],
      countries=["PK", "TJ"], organizers=[ANF],
      notes="On the sidelines without its own date -> the conference's range and venue (dev3). Title alone for the DG."),
    M(D6, "The next conference will be held in Tashkent in April next year", "conference",
      "2020-04", inferred=True, city="Tashkent", country="UZ", status="planned",
      notes="Planned, 'April next year' -> 2020-04."),
    M(D6, "regional training course on the use of drug detection dogs", "training",
      "2019-10-07", "2019-10-11", inferred=True, city="Dushanbe", country="TJ",
      orgs=[O(OSCE, ["Organization for Security and Co-operation in Europe", "OSCE"]), O(ANF, ["ANF"])],
      countries=["PK"], organizers=[OSCE],
      notes="Year-less 'from October 7 to 11'; the city stated earlier in the sentence. Only the Pakistani team is named "
            "among the trainees; the return 'on Tuesday' is no meeting."),
    # ---------------------------------------------------------------- dev14_07 EUDA 2024
    M(D7, "met at the EU Drugs Agency (EUDA) on 12 and 13 November", "meeting",
      "2024-11-12", "2024-11-13", inferred=True, fmt="hybrid", city="Lisbon", country="PT",
      persons=[P("Pieter van Aalst", ["Pieter van Aalst"], "Head of the EUDA International Cooperation sector", EUDA),
               P("Gulnara T. Abenova", ["Dr Gulnara T. Abenova"], "head of the drug monitoring unit", RSPC_KZ, "Dr"),
               P("Javier Moreno Ruiz", ["Javier Moreno Ruiz"], "EU-ACT2 Team Leader", EUACT2)],
      orgs=[O(EUDA, ["EU Drugs Agency", "EUDA"]), O(EUACT2, ["EU Action against Drugs and Organised Crime", "EU-ACT2"]),
            O(RSPC_KZ, ["Republican Scientific and Practical Centre of Psychiatry, Psychotherapy and Narcology of Kazakhstan"])],
      countries=CA5, organizers=[EUDA, EUACT2],
      notes="Year from the dateline 'Lisbon, 15 November 2024'; 'at the EUDA' -> Lisbon. 'held in a hybrid format'. "
            "'co-organised with' -> both organise. A technical meeting typed meeting."),
    M(D7, "The meeting followed an online webinar for toxicologists", "webinar",
      "2024-10-28", inferred=True, fmt="online",
      orgs=[O(EUDA, ["EUDA"])],
      organizers=[EUDA],
      notes="Date at the end of the sentence. 'of the region' is a generic group (no countries)."),
    M(D7, "A study visit of experts from Uzbekistan and the Kyrgyz Republic", "visit",
      "2025-03", city="Lisbon", country="PT", status="planned",
      orgs=[O(EUDA, ["EUDA"])],
      countries=["UZ", "KG"], organizers=[EUDA],
      notes="Planned, month only; a visit to the EUDA -> its seat Lisbon, EUDA host. The European Drug Report and the "
            "planned analysis ('next year') are not meetings."),
    # ---------------------------------------------------------------- dev14_08 TRT World 2023
    M(D8, "The meeting, which was held on Wednesday and Thursday by the General", "meeting",
      "2023-03-01", "2023-03-02", inferred=True, city="Antalya", country="TR",
      persons=[P(KARA, ["Deputy Interior Minister Mehmet Ali Karaoğlu", "Karaoğlu"], "Deputy Interior Minister", MOI_TR),
               P("Hakan Demirtaş", ["Hakan Demirtaş"], "head of the EGM's Narcotics Crimes Department", NCD_TR),
               P("Askar Zhumagaliyev", ["Police Colonel Askar ZHUMAGALIYEV"],
                 "deputy chairman of the Committee for Combating Drug Trafficking", CCDT_KZ, "Police Colonel")],
      orgs=[O(EGM, ["General Directorate of Security", "EGM"]), O(MOI_TR, []),
            O(NCD_TR, ["EGM's Narcotics Crimes Department"]),
            O(CCDT_KZ, ["Committee for Combating Drug Trafficking of Kazakhstan's Ministry of Internal Affairs"])],
      countries=["TR", "KZ", "KG", "TJ", "TM", "UZ"], organizers=["TR", EGM],
      notes="'2 Mar 2023' (a Thursday): 'on Wednesday and Thursday' -> 1-2 March; the lead names the city. The "
            "ministry is the source and the deputy minister's body (empty mentions). AF and IR only discussed; the "
            "seizure figures are not a meeting; 'meet again next year' has no month."),
    M(D8, "where he met with Tajik Interior Minister Khurshed Sh. Rahmonzoda", "meeting",
      "2023-01", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(KARA, ["Karaoğlu"], "Deputy Interior Minister", MOI_TR),
               P("Khurshed Sh. Rahmonzoda", ["Tajik Interior Minister Khurshed Sh. Rahmonzoda"], "Interior Minister", MIA_TJ)],
      orgs=[O(MOI_TR, []), O(MIA_TJ, [])],
      countries=["TR", "TJ"],
      notes="Month without a year. Venue implied by the visit to Tajikistan and the minister's seat -> Dushanbe "
            "(borderline, dev11). Karaoğlu's mention is the possessive 'Karaoğlu's visit'."),
    M(D8, "Last month, the Turkish International Academy against Drugs", "training",
      "2023-02", inferred=True, city="Ankara", country="TR",
      orgs=[O(TADOC, ["Turkish International Academy against Drugs and Organized Crime", "TADOC"])],
      countries=["KG", "UZ", "TR"], organizers=[TADOC],
      notes="'Last month' -> month only; the academy 'in Ankara'."),
    M(D8, "when they meet in Samarkand on May 18", "meeting",
      "2023-05-18", inferred=True, city="Samarkand", country="UZ", status="planned",
      orgs=[O(OTS, ["Organization of Turkic States", "OTS"])],
      notes="Planned, year-less date. Member states are a generic group."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Director of CARICC", "The Director", "The Ambassador", "The Minister", "the ANF chief"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
