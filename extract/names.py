"""Person names: parsing, compatibility and the canonical form of a set of surface names.

Names are found by structure, never listed: a name is a row of given-name parts (full names or
initials such as ``R.``, ``Kh.``, ``Ye.``) and a surname. The order is read from the form when the
form says it ("Karimzoda R.A." has its initials last, "Irina SOKOLOVA" has an all-caps
surname); otherwise it is ambiguous and both readings are tried when comparing.

How a form is read is :data:`NAME_READINGS`, tried in order (the first that reads the form
decides): :func:`initials_only`, :func:`one_word`, :func:`initials_fix_order`,
:func:`caps_surname`, :func:`surname_last`.

The vocabulary is rule data: a surname particle ("bin", "van") goes into the ``particle`` group
of ``rules/names.jsonl``; a transliteration variant ("iy" for "i": Baltiyev / Baltiev) into the
``translit`` group of ``rules/spellings.jsonl``, in its place in the order (a long vowel written
double, "ee" of Rasheed, into ``long_vowel``). Every function takes the rule set (``rules=None``:
the package's own) and remembers its answers per rule set.

>>> compatible("R.A. Karimzoda", "Karimzoda Ravshan Akbar")
True
>>> compatible("Ravshan Karimzoda", "Farid Karimzoda")
False
>>> canonical_name(["R.A. Karimzoda", "Karimzoda Ravshan Akbar"])
'Ravshan Akbar Karimzoda'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial

from .lexicon import Rules, default_rules

__all__ = [
    "NAME_READINGS", "NameTokens", "PersonName", "canonical_name", "caps_surname", "compatible",
    "conflict", "fold", "initial_keys", "initials_fix_order", "initials_only", "name_key",
    "name_reading", "one_edit", "one_word", "orient", "particle_surname", "parse_name", "spelling_rows",
    "surname_last", "surname_votes", "translit_key",
]

_INITIAL = r"[^\W\d_][^\W\d_A-Z]?\."
_TOKEN = re.compile(rf"(?P<ini>{_INITIAL})|(?P<word>[^\W\d_][\w'’-]*)", re.UNICODE)
_DOUBLED = re.compile(r"(.)\1")
_AT = {None: "{}", "start": "^{}", "end": "{}$", "before_vowel": "(?<=[^aeiou]){}(?=[aeiou])"}
"""Where the letters of a ``spellings.jsonl`` row must stand (its ``at``), as a regex template."""
_FUZZY_MIN = 6
"""A name part gets a one-edit tolerance only from this many letters on."""
_CACHE = 1 << 16


# ------------------------------------------------------------------------------ rule data

def spelling_rows(rules: Rules, group: str) -> tuple[tuple[str, str, str | None], ...]:
    """The rows of one group of ``rules/spellings.jsonl`` as (letters, rewrite, where), in order.

    >>> spelling_rows(default_rules(), "long_vowel")
    (('ee', 'i', None), ('oo', 'u', None))
    """
    rules.words(group)  # the group is read; its rows carry what words() does not
    return tuple((r["word"], r["to"], r.get("at")) for r in rules.rows["spellings.jsonl"]
                 if r["group"] == group)


def _rewrites(rules: Rules, group: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One compiled rewrite per row of a spelling group, each applied in turn."""
    return tuple((re.compile(_AT[at].format(re.escape(word))), to)
                 for word, to, at in spelling_rows(rules, group))


@dataclass(frozen=True)
class _Patterns:
    particle: re.Pattern[str]
    capital_particle: re.Pattern[str]
    long_vowels: tuple[tuple[re.Pattern[str], str], ...]
    variants: tuple[tuple[re.Pattern[str], str], ...]


def _build(rules: Rules) -> _Patterns:
    """The particle pattern and the rewrites of names, from the rules.

    >>> bool(default_rules().memo(_build).particle.match("bin"))
    True
    """
    return _Patterns(particle=rules.rx(r"^{particle}$"), capital_particle=rules.rx(r"^{capital_particle}$"),
                     long_vowels=_rewrites(rules, "long_vowel"),
                     variants=_rewrites(rules, "translit"))


