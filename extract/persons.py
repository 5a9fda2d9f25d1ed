"""People in a sentence, found by structure, never listed.

A capitalised run (a row of name words, initials, a surname in capitals: :func:`candidate_runs`)
becomes a person only after these steps, in order (:func:`find_persons`):

1. :func:`name_core` — words that are no name are trimmed off ("Director Kovalenko" ->
   "Kovalenko"); a run with a non-name word inside, or that continues into a body's name ("Jon
   Doe Foundation"), is no person;
2. its signals are read: rank and honorific before it (:func:`split_honorifics`), a job title
   before it (:data:`TITLE_BEFORE`, tried in order) or after it (:func:`title_after`);
3. :func:`is_person` and :data:`NOT_A_NAME` — a name needs a signal (rank, honorific, initials, a title, a surname in
   capitals, or a surname the item introduced before); one word alone needs a strong one; more
   than four words are no name; acronyms, common words of the language, a city or a country
   are no name; a namesake ("the Academy named after General X") is no actor.

Vocabulary: ``rules/honorifics.jsonl`` (ranks, honorifics), ``titles.jsonl`` (job titles),
``words.jsonl`` (``name_particle``, ``not_name_word``, ``not_initial``, ``title_modifier``, ...).

>>> t = "Major-General R.A. Karimzoda, Director of the Centre, met with Colonel U. Usmonov."
>>> [(p.name, p.rank, p.role) for p in find_persons(t, 0, len(t))]
[('R.A. Karimzoda', 'Major-General', 'Director of the Centre'), ('U. Usmonov', 'Colonel', None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import Rules, alternation, default_rules
from .mentions import LOWER as _L
from .mentions import UPPER as _U
from .mentions import PersonMention, ends_with_title, lexicon, ministry_of_title, search_at_capitals

__all__ = ["find_persons", "candidate_runs", "name_core", "split_honorifics", "TITLE_BEFORE",
           "title_after", "is_person", "gathering_words"]

# "Ji-ho" too; a two-letter word only before another name word ("Hu Wei", "Ma Yangchun"); the
# Polynesian glottal stop (ʻokina) inside a word and before a surname ("Tupoutoʻa ʻUlukalala")
# "McDonald", "MacArthur", "CdeBaca": a capital inside the word after one to three small letters
NAME_TOK = (rf"(?:[{_U}][{_L}]{{1,3}}[{_U}][{_L}]{{2,}}"
            rf"|[{_U}](?:[{_L}'’ʻ]{{2,}}|[{_L}](?=-[{_U}]?[{_L}])|[{_L}](?=\s+[{_U}][{_L}]{{2}})))"
            rf"(?:-[{_U}]?[{_L}]+)?")
# Initials without their full stops before a name ("S Jaishankar", "M K Stalin"): one or two
# capitals, the first no word of its own (words.jsonl not_bare_initial: the article "A", the
# pronoun "I", the Burmese honorific "U"), before a capitalised word. They mark no person
# alone: a title or another signal must (:func:`_norm_name`).
_BARE_INITIAL = rf"(?<![\w.’'-])(?!(?:{{not_bare_initial}})\s)(?:[{_U}]\s){{1,2}}(?=[{_U}][{_L}]{{2}})"
UPPER_TOK = rf"[{_U}]{{3,}}(?:-[{_U}]{{3,}})?"
_OTOK_SIMPLE = rf"[{_U}][\w'’-]+"


@dataclass(frozen=True)
class _Patterns:
    name_seq: re.Pattern[str]
    mid_initial_tok: re.Pattern[str]
    particle_tok: re.Pattern[str]
    hon_before: re.Pattern[str]
    hon_words: re.Pattern[str]
    role_back: re.Pattern[str]
    role_back_and: re.Pattern[str]
    namesake: re.Pattern[str]
    meets_after: re.Pattern[str]
    meets_before: re.Pattern[str]
    led_before: re.Pattern[str]
    title_modifiers: re.Pattern[str]
    appos: re.Pattern[str]
    clause_start: re.Pattern[str]
    next_head: re.Pattern[str]
    comma_before: re.Pattern[str]
    intro_clause: re.Pattern[str]
    month_abbr: frozenset[str]
    calendar_words: frozenset[str]
    list_title: re.Pattern[str]
    plural_title: re.Pattern[str]
    common: frozenset[str]
    acronyms: frozenset[str]


def _build(rules: Rules) -> _Patterns:
    not_initial = r"(?!(?:{not_initial})\.)"
    initials = rf"(?:(?:{not_initial}[{_U}][{_L}]?\.\s?){{1,3}}|{_BARE_INITIAL})"
    trail_initials = rf"[{_U}][{_L}]?\.(?: ?[{_U}][{_L}]?\.){{0,2}}"
    # "Ivan P. Dorin", "Anvar Kh. Doe", "Abrar H Hashmi"
    mid_initial = rf"(?:{not_initial}[{_U}][{_L}]?\.(?=\s+[{_U}])|(?<=[{_L}]\s)(?!(?:{{not_bare_initial}})\s)[{_U}](?=\s+{NAME_TOK}))"
    lex = lexicon(rules)
    hon = alternation((w for w, _ in lex.honorifics), space=r"\ ")
    return _Patterns(
        name_seq=rules.rx(  # never from inside a word ("ExxonMobil CEO" holds no "Mobil")
            rf"(?<!\w)(?:(?P<init>{initials})?(?P<toks>{NAME_TOK}(?:\s+(?:{mid_initial}\s+|{{name_particle}}\s+(?=[{_U}]))?"
            rf"(?:(?:al-|el-|ʻ)?{NAME_TOK}|{UPPER_TOK}))*)(?:\s+(?P<tinit>{trail_initials})(?!\s?[{_U}]))?"
            rf"|(?P<init2>{initials})(?P<up>{UPPER_TOK})"
            # surname first in capitals: "ZHAO Minghui"
            rf"|(?P<upfirst>[{_U}]{{2,}}(?:-[{_U}]{{2,}})?(?:\s+{NAME_TOK}){{1,2}})(?![\w-]))"),
        mid_initial_tok=rules.rx(rf"{not_initial}[{_U}][{_L}]?\."),
        particle_tok=rules.rx(r"{name_particle}|(?:al|el)-.+"),
        hon_before=re.compile(rf"(?<![\w-])(?:{hon}(?:\s+|(?<=\.)))+$"),
        hon_words=re.compile(rf"(?<![\w-]){hon}(?![\w-])"),
        role_back=re.compile(rf"((?:(?:[{_U}][\w'’/.-]*|\([{_U}][\w]{{1,10}}\)|of|the|for|on|in|to|under|de|&)\s+)*?"
                             rf"(?:[{_U}][\w'’/.-]*)\s+)$"),
        role_back_and=re.compile(rf"((?:(?:[{_U}][\w'’/.-]*|of|the|for|on|in|to|under|de|and|&)\s+)*?"
                                 rf"(?:[{_U}][\w'’/.-]*)\s+)$"),
        namesake=rules.rx(r"\b{namesake}\s+(?:the\s+(?:late\s+)?)?$", re.I),
        meets_after=rules.rx(r"[ \t]+(?:{meets_verb:exact})\b"),
        meets_before=rules.rx(r"\b(?:{meets_verb:exact})(?:[ \t]+with)?[ \t]+$"),
        # "a delegation led by Ana Lis", "the Turkish side was headed by Jan Kowal"
        led_before=rules.rx(r"\b(?:{led_body})\b[^.;]{0,60}?\b(?:{led_by})[ \t]+by[ \t]+$", re.I),
        title_modifiers=rules.rx(r"(?:\b{title_modifier}\s+)+$"),
        appos=rules.rx(
            r"\s*(?:\([^)]{1,40}\)\s*)?,\s+((?:the\s+)?[^,;.()]{2,160}?(?:,\s+{appos_title_more}[^,;.()]{2,120})?)"
            r"(?=,|\.(?:\s|$)|;|\s+(?:on|from)\s+(?:\d|[A-Z][a-z]+\.?\s?\d)|\s+(?:in|via)\s+(?:the\s+)?{appos_medium}"
            r"|\s+(?:{appos_end_verb}|and\s+{appos_next_honorific})\b|$)"),
        clause_start=rules.rx(r"(?:[a-z]+ed|{clause_start_verb})\b"),
        next_head=re.compile(rf"\s+((?:{_OTOK_SIMPLE}\s+){{0,3}}?)({_OTOK_SIMPLE})"),
        comma_before=re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,10}(?:\s[A-Z]{2,6})?\))?,\s+$"),
        # "After a meeting with the minister of X, " : a scene set before the sentence's subject
        intro_clause=rules.rx(r"(?:^|[.!?]\s+|\n)\s*(?:{intro_clause:exact})\b[^,;]*$"),
        month_abbr=frozenset(w.lower() for w in rules.words("month_abbr")),
        calendar_words=frozenset(w.lower() for g in ("month", "weekday") for w in rules.words(g)),
        list_title=rules.rx(r"{list_title}", re.I),  # "members", "lawmakers": a list's title, no office
        # a plural title (its complement after "of"), then the names before this one: "Ministers Jan Doe,
        # Ana van Lis (PVV) and ", "Deputy Ministers of Foreign Affairs Jan Doe and "
        plural_title=rules.rx(
            rf"([A-Za-z][a-z]+)s(?P<of> of(?: the)?(?: [{_U}][\w’'-]*){{1,4}})? (?P<items>(?:[{_U}][\w'’.-]*"
            rf"(?:\s+(?:(?:{{name_particle}})\s+)*[{_U}][\w'’.-]*){{1,4}}(?:\s*\([^()]{{1,20}}\))?"
            rf"(?:,\s+(?:and\s+)?|\s+and\s+)){{0,8}})$"),
        common=frozenset(rules.words("common_word")),
        acronyms=frozenset(e.acronym for e in rules.organizations if e.acronym),
    )


def patterns(rules: Rules) -> _Patterns:
    """What this stage compiles from the rules (built once per rule set)."""
    return rules.memo(_build)


# ----------------------------------------------------------------------------- name words

def is_name_token(tok: str, rules: Rules) -> bool:
    """Whether a word can be part of a name: a mid initial, a particle ("van", "al-"), or a word
    that is no stop word ("Secretary-General", a compound of title words, is none).

    >>> is_name_token("Karimov", default_rules()), is_name_token("Ministry", default_rules())
    (True, False)
    """
    p = patterns(rules)
    if p.mid_initial_tok.fullmatch(tok) or p.particle_tok.fullmatch(tok):
        return True
    low = tok.strip(".").lower()
    stop = lexicon(rules).stop_tokens
    return low not in stop and not ("-" in low and all(w in stop for w in low.split("-")))


def name_at(toks: list[str], i: int, rules: Rules) -> bool:
    """Whether ``toks[i]`` can be part of a name; a month's abbreviation before a name is a
    given name ("Jan van Dijk"), since a month is followed by a number; a capitalised word after a
    particle is a name's ("bin Naif", "de Rose"), even one that is a word of the language.

    >>> name_at(["Ali", "bin", "Naif"], 2, default_rules()), name_at(["Naif"], 0, default_rules())
    (True, False)
    """
    if is_name_token(toks[i], rules):
        return True
    if i > 0 and toks[i][:1].isupper() and patterns(rules).particle_tok.fullmatch(toks[i - 1]):
        return True
    return toks[i].lower() in patterns(rules).month_abbr and i + 1 < len(toks) and is_name_token(toks[i + 1], rules)


def next_is_org_head(nxt: str, rules: Rules) -> bool:
    """Whether the words right after a candidate name continue into an organisation's head noun."""
    m = patterns(rules).next_head.match(nxt)
    return m is not None and m.group(2).lower() in lexicon(rules).org_heads


