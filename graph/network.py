"""networkx graphs from meeting records: the two-mode actor-meeting graph and co-participation.

Co-participation is counted pair by pair per meeting (networkx's weighted projection is
quadratic in memory and took 29 minutes at 80k actors where counting pairs took 5 s). A meeting
with more than :data:`MAX_PROJECTED_ACTORS` actors is not projected: its n(n-1)/2 pairs (50
million for a 10,000-participant list) would hold the memory of the whole network, so its actors
are linked through the meeting node only (in the two-mode graph and the page) and it is named
in ``G.graph["unprojected"]``. Memory stays linear in participations: at most
``MAX_PROJECTED_ACTORS / 2`` pairs per participation.

Graphs are built in a canonical order (nodes sorted by id, edges sorted, so every adjacency
list is sorted): a graph written to GraphML and read back is then the same graph, node order
and adjacency order included, and any measure recomputed from the file gives the same floats.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import networkx as nx

from parleygraph.extract.iris import DEFAULT_BASE
from parleygraph.extract.records import Entity, Meeting
from parleygraph.graph.columns import Column

__all__ = ["participants_of", "bipartite_graph", "coparticipation_graph", "meeting_key",
           "bipartite_parts", "Projection", "ProjectionView", "project", "projection_graph",
           "entity_index", "country_iri",
           "ACTOR_KINDS", "LEVELS", "MAX_PROJECTED_ACTORS"]

ACTOR_KINDS = ("person", "organization", "country")
LEVELS = ("person", "organization", "country")
MAX_PROJECTED_ACTORS = 200
"""Above this many actors a meeting links its actors through the meeting node only."""


def meeting_key(meeting: Meeting) -> str:
    """The node id of a meeting: its IRI (its record id if no IRI was minted)."""
    return meeting.iri or meeting.id


def participants_of(meeting: Meeting, entities: dict[str, Entity] | None = None,
                    *, level: str = "person") -> dict[str, str]:
    """The actors of one meeting as ``{iri: kind}``.

    ``level="person"`` gives the actors as reported (people, organisations, countries).
    With ``level="organization"`` a person counts for their organisation and only
    organisations remain (people without a known organisation and countries drop out); with
    ``level="country"`` people and organisations count for their country and only countries
    remain (international bodies without a country drop out). A person's organisation is the
    one of the role observed in this meeting, else the reported affiliation when it names an
    organisation of the meeting, else the latest observed role. An organisation's country is
    its own or the first one up its parent chain. Roll-ups need the entity table.

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> m = Meeting(id="d#1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="p/a"),), countries=("KZ",))
    >>> sorted(participants_of(m))
    ['https://w3id.org/parleygraph/id/country/KZ', 'p/a']
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    out: dict[str, str] = {}
    for p in meeting.persons:
        if p.id:
            out[p.id] = "person"
    for o in meeting.organizations:
        if o.id:
            out[o.id] = "organization"
    for c in meeting.countries:
        out[country_iri(c, meeting)] = "country"
    if level == "person":
        return out
    if entities is None:
        raise ValueError("a roll-up needs the entity table")
    rolled: dict[str, str] = {}
    for iri, kind in out.items():
        target = _roll_up(iri, kind, level, meeting, entities)
        if target is not None:
            rolled[target[0]] = target[1]
    return rolled


def country_iri(code: str, meeting: Meeting) -> str:
    """The IRI of a participating country, minted under the base of the meeting's IRI."""
    base = meeting.iri.rsplit("meeting/", 1)[0] if "meeting/" in meeting.iri else DEFAULT_BASE
    return f"{base}country/{code}"


def _person_org(iri: str, meeting: Meeting, entities: dict[str, Entity]) -> str | None:
    ent = entities.get(iri)
    roles = [r for r in ent.roles if r.organization] if ent is not None else []
    here = meeting_key(meeting)
    for r in roles:
        if r.meeting == here:
            return r.organization
    for p in meeting.persons:
        if p.id == iri and p.affiliation:
            aff = p.affiliation.casefold()
            for o in meeting.organizations:
                if o.id and aff in {o.name.casefold(), (o.acronym or "").casefold()}:
                    return o.id
    if roles:
        return max(roles, key=lambda r: (r.date or "", r.organization or "")).organization
    return None


def _roll_up(iri: str, kind: str, level: str, meeting: Meeting,
             entities: dict[str, Entity]) -> tuple[str, str] | None:
    ent = entities.get(iri)
    if kind == "person":
        org = _person_org(iri, meeting, entities)
        if org is None:
            return None if level == "organization" else _person_country(iri, meeting)
        if level == "organization":
            return org, "organization"
        iri, kind, ent = org, "organization", entities.get(org)
    if kind == "organization":
        if level == "organization":
            return iri, kind
        # climb the unit tree until a body with a country
        seen: set[str] = set()
        while ent is not None and not ent.country and ent.parent and ent.parent not in seen:
            seen.add(ent.parent)
            ent = entities.get(ent.parent)
        if ent is not None and ent.country:
            return country_iri(ent.country, meeting), "country"
        return None
    if kind == "country":
        return (iri, kind) if level == "country" else None
    return None


def _person_country(iri: str, meeting: Meeting) -> tuple[str, str] | None:
    for p in meeting.persons:
        if p.id == iri and p.affiliation and len(p.affiliation) == 2 and p.affiliation.isupper():
            return country_iri(p.affiliation, meeting), "country"
    return None


def entity_index(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Entities by IRI. Should an IRI appear twice, the record with the most meetings (then
    documents, then the greatest name) wins, whatever the order of the input.
    """
    out: dict[str, Entity] = {}
    for e in entities:
        old = out.get(e.id)
        if old is None or _rank(e) > _rank(old):
            out[e.id] = e
    return out


def _rank(e: Entity) -> tuple[int, int, str]:
    return len(e.meetings), len(e.docs), e.name


def _ref_names(meetings: Iterable[Meeting]) -> dict[str, str]:
    """Names of actors as reported, for actors missing from the entity table."""
    names: dict[str, str] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        for p in m.persons:
            if p.id:
                names.setdefault(p.id, p.name)
        for o in m.organizations:
            if o.id:
                names.setdefault(o.id, o.name)
    return names


def bipartite_graph(meetings: Iterable[Meeting], entities: Iterable[Entity] = ()) -> nx.Graph:
    """The two-mode graph: actor nodes (``bipartite=0``) and meeting nodes (``bipartite=1``).

    Node ids are IRIs; a meeting reported twice (same ``iri``) is one node. Attributes are
    scalars so the graph writes to GraphML and GEXF as is. Nodes and edges are sorted (the
    nodes and edges of :func:`bipartite_parts`).

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="p/a"),))
    >>> sorted(bipartite_graph([m]).edges())
    [('m1', 'p/a')]
    """
    nodes, edges = bipartite_parts(meetings, entities)
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    return G


def bipartite_parts(meetings: Iterable[Meeting], entities: Iterable[Entity] = ()
                    ) -> tuple[list[tuple[str, dict[str, object]]], list[tuple[str, str]]]:
    """The nodes (with their attributes, sorted by id) and the edges (sorted, each as
    ``(smaller id, greater id)``) of :func:`bipartite_graph`, without the graph: its
    ``nodes(data=True)`` and ``edges()`` in their order.

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="p/a"),))
    >>> nodes, edges = bipartite_parts([m])
    >>> [v for v, _ in nodes], edges
    (['m1', 'p/a'], [('m1', 'p/a')])
    """
    meetings = list(meetings)
    ents = entity_index(entities)
    names = _ref_names(meetings)
    mdata: dict[str, dict[str, object]] = {}
    adata: dict[str, dict[str, object]] = {}
    edges: set[tuple[str, str]] = set()
    for m in sorted(meetings, key=lambda m: m.id):
        key = meeting_key(m)
        mdata.setdefault(key, dict(
            kind="meeting", bipartite=1, label=m.headline or m.type, type=m.type,
            start=m.start or "", end=m.end or m.start or "", city=m.city or "",
            country=m.country or "", status=m.status))
        for iri, kind in participants_of(m).items():
            if iri not in adata:
                e = ents.get(iri)
                adata[iri] = dict(kind=kind, bipartite=0,
                                  label=e.name if e else names.get(iri, iri.rsplit("/", 1)[-1]))
            edges.add((iri, key))
    data = {**adata, **mdata}
    return ([(n, data[n]) for n in sorted(data)],
            sorted((a, b) if a <= b else (b, a) for a, b in edges))


@dataclass(frozen=True, slots=True)
class Projection:
    """The co-participation network as arrays, in the canonical order of
    :func:`coparticipation_graph`: ``actors`` sorted by id (with their ``kinds``, ``labels``
    and ``meetings`` counts), tie ``j`` between ``actors[src[j]]`` and ``actors[dst[j]]``
    (``src[j] < dst[j]``, ties sorted) with ``weight[j]`` shared meetings, Newman's weight
    ``newman[j]`` (not rounded) and the earliest and latest shared dates
    ``dates[first[j]]``, ``dates[last[j]]`` (-1: no dated meeting)."""

    actors: list[str]
    kinds: list[str]
    labels: list[str]
    meetings: list[int]
    src: Any
    dst: Any
    weight: Any
    newman: Any
    first: Any
    last: Any
    dates: list[str]
    unprojected: tuple[str, ...]

    def node_data(self) -> dict[str, list[Any]]:
        """The node attributes of the projection's graph as columns (``kind``, ``label``,
        ``meetings``), in actor order."""
        return {"kind": self.kinds, "label": self.labels, "meetings": self.meetings}

    def tie_data(self) -> dict[str, list[Any]]:
        """The edge attributes of the projection's graph as columns, in tie order: ``weight``
        (= ``meetings``), ``newman_weight`` rounded to 12 places, ``first`` and ``last``.

        >>> from parleygraph.extract.records import Meeting, PersonRef
        >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
        ...             start="2024-05-01", persons=(PersonRef(name="A", id="a"),
        ...                                          PersonRef(name="B", id="b")))
        >>> project([m]).tie_data()
        {'weight': [1], 'newman_weight': [1.0], 'meetings': [1], 'first': ['2024-05-01'], 'last': ['2024-05-01']}
        """
        return {k: list(c) for k, c in self.tie_columns().items()}

    def tie_columns(self) -> dict[str, Column]:
        """The columns of :meth:`tie_data`, each made from the projection's arrays a slice at a
        time (for the GraphML of millions of ties)."""
        dates = [*self.dates, ""]  # index -1: no dated meeting

        def same(xs: list[Any]) -> list[Any]:
            return xs

        def on_date(xs: list[int]) -> list[str]:
            return [dates[i] for i in xs]

        weight = Column(self.weight, same, kind=int)
        return {"weight": weight, "newman_weight": Column(self.newman, lambda xs: [round(x, 12) for x in xs], kind=float),
                "meetings": weight, "first": Column(self.first, on_date, kind=str),
                "last": Column(self.last, on_date, kind=str)}

    def adjacency(self) -> Any:
        """The weighted adjacency matrix networkx builds for the graph of this projection
        (``to_scipy_sparse_array(G, weight="weight")``: CSR, canonical), without the graph.

        >>> from parleygraph.extract.records import Meeting, PersonRef
        >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
        ...             persons=(PersonRef(name="A", id="a"), PersonRef(name="B", id="b")))
        >>> project([m, m]).adjacency().toarray().tolist()
        [[0.0, 1.0], [1.0, 0.0]]
        """
        import numpy as np
        import scipy.sparse as sp

        n = len(self.actors)
        rows = np.concatenate([self.src, self.dst])
        cols = np.concatenate([self.dst, self.src])
        data = np.concatenate([self.weight, self.weight]).astype(float)
        return sp.coo_array((data, (rows, cols)), shape=(n, n), dtype=float).asformat("csr")


def project(meetings: Iterable[Meeting], entities: Iterable[Entity] = (),
            *, kind: str | None = None, level: str = "person",
            max_actors: int | None = MAX_PROJECTED_ACTORS) -> Projection:
    """The co-participation network of :func:`coparticipation_graph` as arrays (see
    :class:`Projection`): the same actors, ties, weights and dates, without a networkx graph.

    Each meeting's pairs are counted with numpy; Newman's weight sums ``1/(n-1)`` over a tie's
    meetings in the order of their keys, as a loop over the meetings would (so the floats are
    those of that loop).

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> ms = [Meeting(id=f"d#{i}", iri=f"m{i}", doc="d", item=0, evidence="", span=(0, 0),
    ...       persons=tuple(PersonRef(name=n, id=n) for n in names))
    ...       for i, names in enumerate([("a", "b"), ("a", "b", "c")])]
    >>> p = project(ms)
    >>> p.actors, p.src.tolist(), p.dst.tolist(), p.weight.tolist(), p.newman.tolist()
    (['a', 'b', 'c'], [0, 0, 1], [1, 2, 2], [2, 1, 1], [1.5, 0.5, 0.5])
    """
    meetings = list(meetings)
    ents = entity_index(entities)
    names = _ref_names(meetings)
    members: dict[str, dict[str, str]] = defaultdict(dict)
    dates: dict[str, str] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        members[meeting_key(m)].update(
            participants_of(m, ents if level != "person" else None, level=level))
        dates.setdefault(meeting_key(m), m.start or "")
    count: dict[str, int] = defaultdict(int)
    kinds: dict[str, str] = {}
    lists: list[tuple[str, list[str]]] = []
    unprojected: list[str] = []
    for miri in sorted(members):
        actors = sorted(a for a, k in members[miri].items() if kind is None or k == kind)
        for a in actors:
            count[a] += 1
            kinds.setdefault(a, members[miri][a])
        if max_actors is not None and len(actors) > max_actors:
            unprojected.append(miri)
        elif len(actors) > 1:
            lists.append((dates[miri], actors))
    nodes = sorted(count)
    labels = [ents[a].name if a in ents else names.get(a, a.rsplit("/", 1)[-1]) for a in nodes]
    src, dst, weight, newman, first, last, days = _count_pairs(nodes, lists)
    return Projection(nodes, [kinds[a] for a in nodes], labels, [count[a] for a in nodes],
                      src, dst, weight, newman, first, last, days, tuple(unprojected))


def _count_pairs(nodes: list[str], lists: list[tuple[str, list[str]]]) -> tuple[Any, ...]:
    """``src, dst, weight, newman, first, last, dates`` of the ties of the meetings ``lists``
    (``(date, sorted actors)`` in the order of the meetings' keys), pairs made with numpy one
    meeting size at a time, then sorted by tie and, within a tie, by meeting.

    >>> s, d, w, nw, f, l, ds = _count_pairs(["a", "b"], [("2024", ["a", "b"]), ("", ["a", "b"])])
    >>> s.tolist(), d.tolist(), w.tolist(), nw.tolist(), ds[f[0]], ds[l[0]]
    ([0], [1], [2], [2.0], '2024', '2024')
    """
    import numpy as np

    index = {a: i for i, a in enumerate(nodes)}
    days = sorted({d for d, _ in lists if d})
    day_rank = {d: i for i, d in enumerate(days)}
    by_size: dict[int, list[int]] = defaultdict(list)
    for r, (_, actors) in enumerate(lists):
        by_size[len(actors)].append(r)
    share_of = np.zeros(max(len(lists), 1))
    for size, rs in by_size.items():
        share_of[rs] = 1.0 / (size - 1)
    code, rank = _sorted_pairs(index, lists, by_size)
    starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]]) if len(code) else np.zeros(0, dtype=np.int64)
    group = np.cumsum(np.r_[False, code[1:] != code[:-1]]) if len(code) else np.zeros(0, dtype=np.int64)
    tie = code[starts]
    del code
    weight = np.diff(np.r_[starts, len(group)]).astype(np.int64)
    newman = np.bincount(group, weights=share_of[rank], minlength=len(starts))  # in meeting order
    del group
    day = np.array([day_rank.get(lists[r][0], -1) for r in range(len(lists))], dtype=np.int64)[rank]
    del rank
    big = len(days)
    first = np.minimum.reduceat(np.where(day < 0, big, day), starts) if len(starts) else day[:0]
    last = np.maximum.reduceat(day, starts) if len(starts) else day[:0]
    first = np.where(first == big, -1, first)
    n = len(nodes)
    return tie // max(n, 1), tie % max(n, 1), weight, newman, first, last, days


def _sorted_pairs(index: dict[str, int], lists: list[tuple[str, list[str]]],
                  by_size: dict[int, list[int]]) -> tuple[Any, Any]:
    """Every pair of actors of every meeting of ``lists`` as ``(code, rank)`` (the pair's code
    ``a * n + b`` for actors ``a < b`` of ``n``, the meeting's rank), sorted by code then rank.
    Each pair is one 64-bit key ``code * R + rank`` sorted in place, so a corpus's pairs are
    held about three times over at most, not seven (the memory of a report of 100,000 articles);
    where the key would not fit, the two arrays are sorted together.

    >>> c, r = _sorted_pairs({"a": 0, "b": 1, "c": 2}, [("", ["a", "b", "c"]), ("", ["a", "b"])], {3: [0], 2: [1]})
    >>> c.tolist(), r.tolist()
    ([1, 1, 2, 5], [0, 1, 0, 0])
    """
    import numpy as np

    n, R = len(index), max(len(lists), 1)
    fits = n * n * R < 2 ** 62
    keys, ranks = [], []
    for size, rs in sorted(by_size.items()):
        M = np.array([[index[a] for a in lists[r][1]] for r in rs], dtype=np.int64)
        i, j = np.triu_indices(size, 1)
        pair = M[:, i] * n + M[:, j]
        rank = np.array(rs, dtype=np.int64)[:, None]
        if fits:
            keys.append((pair * R + rank).ravel())
        else:
            keys.append(pair.ravel())
            ranks.append(np.repeat(rank.ravel(), len(i)))
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = np.concatenate(keys)
    del keys
    if not fits:
        rank_all = np.concatenate(ranks)
        order = np.lexsort((rank_all, key))
        return key[order], rank_all[order]
    key.sort()
    code = key // R
    key -= code * R
    return code, key


def coparticipation_graph(meetings: Iterable[Meeting], entities: Iterable[Entity] = (),
                          *, kind: str | None = None, level: str = "person",
                          max_actors: int | None = MAX_PROJECTED_ACTORS) -> nx.Graph:
    """One-mode co-participation network of actors.

    ``weight`` is the number of distinct meetings (distinct meeting IRIs) two actors shared
    (also given as ``meetings``); ``newman_weight`` is Newman's collaboration weight, the sum
    of 1/(n-1) over those meetings, n being the number of actors of the meeting (at the chosen
    level and kind); ``first`` and ``last`` are the start dates of the earliest and latest
    dated shared meeting ("" when none is dated). Node attribute
    ``meetings`` is the number of distinct meetings of the actor, ``label`` its name, ``kind``
    its kind. ``kind`` keeps only actors of that kind; ``level`` rolls actors up (see
    :func:`participants_of`). A meeting with more than ``max_actors`` actors adds no edges
    (its actors still count it in ``meetings``); its key is listed in ``G.graph["unprojected"]``.
    The ties are counted by :func:`project`.

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> ms = [Meeting(id=f"d#{i}", iri=f"m{i}", doc="d", item=0, evidence="", span=(0, 0),
    ...       persons=tuple(PersonRef(name=n, id=n) for n in names))
    ...       for i, names in enumerate([("a", "b"), ("a", "b", "c")])]
    >>> G = coparticipation_graph(ms)
    >>> G["a"]["b"]["weight"], G["a"]["b"]["newman_weight"]
    (2, 1.5)
    """
    return projection_graph(project(meetings, entities, kind=kind, level=level,
                                    max_actors=max_actors))


class ProjectionView:
    """The read-only face of a projection's graph that the report's measures read on a large
    network, without networkx's dict per actor and entry per tie (the weights-only graph of the
    10.5M ties of 50,000 generated articles): the actors in order with their data (``G.nodes[v]``),
    the counts, and an actor's ties (``G[u]``: neighbours in the graph's order, sorted, each
    ``{"weight": w}``), read from the shared sparse matrix ``adjacency`` of the ties' weights.

    >>> from parleygraph.extract.records import PersonRef
    >>> ms = [Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...       persons=tuple(PersonRef(name=n, id=n) for n in "cab"))]
    >>> p = project(ms); G = projection_graph(p, weights_only=True)
    >>> V = ProjectionView(p, nx.to_scipy_sparse_array(G, weight="weight", format="csr"))
    >>> list(V), V.number_of_edges(), list(V["b"].items()) == list(G["b"].items()), V.nodes["a"] == G.nodes["a"]
    (['a', 'b', 'c'], 3, True, True)
    """

    def __init__(self, p: Projection, adjacency: Any) -> None:
        self.graph: dict[str, Any] = {"unprojected": p.unprojected}
        self._p, self._A = p, adjacency
        self._pos = {a: i for i, a in enumerate(p.actors)}
        self.nodes: Mapping[str, dict[str, Any]] = _ActorData(p, self._pos)

    def __iter__(self) -> Any:
        return iter(self._p.actors)

    def __len__(self) -> int:
        return len(self._p.actors)

    def __contains__(self, v: object) -> bool:
        return v in self._pos

    def number_of_nodes(self) -> int:
        return len(self._p.actors)

    def number_of_edges(self) -> int:
        return len(self._p.src)

    def __getitem__(self, u: str) -> dict[str, dict[str, Any]]:
        """``u``'s ties, as ``G[u]`` of :func:`projection_graph` (weights as the graph's ints)."""
        A, i, actors = self._A, self._pos[u], self._p.actors
        lo, hi = A.indptr[i], A.indptr[i + 1]
        cols, vals = A.indices[lo:hi].tolist(), A.data[lo:hi].tolist()
        pairs = sorted(zip(cols, vals))
        return {actors[j]: {"weight": int(w) if float(w).is_integer() else w} for j, w in pairs}


class _ActorData(Mapping[str, dict[str, Any]]):
    """``G.nodes`` of a :class:`ProjectionView`: each actor's data made on demand."""

    def __init__(self, p: Projection, pos: dict[str, int]) -> None:
        self._p, self._pos = p, pos

    def __getitem__(self, v: str) -> dict[str, Any]:
        i = self._pos[v]
        return {"kind": self._p.kinds[i], "label": self._p.labels[i], "meetings": self._p.meetings[i]}

    def __iter__(self) -> Any:
        return iter(self._p.actors)

    def __len__(self) -> int:
        return len(self._p.actors)


