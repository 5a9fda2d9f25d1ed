"""Centrality measures on the co-participation network, in the networkx style ``f(G, *, ...)``.

Conventions, so that anyone can recompute the figures from ``coparticipation.graphml``:

- ``degree``: :func:`networkx.degree_centrality` (degree / (n-1));
  ``weighted_degree``: the sum of ``weight`` (shared meetings) over the actor's ties.
- ``pagerank``: :func:`networkx.pagerank` with ``weight="weight"``, alpha 0.85.
- ``eigenvector``: :func:`networkx.eigenvector_centrality` with ``weight="weight"`` (the
  ``_numpy`` variant for components above :data:`POWER_MAX_NODES` actors), computed
  on each connected component separately (each component's vector has unit length, as
  networkx normalises); isolated actors get 0. Values compare only within a component.
- ``betweenness`` and ``closeness``: unweighted (weights are strengths, not distances),
  normalised as networkx does by default (``closeness`` with ``wf_improved=True``).
- ``community``: :func:`networkx.community.louvain_communities` on ``weight`` with a fixed
  seed, numbered 1.. by decreasing size (ties by smallest member id); above
  :data:`EXACT_MAX_WORK` (where betweenness is sampled) igraph's Louvain, seeded.

Cost: betweenness and closeness need a shortest-path search from every node, so their work
grows as n·(n+m) (actors × (actors + ties)). Up to :data:`NX_MAX_WORK` they are computed with networkx; up to
:data:`EXACT_MAX_WORK` with igraph (same values, converted to networkx's normalisation);
above that betweenness is networkx's sampled estimate with ``k`` = :data:`SAMPLE_K` pivots
(``nx.betweenness_centrality(G, k=SAMPLE_K, seed=SEED)`` gives the same values, igraph only
does the work), and closeness of components whose own n·m exceeds :data:`EXACT_MAX_WORK` is
estimated from the distances to ``SAMPLE_K`` pivots of the component (Eppstein & Wang 2004).
Measured on 2 cores (tests/benchmarks/bench_report.py): networkx's exact betweenness took 9 s
at 1,000 actors / 10,000 ties and 37 s at 2,000 / 20,000; igraph's took 97 s at 10,000 actors
/ 106,000 ties (n·m ≈ 10⁹), i.e. about 10⁷ n·m per second.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx

__all__ = [
    "NX_MAX_WORK", "EXACT_MAX_WORK", "POWER_MAX_NODES", "SAMPLE_K", "SEED", "MEASURES", "Plan", "plan_for",
    "degree", "weighted_degree", "pagerank", "eigenvector", "betweenness", "closeness",
    "communities", "centralities",
]

NX_MAX_WORK = 5_000_000
"""Largest n·(n+m) (actors × (actors + ties)) whose betweenness and closeness networkx computes (~4 s)."""

EXACT_MAX_WORK = 300_000_000
"""Largest n·(n+m) measured exactly with igraph (~30 s); about 5,000 actors with 55,000 ties."""

POWER_MAX_NODES = 500
"""Largest component whose eigenvector centrality uses networkx's Python power iteration."""

SAMPLE_K = 500
"""Pivots of the sampled betweenness and closeness above :data:`EXACT_MAX_WORK`."""

SEED = 42
"""Seed of Louvain and of the pivot sample."""

MEASURES = ("degree", "weighted_degree", "betweenness", "eigenvector", "pagerank", "closeness",
            "community", "meetings")
"""The per-actor columns of ``centrality.csv`` after ``node,name,kind``."""


@dataclass(frozen=True, slots=True)
class Plan:
    """How the path-based measures are computed for a network of a given size."""

    backend: str  # "networkx" | "igraph" | "igraph-sampled"
    k: int | None
    seed: int

    def describe(self) -> str:
        """One sentence for the report saying how betweenness and closeness were computed."""
        if self.backend == "networkx":
            return "Betweenness and closeness are exact, computed with networkx."
        if self.backend == "igraph":
            return ("Betweenness and closeness are exact, computed with igraph (faster; the values "
                    "are converted to networkx's normalisation and match it).")
        return (f"Betweenness is SAMPLED: networkx's estimate from k={self.k} pivot nodes with "
                f"seed={self.seed} (nx.betweenness_centrality(G, k={self.k}, seed={self.seed}) "
                f"gives the same values; igraph does the work). Closeness of components whose "
                f"actors × ties exceed {EXACT_MAX_WORK:,} is ESTIMATED from distances to "
                f"{self.k} pivots; smaller components are exact.")

    def describe_communities(self) -> str:
        """One sentence for the report saying how the communities were found."""
        if self.backend == "igraph-sampled":
            return (f"Communities: Louvain by igraph (`community_multilevel(weights='weight')`, "
                    f"random generator seeded with {self.seed}; networkx's `louvain_communities` "
                    f"is about 6x slower on a network this size and finds a partition of about "
                    f"the same modularity, not the same one), numbered by decreasing size.")
        return (f"Communities: networkx `louvain_communities(weight='weight', seed={self.seed})`, "
                "numbered by decreasing size.")


