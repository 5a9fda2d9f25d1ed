"""Write gold.jsonl and entities.json of the real-page development set real13 from the tables below.

Run from anywhere: ``python tests/eval/real13/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The eight texts are
real published news pages (Asia-Pacific and South Asia), copied verbatim from the stored
excerpts of the search tool (addresses in SOURCES.md; cuts listed in NOTES.md); the people are
real. This gold was written by hand without running the extractor and without reading
extract/ (issue 13).
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

AGC_BN = "Attorney General's Chambers of Brunei Darussalam"
SJD_BN = "State Judiciary Department of Brunei Darussalam"
WCO = "World Customs Organization"
RILO = "Regional Intelligence Liaison Office for Asia and the Pacific"
ONCB = "Office of the Narcotics Control Board"
MFA_MN = "Ministry of Foreign Affairs of Mongolia"
MFA_TR = "Ministry of Foreign Affairs of the Republic of Turkey"
TIKA = "Turkish Cooperation and Coordination Agency"
JC_MNTR = "Mongolia-Turkey Economic and Trade Joint Commission"
MHA_IN = "Ministry of Home Affairs of India"
MHA_BD = "Ministry of Home Affairs of Bangladesh"
MFA_BD = "Ministry of Foreign Affairs of Bangladesh"
PICP = "Pacific Islands Chiefs of Police"
ASEANAPOL = "ASEAN Chiefs of National Police"
AS_SEC = "ASEANAPOL Secretariat"
RBPF = "Royal Brunei Police Force"
MPS_VN = "Ministry of Public Security of Vietnam"
OPIA_VN = "Office of the Police Investigation Agency of the Ministry of Public Security of Vietnam"
KNPA = "Korean National Police Agency"
NPA_JP = "National Police Agency of Japan"
BGB = "Border Guard Bangladesh"
BGP = "Border Guard Police of Myanmar"
DNC = "Department of Narcotics Control of Bangladesh"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC", "UN Office on Drugs and Crime",
                                  "United Nation Office on Drugs and Crime", "UNDOC"]),
    AGC_BN: ("AGC", None, "BN", ["Attorney General's Chambers of Brunei Darussalam", "Attorney General's Chambers",
                                 "ATTORNEY GENERAL'S CHAMBERS"]),
    SJD_BN: (None, None, "BN", ["State Judiciary Department of Brunei Darussalam", "State Judiciary Department"]),
    RILO: ("RILO AP", WCO, None, ["Regional Intelligence Liaison Office for Asia and the Pacific", "RILO AP"]),
    ONCB: ("ONCB", None, "TH", ["Office of the Narcotics Control Board", "ONCB"]),
    MFA_MN: ("MFA", None, "MN", ["Ministry of Foreign Affairs of Mongolia", "Foreign Ministry of Mongolia",
                                "MFA of Mongolia"]),
    MFA_TR: ("MFA", None, "TR", ["Ministry of Foreign Affairs of the Republic of Turkey", "Turkish Foreign Ministry",
                                 "MFA of Turkey"]),
    TIKA: ("TIKA", None, "TR", ["Turkish Cooperation and Coordination Agency", "TIKA"]),
    JC_MNTR: (None, None, None, ["Mongolia-Turkey Economic and Trade Joint Commission",
                                 "Economic and Trade Joint Commission"]),
    MHA_IN: (None, None, "IN", ["Ministry of Home Affairs of India"]),
    MHA_BD: (None, None, "BD", ["Ministry of Home Affairs of Bangladesh", "Ministry of Home Affairs"]),
    MFA_BD: (None, None, "BD", ["Ministry of Foreign Affairs of Bangladesh"]),
    PICP: ("PICP", None, None, ["Pacific Islands Chiefs of Police", "PICP"]),
    AS_SEC: (None, ASEANAPOL, None, ["ASEANAPOL Secretariat"]),
    RBPF: (None, None, "BN", ["Royal Brunei Police Force", "Royal Brunei Police"]),
    MPS_VN: (None, None, "VN", ["Ministry of Public Security of Vietnam", "Vietnam\u2019s Ministry of Public Security"]),
    KNPA: (None, None, "KR", ["Korean National Police Agency"]),
    NPA_JP: (None, None, "JP", ["National Police Agency of Japan", "Japanese National Police Agency"]),
    BGB: ("BGB", None, "BD", ["Border Guard Bangladesh", "BGB"]),
    BGP: ("BGP", None, "MM", ["Border Guard Police of Myanmar", "Myanmar Border Guard Police", "BGP"]),
    DNC: ("DNC", None, "BD", ["Department of Narcotics Control of Bangladesh", "Department of Narcotics Control"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO"]),
    ASEANAPOL: ("ASEANAPOL", None, None, ["ASEAN Chiefs of National Police", "ASEANAPOL"]),
    OPIA_VN: (None, MPS_VN, "VN", ["Office of the Police Investigation Agency"]),
}

COUNTRY_NAMES = {
    "BD": ["Bangladesh"], "BN": ["Brunei", "Brunei Darussalam"], "FJ": ["Fiji"], "IN": ["India"],
    "JP": ["Japan", "Japanese"], "KH": ["Cambodia"], "KR": ["South Korea", "Korea", "Korean"],
    "MM": ["Myanmar"], "MN": ["Mongolia"], "TH": ["Thailand"], "TR": ["Turkey", "Republic of Turkey", "Turkish"],
    "VN": ["Vietnam"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real13_01_agc_brunei.txt", "real13_02_rilo_ap.txt", "real13_03_mfa_mongolia_4traders.txt",
                  "real13_04_twocircles_ians.txt")
D5, D6, D7, D8 = ("real13_05_fbc_news.txt", "real13_06_cand.txt", "real13_07_asia_economy.txt",
                  "real13_08_tbs_news.txt")

DAVA = "Davaasuren Damdinsuren"

MEETINGS = [
    # ---------------------------------------------------------------- real13_01 Attorney General's Chambers, Brunei 2025
    M(D1, "participated in a workshop on trafficking in persons in Bangkok", "workshop",
      "2025-02-18", "2025-02-19", city="Bangkok", country="TH",
      orgs=[O(UNODC, ["United Nation Office on Drugs and Crime (UNDOC)", "United Nations Office on Drugs and Crime (UNODC)"]),
            O(AGC_BN, ["ATTORNEY GENERAL'S CHAMBERS", "Attorney General's Chambers"]),
            O(SJD_BN, ["State Judiciary Department"])],
      countries=["BN"], organizers=[UNODC],
      notes="'On February 18th and 19th, 2025' (also in the title line, with the misspelt acronym 'UNDOC'). "
            "'Organized by' / 'held by' UNODC -> organiser; the EU only sponsors (not listed). The Brunei "
            "officers are unnamed: their bodies and country. 'from nine countries' generic; Thailand only the "
            "venue. Workshop and 'two-day course' are the same gathering (type workshop, the title's word)."),
    # ---------------------------------------------------------------- real13_02 RILO Asia/Pacific 2022
    M(D2, "Regional Workshop for East and Southeast Asia was held from 13 to 15", "workshop",
      "2022-12-13", "2022-12-15", fmt="hybrid", city="Bangkok", country="TH",
      orgs=[O(UNODC, ["UNODC"]), O(RILO, ["RILO AP"]), O(ONCB, ["Office of the Narcotics Control Board (ONCB)"])],
      countries=["TH"], organizers=[UNODC],
      notes="'from 13 to 15 December 2022 in Bangkok, Thailand, in a hybrid format'. A workshop of a UNODC "
            "programme -> UNODC organises (seeds). RILO AP presented; the ONCB received the field trip, which is "
            "part of the workshop (no line) and makes Thailand a participant country. 'various countries/regions' "
            "generic. The stamp '27 Dec 2022' is the post date."),
    # ---------------------------------------------------------------- real13_03 MFA of Mongolia via 4-traders 2017
    M(D3, "the 4th Political Consultations between the Ministries for Foreign", "meeting",
      "2017-12-19", city="Ankara", country="TR",
      persons=[P(DAVA, ["Mr. Davaasuren Damdinsuren"], "State Secretary of the Foreign Ministry of Mongolia", MFA_MN),
               P("\u00dcmit Yal\u00e7\u0131n", ["Mr. \u00dcmit Yal\u00e7\u0131n"],
                 "Undersecretary of the Ministry of Foreign Affairs of the Republic of Turkey", MFA_TR),
               P("Bold Ravdan", ["H.E. Mr. Bold Ravdan"], "Ambassador of Mongolia to Turkey", "MN", "H.E."),
               P("Tsengeg Mijiddorj", ["Mr. Tsengeg Mijiddorj"],
                 "Director-General of Department for Europe of the MFA of Mongolia", MFA_MN)],
      orgs=[O(MFA_MN, ["Foreign Ministry of Mongolia", "MFA of Mongolia"]),
            O(MFA_TR, ["Ministry of Foreign Affairs of the Republic of Turkey", "Turkish Foreign Ministry"])],
      countries=["MN", "TR"],
      notes="'On 19 December 2017 ... was held in Ankara'. Consultations 'between' two ministries: no organiser. "
            "The Mongolian embassy in Ankara = its country. The director-general's department is kept inside "
            "his ministry (affiliation)."),
    M(D3, "In the sidelines of the meeting, the State secretary met with", "meeting",
      "2017-12-19", inferred=True, city="Ankara", country="TR",
      persons=[P(DAVA, ["State secretary"], "State Secretary of the Foreign Ministry of Mongolia", MFA_MN),
               P("\u00dcmit Yard\u0131m", ["Mr. \u00dcmit Yard\u0131m"], "Deputy Undersecretary of the MFA of Turkey", MFA_TR),
               P("Vural Altay", ["Mr. Vural Altay"], "Director-General for Bilateral Political Relations of the MFA",
                 MFA_TR),
               P("S\u00fcreyya Er", ["Mr. S\u00fcreyya Er"], "Vice-President of TIKA", TIKA)],
      orgs=[O(MFA_MN, []), O(MFA_TR, ["MFA of Turkey"]), O(TIKA, ["TIKA"])],
      countries=["MN", "TR"],
      notes="On the sidelines, no date of its own: the consultations' day and city. Three officials met in one "
            "sentence: one line. 'the State secretary' refers back to Damdinsuren (generic mention)."),
    M(D3, "Economic and Trade Joint Commission 8th meeting in Ulaanbaatar", "working_group",
      "2018-03", city="Ulaanbaatar", country="MN", status="planned",
      orgs=[O(JC_MNTR, ["Economic and Trade Joint Commission"])],
      countries=["MN", "TR"],
      notes="Planned 'in March of the year 2018', month only; the session of a standing bilateral commission "
            "(working_group, as the dev sets' standing bodies), both countries its sides. The 2019 anniversary and "
            "the 'high level visits to be paid in 2018-2019' have no concrete date."),
    # ---------------------------------------------------------------- real13_04 TwoCircles (IANS) 2009
    M(D4, "India and Bangladesh begin home secretary-level talks in New Delhi", "meeting",
      "2009-11-30", "2009-12-02", inferred=True, date_source="url", city="New Delhi", country="IN",
      status="planned",
      persons=[P("Gopal Krishna Pillai", ["Home Secretary Gopal Krishna Pillai"], "Home Secretary", MHA_IN),
               P("Abdus Sobhan Sikder", ["Home Secretary Abdus Sobhan Sikder"], "Home Secretary", MHA_BD)],
      orgs=[O(MHA_IN, []), O(MHA_BD, [])],
      countries=["IN", "BD"],
      notes="No stamp or year in the text: 'Monday' and 'The three-day talks' counted from the address "
            "(twocircles.net/2009nov29/..., a Sunday), so date_source url; 'Dec 2 (Wednesday)' confirms the end. "
            "Announced: planned. Both ministries only through the Home Secretaries' titles (empty mentions). "
            "The joint statement signing on Dec 2 is part of the talks. The BSF-BDR meetings are a general practice."),
    M(D4, "prime ministers of India and Bangladesh are expected to meet in New", "meeting",
      "2009-12-19", inferred=True, date_source="url", city="New Delhi", country="IN", status="planned",
      persons=[P("Sheikh Hasina", ["Bangladesh Prime Minister Sheikh Hasina"], "Bangladesh Prime Minister", "BD")],
      countries=["IN", "BD"],
      notes="'on Dec 19', year from the address. Hasina's three-day visit 'commencing Dec 18' (told twice) is the "
            "frame of this dated meeting and gets no line (dev15). The Indian Prime Minister is not named."),
    # ---------------------------------------------------------------- real13_05 FBC News 2022
    M(D5, "The meeting continues in Nadi.", "meeting",
      "2022-08-24", inferred=True, city="Nadi", country="FJ",
      persons=[P("Inia Seruiratu", ["Inia Seruiratu"], "Minister for Defense and National Security and Policing", "FJ"),
               P("Sitiveni Qiliho", ["Brigadier-General Sitiveni Qiliho"], "Outgoing Chair for PICP", PICP,
                 "Brigadier-General")],
      orgs=[O(PICP, ["The Pacific Islands Chiefs of Police", "PICP"])],
      countries=["FJ"],
      notes="Ongoing at publication ('continues'): held, dated by the stamp 'date 2022-08-24' (inferred); its "
            "start is not given. The PICP gathering is called only 'The meeting' (type meeting, borderline: "
            "conference). The two speakers are taken as participants. 'Outgoing Chair' is not said to chair it."),
    # ---------------------------------------------------------------- real13_06 CAND (People's Public Security News) 2019
    M(D6, "A meeting on preparation for the 39th ASEANAPOL Conference officially", "meeting",
      "2019-08-01", inferred=True, city="Hanoi", country="VN",
      persons=[P("Le Duc Tuyen", ["Senior Colonel Le Duc Tuyen"],
                 "Deputy Chief of the Office of the Police Investigation Agency under the Vietnam\u2019s Ministry of "
                 "Public Security", OPIA_VN, "Senior Colonel")],
      orgs=[O(AS_SEC, ["ASEANAPOL Secretariat"]), O(RBPF, ["Royal Brunei Police"]),
            O(MPS_VN, ["Vietnam\u2019s Ministry of Public Security"])],
      countries=["BN", "KH", "VN"], organizers=["VN"], chairs=["Le Duc Tuyen"],
      notes="The only date is the stamp 'Th\u1ee9 N\u0103m, 01/08/2019, 16:12' (Vietnamese weekday, day first): "
            "the meeting 'officially opened' that day (inferred). 'Vietnam chairs' / 'hosts all of the "
            "ASEANAPOL's activities' -> the state organises; the Colonel chaired. Police forces of three countries. "
            "The venue tour is part of the meeting. The 39th conference 'later this year' and the 38th 'in 2018' "
            "have no concrete date: no lines."),
    # ---------------------------------------------------------------- real13_07 Asia Economy 2024
    M(D7, "Yoon Hee-geun, Commissioner of the Korean National Police Agency, met", "meeting",
      "2024-05-21", inferred=True, date_source="url", city="Tokyo", country="JP",
      persons=[P("Yoon Hee-geun", ["Yoon Hee-geun", "Commissioner Yoon"], "Commissioner of the Korean National Police Agency",
                 KNPA, "Commissioner"),
               P("Tsuyuki Yasuhiro", ["Tsuyuki Yasuhiro"],
                 "Commissioner General of the Japanese National Police Agency", NPA_JP, "Commissioner General")],
      orgs=[O(KNPA, ["Korean National Police Agency"]), O(NPA_JP, ["Japanese National Police Agency"])],
      countries=["KR", "JP"], organizers=[NPA_JP],
      notes="'On the 21st': month and year only from the address (asiae.co.kr/en/article/20240521...): "
            "date_source url. 'at the Japanese Police Headquarters' -> host, Tokyo as its seat (world knowledge, "
            "borderline). The MoU signing and 'This visit by Commissioner Yoon' are the same meeting. The Japanese "
            "name kept in the text's order (surname first)."),
    # ---------------------------------------------------------------- real13_08 The Business Standard (TBS) 2023
    M(D8, "A two-day border conference between Border Guard Bangladesh (BGB)", "conference",
      "2023-05-24", "2023-05-25", inferred=True, city="Teknaf", country="BD",
      persons=[P("Najam-us-Saqib", ["Brigadier General Najam-us-Saqib", "Najam-us-Saqib"],
                 "BGB Cox's Bazar Region Commander", BGB, "Brigadier General"),
               P("Htet Lwin", ["Brigadier General Htet Lwin"], None, BGP, "Brigadier General")],
      orgs=[O(BGB, ["Border Guard Bangladesh (BGB)", "BGB"]),
            O(BGP, ["Myanmar Border Guard Police (BGP)", "Myanmar Border Guard Police"]),
            O(MHA_BD, ["Ministry of Home Affairs"]), O(MFA_BD, []),
            O(DNC, ["Department of Narcotics Control"])],
      countries=["BD", "MM"], organizers=[BGB],
      notes="'started at 10am on Wednesday (24 May)' and 'ended on Thursday', year from the stamp. Teknaf in "
            "Cox's Bazar. 'representatives of the Ministry of Home Affairs and Foreign Affairs': the foreign "
            "ministry without a name of its own (empty mentions). The welcome 'Earlier on Wednesday' with a "
            "guard of honour is part of the conference; 'welcomed by the BGB' -> host (borderline)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"State secretary"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
