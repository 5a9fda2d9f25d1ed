"""Splitting a document into news items and an item into sentences.

Listing pages hold many short items separated by page furniture ("Rate this item",
"(0 votes)"), date header lines ("Wednesday, 28 February 2024 07:51") and headline lines.
Furniture patterns live in ``rules/furniture.jsonl``. A news-agency dateline ("ASTANA, 12 March
2024 –", "DUSHANBE, 14.06.2022 /NIAT «Khovar»/.") is read like a date header: it dates the item
and is cut from its body, but it does not part a headline from the text it heads.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .lexicon import Rules, alternation, default_rules
from .records import Document, Item

if TYPE_CHECKING:
    from .dates import DateMention

__all__ = ["split_items", "split_sentences", "is_headline", "unwrap_lines", "title_again", "photo_credit_at"]

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_CLOCK_BAR = re.compile(r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9]\s*[|·•–—-]\s*")
_GAP = re.compile(r"\s+")
_END_PUNCT = tuple('.!?:;"”’»…)')
# a wrapped line runs on in a lower-case word; wrapped lines are this long on average at least
_WORD_START = re.compile(r"[a-z][a-z’'-]*[\s,;:]")
_WRAP_WIDTH = 30
# a reference code (one token with a digit or a slash, no spaces) and what follows it
_CODE_BEFORE = re.compile(r"(?=\S*[0-9/])\S*[^\s\w]\S*\s+(.+)")
_THROUGH_WIDTH = 40  # a shorter line in such a block is a header's (a name, "by", a date)
# a sentence that ends inside a line and the next that starts there ("led the delegation. The
# Minister"): a word before the stop in small letters, or capitalised and of five letters at
# least, or an acronym, so "Mr. Kowal", "Hon. Jan", "Prof. Lis", "Sept. 5" are no such line
_MID_STOP = re.compile(r"(?:\b[a-z]{2,}|\b[A-Z][a-z]{4,}|\b[A-Z]{2,})[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_WRAP_SHARE = 0.6  # of the widest line of the block: a line wrapped at the width is this wide at least
# a title repeated in the body has this many words at least (a listing repeats its short date lines)
_TITLE_WORDS = 6
_TEASER = re.compile(r"\s\[(?:…|\.\.\.)\]$")
# the signature that closes an embedded post: "... pic.twitter.com/x— Ministry (@handle) February 5, 2023"
POST_SIGNATURE = re.compile(r"[—–]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2},\s+[0-9]{4})$")
_CLOSED_NAME = re.compile(r"(?:[\w\s,-]*(?:[“\"][^.!?“”\"]+[”\"]|\(\s*[A-Z][A-Z0-9-]{1,11}\s*\)))$")


def _closed_name(line: str) -> bool:
    """A line that ends on a quoted title or an acronym in brackets, with no full stop inside:
    ("Regional Seminar “Nuclear Forensics”", "Meeting on Transnational Crime (SOMTC)").

    >>> _closed_name("Meeting on Transnational Crime (SOMTC)"), _closed_name("Visit – Strasbourg (24 November)")
    (True, False)
    """
    return _CLOSED_NAME.fullmatch(line) is not None



def _photo_credit(rules: Rules) -> re.Pattern[str]:
    """"Photo: Foreign Ministry/Twitter", "Image credit ©": a photo's credit line (cue group
    photo_credit)."""
    return rules.rx(r"(?:{photo_credit:exact})s?(?:\s+credit)?\s*[:©]")


def _furniture(rules: Rules) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The furniture patterns of ``rules/furniture.jsonl`` (``sep``: the line also parts items)."""
    return tuple((re.compile(r["pattern"], re.I), bool(r.get("sep")))
                 for r in rules.rows["furniture.jsonl"])


def _captions(rules: Rules) -> tuple[re.Pattern[str], ...]:
    """The furniture patterns marked ``caption``: a photo's caption and its credit."""
    return tuple(re.compile(r["pattern"], re.I) for r in rules.rows["furniture.jsonl"] if r.get("caption"))


