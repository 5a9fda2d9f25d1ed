"""Centrality measures on hand-built networks with known answers, and backend agreement."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from parleygraph.graph import centrality as C


def _close(a: dict, b: dict, tol: float = 1e-9) -> bool:
    return a.keys() == b.keys() and all(math.isclose(a[k], b[k], abs_tol=tol) for k in a)


@pytest.fixture
def star() -> nx.Graph:
    return nx.star_graph(4)  # centre 0, leaves 1..4


@pytest.fixture
def path() -> nx.Graph:
    return nx.path_graph(5)


@pytest.fixture
def bridged() -> nx.Graph:
    """Two 4-cliques a0..a3 and b0..b3 joined by the bridge a3-b0."""
    G = nx.Graph()
    for side in "ab":
        G.add_edges_from((f"{side}{i}", f"{side}{j}", {"weight": 1})
                         for i in range(4) for j in range(i + 1, 4))
    G.add_edge("a3", "b0", weight=1)
    return G


def test_centrality_star_centre_dominates(star: nx.Graph) -> None:
    m = C.centralities(star)
    assert m[0]["betweenness"] == 1.0 and all(m[i]["betweenness"] == 0.0 for i in range(1, 5))
    assert m[0]["degree"] == 1.0 and m[1]["degree"] == 0.25
    assert m[0]["closeness"] == 1.0
    assert m[1]["closeness"] == pytest.approx(4 / 7)  # distances 1 + 2+2+2
    assert max(m, key=lambda v: m[v]["pagerank"]) == 0
    assert max(m, key=lambda v: m[v]["eigenvector"]) == 0
    assert sum(m[v]["pagerank"] for v in m) == pytest.approx(1.0)


def test_centrality_path_known_values(path: nx.Graph) -> None:
    b = C.betweenness(path)
    assert b == pytest.approx({0: 0.0, 1: 0.5, 2: 4 / 6, 3: 0.5, 4: 0.0})
    c = C.closeness(path)
    assert c[2] == pytest.approx(4 / 6) and c[0] == pytest.approx(4 / 10)


def test_centrality_bridge_endpoints_broker(bridged: nx.Graph) -> None:
    m = C.centralities(bridged)
    top2 = sorted(m, key=lambda v: -m[v]["betweenness"])[:2]
    assert sorted(top2) == ["a3", "b0"]
    # a3 lies on every shortest path between a0..a2 and b0..b3: 3*4 of 28 pairs
    assert m["a3"]["betweenness"] == pytest.approx(12 / 21)
    groups = {}
    for v in m:
        groups.setdefault(m[v]["community"], set()).add(v)
    assert sorted(map(sorted, groups.values())) == [["a0", "a1", "a2", "a3"],
                                                     ["b0", "b1", "b2", "b3"]]
    assert m["a3"]["weighted_degree"] == 4.0


def test_centrality_communities_reproducible(bridged: nx.Graph) -> None:
    assert C.communities(bridged) == C.communities(bridged.copy())


def test_centrality_eigenvector_per_component() -> None:
    G = nx.disjoint_union(nx.star_graph(3), nx.complete_graph(3))
    G.add_node("iso")
    e = C.eigenvector(G)
    for comp in nx.connected_components(G):
        norm = math.sqrt(sum(e[v] ** 2 for v in comp))
        assert norm == pytest.approx(0.0 if comp == {"iso"} else 1.0)
    assert e[0] == max(e[v] for v in range(4))
    # the component's vector is networkx's on that component alone
    assert _close({v: e[v] for v in range(4)}, nx.eigenvector_centrality(G.subgraph(range(4))),
                  1e-5)


def test_centrality_pagerank_uses_weight() -> None:
    G = nx.Graph([("a", "b", {"weight": 10}), ("b", "c", {"weight": 1})])
    assert C.pagerank(G) == nx.pagerank(G, weight="weight")
    assert C.pagerank(G)["a"] > C.pagerank(G)["c"]


@pytest.mark.parametrize("seed", [1, 2])
def test_centrality_igraph_matches_networkx(seed: int) -> None:
    G = nx.gnm_random_graph(80, 200, seed=seed)
    G.add_edges_from([(100, 101), (101, 102)])  # a second component
    G.add_node(200)  # an isolate
    assert _close(C.betweenness(G, backend="igraph"), nx.betweenness_centrality(G))
    assert _close(C.closeness(G, backend="igraph"), nx.closeness_centrality(G))


@pytest.mark.parametrize("k", [5, 20])
def test_centrality_sampled_betweenness_equals_networkx_estimate(k: int) -> None:
    G = nx.relabel_nodes(nx.gnm_random_graph(70, 180, seed=3), lambda v: f"n{v:02d}")
    got = C.betweenness(G, k=k, seed=7, backend="igraph")
    assert _close(got, nx.betweenness_centrality(G, k=k, seed=7))


def test_centrality_sampled_closeness_estimates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "EXACT_MAX_WORK", 50 * 50)
    G = nx.connected_watts_strogatz_graph(300, 6, 0.1, seed=4)
    G.add_edges_from([(1000, 1001)])  # a small component stays exact
    est = C.closeness(G, k=100, seed=1, backend="igraph")
    exact = nx.closeness_centrality(G)
    assert est[1000] == pytest.approx(exact[1000])
    errs = [abs(est[v] - exact[v]) / exact[v] for v in range(300)]
    assert max(errs) < 0.1
    assert all(type(x) is float for x in est.values())


def test_centrality_plan_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    G = nx.path_graph(30)
    assert C.plan_for(G).backend == "networkx"
    monkeypatch.setattr(C, "NX_MAX_WORK", 10)
    assert C.plan_for(G).backend == "igraph"
    monkeypatch.setattr(C, "EXACT_MAX_WORK", 30 * 29 - 1)
    plan = C.plan_for(G)
    assert plan.backend == "igraph-sampled" and plan.k == min(C.SAMPLE_K, 30)
    assert "SAMPLED" in plan.describe()
    assert "igraph" in plan.describe_communities()


def test_igraph_communities_find_the_planted_groups_the_same_every_run() -> None:
    """Four dense groups of 25 with a few ties between them: igraph's Louvain (the backend of
    the sampled plan) finds the four, numbered by size as networkx's are, on every run."""
    G = nx.planted_partition_graph(4, 25, 0.5, 0.01, seed=3)
    runs = [C.communities(G, backend="igraph", seed=7) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    groups = {frozenset(v for v in G if runs[0][v] == c) for c in set(runs[0].values())}
    assert groups == {frozenset(range(i, i + 25)) for i in range(0, 100, 25)}
    assert C.communities(G) == runs[0]  # networkx finds the same groups and the same numbers


def test_centrality_small_graphs() -> None:
    assert C.centralities(nx.Graph()) == {}
    G = nx.Graph()
    G.add_node("x", meetings=2)
    m = C.centralities(G)["x"]
    assert m["degree"] == 0.0 and m["eigenvector"] == 0.0 and m["meetings"] == 2


def test_centrality_large_component_eigenvector_is_networkx_and_the_same_every_run():
    """Above POWER_MAX_NODES the sparse power iteration runs (ARPACK's random start made
    --reproducible builds differ): it equals networkx's vector and never varies."""
    import networkx as nx

    from parleygraph.graph.centrality import _sparse_power_iteration

    G = nx.gnm_random_graph(300, 1200, seed=7)
    for u, v in G.edges:
        G[u][v]["weight"] = 1 + (u * v) % 3
    ref = nx.eigenvector_centrality(G, weight="weight")
    a = _sparse_power_iteration(G, weight="weight")
    assert max(abs(a[k] - ref[k]) for k in G) < 1e-6
    assert a == _sparse_power_iteration(G, weight="weight")


def _weighted(n: int, m: int, seed: int) -> nx.Graph:
    G = nx.gnm_random_graph(n, m, seed=seed)
    for u, v in G.edges:
        G[u][v]["weight"] = 1 + (u * 7 + v) % 4
    return nx.relabel_nodes(G, lambda v: f"a{v:04d}")


def test_network_arrays_matrix_is_networkx_matrix_self_loops_too() -> None:
    G = _weighted(60, 200, 1)
    G.add_edge("a0001", "a0001", weight=5)
    G.add_edge("x", "y")  # no weight: 1
    a = C.network_arrays(G)
    ref = nx.to_scipy_sparse_array(G, nodelist=list(G), weight="weight", dtype=float, format="csr")
    assert a.nodes == list(G)
    assert (a.adjacency.indptr == ref.indptr).all() and (a.adjacency.indices == ref.indices).all()
    assert (a.adjacency.data == ref.data).all()
    assert a.igraph().ecount() == G.number_of_edges()


def test_pagerank_on_the_shared_matrix_is_networkx_to_the_bit() -> None:
    G = _weighted(300, 900, 2)
    G.add_nodes_from(["iso1", "iso2"])  # dangling actors
    assert C.pagerank(G) == nx.pagerank(G, weight="weight")
    assert C.pagerank(G, arrays=C.network_arrays(G)) == nx.pagerank(G, weight="weight")


def test_eigenvector_with_arrays_is_the_same_and_ignores_the_hash_seed() -> None:
    """A large component through the shared matrix, small ones through networkx in the
    graph's order: the same floats in every process (the subgraph view iterated a small
    component in the order of a set of strings, which changes with PYTHONHASHSEED)."""
    import subprocess
    import sys

    G = nx.disjoint_union_all([_weighted(C.POWER_MAX_NODES + 50, 2000, 3), _weighted(40, 90, 4),
                               _weighted(30, 60, 5)])
    G = nx.relabel_nodes(G, lambda v: f"n{v:05d}")
    e = C.eigenvector(G)
    big = [v for v in G if int(v[1:]) < C.POWER_MAX_NODES + 50]
    assert {v: e[v] for v in big} == C._sparse_power_iteration(G.subgraph(big), weight="weight")
    assert e == C.eigenvector(G, arrays=C.network_arrays(G))
    code = ("import networkx as nx\nfrom parleygraph.graph import centrality as C\n"
            "G = nx.disjoint_union_all([nx.gnm_random_graph(n, 3 * n, seed=n) for n in (60, 40, 30)])\n"
            "G = nx.relabel_nodes(G, lambda v: f'n{v:05d}')\n"
            "print(repr(sorted(C.eigenvector(G).items())))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": s}).stdout
            for s in ("1", "2", "3", "4")}
    assert len(runs) == 1