def projection_graph(p: Projection, *, weights_only: bool = False) -> nx.Graph:
    """The networkx graph of a :class:`Projection` (nodes and edges in its sorted order, so
    every adjacency list is sorted); ``first`` and ``last`` are written for the GraphML file
    (Gephi, spreadsheets), the measures ignore them.

    ``weights_only``: each tie holds only its ``weight``, in one read-only mapping per distinct
    weight that the ties share (the measures' copy: a dict per tie was most of the report's
    memory, 1.3 GB for the 6M ties of 25,000 articles); writing a tie's data raises ``TypeError``.

    >>> projection_graph(project([])).number_of_nodes()
    0
    """
    G = nx.Graph(unprojected=p.unprojected)
    nodes = p.node_data()
    G.add_nodes_from((a, dict(zip(nodes, vals))) for a, *vals in zip(p.actors, *nodes.values()))
    actors = p.actors
    if weights_only:
        adj = G._adj  # what add_edges_from fills, in the same order, with shared read-only data
        shared: dict[Any, Mapping[str, Any]] = {}
        for a, b, w in zip(p.src.tolist(), p.dst.tolist(), p.weight.tolist()):
            d = shared.get(w)
            if d is None:
                d = shared[w] = MappingProxyType({"weight": w})
            u, v = actors[a], actors[b]
            adj[u][v] = d
            adj[v][u] = d
        return G
    ties = p.tie_data()
    G.add_edges_from((actors[a], actors[b], dict(zip(ties, vals)))
                     for a, b, *vals in zip(p.src.tolist(), p.dst.tolist(), *ties.values()))
    return G
