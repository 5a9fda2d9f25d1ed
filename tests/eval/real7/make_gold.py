"""Write gold.jsonl and entities.json of the real-page development set real7 from the tables below.

Run from anywhere: ``python tests/eval/real7/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (the excerpts a page store holds; addresses in SOURCES.md), copied verbatim
except for the cuts listed in NOTES.md; the people in them are real. This gold was written by
hand without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

MJSP_BR = "Ministry of Justice and Public Security of Brazil"
MI_PY = "Ministry of the Interior of Paraguay"
AMERIPOL = "Police Community of the Americas"
AMERIPOL_CD = "Council of Directors of the Community of Police of the Americas"
DOS = "U.S. Department of State"
SRE = "Secretariat of Foreign Affairs of Mexico"
SICA = "Central American Integration System"
ATF = "Bureau of Alcohol, Tobacco, Firearms and Explosives"
INTERPOL = "International Criminal Police Organization"
INL = "Bureau of International Narcotics and Law Enforcement Affairs"
PNC = "National Police of Colombia"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MJSP_BR: (None, None, "BR", [MJSP_BR]),
    MI_PY: (None, None, "PY", [MI_PY]),
    AMERIPOL: ("AMERIPOL", None, None, [AMERIPOL, "AMERIPOL", "Ameripol", "Community of Police of the Americas"]),
    AMERIPOL_CD: (None, AMERIPOL, None, [AMERIPOL_CD]),
    DOS: (None, None, "US", [DOS, "US State Department", "State Department"]),
    SRE: ("SRE", None, "MX", [SRE]),
    SICA: ("SICA", None, None, [SICA, "Central America Integration System", "SICA"]),
    ATF: ("ATF", None, "US", [ATF, "United States Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF"]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "INTERPOL", "Interpol"]),
    INL: ("INL", DOS, "US", [INL, "INL"]),
    PNC: (None, None, "CO", [PNC]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "AR": ["Argentina"], "BO": ["Bolivia"], "BR": ["Brazil", "Brazilian"], "BZ": ["Belize"],
    "CL": ["Chile"], "CO": ["Colombia", "Columbia", "Colombian"], "CR": ["Costa Rica"],
    "EC": ["Ecuador"], "GT": ["Guatemala"], "GY": ["Guyana"], "HN": ["Honduras"],
    "MX": ["Mexico", "Mexican"], "NI": ["Nicaragua"], "PA": ["Panama"], "PE": ["Peru"],
    "PY": ["Paraguay", "Paraguayan"], "SV": ["El Salvador"], "US": ["United States", "U.S.", "US"],
    "UY": ["Uruguay"], "VE": ["Venezuela"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real7_01_mercopress.txt", "real7_02_guyana_chronicle.txt", "real7_03_imperial_valley_news.txt",
                  "real7_04_state_dept.txt")
D5, D6, D7, D8 = ("real7_05_security_on_screen.txt", "real7_06_colombia_reports.txt", "real7_07_unlirec.txt",
                  "real7_08_pledge_times.txt")

SICA7 = ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"]

MEETINGS = [
    # ---------------------------------------------------------------- real7_01 MercoPress 2022
    M(D1, "Anderson Torres visited his colleagues in Asunciuón Tuesday", "visit",
      "2022-04-12", "2022-04-13", inferred=True, city="Asunción", country="PY", aliases=["Asunciuón"],
      persons=[P("Anderson Torres", ["Justice and Public Security Minister Anderson Torres", "Torres"],
                 "Justice and Public Security Minister", MJSP_BR),
               P("Federico González", ["Federico González", "González"], "Paraguay's Interior Minister", MI_PY)],
      orgs=[O(MJSP_BR, []), O(MI_PY, [])],
      countries=["BR", "PY"],
      notes="'visited his colleagues in Asunciuón Tuesday' (source typo of Asunción) against the ' date 2022-04-13' "
            "stamp (a Wednesday) = 12 April; 'will stay until Wednesday and will hold meetings with different "
            "authorities' -> to 13 April. The colleague who speaks (González) is taken as met (borderline). "
            "Ministries only through the ministers' titles (empty mentions). No organiser stated."),
    M(D1, "Torres began his agenda with a “courtesy visit” to President", "meeting",
      "2022-04-12", inferred=True, city="Asunción", country="PY", aliases=["Asunciuón"],
      persons=[P("Anderson Torres", ["Torres"], "Justice and Public Security Minister", MJSP_BR),
               P("Mario Abdo Benítez", ["President Mario Abdo Benítez"], "President", "PY")],
      orgs=[O(MJSP_BR, [])],
      countries=["BR", "PY"],
      notes="The first item of the visit's agenda: the visit's first day. At the López Palace (a building, the city "
            "is the visit's). A courtesy call is typed meeting. The presidency is only the source of the quote. "
            "The bipartite command and the Strategic Alliance group are plans with no date."),
    # ---------------------------------------------------------------- real7_02 Guyana Chronicle 2022
    M(D2, "attended the XIII Conference of AMERIPOL and Council", "conference",
      "2022-04-07", "2022-04-08", city="Barranquilla", country="CO",
      persons=[P("Wendell Blanhum", ["Wendell Blanhum"], "Crime Chief", "GY"),
               P("Ivan Duque Marquez", ["Ivan Duque Marquez"], "President of the Republic of Columbia", "CO")],
      orgs=[O(AMERIPOL, ["AMERIPOL"]),
            O(AMERIPOL_CD, ["Council of Directors of the Community of Police of the Americas"])],
      countries=["GY", "CO"],
      notes="Full dates in the text ('on the April 7 and 8, 2022'). The president is met in the photo caption "
            "('engaging ... at the AMERIPOL Conference'): a participant. 'Columbia' is the source's spelling. "
            "The Crime Chief has no body named: affiliated to his country. The ICRC elected as observer is not "
            "said to be present (left out, borderline). No organiser stated."),
    # ---------------------------------------------------------------- real7_03 Imperial Valley News (State Dept readout) 2017
    M(D3, "Today U.S. Secretary of State Rex Tillerson met with Foreign", "meeting",
      "2017-08-30", inferred=True, city="Washington", country="US", aliases=["Washington, DC"],
      persons=[P("Rex Tillerson", ["U.S. Secretary of State Rex Tillerson", "Secretary Tillerson"], "U.S. Secretary of State", DOS),
               P("Luis Videgaray", ["Foreign Secretary of Mexico Luis Videgaray", "Foreign Secretary Videgaray"],
                 "Foreign Secretary of Mexico", SRE)],
      orgs=[O(DOS, []), O(SRE, [])],
      countries=["US", "MX"],
      notes="'Today' against the ' date 2017-08-30' stamp; city from the 'Washington, DC -' dateline. Ministries only "
            "through the titles (empty mentions). 'met with' gives no organiser."),
    M(D3, "Round Two of NAFTA negotiations in Mexico City September 1-5", "meeting",
      "2017-09-01", "2017-09-05", inferred=True, city="Mexico City", country="MX", status="planned",
      countries=["US", "MX"],
      notes="Planned negotiation round, year from the stamp. The two sides previewing it are its parties "
            "(borderline, dev9-11 convention for planned bilateral rounds); Canada is not named."),
    # ---------------------------------------------------------------- real7_04 State Department (archived) 2008
    M(D4, "The first U.S.-SICA Dialogue was held July 17-18, 2007", "conference",
      "2007-07-17", "2007-07-18", city="Guatemala City", country="GT",
      orgs=[O(SICA, ["Central America Integration System (SICA)", "SICA"])],
      countries=["US"],
      notes="A U.S.-SICA dialogue: the United States and SICA. Its member states are listed only in the footnote "
            "and are not said to attend this round: not expanded. The 2006 proposal is a year only. "
            "The '07/18/07 Final Declaration' link refers to this dialogue: no second line."),
    M(D4, "second U.S.-SICA Dialogue on Security was held on December", "conference",
      "2008-12-11", "2008-12-12", city="Washington", country="US", aliases=["Washington, DC"],
      orgs=[O(SICA, ["SICA"]),
            O(ATF, ["United States Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"])],
      countries=["US"] + SICA7,
      notes="The photo caption repeats the dates and venue. 'signed by all countries at the end of the Dialogue' and "
            "'all seven SICA member states signed' an MoU with the ATF following it: the seven members, named in "
            "the footnote, are resolved (borderline, dev8 convention); the signing is part of this line. The "
            "communiqué links dated 12/12/08 are documents, not meetings."),
    # ---------------------------------------------------------------- real7_05 Security on Screen 2025
    M(D5, "met in Brasilia for the fourth INTERPOL Chiefs of Police meeting", "conference",
      "2025-05", inferred=True, date_source="url", city="Brasilia", country="BR",
      persons=[P("Valdecy Urquiza", ["INTERPOL Secretary General Valdecy Urquiza"], "INTERPOL Secretary General", INTERPOL)],
      orgs=[O(INTERPOL, ["INTERPOL"])],
      countries=["AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "UY", "VE"], organizers=[INTERPOL],
      notes="No date in the text; the month comes only from the address ('...-may25'): date_source url. "
            "Countries from the closing list. INTERPOL organiser from the meeting's name (borderline). "
            "'Representatives at the meeting will include' is a leftover of an announcement: held. "
            "The first meeting of 2018 is a year only; the Regional Bureau is only discussed."),
    # ---------------------------------------------------------------- real7_06 Colombia Reports 2011
    M(D6, "will visit Colombia on February 10", "visit",
      "2011-02-10", inferred=True, date_source="outside", status="planned",
      persons=[P("William Brownfield", ["William Brownfield", "Brownfield"],
                 "assistant secretary of state for the Bureau of International Narcotics and Law Enforcement Affairs", INL),
               P("Roberta Jacobson", ["Roberta Jacobson"], "Principal Deputy Assistant Secretary for Western Hemisphere Affairs", DOS),
               P("Viviane Morales", ["Colombian Prosecutor General Viviane Morales"], "Colombian Prosecutor General", "CO"),
               P("Edgar Cely", ["Admiral Edgar Cely"], "armed forces commander", "CO", "Admiral"),
               P("Oscar Naranjo", ["General Oscar Naranjo"], "National Police Chief", PNC, "General")],
      orgs=[O(INL, ["Bureau of International Narcotics and Law Enforcement Affairs (INL)"]),
            O(DOS, ["US State Department"]), O(PNC, [])],
      countries=["US", "CO"],
      notes="No year anywhere on the page: 2011 from world knowledge (Brownfield's INL term with Morales as "
            "Prosecutor General and Cely as commander), date_source outside. The visit to a country names no city: "
            "city and country null. The planned meetings in Colombia are this visit's line. Jacobson accompanies "
            "the whole tour. The State Department announced and is represented by Jacobson's bureau (borderline)."),
    M(D6, "on his tour of Honduras, El Salvador, Guatemala and Colombia", "visit",
      "2011-02-06", "2011-02-11", inferred=True, date_source="outside", status="planned",
      persons=[P("William Brownfield", ["Brownfield"],
                 "assistant secretary of state for the Bureau of International Narcotics and Law Enforcement Affairs", INL),
               P("Roberta Jacobson", ["Roberta Jacobson"], "Principal Deputy Assistant Secretary for Western Hemisphere Affairs", DOS)],
      orgs=[O(INL, ["INL"])],
      countries=["US", "HN", "SV", "GT"],
      notes="The tour's range; its stops in Honduras, El Salvador and Guatemala have no dates of their own, so this "
            "line carries them (the Colombia stop has its own line). Borderline: a reader may see the tour as only "
            "the frame. Year as the previous line."),
    # ---------------------------------------------------------------- real7_07 UNLIREC 2011
    M(D7, "held the XXXVIII Regular Meeting in San Salvador", "conference",
      "2011-12-16", inferred=True, date_source="outside", city="San Salvador", country="SV",
      orgs=[O(SICA, ["SICA"])],
      notes="'On 16 December' with no year on the page; 2011 from world knowledge (the summit adopts the '2012 Work "
            "Plan'), date_source outside. 'Central American Heads of State and Government' are not named: no "
            "countries. The SICA General Secretariat is only urged; UNLIREC was present at an undated earlier "
            "'International Conference' (not annotated)."),
    # real7_08 Pledge Times 2024: a delegation 'will visit Ecuador in the coming weeks' -> no concrete date, no line.
]


GENERIC = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
