"""Mentions and meeting assembly on real sentences of the genre."""

from __future__ import annotations

import pytest

from parleygraph.extract.meetings import extract_document
from parleygraph.extract.mentions import find_orgs, find_persons
from parleygraph.extract.records import Document


@pytest.mark.parametrize("sentence,names", [
    ("Major-General R.A. Miralizoda, Director of the Centre, met with Colonel U. Sultanov.", ["R.A. Miralizoda", "U. Sultanov"]),
    ("On July 10 and 11, 2020 in Dushanbe Major-General R.A.Miralizoda had working meetings with Lieutenant-General Sh.O.Salimzoda.", ["R.A. Miralizoda", "Sh.O. Salimzoda"]),
    ("Ms. Tatiana EVDOKIMOVA, CARICC IAP analyst, shared results of a study.", ["Tatiana EVDOKIMOVA"]),
    ("Marife Mateos, Head of the Organized Crime Unit of CITCO, welcomed the delegation.", ["Marife Mateos"]),
    ("Deputy Minister of Foreign Affairs Yerzhan Ashikbayev met the Director.", ["Yerzhan Ashikbayev"]),
    ("During the meeting Mr. Miralizoda R.A. informed the partners.", ["Miralizoda R.A."]),
    ("Representatives of the Central Asia Regional Office and the Operations Coordination Unit attended.", []),
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
    assert acr == {"BAR": "Border Agency of Ruritania"}


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
