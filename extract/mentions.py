"""Finding actors in a sentence: people by structure, organisations by gazetteer and shape.

People are never listed: a capitalised name counts as a person only with a structural signal
(an honorific or rank before it, initials, a job title before it, or an apposition with a job
title after it). Organisations come from ``rules/organizations.jsonl`` (names, aliases,
acronyms) and from their shape ("Ministry of Internal Affairs of the Republic of Kazakhstan",
"... Agency under the President of ...", "Long Name (ACR)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .countries import find_countries
from .errors import RuleDataError
from .lexicon import OrgEntry, alternation, load_organizations, load_rules

__all__ = [
    "PersonMention", "OrgMention", "find_persons", "find_orgs", "org_index", "title_words",
    "is_title", "normalise_org", "ministry_of_title",
]

_U = "A-ZÀ-ÖØ-ÞĀ-ŽƏ"
_L = "a-zß-öø-ÿā-žəı"
NAME_TOK = rf"[{_U}](?:[{_L}'’]{{2,}}|[{_L}](?=-[{_U}]?[{_L}]))(?:-[{_U}]?[{_L}]+)?"  # "Ji-ho" too
UPPER_TOK = rf"[{_U}]{{3,}}(?:-[{_U}]{{3,}})?"
_NOT_INITIAL = r"(?!(?:Mr|Ms|Dr|St|No|Mt|Jr|Sr|Lt)\.)"
INITIALS = rf"(?:{_NOT_INITIAL}[{_U}][{_L}]?\.\s?){{1,3}}"
TRAIL_INITIALS = rf"[{_U}][{_L}]?\.(?: ?[{_U}][{_L}]?\.){{0,2}}"
MID_INITIAL = rf"{_NOT_INITIAL}[{_U}][{_L}]?\.(?=\s+[{_U}])"  # "Ivan P. Dorin", "Anvar Kh. Doe"
_MID_INITIAL_TOK = re.compile(rf"{_NOT_INITIAL}[{_U}][{_L}]?\.")
# name particles between given name and surname ("Jan van Dijk", "Omar al-Rashid", "Ali bin Said")
PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|le|la|al|el|bin|ibn|ben|bint|dos|das)"
_PARTICLE_TOK = re.compile(rf"{PARTICLE}|(?:al|el)-.+")


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


@cache
def _honorifics() -> tuple[tuple[str, str], ...]:
    """Honorifics and ranks, longest first; each rank also in the forms its services give it
    ("Police Colonel", "Major General of Police", "Colonel of the Border Service")."""
    rows = load_rules("honorifics.jsonl", ("word", "kind"))
    bad = [r["word"] for r in rows if r["kind"] not in ("honorific", "rank", "service")]
    if bad:
        raise RuleDataError(f"rules/honorifics.jsonl: unknown kind for {bad[0]!r} "
                            "(honorific, rank or service)")
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


@cache
def title_words() -> tuple[str, ...]:
    """Job titles, longest first."""
    return tuple(sorted((r["word"] for r in load_rules("titles.jsonl", ("word",))), key=len, reverse=True))


@cache
def _title_tokens() -> frozenset[str]:
    toks: set[str] = set()
    for t in title_words():
        toks.update(w.lower() for w in re.split(r"[\s-]+", t))
    return frozenset(toks)


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in load_rules("org_heads.jsonl", ("word",)))


@cache
def _title_re() -> re.Pattern[str]:
    alts = alternation(title_words(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b{alts}\b", re.I)


@cache
def _title_end_re() -> re.Pattern[str]:
    """A job title closing a stretch of text ("... the Minister ")."""
    alts = alternation(title_words(), ignore_case=True, space=r"\ ")
    return re.compile(rf"{alts}\s*$", re.I)


def _ends_with_title(text: str) -> bool:
    text = text.rstrip()
    return bool(_title_end_re().search(text, max(0, len(text) - _longest_title())))


@cache
def _longest_title() -> int:
    return max(map(len, title_words()), default=0)


@cache
def _whole_word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def is_title(phrase: str) -> bool:
    """Whether a phrase contains a job title ("Head of ...", "CARICC IAP analyst")."""
    return bool(_title_re().search(phrase))


_MONTHS = frozenset("january february march april may june july august september october november "
                    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday "
                    "wednesday thursday friday saturday sunday".split())
_FUNCTION = frozenset("the a an on in at of for and to with by from during after before as also "
                      "then this that these those his her their its our it he she they we "
                      "participants delegations representatives experts staff members welcoming "
                      "attention main international regional national central state states "
                      "east west north south middle eastern western northern southern".split())


@cache
def _stop_tokens() -> frozenset[str]:
    words = set(_MONTHS) | set(_FUNCTION) | set(_org_heads()) | _title_tokens()
    for w, _ in _honorifics():
        words.update(t.lower().strip(".") for t in re.split(r"[\s-]+", w))
        words.update(t.lower().strip(".") for t in w.split())
    words.update(("excellency", "excellencies"))
    # plural head nouns: "Chief of Border Services Jon Doe" is not a person named "Services Jon Doe"
    words.update(h[:-1] + "ies" if h.endswith("y") else h + "s" for h in _org_heads())
    # country words: every one-word name and demonym, and the words that recur across countries'
    # longer names ("Republic", "Islamic", "Saint", "Guinea"); not a word that only one long name
    # has ("Lucia" of Saint Lucia, "Leone" of Sierra Leone), which is a given name as often
    seen: dict[str, set[str]] = {}
    for r in load_rules("countries.jsonl", ("code",)):
        for form in (r.get("name") or "", *(r.get("official") or ()), *(r.get("aliases") or ()),
                     *(r.get("demonyms") or ())):
            caps = [w.lower() for w in form.split() if w[:1].isupper()]
            if len(form.split()) == 1:
                words.update(caps)
            for w in caps:
                seen.setdefault(w, set()).add(r["code"])
    words.update(w for w, codes in seen.items() if len(codes) > 1)
    for e in load_organizations():
        if e.acronym:
            words.add(e.acronym.lower())
        for form in (e.name, *e.aliases):
            words.update(w.lower() for w in form.split() if w[:1].isupper() and len(w) > 3)
    return frozenset(words)


_OTOK_SIMPLE = rf"[{_U}][\w'’-]+"


@cache
def _lead_ok() -> frozenset[str]:
    """Tokens that may stand before a name inside the same capitalised run (titles, ranks)."""
    ok = set(_title_tokens()) | {"the"}
    for w, _ in _honorifics():
        ok.update(t.lower() for t in re.split(r"\s+", w))
        ok.update(t.lower() for t in re.split(r"[\s-]+", w))
    return frozenset(ok)


_CAPITAL = re.compile(rf"[{_U}]")


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


@cache
def _heads_and_countries() -> frozenset[str]:
    """Words that end a name: the head nouns of bodies and the words of countries' names."""
    return _org_heads() | _country_tokens()


