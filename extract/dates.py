"""Dates in news text: a small tested grammar for days, ranges, months and years.

General-purpose date finders (dateparser, datefinder) miss most ranges of news English ("19-20
December 2023", "On July 10 and 11, 2020") and invent dates from numbers ("by 95%"), so the forms
are spelled out here as a few precompiled regular expressions over month names:

- days: "26 February 2024", "February 26, 2024", "the 20 th of September 2018", "Nov.13", "14 April"
- day ranges and pairs: "from 5 to 7 February 2024", "19-20 December 2023", "10–11 March",
  "September 14-15, 2020", "On July 10 and 11, 2020", "7 and 8 July 2020",
  "from 30 November to 2 December 2022", "November 30 - December 2, 2022"
- months: "in December 2018", "end of November", "early July", "October-December 2020",
  "between January and May this year"
- years after a cue: "in 2024", "by the end of 2019"
- numeric: "28.02.2024", "2024-02-28"

A year missing from the sentence ("this year" counts as missing) is written as ``0000`` in
``first``/``last`` and ``year_given`` is False; :func:`infer_year` fills it from a reference date.

The grammar is here; its words are ``rules/calendar.jsonl`` (month and weekday names and their
abbreviations, "end of", "early", the cues of a publication stamp, "No." before a reference
number): a new month spelling goes there, a new date form is a new alternative of a pattern
of :func:`_build` with a doctest.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .lexicon import Rules, alternation, default_rules

__all__ = ["DateMention", "Dateline", "find_dates", "infer_year", "parse_header_date", "parse_dateline",
           "months"]

_NO_YEAR = 0


def months(rules: Rules | None = None) -> dict[str, int]:
    """Month number of every month name and abbreviation of ``rules/calendar.jsonl``.

    >>> months()["Sept"], months()["May"]
    (9, 5)
    """
    r = rules or default_rules()
    return {**r.values("month"), **r.values("month_abbr")}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, with character offsets.

    ``first``/``last`` are ISO dates ("2024-02-05"), or months ("2024-02") when ``precision`` is
    "month", or years ("2024") when it is "year"; year ``0000`` when the text gives none.

    >>> find_dates("held in Almaty on 19-20 December 2023.")[0].last
    '2023-12-20'
    """

    start: int
    end: int
    text: str
    first: str
    last: str
    precision: str
    year_given: bool


# --- building blocks -------------------------------------------------------------------------
# A pattern here names the groups of rules/calendar.jsonl it needs ("{month}"); _build fills them.
_MON = r"(?:{month}|{month_abbr}\.?)(?![a-z])"
_MONFULL = r"(?:{month})(?![a-z])"
_MONABBR = r"{month_abbr}\.?(?![a-z])"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?![0-9%,.]?[0-9%])"
_ORD = r"(?:\s?(?:st|nd|rd|th)\b)?"
_YEAR_RAW = r"(?:19|20)[0-9]{2}"
# A year, but not the first of a period like "2022-2025" or "2022-25".
_YEAR = _YEAR_RAW + r"(?![0-9]|\s?[-–—/]\s?(?:[0-9]{4}(?![0-9])|[0-9]{2}(?![0-9]|\s+[A-Z])))"
_THIS = r"(?:of\s+)?this\s+year\b"
# Separators of a range or a pair: dashes, "to", "and", "till", "until", "through".
_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|and|till|until|through)\s+)"
# Across months "and" joins two dates, not a range ("on 7 July and 9 September").
_XSEP = r"(?:\s*[-–—]\s*|\s+(?:to|till|until|through)\s+)"
_LIST = rf"(?:\s*,\s*{_DAY}{_ORD})*"
_YTAIL = rf"(?:(?P<ycomma>,?\s*)(?P<y>{_YEAR})|\s+(?P<this>{_THIS}))"
_KW = r"(?:(?P<kw>\b(?:[Ff]rom|[Bb]etween)\s+))?"
# a range across months: "28 April - 1 May", or "and" after "between" ("between 28th April and
# 1st May 2014"; without "between", "28 April and 1 May" are two days)
_XSEP_KW = rf"(?:{_XSEP}|(?(kw)\s+and\s+|(?!)))"

# Day first: "26 February 2024", "the 20 th of September", "19-20 December", "7 and 8 July",
# "30 November to 2 December 2022", "30 December 2022 - 2 January 2023".
_DAY_FIRST = (
    rf"""{_KW}(?P<the>\b[Tt]he\s+)?(?<![\w.,/%:-])(?P<d1>{_DAY}){_ORD}
    (?:
        (?P<list>{_LIST}){_SEP}(?:the\s+)?(?P<d2>{_DAY}){_ORD}(?:\s+of)?\s+(?P<m>{_MON})
      | (?:\s+of)?\s+(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?{_XSEP_KW}(?:the\s+)?(?P<d2b>{_DAY}){_ORD}
        (?:\s+of)?\s+(?P<m2>{_MON})
      | (?:\s+of)?\s+(?P<ms>{_MON})
    ){_YTAIL}?""")

