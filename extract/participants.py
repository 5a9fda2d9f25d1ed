"""Who took part in a meeting, and what part each played.

The people, bodies and countries of a meeting come from the sentences of its scope:

- a person takes part unless only talked about (:func:`founder_of`); the part is
  :data:`PERSON_PARTS` (chair or moderator after "chaired by", "under the chairmanship of";
  trainer after "trainers"; speaker before "made a presentation", "said"); the affiliation is
  :data:`AFFILIATION_STRATEGIES` (a body inside the title, the ministry a minister's title names,
  a country inside the title, the publisher a title names);
- a body takes part unless :data:`ORG_FILTERS` say it is only discussed, the source of the news,
  thanked or funding, or a modifier of a thing ("the EU approach"); its part is
  :data:`ORG_PARTS` (organiser after "organised by", the subject of "held", a co-organiser "in
  partnership with" it), host where the venue stage found it hosting;
- a country takes part where a participation frame names it ("delegations of X and Y", "the
  Kazakh side"), not as a topic ("trafficking from X") (:func:`frame_countries`).

Vocabulary lives in ``rules/cues.jsonl`` (``chair``, ``trainer``, ``speaker``, ``organiser``,
``participation``, ``topic``, ...): a new cue phrase goes there, a new kind of decision becomes a
function in one of the tuples here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .countries import CountryMention, find_countries
from .drafts import Draft, by_phone, embedded_post
from .facts import Sentence, cue
from .lexicon import Rules
from .mentions import OrgMention, PersonMention, ministry_of_title, normalise_org, official_name
from .names import fold
from .places import PlaceMention, capital
from .records import PARTS, Meeting, OrgRef, PersonRef, merge_ref
from .spans import SpanSet, starting_in

__all__ = ["Participants", "gather_participants", "PERSON_PARTS", "AFFILIATION_STRATEGIES", "ORG_FILTERS",
           "ORG_PARTS", "frame_countries"]


@dataclass(frozen=True)
class _Patterns:
    chair: re.Pattern[str]
    moderator: re.Pattern[str]
    trainer: re.Pattern[str]
    speaker: re.Pattern[str]
    discussed: re.Pattern[str]
    founding: re.Pattern[str]
    not_actor_before: re.Pattern[str]
    at_initiative: re.Pattern[str]
    founding_verb: re.Pattern[str]
    source_before: re.Pattern[str]
    source_after: re.Pattern[str]
    thanked_before: re.Pattern[str]
    funder_after: re.Pattern[str]
    modifier_after: re.Pattern[str]
    org_modifier: re.Pattern[str]
    org_thing: re.Pattern[str]
    venue_building: re.Pattern[str]
    organise_by: re.Pattern[str]
    subject_verb: re.Pattern[str]
    partner_with: re.Pattern[str]
    organiser_partner: re.Pattern[str]
    co_subject_verb: re.Pattern[str]
    centre_ref: re.Pattern[str]
    centre_in_role: re.Pattern[str]
    minister_title: re.Pattern[str]
    pair_gathering: re.Pattern[str]
    participation: re.Pattern[str]
    topic_before: re.Pattern[str]
    agents_of: re.Pattern[str]
    demonym_agent: re.Pattern[str]
    plan_of: re.Pattern[str]
    reception_verb: re.Pattern[str]
    national_office: re.Pattern[str]
    not_national_office: re.Pattern[str]
    host_cue: re.Pattern[str]


def _build(rules: Rules) -> _Patterns:
    from .venue import patterns as venue_patterns

    return _Patterns(
        chair=rules.rx(r"\b{chair}\b[^.;]{0,100}$", re.I),
        moderator=rules.rx(r"{moderator}", re.I),
        trainer=rules.rx(r"\b{trainer}\b[^.;]{0,100}$", re.I),
        speaker=rules.rx(r"[^.;]{0,120}?\b{speaker}\b", re.I),
        discussed=cue(rules, "discussed"),
        founding=rules.rx(r"{founding}"),
        not_actor_before=rules.rx(r"{not_actor_before}\s+(?:the\s+)?$"),
        at_initiative=re.compile(r"\bat\s+the\s+initiative\s+of\s+(?:the\s+)?$"),
        founding_verb=rules.rx(r"\b{founding_verb}\b"),
        source_before=rules.rx(r"\baccording\s+to\s+(?:the\s+)?(?:press\s+{press_unit}\s+of\s+(?:the\s+)?)?$", re.I),
        source_after=rules.rx(r"(?:\s+\([A-Z]{2,}\))?\s+(?:{reporting_verb}|told\s+\w+)\s*[.,;]?\s*$"),
        thanked_before=rules.rx(r"\b{thanks}\s+(?:[^.;]{0,60}?\band\s+)?(?:the\s+)?$", re.I),
        funder_after=rules.rx(r"\s*,?\s+(?:which|that|who)\s+{funds_verb}\b", re.I),
        modifier_after=rules.rx(r"(?P<hyphen>-{sponsor_participle}\b)?(?:['’]s)?\s*"),
        org_modifier=cue(rules, "org_modifier"), org_thing=cue(rules, "org_thing"),
        venue_building=cue(rules, "venue_building"),
        organise_by=rules.rx(r"\b{organiser}(?:\s+the)?\s*$", re.I),
        subject_verb=venue_patterns(rules).subject_verb,
        partner_with=rules.rx(r"\b{partner}\s+with\s+(?:the\s+)?$", re.I),
        organiser_partner=rules.rx(r"\b{organise_verb}\s+by\b[^.;]{0,160}?\b{partner}\s+with\s+(?:the\s+)?$", re.I),
        co_subject_verb=rules.rx(r"[^,.;]{0,120}?\b(?:{held_verb}|{organise_verb})\b", re.I),
        centre_ref=venue_patterns(rules).centre_ref,
        centre_in_role=rules.rx(r"\b{centre_title_word}\b"),
        minister_title=rules.rx(r"\b(?:First\s+)?(?:Deputy\s+)?Minister\s+of\s+(?:the\s+)?{portfolio}\b"),
        pair_gathering=rules.rx(r"(?:-[A-Z][a-z]+)?\s+(?:[a-z]+\s+)?{pair_gathering}\b", re.I),
        participation=cue(rules, "participation"),
        topic_before=rules.rx(r"(?:{topic}|from [^,]{0,30} to)\b[^.;]{0,35}$", re.I),
        agents_of=rules.rx(r"\b{agents}\s+(?:of|from)\s+(?:the\s+)?$", re.I),
        demonym_agent=rules.rx(r"\s+(?:[A-Z]{2,}\s+)?(?i:{demonym_agent})\b"),
        plan_of=rules.rx(r"{plan_noun}\s+(?:for|on|in|of|with)\s+(?:the\s+)?$"
                         r"|\b{topic_event}\s+on\s+(?:the\s+)?$", re.I),
        reception_verb=cue(rules, "reception_verb"),
        national_office=cue(rules, "national_office"),
        not_national_office=rules.rx(r"(?:{not_national_office})", re.I),
        host_cue=cue(rules, "host_cue"),
    )


def _p(rules: Rules) -> _Patterns:
    return rules.memo(_build)


@dataclass(frozen=True, slots=True)
class ParticipantQuery:
    """What the participant decisions read: the document's text, the draft, its anchor and
    scope, the host body the venue stage found, the page's publisher and home body."""

    text: str
    draft: Draft
    anchor: Sentence
    scope: tuple[Sentence, ...]
    host: OrgMention | None
    publisher: OrgMention | None
    home_body: OrgMention | None
    main: Meeting | None = None

    @property
    def home(self) -> str | None:
        return self.home_body.country if self.home_body is not None else None