@cache
def _country_tokens() -> frozenset[str]:
    out: set[str] = set()
    for r in load_rules("countries.jsonl", ("code",)):
        for form in (r.get("name") or "", *(r.get("aliases") or ())):
            out.update(w.lower() for w in form.split())
    return frozenset(out)


def _next_is_org_head(nxt: str) -> bool:
    """Whether the words right after a candidate name continue into an organisation's head noun."""
    m = re.match(rf"\s+((?:{_OTOK_SIMPLE}\s+){{0,3}}?)({_OTOK_SIMPLE})", nxt)
    return bool(m) and m.group(2).lower() in _org_heads()


_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _name_at(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` can be part of a name; a month's abbreviation before a name is a
    given name ("Jan van Dijk"), since a month is followed by a number."""
    if _is_name_token(toks[i]):
        return True
    return toks[i].lower() in _MONTH_ABBR and i + 1 < len(toks) and _is_name_token(toks[i + 1])


def _is_name_token(tok: str) -> bool:
    if _MID_INITIAL_TOK.fullmatch(tok) or _PARTICLE_TOK.fullmatch(tok):
        return True
    low = tok.strip(".").lower()
    stop = _stop_tokens()
    # "Secretary-General", "Vice-Minister": a compound of title words is no name
    return low not in stop and not ("-" in low and all(w in stop for w in low.split("-")))


_NAME_SEQ = re.compile(
    rf"(?P<init>{INITIALS})?(?P<toks>{NAME_TOK}(?:\s+(?:{MID_INITIAL}\s+|{PARTICLE}\s+(?=[{_U}]))?(?:(?:al-|el-)?{NAME_TOK}|{UPPER_TOK}))*)(?:\s+(?P<tinit>{TRAIL_INITIALS})(?!\s?[{_U}]))?"
    rf"|(?P<init2>{INITIALS})(?P<up>{UPPER_TOK})"
    rf"|(?P<upfirst>[{_U}]{{2,}}(?:-[{_U}]{{2,}})?(?:\s+{NAME_TOK}){{1,2}})(?![\w-])"  # surname first in capitals: "ZHAO Minghui"
)
_HON_BEFORE: re.Pattern[str] | None = None


def _hon_re() -> re.Pattern[str]:
    global _HON_BEFORE
    if _HON_BEFORE is None:
        alts = alternation((w for w, _ in _honorifics()), space=r"\ ")
        _HON_BEFORE = re.compile(rf"(?:{alts}(?:\s+|(?<=\.)))+$")
    return _HON_BEFORE


@cache
def _honorific_ends() -> tuple[str, ...]:
    """The last word of every honorific and rank ("General" of "Major General")."""
    return tuple(sorted({w.split()[-1] for w, _ in _honorifics()}))


def _split_honorifics(prefix: str) -> tuple[str | None, str | None, int]:
    """Rank and honorific at the end of ``prefix``, and where they start."""
    tail = prefix.rstrip()
    if not tail.endswith(_honorific_ends()):
        return None, None, len(prefix)
    m = _hon_re().search(prefix)
    if not m:
        return None, None, len(prefix)
    # the longest rank and the longest honorific of the chain (ties: the first in rule order)
    kinds = _honorific_kinds()
    rank = hon = None
    for w in _hon_words_re().findall(m.group(0)):
        kind = kinds[w]
        if kind == "rank" and (rank is None or len(w) > len(rank)):
            rank = w
        elif kind == "honorific" and (hon is None or len(w) > len(hon)):
            hon = w
    return rank, hon, m.start()


@cache
def _honorific_kinds() -> dict[str, str]:
    return {w: k for w, k in reversed(_honorifics())}


@cache
def _hon_words_re() -> re.Pattern[str]:
    """Every honorific and rank as a whole word, longest first."""
    alts = alternation((w for w, _ in _honorifics()), space=r"\ ")
    return re.compile(rf"(?<![\w-]){alts}(?![\w-])")


_ROLE_BACK = re.compile(
    rf"((?:(?:[{_U}][\w'’/.-]*|\([{_U}][\w]{{1,10}}\)|of|the|for|on|in|to|under|de|&)\s+)*?"
    rf"(?:[{_U}][\w'’/.-]*)\s+)$"
)


_NAMESAKE = re.compile(r"\b(?:named\s+after|in\s+(?:memory|hono(?:u)?r)\s+of)\s+(?:the\s+late\s+)?$", re.I)
_ROLE_BACK_AND = re.compile(
    rf"((?:(?:[{_U}][\w'’/.-]*|of|the|for|on|in|to|under|de|and|&)\s+)*?"
    rf"(?:[{_U}][\w'’/.-]*)\s+)$"
)


def _and_title_before(prefix: str) -> str | None:
    """A title with "and" in it right before a name ("Ambassador Extraordinary and
    Plenipotentiary of the Republic of Korea to Tajikistan "): the last such title wins."""
    m = _ROLE_BACK_AND.search(prefix)
    if not m:
        return None
    phrase = m.group(1).strip()
    hits = [t for t in _title_re().finditer(phrase) if " and " in t.group(0)]
    return phrase[hits[-1].start():] if hits else None


def _role_before(prefix: str) -> str | None:
    """A job-title phrase that ends right before a name ("Deputy Minister of Foreign Affairs ")."""
    m = _ROLE_BACK.search(prefix)
    if not m:
        return None
    phrase = m.group(1).strip()
    # cut at the first title word so that "The Kazakh Foreign Minister" -> "Kazakh Foreign Minister"
    words = phrase.split()
    while words and words[0].lower() in ("the", "and", "of", "with", "by", "on", "in"):
        words = words[1:]
    phrase = " ".join(words)
    t = _title_re().search(phrase)
    if not t:
        return _and_title_before(prefix)
    # keep a short qualifier before the title ("CARICC Director", "Kazakh Foreign Minister")
    head = phrase[:t.start()].split()
    keep = head[-2:] if head else []
    keep = [w for w in keep if w[0].isupper()]
    return " ".join([*keep, phrase[t.start():]]).strip(" ,") or None


_TITLE_MODIFIERS = re.compile(r"(?:\b(?:first|deputy|vice|acting|chief|senior|former)\s+)+$")


def _lower_title_before(before: str) -> str | None:
    """A job title in lower case right before a name, as some outlets write them ("senator",
    "deputy minister of internal affairs", "interior minister")."""
    if not before.endswith(" "):
        return None
    t = before.rstrip()
    m = _title_end_re().search(t, max(0, len(t) - _longest_title()))
    if m is None or not m.group(0)[:1].islower() or (m.start() and not t[m.start() - 1] in " ,(\n"):
        return None
    mod = _TITLE_MODIFIERS.search(t, 0, m.start())
    return t[mod.start() if mod else m.start():]


def _role_before_comma(before: str) -> tuple[str | None, str]:
    """A job title set off by a comma before a rank and name ("Deputy Minister of Internal
    Affairs of Kazakhstan, Major General of Police Jan Doe"), unless that title is itself the
    apposition of an earlier name ("Colonel A. Doe, Head of Unit, Colonel B. Roe")."""
    m = re.search(r"(?:\s*\([A-Z][A-Za-z]{1,10}(?:\s[A-Z]{2,6})?\))?,\s+$", before)
    if not m:
        return None, before
    cand_before = before[:m.start()] + " "
    role = _role_before(cand_before)
    if not role:
        return None, before
    at = cand_before.rfind(role)
    # a comma before the title closes an earlier name's apposition, not a date or an adverb
    # ("On May 17, 2021, Director of the X, Colonel Y")
    lead = cand_before[:at].rstrip()
    if at < 0 or lead.endswith(")") or lead.endswith(",") and re.search(rf"[{_U}][\w.'’-]*,$", lead):
        return None, before
    return role, cand_before


_APPOS = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?,\s+((?:the\s+)?[^,;.()]{2,160}?(?:,\s+(?:coordinator|head|chief|member|representative)[^,;.()]{2,120})?)(?=,|\.(?:\s|$)|;|\s+(?:on|from)\s+(?:\d|[A-Z][a-z]+\.?\s?\d)|\s+(?:in|via)\s+(?:the\s+)?(?:format|video)|\s+(?:met|and\s+(?:Mr|Ms|Mrs|Dr|H\.E)|also|had|made|delivered|presented|informed|addressed|took|participated|welcoming|said|noted|thanked)\b|$)")


# An apposition is a noun phrase; one that opens with a verb is the rest of the sentence.
_CLAUSE_START = re.compile(r"(?:[a-z]+ed|met|held|took|made|gave|said|spoke|opened|chaired|welcomed|received|visited|"
                           r"noted|stressed|informed|signed|discussed|attended|led|headed|presented)\b")


def _role_after(text: str, end: int, limit: int) -> tuple[str | None, tuple[int, int] | None]:
    m = _APPOS.match(text, end, limit)
    if not m:
        return None, None
    phrase = m.group(1).strip()
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    if not is_title(phrase) or len(phrase.split()) > 28:
        return None, None
    if _CLAUSE_START.match(phrase):
        return None, None  # ", received the delegation of ...": a clause, not a title
    s = m.start(1) + m.group(1).find(phrase)
    return phrase, (s, s + len(phrase))


def _norm_name(init: str | None, toks: str, tinit: str | None) -> tuple[str, bool]:
    """Normalised name and whether it carries initials."""
    parts: list[str] = []
    if init:
        parts.append(re.sub(r"\s+", "", init))
    parts.append(" ".join(toks.split()))
    if tinit:
        parts.append(re.sub(r"\s+", "", tinit) + ("." if not tinit.endswith(".") else ""))
    return " ".join(parts), bool(init or tinit)


def find_persons(text: str, start: int, end: int, known_surnames: frozenset[str] = frozenset()) -> list[PersonMention]:
    """People in ``text[start:end]`` (a sentence), found by structure.

    >>> t = "Major-General R.A. Karimzoda, Director of the Centre, met with Colonel U. Usmonov."
    >>> [(p.name, p.rank, p.role) for p in find_persons(t, 0, len(t))]
    [('R.A. Karimzoda', 'Major-General', 'Director of the Centre'), ('U. Usmonov', 'Colonel', None)]
    """
    out: list[PersonMention] = []
    pos = start
    while True:
        m = search_at_capitals(_NAME_SEQ, text, pos, end)
        if not m:
            break
        pos = m.end()
        if m.group("upfirst"):
            first, second = m.group("upfirst").split()[:2]
            # an acronym before a title or a rank ("Director General ANF Maj Gen ..."): read on
            if not _is_name_token(first) or not _is_name_token(second):
                pos = m.start() + len(first)
                continue
            init, toks, tinit = None, m.group("upfirst"), None
        elif m.group("up"):
            init, toks, tinit = m.group("init2"), m.group("up"), None
        else:
            init, toks, tinit = m.group("init"), m.group("toks"), m.group("tinit")
        tok_list = toks.split()
        # drop leading lexicon tokens ("Director Kovalenko" -> name "Kovalenko")
        lead = 0
        while lead < len(tok_list) and (not _name_at(tok_list, lead) or (
                # an acronym before a rank ("Director General ANF Maj Gen Jon Doe")
                lead and tok_list[lead].isupper() and lead + 1 < len(tok_list)
                and not _name_at(tok_list, lead + 1))):
            lead += 1
        trail = len(tok_list)
        while trail > lead and not _is_name_token(tok_list[trail - 1]):
            trail -= 1
        core = tok_list[lead:trail]
        while core and _MID_INITIAL_TOK.fullmatch(core[-1]):  # "... Unit B. The" ends no name
            core.pop()
            trail -= 1
        if not core or any(not _name_at(core, i) for i in range(len(core))):
            bad = next((i for i in range(len(core)) if not _name_at(core, i)), None)
            if bad and any(_MID_INITIAL_TOK.fullmatch(t) for t in core[:bad]):
                # "Group B. The Director Ivan K. Doe": the initial closed a sentence; read on
                pos = text.index(core[bad], text.index(core[bad - 1], m.start()) + len(core[bad - 1]))
            continue
        if trail < len(tok_list) and tok_list[trail].lower().strip(".") in _heads_and_countries():
            continue
        nxt = text[m.end():m.end() + 40]
        if _next_is_org_head(nxt):
            if not (init or tinit):
                continue
        if lead:
            init = None
        if trail < len(tok_list):
            tinit = None
        # offsets of the core
        s = m.start() if init and not lead else text.index(core[0], m.start("toks") if m.group("toks") else m.start())
        e = text.index(core[-1], s) + len(core[-1])
        if tinit and trail == len(tok_list):
            e = m.end()
        if text[e:e + 1] == "." and tinit:
            e += 1
        name, has_init = _norm_name(init if init and not lead else None, " ".join(core), tinit)
        has_init = has_init or any(_MID_INITIAL_TOK.fullmatch(t) for t in core)
        # rank and honorific right before the name, even when the run began with them
        # ("Police Colonel Arman S. Doe": the run is "Police Colonel Arman")
        win0 = max(start, (m.start() if lead else s) - 160)
        prefix = text[win0:s]
        rank, hon, hstart = _split_honorifics(prefix)
        before = prefix[:hstart] if (rank or hon) else prefix
        role_pre = _role_before(before) if before.endswith(" ") or not before else None
        if role_pre is None and (rank or hon):
            role_pre, before = _role_before_comma(before)
        if role_pre is None and not (rank or hon) and len(core) >= 2 and before.endswith(", "):
            # "the UNODC Regional Representative for Central Asia, Jane Doe"
            role_pre, before = _role_before_comma(before)
        if role_pre is None:
            role_pre = _lower_title_before(before)  # "senator Jan Doe", "interior minister Jan Doe"
        role_post, role_span = _role_after(text, e, end)
        all_caps = any(t.isupper() and len(t) > 2 for t in core)
        signal = bool(rank or hon or has_init or role_pre or role_post or all_caps and len(core) > 1)
        if not signal and core[-1] in known_surnames:
            signal = True  # introduced with a title earlier in the document
        adjacent_title = bool(role_pre) and _ends_with_title(before)
        if not signal or (len(core) == 1 and not (has_init or core[0] in known_surnames or rank or hon or adjacent_title)):
            continue
        if len(core) > 4:
            continue
        role = role_pre or role_post
        if role_pre and not role_post:
            m2 = before.rfind(role_pre)
            role_span = (win0 + m2, win0 + m2 + len(role_pre)) if m2 >= 0 else None
        full_start = win0 + hstart if (rank or hon) else s
        if _NAMESAKE.search(text, max(start, full_start - 30), full_start):
            continue  # "the Academy named after Major General K.T. Doe": part of a name, not an actor
        out.append(PersonMention(start=full_start, end=e, surface=text[full_start:e], name=name,
                                 rank=rank, honorific=hon, role=role, role_span=role_span))
    return out


# ---------------------------------------------------------------- organisations

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


def _variants(name: str) -> set[str]:
    out = {name}
    for a, b in (("Centre", "Center"), ("Programme", "Program"), ("Organization", "Organisation")):
        for v in list(out):
            if a in v:
                out.add(v.replace(a, b))
            if b in v:
                out.add(v.replace(b, a))
    return out


@cache
def org_index() -> tuple[re.Pattern[str], dict[str, OrgEntry]]:
    """One regex over every known name, alias and acronym, and a key -> entry table."""
    table: dict[str, OrgEntry] = {}
    forms: set[str] = set()
    for e in load_organizations():
        for f in (e.name, *e.aliases):
            for v in _variants(f):
                forms.add(v)
                table.setdefault(normalise_org(v), e)
        if e.acronym:
            forms.add(e.acronym)
            table.setdefault(e.acronym, e)
    return re.compile(rf"(?<![\w/-]){alternation(forms)}(?![\w/-])"), table


_CONN = r"(?:of|the|for|on|and|to|under|in|against|de|du|des)"
_OTOK = rf"(?:[{_U}][\w'’.-]*(?:/[\w-]+)?|[{_U}]{{2,}}(?:/[{_U}]+)?)"
# connectors between capitalised words; a bare "the" does not join two names ("the headquarters of
# the Centre the Ambassador of ...")
_SHAPE = re.compile(rf"{_OTOK}(?:\s+(?:(?!the\s){_CONN}\s+(?:{_CONN}\s+)*)?{_OTOK})*")
@cache
def _document_re() -> re.Pattern[str]:
    """A phrase that opens with a document's name ("Memorandum of Understanding on ...")."""
    words = [r["word"] for r in load_rules("documents.jsonl", ("word",))]
    return re.compile(rf"{alternation(words)}\b")


@cache
def _lead_title_re() -> re.Pattern[str]:
    """A job title (or its plural) opening a capitalised run, with its "of"/"to"/"for"."""
    alts = alternation([t for t in title_words() if " of " not in t], space=r"[\s-]+")
    return re.compile(rf"(?:[{_U}][\w-]*\s+){{0,3}}?{alts}s?\s+(?:of|to|for)\s+(?P<art>the\s+)?")


# heads that make a body only when it is a country's ("Anti-Narcotics Force of Pakistan")
_NATIONAL_ONLY_HEADS = frozenset({"force", "command"})
_ACR_DEFINED_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]*[A-Z][A-Za-z]*\)")
_NOT_ORG_HEADS = frozenset({"programme", "program", "component", "project", "government", "cabinet",
                            "forum", "platform", "partnership", "command", "station", "post",
                            "team", "force"})


def ministry_of_title(role: str) -> str | None:
    """The ministry a minister's title names: "Deputy Minister of Foreign Affairs" -> "Ministry of Foreign Affairs".

    >>> ministry_of_title("Kazakh Foreign Minister")
    'Ministry of Foreign Affairs'
    """
    m = re.search(r"\bMinister\s+of\s+((?:[A-Za-z]\w+\s+(?:and\s+)?)*?(?:Affairs|Interior|Justice|Defen[cs]e|Health|Finance|Emergencies))", role)
    if m:
        words = m.group(1).split()
        return "Ministry of " + " ".join(w[0].upper() + w[1:] if w not in ("and", "of") else w for w in words)
    m = re.search(r"\b(Foreign|Interior|Internal Affairs|Justice|Defen[cs]e|Health|Finance)\s+Minister\b", role)
    return _portfolio_ministries()[m.group(1) + " Ministry"] if m else None


@cache
def _single_titles() -> frozenset[str]:
    return frozenset(t for t in title_words() if " " not in t and "-" not in t) | {"Director"}


_PIECE_EDGE = re.compile(r"^(?:[\s,;]|and\b|of\b|the\b|for\b)+|(?:[\s,;]|\band|\bof|\bthe|\bfor)+$")


def _without(text: str, parts: list[tuple[int, int]],
             cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` with the spans ``cuts`` taken out, each piece trimmed of joining words."""
    cuts = sorted(cuts)
    if not cuts:
        return parts
    out: list[tuple[int, int]] = []
    for a, b in parts:
        pieces = [(a, b)]
        for ca, cb in cuts:
            pieces = [q for x, y in pieces for q in
                      (((x, ca), (cb, y)) if ca < y and x < cb else ((x, y),)) if q[0] < q[1]]
        for x, y in pieces:
            piece = text[x:y]
            lead = _PIECE_EDGE.match(piece)
            x2 = x + (lead.end() if lead else 0)
            tail = _PIECE_EDGE.search(text[x2:y])
            y2 = x2 + tail.start() if tail else y
            if x2 < y2:
                out.append((x2, y2))
    return out


def _head_before_connector(right: str) -> bool:
    """Whether the words after an "and" reach an organisation's head noun before its first
    "of"/"under"/"for"/"in" ("the Drug Control National Information and Analytical Centre
    under ..."), or within six words when there is none."""
    words = right.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "under", "for", "in", "on", "to")), None)
    scope = words[:cut] if cut is not None else words[:6]
    return any(w.lower().strip(".,;") in _org_heads() for w in scope[:12])


