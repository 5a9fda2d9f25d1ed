"""The city gazetteer on seed and invented news sentences."""

from __future__ import annotations

import pytest

from parleygraph.extract.places import find_places, lookup_city


def _found(text: str, hint: str | None = None) -> list[tuple[str, str, int]]:
    out = []
    for p in find_places(text, country_hint=hint):
        assert text[p.start:p.end] == p.surface == p.city
        out.append((p.city, p.country, p.geonameid))
    return out


@pytest.mark.parametrize("sentence, expected", [
    ("CARICC Director met with leadership of CITCO in Madrid on 26 February 2024.",
     [("Madrid", "ES", 3117735)]),
    ("A seminar was held in Kuwait City, Kuwait, from 5 to 7 February 2024.",
     [("Kuwait City", "KW", 285787)]),
    ("bilateral meetings in Nur-Sultan from 20 to 26 April this year",
     [("Nur-Sultan", "KZ", 1526273)]),
    ("Mazhilis hosted a Government Hour in Astana on 11 December 2023.",
     [("Astana", "KZ", 1526273)]),
    ("A meeting was held in Almaty on 19-20 December 2023.", [("Almaty", "KZ", 1526384)]),
    ("On July 10 and 11, 2020 in Dushanbe the Director met the Minister.",
     [("Dushanbe", "TJ", 1221874)]),
    ("signed by heads of customs administrations on May 22, 2019 in Tashkent",
     [("Tashkent", "UZ", 1512569)]),
    ("The old capital Alma-Ata hosted the talks, then the delegation flew to Bishkek.",
     [("Alma-Ata", "KZ", 1526384), ("Bishkek", "KG", 1528675)]),
    ("The regional forum took place in Cholpon-Ata on the shore of Lake Issyk-Kul.",
     [("Cholpon-Ata", "KG", 1528512)]),
    ("Experts from Vienna and Paris joined online; the delegation later visited Brussels.",
     [("Vienna", "AT", 2761369), ("Paris", "FR", 2988507), ("Brussels", "BE", 2800866)]),
    ("The delegation stayed at the Rixos Almaty hotel.", [("Almaty", "KZ", 1526384)]),
])
def test_places_find(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # country names, city-states and regions are not cities
    "Delegations from Kuwait, Singapore, Georgia and Luxembourg took part.",
    "drug situation in Central Asia and the Russian Federation",
    # words that are also names of towns
    "Police officers of the Republic and the Drug Control Union met in March at the University.",
    "Most of the Mobile Interdiction Teams were trained; Of the participants, many spoke.",
    # people named like cities: after an honorific, initials, or a first name
    "Mr. Florence, Ms. Victoria and Dr. Lincoln attended.",
    "Carlos Lopez and President Lincoln spoke; Colonel U. Lima chaired.",
    "Mary Smith and Vladimir Ivanov were met by the Director.",
    # lower case is never a city
    "a nice meeting in the mobile lab",
    "the area decreased by 95% in 9 months of 2023",
])
def test_places_negatives(sentence: str) -> None:
    assert _found(sentence) == []


def test_places_tie_broken_by_hint_then_population() -> None:
    assert _found("The conference opened in Madrid.") == [("Madrid", "ES", 3117735)]
    assert _found("The conference opened in Madrid.", "CO")[0][1] == "CO"
    assert _found("The conference opened in Madrid.", "co")[0][1] == "CO"


def test_places_lookup_city() -> None:
    p = lookup_city("Vienna")
    assert p is not None and (p.country, p.start, p.end) == ("AT", 0, 0)
    assert 48 < p.latitude < 49 and 16 < p.longitude < 17
    p = lookup_city("Madrid", country_hint="CO")
    assert p is not None and p.country == "CO"
    p = lookup_city("Nur-Sultan")
    assert p is not None and (p.city, p.geonameid) == ("Nur-Sultan", 1526273)
    assert lookup_city("Kuwait") is None
    assert lookup_city("Atlantis-on-Sea") is None


def test_places_longest_match_and_line_breaks() -> None:
    assert _found("held in Kuwait City") == [("Kuwait City", "KW", 285787)]
    # a name is never matched across a line break
    assert _found("Kuwait\nCity") == []


def test_the_article_of_a_city_s_name_in_lower_case_belongs_to_it():
    assert [p.surface for p in find_places("talks in the Hague and in The Hague")] == ["The Hague", "The Hague"]
