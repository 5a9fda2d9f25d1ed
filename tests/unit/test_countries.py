"""The country table and the country finder on seed and invented news sentences."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from parleygraph.extract.countries import (PhraseIndex, country_code, country_info,
                                           find_countries)


def _found(text: str) -> list[tuple[str, str, str]]:
    out = []
    for m in find_countries(text):
        assert text[m.start:m.end] == m.surface
        out.append((m.surface, m.code, m.form))
    return out


@pytest.mark.parametrize("sentence, expected", [
    ("Delegations from Oman, the State of Qatar, the United Arab Emirates, the State of Kuwait, "
     "Bahrain, the Kingdom of Saudi Arabia, Türkiye, as well as experts from US DEA took part.",
     [("Oman", "OM", "name"), ("the State of Qatar", "QA", "name"),
      ("the United Arab Emirates", "AE", "name"), ("the State of Kuwait", "KW", "name"),
      ("Bahrain", "BH", "name"), ("the Kingdom of Saudi Arabia", "SA", "name"),
      ("Türkiye", "TR", "name"), ("US", "US", "name")]),
    ("Visits were made to embassies of the United Kingdom of Great Britain and Northern Ireland, "
     "the People's Republic of China, the Russian Federation, the Republic of Turkey.",
     [("the United Kingdom of Great Britain and Northern Ireland", "GB", "name"),
      ("the People's Republic of China", "CN", "name"), ("the Russian Federation", "RU", "name"),
      ("the Republic of Turkey", "TR", "name")]),
    ("representatives of the INL Office of the U.S. Embassy to the Republic of Kazakhstan",
     [("the U.S.", "US", "name"), ("the Republic of Kazakhstan", "KZ", "name")]),
    ("The Spanish side expressed interest in expanding bilateral cooperation.",
     [("The Spanish side", "ES", "side")]),
    ("The Kazakhstani side and the American side signed a memorandum.",
     [("The Kazakhstani side", "KZ", "side"), ("the American side", "US", "side")]),
    ("during the videoconference with Kazakh Foreign Minister",
     [("Kazakh", "KZ", "demonym")]),
    ("Head of the Drug Control Service of the Kyrgyz Republic met Kyrgyzstan's envoy.",
     [("the Kyrgyz Republic", "KG", "name"), ("Kyrgyzstan", "KG", "name")]),
    ("Authorized representatives of Azerbaijan, Russia and Tajikistan attended.",
     [("Azerbaijan", "AZ", "name"), ("Russia", "RU", "name"), ("Tajikistan", "TJ", "name")]),
    ("Network members: the Islamic Republic of Afghanistan, Georgia, the Republic of Uzbekistan",
     [("the Islamic Republic of Afghanistan", "AF", "name"), ("Georgia", "GE", "name"),
      ("the Republic of Uzbekistan", "UZ", "name")]),
    ("An Iranian delegation arrived from the Islamic Republic of Iran.",
     [("Iranian", "IR", "demonym"), ("the Islamic Republic of Iran", "IR", "name")]),
    ("The UK and the USA were represented, as was the Kingdom of the Netherlands.",
     [("The UK", "GB", "name"), ("the USA", "US", "name"),
      ("the Kingdom of the Netherlands", "NL", "name")]),
])
def test_countries_find(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Join us at the USSR archive; funding of US$ 5 million from donors.",
    "Experts from Latin America and Central Asia met in the region.",
    "the turkey was served; georgia peaches",
    "CARICC Member States and Observer States",
])
def test_countries_negatives(sentence: str) -> None:
    assert _found(sentence) == []


def test_countries_no_match_across_line_breaks() -> None:
    assert _found("the Republic of\nKazakhstan") == [("Kazakhstan", "KZ", "name")]


@pytest.mark.parametrize("name, code", [
    ("Turkey", "TR"), ("Türkiye", "TR"), ("Republic of Turkey", "TR"), ("Russia", "RU"),
    ("the Russian Federation", "RU"), ("US", "US"), ("U.S.", "US"), ("United States of America", "US"),
    ("UK", "GB"), ("Great Britain", "GB"), ("Iran", "IR"), ("Islamic Republic of Iran", "IR"),
    ("Kyrgyz Republic", "KG"), ("kazakhstan", "KZ"), ("Kazakhstani", "KZ"), ("Spanish", "ES"),
    ("Nowhereland", None), ("", None),
])
def test_countries_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("code, qid", [
    ("KZ", "Q232"), ("KG", "Q813"), ("TJ", "Q863"), ("TM", "Q874"), ("UZ", "Q265"),
    ("RU", "Q159"), ("AZ", "Q227"), ("AF", "Q889"), ("PK", "Q843"), ("IR", "Q794"),
    ("US", "Q30"), ("ES", "Q29"), ("NO", "Q20"), ("DE", "Q183"), ("GB", "Q145"), ("CN", "Q148"),
    ("TR", "Q43"), ("KW", "Q817"), ("QA", "Q846"), ("OM", "Q842"), ("BH", "Q398"),
    ("SA", "Q851"), ("AE", "Q878"), ("GE", "Q230"), ("UA", "Q212"), ("SE", "Q34"), ("JP", "Q17"),
])
def test_countries_wikidata(code: str, qid: str) -> None:
    info = country_info(code)
    assert info is not None and info.wikidata == qid


def test_countries_table_complete_and_unique() -> None:
    text = (resources.files("parleygraph.extract.rules") / "countries.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line and not line.startswith("//")]
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) >= 249
    qids = [r["wikidata"] for r in rows if r["wikidata"]]
    assert len(qids) == len(set(qids)) >= 193
    info = country_info("kz")
    assert info is not None and info.demonyms == ("Kazakh", "Kazakhstani")
    assert country_info("ZZ") is None


def test_countries_phrase_index_longest_and_the() -> None:
    idx = PhraseIndex([("Kuwait", "KW"), ("Kuwait City", "city"), ("the Republic of Chad", "TD")])
    text = "The Republic of Chad met in Kuwait City, Kuwait."
    assert [(text[s:e], v) for s, e, v in idx.finditer(text)] == [
        ("The Republic of Chad", "TD"), ("Kuwait City", "city"), ("Kuwait", "KW")]


def test_the_congos_without_their_article() -> None:
    """real36_04: "the Democratic Republic of Congo" was read as "Congo", the other Congo."""
    found = find_countries("Ministers of the Democratic Republic of Congo and the Republic of Congo met.")
    assert [c.code for c in found] == ["CD", "CG"]
