"""Write gold.jsonl and entities.json of the real-page development set real9 from the tables below.

Run from anywhere: ``python tests/eval/real9/make_gold.py``. The checks a gold annotator
runs by script, the numbering and the writers are shared (../devsets.py). The texts are REAL
published pages (Europe and the global multilateral bodies), copied verbatim from the stored
excerpt of each page; their addresses are in SOURCES.md. The people in them are real people as
the pages name them. This gold was written by hand without running the extractor and without
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
from devsets import OSCE, UNODC  # noqa: E402

EU = "European Union"
FRA = "European Union Agency for Fundamental Rights"
EUROPOL = "European Union Agency for Law Enforcement Cooperation"
EUROJUST = "European Union Agency for Criminal Justice Cooperation"
CEPOL = "European Union Agency for Law Enforcement Training"
OSCE_SEC = "OSCE Secretariat"
OSCE_TNTD = "OSCE Transnational Threats Department"
OSCE_ALB = "OSCE Presence in Albania"
GPML = "UNODC Global Programme against Money Laundering"
GDPML = "General Directorate for the Prevention of Money Laundering"
ASP = "Albanian State Police"
CTD_ASP = "Counterterrorism Directorate of the State Police"
CIAD = "Counter Intelligence Analytical Directorate"
SHISH = "State Intelligence Service"
TC_SHISH = "Training Centre of the State Intelligence Service"
SPAK = "Prosecutor's Office for Serious Crimes"
NFP_SEE = "National Project Focal Points of the UNODC/CEPOL project on financial investigations in South Eastern Europe"
MFA_AZ = "Ministry of Foreign Affairs of the Republic of Azerbaijan"
MFA_GE = "Ministry of Foreign Affairs of Georgia"
MIA_MD = "Ministry of Internal Affairs of the Republic of Moldova"
WB = "World Bank"
WCO = "World Customs Organization"
CUST_BE = "General Administration of Customs and Excise of Belgium"
MOF_BE = "Federal Public Service Finance of Belgium"
CEPA = "Central European Police Academy"

# canonical name -> (acronym, parent, country, aliases)
ORGS: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {
    FRA: ("FRA", EU, None, ["European Union Agency for Fundamental Rights", "FRA"]),
    EUROPOL: ("Europol", EU, None, ["European Union Agency for Law Enforcement Cooperation", "Europol",
                                    "EU’s law enforcement agency"]),
    EUROJUST: ("Eurojust", EU, None, ["European Union Agency for Criminal Justice Cooperation", "Eurojust",
                                      "EU’s judicial cooperation agency"]),
    CEPOL: ("CEPOL", EU, None, ["European Union Agency for Law Enforcement Training", "CEPOL"]),
    OSCE: ("OSCE", None, None, ["Organization for Security and Co-operation in Europe", "OSCE"]),
    OSCE_TNTD: ("TNTD", OSCE_SEC, None, ["OSCE Transnational Threats Department", "OSCE's Transnational Threats Department",
                                         "Transnational Threats Department"]),
    OSCE_ALB: (None, OSCE, None, ["OSCE Presence in Albania"]),
    UNODC: ("UNODC", None, None, ["United Nations Office on Drugs and Crime", "UNODC"]),
    GPML: ("UNODC/GPML", UNODC, None, ["UNODC Global Programme against Money Laundering", "UNODC/GPML",
                                       "UNODC's Global Programme against Money Laundering", "GPML"]),
    GDPML: (None, None, "AL", ["General Directorate for the Prevention of Money Laundering"]),
    CTD_ASP: (None, ASP, "AL", ["Counterterrorism Directorate of the State Police"]),
    CIAD: (None, None, "AL", ["Counter Intelligence Analytical Directorate"]),
    TC_SHISH: (None, SHISH, "AL", ["Training Centre of the State Intelligence Service"]),
    SPAK: (None, None, "AL", ["Prosecutor's Office for Serious Crimes"]),
    NFP_SEE: (None, None, None, ["National Project Focal Points"]),
    MFA_AZ: (None, None, "AZ", ["Ministry of Foreign Affairs of the Republic of Azerbaijan", "Azerbaijani Foreign Ministry"]),
    MFA_GE: (None, None, "GE", ["Ministry of Foreign Affairs of Georgia", "Georgian Foreign Ministry"]),
    MIA_MD: ("MIA", None, "MD", ["Ministry of Internal Affairs of the Republic of Moldova", "Ministry of Internal Affairs",
                                 "MIA"]),
    WB: (None, None, None, ["World Bank"]),
    WCO: ("WCO", None, None, ["World Customs Organization", "WCO", "WCO Headquarters"]),
    CUST_BE: (None, MOF_BE, "BE", ["General Administration of Customs and Excise of Belgium", "Belgian Customs"]),
    MOF_BE: (None, None, "BE", ["Federal Public Service Finance of Belgium", "Belgian Ministry of Finance"]),
    CEPA: ("CEPA", None, None, ["Central European Police Academy", "CEPA"]),
}
# bodies that only appear as a parent or as a person's affiliation
PARENTS = {
    EU: ("EU", None, None, ["European Union", "EU"]),
    OSCE_SEC: (None, OSCE, None, ["OSCE Secretariat"]),
    ASP: (None, None, "AL", ["Albanian State Police", "State Police"]),
    SHISH: ("SHISH", None, "AL", ["State Intelligence Service", "SHISH"]),
}

COUNTRY_NAMES = {
    "AL": ["Albania", "Albanian"], "AZ": ["Azerbaijan", "Azerbaijani"], "BE": ["Belgium", "Kingdom of Belgium", "Belgian"],
    "GE": ["Georgia", "Georgian"], "MD": ["Moldova", "Republic of Moldova", "Moldovan"], "NL": ["Netherlands", "Dutch"],
    "XK": ["Kosovo"],
}

O = make_org(ORGS)

D1, D2, D3, D4 = ("real9_01_fra.txt", "real9_02_unodc_see.txt", "real9_03_turan.txt", "real9_04_moldova_mia.txt")
D5, D6, D7, D8 = ("real9_05_wco.txt", "real9_06_nokitc.txt", "real9_07_smarkos.txt", "real9_08_trm.txt")

OFLA = "Michael O’Flaherty"

MEETINGS = [
    # ---------------------------------------------------------------- real9_01 FRA news item 2018
    M(D1, "With the Executive Director of the EU’s law enforcement agency", "meeting",
      "2018-07-05", inferred=True, city="The Hague", country="NL",
      persons=[P(OFLA, ["Michael O’Flaherty"], "FRA Director", FRA),
               P("Catherine de Bolle", ["Catherine de Bolle"], "Executive Director of the EU’s law enforcement agency (Europol)",
                 EUROPOL)],
      orgs=[O(FRA, ["FRA"]), O(EUROPOL, ["Europol", "EU’s law enforcement agency"])],
      organizers=[EUROPOL],
      notes="'On 5 July' of the lead; the year only from the photo credit '© 2018 Eurojust' (date_inferred; the "
            "address also has /2018/). The lead ('travelled to The Hague for meetings at EU agencies and Dutch "
            "ministries') is the frame of three dated meetings, each a line. Visited agency hosts."),
    M(D1, "The FRA Director also met the President of the EU’s judicial", "meeting",
      "2018-07-05", inferred=True, city="The Hague", country="NL",
      persons=[P(OFLA, ["The FRA Director"], "FRA Director", FRA),
               P("Ladislav Hamran", ["Ladislav Hamran"], "President of the EU’s judicial cooperation agency, Eurojust",
                 EUROJUST)],
      orgs=[O(FRA, ["FRA"]), O(EUROJUST, ["Eurojust", "EU’s judicial cooperation agency"])],
      organizers=[EUROJUST],
      notes="Same day and city as the lead."),
    M(D1, "he spoke about relevant areas of FRA’s work to the Netherlands’", "meeting",
      "2018-07-05", inferred=True, city="The Hague", country="NL",
      persons=[P(OFLA, [], "FRA Director", FRA),
               P("Mark Harbers", ["Mark Harbers"], "Minister for Migration", "NL")],
      orgs=[O(FRA, ["FRA"])],
      countries=["NL"],
      notes="'spoke ... to the Netherlands’ Minister for Migration' -> a meeting. His ministry is not named "
            "('Dutch ministries' of the lead): minister affiliated to NL. O'Flaherty only as 'he' (empty mentions)."),
    # ---------------------------------------------------------------- real9_02 UNODC South Eastern Europe archive 2018 (listing)
    M(D2, "A two-day train-the-trainer course aimed at strengthening", "training",
      "2018-12-18", "2018-12-19", city="Vienna", country="AT",
      orgs=[O(OSCE_TNTD, ["OSCE's Transnational Threats Department"]),
            O(GPML, ["UNODC's Global Programme against Money Laundering (UNODC/GPML)"]),
            O(OSCE_ALB, ["OSCE Presence in Albania"]),
            O(GDPML, ["General Directorate for the Prevention of Money Laundering"]),
            O(CTD_ASP, ["Counterterrorism Directorate of the State Police"]),
            O(CIAD, ["Counter Intelligence Analytical Directorate"]),
            O(TC_SHISH, ["Training Centre of the State Intelligence Service (SHISH)"]),
            O(SPAK, ["Prosecutor's Office for Serious Crimes"])],
      countries=["AL"], organizers=[OSCE_TNTD, GPML, OSCE_ALB],
      notes="Item dateline '18-19 December 2018, Vienna, Austria:'. 'organized by ... and ..., in co-operation with' "
            "-> three organisers. The Albanian bodies are those whose officials the series (of which this course is "
            "the first) is for: taken as the trainees' bodies (borderline). 'led by OSCE and UNODC experts' adds no "
            "other body. The 2019 follow-up courses have a year only: not annotated."),
    M(D2, "Third Meeting of the National Project Focal Points", "working_group",
      None, fmt=None,
      orgs=[O(NFP_SEE, ["National Project Focal Points"]), O(UNODC, ["UNODC"]), O(CEPOL, ["CEPOL"])],
      notes="Only the heading survives (its dated body was cut as a broken trailing sentence): no date, venue or "
            "format in the text. The archive title gives 2018 but no month: start null. The joint UNODC/CEPOL "
            "project's owners are listed as bodies, not as organisers (borderline)."),
    # ---------------------------------------------------------------- real9_03 Turan 2024
    M(D3, "The next round of political consultations between the Ministries", "meeting",
      "2024-05-20", inferred=True, city="Baku", country="AZ",
      persons=[P("Samir Sharifov", ["Samir Sharifov"], "Deputy Foreign Minister", MFA_AZ),
               P("Lasha Darsalia", ["Lasha Darsalia"], "Deputy Foreign Minister", MFA_GE)],
      orgs=[O(MFA_AZ, ["Azerbaijani Foreign Ministry"]), O(MFA_GE, [])],
      countries=["AZ", "GE"],
      notes="'on May 20', year from the stamp. Heads of delegation; no host or chair stated. The Georgian ministry is "
            "only half named in a conjoined phrase: empty mentions. Armenia (Baku-Yerevan normalisation) only discussed."),
    # ---------------------------------------------------------------- real9_04 Moldovan interior ministry news listing 2023
    M(D4, "The leadership of the Ministry of Internal Affairs had a meeting", "meeting",
      "2023-11", inferred=True, fmt=None,
      orgs=[O(MIA_MD, ["Ministry of Internal Affairs"]), O(WB, ["World Bank"])],
      countries=["MD"],
      notes="No date in the item; it sits above the 14 November 2023 item on a newest-first listing -> November 2023 "
            "(borderline, month only). No venue. Title, teaser and 'Continue Reading' link repeat the same meeting: one line."),
    M(D4, "The Minister of Internal Affairs, Adrian Efros, met, today", "meeting",
      "2023-11-14", fmt=None, city=None, country="MD",
      persons=[P("Adrian Efros", ["Adrian Efros"], "Minister of Internal Affairs", MIA_MD),
               P("Ervet Marechal", ["His Excellency Ervet Marechal"],
                 "Ambassador of the Kingdom of Belgium in our country", "BE", "His Excellency")],
      orgs=[O(MIA_MD, [])],
      countries=["MD", "BE"],
      notes="'November 14, 2023- ... met, today'. 'in our country' -> Moldova, no city; format not stated (null). Ambassador = country. "
            "The ministry only through the title in this item."),
    M(D4, "participated, between November 7-9, at the Conference", "conference",
      "2023-11-07", "2023-11-09", inferred=True, city=None, country=None,
      persons=[P("Daniella Misail-Nichitin", ["Daniella Misail-Nichitin"], "State Secretary of MIA", MIA_MD)],
      orgs=[O(MIA_MD, ["MIA"])],
      countries=["MD"],
      notes="Year from the listing (the neighbouring 2023 items and the 'JAD 2023' title). The venue is cut off "
            "('organized at the Palace…'): in person, no city. The organiser is cut off too. The EUROPOL-led "
            "operation item is an operation, not a meeting."),
    # ---------------------------------------------------------------- real9_05 WCO newsroom 2013
    M(D5, "Belgian Minister of Finance Koen Geens visited WCO Headquarters", "meeting",
      "2013-10-29", city=None, country="BE",
      persons=[P("Koen Geens", ["Koen Geens", "Minister Geens"], "Belgian Minister of Finance", MOF_BE),
               P("Noël Colpin", ["Noël Colpin"], "Director General of Belgian Customs", CUST_BE),
               P("Kunio Mikuriya", ["Secretary General Mikuriya"], "Secretary General", WCO)],
      orgs=[O(WCO, ["WCO Headquarters", "WCO"]), O(CUST_BE, ["Belgian Customs"]), O(MOF_BE, [])],
      countries=["BE"], organizers=[WCO],
      notes="Spanish-language date header ('29 octubre 2013') and the full date in the body. A visit to the seat "
            "with talks with the head -> meeting (as real4). Venue country from 'the Organization’s host country' "
            "(Belgium); Brussels is not named: city null (borderline). Finance ministry only through the title."),
    # ---------------------------------------------------------------- real9_06 Hungarian International Training Centre (CEPA) 2024
    M(D6, "nineteen police officers took part in the Criminal Course", "training",
      "2024-03-03", "2024-04-19", city=None, country=None,
      orgs=[O(CEPA, ["Central European Police Academy (CEPA)"])],
      organizers=[CEPA],
      notes="'Between 3th March and 19th April 2024' (source ordinal typo). Held at seven venues in seven countries: "
            "no single city or country. The venue countries are venues only, not listed as actors (borderline). "
            "The course of the academy -> organiser."),
    M(D6, "the CEPA seminar “Cybercrime as a new challenge for police", "seminar",
      "2024-02-19", "2024-02-22", city="Budapest", country="HU",
      orgs=[O(CEPA, ["CEPA"])],
      organizers=[CEPA],
      notes="'Between 19-22th February 2024'. The training centre is the venue only (as dev4/dev15). The trailing "
            "broken sentence was cut. Liechtenstein's accession (board decision and Supplementary Statement signed, "
            "no gathering or date of a gathering) is not annotated."),
    # ---------------------------------------------------------------- real9_07 blog repost (Customs Today) 2015
    M(D7, "during a recent visit to Albania by Kosovo’s Prime Minister", "visit",
      None, fmt="in_person", city=None, country="AL",
      persons=[P("Isa Mustafa", ["Isa Mustafa", "Mustafa"], "Prime Minister", "XK"),
               P("Edi Rama", ["Edi Rama", "Rama"], "Prime Minister", "AL")],
      countries=["AL", "XK"],
      notes="'a recent visit' with no date: start null. Rama taken as the host who reached the deal with Mustafa "
            "(borderline). Kosovo coded XK."),
    M(D7, "The governments of Albania and Kosovo will meet again on March 23", "meeting",
      "2015-03-23", inferred=True, fmt=None, status="planned",
      countries=["AL", "XK"],
      notes="Planned with a concrete day; year from the page stamp (Friday, March 13, 2015). No venue."),
    # real9_08 TRM 2022: no meeting (a planned negotiation with no date, a deployment, a spokeswoman's statement).
]


# mentions of people that are no alias of theirs (kept out of entities.json)
GENERIC = frozenset({"The FRA Director"})
GOLD = GoldSet(HERE, ORGS, PARENTS, COUNTRY_NAMES, MEETINGS, generic=GENERIC)


if __name__ == "__main__":
    write_gold(GOLD)
