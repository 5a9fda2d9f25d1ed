"""The report files: recomputable from the GraphML, weights from meetings.jsonl, reproducible."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from parleygraph.extract.errors import InputError
from parleygraph.extract.records import Entity, Meeting, OrgRef, PersonRef, RoleObservation
from parleygraph.graph import centrality as C
from parleygraph.graph.cli import cli
from parleygraph.graph.network import coparticipation_graph
from parleygraph.graph.report import (
    CENTRALITY_COLUMNS,
    PARTICIPATION_COLUMNS,
    REPORT_FILES,
    load_records,
    report_from_source,
    write_report,
)

DATA = Path(__file__).resolve().parents[1] / "data"
B = "https://w3id.org/parleygraph/id/"


@pytest.fixture(scope="module")
def sample() -> tuple[list[Meeting], list[Entity]]:
    return load_records(DATA / "sample_meetings.jsonl", DATA / "sample_entities.jsonl")


@pytest.fixture(scope="module")
def written(sample: tuple[list[Meeting], list[Entity]], tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[Path, dict[str, dict[str, float]]]:
    out = tmp_path_factory.mktemp("report")
    return out, write_report(*sample, out, by="year")


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _meeting(i: int, persons: tuple[str, ...] = (), orgs: tuple[str, ...] = (),
             countries: tuple[str, ...] = (), start: str | None = "2024-01-01",
             iri: str | None = None) -> Meeting:
    return Meeting(id=f"d#{i}", iri=iri or f"{B}meeting/m{i}", doc="d", item=i, evidence=f"ev {i}",
                   span=(0, 0), start=start, end=start,
                   persons=tuple(PersonRef(name=p.upper(), id=f"{B}person/{p}") for p in persons),
                   organizations=tuple(OrgRef(name=o.upper(), id=f"{B}organization/{o}")
                                       for o in orgs),
                   countries=countries)


def test_report_writes_all_files(written: tuple[Path, dict]) -> None:
    out, measures = written
    for name in REPORT_FILES + ("centrality_by_year.csv",):
        assert (out / name).stat().st_size > 0, name
    with open(out / "centrality.csv", encoding="utf-8-sig") as fh:
        assert fh.readline().strip() == ",".join(CENTRALITY_COLUMNS)
    with open(out / "participation.csv", encoding="utf-8-sig") as fh:
        assert fh.readline().strip() == ",".join(PARTICIPATION_COLUMNS)
    rows = _rows(out / "centrality.csv")
    assert {r["node"] for r in rows} == set(measures)
    some = rows[0]
    assert float(some["pagerank"]) == measures[some["node"]]["pagerank"]


@pytest.mark.parametrize("measure,recompute", [
    ("pagerank", lambda G: nx.pagerank(G, weight="weight")),
    ("betweenness", lambda G: nx.betweenness_centrality(G)),
])
def test_report_top_actors_match_networkx_on_graphml(written: tuple[Path, dict], measure: str,
                                                     recompute) -> None:
    out, _ = written
    G = nx.read_graphml(out / "coparticipation.graphml")
    theirs = recompute(G)
    rows = _rows(out / "centrality.csv")
    ours = {r["node"]: float(r[measure]) for r in rows}
    assert ours == theirs  # the very same floats
    top = lambda d: sorted(d, key=lambda v: (-d[v], v))[:10]  # noqa: E731
    assert top(ours) == top(theirs)


def test_report_graphml_weights_are_shared_meeting_counts(written: tuple[Path, dict]) -> None:
    out, _ = written
    pairs: dict[frozenset[str], set[str]] = {}
    for line in open(DATA / "sample_meetings.jsonl", encoding="utf-8"):
        m = json.loads(line)
        actors = {p["id"] for p in m["persons"] if p["id"]} | \
                 {o["id"] for o in m["organizations"] if o["id"]} | \
                 {f"{B}country/{c}" for c in m["countries"]}
        for a, b in combinations(sorted(actors), 2):
            pairs.setdefault(frozenset((a, b)), set()).add(m["iri"])
    G = nx.read_graphml(out / "coparticipation.graphml")
    got = {frozenset((u, v)): d["weight"] for u, v, d in G.edges(data=True)}
    assert got == {k: len(v) for k, v in pairs.items()}
    assert all("newman_weight" in d for _, _, d in G.edges(data=True))


def test_report_newman_weight_favours_small_meetings() -> None:
    ms = [_meeting(1, ("a", "b")), _meeting(2, ("a", "c", "d", "e"))]
    G = coparticipation_graph(ms)
    ab, ac = G[f"{B}person/a"][f"{B}person/b"], G[f"{B}person/a"][f"{B}person/c"]
    assert (ab["weight"], ac["weight"]) == (1, 1)
    assert ab["newman_weight"] == 1.0 and ac["newman_weight"] == pytest.approx(1 / 3)


def test_report_same_meeting_twice_counts_once() -> None:
    m = _meeting(1, ("a", "b"))
    again = _meeting(2, ("a", "b"), iri=m.iri)
    G = coparticipation_graph([m, again])
    assert G[f"{B}person/a"][f"{B}person/b"]["weight"] == 1


def test_report_gexf_is_dynamic_and_loads(written: tuple[Path, dict]) -> None:
    out, _ = written
    text = (out / "graph.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    G = nx.read_gexf(out / "graph.gexf")
    meetings = [v for v, d in G.nodes(data=True) if d.get("kind") == "meeting"]
    assert meetings and all(G.nodes[v].get("start") for v in meetings
                            if G.nodes[v].get("date"))
    assert nx.is_bipartite(G)
    dated = [d for _, _, d in G.edges(data=True) if "start" in d]
    assert dated and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d["start"]) for d in dated)


def test_report_byte_identical(sample: tuple[list[Meeting], list[Entity]], tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_report(*sample, a, by="year")
    write_report(list(reversed(sample[0])), list(reversed(sample[1])), b, by="year")
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert len(files) >= 9
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert not list(a.glob(".*.tmp"))


def test_report_html_self_contained(written: tuple[Path, dict]) -> None:
    out, _ = written
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count('src="data:image/svg+xml;base64,') == 3
    assert not re.search(r'(src|href)="https?:', page)
    for heading in ("Top actors per measure", "Communities", "Year by year", "Rises and falls"):
        assert heading in page
    md = (out / "report.md").read_text(encoding="utf-8")
    for fig in re.findall(r"\]\((report_figures/[^)]+)\)", md):
        assert (out / fig).is_file()
    assert "per connected component" in md.replace("on each connected component separately",
                                                    "per connected component")


def test_report_participation_rows(written: tuple[Path, dict]) -> None:
    out, _ = written
    rows = _rows(out / "participation.csv")
    assert len({(r["meeting"], r["actor"]) for r in rows}) == len(rows)
    assert Counter(r["kind"] for r in rows).keys() <= {"person", "organization", "country"}
    assert all(r["evidence"] for r in rows)


def test_report_by_year_rows(written: tuple[Path, dict],
                             sample: tuple[list[Meeting], list[Entity]]) -> None:
    out, _ = written
    rows = _rows(out / "centrality_by_year.csv")
    years = {(m.start or "")[:4] for m in sample[0]
             if m.start and (any(p.id for p in m.persons + m.organizations) or m.countries)}
    assert {r["year"] for r in rows} == years
    y2018 = [r for r in rows if r["year"] == "2018"]
    assert sum(float(r["pagerank"]) for r in y2018) == pytest.approx(1.0)


def test_report_rollup_levels(tmp_path: Path) -> None:
    org, cty = f"{B}organization/agency", f"{B}country/KZ"
    ents = [
        Entity(id=org, kind="organization", name="Agency", country="KZ"),
        Entity(id=f"{B}person/a", kind="person", name="A", roles=(RoleObservation(
            person=f"{B}person/a", role="Head", organization=org, date="2024-01-01", doc="d",
            meeting=f"{B}meeting/m1", evidence=""),)),
    ]
    ms = [_meeting(1, ("a", "b"), ("other",)), _meeting(2, ("a",), ("other",), ("UZ",))]
    G = coparticipation_graph(ms, ents, level="organization")
    assert sorted(G) == [org, f"{B}organization/other"]
    assert G[org][f"{B}organization/other"]["weight"] == 2
    Gc = coparticipation_graph(ms, ents, level="country")
    assert sorted(Gc) == [cty, f"{B}country/UZ"] and Gc.number_of_edges() == 1
    measures = write_report(ms, ents, tmp_path, level="country")
    assert set(measures) == {cty, f"{B}country/UZ"}
    assert "Level **country**" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_report_sampled_plan_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(C, "NX_MAX_WORK", 2)
    monkeypatch.setattr(C, "EXACT_MAX_WORK", 3)
    monkeypatch.setattr(C, "SAMPLE_K", 5)
    ms = [_meeting(i, (f"p{i}", f"p{i + 1}", "hub")) for i in range(6)]
    measures = write_report(ms, [], tmp_path)
    G = nx.read_graphml(tmp_path / "coparticipation.graphml")
    expected = nx.betweenness_centrality(G, k=5, seed=C.SEED)
    assert {v: m["betweenness"] for v, m in measures.items()} == pytest.approx(expected)
    assert "SAMPLED" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_report_sampled_plan_reads_the_projection_view_with_the_same_files(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A network whose betweenness is sampled is measured on the projection's view over the
    arrays (no networkx graph): every file equals the one measured on the networkx graph."""
    import parleygraph.graph.report as R
    from parleygraph.graph.network import ProjectionView

    monkeypatch.setattr(C, "NX_MAX_WORK", 2)
    monkeypatch.setattr(C, "EXACT_MAX_WORK", 3)
    monkeypatch.setattr(C, "SAMPLE_K", 5)
    ms = [_meeting(i, (f"p{i}", f"p{i + 1}", "hub", *(("p0",) if i % 2 else ()))) for i in range(9)]
    ms += [_meeting(20, ("x", "y")), _meeting(21, ("x", "y", "z")), _meeting(22, ("solo",))]
    seen: list[str] = []
    real = R.measured_graph
    monkeypatch.setattr(R, "measured_graph", lambda p, a: seen.append(type(real(p, a)).__name__) or real(p, a))
    write_report(ms, [], tmp_path / "view")
    monkeypatch.setattr(R, "measured_graph", lambda p, a: R.projection_graph(p, weights_only=True))
    write_report(ms, [], tmp_path / "graph")
    assert seen == [ProjectionView.__name__]
    files = sorted(f.relative_to(tmp_path / "view") for f in (tmp_path / "view").rglob("*") if f.is_file())
    assert len(files) > 8
    for f in files:
        assert (tmp_path / "view" / f).read_bytes() == (tmp_path / "graph" / f).read_bytes(), f


