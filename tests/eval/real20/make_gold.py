"""Write gold.jsonl and entities.json of the set of real news pages real20 (Africa and the Middle
East / Gulf) from the tables below.

Run from anywhere: ``python tests/eval/real20/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published pages (an African Union Commission release on a Nigerian news site, a Namibian digest of
an Angolan agency report, a South African foreign-ministry media statement, a Ghanaian news site,
the Namibia Economist, the Libyan site Alwasat, a Saudi Press Agency dispatch on a Saudi portal, a
Kuwait News Agency dispatch on MENAFN), copied verbatim from the stored excerpts; their addresses
are in SOURCES.md, and what was cut is in NOTES.md. The people are real people named in those
pages. This gold was written by hand without running the extractor and without reading extract/
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

AU = "African Union"
AUC = "African Union Commission"
AFRIPOL = "African Union Mechanism for Police Cooperation"
SARPCCO = "Southern African Regional Police Chiefs Cooperation Organization"
EAPCCO = "Eastern Africa Police Chiefs Cooperation Organization"
ASEANAPOL = "ASEAN Chiefs of National Police"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
INTERPOL = "International Criminal Police Organization"
ACSRT = "African Centre for the Study and Research on Terrorism"
SADC = "Southern African Development Community"
MCO = "SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation"
ISDSC = "SADC Inter-State Defence and Security Committee"
ISPDC = "SADC Inter-State Politics and Diplomacy Committee"
MOD_AO = "Ministry of Defence and Veterans of the Homeland of Angola"
MFA_AO = "Ministry of Foreign Affairs of Angola"
WCO = "World Customs Organization"
ROCB_ESA = "WCO Regional Office for Capacity Building for the East and Southern Africa region"
RSG_ESA = "WCO East and Southern Africa Regional Steering Group"
MC_ESA = "WCO East and Southern Africa Management Committee"
ITC = "International Trade Centre"
UN = "United Nations"
WTO = "World Trade Organization"
GCC = "Gulf Cooperation Council"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    AUC: ("AUC", AU, None, ["African Union Commission", "African Union (AU) Commission", "AU Commission"]),
    AFRIPOL: ("AFRIPOL", AU, None, ["African Union Mechanism for Police Cooperation", "AFRIPOL"]),
    SARPCCO: ("SARPCCO", None, None, ["Southern African Regional Police Chiefs Cooperation Organization", "SARPCCO"]),
    EAPCCO: ("EAPCCO", None, None, ["Eastern Africa Police Chiefs Cooperation Organization",
                                    "East African Police Chiefs Cooperation Organization", "EAPCCO"]),
    ASEANAPOL: ("ASEANAPOL", None, None, ["ASEAN Chiefs of National Police", "ASEAN Chiefs of Police", "ASEANAPOL"]),
    EUROPOL: ("EUROPOL", None, None, ["European Union Agency for Law Enforcement Cooperation",
                                      "European Union's law enforcement agency", "EUROPOL", "Europol"]),
    INTERPOL: ("INTERPOL", None, None, ["International Criminal Police Organization", "INTERPOL", "Interpol"]),
    ACSRT: ("ACSRT", AU, None, ["African Centre for the Study and Research on Terrorism",
                                "African Center for the Study and Research on Terrorism", "ACSRT"]),
    SADC: ("SADC", None, None, ["Southern African Development Community", "SADC"]),
    MCO: ("MCO", SADC, None, ["SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation",
                              "Ministerial Committee of the Organ on Politics, Defence, Security and Cooperation",
                              "Ministerial Committee of the SADC Organ",
                              "SADC Ministerial Committee of the Organ on Politics, Defence and Security", "MCO"]),
    ISDSC: ("ISDSC", SADC, None, ["SADC Inter-State Defence and Security Committee",
                                  "Inter-State Politics, Defence and Security Committee", "ISDSC"]),
    ISPDC: ("ISPDC", SADC, None, ["SADC Inter-State Politics and Diplomacy Committee",
                                  "Inter-State Politics and Diplomacy Committee", "ISPDC"]),
    MOD_AO: (None, None, "AO", ["Ministry of Defence and Veterans of the Homeland of Angola",
                                "Ministry of Defence and Veterans of the Homeland"]),
    MFA_AO: (None, None, "AO", ["Ministry of Foreign Affairs of Angola"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO"]),
    ROCB_ESA: ("ROCB", WCO, None, [ROCB_ESA, "World Customs Organization East and Southern Africa (WCO ESA) Regional "
                                             "Office for Capacity Building (ROCB)", "ROCB"]),
    RSG_ESA: ("RSG", WCO, None, [RSG_ESA, "Regional Steering Group (RSG)", "Regional Steering Group", "RSG"]),
    MC_ESA: (None, WCO, None, [MC_ESA, "ESA management committee"]),
    ITC: ("ITC", None, None, ["International Trade Centre"]),
    UN: ("UN", None, None, ["United Nations", "UN"]),
    WTO: ("WTO", None, None, ["World Trade Organization", "World Trade Organisation"]),
    GCC: ("GCC", None, None, ["Gulf Cooperation Council", "Gulf Cooperation Council (GCC)", "GCC"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    AU: ("AU", None, None, ["African Union", "AU"]),
}

COUNTRY_NAMES = {
    "AE": ["United Arab Emirates", "UAE"], "AO": ["Angola", "Republic of Angola", "Angolan"],
    "BH": ["Bahrain", "Bahraini"], "BW": ["Botswana"], "DZ": ["Algeria", "Algerian"], "GH": ["Ghana"],
    "KE": ["Kenya"], "KM": ["Comoros"], "KW": ["Kuwait", "Kuwaiti"], "LS": ["Lesotho"], "LY": ["Libya"],
    "MG": ["Madagascar"], "MU": ["Mauritius"], "NA": ["Namibia", "Republic of Namibia", "Namibian"],
    "OM": ["Oman", "Omani"], "QA": ["Qatar", "Qatari"], "RW": ["Rwanda"], "SA": ["Saudi Arabia", "Saudi"],
    "SL": ["Sierra Leone"], "TZ": ["Tanzania"], "UG": ["Uganda"], "ZA": ["South Africa", "Republic of South Africa"],
    "ZM": ["Zambia"], "ZW": ["Zimbabwe"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real20_01_nigerian_voice.txt", "real20_02_namibia_news_digest.txt", "real20_03_dirco.txt",
                  "real20_04_adomonline.txt")
D5, D6, D7, D8 = ("real20_05_namibia_economist.txt", "real20_06_alwasat.txt", "real20_07_spa_ksaplayers.txt",
                  "real20_08_menafn_kuna.txt")

RASHID = "Rashid bin Abdullah Al Khalifa"
ESA14 = ["AO", "BW", "KM", "KE", "LS", "MG", "MU", "NA", "RW", "ZA", "TZ", "UG", "ZM", "ZW"]

MEETINGS = [
    # ---------------------------------------------------------------- real20_01 The Nigerian Voice (AUC release) 2016
    M(D1, "held in Algiers, Algeria, on 27-28 April 2016, the consultative", "meeting",
      "2016-04-27", "2016-04-28", city="Algiers", country="DZ",
      persons=[P("Abdelghani Hamel", ["Major General Abdelghani HAMEL"],
                 "General Director of National Security of Algeria", "DZ", "Major General"),
               P("Tarek A. Sharif", ["Dr. Tarek A. SHARIF"],
                 "Head, Defence and Security Division in the Peace and Security Department of the AU Commission", AUC)],
      orgs=[O(AUC, ["African Union (AU) Commission", "AU Commission"]),
            O(AFRIPOL, ["African Union Mechanism for Police Cooperation (AFRIPOL)", "AFRIPOL"]),
            O(SARPCCO, ["Southern African Regional Police Chiefs Cooperation Organization (SARPCCO)"]),
            O(EAPCCO, ["East African Police Chiefs Cooperation Organization (EAPCCO)"]),
            O(ASEANAPOL, ["ASEAN Chiefs of Police (ASEANAPOL)"]),
            O(EUROPOL, ["European Union's law enforcement agency (EUROPOL)"]),
            O(INTERPOL, ["International Criminal Police Organization (INTERPOL)"]),
            O(ACSRT, ["African Center for the Study and Research on Terrorism (ACSRT)"])],
      countries=["DZ"], organizers=[AUC],
      notes="'The African Union (AU) Commission held in Algiers ... on 27-28 April 2016, the consultative meeting': "
            "AUC organiser, the headline repeats the meeting (one line). A consultative meeting: meeting. Participants "
            "are bodies (SARPCCO's chairperson and EAPCCO's representative are unnamed). AFRIPOL, the subject, is "
            "listed because the meeting was 'an opportunity for AFRIPOL to learn' and its Secretariat's host took "
            "part (borderline). 'Algeria participated as host of the AFRIPOL Secretariat' -> DZ. 'His Excellency' "
            "and 'Major General' before Hamel: the military rank is kept; all-caps surnames normalised; 'Dr.' is no "
            "rank. The planned 'full operationalization of AFRIPOL in 2017' is no meeting. The closing-remarks "
            "sentence was broken in the excerpt and cut."),
    # ---------------------------------------------------------------- real20_02 Namibia News Digest (ANGOP) 2022
    M(D2, "held an extraordinary meeting Wednesday, in the Republic of Namibia", "council_session",
      "2022-11-30", inferred=True, city=None, country="NA",
      persons=[P("Esmeralda Mendonça", ["Esmeralda Mendonça"], "secretary of State for Foreign Affairs", "AO"),
               P("José Maria de Lima", ["José Maria de Lima"], "secretary of State for National Defence Policy", "AO"),
               P("Jovelina Imperial", ["Jovelina Imperial"], "the country’s ambassador to Namibia", "AO"),
               P("Netumbo Nandi-Ndaitwah", ["Netumbo Nandi-Ndaitwah"],
                 "Namibian deputy prime minister and minister of International Relations and Cooperation", "NA")],
      orgs=[O(MCO, ["Ministerial Committee of the Organ on Politics, Defence, Security and Cooperation",
                    "Ministerial Committee of the SADC Organ"]),
            O(SADC, ["Southern African Development Community (SADC)", "SADC"]),
            O(MOD_AO, ["Ministry of Defence and Veterans of the Homeland"]),
            O(MFA_AO, ["Ministry of Foreign Affairs"])],
      countries=["AO", "NA"], chairs=["Netumbo Nandi-Ndaitwah"],
      notes="Store stamp 'date 2022-12-01' (a Thursday) and the dateline 'Luanda –' of the Angolan agency: "
            "'Wednesday' = 30 November 2022, date_inferred. The dateline is where ANGOP reports from, not the venue; "
            "the text gives only 'in the Republic of Namibia': city null, country NA. Session of the SADC "
            "ministerial committee: council_session (as real6 06 for a ministerial council of a regional body). "
            "She 'chaired' the opening session as chairperson of the committee -> chair, NA. The Angolan ministries' "
            "senior officials are in the delegation: listed. Lesotho (elections) and the DRC are only discussed. "
            "The sentence on the Executive Secretary's speech was broken and cut, so the acting director is not in "
            "the text."),
    # ---------------------------------------------------------------- real20_03 DIRCO media statement 2008
    M(D3, "met at the Inkosi Albert Luthuli Convention Centre in Durban", "council_session",
      "2008-07-18", "2008-07-19", city="Durban", country="ZA",
      persons=[P("João Bernardo de Miranda", ["Hon. Dr. João Bernardo de Miranda"],
                 "Minister of External Relations of the Republic of Angola", "AO", "Hon."),
               P("Tomaz A Salamáo", ["Dr. Tomaz A Salamáo"], "SADC Executive Secretary", SADC)],
      orgs=[O(MCO, ["SADC Ministerial Committee of the Organ on Politics, Defence and Security (MCO)", "MCO"]),
            O(SADC, ["SADC"])],
      countries=["AO"], chairs=["João Bernardo de Miranda"],
      notes="'from 18 – 19 July 2008' (line ends in a comma). The headline ('SADC Ministerial Meeting of the Organ') "
            "and 'The two day MCO meeting' are the same session: one line, council_session. 'All 14 SADC Member "
            "States attended' is not expanded (seeds: generic member groups); South Africa is the venue but is not "
            "said to host: not added (seeds 6). The Angolan chair -> AO. The Executive Secretary's surname is "
            "printed 'Salamáo' and kept as printed (no other spelling in the set). Mandela's 90th birthday is a "
            "tribute, he is no participant; the broken last sentence of the tribute was cut."),
    M(D3, "Defence and Security Committee (ISDSC) Meeting held in Luanda", "working_group",
      "2008-06-02", "2008-06-06", city="Luanda", country="AO",
      orgs=[O(ISDSC, ["Inter-State Politics, Defence and Security Committee (ISDSC)"])],
      notes="Earlier meeting whose report the MCO considered: 'from the 2 - 6 June, 2008' in Luanda. Session of a "
            "standing committee: working_group (seeds). The committee's name is printed 'Inter-State Politics, "
            "Defence and Security Committee' (kept as a mention). No participant named; Angola is the venue, not "
            "said to host: no country."),
    M(D3, "Diplomacy Committee (ISPDC) Meeting also held in Luanda", "working_group",
      "2008-06-23", city="Luanda", country="AO",
      orgs=[O(ISPDC, ["Inter-State Politics and Diplomacy Committee (ISPDC)"])],
      notes="'also held in Luanda, Angola on 23 June 2008'. As the ISDSC line."),
    M(D3, "preceded by a meeting of Senior Officials which took place", "meeting",
      "2008-07-16", "2008-07-18", fmt=None,
      notes="'from 16 – 18 July 2008'. The venue is not given for the senior officials' meeting (it 'preceded' the "
            "Durban session; not carried over): city, country and format null. No body or person named."),
    # ---------------------------------------------------------------- real20_04 Adom Online (Ghana) 2021
    M(D4, "has paid a courtesy call on the IGP, Dr George Akuffo Dampare", "meeting",
      "2021-10-12", city="Accra", country="GH",
      persons=[P("Ambrose Michael Sovula", ["Dr Ambrose Michael Sovula"],
                 "Inspector-General of Police (IGP) of Sierra Leone", "SL"),
               P("George Akuffo Dampare", ["Dr George Akuffo Dampare"], "IGP", "GH"),
               P("Christian Tetteh Yohuno", ["Christian Tetteh Yohuno"], "Director-General Administration", "GH", "COP"),
               P("Kofi Boakye", ["Kofi Boakye"], "Director-General Legal and Prosecution", "GH", "COP"),
               P("Paul Manly Awuni", ["Paul Manly Awuni"], "Director-General National Patrols Department", "GH", "COP"),
               P("Fred Adu Anim", ["Fred Adu Anim"], "Director-General Human Resource", "GH", "COP")],
      countries=["SL", "GH"], organizers=["GH"],
      notes="Store stamp 'date 2021-10-13'; the text gives the full date 'on Tuesday, October 12, 2021' (not "
            "inferred) and the venue 'the National Police Headquarters, Accra'. A courtesy call: meeting. Neither "
            "police service is named as a body (only 'the IGP', 'National Police Headquarters'): no organisation "
            "rows, affiliations are the states; the host (the call was paid on the Ghanaian IGP at his "
            "headquarters) is given as GH (borderline). 'COP/Mr' before the four directors: COP (Commissioner of "
            "Police) kept as rank, 'Mr' is none; the mention is the bare name. The proposed MOU is no meeting."),
    # ---------------------------------------------------------------- real20_05 Namibia Economist (no date)
    M(D5, "held their 39th Regional Steering Group (RSG) meeting at Swakopmund", "working_group",
      None, fmt="in_person", city="Swakopmund", country="NA",
      persons=[P("Chabeeraj Hurry", ["Chabeeraj Hurry", "Hurry"], "RSG Chair", "MU")],
      orgs=[O(ROCB_ESA, ["World Customs Organization East and Southern Africa (WCO ESA) Regional Office for "
                         "Capacity Building (ROCB)", "ROCB"]),
            O(RSG_ESA, ["Regional Steering Group (RSG)", "Regional Steering Group"]),
            O(ITC, ["International Trade Centre"]), O(UN, ["United Nations"]),
            O(WTO, ["World Trade Organisation"])],
      countries=ESA14, organizers=[ROCB_ESA], chairs=["Chabeeraj Hurry"],
      notes="No date anywhere on the page: 'on Monday' with no stamp, no dateline, no date in the address -> start "
            "null (the extractor must not invent one). Numbered session of a standing group: working_group, "
            "organised by the ROCB ('held their'). '15 member states' followed by fourteen names: the fourteen "
            "named are the countries (Mauritius also through the chair). The RSG Chair opened the meeting: chair "
            "(borderline: he chairs the group, the text does not say he chaired this session). Strategic partners "
            "ITC, UN and WTO attended. The 29th Governing Council is only referred to (its decisions)."),
    M(D5, "the ESA management committee which met in February in Antananarivo", "working_group",
      None, fmt="in_person", city="Antananarivo", country="MG",
      orgs=[O(MC_ESA, ["ESA management committee"])],
      notes="A past meeting with a month ('in February') but no year anywhere on the page: start null (a month "
            "without a year cannot be coded; borderline: a second reader may leave it out). City and country from "
            "'in Antananarivo, Madagascar'. No participant named."),
    # ---------------------------------------------------------------- real20_06 Alwasat (Libya) 2023
    M(D6, "during a meeting at the Government Palace in Algiers on Monday", "meeting",
      "2023-10-16", inferred=True, city="Algiers", country="DZ",
      persons=[P("Aymen Benabderrahmane", ["Aymen Benabderrahmane", "Benabderrahmane"], "Algerian Prime Minister", "DZ"),
               P("Imad Trabelsi", ["Imad Trabelsi", "Trabelsi"], "Government of National Unity Interior Minister", "LY"),
               P("Brahim Mourad", ["Brahim Mourad", "Mourad"], "Algerian Interior Minister", "DZ")],
      countries=["DZ", "LY"], organizers=["DZ"],
      notes="Header 'Alwasat - Cairo Tue 17 Oct 2023, 12:37 AM': 'on Monday' = 16 October 2023, date_inferred (the "
            "header's place is the outlet's office, not the venue). 'PM ... receives' (headline) -> host DZ "
            "(borderline). The Algerian interior minister is attached to this line: he speaks with Trabelsi about "
            "the same talks ('Mourad and Trabelsi highlighted ...'); the text does not report a separate meeting of "
            "the two (borderline; the cut last sentence had them visit a command centre together). The Government "
            "of National Unity is Libya's government: LY, no organisation row. Earlier meetings of the two 'on "
            "several occasions, especially during the meeting of Arab interior ministers' are undated background: "
            "no line. The Derna flooding and the drug-control agreements are no meetings."),
    # ---------------------------------------------------------------- real20_07 SPA on ksaplayers.com 2014
    M(D7, "Member States held here today an emergency meeting", "council_session",
      "2014-10-01", inferred=True, city="Jeddah", country="SA",
      persons=[P("Mohammed bin Naif bin Abdulaziz", ["Prince Mohammed bin Naif bin Abdulaziz"], "Minister of Interior",
                 "SA", "Prince"),
               P("Mohammed Al-Khalid Al-Sabah", ["Sheikh Mohammed Al-Khalid Al-Sabah"],
                 "Kuwaiti First Deputy Prime Minister and Interior Minister", "KW", "Sheikh"),
               P("Hmoud bin Faisal Al-Bosaidi", ["Hmoud bin Faisal Al-Bosaidi"], "Omani Interior Minister", "OM"),
               P(RASHID, ["Sheikh Rashid bin Abdullah Al Khalifa"], "Bahraini Interior Minister", "BH", "Sheikh"),
               P("Abdullah bin Nassir bin Khalifa Al Thani", ["Sheikh Abdullah bin Nassir bin Khalifa Al Thani"],
                 "Qatari Prime Minister and Interior Minister", "QA", "Sheikh"),
               P("Saif bin Zayed Al Nahyan", ["Sheikh Saif bin Zayed Al Nahyan"],
                 "UAE Prime Minister and Interior Minister", "AE", "Sheikh"),
               P("Khalid bin Bandar bin Abdulaziz", ["Prince Khalid bin Bandar bin Abdulaziz"],
                 "Chief of the General Intelligence", "SA", "Prince"),
               P("Abdulaziz bin Abdullah bin Abdulaziz", ["Prince Abdulaziz bin Abdullah bin Abdulaziz"],
                 "Deputy Minister of Foreign Affairs", "SA", "Prince"),
               P("Musaed bin Mohammed Al-Aiban", ["Dr. Musaed bin Mohammed Al-Aiban"],
                 "Minister of the State and Member of the Cabinet", "SA")],
      orgs=[O(GCC, ["Gulf Cooperation Council (GCC)", "GCC"])],
      countries=["SA", "KW", "OM", "BH", "QA", "AE"], chairs=["Mohammed bin Naif bin Abdulaziz"],
      notes="Dateline 'Jeddah, Dhu-AlHijjah 7, 1435, Oct 1, 2014, SPA --' (Hijri and Gregorian dates) and 'held "
            "here today': 1 October 2014, Jeddah, date_inferred. Emergency meeting of the GCC interior ministers: "
            "council_session (as real6 06). Six states through their ministers; the Saudi minister chaired (no host "
            "or organiser stated beyond 'here'). The GCC Assistant Secretary General for Security Affairs attended "
            "but is unnamed (GCC listed). 'Prince'/'Sheikh' kept as rank; the UAE minister's role is kept as printed. "
            "'Upon directives of the GCC leaders' and Yemen are context. The SPA trailer line ('--More 22:21 LOCAL "
            "TIME ...') is kept; the Arabic share label after it was cut."),
    # ---------------------------------------------------------------- real20_08 KUNA on MENAFN 2024
    M(D8, "Al-Khalifia discussed, Wednesday, ways to bolster cooperation", "meeting",
      "2024-10-09", inferred=True, city="Manama", country="BH",
      persons=[P("Fahad Yusuf Saud Al-Sabah", ["Fahad Yusuf Saud Al-Sabah", "Sheikh Fahad"],
                 "Kuwait's First Deputy Prime Minister, Minister of Defense, Minister of Interior", "KW", "Sheikh"),
               P(RASHID, ["Sheikh Rashed bin Abdullah Al-Khalifia"], "Bahraini Interior Minister", "BH", "Sheikh")],
      countries=["KW", "BH"], organizers=["BH"],
      notes="Stamp '10/9/2024 6:04:58 AM' (US order: 9 October 2024), dateline 'MANAMA, Oct 9 (KUNA)' and "
            "'discussed, Wednesday' (9 October 2024 is a Wednesday): date_inferred (year from the stamp). The "
            "official visit has no dates of its own: it frames the meeting and gets no line; the reception on "
            "arrival ('Bahrain's Interior Minister and other senior officials received him') is part of the line "
            "and makes Bahrain the host (BH, borderline). The Bahraini minister is the same person as 'Sheikh Rashid "
            "bin Abdullah Al Khalifa' of doc 07: one canonical name, the misspelt form 'Al-Khalifia' as mention. "
            "'sheikh' in lower case before the Kuwaiti minister's name."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
