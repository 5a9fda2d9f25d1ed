"""Per-document figures of a run, for leave-one-document-out reporting.

Leave-one-document-out means: while developing rules, hold one seed document out, and score
the extractor on that document alone. This script prints the figures of every document scored
on its own, so a held-out document's row can be read off (and the mean over documents is the
leave-one-document-out average when each row comes from a run that did not see it).

    python tests/eval/lodo.py output/meetings.jsonl
    python tests/eval/lodo.py output/meetings.jsonl --gold tests/eval/gold/seeds.jsonl --docs seeds
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from parleygraph.extract.evaluate import Scores, evaluate_by_document, load_texts
from parleygraph.extract.io import read_jsonl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

COLUMNS = (
    ("meet P", lambda s: s.meetings.precision),
    ("meet R", lambda s: s.meetings.recall),
    ("meet F1", lambda s: s.meetings.f1),
    ("part F1", lambda s: s.participants.f1),
    ("pers F1", lambda s: s.persons.f1),
    ("org F1", lambda s: s.organizations.f1),
    ("ctry F1", lambda s: s.countries.f1),
    ("dates", lambda s: s.dates.accuracy),
    ("city", lambda s: s.city.accuracy),
)


def format_table(per_doc: dict[str, Scores]) -> str:
    """One row per document, then the unweighted mean over documents."""
    width = max([len(d) for d in per_doc] + [8])
    lines = [f"{'document':<{width}}" + "".join(f"{c:>9}" for c, _ in COLUMNS) + f"{'gold':>6}"]
    for doc, s in per_doc.items():
        gold_n = s.meetings.tp + s.meetings.fn + s.planned_missed
        lines.append(f"{doc:<{width}}" + "".join(f"{f(s):>9.3f}" for _, f in COLUMNS)
                     + f"{gold_n:>6}")
    if per_doc:
        n = len(per_doc)
        lines.append(f"{'mean':<{width}}" + "".join(
            f"{sum(f(s) for s in per_doc.values()) / n:>9.3f}" for _, f in COLUMNS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("meetings", help="meetings.jsonl of a run")
    ap.add_argument("--gold", action="append", help="gold JSONL (default: tests/eval/gold/seeds.jsonl)")
    ap.add_argument("--entities", default=str(HERE / "gold" / "entities.json"))
    ap.add_argument("--docs", default=str(ROOT / "seeds"), help="folder of the documents")
    args = ap.parse_args(argv)
    gold = [row for path in (args.gold or [str(HERE / "gold" / "seeds.jsonl")])
            for row in read_jsonl(path)]
    entities = json.loads(Path(args.entities).read_text("utf-8")) if args.entities else None
    texts = load_texts(args.docs, {g["doc"] for g in gold}) if args.docs else None
    per_doc = evaluate_by_document(read_jsonl(args.meetings), gold, entities=entities, texts=texts)
    print(format_table(per_doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
