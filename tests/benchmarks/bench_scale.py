"""Whole builds of generated corpora at increasing sizes: per-stage seconds, peak memory, identity
resolution against the truth, an incremental update, and queries on the store.

    nice -n 10 python tests/benchmarks/bench_scale.py WORKDIR --sizes 10000 25000 50000 100000
    nice -n 10 python tests/benchmarks/bench_scale.py WORKDIR --sizes 2000 --add 200   # quick

Generates ``max(sizes)`` articles once (``gen_corpus.py``, seed 14, 1,000 articles a JSONL
shard) and builds the first N of them for each size N (``parleygraph build SHARDS --out ...
--reproducible``, validation on, as a user runs it, one process tree at a time). For each build
it prints the per-stage times (the lines the build prints), the wall time, the peak RSS of the
whole process tree (sampled every 0.2 s with psutil: the parent and its extraction workers)
and of its largest process (``getrusage``), the triples, and the person and organisation
merges and splits against the generated truth (``identity_truth.py``). Then, on the largest
build: ``build --update`` with ``--add`` new articles of the same population (its time beside
the full build's), the time to open the store, and each canned query's time on the store
(a fresh process each, as ``parleygraph query OUT NAME`` runs). Never asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _run(cmd: list[str], log: Path) -> tuple[float, int, int, str]:
    """Run ``cmd``; return wall seconds, peak RSS of the process tree and of its largest process
    (bytes), and what it printed on stderr."""
    try:
        import psutil
    except ImportError:  # pragma: no cover
        psutil = None
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        peak_tree = 0
        while proc.poll() is None:
            if psutil is not None:
                try:
                    p = psutil.Process(proc.pid)
                    tree = [p, *p.children(recursive=True)]
                    peak_tree = max(peak_tree, sum(x.memory_info().rss for x in tree if x.is_running()))
                except psutil.Error:
                    pass
            time.sleep(0.2)
    wall = time.perf_counter() - t0
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    text = log.read_text(encoding="utf-8")
    if proc.returncode != 0:
        print(text[-3000:], file=sys.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, peak_tree, max(largest, before) * 1024, text


def _stages(text: str) -> str:
    m = re.search(r"^stages: (.*)$", text, re.M)
    return m.group(1) if m else "?"


def _triples(out: Path) -> int:
    with open(out / "graph.nt", "rb") as f:
        return sum(1 for _ in f)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 25_000, 50_000, 100_000])
    ap.add_argument("--add", type=int, default=1000, help="articles added by --update to the largest build")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep every build (default: only the largest)")
    args = ap.parse_args(argv)
    from gen_corpus import write_corpus
    from identity_truth import identity_scores

    work: Path = args.work
    gen = work / "gen"
    top = max(args.sizes)
    corpus = gen / "corpus"
    have = len(list(corpus.glob("part-*.jsonl"))) * 1000 if corpus.exists() else 0
    if have < top:
        t = time.perf_counter()
        shutil.rmtree(gen, ignore_errors=True)
        write_corpus(gen, articles=top)
        print(f"generated {top:,} articles in {time.perf_counter() - t:.0f} s", flush=True)
    shards = sorted(corpus.glob("part-*.jsonl"))
    exe = [sys.executable, "-m", "parleygraph.graph.cli"]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    last = None
    for n in sorted(args.sizes):
        out = work / f"build-{n}"
        shutil.rmtree(out, ignore_errors=True)
        inputs = [str(p) for p in shards[: n // 1000]] if n >= 1000 else [str(shards[0])]
        words = sum(len(json.loads(line)["text"].split()) for p in inputs for line in open(p, encoding="utf-8"))
        wall, tree, largest, text = _run([*exe, "build", *inputs, "--out", str(out), "--reproducible", *jobs],
                                         work / f"build-{n}.log")
        ids = identity_scores(out, gen)
        p, o = ids["person"], ids["organization"]
        print(f"{n:,} articles ({words:,} words): {wall:.0f} s wall, peak RSS {tree / 1e9:.2f} GB (process tree), "
              f"{largest / 1e9:.2f} GB (largest process); {_triples(out):,} triples", flush=True)
        print(f"  {_stages(text)}", flush=True)
        print(f"  persons: {p['true']:,} generated people seen under {p['iris']:,} IRIs, merges {p['merges']} "
              f"({100 * p['merge_rate']:.2f}%), splits {p['splits']} ({100 * p['split_rate']:.2f}%); "
              f"organisations: {o['true']:,} under {o['iris']:,}, merges {o['merges']} ({100 * o['merge_rate']:.2f}%), "
              f"splits {o['splits']} ({100 * o['split_rate']:.2f}%)", flush=True)
        if last is not None and not args.keep:
            shutil.rmtree(last, ignore_errors=True)
        last = (out, wall)
    assert last is not None
    out, full = last
    if args.add:
        add_dir = work / "add"
        shutil.rmtree(add_dir, ignore_errors=True)
        write_corpus(add_dir, articles=args.add, start=top)
        upd = work / f"build-{top}+{args.add}"
        shutil.rmtree(upd, ignore_errors=True)
        shutil.copytree(out, upd)
        wall, tree, largest, text = _run([*exe, "build", "--update", str(upd), *map(str, sorted((add_dir / "corpus").glob("*.jsonl"))),
                                          "--reproducible", *jobs], work / "update.log")
        print(f"update: +{args.add:,} articles to {top:,}: {wall:.0f} s wall ({100 * wall / full:.0f}% of the full "
              f"build's {full:.0f} s), peak RSS {tree / 1e9:.2f} GB", flush=True)
        print(f"  {_stages(text)}", flush=True)
    code = ("import sys,time; t=time.perf_counter(); from parleygraph.graph.sparql import load_store; "
            "s=load_store(sys.argv[1]); print(time.perf_counter()-t, len(s))")
    t = time.perf_counter()
    got = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, check=True).stdout.split()
    print(f"store: opened in {float(got[0]):.3f} s ({got[1]} triples; process with imports {time.perf_counter() - t:.1f} s)")
    from parleygraph.graph.sparql import CANNED

    for name in CANNED:
        t = time.perf_counter()
        res = subprocess.run([*exe, "query", str(out), name, "--format", "csv"], capture_output=True, text=True)
        rows = max(0, len(res.stdout.splitlines()) - 1)
        print(f"query {name}: {time.perf_counter() - t:.2f} s ({rows:,} rows, exit {res.returncode}, whole process)", flush=True)


if __name__ == "__main__":
    main()