class _Names:
    """The name functions of one rule set, each remembering its answers; built once per rule set
    (:meth:`Rules.memo`), so that no answer of one rule set is reused for another."""

    def __init__(self, rules: Rules) -> None:
        self.patterns = rules.memo(_build)
        self.translit: Callable[[str], str] = lru_cache(_CACHE)(partial(_translit, self.patterns))
        self.parse: Callable[[str], PersonName] = lru_cache(_CACHE)(partial(_parse, self))
        self.word_match: Callable[[str, str], str | None] = lru_cache(_CACHE)(partial(_word_match, self))
        self.part_match: Callable[[str, str], str | None] = lru_cache(_CACHE)(partial(_part_match, self))
        self.initial_keys: Callable[[str], frozenset[str]] = lru_cache(_CACHE)(partial(_initial_keys, self))
        self.compatible: Callable[[NameLike, NameLike], bool] = lru_cache(_CACHE)(partial(_compatible, self))
        self.conflict: Callable[[NameLike, NameLike], bool] = lru_cache(_CACHE)(partial(_conflict, self))

    def name(self, x: NameLike) -> PersonName:
        """``x`` parsed, unless it already is a :class:`PersonName`."""
        return x if isinstance(x, PersonName) else self.parse(x)


def _names(rules: Rules | None) -> _Names:
    return (rules or default_rules()).memo(_Names)


# ------------------------------------------------------------------------------ spelling

@lru_cache(maxsize=_CACHE)
def fold(text: str) -> str:
    """Lower-case ASCII letters only (diacritics stripped).

    >>> fold("Çorum-Ödemiş")
    'corumodemis'
    """
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z]", "", norm.lower())


def _translit(p: _Patterns, part: str) -> str:
    """:func:`translit_key` for the rule data ``p`` (remembered per rule set by :class:`_Names`)."""
    s = fold(part)
    for pat, rep in p.long_vowels:
        s = pat.sub(rep, s)
    s = _DOUBLED.sub(r"\1", s)  # a doubled letter counts once: Mikhaill / Mikhail
    for pat, rep in p.variants:
        s = pat.sub(rep, s)
    return s


def translit_key(part: str, rules: Rules | None = None) -> str:
    """A spelling-insensitive key of one name part: folded to a-z, a long vowel written double
    read as one (``long_vowel``), doubled letters single, then the ``translit`` variants in order.

    >>> translit_key("Rasheed") == translit_key("Rashid")
    True
    >>> translit_key("Baltiyev") == translit_key("Baltiev")
    True
    """
    return _names(rules).translit(part)


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one insertion, deletion or substitution.

    >>> one_edit("velimor", "velimir"), one_edit("velimor", "velimor")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


_CAMEL = re.compile(r"^[A-Z][a-z]{1,3}[A-Z][a-z]")
"""A surname with a capital inside it ("McDonald", "MacArthur", "DeBaca"), kept as written."""


def _cap(word: str, names: _Names) -> str:
    """Capitalisation normalised: ``SOKOLOVA`` -> ``Sokolova``, ``abdul-aziz`` -> ``Abdul-Aziz``,
    ``McDonald`` as written;
    a particle keeps the case it is written in (``bin Sulaiman``, ``Al Tani``), lower case when
    written in capitals (``AL``)."""
    if " " in word:
        return _cap_surname(word, names)
    if names.patterns.particle.match(word.lower()):
        return word if word[:1].isupper() and word[1:].islower() else word.lower()
    return "-".join(_cap_part(p) for p in word.split("-"))


def _cap_part(p: str) -> str:
    """One part of a word capitalised: its first letter in capitals, after a leading glottal
    stop or apostrophe ("ʻULUKALALA" -> "ʻUlukalala"), the rest in small letters unless the part
    is camel-cased as written ("McDonald"; "McDONALD" is not).

    >>> _cap_part("ʻULUKALALA"), _cap_part("McDONALD"), _cap_part("McDonald"), _cap_part("")
    ('ʻUlukalala', 'Mcdonald', 'McDonald', '')
    """
    k = len(p) - len(p.lstrip("ʻ'’"))
    head, rest = p[:k + 1], p[k + 1:]
    return head.upper() + (rest if _CAMEL.search(p) else rest.lower())


def _cap_surname(word: str, names: _Names) -> str:
    return " ".join(_cap(w, names) for w in word.split(" "))


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ------------------------------------------------------------------------------ parsing

