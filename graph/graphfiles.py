"""GraphML and GEXF written line by line, in the bytes of networkx's writers.

networkx builds an XML tree of the whole graph and serialises it (140 s for the GraphML of 1.3
million ties, 30 s for the GEXF of 100,000 actors); these writers format each node and edge
from a template made once per attribute layout (which names, which value types), so a large
network costs a few passes over columns of values (one per attribute) and a string format per
element. The text is the one networkx writes for an
undirected graph built from the same nodes and edges (tests/unit/test_graphfiles.py compares
them on odd and generated graphs); a value networkx would write in some other way (another
type than ``bool``, ``int``, ``float``, ``str``, a GEXF attribute with a special meaning such as
``viz`` or ``spells``) sends the whole graph to networkx's writer.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from itertools import starmap
from operator import itemgetter
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import networkx as nx

from parleygraph.graph.columns import Column

__all__ = ["graphml_text", "graphml_chunks", "gexf_text", "gexf_chunks", "xml_attr", "Table"]

Layout = tuple[Any, ...]
"""The names of an element's data, then the types of its values."""

Node = tuple[Hashable, dict[str, Any]]
Edge = tuple[Hashable, Hashable, dict[str, Any]]


def _types(col: list[Any] | Column) -> set[type]:
    """The types of a column's values."""
    return col.types() if isinstance(col, Column) else set(map(type, col))


@dataclass(frozen=True, slots=True)
class Table:
    """Nodes or edges given as columns: ``ends`` holds the node of each node element (one
    list) or the two ends of each edge (two lists), ``data`` each attribute's values in element
    order; the same elements as ``(node, data)`` or ``(u, v, data)`` pairs every attribute
    present on every element. A large graph's file is written from columns a layout at a time
    without a dictionary per element.

    >>> Table((["a", "b"],), {"n": [1, 2]}).elements()
    [('a', {'n': 1}), ('b', {'n': 2})]
    """

    ends: tuple[list[Hashable], ...]
    data: dict[str, list[Any] | Column]

    def elements(self) -> list[Any]:
        """The elements as tuples of their ends and a data dictionary."""
        names = list(self.data)
        rows = [dict(zip(names, vals)) for vals in zip(*self.data.values())] if names else [
            {} for _ in self.ends[0]]
        return [(*ends, d) for *ends, d in zip(*self.ends, rows)]

    def layout(self) -> Layout | None:
        """The one layout of every element, or ``None`` when a column mixes types.

        >>> Table((["a", "b"],), {"n": [1, 2.0]}).layout() is None
        True
        """
        types = [_types(col) for col in self.data.values()]
        if any(len(t) > 1 for t in types):
            return None
        return (*self.data, *(t.pop() if t else str for t in types))

_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
"""GraphML's ``attr.type`` of a Python value's type, as networkx's writer names it."""

_ATTR_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}
"""What ElementTree escapes in an attribute value besides ``&``, ``<`` and ``>``."""


