"""Meeting drafts: which sentences of a news item open a meeting, and which sentences it owns.

An item's first sentence with a meeting word opens its main meeting (:func:`main_opening`); a
later sentence with a meeting word opens another one only when it is dated, relative ("on
Wednesday", "the same day"), earlier ("Earlier, ...") or on the margins of the main one, and names
an actor (:func:`second_opening`). Sentences that open nothing are tried against
:data:`NOT_AN_OPENING` first. A draft owns the sentences from its anchor to the next full
report (:func:`assign_scopes`); plans and background mentions own their sentence only (a plan
after which the text goes on about who takes part does not end the description before it).

A new kind of sentence that should (not) open a meeting goes into one of these small tests, with
its vocabulary in ``rules/cues.jsonl``.

>>> from parleygraph.extract.facts import analyse_document
>>> from parleygraph.extract.records import Document
>>> f = analyse_document(Document(doc="x.txt", text=(
...     "Experts met in Almaty on 21 May 2023. They agreed to meet again in June 2023.")))
>>> [(d.anchor, d.status, d.scope) for d in find_drafts(f.items[0].sentences)]
[(0, 'held', (0,)), (1, 'planned', (1,))]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .dates import DateMention
from .facts import Sentence, cue
from .lexicon import Rules, default_rules
from .mentions import PersonMention
from .segment import POST_SIGNATURE

__all__ = ["Draft", "find_drafts", "meeting_date", "assign_scopes", "NOT_AN_OPENING",
           "is_operation_report", "dates_an_operation", "this_meeting", "n_day_main", "named_from_within"]


@dataclass(frozen=True, slots=True)
class Draft:
    """A meeting being assembled: the sentence that reports it (``anchor``, an index into the
    item's sentences), the sentences it owns (``scope``), its dates once known, and how it was
    opened.

    ``primary`` marks the item's main report, ``earlier`` a background meeting ("Earlier, ..."),
    ``filled`` dates taken from the item's month only, ``types`` the meeting words of a range
    it was split from, ``date_by`` the strategy that dated it (for ``--trace``), ``place`` the
    offset of the city its sentence pairs with its dates ("On 3-5 May in Osh and 9-11 May in
    Naryn, workshops were held": two meetings, each with its own city).
    """

    anchor: int
    scope: tuple[int, ...] = ()
    dates: tuple[str, str] | None = None
    inferred: bool = False
    status: str = "held"
    primary: bool = True
    earlier: bool = False
    filled: bool = False
    types: tuple[str, ...] = ()
    date_by: str = ""
    place: int | None = None


@dataclass(frozen=True)
class _Patterns:
    published: re.Pattern[str]
    period_start: re.Pattern[str]
    met: re.Pattern[str]
    planned: re.Pattern[str]
    earlier: re.Pattern[str]
    future: re.Pattern[str]
    forward_day: re.Pattern[str]
    same_day: re.Pattern[str]
    day_before: re.Pattern[str]
    day_after: re.Pattern[str]
    dated_operation: re.Pattern[str]
    relative_day: re.Pattern[str]
    relative_month: re.Pattern[str]
    margins: re.Pattern[str]
    held_verb: re.Pattern[str]
    also_met: re.Pattern[str]
    opened_on: re.Pattern[str]
    separately: re.Pattern[str]
    meets_verb: re.Pattern[str]
    this_meeting: re.Pattern[str]
    n_day: re.Pattern[str]
    from_within: re.Pattern[str]
    the_meeting: re.Pattern[str]


def patterns(rules: Rules) -> _Patterns:
    """What this stage compiles from the rules (built once per rule set)."""
    return rules.memo(_build)


def _build(rules: Rules) -> _Patterns:
    return _Patterns(
        # a date right after "signed on", "adopted in": when a document dates, not a meeting
        # the verb in small letters, capitalised only opening the sentence ("met Minister Ali
        # Said on 5 May": a name)
        published=rules.rx(r"(?:^(?-i:{document_verb:cap})|\b(?-i:{document_verb}))"
                           r"\s+(?:by\s+[^,.]{0,60}\s+|with\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+)?"
                           r"(?:on|in)\s*$", re.I),
        # "since assuming office in December 2019": one to three words after "since" (a day right
        # after it, "since 3 May", is an ongoing gathering's first)
        period_start=rules.rx(r"\b{period_start}\s+(?:[\w'’]+\s+){1,3}?(?:(?:on|in)\s+)?(?:the\s+)?$", re.I),
        met=rules.rx(r"\b{meeting_word}\b"),
        planned=cue(rules, "planned"), earlier=cue(rules, "earlier"), future=cue(rules, "future"),
        forward_day=cue(rules, "forward_day"),
        same_day=cue(rules, "same_day"), day_before=cue(rules, "day_before"),
        day_after=cue(rules, "day_after"), dated_operation=cue(rules, "dated_operation"),
        relative_day=relative_day_rx(rules), relative_month=relative_month_rx(rules),
        margins=margins_rx(rules), held_verb=rules.rx(r"\b{held_verb}\b"), also_met=cue(rules, "also_met"),
        opened_on=rules.rx(r"(?<!\bbe\s)(?<!\bbeen\s)\b{opening_verb}\s+(?:on|in|at)\b"),
        separately=rules.rx(r"(?:{separately:exact})\s*,"), meets_verb=rules.rx(r"\b(?:{meets_verb:exact})\b"),
        # "This meeting, ...", "Asked about the meeting, ...": the meeting already reported
        this_meeting=rules.rx(r"\s*(?:This|That|These|Those|(?:{asked_about:exact})\s+the)\s+(?:[\w-]+\s+)?{back_kind}\b"),
        # "The three-day conference, which ...": a gathering of so many days, maybe the one reported
        n_day=rules.rx(r"\s*The\s+(?:{day_count})(?:\s?-\s?|\s)days?\s+(?:[\w-]+\s+)?{back_kind}\b"),
        # "said that today's meeting ...", "\"We are meeting today ...\"": the meeting reported, named from within
        # "X is the first minister to visit Osh since 2019": a record the visit reported sets
        from_within=rules.rx(r"\b(?:(?:{this_gathering})\s+(?:[\w-]+\s+)?(?:{back_kind})|(?:{we_meet})"
                             r"|(?:{first_to})\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:{first_to_verb}))\b", re.I),
        # "attended the meeting," "joined the one-day meeting": the meeting already reported
        # ("the meeting of the Commission", "the meeting in Osh" name another)
        the_meeting=rules.rx(r"\b(?:{attend_verb:exact})\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{back_kind})\b"
                             r"(?!\s*,?\s+(?:{another_meeting_after:exact})\b)"),
    )


def relative_day_rx(rules: Rules) -> re.Pattern[str]:
    """"today", "yesterday", "on Monday", "last Tuesday", "on Wednesday and Thursday", and a
    weekday alone as American news writes it ("visited Asunción Tuesday"), not one of a date
    ("Tuesday, 12 May"); "tomorrow" (group 6; not "the police of tomorrow")."""
    return rules.rx(r"\b(?:([Tt]oday)|([Yy]esterday)|(?:(?:[Oo]n|({last_day:cap}))\s+)?"
                    r"({weekday}))\b(?!,?\s+\d|,?\s+{month})(?:\s+(?:and|to|-|–)\s+({weekday})\b)?"
                    r"|(?<!\bof\s)\b([Tt]omorrow)\b")


def relative_month_rx(rules: Rules) -> re.Pattern[str]:
    """"last month", "this month", "earlier this month", "last March" (group 3: the month)."""
    return rules.rx(r"\b(?:({last_month:cap})|(?:[Ee]arlier\s+)?([Tt]his))\s+month\b"
                    r"|\b(?:{last_month:cap})\s+({month})\b(?!\s+\d)")


def margins_rx(rules: Rules) -> re.Pattern[str]:
    """"on the sidelines of", "in the same place": a meeting set in another one."""
    return rules.rx(r"\b(?:on|at)\s+the\s+{margins}\s+of\b|\b(?:in|at)\s+the\s+same\s+{same_place}\b"
                    # "On the session margins, X held talks with Y"
                    r"|\b(?:on|at)\s+the\s+(?:[\w-]+\s+){1,2}?{margins}\b(?!\s+of\b)", re.I)


def meeting_date(s: Sentence, rules: Rules | None = None) -> DateMention | None:
    """The date a sentence gives its meeting: its first day, else its first month; never a year
    alone, never the date a document was signed or published ("signed on 5 May") or a period's
    start ("since assuming office in December 2019").

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> f = analyse_document(Document(doc="x.txt", text="The MoU signed on 2 May was discussed in May 2023."))
    >>> meeting_date(f.items[0].sentences[0]).first
    '2023-05'
    """
    p = patterns(rules or default_rules())
    best = None
    for d in s.dates:
        before = s.text[: d.start - s.start]
        if p.published.search(before) or p.period_start.search(before) or d.precision == "year":
            continue
        if best is None or (best.precision != "day" and d.precision == "day"):
            best = d
            if d.precision == "day":
                break
    return best


def dates_an_operation(s: Sentence, d: DateMention, rules: Rules) -> bool:
    """Whether the date follows the name of an operation in the sentence: it dates the operation
    ("the results of the operation which was conducted from 4 to 8 June")."""
    m = s.search(patterns(rules).dated_operation)
    return m is not None and m.start() < d.start - s.start


def is_operation_report(s: Sentence, rules: Rules) -> bool:
    """A police operation reported with only the plain word "meeting" (no gathering of a kind,
    no "met"): no meeting opens.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> s = analyse_document(Document(doc="x.txt", text="Police detained two couriers after talks with informants.")).items[0].sentences[0]
    >>> is_operation_report(s, default_rules())
    True
    """
    return s.operation and all(t.type == "meeting" for t in s.triggers) and not s.has(patterns(rules).met)


def by_phone(s: Sentence, rules: Rules) -> bool:
    """Talks held by telephone, with no gathering of a kind named: no meeting opens.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = "Minister Jan Kowal and Minister Ali Said held talks by telephone on 11 December 2024."
    >>> by_phone(analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0], default_rules())
    True
    """
    return all(t.type == "meeting" for t in s.triggers) and s.has(cue(rules, "phone"))


def is_relative(s: Sentence, rules: Rules) -> bool:
    """Whether a sentence names its day relative to the report or to the main meeting ("on
    Wednesday", "last month", "the same day", "the day before")."""
    p = patterns(rules)
    return any(s.has(rx) for rx in (p.relative_day, p.relative_month, p.same_day, p.day_before, p.day_after))


def is_plan(s: Sentence, rules: Rules) -> bool:
    """A sentence that tells a plan ("will hold talks", "the upcoming session"), unless it says
    its gathering already opened: then the plan words are about something else ("The two-day
    meeting, which started on October 29, seeks to streamline ... ahead of its upcoming General
    Assembly").

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> def plan(t): return is_plan(analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0], default_rules())
    >>> plan("The meeting, which started on October 29, prepares the upcoming General Assembly.")
    False
    >>> plan("The upcoming meeting will be opened on 5 May by the Minister.")
    True
    """
    p = patterns(rules)
    return s.has(p.planned) and not s.has(p.opened_on)


def main_opening(i: int, s: Sentence, rules: Rules) -> Draft | None:
    """The item's main meeting, from its first sentence with a meeting word: held, or planned
    when it has a date ("will hold talks on 5 May"); a plan without a date opens nothing."""
    planned = is_plan(s, rules)
    dm = meeting_date(s, rules)
    if planned and dm is None:
        return None
    return Draft(anchor=i, primary=True, status="planned" if planned else "held")


def named_gathering(s: Sentence) -> bool:
    """A meeting word inside a capitalised name ("the inaugural Police Chiefs' Dialogue", "the
    Fourth Summit"): a gathering of its own, even with no actor named."""
    for t in s.triggers:
        word = s.text[t.start - s.start:t.end - s.start]
        before = s.text[:t.start - s.start].split()
        if word[:1].isupper() and before and before[-1][:1].isupper() and before[-1].lower() != "the":
            return True
    return False


def welcome_of_the_main(s: Sentence, main: Sentence, rules: Rules) -> bool:
    """A reception with no meeting word whose people all take part in the main meeting ("The
    Maldivian President was warmly received by President Sirisena on his arrival"): the welcome
    of that meeting, not a meeting of its own."""
    welcome = cue(rules, "reception_verb")
    if not s.persons or not all(welcome.fullmatch(s.text, t.start - s.start, t.end - s.start) for t in s.triggers):
        return False
    theirs = {q.name.split()[-1] for q in main.persons}
    return all(q.name.split()[-1] in theirs for q in s.persons)


def the_meeting_again(s: Sentence, rules: Rules) -> bool:
    """Whether every meeting word of ``s`` is the meeting already reported, attended or joined
    ("Meanwhile, General Ali attended the meeting, accompanied by ..."); not "attended the
    meeting of the Commission", "the meeting in Osh", "the meeting held in Zenda", "the meeting
    between A and B", which name another.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = "Jan Kowal attended the meeting on Tuesday. Ana Lis attended the meeting of the Border Commission on Tuesday."
    >>> a, b = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> the_meeting_again(a, default_rules()), the_meeting_again(b, default_rules())
    (True, False)
    """
    p = patterns(rules)
    ends = {m.end() for m in p.the_meeting.finditer(s.text)}
    return bool(s.triggers) and all(t.end - s.start in ends for t in s.triggers)


def in_main(q: PersonMention, main: Sentence) -> bool:
    """Whether person ``q`` is named (a word of the name) in the item's main sentence: "When meeting
    with Velez, Lan said ..." after "Lan met Karo Velez" tells more of that meeting, not another.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("Minister Lan Tovik met Mr. Karo Velez in Lima on 2 May 2022. "
    ...      "When meeting with Mr. Velez, Minister Lan spoke.")
    >>> a, b = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> [(q.name, in_main(q, a)) for q in b.persons]
    [('Velez', True), ('Lan', True)]
    """
    return not set(q.name.split()).isdisjoint(w for x in main.persons for w in x.name.split())


def separate_meeting(s: Sentence, main: Sentence, rules: Rules) -> bool:
    """A sentence that opens on a word of sequence ("Separately,", "Meanwhile,") and has someone
    met or received who is not named in the main sentence: another meeting, the same day. Who
    "attended the meeting" took part in the main one.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("Minister Jan Kowal met Ambassador Ana Lis in Osh. Separately, the minister met with Mr. Omar Said. "
    ...      "Meanwhile, Ambassador Lis thanked Mr. Kowal for the meeting.")
    >>> a, b, c = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> separate_meeting(b, a, default_rules()), separate_meeting(c, a, default_rules())
    (True, False)
    >>> t = "Minister Jan Kowal met Ambassador Ana Lis in Osh. Meanwhile, General Omar Said attended the meeting, with Mr. Ivo Bel."
    >>> a, b = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> separate_meeting(b, a, default_rules())
    False
    """
    p = patterns(rules)
    if p.separately.match(s.text) is None:
        return False
    verb = s.search(p.meets_verb)
    if verb is None or the_meeting_again(s, rules):
        return False
    return any(q.start >= s.start + verb.end() and not in_main(q, main) for q in s.persons)


def repeats_main_gathering(s: Sentence, main: Sentence) -> bool:
    """Whether a meeting word of ``s`` comes with the same two words before it as in the main
    sentence ("... met in Harare yesterday for the mid-term review meeting ..." then "... opened
    yesterday's mid-term review meeting"): the main meeting named again.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = "Experts met in Osh for the annual review meeting. Jan Kowal opened the annual review meeting."
    >>> a, b = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> repeats_main_gathering(b, a)
    True
    """
    said = main.text.lower()
    for t in s.triggers:
        before = s.text[:t.end - s.start].lower().split()[-3:]
        if len(before) == 3 and before[0][-1:].isalpha() and " ".join(before) in said:
            return True
    return False


def second_opening(i: int, s: Sentence, main: Sentence, rules: Rules) -> Draft | None:
    """A further meeting of the item: a sentence with a meeting word that is dated, relative,
    earlier, on the margins or another meeting of the trip ("The delegation also met the
    Minister"), and (unless it is a plan or earlier) names an actor or a gathering of a kind. A
    plan needs a day or a month of its own."""
    p = patterns(rules)
    dm = meeting_date(s, rules)
    planned = is_plan(s, rules)
    earlier = s.has(p.earlier) and bool(s.persons or s.orgs)
    relative = dm is None and is_relative(s, rules)
    also_m = s.search(p.also_met)
    also = also_m is not None and any(q.start >= s.start + also_m.end() and not in_main(q, main) for q in s.persons) \
        or separate_meeting(s, main, rules)
    if dm is None and not earlier and not relative and not s.has(p.margins) and not also:
        return None
    if welcome_of_the_main(s, main, rules) or dm is None and not also and not earlier and repeats_main_gathering(s, main):
        return None
    if n_day_main(s, main, rules):
        return None
    if not earlier and not planned and the_meeting_again(s, rules):
        return None
    if planned and (dm is None or dm.precision == "year" or dm.first[:7] != dm.last[:7]):
        return None
    same_kind = bool(s.types & main.types - {"meeting"}) or named_gathering(s)
    # a gathering of a named kind that someone held ("On June 1, the Agency held an online
    # seminar"), even with no actor named in full
    held_kind = any(t.type != "meeting" for t in s.triggers) and s.has(p.held_verb)
    if not planned and not earlier and (dm is not None or relative) and not (s.has_actor or same_kind or held_kind):
        return None
    return Draft(anchor=i, primary=False, status="planned" if planned else "held", earlier=earlier)


def embedded_post(s: Sentence) -> bool:
    """A post embedded in the page, closed by its signature ("... pic.twitter.com/x— Foreign
    Ministry (@handle) February 5, 2023"): it repeats what the page reports.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("The Prince received the Minister in Riyadh on Sunday, the ministry said.\\n"
    ...      "#Riyadh | The Prince receives the Minister at the Palace, in the presence of the Foreign "
    ...      "Minister. pic.twitter.com/x— Ministry (@mfa) February 5, 2023")
    >>> [embedded_post(s) for s in analyse_document(Document(doc="x.txt", text=t)).items[0].sentences]
    [False, True]
    """
    return s.has(POST_SIGNATURE)


def this_meeting(s: Sentence, rules: Rules) -> bool:
    """A sentence about "This meeting" or "That visit" ("Asked about the meeting, ...") and no
    other gathering: the meeting already reported, whatever date it mentions ("This meeting, the
    first since the inauguration in January, ..."); not "This event continued the talks held in
    Osh on 2 May".

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("This meeting, the first since January, seeks peace. This year the meeting was held online. "
    ...      "This event continued the meetings held in Osh on 2 May.")
    >>> [this_meeting(s, default_rules()) for s in analyse_document(Document(doc="x.txt", text=t)).items[0].sentences]
    [True, False, False]
    """
    m = patterns(rules).this_meeting.match(s.text)
    return m is not None and all(t.end - s.start <= m.end() for t in s.triggers)


def n_day_main(s: Sentence, main: Sentence, rules: Rules) -> bool:
    """A sentence about "The three-day conference" when the item's main report is a gathering of
    that kind and the sentence names no place: the gathering already reported, whatever date it
    gives ("The four-day conference, set to conclude on 28 August, ..."); "The three-day workshop
    ... was held in Bishkek on 5-7 May" after talks, or "The two-day visit ... to Tokyo", is another.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("The border conference began in Osh on 2 May 2023. The four-day conference ends on 5 May. "
    ...      "The three-day workshop was held in Naryn on 7-9 May. The two-day conference in Naryn ends on 9 May.")
    >>> a, *rest = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> [n_day_main(s, a, default_rules()) for s in rest]
    [True, False, False]
    """
    m = patterns(rules).n_day.match(s.text)
    if m is None or s.places:
        return False
    kinds = {t.type for t in s.triggers if t.end - s.start <= m.end()}
    return bool(kinds) and kinds <= {t.type for t in main.triggers} and all(t.end - s.start <= m.end() for t in s.triggers)


def named_from_within(s: Sentence, rules: Rules) -> bool:
    """A sentence whose every meeting word names the meeting being reported from within ("He
    said that today's meeting continues ...", '"We are meeting today to ..."', "She is the
    first minister of Zenda to visit Kyrgyzstan since 2019"), and that gives no day, no city and
    no plan of its own ("took part in this regional conference in Astana on 2 March", "will be the
    first president to visit Zenda in October" are others).

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("He said that today's meeting continues the work of the commission. "
    ...      '"We are meeting today to discuss trade," he said. '
    ...      "She is the first minister of Zenda to visit Kyrgyzstan since 2019. "
    ...      "On 2 March, he took part in this regional conference in Astana.")
    >>> [named_from_within(s, default_rules()) for s in analyse_document(Document(doc="x.txt", text=t)).items[0].sentences]
    [True, True, True, False]
    """
    p = patterns(rules)
    if s.places or any(d.precision == "day" for d in s.dates) or s.has(p.future) or s.has(p.planned):
        return False
    inside = [(x.start() + s.start, x.end() + s.start) for x in p.from_within.finditer(s.text)]
    return bool(inside) and all(any(a <= t.start and t.end <= b for a, b in inside) for t in s.triggers)


_WEB_ADDRESS = re.compile(r"\bhttps?://\S+")


def link_listing(s: Sentence) -> bool:
    """A "sentence" holding two web addresses or more, every meeting word before the last, is a
    feed's or a page's listing of links (title, address, time stamp, title, address, ...): it
    repeats headlines, it reports nothing.

    >>> line = lambda t: Sentence(0, len(t), t, (), (), (), (), (), (), False)
    >>> link_listing(line("COMMUNIQUE | 49th Meeting of the Council | Osh https://osh.example/c Sat, 12 Jul "
    ...                   "2025 01:17:42 +0000 https://osh.example/?p=46886"))
    True
    >>> link_listing(line("The 49th Meeting of the Council was held in Osh (https://osh.example)."))
    False
    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("The statement (https://a.example/s) and the protocol (https://a.example/p) were adopted when "
    ...      "the ministers met in Osh.")
    >>> link_listing(analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0])
    False
    """
    found = list(_WEB_ADDRESS.finditer(s.text))
    return len(found) >= 2 and all(t.end - s.start <= found[-1].start() for t in s.triggers)


# Sentences with a meeting word that open nothing, tried in this order.
NOT_AN_OPENING: tuple[Callable[[Sentence, bool, Rules], bool], ...] = (
    lambda s, first, rules: not s.triggers,
    lambda s, first, rules: is_operation_report(s, rules),
    lambda s, first, rules: by_phone(s, rules),
    lambda s, first, rules: not first and this_meeting(s, rules),
    lambda s, first, rules: not first and named_from_within(s, rules),
    lambda s, first, rules: embedded_post(s),
    lambda s, first, rules: link_listing(s),
    lambda s, first, rules: (not first and (dm := meeting_date(s, rules)) is not None and s.operation
                             and dates_an_operation(s, dm, rules)),
)


def find_drafts(sents: tuple[Sentence, ...] | list[Sentence], rules: Rules | None = None,
                published: str | None = None) -> list[Draft]:
    """The meetings an item's sentences open, with their scopes (see the module docstring);
    ``published`` is the item's stamp."""
    rules = rules or default_rules()
    drafts: list[Draft] = []
    for i, s in enumerate(sents):
        if any(test(s, not drafts, rules) for test in NOT_AN_OPENING):
            continue
        d = main_opening(i, s, rules) if not drafts else second_opening(i, s, sents[drafts[0].anchor], rules)
        if d is not None:
            drafts.append(d)
    return assign_scopes(drafts, sents, rules, published)


def main_not_before(main: Sentence, published: str | None, rules: Rules) -> str | None:
    """The earliest day the main meeting can be: its own date when it gives its year, else, when
    it is named by a day relative to the report ("on Wednesday", "yesterday"; not "last month")
    under a stamp, a week before the stamp.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> s = analyse_document(Document(doc="x.txt", text="The sides met on Wednesday.")).items[0].sentences[0]
    >>> main_not_before(s, "2024-07-10", default_rules()), main_not_before(s, None, default_rules())
    ('2024-07-03', None)
    """
    dm = meeting_date(main, rules)
    if dm is not None and dm.year_given:
        return dm.first
    if not published or not main.has(patterns(rules).relative_day):
        return None
    try:
        return (date.fromisoformat(published[:10]) - timedelta(days=7)).isoformat()
    except ValueError:  # a stamp that is no calendar day
        return None


def _is_background(d: Draft, main_day: str | None, sents: tuple[Sentence, ...] | list[Sentence],
                   rules: Rules) -> bool:
    """A mention of a gathering dated, with its year, before the main meeting
    (:func:`main_not_before`): "reviewed decisions taken at the 7th meeting hosted by X on July
    12, 2023" in a report of a meeting "on Wednesday"."""
    dm = meeting_date(sents[d.anchor], rules)
    return bool(main_day and dm and dm.year_given and dm.last < main_day[:len(dm.last)])


def _own_scope(d: Draft, nxt: int, sents: tuple[Sentence, ...] | list[Sentence], rules: Rules) -> tuple[int, ...]:
    """The scope of a draft that is not a full report: an earlier meeting owns the sentences up
    to the next report ("Earlier, X hosted a seminar. Experts from A took part in it."), a plan
    the future sentences right after it ("The course will be conducted by ..."), else its
    sentence alone."""
    if d.earlier and d.status == "held":
        return tuple(range(d.anchor, nxt))
    scope = [d.anchor]
    if d.status == "planned":
        future = patterns(rules).future
        k = d.anchor + 1
        while k < nxt and sents[k].has(future):
            scope.append(k)
            k += 1
    return tuple(scope)


def _goes_on(scope: tuple[int, ...], sents: tuple[Sentence, ...] | list[Sentence], rules: Rules) -> bool:
    """Whether the sentence after a plan's own sentences goes on about who takes part in the
    meeting described before the plan (a participation cue): "... will set the agenda for the
    Ministerial Meeting scheduled for August 11. X is leading the Nepali delegation to the
    meeting." Then the plan does not end that description."""
    k = max(scope) + 1
    return k < len(sents) and sents[k].has(cue(rules, "participation"))


def assign_scopes(drafts: list[Draft], sents: tuple[Sentence, ...] | list[Sentence], rules: Rules,
                  published: str | None = None) -> list[Draft]:
    """Scopes: a full report owns the sentences from its anchor to the next full report (the
    main one also its lead); plans, earlier and background mentions (dated before the main
    meeting, :func:`main_not_before`, which reads the item's stamp ``published``) own their own
    sentence (:func:`_own_scope`), and a background mention does not end the description before
    it, nor a plan after which the description goes on (:func:`_goes_on`)."""
    if not drafts:
        return []
    main_day = main_not_before(sents[drafts[0].anchor], published, rules)
    background = [k > 0 and _is_background(d, main_day, sents, rules) for k, d in enumerate(drafts)]
    full = [k == 0 or not (d.status == "planned" or d.earlier or background[k]) for k, d in enumerate(drafts)]
    anchors = sorted(d.anchor for d in drafts) + [len(sents)]
    own = {k: _own_scope(d, min(a for a in anchors if a > d.anchor), sents, rules)
           for k, d in enumerate(drafts) if not full[k]}
    owned = {i for scope in own.values() for i in scope}
    out = []
    for k, d in enumerate(drafts):
        if not full[k]:
            out.append(replace(d, scope=own[k]))
            continue
        lo = 0 if k == 0 else d.anchor
        # a background mention inside the description does not end it, nor a plan that the
        # description goes on after (:func:`_goes_on`)
        passed = {x.anchor for j, x in enumerate(drafts) if j and not full[j] and x.anchor > d.anchor
                  and (background[j] or x.status == "planned" and _goes_on(own[j], sents, rules))}
        nxt = min([a for a in anchors if a > d.anchor and a not in passed] or [len(sents)])
        out.append(replace(d, scope=tuple(i for i in range(lo, nxt) if i not in owned)))
    return out
