"""Write gold.jsonl and entities.json of the fourth development set (dev4) from the tables below.

Run from anywhere: ``python tests/eval/dev4/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). All people are invented.
The texts and this gold were written before the extractor was run on them and without reading
extract/ (issue #3).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402
from devsets import CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, MIAKG, MIAUZ  # noqa: E402

WCO = "World Customs Organization"
RILO = "Regional Intelligence Liaison Office for the CIS countries"
BKA = "Federal Criminal Police Office of Germany"
NPAMN = "National Police Agency of Mongolia"
DCDT_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
ACAD_UZ = "Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"
INL = "Bureau of International Narcotics and Law Enforcement Affairs"
USDOS = "U.S. Department of State"
CMIA_CIS = "Council of Ministers of Internal Affairs of the CIS Member States"
WG_CIS = ("Working Group on Combating Drug Trafficking of the Council of Ministers of Internal "
          "Affairs of the CIS Member States")
MIATJ = "Ministry of Internal Affairs of the Republic of Tajikistan"
AFM = "Agency of the Republic of Kazakhstan for Financial Monitoring"
GUBOP = "Main Department for Combating Organized Crime of the Ministry of Internal Affairs of the Republic of Tajikistan"
OSCE_DUS = "OSCE Programme Office in Dushanbe"
OSCE_ASH = "OSCE Centre in Ashgabat"
UNODC_KZ = "UNODC Programme Office in Kazakhstan"
EAG = "Eurasian Group on Combating Money Laundering and Financing of Terrorism"
EGMONT = "Egmont Group of Financial Intelligence Units"
SFIS = "State Financial Intelligence Service under the Ministry of Finance of the Kyrgyz Republic"
MOFKG = "Ministry of Finance of the Kyrgyz Republic"
ATC = "Anti-Terrorism Center of the CIS Member States"
SCNS = "State Committee for National Security of the Kyrgyz Republic"
CHSA = "Council of Heads of Security Agencies and Special Services of the CIS Member States"
CIS = "Commonwealth of Independent States"
CNPA = "Counter Narcotics Police of Afghanistan"
BLO = "Border Liaison Office in Khorog"
UNODC_TJ = "UNODC Programme Office in Tajikistan"
TRCUS = "Customs Service of Turkey"
MFATM = "Ministry of Foreign Affairs of Turkmenistan"
SCSTM = "State Customs Service of Turkmenistan"
SBSTM = "State Border Service of Turkmenistan"
LVBP = "Border Police of Latvia"
JWG_TM = "Joint Working Group of Turkmenistan and UNODC"
UNODC_KG = "UNODC Programme Office in the Kyrgyz Republic"
UNODC_CYB = "UNODC Cybercrime Programme"
SBNON = ("Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the "
         "Kyrgyz Republic")
SCSKG = "State Customs Service under the Ministry of Finance of the Kyrgyz Republic"
ACAD_KG = "Academy of the Ministry of Internal Affairs of the Kyrgyz Republic"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    UNODC: ("UNODC", "United Nations", None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO"]),
    RILO: ("RILO CIS", WCO, None, ["Regional Intelligence Liaison Office for the CIS countries", "RILO CIS"]),
    BKA: ("BKA", None, "DE", ["Federal Criminal Police Office of Germany", "BKA"]),
    MIAUZ: (None, None, "UZ", ["Ministry of Internal Affairs of the Republic of Uzbekistan"]),
    NPAMN: (None, None, "MN", []),
    DCDT_UZ: (None, MIAUZ, "UZ", ["Department for Combating Drug Trafficking of the Ministry"]),
    ACAD_UZ: (None, MIAUZ, "UZ", []),
    INL: ("INL", USDOS, "US", ["INL", "Bureau of International Narcotics and Law Enforcement Affairs of the U.S. Department of State"]),
    WG_CIS: (None, CMIA_CIS, None, []),
    MIATJ: (None, None, "TJ", []),
    MIAKZ: (None, None, "KZ", []),
    AFM: ("AFM", None, "KZ", ["AFM", "Agency for Financial Monitoring of the Republic of Kazakhstan"]),
    GUBOP: ("GUBOP", MIATJ, "TJ", ["GUBOP", "Main Department for Combating Organized Crime of the Ministry of Internal Affairs"]),
    OSCE_DUS: (None, OSCE, None, []),
    OSCE_ASH: (None, OSCE, None, []),
    UNODC_KZ: (None, UNODC, None, []),
    EAG: ("EAG", None, None, ["EAG"]),
    EGMONT: (None, None, None, []),
    SFIS: (None, MOFKG, "KG", []),
    ATC: ("ATC CIS", CIS, None, ["ATC CIS", "Anti-Terrorism Center of the CIS Member States"]),
    SCNS: ("SCNS", None, "KG", ["SCNS"]),
    CHSA: (None, CIS, None, []),
    DCA: ("DCA", None, "TJ", ["DCA", "Drug Control Agency under the President of Tajikistan"]),
    CNPA: ("CNPA", None, "AF", ["CNPA", "Counter Narcotics Police of Badakhshan province"]),
    BLO: (None, None, "TJ", []),
    UNODC_TJ: (None, UNODC, None, []),
    TRCUS: (None, None, "TR", []),
    MFATM: (None, None, "TM", []),
    SCSTM: (None, None, "TM", ["State Customs Service"]),
    SBSTM: (None, None, "TM", []),
    LVBP: (None, None, "LV", []),
    JWG_TM: (None, None, None, []),
    UNODC_KG: (None, UNODC, None, []),
    UNODC_CYB: (None, UNODC, None, []),
    MIAKG: (None, None, "KG", []),
    SBNON: ("SBNON", MIAKG, "KG", ["SBNON"]),
    SCSKG: (None, MOFKG, "KG", []),
    ACAD_KG: (None, MIAKG, "KG", ["Academy of the Ministry of Internal Affairs"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    "United Nations": ("UN", None, None, []),
    ROCA: ("UNODC ROCA", UNODC, None, []),
    USDOS: (None, None, "US", []),
    CMIA_CIS: (None, CIS, None, []),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    MOFKG: (None, None, "KG", []),
    CIS: ("CIS", None, None, ["CIS"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan side", "Afghan"], "AM": ["Armenia"], "AZ": ["Azerbaijan"],
    "BY": ["Belarus", "Republic of Belarus"], "CN": ["China", "People's Republic of China", "Chinese side"],
    "DE": ["Germany", "German"], "EE": ["Estonia"], "JP": ["Japan"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan"], "LV": ["Latvia"], "MN": ["Mongolia", "Mongolian side"],
    "RU": ["Russia"], "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan", "Turkmen side"],
    "TR": ["Turkey"], "US": ["United States"], "UZ": ["Uzbekistan", "Republic of Uzbekistan"],
}


O = make_org(ORGS)


D1, D2, D3, D4 = ("dev4_01_caricc_2017.txt", "dev4_02_mia_uz.txt", "dev4_03_mia_tj.txt",
                  "dev4_04_afm_kz.txt")
D5, D6, D7, D8 = ("dev4_05_atc_cis.txt", "dev4_06_asia_plus.txt", "dev4_07_neutral_tm.txt",
                  "dev4_08_unodc_kg.txt")

TOKH = "N.Zh. Tokhtarov"
KHAM = "Dilshod R. Khamraev"
KHOM = "V.I. Khomenko"
KHOL = "Sirojiddin Kholzoda"
SOLB = "Henrik A. Solberg"

MEETINGS = [
    # ---------------------------------------------------------------- dev4_01 CARICC listing 2017
    M(D1, "a regional working meeting of heads of the information and analytical", "meeting",
      "2017-12-12", "2017-12-13", city="Almaty", country="KZ",
      persons=[P("Pavel G. Lukyanenko", ["Mr. Pavel G. LUKYANENKO", "Mr. LUKYANENKO"], "officer", RILO),
               P(TOKH, ["CARICC Director", "N.Zh.Tokhtarov"], "CARICC Director", CARICC, "Police Major General")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]),
            O(RILO, ["Regional Intelligence Liaison Office for the CIS countries", "RILO CIS"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ"], organizers=[CARICC],
      notes="'at the premises of the Centre' -> CARICC seat Almaty, CARICC host. The six named countries took part ('Representatives of ... took part'); 'CARICC Member States' not expanded. 'opened by' is not a chair."),
    M(D1, "the Director of CARICC received in his office Mr. Jürgen Haldenwang", "meeting",
      "2017-12-05", inferred=True, city="Almaty", country="KZ",
      persons=[P(TOKH, ["Director of CARICC", "The Director"], "Director of CARICC", CARICC, "Police Major General"),
               P("Jürgen Haldenwang", ["Mr. Jürgen Haldenwang", "Mr. Haldenwang"], "liaison officer", BKA)],
      orgs=[O(CARICC, ["CARICC"]), O(BKA, ["Federal Criminal Police Office of Germany", "BKA"])],
      countries=["DE"], organizers=[CARICC],
      notes="Year from the item stamp 07.12.2017. 'received in his office' -> CARICC seat Almaty (as dev2 01#1). The Director is the one named in the 14.12 item. The German Embassy in Tashkent is only where the liaison officer is posted (DE from BKA). The working meeting 'planned for December' is a back-reference to #1; the 2018 training has no date: no lines."),
    M(D1, "took part in the annual conference of the Regional Intelligence Liaison", "conference",
      "2017-11", inferred=True, city="Moscow", country="RU",
      persons=[P("Aibek T. Sultanaliev", ["Colonel of Customs Service Aibek T. Sultanaliev", "The Deputy Director"], "Deputy Director", CARICC, "Colonel of Customs Service")],
      orgs=[O(CARICC, ["CARICC"]), O(RILO, ["Regional Intelligence Liaison Office for the CIS countries"]),
            O(WCO, ["World Customs Organization", "WCO"])],
      countries=[], organizers=[RILO],
      notes="Month only ('In November'), year from the stamp 22.11.2017. RILO CIS as organiser from the conference's name (borderline). 'customs services of 11 countries' not expanded; RU not added for the venue alone."),
    M(D1, "the next meeting of the contact points of RILO CIS and CARICC", "meeting",
      "2018-02-15", "2018-02-16", city="Almaty", country="KZ", status="planned",
      orgs=[O(RILO, ["RILO CIS"]), O(CARICC, ["CARICC"])],
      notes="Planned with a date, announced inside the conference item. No host named."),
    # ---------------------------------------------------------------- dev4_02 MIA Uzbekistan
    M(D2, "received a delegation of the National Police Agency of Mongolia", "meeting",
      "2024-03-05", inferred=True, city="Tashkent", country="UZ",
      persons=[P(KHAM, ["Dilshod R. KHAMRAEV", "the Minister"], "Minister of Internal Affairs of the Republic of Uzbekistan", MIAUZ, "Lieutenant General"),
               P("Batbayar Ganzorig", ["Police Brigadier General Batbayar Ganzorig"], "Deputy Chief", NPAMN, "Police Brigadier General")],
      orgs=[O(MIAUZ, ["the Ministry"]), O(NPAMN, ["National Police Agency of Mongolia"])],
      countries=["UZ", "MN"], organizers=[MIAUZ],
      notes="Year from the stamp 06.03.2024. 'held at the Ministry' with no dateline: the MIA's seat Tashkent (world knowledge, borderline). 'The Mongolian side' = MN. MIA UZ mentioned in the item only as 'the Ministry' (the full name is the page header)."),
    M(D2, "agreed to hold the next round of consultations in Ulaanbaatar", "meeting",
      "2024-09", city="Ulaanbaatar", country="MN", status="planned",
      orgs=[O(MIAUZ, []), O(NPAMN, [])], countries=["UZ", "MN"],
      notes="Planned, month only. 'The parties' = the two police services (empty mentions, as dev2 05#3)."),
    M(D2, "the guests visited the Department for Combating Drug Trafficking", "visit",
      "2024-03-05", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Sherzod Akmalovich Yusupov", ["Colonel Yusupov Sherzod Akmalovich"], "Head of the Department", DCDT_UZ, "Colonel")],
      orgs=[O(DCDT_UZ, ["Department for Combating Drug Trafficking of the Ministry"]), O(NPAMN, [])],
      countries=["UZ", "MN"], organizers=[DCDT_UZ],
      notes="'On the same day': a second gathering of the same visit with its own host (a reader may merge it into #1). The guests = the Mongolian delegation (empty mentions); its head is not named again. Surname-first with patronymic."),
    M(D2, "hosted a training course on the investigation of drug crimes", "training",
      "2024-03-04", "2024-03-06", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(ACAD_UZ, ["Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"]),
            O(INL, ["Bureau of International Narcotics and Law Enforcement Affairs of the U.S. Department of State", "INL"])],
      countries=["UZ", "US", "EE"], organizers=[ACAD_UZ, INL],
      notes="Year from the stamp. City stated two sentences later ('training centre in Tashkent'). Instructors from the US and Estonia take part; the trainees' regions are not venues."),
    M(D2, "took part via videoconference in a meeting of the Working Group", "working_group",
      "2024-02-28", inferred=True, fmt="online",
      persons=[P("B.T. Rakhimov", ["Major General B.T.Rakhimov", "The Deputy Minister"], "Deputy Minister of Internal Affairs", MIAUZ, "Major General")],
      orgs=[O(WG_CIS, ["Working Group on Combating Drug Trafficking of the Council of Ministers of Internal Affairs of the CIS Member States"]),
            O(MIAUZ, [])],
      countries=["UZ", "BY"],
      notes="'Earlier, on 28 February', year from the stamp. Chaired by a state (Belarus): BY in countries, chairs empty (seeds 004#1). MIA UZ only through the title (empty mentions). The statistics paragraph is not a meeting."),
    # ---------------------------------------------------------------- dev4_03 MIA Tajikistan
    M(D3, "met with the Ambassador Extraordinary and Plenipotentiary", "meeting",
      "2023-09-20", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Sh.D. Sharipzoda", ["Police Colonel General Sh.D.Sharipzoda", "The Minister"], "Minister of Internal Affairs of the Republic of Tajikistan", MIATJ, "Police Colonel General"),
               P("Liu Zhenhai", ["Mr. LIU Zhenhai", "the Ambassador"], "Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to the Republic of Tajikistan", "CN")],
      orgs=[O(MIATJ, ["the Ministry"])], countries=["TJ", "CN"], organizers=[MIATJ],
      notes="Year from the stamp 21/09/2023. 'in the central apparatus of the Ministry' -> Dushanbe (MIA seat). Ambassador = CN ('The Chinese side'). Afghanistan only discussed. The Astana visit is a back-reference to #2 (no line)."),
    M(D3, "paid a working visit to Astana", "visit",
      "2023-09-12", "2023-09-15", inferred=True, city="Astana", country="KZ",
      persons=[P("Abdurahmon Safarovich Kholov", ["Police Lieutenant General Kholov Abdurahmon Safarovich"], "First Deputy Minister", MIATJ, "Police Lieutenant General"),
               P("Timur B. Zhakenov", ["Police Major General Timur B. Zhakenov"], "Deputy Minister of Internal Affairs of Kazakhstan", MIAKZ, "Police Major General")],
      orgs=[O(MIATJ, ["Ministry of Internal Affairs of the Republic of Tajikistan"]),
            O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
            O(AFM, ["Agency for Financial Monitoring of the Republic of Kazakhstan"])],
      countries=["TJ", "KZ"],
      notes="'From 12 to 15 September' without year: stamp 19/09/2023. One line for the visit including the talks with the Deputy Minister (no separate date). No host stated: organizers empty. The 2024 exchange of liaison officers is a plan without a meeting."),
    M(D3, "held a seminar on financial investigations of drug crimes", "seminar",
      "2023-09-13", "2023-09-14", inferred=True, fmt="hybrid", city="Dushanbe", country="TJ",
      persons=[P("F.N. Rahmonzoda", ["Police Major General Rahmonzoda F. N."], "Head of GUBOP", GUBOP, "Police Major General"),
               P("Brigitte Schönfeld", ["Ms. Brigitte SCHÖNFELD"], "Head of the Politico-Military Department of the OSCE Programme Office in Dushanbe", OSCE_DUS)],
      orgs=[O(GUBOP, ["Main Department for Combating Organized Crime of the Ministry of Internal Affairs", "GUBOP"]),
            O(OSCE_DUS, ["OSCE Programme Office in Dushanbe"])],
      countries=["TJ", "KG", "UZ"], organizers=[GUBOP, OSCE_DUS],
      notes="'On September 13 and 14', year from the stamp 15/09/2023. Hybrid: officers at the Academy in Dushanbe, experts of KG and UZ online. The Academy is the venue only (the organisers are named), borderline. Surname-first with spaced trailing initials. The Kuknor-2023 operation is not a meeting."),
    # ---------------------------------------------------------------- dev4_04 AFM Kazakhstan
    M(D4, "held a regional workshop on financial investigations of drug trafficking", "workshop",
      "2022-11-23", "2022-11-25", inferred=True, fmt="hybrid", city="Almaty", country="KZ",
      persons=[P("Serik M. Abenov", ["Serik M. Abenov"], "Deputy Chairman of the AFM", AFM),
               P("Konstantin V. Lebedinsky", ["Mr. Konstantin V. Lebedinsky"], "Executive Secretary of the EAG", EAG),
               P("Farhod Ergashev", ["Mr. Farhod Ergashev"], "National Programme Officer of the UNODC Programme Office in Kazakhstan", UNODC_KZ)],
      orgs=[O(AFM, ["Agency of the Republic of Kazakhstan for Financial Monitoring", "AFM"]),
            O(UNODC_KZ, ["UNODC Programme Office in Kazakhstan"]),
            O(EAG, ["Eurasian Group on Combating Money Laundering and Financing of Terrorism", "EAG"]),
            O(EGMONT, ["Egmont Group of Financial Intelligence Units"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"], organizers=[AFM, UNODC_KZ, EAG],
      notes="'From 23 to 25 November' with the year from 'Date of publication: 2022-11-28'. Hybrid (Almaty, Egmont experts online). The five named countries' units took part."),
    M(D4, "met in Astana with the Director of the State Financial Intelligence", "meeting",
      "2022-11-21", inferred=True, city="Astana", country="KZ",
      persons=[P("Zh.K. Yessimov", ["Zh.K. Yessimov", "The Chairman"], "Chairman of the AFM", AFM),
               P("Aida T. Sultanbekova", ["Ms. Aida T. Sultanbekova"], "Director of the State Financial Intelligence Service under the Ministry of Finance of the Kyrgyz Republic", SFIS)],
      orgs=[O(AFM, ["AFM"]), O(SFIS, ["State Financial Intelligence Service under the Ministry of Finance of the Kyrgyz Republic"])],
      countries=["KZ", "KG"],
      notes="'Earlier, on 21 November'. Agreement signed at the meeting (one line). No host stated."),
    M(D4, "will be presented at the EAG Plenary meeting in December 2022", "council_session",
      "2022-12", city="Bishkek", country="KG", status="planned",
      orgs=[O(EAG, ["EAG"])],
      notes="Planned, month only. EAG's plenary = its governing body in session (council_session); no host stated. The typologies report is not a meeting."),
    # ---------------------------------------------------------------- dev4_05 ATC CIS
    M(D5, "was held via videoconference at the initiative of the Anti-Terrorism", "meeting",
      "2021-05-20", fmt="online",
      persons=[P(KHOM, ["Colonel General V.I.KHOMENKO"], "Head of the ATC CIS", ATC, "Colonel General"),
               P("Erlan Zh. Bekturov", ["Mr. Erlan Zh. Bekturov"], "Deputy Director of CARICC", CARICC)],
      orgs=[O(ATC, ["Anti-Terrorism Center of the CIS Member States", "ATC CIS"]), O(CARICC, ["CARICC"])],
      countries=["AM", "BY", "KZ", "KG", "RU", "TJ", "UZ"], organizers=[ATC], chairs=[KHOM],
      notes="'at the initiative of' -> organiser. Afghanistan and Syria only discussed."),
    M(D5, "paid a working visit to Bishkek", "visit",
      "2021-05-17", "2021-05-18", inferred=True, city="Bishkek", country="KG",
      persons=[P("S.P. Ivanov", ["Major General Ivanov S. P."], "First Deputy Head of the Center", ATC, "Major General"),
               P("Almazbek T. Osmonov", ["Colonel Almazbek T. Osmonov"], "Deputy Chairman of the SCNS", SCNS, "Colonel")],
      orgs=[O(ATC, ["ATC CIS"]), O(SCNS, ["State Committee for National Security of the Kyrgyz Republic", "SCNS"])],
      countries=["KG"], organizers=[SCNS],
      notes="'On May 17–18' (en dash) with the year from the stamp 'May 25, 2021'. 'received by' -> SCNS host. The planned exercise (September 2021) is an operation, not a meeting."),
    M(D5, "The next meeting of the Council of Heads of Security Agencies", "council_session",
      "2021-06-08", city="Dushanbe", country="TJ", status="planned",
      persons=[P(KHOM, ["The Head of the ATC CIS"], "Head of the ATC CIS", ATC, "Colonel General")],
      orgs=[O(CHSA, ["Council of Heads of Security Agencies and Special Services of the CIS Member States"]), O(ATC, ["ATC CIS"])],
      notes="Planned with a date. The Head of the ATC CIS (named in the first item) will report there. The 11 May analytical review is not a meeting."),
    # ---------------------------------------------------------------- dev4_06 Asia-Plus
    M(D6, "met in the border town of Khorog earlier this week", "meeting",
      "2019-04-09", inferred=True, city="Khorog", country="TJ",
      persons=[P(KHOL, ["Major-General Sirojiddin Kholzoda", "General Kholzoda"], "DCA Deputy Director", DCA, "Major-General"),
               P("Ghulam Sakhi Amiri", ["General Ghulam Sakhi Amiri", "The Afghan general"], "Head of the Counter Narcotics Police of Badakhshan province", CNPA, "General")],
      orgs=[O(DCA, ["Drug Control Agency under the President of Tajikistan", "DCA"]),
            O(CNPA, ["Counter Narcotics Police of Badakhshan province", "Counter Narcotics Police of Afghanistan", "CNPA"]),
            O(BLO, ["Border Liaison Office in Khorog"])],
      countries=["TJ", "AF"], organizers=[BLO],
      notes="One meeting reported three times ('earlier this week', 'the meeting on April 9', 'the meeting in Khorog'): one line. Year from the dateline 'April 11, 2019'. OSCE 'with the support of': not listed. The DCA source is anonymous. Russia, Europe only discussed; the invitation to Faizabad has no date."),
    M(D6, "DCA officers took part in a training on the use of drug detection kits", "training",
      "2019-04-03", "2019-04-04", inferred=True, city="Dushanbe", country="TJ",
      orgs=[O(DCA, ["DCA"]), O(UNODC_TJ, ["UNODC Programme Office in Tajikistan"]), O(TRCUS, ["Customs Service of Turkey"])],
      countries=["TJ", "TR"], organizers=[UNODC_TJ],
      notes="'Earlier, on 3 and 4 April'. Venue 'at the UNODC Programme Office in Tajikistan' under a Dushanbe dateline -> Dushanbe, UNODC office host. Trainers from Turkey's customs -> TR."),
    M(D6, "a regional conference on drug demand reduction is scheduled", "conference",
      "2019-05-22", "2019-05-24", inferred=True, city="Dushanbe", country="TJ", status="planned",
      notes="Planned, year from the dateline. The Health Ministry is only the source; no participants named."),
    # ---------------------------------------------------------------- dev4_07 Neutral Turkmenistan
    M(D7, "a meeting was held at the Ministry of Foreign Affairs of Turkmenistan", "meeting",
      "2024-02-15", inferred=True, city="Ashgabat", country="TM",
      persons=[P(SOLB, ["Mr. Henrik A. Solberg", "The guest"], "Regional Representative for Central Asia", ROCA),
               P("Begench O. Atayev", ["Mr. Begench O. Atayev"], "Deputy Minister of Foreign Affairs", MFATM)],
      orgs=[O(MFATM, ["Ministry of Foreign Affairs of Turkmenistan"]),
            O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"]),
            O(SCSTM, ["State Customs Service"]), O(SBSTM, ["State Border Service of Turkmenistan"])],
      countries=["TM"], organizers=[MFATM],
      notes="'On the 15th of February', year from the issue date 16.02.2024. 'held at the Ministry of Foreign Affairs' -> Ashgabat (its seat; no dateline), MFA host. Solberg's affiliation ROCA by his title (seeds convention for the Regional Representative); ROCA not named, so UNODC is the listed body."),
    M(D7, "took part in a regional seminar on the security of the Turkmen-Afghan", "seminar",
      "2024-02-14", inferred=True, fmt="hybrid", city="Turkmenabat", country="TM",
      persons=[P("Jovana Petrović", ["Ambassador Jovana PETROVIĆ"], "Head of the OSCE Centre in Ashgabat", OSCE_ASH, "Ambassador")],
      orgs=[O(OSCE_ASH, ["OSCE Centre in Ashgabat"]), O(SBSTM, ["State Border Service of Turkmenistan"]),
            O(UNODC, ["UNODC"]), O(LVBP, ["Border Police of Latvia"])],
      countries=["TM", "KZ", "TJ", "UZ", "LV"], organizers=[OSCE_ASH, SBSTM],
      notes="'A day earlier, on Feb. 14'. Hybrid (Latvian experts online). The UNODC delegation's head is named only in the previous paragraph: not listed here. The OSCE Centre's name 'in Ashgabat' is not the venue. Afghanistan only in the topic. Statistics paragraph not a meeting."),
    M(D7, "The next meeting of the Joint Working Group of Turkmenistan and UNODC", "working_group",
      "2024-03-20", city="Ashgabat", country="TM", status="planned",
      orgs=[O(JWG_TM, ["Joint Working Group of Turkmenistan and UNODC"])], countries=["TM"],
      notes="Planned, '20th of March 2024'. The standing group is the organisation; TM as a party (borderline; UNODC, the other party, is left in the group's name)."),
    # ---------------------------------------------------------------- dev4_08 UNODC Kyrgyzstan
    M(D8, "conducted a training course on the investigation of drug sales", "training",
      "2024-09-30", "2024-10-02", inferred=True, city="Bishkek", country="KG",
      persons=[P("Takeshi Onodera", ["H.E. Mr. Takeshi ONODERA", "the Ambassador"], "Ambassador Extraordinary and Plenipotentiary of Japan to the Kyrgyz Republic", "JP", "H.E."),
               P("Ruslan K. Abdykadyrov", ["Mr. Ruslan K. Abdykadyrov"], "Head of SBNON", SBNON),
               P("Ana-Maria Dragomir", ["Ms. Ana-Maria Dragomir"], "analyst", UNODC_CYB),
               P("Nurlan Asanov", ["Police Major Nurlan Asanov"], None, None, "Police Major")],
      orgs=[O(UNODC_KG, ["UNODC Programme Office in the Kyrgyz Republic"]),
            O(SBNON, ["Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic", "SBNON"]),
            O(SCSKG, ["State Customs Service under the Ministry of Finance of the Kyrgyz Republic"]),
            O(ACAD_KG, ["Academy of the Ministry of Internal Affairs"]),
            O(BKA, ["Federal Criminal Police Office of Germany", "BKA"]),
            O(UNODC_CYB, ["UNODC Cybercrime Programme"])],
      countries=["KG", "JP", "DE"], organizers=[UNODC_KG, ACAD_KG],
      notes="'From 30 September to 2 October' (across months) with the year from the dateline. 'held at the premises of the Academy' under the BISHKEK dateline -> Bishkek, Academy host. Japan funds it and its ambassador opened it -> JP takes part. The Academy's namesake is not a participant. A trainee quoted ('one of the participants') takes part. The press contact does not."),
    M(D8, "held a working meeting with the Deputy Minister of Internal Affairs", "meeting",
      "2024-09-25", inferred=True, city="Osh", country="KG",
      persons=[P("Saule Dzhaksybekova", ["Ms. Saule Dzhaksybekova"], "Head of the UNODC Programme Office in the Kyrgyz Republic", UNODC_KG),
               P("Tilek U. Mamatov", ["Police Colonel Tilek U. Mamatov"], "Deputy Minister of Internal Affairs", MIAKG, "Police Colonel")],
      orgs=[O(UNODC_KG, ["UNODC Programme Office in the Kyrgyz Republic"]), O(MIAKG, [])],
      countries=["KG"],
      notes="'On 25 September in Osh'. Meeting and the opening of the canine centre are one gathering. MIA KG only through the title (empty mentions). Japan only funded the centre."),
    M(D8, "The second module of the course is scheduled to take place in Osh", "training",
      "2024-11-18", "2024-11-20", city="Osh", country="KG", status="planned",
      notes="Planned with a date. The organiser is implied by 'the course' only: organisations left empty (borderline)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"CARICC Director", "Director of CARICC", "The Director", "the Minister", "The Minister",
                     "The Deputy Director", "The Deputy Minister", "the Ambassador", "The Chairman",
                     "The Head of the ATC CIS", "The Afghan general", "The guest"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
