"""Countries in news text: official and short names, demonyms and "the Kazakh side".

The table is ``rules/countries.jsonl`` (one ISO 3166-1 country a line, with official names with
and without "the", aliases such as Turkey/Türkiye/Republic of Turkey, demonyms and the Wikidata
QID). pycountry is not used at run time: it lacks "Turkey", "Russia" and all demonyms.

Matching is case-sensitive, token-aligned and longest-first ("the Republic of Kazakhstan", not
"Kazakhstan"; "U.S." but not "us" or "USSR").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from .errors import RuleDataError
from .lexicon import Rules, default_rules

__all__ = ["CountryMention", "CountryInfo", "find_countries", "country_info", "country_code",
           "country_surfaces", "PhraseIndex"]

V = TypeVar("V")

# Tokens: dotted abbreviations ("U.S.", "U.A.E."), words, single punctuation marks.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+|[^\w\s]")
_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# Where a name can start: a dotted abbreviation or a word that does not start in lower case.
_START = re.compile(r"(?:[A-Z]\.){2,}|\b[^\W\d_a-z]\w*|\b[Tt]he\b")
# The next token after a name's token: at most a few spaces (never a line break), then a token.
_NEXT = re.compile(r"([ \t\u00a0\u2009\u202f]{0,3})((?:[A-Z]\.){2,}|\w+|[^\w\s])")


def _normal(name: str) -> str:
    """Whitespace-normalised form of a name, the key of the phrase index."""
    return _SPACE.sub(" ", name.strip())


class PhraseIndex(Generic[V]):
    """Longest-match lookup of many multi-word names in text, aligned on tokens.

    Names are compared case-sensitively with runs of spaces collapsed; a match never crosses a
    line break. A leading "The" in the text also matches a name that starts with "the".

    >>> idx = PhraseIndex([("Kuwait", 1), ("Kuwait City", 2)])
    >>> [(s, e, v) for s, e, v in idx.finditer("held in Kuwait City, Kuwait")]
    [(8, 19, 2), (21, 27, 1)]
    """

    __slots__ = ("_values", "_first", "_prefixes")

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        self._values: dict[str, V] = {}
        self._first: dict[str, int] = {}
        self._prefixes: set[str] = set()
        for name, value in items:
            key = _normal(name)
            toks = _TOKEN.findall(key)
            if not toks:
                continue
            self._values.setdefault(key, value)
            if len(toks) > 1:
                for t in _TOKEN.finditer(key, len(toks[0])):
                    self._prefixes.add(key[:t.end()])
            n = len(toks)
            if self._first.get(toks[0], 0) < n:
                self._first[toks[0]] = n

    def __contains__(self, name: str) -> bool:
        return _normal(name) in self._values

    def get(self, name: str) -> V | None:
        """The value of exactly this name, or None."""
        return self._values.get(_normal(name))

    def finditer(self, text: str) -> Iterator[tuple[int, int, V]]:
        """(start, end, value) of every longest, non-overlapping match, left to right."""
        first = self._first
        values = self._values
        prefixes = self._prefixes
        nxt = _NEXT.match
        pos = 0
        for m in _START.finditer(text):
            s = m.start()
            if s < pos:
                continue
            word = m.group()
            the = word == "The"
            maxlen = first.get("the", 0) if the else first.get(word, 0)
            if not maxlen:
                continue
            cand = "the" if the else word
            best: tuple[int, V] | None = None
            end, count = m.end(), 1
            while True:
                v = values.get(cand)
                if v is not None:
                    best = (end, v)
                if count >= maxlen:
                    break
                t = nxt(text, end)
                if t is None:
                    break
                cand += (" " if t.group(1) else "") + t.group(2)
                if cand not in prefixes:
                    break
                end, count = t.end(), count + 1
            if best is not None:
                pos = best[0]
                yield s, best[0], best[1]


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in text; ``form`` is 'name', 'demonym' or 'side' ("the Kazakh side").

    >>> find_countries("Delegations from Oman and the State of Qatar")[1].code
    'QA'
    """

    start: int
    end: int
    surface: str
    code: str
    form: str


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """What the table knows of one country."""

    code: str
    name: str
    wikidata: str | None
    demonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Table:
    info: dict[str, CountryInfo]
    index: PhraseIndex[tuple[str, str]]      # surface -> (code, 'name' | 'demonym')
    by_lower: dict[str, str]                 # lower-case name/alias/demonym -> code


