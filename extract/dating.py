"""Dating meeting drafts: the passes that give each draft its days.

The passes run in this order over all the drafts of a document (:data:`DATE_PASSES`); each one
dates only what the ones before left undated, or refines what they found:

1. :func:`date_from_text` — the anchor's own date, else (main report) the first day its other
   sentences give; a missing year from the main meeting, the item's stamp, its neighbours or the
   document's latest dated year; on a page with no date at all, a day named with its weekday
   takes the one year the page mentions that fits it (:func:`weekday_year`);
   :func:`split_date_places` — "On 3-5 May in Osh and 9-11 May in Naryn": one draft per day
   and city;
2. :func:`date_from_report_day` — "on Monday", "yesterday", "last month", counted back from the
   item's publication date;
3. :func:`merge_dated_back_reference` — "A meeting was held ... The guests were received on 2
   November": the dated back-reference dates the main report and merges into it;
4. :func:`span_of_days` — "a two-day seminar that opened on Monday" lasts two days;
5. :func:`split_per_day` — a range reported day by day becomes one meeting per day;
6. :func:`fill_undated` — the day next to the main meeting ("the day before"), its days (on its
   margins), a digest's day header, else the item's month;
7. :func:`future_is_planned` — a held meeting whose own days begin after its report is a plan;
8. :func:`back_reference_item` — a later item that opens on "the meeting" already reported and
   dates it no better than the report does is no meeting of its own.

Then :func:`drop_back_references` removes a second mention of a meeting another item reports in
full. A new way of naming a meeting's day goes into one of these passes; its words (weekdays,
"the day before", "concluded") into ``rules/calendar.jsonl`` and ``rules/cues.jsonl``.

>>> _relative_day_of("The experts met last Tuesday.", "2019-10-07")  # a Monday
('2019-10-01', '2019-10-01')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .dates import DateMention, infer_year
from .drafts import Draft, dates_an_operation, margins_rx, meeting_date, separate_meeting
from .drafts import patterns as draft_patterns
from .facts import ItemFacts, Sentence, cue
from .lexicon import Rules, default_rules
from .places import PlaceMention

__all__ = ["DATE_PASSES", "date_drafts", "date_from_text", "date_from_report_day",
           "merge_dated_back_reference", "span_of_days", "split_per_day", "fill_undated",
           "split_date_places", "date_place_pairs",
           "drop_back_references", "relative_day", "relative_month"]

Drafts = list[list[Draft]]


@dataclass(frozen=True)
class _Patterns:
    said_before: re.Pattern[str]
    n_day: re.Pattern[str]
    the_n_day: re.Pattern[str]
    closed: re.Pattern[str]
    opened: re.Pattern[str]
    opening_session: re.Pattern[str]
    plural_count: re.Pattern[str]
    same_party: re.Pattern[str]
    definite_back: re.Pattern[str]
    year_word: re.Pattern[str]
    margins: re.Pattern[str]
    weekdays: dict[str, int]
    day_counts: dict[str, int]
    weekday_before: re.Pattern[str]
    first_day: re.Pattern[str]


def _build(rules: Rules) -> _Patterns:
    n_day = r"\b({day_count})[- ]day\b"
    return _Patterns(
        # "the ministry said on Saturday": the day of the statement, not the meeting
        said_before=rules.rx(r"\b(?:{reporting_verb}|told\s+\w+|informed)\s+$"),
        n_day=rules.rx(n_day, re.I),
        the_n_day=rules.rx(r"\s*The\s+" + n_day, re.I),
        closed=rules.rx(r"\b{closing_verb}\b"),
        opened=rules.rx(r"\b{opening_verb}\b"),
        opening_session=rules.rx(r"\b{opening_session}\b", re.I),
        plural_count=rules.rx(r"\b{several}\s+\w*\s*{gatherings}\b", re.I),
        same_party=rules.rx(r"\b(?:the|our)\s+{party}\b", re.I),
        definite_back=rules.rx(
            # "Discussions at the three-day retreat that is being held from July 6-8, ..."
            r"\s*[“\"‘']?(?:{back_participle}\b[^.;]{0,160}?,\s+)?(?:(?:{back_subject:exact}\s+(?=at\b))?{back_lead}\s+the\s+"
            r"(?:[\w-]+\s+){0,2}{back_event}"
            r"|The\s+(?:[\w-]+\s+)?{back_kind}(?:\s+on\s+[^,.;]{3,25}?)?(?:\s*,\s*which|\s+{back_verb}))\b", re.I),
        margins=margins_rx(rules),
        year_word=rules.rx(r"\s+(?:of\s+)?(?:({last_month:exact})|{next_word:exact})\s+year\b", re.I),
        weekdays={w.lower(): n for w, n in rules.values("weekday").items()},
        day_counts={w.lower(): n for w, n in rules.values("day_count").items()},
        weekday_before=rules.rx(r"\b({weekday})\s*,?\s*(?:the\s+)?$"),
        first_day=rules.rx(r"(?<![\w-])(?:{first_day_word:exact})\s+(?:on\s+)?(?:the\s+)?$"),
    )


def _p(rules: Rules) -> _Patterns:
    return rules.memo(_build)


# ----------------------------------------------------------------------------- small helpers

def resolve_year(d: DateMention, ref: str | None, *, future: bool = False) -> tuple[tuple[str, str] | None, bool]:
    """The days of a date mention, its missing year taken from ``ref`` (and whether inferred)."""
    if d.year_given:
        return (d.first, d.last), False
    if not ref:
        return None, False
    filled = infer_year(d, ref, future=future)
    if filled.first.startswith("0000"):
        return None, False
    return (filled.first, filled.last), True


def relative_day(s: Sentence, published: str | None, rules: Rules) -> tuple[str, str] | None:
    """The days a sentence's "today", "yesterday", "tomorrow", "on Monday", "last Tuesday" or "on
    Wednesday and Thursday" name, counted back from its item's publication date (a weekday is the
    last one on or before it; "last" excludes that day), or forward where a word of the future
    comes before it ("will chair the cabinet on Friday": the next one on or after it); not the day
    a source "said" something.

    >>> _relative_day_of("The ministers will meet on Friday in Osh.", "2018-02-14")
    ('2018-02-16', '2018-02-16')
    >>> _relative_day_of("The ministers will meet tomorrow.", "2018-02-14"), _relative_day_of("They met on Friday.", "2018-02-14")
    (('2018-02-15', '2018-02-15'), ('2018-02-09', '2018-02-09'))
    >>> _relative_day_of("They agreed to bolster their efforts against crime after the minister visited Osh Tuesday.",
    ...                  "2022-04-13")
    ('2022-04-12', '2022-04-12')
    """
    p = _p(rules)
    rx = draft_patterns(rules).relative_day
    if s.search(rx) is None:
        return None
    m = next((m for m in rx.finditer(s.text)
              if not p.said_before.search(s.text, max(0, m.start() - 30), m.start())), None)
    if m is None or not published or len(published) < 10:
        return None
    pub = date.fromisoformat(published[:10])
    if m.group(1):
        return pub.isoformat(), pub.isoformat()
    if m.group(2) or m.group(6):
        day = (pub + timedelta(days=1 if m.group(6) else -1)).isoformat()
        return day, day
    wd = p.weekdays
    last = m.group(5) or m.group(4)
    if not m.group(3) and _future_before(s.text, m.start(), rules):
        start = pub + timedelta(days=(wd[m.group(4).lower()] - pub.weekday()) % 7)
        end = start + timedelta(days=(wd[last.lower()] - wd[m.group(4).lower()]) % 7)
        return start.isoformat(), end.isoformat()
    back = (pub.weekday() - wd[last.lower()]) % 7
    if m.group(3) and back == 0:
        back = 7
    end = pub - timedelta(days=back)
    start = end - timedelta(days=(wd[last.lower()] - wd[m.group(4).lower()]) % 7)
    return start.isoformat(), end.isoformat()


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\b[^,;]*,")


def _future_before(text: str, at: int, rules: Rules) -> bool:
    """A word that moves a weekday forward (``forward_day``: "will", "is expected to") or of a
    plan ("is scheduled") in the 60 characters before ``at`` ("will chair the summit in Osh,
    Kyrgyzstan, on Friday"), not inside a relative clause ("X, who will step down soon, met Y
    on Monday") and not an agreement's ("agreed to boost cooperation at talks on Monday").

    >>> r = default_rules()
    >>> t = "Kowal, who will step down soon, met Said in Osh on Monday"
    >>> _future_before(t, t.index("Monday"), r), _future_before("They will meet in Osh, Kyrgyzstan, on Monday", 38, r)
    (False, True)
    """
    lo = max(0, at - 60)
    dp = draft_patterns(rules)
    inside = [m.span() for m in _RELATIVE_CLAUSE.finditer(text, max(0, lo - 80), at)]
    for rx in (dp.forward_day, dp.planned):
        for m in rx.finditer(text, lo, at):
            if not any(a <= m.start() < b for a, b in inside):
                return True
    return False


def _relative_day_of(text: str, published: str) -> tuple[str, str] | None:
    """:func:`relative_day` of a text (for the examples)."""
    s = Sentence(0, len(text), text, (), (), (), (), (), (), False)
    return relative_day(s, published, default_rules())


def relative_month(s: Sentence, published: str | None, rules: Rules) -> str | None:
    """The month a sentence's "last month", "earlier this month" or "last March" (the latest
    March before the report) names.

    >>> s = Sentence(0, 0, "Last month, a delegation took part.", (), (), (), (), (), (), False)
    >>> relative_month(s, "2019-04-02", default_rules())
    '2019-03'
    >>> s = Sentence(0, 0, "Last March, the two sides met.", (), (), (), (), (), (), False)
    >>> relative_month(s, "2011-01-16", default_rules())
    '2010-03'
    """
    m = s.search(draft_patterns(rules).relative_month)
    if m is None or not published or len(published) < 7:
        return None
    y, mo = int(published[:4]), int(published[5:7])
    if m.group(3):
        named = rules.values("month")[m.group(3)]
        y, mo = (y if named < mo else y - 1), named
    elif m.group(1):
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    return f"{y:04d}-{mo:02d}"


def overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two date ranges (days or months) overlap."""
    return a[0][: len(b[1])] <= b[1] and b[0][: len(a[1])] <= a[1] or a[0][:7] == b[0][:7] and (len(a[0]) == 7 or len(b[0]) == 7)


