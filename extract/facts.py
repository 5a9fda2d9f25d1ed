"""Sentence facts: what each sentence of a document says, found in one pass.

``Document -> items (segment) -> sentences -> Sentence facts`` — every mention of a sentence
(people, bodies, countries, cities, dates, meeting words) is found once, here, and carried as a
frozen :class:`Sentence`; the later stages (drafts, dates, type, venue, participants) read these
facts and never the raw text again for what a fact already says. A pattern a stage tests on a
whole sentence (a cue group, a relative day) goes through :meth:`Sentence.search`, which runs
each pattern at most once per sentence.

>>> from parleygraph.extract.records import Document
>>> f = analyse_document(Document(doc="x.txt", text="Experts met in Almaty on 21 May 2023."))
>>> s = f.items[0].sentences[0]
>>> [t.type for t in s.triggers], [p.surface for p in s.places], s.dates[0].first
(['meeting'], ['Almaty'], '2023-05-21')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .countries import CountryMention, find_countries
from .dates import DateMention, find_dates, parse_dateline
from .lexicon import Rules, default_rules
from .mentions import OrgMention, PersonMention, lexicon
from .orgs import find_orgs
from .persons import find_persons
from .places import PlaceMention, find_places, lookup_city, namesake_capital
from .records import Document, Item
from .segment import is_caption, photo_credit_at, split_items, split_sentences, title_again, unwrap_lines
from .spans import SpanSet

__all__ = ["Trigger", "Sentence", "ItemFacts", "DocumentFacts", "analyse_document", "trigger_index",
           "cue"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A meeting word of a sentence and the event type it suggests (offsets into the document)."""

    start: int
    end: int
    type: str


@dataclass(frozen=True, eq=False)
class Sentence:
    """The facts of one sentence; offsets are into the document's text.

    ``operation`` says the sentence reports a police operation or seizure. :meth:`search`
    answers a pattern over the sentence's text, once.
    """

    start: int
    end: int
    text: str
    dates: tuple[DateMention, ...]
    triggers: tuple[Trigger, ...]
    persons: tuple[PersonMention, ...]
    orgs: tuple[OrgMention, ...]
    countries: tuple[CountryMention, ...]
    places: tuple[PlaceMention, ...]
    operation: bool
    _found: dict[Any, Any] = field(default_factory=dict, repr=False)

    def search(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of ``rx`` in the sentence (computed once per pattern)."""
        if rx in self._found:
            return self._found[rx]
        m = self._found[rx] = rx.search(self.text)
        return m

    def memo(self, key: Any, build: Callable[[Sentence], Any]) -> Any:
        """``build(self)``, computed once per sentence and ``key``."""
        if key not in self._found:
            self._found[key] = build(self)
        return self._found[key]

    def starts(self, kind: str) -> list[int]:
        """The start offsets of the sentence's ``kind`` ("persons", "orgs", "countries"), in
        order (the mentions are sorted by start), for bisection."""
        key = ("starts", kind)
        if key not in self._found:
            self._found[key] = [x.start for x in getattr(self, kind)]
        return self._found[key]

    def spans(self, kind: str) -> SpanSet[None]:
        """The spans of the sentence's ``kind`` ("persons", "orgs" or "roles", the titles of
        its persons) as a :class:`SpanSet`.

        >>> from parleygraph.extract.records import Document
        >>> t = "Jon Doe, Director of the Drug Control Agency, met experts in Almaty on 2 May 2023."
        >>> s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
        >>> s.spans("roles").covers(t.index("Agency")), s.spans("persons").covers(t.index("Almaty"))
        (True, False)
        """
        key = ("spans", kind)
        if key not in self._found:
            if kind == "roles":
                pairs = [p.role_span for p in self.persons if p.role_span]
            else:
                pairs = [(x.start, x.end) for x in getattr(self, kind)]
            self._found[key] = SpanSet(pairs)
        return self._found[key]

    def has(self, rx: re.Pattern[str]) -> bool:
        """Whether ``rx`` matches somewhere in the sentence."""
        return self.search(rx) is not None

    @property
    def types(self) -> frozenset[str]:
        """The event types the sentence's meeting words suggest."""
        return frozenset(t.type for t in self.triggers)

    @property
    def has_actor(self) -> bool:
        """Whether the sentence names a city, a person, a body or a country."""
        return bool(self.places or self.persons or self.orgs or self.countries)


