"""Time the centrality report on synthetic networks of 1k, 10k and 100k actors.

    python tests/benchmarks/bench_report.py            # 1k, 10k, 100k
    python tests/benchmarks/bench_report.py 1000 5000  # chosen sizes

Each synthetic network has n/2 meetings of 2-8 actors drawn with a heavy tail (a few actors
take part in many meetings, as directors and secretariats do), which gives one large component
and a scatter of small ones. Prints the time of each measure as the report's plan computes it
(on one shared copy of the network as arrays), then the whole ``write_report`` and where its
time went (the wall-clock time of each stage function it calls, summed over its calls; a
stage inside another counts in both); never asserts on time.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import Any

from parleygraph.extract.records import Meeting, OrgRef, PersonRef
from parleygraph.graph import centrality as C
from parleygraph.graph import report as R
from parleygraph.graph.network import coparticipation_graph
from parleygraph.graph.report import write_report

B = "https://w3id.org/parleygraph/id/"
CODES = [a + b for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJ"]


def synthetic_meetings(n_actors: int, *, seed: int = 0) -> list[Meeting]:
    """n_actors/2 meetings over n_actors actors (persons, organisations, a few countries)."""
    rng = random.Random(seed)
    cum = list(accumulate(1.0 / (i + 1) ** 0.8 for i in range(n_actors)))
    order = list(range(n_actors))
    rng.shuffle(order)
    meetings = []
    for i in range(max(n_actors // 2, 1)):
        size = rng.randint(2, 8)
        picked = {order[j] for j in rng.choices(range(n_actors), cum_weights=cum, k=size)}
        # every actor appears at least once: meeting i also gets actors 2i and 2i+1
        picked |= {(2 * i) % n_actors, (2 * i + 1) % n_actors}
        persons, orgs, countries = [], [], []
        for a in sorted(picked):
            if a % 10 < 7:
                persons.append(PersonRef(name=f"Person {a}", id=f"{B}person/p{a}"))
            elif a % 10 < 9 or a >= len(CODES) * 10:
                orgs.append(OrgRef(name=f"Organisation {a}", id=f"{B}organization/o{a}"))
            else:
                countries.append(CODES[a // 10])
        year = 2010 + rng.randrange(15)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        meetings.append(Meeting(
            id=f"doc{i}#1", iri=f"{B}meeting/m{i}", doc=f"doc{i}", item=0, evidence=f"meeting {i}",
            span=(0, 10), start=date, end=date, city="City", country="KZ",
            persons=tuple(persons), organizations=tuple(orgs), countries=tuple(countries)))
    return meetings


STAGES = (
    (R, ("project", "projection_graph", "_arrays_of", "centralities", "_graphml", "_gexf",
         "participation_rows", "meeting_rows", "actor_rows", "csv_text", "_yearly", "_compose",
         "write_atomic")),
    (C, ("betweenness", "closeness", "pagerank", "eigenvector", "communities")),
)
"""The functions timed inside ``write_report`` (looked up by name at call time, so wrapping
the module attribute times every call)."""


@contextmanager
def timed_stages() -> Iterator[dict[str, list[float]]]:
    """Wrap the :data:`STAGES` functions with timers for the duration of the block; yields
    ``{name: [seconds, calls]}``."""
    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    saved = []
    for module, names in STAGES:
        for name in names:
            fn = getattr(module, name)
            saved.append((module, name, fn))
            setattr(module, name, _timer(name, fn, spent))
    try:
        yield spent
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)


def _timer(name: str, fn: Callable[..., Any], spent: dict[str, list[float]]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        s = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name][0] += time.perf_counter() - s
            spent[name][1] += 1
    return run


def bench(n: int) -> None:
    meetings = synthetic_meetings(n)
    t0 = time.perf_counter()
    G = coparticipation_graph(meetings)
    t1 = time.perf_counter()
    arrays = C.network_arrays(G)
    t2 = time.perf_counter()
    plan = C.plan_for(G)
    backend = "networkx" if plan.backend == "networkx" else "igraph"
    print(f"{n:>7,} actors: {len(meetings):,} meetings, {G.number_of_nodes():,} nodes, "
          f"{G.number_of_edges():,} ties; plan {plan.backend}"
          + (f" k={plan.k}" if plan.k else ""), flush=True)
    print(f"    co-participation graph  {t1 - t0:8.1f} s", flush=True)
    print(f"    arrays (scipy, igraph)  {t2 - t1:8.1f} s", flush=True)
    for name, fn in [
        ("pagerank", lambda: C.pagerank(G, arrays=arrays)),
        ("eigenvector", lambda: C.eigenvector(G, arrays=arrays)),
        ("betweenness", lambda: C.betweenness(G, k=plan.k, backend=backend, arrays=arrays)),
        ("closeness", lambda: C.closeness(G, k=plan.k, backend=backend, arrays=arrays)),
        ("louvain", lambda: C.communities(
            G, arrays=arrays, backend="igraph" if plan.backend == "igraph-sampled" else "networkx")),
    ]:
        s = time.perf_counter()
        fn()
        print(f"    {name:<23} {time.perf_counter() - s:8.1f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp, timed_stages() as spent:
        s = time.perf_counter()
        write_report(meetings, [], Path(tmp))
        total = time.perf_counter() - s
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
    print(f"    write_report (all files) {total:7.1f} s  ({size / 1e6:.1f} MB written)", flush=True)
    for name, (secs, calls) in sorted(spent.items(), key=lambda kv: -kv[1][0]):
        print(f"      {name:<22} {secs:8.1f} s  ({calls:.0f} call{'s' if calls != 1 else ''})")


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    for n in sizes:
        bench(n)
