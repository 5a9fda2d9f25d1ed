"""Write gold.jsonl and entities.json of the set of real news pages real58 (the Americas)
from the tables below.

Run from anywhere: ``python tests/eval/real58/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (a Latin American Herald Tribune item on the US Secretary of State in Lima, a US Department of
Homeland Security joint statement on US-Honduran meetings in Tegucigalpa, an IMAPAL news item on an RCMP maritime
course in Jamaica, a Caribbean Magazine Plus copy of the communiqué of the 45th CARICOM heads of government
meeting, an O-Abroad item on the Mercosur summit in Foz do Iguaçu, a Dominican Republic Live item on a Dominican
police reform mission in Bogota, a Grenada Advocate blog item on a Regional Security System graduation in
Barbados, a Hispanically Speaking News item on a US diplomat's trip to Guatemala and Honduras), copied verbatim
from the stored excerpt of each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are
real. The gold was written by hand without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

MFA_PE = "Ministry of Foreign Affairs of Peru"
INM_HN = "Honduran Institute of Migration"
RCMP = "Royal Canadian Mounted Police"
RCMP_ERT = "RCMP Emergency Response Team"
JCF = "Jamaica Constabulary Force"
BCG = "Barbados Coast Guard"
GCANU = "Guyana Customs and Anti-Narcotic Unit"
CARICOM = "Caribbean Community"
CHG = "Conference of Heads of Government of the Caribbean Community"
MERCOSUR = "Southern Common Market"
PN_CO = "National Police of Colombia"
IPC_DO = "Interior and Police Cabinet of the Dominican Republic"
WGPOL_DO = "Working Group for the Transformation and Professionalization of the National Police"
RSS = "Regional Security System"
CICIG = "International Commission against Impunity in Guatemala"
MCTF = "U.S.-Honduras Merida-CARSI Task Force"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MFA_PE: (None, None, "PE", [MFA_PE, "foreign ministry", "Peruvian Foreign Ministry"]),
    INM_HN: (None, None, "HN", [INM_HN]),
    RCMP: ("RCMP", None, "CA", [RCMP, "Royal Canadian Mounted Police (RCMP)", "RCMP"]),
    RCMP_ERT: (None, RCMP, "CA", [RCMP_ERT]),
    JCF: ("JCF", None, "JM", [JCF, "Jamaican Constabulary Force (JCF)", "JCF"]),
    BCG: (None, None, "BB", [BCG]),
    GCANU: (None, None, "GY", [GCANU]),
    CARICOM: ("CARICOM", None, None, [CARICOM, "Caribbean Community (CARICOM)", "CARICOM"]),
    CHG: (None, CARICOM, None, [CHG, "Conference of Heads of Government of CARICOM"]),
    MERCOSUR: ("MERCOSUR", None, None, [MERCOSUR, "Mercosur", "MERCOSUR"]),
    PN_CO: (None, None, "CO", [PN_CO, "Colombian Police"]),
    IPC_DO: (None, None, "DO", [IPC_DO, "Interior and Police Cabinet"]),
    WGPOL_DO: (None, None, "DO", [WGPOL_DO]),
    RSS: ("RSS", None, None, [RSS]),
    CICIG: ("CICIG", None, "GT", [CICIG, "International Commission against Impunity in Guatemala (CICIG)", "CICIG"]),
    MCTF: (None, None, None, [MCTF]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda"], "AR": ["Argentina", "Argentine"], "BB": ["Barbados"], "BM": ["Bermuda"],
    "BR": ["Brazil"], "BS": ["The Bahamas", "Bahamas"], "BZ": ["Belize"], "CA": ["Canada", "Canadian"],
    "CO": ["Colombia", "Colombian"], "DM": ["Dominica"], "DO": ["Dominican Republic", "Dominican"],
    "GD": ["Grenada"], "GT": ["Guatemala", "Guatemalan"], "GY": ["Guyana"], "HN": ["Honduras", "Honduran"],
    "HT": ["Haiti"], "JM": ["Jamaica"], "KN": ["St Kitts and Nevis", "Saint Kitts and Nevis"],
    "LC": ["Saint Lucia"], "MS": ["Montserrat"], "PE": ["Peru", "Peruvian"],
    "SR": ["Suriname"], "TC": ["Turks and Caicos Islands"], "TT": ["Trinidad and Tobago"],
    "US": ["United States", "U.S.", "US"], "UY": ["Uruguay", "Uruguayan"],
    "VC": ["St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"],
    "VG": ["British Virgin Islands"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real58_01_laht.txt", "real58_02_dhs.txt", "real58_03_imapal.txt", "real58_04_caribmagplus.txt")
D5, D6, D7, D8 = ("real58_05_o_abroad.txt", "real58_06_dominican_republic_live.txt",
                  "real58_07_grenada_advocate.txt", "real58_08_hispanically_speaking_news.txt")

TILLERSON = "Rex Tillerson"
JOHNSON = "David Johnson"
LLORENS = "Hugo Llorens"

MEETINGS = [
    # ---------------------------------------------------------------- real58_01 Latin American Herald Tribune 2018
    M(D1, "received US Secretary of State Rex Tillerson on Monday", "meeting",
      "2018-02-05", inferred=True, date_source="outside", city="Lima", country="PE",
      persons=[P("Cayetana Aljovin", ["Cayetana Aljovin", "Aljovin"], "Peruvian Foreign Minister", MFA_PE),
               P(TILLERSON, ["Rex Tillerson", "Tillerson"], "US Secretary of State", "US")],
      orgs=[O(MFA_PE, ["foreign ministry"])],
      countries=["PE", "US"], organizers=[MFA_PE],
      notes="No stamp, dated dateline or dated address: 'on Monday' and 'this year’s Summit of the Americas in Lima' "
            "with the eighth summit 'set for April 13-14' -> Monday 5 February 2018 from world knowledge (Tillerson's "
            "first Latin American tour) -> date_source outside. Headline, 'received' and 'Aljovin’s talks with "
            "Tillerson' are one line. Lima from the dateline and 'arrived in Lima ... and traveled directly to the "
            "foreign ministry'; the ministry at whose premises its minister receives hosts (borderline, real50). The "
            "State Department is not named (affiliation US). EFE is a source; the stops in Mexico, Argentina, "
            "Colombia and Jamaica have no dates and no gathering described: no lines."),
    M(D1, "The secretary of state will meet Tuesday with President Pedro Pablo", "meeting",
      "2018-02-06", inferred=True, date_source="outside", city="Lima", country="PE", status="planned",
      persons=[P(TILLERSON, ["The secretary of state"], "US Secretary of State", "US"),
               P("Pedro Pablo Kuczynski", ["Pedro Pablo Kuczynski"], "President", "PE")],
      countries=["US", "PE"],
      notes="Planned: 'will meet Tuesday' -> the day after the Monday call (6 February 2018, outside). City Lima by the "
            "visit (borderline: the page names no venue for it). 'The secretary of state' is a generic mention "
            "resolved to Tillerson (kept out of the alias table)."),
    M(D1, "the eighth Summit of the Americas, set for April 13-14", "conference",
      "2018-04-13", "2018-04-14", inferred=True, date_source="outside", city="Lima", country="PE",
      status="planned",
      notes="Planned with a concrete date ('set for April 13-14'), 'this year’s Summit of the Americas in Lima' gives "
            "the venue; the year is the one of the first line (outside). Only an agenda topic of the talks: no "
            "participant is named ('Trump’s possible participation' is not attendance), no host stated. A reader "
            "may leave the plan out."),
    # ---------------------------------------------------------------- real58_02 US Department of Homeland Security 2019
    M(D2, "High-level representatives from the governments of the United States", "meeting",
      "2019-09", inferred=True, date_source="url", city="Tegucigalpa", country="HN",
      persons=[P("James McCament", ["James McCament"], "Deputy Under Secretary of Homeland Security", "US"),
               P("Martha Newton", ["Martha Newton"], "Deputy Under Secretary of Labor", "US"),
               P("Hugo Rodriguez", ["Hugo Rodriguez"],
                 "Deputy Assistant Secretary of State for Western Hemisphere Affairs", "US"),
               P("Colleen Hoey", ["Colleen Hoey"], "Chargé d´Affaires of the U.S. Embassy in Honduras", "US"),
               P("Lisandro Rosales", ["Lisandro Rosales"], "Minister of Foreign Affairs", "HN"),
               P("Julián Pacheco", ["Julián Pacheco"], "Minister of Security", "HN"),
               P("Carlos Madero", ["Carlos Madero"], "Minister of Labor", "HN"),
               P("Carolina Menjívar", ["Carolina Menjívar"], "Director of the Honduran Institute of Migration", INM_HN),
               P("Karla Cueva", ["Karla Cueva"], "Secretary of Human Rights", "HN")],
      orgs=[O(INM_HN, ["Honduran Institute of Migration"])],
      countries=["US", "HN"],
      notes="The excerpt has no stamp: 'met this week' and 'This week’s productive meetings' are dated only by the "
            "address (/2019/09/21/) -> September 2019, month only (date_source url; the week of 16-21 September is "
            "not a day). The meetings of the week are one line (no meeting is described apart). 'WASHINGTON' is the "
            "statement's dateline, the venue is 'in Tegucigalpa'. Both delegation lists take part; ministries and "
            "departments named only through titles get no rows (affiliations are the states); the migration "
            "institute is named in full through its director's title and gets one (real54). The embassy is its "
            "country. 'will continue discussions into next week' has no date: no line."),
    # ---------------------------------------------------------------- real58_03 IMAPAL 2024
    M(D3, "have completed a highly successful Maritime Border Integrity Course", "training",
      "2024-02-13", "2024-02-21", city="Kingston", country="JM",
      persons=[P("Emina Tudakovic", ["Emina Tudakovic"], None, "CA")],
      orgs=[O(RCMP, ["Royal Canadian Mounted Police (RCMP)", "RCMP"]),
            O(RCMP_ERT, ["RCMP Emergency Response Team"]),
            O(JCF, ["Jamaica Constabulary Force", "Jamaican Constabulary Force (JCF)", "JCF"]),
            O(BCG, ["Barbados Coast Guard"]), O(GCANU, ["Guyana Customs and Anti-Narcotic Unit"])],
      countries=["CA", "JM", "BB", "GY"], organizers=[RCMP, JCF],
      notes="Dateline 'Kingston, Jamaica, April 9, 2024' is the release's; the course ran 'through February 13 to 21, "
            "2024' (text). Headline, lead, the photo caption's 'completion ceremony of the Marine Border Integrity "
            "Course' (the page's second name for it) and 'the intensive training initiative' are one line. Venue: the "
            "dateline city (borderline; the page does not say where the course was held, only Jamaica). 'organized "
            "by the RCMP' and 'Facilitated by the RCMP in collaboration with the JCF' -> two organisers (real54 05). "
            "Trainees' bodies (the JCF SWAT team counted in its force, the Barbados Coast Guard, the Guyana unit) and "
            "the trainers' unit take part. The Canadian High Commission's Emina Tudakovic attended the ceremony (CA; "
            "her post is not given). The RCMP liaison quoted is a source, not placed at the course (borderline)."),
    # ---------------------------------------------------------------- real58_04 Caribbean Magazine Plus 2023
    M(D4, "was held from 3- 5 July 2023", "conference",
      "2023-07-03", "2023-07-05", city=None, country="TT",
      persons=[P("Roosevelt Skerritt", ["Roosevelt Skerritt"], "Chair of the Conference, Prime Minister of Dominica",
                 "DM", "the Honourable"),
               P("Gaston Browne", ["Gaston Browne"], "Prime Minister of Antigua and Barbuda", "AG", "Honourable"),
               P("Mia Amor Mottley", ["Mia Amor Mottley"], "Prime Minister of Barbados", "BB", "Honourable"),
               P("Philip Davis", ["Philip Davis"], "Prime Minister of The Bahamas", "BS", "Honourable"),
               P("Dickon Mitchell", ["Dickon Mitchell"], "Prime Minister of Grenada", "GD", "Honourable"),
               P("Mohamed Irfaan Ali", ["Mohamed Irfaan Ali"], "President of Guyana", "GY", "His Excellency"),
               P("Ariel Henry", ["Ariel Henry"], "Prime Minister of Haiti", "HT", "the Honourable Dr"),
               P("Andrew Holness", ["Andrew Holness"], "Prime Minister of Jamaica", "JM", "Most Honourable"),
               P("Samuel Joseph", ["Samuel Joseph"], "Acting Premier, Montserrat", "MS", "Dr. the Hon."),
               P("Terrence Drew", ["Terrence Drew"], "Prime Minister of St Kitts and Nevis", "KN", "Honourable Dr"),
               P("Philip Pierre", ["Philip Pierre"], "Prime Minister of Saint Lucia", "LC", "Honourable"),
               P("Ralph Gonsalves", ["Ralph Gonsalves"], "Prime Minister of St. Vincent and the Grenadines", "VC",
                 "Dr the Honourable"),
               P("Chandrikapersad Santokhi", ["Chandrikapersad Santokhi"], "President of Suriname", "SR"),
               P("Keith Rowley", ["Keith Rowley"], "Prime Minister of Trinidad and Tobago", "TT", "Dr the Honourable"),
               P("Eamon Courtenay", ["Eamon Courtenay"], "Minister of Foreign Affairs and Foreign Trade", "BZ", "Hon"),
               P("Edward David Burt", ["Edward David Burt"], "Premier", "BM", "the Hon"),
               P("Natalio D. Wheatley", ["Natalio D. Wheatley"], "Premier", "VG", "Dr. the Hon."),
               P("Arlington Alexander Musgrove", ["Arlington Alexander Musgrove"],
                 "Minister of Immigration and Border Services", "TC", "Hon."),
               P("Carla N Barnett", ["Carla N Barnett"], "CARICOM Secretary General", CARICOM, "Dr")],
      orgs=[O(CHG, ["Conference of Heads of Government of CARICOM",
                    "Conference of Heads of Government of the Caribbean Community"]),
            O(CARICOM, ["Caribbean Community (CARICOM)", "CARICOM"])],
      countries=["DM", "AG", "BB", "BS", "GD", "GY", "HT", "JM", "MS", "KN", "LC", "VC", "SR", "TT", "BZ", "BM",
                 "VG", "TC"],
      organizers=["TT"], chairs=["Roosevelt Skerritt"],
      notes="Communiqué stamped 'July 7, 2023'; the dates '3- 5 July 2023' are in the text (odd spacing kept in the "
            "anchor). 'it was agreed that Trinidad and Tobago would host' -> TT organiser and venue country; the "
            "city is not named ('the Hyatt Regency Hotel' only; world knowledge would give Port of Spain, not used: "
            "city null, format in_person from the hotel). 'presided over the Meeting' -> chair. The heading, the "
            "meeting and its 'Opening Ceremony' on 3 July are one line. Every head and representative of the "
            "attendance lists takes part with his or her state or territory (associate members BM, VG, TC and "
            "Montserrat by ISO code); the Secretary General speaks for CARICOM. Honorifics kept as ranks as written. "
            "The 1973 signing of the Treaty of Chaguaramas is only an anniversary: no line."),
    # ---------------------------------------------------------------- real58_05 O-Abroad 2025
    M(D5, "at the summit held this Saturday in the Brazilian city of Foz do Iguaçu", "conference",
      "2025-12-20", inferred=True, date_source="outside", city="Foz do Iguaçu", country="BR",
      persons=[P("Javier Milei", ["Argentine President Javier Milei", "Javier Milei"], "Argentine President", "AR"),
               P("Luiz Inácio Lula da Silva", ["Luiz Inácio Lula da Silva"], "Brazil's president", "BR"),
               P("Yamandú Orsi", ["Uruguayan President Yamandú Orsi", "Yamandú Orsi"], "Uruguayan President", "UY")],
      orgs=[O(MERCOSUR, ["Mercosur"])],
      countries=["AR", "BR", "UY"],
      notes="No stamp, dateline or dated address: 'this Saturday' with the three presidents and the commission "
            "-> the Mercosur summit of Saturday 20 December 2025 (world knowledge, date_source outside). 'the summit', "
            "'a meeting where internal divergences surfaced' and 'the regional summit' are one line. The three "
            "presidents who speak take part; Paraguay is named only in the list of the commission's four countries "
            "(not a participant on the page); Venezuela only discussed. No host stated (Brazil holds the presidency: "
            "a reader may add BR as organiser). Heads of state summit -> conference."),
    M(D5, "approved last November at a meeting of Ministers of Justice and Security", "council_session",
      "2025-11", inferred=True, date_source="outside", city=None, country="BR",
      orgs=[O(MERCOSUR, ["Mercosur"])],
      countries=["BR"],
      notes="Background: 'approved last November at a meeting of Ministers of Justice and Security in Brazil, which "
            "held the bloc's rotating presidency' -> November 2025 (year with the summit's, outside), country only. "
            "Mercosur ministers' meeting -> council_session (real12 02). Brazil as presiding host state (borderline); "
            "no minister named."),
    # ---------------------------------------------------------------- real58_06 Dominican Republic Live (undated)
    M(D6, "at the end of the meeting held at the headquarters of that agency", "meeting",
      None, city="Bogota", country="CO",
      persons=[P("Diego Milano Aponte", ["Diego Milano Aponte", "Milano Aponte"], "Colombian Minister of Defense",
                 "CO"),
               P("Jesús Vásquez Martínez", ["Jesús Vásquez Martínez"], "Minister of the Interior", "DO"),
               P("Edward Sánchez", ["Edward Sánchez"], "Director of the Police", "DO"),
               P("Hoover Penilla Romero", ["Hoover Penilla Romero"],
                 "deputy director general of the Colombian Police", PN_CO),
               P("Ricardo Restrepo", ["Ricardo Restrepo"], "advisor to the Dominican government", "DO",
                 "retired general"),
               P("Servio Tulio Castaños Guzmán", ["Servio Tulio Castaños Guzmán"],
                 "coordinator of the Working Group for the Transformation and Professionalization of the National "
                 "Police", WGPOL_DO),
               P("Jesús Féliz", ["Jesús Féliz"], "Vice Minister of the Interior for Security", "DO"),
               P("Roberto Santana", ["Roberto Santana"], "President Luis Abinader’s advisor on Prison Security", "DO"),
               P("Victor Benavides", ["Victor Benavides"], "director of the Interior and Police Cabinet", IPC_DO),
               P("Elvis Lima", ["Elvis Lima"], "head of Communications", "DO")],
      orgs=[O(PN_CO, ["Colombian Police"]), O(IPC_DO, ["Interior and Police Cabinet"]),
            O(WGPOL_DO, ["Working Group for the Transformation and Professionalization of the National Police"])],
      countries=["CO", "DO"], organizers=["CO"],
      notes="No date anywhere on the page or in the address: null (world knowledge not used). 'the meeting held at "
            "the headquarters of that agency, in Bogota' (the Colombian defence ministry, named only through its "
            "minister's title: no row) -> Bogota; the ministry at whose premises its minister receives hosts, "
            "encoded as CO (borderline, real50). 'The meeting was also attended by' and 'The other members of the "
            "Dominican delegation are' list participants; the retired general advising the Dominican government is "
            "DO. Bodies named in full through a member's title get rows (the Colombian police, the Dominican cabinet "
            "office and working group; borderline, real54). The page spells the minister 'Milano Aponte' twice "
            "(kept; the real name is Molano). Presidents Duque and Abinader are only quoted or named in titles: not "
            "participants."),
    # ---------------------------------------------------------------- real58_07 Grenada Advocate 2013
    M(D7, "at the Graduation Ceremony for 30 participants of the Regional Security", "training",
      "2013-01", inferred=True, city="Christ Church", country="BB",
      persons=[P("Richard Hanley", ["Richard Hanley", "Hanley", "High Commissioner Hanley"], "High Commissioner of Canada",
                 "CA", "His Excellency")],
      orgs=[O(RSS, ["Regional Security System"])],
      countries=["CA"], organizers=[RSS],
      notes="Blog header 'Wednesday, 30 January 2013' and 'came recently' -> January 2013, month only (inferred, "
            "borderline: the ceremony may be older). The graduation closes the 'Crime Scene First Responder Course' "
            "-> training (real30). 'at the Paragon Base in Christ Church, Barbados': the parish is kept as the city "
            "(as 'Bali', borderline; a reader may give null). The course is the Regional Security System's -> "
            "organiser (borderline). The High Commissioner delivered remarks (CA). The 30 participants are generic; "
            "Barbados is the venue only. ACCBP, RIBIN, CARICOM and the Jamaican polygraph training are discussed, not "
            "gatherings of the page."),
    # ---------------------------------------------------------------- real58_08 Hispanically Speaking News 2010
    M(D8, "are traveling to Honduras and Guatemala until October 21, 2010", "visit",
      "2010-10-19", "2010-10-21", inferred=True, city=None, country=None,
      persons=[P(JOHNSON, ["Assistant Secretary of State, David Johnson", "Assistant Secretary Johnson"],
                 "Assistant Secretary of State", "US")],
      countries=["US", "HN", "GT"],
      notes="Header 'Tuesday October 19, 2010': the trip is under way ('are traveling') and lasts 'until October 21, "
            "2010' -> 19-21 October (start inferred from the header). A trip to two countries: country and city null. "
            "'Assistant Secretary Johnson’s visit' and 'These meetings' refer back. The small U.S. delegation is "
            "generic. The meetings planned in each country get lines of their own (no day each)."),
    M(D8, "In Guatemala, Johnson will meet with Minister of Government Carlos", "meeting",
      "2010-10", inferred=True, city=None, country="GT", status="planned",
      persons=[P(JOHNSON, ["Johnson"], "Assistant Secretary of State", "US"),
               P("Carlos Menocal", ["Carlos Menocal"], "Minister of Government", "GT"),
               P("Maria Mejia de Contreras", ["Maria Mejia de Contreras"], "Attorney General", "GT"),
               P("Helen Mack", ["Helen Mack"], "Police Reform Commissioner", "GT"),
               P("Francisco Dall’Anese", ["Francisco Dall’Anese"], "CICIG Commissioner", CICIG)],
      orgs=[O(CICIG, ["International Commission against Impunity in Guatemala (CICIG)"])],
      countries=["US", "GT"],
      notes="Planned ('will meet') within the 19-21 October trip, no day -> October 2010 (inferred). Country only "
            "('In Guatemala'). 'other members of the Guatemalan government' generic. CICIG is a UN-backed commission "
            "in Guatemala (country GT in the table, borderline)."),
    M(D8, "will meet with President Porfirio Lobo, Secretary of State for Security", "meeting",
      "2010-10", inferred=True, city=None, country="HN", status="planned",
      persons=[P(JOHNSON, ["Assistant Secretary Johnson"], "Assistant Secretary of State", "US"),
               P(LLORENS, ["US Ambassador Hugo Llorens"], "US Ambassador", "US"),
               P("Porfirio Lobo", ["Porfirio Lobo"], "President", "HN"),
               P("Oscar Alvarez", ["Oscar Alvarez"], "Secretary of State for Security", "HN")],
      countries=["US", "HN"],
      notes="Planned 'Later in the week' -> October 2010 (inferred, no day). Country from 'In Honduras' and the "
            "Honduran president; no city. The ambassador goes with Johnson. 'US Ambassador' is read as his role, "
            "not as a rank (he is named with it as a title of office)."),
    M(D8, "convene the U.S.-Honduras Merida-CARSI Task Force", "working_group",
      "2010-10", inferred=True, city=None, country="HN", status="planned",
      persons=[P(JOHNSON, ["Assistant Secretary Johnson"], "Assistant Secretary of State", "US"),
               P(LLORENS, ["US Ambassador Hugo Llorens"], "US Ambassador", "US")],
      orgs=[O(MCTF, ["U.S.-Honduras Merida-CARSI Task Force"])],
      countries=["US", "HN"], organizers=["US"],
      notes="The session of a standing bilateral task force, planned in the same sentence as the meeting with the "
            "president: its own line (working_group, seeds). Johnson and the ambassador 'convene' it -> US as "
            "organiser (borderline). Honduras from its name and 'In Honduras'; no Honduran member named."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset({"The secretary of state"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