@dataclass(frozen=True, eq=False)
class ItemFacts:
    """One news item with its sentences, and the places its dateline and headline name."""

    item: Item
    sentences: tuple[Sentence, ...]
    dateline_city: PlaceMention | None
    headline_places: tuple[PlaceMention, ...]
    headline_orgs: tuple[OrgMention, ...]


@dataclass(frozen=True, eq=False)
class DocumentFacts:
    """A document's items and sentences, and the bodies the page belongs to.

    ``publisher`` is the international body the page names most often ("the Centre"),
    ``home_body`` the body of the page's masthead (see :func:`home_body`). ``text`` is the
    text the sentences were read in: the document's, with the line breaks that wrap a sentence
    made spaces (:func:`~parleygraph.extract.segment.unwrap_lines`; every offset the same).
    """

    doc: Document
    items: tuple[ItemFacts, ...]
    publisher: OrgMention | None
    home_body: OrgMention | None
    text: str


def cue(rules: Rules, group: str) -> re.Pattern[str]:
    """The phrases of cue group ``group`` as whole words, any case.

    >>> bool(cue(default_rules(), "planned").search("The sides WILL HOLD talks"))
    True
    """
    return rules.rx(r"\b{" + group + r":exact}\b", re.I)


def trigger_index(rules: Rules) -> tuple[re.Pattern[str], dict[str, str]]:
    """The meeting words of ``triggers.jsonl`` as one pattern, and word -> event type."""
    return rules.memo(_trigger_index)


