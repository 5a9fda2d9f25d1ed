"""The type of a meeting: which of the schema's event types a report is.

The types are :data:`~parleygraph.extract.records.MEETING_TYPES`; the words that suggest each
are ``rules/triggers.jsonl`` and the most specific wins, in the order of ``rules/types.jsonl``
(a "side event" before a "webinar" before a "seminar" ... before a plain "meeting").
:data:`TYPE_STRATEGIES` are tried in order; the first that names a type decides, else the
meeting is a "meeting".

A new meeting word goes into ``triggers.jsonl`` with its type; a new way of telling the type
from the context becomes a strategy here.

>>> from parleygraph.extract.facts import analyse_document
>>> from parleygraph.extract.records import Document
>>> f = analyse_document(Document(doc="x.txt", text="A regional workshop and a meeting were held in Almaty on 2 May 2023."))
>>> most_specific({"meeting", "workshop"}, default_rules())
'workshop'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .facts import Sentence, cue, trigger_index
from .lexicon import Rules, default_rules
from .records import MEETING_TYPES

__all__ = ["TypeQuery", "TYPE_STRATEGIES", "decide_type", "most_specific", "type_priority",
           "anchor_words", "range_words", "visit_after", "held_online"]


@dataclass(frozen=True, slots=True)
class TypeQuery:
    """What the type strategies read: the draft's anchor sentence, the next sentence of its scope
    (or None), the item's headline when the draft is its main report, and the meeting words of
    the range the draft was split from."""

    anchor: Sentence
    next_in_scope: Sentence | None
    headline: str | None
    range_types: tuple[str, ...]


@dataclass(frozen=True)
class _Patterns:
    during_visit: re.Pattern[str]
    margins_of: re.Pattern[str]
    council: re.Pattern[str]
    council_body: re.Pattern[str]
    ministers_numbered: re.Pattern[str]
    visits: re.Pattern[str]
    visitors_purpose: re.Pattern[str]
    priority: tuple[str, ...]


# a character of the clause, which ends at a full stop, a semicolon, ", and" or "and then"
_IN_CLAUSE = r"(?:(?!,\s+and\b|\band\s+then\b)[^.;])"


def _build(rules: Rules) -> _Patterns:
    return _Patterns(
        # "during his working visit": the visit frames another meeting
        during_visit=rules.rx(r"\bduring\s+(?:his|her|their|the|a|an)?\s*(?:\w+\s+){0,2}visit\b", re.I),
        # "on the margins of the workshop, ... met": the workshop is the setting
        margins_of=rules.rx(r"\b(?:on|at)\s+the\s+{margins}\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I),
        council=re.compile(r"\bCouncil\b"),
        council_body=cue(rules, "council_body"),
        # "the 39th meeting of the GCC ministers of interior", "Ministers ... held their 21st Meeting"
        ministers_numbered=rules.rx(
            r"\b\d+(?:st|nd|rd|th)\s+(?:\w+\s+){0,2}{session_noun}\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}ministers\b"
            r"|\bministers\b[^.;]{0,120}?\b\d+(?:st|nd|rd|th)\s+(?:\w+\s+){0,2}{session_noun}\b", re.I),
        visits=re.compile(r"\s*Visits?\b"),
        # "received heads of police who are in the country to witness the launch of the exercise"
        visitors_purpose=rules.rx(rf"\b{{visitors_purpose}}\b(?!\s+charge\b){_IN_CLAUSE}{{0,80}}?\b(?:to|for)\b{_IN_CLAUSE}*$"),
        priority=type_priority(rules),
    )


def type_priority(rules: Rules) -> tuple[str, ...]:
    """The event types, most specific first (``rules/types.jsonl``)."""
    return tuple(r["type"] for r in rules.rows["types.jsonl"])


def most_specific(types: Iterable[str], rules: Rules) -> str:
    """The most specific of ``types`` ("meeting" if none is).

    >>> most_specific(["visit", "conference"], default_rules())
    'conference'
    """
    found = set(types)
    return next((t for t in type_priority(rules) if t in found), "meeting")


def _sentence_types(s: Sentence, rules: Rules) -> list[str]:
    """The types of a sentence's meeting words, leaving out a visit that frames the meeting
    ("during his visit to X, ... met"), a gathering it took place beside ("on the margins of
    the workshop, ... met") and the reason the people met came ("received heads of police who
    are in the country to witness the launch of the exercise"); a council session in a sentence
    that names no Council is a meeting."""
    p = rules.memo(_build)
    frames = [m.span() for m in p.during_visit.finditer(s.text)]
    out = []
    for t in s.triggers:
        if t.type == "visit" and any(x <= t.start - s.start < y for x, y in frames):
            continue
        if p.margins_of.search(s.text, 0, t.start - s.start) or p.visitors_purpose.search(s.text, 0, t.start - s.start):
            continue
        out.append(t.type)
    return out


def _council_named(t: str, s: Sentence, rules: Rules) -> str:
    """A council session only where the sentence names a Council or a standing body in session
    (:func:`standing_body`)."""
    p = rules.memo(_build)
    return "meeting" if t == "council_session" and not (s.has(p.council) or s.has(p.council_body)) else t


def standing_body(q: TypeQuery, rules: Rules) -> str | None:
    """A meeting of a standing body of states or ministers in session: "The Ministerial Committee
    held an extraordinary meeting", "the 39th meeting of the GCC ministers of interior"."""
    p, a = rules.memo(_build), q.anchor
    return "council_session" if a.has(p.council_body) or a.has(p.ministers_numbered) else None


def anchor_words(q: TypeQuery, rules: Rules) -> str | None:
    """The most specific meeting word of the anchor (and, for an item's main report, of its
    headline, whose "visit" counts only where the anchor has no plain meeting word: "Minister
    visits Europol" over "... met the Director" is a meeting): "A regional workshop was held ..."."""
    found = _sentence_types(q.anchor, rules)
    if q.headline:
        rx, table = trigger_index(rules)
        for m in rx.finditer(q.headline):
            t = table.get(m.group(0).lower()) or table.get(" ".join(m.group(0).lower().replace("-", " ").split()))
            if t and t != "council_session" and not (t == "visit" and "meeting" in found):
                found.append(t)
    t = _council_named(most_specific(found, rules), q.anchor, rules)
    return None if t == "meeting" else t


def range_words(q: TypeQuery, rules: Rules) -> str | None:
    """A day split from a range takes the range's meeting words ("The webinar on 7 July ...")."""
    if not q.range_types:
        return None
    t = _council_named(most_specific(q.range_types, rules), q.anchor, rules)
    return None if t == "meeting" else t


def visit_after(q: TypeQuery, rules: Rules) -> str | None:
    """A main report followed by a sentence opening with "Visits" ("... met the Minister. Visits
    to the Academy and the Centre followed") is a visit."""
    nxt = q.next_in_scope
    if nxt is None or not rules.memo(_build).visits.match(nxt.text):
        return None
    return "visit" if "visit" in _sentence_types(nxt, rules) and most_specific(
        _sentence_types(nxt, rules), rules) == "visit" else None


TYPE_STRATEGIES: tuple[Callable[[TypeQuery, Rules], str | None], ...] = (
    anchor_words, range_words, visit_after, standing_body,
)


def decide_type(q: TypeQuery, rules: Rules | None = None) -> tuple[str, str]:
    """The type of a meeting and the strategy that decided it ("default": none did)."""
    rules = rules or default_rules()
    for strategy in TYPE_STRATEGIES:
        t = strategy(q, rules)
        if t is not None:
            return t, strategy.__name__
    return "meeting", "default"


def held_online(mtype: str, medium: str | None) -> str:
    """A plain meeting held online is a videoconference ("the 8th level meeting hosted virtually
    by Mauritius"); a webinar, a training or a conference held online keeps its type.

    >>> held_online("meeting", "online"), held_online("training", "online"), held_online("meeting", None)
    ('videoconference', 'training', 'meeting')
    """
    return "videoconference" if mtype == "meeting" and medium == "online" else mtype


def check_types(rules: Rules) -> None:
    """Every type named by the rules is one of the schema's, and ``types.jsonl`` lists each
    schema type once (a :class:`RuleDataError` otherwise)."""
    from .errors import RuleDataError

    listed = type_priority(rules)
    if sorted(listed) != sorted(MEETING_TYPES):
        raise RuleDataError(f"rules/types.jsonl: must list each of {', '.join(MEETING_TYPES)} once")
    for r in rules.rows["triggers.jsonl"]:
        if r["type"] not in MEETING_TYPES:
            raise RuleDataError(f"rules/triggers.jsonl: {r['word']!r} has unknown type {r['type']!r}")