def is_caption(line: str, rules: Rules) -> bool:
    """A photo's caption with its credit, a line of its own inside an item's text too.

    >>> is_caption("Overview of the meeting (Source: Xinhua)", default_rules())
    True
    >>> is_caption("The sides met in Hanoi. (Source: VNA)", default_rules())
    False
    """
    line = line.strip()
    return any(p.match(line) for p in rules.memo(_captions))


def photo_credit_at(sentence: str, rules: Rules) -> int | None:
    """Where the photographer's name starts in a sentence that ends on a photo's credit
    ("... in Colombo on Tuesday. Photo : R.K.Radhakrishnan", or that credit alone), None if it
    ends on none: the name after it took no part in what the caption shows.

    >>> photo_credit_at("The ministers in Colombo. Photo : A.B. Perera", default_rules())
    34
    >>> photo_credit_at("The photo: a handshake of the two ministers in Colombo.", default_rules()) is None
    True
    >>> photo_credit_at("Photo: Minister Kowal greets Ambassador Ana Lis.", default_rules()) is None
    True
    >>> photo_credit_at("Photo: A.B. Perera for the Ministry", default_rules())
    7
    """
    if ":" not in sentence and "©" not in sentence:  # a credit is "Photo:" or "Image ©"
        return None
    m = next(reversed(list(rules.memo(_photo_credit).finditer(sentence))), None)  # the last credit
    if m is None or m.start() and sentence[m.start() - 1] not in " ." or len(sentence) - m.end() > _CREDIT_CHARS:
        return None
    if not m.start() and sentence.rstrip().endswith("."):
        return None  # a caption after "Photo:" ("Photo: Minister Kowal greets Ambassador Lis."), no credit
    return m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip())


def _classify_furniture(line: str, rules: Rules) -> tuple[bool, bool]:
    for pat, sep in rules.memo(_furniture):
        if pat.match(line):
            return True, sep
    return False, False


def _cell(line: str) -> str:
    """A line that is one table cell ("| TITLE |") without its bars; any other line as it is."""
    if line.startswith("|") and line.endswith("|") and len(line) > 2 and "|" not in line[1:-1]:
        return line[1:-1].strip()
    return line


def is_headline(line: str) -> bool:
    """A line that reads as a headline: short, no closing sentence punctuation.

    >>> is_headline("CARICC expert working group meeting")
    True
    >>> is_headline("A meeting was held in Almaty on 21 December 2023.")
    False

    A closing quote or bracket ends a headline as well ("Regional Seminar “Nuclear Forensics”",
    "Meeting on Transnational Crime (SOMTC)"), unless a full stop comes before it:

    >>> is_headline("Senior Officials Meeting (SOMTC)"), is_headline("He said: “We agree.”")
    (True, False)

    A title in a table's cell of its own is one; a table's row of cells is none:

    >>> row = "|".join(["", " Ruritania ", " Jan Kowal ", ""])
    >>> is_headline("| MINISTER ATTENDS THE 40TH SUMMIT |"), is_headline(row)
    (True, False)
    """
    s = _cell(line.strip())
    if not s or len(s) > 220 or s.endswith(_END_PUNCT) and not _closed_name(s):
        return False
    words = s.split()
    return 1 <= len(words) <= 30 and s[0].isupper() or s[0].isdigit() and len(words) <= 30


