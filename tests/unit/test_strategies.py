"""One table per decision of extraction: a sentence (invented people) and the strategy that
must decide the field, read from the record's trace (``extract_document(..., trace=True)``).

A wrong venue, date or type in a real text names its strategy the same way
(``parleygraph extract --trace``, then ``parleygraph evaluate --errors``)."""

from __future__ import annotations

import pytest

from parleygraph.extract.dating import DATE_PASSES
from parleygraph.extract.kinds import TYPE_STRATEGIES
from parleygraph.extract.meetings import extract_document
from parleygraph.extract.participants import ORG_FILTERS, ORG_PARTS, PERSON_PARTS
from parleygraph.extract.records import Document, Meeting
from parleygraph.extract.venue import HOST_STRATEGIES, VENUE_STRATEGIES


def _one(text: str, published: str | None = None, at: int = 0) -> Meeting:
    meetings = extract_document(Document(doc="x.txt", text=text, published=published), trace=True)
    return meetings[at]


VENUE = [
    ("Experts met in Osh on 5 May 2023.", "Osh", "named_city"),
    ("Delegates visited the Police Department of Almaty city on 5 May 2023.", "Almaty", "visited_body_city"),
    ("The delegation held talks at JICA Tokyo on 5 May 2023.", "Tokyo", "body_place"),
    ("The ministers met in the Uzbek capital on 5 May 2023.", "Tashkent", "named_capital"),
    ("A meeting was held at the headquarters of the United Nations Office on Drugs and Crime on 5 May 2023.",
     "Vienna", "host_seat"),
    ("BAKU, 21 April 2023 – The seminar was held at the Customs Academy.", "Baku", "host_dateline_city"),
    ("On 5 May 2023 the sides held consultations. The participants gathered in Tashkent.", "Tashkent", "scope_city"),
    ("The Minister paid a working visit to Kyrgyzstan on 5 May 2023 and met his counterpart.", "Bishkek",
     "visited_capital"),
    ("ASTANA, 12 March 2024 – The sides met on Monday to discuss cooperation.", "Astana", "dateline_city"),
    ("Riyadh: The GCC interior ministers met on 9 November 2022.", "Riyadh", "dateline_city"),
    ("18-19 December 2018, Vienna, Austria: A two-day training course was organized by the OSCE.", "Vienna",
     "dated_opening_city"),
    ("The summit was held on 13 July 2023 at the United Nations Office in Gigiri, Nairobi.", "Nairobi", "named_city"),
    ("A delegation took part in the 67th session of the Commission on Narcotic Drugs on 5 May 2023.", "Vienna",
     "session_seat"),
    ("The exercise was held at the Kyzyl-Bel checkpoint in the Batken region on 5 May 2023.", None,
     "place_not_a_city"),
    ("The Drug Control Agency of the Republic of Tajikistan held talks with a delegation of Iran on 5 May 2023.",
     "Dushanbe", "subject_host_seat"),
    ("The meeting was held via videoconference on 5 May 2023.", None, "none"),
    ("On 5 May 2023 Mr. Jan Kowal paid a courtesy call on the Deputy Chairman of the State Customs Committee of "
     "the Republic of Uzbekistan, Mr. Ali Valiyev.", "Tashkent", "called_on_seat"),
]


@pytest.mark.parametrize(("text", "city", "strategy"), VENUE)
def test_venue_strategy_decides(text: str, city: str | None, strategy: str) -> None:
    m = _one(text)
    assert (m.city, dict(m.trace)["venue"]) == (city, strategy)


def test_venue_strategies_are_named_once_in_order() -> None:
    names = [s.__name__ for s in VENUE_STRATEGIES]
    assert len(names) == len(set(names)) and names[:2] == ["paired_city", "named_city"] and names[-1] == "home_body_seat"
    assert [s.__name__ for s in HOST_STRATEGIES][:2] == ["premises_of_body", "hosting_body"]


