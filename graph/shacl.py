"""SHACL validation that scales: ``ontology/shapes.ttl`` compiled to SPARQL, run on Oxigraph.

pyshacl walks the graph in Python, node by node: 53 s on a 326k-triple graph, half of a build.
The shapes of this project are local (each constrains one meeting, actor, role or quotation and
the values of its properties), so each constraint is one SPARQL query that returns the focus
nodes violating it, answered by Oxigraph's engine in one pass over the target class: linear in
the graph, and runnable on the on-disk store of a large build without loading it in memory.

``shapes.ttl`` stays the single source of the constraints: :func:`compile_shapes` reads it and
turns every constraint into a :class:`Check`; a constraint component it does not know raises
:class:`ShapesError` (so a new kind of constraint is never silently skipped; the test suite
also checks the verdicts against pyshacl on broken graphs). Supported, with SHACL's semantics:
``sh:targetClass`` (with ``rdfs:subClassOf*`` when the data has subclass triples),
``sh:property`` with a predicate or ``sh:inversePath`` path, ``sh:minCount``, ``sh:maxCount``,
``sh:hasValue``, ``sh:datatype`` (well-formed lexical forms), ``sh:class``, ``sh:nodeKind``,
``sh:in``, ``sh:minLength``, ``sh:pattern``, ``sh:minInclusive``, ``sh:maxInclusive``,
``sh:lessThanOrEquals``, ``sh:or``, ``sh:xone`` and ``sh:and`` of shapes, and SPARQL-based
constraints (``sh:sparql`` with ``sh:select``, ``$this`` pre-bound, prefixes from
``sh:declare``).

A violation names its shape and path (as pyshacl's report did), the focus node, and the
meeting and the document it belongs to, found through the graph (a role, evidence or news
item leads to its meeting; a meeting to the path of its source document).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox

from parleygraph.extract.errors import ParleyError, ValidationError

__all__ = ["Check", "ShapesError", "compile_shapes", "default_checks", "violations", "validate_store"]

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
XSD = "http://www.w3.org/2001/XMLSchema#"
_CASTABLE = {XSD + t for t in ("integer", "decimal", "double", "float", "boolean", "date", "dateTime",
                               "gYear", "gYearMonth", "time")}
_IGNORED = {SH + n for n in ("targetClass", "property", "path", "name", "description", "order", "group",
                             "message", "severity", "deactivated")} | {
    RDF_TYPE, "http://www.w3.org/2000/01/rdf-schema#comment", "http://www.w3.org/2000/01/rdf-schema#label"}
Term = Any
"""An RDF term of pyoxigraph (NamedNode, BlankNode or Literal)."""

MAX_SHOWN = 20
"""Violations listed in a :class:`ValidationError` (the rest are counted)."""


class ShapesError(ParleyError):
    """The shapes use a SHACL feature this validator does not compile."""


@dataclass(frozen=True, slots=True)
class Check:
    """One compiled constraint: the shape (and path) it belongs to, what it demands, and a
    SELECT query whose solutions are its violations (``?this`` the focus node, ``?value`` the
    offending value where there is one, more variables for a SPARQL constraint's message).

    >>> c = default_checks()[0]
    >>> c.shape.startswith("pgsh:"), "?this" in c.sparql
    (True, True)
    """

    shape: str
    path: str
    what: str
    sparql: str
    message: str = ""
    target: str = ""


# --------------------------------------------------------------------------- reading the shapes

class _Shapes:
    """The shapes graph as a dictionary of subject -> predicate -> objects."""

    def __init__(self, ttl: str) -> None:
        self.g: dict[Any, dict[str, list[Term]]] = {}
        for t in ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE):
            self.g.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def objects(self, node: Term, pred: str) -> list[Term]:
        return self.g.get(node, {}).get(pred, [])

    def one(self, node: Term, pred: str) -> Term | None:
        got = self.objects(node, pred)
        return got[0] if got else None

    def items(self, head: Term) -> list[Term]:
        out: list[Term] = []
        while not (isinstance(head, ox.NamedNode) and head.value == RDF_NIL):
            first = self.one(head, RDF_FIRST)
            if first is None:
                raise ShapesError(f"shapes: {head} is not an RDF list")
            out.append(first)
            head = self.one(head, RDF_REST)
        return out


def _nt(term: Term) -> str:
    """A term in SPARQL syntax (N-Triples form)."""
    return str(term)


def _compact(iri: str) -> str:
    from parleygraph.graph.rdf import NS

    names = {**NS, "pgsh": "https://w3id.org/parleygraph/shapes#", "sh": SH}
    for prefix, ns in sorted(names.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


class _Compiler:
    def __init__(self, shapes: _Shapes, subclass: bool) -> None:
        self.s = shapes
        self.subclass = subclass
        self.n = itertools.count()

    def var(self) -> str:
        return f"?v{next(self.n)}"

    def typed(self, x: str, cls: str) -> str:
        return f"{x} <{RDF_TYPE}>{'/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*' if self.subclass else ''} <{cls}>"

    def path(self, node: Term) -> tuple[str, str]:
        """The SPARQL path of a property shape and its compact form."""
        p = self.s.one(node, SH + "path")
        if isinstance(p, ox.NamedNode):
            return f"<{p.value}>", _compact(p.value)
        if isinstance(p, ox.BlankNode):
            inv = self.s.one(p, SH + "inversePath")
            if isinstance(inv, ox.NamedNode) and len(self.s.g.get(p, {})) == 1:
                return f"^<{inv.value}>", f"^{_compact(inv.value)}"
        raise ShapesError(f"shapes: unsupported sh:path {p}")

    # -- value-level conditions: an error-free SPARQL expression true when x conforms
    def value_conditions(self, shape: Term, x: str, *, skip: Collection[str] = ()) -> list[tuple[str, str]]:
        """(what, condition) for every value-level constraint of ``shape`` on ``x``."""
        out: list[tuple[str, str]] = []
        for pred, objs in self.s.g.get(shape, {}).items():
            if pred in _IGNORED or pred in skip:
                continue
            for o in objs:
                out.extend(self.value_condition(shape, pred, o, x))
        return out

    def value_condition(self, shape: Term, pred: str, o: Term, x: str) -> list[tuple[str, str]]:
        name = pred[len(SH):] if pred.startswith(SH) else pred
        if pred == SH + "datatype":
            dt = o.value
            cond = f"(isLiteral({x}) && DATATYPE({x}) = <{dt}>"
            if dt in _CASTABLE:
                cond += f" && COALESCE(DATATYPE(<{dt}>(STR({x}))) = <{dt}>, false)"
            return [(f"sh:datatype {_compact(dt)}", cond + ")")]
        if pred == SH + "class":
            return [(f"sh:class {_compact(o.value)}", f"EXISTS {{ {self.typed(x, o.value)} }}")]
        if pred == SH + "nodeKind":
            kinds = {SH + "IRI": f"isIRI({x})", SH + "Literal": f"isLiteral({x})",
                     SH + "BlankNode": f"isBlank({x})", SH + "BlankNodeOrIRI": f"(isIRI({x}) || isBlank({x}))",
                     SH + "IRIOrLiteral": f"(isIRI({x}) || isLiteral({x}))",
                     SH + "BlankNodeOrLiteral": f"(isBlank({x}) || isLiteral({x}))"}
            if o.value not in kinds:
                raise ShapesError(f"shapes: unknown sh:nodeKind {o}")
            return [(f"sh:nodeKind {_compact(o.value)}", kinds[o.value])]
        if pred == SH + "in":
            vals = self.s.items(o)
            return [("sh:in", "(" + " || ".join(f"sameTerm({x}, {_nt(v)})" for v in vals) + ")" if vals else "false")]
        if pred == SH + "minLength":
            return [(f"sh:minLength {o.value}", f"(!isBlank({x}) && COALESCE(STRLEN(STR({x})) >= {int(o.value)}, false))")]
        if pred == SH + "maxLength":
            return [(f"sh:maxLength {o.value}", f"(!isBlank({x}) && COALESCE(STRLEN(STR({x})) <= {int(o.value)}, false))")]
        if pred == SH + "pattern":
            flags = self.s.one(shape, SH + "flags")
            fl = f", {_nt(flags)}" if flags is not None else ""
            return [(f"sh:pattern {o.value}", f"(!isBlank({x}) && COALESCE(REGEX(STR({x}), {_nt(ox.Literal(o.value))}{fl}), false))")]
        if pred == SH + "flags":
            return []
        ops = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}
        if name in ops and pred.startswith(SH):
            return [(f"sh:{name} {o.value}", f"COALESCE({x} {ops[name]} {_nt(o)}, false)")]
        if pred == SH + "hasValue":
            return [(f"sh:hasValue {_compact(str(o.value))}", f"sameTerm({x}, {_nt(o)})")]
        if pred in (SH + "or", SH + "xone", SH + "and"):
            parts = [self.node_condition(alt, x) for alt in self.s.items(o)]
            if pred == SH + "or":
                cond = "(" + " || ".join(parts) + ")"
            elif pred == SH + "and":
                cond = "(" + " && ".join(parts) + ")"
            else:
                cond = "(" + " + ".join(f"IF({p}, 1, 0)" for p in parts) + " = 1)"
            return [(f"sh:{name}", cond)]
        if pred == SH + "not":
            return [("sh:not", f"!{self.node_condition(o, x)}")]
        raise ShapesError(f"shapes: the constraint {_compact(pred)} is not supported by the SPARQL validator")

    def node_condition(self, shape: Term, x: str) -> str:
        """True when ``x`` conforms to the whole of ``shape`` (value constraints and properties)."""
        conds = [c for _, c in self.value_conditions(shape, x)]
        for prop in self.s.objects(shape, SH + "property"):
            conds.append(self.property_condition(prop, x))
        return "(" + " && ".join(conds) + ")" if conds else "true"

    def property_condition(self, prop: Term, x: str) -> str:
        path, _ = self.path(prop)
        conds: list[str] = []
        y, z = self.var(), self.var()
        for pred, objs in self.s.g.get(prop, {}).items():
            for o in objs:
                if pred == SH + "minCount":
                    n = int(o.value)
                    if n > 1:
                        raise ShapesError("shapes: sh:minCount > 1 inside a logical constraint")
                    if n == 1:
                        conds.append(f"EXISTS {{ {x} {path} {y} }}")
                elif pred == SH + "maxCount":
                    n = int(o.value)
                    if n == 0:
                        conds.append(f"NOT EXISTS {{ {x} {path} {y} }}")
                    elif n == 1:
                        conds.append(f"NOT EXISTS {{ {x} {path} {y}, {z} FILTER(!sameTerm({y}, {z})) }}")
                    else:
                        raise ShapesError("shapes: sh:maxCount > 1 inside a logical constraint")
                elif pred == SH + "hasValue":
                    conds.append(f"EXISTS {{ {x} {path} {_nt(o)} }}")
        for _, c in self.value_conditions(prop, y, skip={SH + "minCount", SH + "maxCount", SH + "hasValue"}):
            conds.append(f"NOT EXISTS {{ {x} {path} {y} FILTER(!{c}) }}")
        return "(" + " && ".join(conds) + ")" if conds else "true"

    # -- top-level checks
    def checks(self, shape: ox.NamedNode | ox.BlankNode) -> Iterator[Check]:
        name = _compact(shape.value) if isinstance(shape, ox.NamedNode) else str(shape)
        for cls in self.s.objects(shape, SH + "targetClass"):
            target = self.typed("?this", cls.value)
            node_conds = self.value_conditions(shape, "?this", skip={SH + "sparql", SH + "declare"})
            for what, cond in node_conds:
                yield Check(name, "", what, f"SELECT ?this WHERE {{ {target} FILTER(!{cond}) }}")
            for prop in self.s.objects(shape, SH + "property"):
                yield from self.property_checks(name, target, prop)
            for sq in self.s.objects(shape, SH + "sparql"):
                yield self.sparql_check(name, cls.value, sq)

    def property_checks(self, name: str, target: str, prop: Term) -> Iterator[Check]:
        path, shown = self.path(prop)
        label = f"{name} ({shown})"
        for pred, objs in self.s.g.get(prop, {}).items():
            for o in objs:
                if pred == SH + "minCount":
                    n = int(o.value)
                    q = (f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?value }} }}" if n == 1 else
                         f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?value }} }} "
                         f"GROUP BY ?this HAVING(COUNT(DISTINCT ?value) < {n})")
                    yield Check(label, shown, f"sh:minCount {n}", q)
                elif pred == SH + "maxCount":
                    n = int(o.value)
                    yield Check(label, shown, f"sh:maxCount {n}",
                                f"SELECT ?this WHERE {{ {target} . ?this {path} ?value }} "
                                f"GROUP BY ?this HAVING(COUNT(DISTINCT ?value) > {n})")
                elif pred == SH + "hasValue":
                    yield Check(label, shown, f"sh:hasValue {_compact(str(o.value))}",
                                f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} {_nt(o)} }} }}")
                elif pred == SH + "lessThanOrEquals":
                    yield Check(label, shown, f"sh:lessThanOrEquals {_compact(o.value)}",
                                f"SELECT ?this ?value WHERE {{ {target} . ?this {path} ?value . ?this <{o.value}> ?other "
                                f"FILTER(!COALESCE(?value <= ?other, false)) }}")
        skip = {SH + "minCount", SH + "maxCount", SH + "hasValue", SH + "lessThanOrEquals"}
        for what, cond in self.value_conditions(prop, "?value", skip=skip):
            yield Check(label, shown, what, f"SELECT ?this ?value WHERE {{ {target} . ?this {path} ?value FILTER(!{cond}) }}")

    def sparql_check(self, name: str, target: str, sq: Term) -> Check:
        select = self.s.one(sq, SH + "select")
        if select is None:
            raise ShapesError(f"shapes: {name}: a SPARQL constraint without sh:select")
        prefixes = ""
        for owner in self.s.objects(sq, SH + "prefixes"):
            for decl in self.s.objects(owner, SH + "declare"):
                p, ns = self.s.one(decl, SH + "prefix"), self.s.one(decl, SH + "namespace")
                if p is None or ns is None:
                    raise ShapesError(f"shapes: {name}: a prefix declaration without sh:prefix or sh:namespace")
                prefixes += f"PREFIX {p.value}: <{ns.value}>\n"
        msg = self.s.one(sq, SH + "message")
        return Check(name, "", "sh:sparql", prefixes + select.value,
                     message=msg.value if msg is not None else "", target=target)


@cache
def _default_shapes() -> _Shapes:
    from parleygraph.graph.rdf import load_shapes

    return _Shapes(load_shapes())


def compile_shapes(ttl: str | None = None, *, subclass: bool = False) -> tuple[Check, ...]:
    """Every constraint of the shapes (``ontology/shapes.ttl`` by default) as a :class:`Check`.

    ``subclass``: targets and ``sh:class`` follow ``rdfs:subClassOf*`` (needed only when the
    data graph holds subclass triples; the build's graphs do not).

    >>> any(c.shape == "pgsh:MeetingShape (pg:status)" and c.what == "sh:minCount 1" for c in compile_shapes())
    True
    """
    shapes = _default_shapes() if ttl is None else _Shapes(ttl)
    comp = _Compiler(shapes, subclass)
    out: list[Check] = []
    for node in list(shapes.g):
        if shapes.objects(node, SH + "targetClass"):
            out.extend(comp.checks(node))
    return tuple(sorted(out, key=lambda c: (c.shape, c.what, c.sparql)))


@cache
def default_checks(subclass: bool = False) -> tuple[Check, ...]:
    """:func:`compile_shapes` of the package's shapes, compiled once."""
    return compile_shapes(subclass=subclass)


# --------------------------------------------------------------------------- running them

_WHERE = """SELECT ?m ?doc WHERE {
  { BIND(<%(f)s> AS ?m) ?m a <https://w3id.org/parleygraph/ns#Meeting> }
  UNION { ?m <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> <%(f)s> }
  UNION { ?m <https://w3id.org/parleygraph/ns#evidence> <%(f)s> }
  UNION { ?m <http://www.w3.org/ns/prov#wasDerivedFrom> <%(f)s> }
  UNION { <%(f)s> <https://w3id.org/parleygraph/ns#seenAt> ?m }
  UNION { ?m <https://w3id.org/parleygraph/ns#participant> <%(f)s> }
  OPTIONAL { ?m <http://www.w3.org/ns/prov#wasDerivedFrom>/<https://schema.org/isPartOf>
                /<https://w3id.org/parleygraph/ns#documentPath> ?doc }
} ORDER BY STR(?m) STR(?doc) LIMIT 1"""


def _select(store: ox.Store, sparql: str, **kw: Any) -> ox.QuerySolutions:
    """The solutions of a SELECT query."""
    result = store.query(sparql, **kw)
    if not isinstance(result, ox.QuerySolutions):
        raise ShapesError(f"shapes: not a SELECT query: {sparql[:80]}")
    return result


def _where(store: ox.Store, iri: str) -> str:
    """'(meeting M, document D)' for a node of a meeting, or '' when none is found."""
    if not iri or "<" in iri or ">" in iri:
        return ""
    for sol in _select(store, _WHERE % {"f": iri}):
        m, doc = sol["m"], sol["doc"]
        return f" (meeting <{m.value}>" + (f", document {doc.value}" if doc is not None else "") + ")"
    return ""


def _value(term: Term | None) -> str:
    if term is None:
        return ""
    return f"<{term.value}>" if isinstance(term, ox.NamedNode) else str(term)


def _message(check: Check, sol: ox.QuerySolution, names: list[str]) -> str:
    if not check.message:
        return check.what
    text = check.message
    for n in names:
        text = text.replace("{?" + n + "}", _value(sol[n])).replace("{$" + n + "}", _value(sol[n]))
    return text


def violations(store: ox.Store, checks: Iterable[Check] | None = None) -> Iterator[tuple[Check, str, str]]:
    """(check, focus IRI, line) for every violation of ``checks`` in ``store``, check by check.

    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("http://x/c"), ox.NamedNode(RDF_TYPE), ox.NamedNode("https://schema.org/Country")))
    >>> sorted(c.what for c, _, _ in violations(s))
    ['sh:minCount 1', 'sh:minCount 1']
    """
    if checks is None:
        sub = bool(store.query("ASK { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?b }"))
        checks = default_checks(sub)
    for check in checks:
        if check.what == "sh:sparql":
            yield from _sparql_violations(store, check)
            continue
        for sol in _select(store, check.sparql):
            focus = sol["this"]
            value = sol["value"] if "?value" in check.sparql.split("WHERE", 1)[0] else None
            shown = check.path if check.path else ""
            line = " ".join(x for x in (f"{check.shape}:", _value(focus), shown, check.what,
                                        f"value {_value(value)}" if value is not None else "") if x)
            yield check, focus.value, line


def _sparql_violations(store: ox.Store, check: Check) -> Iterator[tuple[Check, str, str]]:
    """The solutions of a SPARQL constraint, ``$this`` pre-bound to each of the shape's targets
    (SEP-0007 substitution, as SHACL-SPARQL pre-binds it)."""
    for f in _select(store, f"SELECT DISTINCT ?this WHERE {{ ?this <{RDF_TYPE}> <{check.target}> }}"):
        focus = f["this"]
        result = _select(store, check.sparql, substitutions={ox.Variable("this"): focus})
        names = [v.value for v in result.variables]
        for sol in result:
            meeting = sol["meeting"] if "meeting" in names else None
            where = _where(store, meeting.value) if isinstance(meeting, ox.NamedNode) else ""
            yield check, focus.value, f"{check.shape}: {_value(focus)} {_message(check, sol, names)}{where}"


def _in_parallel(store: ox.Store, checks: Iterable[Check] | None) -> Iterator[tuple[Check, str, str]]:
    """:func:`violations`, the checks run on a few threads (Oxigraph answers a query without
    holding Python's lock: 1.6 times faster on two cores), yielded in the checks' order."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    if checks is None:
        sub = bool(store.query("ASK { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?b }"))
        checks = default_checks(sub)
    todo = list(checks)
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        for found in pool.map(lambda c: list(violations(store, [c])), todo):
            yield from found


def validate_store(store: ox.Store, *, checks: Iterable[Check] | None = None) -> None:
    """Raise :class:`ValidationError` listing the violations of the shapes in ``store``.

    The message names each violated shape (with its path), the focus node and, where the node
    belongs to a meeting, the meeting and its source document; at most :data:`MAX_SHOWN` lines.
    """
    lines: set[str] = set()
    for _check, focus, line in _in_parallel(store, checks):
        if len(lines) < 10 * MAX_SHOWN:
            lines.add(line + ("" if "(meeting <" in line else _where(store, focus)))
        else:
            lines.add(line)
    if not lines:
        return
    ordered = sorted(lines)
    more = f" (and {len(ordered) - MAX_SHOWN} more)" if len(ordered) > MAX_SHOWN else ""
    raise ValidationError("graph does not conform to the SHACL shapes:\n  "
                          + "\n  ".join(ordered[:MAX_SHOWN]) + more)
