"""The date grammar on sentences of the seed corpus and invented news sentences of the genre."""

from __future__ import annotations

import pytest

from parleygraph.extract.dates import DateMention, find_dates, infer_year, parse_header_date


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
])
def test_dates_parse_header_date(line: str, iso: str | None) -> None:
    assert parse_header_date(line) == iso