# ----------------------------------------------------------------------------- rank, honorific, title

def split_honorifics(prefix: str, rules: Rules) -> tuple[str | None, str | None, int]:
    """Rank and honorific at the end of ``prefix``, and where they start: the longest rank and
    the longest honorific of the chain (ties: the first in rule order).

    >>> split_honorifics("met with H.E. Ambassador ", default_rules())
    (None, 'Ambassador', 9)
    """
    lex = lexicon(rules)
    if not prefix.rstrip().endswith(lex.honorific_ends):
        return None, None, len(prefix)
    m = patterns(rules).hon_before.search(prefix)
    if not m:
        return None, None, len(prefix)
    rank = hon = None
    for w in patterns(rules).hon_words.findall(m.group(0)):
        kind = lex.honorific_kinds[w]
        if kind == "rank" and (rank is None or len(w) > len(rank)):
            rank = w
        elif kind == "honorific" and (hon is None or len(w) > len(hon)):
            hon = w
    return rank, hon, m.start()


def _and_title_before(prefix: str, rules: Rules) -> str | None:
    """A title with "and" in it right before a name ("Ambassador Extraordinary and
    Plenipotentiary of the Republic of Korea to Tajikistan "): the last such title wins."""
    m = patterns(rules).role_back_and.search(prefix)
    if not m:
        return None
    phrase = m.group(1).strip()
    titles = list(lexicon(rules).title_rx.finditer(phrase))
    hits = [t for t in titles if " and " in t.group(0)]
    if hits:
        return phrase[hits[-1].start():]
    # "Secretary of State for Middle East and North Africa, ", "Regional Director for Latin America
    # and the Caribbean, ": the "and" joins two capitalised words of the last title's complement
    if titles and re.search(rf"[{_U}][\w'’-]*\s+and\s+(?:the\s+)?[{_U}]", phrase[titles[-1].start():]):
        return phrase[titles[-1].start():]
    return None


