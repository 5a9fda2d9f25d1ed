"""Write gold.jsonl and entities.json of the development set from the tables below.

Run from anywhere: ``python tests/eval/dev/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). All people are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

CARICC = ("Central Asian Regional Information and Coordination Centre for Combating Illicit "
          "Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors")
OSCE = "Organization for Security and Co-operation in Europe"
UNODC = "United Nations Office on Drugs and Crime"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre", "Central Asian Regional Information and Coordination Centre"]),
    "CARICC Council of National Coordinators": (None, CARICC, None, ["Council of National Coordinators"]),
    "State Border Service of Turkmenistan": (None, None, "TM", []),
    "Border Management Programme in Central Asia": ("BOMCA", "European Union", None, ["BOMCA", "BOMCA 10", "EU Border Management Programme in Central Asia"]),
    "Estonian Academy of Security Sciences": (None, None, "EE", []),
    "Ministry of Internal Affairs of the Republic of Azerbaijan": (None, None, "AZ", []),
    "UNODC Regional Office for Central Asia": ("UNODC ROCA", UNODC, None, ["United Nations Office on Drugs and Crime (UNODC) Regional Office for Central Asia"]),
    "Ministry of Internal Affairs of the Republic of Kazakhstan": (None, None, "KZ", []),
    "Federal Criminal Police Office of Germany": ("BKA", None, "DE", ["BKA"]),
    "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Azerbaijan": (None, "Ministry of Internal Affairs of the Republic of Azerbaijan", "AZ", ["Main Department"]),
    "Financial Monitoring Agency of the Republic of Kazakhstan": (None, None, "KZ", []),
    "State Customs Committee of the Republic of Azerbaijan": (None, None, "AZ", []),
    "Coordination Council of Heads of Competent Authorities on Countering Illicit Drug Trafficking of the Member States of the Collective Security Treaty Organization": ("KSORN", "Collective Security Treaty Organization", None, ["KSORN"]),
    "Collective Security Treaty Organization": ("CSTO", None, None, ["CSTO"]),
    "Anti-Terrorism Center of the Commonwealth of Independent States": ("CIS ATC", "Commonwealth of Independent States", None, ["CIS ATC"]),
    "Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation": ("GUNK MVD", "Ministry of Internal Affairs of the Russian Federation", "RU", ["GUNK MVD"]),
    "Ministry of Internal Affairs of the Republic of Belarus": (None, None, "BY", []),
    "Drug Control Agency under the President of the Republic of Tajikistan": ("DCA", None, "TJ", ["DCA", "Drug Control Agency", "the Agency"]),
    "Border Troops of the State Committee for National Security of the Republic of Tajikistan": (None, "State Committee for National Security of the Republic of Tajikistan", "TJ", []),
    "OSCE Programme Office in Dushanbe": (None, OSCE, None, []),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    "Anti-Drug Agency of the Kyrgyz Republic": (None, None, "KG", []),
    "Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic": ("SBNON", "Ministry of Internal Affairs of the Kyrgyz Republic", "KG", ["SBNON"]),
    "Academy of the Ministry of Internal Affairs of the Kyrgyz Republic named after Major General of Militia K.T. Usenov": (None, "Ministry of Internal Affairs of the Kyrgyz Republic", "KG", ["Academy of the Ministry of Internal Affairs of the Kyrgyz Republic"]),
    "Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan": (None, "Ministry of Internal Affairs of the Republic of Uzbekistan", "UZ", []),
    "Border Service of the National Security Committee of the Republic of Kazakhstan": (None, "National Security Committee of the Republic of Kazakhstan", "KZ", ["Border Service"]),
    "Border Troops of the State Security Service of the Republic of Uzbekistan": (None, "State Security Service of the Republic of Uzbekistan", "UZ", ["Border Troops"]),
    "Council of Commanders of Border Troops of the Commonwealth of Independent States": ("CCBT CIS", "Commonwealth of Independent States", None, ["CCBT CIS"]),
    "State Border Guard of the Republic of Latvia": (None, None, "LV", ["State Border Guard"]),
    "State Customs Service of Turkmenistan": (None, None, "TM", []),
    "Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan": (None, "Ministry of Internal Affairs of the Republic of Uzbekistan", "UZ", []),
    "Tashkent State University of Law": (None, None, "UZ", []),
    "Lithuanian State Border Guard Service": (None, None, "LT", []),
    "Central Asia Drug Action Programme": ("CADAP", "European Union", None, ["CADAP"]),
    "Ministry of Foreign Affairs of the Republic of Uzbekistan": (None, None, "UZ", []),
    "Transnational Threats Department of the OSCE Secretariat": (None, OSCE, None, ["Transnational Threats Department"]),
    "Ministry of Internal Affairs of the Republic of Uzbekistan": (None, None, "UZ", []),
    "State Customs Committee of the Republic of Uzbekistan": (None, None, "UZ", []),
    "Drug Control National Information and Analytical Centre under the Cabinet of Ministers of the Republic of Uzbekistan": ("NIAC", None, "UZ", ["NIAC", "Drug Control National Information and Analytical Centre under the Cabinet of Ministers"]),
    "Shanghai Cooperation Organisation": ("SCO", None, None, ["SCO"]),
    "State Committee for National Security of the Republic of Tajikistan": (None, None, "TJ", []),
    "Anti-Drug Department of the Ministry of Internal Affairs of Ukraine": (None, "Ministry of Internal Affairs of Ukraine", "UA", []),
    "European Monitoring Centre for Drugs and Drug Addiction": ("EMCDDA", "European Union", None, ["EMCDDA"]),
    UNODC: ("UNODC", "United Nations", None, ["UNODC"]),
    "OSCE Border Management Staff College": ("BMSC", OSCE, None, ["BMSC"]),
    "German Federal Police": (None, None, "DE", []),
}
# bodies that only appear as a parent
PARENTS = {
    "European Union": ("EU", None, None, []),
    "Ministry of Internal Affairs of the Russian Federation": (None, None, "RU", []),
    "Commonwealth of Independent States": ("CIS", None, None, []),
    "Ministry of Internal Affairs of the Kyrgyz Republic": (None, None, "KG", []),
    "National Security Committee of the Republic of Kazakhstan": (None, None, "KZ", []),
    "State Security Service of the Republic of Uzbekistan": (None, None, "UZ", []),
    "Ministry of Internal Affairs of Ukraine": (None, None, "UA", []),
    "United Nations": ("UN", None, None, []),
}


COUNTRY_NAMES = {
    "AM": ["Armenia", "Republic of Armenia", "the Republic of Armenia"],
    "AT": ["Austria"], "BY": ["Belarus", "Republic of Belarus", "the Republic of Belarus"],
    "AZ": ["Azerbaijan", "Republic of Azerbaijan"], "DE": ["Germany", "German"],
    "EE": ["Estonia", "Estonian"], "GB": ["United Kingdom of Great Britain and Northern Ireland"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic"],
    "KR": ["Republic of Korea", "Korean"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "the Republic of Kazakhstan", "Kazakh side", "Kazakh"],
    "LT": ["Lithuania", "Lithuanian"], "LV": ["Latvia", "Republic of Latvia", "Latvian"],
    "MK": ["North Macedonia"], "PL": ["Poland", "Polish"],
    "RU": ["Russia", "Russian Federation", "the Russian Federation", "Russian"],
    "TJ": ["Tajikistan", "Republic of Tajikistan", "the Republic of Tajikistan"],
    "TM": ["Turkmenistan", "Turkmen"], "UA": ["Ukraine"],
    "UZ": ["Uzbekistan", "Republic of Uzbekistan", "Uzbek side", "Uzbek"],
}


O = make_org(ORGS)


D1, D2, D3, D4, D5 = ("dev_01_caricc_listing.txt", "dev_02_unodc_press.txt", "dev_03_trend.txt",
                      "dev_04_csto.txt", "dev_05_khovar.txt")
D6, D7, D8, D9, D10 = ("dev_06_kg24.txt", "dev_07_kazinform.txt", "dev_08_bomca.txt",
                       "dev_09_mfa_uz.txt", "dev_10_osce.txt")
BOMCA = "Border Management Programme in Central Asia"
KSORN = "Coordination Council of Heads of Competent Authorities on Countering Illicit Drug Trafficking of the Member States of the Collective Security Treaty Organization"
GUNK = "Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation"
DCA = "Drug Control Agency under the President of the Republic of Tajikistan"
SBNON = "Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
NIAC = "Drug Control National Information and Analytical Centre under the Cabinet of Ministers of the Republic of Uzbekistan"
TNTD = "Transnational Threats Department of the OSCE Secretariat"
KZBS = "Border Service of the National Security Committee of the Republic of Kazakhstan"
ROCA = "UNODC Regional Office for Central Asia"
MIAKZ = "Ministry of Internal Affairs of the Republic of Kazakhstan"

MEETINGS = [
    # ---------------------------------------------------------------- dev_01 CARICC listing page
    M(D1, "CARICC Director Police Major General B.Zh.Ospanov received", "meeting", "2023-11-15",
      city="Almaty", country="KZ",
      persons=[P("B.Zh. Ospanov", ["B.Zh.Ospanov", "CARICC Director"], "CARICC Director", CARICC, "Police Major General"),
               P("Merdan Orazgeldiyev", ["Colonel Merdan Orazgeldiyev", "Colonel Orazgeldiyev"], "Deputy Chief of the Service", "State Border Service of Turkmenistan", "Colonel")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O("State Border Service of Turkmenistan", ["State Border Service of Turkmenistan"])],
      countries=["TM"], organizers=[CARICC],
      notes="Received 'at the Centre's headquarters' -> CARICC premises, Almaty (city inferred). Afghanistan only discussed. KZ not added for the venue alone (NOTES 6)."),
    M(D1, "From 6 to 10 November 2023, CARICC together with the Border Management", "training",
      "2023-11-06", "2023-11-10", fmt="hybrid", city="Bishkek", country="KG",
      persons=[P("Kadri Tamm", ["Ms. Kadri TAMM"], "lecturer of the Estonian Academy of Security Sciences", "Estonian Academy of Security Sciences"),
               P("Ruslan Dzhaksylykov", ["Mr. Ruslan Dzhaksylykov"], "CARICC analyst", CARICC)],
      orgs=[O(CARICC, ["CARICC"]), O(BOMCA, ["Border Management Programme in Central Asia", "BOMCA"]),
            O("Estonian Academy of Security Sciences", ["Estonian Academy of Security Sciences"])],
      countries=["KZ", "KG", "TJ", "EE"], organizers=[CARICC, BOMCA],
      notes="Hybrid: participants in Bishkek, Estonian trainers online. EU only funds BOMCA (not a participant). EE for the Estonian national academy whose lecturer trained. The IAU is only the source of the cases shown."),
    M(D1, "The 17th meeting of the CARICC Council of National Coordinators", "council_session",
      "2023-12-12", "2023-12-13", city="Baku", country="AZ", status="planned",
      orgs=[O("CARICC Council of National Coordinators", ["CARICC Council of National Coordinators"]),
            O("Ministry of Internal Affairs of the Republic of Azerbaijan", ["Ministry of Internal Affairs of the Republic of Azerbaijan"])],
      countries=["AZ"], organizers=["Ministry of Internal Affairs of the Republic of Azerbaijan"],
      notes="Announced with a date -> planned. Republic of Korea only on the agenda. The seizure-statistics item of 2 November is not a meeting."),
    # ---------------------------------------------------------------- dev_02 UNODC press release
    M(D2, "A regional workshop on detection and dismantling of clandestine laboratories", "workshop",
      "2024-03-11", "2024-03-12", city="Astana", country="KZ",
      persons=[P("Oliver Lindqvist", ["Mr. Oliver Lindqvist"], "UNODC Regional Representative for Central Asia", ROCA),
               P("Yerlan S. Zhaksybekov", ["Police Colonel Yerlan S. Zhaksybekov"], "Head of the Department for Combating Drug Crimes of the Ministry of Internal Affairs of Kazakhstan", MIAKZ, "Police Colonel"),
               P("Anna Keller", ["Dr. Anna Keller"], "forensic chemist of the BKA", "Federal Criminal Police Office of Germany", "Dr.")],
      orgs=[O(ROCA, ["United Nations Office on Drugs and Crime (UNODC) Regional Office for Central Asia"]),
            O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
            O("Federal Criminal Police Office of Germany", ["Federal Criminal Police Office of Germany", "BKA"]),
            O(CARICC, ["Central Asian Regional Information and Coordination Centre", "CARICC"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "DE"], organizers=[ROCA, MIAKZ],
      notes="Iran and Afghanistan only discussed. The Government of Germany funds it (DE is in anyway through BKA). A CARICC representative presented. The press contact is not a participant."),
    M(D2, "On the margins of the workshop, on 11 March, Mr. Lindqvist met with", "meeting",
      "2024-03-11", inferred=True, city="Astana", country="KZ",
      persons=[P("Oliver Lindqvist", ["Mr. Lindqvist"], "UNODC Regional Representative for Central Asia", ROCA),
               P("Marat Zhunusbekov", ["Major General of Police Marat Zhunusbekov"], "Deputy Minister of Internal Affairs of Kazakhstan", MIAKZ, "Major General of Police")],
      orgs=[O(ROCA, []), O(MIAKZ, [])],
      countries=["KZ"],
      notes="Year and city from the workshop it sits beside. Both bodies only through their officials' titles (empty mentions, as 003#3 in the seeds)."),
    M(D2, "the first workshop on this topic was held for investigators", "workshop", "2023-10",
      city="Tashkent", country="UZ", countries=["UZ", "TM"],
      notes="Historical background, kept like seeds 002#8: a dated (month) gathering with a venue. Organiser not stated (the 'series' suggests UNODC, not annotated)."),
    # ---------------------------------------------------------------- dev_03 Trend
    M(D3, "hosted on Nov.12 a delegation of the Financial Monitoring Agency", "meeting", "2019-11-12",
      inferred=True, city="Baku", country="AZ",
      persons=[P("Askhat Bekturganov", ["Askhat BEKTURGANOV", "BEKTURGANOV"], "Deputy Chairman", "Financial Monitoring Agency of the Republic of Kazakhstan"),
               P("Elnur Gasimli", ["Major General of Police Elnur Gasimli"], "Chief of the Main Department", "Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Azerbaijan", "Major General of Police")],
      orgs=[O("Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Azerbaijan", ["Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Azerbaijan", "Main Department"]),
            O("Financial Monitoring Agency of the Republic of Kazakhstan", ["Financial Monitoring Agency of the Republic of Kazakhstan"])],
      countries=["AZ", "KZ"], organizers=["Main Department for Combating Drug Trafficking of the Ministry of Internal Affairs of Azerbaijan"],
      notes="Year from the header (13 November 2019); city Baku from the dateline and the host. 'Kazakh side' = KZ. Iran only discussed; the journalist is not a participant. Next meeting 'in Nur-Sultan in 2020' has no concrete date -> not annotated."),
    M(D3, "On Nov.11, the Kazakh delegation held talks at the State Customs Committee", "meeting",
      "2019-11-11", inferred=True, city="Baku", country="AZ",
      persons=[P("Rauf Aliyarli", ["Major General of Customs Service Rauf Aliyarli"], "Deputy Chairman of the Committee", "State Customs Committee of the Republic of Azerbaijan", "Major General of Customs Service")],
      orgs=[O("State Customs Committee of the Republic of Azerbaijan", ["State Customs Committee of the Republic of Azerbaijan"]),
            O("Financial Monitoring Agency of the Republic of Kazakhstan", [])],
      countries=["AZ", "KZ"], organizers=["State Customs Committee of the Republic of Azerbaijan"],
      notes="'The Kazakh delegation' is the FMA delegation of the previous item (empty mentions); its head is not named in this item, so he is not listed."),
    # ---------------------------------------------------------------- dev_04 CSTO
    M(D4, "the regular session of the Coordination Council of Heads of Competent", "council_session",
      "2018-09-20", city="Minsk", country="BY",
      persons=[P("Andrei V. Kovalchuk", ["Major General of Militia Andrei V. Kovalchuk"], "Chairman of the KSORN, Deputy Minister of Internal Affairs of the Republic of Belarus", "Ministry of Internal Affairs of the Republic of Belarus", "Major General of Militia"),
               P("Oleg N. Pankratov", ["Oleg N. PANKRATOV"], "Deputy Secretary General of the CSTO", "Collective Security Treaty Organization"),
               P("Pavel I. Gorbunov", ["Police Lieutenant General Pavel I. Gorbunov"], "Head of the Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation", GUNK, "Police Lieutenant General")],
      orgs=[O(KSORN, [KSORN, "KSORN"]), O("Collective Security Treaty Organization", ["CSTO"]),
            O("Anti-Terrorism Center of the Commonwealth of Independent States", ["Anti-Terrorism Center of the Commonwealth of Independent States", "CIS ATC"]),
            O(CARICC, ["CARICC"]), O(GUNK, []), O("Ministry of Internal Affairs of the Republic of Belarus", [])],
      countries=["AM", "BY", "KZ", "KG", "RU", "TJ"], chairs=["Andrei V. Kovalchuk"],
      notes="The 4-8 June 2018 operation 'Channel - Western Barrier' is a police operation (not a meeting); Afghanistan, Iran and China were observers of the operation, not of the session. Next session 'first half of 2019 in Bishkek' has no concrete date -> not annotated. GUNK and MIA Belarus only through their officials' titles."),
    M(D4, "a meeting of the working group of experts of the KSORN was held", "working_group",
      "2018-09-19", inferred=True, city="Minsk", country="BY",
      orgs=[O(KSORN, ["KSORN"])],
      notes="Year from the session item; 'in the same place' = Minsk. The unnamed expert group is represented by its parent council (as seeds 000#3)."),
    # ---------------------------------------------------------------- dev_05 Khovar
    M(D5, "on June 13 met with Ambassador Extraordinary and Plenipotentiary", "meeting", "2022-06-13",
      inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Bakhtiyor Mahmad Sharifzoda", ["Lieutenant General Sharifzoda Bakhtiyor Mahmad", "Lieutenant General Sharifzoda B.M."], "Director of the Drug Control Agency under the President of the Republic of Tajikistan", DCA, "Lieutenant General"),
               P("Park Sung-ho", ["Park Sung-ho"], "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Tajikistan", "KR")],
      orgs=[O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan", "Drug Control Agency"])],
      countries=["TJ", "KR"],
      notes="Year from the dateline (14.06.2022); city only implied (dateline, DCA head). Embassy of Korea encoded as KR. Afghanistan discussed; KOICA only mentioned. Surname-first name."),
    M(D5, "a training seminar for officers of the Border Troops of the State", "training", "2022-06-10",
      inferred=True, city="Dushanbe", country="TJ",
      persons=[P("Tomas Varga", ["Mr. Tomas Varga"], "international expert of the OSCE", OSCE),
               P("Farrukh Nazarzoda", ["Colonel Nazarzoda Farrukh"], "Head of the Department of Analysis of the DCA", DCA, "Colonel")],
      orgs=[O(DCA, ["Drug Control Agency", "DCA"]),
            O("Border Troops of the State Committee for National Security of the Republic of Tajikistan", ["Border Troops of the State Committee for National Security of the Republic of Tajikistan"]),
            O("OSCE Programme Office in Dushanbe", ["OSCE Programme Office in Dushanbe"]), O(OSCE, ["OSCE"])],
      countries=["TJ"], organizers=[DCA],
      notes="'in the Drug Control Agency' -> DCA is host, Dushanbe (inferred). 'With the support of' the OSCE office is not organiser (seeds 001#4), but the office and OSCE took part through the trainer."),
    M(D5, "on June 8 the Agency hosted an online meeting with the Anti-Drug Agency", "meeting",
      "2022-06-08", inferred=True, fmt="online",
      persons=[P("Dilshod Kurbonov", ["Major General Kurbonov Dilshod"], "First Deputy Director of the DCA", DCA, "Major General"),
               P("Talant Mamatkulov", ["Talant Mamatkulov"], "Deputy Director of the Anti-Drug Agency of the Kyrgyz Republic", "Anti-Drug Agency of the Kyrgyz Republic")],
      orgs=[O(DCA, ["the Agency", "DCA"]), O("Anti-Drug Agency of the Kyrgyz Republic", ["Anti-Drug Agency of the Kyrgyz Republic"])],
      countries=["TJ", "KG"], organizers=[DCA],
      notes="The May joint operation is only discussed. The 26 June public events are not a meeting of actors -> no line."),
    # ---------------------------------------------------------------- dev_06 24.kg
    M(D6, "paid a working visit to Kyrgyzstan on March 1-2", "visit", "2021-03-01", "2021-03-02",
      inferred=True, city="Bishkek", country="KG",
      persons=[P("Igor V. Savelyev", ["Police Major General Igor V. Savelyev", "Igor Savelyev"], "head of the delegation", GUNK, "Police Major General"),
               P("Almazbek Toktosunov", ["Police Colonel Almazbek Toktosunov"], "Head of the Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic", SBNON, "Police Colonel")],
      orgs=[O(GUNK, [GUNK, "GUNK MVD"]),
            O(SBNON, [SBNON, "SBNON"]),
            O("Academy of the Ministry of Internal Affairs of the Kyrgyz Republic named after Major General of Militia K.T. Usenov", ["Academy of the Ministry of Internal Affairs of the Kyrgyz Republic named after Major General of Militia K.T. Usenov"])],
      countries=["RU", "KG"], organizers=[SBNON],
      notes="Year from the header; Bishkek implied (visit to Kyrgyzstan, received by the SBNON head). The 2 March academy lecture is part of the visit (one line; a second reader may split it). K.T. Usenov is the academy's namesake, not a participant. The MIA press service is the source."),
    M(D6, "In February, the SBNON also held a videoconference with the Department", "videoconference",
      "2021-02", inferred=True, fmt="online",
      orgs=[O(SBNON, ["SBNON"]),
            O("Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan", ["Department for Combating Drug Trafficking of the Ministry of Internal Affairs of the Republic of Uzbekistan"])],
      countries=["KG", "UZ"],
      notes="Month only; year from the header. The analytical review (authors A.K. Imanaliev, N. Sydykova) and the 1 March detention are not meetings."),
    # ---------------------------------------------------------------- dev_07 Kazinform
    M(D7, "held a meeting in the format of videoconference on April 14", "videoconference", "2021-04-14",
      inferred=True, fmt="online",
      persons=[P("Nurlan Abdikarimov", ["Major General Nurlan ABDIKARIMOV"], "First Deputy Director of the Border Service", KZBS, "Major General"),
               P("Jasur Rakhimov", ["Colonel Jasur RAKHIMOV"], "Deputy Commander of the Border Troops", "Border Troops of the State Security Service of the Republic of Uzbekistan", "Colonel")],
      orgs=[O(KZBS, [KZBS, "Border Service"]),
            O("Border Troops of the State Security Service of the Republic of Uzbekistan", ["Border Troops of the State Security Service of the Republic of Uzbekistan", "Border Troops"])],
      countries=["KZ", "UZ"],
      notes="Year from the header (15 April 2021). 'Kazakh delegation' / 'Uzbek side' = KZ / UZ. The NSC press service is the source."),
    M(D7, "the Kazakh border guards took part in the 82nd meeting of the Council", "council_session",
      "2021-03", inferred=True, city="Moscow", country="RU",
      orgs=[O("Council of Commanders of Border Troops of the Commonwealth of Independent States", ["Council of Commanders of Border Troops of the Commonwealth of Independent States", "CCBT CIS"]),
            O(KZBS, [])],
      countries=["KZ"],
      notes="Month only; year 2021 from the header. Other border agencies are not named; RU not added for the venue alone. The border statistics paragraph is not a meeting."),
    # ---------------------------------------------------------------- dev_08 EU BOMCA news page
    M(D8, "took part in a study visit to Riga, Latvia, organised by the EU-funded", "visit",
      "2019-02-05", "2019-02-07", city="Riga", country="LV",
      persons=[P("Kaspars Liepins", ["Mr. Kaspars Liepins"], "Deputy Chief of the State Border Guard", "State Border Guard of the Republic of Latvia"),
               P("Dovran Annayev", ["Mr. Dovran Annayev"], "Head of Department of the State Customs Service of Turkmenistan", "State Customs Service of Turkmenistan"),
               P("Marek Nowicki", ["Mr. Marek Nowicki"], "BOMCA Regional Team Leader", BOMCA)],
      orgs=[O(BOMCA, ["Border Management Programme in Central Asia", "BOMCA"]),
            O("State Border Guard of the Republic of Latvia", ["State Border Guard of the Republic of Latvia", "State Border Guard"]),
            O("State Customs Service of Turkmenistan", ["State Customs Service of Turkmenistan"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "LV"], organizers=[BOMCA, "State Border Guard of the Republic of Latvia"],
      notes="Frontex only mentioned; the EU funds BOMCA. Visited sites (Terehova, Riga Freeport) are part of the visit."),
    M(D8, "On 16-17 October 2019, BOMCA in cooperation with the Academy", "seminar",
      "2019-10-16", "2019-10-17", city="Tashkent", country="UZ",
      persons=[P("Dilshod Ergashev", ["Colonel Dilshod Ergashev"], "Deputy Head of the Academy", "Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan", "Colonel")],
      orgs=[O(BOMCA, ["BOMCA"]),
            O("Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan", ["Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"]),
            O("Tashkent State University of Law", ["Tashkent State University of Law"]),
            O("Lithuanian State Border Guard Service", ["Lithuanian State Border Guard Service"]),
            O("Central Asia Drug Action Programme", ["Central Asia Drug Action Programme", "CADAP"])],
      countries=["UZ", "LT"], organizers=[BOMCA, "Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"],
      notes="City only in the item title ('Seminar on risk analysis in Tashkent'). 'Officers from the five Central Asian countries' is a generic group, not expanded (seeds convention); a second reader may add KZ, KG, TJ, TM."),
    M(D8, "In December 2019 BOMCA 10 will organise its annual regional conference", "conference",
      "2019-12", city="Dushanbe", country="TJ", status="planned",
      orgs=[O(BOMCA, ["BOMCA 10"])], organizers=[BOMCA],
      notes="Planned, month only. Participants described generically (heads of border agencies, EU Member States)."),
    # ---------------------------------------------------------------- dev_09 MFA Uzbekistan
    M(D9, "On July 10 and 11, 2020, consultations between the Ministry", "videoconference",
      "2020-07-10", "2020-07-11", fmt="online",
      persons=[P("Shukhrat Tursunov", ["Shukhrat Tursunov"], "Deputy Minister of Foreign Affairs", "Ministry of Foreign Affairs of the Republic of Uzbekistan"),
               P("Gerhard Lindner", ["Mr. Gerhard Lindner", "Mr. Lindner"], "Head of the Transnational Threats Department", TNTD),
               P("Elena Moretti", ["Ms. Elena Moretti"], "Senior Adviser on Border Security", TNTD)],
      orgs=[O("Ministry of Foreign Affairs of the Republic of Uzbekistan", ["Ministry of Foreign Affairs of the Republic of Uzbekistan"]),
            O(TNTD, [TNTD]), O(OSCE, ["OSCE"]),
            O("Ministry of Internal Affairs of the Republic of Uzbekistan", ["Ministry of Internal Affairs"]),
            O("State Customs Committee of the Republic of Uzbekistan", ["State Customs Committee"]),
            O(NIAC, ["Drug Control National Information and Analytical Centre under the Cabinet of Ministers", "NIAC"])],
      countries=["UZ"],
      notes="Afghanistan only discussed; the Tashkent Conference on Afghanistan 'next year' has no date -> no line. The Border Management Staff College is only mentioned."),
    M(D9, "on July 9, the Uzbek delegation led by Shukhrat Tursunov participated", "meeting",
      "2020-07-09", inferred=True, fmt="online",
      persons=[P("Shukhrat Tursunov", ["Shukhrat Tursunov"], "Deputy Minister of Foreign Affairs", "Ministry of Foreign Affairs of the Republic of Uzbekistan")],
      orgs=[O("Shanghai Cooperation Organisation", ["Shanghai Cooperation Organisation", "SCO"])],
      countries=["UZ", "RU"],
      notes="Chaired by the Russian Federation (a state chaired: chairs empty, RU in countries, as seeds 004#1). Other member states not named."),
    M(D9, "on July 3, the Director of the NIAC, Colonel Bakhodir Yusupov", "meeting", "2020-07-03",
      inferred=True, city="Tashkent", country="UZ",
      persons=[P("Bakhodir Yusupov", ["Colonel Bakhodir Yusupov"], "Director of the NIAC", NIAC, "Colonel"),
               P("Richard Holloway", ["Mr. Richard Holloway"], "Ambassador of the United Kingdom of Great Britain and Northern Ireland to Uzbekistan", "GB")],
      orgs=[O(NIAC, ["NIAC"])],
      countries=["UZ", "GB"], organizers=[NIAC],
      notes="'at the NIAC in Tashkent' -> NIAC host. Ambassador encoded as GB."),
    # ---------------------------------------------------------------- dev_10 OSCE press release
    M(D10, "met in Vienna on 6 and 7 December 2022 for the annual OSCE-wide", "conference",
      "2022-12-06", "2022-12-07", fmt="hybrid", city="Vienna", country="AT",
      persons=[P("Tomasz Wierzbicki", ["Ambassador Tomasz Wierzbicki"], "Permanent Representative of Poland to the OSCE", "PL"),
               P("Ingrid Solberg", ["Ms. Ingrid Solberg"], "Co-ordinator of Activities to Address Transnational Threats", TNTD),
               P("Firuz Rahmonov", ["Colonel Rahmonov Firuz"], "Head of Division of the State Committee for National Security of the Republic of Tajikistan", "State Committee for National Security of the Republic of Tajikistan", "Colonel"),
               P("Aleksandr Petrenko", ["Mr. Aleksandr Petrenko"], None, "Anti-Drug Department of the Ministry of Internal Affairs of Ukraine"),
               P("Laura Bianchi", ["Ms. Laura Bianchi"], "Programme Officer", "European Monitoring Centre for Drugs and Drug Addiction")],
      orgs=[O(TNTD, [TNTD]), O(OSCE, ["OSCE"]),
            O("State Committee for National Security of the Republic of Tajikistan", ["State Committee for National Security of the Republic of Tajikistan"]),
            O("Anti-Drug Department of the Ministry of Internal Affairs of Ukraine", ["Anti-Drug Department of the Ministry of Internal Affairs of Ukraine"]),
            O("European Monitoring Centre for Drugs and Drug Addiction", ["European Monitoring Centre for Drugs and Drug Addiction", "EMCDDA"])],
      countries=["PL", "TJ", "UA"], organizers=[TNTD], chairs=["Ingrid Solberg"],
      notes="PL as the Chairpersonship (its ambassador opened). '35 participating States' not expanded. Afghanistan invited but absent. AT not added for the venue alone. Solberg moderated the first session -> chair."),
    M(D10, "the OSCE and the UNODC held a side event on the use of cryptocurrencies", "side_event",
      "2022-12-06", inferred=True, fmt=None, city="Vienna", country="AT",
      persons=[P("Daniel Ferreira", ["Mr. Daniel Ferreira"], "UNODC Cybercrime Programme Officer", UNODC)],
      orgs=[O(OSCE, ["OSCE"]), O(UNODC, ["UNODC"])],
      organizers=[OSCE, UNODC], chairs=["Daniel Ferreira"],
      notes="Year and venue from the conference it sits beside; format not stated (the conference was hybrid)."),
    M(D10, "a two-day training on 4-5 December for border officers", "training",
      "2022-12-04", "2022-12-05", inferred=True, city="Dushanbe", country="TJ",
      orgs=[O("OSCE Border Management Staff College", ["OSCE Border Management Staff College", "BMSC"]),
            O("German Federal Police", ["German Federal Police"])],
      countries=["DE"], organizers=["OSCE Border Management Staff College"],
      notes="Year from the header. The trainees' countries are not stated. 'At the BMSC' -> BMSC host."),
    M(D10, "will take place in Skopje on 12 and 13 October 2023", "conference",
      "2023-10-12", "2023-10-13", city="Skopje", country="MK", status="planned",
      orgs=[O(OSCE, ["OSCE"])], countries=["MK"],
      notes="Planned with a date; MK as the 2023 Chairpersonship."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"CARICC Director"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
