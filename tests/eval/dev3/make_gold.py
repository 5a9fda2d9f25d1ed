"""Write gold.jsonl and entities.json of the third development set (dev3) from the tables below.

Run from anywhere: ``python tests/eval/dev3/make_gold.py``. The checks a gold annotator
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
from devsets import CARICC, OSCE, UNODC, DCA, MIAKZ, CNC, MIAKG, IAU  # noqa: E402

ANF = "Anti-Narcotics Force of the Islamic Republic of Pakistan"
MIATM = "Ministry of Internal Affairs of Turkmenistan"
INSTTM = "Institute of the Ministry of Internal Affairs of Turkmenistan"
SCSTM = "State Customs Service of Turkmenistan"
BKA = "Federal Criminal Police Office of Germany"
DCHQ = "Drug Control Headquarters of the Islamic Republic of Iran"
ECO = "Economic Cooperation Organization"
SBSKG = "State Border Service of the Kyrgyz Republic"
OSCE_BISH = "OSCE Programme Office in Bishkek"
IOM = "International Organization for Migration"
SBGS_UA = "State Border Guard Service of Ukraine"
BG_PL = "Border Guard of Poland"
XJBA = "Border Administration of the Xinjiang Uygur Autonomous Region of the People's Republic of China"
SCCAZ = "State Customs Committee of the Republic of Azerbaijan"
IRICA = "Islamic Republic of Iran Customs Administration"
ACADAZ = "Customs Academy of the State Customs Committee of the Republic of Azerbaijan"
WCO = "World Customs Organization"
WCOSEC = "WCO Secretariat"
NLCUS = "Netherlands Customs"
MCDCS = "Main Customs Directorate for Combating Smuggling"
TI = "Triangular Initiative"
JPC = "Joint Planning Cell of the Triangular Initiative"
UNODC_AF = "UNODC Country Office for Afghanistan"
CNPA = "Counter Narcotics Police of Afghanistan"
TADOC = "Turkish Academy against Drugs and Organized Crime"
NIAC = "National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"
EU = "European Union"
EUDEL = "Delegation of the European Union to the Republic of Kazakhstan"
CCP_KZ = "Committee of the Criminal Police of the Ministry of Internal Affairs of the Republic of Kazakhstan"
EMCDDA = "European Monitoring Centre for Drugs and Drug Addiction"
UNODC_KZ = "UNODC Programme Office in Kazakhstan"
INTERPOL = "International Criminal Police Organization"
NCB_TAS = "Interpol National Central Bureau in Tashkent"
NCB_IN = "Narcotics Control Bureau of India"
COE = "Council of Europe"
PG = "Pompidou Group of the Council of Europe"
PGPC = "Permanent Correspondents of the Pompidou Group"
RNC_UZ = "Republican Narcology Centre of Uzbekistan"
SICAD = "General Directorate for Intervention on Addictive Behaviours and Dependencies"
MIAGE = "Ministry of Internal Affairs of Georgia"
MOHKG = "Ministry of Health of the Kyrgyz Republic"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICC: ("CARICC", None, None, ["CARICC", "the Centre"]),
    IAU: ("IAP", CARICC, None, ["Information and Analytical Unit of CARICC"]),
    CNC: (None, CARICC, None, ["Council of National Coordinators"]),
    UNODC: ("UNODC", "United Nations", None, ["UNODC"]),
    ANF: ("ANF", None, "PK", ["ANF", "Anti Narcotics Force"]),
    MIATM: (None, None, "TM", []),
    INSTTM: (None, MIATM, "TM", []),
    SCSTM: (None, None, "TM", []),
    BKA: ("BKA", None, "DE", ["BKA"]),
    DCHQ: ("DCHQ", None, "IR", ["DCHQ", "Drug Control Headquarters"]),
    ECO: ("ECO", None, None, ["ECO"]),
    SBSKG: (None, None, "KG", ["State Border Service", "the Service"]),
    OSCE_BISH: (None, OSCE, None, []),
    IOM: ("IOM", "United Nations", None, ["IOM"]),
    SBGS_UA: (None, None, "UA", []),
    BG_PL: (None, None, "PL", []),
    XJBA: (None, None, "CN", []),
    SCCAZ: (None, None, "AZ", ["State Customs Committee"]),
    IRICA: ("IRICA", None, "IR", ["IRICA"]),
    ACADAZ: (None, SCCAZ, "AZ", ["Customs Academy of the State Customs Committee", "Customs Academy", "the Academy"]),
    WCO: ("WCO", None, None, ["WCO"]),
    WCOSEC: (None, WCO, None, []),
    NLCUS: (None, None, "NL", []),
    MCDCS: (None, SCCAZ, "AZ", []),
    TI: ("TI", None, None, ["TI"]),
    JPC: ("JPC", TI, None, ["JPC", "Joint Planning Cell"]),
    UNODC_AF: (None, UNODC, None, []),
    CNPA: ("CNPA", None, "AF", ["CNPA"]),
    TADOC: ("TADOC", None, "TR", ["TADOC"]),
    NIAC: (None, None, "UZ", []),
    EUDEL: (None, EU, None, ["EU Delegation", "Delegation of the European Union to Kazakhstan"]),
    MIAKZ: (None, None, "KZ", ["Ministry of Internal Affairs of Kazakhstan"]),
    CCP_KZ: (None, MIAKZ, "KZ", ["Committee of the Criminal Police of the Ministry of Internal Affairs"]),
    EMCDDA: ("EMCDDA", EU, None, ["EMCDDA"]),
    UNODC_KZ: (None, UNODC, None, []),
    INTERPOL: ("Interpol", None, None, ["Interpol"]),
    NCB_TAS: (None, INTERPOL, "UZ", []),
    NCB_IN: (None, None, "IN", []),
    PG: (None, COE, None, ["Pompidou Group"]),
    PGPC: (None, PG, None, []),
    DCA: ("DCA", None, "TJ", []),
    RNC_UZ: (None, None, "UZ", []),
    SICAD: ("SICAD", None, "PT", ["SICAD"]),
    MIAGE: (None, None, "GE", []),
    MIAKG: (None, None, "KG", []),
    MOHKG: (None, None, "KG", []),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    "United Nations": ("UN", None, None, []),
    OSCE: ("OSCE", None, None, ["OSCE"]),
    EU: ("EU", None, None, ["EU"]),
    COE: (None, None, None, []),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan side"], "AZ": ["Azerbaijan"], "CN": ["China", "People's Republic of China", "Chinese side"],
    "DE": ["Germany", "Federal Republic of Germany"], "FR": ["France"], "GE": ["Georgia"], "IN": ["India"],
    "IR": ["Iran", "Islamic Republic of Iran", "Iranian side"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "the Kyrgyz Republic", "Kyrgyz side", "Kyrgyz"],
    "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Kazakh"], "LT": ["Lithuania"], "MN": ["Mongolia"],
    "NL": ["Netherlands"], "NO": ["Norway"], "PK": ["Pakistan", "Islamic Republic of Pakistan"], "PL": ["Poland"],
    "PT": ["Portugal"], "TJ": ["Tajikistan", "Republic of Tajikistan", "Tajik"], "TM": ["Turkmenistan"],
    "TR": ["Turkey"], "UA": ["Ukraine"], "UZ": ["Uzbekistan", "Republic of Uzbekistan"],
}


O = make_org(ORGS)


D1, D2, D3, D4 = ("dev3_01_caricc_2019.txt", "dev3_02_sbs_kg.txt", "dev3_03_customs_az.txt",
                  "dev3_04_anf_pk.txt")
D5, D6, D7, D8 = ("dev3_05_unodc_kabul.txt", "dev3_06_eu_kz.txt", "dev3_07_astana_times.txt",
                  "dev3_08_pompidou.txt")

ZHAKS = "T.B. Zhaksylykov"
MIRZOEV = "Ruslan Sh. Mirzoev"
NIAZI = "Tariq Javed Niazi"
VERM = "Kristof Vermeulen"
BAIM = "Nurlan K. Baimagambetov"
SOUSA = "Catarina M. Sousa"

MEETINGS = [
    # ---------------------------------------------------------------- dev3_01 CARICC listing 2019
    M(D1, "paid a working visit to CARICC", "visit", "2019-11-11", inferred=True, city="Almaty", country="KZ",
      persons=[P("Kamran A. Shahzad", ["Brigadier Kamran A. Shahzad", "Brigadier Shahzad"], "Director of the Regional Directorate North", ANF, "Brigadier"),
               P(ZHAKS, ["T.B.Zhaksylykov", "The Director"], "CARICC Director", CARICC, "Police Major General"),
               P(MIRZOEV, ["Colonel Ruslan Sh. Mirzoev"], "Deputy Director", CARICC, "Colonel")],
      orgs=[O(ANF, ["Anti-Narcotics Force of the Islamic Republic of Pakistan", "ANF"]), O(CARICC, ["CARICC", "the Centre"])],
      countries=["PK"], organizers=[CARICC],
      notes="Year from the item stamp 'November 12, 2019'. 'received at the Centre's premises' -> CARICC seat, Almaty; CARICC host. KZ not added for the venue alone. Observer status for Pakistan and Afghanistan only discussed. 'the outcome of the conference in Tehran' is a back-reference to #4 (no line)."),
    M(D1, "From 28 October to 1 November 2019, CARICC held a training course", "training",
      "2019-10-28", "2019-11-01", city="Ashgabat", country="TM",
      persons=[P("Tatyana Kovalenko", ["Tatyana KOVALENKO"], "Chief Specialist of the Information and Analytical Unit of CARICC", IAU),
               P("Stefan Hollerbach", ["Mr. Stefan Hollerbach"], "analyst", BKA),
               P("Myrat A. Berdiyev", ["Colonel of Police Myrat A. Berdiyev"], "Deputy Minister of Internal Affairs of Turkmenistan", MIATM, "Colonel of Police")],
      orgs=[O(CARICC, ["CARICC"]), O(IAU, ["Information and Analytical Unit of CARICC"]),
            O(MIATM, ["Ministry of Internal Affairs of Turkmenistan"]), O(SCSTM, ["State Customs Service of Turkmenistan"]),
            O(INSTTM, ["Institute of the Ministry of Internal Affairs of Turkmenistan"]),
            O(BKA, ["Federal Criminal Police Office of Germany", "BKA"])],
      countries=["TM", "DE"], organizers=[CARICC, INSTTM],
      notes="Range across months 'From 28 October to 1 November 2019'. 'took place at the Institute' -> host (as dev2 01#3 'at the premises of'). UNODC ROCA only 'with the support of': not listed (borderline). DE from the BKA trainer."),
    M(D1, "took part in the International Conference on Regional Cooperation", "conference",
      "2019-10-22", "2019-10-23", inferred=True, city="Tehran", country="IR",
      persons=[P(MIRZOEV, ["R.Sh. Mirzoev", "Colonel Mirzoev"], "CARICC Deputy Director", CARICC, "Colonel")],
      orgs=[O(CARICC, ["CARICC", "the Centre"]), O(DCHQ, ["Drug Control Headquarters of the Islamic Republic of Iran", "DCHQ"]),
            O(UNODC, ["UNODC"]), O(ECO, ["Economic Cooperation Organization", "ECO"])],
      countries=["IR"], organizers=[DCHQ],
      notes="'On October 22-23' with the year from the stamp 'October 24, 2019'. 'delegations of 14 states' not expanded. IR as host government (DCHQ)."),
    M(D1, "On the margins of the conference, he met with Secretary-General", "meeting",
      "2019-10-22", "2019-10-23", inferred=True, city="Tehran", country="IR",
      persons=[P(MIRZOEV, ["Colonel Mirzoev"], "CARICC Deputy Director", CARICC, "Colonel"),
               P("Hamid-Reza Tavakoli", ["Mr. Hamid-Reza Tavakoli"], "Secretary-General of the DCHQ", DCHQ)],
      orgs=[O(CARICC, ["CARICC"]), O(DCHQ, ["DCHQ"])], countries=["IR"],
      notes="Side meeting with no date of its own: the conference's range, inferred. Venue from the conference (Tehran). Mirzoev's mention is the previous sentence's; the sentence says 'he'."),
    M(D1, "the 11th meeting of the Council of National Coordinators will be held", "council_session",
      "2019-12-04", "2019-12-05", inferred=True, city="Bishkek", country="KG", status="planned",
      orgs=[O(CNC, ["Council of National Coordinators"])],
      notes="Planned with a year-less date '4-5 December' (year from the stamp). No host named: no organiser; KG not added for the venue alone. The 'Caspian Shield - 2019' item is an operation with statistics: no line."),
    # ---------------------------------------------------------------- dev3_02 State Border Service KG
    M(D2, "a working meeting of the border representatives of the Kyrgyz", "meeting",
      "2023-08-16", "2023-08-17", inferred=True, city=None, country=None,
      persons=[P("Nurbek Asanovich Toktogulov", ["Colonel Toktogulov Nurbek Asanovich"], "border representative of the Kyrgyz Republic", SBSKG, "Colonel"),
               P("Sh. Rakhimzoda", ["Colonel Sh. Rakhimzoda"], "border representative of the Republic of Tajikistan", "TJ", "Colonel")],
      orgs=[O(SBSKG, [])], countries=["KG", "TJ"],
      notes="Year from the stamp '2023-08-18 09:41'. Venue 'the Kyzyl-Bel checkpoint in the Batken region': a checkpoint in a region, no city, so city and venue country null (the checkpoint is Kyrgyz; the schema ties country to a city here). Format in_person (a physical venue is stated). Surname-first name normalised. The SBS is the publisher and not named in the item: empty mentions. The Tajik body is not named: affiliation TJ."),
    M(D2, "The next meeting of the border representatives is scheduled", "meeting",
      "2023-10", city="Isfara", country="TJ", status="planned",
      countries=["KG", "TJ"],
      notes="Planned, month only ('October 2023'), in Isfara."),
    M(D2, "a training seminar on the detection of forged documents", "seminar",
      "2023-08-03", "2023-08-04", inferred=True, city="Karakol", country="KG",
      persons=[P("Almaz T. Jumabaev", ["Major General Almaz T. Jumabaev"], "Deputy Chairman of the State Border Service", SBSKG, "Major General"),
               P("Ingrid Halvorsen", ["Ms. Ingrid HALVORSEN"], "Head of the Politico-Military Department of the OSCE Programme Office in Bishkek", OSCE_BISH)],
      orgs=[O(SBSKG, ["State Border Service"]), O(OSCE_BISH, ["OSCE Programme Office in Bishkek"]),
            O(IOM, ["International Organization for Migration", "IOM"]),
            O(SBGS_UA, ["State Border Guard Service of Ukraine"]), O(BG_PL, ["Border Guard of Poland"])],
      countries=["KG", "UA", "PL"], organizers=[OSCE_BISH, IOM],
      notes="'On 3 and 4 August' (year from the stamp). Practical classes at a checkpoint are part of the seminar. UA, PL: their services' experts conducted classes. The 2023-08-10 statistics item is not a meeting."),
    M(D2, "received a delegation of the Border Administration of the Xinjiang", "meeting",
      "2023-07-27", inferred=True, city="Bishkek", country="KG",
      persons=[P("Kubanych E. Osmonov", ["Major General Kubanych E. Osmonov", "The Chairman"], "Chairman of the State Border Service of the Kyrgyz Republic", SBSKG, "Major General"),
               P("Zhang Wei", ["Mr. ZHANG Wei", "Mr. Zhang"], "deputy head", XJBA)],
      orgs=[O(SBSKG, ["State Border Service of the Kyrgyz Republic", "the Service"]),
            O(XJBA, ["Border Administration of the Xinjiang Uygur Autonomous Region of the People's Republic of China"])],
      countries=["KG", "CN"], organizers=[SBSKG],
      notes="City in the next sentence ('at the headquarters of the Service in Bishkek'). All-caps surname first 'ZHANG Wei', canonical surname-first. Protocol signed at the same meeting."),
    # ---------------------------------------------------------------- dev3_03 State Customs Committee AZ
    M(D3, "Colonel-General of Customs Service Vusal AGHAYEV met with", "meeting",
      "2023-04-20", inferred=True, city="Baku", country="AZ",
      persons=[P("Vusal Aghayev", ["Vusal AGHAYEV", "The Chairman"], "Chairman of the State Customs Committee", SCCAZ, "Colonel-General of Customs Service"),
               P("Mohammad-Reza Karimi-Nasab", ["Mr. Mohammad-Reza Karimi-Nasab"], "Deputy Head of IRICA", IRICA),
               P("Abbas Mousavi-Rad", ["Mr. Abbas Mousavi-Rad"], "Ambassador of the Islamic Republic of Iran to Azerbaijan", "IR")],
      orgs=[O(SCCAZ, ["State Customs Committee"]), O(IRICA, ["Islamic Republic of Iran Customs Administration", "IRICA"])],
      countries=["AZ", "IR"], organizers=[SCCAZ],
      notes="'On April 20' with the year from the stamp / dateline 'Baku, April 21'. 'held at the State Customs Committee' -> host, Baku. The ambassador (IR) attended."),
    M(D3, "to hold its first meeting in Tabriz in June this year", "working_group",
      "2023-06", inferred=True, city="Tabriz", country="IR", status="planned",
      orgs=[O(SCCAZ, []), O(IRICA, [])], countries=["AZ", "IR"],
      notes="Planned, month only ('June this year'). The unnamed permanent working group is represented by the two services (empty mentions), as dev2 05#3. Borderline: a second reader may leave orgs/countries empty."),
    M(D3, "the Customs Academy of the State Customs Committee hosted a regional", "workshop",
      "2023-04-17", "2023-04-19", inferred=True, fmt="hybrid", city="Baku", country="AZ",
      persons=[P("Elnur M. Hasanli", ["Major General of Customs Service Elnur M. Hasanli"], "Rector of the Customs Academy", ACADAZ, "Major General of Customs Service"),
               P("Pieter J. van Dam", ["Mr. Pieter J. VAN DAM"], "WCO expert", NLCUS)],
      orgs=[O(ACADAZ, ["Customs Academy of the State Customs Committee", "Customs Academy"]),
            O(WCO, ["World Customs Organization", "WCO"]), O(WCOSEC, ["WCO Secretariat"]), O(NLCUS, ["Netherlands Customs"])],
      countries=["AZ", "GE", "KZ", "UZ", "NL"], organizers=[ACADAZ, WCO],
      notes="'From 17 to 19 April' (year from the stamp). Hybrid stated; the WCO Secretariat joined from Brussels (not the venue). City Baku from the dateline and the Academy host. NL: the expert is from Netherlands Customs (affiliation), 'WCO expert' is his role here."),
    M(D3, "Earlier, in March, the Academy conducted a similar course", "training",
      "2023-03", inferred=True, city="Baku", country="AZ",
      orgs=[O(ACADAZ, ["the Academy"]), O(MCDCS, ["Main Customs Directorate for Combating Smuggling"])],
      countries=["AZ"], organizers=[ACADAZ],
      notes="Month only, year from the stamp. Venue implied by the Academy (as in the workshop, Baku); borderline. The closing seizure statistics are not a meeting."),
    # ---------------------------------------------------------------- dev3_04 ANF Pakistan
    M(D4, "was held on 10th and 11th March 2021 via video link", "meeting",
      "2021-03-10", "2021-03-11", fmt="online",
      persons=[P(NIAZI, ["Maj Gen Tariq Javed Niazi", "The DG ANF"], "Director General ANF", ANF, "Maj Gen"),
               P("Abdul Basir Sharifi", ["Gen. Abdul Basir Sharifi"], "Deputy Minister of Interior for Counter Narcotics", "AF", "Gen."),
               P("Mehdi Ghorbani-Asl", ["Brig Gen Mehdi Ghorbani-Asl"], "Director General for International Affairs of the Drug Control Headquarters", DCHQ, "Brig Gen"),
               P("Olivier Lambert", ["Mr. Olivier LAMBERT"], "Chief of the Regional Section for Asia of UNODC", UNODC)],
      orgs=[O(TI, ["Triangular Initiative", "TI"]), O(ANF, ["ANF"]), O(DCHQ, ["Drug Control Headquarters"]),
            O(UNODC, ["United Nations Office on Drugs and Crime", "UNODC"])],
      countries=["AF", "IR", "PK"], organizers=[UNODC], chairs=["Olivier Lambert"],
      notes="'on 10th and 11th March 2021' with ordinals. 'facilitated by' UNODC taken as organiser; moderator = chair. Type meeting (a Senior Officials Meeting; working_group a fair reading). The Afghan Deputy Minister's body is not named: affiliation AF."),
    M(D4, "the next meeting of the JPC will be convened in Tehran in May 2021", "working_group",
      "2021-05", city="Tehran", country="IR", status="planned",
      orgs=[O(JPC, ["JPC"])],
      notes="Planned, month only, 'subject to the COVID-19 situation'. Members not stated for the meeting: countries empty (borderline: AF, IR, PK)."),
    M(D4, "the DG ANF received Mr. Jonas F. Berglund", "meeting",
      "2021-03-08", inferred=True, city="Rawalpindi", country="PK",
      persons=[P(NIAZI, ["the DG ANF"], "Director General ANF", ANF, "Maj Gen"),
               P("Jonas F. Berglund", ["Mr. Jonas F. Berglund"], "Country Representative of UNODC in Pakistan", UNODC)],
      orgs=[O(ANF, ["ANF"]), O(UNODC, ["UNODC"])], countries=["PK"], organizers=[ANF],
      notes="'Earlier, on 8th March' (year from the dateline). 'at ANF Headquarters' -> Rawalpindi (dateline, ANF seat). The February seizure statistics are not a meeting."),
    # ---------------------------------------------------------------- dev3_05 UNODC Kabul
    M(D5, "completed a five-day training course on the control of precursor", "training",
      "2019-07-01", "2019-07-05", city="Kabul", country="AF",
      persons=[P("Hiroshi T. Nakamura", ["Mr. Hiroshi T. NAKAMURA"], "UNODC Country Representative for Afghanistan", UNODC_AF),
               P("Gul Agha Rahmani", ["Maj. Gen. Gul Agha Rahmani"], "Deputy Minister of Interior for Counter Narcotics", "AF", "Maj. Gen.")],
      orgs=[O(CNPA, ["Counter Narcotics Police of Afghanistan", "CNPA"]), O(UNODC_AF, ["UNODC Country Office for Afghanistan"]),
            O(TADOC, ["Turkish Academy against Drugs and Organized Crime", "TADOC"]), O(BKA, ["Federal Criminal Police Office of Germany"])],
      countries=["AF", "TR", "DE"], organizers=[UNODC_AF],
      notes="Dateline 'KABUL, 9 July 2019'. The Government of Japan funds the project (not a participant). The Opium Survey paragraph is not a meeting. The press contact is not a participant."),
    M(D5, "the regional meeting on precursor control held in Tashkent", "meeting",
      "2019-06-25", "2019-06-26", inferred=True, city="Tashkent", country="UZ",
      orgs=[O(CNPA, ["CNPA"]), O(UNODC, ["UNODC"]), O(NIAC, ["National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan"])],
      countries=["AF", "KZ", "KG", "TJ", "TM", "UZ"], organizers=[UNODC, NIAC],
      notes="'on 25 and 26 June' without year: 2019 from the dateline. Background item kept: a dated gathering with a venue. Counterparts from five named countries met."),
    M(D5, "will take place in Mazar-i-Sharif from 14 to 18 September 2019", "training",
      "2019-09-14", "2019-09-18", city="Mazar-i-Sharif", country="AF", status="planned",
      orgs=[O(CNPA, ["CNPA"])], countries=["AF"],
      notes="Planned follow-up course; organiser not stated (UNODC implied, not annotated)."),
    # ---------------------------------------------------------------- dev3_06 EU Delegation KZ
    M(D6, "the Delegation of the European Union to the Republic of Kazakhstan, jointly", "meeting",
      "2020-12-01", fmt="hybrid", city="Nur-Sultan", country="KZ", aliases=["Astana"],
      persons=[P(VERM, ["Mr. Kristof VERMEULEN", "the Ambassador"], "Ambassador of the European Union to Kazakhstan", EUDEL),
               P("Serik A. Nurpeisov", ["Police Major General Serik A. Nurpeisov"], "Deputy Minister of Internal Affairs of the Republic of Kazakhstan", MIAKZ, "Police Major General"),
               P("Lucia Moretti", ["Dr. Lucia Moretti"], None, EMCDDA, "Dr.")],
      orgs=[O(EUDEL, ["Delegation of the European Union to the Republic of Kazakhstan"]),
            O(MIAKZ, ["Ministry of Internal Affairs of the Republic of Kazakhstan"]),
            O(EMCDDA, ["European Monitoring Centre for Drugs and Drug Addiction", "EMCDDA"])],
      countries=["KZ", "DE", "FR"], organizers=[EUDEL, MIAKZ],
      notes="A round table: typed meeting (conference is a fair reading). Hybrid stated; venue a hotel in Nur-Sultan. DE, FR from their embassies' representatives on the panel. 'experts from the five Central Asian countries and EU Member States' not expanded."),
    M(D6, "The day before, the Ambassador met with the Chairman of the Committee", "meeting",
      "2020-11-30", inferred=True, fmt=None,
      persons=[P(VERM, ["the Ambassador"], "Ambassador of the European Union to Kazakhstan", EUDEL),
               P("Daulet Zhanabergenov", ["Police Colonel Daulet ZHANABERGENOV"], "Chairman of the Committee of the Criminal Police of the Ministry of Internal Affairs", CCP_KZ, "Police Colonel")],
      orgs=[O(EUDEL, []), O(CCP_KZ, ["Committee of the Criminal Police of the Ministry of Internal Affairs"])],
      countries=["KZ"],
      notes="'The day before' the 1 December round table -> 30 November 2020. No venue stated: city and format null."),
    M(D6, "Earlier, in October, the EU Delegation and the UNODC Programme Office", "training",
      "2020-10", inferred=True, fmt="online",
      orgs=[O(EUDEL, ["EU Delegation"]), O(UNODC_KZ, ["UNODC Programme Office in Kazakhstan"])],
      organizers=[EUDEL, UNODC_KZ],
      notes="Month only, year from the stamp. Online. Trainees are social workers and doctors from three cities, not a national authority: no country (borderline: KZ). The strategies and funding paragraphs are not meetings; the Council of the EU only prepares a strategy."),
    # ---------------------------------------------------------------- dev3_07 Astana Times
    M(D7, "gathered in the Kazakh capital on Sept. 12-13 for the Interpol", "conference",
      "2023-09-12", "2023-09-13", inferred=True, city="Astana", country="KZ",
      persons=[P(BAIM, ["Nurlan K. Baimagambetov", "the minister"], "Minister of Internal Affairs", MIAKZ),
               P("Michel-Andre Duval", ["Michel-Andre DUVAL"], "Executive Director of Police Services", INTERPOL),
               P("Bakhodir Sh. Ergashev", ["Colonel Bakhodir Sh. Ergashev"], "Head of the Interpol National Central Bureau in Tashkent", NCB_TAS, "Colonel"),
               P("Priya Raman", ["Ms. Priya Raman"], None, NCB_IN)],
      orgs=[O(INTERPOL, ["International Criminal Police Organization", "Interpol"]),
            O(MIAKZ, ["Ministry of Internal Affairs of Kazakhstan"]),
            O(NCB_TAS, ["Interpol National Central Bureau in Tashkent"]), O(NCB_IN, ["Narcotics Control Bureau of India"])],
      countries=["KZ", "KG", "TJ", "TM", "UZ", "MN", "PK", "IN"], organizers=[INTERPOL, MIAKZ],
      notes="'Sept. 12-13' without year: 2023 from the byline date '14 September 2023'. City from the dateline ASTANA and 'the Kazakh capital'. Afghanistan 'not invited': not a participant. The journalist is not a participant. The Kara-Kum operation and seizure figures are not meetings."),
    M(D7, "On the sidelines of the conference, the minister held bilateral", "meeting",
      "2023-09-12", "2023-09-13", inferred=True, city="Astana", country="KZ",
      persons=[P(BAIM, ["the minister"], "Minister of Internal Affairs", MIAKZ),
               P("Asad Mahmood Qazi", ["Mr. Asad Mahmood Qazi"], "Federal Secretary for Narcotics Control", "PK")],
      orgs=[O(MIAKZ, [])], countries=["KZ", "PK"],
      notes="Side talks without a date of their own: the conference's range, inferred; venue from the conference. MIA KZ only through the minister (empty mentions); Pakistan's ministry is not named (affiliation PK)."),
    M(D7, "The next Interpol regional conference on drugs is scheduled", "conference",
      "2024-06", city="Tashkent", country="UZ", status="planned",
      orgs=[O(INTERPOL, ["Interpol"])], organizers=[INTERPOL],
      notes="Planned, month only ('June 2024'). Interpol as organiser from the conference's name (borderline)."),
    # ---------------------------------------------------------------- dev3_08 Pompidou Group
    M(D8, "held an online regional seminar on drug policy and human rights", "seminar",
      "2022-10-19", "2022-10-20", fmt="online",
      persons=[P(SOUSA, ["Ms. Catarina M. SOUSA"], "Executive Secretary of the Pompidou Group", PG),
               P("Viktor Lindholm", ["Mr. Viktor Lindholm"], "Programme Manager of the Pompidou Group's cooperation with Central Asia", PG),
               P("A.B. Karimov", ["Colonel A. B. Karimov"], "Head of Division of the Drug Control Agency under the President of the Republic of Tajikistan", DCA, "Colonel"),
               P("M.T. Nazarova", ["Nazarova M. T."], "chief specialist of the Republican Narcology Centre of Uzbekistan", RNC_UZ),
               P("Tiago R. Fonseca", ["Mr. Tiago R. Fonseca"], None, SICAD)],
      orgs=[O(PG, ["Pompidou Group of the Council of Europe", "Pompidou Group"]),
            O(DCA, ["Drug Control Agency under the President of the Republic of Tajikistan"]),
            O(RNC_UZ, ["Republican Narcology Centre of Uzbekistan"]),
            O(SICAD, ["General Directorate for Intervention on Addictive Behaviours and Dependencies", "SICAD"])],
      countries=["KZ", "KG", "TJ", "UZ", "PT", "NO", "LT"], organizers=[PG], chairs=["Viktor Lindholm"],
      notes="Online. Spaced initials 'A. B. Karimov' normalised; surname-first with initials 'Nazarova M. T.'. Afghanistan and Iran only discussed (UNODC study); Norway both a participant (experts) and the funder."),
    M(D8, "will take place on 15 and 16 November 2022 in Tbilisi", "council_session",
      "2022-11-15", "2022-11-16", city="Tbilisi", country="GE", status="planned",
      orgs=[O(PGPC, ["Permanent Correspondents of the Pompidou Group"]), O(MIAGE, ["Ministry of Internal Affairs of Georgia"])],
      countries=["GE"], organizers=[MIAGE],
      notes="Planned session of the Pompidou Group's governing body (council_session). 'at the invitation of' the MIA of Georgia -> host. The 'spring 2023' study visit has no month: not annotated."),
    M(D8, "a delegation of the Pompidou Group led by Ms. Sousa visited Bishkek", "visit",
      "2022-09-05", "2022-09-07", city="Bishkek", country="KG",
      persons=[P(SOUSA, ["Ms. Sousa"], "Executive Secretary of the Pompidou Group", PG)],
      orgs=[O(PG, ["Pompidou Group"]), O(MIAKG, ["Ministry of Internal Affairs of the Kyrgyz Republic"]),
            O(MOHKG, ["Ministry of Health of the Kyrgyz Republic"])],
      countries=["KG"],
      notes="Earlier visit reported under 'Previously'. No host stated: organizers empty."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The Director", "The Chairman", "The DG ANF", "the DG ANF", "the Ambassador", "the minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
