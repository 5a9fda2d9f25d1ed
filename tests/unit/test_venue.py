"""Where a meeting took place: cues beyond "in <City>" in the meeting's own sentence."""

from __future__ import annotations

import pytest

from parleygraph.extract.meetings import extract_document
from parleygraph.extract.records import Document


def one(text: str):
    [m] = extract_document(Document(doc="v.txt", text=text))
    return m


def test_venue_dateline_date_is_not_the_meeting_date_and_its_city_is_the_venue():
    m = one("BISHKEK, 14 May 2021 – A regional seminar on precursor control took place from 12 to 13 May 2021. "
            "Experts of Kazakhstan and Tajikistan participated.")
    assert (m.start, m.end) == ("2021-05-12", "2021-05-13")
    assert (m.city, m.country, m.format) == ("Bishkek", "KG", "in_person")


def test_venue_dateline_in_capitals_with_agency_tag():
    m = one("DUSHANBE, 14.06.2022 /Agency/. The Director of the Drug Control Agency met on 13 June 2022 with "
            "the Ambassador of Japan.")
    assert (m.city, m.country) == ("Dushanbe", "TJ")


def test_venue_from_another_sentence_of_the_report():
    m = one("From 6 to 10 November 2023, the Centre conducted a training course for 18 officers.\n"
            "Participants gathered in Bishkek, while trainers connected online.")
    assert (m.city, m.format) == ("Bishkek", "hybrid")


def test_venue_study_visit_to_a_city():
    m = one("On 5 February 2019 a delegation of customs officials took part in a study visit to Riga, Latvia.")
    assert (m.city, m.country) == ("Riga", "LV")


def test_venue_region_is_not_a_city_and_online_has_no_venue():
    m = one("On 3 March 2021 the sides held a videoconference on seizures in Almaty region.")
    assert (m.city, m.format) == (None, "online")
    m = one("On 3 March 2021 officials met to discuss seizures in Almaty region.")
    assert m.city is None


def test_countries_of_the_bodies_that_took_part_are_participants_topics_are_not():
    m = one("On 4 April 2024 a workshop was held in Astana. More than 40 specialists of drug control units of "
            "Kazakhstan, Kyrgyzstan and Tajikistan participated and discussed drug trafficking from Afghanistan "
            "and Iran.")
    assert set(m.countries) == {"KZ", "KG", "TJ"}


def test_reception_is_a_meeting_and_its_date_is_the_meeting_date():
    m = one("On 15 November 2023, the Director received at the Centre's headquarters a delegation of the "
            "State Border Service of Ruritania.\nThe sides exchanged views on the drug situation.")
    assert (m.type, m.start, m.end) == ("meeting", "2023-11-15", "2023-11-15")


def test_meeting_on_the_margins_takes_the_setting_venue_not_its_type():
    ms = extract_document(Document(doc="m.txt", text=(
        "A regional workshop on precursors took place in Astana from 11 to 12 March 2024.\n"
        "On the margins of the workshop, on 11 March, Mr. Jon Ekberg met with the Deputy Minister of "
        "Internal Affairs of Kazakhstan.")))
    assert [(m.type, m.start, m.city) for m in ms] == [
        ("workshop", "2024-03-11", "Astana"), ("meeting", "2024-03-11", "Astana")]


def test_future_organise_is_planned():
    m = one("In December 2019 the Programme will organise its annual regional conference in Dushanbe.")
    assert (m.status, m.start) == ("planned", "2019-12")


def test_demonyms_of_agents_are_participants_demonyms_of_things_and_topics_are_not():
    m = one("On 14 April 2021 the Kazakh border guards took part in a meeting of the Council in Moscow "
            "under the 2021 Polish OSCE Chairpersonship, and the Uzbek side informed about the Conference on "
            "Afghanistan and about Afghan opiates.")
    assert set(m.countries) == {"KZ", "PL", "UZ"}


def test_subjects_of_organising_verbs_are_organisers():
    m = one("From 6 to 10 November 2023, the Centre for Border Studies together with the Border Agency "
            "of Ruritania conducted a training course in Bishkek.")
    assert "Centre for Border Studies" in m.organizers


def test_partners_of_organisers_are_organisers():
    m = one("From 6 to 10 November 2023, the Centre for Border Studies together with the Border Agency "
            "of Ruritania funded by the European Union conducted a training course in Bishkek.")
    assert set(m.organizers) >= {"Centre for Border Studies", "Border Agency of Ruritania"}
    assert "European Union" not in m.organizers
    m = one("A workshop took place in Astana from 11 to 12 March 2024. It was organized by the Centre for "
            "Border Studies in partnership with the Ministry of Internal Affairs of the Republic of Kazakhstan.")
    assert set(m.organizers) == {"Centre for Border Studies", "Ministry of Internal Affairs of the Republic of Kazakhstan"}