def role_before(prefix: str, rules: Rules) -> str | None:
    """A job-title phrase that ends right before a name ("Deputy Minister of Foreign Affairs "),
    from its first title word, with a short capitalised qualifier ("CARICC Director", "Kazakh
    Foreign Minister") that is no month or weekday.

    >>> role_before("On 20 February Deputy Foreign Minister ", default_rules())
    'Deputy Foreign Minister'
    """
    m = patterns(rules).role_back.search(prefix)
    if not m:
        return None
    words = m.group(1).strip().split()
    while words and words[0].lower() in ("the", "and", "of", "with", "by", "on", "in"):
        words = words[1:]
    phrase = " ".join(words)
    t = lexicon(rules).title_rx.search(phrase)
    if not t:
        return _and_title_before(prefix, rules)
    keep = [w for w in phrase[:t.start()].split()[-2:] if w[0].isupper()]
    while keep and keep[0].strip(",").lower() in patterns(rules).calendar_words:
        keep = keep[1:]  # "On 20 February Deputy Foreign Minister ...": the date is no qualifier
    return " ".join([*keep, phrase[t.start():]]).strip(" ,") or None


def _role_before_comma(before: str, rules: Rules) -> tuple[str | None, str]:
    """A job title set off by a comma before a name ("Deputy Minister of Internal Affairs of
    Kazakhstan, Major General of Police Jan Doe"), unless that title is itself the apposition of
    an earlier name ("Colonel A. Doe, Head of Unit, Colonel B. Roe") or follows a date ("On May
    17, 2021, Director of the X, Colonel Y")."""
    m = patterns(rules).comma_before.search(before)
    if not m:
        return None, before
    cand_before = before[:m.start()] + " "
    role = role_before(cand_before, rules)
    if not role:
        return None, before
    at = cand_before.rfind(role)
    lead = cand_before[:at].rstrip()
    if at < 0 or lead.endswith(")") or lead.endswith(",") and re.search(rf"[{_U}][\w.'’-]*,$", lead):
        return None, before
    return role, cand_before