# Month first: "February 26, 2024", "Nov.13", "September 14-15, 2020", "July 10 and 11, 2020",
# "November 30 - December 2, 2022", "February 16. 2024" (a stop for the comma).
_MONTH_FIRST = (
    rf"""{_KW}(?<![\w])(?P<m>{_MON})\s*(?P<d1>{_DAY}){_ORD}
    (?:
        (?P<list>{_LIST}){_SEP}(?P<d2>{_DAY}){_ORD}(?!\s*{_MON})
      | (?:,?\s+(?P<y1>{_YEAR}))?{_XSEP_KW}(?P<m2>{_MON})\s*(?P<d2b>{_DAY}){_ORD}
    )?(?:(?P<ycomma>,?\s*|\.\s(?=(?:19|20)\d\d\b))(?P<y>{_YEAR})|\s+(?P<this>{_THIS}))?""")

_QUAL = r"(?:(?:the\s+|[Tt]he\s+)?(?:very\s+)?{period_part:cap}\s+of\s+|{period_edge:cap}\s+|[Mm]id-?\s*)"
_CUE = r"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hroughout|[Ff]or)\s+)"

# Month only: "in December 2018", "end of November", "early July", "October-December 2020",
# "JULY 2022" (a month in capitals only before its year: a heading's).
_MONTH_ONLY = (
    rf"""(?P<cue>{_CUE})?{_KW}(?P<q>{_QUAL})?(?<![\w])(?P<m1>{_MON}|{{month:upper}}(?=\s+{_YEAR_RAW}\b))
    (?:{_SEP}(?P<m2>{_MONFULL}|{_MONABBR}))?
    (?:,?\s+(?P<y>{_YEAR})|\s+(?P<this>{_THIS}))?""")

# Year only, after a cue: "in 2024", "by the end of 2019", "late 2023".
_YEAR_ONLY = rf"""(?:(?P<cue>{_CUE})(?P<q1>{_QUAL})?|(?<![\w-])(?P<q2>{_QUAL}))(?P<y>{_YEAR})(?![\w-])"""

# Numeric dates, day first (European order) with dots or slashes, or ISO year first:
# "28.02.2024", "28/02/2024", "2024-02-28", "2024-02-28T10:15:00+05:00", and numeric ranges as
# CIS outlets write them: "11-12.03.2024", "28.02-01.03.2024", "11.03.2024-12.03.2024".
_ND = r"(?:[12][0-9]|3[01]|0?[1-9])"
_NM = r"(?:0?[1-9]|1[0-2])"
_NUMERIC = (
    rf"""(?<![\w.,/+−–-])
    (?:(?P<d0>{_ND})(?:(?P<s0>[./])(?P<m0>{_NM})(?:(?P=s0)(?P<y0>{_YEAR_RAW}))?)?\s*[-–—]\s*)?
    (?P<d>{_ND})(?P<s>[./])(?P<m>{_NM})(?P=s)(?P<y>{_YEAR_RAW})(?![\w/-]|[.,][0-9])
    |(?<![\w.,/+−–-])(?P<iy>{_YEAR_RAW})(?P<is>[-/])(?P<im>0[1-9]|1[0-2])(?P=is)(?P<id>0[1-9]|[12][0-9]|3[01])
    (?:T[0-9]{{2}}:[0-9]{{2}}(?::[0-9]{{2}}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?(?![\w/-]|[.,][0-9])""")
# A number written right after these is a reference number, not a date ("No. 12.03.2024",
# "Article 12.1", "tel. +7 727 ...").
_NUMBER_CUE = r"(?:\b{number_cue}\.?:?|[№#§+]|[0-9])\s*$"


# Every date expression contains a month name, a year or a numeric date; the full patterns run
# only on windows around these anchors, which keeps the grammar fast on long texts.
_ANCHOR = r"(?:{month3})(?:[a-z]{0,6})(?![a-z])|(?:19|20)[0-9]{2}(?![0-9])"
_WINDOW = 90


def _windows(text: str, g: _Grammar) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in g.anchor.finditer(text):
        a, b = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _month(s: str, g: _Grammar) -> int:
    return g.months[s.rstrip(".").title()]  # stamps write "OCT" too


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def _iso(y: int, m: int, d: int | None = None) -> str:
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else "")


def _cmp(y1: int, m1: int, d1: int, y2: int, m2: int, d2: int) -> bool:
    """True when the range start is not after its end (year 0 means 'same, unknown')."""
    if y1 and y2 and y1 != y2:
        return y1 < y2
    return (m1, d1) <= (m2, d2)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    first: str
    last: str
    precision: str
    year_given: bool
    rank: int  # tie-break between patterns of the same length: lower wins


