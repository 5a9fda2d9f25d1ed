"""The SPARQL page of ``parleygraph serve`` in headless Chromium, clicked through as a user
would: an example query, syntax highlighting, prefixes, sorting, a link between entities,
CSV and JSON downloads; no request goes anywhere but this server."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from parleygraph.graph.cli import cli
from parleygraph.graph.sparql import make_server

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def served(driver, tmp_path_factory):
    out = tmp_path_factory.mktemp("served")
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out),
                                   "--reproducible", "--no-validate"])
    assert res.exit_code == 0, res.output
    server = make_server(out / "graph.ttl", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    downloads = out / "downloads"
    downloads.mkdir()
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.get_log("performance")
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver.get(base + "/")
    _wait(driver, "return !!(window.pgQuery && document.querySelector('.CodeMirror'))")
    yield driver, base, downloads
    server.shutdown()
    server.server_close()


def _wait(driver, js: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script(js):
            return
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {js}; console: {driver.get_log('browser')}")


def _rows(driver) -> list[list[str]]:
    return driver.execute_script("""
      return Array.from(document.querySelectorAll('.yasr table.dataTable tbody tr')).map(
        function (tr) { return Array.from(tr.querySelectorAll('td')).map(
          function (td) { return td.textContent.trim(); }); });""")


def _numbers(rows: list[list[str]], col: int) -> list[int]:
    """The numbers of one column (a cell may show its datatype: 3^^xsd:integer)."""
    import re

    return [int(m.group()) for r in rows if (m := re.search(r"\d+", r[col]))]


def test_query_page_runs_an_example_and_sorts(served):
    driver, _, _ = served
    examples = driver.find_elements("css selector", "#example-list button")
    names = {b.text for b in examples}
    assert {"meetings", "participants", "co-participation", "roles"} <= names
    driver.find_element("css selector", 'button[data-example="meetings-per-year-country"]').click()
    _wait(driver, "return document.querySelectorAll('.yasr table.dataTable tbody tr').length > 3")
    # the editor highlights SPARQL: keywords and variables are tokens of their own
    tokens = set(driver.execute_script(
        "return Array.from(document.querySelectorAll('.CodeMirror-code span[class^=cm-]'))"
        ".map(function (s) { return s.className; })"))
    assert "cm-keyword" in tokens and len(tokens) >= 3, tokens
    header = [th.text.strip() for th in driver.find_elements("css selector",
                                                              ".yasr table.dataTable thead th")]
    col = header.index("meetings")
    th = driver.find_elements("css selector", ".yasr table.dataTable thead th")[col]
    th.click()
    time.sleep(0.3)
    first = _numbers(_rows(driver), col)
    th.click()
    time.sleep(0.3)
    second = _numbers(_rows(driver), col)
    assert first and second and first != second
    assert sorted(first) in (first, first[::-1]) and sorted(second) in (second, second[::-1])


def test_query_page_links_between_entities(served):
    driver, _, _ = served
    driver.find_element("css selector", 'button[data-example="participants"]').click()
    _wait(driver, "return document.querySelectorAll('.yasr table.dataTable tbody tr').length > 3")
    find = ("return Array.from(document.querySelectorAll('.yasr table.dataTable tbody a')).find("
            "function (a) { return a.href.indexOf('/organization/') >= 0; })")
    _wait(driver, find + " !== undefined")
    # found and clicked in one script: the table may be drawn again between two driver calls
    # (a stale element); the cell may be cut by an ellipsis, so the click is the script's
    iri = driver.execute_script("var a = (function () { " + find + "; })(); "
                                "a.scrollIntoView({block: 'center'}); a.click(); return a.href;")
    _wait(driver, "return window.pgQuery.yasgui.getTab().getQuery().indexOf('everything about') >= 0"
                  " && document.querySelectorAll('.yasr table.dataTable tbody tr').length > 0")
    assert iri in driver.execute_script("return window.pgQuery.yasgui.getTab().getQuery()")
    _wait(driver, "return Array.from(document.querySelectorAll('.yasr tbody td')).some("
                  "function (td) { return /schema:name|name/.test(td.textContent); })")
    assert len(driver.window_handles) == 1  # stayed on the page


def test_query_page_prefixes_and_downloads(served):
    driver, _, downloads = served
    driver.execute_script("window.pgQuery.yasgui.getTab().setQuery("
                          "'SELECT ?m ?name WHERE { ?m a pg:Meeting ; pg:participant ?a . ?a schema:name ?name } LIMIT 5')")
    driver.find_element("id", "add-prefixes").click()
    query = driver.execute_script("return window.pgQuery.yasgui.getTab().getQuery()")
    assert "PREFIX pg: <https://w3id.org/parleygraph/ns#>" in query
    assert "PREFIX schema: <https://schema.org/>" in query
    driver.find_element("id", "download-csv").click()
    driver.find_element("id", "download-json").click()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not ((downloads / "results.csv").is_file()
                                               and (downloads / "results.json").is_file()):
        time.sleep(0.1)
    csv_text = (downloads / "results.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].strip() == "m,name" and len(csv_text.splitlines()) == 6
    data = json.loads((downloads / "results.json").read_text(encoding="utf-8"))
    assert data["head"]["vars"] == ["m", "name"] and len(data["results"]["bindings"]) == 5


def test_query_page_stays_on_this_server(served):
    driver, base, _ = served
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    assert any(u.startswith(base + "/sparql") for u in urls)
    outside = [u for u in urls if not u.startswith((base, "data:", "blob:", "about:"))]
    assert not outside
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe
