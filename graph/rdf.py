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
        pg:evidence evidence:9a0b... .         # prov:value "<sentence>" ; pg:spanStart 100 ; pg:spanEnd 255
"""

from __future__ import annotations

import re
from importlib import resources

import pyoxigraph as ox

from parleygraph.extract.errors import InputError, ValidationError
from parleygraph.extract.iris import short_hash, slugify
from parleygraph.extract.records import BuildInfo, Entity, Meeting, OrgRef, PersonRef

__all__ = [
    "NS",
    "PREFIXES",
    "build_turtle",
    "build_triples",
    "validate_turtle",
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

_NN: dict[str, ox.NamedNode] = {}


def _n(iri: str) -> ox.NamedNode:
    """A NamedNode, cached for vocabulary terms (they repeat in every triple)."""
    node = _NN.get(iri)
    if node is None:
        node = ox.NamedNode(iri)
        if len(_NN) < 4096:
            _NN[iri] = node
    return node


A = _n(RDF + "type")
_XSD_DATE = _n(XSD + "date")
_XSD_GYM = _n(XSD + "gYearMonth")
_XSD_GYEAR = _n(XSD + "gYear")
_XSD_INT = _n(XSD + "integer")
_XSD_BOOL = _n(XSD + "boolean")
_XSD_DECIMAL = _n(XSD + "decimal")
_XSD_DATETIME = _n(XSD + "dateTime")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YM_RE = re.compile(r"^\d{4}-\d{2}$")
_Y_RE = re.compile(r"^\d{4}$")


def _date(value: str | None) -> ox.Literal | None:
    """``xsd:date`` for YYYY-MM-DD, ``xsd:gYearMonth`` for YYYY-MM, ``xsd:gYear`` for YYYY.

    >>> _date("2020-07").datatype.value
    'http://www.w3.org/2001/XMLSchema#gYearMonth'
    """
    if not value:
        return None
    value = value.strip()
    if _DATE_RE.match(value):
        return ox.Literal(value, datatype=_XSD_DATE)
    if _YM_RE.match(value):
        return ox.Literal(value, datatype=_XSD_GYM)
    if _Y_RE.match(value):
        return ox.Literal(value, datatype=_XSD_GYEAR)
    if _DATE_RE.match(value[:10]):  # a timestamp: keep the day
        return ox.Literal(value[:10], datatype=_XSD_DATE)
    return None


def _str(value: str) -> ox.Literal:
    return ox.Literal(value)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD_INT)


def _decimal(value: float) -> ox.Literal:
    text = f"{float(value):.6f}".rstrip("0")
    return ox.Literal(text + "0" if text.endswith(".") else text, datatype=_XSD_DECIMAL)


def _is_iri(value: str | None) -> bool:
    return bool(value) and "://" in str(value)


class _Minter:
    """Deterministic IRIs under the build's base, each kind flat."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __call__(self, kind: str, key: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}{kind}/{key}")

    def item(self, doc: str, index: int) -> ox.NamedNode:
        return self("item", short_hash(doc, str(index), n=12))

    def document(self, doc: str, sha: str) -> ox.NamedNode:
        return self("document", short_hash(doc, sha, n=12))

    def country(self, code: str) -> ox.NamedNode:
        return self("country", code.upper())


def _meeting_iri(m: Meeting, mint: _Minter) -> str:
    return m.iri or mint("meeting", short_hash(m.doc, m.id)).value


