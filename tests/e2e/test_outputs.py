"""The files a researcher opens elsewhere, from a real build of seeds/: spreadsheets (pandas,
LibreOffice), Gephi's GEXF and GraphML (networkx), the ontology reference, and where
``parleygraph report`` writes.

LibreOffice is Debian's ``libreoffice-calc-nogui`` (``.ci/run`` installs it); without it the
LibreOffice test is skipped, and under ``CI=true`` that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from parleygraph.graph.cli import cli

ROOT = Path(__file__).resolve().parents[2]
CSVS = ("meetings.csv", "actors.csv", "participation.csv", "centrality.csv")
ACCENTED = "Eser Çengel"  # a participant of the seeds


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out),
                                   "--reproducible"])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.parametrize("name", CSVS)
def test_outputs_csv_in_pandas(built: Path, name: str) -> None:
    import pandas as pd

    df = pd.read_csv(built / name)  # pandas' defaults: the byte order mark is understood
    assert len(df) > 10
    assert not any(c.startswith("\ufeff") for c in df.columns)
    text = " ".join(str(v) for v in df.astype(str).to_numpy().ravel())
    assert "Ã" not in text  # no UTF-8 read as Latin-1 anywhere
    if name != "meetings.csv":
        assert ACCENTED in text
    assert (built / name).read_bytes().startswith(b"\xef\xbb\xbf")


def test_outputs_csv_columns(built: Path) -> None:
    import pandas as pd

    meetings = pd.read_csv(built / "meetings.csv")
    assert meetings["meeting"].is_unique
    for col in ("type", "start", "end", "city", "country", "format", "status", "participants",
                "source", "evidence"):
        assert col in meetings.columns
    # one name per GeoNames place: "Nur-Sultan" in the text, "Astana" in the city column
    astana = meetings[meetings["geonameid"] == 1526273]
    assert set(astana["city"]) == {"Astana"} and "Nur-Sultan" in set(astana["city_text"])
    part = pd.read_csv(built / "participation.csv")
    assert {"actor", "actor_name", "kind", "meeting", "meeting_label"} <= set(part.columns)
    assert part["actor_name"].notna().all()
    actors = pd.read_csv(built / "actors.csv")
    assert set(actors["actor"]) == set(part["actor"])


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe:
        return exe
    reason = "LibreOffice not installed (Debian package libreoffice-calc-nogui)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def test_outputs_csv_in_libreoffice(built: Path, tmp_path: Path) -> None:
    """Every CSV converted by headless LibreOffice Calc keeps the accented names.

    The import options say comma, double quote and UTF-8 (LibreOffice 7.4 headless ignores a
    byte order mark and would use its default character set otherwise)."""
    exe = _soffice()
    for name in CSVS:
        shutil.copy(built / name, tmp_path / name)
    profile = tmp_path / "profile"
    res = subprocess.run(
        [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--infilter=CSV:44,34,76,1", "--convert-to", "html", "--outdir", str(tmp_path / "html"),
         *(str(tmp_path / n) for n in CSVS)],
        capture_output=True, text=True, timeout=240)
    assert res.returncode == 0, res.stderr
    for name in CSVS:
        page = (tmp_path / "html" / name.replace(".csv", ".html")).read_text(encoding="utf-8")
        assert "Ã" not in page, name
        if name != "meetings.csv":
            assert ACCENTED in page, name


def test_outputs_gexf_time_and_parts(built: Path) -> None:
    B = nx.read_gexf(built / "graph.gexf")
    meetings = [v for v, d in B.nodes(data=True) if d["kind"] == "meeting"]
    dated = [v for v in meetings if B.nodes[v].get("start")]
    assert len(dated) == sum(1 for v in meetings if B.nodes[v]["date"])  # every dated meeting
    m = B.nodes[dated[0]]
    assert m["label"].startswith(m["date"][:7]) and m["type"].replace("_", " ") in m["label"]
    parts = set()
    for u, v, d in B.edges(data=True):
        parts.add(d["part"])
        meeting = u if B.nodes[u]["kind"] == "meeting" else v
        if B.nodes[meeting].get("start"):
            assert d["start"] == B.nodes[meeting]["start"] and d["date"] == B.nodes[meeting]["date"]
    assert "participant" in parts and len(parts) >= 3  # chairs, speakers, hosts... too
    text = (built / "graph.gexf").read_text(encoding="utf-8")
    assert 'timeformat="date"' in text or "timeformat" in text


def test_outputs_graphml_first_last_count(built: Path) -> None:
    G = nx.read_graphml(built / "coparticipation.graphml")
    for _u, _v, d in G.edges(data=True):
        assert d["meetings"] == d["weight"]
        assert d["first"] <= d["last"] or not d["first"]
    assert any(d["first"] < d["last"] for _u, _v, d in G.edges(data=True))


def test_outputs_ontology_page_lists_every_term(built: Path) -> None:
    from rdflib import OWL, RDF, Graph

    from parleygraph.graph.ontology_doc import PG, ontology_html

    g = Graph().parse(ROOT / "ontology" / "parleygraph.ttl")
    page = (built / "ontology.html").read_text(encoding="utf-8")
    terms = {str(s)[len(PG):] for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for s in g.subjects(RDF.type, kind) if str(s).startswith(PG)}
    assert len(terms) > 30
    for t in terms:
        assert f'id="{t}"' in page and f"pg:{t}" in page, t
    assert 'href="ontology.html"' in (built / "graph.html").read_text(encoding="utf-8")
    # the copy the README links to is the generated page
    assert (ROOT / "docs" / "ontology.html").read_text(encoding="utf-8") == ontology_html()


def test_outputs_report_writes_next_to_its_source(built: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "run"
    src.mkdir()
    for name in ("meetings.jsonl", "entities.jsonl"):
        shutil.copy(built / name, src / name)
    elsewhere = tmp_path / "cwd"
    (elsewhere / "output").mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    res = CliRunner().invoke(cli, ["report", str(src / "meetings.jsonl"), "--by", "year"])
    assert res.exit_code == 0, res.output
    assert (src / "report.md").is_file() and (src / "centrality_by_year.csv").is_file()
    assert not any((elsewhere / "output").iterdir())  # never ./output of another build
    figures = {p.name for p in (src / "report_figures").iterdir()}
    assert "pagerank_by_year.svg" in figures
    # a later report without --by year leaves nothing of the earlier one behind
    res = CliRunner().invoke(cli, ["report", str(src)])
    assert res.exit_code == 0, res.output
    assert not (src / "centrality_by_year.csv").exists()
    assert "pagerank_by_year.svg" not in {p.name for p in (src / "report_figures").iterdir()}
    out = tmp_path / "elsewhere"
    res = CliRunner().invoke(cli, ["report", str(src), "--out", str(out)])
    assert res.exit_code == 0 and (out / "meetings.csv").is_file()


def test_outputs_readme_questions_answer_on_seeds(built: Path) -> None:
    """The five SPARQL questions of the README run and answer on the seeds."""
    import re

    from parleygraph.graph.sparql import load_store, query_rows

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sparql\n(.*?)```", text, re.S)
    assert len(queries) == 5
    store = load_store(built / "graph.ttl")
    for q in queries:
        names, rows = query_rows(store, q)
        assert rows and all(any(v is not None for v in r) for r in rows), q[:80]
