"""The whole job: documents -> meetings -> identities -> JSONL, Turtle, report, HTML.

``extract_corpus`` is the library function behind ``parleygraph extract`` and ``entities``;
``build_corpus`` the one behind ``parleygraph build``.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing as mp
import os
import shutil
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version as _pkg_version
from pathlib import Path
from typing import Any

from parleygraph.extract.io import dumps_line, write_atomic
from parleygraph.extract.iris import DEFAULT_BASE
from parleygraph.extract.meetings import extract_document
from parleygraph.extract.read import DEFAULT_MAX_DOC_BYTES, iter_inputs, printable
from parleygraph.extract.records import BuildInfo, Document, Entity, Meeting, OrgRef, PersonRef, Problem, shared

__all__ = ["CorpusResult", "Prior", "STATE", "extract_corpus", "build_corpus", "keep_ledger_iris", "read_prior",
           "tool_version", "default_jobs", "compact_records"]


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
    stages: list[tuple[str, float]] = field(default_factory=list)

    def summary(self) -> str:
        kinds = {k: sum(1 for e in self.entities if e.kind == k and e.meetings) for k in ("person", "organization", "country")}
        return (f"{len(self.documents)} documents, {self.items} items, {len({m.iri or m.id for m in self.meetings})} meetings "
                f"({len(self.meetings)} reports), {kinds['person']} persons, {kinds['organization']} organisations, "
                f"{kinds['country']} countries, {self.skipped} problems, "
                + (f"{len(self.problems) - self.skipped} warnings, " if len(self.problems) > self.skipped else "")
                + f"{self.seconds:.2f} s")

    @property
    def skipped(self) -> int:
        """How many inputs were skipped (problems that are not mere warnings)."""
        return sum(1 for p in self.problems if p.skipped)


def _merge_duplicates(m: Meeting) -> Meeting:
    """One object per resolved actor in a meeting ("Mr. Berg" and "Lars Erik Berg"), the two
    references merged by :func:`~parleygraph.extract.records.merge_ref`."""
    from dataclasses import replace

    from parleygraph.extract.records import merge_ref

    persons: dict[str, PersonRef] = {}
    for p in m.persons:
        cur = persons.get(p.id or p.name)
        persons[p.id or p.name] = p if cur is None else merge_ref(cur, p)
    orgs: dict[str, OrgRef] = {}
    for o in m.organizations:
        cur = orgs.get(o.id or o.name)
        orgs[o.id or o.name] = o if cur is None else merge_ref(cur, o)
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


DEFAULT_DOC_TIMEOUT = 300.0
"""Seconds one document may take to extract (``--doc-timeout``) before it is stopped and skipped."""


@dataclass(frozen=True, slots=True)
class Budget:
    """What one document may cost: ``max_bytes`` of text (``None``: no limit) and ``seconds``
    of extraction (``None``: no limit; then ``jobs=1`` extracts in this process).

    >>> Budget().seconds
    300.0
    """

    max_bytes: int | None = DEFAULT_MAX_DOC_BYTES
    seconds: float | None = DEFAULT_DOC_TIMEOUT


def _worker_main(conn: Any, trace: bool = False) -> None:
    """A forked extraction worker: documents in, ``_extract_one`` results out, until ``None``."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    try:  # die with the parent, even if it is killed with SIGKILL
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # pragma: no cover - not Linux
        pass
    while True:
        try:
            x = conn.recv()
        except (EOFError, OSError):
            return
        if x is None:
            return
        try:
            conn.send(_extract_one(x, trace))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    """One forked extraction process and the document it is working on."""

    def __init__(self, ctx: Any, trace: bool = False) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, trace), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple[int, Document] | None = None
        self.deadline = 0.0

    def give(self, index: int, doc: Document, seconds: float | None) -> None:
        self.task = (index, doc)
        self.deadline = time.monotonic() + seconds if seconds else float("inf")
        self.conn.send(doc)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=2)
        self.kill()