def _lower_title_before(before: str, rules: Rules) -> str | None:
    """A job title in lower case right before a name, as some outlets write them ("senator",
    "deputy minister of internal affairs", "interior minister")."""
    if not before.endswith(" "):
        return None
    lex = lexicon(rules)
    t = before.rstrip()
    m = lex.title_end_rx.search(t, max(0, len(t) - lex.longest_title))
    if m is None or not m.group(0)[:1].islower() or (m.start() and t[m.start() - 1] not in " ,(\n"):
        return None
    mod = patterns(rules).title_modifiers.search(t, 0, m.start())
    return t[mod.start() if mod else m.start():]


@dataclass(frozen=True, slots=True)
class _Before:
    """What stands before a name: the text (honorifics cut off), whether a rank or honorific was
    there, and the number of words of the name."""

    text: str
    titled: bool
    words: int


def title_right_before(b: _Before, rules: Rules) -> tuple[str | None, str]:
    """"Deputy Minister of Foreign Affairs Jan Doe", "External Affairs Minister (EAM) S Jaishankar"
    (the title's acronym in brackets between).

    >>> title_right_before(_Before("said External Affairs Minister (EAM) ", False, 1), default_rules())[0]
    'External Affairs Minister'
    """
    text = _ACRONYM_AFTER_TITLE.sub(" ", b.text)
    return (role_before(text, rules) if text.endswith(" ") or not text else None), b.text


_ACRONYM_AFTER_TITLE = re.compile(r"\s\([A-Z]{2,8}\)\s$")


def title_before_comma_rank(b: _Before, rules: Rules) -> tuple[str | None, str]:
    """"Deputy Minister of Internal Affairs, Major General of Police Jan Doe"."""
    return _role_before_comma(b.text, rules) if b.titled else (None, b.text)


def title_before_comma_name(b: _Before, rules: Rules) -> tuple[str | None, str]:
    """"the UNODC Regional Representative for Central Asia, Jane Doe" (a name of two words)."""
    if not b.titled and b.words >= 2 and b.text.endswith(", "):
        return _role_before_comma(b.text, rules)
    return None, b.text


def lower_title_before(b: _Before, rules: Rules) -> tuple[str | None, str]:
    """"senator Jan Doe", "interior minister Jan Doe"."""
    return _lower_title_before(b.text, rules), b.text


_MET_WITH = re.compile(r"\b(?:with|by|from)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$")
_COMPLEMENT_TAIL = re.compile(rf"(?:\s+(?:to|of|for|in|at|from)\s+(?:the\s+)?[{_U}][\w'’.-]*(?:\s+[{_U}][\w'’.-]*)*)+$")


def lower_title_before_comma(b: _Before, rules: Rules) -> tuple[str | None, str]:
    """A job title in lower case, with its complement, set off by a comma before a name of two
    words or more ("the US ambassador to Jordan, Jan Doe", "the ambassador of the United States
    to Jordan, Jan Doe").

    >>> lower_title_before_comma(_Before("met the US ambassador to Jordan, ", False, 2), default_rules())[0]
    'ambassador to Jordan'
    >>> lower_title_before_comma(_Before("along with his counterpart from Bulgaria, ", False, 2), default_rules())[0]
    'counterpart from Bulgaria'
    >>> lower_title_before_comma(_Before("met the delegates of Jordan, ", False, 2), default_rules())[0] is None
    True
    >>> lower_title_before_comma(_Before("After talks with the minister of Ruritania, ", False, 2), default_rules())[0] is None
    True
    """
    if b.titled or b.words < 2 or not b.text.endswith(", "):
        return None, b.text
    t = b.text[:-2]
    tail = _COMPLEMENT_TAIL.search(t)
    head = t[:tail.start()] if tail else t
    title = _lower_title_before(head + " ", rules)
    if title is None:
        return None, b.text
    if _MET_WITH.search(head, 0, len(head) - len(title)) and patterns(rules).intro_clause.search(t):
        return None, b.text  # "After a meeting with the minister of Ruritania, Jan Kowal flew ..."
    return title + (tail.group(0) if tail else ""), b.text


