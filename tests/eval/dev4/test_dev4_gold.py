"""The fourth development set (dev4)'s gold is well-formed and is exactly what make_gold.py writes.

No extraction here (fast): the dev4 figures are printed by score_dev4.py, not asserted, because
the dev4 texts measure generalisation and must not become a target for rules.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TYPES = {"meeting", "visit", "conference", "seminar", "workshop", "training", "webinar",
         "working_group", "council_session", "side_event", "hearing", "videoconference"}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _make_gold():
    spec = importlib.util.spec_from_file_location("dev4_make_gold", HERE / "make_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold() -> list[dict]:
    return [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]


def test_dev4_gold_is_what_make_gold_writes():
    mod = _make_gold()
    assert mod.check_and_number() == _gold()
    assert mod._entities() == json.loads((HERE / "entities.json").read_text(encoding="utf-8"))


def test_dev4_texts_are_news_length():
    docs = sorted(HERE.glob("dev4_*.txt"))
    assert len(docs) == 8
    for p in docs:
        n = len(p.read_text(encoding="utf-8").split())
        assert 200 <= n <= 600, (p.name, n)


@pytest.mark.parametrize("row", _gold(), ids=lambda r: r["id"])
def test_dev4_gold_line_follows_schema(row):
    text = (HERE / row["doc"]).read_text(encoding="utf-8")
    assert text.count(row["anchor"]) == 1 and 20 <= len(row["anchor"]) <= 80
    assert row["type"] in TYPES
    assert row["status"] in {"held", "planned"}
    assert row["format"] in {"in_person", "online", "hybrid", None}
    assert row["start"] is None or DATE.match(row["start"])
    assert row["end"] is None or (DATE.match(row["end"]) and row["end"] >= row["start"])
    assert (row["city"] is None) == (row["country"] is None)
    if row["format"] == "online":
        assert row["city"] is None
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in row["countries"])
    assert len(set(row["countries"])) == len(row["countries"])
    ents = json.loads((HERE / "entities.json").read_text(encoding="utf-8"))
    for p in row["persons"]:
        assert p["name"] in ents["persons"]
        assert all(m in text for m in p["mentions"])
    for o in row["organizations"]:
        assert o["name"] in ents["organizations"]
        assert o["parent"] is None or o["parent"] in ents["organizations"]
        assert all(m in text for m in o["mentions"])
    names = {p["name"] for p in row["persons"]}
    assert set(row["chairs"]) <= names