def plan_for(G: nx.Graph, *, seed: int = SEED) -> Plan:
    """Pick the backend for betweenness and closeness from the size of ``G``.

    >>> plan_for(nx.path_graph(5)).backend
    'networkx'
    """
    n = G.number_of_nodes()
    work = _work(G)
    if work <= NX_MAX_WORK:
        return Plan("networkx", None, seed)
    if work <= EXACT_MAX_WORK:
        return Plan("igraph", None, seed)
    return Plan("igraph-sampled", min(SAMPLE_K, n), seed)


def _work(G: nx.Graph) -> int:
    """n·(n+m): a shortest-path search from every node touches its ties, and networkx also
    sets up a table of all n nodes for each (n² even without ties: 4,000 isolated actors took
    11 s)."""
    n = G.number_of_nodes()
    return n * max(n + G.number_of_edges(), 1)


def degree(G: nx.Graph) -> dict[Hashable, float]:
    """Degree centrality, the share of the other actors one has met (networkx's definition).

    >>> degree(nx.star_graph(2))
    {0: 1.0, 1: 0.5, 2: 0.5}
    """
    return nx.degree_centrality(G) if len(G) > 1 else dict.fromkeys(G, 0.0)


def weighted_degree(G: nx.Graph, *, weight: str = "weight") -> dict[Hashable, float]:
    """Strength: the sum of ``weight`` over the actor's ties.

    >>> G = nx.Graph([(0, 1, {"weight": 3}), (1, 2, {"weight": 1})])
    >>> weighted_degree(G)
    {0: 3.0, 1: 4.0, 2: 1.0}
    """
    return {v: float(d) for v, d in G.degree(weight=weight)}


def pagerank(G: nx.Graph, *, weight: str = "weight") -> dict[Hashable, float]:
    """PageRank on ``weight`` (alpha 0.85), exactly :func:`networkx.pagerank`.

    >>> r = pagerank(nx.star_graph(3)); max(r, key=r.get)
    0
    """
    return nx.pagerank(G, weight=weight) if len(G) else {}


def eigenvector(G: nx.Graph, *, weight: str = "weight") -> dict[Hashable, float]:
    """Eigenvector centrality on ``weight``, computed per connected component.

    Each component of two or more actors gets networkx's vector for that component alone
    (unit Euclidean length): ``eigenvector_centrality`` with its defaults, or, for components
    above :data:`POWER_MAX_NODES` actors, the same power iteration on a sparse matrix
    (:func:`_sparse_power_iteration`: same vector to about 1e-6, much faster, and deterministic,
    unlike ARPACK's random start). Isolated actors get 0.

    >>> e = eigenvector(nx.Graph([(0, 1), (2, 3), (3, 4)]))
    >>> round(e[0], 4), round(e[3], 4)
    (0.7071, 0.7071)
    """
    out: dict[Hashable, float] = dict.fromkeys(G, 0.0)
    for comp in nx.connected_components(G):
        if len(comp) < 2:
            continue
        H = G.subgraph(sorted(comp, key=_order(G)))
        if len(comp) > POWER_MAX_NODES:
            vec = _sparse_power_iteration(H, weight=weight)
        else:
            try:
                vec = nx.eigenvector_centrality(H, weight=weight)
            except nx.PowerIterationFailedConvergence:  # pragma: no cover - odd components
                vec = nx.eigenvector_centrality(H, weight=weight, max_iter=10_000)
        out.update(vec)
    return out


def _sparse_power_iteration(H: nx.Graph, *, weight: str, tol: float = 1e-6, max_iter: int = 10_000
                            ) -> dict[Hashable, float]:
    """networkx's power iteration for eigenvector centrality (``x <- (A + I) x``, unit length,
    stop when the change sums to under ``n * tol``) on a scipy sparse matrix, from the uniform
    vector: the same result on every run.

    >>> v = _sparse_power_iteration(nx.path_graph(3), weight="weight")
    >>> round(v[1], 4), round(v[0], 4)
    (0.7071, 0.5)
    """
    import numpy as np

    nodes = list(H)
    A = nx.to_scipy_sparse_array(H, nodelist=nodes, weight=weight, dtype=float, format="csr")
    n = len(nodes)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = A @ last + last
        x = x / (np.linalg.norm(x) or 1.0)
        if float(np.abs(x - last).sum()) < n * tol:
            break
    return {v: float(x[i]) for i, v in enumerate(nodes)}


def _order(G: nx.Graph) -> Any:
    pos = {v: i for i, v in enumerate(G)}
    return pos.__getitem__


def _igraph(G: nx.Graph) -> tuple[Any, list[Hashable]]:
    import igraph as ig

    nodes = list(G)
    idx = {v: i for i, v in enumerate(nodes)}
    return ig.Graph(n=len(nodes), edges=[(idx[u], idx[v]) for u, v in G.edges()]), nodes


def betweenness(G: nx.Graph, *, k: int | None = None, seed: int = SEED,
                backend: str = "auto") -> dict[Hashable, float]:
    """Unweighted betweenness, normalised as :func:`networkx.betweenness_centrality`.

    ``k`` samples pivots exactly as networkx does (``random.Random(seed).sample(list(G), k)``)
    and rescales as networkx does, so the result equals
    ``nx.betweenness_centrality(G, k=k, seed=seed)``. ``backend`` is ``networkx``, ``igraph``
    or ``auto`` (igraph when n·(n+m) exceeds :data:`NX_MAX_WORK`).

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    n = len(G)
    if k is not None and k >= n:
        k = None
    if backend == "auto":
        backend = "networkx" if _work(G) <= NX_MAX_WORK else "igraph"
    if backend == "networkx" or n < 3:
        return nx.betweenness_centrality(G, k=k, seed=seed)
    g, nodes = _igraph(G)
    if k is None:
        raw = g.betweenness(directed=False)
        scale = 2.0 / ((n - 1) * (n - 2))
        return {v: raw[i] * scale for i, v in enumerate(nodes)}
    pivots = random.Random(seed).sample(list(G.nodes()), k)
    idx = {v: i for i, v in enumerate(nodes)}
    # igraph counts each (pivot, target) path once where networkx counts it from both ends
    raw = g.betweenness(directed=False, sources=[idx[p] for p in pivots], targets=None)
    chosen = set(pivots)
    src = 2.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    other = 2.0 / (k * (n - 2))
    return {v: raw[i] * (src if v in chosen else other) for i, v in enumerate(nodes)}


def closeness(G: nx.Graph, *, k: int | None = None, seed: int = SEED,
              backend: str = "auto") -> dict[Hashable, float]:
    """Unweighted closeness, as :func:`networkx.closeness_centrality` (``wf_improved=True``).

    With ``k``, components whose n·m exceeds :data:`EXACT_MAX_WORK` are estimated from the
    distances to ``k`` pivots drawn (seeded) inside the component; the rest is exact.

    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    n = len(G)
    if backend == "auto":
        backend = "networkx" if _work(G) <= NX_MAX_WORK else "igraph"
    if backend == "networkx" or n < 2:
        return nx.closeness_centrality(G)
    g, nodes = _igraph(G)
    comp_size = [0] * n
    membership = g.connected_components().membership
    sizes: dict[int, int] = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    for i, c in enumerate(membership):
        comp_size[i] = sizes[c]
    exact = g.closeness(normalized=True) if k is None else None
    out: dict[Hashable, float] = {}
    if exact is not None:
        for i, v in enumerate(nodes):
            c = exact[i]
            out[v] = 0.0 if c is None or math.isnan(c) else c * (comp_size[i] - 1) / (n - 1)
        return out
    ties: dict[int, int] = {}
    for a, _b in g.get_edgelist():
        ties[membership[a]] = ties.get(membership[a], 0) + 1
    big = {c for c, s in sizes.items() if s * max(ties.get(c, 0), 1) > EXACT_MAX_WORK}
    small = [i for i, c in enumerate(membership) if c not in big]
    if small:
        sub = g.induced_subgraph(small)
        vals = sub.closeness(normalized=True)
        for j, i in enumerate(small):
            c = vals[j]
            out[nodes[i]] = 0.0 if c is None or math.isnan(c) else c * (comp_size[i] - 1) / (n - 1)
    assert k is not None  # exact closeness returned above
    for c in sorted(big):
        members = [i for i, m in enumerate(membership) if m == c]
        out.update(_sampled_closeness(g, nodes, members, k=k, seed=seed, n=n))
    return {v: out[v] for v in nodes}


