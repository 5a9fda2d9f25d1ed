"""Write gold.jsonl and entities.json of the tenth development set (dev10) from the tables below.

Run from anywhere: ``python tests/eval/dev10/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, DCA, MIAKZ, MIAKG, MIAUZ  # noqa: E402

OCRTIS = "Central Office for the Repression of Illicit Drug Trafficking"
BKA = "Federal Criminal Police Office of Germany"
OSCE_TJ = "OSCE Office in Tajikistan"
DEP_UZ = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"
SBNON = "Service for Combating Illegal Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
UNODC_TJ = "UNODC Programme Office in Tajikistan"
MPS = "Ministry of Public Security of the People's Republic of China"
NCB_CN = "Narcotics Control Bureau of the Ministry of Public Security of the People's Republic of China"
MIA_BY = "Ministry of Internal Affairs of the Republic of Belarus"
GUNK_BY = ("Main Directorate for Drug Control and Combating Trafficking in Human Beings of the Ministry "
           "of Internal Affairs of the Republic of Belarus")
SFEC = "State Forensic Examination Committee of the Republic of Belarus"
MIA_AZ = "Ministry of Internal Affairs of the Republic of Azerbaijan"
MDCD_AZ = "Main Drug Control Department of the Ministry of Internal Affairs of the Republic of Azerbaijan"
WG_CASP = "Working Group of the Caspian littoral states on countering illicit drug trafficking"
CCDT_KZ = "Committee for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Kazakhstan"
MIA_TM = "Ministry of Internal Affairs of Turkmenistan"
DEP_TM = "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Turkmenistan"
JICA = "Japan International Cooperation Agency"
JICA_UZ = "JICA Uzbekistan Office"
NPA = "National Police Agency of Japan"
TOKYO_CUS = "Tokyo Customs"
NARITA = "Narita Airport Customs Branch of Tokyo Customs"
SCC_UZ = "State Customs Committee of the Republic of Uzbekistan"
ACAD = "OSCE Academy in Bishkek"
POIB = "OSCE Programme Office in Bishkek"
DCAF = "Geneva Centre for Security Sector Governance"
KRSU = "Kyrgyz-Russian Slavic University"
GITOC = "Global Initiative Against Transnational Organized Crime"
MIA_TJ = "Ministry of Internal Affairs of the Republic of Tajikistan"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    OCRTIS: ("OCRTIS", None, "FR", ["Central Office for the Repression of Illicit Drug Trafficking", "OCRTIS"]),
    BKA: ("BKA", None, "DE", ["Federal Criminal Police Office of Germany", "BKA"]),
    MIAKZ: (None, None, "KZ", ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
    DCA: ("DCA", None, "TJ", ["Drug Control Agency under the President of the Republic of Tajikistan",
                              "Drug Control Agency", "DCA", "the Agency"]),
    OSCE_TJ: (None, OSCE, None, ["OSCE Office in Tajikistan"]),
    MIAUZ: (None, None, "UZ", ["Ministry of Internal Affairs of Uzbekistan", "Uzbek Interior Ministry"]),
    MIAKG: (None, None, "KG", ["Ministry of Internal Affairs of the Kyrgyz Republic", "Kyrgyz Interior Ministry"]),
    DEP_UZ: (None, MIAUZ, "UZ", ["Department for Combating Drug Trafficking of the Uzbek Interior Ministry"]),
    SBNON: ("SBNON", MIAKG, "KG", ["Service for Combating Illegal Drug Trafficking", "SBNON"]),
    UNODC_TJ: (None, UNODC, None, ["Dushanbe office of the United Nations Office on Drugs and Crime"]),
    MPS: (None, None, "CN", ["Ministry of Public Security", "China's Ministry of Public Security"]),
    NCB_CN: (None, MPS, "CN", ["Narcotics Control Bureau of China's Ministry of Public Security"]),
    MIA_BY: (None, None, "BY", ["Belarusian Interior Ministry", "Interior Ministry of Belarus"]),
    GUNK_BY: (None, MIA_BY, "BY", ["Main Drug Control and Human Trafficking Department of the Belarusian Interior Ministry"]),
    SFEC: (None, None, "BY", ["State Forensic Examination Committee of the Republic of Belarus"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    MDCD_AZ: (None, MIA_AZ, "AZ", ["Main Drug Control Department of the Ministry of Internal Affairs",
                                   "Main Drug Control Department"]),
    WG_CASP: (None, None, None, ["Working Group of the Caspian littoral states on countering illicit drug trafficking",
                                 "Working Group"]),
    CCDT_KZ: (None, MIAKZ, "KZ", ["Committee for Combating Drug Trafficking of the Ministry of Internal Affairs of Kazakhstan"]),
    DEP_TM: (None, MIA_TM, "TM", ["Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Turkmenistan"]),
    JICA: ("JICA", None, "JP", ["Japan International Cooperation Agency", "JICA"]),
    JICA_UZ: (None, JICA, "JP", ["JICA Uzbekistan Office"]),
    NPA: ("NPA", None, "JP", ["National Police Agency", "NPA"]),
    TOKYO_CUS: (None, None, "JP", ["Tokyo Customs"]),
    NARITA: (None, TOKYO_CUS, "JP", ["Narita Airport Customs Branch"]),
    SCC_UZ: (None, None, "UZ", ["State Customs Committee of the Republic of Uzbekistan", "State Customs Committee"]),
    ACAD: (None, None, None, ["OSCE Academy in Bishkek", "OSCE Academy", "the Academy"]),
    POIB: (None, OSCE, None, ["OSCE Programme Office in Bishkek"]),
    DCAF: ("DCAF", None, None, ["Geneva Centre for Security Sector Governance", "DCAF"]),
    KRSU: (None, None, "KG", ["Kyrgyz-Russian Slavic University"]),
    GITOC: ("GI-TOC", None, None, ["Global Initiative Against Transnational Organized Crime", "GI-TOC"]),
    MIA_TJ: (None, None, "TJ", ["Interior Ministry"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    OSCE: ("OSCE", None, None, ["OSCE"]),
    MIA_AZ: (None, None, "AZ", ["Ministry of Internal Affairs of the Republic of Azerbaijan"]),
    MIA_TM: (None, None, "TM", ["Ministry of Internal Affairs of Turkmenistan"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan"], "AZ": ["Azerbaijan", "Azerbaijani"], "BY": ["Belarus", "Belarusian"],
    "CN": ["China", "Chinese"], "DE": ["Germany", "German"], "FR": ["France", "French"],
    "IR": ["Iran"], "JP": ["Japan", "Japanese"], "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan"], "RU": ["Russia"], "TJ": ["Tajikistan", "Tajik"],
    "TM": ["Turkmenistan", "Turkmen"], "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek"],
}


O = make_org(ORGS)

D1, D2, D3, D4 = ("dev10_01_caricc_2016.txt", "dev10_02_kunuz.txt", "dev10_03_eurasianet.txt", "dev10_04_belta.txt")
D5, D6, D7, D8 = ("dev10_05_azertac.txt", "dev10_06_jica.txt", "dev10_07_osce_academy.txt", "dev10_08_rferl.txt")

SEIT = "A.T. Seitkaliyev"
NAZI = "M.Sh. Nazirov"
NAZA = "Khurshed Nazarzoda"
NASI = "Ilgar Nasibov"
YAMA = "Takashi Yamada"
KURB = "Davron Kurbonzoda"
ISMO = "Bakhtiyor Ismoilov"

MEETINGS = [
    # ---------------------------------------------------------------- dev10_01 CARICC listing 2016
    M(D1, "From 22 to 24 November a regional seminar", "seminar",
      "2016-11-22", "2016-11-24", inferred=True, city="Almaty", country="KZ",
      persons=[P(SEIT, ["Major General of Police A.T.Seitkaliyev"], "Director of CARICC", CARICC,
                 "Major General of Police"),
               P("Laurent Giraud", ["Mr. Laurent GIRAUD"], "Internal Security Attache of the Embassy of France", "FR")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]),
            O(OCRTIS, ["Central Office for the Repression of Illicit Drug Trafficking", "OCRTIS"])],
      countries=["AZ", "KZ", "KG", "RU", "TJ", "UZ", "FR"], organizers=[CARICC, "FR"],
      notes="'From 22 to 24 November', year from the item stamp '25.11.2016'. 'at the premises of the Centre' -> "
            "Almaty, CARICC host. Embassy of France = FR, 'in cooperation with' -> organiser. OCRTIS experts shared "
            "practice (trainers). Glued initials, all-caps surname."),
    M(D1, "the Director of CARICC received in his office a delegation", "meeting",
      "2016-11-01", city="Almaty", country="KZ",
      persons=[P(SEIT, ["the Director of CARICC", "The Director"], "Director of CARICC", CARICC,
                 "Major General of Police"),
               P("Thomas Brenner", ["Mr. Thomas Brenner"], "Head of the Division for International Cooperation", BKA)],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O(BKA, ["Federal Criminal Police Office of Germany", "BKA"])],
      countries=["DE"], organizers=[CARICC],
      notes="Title alone = the Director named in the 25.11 item (same page). 'received in his office' -> CARICC "
            "seat Almaty, CARICC host. 'The German side' = DE."),
    M(D1, "the German delegation held talks in Astana at the Ministry", "meeting",
      "2016-10-31", inferred=True, city="Astana", country="KZ",
      orgs=[O(BKA, []), O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"])],
      countries=["DE", "KZ"], organizers=[MIAKZ],
      notes="'A day earlier' than 1 November 2016. The delegation referred back: its body with empty mentions. "
            "'at the Ministry' -> host."),
    M(D1, "agreed to hold expert consultations in Wiesbaden", "meeting",
      "2017-02", city="Wiesbaden", country="DE", status="planned",
      orgs=[O(CARICC, []), O(BKA, [])],
      countries=["DE"], organizers=[CARICC, BKA],
      notes="Planned, month only with its year. 'The parties' = CARICC and BKA; a joint planned event has both as "
            "organisers (dev6, borderline)."),
    M(D1, "took part in the international conference \"Afghan opiates", "conference",
      "2016-10-18", "2016-10-19", city="Dushanbe", country="TJ",
      persons=[P(NAZI, ["Colonel M. Sh. Nazirov", "Colonel Nazirov"], "Deputy Director of CARICC", CARICC, "Colonel"),
               P("Sherali Mirzozoda", ["Lieutenant General Sherali Mirzozoda"], "Director of the Agency", DCA,
                 "Lieutenant General")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"]),
            O(OSCE_TJ, ["OSCE Office in Tajikistan"])],
      countries=["TJ", "KZ", "KG", "RU", "TM", "UZ"], organizers=[DCA, OSCE_TJ], chairs=["Sherali Mirzozoda"],
      notes="Spaced initials with a two-letter initial. Afghanistan only discussed. TJ: the host government's agency."),
    # ---------------------------------------------------------------- dev10_02 Kun.uz 2024
    M(D2, "the minister held talks with Kyrgyz Interior Minister", "meeting",
      "2024-03-06", inferred=True, city="Bishkek", country="KG",
      persons=[P("Akmal Yunusov", ["Colonel General Akmal Yunusov", "Akmal Yunusov"], "Interior Minister", MIAUZ,
                 "Colonel General"),
               P("Nurbek Sadyrkulov", ["Nurbek Sadyrkulov"], "Interior Minister", MIAKG)],
      orgs=[O(MIAUZ, []), O(MIAKG, ["Ministry of Internal Affairs of the Kyrgyz Republic"])],
      countries=["UZ", "KG"], organizers=[MIAKG],
      notes="'On March 6', year from the stamp '17:25 / 07.03.2024'. Venue implied by the working visit to "
            "Kyrgyzstan and 'at the Ministry of Internal Affairs of the Kyrgyz Republic' -> Bishkek (its seat, "
            "borderline); the Kyrgyz ministry hosts. The Uzbek ministry is the source and the minister's body "
            "(empty mentions). Statistics and the January Kun.uz report are not meetings."),
    M(D2, "experts of the department and the SBNON held a working meeting", "meeting",
      "2024-03", inferred=True, city="Osh", country="KG",
      orgs=[O(DEP_UZ, ["Department for Combating Drug Trafficking of the Uzbek Interior Ministry"]),
            O(SBNON, ["Service for Combating Illegal Drug Trafficking", "SBNON"])],
      countries=["UZ", "KG"], organizers=[DEP_UZ, SBNON],
      notes="'earlier this month' -> month of the stamp. Units defined in the preceding paragraph and referred "
            "back to ('the department', 'the SBNON'); 'held a working meeting' -> both organise."),
    M(D2, "The next meeting of the joint working group is scheduled", "working_group",
      "2024-05", inferred=True, city="Tashkent", country="UZ", status="planned",
      countries=["UZ", "KG"],
      notes="Planned, year-less month. The unnamed joint working group gives the countries only (dev7)."),
    # ---------------------------------------------------------------- dev10_03 Eurasianet 2019
    M(D3, "gathered for a one-day conference on precursor chemicals", "conference",
      "2019-10-01", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(NAZA, ["Lieutenant General Khurshed Nazarzoda", "Nazarzoda"], "DCA chief", DCA, "Lieutenant General"),
               P("Zhou Hailin", ["Zhou Hailin"],
                 "deputy director of the Narcotics Control Bureau of China's Ministry of Public Security", NCB_CN)],
      orgs=[O(DCA, ["Drug Control Agency", "DCA"]),
            O(UNODC_TJ, ["Dushanbe office of the United Nations Office on Drugs and Crime"]),
            O(NCB_CN, ["Narcotics Control Bureau of China's Ministry of Public Security"])],
      countries=["TJ", "CN", "KZ", "KG", "UZ", "RU"], organizers=[DCA, UNODC_TJ],
      notes="Byline date 'Oct 7, 2019' (a Monday): 'last Tuesday' = 1 October. Reported again ('At the Dushanbe "
            "conference, the Chinese delegation offered'): one line. Afghanistan discussed, Iran and Pakistan not "
            "represented; the quoted analyst did not attend. The UNODC report and seizure figures are not meetings."),
    M(D3, "he met with officials of the Ministry of Public Security in Beijing", "meeting",
      "2019-09-24", inferred=True, city="Beijing", country="CN",
      persons=[P(NAZA, ["Nazarzoda"], "DCA chief", DCA, "Lieutenant General")],
      orgs=[O(DCA, []), O(MPS, ["Ministry of Public Security"])],
      countries=["TJ", "CN"],
      notes="Background meeting during a visit to China, its own date and venue. No host stated."),
    M(D3, "A follow-up meeting of experts is pencilled in", "meeting",
      "2019-11-12", "2019-11-13", inferred=True, city="Tashkent", country="UZ", status="planned",
      notes="Planned, year-less range. No participants named."),
    # ---------------------------------------------------------------- dev10_04 BelTA 2019
    M(D4, "during the meeting of Interior Minister of Belarus Dmitry Karpenko", "meeting",
      "2019-05-15", inferred=True, city="Minsk", country="BY",
      persons=[P("Dmitry Karpenko", ["Dmitry Karpenko", "the Minister"], "Interior Minister of Belarus", MIA_BY),
               P("Faridun Sharipzoda", ["Faridun Sharipzoda"],
                 "Director of the Drug Control Agency under the President of the Republic of Tajikistan", DCA)],
      orgs=[O(MIA_BY, []),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "the Agency"])],
      countries=["BY", "TJ"],
      notes="'in Minsk today' under the dateline 'MINSK, 15 May (BelTA)'. 'the Minister' = Karpenko (title alone). "
            "'the Belarusian side' = BY. No host stated. The Academy is only discussed; statistics are not a meeting."),
    M(D4, "the delegation of the Agency will visit the State Forensic", "visit",
      "2019-05-16", inferred=True, city="Minsk", country="BY", status="planned",
      orgs=[O(DCA, []), O(SFEC, ["State Forensic Examination Committee of the Republic of Belarus"])],
      countries=["TJ", "BY"], organizers=[SFEC],
      notes="Planned with a day, year from the dateline. The visited body hosts; venue Minsk from the visit "
            "(borderline)."),
    M(D4, "took part in a regional meeting on precursor control", "meeting",
      "2019-05-07", "2019-05-08", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(GUNK_BY, ["Main Drug Control and Human Trafficking Department of the Belarusian Interior Ministry"]),
            O(UNODC, ["United Nations Office on Drugs and Crime"])],
      countries=["BY", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[UNODC],
      notes="'On 7 and 8 May', year from the dateline. 'held in Tashkent by' UNODC -> organiser."),
    # ---------------------------------------------------------------- dev10_05 Azertac 2022
    M(D5, "The second meeting of the Working Group of the Caspian littoral", "working_group",
      "2022-04-21", "2022-04-22", inferred=True, fmt="hybrid", city="Baku", country="AZ",
      persons=[P(NASI, ["Police Major General Ilgar Nasibov"], "Chief of the Main Drug Control Department", MDCD_AZ,
                 "Police Major General"),
               P("Serik Zhanuzakov", ["Colonel Serik Zhanuzakov"],
                 "Deputy Chairman of the Committee for Combating Drug Trafficking of the Ministry of Internal Affairs "
                 "of Kazakhstan", CCDT_KZ, "Colonel")],
      orgs=[O(WG_CASP, ["Working Group of the Caspian littoral states on countering illicit drug trafficking"]),
            O(MDCD_AZ, ["Main Drug Control Department of the Ministry of Internal Affairs",
                        "Main Drug Control Department"]),
            O(CCDT_KZ, ["Committee for Combating Drug Trafficking of the Ministry of Internal Affairs of Kazakhstan"])],
      countries=["AZ", "KZ", "TM", "IR", "RU"], organizers=[MDCD_AZ], chairs=[NASI],
      notes="'on April 21-22', year from the stamp '23.04.2022 [13:41]'. 'in a hybrid format'; Iran and Russia "
            "online take part. The ministry's press service is the source; its department hosts. The Turkmen "
            "delegation head is named only in the sidelines paragraph. Seizure figures are not a meeting."),
    M(D5, "Ilgar Nasibov held a separate meeting with the head", "meeting",
      "2022-04-21", "2022-04-22", inferred=True, city="Baku", country="AZ",
      persons=[P(NASI, ["Ilgar Nasibov"], "Chief of the Main Drug Control Department", MDCD_AZ, "Police Major General"),
               P("Annamurat Orazov", ["Colonel Annamurat Orazov"],
                 "Head of the Department for Combating Drug Trafficking of the Ministry of Internal Affairs of "
                 "Turkmenistan", DEP_TM, "Colonel")],
      orgs=[O(MDCD_AZ, []),
            O(DEP_TM, ["Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Turkmenistan"])],
      countries=["AZ", "TM"], organizers=[MDCD_AZ],
      notes="On the sidelines, no date of its own: the meeting's range and venue (dev3). The Turkmen delegation "
            "was there in person."),
    M(D5, "The next meeting of the Working Group is scheduled to be held", "working_group",
      "2022-09-14", "2022-09-15", city="Aktau", country="KZ", status="planned",
      orgs=[O(WG_CASP, ["Working Group"])],
      notes="Planned with a date; 'in Aktau, Kazakhstan'."),
    # ---------------------------------------------------------------- dev10_06 JICA Central Asia 2018
    M(D6, "JICA implemented the Knowledge Co-Creation Program (KCCP)", "training",
      "2018-11-12", "2018-12-07", city="Tokyo", country="JP",
      persons=[P("Kenichi Sato", ["Mr. SATO Kenichi"], "Director of the Drugs and Firearms Division of the NPA", NPA)],
      orgs=[O(JICA, ["JICA"]), O(NPA, ["National Police Agency", "NPA"]), O(TOKYO_CUS, ["Tokyo Customs"]),
            O(NARITA, ["Narita Airport Customs Branch"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "JP"], organizers=[JICA],
      notes="Range across two months with the year. 'at JICA Tokyo' -> Tokyo. Japanese name surname-first with the "
            "surname in capitals. Lecturers' bodies and the visited customs branch take part. JICA is a Japanese "
            "governmental agency -> JP."),
    M(D6, "presented their action plans at a follow-up seminar", "seminar",
      "2018-12-12", inferred=True, city="Tashkent", country="UZ",
      persons=[P(YAMA, ["Mr. YAMADA Takashi"], "Chief Representative of the JICA Uzbekistan Office", JICA_UZ),
               P("Gulnora Tashpulatova", ["Ms. Gulnora Tashpulatova"], "Senior Inspector", SCC_UZ)],
      orgs=[O(JICA_UZ, ["JICA Uzbekistan Office"]),
            O(SCC_UZ, ["State Customs Committee of the Republic of Uzbekistan"])],
      countries=["UZ", "JP"], organizers=[JICA_UZ],
      notes="Year from the page date 'December 14, 2018'. 'at the JICA Uzbekistan Office' -> its seat Tashkent "
            "(world knowledge, borderline), host."),
    M(D6, "Mr. Yamada paid a courtesy call on the First Deputy Chairman", "meeting",
      "2018-11-05", inferred=True, city="Tashkent", country="UZ",
      persons=[P(YAMA, ["Mr. Yamada"], "Chief Representative of the JICA Uzbekistan Office", JICA_UZ),
               P("Rustam B. Khalilov", ["Mr. Rustam B. Khalilov"], "First Deputy Chairman of the State Customs Committee",
                 SCC_UZ)],
      orgs=[O(JICA_UZ, []), O(SCC_UZ, ["State Customs Committee"])],
      countries=["JP", "UZ"], organizers=[SCC_UZ],
      notes="'Before the program, on November 5'. A courtesy call on the Committee's head: the Committee hosts, "
            "its seat Tashkent (borderline)."),
    M(D6, "The next program for Central Asian countries will be held", "training",
      "2019-10", status="planned",
      orgs=[O(JICA, [])], organizers=[JICA],
      notes="Planned, month with year. 'in Japan' names no city, so city and country are null (schema). JICA's "
            "programme: JICA organises (borderline). 'Central Asian countries' is a generic group."),
    # ---------------------------------------------------------------- dev10_07 OSCE Academy listing 2020
    M(D7, "conducted a three-day workshop on countering transnational", "workshop",
      "2020-02-10", "2020-02-12", city="Bishkek", country="KG",
      persons=[P("Aigul Sadykova", ["Dr. Aigul Sadykova"], "Director of the OSCE Academy", ACAD),
               P("Hans-Peter Lindqvist", ["Ambassador Hans-Peter Lindqvist"], "Head of the OSCE Programme Office in Bishkek",
                 POIB, "Ambassador"),
               P("T.K. Abdraimov", ["Prof. T. K. Abdraimov"], None, KRSU, "Prof."),
               P("Martin Keller", ["Mr. Martin Keller"], "Project Officer at DCAF", DCAF)],
      orgs=[O(ACAD, ["OSCE Academy in Bishkek", "OSCE Academy"]), O(POIB, ["OSCE Programme Office in Bishkek"]),
            O(DCAF, ["Geneva Centre for Security Sector Governance", "DCAF"]),
            O(KRSU, ["Kyrgyz-Russian Slavic University"])],
      countries=["AF", "KZ", "KG", "TJ", "UZ"], organizers=[ACAD, POIB, DCAF],
      notes="The Academy in Bishkek conducts it: venue its seat. 'in partnership with' -> co-organisers. Officers of "
            "the five named countries take part. Spaced initials."),
    M(D7, "the Academy held an online lecture for the students", "webinar",
      "2020-02-04", inferred=True, fmt="online",
      persons=[P("Jonas Petersen", ["Mr. Jonas Petersen"], "Senior Analyst", GITOC),
               P("Nargiza Toktogulova", ["Dr. Nargiza Toktogulova"], "Head of the MA Programme in Politics and Security",
                 ACAD)],
      orgs=[O(ACAD, ["the Academy"]),
            O(GITOC, ["Global Initiative Against Transnational Organized Crime", "GI-TOC"])],
      organizers=[ACAD], chairs=["Nargiza Toktogulova"],
      notes="'On 4 February', year from 'Posted on 5 February 2020'. 'via Zoom' -> online; online lecture typed "
            "webinar (dev8). Moderator = chair. The policy brief item is not a meeting."),
    M(D7, "The Academy will host a round table", "meeting",
      "2020-03-26", inferred=True, city="Bishkek", country="KG", status="planned",
      orgs=[O(ACAD, ["The Academy"])], organizers=[ACAD],
      notes="Planned, 'on 26 March' with the year from the neighbouring stamps (2020). Round table typed meeting "
            "(dev3). The host's seat -> Bishkek. Invited groups are generic."),
    # ---------------------------------------------------------------- dev10_08 RFE/RL Tajik Service 2023
    M(D8, "The agreement was reached at talks on March 14 between", "meeting",
      "2023-03-14", inferred=True, city="Dushanbe", country="TJ",
      persons=[P(KURB, ["Major General Davron Kurbonzoda", "Kurbonzoda"], "director", DCA, "Major General"),
               P(ISMO, ["Colonel Bakhtiyor Ismoilov", "Ismoilov"], "Deputy Interior Minister", MIAUZ, "Colonel")],
      orgs=[O(DCA, ["Drug Control Agency"]), O(MIAUZ, [])],
      countries=["TJ", "UZ"], organizers=[DCA],
      notes="Year from 'March 15, 2023 14:08 GMT'. Venue in the next sentence ('at the agency's headquarters in "
            "Dushanbe'), the agency hosts. The Uzbek ministry only through the deputy minister's title. Reported "
            "again ('Speaking after the talks'): one line. Afghanistan and the Taliban only discussed."),
    M(D8, "on the same day met with Tajik Interior Minister", "meeting",
      "2023-03-13", inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Bahodur Safarzoda", ["Bahodur Safarzoda"], "Interior Minister", MIA_TJ)],
      orgs=[O(MIA_TJ, ["Interior Ministry"]), O(MIAUZ, [])],
      countries=["TJ", "UZ"],
      notes="'arrived in Dushanbe on March 13 and on the same day met'. The delegation referred back; its head is "
            "not named in this sentence. The ministry is also the source. The hashish seizure is not a meeting."),
    M(D8, "A trilateral meeting of Tajik, Uzbek, and Kyrgyz drug control", "meeting",
      "2023-04", inferred=True, city="Khujand", country="TJ", status="planned",
      countries=["TJ", "UZ", "KG"],
      notes="Planned, year-less month. Demonyms of the three sides -> countries (borderline for a plan). The "
            "quarterly analytical group has no date: not annotated."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"the Director of CARICC", "The Director", "the Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
