"""The whole job: documents -> meetings -> identities -> JSONL, Turtle, report, HTML.

``extract_corpus`` is the library function behind ``parleygraph extract`` and ``entities``;
``build_corpus`` the one behind ``parleygraph build``.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version as _pkg_version
from pathlib import Path

from parleygraph.extract.io import write_atomic, write_jsonl
from parleygraph.extract.iris import DEFAULT_BASE
from parleygraph.extract.meetings import extract_document
from parleygraph.extract.read import iter_inputs
from parleygraph.extract.records import BuildInfo, Document, Entity, Meeting, OrgRef, PersonRef, Problem

__all__ = ["CorpusResult", "extract_corpus", "build_corpus", "tool_version", "default_jobs"]


def tool_version() -> str:
    """The installed version of parleygraph."""
    try:
        return _pkg_version("parleygraph")
    except Exception:  # pragma: no cover - running from a source tree without metadata
        return "0+unknown"


@dataclass(slots=True)
class CorpusResult:
    """What a run produced, and the counts of its closing summary line."""

    meetings: list[Meeting]
    entities: list[Entity]
    documents: list[Document]
    problems: list[Problem]
    items: int
    seconds: float
    ledger: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        kinds = {k: sum(1 for e in self.entities if e.kind == k and e.meetings) for k in ("person", "organization", "country")}
        return (f"{len(self.documents)} documents, {self.items} items, {len({m.iri or m.id for m in self.meetings})} meetings "
                f"({len(self.meetings)} reports), {kinds['person']} persons, {kinds['organization']} organisations, "
                f"{kinds['country']} countries, {len(self.problems)} problems, {self.seconds:.2f} s")


def _progress(i: int, n: int | None, doc: str) -> None:
    print(f"\r[{i} documents] {doc[:60]:<60}", end="", file=sys.stderr, flush=True)


def _merge_duplicates(m: Meeting) -> Meeting:
    """One object per resolved actor in a meeting ("Mr. Berg" and "Lars Erik Berg")."""
    from dataclasses import replace

    persons: dict[str, PersonRef] = {}
    for p in m.persons:
        cur = persons.get(p.id or p.name)
        if cur is None:
            persons[p.id or p.name] = p
        else:
            persons[p.id or p.name] = replace(
                cur, mentions=tuple(dict.fromkeys(cur.mentions + p.mentions)), role=cur.role or p.role,
                affiliation=cur.affiliation or p.affiliation, rank=cur.rank or p.rank,
                part=cur.part if cur.part != "participant" else p.part)
    orgs: dict[str, OrgRef] = {}
    for o in m.organizations:
        cur = orgs.get(o.id or o.name)
        orgs[o.id or o.name] = o if cur is None else replace(
            cur, mentions=tuple(dict.fromkeys(cur.mentions + o.mentions)),
            part=cur.part if cur.part != "participant" else o.part)
    if len(persons) == len(m.persons) and len(orgs) == len(m.organizations):
        return m
    return replace(m, persons=tuple(persons.values()), organizations=tuple(orgs.values()))


def _extract_one(x: Document | Problem, trace: bool = False) -> tuple[Document | Problem, list[Meeting], int]:
    """Meetings and item count of one document; a failure becomes a Problem (one bad document
    must not lose the others)."""
    from parleygraph.extract.segment import split_items

    if isinstance(x, Problem):
        return x, [], 0
    try:
        its = split_items(x)
        return x, extract_document(x, its, trace=trace), len(its)
    except Exception as e:
        return Problem(x.doc, f"extraction failed: {type(e).__name__}: {e}"), [], 0


def default_jobs() -> int:
    """Worker processes for extraction: the CPUs this process may use, at most 8."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


def _extracted(inputs: list[str], jobs: int, trace: bool = False) -> Iterator[tuple[Document | Problem, list[Meeting], int]]:
    """``_extract_one`` over every input, in input order, in ``jobs`` processes.

    Workers are forked after the rule data and gazetteers are loaded, so each starts warm;
    results come back in input order, so the output does not depend on ``jobs``. Where fork is
    not available, documents are extracted in this process.
    """
    docs = iter_inputs(inputs)
    one = functools.partial(_extract_one, trace=trace)
    if jobs <= 1 or "fork" not in mp.get_all_start_methods():
        yield from map(one, docs)
        return
    extract_document(Document(doc="warm-up.txt", text="Officials met in Vienna on 1 May 2020."))
    with mp.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(one, docs, chunksize=4)


