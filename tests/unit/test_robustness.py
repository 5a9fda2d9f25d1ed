"""Issue 17 in small pieces: ids as data, text cleaning, budgets, the projection cap, CSV
neutralisation, and every error a user can cause as one line and a non-zero exit."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from parleygraph.extract.errors import InputError, OutputError
from parleygraph.extract.io import neutralise_cell, text_file_name
from parleygraph.extract.iris import check_base_iri
from parleygraph.extract.ledger import override_lines, read_ledger
from parleygraph.extract.read import check_id, clean_text, read_inputs
from parleygraph.extract.records import Meeting, PersonRef
from parleygraph.graph import pipeline
from parleygraph.graph.cli import cli
from parleygraph.graph.endpoint import uses_service
from parleygraph.graph.network import MAX_PROJECTED_ACTORS, coparticipation_graph
from parleygraph.graph.outdir import build_lock, check_out
from parleygraph.graph.pipeline import Budget, extract_corpus

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "004_a3907e01653ff476.txt"
EN = "The seminar was held in Vienna on 2 June 2021 by the UNODC office with the delegation of Kazakhstan."


# --------------------------------------------------------------------------- ids are data

@pytest.mark.parametrize("value,reason", [
    (None, "must be a string or an integer"), (True, "must be a string or an integer"),
    (1.5, "must be a string or an integer"), ([1], "must be a string or an integer"),
    ("", "is empty"), ("   ", "is empty"), ("a\x00b", "U+0000"), ("a\nb", "U+000A"),
    ("a\u2028b", "U+2028"), ("a\ud800", "U+D800"), ("x" * 201, "201 characters long"),
])
def test_read_check_id_rejects(value, reason) -> None:
    with pytest.raises(InputError, match=reason.replace("+", r"\+")):
        check_id(value)


@pytest.mark.parametrize("value", ["x/../../../../victim", "/etc/passwd", "C:\\x", "a#b", 7, "é" * 200])
def test_read_check_id_accepts_data(value) -> None:
    assert check_id(value) == str(value)


@pytest.mark.parametrize("doc", ["feed.jsonl#x/../../../../victim", "feed.jsonl#/etc/passwd",
                                 "x/../../../../victim", "../up.html", "/abs.html", "a#b#c",
                                 "feed.jsonl#" + "x" * 200, "feed.jsonl#a b", "feed.jsonl#..",
                                 ".hidden.html", "feed.jsonl#\ufffd"])
def test_io_text_file_name_never_leaves_texts(doc: str, tmp_path: Path) -> None:
    name = text_file_name(doc)
    assert not name.startswith("/") and ".." not in name.split("/") and name.endswith(".txt")
    assert len(name) < 120
    texts = tmp_path / "texts"
    assert os.path.realpath(texts / name).startswith(os.path.realpath(texts) + os.sep)


def test_io_text_file_name_keeps_plain_names_readable() -> None:
    assert text_file_name("feed.jsonl#n1") == "feed.jsonl__n1.txt"
    assert text_file_name("sub/page.html") == "sub/page.html.txt"
    assert text_file_name("a#b#c") != text_file_name("a#b_c")


def test_read_clean_text_keeps_offsets() -> None:
    text, nul, sur = clean_text("ab\x00c\ud800d\x00")
    assert (text, nul, sur) == ("ab c\ufffdd ", 2, 1)
    assert clean_text("plain") == ("plain", 0, 0)


def test_read_duplicate_ids_renamed_or_skipped(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x.txt").write_text(EN, encoding="utf-8")
    (a / "x.html").write_text(f"<html><body><article><p>{EN} More text follows here for the "
                              "extractor.</p></article></body></html>", encoding="utf-8")
    (b / "x.txt").write_text(EN, encoding="utf-8")  # the same text again
    (b / "y.jsonl").write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                                         [("1", EN), ("1", EN + " Again."), ("1", EN)]),
                               encoding="utf-8")
    docs, problems = read_inputs([str(a), str(b)])
    assert [d.doc for d in docs] == ["x.html", "x~2.txt", "y.jsonl#1", "y.jsonl#1~2"]
    reasons = {(p.doc, p.skipped): p.reason for p in problems}
    assert "document id 'x.txt' is already used by" in reasons[("x~2.txt", False)]
    assert "the same text as" in reasons[("x.txt", True)]
    assert "the same text as" in reasons[("y.jsonl#1", True)]


def test_read_size_budget_names_the_document(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(EN * 200, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "big", "text": EN * 200}) + "\n"
                                      + json.dumps({"id": "ok", "text": EN}) + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path)], max_bytes=5000)
    assert [d.doc for d in docs] == ["a.jsonl#ok", "ok.txt"]
    reasons = {p.doc: p.reason for p in problems}
    assert reasons["big.txt"].startswith("too large: 20,")
    assert "more than the 5,000 bytes a document may have" in reasons["a.jsonl#big"]


def test_read_symlink_loop_and_unreadable_folder_named(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "self").symlink_to("self")
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "e" / "up").symlink_to("../..")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path):  # as chmod 000 does for anyone but root
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, problems = read_inputs([str(tmp_path)])
    assert [d.doc for d in docs] == ["ok.txt"]
    reasons = {p.doc: p.reason for p in problems}
    assert reasons["self"] == "symbolic link loop; skipped"
    assert reasons["d/e/up"].startswith("symbolic link loop (back to .)")
    assert reasons["locked"] == "cannot read folder: Permission denied; skipped"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_read_unreadable_folder_for_real(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    try:
        _docs, problems = read_inputs([str(tmp_path)])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [(p.doc, p.reason) for p in problems] == [("locked", "cannot read folder: Permission denied; skipped")]


# --------------------------------------------------------------------------- time budget

def _slow_or_dying(real):
    def extract(doc, items=None, **kwargs):
        if doc.doc.startswith("slow"):
            time.sleep(60)
        if doc.doc.startswith("dies"):
            os.kill(os.getpid(), 9)
        return real(doc, items, **kwargs)
    return extract


@pytest.mark.parametrize("jobs", [1, 2])
def test_pipeline_time_budget_stops_a_runaway_document(tmp_path: Path, jobs: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "slow.txt", "dies.txt", "z.txt"):
        shutil.copy(SEED, tmp_path / name)
    monkeypatch.setattr(pipeline, "extract_document", _slow_or_dying(pipeline.extract_document))
    t0 = time.monotonic()
    res = extract_corpus([str(tmp_path)], jobs=jobs, budget=Budget(seconds=2.0))
    assert time.monotonic() - t0 < 30
    reasons = {p.doc: p.reason for p in res.problems}
    assert reasons["slow.txt"] == "extraction took longer than 2 s (--doc-timeout); stopped and skipped"
    assert reasons["dies.txt"].startswith("the extraction process died (killed by signal 9)")
    assert {m.doc for m in res.meetings} == {"a.txt", "z.txt"}
    assert [d.doc for d in res.documents] == ["a.txt", "z.txt"]


# --------------------------------------------------------------------------- projection cap

def test_network_big_meeting_is_not_projected() -> None:
    crowd = tuple(PersonRef(name=f"P{i}", id=f"p/{i}") for i in range(MAX_PROJECTED_ACTORS + 1))
    small = tuple(PersonRef(name=f"P{i}", id=f"p/{i}") for i in range(3))
    ms = [Meeting(id="d#1", iri="m/crowd", doc="d", item=0, evidence="", span=(0, 0), persons=crowd),
          Meeting(id="d#2", iri="m/small", doc="d", item=0, evidence="", span=(0, 0), persons=small)]
    G = coparticipation_graph(ms)
    assert G.number_of_nodes() == MAX_PROJECTED_ACTORS + 1
    assert G.number_of_edges() == 3 and G.graph["unprojected"] == ("m/crowd",)
    assert G.nodes["p/0"]["meetings"] == 2 and G.nodes["p/150"]["meetings"] == 1
    assert coparticipation_graph(ms, max_actors=None).number_of_edges() == 201 * 200 // 2


# --------------------------------------------------------------------------- CSV

@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil.example/x", "click")',
                                  "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1", "\r=1"])
def test_io_formula_cells_neutralised(cell: str) -> None:
    assert neutralise_cell(cell) == "'" + cell


def test_report_participation_csv_has_no_formula(tmp_path: Path) -> None:
    from parleygraph.graph.report import write_report

    evil = '=HYPERLINK("http://evil.example/x", "click") said the Director.'
    m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence=evil, span=(0, len(evil)),
                start="2024-01-02", persons=(PersonRef(name="@SUM(1+1)", id="p/a", role="+cmd"),
                                            PersonRef(name="B", id="p/b")))
    write_report([m], [], tmp_path)
    rows = list(csv.reader(io.StringIO((tmp_path / "participation.csv").read_text(encoding="utf-8"))))
    cells = [c for r in rows for c in r]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    assert "'" + evil in cells and "'+cmd" in cells
    cent = list(csv.reader(io.StringIO((tmp_path / "centrality.csv").read_text(encoding="utf-8"))))
    assert "'@SUM(1+1)" in [c for r in cent for c in r]


# --------------------------------------------------------------------------- SERVICE

@pytest.mark.parametrize("query,uses", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("select * where { Service Silent <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { FILTER(?a < ?b) SERVICE <http://x/> {} FILTER(?c > ?d) }", True),
    ("SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", True),
    ("SELECT * WHERE { ?s ex:a\\# ?o . SERVICE <http://x/> { } }", True),  # not a comment
    ("SELECT * WHERE { ?s ex:a\\' ?o . SERVICE <http://x/> { } } # '", True),  # not a string
    ("SELECT ?service WHERE { ?service <http://x/SERVICE> 'SERVICE' } # SERVICE", False),
    ('SELECT * WHERE { ?s ex:service ?o . ?s ?p """a\nSERVICE""" }', False),
    ("SELECT * WHERE { ?s ?p ?o }", False),
])
def test_endpoint_uses_service(query: str, uses: bool) -> None:
    assert uses_service(query) is uses


# --------------------------------------------------------------------------- one-line errors

def run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in res.output and not isinstance(res.exception, (KeyError, TypeError))
    return res.exit_code, res.output


def one_error_line(output: str) -> str:
    lines = [x for x in output.splitlines() if x.startswith("Error:")]
    assert len(lines) == 1, output
    return lines[0]


def test_cli_out_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    code, out = run("build", str(SEED), "--out", str(tmp_path / "f" / "sub"))
    assert code == 1 and "is a file, not a folder" in one_error_line(out)
    code, out = run("build", str(SEED), "--out", str(tmp_path / "f"))
    assert code != 0 and "is a file" in out


def test_cli_out_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = run("build", str(SEED), "--out", "")
    assert code == 1 and "--out is empty" in one_error_line(out)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("iri,why", [("not an iri", "cannot hold"), ("example.org/id/", "absolute"),
                                     ("https://example.org/id", "must end in"),
                                     ("http:///id/", "no host"), ("https://x.org/<a>/", "cannot hold")])
def test_cli_invalid_base_iri_before_anything_is_written(tmp_path: Path, iri: str, why: str) -> None:
    code, out = run("build", str(SEED), "--out", str(tmp_path / "out"), "--base-iri", iri)
    assert code == 1 and why in one_error_line(out)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InputError):
        check_base_iri(iri)


@pytest.mark.parametrize("content,why", [
    (b"\xff\xfe{}\n", "not UTF-8"),
    (b'{"iri": "https://x/p/a", "kind": "person", "n": "abc"}\n', "'n' (the minting counter)"),
    (b'{"iri": "https://x/p/a", "kind": "person", "n": true}\n', "'n' (the minting counter)"),
    (b'{"iri": "https://x/p/a", "kind": "person", "aliases": [1]}\n', "'aliases' must be a list of strings"),
    (b"[" * 100000 + b"\n", "not valid JSON"),
])
def test_cli_bad_ledger_is_one_line(tmp_path: Path, content: bytes, why: str) -> None:
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_bytes(content)
    code, out = run("build", str(SEED), "--out", str(tmp_path / "out"), "--ledger", str(ledger))
    assert code == 1 and why in one_error_line(out) and "ledger.jsonl:1" in out
    assert not (tmp_path / "out").exists()
    with pytest.raises(InputError):
        read_ledger(ledger)


def test_cli_unmatched_overrides_warned_with_their_line(tmp_path: Path) -> None:
    yaml_file = tmp_path / "ov.yaml"
    yaml_file.write_text('merge:\n  - ["Nobody Atall", "Grigory Pustovitov"]\nsplit: ["No Such Alias"]\n'
                         'drop: ["nonexistent#3"]\nfix:\n  nonexistent#9: {city: Paris}\n', encoding="utf-8")
    code, out = run("build", str(SEED), "--out", str(tmp_path / "out"), "--overrides", str(yaml_file))
    assert code == 0, out
    warned = [x for x in out.splitlines() if x.startswith("parleygraph: warning:")]
    assert f"parleygraph: warning: {yaml_file}:2: merge: 'Nobody Atall' matches no person or organisation; the group is not applied" in warned
    assert any(f"{yaml_file}:3: split: 'No Such Alias'" in x for x in warned)
    assert any(f"{yaml_file}:4: drop: 'nonexistent#3'" in x for x in warned)
    assert any(f"{yaml_file}:6: fix: 'nonexistent#9'" in x for x in warned)
    assert not any("Grigory Pustovitov" in x for x in warned)  # that one matches
    json_file = tmp_path / "ov.json"
    json_file.write_text('{\n "drop": [\n  "a#1",\n  "b#2"\n ]\n}\n', encoding="utf-8")
    assert override_lines(json_file) == {("drop", 0): 3, ("drop", 1): 4}


def test_cli_full_disk_keeps_earlier_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert run("build", str(SEED), "--out", str(out), "--reproducible")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    from parleygraph.graph import rdf

    real = rdf._join_turtle  # graph.ttl is joined from the Turtle of the shards

    def full(header, bodies, path):
        if Path(path).name == "graph.ttl":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(header, bodies, path)

    monkeypatch.setattr(rdf, "_join_turtle", full)
    code, text = run("build", str(ROOT / "seeds"), "--out", str(out))
    line = one_error_line(text)
    assert code == 1
    assert line == (f"Error: cannot write {out}/graph.ttl: No space left on device; "
                    f"the earlier output in {out} is unchanged")
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_outdir_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    real = check_out(tmp_path / "out")
    with build_lock(real):
        with pytest.raises(OutputError, match=f"another parleygraph build is writing to this folder \\(process {os.getpid()}\\)"):
            with build_lock(real):
                pass
    with build_lock(real):  # released
        pass
    assert list(tmp_path.iterdir()) == []


def test_cli_every_input_error_is_one_line(tmp_path: Path) -> None:
    code, out = run("serve", str(SEED), "--cors", "evil")
    assert code == 1 and "--cors 'evil'" in one_error_line(out)
    code, out = run("extract", str(SEED), "-o", "")
    assert code == 1 and "-o is empty" in one_error_line(out)
    code, out = run("report", str(tmp_path), "--out", str(tmp_path / "r"))
    assert code == 1 and "no meetings.jsonl" in one_error_line(out)
