"""networkx graphs from meeting records: the two-mode actor-meeting graph and co-participation.

Co-participation is counted pair by pair per meeting (networkx's weighted projection is
quadratic in memory and took 29 minutes at 80k actors where counting pairs took 5 s).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from parleygraph.extract.records import Entity, Meeting

__all__ = ["participants_of", "bipartite_graph", "coparticipation_graph", "ACTOR_KINDS"]

ACTOR_KINDS = ("person", "organization", "country")


def participants_of(meeting: Meeting, entities: dict[str, Entity] | None = None,
                    *, level: str = "person") -> dict[str, str]:
    """The actors of one meeting as ``{iri: kind}``.

    With ``level="organization"`` a person counts for their organisation (its IRI from the
    entity table, through the person's affiliation), and with ``level="country"`` every actor
    counts for its country. Without an entity table, ``level`` must be ``person``.

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> m = Meeting(id="d#1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="p/a"),), countries=("KZ",))
    >>> participants_of(m, {"country/KZ": None}) if False else sorted(participants_of(m))
    ['country/KZ', 'p/a']
    """
    out: dict[str, str] = {}
    for p in meeting.persons:
        if p.id:
            out[p.id] = "person"
    for o in meeting.organizations:
        if o.id:
            out[o.id] = "organization"
    for c in meeting.countries:
        out[_country_iri(c, meeting, entities)] = "country"
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


def _country_iri(code: str, meeting: Meeting, entities: dict[str, Entity] | None) -> str:
    base = meeting.iri.rsplit("meeting/", 1)[0] if "meeting/" in meeting.iri else ""
    return f"{base}country/{code}"


def _roll_up(iri: str, kind: str, level: str, meeting: Meeting,
             entities: dict[str, Entity]) -> tuple[str, str] | None:
    ent = entities.get(iri)
    if kind == "person":
        org = None
        if ent is not None:
            for r in ent.roles:
                if r.organization:
                    org = r.organization
        if org is None:
            return None if level == "organization" else _person_country(iri, meeting, entities)
        if level == "organization":
            return org, "organization"
        iri, kind, ent = org, "organization", entities.get(org)
    if kind == "organization":
        if level == "organization":
            return iri, kind
        # climb to the top of the unit tree for its country
        seen = set()
        while ent is not None and not ent.country and ent.parent and ent.parent not in seen:
            seen.add(ent.parent)
            ent = entities.get(ent.parent)
        if ent is not None and ent.country:
            return _country_iri(ent.country, meeting, entities), "country"
        return None
    if kind == "country":
        return (iri, kind) if level == "country" else None
    return None


def _person_country(iri: str, meeting: Meeting, entities: dict[str, Entity]) -> tuple[str, str] | None:
    for p in meeting.persons:
        if p.id == iri and p.affiliation and len(p.affiliation) == 2 and p.affiliation.isupper():
            return _country_iri(p.affiliation, meeting, entities), "country"
    return None


def bipartite_graph(meetings: Iterable[Meeting], entities: Iterable[Entity] = ()) -> nx.Graph:
    """The two-mode graph: actor nodes (``bipartite=0``) and meeting nodes (``bipartite=1``).

    Node ids are IRIs; a meeting reported twice (same ``iri``) is one node. Attributes are
    scalars so the graph writes to GraphML and GEXF as is.
    """
    ents = {e.id: e for e in entities}
    G = nx.Graph()
    for m in meetings:
        if not G.has_node(m.iri):
            G.add_node(m.iri, kind="meeting", bipartite=1, label=m.headline or m.type,
                       type=m.type, start=m.start or "", end=m.end or "", city=m.city or "",
                       country=m.country or "", status=m.status)
        for iri, kind in participants_of(m).items():
            if not G.has_node(iri):
                e = ents.get(iri)
                G.add_node(iri, kind=kind, bipartite=0,
                           label=e.name if e else _fallback_name(m, iri))
            G.add_edge(iri, m.iri)
    return G


def _fallback_name(m: Meeting, iri: str) -> str:
    for p in m.persons:
        if p.id == iri:
            return p.name
    for o in m.organizations:
        if o.id == iri:
            return o.name
    return iri.rsplit("/", 1)[-1]


def coparticipation_graph(meetings: Iterable[Meeting], entities: Iterable[Entity] = (),
                          *, kind: str | None = None, level: str = "person") -> nx.Graph:
    """One-mode co-participation network of actors.

    ``weight`` is the number of distinct meetings (distinct meeting IRIs) two actors shared;
    ``newman_weight`` is Newman's collaboration weight, the sum of 1/(n-1) over those meetings,
    n being the number of actors of the meeting (at the chosen level and kind).

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> ms = [Meeting(id=f"d#{i}", iri=f"m{i}", doc="d", item=0, evidence="", span=(0, 0),
    ...       persons=tuple(PersonRef(name=n, id=n) for n in names))
    ...       for i, names in enumerate([("a", "b"), ("a", "b", "c")])]
    >>> G = coparticipation_graph(ms)
    >>> G["a"]["b"]["weight"], G["a"]["b"]["newman_weight"]
    (2, 1.5)
    """
    ents = {e.id: e for e in entities}
    members: dict[str, dict[str, str]] = defaultdict(dict)
    for m in meetings:
        members[m.iri].update(participants_of(m, ents if level != "person" else None, level=level))
    G = nx.Graph()
    weight: dict[tuple[str, str], int] = defaultdict(int)
    newman: dict[tuple[str, str], float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    for miri in sorted(members):
        actors = sorted(a for a, k in members[miri].items() if kind is None or k == kind)
        for a in actors:
            count[a] += 1
            if not G.has_node(a):
                k = members[miri][a]
                e = ents.get(a)
                G.add_node(a, kind=k, label=e.name if e else a.rsplit("/", 1)[-1])
        n = len(actors)
        for a, b in combinations(actors, 2):
            weight[a, b] += 1
            newman[a, b] += 1.0 / (n - 1)
    for a in G.nodes:
        G.nodes[a]["meetings"] = count[a]
    for (a, b), w in sorted(weight.items()):
        G.add_edge(a, b, weight=w, newman_weight=round(newman[a, b], 12))
    return G