def test_an_operation_reported_at_a_session_is_not_a_meeting_and_the_same_place_is_inherited():
    ms = extract_document(Document(doc="c.txt", text=(
        "On 20 September 2018 in Minsk the regular session of the Coordination Council took place.\n"
        "The Council summed up the results of the anti-drug operation which was conducted from 4 to 8 June "
        "2018 on the territories of the member states.\n"
        "On 19 September, on the eve of the session, a meeting of the working group of experts was held in "
        "the same place.")))
    assert [(m.start, m.city) for m in ms] == [("2018-09-20", "Minsk"), ("2018-09-19", "Minsk")]


def test_earlier_gathering_owns_the_sentences_that_describe_it_and_a_city_can_host():
    ms = extract_document(Document(doc="e.txt", text=(
        "On 5 November 2021 the Minister met the Ambassador of Ruritania in Bishkek.\n"
        "Earlier, on October 21-22, Cholpon-Ata hosted a regional seminar on money laundering. "
        "Experts from Kazakhstan, Russia and China took part in the seminar.")))
    assert [(m.type, m.start, m.city) for m in ms] == [
        ("meeting", "2021-11-05", "Bishkek"), ("seminar", "2021-10-21", "Cholpon-Ata")]
    assert set(ms[1].countries) >= {"KZ", "RU", "CN"} and not {"RU", "CN"} & set(ms[0].countries)


def test_one_day_of_a_visit_is_part_of_it_and_plans_without_date_are_not_meetings():
    ms = extract_document(Document(doc="v.txt", text=(
        "A delegation of the Border Agency of Ruritania paid a working visit to Kyrgyzstan on March 1-2, 2021.\n"
        "On March 2, the delegation visited the Police Academy in Bishkek.\n"
        "The results of the operation will be presented to the Council.")))
    assert [(m.type, m.start, m.end) for m in ms] == [("visit", "2021-03-01", "2021-03-02")]


def test_a_policy_course_is_not_a_training():
    assert extract_document(Document(doc="p.txt", text=(
        "In accordance with its foreign policy course, Ruritania develops cooperation with the "
        "United Nations."))) == []


def test_the_source_of_the_news_is_not_a_participant():
    m = one("The heads of the drug control services of Ruritania and Kazakhstan met in Bishkek on "
            "2 March 2022, the Ministry of Internal Affairs of the Kyrgyz Republic said.")
    assert "Ministry of Internal Affairs of the Kyrgyz Republic" not in {o.name for o in m.organizations}


def test_the_city_in_the_name_of_the_body_visited_and_a_plan_owns_its_future_sentences():
    m = one("The day before, on 12 October 2022, the Uzbek guests visited the Police Department of Almaty city.")
    assert (m.city, m.country) == ("Almaty", "KZ") and "UZ" in m.countries
    ms = extract_document(Document(doc="p.txt", text=(
        "On 11 April 2022 the Ministry of Foreign Affairs of Ruritania hosted a meeting in Ashgabat.\n"
        "On 13-14 April, the Customs Service will hold a training course on risk analysis. "
        "The course will be conducted by experts from Georgia and Lithuania.")))
    assert ms[1].status == "planned" and set(ms[1].countries) >= {"GE", "LT"}


def test_video_link_visited_city_hyphenated_names_and_premises_under_a_dateline():
    m = one("BAKU, April 21. The Customs Service held a meeting via video link on 20 April 2023 with partners.")
    assert (m.format, m.city) == ("online", None)
    m = one("On 3 May 2023 the delegation visited Bishkek and met the Minister.")
    assert m.city == "Bishkek"
    m = one("On 3 May 2023 the officers met at the Kyzyl-Bel checkpoint.")
    assert m.city is None
    m = one("Baku, April 21. A seminar on risk profiling was held on 20 April 2023 at the Customs Academy.")
    assert (m.city, m.country) == ("Baku", "AZ")


def test_the_day_before_and_meetings_on_the_margins_without_a_date_of_their_own():
    ms = extract_document(Document(doc="d.txt", text=(
        "On 13 October 2022, the Deputy Minister met with the delegation of Ruritania in Astana.\n"
        "The day before, the guests visited the Police Department of Almaty city.")))
    assert [(m.start, m.date_inferred) for m in ms] == [("2022-10-13", False), ("2022-10-12", True)]
    ms = extract_document(Document(doc="c.txt", text=(
        "The regional conference took place in Tashkent on 5-6 May 2019.\n"
        "On the margins of the conference, the Director met with the Secretary-General of the Agency of Ruritania.")))
    assert [(m.type, m.start, m.end, m.city) for m in ms] == [
        ("conference", "2019-05-05", "2019-05-06", "Tashkent"), ("meeting", "2019-05-05", "2019-05-06", "Tashkent")]


def test_reception_host_modifier_mentions_and_agreed_plans():
    m = one("On 5 March 2021, Director of the State Border Guard of Latvia Jon Ekberg received a delegation "
            "of the State Customs Service of Turkmenistan in Ashgabat. They discussed the EU approach to "
            "new substances and the results of EU-funded projects.")
    assert "State Border Guard of the Republic of Latvia" in m.organizers
    assert "European Union" not in {o.name for o in m.organizations}
    ms = extract_document(Document(doc="a.txt", text=(
        "On 21 April 2023 the customs services of Ruritania and Iran met in Baku.\n"
        "The parties agreed to set up a working group and to hold its first meeting in Tabriz in June 2023.")))
    assert [m.status for m in ms] == ["held", "planned"]


