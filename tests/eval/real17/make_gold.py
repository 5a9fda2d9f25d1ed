"""Write gold.jsonl and entities.json of the set of real news pages real17 (the Americas and Asia-Pacific) from the tables below.

Run from anywhere: ``python tests/eval/real17/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (police, security and foreign-ministry cooperation in the Americas, Southeast Asia
and the Pacific), copied verbatim from the stored excerpts; their addresses are in SOURCES.md, and
what was cut is in NOTES.md. The people are real people named in those pages. This gold was
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
from devsets import UNODC  # noqa: E402

ASEANAPOL = "ASEAN Chiefs of National Police"
AS_SEC = "ASEANAPOL Secretariat"
INTERPOL = "International Criminal Police Organization"
FBI = "Federal Bureau of Investigation"
IACP = "International Association of Chiefs of Police"
ICRC = "International Committee of the Red Cross"
GCCPOL = "Gulf Cooperation Council Police"
GCC = "Gulf Cooperation Council"
RTP = "Royal Thai Police"
MPF = "Myanmar Police Force"
ASEAN = "Association of Southeast Asian Nations"
SOMTC = "ASEAN Senior Officials Meeting on Transnational Crime"
ASEAN_SEC = "ASEAN Secretariat"
DILG = "Department of the Interior and Local Government"
AFP = "Australian Federal Police"
POLRI = "Indonesian National Police"
PIF = "Pacific Islands Forum"
FRSC = "Forum Regional Security Committee"
PIFS = "Pacific Islands Forum Secretariat"
WGCT = "Pacific Islands Forum Working Group on Counter-Terrorism"
CARICOM = "Caribbean Community"
IMPACS = "CARICOM Implementation Agency for Crime and Security"
SICA = "Central American Integration System"
IOM = "International Organization for Migration"
UNICEF = "United Nations Children's Fund"
MNSP = "Ministry of National Security and Peace of Jamaica"
JCF = "Jamaica Constabulary Force"
NPCJ = "National Police College of Jamaica"
BMP = "Brazilian Military Police"
MFAFT = "Ministry of Foreign Affairs and Foreign Trade of Jamaica"
MFA_AR = "Ministry of Foreign Affairs and Worship of Argentina"
MFA_CL = "Ministry of Foreign Affairs of Chile"
MOD_AR = "Ministry of Defence of Argentina"
MOD_CL = "Ministry of National Defence of Chile"
ONDCP = "Office of National Drug Control Policy"
MSC = "Mexican Security Cabinet"
SRE = "Secretariat of Foreign Affairs of Mexico"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ASEANAPOL: ("ASEANAPOL", None, None, ["ASEAN Chiefs of National Police", "ASEANAPOL"]),
    AS_SEC: (None, ASEANAPOL, None, ["ASEANAPOL Secretariat"]),
    INTERPOL: ("INTERPOL", None, None, ["International Criminal Police Organization", "INTERPOL", "Interpol",
                                        "International Criminal Police Organisation"]),
    FBI: ("FBI", None, "US", ["Federal Bureau of Investigation", "FBI",
                              "United States Federal Bureau of Investigation"]),
    IACP: ("IACP", None, None, ["International Association of Chiefs of Police", "IACP"]),
    ICRC: ("ICRC", None, None, ["International Committee of the Red Cross", "ICRC"]),
    GCCPOL: ("GCCPOL", GCC, None, ["Gulf Cooperation Council Police", "GCCPOL"]),
    RTP: (None, None, "TH", ["Royal Thai Police"]),
    MPF: (None, None, "MM", ["Myanmar Police Force"]),
    SOMTC: ("SOMTC", ASEAN, None, ["ASEAN Senior Officials Meeting on Transnational Crime", "SOMTC", "ASEAN SOMTC"]),
    ASEAN_SEC: (None, ASEAN, None, ["ASEAN Secretariat"]),
    DILG: ("DILG", None, "PH", ["Department of the Interior and Local Government", "DILG"]),
    AFP: ("AFP", None, "AU", ["Australian Federal Police", "AFP"]),
    POLRI: ("INP", None, "ID", ["Indonesian National Police", "INP"]),
    FRSC: ("FRSC", PIF, None, ["Forum Regional Security Committee", "FRSC",
                               "Pacific Islands Forum Regional Security Committee"]),
    PIFS: (None, PIF, None, ["Pacific Islands Forum Secretariat", "Forum Secretariat"]),
    WGCT: (None, PIF, None, ["Pacific Islands Forum Working Group on Counter-Terrorism"]),
    IMPACS: ("IMPACS", CARICOM, None, ["CARICOM Implementation Agency for Crime and Security", "CARICOM IMPACS", "IMPACS"]),
    SICA: ("SICA", None, None, ["Central American Integration System", "SICA"]),
    IOM: ("IOM", None, None, ["International Organization for Migration", "IOM", "International Organisation for Migration"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    UNICEF: ("UNICEF", None, None, ["United Nations Children's Fund", "UNICEF",
                                    "United Nations International Children’s Emergency Fund"]),
    MNSP: (None, None, "JM", ["Ministry of National Security and Peace of Jamaica", "Ministry of National Security and Peace"]),
    JCF: ("JCF", None, "JM", ["Jamaica Constabulary Force", "JCF"]),
    NPCJ: ("NPCJ", JCF, "JM", ["National Police College of Jamaica", "NPCJ"]),
    BMP: (None, None, "BR", ["Brazilian Military Police"]),
    MFAFT: (None, None, "JM", ["Ministry of Foreign Affairs and Foreign Trade of Jamaica",
                               "Ministry of Foreign Affairs and Foreign Trade"]),
    MFA_AR: (None, None, "AR", ["Ministry of Foreign Affairs and Worship of Argentina", "Cancillería"]),
    MFA_CL: (None, None, "CL", ["Ministry of Foreign Affairs of Chile"]),
    MOD_AR: (None, None, "AR", ["Ministry of Defence of Argentina"]),
    MOD_CL: (None, None, "CL", ["Ministry of National Defence of Chile"]),
    ONDCP: ("ONDCP", None, "US", ["Office of National Drug Control Policy", "ONDCP"]),
    MSC: (None, None, "MX", ["Mexican Security Cabinet", "Security Cabinet"]),
    SRE: ("SRE", None, "MX", ["Secretariat of Foreign Affairs of Mexico", "SRE"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    GCC: ("GCC", None, None, ["Gulf Cooperation Council", "GCC"]),
    ASEAN: ("ASEAN", None, None, ["Association of Southeast Asian Nations", "ASEAN"]),
    PIF: ("PIF", None, None, ["Pacific Islands Forum", "PIF"]),
    CARICOM: ("CARICOM", None, None, ["Caribbean Community", "CARICOM"]),
}

COUNTRY_NAMES = {
    "AE": ["United Arab Emirates", "UAE"], "AG": ["Antigua and Barbuda"], "AI": ["Anguilla"],
    "AR": ["Argentina", "Argentine"], "AU": ["Australia"], "BB": ["Barbados"], "BN": ["Brunei Darussalam"],
    "BR": ["Brazil", "Brazilian"], "BS": ["The Bahamas"], "BZ": ["Belize"], "CA": ["Canada"], "CL": ["Chile", "Chilean"],
    "CN": ["China"], "CR": ["Costa Rica"], "DM": ["Dominica"], "DO": ["Dominican Republic"], "FJ": ["Fiji"],
    "FR": ["France"], "GB": ["United Kingdom"], "GD": ["Grenada"], "GT": ["Guatemala"], "GY": ["Guyana"],
    "HN": ["Honduras"], "ID": ["Indonesia"], "IT": ["Italy"], "JM": ["Jamaica"], "JP": ["Japan"],
    "KH": ["Cambodia"], "KN": ["St. Kitts and Nevis"], "KR": ["Republic of Korea"], "KY": ["Cayman Islands"],
    "LA": ["Lao PDR"], "LC": ["St. Lucia"], "MM": ["Myanmar"], "MS": ["Montserrat"], "MX": ["Mexico", "Mexican"],
    "MY": ["Malaysia"], "NI": ["Nicaragua"], "NZ": ["New Zealand"], "PA": ["Panama"], "PH": ["Philippines"],
    "RU": ["Russia"], "SG": ["Singapore"], "SR": ["Suriname"], "SV": ["El Salvador"], "TH": ["Thailand", "Thai"],
    "TL": ["Timor-Leste"], "TR": ["Türkiye"], "TT": ["Trinidad and Tobago"], "US": ["United States", "U.S."],
    "VC": ["St. Vincent and the Grenadines"], "VN": ["Vietnam"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real17_01_nation_thailand.txt", "real17_02_dilg.txt", "real17_03_inside_government.txt",
                  "real17_04_jet_newspaper.txt")
D5, D6, D7, D8 = ("real17_05_sknis.txt", "real17_06_jis.txt", "real17_07_cancilleria_ar.txt",
                  "real17_08_mirage_news.txt")

FAURIE = "Jorge Faurie"
SHR = "Liz Sherwood-Randall"
ASEAN10 = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]
CARICOM16 = ["AI", "AG", "BB", "BZ", "KY", "DM", "GD", "GY", "JM", "MS", "KN", "LC", "VC", "SR", "BS", "TT"]
SICA7 = ["CR", "DO", "SV", "GT", "HN", "NI", "PA"]


MEETINGS = [
    # ---------------------------------------------------------------- real17_01 The Nation (Thailand) 2025
    M(D1, "from the ten ASEAN member states participated in the annual conference", "conference",
      "2025-11", inferred=True, fmt=None,
      persons=[P("Win Zaw Moe", ["Win Zaw Moe"], "Myanmar Police Chief", MPF, "Lt-Gen")],
      orgs=[O(ASEANAPOL, ["ASEANAPOL"]), O(AS_SEC, ["ASEANAPOL Secretariat"]), O(INTERPOL, ["Interpol"]),
            O(FBI, ["United States Federal Bureau of Investigation (FBI)"]),
            O(IACP, ["International Association of Chiefs of Police (IACP)"]),
            O(ICRC, ["International Committee of the Red Cross (ICRC)"]),
            O(GCCPOL, ["Gulf Cooperation Council Police (GCCPOL)"]), O(RTP, ["Royal Thai Police"]), O(MPF, [])],
      countries=["MM", "TH", "AU", "CN", "JP", "KR", "NZ", "RU", "TR", "GB", "US", "CA", "FR", "FJ", "TL", "IT", "AE"],
      notes="The excerpt starts inside the article: the conference is only 'the annual conference' (the 43rd by its "
            "Joint Communiqué, after the 42nd). No venue and no opening day in the text; the second plenary 'held on 6 "
            "November' lies inside it: month from that day and the stamp (inferred). City, country and format null "
            "(the chairmanship passes to the Royal Thai Police, which suggests Thailand as host: not used). Commission "
            "meetings and plenaries are parts of the conference: one line. 'the ten ASEAN member states' is generic "
            "(seeds): only Myanmar (its chief speaks) and Thailand (its police chief takes the chair) among them; the "
            "observer countries are listed, the US also through the FBI. Win Zaw Moe chaired the previous "
            "conference: chairs empty."),
    # ---------------------------------------------------------------- real17_02 DILG (Philippines) 2020
    M(D2, "Hosted by the Philippines, the 20th ASEAN SOMTC virtual meeting", "videoconference",
      "2020-09-25", inferred=True, fmt="online",
      persons=[P("Eduardo M. Año", ["Eduardo M. Año", "Año"], "Secretary", DILG)],
      orgs=[O(SOMTC, ["ASEAN Senior Officials Meeting on Transnational Crime (SOMTC)", "ASEAN SOMTC"]),
            O(ASEAN_SEC, ["ASEAN Secretariat"]),
            O(DILG, ["Department of the Interior and Local Government (DILG)"])],
      countries=ASEAN10, organizers=["PH"],
      notes="No meeting day in the text: dated by the page's date line 'September 25, 2020' (inferred). The 'first-ever "
            "virtual meeting' of the SOMTC, told again as 'the 20th ASEAN SOMTC virtual meeting': one line, online. "
            "'Hosted by the Philippines' -> the state organises. The ten states are named in the text."),
    # ---------------------------------------------------------------- real17_03 Inside Government (NZ) 2024
    M(D3, "AFP Commissioner Reece Kershaw hosted the AFP-INP Senior Officers’ Meeting", "meeting",
      "2024-07", inferred=True, city="Sydney", country="AU",
      persons=[P("Reece Kershaw", ["Reece Kershaw", "Commissioner Kershaw", "Commission Kershaw"], "AFP Commissioner", AFP),
               P("Listyo Sigit Prabowo", ["Listyo Sigit Prabowo"], "Chief of the INP", POLRI, "Police General")],
      orgs=[O(AFP, ["Australian Federal Police (AFP)", "AFP"]), O(POLRI, ["Indonesian National Police (INP)", "INP"])],
      countries=["AU", "ID"], organizers=[AFP],
      notes="'in Sydney this week' against the header 'Thursday, July 18, 2024': month only (as real11 05). The "
            "signing of the agreements in the lead is part of the senior officers' meeting: one line, anchored where the "
            "meeting is named. 'hosted' -> AFP organises. 'Commission Kershaw' is the text's typo."),
    # ---------------------------------------------------------------- real17_04 The Jet Newspaper (Samoa) 2013
    M(D4, "held its annual meeting at the Pacific Islands Forum Secretariat", "working_group",
      "2013-06-05", "2013-06-06", city="Suva", country="FJ",
      persons=[P("Tuiloma Neroni Slade", ["Tuiloma Neroni Slade", "Secretary General Slade"],
                 "Secretary General of the Forum Secretariat", PIFS)],
      orgs=[O(FRSC, ["Pacific Islands Forum Regional Security Committee (FRSC)", "FRSC"]),
            O(PIFS, ["Pacific Islands Forum Secretariat", "Forum Secretariat"])],
      organizers=[PIFS],
      notes="No stamp; the range '5 – 6 June 2013' is in the sentence. The committee's annual meeting -> working_group "
            "(standing committee, seeds), the committee listed. Venue 'at the ... Secretariat Headquarters': the "
            "Secretariat hosts (seeds: premises). 'senior government officials, regional law enforcement organisations "
            "...' and 'Forum Island Countries' are generic."),
    M(D4, "Working Group on Counter-Terrorism which had met prior to the FRSC", "working_group",
      "2013-06-04", inferred=True, fmt=None,
      orgs=[O(WGCT, ["Pacific Islands Forum Working Group on Counter-Terrorism"])],
      notes="'had met prior to the FRSC, on 4 June': the year from the committee's range (inferred). No venue in the "
            "text (Suva is likely, not said): city and format null."),
    # ---------------------------------------------------------------- real17_05 SKNIS (St Kitts and Nevis) 2022
    M(D5, "bi-lingual training on Strengthening the capacities of criminal justice", "training",
      "2022-09", "2022-10-07", inferred=True, fmt=None,
      orgs=[O(IMPACS, ["IMPACS"]), O(SICA, ["Central American Integration System (SICA)", "SICA"]),
            O(INTERPOL, ["International Criminal Police Organisation (INTERPOL)"]), O(IOM, ["IOM"]),
            O(UNODC, ["United Nations Office on Drugs and Crime (UNODC)"]), O(UNICEF, ["UNICEF"])],
      countries=CARICOM16 + SICA7, organizers=[IMPACS, SICA],
      notes="'concluded a four-week ... training ... which ended on 7 October 2022': end given, start only as the month "
            "four weeks earlier (inferred). 'Port of Spain, 18 October 2022' is the release's place-and-date line, not "
            "the venue; no venue and no format in the text (null). 'in partnership with' -> both organise; the "
            "CARICOM-Spain joint fund only funds. Twenty-three states named (sixteen CARICOM members and associates, "
            "seven SICA states). Facilitators' bodies listed; 'regional and country subject matter experts' generic."),
    # ---------------------------------------------------------------- real17_06 JIS (Jamaica) 2025
    M(D6, "The closing out ceremony was held on September 19, at the NPCJ", "training",
      "2025-09-19", inferred=True, city="Twickenham Park", country="JM",
      persons=[P("Alison Stone Roofe", ["Alison Stone Roofe"],
                 "Permanent Secretary in the Ministry of National Security and Peace", MNSP, "Ambassador"),
               P("Merrick Watson", ["Merrick Watson"], "Head of the National Police College of Jamaica (NPCJ)", NPCJ,
                 "Assistant Commissioner of Police"),
               P("Yasuhiro Atsumi", ["Yasuhiro Atsumi"], "Ambassador of Japan to Jamaica", "JP", "His Excellency"),
               P("Antonio Otavio Sá Ricarte", ["Antonio Otavio Sá Ricarte"],
                 "Chargé d’Affaires, Brazilian Embassy in Jamaica", "BR"),
               P("Sharon Miller", ["Sharon Miller"],
                 "Chief Technical Director in the Ministry of Foreign Affairs and Foreign Trade", MFAFT, "Ambassador")],
      orgs=[O(MNSP, ["Ministry of National Security and Peace"]),
            O(NPCJ, ["National Police College of Jamaica (NPCJ)", "NPCJ"]),
            O(JCF, ["Jamaica Constabulary Force (JCF)"]), O(BMP, ["Brazilian Military Police"]),
            O(MFAFT, ["Ministry of Foreign Affairs and Foreign Trade"])],
      countries=["JM", "JP", "BR"], organizers=[NPCJ],
      notes="The page is photo captions only; the year from the line 'By: , September 21, 2025' (inferred). The "
            "closing ceremony of the training, with trainers (Brazilian Military Police) and trainees: typed training "
            "(a second reader may type the ceremony meeting); the training's own dates are not given. Two captions "
            "report the same ceremony: one line. Venue 'at the NPCJ, in Twickenham Park, St. Catherine': the college "
            "hosts; the locality as city (borderline). Embassy and ambassador are their countries."),
    # ---------------------------------------------------------------- real17_07 Cancillería (Argentina) 2018
    M(D7, "the 9th Argentina-Chile Binational Meeting of Ministers was held in Santiago", "meeting",
      "2018-08-22", inferred=True, city="Santiago", country="CL", aliases=["Santiago de Chile"],
      persons=[P(FAURIE, ["Jorge Faurie", "Faurie"], "Foreign Minister", MFA_AR),
               P("Marcos Peña", ["Marcos Peña"], "Chief of Cabinet of Ministers", "AR")],
      orgs=[O(MFA_AR, [])],
      countries=["AR", "CL"],
      notes="'On 22 August' with the year from the page's 'Fecha: August, 2018' line (inferred). 'Santiago de Chile' "
            "-> Santiago. The Chilean delegation is not named. The April agreement between the presidents is "
            "background without a gathering told (month only): not annotated. The list of six themes is outside the "
            "excerpt."),
    M(D7, "A new Binational Meeting of Governors and Mayors of the Common Border", "meeting",
      "2018-08-22", inferred=True, city="Santiago", country="CL", aliases=["Santiago de Chile"],
      countries=["AR", "CL"],
      notes="'held at the same time' as the ministers' meeting: its day and city (borderline for the city). Argentina "
            "'represented by the Governors of' twelve provinces, unnamed: no persons; Chile's mayors implied by the "
            "name of the meeting."),
    M(D7, "Faurie attended a meeting with his Chilean counterpart and the Ministers", "meeting",
      "2018-08-22", inferred=True, city="Santiago", country="CL", aliases=["Santiago de Chile"],
      persons=[P(FAURIE, ["Faurie"], "Foreign Minister", MFA_AR)],
      orgs=[O(MFA_AR, []), O(MFA_CL, []), O(MOD_AR, []), O(MOD_CL, [])],
      countries=["AR", "CL"],
      notes="The '2+2 Mechanism' meeting 'After the opening': same day and city. Four ministries only through 'his "
            "Chilean counterpart' and 'the Ministers of Defence of both countries' (empty mentions)."),
    # ---------------------------------------------------------------- real17_08 Mirage News (US readout) 2024
    M(D8, "met with Mexican President Andrés Manuel López Obrador", "meeting",
      "2024-02-06", inferred=True, date_source="outside", city="Mexico City", country="MX",
      persons=[P(SHR, ["Liz Sherwood-Randall", "Sherwood-Randall"], "Homeland Security Advisor", "US"),
               P("Ken Salazar", ["Ken Salazar"], "U.S. Ambassador to Mexico", "US"),
               P("Andrés Manuel López Obrador", ["Andrés Manuel López Obrador", "López Obrador"], "Mexican President", "MX"),
               P("Alicia Bárcena", ["Alicia Bárcena"], "Foreign Secretary", SRE)],
      orgs=[O(SRE, [])],
      countries=["US", "MX"],
      notes="No year and no stamp: 'On February 6-7' and 'last Saturday's ... on February 3' fit 2024 (outside "
            "knowledge: Saturday 3 February 2024, López Obrador and Bárcena in office). 'Yesterday' = 6 February, the "
            "readout being of the visit's second day (inferred). City from 'these meetings in Mexico City'. The "
            "delegation's two-day trip is the frame of the two meetings: no line of its own (dev15). The Biden-López "
            "Obrador telephone conversation is no gathering: not annotated."),
    M(D8, "full interagency delegation met with counterparts in the Mexican", "meeting",
      "2024-02-06", "2024-02-07", inferred=True, date_source="outside", city="Mexico City", country="MX",
      persons=[P(SHR, ["Sherwood-Randall"], "Homeland Security Advisor", "US"),
               P("Lisa Monaco", ["Lisa Monaco"], "Deputy Attorney General", "US"),
               P("Richard Verma", ["Richard Verma"], "Deputy Secretary of State for Management and Resources", "US"),
               P("Kristie Canegallo", ["Kristie Canegallo"], "Acting Deputy Secretary of Homeland Security", "US"),
               P("Adam Cohen", ["Adam Cohen"], "Deputy Director of the Office of National Drug Control Policy", ONDCP)],
      orgs=[O(MSC, ["Mexican Security Cabinet"]), O(ONDCP, ["Office of National Drug Control Policy"])],
      countries=["US", "MX"],
      notes="'Additionally, the full interagency delegation met with counterparts in the Mexican Security Cabinet': no "
            "day of its own; the visit's range 6-7 February (outside year, inferred). The delegation = the advisor and "
            "the four officials who 'accompanied' her. Mexican counterparts unnamed. US departments only through "
            "titles: persons affiliated to the US."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