def _trigger_index(rules: Rules) -> tuple[re.Pattern[str], dict[str, str]]:
    from .lexicon import alternation

    table = {r["word"]: r["type"] for r in rules.rows["triggers.jsonl"]}
    words = alternation(table, ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b{words}\b", re.I), table


@dataclass(frozen=True)
class _Patterns:
    setting_up: re.Pattern[str]
    in_the_course_of: re.Pattern[str]
    states_of: re.Pattern[str]
    capital: re.Pattern[str]
    reception_verb: re.Pattern[str]
    call_on: re.Pattern[str]
    reception_object: re.Pattern[str]
    operation: re.Pattern[str]
    publisher_head: re.Pattern[str]
    digit: re.Pattern[str]
    office_of: re.Pattern[str]
    mandate: re.Pattern[str]
    field_activity: re.Pattern[str]
    field_after: re.Pattern[str]
    field_before: re.Pattern[str]
    talked_with: re.Pattern[str]
    signing: re.Pattern[str]
    signers_gap: re.Pattern[str]
    between: re.Pattern[str]
    reported_before: re.Pattern[str]
    in_writing: re.Pattern[str]


def _patterns(rules: Rules) -> _Patterns:
    return _Patterns(
        # "agreed to create a joint working group": a body set up, not a gathering
        setting_up=rules.rx(r"\b{setting_up}\s+(?:a|an|the)?\s*(?:{new_body}\s+)?(?:[\w-]+\s+){0,2}$", re.I),
        # "in the course of the operation": while, not a training course
        in_the_course_of=re.compile(r"\b(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+course\s+of\b"),
        # "the Gulf Cooperation Council (GCC) states": the body as its member states, no session
        states_of=rules.rx(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:{member_states:exact})\b"),
        capital=re.compile(r"[A-Z]"),
        reception_verb=cue(rules, "reception_verb"), call_on=cue(rules, "call_on"),
        reception_object=cue(rules, "reception_object"),
        operation=cue(rules, "operation"),
        publisher_head=rules.rx(r"\b{publisher_head}\b"),
        digit=re.compile(r"\d"),
        # "who also serves as President of the AFRIPOL General Assembly": an office, not a meeting
        office_of=rules.rx(r"\b{title:cap}\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$"),
        # "As mandated by the Luanda Summit of August 21, 2019," (a comma before a year goes on)
        mandate=rules.rx(r"(?:{mandate:exact})\b[^,;]{0,200}?(?:(?<=\d),\s*\d{4}\b[^,;]{0,200}?)*,"),
        # "in the technical and training security fields", "in the areas of research and training"
        field_activity=rules.rx(r"(?:{field_activity})", re.I),
        # an adjective at most between ("training security fields"), never a preposition or a verb
        field_after=rules.rx(r"\s+(?:(?!(?:on|in|at|of|for|to|with|by|from|and|or|the|a|an)\s)[a-z][\w-]*\s+)?"
                             r"{field_of_work}\b|\s+{facility_after}\b"),
        # the list the field word opens, the meeting word one of its items ("areas of research and training")
        field_before=rules.rx(r"\b{field_of_work}\s+(?:{field_list})\s+(?:[\w-]+(?:\s+[\w-]+){0,2}(?:\s*,\s*|\s+and\s+)){0,4}$"),
        # "discussed on Thursday, with the US ambassador": talks, where no meeting word is
        talked_with=rules.rx(r"\b{talked_with}\b[^.;]{0,60}?\bwith\s+(?:the\s+)?"),
        signing=rules.rx(r"\b{signing_verb}\b"),
        # between the signers and "signed": nothing, an apposition in commas, "have", an adverb
        signers_gap=re.compile(r"\s*(?:,[^,;.]{0,80},|,)?\s*(?:(?:have|has)\s+)?(?:\w+ly\s+)?"),
        between=re.compile(r"\s+between\s"),
        # "... said on Wednesday that the treaty signed ...", "told X that Y had signed": reported speech
        reported_before=rules.rx(r"\b(?:{reporting_verb}|{reported_speech})\b"),
        in_writing=rules.rx(r"\b{in_writing}\b"),
    )


def _triggers(text: str, s: int, e: int, rules: Rules, persons: tuple[PersonMention, ...] = ()) -> tuple[Trigger, ...]:
    """The meeting words of sentence ``text[s:e]`` with their event types (not those of a
    person's title); with none, a reception or a call on someone ("received at the headquarters
    a delegation of ...", "called on Prime Minister Jon Doe", "discussed on Thursday with the
    ambassador, Jon Doe, ...",
    "welcomed Jan Doe, the National Police Commissioner, to the headquarters", "was received by
    the Secretary of the Security Council, Jon Doe") is a meeting."""
    sent = text[s:e]
    p = rules.memo(_patterns)
    rx, table = trigger_index(rules)
    titles: SpanSet[None] = SpanSet(q.role_span for q in persons if q.role_span)
    out = []
    for m in rx.finditer(sent):
        w = " ".join(m.group(0).lower().replace("-", " ").split())
        typ = table.get(m.group(0).lower()) or table.get(w) or "meeting"
        if typ == "council_session" and not p.capital.search(m.group(0)[0]) and w == "council":
            typ = "meeting"  # a council of lower case is any meeting
        if p.setting_up.search(sent, 0, m.start()):
            continue
        if p.in_the_course_of.search(sent, max(0, m.start() - 12), m.end() + 3):
            continue
        if field_of_work(sent, m.start(), m.end(), p):
            continue
        if typ == "council_session" and p.states_of.match(sent, m.end()):
            continue
        if titles.covers(s + m.start()) or m.group(0)[:1].isupper() and p.office_of.search(
                sent, max(0, m.start() - 80), m.start()):
            continue  # "Kanja, President of the General Assembly": an office
        out.append(Trigger(s + m.start(), s + m.end(), typ))
    if not out:
        out.extend(signing(text, s, e, persons, p))
    if not out:
        talks = () if p.in_writing.search(sent) else p.talked_with.finditer(sent)
        for m in (*p.reception_verb.finditer(sent), *p.call_on.finditer(sent), *talks):
            if p.reception_object.search(sent, m.end(), m.end() + 60) or any(
                    0 <= q.start - (s + m.end()) <= 4 or q.role_span and 0 <= q.role_span[0] - (s + m.end()) <= 8
                    for q in persons):
                out.append(Trigger(s + m.start(), s + m.end(), "meeting"))
                break
    return tuple(out)


def signing(text: str, s: int, e: int, persons: tuple[PersonMention, ...], p: _Patterns) -> list[Trigger]:
    """A signing in sentence ``text[s:e]``, which has no meeting word, when its signers are
    named: two people right before the verb, its subject (an apposition in commas, "have" or an
    adverb between), with no reported speech ("Jan Doe and Ana Lis signed in Osh the protocol"),
    or one named right after "signed between" ("was signed between Commissioner Jan Doe and the
    Chief of ..."). An agreement "signed by" people, "the agreement signed in Osh" after the
    people who welcomed it, a signing someone reports, or one with nobody named is a document.

    >>> from parleygraph.extract.facts import analyse_document
    >>> trig = lambda t: [x.type for x in analyse_document(Document(doc="x", text=t)).items[0].sentences[0].triggers]
    >>> trig("The Director of Police, Jan Kowal and the Director of Customs, Ali Said, signed the protocol.")
    ['meeting']
    >>> trig("Ruritania and Osteria signed the protocol in 2019.")
    []
    >>> trig("President Jan Kowal and Prime Minister Ali Said said on Wednesday that the treaty signed in 2019 holds.")
    []
    >>> trig("An accord signed between the two countries in 2019 was praised by President Jan Kowal in Osh.")
    []
    >>> trig("President Jan Kowal and Prime Minister Ali Said welcomed the agreement signed in Osh.")
    []
    """
    for m in p.signing.finditer(text, s, e):
        subjects = [q for q in persons if q.end <= m.start()]
        if len(subjects) >= 2 and p.signers_gap.fullmatch(text, subjects[-1].end, m.start()) \
                and not p.reported_before.search(text, subjects[0].start, m.start()):
            return [Trigger(m.start(), m.end(), "meeting")]
        b = p.between.match(text, m.end(), e)
        if b is not None and any(b.end() <= q.start <= b.end() + 40 for q in persons):
            return [Trigger(m.start(), m.end(), "meeting")]
    return []


def field_of_work(sent: str, start: int, end: int, p: _Patterns) -> bool:
    """Whether the meeting word ``sent[start:end]`` names a field of cooperation, not a
    gathering: a field, area or sector word right after it or its list before it ("cooperation
    in the technical and training security fields", "in the areas of research and training"),
    or a place or thing of that activity right after it ("a new training centre in Warsaw").

    >>> p = _patterns(default_rules())
    >>> s = "They praised cooperation in the technical and training security fields."
    >>> field_of_work(s, s.index("training"), s.index("training") + 8, p)
    True
    >>> s = "A training for customs officers was held in the field office."
    >>> field_of_work(s, 2, 10, p)
    False
    >>> s = "Frontex plans to open a new training centre in Warsaw."
    >>> field_of_work(s, s.index("training"), s.index("training") + 8, p)
    True
    >>> s = "The ministers held talks on areas of mutual interest."
    >>> field_of_work(s, s.index("talks"), s.index("talks") + 5, p)
    False

    Only meeting words that can name a field are tested (``field_activity``: "training"), a
    field word right after it or at most one adjective away, the list the field word opens, or a
    facility word right after it (``facility_after``: "centre", "academy", "materials"; not
    "school", which names an event too: "a two-week training school ... opened").
    """
    if p.field_activity.fullmatch(sent, start, end) is None:
        return False
    return bool(p.field_after.match(sent, end)) or bool(p.field_before.search(sent, max(0, start - 80), start))


def caption_line(text: str, s: int, e: int, rules: Rules) -> bool:
    """Whether sentence ``text[s:e]`` is a line of its own that is a photo's caption with its
    credit ("Overview of the meeting (Source: Xinhua)" under a paragraph): it opens no meeting.
    A sentence closed by a credit inside a paragraph stays a sentence.

    >>> t = "The sides met.\\nOverview of the meeting (Source: OSHA)\\nThey met in Osh. Ana met Jan (Photo: OSHA)"
    >>> c = t.index("Overview")
    >>> caption_line(t, c, c + 38, default_rules()), caption_line(t, t.index("Ana"), len(t), default_rules())
    (True, False)
    """
    if not is_caption(text[s:e], rules):  # rare: the line's bounds are read only then
        return False
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    return not text[start:s].strip() and not text[e:end].strip()


def mandate_clause(sent: str, rules: Rules) -> int:
    """The length of a sentence's opening clause that names the decision or meeting it follows
    ("As mandated by the Luanda Summit of 21 August 2019, the first meeting ... was held in
    Kigali on 14 February 2020."), else 0: its meeting words, dates and places are background.

    >>> mandate_clause("As mandated by the Summit of August 21, 2019, experts met.", default_rules())
    45
    >>> mandate_clause("Experts met in Osh, as mandated by the Summit.", default_rules())
    0
    """
    m = rules.memo(_patterns).mandate.match(sent)
    return m.end() if m is not None else 0


def analyse_sentence(text: str, s: int, e: int, acronyms: dict[str, str], known: set[str],
                     rules: Rules) -> Sentence:
    """The facts of sentence ``text[s:e]``.

    ``acronyms`` are the document's acronyms defined so far and ``known`` the item's surnames
    introduced so far; both grow as sentences are read in order.
    """
    sent = text[s:e]
    dates = tuple(replace(d, start=d.start + s, end=d.end + s) for d in find_dates(sent, rules))
    persons = find_persons(text, s, e, frozenset(known), rules, frozenset(a for a in acronyms if not a.startswith("~")))
    if (credit := photo_credit_at(sent, rules)) is not None:  # "... Photo : A.B. Perera": no one who took part
        persons = [p for p in persons if p.start < s + credit]
    for p in persons:
        known.add(p.name.split()[-1] if not p.name.split()[-1].endswith(".") else p.name.split()[0])
    orgs = find_orgs(text, s, e, acronyms, [(p.start, p.end) for p in persons], rules)
    countries = tuple(replace(c, start=c.start + s, end=c.end + s) for c in find_countries(sent, rules))
    places = tuple(replace(p, start=p.start + s, end=p.end + s) for p in find_places(sent, rules=rules)
                   if not in_a_person_s_name(p.start + s, p.end + s, persons))
    operation = bool(rules.memo(_patterns).operation.search(sent))
    persons = sorted(persons, key=lambda p: p.start)  # in order: stages bisect over the starts
    countries = tuple(sorted(countries, key=lambda c: c.start))
    triggers = tuple(t for t in _triggers(text, s, e, rules, tuple(persons)) if not in_a_body_s_name(text, t, orgs, rules))
    if caption_line(text, s, e, rules):
        triggers = ()
    if (cut := mandate_clause(sent, rules)) and any(t.start >= s + cut for t in triggers):
        triggers = tuple(t for t in triggers if t.start >= s + cut)
        dates = tuple(d for d in dates if d.start >= s + cut) if any(d.start >= s + cut for d in dates) else dates
        places = tuple(p for p in places if p.start >= s + cut)
    return Sentence(s, e, sent, dates, triggers, tuple(persons), tuple(orgs), countries, places, operation)


def in_a_person_s_name(start: int, end: int, persons: list[PersonMention] | tuple[PersonMention, ...]) -> bool:
    """A city's name inside a person's ("Hu Wei", Wei being a town): the person, no place.

    >>> p = PersonMention(10, 16, "Hu Wei", "Hu Wei", None, None, None, None)
    >>> in_a_person_s_name(13, 16, [p]), in_a_person_s_name(20, 26, [p])
    (True, False)
    """
    return any(p.start <= start and end <= p.end for p in persons)


def in_a_body_s_name(text: str, t: Trigger, orgs: list[OrgMention] | tuple[OrgMention, ...], rules: Rules) -> bool:
    """A capitalised meeting word before the head noun of a body's name ("the Nuclear Security
    Training Center", "its Training Centres of Excellence") names the body, not a gathering.

    >>> t = "Experts met at the Osh Training Centre."
    >>> body = OrgMention(19, 38, "Osh Training Centre", "Osh Training Centre", None, None, "KG", False)
    >>> in_a_body_s_name(t, Trigger(23, 31, "training"), [body], default_rules())
    True
    """
    if not text[t.start:t.start + 1].isupper() or not any(o.start <= t.start and t.end <= o.end for o in orgs):
        return False
    nxt = re.match(r"\s+([A-Z][a-z]+)", text[t.end:t.end + 30])
    heads = lexicon(rules).org_heads
    return nxt is not None and (nxt.group(1).lower() in heads or nxt.group(1).lower().rstrip("s") in heads)


def dateline_city(text: str, item: Item, rules: Rules) -> PlaceMention | None:
    """The city of the item's dateline (cut from its body by the segmenter, or still among its
    first lines), from the gazetteer."""
    names = [item.dateline] if item.dateline else []
    head = text[item.start:min(item.end, item.start + 400)]
    names += [dl.place for line in head.splitlines()[:4] if (dl := parse_dateline(line, rules))]
    for name in names:
        if name.isupper():  # "NUR-SULTAN" -> "Nur-Sultan"
            name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())
        city = lookup_city(name, rules=rules) or namesake_capital(name, rules)
        if city is not None:
            return city
    return None