def test_facilitated_by_and_at_the_invitation_of_are_organisers():
    m = one("On 3 May 2019 a regional meeting on precursors, facilitated by the Customs Academy of Latvia, "
            "was held in Tashkent at the invitation of the State Customs Committee of Uzbekistan.")
    assert set(m.organizers) == {"Customs Academy of the Republic of Latvia",
                                 "State Customs Committee of the Republic of Uzbekistan"}


def test_a_visit_to_a_country_is_in_its_capital_unless_online():
    m = one("A delegation of the Border Agency of Latvia paid a working visit to Kyrgyzstan on 1-2 March 2021.")
    assert (m.city, m.country, m.format) == ("Bishkek", "KG", "in_person")
    m = one("On 2 March 2021 the officials held a videoconference on a planned visit to Kyrgyzstan.")
    assert (m.city, m.format) == (None, "online")


def test_a_year_left_out_comes_from_the_document_when_nothing_closer_gives_it():
    ms = extract_document(Document(doc="y.txt", text=(
        "The Agency reports on its work in 2021.\n"
        "From 1 January to 30 June 2021 the Agency seized 2 tons of drugs.\n"
        "On March 5, the Director met with the Ambassador of Latvia in Dushanbe.")))
    assert [(m.start, m.date_inferred) for m in ms] == [("2021-03-05", True)]


def test_a_report_whose_lead_has_no_date_takes_the_first_day_of_its_other_sentences():
    ms = extract_document(Document(doc="l.txt", text=(
        "The Director of the Agency met with the Ambassador of Latvia in Dushanbe.\n"
        "The meeting took place on 9 April 2021 and focused on border security.\n"
        "The next meeting will be held on 5 May 2021.")))
    assert [(m.start, m.status, m.date_inferred) for m in ms] == [
        ("2021-04-09", "held", False), ("2021-05-05", "planned", False)]


def test_chair_named_after_his_title_speakers_and_partly_online():
    m = one("On 3 June 2021 the meeting of the Council was held in Minsk. The meeting was chaired by the Head "
            "of the Centre, Colonel General Ivan Petrovsky, and Ms. Anna Kask made a presentation. "
            "Experts of Latvia joined it online.")
    assert m.chairs == ("Ivan Petrovsky",) and m.format == "hybrid"
    assert {p.name: p.part for p in m.persons} == {"Ivan Petrovsky": "chair", "Anna Kask": "speaker"}


def test_thanked_and_funding_bodies_and_the_country_of_an_untitled_ministry():
    m = one("On 10 May 2019 a training course on precursors was held in Kabul. The Pakistani side was "
            "represented by Deputy Minister of Interior Omar Rashidi, who thanked UNODC and the Government "
            "of Japan, which funds the project.")
    names = {o.name for o in m.organizations}
    assert "United Nations Office on Drugs and Crime" not in names and not any("Japan" in n for n in names)
    assert "JP" not in m.countries


def test_received_by_and_at_the_initiative_of_make_hosts():
    m = one("On 12 October 2022 the guests were received by the Director of the State Border Guard of "
            "Latvia, Colonel Jon Ekberg, in Riga.")
    assert m.organizers == ("State Border Guard of the Republic of Latvia",)
    m = one("On 12 October 2022 a seminar was held in Riga at the initiative of the State Border Guard of Latvia.")
    assert m.organizers == ("State Border Guard of the Republic of Latvia",)


def test_reception_at_a_headquarters_is_at_the_seat_of_the_host():
    m = one("On June 14, 2022, the Director of the Executive Committee of the Regional Anti-Terrorist Structure "
            "of the Shanghai Cooperation Organisation, Mr. Jon Ekberg, received at the headquarters the "
            "Ambassador of Latvia.")
    assert (m.city, m.country, m.format) == ("Tashkent", "UZ", "in_person")


def test_a_dated_sentence_that_refers_back_dates_the_main_report():
    ms = extract_document(Document(doc="b.txt", text=(
        "A meeting was held at the Ministry of Internal Affairs of Azerbaijan with a delegation of Latvia.\n"
        "The guests were received on November 2, 2021 by the Head of the Department.")))
    assert [(m.start, m.date_inferred) for m in ms] == [("2021-11-02", False)]


def test_pairs_of_demonyms_and_the_country_of_a_ministry_page():
    m = one("The next meeting of the Kyrgyz-Russian working group will be held in Moscow in June 2021.")
    assert set(m.countries) == {"KG", "RU"}
    ms = extract_document(Document(doc="mia.txt", text=(
        "Ministry of Internal Affairs of the Republic of Kazakhstan\n\nFebruary 14, 2025\n\n"
        "The Deputy Minister of Internal Affairs, Police Colonel Jon Ekberg, met with a delegation of "
        "Latvia on 14 February 2025.")))
    assert "KZ" in ms[0].countries
    assert any(o.name == "Ministry of Internal Affairs of the Republic of Kazakhstan" for o in ms[0].organizations)


