"""Write gold.jsonl and entities.json of the set of real news pages real39 (Asia-Pacific, South Asia and Central Asia) from the tables below.

Run from anywhere: ``python tests/eval/real39/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (a SAARC Secretariat press-release listing, a visit of the Bangladesh foreign
minister to Sri Lanka, Japan-China-Korea senior officials in Tokyo, a special session of the
Thailand-Cambodia General Border Committee in Koh Kong, an ASEANAPOL police-training conference in
Indonesia, the Mekong law enforcement ministerial meeting in Beijing, an Australian minister's visit to
Papua New Guinea, the SCO heads of government council in Bishkek), copied verbatim from the stored
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

SAARC = "South Asian Association for Regional Cooperation"
SAARC_SEC = "SAARC Secretariat"
MOHP_NP = "Ministry of Health and Population of Nepal"
UNICEF = "United Nations Children's Fund"
UNICEF_ROSA = "UNICEF Regional Office for South Asia"
GBC = "Thailand-Cambodia General Border Committee"
INP = "Indonesian National Police"
INP_FAB = "Foreign Affairs Bureau of the Indonesian National Police"
PPA = "People's Police Academy of Vietnam"
ASEANAPOL = "ASEAN Chiefs of Police"
AS_SEC = "ASEANAPOL Secretariat"
MVD = "Ministry of Internal Affairs of the Russian Federation"
AFP = "Australian Federal Police"
MEKONG = "Mekong River Law Enforcement and Security Cooperation Mechanism"
RPNGC = "Royal Papua New Guinea Constabulary"
SCO = "Shanghai Cooperation Organization"
SCO_CHG = "Council of Heads of Government of the Shanghai Cooperation Organization"
RATS = "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"
RATS_EC = "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    SAARC: ("SAARC", None, None, [SAARC, "SAARC"]),
    SAARC_SEC: (None, SAARC, None, [SAARC_SEC]),
    MOHP_NP: (None, None, "NP", [MOHP_NP]),
    UNICEF: ("UNICEF", None, None, [UNICEF, "UNICEF"]),
    UNICEF_ROSA: ("ROSA", UNICEF, None, [UNICEF_ROSA, "UNICEF ROSA", "ROSA"]),
    GBC: ("GBC", None, None, [GBC, "General Border Committee", "GBC"]),
    INP_FAB: (None, INP, "ID", [INP_FAB, "Foreign Affairs Bureau – Indonesian National Police Agency",
                                "Foreign Affairs Bureau"]),
    PPA: ("PPA", None, "VN", [PPA, "PPA"]),
    AS_SEC: (None, ASEANAPOL, None, [AS_SEC]),
    MVD: (None, None, "RU", [MVD, "Russian Interior Ministry"]),
    AFP: ("AFP", None, "AU", [AFP, "AFP", "Australian Federal Police Force"]),
    MEKONG: (None, None, None, [MEKONG, "Mekong River law enforcement and security cooperation mechanism"]),
    RPNGC: ("RPNGC", None, "PG", [RPNGC, "Royal PNG Constabulary", "RPNGC",
                                  "Royal Papua New Guinea constabulary"]),
    SCO: ("SCO", None, None, [SCO, "SCO"]),
    SCO_CHG: (None, SCO, None, [SCO_CHG, "Council of heads of governments of SCO member states",
                                "Council of the heads of the governments of the SCO countries"]),
    RATS_EC: (None, RATS, None, [RATS_EC, "Executive Committee of the SCO RATS"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    INP: (None, None, "ID", [INP, "Indonesian National Police Agency"]),
    ASEANAPOL: ("ASEANAPOL", None, None, [ASEANAPOL, "ASEANAPOL"]),
    RATS: ("RATS", SCO, None, [RATS, "SCO RATS"]),
}

COUNTRY_NAMES = {
    "AU": ["Australia", "Australian"], "BD": ["Bangladesh", "Bangladeshi"], "CN": ["China", "Chinese"],
    "ID": ["Indonesia", "Indonesian"], "IN": ["India"], "JP": ["Japan", "Japanese"], "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"],
    "KH": ["Cambodia"], "KR": ["South Korea"], "KZ": ["Kazakhstan"], "LA": ["Laos"], "LK": ["Sri Lanka"],
    "MM": ["Myanmar"], "NP": ["Nepal"], "PG": ["Papua New Guinea", "PNG"], "PH": ["Philippines", "Philippine"],
    "RU": ["Russia", "Russian"], "TH": ["Thailand", "Thai"], "TJ": ["Tajikistan"], "UZ": ["Uzbekistan"],
    "VN": ["Viet Nam", "Vietnam"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real39_01_saarc.txt", "real39_02_sunday_times_lk.txt", "real39_03_diplomacy_business_tokyo.txt",
                  "real39_04_pattaya_mail.txt")
D5, D6, D7, D8 = ("real39_05_ppa_vietnam.txt", "real39_06_bao_da_nang.txt", "real39_07_the_national_png.txt",
                  "real39_08_silkroad_news.txt")

SALEEM = "Ahmed Saleem"
KHAN = "M. Morshed Khan"
SUN = "Sun Weidong"
CHUNG = "Chung Byung-won"
KEENAN = "Michael Keenan"
ALIMOV = "Rashid Alimov"
SYSOEV = "Eugene Sysoev"

THAI_DELEGATION = [
    ("Tharapong Malakam", "General"), ("Nontree Intarasalee", "Air Chief Marshal"), ("Chamnanwit Terat", None),
    ("Woranat Khongmuang", None), ("Kantapoj Setharatsamee", "General"), ("Thongchai Rodyoi", "General"),
    ("Phairoj Fueangchan", "Admiral"), ("Wachirapon Muangnoi", "Air Chief Marshal"),
]

MEETINGS = [
    # ---------------------------------------------------------------- real39_01 SAARC Secretariat listing 2013
    M(D1, "The Regional Consultative Meeting to finalize actionable frameworks", "meeting",
      "2013-05-08", "2013-05-09", city="Kathmandu", country="NP",
      persons=[P("Ram Chandra Devkota", ["Mr. Ram Chandra Devkota"],
                 "Deputy Director General of Ministry of Health and Population of Nepal", MOHP_NP),
               P("Ibrahim Zuhuree", ["Mr. Ibrahim Zuhuree"], "Director, Social Affairs, SAARC Secretariat", SAARC_SEC),
               P("Karin Hulshof", ["Karin Hulshof"], "Regional Director, UNICEF ROSA", UNICEF_ROSA)],
      orgs=[O(SAARC_SEC, ["SAARC Secretariat"]), O(MOHP_NP, ["Ministry of Health and Population of Nepal"]),
            O(UNICEF, ["UNICEF"]), O(UNICEF_ROSA, ["UNICEF ROSA"])],
      countries=["NP"], organizers=[SAARC_SEC], chairs=["Ram Chandra Devkota"],
      notes="'held at the SAARC Secretariat on 8-9 May 2013' -> the Secretariat hosts; Kathmandu from its seat "
            "(world knowledge, as seeds 'in CARICC' -> Almaty; borderline). 'under the chairmanship of' -> chair. "
            "The Secretary-General only had the meeting opened 'on behalf of' him: not a participant. "
            "'representatives of SAARC Member States' and 'Experts from the region' are generic. The Health "
            "Ministers' and TCHPA meetings have no date; the Fourth TCHPA meeting 'scheduled to be held in India' "
            "has no date (not annotated). The numbered paragraphs '2.' and '3.' belong to this item."),
    M(D1, "called on H. E. Mr. Salman Khurshid, Minister of External Affairs", "meeting",
      "2013-05-02", city="New Delhi", country="IN",
      persons=[P(SALEEM, ["H. E. Mr. Ahmed Saleem"], "Secretary-General of SAARC", SAARC, "H.E."),
               P("Salman Khurshid", ["H. E. Mr. Salman Khurshid"], "Minister of External Affairs of India", "IN", "H.E.")],
      orgs=[O(SAARC, ["SAARC"])],
      countries=["IN"], organizers=["IN"],
      notes="Second item of the listing: 'called on ... on 2 May 2013 in New Delhi' (full date). A call on a "
            "minister -> his state receives (real34 02, real8). 'the Secretary-General' and 'the Minister' refer "
            "back. The spaced 'H. E.' is the honorific 'H.E.'."),
    # ---------------------------------------------------------------- real39_02 Sunday Times (Sri Lanka) 2004
    M(D2, "arrived in Sri Lanka on Friday to hand over letters of invitation", "meeting",
      "2004-11-12", inferred=True, date_source="url", fmt="in_person", country="LK",
      persons=[P(KHAN, ["M. Morshed Khan"], "Bangladesh Foreign Minister", "BD"),
               P("Chandrika Bandaranaike Kumaratunga", ["President Chandrika Bandaranaike Kumaratunga",
                                                        "President Chandrika Kumaratunge"], "President", "LK")],
      countries=["BD", "LK"], organizers=["LK"],
      notes="No stamp or dateline; the address '/041114/' gives Sunday 14 November 2004, and 'on Friday' is counted "
            "back from it -> 12 November (date_source url). The lead (handing over the invitation to the "
            "President) and 'called on both President Chandrika Kumaratunge and' are the same call; 'Kumaratunge' "
            "(sic) and the headline's 'CBK' are the same person. 'He left Sri Lanka the same day' -> both calls "
            "that Friday. No city named ('arrived in Sri Lanka'): country only. A call on a head of state -> her "
            "state receives. The Prime Minister Khaleda Zia only sends the envoy (not a participant)."),
    M(D2, "and Foreign Minister, Lakshman Kadirgamar where they exchanged views", "meeting",
      "2004-11-12", inferred=True, date_source="url", fmt="in_person", country="LK",
      persons=[P(KHAN, ["The visiting Bangladesh Foreign Minister"], "Bangladesh Foreign Minister", "BD"),
               P("Lakshman Kadirgamar", ["Lakshman Kadirgamar"], "Foreign Minister", "LK")],
      countries=["BD", "LK"], organizers=["LK"],
      notes="Second call of the same day ('called on both ... and Foreign Minister'): a line of its own (two hosts). "
            "Khan is named here only as 'The visiting Bangladesh Foreign Minister' (a generic mention, kept out of the "
            "aliases)."),
    M(D2, "Bangladesh will be the hosts of the SAARC summit to be held from 9", "conference",
      "2005-01-09", "2005-01-11", city="Dhaka", country="BD", status="planned",
      orgs=[O(SAARC, ["SAARC"])],
      countries=["BD"], organizers=["BD"],
      notes="Planned with concrete days ('to be held from 9 - 11 January 2005'); the lead's '13th SAARC summit to "
            "be held in Bangladesh' and 'The Dhaka Summit in 2005' are the same summit (Dhaka from the latter). "
            "'Bangladesh will be the hosts' -> organiser. The invited heads of state are not yet participants. "
            "The 1985 summit (year only) is not annotated."),
    # ---------------------------------------------------------------- real39_03 Diplomacy & Business Tokyo 2024
    M(D3, "Senior officials from Japan, China, and South Korea met on Monday", "meeting",
      "2024-10-28", inferred=True, date_source="url", city="Tokyo", country="JP",
      persons=[P("Takehiro Funakoshi", ["Takehiro Funakoshi"], "Senior Deputy Minister for Foreign Affairs of Japan", "JP"),
               P(SUN, ["Sun Weidong"], "Vice Minister of Foreign Affairs of China", "CN"),
               P(CHUNG, ["Chung Byung-won"], "Deputy Minister for Political Affairs of South Korea", "KR")],
      countries=["JP", "CN", "KR"],
      notes="No stamp or dateline; 'on Monday' matches the address date '/2024/10/28/' (a Monday): date_source "
            "url. 'held at the Iikura Guest House in Tokyo'. The headline-like lead and 'The meeting, held at' "
            "are one meeting. No host is stated in the text (the guest house is Japan's, world knowledge; not "
            "used). The officials are affiliated to their countries (no ministry named, real34). The upcoming "
            "foreign ministers' meeting and summit 'at the earliest convenient time' have no date."),
    M(D3, "made since the Trilateral Summit in May", "conference",
      "2024-05", inferred=True, date_source="url", fmt=None,
      countries=["JP", "CN", "KR"],
      notes="Background summit with a month ('in May') and the year from 'earlier this year' against the address "
            "(date_source url); no venue in the text. Kept as a dated past gathering of the three states "
            "(borderline: a second reader may leave background out). Same summit as 'the May summit'."),
    M(D3, "Yoko Kamikawa received courtesy calls from Vice Minister Sun", "meeting",
      "2024-10-28", inferred=True, date_source="url", city="Tokyo", country="JP",
      persons=[P("Yoko Kamikawa", ["Yoko Kamikawa", "Minister Kamikawa"], "Japanese Foreign Minister", "JP"),
               P(SUN, ["Vice Minister Sun"], "Vice Minister of Foreign Affairs of China", "CN"),
               P(CHUNG, ["Deputy Minister Chung"], "Deputy Minister for Political Affairs of South Korea", "KR")],
      countries=["JP", "CN", "KR"], organizers=["JP"],
      notes="'Following the senior officials’ meeting' -> the same day; Tokyo from the meeting (borderline). Two "
            "courtesy calls reported in one sentence with no separate details -> one line (seeds series rule). "
            "Receiving courtesy calls -> the host state (real34 02)."),
    # ---------------------------------------------------------------- real39_04 Pattaya Mail (NNT) 2025
    M(D4, "convened the First Special Session of the General Border Committee", "working_group",
      "2025-09-10", inferred=True, date_source="outside", city="Koh Kong", country="KH",
      persons=[P("Nattaphon Narkphanit", ["General Nattaphon Narkphanit"], "Deputy Minister of Defence", "TH", "General")]
      + [P(n, [f"{r} {n}" if r else n], None, "TH", r) for n, r in THAI_DELEGATION],
      orgs=[O(GBC, ["General Border Committee (GBC)", "GBC"])],
      countries=["TH", "KH"],
      notes="'on Wednesday (Sept 10)' with no year anywhere on the page (no stamp; the dateline 'BANGKOK, Thailand "
            "–' has none): 2025 from world knowledge (the ceasefire after the 2025 border clashes; 10 September "
            "2025 is a Wednesday) -> date_source outside. The dateline is not the venue: 'in Koh Kong province', "
            "'at the Koh Kong Provincial Hall' -> Koh Kong, Cambodia. A session of a standing bilateral committee "
            "-> working_group (real34 01). Leading a delegation is not chairing; 'Thailand and Cambodia convened' "
            "is read like 'held' (no organiser). The Thai delegation list: ranks as written, no roles given; the "
            "Cambodian side names nobody. The recent RBC session and the upcoming GBC/RBC meetings have no date. "
            "NNT is the source."),
    # ---------------------------------------------------------------- real39_05 People's Police Academy of Vietnam 2015
    M(D5, "The conference was officially held by the Foreign Affairs Bureau", "conference",
      "2015-10-27", "2015-10-30", country="ID",
      orgs=[O(INP_FAB, ["Foreign Affairs Bureau – Indonesian National Police Agency"]), O(PPA, ["PPA"]),
            O(AS_SEC, ["ASEANAPOL Secretariat"]), O(MVD, ["Russian Interior Ministry"]),
            O(AFP, ["Australian Federal Police Force"])],
      countries=["ID", "VN", "RU", "AU", "PH"], organizers=[INP_FAB],
      notes="'from 27th to 30th of October 2015' (full dates). Headline 'in Indonesia'; no city is stated for the "
            "conference (the Jakarta police department appears only in a photo caption) -> country only "
            "(borderline). 'officially held by the Foreign Affairs Bureau – Indonesian National Police Agency' -> "
            "organiser; its Director who takes over the chair is not named (no chair). The site's own academy "
            "(PPA) attends (headline). The Philippine police leader (unnamed; PH as country), the ASEANAPOL "
            "Secretariat, the Russian ministry and the AFP are participants; 'member countries' and 'dialogue "
            "partners' are generic. The visits in the two photo captions are part of the conference programme "
            "with no date of their own (no lines). The 5th conference has no date."),
    # ---------------------------------------------------------------- real39_06 Bao Da Nang (VNA) 2016
    M(D6, "at the ministerial meeting of the 5th anniversary of Mekong River", "meeting",
      "2016-12-27", inferred=True, city="Beijing", country="CN",
      persons=[P("Guo Shengkun", ["Guo Shengkun"], "Chinese Minister of Public Security", "CN")],
      orgs=[O(MEKONG, ["Mekong River law enforcement and security cooperation mechanism"])],
      countries=["CN", "LA", "MM", "TH", "VN", "KH"],
      notes="'in Beijing, China on December 27' with the year from 'Published: December 29, 2016' (inferred). A "
            "ministerial meeting -> meeting (real conventions). The standing mechanism whose meeting it is is "
            "listed (seeds). 'Senior officials from 6 countries' resolved by 'The involved parties include China, "
            "Laos, Myanmar and Thailand, with Viet Nam and Cambodia acting as observers' (observers count, real34). "
            "The minister is affiliated to his country (no body named). No host stated. The 20 December joint "
            "patrol is an operation, and the 2011 launch is no gathering (not annotated). The repeated photo "
            "caption is kept."),
    # ---------------------------------------------------------------- real39_07 The National (PNG) 2014
    M(D7, "completed his three-day visit to Papua New Guinea", "visit",
      "2014-02", inferred=True, country="PG",
      persons=[P(KEENAN, ["Michael Keenan", "Keenan"], "Justice Minister", "AU")],
      countries=["AU", "PG"],
      notes="Header 'The National, Friday February 21st, 2014'; the three days are not given -> month of the header "
            "(real conventions, borderline). A visit to a country -> country only (real34), though the stops "
            "named are in Port Moresby. No host or counterpart is named. The market tour, the wreath at Bomana War "
            "Cemetery and the college visit are parts of the visit; the meeting at the college is a line of its "
            "own (below). The graduation 'last week' is not attended by him (no line)."),
    M(D7, "At Bomana Police he met six AFP advisors working with the Royal PNG", "meeting",
      "2014-02", inferred=True, country="PG",
      persons=[P(KEENAN, ["Keenan"], "Justice Minister", "AU")],
      orgs=[O(AFP, ["AFP"]), O(RPNGC, ["Royal PNG Constabulary", "RPNGC"])],
      countries=["AU", "PG"],
      notes="A meeting during the visit's 'final leg' with AFP advisors and trainers and new constables of the "
            "RPNGC at the Bomana Police College: no day -> the header's month (borderline; a second reader may "
            "fold it into the visit). 'Bomana' is the college's place; no city is given for it (country only). "
            "'Royal Papua New Guinea constabulary' and 'RPNGC' in his quotes are the same force."),
    # ---------------------------------------------------------------- real39_08 Silkroadnews 2016
    M(D8, "The anniversary meeting of the Shanghai Cooperation Organization’s", "council_session",
      "2016-11-03", inferred=True, city="Bishkek", country="KG",
      persons=[P(ALIMOV, ["Secretary General Rashid Alimov"], "Secretary General", SCO),
               P(SYSOEV, ["Eugene Sysoev"], "Director of the Executive Committee of the SCO RATS", RATS_EC)],
      orgs=[O(SCO, ["Shanghai Cooperation Organization", "SCO"]),
            O(SCO_CHG, ["Council of the heads of the governments of the SCO countries",
                        "Council of heads of governments of SCO member states"]),
            O(RATS_EC, ["Executive Committee of the SCO RATS"])],
      countries=["KG", "CN", "RU", "KZ", "UZ", "TJ"],
      notes="Item stamp 'Date: 15:03, 03-11-2016.' and dateline 'Almaty. November 3.': 'has been opened' that day "
            "(inferred); no end given. The dateline city is not the venue ('in the Bishkek state residence "
            "“Ala-Archa”'). The narrow-format meeting of the heads of delegations 'this afternoon', the enlarged "
            "meeting of the Council later in the afternoon and the signing are parts of this session (one line). "
            "'chaired by the Kyrgyz Republic' -> a state chairs: KG in countries, no chair (seeds 004#1). Heads of "
            "government of five states named as countries (the heads themselves are not named). KyrTAG is the "
            "source."),
    M(D8, "The collective meeting of the Kyrgyz President Almazbek Atambayev", "meeting",
      "2016-11-03", inferred=True, city="Bishkek", country="KG", status="planned",
      persons=[P("Almazbek Atambayev", ["Almazbek Atambayev"], "Kyrgyz President", "KG"),
               P(ALIMOV, ["SCO Secretary General"], "Secretary General", SCO),
               P(SYSOEV, ["Director of the Executive Committee of the SCO RATS"],
                 "Director of the Executive Committee of the SCO RATS", RATS_EC)],
      orgs=[O(SCO, ["SCO"]), O(RATS_EC, ["Executive Committee of the SCO RATS"])],
      countries=["KG"], organizers=["KG"],
      notes="'is expected to be held in the office of the president' on the day of the session -> planned, same day "
            "(inferred). A meeting with a head of state in his office -> his state hosts. 'the heads of governments "
            "of the SCO member states' is generic (no countries added). The Secretary General and the RATS "
            "director are named only by title here (generic mentions)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"SCO Secretary General", "Director of the Executive Committee of the SCO RATS",
                     "The visiting Bangladesh Foreign Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
