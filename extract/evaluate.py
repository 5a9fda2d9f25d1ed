"""Score extracted meetings against gold annotations.

The scorer answers "how true are the facts?" for a run: meetings found (precision, recall,
F1), their participants, dates, places, and whether each real actor kept one identity.

Definitions (every figure printed by ``parleygraph evaluate`` follows them):

- **Scope.** Only documents that occur in the gold are scored; system meetings from other
  documents are counted in ``unscored`` and otherwise ignored. A system ``doc`` matches a gold
  ``doc`` when equal, or when its base name is (``sub/x.txt`` -> ``x.txt``).
- **Meeting matching**, one-to-one within a document. A system meeting and a gold meeting are
  a candidate pair when the system ``span`` contains the gold ``anchor`` (located in the
  document text given by ``texts``), or the system ``evidence`` contains the anchor (used when
  no text is available, and for robustness), or when their dates agree (the intervals overlap,
  a month-only date covering its month) and they share at least one participant. Pairs are
  assigned greedily: anchor pairs before date+participant pairs, then the exact date, then the
  number of shared participants, ties by gold order, then system order.
- **Planned gold** (``status: planned``) is optional: matched it is a true positive, missed it
  is not a false negative.
- **Participants** are compared only inside matched pairs and micro-averaged over them, per
  kind and overall (all kinds pooled). Persons match by surname, tolerant of one-letter
  spelling differences in long names, of initials against full names and of surname-first
  order; a name listed as an alias of the gold person in the entity table also matches.
  Organisations match by normalised name, acronym, mention or entity-table alias
  (case, "the", Centre/Center, Programme/Program, -isation/-ization, apostrophes, hyphens and
  full stops are normalised away). Countries match by ISO code. Each kind is a one-to-one
  assignment, greedy by match strength.
- **Date accuracy** is over matched pairs whose gold ``date_source`` is empty (dates the text
  does not give, ``url`` or ``outside``, are left out; ``date_inferred`` dates count). A pair
  is right when start and end are both equal (a missing end is read as the start).
- **City accuracy** is over matched pairs where the gold or the system has a city: right when
  both have one and they are equal ignoring case, or the system's is one of the gold's
  ``city_aliases``. A city where the gold has none is wrong, and so is a missing one.
  **Venue-country accuracy** is the same for the venue ``country`` code, and **format
  accuracy** for ``format``.
- **Identity.** Every aligned participant pair (person or organisation) links a system ``id``
  (the name when the id is empty) to a gold entity (the record's canonical name, mapped
  through the entity table's aliases when needed). A *split* is a gold entity linked to two or
  more system ids across the corpus; a *merge* is a system id linked to two or more gold
  entities.

>>> gold = [{"doc": "a.txt", "id": "a#1", "anchor": "met the Minister", "start": "2020-01-02",
...          "end": "2020-01-02", "persons": [], "organizations": [], "countries": ["KZ"]}]
>>> system = [{"doc": "a.txt", "id": "s1", "evidence": "She met the Minister.",
...            "start": "2020-01-02", "end": "2020-01-02", "countries": ["KZ"]}]
>>> evaluate(system, gold).meetings.f1
1.0
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .io import read_jsonl

__all__ = [
    "PRF",
    "Accuracy",
    "Scores",
    "evaluate",
    "evaluate_files",
    "evaluate_by_document",
    "format_scores",
    "load_texts",
    "person_match",
    "normalize_org",
]

KINDS = ("persons", "organizations", "countries")
UNGIVEN_DATE_SOURCES = frozenset({"url", "outside"})



def _scoring_words() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The scorer's own words (``extract/scoring.jsonl``, apart from the extraction rules so that
    tuning them never changes a score): courtesy words before a name ("Mr", "His Excellency";
    ranks are long enough never to pass for a surname), and the spellings folded in bodies'
    names ("centre" -> "center")."""
    from importlib import resources

    from .errors import RuleDataError
    from .lexicon import RuleFile, parse_rule_file

    schema = RuleFile("scoring.jsonl", "the scorer's words", {"group": ("courtesy", "spelling"), "word": str, "as": str},
                      ("group", "word"), ("group", "word"))
    text = (resources.files("parleygraph.extract") / "scoring.jsonl").read_text(encoding="utf-8")
    rows = parse_rule_file(schema, text, "extract/scoring.jsonl")
    if any(r["group"] == "spelling" and not r.get("as") for r in rows):
        raise RuleDataError("extract/scoring.jsonl: a spelling needs 'as'")
    return (frozenset(r["word"] for r in rows if r["group"] == "courtesy"),
            tuple((re.compile(re.escape(r["word"])), r["as"]) for r in rows if r["group"] == "spelling"))