def publisher(sentences: list[Sentence], rules: Rules) -> OrgMention | None:
    """The international body a page names most often (the publisher of a centre's news page):
    the known body with "Centre" or "Organization" in its name named most, the first on a tie
    of counts in name order."""
    head = rules.memo(_patterns).publisher_head
    counts: Counter[str] = Counter()
    first: dict[str, OrgMention] = {}
    for s in sentences:
        for o in s.orgs:
            if o.known and head.search(o.name):
                counts[o.name] += 1
                first.setdefault(o.name, o)
    if not counts:
        return None
    return first[max(sorted(counts), key=lambda n: counts[n])]


def home_body(doc: Document, items: list[Item], rules: Rules) -> OrgMention | None:
    """The body whose page this is, from the page's masthead (its first lines): a line that starts
    with a national body ("Ministry of Internal Affairs of the Republic of Kazakhstan"), a body under
    a line naming its country ("Islamic Republic of Afghanistan" / "Ministry of Counter
    Narcotics"), or a body whose seat is known ("OSCE Academy in Bishkek - News")."""
    from .venue import seat_city

    if not items:
        return None
    country = None
    for line in [x.strip() for x in doc.text[:2000].split("\n") if x.strip()][:3]:
        if len(line) > 120 or line.endswith(".") or rules.memo(_patterns).digit.search(line):
            break  # the masthead ends at the first date or sentence
        o = next((o for o in find_orgs(line, 0, len(line), {}, (), rules) if o.start == 0), None)
        if o is not None and (o.country or country):
            return o if o.country else replace(o, country=country)
        if o is not None and seat_city(o.name, None, rules, capital=False) is not None:
            return o  # "OSCE Academy in Bishkek - News", "UNODC Programme Office in Tajikistan"
        c = next(iter(find_countries(line, rules)), None)
        if country is None and c is not None and re.fullmatch(
                rf"(?:(?:the\s+)?Government\s+of\s+(?:the\s+)?)?{re.escape(c.surface)}", line):
            country = c.code
    return None


def analyse_document(doc: Document, items: list[Item] | None = None, rules: Rules | None = None
                     ) -> DocumentFacts:
    """Segment a document and find the facts of every sentence, in one pass."""
    rules = rules or default_rules()
    if items is None:
        items = split_items(doc, rules)
    text = unwrap_lines(doc.text)
    acronyms: dict[str, str] = {}
    out: list[ItemFacts] = []
    every: list[Sentence] = []
    for item in items:
        known: set[str] = set()
        sents = tuple(analyse_sentence(text, s, e, acronyms, known, rules)
                      for s, e in split_sentences(text, item.start, item.end, rules)
                      if not any(a <= s and e <= b for a, b in item.repeats)
                      and not title_again(text[s:e], item.headline))
        every.extend(sents)
        hl = item.headline
        out.append(ItemFacts(item, sents, dateline_city(text, item, rules),
                             tuple(find_places(hl, rules=rules)) if hl else (),
                             tuple(find_orgs(hl, 0, len(hl), {}, (), rules)) if hl else ()))
    return DocumentFacts(doc, tuple(out), publisher(every, rules), home_body(doc, items, rules), text)