def test_a_minister_named_only_by_title_brings_his_ministry():
    ms = extract_document(Document(doc="mia.txt", text=(
        "Ministry of Internal Affairs of the Republic of Kazakhstan\n\nFebruary 14, 2025\n\n"
        "The Deputy Minister of Internal Affairs met with a delegation of Latvia on 14 February 2025.")))
    assert [(o.name, o.country) for o in ms[0].organizations] == [
        ("Ministry of Internal Affairs of the Republic of Kazakhstan", "KZ")]
    assert set(ms[0].countries) == {"KZ", "LV"}


def test_more_venue_cues_relative_days_and_the_course_referred_back():
    m = one("On June 11, 2021 the sides held a working meeting. The meeting was held in the town of Kara-Balta.")
    assert m.city == "Kara-Balta"
    m = one("On 12 April 2018 a delegation of the Ministry of Internal Affairs of Turkmenistan visited TADOC.")
    assert (m.city, m.country) == ("Ankara", "TR")
    ms = extract_document(Document(doc="o.txt", text=(
        "DUSHANBE, 28 September 2018 – A course on financial investigations concluded today at the Academy.\n"
        "The course, which took place from 24 to 28 September 2018, was organized by the Office.")))
    assert [(m.type, m.start, m.end, m.city) for m in ms] == [("training", "2018-09-24", "2018-09-28", "Dushanbe")]
    ms = extract_document(Document(doc="x.txt", text=(
        "Xinhua | 2019-07-08 20:14\n\nOfficials from China and Kazakhstan on Monday pledged closer "
        "cooperation at a seminar in Almaty.")))
    assert [(m.start, m.date_inferred) for m in ms] == [("2019-07-08", True)]


def test_the_page_body_named_short_and_a_pair_of_demonyms_before_a_qualified_gathering():
    ms = extract_document(Document(doc="tm.txt", text=(
        "State Customs Service of Turkmenistan\n\n12 March 2019\n\n"
        "On 11 March 2019 officers of the State Customs Service took part in a seminar in Ashgabat.\n\n"
        "Turkmen-Iranian customs consultations will be held in Mashhad on 5 April 2019.")))
    assert "TM" in ms[0].countries
    assert {"TM", "IR"} <= set(ms[1].countries)


def test_yesterday_at_the_start_of_a_sentence():
    m = one("Ashgabat, 19 May 2021. Yesterday, the Deputy Chairman of the Customs Service met with the Head "
            "of the OSCE Centre in Ashgabat.")
    assert (m.start, m.date_inferred) == ("2021-05-18", True)


def test_the_hague_and_a_body_that_was_visited():
    m = one("From May 15 to 17, 2018 the analyst took part in a conference organized by Europol in The Hague.")
    assert (m.city, m.country) == ("The Hague", "NL")
    m = one("On 30 May 2018, CARICC was visited by a delegation of the Drug Control Headquarters of Iran.")
    assert (m.city, m.country) == ("Almaty", "KZ")


def test_setting_up_a_body_is_not_a_gathering():
    ms = extract_document(Document(doc="s.txt", text=(
        "Uzbekistan and Afghanistan have agreed to create a joint working group on drug trafficking.\n"
        "The agreement was reached on 14 May 2021 in Termez at the talks between the two ministries.")))
    assert [(m.type, m.start, m.city) for m in ms] == [("meeting", "2021-05-14", "Termez")]


def test_venue_a_body_s_own_news_happened_at_its_seat_its_masthead_gives_country():
    # a masthead of a country line and a body: the body's capital, when nothing says where
    text = ("Republic of Ruritania\nState Drug Control Service\n\n12 May 2022\n\n"
            "On 10 May 2022, the Director of the Service received the Ambassador of Japan, Mr. Taro Ikeda.\n")
    [m] = extract_document(Document(doc="h.txt", text=text.replace("Republic of Ruritania", "Islamic Republic of Afghanistan")))
    assert (m.city, m.country, m.format) == ("Kabul", "AF", "in_person")
    # no masthead: no venue is invented
    [m] = extract_document(Document(doc="h.txt", text=text.split("\n\n", 1)[1]))
    assert m.city is None


def test_venue_an_embassy_s_page_is_not_in_its_capital():
    text = ("U.S. Embassy\nPress releases\n\n12 May 2022\n\n"
            "On 10 May 2022, the Deputy Chief of Mission met with the Director of the Drug Control Agency.\n")
    [m] = extract_document(Document(doc="e.txt", text=text))
    assert m.city is None


def test_venue_capital_of_kazakhstan_is_named_as_today():
    text = ("Ministry of Internal Affairs of the Republic of Kazakhstan\n\n12 May 2022\n\n"
            "On 10 May 2022, the Minister received the Ambassador of Japan, Mr. Taro Ikeda.\n")
    [m] = extract_document(Document(doc="k.txt", text=text))
    assert (m.city, m.country) == ("Astana", "KZ")


