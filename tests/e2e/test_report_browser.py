"""The network report (report.html) in headless Chromium: its figures load and draw, its tables
are there with the rows of centrality.csv, the layout fits the window, and it stays offline.

The page is made the way a researcher makes it: ``parleygraph report FOLDER --by year`` on a
folder holding the sample records as ``meetings.jsonl`` and ``entities.jsonl``. The browser is
the ``driver`` fixture of ``conftest.py`` (skipped without Chromium, a failure under CI=true).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from browser_util import open_page
from click.testing import CliRunner

from parleygraph.graph.cli import cli
from parleygraph.graph.report import TOP

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data"
FIGURES = ("Top actors by PageRank", "Meetings per year",
           "PageRank of the top actors, year by year")


def _report(folder: Path, *args: str) -> Path:
    res = CliRunner().invoke(cli, ["report", str(folder), "--out", str(folder / "report"), *args])
    assert res.exit_code == 0, res.output
    return folder / "report"


def _open(driver, page: Path) -> None:
    open_page(driver, page, "return document.readyState === 'complete' && "
                            "Array.from(document.images).every(function (i) { return i.complete; })",
              timeout=30, what="report.html")


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("records")
    shutil.copy(DATA / "sample_meetings.jsonl", src / "meetings.jsonl")
    shutil.copy(DATA / "sample_entities.jsonl", src / "entities.jsonl")
    return _report(src, "--by", "year")


@pytest.fixture(scope="module")
def page(driver, report_dir: Path):
    _open(driver, report_dir / "report.html")
    # what the page asked for while it loaded, kept before another test reads the log
    requests = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    urls = [m["params"]["request"]["url"] for m in requests
            if m["method"] == "Network.requestWillBeSent"]
    return driver, urls


def _ink(png: bytes) -> float:
    """Share of pixels that are not (nearly) white."""
    from matplotlib.image import imread

    img = imread(io.BytesIO(png), format="png")[:, :, :3]
    return float((img < 0.9).any(axis=2).mean())


def test_report_browser_every_figure_loads_and_draws(page) -> None:
    driver, _ = page
    imgs = driver.execute_script("""
        return Array.from(document.images).map(function (i) {
          var r = i.getBoundingClientRect();
          return {alt: i.alt, complete: i.complete, nw: i.naturalWidth, nh: i.naturalHeight,
                  w: r.width, h: r.height, src: i.src.slice(0, 25)};
        });""")
    assert [i["alt"] for i in imgs] == list(FIGURES)
    for i in imgs:
        assert i["complete"] and i["nw"] > 0 and i["nh"] > 0, i  # the SVG decoded
        assert i["w"] >= 300 and i["h"] >= 150, i  # and is shown at a readable size
        assert i["src"] == "data:image/svg+xml;base64", i  # embedded, not a file beside it
    for el in driver.find_elements("css selector", "figure img"):
        driver.execute_script("arguments[0].scrollIntoView()", el)
        assert _ink(el.screenshot_as_png) > 0.02, el.get_attribute("alt")  # not a blank box


def test_report_browser_tables_show_the_csv(page, report_dir: Path) -> None:
    driver, _ = page
    tables = driver.execute_script("""
        return Array.from(document.querySelectorAll('table')).map(function (t) {
          var h = t.previousElementSibling;
          while (h && !/^H[1-3]$/.test(h.tagName)) h = h.previousElementSibling;
          return {title: h ? h.textContent : '',
                  head: Array.from(t.querySelectorAll('thead th')).map(function (c) {
                    return c.textContent; }),
                  rows: Array.from(t.querySelectorAll('tbody tr')).map(function (r) {
                    return Array.from(r.cells).map(function (c) { return c.innerText; }); })};
        });""")
    by_title = {t["title"]: t for t in tables}
    for title in ("PageRank", "Betweenness", "Eigenvector (largest component)", "Degree",
                  "Weighted degree", "Closeness", "People by PageRank",
                  "Organisations by PageRank", "Countries by PageRank", "Communities",
                  "Year by year",
                  "Rises and falls: PageRank rank of the overall top actors per year"):
        assert by_title[title]["rows"], title
        assert all(len(r) == len(by_title[title]["head"]) for r in by_title[title]["rows"]), title
    with open(report_dir / "centrality.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))  # ranked by PageRank
    shown = by_title["PageRank"]["rows"]
    assert [r[1] for r in shown] == [r["name"] for r in rows[:TOP]]
    assert [r[3] for r in shown] == [f"{float(r['pagerank']):.4f}" for r in rows[:TOP]]
    top_bt = sorted(rows, key=lambda r: (-float(r["betweenness"]), r["node"]))[:TOP]
    assert [r[1] for r in by_title["Betweenness"]["rows"]] == [r["name"] for r in top_bt]
    years = [r[0] for r in by_title["Year by year"]["rows"]]
    assert years == sorted(years) and len(years) >= 5


def test_report_browser_layout_fits_and_reads(page, tmp_path: Path) -> None:
    driver, _ = page
    fit = driver.execute_script("""
        var d = document.documentElement, body = document.body.getBoundingClientRect();
        var cells = Array.from(document.querySelectorAll('td:not(.num)'));
        return {scroll: d.scrollWidth, client: d.clientWidth,
                tables: Array.from(document.querySelectorAll('table, figure')).every(function (t) {
                  return t.getBoundingClientRect().right <= body.right + 1; }),
                narrowest: Math.min.apply(null, cells.map(function (c) {
                  return c.getBoundingClientRect().width; })),
                numRight: getComputedStyle(document.querySelector('td.num')).textAlign};
    """)
    assert fit["scroll"] <= fit["client"], "the page scrolls sideways"
    assert fit["tables"], "a table or figure sticks out of the text column"
    assert fit["narrowest"] >= 90, "a text column is squeezed by the numbers"
    assert fit["numRight"] == "right"
    # a full-page screenshot, for a person to look at when the layout changes
    height = driver.execute_script("return document.documentElement.scrollHeight")
    size = driver.get_window_size()
    try:
        driver.set_window_size(size["width"], min(height + 100, 12000))
        shot = tmp_path / "report.png"
        assert driver.save_screenshot(str(shot))
        assert _ink(shot.read_bytes()) > 0.05
    finally:
        driver.set_window_size(size["width"], size["height"])


def test_report_browser_makes_no_request(page) -> None:
    driver, urls = page
    assert urls, "no request logged at all: is the performance log on?"
    outside = [u for u in urls if not u.startswith(("file://", "data:", "about:"))]
    assert not outside
    assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_report_browser_empty_report_still_renders(driver, tmp_path: Path) -> None:
    (tmp_path / "meetings.jsonl").write_text("", encoding="utf-8")
    out = _report(tmp_path)
    _open(driver, out / "report.html")
    imgs = driver.execute_script("return Array.from(document.images).map(function (i) "
                                 "{ return i.naturalWidth; })")
    assert len(imgs) == 2 and all(w > 0 for w in imgs)
    assert "Co-participation network report" in driver.find_element("tag name", "h1").text