@dataclass(frozen=True, slots=True)
class Participants:
    """The participants of one meeting, in the order first named."""

    persons: tuple[PersonRef, ...]
    organizations: tuple[OrgRef, ...]
    countries: tuple[str, ...]
    organizers: tuple[str, ...]
    chairs: tuple[str, ...]


@dataclass
class _Roster:
    """The participants as they are gathered (one entry per person name, per body key)."""

    home_body: OrgMention | None
    persons: dict[str, PersonRef] = field(default_factory=dict)
    orgs: dict[str, OrgRef] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)

    def add_country(self, code: str | None) -> None:
        if code and code not in self.countries:
            self.countries.append(code)

    def add_org(self, ref: OrgRef) -> None:
        key = normalise_org(ref.name)
        hb = self.home_body
        if ref.country is None and hb is not None and normalise_org(hb.name).startswith(key + " "):
            # "the State Customs Service" on the page of the State Customs Service of Turkmenistan
            ref = OrgRef(name=hb.name, acronym=ref.acronym, mentions=ref.mentions, parent=ref.parent,
                         country=hb.country, part=ref.part)
            key = normalise_org(ref.name)
        cur = self.orgs.get(key)
        self.orgs[key] = ref if cur is None else merge_ref(cur, ref)
        self.add_country(ref.country)

    def add_person(self, ref: PersonRef) -> None:
        cur = self.persons.get(ref.name)
        self.persons[ref.name] = ref if cur is None else merge_ref(cur, ref)

    def result(self) -> Participants:
        persons, renamed = trailing_forms_joined(list(self.persons.values()))
        chairs = tuple(dict.fromkeys(renamed.get(c, c) for c in self.chairs))
        organizers = tuple(dict.fromkeys(renamed.get(o, o) for o in self.organizers))
        return Participants(tuple(persons), tuple(self.orgs.values()), tuple(self.countries), organizers, chairs)