def _table(rules: Rules | None = None) -> _Table:
    return (rules or default_rules()).memo(_build_table)


def _build_table(rules: Rules) -> _Table:
    rows = rules.rows["countries.jsonl"]
    info: dict[str, CountryInfo] = {}
    names: list[tuple[str, tuple[str, str]]] = []
    demonyms: list[tuple[str, tuple[str, str]]] = []
    by_lower: dict[str, str] = {}
    for n, r in enumerate(rows, 1):
        code = r["code"]
        if not re.fullmatch(r"[A-Z]{2}", code) or code in info:
            raise RuleDataError(f"rules/countries.jsonl: bad or repeated code {code!r} (row {n})")
        qid = r.get("wikidata")
        if qid is not None and not re.fullmatch(r"Q[1-9]\d*", qid):
            raise RuleDataError(f"rules/countries.jsonl: bad wikidata {qid!r} for {code}")
        dem = tuple(r.get("demonyms") or ())
        info[code] = CountryInfo(code, r["name"], qid, dem)
        for s in [r["name"], *(r.get("official") or ()), *(r.get("aliases") or ())]:
            names.append((s, (code, "name")))
            by_lower.setdefault(_normal(s).lower().removeprefix("the "), code)
        for s in dem:
            demonyms.append((s, (code, "demonym")))
            by_lower.setdefault(s.lower(), code)
    # Names before demonyms: a string that is both ("New Zealand") counts as a name.
    return _Table(info, PhraseIndex(names + demonyms), by_lower)


def country_surfaces(rules: Rules | None = None) -> frozenset[str]:
    """Every name, official name, alias and demonym of the table (without a leading "the")."""
    t = _table(rules)
    out = set()
    for ci in t.info.values():
        out.add(ci.name)
        out.update(ci.demonyms)
    for row in (rules or default_rules()).rows["countries.jsonl"]:
        for s in [*(row.get("official") or ()), *(row.get("aliases") or ())]:
            out.add(_normal(s).removeprefix("the "))
    return frozenset(out)


_SIDE = re.compile(r"[ \t]+side\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def find_countries(text: str, rules: Rules | None = None) -> list[CountryMention]:
    """Every country name, demonym and "the X side" of ``text``, in order.

    >>> [(m.surface, m.code, m.form) for m in find_countries("The Kazakh side thanked the U.S.")]
    [('The Kazakh side', 'KZ', 'side'), ('the U.S.', 'US', 'name')]
    """
    t = _table(rules)
    out: list[CountryMention] = []
    for s, e, (code, form) in t.index.finditer(text):
        # A word glued to the match is not this name ("US$", "UK-based" is fine).
        if e < len(text) and text[e] == "$":
            continue
        m = _SIDE.match(text, e)
        if m:
            e = m.end()
            b = _THE_BEFORE.search(text, max(0, s - 5), s)
            if b:
                s = b.start()
            form = "side"
        out.append(CountryMention(s, e, text[s:e], code, form))
    return out


def country_info(code: str, rules: Rules | None = None) -> CountryInfo | None:
    """The table row of an ISO2 code, or None.

    >>> country_info("KZ").wikidata
    'Q232'
    """
    return _table(rules).info.get(code.upper())


def country_code(name: str, rules: Rules | None = None) -> str | None:
    """The ISO2 code of a country name, official name, alias or demonym (any case, "the" ok).

    >>> country_code("the Republic of Turkey"), country_code("Kyrgyz"), country_code("Atlantis")
    ('TR', 'KG', None)
    """
    key = _normal(name).lower().removeprefix("the ")
    return _table(rules).by_lower.get(key)
