"""Bodies in a sentence: known ones from the gazetteer, unseen ones by their shape.

:func:`find_orgs` runs these finders in order over a sentence:

1. :func:`known_bodies` — names, aliases and acronyms of ``rules/organizations.jsonl``;
2. :func:`shape_spans` — capitalised runs ("Drug Control Agency under the President of the
   Republic of Tajikistan"), split at "and" between two bodies and cut around the people found;
   each run then passes the :data:`SPAN_STEPS` in order, each of which trims it, keeps it, drops
   it or writes the body it names (a date or "in <Place>" ends a name, a job title before a body
   is cut off, "WCO Headquarters" is the WCO, a name without a head noun is no body, an embassy
   stands for its country, ...);
3. :func:`defined_acronyms` — "Long Name (ACR)" defines ACR for the rest of the document, and
   :func:`acronyms_used` finds those acronyms; :func:`acronym_after_title` reads "the DG ANF";
4. :func:`share_country` ("the A, the B and the C of <country>") and :func:`short_forms` ("the
   Agency", "the DCA" after the full name).

A new head noun goes into ``rules/org_heads.jsonl``; a new way of trimming or telling a body's
name becomes a step in :data:`SPAN_STEPS`, in its place.

>>> t = "He met the Drug Control Agency under the President of the Republic of Tajikistan and UNODC."
>>> [(o.name, o.country) for o in find_orgs(t, 0, len(t))]
[('Drug Control Agency under the President of the Republic of Tajikistan', 'TJ'), ('United Nations Office on Drugs and Crime', None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .countries import find_countries
from .lexicon import OrgEntry, Rules, alternation, default_rules
from .mentions import UPPER as _U
from .mentions import OrgMention, ends_with_title, finditer_at_capitals, lexicon, normalise_org, official_name
from .places import find_places
from .spans import SpanSet

__all__ = ["find_orgs", "org_index", "known_bodies", "shape_spans", "SPAN_STEPS", "defined_acronyms",
           "acronyms_used", "acronym_after_title", "share_country", "short_forms", "country_in_name",
           "comma_continued", "fields_only", "abroad_body"]

_CONN = r"(?:of|the|for|on|and|to|under|in|against|de|du|des)"
# a word of a body's name: capitalised, an acronym, or a capitalised word after an elided
# article ("d’Ivoire", "l'Intérieur")
_OTOK = rf"(?:(?:[dl]['’])?[{_U}][\w'’.-]*(?:/[\w-]+)?|[{_U}]{{2,}}(?:/[{_U}]+)?)"
_ACR = re.compile(r"(?<![\w(/-])([A-Z]{3,6})(?![\w)/-])")


@dataclass(frozen=True)
class _Patterns:
    shape: re.Pattern[str]
    and_join: re.Pattern[str]
    comma_ministry: re.Pattern[str]
    on_date: re.Pattern[str]
    lead_title: re.Pattern[str]
    glued_title: re.Pattern[str]
    lead_words: re.Pattern[str]
    sponsored: re.Pattern[str]
    collective_after: re.Pattern[str]
    unit_list_comma: re.Pattern[str]
    lower_topic: re.Pattern[str]
    document: re.Pattern[str]
    representation: re.Pattern[str]
    topic_heads: frozenset[str]
    country_of_lead: tuple[str, ...]
    hon_words: frozenset[str]
    piece_edge: re.Pattern[str]
    gathering_of: re.Pattern[str]
    gathering_end: re.Pattern[str]
    qualified: re.Pattern[str]
    gathering_and: re.Pattern[str]
    place_and: re.Pattern[str]
    tail: re.Pattern[str]
    acronym_after: re.Pattern[str]
    single_titles: frozenset[str]


def _build(rules: Rules) -> _Patterns:
    lex = lexicon(rules)
    topic_stop = r"(?!(?:was|were|is|are|has|have|had|will|would|{topic_stop_verb}|in|at|from|during|with|by|via|" \
                 r"for|on|to|under|as|which|who|that|the|a|an|this|its|their|and\s+the)\b)"
    titles = alternation([t for t in lex.titles if " of " not in t], space=r"[\s-]+")
    return _Patterns(
        # connectors between capitalised words; a bare "the" does not join two names ("the
        # headquarters of the Centre the Ambassador of ...")
        shape=re.compile(rf"{_OTOK}(?:\s+(?:(?!the\s){_CONN}\s+(?:{_CONN}\s+)*)?{_OTOK})*"),
        and_join=re.compile(r"\s+and\s+(?:of\s+)?(?:the\s+)?"),
        # "Ministry of Europe" before ", Integration and Foreign Affairs ...": a name that goes on
        comma_ministry=rules.rx(r"\b(?:{comma_ministry})\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$"),
        on_date=rules.rx(r"\s+(?:on|in|from|since|until|by)\s+(?:(?:{month}|{weekday})\b)"
                         # "... of China and Head of the National Office", "... and Alternate Representative
                         # of ...", "... in Kampala and the Head of the ...": a second title of the
                         # person, or another person's
                         r"|\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?:{title:exact})\s+of\b"),
        lead_title=re.compile(rf"(?:[{_U}][\w-]*\s+){{0,3}}?{titles}s?(?:\s+\([A-Z]{{2,10}}\))?\s+(?:of|to|for)\s+(?P<art>the\s+)?"),
        # "Additional Secretary Ministry of Foreign Affairs": a title of two words or more glued to
        # a ministry's name (one word may be the body's own: "Expert Group of ..."; an office keeps
        # its holder's title: "Prosecutor General Office of ...")
        glued_title=rules.rx(rf"(?:[{_U}][\w-]*\s+){{0,2}}?{titles}\s+(?=(?:{{glued_title_head}})\s+of\s)"),
        lead_words=rules.rx(r"^(?:{org_lead_word}\s+(?:of\s+)?)+(?:the\s+)?"),
        sponsored=rules.rx(r"[\w.-]+-{sponsor_participle}\b"),
        collective_after=rules.rx(r"\s+{acronym_collective}\b", re.I),
        unit_list_comma=rules.rx(r"(?<=\bof the )([A-Z][a-z]+),(?= (?:[A-Z][a-z]+ )+and (?:[A-Z][a-z]+ )*"
                                 r"{unit_head}\b)"),
        lower_topic=rules.rx(rf"\s+on\s+{topic_stop}[a-z][a-z-]*\b(?:\s+{topic_stop}[a-z][a-z-]*\b){{0,5}}"),
        document=rules.rx(r"{document_word}\b"),
        representation=rules.rx(r"(?:{representation})(?=\s|$)|{representation_prefix:exact}"),
        topic_heads=frozenset(rules.words("topic_head")),
        country_of_lead=tuple(rules.words("country_of_lead")),
        hon_words=frozenset(t.lower().strip(".") for w, _ in lex.honorifics for t in w.split()),
        piece_edge=re.compile(r"^(?:[\s,;]|and\b|of\b|the\b|for\b)+|(?:[\s,;]|\band|\bof|\bthe|\bfor)+$"),
        gathering_of=rules.rx(r"\b{gathering_noun}\s+of\s+(?:the\s+)?(?=[A-Z])"),
        # "Seventh Ministerial Council Meeting (in Baku)": a gathering, before its place is cut off
        gathering_end=rules.rx(r"\b{gathering_noun}s?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?$"),
        # "Institute for Advanced Training": a gathering word after "for", "of" qualifies a body
        qualified=rules.rx(r"\b(?:for|of|on|in)\s+(?:[\w-]+\s+){0,2}{gathering_noun}s?(?:\s+(?:in|at)\s+.*)?$"),
        gathering_and=rules.rx(r"^{gathering_noun}s?\s+and\s+(?:the\s+)?"),
        place_and=re.compile(r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+(?:the\s+)?(?=[A-Z])"),
        tail=rules.rx(r"(?:\s+{member_noun})+$|['’]s?$"),
        # "Global Maritime Crime Programme (GMCP)": a programme the text gives an acronym
        acronym_after=re.compile(r"\s*\([A-Z][A-Za-z]*[A-Z][A-Za-z]*\)"),
        single_titles=frozenset(t for t in lex.titles if " " not in t),
    )


def patterns(rules: Rules) -> _Patterns:
    """What this stage compiles from the rules (built once per rule set)."""
    return rules.memo(_build)


def org_index(rules: Rules | None = None) -> tuple[re.Pattern[str], dict[str, OrgEntry]]:
    """One regex over every known name, alias and acronym, and a key -> entry table."""
    return (rules or default_rules()).memo(_org_index)


def _variants(name: str, pairs: list[tuple[str, str]]) -> set[str]:
    """A name in every spelling of its words ("Centre" and "Center")."""
    out = {name}
    for a, b in pairs:
        for v in list(out):
            if a in v:
                out.add(v.replace(a, b))
            if b in v:
                out.add(v.replace(b, a))
    return out


def _org_index(rules: Rules) -> tuple[re.Pattern[str], dict[str, OrgEntry]]:
    table: dict[str, OrgEntry] = {}
    forms: set[str] = set()
    pairs = [(r["word"], r["as"]) for r in rules.group_rows("spelling_variant")]
    for e in rules.organizations:
        for f in (e.name, *e.aliases):
            for v in _variants(f, pairs):
                forms.add(v)
                table.setdefault(normalise_org(v), e)
        if e.acronym:
            forms.add(e.acronym)
            table.setdefault(e.acronym, e)
    return re.compile(rf"(?<![\w/-]){alternation(forms)}(?![\w/-])"), table


# ----------------------------------------------------------------------------- small helpers

def _is_head(word: str, rules: Rules) -> bool:
    return word.lower().strip(".,") in lexicon(rules).org_heads


def abroad_body(rules: Rules) -> re.Pattern[str]:
    """A body that sits abroad, in a country not its own ("Embassy", "Consulate", "Mission":
    cue group abroad_head); not one named for a purpose ("High Commission for Planning",
    "Office for Democratic Institutions").

    >>> rx = abroad_body(default_rules())
    >>> bool(rx.search("Embassy of Japan")), bool(rx.search("High Commission for Planning"))
    (True, False)
    """
    return rules.rx(r"\b{abroad_head}\b(?!\s+for\b)")


def country_in_name(phrase: str, rules: Rules | None = None) -> str | None:
    """The country a body's name ends with ("... of the Kyrgyz Republic" -> "KG").

    >>> country_in_name("Ministry of Internal Affairs of the Kyrgyz Republic")
    'KG'
    >>> country_in_name("Embassy of Japan in Tajikistan"), country_in_name("Embassy in Kenya")
    ('JP', None)
    """
    cms = find_countries(phrase, rules)
    if not cms:
        return None
    tail = cms[-1]
    if phrase[:tail.start].rstrip().endswith(("in", "in the")) and abroad_body(rules or default_rules()).search(phrase):
        # "Embassy of Japan in Tajikistan": Japan's; "the Embassy in Kenya": not Kenya's
        owner = [c for c in cms if phrase[:c.start].rstrip().endswith(("of", "of the")) or c.form == "demonym"]
        return owner[-1].code if owner else None
    if phrase[:tail.start].rstrip().endswith(("of", "of the", "in", "in the")) or tail.start == 0 \
            or tail.form == "demonym":
        return tail.code
    return None


def _head_prefix(name: str, rules: Rules) -> str | None:
    """The words of a body's name up to its first head noun, when more follows ("Drug Control
    Agency" of "Drug Control Agency under the President of ..."); None for one word."""
    words = name.split()
    heads = lexicon(rules).org_heads
    for i, w in enumerate(words):
        # the last head noun of the words before the first connector ("State Customs Committee")
        if w.lower() in heads and not (i + 1 < len(words) and words[i + 1].lower() in heads):
            if i == 0 or i + 1 >= len(words) or not all(x[:1].isupper() for x in words[:i + 1]):
                return None
            return " ".join(words[:i + 1]) if words[i + 1] in ("of", "under", "for", "to", "on") else None
    return None


