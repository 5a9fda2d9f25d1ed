"""The date grammar on sentences of the seed corpus and invented news sentences of the genre."""

from __future__ import annotations

import pytest

from parleygraph.extract.dates import (DateMention, find_dates, infer_year, parse_dateline,
                                       parse_header_date)
from parleygraph.extract.lexicon import default_rules
from parleygraph.extract.meetings import extract_document
from parleygraph.extract.records import Document


def _one(sentence: str) -> DateMention:
    found = find_dates(sentence)
    assert len(found) == 1, found
    d = found[0]
    assert sentence[d.start:d.end] == d.text
    return d


@pytest.mark.parametrize("sentence, text, first, last", [
    # single days
    ("CARICC Director met with leadership of CITCO in Madrid on 26 February 2024.",
     "26 February 2024", "2024-02-26", "2024-02-26"),
    ("The Minister received the delegation on February 26, 2024 in Madrid.",
     "February 26, 2024", "2024-02-26", "2024-02-26"),
    ("On July 22, 2020 a working meeting of the Director was held.",
     "July 22, 2020", "2020-07-22", "2020-07-22"),
    ("On the 20 th of September 2018, the first regular session was held.",
     "the 20 th of September 2018", "2018-09-20", "2018-09-20"),
    ("The talks took place on the 3rd of March 2022 in Vienna.",
     "the 3rd of March 2022", "2022-03-03", "2022-03-03"),
    ("The seminar opened on 1st October 2019.", "1st October 2019", "2019-10-01", "2019-10-01"),
    ("On 28.02.2024 the delegation arrived.", "28.02.2024", "2024-02-28", "2024-02-28"),
    ("The report (2024-02-29) was approved.", "2024-02-29", "2024-02-29", "2024-02-29"),
    # day ranges and pairs
    ("A seminar was held in Kuwait City, Kuwait, from 5 to 7 February 2024.",
     "from 5 to 7 February 2024", "2024-02-05", "2024-02-07"),
    ("A meeting was held in Almaty on 19-20 December 2023.",
     "19-20 December 2023", "2023-12-19", "2023-12-20"),
    ("The training took place in Almaty, Republic of Kazakhstan on 6-8 December 2023.",
     "6-8 December 2023", "2023-12-06", "2023-12-08"),
    ("In the format of videoconference, on September 14-15, 2020, a meeting was held.",
     "September 14-15, 2020", "2020-09-14", "2020-09-15"),
    ("On July 10 and 11, 2020 in Dushanbe the Director met the Minister.",
     "July 10 and 11, 2020", "2020-07-10", "2020-07-11"),
    ("On 7 and 8 July 2020, the webinars were held.",
     "7 and 8 July 2020", "2020-07-07", "2020-07-08"),
    ("Experts met in Tashkent from 30 November to 2 December 2022.",
     "from 30 November to 2 December 2022", "2022-11-30", "2022-12-02"),
    ("The course ran November 30 - December 2, 2022 in Bishkek.",
     "November 30 - December 2, 2022", "2022-11-30", "2022-12-02"),
    ("The operation lasted 30 December 2022 – 2 January 2023.",
     "30 December 2022 – 2 January 2023", "2022-12-30", "2023-01-02"),
    ("On 10-11 March 2021 CARICC together with UNODC held an expert meeting.",
     "10-11 March 2021", "2021-03-10", "2021-03-11"),
    ("Delegates gathered on 6, 7 and 8 July 2020 in Baku.",
     "6, 7 and 8 July 2020", "2020-07-06", "2020-07-08"),
    ("The forum took place between 14 and 16 May 2019.",
     "between 14 and 16 May 2019", "2019-05-14", "2019-05-16"),
    # month-only
    ("The next meeting will be held in December 2018 in the premises of CARICC.",
     "December 2018", "2018-12", "2018-12"),
    ("Events and trainings planned for October-December 2020 were discussed.",
     "October-December 2020", "2020-10", "2020-12"),
    ("The Protocol was signed between the two organizations in June 2018.",
     "June 2018", "2018-06", "2018-06"),
])
def test_dates_with_year(sentence: str, text: str, first: str, last: str) -> None:
    d = _one(sentence)
    assert (d.text, d.first, d.last, d.year_given) == (text, first, last, True)


