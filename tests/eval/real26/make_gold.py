"""Write gold.jsonl and entities.json of the set of real news pages real26 (Africa) from the tables below.

Run from anywhere: ``python tests/eval/real26/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (West, East, Southern and North Africa: police, regional bodies, joint
commissions, foreign ministries), copied verbatim from the stored excerpt of each page
(addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real. The gold was
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

NIPSS = "National Institute for Policy and Strategic Studies"
GPS = "Ghana Police Service"
PMB = "Police Management Board of the Ghana Police Service"
ECOWAS = "Economic Community of West African States"
EPSG = "ECOWAS Peace, Security and Governance Project"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
RJNA = "Reverend John Nkum Associates"
EAC = "East African Community"
EAC_ISC = "EAC Inter-State Security Council"
EAC_COM = "EAC Council of Ministers"
AUC = "African Union Commission"
UN = "United Nations"
UNGA = "United Nations General Assembly"
EU = "European Union"
ICGLR = "International Conference on the Great Lakes Region"
JPC_ZM_MZ = "Zambia-Mozambique Joint Permanent Commission on Defence and Security"
MOD_ZM = "Ministry of Defence of Zambia"
MOD_MZ = "Ministry of Defence of Mozambique"
MHAIS_ZM = "Ministry of Home Affairs and Internal Security of Zambia"
ZNS = "Zambia National Service"
ZA_ARMY = "Zambia Army"
ZAF = "Zambia Air Force"
ZCS = "Zambia Correctional Service"
JPCC_ZW_MZ = "Zimbabwe-Mozambique Joint Permanent Commission on Cooperation"
MFAIT_ZW = "Ministry of Foreign Affairs and International Trade of Zimbabwe"
MFA_EG = "Ministry of Foreign Affairs of Egypt"
LAS = "League of Arab States"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    NIPSS: ("NIPSS", None, "NG", [NIPSS, "Nigeria’s National Institute for Policy and Strategic Studies"]),
    GPS: (None, None, "GH", [GPS, "Ghana Police", "Ghana’s police"]),
    PMB: (None, GPS, "GH", ["Police Management Board"]),
    ECOWAS: ("ECOWAS", None, None, [ECOWAS, "ECOWAS"]),
    EPSG: ("EPSG", ECOWAS, None, ["ECOWAS Peace, Security, and Governance (EPSG) project", "EPSG project", "EPSG"]),
    GIZ: ("GIZ", None, "DE", ["GIZ", "German development agency GIZ"]),
    RJNA: (None, None, None, [RJNA]),
    EAC: ("EAC", None, None, [EAC, "EAC"]),
    EAC_ISC: (None, EAC, None, ["EAC Inter-State Security council", "Inter-Security Council",
                                "EAC Inter-State Security Council"]),
    EAC_COM: (None, EAC, None, ["Council of Ministers", "EAC Council of Ministers"]),
    AUC: ("AUC", None, None, [AUC, "AUC"]),
    UN: ("UN", None, None, [UN, "UN"]),
    UNGA: ("UNGA", UN, None, [UNGA, "UN General Assembly"]),
    EU: ("EU", None, None, [EU, "EU"]),
    ICGLR: ("ICGLR", None, None, [ICGLR, "International CGR", "ICGR"]),
    JPC_ZM_MZ: ("JPC", None, None, [JPC_ZM_MZ, "Zambian Mozambique Joint Permanent Commission on Defence and Security",
                                    "Joint Permanent Commission"]),
    MOD_ZM: (None, None, "ZM", ["Ministry of Defence"]),
    MOD_MZ: (None, None, "MZ", ["Mozambique’s Ministry of Defence"]),
    MHAIS_ZM: (None, None, "ZM", ["Ministry of Home Affairs and Internal Security"]),
    ZNS: (None, None, "ZM", [ZNS]),
    ZA_ARMY: (None, None, "ZM", [ZA_ARMY]),
    ZAF: (None, None, "ZM", [ZAF]),
    ZCS: (None, None, "ZM", [ZCS]),
    JPCC_ZW_MZ: ("JPCC", None, None, ["Joint Permanent Commission on Cooperation", "JPCC", "joint commission"]),
    MFAIT_ZW: (None, None, "ZW", ["Ministry of Foreign Affairs and International Trade"]),
    MFA_EG: (None, None, "EG", ["Egyptian Foreign Ministry"]),
    LAS: (None, None, None, [LAS, "Arab League"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "DK": ["Denmark", "Danish"], "EG": ["Egypt", "Egyptian"], "ET": ["Ethiopia", "Ethiopian"],
    "GH": ["Ghana", "Ghanaian"], "KE": ["Kenya"], "MA": ["Morocco", "Moroccan"], "MZ": ["Mozambique", "Mozambican"],
    "NG": ["Nigeria", "Nigerian"], "NO": ["Norway", "Norwegian"], "RU": ["Russia"], "RW": ["Rwanda", "Rwandan"],
    "TZ": ["Tanzania", "United Republic of Tanzania"], "US": ["United States of America", "USA"],
    "ZM": ["Zambia", "Zambian"], "ZW": ["Zimbabwe"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real26_01_ghanaweb.txt", "real26_02_news_ghana.txt", "real26_03_new_times_rwanda.txt",
                  "real26_04_meac_kenya.txt")
D5, D6, D7, D8 = ("real26_05_mfa_ethiopia.txt", "real26_06_zambian_observer.txt", "real26_07_herald_zimbabwe.txt",
                  "real26_08_daily_morocco.txt")

ABIY = "Abiy Ahmed"
MNANG = "E.D. Mnangagwa"
SHOKRY = "Sameh Shokry"
BOURITA = "Nasser Bourita"

MEETINGS = [
    # ---------------------------------------------------------------- real26_01 GhanaWeb 2020
    M(D1, "on Tuesday, October 20, 2020, visited the headquarters of the Ghana", "visit",
      "2020-10-20", city="Accra", country="GH",
      persons=[P("George Akuffo Dampare", ["COP Dr George Akuffo Dampare"], "Director-General/Administration", GPS,
                 "COP")],
      orgs=[O(NIPSS, ["Nigeria’s National Institute for Policy and Strategic Studies"]),
            O(GPS, ["Ghana Police Service", "Ghana Police"]), O(PMB, ["Police Management Board"])],
      countries=["NG", "GH"], organizers=[GPS],
      notes="Full date in the text, stamp two days later. A study-tour visit to the police headquarters: visit. "
            "The city is not written: the headquarters of the Ghana Police Service is in Accra (implied venue, "
            "borderline; a second reader may leave city null and keep GH). 'received by' -> the police service hosts. "
            "'COP' (Commissioner of Police) kept as rank, 'Dr' is no rank. The members of the Police Management Board "
            "are unnamed: the board takes part as a unit of the service. The End SARS protests are context."),
    # ---------------------------------------------------------------- real26_02 News Ghana 2025
    M(D2, "commenced a three-day capacity needs assessment workshop in Abuja", "workshop",
      "2025-04-08", "2025-04-10", city="Abuja", country="NG",
      persons=[P("Sani Adamu", ["Dr. Sani Adamu"], "acting Head of Peace Support Operations", ECOWAS),
               P("Teresa Krafft", ["Teresa Krafft", "Krafft"], None, GIZ)],
      orgs=[O(ECOWAS, ["The Economic Community of West African States (ECOWAS)", "ECOWAS"]),
            O(EPSG, ["ECOWAS Peace, Security, and Governance (EPSG) project", "EPSG project"]),
            O(GIZ, ["German development agency GIZ"]), O(RJNA, ["Reverend John Nkum Associates"])],
      organizers=[ECOWAS],
      notes="'commenced a three-day ... on April 8, 2025': end computed (10 April), as in real11. ECOWAS "
            "'commenced' the workshop -> organiser; 'organized under the ... EPSG project' -> the project is listed as "
            "a body (parent ECOWAS, like BOMCA in dev16), not as a second organiser. The facilitating firm takes part "
            "(trainer). Krafft represents the project head Yvonne Akpasom, who is therefore not listed (real16). "
            "Krafft's role is not stated (only her agency). The EU and the German ministry are funders; the TCEs and "
            "TIs are generic; 'ECOWAS member states' is generic; Nigeria is only the venue: countries empty. The "
            "stamp is four days after the start."),
    # ---------------------------------------------------------------- real26_03 The New Times (Rwanda) 2010
    M(D3, "The signing ceremony held in Bujumbura, was presided over by", "council_session",
      "2010-04-16", inferred=True, city="Bujumbura", country="BI",
      persons=[P("Sophia Simba", ["Sophia Simba"],
                 "Minister in the Office of the President in Charge of Good Governance", "TZ"),
               P("Fazil Musa Harerimana", ["Fazil Musa Harerimana", "Harerimana"], "Minister of Internal Security",
                 "RW")],
      orgs=[O(EAC_ISC, ["EAC Inter-State Security council", "Inter-Security Council"]),
            O(EAC, ["The East African Community (EAC)", "EAC"])],
      countries=["TZ", "RW"], chairs=["Sophia Simba"],
      notes="Dateline 'BUJUMBURA -' and the date line 'Sunday, April 18, 2010' under the repeated lead: 'on Friday' "
            "-> 16 April 2010 (inferred). The signing ceremony and the council meeting it closed are one gathering "
            "(the photo caption: signing 'during the third Inter-Security Council meeting'): one line, typed as the "
            "council session; the lead printed twice is one report. 'presided over ... who also chaired' -> chair. "
            "'EAC partner states' and 'the five member countries' are generic: only Tanzania (chair, 'this year's "
            "Chairperson of the council') and Rwanda (its minister signed). Burundi is only the venue. The later "
            "interview with Harerimana is no meeting; the July protocols are no gathering. The ministries are known "
            "only through titles: no rows, people affiliated to their states (real20)."),
    # ---------------------------------------------------------------- real26_04 Kenya Ministry of EAC affairs 2015
    M(D4, "during the 32nd Extra-ordinary Meeting of the Council of Ministers", "council_session",
      "2015-05", inferred=True,
      persons=[P("Bethwel Kiplagat", ["Amb. Bethwel Kiplagat"], "representing Kenya", "KE", "Amb."),
               P("Bernard K. Membe", ["Mr. Bernard K. Membe"], "Minister of Foreign Affairs and International Cooperation",
                 "TZ")],
      orgs=[O(EAC_COM, ["Council of Ministers"]), O(EAC, ["EAC"]),
            O(AUC, ["African Union Commission (AUC)"]), O(UN, ["United Nations (UN)"]),
            O(EU, ["European Union (EU)"]), O(ICGLR, ["International CGR (ICGR)"])],
      countries=["KE", "TZ", "US"], chairs=["Bernard K. Membe"],
      notes="No date of its own: the council's decisions 'will inform' the summit 'scheduled for today, 13th May, "
            "2015', so the month is taken from that sentence (inferred; the day is unknown). No venue in the "
            "excerpt: city and country null; format in_person (registration forms, 'seated next to him'), a second "
            "reader may say null. The Kenyan Cabinet Secretary and Principal Secretary, the AUC Commissioner and the "
            "EAC Secretary General are unnamed: their bodies are listed (EAC, AUC), the Kenyan ministries only "
            "through titles (KE, no rows). 'representatives from ... United States of America (USA)' -> US. The "
            "garbled 'International CGR (ICGR)' is taken as the ICGLR. 'eminent persons from East Africa and COMESA "
            "region' is generic. 'chaired by the Minister ... from United Republic of Tanzania' and the caption "
            "naming Membe -> chair. Burundi, Rwanda, Tanzania and Uganda as refugee hosts are only discussed."),
    M(D4, "Summit of the Heads of States scheduled for today, 13th May, 2015", "conference",
      "2015-05-13", fmt=None, status="planned",
      orgs=[O(EAC, [])],
      notes="'scheduled for today': planned at the time of writing, with a concrete date. The summit of EAC heads of "
            "state: the EAC with empty mentions. No venue, no participant named."),
    # ---------------------------------------------------------------- real26_05 MFA Ethiopia 'A Week in the Horn' 2025
    M(D5, "Ethiopia’s delegation to the 80th Session of the United Nations", "council_session",
      "2025-09-25", inferred=True, date_source="url", fmt=None,
      persons=[P("Taye Atske-Selassie", ["President Taye Atske-Selassie", "President Taye"], "President", "ET"),
               P("Mekdes Daba", ["Health Minister Mekdes Daba"], "Health Minister", "ET"),
               P("Hadera Abera", ["Ambassador Hadera Abera"], "State Minister for Foreign Affairs", "ET", "Ambassador")],
      orgs=[O(UNGA, ["United Nations General Assembly"])],
      countries=["ET"],
      notes="Listing page (newsletter) with no year anywhere: 'On Thursday (September 25)' with the year from the "
            "address (/2025/10/03/): date_source url. The session's day is the day of the policy statement, the "
            "only day the text gives (start = end, borderline: the high-level week is longer). Venue not named "
            "(New York is world knowledge): city null, format unknown (real1). The 'several mandated meetings and "
            "side events' are unnamed and undated: no lines. The foundation stone and the LNG inauguration are no "
            "meetings; the Prime Minister's tour of Jigjiga City with his deputies is a domestic inspection visit "
            "with no counterpart: not annotated (borderline)."),
    M(D5, "Prime Minister Abiy attended the World Atomic Week conference", "conference",
      "2025-09-25", inferred=True, date_source="url", city="Moscow", country="RU",
      persons=[P(ABIY, ["Prime Minister Abiy"], "Prime Minister", "ET")],
      countries=["ET"],
      notes="'on Thursday (September 25)', year from the address (date_source url). Russia is the venue only (not "
            "said to host): not in countries. 'Abiy Ahmed' is written in full in an earlier item of the page."),
    M(D5, "Foreign Minister Gedion Timothewos met in Addis Ababa on Thursday", "meeting",
      "2025-10-02", inferred=True, date_source="url", city="Addis Ababa", country="ET",
      persons=[P("Gedion Timothewos", ["Foreign Minister Gedion Timothewos"], "Foreign Minister", "ET"),
               P("Espen Barth Eide", ["Espen Barth Eide"], "Norwegian Foreign Minister", "NO"),
               P("Lotte Machon", ["Lotte Machon"], "Danish State Secretary", "DK")],
      countries=["ET", "NO", "DK"],
      notes="'on Thursday (October 2)', year from the address (date_source url). One meeting with two visitors "
            "(one line). The broken last item (Somalia) was cut; its heading remains."),
    # ---------------------------------------------------------------- real26_06 Zambian Observer 2025
    M(D6, "Joint Permanent Commission on Defence and Security has opened", "working_group",
      "2025-05-06", "2025-05-09", inferred=True, city="Chilanga", country="ZM",
      persons=[P("Maambo Haamaundu", ["Mr. Maambo Haamaundu", "Mr. Haamaundu"], "Ministry of Defence Permanent Secretary",
                 MOD_ZM),
               P("Casmiro Augusto Mueio", ["Mr. Casmiro Augusto Mueio", "Mr. Mueio"],
                 "Mozambique’s Ministry of Defence Permanent Secretary", MOD_MZ),
               P("Dickson Matembo", ["Mr. Dickson Matembo"],
                 "Ministry of Home Affairs and Internal Security Permanent Secretary", MHAIS_ZM),
               P("Maliti Solochi II", ["Lt Gen Eng Maliti Solochi II"], "Zambia National Service Commander", ZNS,
                 "Lt Gen"),
               P("Barry Mutale", ["Brig Gen Barry Mutale"], "Zambia Army Director Operations", ZA_ARMY, "Brig Gen"),
               P("Lloyd Chonya", ["Brig Gen Lloyd Chonya"], "Zambia Air Force Chief of Operations", ZAF, "Brig Gen"),
               P("Graphel Musamba", ["Mr. Graphel Musamba"], "Inspector General of Police", "ZM"),
               P("Frederick Chilukutu", ["Commissioner General Frederick Chilukutu"],
                 "Zambia Correctional Service Commissioner General", ZCS)],
      orgs=[O(JPC_ZM_MZ, ["Zambian Mozambique Joint Permanent Commission on Defence and Security",
                          "Zambia-Mozambique Joint Permanent Commission on Defence and Security"]),
            O(MOD_ZM, ["Ministry of Defence"]), O(MOD_MZ, ["Mozambique’s Ministry of Defence"]),
            O(MHAIS_ZM, ["Ministry of Home Affairs and Internal Security"]), O(ZNS, ["Zambia National Service"]),
            O(ZA_ARMY, ["Zambia Army"]), O(ZAF, ["Zambia Air Force"]), O(ZCS, ["Zambia Correctional Service"])],
      countries=["ZM", "MZ"],
      notes="Session of a standing bilateral commission: working_group (real20). 'has opened' under the stamp "
            "2025-05-06: opened on the stamp's day (inferred), 'The four-day event' -> end computed (9 May), "
            "borderline. 'at Twangale Park in Chilanga District' -> Chilanga. The Senior Officials Meeting he "
            "opened is the first segment of the same session: one line. 'officially opened' is not chairing: chairs "
            "empty; hosting is not stated: organizers empty. The Zambian delegation list gives persons with their "
            "bodies; 'Eng' (engineer) is not part of the name; the police is named only through the title (ZM). "
            "The Zambian minister's sentence was cut (broken). SADC is only discussed."),
    # ---------------------------------------------------------------- real26_07 The Herald (Zimbabwe) 2022
    M(D7, "Representatives from Zimbabwe and Mozambique met in Harare yesterday", "working_group",
      "2022-03-24", inferred=True, city="Harare", country="ZW",
      persons=[P("James Manzou", ["Ambassador James Manzou", "Ambassador Manzou"],
                 "Permanent Secretary in the Ministry of Foreign Affairs and International Trade", MFAIT_ZW,
                 "Ambassador")],
      orgs=[O(JPCC_ZW_MZ, ["Joint Permanent Commission on Cooperation (JPCC)"]),
            O(MFAIT_ZW, ["Ministry of Foreign Affairs and International Trade"])],
      countries=["ZW", "MZ"], chairs=["James Manzou"],
      notes="'yesterday' against the stamp 2022-03-25 (inferred). Mid-term review of a standing joint commission: "
            "working_group. Manzou is 'co-chair of the mid-term review session' and opened it -> chair; the "
            "Mozambican co-chair is unnamed. 'consultations between our two Ministries' earlier are undated: no line. "
            "Nyusi and the decision to create the BNC are background; the convening of the BNC has no date."),
    M(D7, "expected State-visit to Mozambique early next month", "visit",
      "2022-04", inferred=True, fmt=None, country="MZ", status="planned",
      persons=[P(MNANG, ["President Mnangagwa", "His Excellency President E.D. Mnangagwa"], "President", "ZW", "H.E.")],
      countries=["ZW", "MZ"],
      notes="'early next month' against the stamp (March 2022) -> April 2022, month only, planned (seeds: a month "
            "counts as a concrete date, borderline). Destination country only. 'the impending State Visit' refers "
            "back to the same plan (no second line). Initials kept as printed ('E.D.'); possessive not in the "
            "mention."),
    # ---------------------------------------------------------------- real26_08 Daily Morocco (no date)
    M(D8, "during talks in Cairo Tuesday, the two ministers stressed", "meeting",
      None, city="Cairo", country="EG",
      persons=[P(SHOKRY, ["Egyptian Foreign Minister Sameh Shokry", "Shokry"], "Foreign Minister", MFA_EG),
               P(BOURITA, ["Nasser Bourita", "Bourita"], "Moroccan Minister", "MA")],
      orgs=[O(MFA_EG, ["Egyptian Foreign Ministry"])],
      countries=["EG", "MA"],
      notes="The page has no date at all (no stamp, no year in the address): 'Tuesday' cannot be resolved, start "
            "null. The joint press conference and the 'visit ... first to Cairo' are part of the same talks (one "
            "line). The spokesman Ahmed Hafez is a source, not a participant; the ministry is the source and takes "
            "part through its minister (kept with its mention, real1). Bourita's role is only 'his Moroccan "
            "counterpart' / 'the Moroccan Minister'. The Joint Supreme Committee has no date: not annotated. Syria, "
            "Libya, Yemen, Palestine, the UfM and the AU chairing are only discussed."),
    M(D8, "Bourita also met Tuesday with Arab League chief Ahmed Abul Gheit", "meeting",
      None, city="Cairo", country="EG",
      persons=[P(BOURITA, ["Bourita"], "Moroccan Minister", "MA"),
               P("Ahmed Abul Gheit", ["Ahmed Abul Gheit"], "Arab League chief", LAS)],
      orgs=[O(LAS, ["Arab League"])],
      countries=["MA"],
      notes="Same undated Tuesday, during the same visit to Cairo (city from the visit, borderline). Egypt is only "
            "the venue (the League's seat)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
