"""Write gold.jsonl and entities.json of the eighth development set (dev8) from the tables below.

Run from anywhere: ``python tests/eval/dev8/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, ROCA, CNC, DEA  # noqa: E402

TNTD = "Transnational Threats Department of the OSCE"
MAOC = "Maritime Analysis and Operations Centre - Narcotics"
GPO_KZ = "Prosecutor General's Office of the Republic of Kazakhstan"
GPO_UZ = "General Prosecutor's Office of the Republic of Uzbekistan"
GPO_KG = "Prosecutor General's Office of the Kyrgyz Republic"
LEA_KZ = "Law Enforcement Academy under the Prosecutor General's Office of the Republic of Kazakhstan"
OSCE_AST = "OSCE Programme Office in Astana"
CIS = "Commonwealth of Independent States"
CCPG = "Coordination Council of Prosecutors General of the CIS member states"
MIA_UZ = "Ministry of Internal Affairs of the Republic of Uzbekistan"
ACAD_UZ = "Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"
INL_UZ = "INL Office of the U.S. Embassy in Tashkent"
MIA_BY = "Ministry of Internal Affairs of the Republic of Belarus"
ACAD_BY = "Academy of the Ministry of Internal Affairs of the Republic of Belarus"
MIA_KZ = "Ministry of Internal Affairs of the Republic of Kazakhstan"
KARAG = "Karaganda Academy of the Ministry of Internal Affairs of the Republic of Kazakhstan named after B. Beisenov"
CSTO = "Collective Security Treaty Organization"
CSTO_SEC = "CSTO Secretariat"
CCHCA = ("Coordination Council of heads of competent authorities on countering illicit drug "
         "trafficking of the CSTO member states")
CCHCA_WG = "Working group of experts of the CSTO Coordination Council on countering illicit drug trafficking"
GUNK_BY = ("Main Directorate for Drug Control and Combating Trafficking in Human Beings of the Ministry "
           "of Internal Affairs of the Republic of Belarus")
MIA_RU = "Ministry of Internal Affairs of the Russian Federation"
GUNK_RU = "Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation"
CCBT = "Council of Commanders of Border Troops of the Commonwealth of Independent States"
CS_CCBT = "Coordination Service of the Council of Commanders of Border Troops of the CIS"
NSC_KZ = "National Security Committee of the Republic of Kazakhstan"
BS_KZ = "Border Service of the National Security Committee of the Republic of Kazakhstan"
INTERPOL = "International Criminal Police Organization"
USNCB = "INTERPOL Washington"
NCB_KZ = "INTERPOL National Central Bureau in Astana"
IGS = "INTERPOL General Secretariat"
DEA_OIO = "Office of International Operations of the Drug Enforcement Administration"
PPI = "Paris Pact Initiative"
PCG = "Policy Consultative Group of the Paris Pact Initiative"
EWG = "Paris Pact Expert Working Group on cross-border cooperation along the northern route"
MFA_SE = "Ministry for Foreign Affairs of Sweden"
CAP_KZ = "Committee of Administrative Police of the Ministry of Internal Affairs of the Republic of Kazakhstan"
KAZNU = "Al-Farabi Kazakh National University"
FAC_LAW = "Faculty of Law of Al-Farabi Kazakh National University"
DEPT_CL = "Department of Criminal Law and Criminology of the Faculty of Law of Al-Farabi Kazakh National University"
UNODC_KZ = "UNODC Programme Office in Kazakhstan"
PD_ALA = "Police Department of Almaty"
GLASGOW = "University of Glasgow"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators"]),
    TNTD: ("TNTD", OSCE, None, ["Transnational Threats Department of the Organization for Security and Co-operation in Europe",
                                "OSCE TNTD"]),
    MAOC: ("MAOC-N", None, None, ["Maritime Analysis and Operations Centre - Narcotics", "MAOC-N"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    ROCA: (None, UNODC, None, ["UNODC Regional Office for Central Asia"]),
    GPO_KZ: (None, None, "KZ", ["Prosecutor General's Office of the Republic of Kazakhstan", "Prosecutor General's Office"]),
    GPO_UZ: (None, None, "UZ", ["General Prosecutor's Office of the Republic of Uzbekistan"]),
    GPO_KG: (None, None, "KG", []),
    LEA_KZ: (None, GPO_KZ, "KZ", ["Law Enforcement Academy under the Prosecutor General's Office"]),
    OSCE_AST: (None, OSCE, None, ["OSCE Programme Office in Astana"]),
    CCPG: (None, CIS, None, ["Coordination Council of Prosecutors General of the CIS member states"]),
    ACAD_UZ: (None, MIA_UZ, "UZ", ["Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan",
                                   "the Academy", "Academy of the MIA"]),
    INL_UZ: ("INL", None, "US", ["INL Office of the U.S. Embassy in Tashkent",
                                 "Bureau of International Narcotics and Law Enforcement Affairs (INL) of the U.S. Embassy in Tashkent"]),
    DEA: ("DEA", None, "US", ["Drug Enforcement Administration", "U.S. Drug Enforcement Administration", "DEA"]),
    ACAD_BY: (None, MIA_BY, "BY", ["Academy of the Ministry of Internal Affairs of the Republic of Belarus"]),
    KARAG: (None, MIA_KZ, "KZ", ["Karaganda Academy of the MIA of the Republic of Kazakhstan named after B. Beisenov"]),
    CSTO_SEC: (None, CSTO, None, ["CSTO Secretariat"]),
    CCHCA: ("CCHCA", CSTO, None, [CCHCA, "CCHCA"]),
    CCHCA_WG: (None, CCHCA, None, ["working group of experts of the Council"]),
    GUNK_BY: (None, MIA_BY, "BY", [GUNK_BY]),
    MIA_KZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
    GUNK_RU: (None, MIA_RU, "RU", [GUNK_RU]),
    CCBT: (None, CIS, None, ["Council of Commanders of Border Troops of the member states of the Commonwealth of Independent States",
                             "Council of Commanders of Border Troops"]),
    CS_CCBT: (None, CCBT, None, ["Coordination Service of the Council of Commanders of Border Troops of the CIS",
                                 "Coordination Service of the Council", "Coordination Service"]),
    BS_KZ: (None, NSC_KZ, "KZ", ["Border Service of the National Security Committee of the Republic of Kazakhstan"]),
    USNCB: ("USNCB", INTERPOL, "US", ["INTERPOL Washington", "United States National Central Bureau", "USNCB",
                                      "U.S. National Central Bureau"]),
    NCB_KZ: (None, INTERPOL, "KZ", ["INTERPOL National Central Bureau in Astana"]),
    IGS: (None, INTERPOL, None, ["INTERPOL General Secretariat"]),
    DEA_OIO: (None, DEA, "US", ["Drug Enforcement Administration (DEA) Office of International Operations"]),
    PPI: (None, UNODC, None, ["Paris Pact Initiative"]),
    PCG: ("PCG", PPI, None, ["Policy Consultative Group (PCG) of the Paris Pact Initiative", "Policy Consultative Group", "PCG"]),
    EWG: ("EWG", PPI, None, ["Expert Working Group on cross-border cooperation along the northern route", "EWG"]),
    MFA_SE: (None, None, "SE", ["Ministry for Foreign Affairs of Sweden"]),
    CAP_KZ: (None, MIA_KZ, "KZ", ["Committee of Administrative Police of the Ministry of Internal Affairs of Kazakhstan"]),
    FAC_LAW: (None, KAZNU, "KZ", ["Faculty of Law of Al-Farabi Kazakh National University", "Faculty of Law", "the Faculty"]),
    DEPT_CL: (None, FAC_LAW, "KZ", ["Department of Criminal Law and Criminology"]),
    UNODC_KZ: (None, UNODC, None, ["UNODC Programme Office in Kazakhstan"]),
    PD_ALA: (None, MIA_KZ, "KZ", ["Police Department of Almaty"]),
    GLASGOW: (None, None, "GB", ["University of Glasgow"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    OSCE: ("OSCE", None, None, ["OSCE"]),
    CIS: ("CIS", None, None, ["Commonwealth of Independent States", "CIS"]),
    MIA_UZ: ("MIA", None, "UZ", []),
    MIA_BY: (None, None, "BY", []),
    CSTO: ("CSTO", None, None, ["Collective Security Treaty Organization", "CSTO"]),
    MIA_RU: (None, None, "RU", []),
    NSC_KZ: (None, None, "KZ", []),
    INTERPOL: ("INTERPOL", None, None, ["INTERPOL"]),
    KAZNU: ("KazNU", None, "KZ", ["Al-Farabi Kazakh National University", "KazNU"]),
}

COUNTRY_NAMES = {
    "AM": ["Armenia"], "AZ": ["Azerbaijan", "Republic of Azerbaijan"], "BY": ["Belarus", "Republic of Belarus"],
    "GB": ["United Kingdom"], "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"], "RU": ["Russia", "Russian Federation", "the Russian Federation", "Russian"],
    "SE": ["Sweden"], "TJ": ["Tajikistan", "Tajik"], "TM": ["Turkmenistan"],
    "US": ["United States", "U.S.", "American"], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev8_01_caricc_2023.txt", "dev8_02_gp_kz.txt", "dev8_03_academy_uz.txt", "dev8_04_csto.txt")
D5, D6, D7, D8 = ("dev8_05_cis_border.txt", "dev8_06_interpol_dc.txt", "dev8_07_paris_pact.txt", "dev8_08_kaznu.txt")

ABDR = "K.Sh. Abdrakhmanov"
ISKA = "Zhandos A. Iskakov"
TOLE = "Murat K. Tolegenov"
NAZA = "Ilhom R. Nazarov"
ZAYT = "Viktor P. Zaytsev"
HOLM = "Ingrid Holmberg"
LEFE = "Gregory Lefevre"
NURP = "Sh.M. Nurpeisova"

MEETINGS = [
    # ---------------------------------------------------------------- dev8_01 CARICC 2023
    M(D1, "a regional training course on the investigation of drug crimes", "training",
      "2023-04-24", "2023-04-25", inferred=True, city="Almaty", country="KZ",
      persons=[P(ABDR, ["Colonel K.Sh.Abdrakhmanov"], "CARICC Deputy Director", CARICC, "Colonel"),
               P("Henrik Solberg", ["Mr. Henrik SOLBERG"], "OSCE TNTD expert", TNTD)],
      orgs=[O(CARICC, ["CARICC"]),
            O(TNTD, ["Transnational Threats Department of the Organization for Security and Co-operation in Europe", "OSCE TNTD"])],
      countries=["KZ", "KG", "TJ", "UZ"], organizers=[CARICC, TNTD],
      notes="'On 24-25 April', year from 'Published: 26 April 2023'. 'at the premises of CARICC' -> Almaty, CARICC host; 'conducted by instructors of' -> TNTD organiser (dev6/dev7). The statistics item is not a meeting."),
    M(D1, "a videoconference was held between CARICC and the Maritime", "videoconference",
      "2023-04-04", inferred=True, fmt="online",
      persons=[P("Ricardo Almeida Santos", ["Mr. Ricardo Almeida Santos"], "Head of Operations", MAOC)],
      orgs=[O(CARICC, ["CARICC"]), O(MAOC, ["Maritime Analysis and Operations Centre - Narcotics", "MAOC-N"])],
      notes="Online; no organiser stated. MAOC-N is international: no country. Black Sea ports only discussed."),
    M(D1, "agreed to hold an in-person meeting in Lisbon in September 2023", "meeting",
      "2023-09", city="Lisbon", country="PT", status="planned",
      orgs=[O(CARICC, []), O(MAOC, [])],
      notes="Planned, month only. The parties referred back (empty mentions)."),
    M(D1, "CARICC and the UNODC Regional Office for Central Asia co-organized", "side_event",
      "2023-03-15", inferred=True, city="Vienna", country="AT",
      persons=[P("Dilnoza Rakhimova", ["Ms. Dilnoza Rakhimova"], "UNODC Programme Officer", UNODC),
               P(ABDR, ["Abdrakhmanov"], "CARICC Deputy Director", CARICC, "Colonel")],
      orgs=[O(CARICC, ["CARICC"]), O(ROCA, ["UNODC Regional Office for Central Asia"])],
      countries=["KG", "TJ"], organizers=[CARICC, ROCA], chairs=["Dilnoza Rakhimova"],
      notes="Year from 'Published: 20 March 2023'. The CND is context. Permanent missions = their countries (dev7). Moderator = chair."),
    M(D1, "the Deputy Director received in Almaty the Ambassador", "meeting",
      "2023-03-01", inferred=True, city="Almaty", country="KZ",
      persons=[P(ABDR, ["the Deputy Director"], "CARICC Deputy Director", CARICC, "Colonel"),
               P("Elchin Mammadli", ["H.E. Mr. Elchin Mammadli", "The Ambassador"],
                 "Ambassador of the Republic of Azerbaijan", "AZ", "H.E.")],
      orgs=[O(CARICC, [])],
      countries=["AZ"], organizers=[CARICC],
      notes="'Two weeks earlier, on 1 March'. 'the Deputy Director' = Abdrakhmanov (title alone). 'received' -> CARICC host; Embassy = country."),
    M(D1, "scheduled for June 2023 in Tashkent", "council_session",
      "2023-06", city="Tashkent", country="UZ", status="planned",
      orgs=[O(CNC, ["CARICC Council of National Coordinators"])],
      notes="Planned, month only."),
    # ---------------------------------------------------------------- dev8_02 Prosecutor General's Office KZ 2022
    M(D2, "received a delegation of the General Prosecutor's Office", "meeting",
      "2022-09-13", inferred=True, city="Astana", country="KZ",
      persons=[P(ISKA, ["Zhandos A. ISKAKOV", "Mr. Iskakov", "The Deputy Prosecutor General"],
                 "Deputy Prosecutor General of the Republic of Kazakhstan", GPO_KZ),
               P("Sardor B. Mirkamolov", ["Sardor B. Mirkamolov"], "First Deputy Prosecutor General", GPO_UZ)],
      orgs=[O(GPO_KZ, ["Prosecutor General's Office"]),
            O(GPO_UZ, ["General Prosecutor's Office of the Republic of Uzbekistan"])],
      countries=["KZ", "UZ"], organizers=[GPO_KZ],
      notes="Dateline 'Astana, 14 September 2022', 'Yesterday' -> 13 September. 'in the administrative building of the Prosecutor General's Office' -> host, Astana. Afghanistan only discussed; the CLSSA statistics are not a meeting and the CLSSA is only mentioned."),
    M(D2, "will host an international seminar on financial investigations", "seminar",
      "2022-09-20", "2022-09-21", inferred=True, city="Kosshy", country="KZ", status="planned",
      orgs=[O(LEA_KZ, ["Law Enforcement Academy under the Prosecutor General's Office"]),
            O(OSCE_AST, ["OSCE Programme Office in Astana"])],
      countries=["KZ", "KG", "TJ"], organizers=[LEA_KZ],
      notes="Planned with a date; city in a later sentence ('campus in Kosshy'). Prosecutors of KG and TJ -> countries."),
    M(D2, "took part in the meeting of the Coordination Council of Prosecutors", "council_session",
      "2022-08", inferred=True, city="Cholpon-Ata", country="KG",
      persons=[P(TOLE, ["Murat K. Tolegenov"], "Prosecutor General of Kazakhstan", GPO_KZ)],
      orgs=[O(CCPG, ["Coordination Council of Prosecutors General of the CIS member states"]), O(GPO_KZ, [])],
      countries=["KZ"],
      notes="Month only, year from the dateline. 'CIS member states' is a generic group: only KZ."),
    M(D2, "The Prosecutor General also met there with the Prosecutor General", "meeting",
      "2022-08", inferred=True, city="Cholpon-Ata", country="KG",
      persons=[P(TOLE, ["The Prosecutor General"], "Prosecutor General of Kazakhstan", GPO_KZ),
               P("Nurbolot T. Sydykbekov", ["Mr. Nurbolot T. Sydykbekov"], "Prosecutor General of the Kyrgyz Republic", GPO_KG)],
      orgs=[O(GPO_KZ, []), O(GPO_KG, [])],
      countries=["KZ", "KG"],
      notes="A bilateral meeting on the margins, its own line (month only). Both offices only through the titles (empty mentions)."),
    # ---------------------------------------------------------------- dev8_03 MIA Academy Uzbekistan 2021
    M(D3, "hosted an international training course \"Modern methods", "training",
      "2021-11-15", "2021-11-19", inferred=True, city="Tashkent", country="UZ",
      persons=[P(NAZA, ["Major General Ilhom R. NAZAROV"], "Head of the Academy", ACAD_UZ, "Major General"),
               P("Kevin D. Marsh", ["Special Agent Kevin D. Marsh"], "Special Agent", DEA)],
      orgs=[O(ACAD_UZ, ["Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"]),
            O(INL_UZ, ["Bureau of International Narcotics and Law Enforcement Affairs (INL) of the U.S. Embassy in Tashkent"]),
            O(DEA, ["U.S. Drug Enforcement Administration", "DEA"])],
      countries=["UZ", "KG", "TJ", "US"], organizers=[ACAD_UZ, INL_UZ, DEA],
      notes="'From November 15 through 19', year from the stamp '2021-11-19'. The Academy (Tashkent) hosts: venue implied by the host's seat. 'organized jointly with' INL, 'taught by instructors of' DEA -> organisers."),
    M(D3, "the Head of the Academy met with Mr. Jonathan T. Whitfield", "meeting",
      "2021-11-17", inferred=True, city="Tashkent", country="UZ",
      persons=[P(NAZA, ["the Head of the Academy", "The Major General"], "Head of the Academy", ACAD_UZ, "Major General"),
               P("Jonathan T. Whitfield", ["Mr. Jonathan T. Whitfield"],
                 "Director of the INL Office of the U.S. Embassy in Tashkent", INL_UZ)],
      orgs=[O(ACAD_UZ, []), O(INL_UZ, ["INL Office of the U.S. Embassy in Tashkent"])],
      countries=["UZ", "US"],
      notes="A separate dated meeting during the course; venue the Academy (Tashkent, borderline). No host stated. A course planned 'next year' has no date."),
    M(D3, "the Academy held an online international scientific and practical", "conference",
      "2021-11-10", "2021-11-11", inferred=True, fmt="online",
      persons=[P("Bakhtiyor Alimovich Yusupov", ["Colonel Yusupov Bakhtiyor Alimovich"],
                 "Deputy Head of the Academy for Research", ACAD_UZ, "Colonel")],
      orgs=[O(ACAD_UZ, ["the Academy"]),
            O(ACAD_BY, ["Academy of the Ministry of Internal Affairs of the Republic of Belarus"]),
            O(KARAG, ["Karaganda Academy of the MIA of the Republic of Kazakhstan named after B. Beisenov"])],
      countries=["UZ", "BY", "KZ"], organizers=[ACAD_UZ, ACAD_BY], chairs=["Bakhtiyor Alimovich Yusupov"],
      notes="'Earlier, on November 10 and 11'. Online. Surname-first name with patronymic; moderator = chair. The manual and training figures are not meetings."),
    # ---------------------------------------------------------------- dev8_04 CSTO Secretariat 2019
    M(D4, "the regular meeting of the Coordination Council of heads of competent", "council_session",
      "2019-10-16", inferred=True, city="Minsk", country="BY",
      persons=[P("Andrei V. Kovalchuk", ["Police Major General Andrei V. Kovalchuk"], "Chairman of the Council", GUNK_BY,
                 "Police Major General"),
               P(ZAYT, ["Viktor P. ZAYTSEV"], "Deputy Secretary General", CSTO_SEC)],
      orgs=[O(CCHCA, [CCHCA, "CCHCA"]), O(CSTO_SEC, ["CSTO Secretariat"]), O(GUNK_BY, [GUNK_BY])],
      countries=["AM", "BY", "KZ", "KG", "RU", "TJ"], chairs=["Andrei V. Kovalchuk"],
      notes="Year from the stamp '17.10.2019'. The operation results inside the item are not a meeting. The Russian delegation's head is named only in the margins paragraph, so listed there. Uzbekistan only informed."),
    M(D4, "the working group of experts of the Council held its meeting", "working_group",
      "2019-10-15", inferred=True, city="Minsk", country="BY",
      persons=[P("Askar B. Zhunusov", ["Colonel of Police Askar B. Zhunusov"], None, MIA_KZ, "Colonel of Police")],
      orgs=[O(CCHCA_WG, ["working group of experts of the Council"]),
            O(MIA_KZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"])],
      countries=["KZ"], chairs=["Askar B. Zhunusov"],
      notes="'The day before, on October 15', 'at the same venue' -> Minsk."),
    M(D4, "the Deputy Secretary General held a bilateral meeting", "meeting",
      "2019-10-16", inferred=True, city="Minsk", country="BY",
      persons=[P(ZAYT, ["the Deputy Secretary General"], "Deputy Secretary General", CSTO_SEC),
               P("Sergei N. Bogomolov", ["Police Major General Sergei N. Bogomolov"],
                 "Deputy Head of the Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation",
                 GUNK_RU, "Police Major General")],
      orgs=[O(CSTO_SEC, []), O(GUNK_RU, [GUNK_RU])],
      countries=["RU"],
      notes="On the margins of the Council: same day and venue, its own line (a distinct gathering)."),
    M(D4, "The next meeting of the Council will be held in May 2020 in Bishkek", "council_session",
      "2020-05", city="Bishkek", country="KG", status="planned",
      orgs=[O(CCHCA, [])],
      notes="Planned, month only."),
    # ---------------------------------------------------------------- dev8_05 CIS border troops council 2021
    M(D5, "the 79th meeting of the Council of Commanders of Border Troops of the member", "council_session",
      "2021-06-01", "2021-06-02", fmt="online",
      persons=[P("Oleg Vladimirovich Maksimov", ["Colonel General MAKSIMOV Oleg Vladimirovich"], "Chairman of the Council",
                 CCBT, "Colonel General"),
               P("Dmitry S. Ryabov", ["Lieutenant General Dmitry S. Ryabov"],
                 "Chairman of the Coordination Service of the Council", CS_CCBT, "Lieutenant General")],
      orgs=[O(CCBT, ["Council of Commanders of Border Troops of the member states of the Commonwealth of Independent States"]),
            O(CS_CCBT, ["Coordination Service of the Council"])],
      countries=["AM", "BY", "KZ", "KG", "RU", "TJ"], chairs=["Oleg Vladimirovich Maksimov"],
      notes="'via videoconference' -> online. Surname-first all-caps name with patronymic. Afghanistan only discussed. The Frontier-2020 results are an operation."),
    M(D5, "officers of the Coordination Service held a working meeting", "meeting",
      "2021-05-27", inferred=True, city="Almaty", country="KZ",
      persons=[P("Yerlan M. Dauletov", ["Major General Yerlan M. Dauletov"], "Deputy Director of the Border Service", BS_KZ,
                 "Major General")],
      orgs=[O(CS_CCBT, ["Coordination Service"]),
            O(BS_KZ, ["Border Service of the National Security Committee of the Republic of Kazakhstan"])],
      countries=["KZ"], organizers=[CS_CCBT],
      notes="'On May 27', year from 'Posted 03.06.2021'. 'held a working meeting' -> the Service organises (borderline)."),
    M(D5, "The 80th meeting of the Council of Commanders of Border Troops is planned", "council_session",
      "2021-11", city="Cholpon-Ata", country="KG", status="planned",
      orgs=[O(CCBT, ["Council of Commanders of Border Troops"])],
      notes="Planned, month only. The heads of operational departments 'in the autumn' have no month: not annotated."),
    # ---------------------------------------------------------------- dev8_06 INTERPOL Washington 2022
    M(D6, "hosted a delegation of law enforcement officials from Kazakhstan", "visit",
      "2022-08-03", "2022-08-05", inferred=True, city="Washington", country="US",
      persons=[P("Nurlan S. Abenov", ["Col. Nurlan S. Abenov"], "head of the INTERPOL National Central Bureau in Astana",
                 NCB_KZ, "Col."),
               P("Michael A. Reyes", ["Michael A. Reyes"], "USNCB Director", USNCB)],
      orgs=[O(USNCB, ["INTERPOL Washington", "United States National Central Bureau", "USNCB"]),
            O(NCB_KZ, ["INTERPOL National Central Bureau in Astana"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "US"], organizers=[USNCB],
      notes="Dateline 'WASHINGTON, Aug. 9, 2022', 'on Aug. 3-5 at its headquarters' -> Washington. INL only sponsored. Quoted director taken as participant."),
    M(D6, "The delegation also met on Aug. 4 with officials", "meeting",
      "2022-08-04", inferred=True, city="Arlington", country="US",
      orgs=[O(DEA_OIO, ["Drug Enforcement Administration (DEA) Office of International Operations"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "US"], organizers=[DEA_OIO],
      notes="A separate dated meeting during the visit, at DEA headquarters in Arlington. The delegation referred back, its head not named here."),
    M(D6, "a virtual workshop on INTERPOL's I-24/7 communications system", "workshop",
      "2022-07-19", inferred=True, fmt="online",
      orgs=[O(USNCB, ["INTERPOL Washington"]), O(IGS, ["INTERPOL General Secretariat"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "US"], organizers=[USNCB, IGS],
      notes="'virtual' -> online; 'the five National Central Bureaus' = the delegation's five countries (borderline)."),
    M(D6, "A follow-up regional meeting of the Central Asian National Central", "meeting",
      "2022-10", inferred=True, city="Tashkent", country="UZ", status="planned",
      notes="Planned, month without a year (2022 from the dateline). 'Central Asian National Central Bureaus' is a generic group: no countries."),
    # ---------------------------------------------------------------- dev8_07 Paris Pact 2019
    M(D7, "The 15th meeting of the Policy Consultative Group (PCG)", "working_group",
      "2019-12-04", "2019-12-05", city="Vienna", country="AT",
      persons=[P(HOLM, ["Ms. Ingrid HOLMBERG", "Ms. Holmberg"],
                 "Director-General for Security Policy at the Ministry for Foreign Affairs of Sweden", MFA_SE),
               P(LEFE, ["Mr. Gregory Lefevre"], "Chief of the Integrated Programme and Oversight Branch of UNODC", UNODC),
               P("Bauyrzhan T. Seitov", ["Mr. Bauyrzhan T. Seitov"],
                 "Deputy Chairman of the Committee of Administrative Police of the Ministry of Internal Affairs of Kazakhstan", CAP_KZ)],
      orgs=[O(PCG, ["Policy Consultative Group (PCG) of the Paris Pact Initiative"]), O(UNODC, ["UNODC"]),
            O(MFA_SE, ["Ministry for Foreign Affairs of Sweden"]),
            O(CAP_KZ, ["Committee of Administrative Police of the Ministry of Internal Affairs of Kazakhstan"])],
      countries=["SE", "KZ"], chairs=[HOLM, LEFE],
      notes="Vienna International Centre -> Vienna. Co-chairs. '58 partner countries' is a generic group. Executive Director of UNODC unnamed -> UNODC. CARICC only mentioned (joint operations)."),
    M(D7, "the Expert Working Group on cross-border cooperation along the northern", "working_group",
      "2019-09-18", "2019-09-19", inferred=True, city="Almaty", country="KZ",
      orgs=[O(EWG, ["Expert Working Group on cross-border cooperation along the northern route", "EWG"]),
            O(PPI, ["Paris Pact Initiative"]), O(CARICC, ["CARICC"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"], organizers=[PPI],
      notes="'Earlier this autumn ... on 18 and 19 September' (year from the dateline). Organised by the Paris Pact project team -> PPI. The AOTP report is not a meeting; the next EWG 'in spring 2020' has no month."),
    M(D7, "The 16th PCG meeting will be held in Vienna on 2-3 December 2020", "working_group",
      "2020-12-02", "2020-12-03", city="Vienna", country="AT", status="planned",
      orgs=[O(PCG, ["PCG"])],
      notes="Planned with a date."),
    # ---------------------------------------------------------------- dev8_08 KazNU Faculty of Law 2024
    M(D8, "held a round table \"Youth against drugs", "meeting",
      "2024-02-20", inferred=True, city="Almaty", country="KZ",
      persons=[P("Yerzhan K. Baimukhanov", ["Professor Yerzhan K. Baimukhanov"], "Dean of the Faculty of Law", FAC_LAW),
               P(NURP, ["Sh. M. Nurpeisova"], "Professor of the Department of Criminal Law and Criminology", DEPT_CL),
               P("Aliya Dzhaksybekova", ["Ms. Aliya Dzhaksybekova"], "National Programme Officer", UNODC_KZ),
               P("Ruslan Zh. Ermekov", ["Police Lieutenant Colonel Ruslan Zh. Ermekov"],
                 "Head of the Department for Combating Drug Crime of the Police Department of Almaty", PD_ALA,
                 "Police Lieutenant Colonel")],
      orgs=[O(FAC_LAW, ["Faculty of Law of Al-Farabi Kazakh National University"]),
            O(UNODC_KZ, ["UNODC Programme Office in Kazakhstan"]), O(PD_ALA, ["Police Department of Almaty"])],
      countries=["KZ"], organizers=[FAC_LAW, UNODC_KZ], chairs=[NURP],
      notes="Year from the page stamp '21 February 2024'. The university (Almaty) hosts: venue implied. Round table typed meeting (dev3). Spaced initials. Colleges are not an organisation."),
    M(D8, "master's students of the Department of Criminal Law and Criminology visited", "visit",
      "2024-02-16", inferred=True, city="Almaty", country="KZ",
      persons=[P("Timur A. Sarsenbayev", ["Mr. Timur A. Sarsenbayev"], "Head of the Legal Unit of the Centre", CARICC)],
      orgs=[O(DEPT_CL, ["Department of Criminal Law and Criminology"]), O(CARICC, ["CARICC", "the Centre"])],
      countries=["KZ"], organizers=[CARICC],
      notes="'A few days earlier, on 16 February'. A visit to CARICC -> its seat Almaty, CARICC host."),
    M(D8, "gave an online guest lecture to the Faculty's students", "webinar",
      "2024-02-13", inferred=True, fmt="online",
      persons=[P("Fiona McLeod", ["Dr. Fiona McLEOD"], "Senior Lecturer in Criminology", GLASGOW)],
      orgs=[O(GLASGOW, ["University of Glasgow"]), O(FAC_LAW, [])],
      countries=["GB", "KZ"],
      notes="Online guest lecture typed webinar (borderline). Mixed-case surname in capitals 'McLEOD'. The research grant is not a meeting."),
    M(D8, "the Faculty will hold the international summer school", "training",
      "2024-07-01", "2024-07-12", city="Almaty", country="KZ", status="planned",
      orgs=[O(FAC_LAW, [])],
      countries=["KZ", "KG", "TJ", "UZ"], organizers=[FAC_LAW],
      notes="Planned with a date. Summer school typed training; venue the Faculty (Almaty, borderline). Students of KG, TJ, UZ -> countries (borderline)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Deputy Director", "The Ambassador", "The Deputy Prosecutor General", "The Prosecutor General",
                     "the Head of the Academy", "The Major General", "the Deputy Secretary General"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
