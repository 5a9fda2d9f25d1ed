"""Write gold.jsonl and entities.json of the set of real news pages real30 (Sub-Saharan Africa, the Caribbean and Latin America) from the tables below.

Run from anywhere: ``python tests/eval/real30/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (Sierra Leone and Nigeria, the West African police chiefs, the SADC police
chiefs, Uganda and Kenya, Colombia and Ecuador, Guyana and its neighbours, the Caribbean at a US
defence course), copied verbatim from the stored excerpt of each page (addresses in SOURCES.md;
cuts listed in NOTES.md); the people in them are real. The gold was written by hand without
running the extractor and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

SLP = "Sierra Leone Police"
NPF = "Nigeria Police Force"
WAPCCO = "West African Police Chiefs Committee"
ECOWAS = "Economic Community of West African States"
INTERPOL = "International Criminal Police Organization"
AFRIPOL = "African Union Mechanism for Police Cooperation"
AU = "African Union"
ISS = "Institute for Security Studies"
CAPCCO = "Central African Police Chiefs Committee"
SARPCCO = "Southern African Regional Police Chiefs Cooperation Organisation"
SADC = "Southern African Development Community"
MFA_UG = "Ministry of Foreign Affairs of Uganda"
MFDA_KE = "Ministry of Foreign and Diaspora Affairs of Kenya"
JMC = "Uganda-Kenya Joint Ministerial Commission"
NAM = "Non-Aligned Movement"
G77 = "Group of 77 and China"
MOD_CO = "Ministry of National Defense of Colombia"
MOD_EC = "Ministry of National Defense of Ecuador"
GBFC = "Guyana/Brazil Frontier Committee"
PERRY = "William J. Perry Center for Hemispheric Defense Studies"
JCF = "Jamaica Constabulary Force"
CTOC = "Counter-Terrorism and Organized Crime Investigation Branch"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    SLP: ("SLP", None, "SL", [SLP, "SLP"]),
    NPF: ("NPF", None, "NG", [NPF, "NPF"]),
    WAPCCO: ("WAPCCO", ECOWAS, None, [WAPCCO, "WAPCCO"]),
    INTERPOL: ("INTERPOL", None, None, [INTERPOL, "INTERPOL"]),
    AFRIPOL: ("AFRIPOL", AU, None, [AFRIPOL, "AFRIPOL"]),
    ISS: ("ISS", None, None, [ISS]),
    CAPCCO: ("CAPCCO", None, None, [CAPCCO, "Committee of Chiefs of Police from Central Africa", "CAPCCO"]),
    SARPCCO: ("SARPCCO", SADC, None, [SARPCCO, "Southern African Regional Police Chiefs Cooperation Organization",
                                      "SARPCCO", "SARPCOO", "SADC/SARPCCO Chiefs of Police Sub-Committee",
                                      "Chiefs of Police Sub-Committee of the Inter-State Defence and Security Committee"]),
    MFA_UG: (None, None, "UG", [MFA_UG, "Ministry of Foreign Affairs"]),
    MFDA_KE: (None, None, "KE", [MFDA_KE, "Ministry of Foreign and Diaspora Affairs"]),
    JMC: ("JMC", None, None, [JMC, "Joint Ministerial Commission", "JMC"]),
    NAM: ("NAM", None, None, [NAM, "NAM"]),
    G77: ("G77", None, None, [G77, "Group of Seventy-Seven Plus China", "G77 + China"]),
    MOD_CO: (None, None, "CO", [MOD_CO, "Colombian Defense Ministry"]),
    MOD_EC: (None, None, "EC", [MOD_EC, "Ecuadorian Ministry of Defense"]),
    GBFC: (None, None, None, [GBFC]),
    PERRY: (None, None, "US", [PERRY, "Perry Center"]),
    JCF: ("JCF", None, "JM", [JCF, "Jamaica constabulary force", "JCF"]),
    CTOC: (None, JCF, "JM", [CTOC]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ECOWAS: ("ECOWAS", None, None, [ECOWAS, "ECOWAS"]),
    AU: ("AU", None, None, [AU]),
    SADC: ("SADC", None, None, [SADC, "SADC"]),
}

COUNTRY_NAMES = {
    "BR": ["Brazil", "Brazilian"], "CO": ["Colombia", "Colombian"], "EC": ["Ecuador", "Ecuadorian"],
    "GY": ["Guyana"], "JM": ["Jamaica", "Jamaican"], "KE": ["Kenya", "Kenyan"], "NG": ["Nigeria", "Nigerian"],
    "SL": ["Sierra Leone", "Sierra Leonean"], "SR": ["Suriname", "Surinamese"], "UG": ["Uganda", "Ugandan"],
    "US": ["United States"], "VE": ["Venezuela"], "ZM": ["Zambia", "Republic of Zambia"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real30_01_sierraloaded.txt", "real30_02_realnews.txt", "real30_03_sadc.txt",
                  "real30_04_independent_uganda.txt")
D5, D6, D7, D8 = ("real30_05_breakinglatest.txt", "real30_06_andes.txt", "real30_07_kaieteur_news.txt",
                  "real30_08_sflcn.txt")

BAGIIRE = "Vincent Bagiire Waiswa"
SINGOEI = "Korir Singoei"

MEETINGS = [
    # ---------------------------------------------------------------- real30_01 Sierraloaded 2021
    M(D1, "has on the 17th August 2021, met with his counterpart", "meeting",
      "2021-08-17", city="Abuja", country="NG",
      persons=[P("Ambrose Sovula", ["Ambrose Sovula"], "Inspector General of the Sierra Leone Police", SLP),
               P("Usman Alkali Baba", ["Usman Alkali Baba", "Alkali"], "Inspector General of the Nigeria Police Force",
                 NPF)],
      orgs=[O(SLP, ["Sierra Leone Police", "SLP"]), O(NPF, ["Nigeria Police Force", "NPF"])],
      countries=["SL", "NG"], organizers=[NPF],
      notes="Full date in the text ('on the 17th August 2021'); the page has no stamp. 'held at the NPF Headquarters "
            "in Abuja, Nigeria' -> Abuja; the meeting at the host's headquarters makes the NPF the host (organiser, "
            "borderline). 'IG Alkali' is the Nigerian IG (surname of Usman Alkali Baba). The signing of the joint "
            "cooperation is the purpose of the same meeting (one line). The 'ongoing Strategic Leadership and Command "
            "Course' has no date: not annotated. 'police corporation' / 'corporate' (sic) kept in the text."),
    # ---------------------------------------------------------------- real30_02 Realnews Magazine 2019
    M(D2, "will host West African Police and Security Chiefs to a meeting in Abuja", "council_session",
      "2019-05-14", "2019-05-16", inferred=True, city="Abuja", country="NG", status="planned",
      persons=[P("Mohammed Adamu", ["Mohammed Adamu"], "acting inspector-general of Police", NPF)],
      orgs=[O(WAPCCO, ["West African Police Chiefs Committee", "WAPCCO"]), O(NPF, []),
            O(INTERPOL, ["INTERPOL"]), O(AFRIPOL, ["African Union Mechanism for Police Cooperation"]),
            O(ISS, ["Institute for Security Studies"]),
            O(CAPCCO, ["Committee of Chiefs of Police from Central Africa"])],
      countries=["NG"], organizers=[WAPCCO, NPF],
      notes="Announced for 'from May 14 to May 16' under the stamp 2019-05-13 (year from the stamp, inferred): "
            "planned. A meeting of the regional police chiefs' committee is typed council_session (as the SARPCCO "
            "AGM in real sets; borderline). 'organised under the auspices of' WAPCCO -> organiser; the IGP 'will host' "
            "-> his force (named only as 'Police' in his title: empty mentions) also organiser. The expected "
            "participants are listed: INTERPOL (its secretary general, unnamed), AFRIPOL, the ISS (a think tank 'in "
            "South Africa', no country code given: not a state actor) and the Central African chiefs' committee "
            "(named descriptively; canonical CAPCCO from world knowledge). 'West African Police and Security "
            "Chiefs' and 'West African member states' are generic. The spokesman Frank Mba only issued the "
            "statement (not a participant); NAN is the source. ECOWAS is only WAPCCO's parent."),
    # ---------------------------------------------------------------- real30_03 SADC 2019
    M(D3, "met at Mulungushi Conference Centre in Lusaka, Republic of Zambia", "council_session",
      "2019-06-06", city="Lusaka", country="ZM",
      persons=[P("Stephen Kampyongo", ["Honourable Stephen Kampyongo", "Hounorable Kampyongo"],
                 "Minister of Home Affairs of Zambia", "ZM", "Honourable")],
      orgs=[O(SARPCCO, ["Southern African Regional Police Chiefs Cooperation Organization (SARPCOO)", "SARPCCO"]),
            O(INTERPOL, ["INTERPOL"])],
      countries=["ZM"],
      notes="Header 'Juin 7, 2019' (French month name on an English page) and the full date 'on 6 June 2019' in the "
            "text. The headline repeats the meeting (one line). Annual General Meeting of the SADC police chiefs' "
            "sub-committee: council_session (real SARPCCO AGM precedent). The body is named 'SADC/Southern African "
            "Regional Police Chiefs Cooperation Organization (SARPCOO) Chiefs of Police Sub-Committee of the "
            "Inter-State Defence and Security Committee (ISDSC)': one organisation (SARPCCO, parent SADC), 'SARPCOO' "
            "(sic) kept as mention. The Zambian minister gave the keynote (participant, his country ZM); "
            "'Hounorable' (sic) twice. The INTERPOL Secretary General spoke at the opening but is not named: the "
            "organisation only. Member states are not listed: no further countries. No organiser or chair stated. "
            "The broken last sentence on the SADC Executive Secretary's representative was cut."),
    M(D3, "Prior to the AGM, the Chiefs of Police met with the INTERPOL", "meeting",
      "2019-06", inferred=True, city="Lusaka", country="ZM",
      orgs=[O(SARPCCO, []), O(INTERPOL, ["INTERPOL"])],
      notes="'Prior to the AGM': no day, so the month of the AGM (inferred); venue taken to be that of the AGM "
            "(borderline). The Chiefs of Police are the SARPCCO body (empty mentions); the Secretary General is "
            "unnamed (INTERPOL only). No countries named."),
    # ---------------------------------------------------------------- real30_04 The Independent (Uganda) 2023
    M(D4, "met with the Principal Secretary for Foreign Affairs of Kenya", "meeting",
      "2023-02-10", city="Nairobi", country="KE",
      persons=[P(BAGIIRE, ["Vincent Bagiire Waiswa", "Bagiire"], "Permanent Secretary, Ministry of Foreign Affairs",
                 MFA_UG),
               P(SINGOEI, ["Dr Korir Singoei", "Dr Korir SingOei"], "Principal Secretary for Foreign Affairs of Kenya",
                 MFDA_KE, "Dr")],
      orgs=[O(MFA_UG, ["Ministry of Foreign Affairs"]), O(MFDA_KE, ["Ministry of Foreign and Diaspora Affairs"])],
      countries=["UG", "KE"], organizers=[MFDA_KE],
      notes="'on 10th February 2023' 'at the Ministry of Foreign and Diaspora Affairs in Nairobi' -> Nairobi, the "
            "Kenyan ministry hosts ('his host', 'welcomed the Ugandan delegation'). Stamp 2023-02-18 and the outlet "
            "line 'Kampala, Uganda | THE INDEPENDENT |' (not the venue). 'SingOei' (sic) kept as mention. President "
            "Museveni is only mentioned. The AMISOM summit ('soon', 'proposed') has no date: not annotated."),
    M(D4, "host the next Joint Ministerial Commission (JMC) with Kenya in August", "working_group",
      "2023-08", country="UG", status="planned",
      orgs=[O(JMC, ["Joint Ministerial Commission (JMC)"])],
      countries=["UG", "KE"], organizers=["UG"],
      notes="Planned for 'August 2023': month only. 'Uganda was preparing to host' -> the state organises and the "
            "venue country is UG (no city). Session of a standing bilateral commission: working_group (real "
            "precedent for a joint commission session), the commission as organisation. 'the Joint Ministerial "
            "Meetings' later in the page refers back to it (no second line)."),
    M(D4, "forthcoming Non-Aligned Movement (NAM) Summit", "conference",
      "2023-12", city="Kampala", country="UG", status="planned",
      orgs=[O(NAM, ["Non-Aligned Movement (NAM)"])],
      countries=["UG"],
      notes="'to be held back-to-back in Kampala in December 2023': planned, month only. One line per summit (two "
            "gatherings held back to back). Kenya 'will be invited': not yet a participant. Uganda hosts the venue "
            "(in countries); hosting not stated as such: no organiser. Not a security meeting, but a dated "
            "gathering the page reports (borderline to annotate)."),
    M(D4, "Group of Seventy-Seven Plus China (G77 + China) to be held", "conference",
      "2023-12", city="Kampala", country="UG", status="planned",
      orgs=[O(G77, ["Group of Seventy-Seven Plus China (G77 + China)"])],
      countries=["UG"],
      notes="The second of the two back-to-back summits; as the NAM line."),
    # ---------------------------------------------------------------- real30_05 Breaking Latest 2023
    M(D5, "in the framework of a virtual meeting held this week", "videoconference",
      "2023-01", inferred=True, fmt="online",
      persons=[P("Iván Velásquez", ["Iván Velásquez", "Velásquez"], "Defense Minister", MOD_CO),
               P("Luis Eduardo Lara Jaramillo", ["General Luis Eduardo Lara Jaramillo", "Lara"], "Defense Minister",
                 MOD_EC, "General")],
      orgs=[O(MOD_CO, ["Colombian Defense Ministry"]), O(MOD_EC, [])],
      countries=["CO", "EC"],
      notes="'held this week' against the stamp 2023-01-19: the week is not a day, so the month (inferred; real "
            "convention for 'this week'/'last week'). Virtual -> videoconference, online, no city. The lead's "
            "agreement is reached in the same meeting (one line). Role 'Defense Minister' from 'The Defense Ministers "
            "of Colombia ... and of Ecuador'; 'General' kept as rank. The Ecuadorian ministry takes part through the "
            "minister's title (empty mentions). Navies and air forces are only discussed."),
    # ---------------------------------------------------------------- real30_06 Andes (Ecuador) 2018
    M(D6, "will preside a meeting on security and defense to take place in Colombia", "meeting",
      "2018-02-14", "2018-02-15", inferred=True, country="CO", status="planned",
      persons=[P("Maria Fernanda Espinosa", ["Maria Fernanda Espinosa", "Espinosa"], "Ecuadorian foreign minister",
                 "EC"),
               P("Maria Angela Holguin", ["Maria Angela Holguin", "Holguin"], "Colombian counterpart", "CO"),
               P("Patricio Zambrano", ["Patricio Zambrano"], "head of Defense Ministry", MOD_EC),
               P("Luis Carlos Villegas", ["Luis Carlos Villegas"], "head of Defense Ministry", MOD_CO),
               P("Cesar Navas", ["Cesar Navas"], "Ecuadorian Minister of the Interior", "EC")],
      orgs=[O(MOD_EC, ["Ecuadorian Ministry of Defense"]), O(MOD_CO, [])],
      countries=["EC", "CO"],
      chairs=["Maria Fernanda Espinosa", "Maria Angela Holguin", "Patricio Zambrano", "Luis Carlos Villegas",
              "Cesar Navas"],
      notes="Planned 'on February 14 and 15' under the dateline 'Quito, Feb 14 (Andes).-' and the header '13 de "
            "Febrero de 2018 - 16:16' (Spanish header on an English page; year from the header, inferred). 'to "
            "take place in Colombia': country only; the Quito dateline is the outlet's. 'will be presided over by' "
            "the two foreign ministers, the two heads of defence and (same list) the Ecuadorian interior minister: "
            "all five as chairs (borderline for Navas). The Ecuadorian Ministry of Defense is the source and also "
            "takes part through its head; the Colombian one through Villegas (empty mentions). 'Ministry of the "
            "Interior/EFE/yp' is the source line; 'Foreign Ministry/Twitter' a photo credit. The trailing page "
            "widgets ('Lectura estimada:', 'Contiene: palabras', 'Enlace corto:') were cut."),
    M(D6, "the sixth presidential meeting and binational cabinet will take place", "meeting",
      "2018-02-15", inferred=True, country="CO", status="planned",
      countries=["EC", "CO"],
      notes="'will take place on the 15th': the month and year of the header (inferred). The place is not said; "
            "taken as Colombia with the security meeting it closes (borderline; city null). The 'Leaders' are the "
            "two presidents, not named: countries only. A presidential meeting with a binational cabinet is typed "
            "meeting (a second reader may say conference). The 2012 institutionalisation is background."),
    # ---------------------------------------------------------------- real30_07 Kaieteur News 2011
    M(D7, "Last March, Guyana and Suriname hosted their second bilateral meeting", "meeting",
      "2010-03", inferred=True, fmt=None,
      countries=["GY", "SR"], organizers=["GY", "SR"],
      notes="'Last March' against the page date 'Jan 16, 2011' -> March 2010 (inferred). No venue given: city and "
            "country null, format unknown. 'Guyana and Suriname hosted' -> both states as organisers (borderline). "
            "The 'Latest update March 30th, 2025' line and the ticker line are site chrome kept at the top; the "
            "article's date is 'Jan 16, 2011'. The follow-up meeting 'during the first quarter of 2011' (a quarter, "
            "no month) and the 2010 contacts of officials (year only) are not annotated."),
    M(D7, "when the two sides meet early February, to discuss the Guyana/Venezuela", "meeting",
      "2011-02", inferred=True, fmt=None, status="planned",
      countries=["GY", "VE"],
      notes="'early February' after the January 2011 page date: planned, month only (inferred). No venue. Minister "
            "Rohee is the speaker, not named as a participant."),
    M(D7, "A meeting of the Guyana/Brazil Frontier Committee is scheduled for", "working_group",
      "2011-02-15", city="Lethem", country="GY", status="planned",
      orgs=[O(GBFC, ["Guyana/Brazil Frontier Committee"])],
      countries=["GY", "BR"],
      notes="'scheduled for February 15, 2011' and 'will be held in Lethem' (next sentence): planned, full date. "
            "Session of a standing bilateral committee: working_group, the committee as organisation. The road "
            "transport agreement and the special regime are only discussed. The trailing chrome (a date line and a "
            "sports item with a broken sentence) was cut."),
    # ---------------------------------------------------------------- real30_08 SFLCN 2025
    M(D8, "graduated on Friday, May 16 from the prestigious Caribbean Security", "training",
      "2025-05-16", inferred=True, city="Washington DC", country="US",
      persons=[P("Victor Barrett", ["Victor Barrett", "Barrett"], "Acting Senior Superintendent of Police", JCF)],
      orgs=[O(PERRY, ["William J. Perry Center for Hemispheric Defense Studies", "Perry Center"]),
            O(JCF, ["Jamaica constabulary force", "JCF"]), O(CTOC, ["Counter-Terrorism and Organized Crime Investigation Branch"])],
      countries=["JM", "US"], organizers=[PERRY],
      notes="'on Friday, May 16' with the year from the stamp 2025-05-20 (inferred). The graduation closes the "
            "course's two weeks in residence: one line for the course's dated gathering, typed training (real "
            "convention for a closing ceremony, borderline). 'offered by' the Perry Center -> organiser; a US "
            "institution in Washington DC -> US in countries (borderline). The programme mixes online and in-person "
            "parts; the dated gathering is in person. The ten Jamaicans -> JM; '35 Caribbean law enforcement "
            "professionals' and 'English-speaking Caribbean nations' are generic. Barrett spoke 'on behalf of his "
            "country's contingent'; his branch is a unit of the JCF ('Jamaica constabulary force( JCF)' sic). "
            "CARICOM IMPACS, the RSS and the TOC Task Force are only discussed. The dateline 'WASHINGTON DC –' "
            "agrees with the venue. The broken last word ('Un') was cut."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