@dataclass
class _Segmenter:
    """The state of :func:`split_items` as it reads a document line by line: the items so far,
    the headline, dateline and publication date of the item being read, and its body's span."""

    doc: Document
    rules: Rules
    items: list[Item] = field(default_factory=list)
    published: str | None = None
    headline: str | None = None
    dateline: str | None = None
    day_header: bool = False
    doc_ref: str | None = None
    body_start: int = -1
    body_end: int = -1
    lines: int = 0
    #: the headline lines read above the item being read (a page repeats its title in its body),
    #: each with the offset of its end (what follows it is read only if it comes again)
    heads: dict[str, int] = field(default_factory=dict)
    repeats: list[tuple[int, int]] = field(default_factory=list)

    def close(self) -> None:
        """End the item being read, if it has body text."""
        if self.body_start >= 0:
            self.items.append(Item(doc=self.doc.doc, index=len(self.items), start=self.body_start,
                                   end=self.body_end, headline=self.headline, published=self.published,
                                   dateline=self.dateline, day_header=self.day_header,
                                   repeats=tuple(r for r in self.repeats if r[1] <= self.body_end)))
            self.headline = self.dateline = None
            self.heads = {}
        self.repeats = []
        self.body_start = self.body_end = -1

    def stamp(self, line: str) -> bool:
        """A publication stamp ("Wednesday, 28 February 2024 07:51") dates what follows; read
        before furniture ("News | 2021-11-19 | 10:05" is a stamp)."""
        from .dates import parse_header_date

        header = parse_header_date(line, self.rules)
        if not header:
            return False
        self.close()
        self.published, self.day_header = header, False
        return True

    def furniture(self, line: str) -> bool:
        """Page furniture ("Rate this item") is no text; some of it parts items."""
        furniture, sep = _classify_furniture(line, self.rules)
        if furniture and sep:
            self.close()
        return furniture

    def day_header_line(self, line: str) -> bool:
        """"Monday, 13 November" on a line of its own: a date header without its year, which the
        header above gives, or else the latest date the document gives with its year."""
        from .dates import infer_year

        day = _yearless_header(line, self.rules)
        if day is None:
            return False
        self.close()
        if self.doc_ref is None:
            self.doc_ref = _latest_dated(self.doc.text, self.rules) or ""
        filled = infer_year(day, self.published or self.doc_ref or None).first
        self.published = None if filled.startswith("0000") else filled
        self.day_header = self.published is not None
        return True

    def dateline_at(self, line: str) -> int | None:
        """A dateline ("DUSHANBE, 14.06.2022 /NIAT «Khovar»/.") opens an item and dates it (a
        dateline without its year takes it from the stamp above); the offset in the line where
        the text starts after it, None if the line is no dateline."""
        from .dates import DateMention, infer_year, parse_dateline

        dl = parse_dateline(line, self.rules)
        if dl is None:
            return None
        self.close()
        self.dateline = dl.place
        if dl.date and not dl.date.startswith("0000"):
            self.published, self.day_header = dl.date, False
        elif dl.date and self.published:
            # "BAKU, Azerbaijan, Nov.13" under a stamp "13 November 2019 15:42".
            stamp = DateMention(0, 0, "", dl.date, dl.date, "day", False)
            self.published = infer_year(stamp, self.published).first
        return dl.end

    def headline_line(self, start: int, line: str) -> bool:
        """A headline opens an item once the one before has text; a line that repeats a
        headline of the item being read (the page's title again under a picture or at its foot)
        is no text and opens nothing."""
        if not is_headline(line):
            return False
        key = _title_key(line)
        if (key in self.heads and self.body_start >= 0 and _long_title(key)
                and not (self.fresh_lead(start + len(line)) and self.fresh_lead(self.heads[key]))):
            self.repeats.append((start, start + len(line)))
            return True
        self.close()
        self.headline = line
        self.heads[key] = start + len(line)
        return True

    def fresh_lead(self, at: int) -> bool:
        """Whether the text after offset ``at`` opens a story of its own: its next line opens
        on a day ("On 20 March 2024 ...") or a dateline. A title repeated before such a lead,
        when it stood before one the first time too, heads the next story of a listing that
        gives two stories one headline; otherwise it is the title again.

        >>> t = "Title" + chr(10) * 2 + "On 20 March 2024 the sides met." + chr(10) * 2 + "In 2022 they met too."
        >>> seg = _Segmenter(Document("x.txt", t), default_rules())
        >>> seg.fresh_lead(5), seg.fresh_lead(38)
        (True, False)
        """
        from .dates import find_dates, parse_dateline

        nxt = self.doc.text[at:at + 300].lstrip().split("\n", 1)[0]
        return parse_dateline(nxt, self.rules) is not None or any(
            d.start <= 3 and d.precision == "day" for d in find_dates(nxt[:60], self.rules))

    def stamp_prefix(self, line: str) -> int | None:
        """Near the top of a page, a stamp or a clock time that opens a line with more text after
        it (" date 2021-02-28 New Delhi, February 28, 2021", "12:59 | Lima, Jan. 22."): the
        stamp dates the page; the offset where the rest of the line starts, None if there is none."""
        from .dates import parse_header_date

        clock = _CLOCK_BAR.match(line)
        if clock and clock.end() < len(line):
            return clock.end()
        best = None
        for gap in _GAP.finditer(line, 0, min(len(line), 80)):
            if gap.end() < len(line) and (iso := parse_header_date(line[:gap.start()], self.rules)):
                best = (gap.end(), iso)
        if best is None:
            return None
        self.close()
        self.published, self.day_header = best[1], False
        return best[0]

    def code_stamp(self, line: str) -> bool:
        """Near the top of a page, a document's reference code before its date
        ("SG/Com(2007)984(restricted) 17 January 2007"): the date stamps the page, the line is
        no headline.

        >>> seg = _Segmenter(Document("x.txt", ""), default_rules())
        >>> seg.code_stamp("SG/Com(2007)984(restricted) 17 January 2007"), seg.published
        (True, '2007-01-17')
        >>> seg.code_stamp("Minister meets envoy 17 January 2007")
        False
        """
        from .dates import parse_header_date

        m = _CODE_BEFORE.match(line)
        iso = parse_header_date(m.group(1), self.rules) if m else None
        if iso is None:
            return False
        self.close()
        self.published, self.day_header = iso, False
        return True

    def teaser(self, end: int, line: str) -> bool:
        """A teaser ending on "[…]" whose words open the text right after it (a page's excerpt
        above the article): no text of its own."""
        m = _TEASER.search(line)
        if m is None:
            return False
        head = line[:min(m.start(), 80)]
        return len(head) >= 40 and self.doc.text[end:end + 400].lstrip().startswith(head)

    def caption(self, end: int, line: str) -> bool:
        """A short sentence right above a photo credit ("Meetings between A and B." over "Photo:
        Foreign Ministry/Twitter"): the photo's caption, no text (a headline there stays)."""
        nxt = self.doc.text[end:end + 120].lstrip("\r\n")
        return len(line) <= 160 and line.endswith(".") and self.rules.memo(_photo_credit).match(nxt) is not None

    def post_stamp(self, line: str) -> None:
        """A post embedded in the page ("#Kuwait | The Crown Prince receives ... pic.twitter.com/x—
        Foreign Ministry (@handle) February 5, 2023") stamps the item when nothing above it did
        (and, like any stamp, the items after it). The line stays text of the item, whose text may
        go on below it; it opens no meeting of its own (:func:`~.drafts.embedded_post`)."""
        from .dates import parse_header_date

        m = POST_SIGNATURE.search(line)
        if m is not None and self.published is None:
            self.published = parse_header_date(m.group("date"), self.rules)

    def read(self, start: int, raw: str) -> None:
        """One line of the document at offset ``start``: tried as a stamp, furniture, a day header,
        (near the top) a stamp or clock before more text, a dateline, a headline, else text."""
        line = raw.strip()
        if not line or self.teaser(start + len(raw), line) or self.caption(start + len(raw), line):
            return
        self.post_stamp(line)
        self.lines += 1
        if self.stamp(line) or self.furniture(line) or self.day_header_line(line):
            return
        if self.lines <= 3 and self.code_stamp(line):
            return
        lstrip = len(raw) - len(raw.lstrip())
        if self.lines <= 3 and (cut := self.stamp_prefix(line)) is not None:
            self.lines -= 1  # the rest of the line is read as a line of its own
            self.read(start + lstrip + cut, line[cut:])
            return
        cut = self.dateline_at(line)
        if cut is not None:
            if cut >= len(line):
                return
            lstrip += cut
        elif self.headline_line(start + lstrip, line):
            return
        self.body(start + lstrip, start + len(raw.rstrip()))

    def body(self, start: int, end: int) -> None:
        """Text of the item being read."""
        if self.body_start < 0:
            self.body_start = start
        self.body_end = end


