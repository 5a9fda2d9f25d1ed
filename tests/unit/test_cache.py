"""The start-up cache: the gazetteer read back from it is the one built, a damaged file is built
again, a change to the rule rows is a new key, and ``PARLEYGRAPH_CACHE=off`` writes nothing."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from parleygraph.extract import places
from parleygraph.extract.lexicon import Rules, default_rules


def _fresh() -> Rules:
    """The package's rules with an empty memo, as a new process has them."""
    r = default_rules()
    return Rules(r.rows, r.source)


def _files(d: Path) -> list[Path]:
    return sorted(d.glob("gazetteer-*.pickle"))


def test_the_gazetteer_read_back_is_the_one_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEYGRAPH_CACHE", str(tmp_path))
    built = places._build_gazetteer(_fresh())
    first = places._cached_gazetteer(_fresh())
    assert len(_files(tmp_path)) == 1
    again = places._cached_gazetteer(_fresh())
    assert again.table == first.table == built.table
    assert again.by_id == built.by_id
    text = "The talks were held in Almaty and in Kuwait City."
    assert [v for _, _, v in again.index.finditer(text)] == [v for _, _, v in built.index.finditer(text)]
    assert places.find_places(text, rules=_fresh())[0].city == "Almaty"


def test_a_damaged_file_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEYGRAPH_CACHE", str(tmp_path))
    places._cached_gazetteer(_fresh())
    (path,) = _files(tmp_path)
    path.write_bytes(b"not a pickle")
    g = places._cached_gazetteer(_fresh())
    assert "Almaty" in g.table
    assert path.read_bytes()[:1] == b"\x80"  # replaced by a good pickle


def test_other_city_rows_are_another_key(tmp_path: Path) -> None:
    r = _fresh()
    rows = dict(r.rows)
    rows["cities.jsonl"] = (*rows["cities.jsonl"], {"kind": "stop", "name": "Osh"})
    other = Rules(MappingProxyType(rows), "test")
    assert places._gazetteer_key(other) != places._gazetteer_key(r)


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEYGRAPH_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert "Almaty" in places._cached_gazetteer(_fresh()).table
    assert not list(tmp_path.rglob("*.pickle"))
