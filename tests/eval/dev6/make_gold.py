"""Write gold.jsonl and entities.json of the sixth development set (dev6) from the tables below.

Run from anywhere: ``python tests/eval/dev6/make_gold.py``. The checks a gold annotator
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
from devsets import (CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, CNC, MIAKG, MIAUZ, DEA, GUNK, IAU)  # noqa: E402

UN = "United Nations"
UNODC_KG = "UNODC Programme Office in the Kyrgyz Republic"
TI = "Triangular Initiative"
NIAC = ("National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the "
        "Republic of Uzbekistan")
EU = "European Union"
EU_DEL = "Delegation of the European Union to the Republic of Kazakhstan"
EMCDDA = "European Monitoring Centre for Drugs and Drug Addiction"
GCC = "Gulf Cooperation Council"
GCC_CIC = "Gulf Cooperation Council Criminal Information Center to Combat Drugs"
OSCE_DU = "OSCE Programme Office in Dushanbe"
MIATJ = "Ministry of Internal Affairs of the Republic of Tajikistan"
ACAD_TJ = "Academy of the Ministry of Internal Affairs of the Republic of Tajikistan"
CUS_TJ = "Customs Service under the Government of the Republic of Tajikistan"
SCNS_TJ = "State Committee for National Security of the Republic of Tajikistan"
BT_TJ = "Border Troops of the State Committee for National Security of the Republic of Tajikistan"
CHUI = "Chui Regional Internal Affairs Directorate"
OCDT_CHUI = "Office for Combating Illicit Drug Trafficking of the Chui Regional Internal Affairs Directorate"
PD_ZH = "Police Department of Zhambyl Region"
US_EMB_KG = "Embassy of the United States of America in the Kyrgyz Republic"
INL_KG = "International Narcotics and Law Enforcement Affairs Section of the U.S. Embassy in the Kyrgyz Republic"
LCPB = "Lithuanian Criminal Police Bureau"
KCS = "Korea Customs Service"
NFI = "Netherlands Forensic Institute"
GC = "Guardia Civil"
CNPA = "Counter Narcotics Police of Afghanistan"
ABP = "Afghan Border Police"
MCN = "Ministry of Counter Narcotics of the Islamic Republic of Afghanistan"
MOPH = "Ministry of Public Health of the Islamic Republic of Afghanistan"
CIS = "Commonwealth of Independent States"
CHCA = ("Council of Heads of Competent Authorities on Countering Illicit Drug Trafficking of the CIS "
        "Member States")
CIS_EC = "Executive Committee of the Commonwealth of Independent States"
ATC_CIS = "Anti-Terrorism Center of the Commonwealth of Independent States"
MIARU = "Ministry of Internal Affairs of the Russian Federation"
DCDT_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
MPS = "Ministry of Public Security of the People's Republic of China"
NCB = "Narcotics Control Bureau of the Ministry of Public Security of the People's Republic of China"
TNP = "Turkish National Police"
KOM = "Department of Anti-Smuggling and Organized Crime of the Turkish National Police"
TADOC = "Turkish International Academy against Drugs and Organized Crime"
MIATM = "Ministry of Internal Affairs of Turkmenistan"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators"]),
    UNODC: ("UNODC", UN, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    ROCA: ("UNODC ROCA", UNODC, None, ["UNODC Regional Office for Central Asia"]),
    UNODC_KG: (None, UNODC, None, ["UNODC Programme Office in the Kyrgyz Republic"]),
    TI: (None, UNODC, None, ["Triangular Initiative"]),
    NIAC: ("NIAC", None, "UZ", [NIAC, "NIAC", "National Center"]),
    EU_DEL: (None, EU, None, ["Delegation of the European Union to the Republic of Kazakhstan"]),
    EMCDDA: ("EMCDDA", EU, None, ["European Monitoring Centre for Drugs and Drug Addiction", "EMCDDA"]),
    GCC_CIC: ("GCC-CICCD", GCC, None, ["Gulf Cooperation Council Criminal Information Centre to Combat Drugs",
                                       "GCC Criminal Information Centre to Combat Drugs", "GCC-CICCD"]),
    OSCE_DU: (None, OSCE, None, ["OSCE Programme Office in Dushanbe"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of the Republic of Tajikistan"]),
    MIATJ: (None, None, "TJ", ["Ministry of Internal Affairs of Tajikistan"]),
    ACAD_TJ: (None, MIATJ, "TJ", ["Academy of the Ministry of Internal Affairs of Tajikistan"]),
    CUS_TJ: (None, None, "TJ", ["Customs Service under the Government of the Republic of Tajikistan"]),
    BT_TJ: (None, SCNS_TJ, "TJ", ["Border Troops of the State Committee for National Security of Tajikistan"]),
    MIAKG: (None, None, "KG", ["Ministry of Internal Affairs of the Kyrgyz Republic"]),
    OCDT_CHUI: (None, CHUI, "KG", []),
    MIAKZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan",
                               "Ministry of Internal Affairs of Kazakhstan"]),
    PD_ZH: (None, MIAKZ, "KZ", ["Police Department of Zhambyl Region of the Republic of Kazakhstan"]),
    INL_KG: ("INL", US_EMB_KG, "US", ["International Narcotics and Law Enforcement Affairs Section", "INL"]),
    DEA: ("DEA", None, "US", ["Drug Enforcement Administration", "U.S. Drug Enforcement Administration"]),
    LCPB: (None, None, "LT", []),
    KCS: ("KCS", None, "KR", ["Korea Customs Service", "KCS"]),
    NFI: ("NFI", None, "NL", ["Netherlands Forensic Institute", "NFI"]),
    GC: (None, None, "ES", ["Guardia Civil", "Spanish Guardia Civil"]),
    CNPA: ("CNPA", None, "AF", ["Counter Narcotics Police of Afghanistan", "CNPA"]),
    ABP: (None, None, "AF", []),
    MCN: ("MCN", None, "AF", [MCN, "Ministry of Counter Narcotics", "MCN"]),
    MOPH: (None, None, "AF", ["Ministry of Public Health"]),
    CHCA: (None, CIS, None, []),
    CIS_EC: (None, CIS, None, ["CIS Executive Committee"]),
    ATC_CIS: ("CIS ATC", CIS, None, ["Anti-Terrorism Center of the CIS"]),
    GUNK: ("GUNK", MIARU, "RU", ["Main Directorate for Drug Control of the Russian Interior Ministry",
                                 "Russian Interior Ministry's Main Directorate for Drug Control", "GUNK"]),
    DCDT_UZ: (None, MIAUZ, "UZ", ["Department for Combating Drug Trafficking of the Uzbek Interior Ministry"]),
    MPS: ("MPS", None, "CN", ["Ministry of Public Security", "China's Ministry of Public Security", "MPS"]),
    NCB: (None, MPS, "CN", ["Narcotics Control Bureau of the MPS"]),
    TADOC: ("TADOC", KOM, "TR", ["Turkish International Academy against Drugs and Organized Crime", "TADOC"]),
    MIATM: (None, None, "TM", []),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    UN: ("UN", None, None, []),
    IAU: (None, CARICC, None, ["Information and Analytical Unit of CARICC"]),
    EU: ("EU", None, None, ["European Union"]),
    GCC: ("GCC", None, None, ["Gulf Cooperation Council"]),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    SCNS_TJ: (None, None, "TJ", []),
    CHUI: (None, MIAKG, "KG", []),
    US_EMB_KG: (None, None, "US", ["U.S. Embassy in the Kyrgyz Republic"]),
    CIS: ("CIS", None, None, ["CIS"]),
    MIARU: (None, None, "RU", ["Russian Interior Ministry"]),
    MIAUZ: (None, None, "UZ", ["Uzbek Interior Ministry"]),
    TNP: (None, None, "TR", []),
    KOM: ("KOM", TNP, "TR", ["Department of Anti-Smuggling and Organized Crime (KOM) of the Turkish National Police", "KOM"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Islamic Republic of Afghanistan", "Afghan"], "AM": ["Armenia"],
    "AZ": ["Azerbaijan"], "BY": ["Belarus"], "CN": ["China", "People's Republic of China", "Chinese"],
    "ES": ["Spain", "Spanish"], "IR": ["Iran"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KR": ["Republic of Korea", "Korea", "Korean"], "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"],
    "LT": ["Lithuania", "Lithuanian"], "NL": ["Netherlands"], "PK": ["Pakistan"],
    "RU": ["Russia", "Russian Federation", "the Russian Federation", "Russian"],
    "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik side"], "TM": ["Turkmenistan", "Turkmen"],
    "TR": ["Türkiye", "Turkey", "Turkish"], "US": ["United States", "U.S."],
    "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)


D1, D2, D3, D4 = ("dev6_01_caricc_2022.txt", "dev6_02_mvd_kg.txt", "dev6_03_niac_uz.txt",
                  "dev6_04_osce_dushanbe.txt")
D5, D6, D7, D8 = ("dev6_05_tass.txt", "dev6_06_xinhua.txt", "dev6_07_tadoc.txt", "dev6_08_mcn_af.txt")

RASH = "Bakhtiyor U. Rashidov"
SERI = "Talgat B. Serikbayev"
OSMO = "Kanybek Sh. Osmonbekov"
NAZA = "Sh.T. Nazarov"
SOLH = "Ingvar J. Solheim"
ZHUR = "Anatoly Zhuravin"
CHEN = "Chen Guoliang"
KUSH = "Yerbolat Kushkenov"
ERDO = "Hakan Erdoğdu"
RASHI = "Mohammad Haroon Rashidi"
HAMI = "Abdul Basir Hamidi"

MEETINGS = [
    # ---------------------------------------------------------------- dev6_01 CARICC listing 2022
    M(D1, "the regular meeting of the CARICC Council of National Coordinators", "council_session",
      "2022-11-23", "2022-11-24", inferred=True, city="Tashkent", country="UZ",
      persons=[P(RASH, ["Colonel Bakhtiyor U. Rashidov"],
                 "National Coordinator of the Republic of Uzbekistan, Director of the NIAC", NIAC, "Colonel"),
               P(SERI, ["Police Major General Talgat B. SERIKBAYEV"], "CARICC Director", CARICC, "Police Major General")],
      orgs=[O(CNC, ["CARICC Council of National Coordinators"]), O(CARICC, ["CARICC", "the Centre"]),
            O(NIAC, ["National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan", "NIAC"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "TM", "UZ"], organizers=[NIAC], chairs=[RASH],
      notes="'On 23 and 24 November', year from the item stamp 'Nov 25, 2022'. 'at the invitation of' the NIAC -> host (dev3). Seven named delegations. Afghanistan only discussed. The 17 Nov item refers to this meeting ahead of it (back-reference, no second line)."),
    M(D1, "CARICC Director T.B.Serikbayev received in his office", "meeting",
      "2022-11-16", inferred=True, city="Almaty", country="KZ",
      persons=[P(SERI, ["T.B.Serikbayev", "The Director"], "CARICC Director", CARICC, "Police Major General"),
               P("Henrietta Solberg-Lind", ["Ms. Henrietta SOLBERG-LIND", "The Ambassador"],
                 "Head of the Delegation of the European Union to the Republic of Kazakhstan", EU_DEL)],
      orgs=[O(CARICC, ["CARICC", "the Centre"]),
            O(EU_DEL, ["Delegation of the European Union to the Republic of Kazakhstan"])],
      organizers=[CARICC],
      notes="Year from the stamp 'Nov 17, 2022'. 'received in his office' -> CARICC seat Almaty, CARICC host (dev2 01#1). The EU Delegation is an organisation (seeds); no country. The Council meeting 'which will take place in Tashkent on 23-24 November' is reported in full in the 25 Nov item: no line here. EU-ACT only mentioned."),
    M(D1, "CARICC together with the OSCE Programme Office in Dushanbe conducted", "training",
      "2022-10-31", "2022-11-02", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Zhanna M. Kusainova", ["Lieutenant Colonel of Police Zhanna M. Kusainova"],
                 "Head of the Information and Analytical Unit of CARICC", IAU, "Lieutenant Colonel of Police"),
               P("Piotr Wierzbicki", ["Mr. Piotr WIERZBICKI"], "OSCE international expert", OSCE),
               P("A.Sh. Nurmatov", ["Colonel A.Sh.Nurmatov"], "Deputy Director of the Agency", DCA, "Colonel")],
      orgs=[O(CARICC, ["CARICC"]), O(OSCE_DU, ["OSCE Programme Office in Dushanbe"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"])],
      countries=["TJ"], organizers=[CARICC, OSCE_DU],
      notes="'From October 31 to November 2' (range across months, year from the stamp 'Nov 02, 2022'). City from the item title and the DCA Training Centre (the DCA seat). The DCA takes part through its Deputy Director (certificates); its Training Centre is the venue only. The operation item of 9 Nov is not a meeting."),
    M(D1, "an online meeting was held between CARICC and the Gulf Cooperation", "videoconference",
      "2022-10-19", inferred=True, fmt="online",
      persons=[P("Azamat K. Beishenaliev", ["Mr. Azamat K. Beishenaliev"], "Deputy Director", CARICC),
               P("Khalid Saeed Al-Hammadi", ["Colonel Dr. Khalid Saeed AL-HAMMADI"], "Director", GCC_CIC, "Colonel")],
      orgs=[O(CARICC, ["CARICC"]),
            O(GCC_CIC, ["Gulf Cooperation Council Criminal Information Centre to Combat Drugs", "GCC-CICCD"])],
      notes="Year from the stamp 'Oct 21, 2022'. Two international bodies, no countries. No organiser stated ('held between')."),
    M(D1, "agreed to hold a joint workshop on maritime drug trafficking in Doha", "workshop",
      "2023-02", city="Doha", country="QA", status="planned",
      orgs=[O(CARICC, []), O(GCC_CIC, [])], organizers=[CARICC, GCC_CIC],
      notes="Planned, month only, year in the sentence. 'joint' -> both parties organise; referred to as 'The parties' (empty mentions)."),
    # ---------------------------------------------------------------- dev6_02 MIA of the Kyrgyz Republic 2019
    M(D2, "met with the Head of the UNODC Programme Office in the Kyrgyz Republic", "meeting",
      "2019-06-13", inferred=True, city="Bishkek", country="KG",
      persons=[P(OSMO, ["Kanybek Osmonbekov", "Police Lieutenant General Kanybek Sh. Osmonbekov", "The Minister"],
                 "Minister of Internal Affairs of the Kyrgyz Republic", MIAKG, "Police Lieutenant General"),
               P("Ilaria Fontanesi", ["Ms. Ilaria FONTANESI", "Ms. Fontanesi"],
                 "Head of the UNODC Programme Office in the Kyrgyz Republic", UNODC_KG)],
      orgs=[O(MIAKG, ["Ministry of Internal Affairs of the Kyrgyz Republic", "the Ministry"]),
            O(UNODC_KG, ["UNODC Programme Office in the Kyrgyz Republic", "the Office"])],
      countries=["KG"], organizers=[MIAKG],
      notes="Dateline 'Bishkek, June 14, 2019.', 'On June 13' (year inferred). 'in the building of the Ministry' -> host and venue Bishkek. The Service for Combating Drug Trafficking and UNODC (thanked) are only mentioned."),
    M(D2, "the next round of Kyrgyz-Kazakh consultations", "meeting",
      "2019-07-02", "2019-07-03", inferred=True, city="Almaty", country="KZ", status="planned",
      orgs=[O(MIAKG, ["the Ministry"]), O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"])],
      countries=["KG", "KZ"],
      notes="Planned with a year-less date 'on 2-3 July' (year from the dateline). No host stated."),
    M(D2, "a training seminar on the use of special investigative techniques", "seminar",
      "2019-06-10", "2019-06-12", inferred=True, city="Osh", country="KG",
      orgs=[O(MIAKG, ["the Ministry"]),
            O(INL_KG, ["International Narcotics and Law Enforcement Affairs Section", "INL"]),
            O(DEA, ["U.S. Drug Enforcement Administration"]), O(LCPB, ["Lithuanian Criminal Police Bureau"])],
      countries=["KG", "US", "LT"], organizers=[MIAKG, INL_KG],
      notes="'From June 10 to 12', year from the dateline. City in a later sentence: the participants 'gathered at the Osh Regional Internal Affairs Directorate' (venue only, the organisers being named, as dev4 03#3). The INL Section of the U.S. Embassy is an organisation with country US (seeds 000#7). Instructors' bodies take part."),
    M(D2, "held a working meeting with a delegation of the Police Department", "meeting",
      "2019-06-11", inferred=True, city="Kara-Balta", country="KG",
      persons=[P("Bakyt T. Sadyrbekov", ["Police Colonel Bakyt T. Sadyrbekov"],
                 "Head of the Office for Combating Illicit Drug Trafficking of the Chui Regional Internal Affairs Directorate",
                 OCDT_CHUI, "Police Colonel"),
               P("Serik Amanovich Zhaksygulov", ["Police Colonel Zhaksygulov Serik Amanovich"], "head of the delegation",
                 PD_ZH, "Police Colonel")],
      orgs=[O(OCDT_CHUI, ["Office for Combating Illicit Drug Trafficking of the Chui Regional Internal Affairs Directorate"]),
            O(PD_ZH, ["Police Department of Zhambyl Region of the Republic of Kazakhstan"])],
      countries=["KG", "KZ"], organizers=[OCDT_CHUI],
      notes="'On June 11', year from the dateline. City in the next sentence ('in the town of Kara-Balta'). 'held a working meeting with' -> organiser (seeds 001#7). Surname-first with patronymic. The January-May statistics are not a meeting."),
    # ---------------------------------------------------------------- dev6_03 NIAC Uzbekistan 2021
    M(D3, "received a delegation of the Korea Customs Service (KCS)", "meeting",
      "2021-03-17", inferred=True, city="Tashkent", country="UZ",
      persons=[P(RASH, ["B.U. Rashidov"], "Director of the National Center", NIAC, "Colonel"),
               P("Yoon Tae-seok", ["Mr. YOON Tae-seok"], "Director General of the Investigation and Surveillance Bureau", KCS),
               P("Gwak Do-hyeon", ["Mr. Gwak Do-hyeon"],
                 "First Counsellor of the Embassy of the Republic of Korea in Uzbekistan", "KR")],
      orgs=[O(NIAC, ["National Center"]), O(KCS, ["Korea Customs Service", "KCS"])],
      countries=["UZ", "KR"], organizers=[NIAC],
      notes="Year from the stamp '18-03-2021'. City in the next sentence ('The talks in Tashkent'). The NIAC is named in full only in the page header and called 'the National Center'. Embassy counsellor = KR. Korean name surname first, surname in capitals."),
    M(D3, "the National Center together with the UNODC Regional Office for Central", "conference",
      "2021-03-10", "2021-03-11", fmt="hybrid", city="Tashkent", country="UZ",
      persons=[P(RASH, ["B.U. Rashidov"], "Director of the National Center", NIAC, "Colonel"),
               P("Lorena V. Castellanos", ["Ms. Lorena V. CASTELLANOS"], "UNODC Regional Representative for Central Asia", ROCA),
               P("Dilnoza Rustamovna Yusupova", ["Yusupova Dilnoza Rustamovna"], "Deputy Director of the National Center", NIAC)],
      orgs=[O(NIAC, ["National Center"]), O(ROCA, ["UNODC Regional Office for Central Asia"]),
            O(EMCDDA, ["European Monitoring Centre for Drugs and Drug Addiction", "EMCDDA"]),
            O(NFI, ["Netherlands Forensic Institute", "NFI"])],
      countries=["UZ", "KZ", "KG", "TJ", "TM", "NL"], organizers=[NIAC, ROCA], chairs=["Dilnoza Rustamovna Yusupova"],
      notes="'On March 10-11, 2021'. Hybrid: held at a press club in Tashkent, EMCDDA and NFI online. Moderator of a session = chair. Presenting drug control agencies are unnamed: countries only. The 2 March national report is not a meeting."),
    M(D3, "paid a working visit to Dushanbe", "visit",
      "2021-02-22", "2021-02-24", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(NAZA, ["Sh.T. Nazarov"], "First Deputy Director", NIAC),
               P("Jamshed K. Sattorzoda", ["Major General Jamshed K. Sattorzoda"], "First Deputy Director of the Agency", DCA, "Major General")],
      orgs=[O(NIAC, ["National Center"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"])],
      countries=["UZ", "TJ"],
      notes="'From 22 to 24 February', year from the stamp '24-02-2021'. 'The Tajik side' = TJ. No host stated. The next meeting 'in the second half of 2021' has no month: not annotated."),
    M(D3, "the delegation also met with the Acting Head of the OSCE Programme", "meeting",
      "2021-02-23", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Gregor Hallstein", ["Mr. Gregor HALLSTEIN"], "Acting Head of the OSCE Programme Office in Dushanbe", OSCE_DU)],
      orgs=[O(NIAC, []), O(OSCE_DU, ["OSCE Programme Office in Dushanbe"])],
      countries=["UZ"],
      notes="A separate dated gathering during the visit. The NIAC delegation is referred back to ('the delegation', empty mentions); its head is not named in this sentence, so not listed (dev2). City from the visit. No host stated."),
    # ---------------------------------------------------------------- dev6_04 OSCE Programme Office in Dushanbe 2018
    M(D4, "The course, which took place from 24 to 28 September 2018", "training",
      "2018-09-24", "2018-09-28", city="Dushanbe", country="TJ",
      persons=[P(SOLH, ["Ambassador Ingvar J. SOLHEIM", "Ambassador Solheim"],
                 "Head of the OSCE Programme Office in Dushanbe", OSCE_DU),
               P("Saidali R. Kholmatzoda", ["Major General of Militia Saidali R. Kholmatzoda", "The Deputy Minister"],
                 "Deputy Minister of Internal Affairs of Tajikistan", MIATJ, "Major General of Militia"),
               P("Álvaro Méndez Soria", ["Lieutenant Colonel Álvaro Méndez Soria"], None, GC, "Lieutenant Colonel")],
      orgs=[O(OSCE_DU, ["OSCE Programme Office in Dushanbe"]),
            O(MIATJ, ["Ministry of Internal Affairs of Tajikistan", "Ministry of Internal Affairs", "the Ministry"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan"]),
            O(CUS_TJ, ["Customs Service under the Government of the Republic of Tajikistan"]),
            O(CNPA, ["Counter Narcotics Police of Afghanistan"]), O(GC, ["Spanish Guardia Civil"])],
      countries=["TJ", "AF", "ES"], organizers=[OSCE_DU, MIATJ],
      notes="Dateline 'DUSHANBE, 28 September 2018' is the closing day; the range is in the next sentence. 'in co-operation with' -> co-organiser. The MIA Academy is the venue only (organisers named). Trainers' body -> ES. Funders (US, JP) and the press contact are not participants."),
    M(D4, "a meeting of border liaison officers of Tajikistan and Afghanistan", "meeting",
      "2018-09-12", "2018-09-13", inferred=True, city="Khorog", country="TJ",
      orgs=[O(BT_TJ, ["Border Troops of the State Committee for National Security of Tajikistan"]),
            O(ABP, ["Afghan Border Police"])],
      countries=["TJ", "AF"],
      notes="'Earlier this month, on 12 and 13 September', year from the dateline. The Office only 'supported' it: not listed, no organiser (dev4 06#1)."),
    M(D4, "A follow-up course for trainers of the Academy will be held", "training",
      "2018-11", city="Kulob", country="TJ", status="planned",
      orgs=[O(OSCE_DU, ["the Office"]), O(ACAD_TJ, ["the Academy"])],
      countries=["TJ"], organizers=[OSCE_DU],
      notes="Planned, month only. The Academy's trainers are the trainees, so the Academy takes part (borderline)."),
    # ---------------------------------------------------------------- dev6_05 TASS 2020
    M(D5, "at a meeting held on Wednesday via videoconference", "council_session",
      "2020-10-14", inferred=True, fmt="online",
      persons=[P(ZHUR, ["Police Lieutenant General Anatoly Zhuravin", "Zhuravin"],
                 "Head of the Russian Interior Ministry's Main Directorate for Drug Control", GUNK, "Police Lieutenant General")],
      orgs=[O(CHCA, ["Council of Heads of Competent Authorities on Countering Illicit Drug Trafficking of the CIS Member States", "The council"]),
            O(GUNK, ["Russian Interior Ministry's Main Directorate for Drug Control", "GUNK"]),
            O(CIS_EC, ["CIS Executive Committee"]), O(ATC_CIS, ["Anti-Terrorism Center of the CIS"])],
      countries=["RU", "AM", "BY", "KZ", "KG", "TJ", "UZ"], chairs=[ZHUR],
      notes="'on Wednesday' under the dateline 'MOSCOW, October 14. /TASS/.' (a Wednesday; year from the stamp '14 OCT 2020'). The meeting is told again ('said at the meeting', 'The council approved'): one line. The Russian Interior Ministry's press service is the source; RU takes part through the chair's directorate. Afghanistan only discussed; the operation is not a meeting. No organiser stated."),
    M(D5, "agreed to hold its next meeting in Minsk in May 2021", "council_session",
      "2021-05", city="Minsk", country="BY", status="planned",
      orgs=[O(CHCA, ["The council"])],
      notes="Planned, month only. No participants named beyond the council."),
    M(D5, "Zhuravin held talks via video link with the Head of the Department", "videoconference",
      "2020-10-13", inferred=True, fmt="online",
      persons=[P(ZHUR, ["Zhuravin"], "Head of the Russian Interior Ministry's Main Directorate for Drug Control", GUNK, "Police Lieutenant General"),
               P("Farrukh T. Islomov", ["Colonel Farrukh T. Islomov"],
                 "Head of the Department for Combating Drug Trafficking of the Uzbek Interior Ministry", DCDT_UZ, "Colonel")],
      orgs=[O(GUNK, []), O(DCDT_UZ, ["Department for Combating Drug Trafficking of the Uzbek Interior Ministry"])],
      countries=["RU", "UZ"], organizers=[GUNK],
      notes="'On Tuesday' = the day before the Wednesday council (13 October 2020). 'held talks' -> organiser (seeds 001#7). GUNK only through Zhuravin's title (empty mentions). The laboratory figures are not a meeting."),
    # ---------------------------------------------------------------- dev6_06 Xinhua 2019
    M(D6, "The two-day seminar on countering the smuggling of synthetic drugs", "seminar",
      "2019-07-08", "2019-07-09", inferred=True, city="Almaty", country="KZ",
      persons=[P(CHEN, ["Chen Guoliang", "Chen"], "deputy director general of the Narcotics Control Bureau of the MPS", NCB),
               P(KUSH, ["Yerbolat Kushkenov"], "Deputy Interior Minister", MIAKZ)],
      orgs=[O(MPS, ["China's Ministry of Public Security", "MPS"]), O(NCB, ["Narcotics Control Bureau of the MPS"]),
            O(MIAKZ, ["Ministry of Internal Affairs of Kazakhstan"])],
      countries=["CN", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[MPS, MIAKZ],
      notes="Dateline 'ALMATY, July 8 (Xinhua)', 'opened here' on Monday (8 July), 'two-day' -> 8-9 July; year from the stamp 2019-07-08. 'co-organized by' both ministries. The MPS figures are not a meeting."),
    M(D6, "On the sidelines of the seminar, Chen and Kushkenov held bilateral", "meeting",
      "2019-07-08", "2019-07-09", inferred=True, city="Almaty", country="KZ",
      persons=[P(CHEN, ["Chen"], "deputy director general of the Narcotics Control Bureau of the MPS", NCB),
               P(KUSH, ["Kushkenov"], "Deputy Interior Minister", MIAKZ)],
      orgs=[O(MPS, []), O(MIAKZ, [])],
      countries=["CN", "KZ"],
      notes="Side talks with no date of their own take the seminar's range and venue (dev3 01#4, 07#2). 'the two ministries' -> MPS and MIA KZ with empty mentions. A memorandum was signed (same line)."),
    M(D6, "the first trilateral meeting of counter-narcotics officials of China", "meeting",
      "2018-12", city="Kabul", country="AF",
      countries=["CN", "AF", "PK"],
      notes="Background gathering with its own month and venue: its own line (seeds 002#8). No bodies or persons named."),
    # ---------------------------------------------------------------- dev6_07 TADOC 2018
    M(D7, "training program for 16 officers of the Ministry of Internal Affairs", "training",
      "2018-04-16", "2018-04-20", city="Ankara", country="TR",
      persons=[P(ERDO, ["First Class Chief of Police Hakan ERDOĞDU"], "Head of TADOC", TADOC, "First Class Chief of Police"),
               P("Merdan Annaberdiyev", ["Mr. Merdan Annaberdiyev"], "Counsellor of the Embassy of Turkmenistan in Ankara", "TM"),
               P("Serkan Aydınlı", ["Chief Superintendent Serkan Aydınlı"], None, TADOC, "Chief Superintendent")],
      orgs=[O(TADOC, ["TADOC"]), O(MIATM, ["Ministry of Internal Affairs of Turkmenistan"])],
      countries=["TR", "TM"], organizers=[TADOC],
      notes="'between 16-20 April 2018'. TADOC 'hosted'. Embassy counsellor = TM. The Turkish National Police and KOM appear as TADOC's parent and as a party to the protocol framework: not listed."),
    M(D7, "visited TADOC on 12 April 2018", "visit",
      "2018-04-12", city="Ankara", country="TR",
      persons=[P(RASHI, ["Mr. Mohammad Haroon RASHIDI"], "Deputy Minister for Policy and Coordination", MCN),
               P(ERDO, ["the Head of the Academy"], "Head of the Academy", TADOC, "First Class Chief of Police")],
      orgs=[O(MCN, ["Ministry of Counter Narcotics of the Islamic Republic of Afghanistan"]), O(TADOC, ["TADOC", "the Academy"])],
      countries=["AF", "TR"], organizers=[TADOC],
      notes="Venue from TADOC's seat, stated as Ankara in the item of 23 April (borderline). 'the Head of the Academy' = the head named in the other item. The course 'in the second half of 2018' has no month: not annotated."),
    M(D7, "TADOC experts conducted a regional workshop", "workshop",
      "2018-04-03", "2018-04-04", city="Astana", country="KZ",
      orgs=[O(TADOC, ["TADOC"]), O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"])],
      countries=["TR", "KZ", "KG", "UZ"], organizers=[TADOC, MIAKZ],
      notes="'on 3rd and 4th April 2018'. 'conducted' -> organiser; 'at the invitation of' -> host. The OSCE office only 'supported': not listed. Investigators' countries take part."),
    M(D7, "TADOC will host the Regional Meeting of Heads of Anti-Drug Training", "meeting",
      "2018-05-14", "2018-05-16", city="Antalya", country="TR", status="planned",
      orgs=[O(TADOC, ["TADOC"])], countries=["TR"], organizers=[TADOC],
      notes="Planned with a date. Invited academies of ECO and CIS states are not listed. The 2017 activity report is not a meeting."),
    # ---------------------------------------------------------------- dev6_08 MCN Afghanistan 2018
    M(D8, "received H.E. Mr. Serik Zh. BAIMAGANBETOV", "meeting",
      "2018-01-02", city="Kabul", country="AF",
      persons=[P(HAMI, ["H.E. Dr. Abdul Basir Hamidi", "Minister Hamidi", "The Minister"],
                 "Minister of Counter Narcotics", MCN, "H.E."),
               P("Serik Zh. Baimaganbetov", ["H.E. Mr. Serik Zh. BAIMAGANBETOV", "the Ambassador", "The Ambassador"],
                 "Ambassador of the Republic of Kazakhstan to Afghanistan", "KZ", "H.E.")],
      orgs=[O(MCN, ["Ministry of Counter Narcotics", "MCN"])],
      countries=["AF", "KZ"], organizers=[MCN],
      notes="'on Tuesday, 02 January 2018' (the release is dated the next day, also with a Solar Hijri date). 'received ... in his office' -> MCN host, Kabul from the dateline. Ambassador = KZ."),
    M(D8, "the first meeting of the Afghanistan-Kazakhstan joint working group", "working_group",
      "2018-02-15", city="Astana", country="KZ", status="planned",
      orgs=[O(MCN, [])], countries=["AF", "KZ"],
      notes="Planned with a date. The joint working group is unnamed; the MCN represents the Afghan side (empty mentions), the Kazakh body is not named."),
    M(D8, "Minister Hamidi chaired a coordination meeting at the Ministry", "meeting",
      "2018-01-02", inferred=True, city="Kabul", country="AF",
      persons=[P(HAMI, ["Minister Hamidi"], "Minister of Counter Narcotics", MCN, "H.E."),
               P("S.A. Nazari", ["Brig. Gen. S. A. Nazari"], "Deputy Chief of the Counter Narcotics Police of Afghanistan", CNPA, "Brig. Gen.")],
      orgs=[O(MCN, ["the Ministry"]), O(CNPA, ["Counter Narcotics Police of Afghanistan", "CNPA"]),
            O(MOPH, ["Ministry of Public Health"])],
      countries=["AF"], organizers=[MCN], chairs=[HAMI],
      notes="'In the afternoon' of the day of the reception (2 January 2018). A national coordination meeting, kept as a dated gathering. Spaced initials."),
    M(D8, "took part in the senior officials meeting of the Triangular Initiative", "meeting",
      "2017-12-18", "2017-12-20", city="Islamabad", country="PK",
      persons=[P(RASHI, ["Mohammad Haroon Rashidi"], "Deputy Minister for Policy and Coordination", MCN)],
      orgs=[O(MCN, ["MCN"]), O(TI, ["Triangular Initiative"]),
            O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"])],
      countries=["AF", "IR", "PK"], organizers=[UNODC],
      notes="'Earlier, from 18 to 20 December 2017'. The Initiative's three states take part. 'organized by' UNODC. The Opium Survey is not a meeting."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The Director", "The Ambassador", "the Ambassador", "The Minister", "The Deputy Minister",
                     "the Head of the Academy"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