def plural_title_before(b: _Before, rules: Rules) -> tuple[str | None, str]:
    """A title in the plural before a list of names ("Presidents Jan Doe and Ana Lis", "Foreign
    Ministers Jan Doe, Ana Lis (X) and ...", "Deputy Ministers of Foreign Affairs Jan Doe and
    ...", "committee chairs A and B"): the title of each, in the singular (:func:`_plural_role`),
    from the nearest plural title before the name whose list holds only names
    (:func:`_names_only`); a plural word that is no title ("the Armed Forces A and B") is none.

    >>> plural_title_before(_Before("talks between Foreign Ministers ", False, 2), default_rules())[0]
    'Foreign Minister'
    >>> plural_title_before(_Before("Foreign Ministers Jan Doe and ", False, 2), default_rules())[0]
    'Foreign Minister'
    >>> plural_title_before(_Before("Ministers Jan van Doe (PVV), Ana Lis, ", False, 2), default_rules())[0]
    'Minister'
    >>> plural_title_before(_Before("led by Deputy Ministers of Foreign Affairs Jan Doe and ", False, 2), default_rules())[0]
    'Deputy Minister of Foreign Affairs'
    >>> plural_title_before(_Before("Presidents Jan Doe and Ana Lis met in Paris, and ", False, 2), default_rules())[0] is None
    True
    """
    p = patterns(rules)
    for head in reversed(list(_PLURAL_HEAD.finditer(b.text))):  # the nearest: "Ministers A and Senators B, "
        m = p.plural_title.match(b.text, head.start())
        if m is not None and _names_only(m, rules) and (role := _plural_role(m, b.text, rules)) is not None:
            return role, b.text[:m.end(1)] + " "
    return None, b.text


def _names_only(m: re.Match[str], rules: Rules) -> bool:
    """Whether the list a plural title opens holds names only: no title inside ("Presidents A B
    and C D, Prime Minister E F and "), and, after a word that titles a list and no office
    ("members"), a modifier in small letters before it ("committee members A"), three names at
    least or a party in brackets ("Members A (X) and "; not "Board Members Goldman Sachs and ").
    """
    items = m.group("items")
    if lexicon(rules).title_rx.search(re.sub(r"\([^()]*\)", " ", items)):  # a party "(SP)" is no title
        return False
    if patterns(rules).list_title.fullmatch(m.group(1) + "s"):
        modified = m.start() > 1 and m.string[:m.start()].rstrip().rsplit(" ", 1)[-1].islower()
        return modified or "(" in items or len(re.findall(r",\s|\sand\s", items)) >= 2
    return True


def _plural_role(m: re.Match[str], text: str, rules: Rules) -> str | None:
    """The singular title of a plural title match: a word that titles a list ("member"); a known
    title, capitalised or not, with a minister's portfolio after "of" kept ("Deputy Ministers of
    Foreign Affairs" -> "Deputy Minister of Foreign Affairs"; not "Chiefs of Police Sub-Committee")."""
    word, of = m.group(1), m.group("of") or ""
    if patterns(rules).list_title.fullmatch(word + "s"):
        return None if of else word
    if of and ministry_of_title(f"Minister{of}", rules) is None:
        return None
    single = text[:m.end(1)] + " "
    role = role_before(single, rules) if word[0].isupper() else _lower_title_before(single, rules)
    return role + of if role and role.endswith(word) and ends_with_title(single, rules) else None


_PLURAL_HEAD = re.compile(r"\b[A-Za-z][a-z]+s ")


TITLE_BEFORE: tuple[Callable[[_Before, Rules], tuple[str | None, str]], ...] = (
    title_right_before, title_before_comma_rank, title_before_comma_name, lower_title_before,
    lower_title_before_comma, plural_title_before,
)


def title_after(text: str, end: int, limit: int, rules: Rules) -> tuple[str | None, tuple[int, int] | None]:
    """A title in apposition after a name ("Jan Doe, Director of the Agency, said"); one that
    opens with a verb is the rest of the sentence (", received the delegation of ...")."""
    m = patterns(rules).appos.match(text, end, limit)
    if not m:
        return None, None
    phrase = m.group(1).strip()
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    if not lexicon(rules).title_rx.search(phrase) or len(phrase.split()) > 28:
        return None, None
    if patterns(rules).clause_start.match(phrase):
        return None, None
    s = m.start(1) + m.group(1).find(phrase)
    return phrase, (s, s + len(phrase))


# ----------------------------------------------------------------------------- candidates

@dataclass(frozen=True, slots=True)
class _Run:
    """A capitalised run read as a possible name: its match, initials before and after, its
    words, and the words kept as the name (``lead``/``trail`` dropped)."""

    m: re.Match[str]
    init: str | None
    toks: list[str]
    tinit: str | None
    lead: int
    trail: int

    @property
    def core(self) -> list[str]:
        return self.toks[self.lead:self.trail]


def candidate_runs(text: str, start: int, end: int, rules: Rules) -> list[re.Match[str]]:
    """Every capitalised run of the sentence that could hold a name (tried only at capitals)."""
    out, pos, rx = [], start, patterns(rules).name_seq
    while (m := search_at_capitals(rx, text, pos, end)) is not None:
        out.append(m)
        pos = m.end()
    return out