def split_items(doc: Document, rules: Rules | None = None) -> list[Item]:
    """The news items of a document, each with headline, publication date and span.

    A date header, a dateline or a headline opens a new item once the current one has body
    text (a headline just above a date header or dateline stays with it); the publication date
    is the item's own header or dateline or the nearest one above it (or the document's own
    publication date). A dateline without a year takes it from the date above it. Each line is
    tried as, in this order: a stamp, furniture, a day header, a dateline, a headline, text. The
    lines are those of the text unwrapped (:func:`unwrap_lines`).

    >>> [(i.headline, i.published) for i in split_items(Document("x.txt", "Talks held\\n2 May 2023\\nThe sides met."))]
    [('Talks held', '2023-05-02')]
    """
    text = unwrap_lines(doc.text)  # a hard-wrapped page: its lines are no headlines
    seg = _Segmenter(doc if text is doc.text else replace(doc, text=text), rules or default_rules(),
                     published=doc.published[:10] if doc.published else None, headline=doc.title)
    for m in _LINE.finditer(text):
        raw = m.group(0)
        if not raw:
            break
        seg.read(m.start(), raw)
    seg.close()
    return seg.items


def _title_key(line: str) -> str:
    return " ".join(_cell(line.strip()).split()).casefold()


def _long_title(key: str) -> bool:
    """A title long enough that its repeat in the body is the title again, not a listing's short
    date line ("18 October 2016, New Delhi"): six words or more."""
    return key.count(" ") >= _TITLE_WORDS - 1


