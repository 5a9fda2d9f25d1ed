"""The report of a real build of seeds/, recomputed the way a reviewer would (issue #6, done when).

``parleygraph build seeds`` writes meetings.jsonl, centrality.csv, coparticipation.graphml and
graph.gexf. These tests read them back with nothing but json, csv and networkx: the GraphML's
edge weights are the shared-meeting counts of meetings.jsonl, the CSV's PageRank and
betweenness are exactly what networkx computes from the GraphML (and, to rounding, from a graph
rebuilt from meetings.jsonl alone), and both graph files load back in networkx.
"""

from __future__ import annotations

import csv
import json
import math
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from parleygraph.graph.cli import cli

ROOT = Path(__file__).resolve().parents[2]
TOP = 10
RECOMPUTE = {
    "pagerank": lambda G: nx.pagerank(G, weight="weight"),
    "betweenness": lambda G: nx.betweenness_centrality(G),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-build")
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out),
                                   "--reproducible"])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="module")
def members(built: Path) -> dict[str, set[str]]:
    """Actors of each distinct meeting IRI, read from meetings.jsonl as plain JSON."""
    out: dict[str, set[str]] = {}
    for line in (built / "meetings.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        base = m["iri"].rsplit("meeting/", 1)[0]
        out.setdefault(m["iri"], set()).update(
            [p["id"] for p in m["persons"] if p["id"]]
            + [o["id"] for o in m["organizations"] if o["id"]]
            + [f"{base}country/{c}" for c in m["countries"]])
    return out


@pytest.fixture(scope="module")
def rows(built: Path) -> list[dict[str, str]]:
    with open(built / "centrality.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _top(values: dict[str, float]) -> list[str]:
    return sorted(values, key=lambda v: (-values[v], v))[:TOP]


def test_report_seeds_graphml_weights_are_shared_meeting_counts(
        built: Path, members: dict[str, set[str]]) -> None:
    shared: dict[frozenset[str], set[str]] = {}
    newman: dict[frozenset[str], float] = {}
    for iri, actors in members.items():
        for a, b in combinations(sorted(actors), 2):
            shared.setdefault(frozenset((a, b)), set()).add(iri)
            newman[frozenset((a, b))] = newman.get(frozenset((a, b)), 0.0) + 1 / (len(actors) - 1)
    G = nx.read_graphml(built / "coparticipation.graphml")
    assert set(G) == set().union(*members.values())
    assert len(shared) > 500  # the seeds make a real network, not a toy
    got = {frozenset((u, v)): d["weight"] for u, v, d in G.edges(data=True)}
    assert got == {pair: len(ms) for pair, ms in shared.items()}
    assert max(got.values()) > 1  # some pairs met more than once
    for u, v, d in G.edges(data=True):
        assert d["newman_weight"] == pytest.approx(newman[frozenset((u, v))], abs=1e-9)
    meetings = {v: sum(v in a for a in members.values()) for v in G}
    assert {v: d["meetings"] for v, d in G.nodes(data=True)} == meetings


@pytest.mark.parametrize("measure", sorted(RECOMPUTE))
def test_report_seeds_csv_is_networkx_on_graphml(built: Path, rows: list[dict[str, str]],
                                                 measure: str) -> None:
    G = nx.read_graphml(built / "coparticipation.graphml")
    theirs = RECOMPUTE[measure](G)
    ours = {r["node"]: float(r[measure]) for r in rows}
    assert ours == theirs  # the very same floats, every actor
    assert _top(ours) == _top(theirs)
    if measure == "pagerank":  # the CSV itself is ranked by PageRank
        assert [r["node"] for r in rows[:TOP]] == _top(theirs)


@pytest.mark.parametrize("measure", sorted(RECOMPUTE))
def test_report_seeds_csv_is_networkx_on_meetings_jsonl(
        rows: list[dict[str, str]], members: dict[str, set[str]], measure: str) -> None:
    G = nx.Graph()
    for actors in members.values():  # meetings in file order, no sorting: a reviewer's graph
        G.add_nodes_from(actors)
        for a, b in combinations(actors, 2):
            if G.has_edge(a, b):
                G[a][b]["weight"] += 1
            else:
                G.add_edge(a, b, weight=1)
    theirs = RECOMPUTE[measure](G)
    ours = {r["node"]: float(r[measure]) for r in rows}
    assert ours.keys() == theirs.keys()
    assert all(math.isclose(ours[v], theirs[v], rel_tol=1e-9, abs_tol=1e-12) for v in ours)
    # the same top actors; only a tie within rounding could reorder them
    floor = sorted(theirs.values(), reverse=True)[TOP - 1]
    assert floor > 0
    differ = set(_top(ours)) ^ set(_top(theirs))
    assert all(abs(theirs[v] - floor) <= 1e-12 for v in differ), differ


def test_report_seeds_other_measures_recompute(built: Path, rows: list[dict[str, str]]) -> None:
    G = nx.read_graphml(built / "coparticipation.graphml")
    col = lambda k: {r["node"]: float(r[k]) for r in rows}  # noqa: E731
    assert col("degree") == nx.degree_centrality(G)
    assert col("closeness") == nx.closeness_centrality(G)
    assert col("weighted_degree") == {v: float(d) for v, d in G.degree(weight="weight")}
    eig = col("eigenvector")
    for comp in nx.connected_components(G):
        if len(comp) > 1:
            ref = nx.eigenvector_centrality(G.subgraph(comp), weight="weight")
            assert all(math.isclose(eig[v], ref[v], abs_tol=1e-6) for v in comp)


def test_report_seeds_graph_files_load_back(built: Path, members: dict[str, set[str]]) -> None:
    G = nx.read_graphml(built / "coparticipation.graphml")
    B = nx.read_gexf(built / "graph.gexf")
    kinds = nx.get_node_attributes(B, "kind")
    meetings = {v for v, k in kinds.items() if k == "meeting"}
    assert meetings == set(members)
    assert set(B) - meetings == set(G)
    assert nx.is_bipartite(B)
    assert {frozenset(e) for e in B.edges()} == {frozenset((m, a)) for m, actors in members.items()
                                                 for a in actors}
    for v in set(G):
        assert B.nodes[v]["kind"] == G.nodes[v]["kind"]
