"""Identity resolution against the truth of a generated corpus (``gen_corpus.py``).

    python tests/benchmarks/identity_truth.py OUTPUT_DIR GENERATED_DIR

Each person or body reference of ``OUTPUT_DIR/meetings.jsonl`` is matched to the generated
person or body it stands for, through the truth of its document (``truth.jsonl``: every surface
form the article used, with its id): a person reference by a surname it shares with one
person of the article, a body reference by its name (or acronym) equal to a surface form of
the article, folded. References that match nothing (a body the extractor named differently, a
word taken for a name) are counted, not scored.

- **merges**: for each resolved entity, the generated ids among its references beyond the first
  (two real people under one IRI count one); reported per generated entity seen;
- **splits**: for each generated entity, the IRIs its references went to beyond the first;
  reported per generated entity seen.

Prints one line per kind; never asserts.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

__all__ = ["identity_scores"]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


def _truth(gen: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for f in sorted(gen.glob("truth*.jsonl")):
        for line in f.open(encoding="utf-8"):
            t = json.loads(line)
            persons: dict[str, set[str]] = defaultdict(set)
            for surface, pid in t["persons"]:
                words = _fold(surface).split()
                if words:
                    persons[words[-1]].add(pid)
            bodies = {_fold(s): bid for s, bid in t["bodies"]}
            out[t["doc"]] = {"persons": persons, "bodies": bodies}
    return out


def _person_id(names: list[str], truth: dict) -> str | None:
    found = {pid for n in names for w in _fold(n).split() for pid in truth["persons"].get(w, ())}
    return found.pop() if len(found) == 1 else None


def _body_id(names: list[str], truth: dict) -> str | None:
    for n in names:
        f = _fold(n)
        bid = truth["bodies"].get(f) or truth["bodies"].get(_fold("the " + n)) or next(
            (b for s, b in truth["bodies"].items() if s.startswith(f + " ") or f.endswith(" " + s)), None)
        if bid:
            return bid
    return None


def identity_scores(out: Path, gen: Path) -> dict[str, dict[str, float]]:
    """Merges and splits of persons and organisations (see the module docstring).

    Returns, per kind: ``refs`` (references), ``matched``, ``true`` (generated entities seen),
    ``iris`` (resolved entities holding a matched reference), ``merges`` and ``splits`` (counts)
    and their rates per generated entity seen.
    """
    truth = _truth(gen)
    to_true: dict[str, dict[str, set[str]]] = {"person": defaultdict(set), "organization": defaultdict(set)}
    to_iri: dict[str, dict[str, set[str]]] = {"person": defaultdict(set), "organization": defaultdict(set)}
    refs = {"person": 0, "organization": 0}
    matched = {"person": 0, "organization": 0}
    with (out / "meetings.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            m = json.loads(line)
            t = truth.get(m["doc"])
            if t is None:
                continue
            for kind, key in (("person", "persons"), ("organization", "organizations")):
                for r in m.get(key) or ():
                    refs[kind] += 1
                    names = [r["name"], *(r.get("mentions") or ())]
                    if kind == "organization" and r.get("acronym"):
                        names.append(r["acronym"])
                    tid = _person_id(names, t) if kind == "person" else _body_id(names, t)
                    if tid is None or not r.get("id"):
                        continue
                    matched[kind] += 1
                    to_true[kind][r["id"]].add(tid)
                    to_iri[kind][tid].add(r["id"])
    res: dict[str, dict[str, float]] = {}
    for kind in ("person", "organization"):
        n_true = len(to_iri[kind])
        merges = sum(len(v) - 1 for v in to_true[kind].values())
        splits = sum(len(v) - 1 for v in to_iri[kind].values())
        res[kind] = {"refs": refs[kind], "matched": matched[kind], "true": n_true,
                     "iris": len(to_true[kind]), "merges": merges, "splits": splits,
                     "merge_rate": merges / n_true if n_true else 0.0,
                     "split_rate": splits / n_true if n_true else 0.0}
    return res


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    res = identity_scores(Path(args[0]), Path(args[1]))
    for kind, r in res.items():
        print(f"{kind}: {r['refs']} references, {r['matched']} matched to {r['true']} generated "
              f"entities under {r['iris']} IRIs; merges {r['merges']} ({100 * r['merge_rate']:.2f}%), "
              f"splits {r['splits']} ({100 * r['split_rate']:.2f}%)")


if __name__ == "__main__":
    main()