def neighbour_date(drafts: Drafts, items: tuple[ItemFacts, ...], index: int, month_only: bool = False) -> str | None:
    """A reference date from the nearest items above and below (they must agree on the month)."""
    prev = next((d.dates[0] for k in range(index - 1, -1, -1) for d in drafts[k] if d.dates and not d.inferred), None)
    nxt = next((d.dates[0] for k in range(index + 1, len(drafts)) for d in drafts[k] if d.dates and not d.inferred), None)
    if prev and nxt:
        if prev[:7] == nxt[:7] or not month_only:
            return prev if prev[:7] == nxt[:7] else max(prev, nxt)
        return None
    if month_only:
        return None
    return prev or nxt or (items[index].item.published if items else None)


def scope_date(sents: tuple[Sentence, ...], d: Draft, drafts: list[Draft], rules: Rules) -> DateMention | None:
    """The first day of the report's other sentences, lead first ("The meeting was held in Dushanbe.
    It took place on 9 April ..."), skipping plans, operations and other reports' anchors."""
    p = draft_patterns(rules)
    others = {x.anchor for x in drafts}
    order = [i for i in d.scope if i < d.anchor] + [i for i in d.scope if i > d.anchor]
    for i in order:
        s = sents[i]
        if i in others or s.has(p.future) or s.has(p.planned):
            continue
        dm = meeting_date(s, rules)
        if dm is not None and dm.precision == "day" and not (s.operation and dates_an_operation(s, dm, rules)):
            return dm
    return None