@dataclass(frozen=True, slots=True)
class PersonName:
    """A parsed person name.

    ``given`` holds the given-name parts in order, initials with their dot (``"R."``, ``"Kh."``);
    ``surname`` the family name; ``order_known`` says whether the form itself fixed which word is
    the surname (initials, an all-caps word, a single word).

    >>> PersonName.parse("Sh.O.Rahmonzoda")
    PersonName(given=('Sh.', 'O.'), surname='Rahmonzoda', order_known=True, surname_first=False)
    >>> PersonName.parse("Karimzoda R.A.").surname
    'Karimzoda'
    >>> PersonName.parse("Irina SOKOLOVA").surname
    'Sokolova'
    """

    given: tuple[str, ...]
    surname: str
    order_known: bool = True
    surname_first: bool = False
    # the given parts written in full, computed once (resolution asks for them ~40 times a name)
    _full: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _alt: tuple[PersonName, ...] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_full", tuple(g for g in self.given if not g.endswith(".")))
        object.__setattr__(self, "_alt", None)

    @classmethod
    def parse(cls, text: str, rules: Rules | None = None) -> PersonName:
        return parse_name(text, rules)

    @property
    def initials(self) -> tuple[str, ...]:
        """The initial of each given part (``"Sh"`` for ``"Sh."``, ``"R"`` for ``"Ravshan"``)."""
        return tuple(g[:-1] if g.endswith(".") else g[:1] for g in self.given)

    @property
    def full_given(self) -> tuple[str, ...]:
        """The given parts written in full."""
        return self._full

    @property
    def thin(self) -> bool:
        """Surname only or a single initial: too little to merge on without context."""
        return not self._full and len(self.given) < 2

    @property
    def richness(self) -> tuple[int, int]:
        return (len(self._full), len(self.given))

    def readings(self) -> tuple[PersonName, ...]:
        """This reading and, when the order is ambiguous, the surname-first reading (made once)."""
        alt = self._alt
        if alt is None:
            if self.order_known or not self.given:
                alt = ()
            else:
                words = (*self.given, self.surname)
                alt = (PersonName(given=words[1:], surname=words[0], order_known=False, surname_first=True),)
            object.__setattr__(self, "_alt", alt)
        return (self, *alt)

    def oriented(self, surname_first: bool) -> PersonName:
        """The reading with the surname first (or last), for a form whose order is ambiguous."""
        if self.order_known or not self.given or surname_first == self.surname_first:
            return self
        return self.readings()[1] if surname_first else self

    def display(self) -> str:
        """Given-first order, capitalisation normalised, initials glued ("R.A. Karimzoda")."""
        out: list[str] = []
        for g in self.given:
            if g.endswith(".") and out and out[-1].endswith("."):
                out[-1] += g
            else:
                out.append(g)
        return " ".join([*out, self.surname])


NameLike = str | PersonName
Token = tuple[str, bool]
"""A word of a name form and whether it is an initial (``("R.", True)``)."""


@dataclass(frozen=True, slots=True)
class NameTokens:
    """The tokens of a name form: ``raw`` as written (initials normalised to ``"Kh."``), and
    ``glued`` with each lower-case particle joined to the word after it ("van der Berg")."""

    raw: tuple[Token, ...]
    glued: tuple[Token, ...]

    @property
    def words(self) -> tuple[str, ...]:
        """The raw tokens that are not initials."""
        return tuple(t for t, ini in self.raw if not ini)


def _undotted_initials(word: str, text: str) -> bool:
    """Two to four capitals without a vowel opening the name ``text``, beside a name word not in
    capitals: initials written without dots ("KP Sharma Oli", "Mr. KL Varga", "General LHSC
    Silva").

    >>> _undotted_initials("KP", "KP Sharma Oli"), _undotted_initials("LI", "LI Wei")
    (True, False)
    >>> _undotted_initials("LHSC", "LHSC Silva")
    True
    """
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper() and not set(word) & set("AEIOUY") \
        and any(not w.isupper() for m in _TOKEN.finditer(text) if (w := m.group("word")))


def _tokens(text: str, names: _Names) -> NameTokens:
    """The tokens of ``text``, as written and with particles glued."""
    raw: list[Token] = []
    for m in _TOKEN.finditer(text):
        if m.group("ini"):
            t = m.group("ini")
            raw.append((t[:1].upper() + t[1:-1].lower() + ".", True))
        elif not raw and _undotted_initials(m.group("word"), text):
            raw.extend((c + ".", True) for c in m.group("word"))
        else:
            raw.append((m.group("word"), False))
    glued: list[Token] = []
    for k, (t, ini) in enumerate(raw):
        if glued and not glued[-1][1] and not ini and (
                glued[-1][0].islower() and names.patterns.particle.match(glued[-1][0].split()[-1])
                or _capital_particle(glued[-1][0], k, len(raw), names)):
            glued[-1] = (glued[-1][0] + " " + t, False)
        else:
            glued.append((t, ini))
    return NameTokens(tuple(raw), tuple(glued))