_HONORIFICS, _ORG_SPELLING = _scoring_words()


# --------------------------------------------------------------------------------------- records

@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and precision/recall/F1 of one comparison.

    >>> PRF.of(3, 1, 0).precision
    0.75
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> PRF:
        """Build from counts; an empty side scores 1.0 (nothing to find, nothing wrong)."""
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(tp, fp, fn, round(p, 6), round(r, 6), round(f, 6))

    def __add__(self, other: PRF) -> PRF:
        return PRF.of(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` out of ``total``; 1.0 when nothing was scored.

    >>> Accuracy.of(1, 2).accuracy
    0.5
    """

    correct: int = 0
    total: int = 0
    accuracy: float = 1.0

    @classmethod
    def of(cls, correct: int, total: int) -> Accuracy:
        return cls(correct, total, round(correct / total, 6) if total else 1.0)


@dataclass(frozen=True, slots=True)
class Scores:
    """Every figure of one evaluation (see the module docstring for definitions).

    ``as_dict()`` flattens the headline figures (``meetings_f1``, ``participants_f1``,
    ``date_accuracy``, ``city_accuracy``, ...), which is what ``tests/eval/floors.json`` names.
    """

    meetings: PRF
    persons: PRF
    organizations: PRF
    countries: PRF
    participants: PRF
    dates: Accuracy
    city: Accuracy
    venue_country: Accuracy
    format: Accuracy
    person_splits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    person_merges: tuple[tuple[str, tuple[str, ...]], ...] = ()
    org_splits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    org_merges: tuple[tuple[str, tuple[str, ...]], ...] = ()
    per_doc: dict[str, PRF] = field(default_factory=dict)
    per_doc_participants: dict[str, PRF] = field(default_factory=dict)
    matches: tuple[tuple[str, str, str], ...] = ()
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    planned_matched: int = 0
    planned_missed: int = 0
    unscored: int = 0
    errors: tuple[str, ...] = ()
    """One line per wrong field or participant of a matched meeting ("<gold id>: FP organization:
    X"), for error analysis."""

    def as_dict(self) -> dict[str, float | int]:
        """The headline figures as a flat mapping of name -> number."""
        out: dict[str, float | int] = {}
        for name in ("meetings", *KINDS, "participants"):
            prf: PRF = getattr(self, name)
            out[f"{name}_precision"] = prf.precision
            out[f"{name}_recall"] = prf.recall
            out[f"{name}_f1"] = prf.f1
        out["date_accuracy"] = self.dates.accuracy
        out["city_accuracy"] = self.city.accuracy
        out["venue_country_accuracy"] = self.venue_country.accuracy
        out["format_accuracy"] = self.format.accuracy
        out["person_splits"] = len(self.person_splits)
        out["person_merges"] = len(self.person_merges)
        out["org_splits"] = len(self.org_splits)
        out["org_merges"] = len(self.org_merges)
        return out


# ----------------------------------------------------------------------------------- normalising

def _fold(s: str) -> str:
    """Case-fold and strip accents: ``"Çelik"`` -> ``"celik"``."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def normalize_org(name: str) -> str:
    """A comparison key for an organisation name.

    >>> normalize_org("The UNODC Programme Office in Almaty")
    'unodc program office in almaty'
    >>> normalize_org("CARICC's Information Centre") == normalize_org("CARICCs Information Center")
    True
    """
    s = _fold(name).replace("\u2019", "'").replace("`", "'")
    s = re.sub(r"['.\-\u2010\u2011\u2013]", "", s)
    s = re.sub(r"[^\w/&]+", " ", s).strip()
    for rx, rep in _ORG_SPELLING:
        s = rx.sub(rep, s)
    s = re.sub(r"^the ", "", s)
    return s


def _name_tokens(name: str) -> list[str]:
    """Alphabetic tokens of a person name, honorifics dropped: ``"Mr. K.L.Testerova"`` -> k, l, testerova"""
    return [t for t in re.findall(r"[^\W\d_]+", _fold(name)) if t not in _HONORIFICS]


def _long(tokens: list[str]) -> list[str]:
    return [t for t in tokens if len(t) >= 3]


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if la == lb else a[i:] == b[i + 1:]


def person_match(a: str, b: str) -> int:
    """How well two person names agree: 0 (no), 1 (one-edit surname), 2 (surname in other
    order), 3 (same surname), 4 (same name).

    The surname is the last long token (three letters or more, so initials never are); it
    matches when it equals, or for names of five letters or more is one edit from, any long
    token of the other name, which also covers surname-first order.

    >>> person_match("K.L. Testerova", "Karina Lina Testerova")
    3
    >>> person_match("Testerova Karina Lina", "Karina Lina Testerova")
    2
    >>> person_match("Karina Testerowa", "Karina Lina Testerova")
    1
    >>> person_match("Karl Testerson", "Karl Jensen")
    0
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return 0
    if ta == tb:
        return 4
    la, lb = _long(ta), _long(tb)
    if not la or not lb:
        return 0
    sa, sb = la[-1], lb[-1]
    if sa == sb:
        return 3
    if sa in lb or sb in la:
        return 2

    def near(s: str, toks: list[str]) -> bool:
        return len(s) >= 5 and any(len(t) >= 5 and _one_edit(s, t) for t in toks)

    return 1 if near(sa, lb) or near(sb, la) else 0


# ------------------------------------------------------------------------------------- entities

@dataclass(frozen=True, slots=True)
class _EntityTable:
    person_aliases: dict[str, frozenset[str]]  # canonical -> folded token-joined aliases
    person_by_alias: dict[str, str]
    org_keys: dict[str, frozenset[str]]        # canonical -> normalised keys
    org_by_key: dict[str, str]


def _person_key(name: str) -> str:
    return " ".join(_name_tokens(name))


def _entity_table(entities: dict[str, Any] | None) -> _EntityTable:
    persons: dict[str, frozenset[str]] = {}
    p_by: dict[str, str] = {}
    orgs: dict[str, frozenset[str]] = {}
    o_by: dict[str, str] = {}
    for canon, aliases in sorted(((entities or {}).get("persons") or {}).items()):
        keys = frozenset(_person_key(x) for x in [canon, *(aliases or [])] if _person_key(x))
        persons[canon] = keys
        for k in keys:
            p_by.setdefault(k, canon)
    for canon, info in sorted(((entities or {}).get("organizations") or {}).items()):
        info = info or {}
        forms = [canon, info.get("acronym") or "", *(info.get("aliases") or [])]
        keys = frozenset(normalize_org(x) for x in forms if x and normalize_org(x))
        orgs[canon] = keys
        for k in keys:
            o_by.setdefault(k, canon)
    return _EntityTable(persons, p_by, orgs, o_by)


# ------------------------------------------------------------------------------------- matching

def _end(d: dict[str, Any]) -> str | None:
    return d.get("end") or d.get("start")


def _interval(d: dict[str, Any]) -> tuple[str, str] | None:
    """Start and end as comparable strings; a month-only date covers the whole month."""
    start, end = d.get("start"), _end(d)
    if not start:
        return None
    lo = start if len(start) > 7 else start[:7] + "-01"
    hi = end if end and len(end) > 7 else (end or start)[:7] + "-31"
    return lo, hi


def _dates_agree(s: dict[str, Any], g: dict[str, Any]) -> bool:
    a, b = _interval(s), _interval(g)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def _dates_equal(s: dict[str, Any], g: dict[str, Any]) -> bool:
    return s.get("start") == g.get("start") and _end(s) == _end(g)


def _anchor_hit(s: dict[str, Any], g: dict[str, Any], text: str | None) -> bool:
    anchor = g.get("anchor") or ""
    if not anchor:
        return False
    span = s.get("span")
    if text is not None and span and len(span) == 2:
        at = text.find(anchor)
        if at >= 0 and int(span[0]) <= at and at + len(anchor) <= int(span[1]):
            return True
    return anchor in (s.get("evidence") or "")


def _assign(candidates: list[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one assignment: best key first (keys sort ascending = better)."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, a, b in sorted(candidates):
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
            out.append((a, b))
    return out


def _org_forms(o: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(strong, weak) normalised keys of a system organisation: name/acronym, then mentions."""
    strong = {normalize_org(x) for x in (o.get("name"), o.get("acronym")) if x}
    weak = {normalize_org(x) for x in o.get("mentions") or () if x}
    return strong - {""}, weak - strong - {""}


def _gold_org_keys(o: dict[str, Any], table: _EntityTable) -> set[str]:
    name = o.get("name") or ""
    keys = {normalize_org(x) for x in (name, o.get("acronym"), *(o.get("mentions") or ())) if x}
    canon = name if name in table.org_keys else table.org_by_key.get(normalize_org(name))
    if canon:
        keys |= table.org_keys[canon]
    return keys - {""}


def _org_score(s: dict[str, Any], g: dict[str, Any], table: _EntityTable) -> int:
    gk = _gold_org_keys(g, table)
    strong, weak = _org_forms(s)
    if normalize_org(s.get("name") or "") == normalize_org(g.get("name") or ""):
        return 3
    if strong & gk:
        return 2
    if weak & gk:
        return 1
    return 0


def _person_score(s: dict[str, Any], g: dict[str, Any], table: _EntityTable) -> int:
    sname, gname = s.get("name") or "", g.get("name") or ""
    best = person_match(sname, gname)
    if best < 4:
        aliases = table.person_aliases.get(gname, frozenset())
        aliases |= {_person_key(m) for m in g.get("mentions") or ()}
        if _person_key(sname) in aliases:
            return 4
    return best


def _country_code(c: Any) -> str:
    if isinstance(c, dict):
        c = c.get("code") or c.get("name") or ""
    return str(c or "").strip().upper()


def _align(kind: str, sys_list: list[Any], gold_list: list[Any],
           table: _EntityTable) -> list[tuple[int, int]]:
    cands: list[tuple[tuple, int, int]] = []
    for i, s in enumerate(sys_list):
        for j, g in enumerate(gold_list):
            if kind == "countries":
                sc = 1 if _country_code(s) and _country_code(s) == _country_code(g) else 0
            elif kind == "persons":
                sc = _person_score(s, g, table)
            else:
                sc = _org_score(s, g, table)
            if sc:
                cands.append(((-sc, j, i), i, j))
    return _assign(cands)


def _shown(x: Any) -> str:
    return str(x.get("name")) if isinstance(x, dict) else str(x)


def _participants(d: dict[str, Any], kind: str) -> list[Any]:
    items = list(d.get(kind) or [])
    if kind == "countries":  # a country listed twice is one participant
        seen: dict[str, Any] = {}
        for c in items:
            seen.setdefault(_country_code(c), c)
        return [c for k, c in seen.items() if k]
    return [x for x in items if isinstance(x, dict) and x.get("name")]


def _shared(s: dict[str, Any], g: dict[str, Any], table: _EntityTable) -> int:
    return sum(len(_align(k, _participants(s, k), _participants(g, k), table)) for k in KINDS)


def _doc_key(doc: str, gold_docs: set[str]) -> str | None:
    if doc in gold_docs:
        return doc
    path, sep, article = doc.partition("#")
    base = os.path.basename(path) + sep + article
    return base if base in gold_docs else None


def _match_doc(sys_m: list[dict[str, Any]], gold_m: list[dict[str, Any]], text: str | None,
               table: _EntityTable) -> list[tuple[int, int, str]]:
    cands: list[tuple[tuple, int, int]] = []
    how: dict[tuple[int, int], str] = {}
    for j, g in enumerate(gold_m):
        for i, s in enumerate(sys_m):
            anchor = _anchor_hit(s, g, text)
            agree = _dates_agree(s, g)
            shared = _shared(s, g, table) if (anchor or agree) else 0
            if not anchor and not (agree and shared):
                continue
            key = (0 if anchor else 1, 0 if _dates_equal(s, g) else 1, -shared, j, i)
            cands.append((key, i, j))
            how[(i, j)] = "anchor" if anchor else "date+participants"
    return [(i, j, how[(i, j)]) for i, j in _assign(cands)]


# ------------------------------------------------------------------------------------- scoring

def _city_ok(s: dict[str, Any], g: dict[str, Any]) -> bool:
    sc, gc = s.get("city"), g.get("city")
    if not sc or not gc:
        return False
    names = {_fold(gc), *(_fold(a) for a in g.get("city_aliases") or ())}
    return _fold(sc) in names


def _same_value(s: dict[str, Any], g: dict[str, Any], key: str) -> bool:
    a, b = s.get(key), g.get(key)
    return bool(a) and bool(b) and str(a).upper() == str(b).upper()


def _canonical_person(g: dict[str, Any], table: _EntityTable) -> str:
    name = g.get("name") or ""
    if name in table.person_aliases:
        return name
    return table.person_by_alias.get(_person_key(name), name)


def _canonical_org(g: dict[str, Any], table: _EntityTable) -> str:
    name = g.get("name") or ""
    if name in table.org_keys:
        return name
    return table.org_by_key.get(normalize_org(name), name)


def _groups(links: dict[str, set[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((k, tuple(sorted(v))) for k, v in sorted(links.items()) if len(v) >= 2)


@dataclass
class _Tally:
    """The counts of :func:`evaluate` as it goes through the documents."""

    table: _EntityTable
    meet: dict[str, list[int]] = field(default_factory=dict)
    part_doc: dict[str, list[int]] = field(default_factory=dict)
    kinds: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in KINDS})
    fields: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ("date", "city", "venue country", "format")})
    person_links: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # gold -> system ids
    person_back: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))   # system id -> gold
    org_links: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    org_back: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    matches: list[tuple[str, str, str]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    planned_matched: int = 0
    planned_missed: int = 0

    def document(self, doc: str, sm: list[dict[str, Any]], gm: list[dict[str, Any]], text: str | None) -> None:
        """Match one document's reports to its gold meetings and score every matched pair."""
        pairs = _match_doc(sm, gm, text, self.table)
        got_s, got_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
        counts = self.meet[doc] = [len(pairs), len(sm) - len(pairs), 0]
        self.part_doc[doc] = [0, 0, 0]
        self.spurious += [str(sm[i].get("id", f"{doc}[{i}]")) for i in range(len(sm)) if i not in got_s]
        for j, g in enumerate(gm):
            planned = (g.get("status") or "held") == "planned"
            if j in got_g:
                self.planned_matched += planned
            elif planned:
                self.planned_missed += 1
            else:
                counts[2] += 1
                self.missed.append(str(g.get("id", f"{doc}[{j}]")))
        for i, j, how in sorted(pairs, key=lambda p: p[1]):
            s, g = sm[i], gm[j]
            self.matches.append((str(g.get("id", "")), str(s.get("id", "")), how))
            self.pair_fields(s, g)
            for kind in KINDS:
                self.pair_participants(doc, kind, s, g)

    def pair_fields(self, s: dict[str, Any], g: dict[str, Any]) -> None:
        """Date, city, venue country and format of a matched pair (a wrong one names the
        strategy that decided it when the system record was traced)."""
        trace = s.get("trace") or {}
        checks: list[tuple[str, bool, Any, Any, Any]] = []
        if (g.get("date_source") or "") not in UNGIVEN_DATE_SOURCES:
            checks.append(("date", _dates_equal(s, g), f"{s.get('start')}..{_end(s)}", f"{g.get('start')}..{_end(g)}",
                           trace.get("date")))
        if s.get("city") or g.get("city"):
            checks.append(("city", _city_ok(s, g), s.get("city"), g.get("city"), trace.get("venue")))
        if s.get("country") or g.get("country"):
            checks.append(("venue country", _same_value(s, g, "country"), s.get("country"), g.get("country"),
                           trace.get("venue")))
        if s.get("format") or g.get("format"):
            by = f"medium {trace['medium']}, venue {trace['venue']}" if trace else None
            checks.append(("format", _same_value(s, g, "format"), s.get("format"), g.get("format"), by))
        gid = str(g.get("id", ""))
        for label, ok, got, want, by in checks:
            acc = self.fields[label]
            acc[1] += 1
            acc[0] += ok
            if not ok:
                self.errors.append(f"{gid}: {label}: {got!r}, gold {want!r}" + (f" (by {by})" if by else ""))

    def pair_participants(self, doc: str, kind: str, s: dict[str, Any], g: dict[str, Any]) -> None:
        """The persons, bodies or countries of a matched pair: counts, errors, identity links."""
        sl, gl = _participants(s, kind), _participants(g, kind)
        aligned = _align(kind, sl, gl, self.table)
        label, gid_ = kind[:-1] if kind != "countries" else "country", str(g.get("id", ""))
        self.errors.extend(f"{gid_}: FP {label}: {_shown(x)}" for k, x in enumerate(sl)
                           if k not in {a for a, _ in aligned})
        self.errors.extend(f"{gid_}: FN {label}: {_shown(x)}" for k, x in enumerate(gl)
                           if k not in {b for _, b in aligned})
        tp, fp, fn = len(aligned), len(sl) - len(aligned), len(gl) - len(aligned)
        for acc in (self.kinds[kind], self.part_doc[doc]):
            acc[0] += tp
            acc[1] += fp
            acc[2] += fn
        if kind == "countries":
            return
        for a, b in aligned:
            sid = str(sl[a].get("id") or sl[a].get("name"))
            if kind == "persons":
                gid = _canonical_person(gl[b], self.table)
                self.person_links[gid].add(sid)
                self.person_back[sid].add(gid)
            else:
                gid = _canonical_org(gl[b], self.table)
                self.org_links[gid].add(sid)
                self.org_back[sid].add(gid)

    def scores(self, unscored: int) -> Scores:
        """The :class:`Scores` of everything counted."""
        kind_prf = {k: PRF.of(*v) for k, v in self.kinds.items()}
        f = self.fields
        return Scores(
            meetings=PRF.of(*(sum(c[x] for c in self.meet.values()) for x in range(3))),
            persons=kind_prf["persons"], organizations=kind_prf["organizations"],
            countries=kind_prf["countries"],
            participants=kind_prf["persons"] + kind_prf["organizations"] + kind_prf["countries"],
            dates=Accuracy.of(*f["date"]), city=Accuracy.of(*f["city"]),
            venue_country=Accuracy.of(*f["venue country"]), format=Accuracy.of(*f["format"]),
            person_splits=_groups(self.person_links), person_merges=_groups(self.person_back),
            org_splits=_groups(self.org_links), org_merges=_groups(self.org_back),
            per_doc={d: PRF.of(*c) for d, c in self.meet.items()},
            per_doc_participants={d: PRF.of(*c) for d, c in self.part_doc.items()},
            matches=tuple(self.matches), missed=tuple(self.missed), spurious=tuple(self.spurious),
            errors=tuple(self.errors), planned_matched=self.planned_matched,
            planned_missed=self.planned_missed, unscored=unscored,
        )


def evaluate(system: list[dict], gold: list[dict], *, entities: dict | None = None,
             texts: dict[str, str] | None = None) -> Scores:
    """Score system meeting records against gold records (both as JSON dicts).

    ``entities`` is the gold entity table (``entities.json``), ``texts`` maps a gold ``doc``
    to its text so anchors can be located inside system spans. See the module docstring for
    every definition.

    >>> g = [{"doc": "a.txt", "id": "a#1", "anchor": "met", "type": "meeting", "start": "2023-05-02"}]
    >>> evaluate([{"doc": "a.txt", "id": "a#1", "start": "2023-05-02", "evidence": "They met."}], g).meetings.f1
    1.0
    """
    tally = _Tally(_entity_table(entities))
    texts = texts or {}
    gold_docs = {g["doc"] for g in gold}
    gold_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc"]].append(g)
    sys_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    unscored = 0
    for s in system:
        key = _doc_key(str(s.get("doc") or ""), gold_docs)
        if key is None:
            unscored += 1
        else:
            sys_by_doc[key].append(s)
    for doc in sorted(gold_docs):
        tally.document(doc, sys_by_doc.get(doc, []), gold_by_doc[doc], texts.get(doc))
    return tally.scores(unscored)


def evaluate_by_document(system: list[dict], gold: list[dict], *, entities: dict | None = None,
                         texts: dict[str, str] | None = None) -> dict[str, Scores]:
    """Score each gold document on its own (the per-document, leave-one-out style figures)."""
    out: dict[str, Scores] = {}
    for doc in sorted({g["doc"] for g in gold}):
        g_doc = [g for g in gold if g["doc"] == doc]
        s_doc = [s for s in system if _doc_key(str(s.get("doc") or ""), {doc}) == doc]
        out[doc] = evaluate(s_doc, g_doc, entities=entities, texts=texts)
    return out


# ------------------------------------------------------------------------------------------ files

def load_texts(docs: str | os.PathLike[str], names: Iterable[str]) -> dict[str, str]:
    """Read the text of each named document from folder ``docs`` (as the reader decodes a
    ``.txt``: UTF-8, newlines untouched). A name without a file there is left out, and the
    scorer then falls back on the system's evidence; ``NAME.txt`` is tried for HTML texts
    saved by ``build`` under ``texts/``."""
    root = Path(docs)
    out: dict[str, str] = {}
    for name in sorted(set(names)):
        for cand in (root / name, root / f"{name}.txt"):
            if cand.is_file():
                try:
                    out[name] = cand.read_bytes().decode("utf-8")
                except UnicodeDecodeError as e:
                    raise InputError(f"{cand}: not UTF-8 ({e.reason})") from None
                break
    return out


def _read_json(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not valid JSON ({e.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object with persons and organizations")
    return data


def evaluate_files(meetings_path: str, gold_paths: list[str], *, entities: str | None,
                   docs: str | None) -> Scores:
    """Read ``meetings.jsonl``, the gold files, the entity table and the documents, then
    :func:`evaluate`. Without ``docs`` anchors are looked for in the system evidence only."""
    system = read_jsonl(meetings_path)
    gold: list[dict[str, Any]] = []
    for p in gold_paths:
        rows = read_jsonl(p)
        for n, row in enumerate(rows, 1):
            if not isinstance(row, dict) or "doc" not in row:
                raise InputError(f"{p}: record {n} has no 'doc'")
        gold += rows
    table = _read_json(entities) if entities else None
    texts = load_texts(docs, {g["doc"] for g in gold}) if docs else None
    return evaluate(system, gold, entities=table, texts=texts)


# ------------------------------------------------------------------------------------- printing

def _prf_row(label: str, prf: PRF) -> str:
    return (f"{label:<24}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
            f"{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}")


def _acc_row(label: str, acc: Accuracy) -> str:
    return f"{label:<24}{acc.accuracy:>7.3f}   ({acc.correct}/{acc.total})"


def format_scores(scores: Scores, *, errors: bool = False) -> str:
    """A readable table of every figure, then the identity problems and per-document figures;
    with ``errors``, every wrong field and participant of the matched meetings."""
    head = f"{'':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"
    lines = [head, _prf_row("meetings", scores.meetings)]
    lines += [_prf_row(f"  {k}", getattr(scores, k)) for k in KINDS]
    lines.append(_prf_row("participants", scores.participants))
    lines.append("")
    lines.append(_acc_row("date accuracy", scores.dates))
    lines.append(_acc_row("city accuracy", scores.city))
    lines.append(_acc_row("venue country accuracy", scores.venue_country))
    lines.append(_acc_row("format accuracy", scores.format))
    lines.append("")
    lines.append(f"planned gold: {scores.planned_matched} found, {scores.planned_missed} missed "
                 f"(optional); system meetings outside the gold documents: {scores.unscored}")
    for label, groups in (("person splits", scores.person_splits),
                          ("person merges", scores.person_merges),
                          ("organisation splits", scores.org_splits),
                          ("organisation merges", scores.org_merges)):
        lines.append(f"{label}: {len(groups)}")
        lines += [f"  {k} -> {', '.join(v)}" for k, v in groups]
    lines.append("")
    lines.append(f"{'document':<32}{'P':>7}{'R':>7}{'F1':>7}  participants F1")
    for doc, prf in scores.per_doc.items():
        pp = scores.per_doc_participants.get(doc, PRF())
        lines.append(f"{doc:<32}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}  {pp.f1:.3f}")
    if scores.missed:
        lines.append("missed: " + ", ".join(scores.missed))
    if scores.spurious:
        lines.append("spurious: " + ", ".join(scores.spurious))
    if errors:
        lines.append("")
        lines.append(f"errors in matched meetings: {len(scores.errors)}")
        lines += [f"  {e}" for e in scores.errors]
    return "\n".join(lines) + "\n"
