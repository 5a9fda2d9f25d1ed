"""Write gold.jsonl and entities.json of the second development set from the tables below.

Run from anywhere: ``python tests/eval/dev2/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). All people are invented.
The texts and this gold were written before the extractor was run on them (issue #3).
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

SCO = "Shanghai Cooperation Organisation"
PPI = "Paris Pact Initiative"
PPEWG = "Paris Pact Initiative Expert Working Group on Cross-Border Cooperation"
ACADKG = "Academy of the Ministry of Internal Affairs of the Kyrgyz Republic"
SBNON = "Drug Control Service of the Ministry of Internal Affairs of the Kyrgyz Republic"
SFIS = "State Financial Intelligence Service of the Kyrgyz Republic"
DCDT_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
DCDC_KZ = "Department for Combating Drug Crimes of the Ministry of Internal Affairs of the Republic of Kazakhstan"
PDALA = "Police Department of Almaty City"
OSCE_AST = "OSCE Programme Office in Astana"
OSCE_DUS = "OSCE Programme Office in Dushanbe"
UNODC_TJ = "UNODC Programme Office in Tajikistan"
MIATM = "Ministry of Internal Affairs of Turkmenistan"
SBSTM = "State Border Service of Turkmenistan"
MFATM = "Ministry of Foreign Affairs of Turkmenistan"
OSCE_ASH = "OSCE Centre in Ashgabat"
SCSTM = "State Customs Service of Turkmenistan"
CND = "Commission on Narcotic Drugs"
GUVD_BISH = "Main Department of Internal Affairs of Bishkek City"
EAG = "Eurasian Group on Combating Money Laundering and Financing of Terrorism"
ACADUZ = "Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"
PCUZ = "OSCE Project Co-ordinator in Uzbekistan"
NLPOL = "National Police of the Netherlands"
MIARU = "Ministry of Internal Affairs of the Russian Federation"
SCOSEC = "SCO Secretariat"
RATS = "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation"
SCOEWG = "Expert Working Group of the Competent Authorities of the SCO Member States Responsible for Combating Illicit Drug Trafficking"
INL = "INL Office of the U.S. Embassy to the Republic of Kazakhstan"
USEMB = "Embassy of the United States of America to the Republic of Kazakhstan"
KZBS = "Border Service of the National Security Committee of the Republic of Kazakhstan"
SRC = "State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan"
CBP = "U.S. Customs and Border Protection"
EFC_RU = "Expert and Forensic Centre of the Ministry of Internal Affairs of the Russian Federation"
VIPK = "All-Russian Institute for Advanced Training of the Ministry of Internal Affairs of the Russian Federation"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    IAU: ("IAP", CARICC, None, ["Information and Analytical Unit of CARICC"]),
    CNC: (None, CARICC, None, ["Council of National Coordinators"]),
    PPEWG: (None, PPI, None, ["Paris Pact Initiative Expert Working Group on cross-border cooperation"]),
    UNODC: ("UNODC", "United Nations", None, ["UNODC"]),
    ROCA: ("UNODC ROCA", UNODC, None, []),
    ACADKG: (None, MIAKG, "KG", []),
    SBNON: ("SBNON", MIAKG, "KG", ["SBNON", "Drug Control Service", "Drug Control Service of the MIA of the Kyrgyz Republic"]),
    SFIS: ("SFIS", None, "KG", ["SFIS"]),
    MIAKZ: (None, None, "KZ", []),
    MIAUZ: (None, None, "UZ", []),
    DCDT_UZ: (None, MIAUZ, "UZ", ["Department for Combating Drug Trafficking"]),
    DCDC_KZ: (None, MIAKZ, "KZ", ["Department for Combating Drug Crimes of the Ministry", "Department for Combating Drug Crimes of the Kazakh Interior Ministry"]),
    PDALA: (None, MIAKZ, "KZ", ["Police Department of Almaty city"]),
    OSCE_AST: (None, OSCE, None, []),
    DCA: ("DCA", None, "TJ", ["DCA", "Drug Control Agency", "the Agency"]),
    OSCE_DUS: (None, OSCE, None, []),
    UNODC_TJ: (None, UNODC, None, []),
    MIATM: (None, None, "TM", []),
    SBSTM: (None, None, "TM", []),
    MFATM: (None, None, "TM", []),
    OSCE_ASH: (None, OSCE, None, []),
    SCSTM: (None, None, "TM", []),
    CND: ("CND", "United Nations", None, []),
    GUVD_BISH: (None, MIAKG, "KG", ["Main Department of Internal Affairs of Bishkek city"]),
    MIAKG: (None, None, "KG", []),
    EAG: ("EAG", None, None, ["EAG"]),
    ACADUZ: (None, MIAUZ, "UZ", ["Academy of the Ministry of Internal Affairs", "the Academy"]),
    PCUZ: ("PCUz", OSCE, None, ["PCUz"]),
    NLPOL: (None, None, "NL", []),
    GUNK: ("GUNK", MIARU, "RU", ["GUNK", "Main Directorate for Drug Control of the Ministry of Internal Affairs of Russia"]),
    SCOSEC: (None, SCO, None, []),
    RATS: ("SCO RATS", SCO, None, ["SCO Regional Anti-Terrorist Structure", "RATS", "Executive Committee of the SCO Regional Anti-Terrorist Structure"]),
    SCOEWG: (None, SCO, None, ["Expert Working Group of the competent authorities"]),
    INL: ("INL", USEMB, "US", ["INL", "Bureau of International Narcotics and Law Enforcement Affairs"]),
    KZBS: (None, "National Security Committee of the Republic of Kazakhstan", "KZ", ["Border Service of the National Security Committee of Kazakhstan", "Border Service"]),
    SRC: (None, "Ministry of Finance of the Republic of Kazakhstan", "KZ", ["State Revenue Committee"]),
    CBP: ("CBP", None, "US", ["CBP"]),
    DEA: ("DEA", None, "US", ["DEA", "U.S. Drug Enforcement Administration"]),
    EFC_RU: (None, MIARU, "RU", ["Expert and Forensic Centre of the Ministry of Internal Affairs of Russia"]),
    VIPK: (None, MIARU, "RU", ["All-Russian Institute for Advanced Training of the Ministry of Internal Affairs of Russia", "the Institute"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    PPI: (None, UNODC, None, []),
    "United Nations": ("UN", None, None, []),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    SCO: ("SCO", None, None, ["SCO"]),
    MIARU: (None, None, "RU", []),
    USEMB: (None, None, "US", ["U.S. Embassy"]),
    "National Security Committee of the Republic of Kazakhstan": (None, None, "KZ", []),
    "Ministry of Finance of the Republic of Kazakhstan": (None, None, "KZ", []),
}

COUNTRY_NAMES = {
    "CN": ["China"], "GE": ["Georgia"], "IN": ["India"],
    "IR": ["Iran", "Islamic Republic of Iran", "Iranian side"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh side", "Kazakh"],
    "LT": ["Lithuania"], "LV": ["Latvia"], "NL": ["Netherlands", "the Netherlands"],
    "PK": ["Pakistan"], "RU": ["Russia", "Russian Federation", "the Russian Federation", "Russian side", "Russian"],
    "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan", "Turkmen side", "Turkmen"],
    "TR": ["Turkey"], "US": ["United States", "U.S.", "United States of America"],
    "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"], "DE": ["Germany"],
}


O = make_org(ORGS)


D1, D2, D3, D4, D5 = ("dev2_01_caricc_2021.txt", "dev2_02_mia_kz.txt", "dev2_03_dca_tj.txt",
                      "dev2_04_tdh.txt", "dev2_05_akipress.txt")
D6, D7, D8, D9, D10 = ("dev2_06_kabar.txt", "dev2_07_uzdaily.txt", "dev2_08_sco.txt",
                       "dev2_09_us_embassy.txt", "dev2_10_mvd_ru.txt")

ABDU = "Sh.K. Abdurakhmonov"
QODIR = "F.N. Qodirzoda"
SOROKIN = "Alexei V. Sorokin"
HOLLOWAY = "James T. Holloway"

MEETINGS = [
    # ---------------------------------------------------------------- dev2_01 CARICC listing 2021
    M(D1, "CARICC Director Police Major General Sh.K.Abdurakhmonov received", "meeting",
      "2021-06-25", inferred=True, city="Almaty", country="KZ",
      persons=[P(ABDU, ["Sh.K.Abdurakhmonov", "The Director"], "CARICC Director", CARICC, "Police Major General"),
               P("Hossein Rahimi-Far", ["Mr. Hossein Rahimi-Far", "Mr. Rahimi-Far"], "Police Attaché of the Embassy of the Islamic Republic of Iran in the Republic of Kazakhstan", "IR")],
      orgs=[O(CARICC, ["CARICC", "the Centre"])], countries=["IR"], organizers=[CARICC],
      notes="Year from the item stamp 28/06/2021. 'Received in his office' -> CARICC premises, Almaty (seat). Embassy = country IR, 'the Iranian side'. Afghanistan only discussed. The 27 May videoconference is only referred back to (reported in full in #4): no second line. KZ not added for the venue alone."),
    M(D1, "the meeting of the Paris Pact Initiative Expert Working Group", "working_group",
      "2021-06-16", "2021-06-17", fmt="online",
      persons=[P("Thomas Brenner", ["Mr. Thomas Brenner"], "Coordinator of the Paris Pact Initiative", PPI),
               P("Aigerim Zhakupova", ["Ms. Aigerim ZHAKUPOVA"], "Head of the Information and Analytical Unit of CARICC", IAU)],
      orgs=[O(PPEWG, ["Paris Pact Initiative Expert Working Group on cross-border cooperation"]),
            O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"]),
            O(CARICC, ["CARICC"]), O(IAU, ["Information and Analytical Unit of CARICC"])],
      countries=["KZ", "PK", "IR", "TR"], organizers=[UNODC], chairs=["Thomas Brenner"],
      notes="'Experts from Kazakhstan, Pakistan, Iran and Turkey also made presentations' -> participants. The Paris Pact Initiative itself is represented by its Coordinator (his affiliation) and by its working group (listed)."),
    M(D1, "From May 31 to June 4, 2021, CARICC experts conducted a training", "training",
      "2021-05-31", "2021-06-04", city="Bishkek", country="KG",
      persons=[P("Nurlan Y. Temirbekov", ["Lt. Colonel Nurlan Y. Temirbekov"], "CARICC Liaison Officer", CARICC, "Lt. Colonel"),
               P("Gulnara Osmonova", ["Ms. Gulnara Osmonova"], "expert of the State Financial Intelligence Service of the Kyrgyz Republic", SFIS)],
      orgs=[O(CARICC, ["CARICC"]), O(ACADKG, ["Academy of the Ministry of Internal Affairs of the Kyrgyz Republic"]),
            O(SBNON, ["Drug Control Service of the MIA of the Kyrgyz Republic"]),
            O(SFIS, ["State Financial Intelligence Service of the Kyrgyz Republic"])],
      countries=["KG"], organizers=[CARICC, ACADKG],
      notes="City only in the item title ('Training course for investigators in Bishkek'); the Academy's premises agree. The operation item of 15/06/2021 is not a meeting; the Council it mentions has no date there."),
    M(D1, "CARICC Director Sh.K. Abdurakhmonov held a videoconference", "videoconference",
      "2021-05-27", fmt="online",
      persons=[P(ABDU, ["Sh.K. Abdurakhmonov", "CARICC Director"], "CARICC Director", CARICC, "Police Major General"),
               P("Elena Marchetti", ["Ms. Elena Marchetti"], "UNODC Regional Representative for Central Asia", ROCA)],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O(UNODC, ["UNODC"])], organizers=[],
      notes="Rank kept per person (stated in #1). ROCA is not named in the text; the UNODC counterpart is 'UNODC' (title) and Marchetti's title."),
    M(D1, "which will take place on 9-10 September 2021 in Tashkent", "council_session",
      "2021-09-09", "2021-09-10", city="Tashkent", country="UZ", status="planned",
      orgs=[O(CNC, ["Council of National Coordinators"])],
      notes="Planned with a date, announced inside the 31/05/2021 item. No host named, so no organiser and no country (venue alone)."),
    # ---------------------------------------------------------------- dev2_02 MIA Kazakhstan
    M(D2, "On October 13, Deputy Minister of Internal Affairs of the Republic", "meeting",
      "2022-10-13", inferred=True, city="Astana", country="KZ",
      persons=[P("Marat Sarsenbayev", ["Marat SARSENBAYEV", "The Deputy Minister"], "Deputy Minister of Internal Affairs of the Republic of Kazakhstan", MIAKZ, "Police Lieutenant General"),
               P("Jasur Kh. Toshpulatov", ["Colonel Jasur Kh. Toshpulatov", "Colonel Toshpulatov"], "Head of the Department for Combating Drug Trafficking", DCDT_UZ, "Colonel")],
      orgs=[O(MIAKZ, []), O(MIAUZ, ["Ministry of Internal Affairs of the Republic of Uzbekistan"]),
            O(DCDT_UZ, ["Department for Combating Drug Trafficking"])],
      countries=["KZ", "UZ"], organizers=[MIAKZ],
      notes="Year from 'Published: 14 October 2022'. Venue in the next sentence ('in the building of the Ministry in Astana') -> MIA host. MIA KZ has empty mentions: the page header is the publisher, and the body names it only through the Deputy Minister's title and 'the Ministry'. Afghanistan only discussed; 'Steppe Corridor' is an operation; the working group 'next year' has no date."),
    M(D2, "the Uzbek guests visited the Police Department of Almaty city", "visit",
      "2022-10-12", inferred=True, city="Almaty", country="KZ",
      persons=[P("Yerbol Aitkulov", ["Police Colonel Yerbol Aitkulov"], "Deputy Chief of the Department", PDALA, "Police Colonel")],
      orgs=[O(PDALA, ["Police Department of Almaty city"]), O(MIAUZ, [])],
      countries=["KZ", "UZ"], organizers=[PDALA],
      notes="'The day before' the 13 October talks -> 12 October. The visitors are the MIA Uzbekistan delegation of #1."),
    M(D2, "the Department for Combating Drug Crimes of the Ministry, together", "seminar",
      "2022-10-10", "2022-10-11", inferred=True, fmt=None,
      orgs=[O(DCDC_KZ, ["Department for Combating Drug Crimes of the Ministry"]), O(OSCE_AST, ["OSCE Programme Office in Astana"])],
      countries=["KZ", "DE", "LV"], organizers=[DCDC_KZ, OSCE_AST],
      notes="Range '10–11 October' (en dash), year from the stamp. No venue stated -> city and format null. DE and LV: 'Experts from Germany and Latvia acted as trainers'. The closing statistics are not a meeting."),
    # ---------------------------------------------------------------- dev2_03 DCA Tajikistan listing
    M(D3, "On May 17, 2021, Director of the Drug Control Agency under the", "meeting",
      "2021-05-17", city="Dushanbe", country="TJ",
      persons=[P(QODIR, ["F.N.Qodirzoda"], "Director of the Drug Control Agency under the President of the Republic of Tajikistan", DCA, "Lieutenant General"),
               P("Valentin Mercier", ["Ambassador Valentin MERCIER", "The Head of the Office"], "Head of the OSCE Programme Office in Dushanbe", OSCE_DUS, "Ambassador")],
      orgs=[O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"]),
            O(OSCE_DUS, ["OSCE Programme Office in Dushanbe", "OSCE"])],
      countries=["TJ"], organizers=[DCA],
      notes="'in the central office of the Agency' -> Dushanbe (the DCA's seat). Afghan border only discussed."),
    M(D3, "which will be held in Dushanbe on 23-24 September 2021", "conference",
      "2021-09-23", "2021-09-24", city="Dushanbe", country="TJ", status="planned",
      orgs=[O(OSCE_DUS, [])], organizers=[OSCE_DUS],
      notes="Planned with a date, in 'the plan of OSCE events' presented by the Office."),
    M(D3, "On 12-14 May, in the city of Khujand, the DCA together with the UNODC", "seminar",
      "2021-05-12", "2021-05-14", inferred=True, city="Khujand", country="TJ",
      persons=[P("Jamshed Rahmonovich Saidov", ["Saidov Jamshed Rahmonovich"], "Deputy Director of the DCA", DCA, "Major General"),
               P("Dilovar Nazarov", ["Mr. Dilovar Nazarov"], "UNODC National Programme Coordinator", UNODC_TJ)],
      orgs=[O(DCA, ["DCA"]), O(UNODC_TJ, ["UNODC Programme Office in Tajikistan"])],
      countries=["TJ", "KG", "UZ"], organizers=[DCA, UNODC_TJ],
      notes="Year from the item stamp 14.05.2021. Surname-first name normalised to given-name-first."),
    M(D3, "a delegation of the DCA headed by First Deputy Director Colonel", "visit",
      "2021-04-26", "2021-04-28", inferred=True, city="Ashgabat", country="TM",
      persons=[P("Sh.R. Boboev", ["Sh.R.Boboev"], "First Deputy Director", DCA, "Colonel"),
               P("Batyr Annayev", ["Batyr ANNAYEV"], "Deputy Minister of Internal Affairs of Turkmenistan", MIATM, "Colonel of Police")],
      orgs=[O(DCA, ["DCA"]), O(MIATM, ["Ministry of Internal Affairs of Turkmenistan"]), O(SBSTM, ["State Border Service of Turkmenistan"])],
      countries=["TJ", "TM"], organizers=[MIATM, SBSTM],
      notes="One line: talks at two bodies over 26-28 April with no per-day dates (a series). 'held talks at' -> hosts. The annual report item (07.05.2021) is not a meeting."),
    # ---------------------------------------------------------------- dev2_04 TDH
    M(D4, "the Ministry of Foreign Affairs of Turkmenistan hosted a meeting", "meeting",
      "2022-04-11", city="Ashgabat", country="TM",
      persons=[P("Jonathan Whitfield", ["Mr. Jonathan Whitfield"], "Chief of the Europe, West and Central Asia Section", UNODC),
               P("Dovlet Charyyev", ["Dovlet Charyyev", "The Deputy Minister"], "Deputy Minister of Foreign Affairs of Turkmenistan", MFATM)],
      orgs=[O(MFATM, ["Ministry of Foreign Affairs of Turkmenistan"]), O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"])],
      countries=["TM"], organizers=[MFATM],
      notes="City from the next sentence ('arrived in Ashgabat the day before'). 'The Turkmen side' = TM. Afghanistan only discussed; the UNODC Programme for Central Asia is context."),
    M(D4, "On 13-14 April, the OSCE Centre in Ashgabat, jointly with the State", "training",
      "2022-04-13", "2022-04-14", inferred=True, city="Turkmenbashi", country="TM", status="planned",
      orgs=[O(OSCE_ASH, ["OSCE Centre in Ashgabat"]), O(SCSTM, ["State Customs Service of Turkmenistan"])],
      countries=["TM", "GE", "LT"], organizers=[OSCE_ASH, SCSTM],
      notes="Future relative to the 12.04.2022 stamp -> planned. City only inside the port's name ('Turkmenbashi International Seaport'), not Ashgabat of the OSCE Centre's name. GE, LT: experts will conduct it."),
    M(D4, "the Turkmen delegation took part in the 65th session of the Commission", "council_session",
      "2022-03-14", "2022-03-18", fmt="hybrid", city="Vienna", country="AT",
      orgs=[O(CND, ["Commission on Narcotic Drugs"])], countries=["TM"],
      notes="Background inside the item, kept like seeds 002#8: a dated session with a venue. Type council_session (a session of a standing commission; 'conference' would be a fair second reading). AT not added for the venue alone."),
    # ---------------------------------------------------------------- dev2_05 AKIpress
    M(D5, "drug control services of Kyrgyzstan and Kazakhstan met in Bishkek", "meeting",
      "2022-03-02", inferred=True, city="Bishkek", country="KG",
      persons=[P("N.T. Osmonaliev", ["N. T. Osmonaliev"], "Head of the Drug Control Service (SBNON) of the Interior Ministry", SBNON, "Colonel"),
               P("Daniyar A. Kemelbekov", ["Police Colonel Daniyar A. Kemelbekov", "Kemelbekov"], "Head of the Department for Combating Drug Crimes of the Kazakh Interior Ministry", DCDC_KZ, "Police Colonel")],
      orgs=[O(SBNON, ["Drug Control Service", "SBNON"]), O(DCDC_KZ, ["Department for Combating Drug Crimes of the Kazakh Interior Ministry"])],
      countries=["KG", "KZ"],
      notes="Year from the stamp 'Mar 3, 2022'. The Ministry of Internal Affairs of Kyrgyzstan is the source ('said'), not listed. 'Kazakh police' = KZ. Spaced initials 'N. T.' normalised."),
    M(D5, "the Kazakh police officers visited the Main Department of Internal", "visit",
      "2022-03-01", inferred=True, city="Bishkek", country="KG",
      persons=[P("Azamat Sultanaliev", ["Police Lieutenant Colonel Azamat Sultanaliev"], "Deputy Head of the Department", GUVD_BISH, "Police Lieutenant Colonel")],
      orgs=[O(GUVD_BISH, ["Main Department of Internal Affairs of Bishkek city"]), O(DCDC_KZ, [])],
      countries=["KG", "KZ"], organizers=[GUVD_BISH],
      notes="The visitors are the Kazakh delegation of #1 (empty mentions). The February controlled delivery is an operation, not a meeting."),
    M(D5, "will meet in Almaty in April 2022 to approve a plan", "working_group",
      "2022-04", city="Almaty", country="KZ", status="planned",
      orgs=[O(SBNON, []), O(DCDC_KZ, [])], countries=["KG", "KZ"],
      notes="Planned, month only. 'The joint working group of the two services' is unnamed: represented by the two services (empty mentions). Borderline: a second reader may leave orgs empty."),
    # ---------------------------------------------------------------- dev2_06 Kabar
    M(D6, "Minister of Internal Affairs of the Kyrgyz Republic Almazbek Toktosunov", "meeting",
      "2021-10-26", inferred=True, city="Bishkek", country="KG",
      persons=[P("Almazbek Toktosunov", ["Almazbek Toktosunov", "The Minister"], "Minister of Internal Affairs of the Kyrgyz Republic", MIAKG),
               P("Nikolai Petrovich Udaltsov", ["Nikolai Petrovich Udaltsov", "The Ambassador"], "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Kyrgyz Republic", "RU")],
      orgs=[O(MIAKG, ["the Ministry"])], countries=["KG", "RU"], organizers=[MIAKG],
      notes="Year from the Kabar dateline (27 October 2021), city from the dateline and 'met at the Ministry'. Ambassador = RU ('the Russian side'). Afghanistan only discussed. Training in Russia and the statistics are not meetings."),
    M(D6, "Earlier, on October 21-22, Cholpon-Ata hosted a regional seminar", "seminar",
      "2021-10-21", "2021-10-22", inferred=True, city="Cholpon-Ata", country="KG",
      persons=[P("Sergei K. Lebedev", ["Sergei K. Lebedev"], "EAG Executive Secretary", EAG)],
      orgs=[O(EAG, ["Eurasian Group on Combating Money Laundering and Financing of Terrorism", "EAG"]),
            O(SFIS, ["State Financial Intelligence Service of the Kyrgyz Republic", "SFIS"])],
      countries=["KZ", "KG", "RU", "TJ", "UZ", "CN"], organizers=[EAG, SFIS],
      notes="The city is the subject ('Cholpon-Ata hosted'). Experts from six countries took part."),
    # ---------------------------------------------------------------- dev2_07 UzDaily
    M(D7, "A regional training course on investigating drug crimes committed", "training",
      "2022-12-05", "2022-12-09", inferred=True, fmt="hybrid", city="Tashkent", country="UZ",
      persons=[P("Sherzod B. Yusupov", ["Major General Sherzod B. Yusupov", "Major General Yusupov"], "Head of the Academy", ACADUZ, "Major General"),
               P("Henrik Larsson", ["Mr. Henrik LARSSON"], "Senior Project Officer of the PCUz", PCUZ),
               P("Jan de Vries", ["Inspector Jan de VRIES"], None, NLPOL, "Inspector")],
      orgs=[O(ACADUZ, ["Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan", "the Academy"]),
            O(PCUZ, ["OSCE Project Co-ordinator in Uzbekistan", "PCUz"]),
            O(NLPOL, ["National Police of the Netherlands"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "NL"], organizers=[ACADUZ, PCUZ],
      notes="Year from the stamp '09 December 2022, 17:21'; 'from 5 to 9 December' sits after the venue. Hybrid: lecturers joined online from The Hague (not a venue). Tashkent from the dateline and the Academy. The closing paragraph on the Academy's history is not a meeting; UNODC/OSCE/EU there are past partners."),
    M(D7, "In November, a similar course for prosecutors and investigators", "training",
      "2022-11", inferred=True, city="Samarkand", country="UZ",
      notes="Month only, year from the stamp. Organiser not stated ('similar' suggests the same, not annotated)."),
    # ---------------------------------------------------------------- dev2_08 SCO
    M(D8, "On September 14-15, 2020, the meeting of the heads of competent", "meeting",
      "2020-09-14", "2020-09-15", fmt="online",
      persons=[P(SOROKIN, ["Alexei V. SOROKIN"], "Head of the Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation", GUNK, "Police Lieutenant General"),
               P("Wang Jianguo", ["WANG Jianguo"], "Deputy Secretary-General of the SCO", SCOSEC)],
      orgs=[O(GUNK, ["Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation"]),
            O(SCOSEC, ["SCO Secretariat"]),
            O(RATS, ["Executive Committee of the SCO Regional Anti-Terrorist Structure", "RATS"])],
      countries=["IN", "KZ", "CN", "KG", "PK", "RU", "TJ", "UZ"], chairs=[SOROKIN],
      notes="Russia holds the chairmanship (RU is in countries anyway). Afghanistan only discussed; the 2021 meeting in Tajikistan has no date. 'WANG Jianguo': all-caps surname first, canonical surname-first as is usual for Chinese names."),
    M(D8, "Prior to it, on September 10, a meeting of the Expert Working Group", "working_group",
      "2020-09-10", inferred=True, fmt="online",
      orgs=[O(SCOEWG, ["Expert Working Group of the competent authorities"])],
      notes="Year from the neighbouring sentence; 'in the same format' = via videoconference."),
    # ---------------------------------------------------------------- dev2_09 US Embassy INL
    M(D9, "From February 15 to 17, the U.S. Embassy's Bureau of International", "training",
      "2021-02-15", "2021-02-17", inferred=True, fmt="hybrid", city="Almaty", country="KZ",
      persons=[P(HOLLOWAY, ["INL Director James T. Holloway"], "INL Director", INL)],
      orgs=[O(INL, ["Bureau of International Narcotics and Law Enforcement Affairs", "INL"]),
            O(KZBS, ["Border Service of the National Security Committee of Kazakhstan", "Border Service"]),
            O(SRC, ["State Revenue Committee"]), O(CBP, ["U.S. Customs and Border Protection", "CBP"]),
            O(DEA, ["U.S. Drug Enforcement Administration", "DEA"])],
      countries=["US", "KZ"], organizers=[INL, KZBS],
      notes="Year from the dateline 'NUR-SULTAN, February 18, 2021'; the dateline city is not the venue (Almaty, next sentence). Hybrid: DEA experts joined online. The U.S. Embassy = US."),
    M(D9, "On February 17, INL Director Holloway and Deputy Minister", "meeting",
      "2021-02-17", inferred=True, city="Nur-Sultan", country="KZ",
      persons=[P(HOLLOWAY, ["INL Director Holloway"], "INL Director", INL),
               P("Y.Zh. Baimukhanov", ["Y.Zh.Baimukhanov"], "Deputy Minister of Internal Affairs of Kazakhstan", MIAKZ, "Police Major General")],
      orgs=[O(INL, ["INL"]), O(MIAKZ, [])], countries=["US", "KZ"],
      notes="A signing: a dated gathering with a venue ('signed in Nur-Sultan'). The project 2021-2023 and the equipment since 2019 are not meetings; the Press Office is a contact."),
    # ---------------------------------------------------------------- dev2_10 MVD Russia
    M(D10, "On the 18th of September 2019, a working meeting of the Head", "meeting",
      "2019-09-18", city="Moscow", country="RU",
      persons=[P(SOROKIN, ["A.V. Sorokin", "Alexei Sorokin"], "Head of the Main Directorate for Drug Control of the Ministry of Internal Affairs of Russia", GUNK, "Police Lieutenant General"),
               P(QODIR, ["F.N. Qodirzoda", "The Director of the Agency"], "Director", DCA, "Lieutenant General")],
      orgs=[O(GUNK, ["Main Directorate for Drug Control of the Ministry of Internal Affairs of Russia", "GUNK"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"])],
      countries=["RU", "TJ"], organizers=[GUNK],
      notes="Same persons as dev2_08#1 (Sorokin) and dev2_03#1 (Qodirzoda); rank kept per person. The summer 2019 joint operation is not a meeting; Afghanistan only discussed."),
    M(D10, "On September 19, the delegation visited the Expert and Forensic", "visit",
      "2019-09-19", inferred=True, city="Moscow", country="RU",
      orgs=[O(EFC_RU, ["Expert and Forensic Centre of the Ministry of Internal Affairs of Russia"]), O(DCA, [])],
      countries=["RU", "TJ"], organizers=[EFC_RU],
      notes="'the delegation' = the DCA delegation of #1 (empty mentions); its head is not named in this paragraph, so no person."),
    M(D10, "from September 16 to 20, 22 officers of the drug control units", "training",
      "2019-09-16", "2019-09-20", inferred=True, city="Domodedovo", country="RU",
      orgs=[O(VIPK, ["All-Russian Institute for Advanced Training of the Ministry of Internal Affairs of Russia", "the Institute"]),
            O(GUNK, ["GUNK"])],
      countries=["KG", "TJ", "RU"], organizers=[VIPK],
      notes="Ongoing at publication ('are being trained') -> held. Year from the stamp. RU as the country of the Institute and of GUNK (practitioners teach)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The Director", "CARICC Director", "The Deputy Minister", "The Head of the Office",
                     "The Minister", "The Ambassador", "The Director of the Agency"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