def _capital_particle(word: str, k: int, n: int, names: _Names) -> bool:
    """Whether ``word`` is a capitalised particle right before the last of ``n`` words (``k`` is
    the place of the word after it) and belongs to it: "Catherine De Bolle", "De Bolle".

    >>> n = _names(None)
    >>> _capital_particle("De", 2, 3, n), _capital_particle("De", 1, 3, n), _capital_particle("de", 1, 2, n)
    (True, False, False)
    """
    return k == n - 1 and word[:1].isupper() and bool(names.patterns.capital_particle.match(word.lower()))


def initials_only(t: NameTokens, names: _Names) -> PersonName | None:
    """Initials and nothing else: the last is taken for the surname.

    >>> parse_name("A.B.C.")
    PersonName(given=('A.', 'B.'), surname='C', order_known=True, surname_first=False)
    """
    if t.words:
        return None
    return PersonName(given=tuple(x for x, _ in t.raw[:-1]), surname=t.raw[-1][0].rstrip("."))


def one_word(t: NameTokens, names: _Names) -> PersonName | None:
    """A single word is a surname.

    >>> parse_name("VELIMOROV").surname
    'Velimorov'
    """
    if len(t.raw) != 1:
        return None
    return PersonName(given=(), surname=_cap(t.words[0], names), order_known=True)


def initials_fix_order(t: NameTokens, names: _Names) -> PersonName | None:
    """Initials fix the order: after the surname when they close the form ("Velimorov T.K."),
    before it otherwise ("T.K. Velimorov").

    >>> parse_name("Velimorov T.K.")
    PersonName(given=('T.', 'K.'), surname='Velimorov', order_known=True, surname_first=True)
    """
    toks = t.glued
    if not any(ini for _, ini in toks):
        return None
    if toks[-1][1] and not toks[0][1]:
        given = tuple(_cap(x, names) if not ini else x for x, ini in toks[1:])
        return PersonName(given=given, surname=_cap_surname(toks[0][0], names), order_known=True,
                          surname_first=True)
    given = tuple(_cap(x, names) if not ini else x for x, ini in toks[:-1])
    return PersonName(given=given, surname=_cap_surname(toks[-1][0], names), order_known=True)


def caps_surname(t: NameTokens, names: _Names) -> PersonName | None:
    """One all-caps word at either end is the surname.

    >>> parse_name("VELIMOROV Tarkan").display()
    'Tarkan Velimorov'
    """
    toks = t.glued
    caps = [i for i, (x, _) in enumerate(toks) if _is_caps(x)]
    if len(caps) != 1 or caps[0] not in (0, len(toks) - 1):
        return None
    i = caps[0]
    rest = toks[:i] + toks[i + 1:]
    return PersonName(given=tuple(_cap(x, names) for x, _ in rest),
                      surname=_cap_surname(toks[i][0], names), order_known=True,
                      surname_first=(i == 0))


def surname_last(t: NameTokens, names: _Names) -> PersonName | None:
    """Otherwise the last word reads as the surname, the order left open (both readings are
    tried when comparing).

    >>> parse_name("Tarkan Velimorov").order_known
    False
    """
    toks = t.glued
    return PersonName(given=tuple(_cap(x, names) for x, _ in toks[:-1]),
                      surname=_cap_surname(toks[-1][0], names), order_known=False)


NameReading = Callable[[NameTokens, _Names], PersonName | None]
NAME_READINGS: tuple[NameReading, ...] = (
    initials_only, one_word, initials_fix_order, caps_surname, surname_last,
)
"""How a name form is read, in order: the first that reads it decides."""


def _read(names: _Names, text: str) -> tuple[PersonName, str]:
    """The tokens of ``text`` read by the first of :data:`NAME_READINGS` that reads them, and
    that reading's name ("no_letters" for a form without a word)."""
    t = _tokens(text, names)
    if not t.raw:
        return PersonName(given=(), surname=text.strip(), order_known=True), "no_letters"
    for reading in NAME_READINGS:
        got = reading(t, names)
        if got is not None:
            return got, reading.__name__
    raise AssertionError("surname_last reads every form")  # pragma: no cover


def _parse(names: _Names, text: str) -> PersonName:
    """:func:`parse_name` for one rule set."""
    return _read(names, text)[0]


