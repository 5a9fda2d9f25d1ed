"""Person names: parsing, compatibility and the canonical form of a set of surface names.

Names are found by structure, never listed: a name is a row of given-name parts (full names or
initials such as ``R.``, ``Kh.``, ``Ye.``) and a surname. The order is read from the form when the
form says it ("Karimzoda R.A." has its initials last, "Irina SOKOLOVA" has an all-caps
surname); otherwise it is ambiguous and both readings are tried when comparing.

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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "PersonName",
    "parse_name",
    "compatible",
    "conflict",
    "canonical_name",
    "name_key",
    "translit_key",
    "one_edit",
]

_INITIAL = r"[^\W\d_][^\W\d_A-Z]?\."
_TOKEN = re.compile(rf"(?P<ini>{_INITIAL})|(?P<word>[^\W\d_][\w'’-]*)", re.UNICODE)
# lower-case particles that belong to the surname ("van der Berg", "de Souza", "bin Zayed")
_PARTICLE = re.compile(r"^(?:van|von|der|den|de|da|di|del|la|le|du|bin|ibn|al|el|ul)$")
_FUZZY_MIN = 6
"""A name part gets a one-edit tolerance only from this many letters on."""


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Lower-case ASCII letters only (diacritics stripped)."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z]", "", norm.lower())


# Transliteration variants that spell the same sound; applied in order to folded names.
_TRANSLIT = (
    (re.compile(r"ee"), "i"),           # Rasheed / Rashid
    (re.compile(r"oo"), "u"),
    (re.compile(r"(.)\1"), r"\1"),      # doubled letters: Mikhaill / Mikhail
    (re.compile(r"w"), "v"),
    (re.compile(r"iy"), "i"),           # Baltiyev / Baltiev, Yuriy / Yuri
    (re.compile(r"yy"), "y"),
    (re.compile(r"ij"), "i"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"dzh"), "j"),
    (re.compile(r"(?<=[^aeiou])y(?=[aeiou])"), "i"),   # Tyulina / Tiulina
    (re.compile(r"y$"), "i"),           # Yury / Yuri
    (re.compile(r"^ye"), "e"),          # Yergali / Ergali
)


@lru_cache(maxsize=1 << 16)
def translit_key(part: str) -> str:
    """A spelling-insensitive key of one name part.

    >>> translit_key("Rasheed") == translit_key("Rashid")
    True
    >>> translit_key("Baltiyev") == translit_key("Baltiev")
    True
    """
    s = _fold(part)
    for pat, rep in _TRANSLIT:
        s = pat.sub(rep, s)
    return s


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one insertion, deletion or substitution."""
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


def _cap(word: str) -> str:
    """Capitalisation normalised: ``SOKOLOVA`` -> ``Sokolova``, ``abdul-aziz`` -> ``Abdul-Aziz``."""
    if _PARTICLE.match(word.lower()):
        return word.lower()
    return "-".join(p[:1].upper() + p[1:].lower() if p else p for p in word.split("-"))


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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

    @classmethod
    def parse(cls, text: str) -> PersonName:
        return parse_name(text)

    @property
    def initials(self) -> tuple[str, ...]:
        """The initial of each given part (``"Sh"`` for ``"Sh."``, ``"R"`` for ``"Ravshan"``)."""
        return tuple(g[:-1] if g.endswith(".") else g[:1] for g in self.given)

    @property
    def full_given(self) -> tuple[str, ...]:
        """The given parts written in full."""
        return tuple(g for g in self.given if not g.endswith("."))

    @property
    def thin(self) -> bool:
        """Surname only or a single initial: too little to merge on without context."""
        return not self.full_given and len(self.given) < 2

    @property
    def richness(self) -> tuple[int, int]:
        return (len(self.full_given), len(self.given))

    def readings(self) -> tuple[PersonName, ...]:
        """This reading and, when the order is ambiguous, the surname-first reading."""
        if self.order_known or not self.given:
            return (self,)
        words = (*self.given, self.surname)
        alt = PersonName(given=words[1:], surname=words[0], order_known=False, surname_first=True)
        return (self, alt)

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