# ----------------------------------------------------------------------------- the passes

def year_word(s: Sentence, dm: DateMention, rules: Rules) -> int:
    """-1 for a month or day without its year followed by "last year" ("in April last year"),
    +1 for "next year", else 0.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> s = analyse_document(Document(doc="x.txt", text="They first met in April last year.")).items[0].sentences[0]
    >>> year_word(s, s.dates[0], default_rules())
    -1
    """
    if dm.year_given:
        return 0
    m = _p(rules).year_word.match(s.text, dm.end - s.start)
    return 0 if m is None else (-1 if m.group(1) else 1)


_YEAR_IN_TEXT = re.compile(r"(?<![\d/.-])(?:19[5-9][0-9]|20[0-4][0-9])(?![\d/])")


def weekday_year(s: Sentence, dm: DateMention, years: frozenset[int], rules: Rules) -> tuple[str, str] | None:
    """A day named with its weekday but no year, on a page with no stamp ("on Friday, May 17,
    during a courtesy call at the end of Exercise Tradewinds 2024"): the one year the page
    mentions in which that day is that weekday; None when no year or several fit.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> f = analyse_document(Document(doc="x.txt", text="They met on Friday, May 17, after Exercise Tide 2024."))
    >>> s = f.items[0].sentences[0]
    >>> weekday_year(s, s.dates[0], frozenset({2023, 2024}), default_rules())
    ('2024-05-17', '2024-05-17')
    """
    if dm.year_given or dm.precision != "day" or dm.first != dm.last:
        return None
    m = _p(rules).weekday_before.search(s.text, 0, dm.start - s.start)
    if m is None:
        return None
    want = _p(rules).weekdays[m.group(1).lower()]
    fits = [y for y in sorted(years) if _weekday_of(y, dm.first) == want]
    if len(fits) != 1:
        return None
    day = f"{fits[0]:04d}{dm.first[4:]}"
    return day, day


