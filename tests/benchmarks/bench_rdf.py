"""Benchmark: write, load and query synthetic graphs of 10k to 5M triples on Oxigraph vs rdflib.

Generates realistic synthetic meetings (Zipf-like popularity of actors, 2-12 participants per
meeting, role observations, provenance) and turns them into Turtle with ``build_turtle``; then
prints, per size, the Turtle write time, the Oxigraph load time and each canned query's time,
and side by side (up to ``--rdflib-max``) rdflib's parse, Turtle write and query times, each
rdflib step in a subprocess capped at ``--rdflib-timeout`` seconds.

    python tests/benchmarks/bench_rdf.py 10k 100k 1M            # sizes to run (default: 10k 100k)
    python tests/benchmarks/bench_rdf.py 10k --rdflib-timeout 60
    nice -n 10 python tests/benchmarks/bench_rdf.py 10k 100k 1M 5M   # rdflib only up to 100k

Figures only, never asserts: timings depend on the machine. Measured on a shared 2-core VM
(23 GB RAM), seconds, Oxigraph (rdflib in brackets):

    size  write          load          meetings  participants  co-participation  per-year  roles
    10k   0.04 (0.38)    0.02 (0.33)   0.004     0.011         0.012 (1.39)      0.002     0.002
    100k  0.77 (3.14)    0.27 (2.42)   0.030     0.089         0.206 (11.5)      0.020     0.014
    1M    5.16           3.18          0.39      1.45          4.10              0.23      0.15
    5M    34.6           17.6          2.49      8.96          37.3              1.35      1.01

Peak RSS 0.6 GB at 1M, 2.8 GB at 5M; the whole run (10k-5M, rdflib to 100k) took 3 min.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from parleygraph.extract.iris import DEFAULT_BASE as BASE
from parleygraph.extract.records import (
    BuildInfo, Entity, Meeting, OrgRef, PersonRef, Place, RoleObservation, MEETING_TYPES,
)
from parleygraph.graph.rdf import build_turtle
from parleygraph.graph.sparql import CANNED, canned_queries

PARTS = ("host", "visitor", "organiser", "chair", "speaker", "participant", "participant",
         "participant", "participant")
TITLES = ("Director", "Deputy Director", "Head of Unit", "Minister", "Deputy Minister",
          "Senior Analyst", "Liaison Officer", "Coordinator", "Ambassador", "Expert")
CITIES = [(f"City {i}", 1_500_000 + i) for i in range(200)]
COUNTRIES = [chr(65 + i // 26) + chr(65 + i % 26) for i in range(0, 26 * 26, 11)][:60]


def _size(text: str) -> int:
    text = text.lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * mult)


def synthesize(n_meetings: int, seed: int = 1) -> tuple[list[Meeting], list[Entity], BuildInfo]:
    """Synthetic meetings and entities with skewed (Zipf-like) actor popularity."""
    rng = random.Random(seed)
    n_people = max(20, n_meetings // 2)
    n_orgs = max(10, n_meetings // 8)
    people = [f"{BASE}person/p{i}" for i in range(n_people)]
    orgs = [f"{BASE}organization/o{i}" for i in range(n_orgs)]
    # cumulative weights, computed once (rng.choices with plain weights is O(population) per call)
    pw = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(n_people)))
    ow = list(itertools.accumulate(1 / (i + 1) ** 0.9 for i in range(n_orgs)))
    cw = list(itertools.accumulate(1 / (i + 1) for i in range(len(COUNTRIES))))
    n_docs = max(1, n_meetings // 20)
    meetings: list[Meeting] = []
    roles: dict[str, list[RoleObservation]] = {}
    for i in range(n_meetings):
        doc = f"doc{i % n_docs:06d}.txt"
        year, month, day = 2015 + rng.randrange(10), 1 + rng.randrange(12), 1 + rng.randrange(28)
        start = f"{year}-{month:02d}" if rng.random() < 0.1 else f"{year}-{month:02d}-{day:02d}"
        online = rng.random() < 0.3
        k = rng.randrange(len(CITIES))
        city, gid = CITIES[k]
        iri = f"{BASE}meeting/m{i}"
        ps = tuple(PersonRef(name=f"Person {p.rsplit('p', 1)[-1]}", id=p, part=rng.choice(PARTS))
                   for p in dict.fromkeys(rng.choices(people, cum_weights=pw, k=rng.randint(1, 6))))
        os_ = tuple(OrgRef(name=f"Org {o.rsplit('o', 1)[-1]}", id=o, part=rng.choice(PARTS))
                    for o in dict.fromkeys(rng.choices(orgs, cum_weights=ow, k=rng.randint(1, 4))))
        cs = tuple(dict.fromkeys(rng.choices(COUNTRIES, cum_weights=cw, k=rng.randint(1, 3))))
        evidence = f"Meeting {i} was held with {len(ps)} officials and {len(os_)} agencies."
        meetings.append(Meeting(
            id=f"{doc}#{i}", doc=doc, item=i // n_docs, evidence=evidence, span=(100, 100 + len(evidence)),
            type=rng.choice(MEETING_TYPES), start=start, end=start, format="online" if online else "in_person",
            city=None if online else city, country=None if online else COUNTRIES[k % len(COUNTRIES)],
            place=None if online else Place(geonameid=gid, name=city, latitude=40.0, longitude=70.0),
            persons=ps, organizations=os_, countries=cs,
            status="planned" if rng.random() < 0.05 else "held", iri=iri,
            headline=f"News {i}", published=start if len(start) == 10 else None))
        for p in ps[:2]:
            if rng.random() < 0.5:
                roles.setdefault(p.id, []).append(RoleObservation(
                    person=p.id, role=rng.choice(TITLES), organization=os_[0].id, date=start,
                    doc=doc, meeting=iri, evidence=evidence))
    entities = [Entity(id=p, kind="person", name=f"Person {k}", aliases=(f"P. {k}",),
                       roles=tuple(roles.get(p, ()))) for k, p in enumerate(people)]
    entities += [Entity(id=o, kind="organization", name=f"Org {k}", acronym=f"O{k}",
                        parent=orgs[k // 5] if k >= 5 else None, country=COUNTRIES[k % len(COUNTRIES)])
                 for k, o in enumerate(orgs)]
    entities += [Entity(id=f"{BASE}country/{c}", kind="country", name=c, code=c) for c in COUNTRIES]
    inputs = tuple((f"doc{d:06d}.txt", f"{d:064x}") for d in range(n_docs))
    return meetings, entities, BuildInfo(version="bench", time="1970-01-01T00:00:00Z", inputs=inputs)


_RDFLIB_STEP = r"""
import sys, time, json, rdflib
path, step, query = sys.argv[1], sys.argv[2], sys.argv[3]
g = rdflib.Graph()
t = time.perf_counter(); g.parse(path, format="turtle"); parse = time.perf_counter() - t
t = time.perf_counter()
if step == "write":
    g.serialize(format="turtle")
    n = len(g)
