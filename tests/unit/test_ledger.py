"""The identity ledger and the overrides file: reading, validation, deterministic writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parleygraph.extract.errors import InputError
from parleygraph.extract.ledger import read_ledger, read_overrides, validate_overrides, write_ledger

ROW_A = {"iri": "https://x/person/b", "kind": "person", "key": "b", "aliases": ["B", "A"],
         "n": 2, "status": "active", "same_as": None}
ROW_B = {"iri": "https://x/person/a", "kind": "person", "key": "a", "aliases": [], "n": 1,
         "status": "retired", "same_as": "https://x/person/b"}


def test_ledger_missing_file_is_empty(tmp_path: Path) -> None:
    assert read_ledger(tmp_path / "none.jsonl") == []
    assert read_ledger(None) == []


def test_ledger_roundtrip_sorted_and_deterministic(tmp_path: Path) -> None:
    p = tmp_path / "ledger.jsonl"
    write_ledger(p, [ROW_A, ROW_B])
    first = p.read_bytes()
    write_ledger(p, [ROW_B, ROW_A])
    assert p.read_bytes() == first
    rows = read_ledger(p)
    assert [r["iri"] for r in rows] == ["https://x/person/a", "https://x/person/b"]
    assert rows[1]["aliases"] == ["A", "B"]
    assert not list(tmp_path.glob(".*tmp"))


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not valid JSON"),
    ('["a"]', "expected a JSON object"),
    ('{"kind": "person"}', "missing 'iri'"),
    ('{"iri": "x", "kind": "planet"}', "'kind' must be one of"),
    ('{"iri": "x", "kind": "person", "status": "retired"}', "needs 'same_as'"),
])
def test_ledger_invalid_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "ledger.jsonl"
    p.write_text(json.dumps(ROW_A) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_ledger(p)
    assert f"{p}:2" in str(e.value) and message in str(e.value)


def test_ledger_duplicate_iri_rejected(tmp_path: Path) -> None:
    p = tmp_path / "ledger.jsonl"
    p.write_text(json.dumps(ROW_A) + "\n" + json.dumps(ROW_A) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="appears twice"):
        read_ledger(p)


def test_overrides_yaml_and_json(tmp_path: Path) -> None:
    y = tmp_path / "o.yaml"
    y.write_text("merge:\n  - [A B, A. B]\nsplit: [C. D]\ndrop: ['x#1']\n"
                 "fix:\n  'x#2': {city: Almaty, countries: [KZ]}\n", encoding="utf-8")
    ov = read_overrides(y)
    assert ov == {"merge": [["A B", "A. B"]], "split": ["C. D"], "drop": ["x#1"],
                  "fix": {"x#2": {"city": "Almaty", "countries": ["KZ"]}}}
    j = tmp_path / "o.json"
    j.write_text(json.dumps({"drop": ["x#1"]}), encoding="utf-8")
    assert read_overrides(j)["drop"] == ["x#1"]
    assert read_overrides(None) == {"merge": [], "split": [], "drop": [], "fix": {}}


@pytest.mark.parametrize(("data", "message"), [
    ({"merges": []}, "unknown key(s) 'merges'"),
    ({"merge": [["only one"]]}, "'merge' must be a list of lists"),
    ({"split": "A"}, "'split' must be a list of strings"),
    ({"fix": {"x#1": {"evidence": "y"}}}, "field 'evidence' cannot be set"),
    ({"fix": {"x#1": {"date_inferred": "yes"}}}, "'date_inferred' must be bool"),
    ({"fix": ["x"]}, "'fix' must map"),
    (["merge"], "expected a mapping"),
])
def test_overrides_invalid(data: object, message: str) -> None:
    with pytest.raises(InputError) as e:
        validate_overrides(data, "o.yaml")
    assert message in str(e.value) and str(e.value).startswith("o.yaml")


def test_overrides_bad_syntax_names_file(tmp_path: Path) -> None:
    y = tmp_path / "o.yaml"
    y.write_text("merge: [a, b\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        read_overrides(y)
    j = tmp_path / "o.json"
    j.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match=r"o.json:1: not valid JSON"):
        read_overrides(j)