def _weekday_of(year: int, first: str) -> int | None:
    try:
        return date(year, int(first[5:7]), int(first[8:10])).weekday()
    except ValueError:
        return None


def date_from_text(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 1: the anchor's own date (or, for an item's main report without one and without a
    relative day of its own, the first day its other sentences give). A year left out comes from
    the item's main meeting, its publication date, its neighbours, or else the latest date the
    document gives with its year, a stamp included (one right under the lead); a plan's year is
    counted forward from when it was reported."""
    in_doc = [x.last for it in items for st in it.sentences for x in st.dates
              if x.year_given and x.precision in ("day", "month")]
    in_doc += [it.item.published for it in items if it.item.published]  # a stamp under the lead
    doc_ref = max(in_doc) if in_doc else None
    rel = draft_patterns(rules).relative_day
    seen: list[frozenset[int]] = []

    def years() -> frozenset[int]:
        """The years the page's text mentions (read once, when a day needs them)."""
        if not seen:
            texts = [st.text for it in items for st in it.sentences] + [it.item.headline or "" for it in items]
            seen.append(frozenset(int(y) for t in texts for y in _YEAR_IN_TEXT.findall(t)))
        return seen[0]
    for k, it in enumerate(items):
        ds, sents = drafts[k], it.sentences
        for j, d in enumerate(ds):
            how = "anchor_date"
            dm = meeting_date(sents[d.anchor], rules)
            if dm is None and d.primary and not sents[d.anchor].has(rel):
                dm, how = scope_date(sents, d, ds, rules), "scope_date"
            if dm is None:
                continue
            main = ds[0].dates[0] if j and ds[0].dates else None
            ref = main or it.item.published or neighbour_date(drafts, items, it.item.index) or doc_ref
            planned = d.status == "planned"
            reported = it.item.published or ref
            days, inferred = resolve_year(dm, reported if planned else ref, future=planned)
            if days is None and ref is None and (wd := weekday_year(sents[d.anchor], dm, years(), rules)):
                days, inferred = wd, True
            shift = year_word(sents[d.anchor], dm, rules)
            if shift and days and reported:
                year = int(reported[:4]) + shift
                days = (f"{year:04d}{dm.first[4:]}", f"{year:04d}{dm.last[4:]}")
            ds[j] = replace(d, dates=days, inferred=inferred, date_by=how if days else d.date_by)
    return drafts


_AFTER_DATE = re.compile(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?")
_BEFORE_DATE = re.compile(r"\s*,?\s*(?:on|from)\s+(?:the\s+)?")
_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$")
# a later city of a list of cities, each with its date in brackets: "in Osh (May 2014) and Naryn (June 2015)"
_NEXT_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Aa]t|and)|,)\s+(?:the\s+)?$")


def _place_after(s: Sentence, dates: list[DateMention], k: int) -> PlaceMention | None:
    """The city right after date ``k`` ("3-5 May in Osh", "21-23 February, in Ashgabat")."""
    d = dates[k]
    limit = dates[k + 1].start if k + 1 < len(dates) else s.end
    pl = next((pl for pl in s.places if d.end <= pl.start < limit), None)
    if pl is None or not _AFTER_DATE.fullmatch(s.text, d.end - s.start, pl.start - s.start):
        return None
    return pl


def _city_before(s: Sentence, dates: list[DateMention], k: int) -> PlaceMention | None:
    """The last city of the sentence between date ``k`` and the date before it."""
    floor = dates[k - 1].end if k else s.start
    return next((pl for pl in reversed(s.places) if floor <= pl.start and pl.end <= dates[k].start), None)


def _place_before(s: Sentence, dates: list[DateMention], k: int) -> PlaceMention | None:
    """The city right before date ``k`` after "in" ("in Osh on 3-5 May")."""
    pl = _city_before(s, dates, k)
    if pl is None or not _BEFORE_DATE.fullmatch(s.text, pl.end - s.start, dates[k].start - s.start):
        return None
    return pl if _IN_BEFORE.search(s.text, 0, pl.start - s.start) else None


def _place_bracketed(s: Sentence, dates: list[DateMention], k: int) -> PlaceMention | None:
    """The city right before date ``k`` in brackets, the first after "in", a later one after
    "and" or a comma ("workshops in Osh (June 2014) and Naryn (November 2015)")."""
    pl = _city_before(s, dates, k)
    if pl is None or s.text[pl.end - s.start:dates[k].start - s.start].strip() != "(":
        return None
    return pl if (_NEXT_BEFORE if k else _IN_BEFORE).search(s.text, 0, pl.start - s.start) else None


