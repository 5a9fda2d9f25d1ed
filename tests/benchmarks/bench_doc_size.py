"""Time per MB of extraction as one document grows: is extraction linear in document size?

    python tests/benchmarks/bench_doc_size.py                      # pages of 1, 2, 4, 8, 16 MB
    python tests/benchmarks/bench_doc_size.py --sizes 1,2 --participants 500,1000
    python tests/benchmarks/bench_doc_size.py --build              # also the whole build (CLI)

Two shapes of large document, generated deterministically:

- a **long multi-item page**: the seed listing pages (``seeds/*.txt``) one after another until
  the size is reached (thousands of news items, tens of thousands of sentences);
- **one meeting listing N participants** in a single sentence ("The meeting was attended by
  Mr. Aaaa Bbbb, Director of the Drug Control Agency, Mr. ..."), N from ``--participants``.

Each measurement runs in a fresh process (``split_items`` + ``extract_document``, rule data
loaded first and not timed) so that its peak memory (maxrss) is its own. Prints seconds,
seconds per MB (or per 1,000 participants) and the growth of that rate against the smallest
size: a linear extractor keeps the rate flat (growth ~1.0x). ``--build`` also times
``parleygraph build`` of each document (reading, extraction in a worker, resolution, Turtle,
SHACL, report, page) under ``prlimit --as=4000000000`` (4 GB of address space) when prlimit is
available. Never asserts on time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CONS = "bdfgklmnprstvz"
VOWELS = "aeiou"


def page_text(mb: float) -> str:
    """Seed pages one after another up to ``mb`` MB (UTF-8)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        t = seeds[i % len(seeds)]
        out.append(t)
        size += len(t.encode("utf-8")) + 1
        i += 1
    return "\n".join(out)


def participants_text(n: int, seed: int = 1) -> str:
    """One meeting whose single sentence lists ``n`` participants with their titles."""
    from parleygraph.extract.lexicon import default_rules
    from parleygraph.extract.mentions import lexicon

    vocabulary = lexicon(default_rules()).stop_tokens  # "Seri" of "Datuk Seri" is no name word
    r = random.Random(seed)

    def word() -> str:
        while True:
            k = r.randint(4, 8)
            w = "".join(r.choice(CONS).upper() if i == 0 else r.choice(CONS if i % 2 == 0 else VOWELS)
                        for i in range(k))
            if w.lower() not in vocabulary:
                return w

    head = ("Regional meeting on precursor control\n\nOn 12 March 2021, a regional meeting on "
            "precursor control was held in Almaty, Kazakhstan. The meeting was attended by ")
    return head + ", ".join(f"Mr. {word()} {word()}, Director of the Drug Control Agency"
                            for _ in range(n)) + ".\n"


def _one(kind: str, size: float) -> None:
    """In a child process: time one extraction, print a JSON line."""
    from parleygraph.extract.meetings import extract_document
    from parleygraph.extract.records import Document
    from parleygraph.extract.segment import split_items

    text = page_text(size) if kind == "page" else participants_text(int(size))
    extract_document(Document(doc="warm-up.txt", text="Officials met in Vienna on 1 May 2020."))
    doc = Document(doc=f"{kind}.txt", text=text)
    t0 = time.perf_counter()
    items = split_items(doc)
    meetings = extract_document(doc, items)
    secs = time.perf_counter() - t0
    print(json.dumps({"seconds": secs, "bytes": len(text.encode("utf-8")), "items": len(items),
                      "meetings": len(meetings),
                      "persons": max((len(m.persons) for m in meetings), default=0),
                      "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _measure(kind: str, size: float, timeout: float) -> dict | None:
    try:
        proc = subprocess.run([sys.executable, __file__, "--one", kind, str(size)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _build(kind: str, size: float, timeout: float, mem: str) -> str:
    folder = Path(tempfile.mkdtemp(prefix="bench_doc_size_"))
    try:
        src = folder / "in"
        src.mkdir()
        text = page_text(size) if kind == "page" else participants_text(int(size))
        (src / f"{kind}.txt").write_text(text, encoding="utf-8")
        exe = Path(sys.executable).with_name("parleygraph")
        cmd = [str(exe) if exe.exists() else "parleygraph", "build", str(src), "--out",
               str(folder / "out"), "--doc-timeout", "0", "--max-doc-mb", "0"]
        if shutil.which("prlimit"):
            cmd = ["prlimit", f"--as={mem}", *cmd]
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return f"over {timeout:.0f} s"
        secs = time.perf_counter() - t0
        if proc.returncode != 0:
            last = proc.stderr.strip().splitlines()[-1:] or [""]
            return f"failed (exit {proc.returncode}) {last[0][:80]}"
        return f"{secs:.1f} s"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,2,4,8,16", help="page sizes in MB")
    ap.add_argument("--participants", default="500,1000,2000,4000",
                    help="participants of the one-meeting document ('' to skip)")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds per measurement")
    ap.add_argument("--build", action="store_true", help="also time parleygraph build")
    ap.add_argument("--mem", default="4000000000",
                    help="prlimit --as for --build, in bytes (prlimit takes no suffix: '4G' is 4 bytes)")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _one(args.one[0], float(args.one[1]))
        return
    runs = [("page", float(s)) for s in args.sizes.split(",") if s.strip()]
    runs += [("participants", float(s)) for s in args.participants.split(",") if s.strip()]
    print(f"{'document':<24}{'bytes':>12}{'items':>7}{'meetings':>9}{'seconds':>10}"
          f"{'rate':>16}{'growth':>8}{'maxrss':>9}" + ("   build" if args.build else ""))
    base: dict[str, float] = {}
    for kind, size in runs:
        label = f"page {size:g} MB" if kind == "page" else f"{int(size):,} participants"
        r = _measure(kind, size, args.timeout)
        if r is None:
            print(f"{label:<24}{'':>12}{'':>7}{'':>9}{'> ' + format(args.timeout, '.0f'):>10}")
            continue
        unit = r["bytes"] / 1e6 if kind == "page" else size / 1000
        rate = r["seconds"] / unit
        base.setdefault(kind, rate)
        shown = f"{rate:.2f} s/MB" if kind == "page" else f"{rate:.2f} s/1k"
        line = (f"{label:<24}{r['bytes']:>12,}{r['items']:>7}{r['meetings']:>9}"
                f"{r['seconds']:>10.2f}{shown:>16}{rate / base[kind]:>7.2f}x"
                f"{r['maxrss_mb']:>7.0f}MB")
        if args.build:
            line += "   " + _build(kind, size, args.timeout, args.mem)
        print(line, flush=True)


if __name__ == "__main__":
    main()
