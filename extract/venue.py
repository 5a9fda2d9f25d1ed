"""Where a meeting took place, and in what format.

The venue is decided by :data:`VENUE_STRATEGIES`, tried in this order; the first that finds a
place decides, and its name goes to ``--trace``:

- a city the report names: :func:`named_city` ("held in Osh"), :func:`visited_body_city`
  ("visited the Police Department of Almaty city"), :func:`body_place` ("at JICA Tokyo"),
  :func:`named_capital` ("in the Uzbek capital"), :func:`headline_city` — these five are
  :data:`NAMED_VENUE`;
- the seat of the host body: :func:`host_seat`, :func:`host_dateline_city`, :func:`host_capital`,
  :func:`home_premises` ("in the central apparatus of the Ministry");
- the report's other sentences and the item: :func:`scope_city`, :func:`dated_opening_city`, :func:`visited_capital`,
  :func:`dateline_city`, :func:`scope_visited_capital`, :func:`visited_body_seat`,
  :func:`session_seat`;
- once the participants are known: :func:`reception_host_seat`, :func:`called_on_seat`, :func:`main_meeting_place`,
  :func:`place_not_a_city`, :func:`subject_host_seat`, :func:`home_body_seat`.

The host body (:data:`HOST_STRATEGIES`) is the body whose premises the report names ("at the
headquarters of X", "X hosted"); it is a participant with the part "host". The format
(:func:`decide_medium`, :func:`decide_format`) is online when the report says so ("via
videoconference", a webinar), hybrid when some joined from afar, else in person where a place
is known. An online meeting has no venue.

A new venue phrase goes into a group of ``rules/cues.jsonl`` read by one of these strategies
(e.g. "on the sidelines of" into ``margins``); a new way of telling the venue becomes a strategy
in its place in the tuple.

>>> from parleygraph.extract.meetings import extract_document
>>> from parleygraph.extract.records import Document
>>> [(m.city, m.format) for m in extract_document(Document(doc="x.txt",
...     text="The Drug Control Agency of Tajikistan held talks with a delegation on 5 May 2023."))]
[('Dushanbe', 'in_person')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .countries import find_countries
from .drafts import Draft, margins_rx
from .facts import ItemFacts, Sentence, cue
from .lexicon import Rules, default_rules
from .mentions import OrgMention
from .orgs import abroad_body
from .places import PlaceMention, lookup_city, namesake_capital
from .places import capital as capital_city
from .records import Meeting

__all__ = ["VenueQuery", "Venue", "NOT_A_CITY", "NAMED_VENUE", "HOST_STRATEGIES", "VENUE_STRATEGIES",
           "decide_host", "decide_venue", "decide_medium", "decide_format", "seat_city", "seat_of",
           "in_apposition", "subject_host"]


class _NotACity:
    """A place named that is not a city ("at the Kyzyl-Bel checkpoint"): in person, no city."""

    def __repr__(self) -> str:
        return "NOT_A_CITY"


NOT_A_CITY = _NotACity()
Venue = PlaceMention | _NotACity


@dataclass(frozen=True, eq=False)
class VenueQuery:
    """What the venue, host and format strategies read.

    ``scope`` are the draft's sentences in order (anchor included); ``fmt_text`` the anchor,
    (for a main report) the first sentences of its scope and its headline; ``main`` the item's
    main meeting when this draft is another; ``home`` the country of the page's own body.
    ``host``, ``organizers``, ``orgs`` and ``medium`` are filled in as the stages decide them.
    """

    text: str
    item: ItemFacts
    draft: Draft
    anchor: Sentence
    scope: tuple[Sentence, ...]
    fmt_text: str
    type: str
    publisher: OrgMention | None
    home_body: OrgMention | None
    main: Meeting | None
    previous: Meeting | None = None
    host: OrgMention | None = None
    medium: str | None = None
    organizers: tuple[str, ...] = ()
    orgs: tuple[Any, ...] = ()
    persons: tuple[Any, ...] = ()
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def home(self) -> str | None:
        return self.home_body.country if self.home_body is not None else None

    @property
    def headline(self) -> str | None:
        return self.item.item.headline


@dataclass(frozen=True)
class _Patterns:
    online: re.Pattern[str]
    hybrid: re.Pattern[str]
    partly_online: re.Pattern[str]
    partly_online_words: tuple[str, ...]
    non_city_place: re.Pattern[str]
    appos_break: re.Pattern[str]
    body_in: re.Pattern[str]
    by_body: re.Pattern[str]
    at_body: re.Pattern[str]
    in_city_end: re.Pattern[str]
    abroad_body: re.Pattern[str]
    at_org: re.Pattern[str]
    host_after: re.Pattern[str]
    hosts_after: re.Pattern[str]
    hosted_by_before: re.Pattern[str]
    subject_verb: re.Pattern[str]
    venue_cue: re.Pattern[str]
    venue_before: re.Pattern[str]
    visit_to: re.Pattern[str]
    visit_body: re.Pattern[str]
    at_or_visited: re.Pattern[str]
    city_hosted: re.Pattern[str]
    not_city_after: re.Pattern[str]
    hq_of_publisher: re.Pattern[str]
    head_office: re.Pattern[str]
    centre_ref: re.Pattern[str]
    margins: re.Pattern[str]
    also_there: re.Pattern[str]
    reception_verb: re.Pattern[str]
    future: re.Pattern[str]
    planned: re.Pattern[str]
    session_of: re.Pattern[str]
    opening_adverbial: re.Pattern[str]
    delegation_of: re.Pattern[str]
    office_after_country: re.Pattern[str]
    of_before: re.Pattern[str]
    call_on: re.Pattern[str]


def _build(rules: Rules) -> _Patterns:
    town_of = (r"(?:(?:(?:[A-Z][a-z]+|{town_qualifier})\s+){0,2}{settlement}\s+of\s+)?")
    hybrid = r"{hybrid_phrase}"
    return _Patterns(
        online=rules.rx(
            r"\b(?:{online_trade_verb:notbefore}online(?!\s+(?:drug\s+)?{online_trade}\b)|{online_phrase}"
            r"|(?:via|by|through)\s+(?:a\s+)?video[\s-]?{video_medium}|video[\s-]?link)\b", re.I),
        hybrid=rules.rx(r"\b(?:" + hybrid + r")\b", re.I),
        partly_online=rules.rx(r"\b(?:{join_verb}(?:\s+(?:it|them|the\s+\w+))?\s+(?:{remote_word}|via\s+video\w*)|"
                               + hybrid + r")\b", re.I),
        partly_online_words=tuple(w.lower() for w in (*rules.words("remote_word"), *rules.words("hybrid_phrase"),
                                                       "video")),
        non_city_place=rules.rx(r"\b(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,4}{non_city_place}\b"),
        appos_break=rules.rx(
            r"[.;]|\bon\s+(?:\d|[A-Z][a-z]+\s+\d)|\b[a-z]+ed\b|\b(?:{clause_verb}|was|were|is|are|has|have|had|will|"
            r"in\s+(?:the|a)\s+(?:\w+\s+){0,2}{format_noun}|during|where|who|which)\b"
            # the premises the meeting was held in ("Colonel X, at the ANF headquarters in Y")
            r"|\bat\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}{premises_short}\b"),
        body_in=rules.rx(r"\b(?:{abroad_head}|{seat_head})\s+in\s+$"),
        by_body=rules.rx(r"\b{held_verb}\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}in\s+$"),
        at_body=re.compile(r"\b[Aa]t\s+the\s+(?:[\w'’-]+\s+){1,8}in\s+$"),
        in_city_end=re.compile(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"),
        abroad_body=abroad_body(rules),
        at_org=rules.rx(r"\b(?:in|at|{visited_word})\s+(?:the\s+)?(?:{hq_of}\s+of\s+(?:the\s+)?)?$", re.I),
        host_after=rules.rx(r"\s*(?:[.,;]|$|on\b|{host_after_word:cap}\b|{host_after_prefix:cap}|in\b|with\b|the\b)"),
        hosts_after=rules.rx(r"\s+(?:{host}|(?:was|were)\s+visited\s+by)\b"),
        hosted_by_before=re.compile(r"\bhosted by\s+(?:the\s+)?$"),
        subject_verb=rules.rx(r"\s*(?:(?:,|and|{with_link:exact})\s+[^,.]{0,160}?\s*"
                              r"|,?\s*in\s+{partnership}\s+with\s+[^.;]{0,160}?,\s*)?"
                              r"(?:{held_verb}|{organise_verb}|{initiate_verb})\b", re.I),
        venue_cue=rules.rx(r"\b{venue_word}\b[^.;]{0,90}?\b(?:in|to|at)\s+(?:the\s+)?" + town_of + "$", re.I),
        # "held in Osh", "at the United Nations Office in Gigiri, Nairobi" (a district before the city)
        venue_before=rules.rx(r"\b(?:in|at|{visited_verb}|{travel_word}\s+to)\s+(?:[Tt]he\s+)?"
                              r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?" + town_of + "$"
                              # "at the customs post of the Turkmenbashi Seaport"
                              r"|\bat\s+the\s+(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?$"),
        visit_to=rules.rx(r"\b{travel_word}\s+(?:to\s+|in\s+)?(?:the\s+)?$", re.I),
        visit_body=rules.rx(r"\b(?:{visit_verb}|{journey}\s+(?:[^.;]{0,80}?\s)?to)\s+(?:the\s+)?$", re.I),
        at_or_visited=rules.rx(r"\b(?:{at_visit}|at|in)\s+(?:the\s+)?$"),
        city_hosted=rules.rx(r"\s+{city_hosted}\b"),
        not_city_after=rules.rx(r"\s+{not_city_after}\b", re.I),
        hq_of_publisher=rules.rx(r"\b(?:at|in)\s+(?:the\s+)?(?:{publisher_head}(?:'s|’s)|its|our)\s+{hq_word}\b"
                                 r"|\b(?:at|in)\s+the\s+{hq_word}\s+of\s+the\s+{publisher_head}\b"),
        head_office=re.compile(r"\b(?:at|in)\s+(?:his|her)\s+office\b"),
        centre_ref=rules.rx(r"\b(?:the|this)\s+{centre_word}\b|\bCentre(?:'s|’s)|\bCentre Director\b"
                            r"|\bDirector of the Centre\b"),
        margins=margins_rx(rules),
        also_there=rules.rx(r"\b(?:{also_there:exact}|during (?:the|this|his|her|their) (?:\w+ )?{journey_stay})\b"),
        reception_verb=cue(rules, "reception_verb"),
        future=cue(rules, "future"), planned=cue(rules, "planned"),
        session_of=re.compile(r"\bsessions?\s+of\s+(?:the\s+)?$"),
        opening_adverbial=rules.rx(r"(?:{opening_adverb})\b[^,;]{0,40},\s*"),
        delegation_of=rules.rx(r"\b{delegate_noun}\s+(?:of|from)\s+(?:the\s+)?$", re.I),
        office_after_country=rules.rx(r"\s+(?:{office_qualifier}\s+)?Office\b"),
        of_before=re.compile(r"\bof\s+(?:the\s+)?$"),
        call_on=cue(rules, "call_on"),
    )


def patterns(rules: Rules) -> _Patterns:
    """What this stage compiles from the rules (built once per rule set)."""
    return rules.memo(_build)


# ----------------------------------------------------------------------------- seats

def seat_of(name: str, rules: Rules) -> str | None:
    """The seat of a known body, of an office named after its seat ("OSCE Programme Office in
    Bishkek"), or of the known body a unit belongs to ("Executive Committee of the Regional
    Anti-Terrorist Structure of the SCO" sits where the Structure does)."""
    memo = rules.memo(_seat_memo)
    if name in memo:
        return memo[name]
    entries = rules.organizations
    seat = next((e.seat for e in entries if name in (e.name, e.acronym, *e.aliases)), None)
    if not seat:
        m = patterns(rules).in_city_end.search(name)
        if m and lookup_city(m.group(1), rules=rules) is not None:
            seat = m.group(1)
        else:
            inside = [e for e in entries if e.seat and e.name != name
                      and re.search(rf"\bof\s+(?:the\s+)?{re.escape(e.name)}\b", name)]
            seat = max(inside, key=lambda e: len(e.name)).seat if inside else None
    memo[name] = seat
    return seat


def _seat_memo(rules: Rules) -> dict[str, str | None]:
    return {}


def seat_city(name: str | None, country: str | None, rules: Rules, *, capital: bool = True) -> PlaceMention | None:
    """Where a body sits: the seat of the known body ``name`` (or of its known parent); an
    office or embassy in the country its name places it in ("JICA Uzbekistan Office", "Embassy
    of Japan in Tajikistan"); else, with ``capital``, the capital of its ``country``.

    >>> seat_city("Ministry of Foreign Affairs", "TJ", default_rules()).surface
    'Dushanbe'
    """
    seat = seat_of(name, rules) if name else None
    if seat:
        return lookup_city(seat, country_hint=country, rules=rules)
    if name and patterns(rules).abroad_body.search(name):
        host = [c for c in find_countries(name, rules) if c.start > 0 and c.form == "name"
                and not patterns(rules).of_before.search(name[:c.start])]
        return capital_city(host[-1].code, rules) if host else None
    return capital_city(country, rules) if capital and country else None


# ----------------------------------------------------------------------------- helpers

def in_apposition(text: str, s: Sentence, at: int, rules: Rules) -> bool:
    """Whether offset ``at`` lies in what a person's apposition says of them ("Mr. X, liaison
    officer of the BKA at the German Embassy in Tashkent"): where they work, not the venue; not
    a phrase of place right after the comma ("Dr Jan Kowal, at the Ministry in Nairobi")."""
    br = patterns(rules).appos_break
    for q in s.persons:
        if q.role_span and q.role_span[0] <= at < q.role_span[1]:
            return True
        if q.end <= at and at - q.end < 140 and text.startswith(",", q.end) and "," not in text[q.end + 1:at] \
                and not br.search(text, q.end, at) and not _PLACE_AFTER_COMMA.match(text, q.end + 1):
            return True
    return False


_PLACE_AFTER_COMMA = re.compile(r"\s*(?:at|in)\s")
"""", at the Ministry ... in Nairobi": where the meeting took place, no apposition."""


def _in_span(x: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= x < b for a, b in spans)


def venue_in(text: str, s: Sentence, cue_rx: re.Pattern[str], rules: Rules, *, dateline_ok: bool = False
             ) -> PlaceMention | None:
    """The first city of sentence ``s`` that ``cue_rx`` introduces ("in", "visit to", "held ...
    in"), not inside an organisation's name and not a region ("Almaty region"); "Osh hosted",
    "Dushanbe, where", "In Osh, the mission held"; with ``dateline_ok`` a city opening the
    sentence before a dash or comma, when no city after a cue follows ("Kampala, Uganda | ... met
    ... in Nairobi": Nairobi)."""
    p = patterns(rules)
    org_spans = [(o.start, o.end) for o in s.orgs]
    opening: PlaceMention | None = None
    for pl in s.places:
        if _in_span(pl.start, org_spans) or in_apposition(text, s, pl.start, rules) or p.not_city_after.match(text, pl.end):
            continue
        before = text[max(s.start, pl.start - 80):pl.start]
        if p.body_in.search(before) and not p.by_body.search(before) and not p.at_body.search(before):
            continue  # "the German Embassy in Tashkent": where a body sits, not the venue ("met at the X in Y": Y)
        if cue_rx.search(before) or p.city_hosted.match(text, pl.end) or text.startswith(", where ", pl.end) or (
                pl.start - s.start <= 8 and re.fullmatch(r"\s*(?:In|At)\s+(?:the\s+)?", before) and text.startswith(",", pl.end)):
            return pl
        if dateline_ok and pl.start == s.start and re.match(r"\s*(?:[–—-]|,)", text[pl.end:pl.end + 3]):
            opening = pl  # a dateline's city, unless the sentence names the venue after a cue
    return opening


def dated_opening_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """A release that opens with its date and city ("18-19 December 2018, Vienna, Austria: A
    two-day course ..."): that city, unless another sentence of the report names the venue."""
    s, text = q.anchor, q.text
    d = next((d for d in s.dates if d.start == s.start), None)
    if d is None:
        return None
    pl = next((pl for pl in s.places if pl.start > d.end and not text[d.end:pl.start].strip(" ,")), None)
    return pl if pl is not None and re.match(r"\s*(?:[–—:-]|,)", text[pl.end:pl.end + 3]) else None


def visited_capital_of(text: str, sents: list[Sentence], rules: Rules) -> PlaceMention | None:
    """The capital of the first country the sentences say was visited ("paid a working visit to
    Kyrgyzstan", "during his visit to Tajikistan")."""
    rx = patterns(rules).visit_to
    for x in sents:
        c = next((c for c in x.countries if c.form != "demonym"
                  and rx.search(text, max(x.start, c.start - 40), c.start)), None)
        if c is not None and (venue := seat_city(None, c.code, rules)) is not None:
            return venue
    return None


def subject_host(text: str, s: Sentence, rules: Rules) -> OrgMention | None:
    """The national body that opens the sentence as the subject of "held", "hosted", "convened",
    "organised" ("The Interior Ministry of X held talks with ..."): the gathering is its own, at
    its seat, unless a delegation of it travelled ("a delegation of the X held talks")."""
    p = patterns(rules)
    o = next(iter(s.orgs), None)
    if o is None or not o.country or o.start - s.start > 100:
        return None
    before = text[s.start:o.start]
    opener = p.opening_adverbial.match(before)
    if opener:
        before = before[opener.end():]  # "On 5 May, the Agency held ..."
    if p.delegation_of.search(before) or re.search(r"[,;]|\b(?:with|by|to|for|at|in)\s", before):
        return None
    end = o.end
    head = next((q for q in s.persons if 0 <= q.start - o.end <= 3), None)
    if head is not None:  # "the Director of the Agency, Colonel X, held talks"
        end = max(head.end, head.role_span[1] if head.role_span else head.end)
        end = re.compile(r"\s*,?").match(text, end).end()  # type: ignore[union-attr]
    return o if p.subject_verb.match(text, end, s.end) else None


def hosted_at_home(text: str, home: OrgMention, rules: Rules) -> bool:
    """Whether a sentence names the page's own body, by its head word, as host or premises ("The
    Academy will host", "in the central apparatus of the Ministry")."""
    words = "|".join(re.escape(w) for w in re.findall(r"\b[A-Z][a-z]{3,}\b", home.name))
    if not words:
        return False
    rx = rules.rx(r"\b[Tt]he\s+(?:" + words + r")\s+(?:will\s+)?{host_hold_verb}\b"
                  r"|\b(?:in|at)\s+the\s+{premises}\s+of\s+the\s+(?:" + words + r")\b")
    return bool(rx.search(text))


def partly_online(text: str, rules: Rules) -> bool:
    """Whether some joined from afar ("the Russian delegation joined online") or the text says
    hybrid; most sentences have none of the words, which is cheaper to see first."""
    p = patterns(rules)
    low = text.lower()
    return any(w in low for w in p.partly_online_words) and p.partly_online.search(text) is not None


# ----------------------------------------------------------------------------- medium and format

def decide_medium(q: VenueQuery, rules: Rules) -> str | None:
    """"online" (a webinar, "via videoconference"), "hybrid" (some joined from afar) or None."""
    p = patterns(rules)
    d = q.draft
    if q.type == "webinar" and not p.hybrid.search(q.fmt_text):
        return "online"  # "took part online in the webinar": online whoever joined how
    if partly_online(q.fmt_text, rules) or d.primary and any(partly_online(s.text, rules) for s in q.scope):
        return "hybrid"
    if q.type == "webinar" or p.online.search(q.anchor.text) or (d.primary and p.online.search(q.headline or "")):
        return "online"
    return None


def decide_format(medium: str | None, venue: Venue | None) -> str | None:
    """Online or hybrid as the text says; else in person where a place is known."""
    return medium or ("in_person" if venue is not None else None)


def _online_words(q: VenueQuery, rules: Rules) -> bool:
    got = q._memo.get("online")
    if got is None:
        got = q._memo["online"] = bool(patterns(rules).online.search(q.fmt_text))
    return got


# ----------------------------------------------------------------------------- named venue

def named_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """A city the anchor introduces: "held in Osh", "arrived to Almaty", "Osh hosted", a
    dateline city opening the sentence ("ALMATY – Experts met ...")."""
    return venue_in(q.text, q.anchor, patterns(rules).venue_before, rules, dateline_ok=True)


def visited_body_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """The city in the name of the body visited ("visited the Police Department of Almaty city")."""
    a, p = q.anchor, patterns(rules)
    for o in a.orgs:
        if p.at_or_visited.search(q.text, max(a.start, o.start - 30), o.start) and not in_apposition(q.text, a, o.start, rules):
            v = next((pl for pl in a.places if o.start <= pl.start < o.end), None)
            if v is not None:
                return v
    return None


def body_place(q: VenueQuery, rules: Rules) -> Venue | None:
    """Premises named by a body and a place after "at"/"in": a city ("at JICA Tokyo") or a
    country's office ("at the JICA Uzbekistan Office", in that country's capital)."""
    a, p, text = q.anchor, patterns(rules), q.text
    for o in a.orgs:
        if not p.at_or_visited.search(text, max(a.start, o.start - 30), o.start):
            continue
        pl = next((pl for pl in a.places if text[o.end:pl.start] == " "), None)
        if pl is not None:
            return pl
        c = next((c for c in a.countries if text[o.end:c.start] == " " and c.form == "name"
                  and p.office_after_country.match(text[c.end:])), None)
        if c is not None:
            return capital_city(c.code, rules)
    return None


def named_capital(q: VenueQuery, rules: Rules) -> Venue | None:
    """A capital named by its country: "in the Uzbek capital", "in the capital of Tajikistan",
    "in Uruguay's capital"."""
    text, s = q.text, q.anchor
    for c in s.countries:
        if c.form == "demonym":
            named = bool(re.match(r"\s+capital\b", text[c.end:c.end + 9])
                         and re.search(r"\b(?:in|to|at)\s+the\s+$", text[max(s.start, c.start - 12):c.start]))
        else:
            before = text[max(s.start, c.start - 30):c.start]
            named = c.form == "name" and bool(
                re.search(r"\b(?:in|to|at)\s+the\s+capital\s+of\s+(?:the\s+)?$", before)
                or re.match(r"['’]s\s+capital\b", text[c.end:c.end + 12])
                and re.search(r"\b(?:in|to|at)\s+(?:the\s+)?$", before))
        if named:
            return capital_city(c.code, rules)
    return None


def headline_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """The main report's headline city, unless the anchor says a visit went to another country
    ("During his visit to Tajikistan" under a headline "Washington, DC")."""
    if not (q.draft.primary and q.headline and q.item.headline_places):
        return None
    v = q.item.headline_places[0]
    visited = visited_capital_of(q.text, [q.anchor], rules)
    return visited if visited is not None and visited.country != v.country else v


def paired_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """The city the anchor pairs with the draft's days ("On 3-5 May in Osh and 9-11 May in
    Naryn": Naryn for the second workshop; :func:`~parleygraph.extract.dating.date_place_pairs`)."""
    at = q.draft.place
    return None if at is None else next((pl for pl in q.anchor.places if pl.start == at), None)


NAMED_VENUE: tuple[Callable[[VenueQuery, Rules], Venue | None], ...] = (
    paired_city, named_city, visited_body_city, body_place, named_capital, headline_city,
)


# ----------------------------------------------------------------------------- host body

def premises_of_body(q: VenueQuery, rules: Rules, named: bool) -> OrgMention | None:
    """The body the anchor places the meeting at ("at the headquarters of X", "visited X", "in
    X's premises"); the last such body wins."""
    a, p, text = q.anchor, patterns(rules), q.text
    host = None
    for o in a.orgs:
        if p.at_org.search(text[max(a.start, o.start - 40):o.start]) and not in_apposition(text, a, o.start, rules) \
                and p.host_after.match(text[o.end:o.end + 14]):
            host = o
    return host


def hosting_body(q: VenueQuery, rules: Rules, named: bool) -> OrgMention | None:
    """"X hosted", "X welcomed", "X was visited by", "hosted by X" (not online)."""
    a, p, text = q.anchor, patterns(rules), q.text
    for o in a.orgs:
        if p.hosts_after.match(text[o.end:o.end + 24]) or \
                p.hosted_by_before.search(text[max(a.start, o.start - 14):o.start]) and not p.online.search(a.text):
            return o
    return None


def seated_subject(q: VenueQuery, rules: Rules, named: bool) -> OrgMention | None:
    """With no place named, the body that held it when its name says where it sits ("the OSCE
    Academy in Bishkek, in partnership with ..., conducted a workshop")."""
    if named:
        return None
    a, p = q.anchor, patterns(rules)
    return next((o for o in a.orgs if p.in_city_end.search(o.name) and seat_of(o.name, rules)
                 and p.subject_verb.match(q.text, o.end, a.end)), None)


def headline_premises(q: VenueQuery, rules: Rules, named: bool) -> OrgMention | None:
    """With no place named, a body the main report's headline places it at ("Visit to X")."""
    if named or not q.draft.primary or not q.headline:
        return None
    at_org = patterns(rules).at_org
    return next((o for o in q.item.headline_orgs if at_org.search(q.headline[max(0, o.start - 40):o.start])), None)


def publisher_premises(q: VenueQuery, rules: Rules, named: bool) -> OrgMention | None:
    """With no place named, the publisher's own premises: "received at the Centre's
    headquarters", "the Director ... received in his office"."""
    pub, p, a = q.publisher, patterns(rules), q.anchor
    if named or pub is None:
        return None
    if any(x.has(p.hq_of_publisher) for x in ([a] + (list(q.scope) if q.draft.primary else []))) \
            or a.has(p.head_office) and (a.has(p.centre_ref) or any(o.name == pub.name for o in a.orgs)):
        return pub
    return None


HOST_STRATEGIES: tuple[Callable[[VenueQuery, Rules, bool], OrgMention | None], ...] = (
    premises_of_body, hosting_body, seated_subject, headline_premises, publisher_premises,
)


def first_named_venue(q: VenueQuery, rules: Rules) -> tuple[Venue | None, str]:
    """The first venue of :data:`NAMED_VENUE` (computed once per query)."""
    got = q._memo.get("named")
    if got is None:
        got = q._memo["named"] = next(((v, s.__name__) for s in NAMED_VENUE if (v := s(q, rules)) is not None),
                                      (None, ""))
    return got


def decide_host(q: VenueQuery, rules: Rules | None = None) -> tuple[OrgMention | None, str]:
    """The host body and the strategy that found it (see :data:`HOST_STRATEGIES`)."""
    rules = rules or default_rules()
    named = first_named_venue(q, rules)[0] is not None
    for strategy in HOST_STRATEGIES:
        o = strategy(q, rules, named)
        if o is not None:
            return o, strategy.__name__
    return None, ""


# ----------------------------------------------------------------------------- seats of bodies

def host_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """The seat of the host body when it is known ("at the UNODC headquarters": Vienna)."""
    return seat_city(q.host.name, q.host.country, rules, capital=False) if q.host is not None else None


def host_dateline_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """Premises under a dateline ("Baku, April 21. ... at the Customs Academy"): that city."""
    dl = q.item.dateline_city
    if q.host is not None and dl is not None and q.host.country in (None, dl.country):
        return dl
    return None


def host_capital(q: VenueQuery, rules: Rules) -> Venue | None:
    """A national host body not in the gazetteer sits in its capital; a unit named without its
    country on a national body's page ("the Customs Academy of the State Customs Committee") is
    in the page's country."""
    h = q.host
    if h is None or h.known:
        return None
    return seat_city(h.name, h.country or q.home, rules)


def home_premises(q: VenueQuery, rules: Rules) -> Venue | None:
    """"The Academy will host a round table", "in the central apparatus of the Ministry": the
    page's own body, at its seat."""
    hb = q.home_body
    if hb is None or _online_words(q, rules) or not hosted_at_home(q.anchor.text, hb, rules):
        return None
    return seat_city(hb.name, hb.country, rules)


# ----------------------------------------------------------------------------- other sentences

def scope_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """Another sentence of the report that says where it happened ("participants gathered in
    X"); a second meeting of the item reads only the sentences after its own; a plan's sentence
    never places a held meeting."""
    p, d, a = patterns(rules), q.draft, q.anchor
    lead = [x for x in q.scope if x.start < a.start] if d.primary else []
    rest = [x for x in q.scope if x.start > a.start]
    for x in lead + rest:
        if d.status != "planned" and (x.has(p.future) or x.has(p.planned)):
            continue
        v = venue_in(q.text, x, p.venue_cue, rules)
        if v is not None:
            return v
    return None


def city_state_named(q: VenueQuery, rules: Rules) -> Venue | None:
    """A city-state named where the meeting took place ("the General Assembly, which opened in
    Monaco", "held in Singapore"): its city (a city-state's name is read as the country's)."""
    p, a = patterns(rules), q.anchor
    for c in a.countries:
        city = namesake_capital(c.surface, rules) if c.form == "name" else None
        if city is not None and city.surface == c.surface and p.venue_cue.search(
                q.text, max(a.start, c.start - 100), c.start):
            return city
    return None


def visited_capital(q: VenueQuery, rules: Rules) -> Venue | None:
    """The meeting's own "visited Turkmenistan": its capital, wherever the release was issued."""
    return None if _online_words(q, rules) else visited_capital_of(q.text, [q.anchor], rules)


def dateline_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """A press release's dateline names where its main meeting happened."""
    return q.item.dateline_city if q.draft.primary and not _online_words(q, rules) else None


def scope_visited_capital(q: VenueQuery, rules: Rules) -> Venue | None:
    """"paid a working visit to Kyrgyzstan" in another sentence of the main report: its capital."""
    if _online_words(q, rules):
        return None
    others = [y for y in q.scope if y is not q.anchor] if q.draft.primary else []
    return visited_capital_of(q.text, [q.anchor] + others, rules)


def visited_body_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """"will visit the State Forensic Committee of the Republic of Belarus": where that body sits."""
    if _online_words(q, rules):
        return None
    a, p = q.anchor, patterns(rules)
    o = next((o for o in a.orgs if (o.country or o.known or seat_of(o.name, rules))
              and p.visit_body.search(q.text, max(a.start, o.start - 110), o.start)), None)
    return seat_city(o.name, o.country, rules) if o is not None else None


def session_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """"took part in the 67th session of the Commission on Narcotic Drugs": a standing body's
    session sits where the body does (a session some joined from afar names no venue)."""
    if _online_words(q, rules) or partly_online(q.fmt_text, rules) or q.draft.primary and any(
            partly_online(s.text, rules) for s in q.scope):
        return None
    a, p = q.anchor, patterns(rules)
    o = next((o for o in a.orgs if o.known and p.session_of.search(q.text, max(a.start, o.start - 40), o.start)), None)
    return seat_city(o.name, o.country, rules, capital=False) if o is not None else None


# ----------------------------------------------------------------------------- after the participants

def reception_host_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """A reception with no place named ("X received a delegation"): at the host's seat (for a
    national body, its capital); the host is the receiving person's body (the first organiser),
    or the body named before the verb."""
    rv = q.anchor.search(patterns(rules).reception_verb)
    if rv is None:
        return None
    host = next((o for o in q.orgs if q.organizers and o.name == q.organizers[0]), None)
    if host is None:
        before_verb = [o for o in q.anchor.orgs if o.end <= q.anchor.start + rv.start()]
        host = next((o for o in q.orgs if before_verb and o.name == before_verb[-1].name), None)
    return seat_city(host.name, host.country, rules) if host is not None else None


def called_on_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """"X paid a courtesy call on the First Deputy Chairman of the State Customs Committee": at
    the seat of the body of the person called on (a national body in its capital)."""
    a = q.anchor
    m = a.search(patterns(rules).call_on)
    if m is None:
        return None
    called = next((p for p in a.persons if p.start >= a.start + m.end()), None)
    ref = next((r for r in q.persons if called is not None and r.name == called.name), None)
    aff = ref.affiliation if ref is not None else None
    if not aff:
        return None
    if len(aff) == 2:
        return seat_city(None, aff, rules)
    body = next((o for o in q.orgs if o.name == aff), None)
    return seat_city(aff, body.country if body is not None else None, rules) if body is not None else None


_THERE = re.compile(r"\bthere\b")


def main_meeting_place(q: VenueQuery, rules: Rules) -> Venue | None:
    """The place of the item's main meeting, for a meeting held on its margins, "also" or "there"
    during the same trip, or on a day within it without a place of its own; "also met there" is
    where the meeting just before was."""
    m, d, p = q.main, q.draft, patterns(rules)
    if q.previous is not None and q.previous.city and q.anchor.has(_THERE):
        m = q.previous
    if d.primary or m is None or not m.city or m.place is None:
        return None
    a = q.anchor
    if not (a.has(p.margins) or a.has(p.also_there) or _during(d, m) and not a.places):
        return None
    return PlaceMention(0, 0, m.city, m.place.name or m.city, m.country or "", m.place.geonameid or 0,
                        m.place.latitude or 0.0, m.place.longitude or 0.0)


def _during(d: Draft, main: Meeting) -> bool:
    """Whether a draft's day falls within the days of its item's main meeting."""
    return bool(d.dates and len(d.dates[0]) == 10 and main.start and main.end and len(main.start) == 10
                and main.start <= d.dates[0] and d.dates[1] <= main.end)


def place_not_a_city(q: VenueQuery, rules: Rules) -> Venue | None:
    """A place named that is not a city ("at the Kyzyl-Bel checkpoint in the Batken region"):
    in person, with no city (only when nothing says online or hybrid)."""
    return NOT_A_CITY if q.medium is None and q.anchor.has(patterns(rules).non_city_place) else None


def subject_host_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """"The Drug Control Agency of X held talks with ...", no place named: at the body's seat."""
    if q.medium is not None:
        return None
    host = subject_host(q.text, q.anchor, rules)
    return seat_city(host.name, host.country, rules) if host is not None else None


def home_body_seat(q: VenueQuery, rules: Rules) -> Venue | None:
    """Nothing says where: a body's own news reports what happened at its seat (an embassy or a
    country office abroad does not sit in its country's capital); not for a plan, nor a hybrid
    meeting unless the text itself says hybrid."""
    hb = q.home_body
    if hb is None or q.draft.status != "held":
        return None
    if q.medium is not None and not (q.medium == "hybrid" and patterns(rules).hybrid.search(q.fmt_text)):
        return None
    return seat_city(hb.name, hb.country, rules)


VENUE_STRATEGIES: tuple[Callable[[VenueQuery, Rules], Venue | None], ...] = (
    *NAMED_VENUE,
    host_seat, host_dateline_city, host_capital, home_premises,
    scope_city, city_state_named, dated_opening_city, visited_capital, dateline_city, scope_visited_capital, visited_body_seat,
    session_seat,
    reception_host_seat, called_on_seat, main_meeting_place, place_not_a_city, subject_host_seat, home_body_seat,
)


def decide_venue(q: VenueQuery, rules: Rules | None = None) -> tuple[Venue | None, str]:
    """The venue and the strategy that decided it; none for an online meeting."""
    rules = rules or default_rules()
    if q.medium == "online":
        return None, ""
    named = first_named_venue(q, rules)
    if named[0] is not None:
        return named
    for strategy in VENUE_STRATEGIES[len(NAMED_VENUE):]:
        v = strategy(q, rules)
        if v is not None:
            return v, strategy.__name__
    return None, ""