def title_again(sentence: str, headline: str | None) -> bool:
    """Whether a sentence of an item's body is its headline again, word for word (a title of
    six words or more; a table's bars and case aside): no text of its own.

    >>> title_again("MINISTER ATTENDS THE 40TH REGIONAL SUMMIT", "| Minister attends the 40th Regional Summit |")
    True
    >>> title_again("Talks held", "Talks held")
    False
    """
    if headline is None or len(sentence) > len(headline) + 2:
        return False
    key = _title_key(sentence)
    return _long_title(key) and key == _title_key(headline)


def _wrapped_at_width(lines: list[tuple[int, str]], open_: list[int], lower: list[int]) -> list[int] | None:
    """Text hard-wrapped at a width (a plain-text copy of a PDF, a mail or an old page): at least
    half of the lines that stop open run on in a lower-case word and two of them are wide (near
    the block's widest line); every break after a line that stops open is a space.

    >>> b = [(37, "The two-week session was organized by"), (75, "the Training Directorate and brings together"),
    ...      (105, "officials of eight countries."), (127, "It opened on Tuesday.")]
    >>> _wrapped_at_width(b, [0, 1], [0, 1])
    [37, 75]
    """
    widest = max(len(x.rstrip()) for _, x in lines)
    wide = [k for k in open_ if len(lines[k][1].rstrip()) >= _WRAP_SHARE * widest]
    if len(wide) >= 2 and 2 * len(lower) >= len(open_):
        return [lines[k][0] for k in open_]
    return None