@pytest.mark.parametrize("sentence, text, first, last, precision", [
    ("Remarks were made at the Nov.13 meeting with the Director.",
     "Nov.13", "0000-11-13", "0000-11-13", "day"),
    ("He spoke during the videoconference on Nov. 17 with the Minister.",
     "Nov. 17", "0000-11-17", "0000-11-17", "day"),
    ("On 14 April, CARICC jointly with the UNODC held a side event.",
     "14 April", "0000-04-14", "0000-04-14", "day"),
    ("bilateral meetings in Nur-Sultan from 20 to 26 April this year with heads of missions",
     "from 20 to 26 April this year", "0000-04-20", "0000-04-26", "day"),
    ("The sessions were held on 10–11 March with experts.",
     "10–11 March", "0000-03-10", "0000-03-11", "day"),
    ("a meeting of the Council slated for the end of November.",
     "the end of November", "0000-11", "0000-11", "month"),
    ("the webinars organized and held in early July, which were attended",
     "early July", "0000-07", "0000-07", "month"),
    ("Between January and May this year, about 1 ton of heroin was seized.",
     "Between January and May this year", "0000-01", "0000-05", "month"),
])
def test_dates_without_year(sentence: str, text: str, first: str, last: str,
                            precision: str) -> None:
    d = _one(sentence)
    assert (d.text, d.first, d.last, d.precision, d.year_given) == (
        text, first, last, precision, False)


