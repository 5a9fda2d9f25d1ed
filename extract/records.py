"""The typed records that flow between the stages of the pipeline.

``Document -> Item -> Meeting (+ Entity, RoleObservation) -> graph``

Meeting records use the field names of the gold schema (``shared/gold/SCHEMA.md``) so that
evaluation is a set comparison; ``to_dict`` gives exactly the JSON line of ``meetings.jsonl``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

__all__ = [
    "Document",
    "Item",
    "PersonRef",
    "OrgRef",
    "Place",
    "Meeting",
    "RoleObservation",
    "Entity",
    "Problem",
    "BuildInfo",
    "MEETING_TYPES",
    "PARTS",
    "FORMATS",
    "meeting_from_dict",
    "entity_from_dict",
    "merge_ref",
    "shared",
    "shared_entity",
]

MEETING_TYPES = (
    "meeting", "visit", "conference", "seminar", "workshop", "training", "webinar",
    "working_group", "council_session", "side_event", "hearing", "videoconference",
)
"""The event types of the gold schema: the one list, read by extraction, RDF and evaluation."""

PARTS = ("host", "visitor", "organiser", "chair", "moderator", "speaker", "trainer", "participant")
"""The part an actor played in one meeting (``part`` on person and organisation objects)."""

FORMATS = ("in_person", "online", "hybrid")


@dataclass(frozen=True, slots=True)
class Document:
    """One input document as read: its text is what every span points into.

    ``doc`` is the path relative to the input argument (``<file>#<id>`` for a JSONL article).
    """

    doc: str
    text: str
    source: str = ""
    published: str | None = None
    url: str | None = None
    title: str | None = None
    kind: str = "txt"
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One news item of a document: ``document.text[start:end]`` is its body."""

    doc: str
    index: int
    start: int
    end: int
    headline: str | None
    published: str | None
    #: The place of the dateline that opened the item, as written ("DUSHANBE"), if any; the
    #: dateline itself is not part of the body.
    dateline: str | None = None
    #: Whether ``published`` comes from a day header without a year ("February 14" on a line of
    #: its own, as digests and day-by-day listings date what happened that day).
    day_header: bool = False
    #: Lines inside the body that are no text: the page's title repeated under a picture or at
    #: its foot, as (start, end) offsets.
    repeats: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person taking part in a meeting; ``id`` is the resolved entity's IRI."""

    name: str
    mentions: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    rank: str | None = None
    part: str = "participant"
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "mentions": list(self.mentions), "role": self.role,
            "affiliation": self.affiliation, "rank": self.rank, "part": self.part,
        }


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organisation taking part in a meeting; ``id`` is the resolved entity's IRI."""

    name: str
    acronym: str | None = None
    mentions: tuple[str, ...] = ()
    parent: str | None = None
    country: str | None = None
    part: str = "participant"
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "acronym": self.acronym, "mentions": list(self.mentions),
            "parent": self.parent, "country": self.country, "part": self.part,
        }


R = TypeVar("R", "PersonRef", "OrgRef")


def merge_ref(a: R, b: R) -> R:
    """Two references to one actor in one meeting as one: ``a``'s values first, the mentions of
    both, any value ``a`` lacks from ``b``, and the part ``b`` played if ``a`` only took part.

    >>> merge_ref(PersonRef("Jan Doe", ("Mr. Doe",)), PersonRef("Jan Doe", ("Jan Doe",), role="Director", part="chair"))
    PersonRef(name='Jan Doe', mentions=('Mr. Doe', 'Jan Doe'), role='Director', affiliation=None, rank=None, part='chair', id='')
    """
    changes: dict[str, Any] = {"mentions": tuple(dict.fromkeys(a.mentions + b.mentions)),
                               "part": b.part if a.part == "participant" else a.part}
    for f in ("role", "affiliation", "rank") if isinstance(a, PersonRef) else ("acronym", "parent", "country"):
        changes[f] = getattr(a, f) or getattr(b, f)
    return replace(a, **changes)


@dataclass(frozen=True, slots=True)
class Place:
    """A venue resolved in the gazetteer: GeoNames id and coordinates of the city."""

    geonameid: int | None = None
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"geonameid": self.geonameid, "name": self.name,
                "latitude": self.latitude, "longitude": self.longitude}


