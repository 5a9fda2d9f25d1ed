"""Mentions and meeting assembly on real sentences of the genre."""

from __future__ import annotations

import pytest

from parleygraph.extract.meetings import extract_document
from parleygraph.extract.mentions import find_orgs, find_persons
from parleygraph.extract.records import Document
from parleygraph.extract.resolve import report_keys


@pytest.mark.parametrize("sentence,names", [
    ("Major-General R.A. Miralizoda, Director of the Centre, met with Colonel U. Sultanov.", ["R.A. Miralizoda", "U. Sultanov"]),
    ("On July 10 and 11, 2020 in Dushanbe Major-General R.A.Miralizoda had working meetings with Lieutenant-General Sh.O.Salimzoda.", ["R.A. Miralizoda", "Sh.O. Salimzoda"]),
    ("Ms. Tatiana EVDOKIMOVA, CARICC IAP analyst, shared results of a study.", ["Tatiana EVDOKIMOVA"]),
    ("Marife Mateos, Head of the Organized Crime Unit of CITCO, welcomed the delegation.", ["Marife Mateos"]),
    ("Deputy Minister of Foreign Affairs Yerzhan Ashikbayev met the Director.", ["Yerzhan Ashikbayev"]),
    ("During the meeting Mr. Miralizoda R.A. informed the partners.", ["Miralizoda R.A."]),
    ("Representatives of the Central Asia Regional Office and the Operations Coordination Unit attended.", []),
    # title abbreviations before a name are no surname in capitals ("ZHAO Minghui")
    ("IG Kanja is accompanied by the spokesperson Dr. Resila Onyango.", ["Kanja", "Resila Onyango"]),
    ("Also in attendance is Ag. Executive Director AFRIPOL Amb. Jalel Chelba.", ["Jalel Chelba"]),
])
def test_mentions_persons_by_structure(sentence, names):
    assert [p.name for p in find_persons(sentence, 0, len(sentence))] == names


def test_mentions_orgs_units_lists_and_acronyms():
    t = ("CARICC together with UNODC held a meeting with representatives of the General Prosecutor's Office, "
         "the Ministry of Internal Affairs and the Financial Monitoring Agency of the Republic of Kazakhstan.")
    orgs = {o.name: o.country for o in find_orgs(t, 0, len(t))}
    assert orgs["Ministry of Internal Affairs of the Republic of Kazakhstan"] == "KZ"
    assert orgs["Financial Monitoring Agency of the Republic of Kazakhstan"] == "KZ"
    assert "General Prosecutor's Office of the Republic of Kazakhstan" in orgs
    t = "The meeting was convened by the Border Agency of Ruritania (BAR). Later BAR experts spoke."
    found = find_orgs(t, 0, len(t), acr := {})
    assert {k: v for k, v in acr.items() if not k.startswith("~")} == {"BAR": "Border Agency of Ruritania"}


def test_mentions_orgs_never_swallow_a_person_or_a_document():
    t = ("The session was opened by Director of CARICC Karimov Rustam Aziz and Head of the UNODC "
         "Programme Office in the Republic of Kazakhstan Mr. Jon Ekberg.")
    people = find_persons(t, 0, len(t))
    names = [o.name for o in find_orgs(t, 0, len(t), {}, [(p.start, p.end) for p in people])]
    assert not any("Karimov" in n or "Ekberg" in n for n in names)
    assert "UNODC Programme Office in the Republic of Kazakhstan" in names
    t = ("The Network was founded upon signature of the Memorandum of Understanding on Network "
         "foundation by the State Customs Committee of Ruritania.")
    names = [o.name for o in find_orgs(t, 0, len(t), {})]
    assert names == ["State Customs Committee of Ruritania"]


def test_meetings_range_split_into_per_day_webinars():
    text = ("On 7 and 8 July 2020, the Centre and the UNODC Regional Office for Central Asia organized two webinars "
            "bringing together representatives of competent authorities.\n"
            "The webinar on 7 July 2020 was dedicated to the World Drug Report. Mr. John Smithson, Head of the Office, informed about it.\n"
            "The webinar held on 8 July also featured several presentations.\n"
            "Ms. Jane Doerty, Analyst of the Centre, delivered a presentation.")
    ms = extract_document(Document(doc="w.txt", text=text))
    assert [(m.type, m.start, m.end, m.format) for m in ms] == [
        ("webinar", "2020-07-07", "2020-07-07", "online"), ("webinar", "2020-07-08", "2020-07-08", "online")]
    assert [p.name for p in ms[0].persons] == ["John Smithson"]
    assert [p.name for p in ms[1].persons] == ["Jane Doerty"]


def test_meetings_discussed_countries_and_operations_are_not_participants():
    text = ("Mr. Petr Novakov, Director of the Centre, met with H.E. Mr. Lars Berg, Ambassador of the Kingdom of Norway "
            "to the Republic of Kazakhstan, in Astana on 3 March 2022. The meeting discussed accession of the Islamic "
            "Republic of Afghanistan and the Republic of Turkey to the Agreement. Police detained 40 traffickers in Russia.")
    [m] = extract_document(Document(doc="n.txt", text=text))
    assert m.countries == ("NO",)
    assert (m.city, m.country, m.format, m.start) == ("Astana", "KZ", "in_person", "2023-03-03"[:0] + "2022-03-03")
    assert m.evidence == text[m.span[0]:m.span[1]]


def test_meetings_no_meeting_in_an_analysis():
    text = ("Analysis of drug seizures in the region over the past period in 2020 shows that the illicit market has a "
            "higher share of cannabis. Seizures increased by 95% compared to 2019.")
    assert extract_document(Document(doc="a.txt", text=text)) == []


def test_meetings_planned_with_month_and_year_inferred():
    text = ("Thursday, 5 November 2020 10:00\nCouncil news\nRate this item\n"
            "The Director met with the Minister of Internal Affairs in Almaty on 3 November.\n"
            "The next regular meeting of the Council of National Coordinators will be held in December 2020 in Almaty.")
    ms = extract_document(Document(doc="p.txt", text=text))
    assert [(m.start, m.date_inferred, m.status) for m in ms] == [("2020-11-03", True, "held"), ("2020-12", False, "planned")]


# ------------------------------------------------------------ issue 3: ranks, org boundaries
# Post-Soviet ranks, title/organisation boundaries and acronyms, on invented names.

def _people_and_orgs(t: str):
    people = find_persons(t, 0, len(t))
    orgs = find_orgs(t, 0, len(t), {}, [(p.start, p.end) for p in people])
    return people, orgs


@pytest.mark.parametrize("sentence,name,rank,role", [
    ("Ruritanian Bureau Director Police Major General K.L.Testerov received the guests.",
     "K.L. Testerov", "Police Major General", "Ruritanian Bureau Director"),
    ("Mr. Doe met with Deputy Minister of Internal Affairs of Ruritania, Major General of Police Ivan Testerov.",
     "Ivan Testerov", "Major General of Police", "Deputy Minister of Internal Affairs of Ruritania"),
    ("They were received by Deputy Chairman of the Committee, Major General of Customs Service Petr Vasko.",
     "Petr Vasko", "Major General of Customs Service", "Deputy Chairman of the Committee"),
    ("Police Colonel Yuri S. Testerov, Head of the Drug Unit of Ruritania, informed the participants.",
     "Yuri S. Testerov", "Police Colonel", "Head of the Drug Unit of Ruritania"),
    ("The authors of the review, Major of Police A.B. Testerov and Captain of Police C. Vaskova, spoke.",
     "A.B. Testerov", "Major of Police", None),
    ("The report was made by Lieutenant Colonel of Justice Oleg P. VASKO.",
     "Oleg P. VASKO", "Lieutenant Colonel of Justice", None),
])
def test_mentions_rank_with_service_is_a_rank_not_an_organisation(sentence, name, rank, role):
    people, orgs = _people_and_orgs(sentence)
    p = next(p for p in people if p.name == name)
    assert (p.rank, p.role) == (rank, role)
    assert p.surface.startswith(rank)
    assert not any(o.name.startswith(("Police", "Major", "Captain", "Lieutenant")) or "Testerov" in o.name
                   for o in orgs)
    assert len({q.name for q in people}) == len(people)  # nobody twice


def test_mentions_title_before_a_comma_is_not_taken_from_an_earlier_person():
    t = "Colonel A. Bek, Head of the Unit, Colonel P. Sal and the Director met."
    people = {p.name: p.role for p in find_persons(t, 0, len(t))}
    assert people == {"A. Bek": "Head of the Unit", "P. Sal": None}


def test_mentions_middle_initial_never_ends_a_name():
    t = "Experts of Group B. The Director Ivan K. Doe of the Unit spoke."
    assert [p.name for p in find_persons(t, 0, len(t))] == ["Ivan K. Doe"]


@pytest.mark.parametrize("sentence,orgs", [
    # a job title (or its plural) opening the run is not part of the body's name
    ("Mr. Jon Roe, Head of Department of the State Customs Service of Ruritania, spoke.",
     ["State Customs Service of Ruritania"]),
    ("Colonel Ivan Roe, Head of Division of the State Committee for National Security of Ruritania, spoke.",
     ["State Committee for National Security of Ruritania"]),
    ("Lecturers of the Ruritanian State University of Law delivered presentations.",
     ["Ruritanian State University of Law"]),
    # with the article the unit is named, and kept
    ("Mr. Jon Roe, Head of the Department for Combating Drug Crimes of the Ministry of Internal Affairs of Ruritania, spoke.",
     ["Department for Combating Drug Crimes of the Ministry of Internal Affairs of Ruritania"]),
    # two bodies joined by "and" even when the second's head noun comes late
    ("Representatives of the State Customs Committee and the Drug Control National Information and "
     "Analytical Centre under the Cabinet of Ministers of the Republic of Uzbekistan attended.",
     ["State Customs Committee of the Republic of Uzbekistan",
      "Drug Control National Information and Analytical Centre under the Cabinet of Ministers of the Republic of Uzbekistan"]),
    # "(ACR) in <City>" closes the name
    ("The training was held at the Ruritanian Border Staff College (RBSC) in Dushanbe, Tajikistan.",
     ["Ruritanian Border Staff College"]),
    ("Delegates met at the Police Academy of Ruritania (PAR) of the country.",
     ["Police Academy of Ruritania"]),
    # a bare "the" does not join two names: the body ends before the next noun phrase
    ("The Director received at the headquarters of the Ruritanian Drug Centre the Ambassador of Japan.",
     ["Ruritanian Drug Centre"]),
])
def test_mentions_org_boundaries(sentence, orgs):
    people, found = _people_and_orgs(sentence)
    assert [o.name for o in found if not o.known] == orgs


def test_mentions_known_body_inside_a_name_is_its_parent_not_a_participant():
    t = "They took part in the meeting of the Council of Commanders of Border Troops of the Commonwealth of Independent States."
    found = find_orgs(t, 0, len(t), {})
    assert [(o.name, o.parent) for o in found] == [
        ("Council of Commanders of Border Troops of the Commonwealth of Independent States",
         "Commonwealth of Independent States")]


def _doc_orgs(sentences: list[str]) -> list[list[tuple[str, str | None]]]:
    acr: dict[str, str] = {}
    out = []
    for t in sentences:
        out.append([(o.surface, o.name, o.acronym, o.country) for o in find_orgs(t, 0, len(t), acr)])
    return out


def test_mentions_acronym_definition_joins_long_form_and_later_acronym():
    first, later = _doc_orgs([
        "They were received by the Head of the Service for Combating Drug Trafficking of the Ministry "
        "of Internal Affairs of the Kyrgyz Republic (SCDT).",
        "In February, the SCDT held a videoconference.",
    ])
    long = "Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
    assert first == [(long, long, "SCDT", "KG")]
    assert later == [("SCDT", long, "SCDT", "KG")]  # same name and country: one body in resolve