@pytest.mark.parametrize("sentence", [
    "the area of opium poppy cultivation in Afghanistan has decreased by 95%.",
    "Over 40 tons of precursors were seized in 9 months of 2023 alone.",
    "under UNODC Regional Programme for Afghanistan and Neighbouring Countries 2022-2025 here",
    "CARICC has 7 Member States and 17 Observer countries.",
    "an increase of 144% or more compared to the same period",
    "The number of drug crimes increased by 8.3%, while sales rose by 8.9%.",
    "Marife Mateos, Head of the Organized Crime Unit, welcomed the delegation.",
    "Jan Novak and Dec Brown attended.",
    "Page 1 of 35",
    "Over 1,200 officers from 12 countries took part.",
    "Article 5 of the Agreement entered into force.",
])
def test_dates_negatives_find_nothing(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_dates_year_only_after_cue() -> None:
    d = _one("CARICC expressed readiness to conduct a subsequent phase in 2024, as agreed.")
    assert (d.text, d.first, d.precision) == ("2024", "2024", "year")
    assert _one("dismantled after operating from the end of 2019").text == "the end of 2019"


def test_dates_several_in_one_sentence_in_order() -> None:
    found = find_dates("The webinar on 7 July 2020 opened; the webinar held on 8 July closed.")
    assert [(d.first, d.year_given) for d in found] == [("2020-07-07", True),
                                                         ("0000-07-08", False)]


def test_dates_year_shared_across_and() -> None:
    found = find_dates("The Director visited Bishkek on 12 May and Dushanbe on 20 June 2021.")
    assert [d.first for d in found] == ["0000-05-12", "2021-06-20"]
    found = find_dates("Visits took place on 12 May and 20 June 2021.")
    assert [(d.first, d.year_given) for d in found] == [("2021-05-12", True), ("2021-06-20", True)]


def test_dates_consecutive_days_across_months_join() -> None:
    d = _one("The conference was held on 30 November and 1 December 2022 in Vienna.")
    assert (d.first, d.last) == ("2022-11-30", "2022-12-01")


def test_dates_invalid_day_is_not_a_date() -> None:
    assert [d.precision for d in find_dates("on 31 February 2024")] == ["month"]
    assert all(d.first <= d.last for d in find_dates("from 20 to 19 May 2024"))
    assert not any(d.first == "2024-05-20" for d in find_dates("from 20 to 19 May 2024"))


@pytest.mark.parametrize("sentence, ref, first, last", [
    ("at the Nov.13 meeting", "2020-11-20", "2020-11-13", "2020-11-13"),
    ("On 14 April, CARICC held a side event", "2021-04-21", "2021-04-14", "2021-04-14"),
    # a date a little after the reference: the reference is a neighbour's header
    ("On 14 April, CARICC held a side event", "2021-03-16", "2021-04-14", "2021-04-14"),
    # a winter item read at the start of the next year belongs to the previous year
    ("held on 20 December with experts", "2021-01-10", "2020-12-20", "2020-12-20"),
    # a January date read in late December is the coming January
    ("scheduled on 15 January with experts", "2020-12-20", "2021-01-15", "2021-01-15"),
    ("slated for the end of November.", "2020-11-13", "2020-11", "2020-11"),
    ("from 20 to 26 April this year", "2021-05-12", "2021-04-20", "2021-04-26"),
    ("from 30 December to 2 January", "2023-01-10", "2022-12-30", "2023-01-02"),
])
def test_dates_infer_year(sentence: str, ref: str, first: str, last: str) -> None:
    d = infer_year(_one(sentence), ref)
    assert (d.first, d.last, d.year_given) == (first, last, False)


def test_dates_infer_year_keeps_given_and_unknown() -> None:
    d = _one("on 26 February 2024")
    assert infer_year(d, "2020-01-01") == d
    d = _one("on 14 April")
    assert infer_year(d, None) == d


@pytest.mark.parametrize("line, iso", [
    ("Wednesday, 28 February 2024 07:51", "2024-02-28"),
    ("Friday, 22 December 2023 12:27", "2023-12-22"),
    ("28.02.2024", "2024-02-28"),
    ("2024-02-28", "2024-02-28"),
    ("February 28, 2024", "2024-02-28"),
    ("  Tue, 12 December 2023  ", "2023-12-12"),
    ("Meeting at CITCO", None),
    ("The meeting was held on 28 February 2024.", None),
    ("Breaking news (411)", None),
    ("31.02.2024", None),
    # clock times before or after the date, time zones
    ("13 November 2019 15:42 (UTC+04:00)", "2019-11-13"),
    ("15 April 2021, 18:05", "2021-04-15"),
    ("18:05, 15 April 2021", "2021-04-15"),
    ("12 Mar 2024 | 10:15 GMT+5", "2024-03-12"),
    ("March 12, 2024 at 6:05 pm", "2024-03-12"),
    ("12.03.2024 10:15 CET", "2024-03-12"),
    ("2024-03-12T10:15:00+05:00", "2024-03-12"),
    # numeric, European order, slashes; ISO with slashes
    ("12/03/2024", "2024-03-12"),
    ("25.02.2019", "2019-02-25"),
    ("2024/03/12", "2024-03-12"),
    # weekdays and stamp cues; the first of two stamps is the publication date
    ("Tuesday, 12 March 2024", "2024-03-12"),
    ("Updated: 12 March 2024, 10:15", "2024-03-12"),
    ("Posted on March 12, 2024", "2024-03-12"),
    ("Published: 12 March 2024 | Updated: 13 March 2024 09:00", "2024-03-12"),
    # a source label set off by a bar before the stamp (news-agency pages)
    ("Ruritania Press news agency | Mar 3, 2022 16:48", "2022-03-03"),
    ("News · 12.04.2022", "2022-04-12"),
    # not stamps
    ("The meeting took place on 3 May 2022 | Photo", None),
    # American order where the day shows it, or where the weekday settles it (Drupal stamps)
    ("12/15/2024", "2024-12-15"),
    ("Mon, 09/16/2019 - 11:05", "2019-09-16"),
    ("Tue, 09/10/2019 - 11:05", "2019-09-10"),
    ("Wed, 09/10/2019 - 11:05", "2019-10-09"),   # the weekday agrees with the European order
    ("Jane Doe   |14.10.2022 - Update : 14.10.2022", "2022-10-14"),
    ("12.13.2024", None),
    ("Resolution 2024/15", None),
    ("+7 727 250 12 05", None),
    ("Published by the Press Service", None),
    ("Updated: the Centre moved to new premises.", None),
    ("15 April", None),                         # no year: not a publication stamp
])
def test_dates_parse_header_date(line: str, iso: str | None) -> None:
    assert parse_header_date(line) == iso


@pytest.mark.parametrize("line, place, region, iso, agency, rest", [
    ("ASTANA, 12 March 2024 – A regional workshop took place.", "ASTANA", None, "2024-03-12",
     None, "A regional workshop took place."),
    ("VIENNA, 7 December 2022 — Some 120 experts met.", "VIENNA", None, "2022-12-07", None,
     "Some 120 experts met."),
    ("DUSHANBE, 14.06.2022 /NIAT «Khovar»/. Director of the Agency met the Ambassador.",
     "DUSHANBE", None, "2022-06-14", "NIAT «Khovar»", "Director of the Agency met the Ambassador."),
    ("Bishkek, March 3, 2021. 24.kg news agency", "Bishkek", None, "2021-03-03",
     "24.kg news agency", ""),
    ("Almaty, 21 December 2023. The meeting was held.", "Almaty", None, "2023-12-21", None,
     "The meeting was held."),
    ("BAKU, Azerbaijan, Nov.13", "BAKU", "Azerbaijan", "0000-11-13", None, ""),
    ("NUR-SULTAN. KAZINFORM – The Border Service held talks.", "NUR-SULTAN", None, None,
     "KAZINFORM", "The Border Service held talks."),
    ("NUR-SULTAN – Kazakhstan has reaffirmed its commitment.", "NUR-SULTAN", None, None, None,
     "Kazakhstan has reaffirmed its commitment."),
    ("LONDON (Reuters) - Britain said on Tuesday.", "LONDON", None, None, "Reuters",
     "Britain said on Tuesday."),
    ("WASHINGTON, March 5 (Reuters) - The talks ended.", "WASHINGTON", None, "0000-03-05",
     "Reuters", "The talks ended."),
    ("ALMATY, Tuesday, 12 March 2024 – The Centre hosted experts.", "ALMATY", None, "2024-03-12",
     None, "The Centre hosted experts."),
    ("NEW YORK, 5 March 2024 – UN experts met.", "NEW YORK", None, "2024-03-05", None,
     "UN experts met."),
    ("TASHKENT, 12/03/2024 – The delegation arrived.", "TASHKENT", None, "2024-03-12", None,
     "The delegation arrived."),
    ("TERMEZ, Uzbekistan – The border crossing reopened.", "TERMEZ", "Uzbekistan", None, None,
     "The border crossing reopened."),
    ("Tashkent, Uzbekistan (UzDaily.com) -- The talks ended.", "Tashkent", "Uzbekistan", None,
     "UzDaily.com", "The talks ended."),
    ("ALMATY. March 5, 2024. The Centre hosted experts.", "ALMATY", None, "2024-03-05", None,
     "The Centre hosted experts."),
    ("MOSCOW, March 5. /TASS/. The Council met.", "MOSCOW", None, "0000-03-05", "TASS",
     "The Council met."),
    ("ST. PETERSBURG, 5 June 2021 – The forum opened.", "ST. PETERSBURG", None, "2021-06-05", None,
     "The forum opened."),
])
def test_dates_parse_dateline(line: str, place: str, region: str | None, iso: str | None,
                              agency: str | None, rest: str) -> None:
    d = parse_dateline(line)
    assert d is not None
    assert (d.place, d.region, d.date, d.agency, line[d.end:]) == (place, region, iso, agency, rest)


@pytest.mark.parametrize("line", [
    "Kazakhstan, Kyrgyzstan and Tajikistan signed the protocol.",   # countries, not a city
    "Vienna, Austria, hosted the conference.",                      # title case without a date
    "Almaty hosted the meeting on 12 March 2024.",
    "Almaty (Kazakhstan) hosted the meeting.",
    "Astana, the capital of Kazakhstan, hosted the forum.",
    "KAZAKHSTAN – 5 tons of heroin",
    "On 12 March 2024, the Centre hosted experts.",
    "CARICC Director A. Yazlyyev met the Minister.",
    "UNODC – CARICC joint training",                                # capitals, not a city
    "COLLECTIVE SECURITY TREATY ORGANIZATION",
    "MOSCOW",                                                       # a city alone is not a dateline
    "Police Colonel Yerlan S. Zhaksybekov, Head of the Department, spoke.",
    "By Samira Guliyeva - Trend:",
    "Madrid, 31 February 2024 – Experts met.",                      # not a real day
])
def test_dates_parse_dateline_negatives(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize("sentence, text, first, last", [
    ("On 28/02/2024 the delegation arrived.", "28/02/2024", "2024-02-28", "2024-02-28"),
    ("The log entry 2024-03-12T10:15:00+05:00 was kept.", "2024-03-12T10:15:00+05:00",
     "2024-03-12", "2024-03-12"),
    ("The forum (2024/03/15) closed.", "2024/03/15", "2024-03-15", "2024-03-15"),
    ("On 11-12.03.2024 a seminar was held in Bishkek.", "11-12.03.2024", "2024-03-11",
     "2024-03-12"),
    ("From 28.02-01.03.2024 a seminar was held.", "28.02-01.03.2024", "2024-02-28", "2024-03-01"),
    ("On 11.03.2024 - 12.03.2024 a seminar was held.", "11.03.2024 - 12.03.2024", "2024-03-11",
     "2024-03-12"),
    ("By Decree of 12.03.2024 the Agency was established.", "12.03.2024", "2024-03-12",
     "2024-03-12"),
    ("On Tuesday, 12 March 2024, the delegation arrived.", "12 March 2024", "2024-03-12",
     "2024-03-12"),
    ("On Tuesday, March 12, 2024 at 10:00 the talks opened.", "March 12, 2024", "2024-03-12",
     "2024-03-12"),
])
def test_dates_numeric_and_weekday_forms(sentence: str, text: str, first: str, last: str) -> None:
    d = _one(sentence)
    assert (d.text, d.first, d.last, d.precision, d.year_given) == (text, first, last, "day", True)


@pytest.mark.parametrize("sentence", [
    "Drug seizures rose by 95% and 1,000 officers were trained.",
    "The Council adopted Resolution 2024/15 on precursors.",
    "Order No. 12.03.2024 was registered.",
    "Contact: tel. +7 727 12.05.2019, fax +7 727 250-12-05.",
    "Call +996 (312) 26-60-12 for details.",
    "Article 228.1 of the Criminal Code applies.",
    "Install version 1.12.2020 of the software.",
    "On 12/15/2024 the meeting was held.",           # month first: not in European order
    "The figure was 12.13.2024 in the table.",
    "The seizure of 3.5 tons was recorded.",
    "The score was 31.02.2024 points.",
])
def test_dates_numbers_that_are_not_dates(sentence: str) -> None:
    assert [d for d in find_dates(sentence) if d.precision == "day"] == []


@pytest.mark.parametrize("line, iso", [
    ("By Dana Orlova in Nation on 14 September 2023", "2023-09-14"),
    ("By Dana Orlova, 3 March 2022", "2022-03-03"),
    ("By D. K. Orlova and Ivo Petrin | Mar 3, 2022 16:48", "2022-03-03"),
    ("Posted by Dana Orlova on September 14, 2023", "2023-09-14"),
    ("By Dana Orlova", None),
    ("By decision of the Council on 14 September 2023", None),
    ("By Dana Orlova in Nation on 14 September 2023 the delegation arrived", None),
])
def test_dates_parse_header_date_byline(line: str, iso: str | None) -> None:
    assert parse_header_date(line) == iso


@pytest.mark.parametrize("line,iso", [
    ("Date of publication: 2022-11-28", "2022-11-28"),
    ("Publication date: 28 November 2022", "2022-11-28"),
    ("No. 41 (29214), 16.02.2024", "2024-02-16"),
    ("Issue 12 | 5 May 2020", "2020-05-05"),
    ("No. 41 of the agenda was discussed on 16.02.2024", None),
])
def test_dates_parse_header_date_publication_cues_and_issues(line: str, iso: str | None) -> None:
    assert parse_header_date(line) == iso


def test_dates_a_day_that_opens_a_meeting_of_several_days_spans_them():
    [m] = extract_document(Document(doc="o.txt", text=(
        "The Ambassador opened on 4 October 2023 a regional workshop on border cooperation in Khujand. "
        "The three-day workshop brings together 35 officers.")))
    assert (m.start, m.end) == ("2023-10-04", "2023-10-06")
    [m] = extract_document(Document(doc="o.txt", text=(
        "A one-off meeting on 4 October 2023 in Khujand discussed the three-day workshop held in May.")))
    assert (m.start, m.end) == ("2023-10-04", "2023-10-04")


def test_dates_a_digest_day_header_dates_what_is_reported_under_it():
    text = ("Ministry of Internal Affairs of the Republic of Ruritania\nDigest of the week, 10-14 February 2025\n\n"
            "February 14\n\nThe Deputy Minister met in Astana with a delegation of the Drug Enforcement Administration.\n\n"
            "February 13\n\nOfficers held a working meeting via videoconference with colleagues from Kyrgyzstan.\n")
    assert [(m.start, m.date_inferred) for m in extract_document(Document(doc="d.txt", text=text))] == [
        ("2025-02-14", True), ("2025-02-13", True)]


def test_dates_a_stamp_after_a_breadcrumb_is_the_publication_date():
    text = ("Academy of Ruritania\n\nNews | 2021-11-19 | 10:05\n\nCourse completed\n\n"
            "From November 15 through 19, the Academy hosted a training course for investigators.\n")
    [m] = extract_document(Document(doc="n.txt", text=text))
    assert (m.start, m.end) == ("2021-11-15", "2021-11-19")


def test_an_update_line_is_a_stamp() -> None:
    """real29_03: "Update: 2015-11-16 18:43 GMT" under the headline dates the page."""
    assert parse_header_date("Update: 2015-11-16 18:43 GMT") == "2015-11-16"


def test_a_two_digit_year_stamp_reads_day_first_before_a_clock() -> None:
    """real22_02: "Source:Agency 20-09-23 10:54 Updated BJT" is 20 September 2023, and dates the
    dateline "NANJING, Sept. 19" under it; without a clock time such a triple is no stamp."""
    assert parse_header_date("Source:Agency 20-09-23 10:54 Updated BJT") == "2023-09-20"
    assert parse_header_date("12-05-98 08:00") == "1998-05-12"
    assert parse_header_date("20-09-23") is None
    text = ("Minister meets guests\n\nSource:Agency 20-09-23 10:54 Updated BJT\n\n"
            "RIVERTON, Sept. 19 (Agency) -- Minister Ivo Darnell met with Minister Oleg Varnakov "
            "of Ruritania in Riverton on Tuesday.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert m.start == "2023-09-19"


def test_a_weekday_date_without_a_stamp_takes_the_one_year_of_the_page_that_fits() -> None:
    """real33_06: no stamp, "on Friday, May 17, during a courtesy call at the end of Exercise
    Tradewinds 2024": 17 May 2024 was a Friday (17 May 2023 a Wednesday). Without the weekday,
    or when no mentioned year fits, the day stays undated."""
    def start(text: str) -> str | None:
        return extract_document(Document(doc="x.txt", text=text))[0].start

    base = ("Prime Minister Ana Rovel met Vice Admiral Ivo Darnell of the Fleet Command {day}, during a courtesy "
            "call at the end of Exercise Seawind 2024, which followed Seawind 2023.\n")
    assert start(base.format(day="on Friday, May 17")) == "2024-05-17"
    assert start(base.format(day="on May 17")) is None
    assert start(base.format(day="on Monday, May 17")) is None


def test_a_single_day_after_from_opens_a_gathering_of_several_days() -> None:
    """real35_05: "From October 9, 2023, a five-day regional seminar ... is being held": 9-13
    October; "On October 9, 2023, a five-day seminar closed" would not be its first day."""
    text = ("From October 9, 2023, a five-day regional seminar on customs ethics is being held at the "
            "Riverside Hotel in Ashgabat.\n")
    [m] = extract_document(Document(doc="x.txt", text=text))
    assert (m.start, m.end) == ("2023-10-09", "2023-10-13")


def test_a_period_start_after_since_is_no_meeting_day() -> None:
    """real35_04: "his fourth visit to Iran since assuming office in December 2019" does not date
    the visit; "since 3 May 2021" right before the day still gives an ongoing seminar's day."""
    [m] = extract_document(Document(doc="x.txt", text=(
        "This is the Director's fourth visit to Ruritania since assuming office in December 2019.\n")))
    assert m.start is None
    [m] = extract_document(Document(doc="x.txt", text="The seminar has run since 3 May 2021 in Osh.\n"))
    assert m.start == "2021-05-03"


def test_a_source_in_brackets_before_the_dateline() -> None:
    """real35_01: "(MENAFN- Kuwait News Agency (KUNA)) DOHA, Nov 20 (KUNA) -- ..." is the Doha
    dateline after the carrying outlet's name."""
    d = parse_dateline("(Wire- Osh Agency (OA)) BISHKEK, Nov 20 (OA) -- The talks ended.")
    assert (d.place, d.date) == ("BISHKEK", "0000-11-20")
    assert "(Wire- Osh Agency (OA)) BISHKEK, Nov 20 (OA) -- The talks ended."[d.end:] == "The talks ended."
    assert parse_dateline("(This is not a dateline) at all.") is None


def test_between_a_day_and_a_day_of_another_month_is_a_range() -> None:
    """real33_01: "held ... between 28th April and 1st May 2014" is 28 April - 1 May; without
    "between", "on 28 April and 1 May 2014" stays two days."""
    [d] = find_dates("was held at the Hotel between 28th April and 1st May 2014.")
    assert (d.first, d.last) == ("2014-04-28", "2014-05-01")
    [d] = find_dates("between April 28 and May 1, 2014")
    assert (d.first, d.last) == ("2014-04-28", "2014-05-01")
    assert len(find_dates("held on 28 April and 1 May 2014.")) == 2


def test_a_surname_like_a_reporting_verb_does_not_undate_the_meeting() -> None:
    """Review: "met Minister Ali Said on 5 May 2024" is dated (Said is a name, not "said on");
    "the agreement signed on 2 May" still dates no meeting."""
    [m] = extract_document(Document(doc="x.txt", text="Minister Jan Kowal met Minister Ali Said on 5 May 2024 in Osh.\n"))
    assert m.start == "2024-05-05"
    [m] = extract_document(Document(doc="x.txt", text=(
        "Experts met in Osh in May 2023 to review the agreement signed on 2 May 2023.\n")))
    assert m.start == "2023-05"


def test_a_dash_before_the_date_of_a_dateline() -> None:
    """real35_07: "ABU DHABI, United Arab Emirates - Thursday, November 6th 2014" dates the report
    (a "Saturday, 02.08.2025" bar of the site above it is not its stamp); "LIMA - The minister"
    stays a dateline without a date."""
    d = parse_dateline("ABU DHABI, United Arab Emirates - Thursday, November 6th 2014")
    assert (d.place, d.region, d.date) == ("ABU DHABI", "United Arab Emirates", "2014-11-06")
    assert parse_dateline("RIVERTON – 3 May 2019 – The minister met").date == "2019-05-03"
    d = parse_dateline("LIMA - The minister met")
    assert (d.place, d.date) == ("LIMA", None)


def test_a_month_in_capitals_is_a_date_only_before_its_year() -> None:
    """A heading "JULY 2022" is a month; "MAY" or "MARCH" in capitals without a year is a word."""
    rules = default_rules()
    assert [(d.text, d.first) for d in find_dates("JULY 2022 ACTIVITIES", rules)] == [("JULY 2022", "2022-07")]
    assert find_dates("POLICE MAY ARREST MORE IN MARCH", rules) == []