def _last_lead_head(name: str, rules: Rules) -> str | None:
    """The head noun that names a body in short ("Academy" of "Customs Academy of the State
    Customs Committee", "Agency" of "Drug Control Agency under the President of ...")."""
    lead = re.split(r"\s+(?:of|under|for|to|on|in|against)\s+", name, maxsplit=1)[0]
    heads = [w for w in lead.split() if w.lower() in lexicon(rules).org_heads]
    return heads[-1] if heads else None


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", phrase) if w[:1].isupper())


def _remember(acronyms: dict[str, str], key: str, long: str) -> None:
    """Note a short form of ``long`` for the rest of the document; one used for two bodies is
    ambiguous and kept empty."""
    if acronyms.setdefault(key, long) != long:
        acronyms[key] = ""


@lru_cache(maxsize=256)
def _acronyms_re(defined: frozenset[str]) -> re.Pattern[str]:
    """The acronyms a document has defined so far, as whole words."""
    return re.compile(rf"(?<![\w(/-])({alternation(defined)})(?![\w)/-])")


# ----------------------------------------------------------------------------- the sentence

@dataclass
class _Finding:
    """The bodies of one sentence as they are found, with the spans they take."""

    text: str
    start: int
    end: int
    masked: str
    acronyms: dict[str, str]
    rules: Rules
    found: list[OrgMention] = field(default_factory=list)
    taken: SpanSet[None] = field(default_factory=SpanSet)

    def add(self, o: OrgMention) -> None:
        self.found.append(o)
        self.taken.add(o.start, o.end)

    def overlaps(self, s: int, e: int) -> bool:
        return self.taken.overlaps(s, e)


