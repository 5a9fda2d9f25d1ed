"""The RDF mapping: meetings and entities to deterministic Turtle, validated with SHACL.

The vocabulary is ``ontology/parleygraph.ttl`` (prefix ``pg:``), which reuses schema.org, SEM,
W3C ORG, PROV-O and OWL-Time. Every node has a flat IRI under the build's base
(``meeting/<hash>``, ``item/<hash>``, ``role/<hash>``, ``membership/<hash>``, ``place/<id>``,
``build/<hash>``): no blank nodes, so two builds of the same input give the same bytes, and no
per-entity sub-paths, which make Turtle writers slow. Triples are sorted and written by Oxigraph.

Shape of one meeting (abridged)::

    meeting:ce7011179d a pg:Meeting, schema:Event, sem:Event ;
        schema:startDate "2024-02-26"^^xsd:date ; schema:location place:madrid-es ;
        pg:participant person:a, organization:b, country:ES ; schema:attendee person:a ;
        sem:hasActor role:0c1d... ;            # role:0c1d... rdf:value person:a ; sem:roleType pg:ChairRole
        prov:wasDerivedFrom item:5f2e... ;     # the news item: headline, date, source document
        pg:evidence evidence:9a0b... ;         # prov:value "<sentence>" ; pg:spanStart 100 ; pg:spanEnd 255
        pg:recordId "doc#3" ; pg:provenanceNote "same meeting as other#1" .
"""

from __future__ import annotations

import bisect
import heapq
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from parleygraph.extract.errors import InputError, ValidationError
from parleygraph.extract.iris import short_hash, slugify
from parleygraph.extract.records import BuildInfo, Entity, Meeting, OrgRef, PersonRef, RoleObservation

__all__ = [
    "NS",
    "PREFIXES",
    "build_turtle",
    "build_triples",
    "write_graph",
    "validate_turtle",
    "validate_turtle_pyshacl",
    "to_ntriples",
    "load_shapes",
    "load_ontology",
]

PG = "https://w3id.org/parleygraph/ns#"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
TIME = "http://www.w3.org/2006/time#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
GEONAMES = "https://sws.geonames.org/"
WIKIDATA = "http://www.wikidata.org/entity/"

NS = {
    "pg": PG, "schema": SCHEMA, "sem": SEM, "org": ORG, "prov": PROV, "time": TIME,
    "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "wd": WIKIDATA,
}
"""The vocabulary prefixes used in the Turtle and the canned queries."""

DATA_KINDS = (
    "meeting", "item", "evidence", "document", "role", "membership", "title", "place", "build",
    "person", "organization", "country",
)
"""The flat IRI kinds under the data base; each becomes a Turtle prefix of the same name."""

PREFIXES = NS
"""Alias kept for callers that want the vocabulary prefixes."""

_TYPE_CLASS = {
    "meeting": "Meeting", "visit": "Visit", "conference": "Conference", "seminar": "Seminar",
    "workshop": "Workshop", "training": "Training", "webinar": "Webinar",
    "working_group": "WorkingGroupSession", "council_session": "CouncilSession",
    "side_event": "SideEvent", "hearing": "Hearing", "videoconference": "Videoconference",
}
_FORMAT = {"in_person": "InPerson", "online": "Online", "hybrid": "Hybrid"}
_ATTENDANCE = {
    "in_person": "OfflineEventAttendanceMode", "online": "OnlineEventAttendanceMode",
    "hybrid": "MixedEventAttendanceMode",
}
_PART_ROLE = {
    "host": "HostRole", "visitor": "VisitorRole", "organiser": "OrganiserRole",
    "chair": "ChairRole", "moderator": "ModeratorRole", "speaker": "SpeakerRole",
    "trainer": "TrainerRole", "participant": "ParticipantRole",
}

# Triples are kept as plain strings while the graph is built (subject IRI, predicate IRI, object
# in N-Triples syntax): sorting and de-duplicating Python strings is fast, whereas a pyoxigraph
# term per node and a sort key read back from it made the writer superlinear at 1M triples.
# Oxigraph parses the sorted lines once (validating every IRI) and writes the Turtle.

A = ""
"""The predicate slot of ``rdf:type``: the empty string sorts first, so types open each block."""
_RDF_TYPE = RDF + "type"


def _iri(value: str) -> str:
    """An IRI in object position (N-Triples syntax)."""
    return f"<{value}>"


_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r",
                 ord("\t"): "\\t", 0x08: "\\b", 0x0C: "\\f"})


def _str(value: str) -> str:
    """A plain string literal in N-Triples syntax, escaped as Oxigraph prints it.

    >>> _str('say "hi"')
    '"say \\\\"hi\\\\""'
    """
    return f'"{value.translate(_ESCAPES)}"'


def _typed(value: str, datatype: str) -> str:
    return f'"{value.translate(_ESCAPES)}"^^<{datatype}>'


_XSD_DATE = XSD + "date"
_XSD_GYM = XSD + "gYearMonth"
_XSD_GYEAR = XSD + "gYear"
_XSD_INT = XSD + "integer"
_XSD_BOOL = XSD + "boolean"
_XSD_DECIMAL = XSD + "decimal"
_XSD_DATETIME = XSD + "dateTime"

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YM_RE = re.compile(r"^\d{4}-\d{2}$")
_Y_RE = re.compile(r"^\d{4}$")


def _date(value: str | None) -> str | None:
    """``xsd:date`` for YYYY-MM-DD, ``xsd:gYearMonth`` for YYYY-MM, ``xsd:gYear`` for YYYY.

    >>> _date("2020-07")
    '"2020-07"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    """
    if not value:
        return None
    value = value.strip()
    if _DATE_RE.match(value):
        return _typed(value, _XSD_DATE)
    if _YM_RE.match(value):
        return _typed(value, _XSD_GYM)
    if _Y_RE.match(value):
        return _typed(value, _XSD_GYEAR)
    if _DATE_RE.match(value[:10]):  # a timestamp: keep the day
        return _typed(value[:10], _XSD_DATE)
    return None


def _int(value: int) -> str:
    return _typed(str(int(value)), _XSD_INT)


def _decimal(value: float) -> str:
    text = f"{float(value):.6f}".rstrip("0")
    return _typed(text + "0" if text.endswith(".") else text, _XSD_DECIMAL)