_ON_DATE = re.compile(r"\s+(?:on|in|from|since|until|by)\s+(?:(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday)\b)")
_AND_JOIN = re.compile(r"\s+and\s+(?:of\s+)?(?:the\s+)?")


def _shape_parts(masked: str, start: int) -> list[tuple[int, int]]:
    """Capitalised runs, split at "and" between two organisations
    ("the Ministry of Internal Affairs and the Financial Monitoring Agency of ...")."""
    out: list[tuple[int, int]] = []
    for m in finditer_at_capitals(_SHAPE, masked):
        a, b = m.start(), m.end()
        cuts = [a]
        # "the X Service of Ukraine and of the Border Guard of Poland": "and of" joins two bodies
        for k in _AND_JOIN.finditer(masked[a:b]) if " and " in masked[a:b] else ():
            left = masked[cuts[-1]:a + k.start()]
            right = masked[a + k.end():b]
            # the left side is a body: a head noun in it, or an acronym alone ("GUNK and the Agency")
            body = any(w.lower() in _org_heads() for w in left.split()) or \
                re.fullmatch(rf"[{_U}]{{2,}}[\w]*", left.strip()) is not None
            if body and right[:1].isupper() and \
                    _head_before_connector(right):
                out.append((start + cuts[-1], start + a + k.start()))
                cuts.append(a + k.end())
        out.append((start + cuts[-1], start + b))
    return out


