"""Actors in a sentence: the mention records, and what the person and body finders share.

People are found by structure in :mod:`~parleygraph.extract.persons` (never by listing them) and
bodies by gazetteer and shape in :mod:`~parleygraph.extract.orgs`. This module holds their
records (:class:`PersonMention`, :class:`OrgMention`), the vocabulary both read
(:class:`MentionLexicon`: titles, honorifics and ranks, head nouns of bodies, words that are never
part of a name — built once per rule set from ``rules/titles.jsonl``, ``honorifics.jsonl``,
``org_heads.jsonl``, ``words.jsonl``, ``countries.jsonl``, ``organizations.jsonl``) and a few
helpers (:func:`normalise_org`, :func:`ministry_of_title`, :func:`search_at_capitals`).

A new title goes into ``titles.jsonl``, a rank into ``honorifics.jsonl`` (a service that ranks
are given with, "of Police", as ``kind: service``), a head noun of bodies into ``org_heads.jsonl``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Rules, alternation, default_rules

__all__ = [
    "PersonMention", "OrgMention", "MentionLexicon", "lexicon", "find_persons", "find_orgs",
    "title_words", "is_title", "normalise_org", "ministry_of_title", "official_name",
    "search_at_capitals", "finditer_at_capitals", "UPPER", "LOWER",
]

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽƏ"
"""Capital letters of the Latin script, for character classes."""
LOWER = "a-zß-öø-ÿā-žəı"
"""Small letters of the Latin script, for character classes."""


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person found in a sentence; offsets are into the document text."""

    start: int
    end: int
    surface: str
    name: str
    rank: str | None
    honorific: str | None
    role: str | None
    role_span: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation found in a sentence; ``name`` is canonical when the gazetteer knows it."""

    start: int
    end: int
    surface: str
    name: str
    acronym: str | None
    parent: str | None
    country: str | None
    known: bool


@dataclass(frozen=True)
class MentionLexicon:
    """The vocabulary of the person and body finders, built once per rule set.

    ``honorifics`` are (word, kind) pairs, longest first, each rank also in the forms its
    services give it ("Police Colonel", "Major General of Police"); ``stop_tokens`` the lower-case
    words that are never part of a person's name (months, function words, head nouns of bodies
    and their plurals, title words, honorifics, country words, the words of known bodies).
    """

    titles: tuple[str, ...]
    title_tokens: frozenset[str]
    longest_title: int
    title_rx: re.Pattern[str]
    title_end_rx: re.Pattern[str]
    honorifics: tuple[tuple[str, str], ...]
    honorific_kinds: dict[str, str]
    honorific_ends: tuple[str, ...]
    org_heads: frozenset[str]
    unit_heads: frozenset[str]
    premises_heads: frozenset[str]
    seated_heads: frozenset[str]
    weak_heads: frozenset[str]
    national_heads: frozenset[str]
    country_tokens: frozenset[str]
    stop_tokens: frozenset[str]
    portfolios: dict[str, str]
    portfolio_rx: re.Pattern[str]
    portfolio_short_rx: re.Pattern[str]


def lexicon(rules: Rules | None = None) -> MentionLexicon:
    """The :class:`MentionLexicon` of a rule set (the package's by default)."""
    return (rules or default_rules()).memo(_build_lexicon)


def _honorific_pairs(rules: Rules) -> tuple[tuple[str, str], ...]:
    rows = rules.rows["honorifics.jsonl"]
    pairs = {(r["word"], r["kind"]) for r in rows if r["kind"] != "service"}
    ranks = [w for w, k in pairs if k == "rank" and " of " not in w]
    for r in rows:
        if r["kind"] != "service":
            continue
        for rank in ranks:
            if r.get("before"):
                pairs.add((f"{r['word']} {rank}", "rank"))
            if r.get("after"):
                pairs.add((f"{rank} of {r['word']}", "rank"))
                pairs.add((f"{rank} of the {r['word']}", "rank"))
    return tuple(sorted(pairs, key=lambda x: (-len(x[0]), x[0])))


def _stop_tokens(rules: Rules, heads: frozenset[str], title_tokens: frozenset[str],
                 honorifics: tuple[tuple[str, str], ...]) -> frozenset[str]:
    words = {w.lower() for g in ("month", "month_abbr", "weekday") for w in rules.words(g)}
    words |= {w.lower() for w in rules.words("not_name_word")} | heads | title_tokens
    for w, _ in honorifics:
        words.update(t.lower().strip(".") for t in re.split(r"[\s-]+", w))
        words.update(t.lower().strip(".") for t in w.split())
    # plural head nouns: "Chief of Border Services Jon Doe" is not a person named "Services Jon Doe"
    words.update(h[:-1] + "ies" if h.endswith("y") else h + "s" for h in heads)
    # plural title words: "Presidents Jan Doe and Ana Lis" is not a person named "Presidents Jan Doe"
    words.update(t[:-1] + "ies" if t.endswith("y") else t + "s" for t in title_tokens if len(t) > 3 and t[-1] != "s")
    # country words: every one-word name and demonym, and the words that recur across countries'
    # longer names ("Republic", "Islamic", "Saint", "Guinea"); not a word that only one long name
    # has ("Lucia" of Saint Lucia, "Leone" of Sierra Leone), which is a given name as often
    seen: dict[str, set[str]] = {}
    for r in rules.rows["countries.jsonl"]:
        for form in (r.get("name") or "", *(r.get("official") or ()), *(r.get("aliases") or ()),
                     *(r.get("demonyms") or ())):
            caps = [w.lower() for w in form.split() if w[:1].isupper()]
            if len(form.split()) == 1:
                words.update(caps)
            for w in caps:
                seen.setdefault(w, set()).add(r["code"])
    words.update(w for w, codes in seen.items() if len(codes) > 1)
    for e in rules.organizations:
        if e.acronym:
            words.add(e.acronym.lower())
        for form in (e.name, *e.aliases):
            words.update(w.lower() for w in form.split() if w[:1].isupper() and len(w) > 3)
    return frozenset(words)


def _build_lexicon(rules: Rules) -> MentionLexicon:
    titles = tuple(sorted(rules.words("title"), key=len, reverse=True))
    title_tokens = frozenset(w.lower() for t in titles for w in re.split(r"[\s-]+", t))
    honorifics = _honorific_pairs(rules)
    heads_rows = rules.rows["org_heads.jsonl"]
    heads = frozenset(r["word"].lower() for r in heads_rows)
    country_tokens = frozenset(w.lower() for r in rules.rows["countries.jsonl"]
                               for form in (r.get("name") or "", *(r.get("aliases") or ())) for w in form.split())
    portfolios = {r["short"]: r["full"] for r in rules.rows["portfolios.jsonl"]}
    shorts = alternation([s.removesuffix(" Ministry") for s in portfolios if s.endswith(" Ministry")])
    any_title = alternation(titles, ignore_case=True, space=r"[\s-]+")
    return MentionLexicon(
        titles=titles, title_tokens=title_tokens, longest_title=max(map(len, titles), default=0),
        title_rx=re.compile(rf"\b{any_title}\b", re.I),
        title_end_rx=re.compile(alternation(titles, ignore_case=True, space=r"\ ") + r"\s*$", re.I),
        honorifics=honorifics,
        honorific_kinds={w: k for w, k in reversed(honorifics)},
        honorific_ends=tuple(sorted({w.split()[-1] for w, _ in honorifics})),
        org_heads=heads,
        unit_heads=frozenset(r["word"].lower() for r in heads_rows if r.get("unit")),
        premises_heads=frozenset(r["word"] for r in heads_rows if r.get("premises")),
        seated_heads=frozenset(r["word"].lower() for r in heads_rows if r.get("seated")),
        weak_heads=frozenset(r["word"].lower() for r in heads_rows if r.get("weak")),
        national_heads=frozenset(r["word"].lower() for r in heads_rows if r.get("national")),
        country_tokens=country_tokens,
        stop_tokens=_stop_tokens(rules, heads, title_tokens, honorifics),
        portfolios=portfolios,
        portfolio_rx=rules.rx(r"\bMinister\s+of\s+((?:[A-Za-z]\w+\s+(?:and\s+)?)*?{portfolio_end})"),
        portfolio_short_rx=re.compile(rf"\b({shorts})\s+Minister\b"),
    )


def title_words(rules: Rules | None = None) -> tuple[str, ...]:
    """Job titles, longest first."""
    return lexicon(rules).titles


def is_title(phrase: str, rules: Rules | None = None) -> bool:
    """Whether a phrase contains a job title ("Head of ...", "CARICC IAP analyst").

    >>> is_title("Deputy Head of the Department"), is_title("the meeting room")
    (True, False)
    """
    return bool(lexicon(rules).title_rx.search(phrase))


def ends_with_title(text: str, rules: Rules | None = None) -> bool:
    """Whether ``text`` ends with a job title ("... the Minister ")."""
    lex = lexicon(rules)
    text = text.rstrip()
    return bool(lex.title_end_rx.search(text, max(0, len(text) - lex.longest_title)))


def ministry_of_title(role: str, rules: Rules | None = None) -> str | None:
    """The ministry a minister's title names: "Deputy Minister of Foreign Affairs" -> "Ministry of Foreign Affairs".

    >>> ministry_of_title("Kazakh Foreign Minister")
    'Ministry of Foreign Affairs'
    """
    lex = lexicon(rules)
    m = lex.portfolio_rx.search(role)
    if m:
        words = m.group(1).split()
        return "Ministry of " + " ".join(w[0].upper() + w[1:] if w not in ("and", "of", "the") else w for w in words)
    m = lex.portfolio_short_rx.search(role)
    return lex.portfolios[m.group(1) + " Ministry"] if m else None


def official_name(code: str, rules: Rules | None = None) -> str | None:
    """A country's official name with "the" ("the Republic of Kazakhstan"), else its name.

    >>> official_name("KZ"), official_name("FR")
    ('the Republic of Kazakhstan', 'the French Republic')
    """
    table = (rules or default_rules()).memo(_official_names)
    return table.get(code)


def _official_names(rules: Rules) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for r in rules.rows["countries.jsonl"]:
        off = [o for o in (r.get("official") or []) if o.startswith("the ")]
        out.setdefault(r["code"], off[0] if off else r.get("name"))
    return out


@lru_cache(maxsize=1 << 16)
def normalise_org(name: str) -> str:
    """A comparison key: case, "the", Centre/Center, Programme/Program, apostrophes folded.

    >>> normalise_org("the UNODC Program Office in the Republic of Kazakhstan")
    'unodc programme office in republic of kazakhstan'
    """
    s = name.lower().replace("’", "'")
    s = re.sub(r"\bcenter\b", "centre", s)
    s = re.sub(r"\bprogram\b", "programme", s)
    s = re.sub(r"\borganisation\b", "organization", s)
    s = re.sub(r"\bco-operation\b", "cooperation", s)
    s = re.sub(r"\bthe\b", " ", s)
    s = re.sub(r"[^\w'/ -]+", " ", s)
    return " ".join(s.split())


_CAPITAL = re.compile(rf"[{UPPER}]")


def search_at_capitals(rx: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """``rx.search(text, pos, end)`` for a pattern whose every match starts with a capital
    letter, tried only where a capital stands: ``re`` would try the whole pattern at every
    character (three times slower on news text for the name patterns here)."""
    for c in _CAPITAL.finditer(text, pos, end):
        m = rx.match(text, c.start(), end)
        if m is not None:
            return m
    return None


def finditer_at_capitals(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts with a capital letter and
    is never empty."""
    pos = 0
    while (m := search_at_capitals(rx, text, pos, len(text))) is not None:
        yield m
        pos = m.end()


def find_persons(text: str, start: int, end: int, known_surnames: frozenset[str] = frozenset(),
                 rules: Rules | None = None) -> list[PersonMention]:
    """People in ``text[start:end]`` (:func:`parleygraph.extract.persons.find_persons`)."""
    from .persons import find_persons as _find

    return _find(text, start, end, known_surnames, rules)


def find_orgs(text: str, start: int, end: int, acronyms: dict[str, str] | None = None,
              persons: object = (), rules: Rules | None = None) -> list[OrgMention]:
    """Bodies in ``text[start:end]`` (:func:`parleygraph.extract.orgs.find_orgs`)."""
    from .orgs import find_orgs as _find

    return _find(text, start, end, acronyms, persons, rules)  # type: ignore[arg-type]
