"""The RDF mapping: sample data to Turtle, SHACL, provenance, determinism, N-Triples export."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from parleygraph.extract.errors import ValidationError
from parleygraph.extract.io import read_jsonl
from parleygraph.extract.records import (
    BuildInfo, Entity, Meeting, OrgRef, PersonRef, Place, RoleObservation, entity_from_dict,
    meeting_from_dict,
)
from parleygraph.graph.rdf import (
    NS, build_turtle, load_ontology, load_shapes, to_ntriples, validate_turtle,
)

DATA = Path(__file__).resolve().parents[1] / "data"
BASE = "https://w3id.org/parleygraph/id/"
PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in NS.items())
BUILD = BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z",
                  inputs=(("000_0fca6154eded88ee.txt", "ab" * 32),))


@pytest.fixture(scope="module")
def sample() -> tuple[list[Meeting], list[Entity]]:
    meetings = [meeting_from_dict(d) for d in read_jsonl(DATA / "sample_meetings.jsonl")]
    entities = [entity_from_dict(d) for d in read_jsonl(DATA / "sample_entities.jsonl")]
    return meetings, entities


@pytest.fixture(scope="module")
def ttl(sample: tuple[list[Meeting], list[Entity]]) -> str:
    return build_turtle(*sample, BUILD)


@pytest.fixture(scope="module")
def store(ttl: str) -> ox.Store:
    s = ox.Store()
    s.load(input=ttl, format=ox.RdfFormat.TURTLE)
    return s


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    res = store.query(PREFIXES + query)
    names = [v.value for v in res.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in res]


def tiny(**changes: object) -> Meeting:
    """One small meeting with a person, an organisation and a country."""
    m = Meeting(
        id="x#1", doc="x.txt", item=0, evidence="The Director met the delegation.", span=(10, 43),
        type="visit", start="2021-04-20", end="2021-04-21", format="in_person", city="Almaty",
        country="KZ", iri=BASE + "meeting/aaaa",
        persons=(PersonRef(name="Ann Example", part="host", id=BASE + "person/ann-example"),),
        organizations=(OrgRef(name="Org One", acronym="OO", part="visitor",
                              id=BASE + "organization/oo"),),
        countries=("KZ",))
    return replace(m, **changes)  # type: ignore[arg-type]


def test_rdf_sample_conforms_to_shapes(ttl: str) -> None:
    validate_turtle(ttl)


def test_rdf_every_meeting_line_has_participants_and_provenance(
        sample: tuple[list[Meeting], list[Entity]], store: ox.Store) -> None:
    meetings, entities = sample
    code_to_iri = {e.code: e.id for e in entities if e.kind == "country"}
    for m in meetings:
        rows = select(store, f"""
            SELECT ?p WHERE {{ <{m.iri}> a pg:Meeting, schema:Event, sem:Event ; pg:participant ?p }}""")
        expected = {r.id for r in (*m.persons, *m.organizations)} | {
            code_to_iri.get(c, BASE + "country/" + c) for c in m.countries}
        assert {r["p"] for r in rows} == expected, m.id
        prov = select(store, f"""
            SELECT ?path ?index ?text ?start ?end WHERE {{
              <{m.iri}> prov:wasDerivedFrom ?item ; pg:evidence ?ev ; pg:recordId "{m.id}" .
              ?item a pg:NewsItem ; pg:itemIndex ?index ; schema:isPartOf ?doc .
              ?doc pg:documentPath ?path .
              ?ev prov:value ?text ; pg:spanStart ?start ; pg:spanEnd ?end ; prov:wasQuotedFrom ?item .
            }}""")
        assert prov == [{"path": m.doc, "index": str(m.item), "text": m.evidence,
                         "start": str(m.span[0]), "end": str(m.span[1])}], m.id
        notes = select(store, f"SELECT ?n WHERE {{ <{m.iri}> pg:provenanceNote ?n }}")
        assert {r["n"] for r in notes} == set(m.provenance), m.id


def test_rdf_parts_become_sem_roles(sample: tuple[list[Meeting], list[Entity]],
                                    store: ox.Store) -> None:
    meetings, _ = sample
    for m in meetings:
        for ref in (*m.persons, *m.organizations):
            rows = select(store, f"""
                SELECT ?rt WHERE {{ <{m.iri}> sem:hasActor ?r . ?r a sem:Role ;
                    rdf:value <{ref.id}> ; sem:roleType ?rt }}""")
            types = {r["rt"] for r in rows}
            assert NS["pg"] + ref.part.capitalize() + "Role" in types, (m.id, ref.name)
            if ref.part == "organiser":
                assert select(store, f"SELECT ?x WHERE {{ <{m.iri}> schema:organizer <{ref.id}> BIND(1 AS ?x) }}")


def test_rdf_dates_status_and_place(sample: tuple[list[Meeting], list[Entity]],
                                    store: ox.Store) -> None:
    meetings, _ = sample
    for m in meetings:
        row = select(store, f"""
            SELECT ?start ?dt ?status ?es ?place WHERE {{
              <{m.iri}> pg:status ?status .
              OPTIONAL {{ <{m.iri}> schema:startDate ?start BIND(DATATYPE(?start) AS ?dt) }}
              OPTIONAL {{ <{m.iri}> schema:eventStatus ?es }}
              OPTIONAL {{ <{m.iri}> schema:location/schema:name ?place }} }}""")
        assert len(row) == 1
        r = row[0]
        if m.start:
            assert r["start"] == m.start
            assert r["dt"] == NS["xsd"] + ("date" if len(m.start) == 10 else "gYearMonth")
        if m.status == "planned":
            assert r["status"] == NS["pg"] + "Planned"
            assert r["es"] == "https://schema.org/EventScheduled"
        else:
            assert r["status"] == NS["pg"] + "Held" and "es" not in r
        if m.city:
            assert r["place"] == m.city


def test_rdf_entities_and_role_observations(sample: tuple[list[Meeting], list[Entity]],
                                            store: ox.Store) -> None:
    _, entities = sample
    n_obs = len({(r.person, r.role, r.organization, r.date, r.meeting, r.doc)
                 for e in entities for r in e.roles})
    rows = select(store, """SELECT ?ms WHERE { ?ms a org:Membership ; org:member ?p ; org:role ?r .
                             ?p a schema:Person . ?r a org:Role ; rdfs:label ?l }""")
    assert len(rows) == n_obs > 0
    with_parent = [e for e in entities if e.kind == "organization" and e.parent]
    assert with_parent
    for e in with_parent:
        assert select(store, f"SELECT ?o WHERE {{ <{e.id}> org:subOrganizationOf ?o }}") == [
            {"o": e.parent}]
    person = next(e for e in entities if e.kind == "person" and len(e.aliases) > 0)
    alt = {r["n"] for r in select(store, f"SELECT ?n WHERE {{ <{person.id}> schema:alternateName ?n }}")}
    assert alt == set(person.aliases) - {person.name}


def test_rdf_build_activity_hashes_inputs(store: ox.Store) -> None:
    rows = select(store, """SELECT ?v ?t ?path ?sha WHERE { ?b a prov:Activity, pg:Build ;
        pg:toolVersion ?v ; prov:endedAtTime ?t ; prov:used ?d . ?d pg:documentPath ?path ;
        pg:sha256 ?sha }""")
    assert rows == [{"v": "0.1.0", "t": "1970-01-01T00:00:00Z",
                     "path": "000_0fca6154eded88ee.txt", "sha": "ab" * 32}]


def test_rdf_is_deterministic(sample: tuple[list[Meeting], list[Entity]], ttl: str) -> None:
    meetings, entities = sample
    assert build_turtle(meetings, entities, BUILD) == ttl
    shuffled = meetings[:]
    random.Random(7).shuffle(shuffled)
    assert build_turtle(shuffled, entities, BUILD) == ttl
    assert "_:" not in ttl
    assert "1970-01-01T00:00:00Z" in ttl


def test_rdf_same_meeting_reported_twice_is_one_event() -> None:
    a = tiny()
    b = tiny(id="y#3", doc="y.txt", item=2, span=(0, 20), evidence="Ann met Org One again.",
             persons=(PersonRef(name="Bo Other", part="speaker", id=BASE + "person/bo-other"),))
    ttl = build_turtle([a, b], [], BUILD)
    validate_turtle(ttl)
    s = ox.Store()
    s.load(input=ttl, format=ox.RdfFormat.TURTLE)
    assert len(select(s, "SELECT ?m WHERE { ?m a pg:Meeting }")) == 1
    items = select(s, f"SELECT ?i WHERE {{ <{a.iri}> prov:wasDerivedFrom ?i }}")
    assert len(items) == 2
    parts = select(s, f"SELECT ?p WHERE {{ <{a.iri}> pg:participant ?p }}")
    assert {r["p"] for r in parts} == {BASE + "person/ann-example", BASE + "person/bo-other",
                                       BASE + "organization/oo", BASE + "country/KZ"}


def test_rdf_place_geonames_month_dates_and_entities() -> None:
    m = tiny(place=Place(geonameid=1526384, name="Almaty", latitude=43.25, longitude=76.91667),
             start="2020-07", end="2020-07", status="planned", format="hybrid")
    people = [
        Entity(id=BASE + "person/ann-example", kind="person", name="Ann Example",
               aliases=("A. Example",), same_as=(BASE + "person/a-example",),
               roles=(RoleObservation(person=BASE + "person/ann-example", role="Director",
                                      organization=BASE + "organization/oo", date="2020-07",
                                      doc="x.txt", meeting=m.iri, evidence="The Director"),)),
        Entity(id=BASE + "organization/oo", kind="organization", name="Org One", acronym="OO",
               country="KZ"),
        Entity(id=BASE + "country/KZ", kind="country", name="Kazakhstan", code="KZ",
               wikidata="Q232"),
    ]
    ttl = build_turtle([m], people, BUILD)
    validate_turtle(ttl)
    assert '<https://sws.geonames.org/1526384/>' in ttl
    assert '"2020-07"^^xsd:gYearMonth' in ttl
    assert "owl:sameAs wd:Q232" in ttl
    assert "owl:sameAs person:a-example" in ttl
    assert "schema:eventStatus schema:EventScheduled" in ttl
    assert "schema:latitude 43.25" in ttl


def test_rdf_base_iri_is_used_for_minted_nodes() -> None:
    ttl = build_turtle([tiny()], [], replace(BUILD, base_iri="http://example.org/kg/"))
    minted = re.findall(r"@prefix (item|role|evidence|build|place|document): <([^>]+)>", ttl)
    assert minted and all(ns.startswith("http://example.org/kg/") for _, ns in minted)
    assert "item:" in ttl and "role:" in ttl


@pytest.mark.parametrize(("drop", "shape"), [
    ("pg:status pg:Held", "MeetingShape"),
    ("sem:roleType pg:HostRole", "RoleShape"),
    ("pg:isoCode \"KZ\"", "CountryShape"),
])
def test_rdf_broken_graph_names_the_shape(drop: str, shape: str) -> None:
    ttl = build_turtle([tiny()], [], BUILD)
    assert drop in ttl
    broken = ttl.replace(drop, "rdfs:comment \"broken\"")
    with pytest.raises(ValidationError, match=shape):
        validate_turtle(broken)


def test_rdf_extra_start_date_violates_max_count() -> None:
    ttl = build_turtle([tiny()], [], BUILD)
    broken = ttl + f'<{BASE}meeting/aaaa> <https://schema.org/startDate> "2022-01-01"^^<{NS["xsd"]}date> .\n'
    with pytest.raises(ValidationError, match=r"MeetingShape.*startDate"):
        validate_turtle(broken)


def test_rdf_ntriples_export_is_isomorphic_and_sorted(ttl: str) -> None:
    nt = to_ntriples(ttl)
    lines = nt.splitlines()
    assert lines == sorted(lines)
    g1 = rdflib.Graph().parse(data=ttl, format="turtle")
    g2 = rdflib.Graph().parse(data=nt, format="nt")
    assert len(g1) == len(lines)
    assert isomorphic(g1, g2)


def test_rdf_every_pg_term_is_defined_with_label_and_comment(ttl: str) -> None:
    onto = rdflib.Graph().parse(data=load_ontology(), format="turtle")
    used = {str(term)[len(NS["pg"]):]
            for text in (ttl, load_shapes())
            for triple in rdflib.Graph().parse(data=text, format="turtle")
            for term in triple if str(term).startswith(NS["pg"]) and str(term) != NS["pg"]}
    assert used
    for local in used:
        term = rdflib.URIRef(NS["pg"] + local)
        assert onto.value(term, rdflib.RDFS.label) is not None, local
        assert onto.value(term, rdflib.RDFS.comment) is not None, local
    for term in set(onto.subjects()):
        if isinstance(term, rdflib.URIRef) and str(term).startswith(NS["pg"]):
            assert onto.value(term, rdflib.RDFS.comment) is not None, term


def test_rdf_participant_without_role_fails_participation_shape() -> None:
    ttl = build_turtle([tiny()], [], BUILD)
    extra = f"<{BASE}meeting/aaaa> <{NS['pg']}participant> <{BASE}organization/oo2> .\n" \
            f"<{BASE}organization/oo2> a <https://schema.org/Organization>, <{NS['org']}Organization> ;" \
            f" <https://schema.org/name> \"Org Two\" .\n"
    with pytest.raises(ValidationError, match=r"ParticipationShape.*oo2.*has no sem:Role"):
        validate_turtle(ttl + extra)


def test_rdf_planned_status_needs_event_scheduled() -> None:
    ttl = build_turtle([tiny(status="planned")], [], BUILD)
    validate_turtle(ttl)
    broken = ttl.replace("schema:eventStatus schema:EventScheduled ;", "")
    assert broken != ttl
    with pytest.raises(ValidationError, match="MeetingShape"):
        validate_turtle(broken)


def test_rdf_provenance_notes_are_kept_verbatim() -> None:
    notes = ("same meeting as y#3", "start '2021-04' refined to '2021-04-20' from the other report",
             "override: fixed city 'Alma-Ata' -> \"Almaty\"\tnote\nsecond line \\ end")
    ttl = build_turtle([tiny(provenance=(*notes, ""))], [], BUILD)
    validate_turtle(ttl)
    s = ox.Store()
    s.load(input=ttl, format=ox.RdfFormat.TURTLE)
    rows = select(s, f"SELECT ?n ?dt WHERE {{ <{BASE}meeting/aaaa> pg:provenanceNote ?n BIND(DATATYPE(?n) AS ?dt) }}")
    assert sorted(r["n"] for r in rows) == sorted(notes)  # the empty note is dropped
    assert {r["dt"] for r in rows} == {NS["xsd"] + "string"}
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert {str(o) for o in g.objects(rdflib.URIRef(BASE + "meeting/aaaa"),
                                      rdflib.URIRef(NS["pg"] + "provenanceNote"))} == set(notes)


def test_rdf_provenance_notes_of_two_reports_are_united() -> None:
    a = tiny(provenance=("same meeting as y#3",))
    b = tiny(id="y#3", doc="y.txt", item=2, span=(0, 20), evidence="Ann met Org One again.",
             provenance=("same meeting as x#1", "city taken from the other report: 'Almaty'"))
    ttl = build_turtle([b, a], [], BUILD)
    validate_turtle(ttl)
    s = ox.Store()
    s.load(input=ttl, format=ox.RdfFormat.TURTLE)
    rows = select(s, f"SELECT ?n WHERE {{ <{a.iri}> pg:provenanceNote ?n }}")
    assert {r["n"] for r in rows} == {*a.provenance, *b.provenance}
    ids = select(s, f"SELECT ?id WHERE {{ <{a.iri}> pg:recordId ?id }}")
    assert {r["id"] for r in ids} == {"x#1", "y#3"}


@pytest.mark.parametrize("bad", ['""', '"7"^^<http://www.w3.org/2001/XMLSchema#integer>',
                                 "<https://example.org/not-a-literal>"])
def test_rdf_bad_provenance_note_fails_meeting_shape(bad: str) -> None:
    ttl = build_turtle([tiny()], [], BUILD)
    broken = ttl + f"<{BASE}meeting/aaaa> <{NS['pg']}provenanceNote> {bad} .\n"
    with pytest.raises(ValidationError, match=r"MeetingShape.*provenanceNote"):
        validate_turtle(broken)
