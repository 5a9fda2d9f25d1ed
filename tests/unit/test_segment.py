"""Reading documents and splitting them into items and sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parleygraph.extract.meetings import extract_document
from parleygraph.extract.read import detect_language, read_inputs
from parleygraph.extract.records import Document
from parleygraph.extract.segment import is_headline, split_items, split_sentences

LISTING = """Breaking news (411)

Wednesday, 28 February 2024 07:51

Meeting at CITCO

Rate this item
(0 votes)

CARICC Director A. Yazlyyev met with leadership of CITCO in Madrid on 26 February 2024.

Rate this item
(0 votes)

A seminar was held in Kuwait City, Kuwait, from 5 to 7 February 2024.

Friday, 22 December 2023 12:27

CARICC expert working group meeting

Rate this item
(0 votes)

A meeting was held in Almaty on 21 December 2023.

Page 1 of 35"""


def test_segment_listing_page_items_headlines_and_dates():
    doc = Document(doc="x.txt", text=LISTING)
    items = split_items(doc)
    assert [(i.headline, i.published) for i in items] == [
        ("Meeting at CITCO", "2024-02-28"),
        (None, "2024-02-28"),
        ("CARICC expert working group meeting", "2023-12-22"),
    ]
    assert LISTING[items[0].start:items[0].end].startswith("CARICC Director A. Yazlyyev met")
    assert "Page 1 of 35" not in LISTING[items[-1].start:items[-1].end]


def test_segment_seed_002_headline_lines_split_items(seeds_dir):
    text = (seeds_dir / "002_bad41a92fd3260ec.txt").read_text(encoding="utf-8")
    items = split_items(Document(doc="002", text=text))
    heads = [i.headline for i in items]
    assert heads[0] == "Online meeting of Regional Working Group on Precursors"
    assert "UNODC and CARICC webinars" in heads
    assert all("More..." not in text[i.start:i.end] for i in items)


PRESS_RELEASE = """Experts discuss synthetic drugs in Astana

Tuesday, 12 March 2024 10:15 (UTC+05:00)

ASTANA, 12 March 2024 – A regional workshop took place in Astana from 11 to 12 March 2024.

Participants noted the growing flows of precursors."""


def test_segment_dateline_keeps_headline_dates_item_and_leaves_body():
    items = split_items(Document(doc="x.txt", text=PRESS_RELEASE))
    assert len(items) == 1
    item = items[0]
    assert (item.headline, item.published, item.dateline) == (
        "Experts discuss synthetic drugs in Astana", "2024-03-12", "ASTANA")
    body = PRESS_RELEASE[item.start:item.end]
    assert body.startswith("A regional workshop took place")
    assert body.endswith("flows of precursors.")


AGENCY = """Two delegations meet in Baku

13 November 2019 15:42 (UTC+04:00)

BAKU, Azerbaijan, Nov.13

By Leyla Mammadova - Trend:

The Ministry hosted on Nov.12 a delegation of the Agency."""


def test_segment_yearless_dateline_and_byline():
    items = split_items(Document(doc="x.txt", text=AGENCY))
    assert [(i.headline, i.published, i.dateline) for i in items] == [
        ("Two delegations meet in Baku", "2019-11-13", "BAKU")]
    assert AGENCY[items[0].start:items[0].end] == "The Ministry hosted on Nov.12 a delegation of the Agency."


@pytest.mark.parametrize("first_line, published, place, body", [
    ("DUSHANBE, 14.06.2022 /NIAT «Khovar»/. Director of the Agency met the Ambassador.",
     "2022-06-14", "DUSHANBE", "Director of the Agency met the Ambassador."),
    ("Bishkek, March 3, 2021. 24.kg news agency\n\nA delegation paid a working visit.",
     "2021-03-03", "Bishkek", "A delegation paid a working visit."),
    ("NUR-SULTAN. KAZINFORM – The border services held talks.", None, "NUR-SULTAN",
     "The border services held talks."),
    ("LONDON (Reuters) - Officials met on Tuesday.", None, "LONDON", "Officials met on Tuesday."),
    # not datelines: the line stays body text
    ("Almaty hosted the meeting on 12 March 2024.", None, None,
     "Almaty hosted the meeting on 12 March 2024."),
    ("Kazakhstan, Kyrgyzstan and Tajikistan signed the protocol.", None, None,
     "Kazakhstan, Kyrgyzstan and Tajikistan signed the protocol."),
])
def test_segment_dateline_forms(first_line, published, place, body):
    items = split_items(Document(doc="x.txt", text=first_line))
    assert len(items) == 1
    item = items[0]
    assert (item.published, item.dateline, first_line[item.start:item.end]) == (published, place, body)


LISTING_OF_RELEASES = """Press releases