def test_venue_a_second_meeting_of_a_trip_is_where_the_trip_went():
    text = ("National Drug Control Centre of the Republic of Uzbekistan\n\n26 February 2021\n\nWorking visit\n\n"
            "From 22 to 24 February, a delegation of the Centre paid a working visit to Dushanbe. The delegation "
            "held talks with the leadership of the Drug Control Agency.\n\n"
            "The parties signed a plan of joint activities for 2021-2022.\n\n"
            "On February 23, the delegation also met with the Head of the OSCE Programme Office, Mr. Karl BERG, "
            "to discuss a joint training programme.\n")
    ms = extract_document(Document(doc="t.txt", text=text))
    assert [(m.start, m.city) for m in ms] == [("2021-02-22", "Dushanbe"), ("2021-02-23", "Dushanbe")]


def test_venue_in_the_border_town_of_and_in_a_later_sentence_of_a_second_meeting():
    m = one("On 3 March 2021 officials of the two services met in the border town of Khorog.")
    assert m.city == "Khorog"
    ms = extract_document(Document(doc="b.txt", text=(
        "On 2 June 2021, the Ministry held a seminar on synthetic drugs in Bishkek.\n"
        "On 11 June 2021, the Head of the Office held a working meeting with a delegation of the Police "
        "Department of Zhambyl Region. The meeting was held in the town of Kara-Balta.")))
    assert [m.city for m in ms] == ["Bishkek", "Kara-Balta"]


def test_webinar_joined_online_is_online_not_hybrid():
    m = one("On 6 May 2021, officers of the Customs Control Department took part online in the webinar of the "
            "World Customs Organization on risk management.")
    assert (m.type, m.format, m.city) == ("webinar", "online", None)


def test_venue_a_city_named_in_the_premises_after_at_the_of():
    m = one("On 13-14 April 2022, the OSCE Centre will hold a training course for customs officers at the customs "
            "post of the Turkmenbashi International Seaport.")
    assert (m.city, m.country, m.status) == ("Turkmenbashi", "TM", "planned")


def test_venue_a_country_office_sits_in_that_country_and_a_city_after_at_body():
    m = one("On 12 December 2018, participants presented their action plans at a follow-up seminar at the "
            "JICA Uzbekistan Office.")
    assert (m.city, m.country) == ("Tashkent", "UZ")
    m = one("On 12 November 2018, a training course for customs officers opened at JICA Tokyo.")
    assert (m.city, m.country) == ("Tokyo", "JP")


def test_venue_the_organiser_s_name_says_where_it_sits():
    m = one("On 10-12 February 2020, the OSCE Academy in Bishkek, in partnership with the Geneva Centre for "
            "Security Sector Governance (DCAF), conducted a three-day workshop for young officers.")
    assert (m.city, m.country, m.format) == ("Bishkek", "KG", "in_person")


def test_venue_the_page_s_body_hosts_a_planned_meeting_at_its_seat():
    text = ("OSCE Academy in Bishkek - News\n\nPosted on 14 February 2020\n\n"
            "The Academy will host a round table on border security on 26 March.\n")
    [m] = extract_document(Document(doc="a.txt", text=text))
    assert (m.status, m.start, m.city) == ("planned", "2020-03-26", "Bishkek")


def test_venue_a_planned_visit_to_a_national_body_is_in_its_capital():
    [m] = extract_document(Document(doc="p.txt", text=(
        "BelTA\n\n14 May 2019\n\nOn 16 May, the delegation will visit the State Forensic Examination Committee "
        "of the Republic of Belarus.\n")))
    assert (m.status, m.city, m.country) == ("planned", "Minsk", "BY")


def test_dates_last_weekday_counts_back_from_an_author_byline_date():
    text = ("Eurasianet\n\nDrug warriors look east\n\nJane Doe Oct 7, 2019\n\n"
            "Officials from Central Asia gathered in Dushanbe last Tuesday for a one-day conference on precursors.\n")
    [m] = extract_document(Document(doc="b.txt", text=text))
    assert (m.start, m.end, m.city, m.date_inferred) == ("2019-10-01", "2019-10-01", "Dushanbe", True)


def test_venue_where_a_guest_works_is_not_where_they_met():
    text = ("Ruritanian Drug Centre\n\n6 December 2017\n\n"
            "On 5 December 2017, the Director received in his office Mr. Hans Berger, liaison officer of the "
            "Federal Police of Germany at the German Embassy in Tashkent.\n")
    [m] = extract_document(Document(doc="g.txt", text=text))
    assert m.city != "Tashkent"
    # the apposition ends at its comma: the city after it is the venue
    m = one("Mr. Ivan Doe, Director, met with Mr. Karl Berg, Rector of the Police Academy of Ruritania, in Almaty "
            "on 13 December 2023.")
    assert m.city == "Almaty"


def test_venue_a_course_held_by_an_office_in_a_city_is_there():
    m = one("A follow-up course for trainers will be held by the Office in Kulob in November 2018.")
    assert (m.status, m.city) == ("planned", "Kulob")