elif step == "parse":
    n = len(g)
else:
    n = sum(1 for _ in g.query(query))
print(json.dumps({"parse": parse, "seconds": time.perf_counter() - t, "rows": n}))
"""


def rdflib_step(path: Path, step: str, query: str, timeout: float) -> str:
    """Run one rdflib step in a subprocess; its time, or '>timeout' if it was stopped."""
    try:
        out = subprocess.run([sys.executable, "-c", _RDFLIB_STEP, str(path), step, query],
                             capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return f">{timeout:.0f}s"
    except subprocess.CalledProcessError as e:
        return f"error: {e.stderr.strip().splitlines()[-1] if e.stderr else e.returncode}"
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if step == "parse":
        return f"{res['parse']:.3f}s"
    return f"{res['seconds']:.3f}s" + (f" [{res['rows']} rows]" if step == "query" else "")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", default=["10k", "100k"], help="target triple counts (10k 100k 1M 5M)")
    ap.add_argument("--rdflib-max", default="100k", help="largest size also run on rdflib")
    ap.add_argument("--rdflib-timeout", type=float, default=600.0, help="cap per rdflib step (s)")
    args = ap.parse_args(argv)
    queries = canned_queries()
    # Calibrate triples per meeting on a small sample.
    m, e, b = synthesize(400)
    per_meeting = sum(1 for _ in ox.parse(build_turtle(m, e, b).encode(),
                                          format=ox.RdfFormat.TURTLE)) / 400
    print(f"~{per_meeting:.0f} triples per synthetic meeting (incl. entities, provenance)")
    with tempfile.TemporaryDirectory() as tmp:
        for label in args.sizes:
            target = _size(label)
            n = max(10, round(target / per_meeting))
            t = time.perf_counter()
            meetings, entities, build = synthesize(n)
            gen = time.perf_counter() - t
            t = time.perf_counter()
            ttl = build_turtle(meetings, entities, build)
            write = time.perf_counter() - t
            path = Path(tmp) / f"graph-{label}.ttl"
            path.write_text(ttl, encoding="utf-8")
            del ttl, meetings, entities
            t = time.perf_counter()
            store = ox.Store()
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)
            load = time.perf_counter() - t
            print(f"\n== {label}: {len(store):,} triples, {n:,} meetings, "
                  f"{path.stat().st_size / 1e6:.1f} MB Turtle (generate {gen:.2f}s)")
            print(f"  {'step':34} {'oxigraph':>20}   rdflib")
            on_rdflib = target <= _size(args.rdflib_max)
            rd = lambda step, q="": rdflib_step(path, step, q, args.rdflib_timeout) if on_rdflib else "-"  # noqa: E731
            print(f"  {'write Turtle (build_turtle)':34} {write:>19.3f}s   {rd('write')}", flush=True)
            print(f"  {'load Turtle':34} {load:>19.3f}s   {rd('parse')}", flush=True)
            for name in CANNED:
                t = time.perf_counter()
                rows = sum(1 for _ in store.query(queries[name]))
                secs = time.perf_counter() - t
                ox_cell = f"{secs:.3f}s [{rows} rows]"
                print(f"  {'query ' + name:34} {ox_cell:>20}   {rd('query', queries[name])}",
                      flush=True)
            del store
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2
            print(f"  peak RSS of this process so far: {peak:.1f} GB", flush=True)


if __name__ == "__main__":
    main()