def test_mentions_short_form_and_initials_of_a_body_named_in_full():
    long = "Drug Control Agency under the President of the Republic of Tajikistan"
    a, b, c, d = _doc_orgs([
        f"The Director of the {long} met the Ambassador.",
        "The Ambassador praised the efforts of the Drug Control Agency.",
        "The First Deputy Director of the DCA attended.",
        "The NATO and the ABC were not mentioned before.",
    ])
    assert b == [("Drug Control Agency", long, None, "TJ")]
    assert c == [("DCA", long, None, "TJ")]
    assert not [x for x in d if x[1] == long]


def test_mentions_short_form_used_for_two_bodies_stays_as_written():
    a, b, c = _doc_orgs([
        "The State Customs Committee of the Republic of Uzbekistan met.",
        "The State Customs Committee of the Republic of Azerbaijan met.",
        "The State Customs Committee then hosted a dinner.",
    ])
    assert [x[1] for x in c] == ["State Customs Committee"]


def test_mentions_title_with_and_before_a_name():
    t = ("The Director met with Ambassador Extraordinary and Plenipotentiary of the Republic of Korea "
         "to Kazakhstan Kim Ji-ho.")
    assert [(p.name, p.role) for p in find_persons(t, 0, len(t))] == [
        ("Kim Ji-ho", "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Kazakhstan")]
    t = "Ivan Petrov and Deputy Minister Pavel Roe met. Director Ivan Petrov and Tom Roe met."
    assert [(p.name, p.role) for p in find_persons(t, 0, len(t))] == [
        ("Pavel Roe", "Deputy Minister"), ("Ivan Petrov", "Director"), ("Tom Roe", None)]


def test_mentions_full_name_of_a_person_introduced_earlier():
    t = "On July 9, the Ruritanian delegation with Ivan Testerov participated in the meeting."
    assert find_persons(t, 0, len(t)) == []
    assert [p.name for p in find_persons(t, 0, len(t), frozenset({"Testerov"}))] == ["Ivan Testerov"]
    led = "On July 9, the Ruritanian delegation led by Ivan Testerov participated in the meeting."
    assert [p.name for p in find_persons(led, 0, len(led))] == ["Ivan Testerov"]  # leading it is a signal


def test_mentions_namesake_of_an_institution_is_not_a_person_mention():
    t = ("The delegation visited the Academy of the Ministry of Internal Affairs named after Major General "
         "of Militia K.T. Testerov, where Colonel Ivan Roe gave a lecture.")
    assert [p.name for p in find_persons(t, 0, len(t))] == ["Ivan Roe"]


# ------------------------------------------------------------ issue 3 round 2: names that generalise
# Invented names; each case is a general pattern of English news (dev2 causes 1, 2, 7).

@pytest.mark.parametrize("text, expected", [
    # all-caps surname first after a title and a body: the title is no person
    ("Deputy Secretary-General of the ABCO LI Wenhao noted the progress.",
     [("LI Wenhao", None, "Deputy Secretary-General of the ABCO")]),
    # name particles
    ("The lecture was given by Inspector Jan de VRIES of the National Police.",
     [("Jan de VRIES", "Inspector", None)]),
    ("Colonel Omar al-Rashid met Dr. Anna van Dijk.",
     [("Omar al-Rashid", "Colonel", None), ("Anna van Dijk", None, None)]),
    # a middle initial of two letters
    ("Colonel Rustam Kh. Testov met the delegation.", [("Rustam Kh. Testov", "Colonel", None)]),
    # abbreviated ranks, kept as written
    ("CARICC Liaison Officer Lt. Colonel Ivan Y. Testov and Maj. Gen. Pavel Roe attended.",
     [("Ivan Y. Testov", "Lt. Colonel", "CARICC Liaison Officer"), ("Pavel Roe", "Maj. Gen.", None)]),
    # a title set off by a comma after a date, before rank and name
    ("On May 17, 2021, Director of the Drug Control Agency of Ruritania, Colonel A.B. Testov met him.",
     [("A.B. Testov", "Colonel", "Director of the Drug Control Agency of Ruritania")]),
    ("Head of the Drug Control Service (DCS) of the Interior Ministry, Colonel N. T. Testov, said.",
     [("N.T. Testov", "Colonel", "Head of the Drug Control Service (DCS) of the Interior Ministry")]),
])
def test_mentions_person_shapes_round2(text: str, expected: list) -> None:
    assert [(p.name, p.rank, p.role) for p in find_persons(text, 0, len(text))] == expected


def test_mentions_title_after_an_earlier_name_is_still_its_apposition():
    t = "Colonel A. Doe, Head of Unit, Colonel B. Roe met."
    assert [(p.name, p.role) for p in find_persons(t, 0, len(t))] == [("A. Doe", "Head of Unit"), ("B. Roe", None)]


def test_mentions_month_abbreviation_before_a_date_is_no_name():
    t = "On Jan 5 Colonel Ivan Roe met the delegation."
    assert [p.name for p in find_persons(t, 0, len(t))] == ["Ivan Roe"]


@pytest.mark.parametrize("text, expected", [
    # a place after a national body's country, or after a bare head noun, is no part of the name
    ("Officers are trained at the Training Institute of the Ministry of Internal Affairs of Russia in Podolsk.",
     ["Training Institute of the Ministry of Internal Affairs of the Russian Federation"]),
    ("The talks took place in the building of the Ministry in Astana.", []),
    # an office named after its seat keeps it
    ("The Head of the Ruritania Liaison Office in Dushanbe spoke.", ["Ruritania Liaison Office in Dushanbe"]),
    # "and" between two bodies, also after a trailing full stop and after an acronym
    ("The course was for officers of the Border Service and the State Revenue Committee.",
     ["Border Service", "State Revenue Committee"]),
])
def test_mentions_org_span_stops_at_place_and_coordination(text: str, expected: list) -> None:
    assert [o.name for o in find_orgs(text, 0, len(text))] == expected


def test_mentions_acronym_and_a_body_are_two():
    t = "He stressed the cooperation between ABCD and the Drug Control Agency."
    assert [o.name for o in find_orgs(t, 0, len(t), {"ABCD": "Main Directorate X"})] == [
        "Main Directorate X", "Drug Control Agency"]
    assert [o.name for o in find_orgs(t, 0, len(t))] == ["Drug Control Agency"]


# --- people: country words as given names, plural head nouns, spaced trailing initials, undotted ranks

@pytest.mark.parametrize("sentence,expected", [
    ("Dr. Lucia Moretti of the European Monitoring Centre spoke.", [("Lucia Moretti", None)]),
    ("The report was presented by Petrova M. T., chief specialist of the Narcology Centre.", [("Petrova M.T.", None)]),
    ("The Chief of Border Services Kristof Aalders opened the event.", [("Kristof Aalders", None)]),
    ("Lt Col Asad Rahimi met Col Omar Bashiri.", [("Asad Rahimi", "Lt Col"), ("Omar Bashiri", "Col")]),
    ("Experts of the DEA Middle East Region Office attended.", []),
])
def test_mentions_persons_more_spellings(sentence, expected):
    assert [(p.name, p.rank) for p in find_persons(sentence, 0, len(sentence))] == expected


# ------------------------------------- issue 3 round 3: organisation bodies and spans that generalise

def _orgs_of(*sentences: str) -> list[list[str]]:
    """The organisation names of each sentence, read in order with one acronym table."""
    acr: dict[str, str] = {}
    out = []
    for t in sentences:
        ps = find_persons(t, 0, len(t))
        out.append([o.name for o in find_orgs(t, 0, len(t), acr, [(p.start, p.end) for p in ps])])
    return out


@pytest.mark.parametrize("text, expected", [
    # a unit of an international body named in a title stands for the body
    ("The session was moderated by Ms. Nora VALDEZ, Chief of the Regional Section for Europe of UNODC.",
     ["United Nations Office on Drugs and Crime"]),
    # ... but a national department is an actor of its own
    ("He met Colonel Ivo Petrin, Head of the Department for Combating Drug Crimes of the Ministry of "
     "Internal Affairs of the Republic of Kazakhstan.",
     ["Department for Combating Drug Crimes of the Ministry of Internal Affairs of the Republic of Kazakhstan"]),
    # a portfolio in a title is not a body
    ("The Iranian side was represented by Colonel Reza Tavan, Director General for International "
     "Affairs of the Drug Control Headquarters.", ["Drug Control Headquarters"]),
    # "and of the" joins two national bodies
    ("Experts of the State Border Guard Service of Ukraine and of the Border Guard of Poland trained them.",
     ["State Border Guard Service of Ukraine", "Border Guard of the Republic of Poland"]),
    # a Force of a country is a body; a facility "supported" by a body is not an actor
    ("A delegation of the Anti-Narcotics Force of the Islamic Republic of Pakistan visited the "
     "UNODC-supported Border Liaison Office.", ["Anti-Narcotics Force of the Islamic Republic of Pakistan"]),
    # "... Working Group on <lower-case topic>" keeps its topic
    ("The meeting of the Expert Working Group on precursor chemicals was held online.",
     ["Expert Working Group on precursor chemicals"]),
    # a comma inside a list of names before a unit's head noun
    ("A delegation of UNODC headed by Mr. Jon Arvik, Chief of the Europe, West and Central Asia "
     "Section, arrived.", ["United Nations Office on Drugs and Crime", "United Nations Office on Drugs and Crime"]),
])
def test_mentions_org_bodies_round3(text: str, expected: list) -> None:
    assert _orgs_of(text)[0] == expected


def test_mentions_unit_in_title_of_a_delegation_head_is_the_delegation_body():
    t = ("A delegation of the Anti-Narcotics Force of the Islamic Republic of Pakistan (ANF) headed by "
         "Brigadier Omar K. Tariq, Director of the Regional Directorate South, visited the Centre.")
    assert _orgs_of(t)[0] == ["Anti-Narcotics Force of the Islamic Republic of Pakistan"] * 2
    ps = find_persons(t, 0, len(t))
    orgs = find_orgs(t, 0, len(t), {}, [(p.start, p.end) for p in ps])
    # the unit's span (inside the person's title) carries the body, so it gives the affiliation
    assert any(o.surface == "Regional Directorate South" for o in orgs)


def test_mentions_unit_in_title_without_a_body_is_dropped():
    assert _orgs_of("Ms. Lea Varga, Director of the Regional Directorate South, opened the event.")[0] == []


def test_mentions_premises_of_a_defined_body():
    first, second = _orgs_of(
        "Officers of the Counter Narcotics Police of Afghanistan (CNPA) were trained at the CNPA "
        "Academy in Herat.",
        "Later the Director received the guests at CNPA Headquarters.")
    # "at the CNPA Academy in Herat" is the venue; the acronym still names the body
    assert "CNPA Academy in Herat" not in first
    assert second == ["Counter Narcotics Police of the Islamic Republic of Afghanistan"]


def test_mentions_one_word_back_reference_in_a_title():
    first, second = _orgs_of(
        "The course was held at the Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan.",
        "It was opened by the Head of the Academy, Colonel Timur A. Rashidov.")
    assert second == ["Academy of the Ministry of Internal Affairs of the Republic of Uzbekistan"]
    # without a body named earlier, "the Academy" stays unresolved
    assert _orgs_of("It was opened by the Head of the Academy, Colonel Timur A. Rashidov.")[0] == []


def test_mentions_back_reference_to_a_body_named_earlier_in_the_sentence():
    t = ("The guests visited the Police Department of Karaganda city, where they were received by "
         "Deputy Chief of the Department, Police Colonel Arman B. Seitov.")
    assert _orgs_of(t)[0] == ["Police Department of Karaganda city"] * 2


@pytest.mark.parametrize("text, expected", [
    ("Earlier, the DG NCB received the delegation at NCB Headquarters.", ["NCB", "NCB"]),
    ("The Director General ABC Maj Gen Omar Latif opened the Joint Planning Cell (JPC) session.",
     ["ABC", "Joint Planning Cell"]),
    # no title before it: an acronym the document never spelled out is not taken as a body
    ("The seizures made by XYZ were reported.", []),
])
def test_mentions_acronym_after_a_title_and_before_headquarters(text: str, expected: list) -> None:
    assert _orgs_of(text)[0] == expected