ALMATY, 5 March 2024 – The Centre hosted a working group meeting.

Experts agreed on a work plan.

BISHKEK, 1 March 2024 – A training course opened in Bishkek.

Page 1 of 3"""


def test_segment_datelines_split_a_listing_into_items():
    items = split_items(Document(doc="x.txt", text=LISTING_OF_RELEASES))
    assert [(i.headline, i.published, i.dateline) for i in items] == [
        ("Press releases", "2024-03-05", "ALMATY"), (None, "2024-03-01", "BISHKEK")]
    assert LISTING_OF_RELEASES[items[0].start:items[0].end] == (
        "The Centre hosted a working group meeting.\n\nExperts agreed on a work plan.")
    assert LISTING_OF_RELEASES[items[1].start:items[1].end] == "A training course opened in Bishkek."


@pytest.mark.parametrize("stamp", [
    "13 November 2019 15:42 (UTC+04:00)", "Updated: 13 November 2019, 15:42", "13.11.2019",
    "13/11/2019", "2019-11-13", "Wednesday, November 13, 2019",
])
def test_segment_stamp_forms_date_the_item_under_the_headline(stamp):
    text = f"Talks in Baku\n\n{stamp}\n\nOn Nov.12 the delegations met in Baku."
    items = split_items(Document(doc="x.txt", text=text))
    assert [(i.headline, i.published) for i in items] == [("Talks in Baku", "2019-11-13")]


@pytest.mark.parametrize("line,expected", [
    ("CARICC expert working group meeting", True),
    ("A meeting was held in Almaty on 21 December 2023.", False),
    ("“Kazakhstan supports the center’s work,” Ashikbayev said.", False),
])
def test_segment_is_headline(line, expected):
    assert is_headline(line) is expected


def test_segment_sentences_keep_initials_and_abbreviations():
    t = "Lieutenant-General Sh.O.Salimzoda and Mr. Ye. Turgumbayev met on Nov. 13. They agreed."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Lieutenant-General Sh.O.Salimzoda and Mr. Ye. Turgumbayev met on Nov. 13.", "They agreed."]


def test_read_reports_bad_files_and_keeps_the_rest(tmp_path: Path):
    (tmp_path / "a.txt").write_text("The meeting was held in Almaty on 1 May 2020 with the delegation.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad bytes \x81")
    (tmp_path / "c.txt").write_text("Встреча директора ЦАРИКЦ с послом прошла в Алматы 1 мая.", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "n1", "text": "The seminar was held in Vienna on 2 June 2021 by the office."}) + "\n{oops\n",
        encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path)])
    assert [d.doc for d in docs] == ["a.txt", "d.jsonl#n1"]
    reasons = {p.doc: p.reason for p in problems}
    assert "not UTF-8" in reasons["b.txt"]
    assert "Russian" in reasons["c.txt"]
    assert "not valid JSON" in reasons["d.jsonl:2"]


def test_read_html_main_text_by_boilerplate_remover(tmp_path: Path):
    html = ("<html><head><title>News</title></head><body><nav>Home | About | Contact</nav>"
            "<article><h1>Director meets Ambassador</h1><p>The Director of the Centre met with the "
            "Ambassador of Norway in Almaty on 29 April 2021 to discuss cooperation between the two "
            "sides and the funding of joint projects in the region.</p></article>"
            "<footer>Copyright 2024</footer></body></html>")
    (tmp_path / "n.html").write_text(html, encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path)])
    assert not problems
    assert "met with the Ambassador of Norway" in docs[0].text
    assert "Copyright" not in docs[0].text


@pytest.mark.parametrize("text,lang", [
    ("The meeting was held in Almaty on 21 December 2023 with the delegations.", "en"),
    ("Совещание рабочей группы прошло в Алматы.", "ru"),
])
def test_read_detect_language(text, lang):
    assert detect_language(text) == lang


def test_segment_day_headers_without_year_take_it_from_above_or_from_the_document():
    text = ("Weekly digest of the Ministry\n\nMonday, 13 November\n\nThe Minister met with the Ambassador "
            "of Latvia.\n\nTuesday, 14 November\n\nA seminar was held in Astana on 14 November 2023.\n")
    items = split_items(Document(doc="w.txt", text=text))
    assert [it.published for it in items] == ["2023-11-13", "2023-11-14"]
    assert text[items[0].start:items[0].end] == "The Minister met with the Ambassador of Latvia."
    text = "Meeting on 13 November\nThe Minister met with the Ambassador of Latvia on 13 November.\n"
    assert [it.published for it in split_items(Document(doc="x.txt", text=text))] == [None]


@pytest.mark.parametrize(("text", "published", "dateline", "body"), [
    # the stored copy of a page opens with " date YYYY-MM-DD" before the page's first line
    (" date 2021-02-28 New Delhi, February 28, 2021\n\nThe talks were held on Saturday.",
     "2021-02-28", "New Delhi", "The talks were held on Saturday."),
    (" date 2019-03-04 According to the ministry, the sides met on Monday.",
     "2019-03-04", None, "According to the ministry, the sides met on Monday."),
    # a clock time before a dateline
    ("12:59 | Lima, Jan. 22.\n\nThe Government signed the plan.", None, "Lima", "The Government signed the plan."),
    # stamps in more forms
    ("Source:Agency Published: 2014-2-13 21:59:50\n\nThe chiefs met on Thursday.", "2014-02-13", None,
     "The chiefs met on Thursday."),
    ("Minister visits the agency\n\n2019 03 22\n\nThe Minister visited the agency.", "2019-03-22", None,
     "The Minister visited the agency."),
])
def test_segment_stamp_or_clock_opening_a_line(text, published, dateline, body):
    items = split_items(Document(doc="x.txt", text=text))
    assert [(i.published, i.dateline, text[i.start:i.end]) for i in items] == [(published, dateline, body)]


def test_segment_a_date_opening_a_body_line_below_the_top_is_text():
    text = "Talks\n\nStamp\n\nThird line\n\n19 December 2017 the ministers met in Baku."
    items = split_items(Document(doc="x.txt", text=text))
    assert text[items[-1].start:items[-1].end] == "19 December 2017 the ministers met in Baku."


def test_a_title_line_ending_on_a_quoted_name_or_an_acronym_heads_the_item_under_the_stamp():
    """real24_08, real27_04: the title line was read as an item of its own, a second meeting."""
    t = ("Second Regional Seminar “Introduction to Border Forensics”\n\nDecember 26, 2019\n\n"
         "The Second Regional Seminar was held in Osh on December 9-13, 2019.\n")
    items = split_items(Document(doc="x.txt", text=t))
    assert [(it.headline, it.published) for it in items] == [
        ("Second Regional Seminar “Introduction to Border Forensics”", "2019-12-26")]
    t2 = "Meeting of Senior Officials on Crime (SOMC)\n\nThe meeting was held in Osh on 3 May 2016.\n"
    assert [it.headline for it in split_items(Document(doc="x.txt", text=t2))] == [
        "Meeting of Senior Officials on Crime (SOMC)"]


def test_a_photo_caption_ending_on_its_credit_is_no_text():
    """real26_03: the caption under the stamp was an item of its own, a second meeting."""
    t = ("Sunday, April 18, 2010\nministers of the bloc signing the plan during the council meeting in Osh. "
         "(Courtesy Photo)\n\nOSH - The ministers on Friday signed the plan at a council meeting.\n")
    items = split_items(Document(doc="x.txt", text=t))
    assert [t[it.start:it.start + 15] for it in items] == ["The ministers o"]


def test_a_teaser_that_repeats_the_opening_of_the_text_after_it_is_no_text():
    """real24_04: the excerpt above the article gave a second, identical meeting; on a listing
    page (real1_02) a teaser with no text after it stays."""
    body = "OSH – Police chiefs of Osh and Naryn met in Osh to discuss the border and the fight against smuggling."
    t = body[:80] + " […]\n" + body + "\n"
    items = split_items(Document(doc="x.txt", text=t))
    assert [t[it.start:it.end] for it in items] == [body[6:]]
    listing = body[:80] + " […]\n\nOther news of the week […]\n"
    assert len(split_items(Document(doc="x.txt", text=listing))) == 1


def test_a_caption_above_a_photo_credit_or_ending_on_one_is_no_text():
    """real30_06: "Meetings between A and B." over "Photo: Foreign Ministry/Twitter" was a meeting."""
    t = ("Osh and Naryn to hold a cabinet meeting\n\n13 February 2018 - 16:16\nMeetings between Osh and Naryn.\n"
         "Photo: Foreign Ministry/Twitter\n\nOSH, Feb 14.- The two ministers will preside a meeting on security.\n"
         "Minister Jan Kowal speaks at the meeting. (Photo: OSHA)\n")
    items = split_items(Document(doc="x.txt", text=t))
    body = " ".join(t[it.start:it.end] for it in items)
    assert "Meetings between" not in body and "(Photo" not in body and "will preside" in body


def test_an_embedded_post_is_no_text_and_stamps_the_item_above_it() -> None:
    """real32_01: a page with no stamp embeds the ministry's post ("... pic.twitter.com/x— Foreign
    Ministry (@Handle) February 5, 2023"): the post repeats the report (no meeting of its own)
    and its date counts "on Sunday" back."""
    text = ("Ruritanian Crown Prince, Bordurian minister discuss relations\n"
            "Ruritania's Crown Prince Oskar Varn and Borduria's Foreign Minister Ivo Darnell met to discuss "
            "bilateral relations on Sunday, the ministry said.\n"
            "#Ruritania | The Crown Prince of Ruritania receives Foreign Minister Ivo Darnell at Riverton Palace. "
            "pic.twitter.com/abc123— Foreign Ministry (@BordMFA) February 5, 2023\n"
            "During the meeting, the leaders reviewed the relations.\n")
    ms = extract_document(Document(doc="x.txt", text=text))
    assert [m.start for m in ms] == ["2023-02-05"]


def test_text_after_an_embedded_post_stays_with_its_report() -> None:
    """Review of real32_01's rule: who the text names below an embedded post still took part,
    and the post's own names are not read again."""
    text = ("Minister meets envoy\n"
            "Minister Jan Kowal met Ambassador Omar Said in Riverton on Sunday, the ministry said.\n"
            "#Riverton | The Minister receives Ambassador Omar Said at the Zarya Palace, in the presence of "
            "the Deputy Minister. pic.twitter.com/abc— Foreign Ministry (@RurMFA) February 5, 2023\n"
            "The meeting was also attended by Deputy Minister Anna Lis and Ambassador Omar Bek.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert m.start == "2023-02-05"
    assert {p.name for p in m.persons} == {"Jan Kowal", "Omar Said", "Anna Lis", "Omar Bek"}


def test_a_caption_with_its_source_inside_the_text_opens_no_meeting() -> None:
    """real39_06: "Overview of the meeting (Source: Xinhua)" under the first paragraph was a
    second meeting; a sentence closed by the same credit after a full stop stays text."""
    t = ("Published: December 29, 2016\n\nSenior officials of Osh and Naryn vowed to work together.\n\n"
         "Overview of the meeting (Source: Ruritanian Agency)\n\n"
         "They made the commitment at the ministerial meeting held in Osh on December 27. (Source: OSHA)\n")
    ms = extract_document(Document(doc="x.txt", text=t))
    assert [(m.start, m.city) for m in ms] == [("2016-12-27", "Osh")]


WRAPPED = ("Bishkek, Kyrgyzstan: Enhancing border cooperation is the focus of\n"
           "a regional training course on risk analysis for customs officers\n"
           "which has opened in Kyrgyzstan.\n"
           "The ten-day course organized by\n"
           "the Customs Training Directorate brings together 18 customs\n"
           "officers from five countries.\n"
           "The course was opened by the Deputy Minister of Finance\n"
           "of the Kyrgyz Republic, Aida Temirova, who underlined the role of\n"
           "risk analysis at the border.\n")


def test_a_hard_wrapped_page_is_read_as_its_sentences_not_a_headline_per_line() -> None:
    from parleygraph.extract.segment import unwrap_lines

    [item] = split_items(Document(doc="w.txt", text=WRAPPED))
    assert item.headline is None and item.start == 0
    text = unwrap_lines(WRAPPED)
    assert len(text) == len(WRAPPED) and text.count("\n") == 3  # only the sentence ends stay
    [m] = extract_document(Document(doc="w.txt", text=WRAPPED, published="2024-05-14"))
    assert m.type == "training" and m.evidence == WRAPPED[m.span[0]:m.span[1]]
    assert "Aida Temirova" in [p.name for p in m.persons]


def test_lines_of_names_or_a_short_header_keep_their_breaks() -> None:
    from parleygraph.extract.segment import unwrap_lines

    names = "Participants\nMr Jan Kowal, Director of the Border Police\nMs Ana Lis, Head of the Customs Service\nMr Piet de Vries, Ambassador\n"
    header = "Society\neditor@agency.mn\n2019-09-11 12:24:41\n\nUlaanbaatar /AGENCY/ The commission met on September 9.\n"
    assert unwrap_lines(names) == names and unwrap_lines(header) == header


def test_a_page_title_repeated_in_its_body_opens_no_item_and_is_no_text() -> None:
    title = "The fifth round of political consultations between Ruritania and Freedonia was held"
    text = (f"{title}\n\nPublished On: 12 March 2024\n\n"
            "The fifth round of political consultations between Ruritania and Freedonia was held today in Strelsau.\n\n"
            f" {title}\n\n"
            "The consultations reviewed the relations between the two countries.\n\n"
            "The session was attended by Jan Kowal, Ambassador of Freedonia to Ruritania.\n")
    [item] = split_items(Document(doc="t.txt", text=text))
    [(a, b)] = item.repeats
    assert text[a:b] == title
    [m] = extract_document(Document(doc="t.txt", text=text))
    assert m.start == "2024-03-12" and "Jan Kowal" in [p.name for p in m.persons]


def test_short_date_lines_of_a_listing_repeat_and_still_part_its_items() -> None:
    text = ("18 October 2016, Strelsau\n\nThe minister met the mayor of Strelsau, Jan Kowal, today.\n\n"
            "18 October 2016, Strelsau\n\nThe ambassador met the governor, Ana Lis, today.\n")
    assert len(split_items(Document(doc="l.txt", text=text))) == 2


def test_a_title_in_a_table_cell_and_its_bulleted_repeat_are_no_text() -> None:
    text = ("| MINISTER JAN KOWAL ATTENDS THE 12TH REGIONAL SUMMIT |\n|\n"
            "MINISTER JAN KOWAL ATTENDS THE 12TH REGIONAL SUMMIT • Ruritania attended the 12th Regional Summit "
            "in Zenda on 4 May 2021. • Minister Kowal met the foreign minister of Freedonia, Ana Lis.\n")
    [item] = split_items(Document(doc="t.txt", text=text))
    assert item.headline == "| MINISTER JAN KOWAL ATTENDS THE 12TH REGIONAL SUMMIT |"
    spans = split_sentences(text, item.start, item.end)
    assert "Ruritania attended the 12th Regional Summit in Zenda on 4 May 2021." in [text[s:e] for s, e in spans]
    ms = extract_document(Document(doc="t.txt", text=text))
    assert ms[0].evidence.startswith("Ruritania attended") and ms[0].start == "2021-05-04"


def test_a_bullet_opening_a_line_is_no_sentence_break_of_its_own() -> None:
    text = "Heads of state:\n  • Ruritania - H.E. Jan Kowal\n  • Freedonia - H.E. Ana Lis\n"
    assert [text[s:e] for s, e in split_sentences(text)] == ["Heads of state:", "• Ruritania - H.E. Jan Kowal",
                                                              "• Freedonia - H.E. Ana Lis"]


def test_a_stop_between_a_day_and_its_year_keeps_the_sentence_and_the_date() -> None:
    text = ("The retreat follows the directive of the meeting of the Ministers held on February 16. 2024 "
            "in Addis Ababa, Ethiopia. The retreat opened on Saturday.")
    ms = extract_document(Document(doc="d.txt", text=text, published="2024-07-08"))
    assert ("2024-02-16", "Addis Ababa") in [(m.start, m.city) for m in ms]


def test_two_stories_of_one_headline_in_a_listing_stay_two() -> None:
    head = "Deputy Minister Jan Kowal receives the Ambassador of Japan"
    text = (f"{head}\n\nOn 12 March 2024 Deputy Minister Jan Kowal received the Ambassador of Japan in Bishkek.\n\n"
            f"{head}\n\nOn 20 March 2024 Deputy Minister Jan Kowal received the Ambassador of Japan in Osh.\n")
    assert len(split_items(Document(doc="l.txt", text=text))) == 2
    assert len(extract_document(Document(doc="l.txt", text=text))) == 2


def test_a_row_of_table_cells_is_no_headline_and_a_headline_keeps_its_byline() -> None:
    text = ("Talks held in Osh\n\nThe ministers met in Osh on 5 May 2021.\n\n| Ruritania | Jan Kowal |\n"
            "| Freedonia | Ana Lis |\n\nThe talks covered border security.\n")
    assert len(extract_document(Document(doc="t.txt", text=text))) == 1
    byline = ("Foreign ministers of Ruritania and Freedonia hold talks in Osh\nby our staff reporter\n"
              "OSH, May 5 (Agency) - Minister Jan Kowal met Ambassador Ana Lis on Tuesday.\n")
    from parleygraph.extract.segment import unwrap_lines

    assert unwrap_lines(byline) == byline
    crlf = WRAPPED.replace("\n", "\r\n")
    assert "\r" not in unwrap_lines(crlf).split("Finance", 1)[1].split("Temirova")[0]


def test_a_diary_of_days_under_month_headings_dates_each_day() -> None:
    """A mission's diary: "JULY 2022 ACTIVITIES" headings (a month in capitals with its year)
    over "6 July:" lines (a day with a colon); each day opens an item dated by it."""
    text = ("Mission Report\n\nJULY 2022 ACTIVITIES\n\n6 July:\n\n"
            "The Ambassador met with the Minister of Justice of Zenda, Mr. Karl Ostrov.\n\n"
            "14 July:\n\nThe Ambassador met with the Foreign Minister of Ruritania, Ms. Ana Belko.\n\n"
            "JUNE 2022 ACTIVITIES\n\n 2 June:\n\n The Ambassador met with the Director of Customs, Mr. Ivo Sand.\n")
    items = split_items(Document(doc="d.txt", text=text))
    assert [it.published for it in items] == ["2022-07-06", "2022-07-14", "2022-06-02"]
    ms = extract_document(Document(doc="d.txt", text=text))
    assert [(m.start, m.persons[0].name) for m in ms] == [
        ("2022-07-06", "Karl Ostrov"), ("2022-07-14", "Ana Belko"), ("2022-06-02", "Ivo Sand")]


def test_a_block_broken_around_names_is_read_as_its_sentences() -> None:
    """A page whose copy breaks lines around names ("... Foreign Minister" over "Ana Lis
    attended ..."), sentences ending inside its lines: the names are read whole, after their
    titles."""
    text = ("Chile/Peru: On 8 May 2024 senior officials of Chile and Peru met in Lima for a ministerial "
            "meeting on trade, and\nthe agenda included customs and transit. Chile's Foreign Minister\n"
            "Karl Ostrov led the Chilean delegation, with the Interior Minister\n"
            "Ivo Sand of Chile. Peru's Foreign Minister\nAna Belko attended on behalf of Peru. The talks "
            "went well.\n")
    [m] = extract_document(Document(doc="w.txt", text=text))
    assert {p.name for p in m.persons} >= {"Karl Ostrov", "Ivo Sand", "Ana Belko"}


def test_a_caption_by_its_own_words_opens_no_meeting() -> None:
    """A labelled caption ("Featured Image Caption: ...") and a photo's people who "look on"
    open no meeting; the text's own sentence tells it (a letter of credence accepted is one)."""
    text = ("New Ambassador of Zenda accredited\n\n"
            "Ambassador Ivo Sand presents his letter of credence to President Karl Ostrov as Foreign "
            "Minister Ana Belko looks on.\n\n"
            "President Karl Ostrov on Wednesday accepted a letter of credence from Ivo Sand at the Ministry "
            "of the Presidency in Georgetown.\n\n"
            "Featured Image Caption: President Karl Ostrov and Ambassador Ivo Sand met in Georgetown on "
            "Wednesday, May 15, 2019.\n")
    [m] = extract_document(Document(doc="c.txt", text=text))
    assert m.evidence.startswith("President Karl Ostrov on Wednesday accepted")


@pytest.mark.parametrize("line", [
    "The Foreign Minister of Zenda, Jan Kowal, met the UN envoy, Ana Lis, in Osh on 4 March 2024. "
    "Kowal said the world could not simply look on.",
    "The Foreign Minister of Zenda, Jan Kowal, met the UN envoy, Ana Lis, in Osh on 4 March 2024 as the "
    "Ambassador of Ruritania, Karl Ostrov, looks on.",
])
def test_a_report_that_ends_on_look_on_is_no_caption(line: str) -> None:
    """Review case: "look on" ends a caption only in one undated sentence."""
    [m] = extract_document(Document(doc="l.txt", text=line + "\n"))
    assert m.start == "2024-03-04"


def test_titles_with_a_stop_make_no_block_read_as_wrapped() -> None:
    """Review case: "Hon. Jan Kowal" is no sentence ending inside a line."""
    from parleygraph.extract.segment import unwrap_lines

    text = ("Participants of the meeting of 4 March 2024 in Osh included\nHon. Jan Kowal, Minister of Justice "
            "of Zenda and\nHon. Ana Lis, Minister of the Interior of Zenda and\nProf. Ivo Sand, Director of "
            "the Police Academy\n")
    assert unwrap_lines(text) == text


def test_a_diary_under_a_coded_stamp_dates_each_entry_by_its_bracketed_day() -> None:
    """A reference code before the page's date stamps it ("CM/Inf(2007)12 17 January 2007"),
    and "Strasbourg (13 December)" over an entry is a dateline: the day, its year the one
    before the stamp."""
    text = ("Information Documents\nCM/Inf(2007)12 17 January 2007\n\nCommunication by the Secretary General\n"
            "1. Meeting with the Ambassador of Zenda\nStrasbourg (13 December)\n"
            "I met the Ambassador of Zenda, Mr Karl Dorin, to discuss co-operation.\n"
            "2. Meeting of the Bureau\nParis (15 December)\nI attended the meeting of the Bureau of the Assembly.\n")
    ms = extract_document(Document(doc="d.txt", text=text))
    assert [(m.start, m.city) for m in ms if m.start and m.start < "2007"] == [
        ("2006-12-13", "Strasbourg"), ("2006-12-15", "Paris")]