@dataclass(frozen=True, slots=True)
class Meeting:
    """One reported meeting: one line of ``meetings.jsonl``.

    ``evidence == document.text[span[0]:span[1]]`` always holds.
    """

    #: ``own`` marks what no other record holds (never pooled by :func:`shared`)
    id: str = field(metadata={"own": True})
    doc: str
    item: int
    evidence: str = field(metadata={"own": True})
    span: tuple[int, int] = field(metadata={"own": True})
    type: str = "meeting"
    start: str | None = None
    end: str | None = None
    date_inferred: bool = False
    format: str | None = None
    city: str | None = None
    country: str | None = None
    place: Place | None = None
    persons: tuple[PersonRef, ...] = ()
    organizations: tuple[OrgRef, ...] = ()
    countries: tuple[str, ...] = ()
    organizers: tuple[str, ...] = ()
    chairs: tuple[str, ...] = ()
    status: str = "held"
    published: str | None = None
    headline: str | None = None
    iri: str = field(default="", metadata={"own": True})
    provenance: tuple[str, ...] = ()
    #: Which strategy decided each field (``("venue", "dateline_city")``, ...), kept only when
    #: extraction is asked to trace (``parleygraph extract --trace``).
    trace: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id, "iri": self.iri, "doc": self.doc, "item": self.item,
            "published": self.published, "headline": self.headline,
            "type": self.type, "start": self.start, "end": self.end,
            "date_inferred": self.date_inferred, "format": self.format,
            "city": self.city, "country": self.country,
            "place": self.place.to_dict() if self.place else None,
            "persons": [p.to_dict() for p in self.persons],
            "organizations": [o.to_dict() for o in self.organizations],
            "countries": list(self.countries), "organizers": list(self.organizers),
            "chairs": list(self.chairs), "status": self.status,
            "evidence": self.evidence, "span": list(self.span),
            "provenance": list(self.provenance),
        }
        if self.trace:
            d["trace"] = dict(self.trace)
        return d


