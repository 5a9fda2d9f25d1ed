"""Person names: which pairs may denote the same person, and the canonical form of a set."""

from __future__ import annotations

import pytest

from parleygraph.extract.names import (PersonName, canonical_name, compatible, conflict,
                                       one_edit, parse_name, translit_key)

MUST_MERGE = [
    # initials against full names
    ("R.A. Miralizoda", "Rustam Aziz Miralizoda"),
    ("R. Miralizoda", "Rustam Aziz Miralizoda"),
    ("A.Tiurina", "Alevtina Tiurina"),
    ("M.Nowacoski", "Michael Nowacoski"),
    ("Ye. Turgumbayev", "Yerlan Turgumbayev"),
    # surname first, with full names and with initials
    ("Miralizoda Rustam Aziz", "Rustam Aziz Miralizoda"),
    ("Miralizoda R.A.", "Rustam Aziz Miralizoda"),
    ("Miralizoda R.A.", "R.A. Miralizoda"),
    ("SAIDZODA Zohir", "Zohir Saidzoda"),
    # one-letter typo in a long surname, given names agreeing in full
    ("Miralizod Rustam Aziz", "Rustam Aziz Miralizoda"),
    # transliteration variants
    ("Navid Riaz", "Naweed Riaz"),
    ("Batyr Geldiev", "Batyr Geldiyev"),
    ("Yury Chikalov", "Yuri Chikalov"),
    ("Alevtina Tyurina", "Alevtina Tiurina"),
    # all-caps surname
    ("Tatiana EVDOKIMOVA", "Tatiana Evdokimova"),
    # glued initials and spacing
    ("Sh.O.Salimzoda", "Sh.O. Salimzoda"),
    ("R.Kh.Rahimzoda", "R. Kh. Rahimzoda"),
    # a bare surname is compatible (resolve() then asks for context)
    ("Kvistad", "John Mikal Kvistad"),
    ("Rustam Miralizoda", "Rustam Aziz Miralizoda"),
]

MUST_NOT_MERGE = [
    # same surname, conflicting given names or initials
    ("Rustam Miralizoda", "Farid Miralizoda"),
    ("R.A. Miralizoda", "F.A. Miralizoda"),
    ("Yerzhan Ashikbayev", "Yerlan Ashikbayev"),
    ("Ye. Turgumbayev", "Yury Turgumbayev"),
    ("Sh.O. Salimzoda", "Sh.K. Salimzoda"),
    ("Aziz Miralizoda", "Rustam Aziz Miralizoda"),
    # different surnames sharing a given name
    ("Yerzhan Ashikbayev", "Yerzhan Sadenov"),
    # one edit on a short part is not tolerated
    ("Ivan Sokol", "Ivan Sokal"),
    ("Anna Mosk", "Anna Mask"),
    # a misspelt surname backed only by initials (feminine/masculine forms)
    ("A. Ivanov", "A. Ivanova"),
    # two edits on a long surname
    ("Rustam Miralizoda", "Rustam Mirzaloda"),
]


@pytest.mark.parametrize(("a", "b"), MUST_MERGE)
def test_names_compatible_positive(a: str, b: str) -> None:
    assert compatible(a, b)
    assert compatible(b, a)
    assert not conflict(a, b)


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MERGE)
def test_names_compatible_negative(a: str, b: str) -> None:
    assert not compatible(a, b)
    assert not compatible(b, a)


def test_names_conflict_is_weaker_than_incompatibility() -> None:
    # a typo backed by initials only: not enough to merge, but no evidence of two people
    assert not compatible("Miralizod Rustam Aziz", "R.A. Miralizoda")
    assert not conflict("Miralizod Rustam Aziz", "R.A. Miralizoda")
    assert conflict("Rustam Miralizoda", "Farid Miralizoda")


@pytest.mark.parametrize(("text", "given", "surname"), [
    ("Sh.O.Salimzoda", ("Sh.", "O."), "Salimzoda"),
    ("Ye. Turgumbayev", ("Ye.",), "Turgumbayev"),
    ("Miralizoda R.A.", ("R.", "A."), "Miralizoda"),
    ("Tatiana EVDOKIMOVA", ("Tatiana",), "Evdokimova"),
    ("EVDOKIMOVA Tatiana", ("Tatiana",), "Evdokimova"),
    ("John Mikal Kvistad", ("John", "Mikal"), "Kvistad"),
    ("Kvistad", (), "Kvistad"),
    ("Peter van der Berg", ("Peter",), "van der Berg"),
])
def test_names_parse(text: str, given: tuple[str, ...], surname: str) -> None:
    n = parse_name(text)
    assert (n.given, n.surname) == (given, surname)


def test_names_parse_order_known_only_when_form_says_so() -> None:
    assert parse_name("Miralizoda R.A.").surname_first
    assert not parse_name("R.A. Miralizoda").surname_first
    assert not parse_name("Miralizoda Rustam Aziz").order_known
    assert parse_name("A. Mittal").thin and parse_name("Mittal").thin
    assert not parse_name("R.A. Miralizoda").thin
    assert PersonName.parse("R.Kh.Rahimzoda").display() == "R.Kh. Rahimzoda"


@pytest.mark.parametrize(("forms", "expected"), [
    (["R.A. Miralizoda", "Miralizoda Rustam Aziz", "Miralizod Rustam Aziz", "Miralizoda"],
     "Rustam Aziz Miralizoda"),
    (["Miralizod Rustam Aziz", "Miralizoda R.A.", "R.A.Miralizoda"], "Rustam Aziz Miralizoda"),
    (["Tatiana EVDOKIMOVA", "Tatiana Evdokimova"], "Tatiana Evdokimova"),
    (["Ye.Turgumbayev"], "Ye. Turgumbayev"),
    (["Zohir SAIDZODA"], "Zohir Saidzoda"),
    (["Navid Riaz", "Naweed Riaz", "Naweed Riaz"], "Naweed Riaz"),
    (["A. Mittal", "Mittal", "Ashita Mittal"], "Ashita Mittal"),
])
def test_names_canonical_name(forms: list[str], expected: str) -> None:
    assert canonical_name(forms) == expected
    assert canonical_name(list(reversed(forms))) == expected


def test_names_translit_and_one_edit() -> None:
    assert translit_key("Naweed") == translit_key("Navid")
    assert translit_key("Geldiyev") == translit_key("Geldiev")
    assert translit_key("Çengel") == "cengel"
    assert one_edit("miralizod", "miralizoda") and one_edit("abc", "abd")
    assert not one_edit("abc", "abc") and not one_edit("abcd", "ab")
