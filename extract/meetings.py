"""Assembling meetings from the mentions of a news item.

One record per distinct dated gathering: an item's first sentence with a meeting word opens
its main meeting; a later sentence with a meeting word and a date of its own opens another
(unless it only refers back to a meeting another item of the document reports in full); a
range subdivided by later per-day sentences ("The webinar on 7 July ...", "The webinar held on
8 July ...") becomes one record per day. Participants are gathered from the sentences of the
meeting's scope, leaving out actors that are only discussed and police operations.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from .countries import country_info, find_countries
from .dates import DateMention, find_dates, infer_year, parse_dateline
from .lexicon import alternation, load_organizations, load_rules
from .mentions import OrgMention, PersonMention, _official_name as _official, find_orgs, find_persons, ministry_of_title, normalise_org
from .places import PlaceMention, capital as capital_city, find_places, lookup_city
from .records import Document, Item, Meeting, OrgRef, PersonRef, Place
from .segment import split_items, split_sentences

__all__ = ["extract_document", "TYPE_PRIORITY"]

TYPE_PRIORITY = ("side_event", "hearing", "webinar", "working_group", "council_session", "training",
                 "seminar", "workshop", "conference", "videoconference", "visit", "meeting")


@cache
def _triggers() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = load_rules("triggers.jsonl", ("word", "type"))
    table = {r["word"]: r["type"] for r in rows}
    alts = alternation(table, ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b{alts}\b", re.I), table


@cache
def _cue_words() -> dict[str, tuple[str, ...]]:
    """The words of each cue group of rules/cues.jsonl."""
    groups: dict[str, list[str]] = {}
    for r in load_rules("cues.jsonl", ("word", "cue")):
        groups.setdefault(r["cue"], []).append(r["word"])
    return {k: tuple(v) for k, v in groups.items()}


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    groups = _cue_words()
    return {k: re.compile(r"\b" + alternation(v, ignore_case=True, space=r"\ ") + r"\b", re.I)
            for k, v in groups.items()}


# "online" of a gathering, not of a trade ("online drug shops", "couriers recruited online")
_ONLINE_WORD = (r"(?<!sold )(?<!ordered )(?<!bought )(?<!recruited )(?<!advertised )(?<!purchased )(?<!offered )"
                r"online(?!\s+(?:drug\s+)?(?:shops?|stores?|sales?|markets?|marketplaces?|trade|trading|platforms?|"
                r"casinos?|gambling|fraud|scams?|advertising|ads|recruitment|shopping|payments?|pharmac\w+|"
                r"dealers?|sellers?)\b)")
_ONLINE = re.compile(r"\b(?:" + _ONLINE_WORD + r"|via video ?conference|videoconference|video-conference|video conference|"
                     r"virtual(?:ly)?|webinars?|format of video ?conference|remotely|via (?:zoom|webex|teams)|"
                     r"(?:via|by|through)\s+(?:a\s+)?video[\s-]?(?:link|call|communication)|video[\s-]?link)\b", re.I)
_PREMISES = (r"(?:central\s+apparatus|headquarters|premises|(?:main\s+|administrative\s+)?building|offices?|seat|"
             r"conference\s+hall|assembly\s+hall|campus)")
# a place named that is not a city ("at the Kyzyl-Bel checkpoint in the Batken region")
_NON_CITY_PLACE = re.compile(r"\b(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,4}(?:checkpoint|check-point|border\s+crossing|"
                             r"crossing\s+point|border\s+post|outpost|region|oblast|province|district)\b")
_APPOS_BREAK = re.compile(r"[.;]|\bon\s+(?:\d|[A-Z][a-z]+\s+\d)|\b[a-z]+ed\b|\b(?:held|met|took|paid|gave|made|went|came|led|spoke|told|said|brought|"
                          r"began|sent|signed|was|were|is|are|has|have|had|will|"
                          r"in\s+(?:the|a)\s+(?:\w+\s+){0,2}(?:format|meeting|talks)|during|where|who|which)\b"
                          # the premises the meeting was held in ("Colonel X, at the ANF headquarters in Y")
                          r"|\bat\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:headquarters|premises|building|hall)\b")
# bodies that sit abroad or away from their head office
_ABROAD_HEADS = r"Embassy|Consulate|Mission|Delegation|Representation|Office"
_BODY_IN = re.compile(rf"\b(?:{_ABROAD_HEADS}|Bureau)\s+in\s+$")
_HELD_VERBS = r"(?:held|hosted|organi[sz]ed|conducted|convened)"
_REPORTED = r"(?:said|says|reported|reports|announced|stated|told\s+\w+)"  # a source's verb
_BY_BODY = re.compile(rf"\b{_HELD_VERBS}\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,6}}in\s+$")
_IN_CITY_END = re.compile(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
_ABROAD_BODY = re.compile(rf"\b(?:{_ABROAD_HEADS})\b")
_HYBRID_WORDS = r"hybrid|online and offline|in person and online|offline and online"
_HYBRID = re.compile(rf"\b(?:{_HYBRID_WORDS})\b", re.I)
# hybrid, or some took part from afar ("the Russian delegation joined online")
_PARTLY_ONLINE = re.compile(r"\b(?:(?:took part|participated|joined|connected)(?:\s+(?:it|them|the\s+\w+))?\s+"
                            rf"(?:online|remotely|via\s+video\w*)|{_HYBRID_WORDS})\b", re.I)
_PARTLY_ONLINE_WORDS = ("online", "remotely", "video", "hybrid", "offline", "in person")


def _partly_online(text: str) -> bool:
    """``_PARTLY_ONLINE`` in ``text``; most sentences have none of its words, which is cheaper
    to see first than to run the pattern."""
    low = text.lower()
    return any(w in low for w in _PARTLY_ONLINE_WORDS) and _PARTLY_ONLINE.search(text) is not None


_DISCUSS_BEFORE = re.compile(
    r"(?:accession of|accession to|entry of|situation in|cultivation in|production in|seized in|seizures in|"
    r"from|to|contribution from|allocated by|funded by|financed by|in cooperation with the special services of|"
    r"drugs? (?:in|from|to)|trafficking (?:in|from|to)|return of our citizens from|citizens from|in|and|,|the)\s*$", re.I)
_VENUE_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:premises\s+of\s+(?:the\s+)?)?$", re.I)
_AT_ORG = re.compile(r"\b(?:in|at|visited|visits?\s+to)\s+(?:the\s+)?(?:premises\s+of\s+(?:the\s+)?|headquarters\s+of\s+(?:the\s+)?)?$", re.I)
_DURING_VISIT = re.compile(r"\bduring\s+(?:his|her|their|the|a|an)?\s*(?:\w+\s+){0,2}visit\b", re.I)
_ORGANISE_BY = re.compile(r"\b(?:(?:co-?)?organi[sz]ed|convened|hosted|arranged|initiated|conducted|facilitated)\s+by(?:\s+the)?\s*$"
                          r"|\bat\s+the\s+(?:invitation|initiative)\s+of(?:\s+the)?\s*$", re.I)
_PARTNER_WITH = re.compile(r"\b(?:together|jointly|in cooperation|in partnership|in collaboration)\s+with\s+(?:the\s+)?$", re.I)
_ORGANISER_PARTNER = re.compile(r"\b(?:organi[sz]ed|convened|hosted|conducted|arranged)\s+by\b[^.;]{0,160}?"
                                r"\b(?:together|jointly|in cooperation|in partnership|in collaboration)\s+with\s+(?:the\s+)?$", re.I)
_CO_SUBJECT_VERB = re.compile(r"[^,.;]{0,120}?\b(?:organi[sz]ed|convened|hosted|held|conducted|arranged)\b", re.I)
_SUBJECT_VERB = re.compile(r"\s*(?:(?:,|and|together with|jointly with|along with)\s+[^,.]{0,160}?\s*"
                           r"|,?\s*in\s+(?:partnership|cooperation|collaboration)\s+with\s+[^.;]{0,160}?,\s*)?"
                           r"(?:organi[sz]ed|convened|hosted|held|conducted|arranged|initiated)\b", re.I)
_CHAIR_BY = re.compile(r"\b(?:chaired|moderated|presided over|co-chaired)\s+by\b[^.;]{0,100}$", re.I)
_SPEAK_AFTER = re.compile(r"[^.;]{0,120}?\b(?:made|delivered|gave|presented|addressed|briefed|informed|"
                          r"spoke|noted|stressed|emphasi[sz]ed|underscored|highlighted|pointed out|said|opened|"
                          r"announced|shared|offered)\b", re.I)
_TRAIN = re.compile(r"\b(?:trainers?|instructors?|trained|taught|training was (?:delivered|conducted) by)\b", re.I)
_PLURAL_COUNT = re.compile(r"\b(?:two|three|four|five|several|series of)\s+\w*\s*(?:webinars|meetings|seminars|sessions|workshops|trainings|conferences)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:published|signed|adopted|established|founded|issued|launched|approved)\s+(?:by\s+[^,.]{0,60}\s+)?(?:on|in)\s*$", re.I)
# Words before a city that make it the venue when the sentence is not the meeting's own.
# "the city of", "the border town of", "the mountain village of"
_TOWN_OF = (r"(?:(?:(?:[A-Z][a-z]+|border|frontier|small|mountain|coastal|port|provincial|regional|district|northern|southern|"
            r"eastern|western|central)\s+){0,2}(?:city|town|village|settlement|port)\s+of\s+)?")
_VENUE_CUE = re.compile(r"\b(?:held|took place|takes place|gathered|convened|hosted|met|meetings?|arrived|"
                        r"visit(?:ed|s)?|trip|travel(?:l?ed)?|stay(?:ed)?|venue|talks|consultations|negotiations|"
                        r"session|seminar|workshop|training|course|conference|event|round\s+table|forum|hearings?|"
                        r"attended|gathering)\b[^.;]{0,90}?"
                        rf"\b(?:in|to|at)\s+(?:the\s+)?{_TOWN_OF}$", re.I)
_VENUE_BEFORE = re.compile(r"\b(?:in|at|visited|(?:visit(?:ed)?|trip|travel(?:l?ed)?|came|arrived)\s+to)\s+(?:[Tt]he\s+)?"
                           rf"{_TOWN_OF}$"
                           # "at the customs post of the Turkmenbashi Seaport"
                           r"|\bat\s+the\s+(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?$")
_VISIT_TO = re.compile(r"\b(?:visit(?:ed|s)?|trip|travel(?:l?ed)?|arrived|came)\s+(?:to\s+|in\s+)?(?:the\s+)?$", re.I)
_VISIT_BODY = re.compile(r"\b(?:visit(?:ed|s|ing)?|(?:visit|trip|tour)\s+(?:[^.;]{0,80}?\s)?to)\s+(?:the\s+)?$", re.I)
_AT_OR_VISITED = re.compile(r"\b(?:visited|visit\s+to|at|in)\s+(?:the\s+)?$")
_CITY_HOSTED = re.compile(r"\s+(?:hosted|welcomed|was\s+the\s+venue|became\s+the\s+venue)\b")
_NOT_CITY_AFTER = re.compile(r"\s+(?:region|oblast|province|district|area|airport|border|direction)\b", re.I)
_HQ_OF_PUBLISHER = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:Centre|Center|Organi[sz]ation)(?:'s|’s)|its|our)\s+"
                              r"(?:headquarters|premises|office|building|seat)\b"
                              r"|\b(?:at|in)\s+the\s+(?:headquarters|premises|office|building|seat)\s+of\s+the\s+"
                              r"(?:Centre|Center|Organi[sz]ation)\b")
# "CARICC Director ... received in his office": the office of the publisher's head
_HEAD_OFFICE = re.compile(r"\b(?:at|in)\s+(?:his|her)\s+office\b")
# A country after a topic ("trafficking from X", "the situation in X") is discussed, unless it
# follows the people or bodies it sends ("drug control units of X", "experts from X"); a demonym
# stands for its country when it qualifies who took part ("the Kazakh border guards"), not a
# thing ("Afghan opiates"). The words are rules/cues.jsonl's "topic", "agents" and
# "demonym_agent" cues.
@cache
def _country_frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _cue_words()
    topic = re.compile(rf"(?:{alternation(words['topic'], ignore_case=True)}|from [^,]{{0,30}} to)\b[^.;]{{0,35}}$", re.I)
    agents = re.compile(rf"\b{alternation(words['agents'], ignore_case=True)}\s+(?:of|from)\s+(?:the\s+)?$", re.I)
    demonym = re.compile(rf"\s+(?:[A-Z]{{2,}}\s+)?(?i:{alternation(words['demonym_agent'], ignore_case=True)})\b")
    return topic, agents, demonym


# "the Kyrgyz-Russian working group", "Kazakh-Chinese talks": both sides take part
_PAIR_GATHERING = re.compile(r"(?:-[A-Z][a-z]+)?\s+(?:[a-z]+\s+)?(?:working\s+group|(?:intergovernmental\s+)?commission|talks|consultations|"
                             r"meeting|council|dialogue|committee|summit|forum|negotiations)\b", re.I)
_MINISTER_TITLE = re.compile(r"\b(?:First\s+)?(?:Deputy\s+)?Minister\s+of\s+(?:the\s+)?(?:Internal\s+Affairs|Interior|"
                             r"Foreign\s+Affairs|Justice|Defen[cs]e|Finance|Health|Emergencies)\b")
_PLAN_OF = re.compile(r"(?:Programme|Program|Strategy|Plan|Initiative|Project|Agreement)\s+(?:for|on|in|of|with)\s+(?:the\s+)?$"
                      r"|\b(?:conference|forum|summit|dialogue|talks|process|issue|question)\s+on\s+(?:the\s+)?$", re.I)
_SETTING_UP = re.compile(r"\b(?:create|creating|establish|establishing|set\s+up|setting\s+up|form|forming|"
                         r"creation\s+of|establishment\s+of)\s+(?:a|an|the)?\s*(?:joint\s+|new\s+|permanent\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.I)
_MARGINS = re.compile(r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\b|"
                      r"\b(?:in|at)\s+the\s+same\s+(?:place|venue|city|premises|building)\b", re.I)
_MARGINS_OF = re.compile(r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I)
# a second meeting of a trip: "the delegation also met", "met there", "during the visit"
_ALSO_THERE = re.compile(r"\b(?:also|there|on the same day|in the same place|at the same venue|during (?:the|this|his|her|their) (?:\w+ )?(?:visit|trip|stay))\b")
_CENTRE_REF = re.compile(r"\b(?:the|this)\s+(?:Centre|Center|center|Organization)\b|\bCentre(?:'s|’s)|\bCentre Director\b|\bDirector of the Centre\b")


@dataclass(slots=True)
class _Sent:
    start: int
    end: int
    text: str
    dates: list[DateMention]
    triggers: list[tuple[int, int, str]]
    persons: list[PersonMention]
    orgs: list[OrgMention]
    countries: list
    places: list[PlaceMention]
    operation: bool


@dataclass(slots=True)
class _Draft:
    anchor: int
    scope: list[int]
    dates: tuple[str, str] | None = None
    inferred: bool = False
    status: str = "held"
    primary: bool = True
    earlier: bool = False
    filled: bool = False
    types: list[str] = field(default_factory=list)


_IN_THE_COURSE_OF = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+course\s+of\b")


def _analyse(text: str, s: int, e: int, acronyms: dict[str, str], known: set[str], ref_country: str | None) -> _Sent:
    sent = text[s:e]
    rx, table = _triggers()
    trig = []
    for m in rx.finditer(sent):
        w = " ".join(m.group(0).lower().replace("-", " ").split())
        w2 = m.group(0).lower()
        typ = table.get(w2) or table.get(w) or "meeting"
        if typ == "council_session" and not re.search(r"[A-Z]", m.group(0)[0]) and w == "council":
            typ = "meeting"
        if _SETTING_UP.search(sent, 0, m.start()):
            continue  # "agreed to create a joint working group": a body set up, not a gathering
        if _IN_THE_COURSE_OF.search(sent, max(0, m.start() - 12), m.end() + 3):
            continue  # "in the course of the operation": while, not a training course
        trig.append((s + m.start(), s + m.end(), typ))
    if not trig:
        # a reception: "received at the headquarters a delegation of ..."
        cues = _cues()
        for m in cues["reception_verb"].finditer(sent):
            if cues["reception_object"].search(sent, m.end(), m.end() + 60):
                trig.append((s + m.start(), s + m.end(), "meeting"))
                break
    dates = [replace(d, start=d.start + s, end=d.end + s) for d in find_dates(sent)]
    persons = find_persons(text, s, e, frozenset(known))
    for p in persons:
        known.add(p.name.split()[-1] if not p.name.split()[-1].endswith(".") else p.name.split()[0])
    orgs = find_orgs(text, s, e, acronyms, [(p.start, p.end) for p in persons])
    countries = [replace(c, start=c.start + s, end=c.end + s) for c in find_countries(sent)]
    places = [replace(p, start=p.start + s, end=p.end + s) for p in find_places(sent, country_hint=ref_country)]
    operation = bool(_cues()["operation"].search(sent))
    return _Sent(s, e, sent, dates, trig, persons, orgs, countries, places, operation)


def _meeting_date(sent: _Sent) -> DateMention | None:
    best = None
    for d in sent.dates:
        before = sent.text[: d.start - sent.start]
        if _PUBLISHED.search(before):
            continue
        if d.precision == "year":
            continue
        if best is None or (best.precision != "day" and d.precision == "day"):
            best = d
            if d.precision == "day":
                break
    return best


def _dateline_city(text: str, item: Item) -> PlaceMention | None:
    """The city of the item's dateline (cut from its body by the segmenter, or still among its
    first lines), from the gazetteer."""
    names = [item.dateline] if item.dateline else []
    head = text[item.start:min(item.end, item.start + 400)]
    names += [dl.place for line in head.splitlines()[:4] if (dl := parse_dateline(line))]
    for name in names:
        if name.isupper():  # "NUR-SULTAN" -> "Nur-Sultan"
            name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())
        city = lookup_city(name)
        if city is not None:
            return city
    return None


def _resolve_year(d: DateMention, ref: str | None, *, future: bool = False) -> tuple[tuple[str, str] | None, bool]:
    if d.year_given:
        return (d.first, d.last), False
    if not ref:
        return None, False
    filled = infer_year(d, ref, future=future)
    if filled.first.startswith("0000"):
        return None, False
    return (filled.first, filled.last), True


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0][: len(b[1])] <= b[1] and b[0][: len(a[1])] <= a[1] or a[0][:7] == b[0][:7] and (len(a[0]) == 7 or len(b[0]) == 7)


def _type_of(sents: list[_Sent], idx: list[int], headline: str | None) -> str:
    found: list[str] = []
    for i in idx:
        s = sents[i]
        visit_frames = [m.span() for m in _DURING_VISIT.finditer(s.text)]
        for a, b, t in s.triggers:
            if t == "visit" and any(x <= a - s.start < y for x, y in visit_frames):
                continue
            if _MARGINS_OF.search(s.text, 0, a - s.start):
                continue  # "on the margins of the workshop, ... met": the workshop is the setting
            found.append(t)
    if headline:
        rx, table = _triggers()
        for m in rx.finditer(headline):
            t = table.get(m.group(0).lower()) or table.get(" ".join(m.group(0).lower().replace("-", " ").split()))
            if t and t != "council_session":
                found.append(t)
    for t in TYPE_PRIORITY:
        if t in found:
            return t
    return "meeting"


def _publisher(doc_sents: list[_Sent]) -> OrgMention | None:
    counts: Counter[str] = Counter()
    first: dict[str, OrgMention] = {}
    for s in doc_sents:
        for o in s.orgs:
            if o.known and re.search(r"\b(?:Centre|Center|Organization|Organisation)\b", o.name):
                counts[o.name] += 1
                first.setdefault(o.name, o)
    if not counts:
        return None
    name = max(sorted(counts), key=lambda n: counts[n])
    return first[name]


def extract_document(doc: Document, items: list[Item] | None = None) -> list[Meeting]:
    """All meetings reported in one document, numbered ``<doc-stem>#<n>`` in order.

    ``items`` are the document's news items when the caller has already split them
    (:func:`~parleygraph.extract.segment.split_items`).

    >>> from parleygraph.extract.records import Document
    >>> d = Document(doc="x.txt", text="A meeting of experts was held in Almaty on 21 December 2023.")
    >>> [(m.type, m.start, m.city) for m in extract_document(d)]
    [('meeting', '2023-12-21', 'Almaty')]
    """
    if items is None:
        items = split_items(doc)
    text = doc.text
    acronyms: dict[str, str] = {}
    per_item: list[tuple[Item, list[_Sent]]] = []
    all_sents: list[_Sent] = []
    for item in items:
        known: set[str] = set()
        sents = [_analyse(text, s, e, acronyms, known, None) for s, e in split_sentences(text, item.start, item.end)]
        per_item.append((item, sents))
        all_sents.extend(sents)
    publisher = _publisher(all_sents)
    home = _home_body(doc, items)
    drafts_by_item: list[list[_Draft]] = [_drafts(item, sents) for item, sents in per_item]
    _fill_dates(per_item, drafts_by_item)
    _drop_back_references(drafts_by_item)
    out: list[Meeting] = []
    stem = doc.doc.rsplit(".", 1)[0] if "#" not in doc.doc else doc.doc
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        main: Meeting | None = None
        for d in drafts:
            m = _assemble(doc, item, sents, d, publisher, f"{stem}#{len(out) + 1}", home, main)
            if m is None:
                continue
            if d.primary and main is None:
                main = m
            out.append(m)
    return out


def _dated_operation(s: _Sent, d: DateMention) -> bool:
    """Whether the date follows the name of an operation in the sentence: it dates the operation."""
    m = _cues()["dated_operation"].search(s.text)
    return bool(m) and m.start() < d.start - s.start


def _drafts(item: Item, sents: list[_Sent]) -> list[_Draft]:
    drafts: list[_Draft] = []
    cues = _cues()
    for i, s in enumerate(sents):
        if not s.triggers:
            continue
        if s.operation and not any(t != "meeting" for _, _, t in s.triggers) and not re.search(r"\b(?:met|meeting)\b", s.text):
            continue
        d = _meeting_date(s)
        if drafts and d is not None and s.operation and _dated_operation(s, d):
            continue  # "the results of the operation which was conducted from 4 to 8 June"
        if not drafts:
            if cues["planned"].search(s.text) and d is None:
                continue  # a plan without a date is not a meeting (yet)
            drafts.append(_Draft(anchor=i, scope=[], primary=True,
                                 status="planned" if cues["planned"].search(s.text) and d else "held"))
            continue
        planned = bool(cues["planned"].search(s.text))
        earlier = bool(cues["earlier"].search(s.text)) and bool(s.persons or s.orgs)
        # a day named relative to the report ("met ... on Wednesday") dates it too (pass 1b)
        relative = d is None and bool(_RELATIVE_DAY.search(s.text) or _RELATIVE_MONTH.search(s.text) or any(
            cues[k].search(s.text) for k in ("same_day", "day_before", "day_after")))
        if d is None and not earlier and not relative and not _MARGINS.search(s.text):
            continue
        if planned and (d is None or d.precision == "year" or d.first[:7] != d.last[:7]):
            continue
        same_kind = bool({t for _, _, t in s.triggers} & {t for _, _, t in sents[drafts[0].anchor].triggers} - {"meeting"})
        # a gathering of a named kind that someone held ("On June 1, the Agency held an online
        # seminar"), even with no actor named in full
        held_kind = any(t != "meeting" for _, _, t in s.triggers) and bool(_HELD_VERB.search(s.text))
        if not planned and not earlier and (d is not None or relative) and not (
                s.places or s.persons or s.orgs or s.countries or same_kind or held_kind):
            continue
        drafts.append(_Draft(anchor=i, scope=[], primary=False, status="planned" if planned else "held",
                             earlier=earlier))
    if not drafts:
        return []
    # scopes: a meeting owns the sentences from its anchor to the next full report; the main
    # meeting also owns the lead before it; planned and "earlier" mentions own their sentence
    # a mention of an earlier (background) gathering, a plan or an "earlier" meeting owns its
    # sentence only and ends the description of the meeting before it
    main_date = _meeting_date(sents[drafts[0].anchor])
    def background(d: _Draft) -> bool:
        dm = _meeting_date(sents[d.anchor])
        return bool(main_date and dm and dm.year_given and main_date.year_given and dm.last < main_date.first[:len(dm.last)])
    full = [d for d in drafts if d is drafts[0] or not (d.status == "planned" or d.earlier or background(d))]
    owned = {d.anchor for d in drafts if d not in full}
    anchors = sorted(d.anchor for d in drafts) + [len(sents)]
    for d in drafts:
        if d not in full:
            d.scope = [d.anchor]
            if d.earlier and d.status == "held":
                # "Earlier, on 21-22 October, X hosted a seminar. Experts from A and B took part in
                # the seminar.": the sentences up to the next report describe the earlier one
                nxt = min(a for a in anchors if a > d.anchor)
                d.scope = list(range(d.anchor, nxt))
            elif d.status == "planned":
                # "... will hold a training course on 13-14 April. The course will be conducted by
                # experts from A and B.": the future sentences right after a plan describe it
                nxt = min(a for a in anchors if a > d.anchor)
                k = d.anchor + 1
                while k < nxt and cues["future"].search(sents[k].text):
                    d.scope.append(k)
                    k += 1
    for k, d in enumerate(full):
        nxt = min(a for a in anchors if a > d.anchor)
        lo = 0 if k == 0 else d.anchor
        d.scope = [i for i in range(lo, nxt) if i not in owned]
        if background_only := [x for x in drafts[1:] if x not in full and x.anchor > d.anchor and background(x)]:
            # background mentions do not end the description: the sentences after them stay
            nxt2 = min([a for a in anchors if a > d.anchor and all(a != x.anchor for x in background_only)] or [len(sents)])
            d.scope = [i for i in range(lo, nxt2) if i not in owned]
    return drafts


_DAYS_LONG = {w: n for n, w in enumerate("one two three four five six seven".split(), 1)} | {str(n): n for n in range(1, 8)}
_N_DAY = re.compile(r"\b(two|three|four|five|six|seven|[2-7])[- ]day\b", re.I)
_CLOSED = re.compile(r"\b(?:concluded|ended|closed|wrapped\s+up|came\s+to\s+an\s+end)\b")
_OPENED = re.compile(r"\b(?:opened|started|began|kicked\s+off|commenced|got\s+under\s+way)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SAID_BEFORE = re.compile(rf"\b(?:{_REPORTED}|informed)\s+$")
_RELATIVE_MONTH = re.compile(r"\b(?:([Ll]ast|[Pp]revious)|(?:[Ee]arlier\s+)?([Tt]his))\s+month\b")
_RELATIVE_DAY = re.compile(r"\b(?:([Tt]oday)|([Yy]esterday)|(?:[Oo]n|([Ll]ast|[Tt]his\s+past))\s+"
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
                           r"(?:\s+(?:and|to|-|–)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?")


def _relative_day(text: str, published: str | None) -> tuple[str, str] | None:
    """The days a news item's "today", "yesterday", "on Monday", "last Tuesday" or "on Wednesday
    and Thursday" name, counted back from its publication date (a weekday is the last one on or
    before it; "last" excludes that day).

    >>> _relative_day("The experts met last Tuesday.", "2019-10-07")  # a Monday
    ('2019-10-01', '2019-10-01')
    >>> _relative_day("It was held on Wednesday and Thursday.", "2023-03-02")  # a Thursday
    ('2023-03-01', '2023-03-02')
    """
    m = next((m for m in _RELATIVE_DAY.finditer(text)
              if not _SAID_BEFORE.search(text, max(0, m.start() - 30), m.start())), None)
    if m is None or not published or len(published) < 10:
        return None  # ("the ministry said on Saturday": the day of the statement, not the meeting)
    pub = date.fromisoformat(published[:10])
    if m.group(1):
        return pub.isoformat(), pub.isoformat()
    if m.group(2):
        day = (pub - timedelta(days=1)).isoformat()
        return day, day
    last = m.group(5) or m.group(4)
    back = (pub.weekday() - _WEEKDAYS.index(last.lower())) % 7
    if m.group(3) and back == 0:
        back = 7
    end = pub - timedelta(days=back)
    start = end - timedelta(days=(_WEEKDAYS.index(last.lower()) - _WEEKDAYS.index(m.group(4).lower())) % 7)
    return start.isoformat(), end.isoformat()


def _relative_month(text: str, published: str | None) -> str | None:
    """The month a news item's "last month" or "earlier this month" names.

    >>> _relative_month("Last month, a delegation took part in the session.", "2019-04-02")
    '2019-03'
    """
    m = _RELATIVE_MONTH.search(text)
    if m is None or not published or len(published) < 7:
        return None
    y, mo = int(published[:4]), int(published[5:7])
    if m.group(1):
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    return f"{y:04d}-{mo:02d}"


def _scope_date(sents: list[_Sent], d: _Draft, drafts: list[_Draft]) -> DateMention | None:
    """The first day of the report's other sentences, lead first ("The meeting was held in Dushanbe.
    It took place on 9 April ..."), skipping plans, operations and other reports' anchors."""
    cues = _cues()
    others = {x.anchor for x in drafts}
    order = [i for i in d.scope if i < d.anchor] + [i for i in d.scope if i > d.anchor]
    for i in order:
        s = sents[i]
        if i in others or cues["future"].search(s.text) or cues["planned"].search(s.text):
            continue
        dm = _meeting_date(s)
        if dm is not None and dm.precision == "day" and not (s.operation and _dated_operation(s, dm)):
            return dm
    return None