@dataclass(frozen=True, slots=True)
class RoleObservation:
    """"Person P holds role R in organisation O, seen on date D", with its evidence."""

    person: str
    role: str
    organization: str | None
    date: str | None
    doc: str
    meeting: str
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "role": self.role, "organization": self.organization,
                "date": self.date, "doc": self.doc, "meeting": self.meeting,
                "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved actor: one node of the network, one IRI in the Turtle.

    ``kind`` is ``person``, ``organization`` or ``country``. For countries ``code`` is the
    ISO 3166-1 alpha-2 code and ``wikidata`` its QID; for organisations ``parent`` and
    ``country`` hold the IRI of the parent and the ISO code of a national body.
    """

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    meetings: tuple[str, ...] = ()
    acronym: str | None = None
    parent: str | None = None
    country: str | None = None
    code: str | None = None
    wikidata: str | None = None
    rank: str | None = None
    roles: tuple[RoleObservation, ...] = ()
    same_as: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "name": self.name, "aliases": list(self.aliases),
            "acronym": self.acronym, "parent": self.parent, "country": self.country,
            "code": self.code, "wikidata": self.wikidata, "rank": self.rank,
            "docs": list(self.docs), "meetings": list(self.meetings),
            "roles": [r.to_dict() for r in self.roles], "same_as": list(self.same_as),
        }


@dataclass(frozen=True, slots=True)
class Problem:
    """A document that was skipped or flagged, with the reason (reported, never fatal)."""

    doc: str
    reason: str
    skipped: bool = True


_POOLED_FIELDS = tuple(f.name for f in fields(Meeting) if not f.metadata.get("own"))


def shared(m: Meeting, pool: dict[Any, Any]) -> Meeting:
    """``m`` holding, for each part equal to one an earlier record put in ``pool``, that one
    object: a person who takes part in 300 meetings, a city, a date or a document's name is
    kept once in memory however many records repeat it (the 12,184 meetings of 5,000 generated
    articles take 45 MB instead of 169 MB). The records are immutable, so equal is as good as
    the same; ``pool`` is any dict kept while the records are made, and may be dropped after.

    >>> pool = {}
    >>> a = shared(Meeting("m1", "d.txt", 0, "e", (0, 1), city="Lima", persons=(PersonRef("Ana Ruiz"),)), pool)
    >>> b = shared(Meeting("m2", "d.txt", 1, "f", (2, 3), city="Lima", persons=(PersonRef("Ana Ruiz"),)), pool)
    >>> a.persons[0] is b.persons[0], a.persons is b.persons, a.city is b.city, a.id == "m1"
    (True, True, True, True)
    """
    one = pool.setdefault
    changes: dict[str, Any] = {}
    for name in _POOLED_FIELDS:
        value = getattr(m, name)
        if isinstance(value, tuple):
            value = tuple(one(x, x) for x in value)
            value = one(value, value)
        elif isinstance(value, (str, Place)):
            value = one(value, value)
        else:
            continue
        changes[name] = value
    return replace(m, **changes)


def shared_entity(e: Entity, pool: dict[Any, Any]) -> Entity:
    """``e`` holding the strings of ``pool`` it repeats (:func:`shared`): the documents, meetings
    and role observations of an entity read back from ``entities.jsonl`` share the meetings'
    IRIs, documents and evidence put in the pool.

    >>> pool = {"d.txt": "d.txt"}
    >>> e = shared_entity(Entity("p/a", "person", "A", docs=("d.txt",)), pool)
    >>> e.docs[0] is pool["d.txt"]
    True
    """
    one = pool.setdefault
    roles = tuple(RoleObservation(**{f.name: one(v, v) if isinstance(v := getattr(r, f.name), str) else v
                                     for f in fields(RoleObservation)}) for r in e.roles)
    return replace(e, docs=tuple(one(d, d) for d in e.docs), meetings=tuple(one(m, m) for m in e.meetings),
                   roles=roles)


def meeting_from_dict(d: dict[str, Any]) -> Meeting:
    """Rebuild a :class:`Meeting` from one line of ``meetings.jsonl``."""
    place = d.get("place")
    return Meeting(
        id=d["id"], doc=d["doc"], item=int(d.get("item", 0)), evidence=d.get("evidence", ""),
        span=tuple(d.get("span") or (0, 0)),
        type=d.get("type") or "meeting", start=d.get("start"), end=d.get("end"),
        date_inferred=bool(d.get("date_inferred")), format=d.get("format"),
        city=d.get("city"), country=d.get("country"),
        place=Place(**place) if place else None,
        persons=tuple(PersonRef(
            name=p["name"], mentions=tuple(p.get("mentions") or ()), role=p.get("role"),
            affiliation=p.get("affiliation"), rank=p.get("rank"),
            part=p.get("part") or "participant", id=p.get("id") or "") for p in d.get("persons") or ()),
        organizations=tuple(OrgRef(
            name=o["name"], acronym=o.get("acronym"), mentions=tuple(o.get("mentions") or ()),
            parent=o.get("parent"), country=o.get("country"), part=o.get("part") or "participant",
            id=o.get("id") or "") for o in d.get("organizations") or ()),
        countries=tuple(d.get("countries") or ()), organizers=tuple(d.get("organizers") or ()),
        chairs=tuple(d.get("chairs") or ()), status=d.get("status") or "held",
        published=d.get("published"), headline=d.get("headline"), iri=d.get("iri") or "",
        provenance=tuple(d.get("provenance") or ()),
        trace=tuple((d.get("trace") or {}).items()),
    )


def entity_from_dict(d: dict[str, Any]) -> Entity:
    """Rebuild an :class:`Entity` from one line of ``entities.jsonl``."""
    return Entity(
        id=d["id"], kind=d["kind"], name=d["name"], aliases=tuple(d.get("aliases") or ()),
        docs=tuple(d.get("docs") or ()), meetings=tuple(d.get("meetings") or ()),
        acronym=d.get("acronym"), parent=d.get("parent"), country=d.get("country"),
        code=d.get("code"), wikidata=d.get("wikidata"), rank=d.get("rank"),
        roles=tuple(RoleObservation(**r) for r in d.get("roles") or ()),
        same_as=tuple(d.get("same_as") or ()),
    )


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """What a build was: tool version, time, and a SHA-256 of each input document.

    ``time`` is pinned (``1970-01-01T00:00:00Z``) by ``--reproducible``.
    """

    version: str
    time: str
    inputs: tuple[tuple[str, str], ...] = ()
    base_iri: str = "https://w3id.org/parleygraph/id/"
