"""Write gold.jsonl and entities.json of the real-page development set real2 from the tables below.

Run from anywhere: ``python tests/eval/real2/make_gold.py``. The checks a gold annotator
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

OAS = "Organization of American States"
CICAD = "Inter-American Drug Abuse Control Commission"
RSS = "Regional Security System"
RCMP = "Royal Canadian Mounted Police"
MHA_GY = "Ministry of Home Affairs of Guyana"
CANU = "Customs and Narcotics Unit"
GPF = "Guyana Police Force"
CAN = "Andean Community"
CAN_CMFA = "Andean Council of Ministers of Foreign Affairs"
MININT_PE = "Ministry of the Interior of Peru"
CARICOM = "Caribbean Community"
CWC = "Cricket World Cup 2007"
COHSOD = "Council for Human and Social Development"
IMPACS = "CARICOM Implementation Agency for Crime and Security"
CBP = "U.S. Customs and Border Protection"
AMERIPOL = "Police Community of the Americas"
PNC = "National Police of Colombia"
PFM = "Mexican Federal Police"
SENAFRONT = "National Border Service of Panama"
INTERPOL = "International Criminal Police Organization"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    OAS: ("OAS", None, None, [OAS, "OAS"]),
    CICAD: ("CICAD", OAS, None, [CICAD, "CICAD", "OAS Anti-Drug Commission"]),
    RSS: ("RSS", None, None, [RSS, "RSS"]),
    RCMP: ("RCMP", None, "CA", [RCMP, "RCMP", "Mounties"]),
    MHA_GY: (None, None, "GY", [MHA_GY]),
    CANU: ("CANU", None, "GY", [CANU, "CANU"]),
    GPF: ("GPF", None, "GY", [GPF, "GPF"]),
    CAN: ("CAN", None, None, [CAN, "CAN"]),
    CAN_CMFA: (None, CAN, None, [CAN_CMFA]),
    MININT_PE: (None, None, "PE", [MININT_PE]),
    CARICOM: ("CARICOM", None, None, [CARICOM, "CARICOM"]),
    CWC: ("CWC", None, None, ["Cricket World Cup (CWC) 2007", "CWC"]),
    COHSOD: ("COHSOD", CARICOM, None, [COHSOD, "COHSOD"]),
    IMPACS: ("IMPACS", CARICOM, None, [IMPACS, "CARICOM IMPACS", "IMPACS"]),
    CBP: ("CBP", None, "US", [CBP, "US Customs and Border Protections (CBP)", "CBP", "USCBP"]),
    AMERIPOL: ("AMERIPOL", None, None, [AMERIPOL, "Ameripol", "AMERIPOL"]),
    PNC: (None, None, "CO", [PNC]),
    PFM: (None, None, "MX", [PFM, "Federal Police of Mexico"]),
    SENAFRONT: ("SENAFRONT", None, "PA", [SENAFRONT, "Panamanian National Border Service"]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "Interpol", "INTERPOL"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda", "Antigua"], "AR": ["Argentina"], "BB": ["Barbados"],
    "BO": ["Bolivia"], "CA": ["Canada", "Canadian"], "CL": ["Chile"], "CO": ["Colombia"],
    "DE": ["Germany", "German"], "DO": ["Dominican Republic"], "EC": ["Ecuador"],
    "ES": ["Spain", "Spanish"], "GT": ["Guatemala"], "GY": ["Guyana"], "IT": ["Italy", "Italian"],
    "JM": ["Jamaica"], "LC": ["Saint Lucia"], "MX": ["Mexico", "Mexican"], "NI": ["Nicaragua"],
    "PA": ["Panama", "Panamanian"], "PE": ["Peru", "Peruvian"], "PY": ["Paraguay"],
    "US": ["United States", "U.S.", "US"], "VC": ["St. Vincent and the Grenadines"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real2_01_oas.txt", "real2_02_st_vincent_times.txt", "real2_03_stabroek_news.txt",
                  "real2_04_andina.txt")
D5, D6, D7, D8 = ("real2_05_caricom.txt", "real2_06_caricom_impacs.txt", "real2_07_winnipeg_free_press.txt",
                  "real2_08_dialogo.txt")

MEETINGS = [
    # ---------------------------------------------------------------- real2_01 OAS press release 2014
    M(D1, "concluded on Thursday its 55th Regular Session", "council_session",
      "2014-04-29", "2014-05-01", inferred=True, fmt=None,
      persons=[P("José Miguel Insulza", ["José Miguel Insulza", "Secretary General Insulza"], "OAS Secretary General", OAS),
               P("Paul Simons", ["Paul Simons"], "Executive Secretary of CICAD", CICAD)],
      orgs=[O(CICAD, ["Inter-American Drug Abuse Control Commission (CICAD)", "CICAD"]),
            O(OAS, ["Organization of American States (OAS)", "OAS"])],
      notes="'concluded on Thursday' against the 'May 2, 2014' header = 1 May; 'three day meeting' -> from 29 April. "
            "No venue in the text: city/country/format null. The commission's own session: no organiser (CND convention). "
            "'commissioners of the 34 member countries' generic."),
    M(D1, "Special General Assembly that the OAS will hold", "council_session",
      "2014-09", inferred=True, status="planned",
      orgs=[O(OAS, ["OAS"])], organizers=[OAS],
      notes="Planned, month only ('in September'), year from the header; 'in Guatemala' names only the country: city and country null (a venue needs a city), format in_person. "
            "The 2012 Summit, the 2013 General Assembly and the UN 2016 debate have only years: not annotated."),
    # ---------------------------------------------------------------- real2_02 St Vincent Times 2025
    M(D2, "received a courtesy call from officials of the Royal Canadian", "meeting",
      "2025-01-22", inferred=True, fmt=None,
      persons=[P("Brian Moreau", ["Brian Moreau", "Mr. Moreau"], "RCMP Regional Director for Latin America and the Caribbean", RCMP),
               P("Hugo Boilard", ["Hugo Boilard"], "Liaison Officer & Program Manager", RCMP),
               P("Errington Shurland", ["Rear Admiral Errington Shurland", "Rear Admiral Shurland"], "Executive Director", RSS,
                 "Rear Admiral"),
               P("Rhea Reid-Bowen", ["Rhea Reid-Bowen"], "Director of Strategic Services and International Affairs", RSS),
               P("Kisha Sutherland", ["Kisha Sutherland"], "Director of the Asset Recovery Unit", RSS),
               P("Brian Roberts", ["Brian Roberts"], "Director of Training", RSS),
               P("Rolerick Sobers", ["Rolerick Sobers"], "Regional Maritime Officer", RSS)],
      orgs=[O(RSS, ["Regional Security System (RSS)", "RSS", "Regional Security System"]),
            O(RCMP, ["Royal Canadian Mounted Police (RCMP)", "RCMP"])],
      countries=["CA"], organizers=[RSS],
      notes="'on Wednesday, January 22', year from the ' date 2025-02-04' stamp. The MOU signing concluded the same "
            "meeting ('Last week's signing ceremony' refers back): one line. 'received' -> RSS host. No venue stated "
            "(RSS headquarters not named): city/format null. 'its eight Member States' generic."),
    # ---------------------------------------------------------------- real2_03 Stabroek News 2015
    M(D3, "signed a Memorandum of Under-standing yesterday", "meeting",
      "2015-02-02", inferred=True, date_source="url", fmt=None,
      persons=[P("Clement Rohee", ["Clement Rohee", "Rohee"], "Home Affairs Minister", MHA_GY),
               P("Nicole Giles", ["Dr Nicole Giles", "Giles"], "Canadian High Commissioner to Guyana", "CA")],
      orgs=[O(MHA_GY, [])],
      countries=["GY", "CA"],
      notes="'yesterday' against the address date 2015/02/03 (the page has no stamp): date_source url. Signing and "
            "cheque hand-over are one gathering. Ministry only through the minister's title (empty mentions); "
            "High Commissioner = country. No venue: city/format null."),
    M(D3, "training programme which the Royal Canadian Mounted Police", "training",
      "2014-11", inferred=True, date_source="url", fmt=None,
      orgs=[O(RCMP, ["Royal Canadian Mounted Police (RCMP)", "RCMP"]),
            O(CANU, ["Customs and Narcotics Unit (CANU)", "CANU"]),
            O(GPF, ["Guyana Police Force (GPF)", "GPF"])],
      countries=["CA", "GY"], organizers=[RCMP],
      notes="'in late November last year': month only, the year from the address date. 'conducted' -> organiser. "
            "'The RCMP training was the first ...' refers back: no second line."),
    # ---------------------------------------------------------------- real2_04 Andina 2024
    M(D4, "24th Extraordinary Meeting of the Andean Council of Ministers", "council_session",
      "2024-01-21", inferred=True, date_source="outside", city="Lima", country="PE",
      persons=[P("Victor Torres", ["Peruvian Interior Minister Victor Torres"], "Peruvian Interior Minister", MININT_PE),
               P("Gonzalo Gutierrez", ["Gonzalo Gutierrez"], "CAN Secretary-General", CAN)],
      orgs=[O(CAN_CMFA, ["Andean Council of Ministers of Foreign Affairs"]),
            O(CAN, ["Andean Community (CAN)", "CAN"]),
            O(MININT_PE, [])],
      countries=["PE", "BO", "CO", "EC"],
      notes="The page gives only its stamp '12:59 | Lima, Jan. 22.' with no year and no date for the meeting, at whose "
            "end the plan was signed: the date (21 January 2024) is world knowledge, date_source outside. Venue = the "
            "dateline city (borderline). Countries from 'the representatives of Bolivia, Colombia, Ecuador and Peru'. "
            "The high-level group and the joint operations are plans with no date."),
    # ---------------------------------------------------------------- real2_05 CARICOM press release listing 2005
    M(D5, "A Special Meeting of Caribbean Community (CARICOM) Ministers", "meeting",
      "2005-06-09", "2005-06-10",
      persons=[P("Peter Phillips", ["Dr. The Hon. Peter Phillips"], "Minister of National Security, Jamaica", "JM", "The Hon.")],
      orgs=[O(CARICOM, ["Caribbean Community (CARICOM)", "CARICOM"]),
            O(CWC, ["Cricket World Cup (CWC) 2007"])],
      countries=["JM"], chairs=["Peter Phillips"],
      notes="'held in Jamaica, 9-10 June 2005': a country only, so city and country null; format in_person. "
            "Cricket World Cup 2007 (the organising body) takes part in the dialogue. The ministers are not named "
            "beyond the chair; no organiser stated ('was convened')."),
    M(D5, "Ministers of Health at COHSOD VII in April 2002", "council_session",
      "2002-04", fmt=None,
      orgs=[O(COHSOD, ["COHSOD"])],
      notes="Background session in an item of 8 June 2005, month only. The item of 9 June repeats the first sentence "
            "only. 'the Heads of Government in July 2002 mandated' names no gathering: not annotated (borderline)."),
    M(D5, "XXXV Meeting of the General Assembly of the Organization", "council_session",
      "2005-06-07", inferred=True, city="Fort Lauderdale", country="US",
      orgs=[O(OAS, ["Organization of American States (OAS)"])],
      notes="'Tuesday evening (June 7)', year from the item stamp '8 June, 2005'; only the day of the election is "
            "given. Bernal welcomed the election from Christ Church (dateline): not a participant; Ramdin was elected, "
            "his attendance is not stated: no persons."),
    # ---------------------------------------------------------------- real2_06 CARICOM IMPACS home page 2015
    M(D6, "concluded a week long Joint Interdiction Training", "training",
      None,
      persons=[P("Todd Bellew", ["Todd Bellew"], "USCBP Area Port Manager", CBP)],
      orgs=[O(IMPACS, ["CARICOM IMPACS"]),
            O(CBP, ["US Customs and Border Protections (CBP)", "USCBP"])],
      countries=["US", "AG", "BB", "LC", "VC"], organizers=[IMPACS, "US"],
      notes="No date: 'On Tuesday' has no stamp to count from and the year ('in 2015') alone is not a date. "
            "The Port of Spain dateline is the agency's seat, not the venue; the venue is only 'the U.S. Virgin Islands' (a territory, no city; "
            "St. Thomas names a port of the exercises): city and country null, format in_person. 'in collaboration with the US Government' -> organisers; "
            "the CBSI only funds. 'Antigua' = Antigua and Barbuda. The press contact is no participant. The page's "
            "second item is cut (broken)."),
    # ---------------------------------------------------------------- real2_07 Winnipeg Free Press via MAP 2009
    M(D7, "he arrived for a Three Amigos summit in a", "conference",
      "2009-08-09", "2009-08-10", inferred=True, city="Guadalajara", country="MX", aliases=["GUADALAJARA"],
      persons=[P("Stephen Harper", ["Prime Minister Stephen Harper", "Harper"], "Prime Minister", "CA"),
               P("Felipe Calderon", ["Felipe Calderon"], "Mexican President", "MX"),
               P("Barack Obama", ["U.S. President Barack Obama"], "U.S. President", "US")],
      countries=["CA", "MX", "US"],
      notes="Dates from 'later Sunday' (against 'Pubdate: Tue, 11 Aug 2009' = 9 August) and 'the two-day summit' kicked "
            "off by the leaders' supper: the supper is the summit's opening, not a line of its own. City from the "
            "dateline (written in capitals there)."),
    M(D7, "Harper was to discuss the pledge in a meeting with Mexican President", "meeting",
      "2009-08-09", inferred=True, city="Guadalajara", country="MX", aliases=["GUADALAJARA"], status="planned",
      persons=[P("Stephen Harper", ["Harper"], "Prime Minister", "CA"),
               P("Felipe Calderon", ["Felipe Calderon"], "Mexican President", "MX")],
      countries=["CA", "MX"],
      notes="'was to discuss ... later Sunday': reported only as scheduled, so planned (borderline: the Sunday lies "
            "before the Pubdate). The RCMP training programmes are announced with no date."),
    # ---------------------------------------------------------------- real2_08 Dialogo 2011
    M(D8, "brought almost 40 heads of police forces of the Americas", "conference",
      "2011-12-08", "2011-12-09", inferred=True, city="Cancún", country="MX",
      persons=[P("Edgar Vale Mosquera", ["Major General Edgar Vale Mosquera", "Vale"],
                 "inspector-general of the National Police of Colombia", PNC, "Major General"),
               P("Facundo Rosas", ["Facundo Rosas", "Rosas"], "commissioner-general of the Mexican Federal Police", PFM)],
      orgs=[O(AMERIPOL, ["Ameripol"]), O(PNC, ["National Police of Colombia"]), O(PFM, ["Mexican Federal Police"]),
            O(SENAFRONT, ["Panamanian National Border Service"]), O(INTERPOL, ["Interpol"])],
      countries=["CO", "MX", "AR", "CL", "DO", "EC", "GT", "NI", "PA", "PY", "DE", "ES", "US", "IT"],
      organizers=[AMERIPOL],
      notes="Lead ('brought ... together in Cancún') and 'the first meeting, from December 8 to 9' are one line; year "
            "from the byline. 'brought together' -> Ameripol organiser. Countries: the colleagues' countries named, "
            "the German and Spanish police and the U.S. and Italian anti-drug agencies (unnamed bodies -> countries). "
            "'Delegates from 22 countries' generic. The OAS is only discussed."),
]


GENERIC = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
