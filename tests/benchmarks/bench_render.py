"""The network page at scale in headless Chromium: first frame, frames per second, search, labels.

Run: ``python tests/benchmarks/bench_render.py [--sizes 1000 5000 20000] [--edges-per-node 5]
[--screenshots docs/]``

For each size it builds a synthetic two-mode network (:func:`synthetic`: 70 % actors in
communities, 30 % meetings whose participants come mostly from one community, dated over
fifteen years in forty real cities, 1 % of meetings without participants), writes the page
and opens it in headless Chromium (``--headless --no-sandbox --disable-gpu``: WebGL runs on
the software rasteriser, so a real GPU only does better), then prints:

- page size, Python build time (layout and communities included), the renderer;
- first frame: from navigation start until the script has drawn the first frame with labels
  (in-page ``performance.now()``); "shown": until two animation frames later, when the
  browser has put it on screen; and the wall time the driver waited (until "shown", polled);
  above 20,000 edges the first frame holds the nodes and the edges follow in the next one;
- fps while panning: the camera moves every animation frame for three seconds; frames
  actually drawn divided by the seconds;
- search: time from a query to the result list drawn (median of 20 queries);
- labels: how many are shown and how many pairs overlap (must be 0);
- filter: time to apply a date range (half of the months) and to clear it.

Prints figures; asserts nothing about time. With ``--screenshots DIR`` it saves
``DIR/network-<size>.png``.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from parleygraph.extract.records import Entity, Meeting, OrgRef, PersonRef, Place
from parleygraph.graph.render import render_html

B = "https://w3id.org/parleygraph/id/"
CITIES = [  # (geonameid, name, country, lat, lon) of real places, for the map
    (1526273, "Astana", "KZ", 51.18, 71.45), (1526384, "Almaty", "KZ", 43.25, 76.91),
    (1221874, "Dushanbe", "TJ", 38.54, 68.78), (1512569, "Tashkent", "UZ", 41.26, 69.22),
    (1528675, "Bishkek", "KG", 42.87, 74.59), (162183, "Ashgabat", "TM", 37.95, 58.38),
    (1138958, "Kabul", "AF", 34.53, 69.17), (1176615, "Islamabad", "PK", 33.72, 73.04),
    (112931, "Tehran", "IR", 35.69, 51.42), (524901, "Moscow", "RU", 55.75, 37.62),
    (2761369, "Vienna", "AT", 48.21, 16.37), (2950159, "Berlin", "DE", 52.52, 13.41),
    (2988507, "Paris", "FR", 48.85, 2.35), (3117735, "Madrid", "ES", 40.42, -3.70),
    (2643743, "London", "GB", 51.51, -0.13), (5128581, "New York City", "US", 40.71, -74.01),
    (4140963, "Washington", "US", 38.90, -77.04), (1816670, "Beijing", "CN", 39.91, 116.40),
    (1850147, "Tokyo", "JP", 35.69, 139.69), (1273294, "Delhi", "IN", 28.65, 77.23),
    (745044, "Istanbul", "TR", 41.01, 28.95), (323786, "Ankara", "TR", 39.92, 32.85),
    (360630, "Cairo", "EG", 30.06, 31.25), (292223, "Dubai", "AE", 25.08, 55.31),
    (285787, "Kuwait City", "KW", 29.37, 47.97), (108410, "Riyadh", "SA", 24.69, 46.72),
    (2660646, "Geneva", "CH", 46.20, 6.14), (2800866, "Brussels", "BE", 50.85, 4.35),
    (3169070, "Rome", "IT", 41.89, 12.51), (756135, "Warsaw", "PL", 52.23, 21.01),
    (587084, "Baku", "AZ", 40.38, 49.89), (616052, "Yerevan", "AM", 40.18, 44.51),
    (611717, "Tbilisi", "GE", 41.69, 44.83), (625144, "Minsk", "BY", 53.90, 27.57),
    (703448, "Kyiv", "UA", 50.45, 30.52), (1880252, "Singapore", "SG", 1.29, 103.85),
    (1609350, "Bangkok", "TH", 13.75, 100.50), (184745, "Nairobi", "KE", -1.28, 36.82),
    (3448439, "Sao Paulo", "BR", -23.55, -46.64), (2147714, "Sydney", "AU", -33.87, 151.21),
]


def synthetic(n_nodes: int, edges_per_node: float = 5.0, seed: int = 1
              ) -> tuple[list[Meeting], list[Entity]]:
    """A reproducible actor-meeting network of about ``n_nodes`` nodes and
    ``edges_per_node * n_nodes`` actor-meeting ties, with communities, dates and cities."""
    rng = random.Random(seed)
    n_actors = int(n_nodes * 0.7)
    n_meetings = n_nodes - n_actors
    n_groups = max(3, int(math.sqrt(n_actors) / 4))
    actors, groups = [], [[] for _ in range(n_groups)]
    for i in range(n_actors):
        kind = ("person", "person", "organization", "person", "country")[i % 5] \
            if i % 53 else "organization"
        name = {"person": "Person", "organization": "Agency", "country": "State"}[kind]
        actors.append(Entity(id=f"{B}{kind}/a{i}", kind=kind, name=f"{name} {i}"))
        groups[rng.randrange(n_groups)].append(i)
    weights = [[1.0 / (1 + r) ** 0.8 for r in range(len(g))] for g in groups]
    mean_k = edges_per_node * n_nodes / max(n_meetings, 1)
    meetings = []
    for j in range(n_meetings):
        if j % 100 == 99:  # a meeting whose participants were not found
            chosen: set[int] = set()
        else:
            k = max(2, int(rng.expovariate(1 / mean_k)) + 1)
            g = rng.randrange(n_groups)
            chosen = set()
            for _ in range(k):
                gg = g if rng.random() < 0.85 else rng.randrange(n_groups)
                if groups[gg]:
                    chosen.add(rng.choices(groups[gg], weights[gg])[0])
            members = groups[g] or groups[0]
            chosen.add(members[(j // n_groups) % len(members)])  # most actors take part
        persons = tuple(PersonRef(name=actors[a].name, id=actors[a].id) for a in sorted(chosen)
                        if actors[a].kind == "person")
        orgs = tuple(OrgRef(name=actors[a].name, id=actors[a].id) for a in sorted(chosen)
                     if actors[a].kind == "organization")
        countries = tuple(actors[a].id.rsplit("/", 1)[1] for a in sorted(chosen)
                          if actors[a].kind == "country")
        gid, city, cc, lat, lon = CITIES[min(int(rng.expovariate(0.15)), len(CITIES) - 1)]
        start = f"{2010 + rng.randrange(15)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        meetings.append(Meeting(
            id=f"d{j}#1", iri=f"{B}meeting/m{j}", doc=f"d{j}.txt", item=0,
            evidence=f"Meeting {j} was held in {city}.", span=(0, 10), start=start,
            city=city, country=cc, place=Place(geonameid=gid, name=city, latitude=lat,
                                               longitude=lon),
            persons=persons, organizations=orgs, countries=countries))
    # country actors are minted by the meeting (country_iri): give them entity records
    ents = [e for e in actors if e.kind != "country"]
    ents += [Entity(id=f"{B}country/{e.id.rsplit('/', 1)[1]}", kind="country", name=e.name)
             for e in actors if e.kind == "country"]
    return meetings, ents


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1400,860", "--hide-scrollbars"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def open_page(driver, path: Path, timeout: float = 300.0) -> tuple[float, float | None]:
    t0 = time.perf_counter()
    driver.get(path.as_uri())
    while time.perf_counter() - t0 < timeout:
        if driver.execute_script("return !!(window.pg && window.pg.settled)"):
            wall = time.perf_counter() - t0
            return wall, driver.execute_script("return pg.timings.firstFrame") / 1000.0
        time.sleep(0.05)
    return float("nan"), None


PAN_JS = """
var done = arguments[arguments.length - 1], seconds = arguments[0];
var f0 = pg.frames, t0 = performance.now(), k = 0;
var net = pg.network, sig = pg.sigma;
if (net) { net.on('afterDrawing', function () { pg.frames++; }); f0 = pg.frames; }
var base = sig ? sig.getCamera().getState() : net.getViewPosition();
function step() {
  var t = performance.now() - t0;
  if (t > seconds * 1000) { done([(pg.frames - f0) / (t / 1000), k / (t / 1000)]); return; }
  k++;
  var dx = Math.sin(t / 400) * 0.05, dy = Math.cos(t / 500) * 0.05;
  if (sig) sig.getCamera().setState({x: base.x + dx, y: base.y + dy});
  else net.moveTo({position: {x: base.x + dx * 4000, y: base.y + dy * 4000}, animation: false});
  requestAnimationFrame(step);
}
requestAnimationFrame(step);
"""

OVERLAP_JS = """
var ls = pg.labels(), bad = 0;
for (var i = 0; i < ls.length; i++) for (var j = i + 1; j < ls.length; j++) {
  var a = ls[i], b = ls[j];
  if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) bad++;
}
return [ls.length, bad];
"""


def measure(driver, path: Path) -> dict[str, float]:
    wall, first = open_page(driver, path)
    out: dict[str, float] = {"wall": wall, "first": first if first is not None else float("nan")}
    # on screen: two animation frames after the first frame was drawn
    out["shown_s"] = driver.execute_script("return pg.timings.settled") / 1000.0
    driver.set_script_timeout(120)
    time.sleep(0.5)
    out["fps"], out["steps"] = driver.execute_async_script(PAN_JS, 3)
    names = driver.execute_script(
        "var ids = pg.visibleIds(), out = []; for (var i = 0; i < 20; i++)"
        " out.push(pg.node(ids[(i * 7919) % ids.length]).name); return out;")
    times = [driver.execute_script("return pg.search(arguments[0])", n.lower()) for n in names]
    out["search"] = statistics.median(times)
    out["labels"], out["overlaps"] = driver.execute_script(OVERLAP_JS)
    t = driver.execute_script("var t = performance.now(); var m = pg.months();"
                              "pg.setRange(0, Math.floor(m.count / 2)); var a = performance.now() - t;"
                              "t = performance.now(); pg.setRange(0, m.count - 1);"
                              "return [a, performance.now() - t];")
    out["filter"], out["clear"] = t
    out["shown"] = driver.execute_script("return pg.visibleCount()")
    out["edges"] = driver.execute_script("return pg.visibleEdges().length")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--edges-per-node", type=float, default=5.0)
    ap.add_argument("--screenshots", type=Path, default=None)
    args = ap.parse_args(argv)

    driver = _driver()
    out = Path(tempfile.mkdtemp())
    print(f"{'nodes':>6} {'edges':>7} {'renderer':>8} {'page MB':>8} {'build s':>8} "
          f"{'first s':>8} {'shown s':>8} {'wall s':>7} {'fps':>5} {'search ms':>9} {'labels':>6} "
          f"{'overlap':>7} {'filter ms':>9} {'clear ms':>8}")
    try:
        for n in args.sizes:
            meetings, entities = synthetic(n, args.edges_per_node)
            t = time.perf_counter()
            page = render_html(meetings, entities)
            build = time.perf_counter() - t
            path = out / f"g{n}.html"
            path.write_text(page, encoding="utf-8")
            r = measure(driver, path)
            renderer = driver.execute_script("return pg.renderer")
            print(f"{r['shown']:>6} {r['edges']:>7} {renderer:>8} {len(page) / 1e6:>8.1f} "
                  f"{build:>8.1f} {r['first']:>8.2f} {r['shown_s']:>8.2f} {r['wall']:>7.2f} {r['fps']:>5.0f} "
                  f"{r['search']:>9.1f} {r['labels']:>6} {r['overlaps']:>7} "
                  f"{r['filter']:>9.0f} {r['clear']:>8.0f}   (of {n} nodes)")
            sys.stdout.flush()
            if args.screenshots:  # coloured by community, the search list closed
                driver.execute_script(
                    "pg.setRange(0, pg.months().count - 1);"
                    "document.getElementById('results').hidden = true;"
                    "var c = document.getElementById('color-by'); c.value = 'community';"
                    "c.dispatchEvent(new Event('change'));")
                time.sleep(1.0)
                args.screenshots.mkdir(parents=True, exist_ok=True)
                driver.save_screenshot(str(args.screenshots / f"network-{n}.png"))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
