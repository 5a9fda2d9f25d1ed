"""Write gold.jsonl and entities.json of the sixteenth development set (dev16) from the tables below.

Run from anywhere: ``python tests/eval/dev16/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, UNODC, ROCA, CNC, MIAKZ, MIAUZ  # noqa: E402

BKA = "Federal Criminal Police Office of the Federal Republic of Germany"
DCA_KG = "Drug Control Agency under the Government of the Kyrgyz Republic"
MIA_KZ = MIAKZ
MPS_CN = "Ministry of Public Security of the People's Republic of China"
NCB_CN = "Narcotics Control Bureau of the Ministry of Public Security of the People's Republic of China"
FMA_KZ = "Financial Monitoring Agency of the Republic of Kazakhstan"
MOI_AF = "Ministry of Interior of Afghanistan"
CND_AF = "Counter-Narcotics Directorate of the Ministry of Interior of Afghanistan"
SCNS_TJ = "State Committee for National Security of the Republic of Tajikistan"
BT_TJ = "Border Troops of the State Committee for National Security of the Republic of Tajikistan"
NCDC = "National Center for Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"
ABP = "Afghan Border Police"
SBS_TM = "State Border Service of Turkmenistan"
MFA_TM = "Ministry of Foreign Affairs of Turkmenistan"
MIA_TM = "Ministry of Internal Affairs of Turkmenistan"
SCS_TM = "State Customs Service of Turkmenistan"
WCO = "World Customs Organization"
CND = "Commission on Narcotic Drugs"
EUDA = "European Union Drugs Agency"
DCD_UZ = "Drug Control Department of the Ministry of Internal Affairs of the Republic of Uzbekistan"
BOMCA = "Border Management Programme in Central Asia"
NSC_KZ = "National Security Committee of the Republic of Kazakhstan"
BS_KZ = "Border Service of the National Security Committee of the Republic of Kazakhstan"
SCS_KG = "State Customs Service under the Ministry of Finance of the Kyrgyz Republic"
SRC_KZ = "State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan"
OSCE = "Organization for Security and Co-operation in Europe"
OSCE_BIS = "OSCE Programme Office in Bishkek"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "Central Asian Regional Information and Coordination Centre",
                                    "the Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators"]),
    BKA: ("BKA", None, "DE", ["Federal Criminal Police Office of the Federal Republic of Germany", "BKA",
                              "Federal Criminal Police Office of Germany"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC", "UN Office on Drugs and Crime"]),
    ROCA: ("ROCA", UNODC, None, ["UNODC Regional Office for Central Asia", "ROCA"]),
    DCA_KG: (None, None, "KG", ["Drug Control Agency under the Government of the Kyrgyz Republic", "the Agency"]),
    MIA_KZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan",
                                "Kazakhstan's Ministry of Internal Affairs", "Kazakh Interior Ministry"]),
    NCB_CN: (None, MPS_CN, "CN", ["Narcotics Control Bureau of China's Ministry of Public Security"]),
    FMA_KZ: ("FMA", None, "KZ", ["Financial Monitoring Agency (FMA) of Kazakhstan", "Financial Monitoring Agency", "FMA"]),
    MOI_AF: (None, None, "AF", ["Ministry of Interior", "Interior Ministry"]),
    CND_AF: (None, MOI_AF, "AF", ["Counter-Narcotics Directorate of the Ministry of Interior",
                                  "Interior Ministry's counternarcotics directorate"]),
    BT_TJ: (None, SCNS_TJ, "TJ", ["Border Troops of the State Committee for National Security"]),
    NCDC: ("NCDC", None, "UZ", ["National Center for Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan",
                                "National Center for Drug Control", "NCDC"]),
    ABP: (None, MOI_AF, "AF", ["Afghan Border Police"]),
    SBS_TM: (None, None, "TM", ["State Border Service of Turkmenistan"]),
    MFA_TM: (None, None, "TM", ["Ministry of Foreign Affairs of Turkmenistan"]),
    MIA_TM: (None, None, "TM", ["Ministry of Internal Affairs of Turkmenistan"]),
    SCS_TM: (None, None, "TM", ["State Customs Service of Turkmenistan"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO"]),
    CND: ("CND", None, None, ["UN Commission on Narcotic Drugs", "Commission on Narcotic Drugs"]),
    EUDA: ("EUDA", None, None, ["European Union Drugs Agency", "EUDA"]),
    DCD_UZ: (None, MIAUZ, "UZ", ["Drug Control Department of the Ministry of Internal Affairs of Uzbekistan",
                                 "Uzbek Interior Ministry's drug control department"]),
    BOMCA: ("BOMCA", None, None, ["Border Management Programme in Central Asia", "BOMCA"]),
    BS_KZ: (None, NSC_KZ, "KZ", ["Border Service of the National Security Committee of Kazakhstan"]),
    SCS_KG: ("SCS", None, "KG", ["State Customs Service under the Ministry of Finance of the Kyrgyz Republic", "SCS",
                                 "State Customs Service"]),
    SRC_KZ: ("SRC", None, "KZ", ["State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan", "SRC"]),
    OSCE_BIS: (None, OSCE, None, ["OSCE Programme Office in Bishkek"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    MPS_CN: (None, None, "CN", ["China's Ministry of Public Security"]),
    SCNS_TJ: ("GKNB", None, "TJ", ["State Committee for National Security (GKNB)", "GKNB"]),
    MIAUZ: (None, None, "UZ", ["Ministry of Internal Affairs of Uzbekistan"]),
    NSC_KZ: (None, None, "KZ", ["National Security Committee of Kazakhstan"]),
    OSCE: ("OSCE", None, None, ["OSCE"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan", "the Afghan side"], "AT": ["Austria"],
    "AZ": ["Azerbaijan", "Republic of Azerbaijan"], "CN": ["China", "Chinese"],
    "DE": ["Germany", "Federal Republic of Germany", "German"], "JP": ["Japan"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"], "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"],
    "RU": ["Russia", "Russian Federation"], "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"],
    "TM": ["Turkmenistan", "Turkmen"], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("dev16_01_caricc_2010.txt", "dev16_02_xinhua.txt", "dev16_03_gandhara.txt", "dev16_04_kabul_times.txt")
D5, D6, D7, D8 = ("dev16_05_turkmenistan_today.txt", "dev16_06_unodc_roca.txt", "dev16_07_astana_times.txt",
                  "dev16_08_customs_kg.txt")

SARS = "B.S. Sarsenov"
TEMB = "Zh.K. Temirbekov"
HAQY = "Abdul Hakim Haqyar"
HAMD = "Mohammad Nasim Hamdard"
NOWI = "Katarzyna Nowicka"
ZHAK = "Nurlan Zhakupov"
KASY = "Nurbek Toktogulovich Kasymaliev"

MEETINGS = [
    # ---------------------------------------------------------------- dev16_01 CARICC listing 2010
    M(D1, "CARICC was visited by the delegation of the Federal Criminal", "visit",
      "2010-04-14", city="Almaty", country="KZ",
      persons=[P("Klaus-Dieter Hartwig", ["Mr. Klaus-Dieter HARTWIG"], "Head of Division for Organized Crime", BKA),
               P(SARS, ["Police Major-General B. S. Sarsenov"], "Director of CARICC", CARICC, "Police Major-General")],
      orgs=[O(BKA, ["Federal Criminal Police Office of the Federal Republic of Germany", "BKA"]), O(CARICC, ["CARICC"])],
      countries=["DE"], organizers=[CARICC],
      notes="Visit to CARICC -> its seat Almaty, CARICC host ('received'). Acronym defined in the text; all-caps surname; spaced initials. MoU only discussed. The operation item is not a meeting."),
    M(D1, "the regional seminar \"Control over precursors: experience", "seminar",
      "2010-03-23", "2010-03-25", city="Bishkek", country="KG",
      persons=[P(TEMB, ["Colonel Zh.K.Temirbekov"], "Deputy Director of CARICC", CARICC, "Colonel"),
               P("Olivier Masson", ["Mr. Olivier Masson"], "UNODC Project Coordinator", UNODC)],
      orgs=[O(CARICC, ["CARICC"]), O(ROCA, ["UNODC Regional Office for Central Asia"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ"], organizers=[CARICC, ROCA],
      notes="'From 23 till 25 March 2010'. 'organized by CARICC jointly with' -> both organisers. Glued initials."),
    M(D1, "the participants of the seminar visited the Drug Control Agency", "visit",
      "2010-03-26", inferred=True, city="Bishkek", country="KG",
      persons=[P("Ermek Dzhumabaev", ["Mr. Ermek Dzhumabaev"], "Director of the Agency", DCA_KG)],
      orgs=[O(DCA_KG, ["Drug Control Agency under the Government of the Kyrgyz Republic"])],
      countries=["KG"], organizers=[DCA_KG],
      notes="'On the 26th of March', year from the item. Visit to the agency -> its seat Bishkek (the seminar's city). 'the participants' are generic: no countries beyond the host's."),
    M(D1, "the second meeting of the CARICC Council of National Coordinators was", "council_session",
      "2010-03-17", "2010-03-18", city="Tashkent", country="UZ",
      persons=[P("Rustam T. Yuldashev", ["Mr. Rustam T. Yuldashev"], "National Coordinator of the Republic of Uzbekistan", "UZ")],
      orgs=[O(CNC, ["CARICC Council of National Coordinators"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "TM", "UZ"], chairs=["Rustam T. Yuldashev"],
      notes="Item headline repeats the meeting (one line). Afghanistan's accession only discussed. National coordinator affiliated to his country."),
    M(D1, "The next meeting of the Council will take place in Almaty", "council_session",
      "2010-10", city="Almaty", country="KZ", status="planned",
      orgs=[O(CNC, [])],
      notes="Planned, month only; the Council referred back (empty mentions)."),
    # ---------------------------------------------------------------- dev16_02 Xinhua 2024
    M(D2, "during talks in Astana between Kazakh Deputy Interior Minister", "meeting",
      "2024-03-06", inferred=True, city="Astana", country="KZ",
      persons=[P("Marat Seitkaliyev", ["Marat Seitkaliyev", "Seitkaliyev"], "Deputy Interior Minister", MIA_KZ),
               P("Wang Jianguo", ["Wang Jianguo", "Wang"], "director of the Narcotics Control Bureau", NCB_CN)],
      orgs=[O(MIA_KZ, ["Kazakhstan's Ministry of Internal Affairs"]),
            O(NCB_CN, ["Narcotics Control Bureau of China's Ministry of Public Security"])],
      countries=["KZ", "CN"],
      notes="'on Wednesday' = the dateline day (6 March 2024). Talks 'between' two officials, no host stated: no organiser. The ministry is also the source. The four-day visit has no dates: a frame, not a line. Chinese name kept in the text's order. SCO only mentioned."),
    M(D2, "Financial Monitoring Agency (FMA) of Kazakhstan received", "meeting",
      "2024-03-05", inferred=True, city="Astana", country="KZ",
      orgs=[O(FMA_KZ, ["Financial Monitoring Agency (FMA) of Kazakhstan"]), O(NCB_CN, [])],
      countries=["KZ", "CN"], organizers=[FMA_KZ],
      notes="'On Tuesday' = 5 March. 'in the Kazakh capital' -> Astana. Delegation referred back (empty mentions). 'received' -> host."),
    M(D2, "The delegation is scheduled to travel to Almaty on Thursday", "visit",
      "2024-03-07", inferred=True, city="Almaty", country="KZ", status="planned",
      orgs=[O(NCB_CN, []), O(CARICC, ["Central Asian Regional Information and Coordination Centre", "CARICC"])],
      countries=["CN"], organizers=[CARICC],
      notes="Planned with a weekday date ('on Thursday' = 7 March). Visit to CARICC -> host. The statistics and the October joint operation are not meetings."),
    # ---------------------------------------------------------------- dev16_03 Gandhara (RFE/RL) 2024
    M(D3, "The talks took place on January 23 in the northern Afghan city", "meeting",
      "2024-01-23", inferred=True, city="Kunduz", country="AF",
      persons=[P(HAQY, ["Mawlawi Abdul Hakim Haqyar"], "deputy head of the Interior Ministry's counternarcotics directorate",
                 CND_AF, "Mawlawi"),
               P("Firuz Nazarzoda", ["Colonel Firuz Nazarzoda"], None, BT_TJ, "Colonel")],
      orgs=[O(CND_AF, ["Interior Ministry's counternarcotics directorate"]),
            O(BT_TJ, ["Border Troops of the State Committee for National Security"])],
      countries=["AF", "TJ"],
      notes="Year from the byline stamp. The lead ('met this week') reports the same talks: one line. The Interior Ministry is the source. No host stated. UNODC figures are statistics."),
    M(D3, "a Taliban delegation led by Haqyar attended a regional meeting", "meeting",
      "2024-01", inferred=True, city="Tashkent", country="UZ",
      persons=[P(HAQY, ["Haqyar"], "deputy head of the Interior Ministry's counternarcotics directorate", CND_AF, "Mawlawi")],
      orgs=[O(NCDC, ["National Center for Drug Control"])],
      countries=["AF", "UZ"], organizers=[NCDC],
      notes="'Earlier this month' -> January 2024 (month only). 'hosted by' -> organiser. The Uzbek Foreign Ministry is only the source. Role carried from the earlier sentence."),
    M(D3, "Kazakhstan is set to host a meeting of senior officials", "meeting",
      "2024-02-20", "2024-02-21", inferred=True, city="Almaty", country="KZ", status="planned",
      countries=["KZ"], organizers=["KZ"],
      notes="Planned, 'on February 20-21' with the year from the stamp. A state hosts (dev7). 'Central Asian states' is generic."),
    # ---------------------------------------------------------------- dev16_04 Kabul Times listing 2024
    M(D4, "on Monday received in his office a delegation of the Kyrgyz", "meeting",
      "2024-05-13", inferred=True, city="Kabul", country="AF",
      persons=[P(HAMD, ["Mawlawi Mohammad Nasim Hamdard", "The Deputy Minister"],
                 "Deputy Minister of Interior for Counter-Narcotics", MOI_AF, "Mawlawi"),
               P("Kubanychbek Asanov", ["Kubanychbek Asanov"], "Special Representative of the Kyrgyz President for Afghanistan", "KG")],
      orgs=[O(MOI_AF, [])],
      countries=["AF", "KG"], organizers=[MOI_AF],
      notes="'on Monday' against 'Published: 14 May 2024' (a Tuesday). KABUL dateline + 'in his office' -> Kabul. Ministry is the source and takes part through the title (empty mentions). 'received' -> host."),
    M(D4, "attended a three-day regional workshop on the control of drug", "workshop",
      "2024-05-07", "2024-05-09", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(CND_AF, ["Counter-Narcotics Directorate of the Ministry of Interior"]),
            O(UNODC, ["United Nations Office on Drugs and Crime"])],
      countries=["AF", "KZ", "TJ", "TM", "UZ"], organizers=[UNODC],
      notes="'three-day ... which ended on Thursday' against 'Published: 13 May 2024' -> 7-9 May. The Balkh seizure item is not a meeting."),
    M(D4, "Officials of the Afghan Border Police held talks with a Turkmen", "meeting",
      "2024-05-12", inferred=True, city="Kabul", country="AF",
      persons=[P("Batyr A. Orazov", ["Batyr A. Orazov"], "Deputy Chairman of the State Border Service of Turkmenistan", SBS_TM)],
      orgs=[O(ABP, ["Afghan Border Police"]), O(SBS_TM, ["State Border Service of Turkmenistan"])],
      countries=["AF", "TM"], organizers=[ABP],
      notes="'on Sunday' against the item stamp 13 May 2024. 'held talks with' -> the subject organises (dev9). TAPI only discussed."),
    M(D4, "They agreed to hold the next round of talks in Ashgabat in July", "meeting",
      "2024-07", inferred=True, city="Ashgabat", country="TM", status="planned",
      orgs=[O(ABP, []), O(SBS_TM, [])],
      countries=["AF", "TM"], organizers=[ABP, SBS_TM],
      notes="Planned, year-less month. Joint planned talks: both parties organisers (dev6), borderline."),
    # ---------------------------------------------------------------- dev16_05 Turkmenistan Today 2024
    M(D5, "the Ministry of Foreign Affairs of Turkmenistan hosted a meeting", "meeting",
      "2024-06-10", inferred=True, city="Ashgabat", country="TM",
      persons=[P("Gerhard Lindqvist", ["Mr. Gerhard Lindqvist"], "Regional Representative of UNODC for Central Asia", ROCA),
               P("A. Hojamuradov", ["A.Hojamuradov"], "Deputy Minister of Foreign Affairs of Turkmenistan", MFA_TM)],
      orgs=[O(MFA_TM, ["Ministry of Foreign Affairs of Turkmenistan"]), O(UNODC, ["United Nations Office on Drugs and Crime"])],
      countries=["TM"], organizers=[MFA_TM],
      notes="'On June 10', year from the stamp '11.06.2024'. City from 'who is in Ashgabat on a working visit'. Regional Representative affiliated to ROCA while the meeting lists UNODC (dev2/dev11). The working visit has no dates of its own: a frame."),
    M(D5, "the UNODC delegation held a meeting at the Ministry of Internal", "meeting",
      "2024-06-10", inferred=True, city="Ashgabat", country="TM",
      orgs=[O(UNODC, ["UNODC"]), O(MIA_TM, ["Ministry of Internal Affairs of Turkmenistan"])],
      countries=["TM"], organizers=[MIA_TM],
      notes="'On the same day'; 'at the Ministry' -> host (dev4); the visit's city."),
    M(D5, "a regional training seminar on risk profiling in container control", "seminar",
      "2024-06-11", "2024-06-12", inferred=True, city="Turkmenbashi", country="TM",
      orgs=[O(SCS_TM, ["State Customs Service of Turkmenistan"]), O(SBS_TM, ["State Border Service of Turkmenistan"]),
            O(UNODC, ["UNODC"]), O(WCO, ["World Customs Organization (WCO)"])],
      countries=["TM"], organizers=[UNODC, WCO],
      notes="Ongoing at publication ('is being held'): held. 'organized by UNODC jointly with' -> both organisers."),
    M(D5, "the delegation of Turkmenistan took part in the 67th session", "council_session",
      "2024-03", inferred=True, city="Vienna", country="AT",
      orgs=[O(CND, ["UN Commission on Narcotic Drugs"])],
      countries=["TM"],
      notes="'in March of this year', month only. CND session typed council_session with the commission as organisation (dev2, dev11). The seizure figures are statistics."),
    # ---------------------------------------------------------------- dev16_06 UNODC ROCA 2024
    M(D6, "organized a regional workshop on early warning systems", "workshop",
      "2024-09-17", "2024-09-19", fmt="hybrid", city="Tashkent", country="UZ",
      persons=[P("Dilshod R. Ismoilov", ["Mr. Dilshod R. Ismoilov", "Mr. Ismoilov"], "Director of NCDC", NCDC),
               P(NOWI, ["Ms. Katarzyna Nowicka", "Ms. Nowicka"], "UNODC Regional Programme Coordinator", ROCA),
               P("Hiroshi Tanabe", ["H.E. Mr. Hiroshi Tanabe"], "Ambassador of Japan to Uzbekistan", "JP", "H.E.")],
      orgs=[O(ROCA, ["UNODC Regional Office for Central Asia (ROCA)"]),
            O(NCDC, ["National Center for Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"]),
            O(EUDA, ["European Union Drugs Agency (EUDA)"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "JP"], organizers=[ROCA, NCDC],
      notes="'From 17 to 19 September 2024'; hybrid stated. 'in partnership with' -> organisers. Japan takes part through its ambassador (also the funder). EUDA joined online from Lisbon: Lisbon is not the venue. The report is not a meeting."),
    M(D6, "on 16 September, Ms. Nowicka met with Colonel Sherzod A. Tursunov", "meeting",
      "2024-09-16", inferred=True, city="Tashkent", country="UZ",
      persons=[P(NOWI, ["Ms. Nowicka"], "UNODC Regional Programme Coordinator", ROCA),
               P("Sherzod A. Tursunov", ["Colonel Sherzod A. Tursunov"],
                 "Head of the Drug Control Department of the Ministry of Internal Affairs of Uzbekistan", DCD_UZ, "Colonel")],
      orgs=[O(ROCA, []), O(DCD_UZ, ["Drug Control Department of the Ministry of Internal Affairs of Uzbekistan"])],
      countries=["UZ"],
      notes="'Earlier in the week, on 16 September', year from the dateline. ROCA only through her title (empty mentions). No host stated."),
    M(D6, "The participants agreed to meet again online in December 2024", "meeting",
      "2024-12", fmt="online", status="planned",
      notes="Planned online meeting, month only; 'the participants' generic: no parties listed (dev4 06#3)."),
    # ---------------------------------------------------------------- dev16_07 The Astana Times 2024
    M(D7, "gathered in Astana on Feb. 28-29 for a regional conference", "conference",
      "2024-02-28", "2024-02-29", inferred=True, city="Astana", country="KZ",
      persons=[P(ZHAK, ["Nurlan Zhakupov", "the deputy minister"], "Deputy Interior Minister", MIA_KZ),
               P("Ruslan B. Kassymov", ["Ruslan B. Kassymov"], "CARICC Director", CARICC)],
      orgs=[O(MIA_KZ, ["Kazakh Interior Ministry"]),
            O(CARICC, ["Central Asian Regional Information and Coordination Centre (CARICC)", "CARICC"])],
      countries=["KZ", "AZ", "RU", "UZ"], organizers=[MIA_KZ, CARICC],
      notes="Abbreviated month range, year from the byline. 'organized by ... together with' -> organisers. 'Central Asia' is generic; UZ from its delegation head at the sidelines (borderline). Statistics not a meeting."),
    M(D7, "Zhakupov held a bilateral meeting with Colonel Ulugbek Kh. Rakhimov", "meeting",
      "2024-02-28", "2024-02-29", inferred=True, city="Astana", country="KZ",
      persons=[P(ZHAK, ["Zhakupov"], "Deputy Interior Minister", MIA_KZ),
               P("Ulugbek Kh. Rakhimov", ["Colonel Ulugbek Kh. Rakhimov"],
                 "deputy head of the Uzbek Interior Ministry's drug control department", DCD_UZ, "Colonel")],
      orgs=[O(MIA_KZ, []), O(DCD_UZ, ["Uzbek Interior Ministry's drug control department"])],
      countries=["KZ", "UZ"], organizers=[MIA_KZ],
      notes="On the sidelines: the conference's range and venue (dev3). 'held a bilateral meeting with' -> the subject's body organises (borderline)."),
    M(D7, "Kazakh border guards completed a two-week training course", "training",
      "2024-02", inferred=True, city="Almaty", country="KZ",
      orgs=[O(BOMCA, ["Border Management Programme in Central Asia (BOMCA)"]),
            O(BS_KZ, ["Border Service of the National Security Committee of Kazakhstan"])],
      countries=["KZ"], organizers=[BOMCA],
      notes="'Earlier in February', month only. 'conducted by' -> organiser; the EU only funds. The 2025 Bishkek conference has only a year: not annotated."),
    # ---------------------------------------------------------------- dev16_08 Kyrgyz State Customs Service 2024
    M(D8, "a working meeting of the heads of the customs enforcement units", "meeting",
      "2024-10-21", "2024-10-22", city="Bishkek", country="KG",
      persons=[P(KASY, ["KASYMALIEV Nurbek Toktogulovich"], "Deputy Chairman of the SCS", SCS_KG, "Colonel of Customs Service"),
               P("A.K. Zhanibekov", ["Zhanibekov A.K."], "Director of the Department for Combating Smuggling of the SRC", SRC_KZ)],
      orgs=[O(SCS_KG, ["State Customs Service under the Ministry of Finance of the Kyrgyz Republic (SCS)"]),
            O(SRC_KZ, ["State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan (SRC)"])],
      countries=["KG", "KZ"],
      notes="Surname-first all-caps name with patronymic, canonical given name first; surname-first initials. No host stated. The next meeting 'in the first half of 2025' is not annotated."),
    M(D8, "officers of the mobile groups of the SCS completed a training course", "training",
      "2024-10-15", "2024-10-17", inferred=True, city="Bishkek", country="KG",
      orgs=[O(SCS_KG, ["SCS"]), O(OSCE_BIS, ["OSCE Programme Office in Bishkek"])],
      countries=["KG"], organizers=[OSCE_BIS],
      notes="'Earlier, on October 15-17', year from the stamp. 'at the training center of the SCS' -> its seat Bishkek (borderline). 'conducted by instructors of' -> organiser."),
    M(D8, "received in his office H.E. Mr. Matthias WEBER", "meeting",
      "2024-10-18", inferred=True, city="Bishkek", country="KG",
      persons=[P("Almaz S. Temirov", ["Almaz S. Temirov"], "Chairman of the SCS", SCS_KG),
               P("Matthias Weber", ["H.E. Mr. Matthias WEBER"], "Ambassador of the Federal Republic of Germany to the Kyrgyz Republic",
                 "DE", "H.E.")],
      orgs=[O(SCS_KG, ["SCS"])],
      countries=["KG", "DE"], organizers=[SCS_KG],
      notes="'received in his office' -> host, the SCS seat Bishkek (borderline). Ambassador = country. Tajikistan only discussed. Statistics not a meeting."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The Deputy Minister", "the deputy minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