def _fill_dates(per_item: list[tuple[Item, list[_Sent]]], drafts_by_item: list[list[_Draft]]) -> None:
    # pass 1: dates given in the anchor sentence; a year left out is taken from the main meeting,
    # the item's publication date, its neighbours, or else the latest date the document gives
    # with its year
    in_doc = [x.last for _, sents in per_item for st in sents for x in st.dates
              if x.year_given and x.precision in ("day", "month")]
    doc_ref = max(in_doc) if in_doc else None
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        for d in drafts:
            dm = _meeting_date(sents[d.anchor])
            if dm is None and d.primary and not _RELATIVE_DAY.search(sents[d.anchor].text):
                dm = _scope_date(sents, d, drafts)  # (the anchor's own "on Friday": pass 1b)
            if dm is None:
                continue
            main = drafts[0].dates[0] if d is not drafts[0] and drafts[0].dates else None
            ref = main or item.published or _neighbour_date(drafts_by_item, per_item, item.index) or doc_ref
            # a plan is dated from when it was reported, forward
            d.dates, d.inferred = _resolve_year(dm, (item.published or ref) if d.status == "planned" else ref,
                                                future=d.status == "planned")
    # pass 1b: still undated, "concluded today", "on Monday": counted back from the publication
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        for d in drafts:
            if not d.dates:
                # the anchor's own "on Monday", else, for the item's main report, its lead's
                # ("ISLAMABAD: The two countries on Monday agreed ... The understanding was
                # reached at a meeting ...")
                lead = [i for i in d.scope if i < d.anchor] if d.primary else []
                days = next((x for i in [d.anchor, *lead] if (x := _relative_day(sents[i].text, item.published))), None)
                if days is not None:
                    d.dates, d.inferred = days, True
                elif (month := _relative_month(sents[d.anchor].text, item.published)) is not None:
                    d.dates, d.inferred = (month, month), True
    # pass 1c: a main report with no date of its own (or the same days), followed by a dated
    # sentence that refers back to it ("A meeting was held ... The guests were received on 2
    # November by ...", "During the talks on September 5, ...", "... met last Thursday. The
    # working meeting on March 9 was attended by ..."): one meeting, dated by that sentence
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        if len(drafts) < 2 or not drafts[0].primary:
            continue
        own, theirs = drafts[0].dates, drafts[1].dates
        if own and not (own == theirs or drafts[0].inferred and theirs and theirs[0] <= own[0] and own[1] <= theirs[1]):
            continue  # (a day counted from the report, "concluded today", within the days given)
        main, nxt = drafts[0], drafts[1]
        s_n = sents[nxt.anchor]
        if nxt.dates and nxt.status == "held" and not nxt.earlier and (
                _SAME_PARTY.search(s_n.text) or _DEFINITE_BACK.match(s_n.text)):
            main.dates, main.inferred = nxt.dates, nxt.inferred
            main.scope = sorted(set(main.scope) | set(nxt.scope) | {nxt.anchor})
            drafts.remove(nxt)
    # pass 1d: a single day that opens a meeting of several days ("a two-day seminar that opened
    # here on Monday", "opened on 4 October a regional workshop ... The three-day workshop"): the
    # days it lasts
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        for d in drafts:
            if not d.dates or d.dates[0] != d.dates[1] or len(d.dates[0]) != 10:
                continue
            near = [sents[d.anchor]] + ([sents[d.anchor + 1]] if d.primary and d.anchor + 1 < len(sents) else [])
            n = next((_DAYS_LONG[m.group(1).lower()] for x in near if (m := _N_DAY.search(x.text))), None)
            if n and _CLOSED.search(near[0].text) and not _OPENED.search(near[0].text):
                # "A three-day course ... concluded today": the days up to that one
                start = date.fromisoformat(d.dates[0]) - timedelta(days=n - 1)
                d.dates = (start.isoformat(), d.dates[1])
            elif n and (_OPENED.search(near[0].text) or re.match(r"\s*The\s+" + _N_DAY.pattern, near[-1].text)):
                end = date.fromisoformat(d.dates[0]) + timedelta(days=n - 1)
                d.dates = (d.dates[0], end.isoformat())
    # pass 2: split a range into per-day meetings reported by later sentences
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        if not drafts or not drafts[0].dates:
            continue
        main = drafts[0]
        a, b = main.dates
        if a == b:
            continue
        days = [d for d in drafts[1:] if d.dates and d.dates[0] == d.dates[1] and a <= d.dates[0] <= b and d.status == "held"]
        if len(days) >= 2 or (days and _PLURAL_COUNT.search(sents[main.anchor].text)):
            shared = [i for i in main.scope if i < days[0].anchor]
            bounds = [d.anchor for d in days] + [len(sents)]
            for k, d in enumerate(days):
                d.scope = sorted(set(shared) | set(range(bounds[k], bounds[k + 1])))
                d.primary = True
                d.types = [t for _, _, t in sents[main.anchor].triggers]
            drafts.remove(main)
        for d in list(drafts[1:]):
            s = sents[d.anchor]
            if not d.primary and not (s.places or s.persons or s.orgs or s.countries) and d.status == "held" and not d.earlier:
                drafts.remove(d)
            elif not d.primary and d.status == "held" and not d.earlier and d.dates and a <= d.dates[0] \
                    and d.dates[1] <= b and d in drafts and main in drafts and _part_of(s, sents[main.anchor]):
                # one day of a multi-day meeting, reported with no day of its own besides: part
                # of the whole ("paid a visit on 1-2 March ... On 2 March the delegation visited")
                main.scope = sorted(set(main.scope) | set(d.scope))
                drafts.remove(d)
    # pass 3: undated meetings take the day next to their item's main meeting, its dates (on
    # its margins), or the month of their item or neighbours
    cues = _cues()
    for (item, sents), drafts in zip(per_item, drafts_by_item):
        for d in drafts:
            if d.dates:
                continue
            if d.status == "planned":
                continue
            main = next((x for x in drafts if x.primary and x.dates), None)
            text_d = sents[d.anchor].text
            if main is not None and d is not main and len(main.dates[0]) == 10:
                shift = -1 if cues["day_before"].search(text_d) else 1 if cues["day_after"].search(text_d) else 0
                if not shift and cues["same_day"].search(text_d) and main.dates[0] == main.dates[1]:
                    d.dates, d.inferred = main.dates, True  # "The same day, the delegation visited ..."
                    continue
                if shift:
                    # "The day before, the guests visited ...": next to the main meeting's first/last day
                    day = date.fromisoformat(main.dates[0] if shift < 0 else main.dates[1]) + timedelta(days=shift)
                    d.dates, d.inferred = (day.isoformat(), day.isoformat()), True
                    continue
                if _MARGINS.search(text_d):
                    d.dates, d.inferred = main.dates, True  # on the margins of the main meeting
                    continue
            if item.day_header and item.published and len(item.published) == 10 and not d.earlier \
                    and (d.primary or main is None):
                # under a day header of a digest ("February 14"): that day
                d.dates, d.inferred = (item.published, item.published), True
                continue
            ref = None
            if d.earlier:
                ref = next((x.dates[0] for x in drafts if x.dates), None)
            ref = ref or _neighbour_date(drafts_by_item, per_item, item.index, month_only=True) or item.published
            if ref:
                d.dates = (ref[:7], ref[:7])
                d.inferred = True
                d.filled = True