def extract_corpus(inputs: list[str], *, base: str = DEFAULT_BASE, ledger: str | None = None,
                   overrides: str | None = None, progress: bool = False,
                   jobs: int | None = None, trace: bool = False) -> CorpusResult:
    """Read, extract and resolve a corpus; problems are reported on stderr and skipped.

    Documents are extracted in ``jobs`` worker processes (default: :func:`default_jobs`; 1 runs
    everything in this process); identity resolution then runs over the whole corpus at once.
    Meeting records are kept, documents' texts are dropped once extracted (memory grows
    with the records only). ``trace`` keeps on each record which strategy decided its fields.
    """
    from parleygraph.extract.resolve import resolve
    from parleygraph.extract.ledger import read_ledger, read_overrides

    t0 = time.perf_counter()
    meetings: list[Meeting] = []
    docs: list[Document] = []
    problems: list[Problem] = []
    items = 0
    for n, (x, found, n_items) in enumerate(_extracted(inputs, jobs or default_jobs(), trace), 1):
        if isinstance(x, Problem):
            problems.append(x)
            print(f"parleygraph: {x.doc}: {x.reason}", file=sys.stderr)
            continue
        items += n_items
        meetings.extend(found)
        docs.append(Document(doc=x.doc, text=x.text if progress is not None else "", source=x.source,
                             published=x.published, url=x.url, title=x.title, kind=x.kind, sha256=x.sha256))
        if progress and n % 25 == 0:
            _progress(n, None, x.doc)
    if progress and len(docs) >= 25:
        print(file=sys.stderr)
    res = resolve(meetings, base=base, ledger=read_ledger(ledger) if ledger else None,
                  overrides=read_overrides(overrides) if overrides else None)
    return CorpusResult(meetings=[_merge_duplicates(m) for m in res.meetings], entities=list(res.entities), documents=docs,
                        problems=problems, items=items, seconds=time.perf_counter() - t0,
                        ledger=list(res.ledger))


def build_corpus(inputs: list[str], out: Path, *, base: str = DEFAULT_BASE, ledger: str | None = None,
                 overrides: str | None = None, validate: bool = True, reproducible: bool = False,
                 progress: bool = False, jobs: int | None = None) -> CorpusResult:
    """Run the whole job into ``out``: meetings.jsonl, entities.jsonl, texts/, graph.ttl,
    graph.nt, report files, graph.html and ontology.html. Every file is written atomically."""
    from parleygraph.extract.ledger import write_ledger
    from parleygraph.graph.rdf import build_turtle, to_ntriples, validate_turtle
    from parleygraph.graph.ontology_doc import ontology_html
    from parleygraph.graph.render import write_html
    from parleygraph.graph.report import write_report

    t0 = time.perf_counter()
    result = extract_corpus(inputs, base=base, ledger=ledger, overrides=overrides, progress=progress,
                            jobs=jobs)
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "meetings.jsonl", result.meetings)
    write_jsonl(out / "entities.jsonl", result.entities)
    for d in result.documents:
        if d.kind != "txt":
            write_atomic(out / "texts" / (d.doc.replace("#", "__") + ".txt"), d.text)
    when = "1970-01-01T00:00:00Z" if reproducible else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    info = BuildInfo(version=tool_version(), time=when,
                     inputs=tuple(sorted((d.doc, d.sha256) for d in result.documents)), base_iri=base)
    ttl = build_turtle(result.meetings, result.entities, info)
    if validate:
        validate_turtle(ttl)
    write_atomic(out / "graph.ttl", ttl)
    write_atomic(out / "graph.nt", to_ntriples(ttl))
    centrality = write_report(result.meetings, result.entities, out)
    write_html(result.meetings, result.entities, out / "graph.html", centrality=centrality)
    write_atomic(out / "ontology.html", ontology_html())  # the data model, linked from graph.html
    if ledger:
        write_ledger(ledger, result.ledger)
    result.seconds = time.perf_counter() - t0
    return result