def _day_hit(m: re.Match[str], rank: int, gr: _Grammar) -> _Hit | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else _NO_YEAR
    given = bool(g.get("y"))
    d1 = int(g["d1"])
    if g.get("d2") is not None:                       # same-month pair, list or range
        mon = _month(g["m"], gr)
        days = [d1] + [int(x) for x in re.findall(r"\d+", g.get("list") or "")] + [int(g["d2"])]
        if any(b <= a for a, b in zip(days, days[1:])):
            return None
        if not all(_valid(year, mon, d) for d in days):
            return None
        first, last = _iso(year, mon, days[0]), _iso(year, mon, days[-1])
        is_range = True
    elif g.get("d2b") is not None:                    # cross-month range
        m1 = _month(g["m1"] if g.get("m1") else g["m"], gr)
        m2 = _month(g["m2"], gr)
        d2 = int(g["d2b"])
        y2 = year
        y1 = int(g["y1"]) if g.get("y1") else (year - 1 if year and m1 > m2 else year)
        if not _valid(y1, m1, d1) or not _valid(y2, m2, d2):
            return None
        if not _cmp(y1, m1, d1, y2, m2, d2) and not (year == _NO_YEAR and m1 > m2):
            return None
        if g.get("y1"):
            given = True
        first, last = _iso(y1, m1, d1), _iso(y2, m2, d2)
        is_range = True
    else:
        mon = _month(g.get("ms") or g["m"], gr)
        if not _valid(year, mon, d1):
            return None
        first = last = _iso(year, mon, d1)
        is_range = False
    start = m.start()
    if g.get("kw") and not is_range:
        start = m.start("kw") + len(g["kw"])
    if g.get("kw") and g["kw"].lower().startswith("between") and is_range is False:
        return None
    end = m.end()
    return _Hit(start, end, first, last, "day", given, rank)


def _month_hit(m: re.Match[str], gr: _Grammar) -> _Hit | None:
    g = m.groupdict()
    m1s, m2s = g["m1"], g.get("m2")
    abbreviated = not gr.monfull.fullmatch(m1s)
    if not (g.get("y") or g.get("this") or g.get("q") or g.get("cue") or g.get("kw")):
        return None
    if abbreviated and not g.get("y"):
        return None
    year = int(g["y"]) if g.get("y") else _NO_YEAR
    mo1 = _month(m1s, gr)
    mo2 = _month(m2s, gr) if m2s else mo1
    if g.get("kw") and not m2s:
        return None
    if m2s and mo2 <= mo1:
        return None
    start = m.start("q") if g.get("q") else m.start("m1")
    if g.get("kw") and m2s:
        start = m.start("kw")
    return _Hit(start, m.end(), _iso(year, mo1), _iso(year, mo2), "month", bool(g.get("y")), 3)


def _year_hit(m: re.Match[str]) -> _Hit:
    y = m.group("y")
    start = m.start("q1") if m.group("q1") else (m.start("q2") if m.group("q2") else m.start("y"))
    return _Hit(start, m.end(), y, y, "year", True, 4)


