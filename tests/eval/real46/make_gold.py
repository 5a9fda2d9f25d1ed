"""Write gold.jsonl and entities.json of the set of real news pages real46 (the Americas) from the tables below.

Run from anywhere: ``python tests/eval/real46/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (a session of the SICA Executive Committee in San Salvador, an audience of the
Chilean foreign minister, a SICA summit in Antigua Guatemala reported by teleSUR, a Saint Lucia
government release on CARICOM police and military chiefs, a Barbados Nation item on the RSS Council
of Ministers in Castries, a Mexican foreign ministry release on a SICA summit and five bilateral
meetings, an El Universal item on Mexico-US talks in Mexico City, a Canadian Press item on Harper
and Calderon before the North American Leaders Summit), copied verbatim from the stored excerpt of
each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real. The gold
was written by hand without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

SICA = "Central American Integration System"
CE_SICA = "Executive Committee of the Central American Integration System"
MFA_CL = "Ministry of Foreign Affairs of Chile"
CARICOM = "Caribbean Community"
CPMC = "CARICOM Standing Committee of Commissioners of Police and Military Chiefs"
CHG = "Conference of Heads of Government of the Caribbean Community"
CONSLE = "CARICOM Council of Ministers Responsible for National Security and Law Enforcement"
RSS = "Regional Security System"
RSS_CM = "Council of Ministers of the Regional Security System"
SRE = "Secretariat of Foreign Affairs of Mexico"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    SICA: ("SICA", None, None, [SICA, "SICA", "Sistema de la Integración Centroamericana"]),
    CE_SICA: ("CE-SICA", SICA, None, [CE_SICA, "CE-SICA", "Executive Committee of SICA"]),
    MFA_CL: (None, None, "CL", [MFA_CL, "Ministry of Foreign Affairs", "Chilean Foreign Ministry"]),
    CPMC: (None, CARICOM, None, [CPMC, "CARICOM Standing Committees of Commissioners of Police and Military Chiefs",
                                 "Standing Committee of Commissioners of Police and Military Chiefs"]),
    CHG: (None, CARICOM, None, [CHG, "CARICOM Heads of Government", "Conference of Heads of Government"]),
    CONSLE: ("CONSLE", CARICOM, None, [CONSLE, "CONSLE", "Council of Ministers responsible for National Security"]),
    RSS: ("RSS", None, None, [RSS, "RSS"]),
    RSS_CM: (None, RSS, None, [RSS_CM, "Council of Ministers of the RSS", "RSS Council of Ministers",
                               "Council of Ministers"]),
    SRE: ("SRE", None, "MX", [SRE, "SRE", "Foreign Ministry", "Ministry of Foreign Affairs of Mexico",
                              "Mexican Foreign Ministry"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICOM: ("CARICOM", None, None, [CARICOM, "CARICOM"]),
}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda", "Antigua & Barbuda"], "AI": ["Anguilla"], "BB": ["Barbados"],
    "BM": ["Bermuda"], "BS": ["The Bahamas", "Bahamas"], "BZ": ["Belize"], "CA": ["Canada"],
    "CL": ["Chile", "Chilean"], "CR": ["Costa Rica", "Costa Rican"], "DM": ["Dominica"],
    "DO": ["Dominican Republic"], "GD": ["Grenada"], "GT": ["Guatemala", "Guatemalan"], "GY": ["Guyana"],
    "HN": ["Honduras"], "JM": ["Jamaica"], "KN": ["St. Kitts and Nevis", "St. Kits & Nevis", "St. Kitts- Nevis"],
    "LC": ["Saint Lucia", "St. Lucia", "St Lucia"], "MS": ["Montserrat"], "MX": ["Mexico", "Mexican"],
    "NI": ["Nicaragua", "Nicaraguan"], "PA": ["Panama"], "PE": ["Peru", "Peruvian"],
    "SV": ["El Salvador", "Salvadoran"], "TT": ["Trinidad & Tobago", "Trinidad and Tobago"],
    "US": ["U.S.", "United States"], "VC": ["St. Vincent and the Grenadines"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real46_01_sica.txt", "real46_02_minrel_chile.txt", "real46_03_telesur.txt",
                  "real46_04_saint_lucia_gis.txt")
D5, D6, D7, D8 = ("real46_05_nation_barbados.txt", "real46_06_sre_mexico.txt", "real46_07_el_universal.txt",
                  "real46_08_red_deer_advocate.txt")

VFM = "Vice Foreign Minister"
MEADE = "José Antonio Meade Kuribreña"
MANAGUA = dict(city="Managua", country="NI")
BILAT = ("One of five meetings the Foreign Secretary held 'separately' during the summit (split as real42 04: "
         "each has its own counterpart). The page has no stamp, dateline or dated address: no date (the summit "
         "of December 2012 is world knowledge, not used). Venue: the summit's, Managua. No organiser stated; "
         "ministries are not named (persons affiliated to their states, Meade to his ministry).")
HARPER = "Stephen Harper"
CALDERON = "Felipe Calderon"

MEETINGS = [
    # ---------------------------------------------------------------- real46_01 SICA news 2014
    M(D1, "the 36th Meeting of the Executive Committee of the Central American", "working_group",
      "2014-08-28", inferred=True, city="San Salvador", country="SV",
      persons=[P("Victoria Marina Velasquez de Aviles", ["Dr. Victoria Marina Velasquez de Aviles"],
                 "Secretary General of SICA", SICA, "Dr."),
               P("Alexis Rosado", ["Mr. Alexis Rosado"],
                 "Vice Minister of Foreign Affairs and representative of the Presidency Pro Tempore of Belize", "BZ"),
               P("Alejandro Solano Ortiz", ["Mr. Alejandro Solano Ortiz"], VFM, "CR"),
               P("Carlos Alfredo Castaneda", ["Mr. Carlos Alfredo Castaneda"], VFM, "SV"),
               P("Carlos Raul Morales", ["Mr. Carlos Raul Morales"], VFM, "GT"),
               P("Roberto Ochoa Madrid", ["Mr. Roberto Ochoa Madrid"], VFM, "HN"),
               P("Gilda Bolt", ["Mrs. Gilda Bolt"], VFM, "NI"),
               P("Luis Miguel Hincapie", ["Mr. Luis Miguel Hincapie"], VFM, "PA"),
               P("César Dargam Espaillat", ["Mr. César Dargam Espaillat"], VFM, "DO")],
      orgs=[O(CE_SICA, ["Executive Committee of the Central American Integration System (CE-SICA)", "CE-SICA",
                        "Executive Committee of SICA"]),
            O(SICA, ["SICA"])],
      countries=["BZ", "CR", "SV", "GT", "HN", "NI", "PA", "DO"],
      notes="Dateline 'San Salvador, El Salvador, August 28, 2014:' with 'was held' and 'During the day': the "
            "dateline's day and city (inferred). Session of a standing committee -> working_group (seeds, real43). "
            "The headline's 'First meeting of the Executive Committee ... under the Presidency Pro Tempore of "
            "Belize' is the same session. 'under the Presidency Pro Tempore of Belize' -> a state presides: no "
            "person as chair, Belize in countries (seeds 004#1). The Secretary General spoke; the eight vice "
            "ministers 'also attended' (affiliated to their states). 'the Commissioners of the member countries' "
            "are generic; the Monitoring Committee and the Legal Team were only congratulated. No organiser "
            "stated. The Spanish source line at the end is kept (page text)."),
    # ---------------------------------------------------------------- real46_02 Chilean foreign ministry 2018
    M(D2, "received today in audience a delegation of Peruvian columnists", "meeting",
      "2018-10-25", inferred=True, city=None, country="CL",
      persons=[P("Roberto Ampuero", ["Roberto Ampuero", "Chancellor Ampuero"], "Minister of Foreign Affairs", MFA_CL),
               P("Roberto Ibarra", ["Roberto Ibarra"], "Ambassador of Chile in Peru", "CL"),
               P("Jorge Valdez", ["Jorge Valdez"], "Ambassador of Peru in Chile", "PE")],
      orgs=[O(MFA_CL, [])],
      countries=["CL", "PE"], organizers=[MFA_CL],
      notes="'today' against the header line 'Thursday, October 25, 2018' (inferred). 'received ... in audience' "
            "-> meeting, the minister's ministry hosts (named only through his title: empty mentions). Venue: "
            "Chile from 'in our country' (the ministry's Santiago is world knowledge, not used: city null, "
            "borderline). The ambassadors 'were also present'; the delegation of columnists and analysts is private "
            "(no body). Peru takes part through its ambassador. The Pacific Alliance, the Lima Group, Colombia, "
            "Mexico and Venezuela are only discussed."),
    M(D2, "participating in the Chile - Peru Opinion Leaders Meeting", "meeting",
      "2018-10-25", "2018-10-26", inferred=True, city=None, country="CL",
      notes="'which is taking place between now and tomorrow in our country' against the header date: 25-26 "
            "October (inferred), in Chile, held (under way). Its participants are private columnists, analysts and "
            "media representatives: no persons, bodies or countries as actors (borderline; a second reader may "
            "list CL and PE from the meeting's name)."),
    # ---------------------------------------------------------------- real46_03 teleSUR English 2015
    M(D3, "At a meeting of the Central American Integration System in Guatemala", "conference",
      "2015-06-26", inferred=True, city="Antigua", country="GT", aliases=["Antigua, Guatemala", "Antigua Guatemala"],
      persons=[P("Sanchez Ceren", ["Sanchez Ceren"], "Salvardoran president", "SV"),
               P("Otto Perez Molina", ["Otto Perez Molina"], "Guatemalan president", "GT"),
               P("Luis Guillermo Solis", ["Luis Guillermo Solis"], "Costa Rican president", "CR")],
      orgs=[O(SICA, ["Central American Integration System", "SICA"])],
      countries=["GT", "HN", "CR", "PA", "SV", "NI", "BZ", "DO"],
      notes="'on Friday' against 'Published 27 June 2015' (a Saturday) -> 26 June 2015 (inferred). The photo "
            "captions, 'The regional summit', 'The regional body ... met in Antigua, Guatemala', the quoted caption "
            "'the 45th Ordinary Summit of Heads of State and Government of SICA' and 'The SICA summit' are this one "
            "summit -> conference. Venue 'Antigua, Guatemala' (city Antigua; the photo caption's 'in Antigua, "
            "Guatemala for the summit'). The eight nations the body integrates 'met': countries. The three "
            "presidents quoted took part ('Salvardoran' is the page's typo, kept in the role; the Salvadoran "
            "president's name is kept as the page gives it). El Salvador as new pro-tempore president does not make "
            "it the host; no organiser stated. The European Union is only a comparison."),
    # ---------------------------------------------------------------- real46_04 Government of Saint Lucia 2008
    M(D4, "a meeting of the CARICOM Standing Committee of Commissioners of Police", "working_group",
      "2008-03", inferred=True, city=None, country="GY",
      persons=[P("Vernon Francois", ["Vernon Francois"], "Assistant Commissioner of Police responsible for Crime", "LC")],
      orgs=[O(CPMC, ["CARICOM Standing Committee of Commissioners of Police and Military Chiefs"])],
      countries=["AG", "BS", "BB", "GD", "GY", "JM", "MS", "KN", "LC", "TT", "AI", "BM"],
      notes="'in Guyana last week' against the release line 'Wednesday, 26 March 2008': the week of 17-23 March, "
            "coded as the month (inferred). 'The extraordinary joint session' and 'this meeting' refer back (one "
            "line). Session of a standing committee -> working_group. Venue Guyana, city not given. 'In attendance "
            "were Security Chiefs from' twelve members and associates (Montserrat, Anguilla and Bermuda by their "
            "ISO codes; 'St. Kits & Nevis' is the page's spelling). Saint Lucia's officer affiliated to his state "
            "(the force is not named). The leading '|' is page debris, kept."),
    M(D4, "at their 19th Intercessional Meeting held in the Bahamas", "conference",
      "2008-03", inferred=True, city=None, country="BS",
      orgs=[O(CHG, ["CARICOM Heads of Government"])],
      notes="Background meeting 'held in the Bahamas in early March' that mandated the session: month only, year "
            "from the release line (inferred). A heads-of-government meeting -> conference (real42 01). No member "
            "state is named as taking part; the Conference is the body."),
    M(D4, "CARICOM Meeting of the Council of Ministers responsible for National", "council_session",
      "2008-04", city=None, country="TT", status="planned",
      orgs=[O(CONSLE, ["Council of Ministers responsible for National Security"])],
      notes="Planned: 'scheduled to take place in Trinidad & Tobago in April 2008' (month only, year in the text). "
            "'both scheduled' also covers 'the Crime and Security discussions' at this council meeting: one line. "
            "Ministerial council -> council_session (real43)."),
    # ---------------------------------------------------------------- real46_05 Barbados Nation 2011
    M(D5, "began a meeting in St Lucia today intended to devise new strategies", "council_session",
      "2011-03-25", inferred=True, date_source="url", city="Castries", country="LC",
      persons=[P("Guy Mayers", ["Guy Mayers", "Mayers"],
                 "Chairman of the RSS Council of Ministers", RSS_CM)],
      orgs=[O(RSS_CM, ["Council of Ministers of the RSS", "RSS Council of Ministers", "Council of Ministers"]),
            O(RSS, ["Regional Security System (RSS)", "RSS"])],
      countries=["BB", "AG", "KN", "DM", "GD", "VC", "LC"], organizers=["LC"], chairs=["Guy Mayers"],
      notes="The page's only date is its address (/2011/03/25/): 'today' is that day, a Friday, and Mayers' 'we will "
            "meet on Friday' is the same meeting (date_source url). 'Posted on' carries no date. Dateline 'CASTRIES, "
            "St Lucia' with 'in St Lucia today' -> Castries. Session of the standing council -> council_session; "
            "'the one-day meeting of the Council of Ministers', 'The ministerial meeting' refer back. The RSS 'links' "
            "seven states, named, whose ministers meet: countries ('the host country' = Saint Lucia, also the "
            "organiser). The Chairman of the Council is taken as chair (borderline, real42 02); his other role (St "
            "Lucia's National Security Minister) is in the text. 'At least three prime ministers' are not named. The "
            "OECS leaders' later presentation has no date. The byline's '[email protected]' is the site's "
            "e-mail placeholder (kept)."),
    M(D5, "which was preceded by a meeting of officials on Thursday", "meeting",
      "2011-03-24", inferred=True, date_source="url", city="Castries", country="LC",
      notes="'on Thursday' before the Friday of the address (date_source url). A meeting of officials 'including "
            "regional police commissioners' (generic: no persons, bodies or countries). Venue taken as the council's "
            "(borderline)."),
    # ---------------------------------------------------------------- real46_06 Mexican foreign ministry (undated)
    M(D6, "attended the 40th Meeting of Heads of State and Government", "conference",
      None, **MANAGUA,
      persons=[P(MEADE, ["Jose Antonio Meade Kuribreña", "Jose Antonio Meade", "Foreign Secretary Meade",
                         "José Antonio Meade"], "Foreign Secretary", SRE),
               P("Daniel Ortega", ["Daniel Ortega"], "Nicaraguan President, SICA President Pro-tempore", "NI")],
      orgs=[O(SICA, ["Central American Integration System (SICA)", "SICA"]), O(SRE, ["Foreign Ministry"])],
      countries=["MX", "NI", "CR", "HN", "GT", "PA"], organizers=["NI"],
      notes="No date anywhere (no stamp, dateline or date in the address; the December 2012 summit is world "
            "knowledge, not used). The title, 'the Presidents’ Summit', 'the 40th Meeting of Heads of State and "
            "Government ... held in Managua, Nicaragua', 'the meeting' and 'the SICA Summit' are one summit -> "
            "conference. 'held at the invitation of Nicaraguan President Daniel Ortega in his role as SICA President "
            "Pro-tempore' -> Nicaragua hosts, Ortega takes part. Peña Nieto is represented, not present. Countries: "
            "Mexico and the states whose foreign ministers Meade met 'During the SICA Summit'; other SICA members are "
            "not named ('the Central American countries' is generic)."),
    M(D6, "met separately with the foreign ministers of Nicaragua, Samuel Santos", "meeting",
      None, **MANAGUA,
      persons=[P(MEADE, ["Foreign Secretary José Antonio Meade", "Foreign Secretary Meade"], "Foreign Secretary", SRE),
               P("Samuel Santos", ["Samuel Santos", "Foreign Secretary Santos"], "foreign minister of Nicaragua", "NI")],
      countries=["MX", "NI"],
      notes=BILAT + " 'With Foreign Secretary Santos, Foreign Secretary Meade discussed' is this meeting; the lead "
            "bullet ('met with the Foreign Ministers of ...') sums up the five."),
    M(D6, "Honduras, Arturo Corrales", "meeting",
      None, **MANAGUA,
      persons=[P(MEADE, ["José Antonio Meade"], "Foreign Secretary", SRE),
               P("Arturo Corrales", ["Arturo Corrales"], "foreign minister of Honduras", "HN")],
      countries=["MX", "HN"], notes=BILAT),
    M(D6, "Costa Rica, Enrique Castillo", "meeting",
      None, **MANAGUA,
      persons=[P(MEADE, ["José Antonio Meade"], "Foreign Secretary", SRE),
               P("Enrique Castillo", ["Enrique Castillo"], "foreign minister of Costa Rica", "CR")],
      countries=["MX", "CR"], notes=BILAT),
    M(D6, "; Panama, Romulo Roux;", "meeting",
      None, **MANAGUA,
      persons=[P(MEADE, ["José Antonio Meade"], "Foreign Secretary", SRE),
               P("Romulo Roux", ["Romulo Roux"], "foreign minister of Panama", "PA")],
      countries=["MX", "PA"], notes=BILAT),
    M(D6, "Guatemala, Harold Caballeros", "meeting",
      None, **MANAGUA,
      persons=[P(MEADE, ["José Antonio Meade"], "Foreign Secretary", SRE),
               P("Harold Caballeros", ["Harold Caballeros"], "foreign minister of Guatemala", "GT")],
      countries=["MX", "GT"], notes=BILAT),
    # ---------------------------------------------------------------- real46_07 El Universal English 2017
    M(D7, "today’s meeting with top U.S. aides in Mexico City", "meeting",
      "2017-02-23", inferred=True, date_source="url", city="Mexico City", country="MX",
      persons=[P("Luis Videgaray", ["Luis Videragay", "Videgaray"], "Mexican Foreign Minister", "MX"),
               P("Rex Tillerson", ["Rex Tillerson"], "U.S. Secretary of State", "US")],
      countries=["MX", "US"],
      notes="The page's only date is its address (/2017/02/23/): 'today's meeting' (date_source url). 'this first "
            "official work meeting' refers back; the press conference that followed is not a meeting. 'the meetings "
            "held since his arrival yesterday evening' sum up Tillerson's talks including this one (no second line; "
            "a second reader may add a visit of 22-23 February). 'further top level work meetings ... for the "
            "following months' have no date. The minister's surname is misspelt once ('Videragay', kept as a "
            "mention). Ministries not named (persons affiliated to their states). No organiser stated. Canada and "
            "the Northern Triangle are only discussed."),
    # ---------------------------------------------------------------- real46_08 Red Deer Advocate (Canadian Press)
    M(D8, "in a meeting with Mexican President Felipe Calderon later Sunday", "meeting",
      "2009-08-09", inferred=True, date_source="outside", city="Guadalajara", country="MX",
      persons=[P(HARPER, ["Prime Minister Stephen Harper", "Harper"], "Prime Minister", "CA"),
               P(CALDERON, ["Mexican President Felipe Calderon"], "Mexican President", "MX")],
      countries=["CA", "MX"],
      notes="Only a weekday ('Sunday') under a dateline without date; the '2009 budget' bounds the year; the "
            "Guadalajara summit of 9-10 August 2009 is world knowledge -> date_source outside. 'was to discuss' in "
            "the body, but the photo caption 'Prime Minister Stephen Harper meets with Mexican President Felipe "
            "Calderon prior to the start of the North American Leaders Summit Sunday' reports it: held, one line. "
            "Dateline GUADALAJARA. No organiser stated. The RCMP training programmes have no date and no "
            "gathering (not annotated)."),
    M(D8, "as he arrived for a Three Amigos summit in a country", "conference",
      "2009-08-09", "2009-08-10", inferred=True, date_source="outside", city="Guadalajara", country="MX",
      persons=[P(HARPER, ["Stephen Harper", "Harper"], "Prime Minister", "CA"),
               P(CALDERON, ["Felipe Calderon"], "Mexican President", "MX"),
               P("Barack Obama", ["U.S. President Barack Obama"], "U.S. President", "US")],
      countries=["CA", "MX", "US"],
      notes="'a Three Amigos summit', 'the North American Leaders Summit' (caption) and 'the two-day summit' are one "
            "summit of the three leaders -> conference; two days from Sunday (date_source outside). The planned "
            "supper with Obama 'to kick off the two-day summit' is its opening, not a line of its own (borderline). "
            "Mexico as host is not stated (no organiser)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