def _norm_name(init: str | None, toks: str, tinit: str | None) -> tuple[str, bool]:
    """Normalised name and whether it carries initials with their full stops (a bare "S" of "S
    Jaishankar" is a name's part but no mark of a person: "vitamin D Supplements")."""
    parts: list[str] = []
    if init:
        parts.append(re.sub(r"\s+", "", init) if "." in init else " ".join(init.split()))
    parts.append(" ".join(toks.split()))
    if tinit:
        parts.append(re.sub(r"\s+", "", tinit) + ("." if not tinit.endswith(".") else ""))
    return " ".join(parts), bool(init and "." in init or tinit)


def name_core(m: re.Match[str], text: str, rules: Rules) -> _Run | int | None:
    """The name words of a run: leading lexicon words ("Director Kovalenko") and an acronym
    before a rank ("Director General ANF Maj Gen Jon Doe") dropped, trailing non-name words and
    initials dropped. None when a non-name word stays inside or the run continues into a body's
    name; an offset to read on from when an initial closed a sentence inside the run ("Group B.
    The Director Ivan K. Doe")."""
    p = patterns(rules)
    if m.group("upfirst"):
        first, second = m.group("upfirst").split()[:2]
        if not is_name_token(first, rules) or not is_name_token(second, rules):
            return m.start() + len(first)  # an acronym before a title or a rank: read on
        init, toks, tinit = None, m.group("upfirst"), None
    elif m.group("up"):
        init, toks, tinit = m.group("init2"), m.group("up"), None
    else:
        init, toks, tinit = m.group("init"), m.group("toks"), m.group("tinit")
    tl = toks.split()
    end = next((i for i, t in enumerate(tl) if t[-2:] in ("'s", "’s") and len(t) > 3), None)
    if end == 0 and len(tl) > 1 and tl[0][:-2].lower() in lexicon(rules).country_tokens:
        # "Secretary of Iran's Drug Control Headquarters Eskandar Momeni": read on after the country's
        return text.index(tl[1], m.start() + len(tl[0]))
    if end is not None:  # "Novak's visit": a possessive ends the name and is no part of it
        tl, tinit = tl[:end] + [tl[end][:-2]], None
    if (past := past_country(tl, text, m.start(), rules)) is not None:
        return past
    lead = 0
    while lead < len(tl) and (not name_at(tl, lead, rules) or (
            lead and tl[lead].isupper() and lead + 1 < len(tl) and not name_at(tl, lead + 1, rules))
            or common_lead(tl, lead, p)):
        lead += 1
    trail = len(tl)
    while trail > lead and not name_at(tl, trail - 1, rules):
        trail -= 1
    while trail > lead and p.mid_initial_tok.fullmatch(tl[trail - 1]):  # "... Unit B. The" ends no name
        trail -= 1
    core = tl[lead:trail]
    if not core or any(not name_at(core, i, rules) for i in range(len(core))):
        bad = next((i for i in range(len(core)) if not name_at(core, i, rules)), None)
        if bad and any(p.mid_initial_tok.fullmatch(t) for t in core[:bad]):
            return text.index(core[bad], text.index(core[bad - 1], m.start()) + len(core[bad - 1]))
        return read_past_title(core, text, m, rules)
    if trail < len(tl) and tl[trail].lower().strip(".") in lexicon(rules).org_heads | lexicon(rules).country_tokens:
        return None
    if next_is_org_head(text[m.end():m.end() + 40], rules) and not (init or tinit):
        return None
    return _Run(m, init if not lead else None, tl, tinit if trail == len(tl) else None, lead, trail)


def past_country(tl: list[str], text: str, at: int, rules: Rules) -> int | None:
    """Where to read on when a run of name words opens on a country's name of two words or more
    and two words follow it ("High Commissioner to Sri Lanka Ashok K. Kantha", "Ambassador of
    Costa Rica Ana Lis Mora"): a country's words are no person's. None when the run does not.

    >>> t = "Ambassador of Costa Rica Ana Lis Mora"
    >>> t[past_country(t.split()[2:], t, 14, default_rules()):]
    ' Ana Lis Mora'
    """
    if len(tl) < 4 or tl[0].lower() not in (tokens := lexicon(rules).country_tokens) or tl[1].lower() not in tokens:
        return None
    from .countries import find_countries

    start = text.index(tl[0], at)
    c = next(iter(find_countries(text[start:start + 60], rules)), None)
    if c is None or c.start != 0 or " " not in c.surface or len(text[start + c.end:start + 60].split()) < 2:
        return None
    return start + c.end


def common_lead(tl: list[str], i: int, p: _Patterns) -> bool:
    """Whether ``tl[i]`` is a frequent English word (no first name, no frequent surname) with at
    least two words after it: the end of a title or a body's name before the name ("Minister of
    the Interior, Local Authorities and National Planning Brahim Merad").

    >>> common_lead(["Planning", "Brahim", "Merad"], 0, patterns(default_rules()))
    True
    """
    return len(tl) - i > 2 and tl[i].lower() in p.common


