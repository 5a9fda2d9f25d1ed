"""The SPARQL query page that ``parleygraph serve`` shows in the browser (YASGUI, offline).

``parleygraph serve`` answers ``GET /`` (and ``/sparql`` without a query) with a page holding
YASGUI (bundled from npm into ``graph/templates/vendor/``, served from ``/static/``): a query
editor with syntax highlighting, the prefixes of the graph, the canned queries of
``ontology/queries`` as examples, results as a sortable table whose entity IRIs link to a query
about that entity, and CSV/JSON downloads through the endpoint. The page loads nothing from
elsewhere: its Content-Security-Policy allows this server only, and YASGUI's autocompleters
that call outside services (prefix.cc, LOV) are switched off.

:func:`route` is all the server needs: a path in, ``(body, content type)`` out or ``None``.
"""

from __future__ import annotations

import html
import json
from functools import cache, lru_cache
from importlib.resources import files

from parleygraph.extract.iris import DEFAULT_BASE
from parleygraph.graph.rdf import DATA_KINDS, NS

__all__ = ["route", "page_html", "PAGE_PATHS", "STATIC"]

PAGE_PATHS = ("/", "/query", "/sparql")
"""Paths that show the query page (``/sparql`` only when no query is given)."""

STATIC = {
    "/static/yasgui.min.js": ("vendor", "yasgui.min.js", "text/javascript; charset=utf-8"),
    "/static/yasgui.min.css": ("vendor", "yasgui.min.css", "text/css; charset=utf-8"),
    "/static/query.js": ("", "query.js", "text/javascript; charset=utf-8"),
    "/static/query.css": ("", "query.css", "text/css; charset=utf-8"),
}

_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'")


def route(path: str, *, base: str = DEFAULT_BASE) -> tuple[bytes, str] | None:
    """The body and content type of the query page or one of its assets, ``None`` otherwise.

    >>> route("/static/query.js")[1]
    'text/javascript; charset=utf-8'
    >>> route("/nowhere") is None
    True
    """
    if path in PAGE_PATHS:
        return page_html(base).encode("utf-8"), "text/html; charset=utf-8"
    if path in STATIC:
        return _asset(path), STATIC[path][2]
    return None


@cache
def _asset(path: str) -> bytes:
    sub, name, _ = STATIC[path]
    folder = files("parleygraph.graph.templates")
    if sub:
        folder = folder.joinpath(sub)
    return folder.joinpath(name).read_bytes()


@lru_cache(maxsize=8)
def page_html(base: str = DEFAULT_BASE) -> str:
    """The query page: the configuration (prefixes, examples) travels as inert JSON."""
    from parleygraph.graph.sparql import canned_queries

    prefixes = {**{k: v for k, v in NS.items()}, **{k: f"{base}{k}/" for k in DATA_KINDS}}
    examples = []
    for name, text in canned_queries().items():
        comment = " ".join(line.lstrip("# ").strip() for line in text.splitlines()
                           if line.startswith("#"))
        examples.append({"name": name, "comment": comment, "query": text})
    config = {"prefixes": prefixes, "examples": examples, "base": base,
              "endpoint": "/sparql"}
    data = json.dumps(config, ensure_ascii=False, sort_keys=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        data = data.replace(ch, esc)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>parleygraph SPARQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/yasgui.min.css">
<link rel="stylesheet" href="/static/query.css">
</head>
<body>
<header><h1>parleygraph SPARQL</h1>
<p>Endpoint <code>/sparql</code> (SPARQL 1.1 Protocol, read-only). Click an entity in the
results to see everything about it.</p></header>
<div id="layout">
<nav id="examples" aria-label="Example queries"><h2>Examples</h2><ul id="example-list"></ul>
<h2>Prefixes</h2><button type="button" id="add-prefixes">Insert all prefixes</button>
<dl id="prefix-list"></dl></nav>
<main><div id="yasgui"></div>
<div id="downloads"><span>Download the results:</span>
<button type="button" id="download-csv">CSV</button>
<button type="button" id="download-json">JSON</button>
<span id="download-status" role="status"></span></div></main>
</div>
<script type="application/json" id="pg-config">{data}</script>
<script src="/static/yasgui.min.js"></script>
<script src="/static/query.js"></script>
</body>
</html>
"""
