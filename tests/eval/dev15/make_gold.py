"""Write gold.jsonl and entities.json of the fifteenth development set (dev15) from the tables below.

Run from anywhere: ``python tests/eval/dev15/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, CNC, DCA, GUNK, IAU, MIAKZ, MIAUZ, ROCA, UNODC  # noqa: E402

FSKN = "Federal Drug Control Service of the Russian Federation"
PPI = "Paris Pact Initiative"
EWG_P = "Paris Pact Expert Working Group on Precursors"
INCB = "International Narcotics Control Board"
UNODC_IR = "UNODC Country Office in the Islamic Republic of Iran"
CCDT_KZ = "Committee for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Kazakhstan"
DCDT_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
OSCE = "Organization for Security and Co-operation in Europe"
OSCE_DUSH = "OSCE Programme Office in Dushanbe"
CSTO = "Collective Security Treaty Organization"
EU = "European Union"
CNPA = "Counter Narcotics Police of Afghanistan"
CND = "Commission on Narcotic Drugs"
EWCA = "Europe, West and Central Asia Section of UNODC"
SCDC_KG = "State Commission on Drug Control of the Kyrgyz Republic"
PSC = "Steering Committee of the UNODC Programme for Central Asia"
OSCE_ASH = "OSCE Centre in Ashgabat"
SBS_TM = "State Border Service of Turkmenistan"
SCS_TM = "State Customs Service of Turkmenistan"
DBC_TM = "Department for Border Control of the State Border Service of Turkmenistan"
ETCB = "Estonian Tax and Customs Board"
BMI_AT = "Federal Ministry of the Interior of Austria"
DOS = "U.S. Department of State"
INL = "Bureau of International Narcotics and Law Enforcement Affairs"
MIA_TJ = "Ministry of Internal Affairs of the Republic of Tajikistan"
LEWG = "U.S.-Kazakhstan Law Enforcement Working Group"
EGM = "General Directorate of Security of the Republic of Türkiye"
CCP_KZ = "Committee of Criminal Police of the Ministry of Internal Affairs of the Republic of Kazakhstan"
DCDC_KZ = "Department for Combating Drug Crime of the Ministry of Internal Affairs of the Republic of Kazakhstan"
UNODC_KZ = "UNODC Programme Office in Kazakhstan"
WG_KZTR = "Kazakh-Turkish working group on combating drug trafficking"
MIA_RU = "Ministry of Internal Affairs of the Russian Federation"
MDCDT_UZ = "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
SCC_UZ = "State Customs Committee of the Republic of Uzbekistan"
NIAC = "National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"
EFC_RU = "Expert and Forensic Center of the Ministry of Internal Affairs of the Russian Federation"
CCHCA = ("Coordination Council of heads of competent authorities on countering illicit drug "
         "trafficking of the CSTO member states")

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre", "Central Asian Regional Information and Coordination Centre"]),
    CNC: (None, CARICC, None, ["CARICC Council of National Coordinators", "Council of National Coordinators"]),
    FSKN: ("FSKN", None, "RU", [FSKN, "FSKN of Russia", "FSKN"]),
    EWG_P: (None, PPI, None, [EWG_P]),
    INCB: ("INCB", None, None, [INCB, "INCB"]),
    UNODC_IR: (None, UNODC, None, ["UNODC Country Office in the Islamic Republic of Iran"]),
    CCDT_KZ: (None, MIAKZ, "KZ", ["Kazakh Interior Ministry's Committee for Combating Drug Trafficking",
                                  "Committee for Combating Drug Trafficking"]),
    DCDT_UZ: (None, MIAUZ, "UZ", ["Uzbek Interior Ministry's Department for Combating Drug Trafficking"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UN Office on Drugs and Crime", "UNODC"]),
    DCA: ("DCA", None, "TJ", [DCA, "DCA"]),
    OSCE_DUSH: (None, OSCE, None, ["OSCE Programme Office in Dushanbe"]),
    CSTO: ("CSTO", None, None, [CSTO, "CSTO"]),
    EU: ("EU", None, None, ["European Union"]),
    CNPA: ("CNPA", None, "AF", ["Counter Narcotics Police of Afghanistan", "CNPA"]),
    MIAKZ: (None, None, "KZ", [MIAKZ, "Ministry of Internal Affairs"]),
    SCDC_KG: (None, None, "KG", ["State Commission on Drug Control of Kyrgyzstan"]),
    PSC: (None, UNODC, None, ["Programme Steering Committee"]),
    CND: ("CND", None, None, [CND, "CND"]),
    OSCE_ASH: (None, OSCE, None, ["OSCE Centre in Ashgabat", "the Centre"]),
    SBS_TM: (None, None, "TM", ["State Border Service of Turkmenistan", "State Border Service"]),
    SCS_TM: (None, None, "TM", ["State Customs Service of Turkmenistan", "State Customs Service"]),
    ETCB: (None, None, "EE", ["Estonian Tax and Customs Board"]),
    BMI_AT: (None, None, "AT", ["Federal Ministry of the Interior of Austria"]),
    INL: ("INL", DOS, "US", [INL, "INL"]),
    MIA_TJ: (None, None, "TJ", []),
    LEWG: (None, None, None, [LEWG]),
    EGM: ("EGM", None, "TR", ["General Directorate of Security of the Republic of Türkiye", "EGM", "Turkish National Police"]),
    CCP_KZ: (None, MIAKZ, "KZ", ["Committee of Criminal Police of the MIA"]),
    DCDC_KZ: (None, MIAKZ, "KZ", ["Department for Combating Drug Crime"]),
    UNODC_KZ: (None, UNODC, None, ["UNODC Programme Office in Kazakhstan"]),
    WG_KZTR: (None, None, None, ["Kazakh-Turkish working group on combating drug trafficking"]),
    GUNK: ("GUNK", MIA_RU, "RU", ["Main Directorate for Drug Control", "GUNK"]),
    MDCDT_UZ: (None, MIAUZ, "UZ", ["Main Department for Combating Drug Trafficking"]),
    MIAUZ: (None, None, "UZ", ["Uzbek Interior Ministry"]),
    SCC_UZ: (None, None, "UZ", ["State Customs Committee"]),
    NIAC: (None, None, "UZ", ["National Information-Analytical Center on Drug Control under the Cabinet of Ministers of Uzbekistan"]),
    EFC_RU: (None, MIA_RU, "RU", ["Expert and Forensic Center of the Russian Interior Ministry"]),
    CCHCA: (None, CSTO, None, ["Coordination Council of Heads of Competent Authorities on Countering Illicit Drug "
                               "Trafficking of the CSTO member states"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    IAU: ("IAP", CARICC, None, ["Information and Analytical Unit of CARICC"]),
    PPI: (None, UNODC, None, ["Paris Pact"]),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    ROCA: ("UNODC ROCA", UNODC, None, []),
    EWCA: (None, UNODC, None, ["UNODC Europe, West and Central Asia Section"]),
    DBC_TM: (None, SBS_TM, "TM", ["Department for Border Control of the State Border Service"]),
    DOS: (None, None, "US", ["U.S. Department of State"]),
    MIA_RU: (None, None, "RU", ["Russian Interior Ministry"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan"], "AT": ["Austria"], "AZ": ["Azerbaijan"], "EE": ["Estonia", "Estonian"],
    "IR": ["Iran", "Islamic Republic of Iran", "Iranian"], "JP": ["Japan", "Japanese"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic"], "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"],
    "PK": ["Pakistan"], "RU": ["Russia", "Russian Federation", "Russian"], "TJ": ["Tajikistan", "Tajik"],
    "TM": ["Turkmenistan", "Turkmen"], "TR": ["Türkiye", "Turkey", "Turkish"], "US": ["United States", "U.S."],
    "UZ": ["Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev15_01_caricc_2011.txt", "dev15_02_caravanserai.txt", "dev15_03_eurasia_review.txt",
                  "dev15_04_un_news.txt")
D5, D6, D7, D8 = ("dev15_05_osce_ashgabat.txt", "dev15_06_state_inl.txt", "dev15_07_kazpravda.txt",
                  "dev15_08_interfax.txt")

NAZA = "Rustam A. Nazarov"
RASU = "Bakhtiyor Rasulov"
SEIT = "Daniyar Seitkali"
KHOL = "Firdavs Kholmatzoda"
VORO = "Aleksandr T. Vorobyov"
ROWE = "Daniel L. Rowe"
SARS = "Yerlan Sh. Sarsembayev"
SADV = "Yerbol Sadvakassov"
PAKH = "Andrei Pakhomov"

MEETINGS = [
    # ---------------------------------------------------------------- dev15_01 CARICC listing 2011
    M(D1, "On 22-24 November a regional seminar on the organization", "seminar",
      "2011-11-22", "2011-11-24", inferred=True, city="Almaty", country="KZ",
      persons=[P("D.K. Omarov", ["Colonel of Customs Service D.K.Omarov"], "Deputy Director of CARICC", CARICC,
                 "Colonel of Customs Service"),
               P("Sergei V. Kolesnikov", ["Lieutenant Colonel of Police Sergei V. KOLESNIKOV"],
                 "Senior Inspector of the International Cooperation Department of FSKN of Russia", FSKN,
                 "Lieutenant Colonel of Police")],
      orgs=[O(CARICC, ["CARICC"]),
            O(FSKN, ["Federal Drug Control Service of the Russian Federation", "FSKN of Russia"])],
      countries=["AZ", "KZ", "KG", "TJ", "TM", "UZ", "RU"], organizers=[CARICC, FSKN],
      notes="Year from the item stamp 'Added: 25.11.2011'. 'at the premises of CARICC' -> Almaty, CARICC host; "
            "'conducted by instructors of' -> FSKN organiser, RU takes part. The UNODC project only supports "
            "(not listed). CIS countries only discussed. Glued initials, all-caps surname."),
    M(D1, "scheduled for 14-15 December 2011 in Bishkek", "council_session",
      "2011-12-14", "2011-12-15", city="Bishkek", country="KG", status="planned",
      orgs=[O(CNC, ["Council of National Coordinators"])],
      notes="Planned with a date, inside the seminar item."),
    M(D1, "received in his office the Ambassador Extraordinary and Plenipotentiary", "meeting",
      "2011-11-15", inferred=True, city="Almaty", country="KZ",
      persons=[P("Talgat B. Iskakov", ["Major General of Police Talgat B. ISKAKOV", "The Director"],
                 "Director of CARICC", CARICC, "Major General of Police"),
               P("Hideo Moriyama", ["Mr. Hideo Moriyama", "the Ambassador"],
                 "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of Kazakhstan", "JP")],
      orgs=[O(CARICC, ["CARICC", "the Centre"])],
      countries=["JP"], organizers=[CARICC],
      notes="Year-less 'On November 15', year from the stamp. 'received in his office' -> CARICC seat Almaty, CARICC "
            "host. Ambassador = country; 'The Japanese side' = JP. The seminar is only referred to ahead of its "
            "own item (no second line). Operation item (Caspian Barrier-2011) is not a meeting."),
    M(D1, "took part in the meeting of the Paris Pact Expert Working Group", "working_group",
      "2011-10-25", "2011-10-27", city="Tehran", country="IR",
      persons=[P(NAZA, ["Mr. Rustam A. Nazarov", "Mr. Nazarov"], "Head of the Information and Analytical Unit of CARICC",
                 IAU)],
      orgs=[O(EWG_P, ["Paris Pact Expert Working Group on Precursors"]), O(CARICC, ["CARICC"]),
            O(INCB, ["International Narcotics Control Board", "INCB"])],
      countries=["AF", "IR", "KZ", "PK", "TJ", "TM"],
      notes="'From 25 to 27 October 2011'. Standing expert group -> working_group. No organiser stated. CARICC "
            "takes part through its unit head."),
    M(D1, "next meeting of the group would be held in Almaty in March 2012", "working_group",
      "2012-03", city="Almaty", country="KZ", status="planned",
      orgs=[O(EWG_P, []), O(CARICC, ["CARICC"])],
      organizers=[CARICC],
      notes="Planned, month with year. 'at the invitation of CARICC' -> host. The group referred back."),
    M(D1, "The day before, on 24 October, Mr. Nazarov met at the UNODC", "meeting",
      "2011-10-24", inferred=True, city="Tehran", country="IR",
      persons=[P(NAZA, ["Mr. Nazarov"], "Head of the Information and Analytical Unit of CARICC", IAU),
               P("Antonio Mazzeo", ["Mr. Antonio Mazzeo"], "Representative of UNODC", UNODC_IR)],
      orgs=[O(UNODC_IR, ["UNODC Country Office in the Islamic Republic of Iran"]), O(CARICC, [])],
      organizers=[UNODC_IR],
      notes="'The day before, on 24 October' (year from the previous sentence). Met at the Country Office during "
            "the Tehran trip -> Tehran; 'met at the X' -> X host. Iranian liaison officers only discussed."),
    # ---------------------------------------------------------------- dev15_02 Caravanserai 2021
    M(D2, "The agreement was reached last Tuesday in Tashkent at a meeting", "meeting",
      "2021-06-08", inferred=True, city="Tashkent", country="UZ",
      persons=[P(RASU, ["Col. Bakhtiyor Rasulov", "Rasulov"], "head of the Uzbek department", DCDT_UZ, "Col."),
               P(SEIT, ["Police Col. Daniyar Seitkali", "Seitkali"], "deputy chairman of the committee", CCDT_KZ,
                 "Police Col.")],
      orgs=[O(CCDT_KZ, ["Kazakh Interior Ministry's Committee for Combating Drug Trafficking"]),
            O(DCDT_UZ, ["Uzbek Interior Ministry's Department for Combating Drug Trafficking"])],
      countries=["KZ", "UZ"], organizers=[DCDT_UZ],
      notes="'last Tuesday' against the byline date 2021-06-14 (a Monday) -> 8 June. Told twice (lead and body): "
            "one line. 'who hosted the talks' -> host. The expert quoted did not attend. Statistics not a meeting."),
    M(D2, "Earlier this month, the UN Office on Drugs and Crime (UNODC) held", "training",
      "2021-06", inferred=True, fmt="online",
      orgs=[O(UNODC, ["UN Office on Drugs and Crime", "UNODC"])],
      countries=["KZ", "KG", "UZ"], organizers=[UNODC],
      notes="'Earlier this month' -> month of the byline. Online training typed training (webinar a fair reading)."),
    M(D2, "officers of the two agencies met in Nur-Sultan", "meeting",
      "2021-03", inferred=True, city="Nur-Sultan", country="KZ",
      orgs=[O(CCDT_KZ, []), O(DCDT_UZ, [])],
      countries=["KZ", "UZ"],
      notes="Background month-only meeting, year from the byline ('the second this year'). Agencies referred back."),
    M(D2, "will meet again in Shymkent in September", "meeting",
      "2021-09", inferred=True, city="Shymkent", country="KZ", status="planned",
      orgs=[O(CCDT_KZ, []), O(DCDT_UZ, [])],
      countries=["KZ", "UZ"],
      notes="Planned year-less month. Rasulov is only the source. 'The Kazakh and Uzbek police' = the two agencies."),
    # ---------------------------------------------------------------- dev15_03 Eurasia Review 2019
    M(D3, "The regional conference on countering drug trafficking along", "conference",
      "2019-10-16", "2019-10-17", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(KHOL, ["Lieutenant General Firdavs Kholmatzoda"], "DCA Director", DCA, "Lieutenant General"),
               P("Abdul Wahid Sultani", ["Brigadier General Abdul Wahid Sultani"],
                 "deputy head of the Counter Narcotics Police of Afghanistan", CNPA, "Brigadier General")],
      orgs=[O(DCA, [DCA, "DCA"]), O(OSCE_DUSH, ["OSCE Programme Office in Dushanbe"]),
            O(CSTO, ["Collective Security Treaty Organization", "CSTO"]), O(EU, ["European Union"]),
            O(CNPA, ["Counter Narcotics Police of Afghanistan", "CNPA"])],
      countries=["AF", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[DCA, OSCE_DUSH],
      notes="Told twice (lead 'gathered in Dushanbe last week', body with 'October 16-17'); year from the byline. "
            "'the Tajik capital' -> Dushanbe. Iran and Pakistan discussed, not represented. Quoted researcher did "
            "not attend. Opium survey figures are not a meeting."),
    M(D3, "During his visit to Tajikistan earlier this month", "meeting",
      "2019-10", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Gianluca Ferretti", ["Mr. Gianluca Ferretti"], "UNODC Regional Representative for Central Asia", ROCA),
               P(KHOL, ["Kholmatzoda"], "DCA Director", DCA, "Lieutenant General")],
      orgs=[O(UNODC, ["UNODC"]), O(DCA, [])],
      countries=["TJ"],
      notes="'earlier this month' -> month of the byline. Venue implied by the trip to Tajikistan and the DCA head "
            "-> Dushanbe (borderline, as dev11). UNODC listed (the text's word), affiliation ROCA (title)."),
    M(D3, "would meet in Khorog on November 20-21", "meeting",
      "2019-11-20", "2019-11-21", inferred=True, city="Khorog", country="TJ", status="planned",
      countries=["TJ", "AF"],
      notes="Planned year-less range. The border liaison offices are unnamed plural bodies (no organisation); the two "
            "sides of the border give TJ and AF (borderline)."),
    # ---------------------------------------------------------------- dev15_04 UN News 2015
    M(D4, "today presented a new regional programme to tackle drug trafficking", "side_event",
      "2015-03-12", inferred=True, fmt="hybrid", city="Vienna", country="AT",
      persons=[P(VORO, ["Aleksandr T. Vorobyov", "Mr. Vorobyov"], "Chief of the UNODC Europe, West and Central Asia Section",
                 EWCA),
               P("Nurlan Zhaksybekov", ["Nurlan Zhaksybekov"], "Deputy Minister of Internal Affairs of Kazakhstan", MIAKZ),
               P("Azamat Osmonov", ["Azamat Osmonov"], "Chairman of the State Commission on Drug Control of Kyrgyzstan",
                 SCDC_KG)],
      orgs=[O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"]), O(MIAKZ, []),
            O(SCDC_KG, ["State Commission on Drug Control of Kyrgyzstan"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ"], organizers=[UNODC, "KZ"], chairs=[VORO],
      notes="'today' = the stamp/lead date. On the margins of the CND in Vienna; 'hybrid format'. Permanent Mission "
            "= KZ, co-organiser (dev7). The Kazakh MIA only through the Deputy Minister's title. World Drug Report "
            "figures are not a meeting."),
    M(D4, "endorsed by the Programme Steering Committee at its meeting in Tashkent", "working_group",
      "2015-02-24", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(PSC, ["Programme Steering Committee"])],
      notes="Background session with its own date and venue; year from the stamp. Members not named."),
    M(D4, "is meeting in Vienna from 9 to 17 March", "council_session",
      "2015-03-09", "2015-03-17", inferred=True, city="Vienna", country="AT",
      orgs=[O(CND, ["Commission on Narcotic Drugs", "CND"])],
      notes="The CND session itself, a dated gathering of its own (typed council_session as dev2/dev11; borderline: "
            "context of the side event)."),
    M(D4, "will be held in Almaty next month", "conference",
      "2015-04", inferred=True, city="Almaty", country="KZ", status="planned",
      notes="Planned, 'next month' -> April 2015. UNODC is only the source; 'the five countries' not expanded."),
    # ---------------------------------------------------------------- dev15_05 OSCE Centre in Ashgabat 2016
    M(D5, "A three-day training course on detecting drug precursors", "training",
      "2016-05-10", "2016-05-12", inferred=True, city="Turkmenbashi", country="TM",
      persons=[P("Ilona Kask", ["Ms. Ilona Kask"], "international expert", ETCB),
               P("Gerhard Pichler", ["Mr. Gerhard Pichler"], "Chief Inspector of the Federal Ministry of the Interior of Austria",
                 BMI_AT),
               P("Katarina Lindqvist", ["Ambassador Katarina Lindqvist"], "Head of the OSCE Centre in Ashgabat", OSCE_ASH,
                 "Ambassador"),
               P("Serdar Annamuhammedov", ["Colonel Serdar Annamuhammedov"],
                 "Head of the Department for Border Control of the State Border Service", DBC_TM, "Colonel")],
      orgs=[O(OSCE_ASH, ["OSCE Centre in Ashgabat", "the Centre"]),
            O(SBS_TM, ["State Border Service of Turkmenistan", "State Border Service"]),
            O(SCS_TM, ["State Customs Service of Turkmenistan", "State Customs Service"]),
            O(ETCB, ["Estonian Tax and Customs Board"]), O(BMI_AT, ["Federal Ministry of the Interior of Austria"])],
      countries=["TM", "EE", "AT"], organizers=[OSCE_ASH, SBS_TM],
      notes="'three-day ... concluded today' with 'the opening of the course on 10 May' -> 10-12 May; dateline "
            "Ashgabat is not the venue. 'organized by ... in co-operation with' -> both organisers. Trainers' "
            "bodies take part. The seaport is not an organisation."),
    M(D5, "In March, the Centre held a similar course in Balkanabat", "training",
      "2016-03", inferred=True, city="Balkanabat", country="TM",
      orgs=[O(OSCE_ASH, ["the Centre"])],
      countries=["TM"], organizers=[OSCE_ASH],
      notes="Background month-only course, year from the dateline. Officers of a Turkmen province -> TM."),
    M(D5, "A follow-up course on risk analysis for officers of the Dashoguz", "training",
      "2016-09", inferred=True, fmt=None, status="planned",
      notes="Planned, month only. The trainees' province is not a venue: no city, format unknown."),
    # ---------------------------------------------------------------- dev15_06 INL media note 2017
    M(D6, "During his visit to Tajikistan on May 15, Acting Assistant", "meeting",
      "2017-05-15", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(ROWE, ["Daniel L. Rowe", "Acting Assistant Secretary Rowe"],
                 "Acting Assistant Secretary of State for International Narcotics and Law Enforcement Affairs", INL),
               P("Nasim Q. Davlatov", ["Major General Nasim Q. Davlatov"],
                 "Director of the Drug Control Agency under the President of the Republic of Tajikistan", DCA,
                 "Major General"),
               P("Rustam Sh. Nurulloev", ["Colonel General Rustam Sh. Nurulloev"],
                 "First Deputy Minister of Internal Affairs", MIA_TJ, "Colonel General")],
      orgs=[O(INL, ["Bureau of International Narcotics and Law Enforcement Affairs", "INL"]),
            O(DCA, [DCA]), O(MIA_TJ, [])],
      countries=["US", "TJ"],
      notes="Year from the note's date. The trip 'May 14-18' is the frame, not a line. Venue implied by the visit "
            "to Tajikistan and the bodies met -> Dushanbe (borderline). The civil-society meeting has no date of "
            "its own: part of this line. MIA only through the title."),
    M(D6, "In Almaty on May 17, the Acting Assistant Secretary visited", "visit",
      "2017-05-17", inferred=True, city="Almaty", country="KZ",
      persons=[P(ROWE, ["the Acting Assistant Secretary"],
                 "Acting Assistant Secretary of State for International Narcotics and Law Enforcement Affairs", INL),
               P("Askar Mukhametov", ["Director Major General Askar Mukhametov"], "Director of CARICC", CARICC,
                 "Major General")],
      orgs=[O(CARICC, ["Central Asian Regional Information and Coordination Centre", "CARICC"]), O(INL, [])],
      countries=["US"], organizers=[CARICC],
      notes="Title alone = Rowe. The visited body hosts. 'its seven member states' is a generic group."),
    M(D6, "co-chaired the annual meeting of the U.S.-Kazakhstan Law Enforcement", "working_group",
      "2017-05-18", inferred=True, city="Astana", country="KZ",
      persons=[P(ROWE, ["Acting Assistant Secretary Rowe"],
                 "Acting Assistant Secretary of State for International Narcotics and Law Enforcement Affairs", INL),
               P(SARS, ["Police Major General Yerlan Sh. Sarsembayev"], "Deputy Minister of Internal Affairs of Kazakhstan",
                 MIAKZ, "Police Major General")],
      orgs=[O(LEWG, ["U.S.-Kazakhstan Law Enforcement Working Group"]), O(INL, []), O(MIAKZ, [])],
      countries=["US", "KZ"], chairs=[ROWE, SARS],
      notes="Bilateral standing group -> working_group; co-chairs. The signing of the amendment is part of it. "
            "Assistance figures are not a meeting."),
    M(D6, "will co-host a regional counternarcotics dialogue for senior", "conference",
      "2017-06-27", "2017-06-28", inferred=True, city="Tashkent", country="UZ", status="planned",
      orgs=[O(INL, ["INL"]), O(UNODC, ["United Nations Office on Drugs and Crime"])],
      countries=["US"], organizers=[INL, UNODC],
      notes="Planned, year-less 'June 27-28' (year from the note). Co-hosts -> organisers. 'the five Central Asian "
            "states' is a generic group; US from INL."),
    # ---------------------------------------------------------------- dev15_07 Kazakhstanskaya Pravda 2023
    M(D7, "received a delegation of the General Directorate of Security", "meeting",
      "2023-04-13", inferred=True, city="Astana", country="KZ",
      persons=[P(SADV, ["Yerbol Sadvakassov", "The Minister", "Ye. Sadvakassov"],
                 "Minister of Internal Affairs of the Republic of Kazakhstan", MIAKZ),
               P("Mehmet Ali Korkmaz", ["Mehmet Ali Korkmaz", "The Turkish guest"], "Deputy Director General", EGM),
               P("B.T. Zhanuzakov", ["Police Major General B. T. Zhanuzakov"],
                 "Chairman of the Committee of Criminal Police of the MIA", CCP_KZ, "Police Major General"),
               P("Azamat Serikovich Nurlanov", ["Police Colonel Nurlanov Azamat Serikovich"],
                 "head of the Department for Combating Drug Crime", DCDC_KZ, "Police Colonel")],
      orgs=[O(MIAKZ, ["Ministry of Internal Affairs"]),
            O(EGM, ["General Directorate of Security of the Republic of Türkiye", "EGM"]),
            O(CCP_KZ, ["Committee of Criminal Police of the MIA"]), O(DCDC_KZ, ["Department for Combating Drug Crime"])],
      countries=["KZ", "TR"], organizers=[MIAKZ],
      notes="'On April 13', year from the stamp '14.04.2023, 11:20'. 'in the Ministry of Internal Affairs' under an "
            "ASTANA dateline -> Astana; 'received' -> host. Title alone; spaced initials; surname-first name with "
            "patronymic (canonical given name first). The EGM's Anti-Narcotics Department is only mentioned."),
    M(D7, "Earlier, on 10 and 11 April, an international seminar", "seminar",
      "2023-04-10", "2023-04-11", inferred=True, fmt="hybrid", city="Almaty", country="KZ",
      orgs=[O(DCDC_KZ, ["Department for Combating Drug Crime"]), O(UNODC_KZ, ["UNODC Programme Office in Kazakhstan"]),
            O(EGM, ["Turkish National Police"])],
      countries=["KZ", "KG", "UZ", "TR"], organizers=[DCDC_KZ, UNODC_KZ],
      notes="Year from the stamp. Hybrid. The Academy is the venue only (organisers named; dev4). 'Turkish National "
            "Police' = EGM (joined online). Statistics not a meeting."),
    M(D7, "the next meeting of the Kazakh-Turkish working group", "working_group",
      "2023-10", inferred=True, city="Ankara", country="TR", status="planned",
      orgs=[O(WG_KZTR, ["Kazakh-Turkish working group on combating drug trafficking"])],
      countries=["KZ", "TR"],
      notes="Planned year-less month. The two sides of the bilateral group listed (borderline, as dev9-11)."),
    # ---------------------------------------------------------------- dev15_08 Interfax 2019
    M(D8, "The decision was made at talks held in Moscow on Wednesday", "meeting",
      "2019-09-25", inferred=True, city="Moscow", country="RU",
      persons=[P(PAKH, ["Police Lieutenant General Andrei Pakhomov", "Pakhomov"],
                 "head of the ministry's Main Directorate for Drug Control (GUNK)", GUNK, "Police Lieutenant General"),
               P("Ulugbek Tursunov", ["Colonel Ulugbek Tursunov"], "head of its Main Department for Combating Drug Trafficking",
                 MDCDT_UZ, "Colonel")],
      orgs=[O(GUNK, ["Main Directorate for Drug Control", "GUNK"]), O(MIAUZ, ["Uzbek Interior Ministry"]),
            O(MDCDT_UZ, ["Main Department for Combating Drug Trafficking"]), O(SCC_UZ, ["State Customs Committee"]),
            O(NIAC, ["National Information-Analytical Center on Drug Control under the Cabinet of Ministers of Uzbekistan"])],
      countries=["RU", "UZ"],
      notes="'on Wednesday' against the dateline Thursday 26 September 2019 -> 25 September. Talks 'between' two "
            "officials: no organiser. The Russian Interior Ministry is the source (not listed). Statistics not a "
            "meeting."),
    M(D8, "On Thursday, the guests visited the Expert and Forensic Center", "visit",
      "2019-09-26", inferred=True, city="Moscow", country="RU",
      orgs=[O(EFC_RU, ["Expert and Forensic Center of the Russian Interior Ministry"]), O(MIAUZ, [])],
      countries=["UZ", "RU"], organizers=[EFC_RU],
      notes="'On Thursday' = the dateline day. Same trip -> Moscow. The visited body hosts; the delegation referred back."),
    M(D8, "The heads of the two services last met in Tashkent in April", "meeting",
      "2019-04", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(GUNK, []), O(MDCDT_UZ, [])],
      countries=["RU", "UZ"],
      notes="Background month-only meeting with a signing; year from the stamp. Heads not named in the sentence."),
    M(D8, "which is due to be held in Minsk in November", "council_session",
      "2019-11", inferred=True, city="Minsk", country="BY", status="planned",
      orgs=[O(CCHCA, ["Coordination Council of Heads of Competent Authorities on Countering Illicit Drug Trafficking "
                      "of the CSTO member states"])],
      notes="Planned year-less month. 'CSTO member states' is a generic group. Source in the ministry only."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The Director", "the Ambassador", "the Acting Assistant Secretary", "The Minister",
                     "The Turkish guest"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