def test_communities_with_shared_arrays_are_the_same() -> None:
    G = nx.planted_partition_graph(4, 25, 0.5, 0.01, seed=3)
    a = C.network_arrays(G)
    assert C.communities(G, backend="igraph", seed=7, arrays=a) == C.communities(G, backend="igraph", seed=7)


def test_sampled_closeness_is_the_pivot_estimate() -> None:
    """The estimate from igraph's breadth-first searches is the one from scipy's (the earlier
    code): each actor's distances to the pivots, scaled to the component."""
    import random

    import numpy as np
    from scipy.sparse.csgraph import shortest_path

    G = nx.connected_watts_strogatz_graph(200, 6, 0.1, seed=4)
    a = C.network_arrays(G)
    got = C._sampled_closeness(a.igraph(), a.nodes, list(range(200)), k=30, seed=9, n=250)
    pivots = random.Random(9).sample(range(200), 30)
    D = shortest_path(nx.to_scipy_sparse_array(G, format="csr"), directed=False, unweighted=True,
                      indices=pivots)
    total, hits = D.sum(axis=0), (D > 0).sum(axis=0)
    want = {v: (199 / (199 * float(total[i]) / float(hits[i]))) * (199 / 249) for i, v in enumerate(G)}
    assert got == want
    assert all(np.isfinite(list(got.values())))