def _broken_around_names(lines: list[tuple[int, str]], open_: list[int], lower: list[int]) -> list[int] | None:
    """Text whose copy breaks its lines around names, not at a width ("... led the delegation.
    Guatemala's Foreign Minister" over "Ana Lis attended ..."): two lines that stop open end a
    sentence inside them and start the next, which a block of titles and names does not. The
    breaks from the first such line (or the first that runs on in a lower-case word) on are
    spaces, but for a line shorter than 40 characters: a headline, a byline or a header's
    name, "by" or date above the text keep theirs.

    >>> _broken_around_names([(15, "OPENING ADDRESS"), (18, "by"), (28, "Jan Kowal"),
    ...     (100, "Good morning to all. It is my privilege to welcome you to the eighth regional"),
    ...     (170, "Osh Conference. The community is deeply honoured by the presence of"),
    ...     (240, "the Minister. On behalf of the Bureau, I thank our hosts in Osh.")], [0, 1, 2, 3, 4], [4])
    [100, 170]
    """
    through = [k for k in open_ if _MID_STOP.search(lines[k][1])]
    if len(through) < 2:
        return None
    first = min(through[0], lower[0])
    return [lines[k][0] for k in open_ if k >= first and len(lines[k][1].strip()) >= _THROUGH_WIDTH]


_WRAP_STRATEGIES = (_wrapped_at_width, _broken_around_names)


def _soft_breaks(lines: list[tuple[int, str]]) -> list[int]:
    """The line breaks of one block of lines (no blank line between them) that wrap a sentence:
    when at least half of its lines stop open (no closing punctuation, no closing bar "|") and
    one runs on in a lower-case word, the first strategy of :data:`_WRAP_STRATEGIES` that finds
    the block wrapped gives them. A list of names, one per line, starts each line with a
    capital and keeps its breaks; a headline over a byline ("by our staff reporter") is one wide
    line only. ``lines`` are (offset of the line break, the line).

    >>> b = [(37, "The two-week session was organized by"), (75, "the Training Directorate and brings together"),
    ...      (105, "officials of eight countries."), (127, "It opened on Tuesday.")]
    >>> _soft_breaks(b)
    [37, 75]
    >>> _soft_breaks([(10, "Mr Jan Kowal"), (30, "Director of Police"), (40, "Ms Ana Lis")])
    []
    >>> b = [(50, "On 8 May the ministers met in Osh to discuss trade, and"), (96, "the agenda included customs. Zenda's Minister"),
    ...      (150, "Jan Kowal led his delegation, with the Interior Minister"),
    ...      (200, "Ana Lis of Zenda. Ruritania's Foreign Minister"), (220, "Piet Berg attended.")]
    >>> _soft_breaks(b)
    [50, 96, 150, 200]
    >>> _soft_breaks([(62, "Foreign ministers of Ruritania and Freedonia hold talks in Osh"),
    ...               (84, "by our staff reporter"), (150, "OSH, May 5 (Agency) - Minister Jan Kowal met Ana Lis.")])
    []

    Short lines are a page's header, not wrapped text ("Society", "name@mail.org", a clock):

    >>> _soft_breaks([(7, "Society"), (21, "ed@mail.org"), (41, "2019-09-11 12:24:41")])
    []
    """
    if len(lines) < 3:
        return []
    open_ = [k for k in range(len(lines) - 1) if not lines[k][1].rstrip().endswith((*_END_PUNCT, "|"))]
    lower = [k for k in open_ if _WORD_START.match(lines[k + 1][1].lstrip())]
    if (not lower or 2 * len(open_) < len(lines) - 1
            or sum(len(lines[k][1]) for k in open_) < _WRAP_WIDTH * len(open_)):
        return []
    return next((b for wrapped in _WRAP_STRATEGIES if (b := wrapped(lines, open_, lower)) is not None), [])