def test_a_later_day_within_a_training_shares_its_place() -> None:
    text = ("The training course was held in Almaty from 4 to 8 October 2023. On 6 October the participants "
            "visited the Academy. On 7 October the participants visited the Customs Service.")
    m = _one(text, at=1)
    assert (m.start, m.city, dict(m.trace)["venue"]) == ("2023-10-07", "Almaty", "main_meeting_place")


DATES = [
    ("Experts met in Osh on 5 May 2023.", None, ("2023-05-05", "2023-05-05"), "anchor_date"),
    # a date after "said in a message on" dates the statement, not the meeting
    ("A workshop took place in Osh in November 2018, the office said in a message on Nov. 30, 2018.", None,
     ("2018-11", "2018-11"), "anchor_date"),
    ("ASTANA, 12 March 2024 – The sides met on Monday to discuss cooperation.", None,
     ("2024-03-11", "2024-03-11"), "report_day"),
    ("The experts met in Osh last Tuesday.", "2019-10-07", ("2019-10-01", "2019-10-01"), "report_day"),
    ("Last month, a delegation took part in a seminar in Osh.", "2019-04-02", ("2019-03", "2019-03"), "report_month"),
    ("A two-day seminar opened in Almaty on 4 October 2023.", None, ("2023-10-04", "2023-10-05"), "anchor_date"),
    ("The delegation held talks in Osh.", "2021-06-15", ("2021-06-15", "2021-06-15"), "stamp_day"),
    ("The report was published. It has ten chapters. Experts said that the delegation held talks in Osh.", "2021-06-15",
     ("2021-06", "2021-06"), "item_month"),
    ("The Foreign Minister met his counterpart in Baku Tuesday.", "2021-06-17", ("2021-06-15", "2021-06-15"),
     "report_day"),
]


@pytest.mark.parametrize(("text", "published", "days", "strategy"), DATES)
def test_date_strategy_decides(text: str, published: str | None, days: tuple[str, str], strategy: str) -> None:
    m = _one(text, published)
    assert ((m.start, m.end), dict(m.trace)["date"]) == (days, strategy)


def test_date_passes_run_in_their_documented_order() -> None:
    assert [p.__name__ for p in DATE_PASSES] == ["date_from_text", "split_date_places", "date_from_report_day",
                                                  "merge_dated_back_reference",
                                                  "span_of_days", "split_per_day", "fill_undated",
                                                  "future_is_planned", "back_reference_item"]


TYPES = [
    ("A regional workshop and a meeting of experts were held in Almaty on 2 May 2023.", "workshop", "anchor_words"),
    ("During his visit to Almaty on 2 May 2023, the Minister met the Governor.", "meeting", "default"),
    ("A webinar on precursors was held on 5 May 2023.", "webinar", "anchor_words"),
    # a standing body of states or ministers in session (standing_body); two ministers meeting is a meeting
    ("The Ministerial Committee of the Organ met in Durban on 18 July 2008.", "council_session", "standing_body"),
    ("The Ministers responsible for Police Affairs held their 21st Meeting on 15 October 2021 in Kinshasa.",
     "council_session", "standing_body"),
    ("The Foreign Ministers of Uzbekistan and Tajikistan held a meeting in Dushanbe on 2 May 2022.", "meeting",
     "default"),
    # a headline's visit does not make a meeting of the anchor a visit
    ("Minister visits Europol\n\nOn 2 May 2023 the Minister met the Director of Europol in The Hague.", "meeting",
     "default"),
    ("Minister visits Europol\n\nOn 2 May 2023 the Minister held talks at Europol in The Hague.", "meeting",
     "default"),
    ("The sides held talks via videoconference on 5 May 2023.", "videoconference", "anchor_words"),
]


@pytest.mark.parametrize(("text", "kind", "strategy"), TYPES)
def test_type_strategy_decides(text: str, kind: str, strategy: str) -> None:
    m = _one(text)
    assert (m.type, dict(m.trace)["type"]) == (kind, strategy)
    assert strategy == "default" or strategy in {s.__name__ for s in TYPE_STRATEGIES}


