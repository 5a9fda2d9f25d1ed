"""The build on a Dask cluster: ``parleygraph build INPUT... --scheduler ADDRESS|local:N``.

Dask (``dask.distributed``) is imported here only, and this module only when ``--scheduler`` is
given. The stages, and where each runs:

- **list** (client): the input files are listed (:func:`~parleygraph.extract.read.iter_sources`,
  no file is read) and cut into :class:`Partition` s of about ``partition_bytes``; a JSON Lines
  file larger than that is cut into byte ranges at line starts (the workers count the lines
  before each range, so every article keeps its line number).
- **extract** (workers): each partition is read and extracted by a worker
  (:func:`extract_partition`), in a forked process with the per-document time limit as on one
  machine, and written to the scratch folder in the output's staging folder (shared storage):
  a record shard ``part-NNNNN.jsonl`` (each document, problem and meeting record in input order)
  and the document texts. A worker that dies mid-partition loses nothing: Dask runs the
  partition again elsewhere, and it writes the same shard. The client reads the shards in
  partition order and gives document ids as one machine does (a later document of an id already
  used is renamed ``~2`` and extracted again under that name, the same text twice is skipped).
- **resolve**, **records** (client): identity resolution on the merged records, as on one machine.
- **rdf** (workers): the graph is cut into parts (:func:`~parleygraph.graph.rdf.plan_parts`);
  each worker writes the sorted run of its parts, the client chooses subject cuts from the runs'
  indexes, each worker merges one range of subjects into a Turtle and an N-Triples shard, and
  the client joins the shards into ``graph.ttl`` and ``graph.nt`` (a sample sort).
- **store**, **validate**, **report**, **html** (client), as on one machine.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
import pickle
import re
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from parleygraph.extract.errors import ParleyError
from parleygraph.extract.io import dumps_line
from parleygraph.extract.read import SUFFIXES, iter_sources, read_file, read_jsonl_range
from parleygraph.extract.records import BuildInfo, Document, Entity, Meeting, Problem, meeting_from_dict

__all__ = ["ClusterError", "Cluster", "Piece", "Partition", "connect", "plan_partitions", "partition_bytes",
           "extract_partition", "count_newlines", "DEFAULT_PARTITION_BYTES"]

DEFAULT_PARTITION_BYTES = 16_000_000
"""The most input one partition holds by default (16 MB: about 5,000 news articles)."""

_MIN_PARTITION_BYTES = 64_000


class ClusterError(ParleyError):
    """The cluster cannot be reached, or a task failed on it."""


# --------------------------------------------------------------------------- partitions

@dataclass(frozen=True, slots=True)
class Piece:
    """One input of a partition: a file (``end`` < 0), the lines of a JSON Lines file that begin
    in bytes ``[start, end)`` (the first numbered ``first_line``), or a problem met listing.

    ``path`` is absolute (workers have their own working folder), ``source`` the path as the user
    named it, ``doc`` the document id."""

    path: str = ""
    source: str = ""
    doc: str = ""
    start: int = 0
    end: int = -1
    first_line: int = 1
    problem: Problem | None = None


@dataclass(frozen=True, slots=True)
class Partition:
    """The pieces one task extracts, in input order, and how many bytes of input they hold."""

    index: int
    pieces: tuple[Piece, ...]
    size: int


def partition_bytes(total: int, workers: int) -> int:
    """How much input one partition holds: about eight partitions per worker, between 64 kB and
    :data:`DEFAULT_PARTITION_BYTES`, so every worker has work and a lost partition costs little.

    >>> partition_bytes(10_000_000, 2), partition_bytes(10**12, 16)
    (625000, 16000000)
    """
    return max(_MIN_PARTITION_BYTES, min(DEFAULT_PARTITION_BYTES, total // max(1, 8 * workers)))


def _line_starts(path: Path, size: int, step: int) -> list[int]:
    """Offsets of line starts, about ``step`` bytes apart, from 0 (reads one line per cut)."""
    starts = [0]
    with open(path, "rb") as f:
        at = step
        while at < size:
            f.seek(at - 1)
            f.readline()
            pos = f.tell()
            if pos >= size:
                break
            if pos > starts[-1]:
                starts.append(pos)
            at = max(pos, at) + step
    return starts


def plan_partitions(inputs: Iterable[str], *, target: int, exclude: Iterable[str] = ()) -> list[Partition]:
    """The inputs in partitions of about ``target`` bytes, in input order (JSON Lines files larger
    than that in byte ranges, whose ``first_line`` :func:`number_lines` fills in).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for name in "abc":
    ...     _ = (d / f"{name}.txt").write_text("Officials met in Vienna. " * 40)
    >>> [[p.doc for p in part.pieces] for part in plan_partitions([str(d)], target=1500)]
    [['a.txt', 'b.txt'], ['c.txt']]
    """
    parts: list[Partition] = []
    cur: list[Piece] = []
    size = 0

    def close() -> None:
        nonlocal cur, size
        if cur:
            parts.append(Partition(len(parts), tuple(cur), size))
        cur, size = [], 0

    for src in iter_sources(list(inputs), exclude=exclude):
        if isinstance(src, Problem):
            cur.append(Piece(problem=src))
            continue
        path, doc = src
        try:
            n = path.stat().st_size
        except OSError:
            n = 0  # read_file names the problem
        full = os.path.abspath(path)
        if path.suffix.lower() == ".jsonl" and n > target:
            close()
            starts = _line_starts(path, n, target)
            for a, b in zip(starts, [*starts[1:], n]):
                parts.append(Partition(len(parts), (Piece(full, str(path), doc, a, b),), b - a))
            continue
        cur.append(Piece(full, str(path), doc))
        size += n
        if size >= target:
            close()
    close()
    return parts


def count_newlines(path: str, start: int, end: int) -> int:
    """How many line breaks bytes ``[start, end)`` of ``path`` hold (a worker task)."""
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(left, 1 << 22))
            if not block:
                break
            n += block.count(b"\n")
            left -= len(block)
    return n


def _count_range(r: tuple[str, int, int]) -> int:
    return count_newlines(*r)


def number_lines(parts: list[Partition], counts: Callable[[list[tuple[str, int, int]]], list[int]]) -> list[Partition]:
    """The partitions with the ``first_line`` of each byte range: one plus the line breaks of the
    ranges before it in its file (``counts`` counts the breaks of each range, on the workers)."""
    ranges = [(i, p.pieces[0]) for i, p in enumerate(parts) if p.pieces and p.pieces[0].end >= 0]
    found = counts([(pc.path, pc.start, pc.end) for _, pc in ranges])
    out = list(parts)
    line: dict[str, int] = {}
    for (i, pc), n in zip(ranges, found):
        first = line.get(pc.path, 1) if pc.start else 1
        out[i] = replace(parts[i], pieces=(replace(pc, first_line=first),))
        line[pc.path] = first + n
    return out


# --------------------------------------------------------------------------- extraction on a worker

def _read_piece(pc: Piece, max_bytes: int | None) -> Iterator[Document | Problem]:
    """The documents and problems of one piece, as :func:`~parleygraph.extract.read.iter_inputs`
    reads them before it gives ids (the client gives them)."""
    if pc.problem is not None:
        yield pc.problem
    elif pc.end >= 0 or pc.path.lower().endswith(".jsonl"):
        end = pc.end if pc.end >= 0 else 1 << 62
        yield from read_jsonl_range(Path(pc.path), pc.doc, pc.source, pc.start, end, pc.first_line,
                                    max_bytes=max_bytes)
    else:
        for x in read_file(Path(pc.path), pc.doc, max_bytes=max_bytes):
            yield replace(x, source=pc.source) if isinstance(x, Document) else x


def _allow_children() -> None:
    """Let this process fork extraction processes: Dask's nanny starts workers as daemonic
    processes, which multiprocessing forbids to have children. The children end with their
    worker (``PR_SET_PDEATHSIG``) and are reaped by it."""
    proc = mp.current_process()
    if proc.daemon:
        proc.daemon = False


def _extracted(docs: Iterator[Document | Problem], budget: Any, trace: bool
               ) -> Iterator[tuple[Document | Problem, list[Meeting], int]]:
    """Extraction as on one machine: with a time budget in one forked process that is stopped
    (killed and replaced) after ``budget.seconds`` on one document, or whose death (out of
    memory) loses only its document; without one in this process."""
    from parleygraph.graph.pipeline import _extract_one, _supervised

    if budget.seconds is None or "fork" not in mp.get_all_start_methods():
        return map(functools.partial(_extract_one, trace=trace), docs)
    _allow_children()
    return _supervised(docs, 1, budget.seconds, trace)


def _shard_path(folder: Path, index: int) -> Path:
    return folder / f"part-{index:05d}.jsonl"


def _texts_path(folder: Path, index: int) -> Path:
    return folder / f"part-{index:05d}"


def extract_partition(part: Partition, folder: str, budget: Any, trace: bool = False) -> dict[str, float]:
    """Extract one partition (a worker task): its record shard ``part-NNNNN.jsonl`` in ``folder``
    (a line per problem and per document, each document followed by its meeting records, in
    input order) and each document's text in ``part-NNNNN/``. The shard is renamed into place
    when whole, so a partition run again after its worker died writes the same bytes; a bad
    document is a problem line, never a failed task. Returns counts for the progress line."""
    t0 = time.perf_counter()
    out = Path(folder)
    texts = _texts_path(out, part.index)
    texts.mkdir(parents=True, exist_ok=True)
    docs = (x for pc in part.pieces for x in _read_piece(pc, budget.max_bytes))
    n_docs = n_meetings = 0
    shard = _shard_path(out, part.index)
    tmp = out / f".{shard.name}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as f:
        for k, (x, found, n_items) in enumerate(_extracted(docs, budget, trace)):
            if isinstance(x, Problem):
                f.write(dumps_line({"problem": [x.doc, x.reason, x.skipped]}) + "\n")
                continue
            name = f"{k}.txt"
            (texts / name).write_bytes(x.text.encode("utf-8"))
            row = {"doc": x.doc, "source": x.source, "kind": x.kind, "sha256": x.sha256, "published": x.published,
                   "url": x.url, "title": x.title}
            f.write(dumps_line({"document": row, "text": name, "items": n_items, "meetings": len(found)}) + "\n")
            f.writelines(dumps_line(m.to_dict()) + "\n" for m in found)
            n_docs += 1
            n_meetings += len(found)
    os.replace(tmp, shard)
    return {"documents": n_docs, "meetings": n_meetings, "seconds": time.perf_counter() - t0}


@dataclass(slots=True)
class _Extracted:
    """One document of a shard as the client reads it back."""

    document: Document
    text: Path
    items: int
    meetings: list[Meeting]


def _read_shard(folder: Path, index: int) -> Iterator[Problem | _Extracted]:
    """The problems and documents of one record shard, in order."""
    import json

    texts = _texts_path(folder, index)
    with open(_shard_path(folder, index), encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if "problem" in row:
                doc, reason, skipped = row["problem"]
                yield Problem(doc, reason, skipped)
                continue
            d = row["document"]
            found = [meeting_from_dict(json.loads(next(f))) for _ in range(row["meetings"])]
            yield _Extracted(Document(text="", **d), texts / row["text"], row["items"], found)


def move_texts(moves: list[tuple[str, str]]) -> int:
    """Rename texts into ``texts/`` (a worker task: renames on shared storage run in parallel)."""
    for src, dst in moves:
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        os.replace(src, dst)
    return len(moves)


# --------------------------------------------------------------------------- the graph on workers

@functools.lru_cache(maxsize=2)
def _load(path: str) -> Any:
    """A pickled file, read once per worker process (the graph context every part needs)."""
    with open(path, "rb") as f:
        return pickle.load(f)


def graph_part(part_path: str, context_path: str, run_path: str) -> tuple[Any, Any, float]:
    """Write one part of the graph as a sorted run (a worker task); its run, first-wins facts
    and seconds."""
    from parleygraph.graph.rdf import write_part

    t0 = time.perf_counter()
    with open(part_path, "rb") as f:
        part = pickle.load(f)
    run, firsts = write_part(part, _load(context_path), Path(run_path))
    return run, firsts, time.perf_counter() - t0


def graph_shard(runs: list[Any], lo: str | None, hi: str | None, folder: str, name: str, base: str
                ) -> tuple[Any, float]:
    """Merge one range of subjects of every run into a shard (a worker task); it and its seconds."""
    from parleygraph.graph.rdf import write_shard

    t0 = time.perf_counter()
    return write_shard(runs, lo, hi, Path(folder), name, base), time.perf_counter() - t0


# --------------------------------------------------------------------------- the client

class Cluster:
    """A Dask client and the stages of a build that run on its workers."""

    def __init__(self, client: Any, show: Callable[[str], None], partition: int | None = None) -> None:
        self.client = client
        self.show = show
        self.partition = partition
        self.token = uuid.uuid4().hex[:8]
        self.text_of: dict[str, Path] = {}
        self.costs: dict[str, list[dict[str, float]]] = {"extract": [], "graph-part": [], "graph-shard": []}
        """What each task cost (input bytes, seconds on its worker, what it wrote): the figures a
        cluster's size is planned from (tests/benchmarks/bench_cluster.py)."""

    @property
    def workers(self) -> int:
        """The workers the scheduler has now (at least 1, for planning)."""
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def _gather(self, futures: list[Any], what: str) -> Iterator[tuple[int, Any]]:
        """(index, result) of each future as it finishes; a failed task is a :class:`ClusterError`."""
        from dask.distributed import as_completed

        index = {f.key: i for i, f in enumerate(futures)}
        for fut in as_completed(futures):
            try:
                result = fut.result()
            except ParleyError:
                raise
            except Exception as e:  # KilledWorker after Dask's retries, an I/O error of the storage
                raise ClusterError(f"{what} failed on the cluster: {type(e).__name__}: {e}") from None
            yield index[fut.key], result
            fut.release()

    def _map(self, fn: Callable[..., Any], items: list[Any], name: str, **kw: Any) -> list[Any]:
        keys = [f"{name}-{self.token}-{i:05d}" for i in range(len(items))]
        return self.client.map(fn, items, key=keys, retries=2, **kw)

    def _counts(self, ranges: list[tuple[str, int, int]]) -> list[int]:
        got = dict(self._gather(self._map(_count_range, ranges, "lines"), "counting lines"))
        return [got[i] for i in range(len(ranges))]

    def extractor(self, scratch: Path) -> Callable[..., Iterator[tuple[Document | Problem, list[Meeting], int]]]:
        """The extraction of :func:`~parleygraph.graph.pipeline.extract_corpus` on the workers:
        ``(document or problem, meetings, items)`` in input order, ids given as one machine does."""

        def run(inputs: list[str], jobs: int, budget: Any, exclude: tuple[str, ...] = (), trace: bool = False,
                admit: Any = None) -> Iterator[tuple[Document | Problem, list[Meeting], int]]:
            from parleygraph.extract.read import _Names
            from parleygraph.graph.pipeline import _extract_one

            total = sum(_size(p) for p in inputs)
            target = self.partition or partition_bytes(total, self.workers)
            parts = number_lines(plan_partitions(inputs, target=target, exclude=exclude), self._counts)
            folder = scratch / "extract"
            folder.mkdir(parents=True, exist_ok=True)
            self.show(f"parleygraph: extract: {len(parts)} partitions of up to {target / 1e6:.1f} MB "
                      f"on {self.workers} workers")
            futures = self._map(extract_partition, parts, "extract", folder=str(folder), budget=budget, trace=trace)
            names = _Names()
            done: set[int] = set()
            nxt = 0
            for i, cost in self._gather(futures, "extraction"):
                done.add(i)
                self.costs["extract"].append({**cost, "bytes": parts[i].size,
                                              "shard": _shard_path(folder, i).stat().st_size})
                while nxt in done:
                    for ev in _read_shard(folder, nxt):
                        if isinstance(ev, Problem):
                            yield ev, [], 0
                            continue
                        for y in names.admit(ev.document):
                            for z in (admit(y) if admit is not None and isinstance(y, Document) else [y]):
                                if isinstance(z, Problem):
                                    yield z, [], 0
                                elif z.doc == ev.document.doc:
                                    if z.kind != "txt":
                                        self.text_of[z.doc] = ev.text
                                    yield z, ev.meetings, ev.items
                                else:  # renamed: its meeting ids and IRIs come from the new id
                                    x, found, n = _extract_one(replace(z, text=ev.text.read_text(encoding="utf-8")), trace)
                                    if isinstance(x, Document):
                                        if x.kind != "txt":
                                            self.text_of[z.doc] = ev.text
                                        x = replace(x, text="")
                                    yield x, found, n
                    nxt += 1
        return run

    def move_texts(self, moves: list[tuple[Path, Path]]) -> None:
        """Rename the texts of the documents into ``texts/``, on the workers, in batches."""
        if not moves:
            return
        step = max(1, len(moves) // (4 * self.workers) + 1)
        batches = [[(str(a), str(b)) for a, b in moves[i:i + step]] for i in range(0, len(moves), step)]
        for _ in self._gather(self._map(move_texts, batches, "texts"), "moving the texts"):
            pass

    def write_graph(self, meetings: list[Meeting], entities: list[Entity], build: BuildInfo, ttl_path: Path,
                    nt_path: Path, *, scratch: Path, progress: Callable[[int], None] | None = None,
                    parts: int | None = None, shards: int | None = None) -> int:
        """:func:`~parleygraph.graph.rdf.write_graph` on the workers: the same bytes."""
        from parleygraph.graph.rdf import Firsts, choose_splitters, join_shards, plan_parts, write_run

        folder = scratch / "rdf"
        folder.mkdir(parents=True, exist_ok=True)
        n_parts = parts or max(2 * self.workers, len(meetings) // 20_000 + 1)
        ctx, plan = plan_parts(meetings, entities, build, n_parts)
        context = folder / "context.pkl"
        context.write_bytes(pickle.dumps(ctx, protocol=5))
        files = []
        for k, part in enumerate(plan):
            files.append(folder / f"part-{k:05d}.pkl")
            files[-1].write_bytes(pickle.dumps(part, protocol=5))
        del plan
        futures = [self.client.submit(graph_part, str(p), str(context), str(folder / f"run-{k:05d}"),
                                      key=f"graph-part-{self.token}-{k:05d}", retries=2)
                   for k, p in enumerate(files)]
        runs: list[Any] = [None] * len(files)
        firsts = Firsts()
        for i, (run, found, seconds) in self._gather(futures, "writing the graph"):
            runs[i] = run
            firsts.update(found)
            self.costs["graph-part"].append({"rows": run.rows, "seconds": seconds, "run": os.path.getsize(run.path)})
        runs.append(write_run(firsts.rows(), folder / "run-firsts"))
        cuts = [None, *choose_splitters(runs, shards or 2 * self.workers), None]
        futures = [self.client.submit(graph_shard, runs, lo, hi, str(folder), f"shard-{k:05d}", build.base_iri,
                                      key=f"graph-shard-{self.token}-{k:05d}", retries=2)
                   for k, (lo, hi) in enumerate(zip(cuts, cuts[1:]))]
        done: list[Any] = [None] * len(futures)
        written = 0
        for i, (shard, seconds) in self._gather(futures, "merging the graph"):
            done[i] = shard
            self.costs["graph-shard"].append({"triples": shard.triples, "seconds": seconds})
            written += shard.triples
            if progress is not None:
                progress(written)
        return join_shards(done, ttl_path, nt_path)

    def close(self) -> None:
        self.client.close()


def _size(path: str) -> int:
    """Bytes of input under ``path`` (files with an input suffix)."""
    p = Path(path)
    if p.is_file():
        return p.stat().st_size
    total = 0
    for root, _, names in os.walk(p):
        for name in names:
            if name.lower().endswith(SUFFIXES):
                try:
                    total += os.stat(os.path.join(root, name)).st_size
                except OSError:
                    continue
    return total


_LOCAL = re.compile(r"local:(\d+)")


@contextmanager
def connect(address: str, *, show: Callable[[str], None], partition: int | None = None) -> Iterator[Cluster]:
    """A :class:`Cluster` on the Dask scheduler at ``address``, or on a ``LocalCluster`` of N
    worker processes (one thread each) for ``local:N``; its dashboard address is shown first.

    >>> with connect("local:0", show=print) as c:
    ...     pass
    Traceback (most recent call last):
    ...
    parleygraph.graph.cluster.ClusterError: --scheduler local:N needs at least one worker
    """
    m = _LOCAL.fullmatch(address.strip())
    if m and int(m[1]) < 1:
        raise ClusterError("--scheduler local:N needs at least one worker")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'parleygraph[dask]'") from None
    local = None
    try:
        if m:
            local = LocalCluster(n_workers=int(m[1]), threads_per_worker=1, processes=True)
            client = Client(local)
        else:
            client = Client(address.strip(), timeout="20s")
    except (OSError, TimeoutError, ValueError) as e:
        if local is not None:
            local.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
    try:
        info = client.scheduler_info()
        board = client.dashboard_link if "dashboard" in info.get("services", {}) else "none (pip install bokeh)"
        n = len(info.get("workers", {}))
        show(f"parleygraph: Dask scheduler {info.get('address', address)}, {n} workers, dashboard {board}")
        if not n:
            show("parleygraph: no worker yet; tasks wait for workers to join")
        yield Cluster(client, show, partition)
    finally:
        client.close()
        if local is not None:
            local.close()
