"""Progress of long work: a bar per stage on a terminal, a plain line per stage otherwise, and a
closing summary of the time each stage took.

On a terminal each stage shows a tqdm bar with its count, rate and (when the total is known)
ETA; when stderr is not a terminal (a log, CI) nothing but one line per finished stage is
written (``parleygraph: extract: 500 documents in 46.1 s``). ``Stages(show=False)`` only times.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

__all__ = ["Stages", "count_documents", "give_back_memory"]


class Stages:
    """The clock and display of a build's stages.

    >>> st = Stages(show=False)
    >>> with st.stage("resolve") as tick:
    ...     tick(3)
    >>> [name for name, _ in st.times], st.counts["resolve"]
    (['resolve'], 3)
    """

    def __init__(self, show: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.show = show
        self.tty = show and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.times: list[tuple[str, float]] = []
        self.counts: dict[str, int] = {}
        self._bar: Any = None

    @contextmanager
    def stage(self, name: str, *, total: int | None = None, unit: str = "") -> Iterator[Callable[[int], None]]:
        """Time the block as stage ``name``; the yielded function counts work done (``tick(n)``)."""
        t0 = time.perf_counter()
        count = 0
        bar = None
        if self.tty:
            from tqdm import tqdm

            bar = self._bar = tqdm(total=total, desc=name, unit=f" {unit}" if unit else "it",
                                   file=self.stream, leave=False, dynamic_ncols=True, mininterval=0.5)

        def tick(n: int = 1) -> None:
            nonlocal count
            count += n
            if bar is not None:
                bar.update(n)

        try:
            yield tick
        finally:
            if bar is not None:
                bar.close()
                self._bar = None
        give_back_memory()
        seconds = time.perf_counter() - t0
        self.times.append((name, seconds))
        self.counts[name] = count
        if self.show:
            what = f"{count:,} {unit} in " if count and unit else ""
            print(f"parleygraph: {name}: {what}{seconds:.1f} s", file=self.stream, flush=True)

    def write(self, line: str) -> None:
        """A line on the stream that does not break a bar being drawn."""
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def summary(self) -> str:
        """``stages: extract 41.2 s, resolve 3.0 s, ...`` in the order they ran."""
        return "stages: " + ", ".join(f"{name} {sec:.1f} s" for name, sec in self.times)


def count_documents(inputs: Iterable[str]) -> int:
    """How many documents the inputs hold (a file each, a JSONL file a non-empty line each),
    for the extraction bar's ETA; cheap (JSONL files are scanned for line breaks only).

    >>> count_documents(["no/such/folder"])
    0
    """
    n = 0
    for arg in inputs:
        p = Path(arg)
        files = [p] if p.is_file() else (
            Path(root) / f for root, _, names in os.walk(p) for f in names) if p.is_dir() else []
        for f in files:
            if f.suffix.lower() != ".jsonl":
                n += 1
                continue
            try:
                with open(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                continue
    return n


def give_back_memory() -> None:
    """Hand the heap a finished stage freed back to the system. glibc keeps freed blocks, in the
    main heap and in the arenas of the threads that queried the store, counted in the process's
    RSS, where the next stage's peak stacks on them (``malloc_trim``); elsewhere (macOS, musl,
    Windows, a Python without ctypes) nothing is done.

    >>> give_back_memory()
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, looked up once; None where there is none."""
    try:
        import ctypes
        import ctypes.util
    except ImportError:  # pragma: no cover - a Python built without ctypes
        return None
    for name in ("libc.so.6", ctypes.util.find_library("c")):
        try:
            trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
        except OSError:
            trim = None
        if trim is not None:
            trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            return trim
    return None