@functools.lru_cache(maxsize=2)  # split_items and analyse_document both read the same text
def unwrap_lines(text: str) -> str:
    r"""``text`` with the line breaks that wrap a sentence made spaces (:func:`_soft_breaks`,
    block by block): every offset stays the same, and a hard-wrapped page is read as the
    sentences it holds, not as a headline per line.

    >>> t = "Kampala: A session organized by\nthe Directorate of Training brings together\nofficers of eight\ncountries.\n"
    >>> unwrap_lines(t)
    'Kampala: A session organized by the Directorate of Training brings together officers of eight countries.\n'
    """
    if "\n" not in text:
        return text
    soft: list[int] = []
    block: list[tuple[int, str]] = []
    for m in _LINE.finditer(text):
        line = m.group(0).rstrip("\n")
        if line.strip():
            block.append((m.end() - 1, line))
            continue
        soft += _soft_breaks(block)
        block = []
        if m.end() >= len(text):
            break
    soft += _soft_breaks(block)
    if not soft:
        return text
    chars = list(text)
    for at in soft:
        chars[at] = " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


def _yearless_header(line: str, rules: Rules) -> DateMention | None:
    """The day of a line that holds only a day and month (with a weekday or a time), else None."""
    from .dates import find_dates

    if len(line) > 40:
        return None
    found = find_dates(line, rules)
    if len(found) != 1 or found[0].year_given or found[0].precision != "day":
        return None
    d = found[0]
    rest = line[:d.start] + " " + line[d.end:]
    rest_rx = rules.rx(r"(?:{weekday}|[0-9]{1,2}:[0-9]{2}|[\s,.:|–-])*", re.I)
    return d if rest_rx.fullmatch(rest) else None


def _latest_dated(text: str, rules: Rules) -> str | None:
    """The latest date ``text`` gives with its year (the end of a range)."""
    from .dates import find_dates

    ends = [d.last for d in find_dates(text, rules) if d.year_given and d.precision in ("day", "month")]
    return max(ends) if ends else None


def _month_day_end(rules: Rules) -> re.Pattern[str]:
    return rules.rx(r"\b(?:{month}|{month_abbr}|{month:upper}|{month_abbr:upper})\.?\s*\d{1,2}$")


def day_stop_year(text: str, cut: int, rules: Rules) -> bool:
    """Whether the stop at ``cut`` parts a month's day from its year ("held on February 16. 2024
    in Addis Ababa"): one date, no sentence's end.

    >>> t = "They met on February 6. 2024 in Addis Ababa. Arrests rose to 45. 2024 saw more."
    >>> [day_stop_year(t, i, default_rules()) for i, ch in enumerate(t) if ch == "."]
    [True, False, False, False]
    >>> t = "They met on Sept. 16. 2024 and on FEBRUARY 6. 2025."
    >>> [day_stop_year(t, i, default_rules()) for i, ch in enumerate(t) if ch == "."]
    [False, True, True, False]
    """
    return (_YEAR_AFTER_STOP.match(text, cut) is not None
            and rules.memo(_month_day_end).search(text, max(0, cut - 16), cut) is not None)


def _abbreviations(rules: Rules) -> frozenset[str]:
    """Abbreviations whose full stop ends no sentence ("Mr.", "Gen.", "Nov.", "e.g.")."""
    return frozenset(w.lower() for w in rules.words("abbreviation"))


def rank_abbreviation(text: str, cut: int, word: str, rules: Rules) -> bool:
    """Whether the stop at ``cut`` closes an abbreviation that ends no sentence before a rank or
    an honorific only ("Sen. Lieut. Gen. X", "Sen. the Hon. X"), and one follows; "Prime Minister
    Hun Sen. Vietnamese ..." ends there.

    >>> t = "Sen. Lieut. Gen. To Lam met Hun Sen. The Hon. Ana Lis spoke."
    >>> [rank_abbreviation(t, i, t[:i].split()[-1], default_rules()) for i, ch in enumerate(t) if ch == "." and t[:i].endswith("Sen")]
    [True, False]
    """
    got = rules.memo(_rank_after)
    return word.lower() in got[0] and got[1].match(text, cut + 1) is not None