# ----------------------------------------------------------------------------- people

def trailing_forms_joined(persons: list[PersonRef]) -> tuple[list[PersonRef], dict[str, str]]:
    """A person of one meeting named by the last two words or more of another's full name ("López
    Obrador" beside "Andrés Manuel López Obrador": a double surname, read as a given name and a
    surname on its own; accents aside) is that person: its mentions join the longest full name's,
    in its place, with the more telling part of the two (a chair over a speaker). Also returns
    the names joined, to the name they joined (for the meeting's chairs and organisers).

    >>> refs = [PersonRef("Ana Maria López Obrador", part="speaker"), PersonRef("Maria Lopez Obrador"),
    ...         PersonRef("Lopez Obrador", ("President Lopez Obrador",), part="chair"), PersonRef("Jan Obrador")]
    >>> out, renamed = trailing_forms_joined(refs)
    >>> [(p.name, p.mentions, p.part) for p in out], renamed["Lopez Obrador"]
    ([('Ana Maria López Obrador', ('President Lopez Obrador',), 'chair'), ('Jan Obrador', (), 'participant')], 'Ana Maria López Obrador')
    """
    words = [[fold(w) for w in p.name.split()] for p in persons]
    into: dict[int, int] = {}
    for i, w in enumerate(words):
        if len(w) < 2:
            continue
        longer = [j for j, x in enumerate(words) if len(x) > len(w) and x[-len(w):] == w]
        if not longer:
            continue
        top = max(longer, key=lambda j: (len(words[j]), -j))
        if all(words[top][-len(words[j]):] == words[j] for j in longer):  # one person's nested forms
            into[i] = top
    if not into:
        return persons, {}
    out = list(persons)
    for i, j in into.items():
        joined = merge_ref(out[j], persons[i])
        part = min(out[j].part, persons[i].part, key=_PART_RANK.__getitem__)
        out[j] = joined if joined.part == part else replace(joined, part=part)
    return [p for k, p in enumerate(out) if k not in into], {persons[i].name: persons[j].name for i, j in into.items()}


_PART_RANK = {part: k for k, part in enumerate(PARTS)}


def founder_of(text: str, s: Sentence, p: PersonMention, rules: Rules) -> bool:
    """A person named as the founder or initiator of something discussed ("the Centre founded by
    X"): talked about, not taking part."""
    ctx = text[max(s.start, p.start - 60):p.start]
    return bool(_p(rules).discussed.search(ctx) and _p(rules).founding.search(ctx))


