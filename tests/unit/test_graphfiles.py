"""GraphML and GEXF written line by line have networkx's bytes: odd graphs, the sample report's
graphs, and nodes or edges given as columns (:class:`Table`)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pytest

from parleygraph.graph import centrality as C
from parleygraph.graph.graphfiles import Table, _escaped, gexf_text, graphml_text, xml_attr
from parleygraph.graph.network import bipartite_graph, coparticipation_graph
from parleygraph.graph.report import load_records

DATA = Path(__file__).resolve().parents[1] / "data"

ODD = [
    ([], []),
    ([("lonely", {})], []),
    ([("a&b <c>", {"label": 'Çengel "Q" & co\n\tx', "on": True, "n": 0, "type": "t"}),
      ("ü", {"label": "", "x": 1.5, "f": float("nan"), "g": float("-inf")})],
     [("a&b <c>", "ü", {"first": "2024-01-01", "w2": 2, "start": "2024-01-01"}), ("ü", "ü", {})]),
    ([(1, {"n": 1}), (2, {"n": 2.0}), (3, {"n": "two"})], [(1, 2, {}), (2, 3, {"w": None})]),
    ([(1, {"start": "2020"}), (2, {"end": "2021", "k": 1})], [(1, 2, {"weight": 3})]),
    ([(1, {"viz": {"size": 1}})], []),
    ([(1, {})], [(1, 5, {})]),
    ([("a", {"x": "NUL\x00inside", "y": "{braces}"}), ("b", {"x": "", "y": "}{"})],
     [("a", "b", {"z": "{0}", "start": "2024", "end": "2025"})]),
]


def _graph(nodes: list, edges: list) -> nx.Graph:
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    return G


def _networkx_gexf(G: nx.Graph, date: str) -> str:
    buf = io.BytesIO()
    nx.write_gexf(G, buf)
    text = buf.getvalue().decode("utf-8")
    return re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{date}"', text, count=1)


def _networkx_graphml(G: nx.Graph) -> str:
    return "\n".join(nx.generate_graphml(G)) + "\n"


@pytest.mark.parametrize("nodes, edges", ODD)
def test_gexf_text_has_the_bytes_of_networkx_on_odd_graphs(nodes: list, edges: list) -> None:
    """Escaping, special floats, booleans, a self-loop, times on nodes and edges, a node made
    by an edge, a key networkx treats apart (``viz``, ``weight``), a value it cannot write."""
    try:
        G = _graph(nodes, edges)
        want = _networkx_gexf(G, "2000-01-01")
    except Exception as e:  # noqa: BLE001 - the same exception is expected from ours
        with pytest.raises(type(e)):
            gexf_text(nodes, edges, date="2000-01-01")
        return
    assert gexf_text(list(G.nodes(data=True)), list(G.edges(data=True)), date="2000-01-01") == want


@pytest.mark.parametrize("nodes, edges", ODD)
def test_graphml_text_from_columns_has_the_bytes_of_networkx(nodes: list, edges: list) -> None:
    G = _graph(nodes, edges)
    try:
        want = _networkx_graphml(G)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(type(e)):
            graphml_text(list(G.nodes(data=True)), list(G.edges(data=True)))
        return
    node_list, edge_list = list(G.nodes(data=True)), list(G.edges(data=True))
    assert graphml_text(node_list, edge_list) == want
    names = {k for _, d in node_list for k in d}
    if all(set(d) == names and list(d) == list(node_list[0][1]) for _, d in node_list):
        table = Table(([v for v, _ in node_list],), {k: [d[k] for _, d in node_list]
                                                      for k in (node_list[0][1] if node_list else {})})
        assert graphml_text(table, edge_list) == want


def test_graphml_and_gexf_of_the_sample_report_graphs() -> None:
    ms, es = load_records(DATA / "sample_meetings.jsonl", DATA / "sample_entities.jsonl")
    G = coparticipation_graph(ms, es)
    measures = C.centralities(G)
    nodes = [(v, {**d, **measures[v]}) for v, d in G.nodes(data=True)]
    edges = list(G.edges(data=True))
    want = _networkx_graphml(_graph(nodes, edges))
    assert graphml_text(nodes, edges) == want
    names = list(edges[0][2])
    columns = Table(([u for u, _, _ in edges], [v for _, v, _ in edges]),
                    {k: [d[k] for _, _, d in edges] for k in names})
    assert graphml_text(nodes, columns) == want
    B = bipartite_graph(ms, es)
    assert gexf_text(list(B.nodes(data=True)), list(B.edges(data=True)), date="2024-01-01") == \
        _networkx_gexf(B, "2024-01-01")


def test_gexf_edges_as_columns_or_as_tuples_give_the_same_text() -> None:
    nodes = [(f"n{i}", {"label": f"N{i}", "kind": "x" if i % 2 else "y", "n": i}) for i in range(6)]
    edges = [(f"n{i}", f"n{i + 1}", {"part": "p", "date": "2024", "start": "2024-01-01",
                                      "end": "2024-12-31"}) for i in range(5)]
    table = Table(([u for u, _, _ in edges], [v for _, v, _ in edges]),
                  {k: [d[k] for _, _, d in edges] for k in ("part", "date", "start", "end")})
    want = _networkx_gexf(_graph(nodes, edges), "2024-12-31")
    assert gexf_text(nodes, edges, date="2024-12-31") == want
    assert gexf_text(nodes, table, date="2024-12-31") == want
    from parleygraph.graph.graphfiles import gexf_chunks

    mixed = Table(table.ends, {**table.data, "part": ["p", 1, "p", 2, "p"]})
    for t in (table, mixed):  # one layout, and a column of two types (written edge by edge)
        assert "".join(gexf_chunks(nodes, t, date="2024-12-31", size=2)) == gexf_text(nodes, t, date="2024-12-31")


def test_graphml_table_with_a_column_of_two_types_is_written_element_by_element() -> None:
    table = Table((["a", "b"],), {"n": [1, "one"]})
    assert graphml_text(table, []) == _networkx_graphml(_graph(table.elements(), []))


def test_escaped_joins_only_texts_without_nul() -> None:
    assert _escaped(['"a"', "b\tc"], xml_attr) == ["&quot;a&quot;", "b&#09;c"]
    assert _escaped(["x\x00y", "<"], xml_attr) == ["x\x00y", "&lt;"]
    assert _escaped([], xml_attr) == []


def test_graphml_in_slices_is_the_whole_text() -> None:
    """The report writes GraphML a slice at a time: the pieces join to the same text, mixed
    layouts and columns of one layout alike, whatever the slice size."""
    from parleygraph.graph.graphfiles import Table, graphml_chunks, graphml_text

    nodes = [("a", {"n": 1}), ("b", {"n": "x"}), ("c", {}), ("d", {"n": 2})]
    edges = [("a", "b", {"w": 0.5}), ("b", "c", {"w": 1}), ("c", "d", {})]
    table = Table((["a", "b", "c"], ["b", "c", "d"]), {"w": [0.5, 1.0, 2.0], "t": ["é", "", "<x>"]})
    for size in (1, 2, 3, 50_000):
        assert "".join(graphml_chunks(nodes, edges, size=size)) == graphml_text(nodes, edges)
        assert "".join(graphml_chunks(Table((["a", "b", "c", "d"],), {"n": [1, 2, 3, 4]}), table, size=size)) \
            == graphml_text(Table((["a", "b", "c", "d"],), {"n": [1, 2, 3, 4]}), table.elements())


@pytest.mark.parametrize("nodes, edges", ODD)
def test_gexf_in_pieces_is_the_whole_text(nodes: list, edges: list) -> None:
    """gexf_chunks a node or an edge at a time gives gexf_text's bytes (attributes numbered
    from every layout before the first piece)."""
    from parleygraph.graph.graphfiles import gexf_chunks

    try:
        whole = gexf_text(nodes, edges, date="2000-01-01")
    except Exception:  # noqa: BLE001 - a value networkx cannot write fails both ways
        with pytest.raises(Exception):  # noqa: B017
            "".join(gexf_chunks(nodes, edges, date="2000-01-01", size=1))
        return
    for size in (1, 2, 3):
        assert "".join(gexf_chunks(nodes, edges, date="2000-01-01", size=size)) == whole