def _is_iri(value: str | None) -> bool:
    return bool(value) and "://" in str(value)


class _Minter:
    """Deterministic IRIs under the build's base, each kind flat."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __call__(self, kind: str, key: str) -> str:
        return f"{self.base}{kind}/{key}"

    def item(self, doc: str, index: int) -> str:
        return self("item", short_hash(doc, str(index), n=12))

    def document(self, doc: str, sha: str) -> str:
        return self("document", short_hash(doc, sha, n=12))

    def country(self, code: str) -> str:
        return self("country", code.upper())


def _meeting_iri(m: Meeting, mint: _Minter) -> str:
    return m.iri or mint("meeting", short_hash(m.doc, m.id))


def build_triples(meetings: list[Meeting], entities: list[Entity],
                  build: BuildInfo) -> set[ox.Triple]:
    """The set of triples for meetings, entities and the build activity (unsorted).

    Several meetings sharing one ``iri`` (the same meeting reported twice) become one event
    node derived from several news items; its single-valued facts come from the first report
    in (doc, item, id) order, its participants are the union.

    >>> ts = build_triples([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z"))
    >>> sorted(t.object.value for t in ts if t.predicate.value.endswith("toolVersion"))
    ['0.1.0']
    """
    nt = _ntriples(list(_collect(meetings, entities, build)))
    return {q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}


def _sort_key(row: tuple[str, str, str]) -> str:
    """One string that orders rows by subject, then ``rdf:type`` first, predicate, object.

    IRIs hold no control characters and objects are escaped, so the separators (lower than
    any character they hold) make a shorter subject or predicate sort before a longer one,
    exactly as comparing the tuples would, but a sort on plain strings is several times faster.
    """
    return f"{row[0]}\x01{row[1]}\x00{row[2]}"


def _ntriples(rows: list[tuple[str, str, str]]) -> str:
    """N-Triples lines for (subject, predicate, object) rows, in the order given."""
    return "".join([f"<{s}> <{p or _RDF_TYPE}> {o} .\n" for s, p, o in rows])


Row = tuple[str, str, str]
"""One triple while the graph is built: (subject IRI, predicate IRI or ``A``, object in
N-Triples syntax)."""

OrderKey = tuple[int, int, int]
"""Where a fact was met in one pass over the whole graph: (part, index of the entity or meeting
group, count of calls before it)."""

_P = {name: ns + local for name, ns, local in (
    ("name", SCHEMA, "name"), ("alt", SCHEMA, "alternateName"),
    ("start", SCHEMA, "startDate"), ("end", SCHEMA, "endDate"),
    ("location", SCHEMA, "location"), ("organizer", SCHEMA, "organizer"),
    ("attendee", SCHEMA, "attendee"), ("status", SCHEMA, "eventStatus"),
    ("mode", SCHEMA, "eventAttendanceMode"), ("addressCountry", SCHEMA, "addressCountry"),
    ("sameAsS", SCHEMA, "sameAs"), ("lat", SCHEMA, "latitude"), ("lon", SCHEMA, "longitude"),
    ("headline", SCHEMA, "headline"), ("published", SCHEMA, "datePublished"),
    ("isPartOf", SCHEMA, "isPartOf"), ("honorific", SCHEMA, "honorificPrefix"),
    ("participant", PG, "participant"), ("format", PG, "format"), ("pstatus", PG, "status"),
    ("inferred", PG, "dateInferred"), ("evidence", PG, "evidence"),
    ("spanStart", PG, "spanStart"), ("spanEnd", PG, "spanEnd"), ("itemIndex", PG, "itemIndex"),
    ("sha256", PG, "sha256"), ("version", PG, "toolVersion"), ("iso", PG, "isoCode"),
    ("acronym", PG, "acronym"), ("pcountry", PG, "country"), ("seenOn", PG, "seenOn"),
    ("seenAt", PG, "seenAt"), ("path", PG, "documentPath"), ("meetingId", PG, "recordId"),
    ("note", PG, "provenanceNote"),
    ("hasActor", SEM, "hasActor"), ("roleType", SEM, "roleType"), ("value", RDF, "value"),
    ("member", ORG, "member"), ("organization", ORG, "organization"), ("orole", ORG, "role"),
    ("subOrg", ORG, "subOrganizationOf"),
    ("derived", PROV, "wasDerivedFrom"), ("quoted", PROV, "wasQuotedFrom"),
    ("pvalue", PROV, "value"), ("generatedBy", PROV, "wasGeneratedBy"),
    ("used", PROV, "used"), ("ended", PROV, "endedAtTime"),
    ("sameAs", OWL, "sameAs"), ("label", RDFS, "label"),
)}
_C = {name: _iri(iri) for name, iri in (
    ("Event", SCHEMA + "Event"), ("SemEvent", SEM + "Event"), ("Meeting", PG + "Meeting"),
    ("Place", SCHEMA + "Place"), ("Person", SCHEMA + "Person"),
    ("Organization", SCHEMA + "Organization"), ("OrgOrganization", ORG + "Organization"),
    ("Country", SCHEMA + "Country"), ("Role", SEM + "Role"), ("Membership", ORG + "Membership"),
    ("OrgRole", ORG + "Role"), ("NewsItem", PG + "NewsItem"), ("Evidence", PG + "Evidence"),
    ("Document", PG + "SourceDocument"), ("Entity", PROV + "Entity"),
    ("Activity", PROV + "Activity"), ("Build", PG + "Build"),
    ("Scheduled", SCHEMA + "EventScheduled"), ("Held", PG + "Held"), ("Planned", PG + "Planned"),
)}
_PART_IRI = {part: _iri(PG + cls) for part, cls in _PART_ROLE.items()}


class Firsts:
    """Facts decided by the first of several places of the graph that name a node, kept with
    the :data:`OrderKey` of each candidate, so that parts of the graph written apart (by the
    workers of a cluster) settle them as one pass over the whole graph does:

    - an actor without an entity record (a country by its code, a participant or a parent body
      known by name only) gets the facts of the first reference to it;
    - the first city name of a place is its ``schema:name``, every other an ``alternateName``.

    >>> f = Firsts()
    >>> f.place("p", "Almaty", (2, 5, 0)); f.place("p", "Alma-Ata", (2, 1, 0))
    >>> [(p.rsplit("/")[-1], o) for _, p, o in sorted(f.rows())]
    [('alternateName', '"Almaty"'), ('name', '"Alma-Ata"')]
    """

    def __init__(self) -> None:
        self.actors: dict[str, tuple[OrderKey, tuple[Row, ...]]] = {}
        self.places: dict[str, dict[str, OrderKey]] = {}

    def actor(self, node: str, key: OrderKey, rows: tuple[Row, ...]) -> None:
        got = self.actors.get(node)
        if got is None or key < got[0]:
            self.actors[node] = (key, rows)

    def place(self, place: str, city: str, key: OrderKey) -> None:
        cities = self.places.setdefault(place, {})
        if city not in cities or key < cities[city]:
            cities[city] = key

    def update(self, other: Firsts) -> None:
        """Take the candidates of another part of the graph."""
        for node, (key, rows) in other.actors.items():
            self.actor(node, key, rows)
        for place, cities in other.places.items():
            for city, key in cities.items():
                self.place(place, city, key)

    def rows(self) -> Iterator[Row]:
        """The triples the first candidates decide."""
        for _, rows in self.actors.values():
            yield from rows
        for place, cities in self.places.items():
            first = min(cities, key=cities.__getitem__)
            for city in cities:
                yield place, _P["name"] if city == first else _P["alt"], _str(city)


def build_node(build: BuildInfo) -> str:
    """The IRI of the build activity (a digest of the version, time and every input)."""
    return _Minter(build.base_iri)("build", short_hash(build.version, build.time,
                                                       *(f"{d}={s}" for d, s in sorted(build.inputs)), n=12))


def country_iris(entities: list[Entity]) -> dict[str, str]:
    """The entity IRI of each country code (the first country entity with that code)."""
    out: dict[str, str] = {}
    for e in entities:
        if e.kind == "country" and e.code:
            out.setdefault(e.code.upper(), e.id)
    return out


def meeting_groups(meetings: list[Meeting], base: str) -> list[tuple[str, list[Meeting]]]:
    """The reports of each meeting node, in the order the graph is written: meetings sorted by
    (doc, item, id), grouped by IRI in the order each IRI first comes."""
    mint = _Minter(base)
    groups: dict[str, list[Meeting]] = {}
    for m in sorted(meetings, key=lambda m: (m.doc, m.item, m.id)):
        groups.setdefault(_meeting_iri(m, mint), []).append(m)
    return list(groups.items())


class Emitter:
    """Writes the triples of parts of the graph into ``add``; the facts that the first of
    several parts decides go to :attr:`firsts` instead (see :class:`Firsts`).

    ``kinds`` is the kind of every entity IRI (an actor that has none gets minimal facts),
    ``countries`` the entity of each country code, ``sha_of`` the hash of each input document
    (at least of those this part names). One emitter over every part, in order, is
    :func:`_collect`; the workers of a cluster each run one over a slice of the groups.
    """

    def __init__(self, base: str, build: str, kinds: Mapping[str, str], countries: Mapping[str, str],
                 sha_of: Mapping[str, str], add: Callable[[Row], Any]) -> None:
        self.mint = _Minter(base)
        self.build = build
        self.kinds, self.countries, self.sha_of, self.add = kinds, countries, sha_of, add
        self.documents: dict[str, str] = {}
        self.items_of: dict[tuple[str, str], str] = {}  # (meeting iri, doc) -> item
        self.firsts = Firsts()
        self.calls = 0

    def _key(self, part: int, index: int) -> OrderKey:
        self.calls += 1
        return (part, index, self.calls)

    def activity(self, version: str, time: str) -> None:
        """The build activity."""
        add, node = self.add, self.build
        add((node, A, _C["Activity"]))
        add((node, A, _C["Build"]))
        add((node, _P["version"], _str(version)))
        add((node, _P["label"], _str(f"parleygraph {version} build")))
        if time:
            add((node, _P["ended"], _typed(time, _XSD_DATETIME)))

    def document(self, doc: str) -> str:
        node = self.documents.get(doc)
        if node is None:
            add = self.add
            sha = self.sha_of.get(doc, "")
            node = self.documents[doc] = self.mint.document(doc, sha)
            add((node, A, _C["Document"]))
            add((node, A, _C["Entity"]))
            add((node, _P["path"], _str(doc)))
            if sha:
                add((node, _P["sha256"], _str(sha)))
                add((self.build, _P["used"], _iri(node)))
        return node

    def country(self, code: str, key: OrderKey) -> str:
        code = code.strip().upper()
        node = self.countries.get(code) or self.mint.country(code)
        if node not in self.kinds:
            self.firsts.actor(node, key, ((node, A, _C["Country"]), (node, _P["name"], _str(code)),
                                          (node, _P["iso"], _str(code))))
        return node

    def ref_actor(self, ref: PersonRef | OrgRef, key: OrderKey) -> str:
        """The actor node of a participant reference; minimal facts if no entity record."""
        kind = "person" if isinstance(ref, PersonRef) else "organization"
        node = ref.id if _is_iri(ref.id) else self.mint(kind, slugify(ref.name))
        if node not in self.kinds:
            rows: list[Row] = []
            if kind == "person":
                rows.append((node, A, _C["Person"]))
            else:
                rows += [(node, A, _C["Organization"]), (node, A, _C["OrgOrganization"])]
                if isinstance(ref, OrgRef) and ref.acronym:
                    rows.append((node, _P["acronym"], _str(ref.acronym)))
            rows.append((node, _P["name"], _str(ref.name)))
            self.firsts.actor(node, key, tuple(rows))
        return node

    def _parent(self, e: Entity) -> str:
        assert e.parent
        return e.parent if _is_iri(e.parent) else self.mint("organization", slugify(e.parent))

    def entity(self, i: int, e: Entity) -> None:
        """The facts of entity number ``i``."""
        add, node = self.add, e.id
        add((node, _P["name"], _str(e.name)))
        for alias in e.aliases:
            if alias != e.name:
                add((node, _P["alt"], _str(alias)))
        for old in e.same_as:
            if old != e.id:
                add((node, _P["sameAs"], _iri(old)))
        if e.kind == "person":
            add((node, A, _C["Person"]))
            if e.rank:
                add((node, _P["honorific"], _str(e.rank)))
        elif e.kind == "organization":
            add((node, A, _C["Organization"]))
            add((node, A, _C["OrgOrganization"]))
            if e.acronym:
                add((node, _P["acronym"], _str(e.acronym)))
            if e.parent and e.parent != e.id:
                add((node, _P["subOrg"], _iri(self._parent(e))))
            if e.country:
                add((node, _P["pcountry"], _iri(self.country(e.country, self._key(0, i)))))
        elif e.kind == "country":
            add((node, A, _C["Country"]))
            if e.code:
                add((node, _P["iso"], _str(e.code.upper())))
            if e.wikidata:
                add((node, _P["sameAs"], _iri(WIKIDATA + e.wikidata)))
        else:
            raise InputError(f"entity {e.id}: unknown kind {e.kind!r}")

    def parent(self, i: int, e: Entity) -> None:
        """A parent named only by IRI or name, with no entity record, still needs a type."""
        if e.kind == "organization" and e.parent and e.parent != e.id:
            parent = self._parent(e)
            if parent not in self.kinds:
                name = e.parent if not _is_iri(e.parent) else parent.rsplit("/", 1)[-1]
                self.firsts.actor(parent, self._key(1, i), (
                    (parent, A, _C["Organization"]), (parent, A, _C["OrgOrganization"]),
                    (parent, _P["name"], _str(name))))

    def group(self, g: int, iri: str, reports: list[Meeting]) -> None:
        """The meeting node of group number ``g``: several reports of one meeting are one event
        node; its single-valued facts come from the first report, its participants are the union."""
        add, mint, node, first = self.add, self.mint, iri, reports[0]
        add((node, A, _C["Meeting"]))
        add((node, A, _C["Event"]))
        add((node, A, _C["SemEvent"]))
        cls = _TYPE_CLASS.get(first.type)
        if cls is None:
            raise InputError(f"meeting {first.id}: unknown type {first.type!r}")
        if cls != "Meeting":
            add((node, A, _iri(PG + cls)))
        label = first.type.replace("_", " ")
        label += f", {first.start}" if first.start else ", undated"
        if first.city:
            label += f", {first.city}"
        add((node, _P["label"], _str(label)))
        add((node, _P["generatedBy"], _iri(self.build)))
        start, end = _date(first.start), _date(first.end)
        if start is not None:
            add((node, _P["start"], start))
        if end is not None:
            add((node, _P["end"], end))
        if first.date_inferred:
            add((node, _P["inferred"], _typed("true", _XSD_BOOL)))
        if first.format in _FORMAT:
            add((node, _P["format"], _iri(PG + _FORMAT[first.format])))
            add((node, _P["mode"], _iri(SCHEMA + _ATTENDANCE[first.format])))
        if first.status == "planned":
            add((node, _P["status"], _C["Scheduled"]))
            add((node, _P["pstatus"], _C["Planned"]))
        else:
            add((node, _P["pstatus"], _C["Held"]))
        # place
        venue_country = first.country.strip().upper() if first.country else None
        geonameid = first.place.geonameid if first.place else None
        city = (first.place.name if first.place and first.place.name else None) or first.city
        if geonameid or city:
            key = str(geonameid) if geonameid else (
                slugify(city or "") + (f"-{venue_country.lower()}" if venue_country else ""))
            place = mint("place", key)
            add((node, _P["location"], _iri(place)))
            add((place, A, _C["Place"]))
            if city:  # one schema:name per place: the first name seen; other names become aliases
                self.firsts.place(place, city, self._key(2, g))
            if geonameid:
                add((place, _P["sameAsS"], _iri(f"{GEONAMES}{geonameid}/")))
            if first.place and first.place.latitude is not None and first.place.longitude is not None:
                add((place, _P["lat"], _decimal(first.place.latitude)))
                add((place, _P["lon"], _decimal(first.place.longitude)))
            if venue_country:
                add((place, _P["addressCountry"], _iri(self.country(venue_country, self._key(2, g)))))
        elif venue_country:
            add((node, _P["location"], _iri(self.country(venue_country, self._key(2, g)))))

        # participants and the part each played, across all reports of this meeting
        parts: set[tuple[str, str]] = set()
        for m in reports:
            by_name: dict[str, str] = {}
            for ref in (*m.persons, *m.organizations):
                actor = self.ref_actor(ref, self._key(2, g))
                part = ref.part if ref.part in _PART_ROLE else "participant"
                parts.add((actor, part))
                add((node, _P["attendee"], _iri(actor)))
                names = [ref.name, *ref.mentions]
                if isinstance(ref, OrgRef) and ref.acronym:
                    names.append(ref.acronym)
                for name in names:
                    by_name.setdefault(name.casefold(), actor)
            for code in m.countries:
                parts.add((self.country(code, self._key(2, g)), "participant"))
            for name in m.organizers:
                if len(name) == 2 and name.isalpha() and name.isupper():
                    parts.add((self.country(name, self._key(2, g)), "organiser"))
                elif name.casefold() in by_name:
                    parts.add((by_name[name.casefold()], "organiser"))
            for name in m.chairs:
                if name.casefold() in by_name:
                    parts.add((by_name[name.casefold()], "chair"))
        for actor, part in parts:
            actor_obj = _iri(actor)
            add((node, _P["participant"], actor_obj))
            if part == "organiser":
                add((node, _P["organizer"], actor_obj))
            role = mint("role", short_hash(iri, actor, part, n=12))
            add((node, _P["hasActor"], _iri(role)))
            add((role, A, _C["Role"]))
            add((role, _P["value"], actor_obj))
            add((role, _P["roleType"], _PART_IRI[part]))

        # provenance: one news item and one evidence quotation per report
        for m in reports:
            doc = self.document(m.doc)
            item = mint.item(m.doc, m.item)
            item_obj = _iri(item)
            self.items_of.setdefault((iri, m.doc), item)
            add((node, _P["derived"], item_obj))
            add((node, _P["meetingId"], _str(m.id)))
            for note in m.provenance:
                if note.strip():
                    add((node, _P["note"], _str(note)))
            add((item, A, _C["NewsItem"]))
            add((item, A, _C["Entity"]))
            add((item, _P["isPartOf"], _iri(doc)))
            add((item, _P["itemIndex"], _int(m.item)))
            if m.headline:
                add((item, _P["headline"], _str(m.headline)))
            published = _date(m.published)
            if published is not None:
                add((item, _P["published"], published))
            ev = mint("evidence", short_hash(m.doc, str(m.span[0]), str(m.span[1]), m.evidence, n=12))
            add((node, _P["evidence"], _iri(ev)))
            add((ev, A, _C["Evidence"]))
            add((ev, A, _C["Entity"]))
            add((ev, _P["pvalue"], _str(m.evidence)))
            add((ev, _P["spanStart"], _int(m.span[0])))
            add((ev, _P["spanEnd"], _int(m.span[1])))
            add((ev, _P["quoted"], item_obj))

    def role(self, entity: str, r: RoleObservation) -> None:
        """A role observation as an ``org:Membership``, derived from the news item of its meeting
        when this emitter wrote that meeting's group, else from its document."""
        add, mint = self.add, self.mint
        person = r.person or entity
        key = short_hash(person, r.role, r.organization or "", r.date or "", r.meeting, r.doc, n=12)
        ms = mint("membership", key)
        add((ms, A, _C["Membership"]))
        add((ms, A, _C["Entity"]))
        add((ms, _P["member"], _iri(person)))
        title = mint("title", slugify(r.role))
        add((ms, _P["orole"], _iri(title)))
        add((title, A, _C["OrgRole"]))
        add((title, _P["label"], _str(r.role)))
        if r.organization:
            org = r.organization if _is_iri(r.organization) else mint("organization", slugify(r.organization))
            # org:organization must be an organisation; a country affiliation is left out
            if self.kinds.get(org, "organization") == "organization":
                add((ms, _P["organization"], _iri(org)))
        seen = _date(r.date)
        if seen is not None:
            add((ms, _P["seenOn"], seen))
        if r.meeting:
            add((ms, _P["seenAt"], _iri(r.meeting)))
        if r.evidence:
            add((ms, _P["pvalue"], _str(r.evidence)))
        source = self.items_of.get((r.meeting, r.doc)) or (self.document(r.doc) if r.doc else None)
        if source is not None:
            add((ms, _P["derived"], _iri(source)))


def _collect(meetings: list[Meeting], entities: list[Entity],
             build: BuildInfo, sink: Any = None) -> set[Row]:
    """The triples as (subject IRI, predicate IRI or ``A``, object in N-Triples syntax), added
    to ``sink`` (anything with ``add``; a new set by default, which is returned): one
    :class:`Emitter` over the build, the documents, the entities, the meeting groups and the
    role observations, in this order, then the facts its :class:`Firsts` decide."""
    out: Any = set() if sink is None else sink
    entities = _merge_entities(entities)
    em = Emitter(build.base_iri, build_node(build), {e.id: e.kind for e in entities}, country_iris(entities),
                 dict(build.inputs), out.add)
    em.activity(build.version, build.time)
    for doc, _sha in build.inputs:
        em.document(doc)
    for i, e in enumerate(entities):
        em.entity(i, e)
    for i, e in enumerate(entities):
        em.parent(i, e)
    for g, (iri, reports) in enumerate(meeting_groups(meetings, build.base_iri)):
        em.group(g, iri, reports)
    for e in entities:
        for r in e.roles:
            em.role(e.id, r)
    for row in em.firsts.rows():
        out.add(row)
    return out


def _merge_entities(entities: list[Entity]) -> list[Entity]:
    """One entity per IRI: the first record wins single-valued facts, names of the others
    become aliases (two records may share an IRI when a ledger merged them)."""
    from dataclasses import replace

    merged: dict[str, Entity] = {}
    for e in entities:
        prev = merged.get(e.id)
        if prev is None:
            merged[e.id] = e
            continue
        aliases = tuple(dict.fromkeys((*prev.aliases, e.name, *e.aliases)))
        merged[e.id] = replace(
            prev, aliases=aliases, acronym=prev.acronym or e.acronym,
            parent=prev.parent or e.parent, country=prev.country or e.country,
            code=prev.code or e.code, wikidata=prev.wikidata or e.wikidata,
            rank=prev.rank or e.rank, roles=prev.roles + e.roles,
            same_as=tuple(dict.fromkeys((*prev.same_as, *e.same_as))))
    return list(merged.values())


def _prefixes(base: str) -> dict[str, str]:
    prefixes = dict(NS)
    prefixes.update({kind: f"{base}{kind}/" for kind in DATA_KINDS})
    return prefixes


def build_turtle(meetings: list[Meeting], entities: list[Entity], build: BuildInfo) -> str:
    """Deterministic Turtle for meetings, entities and the build (sorted, no blank nodes).

    Triples are sorted by subject, then ``rdf:type`` first, then predicate and object, so each
    node is one Turtle block and the bytes depend only on the input.

    >>> from parleygraph.extract.records import BuildInfo
    >>> ttl = build_turtle([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z"))
    >>> "a prov:Activity" in ttl
    True
    """
    rows = list(_collect(meetings, entities, build))
    rows.sort(key=_sort_key)
    nt = _ntriples(rows)
    del rows
    try:
        triples = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                            prefixes=_prefixes(build.base_iri))
    except SyntaxError as e:  # an IRI from the input that is not a valid IRI
        raise InputError(f"cannot write the graph: {e}") from None
    text = data.decode("utf-8") if data else ""
    # Oxigraph writes the @prefix lines in hash order; sort them so the bytes are stable.
    lines = text.split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith("@prefix "):
        n += 1
    return "\n".join(sorted(lines[:n]) + lines[n:])


def _naming(path: Path) -> Any:
    """See :func:`parleygraph.graph.pipeline.naming` (an error while writing names ``path``)."""
    from parleygraph.graph.pipeline import naming

    return naming(path)


RUN_ROWS = 500_000
"""Rows of the graph sorted in memory before a run goes to disk: on the 8.3M triples of 25,000
articles the rdf stage held 1.49 GB over the records with 2,000,000 (85 s) and 0.36 GB with
500,000 (79 s), same bytes."""


class _Runs:
    """A set of strings too large for memory: kept in sorted runs on disk, merged on reading.

    Strings are added, and every ``chunk`` of them is sorted (as ``key`` orders them),
    de-duplicated and written to a run file in ``folder``; :meth:`merged` yields them all,
    sorted and unique. Strings hold no line break (the caller checks).
    """

    def __init__(self, folder: Path, chunk: int, key: Callable[[Any], str] = str) -> None:
        self.folder, self.chunk, self.key = folder, chunk, key
        self.rows: set[Any] = set()
        self.files: list[Path] = []
        self.add = self._add

    def _add(self, row: Any) -> None:
        self.rows.add(row)
        if len(self.rows) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        keys = sorted(map(self.key, self.rows))
        self.rows = set()
        text = "\n".join(keys)
        if text.count("\n") != len(keys) - 1:
            raise InputError("cannot write the graph: a line break inside an IRI")
        path = self.folder / f"run-{len(self.files):05d}"
        with _naming(path), open(path, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        del text, keys
        self.files.append(path)

    def merged(self) -> Iterator[str]:
        """Every string added, sorted, each once (run files are read a buffer at a time)."""
        self.flush()
        handles = [open(p, encoding="utf-8", buffering=1 << 20) for p in self.files]
        try:
            last = None
            for line in heapq.merge(*handles):
                if line != last:
                    yield line[:-1]
                    last = line
        finally:
            for h in handles:
                h.close()


def _unkey(key: str) -> tuple[str, str, str]:
    """The row of a :func:`_sort_key` string."""
    s, rest = key.split("\x01", 1)
    p, o = rest.split("\x00", 1)
    return s, p, o


# --------------------------------------------------------------------------- graph shards
#
# The graph is written as a sample sort: sorted runs of rows (``_sort_key`` strings, one a line)
# are cut by subject into shards; each shard merges its slice of every run into ordered
# N-Triples, the Turtle of that slice and its sorted N-Triples lines; the shards are joined in
# order. On one machine there is one shard; on a cluster each worker writes runs of its parts
# of the graph and each shard is merged by a worker (graph/cluster.py).


@dataclass(frozen=True, slots=True)
class Run:
    """A file of rows sorted by :func:`_sort_key`, each once, and ``index``: the subject and byte
    offset of every so many rows, to find where a subject's rows begin without reading the rest."""

    path: str
    rows: int = 0
    index: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Shard:
    """The merged rows of the subjects in one range: ``body`` (its Turtle without the prefix
    lines), ``nt`` (its N-Triples, sorted), their number, the ``@prefix`` lines Oxigraph wrote,
    and the first and last N-Triples line (whether shards in subject order are also in line order)."""

    body: str
    nt: str
    triples: int
    header: tuple[str, ...] = ()
    first: str = ""
    last: str = ""


def write_run(rows: Iterable[Row], path: Path, *, every: int = 1024) -> Run:
    """Rows sorted by :func:`_sort_key`, each once, to ``path``, indexed every ``every`` rows.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> r = write_run({("http://b", "", "<http://c>"), ("http://a", "", "<http://c>")}, d / "r", every=1)
    >>> [s for s, _ in r.index], r.rows
    (['http://a', 'http://b'], 2)
    """
    keys = sorted({_sort_key(r) for r in rows})
    index: list[tuple[str, int]] = []
    offset = 0
    with _naming(path), open(path, "wb") as f:
        for i, key in enumerate(keys):
            if "\n" in key:
                raise InputError("cannot write the graph: a line break inside an IRI")
            data = (key + "\n").encode("utf-8")
            if i % every == 0:
                index.append((key.split("\x01", 1)[0], offset))
            f.write(data)
            offset += len(data)
    return Run(str(path), len(keys), tuple(index))


def choose_splitters(runs: Iterable[Run], shards: int) -> list[str]:
    """Subjects that cut the rows of ``runs`` into at most ``shards`` ranges of about as many
    rows (from the runs' indexes); the rows of a subject are all in one range.

    >>> choose_splitters([Run("x", 4, (("a", 0), ("b", 1), ("c", 2), ("d", 3)))], 2)
    ['c']
    """
    sample = sorted(s for r in runs for s, _ in r.index)
    cuts = {sample[len(sample) * k // shards] for k in range(1, shards)} if sample else set()
    return sorted(cuts - {sample[0]} if sample else cuts)


def _run_slice(run: Run, lo: str | None, hi: str | None) -> Iterator[str]:
    """The rows of ``run`` whose subject is in ``[lo, hi)`` (``None``: no bound)."""
    start = 0
    if lo is not None:
        k = bisect.bisect_left([s for s, _ in run.index], lo) - 1
        start = run.index[k][1] if k >= 0 else 0
    with open(run.path, "rb", buffering=1 << 20) as f:
        f.seek(start)
        for raw in f:
            key = raw.decode("utf-8")[:-1]
            s = key[:key.index("\x01")]
            if lo is not None and s < lo:
                continue
            if hi is not None and s >= hi:
                return
            yield key


def write_shard(runs: list[Run], lo: str | None, hi: str | None, folder: Path, name: str, base: str, *,
                chunk: int = RUN_ROWS, progress: Callable[[int], None] | None = None) -> Shard:
    """Merge the rows of the subjects in ``[lo, hi)`` of every run into the shard ``name`` in
    ``folder``: ``name.ttl`` (Turtle without the prefix lines, streamed by Oxigraph from the
    ordered rows) and ``name.nt`` (the N-Triples lines, sorted on disk in runs of ``chunk``).
    ``progress`` is called with the rows merged so far."""
    ordered, raw = folder / f"{name}.ordered.nt", folder / f"{name}.raw.ttl"
    body, nt = folder / f"{name}.ttl", folder / f"{name}.nt"
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=folder))
    try:
        lines = _Runs(tmp, chunk)
        n = 0
        last = None
        with _naming(ordered), open(ordered, "w", encoding="utf-8", buffering=1 << 20) as f:
            for key in heapq.merge(*(_run_slice(r, lo, hi) for r in runs)):
                if key == last:
                    continue
                last = key
                s, p, o = _unkey(key)
                line = f"<{s}> <{p or _RDF_TYPE}> {o} ."
                f.write(line + "\n")
                lines.add(line)
                n += 1
                if progress is not None and n % 100_000 == 0:
                    progress(n)
        if n == 0:
            os.unlink(ordered)
            return Shard(str(body), str(nt), 0)
        try:
            triples = ox.parse(path=str(ordered), format=ox.RdfFormat.N_TRIPLES)
            ox.serialize(triples, output=str(raw), format=ox.RdfFormat.TURTLE, prefixes=_prefixes(base))
        except SyntaxError as e:  # an IRI from the input that is not a valid IRI
            raise InputError(f"cannot write the graph: {e}") from None
        os.unlink(ordered)
        header: list[str] = []
        with _naming(body), open(raw, "rb") as src, open(body, "wb") as dst:
            line_b = src.readline()
            while line_b.startswith(b"@prefix "):
                header.append(line_b.decode("utf-8"))
                line_b = src.readline()
            dst.write(line_b)
            shutil.copyfileobj(src, dst, 1 << 20)
        os.unlink(raw)
        first = final = ""
        with _naming(nt), open(nt, "w", encoding="utf-8", buffering=1 << 20) as f:
            for text in lines.merged():
                first = first or text
                f.write(text + "\n")
                final = text
        if progress is not None:
            progress(n)
        return Shard(str(body), str(nt), n, tuple(header), first, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _join_turtle(header: list[str], bodies: list[Path], out: Path) -> None:
    """``out``: the ``@prefix`` lines sorted (Oxigraph writes them in hash order), then the
    Turtle bodies of the shards in order."""
    with _naming(out), open(out, "wb") as dst:
        dst.write("".join(sorted(header)).encode("utf-8"))
        for b in bodies:
            with open(b, "rb") as src:
                shutil.copyfileobj(src, dst, 1 << 20)


def _join_ntriples(shards: list[Shard], out: Path) -> None:
    """``out``: the N-Triples of the shards, sorted: their concatenation when each shard's lines
    come after the last one's (always, unless a subject is a prefix of another and followed by
    a character below ``>``, and a cut falls between them), else their merge."""
    paths = [Path(s.nt) for s in shards]
    if len(paths) == 1:
        os.replace(paths[0], out)
        return
    in_order = all(a.last < b.first for a, b in zip(shards, shards[1:]))
    with _naming(out), open(out, "wb") as dst:
        if in_order:
            for p in paths:
                with open(p, "rb") as src:
                    shutil.copyfileobj(src, dst, 1 << 20)
        else:
            handles = [open(p, "rb", buffering=1 << 20) for p in paths]
            try:
                dst.writelines(heapq.merge(*handles))
            finally:
                for h in handles:
                    h.close()


def join_shards(shards: list[Shard], ttl_path: Path, nt_path: Path) -> int:
    """Write ``graph.ttl`` and ``graph.nt`` from shards in subject order; return the triples."""
    full = [s for s in shards if s.triples]
    header = list(full[0].header) if full else []
    _join_turtle(header, [Path(s.body) for s in full], ttl_path)
    _join_ntriples(full, nt_path)
    return sum(s.triples for s in full)


def write_graph(meetings: list[Meeting], entities: list[Entity], build: BuildInfo,
                ttl_path: Path, nt_path: Path, *, chunk: int = RUN_ROWS,
                progress: Callable[[int], None] | None = None) -> int:
    """Write the graph as Turtle (``ttl_path``, the bytes of :func:`build_turtle`) and sorted
    N-Triples (``nt_path``, the bytes of :func:`to_ntriples`); return the number of triples.

    Memory is bounded by ``chunk`` triples, whatever the size of the graph: triples are sorted
    in runs on disk (beside ``ttl_path``) and merged into one shard (:func:`write_shard`);
    Oxigraph streams the Turtle from the merged N-Triples. ``progress`` is called with the
    triples written so far.
    """
    tmp = Path(tempfile.mkdtemp(prefix=".rdf-", dir=ttl_path.parent))
    try:
        rows = _Runs(tmp / "rows", chunk, _sort_key)
        (tmp / "rows").mkdir()
        _collect(meetings, entities, build, rows)
        rows.flush()
        shard = write_shard([Run(str(p)) for p in rows.files], None, None, tmp, "shard", build.base_iri,
                            chunk=chunk, progress=progress)
        return join_shards([shard], ttl_path, nt_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def to_ntriples(ttl: str) -> str:
    """The same graph as sorted N-Triples (one triple per line, for bulk loading).

    >>> to_ntriples('<http://a> <http://b> "c" .')
    '<http://a> <http://b> "c" .\\n'
    """
    triples = ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    lines = sorted({f"{t} ." for t in triples})
    return "".join(line + "\n" for line in lines)


def _resource_text(name: str) -> str:
    return resources.files("parleygraph.ontology").joinpath(name).read_text(encoding="utf-8")


def load_shapes() -> str:
    """The SHACL shapes (``ontology/shapes.ttl``) as Turtle text."""
    return _resource_text("shapes.ttl")


def load_ontology() -> str:
    """The ontology (``ontology/parleygraph.ttl``) as Turtle text."""
    return _resource_text("parleygraph.ttl")


def validate_turtle(ttl: str) -> None:
    """Validate Turtle against the SHACL shapes; raise ``ValidationError`` naming failed shapes.

    The shapes are compiled to SPARQL and run on an in-memory Oxigraph store
    (:mod:`parleygraph.graph.shacl`); :func:`validate_turtle_pyshacl` is the reference.

    >>> validate_turtle(build_turtle([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z")))
    """
    from parleygraph.graph.shacl import validate_store

    store = ox.Store()
    try:
        store.bulk_load(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    except SyntaxError as e:
        raise ValidationError(f"graph is not valid Turtle: {e}") from None
    validate_store(store)


def validate_turtle_pyshacl(ttl: str) -> None:
    """:func:`validate_turtle` with pyshacl (slow; kept to check the compiled shapes against).

    >>> validate_turtle_pyshacl(build_turtle([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z")))
    """
    import pyshacl
    import rdflib

    data = rdflib.Graph()
    try:
        data.parse(data=ttl, format="turtle")
    except Exception as e:  # noqa: BLE001 - any parser error means invalid output
        raise ValidationError(f"graph is not valid Turtle: {e}") from None
    shapes = rdflib.Graph().parse(data=load_shapes(), format="turtle")
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=False)
    if conforms:
        return
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    lines: set[str] = set()
    for res in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        shape = results.value(res, SH.sourceShape)
        focus = results.value(res, SH.focusNode)
        path = results.value(res, SH.resultPath)
        msg = results.value(res, SH.resultMessage)
        shape_name = _compact(str(shape)) if isinstance(shape, rdflib.URIRef) else _shape_of(
            shapes, shape)
        shown = _compact(str(path)) if isinstance(path, rdflib.URIRef) else ""
        lines.add(" ".join(x for x in (f"{shape_name}:", str(focus), shown, str(msg or "")) if x))
    ordered = sorted(lines)
    more = f" (and {len(ordered) - 20} more)" if len(ordered) > 20 else ""
    raise ValidationError("graph does not conform to the SHACL shapes:\n  "
                          + "\n  ".join(ordered[:20]) + more)


def _shape_of(shapes: object, node: object) -> str:
    """The named node shape that holds a blank property shape (for a readable message)."""
    import rdflib

    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    g: rdflib.Graph = shapes  # type: ignore[assignment]
    for owner in g.subjects(SH.property, node):  # type: ignore[arg-type]
        path = g.value(node, SH.path)  # type: ignore[call-overload]
        inverse = g.value(path, SH.inversePath) if isinstance(path, rdflib.BNode) else None
        shown = f"^{_compact(str(inverse))}" if inverse is not None else _compact(str(path))
        return f"{_compact(str(owner))} ({shown})"
    return str(node)


def _compact(iri: str) -> str:
    names = {**NS, "pgsh": "https://w3id.org/parleygraph/shapes#"}
    for prefix, ns in sorted(names.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


# --------------------------------------------------------------------------- parts of the graph


@dataclass(frozen=True, slots=True)
class GraphContext:
    """What every part of a graph needs to know of the whole: the base IRI, the build activity,
    the kind of every entity IRI and the entity of each country code."""

    base: str
    build: str
    version: str
    time: str
    kinds: dict[str, str]
    countries: dict[str, str]


@dataclass(frozen=True, slots=True)
class GraphPart:
    """A slice of the graph one worker writes: the build activity (one part has it), documents,
    entities from number ``first_entity`` on, meeting groups from number ``first_group`` on, the
    role observations whose meeting is one of those groups (or, in an entity part, whose meeting
    is in no group), and the hash of every document it names."""

    activity: bool = False
    documents: tuple[str, ...] = ()
    first_entity: int = 0
    entities: tuple[Entity, ...] = ()
    first_group: int = 0
    groups: tuple[tuple[str, tuple[Meeting, ...]], ...] = ()
    roles: tuple[tuple[str, RoleObservation], ...] = ()
    sha_of: dict[str, str] | None = None


def _slices(n: int, parts: int) -> list[range]:
    """``parts`` ranges that cut ``range(n)`` into slices of about equal size (none empty).

    >>> _slices(5, 2)
    [range(0, 2), range(2, 5)]
    """
    parts = max(1, min(parts, n))
    return [range(n * k // parts, n * (k + 1) // parts) for k in range(parts)] if n else []


def plan_parts(meetings: list[Meeting], entities: list[Entity], build: BuildInfo, parts: int
               ) -> tuple[GraphContext, list[GraphPart]]:
    """Cut the graph of a build into about ``parts`` parts of meeting groups, a quarter as many of
    documents and half as many of entities; each part with the document hashes it needs. The
    parts, written by :func:`write_part` and merged, give the triples of :func:`_collect`."""
    entities = _merge_entities(entities)
    sha_of = dict(build.inputs)
    ctx = GraphContext(build.base_iri, build_node(build), build.version, build.time,
                       {e.id: e.kind for e in entities}, country_iris(entities))
    groups = meeting_groups(meetings, build.base_iri)
    out: list[GraphPart] = []
    docs = [d for d, _ in build.inputs]
    for k, r in enumerate(_slices(len(docs), max(1, parts // 4)) or [range(0)]):
        out.append(GraphPart(activity=k == 0, documents=tuple(docs[r.start:r.stop]),
                             sha_of={d: sha_of[d] for d in docs[r.start:r.stop]}))
    owner: dict[str, int] = {}
    group_parts: list[tuple[range, list[tuple[str, RoleObservation]]]] = []
    for r in _slices(len(groups), parts):
        for g in r:
            owner[groups[g][0]] = len(group_parts)
        group_parts.append((r, []))
    entity_parts: list[tuple[range, list[tuple[str, RoleObservation]]]] = [
        (r, []) for r in _slices(len(entities), max(1, parts // 2))]
    for er in entity_parts:
        for i in er[0]:
            e = entities[i]
            for role in e.roles:
                at = owner.get(role.meeting)
                (er[1] if at is None else group_parts[at][1]).append((e.id, role))
    for r, roles in entity_parts:
        out.append(GraphPart(first_entity=r.start, entities=tuple(entities[r.start:r.stop]), roles=tuple(roles),
                             sha_of={ro.doc: sha_of.get(ro.doc, "") for _, ro in roles if ro.doc}))
    for r, roles in group_parts:
        part_groups = tuple((iri, tuple(reports)) for iri, reports in groups[r.start:r.stop])
        named = {m.doc for _, reports in part_groups for m in reports} | {ro.doc for _, ro in roles if ro.doc}
        out.append(GraphPart(first_group=r.start, groups=part_groups, roles=tuple(roles),
                             sha_of={d: sha_of.get(d, "") for d in named}))
    return ctx, out


def emit_part(part: GraphPart, ctx: GraphContext, add: Callable[[Row], Any]) -> Firsts:
    """The triples of one part into ``add``; the first-wins candidates it met are returned."""
    em = Emitter(ctx.base, ctx.build, ctx.kinds, ctx.countries, part.sha_of or {}, add)
    if part.activity:
        em.activity(ctx.version, ctx.time)
    for doc in part.documents:
        em.document(doc)
    for i, e in enumerate(part.entities, part.first_entity):
        em.entity(i, e)
    for i, e in enumerate(part.entities, part.first_entity):
        em.parent(i, e)
    for g, (iri, reports) in enumerate(part.groups, part.first_group):
        em.group(g, iri, list(reports))
    for entity, role in part.roles:
        em.role(entity, role)
    return em.firsts


def write_part(part: GraphPart, ctx: GraphContext, path: Path, *, every: int = 1024) -> tuple[Run, Firsts]:
    """One part of the graph as a sorted run at ``path`` (indexed every ``every`` rows), and
    its first-wins candidates."""
    rows: set[Row] = set()
    firsts = emit_part(part, ctx, rows.add)
    return write_run(rows, path, every=every), firsts