def _died(doc: Document, proc: Any) -> Problem:
    code = proc.exitcode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    hint = "; it may need more memory than this machine allows" if code in (-9, 1) else ""
    return Problem(doc.doc, f"the extraction process died ({how}){hint}; skipped")


def _supervised(items: Iterator[Document | Problem], jobs: int, seconds: float | None, trace: bool = False
                ) -> Iterator[tuple[Document | Problem, list[Meeting], int]]:
    """``_extract_one`` over ``items`` in ``jobs`` worker processes, results in input order.

    A document still running after ``seconds`` is stopped (its process killed and replaced)
    and comes back as a :class:`Problem`; so does one whose process dies (out of memory).
    At most a few documents per worker are read ahead of the first unfinished one.
    """
    from multiprocessing.connection import wait

    extract_document(Document(doc="warm-up.txt", text="Officials met in Vienna on 1 May 2020."))
    ctx = mp.get_context("fork")
    workers: list[_Worker] = []
    todo: deque[tuple[int, Document]] = deque()
    done: dict[int, tuple[Document | Problem, list[Meeting], int]] = {}
    n_in = n_out = 0
    exhausted = False
    try:
        while True:
            while not exhausted and n_in - n_out < 4 * jobs:
                x = next(items, None)
                if x is None:
                    exhausted = True
                    break
                if isinstance(x, Problem):
                    done[n_in] = (x, [], 0)
                else:
                    todo.append((n_in, x))
                n_in += 1
            for w in workers:
                if w.task is None and todo:
                    w.give(*todo.popleft(), seconds)
            while todo and len(workers) < jobs:
                workers.append(_Worker(ctx, trace))
                workers[-1].give(*todo.popleft(), seconds)
            while n_out in done:
                yield done.pop(n_out)
                n_out += 1
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if exhausted and n_out == n_in:
                    return
                continue
            left = min(w.deadline for w in busy) - time.monotonic()
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy],
                         timeout=None if left == float("inf") else max(0.0, left))
            for w in busy:
                index, doc = w.task  # type: ignore[misc]
                if w.conn in ready or w.proc.sentinel in ready:
                    try:
                        done[index] = w.conn.recv()
                        w.task = None
                        continue
                    except (EOFError, OSError):
                        w.kill()
                        done[index] = (_died(doc, w.proc), [], 0)
                elif time.monotonic() >= w.deadline:
                    w.kill()
                    done[index] = (Problem(doc.doc, f"extraction took longer than {seconds:g} s "
                                                    "(--doc-timeout); stopped and skipped"), [], 0)
                else:
                    continue
                workers[workers.index(w)] = _Worker(ctx, trace)
    finally:
        for w in workers:
            w.stop() if w.task is None else w.kill()


def _extracted(inputs: list[str], jobs: int, budget: Budget = Budget(),
               exclude: tuple[str, ...] = (), trace: bool = False, admit: Any = None
               ) -> Iterator[tuple[Document | Problem, list[Meeting], int]]:
    """``_extract_one`` over every input, in input order, in ``jobs`` processes.

    Workers are forked after the rule data and gazetteers are loaded, so each starts warm;
    results come back in input order, so the output does not depend on ``jobs``. With a time
    budget documents are always extracted in worker processes (``jobs=1``: one), so that a
    runaway document can be stopped; without one and with ``jobs=1``, or where fork is not
    available, they are extracted in this process.
    """
    docs: Iterator[Document | Problem] = iter_inputs(inputs, max_bytes=budget.max_bytes, exclude=exclude)
    if admit is not None:  # --update: only what the earlier build has not seen
        docs = (y for x in docs for y in admit(x))
    if "fork" not in mp.get_all_start_methods() or (jobs <= 1 and budget.seconds is None):
        yield from map(functools.partial(_extract_one, trace=trace), docs)
        return
    yield from _supervised(docs, jobs, budget.seconds, trace)


def _report(p: Problem, stages: Any = None) -> None:
    """One line on stderr per problem (skipped document) or warning."""
    what = "" if p.skipped else "warning: "
    line = f"parleygraph: {what}{printable(p.doc, 200)}: {p.reason}"
    if stages is not None:
        stages.write(line)
    else:
        print(line, file=sys.stderr)


