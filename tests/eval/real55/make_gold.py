"""Write gold.jsonl and entities.json of the set of real news pages real55 (Asia-Pacific, South and Central Asia)
from the tables below.

Run from anywhere: ``python tests/eval/real55/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (a Dhaka Tribune item on the BGB-BSF director general-level border conference, an Indian Awaaz
item on a Nepal-India border security meeting in Kathmandu, a UNESCO item on a regional training workshop of
National Commissions in Dhaka, an Embassy of India (Thimphu) press release on a regional COVID-19 workshop, a
Vietnam News Agency item on Vietnamese-Lao public security talks in Vientiane, a Red Censor item on the Pacific
police chiefs' meeting in Tonga, a Central Asia News item on Kyrgyz-Uzbek border talks in Tashkent, a Yonhap
item on the Korean police chief's meeting at the FBI), copied verbatim from the stored excerpt of each page
(addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real. The gold was written by hand
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

BGB = "Border Guard Bangladesh"
BSF = "Border Security Force"
OCA_BD = "Office of the Chief Adviser of Bangladesh"
MHA_BD = "Ministry of Home Affairs of Bangladesh"
MFA_BD = "Ministry of Foreign Affairs of Bangladesh"
MOS_BD = "Ministry of Shipping of Bangladesh"
RD_BD = "Roads Division of Bangladesh"
LSD_BD = "Land Survey Department of Bangladesh"
JRC_BD = "Joint Rivers Commission, Bangladesh"
DNC_BD = "Narcotics Control Department of Bangladesh"
MHA_IN = "Ministry of Home Affairs of India"
MEA_IN = "Ministry of External Affairs of India"
SSB = "Sashastra Seema Bal"
APF_NP = "Armed Police Force of Nepal"
MOHA_NP = "Ministry of Home Affairs of Nepal"
NID_NP = "National Investigation Department of Nepal"
SD_NP = "Survey Department of Nepal"
MOFA_NP = "Ministry of Foreign Affairs of Nepal"
UNESCO = "United Nations Educational, Scientific and Cultural Organization"
BNCU = "Bangladesh National Commission for UNESCO"
SAARC = "South Asian Association for Regional Cooperation"
MPS_VN = "Ministry of Public Security of Vietnam"
MPS_LA = "Ministry of Public Security of Laos"
PICP = "Pacific Islands Chiefs of Police"
SCNS_KG = "State Committee for National Security of Kyrgyzstan"
KNPA = "Korean National Police Agency"
FBI = "Federal Bureau of Investigation"

INDIAN_MINISTRIES = "Indian Home and External Affairs Ministries"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    BGB: ("BGB", None, "BD", [BGB, "Border Guard Bangladesh (BGB)", "BGB"]),
    BSF: ("BSF", None, "IN", [BSF, "India’s Border Security Force (BSF)", "BSF"]),
    OCA_BD: (None, None, "BD", [OCA_BD, "Office of the Chief Adviser"]),
    MHA_BD: (None, None, "BD", [MHA_BD]),
    MFA_BD: (None, None, "BD", [MFA_BD]),
    MOS_BD: (None, None, "BD", [MOS_BD, "Ministry of Shipping"]),
    RD_BD: (None, None, "BD", [RD_BD, "Roads Division"]),
    LSD_BD: (None, None, "BD", [LSD_BD, "Land Survey Department"]),
    JRC_BD: (None, None, "BD", [JRC_BD, "Joint Rivers Commission"]),
    DNC_BD: (None, None, "BD", [DNC_BD, "Narcotics Control Department"]),
    MHA_IN: (None, None, "IN", [MHA_IN]),
    MEA_IN: (None, None, "IN", [MEA_IN]),
    SSB: ("SSB", None, "IN", [SSB, "SSB"]),
    APF_NP: ("APF", None, "NP", [APF_NP, "APF"]),
    MOHA_NP: (None, None, "NP", [MOHA_NP, "Home Ministry"]),
    NID_NP: (None, None, "NP", [NID_NP, "National Investigation Department"]),
    SD_NP: (None, None, "NP", [SD_NP, "Survey Department"]),
    MOFA_NP: (None, None, "NP", [MOFA_NP]),
    UNESCO: ("UNESCO", None, None, [UNESCO, "UNESCO"]),
    BNCU: (None, None, "BD", [BNCU]),
    SAARC: ("SAARC", None, None, [SAARC, "SAARC"]),
    MPS_VN: ("MoPS", None, "VN", [MPS_VN, "MoPS"]),
    MPS_LA: (None, None, "LA", [MPS_LA, "Lao Ministry of Public Security"]),
    PICP: ("PICP", None, None, [PICP, "Pacific Island Police Chiefs"]),
    SCNS_KG: (None, None, "KG", [SCNS_KG]),
    KNPA: (None, None, "KR", [KNPA, "National Police Agency"]),
    FBI: ("FBI", None, "US", [FBI, "U.S. Federal Bureau of Investigation", "FBI", "FIB"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

COUNTRY_NAMES = {
    "AF": ["Afghanistan"], "BD": ["Bangladesh"], "BT": ["Bhutan"], "CN": ["China"], "DE": ["Germany"],
    "IN": ["India", "Indian"], "JP": ["Japan"], "KG": ["Kyrgyzstan", "Kyrgyz Republic"],
    "KH": ["Cambodia"], "KR": ["Republic of Korea", "South Korea"], "LA": ["Laos", "Lao"], "LK": ["Sri Lanka"],
    "MM": ["Myanmar"], "MU": ["Mauritius"], "MV": ["Maldives"], "MY": ["Malaysia"], "NP": ["Nepal", "Nepali"],
    "PK": ["Pakistan"], "SC": ["Seychelles"], "TH": ["Thailand"], "TO": ["Tonga"], "US": ["United States", "U.S."],
    "UZ": ["Uzbekistan"], "VN": ["Vietnam", "Vietnamese"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real55_01_dhaka_tribune.txt", "real55_02_indian_awaaz.txt", "real55_03_unesco.txt",
                  "real55_04_embassy_india_thimphu.txt")
D5, D6, D7, D8 = ("real55_05_vnanet.txt", "real55_06_redcensor.txt", "real55_07_central_asia_news.txt",
                  "real55_08_yonhap.txt")

PRASAD = "Amrit Mohan Prasad"
MODI = "Narendra Modi"
QUANG = "Luong Tam Quang"
SOVALENI = "Siaosi Sovaleni"
TASHIEV = "Kamchybek Tashiev"

MEETINGS = [
    # ---------------------------------------------------------------- real55_01 Dhaka Tribune 2025
    M(D1, "formally began Tuesday morning at the BGB’s Pilkhana Headquarters", "conference",
      "2025-08-26", "2025-08-28", inferred=True, city="Dhaka", country="BD",
      persons=[P("Mohammad Ashrafuzzaman Siddiqui", ["Mohammad Ashrafuzzaman Siddiqui"], "BGB DG", BGB,
                 "Major General"),
               P("Daljit Singh Chaudhary", ["Daljit Singh Chaudhary"], "BSF DG", BSF)],
      orgs=[O(BGB, ["Border Guard Bangladesh (BGB)", "BGB"]), O(BSF, ["India’s Border Security Force (BSF)", "BSF"]),
            O(OCA_BD, ["Office of the Chief Adviser"]), O(MHA_BD, ["Ministry of Home Affairs"]),
            O(MFA_BD, ["Ministry of Foreign Affairs"]), O(MOS_BD, ["Ministry of Shipping"]),
            O(RD_BD, ["Roads Division"]), O(LSD_BD, ["Land Survey Department"]),
            O(JRC_BD, ["Joint Rivers Commission"]), O(DNC_BD, ["Narcotics Control Department"]),
            O(MHA_IN, [INDIAN_MINISTRIES]), O(MEA_IN, [INDIAN_MINISTRIES])],
      countries=["BD", "IN"], organizers=[BGB],
      notes="Store header ' date 2025-08-26' (a Tuesday) with 'began Tuesday morning' -> 26 August (inferred); 'set to "
            "conclude on August 28' gives the end (the page's 'four-day' is not reconciled with it). The Pilkhana "
            "headquarters with 'This year’s meeting in Dhaka' and 'the Indian High Commission in Dhaka' -> Dhaka. The "
            "border force at whose headquarters the conference meets hosts (real13 08, borderline). Every body of "
            "both delegation lists takes part; the two Indian ministries named in one plural phrase share it as "
            "their mention (real50 08); the Indian High Commission is its country. 'The conference will also "
            "address' refers back. The BGB press release is a source."),
    M(D1, "The previous BGB-BSF DG-level conference was held in Delhi", "conference",
      "2025-02", inferred=True, city="Delhi", country="IN",
      orgs=[O(BGB, ["BGB"]), O(BSF, ["BSF"])],
      countries=["BD", "IN"],
      notes="Background: 'was held in Delhi in February' with the year from the stamp and 'This year’s meeting ... "
            "continues the dialogue' -> February 2025, month only (inferred). The two forces take part; no people "
            "named; no host stated. City as the text spells it ('Delhi')."),
    # ---------------------------------------------------------------- real55_02 Indian Awaaz 2024
    M(D2, "border security coordination has kicked off in Kathmandu", "meeting",
      "2024-11-17", "2024-11-18", inferred=True, city="Kathmandu", country="NP",
      persons=[P(PRASAD, ["Amrit Mohan Prasad"], "Director General of India’s SSB", SSB),
               P("Aryal", ["Aryal"], "APF Chief", APF_NP)],
      orgs=[O(SSB, ["SSB"]), O(APF_NP, ["APF"]), O(MOHA_NP, ["Home Ministry"]),
            O(NID_NP, ["National Investigation Department"]), O(SD_NP, ["Survey Department"]),
            O(MOFA_NP, ["Ministry of Foreign Affairs"])],
      countries=["NP", "IN"],
      notes="Store header ' date 2024-11-18' (a Monday): 'has kicked off ... and will continue till Monday' -> ends "
            "18 November; the start is not stated: taken as Sunday 17 November, the day the delegation was already "
            "in Kathmandu (inferred, borderline; a reader may give the 18th only). 'the meeting', 'the discussion "
            "table' and 'such meetings' refer to it. The Nepali delegation's bodies take part; the APF chief is "
            "known by his surname only ('Aryal'). 'SSB' is expanded to Sashastra Seema Bal from world knowledge "
            "(canonical name only; the page has the acronym). No host is stated."),
    M(D2, "Indian Delegation called on Home Minister Ramesh Lekhak", "meeting",
      "2024-11-17", inferred=True, city="Kathmandu", country="NP",
      persons=[P("Ramesh Lekhak", ["Ramesh Lekhak", "Lekhak"], "Home Minister", MOHA_NP),
               P(PRASAD, ["Amrit Mohan Prasad"], "Director General of India’s SSB", SSB)],
      orgs=[O(SSB, ["SSB"])],
      countries=["NP", "IN"],
      notes="'on Sunday' counted back from the Monday header -> 17 November (inferred). 'in Singh Durbar' -> the "
            "meeting's city Kathmandu (the seat of government; borderline). The delegation is the six-member one "
            "led by Prasad: he and the SSB are attached (borderline). The minister's ministry is named only through "
            "his title here: no row; his affiliation is the ministry of the table."),
    # ---------------------------------------------------------------- real55_03 UNESCO 2013
    M(D3, "was organized by the Bangladesh National Commission for UNESCO", "workshop",
      "2013-03-30", "2013-04-02", city="Dhaka", country="BD",
      persons=[P("Genc Seiti", ["Genc Seiti"],
                 "Director of the Division of National Commissions and Civil Society and UNESCO Representative", UNESCO)],
      orgs=[O(UNESCO, ["UNESCO"]), O(BNCU, ["Bangladesh National Commission for UNESCO"])],
      countries=["AF", "BD", "BT", "CN", "DE", "JP", "KR", "MY", "NP", "PK", "LK", "TH", "VN"], organizers=[BNCU],
      notes="Stamp '22.04.2013 -' (day first); the dates '30 March-2 April 2013' are in the text. Heading, date line, "
            "place line 'Dhaka, Bangladesh', 'this workshop', the 'Opening ceremony' and 'the participants' are one "
            "line; a 'Training Workshop' is typed workshop (a reader may say training). The thirteen states whose "
            "National Commissions 'attended' take part (the commissions themselves get no rows); the unnamed "
            "Bangladeshi education minister is BD. The Open-ended Tripartite Working Group is only discussed."),
    # ---------------------------------------------------------------- real55_04 Embassy of India, Thimphu 2021
    M(D4, "the Government of India organized a Workshop on COVID-19 Management", "workshop",
      "2021-02-18", fmt=None,
      persons=[P(MODI, ["Narendra Modi", "Prime Minister Modi"], "Prime Minister of India", "IN")],
      countries=["IN", "MU", "SC", "AF", "BD", "BT", "MV", "MM", "NP", "PK", "LK"], organizers=["IN"],
      notes="'on 18 February 2021' in the text ('today’s Regional Workshop' agrees). No venue and no word on the "
            "format: city, country and format null (the workshop was virtual, world knowledge not used). The two "
            "headings, 'This workshop' and 'today’s Regional Workshop' are one line. 'the Government of India "
            "organized' -> IN organiser. Countries: India and the states of the participation list (the page counts "
            "Myanmar among 'the SAARC member countries'; kept as written). 'Shri' is not kept in the name. The "
            "Embassy of India is the publisher, not a participant."),
    M(D4, "in the SAARC Leaders’ Conference on 15 March 2020", "conference",
      "2020-03-15", fmt=None,
      persons=[P(MODI, ["Shri Narendra Modi"], "Prime Minister of India", "IN")],
      orgs=[O(SAARC, ["SAARC"])],
      countries=["IN"],
      notes="Background gathering with a full date: Modi 'envisaged' cooperation 'in the SAARC Leaders’ Conference on "
            "15 March 2020' -> he took part. Leaders' conference -> conference (it was a videoconference, world "
            "knowledge not used: format null). The other SAARC states are not named for it: only IN; SAARC as the "
            "body. 'Shri Narendra Modi' kept as the mention string (the honorific is not part of the name)."),
    # ---------------------------------------------------------------- real55_05 Vietnam News Agency 2023
    M(D5, "paid a courtesy call to Lao Deputy Prime Minister and Minister", "meeting",
      "2023-12-06", inferred=True, city="Vientiane", country="LA",
      persons=[P(QUANG, ["Luong Tam Quang", "Quang"], "Deputy Minister of Public Security", MPS_VN,
                 "Sen. Lieut. Gen"),
               P("Vilay Lakhamphong", ["Vilay Lakhamphong", "Lakhamphong"],
                 "Lao Deputy Prime Minister and Minister of Public Security", MPS_LA, "Gen.")],
      orgs=[O(MPS_VN, ["MoPS"]), O(MPS_LA, ["Lao Ministry of Public Security"])],
      countries=["VN", "LA"],
      notes="Store header ' date 2023-12-07'; 'on December 6' without year -> inferred. 'Informing the host', 'the "
            "host expressed' refer to this call. To Lam only sent wishes: not a participant. No organiser stated "
            "(the host is the person received, not said to organise)."),
    M(D5, "first Cambodia-Laos-Vietnam (CLV) Parliamentary Summit", "conference",
      "2023-12", inferred=True, city="Vientiane", country="LA",
      persons=[P("Vuong Dinh Hue", ["Vuong Dinh Hue"], "National Assembly Chairman", "VN"),
               P(QUANG, ["Luong Tam Quang"], "Deputy Minister of Public Security", MPS_VN, "Sen. Lieut. Gen")],
      countries=["KH", "LA", "VN"],
      notes="The summit is reported only as the occasion of the 6 December call ('on the occasion of accompanying "
            "... to the first ... Summit'): no day of its own -> December 2023, month only (inferred; borderline, a "
            "reader may leave it out as undated). Venue taken as the call's, Vientiane (borderline). The deputy "
            "minister who accompanied the chairman is attached; the three states of its name take part (KH "
            "borderline: no Cambodian is named). The National Assembly is named only through the title."),
    M(D5, "outcomes of talks with his Lao counterpart", "meeting",
      "2023-12", inferred=True, city="Vientiane", country="LA",
      persons=[P(QUANG, ["Quang"], "Deputy Minister of Public Security", MPS_VN, "Sen. Lieut. Gen"),
               P("Kongthong Phongvichit", ["Kongthong Phongvichit", "Phongvichit"], "Lao counterpart", MPS_LA,
                 "Sen. Lieut. Gen")],
      orgs=[O(MPS_VN, ["MoPS"]), O(MPS_LA, ["Lao Ministry of Public Security"])],
      countries=["VN", "LA"],
      notes="'talks with his Lao counterpart' and 'During the earlier talks between the two deputy ministers' are one "
            "line. Held before the 6 December call, day not given -> December 2023 (inferred, borderline: a reader "
            "may give 6 December). Venue by the trip (Vientiane, borderline). The '13th security cooperation "
            "conference between the two ministries' is only 'recent', with no date or place: no line."),
    # ---------------------------------------------------------------- real55_06 Red Censor 2024
    M(D6, "when addressing police chiefs from various Pacific island nations", "conference",
      "2024-09-03", inferred=True, date_source="outside", city=None, country="TO",
      persons=[P(SOVALENI, ["Siaosi Sovaleni", "Prime Minister Sovaleni"], "Prime Minister", "TO")],
      orgs=[O(PICP, ["Pacific Island Police Chiefs"])],
      countries=["TO"],
      notes="No stamp, dateline or dated address: 'on Tuesday, September 3rd' without year; 3 September is a Tuesday "
            "in 2024 and the Pacific Policing Initiative was endorsed by the Forum leaders in Tonga in August 2024 "
            "(world knowledge) -> date_source outside. The keynote is given at 'the regional police agencies’ annual "
            "meeting' (also 'The meeting will discuss'): one line, typed conference; its start is the keynote's day "
            "(its other days are not given). Venue Tonga ('will head to Tonga'), city not named. The Prime Minister "
            "takes part (TO). The police chiefs' body is named only as 'Pacific Island Police Chiefs' (canonical "
            "PICP, borderline). Reuters is a source; the Forum leaders' endorsement 'last week' is not reported as a "
            "gathering: no line (a reader may add one)."),
    M(D6, "first U.S.-Pacific Island Police Chiefs Dialogue", "meeting",
      "2024-09-04", inferred=True, date_source="outside", city=None, country="TO", status="planned",
      orgs=[O(PICP, ["Pacific Island Police Chiefs"])],
      countries=["US"],
      notes="Planned: 'will head to Tonga on Wednesday to participate in the first U.S.-Pacific Island Police Chiefs "
            "Dialogue held during the regional police agencies’ annual meeting' -> the Wednesday after Tuesday 3 "
            "September (year as the first line, outside). The unnamed 'senior U.S. drug enforcement official' -> US; "
            "the police chiefs' body as the other side (borderline). Typed meeting (a reader may say conference)."),
    # ---------------------------------------------------------------- real55_07 Central Asia News 2021
    M(D7, "will hold border talks in Tashkent on March 24-25", "meeting",
      "2021-03-24", "2021-03-25", inferred=True, city="Tashkent", country="UZ", status="planned",
      persons=[P(TASHIEV, ["Kamchybek Tashiev"],
                 "Chairman of the State Committee for National Security of Kyrgyzstan", SCNS_KG, "Lieutenant General"),
               P("Abdulla Aripov", ["Abdulla Aripov"], "Prime Minister of Uzbekistan", "UZ")],
      orgs=[O(SCNS_KG, ["State Committee for National Security of Kyrgyzstan"])],
      countries=["KG", "UZ"], organizers=["UZ"],
      notes="Stamp '24 03 2021, 08:23' at the foot; 'will hold talks in Tashkent on March 24-25' is future on the "
            "page's own day -> planned (real51 06), year from the stamp (inferred). The headline 'Uzbekistan hosts "
            "border talks' -> UZ organiser; the short lead, 'the meeting will focus' are the same talks. 'On March "
            "22, Kamchybek Tashiev arrived in Tashkent' is the arrival for these talks: no line of its own. The "
            "Kyrgyz government's website is a source."),
    M(D7, "during Sadyr Japarov’s visit to Uzbekistan on March 11-12", "visit",
      "2021-03-11", "2021-03-12", inferred=True, city=None, country="UZ",
      persons=[P("Sadyr Japarov", ["Sadyr Japarov"], None, "KG")],
      countries=["KG", "UZ"],
      notes="Background: 'the meeting between the leaders of Kyrgyzstan and Uzbekistan during Sadyr Japarov’s visit to "
            "Uzbekistan on March 11-12 this year' -> one line for the visit and its leaders' meeting (typed visit; a "
            "reader may say meeting); year from the stamp with 'this year' (inferred). The Uzbek leader is not named "
            "(UZ); Japarov's office is not given on the page (role null). No city."),
    # ---------------------------------------------------------------- real55_08 Yonhap 2023
    M(D8, "In the meeting held on Tuesday (U.S. time) at the FBI headquarters", "meeting",
      "2023-04-04", inferred=True, date_source="url", city="Washington", country="US",
      persons=[P("Yoon Hee-keun", ["Yoon Hee-keun", "Yoon"], "Commissioner General of the National Police Agency",
                 KNPA),
               P("Christopher Wray", ["Christopher Wray"], "FIB Director", FBI)],
      orgs=[O(KNPA, ["National Police Agency"]),
            O(FBI, ["U.S. Federal Bureau of Investigation", "FIB", "FBI"])],
      countries=["KR", "US"], organizers=[FBI],
      notes="Dateline 'SEOUL, April 5 (Yonhap)' without year and 'said Wednesday': the meeting 'on Tuesday (U.S. time)' "
            "-> 4 April; the year only from the address (AEN20230405...) -> date_source url. The headline and 'has "
            "met with the head of' are the same meeting. The page misspells the FBI as 'FIB' twice (kept as "
            "mentions). 'at the FBI headquarters in Washington' -> Washington; the bureau at whose headquarters the "
            "meeting is held hosts (borderline, real50 03). The two-nation trip 'at the invitation of the Canadian "
            "police and the FBI' has no dates of its own and its Canadian leg is not described: no line. The "
            "Korean police chief's 'Commissioner General' is part of his title (role), not kept as rank."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
