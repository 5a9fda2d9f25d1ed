"""Write gold.jsonl and entities.json of the eleventh development set (dev11) from the tables below.

Run from anywhere: ``python tests/eval/dev11/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, CNC, DCA, MIAKG, MIAKZ, MIAUZ, OSCE, ROCA, UNODC  # noqa: E402

EU = "European Union"
DEP_DCA = "Department of International Cooperation of the Drug Control Agency under the President of the Republic of Tajikistan"
ANF = "Anti-Narcotics Force of the Islamic Republic of Pakistan"
GCC_CIC = "Gulf Cooperation Council Criminal Information Center to Combat Drugs"
ACAD_KG = "Academy of the Ministry of Internal Affairs of the Kyrgyz Republic"
OSCE_BISH = "OSCE Centre in Bishkek"
NBI_FI = "National Bureau of Investigation of Finland"
SFIS = "State Financial Intelligence Service under the Government of the Kyrgyz Republic"
MDCDT_UZ = "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
MPS_CN = "Ministry of Public Security of the People's Republic of China"
NCB_CN = "Narcotics Control Bureau of the Ministry of Public Security of the People's Republic of China"
SBNON = "Service for Combating Illegal Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
CUST_KG = "State Customs Service under the Ministry of Finance of the Kyrgyz Republic"
SUGHD = "Sughd Regional Department of the Drug Control Agency under the President of the Republic of Tajikistan"
TADOC = "Turkish International Academy against Drugs and Organized Crime"
SCNS_KG = "State Committee for National Security of the Kyrgyz Republic"
BS_KG = "Border Service of the State Committee for National Security of the Kyrgyz Republic"
CCDT_KZ = "Committee for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Kazakhstan"
GPO_UZ = "General Prosecutor's Office of the Republic of Uzbekistan"
SSS_UZ = "State Security Service of the Republic of Uzbekistan"
OSCE_AST = "OSCE Programme Office in Astana"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
BKA = "Federal Criminal Police Office of Germany"
UNODC_TJ = "UNODC Programme Office in Tajikistan"
SCNS_TJ = "State Committee for National Security of the Republic of Tajikistan"
BT_TJ = "Border Troops of the State Committee for National Security of the Republic of Tajikistan"
CUST_TJ = "Customs Service under the Government of the Republic of Tajikistan"
BK_AT = "Federal Criminal Police Office of Austria"
IAWG = "Inter-Agency Working Group on Border Management of the Republic of Tajikistan"
BOMCA = "Border Management Programme in Central Asia"
BT_UZ = "Border Troops of the State Security Service of the Republic of Uzbekistan"
SBG_LV = "State Border Guard of the Republic of Latvia"
FRONTEX = "European Border and Coast Guard Agency"
EUD_UZ = "Delegation of the European Union to Uzbekistan"
CUST_LT = "Customs Department under the Ministry of Finance of the Republic of Lithuania"
MFA_KZ = "Ministry of Foreign Affairs of the Republic of Kazakhstan"
DEP_AA = "Department of Asia and Africa of the Ministry of Foreign Affairs of the Republic of Kazakhstan"
MFA_KG = "Ministry of Foreign Affairs of the Kyrgyz Republic"
NSC_KZ = "National Security Committee of the Republic of Kazakhstan"
BS_KZ = "Border Service of the National Security Committee of the Republic of Kazakhstan"
SC_KG = "Security Council of the Kyrgyz Republic"
CND = "Commission on Narcotic Drugs"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre",
                                    "Central Asian Regional Information and Coordination Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators"]),
    ROCA: (None, UNODC, None, ["UNODC Regional Office for Central Asia"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "U.N. Office on Drugs and Crime", "UNODC"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of the Republic of Tajikistan",
                              "Drug Control Agency", "DCA", "the Agency"]),
    DEP_DCA: (None, DCA, "TJ", [DEP_DCA]),
    ANF: ("ANF", None, "PK", ["Anti-Narcotics Force of the Islamic Republic of Pakistan", "ANF"]),
    GCC_CIC: ("GCC CICCD", None, None, [GCC_CIC, "GCC CICCD"]),
    ACAD_KG: (None, MIAKG, "KG", [ACAD_KG]),
    OSCE_BISH: (None, OSCE, None, ["OSCE Centre in Bishkek"]),
    NBI_FI: (None, None, "FI", ["National Bureau of Investigation of Finland"]),
    SFIS: ("SFIS", None, "KG", [SFIS, "SFIS"]),
    MIAUZ: (None, None, "UZ", ["Uzbekistan's Interior Ministry"]),
    MDCDT_UZ: (None, MIAUZ, "UZ", ["Main Department for Combating Drug Trafficking"]),
    MIAKZ: (None, None, "KZ", ["Kazakh Interior Ministry", "Interior Ministry"]),
    MIAKG: ("MIA", None, "KG", ["Ministry of Internal Affairs of the Kyrgyz Republic", "MIA"]),
    NCB_CN: (None, MPS_CN, "CN", [NCB_CN]),
    SBNON: ("SBNON", MIAKG, "KG", ["Service for Combating Illegal Drug Trafficking", "SBNON"]),
    CUST_KG: (None, None, "KG", ["State Customs Service under the Ministry of Finance"]),
    SUGHD: (None, DCA, "TJ", ["Sughd regional department of the Drug Control Agency under the President of Tajikistan"]),
    TADOC: ("TADOC", None, "TR", [TADOC, "TADOC"]),
    BS_KG: (None, SCNS_KG, "KG", [BS_KG, "Border Service of the State Committee for National Security"]),
    CCDT_KZ: (None, MIAKZ, "KZ", ["Committee for Combating Drug Trafficking of the Interior Ministry"]),
    GPO_UZ: (None, None, "UZ", ["General Prosecutor's Office"]),
    SSS_UZ: (None, None, "UZ", ["State Security Service of Uzbekistan"]),
    OSCE_AST: (None, OSCE, None, ["OSCE Programme Office in Astana"]),
    EUROPOL: ("Europol", EU, None, ["Europol"]),
    BKA: ("BKA", None, "DE", ["German Federal Criminal Police Office", "BKA"]),
    UNODC_TJ: (None, UNODC, None, ["UNODC Programme Office in Tajikistan"]),
    BT_TJ: (None, SCNS_TJ, "TJ", ["Border Troops of the State Committee for National Security"]),
    CUST_TJ: (None, None, "TJ", [CUST_TJ]),
    BK_AT: (None, None, "AT", [BK_AT]),
    IAWG: (None, None, "TJ", ["Inter-Agency Working Group on Border Management"]),
    BOMCA: ("BOMCA", EU, None, ["Border Management Programme in Central Asia", "BOMCA 10", "BOMCA"]),
    BT_UZ: (None, SSS_UZ, "UZ", [BT_UZ, "Border Troops"]),
    SBG_LV: (None, None, "LV", [SBG_LV]),
    FRONTEX: ("Frontex", EU, None, ["European Border and Coast Guard Agency", "Frontex"]),
    EUD_UZ: (None, EU, None, [EUD_UZ]),
    CUST_LT: (None, None, "LT", [CUST_LT]),
    MFA_KZ: (None, None, "KZ", [MFA_KZ]),
    DEP_AA: (None, MFA_KZ, "KZ", [DEP_AA]),
    MFA_KG: (None, None, "KG", []),
    BS_KZ: (None, NSC_KZ, "KZ", [BS_KZ]),
    SC_KG: (None, None, "KG", [SC_KG]),
    CND: ("CND", None, None, ["Commission on Narcotic Drugs"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    OSCE: ("OSCE", None, None, ["OSCE"]),
    EU: ("EU", None, None, ["European Union", "EU"]),
    MPS_CN: (None, None, "CN", ["Ministry of Public Security of the People's Republic of China"]),
    SCNS_KG: (None, None, "KG", []),
    SCNS_TJ: (None, None, "TJ", []),
    NSC_KZ: (None, None, "KZ", []),
}

COUNTRY_NAMES = {
    "AT": ["Austria"], "AZ": ["Azerbaijan"], "CN": ["China", "People's Republic of China", "Chinese"],
    "DE": ["Germany", "German"], "FI": ["Finland"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"], "LT": ["Lithuania", "Republic of Lithuania", "Lithuanian"],
    "LV": ["Latvia", "Republic of Latvia", "Latvian"], "PK": ["Pakistan", "Islamic Republic of Pakistan", "Pakistani"],
    "RU": ["Russia"], "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan"],
    "TR": ["Turkey", "Turkish"], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("dev11_01_caricc_2015.txt", "dev11_02_diplomat.txt", "dev11_03_akipress.txt", "dev11_04_24kg.txt")
D5, D6, D7, D8 = ("dev11_05_interfax_kz.txt", "dev11_06_unodc_tj.txt", "dev11_07_bomca.txt", "dev11_08_mfa_kz.txt")

ZHUN = "Bakhyt S. Zhunusov"
KURB = "Jamshed Kurbonzoda"
BAIZ = "Yerlan Baizhanov"
KALN = "Ilze Kalnina"
ZHAK = "Almas Zhaksylykov"
FERR = "Paolo Ferraresi"
ABDI = "Nurlan Sh. Abdikarimov"

MEETINGS = [
    # ---------------------------------------------------------------- dev11_01 CARICC listing 2015
    M(D1, "the ninth meeting of the CARICC Council of National Coordinators", "council_session",
      "2015-12-10", "2015-12-11", inferred=True, city="Almaty", country="KZ",
      persons=[P("F.Kh. Rajabov", ["Colonel F.Kh.Rajabov"],
                 "Head of the Department of International Cooperation of the Drug Control Agency under the "
                 "President of the Republic of Tajikistan", DEP_DCA, "Colonel"),
               P(ZHUN, ["Police Major General Bakhyt S. ZHUNUSOV"], "Director of CARICC", CARICC,
                 "Police Major General")],
      orgs=[O(CNC, ["CARICC Council of National Coordinators"]), O(CARICC, ["CARICC", "the Centre"]),
            O(DEP_DCA, [DEP_DCA]), O(ROCA, ["UNODC Regional Office for Central Asia"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "TM", "UZ"], organizers=[CARICC], chairs=["F.Kh. Rajabov"],
      notes="'On 10-11 December', year from the item stamp 'Posted 16 December 2015'. 'at the premises of the "
            "Centre' -> Almaty, CARICC host. Glued initials of the chair (national coordinator, a DCA unit); "
            "all-caps surname. 'observer states' is a generic group. The November training is only referred back."),
    M(D1, "agreed to hold its next meeting in Tashkent in June 2016", "council_session",
      "2016-06", city="Tashkent", country="UZ", status="planned",
      orgs=[O(CNC, [])],
      notes="Planned, month with its year. The Council referred back ('its next meeting')."),
    M(D1, "the Director of the Centre received in his office a delegation", "meeting",
      "2015-12-02", inferred=True, city="Almaty", country="KZ",
      persons=[P(ZHUN, ["the Director of the Centre", "The Director"], "Director of CARICC", CARICC,
                 "Police Major General"),
               P("Asif Nadeem Qureshi", ["Brigadier Asif Nadeem Qureshi"],
                 "Director of the Regional Directorate North of the ANF", ANF, "Brigadier")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]),
            O(ANF, ["Anti-Narcotics Force of the Islamic Republic of Pakistan", "ANF"])],
      countries=["PK"], organizers=[CARICC],
      notes="Year from the stamp. Title alone = the Director named in the 16 December item. 'received in his "
            "office' -> CARICC seat Almaty, CARICC host. 'The Pakistani side' = PK."),
    M(D1, "On 25 November CARICC held a videoconference with the Gulf", "videoconference",
      "2015-11-25", inferred=True, fmt="online",
      orgs=[O(CARICC, ["CARICC"]), O(GCC_CIC, [GCC_CIC, "GCC CICCD"])],
      organizers=[CARICC],
      notes="Year from the stamp. 'held a videoconference with' -> subject organises (dev9). Gulf states only "
            "discussed; GCC CICCD is an international body, no country."),
    M(D1, "From 16 to 20 November a regional training course", "training",
      "2015-11-16", "2015-11-20", inferred=True, city="Bishkek", country="KG",
      persons=[P("Kaisa Lehtonen", ["Ms. Kaisa LEHTONEN"],
                 "Senior Detective Superintendent of the National Bureau of Investigation of Finland", NBI_FI)],
      orgs=[O(ACAD_KG, [ACAD_KG]), O(CARICC, ["CARICC"]), O(OSCE_BISH, ["OSCE Centre in Bishkek"]),
            O(NBI_FI, ["National Bureau of Investigation of Finland"]), O(SFIS, [SFIS, "SFIS"])],
      countries=["KZ", "KG", "TJ", "FI"], organizers=[CARICC, OSCE_BISH, ACAD_KG],
      notes="Year from the stamp. 'held in Bishkek at the Academy' -> host (dev3); 'organized by CARICC jointly "
            "with' -> organisers. Trainers' bodies take part (FI, SFIS). The operation item is not a meeting."),
    # ---------------------------------------------------------------- dev11_02 The Diplomat 2023
    M(D2, "met in the Uzbek capital on November 14-15", "meeting",
      "2023-11-14", "2023-11-15", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Farkhod Yuldashev", ["Major General Farkhod Yuldashev", "Yuldashev"],
                 "head of the ministry's Main Department for Combating Drug Trafficking", MDCDT_UZ, "Major General")],
      orgs=[O(MIAUZ, ["Uzbekistan's Interior Ministry"]), O(UNODC, ["U.N. Office on Drugs and Crime", "UNODC"]),
            O(MDCDT_UZ, ["Main Department for Combating Drug Trafficking"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"], organizers=[MIAUZ, UNODC],
      notes="Year-less range, year from the byline 'November 21, 2023'. Told twice ('Last week's meeting in "
            "Tashkent', 'The Tashkent meeting'): one line. 'the Uzbek capital' = Tashkent. Afghanistan discussed, "
            "not represented. The quoted researcher did not attend; the UNODC report is not a meeting; CARICC "
            "only mentioned."),
    M(D2, "During his visit to Tajikistan in October", "meeting",
      "2023-10", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Marat Ospanov", ["Marat Ospanov"], "Deputy Interior Minister", MIAKZ),
               P(KURB, ["Jamshed Kurbonzoda"], "head of Tajikistan's Drug Control Agency", DCA, "Lieutenant General")],
      orgs=[O(MIAKZ, []), O(DCA, ["Drug Control Agency"])],
      countries=["KZ", "TJ"],
      notes="Month without a year (2023 from the byline). Venue implied by the visit to Tajikistan and the DCA "
            "head's seat -> Dushanbe (borderline). The Kazakh ministry is the source and the minister's body "
            "(empty mentions). Rank kept from dev11_06."),
    M(D2, "The next round of the regional meeting is scheduled for March 2024", "meeting",
      "2024-03", city="Bishkek", country="KG", status="planned",
      notes="Planned, month with its year. 'the participants' are not named: no countries."),
    # ---------------------------------------------------------------- dev11_03 AKIpress 2024
    M(D3, "held talks with a delegation of the Narcotics Control Bureau", "meeting",
      "2024-06-13", inferred=True, city="Bishkek", country="KG",
      persons=[P("Ermek Zhamankulov", ["Ermek Zhamankulov", "The Minister"], "Minister of Internal Affairs", MIAKG),
               P("Liang Wenbo", ["LIANG Wenbo", "Liang Wenbo"], "Deputy Director General", NCB_CN),
               P("Erlan M. Asanaliev", ["Police Colonel Erlan M. Asanaliev"], "Head of the SBNON", SBNON,
                 "Police Colonel"),
               P("Wu Jianfeng", ["Wu Jianfeng"], "Counsellor of the Chinese Embassy in Bishkek", "CN")],
      orgs=[O(MIAKG, ["MIA"]), O(NCB_CN, [NCB_CN]),
            O(SBNON, ["Service for Combating Illegal Drug Trafficking", "SBNON"])],
      countries=["KG", "CN"], organizers=[MIAKG],
      notes="'on Thursday, June 13', year from the stamp '14/06/2024 15:40'. 'at the ministry' -> the Kyrgyz "
            "MIA's seat Bishkek, the ministry hosts (the minister 'held talks'). All-caps surname first (Chinese "
            "name kept in the text's order). Embassy counsellor = CN. Seizure figures and planned courses "
            "'this year' are not meetings."),
    M(D3, "the Chinese delegation held a working meeting with the leadership", "meeting",
      "2024-06-12", inferred=True, city="Bishkek", country="KG",
      orgs=[O(NCB_CN, []), O(CUST_KG, ["State Customs Service under the Ministry of Finance"])],
      countries=["CN", "KG"], organizers=[CUST_KG],
      notes="'On Wednesday' before the Friday stamp -> 12 June. 'at its headquarters in Bishkek' -> the customs "
            "service hosts. The delegation referred back: its body with empty mentions."),
    M(D3, "next meeting of the Kyrgyz-Chinese working group on drug control", "working_group",
      "2024-09", inferred=True, city="Kashgar", country="CN", status="planned",
      countries=["KG", "CN"],
      notes="Planned, year-less month (2024 from the stamp). Unnamed bilateral group: the two countries only "
            "(dev7, dev9; borderline)."),
    # ---------------------------------------------------------------- dev11_04 24.kg 2023
    M(D4, "The meeting took place on September 21–22 in Osh", "meeting",
      "2023-09-21", "2023-09-22", inferred=True, city="Osh", country="KG",
      persons=[P("Nurlan Kadyrbekovich Mamatov", ["Police Lieutenant Colonel Mamatov Nurlan Kadyrbekovich"],
                 "Deputy Head of the Service for Combating Illegal Drug Trafficking (SBNON) of the Ministry of "
                 "Internal Affairs", SBNON, "Police Lieutenant Colonel"),
               P("Kh.Sh. Davlatov", ["Colonel Kh.Sh. Davlatov"],
                 "Head of the Sughd regional department of the Drug Control Agency under the President of "
                 "Tajikistan", SUGHD, "Colonel")],
      orgs=[O(SBNON, ["Service for Combating Illegal Drug Trafficking", "SBNON"]),
            O(SUGHD, ["Sughd regional department of the Drug Control Agency under the President of Tajikistan"])],
      countries=["KG", "TJ"],
      notes="Lead sentence has no date; 'September 21–22' (en dash) in the next, year from the stamp "
            "'18:05, 26 September 2023'. Surname-first name with patronymic (canonical given name first, as "
            "dev4); glued initials. 'The Tajik side' = TJ. The MIA press service is the source; no host stated."),
    M(D4, "The next meeting is scheduled for December in Khujand", "meeting",
      "2023-12", inferred=True, city="Khujand", country="TJ", status="planned",
      countries=["KG", "TJ"],
      notes="Planned, year-less month. The two sides of the bilateral meeting give its countries (borderline)."),
    M(D4, "took part in a training on profiling of drug couriers in Bishkek", "training",
      "2023-09", inferred=True, city="Bishkek", country="KG",
      orgs=[O(SBNON, ["SBNON"]), O(TADOC, [TADOC, "TADOC"]),
            O(BS_KG, ["Border Service of the State Committee for National Security"])],
      countries=["KG", "TR"], organizers=[TADOC],
      notes="'Earlier this month' -> month of the stamp. 'conducted by instructors of' -> organiser. Crime "
            "statistics and the detention ('Yesterday') are not meetings."),
    # ---------------------------------------------------------------- dev11_05 Interfax-Kazakhstan 2024
    M(D5, "The agreement was reached at talks between First Deputy Interior", "meeting",
      "2024-02-08", inferred=True, city="Astana", country="KZ",
      persons=[P(BAIZ, ["Police Lieutenant General Yerlan Baizhanov", "Baizhanov"],
                 "First Deputy Interior Minister of Kazakhstan", MIAKZ, "Police Lieutenant General"),
               P("Bakhodir Turgunov", ["Bakhodir Turgunov"], "Deputy Interior Minister of Uzbekistan", MIAUZ)],
      orgs=[O(MIAKZ, ["Kazakh Interior Ministry"]), O(MIAUZ, []), O(GPO_UZ, ["General Prosecutor's Office"]),
            O(SSS_UZ, ["State Security Service of Uzbekistan"])],
      countries=["KZ", "UZ"],
      notes="'held in Astana on Thursday' under 'ASTANA. Feb 9 (Interfax-Kazakhstan)' (a Friday) -> 8 February. "
            "The Uzbek MIA only through its deputy minister's title (empty mentions); GPO and SSS in the "
            "delegation. No host stated. Statistics and the 1998 agreement are not meetings."),
    M(D5, "the guests visited the Committee for Combating Drug Trafficking", "visit",
      "2024-02-07", inferred=True, city="Astana", country="KZ",
      orgs=[O(CCDT_KZ, ["Committee for Combating Drug Trafficking of the Interior Ministry"]), O(MIAUZ, [])],
      countries=["UZ", "KZ"], organizers=[CCDT_KZ],
      notes="'On Wednesday' -> 7 February. The visited body hosts; its seat Astana (venue implied by the trip, "
            "borderline). The delegation referred back ('the guests'): its body with empty mentions."),
    M(D5, "a regional conference on countering drug trafficking via the Internet", "conference",
      "2024-02-20", "2024-02-21", inferred=True, fmt="hybrid", city="Almaty", country="KZ", status="planned",
      orgs=[O(MIAKZ, ["Interior Ministry"]), O(OSCE_AST, ["OSCE Programme Office in Astana"]),
            O(EUROPOL, ["Europol"]), O(BKA, ["German Federal Criminal Police Office", "BKA"])],
      countries=["KZ", "DE"], organizers=[MIAKZ, OSCE_AST],
      notes="Planned, year-less range, 'in a hybrid format'. 'organized by the ministry together with' -> "
            "organisers. Experts expected to join online take part (DE for the BKA)."),
    M(D5, "Earlier, on January 30, Baizhanov discussed the preparation", "videoconference",
      "2024-01-30", inferred=True, fmt="online",
      persons=[P(BAIZ, ["Baizhanov"], "First Deputy Interior Minister of Kazakhstan", MIAKZ, "Police Lieutenant General"),
               P("Jens Hallberg", ["Ambassador Jens HALLBERG"], "Head of the OSCE Programme Office in Astana",
                 OSCE_AST, "Ambassador")],
      orgs=[O(MIAKZ, []), O(OSCE_AST, ["OSCE Programme Office in Astana"])],
      countries=["KZ"],
      notes="Year from the dateline. 'via videoconference' -> online. Surname alone after the first mention."),
    # ---------------------------------------------------------------- dev11_06 UNODC Programme Office in Tajikistan 2024
    M(D6, "conducted a training course on risk profiling and search techniques", "training",
      "2024-05-20", "2024-05-24", city="Kulob", country="TJ",
      persons=[P("J.Sh. Karimzoda", ["Mr. J. Sh. Karimzoda"], "Deputy Director of the DCA", DCA),
               P("Marta Rossi", ["Ms. Marta ROSSI", "Ms. Rossi"], "Head of the UNODC Programme Office in Tajikistan",
                 UNODC_TJ)],
      orgs=[O(UNODC_TJ, ["UNODC Programme Office in Tajikistan"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "DCA"]),
            O(BT_TJ, ["Border Troops of the State Committee for National Security"]),
            O(CUST_TJ, [CUST_TJ]), O(BK_AT, [BK_AT])],
      countries=["TJ", "AT"], organizers=[UNODC_TJ, DCA, BK_AT],
      notes="'From 20 to 24 May 2024'; the dateline '29 May 2024, Dushanbe' is not the venue: 'in the city of "
            "Kulob' in the next sentence. 'in cooperation with' and 'delivered by instructors of' -> organisers. "
            "Spaced initials. Japan only funds. Afghanistan only discussed. The press contact is no participant."),
    M(D6, "convened the regular meeting of the Inter-Agency Working Group", "working_group",
      "2024-05-07", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(KURB, ["Lieutenant General Jamshed Kurbonzoda"], "Director of the Agency", DCA, "Lieutenant General")],
      orgs=[O(IAWG, ["Inter-Agency Working Group on Border Management"]), O(UNODC, ["UNODC"]),
            O(DCA, ["DCA", "the Agency"])],
      countries=["TJ"], organizers=[UNODC, DCA], chairs=[KURB],
      notes="'Two weeks earlier, on 7 May' (year from the dateline). 'at the premises of the Agency' -> DCA seat "
            "Dushanbe. 'UNODC and the DCA convened' -> organisers. DCA statistics are not a meeting."),
    M(D6, "A follow-up course for officers serving in the Gorno-Badakhshan", "training",
      "2024-06-17", "2024-06-21", city="Khorog", country="TJ", status="planned",
      notes="Planned with a date. No body named in the sentence."),
    # ---------------------------------------------------------------- dev11_07 BOMCA 10 2022
    M(D7, "took part in a two-day regional workshop on common risk indicators", "workshop",
      "2022-11-10", "2022-11-11", fmt="hybrid", city="Tashkent", country="UZ",
      persons=[P("Abdulla R. Nazarov", ["Colonel Abdulla R. Nazarov"], "Deputy Commander of the Border Troops",
                 BT_UZ, "Colonel"),
               P(KALN, ["Ms. Ilze KALNINA"], "BOMCA 10 Regional Programme Manager", BOMCA)],
      orgs=[O(BOMCA, ["Border Management Programme in Central Asia", "BOMCA 10"]),
            O(BT_UZ, [BT_UZ, "Border Troops"]), O(SBG_LV, [SBG_LV]),
            O(FRONTEX, ["European Border and Coast Guard Agency", "Frontex"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "LV"], organizers=[BOMCA, BT_UZ],
      notes="Dateline 'Tashkent, Uzbekistan, 10–11 November 2022 –' is the event's place and range (en dash). "
            "Frontex experts online from Warsaw -> hybrid; Warsaw is not a venue. Latvian experts presented -> LV. "
            "The EU only funds; the 'About' paragraph (implementer) is boilerplate."),
    M(D7, "On the margins of the workshop, Ms. Kalnina met with", "meeting",
      "2022-11-10", "2022-11-11", inferred=True, city="Tashkent", country="UZ",
      persons=[P(KALN, ["Ms. Kalnina"], "BOMCA 10 Regional Programme Manager", BOMCA),
               P("Tomasz Wisniewski", ["Mr. Tomasz WISNIEWSKI"],
                 "Head of Cooperation of the Delegation of the European Union to Uzbekistan", EUD_UZ)],
      orgs=[O(BOMCA, []), O(EUD_UZ, [EUD_UZ])],
      notes="On the margins, no date of its own: the workshop's range and venue (dev3). The EU Delegation is an "
            "organisation (the EU is not a country)."),
    M(D7, "BOMCA 10 organised a study visit of customs officers of Turkmenistan", "visit",
      "2022-06", inferred=True, city="Vilnius", country="LT",
      orgs=[O(BOMCA, ["BOMCA 10"]), O(CUST_LT, [CUST_LT])],
      countries=["TM", "LT"], organizers=[BOMCA, CUST_LT],
      notes="'Earlier this year, in June' -> June of the stamp year. 'organised' and 'hosted by' -> organisers."),
    M(D7, "BOMCA 10 will hold the next regional workshop", "workshop",
      "2023-02-07", "2023-02-09", city="Almaty", country="KZ", status="planned",
      orgs=[O(BOMCA, ["BOMCA 10"])], organizers=[BOMCA],
      notes="Planned with a date (en dash range)."),
    # ---------------------------------------------------------------- dev11_08 MFA of Kazakhstan 2024
    M(D8, "Almas Zhaksylykov received the Regional Representative", "meeting",
      "2024-04-03", city="Astana", country="KZ",
      persons=[P(ZHAK, ["Almas Zhaksylykov", "The Deputy Minister"],
                 "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan", MFA_KZ),
               P(FERR, ["Mr. Paolo FERRARESI", "Mr. Ferraresi"],
                 "Regional Representative of the United Nations Office on Drugs and Crime (UNODC) for Central Asia",
                 ROCA)],
      orgs=[O(MFA_KZ, []), O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"])],
      countries=["KZ"], organizers=[MFA_KZ],
      notes="Dateline 'Astana, April 3, 2024 –'. 'received' -> the MFA hosts (named only in the masthead and "
            "through the title: empty mentions). Regional Representative -> ROCA affiliation, UNODC the text's "
            "word (dev2). Afghanistan and CARICC only discussed; 'the Kazakh side' = KZ."),
    M(D8, "to host the regional conference \"Central Asia against synthetic drugs\"", "conference",
      "2024-05-23", "2024-05-24", city="Almaty", country="KZ", status="planned",
      countries=["KZ"], organizers=["KZ"],
      notes="Planned with a date. 'the Kazakh side to host' -> KZ host (dev7 'Pakistan will host')."),
    M(D8, "the 67th session of the Commission on Narcotic Drugs held in Vienna", "council_session",
      "2024-03-14", "2024-03-22", city="Vienna", country="AT",
      persons=[P(ZHAK, ["Almas Zhaksylykov"], "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan",
                 MFA_KZ)],
      orgs=[O(CND, ["Commission on Narcotic Drugs"])],
      countries=["KZ"],
      notes="Background session with its own dates and venue; the Kazakh delegation headed by the Deputy "
            "Minister. Typed council_session like dev2 04#3 (conference is a fair reading). Whether the UNODC "
            "representative attended is not stated."),
    M(D8, "the regular Kazakh-Kyrgyz interdepartmental consultations", "meeting",
      "2024-03-27", inferred=True, city="Bishkek", country="KG",
      persons=[P(ABDI, ["Nurlan Sh. Abdikarimov"],
                 "Director of the Department of Asia and Africa of the Ministry of Foreign Affairs of the Republic "
                 "of Kazakhstan", DEP_AA),
               P("Aibek Tursunaliev", ["Aibek Tursunaliev"], "Deputy Minister of Foreign Affairs of the Kyrgyz Republic",
                 MFA_KG)],
      orgs=[O(DEP_AA, [DEP_AA]), O(MFA_KG, []), O(BS_KZ, [BS_KZ]), O(BS_KG, [BS_KG])],
      countries=["KZ", "KG"],
      notes="'On March 27', year from the stamp 'Published: 28 March 2024, 11:10' of the second item. Spaced "
            "middle initial. The Kyrgyz MFA only through its deputy minister's title (empty mentions). No host stated. The next round 'in the second half of the year' has no month: not "
            "annotated."),
    M(D8, "the Kazakh delegation was received by the Secretary", "meeting",
      "2024-03-27", inferred=True, city="Bishkek", country="KG",
      persons=[P("Kanybek Osmonaliev", ["Kanybek Osmonaliev"], "Secretary of the Security Council of the Kyrgyz Republic",
                 SC_KG)],
      orgs=[O(SC_KG, [SC_KG]), O(DEP_AA, [])],
      countries=["KZ", "KG"], organizers=[SC_KG],
      notes="'On the same day' -> 27 March; venue the consultations' city (same trip). 'received by' -> host. "
            "The delegation referred back: its body with empty mentions, its head not repeated."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Director of the Centre", "The Director", "The Minister", "The Deputy Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
