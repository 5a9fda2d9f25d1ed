"""Extract the fourth development set (dev4), score it against gold.jsonl and list every wrong field.

Usage (from the repository root)::

    python tests/eval/dev4/score_dev4.py            # extract + evaluate + field-level diff
    python tests/eval/dev4/score_dev4.py out.jsonl  # score an existing meetings.jsonl

The dev4 texts are never to be used to write rules: they measure how rules written on the seeds
generalise (issue #3). The diff lists, per matched meeting, wrong type/date/place/format/status,
missed (FN) and extra (FP) participants, organisers and chairs; then spurious and missed meetings.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from parleygraph.extract.evaluate import evaluate, format_scores, load_texts, normalize_org, person_match

HERE = Path(__file__).resolve().parent


def _org_keys(o: dict, ent: dict) -> set[str]:
    keys = {normalize_org(o["name"])}
    if o.get("acronym"):
        keys.add(normalize_org(o["acronym"]))
    keys |= {normalize_org(m) for m in o.get("mentions") or []}
    e = ent["organizations"].get(o["name"])
    if e:
        keys |= {normalize_org(a) for a in e["aliases"]}
        if e["acronym"]:
            keys.add(normalize_org(e["acronym"]))
    return keys


def diff(system: list[dict], gold: list[dict], ent: dict) -> str:
    texts = load_texts(HERE, {g["doc"] for g in gold})
    sc = evaluate(system, gold, entities=ent, texts=texts)
    G = {g["id"]: g for g in gold}
    S = {s["id"]: s for s in system}
    out = [format_scores(sc), ""]
    for gid, sid, how in sc.matches:
        g, s = G[gid], S[sid]
        out.append(f"=== {gid} <- {sid} ({how}): {g['anchor']}")
        for f in ("type", "start", "end", "city", "country", "format", "status"):
            if (g.get(f) or None) != (s.get(f) or None):
                out.append(f"   {f}: system={s.get(f)!r} gold={g.get(f)!r}")
        gp, sp = g["persons"], s["persons"]
        fn = [p["name"] for p in gp if not any(person_match(p["name"], q["name"]) for q in sp)]
        fp = [q["name"] for q in sp if not any(person_match(p["name"], q["name"]) for p in gp)]
        dup = [q["name"] for i, q in enumerate(sp) if any(person_match(q["name"], r["name"]) for r in sp[:i])]
        go = [{"name": n, "mentions": []} for n in g["organizers"]]
        so = [{"name": n, "mentions": []} for n in s.get("organizers") or []]
        rows = [("persons FN", fn), ("persons FP", fp), ("persons twice", dup),
                ("orgs FN", [o["name"] for o in g["organizations"]
                             if not any(_org_keys(o, ent) & _org_keys(x, ent) for x in s["organizations"])]),
                ("orgs FP", [x["name"] for x in s["organizations"]
                             if not any(_org_keys(o, ent) & _org_keys(x, ent) for o in g["organizations"])]),
                ("countries FN", sorted(set(g["countries"]) - set(s["countries"]))),
                ("countries FP", sorted(set(s["countries"]) - set(g["countries"]))),
                ("organizers FN", [o["name"] for o in go if not any(_org_keys(o, ent) & _org_keys(x, ent) for x in so)]),
                ("organizers FP", [x["name"] for x in so if not any(_org_keys(o, ent) & _org_keys(x, ent) for o in go)]),
                ("chairs FN", [c for c in g["chairs"] if not any(person_match(c, d) for d in s.get("chairs") or [])]),
                ("chairs FP", [d for d in s.get("chairs") or [] if not any(person_match(c, d) for c in g["chairs"])])]
        out += [f"   {k}: {v}" for k, v in rows if v]
    for sid in sc.spurious:
        s = S[sid]
        out.append(f"SPURIOUS {sid} {s['type']} {s['start']} {s.get('city')}: {(s.get('evidence') or '')[:160]}")
    for gid in sc.missed:
        out.append(f"MISSED {gid}: {G[gid]['anchor']}")
    return "\n".join(out)


def main(argv: list[str]) -> None:
    gold = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]
    ent = json.loads((HERE / "entities.json").read_text(encoding="utf-8"))
    if argv:
        path = argv[0]
    else:
        path = str(Path(tempfile.mkdtemp()) / "dev4.jsonl")
        docs = sorted(str(p) for p in HERE.glob("dev4_*.txt"))
        subprocess.run(["parleygraph", "extract", *docs, "-o", path, "--jobs", "1"], check=True)
    system = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x]
    print(diff(system, gold, ent))


if __name__ == "__main__":
    main(sys.argv[1:])
