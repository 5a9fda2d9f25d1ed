"""Write gold.jsonl and entities.json of the seventh development set (dev7) from the tables below.

Run from anywhere: ``python tests/eval/dev7/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, CNC, MIAUZ, DEA, GUNK  # noqa: E402

BKA = "Federal Criminal Police Office of Germany"
DCHQ = "Drug Control Headquarters of the Islamic Republic of Iran"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
BS_KZ = "Border Service of the National Security Committee of the Republic of Kazakhstan"
BD_ZH = "Border Department for Zhambyl Region of the Border Service of the National Security Committee of the Republic of Kazakhstan"
ACAD_BS = "Academy of the Border Service of the National Security Committee of the Republic of Kazakhstan"
SCNS_KG = "State Committee for National Security of the Kyrgyz Republic"
BS_KG = "Border Service of the State Committee for National Security of the Kyrgyz Republic"
CHUI_BD = "Chui Border Detachment of the Border Service of the State Committee for National Security of the Kyrgyz Republic"
BMSC = "OSCE Border Management Staff College"
CBP = "U.S. Customs and Border Protection"
SCNS_TJ = "State Committee for National Security of the Republic of Tajikistan"
BT_TJ = "Border Troops of the State Committee for National Security of the Republic of Tajikistan"
MPS = "Ministry of Public Security of the People's Republic of China"
CIS = "Commonwealth of Independent States"
CCBT = "Council of Commanders of Border Troops of the Commonwealth of Independent States"
SCS_TM = "State Customs Service of Turkmenistan"
PCU_TM = "Port Control Unit of the State Customs Service of Turkmenistan"
CCD_TM = "Customs Control Department of the State Customs Service of Turkmenistan"
OSCE_ASH = "OSCE Centre in Ashgabat"
UN = "United Nations"
CCP = "UNODC-WCO Container Control Programme"
WCO = "World Customs Organization"
INCB = "International Narcotics Control Board"
IRICA = "Islamic Republic of Iran Customs Administration"
DO = "Division for Operations of UNODC"
SC_CA = "Steering Committee of the UNODC Programme for Central Asia"
SCC_UZ = "State Customs Committee of the Republic of Uzbekistan"
MFA_TM = "Ministry of Foreign Affairs of Turkmenistan"
EU = "European Union"
EU_DEL_TJ = "Delegation of the European Union to Tajikistan"
BOMCA = "Border Management Programme in Central Asia"
LV_SBG = "State Border Guard of Latvia"
FI_CUS = "Finnish Customs"
MOI_AF = "Ministry of Interior Affairs of the Islamic Republic of Afghanistan"
MIARU = "Ministry of Internal Affairs of the Russian Federation"
MNC = "Ministry of Narcotics Control of Pakistan"
ANF = "Anti Narcotics Force"
IATF = "Inter-Agency Task Force on Narcotics Control"
FIA = "Federal Investigation Agency"
PK_CUS = "Pakistan Customs"
FC = "Frontier Corps"
ECO = "Economic Cooperation Organization"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators"]),
    BKA: ("BKA", None, "DE", ["Federal Criminal Police Office of Germany", "BKA"]),
    DCHQ: ("DCHQ", None, "IR", ["Drug Control Headquarters of the Islamic Republic of Iran",
                                "Drug Control Headquarters of Iran", "DCHQ"]),
    EUROPOL: ("Europol", EU, None, ["European Union Agency for Law Enforcement Cooperation", "Europol"]),
    BD_ZH: (None, BS_KZ, "KZ", ["Border Department for Zhambyl Region"]),
    ACAD_BS: (None, BS_KZ, "KZ", ["Academy of the Border Service of the NSC of the Republic of Kazakhstan"]),
    CHUI_BD: (None, BS_KG, "KG", ["Chui Border Detachment"]),
    BMSC: ("BMSC", OSCE, None, ["OSCE Border Management Staff College", "BMSC"]),
    CBP: ("CBP", None, "US", ["U.S. Customs and Border Protection", "CBP"]),
    SCNS_TJ: ("SCNS", None, "TJ", ["State Committee for National Security of the Republic of Tajikistan", "SCNS"]),
    BT_TJ: (None, SCNS_TJ, "TJ", ["Border Troops of the SCNS", "Border Troops of the SCNS of Tajikistan"]),
    MPS: ("MPS", None, "CN", ["Ministry of Public Security of the People's Republic of China",
                              "Ministry of Public Security of China"]),
    CCBT: (None, CIS, None, ["Council of Commanders of Border Troops of the member states of the Commonwealth of Independent States"]),
    SCS_TM: (None, None, "TM", ["State Customs Service of Turkmenistan", "State Customs Service"]),
    PCU_TM: (None, SCS_TM, "TM", ["Port Control Unit of the State Customs Service"]),
    CCD_TM: (None, SCS_TM, "TM", ["Customs Control Department of the State Customs Service"]),
    OSCE_ASH: (None, OSCE, None, ["OSCE Centre in Ashgabat"]),
    CCP: ("CCP", UNODC, None, ["UNODC-WCO Container Control Programme", "CCP"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO"]),
    INCB: ("INCB", UN, None, ["International Narcotics Control Board", "INCB"]),
    IRICA: ("IRICA", None, "IR", ["Islamic Republic of Iran Customs Administration", "IRICA"]),
    UNODC: ("UNODC", UN, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    ROCA: ("UNODC ROCA", UNODC, None, ["UNODC Regional Office for Central Asia"]),
    SC_CA: (None, UNODC, None, ["Steering Committee of the UNODC Programme for Central Asia 2015-2019"]),
    SCC_UZ: (None, None, "UZ", ["State Customs Committee of the Republic of Uzbekistan"]),
    MFA_TM: (None, None, "TM", []),
    EU: ("EU", None, None, ["European Union", "EU"]),
    EU_DEL_TJ: (None, EU, None, ["Delegation of the European Union to Tajikistan"]),
    BOMCA: ("BOMCA", EU, None, ["Border Management Programme in Central Asia", "BOMCA", "BOMCA 10"]),
    LV_SBG: (None, None, "LV", ["Latvian State Border Guard"]),
    FI_CUS: (None, None, "FI", ["Finnish Customs"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of the Republic of Tajikistan"]),
    MIAUZ: (None, None, "UZ", ["Ministry of Internal Affairs of Uzbekistan", "Uzbek Interior Ministry"]),
    MOI_AF: (None, None, "AF", []),
    DEA: ("DEA", None, "US", ["Drug Enforcement Administration of the United States", "DEA"]),
    GUNK: (None, MIARU, "RU", ["Russian Interior Ministry's Main Directorate for Drug Control"]),
    MIAKZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
    MNC: (None, None, "PK", ["Ministry of Narcotics Control"]),
    ANF: ("ANF", None, "PK", ["Anti Narcotics Force", "ANF"]),
    IATF: ("IATF", MNC, "PK", ["Inter-Agency Task Force on Narcotics Control", "IATF"]),
    FIA: ("FIA", None, "PK", ["Federal Investigation Agency", "FIA"]),
    PK_CUS: (None, None, "PK", ["Pakistan Customs"]),
    FC: (None, None, "PK", ["Frontier Corps"]),
    ECO: ("ECO", None, None, ["Economic Cooperation Organization", "ECO"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    UN: ("UN", None, None, []),
    BS_KZ: (None, None, "KZ", ["Border Service of the NSC of the Republic of Kazakhstan", "Border Service"]),
    SCNS_KG: (None, None, "KG", []),
    BS_KG: (None, SCNS_KG, "KG", []),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    CIS: ("CIS", None, None, ["Commonwealth of Independent States"]),
    DO: (None, UNODC, None, ["Division for Operations of UNODC"]),
    MIARU: (None, None, "RU", ["Russian Interior Ministry"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Islamic Republic of Afghanistan", "Afghan"], "AM": ["Armenia"],
    "AZ": ["Azerbaijan"], "BE": ["Belgium"], "BY": ["Belarus"],
    "CN": ["China", "People's Republic of China", "Chinese"], "DE": ["Germany"], "FI": ["Finland", "Finnish"],
    "IR": ["Iran", "Islamic Republic of Iran", "Iranian"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"], "LV": ["Latvia", "Latvian"],
    "PK": ["Pakistan"], "RU": ["Russia", "Russian Federation", "the Russian Federation", "Russian"],
    "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan", "Turkmen"],
    "US": ["United States", "U.S."], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev7_01_caricc_2018.txt", "dev7_02_border_kz.txt", "dev7_03_scns_tj.txt",
                  "dev7_04_customs_tm.txt")
D5, D6, D7, D8 = ("dev7_05_unodc_vienna.txt", "dev7_06_eu_tj.txt", "dev7_07_sputnik_uz.txt",
                  "dev7_08_mnc_pk.txt")

DZHU = "N.K. Dzhumabaev"
TAVA = "Reza Tavakoli-Nasab"
KASY = "Aidyn Ch. Kasymaliev"
NURG = "Asylbek K. Nurgaliyev"
SEIT = "Daniyar Ye. Seitkali"
MAHM = "Faridun Sh. Mahmadalizoda"
ZHAO = "Zhao Mingyuan"
STRE = "Gennady P. Strelnikov"
REIT = "Cornelia Reithofer"
LIND = "Margarethe Lindqvist"
WIER = "Tomasz Wierzejski"
DEKE = "Pieter-Jan De Keyser"
ERGA = "Bahodir T. Ergashev"
NOOR = "Abdul Hadi Noorzai"
TULE = "Bolat Zh. Tulegenov"
CHAU = "Tariq Nadeem Chaudhry"

MEETINGS = [
    # ---------------------------------------------------------------- dev7_01 CARICC listing 2018
    M(D1, "the meeting of heads of analytical units of the competent authorities", "meeting",
      "2018-06-12", "2018-06-13", inferred=True, city="Almaty", country="KZ",
      persons=[P(DZHU, ["Colonel N.K.Dzhumabaev"], "CARICC Deputy Director", CARICC, "Colonel"),
               P("Jörg Hallmann", ["Mr. Jörg HALLMANN"], "expert", BKA)],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O(BKA, ["Federal Criminal Police Office of Germany", "BKA"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ", "DE"], organizers=[CARICC], chairs=[DZHU],
      notes="'On 12-13 June', year from the stamp '2018.06.14'. 'at the Centre's premises' -> CARICC host, Almaty. Six named representations; the BKA expert adds DE. The generic 'CARICC Member States' is not expanded."),
    M(D1, "CARICC was visited by a delegation of the Drug Control Headquarters", "visit",
      "2018-05-30", inferred=True, city="Almaty", country="KZ",
      persons=[P(TAVA, ["Mr. Reza Tavakoli-Nasab", "Mr. Tavakoli-Nasab"],
                 "Director General for International Affairs and Regional Cooperation", DCHQ),
               P(KASY, ["Mr. Aidyn Ch. Kasymaliev", "the Deputy Director"], "Deputy Director of the Centre", CARICC)],
      orgs=[O(CARICC, ["CARICC", "the Centre"]),
            O(DCHQ, ["Drug Control Headquarters of the Islamic Republic of Iran", "DCHQ"])],
      countries=["IR"], organizers=[CARICC],
      notes="Year from the stamp '2018.06.01'. A visit to CARICC -> its seat Almaty, CARICC host. 'The Iranian side' = IR. The invitation to Tehran has no date."),
    M(D1, "took part in the international conference \"Synthetic drugs", "conference",
      "2018-05-15", "2018-05-17", inferred=True, city="The Hague", country="NL",
      persons=[P("Gulnara T. Abenova", ["Ms. Gulnara T. Abenova", "Ms. Abenova"], "CARICC analyst", CARICC)],
      orgs=[O(CARICC, ["CARICC"]),
            O(EUROPOL, ["European Union Agency for Law Enforcement Cooperation", "Europol"])],
      organizers=[EUROPOL],
      notes="'From May 15 to 17', year from the stamp. '40 countries' is a generic group: no countries."),
    M(D1, "scheduled for September 2018 in Almaty", "council_session",
      "2018-09", city="Almaty", country="KZ", status="planned",
      orgs=[O(CNC, ["CARICC Council of National Coordinators"])],
      notes="Planned, month only. Sending the draft agenda on 8 May is not a gathering. The statistics item is not a meeting."),
    # ---------------------------------------------------------------- dev7_02 Border Service of the NSC of Kazakhstan 2019
    M(D2, "a regular meeting of the border representatives of the Republic", "meeting",
      "2019-08-20", inferred=True, city="Korday", country="KZ",
      persons=[P(NURG, ["Colonel Asylbek K. Nurgaliyev", "Colonel Nurgaliyev"],
                 "Head of the Border Department for Zhambyl Region of the Border Service of the NSC of the Republic of Kazakhstan",
                 BD_ZH, "Colonel"),
               P("Azamat Kubanychbekovich Temirbekov", ["Colonel Temirbekov Azamat Kubanychbekovich"],
                 "Chief of the Chui Border Detachment", CHUI_BD, "Colonel")],
      orgs=[O(BD_ZH, ["Border Department for Zhambyl Region",
                      "Border Department for Zhambyl Region of the Border Service of the NSC of the Republic of Kazakhstan"]),
            O(CHUI_BD, ["Chui Border Detachment of the Border Service of the State Committee for National Security of the Kyrgyz Republic"])],
      countries=["KZ", "KG"], organizers=[BD_ZH],
      notes="'On August 20', year from the stamp '22 August 2019 | 11:40'. Korday checkpoint of the Zhambyl Border Department -> Korday, that department host. Surname-first name with patronymic. The seizure figures inside the item are not a meeting."),
    M(D2, "The next meeting of the border representatives will take place", "meeting",
      "2019-10", city="Bishkek", country="KG", status="planned",
      countries=["KZ", "KG"],
      notes="Planned, month only. The next meeting of the same border representatives: both countries; no body named."),
    M(D2, "Academy of the Border Service of the NSC of the Republic of Kazakhstan hosted", "training",
      "2019-08-12", "2019-08-16", inferred=True, city="Almaty", country="KZ",
      persons=[P(SEIT, ["Lieutenant Colonel Daniyar Ye. Seitkali", "Lieutenant Colonel Seitkali"],
                 "Deputy Head of the Academy", ACAD_BS, "Lieutenant Colonel"),
               P("Arvid Lundqvist", ["Mr. Arvid LUNDQVIST"], "BMSC expert", BMSC)],
      orgs=[O(ACAD_BS, ["Academy of the Border Service of the NSC of the Republic of Kazakhstan", "the Academy"]),
            O(BMSC, ["OSCE Border Management Staff College", "BMSC"]),
            O(CBP, ["U.S. Customs and Border Protection", "CBP"])],
      countries=["KZ", "US"], organizers=[ACAD_BS, BMSC, CBP],
      notes="'From 12 to 16 August', year from the stamp. City in a later sentence ('at the training ground of the Academy in Almaty'). 'hosted' -> host; 'conducted by instructors of' -> the trainers' bodies organise (dev6). The CSTO operation item is not a meeting."),
    # ---------------------------------------------------------------- dev7_03 SCNS Tajikistan 2023
    M(D3, "received the delegation of the Ministry of Public Security of the People", "meeting",
      "2023-04-10", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(MAHM, ["Lieutenant General Faridun Sh. Mahmadalizoda", "The First Deputy Chairman"],
                 "First Deputy Chairman of the State Committee for National Security of the Republic of Tajikistan",
                 SCNS_TJ, "Lieutenant General"),
               P(ZHAO, ["Mr. ZHAO Mingyuan", "Mr. Zhao"], "Assistant Minister", MPS)],
      orgs=[O(SCNS_TJ, ["State Committee for National Security of the Republic of Tajikistan", "the State Committee"]),
            O(MPS, ["Ministry of Public Security of the People's Republic of China"])],
      countries=["TJ", "CN"], organizers=[SCNS_TJ],
      notes="Year from the stamp '11.04.2023'. 'in the building of the State Committee' -> Dushanbe (the Committee's seat, and the announcement item). Surname-first Chinese name in capitals. Afghanistan only discussed; the Border Troops only mentioned (equipment). The 03.04 announcement refers ahead to this visit: no line of its own."),
    M(D3, "the Chinese delegation visited the Command of the Border Troops", "visit",
      "2023-04-11", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Rustam A. Davlatzoda", ["Major General Rustam A. Davlatzoda"],
                 "Deputy Commander of the Border Troops", BT_TJ, "Major General")],
      orgs=[O(MPS, []), O(BT_TJ, ["Border Troops of the SCNS"])],
      countries=["CN", "TJ"], organizers=[BT_TJ],
      notes="A separate dated gathering during the visit; the Command in the capital (borderline). The delegation is referred back to (empty mentions), its head not named in the sentence."),
    M(D3, "the guests will travel to the city of Kulob", "visit",
      "2023-04-12", inferred=True, city="Kulob", country="TJ", status="planned",
      orgs=[O(MPS, []), O(BT_TJ, ["Border Troops"])],
      countries=["CN", "TJ"], organizers=[BT_TJ],
      notes="Planned with a date (the report is of 11 April). Visit to the Border Troops' training centre -> they host."),
    M(D3, "Dushanbe hosted the 88th meeting of the Council of Commanders", "council_session",
      "2023-04-05", "2023-04-06", fmt="hybrid", city="Dushanbe", country="TJ",
      persons=[P(STRE, ["Colonel General Gennady P. Strelnikov"], "Chairman of the Council", CCBT, "Colonel General"),
               P("Saidmurod N. Qurbonzoda", ["Lieutenant General Saidmurod N. Qurbonzoda"],
                 "Commander of the Border Troops of the SCNS of Tajikistan", BT_TJ, "Lieutenant General")],
      orgs=[O(CCBT, ["Council of Commanders of Border Troops of the member states of the Commonwealth of Independent States",
                     "The Council"]),
            O(BT_TJ, ["Border Troops of the SCNS of Tajikistan"])],
      countries=["AM", "BY", "KZ", "KG", "RU", "TJ", "UZ"], chairs=[STRE],
      notes="Hybrid: six delegations in person, Uzbekistan via videoconference. 'Dushanbe hosted' names no body: organizers empty (TJ in countries). The operation plan approved is not a meeting."),
    M(D3, "decided to hold its next meeting in Minsk in October 2023", "council_session",
      "2023-10", city="Minsk", country="BY", status="planned",
      orgs=[O(CCBT, ["The Council"])],
      notes="Planned, month only. The seizure statistics item is not a meeting."),
    # ---------------------------------------------------------------- dev7_04 State Customs Service of Turkmenistan 2021
    M(D4, "Yesterday, the Deputy Chairman of the State Customs Service", "meeting",
      "2021-05-18", inferred=True, city="Ashgabat", country="TM",
      persons=[P("Annamyrat B. Gurbanmuradov", ["Annamyrat B. Gurbanmuradov", "The Deputy Chairman"],
                 "Deputy Chairman of the State Customs Service of Turkmenistan", SCS_TM),
               P(REIT, ["Ms. Cornelia REITHOFER", "Ambassador Reithofer"], "Head of the OSCE Centre in Ashgabat", OSCE_ASH)],
      orgs=[O(SCS_TM, ["State Customs Service of Turkmenistan", "State Customs Service"]),
            O(OSCE_ASH, ["OSCE Centre in Ashgabat", "OSCE Centre"])],
      countries=["TM"], organizers=[SCS_TM],
      notes="'Yesterday' under 'Ashgabat, 19 May' (stamp 19 May 2021) -> 18 May 2021. 'held in the administrative building of the State Customs Service' -> host; Ashgabat from the dateline."),
    M(D4, "a training on container profiling was conducted at the Turkmenbashi", "training",
      "2021-05-10", "2021-05-14", inferred=True, city="Turkmenbashi", country="TM",
      persons=[P("Olufemi Adebayo", ["Mr. Olufemi ADEBAYO"], "trainer", CCP),
               P("Sanna Virtanen", ["Ms. Sanna Virtanen"], "trainer", CCP)],
      orgs=[O(CCP, ["UNODC-WCO Container Control Programme", "CCP"]),
            O(PCU_TM, ["Port Control Unit of the State Customs Service"])],
      countries=["TM"], organizers=[CCP],
      notes="'From 10 to 14 May', year from the stamp. City from 'Turkmenbashi International Seaport'. 'conducted ... by experts of' -> organiser. Norway only supported: not listed."),
    M(D4, "took part online in the webinar of the World Customs Organization", "webinar",
      "2021-05-06", inferred=True, fmt="online",
      orgs=[O(CCD_TM, ["Customs Control Department of the State Customs Service"]),
            O(WCO, ["World Customs Organization", "WCO", "WCO Secretariat"]),
            O(INCB, ["International Narcotics Control Board", "INCB"])],
      countries=["TM"], organizers=[WCO],
      notes="Online. 'the webinar of the WCO' -> WCO organiser (borderline). INCB experts presented. The customs statistics item is not a meeting."),
    M(D4, "Turkmen-Iranian customs consultations will be held in Mashhad", "meeting",
      "2021-06-08", "2021-06-09", city="Mashhad", country="IR", status="planned",
      orgs=[O(SCS_TM, ["State Customs Service"]),
            O(IRICA, ["Islamic Republic of Iran Customs Administration", "IRICA"])],
      countries=["TM", "IR"],
      notes="Planned with a date. No host stated."),
    # ---------------------------------------------------------------- dev7_05 UNODC Vienna 2019
    M(D5, "at a side event held yesterday on the margins of the 62nd session", "side_event",
      "2019-03-14", inferred=True, city="Vienna", country="AT",
      persons=[P(WIER, ["Mr. Tomasz WIERZEJSKI"], "UNODC Regional Programme Coordinator", UNODC),
               P(LIND, ["Ms. Margarethe Lindqvist"], "Director of the Division for Operations of UNODC", DO),
               P("Aigerim T. Beisenova", ["H.E. Ms. Aigerim T. Beisenova"],
                 "Permanent Representative of Kazakhstan to the United Nations in Vienna", "KZ", "H.E."),
               P("Ulugbek A. Khodjaev", ["Mr. Ulugbek A. Khodjaev"],
                 "Deputy Chairman of the State Customs Committee of the Republic of Uzbekistan", SCC_UZ)],
      orgs=[O(ROCA, ["UNODC Regional Office for Central Asia"]), O(UNODC, ["UNODC"]),
            O(SCC_UZ, ["State Customs Committee of the Republic of Uzbekistan"])],
      countries=["KZ", "UZ", "KG", "TJ"], organizers=[ROCA, "KZ", "UZ"], chairs=[WIER],
      notes="Dateline 'VIENNA, 15 March 2019', 'yesterday' -> 14 March. Permanent Missions = their countries (as embassies). Moderator = chair. The CND is context, not a participant; AT is the venue only. The report presented is not a meeting."),
    M(D5, "the Steering Committee of the UNODC Programme for Central Asia", "working_group",
      "2019-03-12", inferred=True, city="Vienna", country="AT",
      persons=[P(LIND, ["Ms. Lindqvist"], "Director of the Division for Operations of UNODC", DO),
               P("Berdimyrat K. Annayev", ["Mr. Berdimyrat K. Annayev"],
                 "Deputy Minister of Foreign Affairs of Turkmenistan", MFA_TM)],
      orgs=[O(SC_CA, ["Steering Committee of the UNODC Programme for Central Asia 2015-2019"]),
            O(UNODC, []), O(MFA_TM, [])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"], chairs=[LIND, "Berdimyrat K. Annayev"],
      notes="'Two days earlier, on 12 March' (year from the dateline). Vienna International Centre -> Vienna. Co-chairs. MFA of Turkmenistan only through the title (empty mentions, seeds 003#3)."),
    M(D5, "agreed to hold its next meeting in Tashkent in November 2019", "working_group",
      "2019-11", city="Tashkent", country="UZ", status="planned",
      orgs=[O(SC_CA, [])],
      notes="Planned, month only. 'The Steering Committee' refers back (the mention is the body's short name)."),
    # ---------------------------------------------------------------- dev7_06 EU Delegation to Tajikistan 2023
    M(D6, "opened on 4 October a regional workshop on cross-border cooperation", "workshop",
      "2023-10-04", "2023-10-06", inferred=True, city="Khujand", country="TJ",
      persons=[P(DEKE, ["H.E. Mr. Pieter-Jan DE KEYSER", "the Ambassador"], "EU Ambassador to Tajikistan", EU_DEL_TJ, "H.E."),
               P("Kristiina Aaltonen", ["Ms. Kristiina Aaltonen"], "BOMCA Regional Director", BOMCA)],
      orgs=[O(EU_DEL_TJ, []), O(BOMCA, ["Border Management Programme in Central Asia", "BOMCA 10", "BOMCA"]),
            O(BT_TJ, ["Border Troops of the State Committee for National Security of the Republic of Tajikistan"]),
            O(LV_SBG, ["Latvian State Border Guard"]), O(FI_CUS, ["Finnish Customs"])],
      countries=["KG", "TJ", "UZ", "LV", "FI"], organizers=[BOMCA, BT_TJ],
      notes="'opened on 4 October', 'three-day', 'until 6 October'; year from the dateline 'Dushanbe, 06 October 2023'. 'organized by' BOMCA, 'in cooperation with' the Border Troops -> organisers. The EU Delegation takes part through the Ambassador (named only in the page header: empty mentions). Trainers' bodies add LV and FI."),
    M(D6, "the 12th meeting of the EU-Central Asia High-Level Dialogue on Drugs", "meeting",
      "2023-06-21", city="Brussels", country="BE",
      orgs=[O(EU, ["EU"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"],
      notes="Background gathering with its own date and venue: its own line (seeds 002#8). BE is the venue only."),
    M(D6, "Ambassador De Keyser met with the Director of the Drug Control Agency", "meeting",
      "2023-09-27", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(DEKE, ["Ambassador De Keyser", "The Ambassador"], "EU Ambassador to Tajikistan", EU_DEL_TJ, "H.E."),
               P("Khurshed R. Sharifzoda", ["Major General Khurshed R. Sharifzoda", "The Director"],
                 "Director of the Drug Control Agency under the President of the Republic of Tajikistan", DCA, "Major General")],
      orgs=[O(EU_DEL_TJ, []), O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"])],
      countries=["TJ"], organizers=[DCA],
      notes="Year from the dateline 'Dushanbe, 28 September 2023'. 'at the headquarters of the Agency' -> DCA host, Dushanbe. CADAP only mentioned (support), its report is not a meeting."),
    M(D6, "agreed to organize a joint round table on drug prevention", "meeting",
      "2023-11", city="Dushanbe", country="TJ", status="planned",
      orgs=[O(EU_DEL_TJ, []), O(DCA, [])],
      countries=["TJ"], organizers=[EU_DEL_TJ, DCA],
      notes="Planned, month only; 'joint' -> both parties organise. Round table typed meeting (dev3)."),
    # ---------------------------------------------------------------- dev7_07 Sputnik Uzbekistan 2020
    M(D7, "The agreement was reached yesterday in Termez at the talks", "meeting",
      "2020-02-11", inferred=True, city="Termez", country="UZ",
      persons=[P(ERGA, ["Major General Bahodir T. Ergashev", "the Deputy Minister"], "Deputy Minister", MIAUZ, "Major General"),
               P(NOOR, ["General Abdul Hadi NOORZAI", "General Noorzai"],
                 "Deputy Minister of Interior for Counter Narcotics of the Islamic Republic of Afghanistan", MOI_AF, "General")],
      orgs=[O(MIAUZ, ["Uzbek Interior Ministry"]), O(MOI_AF, [])],
      countries=["UZ", "AF"],
      notes="Dateline 'TASHKENT, 12 Feb - Sputnik', 'yesterday' -> 11 February 2020. The Afghan ministry only through the title (empty mentions). The MIA press service is the source. 'The sides' = UZ and AF. No host stated. The 2019 figures and the invitation to Mazar-i-Sharif (no date) are not meetings."),
    M(D7, "The first meeting of the joint working group will take place", "working_group",
      "2020-04", inferred=True, city="Tashkent", country="UZ", status="planned",
      countries=["UZ", "AF"],
      notes="Planned, month only without a year (2020 from the dateline). The joint working group is unnamed: both countries, no body."),
    M(D7, "The first round was held in Kabul in December 2019", "meeting",
      "2019-12", city="Kabul", country="AF",
      countries=["UZ", "AF"],
      notes="Background gathering with its own month and venue (dev6 06#3). The Uzbek Ambassador (unnamed) -> UZ; Uzbek-Afghan consultations -> AF."),
    M(D7, "Tashkent hosted a seminar on the investigation of drug crimes", "seminar",
      "2020-02-05", "2020-02-06", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(MIAUZ, ["Ministry of Internal Affairs"]),
            O(DEA, ["Drug Enforcement Administration of the United States", "DEA"]),
            O(GUNK, ["Russian Interior Ministry's Main Directorate for Drug Control"])],
      countries=["UZ", "US", "RU"], organizers=[DEA, GUNK],
      notes="'Earlier, on February 5-6' (year from the dateline). 'conducted by instructors of' -> organisers (dev6); the UNODC office only supported. The CIS council 'in the autumn' has no month: not annotated."),
    # ---------------------------------------------------------------- dev7_08 Ministry of Narcotics Control of Pakistan 2018
    M(D8, "called on the Federal Secretary, Ministry of Narcotics Control", "meeting",
      "2018-11-28", inferred=True, city="Islamabad", country="PK",
      persons=[P(TULE, ["Lieutenant General Bolat Zh. Tulegenov", "The Deputy Minister"],
                 "Deputy Minister", MIAKZ, "Lieutenant General"),
               P(CHAU, ["Mr. Tariq Nadeem Chaudhry", "The Secretary"],
                 "Federal Secretary, Ministry of Narcotics Control", MNC)],
      orgs=[O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
            O(MNC, ["Ministry of Narcotics Control"])],
      countries=["KZ", "PK"], organizers=[MNC],
      notes="Dateline 'Islamabad, the 28th November, 2018:', 'here today'. 'called on' -> the Secretary's ministry hosts. ANF only mentioned here."),
    M(D8, "the Kazakh delegation visited the Anti Narcotics Force (ANF) Headquarters", "visit",
      "2018-11-26", "2018-11-27", inferred=True, city="Rawalpindi", country="PK",
      persons=[P("Syed Imran Haider", ["Maj Gen Syed Imran Haider"], "Director General ANF", ANF, "Maj Gen")],
      orgs=[O(MIAKZ, []), O(ANF, ["Anti Narcotics Force", "ANF"])],
      countries=["KZ", "PK"], organizers=[ANF],
      notes="'Earlier on 26th-27th November' (year from the dateline). The delegation is referred back (empty mentions); its head is not named in this paragraph, so not listed. Visits to the ANF Academy and laboratory are part of it."),
    M(D8, "chaired the 3rd meeting of the Inter-Agency Task Force", "working_group",
      "2018-11-22", city="Islamabad", country="PK",
      persons=[P(CHAU, ["The Secretary"], "Federal Secretary, Ministry of Narcotics Control", MNC)],
      orgs=[O(IATF, ["Inter-Agency Task Force on Narcotics Control", "IATF"]), O(MNC, ["Ministry of Narcotics Control"]),
            O(ANF, ["ANF"]), O(FIA, ["Federal Investigation Agency", "FIA"]), O(PK_CUS, ["Pakistan Customs"]),
            O(FC, ["Frontier Corps"])],
      countries=["PK"], organizers=[MNC], chairs=[CHAU],
      notes="'on 22nd November, 2018' 'at the Ministry' -> Islamabad (dateline). 'The Secretary, Ministry of Narcotics Control' = the Secretary named above. Plural provincial departments are not an organisation. The October operations figures are not a meeting."),
    M(D8, "Pakistan will host the Regional Conference on Drug Demand Reduction", "conference",
      "2019-01-15", "2019-01-17", city="Lahore", country="PK", status="planned",
      orgs=[O(ECO, ["Economic Cooperation Organization", "ECO"])],
      countries=["PK"], organizers=["PK", ECO],
      notes="Planned with a date. 'Pakistan will host' -> PK host; the conference is the ECO's. Invited delegations and UNODC are not listed."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Deputy Director", "The First Deputy Chairman", "The Deputy Chairman", "the Ambassador",
                     "The Ambassador", "The Director", "the Deputy Minister", "The Deputy Minister", "The Secretary"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