@pytest.mark.parametrize("n, m, k", [(10_000, 106_000, 500), (50_000, 300_000, 285),
                                     (100_000, 1_112_029, 100), (30, 29, 30)])
def test_sample_size_keeps_to_the_work_budget(n: int, m: int, k: int) -> None:
    assert C.sample_size(n, m) == k
    assert k == min(n, C.SAMPLE_K) or k * (n + m) <= C.SAMPLE_MAX_WORK or k == C.MIN_SAMPLE_K


def test_plan_says_when_the_budget_cut_the_pivots() -> None:
    assert "work budget" not in C.Plan("igraph-sampled", C.SAMPLE_K, 42).describe()
    text = C.Plan("igraph-sampled", 120, 42).describe()
    assert "k=120" in text and "work budget" in text and f"{C.SAMPLE_MAX_WORK:,}" in text


def test_degree_and_strength_on_the_arrays_equal_networkx() -> None:
    """The report counts degree and strength on the ties' arrays: networkx's values, self-loops
    (counted twice) and isolated actors included."""
    import random as _random

    rng = _random.Random(7)
    G = nx.gnm_random_graph(60, 150, seed=7)
    G.add_nodes_from([100, 101])
    G.add_edge(5, 5)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.randint(1, 9)
    a = C.network_arrays(G)
    assert C.degree(G, arrays=a) == nx.degree_centrality(G)
    assert C.weighted_degree(G, arrays=a) == {v: float(d) for v, d in G.degree(weight="weight")}


def test_strength_with_fractional_weights_is_networkx_s_sum() -> None:
    """Fractional weights are summed on the graph, in its adjacency order: networkx's floats."""
    import random as _random

    rng = _random.Random(3)
    G = nx.gnm_random_graph(80, 300, seed=3)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.random()
    assert C.weighted_degree(G, arrays=C.network_arrays(G)) == {v: float(d) for v, d in G.degree(weight="weight")}