def test_report_from_source_variants(tmp_path: Path) -> None:
    folder = tmp_path / "build"
    folder.mkdir()
    (folder / "meetings.jsonl").write_text(
        json.dumps(_meeting(1, ("a", "b")).to_dict()) + "\n", encoding="utf-8")
    (folder / "graph.ttl").write_text("", encoding="utf-8")
    for src in (folder, folder / "meetings.jsonl", folder / "graph.ttl"):
        assert len(report_from_source(str(src), tmp_path / "out")) == 2
    with pytest.raises(InputError, match="meetings.jsonl"):
        report_from_source(str(tmp_path / "out"), tmp_path / "o2")
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "graph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="pass the output folder"):
        report_from_source(str(lone / "graph.ttl"), tmp_path / "o3")
    (lone / "meetings.jsonl").write_text('{"doc": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="record 1"):
        report_from_source(str(lone), tmp_path / "o4")


def test_report_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["report", str(DATA / "sample_meetings.jsonl"), "--out",
                              str(tmp_path), "--level", "organization"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "centrality.csv").is_file()
    bad = runner.invoke(cli, ["report", str(tmp_path), "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "no meetings.jsonl" in bad.output
    assert "Traceback" not in bad.output


def test_report_empty_input(tmp_path: Path) -> None:
    assert write_report([], [], tmp_path) == {}
    assert (tmp_path / "report.html").is_file()
    assert _rows(tmp_path / "centrality.csv") == []


def _svg_texts(svg: Path) -> list[str]:
    """The texts matplotlib drew (it keeps each as a comment beside its glyph paths)."""
    return re.findall(r"<!-- (.*?) -->", svg.read_text(encoding="utf-8"))


def test_report_timeline_keeps_years_without_meetings(tmp_path: Path) -> None:
    ms = [_meeting(1, ("a", "b"), start="2018-03-01"), _meeting(2, ("a", "c"), start="2021-05-02")]
    write_report(ms, [], tmp_path, by="year")
    texts = _svg_texts(tmp_path / "report_figures" / "meetings_per_year.svg")
    assert [t for t in texts if re.fullmatch(r"\d{4}", t)] == ["2018", "2019", "2020", "2021"]
    trend = _svg_texts(tmp_path / "report_figures" / "pagerank_by_year.svg")
    assert {"2019", "2020"} <= set(trend)


def test_report_chart_labels_wrap_instead_of_cutting(tmp_path: Path) -> None:
    long = "Ministry of Foreign Affairs of the Republic of Somewhere Far"
    ms = [_meeting(1, ("a",), ("ministry",))]
    ents = [Entity(id=f"{B}organization/ministry", kind="organization", name=long)]
    write_report(ms, ents, tmp_path)
    texts = _svg_texts(tmp_path / "report_figures" / "top_pagerank.svg")
    lines = [t for t in texts if len(t) > 3 and t in long]
    assert " ".join(lines) == long and len(lines) == 2


def test_report_html_tables_align_numbers(tmp_path: Path) -> None:
    ms = [_meeting(i, ("a", "b", f"c{i}")) for i in range(3)]
    write_report(ms, [], tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    table = re.search(r"<h3>Weighted degree</h3>\s*<table>(.*?)</table>", page, re.S).group(1)
    head = re.findall(r"<th([^>]*)>([^<]*)</th>", table)
    assert head == [(' class="num"', "#"), ("", "actor"), ("", "kind"),
                    (' class="num"', "Weighted degree"), (' class="num"', "meetings")]
    first = re.search(r"<tbody><tr>(.*?)</tr>", table).group(1)
    # a weighted degree counts shared meetings: a whole number, not 6.0000
    assert re.findall(r"<td[^>]*>([^<]*)</td>", first)[3] == "6"
    assert re.search(r"\.num\{[^}]*text-align:right", page)


def _networkx_graphml(nodes: list, edges: list) -> str:
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    return "\n".join(nx.generate_graphml(G)) + "\n"


def test_graphml_text_has_the_bytes_of_networkx_on_the_sample(sample: tuple[list[Meeting], list[Entity]]
                                                              ) -> None:
    from parleygraph.graph.report import graphml_text

    G = coparticipation_graph(*sample)
    measures = C.centralities(G)
    nodes = [(v, {**d, **measures[v]}) for v, d in G.nodes(data=True)]
    edges = list(G.edges(data=True))
    assert len(edges) > 10
    assert graphml_text(nodes, edges) == _networkx_graphml(nodes, edges)


@pytest.mark.parametrize("nodes, edges", [
    ([], []),
    ([("lonely", {})], []),
    ([("a&b <c>", {"label": 'Çengel "Q" & co\n\tx', "on": True, "n": 0}), ("ü", {"label": "", "x": 1.5})],
     [("a&b <c>", "ü", {"first": "2024-01-01", "weight": 2}), ("ü", "ü", {})]),
    ([(1, {"n": 1}), (2, {"n": 2.0}), (3, {"n": "two"})], [(1, 2, {}), (2, 3, {"w": None})]),
])
def test_graphml_text_has_the_bytes_of_networkx_on_odd_graphs(nodes: list, edges: list) -> None:
    """Escaping, empty values, booleans, a self-loop, one attribute of three types (three
    keys), a value networkx's writer must take (None: it raises, and so do we)."""
    from parleygraph.graph.report import graphml_text

    try:
        want = _networkx_graphml(nodes, edges)
    except Exception as e:  # noqa: BLE001 - the same exception is expected from ours
        with pytest.raises(type(e)):
            graphml_text(nodes, edges)
        return
    assert graphml_text(nodes, edges) == want


def test_report_yearly_pagerank_is_networkx_on_the_year_graph(
        sample: tuple[list[Meeting], list[Entity]]) -> None:
    from parleygraph.graph.network import project
    from parleygraph.graph.report import _projection_pagerank, meeting_year

    ms, es = sample
    for year in {meeting_year(m) for m in ms}:
        of_year = [m for m in ms if meeting_year(m) == year]
        G = coparticipation_graph(of_year, es)
        assert _projection_pagerank(project(of_year, es)) == (nx.pagerank(G, weight="weight")
                                                               if len(G) else {})


@pytest.mark.parametrize("big", [False, True])
def test_report_kind_network_is_the_kind_projection(big: bool) -> None:
    """Cut from the whole network's matrix when no meeting went unprojected; projected anew
    when one did (it may add ties among the actors of one kind)."""
    from parleygraph.graph.network import MAX_PROJECTED_ACTORS, project
    from parleygraph.graph.report import _arrays_of, _kind_network, _Network

    ms = [_meeting(i, (f"p{i % 5}", f"p{(i + 1) % 5}"), (f"o{i % 3}",), ("KZ",) if i % 2 else ())
          for i in range(12)]
    if big:  # many organisations, few people: unprojected, yet its people are tied
        ms.append(_meeting(99, ("p0", "p3"), tuple(f"x{j}" for j in range(MAX_PROJECTED_ACTORS))))
    p = project(ms)
    G = coparticipation_graph(ms)
    net = _Network(G, {}, {}, C.plan_for(G), [], {}, {}, [], ms, "person", None, p,
                   _arrays_of(p).adjacency)
    for kind in ("person", "organization", "country"):
        q = project(ms, kind=kind)
        actors, A = _kind_network(net, kind)
        ref = q.adjacency()
        assert actors == q.actors
        assert (A.indptr == ref.indptr).all() and (A.indices == ref.indices).all()
        assert (A.data == ref.data).all()
    assert bool(p.unprojected) == big


def test_report_graphml_from_columns_is_networkx_of_the_graph(
        sample: tuple[list[Meeting], list[Entity]]) -> None:
    from parleygraph.graph.network import project, projection_graph
    from parleygraph.graph.report import _graphml

    p = project(*sample)
    G = projection_graph(p)
    measures = C.centralities(G)
    for v, d in G.nodes(data=True):
        d.update({k: measures[v][k] for k in C.MEASURES if k != "meetings"})
    G.graph.clear()  # the graph's own attributes are not written
    assert "".join(_graphml(p, measures)) == "\n".join(nx.generate_graphml(G)) + "\n"


def test_report_gexf_has_the_bytes_of_networkx_writer(written: tuple[Path, dict],
                                                      sample: tuple[list[Meeting], list[Entity]]
                                                      ) -> None:
    """``graph.gexf`` as the report built it before (a networkx graph written by
    ``nx.write_gexf``, dated by the latest meeting)."""
    import io

    from parleygraph.graph import report as R
    from parleygraph.graph.network import bipartite_graph, meeting_key
    from parleygraph.graph.tables import city_names, city_of, meeting_label, participation_rows

    out, measures = written
    ms, es = sample
    B_ = bipartite_graph(ms, es)
    H = nx.Graph()
    first: dict[str, Meeting] = {}
    for m in sorted(ms, key=lambda m: m.id):
        first.setdefault(meeting_key(m), m)
    cities = city_names(ms)
    parts = {(r[0], r[7]): r[10] for r in participation_rows(ms)}
    when = {}
    for v, d in B_.nodes(data=True):
        attrs = {k: d[k] for k in ("label", "kind", "bipartite")}
        if d["kind"] == "meeting":
            city = city_of(first[v], cities)
            attrs.update(label=meeting_label(first[v], city), headline=d["label"] or "",
                         type=d["type"], city=city, country=d["country"], status=d["status"],
                         date=d["start"])
            span = R._interval(d["start"], d["end"])
            if span:
                when[v] = span
                attrs.update(start=span[0], end=span[1])
        else:
            attrs["label"] = R._display_name(v, d)
            attrs.update(pagerank=measures[v]["pagerank"], community=int(measures[v]["community"]))
        H.add_node(v, **attrs)
    for u, v in B_.edges():
        meeting, actor = (u, v) if B_.nodes[u]["kind"] == "meeting" else (v, u)
        attrs = {"part": parts.get((meeting, actor), "participant"), "date": B_.nodes[meeting]["start"]}
        if meeting in when:
            attrs.update(start=when[meeting][0], end=when[meeting][1])
        H.add_edge(u, v, **attrs)
    buf = io.BytesIO()
    nx.write_gexf(H, buf)
    stamp = max(s[1] for s in when.values())
    want = re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{stamp}"',
                  buf.getvalue().decode("utf-8"), count=1)
    assert (out / "graph.gexf").read_text(encoding="utf-8") == want


def test_report_budgeted_sample_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Where the work budget cuts the pivots, the values are networkx's estimate with that k
    and the report says why k is what it is."""
    monkeypatch.setattr(C, "NX_MAX_WORK", 2)
    monkeypatch.setattr(C, "EXACT_MAX_WORK", 3)
    monkeypatch.setattr(C, "SAMPLE_MAX_WORK", 40)
    monkeypatch.setattr(C, "MIN_SAMPLE_K", 2)
    ms = [_meeting(i, (f"p{i}", f"p{i + 1}", "hub")) for i in range(8)]
    measures = write_report(ms, [], tmp_path)
    G = nx.read_graphml(tmp_path / "coparticipation.graphml")
    k = C.sample_size(G.number_of_nodes(), G.number_of_edges())
    assert 2 <= k < min(C.SAMPLE_K, len(G))
    expected = nx.betweenness_centrality(G, k=k, seed=C.SEED)
    assert {v: m["betweenness"] for v, m in measures.items()} == pytest.approx(expected)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f"k={k} pivot nodes" in md and "work budget" in md and f"here k={k}" in md
