"""The per-document script prints one row per gold document and a mean."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[0] / "data" / "sample_meetings.jsonl"


def _lodo():
    spec = importlib.util.spec_from_file_location("lodo", HERE / "lodo.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_lodo_prints_a_row_per_document(tmp_path, capsys):
    rows = [json.loads(x) for x in SAMPLE.read_text("utf-8").splitlines() if x.strip()]
    dropped = rows[0]["doc"]
    path = tmp_path / "m.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows[1:]), encoding="utf-8")
    assert _lodo().main([str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    gold_docs = {json.loads(x)["doc"] for x in (HERE / "gold" / "seeds.jsonl").read_text("utf-8").splitlines() if x.strip()}
    body = {line.split()[0]: line.split()[1:] for line in out[1:]}
    assert set(body) == gold_docs | {"mean"}
    assert float(body[dropped][1]) < 1.0          # recall of the document that lost a meeting
    assert all(float(v[2]) == 1.0 for d, v in body.items() if d not in (dropped, "mean"))