def build_triples(meetings: list[Meeting], entities: list[Entity],
                  build: BuildInfo) -> set[ox.Triple]:
    """The set of triples for meetings, entities and the build activity (unsorted).

    Several meetings sharing one ``iri`` (the same meeting reported twice) become one event
    node derived from several news items; its single-valued facts come from the first report
    in (doc, item, id) order, its participants are the union.
    """
    out: set[ox.Triple] = set()
    add = out.add
    T = ox.Triple
    mint = _Minter(build.base_iri)
    P = {name: _n(ns + local) for name, ns, local in (
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
        ("hasActor", SEM, "hasActor"), ("roleType", SEM, "roleType"), ("value", RDF, "value"),
        ("member", ORG, "member"), ("organization", ORG, "organization"), ("orole", ORG, "role"),
        ("subOrg", ORG, "subOrganizationOf"),
        ("derived", PROV, "wasDerivedFrom"), ("quoted", PROV, "wasQuotedFrom"),
        ("pvalue", PROV, "value"), ("generatedBy", PROV, "wasGeneratedBy"),
        ("used", PROV, "used"), ("ended", PROV, "endedAtTime"),
        ("sameAs", OWL, "sameAs"), ("label", RDFS, "label"),
    )}
    C = {name: _n(iri) for name, iri in (
        ("Event", SCHEMA + "Event"), ("SemEvent", SEM + "Event"), ("Meeting", PG + "Meeting"),
        ("Place", SCHEMA + "Place"), ("Person", SCHEMA + "Person"),
        ("Organization", SCHEMA + "Organization"), ("OrgOrganization", ORG + "Organization"),
        ("Country", SCHEMA + "Country"), ("Role", SEM + "Role"), ("Membership", ORG + "Membership"),
        ("OrgRole", ORG + "Role"), ("NewsItem", PG + "NewsItem"), ("Evidence", PG + "Evidence"),
        ("Document", PG + "SourceDocument"), ("Entity", PROV + "Entity"),
        ("Activity", PROV + "Activity"), ("Build", PG + "Build"),
        ("Scheduled", SCHEMA + "EventScheduled"), ("Held", PG + "Held"), ("Planned", PG + "Planned"),
    )}

    # --- the build and its inputs -------------------------------------------------------
    sha_of = dict(build.inputs)
    build_node = mint("build", short_hash(build.version, build.time,
                                          *(f"{d}={s}" for d, s in sorted(build.inputs)), n=12))
    add(T(build_node, A, C["Activity"]))
    add(T(build_node, A, C["Build"]))
    add(T(build_node, P["version"], _str(build.version)))
    add(T(build_node, P["label"], _str(f"parleygraph {build.version} build")))
    if build.time:
        add(T(build_node, P["ended"], ox.Literal(build.time, datatype=_XSD_DATETIME)))
    documents: dict[str, ox.NamedNode] = {}

    def document(doc: str) -> ox.NamedNode:
        node = documents.get(doc)
        if node is None:
            sha = sha_of.get(doc, "")
            node = documents[doc] = mint.document(doc, sha)
            add(T(node, A, C["Document"]))
            add(T(node, A, C["Entity"]))
            add(T(node, P["path"], _str(doc)))
            if sha:
                add(T(node, P["sha256"], _str(sha)))
                add(T(build_node, P["used"], node))
        return node

    for doc, _sha in build.inputs:
        document(doc)

    # --- actors --------------------------------------------------------------------------
    entities = _merge_entities(entities)
    by_id = {e.id: e for e in entities}
    place_names: dict[str, str] = {}
    country_iri: dict[str, str] = {}
    for e in entities:
        if e.kind == "country" and e.code:
            country_iri.setdefault(e.code.upper(), e.id)
    seen_actor: set[str] = set()

    def country(code: str) -> ox.NamedNode:
        code = code.strip().upper()
        iri = country_iri.get(code)
        node = ox.NamedNode(iri) if iri else mint.country(code)
        if node.value not in by_id and node.value not in seen_actor:
            seen_actor.add(node.value)
            add(T(node, A, C["Country"]))
            add(T(node, P["name"], _str(code)))
            add(T(node, P["iso"], _str(code)))
        return node

    def ref_actor(ref: PersonRef | OrgRef) -> ox.NamedNode:
        """The actor node of a participant reference; minimal facts if no entity record."""
        kind = "person" if isinstance(ref, PersonRef) else "organization"
        iri = ref.id if _is_iri(ref.id) else mint(kind, slugify(ref.name)).value
        node = ox.NamedNode(iri)
        if iri not in by_id and iri not in seen_actor:
            seen_actor.add(iri)
            if kind == "person":
                add(T(node, A, C["Person"]))
            else:
                add(T(node, A, C["Organization"]))
                add(T(node, A, C["OrgOrganization"]))
                if isinstance(ref, OrgRef) and ref.acronym:
                    add(T(node, P["acronym"], _str(ref.acronym)))
            add(T(node, P["name"], _str(ref.name)))
        return node

    for e in entities:
        node = ox.NamedNode(e.id)
        add(T(node, P["name"], _str(e.name)))
        for alias in e.aliases:
            if alias != e.name:
                add(T(node, P["alt"], _str(alias)))
        for old in e.same_as:
            if old != e.id:
                add(T(node, P["sameAs"], ox.NamedNode(old)))
        if e.kind == "person":
            add(T(node, A, C["Person"]))
            if e.rank:
                add(T(node, P["honorific"], _str(e.rank)))
        elif e.kind == "organization":
            add(T(node, A, C["Organization"]))
            add(T(node, A, C["OrgOrganization"]))
            if e.acronym:
                add(T(node, P["acronym"], _str(e.acronym)))
            if e.parent and e.parent != e.id:
                parent = e.parent if _is_iri(e.parent) else mint("organization", slugify(e.parent)).value
                add(T(node, P["subOrg"], ox.NamedNode(parent)))
            if e.country:
                add(T(node, P["pcountry"], country(e.country)))
        elif e.kind == "country":
            add(T(node, A, C["Country"]))
            if e.code:
                add(T(node, P["iso"], _str(e.code.upper())))
            if e.wikidata:
                add(T(node, P["sameAs"], ox.NamedNode(WIKIDATA + e.wikidata)))
        else:
            raise InputError(f"entity {e.id}: unknown kind {e.kind!r}")
    # A parent named only by IRI with no entity record still needs a type.
    for e in entities:
        if e.kind == "organization" and e.parent and e.parent != e.id:
            parent = e.parent if _is_iri(e.parent) else mint("organization", slugify(e.parent)).value
            if parent not in by_id and parent not in seen_actor:
                seen_actor.add(parent)
                pnode = ox.NamedNode(parent)
                add(T(pnode, A, C["Organization"]))
                add(T(pnode, A, C["OrgOrganization"]))
                add(T(pnode, P["name"], _str(e.parent if not _is_iri(e.parent)
                                             else parent.rsplit("/", 1)[-1])))

    # --- meetings ------------------------------------------------------------------------
    groups: dict[str, list[Meeting]] = {}
    for m in sorted(meetings, key=lambda m: (m.doc, m.item, m.id)):
        groups.setdefault(_meeting_iri(m, mint), []).append(m)
    items_of: dict[tuple[str, str], ox.NamedNode] = {}  # (meeting iri, doc) -> item

    for iri, reports in groups.items():
        node = ox.NamedNode(iri)
        first = reports[0]
        add(T(node, A, C["Meeting"]))
        add(T(node, A, C["Event"]))
        add(T(node, A, C["SemEvent"]))
        cls = _TYPE_CLASS.get(first.type)
        if cls is None:
            raise InputError(f"meeting {first.id}: unknown type {first.type!r}")
        if cls != "Meeting":
            add(T(node, A, _n(PG + cls)))
        label = first.type.replace("_", " ")
        label += f", {first.start}" if first.start else ", undated"
        if first.city:
            label += f", {first.city}"
        add(T(node, P["label"], _str(label)))
        add(T(node, P["generatedBy"], build_node))
        start, end = _date(first.start), _date(first.end)
        if start is not None:
            add(T(node, P["start"], start))
        if end is not None:
            add(T(node, P["end"], end))
        if first.date_inferred:
            add(T(node, P["inferred"], ox.Literal("true", datatype=_XSD_BOOL)))
        if first.format in _FORMAT:
            add(T(node, P["format"], _n(PG + _FORMAT[first.format])))
            add(T(node, P["mode"], _n(SCHEMA + _ATTENDANCE[first.format])))
        if first.status == "planned":
            add(T(node, P["status"], C["Scheduled"]))
            add(T(node, P["pstatus"], C["Planned"]))
        else:
            add(T(node, P["pstatus"], C["Held"]))
        # place
        venue_country = first.country.strip().upper() if first.country else None
        geonameid = first.place.geonameid if first.place else None
        city = (first.place.name if first.place and first.place.name else None) or first.city
        if geonameid or city:
            key = str(geonameid) if geonameid else (
                slugify(city or "") + (f"-{venue_country.lower()}" if venue_country else ""))
            place = mint("place", key)
            add(T(node, P["location"], place))
            add(T(place, A, C["Place"]))
            if city:
                # one schema:name per place: the first name seen; other names become aliases
                first_name = place_names.setdefault(place.value, city)
                add(T(place, P["name"] if first_name == city else P["alt"], _str(city)))
            if geonameid:
                add(T(place, P["sameAsS"], ox.NamedNode(f"{GEONAMES}{geonameid}/")))
            if first.place and first.place.latitude is not None and first.place.longitude is not None:
                add(T(place, P["lat"], _decimal(first.place.latitude)))
                add(T(place, P["lon"], _decimal(first.place.longitude)))
            if venue_country:
                add(T(place, P["addressCountry"], country(venue_country)))
        elif venue_country:
            add(T(node, P["location"], country(venue_country)))

        # participants and the part each played, across all reports of this meeting
        parts: set[tuple[ox.NamedNode, str]] = set()
        for m in reports:
            by_name: dict[str, ox.NamedNode] = {}
            for ref in (*m.persons, *m.organizations):
                actor = ref_actor(ref)
                part = ref.part if ref.part in _PART_ROLE else "participant"
                parts.add((actor, part))
                add(T(node, P["attendee"], actor))
                names = [ref.name, *ref.mentions]
                if isinstance(ref, OrgRef) and ref.acronym:
                    names.append(ref.acronym)
                for name in names:
                    by_name.setdefault(name.casefold(), actor)
            for code in m.countries:
                parts.add((country(code), "participant"))
            for name in m.organizers:
                if len(name) == 2 and name.isalpha() and name.isupper():
                    parts.add((country(name), "organiser"))
                elif name.casefold() in by_name:
                    parts.add((by_name[name.casefold()], "organiser"))
            for name in m.chairs:
                if name.casefold() in by_name:
                    parts.add((by_name[name.casefold()], "chair"))
        for actor, part in parts:
            add(T(node, P["participant"], actor))
            if part == "organiser":
                add(T(node, P["organizer"], actor))
            role = mint("role", short_hash(iri, actor.value, part, n=12))
            add(T(node, P["hasActor"], role))
            add(T(role, A, C["Role"]))
            add(T(role, P["value"], actor))
            add(T(role, P["roleType"], _n(PG + _PART_ROLE[part])))

        # provenance: one news item and one evidence quotation per report
        for m in reports:
            doc = document(m.doc)
            item = mint.item(m.doc, m.item)
            items_of.setdefault((iri, m.doc), item)
            add(T(node, P["derived"], item))
            add(T(node, P["meetingId"], _str(m.id)))
            add(T(item, A, C["NewsItem"]))
            add(T(item, A, C["Entity"]))
            add(T(item, P["isPartOf"], doc))
            add(T(item, P["itemIndex"], _int(m.item)))
            if m.headline:
                add(T(item, P["headline"], _str(m.headline)))
            published = _date(m.published)
            if published is not None:
                add(T(item, P["published"], published))
            ev = mint("evidence", short_hash(m.doc, str(m.span[0]), str(m.span[1]), m.evidence,
                                             n=12))
            add(T(node, P["evidence"], ev))
            add(T(ev, A, C["Evidence"]))
            add(T(ev, A, C["Entity"]))
            add(T(ev, P["pvalue"], _str(m.evidence)))
            add(T(ev, P["spanStart"], _int(m.span[0])))
            add(T(ev, P["spanEnd"], _int(m.span[1])))
            add(T(ev, P["quoted"], item))

    # --- role observations: org:Membership -----------------------------------------------
    for e in entities:
        for r in e.roles:
            person = r.person or e.id
            key = short_hash(person, r.role, r.organization or "", r.date or "", r.meeting, r.doc,
                             n=12)
            ms = mint("membership", key)
            add(T(ms, A, C["Membership"]))
            add(T(ms, A, C["Entity"]))
            add(T(ms, P["member"], ox.NamedNode(person)))
            title = mint("title", slugify(r.role))
            add(T(ms, P["orole"], title))
            add(T(title, A, C["OrgRole"]))
            add(T(title, P["label"], _str(r.role)))
            if r.organization:
                org = r.organization if _is_iri(r.organization) else \
                    mint("organization", slugify(r.organization)).value
                target = by_id.get(org)
                # org:organization must be an organisation; a country affiliation is left out
                if target is None or target.kind == "organization":
                    add(T(ms, P["organization"], ox.NamedNode(org)))
            seen = _date(r.date)
            if seen is not None:
                add(T(ms, P["seenOn"], seen))
            if r.meeting:
                add(T(ms, P["seenAt"], ox.NamedNode(r.meeting)))
            if r.evidence:
                add(T(ms, P["pvalue"], _str(r.evidence)))
            source = items_of.get((r.meeting, r.doc)) or (document(r.doc) if r.doc else None)
            if source is not None:
                add(T(ms, P["derived"], source))
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


