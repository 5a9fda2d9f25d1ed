"""Write gold.jsonl and entities.json of the real-page development set real12 from the tables below.

Run from anywhere: ``python tests/eval/real12/make_gold.py``. The checks a gold annotator
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

CARICOM = "Caribbean Community"
CHG = "Conference of Heads of Government of the Caribbean Community"
MERCOSUR = "Southern Common Market"
MSEG_AR = "Ministry of Security of Argentina"
MI_UY = "Ministry of the Interior of Uruguay"
MI_PY = "Ministry of the Interior of Paraguay"
INTERPOL = "International Criminal Police Organization"
INTERPOL_EC = "INTERPOL Executive Committee"
PNP_PA = "National Police of Panama"
MFA_BR = "Ministry of Foreign Affairs of Brazil"
MJ_BR = "Ministry of Justice of Brazil"
MD_BR = "Ministry of Defense of Brazil"
GSI_BR = "Office of Institutional Security of the Presidency of Brazil"
MSP_BR = "Ministry of Public Security of Brazil"
DPF = "Federal Police Department"
DPRF = "Federal Highway Police Department"
RFB = "Federal Revenue Service"
ABIN = "Brazilian Intelligence Agency"
IMPACS = "CARICOM Implementation Agency for Crime and Security"
CSS_SC = "CARICOM Security Strategy Steering Committee"
COFCOR = "Council for Foreign and Community Relations"
WICB = "West Indies Cricket Board"
MFA_PE = "Ministry of Foreign Affairs of Peru"
EU = "European Union"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICOM: ("CARICOM", None, None, [CARICOM, "CARICOM", "Caricom"]),
    CHG: (None, CARICOM, None, [CHG, "Conference of CARICOM Heads of Government"]),
    MERCOSUR: ("MERCOSUR", None, None, [MERCOSUR, "Mercosur", "MERCOSUR"]),
    MSEG_AR: (None, None, "AR", [MSEG_AR]),
    MI_UY: (None, None, "UY", [MI_UY]),
    MI_PY: (None, None, "PY", [MI_PY]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "INTERPOL", "Interpol"]),
    INTERPOL_EC: (None, INTERPOL, None, [INTERPOL_EC, "Executive Committee"]),
    PNP_PA: (None, None, "PA", [PNP_PA, "Panama National Police"]),
    MFA_BR: (None, None, "BR", [MFA_BR, "Ministry of Foreign Affairs", "Itamaraty"]),
    MJ_BR: (None, None, "BR", [MJ_BR, "Ministry of Justice"]),
    MD_BR: (None, None, "BR", [MD_BR, "Ministry of Defense"]),
    GSI_BR: ("GSI", None, "BR", [GSI_BR, "Office of Institutional Security"]),
    MSP_BR: (None, None, "BR", [MSP_BR, "Ministry of Public Security"]),
    DPF: (None, None, "BR", [DPF, "Federal Police"]),
    DPRF: (None, None, "BR", [DPRF]),
    RFB: (None, None, "BR", [RFB]),
    ABIN: ("ABIN", None, "BR", [ABIN]),
    IMPACS: ("IMPACS", CARICOM, None, [IMPACS, "CARICOM IMPACS", "IMPACS",
                                        "Caribbean Community (CARICOM) Implementation Agency for Crime and Security (IMPACS)"]),
    CSS_SC: (None, IMPACS, None, [CSS_SC, "CSS Steering Committee"]),
    COFCOR: ("COFCOR", CARICOM, None, [COFCOR, "COFCOR"]),
    WICB: ("WICB", None, None, [WICB, "WICB"]),
    MFA_PE: (None, None, "PE", [MFA_PE]),
    EU: ("EU", None, None, [EU, "EU"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda", "Antigua"], "AR": ["Argentina"], "AT": ["Austria"], "BE": ["Belgium"],
    "BR": ["Brazil", "Brazilian"], "BZ": ["Belize"], "DE": ["Germany"], "EC": ["Ecuador", "Ecuadorian"],
    "FR": ["France"], "JM": ["Jamaica"], "LC": ["Saint Lucia"], "PA": ["Panama", "Panamá", "Panamanian"],
    "PE": ["Peru", "Peruvian"], "PY": ["Paraguay"], "SE": ["Sweden"], "TT": ["Trinidad and Tobago", "Trinidad"],
    "US": ["United States", "U.S."], "UY": ["Uruguay"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real12_01_st_lucia_news_online.txt", "real12_02_south_america_press.txt",
                  "real12_03_interpol_paperzz.txt", "real12_04_itamaraty.txt")
D5, D6, D7, D8 = ("real12_05_trinidad_guardian.txt", "real12_06_caricom.txt", "real12_07_prensa_latina.txt",
                  "real12_08_andina.txt")

DEZELA = P("Hugo de Zela", ["Minister de Zela"], "Peru's Foreign Affairs Minister", MFA_PE)

MEETINGS = [
    # ---------------------------------------------------------------- real12_01 St Lucia News Online 2019
    M(D1, "for the Nineteenth Special Meeting of the Conference of CARICOM", "conference",
      "2019-05-04", inferred=True, city="Port of Spain", country="TT",
      persons=[P("Allen Michael Chastanet", ["Prime Minister Honourable Allen Michael Chastanet"], "Prime Minister", "LC",
                 "Honourable")],
      orgs=[O(CHG, ["Conference of CARICOM Heads of Government"]), O(CARICOM, ["CARICOM"])],
      countries=["LC"],
      notes="'is currently in Port of Spain' and 'wraps up later today' against the ' date 2019-05-04' stamp: the "
            "meeting is dated by the stamp (inferred). The press release itself may be a day older than the "
            "stamp (world knowledge puts the meeting on 3 May 2019); the gold follows the page. Saint Lucia from "
            "its Prime Minister; the other heads are not named. CONSLE only described."),
    # ---------------------------------------------------------------- real12_02 South America Press 2022
    M(D2, "convened this week in Uruguay’s capital", "council_session",
      "2022-10-26", inferred=True, date_source="url", city="Montevideo", country="UY",
      persons=[P("Aníbal Fernández", ["Argentina’s Security Minister Aníbal Fernández", "Fernández"],
                 "Argentina’s Security Minister", MSEG_AR),
               P("Luis Alberto Heber", ["Uruguay’s Interior Minister Luis Alberto Heber", "Heber"],
                 "Uruguay’s Interior Minister", MI_UY),
               P("Federico González", ["Paraguay’s Interior Minister Federico González"], "Paraguay’s Interior Minister", MI_PY),
               P("Carlos Renato Machado Paim", ["Brazil’s Deputy Security Minister Carlos Renato Machado Paim"],
                 "Brazil’s Deputy Security Minister", "BR")],
      orgs=[O(MERCOSUR, ["Mercosur"]), O(MSEG_AR, []), O(MI_UY, []), O(MI_PY, [])],
      countries=["AR", "UY", "PY", "BR"],
      notes="The XLVIII meeting of Ministers of the Interior and Security of Mercosur, told in the lead ('convened this "
            "week in Uruguay's capital') and again by its name: one line. The page has no stamp; 'signed Wednesday' "
            "against the address date 2022/10/27 = 26 October (date_source url); 'this week' gives no start, so the "
            "line has the signing day only. City from 'Uruguay's capital' and 'signed in Montevideo'. Ministries only "
            "through titles (empty mentions); the Brazilian deputy's ministry is unclear from the text: affiliated "
            "to BR. 'police chiefs from Mercosur's associated nations' generic. The EPP leader's death is not a meeting."),
    # ---------------------------------------------------------------- real12_03 INTERPOL opening address 2016 (paperzz)
    M(D3, "welcome you to the 23rd INTERPOL Americas Regional Conference", "conference",
      "2016-07-06", city="Panama City", country="PA",
      persons=[P("Jürgen Stock", ["Jürgen Stock"], "INTERPOL Secretary General", INTERPOL),
               P("Juan Carlos Varela Rodríguez", ["Juan Carlos Varela Rodríguez", "President Juan Carlos Varela Rodríguez"],
                 "President of Panamá", "PA", "His Excellency")],
      orgs=[O(INTERPOL, ["INTERPOL"]), O(INTERPOL_EC, ["Executive Committee"]),
            O(PNP_PA, ["Panama National Police"])],
      countries=["PA"], organizers=[INTERPOL, "PA"],
      notes="A speech: the header gives '06 July 2016' and 'Panama City, Panama' for the address; the conference's "
            "other days are not in the text, so the line has the day of the address. The speaker and the "
            "president ('presence here today') take part; the Panamanian government and national police are "
            "addressed as present. INTERPOL convenes ('On behalf of INTERPOL ... welcome you'); Panama hosts "
            "('providing an ideal setting', borderline organiser). Ministers, ambassadors, chiefs of police and NCB "
            "heads are generic. The Canal expansion is not a meeting."),
    # ---------------------------------------------------------------- real12_04 Itamaraty 2018
    M(D4, "close the first meeting of Brazilian attachés in South America", "meeting",
      "2018-06-21", inferred=True, date_source="outside", fmt=None,
      persons=[P("Aloysio Nunes", ["Aloysio Nunes"], "Minister of Foreign Affairs", MFA_BR)],
      orgs=[O(MFA_BR, ["Ministry of Foreign Affairs"]), O(MJ_BR, ["Ministry of Justice"]), O(MD_BR, ["Ministry of Defense"]),
            O(GSI_BR, ["Office of Institutional Security"]), O(MSP_BR, ["Ministry of Public Security"]),
            O(DPF, ["Federal Police Department"]), O(DPRF, ["Federal Highway Police Department"]),
            O(RFB, ["Federal Revenue Service"]), O(ABIN, ["Brazilian Intelligence Agency"])],
      countries=["BR"],
      notes="'later today, June 21' with no year on the page: 2018 from world knowledge (Nunes's term as minister and "
            "the Ministry of Public Security created in 2018), date_source outside. Under way at publication (held); "
            "its start is not given. No venue: city/format null. The attachés serve at posts abroad but are "
            "Brazilian officials: only BR. No organiser stated (the ministry's closing by its minister is not "
            "'organised by'). The Southern Cone Ministerial Meeting has no date: not annotated."),
    # ---------------------------------------------------------------- real12_05 Trinidad Guardian 2025
    M(D5, "an inaugural meeting of the CSS Steering Committee was held virtually", "working_group",
      "2025-04", inferred=True, fmt="online",
      orgs=[O(CSS_SC, ["CSS Steering Committee"]),
            O(IMPACS, ["Caribbean Community (CARICOM) Implementation Agency for Crime and Security (IMPACS)", "CARICOM IMPACS"])],
      organizers=[IMPACS],
      notes="'last week' against the article stamp '20250428' (the week of 21 April): month only. 'Sunday, June 8, "
            "2025' is the date the page was shown, and '40 days ago' is relative to it. Held virtually: online, "
            "no venue; a steering committee's session is typed working_group. IMPACS leads the strategy process "
            "and reports the meeting: organiser (borderline). The logo captions are chrome-like but kept."),
    # ---------------------------------------------------------------- real12_06 CARICOM author listing 2013
    M(D6, "Sixteenth Meeting of the Council for Foreign and Community Relations (COFCOR)", "council_session",
      "2013-05-14", "2013-05-15", city="Port of Spain", country="TT",
      persons=[P("Winston Dookeran", ["the Honourable Winston Dookeran"], "Minister of Foreign Affairs", None, "Honourable"),
               P("Maxine McClean", ["Senator the Hon. Maxine McClean"], "Minister", None, "Senator the Hon.")],
      orgs=[O(COFCOR, ["Council for Foreign and Community Relations (COFCOR)"]),
            O(CARICOM, ["Caribbean Community (CARICOM)"])],
      chairs=["Winston Dookeran"],
      notes="Item heading and body give '14-15 May 2013' and Port of Spain (also 'Port-of-Spain' in the heading). "
            "The item is truncated ('Minister…'): the chair's and the attendee's countries are not in the text, "
            "so their affiliation is null and no countries are listed (borderline; world knowledge would say TT "
            "and BB)."),
    M(D6, "wide-ranging talks between the two leaders in the Antiguan Capital", "meeting",
      None, city="St. John's", country="AG", aliases=["ST.JOHN’S"],
      persons=[P("Baldwin Spencer", ["Prime Minister of Antigua and Barbuda Baldwin Spencer", "Prime Minister Spencer",
                                     "Spencer"], "Prime Minister of Antigua and Barbuda", "AG"),
               P("Dave Cameron", ["Dave Cameron"], "West Indies Cricket Board (WICB) President", WICB)],
      orgs=[O(WICB, ["West Indies Cricket Board (WICB)", "WICB"])],
      countries=["AG"],
      notes="No date: the item has no stamp and no day. 'in the Antiguan Capital' with the 'ST.JOHN’S, Antigua' "
            "dateline -> St. John's (the dateline's spelling 'ST.JOHN’S' as alias). The USTR watch-list "
            "item and the wedding item are not meetings."),
    # ---------------------------------------------------------------- real12_07 Prensa Latina 2024
    M(D7, "held talks on Tuesday with the Attorney General Diana Salazar", "meeting",
      "2024-01-23", inferred=True, date_source="url", fmt=None,
      persons=[P("Christopher Dodd", ["Christopher Dodd"], "President Joe Biden’s advisor for the Americas", "US"),
               P("Diana Salazar", ["the Attorney General Diana Salazar"], "Attorney General", "EC")],
      countries=["US", "EC"],
      notes="No stamp on the page: 'on Tuesday' against the address date 2024/01/24 = 23 January (date_source url). "
            "The delegation's visit to Ecuador has no range here (frame only). No city stated for the talks: null. "
            "The embassy only disclosed the agenda; the announcement of arrivals and the court decision are not "
            "meetings. Biden, Noboa, Lasso and Sommerfeld are only mentioned."),
    # ---------------------------------------------------------------- real12_08 Andina 2025
    M(D8, "Minister de Zela met with senior European Union officials", "meeting",
      "2025-11", inferred=True, date_source="outside", city="Santa Marta", country="CO",
      persons=[P("Hugo de Zela", ["Peru's Foreign Affairs Minister Hugo de Zela", "Minister de Zela"],
                 "Peru's Foreign Affairs Minister", MFA_PE)],
      orgs=[O(MFA_PE, []), O(EU, ["European Union"])],
      countries=["PE"],
      notes="The page has no date; 'On his second day in Santa Marta' dates nothing absolute. The trip (the EU-CELAC "
            "summit of November 2025) is world knowledge: month only, date_source outside. City of the trip; country "
            "CO from the city. 'met with' gives no organiser. The Peruvian ministry only through his title."),
    M(D8, "meetings that Minister de Zela held with his counterparts from Belize", "meeting",
      "2025-11", inferred=True, date_source="outside", city="Santa Marta", country="CO",
      persons=[DEZELA],
      orgs=[O(MFA_PE, [])],
      countries=["PE", "BZ", "JM", "TT"], organizers=[MFA_PE],
      notes="A series of undated bilateral meetings (Belize, Jamaica, the Parliamentary Secretary of Trinidad and "
            "Tobago) in one sentence: one line (seeds: a series with no dates per gathering). 'meetings that ... "
            "held with' -> the subject's body organises (borderline, dev16)."),
    M(D8, "bilateral sessions that the Peruvian Foreign Affairs Minister held", "meeting",
      "2025-11", inferred=True, date_source="outside", city="Santa Marta", country="CO",
      persons=[P("Hugo de Zela", ["Peruvian Foreign Affairs Minister"], "Peru's Foreign Affairs Minister", MFA_PE)],
      orgs=[O(MFA_PE, [])],
      countries=["PE", "AT", "DE", "BE", "FR", "SE"], organizers=[MFA_PE],
      notes="Second series (Austria, Germany, Belgium, France, Sweden), one line. The European officials' 'early "
            "visit to Peru' has no date: not annotated."),
]


GENERIC = frozenset({"Peruvian Foreign Affairs Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