def read_past_title(core: list[str], text: str, m: re.Match[str], rules: Rules) -> int | None:
    """Where to read on when a run ends on a title and a name ("Government of National Unity
    Interior Minister Imad Trabelsi"): after its last word that is no name's, when two name
    words follow it; else None (no name in the run).

    >>> t = "with Union Interior Minister Jan Kowal during"
    >>> m = re.search("Union.*Kowal", t)
    >>> t[read_past_title(m.group().split(), t, m, default_rules()):]
    ' Jan Kowal during'
    """
    last = max((i for i in range(len(core)) if not name_at(core, i, rules)), default=None)
    if last is None or len(core) - last - 1 < 2:
        return None
    at = m.start()
    for w in core[:last + 1]:
        at = text.index(w, at) + len(w)
    return at


@dataclass(frozen=True, slots=True)
class _Name:
    """A candidate name's words and how it was introduced (a rank, an honorific or initials are
    a person's own marks), with the acronyms its document has defined."""

    core: list[str]
    marked: bool
    acronyms: frozenset[str]
    titled: bool = False


def _acronym_like(tok: str, name: _Name, rules: Rules) -> bool:
    """A word in capitals that is an acronym: known, defined by the document, or with too few
    vowels for a name ("NCB", "USCBP")."""
    if not (tok.isupper() and len(tok) > 1):
        return False
    letters = [c for c in tok if c.isalpha()]
    vowels = sum(c in "AEIOUY" for c in letters)
    return tok in patterns(rules).acronyms or tok in name.acronyms or vowels < 0.25 * len(letters)


def acronym_only(name: _Name, rules: Rules) -> bool:
    """"Executive Director AFRIPOL": a name of acronyms only is a body, no person."""
    return all(_acronym_like(t, name, rules) for t in name.core)


def common_words_only(name: _Name, rules: Rules) -> bool:
    """"Contact Persons ASEANAPOL", "Meeting XXXV", "Children's Village SOS": words of the
    language (and capitals) are no name, unless a rank, an honorific or initials mark a person."""
    if name.marked:
        return False
    common = patterns(rules).common
    words = [t for t in name.core if not t.isupper()]
    return bool(words) and all(t.lower().removesuffix("'s").removesuffix("’s") in common for t in words)


def place_name(name: _Name, rules: Rules) -> bool:
    """"Fort Lauderdale", "Lisbon NCB", "DCAF Geneva": a city or a country named (after words in
    capitals: a body's office there; "Sydney MUFAMADI" is a name) is no person, unless a rank, an honorific or initials mark
    one, or a title right before it names a town that is no capital ("President Hamid" met;
    Hamid is also a Turkish town)."""
    if name.marked:
        return False
    from .countries import country_code
    from .places import capital, lookup_city

    core = list(name.core)
    while len(core) > 1 and core[0].isupper() and len(core[0]) > 1:  # "DCAF Geneva": a body's office
        core.pop(0)
    words = " ".join(t for t in core if not _acronym_like(t, name, rules))
    if not words or country_code(words, rules) is not None:
        return bool(words)
    city = lookup_city(words, rules=rules)
    if city is None:
        return False
    seat = capital(city.country, rules)
    return not (name.titled and len(name.core) == 1 and (seat is None or seat.geonameid != city.geonameid))


def gathering_word_last(name: _Name, rules: Rules) -> bool:
    """"BIMSTEC Ministerial Meeting", "Regional Conference": a run that ends on a meeting word
    of ``triggers.jsonl`` names a gathering, never a person."""
    return name.core[-1].lower() in rules.memo(gathering_words)


def gathering_words(rules: Rules) -> frozenset[str]:
    """The one-word meeting words of ``triggers.jsonl`` ("meeting", "session", "summit", ...)."""
    from .facts import trigger_index  # facts reads people with this module

    return frozenset(w for w in trigger_index(rules)[1] if " " not in w)


NOT_A_NAME: tuple[Callable[[_Name, Rules], bool], ...] = (acronym_only, common_words_only, place_name,
                                                          gathering_word_last)


def meets(text: str, s: int, e: int, words: int, rules: Rules) -> bool:
    """Whether a run of ``words`` name words is the subject or the object of a meeting verb
    ("Luís Neves met with ...", "... received Maria Sousa") or leads a delegation ("a delegation
    led by Ana Lis"; not "attacks led by Boko Haram"): a signal, as a title is. A subject
    of three words or more at a sentence's start is not one: its first word may be a title
    the rules do not know ("Warden Jan Kowal met ...").

    >>> t = "Jan Kowal met with Ana Lis. Warden Jan Kowal met a team led by Ivo Ratavu. Raids led by Boko Haram."
    >>> [meets(t, a, b, n, default_rules()) for a, b, n in ((0, 9, 2), (19, 26, 2), (28, 44, 3), (63, 73, 2), (88, 98, 2))]
    [True, True, False, True, False]
    """
    p = patterns(rules)
    if p.meets_before.search(text, max(0, s - 20), s) is not None or p.led_before.search(text, max(0, s - 90), s):
        return True
    k = s - 1
    while k >= 0 and text[k] in " \t":  # the character before the run, spaces skipped
        k -= 1
    opening = k < 0 or text[k] in ".!?\n"
    return (words == 2 or not opening) and p.meets_after.match(text, e) is not None


