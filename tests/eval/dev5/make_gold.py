"""Write gold.jsonl and entities.json of the fifth development set (dev5) from the tables below.

Run from anywhere: ``python tests/eval/dev5/make_gold.py``. The checks a gold annotator
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
from devsets import (CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, CNC, MIAKG, MIAUZ, DEA, IAU)  # noqa: E402

UN = "United Nations"
DCA_KH = "Khatlon Regional Department of the Drug Control Agency under the President of the Republic of Tajikistan"
HNP = "Hungarian National Police"
EU = "European Union"
EUDA = "European Union Drugs Agency"
SSDC = "State Service for Drug Control under the Government of the Kyrgyz Republic"
FSKN = "Federal Drug Control Service of the Russian Federation"
FSKN_KG = "Representative Office of the Federal Drug Control Service of the Russian Federation in the Kyrgyz Republic"
OSCE_BIS = "OSCE Centre in Bishkek"
OSCE_AST = "OSCE Programme Office in Astana"
TADOC = "Turkish International Academy against Drugs and Organized Crime"
SCSKG = "State Customs Service under the Government of the Kyrgyz Republic"
PARIS = "Paris Pact Initiative"
SCC = "State Customs Committee of the Republic of Uzbekistan"
CI_UZ = "Customs Institute of the State Customs Committee of the Republic of Uzbekistan"
DCS_UZ = "Department for Combating Smuggling of the State Customs Committee of the Republic of Uzbekistan"
GACC = "General Administration of Customs of the People's Republic of China"
CCP = "UNODC-WCO Global Container Control Programme"
NLCUS = "Netherlands Customs"
RSGE = "Revenue Service of Georgia"
WCO = "World Customs Organization"
WCO_EC = "Enforcement Committee of the World Customs Organization"
SCO = "Shanghai Cooperation Organisation"
SCO_SEC = "Secretariat of the Shanghai Cooperation Organisation"
RATS = "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation"
RATS_C = "Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation"
RATS_EG = ("Expert Group of the RATS SCO Council on countering the use of the Internet for terrorist, "
           "separatist and extremist purposes")
SCNS_TJ = "State Committee for National Security of the Republic of Tajikistan"
MIAAZ = "Ministry of Internal Affairs of the Republic of Azerbaijan"
MDCD = "Main Drug Control Department of the Ministry of Internal Affairs of the Republic of Azerbaijan"
ANP = "Anti-Narcotics Police of the Islamic Republic of Iran"
TNP = "Turkish National Police"
DIA_SU = "Department of Internal Affairs of Surkhandarya Region"
PGO_UZ = "Prosecutor General's Office of the Republic of Uzbekistan"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
BKA = "Federal Criminal Police Office of Germany"
GMCP = "UNODC Global Maritime Crime Programme"
NSCKZ = "National Security Committee of the Republic of Kazakhstan"
BSKZ = "Border Service of the National Security Committee of the Republic of Kazakhstan"
CGD_KZ = "Coast Guard Directorate of the Border Service of the National Security Committee of the Republic of Kazakhstan"
HCG = "Hellenic Coast Guard"
GDF = "Guardia di Finanza"
SBSAZ = "State Border Service of the Republic of Azerbaijan"
SBSTM = "State Border Service of Turkmenistan"
DCDC_KZ = "Department for Combating Drug Crime of the Ministry of Internal Affairs of the Republic of Kazakhstan"
SBNON = ("Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the "
         "Kyrgyz Republic")
DCDT_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
CBSP = "Central Bureau of Investigation of the Police of Poland"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    CNC: (None, CARICC, None, ["Council of National Coordinators of CARICC", "Council of National Coordinators"]),
    ROCA: ("UNODC ROCA", UNODC, None, ["UNODC Regional Office for Central Asia", "ROCA"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of the Republic of Tajikistan", "DCA"]),
    DCA_KH: (None, DCA, "TJ", []),
    HNP: (None, None, "HU", []),
    EUDA: ("EUDA", EU, None, ["European Union Drugs Agency", "EUDA"]),
    DEA: ("DEA", None, "US", ["Drug Enforcement Administration", "U.S. Drug Enforcement Administration", "DEA"]),
    SSDC: ("SSDC", None, "KG", ["State Service for Drug Control under the Government of the Kyrgyz Republic", "SSDC"]),
    FSKN: ("FSKN of Russia", None, "RU", []),
    FSKN_KG: (None, FSKN, "RU", ["Representative Office of the Federal Drug Control Service of the Russian Federation (FSKN of Russia) in the Kyrgyz Republic",
                                 "FSKN Representative Office"]),
    OSCE_BIS: (None, OSCE, None, []),
    OSCE_AST: (None, OSCE, None, []),
    TADOC: ("TADOC", None, "TR", ["Turkish International Academy against Drugs and Organized Crime", "TADOC"]),
    SCSKG: (None, None, "KG", []),
    MIAKG: (None, None, "KG", []),
    PARIS: (None, UNODC, None, []),
    SCC: ("SCC", None, "UZ", ["State Customs Committee of the Republic of Uzbekistan", "SCC", "State Customs Committee"]),
    CI_UZ: (None, SCC, "UZ", ["Customs Institute of the State Customs Committee"]),
    GACC: ("GACC", None, "CN", ["General Administration of Customs of the People's Republic of China", "GACC"]),
    CCP: ("CCP", UNODC, None, ["UNODC-WCO Container Control Programme", "CCP"]),
    NLCUS: (None, None, "NL", []),
    RSGE: (None, None, "GE", []),
    WCO_EC: (None, WCO, None, []),
    SCO_SEC: (None, SCO, None, ["SCO Secretariat"]),
    RATS: ("RATS SCO", SCO, None, ["Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", "RATS SCO",
                                   "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation",
                                   "RATS Executive Committee"]),
    RATS_C: (None, RATS, None, ["Council of the Regional Anti-Terrorist Structure of the SCO", "RATS SCO Council"]),
    RATS_EG: (None, RATS_C, None, []),
    SCNS_TJ: ("SCNS", None, "TJ", ["State Committee for National Security of the Republic of Tajikistan", "SCNS"]),
    MDCD: (None, MIAAZ, "AZ", ["Main Drug Control Department of the Ministry of Internal Affairs of Azerbaijan",
                               "Main Drug Control Department"]),
    ANP: (None, None, "IR", ["Anti-Narcotics Police of the Islamic Republic of Iran", "Anti-Narcotics Police"]),
    TNP: (None, None, "TR", []),
    MIAUZ: (None, None, "UZ", ["Uzbek Interior Ministry"]),
    DIA_SU: (None, MIAUZ, "UZ", []),
    PGO_UZ: (None, None, "UZ", []),
    EUROPOL: ("Europol", EU, None, ["European Union Agency for Law Enforcement Cooperation", "Europol"]),
    BKA: ("BKA", None, "DE", ["Federal Criminal Police Office of Germany", "Federal Criminal Police Office", "BKA"]),
    GMCP: ("GMCP", UNODC, None, ["UNODC Global Maritime Crime Programme", "GMCP"]),
    BSKZ: (None, NSCKZ, "KZ", ["Border Service of the National Security Committee of the Republic of Kazakhstan",
                               "Border Service of Kazakhstan"]),
    HCG: (None, None, "GR", []),
    GDF: (None, None, "IT", ["Guardia di Finanza", "Italian Guardia di Finanza"]),
    SBSAZ: (None, None, "AZ", ["State Border Service of the Republic of Azerbaijan", "State Border Service of Azerbaijan"]),
    SBSTM: (None, None, "TM", []),
    MIAKZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
    DCDC_KZ: (None, MIAKZ, "KZ", ["Department for Combating Drug Crime of the MIA"]),
    SBNON: ("SBNON", MIAKG, "KG", ["Service for Combating Drug Trafficking of the MIA of the Kyrgyz Republic"]),
    DCDT_UZ: (None, MIAUZ, "UZ", ["Department for Combating Drug Trafficking of the MIA of Uzbekistan"]),
    CBSP: ("CBŚP", None, "PL", ["Central Bureau of Investigation of the Police of Poland", "CBŚP"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    UN: ("UN", None, None, []),
    UNODC: ("UNODC", UN, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    IAU: (None, CARICC, None, ["Information and Analytical Unit of CARICC"]),
    EU: ("EU", None, None, []),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO"]),
    DCS_UZ: (None, SCC, "UZ", ["Department for Combating Smuggling of the State Customs Committee"]),
    SCO: ("SCO", None, None, ["SCO"]),
    MIAAZ: (None, None, "AZ", []),
    NSCKZ: (None, None, "KZ", []),
    CGD_KZ: (None, BSKZ, "KZ", ["Coast Guard Directorate of the Border Service", "Coast Guard Directorate"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan"], "AZ": ["Azerbaijan", "Azerbaijani"], "CN": ["China", "People's Republic of China", "Chinese side"],
    "DE": ["Germany"], "GE": ["Georgia"], "GR": ["Greece", "Hellenic"], "HU": ["Hungary"], "IN": ["India"],
    "IR": ["Iran", "Islamic Republic of Iran", "Iranian"], "IT": ["Italy", "Italian"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan"], "NL": ["Netherlands"],
    "PK": ["Pakistan", "Islamic Republic of Pakistan"], "PL": ["Poland"],
    "RU": ["Russia", "Russian Federation", "the Russian Federation", "Russian side"],
    "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan", "Turkmen"],
    "TR": ["Türkiye", "Republic of Türkiye", "Turkey", "Turkish side"], "US": ["United States", "U.S.", "American side"],
    "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek side"],
}


O = make_org(ORGS)


D1, D2, D3, D4 = ("dev5_01_caricc_2025.txt", "dev5_02_ssdc_kg.txt", "dev5_03_customs_uz.txt",
                  "dev5_04_rats_sco.txt")
D5, D6, D7, D8 = ("dev5_05_report_az.txt", "dev5_06_daryo.txt", "dev5_07_unodc_gmcp.txt",
                  "dev5_08_mia_kz_telegram.txt")

ABDR = "Yerlan S. Abdrakhmanov"
NAZA = "F.R. Nazarzoda"
ISMO = "Davron Kh. Ismoilov"
KADY = "Almaz T. Kadyrkulov"
BAIY = "N.Sh. Baiyshov"
YESS = "Nurbol Zh. Yessimkhanov"
HASA = "Teymur Hasanli"
QURB = "Rahmatullo S. Qurbonzoda"
FIND = "Alasdair J. Findlay-Ross"
KALI = "Bauyrzhan M. Kaliakparov"

MEETINGS = [
    # ---------------------------------------------------------------- dev5_01 CARICC listing 2025
    M(D1, "the 31st meeting of the Council of National Coordinators of CARICC", "council_session",
      "2025-04-10", "2025-04-11", inferred=True, fmt="hybrid", city="Almaty", country="KZ",
      persons=[P(NAZA, ["Colonel F.R.Nazarzoda"], "Deputy Director", DCA, "Colonel"),
               P(ABDR, ["CARICC Director", "Yerlan S. ABDRAKHMANOV"], "CARICC Director", CARICC, "Major General of Police")],
      orgs=[O(CNC, ["Council of National Coordinators of CARICC", "Council"]), O(CARICC, ["CARICC", "the Centre"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "DCA"])],
      countries=["AZ", "KZ", "KG", "TJ", "TM", "UZ", "RU"], organizers=[CARICC], chairs=[NAZA],
      notes="'On 10-11 April', year from the item stamp 15 April 2025. 'at the Centre's headquarters' -> CARICC seat Almaty, CARICC host. Hybrid: six delegations in person, the Russian National Coordinator by videoconference. Pakistan's observer application only discussed."),
    M(D1, "CARICC Director received at the headquarters of the Centre", "meeting",
      "2025-04-07", inferred=True, city="Almaty", country="KZ",
      persons=[P(ABDR, ["CARICC Director", "The Director"], "CARICC Director", CARICC, "Major General of Police"),
               P("Levente Kardos-Birkás", ["Mr. Levente Kardos-Birkás", "Mr. Kardos-Birkás", "the Ambassador"],
                 "Ambassador of Hungary to the Republic of Kazakhstan", "HU")],
      orgs=[O(CARICC, ["CARICC", "the Centre"])], countries=["HU"], organizers=[CARICC],
      notes="Year from the stamp 08 April 2025. 'received at the headquarters of the Centre' -> Almaty, CARICC host. The Director is the one named in the 15 April item. Ambassador = HU. The Council meeting he was briefed on is a back-reference to #1 (no line)."),
    M(D1, "the Hungarian National Police will hold a regional training course", "training",
      "2025-06", city="Budapest", country="HU", status="planned",
      orgs=[O(HNP, ["Hungarian National Police"])], countries=["HU"], organizers=[HNP],
      notes="Planned, month only ('in June 2025'), announced by the Ambassador. CARICC analysts are only invited: not listed (borderline)."),
    M(D1, "summed up on 31 March at a videoconference held by CARICC", "videoconference",
      "2025-03-31", inferred=True, fmt="online",
      orgs=[O(CARICC, ["CARICC"])], countries=["KZ", "KG", "UZ"], organizers=[CARICC],
      notes="The operation 'Southern Barrier-2025' and its seizures are not a meeting; its summing-up videoconference is. 'the three countries' = those named in the previous sentence. Year not in the sentence (the operation's range gives it)."),
    M(D1, "CARICC jointly with the UNODC Regional Office for Central Asia (ROCA)", "training",
      "2025-03-17", "2025-03-21", inferred=True, city="Karaganda", country="KZ",
      persons=[P("Tomas K. Lindqvist", ["Mr. Tomas K. Lindqvist"], "UNODC international expert", UNODC),
               P("Gulnara Tokenovna Seitkali", ["Lieutenant Colonel of Police Seitkali Gulnara Tokenovna"],
                 "Head of the Information and Analytical Unit of CARICC", IAU, "Lieutenant Colonel of Police")],
      orgs=[O(CARICC, ["CARICC"]), O(ROCA, ["UNODC Regional Office for Central Asia", "ROCA"])],
      countries=["KZ", "KG", "TJ", "UZ"], organizers=[CARICC, ROCA],
      notes="'From 17 to 21 March', year from the stamp. City from the Academy's name (and the item title). The Karaganda Academy is the venue only, the organisers being named (as dev4 03#3). Surname-first with patronymic. UNODC beside ROCA not listed."),
    M(D1, "on the margins of the 68th session of the Commission on Narcotic Drugs", "side_event",
      "2025-03-12", inferred=True, city="Vienna", country="AT",
      persons=[P(ISMO, ["Mr. Davron Kh. Ismoilov"], "Deputy Director of CARICC", CARICC),
               P(ABDR, ["The Director of CARICC"], "Director of CARICC", CARICC, "Major General of Police")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O(EUDA, ["European Union Drugs Agency", "EUDA"]),
            O(DEA, ["Drug Enforcement Administration"])],
      countries=["TM", "US"], organizers=[CARICC, "TM"], chairs=[ISMO],
      notes="Year from the stamp 14 March 2025. The Permanent Mission of Turkmenistan is encoded as its country (like an embassy) and co-organised. Moderator = chair. The CND session itself is context, not a participant; AT not added for the venue."),
    # ---------------------------------------------------------------- dev5_02 SSDC Kyrgyzstan 2015
    M(D2, "met at the SSDC headquarters with the Head of the Representative Office", "meeting",
      "2015-05-12", inferred=True, city="Bishkek", country="KG",
      persons=[P(KADY, ["Major General of Police A.T.Kadyrkulov", "The Director"],
                 "Director of the State Service for Drug Control under the Government of the Kyrgyz Republic", SSDC, "Major General of Police"),
               P("Vadim E. Sukhotin", ["Police Colonel Vadim E. Sukhotin"], "Head of the Representative Office", FSKN_KG, "Police Colonel")],
      orgs=[O(SSDC, ["State Service for Drug Control under the Government of the Kyrgyz Republic", "SSDC"]),
            O(FSKN_KG, ["Representative Office of the Federal Drug Control Service of the Russian Federation (FSKN of Russia) in the Kyrgyz Republic",
                        "FSKN Representative Office"])],
      countries=["KG", "RU"], organizers=[SSDC],
      notes="Year from 'Posted: 13 May 2015'. 'at the SSDC headquarters' with no dateline -> the Service's seat Bishkek (world knowledge, borderline), SSDC host. 'the Russian side' = RU. The April controlled delivery is only discussed. Kadyrkulov's full first name is given in the 8 May item."),
    M(D2, "the next meeting of the Kyrgyz-Russian working group on countering", "working_group",
      "2015-06-16", "2015-06-17", inferred=True, city="Moscow", country="RU", status="planned",
      orgs=[O(SSDC, []), O(FSKN, [])], countries=["KG", "RU"],
      notes="Planned with a date, year from the stamp. The unnamed joint working group is represented by the two services with empty mentions (dev2 05#3, dev3 03#2)."),
    M(D2, "a training seminar on the interdiction of drug trafficking", "seminar",
      "2015-05-04", "2015-05-08", inferred=True, city="Cholpon-Ata", country="KG",
      persons=[P(BAIY, ["Colonel N. Sh. Baiyshov"], "Deputy Director of the SSDC", SSDC, "Colonel"),
               P("Kristiina Laanemets", ["Ms. Kristiina LAANEMETS"], "Acting Head of the OSCE Centre in Bishkek", OSCE_BIS),
               P(KADY, ["Almaz Kadyrkulov"], "Director of the SSDC", SSDC, "Major General of Police")],
      orgs=[O(SSDC, ["SSDC"]), O(OSCE_BIS, ["OSCE Centre in Bishkek"]),
            O(TADOC, ["Turkish International Academy against Drugs and Organized Crime", "TADOC"]),
            O(SCSKG, ["State Customs Service under the Government of the Kyrgyz Republic"]),
            O(MIAKG, ["Ministry of Internal Affairs of the Kyrgyz Republic"])],
      countries=["KG", "TR"], organizers=[SSDC],
      notes="Year from 'Posted: 8 May 2015'. 'organised by the SSDC with the support of the OSCE Centre': SSDC organiser; the OSCE Centre takes part (its acting head opened it) but is not an organiser. TADOC instructors -> TR. The trainees' three bodies take part."),
    M(D2, "took part in the regional conference on cross-border cooperation", "conference",
      "2015-04-28", "2015-04-30", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(BAIY, ["Colonel Baiyshov", "The Kyrgyz delegate"], "Deputy Director of the SSDC", SSDC, "Colonel")],
      orgs=[O(SSDC, ["SSDC"]), O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan"]),
            O(PARIS, ["Paris Pact Initiative"])],
      countries=["AF", "IR", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[DCA, PARIS],
      notes="'From April 28 to 30', year from 'Posted: 30 April 2015'. Seven named delegations. The April statistics item and the 'Kara-Kuurai-2015' operation are not meetings."),
    # ---------------------------------------------------------------- dev5_03 State Customs Committee of Uzbekistan
    M(D3, "received the delegation of the General Administration of Customs", "meeting",
      "2023-10-23", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Sh.B. Tursunkhodjaev", ["Major General of Customs Service Sh. B. Tursunkhodjaev", "the Chairman"],
                 "Chairman of the State Customs Committee of the Republic of Uzbekistan", SCC, "Major General of Customs Service"),
               P("Sun Jiaming", ["Deputy Minister SUN Jiaming", "the head of the Chinese delegation"], "Deputy Minister", GACC)],
      orgs=[O(SCC, ["State Customs Committee of the Republic of Uzbekistan", "SCC", "the Committee"]),
            O(GACC, ["General Administration of Customs of the People's Republic of China", "GACC"])],
      countries=["UZ", "CN"], organizers=[SCC],
      notes="Year from the stamp 2023/10/24. 'in the building of the Committee' with no dateline -> the SCC's seat Tashkent (world knowledge, borderline), SCC host. Protocol signed at the meeting (one line). Kyrgyzstan only discussed (route). The Urumqi subcommission 'in the first half of 2024' has no month: not annotated."),
    M(D3, "the Customs Institute of the State Customs Committee hosted", "training",
      "2023-10-18", "2023-10-20", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Anvar Ergashev", ["Colonel of Customs Service Ergashev Anvar"], "Deputy Chairman of the SCC", SCC, "Colonel of Customs Service"),
               P("Olusegun A. Adeyemi", ["Mr. Olusegun A. Adeyemi"], "Regional Coordinator of the CCP for Central Asia", CCP)],
      orgs=[O(CI_UZ, ["Customs Institute of the State Customs Committee"]),
            O(CCP, ["UNODC-WCO Container Control Programme", "CCP"]), O(SCC, ["SCC"]),
            O(NLCUS, ["Netherlands Customs"]), O(RSGE, ["Revenue Service of Georgia"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "NL", "GE"], organizers=[CI_UZ, CCP],
      notes="'On October 18-20', year from the stamp 2023/10/21. City only in a later sentence (the practical exercise at a customs post 'in Tashkent'). Surname-first 'Ergashev Anvar'. Trainer bodies of NL and GE take part."),
    M(D3, "the 43rd session of the Enforcement Committee of the World Customs", "working_group",
      "2023-10-09", "2023-10-11", fmt="hybrid", city="Brussels", country="BE",
      persons=[P("D.A. Khodjimatov", ["Colonel of Customs Service D.A.Khodjimatov"],
                 "Head of the Department for Combating Smuggling of the State Customs Committee", DCS_UZ, "Colonel of Customs Service")],
      orgs=[O(WCO_EC, ["Enforcement Committee of the World Customs Organization", "the Committee"]), O(SCC, ["SCC"])],
      countries=["UZ"],
      notes="Session of a standing committee -> working_group (seeds). Held in Brussels in hybrid format; the Uzbek delegation joined online, which does not move the venue. No organiser stated. The proposed Tashkent workshop has no date. The nine-month statistics item is not a meeting."),
    # ---------------------------------------------------------------- dev5_04 SCO RATS 2022
    M(D4, "received at the RATS headquarters the Ambassador Extraordinary", "meeting",
      "2022-06-14", city="Tashkent", country="UZ",
      persons=[P(YESS, ["Mr. Nurbol Zh. Yessimkhanov"], "Director of the Executive Committee", RATS),
               P("Faisal Ahmed Siddiqui", ["Mr. Faisal Ahmed SIDDIQUI", "The Ambassador"],
                 "Ambassador Extraordinary and Plenipotentiary of the Islamic Republic of Pakistan to the Republic of Uzbekistan", "PK")],
      orgs=[O(RATS, ["Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", "RATS SCO"])],
      countries=["PK"], organizers=[RATS],
      notes="'at the RATS headquarters' with no dateline -> Tashkent (seat of RATS, world knowledge, borderline), RATS host. Ambassador = PK. Afghanistan only discussed; the exercise 'Pabbi-Antiterror-2022' is not a meeting."),
    M(D4, "the 39th meeting of the Council of the Regional Anti-Terrorist Structure", "council_session",
      "2022-06-07", "2022-06-08", inferred=True, fmt="hybrid", city="Tashkent", country="UZ",
      persons=[P(YESS, ["The Director of the Executive Committee"], "Director of the Executive Committee", RATS)],
      orgs=[O(RATS_C, ["Council of the Regional Anti-Terrorist Structure of the SCO", "The Council"]),
            O(RATS, ["Executive Committee", "RATS SCO"]), O(SCO_SEC, ["SCO Secretariat"])],
      countries=["IN", "KZ", "CN", "KG", "PK", "RU", "TJ", "UZ"],
      notes="'On 7-8 June', year from the stamp '10 June, 2022'. 'mixed format' with India and Pakistan by videoconference -> hybrid. Chaired by a state (Uzbekistan): UZ in countries, chairs empty (seeds 004#1); no host stated."),
    M(D4, "The next meeting of the Council will be held in Nur-Sultan", "council_session",
      "2022-09", city="Nur-Sultan", country="KZ", status="planned",
      orgs=[O(RATS_C, ["Council"])],
      notes="Planned, month only. No participants named."),
    M(D4, "Dushanbe hosted a meeting of the Expert Group of the RATS SCO Council", "working_group",
      "2022-05-24", "2022-05-26", city="Dushanbe", country="TJ",
      persons=[P("Kh.R. Sharifzoda", ["Major General Kh. R. Sharifzoda"], "First Deputy Chairman of the SCNS", SCNS_TJ, "Major General"),
               P("Zhou Lihong", ["Mr. Zhou Lihong"], "Deputy Director", RATS)],
      orgs=[O(RATS_EG, ["Expert Group of the RATS SCO Council on countering the use of the Internet for terrorist, separatist and extremist purposes"]),
            O(SCNS_TJ, ["State Committee for National Security of the Republic of Tajikistan", "SCNS"]),
            O(RATS, ["RATS Executive Committee"])],
      countries=["TJ"], organizers=[SCNS_TJ],
      notes="'From May 24 to 26, 2022'. City as subject ('Dushanbe hosted'); 'organised by' the SCNS. 'Experts of the competent authorities of the SCO Member States' not expanded. The 3 June analytical review is not a meeting."),
    # ---------------------------------------------------------------- dev5_05 Report.az 2021
    M(D5, "A meeting was held at the Main Drug Control Department of the Ministry", "meeting",
      "2021-11-02", inferred=True, city="Baku", country="AZ",
      persons=[P(HASA, ["Major General of Police Teymur Hasanli", "General Hasanli"], "Head of the Main Drug Control Department", MDCD, "Major General of Police"),
               P("Majid Kheirandish", ["Brigadier General Majid KHEIRANDISH", "The Iranian general"], "Deputy Commander of the Anti-Narcotics Police", ANP, "Brigadier General")],
      orgs=[O(MDCD, ["Main Drug Control Department of the Ministry of Internal Affairs of Azerbaijan", "Main Drug Control Department"]),
            O(ANP, ["Anti-Narcotics Police of the Islamic Republic of Iran", "Anti-Narcotics Police"])],
      countries=["AZ", "IR"], organizers=[MDCD],
      notes="The lead sentence has no date; the next gives 'on November 2' (year from the stamp and dateline). Venue from the Baku dateline, the Main Department host ('held at', 'received'). The ministry's press service is the source. Afghanistan and Pakistan only discussed; the Tehran meeting 'in the first quarter of 2022' has no month: not annotated."),
    M(D5, "experts of the two agencies held consultations in the Azerbaijani", "meeting",
      "2021-10-28", "2021-10-29", inferred=True, city="Astara", country="AZ",
      orgs=[O(MDCD, []), O(ANP, [])], countries=["AZ", "IR"],
      notes="A separate earlier gathering ('It should be noted that on October 28-29'). Astara is the Azerbaijani town (the text says so; an Iranian Astara also exists). The two agencies have empty mentions."),
    M(D5, "took part in an online course on darknet investigations", "training",
      "2021-10-25", "2021-10-26", inferred=True, fmt="online",
      orgs=[O(MDCD, ["Main Department"]), O(TNP, ["Turkish National Police"])],
      countries=["AZ", "TR"], organizers=[TNP],
      notes="'Earlier, on October 25–26' (en dash). 'conducted by experts of the Turkish National Police' -> organiser (as 'conducted' in dev4 08#1). The 2019 MoU and the 2020 statistics are background."),
    # ---------------------------------------------------------------- dev5_06 Daryo 2024
    M(D6, "met in Termez this week to coordinate joint measures", "meeting",
      "2024-09-05", inferred=True, city="Termez", country="UZ",
      persons=[P("Jasur Normatov", ["Police Colonel Jasur Normatov"], "Head of the Department of Internal Affairs of Surkhandarya Region", DIA_SU, "Police Colonel"),
               P(QURB, ["Colonel Rahmatullo S. Qurbonzoda", "Colonel Qurbonzoda"],
                 "Head of the Khatlon Regional Department of the Drug Control Agency under the President of the Republic of Tajikistan", DCA_KH, "Colonel")],
      orgs=[O(DIA_SU, ["Department of Internal Affairs of Surkhandarya Region"]),
            O(DCA_KH, ["Khatlon Regional Department of the Drug Control Agency under the President of the Republic of Tajikistan"])],
      countries=["UZ", "TJ"],
      notes="One meeting reported three times ('this week', 'the talks on September 5', 'the meeting in Termez'): one line. Year from the stamp. The MIA of Uzbekistan is the source. No host stated. Afghanistan, Russia, Kazakhstan only discussed."),
    M(D6, "the next meeting, which will take place in Kulob in December", "meeting",
      "2024-12", inferred=True, city="Kulob", country="TJ", status="planned",
      orgs=[O(DIA_SU, []), O(DCA_KH, [])], countries=["UZ", "TJ"], organizers=[DCA_KH],
      notes="Planned, month only, year from the stamp. The inviting Khatlon department is taken as host (borderline). The two departments have empty mentions; no persons (as dev4 02#2)."),
    M(D6, "held talks via video link with representatives of the European Union", "videoconference",
      "2024-09-04", inferred=True, fmt="online",
      persons=[P("Sardor A. Mirkomilov", ["Deputy Prosecutor General Sardor A. Mirkomilov"], "Deputy Prosecutor General", PGO_UZ)],
      orgs=[O(PGO_UZ, []), O(EUROPOL, ["European Union Agency for Law Enforcement Cooperation", "Europol"])],
      countries=["UZ"], organizers=[PGO_UZ],
      notes="'Separately, on September 4'. The Prosecutor General's Office only through the title (empty mentions); 'held talks' makes it the organiser (as seeds 001#7 'held')."),
    M(D6, "completed a two-week course on the investigation of drug-related", "training",
      "2024-08", inferred=True, city="Wiesbaden", country="DE",
      orgs=[O(MIAUZ, ["Uzbek Interior Ministry"]), O(BKA, ["Federal Criminal Police Office", "BKA"])],
      countries=["UZ", "DE"], organizers=[BKA],
      notes="'In August', year from the stamp. 'at the BKA' -> host. German government funding adds nothing beyond DE. The NIAC figures and the checkpoint agreement are not meetings."),
    # ---------------------------------------------------------------- dev5_07 UNODC GMCP 2019
    M(D7, "conducted a training on visit, board, search and seizure (VBSS)", "training",
      "2019-11-18", "2019-11-21", inferred=True, city="Aktau", country="KZ",
      persons=[P("Yerbol N. Tanatarov", ["Captain Second Rank Yerbol N. Tanatarov"], "Deputy Head of the Coast Guard Directorate", CGD_KZ, "Captain Second Rank"),
               P(FIND, ["Mr. Alasdair J. FINDLAY-ROSS", "Mr. FINDLAY-ROSS"], "GMCP Programme Coordinator for the Caspian Sea", GMCP),
               P("Elvin Guliyev", ["Lieutenant Elvin Guliyev"], None, SBSAZ, "Lieutenant")],
      orgs=[O(GMCP, ["UNODC Global Maritime Crime Programme", "GMCP"]),
            O(BSKZ, ["Border Service of the National Security Committee of the Republic of Kazakhstan", "Border Service"]),
            O(HCG, ["Hellenic Coast Guard"]), O(GDF, ["Guardia di Finanza"]),
            O(SBSAZ, ["State Border Service of Azerbaijan"])],
      countries=["AZ", "KZ", "TM", "GR", "IT"], organizers=[GMCP, BSKZ],
      notes="'From 18 to 21 November', year from the dateline 'Aktau (Kazakhstan), 22 November 2019'. 'in partnership with' the Border Service -> co-organiser. Mentors' bodies take part (GR, IT). A quoted trainee takes part. Canada only funds; the press contact is not a participant. Afghanistan and Iran only discussed."),
    M(D7, "a regional workshop on maritime drug interdiction held by GMCP in Baku", "workshop",
      "2019-10-29", "2019-10-30", inferred=True, city="Baku", country="AZ",
      orgs=[O(GMCP, ["GMCP"]), O(SBSAZ, ["State Border Service of the Republic of Azerbaijan"]),
            O(BSKZ, ["Border Service of Kazakhstan"]), O(SBSTM, ["State Border Service of Turkmenistan"])],
      countries=["AZ", "KZ", "TM"], organizers=[GMCP],
      notes="Background gathering with its own date and venue ('on 29 and 30 October', year from the dateline): its own line, as seeds 002#8."),
    M(D7, "GMCP will hold a follow-up mentoring session for the Turkmen", "training",
      "2020-02", city="Turkmenbashi", country="TM", status="planned",
      orgs=[O(GMCP, ["GMCP"])], countries=["TM", "AZ"], organizers=[GMCP],
      notes="Planned, month only. The Turkmen and Azerbaijani boarding teams as parties (demonyms)."),
    # ---------------------------------------------------------------- dev5_08 MIA Kazakhstan Telegram digest 2025
    M(D8, "met in Astana with a delegation of the U.S. Drug Enforcement", "meeting",
      "2025-02-14", inferred=True, city="Astana", country="KZ",
      persons=[P("Daniyar K. Toktarbay", ["Police Major General Daniyar K. Toktarbay", "The Deputy Minister"],
                 "Deputy Minister of Internal Affairs", MIAKZ, "Police Major General"),
               P("Darnell W. Prescott", ["Mr. Darnell W. Prescott"], "Regional Director", DEA)],
      orgs=[O(MIAKZ, []), O(DEA, ["U.S. Drug Enforcement Administration", "DEA"])],
      countries=["KZ", "US"],
      notes="Day header 'February 14' with the year from the digest title. MIA KZ only through the title (empty mentions; its name is the channel header). 'the American side' = US. No host stated. China and India only discussed."),
    M(D8, "held a working meeting via videoconference with colleagues", "videoconference",
      "2025-02-13", inferred=True, fmt="online",
      orgs=[O(DCDC_KZ, ["Department for Combating Drug Crime of the MIA"]),
            O(SBNON, ["Service for Combating Drug Trafficking of the MIA of the Kyrgyz Republic"]),
            O(DCDT_UZ, ["Department for Combating Drug Trafficking of the MIA of Uzbekistan"])],
      countries=["KZ", "KG", "UZ"], organizers=[DCDC_KZ],
      notes="Units of three ministries; 'held a working meeting with' makes the Kazakh department the organiser (as seeds 001#7). Type videoconference (a working meeting is a fair reading)."),
    M(D8, "a seminar on countering drug trafficking on the internet was held", "seminar",
      "2025-02-10", "2025-02-11", inferred=True, city="Almaty", country="KZ",
      orgs=[O(MIAKZ, ["The Ministry"]), O(OSCE_AST, ["OSCE Programme Office in Astana"]),
            O(CBSP, ["Central Bureau of Investigation of the Police of Poland", "CBŚP"])],
      countries=["KZ", "PL"], organizers=[MIAKZ, OSCE_AST],
      notes="'From 10 to 11 February', year from the digest title. City from 'the Almaty Academy of the Ministry' (venue only, the organisers being named). The OSCE office's name 'in Astana' is not the venue. The January statistics post is not a meeting."),
    M(D8, "received the Ambassador of the Republic of Türkiye to Kazakhstan", "meeting",
      "2025-02-10", inferred=True, city="Astana", country="KZ",
      persons=[P(KALI, ["Police Lieutenant General Bauyrzhan M. Kaliakparov", "The Minister"],
                 "Minister of Internal Affairs of the Republic of Kazakhstan", MIAKZ, "Police Lieutenant General"),
               P("Selim Karahasanoğlu", ["Mr. Selim KARAHASANOĞLU", "The Ambassador"], "Ambassador of the Republic of Türkiye to Kazakhstan", "TR")],
      orgs=[O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"])],
      countries=["KZ", "TR"], organizers=[MIAKZ],
      notes="No place stated: the Minister received in the ministry's seat Astana (world knowledge, borderline). Ambassador = TR. The Turkish National Police, TADOC and the 2024 operation are only discussed."),
    M(D8, "which the Ministry will hold in Astana on 26-27 March", "conference",
      "2025-03-26", "2025-03-27", inferred=True, city="Astana", country="KZ", status="planned",
      orgs=[O(MIAKZ, ["the Ministry"])], countries=["KZ"], organizers=[MIAKZ],
      notes="Planned with a date, year from the digest title. The Turkish side is only invited: not listed."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"CARICC Director", "The Director", "The Director of CARICC", "the Ambassador", "The Ambassador",
                     "The Kyrgyz delegate", "the Chairman", "the head of the Chinese delegation",
                     "The Director of the Executive Committee", "The Iranian general", "The Deputy Minister",
                     "The Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
