"""The SHACL shapes compiled to SPARQL (graph/shacl.py) agree with pyshacl, on the seeds' graph
and on graphs broken one way at a time, and a violation names its meeting and document."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from parleygraph.extract.errors import ValidationError
from parleygraph.extract.records import BuildInfo
from parleygraph.graph.rdf import build_turtle, load_shapes, validate_turtle, validate_turtle_pyshacl
from parleygraph.graph.shacl import ShapesError, compile_shapes, validate_store

PG = "https://w3id.org/parleygraph/ns#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def seeds_ttl(seeds_result) -> str:
    r = seeds_result
    info = BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z",
                     inputs=tuple(sorted((d.doc, d.sha256) for d in r.documents)))
    return build_turtle(r.meetings, r.entities, info)


def _first(ttl: str, pattern: str) -> re.Match[str]:
    m = re.search(pattern, ttl, re.M)
    assert m, pattern
    return m


def _meeting(ttl: str) -> str:
    store = ox.Store()
    store.load(ttl.encode(), format=ox.RdfFormat.TURTLE)
    rows = list(store.query(f"SELECT ?m WHERE {{ ?m a <{PG}Meeting> ; <{PG}status> <{PG}Held> }} ORDER BY STR(?m) LIMIT 1"))
    return rows[0]["m"].value  # type: ignore[index]


# Each mutation appends N-Triples (or removes a line) so one constraint fails.
MUTATIONS = {
    "second start date": lambda ttl, m: ttl + f'<{m}> <{SCHEMA}startDate> "1999-01-01"^^<{XSD}date> .\n',
    "start date as a string": lambda ttl, m: ttl + f'<{m}> <{SCHEMA}endDate> "soon" .\n',
    "ill-formed date": lambda ttl, m: ttl + f'<{m}> <{SCHEMA}endDate> "2020-02-31"^^<{XSD}date> .\n',
    "unknown format": lambda ttl, m: ttl + f"<{m}> <{PG}format> <{PG}Telepathy> .\n",
    "literal participant": lambda ttl, m: ttl + f'<{m}> <{PG}participant> "someone" .\n',
    "participant without role": lambda ttl, m: ttl + f"<{m}> <{PG}participant> <{SCHEMA}Nobody> .\n"
                                                      f"<{SCHEMA}Nobody> a <{SCHEMA}Country> ; "
                                                      f"<{SCHEMA}name> \"N\" ; <{PG}isoCode> \"NB\" .\n",
    "bad iso code": lambda ttl, m: ttl + f'<https://example.org/c> a <{SCHEMA}Country> ; <{SCHEMA}name> "X" ; <{PG}isoCode> "xx1" .\n',
    "empty note": lambda ttl, m: ttl + f'<{m}> <{PG}provenanceNote> "" .\n',
    "span reversed": lambda ttl, m: re.sub(r'pg:spanStart (\d+)', 'pg:spanStart 99999999', ttl, count=1),
    "latitude out of range": lambda ttl, m: ttl + f'<https://example.org/p> a <{SCHEMA}Place> ; <{SCHEMA}name> "P" ; '
                                                   f'<{SCHEMA}latitude> "123.5"^^<{XSD}decimal> .\n',
    "planned without scheduled": lambda ttl, m: ttl + f"<{m}> <{PG}status> <{PG}Planned> .\n",
    "no status": lambda ttl, m: ttl.replace("pg:status pg:Held .", 'rdfs:comment "no status" .', 1),
}


def _shapes_named(message: str) -> set[str]:
    return set(re.findall(r"pgsh:\w+", message))


def test_shacl_seeds_graph_conforms_with_both_validators(seeds_ttl: str) -> None:
    validate_turtle(seeds_ttl)
    validate_turtle_pyshacl(seeds_ttl)


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_shacl_compiled_shapes_agree_with_pyshacl(seeds_ttl: str, name: str) -> None:
    broken = MUTATIONS[name](seeds_ttl, _meeting(seeds_ttl))
    assert broken != seeds_ttl
    with pytest.raises(ValidationError) as ours:
        validate_turtle(broken)
    with pytest.raises(ValidationError) as ref:
        validate_turtle_pyshacl(broken)
    assert _shapes_named(str(ours.value)) == _shapes_named(str(ref.value))


def test_shacl_violation_names_the_meeting_and_the_document(seeds_ttl: str) -> None:
    m = _meeting(seeds_ttl)
    broken = MUTATIONS["second start date"](seeds_ttl, m)
    with pytest.raises(ValidationError, match=r"MeetingShape \(schema:startDate\)") as e:
        validate_turtle(broken)
    line = next(x for x in str(e.value).splitlines() if "startDate" in x)
    assert f"(meeting <{m}>, document " in line
    assert re.search(r"document \d{3}_[0-9a-f]{16}\.txt\)", line)


def test_shacl_role_violation_leads_to_its_meeting(seeds_ttl: str) -> None:
    role = _first(seeds_ttl, r"^role:(\w+) a sem:Role").group(1)
    broken = re.sub(rf"(role:{role} a sem:Role ;\n\s+)sem:roleType pg:\w+ ;",
                    r'\1rdfs:comment "x" ;', seeds_ttl, count=1)
    assert broken != seeds_ttl
    with pytest.raises(ValidationError, match=r"RoleShape \(sem:roleType\).*\(meeting <[^>]+/meeting/\w+>, document "):
        validate_turtle(broken)


def test_shacl_every_constraint_of_the_shapes_is_compiled() -> None:
    checks = compile_shapes()
    shapes_text = load_shapes()
    n_counts = len(re.findall(r"sh:(?:minCount|maxCount) ", shapes_text))
    # the two inside sh:xone are part of one node-level check each, not checks of their own
    assert sum(c.what.startswith(("sh:minCount", "sh:maxCount")) for c in checks) == n_counts - 1
    assert sum(c.what == "sh:sparql" for c in checks) == 3
    assert {c.shape.split(" ")[0] for c in checks} == set(re.findall(r"^(pgsh:\w+) a sh:NodeShape", shapes_text, re.M))


def test_shacl_unknown_constraint_is_refused_not_skipped() -> None:
    shapes = load_shapes().replace("sh:minLength 1 ]", "sh:uniqueLang true ]", 1)
    with pytest.raises(ShapesError, match="uniqueLang"):
        compile_shapes(shapes)


def test_shacl_validate_store_lists_at_most_twenty(seeds_ttl: str) -> None:
    extra = "".join(f'<https://example.org/c{i}> a <{SCHEMA}Country> .\n' for i in range(30))
    store = ox.Store()
    store.load((seeds_ttl + extra).encode(), format=ox.RdfFormat.TURTLE)
    with pytest.raises(ValidationError, match=r"\(and \d+ more\)$"):
        validate_store(store)


def test_shacl_empty_graph_build_node_conforms() -> None:
    validate_turtle(build_turtle([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z")))
