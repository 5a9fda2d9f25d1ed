"""The person and body finders, step by step, on invented names."""

from __future__ import annotations

import pytest

from parleygraph.extract.lexicon import default_rules
from parleygraph.extract.orgs import SPAN_STEPS, find_orgs
from parleygraph.extract.persons import TITLE_BEFORE, find_persons, split_honorifics

PERSONS = [
    # rank, initials, a title in apposition
    ("Major-General R.A. Karimzoda, Director of the Centre, met with Colonel U. Usmonov.",
     [("R.A. Karimzoda", "Major-General", "Director of the Centre"), ("U. Usmonov", "Colonel", None)]),
    # a title right before the name (title_right_before)
    ("Deputy Minister of Foreign Affairs Jan Kowalczyk received the delegation.",
     [("Jan Kowalczyk", None, "Deputy Minister of Foreign Affairs")]),
    # a title set off by a comma before a two-word name (title_before_comma_name)
    ("The UNODC Regional Representative for Central Asia, Jana Novakova, opened the meeting.",
     [("Jana Novakova", None, "UNODC Regional Representative for Central Asia")]),
    # a title in lower case (lower_title_before)
    ("senator Piotr Nowak attended the hearing.", [("Piotr Nowak", None, "senator")]),
    # a surname in capitals is a signal
    ("Irina SOKOLOVA presented the report.", [("Irina SOKOLOVA", None, None)]),
    ("ZHAO Minghui, head of the bureau, attended.", [("ZHAO Minghui", None, "head of the bureau")]),
    # one word needs a title right before it
    ("Director Kovalenko met the guests.", [("Kovalenko", None, "Director")]),
    # no signal, no person; a namesake is no actor; a compound of title words is no name
    ("Jan van Dijk and Omar al-Rashid met in Vienna.", []),
    ("The Academy named after Major General K.T. Doe hosted the course.", []),
    ("The Secretary-General spoke.", []),
    # NOT_A_NAME: acronyms, words of the language, places are no name; a possessive ends a name
    ("The report of Executive Director AFRIPOL was read.", []),
    ("The ASEANAPOL Contact Persons Quarterly Discussion was held.", []),
    ("The Meeting XXXV of the Council opened.", []),
    ("The delegation flew from Fort Lauderdale to Lima.", []),
    ("Minister Jan Novak's visit to Osh ended.", [("Jan Novak", None, "Minister")]),
    ("The Right Honourable Jan Novak spoke.", [("Jan Novak", None, None)]),
    # a country's possessive inside a title: the name is read after it
    ("He met with Secretary of Moldova's Drug Control Council Piotr Nowak in Vienna.",
     [("Piotr Nowak", None, "Secretary of Moldova's Drug Control Council")]),
    ("The ministry's spokeswoman Jana Novakova said so.", [("Jana Novakova", None, "spokeswoman")]),
    # a title whose complement joins two capitalised words with "and", set off by a comma
    ("He met the Minister of Justice and Home Affairs, Piotr Nowak, on Monday.",
     [("Piotr Nowak", None, "Minister of Justice and Home Affairs")]),
    # a run that ends on a meeting word names a gathering
    ("The talks set the agenda of the 15th BIMSTEC Ministerial Meeting.", []),
    # a hyphenated rank abbreviation is a rank ("Lt-Gen"), not part of a body's name
    ("Estonian Police Chief Lt-Gen Jan Novak chaired the conference.", [("Jan Novak", "Lt-Gen", "Estonian Police Chief")]),
    # a capitalised word after a particle is a name's even when it is a word ("Naif"); particles
    # do not count in the four words of a name; "Prince" and "Sheikh" are honorifics
    ("Prince Karim bin Naif bin Rauf, Minister of Interior, chaired the meeting.",
     [("Karim bin Naif bin Rauf", None, "Minister of Interior")]),
    ("It was attended by Sheikh Omar bin Zayed Al Rauf.", [("Omar bin Zayed Al Rauf", None, None)]),
    # "counterpart" names the person in the other side's office
    ("The minister met his Turkish counterpart Jan Kowal.", [("Jan Kowal", None, "counterpart")]),
    # the subject or object of a meeting verb is a person without a title (meets); a body or a
    # country in that place is not
    ("Jan Kowal met with Director Ana Lis.", [("Jan Kowal", None, None), ("Ana Lis", None, "Director")]),
    ("The President received Maria Zakowska in Lima.", [("Maria Zakowska", None, None)]),
    ("Saudi Arabia received the delegation.", []),
    # a run of a body's name, a title and a name: the name after the title (read_past_title)
    ("He met Government of National Unity Interior Minister Jan Kowal in Tripoli.",
     [("Jan Kowal", None, "National Unity Interior Minister")]),
    # a title whose complement joins two capitalised words with "and the", set off by a comma
    ("The Regional Director for Latin America and the Caribbean, Jan Kowal, met them.",
     [("Jan Kowal", None, "Regional Director for Latin America and the Caribbean")]),
    # a relative clause after a name is no title, even with a title word in it
    ("Jan Kowal, who arrived in Baghdad at the invitation of his counterpart, spoke.", []),
    # ", and <title> <name>" after a name opens a second subject, not a title in apposition
    ("Minister of Justice, Jan Kowal, and AFRIPOL President Major General Ali Said opened the conference.",
     [("Jan Kowal", None, "Minister of Justice"), ("Ali Said", "Major General", "AFRIPOL President")]),
]


def test_mentions_a_title_before_the_name_gives_its_span() -> None:
    text = "Minister of Justice, Jan Kowal, and AFRIPOL President Major General Ali Said opened the conference."
    spans = [text[slice(*p.role_span)] for p in find_persons(text, 0, len(text), acronyms=frozenset({"AFRIPOL"}))
             if p.role_span]
    assert spans == ["Minister of Justice", "AFRIPOL President"]


@pytest.mark.parametrize(("text", "people"), PERSONS)
def test_mentions_find_persons(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.rank, p.role) for p in find_persons(text, 0, len(text), acronyms=frozenset({"AFRIPOL"}))] == people


def test_mentions_a_surname_introduced_before_is_a_person() -> None:
    text = "Kowalczyk thanked the hosts."
    assert find_persons(text, 0, len(text)) == []
    assert [p.name for p in find_persons(text, 0, len(text), frozenset({"Kowalczyk"}))] == ["Kowalczyk"]


@pytest.mark.parametrize(("prefix", "rank", "hon"), [
    ("met with H.E. Ambassador ", None, "Ambassador"),
    ("the delegation of Police Colonel ", "Police Colonel", None),
    ("welcomed Mr. ", None, "Mr."),
    ("the experts ", None, None),
])
def test_mentions_split_honorifics(prefix: str, rank: str | None, hon: str | None) -> None:
    assert split_honorifics(prefix, default_rules())[:2] == (rank, hon)


def test_mentions_title_strategies_in_order() -> None:
    assert [s.__name__ for s in TITLE_BEFORE] == ["title_right_before", "title_before_comma_rank",
                                                   "title_before_comma_name", "lower_title_before",
                                                   "lower_title_before_comma", "plural_title_before"]


ORGS = [
    # known bodies and a national body by its shape
    ("He met the Drug Control Agency under the President of the Republic of Tajikistan and UNODC.",
     [("Drug Control Agency under the President of the Republic of Tajikistan", "TJ"),
      ("United Nations Office on Drugs and Crime", None)]),
    # strip_title: a job title before a body is cut off; the country's full name (write_body)
    ("Head of the Organized Crime Unit of the National Police of Spain spoke.",
     [("Organized Crime Unit of the National Police of the Kingdom of Spain", "ES")]),
    # acronym_premises: "WCO Headquarters" is the WCO
    ("The guests visited WCO Headquarters.", [("World Customs Organization", None)]),
    # representation: an embassy stands for its country, it is no body
    ("The Embassy of Japan in Tashkent hosted a reception.", []),
    # weak_head: a programme is a body only with an acronym the text gives it
    ("The Global Maritime Crime Programme (GMCP) held a workshop.", [("Global Maritime Crime Programme", None)]),
    ("The Programme of Action was discussed.", []),
    # a country's possessive or demonym gives the body its full name
    ("Tajikistan's Drug Control Agency and the Kyrgyz Interior Ministry met.",
     [("Drug Control Agency of the Republic of Tajikistan", "TJ"),
      ("Ministry of Internal Affairs of the Kyrgyz Republic", "KG")]),
    # sponsored_facility: "UNODC-supported" qualifies a facility
    ("The UNODC-supported Model Customs Collectorate was opened.", []),
    # share_country: a list shares the country of its last body
    ("the State Border Service, the Customs Service and the Police of Moldova",
     [("State Border Service of the Republic of Moldova", "MD"), ("Customs Service of the Republic of Moldova", "MD"),
      ("Police of the Republic of Moldova", "MD")]),
    # trim_end and lone_head: a date ends a name, a head noun alone is no name
    ("The talks were held at the Ministry on March 14.", []),
    # gathering_name: a gathering is an event, never a body; 'Meeting of the X' is X's
    ("He presided over the Diplomatic Corps Briefing.", []),
    ("They prepared the Seventh Ministerial Council Meeting in Baku.", []),
    ("He met the Additional Secretary Ministry of Foreign Affairs on Monday.", [("Ministry of Foreign Affairs", None)]),
    ("He met the Prosecutor General Office of Valdoria.", [("Prosecutor General Office of Valdoria", None)]),
    ("He met the Deputy Director General Department of Consular Affairs.", [("Department of Consular Affairs", None)]),
    ("Experts met the Expert Group of the Valdoria Security Committee.",
     [("Expert Group of the Valdoria Security Committee", None)]),
    ("Jan Kowal, Chair of the Valdoria Security Committee and Alternate Representative of Osteria, spoke.",
     [("Valdoria Security Committee", None)]),
    ("The 24th Extraordinary Meeting of the Andean Council of Ministers opened.", [("Andean Council of Ministers", None)]),
    ("He studied at the Institute for Advanced Training of the Ministry of Justice of Peru.",
     [("Institute for Advanced Training of the Ministry of Justice of the Republic of Peru", "PE")]),
    # strip_place_and, strip_tail
    ("He met Islamabad and the Regional Police Department officials.", [("Regional Police Department", None)]),
    ("It was developed by New Zealand and the Valdoria Police Service.", [("Valdoria Police Service", None)]),
    ("The Steering Committee Members met.", [("Steering Committee", None)]),
    # strip_seat: "in <city>" after a body's name is its seat or the venue; an office named
    # by its seat keeps it, and so does one whose only head is weak
    ("He met officials of the Nordic Customs Agency Tullverket in Oslo.", [("Nordic Customs Agency Tullverket", None)]),
    ("The Valdoria Security Committee in Geneva met on Monday.", [("Valdoria Security Committee", None)]),
    ("He visited the Valdoria Liaison Office in Geneva.", [("Valdoria Liaison Office in Geneva", None)]),
    ("He visited the Valdoria Water Project in Geneva.", []),
    # ministries_of_countries: one ministry of each country of a plural
    ("Consultations between the Foreign Ministries of Chile and Peru were held.",
     [("Foreign Ministry of the Republic of Chile", "CL"), ("Foreign Ministry of the Republic of Peru", "PE")]),
    ("the Ministries of Foreign Affairs of Azerbaijan and Georgia met",
     [("Ministry of Foreign Affairs of the Republic of Azerbaijan", "AZ"), ("Ministry of Foreign Affairs of Georgia", "GE")]),
]


