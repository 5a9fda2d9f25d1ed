"""The explorer as a user clicks through it, in headless Chromium, offline: the date slider and
timeline, play, the map, the ego view, the shortest path, the exports, and the WebGL renderer
of large graphs (labels never overlap, search answers).

Needs the Debian packages ``chromium`` and ``chromium-driver`` (skipped without them; under
``CI=true`` a failure, see ``conftest.py``).
"""

from __future__ import annotations

import io
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from browser_util import open_page
from selenium.webdriver.common.keys import Keys

from parleygraph.graph.network import bipartite_graph
from parleygraph.graph.render import render_html, write_html

pytestmark = pytest.mark.browser
BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _open(driver, path: Path) -> None:
    open_page(driver, path, "return !!(window.pg && window.pg.settled)", what="the network page")


@pytest.fixture(scope="module")
def page(driver, seeds_result, tmp_path_factory):
    folder = tmp_path_factory.mktemp("explorer")
    path = folder / "graph.html"
    write_html(seeds_result.meetings, seeds_result.entities, path)
    downloads = folder / "downloads"
    downloads.mkdir()
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    _open(driver, path)
    return driver, seeds_result, downloads


def _reset(driver) -> None:
    driver.execute_script("""
      if (!document.getElementById('mode-box').hidden) document.getElementById('mode-exit').click();
      document.getElementById('panel-close').click();
      pg.setRange(0, pg.months().count - 1);""")


def _visible(driver) -> list[dict]:
    return driver.execute_script("return pg.visibleIds().map(function (i) { return pg.node(i); })")


def _search_and_choose(driver, text: str) -> None:
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def _name_of(result, iri: str) -> str:
    return next(e.name for e in result.entities if e.id == iri)


def test_explorer_slider_timeline_and_play(page):
    driver, result, _ = page
    _reset(driver)
    bars = driver.execute_script("return pg.timeline")
    dated = {m.iri for m in result.meetings if m.start and (m.persons or m.organizations)}
    assert sum(bars) >= len(dated) - 1 and max(bars) >= 1
    slider = driver.find_element("id", "range-to")
    slider.send_keys(Keys.END)
    for _ in range(12):  # the last year off, one month a key press
        slider.send_keys(Keys.ARROW_LEFT)
    label = driver.find_element("id", "range-label").text
    last = label.split(" – ")[1][:7]
    shown = [n for n in _visible(driver) if n["kind"] == "meeting"]
    assert shown and all(n["month"] <= last for n in shown)
    hidden = [m for m in result.meetings if m.start and m.start[:7] > last]
    assert hidden and not {m.iri for m in hidden} & {n["iri"] for n in shown}
    # actors come with the meetings that bring them: none is shown without a shown meeting
    shown_ids = {n["id"] for n in shown}
    for n in _visible(driver):
        if n["kind"] != "meeting":
            assert set(n["m"]) & shown_ids, n["name"]
    driver.find_element("id", "play").click()
    time.sleep(1.5)
    first = driver.execute_script("return [pg.state.from, pg.state.to]")
    time.sleep(1.0)
    second = driver.execute_script("return [pg.state.from, pg.state.to]")
    driver.find_element("id", "play").click()  # pause
    assert second[0] > first[0] and second[1] - second[0] == first[1] - first[0]
    _reset(driver)


def test_explorer_map_city_shows_its_meetings_and_actors(page):
    driver, result, _ = page
    _reset(driver)
    driver.find_element("id", "show-map").click()
    cities = driver.find_elements("css selector", "#map g.city")
    assert len(cities) >= 4
    almaty = driver.find_element("css selector", '#map g.city[data-gid="1526384"]')
    assert int(almaty.get_attribute("data-count")) >= 3
    almaty.find_element("css selector", "circle").click()
    there = {m.iri for m in result.meetings if m.place and m.place.geonameid == 1526384
             and (m.persons or m.organizations or m.countries)}
    shown = {n["iri"] for n in _visible(driver) if n["kind"] == "meeting"}
    assert shown == there
    panel = driver.find_element("id", "panel")
    assert "Almaty" in panel.find_element("css selector", "h3").text
    dates = [li.find_element("css selector", ".date").text
             for li in panel.find_elements("css selector", "ol.dated li")]
    assert len(dates) == len(there) and dates == sorted(dates)
    assert "City: Almaty" in driver.find_element("id", "mode-note").text
    # selecting an actor marks the cities of its meetings on the map
    almaty.find_element("css selector", "circle").click()  # again: back to every city
    caricc = "https://w3id.org/parleygraph/id/organization/caricc"
    driver.execute_script("pg.select(pg.findNode(arguments[0]))", caricc)
    hit = driver.find_elements("css selector", "#map g.city.hit")
    assert hit and any(h.get_attribute("data-gid") == "1526384" for h in hit)
    driver.find_element("id", "show-map").click()
    _reset(driver)


