"""Write gold.jsonl and entities.json of the real-page development set real1 from the tables below.

Run from anywhere: ``python tests/eval/real1/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (Africa and the Middle East), copied verbatim from the stored excerpt of
each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real.
The gold was written by hand without running the extractor and without reading extract/
(issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

AFRIPOL = "African Union Mechanism for Police Cooperation"
AFRIPOL_SC = "AFRIPOL Steering Committee"
AUC = "African Union Commission"
SARPCCO = "Southern African Regional Police Chiefs Cooperation Organisation"
EAPCCO = "Eastern Africa Police Chiefs Cooperation Organization"
CAPCCO = "Central African Police Chiefs Committee"
NARC = "North African Regional Capability"
AJP = "Algerian Judicial Police"
MHA_ZM = "Ministry of Home Affairs of Zambia"
MFDA_KE = "Ministry of Foreign and Diaspora Affairs of Kenya"
JPCC = "Kenya-Mozambique Joint Permanent Commission for Cooperation"
NA_KE = "National Assembly of Kenya"
DCDIFR = "Departmental Committee on Defence, Intelligence and Foreign Relations"
DCDAMW = "Departmental Committee on Diaspora Affairs and Migrant Workers"
IGAD = "Intergovernmental Authority on Development"
CEWARN = "IGAD Conflict Early Warning and Response Mechanism"
CPS = "CEWARN Committee of Permanent Secretaries"
NCS = "Nigeria Customs Service"
SADC = "Southern African Development Community"
ORGAN = "SADC Organ on Politics, Defence and Security Cooperation"
PSD = "Public Security Directorate"
MOI_TR = "Ministry of Interior of Turkey"
MOI_IR = "Ministry of Interior of Iran"
MFA_EG = "Ministry of Foreign Affairs of Egypt"
BMI_DE = "Federal Ministry of the Interior of Germany"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    AFRIPOL: ("AFRIPOL", None, None, ["African Union Mechanism for Police Cooperation", "AFRIPOL"]),
    AFRIPOL_SC: (None, AFRIPOL, None, ["Steering Committee of the African Union Mechanism for Police Cooperation",
                                       "Steering Committee"]),
    AUC: ("AUC", None, None, ["African Union Commission", "AU Commission"]),
    SARPCCO: ("SARPCCO", None, None, ["Southern African Regional Police Chiefs Cooperation Organisation", "SARPCCO"]),
    EAPCCO: ("EAPCCO", None, None, ["Eastern Africa Police Chiefs Cooperation Organization", "EAPCCO"]),
    CAPCCO: ("CAPCCO", None, None, ["Central African Police Chiefs Committee", "CAPCCO"]),
    NARC: ("NARC", None, None, ["North African Regional Capability", "NARC"]),
    AJP: (None, None, "DZ", ["Algerian Judicial Police"]),
    MHA_ZM: (None, None, "ZM", ["Ministry of Home Affairs of Zambia", "Home Affairs"]),
    MFDA_KE: (None, None, "KE", ["Ministry of Foreign and Diaspora Affairs", "Ministry of Foreign and Diaspora Affairs of Kenya"]),
    JPCC: ("JPCC", None, None, ["Kenya-Mozambique JPCC", "JPCC"]),
    DCDIFR: (None, NA_KE, "KE", ["Departmental Committee on Defence, Intelligence and Foreign Relations"]),
    DCDAMW: (None, NA_KE, "KE", ["Departmental Committee on Diaspora Affairs and Migrant Workers"]),
    CEWARN: ("CEWARN", IGAD, None, ["IGAD CEWARN", "Conflict Early Warning and Response Mechanism", "CEWARN"]),
    CPS: ("CPS", CEWARN, None, ["Committee of Permanent Secretaries", "CPS"]),
    NCS: ("NCS", None, "NG", ["Nigeria Customs Service", "NCS", "Customs"]),
    SADC: ("SADC", None, None, ["Southern African Development Community", "SADC"]),
    ORGAN: (None, SADC, None, ["Organ on Politics, Defence and Security Cooperation", "Organ Troika"]),
    PSD: ("PSD", None, "JO", ["Public Security Directorate", "PSD"]),
    MOI_TR: (None, None, "TR", ["Ministry of Interior of Turkey", "Turkish Interior Ministry"]),
    MOI_IR: (None, None, "IR", ["Ministry of Interior of Iran", "Iranian Interior Ministry"]),
    MFA_EG: (None, None, "EG", ["Ministry of Foreign Affairs of Egypt", "Foreign Ministry"]),
    BMI_DE: (None, None, "DE", ["Federal Ministry of the Interior of Germany", "German interior ministry"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    NA_KE: (None, None, "KE", ["National Assembly"]),
    IGAD: ("IGAD", None, None, ["Intergovernmental Authority on Development", "IGAD"]),
}

COUNTRY_NAMES = {
    "CD": ["Democratic Republic of Congo", "DRC"], "CF": ["Central African Republic"], "DE": ["Germany", "German"],
    "DZ": ["Algeria", "Algerian"], "EG": ["Egypt"], "GA": ["Gabon"], "IR": ["Iran", "Iranian"], "JO": ["Jordan"],
    "KE": ["Kenya"], "LS": ["Lesotho"], "LY": ["Libya"], "MW": ["Malawi"], "MZ": ["Mozambique"], "NA": ["Namibia"],
    "NG": ["Nigeria"], "SD": ["Sudan"], "TR": ["Turkey", "Turkiye", "Turkish"],
    "TZ": ["United Republic of Tanzania", "Tanzania"], "UG": ["Uganda"], "US": ["United States", "US"],
    "ZA": ["South Africa"], "ZM": ["Zambia"], "ZW": ["Zimbabwe"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real1_01_afripol.txt", "real1_02_mfa_kenya.txt", "real1_03_eons_intelligence.txt",
                  "real1_04_gov_za.txt")
D5, D6, D7, D8 = ("real1_05_ammon_news.txt", "real1_06_mehr_news.txt", "real1_07_allafrica.txt",
                  "real1_08_urdupoint.txt")

MUTUA = "Alfred Mutua"
SOYLU = "Süleyman Soylu"
ZOLF = "Hossein Zolfaghari"

MEETINGS = [
    # ---------------------------------------------------------------- real1_01 AFRIPOL site
    M(D1, "The Fourth Meeting of the Steering Committee of the African Union", "working_group",
      "2019-03-07", "2019-03-08", city="Lusaka", country="ZM",
      persons=[P("Smail Chergui", ["H.E. Ambassador Smail Chergui"], "Commissioner for Peace and Security", AUC,
                 "H.E. Ambassador"),
               P("Ferragh Ali", ["Mr. Ferragh Ali"], "Director of Algerian Judicial Police", AJP),
               P("Chileshe Mulega", ["Dr Chileshe Mulega"], "Home Affairs Permanent Secretary", MHA_ZM)],
      orgs=[O(AFRIPOL_SC, ["Steering Committee of the African Union Mechanism for Police Cooperation (AFRIPOL)",
                           "Steering Committee"]),
            O(AFRIPOL, ["African Union Mechanism for Police Cooperation (AFRIPOL)", "AFRIPOL"]),
            O(AUC, []), O(SARPCCO, ["SARPCCO"]), O(EAPCCO, ["EAPCCO"]), O(CAPCCO, ["CAPCCO"]), O(NARC, ["NARC"]),
            O(AJP, ["Algerian Judicial Police"]), O(MHA_ZM, [])],
      countries=["ZM", "DZ", "UG", "CF", "LY", "SD", "GA"],
      notes="Session of a standing committee: working_group with the committee as organisation (seeds). "
            "'chaired by Zambia' -> a state chairs: no chair person, ZM in countries (seeds 004#1). The address says "
            "'third' steering committee, the text 'Fourth': the text rules. Member list gives the countries; the "
            "regional police chiefs bodies in brackets take part through their member states (borderline). "
            "Guest of honour = Zambian home affairs ministry (empty mentions). No host stated."),
    # ---------------------------------------------------------------- real1_02 MFA Kenya news listing
    M(D2, "presided over the Diplomatic Corps Briefing on the upcoming", "meeting",
      None, fmt=None,
      persons=[P(MUTUA, ["Cabinet Secretary Dr. Alfred Mutua", "The CS"], "Cabinet Secretary", MFDA_KE)],
      orgs=[O(MFDA_KE, [])],
      countries=["KE"], chairs=[MUTUA],
      notes="Listing item with no date and no venue: start null, format unknown. 'presided over' -> chair. "
            "The diplomatic corps is generic."),
    M(D2, "Africa Climate Summit to be held in Nairobi from 4-6 September 2023", "conference",
      "2023-09-04", "2023-09-06", city="Nairobi", country="KE", status="planned",
      notes="Planned summit with a concrete range. No participant or host named in the item."),
    M(D2, "jointly held a Ministerial Segment of the 2nd Kenya-Mozambique JPCC", "meeting",
      None, fmt=None,
      persons=[P(MUTUA, ["The Cabinet Secretary Dr. Alfred Mutua"], "Cabinet Secretary", MFDA_KE),
               P("Veronica Macamo", ["H.E. Veronica Macamo"], None, "MZ", "H.E.")],
      orgs=[O(JPCC, ["Kenya-Mozambique JPCC"]), O(MFDA_KE, [])],
      countries=["KE", "MZ"], chairs=[MUTUA, "Veronica Macamo"],
      notes="No date, no venue. 'jointly held' by the two ministers -> both chair (borderline). Role of Macamo only "
            "'his Mozambique counterpart': left empty. Signing of instruments is part of the same session."),
    M(D2, "met with the Members of the National Assembly Departmental Committees", "training",
      "2023-07-27", city="Mombasa", country="KE",
      persons=[P(MUTUA, ["Cabinet Secretary Dr. Alfred Mutua", "Dr. Mutua"], "Cabinet Secretary", MFDA_KE)],
      orgs=[O(MFDA_KE, ["Ministry of Foreign and Diaspora Affairs"]),
            O(DCDIFR, ["Departmental Committees on Defence, Intelligence and Foreign Relations"]),
            O(DCDAMW, ["Diaspora Affairs and Migrant Workers"])],
      countries=["KE"], organizers=[MFDA_KE],
      notes="'a two-day training ... in Mombasa County on July 27, 2023': one date given, kept as start and end. "
            "City from 'Mombasa County' (headline misspells 'COUNTRY'). 'coducted by' (sic) -> organiser."),
    M(D2, "The 17th Committee of Permanent Secretaries (CPS) Meeting", "working_group",
      "2023-07-28", city="Mombasa", country="KE",
      persons=[P("Korir Singoei", ["Principal Secretary Dr. Korir Singoei"], "Principal Secretary", "KE")],
      orgs=[O(CPS, ["Committee of Permanent Secretaries (CPS)"]),
            O(CEWARN, ["IGAD CEWARN (Conflict Early Warning and Response Mechanism)"])],
      countries=["KE"], chairs=["Korir Singoei"],
      notes="Session of a standing committee of IGAD CEWARN: working_group. 'inaugurated and chaired by' -> chair. "
            "'the IGAD Member States in the region namely, [...]' is cut off by the site: not expanded. "
            "The last, broken item of the listing was cut."),
    # ---------------------------------------------------------------- real1_03 EONS Intelligence (Nigeria)
    M(D3, "received a delegation of military officers from Zambia, Lesotho", "meeting",
      "2023-10-05", city="Abuja", country="NG",
      persons=[P("Bashir Adewale Adeniyi", ["Bashir Adewale Adeniyi", "Acting CGC"],
                 "Acting Comptroller-General of Customs", NCS),
               P("Masheke Mutimwa", ["Colonel Masheke Mutimwa"], "leading the visiting delegation", None, "Colonel"),
               P("Muhammad Abba-Kura", ["Muhammad Abba-Kura"],
                 "Deputy Comptroller-General in charge of Enforcement Inspection and Investigation", NCS)],
      orgs=[O(NCS, ["Nigeria Customs Service", "NCS"])],
      countries=["NG", "ZM", "LS", "ZW"], organizers=[NCS],
      notes="'on Thursday, October 5th, 2023' with ordinal suffix. 'received ... at Nigeria Customs Service "
            "Headquarters Abuja' -> host and city. A study tour by student officers, typed meeting (a reception). "
            "The delegation leader's country is not stated: no affiliation. 'MFR' is a post-nominal honour, kept out "
            "of the name. The Command and Staff College is history."),
    # ---------------------------------------------------------------- real1_04 gov.za (SADC communique)
    M(D4, "was held in Windhoek, Namibia on 11 September, 2013", "conference",
      "2013-09-11", city="Windhoek", country="NA",
      persons=[P("Hifikepunye Pohamba", ["His Excellency Hifikepunye Pohamba", "H.E. Hifikepunye Pohamba"],
                 "President of the Republic of Namibia", "NA", "H.E."),
               P("Joseph Kabila Kabange", ["H.E. Joseph Kabila Kabange"], None, "CD", "H.E."),
               P("Motsoahae Thomas Thabane", ["Rt. Hon. Motsoahae Thomas Thabane"], None, "LS", "Rt. Hon."),
               P("Joyce Banda", ["H.E. Dr. Joyce Banda"], None, "MW", "H.E."),
               P("Jakaya Mrisho Kikwete", ["H.E. Jakaya Mrisho Kikwete"], None, "TZ", "H.E."),
               P("Maite Nkoana-Mashabane", ["Hon. Maite Nkoana-Mashabane"], None, "ZA", "Hon."),
               P("Stergomena Lawrence Tax", ["H. E. Dr. Stergomena Lawrence Tax"], "Executive Secretary of SADC",
                 SADC, "H.E.")],
      orgs=[O(ORGAN, ["Organ on Politics, Defence and Security Cooperation"]),
            O(SADC, ["Southern African Development Community (SADC)", "SADC"])],
      countries=["NA", "CD", "LS", "MW", "TZ", "ZA"], chairs=["Hifikepunye Pohamba"],
      notes="Organ Troika summit: conference. Chair stated. Attendance list 'Country - name' without roles: role "
            "empty, affiliation the country. Madagascar, Rwanda and MONUSCO only discussed. Trailing broken "
            "paragraph 6.4 cut."),
    # ---------------------------------------------------------------- real1_05 Ammon News (Jordan)
    M(D5, "Obaidallah Maaytah on Monday US Under Secretary of State", "meeting",
      "2023-02-27", inferred=True,
      persons=[P("Obaidallah Maaytah", ["Maj. Gen. Obaidallah Maaytah", "Maaytah"],
                 "Director of the Public Security Directorate", PSD, "Maj. Gen."),
               P("Uzra Zeya", ["Uzra Zeya", "the US Under Secretary"],
                 "US Under Secretary of State for Civilian Security, Democracy, and Human Rights", "US")],
      orgs=[O(PSD, ["Public Security Directorate (PSD)", "PSD"])],
      countries=["JO", "US"],
      notes="Verb missing in the source sentence (kept). 'on Monday' against the stamp '28-02-2023' (a Tuesday) "
            "-> 27 February. No city or dateline: venue null (a visit to Jordan is implied, not its place). "
            "No host stated."),
    # ---------------------------------------------------------------- real1_06 Mehr News (Iran)
    M(D6, "met with an Iranian delegation headed by Hossein Zolfaghari", "meeting",
      "2019-03-04", inferred=True, city="Ankara", country="TR",
      persons=[P(SOYLU, ["Süleyman Soylu", "Soylu"], "Minister of the Interior of Turkey", MOI_TR),
               P(ZOLF, ["Hossein Zolfaghari"], "Deputy Interior Minister", MOI_IR)],
      orgs=[O(MOI_TR, []), O(MOI_IR, ["Iranian Interior Ministry"])],
      countries=["TR", "IR"],
      notes="'on Monday' against the stamp 2019-03-04 (a Monday): the same day. The Iranian ministry is the source "
            "and takes part through its delegation. No host stated."),
    M(D6, "also met with his Turkish counterpart Muhterem İnce", "meeting",
      "2019-03", inferred=True, city="Ankara", country="TR",
      persons=[P(ZOLF, ["the Iranian deputy interior minister"], "Deputy Interior Minister", MOI_IR),
               P("Muhterem İnce", ["Muhterem İnce"], None, MOI_TR)],
      orgs=[O(MOI_IR, []), O(MOI_TR, [])],
      countries=["IR", "TR"],
      notes="'While in Ankara': same trip, no day of its own -> month from the stamp. Role of Ince only "
            "'Turkish counterpart' (of a deputy minister): left empty."),
    M(D6, "at the meeting of the joint security working group", "working_group",
      "2019-03", inferred=True, city="Ankara", country="TR",
      countries=["IR", "TR"],
      notes="Unnamed bilateral working group: countries only (dev7). A second reader may merge it with the Ince "
            "meeting; kept apart because the text reports it as another meeting ('At the end of the meetings'). "
            "Agreements signed are part of it."),
    # ---------------------------------------------------------------- real1_07 allAfrica (Egypt SIS)
    M(D7, "This came during a meeting of both sides on Wednesday", "meeting",
      "2021-09-22", inferred=True,
      persons=[P("Sameh Shoukry", ["Foreign Minister Sameh Shoukry"], "Foreign Minister", MFA_EG),
               P("Antony Blinken", ["Antony Blinken"], "US Secretary of State", "US")],
      orgs=[O(MFA_EG, ["Foreign Ministry"])],
      countries=["EG", "US"],
      notes="'on Wednesday' against the item date '23 September 2021' (a Thursday) -> 22 September. On the sidelines "
            "of the UN General Assembly, whose venue the text does not name: city null (borderline). The spokesman "
            "is the source. The coming strategic dialogue has no date: not annotated."),
    # ---------------------------------------------------------------- real1_08 UrduPoint (Turkey)
    M(D8, "held a video conference meeting on Wednesday", "videoconference",
      "2022-01-26", inferred=True, fmt="online",
      persons=[P(SOYLU, ["Suleyman Soylu", "Soylu"], "Interior Minister", MOI_TR),
               P("Nancy Faeser", ["Nancy Faeser", "Faeser"], "interior minister", BMI_DE)],
      orgs=[O(MOI_TR, ["Turkish Interior Ministry"]), O(BMI_DE, [])],
      countries=["TR", "DE"],
      notes="'on Wednesday' against the stamp and dateline of 26 January 2022 (a Wednesday): the same day. Online: "
            "no city (the ANKARA dateline is the source's place). German ministry only through 'Turkish and German "
            "interior ministries' (empty mentions). The 2016 migration agreement is history."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The CS", "Acting CGC", "the US Under Secretary", "the Iranian deputy interior minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