@dataclass(slots=True)
class Prior:
    """What an earlier build extracted (``--update``): its documents (without their texts), their
    meeting records as extracted (before resolution), in input order, and its identity ledger."""

    documents: list[Document]
    meetings: list[Meeting]
    ledger: list[dict]
    items: int = 0


DocumentSink = Any
"""Called with each extracted document (text included), its meetings and item count."""


def _admitted(prior: Prior | None) -> Any:
    """A filter of new documents against an earlier build: a document whose text was seen
    (content hash) is dropped; one whose id an earlier document holds is renamed ``~2`` as
    :func:`~parleygraph.extract.read.iter_inputs` renames a second document of one id."""
    if prior is None:
        return None
    from parleygraph.extract.read import _Names

    names = _Names()
    for d in prior.documents:
        for _ in names.admit(d):
            pass
    seen = {d.sha256 for d in prior.documents}

    def admit(x: Document | Problem) -> Iterator[Document | Problem]:
        if isinstance(x, Problem):
            yield x
        elif x.sha256 not in seen:
            seen.add(x.sha256)
            yield from names.admit(x)
    return admit


def extract_corpus(inputs: list[str], *, base: str = DEFAULT_BASE, ledger: str | None = None,
                   overrides: str | None = None, progress: bool = False,
                   jobs: int | None = None, budget: Budget = Budget(),
                   exclude: tuple[str, ...] = (), trace: bool = False,
                   prior: Prior | None = None, sink: DocumentSink = None,
                   stages: Any = None, extracted: Any = None) -> CorpusResult:
    """Read, extract and resolve a corpus; problems are reported on stderr and skipped.

    Documents are extracted in ``jobs`` worker processes (default: :func:`default_jobs`) and
    kept without their texts (``sink``, if given, sees each text once, to write it out);
    identity resolution then runs over the meeting records of the whole corpus at once. ``budget`` bounds what one
    document may cost (size, seconds); a document over it is a problem, never a failed run.
    Paths in ``exclude`` are not read. The base IRI, the ledger and the overrides are checked
    before any document is read; an override that matches nothing is a warning naming its line.
    ``trace`` keeps on each record which strategy decided its fields. With ``prior`` (an
    earlier build's extraction) only documents whose text it has not seen are extracted, and
    its records and ledger are resolved together with the new ones. ``extracted`` replaces the
    extraction on this machine (:meth:`parleygraph.graph.cluster.Cluster.extractor`: the same
    stream from the workers of a cluster).
    """
    from dataclasses import replace

    from parleygraph.extract.iris import check_base_iri
    from parleygraph.extract.ledger import read_ledger, read_overrides
    from parleygraph.extract.resolve import resolve
    from parleygraph.graph.progress import Stages, count_documents

    t0 = time.perf_counter()
    check_base_iri(base)
    ledger_rows = read_ledger(ledger) if ledger else (prior.ledger if prior is not None else None)
    ov = read_overrides(overrides) if overrides else None
    st = stages if stages is not None else Stages(show=progress)
    meetings: list[Meeting] = list(prior.meetings) if prior is not None else []
    pool: dict[Any, Any] = {}
    docs: list[Document] = list(prior.documents) if prior is not None else []
    problems: list[Problem] = []
    items = prior.items if prior is not None else 0
    total = count_documents(inputs) if st.tty else None
    with st.stage("extract", total=total, unit="documents") as tick:
        for x, found, n_items in (extracted or _extracted)(inputs, jobs or default_jobs(), budget, exclude, trace,
                                                          admit=_admitted(prior)):
            tick(1)
            if isinstance(x, Problem):
                problems.append(x)
                _report(x, st)
                continue
            if sink is not None:
                sink(x, found, n_items)
            items += n_items
            meetings.extend(shared(m, pool) for m in found)
            docs.append(replace(x, text=""))
    pool.clear()  # the records hold what they share; the index of it is not needed through resolution
    with st.stage("resolve", unit="meetings") as tick:
        res = resolve(meetings, base=base, ledger=ledger_rows, overrides=ov)
        tick(len(res.meetings))
    entities, ledger_out = list(res.entities), list(res.ledger)
    if ledger_rows:
        entities, ledger_out = keep_ledger_iris(entities, ledger_out, ledger_rows)
    if ov is not None and overrides:
        from parleygraph.extract.ledger import unmatched_overrides

        for line in unmatched_overrides(overrides, ov, meetings, res, base=base):
            print(f"parleygraph: warning: {line}", file=sys.stderr)
    return CorpusResult(meetings=[_merge_duplicates(m) for m in res.meetings], entities=entities, documents=docs,
                        problems=problems, items=items, seconds=time.perf_counter() - t0,
                        ledger=ledger_out)


