"""Time the centrality report on synthetic networks of 1k, 10k and 100k actors.

    python tests/benchmarks/bench_report.py            # 1k, 10k, 100k
    python tests/benchmarks/bench_report.py 1000 5000  # chosen sizes

Each synthetic network has n/2 meetings of 2-8 actors drawn with a heavy tail (a few actors
take part in many meetings, as directors and secretariats do), which gives one large component
and a scatter of small ones. Prints the time of each stage and of the whole ``write_report``;
never asserts on time.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from parleygraph.extract.records import Meeting, OrgRef, PersonRef
from parleygraph.graph import centrality as C
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


def bench(n: int) -> None:
    meetings = synthetic_meetings(n)
    t0 = time.perf_counter()
    G = coparticipation_graph(meetings)
    t1 = time.perf_counter()
    plan = C.plan_for(G)
    print(f"{n:>7,} actors: {len(meetings):,} meetings, {G.number_of_nodes():,} nodes, "
          f"{G.number_of_edges():,} ties; plan {plan.backend}"
          + (f" k={plan.k}" if plan.k else ""), flush=True)
    print(f"    co-participation graph  {t1 - t0:8.1f} s", flush=True)
    for name, fn in [
        ("pagerank", lambda: C.pagerank(G)),
        ("eigenvector", lambda: C.eigenvector(G)),
        ("betweenness", lambda: C.betweenness(
            G, k=plan.k, backend="networkx" if plan.backend == "networkx" else "igraph")),
        ("closeness", lambda: C.closeness(
            G, k=plan.k, backend="networkx" if plan.backend == "networkx" else "igraph")),
        ("louvain", lambda: C.communities(G)),
    ]:
        s = time.perf_counter()
        fn()
        print(f"    {name:<23} {time.perf_counter() - s:8.1f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        s = time.perf_counter()
        write_report(meetings, [], Path(tmp))
        total = time.perf_counter() - s
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
    print(f"    write_report (all files) {total:7.1f} s  ({size / 1e6:.1f} MB written)", flush=True)


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    for n in sizes:
        bench(n)
