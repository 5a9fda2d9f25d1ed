"""Write gold.jsonl and entities.json of the set of real news pages real59 (Asia-Pacific, South and Central Asia)
from the tables below.

Run from anywhere: ``python tests/eval/real59/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (an ASEAN Secretariat item announcing the second ASEAN ministerial meeting on transnational crime,
a CIS Executive Committee item on the SCO RATS conference in Tashkent, an Embassy of Uzbekistan (New Delhi) item on
the SCO security council secretaries in Tashkent, a Russia-Islamic World item on Kazakh-Russian consultations in
Astana, an A News item on the Pacific Islands Forum foreign ministers in Suva, a Loop Tonga item on the Tongan
prime minister at the Forum leaders' retreat in Fiji, a NewsIn.Asia item on Indian online training for Sri Lankan
police, a Thai foreign ministry item on a workshop for police officers), copied verbatim from the stored excerpt
of each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real. The gold was written
by hand without running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

ASEAN = "Association of Southeast Asian Nations"
SCO = "Shanghai Cooperation Organization"
RATS = "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"
RATS_EC = "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"
UN = "United Nations"
OSCE = "Organization for Security and Co-operation in Europe"
CSTO = "Collective Security Treaty Organization"
CSTO_ATC = "CSTO Anti-Terror Center"
INTERPOL = "International Criminal Police Organization"
CIS = "Commonwealth of Independent States"
MFA_KZ = "Ministry of Foreign Affairs of Kazakhstan"
MFA_RU = "Ministry of Foreign Affairs of Russia"
PIF = "Pacific Islands Forum"
BPRD = "Bureau of Police Research and Development"
MEA_IN = "Ministry of External Affairs of India"
SLP = "Sri Lanka Police"
MFA_TH = "Ministry of Foreign Affairs of Thailand"
DOP_TH = "Department of Protocol, Ministry of Foreign Affairs of Thailand"
RTP = "Royal Thai Police"
MPB = "Metropolitan Police Bureau"
SB_TH = "Special Branch Bureau"
IMM_TH = "Immigration Bureau"
TPB = "Tourist Police Bureau"
FAD_TH = "Foreign Affairs Division of the Royal Thai Police"

FOREIGN_MINISTRIES = "Foreign Ministries of Russia and Kazakhstan"
HEADS = "Heads of delegations"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ASEAN: ("ASEAN", None, None, [ASEAN, "ASEAN"]),
    SCO: ("SCO", None, None, [SCO, "SCO"]),
    RATS: ("SCO RATS", SCO, None, [RATS, "Shanghai Cooperation Organization Regional Anti-Terrorist Structure (SCO RATS)",
                                   "SCO RATS"]),
    RATS_EC: (None, RATS, None, [RATS_EC, "Executive Committee of the Regional Anti-Terrorist Structure of the SCO"]),
    UN: ("UN", None, None, [UN, "UN"]),
    OSCE: ("OSCE", None, None, [OSCE, "OSCE"]),
    CSTO: ("CSTO", None, None, [CSTO, "CSTO"]),
    CSTO_ATC: (None, CSTO, None, [CSTO_ATC]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "INTERPOL", "Interpol"]),
    CIS: ("CIS", None, None, [CIS, "CIS"]),
    MFA_KZ: (None, None, "KZ", [MFA_KZ, "foreign ministry of Kazakhstan"]),
    MFA_RU: (None, None, "RU", [MFA_RU]),
    PIF: ("PIF", None, None, [PIF, "PIF"]),
    BPRD: ("BPR&D", None, "IN", [BPRD, "Bureau of Police Research and Development (BPR&D)", "BPR&D"]),
    MEA_IN: (None, None, "IN", [MEA_IN, "Ministry of External Affairs"]),
    SLP: (None, None, "LK", [SLP, "Sri Lankan Police"]),
    DOP_TH: (None, MFA_TH, "TH", [DOP_TH, "Department of Protocol"]),
    RTP: ("RTP", None, "TH", [RTP]),
    MPB: (None, RTP, "TH", [MPB]),
    SB_TH: (None, RTP, "TH", [SB_TH, "Special Branch"]),
    IMM_TH: (None, RTP, "TH", [IMM_TH]),
    TPB: (None, RTP, "TH", [TPB]),
    FAD_TH: (None, RTP, "TH", [FAD_TH, "Foreign Affairs Division"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MFA_TH: (None, None, "TH", [MFA_TH]),
}

COUNTRY_NAMES = {
    "CN": ["China", "People’s Republic of China"], "FJ": ["Fiji"], "IN": ["India", "Indian"],
    "KG": ["Kyrgyz Republic", "Kyrgyzstan"], "KI": ["Kiribati"], "KZ": ["Kazakhstan", "Kazakh"],
    "LK": ["Sri Lanka", "Sri Lankan"], "NZ": ["New Zealand"], "RU": ["Russia", "Russian Federation", "Russian"],
    "SB": ["Solomon Islands"], "TH": ["Thailand", "Thai"], "TJ": ["Tajikistan"], "TO": ["Tonga"],
    "UZ": ["Uzbekistan"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real59_01_asean.txt", "real59_02_eccis.txt", "real59_03_uzbek_embassy_india.txt",
                  "real59_04_russia_islworld.txt")
D5, D6, D7, D8 = ("real59_05_anews.txt", "real59_06_loop_tonga.txt", "real59_07_newsin_asia.txt",
                  "real59_08_mfa_thailand.txt")

HUAKA = "Hu'akavameiliku"

MEETINGS = [
    # ---------------------------------------------------------------- real59_01 ASEAN Secretariat (undated)
    M(D1, "the First Meeting of ASEAN Ministers of Interior/Home Affairs held in", "conference",
      "1997-12-20", city="Manila", country="PH",
      orgs=[O(ASEAN, ["ASEAN"])],
      notes="Background with a full date and venue: 'the First Meeting of ASEAN Ministers of Interior/Home Affairs "
            "held in Manila on 20 December 1997 where the Ministers adopted the ASEAN Declaration'. The ministers and "
            "states are not named: ASEAN as the body, no countries (ASEAN member countries generic). Ministerial "
            "meeting of ASEAN -> conference (the AMMTC line type of real sets; a reader may say council_session). "
            "The page's main event, the Second AMMTC that Myanmar 'will host', has no date in the excerpt: a plan "
            "without date, no line (seeds; world knowledge not used). The experts group meeting of 1998 was in the "
            "cut broken sentence."),
    # ---------------------------------------------------------------- real59_02 CIS Executive Committee 2025
    M(D2, "is held in Tashkent on November 20-21", "conference",
      "2025-11-20", "2025-11-21", inferred=True, city="Tashkent", country="UZ",
      persons=[P("Nurlan Seitimov", ["Nurlan Seitimov"], "CIS Deputy Secretary-General", CIS)],
      orgs=[O(RATS, ["Shanghai Cooperation Organization Regional Anti-Terrorist Structure (SCO RATS)"]),
            O(UN, ["UN"]), O(OSCE, ["OSCE"]), O(CSTO_ATC, ["CSTO Anti-Terror Center"]), O(INTERPOL, ["Interpol"]),
            O(CIS, ["CIS"])],
      organizers=[RATS],
      notes="No stamp: 'on November 20-21' with the year from the background meeting 'on September 3, 2025' and the "
            "'2026–2028' roadmap -> 2025 (inferred). The conference is the SCO RATS's own -> organiser. Bodies whose "
            "'representatives' it 'brings together' take part, and the CIS through its deputy secretary-general. "
            "Uzbekistan is the venue only (no host stated; seeds 000#4): no countries."),
    M(D2, "a regular and significant meeting of the Secretaries-General of the CIS", "meeting",
      "2025-09-03", city="Beijing", country="CN",
      orgs=[O(CIS, ["CIS"]), O(CSTO, ["CSTO"]), O(SCO, ["SCO"])],
      notes="Background with a full date: 'on September 3, 2025, a regular and significant meeting of the "
            "Secretaries-General of the CIS, CSTO, and SCO was held on the sidelines of the 25th SCO Summit in "
            "Beijing'. The three secretaries-general are not named: the three bodies take part. Seitimov only "
            "'recalled' it (not placed at it)."),
    M(D2, "on the sidelines of the 25th SCO Summit in Beijing", "conference",
      "2025-09", inferred=True, city="Beijing", country="CN",
      orgs=[O(SCO, ["SCO"])],
      notes="The summit on whose sidelines the dated meeting was held gets its own line (real53 01, real45): no day "
            "of its own -> September 2025 from the sideline meeting (inferred, borderline). City as the page says "
            "('in Beijing'); world knowledge places the 2025 SCO summit in Tianjin on 31 August-1 September, not "
            "used. No state named. A reader may leave the summit out."),
    # ---------------------------------------------------------------- real59_03 Embassy of Uzbekistan, New Delhi (undated)
    M(D3, "The eleventh session of Secretaries of Security Councils of member", "conference",
      None, city="Tashkent", country="UZ",
      persons=[P("N. B. Yermekbayev", ["N. B.Yermekbayev"],
                 "Assistant to the President – the Secretary of Security Council of the Republic of Kazakhstan", "KZ"),
               P("Guo Shengkun", ["Guo Shengkun"], "a member of the State Council of the People’s Republic of China",
                 "CN"),
               P("T. K. Jumakadyrov", ["T. K. Jumakadyrov"], "Secretary of the Defense Council of the Kyrgyz Republic",
                 "KG"),
               P("N. P. Patrushev", ["N. P.Patrushev"], "Secretary of the Security Council of the Russian Federation",
                 "RU"),
               P("A. A. Kakharov", ["A. A. Kakharov"], "Secretary of Security Council of the Republic of Tajikistan",
                 "TJ"),
               P("V. V. Makhmudov", ["V. V. Makhmudov"],
                 "Secretary of the Security Council under the President of the Republic of Uzbekistan", "UZ"),
               P("R. K. Alimov", ["R. K. Alimov"], "Secretary-General of the Shanghai Cooperation Organization", SCO),
               P("E. S. Sysoev", ["E. S. Sysoev"],
                 "Director of the Executive Committee of the Regional Anti-Terrorist Structure of the SCO", RATS_EC)],
      orgs=[O(SCO, ["Shanghai Cooperation Organization", "SCO"]),
            O(RATS_EC, ["Executive Committee of the Regional Anti-Terrorist Structure of the SCO"])],
      countries=["UZ", "KZ", "CN", "KG", "RU", "TJ"],
      notes="No date on the page or in the address ('was underway these days'): null (world knowledge not used). "
            "'under the chairmanship of Uzbekistan' -> a state chairs: UZ in countries, chairs empty (seeds 004#1); "
            "no organiser stated (a reader may add UZ). Session of a ministerial-level meeting of a regional body -> "
            "conference (a reader may say council_session). Initials kept, spacing normalised in the canonical name "
            "('N. B.Yermekbayev' -> 'N. B. Yermekbayev', seeds). National security councils are named only through "
            "titles: affiliations are the states; the SCO and the RATS Executive Committee speak through their heads "
            "and get rows."),
    M(D3, "Heads of delegations were received by President of the Republic", "meeting",
      None, city="Tashkent", country="UZ",
      persons=[P("I. A. Karimov", ["I. A. Karimov"], "President of the Republic of Uzbekistan", "UZ"),
               P("N. B. Yermekbayev", [HEADS], "Assistant to the President – the Secretary of Security Council of the "
                 "Republic of Kazakhstan", "KZ"),
               P("Guo Shengkun", [HEADS], "a member of the State Council of the People’s Republic of China", "CN"),
               P("T. K. Jumakadyrov", [HEADS], "Secretary of the Defense Council of the Kyrgyz Republic", "KG"),
               P("N. P. Patrushev", [HEADS], "Secretary of the Security Council of the Russian Federation", "RU"),
               P("A. A. Kakharov", [HEADS], "Secretary of Security Council of the Republic of Tajikistan", "TJ")],
      countries=["UZ", "KZ", "CN", "KG", "RU", "TJ"],
      notes="A reception of the heads of delegations by the president during the session: a line of its own (a "
            "gathering with the head of state). Undated like the session; Tashkent by the session (borderline). "
            "'Heads of delegations' is resolved to the five visiting secretaries, who share it as a generic "
            "mention (kept out of the alias table; borderline: the SCO and RATS heads and the Uzbek secretary may "
            "also have been there)."),
    # ---------------------------------------------------------------- real59_04 Russia - Islamic World 2023
    M(D4, "political consultations with the participation of Kazakh Deputy", "meeting",
      "2023-03", inferred=True, city="Astana", country="KZ",
      persons=[P("Yermukhambet Konuspaev", ["Yermukhambet Konuspaev", "Konuspaev"], "Kazakh Deputy Foreign Minister",
                 MFA_KZ),
               P("Mikhail Galuzin", ["Mikhail Galuzin"], "Russian Deputy Foreign Minister", MFA_RU)],
      orgs=[O(MFA_KZ, [FOREIGN_MINISTRIES, "foreign ministry of Kazakhstan"]), O(MFA_RU, [FOREIGN_MINISTRIES])],
      countries=["KZ", "RU"],
      notes="Stamp '10 March 2023' and 'This was reported on Friday' (the stamp's day): the consultations' own day is "
            "not given -> March 2023, month only (inferred; a reader may give 10 March). Headline, lead, 'During "
            "the event' and 'The heads of delegations' are one line. The two ministries share the headline's plural "
            "phrase as mention (real50 08); the Kazakh ministry's press service is also the source. No host stated. "
            "TASS and the Federation Council (photo) are sources; 'the forthcoming events at the highest levels' "
            "have no date."),
    # ---------------------------------------------------------------- real59_05 A News 2025
    M(D5, "met in Fiji's capital Suva on Thursday", "council_session",
      "2025-08-14", inferred=True, city="Suva", country="FJ",
      persons=[P("Tupoutoʻa ʻUlukalala", ["Tonga Crown Prince Tupoutoʻa ʻUlukalala"],
                 "foreign minister of the Pacific island country", "TO", "Crown Prince"),
               P("Baron Waqa", ["Baron Waqa"], "PIF Secretary General", PIF),
               P("Winston Peters", ["Winston Peters", "Peters"], "New Zealand's Foreign Minister", "NZ")],
      orgs=[O(PIF, ["Pacific Islands Forum (PIF)", "PIF"])],
      countries=["TO", "NZ"], chairs=["Tupoutoʻa ʻUlukalala"],
      notes="Store header ' date 2025-08-14' (a Thursday) with 'on Thursday' -> 14 August (inferred). 'The 2025 Forum "
            "Foreign Ministers Meeting', 'The meeting', 'the opening session' and 'the forum' are one line; a Forum "
            "ministers' meeting -> council_session (real22). 'is chaired by' -> chair, Tonga from his title; "
            "'Crown Prince' kept as rank. The Secretary General and the New Zealand minister speak. '18 member states' "
            "generic; Fiji is the venue only. The PIF Secretariat's statement on X is a source. The 2027 leaders' "
            "meeting New Zealand offered to host has only a year: no line."),
    M(D5, "are scheduled to meet in the Solomon Islands capital in September", "conference",
      "2025-09", inferred=True, city="Honiara", country="SB", status="planned",
      orgs=[O(PIF, ["Pacific Islands Forum"])],
      countries=["SB"], organizers=["SB"],
      notes="Planned with a month: 'Leaders from 18 members ... are scheduled to meet in the Solomon Islands capital in "
            "September' -> September 2025 (inferred, seeds 003#2), 'the Solomon Islands capital' -> Honiara (real "
            "convention for 'the ... capital'). 'the Pacific nation deferred inviting' others 'to the key regional "
            "summit' -> SB as host (borderline). Its prime minister only speaks about it: not attached. Leaders' "
            "meeting -> conference."),
    # ---------------------------------------------------------------- real59_06 Loop Tonga 2023
    M(D6, "Very productive meeting with Fiji PM Rabuka", "meeting",
      "2023-02", inferred=True, city=None, country="FJ",
      persons=[P(HUAKA, ["Hon Hu'akavameiliku", "Hu'akavameiliku"], None, "TO", "Hon"),
               P("Rabuka", ["Fiji PM Rabuka"], "Fiji PM", "FJ")],
      countries=["TO", "FJ"],
      notes="Store header ' date 2023-02-24'; the post 'after the meeting' gives no day -> February 2023, month only "
            "(inferred; a reader may give the 24th or the 23rd). Country Fiji from 'hospitality since we arrived' and "
            "the retreat; the city (Nadi) is only in the address: null. The speaker's office is not given on the "
            "page (Tongan prime minister by the outlet and world knowledge: affiliation TO, role null). Names as "
            "found: surname only for both."),
    M(D6, "is attending the Pacific Islands Forum Special Leaders Retreat", "conference",
      "2023-02-24", inferred=True, city=None, country="FJ",
      persons=[P(HUAKA, ["Hu'akavameiliku"], None, "TO", "Hon"),
               P("Rabuka", ["Rabuka"], "Fiji PM", "FJ")],
      orgs=[O(PIF, ["Pacific Islands Forum", "PIF"])],
      countries=["TO", "FJ", "KI"], chairs=["Rabuka"],
      notes="'is attending' and 'will be discussed and determined today' against the header -> 24 February 2023 "
            "(inferred; ongoing, held). 'at the Sheraton Resort' names no city: country FJ by the chair, city null "
            "(Nadi from the address not used). 'The meeting is chaired by Rabuka' -> chair. Kiribati, which the "
            "leaders 'will officially welcome back', is taken as a party (borderline). 'The leaders', 'the "
            "Micronesian member countries' generic; RNZ Pacific is a source; the Suva Agreement a document."),
    # ---------------------------------------------------------------- real59_07 NewsIn.Asia 2021
    M(D7, "The Inaugural Session was attended by Sri Lankan police officers", "training",
      "2021-01-27", inferred=True, date_source="outside", fmt="online",
      persons=[P("Priyantha Weerasooriya", ["Priyantha Weerasooriya"], None, SLP, "Senior DIG")],
      orgs=[O(BPRD, ["Bureau of Police Research and Development (BPR&D)", "BPR&D"]),
            O(MEA_IN, ["Ministry of External Affairs"]), O(SLP, ["Sri Lankan Police"])],
      countries=["LK", "IN"], organizers=["IN", BPRD],
      notes="Dateline 'Colombo, January 29:' without year; COVID-19 travel restrictions and training 'During 2018 and "
            "2019' in the past -> 2021 from world knowledge (date_source outside). The series of ten online courses "
            "that 'commenced on January 27' and its inaugural session are one line (seeds: a series with no dates "
            "per gathering gets one line), dated by the commencement; the series' end ('in the next one month') is "
            "not a date. 'conducted by India' and 'BPR&D is the nodal agency for organizing' -> two organisers. "
            "Online from 'organized online': no venue. The High Commission of India is its country. 'Senior DIG' kept "
            "as rank; the 25 nominated officers per course are generic. The 2018-2019 training is not a gathering."),
    # ---------------------------------------------------------------- real59_08 Ministry of Foreign Affairs of Thailand 2019
    M(D8, "On 26-27 June 2019, the Department of Protocol", "workshop",
      "2019-06-26", "2019-06-27", city=None, country="TH",
      persons=[P("Vosita Vorasaph", ["Vosita Vorasaph"], "Deputy Director-General of the Department of Protocol", DOP_TH),
               P("Surapan Thaiprasert", ["Surapan Thaiprasert"], "Deputy Commander of Foreign Affairs Division", FAD_TH,
                 "Police Colonel"),
               P("Chanida Kamalanavin", ["Chanida Kamalanavin"], "Deputy Director-General of the Department of Protocol",
                 DOP_TH),
               P("Panitan Santipet", ["Panitan Santipet"], "Deputy Commander of Foreign Affairs Division", FAD_TH,
                 "Police Colonel")],
      orgs=[O(DOP_TH, ["Department of Protocol"]), O(RTP, ["Royal Thai Police"]), O(MPB, ["Metropolitan Police Bureau"]),
            O(SB_TH, ["Special Branch"]), O(IMM_TH, ["Immigration Bureau"]), O(TPB, ["Tourist Police Bureau"]),
            O(FAD_TH, ["Foreign Affairs Division"])],
      countries=["TH"], organizers=[DOP_TH, RTP],
      notes="Thai stamps 'วันที่นำเข้าข้อมูล 15 Aug 2019' (entered) and '27 Nov 2022' (updated); the dates '26-27 June "
            "2019' are in the text. The two headings, 'the workshop', 'the 1st day' and 'the 2nd day' are one line. "
            "'jointly organised' by the protocol department (a unit of the ministry, which is its parent) and the "
            "police -> two organisers. Venue 'the Sapphire Meeting Room, Impact Muang Thong Thani': no city named "
            "(Nonthaburi by world knowledge, not used), country TH by the two Thai hosts. Police units whose officers "
            "took part and the division of the two police colonels are listed with the police as parent; provincial "
            "officers from Chiang Mai and the other provinces are generic. 'Mr.' and 'Mrs.' are not ranks."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset({HEADS})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