def keep_ledger_iris(entities: list[Entity], ledger: list[dict], before: list[dict]) -> tuple[list[Entity], list[dict]]:
    """Every IRI a ledger held stays in the graph. An active row of ``before`` whose IRI is
    neither an entity's nor a ``same_as`` of one any more (its references joined a cluster that
    took another IRI: "T. Zhaksylykov" of the first build became part of "T.B. Zhaksylykov" when
    that name came) becomes a ``same_as`` (``owl:sameAs``) of the entity that now holds one of
    its aliases, and its row is retired into that entity.

    >>> e = Entity(id="x/person/t-b-z", kind="person", name="T.B. Z", aliases=("T. Z",))
    >>> ents, led = keep_ledger_iris([e], [], [{"iri": "x/person/t-z", "kind": "person", "aliases": ["T. Z"]}])
    >>> ents[0].same_as
    ('x/person/t-z',)
    """
    from dataclasses import replace

    kept = {e.id for e in entities} | {s for e in entities for s in e.same_as}
    holder: dict[tuple[str, str], str] = {}
    for e in entities:
        for name in (e.name, *e.aliases):
            holder.setdefault((e.kind, name.casefold()), e.id)
    ids = {e.id for e in entities}
    for r in ledger:  # the keys and aliases the resolver recorded for each entity it kept
        if r.get("status", "active") == "active" and r.get("iri") in ids:
            for name in (r.get("key") or "", *(r.get("aliases") or ())):
                holder.setdefault((r["kind"], name.casefold()), r["iri"])
    survivor = {r["iri"]: r.get("same_as") for r in before if r.get("status") == "retired"}
    adds: dict[str, list[str]] = {}
    for row in before:
        if row["iri"] in kept or row.get("kind") == "meeting":
            continue
        if row.get("status") == "retired":  # retired by an earlier update: its survivor keeps it
            target, hops = row.get("same_as"), 0
            while target in survivor and hops < 100:
                target, hops = survivor[target], hops + 1
            target = target if target in ids else None
        else:
            target = next((holder[(row["kind"], a.casefold())] for a in (row.get("key") or "", *(row.get("aliases") or ()))
                           if (row["kind"], a.casefold()) in holder), None)
        if target is not None and target != row["iri"]:
            adds.setdefault(target, []).append(row["iri"])
    if not adds:
        return entities, ledger
    entities = [replace(e, same_as=tuple(dict.fromkeys((*e.same_as, *adds[e.id])))) if e.id in adds else e
                for e in entities]
    retired = {iri: target for target, iris in adds.items() for iri in iris}
    ledger = [{**r, "status": "retired", "same_as": retired[r["iri"]]} if r.get("iri") in retired else r for r in ledger]
    return entities, ledger


STATE = ".parleygraph"
"""The folder of an output folder that holds what ``--update`` needs: ``documents.jsonl`` (each
document's id, hash, kind and item count), ``extracted.jsonl`` (the meeting records as
extracted, before resolution, in input order) and ``ledger.jsonl`` (the identity ledger)."""