def name_reading(text: str, rules: Rules | None = None) -> str:
    """The name of the reading (:data:`NAME_READINGS`) that reads ``text``: which rule decided
    its order.

    >>> name_reading("Velimorov T.K."), name_reading("Tarkan Velimorov")
    ('initials_fix_order', 'surname_last')
    """
    return _read(_names(rules), text)[1]


def parse_name(text: str, rules: Rules | None = None) -> PersonName:
    """Parse a surface name (titles already stripped) into a :class:`PersonName`.

    >>> parse_name("Tarkan van der Velde").surname
    'van der Velde'
    """
    return _names(rules).parse(text)


# ------------------------------------------------------------------------------ comparing

def _initial_keys(names: _Names, part: str) -> frozenset[str]:
    """:func:`initial_keys` for one rule set."""
    bare = part.removesuffix(".")
    return frozenset(x[:1] for x in (fold(bare), names.translit(bare)) if x)


def initial_keys(part: str, rules: Rules | None = None) -> frozenset[str]:
    """The first letter of a given part as spelt and as transliterated: two parts that agree
    (initial and full name, or two spellings of one name) share one of them.

    >>> sorted(initial_keys("Ye.")), sorted(initial_keys("Yevgeny"))
    (['e', 'y'], ['e', 'y'])
    """
    return _names(rules).initial_keys(part)


def _part_match(names: _Names, a: str, b: str) -> str | None:
    """How two given parts agree: ``"exact"``, ``"initial"``, ``"fuzzy"``, or None (conflict)."""
    ai, bi = a.endswith("."), b.endswith(".")
    if ai or bi:
        x = fold(a[:-1] if ai else a)
        y = fold(b[:-1] if bi else b)
        if ai and bi:
            return "initial" if x.startswith(y) or y.startswith(x) else None
        ini, full = (x, y) if ai else (y, x)
        return "initial" if full.startswith(ini) or names.translit(full).startswith(names.translit(ini)) \
            else None
    return names.word_match(a, b)


def _word_match(names: _Names, a: str, b: str) -> str | None:
    """How two words agree: ``"exact"`` (same letters or transliteration), ``"fuzzy"`` (one edit,
    both long), or None."""
    fa, fb = fold(a), fold(b)
    ta, tb = names.translit(a), names.translit(b)
    if fa == fb or ta == tb:
        return "exact"
    if min(len(fa), len(fb)) >= _FUZZY_MIN and (one_edit(fa, fb) or one_edit(ta, tb)):
        return "fuzzy"
    return None


def _reading_compatible(names: _Names, a: PersonName, b: PersonName) -> bool:
    """Two readings may be one person: surnames agree, given parts agree pairwise, at most one
    fuzzy part, and a fuzzy surname backed by a given name written in full on both sides."""
    sm = names.word_match(a.surname, b.surname)
    if sm is None:
        return False
    kinds = []
    for x, y in zip(a.given, b.given):
        k = names.part_match(x, y)
        if k is None:
            return False
        kinds.append(k)
    if "fuzzy" in kinds and sm != "exact":
        return False  # never two fuzzy parts at once
    # a misspelt surname needs a given name written in full on both sides
    return not (sm == "fuzzy" and "exact" not in kinds)


def _reading_conflict(names: _Names, a: PersonName, b: PersonName) -> bool:
    """Two readings cannot be one person: the surnames or two given parts disagree."""
    if names.word_match(a.surname, b.surname) is None:
        return True
    return any(names.part_match(x, y) is None for x, y in zip(a.given, b.given))


def _conflict(names: _Names, a: NameLike, b: NameLike) -> bool:
    """:func:`conflict` for one rule set: every pair of readings conflicts."""
    na, nb = names.name(a), names.name(b)
    return all(_reading_conflict(names, x, y) for x in na.readings() for y in nb.readings())


def _compatible(names: _Names, a: NameLike, b: NameLike) -> bool:
    """:func:`compatible` for one rule set: some pair of readings is compatible."""
    na, nb = names.name(a), names.name(b)
    return any(_reading_compatible(names, x, y) for x in na.readings() for y in nb.readings())


def conflict(a: NameLike, b: NameLike, rules: Rules | None = None) -> bool:
    """True when the names cannot denote the same person under any reading.

    Weaker than ``not compatible``: "Karimzod Ravshan Akbar" and "R.A. Karimzoda" are not
    compatible on their own (a misspelt surname backed by initials only) but do not conflict,
    so a cluster holding "Ravshan Akbar Karimzoda" can hold both.

    >>> conflict("Tarkan Velimorov", "Oskar Velimorov"), conflict("T. Velimorov", "Velimorov")
    (True, False)
    """
    return _names(rules).conflict(a, b)