PARTS = [
    ("The meeting, chaired by Colonel Jan Kowal, was held in Almaty on 2 May 2023.", [("Jan Kowal", "chair")]),
    ("The meeting was held in Almaty on 2 May 2023 under the chairmanship of Colonel Jan Kowal.",
     [("Jan Kowal", "chair")]),
    ("The meeting was co-chaired by Colonel Jan Kowal and General Ana Lis in Almaty on 2 May 2023.",
     [("Jan Kowal", "chair"), ("Ana Lis", "chair")]),
    ("The training was delivered by experts of UNODC Mr. Jan Kowal and Ms. Ana Lis in Almaty on 2 May 2023.",
     [("Jan Kowal", "trainer"), ("Ana Lis", "trainer")]),
    ("At the meeting in Almaty on 2 May 2023, Colonel Jan Kowal made a presentation.", [("Jan Kowal", "speaker")]),
]


@pytest.mark.parametrize(("text", "parts"), PARTS)
def test_person_part_decides(text: str, parts: list[tuple[str, str]]) -> None:
    assert [(p.name, p.part) for p in _one(text).persons] == parts
    assert {s.__name__ for s in PERSON_PARTS} == {"chair_part", "trainer_part", "speaker_part"}


ORGS = [
    ("A seminar organised by the OSCE was held in Almaty on 2 May 2023.",
     [("Organization for Security and Co-operation in Europe", "organiser")]),
    ("A meeting was held at the headquarters of the United Nations Office on Drugs and Crime on 5 May 2023.",
     [("United Nations Office on Drugs and Crime", "host")]),
    # funded by, the source of the news: neither takes part
    ("The meeting in Almaty on 2 May 2023 was funded by the European Union, the Ministry of Justice said.", []),
    # a body's name that qualifies a thing, also past one word in lower case (modifier_use)
    ("The ministers met in Riga on 2 May 2023 to discuss EU foreign policy and the UN peace force.", []),
    ("The experts met in Vienna on 2 May 2023 on the 1988 UN Convention.", []),
    # a building that hosts meetings is the venue (venue_building)
    ("The experts met at the Riga Convention Centre on 2 May 2023.", []),
]


@pytest.mark.parametrize(("text", "orgs"), ORGS)
def test_org_filter_and_part_decide(text: str, orgs: list[tuple[str, str]]) -> None:
    assert [(o.name, o.part) for o in _one(text).organizations] == orgs
    assert [f.__name__ for f in ORG_FILTERS] == ["only_discussed", "news_source", "thanked_or_funder", "modifier_use",
                                                 "venue_building"]
    assert [f.__name__ for f in ORG_PARTS] == ["organised_by", "anchor_subject", "co_organiser"]


def test_a_list_after_a_participation_cue_brings_its_countries() -> None:
    text = ("The meeting of the Steering Committee was held in Lusaka on 7 March 2019. The meeting was attended "
            "by the following members:\n- Algeria (President)\n- Uganda (Vice President)\n- Gabon\nThe members "
            "reviewed the progress.")
    assert set(_one(text).countries) >= {"DZ", "UG", "GA"}


def test_a_named_gathering_opens_a_second_meeting() -> None:
    text = ("The police chiefs of the two countries met in Dhaka on 3 March 2021. The chiefs recalled the inaugural "
            "Police Chiefs' Dialogue in January 2021.")
    assert [m.start for m in extract_document(Document(doc="x.txt", text=text))] == ["2021-03-03", "2021-01"]


def test_also_met_there_is_a_meeting_of_the_place_and_days_before() -> None:
    text = ("On 13 September 2022 the Prosecutor General received a delegation in Astana. In August, the Prosecutor "
            "General took part in the meeting of the Council in Cholpon-Ata. The Prosecutor General also met there "
            "with the Prosecutor General of the Kyrgyz Republic, Mr. Jan Kowal.")
    last = extract_document(Document(doc="x.txt", text=text), trace=True)[-1]
    assert (last.start, last.city, dict(last.trace)["date"], dict(last.trace)["venue"]) == (
        "2022-08", "Cholpon-Ata", "meeting_before", "main_meeting_place")