@cache
def _unit_heads() -> frozenset[str]:
    """Head nouns of units inside a body ("Department", "Section"): marked "unit" in org_heads."""
    return frozenset(r["word"].lower() for r in load_rules("org_heads.jsonl", ("word",)) if r.get("unit"))


@cache
def _body_premises() -> frozenset[str]:
    """Words that after a body's acronym name the body itself ("ANF Headquarters"): marked
    "premises" in org_heads."""
    return frozenset(r["word"] for r in load_rules("org_heads.jsonl", ("word",)) if r.get("premises"))


_UNIT_LIST_COMMA = re.compile(
    r"(?<=\bof the )([A-Z][a-z]+),(?= (?:[A-Z][a-z]+ )+and (?:[A-Z][a-z]+ )*"
    r"(?:Section|Division|Department|Unit|Branch|Directorate)\b)")
_TOPIC_HEADS = frozenset({"Group", "Committee", "Subcommittee", "Commission", "Council", "Network"})
# lower-case topic words after "on", up to punctuation, a verb or a preposition of place/time
_TOPIC_STOP = (r"(?!(?:was|were|is|are|has|have|had|will|would|held|met|in|at|from|during|with|by|via|"
               r"for|on|to|under|as|which|who|that|the|a|an|this|its|their|and\s+the)\b)")