# a list of people: "X, Y and Z" (", and" opens a new clause as often: "chaired by X, and Y spoke")
_LIST_GAP = re.compile(r"\s*,\s+$|\s+and\s+$")


def _after_cue(rx: re.Pattern[str], text: str, s: Sentence, p: PersonMention) -> re.Match[str] | None:
    """A cue (up to 100 characters) before a person, or before the first person of a list the
    person closes ("co-chaired by X and Y", "trainers X, Y and Z"), with no other person
    between the cue and that list."""
    head = list_head(text, s, p)
    m = rx.search(text, max(s.start, head.start - 120), head.start)
    if m is None or starting_in(s.starts("persons"), m.start() + 1, head.start):
        return None
    return m


def list_head(text: str, s: Sentence, p: PersonMention) -> PersonMention:
    """The first person of the list ("X, Y and Z") that ``p`` is in, or ``p`` itself; the heads
    of a sentence are found in one pass, so a list of thousands costs no more per person."""
    def heads(s: Sentence) -> dict[int, PersonMention]:
        out: dict[int, PersonMention] = {}
        prev: PersonMention | None = None
        for q in s.persons:
            gap = prev is not None and prev.end <= q.start and _LIST_GAP.match(text, prev.end, q.start)
            out[id(q)] = out[id(prev)] if gap and prev is not None else q
            prev = q
        return out

    return s.memo("list_heads", heads).get(id(p), p)


def chair_part(text: str, s: Sentence, p: PersonMention, rules: Rules) -> str | None:
    """"chaired by X", "under the chairmanship of X", "co-chaired by X and Y"; "moderated by X"
    makes a moderator."""
    m = _after_cue(_p(rules).chair, text, s, p)
    if m is None:
        return None
    return "moderator" if _p(rules).moderator.search(m.group(0)) else "chair"


def trainer_part(text: str, s: Sentence, p: PersonMention, rules: Rules) -> str | None:
    """"The training was delivered by X", "trainers X and Y": a trainer."""
    return "trainer" if _after_cue(_p(rules).trainer, text, s, p) is not None else None


def speaker_part(text: str, s: Sentence, p: PersonMention, rules: Rules) -> str | None:
    """"X made a presentation", "X, Director of Y, said": a speaker."""
    return "speaker" if _p(rules).speaker.match(text, p.end, s.end) else None


PERSON_PARTS: tuple[Callable[[str, Sentence, PersonMention, Rules], str | None], ...] = (
    chair_part, trainer_part, speaker_part,
)


def body_in_title(q: ParticipantQuery, s: Sentence, p: PersonMention, rules: Rules) -> tuple[str | None, OrgRef | None]:
    """The body inside the person's title ("Director of the Drug Control Agency")."""
    rs = p.role_span
    inside = starting_in(s.starts("orgs"), rs[0], rs[1] + 1) if rs else range(0)
    return (s.orgs[inside[0]].name, None) if inside else (None, None)


def _title_countries(s: Sentence, p: PersonMention) -> list[CountryMention]:
    rs = p.role_span
    return [s.countries[i] for i in starting_in(s.starts("countries"), rs[0], rs[1])] if rs else []


def ministry_in_title(q: ParticipantQuery, s: Sentence, p: PersonMention, rules: Rules) -> tuple[str | None, OrgRef | None]:
    """The ministry a minister's title names, of the country the title or the clause before it
    names ("the Afghan side was represented by the Deputy Minister ..."), else of the page's
    country; the ministry takes part too."""
    ministry = ministry_of_title(p.role or "", rules)
    if not ministry:
        return None, None
    cc = _title_countries(s, p)
    code = cc[-1].code if cc else next((c.code for c in find_countries(p.role or "", rules)), None)
    if code is None:
        near = [c for c in s.countries if c.end <= p.start
                and not re.search(r"[;.]|\bwhile\b|\bwhereas\b", q.text[c.end:p.start])]
        code = near[-1].code if near else None
    code = code or q.home
    if not code:
        return None, None
    official = official_name(code, rules)
    name = f"{ministry} of {official}" if official else ministry
    return name, OrgRef(name=name, country=code)


