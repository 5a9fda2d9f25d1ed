"""Write gold.jsonl and entities.json of the set of real news pages real32 (Africa and the Middle East) from the tables below.

Run from anywhere: ``python tests/eval/real32/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (a Kuwaiti audience and a Saudi state visit, an IGAD counter-terrorism
convention reported by the AU's terrorism research centre, Tunisian-Algerian interior ministers,
a GCC meeting of criminal investigation chiefs in Abu Dhabi, Nigerian and Beninese customs, the
Mozambique-Tanzania defence and security commission, a Kuwaiti day of diplomatic meetings, an IGAD
national workshop in Addis Ababa), copied verbatim from the stored excerpt of each page (addresses
in SOURCES.md; cuts listed in NOTES.md); the people in them are real. The gold was written by hand
without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

from devsets import UNODC  # noqa: E402

IGAD = "Intergovernmental Authority on Development"
ISSP = "IGAD Security Sector Program"
AU = "African Union"
ACSRT = "African Centre for the Study and Research on Terrorism"
EU = "European Union"
MOI_TN = "Ministry of the Interior of Tunisia"
MOI_DZ = "Ministry of the Interior, Local Authorities and National Planning of Algeria"
MOI_AE = "Ministry of Interior of the United Arab Emirates"
FCP_AE = "Federal Criminal Police"
NCS = "Nigeria Customs Service"
BJ_CUSTOMS = "Customs Administration of the Republic of Benin"
PJCDS = "Mozambique-Tanzania Permanent Joint Commission on Defence and Security"
MFA_KW = "Ministry of Foreign Affairs of Kuwait"
MOHE_KW = "Ministry of Higher Education of Kuwait"
KFF = "Kuwait Fire Force"
UNHABITAT = "United Nations Human Settlements Programme"
UNH_AGB = "UN-Habitat Arabian Gulf Branch"
MFA_ET = "Ministry of Foreign Affairs of Ethiopia"
MOJ_ET = "Ministry of Justice of Ethiopia"
HPR_ET = "House of Peoples' Representatives of Ethiopia"
SAHAN = "Sahan Research"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ISSP: ("ISSP", IGAD, None, [ISSP, "IGAD Security Sector Programme", "ISSP"]),
    ACSRT: ("ACSRT", AU, None, [ACSRT, "ACSRT", "AU/ASCRT", "CAERT"]),
    EU: ("EU", None, None, [EU]),
    MOI_TN: (None, None, "TN", [MOI_TN, "Tunisian Ministry of the Interior", "Interior Ministry"]),
    MOI_DZ: (None, None, "DZ", [MOI_DZ, "Algerian Ministry of the Interior"]),
    MOI_AE: ("MoI", None, "AE", [MOI_AE, "Ministry of Interior"]),
    FCP_AE: (None, MOI_AE, "AE", [FCP_AE]),
    NCS: ("NCS", None, "NG", [NCS, "NCS", "Nigeria Customs"]),
    BJ_CUSTOMS: (None, None, "BJ", [BJ_CUSTOMS, "Customs Administration of the Benin Republic",
                                    "Benin Customs Administration"]),
    PJCDS: (None, None, None, [PJCDS, "Permanent Joint Commission on Defence and Security"]),
    MFA_KW: (None, None, "KW", [MFA_KW, "Ministry of Foreign Affairs", "Kuwaiti Foreign Ministry"]),
    MOHE_KW: (None, None, "KW", [MOHE_KW, "Ministry of Higher Education"]),
    KFF: (None, None, "KW", [KFF]),
    UNH_AGB: (None, UNHABITAT, None, [UNH_AGB, "UN-Habitat – Arabian Gulf Branch"]),
    MFA_ET: (None, None, "ET", [MFA_ET, "Ministry of Foreign Affairs"]),
    MOJ_ET: (None, None, "ET", [MOJ_ET, "Ministry of Justice"]),
    HPR_ET: (None, None, "ET", [HPR_ET, "House of People’s representative"]),
    UNODC: ("UNODC", None, None, [UNODC, "UNODC"]),
    SAHAN: (None, None, None, [SAHAN]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    IGAD: ("IGAD", None, None, [IGAD, "IGAD"]),
    AU: ("AU", None, None, [AU, "AU"]),
    UNHABITAT: ("UN-Habitat", None, None, [UNHABITAT, "UN-Habitat"]),
}

COUNTRY_NAMES = {
    "AE": ["United Arab Emirates", "UAE"], "BI": ["Burundi"], "BJ": ["Benin", "Benin Republic", "Republic of Benin"],
    "CA": ["Canada"], "DJ": ["Djibouti"], "DK": ["Denmark"], "DZ": ["Algeria", "Algerian"], "ES": ["Spain"],
    "ET": ["Ethiopia", "Ethiopian"], "FR": ["France"], "GB": ["United Kingdom"], "IL": ["Israel"], "IT": ["Italy"],
    "KE": ["Kenya"], "KW": ["Kuwait", "Kuwaiti"], "MZ": ["Mozambique", "Mozambican"], "NG": ["Nigeria"],
    "NL": ["Netherlands"], "SA": ["Saudi Arabia", "Saudi"], "SD": ["Sudan"], "SO": ["Somalia"], "SS": ["South Sudan"],
    "TN": ["Tunisia", "Tunisian"], "TZ": ["Tanzania", "Tanzanian"], "UG": ["Uganda"], "US": ["United States", "US"],
    "VA": ["Vatican", "Holy See"], "YE": ["Yemen"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real32_01_alarabiya.txt", "real32_02_caert.txt", "real32_03_tap.txt", "real32_04_adpolice.txt")
D5, D6, D7, D8 = ("real32_05_nation_nigeria.txt", "real32_06_coolmoza.txt", "real32_07_kuwait_times.txt",
                  "real32_08_igad.txt")

FAISAL = "Faisal bin Farhan"
SALEM = "Salem Abdullah al-Jaber al-Sabah"
KW_CITY = dict(city="Kuwait City", aliases=("Kuwait",), country="KW")
IGAD_STATES = ["DJ", "ET", "KE", "SO", "SD", "SS", "UG"]
OTHER_STATES = ["BI", "CA", "DK", "FR", "IL", "IT", "NL", "ES", "TZ", "US", "GB", "YE"]
ROMANOWSKI = P("Alina Romanowski", ["Alina Romanowski"], "US Ambassador to Kuwait", "US", "Ambassador")

MEETINGS = [
    # ---------------------------------------------------------------- real32_01 Al Arabiya 2023
    M(D1, "Prince Faisal arrived in Kuwait on Saturday where he was welcomed", "visit",
      "2023-02-04", "2023-02-05", inferred=True, **KW_CITY,
      persons=[P(FAISAL, ["Prince Faisal"], "Saudi Arabia’s Foreign Minister", "SA", "Prince"),
               P(SALEM, ["Sheikh Salem Abdullah al-Jaber al-Sabah"], "Kuwaiti counterpart", "KW", "Sheikh"),
               P("Sultan bin Saad bin Khalid", ["Prince Sultan bin Saad bin Khalid"],
                 "Saudi Arabia’s ambassador to Kuwait", "SA", "Prince")],
      countries=["SA", "KW"],
      notes="No stamp in the excerpt; the embedded post ends 'February 5, 2023', so 'on Sunday' = 2023-02-05 and "
            "'on Saturday' = 2023-02-04 (inferred; the address gives the same day). The 'official state visit' has a "
            "day of its own (the arrival with the airport welcome): one visit line, from the arrival to the audience "
            "(end borderline: the visit's end is not given). The welcome by the counterpart and the Saudi ambassador "
            "is part of it (real19 08). City: the text names only the state; the airport and Bayan Palace are taken "
            "as Kuwait City (alias 'Kuwait', real24 precedent, borderline). No host wording: no organiser."),
    M(D1, "met to discuss bilateral relations on Sunday, the ministry said", "meeting",
      "2023-02-05", inferred=True, **KW_CITY,
      persons=[P("Mishal al-Ahmad al-Jaber al-Sabah",
                 ["Sheikh Mishal al-Ahmad al-Jaber al-Sabah", "Sheikh Mishal", "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"],
                 "Crown Prince of Kuwait", "KW", "Sheikh"),
               P(FAISAL, ["Prince Faisal bin Farhan", "Prince Faisal"], "Saudi Arabia’s Foreign Minister", "SA",
                 "Prince"),
               P(SALEM, ["Sheikh Salem Abdullah Al-Jaber Al-Sabah"], "Kuwait’s Foreign Minister", "KW", "Sheikh")],
      countries=["KW", "SA"],
      notes="The headline, the lead, 'Sheikh Mishal received Prince Faisal ... at the Bayan Palace' and the embedded "
            "post report one audience: one line. Date from the post's 'February 5, 2023' (inferred). The Kuwaiti "
            "foreign minister attended ('in the presence of', in the post). 'HH' and 'H.E' are honorifics before the "
            "rank words kept as rank. 'the ministry' (Saudi foreign ministry, source of the post) is not listed. "
            "'received' by a crown prince: no body named, so no organiser. King Salman and the Saudi crown prince "
            "only sent greetings."),
    # ---------------------------------------------------------------- real32_02 CAERT (ACSRT) 2012
    M(D2, "IGAD Security Sector Programme convened the First Annual Convention", "conference",
      "2012-05-22", "2012-05-23", city="Addis Ababa", country="ET",
      persons=[P("Francisco Caetano Jose Madeira", ["Ambassador Francisco Caetano Jose Madeira"],
                 "Special Representative of the Chairperson of the AU Commission for Counter–Terrorism Cooperation, "
                 "and Director of the ACSRT", ACSRT, "Ambassador")],
      orgs=[O(ISSP, ["IGAD Security Sector Programme"]), O(ACSRT, ["ACSRT"]), O(EU, ["European Union"])],
      countries=IGAD_STATES + OTHER_STATES, organizers=[ISSP],
      notes="Full dates in the body ('on 22 and 23 May 2012'; lower-case 'on' opening the paragraph); the venue from "
            "the title line '..., Addis Ababa, Ethiopia'. 'convened' -> the IGAD programme organises. 'with the support "
            "of' the CGCC and the Danish foreign ministry: supporters, not listed as bodies (real16 funders); Denmark "
            "is in countries anyway as a represented state. All named IGAD member states and 'Other states "
            "represented' are listed (Tanzania and Yemen included); the European Union, named in the same list, is an "
            "organisation. The ACSRT director briefed the convention: participant, affiliated to the centre (parent "
            "AU); the AU Commission is only in his title. Al-Qaida, Al-Shabaab, the TFG and AMISOM are only discussed. "
            "The broken last sentence was cut."),
    # ---------------------------------------------------------------- real32_03 TAP via allAfrica 2024
    M(D3, "featured at the heart of a meeting on Tuesday in Algiers", "meeting",
      "2024-07-30", inferred=True, city="Algiers", country="DZ",
      persons=[P("Khaled Nouri", ["Khaled Nouri"], "Interior Minister", MOI_TN),
               P("Brahim Merad", ["Brahim Merad"], "Minister of the Interior, Local Authorities and National Planning",
                 MOI_DZ)],
      orgs=[O(MOI_TN, ["Interior Ministry"]), O(MOI_DZ, [])],
      countries=["TN", "DZ"],
      notes="Store stamp 2024-07-31 and the date line '30 July 2024' (a Tuesday): 'on Tuesday' = 2024-07-30 "
            "(inferred). The page also says the ministry's press release came 'on Monday evening', which does not fit "
            "a Tuesday meeting; the meeting's own weekday is followed. The headline repeats the meeting (one line). "
            "'the Tunisian and Algerian Ministries of the Interior' names both ministries in one phrase; the "
            "Tunisian one is also the source ('an Interior Ministry press release'), the Algerian one takes part "
            "through its minister (empty mentions). 'Tunis —' is the agency's dateline, not the venue. 'a meeting ... "
            "between': no organiser."),
    # ---------------------------------------------------------------- real32_04 Abu Dhabi Police 2021
    M(D4, "in the GCC States kicked off on Monday morning in Abu Dhabi", "meeting",
      "2021-06-14", inferred=True, date_source="url", city="Abu Dhabi", country="AE",
      persons=[P("Ali bin Hussein Al Hadi", ["Major General Ali bin Hussein Al Hadi"],
                 "Head of the Saudi Arabia delegation", "SA", "Major General"),
               P("Hamad Ajlan Al Amimi", ["Brigadier Hamad Ajlan Al Amimi", "Brigadier Al Amimi"],
                 "Director General of the Federal Criminal Police at the Ministry of Interior, Head of the UAE "
                 "delegation", FCP_AE, "Brigadier")],
      orgs=[O(MOI_AE, ["Ministry of Interior"]), O(FCP_AE, ["Federal Criminal Police"])],
      countries=["SA", "AE"], chairs=["Ali bin Hussein Al Hadi"],
      notes="The page has no date; the address has 2021/06/19 (a Saturday), so 'on Monday' is taken as the Monday "
            "before it, 2021-06-14 (date_source url, inferred; a second reader may keep the month only). Numbered "
            "meeting of national directors general within the GCC: typed meeting as the seeds' 'meeting of heads of "
            "... departments' (council_session is possible). 'headed by' the Saudi head of delegation -> chair. The "
            "UAE head of delegation gave the inaugural speech; his unit is a part of the UAE interior ministry. "
            "'GCC States' and 'GCC member states' are generic (not expanded); the GCC ministers of interior (their "
            "decision) and the GCC Secretariat General (thanked for its efforts for 'such meetings') are not shown "
            "taking part, so neither is listed and there is no organiser. The broken last paragraph was cut."),
    # ---------------------------------------------------------------- real32_05 The Nation (Nigeria) 2024
    M(D5, "led a high-level delegation that set out on a critical mission", "meeting",
      "2024-04-11", country="BJ",
      persons=[P("Bashir Adewale Adeniyi", ["Bashir Adewale Adeniyi"], "Comptroller-General of Customs (CGC)", NCS),
               P("Adidjatou Hassan Zanouvi", ["Adidjatou Hassan Zanouvi"],
                 "Director-General of Benin Customs Administration", BJ_CUSTOMS)],
      orgs=[O(NCS, ["Nigeria Customs Service", "NCS"]),
            O(BJ_CUSTOMS, ["Customs Administration of the Benin Republic", "Benin Customs Administration"])],
      countries=["NG", "BJ"], organizers=[BJ_CUSTOMS],
      notes="Full date 'on Thursday, April 11, 2024'. The venue is not named: the Nigerian delegation 'set out' to "
            "meet the Beninese director-general, who 'welcomed the group', so the country is Benin (borderline) and "
            "the city unknown; the welcoming service is taken as host (organiser, borderline). The 'rendezvous in "
            "Cotonou' is an earlier undated meeting (not annotated); the X post 'on Sunday, April 14' is no meeting; "
            "the inspection of projects at the Seme Area Command is no meeting. The presidents Talon and Tinubu are "
            "only quoted as the framework's authors. The broken last word ('The') was cut."),
    # ---------------------------------------------------------------- real32_06 coolmoza (Lusa/AIM repost) 2022
    M(D6, "are meeting from today until Friday in Maputo", "working_group",
      "2022-09-27", "2022-09-30", inferred=True, city="Maputo", country="MZ",
      persons=[P("Cristóvão Artur Chume", ["Cristóvão Artur Chume"], "defence minister", "MZ"),
               P("Stergomena Tax", ["Stergomena Tax"], "defence minister", "TZ")],
      orgs=[O(PJCDS, ["Permanent Joint Commission on Defence and Security"])],
      countries=["MZ", "TZ"], chairs=["Cristóvão Artur Chume", "Stergomena Tax"],
      notes="The only date is the header line '2:31 CAT | 27 Sep 2022' (a Tuesday): 'from today until Friday' = "
            "2022-09-27 to 2022-09-30 (inferred). Fourth session of a standing bilateral commission: working_group "
            "(real30 precedent), the commission as organisation. The experts' meeting 'today' that precedes the "
            "ministerial meeting is the first part of the same session (no line of its own; the ministerial part has "
            "no day). 'will be co-chaired by' the two ministers -> chairs; their role from 'The defence ministers of "
            "Mozambique and Tanzania'. Kicking off at publication: held. SAMIM and SADC are only mentioned."),
    M(D6, "during a meeting between Mozambique’s President Filipe Nyusi", "meeting",
      "2022-09-21", inferred=True, city="Maputo", country="MZ",
      persons=[P("Filipe Nyusi", ["Filipe Nyusi"], "Mozambique’s President", "MZ"),
               P("Samia Suluhu", ["Samia Suluhu", "Samia Suhulu"], "Tanzanian head of state", "TZ")],
      countries=["MZ", "TZ"],
      notes="'on Wednesday' counted back from the header day (Tuesday 27 Sep 2022): 2022-09-21 (inferred). The "
            "venue from 'during her visit to Maputo'. The signing of the two memoranda took place during the meeting "
            "(one line). 'Samia Suhulu' (sic) kept as a mention. Her visit has no day of its own beyond this meeting: "
            "no visit line. 'a meeting between': no organiser."),
    # ---------------------------------------------------------------- real32_07 Kuwait Times 2021
    M(D7, "yesterday received a copy of the credentials of Ambassador", "meeting",
      "2021-03-15", inferred=True, **KW_CITY,
      persons=[P("Ahmad Nasser Al-Mohammad Al-Sabah", ["Sheikh Dr Ahmad Nasser Al-Mohammad Al-Sabah", "Sheikh Dr Ahmad"],
                 "Minister of Foreign Affairs and Minister of State for Cabinet Affairs", MFA_KW, "Sheikh Dr"),
               P("Eugene Martin Nugent", ["Eugene Martin Nugent"], "Ambassador of the Vatican", "VA")],
      orgs=[O(MFA_KW, ["Ministry of Foreign Affairs"])],
      countries=["KW", "VA"], organizers=[MFA_KW],
      notes="'yesterday' against the store stamp 2021-03-16: 2021-03-15 (inferred), for every item of the page. "
            "'KUWAIT:' dateline and 'at the General Office of the Ministry of Foreign Affairs' -> Kuwait City (alias "
            "'Kuwait', real24). 'received' -> the minister's ministry hosts. The Vatican is the Holy See (VA). "
            "'Senior foreign ministry officials' are unnamed."),
    M(D7, "Ambassador Majdi Al-Dhafiri met yesterday with US Ambassador", "meeting",
      "2021-03-15", inferred=True, **KW_CITY,
      persons=[P("Majdi Al-Dhafiri", ["Ambassador Majdi Al-Dhafiri"], "Deputy Foreign Minister", MFA_KW, "Ambassador"),
               ROMANOWSKI,
               P("Ayham Al-Omar", ["Ambassador Ayham Al-Omar"],
                 "Assistant Foreign Minister for the Deputy Foreign Minister’s office", MFA_KW, "Ambassador"),
               P("Hamad Al-Mashaan", ["Ambassador Hamad Al-Mashaan"], "Assistant Foreign Minister for Americas Affairs",
                 MFA_KW, "Ambassador")],
      orgs=[O(MFA_KW, [])],
      countries=["KW", "US"],
      notes="'Separately' in the same report, 'yesterday' (inferred). No venue given: the dateline city (borderline). "
            "The two assistant ministers 'were present at the meeting' -> participants. The ministry takes part "
            "through its officials' titles (empty mentions). 'met with': no organiser."),
    M(D7, "had discussed on Monday with Ambassador Romanowski", "meeting",
      "2021-03-15", inferred=True, **KW_CITY,
      persons=[P("Mohammad Al-Fares", ["Dr Mohammad Al-Fares"], "Minister of Higher Education and Oil Minister",
                 MOHE_KW, "Dr"),
               P("Alina Romanowski", ["Ambassador Romanowski"], "US Ambassador to Kuwait", "US", "Ambassador")],
      orgs=[O(MOHE_KW, ["Ministry of Higher Education"])],
      countries=["KW", "US"],
      notes="'on Monday' against the stamp (Tuesday 2021-03-16): 2021-03-15, the same day as the other items "
            "(inferred). A separate meeting of the same ambassador with another minister: its own line. The ministry "
            "is the source of the statement and takes part through its minister. Venue: the dateline city "
            "(borderline). No host wording."),
    M(D7, "received in his office yesterday Dr Amira Al-Hassan", "meeting",
      "2021-03-15", inferred=True, **KW_CITY,
      persons=[P("Khaled Al-Mikrad", ["Lt Gen Khaled Al-Mikrad"], "Chief of Kuwait Fire Force", KFF, "Lt Gen"),
               P("Amira Al-Hassan", ["Dr Amira Al-Hassan"], "head of mission of the UN-Habitat – Arabian Gulf Branch",
                 UNH_AGB, "Dr")],
      orgs=[O(KFF, ["Kuwait Fire Force"]), O(UNH_AGB, ["UN-Habitat – Arabian Gulf Branch"])],
      countries=["KW"], organizers=[KFF],
      notes="'yesterday' (inferred). 'received in his office' -> the Fire Force hosts, Kuwait City. The UN-Habitat "
            "branch is a unit of UN-Habitat (parent). The broken last sentence ('Other officials ... attende') was "
            "cut, so the unnamed officials of both sides are not in the text."),
    # ---------------------------------------------------------------- real32_08 IGAD 2014
    M(D8, "held a one day national workshop on Promoting International", "workshop",
      "2014-03-20", inferred=True, city="Addis Ababa", country="ET",
      persons=[P("Tesfaye Yitayih", ["Ato Tesfaye Yitayih"],
                 "the Head of IGAD Directorate at the Ministry of Foreign Affairs", MFA_ET, "Ato"),
               P("Abebe Muluneh", ["Commander Abebe Muluneh"], "the Head of ISSP", ISSP, "Commander"),
               P("Simon Nyambura", ["Dr. Simon Nyambura"], "the Head of Counter Terrorism Pillar at ISSP", ISSP, "Dr.")],
      orgs=[O(ISSP, ["IGAD Security Sector Program (ISSP)", "ISSP"]), O(MFA_ET, ["Ministry of Foreign Affairs"]),
            O(HPR_ET, ["House of People’s representative"]), O(MOJ_ET, ["Ministry of Justice"]),
            O(ACSRT, ["AU/ASCRT"]), O(UNODC, ["UNODC"]), O(SAHAN, ["Sahan Research"])],
      countries=["ET"], organizers=[ISSP], chairs=["Tesfaye Yitayih", "Abebe Muluneh", "Simon Nyambura"],
      notes="The only date is the dateline 'Addis Ababa, 20 March 2014 –'; the one-day workshop is taken to be on that "
            "day and in that city (inferred). 'held' by the IGAD programme -> organiser. 'chaired by' the Ethiopian "
            "official and 'co-presided by' the two ISSP heads -> three chairs. Participants 'drawn from' parliament, "
            "two ministries and law enforcement agencies (generic, not a body); presenters from the AU centre (written "
            "'AU/ASCRT', the ACSRT of real32_02), UNODC, the Government of Ethiopia (-> ET) and Sahan Research. 'Ato' "
            "kept as rank. The leading site chrome 'Skip to main content' and the broken last sentence were cut."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