def test_each_when_meeting_with_is_a_meeting_of_its_own() -> None:
    text = ("BEIJING, May 3, 2022 (Xinhua) -- Minister of Public Security Lan Tovik met with guests from Peru and "
            "Chile in Beijing on Tuesday.\n\nWhen meeting with Minister of Interior Karo Velez of Peru, Lan "
            "appreciated the cooperation.\n\nVelez expressed willingness to strengthen cooperation.\n\nWhen meeting "
            "with the Deputy Prosecutor General of Chile, Rufo Marquez, Lan expressed hope for cooperation.")
    got = [(m.start, m.city, [p.name for p in m.persons])
           for m in extract_document(Document(doc="x.txt", text=text))]
    assert got == [("2022-05-03", "Beijing", ["Lan Tovik"]),
                   ("2022-05-03", "Beijing", ["Karo Velez", "Lan Tovik"]),
                   ("2022-05-03", "Beijing", ["Rufo Marquez", "Lan Tovik"])]


def test_when_meeting_with_someone_already_met_tells_more_of_that_meeting() -> None:
    text = ("Minister Lan Tovik met Mr. Karo Velez in Lima on 2 May 2022. When meeting with Mr. Velez, "
            "Minister Lan praised the cooperation.")
    assert len(extract_document(Document(doc="x.txt", text=text))) == 1


def test_when_meeting_with_shares_the_place_of_an_undated_main_meeting() -> None:
    text = ("NANJING, Sept. 19 (Xinhua) -- Minister Lan Tovik met with guests from Peru and Chile.\n\n"
            "When meeting with Minister of Interior Karo Velez of Peru, Lan appreciated the cooperation.")
    got = [(m.city, dict(m.trace)["venue"]) for m in extract_document(Document(doc="x.txt", text=text), trace=True)]
    assert got == [("Nanjing", "dateline_city"), ("Nanjing", "main_meeting_place")]


def test_also_held_an_introductory_meeting_is_a_meeting_of_its_own() -> None:
    text = ("On 27 November 2024 the Minister held an introductory meeting with the Head of the EU Delegation, "
            "Jan Kowal. The Minister also held an introductory meeting with the newly appointed Ambassador of "
            "Iran, Mahmud Rafi.")
    assert [[p.name for p in m.persons] for m in extract_document(Document(doc="x.txt", text=text))] == [
        ["Jan Kowal"], ["Mahmud Rafi"]]


def test_a_call_on_someone_is_a_meeting_at_their_seat() -> None:
    text = ("Islamabad, the 28th November, 2018:\n\nA delegation of the Ministry of Internal Affairs of Kazakhstan "
            "called on the Federal Secretary, Ministry of Narcotics Control, Mr. Jan Kowal here today.")
    m = _one(text)
    assert (m.start, m.city, m.evidence.startswith("A delegation")) == ("2018-11-28", "Islamabad", True)


def test_called_on_the_parties_is_no_meeting() -> None:
    assert extract_document(Document(doc="x.txt", text="On 2 May 2023 the minister called on the parties to "
                                                       "refrain from violence.")) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The minister had a video talk on 27 April 2021 with the Head of the EU Delegation, Jan Kowal.", "videoconference"),
    ("On 2 May 2014 the Ambassador, Mr. Jan Kowal, presented his credentials to the Queen of Denmark.", "meeting"),
])
def test_video_talks_and_credentials_are_meetings(text: str, kind: str) -> None:
    assert _one(text).type == kind


def test_talks_by_telephone_are_no_meeting_but_a_dialogue_the_same_day_is() -> None:
    text = ("Tokyo, Dec. 11, 2024 (Jiji Press)--Minister Jan Kowal and Minister Ali Said held talks by telephone. "
            "Also on Wednesday, senior diplomats of the two countries held a dialogue meeting in Tokyo.")
    got = [(m.start, m.city) for m in extract_document(Document(doc="x.txt", text=text))]
    assert got == [("2024-12-11", "Tokyo")]
