"""``parleygraph build --update OUT NEW...``: an incremental build equals the full build of the
union (with the first build's ledger), keeps every IRI, extracts only unseen documents, and
``query`` answers from the build's on-disk store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from parleygraph.graph.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "eval"


def _texts() -> list[Path]:
    """The seeds and every development set's texts, in a fixed order."""
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for d in sorted(EVAL.glob("dev*")):
        if d.is_dir():
            files += sorted(d.glob("*.txt"))
    return files


def _build(*args: str) -> str:
    res = CliRunner().invoke(cli, ["build", "--reproducible", *args])
    assert res.exit_code == 0, res.output
    return res.output


def _files(out: Path) -> dict[str, bytes]:
    """Every file of a build but the store's own (RocksDB writes ids and times into them)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "graph.oxigraph" not in p.parts}


@pytest.fixture(scope="module")
def halves(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("update")
    a, b = root / "a", root / "b"
    a.mkdir()
    b.mkdir()
    for i, f in enumerate(_texts()):
        shutil.copy(f, (a if i % 2 == 0 else b) / f.name)
    return a, b


@pytest.fixture(scope="module")
def updated(halves: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    a, b = halves
    root = tmp_path_factory.mktemp("builds")
    first = root / "first"
    _build(str(a), "--out", str(first))
    out = root / "updated"
    shutil.copytree(first, out)
    log = _build("--update", str(out), str(b))
    return first, out, log


def test_update_equals_full_build_of_the_union(halves: tuple[Path, Path], updated: tuple[Path, Path, str],
                                               tmp_path: Path) -> None:
    a, b = halves
    first, out, _ = updated
    ledger = tmp_path / "ledger.jsonl"
    shutil.copy(first / ".parleygraph" / "ledger.jsonl", ledger)
    full = tmp_path / "full"
    _build(str(a), str(b), "--out", str(full), "--ledger", str(ledger))
    got, want = _files(out), _files(full)
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name
    n_docs = len(list(a.iterdir())) + len(list(b.iterdir()))
    assert len((out / ".parleygraph" / "documents.jsonl").read_text().splitlines()) == n_docs


def test_update_extracts_only_new_documents(halves: tuple[Path, Path], updated: tuple[Path, Path, str]) -> None:
    _, b = halves
    _, _, log = updated
    assert f"extract: {len(list(b.iterdir()))} documents" in log


def test_update_keeps_every_iri(updated: tuple[Path, Path, str]) -> None:
    first, out, _ = updated

    def iris(folder: Path) -> tuple[set[str], set[str], set[str]]:
        ents = [json.loads(x) for x in (folder / "entities.jsonl").read_text().splitlines()]
        meetings = {json.loads(x)["iri"] for x in (folder / "meetings.jsonl").read_text().splitlines()}
        actors = {e["id"] for e in ents if e["meetings"] or e["docs"]}  # not a parent body named by nothing
        return actors, {e["id"] for e in ents} | {s for e in ents for s in e.get("same_as") or ()}, meetings

    before, _, before_m = iris(first)
    _, after, after_m = iris(out)
    assert before and before <= after  # as an entity's IRI, or its owl:sameAs when two became one
    assert before_m <= after_m
    ledger = {json.loads(x)["iri"] for x in (out / ".parleygraph" / "ledger.jsonl").read_text().splitlines()}
    assert {json.loads(x)["iri"] for x in (first / ".parleygraph" / "ledger.jsonl").read_text().splitlines()} <= ledger


def test_update_with_nothing_new_changes_nothing(halves: tuple[Path, Path], updated: tuple[Path, Path, str],
                                                 tmp_path: Path) -> None:
    _, b = halves
    _, out, _ = updated
    again = tmp_path / "again"
    shutil.copytree(out, again)
    log = _build("--update", str(again), str(b))
    assert "extract: 0 documents" in log or "extract: 0" in log
    assert _files(again) == _files(out)


def test_update_needs_an_earlier_build(tmp_path: Path, halves: tuple[Path, Path]) -> None:
    res = CliRunner().invoke(cli, ["build", "--update", str(tmp_path / "none"), str(halves[1])])
    assert res.exit_code == 1
    assert "no earlier build to update" in res.output


def test_query_answers_from_the_store(updated: tuple[Path, Path, str]) -> None:
    _, out, _ = updated
    from parleygraph.graph.sparql import load_store
    from parleygraph.graph.store import store_for

    assert store_for(out / "graph.ttl") == out / "graph.oxigraph"
    via_store = CliRunner().invoke(cli, ["query", str(out), "meetings", "--format", "csv"])
    assert via_store.exit_code == 0, via_store.output
    plain = tmp = out.parent / "turtle-only"
    tmp.mkdir(exist_ok=True)
    shutil.copy(out / "graph.ttl", plain / "graph.ttl")
    via_turtle = CliRunner().invoke(cli, ["query", str(plain / "graph.ttl"), "meetings", "--format", "csv"])
    assert via_turtle.exit_code == 0
    assert via_store.output == via_turtle.output
    assert len(load_store(out)) == len((out / "graph.nt").read_text().splitlines())


def test_store_not_used_after_the_turtle_changed(updated: tuple[Path, Path, str], tmp_path: Path) -> None:
    _, out, _ = updated
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    from parleygraph.graph.store import store_for

    assert store_for(copy) == copy / "graph.oxigraph"
    with open(copy / "graph.ttl", "a", encoding="utf-8") as f:
        f.write("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    assert store_for(copy) is None
    res = CliRunner().invoke(cli, ["query", str(copy / "graph.ttl"),
                                   "SELECT ?o WHERE { <https://example.org/a> ?p ?o }", "--format", "csv"])
    assert res.exit_code == 0 and "https://example.org/c" in res.output