def test_venue_the_premises_of_the_page_s_body_and_no_capital_for_a_checkpoint():
    text = ("Ministry of Internal Affairs of the Republic of Tajikistan\n\n21/09/2023\n\n"
            "On 20 September, the Minister met with the Ambassador of China, Mr. Li Wei, in the central apparatus "
            "of the Ministry.\n\nThe Minister informed the Ambassador about the working visit of the Ministry's "
            "delegation to Astana.\n")
    [m] = extract_document(Document(doc="p.txt", text=text))
    assert (m.city, m.country) == ("Dushanbe", "TJ")
    text = ("State Border Service of the Kyrgyz Republic\n\n2023-08-18 09:41\n\n"
            "On August 16-17, a working meeting of the border representatives took place at the Kyzyl-Bel "
            "checkpoint in the Batken region.\n")
    [m] = extract_document(Document(doc="c.txt", text=text))
    assert (m.city, m.format) == (None, "in_person")


def test_venue_a_border_city_after_a_demonym_and_a_plan_s_place_in_its_next_sentence():
    m = one("On October 28-29, 2023, experts of the two agencies held consultations in the Azerbaijani border "
            "city of Astara.")
    assert (m.city, m.country) == ("Astara", "AZ")
    [m] = extract_document(Document(doc="f.txt", text=(
        "On 20-21 September 2022, the Academy will host an international seminar on financial investigations. "
        "The seminar will be held at the Academy's campus in Almaty.")))
    assert (m.status, m.city) == ("planned", "Almaty")


def test_venue_the_demonym_capital_and_a_country_office_masthead():
    m = one("Officials of the two services met in the Uzbek capital on November 14-15, 2023.")
    assert (m.city, m.country) == ("Tashkent", "UZ")
    text = ("UNODC Programme Office in Tajikistan\n\n12 March 2024\n\n"
            "On 11 March 2024, the Office convened the regular meeting of the Inter-Agency Working Group.\n")
    [m] = extract_document(Document(doc="u.txt", text=text))
    assert (m.city, m.country) == ("Dushanbe", "TJ")


def test_dates_a_plan_s_missing_year_is_the_next_one_from_its_report():
    text = ("24.kg\n\n14 June 2022\n\nThe sides met in Bishkek on 13 June 2022. "
            "The next meeting is scheduled for March in Khujand.\n")
    ms = extract_document(Document(doc="y.txt", text=text))
    assert [(m.status, m.start) for m in ms] == [("held", "2022-06-13"), ("planned", "2023-03")]


def test_venue_a_national_body_that_holds_its_own_meeting_is_at_its_seat():
    # the body opens the sentence (after a date, or with its head in apposition) as the subject
    assert one("On 5 May 2021, the State Customs Committee of Uzbekistan organised a seminar for "
               "customs officers.").city == "Tashkent"
    assert one("The Director of the Drug Control Agency of Tajikistan, Colonel Ivan Doe, held talks with "
               "the Ambassador of Japan on 5 May 2021.").city == "Dushanbe"
    # a delegation of the body travelled: nothing says where
    assert one("A delegation of the Drug Control Agency of Tajikistan held talks with the Ambassador of "
               "Japan on 5 May 2021.").city is None
    # a place named elsewhere in the sentence wins
    assert one("The Ministry of Internal Affairs of the Kyrgyz Republic held a seminar in Osh on "
               "5 May 2021.").city == "Osh"


def _all(text: str):
    return extract_document(Document(doc="v.txt", text=text))


def test_dates_relative_days_date_a_second_meeting_and_the_lead_of_a_report():
    text = ("Ruritania trains regional police officers\n\nJane Doe   |14.10.2022 - Update : 14.10.2022\n\n"
            "ANKARA\n\nThe course, held on Oct. 3-14 at the Police Academy in Ankara, was organized by the "
            "Narcotics Department of the Ministry of Interior of Turkey.\n\n"
            "Deputy Interior Minister Ivan Doe met the heads of the five delegations at the ministry on Wednesday.\n")
    course, talks = _all(text)
    assert (course.start, course.end, course.city) == ("2022-10-03", "2022-10-14", "Ankara")
    # "on Wednesday" before the report's Friday; held while the course went on, where it went on
    assert (talks.start, talks.city) == ("2022-10-12", "Ankara")
    m = one("Uzbekistan and Pakistan agree to step up cooperation\n\nStaff Reporter  Published February 14, 2023\n\n"
            "ISLAMABAD: Pakistan and Uzbekistan on Monday agreed to enhance cooperation against drug trafficking.\n\n"
            "The understanding was reached at a meeting between the Federal Minister for Narcotics Control "
            "Ivan Doe and a visiting delegation of Uzbekistan's Ministry of Internal Affairs.\n")
    # the lead's "on Monday" dates the meeting; "ISLAMABAD:" is a dateline
    assert (m.start, m.city) == ("2023-02-13", "Islamabad")