@lru_cache(maxsize=1 << 16)
def parse_name(text: str) -> PersonName:
    """Parse a surface name (titles already stripped) into a :class:`PersonName`."""
    tokens: list[tuple[str, bool]] = []  # (text, is_initial)
    for m in _TOKEN.finditer(text):
        if m.group("ini"):
            t = m.group("ini")
            tokens.append((t[:1].upper() + t[1:-1].lower() + ".", True))
        else:
            tokens.append((m.group("word"), False))
    if not tokens:
        return PersonName(given=(), surname=text.strip(), order_known=True)
    words = [t for t, ini in tokens if not ini]
    if not words:  # initials only: keep the last as the surname
        return PersonName(given=tuple(t for t, _ in tokens[:-1]), surname=tokens[-1][0].rstrip("."))
    if len(tokens) == 1:
        return PersonName(given=(), surname=_cap(words[0]), order_known=True)
    # particles glue to the following word ("van der Berg")
    merged: list[tuple[str, bool]] = []
    for t, ini in tokens:
        if merged and not merged[-1][1] and _PARTICLE.match(merged[-1][0].split()[-1]) and not ini \
                and merged[-1][0].islower():
            merged[-1] = (merged[-1][0] + " " + t, False)
        else:
            merged.append((t, ini))
    tokens = merged
    inis = [i for i, (_, ini) in enumerate(tokens) if ini]
    if inis:
        if tokens[-1][1] and not tokens[0][1]:
            # "Karimzoda R.A.": initials at the end, the surname comes first
            first = tokens[0][0]
            given = tuple(_cap(t) if not ini else t for t, ini in tokens[1:])
            return PersonName(given=given, surname=_cap_surname(first), order_known=True,
                              surname_first=True)
        given = tuple(_cap(t) if not ini else t for t, ini in tokens[:-1])
        return PersonName(given=given, surname=_cap_surname(tokens[-1][0]), order_known=True)
    caps = [i for i, (t, _) in enumerate(tokens) if _is_caps(t)]
    if len(caps) == 1 and caps[0] in (0, len(tokens) - 1):
        i = caps[0]
        rest = tokens[:i] + tokens[i + 1:]
        return PersonName(given=tuple(_cap(t) for t, _ in rest), surname=_cap_surname(tokens[i][0]),
                          order_known=True, surname_first=(i == 0))
    return PersonName(given=tuple(_cap(t) for t, _ in tokens[:-1]),
                      surname=_cap_surname(tokens[-1][0]), order_known=False)


def _cap_surname(word: str) -> str:
    return " ".join(_cap(w) for w in word.split(" "))


def _as_name(x: str | PersonName) -> PersonName:
    return x if isinstance(x, PersonName) else parse_name(x)


@lru_cache(maxsize=1 << 16)
def initial_keys(part: str) -> frozenset[str]:
    """The first letter of a given part as spelt and as transliterated: two parts that agree
    (initial and full name, or two spellings of one name) share one of them.

    >>> sorted(initial_keys("Ye.")), sorted(initial_keys("Yevgeny"))
    (['e', 'y'], ['e', 'y'])
    """
    bare = part[:-1] if part.endswith(".") else part
    return frozenset(x[:1] for x in (_fold(bare), translit_key(bare)) if x)


@lru_cache(maxsize=1 << 16)
def _part_match(a: str, b: str) -> str | None:
    """How two given parts agree: ``"exact"``, ``"initial"``, ``"fuzzy"``, or None (conflict)."""
    ai, bi = a.endswith("."), b.endswith(".")
    if ai or bi:
        x = _fold(a[:-1] if ai else a)
        y = _fold(b[:-1] if bi else b)
        if ai and bi:
            return "initial" if x.startswith(y) or y.startswith(x) else None
        ini, full = (x, y) if ai else (y, x)
        return "initial" if full.startswith(ini) or translit_key(full).startswith(translit_key(ini)) \
            else None
    return _word_match(a, b)


@lru_cache(maxsize=1 << 16)
def _word_match(a: str, b: str) -> str | None:
    fa, fb = _fold(a), _fold(b)
    if fa == fb or translit_key(a) == translit_key(b):
        return "exact"
    if min(len(fa), len(fb)) >= _FUZZY_MIN and (one_edit(fa, fb)
                                                 or one_edit(translit_key(a), translit_key(b))):
        return "fuzzy"
    return None