_LOWER_TOPIC = re.compile(rf"\s+on\s+{_TOPIC_STOP}[a-z][a-z-]*\b(?:\s+{_TOPIC_STOP}[a-z][a-z-]*\b){{0,5}}")


@cache
def _stop_words_after_title() -> frozenset[str]:
    """Capitalised words that follow a title without naming a body (ranks, honorifics: "Director
    General MAJ ...")."""
    words: set[str] = set()
    for w, _ in _honorifics():
        words.update(t.lower().strip(".") for t in w.split())
    return frozenset(words)


def _delegation_body(text: str, start: int, at: int, found: list[OrgMention]) -> OrgMention | None:
    """The body whose delegation the person titled at ``at`` leads: "a delegation of the X (ACR)
    headed by Colonel Y, Director of the ..." -> X."""
    before = [o for o in found if o.end <= at]
    if not before:
        return None
    body = max(before, key=lambda o: o.end)
    gap = text[body.end:at]
    if ";" in gap or not re.search(r"\b(?:headed|led)\s+by\b", gap):
        return None
    return body


@cache
def _portfolio_ministries() -> dict[str, str]:
    """A ministry named by its portfolio ("Interior Ministry") -> the start of its full name
    ("Ministry of Internal Affairs"), from rules/portfolios.jsonl."""
    return {r["short"]: r["full"] for r in load_rules("portfolios.jsonl", ("short", "full"))}


@cache
def _official_name(code: str) -> str | None:
    for r in load_rules("countries.jsonl", ("code",)):
        if r["code"] == code:
            off = [o for o in (r.get("official") or []) if o.startswith("the ")]
            return off[0] if off else r.get("name")
    return None


@lru_cache(maxsize=256)
def _acronyms_re(defined: frozenset[str]) -> re.Pattern[str]:
    """The acronyms a document has defined so far, as whole words."""
    return re.compile(rf"(?<![\w(/-])({alternation(defined)})(?![\w)/-])")