_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:press\s+(?:service|office)\s+of\s+(?:the\s+)?)?$", re.I)
_SOURCE_AFTER = re.compile(rf"(?:\s+\([A-Z]{{2,}}\))?\s+{_REPORTED}\s*[.,;]?\s*$")
_ORG_MODIFIER_AFTER = re.compile(r"(?P<hyphen>-(?:funded|supported|sponsored|financed|led|backed)\b)?(?:['’]s)?\s*")
_THANKED_BEFORE = re.compile(r"\b(?:thanked|thanks\s+to|grateful\s+to|gratitude\s+to|appreciation\s+to)\s+"
                             r"(?:[^.;]{0,60}?\band\s+)?(?:the\s+)?$", re.I)
_FUNDER_AFTER = re.compile(r"\s*,?\s+(?:which|that|who)\s+(?:funds|funded|finances|financed|sponsors|sponsored|supports|supported)\b", re.I)
_DEFINITE_BACK = re.compile(r"\s*(?:(?:During|At|In\s+the\s+course\s+of|Following|After)\s+the\s+(?:\w+\s+){0,2}"
                            r"(?:talks|meeting|meetings|negotiations|consultations|visit|session|event)"
                            r"|The\s+(?:\w+\s+)?(?:course|training|seminar|workshop|meeting|talks|conference|session|"
                            r"visit|event|consultations)(?:\s+on\s+[^,.;]{3,25}?)?(?:\s*,\s*which|\s+was|\s+were|\s+took))\b", re.I)