def country_initials(init: str | None, rules: Rules) -> bool:
    """Initials that spell a country ("U.S.", "U.K."): no initials of a name.

    >>> country_initials("U.S. ", default_rules()), country_initials("K.T. ", default_rules())
    (True, False)
    """
    from .countries import country_code

    return init is not None and country_code("".join(init.split()), rules) is not None


def is_person(core: list[str], signal: bool, strong: bool, known: bool, *, honoured: bool = False) -> bool:
    """A name with a signal; one word alone needs a strong one (initials, a rank or honorific,
    a title right before it, a surname already introduced); no more than four words (particles
    such as "bin" not counted), six after a rank or an honorific (a royal's chain of names:
    "Sheikh Omar Ali Sabah Al-Salem Al-Sabah").

    >>> is_person(["Doe"], True, False, False), is_person(["Jan", "Doe"], True, False, False)
    (False, True)
    >>> five = ["Omar", "Ali", "Sabah", "Al-Salem", "Al-Sabah"]
    >>> is_person(five, True, True, False), is_person(five, True, True, False, honoured=True)
    (False, True)
    """
    if not signal or len(core) > (6 if honoured else 4):
        return False
    return len(core) > 1 or strong or known


def _person(run: _Run, text: str, start: int, end: int, known_surnames: frozenset[str], rules: Rules,
            acronyms: frozenset[str] = frozenset()) -> PersonMention | None:
    """The person of a run whose name words are known, with rank, honorific and title."""
    m, core, p = run.m, run.core, patterns(rules)
    s = m.start() if run.init and not run.lead else text.index(core[0], m.start("toks") if m.group("toks") else m.start())
    e = text.index(core[-1], s) + len(core[-1])
    if run.tinit:
        e = m.end()
    if text[e:e + 1] == "." and run.tinit:
        e += 1
    if country_initials(run.init, rules):
        return None  # "the U.S. Trade Representative": a country's abbreviation, no initials
    name, has_init = _norm_name(run.init, " ".join(core), run.tinit)
    has_init = has_init or any(p.mid_initial_tok.fullmatch(t) for t in core)
    # rank and honorific right before the name, even when the run began with them
    # ("Police Colonel Arman S. Doe": the run is "Police Colonel Arman")
    win0 = max(start, (m.start() if run.lead else s) - 160)
    prefix = text[win0:s]
    rank, hon, hstart = split_honorifics(prefix, rules)
    bare = bool(run.init and "." not in run.init)  # "Minister of State, V Muraleedharan": initials of a name's length
    b = _Before(prefix[:hstart] if (rank or hon) else prefix, bool(rank or hon), len(core) + bare)
    role_pre, before = None, b.text
    for strategy in TITLE_BEFORE:
        role_pre, before = strategy(_Before(before, b.titled, b.words), rules)
        if role_pre is not None:
            break
    role_post, role_span = title_after(text, e, end, rules)
    all_caps = any(t.isupper() and len(t) > 2 for t in core)
    signal = bool(rank or hon or has_init or role_pre or role_post or all_caps and len(core) > 1) \
        or core[-1] in known_surnames or meets(text, s, e, len(core), rules)
    strong = bool(has_init or rank or hon or bool(role_pre) and (bare or ends_with_title(before, rules)))
    if not is_person([t for t in core if not p.particle_tok.fullmatch(t)], signal, strong, core[0] in known_surnames,
                     honoured=bool(rank or hon)):
        return None
    candidate = _Name(core, bool(rank or hon or has_init), acronyms, titled=strong and bool(role_pre))
    if any(rejects(candidate, rules) for rejects in NOT_A_NAME):
        return None
    role = role_pre or role_post
    if role_pre:
        at = before.rfind(role_pre)
        role_span = (win0 + at, win0 + at + len(role_pre)) if at >= 0 else None
    full_start = win0 + hstart if (rank or hon) else s
    if p.namesake.search(text, max(start, full_start - 30), full_start):
        return None  # "the Academy named after Major General K.T. Doe": part of a name, not an actor
    return PersonMention(start=full_start, end=e, surface=text[full_start:e], name=name,
                         rank=rank, honorific=hon, role=role, role_span=role_span)


def find_persons(text: str, start: int, end: int, known_surnames: frozenset[str] = frozenset(),
                 rules: Rules | None = None, acronyms: frozenset[str] = frozenset()) -> list[PersonMention]:
    """People in ``text[start:end]`` (a sentence), found by structure (see the module docstring).

    ``known_surnames`` are the surnames the item introduced with a signal before: they make a
    bare surname a person; ``acronyms`` those the document defined so far: they are no name.
    """
    rules = rules or default_rules()
    out: list[PersonMention] = []
    pos, rx = start, patterns(rules).name_seq
    while (m := search_at_capitals(rx, text, pos, end)) is not None:
        pos = m.end()
        run = name_core(m, text, rules)
        if isinstance(run, int):
            pos = run
            continue
        if run is None:
            continue
        person = _person(run, text, start, end, known_surnames, rules, acronyms)
        if person is not None:
            out.append(person)
    return out