def test_mentions_acronym_between_title_and_rank_is_no_name():
    t = "The delegation was led by Director General NCB Maj Gen Omar Farid Latif, while others followed."
    assert [(p.name, p.rank, p.role) for p in find_persons(t, 0, len(t))] == \
        [("Omar Farid Latif", "Maj Gen", "Director General NCB")]


def test_mentions_a_programme_with_an_acronym_is_a_body_without_one_it_is_not():
    t = "The training was conducted by the UNODC Global Maritime Crime Programme (GMCP) in Aktau."
    assert "UNODC Global Maritime Crime Programme" in {o.name for o in find_orgs(t, 0, len(t), {})}
    t = "The training was part of the Regional Programme for Afghanistan and Neighbouring Countries."
    assert find_orgs(t, 0, len(t), {}) == []


def test_mentions_a_clause_after_a_name_is_not_his_title():
    t = ("On April 10, the First Deputy Chairman of the State Committee for National Security of the "
         "Republic of Tajikistan, Lieutenant General Jon Ekberg, received the delegation of the Ministry of "
         "Public Security of the People's Republic of China.")
    [p] = find_persons(t, 0, len(t))
    assert p.role.startswith("First Deputy Chairman of the State Committee for National Security")
def test_persons_after_lower_case_titles_and_a_title_set_off_by_a_comma():
    t = ("The round table was chaired by the head of the committee, senator Jan Kowalski. According to "
         "deputy minister of internal affairs Ivan Petrov, interior minister Omar Doe met with the UNODC "
         "Regional Representative for Central Asia, Giulia Rossi, in Astana.")
    got = [(p.name, p.role) for p in find_persons(t, 0, len(t))]
    assert got == [("Jan Kowalski", "senator"), ("Ivan Petrov", "deputy minister of internal affairs"),
                   ("Omar Doe", "interior minister"),
                   ("Giulia Rossi", "UNODC Regional Representative for Central Asia")]
    # a lower-case word that is no title names nobody
    t = "The border guards of Tajikistan and Kyrgyzstan met the Border Troops."
    assert find_persons(t, 0, len(t)) == []


def test_orgs_a_country_s_body_under_its_full_name_and_a_date_ends_a_name():
    def names(t):
        return [(o.name, o.country) for o in find_orgs(t, 0, len(t), {})]
    # not a country of the table: the name as written
    assert names("a delegation of Ruritania's Drug Control Agency arrived") == [("Ruritania's Drug Control Agency", None)]
    assert names("a delegation of Tajikistan's Drug Control Agency arrived") == [
        ("Drug Control Agency of the Republic of Tajikistan", "TJ")]
    assert names("a delegation of the Kyrgyz Interior Ministry arrived") == [
        ("Ministry of Internal Affairs of the Kyrgyz Republic", "KG")]
    assert names("They met at the Customs Committee on March 14.") == [("Customs Committee", None)]


def test_orgs_a_permanent_mission_or_consulate_stands_for_its_country():
    [m] = extract_document(Document(doc="m.txt", text="On 14 March 2023 the Permanent Mission of the Republic "
                                                      "of Kazakhstan and UNODC held a side event in Vienna."))
    assert "KZ" in m.countries
    assert all("Mission" not in o.name for o in m.organizations)


# ----------------------------------------------------------------------------- days of real news (real11)

def _meetings_of(path: str):
    from pathlib import Path

    p = Path(__file__).resolve().parents[1] / "eval" / path
    return extract_document(Document(doc=p.name, text=p.read_text(encoding="utf-8")))


def test_opening_session_day_opens_the_days_of_an_n_day_workshop():
    """"A four-day ... workshop ... is underway" under an 8 November dateline, and "Addressing
    the opening session of the workshop on Tuesday 7th November 2017": 7-10 November, and the
    opening session is part of the workshop, not a meeting of its own."""
    ms = _meetings_of("real11/real11_01_eac.txt")
    assert [(m.start, m.end, m.type) for m in ms] == [("2017-11-07", "2017-11-10", "training")]


def test_arrival_for_an_n_day_visit_opens_its_days():
    ms = _meetings_of("real11/real11_03_irna.txt")
    visit = next(m for m in ms if "arrived" in m.evidence)
    assert (visit.start, visit.end) == ("2025-02-22", "2025-02-23")


def test_started_gathering_with_plan_words_is_held_and_dates_the_main_report():
    """"The two-day meeting, which started on October 29 seeks to ... ahead of its upcoming
    General Assembly": held (the plan words are about the Assembly), the lead's meeting of
    29-30 October; "President of the AFRIPOL General Assembly" is an office, not a meeting."""
    ms = _meetings_of("real11/real11_05_kbc.txt")
    assert [(m.start, m.end, m.status) for m in ms] == [("2024-10-29", "2024-10-30", "held")]
    assert "Algiers" == ms[0].city


