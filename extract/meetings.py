"""Meetings from a document: the stages in order, once.

``segment -> sentence facts -> drafts -> dates -> fields -> records``:

1. :func:`~parleygraph.extract.facts.analyse_document` splits the document into items and
   sentences and finds every mention of every sentence, once;
2. :func:`~parleygraph.extract.drafts.find_drafts` decides which sentences open a meeting and
   which sentences each one owns;
3. :func:`~parleygraph.extract.dating.date_drafts` dates them (passes over the whole document);
4. :func:`assemble` decides each meeting's fields: its type (:mod:`~parleygraph.extract.kinds`),
   host body, medium, participants (:mod:`~parleygraph.extract.participants`), venue and format
   (:mod:`~parleygraph.extract.venue`), and writes the record; with ``trace`` it notes which
   strategy decided each field.

Where a change goes: a date form into :mod:`~parleygraph.extract.dates` (grammar) and
``rules/calendar.jsonl``; a venue phrase into ``rules/cues.jsonl`` and a strategy of
:mod:`~parleygraph.extract.venue`; a title into ``rules/titles.jsonl``; an organisation shape
into :mod:`~parleygraph.extract.orgs` and ``rules/org_heads.jsonl``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from .dating import date_drafts
from .drafts import Draft, find_drafts
from .facts import DocumentFacts, ItemFacts, analyse_document
from .kinds import TypeQuery, decide_type, held_online
from .lexicon import Rules, default_rules
from .participants import ParticipantQuery, gather_participants, host_of_officials
from .persons import gathering_words
from .places import PlaceMention
from .records import Document, Item, Meeting, Place, merge_ref
from .venue import VenueQuery, decide_format, decide_host, decide_medium, decide_venue

__all__ = ["extract_document", "assemble"]


def extract_document(doc: Document, items: list[Item] | None = None, *, rules: Rules | None = None,
                     trace: bool = False) -> list[Meeting]:
    """All meetings reported in one document, numbered ``<doc-stem>#<n>`` in order.

    ``items`` are the document's news items when the caller has already split them
    (:func:`~parleygraph.extract.segment.split_items`); ``rules`` the rule set (the package's by
    default); ``trace`` keeps, on each meeting, the strategy that decided each field.

    >>> from parleygraph.extract.records import Document
    >>> d = Document(doc="x.txt", text="A meeting of experts was held in Almaty on 21 December 2023.")
    >>> [(m.type, m.start, m.city) for m in extract_document(d)]
    [('meeting', '2023-12-21', 'Almaty')]
    """
    rules = rules or default_rules()
    facts = analyse_document(doc, items, rules)
    drafts = date_drafts(facts.items, [find_drafts(it.sentences, rules, it.item.published) for it in facts.items], rules)
    stem = doc.doc.rsplit(".", 1)[0] if "#" not in doc.doc else doc.doc
    out: list[Meeting] = []
    for it, ds in zip(facts.items, drafts, strict=True):
        main: Meeting | None = None
        previous: Meeting | None = None
        for d in ds:
            m = assemble(facts, it, d, f"{stem}#{len(out) + 1}", main, rules, trace=trace, previous=previous)
            if d.primary and main is None:
                main = m
            out.append(m)
            previous = m
    return fold_restatements(out, stem, rules)


_ORDINAL = re.compile(r"\b(\d{1,3}(?:st|nd|rd|th))\s+([A-Z][\w-]*)((?:\s+(?:of|the|on|for|and|[A-Z][\w-]*)){0,8})")


@dataclass(frozen=True, slots=True)
class _Told:
    """What the restatement tests compare of a report, read once: the names of its persons and
    its numbered gatherings ("20th meeting" with the capitalised words of the name after it)."""

    persons: frozenset[str]
    gatherings: frozenset[tuple[str, frozenset[str]]]


def _told(m: Meeting, rules: Rules) -> _Told:
    words = rules.memo(gathering_words)
    found = ((f"{o} {w.lower()}", frozenset(x for x in rest.split() if x[:1].isupper()))
             for o, w, rest in _ORDINAL.findall(m.evidence) if w.lower() in words)
    return _Told(frozenset(p.name for p in m.persons), frozenset(found))


def same_persons(a: _Told, b: _Told) -> bool:
    """The persons of one report, two or more, all in the other (a photo's caption "A holds
    talks with B in Riyadh on Thursday." above "A received B ... in Riyadh on Thursday")."""
    small, big = sorted((a.persons, b.persons), key=len)
    return len(small) >= 2 and small <= big


def same_numbered_gathering(a: _Told, b: _Told) -> bool:
    """The same numbered gathering of the same name ("held the 20th Meeting of the Border Group"
    and "The 20th Meeting Osh-Naryn Border Group was conducted ..."; not the 1st meeting of
    another body)."""
    return any(o == p and (n == m or len(n & m) >= 2) for o, n in a.gatherings for p, m in b.gatherings)


RESTATEMENT_TESTS = (same_persons, same_numbered_gathering)
"""What makes a later report of a page the same gathering as an earlier one, tried in order."""


def restates(later: Meeting, earlier: Meeting, told: tuple[_Told, _Told] | None = None,
             rules: Rules | None = None) -> bool:
    """Whether a report in a later item of a page restates an earlier one: on the same day, of
    the same type, end and status, in no other city, country or format, and one of
    :data:`RESTATEMENT_TESTS` holds (``told``: what they tell, when the caller has read it).

    >>> a = Meeting(id="x#1", doc="x", item=0, evidence="The sides held the 20th Meeting of the Border Group.",
    ...             span=(0, 51), start="2022-09-13", city="Lima")
    >>> restates(replace(a, item=1, evidence="The 20th Meeting Osh-Naryn Border Group was held.", city=None), a)
    True
    >>> restates(replace(a, item=1, evidence="The 20th Meeting of the Joint Commission was held."), a)
    False
    """
    if later.item == earlier.item or not later.start or len(later.start) != 10:
        return False
    if (later.start, later.end, later.status, later.type) != (earlier.start, earlier.end, earlier.status, earlier.type):
        return False
    if any(x and y and x != y for x, y in ((later.city, earlier.city), (later.country, earlier.country),
                                           (later.format, earlier.format))):
        return False
    rules = rules or default_rules()
    t_later, t_earlier = told or (_told(later, rules), _told(earlier, rules))
    return any(test(t_later, t_earlier) for test in RESTATEMENT_TESTS)


def _folded(e: Meeting, m: Meeting) -> Meeting:
    """Report ``e`` with what ``m`` adds: the actors it lacks, the fields it left open."""
    persons = {p.name: p for p in e.persons}
    for p in m.persons:
        persons[p.name] = merge_ref(persons[p.name], p) if p.name in persons else p
    orgs = {o.name: o for o in e.organizations}
    for o in m.organizations:
        orgs[o.name] = merge_ref(orgs[o.name], o) if o.name in orgs else o
    return replace(e, persons=tuple(persons.values()), organizations=tuple(orgs.values()),
                   countries=tuple(dict.fromkeys(e.countries + m.countries)),
                   organizers=tuple(dict.fromkeys(e.organizers + m.organizers)),
                   chairs=tuple(dict.fromkeys(e.chairs + m.chairs)),
                   city=e.city or m.city, country=e.country or m.country,
                   place=e.place or m.place, format=e.format or m.format)


def fold_restatements(meetings: list[Meeting], stem: str, rules: Rules | None = None) -> list[Meeting]:
    """Each report that restates an earlier one of the page (:func:`restates`, against the
    earlier report as told, not as grown by earlier folds) folded into it (:func:`_folded`);
    the reports numbered again in order. Candidates are found by day and a shared person or
    numbered gathering, so a page of thousands of items compares only those.

    >>> from parleygraph.extract.records import PersonRef
    >>> a = Meeting(id="x#1", doc="x", item=0, evidence="Minister Ana Lis met Jan Kowal.", span=(0, 31),
    ...             start="2024-09-26", persons=(PersonRef("Ana Lis"), PersonRef("Jan Kowal")))
    >>> b = replace(a, id="x#2", item=1, persons=a.persons + (PersonRef("Omar Said"),))
    >>> [(m.id, len(m.persons)) for m in fold_restatements([a, b], "x")]
    [('x#1', 3)]
    """
    rules = rules or default_rules()
    out: list[Meeting] = []
    first: list[tuple[Meeting, _Told]] = []  # each kept report as told
    index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for m in meetings:
        t = _told(m, rules)
        keys = [(m.start or "", "p", n) for n in t.persons] + [(m.start or "", "g", g) for g, _ in t.gatherings]
        seen = sorted({k for key in keys for k in index.get(key, ())})
        at = next((k for k in seen if restates(m, first[k][0], (t, first[k][1]), rules)), None)
        if at is not None:
            out[at] = _folded(out[at], m)
            continue
        for key in keys:
            index[key].append(len(out))
        out.append(m)
        first.append((m, t))
    return [replace(m, id=f"{stem}#{k}") for k, m in enumerate(out, 1)]


def assemble(facts: DocumentFacts, it: ItemFacts, d: Draft, mid: str, main: Meeting | None, rules: Rules,
             *, trace: bool = False, previous: Meeting | None = None) -> Meeting:
    """One meeting record from a dated draft: type, host, medium, participants, venue, format.

    ``main`` is the item's main meeting when ``d`` is another (a meeting on its margins shares
    its place); ``previous`` the meeting the item reported just before.
    """
    text, item, sents = facts.text, it.item, it.sentences
    anchor = sents[d.anchor]
    scope = tuple(sents[i] for i in sorted(set(d.scope) | {d.anchor}))
    nxt = sents[d.anchor + 1] if d.primary and d.anchor + 1 < len(sents) and d.anchor + 1 in d.scope else None
    mtype, type_by = decide_type(TypeQuery(anchor, nxt, item.headline if d.primary else None, d.types), rules)
    fmt_text = " ".join(s.text for s in ([anchor] + (list(scope[:3]) if d.primary else []))) + " " + (
        (item.headline or "") if d.primary else "")
    q = VenueQuery(text, it, d, anchor, scope, fmt_text, mtype, facts.publisher, facts.home_body, main, previous)
    host, host_by = decide_host(q, rules)
    medium = decide_medium(q, rules)
    if (online := held_online(mtype, medium)) != mtype:
        mtype, type_by = online, "held_online"
    parts = gather_participants(ParticipantQuery(text, d, anchor, scope, host, facts.publisher, facts.home_body, main),
                                rules)
    q = replace(q, host=host, medium=medium, organizers=parts.organizers, orgs=parts.organizations,
                persons=parts.persons, _memo=q._memo)
    venue, venue_by = decide_venue(q, rules)
    city = venue if isinstance(venue, PlaceMention) else None
    countries = parts.countries
    hosts = host_of_officials(mtype, city, parts.persons, tuple(x.text for x in scope), rules)
    if hosts and hosts not in countries:
        countries += (hosts,)
    notes: tuple[tuple[str, str], ...] = ()
    if trace:
        notes = (("type", type_by), ("date", d.date_by or "none"), ("host", host_by or "none"),
                 ("medium", medium or "none"), ("venue", venue_by or "none"))
    return Meeting(
        id=mid, doc=facts.doc.doc, item=item.index, evidence=facts.doc.text[anchor.start:anchor.end], span=(anchor.start, anchor.end),
        type=mtype, start=d.dates[0] if d.dates else None, end=d.dates[1] if d.dates else None,
        date_inferred=d.inferred, format=decide_format(medium, venue),
        city=city.surface if city else None, country=city.country if city else None,
        place=Place(city.geonameid, city.city, city.latitude, city.longitude) if city else None,
        persons=parts.persons, organizations=parts.organizations, countries=countries,
        organizers=parts.organizers, chairs=parts.chairs, status=d.status,
        published=item.published, headline=item.headline, trace=notes,
    )
