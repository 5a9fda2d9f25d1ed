"""Write gold.jsonl and entities.json of the set of real news pages real52 (Africa and the Middle East) from the tables below.

Run from anywhere: ``python tests/eval/real52/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (an FBC item on the Ethiopian and Cameroonian foreign ministers' talks in Nairobi before
an AU Executive Council session, an OPCW item on a training course for African customs officers in
Abidjan, a KUNA item on the Kuwaiti ambassador and the Iraqi interior minister in Baghdad, an Asian
Independent item on Bahraini-Kuwaiti security talks in Manama, the Lake Chad Basin Commission's page on its
16th summit in Abuja, a Daily News Egypt item on the Egyptian foreign minister's meetings around an Arab
League council, a Nyasa Times item on Malawian and Mozambican border police in Mwanza, a Radio Islam
Malawi item on Malawian-Mozambican police meetings in two districts), copied verbatim from the stored
excerpt of each page (addresses in SOURCES.md; cuts listed in NOTES.md); the people in them are real.
The gold was written by hand without running the extractor and without reading extract/ (issue 13).
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
AU_EC = "Executive Council of the African Union"
OPCW = "Organisation for the Prohibition of Chemical Weapons"
NA_CI = "National Authority of Côte d’Ivoire for the Chemical Weapons Convention"
MOI_BH = "Ministry of Interior of Bahrain"
MOI_KW = "Ministry of Interior of Kuwait"
JSC = "Bahrain-Kuwait Joint Security Committee"
LCBC = "Lake Chad Basin Commission"
LAS = "League of Arab States"
LAS_CFM = "Council of the League of Arab States at the level of Foreign Ministers"
UNRWA = "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
SNC = "Syrian National Coalition"
MPS = "Malawi Police Service"
MWANZA_PS = "Mwanza Police Station"
ZOBUE_PS = "Zobue Police Station"
CHIKWAWA_PS = "Chikwawa Police Station"
IMM_MW = "Malawi Immigration Department"
LENGWE = "Lengwe National Park"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    AU_EC: (None, AU, None, [AU_EC, "Executive Council of the AU"]),
    OPCW: ("OPCW", None, None, [OPCW, "OPCW"]),
    NA_CI: (None, None, "CI", [NA_CI, "National Authority of Côte d’Ivoire"]),
    MOI_BH: (None, None, "BH", [MOI_BH, "Bahraini Interior Ministry"]),
    MOI_KW: (None, None, "KW", [MOI_KW, "Kuwaiti Interior Ministry"]),
    JSC: (None, None, None, [JSC, "Joint Security Committee"]),
    LCBC: ("LCBC", None, None, [LCBC, "LCBC"]),
    LAS: (None, None, None, [LAS, "Arab League"]),
    LAS_CFM: (None, LAS, None, [LAS_CFM, "Arab League Council of Foreign Ministers"]),
    UNRWA: ("UNRWA", None, None, [UNRWA, "United Nations Relief and Works Agency", "UNRWA"]),
    SNC: (None, None, "SY", [SNC, "National Coalition for Syrian Revolutionary and Opposition Forces"]),
    MPS: ("MPS", None, "MW", [MPS, "Malawi Police"]),
    MWANZA_PS: (None, MPS, "MW", [MWANZA_PS]),
    ZOBUE_PS: (None, None, "MZ", [ZOBUE_PS]),
    CHIKWAWA_PS: (None, MPS, "MW", [CHIKWAWA_PS]),
    IMM_MW: (None, None, "MW", [IMM_MW, "Department of Immigration of Malawi"]),
    LENGWE: (None, None, "MW", [LENGWE]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    AU: ("AU", None, None, [AU, "AU"]),
}

COUNTRY_NAMES = {
    "BF": ["Burkina Faso"], "BH": ["Bahrain", "Bahraini"], "CD": ["Democratic Republic of the Congo"],
    "CF": ["Central African Republic"], "CI": ["Côte d’Ivoire", "Côte d'Ivoire"], "CM": ["Cameroon", "Cameroonian"],
    "CV": ["Cape Verde"], "DZ": ["Algeria"], "EG": ["Egypt", "Egyptian"], "ET": ["Ethiopia"], "GH": ["Ghana"],
    "GM": ["Gambia", "the Gambia"], "IQ": ["Iraq", "Iraqi"], "KE": ["Kenya"], "KW": ["Kuwait", "Kuwaiti"],
    "LY": ["Libya", "Libyan"], "MW": ["Malawi"], "MZ": ["Mozambique", "Mozambican"], "NE": ["Niger", "Republic of Niger"],
    "NG": ["Nigeria", "Federal Republic of Nigeria"], "SA": ["Saudi Arabia", "Saudi Arabian"], "SD": ["Sudan"],
    "SN": ["Senegal"], "ST": ["Sao Tome and Principe"], "TD": ["Chad", "Republic of Chad"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real52_01_fana_bc.txt", "real52_02_opcw.txt", "real52_03_kuna.txt",
                  "real52_04_asian_independent.txt")
D5, D6, D7, D8 = ("real52_05_lcbc.txt", "real52_06_daily_news_egypt.txt", "real52_07_nyasa_times.txt",
                  "real52_08_radio_islam.txt")

DEMEKE = P("Demeke Mekonnen", ["Demeke Mekonnen", "Demeke"], "Deputy Prime Minister and Foreign Minister", "ET")
MBELLA = P("Lejeune Mbella", ["Lejeune Mbella", "Mbella"], "Foreign Minister", "CM")
SHAMMARI = "Abdul Amir Al-Shammari"
SHOUKRY = "Sameh Shoukry"
KRAEHENBUEHL = "Pierre Krähenbühl"
BUHARI = "Muhammadu Buhari"
OPCW_STATES = ["DZ", "BF", "CM", "CV", "TD", "CD", "GM", "GH", "CI", "NE", "NG", "ST", "SN", "SD"]
NOTE_06 = ("No stamp or date in the text; the address '/2014/09/08/' gives the day of the page, and its weekdays "
           "are counted from it (Monday = 8, Sunday = 7 September 2014): date_source url, inferred. No venue city "
           "is named for the meetings ('Cairo' appears only for a planned conference); Egypt is the host country "
           "(its minister hosts, 'the ministry headquarters', the Arab League headquarters of the page), city null. ")
NOTE_08 = ("No stamp, dateline or date anywhere (the address has none either): date null. ")

MEETINGS = [
    # ---------------------------------------------------------------- real52_01 FBC (Fana) 2023
    M(D1, "this afternoon held a bilateral discussion with Cameroonian", "meeting",
      "2023-07-12", inferred=True, city="Nairobi", country="KE",
      persons=[DEMEKE, MBELLA],
      countries=["ET", "CM"], organizers=["ET"],
      notes="Dateline 'Addis Ababa, July 12, 2023 (FBC) –' with 'this afternoon' -> 12 July 2023 (inferred: relative "
            "day against the dateline). The dateline city is NOT the venue: the talks were 'at the Ethiopian Embassy "
            "in Kenya' and both ministers 'are in Nairobi' -> Nairobi, KE. The embassy is encoded as its country and, "
            "being the venue, makes Ethiopia the host (seeds: 'premises of X' -> X hosts; borderline). 'During the "
            "meeting', 'agreed', 'Demeke said' and 'briefed the FM' are the same talks. 'the FM' is generic. The "
            "agreement to 'resume political consultations' has no date (no line)."),
    M(D1, "upcoming 43rd Ordinary Session of the Executive Council", "council_session",
      "2023-07-13", "2023-07-14", city="Nairobi", country="KE",
      persons=[DEMEKE, MBELLA],
      orgs=[O(AU_EC, ["Executive Council of the African Union"])],
      countries=["ET", "CM"], status="planned",
      notes="Planned: 'the upcoming 43rd Ordinary Session ... (13-14 July 2023)' after the 12 July dateline; the two "
            "ministers 'are in Nairobi to take part' -> they and their states are its named participants, the venue "
            "Nairobi. A session of a standing council of a regional body -> council_session. No organiser is stated."),
    # ---------------------------------------------------------------- real52_02 OPCW 2016
    M(D2, "at an OPCW training course held in Abidjan", "training",
      "2016-05-24", "2016-05-27", city="Abidjan", country="CI",
      persons=[P("Nanga Yesse Zinzerdorf", ["Nanga Yesse Zinzerdorf"], "Head of the National Authority of Côte d’Ivoire",
                 NA_CI)],
      orgs=[O(OPCW, ["OPCW"]), O(NA_CI, ["National Authority of Côte d’Ivoire"])],
      countries=OPCW_STATES, organizers=[OPCW, NA_CI],
      notes="No stamp; full range 'from 24 to 27 May 2016' in the sentence (not inferred). 'the course', 'The "
            "training' and the closing paragraph are the same course. 'Organised by the OPCW in cooperation with the "
            "National Authority of Côte d’Ivoire' -> both organisers; the canonical name of the national body adds what "
            "it is the authority for (the CWC, named in the first sentence). The European Union only funded it "
            "(funder, not a participant: seeds). '34 participants from 14 OPCW Member States, including' is followed "
            "by exactly fourteen names -> all fourteen are delegations (CI among them). The speaker is quoted as "
            "'said Mr. ...' (no rank). 'Customs officers' are generic."),
    # ---------------------------------------------------------------- real52_03 KUNA 2024
    M(D3, "Tuesday, discussed with Iraqi Minister of Interior Abdul Amir", "meeting",
      "2024-06-11", inferred=True, date_source="outside", city="Baghdad", country="IQ",
      persons=[P("Tariq Al-Faraj", ["Tariq Al-Faraj", "Al-Faraj"], "Kuwaiti Ambassador to Iraq", "KW"),
               P(SHAMMARI, ["Abdul Amir Al-Shammari"], "Minister of Interior", "IQ")],
      countries=["KW", "IQ"],
      notes="Dateline 'BAGHDAD, June 11 (KUNA) --' and 'Tuesday' with no year anywhere (text or address): 11 June "
            "2024 is a Tuesday and fits the minister's term (from late 2022) -> year from world knowledge, "
            "date_source outside, inferred. The headline (printed twice) says 'in Baghdad'. The ambassador's "
            "'statement to KUNA' and 'The two side discussed' are the same talks. 'Kuwaiti Ambassador to Iraq' is a "
            "role, not a rank before the name. The ministry is named only through the title (affiliation = state). "
            "No host is stated. '(end) ahh.seo' is the agency's editor code."),
    M(D3, "the waited visit of the Iraqi Minister to Kuwait next July", "visit",
      "2024-07", inferred=True, date_source="outside", city=None, country="KW",
      persons=[P(SHAMMARI, ["Iraqi Minister"], "Minister of Interior", "IQ")],
      countries=["IQ", "KW"], status="planned",
      notes="Planned: the minister's 'soon visit to Kuwait' and 'the waited visit ... to Kuwait next July' are one "
            "planned visit; 'next July' after the June dateline -> July of the same (world-knowledge) year, "
            "date_source outside. Country KW, no city. 'the Iraqi Minister' is taken as the minister of the "
            "talks. Kuwait as receiving state is a participant; no organiser is stated."),
    # ---------------------------------------------------------------- real52_04 The Asian Independent (Xinhua)
    M(D4, "The discussion was held on Tuesday between Bahraini Interior", "meeting",
      None, city="Manama", country="BH",
      persons=[P("Rashid bin Abdullah Al Khalifa", ["Rashid bin Abdullah Al Khalifa"], "Interior Minister", "BH",
                 "Shaikh"),
               P("Anwar Al-Barjas", ["Anwar Al-Barjas"], "Undersecretary", MOI_KW)],
      orgs=[O(MOI_KW, ["Kuwaiti Interior Ministry"])],
      countries=["BH", "KW"], organizers=["BH"],
      notes="No stamp, date or year anywhere; 'on Tuesday' has nothing to count from -> date null. Dateline "
            "'Manama, (Asian independent)' with the guest 'on a visit to Bahrain' -> Manama (dateline city implied "
            "as venue; borderline). The lead's 'have discussed' and 'The discussion was held' are one line. 'He "
            "briefed his Kuwaiti guest' -> the Bahraini side hosts; the minister's ministry is named only as 'his "
            "Ministry' -> organiser BH, his affiliation BH. The undersecretary's ministry is named ('Kuwaiti Interior "
            "Ministry’s Undersecretary'). 'Shaikh' kept as rank. Xinhua and 'media' are sources."),
    M(D4, "to attend the first meeting of the Joint Security Committee", "working_group",
      None, city="Manama", country="BH",
      persons=[P("Anwar Al-Barjas", ["Anwar Al-Barjas"], "Undersecretary", MOI_KW)],
      orgs=[O(JSC, ["Joint Security Committee"]), O(MOI_KW, ["Kuwaiti Interior Ministry"]), O(MOI_BH, [])],
      countries=["BH", "KW"], organizers=[MOI_BH, MOI_KW],
      notes="The committee's first meeting is its own gathering (the purpose of the visit), not the minister's "
            "talks: own line, borderline (a reader may fold it into the talks). No date (null), same visit -> same "
            "venue reasoning as the talks. A session of a standing bilateral committee -> working_group. 'held by the "
            "Interior ministries of the two countries' -> both ministries organise; the Bahraini ministry has no "
            "mention of its own (empty mentions). The undersecretary came 'to attend' it."),
    # ---------------------------------------------------------------- real52_05 Lake Chad Basin Commission 2022
    M(D5, "took place on November 29, 2022, in Abuja", "conference",
      "2022-11-29", city="Abuja", country="NG",
      persons=[P(BUHARI, ["MUHAMMADU BUHARI"],
                 "President of the Federal Republic of Nigeria and Chairman of the Summit of Heads of State and "
                 "Government of the LCBC", "NG", "H.E."),
               P("Faustin Archange Touadera", ["FAUSTIN ARCHANGE TOUADERA"], "President of the Central African Republic",
                 "CF", "H.E. Prof."),
               P("Mohamed Bazoum", ["MOHAMED BAZOUM"], "President of the Republic of Niger", "NE", "H.E."),
               P("Mahamat Idriss Deby Itno", ["MAHAMAT IDRISS DEBY ITNO"], "President of the Transition of the Republic "
                 "of Chad", "TD", "H.E."),
               P("Mohamed Younis Menfi", ["MOHAMED YOUNIS MENFI"], "President of the Libyan Presidential Council", "LY",
                 "H.E."),
               P("Joseph Beti Assomo", ["JOSEPH BETI ASSOMO"], "Minister Delegate at the Presidency in charge of Defense",
                 "CM")],
      orgs=[O(LCBC, ["Lake Chad Basin Commission", "LCBC"])],
      countries=["NG", "CF", "NE", "TD", "LY", "CM"], organizers=["NG"], chairs=[BUHARI],
      notes="No stamp; full date in the sentence (not inferred); the title's 'Abuja 2022' and 'The meeting' are the "
            "same summit -> conference (a summit). Venue 'in Abuja, at the Conference Hall of the Presidential "
            "Villa' -> the host state's premises make Nigeria the host (seeds; borderline). 'under the Chairmanship "
            "of H.E. MUHAMMADU BUHARI' -> chair. Names in capitals are normalised to title case (seeds), the "
            "capitals kept as mentions. 'H.E.' is a rank; 'H.E. Prof.' kept together; 'Mr.' is not a rank. The "
            "Cameroonian minister attends 'Representing H.E. PAUL BIYA': Biya himself is not a participant, "
            "Cameroon is. 'Special guests', 'ambassadors accredited to Nigeria', 'Representatives of International "
            "and Sub-Regional Organizations' and 'LCBC Development Partners' are generic."),
    # ---------------------------------------------------------------- real52_06 Daily News Egypt 2014
    M(D6, "Shoukry hosted Saudi Arabian Foreign Minister Saud Al-Faisal", "meeting",
      "2014-09-08", inferred=True, date_source="url", city=None, country="EG",
      persons=[P(SHOUKRY, ["Shoukry"], None, "EG"),
               P("Saud Al-Faisal", ["Saud Al-Faisal"], "Saudi Arabian Foreign Minister", "SA"),
               P("Khalid bin Ahmed bin Mohamed Al-Khalifa", ["Khalid bin Ahmed bin Mohamed Al-Khalifa"],
                 "Bahraini Foreign Minister", "BH")],
      countries=["EG", "SA", "BH"], organizers=["EG"],
      notes=NOTE_06 + "'hosted ... on Monday morning' two foreign ministers together -> one meeting; the host's state "
            "organises (his ministry is named only as a source). Shoukry's role is only 'their Egyptian "
            "counterpart' (role left empty; the lead's full name is in the summary sentence, see below)."),
    M(D6, "also met with Shoukry at the ministry headquarters on Monday", "meeting",
      "2014-09-08", inferred=True, date_source="url", city=None, country="EG",
      persons=[P(KRAEHENBUEHL, ["Pierre Krähenbühl", "Krähenbühl"], "Commissioner General", UNRWA),
               P(SHOUKRY, ["Shoukry"], None, "EG")],
      orgs=[O(UNRWA, ["United Nations Relief and Works Agency (UNRWA)"])],
      countries=["EG"], organizers=["EG"],
      notes=NOTE_06 + "'at the ministry headquarters' -> the Egyptian ministry's premises, host Egypt. The Gaza "
            "reconstruction conference 'in Cairo' is only being prepared, with no date (no line)."),
    M(D6, "delivered a speech to the Arab foreign ministers at the", "council_session",
      "2014-09-07", inferred=True, date_source="url", city=None, country="EG",
      persons=[P(KRAEHENBUEHL, ["Krähenbühl"], "Commissioner General", UNRWA)],
      orgs=[O(LAS_CFM, ["Arab League Council of Foreign Ministers"]), O(LAS, ["Arab League"]), O(UNRWA, [])],
      notes=NOTE_06 + "The Arab foreign ministers' meeting 'at the headquarters of the Arab League on Sunday' where the "
            "UNRWA chief spoke is the same as 'the Arab League Council of Foreign Ministers meeting on Sunday' of the "
            "next paragraph -> one line, council_session. Participants named: the speaker (and his agency) and the "
            "League's council; 'the Arab foreign ministers' are generic (no countries). The Secretary General's 'call "
            "for unity' is not said to be made there (not a person of the line, borderline). 'Discussions ... are "
            "expected to continue' has no date."),
    M(D6, "Shoukry met with President of the Syrian National Coalition", "meeting",
      "2014-09-07", inferred=True, date_source="url", city=None, country="EG",
      persons=[P(SHOUKRY, ["Shoukry"], None, "EG"),
               P("Hadi Al-Bahra", ["Hadi Al-Bahra"], "President of the Syrian National Coalition", SNC)],
      orgs=[O(SNC, ["Syrian National Coalition"])],
      countries=["EG"],
      notes=NOTE_06 + "'On the sidelines of the ... meeting on Sunday' -> its own bilateral line. The coalition is "
            "an organisation (not a state). No host is stated. Al-Sisi's remark 'at the end of August' is a "
            "statement, not a gathering. The lead ('Ministers from the 22 Arab League member states have conducted "
            "meetings with ... Shoukry and President Abdel Fattah Al-Sisi') summarises the page's meetings: no line "
            "of its own (the meetings with the President are not dated or described; hard case in NOTES)."),
    # ---------------------------------------------------------------- real52_07 Nyasa Times 2022
    M(D7, "on Friday shared notes on how best they could tighten", "meeting",
      "2022-06-24", inferred=True, city="Mwanza", country="MW",
      persons=[P("Gracia de Jesus", ["Gracia de Jesus"], "Commander for Zobue Police Station", ZOBUE_PS),
               P("Kelvin Maigwa", ["Kelvin Maigwa", "Maigwa"], "Officer in Charge for Mwanza Police Station",
                 MWANZA_PS)],
      orgs=[O(MWANZA_PS, ["Mwanza Police Station"]), O(ZOBUE_PS, ["Zobue Police Station"])],
      countries=["MW", "MZ"], organizers=[MWANZA_PS],
      notes="Stamp ' date 2022-06-26' (a Sunday) and 'on Friday' -> 24 June 2022 (inferred). 'The meeting took place "
            "at Mwanza Police Station' -> city Mwanza (the station's town), MW; the station is the venue and host "
            "(seeds: premises -> host). The introduction of the new commander, the visit 'by the Zobue police staff' "
            "and the agreements are the same gathering; 'Her coming today' is a quote, not another day. The "
            "commander is 'She' / 'she said' (her title also as 'the Zobue Police Station Commandant': generic "
            "mention, not listed). The public relations officer is only a source ('According to'), not a "
            "participant (borderline). Planned joint patrols have no date."),
    # ---------------------------------------------------------------- real52_08 Radio Islam Malawi
    M(D8, "In Chikwawa the meeting drew together participants from Malawi", "meeting",
      None, city="Chikwawa", country="MW",
      persons=[P("Dave Chingwalu", ["Dave Chingwalu", "Chingwalu"], "Chikwawa Police Station Officer in-Charge",
                 CHIKWAWA_PS, "Assistant Commissioner"),
               P("Arindo Domingos Deves", ["Arindo Domingos Deves", "Deves"],
                 "Head of Police in the districts of Doa, Zobwe and Villa in Mozambique", "MZ", "Commandant")],
      orgs=[O(IMM_MW, ["Malawi Immigration Department"]), O(LENGWE, ["Lengwe National Park"]),
            O(CHIKWAWA_PS, ["Chikwawa Police Station"])],
      countries=["MW", "MZ"],
      notes=NOTE_08 + "'The meetings were held in Chikwawa, Ntcheu and Angonia districts' lists the places; the "
            "page then reports two gatherings: one in Chikwawa (this line) and 'a similar meeting in Angonia "
            "District in Mozambique on the same day', of which the Ntcheu police officer speaks (Ntcheu, Malawi, "
            "faces Angonia) -> two lines, not three (hard case). Chikwawa is a district and its town: city "
            "Chikwawa. The Mozambican commandant speaks of Lengwe National Park (in Chikwawa) -> he is of this "
            "meeting. Participants from Doa District are Mozambican (MZ, no body named). No organiser is stated."),
    M(D8, "There was also a similar meeting in Angonia District in Mozambique", "meeting",
      None, city="Angonia", country="MZ",
      orgs=[O(MPS, ["Malawi Police"])],
      countries=["MW", "MZ"], organizers=["MZ"],
      notes=NOTE_08 + "'on the same day' as the undated Chikwawa meeting -> still null. 'involving Malawi Police and "
            "their Mozambican counterparts' -> the Malawi Police Service (the lead's 'Malawi Police' is the same "
            "body) and Mozambique. 'took place following an invitation from Mozambique' -> Mozambique hosts "
            "(organiser MZ, borderline). The Ntcheu public relations officer only reports on it ('said the meeting "
            "took place'): not a participant (borderline). Angonia is a district: kept as the text's place name."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"Iraqi Minister"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
