"""The network page in headless Chromium: it draws, responds, stays offline and cannot be injected.

Needs the Debian packages ``chromium`` and ``chromium-driver``. Without them the tests are
skipped with the reason; under ``CI=true`` a missing browser is a failure (the ``driver``
fixture in ``conftest.py``).
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from browser_util import open_page

from parleygraph.extract.io import read_jsonl
from parleygraph.extract.records import Meeting, PersonRef, entity_from_dict, meeting_from_dict
from parleygraph.graph.network import bipartite_graph
from parleygraph.graph.render import KIND_STYLES, write_html

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data"
ATTACK_SCRIPT = "<script>window.__pwned = 1</script>"
ATTACK_IMG = '<img src="x" onerror="window.__pwned = 2">'
ATTACK_NAME = 'Eve <b onmouseover="window.__pwned=3">Mallory</b>'


def _records() -> tuple[list[Meeting], list]:
    ms = [meeting_from_dict(d) for d in read_jsonl(DATA / "sample_meetings.jsonl")]
    es = [entity_from_dict(d) for d in read_jsonl(DATA / "sample_entities.jsonl")]
    return ms, es


def _open(driver, path: Path) -> None:
    open_page(driver, path, "return !!(window.pg && window.pg.settled)", what="the network page")


@pytest.fixture(scope="module")
def seeds_page(driver, tmp_path_factory):
    ms, es = _records()
    path = tmp_path_factory.mktemp("page") / "graph.html"
    write_html(ms, es, path)
    _open(driver, path)
    return driver, ms, es


def _shown(driver) -> int:
    return int(driver.find_element("id", "stats").get_attribute("data-shown"))


def _clear_filters(driver) -> None:
    driver.execute_script("""
        document.querySelectorAll('#kinds input').forEach(function (cb) {
          if (!cb.checked && !cb.disabled) cb.click(); });
        var c = document.getElementById('country'); c.value = '';
        c.dispatchEvent(new Event('change'));
        ['range-from', 'range-to'].forEach(function (id, i) {
          var e = document.getElementById(id); e.value = i ? e.max : e.min;
          e.dispatchEvent(new Event('input')); });
    """)


def test_browser_graph_draws(seeds_page):
    driver, ms, es = seeds_page
    from matplotlib.image import imread

    png = driver.find_element("id", "network").screenshot_as_png
    img = imread(io.BytesIO(png), format="png")[:, :, :3]
    ink = (img < 0.94).any(axis=2)
    assert ink.mean() > 0.01, "the network area is blank"
    # every node kind is drawn in its own colour
    for kind, style in KIND_STYLES.items():
        rgb = [int(style["color"][i:i + 2], 16) / 255 for i in (1, 3, 5)]
        close = (abs(img - rgb) < 0.03).all(axis=2).sum()
        assert close > 20, f"no {kind} node drawn"
    B = bipartite_graph(ms, es)
    isolated = sum(1 for v in B if B.degree(v) == 0)  # meetings without participants: hidden
    assert isolated >= 1 and _shown(driver) == B.number_of_nodes() - isolated
    assert driver.execute_script("return pg.network.getPositions().constructor === Object")
    assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_browser_search_selects_and_shows_panel(seeds_page):
    from selenium.webdriver.common.keys import Keys

    driver, ms, es = seeds_page
    org = next(e for e in es if e.kind == "organization" and e.acronym and e.meetings)
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(org.acronym.lower())
    results = driver.find_element("id", "results")
    assert results.is_displayed()
    names = [li.text for li in results.find_elements("css selector", "li")]
    assert any(org.name in n for n in names), names
    box.send_keys(Keys.ENTER)
    panel = driver.find_element("id", "panel")
    assert panel.is_displayed()
    assert panel.find_element("css selector", "h3").text == org.name
    alias_text = panel.find_element("css selector", ".aliases").text
    assert org.acronym in alias_text
    meeting_links = panel.find_elements("css selector", "li a.node")
    assert len(meeting_links) >= 1
    selected = driver.execute_script("return pg.network.getSelectedNodes()")
    assert driver.execute_script("return pg.node(arguments[0]).iri", selected[0]) == org.id
    # a meeting link in the panel opens the meeting with its evidence
    meeting_links[0].click()
    assert panel.find_element("css selector", "blockquote.evidence").text.strip()


def test_browser_search_by_alias(seeds_page):
    from selenium.webdriver.common.keys import Keys

    driver, ms, es = seeds_page
    person = next(e for e in es if e.kind == "person"
                  and any(a != e.name and e.name not in a for a in e.aliases))
    alias = next(a for a in person.aliases if a != person.name and person.name not in a)
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(alias)
    box.send_keys(Keys.ENTER)
    panel = driver.find_element("id", "panel")
    assert panel.find_element("css selector", "h3").text == person.name


def test_browser_click_on_meeting_shows_evidence(seeds_page):
    from selenium.webdriver.common.action_chains import ActionChains

    driver, ms, es = seeds_page
    m = max(ms, key=lambda m: len(m.persons) + len(m.organizations))
    nid = driver.execute_script("return pg.findNode(arguments[0])", m.iri)
    x, y = driver.execute_script("""
        var net = pg.network, id = arguments[0];
        net.focus(id, {scale: 3, animation: false});
        var p = net.canvasToDOM(net.getPositions([id])[id]);
        return [p.x, p.y];""", nid)
    canvas = driver.find_element("css selector", "#network canvas")
    w, h = canvas.size["width"], canvas.size["height"]
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)) \
        .click().perform()
    panel = driver.find_element("id", "panel")
    assert panel.is_displayed()
    evidence = [b.text for b in panel.find_elements("css selector", "blockquote.evidence")]
    assert m.evidence.strip() in [e.strip() for e in evidence]
    assert m.doc in panel.text
    parts = panel.find_elements("css selector", "ul li a.node")
    assert len(parts) == len({p.id for p in m.persons} | {o.id for o in m.organizations}
                             | set(m.countries))
    # neighbourhood highlight: the meeting's participants keep their colour, others dim
    dim = driver.execute_script("""
        var ds = pg.network.body.data.nodes, near = new Set(pg.network.getConnectedNodes(arguments[0]));
        var out = {near: 0, far: 0};
        ds.forEach(function (n) {
          var c = n.color && n.color.background;
          if (near.has(n.id)) { if (c !== '#e6e8ec') out.near++; }
          else if (n.id !== arguments[0] && c === '#e6e8ec') out.far++;
        });
        return out;""", nid)
    assert dim["near"] == len(parts) and dim["far"] > 0


def test_browser_filters_respond(seeds_page):
    from selenium.webdriver.support.ui import Select

    driver, ms, es = seeds_page
    _clear_filters(driver)
    total = _shown(driver)
    n_meetings = len({m.iri for m in ms if m.persons or m.organizations or m.countries})

    driver.find_element("id", "kind-meeting").click()
    assert _shown(driver) == total - n_meetings
    driver.find_element("id", "kind-meeting").click()
    assert _shown(driver) == total

    from selenium.webdriver.common.keys import Keys

    first = driver.execute_script("return pg.months()")["first"]
    y, mo = int(first[:4]), int(first[5:7])
    steps = (2024 - y) * 12 - (mo - 1)  # months from the first one to January 2024
    slider = driver.find_element("id", "range-from")
    slider.send_keys(Keys.HOME)
    for _ in range(steps):
        slider.send_keys(Keys.ARROW_RIGHT)
    assert driver.find_element("id", "range-label").text.startswith("2024-01")
    recent = {m.iri for m in ms if m.start and m.start >= "2024"
              and (m.persons or m.organizations or m.countries)}
    ids = driver.execute_script("return pg.visibleIds().map(function (i) { return pg.node(i); })"
                                ".filter(function (n) { return n.kind === 'meeting'; })"
                                ".map(function (n) { return n.iri; })")
    assert set(ids) == recent and 0 < _shown(driver) < total
    _clear_filters(driver)

    Select(driver.find_element("id", "country")).select_by_value("ES")
    ids = driver.execute_script("return pg.visibleIds().map(function (i) { return pg.node(i); })"
                                ".filter(function (n) { return n.kind === 'meeting'; })"
                                ".map(function (n) { return n.iri; })")
    assert ids and all("ES" in driver.execute_script(
        "return pg.node(pg.findNode(arguments[0])).cc", i) for i in ids)
    assert {m.iri for m in ms if m.country == "ES"} <= set(ids)
    _clear_filters(driver)
    assert _shown(driver) == total


def test_browser_switches_to_coparticipation_view(seeds_page):
    driver, ms, es = seeds_page
    _clear_filters(driver)
    driver.find_element("css selector", "input[name=view][value=one]").click()
    deadline = time.monotonic() + 30
    while not driver.execute_script("return pg.settled") and time.monotonic() < deadline:
        time.sleep(0.05)
    kinds = driver.execute_script(
        "return pg.visibleIds().map(function (i) { return pg.node(i).kind; })")
    assert kinds and "meeting" not in kinds
    n_edges = driver.execute_script("return pg.network.body.data.edges.length")
    assert n_edges > len(kinds) / 2
    driver.find_element("css selector", "input[name=view][value=two]").click()
    while not driver.execute_script("return pg.settled") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "meeting" in driver.execute_script(
        "return pg.visibleIds().map(function (i) { return pg.node(i).kind; })")


def test_browser_no_request_leaves_the_machine(seeds_page):
    driver, ms, es = seeds_page
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    # this log covers everything since the page opened: clicks, search, view switches
    assert urls, "no request logged at all: is the performance log on?"
    outside = [u for u in urls if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert not outside


def test_browser_document_markup_cannot_inject(driver, tmp_path):
    ms, es = _records()
    m = ms[0]
    evil = replace(
        m, iri=m.iri + "-evil", id=m.id + "-evil",
        evidence=f"Met at {ATTACK_SCRIPT} and {ATTACK_IMG}.",
        headline=f"Headline {ATTACK_IMG}",
        persons=(PersonRef(name=ATTACK_NAME, id="https://w3id.org/parleygraph/id/person/evil",
                           role=ATTACK_SCRIPT),),
    )
    path = tmp_path / "evil.html"
    write_html([*ms, evil], es, path)
    _open(driver, path)
    nid = driver.execute_script("return pg.findNode(arguments[0])", evil.iri)
    driver.execute_script("pg.select(arguments[0])", nid)
    panel = driver.find_element("id", "panel")
    text = panel.text
    assert ATTACK_SCRIPT in text and ATTACK_IMG in text and ATTACK_NAME in text
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.find_elements("css selector", "#panel img, #panel b, #panel script") == []
    assert driver.find_elements("css selector", "img") == []
    # hovering over the node shows the tooltip as text too
    person = driver.execute_script("return pg.findNode('https://w3id.org/parleygraph/id/person/evil')")
    driver.execute_script("pg.select(arguments[0])", person)
    assert panel.find_element("css selector", "h3").text == ATTACK_NAME
    assert driver.execute_script("return window.__pwned === undefined")


