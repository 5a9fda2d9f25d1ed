"""The co-participation network counted with arrays (``project``) is the network the pair-by-pair
loop counted: same nodes, ties, weights, Newman weights to the last bit, dates and order; its
matrix is networkx's; the two-mode parts are ``bipartite_graph``'s."""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import combinations

import networkx as nx
import pytest

from parleygraph.extract.records import Entity, Meeting, OrgRef, PersonRef, RoleObservation
from parleygraph.graph.network import (
    bipartite_graph,
    bipartite_parts,
    coparticipation_graph,
    entity_index,
    meeting_key,
    participants_of,
    project,
    projection_graph,
)

B = "https://w3id.org/parleygraph/id/"


def _loop_graph(meetings: list[Meeting], entities: list[Entity], *, kind: str | None = None,
                level: str = "person", max_actors: int = 200) -> nx.Graph:
    """The network as the earlier code counted it, pair by pair in Python (the reference)."""
    ents = entity_index(entities)
    names: dict[str, str] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        for r in (*m.persons, *m.organizations):
            if r.id:
                names.setdefault(r.id, r.name)
    members: dict[str, dict[str, str]] = defaultdict(dict)
    dates: dict[str, str] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        members[meeting_key(m)].update(participants_of(m, ents if level != "person" else None,
                                                       level=level))
        dates.setdefault(meeting_key(m), m.start or "")
    weight: dict[tuple[str, str], int] = defaultdict(int)
    newman: dict[tuple[str, str], float] = defaultdict(float)
    span: dict[tuple[str, str], tuple[str, str]] = {}
    count: dict[str, int] = defaultdict(int)
    kinds: dict[str, str] = {}
    unprojected = []
    for miri in sorted(members):
        actors = sorted(a for a, k in members[miri].items() if kind is None or k == kind)
        for a in actors:
            count[a] += 1
            kinds.setdefault(a, members[miri][a])
        if len(actors) > max_actors:
            unprojected.append(miri)
            continue
        for a, b in combinations(actors, 2):
            weight[a, b] += 1
            newman[a, b] += 1.0 / (len(actors) - 1)
            if dates[miri]:
                lo, hi = span.get((a, b), (dates[miri], dates[miri]))
                span[a, b] = (min(lo, dates[miri]), max(hi, dates[miri]))
    G = nx.Graph(unprojected=tuple(unprojected))
    for a in sorted(count):
        e = ents.get(a)
        G.add_node(a, kind=kinds[a], label=e.name if e else names.get(a, a.rsplit("/", 1)[-1]),
                   meetings=count[a])
    G.add_edges_from((a, b, {"weight": w, "newman_weight": round(newman[a, b], 12), "meetings": w,
                             "first": span.get((a, b), ("", ""))[0],
                             "last": span.get((a, b), ("", ""))[1]})
                     for (a, b), w in sorted(weight.items()))
    return G


def _meetings(n: int, seed: int) -> list[Meeting]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        people = rng.sample(range(40), rng.randint(1, 9))
        orgs = rng.sample(range(8), rng.randint(0, 2))
        start = rng.choice([None, "", "2020-01-05", "2021-03", "2019-12-31", "2024-02-29"])
        iri = f"{B}meeting/m{rng.randrange(n)}"  # some meetings reported twice
        out.append(Meeting(
            id=f"d{i}#1", iri=iri, doc=f"d{i}", item=0, evidence="", span=(0, 0), start=start,
            persons=tuple(PersonRef(name=f"P{p}", id=f"{B}person/p{p}") for p in people),
            organizations=tuple(OrgRef(name=f"O{o}", id=f"{B}organization/o{o}") for o in orgs),
            countries=tuple(rng.sample(["KZ", "UZ", "ES"], rng.randint(0, 2)))))
    return out


def _same(G: nx.Graph, H: nx.Graph) -> None:
    assert G.graph == H.graph
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(data=True)) == list(H.edges(data=True))
    assert all(list(G[v]) == list(H[v]) for v in G)
    assert all(type(x) is type(y) for (_, _, d), (_, _, e) in zip(G.edges(data=True), H.edges(data=True))
               for x, y in zip(d.values(), e.values()))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("kind", [None, "person", "organization"])
@pytest.mark.parametrize("max_actors", [200, 5])
def test_projection_is_the_pair_by_pair_network(seed: int, kind: str | None, max_actors: int) -> None:
    ms = _meetings(60, seed)
    _same(coparticipation_graph(ms, kind=kind, max_actors=max_actors),
          _loop_graph(ms, [], kind=kind, max_actors=max_actors))


def test_projection_rolls_up_levels_as_the_loop_did() -> None:
    org = f"{B}organization/o1"
    ents = [Entity(id=org, kind="organization", name="Agency", country="KZ"),
            Entity(id=f"{B}person/p1", kind="person", name="P one", roles=(RoleObservation(
                person=f"{B}person/p1", role="Head", organization=org, date="2020-01-01", doc="d",
                meeting=None, evidence=""),))]
    ms = _meetings(50, 4)
    for level in ("organization", "country"):
        _same(coparticipation_graph(ms, ents, level=level), _loop_graph(ms, ents, level=level))


def test_projection_matrix_is_networkx_matrix() -> None:
    p = project(_meetings(80, 5))
    G = projection_graph(p)
    A = nx.to_scipy_sparse_array(G, nodelist=list(G), weight="weight", dtype=float, format="csr")
    B_ = p.adjacency()
    assert (A.indptr == B_.indptr).all() and (A.indices == B_.indices).all()
    assert (A.data == B_.data).all()


def test_projection_of_nothing() -> None:
    p = project([])
    assert p.actors == [] and len(p.src) == 0 and projection_graph(p).number_of_nodes() == 0
    assert p.adjacency().shape == (0, 0)


def test_bipartite_parts_are_the_graph_order() -> None:
    ms = _meetings(30, 6)
    nodes, edges = bipartite_parts(ms)
    G = bipartite_graph(ms)
    assert nodes == list(G.nodes(data=True)) and edges == list(G.edges())


def test_the_weights_only_graph_is_the_full_graph_with_weights() -> None:
    """The report's copy (one read-only mapping per distinct weight) has the full graph's nodes,
    neighbour order and weights, gives networkx's matrix and measures, and refuses a write."""
    p = project(_meetings(120, 5))
    full, light = projection_graph(p), projection_graph(p, weights_only=True)
    assert list(full.nodes(data=True)) == list(light.nodes(data=True))
    assert all(list(full[v]) == list(light[v]) for v in full)
    assert list(full.edges(data="weight")) == list(light.edges(data="weight"))
    assert nx.pagerank(full) == nx.pagerank(light) and dict(full.degree(weight="weight")) == dict(light.degree(weight="weight"))
    u, v = next(iter(light.edges()))
    with pytest.raises(TypeError):
        light[u][v]["weight"] = 99
