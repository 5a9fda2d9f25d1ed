"""Write gold.jsonl and entities.json of the second set of real news pages (real10) from the tables below.

Run from anywhere: ``python tests/eval/real10/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (Central Asia and its neighbours, third-party news), copied verbatim from the
stored excerpts; their addresses are in SOURCES.md, and what was cut is in NOTES.md. The people
are real people named in those pages. This gold was written by hand without running the
extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402
from devsets import CARICC, OSCE, ROCA, UNODC  # noqa: E402

MFA_AZ = "Ministry of Foreign Affairs of the Republic of Azerbaijan"
MFA_UZ = "Ministry of Foreign Affairs of the Republic of Uzbekistan"
MFA_TJ = "Ministry of Foreign Affairs of the Republic of Tajikistan"
MFA_KZ = "Ministry of Foreign Affairs of the Republic of Kazakhstan"
MFA_MN = "Ministry of Foreign Affairs of Mongolia"
POLICE_AM = "Police of the Republic of Armenia"
EUDEL_AM = "Delegation of the European Union to Armenia"
MIA_AM = "Ministry of Internal Affairs of the Republic of Armenia"
DOS = "United States Department of State"
INL = "Bureau of International Narcotics and Law Enforcement Affairs"
OSCE_TJ = "OSCE Office in Tajikistan"
OSCE_ASH = "OSCE Centre in Ashgabat"
BMSC = "OSCE Border Management Staff College"
MARSHALL = "George C. Marshall European Center for Security Studies"
KHURAL = "State Great Khural"
CBCP = "UNODC Cross-Border Cooperation Project"
BFC_TJ = "Border Forces Committee of Tajikistan"
MOBTA = "Ministry of Borders and Tribal Affairs of Afghanistan"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MFA_AZ: (None, None, "AZ", ["Ministry of Foreign Affairs of the Republic of Azerbaijan"]),
    MFA_UZ: (None, None, "UZ", ["Ministry of Foreign Affairs of the Republic of Uzbekistan", "MFA"]),
    MFA_TJ: (None, None, "TJ", ["Ministry of Foreign Affairs of the Republic of Tajikistan"]),
    MFA_KZ: (None, None, "KZ", ["Ministry of Foreign Affairs of the Republic of Kazakhstan", "Kazakh Foreign Ministry"]),
    MFA_MN: (None, None, "MN", ["Ministry of Foreign Affairs of Mongolia"]),
    POLICE_AM: (None, None, "AM", ["Police of the Republic of Armenia", "Police of Armenia", "the Police"]),
    EUDEL_AM: (None, None, None, ["Delegation of the European Union to Armenia", "EU Delegation to Armenia"]),
    MIA_AM: (None, None, "AM", ["Ministry of Internal Affairs of the Republic of Armenia",
                                "Ministry of Internal Affairs of Armenia"]),
    INL: ("INL", DOS, "US", ["Bureau of International Narcotics and Law Enforcement Affairs",
                             "Bureau of International Narcotics and Law Enforcement Affairs of the US Department of State"]),
    OSCE: ("OSCE", None, None, ["Organization for Security and Co-operation in Europe", "OSCE"]),
    OSCE_TJ: (None, OSCE, None, ["OSCE Office in Tajikistan"]),
    OSCE_ASH: (None, OSCE, None, ["OSCE Centre in Ashgabat"]),
    BMSC: ("BMSC", OSCE, None, ["OSCE Border Management Staff College", "OSCE BMSC"]),
    MARSHALL: (None, None, None, ["George C. Marshall European Center for Security Studies",
                                  "George C. Marshall Center", "Marshall Center"]),
    KHURAL: (None, None, "MN", ["State Great Khural"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    ROCA: ("ROCA", UNODC, None, ["UNODC Regional Office for Central Asia"]),
    CARICC: ("CARICC", None, None, ["CARICC", "Central Asian Regional Information and Coordination Centre for Combating "
                                    "Illicit Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors"]),
    CBCP: (None, UNODC, None, ["UNODC Cross-Border Cooperation Project", "Cross-Border Cooperation Project"]),
    BFC_TJ: (None, None, "TJ", ["Border Forces Committee of Tajikistan", "Border Forces Committee"]),
    MOBTA: (None, None, "AF", ["Ministry of Borders and Tribal Affairs of Afghanistan", "Ministry of Borders and Tribal Affairs"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    DOS: (None, None, "US", ["US Department of State"]),
}

COUNTRY_NAMES = {
    "AF": ["Afghanistan", "Afghan", "Islamic Emirate of Afghanistan"], "AM": ["Armenia", "Armenian"],
    "AZ": ["Azerbaijan"], "DE": ["Germany"], "KG": ["Kyrgyzstan"], "KZ": ["Kazakhstan", "Kazakh"],
    "MN": ["Mongolia", "Mongolian"], "TJ": ["Tajikistan", "Tajik"], "US": ["United States", "US"],
    "UZ": ["Uzbekistan", "Uzbek"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real10_01_azertac.txt", "real10_02_armenpress.txt", "real10_03_news_am.txt", "real10_04_kun_uz.txt")
D5, D6, D7, D8 = ("real10_05_osce_bmsc.txt", "real10_06_astana_times.txt", "real10_07_unodc_roca.txt",
                  "real10_08_ariana_news.txt")

NURT = "Murat Nurtleu"

MEETINGS = [
    # ---------------------------------------------------------------- real10_01 AZERTAC 2020
    M(D1, "has met with Uzbek counterpart Abdulaziz Kamilov", "meeting",
      "2020-02-06", inferred=True, city="Baku", country="AZ",
      persons=[P("Elmar Mammadyarov", ["Elmar Mammadyarov"], "Foreign Minister", MFA_AZ),
               P("Abdulaziz Kamilov", ["Abdulaziz Kamilov"], "Uzbek counterpart", MFA_UZ)],
      orgs=[O(MFA_AZ, []), O(MFA_UZ, [])],
      countries=["AZ", "UZ"],
      notes="Only date: the stamp '06.02.2020 [16:04]' and the dateline 'Baku, February 6'. On the sidelines of the "
            "extraordinary CFM of the Turkic Council in Baku: that frame gets no line (real5 01, real1 07). The next "
            "intergovernmental commission has no date."),
    # ---------------------------------------------------------------- real10_02 Armenpress 2020
    M(D2, "had a video talk on April 27 with Head of the EU Delegation", "videoconference",
      "2020-04-27", inferred=True, fmt="online",
      persons=[P("Arman Sargsyan", ["Arman Sargsyan"], "Police Chief", POLICE_AM),
               P("Andrea Wiktorin", ["Andrea Wiktorin"], "Head of the EU Delegation to Armenia", EUDEL_AM, "Ambassador")],
      orgs=[O(POLICE_AM, ["the Police"]), O(EUDEL_AM, ["EU Delegation to Armenia"])],
      countries=["AM"],
      notes="'on April 27', year from the dateline 'YEREVAN, APRIL 28'. Video talk -> online, no city. The EU Delegation "
            "is an organisation (the EU is no country). 'The EU Ambassador', 'Mrs. Ambassador' are titles alone."),
    # ---------------------------------------------------------------- real10_03 NEWS.am 2023
    M(D3, "on Tuesday received a delegation led by James Applegate", "meeting",
      "2023-05-16", inferred=True, country="AM",
      persons=[P("Vahe Ghazaryan", ["Vahe Ghazaryan"], "Minister of Internal Affairs of Armenia", MIA_AM),
               P("James Applegate", ["James Applegate", "Applegate"],
                 "US Acting Deputy Assistant Secretary of State and Program Director for Europe and Asia at the Bureau of "
                 "International Narcotics and Law Enforcement Affairs of the US Department of State", INL)],
      orgs=[O(MIA_AM, ["Ministry of Internal Affairs of Armenia"]),
            O(INL, ["Bureau of International Narcotics and Law Enforcement Affairs of the US Department of State"])],
      countries=["AM", "US"], organizers=[MIA_AM],
      notes="'on Tuesday' against the stamp 2023-05-17 (a Wednesday). No dateline: city null, country AM from 'received' "
            "by the Armenian minister (borderline). 'received' -> host. The ministry is also the source."),
    # ---------------------------------------------------------------- real10_04 Kun.uz 2022
    M(D4, "Foreign Ministers of Uzbekistan and Tajikistan hold a meeting in Dushanbe", "meeting",
      "2022-05-13", inferred=True, city="Dushanbe", country="TJ",
      orgs=[O(MFA_UZ, ["MFA"]), O(MFA_TJ, [])],
      countries=["UZ", "TJ"],
      notes="Only the headline reports the meeting; no names. Only date: the stamp 'POLITICS 17:45 / 13.05.2022'. "
            "The MFA (source) is the Uzbek one. The president's forthcoming visit, the next intergovernmental "
            "commission and the SCO summit in Samarkand have no date: not annotated."),
    # ---------------------------------------------------------------- real10_05 OSCE Border Management Staff College 2014
    M(D5, "A week-long workshop on enhancing border security and countering", "workshop",
      "2014-06-30", "2014-07-04", city="Dushanbe", country="TJ",
      persons=[P("Markus Muller", ["Markus Muller"], "Head of the OSCE Office in Tajikistan", OSCE_TJ, "Ambassador"),
               P("Holger Green", ["Holger Green"], "Ambassador of Germany to Tajikistan", "DE"),
               P("Ulrich Janssen", ["Ulrich Janssen"], "Central Asia Programme Officer from the George C. Marshall Center",
                 MARSHALL),
               P("Henryk Raczkowski", ["Henryk Raczkowski"], "the Director of the OSCE Border Management Staff College", BMSC)],
      orgs=[O(OSCE, ["OSCE"]), O(OSCE_TJ, ["OSCE Office in Tajikistan"]),
            O(MARSHALL, ["George C. Marshall European Center for Security Studies", "George C. Marshall Center",
                         "Marshall Center"]),
            O(BMSC, ["OSCE Border Management Staff College"]), O(OSCE_ASH, ["OSCE Centre in Ashgabat"])],
      countries=["KZ", "KG", "TJ", "DE"], organizers=[OSCE, MARSHALL],
      notes="'A week-long workshop ... ended today' under 'DUSHANBE, 4 July 2014'; the photo caption dates the opening "
            "ceremony 'Dushanbe, 30 June 2014'. Headline 'OSCE and Marshall Center co-organize' -> both organisers; the "
            "college is the venue and its director spoke. Countries of the national agencies and the German "
            "ambassador. The caption's people at the opening ceremony take part."),
    # ---------------------------------------------------------------- real10_06 The Astana Times 2025
    M(D6, "Murat Nurtleu met with Mongolian Foreign Minister Batmunkh Battsetseg", "meeting",
      "2025-06-26", date_source="url", city="Ulaanbaatar", country="MN",
      persons=[P(NURT, ["Murat Nurtleu", "Nurtleu"], "Kazakh Deputy Prime Minister and Foreign Minister", MFA_KZ),
               P("Batmunkh Battsetseg", ["Batmunkh Battsetseg"], "Mongolian Foreign Minister", MFA_MN)],
      orgs=[O(MFA_KZ, ["Kazakh Foreign Ministry"]), O(MFA_MN, [])],
      countries=["KZ", "MN"],
      notes="'on June 26' with no year in the text and no stamp; the year is from the address (/2025/06/). "
            "The official visit is the frame of the day's meetings: no line of its own. ASTANA dateline is not the venue."),
    M(D6, "President Kassym-Jomart Tokayev’s state visit to Mongolia", "visit",
      "2024-10", country="MN",
      persons=[P("Kassym-Jomart Tokayev", ["Kassym-Jomart Tokayev"], "President", "KZ")],
      countries=["KZ", "MN"],
      notes="Background state visit, month and year given; no city. Mongolia as host."),
    M(D6, "Nurtleu also met with members of the State Great Khural", "meeting",
      "2025-06-26", date_source="url", city="Ulaanbaatar", country="MN",
      persons=[P(NURT, ["Nurtleu"], "Kazakh Deputy Prime Minister and Foreign Minister", MFA_KZ)],
      orgs=[O(KHURAL, ["State Great Khural"]), O(MFA_KZ, [])],
      countries=["KZ", "MN"],
      notes="'During the visit': the visit's day and city (June 26, year from the address). A distinct gathering from "
            "the ministers' talks, so its own line (borderline: a second reader may fold it into the visit). The "
            "Kazakh figures in Mongolia are not a body."),
    # ---------------------------------------------------------------- real10_07 UNODC ROCA 2022
    M(D7, "On 10 February 2022, a regional expert meeting of the heads", "videoconference",
      "2022-02-10", fmt="online",
      persons=[P("Yusuf Kurbonov", ["Mr. Yusuf Kurbonov"], "International Programme Coordinator", ROCA)],
      orgs=[O(UNODC, ["UNODC"]), O(ROCA, ["UNODC Regional Office for Central Asia"]),
            O(CBCP, ["Cross-Border Cooperation Project", "UNODC Cross-Border Cooperation Project"]),
            O(CARICC, ["Central Asian Regional Information and Coordination Centre for Combating Illicit Trafficking of "
                       "Narcotic Drugs, Psychotropic Substances and their Precursors (CARICC)", "CARICC"])],
      organizers=[UNODC, CBCP],
      notes="Held via videoconference -> online, no city; typed videoconference (a meeting held as a video call). "
            "Headline 'UNODC conducts' and 'on the initiative of the Cross-Border Cooperation Project' -> organisers. "
            "'the Central Asian law enforcement agencies' generic: no countries. Press contact cut."),
    # ---------------------------------------------------------------- real10_08 Ariana News 2025
    M(D8, "A delegation from Tajikistan, led by Mirzazada Abdul Wahid", "meeting",
      "2025-11-17", inferred=True, city="Kabul", country="AF",
      persons=[P("Mirzazada Abdul Wahid", ["Mirzazada Abdul Wahid"], "First Deputy of Tajikistan’s Border Forces Committee",
                 BFC_TJ),
               P("Noorullah Noori", ["Noorullah Noori", "Noori"],
                 "the Islamic Emirate of Afghanistan’s Minister of Borders and Tribal Affairs", MOBTA)],
      orgs=[O(BFC_TJ, ["Border Forces Committee"]), O(MOBTA, [])],
      countries=["TJ", "AF"],
      notes="Only date: the stamp 2025-11-17 (no dateline). 'met in Kabul'. The ministry is also the source ('the "
            "ministry'). No host stated."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