@pytest.mark.parametrize(("text", "bodies"), ORGS)
def test_mentions_find_orgs(text: str, bodies: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country) for o in find_orgs(text, 0, len(text))] == bodies


def test_mentions_a_defined_acronym_names_its_body_later() -> None:
    acronyms: dict[str, str] = {}
    first = "Experts of the Financial Monitoring Agency (FMA) attended."
    find_orgs(first, 0, len(first), acronyms)
    assert acronyms["FMA"] == "Financial Monitoring Agency"
    later = "The FMA presented its report."
    assert [(o.surface, o.name) for o in find_orgs(later, 0, len(later), acronyms)] == [("FMA", "Financial Monitoring Agency")]


def test_mentions_span_steps_are_named_once() -> None:
    names = [s.__name__ for s in SPAN_STEPS]
    assert len(names) == len(set(names)) and names[0] == "trim_end" and names[-1] == "write_body"


def test_persons_a_chain_of_five_names_after_an_honorific_or_a_rank():
    t = ("Minister of Interior Sheikh Omar Ali Sabah Al-Salem Al-Sabah held talks with Captain Second Rank "
         "Jan K. Kowal. Minister Omar Ali Sabah Salem Nasser Qasim spoke.")
    names = [p.name for p in find_persons(t, 0, len(t))]
    assert names == ["Omar Ali Sabah Al-Salem Al-Sabah", "Jan K. Kowal"]


def test_persons_a_title_in_the_plural_before_names_joined_by_and():
    """real27_01: "Presidents X and Y" found neither; "Commissioners Doe" was read as a name."""
    t = ("The talks between Foreign Ministers Jan Kowal and Piotr Nowak ended. "
         "Presidents Ana Maria Lis Vega and Omar Said spoke. Commissioners Kowal and Nowak left.")
    got = [(p.name, p.role) for p in find_persons(t, 0, len(t))]
    assert got[:4] == [("Jan Kowal", "Foreign Minister"), ("Piotr Nowak", "Foreign Minister"),
                       ("Ana Maria Lis Vega", "President"), ("Omar Said", "President")]
    assert not any(name.startswith("Commissioners") for name, _ in got)


def test_a_hyphenated_title_is_no_rank_and_no_end_of_a_body_s_name():
    """real24_05, real3_07: "Director-General" gave the rank "General" and a body "... Director- of Georgia"."""
    t = "The protocol was signed by Georgian Finance Ministry Revenue Service Director-General Levan Kakava."
    assert [(p.name, p.rank) for p in find_persons(t, 0, len(t))] == [("Levan Kakava", None)]
    from parleygraph.extract.facts import analyse_document
    from parleygraph.extract.records import Document

    s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
    assert not [o for o in s.orgs if "Director" in o.name]


def test_persons_a_country_s_dotted_abbreviation_is_no_initials():
    t = "The Office of the U.S. Trade Representative met K.T. Dorin. The U.K. Strategy was adopted."
    assert [p.name for p in find_persons(t, 0, len(t))] == ["K.T. Dorin"]