_SAME_PARTY = re.compile(r"\b(?:the|our)\s+(?:delegation|guests|visitors|participants|delegates|sides|parties)\b", re.I)


def _part_of(s: _Sent, main: _Sent) -> bool:
    """Whether a sentence dated within a multi-day meeting reports a part of it: the same kind
    of gathering, or the same party ("the delegation visited ..."), not a meeting of its own on
    the margins or a side event."""
    if _MARGINS.search(s.text):
        return False
    sub = {t for _, _, t in s.triggers}
    if "side_event" in sub:
        return False
    return sub <= {t for _, _, t in main.triggers} | {"meeting"} and bool(_SAME_PARTY.search(s.text)) \
        or sub <= {t for _, _, t in main.triggers}


def _neighbour_date(drafts_by_item: list[list[_Draft]], per_item, index: int, month_only: bool = False) -> str | None:
    """A reference date from the nearest items above and below (they must agree on the month)."""
    prev = next((d.dates[0] for k in range(index - 1, -1, -1) for d in drafts_by_item[k] if d.dates and not d.inferred), None)
    nxt = next((d.dates[0] for k in range(index + 1, len(drafts_by_item)) for d in drafts_by_item[k] if d.dates and not d.inferred), None)
    if prev and nxt:
        if prev[:7] == nxt[:7] or not month_only:
            return prev if prev[:7] == nxt[:7] else max(prev, nxt)
        return None
    if month_only:
        return None
    return prev or nxt or (per_item[index][0].published if per_item else None)