def country_in_title(q: ParticipantQuery, s: Sentence, p: PersonMention, rules: Rules) -> tuple[str | None, OrgRef | None]:
    """A country inside the title ("Ambassador of Japan"): the country."""
    cc = _title_countries(s, p)
    return (cc[0].code, None) if cc else (None, None)


def publisher_in_title(q: ParticipantQuery, s: Sentence, p: PersonMention, rules: Rules) -> tuple[str | None, OrgRef | None]:
    """"Director of the Centre", a title naming the publisher: the publisher."""
    pub = q.publisher
    if pub is not None and (_p(rules).centre_in_role.search(p.role or "")
                            or pub.acronym and re.search(rf"\b{re.escape(pub.acronym)}\b", p.role or "")):
        return pub.name, None
    return None, None


AFFILIATION_STRATEGIES: tuple[Callable[[ParticipantQuery, Sentence, PersonMention, Rules],
                                       tuple[str | None, OrgRef | None]], ...] = (
    body_in_title, ministry_in_title, country_in_title, publisher_in_title,
)


def gather_person(q: ParticipantQuery, s: Sentence, p: PersonMention, roster: _Roster, rules: Rules) -> None:
    """One person of a scope sentence: part, affiliation, and the ministry or country it brings."""
    if founder_of(q.text, s, p, rules):
        return
    part = next((x for f in PERSON_PARTS if (x := f(q.text, s, p, rules)) is not None), "participant")
    if part in ("chair", "moderator") and p.name not in roster.chairs:
        roster.chairs.append(p.name)
    affiliation = None
    if p.role:
        for strategy in AFFILIATION_STRATEGIES:
            affiliation, org = strategy(q, s, p, rules)
            if org is not None:
                roster.add_org(org)
            if affiliation is not None:
                break
        if affiliation and len(affiliation) == 2:
            roster.add_country(affiliation)
    rank = p.rank or (p.honorific if p.honorific in ("H.E.",) else None)
    roster.add_person(PersonRef(name=p.name, mentions=(p.surface,), role=p.role, affiliation=affiliation,
                                rank=rank, part=part))


# ----------------------------------------------------------------------------- bodies