def find_orgs(text: str, start: int, end: int, acronyms: dict[str, str] | None = None,
              persons: Iterable[tuple[int, int]] = ()) -> list[OrgMention]:
    """Organisations in ``text[start:end]``: known ones first, then unseen ones by shape.

    ``acronyms`` maps acronyms defined earlier in the document ("Long Name (ACR)") to the long
    name; new definitions found here are added to it. ``persons`` are the spans of the people
    found in the same text: a name is never part of an organisation's name, so a capitalised
    run is cut around them ("Director of CARICC Mr. Jon Doe and the Customs Service").

    >>> t = "He met the Drug Control Agency under the President of the Republic of Tajikistan and UNODC."
    >>> [(o.name, o.country) for o in find_orgs(t, 0, len(t))]
    [('Drug Control Agency under the President of the Republic of Tajikistan', 'TJ'), ('United Nations Office on Drugs and Crime', None)]
    """

    acronyms = {} if acronyms is None else acronyms
    seg = text[start:end]
    # mask "(ACR)" so that "Long (ACR) of the Rest" reads as one name, offsets unchanged; but a
    # definition followed by "in <Place>" closes the name: "the Staff College (BSC) in Dushanbe"
    # is the College, seated in Dushanbe
    masked = re.sub(r"\s\(([A-Z][A-Za-z]{1,10}(?:\s[A-Z]{2,6})?)\)(\s+in\s)?",
                    lambda m: " " * (len(m.group(0)) - len(m.group(2) or "")) if not m.group(2)
                    else " " * (len(m.group(0)) - len(m.group(2)) - 1) + ";" + m.group(2), seg)
    # "Chief of the Europe, West and Central Asia Section": a comma inside a list of names
    # before a unit's head noun is part of the name
    masked = _UNIT_LIST_COMMA.sub(lambda m: m.group(1) + " ", masked)
    rx, table = org_index()
    found: list[OrgMention] = []
    taken: list[tuple[int, int]] = []
    for m in rx.finditer(masked):
        s, e = start + m.start(), start + m.end()
        key = m.group(0)
        entry = table.get(key) or table.get(normalise_org(key))
        if entry is None:
            continue
        if key in acronyms and key not in table:
            continue
        if re.match(r"\s+(?:countries|states|member states|nations|region)\b", text[e:e + 20], re.I) and key == entry.acronym:
            continue
        found.append(OrgMention(s, e, text[s:e], entry.name, entry.acronym, entry.parent, entry.country, True))
        taken.append((s, e))
    # shape
    for s0, e0 in _without(text, _shape_parts(masked, start), persons):
        while e0 > s0 and text[e0 - 1] in ".,":
            e0 -= 1
        when = _ON_DATE.search(text, s0, e0)
        if when is not None:
            e0 = when.start()  # "at the Ministry on March 14": a date ends the name
        phrase = text[s0:e0]
        mm = re.match(r"(?:the\s+)?Ministries of (\w+) and (\w+) Affairs of (.+)$", phrase)
        if mm:
            cc = find_countries(mm.group(3))
            code = cc[0].code if cc else None
            off = _official_name(code) if code else None
            for w in (mm.group(1), mm.group(2)):
                name = f"Ministry of {w} Affairs of {off or mm.group(3)}"
                found.append(OrgMention(s0, e0, phrase, name, None, None, code, False))
            taken.append((s0, e0))
            continue
        toks = phrase.split()
        heads = [i for i, t in enumerate(toks) if t.lower().strip(".,") in _org_heads()]
        if not heads:
            continue
        # strip a leading job title: "Head of the Organized Crime Unit of CITCO" -> "Organized Crime Unit of CITCO"
        # (plural too: "Lecturers of the Tashkent State University of Law" -> the University), and
        # a bare unit after it ("Head of Department of the State Customs Service" -> the Service)
        titled = False
        while True:
            mt = _lead_title_re().match(phrase)
            if not mt:
                break
            titled = True
            phrase = phrase[mt.end():]
            if not mt.group("art"):
                mb = re.match(r"(\w+)\s+of\s+(?:the\s+)?", phrase)
                if mb and mb.group(1).lower() in _org_heads() and \
                        any(t.lower() in _org_heads() for t in phrase[mb.end():].split()):
                    phrase = phrase[mb.end():]
            s0 = e0 - len(phrase)
        phrase = re.sub(r"^(?:(?:The|A|An|On|In|During|At|By|From|With|Both|Also|Then|Today|Yesterday|Recently|Meanwhile|However|Moreover|Furthermore|Thus|Later|Delegations?|Experts|Representatives?|Foundation)\s+(?:of\s+)?)+(?:the\s+)?", "", phrase)
        s0 = e0 - len(phrase)
        # "in <Place>" after a national body's country or after a bare head noun says where the
        # body sits or the event took place, it is not part of the name ("the Institute of the
        # Ministry of Internal Affairs of Russia in Domodedovo", "the Ministry in Astana"); an
        # office named after its seat keeps it ("the OSCE Programme Office in Dushanbe")
        mi = re.search(r"\s+in\s+(?:the\s+)?(\S+(?:\s+\S+){0,3})$", phrase)
        if mi and not any(w.lower().strip(".,") in _org_heads() for w in mi.group(1).split()):
            before_in = phrase[:mi.start()]
            cb = find_countries(before_in)
            if (cb and cb[-1].end == len(before_in)) or \
                    (len(before_in.split()) == 1 and before_in.lower() in _org_heads()):
                phrase = before_in
                e0 = s0 + len(phrase)
        if re.match(r"[\w.-]+-(?:supported|funded|sponsored|backed|financed)\b", phrase):
            continue  # "the UNODC-supported Model Customs Collectorate": a facility, not an actor
        acr_fac = re.match(r"([A-Z]{2,10})\s+(\S.*)$", phrase)
        defined_here = acr_fac and next((o.name for o in found if o.end <= s0 and re.match(
            rf"\s*\({acr_fac.group(1)}\)", text[o.end:o.end + 14])), None)
        if acr_fac and " of " not in phrase and acr_fac.group(2) in _body_premises():
            # "at WCO Headquarters", "at ANF Headquarters": the body itself (an acronym this
            # document does not spell out is resolved across the corpus)
            acr0 = acr_fac.group(1)
            entry = table.get(acr0)
            if entry is not None:
                found = [o for o in found if not (s0 <= o.start and o.end <= e0)]
                found.append(OrgMention(s0, e0, phrase, entry.name, entry.acronym, entry.parent, entry.country, True))
            else:
                long = acronyms.get(acr0) or defined_here or acr0
                body = next((o for o in found if o.name == long), None)
                found.append(OrgMention(s0, e0, phrase, long, acr0, body.parent if body else None,
                                        body.country if body else _country_in_name(long), False))
            taken.append((s0, e0))
            continue
        if acr_fac and (acr_fac.group(1) in acronyms or defined_here) and acr_fac.group(1) not in table \
                and " of " not in phrase and re.search(r"\bat\s+(?:the\s+)?$", text[max(start, s0 - 8):s0]):
            continue  # "at the CNPA Training Centre in Kabul": the body's premises, a venue
        if titled:
            # a title's portfolio before its body: "Director General for International Affairs
            # of the Drug Control Headquarters" -> the Headquarters
            mo = re.search(r"\s+(?:of|under)\s+(?:the\s+)?", phrase)
            lead_part = phrase[:mo.start()] if mo else phrase
            lead_heads = [w.lower().strip(".,") for w in lead_part.split()
                          if w.lower().strip(".,") in _org_heads()]
            rest = phrase[mo.end():] if mo else ""
            rest_body = bool(rest) and (any(w.lower().strip(".,") in _org_heads() for w in rest.split())
                                        or bool(rx.fullmatch(rest)) or rest in acronyms)
            if len(phrase.split()) == 1 and phrase.lower() in _org_heads():
                # "Head of the Academy": the one body of the document with that head noun
                long = acronyms.get("~the " + phrase.lower())
                if long is None:  # named in full earlier in this sentence
                    same = {o.name for o in found if o.end <= s0 and o.surface != o.acronym
                            and (_last_lead_head(o.name) or "").lower() == phrase.lower()}
                    long = same.pop() if len(same) == 1 else None
                if long:
                    found.append(OrgMention(s0, e0, phrase, long, None, None, _country_in_name(long), False))
                    taken.append((s0, e0))
                continue
            elif mo and not lead_heads and rest_body:
                phrase, s0 = rest, e0 - len(rest)
            elif lead_heads and all(h in _unit_heads() for h in lead_heads):
                # a unit named in a person's title stands for its body when that body is an
                # international one (a national department is an actor of its own: "Head of
                # the Department for Combating Drug Crimes of the Ministry ..."): "Chief of the
                # Regional Section for Asia of UNODC" -> UNODC; "Director of the Regional
                # Directorate North" of a delegation "of X headed by" that person -> X
                if rest_body:
                    if rx.search(rest) and _country_in_name(rest) is None:
                        phrase, s0 = rest, e0 - len(rest)
                elif not mo:
                    body = _delegation_body(text, start, s0, found)
                    if body is not None:
                        found.append(replace(body, start=s0, end=e0, surface=phrase))
                        taken.append((s0, e0))
                    continue
        # "the Police Department of Almaty city": the lower-case "city" after the city's name
        # belongs to the name
        if re.search(r"\sof\s+(?:the\s+)?[A-Z][\w-]+$", phrase) and re.match(r" city\b", text[e0:e0 + 6]) \
                and e0 + 5 <= end:
            e0 += 5
            phrase = text[s0:e0]
        # "... Working Group on <lower-case words>": the topic belongs to the name
        if phrase.split()[-1] in _TOPIC_HEADS:
            mt2 = _LOWER_TOPIC.match(text, e0, end)
            if mt2:
                e0 = mt2.end()
                phrase = text[s0:e0]
        toks = phrase.split()
        if not toks or not any(t.lower().strip(".,") in _org_heads() for t in toks):
            continue
        if _document_re().match(phrase):
            continue
        last_head = max(i for i, t in enumerate(toks) if t.lower().strip(".,") in _org_heads())
        if toks[-1] in _single_titles() and toks[-1].lower() not in _org_heads():
            continue
        own = phrase
        unit_of: OrgMention | None = None
        parent_of: OrgMention | None = None
        if any(a < e0 and s0 < b for a, b in taken):
            # overlaps a known org: keep only as a unit of it ("X of the <known>", "<known> Middle East Office")
            inner = sorted((o for o in found if s0 <= o.start and o.end <= e0), key=lambda o: o.start)
            if not inner or any(a < e0 and s0 < b and not (s0 <= a and b <= e0) for a, b in taken):
                continue
            first = inner[0]
            lead_txt = text[s0:first.start]
            tail_txt = text[first.end:e0]
            coord = re.search(r"\s+and\s+(?:the\s+)?$", lead_txt)
            if first.start > s0 and coord and any(t.lower() in _org_heads() for t in lead_txt.split()):
                # "<unseen body> and <known body>": two organisations, not a unit
                e0 = s0 + coord.start()
                phrase = text[s0:e0]
                toks = phrase.split()
                own = phrase
            elif first.start > s0 and re.search(r"\b(of|under)\b", lead_txt):
                # "Council of Commanders of ... of the <known>": the known body is named in the
                # unit's name as its parent, it is not a second participant
                own = lead_txt
                if not tail_txt.strip(" ,.;") and re.search(r"\b(?:of|under)(?:\s+the)?\s*$", lead_txt):
                    parent_of = first
            elif first.start - s0 <= 4 and any(t.lower() in _org_heads() for t in tail_txt.split()) and not re.match(r"\s+(?:of|and|to|for|in|on)\b", tail_txt):
                own = tail_txt
                unit_of = first
            else:
                continue
            if unit_of is not None:
                found.remove(first)
                taken.remove((first.start, first.end))
        head_words = [t.lower().strip(".,") for t in own.split() if t.lower().strip(".,") in _org_heads()]
        if not head_words or all(h in _NOT_ORG_HEADS for h in head_words) and not (
                all(h in _NATIONAL_ONLY_HEADS for h in head_words) and _country_in_name(own)
                and re.search(r"\sof\s", own)) and not _ACR_DEFINED_AFTER.match(text, e0):
            # "Anti-Narcotics Force of the Islamic Republic of Pakistan" is a body; a programme
            # is one when the text gives it an acronym ("Global Maritime Crime Programme (GMCP)")
            continue
        if len(toks) == 1 and toks[0].lower() in _org_heads():
            continue
        if toks[0] in ("Embassy", "Embassies", "Consulate", "Consulate-General") or phrase.startswith("Permanent Mission"):
            continue  # a country's representation stands for the country (its name gives it)
        country = None
        cms = [c for c in find_countries(phrase)]
        if cms:
            tail = cms[-1]
            if phrase[:tail.start].rstrip().endswith(("of", "of the", "under the President of", "in", "in the")) \
                    or tail.start == 0 or tail.form == "demonym":
                country = tail.code
        if country is None and last_head == len(toks) - 1 and len(toks) == 1:
            continue
        if country is not None and cms and cms[-1].end == len(phrase) and phrase[:cms[-1].start].rstrip().endswith(("of", "of the")):
            official = _official_name(country)
            if official:
                body = re.sub(r"\s+of(?:\s+the)?\s*$", "", phrase[:cms[-1].start].rstrip())
                canon = f"{body} of {official}"
            else:
                canon = phrase
        elif country is not None and cms and cms[0].start == 0 and (official := _official_name(country)):
            # "Tajikistan's Drug Control Agency", "the Kyrgyz Interior Ministry": the body of that
            # country under its full name ("Ministry of Internal Affairs of the Kyrgyz Republic")
            body = re.sub(r"^['’]s\s+", "", phrase[cms[0].end:].strip())
            canon = f"{_portfolio_ministries().get(body, body)} of {official}" if body[:1].isupper() else phrase
        else:
            canon = phrase
        parent = unit_of.name if unit_of is not None else parent_of.name if parent_of is not None else None
        if parent_of is not None:
            found.remove(parent_of)
            taken.remove((parent_of.start, parent_of.end))
        pm = None if parent else re.search(r"\s(?:of|under)\s+(?:the\s+)?(.+)$", phrase)
        if pm:
            rest = pm.group(1)
            if any(t.lower() in _org_heads() for t in rest.split()) and not re.fullmatch(r"(?:the\s+)?President of .*", rest):
                known = table.get(normalise_org(rest))
                parent = known.name if known else rest
        if unit_of is not None and country is None:
            country = unit_of.country
        found.append(OrgMention(s0, e0, phrase, canon, None, parent, country, False))
        taken.append((s0, e0))
    # acronym definitions: "Long Name (ACR)"
    for m in re.finditer(r"\(([A-Z][A-Za-z]{1,10}(?:\s[A-Z]{2,6})?)\)", seg):
        p = start + m.start()
        owner = max((o for o in found if o.start < p <= o.end + 1 or o.start < p and o.end >= p - 1),
                    key=lambda o: o.end - o.start, default=None)
        if owner is not None:
            acronyms.setdefault(m.group(1), owner.name)
            if owner.acronym is None and acronyms[m.group(1)] == owner.name:
                # the long form carries its acronym, so both spellings resolve to one body
                found[found.index(owner)] = replace(owner, acronym=m.group(1))
    # acronyms defined earlier in the document
    defined = [a for a in acronyms if not a.startswith("~")]
    if defined:
        arx = _acronyms_re(frozenset(defined))
        for m in arx.finditer(seg):
            s, e = start + m.start(), start + m.end()
            if any(a <= s < b for a, b in taken):
                continue
            long = acronyms[m.group(1)]
            base = next((o for o in found if o.name == long), None)
            found.append(OrgMention(s, e, m.group(1), long, m.group(1), base.parent if base else None,
                                    base.country if base else _country_in_name(long),
                                    bool(base and base.known)))
            taken.append((s, e))
    # "the DG ANF", "Director General ANF": an acronym right after a job title names its body
    for m in re.finditer(r"(?<![\w(/-])([A-Z]{3,6})(?![\w)/-])", seg):
        s, e = start + m.start(), start + m.end()
        acr0 = m.group(1)
        if any(a <= s < b for a, b in taken) or acr0 in table or not _ends_with_title(text[start:s]):
            continue
        if acronyms.get(acr0, "").startswith("~") or acr0.lower() in _stop_words_after_title():
            continue
        long = acronyms.get(acr0) or acr0
        found.append(OrgMention(s, e, acr0, long, acr0, None, _country_in_name(long), False))
        taken.append((s, e))
    found.sort(key=lambda o: (o.start, -o.end))
    found = _share_country(text, found)
    return _short_forms(seg, start, found, acronyms, taken)


