"""Write gold.jsonl and entities.json of the ninth development set (dev9) from the tables below.

Run from anywhere: ``python tests/eval/dev9/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, MIAKG, MIAUZ, IAU  # noqa: E402

SELEC = "Southeast European Law Enforcement Center"
SELEC_TF = "Anti-Drug Task Force of the Southeast European Law Enforcement Center"
SBNON = "Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
SCSKG = "State Customs Service under the Government of the Kyrgyz Republic"
UNODC_KZ = "UNODC Programme Office in Kazakhstan"
TADOC = "Turkish International Academy against Drugs and Organized Crime"
MIA_TJ = "Ministry of Internal Affairs of the Republic of Tajikistan"
DCDT_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
FSKN = "Federal Drug Control Service of the Russian Federation"
KRWG = "Kazakh-Russian Working Group on Countering Drug Trafficking"
SCO = "Shanghai Cooperation Organisation"
SBSTM = "State Border Service of Turkmenistan"
EXBS = "Export Control and Related Border Security Program of the U.S. Embassy in Turkmenistan"
MIA_TM = "Ministry of Internal Affairs of Turkmenistan"
SCS_TM = "State Customs Service of Turkmenistan"
GPO_TM = "Prosecutor General's Office of Turkmenistan"
PORT_TM = "Turkmenbashi International Seaport"
PCU_TM = "Port Control Unit of the Turkmenbashi International Seaport"
CCP = "UNODC-WCO Global Container Control Programme"
MOI_AF = "Ministry of Interior Affairs of the Islamic Republic of Afghanistan"
CNPA = "Counter Narcotics Police of Afghanistan"
ABP = "Afghan Border Police"
UNODC_AF = "UNODC Country Office for Afghanistan"
DCHQ = "Drug Control Headquarters of the Islamic Republic of Iran"
ANP_IR = "Anti-Narcotics Police of the Islamic Republic of Iran"
TI = "Triangular Initiative"
CND = "Commission on Narcotic Drugs"
UN = "United Nations"
EU = "European Union"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
EUACT = "EU Action Against Drugs and Organised Crime"
ESOCC = "European Serious and Organised Crime Centre"
EC3 = "European Cybercrime Centre"
NPA_MN = "National Police Agency of Mongolia"
DCDC_MN = "Department for Combating Drug Crimes of the National Police Agency of Mongolia"
INTERPOL = "International Criminal Police Organization"
IGA = "INTERPOL General Assembly"
LEU_MN = "Law Enforcement University of Mongolia"
KNPA = "Korean National Police Agency"
GIA = "General Intelligence Agency of Mongolia"
MPS_CN = "Ministry of Public Security of the People's Republic of China"
NCB_CN = "Narcotics Control Bureau of the Ministry of Public Security of the People's Republic of China"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, [CARICC, "CARICC", "the Centre",
                                    "Central Asian Regional Information and Coordination Centre"]),
    IAU: ("IAU", CARICC, None, ["Information and Analytical Unit", "IAU", "CARICC Information and Analytical Unit"]),
    SELEC: ("SELEC", None, None, ["Southeast European Law Enforcement Center", "SELEC"]),
    SELEC_TF: (None, SELEC, None, ["Anti-Drug Task Force"]),
    SBNON: ("SBNON", MIAKG, "KG", ["Service for Combating Illicit Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic",
                                   "SBNON MVD", "SBNON"]),
    SCSKG: (None, None, "KG", ["State Customs Service under the Government of the Kyrgyz Republic"]),
    MIAKG: (None, None, "KG", ["Ministry of Internal Affairs of the Kyrgyz Republic"]),
    UNODC_KZ: (None, UNODC, None, ["UNODC Programme Office in Kazakhstan"]),
    TADOC: ("TADOC", None, "TR", ["Turkish International Academy against Drugs and Organized Crime", "TADOC"]),
    MIAUZ: (None, None, "UZ", ["Ministry of Internal Affairs of the Republic of Uzbekistan",
                               "Ministry of Internal Affairs of Uzbekistan", "Uzbek Interior Ministry"]),
    MIA_TJ: (None, None, "TJ", ["Ministry of Internal Affairs of the Republic of Tajikistan", "Tajik ministry"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of Tajikistan", "Tajik agency"]),
    DCDT_UZ: (None, MIAUZ, "UZ", ["Department for Combating Drug Trafficking of the Uzbek Interior Ministry"]),
    MIAKZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan", "Kazakh Interior Ministry"]),
    FSKN: ("FSKN", None, "RU", ["Federal Drug Control Service of Russia", "FSKN"]),
    KRWG: (None, None, None, ["Kazakh-Russian Working Group on Countering Drug Trafficking"]),
    SCO: ("SCO", None, None, ["Shanghai Cooperation Organization", "SCO"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    SBSTM: (None, None, "TM", ["State Border Service of Turkmenistan", "State Border Service"]),
    EXBS: ("EXBS", None, "US", ["Export Control and Related Border Security (EXBS) Program of the U.S. Embassy in Turkmenistan",
                                "Export Control and Related Border Security (EXBS) Program", "EXBS"]),
    MIA_TM: (None, None, "TM", ["Ministry of Internal Affairs"]),
    SCS_TM: (None, None, "TM", ["State Customs Service"]),
    GPO_TM: (None, None, "TM", ["Prosecutor General's Office of Turkmenistan"]),
    PORT_TM: (None, None, "TM", ["Turkmenbashi International Seaport", "the seaport"]),
    PCU_TM: (None, PORT_TM, "TM", ["Port Control Unit of the Turkmenbashi International Seaport"]),
    CCP: ("CCP", UNODC, None, ["Container Control Programme of the United Nations Office on Drugs and Crime and the World Customs Organization",
                               "CCP"]),
    MOI_AF: (None, None, "AF", []),
    CNPA: ("CNPA", MOI_AF, "AF", ["Counter Narcotics Police of Afghanistan", "CNPA"]),
    ABP: ("ABP", MOI_AF, "AF", ["Afghan Border Police", "ABP"]),
    UNODC_AF: (None, UNODC, None, ["UNODC Country Office for Afghanistan"]),
    DCHQ: ("DCHQ", None, "IR", ["Iran's Drug Control Headquarters", "Drug Control Headquarters", "DCHQ"]),
    ANP_IR: (None, None, "IR", ["Iran's Anti-Narcotics Police"]),
    TI: ("TI", None, None, ["Triangular Initiative", "TI"]),
    CND: ("CND", UN, None, ["Commission on Narcotic Drugs", "CND"]),
    OSCE: ("OSCE", None, None, ["Organization for Security and Co-operation in Europe", "OSCE"]),
    EUROPOL: ("Europol", EU, None, ["European Union Agency for Law Enforcement Cooperation", "Europol"]),
    EUACT: ("EU-ACT2", None, None, ["EU Action Against Drugs and Organised Crime", "EU-ACT2"]),
    ESOCC: ("ESOCC", EUROPOL, None, ["European Serious and Organised Crime Centre", "ESOCC"]),
    EC3: ("EC3", EUROPOL, None, ["European Cybercrime Centre", "EC3"]),
    NPA_MN: ("NPA", None, "MN", ["National Police Agency of Mongolia", "National Police Agency", "NPA"]),
    DCDC_MN: (None, NPA_MN, "MN", ["Department for Combating Drug Crimes of the NPA"]),
    IGA: (None, INTERPOL, None, ["INTERPOL General Assembly"]),
    LEU_MN: (None, None, "MN", ["Law Enforcement University of Mongolia", "the University"]),
    KNPA: ("KNPA", None, "KR", ["Korean National Police Agency", "KNPA"]),
    GIA: ("GIA", None, "MN", ["General Intelligence Agency of Mongolia", "General Intelligence Agency", "GIA"]),
    MPS_CN: (None, None, "CN", ["Ministry of Public Security of the People's Republic of China"]),
    NCB_CN: (None, MPS_CN, "CN", ["Narcotics Control Bureau of the Ministry"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    ROCA: (None, UNODC, None, ["UNODC Regional Office for Central Asia"]),
    UN: ("UN", None, None, ["United Nations"]),
    EU: ("EU", None, None, ["European Union"]),
    INTERPOL: ("INTERPOL", None, None, ["INTERPOL"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan"], "AZ": ["Azerbaijan"], "BE": ["Belgium"], "BY": ["Belarus"],
    "CN": ["China", "People's Republic of China", "Chinese"], "DE": ["Germany"], "ES": ["Spain"],
    "IR": ["Iran", "Islamic Republic of Iran", "Iranian"], "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KR": ["Republic of Korea", "Korea", "Korean"], "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"],
    "MN": ["Mongolia", "Mongolian"], "NL": ["Netherlands", "the Netherlands"], "PK": ["Pakistan"], "PL": ["Poland"],
    "RU": ["Russia", "Russian Federation", "Russian"], "TJ": ["Tajikistan", "Tajik"],
    "TM": ["Turkmenistan", "Turkmen"], "TR": ["Turkey", "Republic of Turkey", "Turkish"],
    "US": ["United States", "United States of America", "U.S."], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev9_01_caricc_2020.txt", "dev9_02_gazeta_uz.txt", "dev9_03_tengrinews.txt", "dev9_04_orient_tm.txt")
D5, D6, D7, D8 = ("dev9_05_pajhwok.txt", "dev9_06_irna_dchq.txt", "dev9_07_europol.txt", "dev9_08_mongolia_police.txt")

ISMO = "M.T. Ismoilov"
USMO = "Bakhtiyor Usmonov"
TURS = "Yerlan Tursunbekov"
ZAVY = "Oleg Zavyalov"
ORAZ = "Dovletmyrat Orazmuhammedov"
WHIT = "Daniel P. Whitcombe"
KARI = "Hossein Karimzadeh"
ENKH = "B. Enkhbayar"
QODI = "Jasur Qodirov"

MEETINGS = [
    # ---------------------------------------------------------------- dev9_01 CARICC 2020
    M(D1, "On 11 March, CARICC held a videoconference with the Southeast", "videoconference",
      "2020-03-11", inferred=True, fmt="online",
      persons=[P(ISMO, ["Colonel M.T.Ismoilov"], "Deputy Director", CARICC, "Colonel"),
               P("Dauren K. Seitkaliyev", ["Mr. Dauren K. SEITKALIYEV"], "Head of the Information and Analytical Unit", IAU),
               P("Radu-Cristian Vasilescu", ["Mr. Radu-Cristian Vasilescu"], "Director", SELEC)],
      orgs=[O(CARICC, ["CARICC"]), O(IAU, ["Information and Analytical Unit"]),
            O(SELEC, ["Southeast European Law Enforcement Center", "SELEC"]), O(SELEC_TF, ["Anti-Drug Task Force"])],
      organizers=[CARICC],
      notes="Year from the stamp 'Friday, 13 March 2020'. 'CARICC held a videoconference with' -> CARICC organiser (as 'held talks'). "
            "SELEC is international: no country. The Council meeting 'scheduled for 14-15 April 2020 in Ashgabat' has been postponed "
            "without a new date: not annotated (neither held nor planned with a date)."),
    M(D1, "From 2 to 4 March 2020, a CARICC delegation headed by Deputy", "visit",
      "2020-03-02", "2020-03-04", city="Bishkek", country="KG",
      persons=[P(ISMO, ["Colonel M.T.Ismoilov"], "Deputy Director", CARICC, "Colonel")],
      orgs=[O(CARICC, ["CARICC"]),
            O(SBNON, ["Service for Combating Illicit Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic",
                      "SBNON MVD"]),
            O(SCSKG, ["State Customs Service under the Government of the Kyrgyz Republic"])],
      countries=["KG"],
      notes="City from the next sentence ('In Bishkek, the delegation met with'). 'met with' names no host: organizers empty. "
            "The dated reception on 4 March has its own line."),
    M(D1, "On 4 March, the Deputy Director was received by the First Deputy", "meeting",
      "2020-03-04", inferred=True, city="Bishkek", country="KG",
      persons=[P(ISMO, ["the Deputy Director"], "Deputy Director", CARICC, "Colonel"),
               P("Kubanychbek A. Osmonov", ["Police Major General Kubanychbek A. Osmonov", "The First Deputy Minister"],
                 "First Deputy Minister of Internal Affairs of the Kyrgyz Republic", MIAKG, "Police Major General")],
      orgs=[O(CARICC, []), O(MIAKG, [])],
      countries=["KG"], organizers=[MIAKG],
      notes="A separate dated meeting during the visit (dev8 06#2); venue from the visit. 'the Deputy Director' = Ismoilov (title alone). "
            "'was received by' -> the Ministry hosts; the Ministry only through the title (empty mentions)."),
    M(D1, "a training course on the use of the CARICC Central Database was held", "training",
      "2020-02-20", "2020-02-21", inferred=True, city="Almaty", country="KZ",
      persons=[P("Aigerim Zhaksybekova", ["Ms. Aigerim ZHAKSYBEKOVA"], "senior analyst of the IAU", IAU),
               P("Stefan Kowalczyk", ["Mr. Stefan Kowalczyk"], "UNODC International Expert", UNODC_KZ)],
      orgs=[O(CARICC, ["the Centre"]), O(IAU, ["Information and Analytical Unit", "IAU"]),
            O(UNODC_KZ, ["UNODC Programme Office in Kazakhstan"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ"], organizers=[CARICC, IAU, UNODC_KZ],
      notes="'On 20-21 February', year from the stamp. 'at the Centre's premises' -> Almaty, CARICC host; 'conducted by experts of' "
            "the IAU and the UNODC office -> organisers. The UNODC expert's affiliation is the office that conducted the course."),
    M(D1, "summed up at a meeting of the heads of the national working groups", "meeting",
      "2020-02-12", city="Almaty", country="KZ",
      persons=[P(ISMO, ["Colonel Ismoilov"], "Deputy Director", CARICC, "Colonel")],
      orgs=[O(CARICC, ["CARICC"])],
      organizers=[CARICC], chairs=[ISMO],
      notes="'held at CARICC' -> Almaty, CARICC host. The operation itself (October-November 2019) is not a meeting. "
            "'heads of the national working groups' is a generic group: no countries."),
    M(D1, "Colonel M.T.Ismoilov received in his office the Ambassador", "meeting",
      "2020-01-29", inferred=True, city="Almaty", country="KZ",
      persons=[P(ISMO, ["Colonel M.T.Ismoilov"], "CARICC Deputy Director", CARICC, "Colonel"),
               P("Tarık Özbilgin", ["H.E. Mr. Tarık Özbilgin", "The Ambassador"],
                 "Ambassador Extraordinary and Plenipotentiary of the Republic of Turkey to the Republic of Kazakhstan", "TR", "H.E.")],
      orgs=[O(CARICC, ["CARICC"])],
      countries=["TR"], organizers=[CARICC],
      notes="Year from the stamp. 'received in his office' -> CARICC's seat Almaty, CARICC host. Embassy = country. "
            "The Turkish National Police is only discussed."),
    M(D1, "for officers of the Central Asian states in Ankara in June 2020", "seminar",
      "2020-06", city="Ankara", country="TR", status="planned",
      orgs=[O(CARICC, ["CARICC"]), O(TADOC, ["Turkish International Academy against Drugs and Organized Crime", "TADOC"])],
      countries=["TR"], organizers=[CARICC, TADOC],
      notes="Planned, month only. A joint event: both bodies organise (dev6). TADOC is a Turkish national body -> TR. "
            "'officers of the Central Asian states' is a generic group."),
    # ---------------------------------------------------------------- dev9_02 Gazeta.uz 2023
    M(D2, "The agreement was reached at the talks between Interior Minister", "meeting",
      "2023-05-16", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(USMO, ["Bakhtiyor Usmonov", "Usmonov", "the minister"], "Interior Minister", MIAUZ),
               P("Sherali Davlatzoda", ["Sherali Davlatzoda"], "Tajik Interior Minister", MIA_TJ)],
      orgs=[O(MIAUZ, []), O(MIA_TJ, ["Tajik ministry"])],
      countries=["UZ", "TJ"], organizers=[MIA_TJ],
      notes="Stamp '18 May 2023, 17:42' (a Thursday): 'on Tuesday' -> 16 May. The lead ('held talks with his Tajik counterpart "
            "during his visit to Tajikistan') reports the same talks: one line. 'at the headquarters of the Tajik ministry' -> "
            "the ministry hosts, its seat Dushanbe. The MIA of Uzbekistan is the source and takes part through its minister "
            "(empty mentions). The official visit 'which will last until 19 May' is the frame of this and the next meeting "
            "(no start date): no line of its own. Afghanistan is only discussed; the January-April figures are not a meeting."),
    M(D2, "On the same day, Usmonov visited the Drug Control Agency under", "visit",
      "2023-05-16", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(USMO, ["Usmonov"], "Interior Minister", MIAUZ),
               P("Firdavs Nazarzoda", ["Major General Firdavs Nazarzoda"], "director", DCA, "Major General")],
      orgs=[O(DCA, ["Drug Control Agency under the President of Tajikistan"]), O(MIAUZ, [])],
      countries=["UZ", "TJ"], organizers=[DCA],
      notes="'On the same day' = 16 May. A visit to a body -> its seat Dushanbe; 'was received by its director' -> the Agency hosts."),
    M(D2, "Tashkent hosted a meeting of the heads of anti-drug units", "meeting",
      "2023-05", inferred=True, city="Tashkent", country="UZ",
      persons=[P(QODI, ["Colonel Jasur Qodirov"],
                 "head of the Department for Combating Drug Trafficking of the Uzbek Interior Ministry", DCDT_UZ, "Colonel")],
      orgs=[O(DCDT_UZ, ["Department for Combating Drug Trafficking of the Uzbek Interior Ministry"])],
      countries=["BY", "KZ", "KG", "RU", "TJ", "UZ"], chairs=[QODI],
      notes="'Earlier this month' -> May 2023 (month only, from the stamp). 'Tashkent hosted' names no body: no organiser (dev7). "
            "UZ from the chair's national unit; 'CIS countries' is a generic group, the five named delegations take part."),
    M(D2, "which Uzbekistan will host in Samarkand on 14-15 September", "conference",
      "2023-09-14", "2023-09-15", inferred=True, city="Samarkand", country="UZ", status="planned",
      countries=["UZ"], organizers=["UZ"],
      notes="Planned with a date (year from the stamp). 'Uzbekistan will host' -> UZ host (dev7 08#4). The invited Tajik minister "
            "is not listed (invited parties are not). Joining the Global Coalition (March) is not a meeting."),
    # ---------------------------------------------------------------- dev9_03 Tengrinews 2014
    M(D3, "The decision was taken at the 6th meeting of the Kazakh-Russian", "working_group",
      "2014-10-13", "2014-10-14", inferred=True, city="Astana", country="KZ",
      persons=[P(TURS, ["Police Major General Yerlan Tursunbekov", "Tursunbekov"], "Deputy Interior Minister", MIAKZ,
                 "Police Major General"),
               P(ZAVY, ["Police Lieutenant General Oleg Zavyalov"],
                 "Deputy Director of the Federal Drug Control Service of Russia", FSKN, "Police Lieutenant General")],
      orgs=[O(KRWG, ["Kazakh-Russian Working Group on Countering Drug Trafficking"]), O(MIAKZ, []),
            O(FSKN, ["Federal Drug Control Service of Russia", "FSKN"])],
      countries=["KZ", "RU"],
      notes="'on October 13-14', year from the stamp '15 October 2014, 14:22'. A session of a standing bilateral group -> "
            "working_group, the group as an organisation. No host stated. The Kazakh Interior Ministry is the source and takes "
            "part through its deputy minister (empty mentions). The nine-month figures are not a meeting."),
    M(D3, "Tursunbekov and Zavyalov last met in May in Dushanbe", "meeting",
      "2014-05", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(TURS, ["Tursunbekov"], "Deputy Interior Minister", MIAKZ, "Police Major General"),
               P(ZAVY, ["Zavyalov"], "Deputy Director of the Federal Drug Control Service of Russia", FSKN,
                 "Police Lieutenant General")],
      orgs=[O(SCO, ["Shanghai Cooperation Organization", "SCO"]), O(MIAKZ, []), O(FSKN, [])],
      countries=["KZ", "RU"],
      notes="Background gathering with its own month and venue (dev6/dev7), year from the stamp. 'SCO member states' is a "
            "generic group; KZ and RU from the two named participants' bodies."),
    M(D3, "scheduled to take place in Moscow in April 2015", "working_group",
      "2015-04", city="Moscow", country="RU", status="planned",
      orgs=[O(KRWG, [])],
      countries=["KZ", "RU"],
      notes="Planned, month only. The group referred back (empty mentions). KZ and RU as the two sides of a bilateral group "
            "(borderline)."),
    M(D3, "Interior Minister Nurlan Abdikarimov also met with the UNODC", "meeting",
      "2014-10-14", inferred=True, city="Astana", country="KZ",
      persons=[P("Nurlan Abdikarimov", ["Nurlan Abdikarimov", "Abdikarimov", "The minister"], "Interior Minister", MIAKZ),
               P("Alessandro Ferri", ["Alessandro Ferri", "the UN official"], "UNODC Regional Representative for Central Asia", ROCA)],
      orgs=[O(MIAKZ, ["the ministry"]), O(UNODC, ["UNODC"])],
      countries=["KZ"], organizers=[MIAKZ],
      notes="'On Tuesday' -> 14 October 2014 (the stamp is a Wednesday). 'The meeting took place at the ministry' -> host, its "
            "seat Astana (the city of the other meeting of the article). UNODC as the text's word, the representative's "
            "affiliation the Regional Office (seeds, dev2). CARICC is only mentioned. The September detention is not a meeting."),
    # ---------------------------------------------------------------- dev9_04 Orient 2022
    M(D4, "the Yyldyz Hotel in the capital hosted a regional seminar", "seminar",
      "2022-06-07", "2022-06-08", inferred=True, fmt="hybrid", city="Ashgabat", country="TM",
      persons=[P(ORAZ, ["Colonel Dovletmyrat Orazmuhammedov"], "Deputy Chairman of the State Border Service of Turkmenistan",
                 SBSTM, "Colonel"),
               P(WHIT, ["Mr. Daniel P. Whitcombe"],
                 "Chargé d'Affaires a.i. of the United States of America in Turkmenistan", "US"),
               P("Lorenzo Bianchi", ["Mr. Lorenzo BIANCHI"], "EXBS expert", EXBS)],
      orgs=[O(SBSTM, ["State Border Service of Turkmenistan", "State Border Service"]),
            O(EXBS, ["Export Control and Related Border Security (EXBS) Program"]),
            O(MIA_TM, ["Ministry of Internal Affairs"]), O(SCS_TM, ["State Customs Service"]),
            O(GPO_TM, ["Prosecutor General's Office of Turkmenistan"]),
            O(PORT_TM, ["Turkmenbashi International Seaport"])],
      countries=["TM", "US", "AZ", "KZ", "IR"], organizers=[SBSTM, EXBS],
      notes="'On 7-8 June', year from the stamp '16:05, 09.06.2022'. 'the Yyldyz Hotel in the capital' -> Ashgabat (also the "
            "headline). Experts of three countries 'joined the event via videoconference' -> hybrid. The embassy's programme "
            "is an organisation with its country (like INL); the chargé d'affaires = US. CARICC and the Guardia di Finanza are "
            "only mentioned."),
    M(D4, "On the sidelines of the seminar, Colonel Orazmuhammedov and Mr.", "meeting",
      "2022-06-07", "2022-06-08", inferred=True, city="Ashgabat", country="TM",
      persons=[P(ORAZ, ["Colonel Orazmuhammedov"], "Deputy Chairman of the State Border Service of Turkmenistan", SBSTM, "Colonel"),
               P(WHIT, ["Mr. Whitcombe"], "Chargé d'Affaires a.i. of the United States of America in Turkmenistan", "US")],
      orgs=[O(SBSTM, [])],
      countries=["TM", "US"],
      notes="Side talks without a date of their own take the seminar's range and venue (dev3, dev6)."),
    M(D4, "is planned to be held in Turkmenbashi in October this year", "seminar",
      "2022-10", inferred=True, city="Turkmenbashi", country="TM", status="planned",
      orgs=[O(PORT_TM, ["the seaport"]), O(SBSTM, [])],
      countries=["TM"],
      notes="Planned, month only ('October this year'). For officers of the seaport and the border units (the Border Service's, "
            "empty mentions): borderline. The 'Balkan velayat' is a province, not a venue. 'the second half of 2022' plans are "
            "not annotated."),
    M(D4, "an online meeting was held between the Port Control Unit", "meeting",
      "2022-06-02", inferred=True, fmt="online",
      persons=[P("Gulnara Seitova", ["Ms. Gulnara Seitova"], "CCP Regional Coordinator for Central Asia", CCP)],
      orgs=[O(PCU_TM, ["Port Control Unit of the Turkmenbashi International Seaport"]),
            O(CCP, ["Container Control Programme of the United Nations Office on Drugs and Crime and the World Customs Organization",
                    "CCP"])],
      countries=["TM"],
      notes="'Last week, on June 2', year from the stamp. Online, no organiser stated. 'the Turkmen side' = the PCU -> TM."),
    # ---------------------------------------------------------------- dev9_05 Pajhwok 2019
    M(D5, "During his visit to Tajikistan from July 9 to 11, Hashimi met", "visit",
      "2019-07-09", "2019-07-11", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Sayed Naqibullah Hashimi", ["Maj. Gen. Sayed Naqibullah Hashimi", "Hashimi"],
                 "Deputy Interior Minister for Counter Narcotics", MOI_AF, "Maj. Gen."),
               P("Jamshed Qurbonzoda", ["Jamshed Qurbonzoda"], "director of the Drug Control Agency under the President of Tajikistan", DCA),
               P("Davlatali Sharifzoda", ["Gen. Davlatali Sharifzoda"], "Deputy Minister of Internal Affairs", MIA_TJ, "Gen.")],
      orgs=[O(MOI_AF, []), O(DCA, ["Drug Control Agency under the President of Tajikistan", "Tajik agency"]),
            O(MIA_TJ, []), O(CNPA, ["Counter Narcotics Police of Afghanistan", "CNPA"])],
      countries=["AF", "TJ"], organizers=[DCA],
      notes="Byline 'On Jul 17, 2019'; 'last week' and 'from July 9 to 11' (year from the byline). City from a later sentence "
            "('In Dushanbe, the two sides signed'). Meetings with no mapping to days: one line (seeds 002#12). 'at the invitation "
            "of the Tajik agency' -> DCA host. CNPA is a party to the protocol signed (borderline). Ministries only through titles."),
    M(D5, "would hold a trilateral meeting in Moscow in September", "meeting",
      "2019-09", inferred=True, city="Moscow", country="RU", status="planned",
      countries=["AF", "TJ", "RU"],
      notes="Planned, month only (year from the byline). The three sides of a stated trilateral meeting (borderline); no body named."),
    M(D5, "a two-day workshop on border management for 40 officers", "workshop",
      "2019-06", inferred=True, city="Kabul", country="AF",
      persons=[P("Caroline Dufresne", ["Caroline Dufresne"], "UNODC Country Representative", UNODC_AF),
               P("Abdul Wahid Noori", ["Brig. Gen. Abdul Wahid Noori"], "ABP deputy commander", ABP, "Brig. Gen.")],
      orgs=[O(UNODC_AF, ["UNODC Country Office for Afghanistan"]), O(ABP, ["Afghan Border Police", "ABP"])],
      countries=["AF"], organizers=[UNODC_AF],
      notes="'Last month' -> June 2019 (month only). Japan is a funder, not a participant. The CNPA seizures, the laboratories "
            "and the opium survey are not meetings; the spokesman is a source."),
    # ---------------------------------------------------------------- dev9_06 IRNA 2021
    M(D6, "Hossein Karimzadeh made the remarks on Monday in a meeting", "meeting",
      "2021-01-25", inferred=True, city="Tehran", country="IR",
      persons=[P(KARI, ["Hossein Karimzadeh", "Karimzadeh"], "Secretary-General of Iran's Drug Control Headquarters", DCHQ),
               P("Marta Lindqvist", ["Marta Lindqvist", "Lindqvist"],
                 "Representative of the United Nations Office on Drugs and Crime in Tehran", UNODC),
               P("Parviz Rahmani Azad", ["Parviz Rahmani Azad"], "Director General for International Affairs of the DCHQ", DCHQ)],
      orgs=[O(DCHQ, ["Iran's Drug Control Headquarters", "DCHQ"]),
            O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"])],
      countries=["IR"], organizers=[DCHQ],
      notes="Stamp 'Jan 26, 2021, 2:31 PM' (a Tuesday): 'on Monday' -> 25 January. 'held at the DCHQ headquarters' -> host, "
            "Tehran. Afghanistan and the US are only discussed; the seizure figures are not a meeting."),
    M(D6, "Iranian and Afghan anti-narcotics officials held a video conference", "videoconference",
      "2021-01", inferred=True, fmt="online",
      persons=[P("Hamid Rezvanfar", ["Brigadier General Hamid Rezvanfar"],
                 "deputy commander of Iran's Anti-Narcotics Police", ANP_IR, "Brigadier General")],
      orgs=[O(ANP_IR, ["Iran's Anti-Narcotics Police"])],
      countries=["IR", "AF"],
      notes="'Earlier this month' -> January 2021 (month only). No Afghan body named: AF from 'Afghan ... officials'."),
    M(D6, "scheduled to travel to Islamabad next month to attend the ministerial", "meeting",
      "2021-02", inferred=True, city="Islamabad", country="PK", status="planned",
      persons=[P(KARI, ["Karimzadeh"], "Secretary-General of Iran's Drug Control Headquarters", DCHQ)],
      orgs=[O(TI, ["Triangular Initiative", "TI"]), O(DCHQ, [])],
      countries=["IR", "AF", "PK"],
      notes="Planned, 'next month' -> February 2021. The three states of the Triangular Initiative's ministerial meeting "
            "(borderline, as dev9_05#2)."),
    M(D6, "to be held in Vienna from April 12 to 16 in a hybrid format", "council_session",
      "2021-04-12", "2021-04-16", inferred=True, fmt="hybrid", city="Vienna", country="AT", status="planned",
      orgs=[O(CND, ["Commission on Narcotic Drugs", "CND"])],
      countries=["IR"],
      notes="Planned with a date, year from the stamp. A session of the Commission -> council_session (dev2 04#3); hybrid keeps "
            "its venue."),
    # ---------------------------------------------------------------- dev9_07 Europol 2024
    M(D7, "met their counterparts from Belgium, Germany, the Netherlands", "meeting",
      "2024-06-11", "2024-06-12", fmt="hybrid", city="The Hague", country="NL",
      persons=[P("Henrik Dalsgaard", ["Henrik Dalsgaard"], "Deputy Executive Director of Operations", EUROPOL),
               P("Erkin Tashmatov", ["Erkin Tashmatov"], "Director", CARICC)],
      orgs=[O(EUROPOL, ["Europol"]), O(EUACT, ["EU Action Against Drugs and Organised Crime", "EU-ACT2"]),
            O(CARICC, [CARICC, "CARICC"]), O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"]),
            O(OSCE, ["Organization for Security and Co-operation in Europe", "OSCE"]),
            O(ESOCC, ["European Serious and Organised Crime Centre", "ESOCC"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "BE", "DE", "NL", "PL", "ES"], organizers=[EUROPOL, EUACT, CARICC],
      notes="'at Europol's headquarters' -> The Hague (the host's seat). UNODC and OSCE 'attended online' -> hybrid. "
            "'organised by Europol together with' the project and CARICC -> three organisers. The quoted deputy executive "
            "director opened the meeting."),
    M(D7, "The meeting was preceded on 10 June by a one-day workshop", "workshop",
      "2024-06-10", inferred=True, city="The Hague", country="NL",
      orgs=[O(EC3, ["European Cybercrime Centre", "EC3"])],
      organizers=[EC3],
      notes="Year from the stamp '18 Jun 2024'; venue of the meeting it preceded (borderline). 'delivered by specialists of' EC3 "
            "-> organiser. Trainees not stated: no countries. The joint action (February-May) is an operation, not a meeting."),
    M(D7, "The participants agreed to meet again in Tashkent in November 2024", "meeting",
      "2024-11", city="Tashkent", country="UZ", status="planned",
      orgs=[O(MIAUZ, ["Ministry of Internal Affairs of the Republic of Uzbekistan"])],
      countries=["UZ"], organizers=[MIAUZ],
      notes="Planned, month only. 'at the invitation of' the Ministry -> host. FIIAPP (implementer) is only mentioned."),
    # ---------------------------------------------------------------- dev9_08 National Police Agency of Mongolia 2017
    M(D8, "a delegation of the Ministry of Internal Affairs of the Republic of", "visit",
      "2017-09-13", "2017-09-14", inferred=True, city="Ulaanbaatar", country="MN",
      persons=[P("Marat K. Baizhanov", ["Police Major General Marat K. Baizhanov"], "Deputy Minister", MIAKZ,
                 "Police Major General"),
               P(ENKH, ["Police Major General B.Enkhbayar", "The Chief of the NPA"],
                 "Chief of the National Police Agency of Mongolia", NPA_MN, "Police Major General"),
               P("Ts. Otgonbayar", ["Police Colonel Ts. Otgonbayar"], "head of the Department for Combating Drug Crimes of the NPA",
                 DCDC_MN, "Police Colonel")],
      orgs=[O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
            O(NPA_MN, ["National Police Agency", "National Police Agency of Mongolia", "NPA"]),
            O(DCDC_MN, ["Department for Combating Drug Crimes of the NPA"])],
      countries=["KZ", "MN"], organizers=[NPA_MN],
      notes="Year from the stamp '2017.09.15 11:42'. A working visit 'to Mongolia at the invitation of the National Police "
            "Agency' and received by its Chief -> host, its seat Ulaanbaatar (borderline). The briefing at the department has "
            "no date of its own: part of the visit. 'The next meeting ... in Astana in 2018' has only a year: not annotated."),
    M(D8, "will take part in the 86th session of the INTERPOL General Assembly", "council_session",
      "2017-09-26", "2017-09-29", inferred=True, city="Beijing", country="CN", status="planned",
      persons=[P(ENKH, ["its Chief"], "Chief of the National Police Agency of Mongolia", NPA_MN, "Police Major General")],
      orgs=[O(IGA, ["INTERPOL General Assembly"]), O(NPA_MN, ["NPA"])],
      countries=["MN"],
      notes="Planned with a date, year from the stamp. 'headed by its Chief' = Enkhbayar (title alone). A session of INTERPOL's "
            "governing body -> council_session; no organiser stated (like a council session). The venue alone does not add CN."),
    M(D8, "a training course on the investigation of crimes related to synthetic", "training",
      "2017-09-04", "2017-09-08", inferred=True, city="Ulaanbaatar", country="MN",
      persons=[P("D. Batsaikhan", ["Police Colonel D. Batsaikhan"], "Rector of the University", LEU_MN, "Police Colonel"),
               P("Kim Sung-ho", ["Superintendent KIM Sung-ho"], None, KNPA, "Superintendent")],
      orgs=[O(LEU_MN, ["Law Enforcement University of Mongolia", "the University"]),
            O(KNPA, ["Korean National Police Agency", "KNPA"]),
            O(GIA, ["General Intelligence Agency"]), O(NPA_MN, [])],
      countries=["MN", "KR"], organizers=[KNPA],
      notes="Year from the stamp '2017.09.08 17:05'. Venue the University (its seat Ulaanbaatar, borderline); a venue where "
            "named trainers conduct the course is the venue only (dev5), but its rector took part. 'conducted by instructors "
            "of' KNPA -> organiser; KOICA's project is a framework/funder, not a participant. 'officers of the police' = the "
            "page's own body (empty mentions). Korean name surname first, kept in that order (like Chinese names)."),
    M(D8, "regular consultations between the General Intelligence Agency", "meeting",
      "2017-08-28", inferred=True, city="Ulaanbaatar", country="MN",
      persons=[P("Zhao Weiming", ["Mr. ZHAO Weiming"], "Deputy Director General of the Narcotics Control Bureau of the Ministry",
                 NCB_CN),
               P("Tserendorj Ganbold", ["Colonel TSERENDORJ Ganbold"], "Deputy Director of the GIA", GIA, "Colonel")],
      orgs=[O(GIA, ["General Intelligence Agency of Mongolia", "GIA"]),
            O(MPS_CN, ["Ministry of Public Security of the People's Republic of China"]),
            O(NCB_CN, ["Narcotics Control Bureau of the Ministry"])],
      countries=["MN", "CN"], organizers=[GIA],
      notes="Year from the stamp '2017.08.30 10:20'. The item title 'GIA holds consultations with' -> GIA organiser (as 'held "
            "talks'). Mongolian name with the patronymic first in capitals kept in the text's order, like Chinese names. "
            "The operation item (2017.08.21) is not a meeting."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Deputy Director", "The First Deputy Minister", "The Ambassador", "the minister", "The minister",
                     "the UN official", "The Chief of the NPA", "its Chief"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
