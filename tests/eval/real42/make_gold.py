"""Write gold.jsonl and entities.json of the set of real news pages real42 (the Americas) from the tables below.

Run from anywhere: ``python tests/eval/real42/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are real
published news pages (a CARICOM heads-of-government communique in a feed mirror, an OAS Permanent
Council session convening three meetings, a Guyanese foreign minister's virtual meeting with his heads
of mission, a Belizean foreign minister's round of bilateral meetings, a Trinidad and Tobago security
meeting with US law-enforcement experts, an Ameripol summit in Panama City, a Colombia-Ecuador
binational cabinet, the summary of an OAS Committee on Hemispheric Security meeting with AMERIPOL),
copied verbatim from the stored excerpt of each page (addresses in SOURCES.md; cuts listed in
NOTES.md); the people in them are real. The gold was written by hand without running the extractor
and without reading extract/ (issue 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from devsets import GoldSet, make_org, write_gold  # noqa: E402
from devsets import meeting as M  # noqa: E402
from devsets import person as P  # noqa: E402

CARICOM = "Caribbean Community"
CHG = "Conference of Heads of Government of the Caribbean Community"
OAS = "Organization of American States"
OAS_PC = "Permanent Council of the Organization of American States"
CSH = "Committee on Hemispheric Security of the Permanent Council of the Organization of American States"
CIFTA = ("Inter-American Convention Against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, "
         "Explosives and Other Related Materials")
CIFTA_GE = ("OAS Group of Experts to Prepare Model Legislation in the Areas to Which the Inter-American Convention "
            "Against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives and Other "
            "Related Materials (CIFTA) Refers")
CIFTA_CC = "Consultative Committee of the CIFTA"
MFA_GY = "Ministry of Foreign Affairs and International Cooperation of Guyana"
MNS_TT = "Ministry of National Security of Trinidad and Tobago"
TTPS = "Trinidad and Tobago Police Service"
AMERIPOL = "Police Community of the Americas"
AMERIPOL_ES = "Executive Secretariat of AMERIPOL"
UDEPP = "Pan American Police Sport Union"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CARICOM: ("CARICOM", None, None, [CARICOM, "CARICOM", "Caribbean Community (CARICOM)"]),
    CHG: (None, CARICOM, None, [CHG, "Conference of CARICOM Heads of Government"]),
    OAS: ("OAS", None, None, [OAS, "OAS", "O.A.S."]),
    OAS_PC: (None, OAS, None, [OAS_PC, "OAS Permanent Council", "Permanent Council of the OAS", "Permanent Council"]),
    CSH: ("CSH", OAS_PC, None, [CSH, "Committee on Hemispheric Security", "CSH"]),
    CIFTA_GE: (None, OAS, None, [CIFTA_GE, "OAS Group of Experts"]),
    CIFTA_CC: (None, CIFTA, None, [CIFTA_CC, "Consultative Committee of the CIFTA"]),
    MFA_GY: (None, None, "GY", [MFA_GY, "Ministry of Foreign Affairs and International Cooperation"]),
    MNS_TT: (None, None, "TT", [MNS_TT, "National Security Ministry", "Ministry of National Security"]),
    TTPS: ("TTPS", None, "TT", [TTPS, "TTPS"]),
    AMERIPOL: ("AMERIPOL", None, None, [AMERIPOL, "AMERIPOL", "Ameripol", "American Police Community",
                                        "The Police Community and cooperation of the Americas"]),
    AMERIPOL_ES: (None, AMERIPOL, None, [AMERIPOL_ES]),
    UDEPP: ("UDEPP", None, None, [UDEPP, "UDEPP"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    CIFTA: ("CIFTA", None, None, [CIFTA, "CIFTA"]),
}

COUNTRY_NAMES = {
    "AG": ["Antigua and Barbuda"], "AR": ["Argentina"], "BB": ["Barbados", "Republic of Barbados"],
    "BO": ["Bolivia"], "BR": ["Brazil"], "BS": ["Bahamas", "The Bahamas", "Commonwealth of The Bahamas"],
    "BZ": ["Belize"], "CA": ["Canada"], "CL": ["Chile"], "CO": ["Colombia", "Colombian"], "CR": ["Costa Rica"],
    "DO": ["Dominican Republic"], "EC": ["Ecuador", "Ecuadorian"], "GT": ["Guatemala", "Republic of Guatemala"],
    "GY": ["Guyana", "Cooperative Republic of Guyana"], "HN": ["Honduras"], "HT": ["Haiti"], "JM": ["Jamaica"],
    "KN": ["St Kitts and Nevis", "Federation of St Kitts and Nevis"], "MX": ["Mexico"], "NI": ["Nicaragua"],
    "PA": ["Panama"], "PE": ["Peru"], "PY": ["Paraguay"], "SV": ["El Salvador"],
    "TT": ["Trinidad and Tobago"], "TW": ["Taiwan", "Republic of China (Taiwan)"],
    "US": ["United States", "US"], "UY": ["Uruguay"],
    "VC": ["St Vincent and the Grenadines", "Saint Vincent and the Grenadines"], "VE": ["Venezuela"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real42_01_global_treatment_access.txt", "real42_02_bahamas_weekly.txt", "real42_03_inews_guyana.txt",
                  "real42_04_channel5_belize.txt")
D5, D6, D7, D8 = ("real42_05_blackfacts_newsday.txt", "real42_06_international_police_sports.txt", "real42_07_nsnbc.txt",
                  "real42_08_docsbay_oas.txt")

HOLNESS = "Andrew Holness"
VERGES = "Pedro Vergés"
COURTENAY = "Eamon Courtenay"
COURT = ["Eamon Courtenay", "Minister Courtenay"]
SANTOS = "Juan Manuel Santos"
MORENO = "Lenin Moreno"
WASH = dict(city="Washington", country="US", aliases=["Washington, D.C.", "Washington D.C."])

MEETINGS = [
    # ---------------------------------------------------------------- real42_01 CARICOM communique (feed mirror) 2025
    M(D1, "The Forty-Ninth Regular Meeting of the Conference of Heads", "conference",
      "2025-07-06", "2025-07-08", inferred=True, city="Montego Bay", country="JM",
      persons=[P(HOLNESS, ["Dr the Most Honourable Andrew Holness"], "Prime Minister of Jamaica", "JM",
                 "Dr the Most Honourable"),
               P("Gaston Browne", ["Honourable Gaston Browne"], "Prime Minister of Antigua and Barbuda", "AG", "Honourable"),
               P("Philip Davis", ["Honourable Philip Davis"], "Prime Minister of the Commonwealth of The Bahamas", "BS",
                 "Honourable"),
               P("Mia Amor Mottley", ["Honourable Mia Amor Mottley"], "Prime Minister of the Republic of Barbados", "BB",
                 "Honourable"),
               P("John Briceño", ["Honourable John Briceño"], "Prime Minister of Belize", "BZ", "Honourable"),
               P("Mohamed Irfaan Ali", ["His Excellency Dr Mohamed Irfaan Ali"],
                 "President of the Cooperative Republic of Guyana", "GY", "His Excellency"),
               P("Laurent Saint-Cyr", ["His Excellency Laurent Saint-Cyr"],
                 "Councillor-President, Member of the Transitional Presidential Council", "HT", "His Excellency"),
               P("Terrance Drew", ["Honourable Terrance Drew"], "Prime Minister, Federation of St Kitts and Nevis", "KN",
                 "Honourable"),
               P("Ralph Gonsalves", ["Dr the Honourable Ralph Gonsalves"],
                 "Prime Minister of St Vincent and the Grenadines", "VC", "Dr the Honourable")],
      orgs=[O(CHG, ["Conference of Heads of Government of the Caribbean Community"]),
            O(CARICOM, ["Caribbean Community (CARICOM)", "CARICOM"])],
      countries=["JM", "AG", "BS", "BB", "BZ", "GY", "HT", "KN", "VC"], chairs=[HOLNESS],
      notes="'from 6-8 July' without a year: 2025 from the feed stamps 'Sat, 12 Jul 2025' at the top (inferred). The "
            "feed header (channel title 'border issues – CARICOM', item title with 'Forty-ninth (49th) Regular "
            "Meeting', links) and the communique's first sentence are one meeting. 'under the chairmanship of' -> chair "
            "(also Jamaica's head). The members in attendance are participants with their states; the paragraph of "
            "ministers who 'represented' other states was cut as the broken last sentence (NOTES), so Dominica, "
            "Grenada, Montserrat, Saint Lucia, Suriname and Trinidad and Tobago are not in the text. No organiser is "
            "stated. Compound honorifics kept as rank (real12)."),
    # ---------------------------------------------------------------- real42_02 Bahamas Weekly (OAS release) 2014
    M(D2, "today approved in its regular session convening two meetings", "council_session",
      "2014-03-10", inferred=True, fmt=None,
      persons=[P(VERGES, ["Pedro Vergés", "Ambassador Vergés"],
                 "President of the Council and Permanent Representative of the Dominican Republic", "DO", "Ambassador"),
               P("Flavio Medina", ["Flavio Medina"],
                 "Vice Chair of the Committee on Hemispheric Security of the Permanent Council and Alternate "
                 "Representative of the Dominican Republic", "DO"),
               P("Jose María Argueta", ["Jose María Argueta", "Ambassador Argueta"],
                 "Permanent Representative of Guatemala", "GT", "Ambassador")],
      orgs=[O(OAS_PC, ["Permanent Council of the Organization of American States", "OAS Permanent Council"]),
            O(OAS, ["Organization of American States", "OAS"])],
      countries=["DO", "GT"], chairs=[VERGES],
      notes="The Council's regular session 'today' against the release stamp 'Mar 10, 2014 - 6:45:30 PM' (inferred). "
            "A session of the standing council -> council_session. No venue is given for the session itself (the "
            "headquarters in Washington are named only for the meetings it convenes): city and format unknown "
            "(borderline; the Council meets at the headquarters, world knowledge). The President of the Council is "
            "taken as chair (borderline: 'President of the Council', not 'chaired'). The Vice Chair who 'said the "
            "meeting will discuss' spoke at the session; the new Guatemalan representative was welcomed and "
            "addressed the Council (part of the same session). Representatives affiliated to their states."),
    M(D2, "the Meeting of National Authorities on Transnational Organized Crime", "meeting",
      "2014-04-24", "2014-04-25", inferred=True, status="planned", **WASH,
      orgs=[O(OAS, ["OAS"])],
      organizers=[OAS],
      notes="Planned: 'approved the holding of ... during April 24 and 25', year from the stamp (inferred). The two "
            "meetings 'will take place at the Organization's headquarters in Washington, D.C.' (the lead's two "
            "meetings are this one and the Group of Experts; the Consultative Committee is a third). Convened by the "
            "OAS Council -> the OAS organises. A meeting of national authorities -> meeting (not a summit). No "
            "participants named: the Vice Chair only describes it."),
    M(D2, "the Seventh Meeting of the OAS Group of Experts to Prepare Model", "working_group",
      "2014-05-05", status="planned", **WASH,
      orgs=[O(CIFTA_GE, [CIFTA_GE])],
      organizers=[OAS],
      notes="Planned with a full date ('May 5, 2014'); 'Both meetings will take place at the OAS headquarters in "
            "Washington D.C.' Session of a standing group of experts -> working_group. The whole long name is the "
            "body's mention."),
    M(D2, "May 6, 2014 as the date for the Fifteenth Regular Meeting", "working_group",
      "2014-05-06", status="planned", **WASH,
      orgs=[O(CIFTA_CC, ["Consultative Committee of the CIFTA"])],
      organizers=[OAS],
      notes="Planned with a full date; regular meeting of the convention's standing committee -> working_group. "
            "Venue from 'Both meetings will take place at the OAS headquarters'."),
    # ---------------------------------------------------------------- real42_03 iNews Guyana 2021
    M(D3, "yesterday met virtually with the Heads of Guyana’s Missions abroad", "videoconference",
      "2021-02-17", inferred=True, fmt="online",
      persons=[P("Hugh Todd", ["Hugh Todd", "Minister Todd"], "Minister of Foreign Affairs and International Cooperation",
                 MFA_GY),
               P("Carl Greenidge", ["Mr Carl Greenidge"], "Agent and Advisor to Minister on Borders", MFA_GY),
               P("Carolyn Rodrigues Birkett", ["Ambassador Carolyn Rodrigues Birkett"],
                 "Permanent Representative to the United Nations", "GY", "Ambassador"),
               P("Halim Majeed", ["Ambassador Halim Majeed"], "Ambassador, Havana", "GY", "Ambassador"),
               P("Riyad Insanally", ["Ambassador Riyad Insanally"], "Ambassador, Washington", "GY", "Ambassador"),
               P("Anyin Choo", ["Anyin Choo"], "Consul General, Toronto", "GY"),
               P("David Hales", ["Ambassador David Hales"], "Ambassador, Brussels", "GY", "Ambassador"),
               P("Keith George", ["Ambassador Keith George"], "Ambassador, Paramaribo", "GY", "Ambassador"),
               P("Safraaz Shadood", ["Safraaz Shadood"], "Charge d’Affaires, Kuwait City", "GY"),
               P("Robert McKenzie", ["Ambassador Robert McKenzie"], "Charge d’Affaires Caracas", "GY", "Ambassador")],
      orgs=[O(MFA_GY, ["the Ministry"])],
      countries=["GY"],
      notes="'yesterday' against the store header ' date 2021-02-18' (inferred). 'met virtually' -> videoconference, "
            "online, no venue (the missions' cities are posts, not venues). The briefing by the Agent and Advisor is "
            "part of the meeting. Heads of mission are affiliated to Guyana (embassies encoded as their country); the "
            "Directors of the Ministry are generic. 'the Ministry' is the minister's ministry (generic reference "
            "resolved, seeds). No organiser or chair is stated."),
    # ---------------------------------------------------------------- real42_04 Channel 5 Belize (undated)
    M(D4, "A round of bilateral meetings was held earlier today by Minister", "meeting",
      None, fmt=None, country="BZ",
      persons=[P(COURTENAY, COURT, "Minister of Foreign Affairs, Foreign Trade and Immigration", "BZ"),
               P("Erwin Rudy Archilla Falla", ["Erwin Rudy Archilla Falla", "Ambassador Archilla"],
                 "Ambassador of the Republic of Guatemala to Belize", "GT", "Ambassador")],
      countries=["BZ", "GT"], organizers=["BZ"],
      notes="The page has no stamp, dateline or date in the address: 'earlier today' has no anchor, so no date (the "
            "memorial and floods point to late 2020, world knowledge, not used). Receiving the copies of the letters "
            "of credence and the discussion with the ambassador are one meeting; 'was held ... by Minister' -> Belize "
            "organises. Venue: Belize from the ambassador 'to Belize' and the minister at home (country only, "
            "borderline); format not stated (a COVID-era round could be virtual). The round is split into its three "
            "meetings, each reported on its own with a different counterpart (as real39 02)."),
    M(D4, "Thereafter, Minister Courtenay also held a bilateral meeting", "meeting",
      None, fmt=None, country="BZ",
      persons=[P(COURTENAY, ["Minister Courtenay"], "Minister of Foreign Affairs, Foreign Trade and Immigration", "BZ"),
               P("Remus Li-Kuo Chen", ["Remus Li-Kuo Chen"], "Ambassador of the Republic of China (Taiwan)", "TW",
                 "Ambassador")],
      countries=["BZ", "TW"], organizers=["BZ"],
      notes="Second meeting of the round: 'held a bilateral meeting with' -> Belize organises (real12 'held with'). "
            "Taiwan encoded TW."),
    M(D4, "Following that meeting, Minister Courtenay then met with Mr. Luis", "meeting",
      None, fmt=None, country="BZ",
      persons=[P(COURTENAY, ["Minister Courtenay"], "Minister of Foreign Affairs, Foreign Trade and Immigration", "BZ"),
               P("Luis Coimbra", ["Mr. Luis Coimbra", "Mr. Coimbra"],
                 "representative of the Organization of American States in Belize", OAS)],
      orgs=[O(OAS, ["Organization of American States", "O.A.S."])],
      countries=["BZ"],
      notes="Third meeting of the round ('met with': no organiser stated). The OAS is represented by its "
            "representative; the OAS office in the Adjacency Zone is only described. The International Court of "
            "Justice is only discussed."),
    # ---------------------------------------------------------------- real42_05 Newsday (blackfacts repost)
    M(D5, "the meeting took place on December 17 at the ministry", "meeting",
      "2023-12-17", inferred=True, date_source="outside", city="Port of Spain", country="TT",
      persons=[P("Fitzgerald Hinds", ["Fitzgerald Hinds", "Hinds"], "National Security Minister", MNS_TT),
               P("Erla Harewood-Christopher", ["Erla Harewood-Christopher"], "Commissioner of Police", TTPS),
               P("George Turner", ["George Turner", "Turner"],
                 "former chief of police of the Atlanta Police Department", "US"),
               P("Charles Ramsey", ["Charles Ramsey"], "former police commissioner of Philadelphia", "US"),
               P("Sean Smoot", ["Sean Smoot"], "managing partner of the firm 21 CPS", "US"),
               P("Stanley Savage", ["Stanley Savage"], "president of B and A Consulting Group", "US"),
               P("Scott Hansen", ["Scott Hansen"], "political and economic chief of the US embassy in Port of Spain", "US"),
               P("Keith Scotland", ["Keith Scotland"], "Minister in the National Security Ministry", MNS_TT),
               P("Aneesa Israel", ["Aneesa Israel"], "deputy director of international affairs", MNS_TT),
               P("Anthony Phillips-Spencer", ["Anthony Phillips-Spencer"], "international affairs officer", MNS_TT)],
      orgs=[O(MNS_TT, ["National Security Ministry", "the ministry"]), O(TTPS, ["Trinidad and Tobago Police Service"])],
      countries=["TT", "US"], organizers=[MNS_TT, "US"],
      notes="'on December 17' with no year anywhere on the page (repost without stamp; the statement is 'on December "
            "18'): the year 2023 is world knowledge (Hinds minister and Harewood-Christopher commissioner; the "
            "US expert team's visit) -> date_source outside (a second reader may hesitate between 2023 and 2024). The "
            "lead 'have met with US law-enforcement experts' and the dated sentence are one meeting. 'at the "
            "ministry' -> Port of Spain, the ministry's seat (world knowledge, borderline; the page names Port of "
            "Spain only for the US embassy). Host: the ministry (meeting at its premises); 'The US embassy ... "
            "co-ordinated the visit' -> the US as co-organiser (borderline). The expert team is affiliated to the US "
            "(the firms and the Atlanta and Philadelphia police are past or private affiliations, not delegations). "
            "Those who 'also attended' are participants. Repost chrome ('The post ... appeared first on', 'You may "
            "also like') cut; the site's header line 'Wakanda News Details' kept."),
    # ---------------------------------------------------------------- real42_06 International Police Sports
    M(D6, "16 Countries attended the 9th Ameripol Summit", "conference",
      "2016-09-22", "2016-09-23", inferred=True, date_source="outside", city="Panama City", country="PA",
      persons=[P("Gonzalo Londono", ["Brig. General Gonzalo Londono"], "President of the UDEPP", UDEPP, "Brig. General")],
      orgs=[O(AMERIPOL, ["Ameripol", "The Police Community and cooperation of the Americas"]),
            O(UDEPP, ["UDEPP", "Pan American Police Sport Union"])],
      notes="'on the 22nd and 23rd of September' with no year; the Games 'will be held in November 2017' only bound it "
            "(2016 or 2017); the ninth summit in Panama in 2016 is world knowledge -> date_source outside (the "
            "address's 'yr=2020' is a calendar parameter, not the date). '16 Countries' are not named (no countries); "
            "Panama is the venue, not stated as host. The UDEPP president invited the attendees (participant, with "
            "the USIP role as part of his title). The Director of Police of Colombia only signed the invitations "
            "(not a participant). The World Police Games are a sports event, not a meeting. 'the meeting of "
            "Ameripol' and 'the Ameripol meeting' refer back. No organiser: the page says only who attended."),
    # ---------------------------------------------------------------- real42_07 nsnbc 2018
    M(D7, "will chair the 6th Bi-national Cabinet tomorrow in Pereira", "meeting",
      "2018-02-15", inferred=True, city="Pereira", country="CO", status="planned",
      persons=[P(SANTOS, ["Colombian President Juan Manuel Santos", "Juan Manuel Santos"], "Colombian President", "CO"),
               P(MORENO, ["President Lenin Moreno"], "Ecuadorian President", "EC")],
      countries=["CO", "EC"], organizers=["CO"], chairs=[SANTOS, MORENO],
      notes="'tomorrow' against the stamp 'Published On: Wed, Feb 14th, 2018' (inferred). The photo caption 'Juan "
            "Manuel Santos to host Ecuadorian counterpart' (printed twice) -> Colombia hosts. Both presidents 'will "
            "chair'. Ministries and institutions are counted, not named (generic); the MoU the foreign ministries "
            "are 'expected to sign' is part of the cabinet. The 3+2 mechanism's 'previous meeting to the "
            "Bi-national Cabinet' has no concrete date: not annotated (hard case). The leading '\" />' is page "
            "debris, kept."),
    M(D7, "The previous Bi-national Cabinet took place in February in Guayaquil", "meeting",
      "2017-02", inferred=True, city="Guayaquil", country="EC",
      countries=["CO", "EC"],
      notes="Background cabinet with a month and a venue; the year is read as the year before the stamp ('previous', "
            "and February 2018 has not yet seen one), inferred. Kept as a dated past gathering (seeds 002#8, real39 "
            "03); a second reader may leave it out. The two states from the cabinet's nature ('Bi-national')."),
    # ---------------------------------------------------------------- real42_08 OAS CSH summary (docsbay) 2015
    M(D8, "Summary of the meeting of May 7, 2015", "working_group",
      "2015-05-07", fmt="hybrid", **WASH,
      persons=[P("Andrés González Díaz", ["Ambassador Andrés González Díaz"],
                 "Chair of the Committee on Hemispheric Security (CSH), Permanent Representative of Colombia to the OAS",
                 "CO", "Ambassador"),
               P("Juan José Andrade Morales", ["Commissioner Juan José Andrade Morales"], "President of AMERIPOL",
                 AMERIPOL, "Commissioner"),
               P("Milton Zárate Barreiros", ["District General Milton Zárate Barreiros"],
                 "on behalf of the Executive Secretariat of AMERIPOL", AMERIPOL_ES, "District General")],
      orgs=[O(CSH, ["Committee on Hemispheric Security (CSH)", "COMMITTEE ON HEMISPHERIC SECURITY"]),
            O(AMERIPOL, ["American Police Community (AMERIPOL)", "AMERIPOL"]),
            O(AMERIPOL_ES, ["Executive Secretariat of AMERIPOL"])],
      countries=["AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "DO", "EC", "SV", "GT", "HN", "MX", "NI",
                 "PA", "PY", "PE", "VC", "TT", "US", "UY", "VE"],
      chairs=["Andrés González Díaz"],
      notes="Document header '11 May 2015' is the summary's date; the meeting is 'of May 7, 2015' (full date, not "
            "inferred). A regular meeting of a standing committee -> working_group (seeds). Venue: 'present in the "
            "Simón Bolívar Room at OAS headquarters' -> Washington (the headquarters' city is world knowledge, "
            "borderline, as seeds 'in CARICC'); one speaker 'speaking via videoconference from Quito' -> hybrid. The "
            "chair 'chaired this regular meeting' (affiliated to Colombia, whose representative he is). The quorum "
            "list gives the 25 countries present. Ameripol's president and the general speaking for its Executive "
            "Secretariat took part. The audio link and the numbered agenda are part of the one meeting. The OAS "
            "itself is named only in headers and titles (the committee is listed)."),
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC: frozenset[str] = frozenset()
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