def _numeric_hit(m: re.Match[str], text: str, gr: _Grammar) -> _Hit | None:
    if gr.number_cue.search(text, max(0, m.start() - 12), m.start()):
        return None
    if m.group("d"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    if not _valid(y, mo, d):
        return None
    first = last = _iso(y, mo, d)
    if m.group("d0"):
        y0 = int(m.group("y0")) if m.group("y0") else y
        mo0 = int(m.group("m0")) if m.group("m0") else mo
        d0 = int(m.group("d0"))
        if not _valid(y0, mo0, d0) or not _cmp(y0, mo0, d0, y, mo, d) or (y0, mo0, d0) == (y, mo, d):
            return None
        first = _iso(y0, mo0, d0)
    return _Hit(m.start(), m.end(), first, last, "day", True, 0)


def _share_year(hits: list[_Hit], text: str) -> list[_Hit]:
    """'on 12 May and 20 June 2021': a yearless date joined by "and"/"," to a dated one of the
    same kind takes its year."""
    out = list(hits)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.year_given or not b.year_given or a.precision != b.precision or a.precision == "year":
            continue
        if not re.fullmatch(r"\s*(?:,|and|,\s*and|or|&)\s*", text[a.end:b.start]):
            continue
        y = int(b.first[:4])
        a_mon = int(a.last[5:7])
        b_mon = int(b.first[5:7])
        ya = y - 1 if a_mon > b_mon else y
        out[i] = replace(a, first=f"{ya:04d}" + a.first[4:], last=f"{ya:04d}" + a.last[4:],
                         year_given=True)
    return out


def _join_next_day(hits: list[_Hit], text: str) -> list[_Hit]:
    """'on 30 November and 1 December 2022': two single days, the second the day after the first,
    joined by "and", make one two-day range (a pair within one month is handled by the grammar)."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.precision == h.precision == "day" and prev.first == prev.last
                and h.first == h.last and prev.first[:4] == h.first[:4]
                and re.fullmatch(r"\s+and\s+", text[prev.end:h.start])):
            y = int(h.first[:4]) or 2000
            a = date(y, int(prev.first[5:7]), int(prev.first[8:10]))
            b = date(y, int(h.first[5:7]), int(h.first[8:10]))
            if b - a == timedelta(days=1):
                out[-1] = replace(prev, end=h.end, last=h.last, year_given=h.year_given)
                continue
        out.append(h)
    return out


def find_dates(text: str, rules: Rules | None = None) -> list[DateMention]:
    """Every date expression of ``text``, in order, non-overlapping (longest wins).

    >>> [(d.text, d.first, d.last) for d in find_dates("On July 10 and 11, 2020 in Dushanbe")]
    [('July 10 and 11, 2020', '2020-07-10', '2020-07-11')]
    >>> find_dates("the area decreased by 95% in 9 months of 2023")
    []
    """
    g = _grammar(rules)
    hits: list[_Hit] = []
    for a, b in _windows(text, g):
        for rx, rank in ((g.day_first, 1), (g.month_first, 2)):
            for m in rx.finditer(text, a, b):
                h = _day_hit(m, rank, g)
                if h is not None:
                    hits.append(h)
        for m in g.month_only.finditer(text, a, b):
            h = _month_hit(m, g)
            if h is not None:
                hits.append(h)
        for m in g.year_only.finditer(text, a, b):
            hits.append(_year_hit(m))
        for m in g.numeric.finditer(text, a, b):
            h = _numeric_hit(m, text, g)
            if h is not None:
                hits.append(h)
    # Longest first, then the more specific pattern; keep those that do not overlap.
    hits.sort(key=lambda h: (-(h.end - h.start), h.rank, h.start))
    taken: list[_Hit] = []
    for h in hits:
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    taken.sort(key=lambda h: h.start)
    taken = _join_next_day(_share_year(taken, text), text)
    return [DateMention(h.start, h.end, text[h.start:h.end], h.first, h.last, h.precision,
                        h.year_given) for h in taken]


def _parse_ref(ref: str) -> date | None:
    m = re.match(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", ref.strip())
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2) or 7)
    d = int(m.group(3) or (15 if m.group(2) else 1))
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def infer_year(mention: DateMention, ref_date: str | None, *, future: bool = False) -> DateMention:
    """Fill a missing year from a reference date (the item's or a neighbour's publication date).

    News reports the past, so the year chosen is the latest one that puts the date no more than
    about two months after the reference ("Nov.17" read on 2020-11-13 is 2020-11-17; "14 April"
    read on 2021-03-01 is 2021-04-14; "5 January" read on 2020-12-20 is 2021-01-05). A plan
    (``future``) is the first such date from the reference's week (month, for a month) on.

    >>> infer_year(find_dates("on 14 April")[0], "2021-04-21").first
    '2021-04-14'
    >>> infer_year(find_dates("in March")[0], "2021-04-21", future=True).first
    '2022-03'
    """
    if mention.year_given or ref_date is None:
        return mention
    ref = _parse_ref(ref_date)
    if ref is None:
        return mention
    mo1 = int(mention.first[5:7])
    d1 = int(mention.first[8:10]) if mention.precision == "day" else 1
    limit = ref + timedelta(days=62)
    year = ref.year - 1
    for cand in (ref.year + 1, ref.year):
        try:
            when = date(cand, mo1, d1)
        except ValueError:                      # 29 February of a common year
            when = date(cand, mo1, 28)
        if when <= limit:
            year = cand
            break
    if future:
        start = ref - timedelta(days=7) if mention.precision == "day" else ref.replace(day=1)
        year = ref.year if date(ref.year, mo1, min(d1, 28)) >= start else ref.year + 1
    if mention.precision == "day" and (mo1, d1) == (2, 29) and not calendar.isleap(year):
        return mention
    mo2 = int(mention.last[5:7])
    year2 = year + 1 if mo2 < mo1 else year
    return replace(mention, first=f"{year:04d}" + mention.first[4:],
                   last=f"{year2:04d}" + mention.last[4:], year_given=False)


# --- publication stamps and datelines ---------------------------------------------------------
_WEEKDAY = r"(?:{weekday}|{weekday_abbr})\.?(?![a-z])"
_D = r"(?:[12][0-9]|3[01]|0?[1-9])"
_MM = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)[0-9]{2}"
# A clock time with an optional zone: "07:51", "6.05 pm", "15:42 (UTC+04:00)", "10:15 GMT+5",
# "18:05 CET", "10:15:00+05:00".
_CLOCK = (r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
          r"(?:\s*\(?(?:(?:{time_zone})\s*(?:[+−–-]\s*[0-9]{1,2}(?::?[0-9]{2})?)?|[A-Z]{2,5}|Z"
          r"|[+−-][0-9]{2}:?[0-9]{2})\)?)?")
# A full date as stamps write it.
# stamps also write months in capitals ("14 OCT 2020, 15:27")
_SMON = rf"(?:{_MON}|(?:{{month:upper}}|{{month_abbr:upper}}\.?)(?![A-Z]))"
_STAMP_DATE = (
    rf"(?:(?P<d1>{_D})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?P<m1>{_SMON})[\s-]*,?\s*(?P<y1>{_Y})"
    rf"|(?P<m2>{_SMON})\s*(?P<d2>{_D})(?:st|nd|rd|th)?,?\s+(?P<y2>{_Y})"
    rf"|(?P<d3>{_D})(?P<s3>[./-])(?P<m3>{_MM})(?P=s3)(?P<y3>{_Y})"
    # the American order, where the day shows it ("09/16/2019"); European order wins otherwise
    rf"|(?P<m7>{_MM})/(?P<d7>{_D})/(?P<y7>{_Y})"
    rf"|(?P<y4>{_Y})(?P<s4>[-/.])(?P<m4>{_MM})(?P=s4)(?P<d4>{_D})"
    # year, month and day set apart by single spaces ("2019 03 22")
    rf"|(?P<y8>{_Y})\s(?P<m8>0[1-9]|1[0-2])\s(?P<d8>0[1-9]|[12][0-9]|3[01])"
    # a two-digit year, day first, before a clock time ("20-09-23 10:54": 20 September 2023)
    rf"|(?P<d9>{_D})-(?P<m9>{_MM})-(?P<y9>[0-9]{{2}})(?=\s+[0-9]{{1,2}}:[0-5][0-9]))(?![0-9])")
_STAMP_CUE = r"(?:{stamp_cue}(?:\s+[Oo]n)?\s*:?\s*)"
# a newspaper's issue before the stamp: "No. 41 (29214), 16.02.2024"
_ISSUE = r"(?:{issue_word}\s*[0-9]+(?:\s*\([0-9]+\))?\s*[,|·•]\s*)"
# a source label set off by a bar before the stamp: "AKIpress news agency | Mar 3, 2022 16:48"
# or a dash ("Agency - Cairo Tue 17 Oct 2023, 12:37 AM", with the place it was filed from)
_STAMP_SOURCE = (r"(?:[A-Za-z][\w'’&.-]*:?(?:\s+[A-Za-z][\w'’&.-]*){0,4}"
                 r"(?:\s*[|·•]\s*|\s+[–—-]\s+(?:[A-Z][\w'’.-]*\s+){0,2})"
                 # a label and its value before the stamp: "Source:Xinhua Published: 2014-2-13"
                 r"|[A-Z][a-z]+\s*:\s*[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+)")
# a byline before the stamp: "By Jane Doe in Nation on 14 September 2023", "By Jane Doe, Reporter |
# Mar 3, 2022", "Posted by Jane Doe - 14.09.2023": up to eight capitalised words (with "and",
# initials, a section after "in"), then "on" or a separator
_BYLINE = (r"(?:{byline_verb}\s+by|By)\s+"
           r"(?:(?:[A-Z][\w'’.-]*|and|in|of|the|&|,)\s*){1,12}?"
           r"(?:\s+on\s+|\s*[|·•,/–—-]\s*(?:on\s+)?)")
# an author's name and the date, no "By" ("Jane Doe Oct 7, 2019"): two to four capitalised words
_AUTHOR = rf"(?:(?!{_MON})[A-Z][\w'’-]+(?:\s+(?!{_MON})[A-Z][\w'’.-]*){{1,3}}\s+)"
_HEADER = (
    rf"""\s*(?:{_BYLINE}|{_STAMP_SOURCE}|{_ISSUE}|{_AUTHOR})?{_STAMP_CUE}?
    (?:{_CLOCK}\s*[,|/–-]?\s*)?
    (?:(?P<wd>{_WEEKDAY})\s*,?\s*)?
    {_STAMP_DATE}
    (?:(?:T|\s*[,|/–-]\s*|\s+(?:at\s+)?|\s*)(?:{_CLOCK}))?
    (?:\s*[|·•,;(–-]?\s*(?:{{update_word}})\b.*|\s*[|·•]\s*(?:{{credit_word}})\b.*
      # a section after a bar ("14.06.2019 17:05 | Politics")
      |\s*[|·•]\s*[A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|and|of)){{0,2}})?
    \s*""")


def _full_year(written: str) -> int:
    """The year of a stamp's year field; two digits are this century's up to 69.

    >>> _full_year("2019"), _full_year("23"), _full_year("98")
    (2019, 2023, 1998)
    """
    year = int(written)
    if len(written) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _stamp_iso(g: dict[str, str | None], gr: _Grammar) -> str | None:
    """The ISO date of a :data:`_STAMP_DATE` match (``0000`` year when none is given)."""
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d7", "m7", "y7"),
                    ("d4", "m4", "y4"), ("d8", "m8", "y8"), ("d9", "m9", "y9"), ("d5", "m5", None),
                    ("d6", "m6", None)):
        if g.get(d):
            mo_s = g[m] or ""
            mo = int(mo_s) if mo_s.isdigit() else _month(mo_s, gr)
            year = _full_year(g.get(y) or "") if y and g.get(y) else _NO_YEAR
            day = int(g.get(d) or 0)
            return _iso(year, mo, day) if _valid(year, mo, day) else None
    return None


def parse_header_date(line: str, rules: Rules | None = None) -> str | None:
    """The ISO date of a publication stamp line, or None if the line is not just a stamp.

    A stamp is a date in any common form (weekday, "28 February 2024", "February 28, 2024",
    dd.mm.yyyy and dd/mm/yyyy in European order, ISO), with an optional clock time and zone
    before or after it, an optional "Published:"/"Updated:" cue, and an optional "| Updated ..."
    tail (the first date is the publication date), after an optional source label and a bar
    ("AKIpress news agency | Mar 3, 2022 16:48"), or after a byline ("By Jane Doe in Nation on
    14 September 2023").

    >>> parse_header_date("Wednesday, 28 February 2024 07:51")
    '2024-02-28'
    >>> parse_header_date("13 November 2019 15:42 (UTC+04:00)")
    '2019-11-13'
    >>> parse_header_date("Jane Doe Oct 7, 2019")
    '2019-10-07'
    >>> parse_header_date("Source: Agency| 2019-07-08 20:14:05|Editor: jd")
    '2019-07-08'
    >>> parse_header_date("14 OCT 2020, 15:27"), parse_header_date("12.02.2020 (updated: 14:37 12.02.2020)")
    ('2020-10-14', '2020-02-12')
    >>> parse_header_date("Mon, 09/16/2019 - 11:05"), parse_header_date("Tue, 09/10/2019 - 11:05")
    ('2019-09-16', '2019-09-10')
    >>> parse_header_date("Jane Doe   |14.10.2022 - Update : 14.10.2022")
    '2022-10-14'
    >>> parse_header_date("14.06.2019 17:05 | Politics")
    '2019-06-14'
    >>> parse_header_date("Source:Agency Published: 2014-2-13 21:59:50"), parse_header_date("2019 03 22")
    ('2014-02-13', '2019-03-22')
    >>> parse_header_date(" date 2021-02-28")
    '2021-02-28'
    >>> parse_header_date("Agency - Cairo Tue 17 Oct 2023, 12:37 AM"), parse_header_date("Date of release : 30-06-2005")
    ('2023-10-17', '2005-06-30')
    >>> parse_header_date("Source:Agency 20-09-23 10:54 Updated BJT")
    '2023-09-20'
    >>> parse_header_date("Meeting held on 28 February 2024") is None
    True
    """
    gr = _grammar(rules)
    m = gr.header.fullmatch(line)
    if not m:
        return None
    g = m.groupdict()
    iso = _stamp_iso(g, gr)
    if iso and g.get("wd") and g.get("s3") == "/" and _weekday(iso) != gr.weekday3[g["wd"][:3].lower()]:
        # "Mon, 09/10/2019": the weekday settles the order of day and month
        us = _stamp_iso({"d7": g["m3"], "m7": g["d3"], "y7": g["y3"]}, gr)
        if us and _weekday(us) == gr.weekday3[g["wd"][:3].lower()]:
            return us
    return iso


def _weekday(iso: str) -> int:
    return date(int(iso[:4]), int(iso[5:7]), int(iso[8:10])).weekday()


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens a news-agency report or a press release.

    ``place`` is the city as written ("DUSHANBE", "Bishkek"), ``region`` a country or region
    written after it ("BAKU, Azerbaijan, Nov.13"), ``date`` the ISO date (year ``0000`` when the
    dateline gives none, None when it gives no date), ``agency`` the source tag ("Reuters",
    "NIAT «Khovar»", "KAZINFORM"), and ``end`` the offset in the line where the report's own
    text begins (the line's length when the line is only a dateline).

    >>> d = parse_dateline("VIENNA, 7 December 2022 – Some 120 experts met in Vienna.")
    >>> (d.place, d.date, d.end)
    ('VIENNA', '2022-12-07', 26)
    """

    place: str
    region: str | None
    date: str | None
    agency: str | None
    end: int


_CAPS_WORD = r"[A-Z][A-Z'’]*\.?(?:-[A-Z][A-Z'’]*)*(?![a-z])"
_TITLE_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
_PLACE_WORDS = (rf"(?P<caps>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})"
                rf"|(?P<title>(?!{_MON}){_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})")
_DL_PLACE = (
    rf"""(?P<place>{_PLACE_WORDS})(?![\w-])
    (?:\s*[(\[](?P<pregion>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})[)\]](?=\s*,))?
    (?:\s*,\s*(?P<region>(?!{_MON}|{_WEEKDAY})(?:{_CAPS_WORD}|{_TITLE_WORD})(?:\s+(?:{_CAPS_WORD}|{_TITLE_WORD})){{0,2}})(?![\w-])(?=\s*[,.(/–—-]))?""")
_DL_DATE = (
    rf"""(?:\s*[,.]\s*|\s+[-–—]\s+(?=(?:{_WEEKDAY}|{_MON}|[0-9]))|\s+)(?:the\s+)?(?:{_WEEKDAY}\s*,?\s*)?
    (?:{_STAMP_DATE}
      |(?P<d5>{_D})(?:st|nd|rd|th)?\s+(?P<m5>{_MON})(?![\s,]*[0-9])
      |(?P<m6>{_MON})\s*(?P<d6>{_D})(?:st|nd|rd|th)?(?![0-9]|,?\s*[0-9]))
    (?:(?:\s*,\s*|\s+)(?:at\s+)?{_CLOCK})?""")
# The source tag after a dateline: "(Reuters)", "/NIAT «Khovar»/", ". KAZINFORM –".
_DL_TAG = re.compile(
    r"\s*[.,]?\s*\((?P<a1>[^()\n]{1,40})\)"
    r"|\s*[.,]?\s*/(?P<a2>[^/\n]{1,40})/"
    r"|\s*[.,]?\s*(?P<a3>[A-Z][A-Z0-9.&-]+(?:\s+[A-Z][A-Z0-9.&-]+){0,3})(?=\s*[–—-])"
    # an agency in title case before a long dash: "DUSHANBE, July 20, 2012, Asia-Plus —"
    r"|\s*,\s*(?P<a4>[A-Z][\w.&'’-]+(?:\s+[A-Z][\w.&'’-]+){0,2})(?=\s*[–—])"
)
# A short source name closing a dateline line: "Bishkek, March 3, 2021. 24.kg news agency".
# It names an agency: a word in capitals, a domain, or an agency word ("news", "agency", "press").
_DL_TAG_EOL = (
    r"\s*[.,]\s+(?P<a>(?=[^\n]*(?:\b[A-Z]{2,}|\w\.[a-z]{2,}\b|\b{agency_word:cap}\b))"
    r"[\w«»\"“”'’&-]+(?:[.\s]+[\w«»\"“”'’&-]+){0,4})\s*$")
_DL_END = re.compile(r"\s*[–—]+\s*|\s+-{1,2}\s+|(?<=\))--(?=[A-Z])|\s*[.:]\s+|\s*[.:]?\s*$")


@dataclass(frozen=True)
class _Grammar:
    """The date patterns of one rule set, with their words filled in."""

    day_first: re.Pattern[str]
    month_first: re.Pattern[str]
    month_only: re.Pattern[str]
    year_only: re.Pattern[str]
    numeric: re.Pattern[str]
    number_cue: re.Pattern[str]
    anchor: re.Pattern[str]
    monfull: re.Pattern[str]
    header: re.Pattern[str]
    dl_place: re.Pattern[str]
    dl_date: re.Pattern[str]
    dl_tag_eol: re.Pattern[str]
    months: dict[str, int]
    weekday3: dict[str, int]


def _build(rules: Rules) -> _Grammar:
    v = re.VERBOSE
    month3 = alternation(sorted({m[:3] for m in rules.words("month")}))
    return _Grammar(
        day_first=rules.rx(_DAY_FIRST, v), month_first=rules.rx(_MONTH_FIRST, v),
        month_only=rules.rx(_MONTH_ONLY, v), year_only=rules.rx(_YEAR_ONLY, v), numeric=re.compile(_NUMERIC, v),
        number_cue=rules.rx(_NUMBER_CUE, re.I), anchor=rules.rx(_ANCHOR.replace("{month3}", month3)),
        monfull=rules.rx(_MONFULL), header=rules.rx(_HEADER, v), dl_place=rules.rx(_DL_PLACE, v),
        dl_date=rules.rx(_DL_DATE, v), dl_tag_eol=rules.rx(_DL_TAG_EOL),
        months=months(rules),
        weekday3={w[:3].lower(): n for w, n in rules.values("weekday").items()},
    )


def _grammar(rules: Rules | None) -> _Grammar:
    return (rules or default_rules()).memo(_build)


def _known_city(name: str) -> bool:
    from .places import lookup_city, namesake_capital

    name = name.title() if name.isupper() else name
    return lookup_city(name) is not None or namesake_capital(name) is not None


_DL_OUTLET = re.compile(r"[A-Z][\w.&'’ -]{1,40}?\s*\((?P<inner>[A-Z][^()]{2,60})\)(?P<dash>\s*[–—]+\s*|\s+-{1,2}\s+)")


def _outlet_dateline(line: str, rules: Rules | None) -> Dateline | None:
    """An outlet's name with the dateline in brackets ("Nepal Foreign Affairs (KATHMANDU, 13
    November 2019) – The Vice-President ..."): that dateline, the text after the dash.

    >>> d = parse_dateline("Osh Weekly (BISHKEK, 13 November 2019) – The talks ended.")
    >>> d.place, d.date, d.end
    ('BISHKEK', '2019-11-13', 41)
    """
    m = _DL_OUTLET.match(line)
    if m is None or (dl := _plain_dateline(m.group("inner"), rules)) is None:
        return None
    return replace(dl, end=m.end())


def parse_dateline(line: str, rules: Rules | None = None) -> Dateline | None:
    """The dateline at the start of ``line``, or None.

    A dateline is a city (in capitals or, when a date or a tag follows, in title case), optionally a
    country or region, then a date in any common form (year optional), a source tag, or both,
    ending with a dash, a full stop or the end of the line: "ASTANA, 12 March 2024 –",
    "DUSHANBE, 14.06.2022 /NIAT «Khovar»/.", "Bishkek, March 3, 2021.", "BAKU, Azerbaijan,
    Nov.13", "NUR-SULTAN. KAZINFORM –", "LONDON (Reuters) -", "NUR-SULTAN –". The city must be in
    the gazetteer unless it is in capitals with a date or a region after it.

    >>> parse_dateline("DUSHANBE, 14.06.2022 /NIAT «Khovar»/. Director of the Agency met ...").date
    '2022-06-14'
    >>> parse_dateline("Kazakhstan, Kyrgyzstan and Tajikistan signed the protocol.") is None
    True
    >>> parse_dateline("ISLAMABAD: The two countries agreed ...").place
    'ISLAMABAD'
    >>> parse_dateline("NOTE: The two countries agreed ...") is None
    True
    >>> parse_dateline("Islamabad, the 28th November, 2018:").date
    '2018-11-28'
    >>> parse_dateline("Tokyo, Dec. 11, 2024 (Jiji Press)--Minister Jan Kowal met ...").date
    '2024-12-11'
    """
    return _plain_dateline(line, rules) or _outlet_dateline(line, rules) or _source_first_dateline(line, rules)


def _source_first_dateline(line: str, rules: Rules | None) -> Dateline | None:
    """A source in brackets before the dateline ("(MENAFN- Kuwait News Agency (KUNA)) DOHA, Nov
    20 (KUNA) -- The minister ..."): that dateline, the text after it.

    >>> d = parse_dateline("(Wire- Osh Agency (OA)) BISHKEK, Nov 20 (OA) -- The talks ended.")
    >>> d.place, d.date, d.end
    ('BISHKEK', '0000-11-20', 48)
    """
    if not line.startswith("("):
        return None
    depth = 0
    for k, ch in enumerate(line[:100]):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            rest = line[k + 1:]
            at = k + 1 + len(rest) - len(rest.lstrip())
            dl = _plain_dateline(line[at:], rules)
            return None if dl is None else replace(dl, end=at + dl.end)
    return None


def _bracketed_day(tag: str | None, rules: Rules | None) -> str | None:
    """The day a dateline's bracketed tag gives when it is a day and nothing else ("Paris (15
    December)" in a diary of meetings), with year 0000 when it gives none; None for a source
    ("(Reuters)").

    >>> _bracketed_day("15 December", None), _bracketed_day("Reuters", None)
    ('0000-12-15', None)
    """
    found = find_dates(tag, rules) if tag else []
    if len(found) == 1 and found[0].precision == "day" and found[0].start == 0 and found[0].end == len(tag or ""):
        return found[0].first
    return None


def _plain_dateline(line: str, rules: Rules | None) -> Dateline | None:
    """A dateline opening ``line`` (see :func:`parse_dateline`)."""
    gr = _grammar(rules)
    m = gr.dl_place.match(line)
    if not m:
        return None
    place, region = m.group("place").rstrip("."), m.group("region") or m.group("pregion")
    caps = m.group("caps") is not None
    pos = m.end()
    iso: str | None = None
    dm = gr.dl_date.match(line, pos)
    if dm:
        iso = _stamp_iso(dm.groupdict(), gr)
        if iso is None:
            return None
        pos = dm.end()
    agency: str | None = None
    tm = _DL_TAG.match(line, pos)
    if tm:
        agency = tm.group("a1") or tm.group("a2") or tm.group("a3") or tm.group("a4")
        pos = tm.end()
        if iso is None and (day := _bracketed_day(agency, rules)) is not None:
            iso, agency = day, None  # a diary's "Strasbourg (13 December)": the day, no source
    elif iso is not None:
        te = gr.dl_tag_eol.match(line, pos)
        if te:
            agency, pos = te.group("a"), len(line)
    em = _DL_END.match(line, pos)
    if not em:
        return None
    # a dash, or a colon as in South Asian papers ("ISLAMABAD: The two countries ...")
    dash = bool(re.search(r"[–—:-]", em.group(0)))
    # a known city in title case before a colon or a long dash opens a report too ("Riyadh: Lt.
    # General X ...", "Lima – The Government ...")
    known_lead = not caps and em.group(0).strip()[:1] in (":", "–", "—") and _known_city(place)
    if iso is None and agency is None and not (caps and dash) and not known_lead:
        return None
    if not caps and iso is None and agency is None and not known_lead:
        return None
    if not _known_city(place) and not (caps and (iso is not None or region is not None)):
        return None
    return Dateline(place, region, iso, agency, em.end())