def test_received_by_a_titled_person_is_a_reception_and_a_welcome_of_the_main_meeting_is_not():
    t = ("Bishkek, 27 March 2024\n\nOn March 27, the regular Kazakh-Kyrgyz consultations on border security were "
         "held in Bishkek. On the same day, the Kazakh delegation was received by the Secretary of the Security "
         "Council of the Kyrgyz Republic, Kanybek Osmonaliev.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert len(ms) == 2 and [p.name for p in ms[1].persons] == ["Kanybek Osmonaliev"]
    ms = _meetings_of("real8/real8_08_news_lk.txt")
    assert len(ms) == 1  # "was warmly received by President Sirisena": the welcome of the talks


def test_n_day_gathering_that_concluded_starts_on_the_day_it_started():
    """"A two-day border conference ... has concluded" and "The conference, which started at
    10am on Wednesday (24 May) ... ended on Thursday": 24-25 May, not the two days up to 24 May."""
    ms = _meetings_of("real13/real13_08_tbs_news.txt")
    assert [(m.start, m.end) for m in ms] == [("2023-05-24", "2023-05-25")]


def test_ongoing_meeting_is_on_the_day_of_the_stamp():
    ms = _meetings_of("real13/real13_05_fbc_news.txt")  # "The meeting continues in Nadi." under " date 2022-08-24"
    assert [(m.start, m.city) for m in ms] == [("2022-08-24", "Nadi")]


def test_meeting_dated_after_its_report_is_a_plan():
    ms = _meetings_of("dev7/dev7_06_eu_tj.txt")  # "agreed to organize a joint round table ... in November 2023"
    table = next(m for m in ms if "round table" in m.evidence)
    assert (table.start, table.status) == ("2023-11", "planned")


def test_people_who_convened_in_a_city_met_there_with_their_countries():
    t = ("Publication date 24.8.2023 16.11\n\nNational police commissioners from Valdoria, Sweden, Denmark and "
         "Norway convened in Helsinki on 22-24 August. The agenda included street gangs.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.end, m.city, m.countries) for m in ms] == [
        ("2023-08-22", "2023-08-24", "Helsinki", ("SE", "DK", "NO"))]


def test_a_capital_named_by_its_country_s_possessive():
    t = "Interior ministers of the bloc convened on 3 May 2022 in Uruguay’s capital to discuss crime."
    assert [m.city for m in extract_document(Document(doc="x.txt", text=t))] == ["Montevideo"]


def test_a_later_item_opening_on_the_meeting_is_no_meeting_of_its_own():
    """The caption names split the page into items; "“At the meeting, ...” X adds." in the second
    refers to the meeting the first reports (real18_07: the first blind run gave two meetings)."""
    ms = _meetings_of("real18/real18_07_finnish_police.txt")
    assert [(m.start, m.end, m.city) for m in ms] == [("2023-08-22", "2023-08-24", "Helsinki")]


def test_a_participle_lead_refers_back_to_the_meeting_and_dates_it():
    t = ("12 May 2021\n\nThe Police Academy of Estonia organised a seminar on forensic training for the fourth "
         "time.\n\nHeld in Tartu, Estonia, on 3 May until 5 May 2021, the seminar attracted 30 participants "
         "from 12 states.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.end, m.city) for m in ms] == [("2021-05-03", "2021-05-05", "Tartu")]


def test_a_plan_inside_the_description_does_not_end_it_when_delegations_follow():
    t = ("10 August 2017, Kathmandu: The 18th session of the Senior Officials’ Meeting kicked off in the capital "
         "today. The two-day meeting will set the agenda for the Ministerial Meeting scheduled for August 11.\n\n"
         "Foreign Secretary Piotr Nowak is leading the Polish delegation to the meeting.\n\n"
         "Likewise, the Czech team is led by Deputy Minister of Foreign Affairs Jana Novakova.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [p.name for p in ms[0].persons] == ["Piotr Nowak", "Jana Novakova"]
    assert ms[0].start == "2017-08-10" and not ms[1].persons and ms[1].status == "planned"


def test_days_each_paired_with_a_city_are_one_meeting_each():
    """A project's digest: "On 3-5 May in Osh and 9-11 May in Naryn, experts met ..." reports
    two gatherings (real24_06: the first blind run kept one of each sentence's pairs)."""
    t = ("On 3rd-5th May in Osh and 9th-11th May in Naryn, experts met border officials.\n\n"
         "On 21-23 June, in Jalal-Abad, and 26-28 June, in Talas, two workshops on profiling were held in 2019.\n\n"
         "Workshops were held in Karakol on 2 July 2019 and in Batken on 9 July 2019.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.end, m.city) for m in ms] == [
        ("2019-05-03", "2019-05-05", "Osh"), ("2019-05-09", "2019-05-11", "Naryn"),
        ("2019-06-21", "2019-06-23", "Jalal-Abad"), ("2019-06-26", "2019-06-28", "Talas"),
        ("2019-07-02", "2019-07-02", "Karakol"), ("2019-07-09", "2019-07-09", "Batken")]
    assert len(set(report_keys(ms))) == 6


def test_separately_or_meanwhile_someone_met_is_another_meeting_of_the_day_at_the_dateline_city():
    """real24_01: a page of one minister's day; "KUWAIT:" is the capital that bears the country's name."""
    t = (" date 2021-06-30 KUWAIT: Minister of Interior Sheikh Omar Ali Sabah Al-Salem Al-Sabah yesterday held talks "
         "with Major General Jan Kowal. The two sides discussed security.\n\n"
         "Meanwhile, Major General Kowal thanked minister Sheikh Omar for the meeting.\n\n"
         "Meanwhile, Sheikh Omar held talks with Ambassador Ana Lis, thanking her for her work. "
         "Separately, the minister met with Piotr Nowak, the Director for the Middle East.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.city) for m in ms] == [("2021-06-29", "Kuwait City")] * 3
    assert [{"Jan Kowal", "Ana Lis", "Piotr Nowak"} & {p.name for p in m.persons} for m in ms] == [
        {"Jan Kowal"}, {"Ana Lis"}, {"Piotr Nowak"}]


def test_a_later_item_on_the_dialogue_already_reported_is_none_of_its_own_even_undated():
    t = ("Police chiefs of Osh and Naryn held a border dialogue in Osh.\n\n"
         "“The dialogue is aimed at discussing common threats,” the spokesperson said.\n")
    assert [m.evidence[:11] for m in extract_document(Document(doc="x.txt", text=t))] == ["Police chie"]


def test_an_outlet_s_bracketed_dateline_dates_the_day_and_a_town_named_like_a_person_after_a_title():
    """real25_03: "Outlet (KATHMANDU, 13 November 2019) –" was no dateline; "President Hamid" no
    person, since Hamid is also a town; "KP Sharma Oli" initials without dots."""
    t = ("Osh Weekly (BISHKEK, 13 November 2019) – Vice-President Jan Kowal paid a courtesy call on visiting "
         "President of Latvia Ivo Hamid here this afternoon. Also today, Prime Minister KP Sharma Oli called on "
         "President Hamid and discussed relations.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.city) for m in ms] == [("2019-11-13", "Bishkek")] * 2
    assert {p.name for p in ms[1].persons} == {"KP Sharma Oli", "Hamid"}


def test_a_later_sentence_naming_the_main_gathering_again_is_no_meeting_of_its_own():
    """real26_07: "... opened yesterday's mid-term review meeting" was a second meeting."""
    t = (" date 2022-03-25 Representatives of Osh and Naryn met in Osh yesterday for the mid-term review meeting "
         "of the joint commission.\n\nAmbassador Jan Kowal, co-chair of the session, opened yesterday’s "
         "mid-term review meeting.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.city) for m in ms] == [("2022-03-24", "Osh")]
    assert "Jan Kowal" in {p.name for p in ms[0].persons}


def test_a_council_named_as_its_member_states_is_no_session():
    t = (" date 2023-11-09 OSH — Minister Jan Kowal underlined the unity of the Central Steppe Council (CSC) states.\n\n"
         "Addressing the 40th session of the Council of CSC Ministers in Osh on Wednesday, he called for cooperation.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.type, m.start) for m in ms] == [("council_session", "2023-11-08")]


def test_a_sponsor_a_presidency_and_a_place_are_no_participants():
    t = ("On 18 February 2025 two judges of Osh attended a workshop organised by the Steppe Bureau and sponsored by "
         "the European Union. The talks focused on the priorities of the Polish Presidency of the EU Council and "
         "the migrants who entered the European Union.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [o.name for o in ms[0].organizations if "Union" in o.name or o.name == "EU"] == []


def test_a_meeting_word_before_the_head_of_a_body_s_name_is_no_gathering():
    """real24_08: "held at the Nuclear Security Training Center" made a seminar a training."""
    t = "The Third Regional Seminar on forensics was held at the Osh Border Training Center on 9-13 December 2019."
    assert [m.type for m in extract_document(Document(doc="x.txt", text=t))] == ["seminar"]


def test_after_the_meeting_someone_had_a_courtesy_visit_with_another_is_a_meeting_of_that_day_and_place():
    """real27_08: the courtesy visit after the main meeting was missed."""
    t = (" date 2023-10-06 The vice foreign ministers of Osh and Naryn held a strategic dialogue in Bishkek on Thursday.\n\n"
         "The two officials discussed the summit of Naryn with Talas last month.\n\n"
         "After the meeting, Mr. Jan Kowal had a courtesy visit with Foreign Minister Ana Lis.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    visit = next(m for m in ms if "Ana Lis" in {p.name for p in m.persons})
    assert (visit.type, visit.start, visit.city) == ("meeting", "2023-10-05", "Bishkek")


def test_a_conference_centre_is_the_venue_not_a_participant():
    t = "The police chiefs of the region met at the Kowal Conference Centre in Osh on 3 May 2019."
    ms = extract_document(Document(doc="x.txt", text=t))
    assert not [o.name for o in ms[0].organizations if "Centre" in o.name]


def test_last_march_and_april_last_year_count_back_from_the_stamp():
    """real30_07, real31_06: "Last March" took the stamp's month, "in April last year" the stamp's year."""
    t = (" date 2011-01-16 Last March, Osh and Naryn hosted their second bilateral meeting in Osh.\n\n"
         " date 2017-06-02 The ministers of Osh and Naryn held talks in Osh on 1 June 2017. Minister Jan Kowal "
         "first met Minister Ana Lis in Naryn in April last year.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [m.start for m in ms] == ["2010-03", "2017-06-01", "2016-04"]


def test_a_stamp_under_the_lead_gives_the_lead_its_year():
    """real31_02: "on October 11" in the lead, the stamp "October 12, 2011 4:13 PM" right under it."""
    t = ("Minister Jan Kowal on October 11 led a delegation to the 8th Ministerial Meeting on Crime in Osh.\n\n"
         "October 12, 2011 4:13 PM GMT+7\n\nThe event drew ministers of the region.\n")
    assert [m.start for m in extract_document(Document(doc="x.txt", text=t))][:1] == ["2011-10-11"]


def test_a_place_right_after_the_comma_of_a_name_is_the_venue():
    """real30_04: "..., Dr Korir Singoei, at the Ministry ... in Nairobi" was read as his apposition."""
    t = (" date 2023-02-18 Osh, Kyrgyzstan | THE WEEKLY | The Permanent Secretary Jan Kowal met with the Principal "
         "Secretary of Naryn, Dr Ana Lis, at the Ministry of Foreign Affairs in Bishkek on 10th February 2023.")
    assert [m.city for m in extract_document(Document(doc="x.txt", text=t))] == ["Bishkek"]


def test_air_and_naval_ranks_and_four_undotted_initials() -> None:
    """real34_06: "the Acting Secretary Commodore AD Weerasinghe", "General LHSC Silva" and "Lt Col
    Michael Hollanda": Commodore is a rank, not a person; four capitals without a vowel are
    initials, not a surname written in capitals."""
    text = ("The delegations met in Colombo on 3 May 2023. The Secretariat was represented by the Acting "
            "Secretary Commodore RD Pallewatte, the Navy by General LHSC Korale and the Land Force by "
            "Lt Col Ivor Brandt.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    names = {p.name for p in m.persons}
    assert "Commodore" not in names
    assert {"LHSC Korale", "Ivor Brandt"} <= names


def test_a_plain_meeting_held_online_is_a_videoconference() -> None:
    """real34_06: "the 8th level meeting hosted virtually by Mauritius on Wednesday" is a
    videoconference; a training held online stays a training."""
    text = ("Ruritania and Borduria held the 8th level meeting hosted virtually by Ruritania on 4 May 2023.\n\n"
            "The Academy held an online training course for customs officers on 9 May 2023.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert [(m.type, m.format) for m in ms] == [("videoconference", "online"), ("training", "online")]


def test_an_earlier_dated_meeting_does_not_take_the_participants_of_a_meeting_on_a_weekday() -> None:
    """real34_06: under a stamp, "the 8th meeting ... on Wednesday"; then "reviewed decisions
    taken at the 7th meeting hosted by Borduria on July 12, 2023" (a year earlier): the
    delegations named after it took part in Wednesday's meeting."""
    text = (" date 2024-07-10 \nRuritania and Borduria held the 8th level meeting of the Conclave in Riverton "
            "on Wednesday. In today's session, Member States reviewed decisions taken at the 7th level meeting "
            "hosted by Borduria "
            "on July 12, 2023. Ruritania was represented by Deputy Adviser Ivo Darnell, while Borduria was "
            "represented by Lt Col Oleg Varnakov.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert [m.start for m in ms] == ["2024-07-10", "2023-07-12"]
    assert {p.name for p in ms[0].persons} == {"Ivo Darnell", "Oleg Varnakov"}
    assert not ms[1].persons


def test_a_two_letter_word_opens_a_name_before_another_name_word() -> None:
    """real34_01: "Vice Minister ... and Head of the National Office of Port Administration Hu Wei"
    names Hu Wei (the body's name ends before him), and "Following the meeting, X met with Y" is
    another meeting."""
    text = ("The third meeting of the Border Commission took place in Ulaanbaatar city on September 9-10, 2019. "
            "Following the meeting, Director General of the Customs Authority B.Tsolmon met with Vice Minister "
            "of the Customs Office of Ruritania and Head of the National Office of Port Administration Hu Lan, "
            "discussing the results.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert len(ms) == 2 and {p.name for p in ms[1].persons} == {"B. Tsolmon", "Hu Lan"}
    assert not any("Hu Lan" in o.name for m in ms for o in m.organizations)


def test_a_frequent_word_before_two_name_words_ends_the_title() -> None:
    """real17_08, dev8_03, real32_03: "Under Secretary for Management and Resources Richard Verma",
    "Special Agent Kevin D. Marsh", "... and National Planning Brahim Merad met ...": the person
    is the last two words, not "Resources Richard Verma"."""
    text = ("Minister of the Interior, Local Authorities and National Planning Ivo Darnell met Deputy Secretary "
            "for Management and Resources Oskar Velimorov in Riverton on 3 May 2023.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert {p.name for p in m.persons} == {"Ivo Darnell", "Oskar Velimorov"}


def test_courtesy_calls_before_the_ceremony_are_another_meeting_and_an_award_is_no_person() -> None:
    """real34_02: "The honour, also known as the Darjah Utama Bakti Cemerlang, was conferred on
    ..." names an award, not a person; "Before the ceremony, Mr Osk made separate courtesy calls on
    Prime Minister ..." is a meeting of its own, the ceremony's day."""
    text = (" date 2019-04-16 The honour, also known as the Darjah Utama Cemerlang Raya, was conferred on "
            "Inspector-General of Police Oskar Velimorov, who met President Ana Rovel in Riverton yesterday.\n\n"
            "Before the ceremony, Mr Velimorov made separate courtesy calls on Prime Minister Ivo Darnell and "
            "Home Affairs Minister K. Tarkan.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert not any("Cemerlang" in p.name for m in ms for p in m.persons)
    assert len(ms) == 2 and {"Ivo Darnell", "K. Tarkan"} <= {p.name for p in ms[1].persons}
    assert ms[1].start == ms[0].start == "2019-04-15"


def test_talks_on_the_session_margins_are_another_meeting_of_its_day_and_place() -> None:
    """real35_01: "On the session margins, Sheikh Fahad held talks with the Bahraini Minister of
    Interior ..." under "the 41st meeting of GCC ministers of interior held here"."""
    text = (" date 2024-11-20 RIVERTON, Nov 20 (Agency) -- Minister Ivo Darnell headed on Wednesday the "
            "delegation at the 41st meeting of the ministers of interior held here.\n\n"
            "On the session margins, Minister Darnell held talks with the Bordurian Minister of Interior "
            "Oleg Varnakov on security issues.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert len(ms) == 2 and ms[1].start == ms[0].start == "2024-11-20"
    assert ms[1].city == ms[0].city == "Riverton"
    assert "Oleg Varnakov" in {p.name for p in ms[1].persons}


def test_a_meeting_last_month_is_no_main_day_for_background() -> None:
    """Review: "met last month" under a July stamp does not make a meeting of June 20 background
    (only a day named relative to the report, "on Wednesday", bounds the main meeting's day)."""
    text = (" date 2024-07-10 \nJan Kowal met Ali Said last month in Astana. Separately, Kowal held talks with "
            "the delegation of Uzbekistan in Tashkent on June 20, 2024. The delegation of Kazakhstan also "
            "attended.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert ms[-1].start == "2024-06-20" and "KZ" in ms[-1].countries


def test_surnames_with_a_capital_inside_are_read_whole() -> None:
    """real33_05: "Ambassador Luis CdeBaca" was "Luis Cde", "Minister Paul McDonald" was "Paul"."""
    text = "Minister Ivo McAllan met Ambassador Luis CdeVarna and Governor Ann MacTavish in Riverton on 3 May 2023.\n"
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert {p.name for p in m.persons} == {"Ivo McAllan", "Luis CdeVarna", "Ann MacTavish"}


def test_states_represented_at_a_convention_take_part() -> None:
    """real32_02: "Other states represented at the Convention included Burundi, Canada, ..."; states
    "not represented either" do not."""
    text = ("On 22 and 23 May 2012, the Regional Programme convened the First Annual Convention of "
            "Practitioners in Riverton. Other states represented at the Convention included Burundi, Canada "
            "and Denmark. Iran and Pakistan were not represented either.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert {"BI", "CA", "DK"} <= set(m.countries) and not {"IR", "PK"} & set(m.countries)


def test_caribbean_short_names_take_part_and_a_country_inside_a_city_name_does_not() -> None:
    """real33_01, real27_02: "Commissioners from: Anguilla, St Kitts/Nevis, St Lucia, St Vincent
    and United States Virgin Islands" at a conference in Port of Spain: Spain took no part;
    Guatemala, a city and a country, still does."""
    text = ("Present at the Conference in Port of Spain on 28 April 2014 were Commissioners from: Anguilla, "
            "St Kitts/Nevis, St Lucia, St Vincent and United States Virgin Islands.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert set(m.countries) == {"AI", "KN", "LC", "VC", "VI"}
    [m] = extract_document(Document(doc="x.txt", text="Delegations of Mexico and Guatemala attended the "
                                                      "meeting in Guatemala on 3 May 2023.\n"))
    assert set(m.countries) == {"MX", "GT"}


def test_a_town_inside_a_person_s_name_is_no_place() -> None:
    """real34_01: "... Head of the National Office of Port Administration Hu Wei" (Wei is a Chinese
    town): the meeting after "Following the meeting," is at the main meeting's place."""
    text = ("The third meeting of the Border Commission took place in Ulaanbaatar city on September 9-10, 2019. "
            "Following the meeting, Director General B.Tsolmon met with the Head of the National Office of Port "
            "Administration Hu Wei, discussing the results.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert [m.city for m in ms] == ["Ulaanbaatar", "Ulaanbaatar"]


def test_malay_and_bruneian_honorifics_open_a_name() -> None:
    """real34_03: "Royal Brunei Police Force Commissioner Datuk Paduka Seri Mohd Jammy Muhd Shah
    Al-Islam" is a person after a title and an honorific, not part of the force's name."""
    text = ("The Commissioner held a joint media conference with Royal Brunei Police Force Commissioner Datuk "
            "Paduka Seri Mohd Omar Muhd Shah Al-Amin in Kota Kinabalu on 3 May 2023.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert "Mohd Omar Muhd Shah Al-Amin" in {p.name for p in m.persons}
    assert "Royal Brunei Police Force" in {o.name for o in m.organizations}


def test_and_a_second_title_ends_a_body_s_name() -> None:
    """real34_01, real21_02: "Vice Minister of the Customs Office of Ruritania and Head of the
    National Port Office Oskar Velimorov": the body is the Customs Office of Ruritania."""
    text = ("Minister Ivo Darnell met with Vice Minister of the General Customs Office of Ruritania and Head of the "
            "National Port Office Oskar Velimorov in Riverton on 3 May 2023.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert not any("Head of" in o.name for o in m.organizations)
    assert "Oskar Velimorov" in {p.name for p in m.persons}


def test_police_rank_abbreviations_are_titles_not_initials() -> None:
    """real31_06: "SSP Ravula" (Senior Superintendent of Police) was read as "S.S.P. Ravula"."""
    text = ("The Fiji Police were represented by SSP Ivo Ratavu at the meeting in Suva on 3 May 2023, "
            "where SSP Ratavu spoke.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    names = {p.name for p in m.persons}
    assert "Ivo Ratavu" in names and not any(n.startswith("S.") for n in names)


def test_a_caption_restating_the_report_below_it_is_one_meeting() -> None:
    """real36_08: the photo's caption ("A holds talks with B in Riyadh on Thursday.") above the
    report ("A received B ... in Riyadh on Thursday") gave two meetings of one talk."""
    t = ("September 26, 2024\nRuritanian Minister of Interior Oskar Varn holds talks with his Bordurian counterpart "
         "Ivo Darnell in Osh on Thursday.\n\nAgency report\n\nOSH — Ruritanian Minister of Interior Oskar Varn "
         "received his Bordurian counterpart Ivo Darnell at the ministry in Osh on Thursday. Attending the "
         "reception was Director of Public Security Lt. Gen. Jan Kowal.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.id, m.start, m.city) for m in ms] == [("x#1", "2024-09-26", "Osh")]
    assert {p.name for p in ms[0].persons} >= {"Oskar Varn", "Ivo Darnell", "Jan Kowal"}


def test_a_numbered_gathering_named_again_under_a_subheading_is_one_meeting() -> None:
    """real38_01: "held the 20th Meeting of the ... Group" and, under the subheading, "The 20th
    Meeting ... was conducted at the Ministry" were two meetings; a 21st meeting stays apart."""
    t = ("Osh, 13 September 2022: The officials of Osh and Naryn held the 20th Meeting of the Border Affairs "
         "Group on Tuesday.\n\nBorder Affairs Group\n\nThe 20th Meeting Osh-Naryn Border Affairs Group was "
         "conducted at the Ministry. Deputy Minister Ivo Darnell represented the Naryn side.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert len(ms) == 1 and ms[0].city == "Osh" and "Ivo Darnell" in {p.name for p in ms[0].persons}
    other = t.replace("The 20th Meeting Osh-Naryn", "The 21st Meeting Osh-Naryn")
    assert len(extract_document(Document(doc="x.txt", text=other))) == 2


@pytest.mark.parametrize("sentence,persons,orgs", [
    ("The talks were opened by Dr Anton Varn, Director of DCAF Geneva, and Mr Jan Kowal, Director of DCAF Osh.",
     ["Anton Varn", "Jan Kowal"], []),
    ("He met advisers working with the Royal PNG Constabulary in Osh.", [], ["Royal PNG Constabulary"]),
])
def test_a_body_s_office_in_a_city_and_a_constabulary_are_no_persons(sentence, persons, orgs) -> None:
    """real37_01 "Director of DCAF Geneva" and real39_07 "the Royal PNG Constabulary" were persons."""
    assert [p.name for p in find_persons(sentence, 0, len(sentence))] == persons
    assert [o.name for o in find_orgs(sentence, 0, len(sentence))] == orgs


def test_the_summit_a_meeting_was_mandated_by_is_background() -> None:
    """real36_04: "As mandated by the Luanda Summit of the 21st of August 2019, the first meeting
    ... was held in Kigali ... on the 14th of February 2020" was a summit of 2019."""
    t = ("As mandated by the Osh Summit of the 21st of August 2019, the first meeting of the Ad hoc Commission "
         "between Ruritania and Borduria was held in Naryn on the 14th of February 2020.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.type, m.start, m.city) for m in ms] == [("meeting", "2020-02-14", "Naryn")]
    plain = "The Osh Summit of the 21st of August 2019 was held in Osh."
    assert [(m.type, m.start) for m in extract_document(Document(doc="x.txt", text=plain))] == [("conference", "2019-08-21")]


def test_asked_about_the_meeting_and_an_agreement_signed_with_a_country_open_nothing() -> None:
    """real38_02: "Asked about the meeting, Lis told the agency that they reviewed the Free Trade
    Agreement signed with Naryn in December 2021" was a meeting of December 2021."""
    t = ("Ruritania and Borduria reviewed their bilateral agenda in Osh on 3 May 2022 during a meeting of their "
         "Foreign Ministries. Asked about the meeting, Ana Lis told the agency that they reviewed the Free Trade "
         "Agreement signed with Naryn in December 2021.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.city) for m in ms] == [("2022-05-03", "Osh")]


def test_a_sentence_closed_by_a_credit_inside_a_paragraph_still_reports_its_meeting() -> None:
    """Review of the caption rule: only a line of its own is a caption."""
    t = ("The two leaders discussed trade. Prime Minister Ana Lis held talks with President Jan Kowal in Osh "
         "on 5 May 2023 (Source: OSHA)\n")
    assert [(m.start, m.city) for m in extract_document(Document(doc="x.txt", text=t))] == [("2023-05-05", "Osh")]


def test_surnames_in_capitals_after_a_city_given_name_stay_persons() -> None:
    """Review of the "DCAF Geneva" rule: "Sydney MUFAMADI" is a name (capitals after the city)."""
    t = "The minister met Adelaide DUPONT and Sydney MUFAMADI in Kinshasa on 5 May 2023."
    assert [p.name for p in find_persons(t, 0, len(t))] == ["Adelaide DUPONT", "Sydney MUFAMADI"]


def test_different_gatherings_of_a_page_stay_apart() -> None:
    """Review of fold_restatements: a bilateral on the sidelines of a summit (another type), the
    first meetings of two bodies on one day, and a phone call stay their own meetings."""
    summit = ("Osh, 5 May 2023: The Summit of the Silk Council opened in Osh on 5 May 2023 with President Ana Lis, "
              "President Jan Kowal and President Omar Said.\n\nSidelines\n\nOn the sidelines, President Ana Lis "
              "met President Jan Kowal in Osh on 5 May 2023.\n")
    assert len(extract_document(Document(doc="x.txt", text=summit))) == 2
    bodies = ("Osh, 5 May 2023: The 1st Meeting of the Joint Commission was held in Osh on 5 May 2023.\n\n"
              "Working Group\n\nThe 1st Meeting of the Working Group on Borders was held in Osh on 5 May 2023.\n")
    assert len(extract_document(Document(doc="x.txt", text=bodies))) == 2


def test_a_page_of_thousands_of_items_of_one_day_compares_only_reports_that_share_someone(monkeypatch) -> None:
    """Review of fold_restatements: candidates come from an index of persons and numbered
    gatherings by day (2,000 same-day items took 8.75 s when every pair was compared): 4,000
    reports of one day with other persons are never compared, two that share one are."""
    import parleygraph.extract.meetings as meetings
    from parleygraph.extract.records import Meeting, PersonRef

    calls = []
    real = meetings.restates
    monkeypatch.setattr(meetings, "restates", lambda *a, **k: calls.append(1) or real(*a, **k))
    ms = [Meeting(id=f"x#{i}", doc="x", item=i, evidence="The sides met.", span=(0, 14), start="2024-05-01",
                  persons=(PersonRef(f"Ana Lis{i}"), PersonRef(f"Jan Kowal{i}"))) for i in range(4000)]
    assert len(meetings.fold_restatements(ms, "x")) == 4000 and not calls
    ms.append(Meeting(id="x#4001", doc="x", item=4001, evidence="They met.", span=(0, 9), start="2024-05-01",
                      persons=(PersonRef("Ana Lis7"), PersonRef("Jan Kowal7"), PersonRef("Omar Said"))))
    folded = meetings.fold_restatements(ms, "x")
    assert len(folded) == 4000 and len(calls) == 1 and len(folded[7].persons) == 3


def test_a_date_after_an_agreement_signed_with_a_delegation_during_talks_is_theirs() -> None:
    """Review of the widened 'published' pattern: "signed with the Chilean delegation during
    talks in Santiago on 5 May 2023" dates the talks."""
    t = "The memorandum was signed with the Chilean delegation during talks in Santiago on 5 May 2023."
    assert [m.start for m in extract_document(Document(doc="x.txt", text=t))] == ["2023-05-05"]


def test_thereafter_and_following_that_meeting_open_further_meetings_of_an_undated_page():
    """real42_04: one minister's round of bilateral meetings, the page undated."""
    t = ("A round of bilateral meetings was held earlier today by Minister of Foreign Affairs Jan Kowal with "
         "the new Ambassador of Ruritania, Piotr Nowak. Minister Kowal stressed good relations. "
         "Thereafter, Minister Kowal also held a bilateral meeting with the Ambassador of Japan Taro Sato. "
         "Following that meeting, Minister Kowal then met with Mr. Ali Said, the representative of the "
         "Organization of American States.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [{"Piotr Nowak", "Taro Sato", "Ali Said"} & {p.name for p in m.persons} for m in ms] == [
        {"Piotr Nowak"}, {"Taro Sato"}, {"Ali Said"}]


def test_discussed_with_someone_named_is_a_meeting_and_training_fields_are_no_training():
    """real40_08: "discussed on Thursday, with the US ambassador to Jordan, X" has no meeting word;
    "the technical and training security fields" names a field of cooperation."""
    t = (" date 2021-01-21 Director of the Border Guard, Major Gen. Jan Kowal, discussed on Thursday, with "
         "the US ambassador to Ruritania, Piotr Nowak, ways to enhance joint cooperation.\n\n"
         "During the meeting, Kowal praised their cooperation in the technical and training security fields.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.type, m.start) for m in ms] == [("meeting", "2021-01-21")]
    assert {"Jan Kowal", "Piotr Nowak"} <= {p.name for p in ms[0].persons}
    assert ms[0].evidence.startswith("Director of the Border Guard")


def test_cooperation_discussed_without_anyone_named_after_with_is_no_meeting():
    t = "The ministers discussed the plan with enthusiasm, the statement said, and praised the results."
    assert extract_document(Document(doc="x.txt", text=t)) == []


def test_two_named_signers_make_a_signing_and_an_agreement_signed_by_people_is_a_document():
    """real41_06 / real43_04: "X and Y signed in the city of Z the protocol", "was signed between
    Commissioner X and the Chief of ..." are signings; "the agreement signed by X and Y in 2019" is not."""
    t = ("The General Director of the State Police, Jan Kowal and the General Director of the Osterian "
         "Police, Piotr Nowak, signed in the city of Osh the protocol on police cooperation.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.city, {p.name for p in m.persons} >= {"Jan Kowal", "Piotr Nowak"}) for m in ms] == [("Osh", True)]
    t = " date 2015-08-20 The arrangement was signed between Commissioner Jan Kowal and the Chief of the Osterian Police."
    assert [m.start for m in extract_document(Document(doc="x.txt", text=t))] == ["2015-08-20"]
    t = "The agreement signed by Commissioner Jan Kowal and Director Piotr Nowak in 2019 covers border checks."
    assert extract_document(Document(doc="x.txt", text=t)) == []


def test_a_plan_for_tomorrow_under_a_published_on_stamp_is_dated_and_planned():
    """real42_07: "Published On: Wed, Feb 14th, 2018" stamps the page; "will chair the 6th
    Bi-national Cabinet tomorrow" is the next day's plan (a binational cabinet is a gathering)."""
    t = ("Published On: Wed, Feb 14th, 2018\n\nTwo presidents to meet\n\n"
         "President Jan Kowal and his counterpart President Ali Said will chair the 6th Bi-national Cabinet "
         "tomorrow in Pereira.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.status, m.start, m.city) for m in ms] == [("planned", "2018-02-15", "Pereira")]
    t = " date 2022-04-13 They agreed to bolster their efforts after Minister Jan Kowal met Ali Said in Asunción Tuesday."
    assert [(m.status, m.start) for m in extract_document(Document(doc="x.txt", text=t))] == [("held", "2022-04-12")]


def test_a_double_surname_and_an_ould_name_are_one_person_of_the_meeting():
    """real27 / real40: "López Obrador" beside "Andrés Manuel López Obrador", "Ould Kablia" beside
    "Daho Ould Kablia" (Ould, "son of", belongs to the surname)."""
    t = ("On 3 May 2021 in Mexico City, President Ana Maria Lopez Ferraz met Minister of Interior Jan Ould Kowal. "
         "President Lopez Ferraz and Minister Ould Kowal discussed border security.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [sorted(p.name for p in m.persons) for m in ms] == [["Ana Maria Lopez Ferraz", "Jan Ould Kowal"]]


def test_a_read_link_line_inside_an_article_is_no_text_and_parts_nothing():
    """real43_05: "READ: Ruritanian president repeats praise" between paragraphs is a link to another
    article: the surname the article introduced above it still names its person below it."""
    t = ("OSH, Ruritania – Police chief General Jan Kowal welcomed on Friday the remarks of Osterian "
         "President Piotr Nowak.\nREAD: Osterian president repeats praise for the police\n"
         "Nowak will visit the headquarters of the police in Osh on Saturday, 19 January 2019.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, "Piotr Nowak" in {p.name for p in m.persons}) for m in ms] == [("2019-01-19", True)]


def test_the_reason_the_people_received_came_does_not_type_the_meeting():
    """real40_02: heads of police "who are in the country to witness the launch of the exercise"
    were received: a meeting, not a training."""
    t = ("Osh, 22 August 2012\n\nPresident Jan Kowal today received in his office heads of regional police "
         "forces who are in the country to witness the official launch of the police command post exercise.")
    assert [m.type for m in extract_document(Document(doc="x.txt", text=t))] == ["meeting"]
    t = "Osh, 22 August 2012\n\nPolice officers of five countries took part in a command post exercise in Osh today."
    assert [m.type for m in extract_document(Document(doc="x.txt", text=t))] == ["training"]


def test_a_feed_s_listing_of_links_opens_no_meeting():
    """real42_01: a page copied from a feed opens on its listing (title, address, time stamp, ...)."""
    t = ("Border issues – Osh Community https://osh.example Osh Community Sat, 12 Jul 2025 01:49:38 +0000 en-US "
         "hourly 1 https://wordpress.org/?v=6.4.6 COMMUNIQUE | Forty-ninth Regular Meeting of the Conference of "
         "Heads of Government | Osh https://osh.example/communique/ Sat, 12 Jul 2025 01:17:42 +0000 "
         "https://osh.example/?p=46886 COMMUNIQUE\n\nThe Forty-Ninth Regular Meeting of the Conference of Heads "
         "of Government was held in Osh from 6-8 July under the chairmanship of Prime Minister Jan Kowal.")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.city) for m in ms] == [("2025-07-06", "Osh")]


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting word beside "areas of" is still a meeting; only "training" can name a field
    ("Interior Minister Jan Kowal held talks on areas of mutual interest with Ali Said in Osh on 3 May 2023.",
     [("held", "meeting", "2023-05-03")]),
    ("They discussed cooperation in the area of training at a meeting in Osh on 3 May 2023.",
     [("held", "meeting", "2023-05-03")]),
    # people before "signed" in reported speech, "the signed agreement": no signing
    ("President Jan Kowal and Prime Minister Ali Said said on Wednesday that the treaty signed in 2019 holds.", []),
    ("President Jan Kowal praised Prime Minister Ali Said for the signed agreement on Wednesday.", []),
    # "agreed to" is no plan for the talks of Monday; "who will step down" is another clause
    (" date 2023-05-04 Interior Minister Jan Kowal and Ali Said agreed to boost police cooperation at talks in "
     "Osh on Monday.", [("held", "meeting", "2023-05-01")]),
    (" date 2023-05-04 Interior Minister Jan Kowal, who will step down soon, met Ali Said in Osh on Monday.",
     [("held", "meeting", "2023-05-01")]),
    # talks in writing are no gathering; a letter handed over at a meeting is no talks in writing
    ("The issue was discussed with the ambassador, Ali Said, in a letter sent on 3 May 2023.", []),
    ("Jan Kowal met Ali Said in Osh on 3 May 2023 and handed him an invitation in a letter from President Ana Lis.",
     [("held", "meeting", "2023-05-03")]),
    # "who is in charge" says nothing of why anyone came; "who is in Osh to attend a seminar" does
    (" date 2023-05-04 Jan Kowal, who is in charge of preparations for the summit, opened it in Osh on "
     "Wednesday.", [("held", "conference", "2023-05-03")]),
    (" date 2023-05-04 The minister received Ali Said, who is in Osh, Kyrgyzstan, to attend a seminar on border "
     "security, on Wednesday.", [("held", "meeting", "2023-05-03")]),
    # a forward day in its own clause, across a place's commas; "is expected to"
    (" date 2023-05-04 Interior Minister Jan Kowal will chair the summit in Osh, Kyrgyzstan, on Friday.",
     [("planned", "conference", "2023-05-05")]),
    (" date 2023-05-04 President Jan Kowal is expected to hold talks with Ali Said in Osh on Monday.",
     [("planned", "meeting", "2023-05-08")]),
    # "training" as an item of the areas' list, "meeting" after it
    ("They discussed cooperation in the areas of capacity building and training at a meeting in Osh on 3 May 2023.",
     [("held", "meeting", "2023-05-03")]),
    # the signers right before "signed" (an apposition between), not people who welcomed what was signed
    ("Interior Minister Jan Kowal and Ali Said, the Ruritanian minister that heads the police, signed the "
     "memorandum in Osh on 3 May 2023.", [("held", "meeting", "2023-05-03")]),
    ("President Jan Kowal and Prime Minister Ali Said welcomed the agreement signed in Osh on 3 May 2023.", []),
])
def test_review_negative_cases_of_the_session_s_rules(text: str, expected: list) -> None:
    ms = extract_document(Document(doc="x.txt", text=text))
    assert [(m.status, m.type, m.start) for m in ms] == expected


def test_a_joined_double_surname_keeps_the_chair():
    t = ("The summit, chaired by President Lopez Obrador, was attended by President Andres Manuel López Obrador "
         "and Prime Minister Jan Kowal in Mexico City on 3 May 2023.")
    ms = extract_document(Document(doc="x.txt", text=t))
    names = {p.name for p in ms[0].persons}
    assert "Andres Manuel López Obrador" in names and "Lopez Obrador" not in names
    assert set(ms[0].chairs) <= names


def test_a_title_in_an_opening_scene_is_no_title_of_the_subject():
    """"After a meeting with the minister of Ruritania, Jan Kowal flew to Osh": Kowal is no minister."""
    from parleygraph.extract.facts import analyse_document

    t = "After a meeting with the minister of Ruritania, Jan Kowal flew to Osh on 3 May 2023."
    s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
    assert all(p.role != "minister of Ruritania" for p in s.persons)
    t = "Jan Said met on Monday with the minister of Ruritania, Jan Kowal, in Osh."
    s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
    assert ("Jan Kowal", "minister of Ruritania") in [(p.name, p.role) for p in s.persons]
    t = "On Monday the minister of foreign affairs of Ruritania, Jan Kowal, met Ali Said in Osh."
    s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
    assert ("Jan Kowal", "minister of foreign affairs of Ruritania") in [(p.name, p.role) for p in s.persons]


def test_a_charge_d_affaires_written_without_accent_is_a_title():
    from parleygraph.extract.facts import analyse_document

    t = "The agreement was signed on behalf of Ruritania by Ana Lis, Charge d’Affaires."
    s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
    assert [(p.name, p.role) for p in s.persons] == [("Ana Lis", "Charge d’Affaires")]


def test_a_meeting_whose_holding_a_council_approved_is_planned():
    """real42_02: "The Council approved the holding of the Meeting of ... during April 24 and 25"."""
    t = (" date 2014-04-02 The Council approved the holding of the Meeting of National Authorities on "
         "Organized Crime during April 24 and 25.")
    assert [(m.status, m.start, m.end) for m in extract_document(Document(doc="x.txt", text=t))] == [
        ("planned", "2014-04-24", "2014-04-25")]


def test_who_attended_the_meeting_after_meanwhile_takes_part_in_the_meeting_reported() -> None:
    text = ("STRELSAU (Agency): The Ruritanian Police held the 12th Joint Working Committee Meeting on Border Crime "
            "with the Freedonian Police here on Tuesday, police chief Jan Kowal said.\n\n"
            "Meanwhile, according to the Freedonian Police, Inspector-General Omar Said attended the meeting, "
            "accompanied by Director Ivo Bel in Strelsau on Tuesday.\n")
    [m] = extract_document(Document(doc="a.txt", text=text, published="2024-08-07"))
    assert {"Jan Kowal", "Omar Said", "Ivo Bel"} <= {p.name for p in m.persons}


def test_who_attended_the_meeting_of_another_body_meanwhile_is_another_meeting() -> None:
    text = ("STRELSAU (Agency): The Ruritanian Police held the 12th Joint Working Committee Meeting on Border Crime "
            "with the Freedonian Police here on Tuesday, police chief Jan Kowal said.\n\n"
            "Meanwhile, Inspector-General Omar Said attended the meeting of the Regional Customs Council in Zenda "
            "on Tuesday with Director Ivo Bel.\n")
    ms = extract_document(Document(doc="b.txt", text=text, published="2024-08-07"))
    assert len(ms) == 2 and "Omar Said" not in {p.name for p in ms[0].persons}


def test_and_the_head_of_ends_a_body_s_name() -> None:
    text = "the Head of the Police Liaison Bureau in Strelsau and the Head of the Regional Customs Bureau in Zenda."
    names = [o.name for o in find_orgs(text, 0, len(text), {}, ())]
    assert "Police Liaison Bureau in Strelsau" in names and not any("Head of" in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("The High Commissioner to Sri Lanka Jan K. Kowal met the minister in Colombo on 5 April 2011.", "Jan K. Kowal"),
    ("The Ambassador of Costa Rica Ana Lis Mora met the minister in Lima on 5 April 2011.", "Ana Lis Mora"),
])
def test_a_country_of_two_words_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in [p.name for p in find_persons(text, 0, len(text), frozenset())]


def test_the_photographer_after_a_photo_credit_took_no_part() -> None:
    from parleygraph.extract.facts import analyse_document

    text = ("Police chiefs meet in Colombo\n\nThe regional conference on police matters opened in Colombo on 5 April 2011.\n\n"
            "Minister Jan Kowal in conversation with Director Ana Lis ahead of the inauguration of the ninth "
            "regional conference on police matters in Colombo on Tuesday, with police officers of the region "
            "and their guests from abroad. Photo : I.B. Perera\n\nThe conference ends on Wednesday.\n")
    names = [p.name for it in analyse_document(Document(doc="p.txt", text=text)).items
             for s in it.sentences for p in s.persons]
    assert "Jan Kowal" in names and "I.B. Perera" not in names


def test_a_dated_back_reference_dates_the_retreat() -> None:
    text = ("Ministers Discuss Regional Security\nPublished: 8 July 2024\n"
            "The Ministerial Retreat on Peace and Security organised by the Secretariat kicked off on Saturday in Zanzibar.\n"
            "Discussions at the three-day retreat that is being held from July 6-8, are aimed at enhancing cooperation "
            "among the Partner States of the East African Community.\n"
            "The retreat follows the directive of the meeting of the Ministers held on February 16, 2024 in Addis Ababa.\n")
    ms = extract_document(Document(doc="r.txt", text=text))
    assert [(m.start, m.end, m.city) for m in ms] == [("2024-07-06", "2024-07-08", "Zanzibar"),
                                                      ("2024-02-16", "2024-02-16", "Addis Ababa")]


def test_added_opens_a_publication_stamp() -> None:
    text = "Talks held in Almaty\n\nAdded: 25.11.2011\n\nOn 22 November the Director met the Ambassador of Japan in Almaty.\n"
    [m] = extract_document(Document(doc="s.txt", text=text))
    assert m.published == "2011-11-25" and m.start == "2011-11-22"


@pytest.mark.parametrize("text, told", [
    # a page with no stamp: the day is put nearest the latest date the page gives, before it too
    ("Minister Jan Kowal met Ambassador Ana Lis in Nairobi on January 10, 2024. They had first met in Mombasa "
     "on December 30.", [("2024-01-10", "Nairobi"), ("2023-12-30", "Mombasa")]),
    # "Delegates at the ... meeting held in Vienna on 5 June" is a meeting of its own, no back-reference
    ("Minister Jan Kowal received Ambassador Ana Lis in Osh on 1 July 2024. Delegates at the OSCE meeting held in "
     "Vienna on 5 June 2024 adopted a declaration.", [("2024-07-01", "Osh"), ("2024-06-05", "Vienna")]),
    # who attended the summit held elsewhere took part in another meeting
    ("Minister Jan Kowal met Ambassador Ana Lis in Osh on 4 May 2022. On 5 May 2022, General Omar Said attended "
     "the summit, held in Almaty, with President Ivo Bel.", [("2022-05-04", "Osh"), ("2022-05-05", "Almaty")]),
    ("They met on February 6. 2024 in Addis Ababa.", [("2024-02-06", "Addis Ababa")]),
])
def test_review_cases_of_the_thirteenth_session(text: str, told: list[tuple[str, str]]) -> None:
    assert [(m.start, m.city) for m in extract_document(Document(doc="r.txt", text=text))] == told



def test_second_review_cases_of_the_thirteenth_session() -> None:
    from parleygraph.extract.segment import split_items

    # a short wrapped paragraph is still joined
    text = ("Talks in Bishkek\n\nForeign Minister Jan Kowal met on Tuesday with\nAmbassador Ana Lis of Japan in Bishkek "
            "on 12 March 2024 and\nwith Deputy Minister Ivo Bel of Freedonia.\n")
    [m] = extract_document(Document(doc="w.txt", text=text))
    assert {"Jan Kowal", "Ana Lis", "Ivo Bel"} <= {p.name for p in m.persons}
    # a title repeated before "In 2022 ..." is the title again, not a new story
    title = "Deputy Minister Jan Kowal receives the Ambassador of Japan"
    text = (f"{title}\n\nOn 12 March 2024 Deputy Minister Jan Kowal received the Ambassador of Japan, Ana Lis, "
            f"in Bishkek.\n\n{title}\n\nIn 2022 Deputy Minister Ivo Bel had attended the talks too.\n")
    assert len(split_items(Document(doc="t.txt", text=text))) == 1
    # "attended the meeting with Colonel X" is the same meeting
    text = ("Minister Jan Kowal met Ambassador Ana Lis in Osh on Wednesday. On Wednesday, General Omar Said attended "
            "the meeting with Colonel Ivo Bel.")
    [m] = extract_document(Document(doc="a.txt", text=text, published="2022-05-05"))
    assert {"Omar Said", "Ivo Bel"} <= {p.name for p in m.persons}
    # a day of 29 February with no year given does not fail the document
    text = ("A two-day conference concluded in Osh on February 29, where Minister Jan Kowal met Ambassador Ana Lis. "
            "The agreement signed in Bishkek on 1 March 2023 was discussed.")
    assert extract_document(Document(doc="f.txt", text=text))


def test_the_meeting_named_from_within_is_no_second_meeting() -> None:
    """A speaker's "today's meeting" or "We are meeting today" is the meeting reported."""
    text = ("ZENDA, 4 March 2024. The interior ministers of Zenda and Ruritania met in Zenda City on "
            "Monday to discuss border security. In his speech, Minister Karl Ostrov said that today's "
            "meeting continues the work of the joint commission. \"We are meeting today to make our "
            "border safer,\" said Minister Ana Belko.")
    ms = extract_document(Document(doc="z.txt", text=text))
    assert len(ms) == 1


def test_a_record_the_visit_sets_is_no_visit_of_its_own() -> None:
    """"X is the first minister to visit Y since ..." tells the visit reported, not another."""
    text = ("OSH, 6 June 2024. Zenda's Foreign Minister Karl Dorin met President Ana Belko of "
            "Kyrgyzstan in Bishkek on Wednesday. Dorin is the first Zendan minister to visit "
            "Kyrgyzstan since the election of the new government in September last year.")
    ms = extract_document(Document(doc="f.txt", text=text))
    assert len(ms) == 1 and ms[0].start == "2024-06-05"


def test_earlier_workshops_each_in_its_city_and_month_are_two() -> None:
    """"after workshops organized in Athens (June 2014) and Belgrade (November 2015)": two."""
    text = ("PODGORICA, 1 September 2016. A regional workshop on migrant smuggling was held in Podgorica "
            "on 31 August 2016. It is the third such event, after workshops organized in Athens "
            "(June 2014) and Belgrade (November 2015).")
    ms = extract_document(Document(doc="w.txt", text=text))
    assert [(m.start, m.city) for m in ms] == [
        ("2016-08-31", "Podgorica"), ("2014-06", "Athens"), ("2015-11", "Belgrade")]


@pytest.mark.parametrize("second", [
    '"We are meeting the President of Ruritania, Karl Ostrov, in Astana on Friday," Kowal said.',
    "On 2 March, Kowal took part in this regional conference in Astana with the President of Ruritania, Karl Ostrov.",
    "On 6 March Kowal will attend the ongoing summit of the Shanghai Cooperation Organisation in Astana.",
])
def test_a_gathering_named_from_within_with_its_own_day_or_city_is_another(second: str) -> None:
    """Review case: "we are meeting", "this conference", "the ongoing summit" with a city or a
    day of their own tell another gathering, and its people stay out of the one reported."""
    text = ("OSH, 4 March 2024 - The Foreign Minister of Zenda, Jan Kowal, met the Foreign Minister of "
            "Kyrgyzstan, Ana Lis, in Osh on Monday. " + second)
    ms = extract_document(Document(doc="w.txt", text=text))
    assert len(ms) == 2 and ms[1].city == "Astana"
    assert "Karl Ostrov" not in {p.name for p in ms[0].persons}


@pytest.mark.parametrize("sentence", [
    "Ambassador Ivo Sand presents his letters of credence to President Karl Ostrov in Georgetown on 15 May 2019.",
    "Five ambassadors presented their letters of credence to President Karl Ostrov in Georgetown on 15 May 2019.",
    "Ambassador Ivo Sand presented a copy of his letters of credence to the Foreign Minister, Ana Belko, "
    "in Georgetown on 15 May 2019.",
])
def test_letters_of_credence_presented_are_a_meeting(sentence: str) -> None:
    [m] = extract_document(Document(doc="c.txt", text=sentence))
    assert (m.start, m.city) == ("2019-05-15", "Georgetown")


def test_a_ministry_named_with_a_comma_is_one_body() -> None:
    """"Ministry of Europe, Integration and Foreign Affairs" is one body; "Ministry of Finance,
    Customs and Tax Police" are two (the run after the comma names a body of its own)."""
    text = ("On 5 May 2023 Jan Kowal, Secretary General of the Ministry of Europe, Integration and Foreign "
            "Affairs of Austria, met officials of the Ministry of Finance, Customs and Tax Police in Vienna.")
    [m] = extract_document(Document(doc="c.txt", text=text))
    names = {o.name for o in m.organizations}
    assert any(n.startswith("Ministry of Europe, Integration and Foreign Affairs") for n in names)
    assert "Ministry of Finance" in names


def test_a_country_with_an_elided_article_stays_whole_in_a_body_s_name() -> None:
    """"Côte d’Ivoire" (curly or straight apostrophe) ends no body's name at its "d’"."""
    text = ("On 5 May 2023 officials of the Ministry of Tourism of the Republic of Côte d’Ivoire met the "
            "Director of Customs of Ghana, Jan Kowal, in Abidjan.")
    [m] = extract_document(Document(doc="c.txt", text=text))
    assert any(o.name.startswith("Ministry of Tourism of the Republic of Côte d") and o.name.endswith("Ivoire")
               for o in m.organizations)
    assert "CI" in m.countries


@pytest.mark.parametrize("second", [
    "The first meeting of experts to draft the agreement will take place in October 2024.",
    "Belko will be the first president to visit Zenda when she travels there in October 2024.",
    "The first ministerial conference to be hosted by Zenda is scheduled for March 2025.",
])
def test_a_first_of_its_kind_that_is_planned_is_still_a_meeting(second: str) -> None:
    """Review case: "the first ... to" names a record the visit reported sets only for a visit
    told as done, never for a plan."""
    text = ("OSH, 6 June 2024. Zenda's Foreign Minister Karl Dorin met President Ana Belko of "
            "Kyrgyzstan in Bishkek on Wednesday. " + second)
    ms = extract_document(Document(doc="f.txt", text=text))
    assert len(ms) == 2 and ms[1].status == "planned"


@pytest.mark.parametrize("rest, countries", [
    ("Defence, Kazakhstan and Uzbekistan", {"KZ", "UZ"}),
    ("Health, UNICEF and WHO", set()),
])
def test_a_ministry_s_comma_is_no_name_when_partners_follow(rest: str, countries: set[str]) -> None:
    """Review case: countries, acronyms or bodies after a ministry's comma are its partners."""
    text = f"On 5 May 2023 Jan Kowal met representatives of the Ministry of {rest} in Osh."
    [m] = extract_document(Document(doc="p.txt", text=text))
    assert f"Ministry of {rest}" not in {o.name for o in m.organizations}
    assert countries <= set(m.countries)


def test_a_founding_place_and_date_in_brackets_is_no_meeting() -> None:
    """Review case: one city with its date in brackets pairs with nothing."""
    text = ("VIENNA, 6 May 2018. The Centre, founded in Almaty (December 2009), held its annual meeting "
            "in Vienna on 5 May 2018.")
    assert len(extract_document(Document(doc="v.txt", text=text))) == 1


def test_an_embassy_in_a_country_is_not_that_country_s_body() -> None:
    """"The Embassy of Japan in Tajikistan" is Japan's; "the Embassy in Kenya" is not Kenya's."""
    from parleygraph.extract.orgs import country_in_name

    assert country_in_name("Embassy of Japan in Tajikistan") == "JP"
    assert country_in_name("Embassy in Kenya") is None
    assert country_in_name("Ministry of Internal Affairs in the Kyrgyz Republic") == "KG"


def test_senior_and_lieutenant_abbreviations_are_ranks_not_names() -> None:
    """real31_08, real55_05: "Sen. Lieut. Gen. X" gave a person "Sen" and cut the sentence at
    "Sen." and "Lieut."; "Sen. the Hon. X" is a senator."""
    t = ("On 6 December 2023, Sen. Lieut. Gen. Oskar Varn met with Gen. Ivo Darnell in Osh. Informing the "
         "host about talks with his counterpart Sen. Lieut. Gen Jan Kowal on 5 December 2023, he pledged "
         "support. On 25 May 2023 Ambassador Ivo Ratavu paid a courtesy call on Sen. the Hon. Mira Toma.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    persons = {p.name: p.rank for m in ms for p in m.persons}
    assert persons["Oskar Varn"] == "Sen. Lieut. Gen." and persons["Jan Kowal"] == "Sen. Lieut. Gen"
    assert "Mira Toma" in persons and not any(n.startswith(("Sen", "Lieut")) for n in persons)
    assert ms[0].evidence.startswith("On 6 December 2023, Sen. Lieut.")


def test_an_initial_without_its_full_stop_is_an_initial() -> None:
    """real8_05, real19_05, real25_04, real29_07: "Minister S Jaishankar", "Minister of State,
    V Muraleedharan on Sunday" and "Ambassador Abrar H Hashmi" were no persons; the article "A"
    before a demonym stays no initial."""
    t = ("On 3 May 2023, External Affairs Minister S Jaishankar met Minister of State V Ravindran and Ambassador "
         "Oskar H Varn in Osh. A Kazakh delegation led by Ivo Darnell visited Osh on 4 May 2023.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    names = {p.name for m in ms for p in m.persons}
    assert {"S Jaishankar", "V Ravindran", "Oskar H Varn", "Ivo Darnell"} <= names
    assert not any(n.startswith("A ") for n in names)


def test_a_date_before_a_title_is_no_part_of_it_and_a_submitted_line_is_a_stamp() -> None:
    """real57_07, real4_01: "On 20 February Deputy Foreign Minister X" gave the role "February
    Deputy Foreign Minister", and the page's only date, "Submitted on Wed, 02/21/2018 - 07:41",
    was no stamp, so the meeting had no year."""
    t = ("Ruritanian minister meets envoy\n\nSubmitted on Wed, 02/21/2018 - 07:41\n\nOn 20 February Deputy Foreign "
         "Minister Oskar Varn received Ambassador Ivo Darnell.\n")
    [m] = extract_document(Document(doc="x.txt", text=t))
    assert m.start == "2018-02-20"
    assert {p.name: p.role for p in m.persons}["Oskar Varn"] == "Deputy Foreign Minister"


def test_a_name_never_starts_inside_a_word() -> None:
    """real58_01, real12_06, real51_01: "the former ExxonMobil CEO" gave a person "Mobil Ceo",
    the dateline "ST.JOHN’S" a person "T. John", a handle "@DCRGunawardena" a surname."""
    t = ("ST.JOHN’S, Ruritania, 5 February 2018 - The former ExxonMobil CEO met Foreign Minister Ivo Darnell, "
         "who wrote: honoured to meet @OVVarnov today.\n")
    [m] = extract_document(Document(doc="x.txt", text=t))
    assert [p.name for p in m.persons] == ["Ivo Darnell"]


def test_a_polynesian_glottal_stop_is_part_of_a_name() -> None:
    """real59_05: "Crown Prince Tupoutoʻa ʻUlukalala" was cut to "Tupouto" (names.py's doctest:
    a name's case normalised keeps the capital after the ʻokina)."""
    t = "On 3 May 2023 the meeting in Suva was chaired by Crown Prince Ivoʻa ʻUlukava, who met Minister ʻOskar Varna.\n"
    [m] = extract_document(Document(doc="x.txt", text=t))
    assert [p.name for p in m.persons] == ["Ivoʻa ʻUlukava", "ʻOskar Varna"]
    assert m.chairs == ("Ivoʻa ʻUlukava",)


def test_the_n_day_gathering_is_the_one_reported() -> None:
    """real57_02, real55_01: "The three-day conference, which is held from June 2 to 4, gathers
    ..." after the report of the conference opened a second conference."""
    t = ("The launch of the 12th Regional Conference of the Police Union was held in Osh on Monday morning. The "
         "conference opened with speeches by the Minister of Interior, Ivo Darnell. The three-day conference, which "
         "is held from June 2 to 4, gathers more than 150 senior representatives of police authorities.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.type, m.city) for m in ms] == [("conference", "Osh")]


def test_a_training_centre_is_no_training() -> None:
    """real57_05, real39_05: "plans to open a new training centre in Warsaw" opened a training;
    "the police training institutions were ..." another; a visit to a training academy stays a
    visit (dev7_03, real8_05: their type was "training")."""
    t = ("WARSAW, 8 September 2025 - The Agency plans to open a new training centre in Warsaw. To formalise this "
         "cooperation, Director Ivo Darnell and Minister Oskar Varn signed a Memorandum of Understanding today.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [m.type for m in ms] == ["meeting"] and "signed" in ms[0].evidence
    v = "On 3 May 2023 Minister Oskar Varn visited the police training academy in Osh.\n"
    assert [m.type for m in extract_document(Document(doc="x.txt", text=v))] == ["visit"]


def test_the_host_government_takes_part_in_talks_its_officials_hold() -> None:
    """real25_03, real40_02, real20_07: "Vice-president X paid a courtesy call on the visiting
    President of Y here" in Kathmandu: Nepal took part; at a conference in the city it does not
    follow."""
    t = ("KATHMANDU, 3 May 2023 - Vice-president Ivo Darnell paid a courtesy call on visiting President of "
         "Bangladesh Oskar Varn in Kathmandu this afternoon.\n")
    [m] = extract_document(Document(doc="x.txt", text=t))
    assert set(m.countries) == {"BD", "NP"}
    c = ("KATHMANDU, 3 May 2023 - Minister Ivo Darnell spoke at the regional conference on border security in "
         "Kathmandu, attended by President of Bangladesh Oskar Varn.\n")
    [m] = extract_document(Document(doc="x.txt", text=c))
    assert "NP" not in m.countries


def test_a_plural_title_before_a_list_of_names_titles_each() -> None:
    """real28_08: "led by Deputy Ministers of Foreign Affairs A and B" gave B the title "Deputy
    Ministers of Foreign Affair" and no ministry; "Ministers A, B and C" found A alone; a plural
    word that is no title ("Narcotics", "Affairs" of a body) titles no one."""
    t = ("Political consultations led by Deputy Ministers of Foreign Affairs Ivo Darnell and Oskar Varnov were "
         "held in Osh on 3 May 2023, attended by Senators Jan Kowal (PVV), Ana Lisowa (D66) and Mira Tomasz.\n")
    [m] = extract_document(Document(doc="x.txt", text=t))
    roles = {p.name: p.role for p in m.persons}
    assert roles["Oskar Varnov"] == "Deputy Minister of Foreign Affairs"
    assert {roles.get("Jan Kowal"), roles.get("Ana Lisowa"), roles.get("Mira Tomasz")} == {"Senator"}


def test_lower_case_plural_titles_and_members_title_a_list_of_names() -> None:
    """real57_01, real30_06: "committee chairs A (X) and B (Y) and committee members C (Z), ..."
    and "defense ministers A and B" named no one; "members of the State Khural" titles no one."""
    t = ("On Monday, 12 May 2025, committee chairs Ivo Darnell (PVV) and Oskar Varnov (D66) and committee members "
         "Jan Kowal (BBB), Ana Lisowa (SP) and Mira Tomasz (JA21) paid a working visit to the agency in Osh. "
         "They also met with members of the State Great Khural.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    roles = {p.name: p.role for p in ms[0].persons}
    assert roles == {"Ivo Darnell": "chair", "Oskar Varnov": "chair", "Jan Kowal": "member", "Ana Lisowa": "member",
                     "Mira Tomasz": "member"}
    assert not any("Khural" in p.name for m in ms for p in m.persons)


@pytest.mark.parametrize("text, names", [
    # helper-43's review of the session's person rules: each was read wrong
    ("The ministers also discussed vitamin D Supplements with Minister Ivo Darnell.", {"Ivo Darnell"}),
    ("O Globo reported that Minister Ivo Darnell met them.", {"Ivo Darnell"}),
    ("The attacks were led by Boko Haram fighters, Minister Ivo Darnell said.", {"Ivo Darnell"}),
    ("Presidents Jan Kowal and Ana Lisowa met in Paris, and Ivo Darnell said the talks went well.",
     {"Jan Kowal", "Ana Lisowa"}),
    ("Board Members Goldman Sachs and Morgan Stanley attended, with Minister Ivo Darnell.", {"Ivo Darnell"}),
    ("Chief Minister M K Stalin met Director U Kyaw Moe Tun.", {"M K Stalin", "Kyaw Moe Tun"}),
    ("External Affairs Minister (EAM) S Jaishankar met Minister of State, V Ravindran.", {"S Jaishankar", "V Ravindran"}),
])
def test_the_session_s_person_rules_on_their_review_cases(text: str, names: set[str]) -> None:
    persons = find_persons(text, 0, len(text))
    assert {p.name for p in persons} == names


def test_a_surname_sen_ends_its_sentence() -> None:
    """helper-43: "Sen." ended no sentence, so "Prime Minister Hun Sen. Vietnamese President X"
    was one sentence and X's title ran over it; "Sen. Lieut. Gen." still ends none."""
    t = ("On 3 May 2023 Foreign Minister Ivo Darnell met Cambodian Prime Minister Hun Sen. Vietnamese President "
         "Jan Kowal also met Ana Lisowa in Hanoi on 4 May 2023.\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert len(ms) == 2 and ms[1].evidence.startswith("Vietnamese President Jan Kowal")
    assert {p.name: p.role for p in ms[1].persons}["Jan Kowal"] == "Vietnamese President"


def test_review_cases_of_the_n_day_and_host_rules() -> None:
    """helper-44: a later "The three-day workshop ... held in Bishkek on 5-7 May" after talks was
    swallowed as the talks; talks held in a third country's city ("met his counterpart in
    Geneva") made that country a participant; a training school is an event."""
    t = ("OSH, 3 May 2023 - Foreign Minister Ivo Darnell held talks with Foreign Minister Oskar Varn of Kazakhstan "
         "in Osh on Monday. The three-day workshop on border security, organised by the OSCE, was held in Bishkek "
         "on 5-7 May 2023.\n")
    assert [(m.type, m.city) for m in extract_document(Document(doc="x.txt", text=t))] == [
        ("meeting", "Osh"), ("workshop", "Bishkek")]
    g = "GENEVA, 3 May 2023 - Foreign Minister Ivo Darnell met his Armenian counterpart Ararat Mirzoyan in Geneva.\n"
    [m] = extract_document(Document(doc="x.txt", text=g))
    assert "CH" not in m.countries
    c = "ASTANA, 3 May 2023 - Interior Minister Ivo Darnell held a meeting with the US envoy Jan Kowal in Astana.\n"
    [m] = extract_document(Document(doc="x.txt", text=c))
    assert "KZ" in m.countries
    s = "A two-week training school on peacekeeping for 40 officers opened in Almaty on 3 May 2023.\n"
    assert [m.type for m in extract_document(Document(doc="x.txt", text=s))] == ["training"]