def test_meetings_in_the_course_of_an_operation_is_no_training_and_plans_in_reported_speech():
    ms = _all("From 15 September to 5 October 2014 the agencies of the region conducted the operation "
              "\"Barrier-2014\". In the course of the operation 1.3 tons of drugs were seized.")
    assert [m.type for m in ms] == []
    ms = _all("Drug control services of Kyrgyzstan and Uzbekistan met on 10 September 2019 in Andijan. "
              "The parties agreed to meet again in Osh in November.")
    assert [(m.city, m.status) for m in ms] == [("Andijan", "held"), ("Osh", "planned")]


def test_venue_premises_after_a_guest_s_apposition_and_a_known_body_s_headquarters():
    m = one("On 12 February 2023 the delegation called on the Director General of the Anti-Narcotics Force, "
            "Maj Gen Ivan Doe, at the ANF headquarters in Rawalpindi and held talks.")
    assert m.city == "Rawalpindi"
    m = one("On 1 March 2019, WCO Secretary General Dr. Ivan Doe welcomed Mr. Petr Roe, Chairman of the "
            "State Customs Committee of the Republic of Uzbekistan, at WCO Headquarters.")
    assert (m.city, m.country) == ("Brussels", "BE")


def test_venue_a_visit_s_country_before_the_release_s_dateline_and_an_opening_in_city():
    m = one("Vienna, 27 February 2020 - The Board has stepped up its work with Central Asia.\n\n"
            "From 10 to 14 February 2020, a mission of the Board led by Mr. Ivan Doe visited Turkmenistan. "
            "The mission held consultations with the State Customs Service of Turkmenistan.\n")
    assert (m.city, m.country) == ("Ashgabat", "TM")
    m = one("From 10 to 14 February 2020, a mission of the Board visited the region. "
            "In Osh, the mission held consultations with the regional police.")
    assert m.city == "Osh"
    m = one("On 13 November 2023, the Senate held a round table on synthetic drugs. Representatives of "
            "the Ministry of Health attended the event in Astana, while regional officers joined online.")
    assert (m.city, m.format) == ("Astana", "hybrid")


def test_dates_last_month_the_same_day_and_a_named_gathering_held_by_a_short_name():
    ms = _all("Uzbekistan steps up drug control\n\n02.04.2019\n\n"
              "The Director of the Centre met the Ambassador of Japan in Tashkent on 1 April 2019.\n\n"
              "Last month, an Uzbek delegation took part in the 62nd session of the Commission on Narcotic "
              "Drugs in Vienna.\n")
    assert [(m.start, m.city) for m in ms] == [("2019-04-01", "Tashkent"), ("2019-03", "Vienna")]
    ms = _all("On 14 March 2023 the Director of the Centre met the Minister of Internal Affairs of Azerbaijan "
              "in Baku. The same day, the delegation visited the Main Department for Combating Drug "
              "Trafficking, where they met with its head, Police Major General Ivan Doe.")
    assert [m.start for m in ms] == ["2023-03-14", "2023-03-14"]
    ms = _all("Tajikistan and Kyrgyzstan to hold joint operations\n\n05.06.2021\n\n"
              "The agreement was reached on Friday at a meeting of the Director of the Agency, Major General "
              "Ivan Doe, with a delegation of the Kyrgyz police.\n\n"
              "On June 1, the Agency held an online seminar on the darknet for its regional officers.\n")
    # the anchor's own "on Friday" beats a day of a later report; the seminar is a meeting of its own
    assert [(m.start, m.format) for m in ms] == [("2021-06-04", None), ("2021-06-01", "online")]


def test_dates_two_relative_days_a_section_stamp_and_a_statement_s_day_is_not_the_meeting_s():
    ms = _all("Ruritania hosts police chiefs\n\nAgencies\n2 Mar 2023\n\n"
              "Turkey has hosted a two-day meeting of the heads of counter-narcotics departments of "
              "Central Asian countries in the Mediterranean city of Antalya.\n\n"
              "The meeting, which was held on Wednesday and Thursday by the General Directorate of "
              "Security, brought together delegations from Kazakhstan and Kyrgyzstan.\n")
    assert [(m.start, m.end, m.city) for m in ms] == [("2023-03-01", "2023-03-02", "Antalya")]
    m = one("The Times\n\nMinister receives guest\n\n14.06.2019 17:05 | Politics\n\n"
            "The Minister of Internal Affairs of Uzbekistan on 13 June received the Regional "
            "Representative of UNODC in Tashkent.\n")
    assert m.start == "2019-06-13"
    ms = _all("Police agree on meetings\n\nDaryo | September 7, 2024 at 18:40\n\n"
              "Drug control officers of Uzbekistan and Tajikistan met in Termez this week, the press "
              "service of the Ministry of Internal Affairs of Uzbekistan said on Saturday.\n\n"
              "During the talks on September 5, the Uzbek side was represented by Police Colonel Ivan Doe.\n")
    assert [m.start for m in ms] == ["2024-09-05"]


