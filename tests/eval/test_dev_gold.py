"""Each development set's gold is well-formed and is exactly what its make_gold.py writes.

No extraction here (fast): the dev figures are printed by the scorers (score_dev*.py, i.e.
devsets.score_main), not asserted, because the dev texts measure generalisation and must not
become a target for rules. One module for the four sets (tests/eval/devsets.py: SETS).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402
from devsets import DATE, SETS, TYPES, read_entities, read_gold, set_dir, set_texts  # noqa: E402


@cache
def _make_gold(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_make_gold", set_dir(name) / "make_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


ROWS = [pytest.param(name, row, id=row["id"]) for name in SETS for row in read_gold(name)]


@pytest.mark.parametrize("name", SETS)
def test_dev_gold_is_what_make_gold_writes(name):
    gs = _make_gold(name).GOLD
    assert devsets.check_and_number(gs) == read_gold(name)
    assert devsets.build_entities(gs) == read_entities(name)


# real pages whose whole stored text is shorter than 100 words, with their length
SHORT_PAGES = {"real57_04_bsrbcc.txt": 97,  # a heading and one paragraph
               "real57_07_russiaeu.txt": 67}  # a heading, a stamp and two sentences


@pytest.mark.parametrize("name", SETS)
def test_dev_texts_are_news_length(name):
    docs = set_texts(name)
    assert len(docs) == SETS[name]
    # invented texts were written at news length; real pages are the stored excerpt of a page
    # (about its first 2,000 characters), cut only at a broken last sentence; a page that is short
    # stays short (SHORT_PAGES, each checked by hand)
    low = 100 if name.startswith("real") else 200
    for p in docs:
        n = len(p.read_text(encoding="utf-8").split())
        assert (SHORT_PAGES.get(p.name, low) <= n <= 600), (p.name, n)


@pytest.mark.parametrize(("name", "row"), ROWS)
def test_dev_gold_line_follows_schema(name, row):
    text = (set_dir(name) / row["doc"]).read_text(encoding="utf-8")
    assert text.count(row["anchor"]) == 1 and 20 <= len(row["anchor"]) <= 80
    assert row["type"] in TYPES
    assert row["status"] in {"held", "planned"}
    assert row["format"] in {"in_person", "online", "hybrid", None}
    assert row["start"] is None or DATE.match(row["start"])
    assert row["end"] is None or (DATE.match(row["end"]) and row["end"] >= row["start"])
    # a city always has its country; a venue may be known by its country alone ("in Georgia")
    assert row["city"] is None or row["country"] is not None
    if row["format"] == "online":
        assert row["city"] is None
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in row["countries"])
    assert len(set(row["countries"])) == len(row["countries"])
    ents = read_entities(name)
    for p in row["persons"]:
        assert p["name"] in ents["persons"]
        assert all(m in text for m in p["mentions"])
    for o in row["organizations"]:
        assert o["name"] in ents["organizations"]
        assert o["parent"] is None or o["parent"] in ents["organizations"]
        assert all(m in text for m in o["mentions"])
    names = {p["name"] for p in row["persons"]}
    assert set(row["chairs"]) <= names
