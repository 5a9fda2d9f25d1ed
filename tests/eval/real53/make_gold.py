"""Write gold.jsonl and entities.json of the set of real news pages real53 (Europe and global bodies) from the tables below.

Run from anywhere: ``python tests/eval/real53/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (an IANS item on an Indian minister's meetings at the Commonwealth foreign ministers'
meeting in London, a Commonwealth Secretariat item on the Australian foreign minister's call on the
Secretary-General, a Council of Europe information document listing the Secretary General's meetings in
Strasbourg and Paris, an EU4PFM item on an Eastern Partnership customs seminar in Vilnius, an l24.lt item on
the Lithuanian prime minister's meeting with the WCO Secretary General, a SIPA item on the police directors'
meeting in Dubrovnik, a Border Security Report item on the border police chiefs' meeting in Belgrade, a Top
Channel item on the Europol director and the Albanian interior minister), copied verbatim from the stored
excerpt of each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real.
The gold was written by hand without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

COMMONWEALTH = "Commonwealth of Nations"
COMSEC = "Commonwealth Secretariat"
FCDO = "Foreign, Commonwealth and Development Office"
COE = "Council of Europe"
CM_DEP = "Committee of Ministers' Deputies of the Council of Europe"
PACE = "Parliamentary Assembly of the Council of Europe"
PACE_BUR = "Bureau of the Parliamentary Assembly of the Council of Europe"
CCPE = "Consultative Council of European Prosecutors"
CCPE_BUR = "Bureau of the Consultative Council of European Prosecutors"
ASEAN = "Association of Southeast Asian Nations"
ASEAN_BXL = "ASEAN Brussels Committee"
EU4PFM = "EU4PFM"
WCO = "World Customs Organization"
SIPA = "State Investigation and Protection Agency"
DCAF = "Geneva Centre for the Democratic Control of Armed Forces"
DCAF_LJ = "DCAF Ljubljana"
DCAF_BSP = "DCAF Border Security Programme"
PD_RS = "Police Directorate of the Republic of Serbia"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
FRONTEX = "European Border and Coast Guard Agency"
INTERPOL = "International Criminal Police Organization"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    COMMONWEALTH: (None, None, None, [COMMONWEALTH, "Commonwealth"]),
    COMSEC: (None, COMMONWEALTH, None, [COMSEC]),
    FCDO: ("FCDO", None, "GB", [FCDO, "Foreign, Commonwealth & Development Office", "FCDO"]),
    COE: ("CoE", None, None, [COE]),
    CM_DEP: (None, COE, None, [CM_DEP, "Ministers’ Deputies", "Ministers' Deputies"]),
    PACE_BUR: (None, PACE, None, [PACE_BUR, "Bureau of the Parliamentary Assembly"]),
    CCPE_BUR: (None, CCPE, None, [CCPE_BUR]),
    ASEAN_BXL: (None, ASEAN, None, [ASEAN_BXL]),
    EU4PFM: ("EU4PFM", None, None, [EU4PFM, "EU for Public Finance Management"]),
    WCO: ("WCO", None, None, [WCO, "World Customs Organisation", "WCO"]),
    SIPA: ("SIPA", None, "BA", [SIPA, "SIPA"]),
    DCAF_LJ: (None, DCAF, None, [DCAF_LJ]),
    DCAF_BSP: ("BSP", DCAF_LJ, None, [DCAF_BSP, "DCAF Border Security Programme (BSP)", "BSP"]),
    PD_RS: (None, None, "RS", [PD_RS, "Police Directorate of Serbia"]),
    EUROPOL: ("Europol", None, None, [EUROPOL, "Europol", "EUROPOL"]),
    FRONTEX: ("Frontex", None, None, [FRONTEX, "Frontex", "FRONTEX"]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "INTERPOL", "Interpol"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    PACE: ("PACE", COE, None, [PACE, "Parliamentary Assembly"]),
    CCPE: ("CCPE", COE, None, [CCPE, "CCPE"]),
    ASEAN: ("ASEAN", None, None, [ASEAN, "ASEAN"]),
    DCAF: ("DCAF", None, None, [DCAF, "DCAF"]),
}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda"], "AL": ["Albania", "Albanian"], "AM": ["Armenia"], "AU": ["Australia", "Australian"],
    "AZ": ["Azerbaijan"], "BA": ["Bosnia and Herzegovina", "B&H"], "BN": ["Brunei"], "FJ": ["Fiji", "Fiji Islands"],
    "GB": ["United Kingdom", "UK"], "GE": ["Georgia"], "HR": ["Croatia"], "IN": ["India"], "KH": ["Cambodia"],
    "LA": ["Laos"], "LT": ["Lithuania", "Lithuanian"], "MD": ["Moldova"], "ME": ["Montenegro"], "MK": ["North Macedonia"],
    "MM": ["Myanmar"], "MY": ["Malaysia"], "PH": ["Philippines"], "RS": ["Serbia", "Republic of Serbia"],
    "RU": ["Russian Federation"], "SI": ["Slovenia"], "TH": ["Thailand"], "UA": ["Ukraine"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real53_01_the_hawk_ians.txt", "real53_02_commonwealth_secretariat.txt", "real53_03_coe_sg_com.txt",
                  "real53_04_eu4pfm.txt")
D5, D6, D7, D8 = ("real53_05_l24.txt", "real53_06_sipa.txt", "real53_07_border_security_report.txt",
                  "real53_08_top_channel.txt")

SINGH = "Kirti Vardhan Singh"
SINGH_ROLE = "Minister of State for External Affairs"
LONDON = dict(city="London", country="GB")
STRAS = dict(city="Strasbourg", country="FR")
NOTE_01 = ("Stamp ' date 2026-03-09' and dateline 'London, March 9 (IANS)' (a Monday). ")
NOTE_03 = ("Header 'SG/Com(2007)984(restricted) 17 January 2007': the December items have no year; December before a "
           "January header -> December 2006 (inferred). The Secretary General and the Deputy Secretary General write "
           "in the first person and are never named: no person for that side; the Council of Europe is listed "
           "(empty mentions where the item does not name it). ")

MEETINGS = [
    # ---------------------------------------------------------------- real53_01 The Hawk (IANS) 2026
    M(D1, "held a meeting with UK's Minister for Latin America", "meeting",
      "2026-03-09", inferred=True, **LONDON,
      persons=[P(SINGH, ["Kirti Vardhan Singh", "Singh"], SINGH_ROLE, "IN"),
               P("Chris Elmore", ["Chris Elmore"], "Minister for Latin America, Caribbean and Multilateral", FCDO),
               P("Vikram Doraiswami", ["Vikram Doraiswami"], "High Commissioner to the UK", "IN")],
      orgs=[O(FCDO, ["Foreign, Commonwealth & Development Office"])],
      countries=["IN", "GB"],
      notes=NOTE_01 + "'on Monday' = the dateline day, 9 March 2026 (inferred: weekday). The minister's post 'Began "
            "Day 2 at CFAMM26 with a meeting with Chris Elmore' is the same meeting. Venue: the dateline city, where "
            "the ministers' meeting is held (implied). The High Commissioner was 'also present' -> participant; "
            "'other officials' are generic. The UK minister's office is named in the post ('at Foreign, Commonwealth & "
            "Development Office') -> his affiliation and an organisation of the line. No host is stated."),
    M(D1, "sidelines of Commonwealth Foreign Affairs Ministers Meeting", "conference",
      "2026-03-08", "2026-03-09", inferred=True, **LONDON,
      persons=[P(SINGH, ["Kirti Vardhan Singh", "Singh"], SINGH_ROLE, "IN")],
      orgs=[O(COMMONWEALTH, ["Commonwealth"])],
      countries=["IN"],
      notes=NOTE_01 + "The ministers' meeting itself (CFAMM, 'CFAMM26') is a gathering the minister attends: 'Day 1' "
            "is the Sunday of the Botchwey meeting, 'Day 2' the Monday -> 8-9 March 2026 at least (inferred; the "
            "end is what the page shows). Own line besides the bilateral talks on its sidelines (real45: a council "
            "the minister attends gets its own line; borderline). Only India is shown attending the session itself; "
            "the other ministers are met on its sidelines. No organiser is stated."),
    M(D1, "On Sunday, Kirti Vardhan Singh held a meeting with Commonwealth", "meeting",
      "2026-03-08", inferred=True, **LONDON,
      persons=[P(SINGH, ["Kirti Vardhan Singh", "Singh"], SINGH_ROLE, "IN"),
               P("Shirley Botchwey", ["Shirley Botchwey"], "Commonwealth Secretary General", COMSEC)],
      orgs=[O(COMSEC, [])],
      countries=["IN"],
      notes=NOTE_01 + "'On Sunday' before the Monday dateline -> 8 March 2026 (inferred). The post 'Concluding a packed "
            "Day 1 at CFAMM26, met ...' is the same meeting. The Secretary General's body is named only through her "
            "title -> the Commonwealth Secretariat with empty mentions. Venue as the other CFAMM meetings (London, "
            "implied)."),
    M(D1, "Singh also met Antigua and Barbuda's Minister of Foreign Affairs", "meeting",
      "2026-03", inferred=True, **LONDON,
      persons=[P(SINGH, ["Singh"], SINGH_ROLE, "IN"),
               P("EP Chet Greene", ["EP Chet Greene"], "Minister of Foreign Affairs and Trade", "AG")],
      countries=["IN", "AG"],
      notes=NOTE_01 + "'also met' with no day: the cut sentence placed it 'On the sidelines of CFAMM26' but that text is "
            "not in the file -> month only from the stamp (inferred), venue London as the page's other meetings "
            "(borderline). 'EP' are the minister's initials, kept as part of the name."),
    # ---------------------------------------------------------------- real53_02 Commonwealth Secretariat 2008
    M(D2, "During the Foreign Minister’s call on the Secretary-General at", "meeting",
      "2008-11-27", city="London", country="GB",
      persons=[P("Stephen Smith", ["Stephen Smith", "Mr Smith"], "Australian Foreign Minister", "AU", "The Hon"),
               P("Kamalesh Sharma", ["Kamalesh Sharma", "Mr Sharma"], "Commonwealth Secretary-General", COMSEC)],
      orgs=[O(COMSEC, ["Commonwealth Secretariat"])],
      countries=["AU"], organizers=[COMSEC],
      notes="Full date in the caption (printed twice), the date line and the sentence (not inferred). The caption "
            "('called upon ... at Marlborough House, London, UK'), the headline, 'talks ... at a meeting in London, "
            "UK' and the call 'at the Commonwealth Secretariat' are one line. A call on a body's head at its "
            "headquarters -> the Secretariat hosts (real45: visit to a body's headquarters). 'The Hon' is an "
            "honorific (rank); 'Mr' is not. India (the Mumbai attacks) and the G20 are only discussed."),
    M(D2, "is currently in Fiji holding talks with the interim government", "meeting",
      "2008-11", inferred=True, fmt="in_person", city=None, country="FJ",
      orgs=[O(COMSEC, ["Commonwealth Secretariat"])],
      countries=["FJ"],
      notes="A second gathering the page reports as ongoing: an unnamed 'senior Commonwealth Secretariat official is "
            "currently in Fiji holding talks with the interim government and other stakeholders' -> the month of the "
            "page (November 2008, inferred), Fiji, no city. The official is not named (no person); the interim "
            "government is Fiji's (country). Borderline: a reader may leave out a mission with no day; kept because "
            "it is a present gathering with a place and parties, not a plan."),
    # ---------------------------------------------------------------- real53_03 Council of Europe SG/Com(2007)984
    M(D3, "to the 984th meeting of the", "council_session",
      "2007-01-17", inferred=True, fmt=None,
      orgs=[O(CM_DEP, ["Ministers’ Deputies"])],
      notes="The document's own occasion: a communication 'to the 984th meeting of the Ministers’ Deputies'. The "
            "meeting's date is not given; the header date of the communication (17 January 2007, a Wednesday) is "
            "taken for it (inferred, borderline; real45 07 had the date in the text). No venue in the text "
            "(Strasbourg is world knowledge, not used)."),
    M(D3, "I therefore met Ms Cristina G. Ortega", "meeting",
      "2006-12-13", inferred=True, **STRAS,
      persons=[P("Cristina G. Ortega", ["Ms Cristina G. Ortega"],
                 "Chairperson of the ASEAN Brussels Committee and Ambassador of the Philippines", ASEAN_BXL)],
      orgs=[O(COE, ["Council of Europe"]), O(ASEAN_BXL, ["ASEAN Brussels Committee"])],
      countries=["PH", "BN", "KH", "LA", "MY", "MM", "TH"],
      notes=NOTE_03 + "Item heading 'Strasbourg (13 December)'. The ambassadors 'visited Strasbourg ... to become "
            "acquainted with the Council of Europe' and the Secretary General met them: one line, type meeting as "
            "the item's title says. The chair of the ambassadors' committee speaks for the group (affiliation the "
            "committee); her colleagues are unnamed -> their seven states. 'Ms' is not a rank. No organiser is "
            "stated (real45 07: meetings in Strasbourg carry none)."),
    M(D3, "On 15 December in Paris, I attended the meeting of the Bureau", "working_group",
      "2006-12-15", inferred=True, city="Paris", country="FR",
      orgs=[O(PACE_BUR, ["Bureau of the Parliamentary Assembly"]), O(COE, [])],
      notes=NOTE_03 + "The Bureau's own meeting, attended by the Secretary General -> a session of a standing body, "
            "working_group (seeds). The adoption of the budget 'on 13 December' describes no gathering (no line); "
            "the interview to France 3 is not a meeting."),
    M(D3, "which took place in Madrid on 27 November", "conference",
      "2006-11-27", inferred=True, city="Madrid", country="ES",
      orgs=[O(COE, ["Council of Europe"])],
      organizers=[COE],
      notes=NOTE_03 + "Background: 'the Conference to launch the Council of Europe campaign to combat violence against "
            "women ... which took place in Madrid on 27 November' -> dated gathering with a venue, kept (seeds 002#8). "
            "Year as the other items (2006, before the January header). The campaign is the Council of Europe's -> "
            "organiser (borderline, as real45's 'OSCE meeting'). No participants are named; Spain is only the venue."),
    M(D3, "I met Mr Yuriy Chaika who had come to Strasbourg", "meeting",
      "2006-12-19", inferred=True, **STRAS,
      persons=[P("Yuriy Yakovlevich Chaika", ["Yuriy Yakovlevich Chaika", "Yuriy Chaika"],
                 "Prosecutor General of the Russian Federation", "RU")],
      orgs=[O(COE, [])],
      countries=["RU"],
      notes=NOTE_03 + "Item heading 'Strasbourg (19 December)'; 'Together with the Deputy Secretary General, I met' -> "
            "both unnamed. The heading's full name and the body's short name are mentions of one person."),
    M(D3, "take part in the meeting of the Bureau of the Consultative", "working_group",
      "2006-12", inferred=True, **STRAS,
      persons=[P("Yuriy Yakovlevich Chaika", ["Yuriy Chaika"], "Prosecutor General of the Russian Federation", "RU")],
      orgs=[O(CCPE_BUR, ["Bureau of the Consultative Council of European Prosecutors"])],
      countries=["RU"],
      notes=NOTE_03 + "The meeting the Prosecutor General 'had come to Strasbourg to take part in' is a gathering of its "
            "own (a standing body's bureau -> working_group); its day is not given, only that it was the occasion "
            "of the 19 December meeting -> December 2006 (inferred, borderline)."),
    # ---------------------------------------------------------------- real53_04 EU4PFM 2023
    M(D4, "In Vilnius, on September 20-21, 2023, EU4PFM convened", "seminar",
      "2023-09-20", "2023-09-21", city="Vilnius", country="LT",
      persons=[P("Jonas Survila", ["Jonas Survila"], "Vice-Minister of Foreign Affairs", "LT"),
               P("Darius Zvironas", ["Darius Zvironas"], "Director General of Customs", "LT"),
               P("Vytenis Alisauskas", ["Vytenis Alisauskas", "Mr. Alisauskas"],
                 "EU4PFM Key International Customs Expert", EU4PFM)],
      orgs=[O(EU4PFM, ["EU4PFM"])],
      countries=["LT", "UA", "MD", "GE", "AM", "AZ"],
      notes="No stamp; full range in the sentence (not inferred). The title's 'Seminar in Lithuania' and the "
            "keynotes, discussions and speech are the same seminar -> seminar. 'EU4PFM convened for' and the "
            "title's 'with EU4PFM participation' -> EU4PFM takes part; the page does not say who organised it "
            "(organizers empty, borderline). The Lithuanian Director General of Customs: his administration is not "
            "named as a body (affiliation LT, as the speaker before him). 'representatives of the customs services of "
            "Ukraine, Moldova, Georgia, Armenia, and Azerbaijan' -> five states. 'Mr.' is not a rank."),
    # ---------------------------------------------------------------- real53_05 l24.lt (2013)
    M(D5, "In his meeting with the Secretary General K. Mikuriya", "meeting",
      "2013-10-25", inferred=True, date_source="outside", fmt=None, city=None, country=None,
      persons=[P("A. Butkevičius", ["A. Butkevičius"], "Prime Minister", "LT"),
               P("K. Mikuriya", ["K. Mikuriya"], "Secretary General", WCO)],
      orgs=[O(WCO, ["World Customs Organization"])],
      countries=["LT"],
      notes="The excerpt has no title, stamp, date or venue, and the address none: the day (Friday 25 October 2013, "
            "in Vilnius) is world knowledge -> date_source outside; the venue is not in the text -> city and "
            "country null. 'Among the items discussed' and the quoted Prime Minister are the same meeting. Names "
            "with initials are kept as the page gives them (full first names not in the text). The Lithuanian "
            "Presidency of the EU is only context."),
    # ---------------------------------------------------------------- real53_06 SIPA 2015
    M(D6, "held in Dubrovnik on 23-24 April 2015", "meeting",
      "2015-04-23", "2015-04-24", city="Dubrovnik", country="HR",
      persons=[P("Goran Zubac", ["Goran Zubac"], "Director of the State Investigation and Protection Agency", SIPA),
               P("Vlado Dominić", ["Vlado Dominić"], "General Police Director", "HR")],
      orgs=[O(SIPA, ["State Investigation and Protection Agency (SIPA)"])],
      countries=["HR", "SI", "RS", "ME", "BA"], organizers=["HR"],
      notes="No stamp; full range in the sentence (not inferred). Title, 'took part in a meeting of directors of "
            "police agencies from' five states and 'The meeting also agreed' are one line. 'The host of the meeting "
            "was General Police Director Vlado Dominić' -> the host's state organises (his police service is not "
            "named; he is taken as Croatia's director from the Croatian venue, borderline). 'B&H' = BA."),
    # ---------------------------------------------------------------- real53_07 Border Security Report 2019
    M(D7, "took place from 11 to 13 December 2019", "meeting",
      "2019-12-11", "2019-12-13", city="Belgrade", country="RS",
      orgs=[O(DCAF_LJ, ["DCAF Ljubljana"]), O(PD_RS, ["Police Directorate of the Republic of Serbia"]),
            O(DCAF_BSP, ["DCAF Border Security Programme (BSP)"]), O(EUROPOL, ["Europol"]), O(FRONTEX, ["Frontex"]),
            O(INTERPOL, ["Interpol"])],
      countries=["AL", "BA", "MK", "MD", "ME", "RS", "HR", "SI"], organizers=[DCAF_LJ, PD_RS],
      notes="No stamp; full range in the sentence (not inferred); venue from the title 'in Belgrade, Serbia'. "
            "'organised by DCAF Ljubljana in cooperation with the Police Directorate of the Republic of Serbia' -> "
            "both organisers; the GIZ only granted the project (funder, not a participant). The programme under "
            "which the beneficiaries meet is listed as a body (borderline). Six beneficiary and two EU countries "
            "and three partner organisations took part. The earlier workshops whose results were presented and the "
            "2020 operations have no dates (no line). A regular meeting of chiefs, not a named standing committee -> "
            "meeting."),
    # ---------------------------------------------------------------- real53_08 Top Channel (2018)
    M(D8, "During a meeting in Netherlands with the Albanian Interior", "meeting",
      None, city=None, country="NL",
      persons=[P("Catherine de Bolle", ["Catherine de Bolle", "De Bolle"], "Executive Director of EUROPOL", EUROPOL),
               P("Fatmir Xhafaj", ["Fatmir Xhafaj"], "Interior Minister", "AL")],
      orgs=[O(EUROPOL, ["EUROPOL"])],
      countries=["AL"],
      notes="No stamp, date or year in the text or the address (world knowledge narrows it to 2018 only): date null. "
            "'in Netherlands' -> country NL, no city (The Hague is world knowledge, not used). The lead's request and "
            "'De Bolle said' / 'She underlined' are the same meeting. The 2013 agreement is only discussed (no "
            "gathering). 'Top Channel' is the credit line. No host is stated."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