def date_place_pairs(s: Sentence) -> list[tuple[DateMention, PlaceMention]]:
    """Each day (or month) of a sentence with the city written next to it, when every one has
    its own and they name two cities or more on different days ("On 3-5 May in Osh and 9-11 May
    in Naryn", "in Osh on 3-5 May and in Naryn on 9-11 May"); else none.

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> def pairs(t):
    ...     s = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences[0]
    ...     return [(d.first, pl.surface) for d, pl in date_place_pairs(s)]
    >>> pairs("On 3-5 May 2018 in Osh and 9-11 May 2018 in Naryn, workshops were held.")
    [('2018-05-03', 'Osh'), ('2018-05-09', 'Naryn')]
    >>> pairs("Workshops were held in Osh on 3-5 May 2018 and in Naryn on 9-11 May 2018.")
    [('2018-05-03', 'Osh'), ('2018-05-09', 'Naryn')]
    >>> pairs("It is the third, after workshops organized in Osh (June 2014) and Naryn (November 2015).")
    [('2014-06', 'Osh'), ('2015-11', 'Naryn')]
    >>> pairs("The seminar held in Osh on 3-5 May 2018 prepared the meeting of 9 June 2018.")
    []
    >>> pairs("The Centre, founded in Osh (December 2009), met in Naryn on 5 May 2018.")
    []
    """
    dates = [d for d in s.dates if d.precision in ("day", "month")]
    if len(dates) < 2:
        return []
    for pick in (_place_after, _place_before, _place_bracketed):  # every day paired the same way
        pairs = [(d, pl) for k, d in enumerate(dates) if (pl := pick(s, dates, k)) is not None]
        if len(pairs) == len(dates) and len({pl.city for _, pl in pairs}) >= 2 \
                and len({(d.first, d.last) for d, _ in pairs}) == len(pairs):
            return pairs
    return []


