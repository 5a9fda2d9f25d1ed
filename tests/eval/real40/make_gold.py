"""Write gold.jsonl and entities.json of the set of real news pages real40 (Africa: West, East, Southern and North Africa, and the Middle East) from the tables below.

Run from anywhere: ``python tests/eval/real40/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (a Nigerian delegation to an ECOWAS extraordinary summit on terrorism in
Ouagadougou, the Rwandan president receiving regional police chiefs in Kigali, a session of the
Botswana-Zimbabwe Joint Permanent Commission on Defence and Security in Kasane, Algerian-Libyan
interior ministers' talks in Algiers, Moroccan-French security working sessions in Rabat, an INTERPOL
training workshop for Ghanaian law enforcement in Accra, the GCC interior ministers' meeting in
Riyadh, a meeting of the Jordanian police chief with the US ambassador), copied verbatim from the
stored excerpt of each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are
real. The gold was written by hand without running the extractor and without reading extract/
(issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

ECOWAS = "Economic Community of West African States"
ECCAS = "Economic Community of Central African States"
EAPCCO = "Eastern Africa Police Chiefs Cooperation Organization"
JPC = "Botswana-Zimbabwe Joint Permanent Commission on Defence and Security"
MDJS = "Ministry of Defence, Justice and Security of Botswana"
AU = "African Union"
DGST = "General Directorate of Territorial Surveillance"
INTERPOL = "International Criminal Police Organization"
NCB_ACCRA = "INTERPOL National Central Bureau Accra"
UNODC = "United Nations Office on Drugs and Crime"
CRIMJUST = ("Global Programme on Strengthening Criminal Investigation and Criminal Justice Cooperation "
            "along the Cocaine Route")
SEACOP = "Seaport Cooperation Project"
NACOB = "Narcotics Control Board"
GH_CUSTOMS = "Customs Division of the Ghana Revenue Authority"
GH_FIU = "Financial Intelligence Unit of Ghana"
GPS = "Ghana Police Service"
GH_CID = "Criminal Investigation Department of the Ghana Police Service"
GH_MARINE = "Marine Police Unit of the Ghana Police Service"
TI = "Transparency International"
GCC = "Gulf Cooperation Council"
PSD = "Public Security Directorate"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ECOWAS: ("ECOWAS", None, None, [ECOWAS, "ECOWAS"]),
    ECCAS: ("ECCAS", None, None, [ECCAS, "ECCAS"]),
    EAPCCO: ("EAPCCO", None, None, [EAPCCO, "EAPCCO"]),
    JPC: (None, None, None, [JPC, "Joint Permanent Commission on Defence and Security"]),
    MDJS: ("MDJS", None, "BW", [MDJS, "Ministry of Defence Justice and Security", "MDJS"]),
    AU: ("AU", None, None, [AU, "AU"]),
    DGST: ("DGST", None, "MA", [DGST, "DGST"]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "INTERPOL"]),
    NCB_ACCRA: (None, INTERPOL, "GH", [NCB_ACCRA, "INTERPOL Accra"]),
    CRIMJUST: ("CRIMJUST", UNODC, None, [CRIMJUST, "CRIMJUST"]),
    SEACOP: ("SEACOP", None, None, [SEACOP, "SEACOP"]),
    NACOB: ("NACOB", None, "GH", [NACOB, "Narcotics Control Board of Ghana"]),
    GH_CUSTOMS: (None, None, "GH", [GH_CUSTOMS, "Customs"]),
    GH_FIU: ("FIU", None, "GH", [GH_FIU, "Financial Intelligence Unit"]),
    GH_CID: ("CID", GPS, "GH", [GH_CID, "Criminal Investigation Department"]),
    GH_MARINE: (None, GPS, "GH", [GH_MARINE, "maritime police in Tema", "maritime police"]),
    TI: ("TI", None, None, [TI]),
    GCC: ("GCC", None, None, [GCC, "GCC"]),
    PSD: ("PSD", None, "JO", [PSD, "PSD", "Public Security Directorate (PSD)"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    UNODC: ("UNODC", None, None, [UNODC, "UNODC"]),
    GPS: ("GPS", None, "GH", [GPS]),
}

COUNTRY_NAMES = {
    "BW": ["Botswana"], "DZ": ["Algeria", "Algerian"], "FR": ["France", "French"], "GH": ["Ghana", "Ghanaian"],
    "JO": ["Jordan", "Hashemite Kingdom of Jordan"], "LY": ["Libya", "Libyan"], "MA": ["Morocco", "Moroccan", "the Kingdom"],
    "NG": ["Nigeria", "Nigerian"], "RW": ["Rwanda"], "US": ["United States", "US", "U.S."],
    "ZW": ["Zimbabwe", "Republic of Zimbabwe"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real40_01_sun_nigeria.txt", "real40_02_paul_kagame.txt", "real40_03_gov_bw.txt",
                  "real40_04_libya_herald.txt")
D5, D6, D7, D8 = ("real40_05_newssummedup.txt", "real40_06_cocaine_route.txt", "real40_07_arab_news.txt",
                  "real40_08_jordan_news_gazette.txt")

MEETINGS = [
    # ---------------------------------------------------------------- real40_01 The Sun (Nigeria) 2019
    M(D1, "will lead the Nigerian delegation to the ministerial meeting", "meeting",
      "2019-09-12", city="Ouagadougou", country="BF", status="planned",
      persons=[P("Geoffrey Onyeama", ["Geoffrey Onyeama"], "Minister of Foreign Affairs", "NG")],
      orgs=[O(ECOWAS, ["Economic Community of West African States", "ECOWAS"])],
      countries=["NG"],
      notes="Byline 'Aidoghie Paulinus, Abuja' and no stamp. 'The summit ... is scheduled for Thursday, September 12, "
            "2019, in Ouagadougou' is read as the day of the ministerial meeting, since the heads of state meet on "
            "'Saturday 14th September' (borderline: the page calls both 'the summit'). 'the council will be meeting' "
            "(the ECOWAS Commission's words) is this same ministerial meeting. The spokesperson Nwonye only "
            "announces it. No host is stated: BF is the venue only, not a country of the line."),
    M(D1, "would attend the Summit of the ECOWAS Heads of State and Government", "conference",
      "2019-09-14", city="Ouagadougou", country="BF", status="planned",
      persons=[P("Muhammadu Buhari", ["President Muhammadu Buhari"], "President", "NG")],
      orgs=[O(ECOWAS, ["ECOWAS"])],
      countries=["NG"],
      notes="'on Saturday 14th September, 2019' (planned). 'the summit in Burkina Faso', 'The theme of the "
            "extraordinary summit' and 'an Extraordinary Summit on Terrorism, which will hold in Ouagadougou, "
            "Burkina Faso on the 14th of September 2019' are the same summit (no second line). Only the Nigerian "
            "president is named as attending."),
    M(D1, "convened a joint summit in Lomé on the 30th of July 2018", "conference",
      "2018-07-30", city="Lomé", country="TG",
      orgs=[O(ECOWAS, ["ECOWAS"]), O(ECCAS, ["Economic Community of Central African States", "ECCAS"])],
      notes="Background summit in a quoted statement, full date and venue: kept (seeds 002#8). 'the Heads of States "
            "and Government of ECOWAS and ECCAS' is generic (no countries). The Lomé Declaration was adopted at "
            "this meeting (same line). The later meeting of the heads of state of Benin, Burkina Faso, Cote "
            "D’Ivoire, Ghana and Togo in Accra has no date and is not annotated (background, as real39)."),
    # ---------------------------------------------------------------- real40_02 paulkagame.com 2012
    M(D2, "President Kagame today received in his office heads of regional", "meeting",
      "2012-08-22", inferred=True, city="Kigali", country="RW",
      persons=[P("Kagame", ["President Kagame"], "President", "RW"),
               P("Musa Fazil Harelimana", ["Sheikh Musa Fazil Harelimana"], "Minister of Internal Affairs", "RW",
                 "Sheikh")],
      orgs=[O(EAPCCO, ["EAPCCO"])],
      countries=["RW"], organizers=["RW"],
      notes="Dateline 'Kigali, 22 August 2012' and 'today' -> that day (inferred). The page names the president only "
            "as 'President Kagame' (no first name invented). Received 'in his office' -> his state hosts (real39 08). "
            "The minister who briefed the press 'after the meeting' on what the president told the chiefs is taken "
            "to have attended (borderline); Elisabeth Kuteesa only comments and is not a participant (borderline). "
            "The police chiefs are unnamed; 'all members of EAPCCO' -> EAPCCO listed; '12 regional countries' is "
            "generic. The command post exercise is an exercise they came to witness (no line)."),
    # ---------------------------------------------------------------- real40_03 Government of Botswana 2014
    M(D3, "The 29th Session of the Botswana-Zimbabwe Joint Permanent Commission", "working_group",
      "2014-02-10", "2014-02-13", city="Kasane", country="BW",
      persons=[P("Dikgakgamatso Ramadeluka Ndelu Seretse", ["Hon. Dikgakgamatso Ramadeluka  Ndelu SERETSE"],
                 "Minister of Defence, Justice and Security", MDJS, "Hon."),
               P("Edwin Jenamiso Batshu", ["Hon. Edwin Jenamiso BATSHU"], "Minister of Labour and Home Affairs", "BW",
                 "Hon."),
               P("Didymus N.E. Mutasa", ["Hon. Didymus N.E. MUTASA"], "Minister of Presidential Affairs", "ZW", "Hon."),
               P("Kembo C.D. Mohadi", ["Hon. Kembo C.D. MOHADI"], "Minister of Home Affairs", "ZW", "Hon."),
               P("Fortune Chasi", ["Hon. Fortune CHASI"], "Deputy Minister of Justice, Legal and Parliamentary Affairs",
                 "ZW", "Hon.")],
      orgs=[O(JPC, ["Botswana-Zimbabwe Joint Permanent Commission on Defence and Security"]),
            O(MDJS, ["Ministry of Defence Justice and Security"])],
      countries=["BW", "ZW"],
      notes="Stamp '17/02/14' (day/month/year); the range in the body, full dates. A numbered session of a standing "
            "bilateral commission -> working_group (real34). 'at the Mowana Safari Lodge, Kasane, Botswana'. The "
            "header in capitals repeats the session (one line). Names in capitals are normalised ('SERETSE' -> "
            "Seretse, seeds 'SAIDZODA'); the double space of the source stays in the mention. 'Hon.' is a rank; "
            "'MP' is not kept. The minister of the issuing ministry (named at the top) is affiliated to it; the "
            "others to their countries. 'Senior Government Officials' are generic. No host is stated."),
    M(D3, "which was held at The Holiday Inn, Bulawayo, Zimbabwe", "working_group",
      "2012-08-27", "2012-08-31", city="Bulawayo", country="ZW",
      orgs=[O(JPC, [])],
      countries=["BW", "ZW"],
      notes="Background: 'the last meeting' of the commission, with dates and venue -> kept (seeds 002#8). The body "
            "is not named in this clause (empty mentions); both states sit on the commission."),
    M(D3, "the decision taken by the AU Summit, held from 30th to 31st January 2014", "conference",
      "2014-01-30", "2014-01-31", fmt=None,
      orgs=[O(AU, ["AU", "African Union"])],
      notes="Background summit with dates and no venue in the text (Addis Ababa is world knowledge, not used). "
            "Zimbabwe was elected there, but the page does not say who attended: no countries. The elections "
            "'on the 31st July 2013' are not a gathering."),
    # ---------------------------------------------------------------- real40_04 Libya Herald 2012
    M(D4, "The announcement follows talks today, Tuesday, in Algiers", "meeting",
      "2012-03-27", inferred=True, date_source="url", city="Algiers", country="DZ",
      persons=[P("Daho Ould Kablia", ["Daho Ould Kablia", "Ould Kablia"], "Minister of Interior and Local Government",
                 "DZ"),
               P("Fawzi Abdelal", ["Fawzi Abdelal", "Abdelal"], "Interior Minister", "LY")],
      countries=["DZ", "LY"],
      notes="Dateline 'Tripoli, March 27:' without year and 'today, Tuesday': the year only from the address "
            "'/2012/03/' (27 March 2012 is a Tuesday) -> date_source url. The dateline city is not the venue "
            "('in Algiers'). The proposed joint border committee and training courses have no date. The byline "
            "author is not a participant. No host is stated (the cut last sentence said the Libyan minister was "
            "on a visit)."),
    # ---------------------------------------------------------------- real40_05 newssummedup (The North Africa Post) 2023
    M(D5, "held two working sessions in Rabat with France’s Director-General", "meeting",
      "2023-12", inferred=True, city="Rabat", country="MA",
      persons=[P("Abdellatif Hammouchi", ["Abdellatif Hammouchi"],
                 "Head of Morocco’s National Security and Territorial Surveillance", DGST),
               P("Nicolas Lerner", ["Nicolas Lerner"], "Director-General of Internal Security", "FR")],
      orgs=[O(DGST, ["General Directorate of Territorial Surveillance", "DGST"])],
      countries=["MA", "FR"],
      notes="The only date is the source line at the end, 'The North Africa Journal December 16, 2023 15:58 UTC'; the "
            "sessions have no day -> the month of that stamp (inferred, real39 07). Two working sessions with no day "
            "each -> one line. Hammouchi is affiliated to the DGST, whose statement reports the sessions and which "
            "he heads (borderline: he heads both DGSN and DGST). 'The meeting with the Director General of the "
            "French National Police' is read as the summary's back-reference to these sessions (misnamed office), "
            "not a second meeting; in any case it has no date. 'a series of bilateral and multilateral meetings' "
            "is generic. No host is stated ('on a working visit to the Kingdom')."),
    # ---------------------------------------------------------------- real40_06 cocaineroute.eu 2017
    M(D6, "INTERPOL delivered a four day training workshop in Accra, Ghana", "training",
      "2017-09-26", "2017-09-29", city="Accra", country="GH",
      orgs=[O(INTERPOL, ["INTERPOL"]), O(CRIMJUST, ["CRIMJUST"]), O(NACOB, ["Narcotics Control Board"]),
            O(GH_CUSTOMS, ["Customs"]), O(GH_FIU, ["Financial Intelligence Unit"]),
            O(GH_CID, ["Criminal Investigation Department"]), O(SEACOP, ["SEACOP"]),
            O(NCB_ACCRA, ["INTERPOL Accra"]), O(GH_MARINE, ["maritime police in Tema"]),
            O(TI, ["Transparency International"])],
      countries=["GH"], organizers=[INTERPOL, CRIMJUST],
      notes="No stamp; full range in the body. 'training workshop' under the heading 'Training for law enforcement "
            "agencies' -> training. 'INTERPOL delivered' -> organiser; 'under the framework of CRIMJUST' -> the "
            "programme is also an organiser (seeds: 'under' a programme; borderline). The participating bodies "
            "are listed with Ghana as their country where they are national; 'Customs' and the 'maritime police "
            "in Tema' are given full canonical names from world knowledge. Transparency International was "
            "present at the opening. The INTERCOPS session in Sao Paulo has no date, and the SEACOP follow-up "
            "'later on in November' is a discussion, not a described gathering: no lines."),
    # ---------------------------------------------------------------- real40_07 Arab News 2016
    M(D7, "Gulf Cooperation Council (GCC) will meet here on Tuesday", "meeting",
      "2016-11-29", inferred=True, city="Riyadh", country="SA", status="planned",
      orgs=[O(GCC, ["Gulf Cooperation Council", "GCC"])],
      notes="Store stamp ' date 2016-11-29' (a Tuesday) and dateline 'RIYADH:': 'will meet here on Tuesday' -> that "
            "day, still announced -> planned (real39 08). 'the 35th meeting at the Ritz Carlton hotel' is the same "
            "meeting. 'the six-member Gulf Cooperation Council' is generic (no countries); the Saudi interior "
            "ministry's media department is the source. The 34th meeting 'held last year in Qatar' has a year "
            "only and is not annotated."),
    M(D7, "participated in a preparatory meeting here on Sunday", "meeting",
      "2016-11-27", inferred=True, city="Riyadh", country="SA",
      orgs=[O(GCC, ["GCC"])],
      notes="'Earlier ... on Sunday' -> the Sunday before the stamp's Tuesday (27 November 2016, inferred); 'here' "
            "-> the dateline city. 'interior ministry undersecretaries from the member countries' are generic."),
    # ---------------------------------------------------------------- real40_08 Jordan News Gazette 2021
    M(D8, "discussed on Thursday, with the US ambassador to Jordan, Henry Wooster", "meeting",
      "2021-01-21", inferred=True, fmt=None, country="JO",
      persons=[P("Hussein Hawatmeh", ["Major Gen. Hussein Hawatmeh", "Hawatmeh"],
                 "Director of Public Security Directorate (PSD)", PSD, "Major Gen."),
               P("Henry Wooster", ["Henry Wooster", "Wooster"], "US ambassador to Jordan", "US")],
      orgs=[O(PSD, ["Public Security Directorate", "PSD"])],
      countries=["JO", "US"],
      notes="Store stamp ' date 2021-01-21' (a Thursday) and 'on Thursday' -> that day (inferred). No dateline and no "
            "venue: country JO from 'the US ambassador to Jordan' meeting the Jordanian police chief (borderline), "
            "no city, format unknown. 'the police chief' and 'The U.S. diplomat' refer back. The ambassador stands "
            "for his country (embassies as countries). Jordan News Agency is the source."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