def test_venue_from_a_city_where_it_was_attended_and_a_visit_to_a_known_body():
    m = one("Separately, a team returned on Tuesday, 15 October 2024, from Dushanbe, where it had attended a "
            "regional training course on drug detection dogs.")
    assert m.city == "Dushanbe"
    m = one("A study visit of experts from Uzbekistan and the Kyrgyz Republic to the EUDA is planned "
            "for March 2025.")
    assert (m.city, m.status) == ("Lisbon", "planned")


def test_format_online_trade_is_no_online_meeting_and_a_closing_day_ends_a_span():
    m = one("Kazakhstan, Uzbekistan join forces against online drug shops\n\n2021-06-14\n\n"
            "TASHKENT -- Police have agreed to exchange data on online shops that sell drugs.\n\n"
            "The agreement was reached last Tuesday in Tashkent at a meeting between a delegation of "
            "the Kazakh Interior Ministry and officers of the Uzbek Interior Ministry.\n")
    assert (m.start, m.city, m.format) == ("2021-06-08", "Tashkent", "in_person")
    m = one("ASHGABAT, 12 May 2016 – A three-day training course on drug precursors, organized by the "
            "OSCE Centre in Ashgabat, concluded today in Turkmenbashi.")
    assert (m.start, m.end, m.city) == ("2016-05-10", "2016-05-12", "Turkmenbashi")


def test_venue_a_visit_s_country_over_a_headline_city_of_another_country_and_plans_scheduled_for():
    m = one("Media Note\nWashington, DC\nMay 19, 2017\n\n"
            "During his visit to Tajikistan on May 15, the Acting Assistant Secretary met with the "
            "Director of the Drug Control Agency of Tajikistan.\n")
    assert (m.city, m.country) == ("Dushanbe", "TJ")
    ms = _all("On 22-24 November 2011 a regional seminar was held in Almaty. The next meeting of the "
              "Council is scheduled for 14-15 December 2011 in Bishkek.")
    assert [(m.city, m.status) for m in ms] == [("Almaty", "held"), ("Bishkek", "planned")]


def test_venue_a_town_after_two_qualifiers_and_the_session_of_a_standing_body():
    m = one("The talks took place on January 23, 2024 in the northern Afghan city of Kunduz, according "
            "to a statement.")
    assert (m.city, m.country) == ("Kunduz", "AF")
    m = one("In March 2024 the delegation of Turkmenistan took part in the 67th session of the Commission "
            "on Narcotic Drugs.")
    assert (m.city, m.country) == ("Vienna", "AT")
    # a session some joined from afar names no venue
    m = one("In March 2021 the delegation took part in the 64th session of the Commission on Narcotic "
            "Drugs. Some delegates took part online.")
    assert m.city is None


def test_a_city_state_named_as_the_venue_is_its_city() -> None:
    """real35_07: "the INTERPOL General Assembly meeting, which opened in Monaco on Monday November
    3" is in Monaco (a city-state's name is read as the country); "visit to Singapore" is too,
    "Guatemala" (a country with a city of another name) is not a city by this rule."""
    from parleygraph.extract.meetings import extract_document
    from parleygraph.extract.records import Document

    [m] = extract_document(Document(doc="x.txt", text=(
        "The Ministry took part in the General Assembly meeting, which opened in Monaco on Monday "
        "November 3, 2014.\n")))
    assert (m.city, m.country) == ("Monaco", "MC")
    [m] = extract_document(Document(doc="x.txt", text="The Minister paid a visit to Singapore on 3 May 2023 and met officials.\n"))
    assert m.city == "Singapore"


def test_venue_a_high_commission_is_not_in_its_country_s_capital():
    """A high commission, like an embassy, sits abroad: a meeting held at a country's high
    commission, or reported on a high commission's page, is not in that country's capital."""
    text = ("Zenda High Commission, London\n\n12 May 2022\n\n"
            "On 10 May 2022, the High Commissioner attended the Council meeting held at the Canadian "
            "High Commission.\n\n"
            "On 11 May 2022, the High Commissioner met with the Foreign Minister of Cyprus.\n")
    ms = extract_document(Document(doc="h.txt", text=text))
    assert [m.start for m in ms] == ["2022-05-10", "2022-05-11"]
    assert all(m.city not in ("Ottawa", "Nicosia") for m in ms)


def test_venue_a_high_commission_for_a_purpose_is_a_body_at_home():
    """Review case: "High Commission for Planning" names a national body, not a mission abroad."""
    text = ("The Moroccan High Commission for Planning hosted a meeting with a delegation of the World "
            "Bank on 3 May 2023.")
    [m] = extract_document(Document(doc="p.txt", text=text))
    assert m.city == "Rabat"


@pytest.mark.parametrize("country, city", [("El Salvador", "Salvador"), ("New Caledonia", "Caledonia")])
def test_venue_a_country_s_name_holds_no_city(country: str, city: str) -> None:
    """"El Salvador" is no Salvador of Brazil, "New Caledonia" no Caledonia of the US."""
    text = f"{country} and Zenda coordinate efforts\n\nOn 5 May 2023 the ministers held a bilateral meeting.\n"
    [m] = extract_document(Document(doc="s.txt", text=text))
    assert m.city != city