def compatible(a: NameLike, b: NameLike, rules: Rules | None = None) -> bool:
    """True when the two names can denote the same person.

    Initials agree with full names, the order is free, a part of six letters or more may differ
    by one edit (or by a transliteration variant); a shared surname alone never overrides
    conflicting given names or initials.

    >>> compatible("Rashid Dorani", "Rasheed Dorani"), compatible("A. Orlov", "A. Orlova")
    (True, False)
    """
    return _names(rules).compatible(a, b)


def name_key(name: NameLike, rules: Rules | None = None) -> str:
    """A key equal for spellings that differ only by case, spacing, dots or transliteration.

    >>> name_key("T.K. VELIMOROV") == name_key("T. K. Velimorov")
    True
    """
    names = _names(rules)
    n = names.name(name)
    tr = names.translit
    parts = [tr(g[:-1]) + "." if g.endswith(".") else tr(g) for g in n.given]
    return " ".join([*parts, tr(n.surname)])


# ------------------------------------------------------------------------------ canonical form

def surname_votes(names: Iterable[PersonName], rules: Rules | None = None) -> Counter[str]:
    """How often each folded word is the surname in forms whose order is known.

    >>> surname_votes([parse_name("T. Velimorov"), parse_name("Velimorov")])
    Counter({'velimorov': 3})
    """
    tr = _names(rules).translit
    votes: Counter[str] = Counter()
    for n in names:
        if n.order_known:
            votes[tr(n.surname)] += 2 if n.given else 1
    return votes


def orient(name: PersonName, votes: Counter[str], rules: Rules | None = None) -> PersonName:
    """Pick the reading of an ambiguous form whose surname the other forms agree on.

    >>> orient(parse_name("Velimorov Tarkan"), Counter({"velimorov": 2})).display()
    'Tarkan Velimorov'
    """
    if name.order_known or not name.given or particle_surname(name, rules):
        return name
    tr = _names(rules).translit
    best = max(name.readings(), key=lambda r: (
        max((v for k, v in votes.items() if _word_match_key(k, tr(r.surname))), default=0),
        not r.surname_first))
    return best


def particle_surname(name: PersonName, rules: Rules | None = None) -> bool:
    """Whether the last word is glued to a particle ("Al-Sabah") or follows one ("bin Naif",
    "Al Nahyan", "van Dijk"): a name written given names first, whatever a one-word mention
    of its first name ("Sheikh Omar") suggests.

    >>> particle_surname(parse_name("Omar Ali Al-Sabah")), particle_surname(parse_name("Tarkan Velimorov"))
    (True, False)
    """
    particle = _names(rules).patterns.particle
    head = name.surname.split("-", 1)[0] if "-" in name.surname else ""
    return bool(" " in name.surname or head and particle.match(head.lower())
                or name.given and particle.match(name.given[-1].lower()))


def _word_match_key(k: str, s: str) -> bool:
    return k == s or (min(len(k), len(s)) >= _FUZZY_MIN and one_edit(k, s))


def canonical_name(forms: Iterable[NameLike], rules: Rules | None = None) -> str:
    """The most complete form, given names first, capitalisation normalised.

    The surname spelling most of the forms use wins over a one-off variant.

    >>> canonical_name(["Karimzod Ravshan Akbar", "R.A. Karimzoda", "Ravshan Karimzoda"])
    'Ravshan Akbar Karimzoda'
    >>> canonical_name(["Irina SOKOLOVA", "Irina Sokolova"])
    'Irina Sokolova'
    """
    names = _names(rules)
    parsed = [names.name(f) for f in forms]
    if not parsed:
        return ""
    votes = surname_votes(parsed, rules)
    oriented = [orient(n, votes, rules) for n in parsed]
    spelled = Counter(n.surname for n in oriented)
    given_spelled = Counter(g for n in oriented for g in n.full_given)

    def score(n: PersonName) -> tuple[int, int, int, int, bool, str]:
        return (len(n.full_given), len(n.given), spelled[n.surname],
                sum(given_spelled[g] for g in n.full_given), n.order_known, n.display())

    best = max(oriented, key=score)
    # the most complete form may carry a rare spelling of the surname: use the usual one
    same = [s for s in spelled if names.translit(s) == names.translit(best.surname)
            or one_edit(fold(s), fold(best.surname))]
    surname = max(same, key=lambda s: (spelled[s], s)) if same else best.surname
    return PersonName(given=best.given, surname=surname).display()
