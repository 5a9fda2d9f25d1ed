"""How long the network page takes to settle in headless Chromium, by size and layout mode.

Run: ``python tests/benchmarks/bench_render.py [--sizes 1000 5000] [--modes physics positions]``

For each size it builds a synthetic two-mode network (70 % actors, 30 % meetings of 2-8
participants picked with preferential attachment), writes the page and opens it in headless
Chromium, then prints: page size, Python build time (including the networkx layout when
positions are precomputed) and the time from navigation until the layout has settled
(``stabilizationIterationsDone`` with physics, first frame drawn without), then the mean time
to redraw one frame after a zoom step, to select the biggest node (side panel + neighbourhood
highlight) and to toggle a filter twice. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from parleygraph.extract.records import Entity, Meeting, OrgRef, PersonRef
from parleygraph.graph.render import render_html

B = "https://w3id.org/parleygraph/id/"


def synthetic(n_nodes: int, seed: int = 1) -> tuple[list[Meeting], list[Entity]]:
    """A reproducible actor-meeting network of about ``n_nodes`` nodes."""
    rng = random.Random(seed)
    n_actors = int(n_nodes * 0.7)
    n_meetings = n_nodes - n_actors
    actors = []
    for i in range(n_actors):
        kind = "person" if i % 3 else "organization"
        actors.append(Entity(id=f"{B}{kind}/a{i}", kind=kind, name=f"Actor {i}"))
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_actors)]
    meetings = []
    for j in range(n_meetings):
        k = rng.randint(2, 8)
        chosen = {rng.choices(range(n_actors), weights)[0] for _ in range(k)}
        chosen.add(j % n_actors)  # every actor takes part somewhere
        chosen |= {(j + n_meetings) % n_actors} if j + n_meetings < n_actors else set()
        persons = tuple(PersonRef(name=actors[a].name, id=actors[a].id) for a in sorted(chosen)
                        if actors[a].kind == "person")
        orgs = tuple(OrgRef(name=actors[a].name, id=actors[a].id) for a in sorted(chosen)
                     if actors[a].kind == "organization")
        meetings.append(Meeting(
            id=f"d{j}#1", iri=f"{B}meeting/m{j}", doc=f"d{j}.txt", item=0,
            evidence=f"Meeting {j} was held.", span=(0, 10),
            start=f"{2015 + j % 10}-0{1 + j % 9}-1{j % 10}", persons=persons, organizations=orgs))
    return meetings, actors


def open_page(driver, path: Path, timeout: float = 300.0) -> tuple[float, float | None]:
    t0 = time.perf_counter()
    driver.get(path.as_uri())
    while time.perf_counter() - t0 < timeout:
        if driver.execute_script("return !!(window.pg && window.pg.settled)"):
            wall = time.perf_counter() - t0
            return wall, driver.execute_script("return pg.timings.settled") / 1000.0
        time.sleep(0.05)
    return float("nan"), None


FRAME_JS = """
var done = arguments[arguments.length - 1], net = pg.network, times = [], k = 0, t;
function next() {
  if (k === 6) { times.shift(); done(times.reduce(function (a, b) { return a + b; }, 0) / times.length); return; }
  t = performance.now(); k++;
  net.once('afterDrawing', function () { times.push(performance.now() - t); setTimeout(next, 0); });
  net.moveTo({scale: net.getScale() * (k % 2 ? 1.1 : 1 / 1.1)});
}
next();
"""

SELECT_JS = """
var t = performance.now();
var ids = pg.visibleIds(), best = ids[0];
ids.forEach(function (i) { if (pg.node(i).value > pg.node(best).value) best = i; });
pg.select(best);
var mid = performance.now() - t;
document.getElementById('kind-meeting').click();
document.getElementById('kind-meeting').click();
return [mid, performance.now() - t - mid];
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000])
    ap.add_argument("--modes", nargs="+", default=["physics", "positions"],
                    choices=["physics", "positions", "top"])
    args = ap.parse_args(argv)

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1400,860"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    out = Path(tempfile.mkdtemp())
    print(f"{'nodes':>6} {'edges':>6} {'mode':>9} {'page MB':>8} {'build s':>8} "
          f"{'settle s':>9} {'in-page s':>9} {'frame ms':>9} {'select ms':>9} {'filter ms':>9}")
    try:
        for n in args.sizes:
            meetings, entities = synthetic(n)
            for mode in args.modes:
                kw = {"physics": dict(physics_max=10**9, usable_max=10**9),
                      "positions": dict(physics_max=0, usable_max=10**9),
                      "top": dict(physics_max=0, usable_max=0)}[mode]
                t = time.perf_counter()
                page = render_html(meetings, entities, **kw)
                build = time.perf_counter() - t
                path = out / f"g{n}-{mode}.html"
                path.write_text(page, encoding="utf-8")
                wall, inpage = open_page(driver, path)
                edges = driver.execute_script("return pg.network.body.data.edges.length")
                shown = driver.execute_script("return pg.visibleCount()")
                driver.set_script_timeout(120)
                frame = driver.execute_async_script(FRAME_JS)
                select, filt = driver.execute_script(SELECT_JS)
                print(f"{shown:>6} {edges:>6} {mode:>9} {len(page) / 1e6:>8.1f} {build:>8.1f} "
                      f"{wall:>9.1f} {inpage if inpage is not None else float('nan'):>9.1f} "
                      f"{frame:>9.0f} {select:>9.0f} {filt:>9.0f}   (of {n} nodes)")
                sys.stdout.flush()
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