def split_date_places(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 1b: a draft dated by its own sentence, when that sentence pairs each of its days with
    a city of its own (:func:`date_place_pairs`), becomes one draft per day and city ("On 3-5
    May in Osh and 9-11 May in Naryn, workshops on risk analysis were held": two workshops); a
    year left out comes from the draft's first day."""
    for k, it in enumerate(items):
        out: list[Draft] = []
        for d in drafts[k]:
            pairs = date_place_pairs(it.sentences[d.anchor]) if d.dates and d.date_by == "anchor_date" else []
            for dm, pl in pairs:
                days, inferred = resolve_year(dm, d.dates[0])  # type: ignore[index]
                if days is not None:
                    out.append(replace(d, dates=days, inferred=inferred, place=pl.start, date_by="date_place"))
            if not pairs:
                out.append(d)
        drafts[k] = out
    return drafts


def date_from_report_day(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 2: a draft still undated by its anchor's (or, for the main report, its lead's) "on
    Monday", "yesterday", "today", counted back from the publication date ("ISLAMABAD: The two
    countries on Monday agreed ... The understanding was reached at a meeting ..."), else by its
    anchor's "last month"."""
    for k, it in enumerate(items):
        ds, sents, pub = drafts[k], it.sentences, it.item.published
        for j, d in enumerate(ds):
            if d.dates:
                continue
            lead = [i for i in d.scope if i < d.anchor] if d.primary else []
            days = next((x for i in [d.anchor, *lead] if (x := relative_day(sents[i], pub, rules))), None)
            if days is not None:
                ds[j] = replace(d, dates=days, inferred=True, date_by="report_day")
            elif (month := relative_month(sents[d.anchor], pub, rules)) is not None:
                ds[j] = replace(d, dates=(month, month), inferred=True, date_by="report_month")
    return drafts


def _refers_back(s: Sentence, rules: Rules) -> bool:
    """"The guests were received ...", "During the talks on ...", "The working meeting on 9 March
    was attended by ...": a sentence about the meeting already reported."""
    p = _p(rules)
    return s.has(p.same_party) or p.definite_back.match(s.text) is not None


def merge_dated_back_reference(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 3: a main report with no date of its own (or the same days, or a day counted from the
    report within the days given), followed by a held, dated sentence that refers back to it: one
    meeting, dated by that sentence. The sentence is the next report, or a later one whose days
    hold the main report's counted day ("... on Wednesday presided over ... The two-day meeting,
    which started on October 29, ...")."""
    for k, it in enumerate(items):
        ds = drafts[k]
        if len(ds) < 2 or not ds[0].primary:
            continue
        main = ds[0]
        for j in range(1, len(ds) if main.inferred or not main.dates else 2):
            nxt = ds[j]
            own, theirs = main.dates, nxt.dates
            if own and not (own == theirs or main.inferred and theirs and theirs[0] <= own[0] and own[1] <= theirs[1]):
                continue
            if nxt.dates and nxt.status == "held" and not nxt.earlier and _refers_back(it.sentences[nxt.anchor], rules):
                ds[0] = replace(main, dates=nxt.dates, inferred=nxt.inferred, date_by="back_reference",
                                scope=tuple(sorted(set(main.scope) | set(nxt.scope) | {nxt.anchor})))
                del ds[j]
                break
    return drafts


def span_of_days(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 4: a single day that opens a meeting of several days lasts them ("a two-day seminar
    that opened here on Monday", "opened on 4 October a regional workshop ... The three-day
    workshop", "From October 9, 2023, a five-day regional seminar ..."); "A three-day course ...
    concluded today" covers the days up to that one."""
    p = _p(rules)
    for k, it in enumerate(items):
        ds, sents = drafts[k], it.sentences
        for j, d in enumerate(ds):
            if not d.dates or d.dates[0] != d.dates[1] or len(d.dates[0]) != 10:
                continue
            near = [sents[d.anchor]] + ([sents[d.anchor + 1]] if d.primary and d.anchor + 1 < len(sents) else [])
            near += [sents[i] for i in d.scope if i > d.anchor + 1 and p.the_n_day.match(sents[i].text)]
            n = next((p.day_counts[m.group(1).lower()] for x in near if (m := x.search(p.n_day))), None)
            # "A two-day conference has concluded ... The conference, which started on Wednesday (24 May)":
            # the day the next sentence gives is the first
            # ... or the anchor's day is its first ("From October 9, a five-day seminar ...")
            opened_next = n is not None and (
                (d.date_by in ("scope_date", "back_reference") and any(x.has(p.opened) for x in near[1:]))
                or from_the_day(near[0], rules))
            if n and near[0].has(p.closed) and not near[0].has(p.opened) and not opened_next:
                start = date.fromisoformat(d.dates[0]) - timedelta(days=n - 1)
                ds[j] = replace(d, dates=(start.isoformat(), d.dates[1]))
            elif n and (near[0].has(p.opened) or opened_next or any(p.the_n_day.match(x.text) for x in near[1:])):
                end = date.fromisoformat(d.dates[0]) + timedelta(days=n - 1)
                ds[j] = replace(d, dates=(d.dates[0], end.isoformat()))
            elif n and (first := opening_session_day(sents, d, n, rules)) is not None:
                end = date.fromisoformat(first) + timedelta(days=n - 1)
                ds[j] = replace(d, dates=(first, end.isoformat()))
    return drafts


def from_the_day(s: Sentence, rules: Rules) -> bool:
    """Whether the sentence's meeting day is its first ("From October 9, 2023, a five-day regional
    seminar ... is being held").

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> s = analyse_document(Document(doc="x.txt", text="From 9 May 2023, a five-day seminar is held.")).items[0].sentences[0]
    >>> from_the_day(s, default_rules())
    True
    """
    dm = meeting_date(s, rules)
    return dm is not None and _p(rules).first_day.search(s.text, 0, dm.start - s.start) is not None


def opening_session_day(sents: tuple[Sentence, ...], d: Draft, n: int, rules: Rules) -> str | None:
    """The day of the opening session a later sentence of the item names, when it lies within
    the ``n`` days that end on the draft's day ("A four-day workshop ... is underway [8 Nov]. ...
    Addressing the opening session of the workshop on Tuesday 7th November 2017").

    >>> from parleygraph.extract.facts import analyse_document
    >>> from parleygraph.extract.records import Document
    >>> t = ("A four-day workshop is underway in Nairobi on 8 November 2017. Addressing the opening "
    ...      "session on Tuesday 7 November 2017, the Deputy Secretary General spoke.")
    >>> sents = analyse_document(Document(doc="x.txt", text=t)).items[0].sentences
    >>> opening_session_day(sents, Draft(anchor=0, primary=True, status="held", dates=("2017-11-08",) * 2,
    ...                                  scope=(0, 1)), 4, default_rules())
    '2017-11-07'
    """
    if d.dates is None:
        return None
    day = date.fromisoformat(d.dates[0])
    for s in sents[d.anchor + 1:]:
        if not s.has(_p(rules).opening_session):
            continue
        for x in s.dates:
            if x.precision == "day" and x.year_given and x.first == x.last \
                    and day - timedelta(days=n - 1) <= date.fromisoformat(x.first) < day:
                return x.first
    return None


def part_of(s: Sentence, main: Sentence, rules: Rules) -> bool:
    """Whether a sentence dated within a multi-day meeting reports a part of it: its opening
    session, the same kind of gathering, or the same party ("the delegation visited ...", a
    person of the main report presiding), not a meeting of its own on the margins or a side
    event."""
    p = _p(rules)
    if s.has(p.margins):
        return False
    sub = s.types
    if "side_event" in sub:
        return False
    if s.has(p.opening_session):
        return True
    theirs = {q.name.split()[-1] for q in main.persons}
    same_party = s.has(p.same_party) or bool(s.persons) and all(q.name.split()[-1] in theirs for q in s.persons)
    return sub <= main.types | {"meeting"} and same_party or sub <= main.types


def split_per_day(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 5: a main meeting over a range reported by later per-day sentences ("The webinar on 7
    July ...", "The webinar held on 8 July ...") becomes one meeting per day; a later sentence
    with no actor of its own goes; one that only reports a day of the meeting (same kind or same
    party) merges into it ("paid a visit on 1-2 March ... On 2 March the delegation visited")."""
    p = _p(rules)
    for k, it in enumerate(items):
        ds, sents = drafts[k], it.sentences
        main = ds[0] if ds else None
        if main is None or main.dates is None:
            continue
        a, b = main.dates
        if a == b:
            continue
        days = [d for d in ds[1:] if d.dates and d.dates[0] == d.dates[1] and a <= d.dates[0] <= b and d.status == "held"]
        main_gone = False
        if len(days) >= 2 or (days and sents[main.anchor].has(p.plural_count)):
            shared = [i for i in main.scope if i < days[0].anchor]
            bounds = [d.anchor for d in days] + [len(sents)]
            types = tuple(t.type for t in sents[main.anchor].triggers)
            for n, d in enumerate(days):
                ds[ds.index(d)] = replace(d, scope=tuple(sorted(set(shared) | set(range(bounds[n], bounds[n + 1])))),
                                          primary=True, types=types, date_by="split_day")
            ds.remove(main)
            main_gone = True
        for d in list(ds[1:]):
            s = sents[d.anchor]
            if d not in ds:
                continue
            if not d.primary and not s.has_actor and d.status == "held" and not d.earlier:
                ds.remove(d)
            elif not d.primary and d.status == "held" and not d.earlier and d.dates and a <= d.dates[0] \
                    and d.dates[1] <= b and not main_gone and part_of(s, sents[main.anchor], rules):
                mi = ds.index(main)
                main = ds[mi] = replace(main, scope=tuple(sorted(set(main.scope) | set(d.scope))))
                ds.remove(d)
    return drafts


def _next_to_main(d: Draft, main: Draft, s: Sentence, rules: Rules) -> tuple[tuple[str, str], str] | None:
    """The days of an undated meeting set next to its item's main one: "The same day" (a one-day
    main meeting), "The day before", "The next day", or on its margins (its days)."""
    if len(main.dates[0]) != 10:  # type: ignore[index]
        return None
    p = draft_patterns(rules)
    shift = -1 if s.has(p.day_before) else 1 if s.has(p.day_after) else 0
    if not shift and s.has(p.same_day) and main.dates[0] == main.dates[1]:  # type: ignore[index]
        return main.dates, "same_day"  # type: ignore[return-value]
    if shift:
        day = date.fromisoformat(main.dates[0] if shift < 0 else main.dates[1]) + timedelta(days=shift)  # type: ignore[index]
        return (day.isoformat(), day.isoformat()), "day_before" if shift < 0 else "day_after"
    if s.has(p.margins):
        return main.dates, "margins_of_main"  # type: ignore[return-value]
    return None


def lead_on_stamp_day(d: Draft, it: ItemFacts, rules: Rules) -> bool:
    """A news report whose lead tells its main meeting with no day ("The Foreign Minister has met
    his Uzbek counterpart ...") reports what happened on the day of its stamp; so does one that
    says its meeting is going on ("The meeting continues in Nadi")."""
    pub = it.item.published
    told = d.primary and d.anchor <= 1 or it.sentences[d.anchor].has(cue(rules, "ongoing"))
    return bool(told and not d.earlier and d.status == "held" and pub and len(pub) == 10 and not it.item.day_header)


def fill_undated(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 6: an undated held meeting takes the day next to its item's main meeting
    (:func:`_next_to_main`), the day of a digest's day header ("February 14"), else the month of
    the item's first dated meeting (an earlier one), of its neighbours or of its stamp."""
    for k, it in enumerate(items):
        ds, item = drafts[k], it.item
        for j, d in enumerate(ds):
            if d.dates or d.status == "planned":
                continue
            main = next((x for x in ds if x.primary and x.dates), None)
            before = [x for x in ds if x.anchor < d.anchor and x.dates]
            if before and it.sentences[d.anchor].has(draft_patterns(rules).also_met):
                # "The Prosecutor General also met there with ...": the days of the meeting before
                ds[j] = replace(d, dates=before[-1].dates, inferred=True, date_by="meeting_before")
                continue
            if main is not None and main.anchor < d.anchor and separate_meeting(
                    it.sentences[d.anchor], it.sentences[main.anchor], rules):
                # "Separately, ...", "After the meeting, ...": the day of the main meeting
                ds[j] = replace(d, dates=main.dates, inferred=True, date_by="main_day")
                continue
            if main is not None and d is not main:
                got = _next_to_main(d, main, it.sentences[d.anchor], rules)
                if got is not None:
                    ds[j] = replace(d, dates=got[0], inferred=True, date_by=got[1])
                    continue
            if item.day_header and item.published and len(item.published) == 10 and not d.earlier \
                    and (d.primary or main is None):
                ds[j] = replace(d, dates=(item.published, item.published), inferred=True, date_by="day_header")
                continue
            if lead_on_stamp_day(d, it, rules):
                ds[j] = replace(d, dates=(item.published, item.published), inferred=True, date_by="stamp_day")  # type: ignore[arg-type]
                continue
            ref = next((x.dates[0] for x in ds if x.dates), None) if d.earlier else None
            ref = ref or neighbour_date(drafts, items, item.index, month_only=True) or item.published
            if ref:
                ds[j] = replace(d, dates=(ref[:7], ref[:7]), inferred=True, filled=True, date_by="item_month")
    return drafts


def after_the_report(d: Draft, published: str | None) -> bool:
    """Whether a meeting's own days (year given, not inferred; or counted from the report's day:
    "tomorrow", "will chair ... on Friday") begin after the report that tells it: then it is a
    plan, whatever the verbs ("organization of the Joint Commission's 8th meeting in
    Ulaanbaatar in March 2018 ... were on the agenda", reported in December 2017).

    >>> d = Draft(anchor=0, primary=False, status="held", dates=("2018-03", "2018-03"))
    >>> after_the_report(d, "2017-12-24"), after_the_report(d, "2018-03-02")
    (True, False)
    """
    if not (d.dates and published) or d.filled or d.inferred and d.date_by != "report_day":
        return False
    first = d.dates[0]
    return first > published[:len(first)]


def future_is_planned(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 7: a held meeting whose days begin after its report is a plan (:func:`after_the_report`)."""
    for k, it in enumerate(items):
        drafts[k] = [replace(d, status="planned") if d.status == "held" and after_the_report(d, it.item.published) else d
                     for d in drafts[k]]
    return drafts


def back_reference_item(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules) -> Drafts:
    """Pass 8: a later item that opens on the meeting already reported ("“At the meeting, we
    stated ...,” X adds.") and gives it no date of its own (only the report's day or month, or
    none) is no meeting of its own when an earlier item's meeting falls in those days, or, with
    no date at all, when an earlier item reports a meeting ("“The dialogue is aimed at ...”")."""
    mains = [(k, d.dates) for k, ds in enumerate(drafts) for d in ds if d.primary and d.dates and not d.filled]
    first = min((k for k, ds in enumerate(drafts) if any(d.primary for d in ds)), default=len(drafts))
    for k, it in enumerate(items):
        drafts[k] = [d for d in drafts[k] if not (
            d.primary and (d.inferred or d.filled or not d.dates) and _refers_back(it.sentences[d.anchor], rules)
            and (first < k if not d.dates else any(j < k and overlap(d.dates, days) for j, days in mains)))]
    return drafts


DATE_PASSES: tuple[Callable[[tuple[ItemFacts, ...], Drafts, Rules], Drafts], ...] = (
    date_from_text, split_date_places, date_from_report_day, merge_dated_back_reference, span_of_days, split_per_day,
    fill_undated, future_is_planned, back_reference_item,
)


def drop_back_references(drafts: Drafts) -> Drafts:
    """A secondary mention whose dates a main meeting of another item covers is a back-reference."""
    mains = [(k, d) for k, ds in enumerate(drafts) for d in ds if d.primary and d.dates and not d.filled]
    return [[d for d in ds if not (not d.primary and d.dates and not d.filled and d.status == "held" and any(
        j != k and overlap(d.dates, m.dates) for j, m in mains))] for k, ds in enumerate(drafts)]  # type: ignore[arg-type]


def date_drafts(items: tuple[ItemFacts, ...], drafts: Drafts, rules: Rules | None = None) -> Drafts:
    """Every pass of :data:`DATE_PASSES` in order, then :func:`drop_back_references`."""
    rules = rules or default_rules()
    for date_pass in DATE_PASSES:
        drafts = date_pass(items, drafts, rules)
    return drop_back_references(drafts)
