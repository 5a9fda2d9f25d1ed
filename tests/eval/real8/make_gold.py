"""Write gold.jsonl and entities.json of the real-page development set real8 from the tables below.

Run from anywhere: ``python tests/eval/real8/make_gold.py``. The checks a gold annotator
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

MPS_VN = "Ministry of Public Security of Vietnam"
ASEANAPOL = "ASEAN Chiefs of National Police"
PNP = "Philippine National Police"
RBPF = "Royal Brunei Police Force"
CNP = "Cambodian National Police"
POLRI = "Indonesian National Police"
GDP_LA = "General Department of Police of the Lao People's Democratic Republic"
PDRM = "Royal Malaysia Police"
MPF = "Myanmar Police Force"
SPF = "Singapore Police Force"
RTP = "Royal Thai Police"
PICP = "Pacific Islands Chiefs of Police"
PICP_ELT = "PICP Executive Leadership Team"
PICP_SEC = "PICP Secretariat"
MFAT_NZ = "Ministry of Foreign Affairs and Trade of New Zealand"
DFAT_AU = "Department of Foreign Affairs and Trade of Australia"
FPF = "Fiji Police Force"
AFP = "Australian Federal Police"
NZP = "New Zealand Police"
PCLEC = "Pacific Community for Law Enforcement Cooperation"
PPTAG = "Pacific Police Training Advisory Group"
MHA_SG = "Ministry of Home Affairs of Singapore"
DP = "Delhi Police"
DPA = "Delhi Police Academy"
NPP = "National People's Power"
FC_RU = "Federation Council of the Russian Federation"
MFA_MN = "Ministry of Foreign Affairs of Mongolia"
MFA_RU = "Ministry of Foreign Affairs of the Russian Federation"
GEC_MN = "General Election Commission of Mongolia"
ILO = "International Labour Organization"
ARF = "ASEAN Regional Forum"
MGPWG = "Mongolia-Germany Parliamentary Working Groups"
ANF = "Anti-Narcotics Force"
MOI_PK = "Ministry of Interior of Pakistan"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MPS_VN: (None, None, "VN", ["Ministry of Public Security of Vietnam", "Vietnamese Ministry of Public Security"]),
    ASEANAPOL: ("ASEANAPOL", None, None, ["ASEAN Chiefs of National Police", "ASEANAPOL"]),
    PNP: ("PNP", None, "PH", ["Philippine National Police", "PNP"]),
    RBPF: (None, None, "BN", ["Royal Brunei Police Force"]),
    CNP: (None, None, "KH", ["Cambodian National Police"]),
    POLRI: (None, None, "ID", ["Indonesian National Police"]),
    GDP_LA: (None, None, "LA", ["General Department of Police of the Lao People's Democratic Republic",
                                "Lao People's Democratic Republic General Department Police"]),
    PDRM: ("RMP", None, "MY", ["Royal Malaysia Police", "Royal Malaysian Police", "RMP"]),
    MPF: (None, None, "MM", ["Myanmar Police Force", "Mayanmar Police Force"]),
    SPF: (None, None, "SG", ["Singapore Police Force"]),
    RTP: (None, None, "TH", ["Royal Thai Police", "Royal Thail Police"]),
    PICP_ELT: ("ELT", PICP, None, ["PICP Executive Leadership Team",
                                   "Pacific Islands Chiefs of Police (PICP) Executive Leadership Team (ELT)", "ELT"]),
    PICP_SEC: (None, PICP, None, ["PICP Secretariat"]),
    MFAT_NZ: (None, None, "NZ", ["Ministry of Foreign Affairs and Trade of New Zealand",
                                "NZ Ministry of Foreign Affairs and Trade"]),
    DFAT_AU: (None, None, "AU", ["Department of Foreign Affairs and Trade of Australia",
                                 "Australian Department of Foreign Affairs and Trade"]),
    FPF: (None, None, "FJ", ["Fiji Police Force"]),
    AFP: ("AFP", None, "AU", ["Australian Federal Police", "AFP"]),
    NZP: (None, None, "NZ", ["New Zealand Police", "NZ Police"]),
    PCLEC: ("PCLEC", None, None, ["Pacific Community for Law Enforcement Cooperation", "PCLEC"]),
    PPTAG: ("PPTAG", None, None, ["Pacific Police Training Advisory Group", "PPTAG"]),
    MHA_SG: (None, None, "SG", ["Ministry of Home Affairs of Singapore"]),
    DP: (None, None, "IN", ["Delhi Police"]),
    DPA: (None, DP, "IN", ["Delhi Police Academy"]),
    FC_RU: (None, None, "RU", ["Federation Council of the Russian Federation"]),
    MFA_MN: (None, None, "MN", ["Ministry of Foreign Affairs of Mongolia", "Mongolian Ministry of Foreign Affairs"]),
    MFA_RU: (None, None, "RU", ["Ministry of Foreign Affairs of the Russian Federation",
                                "Russian Ministry of Foreign Affairs"]),
    GEC_MN: (None, None, "MN", ["General Election Commission of Mongolia", "Mongolian General Election Commission"]),
    ILO: ("ILO", None, None, ["International Labour Organization", "ILO"]),
    ARF: ("ARF", None, None, ["ASEAN Regional Forum", "ARF"]),
    MGPWG: (None, None, None, ["Mongolia-Germany Parliamentary Working Groups"]),
    ANF: ("ANF", None, "PK", ["Anti-Narcotics Force", "ANF"]),
    MOI_PK: (None, None, "PK", ["Ministry of Interior of Pakistan"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    PICP: ("PICP", None, None, ["Pacific Islands Chiefs of Police", "PICP"]),
    NPP: ("NPP", None, "LK", ["National People's Power", "NPP"]),
}

COUNTRY_NAMES = {
    "AU": ["Australia", "Australian"], "BN": ["Brunei"], "CO": ["Colombia", "Columbia"],
    "DE": ["Germany", "German"], "DK": ["Denmark"], "FJ": ["Fiji"], "GU": ["Guam"],
    "ID": ["Indonesia", "Indonesian"], "IN": ["India", "Indian"], "JP": ["Japan"],
    "KG": ["Kyrgyzstan", "Kyrgyz"], "KH": ["Cambodia", "Cambodian"], "LA": ["Laos", "Lao People's Democratic Republic"],
    "LK": ["Sri Lanka", "Sri Lankan"], "LV": ["Latvia"], "MM": ["Myanmar"], "MN": ["Mongolia", "Mongolian"],
    "MV": ["Maldives", "Maldivian"], "MY": ["Malaysia", "Malaysian"], "NU": ["Niue"],
    "NZ": ["New Zealand", "NZ"], "PH": ["Philippines"], "PK": ["Pakistan"], "RU": ["Russia", "Russian Federation"],
    "SG": ["Singapore"], "TH": ["Thailand", "Thai"], "TO": ["Tonga"], "UZ": ["Uzbekistan"],
    "VN": ["Vietnam", "Socialist Republic of Vietnam", "Vietnamese"], "VU": ["Vanuatu"], "WS": ["Samoa"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real8_01_vietnamplus.txt", "real8_02_manila_bulletin_mapinc.txt", "real8_03_picp.txt",
                  "real8_04_the_sun_daily.txt")
D5, D6, D7, D8 = ("real8_05_lokmat_times.txt", "real8_06_ubc_mongolia_roundup.txt", "real8_07_ary_news.txt",
                  "real8_08_news_lk.txt")

KHALID = "Khalid Abu Bakar"
BOLD = "L. Bold"
SHAH = "Ijaz Ahmed Shah"
R14 = "Roundup of 'June 9- 22, 2014': no date of its own, month of the roundup (inferred)."

MEETINGS = [
    # ---------------------------------------------------------------- real8_01 VietnamPlus (VNA) 2020
    M(D1, "During a reception for Vietnamese Minister of Public Security", "meeting",
      "2020-02-13", inferred=True, city="Kuala Lumpur", country="MY",
      persons=[P("Abdullah Sultan Ahmad Shah", ["King Abdullah Sultan Ahmad Shah", "King Abdullah"], "Malaysian King", "MY"),
               P("To Lam", ["General To Lam", "Lam"], "Vietnamese Minister of Public Security", MPS_VN, "General")],
      orgs=[O(MPS_VN, ["Vietnamese Ministry of Public Security"])],
      countries=["MY", "VN"], organizers=["MY"],
      notes="'on February 13', year from the stamp. Kuala Lumpur from the dateline. 'a reception for' -> the "
            "King hosts (his state). The working visit 'from February 12-13' frames the reception (no line). "
            "The Malaysian Ministry of Home Affairs is only named in 'relations between' (not listed); the "
            "Vietnamese ministry takes part through its minister (borderline)."),
    M(D1, "citing an official visit to Vietnam by Prime Minister Mahathir Mohamad", "visit",
      "2019-08", fmt=None, country="VN",
      persons=[P("Mahathir Mohamad", ["Prime Minister Mahathir Mohamad"], "Prime Minister", "MY")],
      countries=["MY", "VN"],
      notes="Background visit, month only, country only."),
    # ---------------------------------------------------------------- real8_02 Manila Bulletin (mapinc) 2003
    M(D2, "will hold its 23rd annual conference to tackle terrorism", "conference",
      "2003-09-09", inferred=True, city="Manila", country="PH", status="planned",
      persons=[P("Hermogenes Ebdane Jr.", ["Director General Hermogenes Ebdane Jr.", "Ebdane"], "PNP chief", PNP,
                 "Director General"),
               P("Jose Lina Jr.", ["Jose Lina Jr."], "Interior and Local Government Secretary; guest of honor and speaker",
                 "PH"),
               P("Ahmad Hj Damit", ["Deputy Commissioner PG\nAhmad HJ Damit"], "Deputy Commissioner", RBPF,
                 "Deputy Commissioner PG"),
               P("Mao Chandara", ["Police Lieutenant\nGeneral Mao Chandara"], None, CNP, "Police Lieutenant General"),
               P("Da'l Bachtiar", ["Police General\nDors. Da'l Bachtiar"], None, POLRI, "Police General Dors."),
               P("Khampha Sengdara", ["Police Colonel\nKhampha Sengdara"], None, GDP_LA, "Police Colonel"),
               P("Mohd Bakri B. Hj Omar", ["Deputy Inspector General Dato' Seri Mohd Bakri B.\nHJ Omar"],
                 "Deputy Inspector General", PDRM, "Dato' Seri"),
               P("Khin Yi", ["Brig. Gen. Khin Yi"], None, MPF, "Brig. Gen."),
               P("Khoo Boon Hui", ["Commissioner Khoo Boon Hui"], "Commissioner", SPF, "Commissioner"),
               P("Tawatchai Pailee", ["Police Genera Tawatchai Pailee"], None, RTP, "Police General"),
               P("Pham Van Duc", ["Police Major General Pham Van Duc"], None, "VN", "Police Major General")],
      orgs=[O(ASEANAPOL, ["ASEAN Chiefs of National Police", "ASEANAPOL"]),
            O(PNP, ["Philippine National Police (PNP)", "PNP"]), O(RBPF, ["Royal Brunei Police Force"]),
            O(CNP, ["Cambodian National Police"]), O(POLRI, ["Indonesian National Police"]),
            O(GDP_LA, ["Lao People's Democratic Republic General\nDepartment Police"]),
            O(PDRM, ["Royal Malaysia Police"]), O(MPF, ["Mayanmar Police Force"]),
            O(SPF, ["Singapore\nPolice Force"]), O(RTP, ["Royal Thail\nPolice"])],
      countries=["PH", "BN", "KH", "ID", "LA", "MY", "MM", "SG", "TH", "VN"], organizers=[PNP],
      notes="Announced 'this week' (Pubdate Sun, 07 Sep 2003); the only day is the opening 'on Tuesday, Sept. 9' "
            "(start = end = that day; the length is not given). 'at the Manila Hotel' -> Manila. 'with the PNP as "
            "this year's host'. Heads of delegations listed by the text are participants of the planned "
            "conference; the Vietnamese head is affiliated to his country (no body named). Typos kept in mentions "
            "('Da'l', 'Mayanmar', 'Genera', 'Thail'); mentions that run over a line break keep it. The guest "
            "observers' sentence is cut (broken)."),
    # ---------------------------------------------------------------- real8_03 PICP communique 2023
    M(D3, "Executive Leadership Team (ELT) meeting was held at the Australian", "meeting",
      "2023-02-14", "2023-02-15", fmt="hybrid", city="Sydney", country="AU",
      orgs=[O(PICP_ELT, ["Pacific Islands Chiefs of Police (PICP) Executive Leadership Team (ELT)", "ELT"]),
            O(MFAT_NZ, ["NZ Ministry of Foreign Affairs and Trade"]),
            O(DFAT_AU, ["Australian Department of Foreign Affairs and Trade"]),
            O(FPF, ["Fiji Police Force"]), O(AFP, ["Australian Federal Police"]), O(NZP, ["NZ Police"])],
      countries=["AU", "FJ", "GU", "NZ", "NU", "WS", "TO", "VU"],
      notes="'from 14 \u2013 15 February 2023' at the Australian Institute of Police Management, Sydney (header "
            "line: the institute is the venue only). Hybrid: the NZ Police Commissioner 'joined the meeting "
            "virtually'. Countries of the attending chiefs, Guam as GU. The 'special leadership session ... on 14 "
            "February' is part of the meeting (no line). No organiser stated. The heading on the Acting Chair "
            "names a person only in an appointment: not a participant."),
    M(D3, "ELT agreed for a monthly virtual meeting to be established", "videoconference",
      "2023-03", fmt="online", status="planned",
      orgs=[O(PICP_SEC, ["PICP Secretariat"])],
      organizers=[PICP_SEC],
      notes="A monthly series 'scheduled to commence in March 2023': one planned line for the first month. "
            "'facilitated by the PICP Secretariat' -> organiser. 'all 22 members of the PICP' generic."),
    M(D3, "Police Training Advisory Group (PPTAG) Conference held in Brisbane", "conference",
      "2022-11", city="Brisbane", country="AU",
      orgs=[O(PCLEC, ["Pacific Community for Law Enforcement Cooperation (PCLEC)"]),
            O(PPTAG, ["Pacific Police Training Advisory Group (PPTAG)"])],
      notes="Background conference, month only, 'held in Brisbane, Australia in November 2022'. The two bodies "
            "whose joint conference it was are listed; no countries named."),
    # ---------------------------------------------------------------- real8_04 The Sun Daily (Bernama) 2017
    M(D4, "was conferred the Distinguished Service Order", "meeting",
      "2017-02-02", inferred=True, city="Singapore", country="SG",
      persons=[P(KHALID, ["Tan Sri Khalid Abu Bakar", "Khalid"], "Inspector-General of Police (IGP)", PDRM, "Tan Sri"),
               P("Tony Tan Keng Yam", ["Singapore President Tony Tan Keng Yam"], "Singapore President", "SG")],
      orgs=[O(PDRM, [])],
      countries=["MY", "SG"], organizers=["SG"],
      notes="Investiture ceremony 'on Thursday at the Istana here' against the stamp 'date 2017-02-04' (a "
            "Saturday) and the SINGAPORE dateline. The President confers -> his state hosts. The Malaysian "
            "police take part through the IGP's title (the body's name is in another sentence: empty mentions). "
            "The High Commission's statement is not a meeting."),
    M(D4, "the IGP called on Singapore Prime Minister Lee Hsien Loong", "meeting",
      "2017-02", inferred=True, city="Singapore", country="SG",
      persons=[P(KHALID, ["IGP"], "Inspector-General of Police (IGP)", PDRM, "Tan Sri"),
               P("Lee Hsien Loong", ["Singapore Prime Minister Lee Hsien Loong"], "Singapore Prime Minister", "SG"),
               P("K. Shanmugam", ["K. Shanmugam"], "Minister for Home Affairs", MHA_SG),
               P("Hoong Wee Teck", ["Commissioner of Police Hoong Wee Teck"], "Commissioner of Police", SPF)],
      orgs=[O(PDRM, []), O(MHA_SG, []), O(SPF, ["Singapore Police Force"])],
      countries=["MY", "SG"], organizers=["SG"],
      notes="Three courtesy calls 'Prior to the ceremony' with no date each: one line (a series), month only "
            "(the day is not given; borderline). 'called on' -> the visited side hosts. Singapore from the "
            "dateline of the visit."),
    # ---------------------------------------------------------------- real8_05 Lokmat Times (ANI) 2024
    M(D5, "Police officers from Sri Lanka visited the Delhi Police training centre", "visit",
      "2024-02-05", inferred=True, city="New Delhi", country="IN", aliases=["Delhi"],
      persons=[P("Chhaya Sharma", ["Chhaya Sharma"], "Special Commissioner of Police (Training)", DP),
               P("Uma Shankar", ["Uma Shankar"], "Deputy Director (Training) at Delhi Police Academy", DPA)],
      orgs=[O(DP, ["Delhi Police"]), O(DPA, ["Delhi Police Academy"])],
      countries=["LK", "IN"], organizers=[DP],
      notes="'on Monday' against the dateline 'New Delhi [India], February 6'. The training centre at Rajinder "
            "Nagar is in the dateline city (borderline). The visited and welcoming police organise. The Sri "
            "Lankan officers are unnamed and their force is not named: country only."),
    M(D5, "S Jaishankar met with Anura Kumara Dissanayake", "meeting",
      "2024-02-05", inferred=True, city="New Delhi", country="IN",
      persons=[P("S Jaishankar", ["External Affairs Minister (EAM) S Jaishankar", "Jaishankar"],
                 "External Affairs Minister (EAM)", "IN"),
               P("Anura Kumara Dissanayake", ["Anura Kumara Dissanayake"],
                 "leader of the National People's Power (NPP) and Janatha Vimukthi Peramuna (JVP) in Sri Lanka", NPP)],
      countries=["IN", "LK"],
      notes="'on Monday in New Delhi'. A party leader is affiliated to his party (not listed as a taking-part "
            "body); LK as his country. 'met with': no organiser stated. The X post quoted is about this meeting."),
    # ---------------------------------------------------------------- real8_06 UBC Mongolia roundup 2014
    M(D6, "the first \u201cUlaanbaatar Dialogues\u201d held to discuss security", "conference",
      "2014-06", inferred=True, city="Ulaanbaatar", country="MN",
      countries=["MN"],
      notes=R14 + " The city from the event's name (borderline). Mongolia's foreign affairs as the host "
                  "country; no participants named."),
    M(D6, "Mongolia\u2019s participation in the ILO", "meeting",
      "2014-06", inferred=True, fmt=None,
      orgs=[O(ILO, ["ILO"])], countries=["MN"],
      notes=R14 + " The ILO meeting is only named; no venue (world knowledge not used)."),
    M(D6, "ILO and ARF meetings", "meeting",
      "2014-06", inferred=True, fmt=None,
      orgs=[O(ARF, ["ARF"])], countries=["MN"],
      notes=R14 + " The ARF meeting, named with the ILO one: a second line (two bodies' meetings)."),
    M(D6, "Valentina Ivanovna Matviyenko, made an official visit to Mongolia", "visit",
      "2014-06", inferred=True, fmt=None, country="MN",
      persons=[P("Valentina Ivanovna Matviyenko", ["Valentina Ivanovna Matviyenko"],
                 "Chairman of the Federation Council of the Russian Federation", FC_RU),
               P("Z. Ekhbold", ["Parliamentary Director Z. Ekhbold"], "Parliamentary Director", "MN")],
      orgs=[O(FC_RU, ["Federation Council of the Russian Federation"])],
      countries=["RU", "MN"], organizers=["MN"],
      notes=R14 + " 'On the invitation of' -> the inviter's side organises; the inviter counted as host "
                  "(borderline). No city."),
    M(D6, "Russian Ministries of Foreign Affairs held their 8th consultative meeting", "meeting",
      "2014-06", inferred=True, fmt=None,
      orgs=[O(MFA_MN, []), O(MFA_RU, [])],
      countries=["MN", "RU"],
      notes=R14 + " Both ministries are named in one phrase ('The Mongolian and Russian Ministries of Foreign "
                  "Affairs'): empty mentions. No venue."),
    M(D6, "Ch. Sodnomtseren met with the Kyrgyz Ambassador to Mongolia", "meeting",
      "2014-06", inferred=True, fmt=None, country="MN",
      persons=[P("Ch. Sodnomtseren", ["Ch. Sodnomtseren"], "Director of the Mongolian General Election Commission",
                 GEC_MN)],
      orgs=[O(GEC_MN, ["Mongolian General Election Commission"])],
      countries=["MN", "KG"],
      notes=R14 + " Ambassador = country; an ambassador accredited to Mongolia -> country MN, no city (borderline)."),
    M(D6, "L. Bold met with Uzbekistan\u2019s newly appointed ambassador", "meeting",
      "2014-06", inferred=True, fmt=None, country="MN",
      persons=[P(BOLD, ["L. Bold"], "Minister of Foreign Affairs", MFA_MN)],
      orgs=[O(MFA_MN, [])],
      countries=["MN", "UZ"],
      notes=R14 + " Bold's title from another item of the page; ministry through his title (empty mentions)."),
    M(D6, "L. Bold met with representatives from Japan in the seventh session", "meeting",
      "2014-06", inferred=True, fmt=None,
      persons=[P(BOLD, ["L. Bold"], "Minister of Foreign Affairs", MFA_MN)],
      orgs=[O(MFA_MN, [])],
      countries=["MN", "JP"],
      notes=R14 + " Seventh session of meetings on the EPA; no venue."),
    M(D6, "The President of Latvia made an official visit to Mongolia", "visit",
      "2014-06", inferred=True, fmt=None, country="MN",
      persons=[P("Elbegdorj", ["Mongolian President Elbegdorj"], "Mongolian President", "MN"),
               P("N. Altankhuyag", ["PM N. Altankhuyag"], "PM", "MN"),
               P(BOLD, ["Minister of Foreign Affairs L. Bold"], "Minister of Foreign Affairs", MFA_MN)],
      orgs=[O(MFA_MN, [])],
      countries=["LV", "MN"],
      notes=R14 + " The lead's 'the President of Latvia making an official visit' is the same visit (one line). "
                  "The official meetings during the visit have no dates of their own: in the visit's line. The "
                  "Latvian President is not named."),
    M(D6, "presented his credentials to the Queen of Denmark", "meeting",
      "2014-06", inferred=True, fmt=None, country="DK",
      persons=[P("Z. Altai", ["Z. Altai"], "Mongolia\u2019s newly appointed ambassador to Denmark", "MN", "Ambassador")],
      countries=["MN", "DK"],
      notes=R14 + " Presentation of credentials = an audience; the Queen is not named; Denmark as venue country."),
    M(D6, "Parliamentary Working Groups met in Ulaanbaatar", "working_group",
      "2014-06", inferred=True, city="Ulaanbaatar", country="MN",
      orgs=[O(MGPWG, ["Mongolia-Germany Parliamentary Working Groups"])],
      countries=["MN", "DE"],
      notes=R14 + " Both sides of a standing parliamentary group."),
    M(D6, "X. Temuujin made an official visit to Germany", "visit",
      "2014-06", inferred=True, fmt=None, country="DE",
      persons=[P("X. Temuujin", ["X. Temuujin"], "Mongolia\u2019s Justice Minister", "MN")],
      countries=["MN", "DE"],
      notes=R14 + " The visit 'to meet with the German Minister of Internal Affairs' (unnamed): one line."),
    M(D6, "Mongolia and Columbia held their first consultative meeting in Bogota", "meeting",
      "2014-06", inferred=True, city="Bogota", country="CO",
      persons=[P("D. Gankhuyag", ["Deputy Minister of Foreign Affairs D. Gankhuyag"], "Deputy Minister of Foreign Affairs",
                 MFA_MN)],
      orgs=[O(MFA_MN, [])],
      countries=["MN", "CO"],
      notes=R14 + " 'Columbia' (sic) = Colombia. The next sentence (Gankhuyag met his counterpart) is the same "
                  "meeting. The Brazil visit is in the cut broken sentence."),
    # ---------------------------------------------------------------- real8_07 ARY News 2019
    M(D7, "here on Wednesday visited Anti-Narcotics Force, (ANF) Headquarters", "visit",
      "2019-08-21", inferred=True, city="Islamabad", country="PK",
      persons=[P(SHAH, ["Brig (R) Ijaz Ahmed Shah"], "Federal Minister for Interior", MOI_PK, "Brig (R)"),
               P("Muhammad Arif Malik", ["Major General Muhammad Arif Malik"], "Director General ANF", ANF,
                 "Major General")],
      orgs=[O(ANF, ["Anti-Narcotics Force, (ANF)", "ANF"]), O(MOI_PK, [])],
      countries=["PK"], organizers=[ANF],
      notes="'on Wednesday' against the stamp 'date 2019-08-21' (a Wednesday). 'here' under the ISLAMABAD "
            "dateline. The visited force welcomes -> organiser. Achievements briefed are not meetings."),
    M(D7, "he said while addressing in a workshop related to the National", "workshop",
      "2019-08-21", inferred=True, city="Islamabad", country="PK",
      persons=[P(SHAH, ["Interior Minister Ijaz Ahmed Shah", "Shah"], "Interior Minister", MOI_PK, "Brig (R)")],
      orgs=[O(MOI_PK, [])],
      countries=["PK"],
      notes="'Earlier in the day': the stamp's day. No venue of its own: the dateline city (borderline). "
            "No organiser stated."),
    # ---------------------------------------------------------------- real8_08 news.lk 2019
    M(D8, "official meeting between President Maithripala Sirisena and visiting", "meeting",
      "2019-02-05", inferred=True, city="Colombo", country="LK",
      persons=[P("Maithripala Sirisena", ["President Maithripala Sirisena", "President Sirisena"], "President", "LK"),
               P("Ibrahim Mohamed Solih", ["Maldivian President Ibrahim Mohamed Solih"], "Maldivian President", "MV")],
      countries=["LK", "MV"], organizers=["LK"],
      notes="'yesterday' against the item's date 'February 06, 2019' (the page's top line 'November 23, 2024' is "
            "the site's date, not the item's). The welcome 'at the Presidential Secretariat yesterday morning' "
            "is part of the same occasion; 'received by President Sirisena' -> host. Colombo as the seat of the "
            "Presidential Secretariat (world knowledge, borderline). The Independence Day celebration has no "
            "date in the text and is no cooperation meeting: no line. The Media Division is only a source."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"IGP"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
