"""The build on a Dask LocalCluster against the build on one machine, and its scaling on paper.

    nice -n 10 python tests/benchmarks/bench_cluster.py WORKDIR --articles 2000 --extract-articles 10000

1. **Whole build**: ``parleygraph build`` of the first ``--articles`` generated articles
   (``gen_corpus.py``, seed 14) with ``--jobs 2`` and with ``--scheduler local:2``, validation on,
   ``--reproducible``: per-stage seconds, wall time, peak RSS of the client process and of the
   largest other process (an extraction or Dask worker), sampled every 0.2 s with psutil; and
   whether the two output folders have the same bytes (the store's RocksDB files aside).
2. **Extraction** of ``--extract-articles`` articles alone (the stage that is most of the work),
   in this process: one machine's two worker processes against a 2-worker LocalCluster, and
   the cost of each partition on its worker (seconds, input bytes, record-shard bytes), the
   client's time to read the shards back.
3. **Scaling on paper** from those figures: time and memory per worker and on the client for
   10M and 100M articles on 16 and 128 workers, stage by stage, and which stage stops scaling
   first. Central stages are projected linearly, which is a lower bound where they are not
   linear (resolution and the report, measured in 1.).

Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _run(cmd: list[str], log: Path) -> tuple[float, int, int, str]:
    """Run ``cmd``; wall seconds, peak RSS of its own process and of its largest descendant
    (bytes), and what it printed on stderr."""
    import psutil

    t0 = time.perf_counter()
    peak_main = peak_other = 0
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None:
            try:
                p = psutil.Process(proc.pid)
                peak_main = max(peak_main, p.memory_info().rss)
                for c in p.children(recursive=True):
                    try:
                        peak_other = max(peak_other, c.memory_info().rss)
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            time.sleep(0.2)
    wall = time.perf_counter() - t0
    text = log.read_text(encoding="utf-8")
    if proc.returncode != 0:
        print(text[-3000:], file=sys.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, peak_main, peak_other, text


def _stages(text: str) -> dict[str, float]:
    m = re.search(r"^stages: (.*)$", text, re.M)
    return {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", m.group(1))} if m else {}


def _same_bytes(a: Path, b: Path) -> tuple[bool, list[str]]:
    def files(out: Path) -> dict[str, Path]:
        return {str(p.relative_to(out)): p for p in out.rglob("*") if p.is_file() and "graph.oxigraph" not in p.parts}

    fa, fb = files(a), files(b)
    diff = sorted(set(fa) ^ set(fb)) + [k for k in sorted(set(fa) & set(fb)) if fa[k].read_bytes() != fb[k].read_bytes()]
    return not diff, diff


def _corpus(work: Path, articles: int) -> list[str]:
    gen = work / "gen"
    shards = sorted((gen / "corpus").glob("part-*.jsonl"))
    if sum(1 for s in shards for _ in open(s, "rb")) < articles:
        subprocess.run([sys.executable, str(HERE / "gen_corpus.py"), str(gen), "--articles", str(articles)], check=True)
        shards = sorted((gen / "corpus").glob("part-*.jsonl"))
    return [str(s) for s in shards]


def _first(shards: list[str], articles: int, folder: Path) -> list[str]:
    """The first ``articles`` articles as shards of 1,000 (hard links where whole)."""
    folder.mkdir(parents=True, exist_ok=True)
    out, left = [], articles
    for s in shards:
        if left <= 0:
            break
        lines = Path(s).read_bytes().splitlines(keepends=True)
        dst = folder / Path(s).name
        if not dst.exists():
            dst.write_bytes(b"".join(lines[:left]))
        out.append(str(dst))
        left -= len(lines)
    return out


def whole_builds(work: Path, shards: list[str], articles: int) -> dict[str, float]:
    inputs = _first(shards, articles, work / f"in-{articles}")
    exe = str(Path(sys.executable).with_name("parleygraph"))
    rows = {}
    for name, extra in (("--jobs 2", ["--jobs", "2"]), ("LocalCluster 2", ["--scheduler", "local:2"])):
        out = work / f"out-{articles}-{name.split()[0].strip('-').lower()}"
        wall, main, other, text = _run([exe, "build", *inputs, "--out", str(out), "--reproducible", *extra],
                                       work / f"{out.name}.log")
        rows[name] = (wall, main, other, _stages(text), out, text)
    print(f"\n## 1. Whole build, {articles:,} generated articles ({sum(Path(s).stat().st_size for s in inputs) / 1e6:.1f} MB)\n")
    names = list(next(iter(rows.values()))[3])
    print("| build | " + " | ".join(names) + " | wall | client RSS | largest other process |")
    print("| --- " * (len(names) + 4) + "|")
    for name, (wall, main, other, st, _, _) in rows.items():
        print(f"| {name} | " + " | ".join(f"{st.get(k, 0):.1f} s" for k in names)
              + f" | {wall:.1f} s | {main / 1e9:.2f} GB | {other / 1e9:.2f} GB |")
    (wa, _, _, sa, oa, ta), (wb, mb, ob, sb, obuild, _) = rows["--jobs 2"], rows["LocalCluster 2"]
    same, diff = _same_bytes(oa, obuild)
    print(f"\ncluster / one machine: whole build {wb / wa:.2f}, extract {sb['extract'] / sa['extract']:.2f}, "
          f"rdf {sb['rdf'] / sa['rdf']:.2f}; outputs byte-identical: {same}" + (f" (differ: {diff[:5]})" if diff else ""))
    summary = re.search(r"^(\d+) documents, \d+ items, (\d+) meetings.*?(\d+) persons, (\d+) organisations", ta, re.M)
    triples = sum(1 for _ in open(oa / "graph.nt", "rb"))
    assert summary is not None
    return {"articles": articles, "meetings": int(summary[2]), "actors": int(summary[3]) + int(summary[4]),
            "triples": triples, "client_rss": mb, "worker_rss": ob, "nt_bytes": (oa / "graph.nt").stat().st_size,
            **{f"s_{k}": v for k, v in sb.items()}, **{f"one_{k}": v for k, v in sa.items()}}


def extraction(work: Path, shards: list[str], articles: int) -> dict[str, float]:
    from parleygraph.graph.cluster import _read_shard, connect
    from parleygraph.graph.pipeline import Budget, _extracted

    inputs = _first(shards, articles, work / f"in-{articles}")
    print(f"\n## 2. Extraction alone, {articles:,} articles\n")
    t0 = time.perf_counter()
    n_one = sum(1 for _ in _extracted(inputs, 2, Budget()))
    one = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(dir=work) as tmp, connect("local:2", show=print) as c:
        t0 = time.perf_counter()
        n_cl = sum(1 for _ in c.extractor(Path(tmp))(inputs, 2, Budget()))
        cl = time.perf_counter() - t0
        costs = c.costs["extract"]
        folder = Path(tmp) / "extract"
        import gc

        import psutil

        gc.collect()
        rss0 = psutil.Process().memory_info().rss
        t0 = time.perf_counter()
        held = [m for i in range(len(costs)) for ev in _read_shard(folder, i) if hasattr(ev, "meetings") for m in ev.meetings]
        read = time.perf_counter() - t0
        meetings = len(held)
        held_b = (psutil.Process().memory_info().rss - rss0) / max(1, meetings)
        del held
    worker_s = sum(x["seconds"] for x in costs)
    docs = sum(x["documents"] for x in costs)
    print(f"one machine (--jobs 2): {one:.1f} s for {n_one:,} documents; LocalCluster of 2: {cl:.1f} s "
          f"({cl / one:.2f} times); {len(costs)} partitions of {min(x['bytes'] for x in costs) / 1e6:.2f}-"
          f"{max(x['bytes'] for x in costs) / 1e6:.2f} MB, {min(x['seconds'] for x in costs):.1f}-"
          f"{max(x['seconds'] for x in costs):.1f} s each on its worker")
    print(f"per article on a worker: {worker_s / docs * 1000:.1f} ms; record shard {sum(x['shard'] for x in costs) / docs:,.0f} "
          f"bytes (input {sum(x['bytes'] for x in costs) / docs:,.0f} bytes); the client reads the shards back "
          f"at {read / max(1, meetings) * 1e6:.0f} us a meeting ({meetings:,} meetings, {read:.1f} s) and holds "
          f"{held_b / 1e3:.1f} kB a meeting record")
    return {"ext_s": worker_s / docs, "shard_b": sum(x["shard"] for x in costs) / docs, "read_s": read / max(1, meetings),
            "ext_one": one, "ext_cluster": cl, "ext_n": n_cl, "held_b": held_b}


def on_paper(a: dict[str, float], e: dict[str, float]) -> None:
    n0 = a["articles"]
    m_per, t_per, act_per = a["meetings"] / n0, a["triples"] / n0, a["actors"] / n0
    # per unit costs measured with 2 workers: a distributed stage's wall time x 2 is its worker time
    rdf_s = a["s_rdf"] * 2 / a["triples"]
    central = {"resolve": a["s_resolve"] / a["meetings"], "records": a["s_records"] / a["meetings"],
               "store": a["s_store"] / a["triples"], "validate": a["s_validate"] / a["triples"],
               "report": a["s_report"] / a["meetings"], "html": a["s_html"] / a["meetings"]}
    client_b = e["held_b"]
    print("\n## 3. Scaling on paper\n")
    print(f"measured: {m_per:.2f} meetings, {t_per:.0f} triples, {act_per:.2f} actors per article; extraction "
          f"{e['ext_s'] * 1000:.1f} ms a worker per article, record shards {e['shard_b']:,.0f} B per article, "
          f"graph {a['nt_bytes'] / a['triples']:.0f} B per triple (runs and shards about as much); the client "
          f"holds {client_b / 1e3:.1f} kB per meeting record (resolution's own tables come on top); peak client "
          f"RSS {a['client_rss'] / 1e9:.2f} GB, largest worker {a['worker_rss'] / 1e9:.2f} GB")
    print("\n| articles | workers | extract | read shards (client) | resolve (client) | rdf | store + validate (client) "
          "| report + html (client) | client memory | worker memory |")
    print("| --- " * 10 + "|")
    for n in (10_000_000, 100_000_000):
        for w in (16, 128):
            meetings, triples = n * m_per, n * t_per
            cols = [n * e["ext_s"] / w, meetings * e["read_s"], meetings * central["resolve"], triples * rdf_s / w,
                    triples * (central["store"] + central["validate"]), meetings * (central["report"] + central["html"])]
            print(f"| {n / 1e6:.0f}M | {w} | " + " | ".join(_hours(x) for x in cols)
                  + f" | {meetings * client_b / 1e9:,.0f} GB + | {a['worker_rss'] / 1e9:.1f} GB |")
    print("\nCentral stages are linear lower bounds (resolution and the report grow faster than linearly "
          "today); the first to stop scaling is the one whose client memory or time passes the machine first: "
          "resolution, which holds every meeting record in the client's memory.")


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds / 60:.0f} min"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("--articles", type=int, default=2000, help="articles of the whole builds")
    ap.add_argument("--extract-articles", type=int, default=10_000, help="articles of the extraction comparison")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    shards = _corpus(args.work, max(args.articles, args.extract_articles))
    a = whole_builds(args.work, shards, args.articles)
    e = extraction(args.work, shards, args.extract_articles)
    on_paper(a, e)


if __name__ == "__main__":
    main()
