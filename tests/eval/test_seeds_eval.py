"""The real extractor on the seeds, scored against the gold copy, must keep its floors.

Floors live in ``floors.json`` and only go up (split/merge counts are ceilings and only go
down). Run with ``-s`` to see the full table.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parleygraph.extract.evaluate import Scores, evaluate, format_scores, load_texts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOLD = HERE / "gold"
CEILINGS = ("person_splits", "person_merges", "org_splits", "org_merges")


def _floors() -> dict[str, float]:
    data = json.loads((HERE / "floors.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _gold() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "seeds.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def scores() -> Scores:
    try:
        from parleygraph.graph.pipeline import extract_corpus
    except ImportError as e:
        pytest.skip(f"parleygraph.graph.pipeline is not importable yet ({e})")
    result = extract_corpus([str(ROOT / "seeds")])
    system = [m.to_dict() if hasattr(m, "to_dict") else dict(m) for m in result.meetings]
    gold = _gold()
    entities = json.loads((GOLD / "entities.json").read_text("utf-8"))
    out = evaluate(system, gold, entities=entities,
                   texts=load_texts(ROOT / "seeds", {g["doc"] for g in gold}))
    print("\n" + format_scores(out))
    return out


def test_floors_name_real_figures():
    from parleygraph.extract.evaluate import PRF, Accuracy

    blank = Scores(*(PRF() for _ in range(5)), *(Accuracy() for _ in range(4)))
    unknown = set(_floors()) - set(blank.as_dict())
    assert not unknown, f"floors.json names figures the scorer does not produce: {unknown}"


def test_gold_copy_matches_the_documents():
    gold = _gold()
    texts = load_texts(ROOT / "seeds", {g["doc"] for g in gold})
    assert set(texts) == {g["doc"] for g in gold}
    for g in gold:
        assert texts[g["doc"]].count(g["anchor"]) == 1, g["id"]


@pytest.mark.parametrize("name", sorted(_floors()))
def test_seeds_eval_floor(scores: Scores, name: str):
    floor = _floors()[name]
    value = scores.as_dict()[name]
    if name in CEILINGS:
        assert value <= floor, f"{name} = {value}, ceiling {floor}"
    else:
        assert value >= floor, f"{name} = {value:.3f}, floor {floor}"
