"""The real CLI on seeds/ into a temporary folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from parleygraph.graph.cli import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out), "--reproducible"])
    assert res.exit_code == 0, res.output
    return out


def test_cli_build_writes_every_output(built: Path):
    for name in ("meetings.jsonl", "entities.jsonl", "graph.ttl", "graph.nt", "graph.html", "report.md",
                 "report.html", "centrality.csv", "coparticipation.graphml", "graph.gexf", "participation.csv"):
        assert (built / name).stat().st_size > 0, name


def test_cli_build_meeting_contract(built: Path):
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    lines = [json.loads(x) for x in (built / "meetings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 30
    for m in lines:
        s, e = m["span"]
        assert texts[m["doc"]][s:e] == m["evidence"]
        assert m["iri"].startswith("https://w3id.org/parleygraph/id/meeting/")
        assert all(p["id"] for p in m["persons"]) and all(o["id"] for o in m["organizations"])
        assert all(len(c) == 2 and c.isupper() for c in m["countries"])
        for d in (m["start"], m["end"]):
            assert d is None or len(d) in (7, 10)


def test_cli_two_builds_identical_bytes(built: Path, tmp_path: Path):
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--reproducible"])
    assert res.exit_code == 0, res.output
    for f in sorted(p for p in built.rglob("*") if p.is_file() and "graph.oxigraph" not in p.parts):
        assert (tmp_path / f.relative_to(built)).read_bytes() == f.read_bytes(), f.name
    # the store's RocksDB files carry ids and times of their own: compare what they hold
    from parleygraph.graph.sparql import load_store

    dumps = [sorted(f"{q.triple} ." for q in load_store(d)) for d in (built, tmp_path)]
    assert dumps[0] == dumps[1] == (built / "graph.nt").read_text(encoding="utf-8").splitlines()


def test_cli_bad_file_reported_and_skipped(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "seeds" / "004_a3907e01653ff476.txt", src)
    (src / "broken.txt").write_bytes(b"\x81\x82 not utf-8 \xff")
    out = tmp_path / "x.jsonl"
    res = CliRunner().invoke(cli, ["extract", str(src), "-o", str(out)])
    assert res.exit_code == 0
    assert "broken.txt: not UTF-8" in res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_cli_evaluate_on_built_meetings(built: Path):
    gold = ROOT / "tests" / "eval" / "gold"
    res = CliRunner().invoke(cli, ["evaluate", str(built / "meetings.jsonl"), "--gold", str(gold / "seeds.jsonl"),
                                   "--entities", str(gold / "entities.json"), "--docs", str(ROOT / "seeds")])
    assert res.exit_code == 0 and "meetings" in res.output


def test_cli_queries_on_built_graph(built: Path):
    for name in ("meetings", "participants", "co-participation", "meetings-per-year-country", "roles"):
        res = CliRunner().invoke(cli, ["query", str(built / "graph.ttl"), name, "--format", "csv"])
        assert res.exit_code == 0, res.output
        assert len(res.output.splitlines()) > 1, name


def test_cli_every_command_has_help():
    for name, cmd in cli.commands.items():
        assert cmd.help and len(cmd.help) > 20, name
        assert CliRunner().invoke(cli, [name, "--help"]).exit_code == 0


def test_cli_missing_input_is_one_line_error(tmp_path: Path):
    res = CliRunner().invoke(cli, ["query", str(tmp_path / "nope.ttl"), "meetings"])
    assert res.exit_code != 0 and "Traceback" not in res.output