def _rank_after(rules: Rules) -> tuple[frozenset[str], re.Pattern[str]]:
    """The abbreviations of ``abbreviation_before_rank`` and the ranks and honorifics that may
    follow them (``honorifics.jsonl``, a rank's own kind)."""
    words = {r["word"] for r in rules.rows["honorifics.jsonl"] if r["kind"] != "service"}
    after = re.compile(r"\s+(?:the\s+)?(?:" + alternation(words) + r")(?![\w-])")
    return frozenset(w.lower() for w in rules.words("abbreviation_before_rank")), after


_YEAR_AFTER_STOP = re.compile(r"\.\s(?:19|20)\d\d\b")
# a photographer's name after a photo's credit, at a sentence's end, is this long at most
_CREDIT_CHARS = 60
# a sentence ends at its stop before a capital, at a line's end, and at a bullet inside a line
# ("... SUMMIT • Mexico attended ...")
_SENT_END = re.compile(r"[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9À-ÖØ-Þ])|\n+")
_BULLETS = "•▪●"
_SENT_END_BULLET = re.compile(_SENT_END.pattern + rf"|(?<=\S)[ \t]+[{_BULLETS}][ \t]+")


def _word_before(text: str, start: int, cut: int) -> str:
    """The word that ends at offset ``cut`` (a period), read back to a space or ``start``; it
    reads only the word, so a long sentence costs no more than a short one.

    >>> _word_before("He met Mr. Doe", 0, 9)
    'Mr'
    """
    i = cut
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:cut]


def split_sentences(text: str, start: int = 0, end: int | None = None, rules: Rules | None = None
                    ) -> list[tuple[int, int]]:
    """Sentence spans ``(s, e)`` of ``text[start:end]``, offsets into ``text``.

    Abbreviations ("Mr.", "H.E.", "Nov.") and initials ("R.A. Karimzoda") do not end a
    sentence; a newline always does.

    >>> t = "Mr. R.A. Karimzoda met Ms. Sharma on Nov. 13. They spoke."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. R.A. Karimzoda met Ms. Sharma on Nov. 13.', 'They spoke.']

    A day's number, a stop and a year ("on February 16. 2024 in Addis Ababa") are one date:

    >>> t = "They met on February 16. 2024 in Addis Ababa. It rained."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['They met on February 16. 2024 in Addis Ababa.', 'It rained.']
    """
    end = len(text) if end is None else end
    abbrev = (rules or default_rules()).memo(_abbreviations)
    spans: list[tuple[int, int]] = []
    s = start
    ends = _SENT_END_BULLET if any(b in text[start:end] for b in _BULLETS) else _SENT_END
    for m in ends.finditer(text, start, end):
        cut = m.start()
        if "\n" not in m.group(0) and text[cut] == ".":
            if day_stop_year(text, cut, rules or default_rules()):
                continue
            w = _word_before(text, s, cut).lstrip("(\"“")
            if w and (w.lower() in abbrev or re.fullmatch(r"(?:[A-Z][a-z]?\.)*[A-Z][a-z]?", w)):
                continue
            if rank_abbreviation(text, cut, w, rules or default_rules()):
                continue
        e = m.start() + len(m.group(0).rstrip())
        seg_e = e if "\n" not in m.group(0) and text[cut] in ".!?" else cut
        if text[s:seg_e].strip():
            a = s + (len(text[s:seg_e]) - len(text[s:seg_e].lstrip()))
            spans.append((a, s + len(text[s:seg_e].rstrip())))
        s = m.end()
    if text[s:end].strip():
        a = s + (len(text[s:end]) - len(text[s:end].lstrip()))
        spans.append((a, s + len(text[s:end].rstrip())))
    return spans
