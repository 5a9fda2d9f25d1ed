"""Write gold.jsonl and entities.json of the twelfth development set (dev12) from the tables below.

Run from anywhere: ``python tests/eval/dev12/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, CNC, MIAKG, MIAUZ, IAU  # noqa: E402

EU = "European Union"
EWG_LEG = "CARICC Expert Working Group on legal issues"
SC_AZ = "State Commission on Combating Drug Addiction and Illegal Drug Trafficking of the Republic of Azerbaijan"
SSCD_TM = "State Service of Turkmenistan for Combating Drugs"
MFA_TM = "Ministry of Foreign Affairs of Turkmenistan"
EUD_KZ = "Delegation of the European Union to the Republic of Kazakhstan"
OSCE_TJ = "OSCE Office in Tajikistan"
FSKN = "Federal Drug Control Service of the Russian Federation"
GUBNON_KG = "Main Department for Combating Illegal Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
UVD_AND = "Andijan regional internal affairs administration"
NIAC = "National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"
UNODC_KG = "UNODC Programme Office in the Kyrgyz Republic"
EGM = "Security General Directorate of the Republic of Türkiye"
NCD_TR = "Narcotics Crimes Department of the Security General Directorate"
TIKA = "Turkish Cooperation and Coordination Agency"
MOI_TR = "Ministry of Interior of the Republic of Türkiye"
ADD_KZ = "Anti-Drug Department of the Ministry of Internal Affairs of the Republic of Kazakhstan"
JWG_TRKZ = "Türkiye-Kazakhstan Joint Working Group on Security Cooperation"
MNC_PK = "Ministry of Narcotics Control of Pakistan"
ANF = "Anti-Narcotics Force"
UNODC_TJ = "UNODC Programme Office in Tajikistan"
MFA_TJ = "Ministry of Foreign Affairs of the Republic of Tajikistan"
OSCE_DUSH = "OSCE Programme Office in Dushanbe"
CC_PCA = "Coordination Council of the UNODC Programme for Central Asia"
DCDC_KZ = "Department for Combating Drug Crime of the Ministry of Internal Affairs of the Republic of Kazakhstan"
DCIDT_UZ = "Department for Combating Illicit Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
PCUZ = "OSCE Project Co-ordinator in Uzbekistan"
CADAP = "Central Asia Drug Action Programme"
EMCDDA = "European Monitoring Centre for Drugs and Drug Addiction"
NBDP_PL = "National Bureau for Drug Prevention of Poland"
EUD_UZ = "Delegation of the European Union to Uzbekistan"
TRIMBOS = "Trimbos Institute"
MOH_KG = "Ministry of Health of the Kyrgyz Republic"
RCPN_KG = "Republican Centre of Psychiatry and Narcology of the Ministry of Health of the Kyrgyz Republic"
WCO = "World Customs Organization"
CS_TJ = "Customs Service under the Government of the Republic of Tajikistan"
CUST_DE = "German Customs"
MOF_KZ = "Ministry of Finance of the Republic of Kazakhstan"
SRC_KZ = "State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan"
SCC_UZ = "State Customs Committee of the Republic of Uzbekistan"
ROCB = "WCO Regional Office for Capacity Building for the Europe region"
RILO = "Regional Intelligence Liaison Office for the CIS countries"
RS_GE = "Revenue Service of Georgia"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre",
                                    "Central Asian Regional Information and Coordination Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators"]),
    EWG_LEG: (None, CARICC, None, [EWG_LEG, "Expert Working Group on legal issues"]),
    IAU: (None, CARICC, None, ["Information and Analytical Unit of CARICC"]),
    SC_AZ: (None, None, "AZ", [SC_AZ]),
    SSCD_TM: (None, None, "TM", [SSCD_TM, "State Service for Combating Drugs"]),
    MFA_TM: (None, None, "TM", [MFA_TM]),
    EUD_KZ: (None, EU, None, [EUD_KZ]),
    OSCE_TJ: (None, OSCE, None, [OSCE_TJ]),
    FSKN: ("FSKN", None, "RU", [FSKN, "FSKN"]),
    GUBNON_KG: (None, MIAKG, "KG", [GUBNON_KG]),
    UVD_AND: (None, MIAUZ, "UZ", [UVD_AND]),
    NIAC: ("NIAC", None, "UZ", [NIAC, "NIAC",
                                "National Information-Analytical Center on Drug Control under the Cabinet of Ministers"]),
    MIAKG: (None, None, "KG", [MIAKG, "Kyrgyz Interior Ministry"]),
    UNODC_KG: (None, UNODC, None, [UNODC_KG]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    NCD_TR: (None, EGM, "TR", [NCD_TR, "Narcotics Crimes Department"]),
    TIKA: ("TIKA", None, "TR", ["Turkish Cooperation and Coordination Agency (TIKA)", "TIKA"]),
    MOI_TR: (None, None, "TR", [MOI_TR, "Turkish Interior Ministry", "Interior Ministry"]),
    ADD_KZ: (None, MIAKZ, "KZ", ["Anti-Drug Department of Kazakhstan's Interior Ministry"]),
    JWG_TRKZ: (None, None, None, [JWG_TRKZ]),
    MNC_PK: (None, None, "PK", ["Ministry of Narcotics Control"]),
    MIAUZ: (None, None, "UZ", [MIAUZ, "Uzbekistan's Ministry of Internal Affairs"]),
    ANF: ("ANF", None, "PK", ["Anti-Narcotics Force (ANF)", "Anti-Narcotics Force", "ANF"]),
    DCA: ("DCA", None, "TJ", [DCA, "Drug Control Agency of Tajikistan", "Drug Control Agency (DCA)", "DCA"]),
    UNODC_TJ: (None, UNODC, None, [UNODC_TJ]),
    MFA_TJ: (None, None, "TJ", [MFA_TJ]),
    OSCE_DUSH: (None, OSCE, None, [OSCE_DUSH]),
    CC_PCA: (None, UNODC, None, [CC_PCA]),
    MIAKZ: (None, None, "KZ", [MIAKZ]),
    DCDC_KZ: (None, MIAKZ, "KZ", ["Department for Combating Drug Crime"]),
    DCIDT_UZ: (None, MIAUZ, "UZ", ["Department for Combating Illicit Drug Trafficking of the MIA",
                                   "Department for Combating Illicit Drug Trafficking"]),
    PCUZ: ("PCUz", OSCE, None, ["OSCE Project Co-ordinator in Uzbekistan (PCUz)", "PCUz"]),
    CADAP: ("CADAP 7", EU, None, ["Central Asia Drug Action Programme (CADAP 7)", "CADAP 7"]),
    EMCDDA: ("EMCDDA", EU, None, ["European Monitoring Centre for Drugs and Drug Addiction (EMCDDA)", "EMCDDA"]),
    NBDP_PL: (None, None, "PL", [NBDP_PL]),
    EUD_UZ: (None, EU, None, [EUD_UZ]),
    TRIMBOS: (None, None, "NL", [TRIMBOS]),
    RCPN_KG: (None, MOH_KG, "KG", [RCPN_KG]),
    WCO: ("WCO", None, None, ["World Customs Organization (WCO)", "WCO"]),
    CS_TJ: (None, None, "TJ", [CS_TJ, "Customs Service"]),
    CUST_DE: (None, None, "DE", [CUST_DE]),
    SRC_KZ: (None, MOF_KZ, "KZ", [SRC_KZ]),
    SCC_UZ: (None, None, "UZ", [SCC_UZ, "State Customs Committee of Uzbekistan"]),
    ROCB: ("ROCB Europe", WCO, None, ["WCO Regional Office for Capacity Building for the Europe region (ROCB Europe)",
                                      "ROCB Europe"]),
    RILO: ("RILO CIS", WCO, None, ["Regional Intelligence Liaison Office for the CIS countries (RILO CIS)", "RILO CIS"]),
    RS_GE: (None, None, "GE", [RS_GE]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    OSCE: ("OSCE", None, None, ["OSCE"]),
    EU: ("EU", None, None, ["European Union", "EU"]),
    ROCA: (None, UNODC, None, ["UNODC Regional Office for Central Asia"]),
    EGM: (None, MOI_TR, "TR", ["Security General Directorate"]),
    MOH_KG: (None, None, "KG", []),
    MOF_KZ: (None, None, "KZ", []),
}

COUNTRY_NAMES = {
    "AZ": ["Azerbaijan", "Republic of Azerbaijan"], "DE": ["Germany", "German"], "GE": ["Georgia"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"], "NL": ["Netherlands", "the Netherlands"],
    "PK": ["Pakistan"], "PL": ["Poland"], "PT": ["Portugal"],
    "RU": ["Russia", "Russian Federation", "the Russian Federation"],
    "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan", "Turkmen"],
    "TR": ["Türkiye", "Turkish"], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev12_01_caricc_2014.txt", "dev12_02_times_ca.txt", "dev12_03_anadolu.txt", "dev12_04_dawn.txt")
D5, D6, D7, D8 = ("dev12_05_avesta.txt", "dev12_06_uza.txt", "dev12_07_cadap.txt", "dev12_08_wco.txt")

DOSS = "Yerlan M. Dossanov"
HASA = "Tural R. Hasanli"
SADY = "Kubanychbek Toktogulovich Sadyrbekov"
ZHAK = "Daniyar Ye. Zhaksylykov"
KURB = "A.M. Kurbonzoda"
ALVA = "Carlos Alvarez Mendoza"
TOSH = "Jasur Sobirovich Toshmatov"
DEWIT = "Lotte de Wit"
MORI = "Kenji Morimoto"

MEETINGS = [
    # ---------------------------------------------------------------- dev12_01 CARICC listing 2014
    M(D1, "the second meeting of the CARICC Expert Working Group on legal", "working_group",
      "2014-11-18", "2014-11-19", city="Almaty", country="KZ",
      persons=[P(HASA, ["Mr. Tural R. HASANLI"], "Head of the Legal Department of the State Commission on "
                 "Combating Drug Addiction and Illegal Drug Trafficking of the Republic of Azerbaijan", SC_AZ)],
      orgs=[O(EWG_LEG, [EWG_LEG]), O(CARICC, ["CARICC", "the Centre"]), O(SC_AZ, [SC_AZ])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ"], organizers=[CARICC], chairs=[HASA],
      notes="'at the premises of the Centre' -> Almaty, CARICC host. All-caps surname. Standing group -> working_group."),
    M(D1, "which will be held on 10-11 December 2014 in Bishkek", "council_session",
      "2014-12-10", "2014-12-11", city="Bishkek", country="KG", status="planned",
      orgs=[O(CNC, ["CARICC Council of National Coordinators"])],
      notes="Planned with a date, inside the item of the working group."),
    M(D1, "paid a working visit to Turkmenistan", "visit",
      "2014-11-03", "2014-11-05", inferred=True, city="Ashgabat", country="TM",
      persons=[P(DOSS, ["Police Major-General Yerlan M. DOSSANOV"], "Director of CARICC", CARICC,
                 "Police Major-General")],
      orgs=[O(CARICC, ["CARICC"]), O(SSCD_TM, [SSCD_TM]), O(MFA_TM, [MFA_TM])],
      countries=["TM"], organizers=[SSCD_TM, MFA_TM],
      notes="'From 3 to 5 November', year from the stamp 07.11.2014. City in a later sentence ('The talks in "
            "Ashgabat'). The visited bodies host (dev10). The meetings of the visit have no dates of their own."),
    M(D1, "On 4 November the CARICC delegation also held a working meeting", "meeting",
      "2014-11-04", inferred=True, city="Ashgabat", country="TM",
      persons=[P("Nurbol S. Abdikarimov", ["H.E. Mr. Nurbol S. Abdikarimov"],
                 "Ambassador of the Republic of Kazakhstan to Turkmenistan", "KZ", "H.E.")],
      orgs=[O(CARICC, ["CARICC"])],
      countries=["KZ"], organizers=["KZ"],
      notes="A dated meeting during the visit: own line (dev8); the trip's city (the Embassy in Turkmenistan). "
            "Embassy = country, host. The delegation's head is not named in the sentence."),
    M(D1, "On 27 October the Director of the Centre received in his office", "meeting",
      "2014-10-27", inferred=True, city="Almaty", country="KZ",
      persons=[P(DOSS, ["the Director of the Centre", "The Director"], "Director of CARICC", CARICC,
                 "Police Major-General"),
               P("Johannes Kleinert", ["Mr. Johannes KLEINERT"],
                 "Head of Cooperation of the Delegation of the European Union to the Republic of Kazakhstan", EUD_KZ)],
      orgs=[O(CARICC, ["the Centre"]), O(EUD_KZ, [EUD_KZ])],
      organizers=[CARICC],
      notes="Year from the stamp 29.10.2014. Title alone = the Director named in the item above. 'received in his "
            "office' -> Almaty, CARICC host. EU Delegation: no country. The operation is only mentioned."),
    M(D1, "a training course on strategic analysis of drug trafficking", "training",
      "2014-09-29", "2014-10-03", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("A.K. Zhumabekov", ["Mr. A.K.Zhumabekov"], "officer of the Information and Analytical Unit of CARICC", IAU),
               P("Rinat S. Ismailov", ["Mr. Rinat S. Ismailov"], "officer of the Information and Analytical Unit of CARICC", IAU),
               P("Pavel Ye. Lobanov", ["Mr. Pavel Ye. Lobanov"], "expert of the Federal Drug Control Service of the "
                 "Russian Federation", FSKN)],
      orgs=[O(CARICC, ["CARICC"]), O(OSCE_TJ, [OSCE_TJ]), O(IAU, ["Information and Analytical Unit of CARICC"]),
            O(FSKN, [FSKN, "FSKN"])],
      countries=["KG", "TJ", "UZ", "RU"], organizers=[CARICC, OSCE_TJ],
      notes="'On 29 September - 3 October' across months, year from the stamp 08.10.2014. Glued initials. "
            "Trainers' bodies take part. The operation item above is not a meeting."),
    # ---------------------------------------------------------------- dev12_02 The Times of Central Asia 2019
    M(D2, "held last Tuesday in the Uzbek city of Andijan", "meeting",
      "2019-09-10", inferred=True, city="Andijan", country="UZ",
      persons=[P(SADY, ["Colonel Sadyrbekov Kubanychbek Toktogulovich", "Colonel Sadyrbekov"],
                 "head of the Main Department for Combating Illegal Drug Trafficking of the Ministry of Internal "
                 "Affairs of the Kyrgyz Republic", GUBNON_KG, "Colonel"),
               P("Sh.T. Mirzaev", ["Colonel Sh.T. Mirzaev"], "head of the anti-drug department of the Andijan "
                 "regional internal affairs administration", UVD_AND, "Colonel")],
      orgs=[O(GUBNON_KG, [GUBNON_KG]), O(UVD_AND, [UVD_AND])],
      countries=["KG", "UZ"],
      notes="Stamp 'Mon, 09/16/2019' (month first); 'last Tuesday' = 10 September. Reported twice (lead, quote). "
            "Surname-first name with patronymic canonicalised given name first. No host stated. Afghanistan, "
            "Tajikistan only discussed."),
    M(D2, "The parties agreed to meet again in Osh in November", "meeting",
      "2019-11", inferred=True, city="Osh", country="KG", status="planned",
      orgs=[O(GUBNON_KG, []), O(UVD_AND, [])],
      countries=["KG", "UZ"],
      notes="Planned, month without a year. The parties referred back; the two sides listed (dev9-dev11, borderline)."),
    M(D2, "a working visit to Bishkek earlier this month by a delegation", "visit",
      "2019-09", inferred=True, city="Bishkek", country="KG",
      persons=[P("Dilshod Rakhmatullaev", ["Dilshod Rakhmatullaev"], "NIAC deputy director", NIAC)],
      orgs=[O(NIAC, [NIAC, "NIAC"]), O(MIAKG, ["Kyrgyz Interior Ministry"])],
      countries=["UZ", "KG"], organizers=[MIAKG],
      notes="'earlier this month' -> month only. The visited ministry hosts (dev10)."),
    M(D2, "a regional conference on countering synthetic drugs is scheduled", "conference",
      "2019-10-08", "2019-10-09", inferred=True, city="Bishkek", country="KG", status="planned",
      orgs=[O(UNODC_KG, [UNODC_KG]), O(MIAKG, ["Interior Ministry"])],
      countries=["KG"], organizers=[UNODC_KG, MIAKG],
      notes="Planned with a date, year from the stamp. 'all five Central Asian states' is a generic group. "
            "Statistics and the World Drug Report are not meetings."),
    # ---------------------------------------------------------------- dev12_03 Anadolu Agency 2022
    M(D3, "The course, held on Oct. 3-14 at the Turkish National Police", "training",
      "2022-10-03", "2022-10-14", inferred=True, city="Ankara", country="TR",
      persons=[P(ZHAK, ["Police Colonel Daniyar Ye. Zhaksylykov"], "deputy head of the Anti-Drug Department of "
                 "Kazakhstan's Interior Ministry", ADD_KZ, "Police Colonel")],
      orgs=[O(NCD_TR, [NCD_TR]), O(TIKA, ["Turkish Cooperation and Coordination Agency (TIKA)"]),
            O(ADD_KZ, ["Anti-Drug Department of Kazakhstan's Interior Ministry"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "TR"], organizers=[NCD_TR, TIKA],
      notes="Year from the byline stamp '14.10.2022'. The Police Academy is the venue only (organisers named). "
            "The head of the Kazakh delegation took part in the course (borderline)."),
    M(D3, "met the heads of the five delegations at the ministry on Wednesday", "meeting",
      "2022-10-12", inferred=True, city="Ankara", country="TR",
      persons=[P("Selim Karaduman", ["Deputy Interior Minister Selim Karaduman", "Karaduman"],
                 "Deputy Interior Minister", MOI_TR),
               P(ZHAK, ["Police Colonel Daniyar Ye. Zhaksylykov"], "deputy head of the Anti-Drug Department of "
                 "Kazakhstan's Interior Ministry", ADD_KZ, "Police Colonel")],
      orgs=[O(MOI_TR, ["the ministry"]), O(ADD_KZ, ["Anti-Drug Department of Kazakhstan's Interior Ministry"])],
      countries=["TR", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[MOI_TR],
      notes="'on Wednesday' = 12 October (stamp Friday 14 October). Dateline ANKARA, 'at the ministry' -> host. "
            "The five delegations = the five countries named."),
    M(D3, "launched after an online meeting between the Narcotics Crimes", "videoconference",
      "2022-06", inferred=True, fmt="online",
      orgs=[O(NCD_TR, ["Narcotics Crimes Department"])],
      countries=["TR", "KZ", "KG", "TJ", "TM", "UZ"],
      notes="Month only, year from the stamp. 'between' -> no organiser. The five countries' agencies unnamed -> "
            "countries only (borderline)."),
    M(D3, "will meet in Astana on Oct. 26-27 for the fourth meeting", "working_group",
      "2022-10-26", "2022-10-27", inferred=True, city="Astana", country="KZ", status="planned",
      orgs=[O(JWG_TRKZ, [JWG_TRKZ])],
      countries=["TR", "KZ"],
      notes="Planned with a date ('Later this month'). Seizure figures and the invitation 'next year' are not annotated."),
    # ---------------------------------------------------------------- dev12_04 Dawn 2023
    M(D4, "The understanding was reached at a meeting between Federal Minister", "meeting",
      "2023-02-13", inferred=True, city="Islamabad", country="PK",
      persons=[P("Malik Aftab Hussain", ["Federal Minister for Narcotics Control Malik Aftab Hussain", "The minister"],
                 "Federal Minister for Narcotics Control", MNC_PK),
               P("Bakhtiyor A. Rakhmonov", ["Maj Gen Bakhtiyor A. Rakhmonov"], "Deputy Minister", MIAUZ, "Maj Gen")],
      orgs=[O(MNC_PK, ["Ministry of Narcotics Control"]), O(MIAUZ, ["Uzbekistan's Ministry of Internal Affairs"])],
      countries=["PK", "UZ"], organizers=[MNC_PK],
      notes="'on Monday' = 13 February (published Tuesday 14 February 2023). Dateline ISLAMABAD, 'at the ministry' -> "
            "host. Reported twice (lead, body). The joint working group meeting 'twice a year' is not annotated."),
    M(D4, "also called on the Director General of the Anti-Narcotics Force", "meeting",
      "2023-02-12", inferred=True, city="Rawalpindi", country="PK",
      persons=[P("Khurram Iqbal Niazi", ["Maj Gen Khurram Iqbal Niazi"], "Director General of the Anti-Narcotics Force",
                 ANF, "Maj Gen")],
      orgs=[O(ANF, ["Anti-Narcotics Force (ANF)", "ANF"]), O(MIAUZ, [])],
      countries=["PK", "UZ"], organizers=[ANF],
      notes="'on Sunday' = 12 February, at the ANF headquarters in Rawalpindi -> host. The Uzbek delegation referred "
            "back (empty mentions); its head not named here."),
    M(D4, "held a virtual meeting to review progress on the memorandum", "videoconference",
      "2023-02", inferred=True, fmt="online",
      persons=[P("Farrukh Sh. Nurmatov", ["Col Farrukh Sh. Nurmatov"], "head of the agency's international "
                 "cooperation department", DCA, "Col")],
      orgs=[O(ANF, ["ANF"]), O(DCA, ["Drug Control Agency of Tajikistan"])],
      countries=["PK", "TJ"],
      notes="'Earlier this month' -> month only. 'virtual' -> online. No host stated. The 2019 MoU is background."),
    M(D4, "Pakistan would host a two-day regional conference on drug control", "conference",
      "2023-03-07", "2023-03-08", inferred=True, city="Islamabad", country="PK", status="planned",
      orgs=[O(UNODC, ["United Nations Office on Drugs and Crime (UNODC)"])],
      countries=["PK"], organizers=["PK", UNODC],
      notes="Planned with a date. 'Pakistan would host' (a state) and 'in collaboration with' -> organisers. "
            "'the Central Asian republics' is a generic group. Seizure figures not annotated."),
    # ---------------------------------------------------------------- dev12_05 Avesta 2021
    M(D5, "on Tuesday received the Deputy Executive Director of the United", "meeting",
      "2021-06-15", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(KURB, ["Lieutenant General A.M.Kurbonzoda", "Lieutenant General Kurbonzoda"],
                 "Director of the Drug Control Agency under the President of the Republic of Tajikistan", DCA,
                 "Lieutenant General"),
               P(ALVA, ["Carlos ALVAREZ MENDOZA"], "Deputy Executive Director of the United Nations Office on Drugs "
                 "and Crime", UNODC),
               P("Farida Y. Usmonova", ["Farida Y. Usmonova"], "UNODC Regional Representative for Central Asia", ROCA),
               P("Martin Hollander", ["Martin Hollander"], "Head of the UNODC Programme Office in Tajikistan", UNODC_TJ)],
      orgs=[O(DCA, [DCA, "Drug Control Agency (DCA)", "the Agency"]),
            O(UNODC, ["United Nations Office on Drugs and Crime (UNODC)"]), O(UNODC_TJ, [UNODC_TJ])],
      countries=["TJ"], organizers=[DCA],
      notes="Dateline 'DUSHANBE, 16.06.2021' (Wednesday); 'on Tuesday' = 15 June. 'held at the Agency' -> host. "
            "Reported twice. Glued initials; all-caps double surname. Regional Representative: affiliation ROCA, "
            "the meeting lists UNODC (dev2). Seizure figures inside are not a meeting."),
    M(D5, "During his visit to Tajikistan, the UNODC official also met", "meeting",
      "2021-06-14", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(ALVA, ["the UNODC official", "the guest"], "Deputy Executive Director of the United Nations Office "
                 "on Drugs and Crime", UNODC)],
      orgs=[O(UNODC, ["UNODC"]), O(MFA_TJ, [])],
      countries=["TJ"],
      notes="'on Monday' = 14 June. Venue implied by the trip and the Foreign Ministry (Dushanbe, borderline). The "
            "Minister is not named; his ministry is listed with empty mentions. Afghanistan only discussed."),
    M(D5, "on June 10-11 the DCA, jointly with the OSCE Programme Office", "seminar",
      "2021-06-10", "2021-06-11", inferred=True, fmt="hybrid", city="Dushanbe", country="TJ",
      persons=[P("Jamshed Nurullo Sharifzoda", ["Major General Sharifzoda Jamshed Nurullo"],
                 "First Deputy Director of the Agency", DCA, "Major General")],
      orgs=[O(DCA, ["DCA"]), O(OSCE_DUSH, [OSCE_DUSH])],
      countries=["TJ", "UZ", "KZ", "KG"], organizers=[DCA, OSCE_DUSH],
      notes="Hybrid: in Dushanbe, experts of KZ and KG online. Surname-first name with patronymic canonicalised "
            "given name first."),
    M(D5, "the next meeting of the Coordination Council of the UNODC Programme", "council_session",
      "2021-10", inferred=True, city="Dushanbe", country="TJ", status="planned",
      orgs=[O(CC_PCA, [CC_PCA])],
      notes="Planned, month without a year."),
    # ---------------------------------------------------------------- dev12_06 UzA 2021
    M(D6, "On July 12, a meeting was held at the Ministry of Internal Affairs", "meeting",
      "2021-07-12", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Serik Zh. Baimagambetov", ["Police Colonel Serik Zh. Baimagambetov"],
                 "Head of the Department for Combating Drug Crime", DCDC_KZ, "Police Colonel"),
               P(TOSH, ["Major General Toshmatov Jasur Sobirovich", "The Deputy Minister"],
                 "Deputy Minister of Internal Affairs – Head of the Main Investigation Department", MIAUZ, "Major General"),
               P("O.R. Nazarov", ["Colonel O.R.Nazarov"], "Head of the Department for Combating Illicit Drug "
                 "Trafficking of the MIA", DCIDT_UZ, "Colonel")],
      orgs=[O(MIAUZ, [MIAUZ]), O(MIAKZ, [MIAKZ]), O(DCDC_KZ, ["Department for Combating Drug Crime"]),
            O(DCIDT_UZ, ["Department for Combating Illicit Drug Trafficking of the MIA"])],
      countries=["UZ", "KZ"], organizers=[MIAUZ],
      notes="Year from the stamp '13.07.2021 | 16:20'. 'held at the Ministry' -> host, Tashkent. Surname-first "
            "name; glued initials. Afghanistan only discussed; crime figures inside."),
    M(D6, "The first meeting of the working group will be held in Almaty", "working_group",
      "2021-09", inferred=True, city="Almaty", country="KZ", status="planned",
      countries=["UZ", "KZ"],
      notes="Planned, 'in September of this year'. Unnamed joint working group -> the two countries only (dev7)."),
    M(D6, "On July 10 and 11, within the framework of the visit", "seminar",
      "2021-07-10", "2021-07-11", inferred=True, city="Samarkand", country="UZ",
      persons=[P("Andreas Meier", ["Mr. Andreas MEIER"], "Expert of the PCUz", PCUZ)],
      orgs=[O(MIAUZ, ["Ministry of Internal Affairs"]), O(PCUZ, ["OSCE Project Co-ordinator in Uzbekistan (PCUz)", "PCUz"]),
            O(MIAKZ, [])],
      countries=["UZ", "KZ"], organizers=[MIAUZ, PCUZ],
      notes="'On July 10 and 11'. 'organized by ... jointly with' -> organisers. The Kazakh guests referred back."),
    M(D6, "on July 5, the Department for Combating Illicit Drug Trafficking held", "videoconference",
      "2021-07-05", inferred=True, fmt="online",
      orgs=[O(DCIDT_UZ, ["Department for Combating Illicit Drug Trafficking"]),
            O(CARICC, ["Central Asian Regional Information and Coordination Centre (CARICC)"])],
      countries=["UZ"], organizers=[DCIDT_UZ],
      notes="'held an online meeting with' -> subject organises (dev9). The operation 'in the autumn' and the NIAC "
            "figures are not annotated."),
    # ---------------------------------------------------------------- dev12_07 CADAP 7 listing 2022
    M(D7, "held its first Regional Conference \"Evidence-based drug policy", "conference",
      "2022-11-23", "2022-11-24", fmt="hybrid", city="Tashkent", country="UZ",
      persons=[P("Thomas Brandstetter", ["Mr. Thomas Brandstetter"], "Head of Cooperation of the Delegation of the "
                 "European Union to Uzbekistan", EUD_UZ),
               P("Bobur K. Ergashev", ["Colonel Bobur K. Ergashev"], "Director of the NIAC", NIAC, "Colonel"),
               P("Anke Schulte-Braun", ["Dr. Anke SCHULTE-BRAUN"], "CADAP 7 Team Leader", CADAP)],
      orgs=[O(CADAP, ["Central Asia Drug Action Programme (CADAP 7)", "CADAP 7"]),
            O(NIAC, ["NIAC"]), O(EMCDDA, ["European Monitoring Centre for Drugs and Drug Addiction (EMCDDA)"]),
            O(NBDP_PL, [NBDP_PL]), O(EUD_UZ, [EUD_UZ])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "PL", "DE", "PT"], organizers=[CADAP, NIAC],
      notes="'co-organised with' -> organisers. Some joined online -> hybrid (seeds 001#5); Germany and Portugal "
            "joined online -> countries. Hyphenated all-caps surname."),
    M(D7, "The next Regional Conference is planned for November 2023 in Almaty", "conference",
      "2023-11", city="Almaty", country="KZ", status="planned",
      orgs=[O(CADAP, [])], organizers=[CADAP],
      notes="Planned, month with year."),
    M(D7, "On 8 November CADAP 7 and the Trimbos Institute", "webinar",
      "2022-11-08", inferred=True, fmt="online",
      persons=[P(DEWIT, ["Ms. Lotte de Wit"], None, TRIMBOS)],
      orgs=[O(CADAP, ["CADAP 7"]), O(TRIMBOS, [TRIMBOS])],
      countries=["KZ", "KG", "TJ", "NL"], organizers=[CADAP, TRIMBOS], chairs=[DEWIT],
      notes="Year from the stamp 10/11/2022 (day first). Moderator = chair. Trimbos Institute is Dutch."),
    M(D7, "a delegation from Kyrgyzstan and Tajikistan paid a study visit", "visit",
      "2022-10-17", "2022-10-21", inferred=True, city="Lisbon", country="PT",
      persons=[P("Azamat T. Toktogulov", ["Mr. Azamat T. Toktogulov"], "Deputy Director of the Republican Centre of "
                 "Psychiatry and Narcology of the Ministry of Health of the Kyrgyz Republic", RCPN_KG)],
      orgs=[O(EMCDDA, ["EMCDDA"]), O(RCPN_KG, [RCPN_KG]), O(DCA, [DCA])],
      countries=["KG", "TJ"], organizers=[EMCDDA],
      notes="The visited body hosts. CADAP not named in the item (seeds 000#5). Regional Drug Report item is not a "
            "meeting; GIZ only implements the programme (boilerplate)."),
    # ---------------------------------------------------------------- dev12_08 WCO newsroom 2019
    M(D8, "conducted a National Workshop on Risk Management and Targeting", "workshop",
      "2019-03-04", "2019-03-08", city="Dushanbe", country="TJ",
      persons=[P("Sh.R. Davlatzoda", ["Colonel of Customs Service Sh.R. Davlatzoda"],
                 "First Deputy Head of the Customs Service", CS_TJ, "Colonel of Customs Service"),
               P("Stefan H. Wagner", ["Mr. Stefan H. WAGNER"], "WCO accredited expert", CUST_DE),
               P("Aigerim K. Sarsenova", ["Ms. Aigerim K. Sarsenova"], "WCO accredited expert", SRC_KZ)],
      orgs=[O(WCO, ["World Customs Organization (WCO)", "WCO"]), O(CS_TJ, [CS_TJ, "Customs Service"]),
            O(CUST_DE, [CUST_DE]), O(SRC_KZ, [SRC_KZ])],
      countries=["TJ", "DE", "KZ"], organizers=[WCO],
      notes="'conducted' -> WCO organiser. CCF/Japan only funds. Experts' bodies and countries take part."),
    M(D8, "WCO Secretary General Dr. Kenji Morimoto welcomed", "meeting",
      "2019-03-01", city="Brussels", country="BE",
      persons=[P(MORI, ["WCO Secretary General Dr. Kenji Morimoto", "The Secretary General"], "WCO Secretary General", WCO),
               P("Ulugbek N. Rakhimov", ["Mr. Ulugbek N. Rakhimov", "The Chairman"],
                 "Chairman of the State Customs Committee of the Republic of Uzbekistan", SCC_UZ),
               P("Azizbek Turdiev", ["Colonel Azizbek Turdiev"], "Head of the Department for Combating Smuggling of "
                 "the Committee", SCC_UZ, "Colonel")],
      orgs=[O(WCO, ["WCO"]), O(SCC_UZ, [SCC_UZ])],
      countries=["UZ"], organizers=[WCO],
      notes="'at WCO Headquarters' -> Brussels (seat), WCO host. The regional workshop 'later this year' has no date."),
    M(D8, "held on 20-21 February 2019 at the premises of the WCO Regional", "meeting",
      "2019-02-20", "2019-02-21", fmt="hybrid", city="Baku", country="AZ",
      orgs=[O(ROCB, ["WCO Regional Office for Capacity Building for the Europe region (ROCB Europe)", "ROCB Europe"]),
            O(RILO, ["Regional Intelligence Liaison Office for the CIS countries (RILO CIS)"])],
      countries=["AZ", "KZ", "KG", "UZ", "GE"], organizers=[ROCB, RILO],
      notes="Venue by the host's premises (ROCB Europe in Baku; the city is also in the item title). Georgia joined "
            "via video link -> hybrid. The operation item is not a meeting."),
    M(D8, "will be held from 15 to 17 May 2019 in Tbilisi, Georgia", "conference",
      "2019-05-15", "2019-05-17", city="Tbilisi", country="GE", status="planned",
      orgs=[O(WCO, ["WCO"]), O(RS_GE, [RS_GE])],
      countries=["GE"], organizers=[RS_GE],
      notes="Planned with a date. 'hosted by' -> organiser. '52 Members of the WCO Europe region' is generic."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Director of the Centre", "The Director", "The minister", "the UNODC official", "the guest",
                     "The Deputy Minister", "The Secretary General", "The Chairman"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