def mask(seg: str, rules: Rules) -> str:
    """The sentence with "(ACR)" blanked, so that "Long (ACR) of the Rest" reads as one name
    (offsets unchanged) — but a definition followed by "in <Place>" closes the name ("the Staff
    College (BSC) in Dushanbe" is the College, seated in Dushanbe) — and with the comma of "the
    Europe, West and Central Asia Section" blanked (a list inside a unit's name)."""
    masked = re.sub(r"\s\(([A-Z][A-Za-z]{1,10}(?:\s[A-Z]{2,6})?)\)(\s+in\s)?",
                    lambda m: " " * (len(m.group(0)) - len(m.group(2) or "")) if not m.group(2)
                    else " " * (len(m.group(0)) - len(m.group(2)) - 1) + ";" + m.group(2), seg)
    return patterns(rules).unit_list_comma.sub(lambda m: m.group(1) + " ", masked)


def known_bodies(f: _Finding) -> None:
    """The names, aliases and acronyms of known bodies ("UNODC", "the Commission on Narcotic
    Drugs"); not an acronym the document defined otherwise, nor "EU countries"."""
    rx, table = org_index(f.rules)
    collective = patterns(f.rules).collective_after
    for m in rx.finditer(f.masked):
        s, e = f.start + m.start(), f.start + m.end()
        key = m.group(0)
        entry = table.get(key) or table.get(normalise_org(key))
        if entry is None or key in f.acronyms and key not in table:
            continue
        if collective.match(f.text[e:e + 20]) and key == entry.acronym:
            continue
        f.add(OrgMention(s, e, f.text[s:e], entry.name, entry.acronym, entry.parent, entry.country, True))


def _head_before_connector(right: str, rules: Rules) -> bool:
    """Whether the words after an "and" reach an organisation's head noun before its first
    "of"/"under"/"for"/"in" ("the Drug Control National Information and Analytical Centre
    under ..."), or within six words when there is none."""
    words = right.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "under", "for", "in", "on", "to")), None)
    scope = words[:cut] if cut is not None else words[:6]
    return any(w.lower().strip(".,;") in lexicon(rules).org_heads for w in scope[:12])


def fields_only(run: str, heads: frozenset[str] | set[str], rules: Rules) -> bool:
    """Whether a run after a ministry's comma lists only its fields ("Integration and Foreign
    Affairs", then maybe "of Austria"): no head noun of a body, no acronym, no country
    ("Kazakhstan and Uzbekistan", "UNICEF and WHO" are the ministry's partners).

    >>> fields_only("Industry and Tourism", {"police"}, default_rules()), fields_only("UNICEF and WHO", set(), default_rules())
    (True, False)
    """
    listed = _OF_SPLIT.split(run, 1)[0]  # "... and Foreign Affairs of Austria": its own country may follow
    return not any(w.lower() in heads or (len(w) > 1 and w.isupper()) for w in listed.split()) \
        and not find_countries(listed, rules)


_OF_SPLIT = re.compile(r"\s+of\s+")


def comma_continued(masked: str, runs: list[tuple[int, int]], rules: Rules) -> list[tuple[int, int]]:
    """Capitalised runs, a ministry's name that goes on after a comma joined into one: "the
    Ministry of Europe, Integration and Foreign Affairs of Austria", "Ministry of Commerce,
    Industry and Tourism" (the run after the comma lists its fields, "X and Y", and names no
    body of its own: "the Ministry of Finance, Customs and Tax Police" are two; "Ministries of"
    lists several).

    >>> t = "the Ministry of Europe, Integration and Foreign Affairs of Austria and the Ministry of Finance, Customs and Tax Police"
    >>> [t[a:b] for a, b in comma_continued(t, [(4, 22), (24, 66), (75, 94), (96, 118)], default_rules())]
    ['Ministry of Europe, Integration and Foreign Affairs of Austria', 'Ministry of Finance', 'Customs and Tax Police']
    """
    heads, out = lexicon(rules).org_heads, list(runs[:1])
    for a, b in runs[1:]:
        pa, pb = out[-1]
        right = masked[a:b]
        if (masked[pb:a] == ", " and patterns(rules).comma_ministry.search(masked, pa, pb)
                and " and " in right and fields_only(right, heads, rules)):
            out[-1] = (pa, b)
        else:
            out.append((a, b))
    return out


