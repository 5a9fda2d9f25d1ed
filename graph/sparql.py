"""SPARQL over graph.ttl on an Oxigraph store: canned queries, result tables, a local endpoint.

The canned queries live in ``ontology/queries/<name>.rq``; each opens with a comment saying what
it answers. Queries run on pyoxigraph (rdflib's own engine is orders of magnitude slower on
self-joins such as co-participation).
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from parleygraph.extract.errors import InputError
from parleygraph.extract.io import neutralise_cell
from parleygraph.extract.iris import DEFAULT_BASE
from parleygraph.graph.rdf import DATA_KINDS, NS

__all__ = [
    "CANNED",
    "canned_queries",
    "load_query",
    "load_store",
    "query_rows",
    "run_query",
    "format_rows",
    "make_server",
    "serve",
]

CANNED = ("meetings", "participants", "co-participation", "meetings-per-year-country", "roles")
"""The names of the canned queries shipped in ``ontology/queries``."""

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "int", "long", "decimal", "double", "float",
                               "nonNegativeInteger", "positiveInteger", "short")}


def canned_queries() -> dict[str, str]:
    """All canned queries by name (every ``*.rq`` file shipped in ``ontology/queries``)."""
    folder = resources.files("parleygraph.ontology.queries")
    return {Path(f.name).stem: f.read_text(encoding="utf-8")
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".rq")}


def load_query(query: str) -> str:
    """The SPARQL text of a canned name, a ``.rq`` file, or SPARQL given inline.

    >>> load_query("meetings").startswith("# meetings:")
    True
    """
    canned = canned_queries()
    if query in canned:
        return canned[query]
    path = Path(query)
    if query.endswith(".rq") or path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(f"{query}: {e.strerror}") from None
    if "{" in query:  # inline SPARQL
        return query
    raise InputError(f"unknown query {query!r}; available: {', '.join(sorted(canned))} "
                     "(or a path to a .rq file)")


def load_store(graph_path: str | Path) -> ox.Store:
    """An Oxigraph store holding the graph: the build's on-disk store (``graph.oxigraph/``,
    opened read-only) when ``graph_path`` is an output folder or its ``graph.ttl`` and the
    store is current, else an in-memory store loaded from the file (Turtle, N-Triples or
    N-Quads)."""
    from parleygraph.graph.store import open_store, store_for

    folder = store_for(graph_path)
    if folder is not None:
        return open_store(folder)
    path = Path(graph_path)
    if path.is_dir():
        raise InputError(f"{path}: a folder without a current graph.ttl and {path / 'graph.oxigraph'}")
    fmt = {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
           ".trig": ox.RdfFormat.TRIG}.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except SyntaxError as e:
        raise InputError(f"{path}: not valid RDF ({e})") from None
    return store


def _execute(store: ox.Store, sparql: str) -> Any:
    try:
        return store.query(sparql)
    except SyntaxError as e:
        raise InputError(f"invalid SPARQL: {e}") from None


def _term_value(term: Any) -> Any:
    """The plain value of an RDF term: the IRI, or the literal's lexical form (numbers as int/float)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        if dt in _NUMERIC:
            try:
                return int(term.value)
            except ValueError:
                try:
                    return float(term.value)
                except ValueError:
                    return term.value
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def query_rows(store: ox.Store, sparql: str) -> tuple[list[str], list[list[Any]]]:
    """Run a SELECT (or ASK/CONSTRUCT) query; return (variables, rows of plain values).

    >>> s = ox.Store(); s.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("1")))
    >>> query_rows(s, "SELECT ?s WHERE { ?s ?p ?o }")
    (['s'], [['http://a']])
    """
    result = _execute(store, sparql)
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[bool(result)]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[_term_value(sol[name]) for name in names] for sol in result]
        return names, rows
    rows = [[_term_value(t.subject), _term_value(t.predicate), _term_value(t.object)]
            for t in result]
    return ["subject", "predicate", "object"], rows


def _compact(value: Any, prefixes: list[tuple[str, str]]) -> str:
    if value is None:
        return ""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    for name, ns in prefixes:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{name}:{text[len(ns):]}"
    return text


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def format_rows(names: list[str], rows: list[list[Any]], fmt: str = "table",
                *, base: str = DEFAULT_BASE) -> str:
    """Render result rows as an aligned ``table`` (IRIs shortened), ``csv`` or ``json``.

    >>> print(format_rows(["a", "n"], [["x", 2]]), end="")
    a  n
    -  -
    x  2
    (1 row)
    """
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if v is None else (str(v).lower() if isinstance(v, bool) else
                                                   neutralise_cell(v) if isinstance(v, str) else v)
                             for v in row])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False,
                          indent=1) + "\n"
    if fmt != "table":
        raise InputError(f"unknown format {fmt!r}; use table, csv or json")
    prefixes = sorted([*((k, f"{base}{k}/") for k in DATA_KINDS), *NS.items()],
                      key=lambda kv: -len(kv[1]))
    cells = [[_clip(_compact(v, prefixes).replace("\n", " ")) for v in row] for row in rows]
    widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def run_query(graph_path: str, query: str, *, fmt: str = "table") -> str:
    """Run a canned query (by name) or a ``.rq`` file on a graph file; return the rendered result.

    >>> run_query("output/graph.ttl", "meetings", fmt="csv")  # doctest: +SKIP
    'meeting,type,start,end,place,country,format,status\\n...'
    """
    sparql = load_query(query)
    if fmt not in ("table", "csv", "json"):
        raise InputError(f"unknown format {fmt!r}; use table, csv or json")
    store = load_store(graph_path)
    names, rows = query_rows(store, sparql)
    return format_rows(names, rows, fmt, base=_guess_base(store))


def _guess_base(store: ox.Store) -> str:
    """The data base IRI of a graph (from its build activity), for shortening IRIs in tables."""
    found = store.query("SELECT ?b WHERE { ?b a <https://w3id.org/parleygraph/ns#Build> } LIMIT 1")
    assert isinstance(found, ox.QuerySolutions)
    for sol in found:
        iri = sol["b"].value
        if "/build/" in iri:
            return iri.rsplit("/build/", 1)[0] + "/"
    return DEFAULT_BASE


# --- SPARQL 1.1 Protocol endpoint: parleygraph.graph.endpoint --------------------------------

from parleygraph.graph.endpoint import make_server, serve  # noqa: E402 - re-exported
