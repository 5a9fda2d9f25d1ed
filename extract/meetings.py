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
from dataclasses import replace

from .dating import date_drafts
from .drafts import Draft, find_drafts
from .facts import DocumentFacts, ItemFacts, analyse_document
from .kinds import TypeQuery, decide_type, held_online
from .lexicon import Rules, default_rules
from .participants import ParticipantQuery, gather_participants
from .places import PlaceMention
from .records import Document, Item, Meeting, Place
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
    return fold_restatements(out, stem)


_ORDINAL_NAME = re.compile(r"\b\d{1,3}(?:st|nd|rd|th) [A-Z][a-z]+")


def restates(later: Meeting, earlier: Meeting) -> bool:
    """Whether a report in a later item of a page restates an earlier one: the same day (and
    no other city), and either the persons of one, two or more, all in the other (a photo's
    caption "A holds talks with B in Riyadh on Thursday." above the report "A received B ...
    in Riyadh on Thursday"), or the same numbered gathering ("held the 20th Meeting of the
    Group" and, under a subheading, "The 20th Meeting ... was conducted at ...").

    >>> a = Meeting(id="x#1", doc="x", item=0, evidence="The sides held the 20th Meeting of the Group.",
    ...             span=(0, 45), start="2022-09-13", city="Lima")
    >>> restates(replace(a, item=1, evidence="The 20th Meeting was held at the ministry.", city=None), a)
    True
    >>> restates(replace(a, item=1, evidence="The 21st Meeting was held at the ministry."), a)
    False
    """
    if later.item == earlier.item or later.status != earlier.status or not later.start or later.start != earlier.start:
        return False
    if later.city and earlier.city and later.city != earlier.city:
        return False
    small, big = sorted(({p.name for p in earlier.persons}, {p.name for p in later.persons}), key=len)
    if len(small) >= 2 and small <= big:
        return True
    named = {n.lower() for n in _ORDINAL_NAME.findall(earlier.evidence)}
    return any(n.lower() in named for n in _ORDINAL_NAME.findall(later.evidence))


def fold_restatements(meetings: list[Meeting], stem: str) -> list[Meeting]:
    """Each report that restates an earlier one of the page (:func:`restates`) folded into it:
    the earlier report keeps its sentence and fields, takes the actors it lacks and the fields
    it left open; the reports are numbered again in order."""
    from .records import merge_ref

    out: list[Meeting] = []
    for m in meetings:
        at = next((k for k, e in enumerate(out) if restates(m, e)), None)
        if at is None:
            out.append(m)
            continue
        e = out[at]
        persons = {p.name: p for p in e.persons}
        for p in m.persons:
            persons[p.name] = merge_ref(persons[p.name], p) if p.name in persons else p
        orgs = {o.name: o for o in e.organizations}
        for o in m.organizations:
            orgs[o.name] = merge_ref(orgs[o.name], o) if o.name in orgs else o
        out[at] = replace(e, persons=tuple(persons.values()), organizations=tuple(orgs.values()),
                          countries=tuple(dict.fromkeys(e.countries + m.countries)),
                          organizers=tuple(dict.fromkeys(e.organizers + m.organizers)),
                          chairs=tuple(dict.fromkeys(e.chairs + m.chairs)),
                          end=e.end or m.end, city=e.city or m.city, country=e.country or m.country,
                          place=e.place or m.place, format=e.format or m.format)
    return [replace(m, id=f"{stem}#{k}") for k, m in enumerate(out, 1)]


def assemble(facts: DocumentFacts, it: ItemFacts, d: Draft, mid: str, main: Meeting | None, rules: Rules,
             *, trace: bool = False, previous: Meeting | None = None) -> Meeting:
    """One meeting record from a dated draft: type, host, medium, participants, venue, format.

    ``main`` is the item's main meeting when ``d`` is another (a meeting on its margins shares
    its place); ``previous`` the meeting the item reported just before.
    """
    text, item, sents = facts.doc.text, it.item, it.sentences
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
    notes: tuple[tuple[str, str], ...] = ()
    if trace:
        notes = (("type", type_by), ("date", d.date_by or "none"), ("host", host_by or "none"),
                 ("medium", medium or "none"), ("venue", venue_by or "none"))
    return Meeting(
        id=mid, doc=facts.doc.doc, item=item.index, evidence=anchor.text, span=(anchor.start, anchor.end),
        type=mtype, start=d.dates[0] if d.dates else None, end=d.dates[1] if d.dates else None,
        date_inferred=d.inferred, format=decide_format(medium, venue),
        city=city.surface if city else None, country=city.country if city else None,
        place=Place(city.geonameid, city.city, city.latitude, city.longitude) if city else None,
        persons=parts.persons, organizations=parts.organizations, countries=parts.countries,
        organizers=parts.organizers, chairs=parts.chairs, status=d.status,
        published=item.published, headline=item.headline, trace=notes,
    )