def only_discussed(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> bool:
    """"accession of X", "funded by X", "the status of X": X is talked about (not "at the initiative
    of X" when nothing is being founded)."""
    p = _p(rules)
    ctx = q.text[max(s.start, o.start - 50):o.start]
    return bool(p.not_actor_before.search(ctx)) and not (
        p.at_initiative.search(ctx) and not p.founding_verb.search(s.text))


def news_source(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> bool:
    """The source of the news: "according to the press service of X", "..., X said"."""
    p = _p(rules)
    ctx = q.text[max(s.start, o.start - 50):o.start]
    return bool(p.source_before.search(ctx) or p.source_after.match(q.text, o.end, s.end))


def thanked_or_funder(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> bool:
    """"thanked UNODC and the Government of Japan, which funds the project"."""
    p = _p(rules)
    ctx = q.text[max(s.start, o.start - 50):o.start]
    return bool(p.thanked_before.search(ctx) or p.funder_after.match(q.text, o.end, s.end))


def modifier_use(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> bool:
    """"the EU approach", "EU-funded projects", "a UNODC study", "EU foreign policy" (one word in
    lower case may stand between): the body only qualifies a thing."""
    p = _p(rules)
    m = p.modifier_after.match(q.text, o.end, s.end)
    if m is None:
        return False
    if m.group("hyphen") or p.org_modifier.match(q.text, m.end(), s.end) or p.org_thing.match(q.text, m.end(), s.end):
        return True
    w = _LOWER_WORD.match(q.text, m.end(), s.end)
    return w is not None and p.org_thing.match(q.text, w.end(), s.end) is not None


_LOWER_WORD = re.compile(r"[a-z]+\s+")


def venue_building(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> bool:
    """"the Mulungushi Conference Centre", "the International Convention Center": a building
    that hosts meetings is where one is held, no participant."""
    return _p(rules).venue_building.search(o.name) is not None


ORG_FILTERS: tuple[Callable[[ParticipantQuery, Sentence, OrgMention, Rules], bool], ...] = (
    only_discussed, news_source, thanked_or_funder, modifier_use, venue_building,
)


def organised_by(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> str | None:
    """"organised by X", "at the invitation of X" (also the last of a list after the cue)."""
    p = _p(rules)
    ctx = q.text[max(s.start, o.start - 50):o.start]
    cut = re.sub(r"(?:,\s*|\s+and\s+)(?:the\s+)?[^,]{0,120}$", "", ctx)
    return "organiser" if p.organise_by.search(cut) or p.organise_by.search(ctx) else None


def anchor_subject(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> str | None:
    """The body that held it, as the anchor's subject ("X, together with Y, organised ...")."""
    if s is not q.anchor:
        return None
    ctx = q.text[max(s.start, o.start - 50):o.start]
    if _p(rules).subject_verb.match(q.text, o.end, s.end) and not re.search(r"\b(?:with|of|by|from|to|for)\s+(?:the\s+)?$", ctx):
        return "organiser"
    return None


def co_organiser(q: ParticipantQuery, s: Sentence, o: OrgMention, rules: Rules) -> str | None:
    """"A together with B conducted", "organised by A in partnership with B": B organised too."""
    p = _p(rules)
    ctx = q.text[max(s.start, o.start - 50):o.start]
    if p.partner_with.search(ctx) and (p.organiser_partner.search(q.text, max(s.start, o.start - 200), o.start)
                                       or s is q.anchor and p.co_subject_verb.match(q.text, o.end, s.end)):
        return "organiser"
    return None


ORG_PARTS: tuple[Callable[[ParticipantQuery, Sentence, OrgMention, Rules], str | None], ...] = (
    organised_by, anchor_subject, co_organiser,
)


def gather_org(q: ParticipantQuery, s: Sentence, o: OrgMention, roster: _Roster, rules: Rules) -> None:
    """One body of a scope sentence, unless a filter drops it; the host found by the venue stage
    is the host."""
    if any(f(q, s, o, rules) for f in ORG_FILTERS):
        return
    part = next((x for f in ORG_PARTS if (x := f(q, s, o, rules)) is not None), "participant")
    if q.host is not None and o.name == q.host.name:
        part = "host"
    if part in ("organiser", "host") and o.name not in roster.organizers:
        roster.organizers.append(o.name)
    roster.add_org(OrgRef(name=o.name, acronym=o.acronym, mentions=(o.surface,) if o.surface else (),
                          parent=o.parent, country=o.country, part=part))


def untitled_ministers(q: ParticipantQuery, s: Sentence, roster: _Roster, rules: Rules) -> None:
    """A minister named only by the title ("The Deputy Minister of Internal Affairs met ..."):
    the ministry takes part, of the country the title gives or the page's country."""
    text = q.text
    for tm in _p(rules).minister_title.finditer(s.text):
        at = s.start + tm.start()
        if s.spans("persons").covers(at) or s.spans("roles").covers(at):
            continue  # the title of a named person: handled with that person
        ministry = ministry_of_title(tm.group(0), rules)
        end = s.start + tm.end()
        cc = [c for c in s.countries if c.form != "demonym" and c.start >= end
              and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[end:c.start])
              or c.form == "demonym" and c.end == at - 1]
        code = cc[0].code if cc else q.home
        if ministry and code:
            official = official_name(code, rules)
            roster.add_org(OrgRef(name=f"{ministry} of {official}" if official else ministry, country=code))


# ----------------------------------------------------------------------------- countries

_LIST_ITEM = re.compile(r"\s*(?:[-•*–—▪·]|\d{1,2}[.)])\s*")


def list_item(s: Sentence) -> bool:
    """A line of a list: it opens with a bullet or a number, or it is a few words only."""
    return bool(_LIST_ITEM.match(s.text)) or len(s.text.split()) <= 8


def frame_countries(q: ParticipantQuery, s: Sentence, operation: bool, roster: _Roster, rules: Rules,
                    in_list: bool = False) -> None:
    """The countries of a sentence that take part: both sides of "the Kyrgyz-Russian working
    group"; in a sentence with a participation cue, every country not inside a body's name or a
    title, not a topic ("trafficking from X"), a plan's subject or a funder, and a demonym only
    before who took part ("Kazakh border guards"); a coordinated list shares the fate of its
    first country; "the Kazakh side" always. ``in_list``: the sentence is an item of a list a
    participation cue introduced ("attended by the following members:")."""
    p, text = _p(rules), q.text
    for c in s.countries:
        if c.form == "demonym" and (text[c.end:c.end + 1] == "-" or text[c.start - 1:c.start] == "-") \
                and p.pair_gathering.match(text, c.end, s.end):
            roster.add_country(c.code)
    if not ((in_list or s.has(p.participation)) and not operation):
        for c in s.countries:
            if c.form == "side":
                roster.add_country(c.code)
        return
    org_spans, role_spans, place_spans = s.spans("orgs"), s.spans("roles"), s.spans("places")
    excluded_prev: tuple[int, bool] | None = None
    for c in s.countries:
        if excluded_prev is not None and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:the\s+)?",
                                                      text[excluded_prev[0]:c.start]):
            if excluded_prev[1]:
                excluded_prev = (c.end, True)
                continue
            excluded_prev = (c.end, False)
            if not (org_spans.covers(c.start) or role_spans.covers(c.start)):
                roster.add_country(c.code)
            continue
        excluded_prev = (c.end, False)
        if org_spans.covers(c.start) or role_spans.covers(c.start) or in_a_place_name(c, place_spans):
            continue
        if c.form == "side":
            roster.add_country(c.code)
            continue
        before = text[max(s.start, c.start - 45):c.start]
        if (p.topic_before.search(before) and not p.agents_of.search(before)) or p.plan_of.search(before) \
                or p.thanked_before.search(before) or p.funder_after.match(text, c.end, s.end):
            excluded_prev = (c.end, True)
            continue
        if c.form == "demonym" and not p.demonym_agent.match(text, c.end):
            continue
        roster.add_country(c.code)


def in_a_place_name(c: CountryMention, places: SpanSet[None]) -> bool:
    """A country's name inside a city's, after its first word ("Port of Spain"): the city, no
    country taking part ("Guatemala", the city and the country, still counts)."""
    return places.covers(c.start - 1) and places.covers(c.start)


def reception_host(q: ParticipantQuery, roster: _Roster, rules: Rules) -> None:
    """"Director X of the Y received a delegation": Y (the receiver's body) hosts; "the
    delegation was received by the Deputy Chief, Colonel X": X's body hosts."""
    a, text = q.anchor, q.text
    rv = a.search(_p(rules).reception_verb)
    if rv is None:
        return
    verb_at = a.start + rv.start()
    if re.match(r"\s+by\b", a.text[rv.end():]):
        subj = [p for p in a.persons if p.start > verb_at][:1]
    else:
        subj = [p for p in a.persons if p.end <= verb_at and not re.search(r"[.;]", text[p.end:verb_at])][-1:]
    if subj:
        ref = roster.persons.get(subj[-1].name)
        aff = ref.affiliation if ref is not None else None
        if aff and len(aff) > 2 and aff not in roster.organizers and aff in {o.name for o in roster.orgs.values()}:
            roster.organizers.append(aff)


def gather_participants(q: ParticipantQuery, rules: Rules) -> Participants:
    """Every participant of the draft's scope, in the order named (see the module docstring)."""
    roster = _Roster(q.home_body)
    d = q.draft
    in_list = False
    for s in q.scope:
        if embedded_post(s):
            continue  # a post embedded in the page repeats the report: its names are not read again
        in_list = in_list and list_item(s)
        operation = s.operation and not s.triggers
        # a plan names who prepares it, not who will attend; talks by telephone are not this meeting
        for p in ([] if d.status == "planned" and not d.primary or by_phone(s, rules) else s.persons):
            gather_person(q, s, p, roster, rules)
        for o in ([] if operation else s.orgs):
            gather_org(q, s, o, roster, rules)
        pub = q.publisher
        if pub is not None and (m := s.search(_p(rules).centre_ref)) is not None:
            roster.add_org(OrgRef(name=pub.name, acronym=pub.acronym, mentions=(m.group(0),), parent=pub.parent,
                                  country=pub.country))
        if s is q.anchor:
            untitled_ministers(q, s, roster, rules)
        frame_countries(q, s, operation, roster, rules, in_list)
        if s.text.rstrip().endswith(":") and s.has(_p(rules).participation):
            in_list = True  # "The meeting was attended by the following members:" and its lines
    reception_host(q, roster, rules)
    main_person_by_name(q, roster)
    return roster.result()


_NAME_WORD = re.compile(r"[A-Z][\w'’-]{2,}")


def host_of_officials(mtype: str, venue: PlaceMention | None, persons: tuple[PersonRef, ...],
                      evidence: tuple[str, ...], rules: Rules) -> str | None:
    """The venue's country as a participant of talks or a visit held in its capital or said to be
    hosted in one of the ``evidence`` sentences ("received", "visiting", "here": cue host_cue),
    where someone holds a national office with no affiliation found ("Interior Minister X held a
    meeting with the US envoy in Islamabad", "Vice-president Pun paid a courtesy call on the
    visiting President of Bangladesh here"): the host government (SCHEMA: "host government"). Not at a conference or a session,
    where officials of anywhere gather; not for talks merely held in another city ("met his
    Armenian counterpart in Geneva"); not for an office below or outside a government's (cue
    not_national_office: "Chief Minister", "Minister-Counsellor", "former President").

    >>> from parleygraph.extract.lexicon import default_rules
    >>> from parleygraph.extract.places import find_places
    >>> r = default_rules()
    >>> ps = (PersonRef("Ana Lis", role="Vice-president"), PersonRef("Jan Kowal", role="President of Zenda", affiliation="ZZ"))
    >>> def host(t, e):
    ...     return host_of_officials(t, find_places(e, rules=r)[0], ps, (e,), r)
    >>> [host("meeting", "Ana Lis met Jan Kowal in Kathmandu."), host("conference", "Ana Lis met Jan Kowal in Kathmandu."),
    ...  host("meeting", "Ana Lis met Jan Kowal in Pokhara."), host("meeting", "Ana Lis received Jan Kowal in Pokhara.")]
    ['NP', None, None, 'NP']
    """
    p = _p(rules)
    if mtype not in ("meeting", "visit") or venue is None or not venue.country:
        return None
    seat = capital(venue.country, rules)
    if not (seat is not None and seat.geonameid == venue.geonameid or any(p.host_cue.search(e) for e in evidence)):
        return None
    return venue.country if any(q.affiliation is None and q.role and p.national_office.search(q.role)
                                and not p.not_national_office.search(q.role) for q in persons) else None


def main_person_by_name(q: ParticipantQuery, roster: _Roster) -> None:
    """A person of the item's main meeting named again by one word of the name, outside any
    person's name, in the sentence of a later meeting ("When meeting with Mr. Karo Velez,
    Lan appreciated ..." after "Minister Lan Tovik met guests ..."): that person takes part."""
    m, a = q.main, q.anchor
    if m is None or q.draft.primary or q.draft.status == "planned" or not m.persons:
        return  # a plan names who prepares it, not who will attend
    taken = a.spans("persons")
    words = {w.group() for w in _NAME_WORD.finditer(a.text) if not taken.covers(a.start + w.start())}
    for ref in m.persons:
        if ref.name not in roster.persons and words & set(ref.name.split()):
            roster.add_person(PersonRef(name=ref.name, mentions=ref.mentions, role=ref.role,
                                        affiliation=ref.affiliation, rank=ref.rank, part="participant"))
