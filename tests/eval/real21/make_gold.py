"""Write gold.jsonl and entities.json of the set of real news pages real21 (Latin America and the
Caribbean) from the tables below.

Run from anywhere: ``python tests/eval/real21/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (a news listing of the Cuban foreign ministry's missions site, Radio Habana Cuba,
the Belizean weekly Amandala, Agência Brasil in English, The Montevideo Post, a meetings listing
of the Caribbean Customs Law Enforcement Council, the U.S. Embassy in San Salvador, Mexico's
foreign ministry), copied verbatim from the stored excerpts; their addresses are in SOURCES.md,
and what was cut is in NOTES.md. The people are real people named in those pages. This gold was
written by hand without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

MINREX = "Ministry of Foreign Affairs of Cuba"
MFA_GY = "Ministry of Foreign Affairs of Guyana"
BC_CUUS = "Cuba-United States Bilateral Commission"
FCO = "Foreign and Commonwealth Office"
ACCP = "Association of Caribbean Commissioners of Police"
SC_RU = "Security Council of the Russian Federation"
GSI = "Institutional Security Cabinet of the Presidency of Brazil"
CCLEC = "Caribbean Customs Law Enforcement Council"
WCO = "World Customs Organization"
WCO_CED = "WCO Compliance and Enforcement Directorate"
INTERPOL = "International Criminal Police Organization"
CDEMA = "Caribbean Disaster Emergency Management Agency"
CDB = "Caribbean Development Bank"
OAS = "Organization of American States"
CICAD = "Inter-American Drug Abuse Control Commission"
GTA = "Grenada Tourism Authority"
CLEF = "Caribbean Law Enforcement Foundation"
CRIME_STOPPERS = "Crime Stoppers"
ICE = "U.S. Immigration and Customs Enforcement"
CBA = "Caribbean Brokers Association"
ILEA = "International Law Enforcement Academy San Salvador"
DOS = "U.S. Department of State"
INL = "Bureau of International Narcotics and Law Enforcement Affairs"
FLETC = "Federal Law Enforcement Training Centers"
CPD = "Chicago Police Department"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MINREX: ("MINREX", None, "CU", ["Ministry of Foreign Affairs of Cuba", "Cuban Chancery", "MINREX", "Minrex"]),
    MFA_GY: (None, None, "GY", ["Ministry of Foreign Affairs of Guyana", "Ministry of Foreign Affairs"]),
    BC_CUUS: (None, None, None, ["Cuba-United States Bilateral Commission", "Bilateral Commission"]),
    FCO: ("FCO", None, "GB", ["Foreign and Commonwealth Office", "FCO"]),
    ACCP: ("ACCP", None, None, ["Association of Caribbean Commissioners of Police", "ACCP"]),
    SC_RU: (None, None, "RU", ["Security Council of the Russian Federation", "Russia's security council"]),
    GSI: ("GSI", None, "BR", ["Institutional Security Cabinet of the Presidency of Brazil",
                              "Institutional Security Cabinet", "GSI"]),
    CCLEC: ("CCLEC", None, None, ["Caribbean Customs Law Enforcement Council", "CCLEC"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "World Customs Organisation", "WCO"]),
    WCO_CED: (None, WCO, None, ["WCO Compliance and Enforcement Directorate", "Compliance and Enforcement Directorate"]),
    INTERPOL: ("INTERPOL", None, None, ["International Criminal Police Organization", "INTERPOL", "Interpol"]),
    CDEMA: ("CDEMA", None, None, ["Caribbean Disaster Emergency Management Agency", "CDEMA"]),
    CDB: ("CDB", None, None, ["Caribbean Development Bank", "CDB"]),
    CICAD: ("CICAD", OAS, None, ["Inter-American Drug Abuse Control Commission", "CICAD", "CICAD/OAS"]),
    GTA: (None, None, "GD", ["Grenada Tourism Authority"]),
    CLEF: ("CLEF", None, None, ["Caribbean Law Enforcement Foundation", "CLEF"]),
    CRIME_STOPPERS: (None, None, None, ["Crime Stoppers"]),
    ICE: ("ICE", None, "US", ["U.S. Immigration and Customs Enforcement", "ICE"]),
    CBA: (None, None, None, ["Caribbean Brokers Association"]),
    ILEA: ("ILEA", None, None, ["International Law Enforcement Academy San Salvador", "ILEA San Salvador", "ILEA"]),
    INL: ("INL", DOS, "US", ["Bureau of International Narcotics and Law Enforcement Affairs",
                             "Bureau of International Affairs Narcotics and Law Enforcement of the Department of State",
                             "INL"]),
    FLETC: ("FLETC", None, "US", ["Federal Law Enforcement Training Centers",
                                  "Instructor Training Center Federal Forces Act", "FLETC"]),
    CPD: (None, None, "US", ["Chicago Police Department"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    OAS: ("OAS", None, None, ["Organization of American States", "OAS"]),
    DOS: (None, None, "US", ["U.S. Department of State", "Department of State"]),
}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda"], "BM": ["Bermuda"], "BR": ["Brazil", "Brazilian"], "CU": ["Cuba", "Cuban"],
    "EC": ["Ecuador", "Ecuadorian"], "GB": ["United Kingdom", "U.K.", "British"], "GD": ["Grenada"],
    "GT": ["Guatemala"], "GY": ["Guyana"], "HN": ["Honduras"], "JM": ["Jamaica"], "LC": ["St. Lucia", "Saint Lucia"],
    "MX": ["Mexico"], "NL": ["Netherlands"], "PA": ["Panama"], "PE": ["Peru", "Peruvian"], "RU": ["Russia"],
    "SV": ["El Salvador", "Salvadoran"], "US": ["United States", "U.S."],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real21_01_cubaminrex.txt", "real21_02_radio_habana_cuba.txt", "real21_03_amandala.txt",
                  "real21_04_agencia_brasil.txt")
D5, D6, D7, D8 = ("real21_05_montevideo_post.txt", "real21_06_cclec.txt", "real21_07_us_embassy_san_salvador.txt",
                  "real21_08_sre_mexico.txt")

SIERRA = "Rogelio Sierra Díaz"
PATRUSHEV = "Nokilai Patrushev"
MIKURIYA = "Kunio Mikuriya"
LARA = P("Luis Lara", ["Luis Lara"], "Minister of Defense of Ecuador", "EC")

MEETINGS = [
    # ---------------------------------------------------------------- real21_01 Cuban MFA missions site, listing 2018
    M(D1, "started a working visit to Jamaica as part of a tour", "visit",
      "2018-06-14", inferred=True, city="Kingston", country="JM",
      persons=[P(SIERRA, ["Rogelio Sierra Díaz", "Sierra Diaz"], "Deputy Minister of Foreign Affair of Cuba", MINREX),
               P("Jorge Luís Mayo Fernández", ["Jorge Luís Mayo Fernández"],
                 "director for Central America, Mexico and the Caribbean affairs at the Cuban Chancery", MINREX)],
      orgs=[O(MINREX, ["Cuban Chancery"])],
      countries=["CU", "JM"],
      notes="Listing page: each item has a place-and-date line ('Kingston, Jamaica, 14th June, 2018.-'); 'started a "
            "working visit' is dated by the item's line (date_inferred), end unknown (kept = start). The visit is "
            "to Jamaica: JM as the host state (borderline: no Jamaican official named, as real19 08). The tour "
            "'that began last June 5th, to five Caribbean nations' is the frame of the visits (no line). The 1972 "
            "establishment of relations is history. 'Foreign Affair' (sic) kept in the role."),
    M(D1, "the Seventh Bilateral Commission Meeting between Cuba and the", "working_group",
      "2018-06-14", city="Washington, D.C.", country="US", aliases=["Washington"],
      orgs=[O(BC_CUUS, ["Bilateral Commission"])],
      countries=["CU", "US"],
      notes="'On June 14, 2018, the Seventh Bilateral Commission Meeting between Cuba and the United States was held "
            "in Washington, D.C.' Numbered session of a standing bilateral commission: working_group (as real13 03). "
            "The item headline repeats it (one line). Both states are parties; no person or ministry named."),
    M(D1, "concluded a visit to Guyana", "visit",
      "2018-06", inferred=True, city="Georgetown", country="GY",
      persons=[P(SIERRA, ["Rogelio Sierra Díaz", "Sierra Diaz"], "Vice Minister of Foreign Affairs of Cuba", MINREX),
               P("David Granger", ["David Granger"], "President", "GY"),
               P("Moses Nagamootoo", ["Moses Nagamootoo"], "Prime Minister", "GY"),
               P("Joseph Harmon", ["Joseph Harmon"], "Minister of State and Acting Minister for Foreign Affairs", "GY"),
               P("Audrey Waddell", ["Ambassador Audrey Waddell"], "Director General of the Ministry of Foreign Affairs",
                 MFA_GY, "Ambassador")],
      orgs=[O(MFA_GY, ["Ministry of Foreign Affairs"])],
      countries=["CU", "GY"],
      notes="Item 'Georgetown, June 14th, 2018.-': the visit 'concluded' by the item's day, its courtesy calls have no "
            "day of their own: one line for the visit with the people met (seeds: a series with no dates per "
            "gathering is one line), dated by the item's month (2018-06, date_inferred); the start day is unknown. "
            "City from the item's line. 'Vice Minister' here, 'Deputy Minister' in the first item: same person. "
            "'Ambassador' before the Director General's name kept as rank. The break of the 'diplomatic siege' in "
            "1972 is history. The trailing blank line with a space is the page's."),
    # ---------------------------------------------------------------- real21_02 Radio Habana Cuba 2016
    M(D2, "Cuban Deputy Foreign Minister Marcelino Medina met Wednesday", "meeting",
      "2016-12-14", inferred=True, date_source="outside", city="Havana", country="CU",
      persons=[P("Marcelino Medina", ["Marcelino Medina"], "Cuban Deputy Foreign Minister", "CU"),
               P("Simon Gerard McDonald", ["Sir Simon Gerard McDonald"],
                 "Permanent British Under Secretary and Head of the Diplomatic Service at the Foreign and Commonwealth "
                 "Office", FCO, "Sir")],
      orgs=[O(FCO, ["Foreign and Commonwealth Office"])],
      countries=["CU", "GB"],
      notes="Dateline 'Havana, December 15 (RHC)--' with no year, none in the address or elsewhere on the page: the "
            "year is world knowledge (the EU-Cuba political dialogue and cooperation agreement signed 'earlier this "
            "week' was signed on 12 December 2016), 'Wednesday' = 14 December 2016: date_source outside. 'in Havana' "
            "in the sentence. 'Sir' kept as rank. The Cuban ministry takes part only through 'the two foreign "
            "ministries' (no row; affiliation CU). The signing of the EU-Cuba agreement is reported with no "
            "gathering described: no line. The headline line after the body is kept; the French related-links and "
            "comment-form chrome after it was cut."),
    # ---------------------------------------------------------------- real21_03 Amandala (Belize) 2024
    M(D3, "is holding its 38th Annual General Meeting and Conference from today", "council_session",
      "2024-05-13", "2024-05-17", inferred=True, city="Belize City", country="BZ",
      persons=[P("Atlee Patrick Rodney", ["Atlee Patrick Rodney"],
                 "Commissioner of Police in Antigua and Barbuda and the president of the ACCP", ACCP)],
      orgs=[O(ACCP, ["Association of Caribbean Commissioners of Police (ACCP)", "ACCP"])],
      countries=["AG"], organizers=[ACCP],
      notes="Store stamp 'date 2024-05-15', dateline 'BELIZE CITY, Mon. May 13, 2024' and 'from today, Monday, May 13, "
            "to Friday, May 17, in Belize City': the year comes from the dateline (date_inferred). Numbered AGM of an "
            "association: council_session (as real16 06's SARPCCO AGM; a second reader may type it conference). "
            "Under way at publication: held. The ACCP holds it -> organiser. Its president, Antigua and Barbuda's "
            "Commissioner of Police, speaks 'during this week' -> AG. Belize is only the venue (no Belizean body or "
            "official in the excerpt): not in countries. The ACCP's founding in Castries in 1987 is history. The "
            "broken last sentence of the quote was cut (the quote is left unclosed)."),
    # ---------------------------------------------------------------- real21_04 Agência Brasil (English) 2017
    M(D4, "Temer received General Nokilai Patrushev", "meeting",
      "2017-12-04", inferred=True, date_source="url", city=None, country="BR",
      persons=[P("Michel Temer", ["Michel Temer", "Temer"], "President", "BR"),
               P(PATRUSHEV, ["General Nokilai Patrushev", "Patrushev"], "Russia's security council", SC_RU, "General")],
      orgs=[O(SC_RU, ["Russia's security council"])],
      countries=["BR", "RU"], organizers=["BR"],
      notes="'met Monday (Dec. 4)' with no year in the text: 2017 from the page address (/2017-12/), date_source url. "
            "The lead ('Russian security authorities met ... with President Michel Temer and other members of the "
            "Brazilian government') sums up both meetings of the day; the talk with Temer and the expanded meeting "
            "held 'After the talk' are two lines. No city in the text: city null; a reception by the Brazilian "
            "president with members of his government puts it in Brazil (country BR, borderline). 'Temer received' "
            "-> host BR (borderline). The name is printed 'Nokilai' and kept (no other spelling on the page); his "
            "role is printed as 'Russia's security council' (kept). The 2018 World Cup and BRICS are topics."),
    M(D4, "an expanded meeting was held with security officials from both", "meeting",
      "2017-12-04", inferred=True, date_source="url", city=None, country="BR",
      persons=[P("Sérgio Etchegoyen", ["General Sérgio Etchegoyen", "Etchegoyen"],
                 "head of the president's Institutional Security Cabinet (GSI)", GSI, "General"),
               P(PATRUSHEV, ["General Patrushev"], "Russia's security council", SC_RU, "General"),
               P("Torquato Jardim", ["Torquato Jardim"], "Justice Minister", "BR")],
      orgs=[O(GSI, ["Institutional Security Cabinet (GSI)"]), O(SC_RU, [])],
      countries=["BR", "RU"], chairs=["Sérgio Etchegoyen", PATRUSHEV],
      notes="Same day as the talk ('After the talk'), date_source url. 'The meeting was chaired by ... Etchegoyen ... "
            "and General Patrushev': two chairs. Etchegoyen's quotes are 'during the meeting'. The Russian body "
            "takes part through Patrushev (empty mentions in this line)."),
    # ---------------------------------------------------------------- real21_05 The Montevideo Post 2023
    M(D5, "participated in a working meeting to discuss security and defense", "meeting",
      "2023-03-28", inferred=True, date_source="url", city="Arenillas", country="EC",
      persons=[P("Ana Cecilia Gervasi", ["Ana Cecilia Gervasi"], "Foreign Minister", "PE"),
               P("Juan Carlos Holguín", ["Juan Carlos Holguín"], "Ecuadorian counterpart", "EC"),
               LARA,
               P("Jorge Chaparro", ["Jorge Chaparro"], "Vice Minister of Defense Policies of Peru", "PE"),
               P("Diego Ordóñez", ["Diego Ordóñez"], "National Secretary of Public Security and the State of Ecuador", "EC"),
               P("Freddy Ramos", ["Freddy Ramos"], "Vice Minister of Public Security of Ecuador", "EC"),
               P("Néstor Zegarra", ["Néstor Zegarra"], "Vice Minister of Internal Order of Peru", "PE")],
      countries=["PE", "EC"],
      notes="'agreed today' with no date on the page: 28 March 2023 from the page address (/2023/03/28/), date_source "
            "url. The lead (the two foreign ministers 'agreed today') and the 'working meeting' in Arenillas are the "
            "same occasion: one line, anchored on the meeting. Ministries are named only through titles: no rows, "
            "affiliations are the states. The coming XV Binational Cabinet 'in the coming months' has no date: not "
            "annotated. The broken last sentence (a proposed police intelligence meeting) was cut."),
    M(D5, "the defense ministers of Ecuador and Peru held a conversation", "meeting",
      "2023-03-28", inferred=True, date_source="url", city="Arenillas", country="EC",
      persons=[LARA],
      countries=["EC", "PE"],
      notes="'Within the framework of this meeting' a conversation of the two defence ministers: a meeting inside the "
            "working meeting, own line with its day and city (as a sidelines meeting, real19 04; a second reader may "
            "fold it into the working meeting). Peru's defence minister is not named (Peru's delegation lists a vice "
            "minister): only Ecuador's minister as a person."),
    M(D5, "XIV Peru-Ecuador Binational Cabinet was held in the Ecuadorian city", "meeting",
      "2022-04", inferred=True, date_source="url", city="Loja", country="EC",
      countries=["PE", "EC"],
      notes="'The previous Presidential Meeting and XIV Peru-Ecuador Binational Cabinet was held in the Ecuadorian city "
            "of Loja in April of last year': month only, the year counted from the address date (2023 -> 2022), "
            "date_source url. A joint session of the two governments with a presidential meeting: meeting. The two "
            "states are the parties; nobody is named."),
    # ---------------------------------------------------------------- real21_06 CCLEC meetings listing 2021
    M(D6, "met with the WCO Secretary General, Dr. Kunio Mikuriya", "meeting",
      None, fmt=None,
      persons=[P("Claude Paul", ["Claude Paul"], "CCLEC Permanent Secretary", CCLEC),
               P(MIKURIYA, ["Dr. Kunio Mikuriya"], "WCO Secretary General", WCO)],
      orgs=[O(CCLEC, ["CCLEC"]), O(WCO, ["WCO"]), O(WCO_CED, ["Compliance and Enforcement Directorate"])],
      countries=["LC", "BM", "NL"],
      notes="Listing item with no date (the category page has no item dates): start null (as the undated items on "
            "listings of other real sets), no venue given (WCO headquarters is not named): city, country and format "
            "null. 'representatives from St. Lucia, Bermuda and the Netherlands' -> LC, BM, NL (Bermuda has its own "
            "ISO code). The MOU revision is a topic."),
    M(D6, "celebrated its Forty Third Annual Conference via video conferencing", "conference",
      "2021-06-02", "2021-06-03", fmt="online",
      persons=[P(MIKURIYA, ["Dr. Kunio Mikuriya"], "Secretary General of the World Customs Organisation (WCO)", WCO)],
      orgs=[O(CCLEC, ["Caribbean Customs Law Enforcement Council (CCLEC)", "CCLEC"]),
            O(WCO, ["World Customs Organization", "World Customs Organisation (WCO)"]),
            O(ACCP, ["Association of Caribbean Commissioners of Police (ACCP)"]),
            O(INTERPOL, ["Interpol"]), O(CDEMA, ["CDEMA"]), O(CDB, ["CDB"]), O(CICAD, ["CICAD/OAS"]),
            O(GTA, ["Grenada Tourism Authority"]), O(CLEF, ["Caribbean Law Enforcement Foundation (CLEF)"]),
            O(CRIME_STOPPERS, ["Crime Stoppers"]), O(ICE, ["ICE"]), O(CBA, ["Caribbean Brokers Association"])],
      countries=["GD", "US"], organizers=[CCLEC],
      notes="'via video conferencing during the period June 2nd – 3rd 2021': online, no city. An annual conference "
            "held by video: typed conference with format online (a second reader may type it videoconference, as "
            "real19 typed sessions held by video). The item headline ('Pressed ahead with its 43rd Conference') is "
            "the same event. 'twenty-seven (27) member countries' is generic (not expanded); the strategic partners "
            "are listed as bodies, and two national bodies among them give GD and US (seeds: national authorities "
            "present). The keynote 'preceded' the conference and is part of its line. 'CICAD/OAS' is CICAD with "
            "parent OAS. The broken last sentence was cut."),
    # ---------------------------------------------------------------- real21_07 U.S. Embassy San Salvador 2015
    M(D7, "inaugurated the first phase of the Central American Police Academy", "training",
      "2015-02-23", "2015-02-25", city="San Salvador", country="SV",
      persons=[P("Benito Lara", ["Benito Lara"], "Minister of Justice and Public Security", "SV"),
               P("Michael Bayer", ["Michael Bayer"], "U.S. Director of ILEA San Salvador", ILEA),
               P("Darwin Arevalo", ["Commissioner Darwin Arevalo"], "Salvadoran Director of ILEA", ILEA, "Commissioner"),
               P("Neil Nightingale", ["Neil Nightingale"], None, INL),
               P("Seymour Jones", ["Seymour Jones"], None, FLETC),
               P("Keith Calloway", ["Keith Calloway"], "head the Chicago Police Department", CPD)],
      orgs=[O(ILEA, ["International Law Enforcement Academy San Salvador (ILEA)", "ILEA San Salvador", "ILEA"]),
            O(INL, ["Bureau of International Affairs Narcotics and Law Enforcement of the Department of State (INL)"]),
            O(FLETC, ["Instructor Training Center Federal Forces Act (FLETC)"]),
            O(CPD, ["Chicago Police Department"])],
      countries=["GT", "HN", "PA", "SV", "US"], organizers=[ILEA],
      notes="'on February Monday 23, 2015' (garbled order, kept) and 'For three days' -> 23-25 February 2015 (end "
            "counted from the three days). The seminars for directors of police academies are a course with "
            "instructors: training (a second reader may type it seminar). Venue: ILEA San Salvador, which "
            "inaugurated it, with the Salvadoran minister attending -> San Salvador (borderline: the city is only in "
            "the academy's name). The directors come from four named states -> GT, HN, PA, SV; US through INL, FLETC, "
            "the Chicago police and the U.S. director. Attendees 'Name, Body' with no title: role null. The INL and "
            "FLETC names are garbled in the source and kept as mentions. Later phases have no dates."),
    # ---------------------------------------------------------------- real21_08 SRE Mexico 2024
    M(D8, "met today, Friday, May 17, 2024, in Tapachula, Chiapas", "meeting",
      "2024-05-17", city="Tapachula", country="MX",
      persons=[P("Andrés Manuel López Obrador", ["Andrés Manuel López Obrador"], "President of Mexico", "MX"),
               P("César Bernardo Arévalo de León", ["César Bernardo Arévalo de León"], "President of Guatemala", "GT")],
      countries=["MX", "GT"],
      notes="Full date in the sentence ('today, Friday, May 17, 2024'): not inferred. The bullet summary ('During their "
            "meeting in Chiapas') is the same meeting. 'accompanied by various ministers', 'the armed forces of both "
            "countries', 'The intelligence centers' are unnamed: no rows. 'the recent meeting of the High-Level "
            "Security Group' has no date (background): no line; the Meeting of the Joint Chiefs of Staff and the "
            "Border Commanders Board are mechanisms, not dated gatherings. The broken last sentence was cut."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