def _sort_key(t: ox.Triple) -> tuple[str, bool, str, str]:
    return (t.subject.value, t.predicate != A, t.predicate.value, str(t.object))


def _prefixes(base: str) -> dict[str, str]:
    prefixes = dict(NS)
    prefixes.update({kind: f"{base}{kind}/" for kind in DATA_KINDS})
    return prefixes


def build_turtle(meetings: list[Meeting], entities: list[Entity], build: BuildInfo) -> str:
    """Deterministic Turtle for meetings, entities and the build (sorted, no blank nodes).

    >>> from parleygraph.extract.records import BuildInfo
    >>> ttl = build_turtle([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z"))
    >>> "a prov:Activity" in ttl
    True
    """
    triples = sorted(build_triples(meetings, entities, build), key=_sort_key)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_prefixes(build.base_iri))
    text = data.decode("utf-8") if data else ""
    # Oxigraph writes the @prefix lines in hash order; sort them so the bytes are stable.
    lines = text.split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith("@prefix "):
        n += 1
    return "\n".join(sorted(lines[:n]) + lines[n:])


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

    >>> validate_turtle(build_turtle([], [], BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z")))
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


def _shape_of(shapes: "object", node: "object") -> str:
    """The named node shape that holds a blank property shape (for a readable message)."""
    import rdflib

    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    g: rdflib.Graph = shapes  # type: ignore[assignment]
    for owner in g.subjects(SH.property, node):  # type: ignore[arg-type]
        path = g.value(node, SH.path)  # type: ignore[arg-type]
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