def _country_in_name(phrase: str) -> str | None:
    """The country a body's name ends with ("... of the Kyrgyz Republic" -> "KG")."""
    cms = find_countries(phrase)
    if not cms:
        return None
    tail = cms[-1]
    if phrase[:tail.start].rstrip().endswith(("of", "of the", "in", "in the")) or tail.start == 0 \
            or tail.form == "demonym":
        return tail.code
    return None


def _head_prefix(name: str) -> str | None:
    """The words of a body's name up to its first head noun, when more follows ("Drug Control
    Agency" of "Drug Control Agency under the President of ..."); None for one word."""
    words = name.split()
    for i, w in enumerate(words):
        if w.lower() in _org_heads():
            if i == 0 or i + 1 >= len(words) or not all(x[:1].isupper() for x in words[:i + 1]):
                return None
            return " ".join(words[:i + 1]) if words[i + 1] in ("of", "under", "for", "to", "on") else None
    return None


def _last_lead_head(name: str) -> str | None:
    """The head noun that names a body in short ("Academy" of "Customs Academy of the State
    Customs Committee", "Agency" of "Drug Control Agency under the President of ...")."""
    lead = re.split(r"\s+(?:of|under|for|to|on|in|against)\s+", name, maxsplit=1)[0]
    heads = [w for w in lead.split() if w.lower() in _org_heads()]
    return heads[-1] if heads else None


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", phrase) if w[:1].isupper())


