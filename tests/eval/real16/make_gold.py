"""Write gold.jsonl and entities.json of the set of real news pages real16 (Africa and the Middle East) from the tables below.

Run from anywhere: ``python tests/eval/real16/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (police, foreign-ministry and regional-body cooperation in Africa and the Middle
East), copied verbatim from the stored excerpts; their addresses are in SOURCES.md, and what was
cut is in NOTES.md. The people are real people named in those pages. This gold was written by
hand without running the extractor and without reading extract/ (issue 13).
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

NPS_KE = "National Police Service"
SSNPS = "South Sudan National Police Service"
MFA_GH = "Ministry of Foreign Affairs and Regional Integration of Ghana"
MEA_IN = "Ministry of External Affairs of India"
IGAD = "Intergovernmental Authority on Development"
IGAD_SSP = "IGAD Security Sector Program"
INTERPOL = "International Criminal Police Organization"
AIMC = "Arab Interior Ministers Council"
LAS = "League of Arab States"
GCC = "Gulf Cooperation Council"
AMU = "Arab Maghreb Union"
UNOCT = "United Nations Office of Counter-Terrorism"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
NAUSS = "Naif Arab University for Security Sciences"
APSF = "Arab Police Sports Federation"
MOI_TN = "Ministry of Interior of Tunisia"
MOI_JO = "Ministry of Interior of Jordan"
MOI_IQ = "Ministry of Interior of Iraq"
MOI_LB = "Ministry of Interior and Municipalities of Lebanon"
MOI_QA = "Ministry of Interior of Qatar"
ROP = "Royal Oman Police"
GCC_SG = "GCC Secretariat General"
SADC = "Southern African Development Community"
SARPCCO = "Southern African Regional Police Chiefs Cooperation Organisation"
SAPS = "South African Police Service"
EAPCCO = "Eastern Africa Police Chiefs Cooperation Organization"
RB_NBO = "INTERPOL Regional Bureau Nairobi"
RB_YAO = "INTERPOL Regional Bureau Yaoundé"
NCB_DESK = "INTERPOL NCBs Coordination Desk for Africa"
MOHA_TZ = "Ministry of Home Affairs of Tanzania"
MFA_EG = "Ministry of Foreign Affairs of Egypt"
MOI_EG = "Ministry of Interior of Egypt"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    NPS_KE: ("NPS", None, "KE", ["National Police Service", "NPS", "National Police Service (NPS)"]),
    SSNPS: (None, None, "SS", ["South Sudan National Police Service"]),
    MFA_GH: (None, None, "GH", ["Ministry of Foreign Affairs and Regional Integration of Ghana",
                                "Ministry of Foreign Affairs and Regional Integration"]),
    MEA_IN: (None, None, "IN", ["Ministry of External Affairs of India"]),
    IGAD_SSP: ("IGAD SSP", IGAD, None, ["IGAD Security Sector Program", "IGAD SSP", "Security Sector Program (IGAD SSP)"]),
    INTERPOL: ("INTERPOL", None, None, ["International Criminal Police Organization", "INTERPOL", "Interpol",
                                        "International Criminal Police Organisation (Interpol)"]),
    AIMC: (None, LAS, None, ["Arab Interior Ministers Council", "Council of Arab Interior Ministers"]),
    LAS: (None, None, None, ["League of Arab States", "Arab League"]),
    GCC: ("GCC", None, None, ["Gulf Cooperation Council", "GCC", "Gulf Co-operation Council"]),
    AMU: (None, None, None, ["Arab Maghreb Union", "Maghreb Union"]),
    UNOCT: ("UNOCT", None, None, ["United Nations Office of Counter-Terrorism", "UN Office of Counter-Terrorism"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC", "UN Office on Drugs and Crime"]),
    EUROPOL: ("Europol", None, None, ["European Union Agency for Law Enforcement Cooperation", "Europol",
                                      "European Union Agency for Law Enforcement Co-operation"]),
    NAUSS: (None, None, None, ["Naif Arab University for Security Sciences"]),
    APSF: (None, None, None, ["Arab Police Sports Federation"]),
    MOI_TN: (None, None, "TN", ["Ministry of Interior of Tunisia", "Tunisian Ministry of Interior"]),
    MOI_JO: (None, None, "JO", ["Ministry of Interior of Jordan"]),
    MOI_IQ: (None, None, "IQ", ["Ministry of Interior of Iraq"]),
    MOI_LB: (None, None, "LB", ["Ministry of Interior and Municipalities of Lebanon"]),
    MOI_QA: (None, None, "QA", ["Ministry of Interior of Qatar"]),
    ROP: ("ROP", None, "OM", ["Royal Oman Police", "ROP"]),
    GCC_SG: (None, GCC, None, ["GCC Secretariat General", "Secretariat General of the Gulf Cooperation Council"]),
    SARPCCO: ("SARPCCO", SADC, None, ["Southern African Regional Police Chiefs Cooperation Organisation",
                                      "Southern African Regional Police Chiefs Co-operation Organisation", "SARPCCO"]),
    SAPS: ("SAPS", None, "ZA", ["South African Police Service", "SAPS"]),
    EAPCCO: ("EAPCCO", None, None, ["Eastern Africa Police Chiefs Cooperation Organization", "EAPCCO"]),
    RB_NBO: (None, INTERPOL, None, ["INTERPOL Regional Bureau Nairobi"]),
    RB_YAO: (None, INTERPOL, None, ["INTERPOL Regional Bureau Yaoundé"]),
    NCB_DESK: (None, INTERPOL, None, ["INTERPOL NCBs Coordination Desk for Africa", "NCBs Coordination Desk for Africa"]),
    MOHA_TZ: (None, None, "TZ", ["Ministry of Home Affairs of Tanzania"]),
    MFA_EG: (None, None, "EG", ["Ministry of Foreign Affairs of Egypt", "Foreign Ministry"]),
    MOI_EG: (None, None, "EG", ["Ministry of Interior of Egypt"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    IGAD: ("IGAD", None, None, ["Intergovernmental Authority on Development", "IGAD"]),
    SADC: ("SADC", None, None, ["Southern African Development Community", "SADC"]),
}

COUNTRY_NAMES = {
    "AO": ["Angola"], "BI": ["Burundi"], "BW": ["Botswana"], "CD": ["Democratic Republic of Congo", "DRC"],
    "EG": ["Egypt"], "ER": ["Eritrea"], "ET": ["Ethiopia"], "GB": ["United Kingdom", "Britain", "British"],
    "GH": ["Ghana", "Republic of Ghana"], "IN": ["India", "Republic of India"], "IQ": ["Iraq", "Iraqi"],
    "JO": ["Jordan", "Jordanian"], "KE": ["Kenya"], "KM": ["Comoros"], "LB": ["Lebanon", "Lebanese"],
    "LS": ["Lesotho"], "MG": ["Madagascar"], "MU": ["Mauritius"], "MW": ["Malawi"], "MZ": ["Mozambique"],
    "NA": ["Namibia"], "OM": ["Oman", "Sultanate of Oman"], "QA": ["Qatar", "Qatari"], "RW": ["Rwanda"],
    "SC": ["Seychelles"], "SD": ["Sudan"], "SO": ["Somalia"], "SS": ["South Sudan"], "SZ": ["eSwatini"],
    "TN": ["Tunisia", "Tunisian"], "TZ": ["Tanzania"], "UG": ["Uganda"], "ZA": ["South Africa"],
    "ZM": ["Zambia"], "ZW": ["Zimbabwe"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real16_01_capital_fm.txt", "real16_02_daily_guide.txt", "real16_03_igad_ssp.txt",
                  "real16_04_the_national.txt")
D5, D6, D7, D8 = ("real16_05_oman_observer.txt", "real16_06_iol.txt", "real16_07_eapcco.txt",
                  "real16_08_egypt_today.txt")

SHAM = "Abdul-Amir al-Shammari"
BURT = "Alistair Burt"
SARPCCO_STATES = ["AO", "BW", "CD", "LS", "MU", "MG", "MW", "MZ", "NA", "ZA", "SZ", "SC", "TZ", "ZM", "ZW", "KM"]


def arab_ministers():
    """The interior ministers in Tunis for the 40th council session (04)."""
    return [P("Khalid bin Khalifa", ["Sheikh Khalid bin Khalifa"], "Qatari Prime Minister and Interior Minister", MOI_QA),
            P("Taoufik Charfeddine", ["Taoufik Charfeddine"], "Tunisian Interior Minister", MOI_TN),
            P("Mazen Al Faraya", ["Mazen Al Faraya"], None, MOI_JO),
            P(SHAM, ["Abdel Amir Al Shammari"], None, MOI_IQ),
            P("Bassam Mawlawi", ["Bassam Mawlawi"], "Caretaker Lebanese Interior Minister", MOI_LB)]


MEETINGS = [
    # ---------------------------------------------------------------- real16_01 Capital FM (Kenya) 2024
    M(D1, "met his South Sudan counterpart, General Atem Marol Biar Kuek", "meeting",
      "2024-06-18", inferred=True, city="Nairobi", country="KE",
      persons=[P("Japhet Koome", ["Japhet Koome", "IG Koome"], "Inspector General of Police", NPS_KE),
               P("Atem Marol Biar Kuek", ["Atem Marol Biar Kuek"], "South Sudan police Chief", SSNPS, "General")],
      orgs=[O(NPS_KE, ["National Police Service (NPS)", "NPS"]), O(SSNPS, [])],
      countries=["KE", "SS"], organizers=[NPS_KE],
      notes="'on Tuesday' against the stamp and dateline 'Jun 19' (2024-06-19, a Wednesday) = 18 June. A courtesy "
            "call 'in his Jogoo House Headquarters' (Nairobi from the dateline): the visited service hosts. The South "
            "Sudanese police only through 'the South Sudan police Chief' (empty mentions). AFRIPOL and its General "
            "Assembly are background (Koome's office), not taking part; the past joint trainings have no date."),
    # ---------------------------------------------------------------- real16_02 Daily Guide (Ghana) 2021
    M(D2, "The second foreign office Consultations were held in Accra", "meeting",
      "2021-07-02", city="Accra", country="GH",
      persons=[P("Kwaku Ampratwum-Sarpong", ["Kwaku Ampratwum-Sarpong"],
                 "Deputy Minister of Foreign Affairs and Regional Integration", MFA_GH),
               P("Sugandh Rajaram", ["Sugandh Rajaram"], "High Commissioner of the Republic of India to the Republic of Ghana", "IN"),
               P("Kwaku Asomah-Cheremeh", ["Kwaku Asomah-Cheremeh"],
                 "High Commissioner-Designate of the Republic of Ghana to the Republic of India", "GH")],
      orgs=[O(MFA_GH, []), O(MEA_IN, [])],
      countries=["GH", "IN"], organizers=["IN", "GH"],
      notes="Full date in the sentence ('on Friday, July 2, 2021'). Foreign office consultations -> meeting. The two "
            "ministries only in the shared phrase 'the Foreign Ministries of Ghana and India' and in a title (empty "
            "mentions). 'India and Ghana have organized' read literally: both states organise (borderline; a second "
            "reader may leave organizers empty, as for consultations 'between' two ministries). High commissioners "
            "are their countries."),
    M(D2, "Consultations between Ghana and India were held in New Delhi", "meeting",
      "2019-08-28", city="New Delhi", country="IN",
      orgs=[O(MFA_GH, []), O(MEA_IN, [])],
      countries=["GH", "IN"],
      notes="The inaugural consultations, recounted in the welcome address: a dated background gathering with a venue "
            "(seeds 002#8). No participant named; the ministries take part by the mechanism's definition (empty mentions)."),
    # ---------------------------------------------------------------- real16_03 IGAD SSP news listing 2019
    M(D3, "and INTERPOL held discussion on Disrupting the Finances", "meeting",
      "2019-05-10", inferred=True, city="Addis Ababa", country="ET",
      orgs=[O(IGAD_SSP, ["Security Sector Program (IGAD SSP)"]), O(INTERPOL, ["INTERPOL"])],
      organizers=[IGAD_SSP, INTERPOL],
      notes="The listing's top line 'Tuesday, Oct 22, 2024' is the site's page date, not the item's. The day comes from "
            "the item's place-and-date line '10 May 2019, Addis Ababa -' (inferred). 'IGAD SSP and INTERPOL held "
            "discussion' -> both convene. The planned IGAD-INTERPOL partnership and regional strategy are topics."),
    M(D3, "today opened a three days high level training", "training",
      "2019-05-01", "2019-05-03", inferred=True, city="Bishoftu", country="ET",
      orgs=[O(IGAD_SSP, ["IGAD Security Sector Program (IGAD SSP)"])],
      organizers=[IGAD_SSP],
      notes="'today' = the item's place-and-date line '1 May 2019, Bishoftu:'; 'three days' gives the end (computed, "
            "inferred). 'for all IGAD Member States' is generic, not expanded. The EU Trust Fund and the Austrian "
            "Development Agency only fund it ('with support from ... through'): not listed. The third item of the "
            "listing was cut (its only sentence broke off; NOTES.md)."),
    # ---------------------------------------------------------------- real16_04 The National (UAE) 2023
    M(D4, "for the 40th session of the Arab Interior Ministers Council", "council_session",
      "2023-03-01", inferred=True, date_source="outside", city="Tunis", country="TN", status="planned",
      persons=arab_ministers(),
      orgs=[O(AIMC, ["Arab Interior Ministers Council"]), O(LAS, ["Arab League"]),
            O(GCC, ["Gulf Co-operation Council"]), O(AMU, ["Maghreb Union"]),
            O(INTERPOL, ["International Criminal Police Organisation (Interpol)"]),
            O(UNOCT, ["UN Office of Counter-Terrorism"]), O(UNODC, ["UN Office on Drugs and Crime"]),
            O(EUROPOL, ["European Union Agency for Law Enforcement Co-operation (Europol)"]),
            O(NAUSS, ["Naif Arab University for Security Sciences"]), O(APSF, ["Arab Police Sports Federation"]),
            O(MOI_TN, ["Tunisian Ministry of Interior"]), O(MOI_QA, []), O(MOI_JO, []), O(MOI_IQ, []), O(MOI_LB, [])],
      countries=["TN", "QA", "JO", "IQ", "LB"],
      notes="At the stamp (2023-02-28, 'on Tuesday') ministers are arriving and the session 'will bring together' "
            "delegates: planned, held in the next days. The text gives no day of the session; 1 March 2023 is outside "
            "knowledge (date_source outside, so left out of date accuracy; a second reader may keep the stamp day). "
            "Persons = the ministers said to arrive 'for' or 'before' the session; 'interior ministers from Arab "
            "countries' is generic. 'Participating organisations include' lists the bodies. A ministry representative "
            "as source is not a person. No organiser stated (the council's own session, as real15 04)."),
    M(D4, "Tunisian President Kais Saied welcomed Qatari Prime Minister", "meeting",
      "2023-02", inferred=True, city="Tunis", country="TN",
      persons=[P("Kais Saied", ["Kais Saied"], "Tunisian President", "TN"),
               P("Khalid bin Khalifa", ["Sheikh Khalid bin Khalifa"], "Qatari Prime Minister and Interior Minister", MOI_QA)],
      orgs=[O(MOI_QA, [])],
      countries=["TN", "QA"],
      notes="The guest 'arrived in Tunis on Sunday' (26 February) on a state visit; the day of the welcome and talks is "
            "not given: month only (inferred from the stamp). One line for the visit's reported meeting. 'Sheikh' kept "
            "in the mention (real6). No organiser for talks between leaders."),
    M(D4, "received both his Jordanian and Iraqi counterparts", "meeting",
      "2023-02-28", inferred=True, city="Tunis", country="TN",
      persons=[P("Taoufik Charfeddine", ["Taoufik Charfeddine"], "Tunisian Interior Minister", MOI_TN),
               P("Mazen Al Faraya", ["Mazen Al Faraya"], None, MOI_JO),
               P(SHAM, ["Abdel Amir Al Shammari"], None, MOI_IQ)],
      orgs=[O(MOI_TN, []), O(MOI_JO, []), O(MOI_IQ, [])],
      countries=["TN", "JO", "IQ"],
      notes="A welcome at 'the Tunis Carthage Airport' (Tunis); 'Meanwhile' against the stamp day of the arrivals "
            "(2023-02-28, inferred; borderline). Kept as a gathering of three ministers (a second reader may treat an "
            "airport welcome as part of the session's frame). Roles only 'counterparts': empty. Al Shammari = "
            "Abdul-Amir al-Shammari (real11)."),
    # ---------------------------------------------------------------- real16_05 Oman Observer 2019
    M(D5, "GCC Interior Under secretaries held their 10th meeting in Muscat", "meeting",
      "2019-04-22", inferred=True, city="Muscat", country="OM",
      persons=[P("Hamad bin Sulaiman al Hatmi", ["Hamad bin Sulaiman al Hatmi"],
                 "Assistant Inspector General of Police and Customs for Operations", ROP, "Maj Gen"),
               P("Hazza bin Mubarak al Hajri", ["Hazza bin Mubarak al Hajri"],
                 "Assistant Secretary General for Security Affairs at the GCC Secretariat General", GCC_SG, "Maj Gen")],
      orgs=[O(ROP, []), O(GCC_SG, ["GCC Secretariat General"])],
      countries=["OM"], chairs=["Hamad bin Sulaiman al Hatmi"],
      notes="'on Monday' = the stamp day (2019-04-22, a Monday). 'under Maj Gen ...' read as chairing. The Royal Oman "
            "Police only through his title (empty mentions). The undersecretaries of the other GCC states are not "
            "named by country: generic, not expanded. No organiser stated."),
    M(D5, "at their upcoming regular meeting next October", "meeting",
      "2019-10", inferred=True, status="planned", fmt=None,
      notes="Planned with a month: the GCC Interior Ministers' regular meeting 'next October' (year from the stamp). "
            "No venue, no named participant; the GCC states are not named (generic). Borderline under the "
            "concrete-date rule (month only, as seeds 003#2)."),
    # ---------------------------------------------------------------- real16_06 IOL (South Africa) 2022
    M(D6, "is currently hosting the SARPCCO 27th Annual General Meeting", "council_session",
      "2022-06-02", inferred=True, city="Pretoria", country="ZA",
      persons=[P("Fannie Masemola", ["Fannie Masemola"], "National Commissioner of the SAPS", SAPS, "General"),
               P("Cleopas Sipho Dlamini", ["Cleopas Sipho Dlamini"], "eSwatini’s Prime Minister", "SZ")],
      orgs=[O(SARPCCO, ["Southern African Regional Police Chiefs Co-operation Organisation (SARPCCO)", "SARPCCO"]),
            O(SAPS, ["SAPS"])],
      countries=SARPCCO_STATES, organizers=[SAPS],
      notes="Ongoing at publication ('is currently hosting'): dated by the stamp (and the header 'Thursday, June 2, "
            "2022'), inferred; the end is not given. An annual general meeting of a regional body -> council_session. "
            "'The meeting will be attended by 16 member countries' Police Chiefs' with the sixteen members named in the "
            "same article: all sixteen listed (borderline; seeds do not expand unnamed member states). The SAPS head "
            "hosts as SARPCCO chairperson: SAPS as organiser (borderline), chairs empty (chairing the body is not said "
            "to be chairing the meeting). The INTERPOL bureau in Harare only supports SARPCCO in general: not listed."),
    # ---------------------------------------------------------------- real16_07 EAPCCO 2021
    M(D7, "held their 21st Hybrid Meeting on 15 October 2021", "council_session",
      "2021-10-15", fmt="hybrid", city="Kinshasa", country="CD",
      persons=[P("Stephen Kavanagh", ["Stephen KAVANAGH"], "Executive Director Police services, INTERPOL", INTERPOL),
               P("Khamis Hamza Chilo", ["Khamis Hamza CHILO"], "Deputy Minister of Home Affairs Tanzania", MOHA_TZ)],
      orgs=[O(EAPCCO, ["EAPCCO"]), O(INTERPOL, ["INTERPOL"]), O(RB_NBO, []), O(RB_YAO, []),
            O(NCB_DESK, ["NCBs Coordination Desk for Africa"]), O(MOHA_TZ, [])],
      countries=["BI", "KM", "CD", "ER", "ET", "KE", "RW", "SC", "SO", "SS", "SD", "TZ", "UG"],
      notes="'at Fleuve Hotel Kinshasa ... and via KUDO platform' -> hybrid with a venue. A ministers' meeting of a "
            "regional body -> council_session; no body name beyond EAPCCO. All-caps surnames normalised. The two "
            "INTERPOL bureaus only in the shared phrase 'Heads of INTERPOL Regional Bureaus Nairobi and Yaoundé' "
            "(empty mentions). The Tanzanian minister Simbachawene was represented by Chilo, and the outgoing "
            "chairperson Sirro is only praised: neither is listed. DRC thanked for the reception, not said to host: no "
            "organiser (borderline)."),
    # ---------------------------------------------------------------- real16_08 Egypt Today 2018
    M(D8, "Sameh Shoukry met Sunday with British Secretary of State", "meeting",
      "2018-10-14", city="Cairo", country="EG",
      persons=[P("Sameh Shoukry", ["Sameh Shoukry", "Shoukry"], "Minister of Foreign Affairs", MFA_EG),
               P(BURT, ["Alistair Burt"], "British Secretary of State for Middle East and North Africa", "GB")],
      orgs=[O(MFA_EG, [])],
      countries=["EG", "GB"],
      notes="'CAIRO – 14 October 2018: ... met Sunday' (the photo captions give the same day). The spokesman is a "
            "source, not a participant. 'will also hold a meeting with UN Special Envoy to Libya' has no date: not "
            "annotated. Burt's title as written (he was a Minister of State)."),
    M(D8, "On August 25, 2017, Burt met with Egypt’s Minister of Interior", "meeting",
      "2017-08-25", fmt=None,
      persons=[P(BURT, ["Burt"], "British Secretary of State for Middle East and North Africa", "GB"),
               P("Magdy Abdel Ghaffar", ["Magdy Abdel Ghaffar", "Abdel Ghaffar"], "Egypt’s Minister of Interior", MOI_EG)],
      orgs=[O(MOI_EG, [])],
      countries=["GB", "EG"],
      notes="Background meeting with a full date; no venue in the text (Cairo is likely but not said): city, country "
            "and format null."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