def _sampled_closeness(g: Any, nodes: list[Hashable], members: list[int], *, k: int, seed: int,
                       n: int) -> dict[Hashable, float]:
    import numpy as np
    from scipy.sparse.csgraph import shortest_path

    r = len(members)
    sub = g.induced_subgraph(members)
    A = sub.get_adjacency_sparse()
    pivots = random.Random(seed).sample(range(r), min(k, r))
    total = np.zeros(r)
    hits = np.zeros(r)
    for start in range(0, len(pivots), 50):
        D = shortest_path(A, directed=False, unweighted=True, indices=pivots[start:start + 50])
        total += D.sum(axis=0)
        hits += (D > 0).sum(axis=0)
    out: dict[Hashable, float] = {}
    for j, i in enumerate(members):
        if hits[j] == 0 or total[j] == 0:
            out[nodes[i]] = 0.0
            continue
        est = (r - 1) * float(total[j]) / float(hits[j])  # estimated sum of distances
        out[nodes[i]] = ((r - 1) / est) * ((r - 1) / (n - 1))
    return out


def communities(G: nx.Graph, *, weight: str = "weight", seed: int = SEED,
                backend: str = "networkx") -> dict[Hashable, int]:
    """Louvain communities on ``weight`` with a fixed seed, numbered 1.. by decreasing size;
    ``backend`` ``igraph`` runs igraph's Louvain (:func:`_igraph_louvain`) instead of networkx's.

    >>> G = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(3))
    >>> sorted(set(communities(G).values()))
    [1, 2]
    """
    if not len(G):
        return {}
    parts = (_igraph_louvain(G, weight=weight, seed=seed) if backend == "igraph"
             else nx.community.louvain_communities(G, weight=weight, seed=seed))
    order = _order(G)
    ranked = sorted((sorted(p, key=order) for p in parts), key=lambda p: (-len(p), order(p[0])))
    return {v: i for i, part in enumerate(ranked, 1) for v in part}


def _igraph_louvain(G: nx.Graph, *, weight: str, seed: int) -> list[set[Hashable]]:
    """Louvain by igraph (``community_multilevel``), its random generator seeded for the call:
    the same partition on every run. 23,580 actors and 1.26 million ties: 3.3 s against
    networkx's 21 s, modularity 0.148 against 0.149.

    >>> G = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(3))
    >>> sorted(map(len, _igraph_louvain(G, weight="weight", seed=1)))
    [3, 4]
    """
    import igraph as ig

    g, nodes = _igraph(G)
    weights = [float(d.get(weight, 1)) for _, _, d in G.edges(data=True)]
    ig.set_random_number_generator(random.Random(seed))
    try:
        membership = g.community_multilevel(weights=weights).membership
    finally:
        ig.set_random_number_generator(random)
    parts: dict[int, set[Hashable]] = {}
    for i, c in enumerate(membership):
        parts.setdefault(c, set()).add(nodes[i])
    return list(parts.values())


def centralities(G: nx.Graph, *, plan: Plan | None = None) -> dict[Hashable, dict[str, float]]:
    """All measures of :data:`MEASURES` per actor, computed as the module docstring says.

    >>> m = centralities(nx.star_graph(3))
    >>> m[0]["betweenness"], m[1]["degree"], m[0]["community"]
    (1.0, 0.3333333333333333, 1)
    """
    plan = plan or plan_for(G)
    backend = "networkx" if plan.backend == "networkx" else "igraph"
    cols: dict[str, dict[Hashable, Any]] = {
        "degree": degree(G),
        "weighted_degree": weighted_degree(G),
        "betweenness": betweenness(G, k=plan.k, seed=plan.seed, backend=backend),
        "eigenvector": eigenvector(G),
        "pagerank": pagerank(G),
        "closeness": closeness(G, k=plan.k, seed=plan.seed, backend=backend),
        "community": communities(G, seed=plan.seed,
                                 backend="igraph" if plan.backend == "igraph-sampled" else "networkx"),
        "meetings": {v: G.nodes[v].get("meetings", 0) for v in G},
    }
    ints = ("community", "meetings")
    return {v: {name: (int if name in ints else float)(cols[name][v]) for name in MEASURES}
            for v in G}