def _reading_compatible(a: PersonName, b: PersonName) -> bool:
    sm = _word_match(a.surname, b.surname)
    if sm is None:
        return False
    kinds = []
    for x, y in zip(a.given, b.given):
        k = _part_match(x, y)
        if k is None:
            return False
        kinds.append(k)
    if "fuzzy" in kinds and sm != "exact":
        return False  # never two fuzzy parts at once
    if sm == "fuzzy" and "exact" not in kinds:
        return False  # a misspelt surname needs a given name written in full on both sides
    return True


def _reading_conflict(a: PersonName, b: PersonName) -> bool:
    if _word_match(a.surname, b.surname) is None:
        return True
    return any(_part_match(x, y) is None for x, y in zip(a.given, b.given))


@lru_cache(maxsize=1 << 16)
def conflict(a: str | PersonName, b: str | PersonName) -> bool:
    """True when the names cannot denote the same person under any reading.

    Weaker than ``not compatible``: "Karimzod Ravshan Akbar" and "R.A. Karimzoda" are not
    compatible on their own (a misspelt surname backed by initials only) but do not conflict,
    so a cluster holding "Ravshan Akbar Karimzoda" can hold both.
    """
    na, nb = _as_name(a), _as_name(b)
    return all(_reading_conflict(x, y) for x in na.readings() for y in nb.readings())


@lru_cache(maxsize=1 << 16)
def compatible(a: str | PersonName, b: str | PersonName) -> bool:
    """True when the two names can denote the same person.

    Initials agree with full names, the order is free, a part of six letters or more may differ
    by one edit (or by a transliteration variant); a shared surname alone never overrides
    conflicting given names or initials.

    >>> compatible("Rashid Dorani", "Rasheed Dorani"), compatible("A. Orlov", "A. Orlova")
    (True, False)
    """
    na, nb = _as_name(a), _as_name(b)
    return any(_reading_compatible(x, y) for x in na.readings() for y in nb.readings())


def name_key(name: str | PersonName) -> str:
    """A key equal for spellings that differ only by case, spacing, dots or transliteration."""
    n = _as_name(name)
    parts = [translit_key(g[:-1]) + "." if g.endswith(".") else translit_key(g) for g in n.given]
    return " ".join([*parts, translit_key(n.surname)])


def surname_votes(names: Iterable[PersonName]) -> Counter[str]:
    """How often each folded word is the surname in forms whose order is known."""
    votes: Counter[str] = Counter()
    for n in names:
        if n.order_known:
            votes[translit_key(n.surname)] += 2 if n.given else 1
    return votes


def orient(name: PersonName, votes: Counter[str]) -> PersonName:
    """Pick the reading of an ambiguous form whose surname the other forms agree on."""
    if name.order_known or not name.given:
        return name
    best = max(name.readings(), key=lambda r: (
        max((v for k, v in votes.items() if _word_match_key(k, translit_key(r.surname))), default=0),
        not r.surname_first))
    return best


def _word_match_key(k: str, s: str) -> bool:
    return k == s or (min(len(k), len(s)) >= _FUZZY_MIN and one_edit(k, s))


def canonical_name(forms: Iterable[str | PersonName]) -> str:
    """The most complete form, given names first, capitalisation normalised.

    The surname spelling most of the forms use wins over a one-off variant.

    >>> canonical_name(["Karimzod Ravshan Akbar", "R.A. Karimzoda", "Ravshan Karimzoda"])
    'Ravshan Akbar Karimzoda'
    >>> canonical_name(["Irina SOKOLOVA", "Irina Sokolova"])
    'Irina Sokolova'
    """
    names = [_as_name(f) for f in forms]
    if not names:
        return ""
    votes = surname_votes(names)
    oriented = [orient(n, votes) for n in names]
    spelled = Counter(n.surname for n in oriented)
    given_spelled = Counter(g for n in oriented for g in n.full_given)

    def score(n: PersonName) -> tuple:
        return (len(n.full_given), len(n.given), spelled[n.surname],
                sum(given_spelled[g] for g in n.full_given), n.order_known, n.display())

    best = max(oriented, key=score)
    # the most complete form may carry a rare spelling of the surname: use the usual one
    same = [s for s in spelled if translit_key(s) == translit_key(best.surname)
            or one_edit(_fold(s), _fold(best.surname))]
    surname = max(same, key=lambda s: (spelled[s], s)) if same else best.surname
    return PersonName(given=best.given, surname=surname).display()