def test_explorer_ego_view_depth_one_and_two(page):
    driver, result, _ = page
    _reset(driver)
    B = bipartite_graph(result.meetings, result.entities)
    actor = max((v for v, k in B.nodes(data="kind") if k == "person"), key=B.degree)
    _search_and_choose(driver, _name_of(result, actor))
    driver.find_element("id", "ego-button").click()
    one = {n["iri"] for n in _visible(driver)}
    meetings = set(B[actor])
    expect = {actor} | meetings | {a for m in meetings for a in B[m]}
    assert one == expect
    panel = driver.find_element("id", "panel")
    dates = [li.find_element("css selector", ".date").text
             for li in panel.find_elements("css selector", "ol.dated li")]
    assert len(dates) == len(meetings) and dates == sorted(dates)
    assert "Ego network of" in driver.find_element("id", "mode-note").text
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", "ego-depth")).select_by_value("2")
    driver.find_element("id", "ego-button").click()
    two = {n["iri"] for n in _visible(driver)}
    reach = nx.single_source_shortest_path_length(B, actor, cutoff=4)
    expect2 = {v for v in reach if B.degree(v) > 0}
    assert two == expect2 and two > one
    driver.find_element("id", "mode-exit").click()
    assert len(_visible(driver)) > len(two)


def test_explorer_shortest_path(page):
    driver, result, _ = page
    _reset(driver)
    B = bipartite_graph(result.meetings, result.entities)
    people = sorted(v for v, k in B.nodes(data="kind") if k == "person" and B.degree(v))
    lengths = nx.single_source_shortest_path_length(B, people[0])
    target = max((p for p in people if p in lengths), key=lambda p: (lengths[p], p))
    assert lengths[target] >= 4  # at least two meetings apart
    _search_and_choose(driver, _name_of(result, people[0]))
    driver.find_element("id", "path-button").click()
    assert "pick the other actor" in driver.find_element("id", "mode-note").text
    _search_and_choose(driver, _name_of(result, target))
    path = driver.execute_script("return pg.path().map(function (i) { return pg.node(i).iri; })")
    assert path[0] == people[0] and path[-1] == target
    assert len(path) - 1 == lengths[target]  # shortest
    assert all(B.has_edge(a, b) for a, b in zip(path, path[1:]))
    steps = driver.find_elements("css selector", "#panel ol.path li")
    assert len(steps) == len(path)
    assert "→" in driver.find_element("css selector", "#panel h3").text
    _reset(driver)


def _wait_file(folder: Path, name: str, timeout: float = 20) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        p = folder / name
        if p.is_file() and p.stat().st_size and not list(folder.glob("*.crdownload")):
            return p
        time.sleep(0.1)
    pytest.fail(f"{name} was not downloaded")


def test_explorer_exports_view_and_subgraph(page):
    import pandas as pd
    from matplotlib.image import imread

    driver, result, downloads = page
    _reset(driver)
    caricc = "https://w3id.org/parleygraph/id/organization/caricc"
    driver.execute_script("pg.select(pg.findNode(arguments[0]))", caricc)
    driver.find_element("id", "ego-button").click()
    shown = {n["iri"] for n in _visible(driver)}
    for button in ("export-svg", "export-png", "export-csv", "export-graphml"):
        driver.find_element("id", button).click()
    svg = ET.parse(_wait_file(downloads, "parleygraph-view.svg")).getroot()
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "CARICC" in texts and len(texts) >= 5
    png = imread(io.BytesIO(_wait_file(downloads, "parleygraph-view.png").read_bytes()),
                 format="png")
    assert png.shape[0] > 400 and (png[:, :, :3] < 0.9).any(axis=2).mean() > 0.005
    df = pd.read_csv(_wait_file(downloads, "parleygraph-subgraph.csv"))
    assert set(df["source"]) | set(df["target"].dropna()) == shown
    assert df["source_name"].notna().all() and set(df["part"].dropna()) >= {"participant"}
    G = nx.read_graphml(_wait_file(downloads, "parleygraph-subgraph.graphml"))
    assert {d["iri"] for _, d in G.nodes(data=True)} == shown
    assert G.number_of_edges() == len(df[df["target"].notna()])
    _reset(driver)


def test_explorer_stays_offline(page):
    driver, _, _ = page
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    outside = [u for u in urls if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert urls and not outside


@pytest.fixture(scope="module")
def large(driver, tmp_path_factory):
    sys.path.insert(0, str(BENCH))
    from bench_render import synthetic

    ms, es = synthetic(3000)
    path = tmp_path_factory.mktemp("large") / "graph.html"
    path.write_text(render_html(ms, es), encoding="utf-8")
    _open(driver, path)
    return driver, ms, es


def test_explorer_large_graph_draws_with_webgl(large):
    from matplotlib.image import imread

    driver, ms, es = large
    assert driver.execute_script("return pg.renderer") == "sigma"
    time.sleep(0.5)
    png = driver.find_element("id", "panes").screenshot_as_png
    img = imread(io.BytesIO(png), format="png")[:, :, :3]
    assert (img < 0.9).any(axis=2).mean() > 0.03  # drawn, not blank
    labels, overlaps = driver.execute_script("""
      var ls = pg.labels(), bad = 0;
      for (var i = 0; i < ls.length; i++) for (var j = i + 1; j < ls.length; j++) {
        var a = ls[i], b = ls[j];
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) bad++; }
      return [ls.length, bad];""")
    assert labels >= 30 and overlaps == 0
    # zoomed in, more labels, still none overlapping
    driver.execute_script("var c = pg.sigma.getCamera(); c.setState({ratio: 0.2}); pg.sigma.render();")
    time.sleep(0.6)
    again = driver.execute_script("return pg.labels()")
    assert again and all(not (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
                              and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"])
                         for i, a in enumerate(again) for b in again[i + 1:])
    name = next(e.name for e in es if e.kind == "person")
    _search_and_choose(driver, name)
    assert driver.find_element("css selector", "#panel h3").text == name
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe
