"""The network page without a browser: its data, its offline self-containment and its escaping."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from parleygraph.extract.io import read_jsonl
from parleygraph.extract.records import (
    Entity, Meeting, OrgRef, PersonRef, RoleObservation, entity_from_dict, meeting_from_dict,
)
from parleygraph.graph.render import embed_json, page_data, render_html, write_html

DATA = Path(__file__).resolve().parents[1] / "data"
B = "https://w3id.org/parleygraph/id/"


@pytest.fixture(scope="module")
def sample() -> tuple[list[Meeting], list[Entity]]:
    ms = [meeting_from_dict(d) for d in read_jsonl(DATA / "sample_meetings.jsonl")]
    es = [entity_from_dict(d) for d in read_jsonl(DATA / "sample_entities.jsonl")]
    return ms, es


def _tiny() -> tuple[list[Meeting], list[Entity]]:
    role = RoleObservation(person=B + "person/a", role="Director", organization=B + "organization/o",
                           date="2023-05-01", doc="d.txt", meeting=B + "meeting/1", evidence="x")
    es = [
        Entity(id=B + "person/a", kind="person", name="Ann Example", aliases=("A. Example",),
               roles=(role,)),
        Entity(id=B + "person/b", kind="person", name="Bo Example"),
        Entity(id=B + "organization/o", kind="organization", name="Office of Examples",
               acronym="OOE"),
        Entity(id=B + "country/KZ", kind="country", name="KZ", code="KZ"),
    ]
    ms = [
        Meeting(id="d#1", iri=B + "meeting/1", doc="d.txt", item=0, evidence="Ann met Bo.",
                span=(0, 11), type="working_group", start="2023-05-01", city="Almaty",
                country="KZ", format="in_person",
                persons=(PersonRef(name="Ann Example", id=B + "person/a", role="Director",
                                   part="host"),
                         PersonRef(name="Bo Example", id=B + "person/b")),
                organizations=(OrgRef(name="Office of Examples", id=B + "organization/o"),),
                countries=("KZ",)),
        Meeting(id="d#2", iri=B + "meeting/2", doc="d.txt", item=1, evidence="Ann spoke.",
                span=(20, 30), start="2024-01-10",
                persons=(PersonRef(name="Ann Example", id=B + "person/a"),
                         PersonRef(name="Bo Example", id=B + "person/b"))),
    ]
    return ms, es


def _by_iri(data):
    return {n["iri"]: n for n in data["nodes"]}


def test_render_page_data_nodes_and_details():
    ms, es = _tiny()
    d = page_data(ms, es)
    nodes = _by_iri(d)
    assert [n["id"] for n in d["nodes"]] == list(range(len(d["nodes"])))
    assert {n["kind"] for n in d["nodes"]} == {"person", "organization", "country", "meeting"}
    ann, org, kz = nodes[B + "person/a"], nodes[B + "organization/o"], nodes[B + "country/KZ"]
    m1 = nodes[B + "meeting/1"]
    assert org["label"] == "OOE" and "OOE" in org["aliases"]
    assert kz["name"] == "Kazakhstan"
    assert ann["aliases"] == ["A. Example"]
    assert ann["roles"] == [{"role": "Director", "org": "Office of Examples",
                             "date": "2023-05-01", "doc": "d.txt"}]
    assert sorted(d["nodes"][i]["iri"] for i in ann["m"]) == [B + "meeting/1", B + "meeting/2"]
    assert m1["date"] == "2023-05-01" and m1["year"] == 2023
    assert m1["place"] == "Almaty, Kazakhstan" and m1["format"] == "in person"
    assert m1["type"] == "working group" and m1["cc"] == ["KZ"]
    assert m1["sources"] == [{"doc": "d.txt", "item": 0, "headline": None, "published": None,
                              "evidence": "Ann met Bo."}]
    host = m1["p"][0]
    assert d["nodes"][host["n"]]["iri"] == B + "person/a"
    assert host["role"] == "Director" and host["part"] == "host"
    assert len(m1["p"]) == 4
    assert d["config"]["years"] == [2023, 2024]
    assert d["config"]["countries"] == [["KZ", "Kazakhstan"]]


def test_render_edges_join_actors_to_meetings():
    ms, es = _tiny()
    d = page_data(ms, es)
    nodes = _by_iri(d)
    kinds = [n["kind"] for n in d["nodes"]]
    assert len(d["two"]) == 6
    # [actor, meeting], each once: the page derives co-participation from these
    assert all(kinds[a] != "meeting" and kinds[m] == "meeting" for a, m in d["two"])
    a, b = nodes[B + "person/a"]["id"], nodes[B + "person/b"]["id"]
    shared = {m for x, m in d["two"] if x == a} & {m for x, m in d["two"] if x == b}
    assert sorted(d["nodes"][m]["iri"] for m in shared) == [B + "meeting/1", B + "meeting/2"]


def test_render_meetings_carry_month_city_and_place():
    from parleygraph.extract.records import Place

    ms, es = _tiny()
    ms = [replace(ms[0], city="Nur-Sultan", place=Place(geonameid=1526273, name="Nur-Sultan",
                                                        latitude=51.18, longitude=71.45)),
          ms[1]]
    d = page_data(ms, es)
    m1 = _by_iri(d)[B + "meeting/1"]
    assert m1["month"] == "2023-05" and m1["city"] == "Astana" and m1["gid"] == 1526273
    assert d["config"]["months"] == ["2023-05", "2024-01"]
    assert d["config"]["places"] == [{"gid": 1526273, "name": "Astana", "lat": 51.18,
                                      "lon": 71.45, "cc": "KZ", "m": [m1["id"]]}]


def test_render_size_follows_pagerank_when_given():
    ms, es = _tiny()
    deg = _by_iri(page_data(ms, es))
    assert deg[B + "person/a"]["value"] > deg[B + "organization/o"]["value"]
    pr = {"pagerank": {B + "person/a": 0.1, B + "organization/o": 0.6, B + "person/b": 0.1,
                       B + "country/KZ": 0.2}}
    for cent in (pr, {k: {"pagerank": v} for k, v in pr["pagerank"].items()}):
        d = page_data(ms, es, centrality=cent)
        nodes = _by_iri(d)
        assert d["config"]["measure"] == "pagerank"
        assert nodes[B + "organization/o"]["value"] > nodes[B + "person/a"]["value"]


def test_render_renderer_by_size_and_layout_always():
    ms, es = _tiny()
    small = page_data(ms, es)
    assert small["config"]["renderer"] == "vis"
    assert len(small["pos"]) == len(small["nodes"])
    big = page_data(ms, es, vis_max=3)
    assert big["config"]["renderer"] == "sigma" and big["pos"] == small["pos"]


def test_render_layout_packs_components_apart():
    from parleygraph.graph.render import layout_packed

    edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)]
    pos = layout_packed(7, edges)
    assert pos == layout_packed(7, edges)  # same graph, same layout

    def box(ids):
        xs, ys = [pos[i][0] for i in ids], [pos[i][1] for i in ids]
        return min(xs), max(xs), min(ys), max(ys)
    a, b = box([0, 1, 2]), box([3, 4, 5])
    assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]  # no overlap


def test_render_layout_groups_communities():
    """Two dense groups joined by one tie end up as two clusters."""
    import math

    from parleygraph.graph.render import GROUP_LAYOUT_MIN, layout_packed

    k = GROUP_LAYOUT_MIN // 2 + 20
    edges = [(i, (i * 7 + 3) % k) for i in range(k)] + [(i, i + 1) for i in range(k - 1)]
    edges += [(k + a, k + b) for a, b in edges] + [(0, k)]
    groups = [0] * k + [1] * k
    pos = layout_packed(2 * k, edges, groups=groups)
    centre = [[sum(pos[i][d] for i in range(g * k, (g + 1) * k)) / k for d in (0, 1)]
              for g in (0, 1)]
    spread = max(math.dist(pos[i], centre[0]) for i in range(k))
    assert math.dist(*centre) > 1.5 * spread


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!--", "a & b",
                                  "line\u2028sep", '<img src=x onerror="alert(1)">'])
def test_render_embed_json_is_inert_in_a_script_element(text):
    out = embed_json({"t": text})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"t": text}


def test_render_page_is_self_contained_and_offline(sample):
    ms, es = sample
    page = render_html(ms, es)
    assert page.startswith("<!DOCTYPE html>")
    tags = re.findall(r"<(?:script|link|img|iframe|object|embed|source)\b[^>]*>", page)
    assert not [t for t in tags if re.search(r"\b(src|href)=", t)]
    assert "<link" not in page
    assert not re.search(r"jsdelivr|unpkg|cdnjs|googleapis|bootstrap", page, re.I)
    assert not re.findall(r"url\((?!\"?data:)", page)
    # vis-network is inlined from the installed pyvis package
    assert "vis-network" in page and "@version 9.1.2" in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 2
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def _data_of(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', page, re.S)
    return json.loads(raw.group(1))


def test_render_document_markup_stays_data(sample):
    ms, es = sample
    evil_text = '</script><script>window.x=1</script><img src=x onerror="window.x=2">'
    evil = replace(ms[0], iri=ms[0].iri + "-evil", evidence=evil_text, headline=evil_text,
                   persons=(PersonRef(name=evil_text, id=B + "person/evil"),))
    page = render_html([*ms, evil], es)
    assert "<img" not in page and "window.x" in page
    assert len(re.findall(r"^<script", page, re.M)) == 5  # 3 data blocks, vis-network, the app
    data = _data_of(page)
    node = next(n for n in data["nodes"] if n["iri"] == evil.iri)
    assert node["sources"][0]["evidence"] == evil_text
    assert node["sources"][0]["headline"] == evil_text
    # the app inserts document text only as text
    app = Path(__file__).resolve().parents[2] / "graph" / "templates" / "network.js"
    code = app.read_text(encoding="utf-8")
    assert "innerHTML" not in code and "insertAdjacentHTML" not in code
    assert "document.write" not in code


def test_render_is_byte_identical(sample, tmp_path):
    ms, es = sample
    write_html(ms, es, tmp_path / "a.html")
    write_html(list(reversed(ms)), list(reversed(es)), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] != [] and not list(tmp_path.glob(".*.tmp"))


def test_render_sample_data_covers_every_meeting(sample):
    ms, es = sample
    d = page_data(ms, es)
    meetings = [n for n in d["nodes"] if n["kind"] == "meeting"]
    assert {n["iri"] for n in meetings} == {m.iri for m in ms}
    assert all(n["sources"][0]["evidence"] for n in meetings)
    persons = [n for n in d["nodes"] if n["kind"] == "person"]
    assert any(n["roles"] for n in persons)
    assert all(len(n["label"]) <= 26 for n in d["nodes"] if n["kind"] != "meeting")


def test_render_empty_input_gives_a_page(tmp_path):
    write_html([], [], tmp_path / "g.html")
    data = _data_of((tmp_path / "g.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["config"]["years"] is None


def test_the_page_data_in_pieces_is_the_text_of_one_dump() -> None:
    """Written part by part (a large corpus's page is never held whole), the data is the same
    text as one ``json.dumps`` with the same escapes."""
    from parleygraph.graph.render import embed_json_pieces

    data = {"nodes": [{"name": f"A</script>{i}", "v": i / 3} for i in range(5001)], "config": {"x": "é&"},
            "two": [[i, i + 1] for i in range(4500)], "pos": []}
    pieces = list(embed_json_pieces(data, batch=2000))
    whole = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        whole = whole.replace(ch, esc)
    assert "".join(pieces) == whole and len(pieces) > 8
    assert json.loads("".join(pieces))["nodes"][5000]["name"] == "A</script>5000"