def _drop_back_references(drafts_by_item: list[list[_Draft]]) -> None:
    """A secondary mention whose dates a main meeting of another item covers is a back-reference."""
    mains = [(k, d) for k, ds in enumerate(drafts_by_item) for d in ds if d.primary and d.dates and not d.filled]
    for k, drafts in enumerate(drafts_by_item):
        keep = []
        for d in drafts:
            if not d.primary and d.dates and not d.filled and d.status == "held" and any(
                    j != k and _overlap(d.dates, m.dates) for j, m in mains):
                continue
            keep.append(d)
        drafts[:] = keep


def _in_span(x: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= x < b for a, b in spans)


def _modifier_use(text: str, end: int, limit: int) -> bool:
    """Whether the organisation named just before ``end`` only qualifies a thing: "-funded",
    "'s cooperation", "approach", "Strategy" (rules/cues.jsonl: org_modifier)."""
    m = _ORG_MODIFIER_AFTER.match(text, end, limit)
    if m is None:
        return False
    return bool(m.group("hyphen")) or _cues()["org_modifier"].match(text, m.end(), limit) is not None


def _seat_city(name: str | None, country: str | None, *, capital: bool = True) -> PlaceMention | None:
    """Where a body sits: the seat of the known body ``name`` (or of its known parent), else, with
    ``capital``, the capital of its ``country``."""
    seat = _seat_of(name) if name else None
    if seat:
        return lookup_city(seat, country_hint=country)
    if name and _ABROAD_BODY.search(name):
        # an office or embassy sits in the country its name places it in ("JICA Uzbekistan
        # Office", "Embassy of Japan in Tajikistan"), not in its own country's capital
        host = [c for c in find_countries(name) if c.start > 0 and c.form == "name"
                and not re.search(r"\bof\s+(?:the\s+)?$", name[:c.start])]
        return capital_city(host[-1].code) if host else None
    return capital_city(country) if capital and country else None


@cache
def _seat_of(name: str) -> str | None:
    """The seat of a known body, or of the known body a unit belongs to ("Executive Committee of
    the Regional Anti-Terrorist Structure of the SCO" sits where the Structure does)."""
    entries = load_organizations()
    exact = next((e.seat for e in entries if name in (e.name, e.acronym, *e.aliases)), None)
    if exact:
        return exact
    m = _IN_CITY_END.search(name)
    if m and lookup_city(m.group(1)) is not None:
        return m.group(1)  # "OSCE Programme Office in Bishkek", "UNODC Programme Office in Almaty"
    inside = [e for e in entries if e.seat and e.name != name
              and re.search(rf"\bof\s+(?:the\s+)?{re.escape(e.name)}\b", name)]
    return max(inside, key=lambda e: len(e.name)).seat if inside else None


def _home_body(doc: Document, items: list[Item]) -> OrgMention | None:
    """The body whose page this is, from the page's masthead (its first lines): a line that starts
    with a national body ("Ministry of Internal Affairs of the Republic of Kazakhstan"), a body under
    a line naming its country ("Islamic Republic of Afghanistan" / "Ministry of Counter
    Narcotics"), or a body whose seat is known ("OSCE Academy in Bishkek - News")."""
    if not items:
        return None
    country = None
    for line in [x.strip() for x in doc.text[:2000].split("\n") if x.strip()][:3]:
        if len(line) > 120 or line.endswith(".") or re.search(r"\d", line):
            break  # the masthead ends at the first date or sentence
        o = next((o for o in find_orgs(line, 0, len(line), {}) if o.start == 0), None)
        if o is not None and (o.country or country):
            return o if o.country else replace(o, country=country)
        if o is not None and _seat_city(o.name, None, capital=False) is not None:
            return o  # "OSCE Academy in Bishkek - News", "UNODC Programme Office in Tajikistan", a known seat
        c = next(iter(find_countries(line)), None)
        if country is None and c is not None and re.fullmatch(
                rf"(?:(?:the\s+)?Government\s+of\s+(?:the\s+)?)?{re.escape(c.surface)}", line):
            country = c.code
    return None