def read_prior(out: Path) -> Prior:
    """The extraction of the build in ``out``, for ``--update``.

    An output folder without it (written before this version, or not a build) is an
    :class:`~parleygraph.extract.errors.InputError` saying so.
    """
    from parleygraph.extract.errors import InputError
    from parleygraph.extract.io import iter_jsonl
    from parleygraph.extract.ledger import read_ledger
    from parleygraph.extract.records import meeting_from_dict, shared

    state = out / STATE
    if not (state / "documents.jsonl").is_file() or not (state / "extracted.jsonl").is_file():
        raise InputError(f"{out}: no earlier build to update here ({STATE}/ is missing); run a full build first")
    documents: list[Document] = []
    items = 0
    for row in iter_jsonl(state / "documents.jsonl"):
        documents.append(Document(doc=row["doc"], text="", source=row.get("source", ""), kind=row["kind"],
                                  sha256=row["sha256"], published=row.get("published"), url=row.get("url"),
                                  title=row.get("title")))
        items += int(row.get("items", 0))
    pool: dict[Any, Any] = {}
    meetings = [shared(meeting_from_dict(r), pool) for r in iter_jsonl(state / "extracted.jsonl")]
    return Prior(documents=documents, meetings=meetings, ledger=read_ledger(state / "ledger.jsonl"), items=items)


class _Spool:
    """Writes each document as it is extracted: its text under ``texts/`` (HTML and JSONL
    inputs; a ``.txt`` is its own source), its record in ``documents.jsonl`` and its meetings
    as extracted in ``extracted.jsonl``; keeps only the names of the texts."""

    def __init__(self, stage: Path, prior_out: Path | None, prior: Prior | None,
                 place_text: Any = None) -> None:
        from parleygraph.extract.io import text_file_name

        self.stage = stage
        self.place_text = place_text or _write_text
        self.name_of = text_file_name
        self.texts: dict[str, tuple[str, str]] = {}  # file name -> (doc, sha256)
        self.taken: set[str] = set()
        (stage / STATE).mkdir(parents=True, exist_ok=True)
        self.docs = open(stage / STATE / "documents.jsonl", "w", encoding="utf-8")
        self.records = open(stage / STATE / "extracted.jsonl", "w", encoding="utf-8", buffering=1 << 20)
        if prior is not None and prior_out is not None:
            self._carry(prior_out, prior)

    def _carry(self, prior_out: Path, prior: Prior) -> None:
        """The earlier build's texts (hard links), document records and extracted meetings."""
        for d in prior.documents:
            name = self._name(d)
            if name is not None:
                src, dst = prior_out / "texts" / name, self.stage / "texts" / name
                dst.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(src, dst)
                except OSError:
                    shutil.copyfile(src, dst)
        with open(prior_out / STATE / "documents.jsonl", encoding="utf-8") as f:
            shutil.copyfileobj(f, self.docs)
        with open(prior_out / STATE / "extracted.jsonl", encoding="utf-8") as f:
            shutil.copyfileobj(f, self.records)

    def _name(self, d: Document) -> str | None:
        """The file under ``texts/`` of a document: never two documents in one file, even on a
        file system that ignores case."""
        if d.kind == "txt":
            return None
        name = self.name_of(d.doc)
        if name.casefold() in self.taken:
            name = self.name_of(d.doc + "\x00")  # never safe: a digest name
        self.taken.add(name.casefold())
        self.texts[name] = (d.doc, d.sha256)
        return name

    def __call__(self, d: Document, found: list[Meeting], n_items: int) -> None:
        name = self._name(d)
        if name is not None:
            self.place_text(d, self.stage / "texts" / name)
        row = {"doc": d.doc, "sha256": d.sha256, "kind": d.kind, "source": _encodable(d.source), "items": n_items,
               "published": _encodable(d.published), "url": _encodable(d.url), "title": _encodable(d.title)}
        with naming(self.stage / STATE / "documents.jsonl"):
            self.docs.write(dumps_line(row) + "\n")
        with naming(self.stage / STATE / "extracted.jsonl"):
            self.records.writelines(dumps_line(m.to_dict()) + "\n" for m in found)

    def close(self) -> None:
        with naming(self.stage / STATE / "documents.jsonl"):
            self.docs.close()
        with naming(self.stage / STATE / "extracted.jsonl"):
            self.records.close()
        if self.texts:
            index = sorted(self.texts.items(), key=lambda kv: kv[1][0])
            _write_lines(self.stage / "texts" / "index.jsonl",
                         ({"doc": doc, "file": f"texts/{name}", "sha256": sha} for name, (doc, sha) in index))


