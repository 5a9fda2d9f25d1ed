"""Canned SPARQL queries through the CLI on the sample graph, and the local SPARQL endpoint."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner

from parleygraph.extract.io import read_jsonl, write_atomic
from parleygraph.extract.records import BuildInfo, entity_from_dict, meeting_from_dict
from parleygraph.graph.cli import cli
from parleygraph.graph.rdf import build_turtle
from parleygraph.graph.sparql import CANNED, canned_queries, make_server, run_query

DATA = Path(__file__).resolve().parents[1] / "data"
BASE = "https://w3id.org/parleygraph/id/"


@pytest.fixture(scope="module")
def sample() -> tuple[list, list]:
    return ([meeting_from_dict(d) for d in read_jsonl(DATA / "sample_meetings.jsonl")],
            [entity_from_dict(d) for d in read_jsonl(DATA / "sample_entities.jsonl")])


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory, sample: tuple[list, list]) -> str:
    ttl = build_turtle(*sample, BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z"))
    return str(write_atomic(tmp_path_factory.mktemp("g") / "graph.ttl", ttl))


def cli_rows(graph: str, name: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(cli, ["query", graph, name, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def participants_of(m, code_to_iri: dict[str, str]) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.id for r in (*m.persons, *m.organizations)} | {
        code_to_iri.get(c, BASE + "country/" + c) for c in m.countries}


def test_sparql_canned_files_open_with_a_comment() -> None:
    queries = canned_queries()
    assert set(CANNED) <= set(queries)
    for name, text in queries.items():
        assert text.startswith(f"# {name}:"), name


def test_sparql_meetings_query(graph: str, sample: tuple[list, list]) -> None:
    meetings, _ = sample
    rows = cli_rows(graph, "meetings")
    assert len(rows) == len({m.iri for m in meetings})
    by_iri = {r["meeting"]: r for r in rows}
    for m in meetings:
        r = by_iri[m.iri]
        assert (r["type"], r["start"], r["end"], r["status"]) == (
            m.type, m.start or "", m.end or "", m.status)
        assert r["format"] == (m.format or "")
        assert r["place"] == (m.city or "")
        assert r["country"] == (m.country or "")
    dated = [r["start"] for r in rows if r["start"]]
    assert dated == sorted(dated)


def test_sparql_participants_query(graph: str, sample: tuple[list, list]) -> None:
    meetings, entities = sample
    code_to_iri = {e.code: e.id for e in entities if e.kind == "country"}
    rows = cli_rows(graph, "participants")
    got = {(r["meeting"], r["participant"], r["kind"], r["part"]) for r in rows}
    expected = set()
    for m in meetings:
        for p in m.persons:
            expected.add((m.iri, p.id, "person", p.part))
        for o in m.organizations:
            expected.add((m.iri, o.id, "organization", o.part))
        for c in m.countries:
            expected.add((m.iri, code_to_iri.get(c, BASE + "country/" + c), "country", "participant"))
    assert expected <= got
    # Extra rows only come from the organizers/chairs lists (a second part for the same actor).
    assert {r[3] for r in got - expected} <= {"organiser", "chair"}


def test_sparql_co_participation_query(graph: str, sample: tuple[list, list]) -> None:
    meetings, entities = sample
    code_to_iri = {e.code: e.id for e in entities if e.kind == "country"}
    per_meeting: dict[str, set[str]] = {}
    for m in meetings:
        per_meeting.setdefault(m.iri, set()).update(participants_of(m, code_to_iri))
    expected: Counter[tuple[str, str]] = Counter()
    for actors in per_meeting.values():
        for a, b in combinations(sorted(actors), 2):
            expected[(a, b)] += 1
    rows = cli_rows(graph, "co-participation")
    got = {(r["a"], r["b"]): int(r["meetings"]) for r in rows}
    assert got == dict(expected)
    counts = [int(r["meetings"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == max(expected.values())


def test_sparql_meetings_per_year_country_query(graph: str, sample: tuple[list, list]) -> None:
    meetings, _ = sample
    expected: dict[tuple[str, str], set[str]] = {}
    for m in meetings:
        if m.status == "held" and m.start:
            for c in m.countries:
                expected.setdefault((m.start[:4], c), set()).add(m.iri)
    rows = cli_rows(graph, "meetings-per-year-country")
    got = {(r["year"], r["country"]): int(r["meetings"]) for r in rows}
    assert got == {k: len(v) for k, v in expected.items()}
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)


def test_sparql_roles_query(graph: str, sample: tuple[list, list]) -> None:
    _, entities = sample
    expected = {(r.person, r.role, r.organization or "", r.date or "", r.meeting)
                for e in entities for r in e.roles}
    rows = cli_rows(graph, "roles")
    got = {(r["person"], r["role"], r["organization"], r["seen"], r["meeting"]) for r in rows}
    assert got == expected
    assert len(rows) == len(expected)


def test_sparql_formats(graph: str) -> None:
    runner = CliRunner()
    table = runner.invoke(cli, ["query", graph, "meetings"])
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split()[:3] == ["meeting", "type", "start"]
    assert "meeting:ce7011179d" in table.output  # IRIs shortened by prefix
    assert lines[-1] == "(35 rows)"
    as_json = json.loads(runner.invoke(cli, ["query", graph, "co-participation", "--format", "json"]).output)
    assert isinstance(as_json[0]["meetings"], int)
    assert set(as_json[0]) == {"a", "nameA", "b", "nameB", "meetings"}


def test_sparql_rq_file_and_unknown_name(graph: str, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("# count: how many meetings\nPREFIX pg: <https://w3id.org/parleygraph/ns#>\n"
                  "SELECT (COUNT(?m) AS ?n) WHERE { ?m a pg:Meeting }\n")
    assert run_query(graph, str(rq), fmt="csv") == "n\n35\n"
    result = CliRunner().invoke(cli, ["query", graph, "nope"])
    assert result.exit_code == 1
    assert "unknown query 'nope'" in result.output
    for name in CANNED:
        assert name in result.output
    bad = CliRunner().invoke(cli, ["query", graph, "SELECT ?x WHERE { ?x"])
    assert bad.exit_code == 1 and "invalid SPARQL" in bad.output


@pytest.fixture(scope="module")
def endpoint(graph: str) -> Iterator[str]:
    server = make_server(graph, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()


def fetch(req: urllib.request.Request | str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


COUNT = "PREFIX pg: <https://w3id.org/parleygraph/ns#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a pg:Meeting }"


def test_sparql_endpoint_get_json_without_cors(endpoint: str) -> None:
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": COUNT}))
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert "Access-Control-Allow-Origin" not in headers  # no CORS unless --cors ORIGIN
    data = json.loads(body)
    assert data["results"]["bindings"][0]["n"]["value"] == "35"


def test_sparql_endpoint_post_and_negotiation(endpoint: str) -> None:
    req = urllib.request.Request(endpoint, data=COUNT.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "text/csv"})
    status, headers, body = fetch(req)
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.decode().split() == ["n", "35"]
    form = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": COUNT}).encode(),
                                  method="POST", headers={
                                      "Content-Type": "application/x-www-form-urlencoded",
                                      "Accept": "application/sparql-results+xml"})
    status, headers, body = fetch(form)
    assert status == 200 and "sparql-results+xml" in headers["Content-Type"] and b"<sparql" in body
    construct = "CONSTRUCT WHERE { ?s a <https://w3id.org/parleygraph/ns#Build> }"
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": construct}))
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b"pg:Build" in body


def test_sparql_endpoint_errors_and_preflight(endpoint: str) -> None:
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE {"}))
    assert status == 400 and b"invalid SPARQL" in body
    upd = urllib.request.Request(endpoint, data=b"update=DELETE+WHERE+%7B%3Fs+%3Fp+%3Fo%7D",
                                 method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert fetch(upd)[0] == 403
    status, headers, _ = fetch(urllib.request.Request(endpoint, method="OPTIONS",
                                                      headers={"Origin": "https://evil.example"}))
    assert status == 204
    assert "POST" in headers["Allow"]
    assert "Access-Control-Allow-Origin" not in headers