def _shape_parts(masked: str, start: int, rules: Rules) -> list[tuple[int, int]]:
    """Capitalised runs, split at "and" between two organisations
    ("the Ministry of Internal Affairs and the Financial Monitoring Agency of ...")."""
    p = patterns(rules)
    out: list[tuple[int, int]] = []
    for a, b in comma_continued(masked, [m.span() for m in finditer_at_capitals(p.shape, masked)], rules):
        cuts = [a]
        # "the X Service of Ukraine and of the Border Guard of Poland": "and of" joins two bodies
        for k in p.and_join.finditer(masked[a:b]) if " and " in masked[a:b] else ():
            left = masked[cuts[-1]:a + k.start()]
            right = masked[a + k.end():b]
            # the left side is a body: a head noun in it, or an acronym alone ("GUNK and the Agency")
            body = any(w.lower() in lexicon(rules).org_heads for w in left.split()) or \
                re.fullmatch(rf"[{_U}]{{2,}}[\w]*", left.strip()) is not None
            if body and right[:1].isupper() and _head_before_connector(right, rules):
                out.append((start + cuts[-1], start + a + k.start()))
                cuts.append(a + k.end())
        out.append((start + cuts[-1], start + b))
    return out


def _without(text: str, parts: list[tuple[int, int]], cuts: Iterable[tuple[int, int]], rules: Rules
             ) -> list[tuple[int, int]]:
    """``parts`` with the spans ``cuts`` taken out, each piece trimmed of joining words."""
    taken: SpanSet[None] = SpanSet(cuts)
    if not len(taken):
        return parts
    edge = patterns(rules).piece_edge
    out: list[tuple[int, int]] = []
    for a, b in parts:
        pieces, pos = [], a
        for ca, cb, _ in taken.overlapping(a, b):
            if ca > pos:
                pieces.append((pos, ca))
            pos = max(pos, cb)
        if pos < b:
            pieces.append((pos, b))
        for x, y in pieces:
            lead = edge.match(text[x:y])
            x2 = x + (lead.end() if lead else 0)
            tail = edge.search(text[x2:y])
            y2 = x2 + tail.start() if tail else y
            if x2 < y2:
                out.append((x2, y2))
    return out