def _write_text(d: Document, path: Path) -> None:
    """Write the text of a document to ``path`` (under ``texts/``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with naming(path):
        path.write_bytes(d.text.encode("utf-8"))


def _encodable(text: str | None) -> str | None:
    """A string that UTF-8 can hold: a file name's undecodable bytes (lone surrogates) as U+FFFD.

    >>> _encodable("bad" + chr(0xDCFF)) == "bad" + chr(0xFFFD)
    True
    """
    if text is None:
        return None
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """An ``OSError`` without a file name (a write to an open file: EFBIG, ENOSPC) gets
    ``path``, so the error the user sees names the file."""
    try:
        yield
    except OSError as e:
        if e.filename is None:
            raise OSError(e.errno, e.strerror, str(path)) from None
        raise


def _write_lines(path: Path, rows: Iterable[Any]) -> None:
    """JSON lines (dicts or records with ``to_dict``) written one at a time, then renamed into
    place (the bytes of :func:`~parleygraph.extract.io.write_jsonl`, without the whole file
    in memory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with naming(path), open(tmp, "w", encoding="utf-8", buffering=1 << 20) as f:
        for r in rows:
            f.write(dumps_line(r.to_dict() if hasattr(r, "to_dict") else r) + "\n")
    os.replace(tmp, path)


def compact_records(result: CorpusResult, out: Path) -> None:
    """The corpus's records read back from the ``meetings.jsonl`` and ``entities.jsonl`` just
    written into ``out``, the ones resolution made dropped first: made among resolution's
    garbage, they kept its heap from going back to the system through every later stage; read
    back, they sit together and share their parts (:func:`~parleygraph.graph.report.load_records`).
    Same values, same order."""
    from parleygraph.graph.progress import give_back_memory
    from parleygraph.graph.report import load_records

    result.meetings, result.entities = [], []
    gc.collect()
    give_back_memory()
    result.meetings, result.entities = load_records(out / "meetings.jsonl", out / "entities.jsonl")


def build_corpus(inputs: list[str], out: Path, *, base: str = DEFAULT_BASE, ledger: str | None = None,
                 overrides: str | None = None, validate: bool = True, reproducible: bool = False,
                 progress: bool = False, jobs: int | None = None,
                 budget: Budget = Budget(), update: bool = False, scheduler: str | None = None,
                 partition_bytes: int | None = None) -> CorpusResult:
    """Run the whole job into ``out``: meetings.jsonl, entities.jsonl, texts/, graph.ttl,
    graph.nt, the store graph.oxigraph/, report files, graph.html and ontology.html.

    All or nothing (:mod:`parleygraph.graph.outdir`): the files are written into a staging
    folder beside ``out`` and swapped in at the end, so ``out`` holds the earlier build whole
    until then, and files a user put there are kept. A second build into the same folder
    meanwhile is refused. ``out`` and the base IRI are checked before anything is read.

    Streaming: each document's text is written as it is extracted and not kept; the graph is
    sorted on disk (:func:`~parleygraph.graph.rdf.write_graph`), bulk-loaded into the store and
    validated there (:mod:`parleygraph.graph.shacl`). Memory grows with meetings and actors,
    not with the text.

    ``update``: add ``inputs`` to the build already in ``out``: only documents whose text it
    has not seen are extracted; their records are resolved with the earlier ones against its
    ledger (so every IRI it minted is kept), and every file is written anew. The result is
    the full build of the union with that ledger.

    ``scheduler``: run extraction and the graph on a Dask cluster (:mod:`parleygraph.graph.cluster`:
    the address of a running scheduler, or ``local:N``), in partitions of ``partition_bytes``
    of input (default: about four per worker); the output has the same bytes.
    """
    from parleygraph.extract.iris import check_base_iri
    from parleygraph.extract.ledger import write_ledger
    from parleygraph.graph.ontology_doc import ontology_html
    from parleygraph.graph.outdir import build_lock, check_out, own_paths, recover, staged_output
    from parleygraph.graph.progress import Stages
    from parleygraph.graph.rdf import write_graph
    from parleygraph.graph.render import write_html
    from parleygraph.graph.report import write_report
    from parleygraph.graph.store import STORE_DIR, write_store

    t0 = time.perf_counter()
    check_base_iri(base)
    real = check_out(out)
    stages = Stages(show=progress)
    with ExitStack() as stack:
        cluster = None
        # the cluster serves extraction and the graph's shards; it is let go before the central
        # stages (a LocalCluster's scheduler runs in this process and would share its CPU)
        cluster_scope = stack.enter_context(ExitStack())
        if scheduler is not None:
            from parleygraph.graph.cluster import connect

            cluster = cluster_scope.enter_context(connect(scheduler, show=stages.write, partition=partition_bytes))
        stack.enter_context(build_lock(real, str(out)))
        recover(real)
        prior = read_prior(real) if update else None
        stage = stack.enter_context(staged_output(real, str(out)))
        scratch = stage / STATE / "cluster"
        moves: list[tuple[Path, Path]] = []
        spool = _Spool(stage, real if update else None, prior,
                       place_text=None if cluster is None else lambda d, path: moves.append((cluster.text_of.pop(d.doc), path)))
        try:
            result = extract_corpus(inputs, base=base, ledger=ledger, overrides=overrides,
                                    progress=progress, jobs=jobs, budget=budget,
                                    exclude=tuple(map(str, own_paths(real))), prior=prior,
                                    sink=spool, stages=stages,
                                    extracted=None if cluster is None else cluster.extractor(scratch))
            if cluster is not None:
                cluster.move_texts(moves)
        finally:
            spool.close()
        prior = None  # the earlier build's records are in result now; these would outlive every stage
        when = "1970-01-01T00:00:00Z" if reproducible else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        info = BuildInfo(version=tool_version(), time=when,
                         inputs=tuple(sorted((d.doc, d.sha256) for d in result.documents)), base_iri=base)
        with stages.stage("records", unit="meetings") as tick:
            _write_lines(stage / "meetings.jsonl", result.meetings)
            _write_lines(stage / "entities.jsonl", result.entities)
            write_ledger(stage / STATE / "ledger.jsonl", result.ledger)
            tick(len(result.meetings))
            compact_records(result, stage)
        with stages.stage("rdf", unit="triples") as tick:
            written = [0]

            def advance(k: int) -> None:
                tick(k - written[0])
                written[0] = k

            if cluster is None:
                n = write_graph(result.meetings, result.entities, info, stage / "graph.ttl", stage / "graph.nt",
                                progress=advance)
            else:
                n = cluster.write_graph(result.meetings, result.entities, info, stage / "graph.ttl",
                                        stage / "graph.nt", scratch=scratch, progress=advance)
                shutil.rmtree(scratch, ignore_errors=True)
        cluster_scope.close()
        with stages.stage("store", unit="triples") as tick:
            tick(write_store(stage / "graph.nt", stage / "graph.ttl", stage / STORE_DIR))
        if validate:
            with stages.stage("validate", unit="triples") as tick:
                from parleygraph.graph.shacl import validate_store
                from parleygraph.graph.store import open_store

                validate_store(open_store(stage / STORE_DIR))
                tick(n)
        with stages.stage("report", unit="actors") as tick:
            centrality = write_report(result.meetings, result.entities, stage)
            tick(len(centrality))
        with stages.stage("html"):
            write_html(result.meetings, result.entities, stage / "graph.html", centrality=centrality)
            write_atomic(stage / "ontology.html", ontology_html())  # the data model, linked from graph.html
        if ledger:  # before the swap: a ledger ahead of the output is harmless, behind is not
            write_ledger(ledger, result.ledger)
    result.seconds = time.perf_counter() - t0
    result.stages = stages.times
    if progress:
        stages.write(stages.summary())
    return result
