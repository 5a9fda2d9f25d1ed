"""Where a whole build's memory goes: run ``parleygraph build`` on the first N shards of a
generated corpus and print, beside the per-stage lines the build prints, the peak RSS of the
whole process tree (the build and its extraction workers, sampled every 0.5 s) and its maximum
in every 10-second window, so that each stage's share can be read off.

    python tests/benchmarks/gen_corpus.py WORK/gen --articles 25000      # once (see bench_scale.py)
    nice -n 5 python tests/benchmarks/bench_memory.py WORK/gen/corpus 25 WORK/out

Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import subprocess
import threading
import time
from pathlib import Path
from typing import Any


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder of JSONL shards (gen_corpus.py's corpus/)")
    ap.add_argument("shards", type=int, help="how many shards (1,000 articles each) to build")
    ap.add_argument("out", type=Path, help="output folder of the build")
    args = ap.parse_args()
    import psutil

    shards = sorted(str(p) for p in args.corpus.glob("*.jsonl"))[:args.shards]
    cmd = ["parleygraph", "build", *shards, "--out", str(args.out), "--reproducible"]
    t0 = time.time()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append((time.time() - t0, line.rstrip()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    samples: list[tuple[float, int]] = []
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        samples.append((time.time() - t0, _tree_rss(parent, psutil)))
        time.sleep(0.5)
    reader.join(timeout=10)
    at, peak = max(samples, key=lambda x: x[1]) if samples else (0.0, 0)
    print(f"exit {proc.returncode}; peak {peak / 1e9:.2f} GB at {at:.0f} s (RSS summed over the tree: "
          "pages the workers share with the parent count twice)")
    for t, line in lines:
        if line.strip():
            print(f"{t:6.0f}s {line[:140]}")
    end = int(samples[-1][0]) + 10 if samples else 0
    for w in range(0, end, 10):
        m = max((r for t, r in samples if w <= t < w + 10), default=0)
        print(f"  {w:5d}-{w + 10:5d}s {m / 1e9:.2f} GB")


def _tree_rss(parent: Any, psutil: Any) -> int:
    """The RSS of a process and its children; a child that ends meanwhile counts 0."""
    total = 0
    try:
        procs = [parent, *parent.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


if __name__ == "__main__":
    main()