def xml_attr(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it.

    >>> xml_attr('say "hi"\\n')
    'say &quot;hi&quot;&#10;'
    """
    return xml_escape(text, _ATTR_ENTITIES)


def _graph(nodes: list[Node], edges: list[Edge]) -> nx.Graph:
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    return G


def _plain(elements: Iterable[dict[str, Any]]) -> bool:
    """Whether every value is a ``bool``, ``int``, ``float`` or ``str`` (what these writers
    format; anything else is left to networkx).

    >>> _plain([{"a": 1, "b": "x"}]), _plain([{"a": None}])
    (True, False)
    """
    types = _GRAPHML_TYPES
    return all(type(x) in types for d in elements for x in d.values())


# --------------------------------------------------------------------------- layouts

Fields = list[tuple[Any, Callable[[list[Any]], list[str]]]]
"""The fields ``{1}``, ``{2}``, ... of an element's format string: the data name each shows and
how a column of its values becomes text."""


def _layouts(datas: list[dict[str, Any]]) -> dict[Layout, list[int]]:
    """The positions of the elements of each data layout, layouts in the order first met
    (so that keys numbered layout by layout are numbered in the order they are met).

    >>> _layouts([{"a": 1}, {"a": "x"}, {"a": 2}])
    {('a', <class 'int'>): [0, 2], ('a', <class 'str'>): [1]}
    """
    groups: dict[Layout, list[int]] = {}
    for i, d in enumerate(datas):
        groups.setdefault((*d, *map(type, d.values())), []).append(i)
    return groups


def _escaped(texts: list[str], escape: Callable[[str], str]) -> list[str]:
    """``escape`` of every text, done on the texts joined by NUL (one pass over one string;
    XML text holds no NUL, and a text that does is escaped on its own).

    >>> _escaped(["a&b", "", "<"], xml_escape)
    ['a&amp;b', '', '&lt;']
    """
    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return [escape(t) for t in texts]
    return escape(joined).split("\x00")


def _literal(text: str) -> str:
    """Text put into a format string as is.

    >>> _literal("a{b}")
    'a{{b}}'
    """
    return text.replace("{", "{{").replace("}", "}}")


def _formatted(heads: list[str], datas: list[dict[str, Any]],
               template: Callable[[Layout], tuple[str, Fields]]) -> list[str]:
    """Each element formatted by its layout's ``template``: a format string (``{0}`` the
    element's head, then its :data:`Fields`), filled a layout at a time from columns of values.

    >>> t = lambda layout: ("<e {0} v={1}>", [("x", _texts)])
    >>> _formatted(["a", "b"], [{"x": 1}, {"x": 2}], t)
    ['<e a v=1>', '<e b v=2>']
    """
    out: list[str] = [""] * len(datas)
    for layout, idx in _layouts(datas).items():
        fmt, fields = template(layout)
        rows = [datas[i] for i in idx]
        columns = [convert(list(map(itemgetter(k), rows))) for k, convert in fields]
        for i, line in zip(idx, starmap(fmt.format, zip([heads[i] for i in idx], *columns))):
            out[i] = line
    return out


def _lines(heads: list[str], elements: list[Any] | Table,
           template: Callable[[Layout], tuple[str, Fields]]) -> list[str]:
    """The lines of nodes or edges given as tuples (:func:`_formatted`) or as a
    :class:`Table` (one layout: formatted straight from its columns).

    >>> t = lambda layout: ("<e {0} v={1}>", [("x", _texts)])
    >>> _lines(["a", "b"], Table((["a", "b"],), {"x": [1, 2]}), t)
    ['<e a v=1>', '<e b v=2>']
    """
    if not isinstance(elements, Table):
        return _formatted(heads, [e[-1] for e in elements], template)
    layout = elements.layout()
    if layout is None or not heads:
        return _formatted(heads, [e[-1] for e in elements.elements()], template)
    fmt, fields = template(layout)
    columns = [convert(col if isinstance(col := elements.data[k], list) else list(col)) for k, convert in fields]
    return list(starmap(fmt.format, zip(heads, *columns)))


def _ends(elements: list[Any] | Table, i: int) -> list[Hashable]:
    """The ``i``-th end of every element (the node of a node element, ``u`` or ``v`` of an
    edge).

    >>> _ends([("a", "b", {})], 1), _ends(Table((["a"], ["b"]), {}), 1)
    (['b'], ['b'])
    """
    return elements.ends[i] if isinstance(elements, Table) else [e[i] for e in elements]


def _all_plain(elements: list[Any] | Table) -> bool:
    """:func:`_plain` of every element's data.

    >>> _all_plain(Table((["a"],), {"n": [None]})), _all_plain([("a", {"n": 1})])
    (False, True)
    """
    if isinstance(elements, Table):
        return all(_types(col) <= set(_GRAPHML_TYPES) for col in elements.data.values())
    return _plain(e[-1] for e in elements)


def _texts(col: list[Any]) -> list[str]:
    """``str`` of each value.

    >>> _texts([1, 0.5, True])
    ['1', '0.5', 'True']
    """
    return list(map(str, col))


# --------------------------------------------------------------------------- GraphML

def _listed(elements: list[Any] | Table) -> list[Any]:
    """Elements as tuples (a :class:`Table`'s made into them)."""
    return elements.elements() if isinstance(elements, Table) else elements


def graphml_text(nodes: Iterable[Node] | Table, edges: Iterable[Edge] | Table) -> str:
    """An undirected graph as GraphML, written line by line: the same text as
    ``"\\n".join(nx.generate_graphml(G)) + "\\n"`` for the graph ``G`` made of ``nodes`` and
    ``edges`` (edges in ``G.edges()`` order; keys ``d0``, ``d1``, ... in the order attributes
    are first met, listed last first; values as ``str``; non-ASCII characters as character
    references), without building an XML tree. Values of other types than ``bool``, ``int``,
    ``float`` and ``str`` are left to networkx's writer. Nodes or edges may come as a
    :class:`Table` of columns (the same text, faster).

    >>> print(graphml_text([("a", {"n": 1}), ("b", {})], [("a", "b", {"w": 0.5})]), end="")
    ... # doctest: +ELLIPSIS
    <graphml xmlns=...>
      <key id="d1" for="edge" attr.name="w" attr.type="double" />
      <key id="d0" for="node" attr.name="n" attr.type="long" />
      <graph edgedefault="undirected">
        <node id="a">
          <data key="d0">1</data>
        </node>
        <node id="b" />
        <edge source="a" target="b">
          <data key="d1">0.5</data>
        </edge>
      </graph>
    </graphml>
    """
    return "".join(graphml_chunks(nodes, edges))


def graphml_chunks(nodes: Iterable[Node] | Table, edges: Iterable[Edge] | Table, *,
                   size: int = 50_000) -> Iterator[str]:
    """The text of :func:`graphml_text` in pieces of ``size`` nodes or edges, for writing a
    large graph without holding its whole text (2.3 GB of the report's peak on a 5,000-article
    build): keys are numbered from every layout first, then the lines follow a slice at a time.

    >>> len(list(graphml_chunks([("a", {}), ("b", {})], [("a", "b", {"w": 1})], size=1)))
    5
    """
    nodes = nodes if isinstance(nodes, Table) else list(nodes)
    edges = edges if isinstance(edges, Table) else list(edges)
    if not (_all_plain(nodes) and _all_plain(edges)):
        yield "\n".join(nx.generate_graphml(_graph(_listed(nodes), _listed(edges)))) + "\n"
        return
    nodes, edges = _one_layout_or_listed(nodes), _one_layout_or_listed(edges)
    keys: dict[tuple[str, str, str], str] = {}
    node_ids, sources, targets = _ends(nodes, 0), _ends(edges, 0), _ends(edges, 1)
    ids = _ids(node_ids + sources + targets)

    def node_t(layout: Layout) -> tuple[str, Fields]:
        return _graphml_template("node", layout, keys)

    def edge_t(layout: Layout) -> tuple[str, Fields]:
        return _graphml_template("edge", layout, keys)

    _register(nodes, node_t)  # every key numbered before the head lists them
    _register(edges, edge_t)
    head = [f'<graphml xmlns="{nx.readwrite.graphml.GraphML.NS_GRAPHML}" '
            f'xmlns:xsi="{nx.readwrite.graphml.GraphML.NS_XSI}" '
            f'xsi:schemaLocation="{nx.readwrite.graphml.GraphML.SCHEMALOCATION}">']
    head += [f'  <key id="{kid}" for="{scope}" attr.name="{xml_attr(name)}" attr.type="{t}" />'
             for (name, t, scope), kid in reversed(keys.items())]
    if not node_ids and not sources:
        yield _finished([*head, '  <graph edgedefault="undirected" />', "</graphml>"])
        return
    yield _finished([*head, '  <graph edgedefault="undirected">'])
    for a in range(0, len(node_ids), size):
        yield _finished(_lines([f'id="{ids[v]}"' for v in node_ids[a:a + size]], _slice(nodes, a, a + size), node_t))
    for a in range(0, len(sources), size):
        heads = [f'source="{ids[u]}" target="{ids[v]}"' for u, v in zip(sources[a:a + size], targets[a:a + size])]
        yield _finished(_lines(heads, _slice(edges, a, a + size), edge_t))
    yield _finished(["  </graph>", "</graphml>"])


def _finished(lines: list[str]) -> str:
    """Lines as GraphML text: an empty value an empty element, as ElementTree writes it (">" in
    a value is escaped, so '"></data>' only ever closes an empty one), non-ASCII characters as
    references.

    >>> _finished(['<data key="d0"></data>', "é"])
    '<data key="d0" />\\n&#233;\\n'
    """
    text = ("\n".join(lines) + "\n").replace('"></data>', '" />')
    return text if text.isascii() else text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _one_layout_or_listed(elements: list[Any] | Table) -> list[Any] | Table:
    """A :class:`Table` whose columns mix types as tuples: its slices could have layouts of
    their own, numbered too late for the head."""
    return elements if not isinstance(elements, Table) or elements.layout() is not None else elements.elements()


def _register(elements: list[Any] | Table, template: Callable[[Layout], tuple[str, Fields]]) -> None:
    """Call ``template`` on every layout of ``elements`` in the order :func:`_lines` meets
    them, so that the keys are numbered as the whole text would number them."""
    if isinstance(elements, Table) and elements.ends[0]:
        template(elements.layout())  # type: ignore[arg-type]
        return
    for layout in _layouts([e[-1] for e in _listed(elements)]):
        template(layout)


def _slice(elements: list[Any] | Table, a: int, b: int) -> list[Any] | Table:
    """Elements ``a`` to ``b``."""
    if isinstance(elements, Table):
        return Table(tuple(end[a:b] for end in elements.ends), {k: col[a:b] for k, col in elements.data.items()})
    return elements[a:b]


def _ids(nodes: list[Hashable]) -> dict[Hashable, str]:
    """Each node's id as an escaped attribute value.

    >>> _ids(["a&b", 1])
    {'a&b': 'a&amp;b', 1: '1'}
    """
    unique = list(dict.fromkeys(nodes))
    return dict(zip(unique, _escaped([str(v) for v in unique], xml_attr)))


def _graphml_template(tag: str, layout: Layout, keys: dict[tuple[str, str, str], str]
                      ) -> tuple[str, Fields]:
    """The format string of an element with data of this layout (``{0}`` its XML attributes,
    ``{1}``... the values) and the converters of its columns (text escaped, the rest
    ``str``); new keys go to ``keys``.

    >>> _graphml_template("edge", ("w", "t", int, str), {})[0]
    '    <edge {0}>\\n      <data key="d0">{1}</data>\\n      <data key="d1">{2}</data>\\n    </edge>'
    """
    names, types = layout[: len(layout) // 2], layout[len(layout) // 2:]
    if not names:
        return f"    <{tag} {{0}} />", []
    lines = [f"    <{tag} {{0}}>"]
    for i, (k, t) in enumerate(zip(names, types), 1):
        kid = keys.setdefault((str(k), _GRAPHML_TYPES[t], tag), f"d{len(keys)}")
        lines.append(f'      <data key="{_literal(kid)}">{{{i}}}</data>')
    lines.append(f"    </{tag}>")
    fields: Fields = [(k, _graphml_text_values if t is str else _texts)
                      for k, t in zip(names, types)]
    return "\n".join(lines), fields


def _graphml_text_values(col: list[str]) -> list[str]:
    """Text values escaped as GraphML data.

    >>> _graphml_text_values(["a<b", ""])
    ['a&lt;b', '']
    """
    return _escaped(col, xml_escape)


# --------------------------------------------------------------------------- GEXF

_GEXF_SPECIAL = frozenset({"id", "pid", "parents", "spells", "slices", "viz", "label", "weight",
                           "type", "key"})
"""Data names networkx's GEXF writer gives a meaning of its own (left to it), ``label`` and
``type`` of nodes excepted."""
_GEXF_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}


def _gexf_values(col: list[Any]) -> list[str]:
    """A column of values of one type as networkx's GEXF writer spells them (attribute-escaped).

    >>> _gexf_values([True, False]), _gexf_values([float("inf"), 0.5]), _gexf_values(["a&b"])
    (['true', 'false'], ['INF', '0.5'], ['a&amp;b'])
    """
    if not col:
        return []
    t = type(col[0])
    if t is bool:
        return ["true" if x else "false" for x in col]
    if t is float:
        return [_GEXF_FLOATS.get(x, x) for x in map(str, col)]
    return _escaped(col, xml_attr) if t is str else _texts(col)


def _gexf_plain(nodes: list[Node], edges: list[Edge] | Table) -> bool:
    """Whether these writers can write the graph: plain values (:func:`_plain`), text times,
    no data with a meaning of its own to networkx's writer (:data:`_GEXF_SPECIAL`).

    >>> _gexf_plain([("a", {"label": "A", "start": "2024"})], []), _gexf_plain([("a", {"viz": 1})], [])
    (True, False)
    """
    node_special = _GEXF_SPECIAL - {"label", "type", "weight"}
    if isinstance(edges, Table):
        plain_edges = (_all_plain(edges) and not _GEXF_SPECIAL.intersection(edges.data)
                       and all(set(map(type, edges.data.get(t, ()))) <= {str} for t in ("start", "end")))
    else:
        plain_edges = (_plain(d for _, _, d in edges)
                       and not any(_GEXF_SPECIAL.intersection(d) for _, _, d in edges)
                       and all(type(d.get(t, "")) is str for _, _, d in edges for t in ("start", "end")))
    return (plain_edges and _plain(d for _, d in nodes)
            and not any(node_special.intersection(d) for _, d in nodes)
            and all(type(d.get(t, "")) is str for _, d in nodes for t in ("start", "end")))


class _GexfAttributes:
    """The ``<attribute>`` declarations of a GEXF file, numbered in the order met across both
    classes, and the order in which each class's block was made (networkx puts the block made
    last first)."""

    def __init__(self) -> None:
        from networkx.readwrite.gexf import GEXFWriter

        self.xml_type = GEXFWriter().xml_type
        self.ids: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
        self.made: list[str] = []
        self.timed = False

    def template(self, tag: str, layout: Layout) -> tuple[str, Fields]:
        """The format string of an element of this layout: ``{0}`` its head, then its
        ``start`` and ``end`` (XML attributes, in that order), then its attribute values (a
        node's ``label`` is in its head)."""
        names, types = layout[: len(layout) // 2], layout[len(layout) // 2:]
        times = [i for t in ("start", "end") for i, k in enumerate(names) if k == t]
        rest = [i for i, k in enumerate(names)
                if k not in ("start", "end") and not (tag == "node" and k == "label")]
        head = "{0}" + "".join(f' {names[i]}="{{{j}}}"' for j, i in enumerate(times, 1))
        self.timed = self.timed or bool(times)
        lines = []
        for j, i in enumerate(rest, 1 + len(times)):
            k = str(names[i])
            if k not in self.ids[tag]:
                if not self.ids[tag]:
                    self.made.append(tag)
                number = len(self.ids["node"]) + len(self.ids["edge"])
                self.ids[tag][k] = (str(number), self.xml_type[types[i]])
            lines.append(f'          <attvalue for="{self.ids[tag][k][0]}" value="{{{j}}}" />')
        fmt = (f"      <{tag} {head}>\n        <attvalues>\n" + "\n".join(lines)
               + f"\n        </attvalues>\n      </{tag}>") if lines else f"      <{tag} {head} />"
        return fmt, [(names[i], _gexf_values) for i in times + rest]

    def blocks(self) -> list[str]:
        """The ``<attributes>`` blocks, the class made last first."""
        out = []
        for scope in reversed(self.made):
            out += [f'    <attributes mode="static" class="{scope}">',
                    *(f'      <attribute id="{i}" title="{xml_attr(k)}" type="{t}" />'
                      for k, (i, t) in self.ids[scope].items()), "    </attributes>"]
        return out


def gexf_text(nodes: Iterable[Node], edges: Iterable[Edge] | Table, *, date: str) -> str:
    """An undirected graph as GEXF 1.2, written line by line: the text of
    :func:`networkx.write_gexf` for the graph ``G`` made of ``nodes`` and ``edges`` (edges in
    ``G.edges()`` order), ``date`` its ``lastmodifieddate``. Node ``label``, ``start`` and
    ``end`` and edge ``start`` and ``end`` are XML attributes (times make the graph
    ``dynamic``); other data are ``attvalue`` elements of attributes numbered in the order
    they are met, their ``<attributes>`` block of the class met last first. Edges may come as
    a :class:`Table` of columns.

    >>> print(gexf_text([("a", {"label": "A", "n": 1}), ("b", {"label": "B"})],
    ...                 [("a", "b", {"start": "2024-01-01", "end": "2024-01-02"})],
    ...                 date="2024-01-02"), end="")  # doctest: +ELLIPSIS
    <?xml version='1.0' encoding='utf-8'?>
    <gexf ... version="1.2">
      <meta lastmodifieddate="2024-01-02">
        <creator>NetworkX ...</creator>
      </meta>
      <graph defaultedgetype="undirected" mode="dynamic" name="" timeformat="date">
        <attributes mode="static" class="node">
          <attribute id="0" title="n" type="long" />
        </attributes>
        <nodes>
          <node id="a" label="A">
            <attvalues>
              <attvalue for="0" value="1" />
            </attvalues>
          </node>
          <node id="b" label="B" />
        </nodes>
        <edges>
          <edge source="a" target="b" id="0" start="2024-01-01" end="2024-01-02" />
        </edges>
      </graph>
    </gexf>
    """
    return "".join(gexf_chunks(nodes, edges, date=date))


def gexf_chunks(nodes: Iterable[Node], edges: Iterable[Edge] | Table, *, date: str,
                size: int = 50_000) -> Iterator[str]:
    """The text of :func:`gexf_text` in pieces of ``size`` nodes or edges (a large two-mode
    graph's whole text and lines were 1.4 GB of a 50,000-article report): the attributes of
    every layout are numbered first, then the lines follow a slice at a time.

    >>> len(list(gexf_chunks([("a", {}), ("b", {})], [("a", "b", {"w": 1})], date="2024", size=1)))
    9
    """
    nodes = list(nodes)
    edges = edges if isinstance(edges, Table) else list(edges)
    ids = _ids([v for v, _ in nodes])
    sources, targets = _ends(edges, 0), _ends(edges, 1)
    if (not _gexf_plain(nodes, edges) or len(ids) < len(nodes)
            or any(u not in ids for u in sources) or any(v not in ids for v in targets)):
        yield _networkx_gexf(_graph(nodes, _listed(edges)), date)  # (a node twice, or made by an edge)
        return
    attrs = _GexfAttributes()

    def node_t(layout: Layout) -> tuple[str, Fields]:
        return attrs.template("node", layout)

    def edge_t(layout: Layout) -> tuple[str, Fields]:
        return attrs.template("edge", layout)

    labels = _escaped([str(d.get("label", v)) for v, d in nodes], xml_attr)
    heads = [f'id="{ids[v]}" label="{lab}"' for (v, _), lab in zip(nodes, labels)]
    datas = [d for _, d in nodes]
    for layout in _layouts(datas):  # every attribute numbered before the head lists them
        node_t(layout)
    edges = _one_layout_or_listed(edges)
    _register(edges, edge_t)
    from networkx.readwrite.gexf import GEXFWriter

    w = GEXFWriter()
    mode = 'mode="dynamic" name="" timeformat="date"' if attrs.timed else 'mode="static" name=""'
    head = ["<?xml version='1.0' encoding='utf-8'?>",
            f'<gexf xmlns="{w.NS_GEXF}" xmlns:xsi="{w.NS_XSI}" '
            f'xsi:schemaLocation="{w.SCHEMALOCATION}" version="{w.VERSION}">',
            f'  <meta lastmodifieddate="{xml_attr(date)}">',
            f"    <creator>{xml_escape(f'NetworkX {nx.__version__}')}</creator>", "  </meta>",
            f'  <graph defaultedgetype="undirected" {mode}>', *attrs.blocks()]
    yield "\n".join(head) + "\n"
    if not heads:
        yield "    <nodes />\n"
    else:
        yield "    <nodes>\n"
        for a in range(0, len(heads), size):
            yield "\n".join(_formatted(heads[a:a + size], datas[a:a + size], node_t)) + "\n"
        yield "    </nodes>\n"
    if not sources:
        yield "    <edges />\n"
    else:
        yield "    <edges>\n"
        for a in range(0, len(sources), size):
            edge_heads = [f'source="{ids[u]}" target="{ids[v]}" id="{j}"'
                          for j, (u, v) in enumerate(zip(sources[a:a + size], targets[a:a + size]), a)]
            yield "\n".join(_lines(edge_heads, _slice(edges, a, a + size), edge_t)) + "\n"
        yield "    </edges>\n"
    yield "  </graph>\n</gexf>\n"


def _networkx_gexf(G: nx.Graph, date: str) -> str:
    """networkx's own GEXF of ``G`` with ``lastmodifieddate`` set to ``date``."""
    import re

    buf = io.BytesIO()
    nx.write_gexf(G, buf)
    text = buf.getvalue().decode("utf-8")
    return re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{date}"', text, count=1)
