"""Write gold.jsonl and entities.json of the set of real news pages real56 (Africa and the Middle East) from the
tables below.

Run from anywhere: ``python tests/eval/real56/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (an Algerian Embassy in Uganda event page on the first AFRIPOL General Assembly and its
background meetings, a TVC News item on the Nigerian police chief at the EAPCCO annual meeting in Kigali, an
Ethiopian News Agency item on foreign ministers' talks on the margins of the AU Executive Council, an APA News
item on the ECOWAS Council of Ministers in Abuja, a Zambia Police Service article on the SARPCCO annual meeting in
Johannesburg, a Qatar Tribune (QNA) item on the Qatari interior minister receiving his GCC counterparts, a Sada
El Balad (see.news) item on Arab League-GCC customs talks in Cairo, a Welcome Qatar item on a GCC Customs Union
videoconference), copied verbatim from the stored excerpt of each page (addresses in SOURCES.md; cuts listed in
NOTES.md); the people in them are real. The gold was written by hand without running the extractor and without
reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

AU = "African Union"
AFRIPOL = "African Union Mechanism for Police Cooperation"
AFRIPOL_AHC = "Ad-Hoc Committee on the Establishment of the African Mechanism for Police Cooperation"
EAPCCO = "Eastern Africa Police Chiefs Cooperation Organization"
WAPCCO = "West African Police Chiefs Committee"
ECOWAS = "Economic Community of West African States"
AU_EC = "Executive Council of the African Union"
ECOWAS_COM = "ECOWAS Commission"
ECOWAS_CM = "Council of Ministers of ECOWAS"
ECOWAS_AHSG = "Authority of Heads of State and Government of ECOWAS"
SARPCCO = "Southern African Regional Police Chiefs Cooperation Organisation"
ZRP = "Zimbabwe Republic Police"
GCC = "Gulf Cooperation Council"
MOI_QA = "Ministry of Interior of Qatar"
LAS = "League of Arab States"
LAS_GS = "General Secretariat of the League of Arab States"
GCC_CUA = "Customs Union Authority of the Gulf Cooperation Council"
GAC_QA = "General Authority of Customs of Qatar"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    AU: ("AU", None, None, [AU, "African Union (AU)", "AU"]),
    AFRIPOL: ("AFRIPOL", AU, None, [AFRIPOL, "African Mechanism for Police Cooperation (AFRIPOL)", "AFRIPOL",
                                    "Afripol"]),
    AFRIPOL_AHC: (None, AU, None, [AFRIPOL_AHC, "Ad-Hoc Committee on the Establishment of the African Mechanism for "
                                   "Police Cooperation (AFRIPOL)", "ad hoc committee"]),
    EAPCCO: ("EAPCCO", None, None, [EAPCCO, "Eastern Africa Police Chiefs Cooperation Organisation (EAPCCO)",
                                    "EAPCCO"]),
    WAPCCO: ("WAPCCO", ECOWAS, None, [WAPCCO, "West Africa Police Chiefs Committee (WAPCCO)", "WAPCCO"]),
    AU_EC: (None, AU, None, [AU_EC, "Executive Council of African Union"]),
    ECOWAS_COM: (None, ECOWAS, None, [ECOWAS_COM]),
    ECOWAS_CM: (None, ECOWAS, None, [ECOWAS_CM, "Council of Ministers"]),
    ECOWAS_AHSG: (None, ECOWAS, None, [ECOWAS_AHSG, "Authority of Heads of State and Governments"]),
    SARPCCO: ("SARPCCO", None, None, [SARPCCO, "Southern African Police Chiefs Cooperation Organisation (SARPCCO)",
                                      "SARPCCO"]),
    ZRP: ("ZRP", None, "ZW", [ZRP, "Zimbabwe Republican Police (ZRP)", "ZRP"]),
    GCC: ("GCC", None, None, [GCC, "Gulf Cooperation Council (GCC)", "GCC"]),
    MOI_QA: (None, None, "QA", [MOI_QA, "Ministry of Interior"]),
    LAS_GS: (None, LAS, None, [LAS_GS, "General Secretariat"]),
    GCC_CUA: (None, GCC, None, [GCC_CUA, "Customs Union Authority", "GCC Customs Union"]),
    GAC_QA: ("GAC", None, "QA", [GAC_QA, "General Authority of Customs", "General Customs Authority"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    ECOWAS: ("ECOWAS", None, None, [ECOWAS, "Economic Community of West African States (ECOWAS)", "ECOWAS"]),
    LAS: ("LAS", None, None, [LAS, "Arab League"]),
}

COUNTRY_NAMES = {
    "AE": ["United Arab Emirates"], "BH": ["Bahrain"], "BI": ["Burundi"], "CI": ["Cote d’ivoire", "Côte d'Ivoire"],
    "CM": ["Cameroon"], "CN": ["China", "Chinese"], "DZ": ["Algeria"], "ES": ["Spain"], "ET": ["Ethiopia"],
    "KE": ["Kenya"], "KW": ["Kuwait"], "LR": ["Liberia"], "NG": ["Nigeria"], "OM": ["Oman"], "QA": ["Qatar"],
    "RW": ["Rwanda"], "SA": ["Saudi Arabia"], "SO": ["Somalia"], "UG": ["Uganda"], "ZW": ["Zimbabwe", "Zimbabwean"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real56_01_algerian_embassy_uganda.txt", "real56_02_tvc_news.txt", "real56_03_ena.txt",
                  "real56_04_apa_news.txt")
D5, D6, D7, D8 = ("real56_05_zambia_police.txt", "real56_06_qatar_tribune.txt", "real56_07_see_news.txt",
                  "real56_08_welcome_qatar.txt")

DEMEKE = "Demeke Mekonnen"
MESGANU = "Mesganu Arga"
KHALIFA = "Khalifa bin Hamad bin Khalifa Al Thani"
HAMOUD = "Hamoud bin Faisal Al-Busaidi"
RASHID = "Rashid bin Abdullah Al Khalifa"
FAHAD = "Fahad Yusuf Saud Al-Sabah"
ABDULAZIZ = "Abdulaziz bin Saud bin Nayef bin Abdulaziz Al Saud"
SAIF = "Saif bin Zayed Al Nahyan"


def ethiopian_fm(mentions: list[str]) -> dict:
    return P(DEMEKE, mentions, "Deputy Prime Minister and Minister of Foreign Affairs", "ET")


def gulf_ministers() -> list[dict]:
    return [
        P(KHALIFA, ["Sheikh Khalifa bin Hamad bin Khalifa Al Thani"],
          "Minister of Interior and Commander of the Internal Security Force (Lekhwiya)", MOI_QA, "HE Sheikh"),
        P(HAMOUD, ["Hamoud bin Faisal Al Busaidi"], "Minister of Interior of Oman", "OM"),
        P(RASHID, ["Sheikh Rashid bin Abdullah Al Khalifa"], "Minister of Interior of Bahrain", "BH", "Lt. Gen."),
        P(FAHAD, ["Sheikh Fahad Yusuf Saud Al Sabah"],
          "First Deputy Prime Minister, Minister of Defence and Minister of Interior of Kuwait", "KW", "Sheikh"),
        P(ABDULAZIZ, ["Prince Abdulaziz bin Saud bin Nayef bin Abdulaziz Al Saud"],
          "Minister of Interior of Saudi Arabia", "SA", "HRH"),
        P(SAIF, ["Sheikh Saif bin Zayed Al Nahyan"],
          "Deputy Prime Minister and Minister of Interior of the United Arab Emirates", "AE", "HH Lt. Gen."),
    ]


MEETINGS = [
    # ---------------------------------------------------------------- real56_01 Algerian Embassy in Uganda 2017
    M(D1, "The first General of “Afripol” will be held in Algiers", "conference",
      "2017-05-14", "2017-05-16", city="Algiers", country="DZ", status="planned",
      persons=[P("Kale Kayihura", ["Kale Kayihura"], "Inspector General of Police", "UG"),
               P("Emmanuel Gasana", ["Emmanuel Gasana"], "inspector General of Police", "RW"),
               P("Godefroid Bizimana", ["Bizimana Godefroid"], "Deputy IGP", "BI")],
      orgs=[O(AFRIPOL, ["AFRIPOL", "Afripol"])],
      countries=["UG", "RW", "BI"], organizers=[AFRIPOL],
      notes="The page's only stamp is an event widget 'Sep 30, 2023 to Sep 30, 2023' (not the event); the dates "
            "'Algiers, 14-16 May 2017' are in the headline and '14th to 16th May' in the body (not inferred). Written "
            "as future ('will attend', 'will be held') -> planned (borderline: the widget stamp is later than the "
            "event). Headline and body are one line; 'The first General' (sic) is the General Assembly. The three "
            "police chiefs 'will represent' their states; their police forces are named only through their titles "
            "(no rows). 'Bizimana Godefroid' is written surname first: canonical given name first (real54). AFRIPOL "
            "as organiser of its own assembly (borderline, real54 07). Algeria is only the venue (seeds 6)."),
    M(D1, "The first meeting of the Ad-Hoc Committee on the Establishment", "working_group",
      "2014-07-02", city="Addis Ababa", country="ET",
      orgs=[O(AFRIPOL_AHC, ["Ad-Hoc Committee on the Establishment of the African Mechanism for Police Cooperation "
                            "(AFRIPOL)", "ad hoc committee"]),
            O(AU, ["African Union (AU)"])],
      countries=["DZ", "UG"], organizers=[AU],
      notes="Background session of a committee with a full date and venue (seeds 002#8): working_group. 'held at the "
            "African Union (AU) Headquarters, Addis Ababa' -> the AU hosts (seeds: premises). 'an ad hoc committee "
            "co-chaired by Algeria and Uganda, and bringing together the representatives of African regional "
            "organizations of police cooperation' describes the same committee: the co-chairing states are listed "
            "as countries, not chairs (real51); the regional organisations are generic (borderline: a reader may "
            "leave DZ and UG out of this first session)."),
    M(D1, "during their meeting in Algiers on 10-11 February 2014", "conference",
      "2014-02-10", "2014-02-11", city="Algiers", country="DZ",
      notes="Background: the 'Algiers Declaration ... issued by African Police Chiefs and Directors General, during their "
            "meeting in Algiers on 10-11 February 2014'; the closing caption 'meeting of African Police Chiefs in "
            "Algiers. 10-11 feb 2014' is the same gathering. Participants only generic ('African Police Chiefs and "
            "Directors General'); no organiser stated."),
    M(D1, "endorsed by the 23rd AU Summit held in Malabo, Equatorial Guinea", "conference",
      "2014-06-20", "2014-06-27", city="Malabo", country="GQ",
      orgs=[O(AU, ["AU"])],
      organizers=[AU],
      notes="Background summit with full dates and venue, kept as a line (seeds 002#8); a heads of state summit -> "
            "conference. The AU for its own summit (borderline, real54 07). No state named as taking part; Equatorial "
            "Guinea only as venue."),
    # ---------------------------------------------------------------- real56_02 TVC News 2025
    M(D2, "Annual General Meeting taking place from Tuesday 28th January", "conference",
      "2025-01-28", "2025-01-31", city="Kigali", country="RW",
      persons=[P("Kayode Egbetokun", ["Kayode Egbetokun", "IGP Egbetokun"],
                 "Chairperson of the West Africa Police Chiefs Committee (WAPCCO)", WAPCCO),
               P("Olaolu Adegbite", ["Olaolu Adegbite"], "CP Interpol", "NG", "CP")],
      orgs=[O(EAPCCO, ["Eastern Africa Police Chiefs Cooperation Organisation (EAPCCO)", "EAPCCO"]),
            O(WAPCCO, ["West Africa Police Chiefs Committee (WAPCCO)"])],
      countries=["NG"], organizers=[EAPCCO],
      notes="Store header ' date 2025-01-29'; the range 'from Tuesday 28th January to 31st January 2025' is in the "
            "text. 'the conference' and 'The EAPCCO Annual General Meeting' refer back; a police chiefs' annual "
            "meeting -> conference (real55). The Nigerian police chief attends 'in his capacity as the Chairperson "
            "of' WAPCCO: affiliation WAPCCO (his 'Inspector-General of Police' is not kept as rank), the Nigeria Police Force is not named (no row); NG from 'Nigeria’s "
            "commitment'. 'CP Interpol' (Nigeria's Interpol head, NG) keeps 'CP' as rank. EAPCCO for its own meeting "
            "(borderline, real54 07). 'police leaders ... from around the globe' is generic; Rwanda is only the venue."),
    # ---------------------------------------------------------------- real56_03 Ethiopian News Agency 2023
    M(D3, "42nd Ordinary Session of the Executive Council of African Union", "council_session",
      "2023-02-15", city="Addis Ababa", country="ET",
      persons=[ethiopian_fm(["Demeke"])],
      orgs=[O(AU_EC, ["Executive Council of African Union"])],
      countries=["ET"],
      notes="Dateline 'Addis Ababa February 15/2023' and store header: 'which has kicked off today' -> 15 February "
            "2023 (start only; its other days are not given). Demeke 'exchanged views with the ministers on the "
            "margins of' the session: attached with ET (borderline, real53 01); the other foreign ministers are "
            "attached only to their own talks. No organiser stated."),
    M(D3, "Foreign Affairs of Minister Cameroon, Lejeune Mbella Mbella", "meeting",
      "2023-02-15", inferred=True, city="Addis Ababa", country="ET",
      persons=[ethiopian_fm(["Demeke Mekonnen", "Demeke"]),
               P("Lejeune Mbella Mbella", ["Lejeune Mbella Mbella"], "Foreign Affairs Minister", "CM")],
      countries=["ET", "CM"],
      notes="Four sideline talks listed in one sentence -> four lines (real54 07); the lead 'has conferred with Foreign "
            "Affairs Ministers of various countries' and 'During the discussion' refer to them. Day of the dateline "
            "(inferred). 'Foreign Affairs of Minister Cameroon' (sic). Ministries named only through titles: no rows. "
            "The spokesperson Meles Alem is a source."),
    M(D3, "Spain’s Foreign Affairs Minister, Jose Manuel Albares Bueno", "meeting",
      "2023-02-15", inferred=True, city="Addis Ababa", country="ET",
      persons=[ethiopian_fm(["Demeke"]),
               P("Jose Manuel Albares Bueno", ["Jose Manuel Albares Bueno"], "Foreign Affairs Minister", "ES")],
      countries=["ET", "ES"],
      notes="Second of the four sideline talks; day of the dateline (inferred)."),
    M(D3, "Foreign Affairs Minister of Somalia, Abshir Omar Huruse", "meeting",
      "2023-02-15", inferred=True, city="Addis Ababa", country="ET",
      persons=[ethiopian_fm(["Demeke"]),
               P("Abshir Omar Huruse", ["Abshir Omar Huruse"], "Foreign Affairs Minister", "SO")],
      countries=["ET", "SO"],
      notes="Third of the four sideline talks; day of the dateline (inferred)."),
    M(D3, "Foreign Affairs Minister of Cote d’ivoire, Kandia Camara", "meeting",
      "2023-02-15", inferred=True, city="Addis Ababa", country="ET",
      persons=[ethiopian_fm(["Demeke"]),
               P("Kandia Camara", ["Kandia Camara"], "Foreign Affairs Minister", "CI")],
      countries=["ET", "CI"],
      notes="Fourth of the four sideline talks; day of the dateline (inferred)."),
    M(D3, "has also conferred with Abraham Korir SingOei", "meeting",
      "2023-02-15", inferred=True, city="Addis Ababa", country="ET",
      persons=[P(MESGANU, ["Mesganu Arga"], "State Minister of Foreign Affairs", "ET", "Ambassador"),
               P("Abraham Korir SingOei", ["Abraham Korir SingOei"], "Principal Secretary of Foreign Affairs of Kenya",
                 "KE")],
      countries=["ET", "KE"],
      notes="'Similarly, State Minister ... has also conferred with' two visitors in one sentence -> two lines (as the "
            "four above); same day as the dateline (inferred, borderline)."),
    M(D3, "Chinese Government Special Envoy for African Affairs, Liu Yuxi", "meeting",
      "2023-02-15", inferred=True, city="Addis Ababa", country="ET",
      persons=[P(MESGANU, ["Mesganu Arga"], "State Minister of Foreign Affairs", "ET", "Ambassador"),
               P("Liu Yuxi", ["Liu Yuxi"], "Chinese Government Special Envoy for African Affairs", "CN")],
      countries=["ET", "CN"],
      notes="Second talk of the state minister; same day as the dateline (inferred, borderline)."),
    # ---------------------------------------------------------------- real56_04 APA News 2019
    M(D4, "the 82nd Ordinary Session of the Council of Ministers of ECOWAS", "council_session",
      "2019-06-25", "2019-06-26", city="Abuja", country="NG",
      persons=[P("Abraham K. Korvah, Sr.", ["Abraham K. Korvah, Sr."], "Acting Minister of Foreign Affairs", "LR"),
               P("Samora P. Z. Wolokollie", ["Samora P. Z. Wolokollie"], "Deputy Finance Minister for Fiscal Affairs",
                 "LR"),
               P("Al-Hassan Conteh", ["Al-Hassan Conteh"], "Liberia’s Ambassador to Nigeria", "LR", "Dr."),
               P("Jean-Claude Kassi Brou", ["Jean-Claude Kassi Brou", "President Brou"],
                 "President of the ECOWAS Commission", ECOWAS_COM)],
      orgs=[O(ECOWAS_CM, ["Council of Ministers of ECOWAS", "Council of Ministers"]),
            O(ECOWAS_COM, ["ECOWAS Commission"])],
      countries=["LR"], organizers=[ECOWAS_COM],
      notes="'On Tuesday, June 25, 2019, the 82nd Ordinary Session ... opened' and 'expected to climax later on "
            "Wednesday, June 26, 2019' -> 25-26 June (full dates in the text). 'The mid-year statutory meetings ... "
            "have kicked off in Abuja', 'the meeting', 'The Council', 'the Council of Ministers’ meeting' are this "
            "session (the page names no other statutory meeting). 'opened at the headquarters of the ECOWAS "
            "Commission' -> the Commission hosts (seeds: premises), its President gave the opening statement. The "
            "Liberian delegation of three; the Liberian Embassy's dispatch is a source; 'Dr.Al-Hassan' (glued) keeps "
            "'Dr.' as rank (real50). Nigeria is only the venue."),
    M(D4, "ahead of the Summit of the Authority of Heads of State", "conference",
      "2019-06-29", "2019-06-30", inferred=True, city="Abuja", country="NG", status="planned",
      orgs=[O(ECOWAS_AHSG, ["Authority of Heads of State and Governments"])],
      notes="Planned: 'the Summit of the Authority of Heads of State and Governments slated for this weekend', the "
            "weekend after Tuesday 25 June 2019 -> 29-30 June (inferred, borderline: the day is not fixed; a reader "
            "may give the month). Venue taken from 'have kicked off in Abuja ... ahead of the Summit' (borderline). "
            "No state or person named for it."),
    # ---------------------------------------------------------------- real56_05 Zambia Police Service 2015
    M(D5, "20th SARPCCO Annual General Meeting (AGM) held from 25th to 28th May", "conference",
      "2015-05-25", "2015-05-28", city="Johannesburg", country="ZA", aliases=["Kempton Park"],
      persons=[P("Augustine Chihuri", ["Augustine Chihuri", "Mr. Augustine Chihuri"],
                 "Commissioner General of the Zimbabwe Republican Police (ZRP)", ZRP),
               P("Robert Mugabe", ["Robert Mugabe"], "Zimbabwean President", "ZW")],
      orgs=[O(SARPCCO, ["Southern African Police Chiefs Cooperation Organisation (SARPCCO)", "SARPCCO"]),
            O(ZRP, ["Zimbabwe Republican Police (ZRP)"])],
      countries=["ZW"], organizers=[SARPCCO],
      notes="Full dates in the text. 'at Birchwood OR Tambo Centre, Kempton Park, Johannesburg in the Republic of South "
            "Africa' -> Johannesburg as the text says (alias Kempton Park). The chief who 'was given the honour to "
            "tell the tale' takes part; the caption 'Zimbabwean President Robert Mugabe with his Police Chief ... "
            "during SARPCCO meeting' is read as this meeting (borderline: the photo may be of another SARPCCO "
            "meeting). 'twelve SARPCCO Member States' are not named. The sidebar 'Inspector General's Message' "
            "(Graphel Musamba, 2023) and the byline are no participants. SARPCCO for its own AGM (borderline, real54 "
            "07). 'Zimbabwe Republican Police' (sic) canonicalised as Zimbabwe Republic Police. The 1994 inaugural "
            "meeting is year-only background: no line (real convention)."),
    # ---------------------------------------------------------------- real56_06 Qatar Tribune (QNA)
    M(D6, "met with Ministers of Interior of the Gulf Cooperation Council", "meeting",
      None, city="Doha", country="QA",
      persons=gulf_ministers(),
      orgs=[O(MOI_QA, ["Ministry of Interior"])],
      countries=["QA", "OM", "BH", "KW", "SA", "AE"], organizers=["QA"],
      notes="No stamp, dateline or dated address: 'on Wednesday' has nothing to count from -> date null (real52, "
            "world knowledge not used). Headline-like lead and 'The minister met with' the five ministers are read as "
            "one reception of the visitors (a reader may give five bilateral lines). The Qatari minister receives "
            "his counterparts -> QA hosts (real52 04 'his Kuwaiti guest'). Venue Doha as for the ministers' meeting. "
            "Ranks as written ('HE Sheikh', 'Lt. Gen.', 'HRH', 'HH Lt. Gen.'; 'Sheikh'/'Prince' before names kept in "
            "the mention). The airport welcome by 'senior officials from the Ministry of Interior' is part of the "
            "visit: no line; the ministry (named there) is attached to its minister's reception. QNA is a source."),
    M(D6, "participating in the 41st GCC Ministers of Interior meeting in Doha", "conference",
      None, city="Doha", country="QA",
      persons=gulf_ministers(),
      orgs=[O(GCC, ["Gulf Cooperation Council (GCC)", "GCC"])],
      countries=["QA", "OM", "BH", "KW", "SA", "AE"],
      notes="The numbered ministers' meeting the visitors 'are participating in' -> its own line (real53 01: the "
            "ministers' meeting on whose sidelines bilateral meetings are held), typed conference (real53). Date null "
            "as above. The six ministers take part (the host included, borderline). No organiser stated (the GCC is "
            "the body; Qatar's hosting is said only of the reception)."),
    # ---------------------------------------------------------------- real56_07 Sada El Balad (see.news) 2025
    M(D7, "met with a high-level delegation from the Customs Union Authority", "meeting",
      "2025-02", inferred=True, city="Cairo", country="EG",
      persons=[P("Ali bin Ibrahim Al-Maliki", ["Ali bin Ibrahim Al-Maliki"],
                 "Assistant Secretary-General and head of the Economic Affairs Sector of the League of Arab States",
                 LAS_GS, "Ambassador Dr."),
               P("Suleiman bin Masoud Al-Ghafri", ["Suleiman bin Masoud Al-Ghafri"],
                 "Executive Director of the Customs Union Authority", GCC_CUA, "Dr."),
               P("Hassan bin Mohamed Al-Balushi", ["Hassan bin Mohamed Al-Balushi"],
                 "Director-General of the General Administration of Legal Affairs and Compliance", GCC_CUA, "Dr."),
               P("Abdulmalik bin Abdullah Al-Obaid", ["Abdulmalik bin Abdullah Al-Obaid"],
                 "Director-General of the General Administration of Customs Committees and Policies", GCC_CUA)],
      orgs=[O(LAS_GS, ["General Secretariat of the League of Arab States", "General Secretariat"]),
            O(GCC_CUA, ["Customs Union Authority of the Gulf Cooperation Council", "Customs Union Authority",
                        "Arab Customs Union Authority"])],
      organizers=[LAS_GS],
      notes="Stamp 'Mon 24 Feb 2025 | 02:56 PM'; 'met with' has no day -> the stamp's month (inferred, borderline: a "
            "reader may give 24 February). The headline (printed three times) 'Hold Talks in Cairo', 'The meeting', "
            "'The discussions' are one line; 'at the headquarters of the General Secretariat' -> the Secretariat "
            "hosts (seeds: premises), city Cairo from the headline. The page once calls the visiting body 'the Arab "
            "Customs Union Authority' (kept as a mention). No state takes part (two international bodies). The "
            "masthead names and the byline are no participants; workshops 'in the coming phase' are an undated plan."),
    # ---------------------------------------------------------------- real56_08 Welcome Qatar
    M(D8, "participated in the 24th meeting of the GCC Customs Union", "videoconference",
      None, fmt="online",
      persons=[P("Ahmed bin Abdullah Al Jamal", ["Ahmed bin Abdullah Al Jamal"],
                 "Chairman of the General Customs Authority", GAC_QA, "His Excellency")],
      orgs=[O(GAC_QA, ["General Authority of Customs", "General Customs Authority"]),
            O(GCC_CUA, ["GCC Customs Union", "Customs Union Authority"])],
      countries=["QA"],
      notes="No date anywhere (text, stamp or address) -> null. 'held via visual communication means' -> "
            "videoconference, online, no venue. The numbered meeting of the GCC customs heads is the Customs Union "
            "Authority's (canonical as in 07, borderline). The participating authority is Qatar's (the page never "
            "says Qatar: from the outlet and its address 'qatar-news', borderline). 'The heads of the customs bodies "
            "and administrations of the GCC countries' are generic. The 'sixth joint meeting between the Customs Union "
            "Authority and the private sector' is only the subject of a memorandum, undated: no line."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