def _in_apposition(text: str, s: _Sent, at: int) -> bool:
    """Whether offset ``at`` lies in what a person's apposition says of them ("Mr. X, liaison
    officer of the BKA at the German Embassy in Tashkent"): where they work, not the venue."""
    for q in s.persons:
        if q.role_span and q.role_span[0] <= at < q.role_span[1]:
            return True
        if q.end <= at and at - q.end < 140 and text.startswith(",", q.end) and "," not in text[q.end + 1:at] \
                and not _APPOS_BREAK.search(text, q.end, at):
            return True
    return False


def _hosted_at_home(text: str, home: OrgMention) -> bool:
    """Whether a sentence names the page's own body, by its head word, as host or premises ("The
    Academy will host", "in the central apparatus of the Ministry")."""
    words = "|".join(re.escape(w) for w in re.findall(r"\b[A-Z][a-z]{3,}\b", home.name))
    return bool(words) and bool(re.search(
        rf"\b[Tt]he\s+(?:{words})\s+(?:will\s+)?(?:host|hosts|hosted|hold|holds|held)\b"
        rf"|\b(?:in|at)\s+the\s+{_PREMISES}\s+of\s+the\s+(?:{words})\b", text))


_OPENING_ADVERBIAL = re.compile(r"(?:On|In|During|Last|Earlier|Yesterday|Today|This|Recently|At the end of)\b[^,;]{0,40},\s*")
_SESSION_OF = re.compile(r"\bsessions?\s+of\s+(?:the\s+)?$")
_COMMA_AFTER = re.compile(r"\s*,?")
_HELD_VERB = re.compile(rf"\b{_HELD_VERBS}\b")
_OPENING_IN = re.compile(r"\s*(?:In|At)\s+(?:the\s+)?")
_DELEGATION_OF = re.compile(r"\b(?:delegations?|representatives?|officers?|officials?|experts?|staff|members?)\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def _visited_capital(text: str, sents: list[_Sent]) -> PlaceMention | None:
    """The capital of the first country the sentences say was visited ("paid a working visit to
    Kyrgyzstan", "during his visit to Tajikistan")."""
    for x in sents:
        c = next((c for c in x.countries if c.form != "demonym"
                  and _VISIT_TO.search(text, max(x.start, c.start - 40), c.start)), None)
        if c is not None and (venue := _seat_city(None, c.code)) is not None:
            return venue
    return None


def _during(d: _Draft, main: Meeting) -> bool:
    """Whether a draft's day falls within the days of its item's main meeting (a meeting held
    while the main one went on: where it went on, unless it names a place of its own)."""
    return bool(d.dates and len(d.dates[0]) == 10 and main.start and main.end and len(main.start) == 10
                and main.start <= d.dates[0] and d.dates[1] <= main.end)


def _subject_host(text: str, s: _Sent) -> OrgMention | None:
    """The national body that opens the sentence as the subject of "held", "hosted", "convened",
    "organised" ("The Interior Ministry of X held talks with ..."): the gathering is its own, at
    its seat, unless a delegation of it travelled ("a delegation of the X held talks")."""
    o = next(iter(s.orgs), None)
    if o is None or not o.country or o.start - s.start > 100:
        return None
    before = text[s.start:o.start]
    opener = _OPENING_ADVERBIAL.match(before)
    if opener:
        before = before[opener.end():]  # "On 5 May, the Agency held ..."
    if _DELEGATION_OF.search(before) or re.search(r"[,;]|\b(?:with|by|to|for|at|in)\s", before):
        return None
    end = o.end
    head = next((p for p in s.persons if 0 <= p.start - o.end <= 3), None)
    if head is not None:  # "the Director of the Agency, Colonel X, held talks"
        end = max(head.end, head.role_span[1] if head.role_span else head.end)
        end = _COMMA_AFTER.match(text, end).end()
    return o if _SUBJECT_VERB.match(text, end, s.end) else None


def _capital_named(text: str, s: _Sent) -> PlaceMention | None:
    """A capital named by its country: "in the Uzbek capital", "in the capital of Tajikistan"."""
    for c in s.countries:
        if c.form == "demonym":
            named = bool(re.match(r"\s+capital\b", text[c.end:c.end + 9])
                         and re.search(r"\b(?:in|to|at)\s+the\s+$", text[max(s.start, c.start - 12):c.start]))
        else:
            named = c.form == "name" and bool(re.search(r"\b(?:in|to|at)\s+the\s+capital\s+of\s+(?:the\s+)?$",
                                                         text[max(s.start, c.start - 30):c.start]))
        if named:
            return capital_city(c.code)
    return None


def _place_after_body(text: str, s: _Sent) -> PlaceMention | None:
    """Premises named by a body and a place after "at"/"in": a city ("at JICA Tokyo") or a
    country's office ("at the JICA Uzbekistan Office", in that country's capital)."""
    for o in s.orgs:
        if not _AT_OR_VISITED.search(text, max(s.start, o.start - 30), o.start):
            continue
        p = next((p for p in s.places if text[o.end:p.start] == " "), None)
        if p is not None:
            return p
        c = next((c for c in s.countries if text[o.end:c.start] == " " and c.form == "name"
                  and re.match(r"\s+(?:(?:Country|Programme|Program|Regional|Liaison)\s+)?Office\b", text[c.end:])), None)
        if c is not None:
            return capital_city(c.code)
    return None


def _venue_in(text: str, s: _Sent, *, cue: re.Pattern[str], dateline_ok: bool = False) -> PlaceMention | None:
    """The first city of sentence ``s`` that ``cue`` introduces ("in", "visit to", "held ... in"),
    not inside an organisation's name and not a region ("Almaty region")."""
    org_spans = [(o.start, o.end) for o in s.orgs]
    for p in s.places:
        if _in_span(p.start, org_spans) or _in_apposition(text, s, p.start) or _NOT_CITY_AFTER.match(text, p.end):
            continue
        before = text[max(s.start, p.start - 80):p.start]
        if _BODY_IN.search(before) and not _BY_BODY.search(before):
            continue  # "the German Embassy in Tashkent": where a body sits, not the venue
        if cue.search(before) or _CITY_HOSTED.match(text, p.end) or text.startswith(", where ", p.end) or (
                p.start - s.start <= 8 and _OPENING_IN.fullmatch(before) and text.startswith(",", p.end)):
            return p  # "... held in Osh", "Osh hosted ...", "In Osh, the mission held ..."
        if dateline_ok and p.start == s.start and re.match(r"\s*(?:[–—-]|,)", text[p.end:p.end + 3]):
            return p
    return None


def _assemble(doc: Document, item: Item, sents: list[_Sent], d: _Draft, publisher: OrgMention | None,
              mid: str, home_body: OrgMention | None = None, main: Meeting | None = None) -> Meeting | None:
    text = doc.text
    anchor = sents[d.anchor]
    home = home_body.country if home_body is not None else None
    scope = [sents[i] for i in sorted(set(d.scope) | {d.anchor})]
    cues = _cues()
    # --- type, format, venue
    mtype = _type_of(sents, [d.anchor] if not d.types else [d.anchor], item.headline if d.primary else None)
    if d.types and mtype == "meeting":
        for t in TYPE_PRIORITY:
            if t in d.types:
                mtype = t
                break
    if mtype == "council_session" and not re.search(r"\bCouncil\b", anchor.text):
        mtype = "meeting"
    if mtype == "meeting" and d.primary and d.anchor + 1 < len(sents) and d.anchor + 1 in d.scope:
        nxt_type = _type_of(sents, [d.anchor + 1], None)
        if nxt_type == "visit" and re.match(r"\s*Visits?\b", sents[d.anchor + 1].text):
            mtype = "visit"
    fmt_text = " ".join(s.text for s in ([anchor] + (scope[:3] if d.primary else []))) + " " + ((item.headline or "") if d.primary else "")
    venue = _venue_in(text, anchor, cue=_VENUE_BEFORE, dateline_ok=True)
    if venue is None:
        # "visited the Police Department of Almaty city": the city in the name of the body visited
        for o in anchor.orgs:
            if _AT_OR_VISITED.search(text, max(anchor.start, o.start - 30), o.start) and not _in_apposition(text, anchor, o.start):
                venue = next((p for p in anchor.places if o.start <= p.start < o.end), None)
                if venue is not None:
                    break
    if venue is None:
        venue = _place_after_body(text, anchor)
    if venue is None:
        venue = _capital_named(text, anchor)
    if venue is None and d.primary and item.headline:
        hp = find_places(item.headline)
        venue = hp[0] if hp else None
        visited = _visited_capital(text, [anchor]) if venue is not None else None
        if visited is not None and visited.country != venue.country:
            venue = visited  # "During his visit to Tajikistan" under a headline "Washington, DC"
    host_org = None
    for o in anchor.orgs:
        if _AT_ORG.search(text[max(anchor.start, o.start - 40):o.start]) and not _in_apposition(text, anchor, o.start) and re.match(
                r"\s*(?:[.,;]|$|on\b|[Pp]remises|[Hh]eadquarters|HQ\b|[Oo]ffices?\b|[Bb]uilding|in\b|with\b|the\b)", text[o.end:o.end + 14]):
            host_org = o
    if host_org is None:
        for o in anchor.orgs:
            if re.match(r"\s+(?:hosted|welcomed|(?:was|were)\s+visited\s+by)\b", text[o.end:o.end + 24]) or \
                    re.search(r"\bhosted by\s+(?:the\s+)?$", text[max(anchor.start, o.start - 14):o.start]) and not _ONLINE.search(anchor.text):
                host_org = o
                break
    if host_org is None and venue is None:
        # the body that held it, when its name says where it sits ("the OSCE Academy in Bishkek,
        # in partnership with ..., conducted a workshop")
        host_org = next((o for o in anchor.orgs if _IN_CITY_END.search(o.name) and _seat_of(o.name)
                         and _SUBJECT_VERB.match(text, o.end, anchor.end)), None)
    if host_org is None and venue is None and d.primary and item.headline:
        for o in find_orgs(item.headline, 0, len(item.headline), {}):
            if _AT_ORG.search(item.headline[max(0, o.start - 40):o.start]):
                host_org = o
                break
    if host_org is None and venue is None and publisher is not None and (
            any(_HQ_OF_PUBLISHER.search(x.text) for x in ([anchor] + (scope if d.primary else [])))
            or _HEAD_OFFICE.search(anchor.text) and (_CENTRE_REF.search(anchor.text) or any(
                o.name == publisher.name for o in anchor.orgs))):
        host_org = publisher  # "received at the Centre's headquarters", "CARICC Director ... in his office"
    if venue is None and host_org is not None:
        venue = _seat_city(host_org.name, host_org.country, capital=False)
        if venue is None:
            # premises under a dateline ("Baku, April 21. ... at the Customs Academy"): that city
            dl = _dateline_city(text, item)
            if dl is not None and (host_org.country in (None, dl.country)):
                venue = dl
        if venue is None and not host_org.known:
            # a national body sits in its capital; a unit named without its country on a
            # national body's page ("the Customs Academy of the State Customs Committee") is home
            venue = _seat_city(host_org.name, host_org.country or home)
    if venue is None and home_body is not None and not _ONLINE.search(fmt_text) and _hosted_at_home(anchor.text, home_body):
        # "The Academy will host a round table", "in the central apparatus of the Ministry": the
        # page's body, at its seat
        venue = _seat_city(home_body.name, home_body.country)
    if venue is None:
        # another sentence of the report that says where it happened ("participants gathered in X");
        # a second meeting of the item reads only the sentences after its own
        lead = [x for x in scope if x.start < anchor.start] if d.primary else []
        rest = [x for x in scope if x.start > anchor.start]
        venue = next((v for x in lead + rest if (d.status == "planned" or not (
                          cues["future"].search(x.text) or cues["planned"].search(x.text)))
                      and (v := _venue_in(text, x, cue=_VENUE_CUE)) is not None), None)
    if venue is None and not _ONLINE.search(fmt_text):
        # the meeting's own "visited Turkmenistan": its capital, wherever the release was issued
        venue = _visited_capital(text, [anchor])
    if venue is None and d.primary and not _ONLINE.search(fmt_text):
        venue = _dateline_city(text, item)  # a press release's dateline names where it happened
    if venue is None and not _ONLINE.search(fmt_text):
        # "paid a working visit to Kyrgyzstan", "during his visit to Tajikistan": its capital
        venue = _visited_capital(text, [anchor] + ([y for y in scope if y is not anchor] if d.primary else []))
    if venue is None and not _ONLINE.search(fmt_text):
        # "will visit the State Forensic Committee of the Republic of Belarus": where that body sits
        o = next((o for o in anchor.orgs if (o.country or o.known or _seat_of(o.name))
                  and _VISIT_BODY.search(text, max(anchor.start, o.start - 110), o.start)), None)
        if o is not None:
            venue = _seat_city(o.name, o.country)
    if venue is None and not _ONLINE.search(fmt_text) and not (
            _partly_online(fmt_text) or d.primary and any(_partly_online(s.text) for s in scope)):
        # "took part in the 67th session of the Commission on Narcotic Drugs": a standing body's
        # session sits where the body does (a session some joined from afar names no venue)
        o = next((o for o in anchor.orgs if o.known and _SESSION_OF.search(text, max(anchor.start, o.start - 40), o.start)), None)
        if o is not None:
            venue = _seat_city(o.name, o.country, capital=False)
    fmt = None
    if mtype == "webinar" and not _HYBRID.search(fmt_text):
        fmt = "online"  # "took part online in the webinar": online whoever joined how
    elif _partly_online(fmt_text) or d.primary and any(_partly_online(s.text) for s in scope):
        fmt = "hybrid"
    elif mtype == "webinar" or _ONLINE.search(anchor.text) or (d.primary and _ONLINE.search(item.headline or "")):
        fmt = "online"
    elif venue is not None:
        fmt = "in_person"
    if fmt == "online":
        venue = None
    # --- participants
    persons: dict[str, PersonRef] = {}
    orgs: dict[str, OrgRef] = {}
    countries: list[str] = []
    organizers: list[str] = []
    chairs: list[str] = []

    def add_country(code: str | None) -> None:
        if code and code not in countries:
            countries.append(code)

    def add_org(name: str, acronym: str | None, mention: str | None, parent: str | None, country: str | None,
                part: str = "participant") -> None:
        key = normalise_org(name)
        if country is None and home_body is not None and normalise_org(home_body.name).startswith(key + " "):
            # "the State Customs Service" on the page of the State Customs Service of Turkmenistan
            name, country = home_body.name, home_body.country
            key = normalise_org(name)
        cur = orgs.get(key)
        if cur is None:
            orgs[key] = OrgRef(name=name, acronym=acronym, mentions=(mention,) if mention else (),
                               parent=parent, country=country, part=part)
        else:
            ms = cur.mentions + ((mention,) if mention and mention not in cur.mentions else ())
            orgs[key] = replace(cur, mentions=ms, acronym=cur.acronym or acronym, parent=cur.parent or parent,
                                country=cur.country or country,
                                part=part if cur.part == "participant" else cur.part)
        add_country(country)

    for s in scope:
        operation = s.operation and not s.triggers
        discussed = cues["discussed"]
        role_spans = [p.role_span for p in s.persons if p.role_span]
        # people (a plan names who prepares it, not who will attend)
        for p in ([] if d.status == "planned" and not d.primary else s.persons):
            ctx = text[max(s.start, p.start - 60):p.start]
            if discussed.search(ctx) and re.search(r"(?:initiative of|founded by|established by)", ctx):
                continue
            part = "participant"
            cb = _CHAIR_BY.search(text, max(s.start, p.start - 120), p.start)
            if cb and not any(cb.start() < q.start < p.start for q in s.persons):  # the first person after it
                part = "moderator" if "moderated" in cb.group(0).lower() else "chair"
                chairs.append(p.name) if p.name not in chairs else None
            elif _TRAIN.search(s.text):
                part = "participant"
            if part == "participant" and _SPEAK_AFTER.match(text, p.end, s.end):
                part = "speaker"
            affiliation = None
            if p.role:
                for o in s.orgs:
                    if p.role_span and p.role_span[0] <= o.start < p.role_span[1] + 1:
                        affiliation = o.name
                        break
                if affiliation is None:
                    ministry = ministry_of_title(p.role)
                    cc = [c for c in s.countries if p.role_span and p.role_span[0] <= c.start < p.role_span[1]]
                    if ministry:
                        code = cc[-1].code if cc else (next((c.code for c in find_countries(p.role)), None))
                        if code is None:
                            # the nearest country or side named before the person in the same
                            # clause ("the Afghan side was represented by the Deputy Minister ...")
                            near = [c for c in s.countries if c.end <= p.start
                                    and not re.search(r"[;.]|\bwhile\b|\bwhereas\b", text[c.end:p.start])]
                            code = near[-1].code if near else None
                        if code is None:
                            code = home  # "the Deputy Minister" on his own ministry's site
                        if code:
                            info = country_info(code)
                            official = _official(code)
                            affiliation = f"{ministry} of {official}" if official else ministry
                            add_org(affiliation, None, None, None, code)
                    elif cc:
                        affiliation = cc[0].code
                    elif re.search(r"\b(?:Centre|Center|CARICC)\b", p.role) and publisher:
                        affiliation = publisher.name
                if affiliation and len(affiliation) == 2:
                    add_country(affiliation)
            key = p.name
            cur = persons.get(key)
            if cur is None:
                persons[key] = PersonRef(name=p.name, mentions=(p.surface,), role=p.role, affiliation=affiliation,
                                         rank=p.rank or (p.honorific if p.honorific in ("H.E.",) else None), part=part)
            else:
                persons[key] = replace(cur, mentions=cur.mentions + ((p.surface,) if p.surface not in cur.mentions else ()),
                                       role=cur.role or p.role, affiliation=cur.affiliation or affiliation,
                                       rank=cur.rank or p.rank,
                                       part=part if cur.part == "participant" else cur.part)
        # organisations
        for o in ([] if operation else s.orgs):
            ctx = text[max(s.start, o.start - 50):o.start]
            if re.search(r"(?:accession of|accession to|entry of|funded by|financed by|initiative of|status of|membership of|support of|contribution of)\s+(?:the\s+)?$", ctx) \
                    and not (re.search(r"\bat\s+the\s+initiative\s+of\s+(?:the\s+)?$", ctx)
                             and not re.search(r"\b(?:established|founded|created|set up)\b", s.text)):
                continue
            if _SOURCE_BEFORE.search(ctx) or _SOURCE_AFTER.match(text, o.end, s.end):
                continue  # the source of the news ("..., the Ministry of Internal Affairs said")
            if _THANKED_BEFORE.search(ctx) or _FUNDER_AFTER.match(text, o.end, s.end):
                continue  # "thanked UNODC and the Government of Japan, which funds the project"
            if _modifier_use(text, o.end, s.end):
                continue  # "the EU approach", "EU-funded projects", "a UNODC study": not the body acting
            part = "participant"
            if _ORGANISE_BY.search(re.sub(r"(?:,\s*|\s+and\s+)(?:the\s+)?[^,]{0,120}$", "", ctx)) or _ORGANISE_BY.search(ctx):
                part = "organiser"
            elif s is anchor and _SUBJECT_VERB.match(text, o.end, s.end) and not re.search(r"\b(?:with|of|by|from|to|for)\s+(?:the\s+)?$", ctx):
                part = "organiser"
            elif _PARTNER_WITH.search(ctx) and (
                    _ORGANISER_PARTNER.search(text, max(s.start, o.start - 200), o.start)
                    or s is anchor and _CO_SUBJECT_VERB.match(text, o.end, s.end)):
                part = "organiser"  # "A together with B conducted", "organised by A in partnership with B"
            if host_org is not None and o.name == host_org.name:
                part = "host"
            if part in ("organiser", "host") and o.name not in organizers:
                organizers.append(o.name)
            add_org(o.name, o.acronym, o.surface, o.parent, o.country, part)
        if publisher and _CENTRE_REF.search(s.text):
            m = _CENTRE_REF.search(s.text)
            add_org(publisher.name, publisher.acronym, m.group(0) if m else None, publisher.parent, publisher.country)
        # countries in a participation frame
        org_spans = [(o.start, o.end) for o in s.orgs]
        if s is anchor:
            # a minister named only by the title ("The Deputy Minister of Internal Affairs met ..."):
            # the ministry takes part, of the country the title gives or the page's country
            for tm in _MINISTER_TITLE.finditer(s.text):
                at = s.start + tm.start()
                if any(p.start <= at < p.end or (p.role_span and p.role_span[0] <= at < p.role_span[1])
                       for p in s.persons):
                    continue  # the title of a named person: handled with that person
                ministry = ministry_of_title(tm.group(0))
                end = s.start + tm.end()
                cc = [c for c in s.countries if c.form != "demonym" and c.start >= end
                      and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[end:c.start])
                      or c.form == "demonym" and c.end == at - 1]
                code = cc[0].code if cc else home
                if ministry and code:
                    official = _official(code)
                    add_org(f"{ministry} of {official}" if official else ministry, None, None, None, code)
        for c in s.countries:
            # "the Kyrgyz-Russian working group": both sides take part, whatever the verb
            if c.form == "demonym" and (text[c.end:c.end + 1] == "-" or text[c.start - 1:c.start] == "-") \
                    and _PAIR_GATHERING.match(text, c.end, s.end):
                add_country(c.code)
        if cues["participation"].search(s.text) and not operation:
            excluded_prev: tuple[int, bool] | None = None
            for c in s.countries:
                if excluded_prev is not None and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:the\s+)?", text[excluded_prev[0]:c.start]):
                    # a coordinated list shares the fate of its first country
                    if excluded_prev[1]:
                        excluded_prev = (c.end, True)
                        continue
                    excluded_prev = (c.end, False)
                    if not (_in_span(c.start, org_spans) or _in_span(c.start, role_spans)):
                        add_country(c.code)
                    continue
                excluded_prev = (c.end, False)
                if _in_span(c.start, org_spans) or _in_span(c.start, role_spans):
                    continue
                if c.form == "side":
                    add_country(c.code)
                    continue
                before = text[max(s.start, c.start - 45):c.start]
                topic_before, agents_of, demonym_agent = _country_frames()
                if (topic_before.search(before) and not agents_of.search(before)) or _PLAN_OF.search(before) \
                        or _THANKED_BEFORE.search(before) or _FUNDER_AFTER.match(text, c.end, s.end):
                    excluded_prev = (c.end, True)
                    continue
                if c.form == "demonym" and not demonym_agent.match(text, c.end):
                    continue
                add_country(c.code)
        elif any(c.form == "side" for c in s.countries):
            for c in s.countries:
                if c.form == "side":
                    add_country(c.code)
    # the host of a reception: "Director X of the Y received a delegation" makes Y the host
    rv = _cues()["reception_verb"].search(anchor.text)
    if rv is not None:
        verb_at = anchor.start + rv.start()
        if re.match(r"\s+by\b", anchor.text[rv.end():]):
            # "the delegation was received by the Deputy Chief, Colonel X": the agent hosts
            subj = [p for p in anchor.persons if p.start > verb_at][:1]
        else:
            subj = [p for p in anchor.persons if p.end <= verb_at and not re.search(r"[.;]", text[p.end:verb_at])][-1:]
        if subj:
            ref = persons.get(subj[-1].name)
            aff = ref.affiliation if ref is not None else None
            if aff and len(aff) > 2 and aff not in organizers and aff in {o.name for o in orgs.values()}:
                organizers.append(aff)
    # a reception with no place named: at the host's seat (or, for a national body, its capital);
    # the host is the receiving person's body, or the body named before the verb
    if venue is None and fmt != "online" and rv is not None:
        host = next((o for o in orgs.values() if organizers and o.name == organizers[0]), None)
        if host is None:
            before_verb = [o for o in anchor.orgs if o.end <= anchor.start + rv.start()]
            host = next((o for o in orgs.values() if before_verb and o.name == before_verb[-1].name), None)
        if host is not None:
            venue = _seat_city(host.name, host.country)
            if venue is not None and fmt is None:
                fmt = "in_person"
    # the meeting whose place this one shares: "on the margins of the workshop", "the delegation also met"
    where = main if venue is None and not d.primary and main is not None and main.city and fmt != "online" \
        and (_MARGINS.search(anchor.text) or _ALSO_THERE.search(anchor.text) or _during(d, main) and not anchor.places) else None
    if where is not None:
        fmt = fmt or "in_person"
    host = _subject_host(text, anchor) if venue is None and where is None and fmt in (None, "in_person") else None
    if venue is None and fmt is None and _NON_CITY_PLACE.search(anchor.text):
        fmt = "in_person"  # a place is named, not a city
    elif host is not None and (seat := _seat_city(host.name, host.country)) is not None:
        # "The Drug Control Agency of X held talks with ...", no place named: at the body's seat
        venue, fmt = seat, fmt or "in_person"
    elif venue is None and where is None and (fmt in (None, "in_person") or fmt == "hybrid" and _HYBRID.search(fmt_text)) \
            and home_body is not None and d.status == "held":
        # nothing says where: a body's own news reports what happened at its seat (an embassy or
        # a country office abroad does not sit in its country's capital)
        venue = _seat_city(home_body.name, home_body.country)
        if venue is not None and fmt is None:
            fmt = "in_person"
    # evidence: the anchor sentence
    start, end = anchor.start, anchor.end
    dates = d.dates
    return Meeting(
        id=mid, doc=doc.doc, item=item.index, evidence=text[start:end], span=(start, end), type=mtype,
        start=dates[0] if dates else None, end=dates[1] if dates else None, date_inferred=d.inferred,
        format=fmt, city=venue.surface if venue else where.city if where else None,
        country=venue.country if venue else where.country if where else None,
        place=Place(venue.geonameid, venue.city, venue.latitude, venue.longitude) if venue else where.place if where else None,
        persons=tuple(persons.values()), organizations=tuple(orgs.values()), countries=tuple(countries),
        organizers=tuple(organizers), chairs=tuple(chairs), status=d.status,
        published=item.published, headline=item.headline,
    )