def shape_spans(f: _Finding, persons: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised runs that may name a body, cut around the people of the sentence (a
    name is never part of a body's name: "Director of CARICC Mr. Jon Doe and the Customs
    Service")."""
    return _without(f.text, _shape_parts(f.masked, f.start, f.rules), persons, f.rules)


# ----------------------------------------------------------------------------- one capitalised run

@dataclass
class _Span:
    """A capitalised run being read as a body's name: ``text[s0:e0]`` is ``phrase``."""

    s0: int
    e0: int
    phrase: str
    titled: bool = False
    toks: list[str] = field(default_factory=list)
    last_head: int = -1
    own: str = ""
    unit_of: OrgMention | None = None
    parent_of: OrgMention | None = None

    def cut_front(self, phrase: str) -> None:
        self.phrase, self.s0 = phrase, self.e0 - len(phrase)


# A step reads the span and returns True to stop (the span was dropped, or its body written).
Step = Callable[[_Span, _Finding], bool]


def trim_end(sp: _Span, f: _Finding) -> bool:
    """Trailing punctuation goes; a date ends the name ("at the Ministry on March 14"), and so
    does a second title of the person the body is named for ("Vice Minister of the General
    Administration of Customs of China and Head of the National Office ...")."""
    while sp.e0 > sp.s0 and f.text[sp.e0 - 1] in ".,":
        sp.e0 -= 1
    when = patterns(f.rules).on_date.search(f.text, sp.s0, sp.e0)
    if when is not None:
        sp.e0 = when.start()
    sp.phrase = f.text[sp.s0:sp.e0]
    return False


def two_ministries(sp: _Span, f: _Finding) -> bool:
    """"the Ministries of Foreign and Internal Affairs of X": two ministries of X."""
    mm = re.match(r"(?:the\s+)?Ministries of (\w+) and (\w+) Affairs of (.+)$", sp.phrase)
    if not mm:
        return False
    cc = find_countries(mm.group(3), f.rules)
    code = cc[0].code if cc else None
    off = official_name(code, f.rules) if code else None
    for w in (mm.group(1), mm.group(2)):
        f.found.append(OrgMention(sp.s0, sp.e0, sp.phrase, f"Ministry of {w} Affairs of {off or mm.group(3)}",
                                  None, None, code, False))
    f.taken.add(sp.s0, sp.e0)
    return True


def ministries_of_countries(sp: _Span, f: _Finding) -> bool:
    """"the Foreign Ministries of Ghana and India", "the Ministries of Foreign Affairs of X and
    Y": one ministry of each country, named as its singular would be.

    >>> [o.name for o in find_orgs("The Interior Ministries of Chile and Peru met.", 0, 46)]
    ['Interior Ministry of the Republic of Chile', 'Interior Ministry of the Republic of Peru']
    """
    at = sp.phrase.find("Ministries")
    if at < 0 or " and " not in sp.phrase[at:]:
        return False
    for of in re.finditer(r"\bof\s+", sp.phrase[at:]):
        tail = sp.phrase[at + of.end():]
        cc = find_countries(tail, f.rules)
        if len(cc) < 2:
            continue
        rest = "".join(tail[a:b] for a, b in zip([0, *(c.end for c in cc)], [*(c.start for c in cc), len(tail)]))
        if re.sub(r"\b(?:the|and)\b|[,\s]", "", rest):  # the tail is the countries and their joins only
            continue
        head = sp.phrase[:at] + "Ministry" + sp.phrase[at + len("Ministries"):at + of.end()]
        named = [[o for o in find_orgs(x, 0, len(x), rules=f.rules) if o.country == c.code]
                 for c in cc for x in [head + tail[c.start:c.end]]]
        if not all(named):
            return False
        for c, n in zip(cc, named):
            f.found.append(OrgMention(sp.s0, sp.e0, sp.phrase, n[0].name, None, n[0].parent, c.code, n[0].known))
        f.taken.add(sp.s0, sp.e0)
        return True
    return False


def has_head(sp: _Span, f: _Finding) -> bool:
    """A run with no head noun of bodies ("Ministry", "Agency", ...) names none."""
    return not any(_is_head(t, f.rules) for t in sp.phrase.split())


def strip_title(sp: _Span, f: _Finding) -> bool:
    """A leading job title goes: "Head of the Organized Crime Unit of CITCO" -> the Unit
    (plural too: "Lecturers of the Tashkent State University of Law"), and a bare unit after
    it ("Head of Department of the State Customs Service" -> the Service); so does a title
    glued to a body's name ("Additional Secretary Ministry of Foreign Affairs" -> the Ministry)."""
    rx = patterns(f.rules).lead_title
    while (mt := rx.match(sp.phrase)) is not None:
        sp.titled = True
        phrase = sp.phrase[mt.end():]
        if not mt.group("art"):
            mb = re.match(r"(\w+)\s+of\s+(?:the\s+)?", phrase)
            if mb and _is_head(mb.group(1), f.rules) and any(_is_head(t, f.rules) for t in phrase[mb.end():].split()):
                phrase = phrase[mb.end():]
        sp.cut_front(phrase)
    glued = patterns(f.rules).glued_title.match(sp.phrase)
    if glued is not None and len(glued.group(0).split()) >= 2:
        sp.titled = True
        sp.cut_front(sp.phrase[glued.end():])
    return False


def strip_lead_words(sp: _Span, f: _Finding) -> bool:
    """Leading words that are no part of a name go ("The", "On", "Delegations of", "Experts")."""
    sp.cut_front(patterns(f.rules).lead_words.sub("", sp.phrase))
    return False


def gathering_name(sp: _Span, f: _Finding) -> bool:
    """A gathering is an event, never a body: "Extraordinary Meeting of the Andean Council of
    Ministers" names the Council's gathering (the Council is the body); "Diplomatic Corps
    Briefing", "Police Chiefs' Dialogue" name events; "Conference and Customs Director General"
    starts with one."""
    p = patterns(f.rules)
    cut = None
    for m in p.gathering_of.finditer(sp.phrase):
        if not any(_is_head(w, f.rules) for w in sp.phrase[:m.start()].split()):
            cut = m.end()  # only qualifiers before the gathering ("24th Extraordinary Meeting of")
    if cut is not None:
        sp.cut_front(sp.phrase[cut:])
    if (g := p.gathering_and.match(sp.phrase)) is not None:
        sp.cut_front(sp.phrase[g.end():])
    return p.gathering_end.search(sp.phrase) is not None and not p.qualified.search(sp.phrase)


def strip_place_and(sp: _Span, f: _Finding) -> bool:
    """"Islamabad and the New York Police Department", "New Zealand and the Federal Police": a
    place before "and" is no part of it (a common word in it only when the place is all of it)."""
    m = patterns(f.rules).place_and.match(sp.phrase)
    if m is None or any(_is_head(w, f.rules) for w in m.group(1).split()):
        return False
    place = m.group(1)
    common = f.rules.memo(_common_words)
    whole = any(c.start == 0 and c.end == len(place) for c in find_countries(place, f.rules))
    if whole or not any(w.lower() in common for w in place.split()) and (
            find_countries(place, f.rules) or _is_city(place, f.rules)):
        sp.cut_front(sp.phrase[m.end():])
    return False


def _common_words(rules: Rules) -> frozenset[str]:
    return frozenset(rules.words("common_word"))


def _is_city(name: str, rules: Rules) -> bool:
    from .places import lookup_city

    return lookup_city(name, rules=rules) is not None


def strip_tail(sp: _Span, f: _Finding) -> bool:
    """"Committee Members’", "the Royal Police Force's": the people of a body and a possessive
    are no part of its name."""
    m = patterns(f.rules).tail.search(sp.phrase)
    if m is not None and m.start() > 0:
        sp.phrase = sp.phrase[:m.start()].rstrip()
        sp.e0 = sp.s0 + len(sp.phrase)
    return False


def strip_seat(sp: _Span, f: _Finding) -> bool:
    """"in <Place>" after a national body's country or after a bare head noun says where the
    body sits or the event took place ("the Institute of the Ministry of Internal Affairs of
    Russia in Domodedovo", "the Ministry in Astana"); an office named after its seat keeps it
    ("the OSCE Programme Office in Dushanbe")."""
    mi = re.search(r"\s+in\s+(?:the\s+)?(\S+(?:\s+\S+){0,3})$", sp.phrase)
    if mi and not any(_is_head(w, f.rules) for w in mi.group(1).split()):
        before_in = sp.phrase[:mi.start()]
        cb = find_countries(before_in, f.rules)
        if (cb and cb[-1].end == len(before_in)) or \
                (len(before_in.split()) == 1 and before_in.lower() in lexicon(f.rules).org_heads) or \
                _seat_of_unseated(before_in, mi.group(1), f.rules):
            sp.phrase = before_in
            sp.e0 = sp.s0 + len(before_in)
    return False


def _seat_of_unseated(before_in: str, place: str, rules: Rules) -> bool:
    """Whether "<before_in> in <place>" is a body and where it sits (or where the event is):
    the place is a known city or country, the word before "in" is no head that names an
    office by its seat (``seated`` in org_heads.jsonl: "Office", "Embassy", "Centre", ...), and
    what comes before "in" has a head of its own that makes a body alone (not a weak one:
    "the OSCE Project Co-ordinator in Uzbekistan" is an office named by its seat).

    >>> r = default_rules()
    >>> _seat_of_unseated("EU Law Enforcement Agency Europol", "The Hague", r)
    True
    >>> _seat_of_unseated("UNODC Programme Office", "Dushanbe", r)
    False
    """
    words = before_in.split()
    lex = lexicon(rules)
    if not words or words[-1].lower() in lex.seated_heads or not any(
            _is_head(w, rules) and w.lower() not in lex.weak_heads for w in words):
        return False
    return any(p.start == 0 and p.end == len(place) for p in find_places(place, rules=rules)) or \
        any(c.start == 0 and c.end == len(place) for c in find_countries(place, rules))


def sponsored_facility(sp: _Span, f: _Finding) -> bool:
    """"the UNODC-supported Model Customs Collectorate": a facility, not an actor."""
    return patterns(f.rules).sponsored.match(sp.phrase) is not None


def _acronym_facility(sp: _Span, f: _Finding) -> tuple[re.Match[str] | None, str | None]:
    """An acronym before a facility word ("WCO Headquarters"), and the long name the sentence
    defined it for, if any."""
    acr = re.match(r"([A-Z]{2,10})\s+(\S.*)$", sp.phrase)
    if not acr:
        return None, None
    defined = next((o.name for o in f.found if o.end <= sp.s0 and re.match(
        rf"\s*\({acr.group(1)}\)", f.text[o.end:o.end + 14])), None)
    return acr, defined


def acronym_premises(sp: _Span, f: _Finding) -> bool:
    """"at WCO Headquarters", "at ANF Headquarters": the body itself (an acronym this document
    does not spell out is resolved across the corpus)."""
    acr, defined = _acronym_facility(sp, f)
    if not acr or " of " in sp.phrase or acr.group(2) not in lexicon(f.rules).premises_heads:
        return False
    acr0 = acr.group(1)
    entry = org_index(f.rules)[1].get(acr0)
    if entry is not None:
        f.found[:] = [o for o in f.found if not (sp.s0 <= o.start and o.end <= sp.e0)]
        f.found.append(OrgMention(sp.s0, sp.e0, sp.phrase, entry.name, entry.acronym, entry.parent, entry.country, True))
    else:
        long = f.acronyms.get(acr0) or defined or acr0
        body = next((o for o in f.found if o.name == long), None)
        f.found.append(OrgMention(sp.s0, sp.e0, sp.phrase, long, acr0, body.parent if body else None,
                                  body.country if body else country_in_name(long, f.rules), False))
    f.taken.add(sp.s0, sp.e0)
    return True


def acronym_facility_venue(sp: _Span, f: _Finding) -> bool:
    """"at the CNPA Training Centre in Kabul": the defined body's premises, a venue."""
    acr, defined = _acronym_facility(sp, f)
    return bool(acr and (acr.group(1) in f.acronyms or defined) and acr.group(1) not in org_index(f.rules)[1]
                and " of " not in sp.phrase and re.search(r"\bat\s+(?:the\s+)?$", f.text[max(f.start, sp.s0 - 8):sp.s0]))


def _delegation_body(f: _Finding, at: int) -> OrgMention | None:
    """The body whose delegation the person titled at ``at`` leads: "a delegation of the X (ACR)
    headed by Colonel Y, Director of the ..." -> X."""
    before = [o for o in f.found if o.end <= at]
    if not before:
        return None
    body = max(before, key=lambda o: o.end)
    gap = f.text[body.end:at]
    if ";" in gap or not f.rules.rx(r"\b{led_by}\s+by\b").search(gap):
        return None
    return body


def title_body(sp: _Span, f: _Finding) -> bool:
    """After a job title, which body the title names: "Head of the Academy" is the one body of
    the document with that head noun; "Director General for International Affairs of the Drug
    Control Headquarters" is the Headquarters; a unit in a title stands for an international
    body ("Chief of the Regional Section for Asia of UNODC" -> UNODC), or, with no body after
    it, for the body whose delegation the person leads."""
    if not sp.titled:
        return False
    rules, phrase = f.rules, sp.phrase
    rx = org_index(rules)[0]
    mo = re.search(r"\s+(?:of|under)\s+(?:the\s+)?", phrase)
    lead_part = phrase[:mo.start()] if mo else phrase
    lead_heads = [w.lower().strip(".,") for w in lead_part.split() if _is_head(w, rules)]
    rest = phrase[mo.end():] if mo else ""
    rest_body = bool(rest) and (any(_is_head(w, rules) for w in rest.split())
                                or bool(rx.fullmatch(rest)) or rest in f.acronyms)
    if len(phrase.split()) == 1 and phrase.lower() in lexicon(rules).org_heads:
        long = f.acronyms.get("~the " + phrase.lower())
        if long is None:  # named in full earlier in this sentence
            same = {o.name for o in f.found if o.end <= sp.s0 and o.surface != o.acronym
                    and (_last_lead_head(o.name, rules) or "").lower() == phrase.lower()}
            long = same.pop() if len(same) == 1 else None
        if long:
            f.add(OrgMention(sp.s0, sp.e0, phrase, long, None, None, country_in_name(long, rules), False))
        return True
    if mo and not lead_heads and rest_body:
        sp.cut_front(rest)
    elif lead_heads and all(h in lexicon(rules).unit_heads for h in lead_heads):
        if rest_body:
            if rx.search(rest) and country_in_name(rest, rules) is None:
                sp.cut_front(rest)
        elif not mo:
            body = _delegation_body(f, sp.s0)
            if body is not None:
                f.add(replace(body, start=sp.s0, end=sp.e0, surface=phrase))
            return True
    return False


def city_suffix(sp: _Span, f: _Finding) -> bool:
    """"the Police Department of Almaty city": the lower-case "city" belongs to the name."""
    if re.search(r"\sof\s+(?:the\s+)?[A-Z][\w-]+$", sp.phrase) and re.match(r" city\b", f.text[sp.e0:sp.e0 + 6]) \
            and sp.e0 + 5 <= f.end:
        sp.e0 += 5
        sp.phrase = f.text[sp.s0:sp.e0]
    return False


def topic_suffix(sp: _Span, f: _Finding) -> bool:
    """"... Working Group on <lower-case words>": the topic belongs to the name."""
    p = patterns(f.rules)
    if sp.phrase.split()[-1] in p.topic_heads:
        mt = p.lower_topic.match(f.text, sp.e0, f.end)
        if mt:
            sp.e0 = mt.end()
            sp.phrase = f.text[sp.s0:sp.e0]
    return False


def name_shape(sp: _Span, f: _Finding) -> bool:
    """What the words must be: a head noun, no document's name ("Memorandum of Understanding on
    ..."), not ending in a job title."""
    sp.toks = toks = sp.phrase.split()
    if not toks or not any(_is_head(t, f.rules) for t in toks):
        return True
    if patterns(f.rules).document.match(sp.phrase):
        return True
    sp.last_head = max(i for i, t in enumerate(toks) if _is_head(t, f.rules))
    return toks[-1] in patterns(f.rules).single_titles and toks[-1].lower() not in lexicon(f.rules).org_heads


def known_inside(sp: _Span, f: _Finding) -> bool:
    """A run over a known body keeps only what it adds: "<unseen body> and <known body>" are two
    bodies; "Council of Commanders of ... of the <known>" names the known body as its parent;
    "<known> Middle East Office" is a unit of it; else the known body alone."""
    sp.own = sp.phrase
    s0, e0, text = sp.s0, sp.e0, f.text
    if not f.overlaps(s0, e0):
        return False
    inner = sorted((o for o in f.found if s0 <= o.start and o.end <= e0), key=lambda o: o.start)
    if not inner or any(not (s0 <= a and b <= e0) for a, b, _ in f.taken.overlapping(s0, e0)):
        return True
    first = inner[0]
    lead_txt, tail_txt = text[s0:first.start], text[first.end:e0]
    coord = re.search(r"\s+and\s+(?:the\s+)?$", lead_txt)
    if first.start > s0 and coord and any(t.lower() in lexicon(f.rules).org_heads for t in lead_txt.split()):
        sp.e0 = s0 + coord.start()
        sp.phrase = sp.own = text[s0:sp.e0]
        sp.toks = sp.phrase.split()
    elif first.start > s0 and re.search(r"\b(of|under)\b", lead_txt):
        sp.own = lead_txt
        if not tail_txt.strip(" ,.;") and re.search(r"\b(?:of|under)(?:\s+the)?\s*$", lead_txt):
            sp.parent_of = first
    elif first.start - s0 <= 4 and any(t.lower() in lexicon(f.rules).org_heads for t in tail_txt.split()) \
            and not re.match(r"\s+(?:of|and|to|for|in|on)\b", tail_txt):
        sp.own = tail_txt
        sp.unit_of = first
        f.found.remove(first)
        f.taken.remove(first.start, first.end)
    else:
        return True
    return False


def weak_head(sp: _Span, f: _Finding) -> bool:
    """A name whose only head nouns are weak ("Programme", "Forum", "Team") is no body, unless
    national ("Anti-Narcotics Force of the Islamic Republic of Pakistan") or given an acronym by
    the text ("Global Maritime Crime Programme (GMCP)")."""
    lex = lexicon(f.rules)
    heads = [t.lower().strip(".,") for t in sp.own.split() if _is_head(t, f.rules)]
    if not heads:
        return True
    if all(h in lex.weak_heads for h in heads) and not (
            all(h in lex.national_heads for h in heads) and country_in_name(sp.own, f.rules)
            and re.search(r"\sof\s", sp.own)) and not patterns(f.rules).acronym_after.match(f.text, sp.e0):
        return True
    return False


def lone_head(sp: _Span, f: _Finding) -> bool:
    """A head noun alone ("the Ministry") is no name."""
    return len(sp.toks) == 1 and sp.toks[0].lower() in lexicon(f.rules).org_heads


def representation(sp: _Span, f: _Finding) -> bool:
    """An embassy, consulate or permanent mission stands for its country (its name gives it)."""
    return patterns(f.rules).representation.match(sp.phrase) is not None


def _country_and_name(sp: _Span, f: _Finding) -> tuple[str | None, str] | None:
    """The body's country and canonical name: "... of Kazakhstan" -> "... of the Republic of
    Kazakhstan"; "Tajikistan's Drug Control Agency", "the Kyrgyz Interior Ministry" -> the body
    of that country under its full name. None: a one-word name of no country is no body."""
    phrase, rules = sp.phrase, f.rules
    country = None
    cms = find_countries(phrase, rules)
    if cms:
        tail = cms[-1]
        if phrase[:tail.start].rstrip().endswith(patterns(rules).country_of_lead) or tail.start == 0 \
                or tail.form == "demonym":
            country = tail.code
    if country is None and sp.last_head == len(sp.toks) - 1 and len(sp.toks) == 1:
        return None
    if country is not None and cms and cms[-1].end == len(phrase) and phrase[:cms[-1].start].rstrip().endswith(("of", "of the")):
        official = official_name(country, rules)
        if official:
            body = re.sub(r"\s+of(?:\s+the)?\s*$", "", phrase[:cms[-1].start].rstrip())
            return country, f"{body} of {official}"
    elif country is not None and cms and cms[0].start == 0 and (official := official_name(country, rules)):
        body = re.sub(r"^['’]s\s+", "", phrase[cms[0].end:].strip())
        return country, (f"{lexicon(rules).portfolios.get(body, body)} of {official}" if body[:1].isupper() else phrase)
    return country, phrase


def write_body(sp: _Span, f: _Finding) -> bool:
    """The body of the run: country, canonical name and parent ("X of the Y" has the known
    body Y, or the body named Y, as parent; a unit of a known body takes its country)."""
    got = _country_and_name(sp, f)
    if got is None:
        return True
    country, canon = got
    parent = sp.unit_of.name if sp.unit_of is not None else sp.parent_of.name if sp.parent_of is not None else None
    if sp.parent_of is not None:
        f.found.remove(sp.parent_of)
        f.taken.remove(sp.parent_of.start, sp.parent_of.end)
    pm = None if parent else re.search(r"\s(?:of|under)\s+(?:the\s+)?(.+)$", sp.phrase)
    if pm:
        rest = pm.group(1)
        if any(t.lower() in lexicon(f.rules).org_heads for t in rest.split()) \
                and not re.fullmatch(r"(?:the\s+)?President of .*", rest):
            known = org_index(f.rules)[1].get(normalise_org(rest))
            parent = known.name if known else rest
    if sp.unit_of is not None and country is None:
        country = sp.unit_of.country
    f.add(OrgMention(sp.s0, sp.e0, sp.phrase, canon, None, parent, country, False))
    return True


SPAN_STEPS: tuple[Step, ...] = (
    trim_end, two_ministries, has_head, strip_title, strip_lead_words, ministries_of_countries, gathering_name,
    strip_place_and, strip_tail, strip_seat, sponsored_facility,
    acronym_premises, acronym_facility_venue, title_body, city_suffix, topic_suffix, name_shape,
    known_inside, weak_head, lone_head, representation, write_body,
)


# ----------------------------------------------------------------------------- acronyms

def defined_acronyms(f: _Finding, seg: str) -> None:
    """"Long Name (ACR)": ACR names that body for the rest of the document, and the long form
    carries its acronym."""
    for m in re.finditer(r"\(([A-Z][A-Za-z]{1,10}(?:\s[A-Z]{2,6})?)\)", seg):
        p = f.start + m.start()
        owner = max((o for o in f.found if o.start < p <= o.end + 1 or o.start < p and o.end >= p - 1),
                    key=lambda o: o.end - o.start, default=None)
        if owner is not None:
            f.acronyms.setdefault(m.group(1), owner.name)
            if owner.acronym is None and f.acronyms[m.group(1)] == owner.name:
                f.found[f.found.index(owner)] = replace(owner, acronym=m.group(1))


def acronyms_used(f: _Finding, seg: str) -> None:
    """Acronyms the document defined earlier, where the sentence uses them."""
    defined = [a for a in f.acronyms if not a.startswith("~")]
    if not defined:
        return
    for m in _acronyms_re(frozenset(defined)).finditer(seg):
        s, e = f.start + m.start(), f.start + m.end()
        if f.taken.covers(s):
            continue
        long = f.acronyms[m.group(1)]
        base = next((o for o in f.found if o.name == long), None)
        f.add(OrgMention(s, e, m.group(1), long, m.group(1), base.parent if base else None,
                         base.country if base else country_in_name(long, f.rules), bool(base and base.known)))


def acronym_after_title(f: _Finding, seg: str) -> None:
    """"the DG ANF", "Director General ANF": an acronym right after a job title names its body."""
    table = org_index(f.rules)[1]
    stop = patterns(f.rules).hon_words
    for m in _ACR.finditer(seg):
        s, e = f.start + m.start(), f.start + m.end()
        acr0 = m.group(1)
        if f.taken.covers(s) or acr0 in table or not ends_with_title(f.text[f.start:s], f.rules):
            continue
        if f.acronyms.get(acr0, "").startswith("~") or acr0.lower() in stop:
            continue
        long = f.acronyms.get(acr0) or acr0
        f.add(OrgMention(s, e, acr0, long, acr0, None, country_in_name(long, f.rules), False))


def share_country(text: str, found: list[OrgMention], rules: Rules) -> list[OrgMention]:
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
            off = official_name(last.country, rules)
            name = f"{prev.name} of {off}" if off and not find_countries(prev.name, rules) else prev.name
            out[j] = OrgMention(prev.start, prev.end, prev.surface, name, prev.acronym, prev.parent,
                                last.country, False)
            j -= 1
    return out


def short_forms(f: _Finding, seg: str, found: list[OrgMention]) -> list[OrgMention]:
    """Short forms of a body named in full earlier in the document: its name up to the head noun
    ("the Drug Control Agency", after "the Drug Control Agency under the President of the Republic
    of Tajikistan") and that prefix's initials used bare ("the DCA"). They are kept in
    ``acronyms`` under keys starting with "~", apart from the acronyms the text defines."""
    acronyms, rules = f.acronyms, f.rules
    out: list[OrgMention] = []
    for o in found:
        long = acronyms.get("~" + normalise_org(o.name)) if not (o.known or o.country or o.acronym) else None
        if long and long != o.name:
            o = replace(o, name=long, country=country_in_name(long, rules), parent=None)
        out.append(o)
    for o in out:
        if o.surface != o.acronym and (o.country or o.known or len(o.name.split()) >= 3):
            head = _last_lead_head(o.name, rules)
            if head:
                _remember(acronyms, "~the " + head.lower(), o.name)
        pre = None if o.known else _head_prefix(o.name, rules)
        if pre and (o.country or len(pre.split()) >= 2):
            _remember(acronyms, "~" + normalise_org(pre), o.name)
            ini = _initials(pre)
            if 3 <= len(ini) <= 6:
                _remember(acronyms, "~" + ini, o.name)
    table = org_index(rules)[1]
    for m in _ACR.finditer(seg):
        acr = m.group(1)
        long = acronyms.get("~" + acr)
        s, e = f.start + m.start(), f.start + m.end()
        if not long or acr in acronyms or acr in table or f.taken.covers(s):
            continue
        out.append(OrgMention(s, e, acr, long, None, None, country_in_name(long, rules), False))
        f.taken.add(s, e)
    out.sort(key=lambda o: (o.start, -o.end))
    return out


def find_orgs(text: str, start: int, end: int, acronyms: dict[str, str] | None = None,
              persons: Iterable[tuple[int, int]] = (), rules: Rules | None = None) -> list[OrgMention]:
    """Organisations in ``text[start:end]``: known ones first, then unseen ones by shape (see the
    module docstring).

    ``acronyms`` maps acronyms defined earlier in the document ("Long Name (ACR)") to the long
    name; new definitions found here are added to it. ``persons`` are the spans of the people
    found in the same text.
    """
    rules = rules or default_rules()
    acronyms = {} if acronyms is None else acronyms
    seg = text[start:end]
    f = _Finding(text, start, end, mask(seg, rules), acronyms, rules)
    known_bodies(f)
    for s0, e0 in shape_spans(f, persons):
        sp = _Span(s0, e0, text[s0:e0])
        for step in SPAN_STEPS:
            if step(sp, f):
                break
    defined_acronyms(f, seg)
    acronyms_used(f, seg)
    acronym_after_title(f, seg)
    f.found.sort(key=lambda o: (o.start, -o.end))
    return short_forms(f, seg, share_country(text, f.found, rules))
