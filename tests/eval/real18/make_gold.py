"""Write gold.jsonl and entities.json of the real news pages from Europe (real18) from the tables below.

Run from anywhere: ``python tests/eval/real18/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (Europe: a Balkan news agency, a blog copy of a Serbian wire item, a regional
police convention secretariat, an EU agency, a Polish police site, a foreign ministry, a Nordic
police site, a Council of Europe activity database), copied verbatim from the stored excerpts;
their addresses are in SOURCES.md, and what was cut is in NOTES.md. The people are real people
named in those pages. This gold was written by hand without running the extractor and without
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

MOI_MK = "Ministry of the Interior of the Republic of Macedonia"
MOI_XK = "Ministry of Internal Affairs of Kosovo"
MOI_RS = "Ministry of Interior of the Republic of Serbia"
MOI_ES = "Ministry of the Interior of Spain"
PCC_SEC = "Police Cooperation Convention for Southeast Europe Secretariat"
MOI_SI = "Ministry of Interior of the Republic of Slovenia"
CEPOL = "European Police College"
CEPOL_GR = "CEPOL Unit of the Hellenic Police Academy"
HPA = "Hellenic Police Academy"
PBGB_EE = "Police and Border Guard Board of Estonia"
KWP_LUBLIN = "Regional Police Headquarters in Lublin"
NOSG = "Nadbużański Border Guard Unit"
SG_PL = "Border Guard of Poland"
PN_ES = "Spanish National Police"
IGPR = "General Inspectorate of the Romanian Police"
POL_BERLIN = "Berlin Police"
GDP_BG = "General Directorate of Police in Bulgaria"
MFA_LV = "Ministry of Foreign Affairs of the Republic of Latvia"
MFA_LT = "Ministry of Foreign Affairs of the Republic of Lithuania"
COE = "Council of Europe"
ACAD_MD = "Police Academy “Stefan cel Mare” of the Republic of Moldova"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    MOI_MK: (None, None, "MK", ["Ministry of the Interior of the Republic of Macedonia", "Ministry of the Interior"]),
    MOI_XK: (None, None, "XK", ["Ministry of Internal Affairs of Kosovo"]),
    MOI_RS: (None, None, "RS", ["Ministry of Interior of the Republic of Serbia", "Serbian Interior Ministry"]),
    MOI_ES: (None, None, "ES", ["Ministry of the Interior of Spain"]),
    PCC_SEC: (None, None, None, ["Police Cooperation Convention for Southeast Europe Secretariat", "the Secretariat"]),
    MOI_SI: (None, None, "SI", ["Ministry of Interior of the Republic of Slovenia"]),
    CEPOL: ("CEPOL", None, None, ["European Police College", "CEPOL"]),
    CEPOL_GR: (None, HPA, "GR", ["CEPOL Unit of the Hellenic Police Academy"]),
    PBGB_EE: (None, None, "EE", ["Police and Border Guard Board of Estonia", "Estonian Police and Border Guard Board",
                                 "Zarządu Estońskiej Policji i Straży Granicznej"]),
    KWP_LUBLIN: (None, None, "PL", ["Regional Police Headquarters in Lublin", "Komendy Wojewodzkiej Policji w Lublinie"]),
    NOSG: (None, SG_PL, "PL", ["Nadbużański Border Guard Unit", "Nadbuzanski Border Guard Unit",
                               "Nadbużańskiego Oddziału Straży Granicznej"]),
    PN_ES: (None, None, "ES", ["Spanish National Police", "Narodowej Policji Hiszpańskiej"]),
    IGPR: (None, None, "RO", ["General Inspectorate of the Romanian Police", "Generalnego Inspektoratu Rumuńskiej Policji"]),
    POL_BERLIN: (None, None, "DE", ["Berlin Police", "Policji Berlińskiej"]),
    GDP_BG: (None, None, "BG", ["General Directorate of Police in Bulgaria", "Generalnej Dyrekcji Policji w Bułgarii"]),
    MFA_LV: (None, None, "LV", ["Ministry of Foreign Affairs of the Republic of Latvia"]),
    MFA_LT: (None, None, "LT", ["Ministry of Foreign Affairs of the Republic of Lithuania", "Ministry of Foreign Affairs of Lithuania"]),
    COE: ("CoE", None, None, ["Council of Europe", "CoE"]),
    ACAD_MD: (None, None, "MD", ["Police Academy “Stefan cel Mare” of the Republic of Moldova", "Police Academy “Stefan cel Mare”",
                                "Police Academy"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    HPA: (None, None, "GR", ["Hellenic Police Academy"]),
    SG_PL: (None, None, "PL", ["Border Guard of Poland"]),
}

COUNTRY_NAMES = {
    "BA": ["Bosnia and Herzegovina"], "BG": ["Bulgaria"], "DE": ["Germany"], "DK": ["Denmark"],
    "EE": ["Estonia", "Estonian"], "ES": ["Spain", "Spanish"], "FI": ["Finland"], "GR": ["Greece"],
    "HR": ["Croatia", "Republic of Croatia"], "IS": ["Iceland"], "LT": ["Lithuania"], "LV": ["Latvia"],
    "MD": ["Republic of Moldova", "Moldova"], "ME": ["Montenegro"], "MK": ["Macedonia", "Republic of Macedonia"],
    "NO": ["Norway"], "PL": ["Poland"], "RO": ["Romania", "Romanian"], "RS": ["Serbia", "Republic of Serbia", "Serbian"],
    "SE": ["Sweden"], "SI": ["Slovenia", "Republic of Slovenia"], "XK": ["Kosovo"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real18_01_mia.txt", "real18_02_balkan_news_blog.txt", "real18_03_pcc_see.txt", "real18_04_cepol.txt")
D5, D6, D7, D8 = ("real18_05_lublin_police.txt", "real18_06_mfa_latvia.txt", "real18_07_finnish_police.txt",
                  "real18_08_coe_joint_programmes.txt")

MEETINGS = [
    # ---------------------------------------------------------------- real18_01 MIA (North Macedonia) 2018
    M(D1, "discussed Saturday in Skopje by Interior Minister Oliver Spasovski", "meeting",
      "2018-07-14", city="Skopje", country="MK",
      persons=[P("Oliver Spasovski", ["Oliver Spasovski", "Spasovski", "Minister Spasovski"], "Interior Minister", MOI_MK),
               P("Bejtush Gashi", ["Bejtush Gashi", "Gashi"], "Kosovo counterpart", MOI_XK)],
      orgs=[O(MOI_MK, ["Ministry of the Interior"]), O(MOI_XK, [])],
      countries=["MK", "XK"],
      notes="Dateline 'Skopje, 14 July 2018 (MIA)' and 'Saturday' in the same sentence: the date is stated. Kosovo is "
            "coded XK (user-assigned code, no ISO 3166-1 entry). The Kosovo ministry takes part through its minister "
            "('counterpart'), empty mentions. Between two ministers: no organiser (the host side is not stated). "
            "'agreed in the coming period to organize joint visits and meetings of experts': plan with no date, "
            "not annotated."),
    # ---------------------------------------------------------------- real18_02 blog copy of a Tanjug item 2011
    M(D2, "Perez Rubalcaba signed in Madrid an agreement on police cooperation", "meeting",
      "2011-02-01", inferred=True, city="Madrid", country="ES",
      persons=[P("Ivica Dačić", ["Ivica Dačić", "Dačić"], "Serbian Interior Minister", MOI_RS),
               P("Perez Rubalcaba", ["Perez Rubalcaba"], "Spanish counterpart", MOI_ES)],
      orgs=[O(MOI_RS, ["Serbian Interior Ministry"]), O(MOI_ES, [])],
      countries=["RS", "ES"],
      notes="Signing ceremony of two ministers = meeting. No day for the signing: the stamp '1 February 2011' (blog "
            "header in Swedish and item stamp) and 'The Serbian Interior Ministry said on Tuesday' (= the stamp day); "
            "dated by the release day (as real14 04), date_inferred. Venue Madrid from 'signed in Madrid'; the "
            "dateline BELGRADE is the wire's origin, not the venue. The photo caption repeats Dačić's name. "
            "Announced agreements (emergency situations, peacekeeping training) have no date: not annotated. "
            "'Perez Rubalcaba' is the fullest form in the corpus."),
    # ---------------------------------------------------------------- real18_03 PCC SEE Secretariat 2011
    M(D3, "organised a meeting of Directors-General of Police from Bosnia", "meeting",
      "2011-05-19", "2011-05-20", city="Brdo", country="SI", aliases=["Brdo pri Kranju"],
      orgs=[O(PCC_SEC, ["Police Cooperation Convention for Southeast Europe Secretariat", "the Secretariat"]),
            O(MOI_SI, ["Ministry of Interior of the Republic of Slovenia"])],
      countries=["BA", "MK", "ME", "RS", "HR", "SI"], organizers=[PCC_SEC, MOI_SI],
      notes="Stamp 23.05.2011 is the release; the meeting dates are in the text. Two organisers. Five police "
            "directorates named by their states only (no body names, no persons): the states are the countries; "
            "SI as the organising ministry's state. 'Contracting Parties to Convention' and 'countries of the "
            "Region' are not expanded."),
    # ---------------------------------------------------------------- real18_04 CEPOL 2009
    M(D4, "organised CEPOL Seminar 73/2009 European Police Education Systems", "seminar",
      "2009-11-30", "2009-12-02", city="Thessaloniki", country="GR",
      orgs=[O(CEPOL_GR, ["CEPOL Unit of the Hellenic Police Academy"]), O(CEPOL, ["CEPOL"])],
      countries=["GR"], organizers=[CEPOL_GR, CEPOL],
      notes="Stamp 08 December 2009 is the post; the dates are in 'Held in Thessaloniki, Greece, on 30 November until "
            "2 December 2009'. Organised by the Greek academy's CEPOL unit; CEPOL is also given as organiser because it "
            "is a numbered 'CEPOL Seminar' of its programme (as seeds' 'under a programme', borderline). '26 "
            "participants from 14 Member States' and 'six experts' are not resolved; Cyprus and Poland are only "
            "presented (their education systems): not countries of the seminar. The workshops inside the two days "
            "are parts of the seminar; 'for the third consecutive time' names no earlier date."),
    # ---------------------------------------------------------------- real18_05 Lublin police (Polish / English) 2022
    M(D5, "A study visit to the headquarters of the Estonian Police", "visit",
      "2022-11-21", "2022-11-23", country="EE",
      orgs=[O(PBGB_EE, ["Zarządu Estońskiej Policji i Straży Granicznej", "Estonian Police and Border Guard Board"]),
            O(KWP_LUBLIN, ["Komendy Wojewodzkiej Policji w Lublinie", "Regional Police Headquarters in Lublin"]),
            O(NOSG, ["Nadbużańskiego Oddziału Straży Granicznej", "Nadbuzanski Border Guard Unit"]),
            O(PN_ES, ["Narodowej Policji Hiszpańskiej", "Spanish National Police"]),
            O(IGPR, ["Generalnego Inspektoratu Rumuńskiej Policji", "General Inspectorate of the Romanian Police"]),
            O(POL_BERLIN, ["Policji Berlińskiej", "Berlin Police"]),
            O(GDP_BG, ["Generalnej Dyrekcji Policji w Bułgarii", "General Directorate of Police in Bulgaria"])],
      countries=["EE", "PL", "ES", "RO", "DE", "BG"], organizers=[PBGB_EE],
      notes="One event told twice, in Polish then in English: one line (mentions from both). No city: the visit was "
            "to the Estonian board's headquarters (Tallinn by outside knowledge, not in the text), country EE from "
            "'Wizyta studyjna w Estonii'. The visited board is the host. The project ('Drugs under control', EU "
            "co-funded) is no participant; its lead body (the Lublin police, the site's owner) is not said to "
            "organise the visit. Seven partner institutions attended; Berlin Police counts for DE."),
    # ---------------------------------------------------------------- real18_06 MFA of Latvia 2018
    M(D6, "He met with the Political Director of the Ministry of Foreign", "meeting",
      "2018-11-08", city="Vilnius", country="LT",
      persons=[P("Jānis Mažeiks", ["Jānis Mažeiks", "Mažeiks"],
                 "Under-Secretary of State of the Ministry of Foreign Affairs, Political Director", MFA_LV),
               P("Asta Skaisgirytė", ["Asta Skaisgirytė"],
                 "Political Director of the Ministry of Foreign Affairs of Lithuania", MFA_LT)],
      orgs=[O(MFA_LV, ["Ministry of Foreign Affairs"]), O(MFA_LT, ["Ministry of Foreign Affairs of Lithuania"])],
      countries=["LV", "LT"],
      notes="Political directors' consultations during a working visit ('was in Vilnius on a working visit. He met "
            "with'): one line typed meeting (a second reader may type it visit). Stamp 09.11.2018 is the release; "
            "the date is in the text. Latvia's ministry is 'the Ministry of Foreign Affairs' of a Latvian release. "
            "Ukraine, Russia, Iran, the US and NATO are only discussed."),
    # ---------------------------------------------------------------- real18_07 Finnish police 2023
    M(D7, "National police commissioners from Sweden, Denmark, Norway, Iceland", "meeting",
      "2023-08-22", "2023-08-24", inferred=True, city="Helsinki", country="FI",
      persons=[P("Benedicte Bjørnland", ["Benedicte Bjørnland"], "National Police Commissioner of Norway", "NO"),
               P("Sigríður Björk Guðjónsdóttir", ["Sigríður Björk Guđjόnsdόttir"], "National Commissioner of Iceland", "IS"),
               P("Seppo Kolehmainen", ["Seppo Kolehmainen", "Kolehmainen"], "National Police Comissioner of Finland", "FI"),
               P("Anders Thornberg", ["Anders Thornberg"], "National Police Comissioner of Sweden", "SE"),
               P("Thorkild Fogde", ["Thorkild Fogde"], "National Comissioner of Denmark", "DK")],
      countries=["SE", "DK", "NO", "IS", "FI"],
      notes="'on 22-24 August' has no year: 2023 from 'Publication date 24.8.2023', date_inferred. The five commissioners "
            "are named in the photo caption (the photographer is no participant); the caption mixes Finnish ('ja') and "
            "the source's misspelling 'Comissioner' (roles as written). The Icelandic name is printed with look-alike "
            "characters (đ, Greek ό): normalised to Guðjónsdóttir, the printed form kept as mention. The national "
            "police bodies are not named as bodies: affiliations are the countries, no organisations. Europol, "
            "Interpol and NATO are only mentioned. No organiser is stated (the host city is Helsinki). A machine-"
            "translation fragment ('Katso lisätiedot ... Käännöstulos') is part of the page."),
    # ---------------------------------------------------------------- real18_08 CoE Joint Programmes database 2011
    M(D8, "During the workshop the CoE experts from Estonia and Finland", "workshop",
      "2011-09-26", "2011-09-27", city="Chisinau", country="MD",
      orgs=[O(COE, ["CoE"]), O(ACAD_MD, ["Police Academy “Stefan cel Mare”", "Police Academy"])],
      countries=["MD"], organizers=[COE],
      notes="Activity record of a database: the dates are the 'Date 26/09/2011 - 27/09/2011' field; the '08 April 2020' "
            "under the page heading is the day the page was generated, not a date of the workshop. Venue from the "
            "'Location' field. A Joint Programme EC/CoE activity with CoE experts: the CoE is organiser; the European "
            "Commission only co-owns the programme (funder-like): not listed. The experts come 'from Estonia and "
            "Finland' but act as CoE experts: EE and FI are not countries of the workshop (borderline). The title "
            "and the description repeat the same words, so the anchor is in the body."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