def _remember(acronyms: dict[str, str], key: str, long: str) -> None:
    """Note a short form of ``long`` for the rest of the document; one used for two bodies is
    ambiguous and kept empty."""
    if acronyms.setdefault(key, long) != long:
        acronyms[key] = ""


def _short_forms(seg: str, start: int, found: list[OrgMention], acronyms: dict[str, str],
                 taken: list[tuple[int, int]]) -> list[OrgMention]:
    """Short forms of a body named in full earlier in the document: its name up to the head noun
    ("the Drug Control Agency", after "the Drug Control Agency under the President of the Republic
    of Tajikistan") and that prefix's initials used bare ("the DCA"). They are kept in
    ``acronyms`` under keys starting with "~", apart from the acronyms the text defines."""
    out: list[OrgMention] = []
    for o in found:
        long = acronyms.get("~" + normalise_org(o.name)) if not (o.known or o.country or o.acronym) else None
        if long and long != o.name:
            o = replace(o, name=long, country=_country_in_name(long), parent=None)
        out.append(o)
    for o in out:
        if o.surface != o.acronym and (o.country or o.known or len(o.name.split()) >= 3):
            head = _last_lead_head(o.name)
            if head:
                _remember(acronyms, "~the " + head.lower(), o.name)
        pre = None if o.known else _head_prefix(o.name)
        if pre and (o.country or len(pre.split()) >= 2):
            _remember(acronyms, "~" + normalise_org(pre), o.name)
            ini = _initials(pre)
            if 3 <= len(ini) <= 6:
                _remember(acronyms, "~" + ini, o.name)
    _, table = org_index()
    for m in re.finditer(r"(?<![\w(/-])([A-Z]{3,6})(?![\w)/-])", seg):
        acr = m.group(1)
        long = acronyms.get("~" + acr)
        s, e = start + m.start(), start + m.end()
        if not long or acr in acronyms or acr in table or any(a <= s < b for a, b in taken):
            continue
        out.append(OrgMention(s, e, acr, long, None, None, _country_in_name(long), False))
        taken.append((s, e))
    out.sort(key=lambda o: (o.start, -o.end))
    return out


def _share_country(text: str, found: list[OrgMention]) -> list[OrgMention]:

    """In "the A, the B and the C of <country>", A and B are national bodies of that country too."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if not last.country or last.known:
            continue
        j = i - 1
        while j >= 0:
            prev = out[j]
            gap = text[prev.end:out[j + 1].start]
            if prev.known or prev.country or not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", gap):
                break
            off = _official_name(last.country)
            name = f"{prev.name} of {off}" if off and not find_countries(prev.name) else prev.name
            out[j] = OrgMention(prev.start, prev.end, prev.surface, name, prev.acronym, prev.parent,
                                last.country, False)
            j -= 1
    return out
