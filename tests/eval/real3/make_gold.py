"""Write gold.jsonl and entities.json of the real-page development set real3 from the tables below.

Run from anywhere: ``python tests/eval/real3/make_gold.py``. The checks a gold annotator
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

ASEANAPOL = "ASEAN Chiefs of National Police"
AS_SEC = "ASEANAPOL Secretariat"
ASEAN = "Association of Southeast Asian Nations"
INTERPOL = "International Criminal Police Organization"
RBPF = "Royal Brunei Police Force"
MPS_VN = "Ministry of Public Security of Vietnam"
GDP_VN = "General Department of Vietnam Police"
MOJ_VN = "Ministry of Justice of Vietnam"
MFA_VN = "Ministry of Foreign Affairs of Vietnam"
OP_VN = "Office of the President of Vietnam"
OG_VN = "Office of the Government of Vietnam"
SPC_VN = "Supreme People's Court of Vietnam"
SPP_VN = "Supreme People's Procuracy of Vietnam"
CNP = "Cambodian National Police"
POLRI = "Indonesian National Police"
PDRM = "Royal Malaysia Police"
MHA_IN = "Ministry of Home Affairs of India"
MHA_BD = "Ministry of Home Affairs of Bangladesh"
PSD_BD = "Public Security Division of the Ministry of Home Affairs of Bangladesh"
MOI_PK = "Ministry of Interior of Pakistan"
PICP = "Pacific Islands Chiefs of Police"
AFP = "Australian Federal Police"
TPF = "Tongan Police Force"
SPF = "Samoan Police Force"
MPS_CN = "Ministry of Public Security of the People's Republic of China"
LPA = "Lao People's Army"
MPF = "Myanmar Police Force"
NSC_TH = "National Security Council of Thailand"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ASEANAPOL: ("ASEANAPOL", None, None, ["ASEAN Chiefs of National Police", "ASEANAPOL", "Aseanapol",
                                          "Asean Chiefs of Police", "ASEAN Chiefs of Police"]),
    AS_SEC: ("AS", ASEANAPOL, None, ["ASEANAPOL Secretariat", "ASEANAPOL Secretariat (AS)"]),
    ASEAN: ("ASEAN", None, None, ["Association of Southeast Asian Nations", "ASEAN", "Asean"]),
    INTERPOL: ("INTERPOL", None, None, ["International Criminal Police Organization", "INTERPOL", "Interpol"]),
    RBPF: (None, None, "BN", ["Royal Brunei Police Force"]),
    MPS_VN: (None, None, "VN", ["Ministry of Public Security of Vietnam", "Ministry of Public Security"]),
    GDP_VN: (None, MPS_VN, "VN", ["General Department of Vietnam Police"]),
    MOJ_VN: (None, None, "VN", ["Ministry of Justice of Vietnam"]),
    MFA_VN: (None, None, "VN", ["Ministry of Foreign Affairs of Vietnam"]),
    OP_VN: (None, None, "VN", ["Office of the President of Vietnam", "Office of the President"]),
    OG_VN: (None, None, "VN", ["Office of the Government of Vietnam", "Office of the Government"]),
    SPC_VN: (None, None, "VN", ["Supreme People's Court of Vietnam", "Supreme People's Court"]),
    SPP_VN: (None, None, "VN", ["Supreme People's Procuracy of Vietnam", "Supreme People's Procuracy"]),
    CNP: (None, None, "KH", ["Cambodian National Police"]),
    POLRI: (None, None, "ID", ["Indonesian National Police", "Indonesian national police"]),
    PDRM: ("PDRM", None, "MY", ["Royal Malaysia Police", "PDRM", "Malaysian police (PDRM)"]),
    MHA_IN: (None, None, "IN", ["Ministry of Home Affairs of India"]),
    PSD_BD: (None, MHA_BD, "BD", ["Public Security Division of the Ministry of Home Affairs of Bangladesh",
                                  "Public Security Division"]),
    MOI_PK: (None, None, "PK", ["Ministry of Interior of Pakistan", "Ministry of Interior"]),
    PICP: ("PICP", None, None, ["Pacific Islands Chiefs of Police", "PICP"]),
    AFP: ("AFP", None, "AU", ["Australian Federal Police", "AFP"]),
    TPF: (None, None, "TO", ["Tongan Police Force"]),
    SPF: (None, None, "WS", ["Samoan Police Force"]),
    MPS_CN: (None, None, "CN", ["Ministry of Public Security of the People's Republic of China",
                                "China's Ministry of Public Security"]),
    LPA: (None, None, "LA", ["Lao People's Army"]),
    MPF: (None, None, "MM", ["Myanmar Police Force"]),
    NSC_TH: (None, None, "TH", ["National Security Council of Thailand"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    MHA_BD: (None, None, "BD", ["Ministry of Home Affairs of Bangladesh", "Ministry of Home Affairs"]),
}

COUNTRY_NAMES = {
    "AU": ["Australia", "Australian"], "BD": ["Bangladesh"], "BN": ["Brunei"],
    "CN": ["China", "People's Republic of China"], "ID": ["Indonesia", "Indonesian"], "IN": ["India", "Indian"],
    "JP": ["Japan"], "KH": ["Cambodia", "Cambodian"], "KR": ["Republic of Korea"],
    "LA": ["Laos", "Lao People's Democratic Republic", "Lao"], "MM": ["Myanmar", "Republic of the Union of Myanmar"],
    "MY": ["Malaysia", "Malaysian"], "NZ": ["New Zealand"], "PK": ["Pakistan"],
    "TH": ["Thailand", "Kingdom of Thailand"], "TO": ["Tonga", "Tongan"], "US": ["United States", "US"],
    "VN": ["Vietnam", "Socialist Republic of Vietnam"], "WS": ["Samoa", "Samoan"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real3_01_borneo_bulletin.txt", "real3_02_global_times.txt", "real3_03_aseanapol.txt",
                  "real3_04_netindian.txt")
D5, D6, D7, D8 = ("real3_05_dunya_news.txt", "real3_06_nz_police.txt", "real3_07_antara_jawawa.txt",
                  "real3_08_peoples_daily.txt")

MEETINGS = [
    # ---------------------------------------------------------------- real3_01 Borneo Bulletin (blog copy) 2009
    M(D1, "29th Asean Chiefs of Police (Aseanapol) Conference held in Hanoi", "conference",
      "2009-05-12", "2009-05-16", city="Hanoi", country="VN",
      persons=[P("Zainuddin bin Jalani", ["Pehin Datu Kerma Setia CP Dato Paduka Seri Zainuddin bin Jalani"],
                 "Commissioner of Police", RBPF, "Pehin Datu Kerma Setia Dato Paduka Seri"),
               P("Le Hong Anh", ["General Le Hong Anh"], "member of the Politburo and Minister of Public Security",
                 MPS_VN, "General"),
               P("Pham Quy Ngo", ["Police Lt General Pham Quy Ngo"],
                 "Director General of General Department of Vietnam Police, Ministry of Public Security; Chairman",
                 GDP_VN, "Police Lt General"),
               P("Sok Phal", ["Lt General Sok Phal"],
                 "Deputy Commissioner General of Cambodian National Police; Vice Chairman", CNP, "Lt General")],
      orgs=[O(ASEANAPOL, ["Asean Chiefs of Police (Aseanapol)", "Aseanapol"]),
            O(RBPF, ["Royal Brunei Police Force"]), O(INTERPOL, ["Interpol"]), O(ASEAN, ["Asean"]),
            O(MPS_VN, ["Ministry of Public Security"]), O(GDP_VN, ["General Department of Vietnam Police"]),
            O(MOJ_VN, []), O(MFA_VN, []), O(OP_VN, ["Office of the President"]),
            O(OG_VN, ["Office of the Government"]), O(SPC_VN, ["Supreme People's Court"]),
            O(SPP_VN, ["Supreme People's Procuracy"]), O(CNP, ["Cambodian National Police"])],
      countries=["VN", "BN", "KH", "CN", "KR", "JP", "AU", "NZ"], chairs=["Pham Quy Ngo"],
      notes="'from May 12-16, 2009'. The opening ceremony on May 13 is part of the conference (no line). "
            "'the 10 Asean member countries' generic; the five dialogue countries are named. Vietnamese "
            "ministries listed as attendees ('Ministries of Public Security, Justice, Foreign Affairs'): Justice "
            "and Foreign Affairs with empty mentions. Only the Chairman in chairs, not the Vice Chairman. "
            "No organiser stated."),
    M(D1, "received in audience all the Asean police chiefs at the presidential", "meeting",
      "2009-05-12", "2009-05-16", inferred=True, city="Hanoi", country="VN",
      persons=[P("Nguyen Minh Triet", ["Nguyen Minh Triet"], "President of the Socialist Republic of Vietnam", "VN")],
      countries=["VN"], organizers=["VN"],
      notes="No date of its own: the conference's range and city (as side meetings). 'received' -> host "
            "(the President, encoded as his state). The police chiefs are not named here."),
    # ---------------------------------------------------------------- real3_02 Global Times (Xinhua) 2014
    M(D2, "The general met with his Malaysian counterpart Inspector General", "meeting",
      "2014-02-13", inferred=True, city="Jakarta", country="ID",
      persons=[P("Sutarman", ["General Sutarman", "Sutarman"], "Indonesian national police chief", POLRI, "General"),
               P("Khalid Abu Bakar", ["Inspector General Tan Sri Khalid Abu Bakar"], "Inspector General", PDRM,
                 "Tan Sri")],
      orgs=[O(POLRI, ["Indonesian national police"]), O(PDRM, ["Malaysian police (PDRM)"])],
      countries=["ID", "MY"], organizers=[POLRI],
      notes="'on Thursday' against the stamp 'Published: 2014-2-13' (a Thursday). No dateline: Jakarta from the "
            "host's seat ('at the Indonesian police headquarters', world knowledge, borderline). The visit "
            "'in the near future' has no date: no line."),
    # ---------------------------------------------------------------- real3_03 ASEANAPOL Secretariat 2022
    M(D3, "The 3rd ACPQD 2022 was held via video conferencing", "videoconference",
      "2022-09-29", inferred=True, fmt="online",
      persons=[P("Zaw Lin Tun", ["Pol. Brig. Gen. Zaw Lin Tun"],
                 "Executive Director (ED) of ASEANAPOL Secretariat; Chairman of the meeting", AS_SEC,
                 "Pol. Brig. Gen."),
               P("Tang Yik Tung", ["Supt Tang Yik Tung"], "Director for Plans and Programmes", AS_SEC, "Supt")],
      orgs=[O(AS_SEC, ["ASEANAPOL Secretariat (AS)", "ASEANAPOL Secretariat"])],
      organizers=[AS_SEC], chairs=["Zaw Lin Tun"],
      notes="The page's only date is the byline 'Sep 29, 2022' (the address carries 2022/09/28): the stamp is "
            "taken, inferred (borderline). 'hosted by' / 'convened by the Executive Director' -> organiser. "
            "'the respective ASEANAPOL Member Countries (AMCs)' generic: no countries. The sideline meetings "
            "'to be hosted by the CNP' have no date: no line."),
    M(D3, "41st ASEANAPOL Conference which is scheduled in September 2023", "conference",
      "2023-09", fmt=None, country="LA", status="planned",
      orgs=[O(ASEANAPOL, ["ASEANAPOL"])],
      notes="Planned, month only; 'in LAOS' gives the country, no city. Laos is only the venue (no host stated)."),
    # ---------------------------------------------------------------- real3_04 NetIndian 2021
    M(D4, "The 19th Home Secretary Level Talks (HSLT) between India and Bangladesh", "videoconference",
      "2021-02-27", inferred=True, fmt="online",
      persons=[P("Ajay Kumar Bhalla", ["Ajay Kumar Bhalla"], "Union Home Secretary", MHA_IN),
               P("Mostafa Kamal Uddin", ["Mostafa Kamal Uddin"],
                 "Senior Secretary, Public Security Division, Ministry of Home Affairs", PSD_BD)],
      orgs=[O(MHA_IN, []), O(PSD_BD, ["Public Security Division"])],
      countries=["IN", "BD"],
      notes="'on Saturday' against the dateline 'New Delhi, February 28, 2021' (a Sunday). 'via video "
            "conference'. The Indian ministry only through the Home Secretary's title (empty mentions). "
            "Talks 'between' two countries: no organiser. The dateline city is not a venue of an online meeting."),
    M(D4, "inaugural Police Chiefs’ Dialogue in January 2021", "meeting",
      "2021-01", fmt=None,
      countries=["IN", "BD"],
      notes="Background gathering of the two countries, month only, no venue or format."),
    M(D4, "Home Minister Level Talks (HMLT) held in August 2019", "meeting",
      "2019-08", fmt=None,
      countries=["IN", "BD"],
      notes="Background talks, month only, in the same sentence as the Police Chiefs' Dialogue."),
    # ---------------------------------------------------------------- real3_05 Dunya News 2024
    M(D5, "Federal Interior Minister Mohsin Naqvi met US Ambassador to Pakistan", "meeting",
      "2024-07-13", inferred=True, city="Islamabad", country="PK",
      persons=[P("Mohsin Naqvi", ["Interior Minister Mohsin Naqvi", "Mohsin Naqvi", "Naqvi"],
                 "Federal Interior Minister", MOI_PK),
               P("Donald Blome", ["Donald Blome"], "US Ambassador to Pakistan", "US", "Ambassador")],
      orgs=[O(MOI_PK, ["Ministry of Interior"])],
      countries=["PK", "US"], organizers=[MOI_PK],
      notes="No day in the text: the stamp 'date 2024-07-13' is taken (inferred). ISLAMABAD dateline and "
            "'visited the Ministry of Interior, where Naqvi welcomed him' -> host. Ambassador = country. "
            "The recent New York visit and the Islamabad police delegation have no date: no lines."),
    M(D5, "Both sides agreed to organise “law enforcement dialogues” in October", "meeting",
      "2024-10", inferred=True, fmt=None, status="planned",
      countries=["PK", "US"], organizers=["PK", "US"],
      notes="Planned, month only, year from the stamp. 'Both sides agreed to organise' -> both sides organise "
            "(borderline, as dev6)."),
    # ---------------------------------------------------------------- real3_06 New Zealand Police 2010
    M(D6, "The annual meeting of the 39th Pacific Islands Chiefs of Police", "conference",
      "2010-08-24", "2010-08-26", city="Brisbane", country="AU",
      persons=[P("Tony Negus", ["AFP Commissioner Tony Negus"], "AFP Commissioner", AFP, "Commissioner"),
               P("Chris Kelley", ["Commander Chris Kelley"], "Commander", TPF, "Commander"),
               P("Lilomaiava Fou Taioalo", ["Commissioner Lilomaiava Fou Taioalo"], "Commissioner", SPF,
                 "Commissioner")],
      orgs=[O(PICP, ["Pacific Islands Chiefs of Police (PICP)", "PICP"]),
            O(AFP, ["Australian Federal Police (AFP)", "AFP"]),
            O(TPF, ["Tongan Police Force"]), O(SPF, ["Samoan Police Force"])],
      countries=["AU", "TO", "WS"], organizers=[AFP],
      notes="'hosted and chaired by the Australian Federal Police': a body chairs, so chairs stays empty and "
            "the AFP organises. The workshop the Chiefs took part in has no date of its own: part of the "
            "conference, no line. The singer and dance group of the welcome are not participants. No stamp."),
    # ---------------------------------------------------------------- real3_07 Antara (jawawa.id) 2002
    M(D7, "voiced the proposal at his meeting with Indonesian National Police", "meeting",
      "2002-04-09", inferred=True, city="Kuala Lumpur", country="MY",
      persons=[P("Norian Mai", ["Malaysian Police Inspector-General Norian Mai", "Norian"],
                 "Malaysian Police Inspector-General", PDRM),
               P("Da'i Bachtiar", ["Gen. Da'i Bachtiar", "Da'i"], "Indonesian National Police chief", POLRI, "Gen.")],
      orgs=[O(PDRM, []), O(POLRI, ["Indonesian National Police"])],
      countries=["MY", "ID"], organizers=[PDRM],
      notes="Header 'Thu, 11 Apr 2002'; 'said on Tuesday' and the guest 'arrived here on Tuesday': the meeting "
            "is taken to be that Tuesday (borderline). 'Antara, Kuala Lumpur' and 'here' -> Kuala Lumpur; "
            "'at the federal police headquarters here' -> the Malaysian police host (named only through "
            "Norian's title: empty mentions). The two-day visit frames the meeting (no line); the 'special "
            "discussion' has no date."),
    # ---------------------------------------------------------------- real3_08 People's Daily (Xinhua) 2011
    M(D8, "held the Ministerial Meeting on Cooperation in Patrol and Law Enforcement", "meeting",
      "2011-11-25", "2011-11-26", city="Beijing", country="CN",
      persons=[P("Meng Hongwei", ["H.E. Meng Hongwei"], "Vice Minister of Public Security of China", MPS_CN, "H.E."),
               P("Bouasieng Champaphan", ["H.E. Bouasieng Champaphan"],
                 "Deputy Chief of General Staff of Lao People's Army", LPA, "H.E."),
               P("Zaw Win", ["H.E. Police Brigadier General Zaw Win"], "Deputy Chief of Myanmar Police Force", MPF,
                 "H.E. Police Brigadier General"),
               P("Wichean Potephosree", ["H.E. Wichean Potephosree"],
                 "Secretary General of the National Security Council of Thailand", NSC_TH, "H.E.")],
      orgs=[O(MPS_CN, ["China's Ministry of Public Security"]), O(LPA, ["Lao People's Army"]),
            O(MPF, ["Myanmar Police Force"]), O(NSC_TH, ["National Security Council of Thailand"])],
      countries=["CN", "LA", "MM", "TH"],
      notes="'on 25 and 26 November 2011 in Beijing, China'. Held jointly by the authorities of the four "
            "countries: no single host stated, organisers empty. A ministerial meeting of four states typed "
            "meeting, the text's word (borderline: could be conference). The joint statement 'adopted on 31 October, 2011' is "
            "an adoption with no gathering described: no line. The Ministry of Public Security also publicised "
            "the statement; it takes part through its Vice Minister."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
