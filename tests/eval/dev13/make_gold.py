"""Write gold.jsonl and entities.json of the thirteenth development set (dev13) from the tables below.

Run from anywhere: ``python tests/eval/dev13/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, DCA, ROCA, MIAKZ, CNC, MIAKG, MIAUZ  # noqa: E402

SSDC = "State Service for Drug Control under the Government of the Kyrgyz Republic"
BKA = "Federal Criminal Police Office of Germany"
OSCE_ASH = "OSCE Centre in Ashgabat"
SCNS_TM = "State Counter-Narcotics Service of Turkmenistan"
CUST_TM = "State Customs Service of Turkmenistan"
FSKN = "Federal Drug Control Service of the Russian Federation"
MOI_AF = "Ministry of Interior Affairs of the Islamic Republic of Afghanistan"
CNPA = "Counter Narcotics Police of Afghanistan"
MIA_AZ = "Ministry of Internal Affairs of the Republic of Azerbaijan"
MDCDT = "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Azerbaijan"
ACAD_AZ = "Police Academy of the Ministry of Internal Affairs of the Republic of Azerbaijan"
TNP = "Turkish National Police"
SENATE = "Senate of the Parliament of the Republic of Kazakhstan"
SEN_COM = ("Senate Committee on Constitutional Legislation, Judicial System and Law Enforcement Bodies")
UNODC_KZ = "UNODC Programme Office in Kazakhstan"
MOH_KZ = "Ministry of Health of the Republic of Kazakhstan"
FMA_KZ = "Financial Monitoring Agency of the Republic of Kazakhstan"
SBNON = "Service for Combating Illicit Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
UNODC_TJ = "UNODC Programme Office in Tajikistan"
MDCD_UZ = ("Main Department for Combating Illicit Drug Trafficking of the Ministry of Internal Affairs "
           "of the Republic of Uzbekistan")
UNRCCA = "United Nations Regional Centre for Preventive Diplomacy for Central Asia"
MFA_TJ = "Ministry of Foreign Affairs of the Republic of Tajikistan"
INCB = "International Narcotics Control Board"
INCB_L = "INCB Learning"
MOH_TM = "Ministry of Health and Medical Industry of Turkmenistan"
MFA_UZ = "Ministry of Foreign Affairs of the Republic of Uzbekistan"
NIAC = "National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"
CND = "Commission on Narcotic Drugs"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre", CARICC]),
    CNC: ("CNC", CARICC, None, ["CARICC Council of National Coordinators", "CNC"]),
    ROCA: (None, UNODC, None, ["UNODC Regional Office for Central Asia"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    SSDC: ("SSDC", None, "KG", [SSDC, "SSDC"]),
    BKA: ("BKA", None, "DE", [BKA, "BKA"]),
    OSCE_ASH: (None, OSCE, None, [OSCE_ASH]),
    SCNS_TM: (None, None, "TM", [SCNS_TM]),
    CUST_TM: (None, None, "TM", [CUST_TM]),
    FSKN: ("FSKN", None, "RU", [FSKN, "FSKN"]),
    MOI_AF: ("MoI", None, "AF", ["Ministry of Interior Affairs", "MoI"]),
    CNPA: ("CNPA", MOI_AF, "AF", [CNPA, "CNPA"]),
    DCA: (None, None, "TJ", [DCA, "Drug Control Agency under the President of Tajikistan",
                             "Drug Control Agency", "the Agency"]),
    MIA_AZ: (None, None, "AZ", ["Ministry of Internal Affairs", "the Ministry"]),
    MDCDT: (None, MIA_AZ, "AZ", ["Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs",
                                 "Main Department for Combating Drug Trafficking"]),
    ACAD_AZ: (None, MIA_AZ, "AZ", ["Police Academy of the Ministry of Internal Affairs"]),
    TNP: (None, None, "TR", [TNP]),
    SENATE: (None, None, "KZ", ["Senate of the Parliament of Kazakhstan", "the Senate"]),
    SEN_COM: (None, SENATE, "KZ", [SEN_COM]),
    UNODC_KZ: (None, UNODC, None, [UNODC_KZ]),
    MIAKZ: (None, None, "KZ", [MIAKZ, "Ministry of Internal Affairs"]),
    MOH_KZ: (None, None, "KZ", ["Ministry of Health"]),
    FMA_KZ: (None, None, "KZ", ["Financial Monitoring Agency"]),
    SBNON: ("SBNON", MIAKG, "KG", [SBNON, "SBNON"]),
    UNODC_TJ: (None, UNODC, None, [UNODC_TJ]),
    MDCD_UZ: (None, MIAUZ, "UZ", ["Main Department for Combating Illicit Drug Trafficking of the Ministry of "
                                  "Internal Affairs of Uzbekistan"]),
    UNRCCA: ("UNRCCA", None, None, [UNRCCA, "UNRCCA"]),
    MFA_TJ: (None, None, "TJ", []),
    INCB: ("INCB", None, None, [INCB, "INCB", "the Board"]),
    INCB_L: (None, INCB, None, [INCB_L]),
    MOH_TM: (None, None, "TM", [MOH_TM]),
    MFA_UZ: (None, None, "UZ", ["Ministry of Foreign Affairs of Uzbekistan"]),
    NIAC: ("NIAC", None, "UZ", [NIAC, "NIAC"]),
    CND: (None, None, None, [CND]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    OSCE: ("OSCE", None, None, ["OSCE"]),
    MIAKG: (None, None, "KG", []),
    MIAUZ: (None, None, "UZ", []),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan"], "AZ": ["Azerbaijan"], "DE": ["Germany", "German"],
    "FR": ["France"], "GE": ["Georgia"], "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan"], "MN": ["Mongolia"], "RU": ["Russia", "Russian Federation"],
    "TJ": ["Tajikistan", "Tajik"], "TM": ["Turkmenistan"], "TR": ["Türkiye", "Turkish"],
    "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("dev13_01_caricc_2013.txt", "dev13_02_tolonews.txt", "dev13_03_apa.txt", "dev13_04_vlast.txt")
D5, D6, D7, D8 = ("dev13_05_sputnik_tj.txt", "dev13_06_unrcca.txt", "dev13_07_incb.txt", "dev13_08_dunyo.txt")

SAGI = "Bolat K. Sagintayev"
USEN = "T.A. Usenaliev"
ZURM = "Mohammad Hashim Zurmati"
NURU = "Jamshed Nurulloev"
ZHUM = "Serik Zhumagaliyev"
DAVL = "Khurshed Sh. Davlatzoda"
VASI = "Elena Vasilescu"
VEST = "Henrik L. Vestergaard"
NURM = "B.Q. Nurmatov"
BERG = "Annika Bergstrom"

MEETINGS = [
    # ---------------------------------------------------------------- dev13_01 CARICC listing 2013
    M(D1, "On 17-18 December the sixth meeting of the CARICC Council", "council_session",
      "2013-12-17", "2013-12-18", inferred=True, city="Almaty", country="KZ",
      persons=[P(USEN, ["Colonel of Police T.A.Usenaliev"],
                 "National Coordinator of the Kyrgyz Republic, Deputy Director of the State Service for Drug "
                 "Control under the Government of the Kyrgyz Republic", SSDC, "Colonel of Police"),
               P(SAGI, ["Major General of Police Bolat K. SAGINTAYEV"], "Director of CARICC", CARICC,
                 "Major General of Police")],
      orgs=[O(CNC, ["CARICC Council of National Coordinators", "CNC"]),
            O(SSDC, [SSDC, "SSDC"]), O(ROCA, ["UNODC Regional Office for Central Asia"]),
            O(CARICC, ["CARICC", "the Centre"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ", "FR"], chairs=[USEN],
      notes="'On 17-18 December', year from the stamp 20.12.2013. Session of a standing body: no organiser "
            "stated. Embassy of France = FR. The November seminar is only referred back (its own line below)."),
    M(D1, "decided to hold its seventh meeting in Baku in June 2014", "council_session",
      "2014-06", city="Baku", country="AZ", status="planned",
      orgs=[O(CNC, [])],
      notes="Planned, month only; the Council referred back (empty mentions)."),
    M(D1, "the Director of the Centre received in his office a delegation", "meeting",
      "2013-12-03", inferred=True, city="Almaty", country="KZ",
      persons=[P(SAGI, ["the Director of the Centre", "The Director"], "Director of CARICC", CARICC,
                 "Major General of Police"),
               P("Jurgen Hoffmeister", ["Mr. Jurgen HOFFMEISTER"], "BKA Liaison Officer for Central Asia", BKA)],
      orgs=[O(CARICC, ["the Centre"]), O(BKA, [BKA, "BKA"])],
      countries=["DE"], organizers=[CARICC],
      notes="Year from the stamp 05.12.2013. Title alone = the Director named in the 20.12 item. 'received in his "
            "office' -> CARICC host, Almaty. The spring 2014 course has no month: not annotated."),
    M(D1, "From 25 to 27 November a training seminar on the control", "seminar",
      "2013-11-25", "2013-11-27", inferred=True, city="Ashgabat", country="TM",
      persons=[P("A.Sh. Karimov", ["Mr. A. Sh. Karimov"], "chief specialist of the Centre", CARICC)],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O(OSCE_ASH, [OSCE_ASH]),
            O(SCNS_TM, [SCNS_TM]), O(CUST_TM, [CUST_TM]), O(FSKN, [FSKN, "FSKN"])],
      countries=["TM", "RU"], organizers=[CARICC, OSCE_ASH],
      notes="Year from the stamp 28.11.2013. The 26 November checkpoint visit is part of the seminar (one line). "
            "Trainees' national bodies and the trainers' body (RU) take part. Spaced initials. The operation item "
            "is not a meeting."),
    # ---------------------------------------------------------------- dev13_02 TOLOnews 2019
    M(D2, "The agreement was reached at a meeting in Kabul between", "meeting",
      "2019-11-23", inferred=True, city="Kabul", country="AF",
      persons=[P(ZURM, ["Mohammad Hashim Zurmati", "Zurmati"], "Deputy Interior Minister for Counter Narcotics", MOI_AF),
               P(NURU, ["Colonel Jamshed Nurulloev", "Nurulloev"], "deputy director", DCA, "Colonel")],
      orgs=[O(MOI_AF, ["Ministry of Interior Affairs", "MoI"]), O(DCA, ["Drug Control Agency"])],
      countries=["AF", "TJ"], organizers=[MOI_AF],
      notes="'on Saturday' against the stamp 'Sunday, 24 November 2019'. Lead and body report the same meeting "
            "(one line). 'hosted by' -> MoI. Iran, Pakistan, Russia, Europe only discussed; quoted officer and "
            "analyst did not attend."),
    M(D2, "The two sides will meet again in Dushanbe in March next year", "meeting",
      "2020-03", inferred=True, city="Dushanbe", country="TJ", status="planned",
      orgs=[O(MOI_AF, []), O(DCA, [])],
      countries=["AF", "TJ"],
      notes="Planned, month only, 'next year' from the stamp. The two sides referred back (empty mentions; "
            "countries of the planned bilateral, borderline as dev9-dev11)."),
    M(D2, "took part in a regional workshop on precursor control organized", "workshop",
      "2019-11", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(CNPA, [CNPA, "CNPA"]), O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"])],
      countries=["AF"], organizers=[UNODC],
      notes="'Earlier this month' -> month of the stamp. The venue alone adds no country (UZ); other participants "
            "not named. The seizure figures are not a meeting."),
    # ---------------------------------------------------------------- dev13_03 APA 2023
    M(D3, "The meeting was held at the Ministry on March 14.", "meeting",
      "2023-03-14", inferred=True, city="Baku", country="AZ",
      persons=[P("Nazim Aghayev", ["Police Lieutenant General Nazim Aghayev", "Nazim Aghayev"],
                 "Deputy Minister of Internal Affairs", MIA_AZ, "Police Lieutenant General"),
               P(ZHUM, ["Serik Zhumagaliyev", "The CARICC Director"], "Director of CARICC", CARICC)],
      orgs=[O(MIA_AZ, ["Ministry of Internal Affairs", "the Ministry"]),
            O(CARICC, [CARICC, "CARICC", "the Centre"])],
      countries=["AZ"], organizers=[MIA_AZ],
      notes="Lead without a date, date in the next sentence; year from the stamp '15 March 2023 12:04 (UTC +04:00)'. "
            "'held at the Ministry' with no dateline -> Baku (the ministry's seat; borderline). Iran, Afghanistan, "
            "Europe only discussed. The press service is the source of the report."),
    M(D3, "The same day, the CARICC delegation visited the Main Department", "visit",
      "2023-03-14", inferred=True, city="Baku", country="AZ",
      persons=[P("Vugar Nasibzade", ["Police Major General Vugar Nasibzade"], "head of the department", MDCDT,
                 "Police Major General")],
      orgs=[O(MDCDT, ["Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs"]),
            O(CARICC, ["CARICC"])],
      countries=["AZ"], organizers=[MDCDT],
      notes="'The same day' with a host of its own: separate line (dev4). The visited body hosts. The delegation "
            "referred back: its head is not named in this paragraph, so not listed."),
    M(D3, "next meeting of the CARICC Council of National Coordinators", "council_session",
      "2023-06-20", "2023-06-21", inferred=True, city="Baku", country="AZ", status="planned",
      orgs=[O(CNC, ["CARICC Council of National Coordinators"])],
      notes="Planned with a year-less range, year from the stamp."),
    M(D3, "the Police Academy of the Ministry of Internal Affairs hosted", "training",
      "2023-03-09", "2023-03-10", inferred=True, city="Baku", country="AZ",
      orgs=[O(ACAD_AZ, ["Police Academy of the Ministry of Internal Affairs"]), O(TNP, [TNP])],
      countries=["AZ", "GE", "TR"], organizers=[ACAD_AZ, TNP],
      notes="'Note that on March 9-10' (year from the stamp). The academy's seat Baku (borderline, no dateline). "
            "'hosted' and 'conducted by experts of' make organisers. The seizure figures are not a meeting."),
    # ---------------------------------------------------------------- dev13_04 Vlast.kz 2023
    M(D4, "held a round table on countering the spread of synthetic drugs", "meeting",
      "2023-11-13", inferred=True, fmt="hybrid", city="Astana", country="KZ",
      persons=[P("Marat Yesenbayev", ["senator Marat Yesenbayev"], "head of the committee", SEN_COM),
               P("Timur Sagyndykov", ["Timur Sagyndykov"], "deputy minister of internal affairs", MIAKZ),
               P("Marco Ferrante", ["Marco Ferrante"], "head of the UNODC Programme Office in Kazakhstan", UNODC_KZ)],
      orgs=[O(SEN_COM, [SEN_COM]), O(UNODC_KZ, [UNODC_KZ]), O(MIAKZ, ["Ministry of Internal Affairs"]),
            O(MOH_KZ, ["Ministry of Health"]), O(FMA_KZ, ["Financial Monitoring Agency"])],
      countries=["KZ"], organizers=[SEN_COM, UNODC_KZ], chairs=["Marat Yesenbayev"],
      notes="'On Monday' against the stamp 14.11.2023 (a Tuesday). City in a later sentence; regional police joined "
            "online -> hybrid. Round table typed meeting (dev3). The committee (a unit of the Senate) organised it; "
            "the Senate itself is not listed separately (borderline). The UNODC study and the statistics are not meetings."),
    M(D4, "interior minister Yerkin Baisalov met with the UNODC Regional", "meeting",
      "2023-11", inferred=True, city="Astana", country="KZ",
      persons=[P("Yerkin Baisalov", ["interior minister Yerkin Baisalov", "The minister"], "interior minister", MIAKZ),
               P("Giulia Moretti", ["Giulia Moretti"], "UNODC Regional Representative for Central Asia", ROCA)],
      orgs=[O(MIAKZ, []), O(UNODC, ["UNODC"])],
      countries=["KZ"],
      notes="'earlier this month' -> month of the stamp. Ministry only through the minister's title (empty "
            "mentions). No host stated. Regional Representative's affiliation ROCA, meeting lists UNODC (dev2)."),
    M(D4, "the Senate will hold parliamentary hearings on the draft law", "hearing",
      "2023-12-12", inferred=True, city="Astana", country="KZ", status="planned",
      orgs=[O(SENATE, ["the Senate"])],
      countries=["KZ"], organizers=[SENATE],
      notes="Planned with a year-less day; year from the stamp. The Senate's seat Astana (borderline). "
            "A national parliament holding hearings adds its country (as seeds 000#8, borderline)."),
    # ---------------------------------------------------------------- dev13_05 Sputnik Tajikistan 2021
    M(D5, "The agreement was reached on Friday at a meeting of the Director", "meeting",
      "2021-06-04", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(DAVL, ["Major General Khurshed Sh. Davlatzoda", "Davlatzoda"], "Director of the Agency", DCA,
                 "Major General"),
               P("Azamat Turdubekovich Toktosunov", ["Colonel Toktosunov Azamat Turdubekovich"], "head of the SBNON",
                 SBNON, "Colonel")],
      orgs=[O(DCA, ["Drug Control Agency under the President of Tajikistan", "the Agency"]),
            O(SBNON, [SBNON, "SBNON"])],
      countries=["TJ", "KG"], organizers=[DCA],
      notes="'on Friday' against the dateline 'DUSHANBE, 5 Jun' (a Saturday). Lead and body report the same "
            "meeting (one line). 'at the premises of the Agency' -> DCA host, Dushanbe. Surname-first name with "
            "patronymic. The joint operation 'in the second half of the year' and the statistics are not annotated."),
    M(D5, "the Agency held an online seminar on the use of the darknet", "webinar",
      "2021-06-01", inferred=True, fmt="online",
      orgs=[O(DCA, ["the Agency"]), O(UNODC_TJ, [UNODC_TJ])],
      countries=["TJ"], organizers=[DCA, UNODC_TJ],
      notes="Year from the stamp. 'held' and 'conducted by experts of' make organisers. Online seminar typed webinar."),
    M(D5, "During his visit to Uzbekistan on May 27-28, the Director", "meeting",
      "2021-05-27", "2021-05-28", inferred=True, city="Tashkent", country="UZ",
      persons=[P(DAVL, ["the Director of the Agency"], "Director of the Agency", DCA, "Major General"),
               P("Rustam Kh. Nazarov", ["Major General Rustam Kh. Nazarov"],
                 "head of the Main Department for Combating Illicit Drug Trafficking", MDCD_UZ, "Major General")],
      orgs=[O(DCA, ["the Agency"]),
            O(MDCD_UZ, ["Main Department for Combating Illicit Drug Trafficking of the Ministry of Internal Affairs of Uzbekistan"])],
      countries=["TJ", "UZ"],
      notes="Venue implied by the trip to Uzbekistan -> Tashkent (borderline, as dev11). The meeting has no day of "
            "its own: the visit's range. Title alone = Davlatzoda. No host stated."),
    M(D5, "the next meeting of the Tajik-Uzbek working group on drugs", "working_group",
      "2021-09", inferred=True, city="Dushanbe", country="TJ", status="planned",
      countries=["TJ", "UZ"],
      notes="Planned, month only, year from the stamp. Unnamed bilateral group: the countries only (dev7, dev9)."),
    # ---------------------------------------------------------------- dev13_06 UNRCCA 2021
    M(D6, "organized a regional expert meeting on drug trafficking", "meeting",
      "2021-10-11", "2021-10-12", fmt="hybrid", city="Ashgabat", country="TM",
      persons=[P(VASI, ["Ms. Elena VASILESCU"], "Special Representative of the UN Secretary-General and Head of UNRCCA",
                 UNRCCA),
               P("Tomas Lindqvist", ["Mr. Tomas Lindqvist"], "Deputy Regional Representative", ROCA)],
      orgs=[O(UNRCCA, [UNRCCA, "UNRCCA"]), O(ROCA, ["UNODC Regional Office for Central Asia"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"], organizers=[UNRCCA, ROCA],
      notes="'On 11 and 12 October 2021'; hybrid ('in a hybrid format', some via videoconference). 'in cooperation "
            "with' -> both organise. 'opened by' is no chair. CARICC only mentioned as a channel; Afghanistan discussed."),
    M(D6, "the Special Representative held a videoconference with the", "videoconference",
      "2021-10-05", inferred=True, fmt="online",
      persons=[P(VASI, ["the Special Representative"], "Special Representative of the UN Secretary-General and Head "
                 "of UNRCCA", UNRCCA),
               P("Daniyar K. Abenov", ["Colonel Daniyar K. Abenov"], "Director of CARICC", CARICC, "Colonel")],
      orgs=[O(UNRCCA, []), O(CARICC, ["CARICC"])],
      countries=[], organizers=[UNRCCA],
      notes="'Earlier, on 5 October', year from the dateline. 'held a videoconference with' -> the subject "
            "organises (dev9). Title alone = Vasilescu; UNRCCA through her title (empty mentions)."),
    M(D6, "During her visit to Tajikistan from 27 to 29 September", "visit",
      "2021-09-27", "2021-09-29", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(VASI, ["Ms. Vasilescu"], "Special Representative of the UN Secretary-General and Head of UNRCCA",
                 UNRCCA)],
      orgs=[O(UNRCCA, []), O(MFA_TJ, []), O(DCA, [DCA])],
      countries=["TJ"],
      notes="Year from the dateline. Venue implied by the trip (Dushanbe, borderline as dev11); the Khatlon border "
            "visit is part of the trip (one line). The minister is unnamed: MFA with empty mentions. No host stated."),
    M(D6, "UNRCCA will convene the next meeting of the Deputy Ministers", "meeting",
      "2021-12", city="Almaty", country="KZ", status="planned",
      orgs=[O(UNRCCA, ["UNRCCA"])],
      organizers=[UNRCCA],
      notes="Planned, month only. 'the Central Asian states' is a generic group: no countries."),
    # ---------------------------------------------------------------- dev13_07 INCB 2020
    M(D7, "an INCB mission led by Board member Mr. Henrik L. Vestergaard", "visit",
      "2020-02-10", "2020-02-14", city="Ashgabat", country="TM",
      persons=[P(VEST, ["Mr. Henrik L. Vestergaard", "Mr. Vestergaard"], "Board member", INCB)],
      orgs=[O(INCB, ["INCB"]), O(SCNS_TM, [SCNS_TM]), O(MOH_TM, [MOH_TM]), O(CUST_TM, [CUST_TM])],
      countries=["TM"], organizers=[INCB],
      notes="Country mission; city in the next sentence. 'held consultations with' -> the subject organises (dev9)."),
    M(D7, "INCB Learning held a regional training seminar for competent", "seminar",
      "2020-02-18", "2020-02-20", city="Almaty", country="KZ",
      persons=[P("Adriana Costa Pereira", ["Ms. Adriana Costa Pereira"], "Secretary of the Board", INCB)],
      orgs=[O(INCB_L, [INCB_L]), O(MIAKZ, [MIAKZ])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "AF", "MN"], organizers=[INCB_L, MIAKZ],
      notes="'held' and 'in cooperation with' make organisers. Officials of seven named countries trained. "
            "Funders (AU, FR, DE, TH, US) are not participants. PEN Online and PICS are systems, not bodies. The "
            "Board is represented by its programme INCB Learning, not listed again as a wider body (borderline)."),
    M(D7, "The Board will hold its 128th session in Vienna", "council_session",
      "2020-05-04", "2020-05-15", city="Vienna", country="AT", status="planned",
      orgs=[O(INCB, ["The Board"])],
      notes="Planned with a date. Session of the body itself: no organiser stated. The precursor report is not a meeting."),
    # ---------------------------------------------------------------- dev13_08 Dunyo 2019
    M(D8, "On April 17, Deputy Minister of Foreign Affairs of the Republic", "meeting",
      "2019-04-17", inferred=True, city="Tashkent", country="UZ",
      persons=[P(NURM, ["B.Q.Nurmatov", "The Deputy Minister"], "Deputy Minister of Foreign Affairs of the Republic "
                 "of Uzbekistan", MFA_UZ),
               P(BERG, ["Ms. Annika BERGSTROM", "Ms. Bergstrom"], "UNODC Regional Representative for Central Asia", ROCA)],
      orgs=[O(MFA_UZ, []), O(UNODC, ["UNODC"])],
      countries=["UZ"], organizers=[MFA_UZ],
      notes="Year from the dateline 'Tashkent, 18 April 2019 (Dunyo IA)'; venue the dateline city. 'received' -> "
            "MFA host; ministry only through the title (empty mentions). Glued initials."),
    M(D8, "which Uzbekistan will host in Tashkent on 24-25 June this year", "conference",
      "2019-06-24", "2019-06-25", inferred=True, city="Tashkent", country="UZ", status="planned",
      orgs=[O(UNODC, ["UNODC"])],
      countries=["UZ"], organizers=["UZ", UNODC],
      notes="Planned; 'this year' from the dateline. 'Uzbekistan will host ... together with UNODC' -> UZ and UNODC "
            "organise (dev7). Afghanistan is the topic, not a party."),
    M(D8, "the city of Termez hosted a trilateral meeting of the heads", "meeting",
      "2019-04-15", "2019-04-16", inferred=True, city="Termez", country="UZ",
      persons=[P("Sherzod Ilkhomovich Khodjaev", ["Khodjaev Sherzod Ilkhomovich"], "Director of NIAC", NIAC)],
      orgs=[O(NIAC, [NIAC, "NIAC"])],
      countries=["UZ", "TJ", "AF"], organizers=[NIAC],
      notes="Year from the dateline. Heads of agencies of three named countries. CADAP (EU) only supported: not "
            "listed. Surname-first name with patronymic. The planned trilateral group has no date. Statistics are not "
            "a meeting."),
    M(D8, "took part in the 62nd session of the Commission on Narcotic Drugs", "council_session",
      "2019-03", inferred=True, city="Vienna", country="AT",
      persons=[P("S.A. Mirzaev", ["S. A. Mirzaev"], "First Deputy Director of NIAC", NIAC)],
      orgs=[O(CND, [CND]), O(NIAC, ["NIAC"])],
      countries=["UZ"],
      notes="'Last month' -> March 2019. CND session typed council_session with the commission as organisation "
            "(dev2, dev11). Spaced initials. The autumn consultations have no month: not annotated."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Director of the Centre", "The Director", "The CARICC Director", "The minister",
                     "the Director of the Agency", "the Special Representative", "The Deputy Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
