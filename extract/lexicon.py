"""The rule data of extraction: one validated, frozen :class:`Rules` object.

Every rule file of ``extract/rules/`` is one JSON object a line (``//`` lines are comments) and
has a schema here (:data:`SCHEMAS`): the keys it may have, their types, which are required, the
key that must be unique, and — for the files of phrase groups — the groups code reads. Loading
checks all of it and raises :class:`~parleygraph.extract.errors.RuleDataError` naming the file and
the line: an unknown key, a missing or mistyped value, a duplicate entry, an unknown group (a group
no code reads is an unused group), a group left empty.

Stages receive the :class:`Rules` (``rules=None`` means :func:`default_rules`, the package's own
files, loaded once per process) and build what they compile from it with :meth:`Rules.memo`, so
that a test can hand a stage its own rule set (:meth:`Rules.from_dir`, :meth:`Rules.with_rows`).

Vocabulary never sits in code: a pattern in a ``.py`` file names the groups it needs,
``{group}``, and :meth:`Rules.rx` fills in the group's phrases as one prefix-shared alternation::

    rules.rx(r"\\b{held_verb}\\s+by\\s+$")     # "organised by ", "hosted by ", ...

Where things go (one example each):

- a new date form's month or weekday word: ``calendar.jsonl``; its grammar: ``dates.py``;
- a venue phrase ("on the sidelines of"): a group of ``cues.jsonl`` read by a strategy of
  ``venue.py``;
- a title ("Deputy Prosecutor General"): ``titles.jsonl``; a rank ("Police Major"):
  ``honorifics.jsonl``;
- an organisation's head noun ("Directorate"): ``org_heads.jsonl``; a known body with its
  acronym and seat: ``organizations.jsonl``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from .errors import RuleDataError
from .records import MEETING_TYPES

__all__ = ["Rules", "RuleFile", "SCHEMAS", "default_rules", "alternation", "OrgEntry"]

T = TypeVar("T")


def alternation(forms: Iterable[str], *, ignore_case: bool = False, space: str = r"\s+") -> str:
    """A regex matching any of ``forms`` literally, longest first, a space inside a form
    matching ``space``.

    It opens with a lookahead on the forms' possible first characters: Python's ``re`` would
    otherwise try every alternative at every position of the text, and this guard makes
    scanning news text with a few hundred forms two to three times faster.

    >>> re.findall(alternation(["Ministry", "Ministry of Justice"]), "the Ministry of Justice")
    ['Ministry of Justice']
    >>> alternation(["ab", "c d"], ignore_case=True)[:10]
    '(?=[ACac])'
    """
    alts = {f.lower() if ignore_case else f for f in forms if f}
    firsts = {f[0] for f in alts}
    if ignore_case:
        firsts = {c.lower() for c in firsts} | {c.upper() for c in firsts}
    guard = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""
    return guard + "(?:" + _trie_pattern(_trie(alts), space)[0] + ")"


def _trie(forms: Iterable[str]) -> dict[str, Any]:
    """The forms as a character trie; the key "" marks the end of a form."""
    root: dict[str, Any] = {}
    for f in forms:
        node = root
        for c in f:
            node = node.setdefault(c, {})
        node[""] = {}
    return root


def _trie_pattern(node: dict[str, Any], space: str) -> tuple[str, int]:
    """A regex of the trie's forms with shared prefixes written once, and the length of its
    longest form. A longer form is tried before a shorter one it extends (the group is greedy),
    so a match is as long as with the forms listed longest first, while ``re`` no longer tries
    each form from scratch: two forms matching at one place always share the shorter one as a
    prefix."""
    kids = []
    for c, child in node.items():
        if c:
            pattern, depth = _trie_pattern(child, space)
            kids.append((-depth - 1, c, (space if c == " " else re.escape(c)) + pattern))
    if not kids:
        return "", 0
    kids.sort()
    if len(kids) == 1 and "" not in node:
        return kids[0][2], -kids[0][0]
    body = "|".join(k[2] for k in kids)
    return (f"(?:{body})?" if "" in node else f"(?:{body})"), -kids[0][0]


# ------------------------------------------------------------------------------------ schemas

@dataclass(frozen=True, slots=True)
class RuleFile:
    """The schema of one rule file.

    ``keys`` maps every key a row may have to its type (a type, or a tuple of allowed values);
    ``required`` are the keys that must be present and non-empty; ``unique`` the key (or keys)
    no two rows may share; ``group_key`` the key naming a row's group in files of phrase groups,
    and ``groups`` those groups with what each one means (the groups code reads: any other is an
    error).
    """

    name: str
    doc: str
    keys: Mapping[str, Any]
    required: tuple[str, ...]
    unique: tuple[str, ...] = ()
    group_key: str | None = None
    groups: Mapping[str, str] = field(default_factory=dict)


_STR, _INT, _NUM, _BOOL, _LIST = str, int, (int, float), bool, list
_OPT_STR = (str, type(None))


def _schema(name: str, doc: str, keys: dict[str, Any], required: tuple[str, ...],
            unique: tuple[str, ...] = (), group_key: str | None = None,
            groups: dict[str, str] | None = None) -> RuleFile:
    return RuleFile(name, doc, MappingProxyType(keys), required, unique, group_key,
                    MappingProxyType(groups or {}))


def _group_file(name: str, doc: str, groups: dict[str, str], *, group_key: str = "group",
                extra: dict[str, Any] | None = None) -> RuleFile:
    """A file of phrase groups: rows ``{"word": ..., "<group_key>": ...}``."""
    return _schema(name, doc, {"word": _STR, group_key: _STR, "note": _STR, **(extra or {})},
                   ("word", group_key), ("word", group_key), group_key, groups)


# The groups of each file: the schema is the list of what code reads (a test proves each one is).
CUE_GROUPS: dict[str, str] = {
    "chair": "before the person who chaired or moderated ('under the chairmanship of')",
    "organiser": "before a body that organised the gathering ('organised by')",
    "speaker": "after a person who spoke ('made a presentation', 'said')",
    "trainer": "a sentence about training people ('trainers', 'trained')",
    "host": "after a body that hosted ('hosted', 'welcomed')",
    "discussed": "before an actor that is only talked about ('accession of')",
    "operation": "a police operation or seizure, not a meeting",
    "earlier": "an earlier meeting reported in the background ('previously')",
    "ongoing": "a gathering going on as the report is written ('The meeting continues in Nadi')",
    "planned": "a meeting still to come ('will hold')",
    "future": "a sentence about the future that describes a plan ('will be conducted')",
    "participation": "a country takes part ('delegations of', 'representatives from')",
    "topic": "before a country that is only the topic ('trafficking from')",
    "agents": "people or bodies a country sends ('experts', 'border guards')",
    "demonym_agent": "after a demonym that qualifies who took part ('delegation', 'police')",
    "reception_verb": "a reception of a delegation ('received')",
    "reception_object": "who was received ('a delegation')",
    "same_day": "a second meeting the same day as the main one",
    "day_before": "a meeting the day before the main one",
    "day_after": "a meeting the day after the main one",
    "dated_operation": "an operation named before its dates ('operation ... conducted from')",
    "org_modifier": "after a body that only qualifies a thing ('approach', 'study')",
    "council_body": "a standing body of states or ministers in session ('Committee of Ministers', 'extraordinary meeting')",
    "session_noun": "the noun of a numbered session ('the 39th meeting of the GCC ministers')",
    "phone": "talks by telephone, no gathering ('by telephone', 'a phone call')",
    "org_thing": "a thing a body only qualifies, also past one word ('EU foreign policy', 'UN Convention')",
    "visited_verb": "'in', 'at' or 'visited' before a city: the venue",
    "photo_credit": "opening a photo's credit line ('Photo: Foreign Ministry'): the short sentence above is a caption",
    "next_word": "before 'year' after a month without its year ('in May next year'): the year after the report's",
    "venue_building": "a building that hosts meetings ('Conference Centre'): the venue, never a participant",
    "member_states": "after a Council's name ('the GCC states'): the body as its members, no session",
    "field_of_work": "a meeting word naming a field of cooperation, not a gathering ('in the technical and training "
                     "security fields', 'in the areas of training and exchange of information')",
    "reported_speech": "besides the reporting verbs, words of reported speech ('told X that ...'): a signing after "
                       "them is reported, not held by the people before them",
    "in_writing": "after a verb of talks with someone named, talks in writing ('discussed with the ambassador in a "
                  "letter'): no meeting",
    "forward_day": "before a weekday in its clause, the next such day ('will chair the cabinet on Friday', 'is "
                   "expected to hold talks on Monday')",
    "field_activity": "a meeting word that can also name a field of cooperation ('training'): only these are tested "
                      "against field_of_work",
    "intro_clause": "opening a sentence on a scene set before its subject ('After a meeting with the minister of X, "
                    "Jan Kowal ...'): a lower-case title in it is no title of the name after the comma",
    "field_list": "between a field word and the fields it lists ('the areas of', 'sectors such as')",
    "led_body": "before 'led by'/'headed by', a body of people whose head is named after it ('a delegation led by "
                "Ana Lis'): the name is a person's",
    "list_title": "a plural word that titles the names of a list after it and no name alone ('committee members A "
                  "(X), B (Y) and C')",
    "not_national_office": "a title holding a national_office word that is no national government's office ('Chief "
                           "Minister', 'Minister-Counsellor', 'former')",
    "host_cue": "in a sentence of talks or a visit, a word saying they were hosted where held ('received', 'visiting', "
                "'here'): with an official of no country named, the venue's country took part",
    "national_office": "a title of a national government's office ('Vice-president', 'Minister of Interior'): held "
                       "by someone named without a country at talks or a visit, the venue's country takes part",
    "facility_after": "after a meeting word that can name a field, a place or thing of that activity ('a training "
                      "centre', 'training institutions', 'training materials'): no gathering",
    "signing_verb": "a verb of signing whose signers are named ('A and B signed the protocol', 'was signed between A "
                    "and B'): a signing, where the sentence has no meeting word",
    "visitors_purpose": "opening a clause that says why the people received came ('heads of police who are in the "
                        "country to witness the launch of the exercise'): its meeting words do not type the meeting",
    "talked_with": "a verb of talks before 'with' and someone named ('discussed on Thursday with the US ambassador, "
                   "Jan Doe'): a meeting where the sentence has no meeting word",
    "mandate": "opening a sentence with the decision or meeting it follows ('As mandated by the Summit of 21 August "
               "2019,'): that clause's gathering and date are background",
    "this_gathering": "before a meeting word inside a sentence, the meeting being reported named from within "
                      "('said that today's meeting comes to continue ...')",
    "first_to": "a record the visit reported sets ('X is the first Maldivian minister to visit Sri Lanka since "
                "...'): no visit of its own",
    "comma_ministry": "a ministry whose name goes on after a comma ('Ministry of Europe, Integration and Foreign "
                      "Affairs')",
    "every_government": "a body every government has under one name ('Ministry of Foreign Affairs'): named without "
                        "its country, one body only within its page",
    "first_to_verb": "after 'the first ... to' in a record the visit reported sets ('the first minister to visit')",
    "we_meet": "a speaker's own words on the meeting being reported ('\"We are meeting today to discuss ...\"')",
    "asked_about": "before 'the meeting' opening a sentence ('Asked about the meeting, ...'): the meeting already reported",
    "separately": "opening a sentence with someone met who is not in the main one ('Separately, X met Y'): another meeting the same day",
    "also_met": "another meeting of the same trip or day ('X also met Y', 'also held talks with'): a meeting of its own",
    "call_on": "a visit to a person's office ('paid a courtesy call on the Minister'): at the seat of that person's body",
    "moderator": "the chair words that make the person a moderator",
    "founding": "a discussed actor named as founder or initiator, not a participant",
    "founding_verb": "a sentence about founding something",
    "not_actor_before": "before a body that is only talked about",
    "press_unit": "the unit of a body that issues its news ('press service of')",
    "reporting_verb": "a source's verb: the news source, not a participant ('..., the Ministry said')",
    "thanks": "before a body thanked, not taking part",
    "funds_verb": "after a body that funds something ('which funds the project')",
    "sponsor_participle": "'EU-funded', 'UNODC-supported': the body qualifies a thing",
    "partner": "before a body that organised together with another ('in cooperation with')",
    "partnership": "'in partnership with' between a body and its verb",
    "with_link": "a second subject joined to the first ('together with')",
    "organise_verb": "verbs of organising a gathering",
    "held_verb": "verbs of holding a gathering",
    "initiate_verb": "verbs of initiating a gathering",
    "centre_title_word": "a title naming the publisher ('Director of the Centre')",
    "centre_word": "the publisher named in short ('the Centre')",
    "publisher_head": "head nouns of a publisher's name ('... Centre', '... Organization')",
    "portfolio": "a minister's portfolio ('Minister of Internal Affairs')",
    "pair_gathering": "after 'Kyrgyz-Russian': both sides take part",
    "plan_noun": "before a country that a plan is for ('Programme for Afghanistan')",
    "topic_event": "a gathering's topic country ('conference on Afghanistan')",
    "setting_up": "a body being set up, not a gathering ('agreed to create a working group')",
    "new_body": "qualifiers of a body being set up",
    "document_verb": "a date after these dates a document, not a meeting ('signed on')",
    "meeting_word": "words that keep a sentence about an operation a meeting",
    "margins": "'on the margins of': a meeting set in another one",
    "same_place": "'in the same place': the place of the meeting before",
    "closing_verb": "a gathering closing ('concluded today')",
    "opening_verb": "a gathering opening ('opened on Monday')",
    "period_start": "a word before the start of a period, not a meeting's day ('since assuming office in December 2019')",
    "first_day_word": "a word before a single day that is a gathering's first ('From October 9, a five-day seminar')",
    "opening_session": "the first session of a gathering, whose day opens its days ('the opening session on 7 November')",
    "several": "a count of gatherings ('two webinars')",
    "gatherings": "plural gatherings",
    "party": "the party of a meeting already reported ('the delegation')",
    "back_lead": "before a meeting already reported ('During the talks')",
    "back_subject": "what was said at a meeting already reported ('Discussions at the retreat')",
    "back_event": "a meeting already reported after 'During the'",
    "back_kind": "a meeting already reported after 'The'",
    "back_verb": "the verb after a meeting already reported ('The seminar was')",
    "back_participle": "a participle opening a sentence about a meeting already reported "
                       "('Held in Thessaloniki on 30 November, the seminar attracted')",
    "last_day": "'last Tuesday'",
    "last_month": "'last month'",
    "town_qualifier": "before 'city of', 'town of'",
    "settlement": "'the city of X'",
    "hybrid_phrase": "a hybrid gathering",
    "online_trade_verb": "before 'online' of a trade ('sold online')",
    "online_trade": "after 'online' of a trade ('online drug shops')",
    "online_phrase": "an online gathering",
    "video_medium": "'via video link', 'by video call'",
    "join_verb": "took part ('joined online')",
    "attend_verb": "took part in a meeting named right after ('attended the meeting')",
    "another_meeting_after": "after 'attended the meeting': it names another ('of', 'held', 'between')",
    "remote_word": "from afar ('joined online')",
    "non_city_place": "a place named that is not a city ('at the ... checkpoint')",
    "clause_verb": "a verb ending a person's apposition",
    "format_noun": "'in the format of'",
    "premises_short": "premises ending a person's apposition ('at the ANF headquarters')",
    "premises": "premises of a body ('in the central apparatus of the Ministry')",
    "abroad_head": "bodies that sit abroad or away from their head office",
    "seat_head": "bodies named with where they sit ('Bureau in')",
    "visited_word": "before the body whose premises host a meeting ('visited X')",
    "at_visit": "before a body visited ('visit to the X in Almaty')",
    "hq_of": "'at the headquarters of X'",
    "host_after_word": "after a host body: its premises ('X HQ', 'X office')",
    "host_after_prefix": "after a host body: its premises ('X headquarters')",
    "travel_word": "travelling to a place ('visit to', 'arrived in')",
    "visit_verb": "visiting a body",
    "journey": "a journey to a body ('trip to')",
    "journey_stay": "'during the visit': a second meeting of a trip",
    "venue_word": "a word of a gathering before its city ('held ... in X')",
    "city_hosted": "after a city that hosted ('Osh hosted')",
    "not_city_after": "after a city, not the city ('Almaty region')",
    "hq_word": "the publisher's premises ('at the Centre's headquarters')",
    "also_there": "a second meeting of the same trip ('the delegation also met')",
    "opening_adverb": "an opening adverbial before a sentence's subject ('On 5 May, ...')",
    "delegate_noun": "people sent by a body ('a delegation of X')",
    "office_qualifier": "'X Country Office'",
    "host_hold_verb": "'the Academy will host'",
}

CALENDAR_GROUPS: dict[str, str] = {
    "month": "month names; value: 1 ... 12",
    "month_abbr": "abbreviated month names ('Sept'); value: 1 ... 12",
    "weekday": "weekday names; value: Monday 0 ... Sunday 6",
    "day_count": "the number of days of 'a two-day seminar'; value: the number",
    "time_zone": "the zone after a clock time in a stamp ('15:42 (UTC+04:00)')",
    "weekday_abbr": "abbreviated weekday names ('Tue', 'Thurs'); value: Monday 0 ... Sunday 6",
    "period_part": "a part of a month or year before 'of' ('end of November', 'first half of 2023')",
    "period_edge": "a part of a month or year right before it ('early July', 'late 2023')",
    "stamp_cue": "a word that opens a publication stamp ('Published:')",
    "issue_word": "a newspaper issue's number before a stamp ('No. 41 (29214), 16.02.2024')",
    "byline_verb": "'Posted by', 'Written by' before a byline and a stamp",
    "update_word": "the tail of a stamp that gives an update ('| Updated ...')",
    "credit_word": "the tail of a stamp that names who wrote it ('| Editor: ...')",
    "number_cue": "a number right after these is a reference number, not a date ('No. 12.03.2024')",
    "agency_word": "a word that names a news agency closing a dateline line ('24.kg news agency')",
}

WORD_GROUPS: dict[str, str] = {
    "member_noun": "the people of a body after its name ('Committee Members'): no part of the name",
    "gathering_noun": ("a gathering, not a body: a capitalised run that ends with one names an event "
                       "('Diplomatic Corps Briefing'); 'Meeting of the X' names X's gathering"),
    "spelling_variant": "two spellings of a word in bodies' names, both known ('Centre' as 'Center')",
    "led_by": "'a delegation of X headed by Y': Y leads X's delegation",
    "abbreviation": "abbreviations whose full stop ends no sentence (lower case, without the last full stop)",
    "abbreviation_before_rank": "abbreviations whose full stop ends no sentence only before a rank or an honorific "
                                "('Sen. Lieut. Gen.', 'Sen. the Hon.')",
    "place_honorific": "before a word that is then a person, not a city ('Mr. Florence')",
    "place_opener": "a capitalised word before a one-word city that starts a sentence or introduces a place ('In Osh'), not a given name",
    "not_initial": "abbreviations that are not a name's initial ('Mr.', 'St.')",
    "not_bare_initial": "capitals that are words of their own before a name ('A', 'I', the Burmese 'U'), not an "
                        "initial without its stop",
    "name_particle": "particles between a given name and a surname ('Jan van Dijk', 'Ali bin Said')",
    "not_name_word": "capitalised words that are never part of a person's name (function words, 'Delegations', compass words)",
    "title_modifier": "before a title in lower case ('deputy minister')",
    "appos_title_more": "a second title in a person's apposition (', coordinator of ...')",
    "appos_end_verb": "a verb that ends a person's apposition",
    "appos_next_honorific": "'and Mr.' after a person's apposition: the next person",
    "appos_medium": "'in the format of', 'via video' after a person's apposition",
    "clause_start_verb": "a verb opening what follows a name: a clause, not a title",
    "meets_verb": "a verb of meeting right after or before a name ('Jan Kowal met with'): a person",
    "glued_title_head": "a body's head word a title of two words or more may be glued to ('Additional Secretary "
                        "Ministry of Foreign Affairs'): the title goes",
    "namesake": "before a name that names a thing ('named after')",
    "topic_stop_verb": "verbs that end a working group's lower-case topic",
    "org_lead_word": "capitalised words before a body's name that are not part of it",
    "acronym_collective": "after a body's acronym, a group of states ('EU countries')",
    "representation": "a country's representation, which stands for the country",
    "representation_prefix": "a country's representation, named at the start of a body's name",
    "country_of_lead": "before a country that ends a body's name ('of the', 'under the President of')",
    "topic_head": "head nouns after which a lower-case topic belongs to the name ('Working Group on ...')",
    "portfolio_end": "the last word of a minister's portfolio ('Minister of Internal Affairs')",
}

SCHEMAS: dict[str, RuleFile] = {f.name: f for f in (
    _group_file("calendar.jsonl", "calendar words of dates, with their numbers", CALENDAR_GROUPS,
                extra={"value": _INT}),
    _schema("cities.jsonl", "alternate names, missing places, current capitals and non-city words",
            {"kind": ("alias", "city", "capital", "stop"), "name": _STR, "geonameid": _INT,
             "country": _STR, "population": _INT, "latitude": _NUM, "longitude": _NUM,
             "note": _STR, "why": _STR},
            ("kind", "name"), ("kind", "name")),
    _schema("common_words.jsonl", "frequent English words that are no person's name (scripts/build_common_words.py)",
            {"word": _STR}, ("word",), ("word",)),
    _schema("countries.jsonl", "ISO 3166-1 countries: names, official names, aliases, demonyms",
            {"code": _STR, "name": _STR, "official": _LIST, "aliases": _LIST, "demonyms": _LIST,
             "wikidata": _OPT_STR},
            ("code", "name"), ("code",)),
    _group_file("cues.jsonl", "phrases (lower case) that signal a part, a topic, a plan, an operation",
                CUE_GROUPS, group_key="cue"),
    _schema("documents.jsonl", "words that name documents, not bodies ('Memorandum')",
            {"word": _STR}, ("word",), ("word",)),
    _schema("furniture.jsonl", "page furniture lines (regular expressions); sep: also parts items; "
            "caption: a photo's caption, which opens no meeting even inside an item's text",
            {"pattern": _STR, "sep": _BOOL, "caption": _BOOL}, ("pattern",), ("pattern",)),
    _schema("honorifics.jsonl", "honorifics, ranks and the services ranks are given with",
            {"word": _STR, "kind": ("honorific", "rank", "service"), "before": _BOOL,
             "after": _BOOL},
            ("word", "kind"), ("word",)),
    _schema("org_heads.jsonl", "head nouns of organisations; unit: inside a body; premises: names "
            "the body after its acronym; weak: no body alone; national: a body when a country's; "
            "seated: named with its seat ('Office in Dushanbe')",
            {"word": _STR, "unit": _BOOL, "premises": _BOOL, "weak": _BOOL, "national": _BOOL,
             "seated": _BOOL},
            ("word",), ("word",)),
    _schema("organizations.jsonl", "well-known bodies: name, acronym, aliases, parent, country, seat",
            {"name": _STR, "acronym": _OPT_STR, "aliases": _LIST, "parent": _OPT_STR,
             "country": _OPT_STR, "seat": _OPT_STR},
            ("name",), ("name",)),
    _schema("portfolios.jsonl", "a ministry named by its portfolio and the start of its full name",
            {"short": _STR, "full": _STR}, ("short", "full"), ("short",)),
    _schema("titles.jsonl", "job titles", {"word": _STR}, ("word",), ("word",)),
    _schema("triggers.jsonl", "meeting words and the event type they suggest",
            {"word": _STR, "type": MEETING_TYPES}, ("word", "type"), ("word",)),
    _group_file("words.jsonl", "words of the person and body finders", WORD_GROUPS, extra={"as": _STR}),
    _schema("types.jsonl", "the event types, most specific first (the first of a sentence's wins)",
            {"type": MEETING_TYPES}, ("type",), ("type",)),
)}


# ------------------------------------------------------- identity resolution: names.py, resolve.py
# A block of its own: the rule files of person names and organisation keys.

NAME_GROUPS: dict[str, str] = {
    "particle": "a lower-case word that belongs to the surname after it ('van der Berg')",
    "capital_particle": "a particle that belongs to the last word also when capitalised ('Catherine De Bolle')",
    "country_filler": "words of a country's name that do not tell which country ('Republic')",
    "org_key_filler": "words left out of an organisation's key ('the', 'and')",
    "org_country_lead": "before a country word in an organisation's name, removed with it ('of the')",
    "org_country_trail": "after a country word in an organisation's name, removed with it ('Republic')",
    "org_key_link": "left out of an organisation's key once its country is removed ('of')",
    "short_form_filler": "left out when a short form is compared with a longer name ('of', 'the')",
}

SPELLING_GROUPS: dict[str, str] = {
    "long_vowel": "a long vowel written double in a name part ('ee' of 'Rasheed'); to: one letter",
    "translit": "transliteration variants of a name part ('iy' of 'Baltiyev'), in order",
    "org_spelling": "spellings of words of organisations' names ('centre'), in order",
    "country_abbrev": "a word of an organisation's key that is a country ('us'); to: the ISO code",
}

SCHEMAS.update({f.name: f for f in (
    _group_file("names.jsonl", "words (lower case) of person names and organisation keys",
                NAME_GROUPS),
    _schema("spellings.jsonl", "spellings rewritten to one form, in file order within a group",
            {"word": _STR, "to": _STR, "group": _STR, "at": ("start", "end", "before_vowel"),
             "note": _STR},
            ("word", "to", "group"), ("word", "group", "at"), "group", SPELLING_GROUPS),
)})


# ------------------------------------------------------------------------------------ loading

def _check_row(schema: RuleFile, row: Any, where: str) -> dict[str, Any]:
    """One row checked against its file's schema; the error names the file and the line."""
    if not isinstance(row, dict):
        raise RuleDataError(f"{where}: expected a JSON object")
    unknown = sorted(set(row) - set(schema.keys))
    if unknown:
        raise RuleDataError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(schema.keys)})")
    missing = [k for k in schema.required if row.get(k) in (None, "", [])]
    if missing:
        raise RuleDataError(f"{where}: missing {', '.join(missing)}")
    for k, v in row.items():
        want = schema.keys[k]
        if isinstance(want, tuple) and all(isinstance(x, str) for x in want):
            if v not in want:
                raise RuleDataError(f"{where}: {k} {v!r} is not one of {', '.join(want)}")
        elif want is _INT and isinstance(v, bool) or not isinstance(v, want):
            raise RuleDataError(f"{where}: {k} {v!r} has the wrong type")
        if isinstance(v, list) and not all(isinstance(x, str) and x for x in v):
            raise RuleDataError(f"{where}: {k} must be a list of non-empty strings")
    if schema.group_key is not None and row[schema.group_key] not in schema.groups:
        raise RuleDataError(f"{where}: unknown {schema.group_key} group {row[schema.group_key]!r} "
                            "(no code reads it; the groups are listed in lexicon.SCHEMAS)")
    return row


def parse_rule_file(schema: RuleFile, text: str, label: str) -> tuple[dict[str, Any], ...]:
    """The validated rows of one rule file's ``text``; ``label`` names it in errors.

    >>> parse_rule_file(SCHEMAS["titles.jsonl"], '{"word": "Director"}\\n{"word": "Director"}', "t")
    Traceback (most recent call last):
    ...
    parleygraph.extract.errors.RuleDataError: t:2: duplicate entry (first on line 1)
    """
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{label}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise RuleDataError(f"{where}: not valid JSON ({e.msg})") from None
        row = _check_row(schema, row, where)
        if schema.unique:
            key = tuple(row.get(k) for k in schema.unique)
            if key in seen:
                raise RuleDataError(f"{where}: duplicate entry (first on line {seen[key]})")
            seen[key] = n
        rows.append(row)
    if schema.group_key is not None:
        empty = sorted(set(schema.groups) - {r[schema.group_key] for r in rows})
        if empty:
            raise RuleDataError(f"{label}: group {empty[0]!r} has no entries")
    return tuple(rows)


def _check_across(rows: Mapping[str, tuple[dict[str, Any], ...]]) -> None:
    """What no single file can check: ``types.jsonl`` ranks every event type of the schema."""
    missing = [t for t in MEETING_TYPES if t not in {r["type"] for r in rows["types.jsonl"]}]
    if missing:
        raise RuleDataError(f"rules/types.jsonl: event type {missing[0]!r} is not ranked")


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A well-known organisation: canonical name, acronym, aliases, parent, country, seat city."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    parent: str | None
    country: str | None
    seat: str | None


_GROUP_REF = re.compile(r"\{([a-z][a-z_]*)(?::([a-z,]+))?\}")
_SPACES = {"exact": r"\ ", "dash": r"[\s-]+", "any": r"\s*"}
_MODIFIERS = frozenset({"exact", "dash", "any", "cap", "upper", "notbefore"})


def _group_pattern(words: tuple[str, ...], modifiers: str | None, ignore_case: bool) -> str:
    """The regex of one ``{group:modifiers}`` reference (see :meth:`Rules.rx`)."""
    mods = set(modifiers.split(",")) if modifiers else set()
    unknown = mods - _MODIFIERS
    if unknown:
        raise ValueError(f"unknown group modifier {sorted(unknown)[0]!r}")
    if "notbefore" in mods:
        return "".join(f"(?<!{re.escape(w)} )" for w in words)
    forms: list[str] = list(words)
    if "cap" in mods:
        forms += [w[:1].upper() + w[1:] for w in words]
    if "upper" in mods:
        forms = [w.upper() for w in forms]
    space = next((_SPACES[m] for m in ("exact", "dash", "any") if m in mods), r"\s+")
    return alternation(forms, ignore_case=ignore_case, space=space)


@dataclass(frozen=True, eq=False)
class Rules:
    """All rule data of extraction, validated, read-only.

    ``rows[file]`` are the rows of a rule file; :meth:`words` a group's phrases; :meth:`rx` a
    pattern with groups filled in; :meth:`memo` what a stage builds from the rules, built once
    per rule set. Rule sets compare by identity.

    >>> r = default_rules()
    >>> "under the chairmanship of" in r.words("chair")
    True
    >>> bool(r.rx(r"\\b{chair}\\b", re.I).search("Under the chairmanship of X"))
    True
    """

    rows: Mapping[str, tuple[dict[str, Any], ...]]
    source: str = "package"
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    _read: set[str] = field(default_factory=set, repr=False)

    # ---- construction
    @classmethod
    def from_texts(cls, texts: Mapping[str, str], source: str) -> Rules:
        """Rules from the text of every rule file (a file missing is an error)."""
        rows = {}
        for name, schema in SCHEMAS.items():
            if name not in texts:
                raise RuleDataError(f"{source}/{name}: missing rule file")
            rows[name] = parse_rule_file(schema, texts[name], f"rules/{name}")
        _check_across(rows)
        return cls(MappingProxyType(rows), source)

    @classmethod
    def from_dir(cls, folder: str | Path) -> Rules:
        """Rules read from a folder holding every rule file (tests build their own)."""
        p = Path(folder)
        texts = {n: (p / n).read_text(encoding="utf-8") for n in SCHEMAS if (p / n).exists()}
        return cls.from_texts(texts, str(p))

    def with_rows(self, name: str, extra: Iterable[dict[str, Any]]) -> Rules:
        """A copy with rows added to one file (validated like the file's own)."""
        schema = SCHEMAS[name]
        text = "\n".join(json.dumps(r) for r in (*self.rows[name], *extra))
        rows = dict(self.rows)
        rows[name] = parse_rule_file(schema, text, f"rules/{name}+")
        return Rules(MappingProxyType(rows), self.source + "+")

    # ---- access
    def words(self, group: str) -> tuple[str, ...]:
        """The phrases of one group of a group file, in file order, or of a group other files
        define (:data:`DERIVED_GROUPS`: ``title``, ``unit_head``, ``document_word``)."""
        if group in DERIVED_GROUPS:
            return DERIVED_GROUPS[group](self)
        return tuple(r["word"] for r in self.group_rows(group))

    def rx(self, template: str, flags: int = 0) -> re.Pattern[str]:
        """``template`` compiled with every ``{group}`` replaced by the group's phrases.

        A space inside a phrase matches ``\\s+``; modifiers after a colon change that:
        ``exact`` one space, ``dash`` spaces or hyphens, ``any`` any spaces; ``cap`` also each
        phrase with a capital first letter; ``upper`` each phrase in capitals only; ``notbefore`` is no phrase but a row of negative
        lookbehinds, one per phrase and a space ("not after 'sold '"). Compiled once per rule set.
        """
        key = ("rx", template, flags)
        got = self._memo.get(key)
        if got is None:
            def fill(m: re.Match[str]) -> str:
                return _group_pattern(self.words(m.group(1)), m.group(2), bool(flags & re.I))
            got = self._memo[key] = re.compile(_GROUP_REF.sub(fill, template), flags)
        return got

    def group_rows(self, group: str) -> tuple[dict[str, Any], ...]:
        """The rows of one group of a group file (for groups whose rows carry more than the word)."""
        for schema in SCHEMAS.values():
            if group in schema.groups and schema.group_key is not None:
                self._read.add(group)
                key = schema.group_key
                return tuple(r for r in self.rows[schema.name] if r[key] == group)
        raise KeyError(f"no rule group {group!r}")

    def values(self, group: str) -> dict[str, int]:
        """The phrases of a group of ``calendar.jsonl`` with their numbers ("Monday" -> 0)."""
        return {r["word"]: r["value"] for r in self.group_rows(group)}

    def memo(self, build: Callable[[Rules], T]) -> T:
        """``build(self)``, computed once per rule set (what a stage compiles from the rules)."""
        got = self._memo.get(build)
        if got is None:
            got = self._memo[build] = build(self)
        return got

    def groups_read(self) -> frozenset[str]:
        """The groups code has read so far (a test checks every group is read)."""
        return frozenset(self._read)

    # ---- views shared by several stages
    @property
    def organizations(self) -> tuple[OrgEntry, ...]:
        """The bodies of ``organizations.jsonl``."""
        return self.memo(_organizations)


DERIVED_GROUPS: dict[str, Callable[[Rules], tuple[str, ...]]] = {
    "title": lambda r: tuple(x["word"] for x in r.rows["titles.jsonl"]),
    "unit_head": lambda r: tuple(x["word"] for x in r.rows["org_heads.jsonl"] if x.get("unit")),
    "document_word": lambda r: tuple(x["word"] for x in r.rows["documents.jsonl"]),
    "common_word": lambda r: tuple(x["word"] for x in r.rows["common_words.jsonl"]),
}
"""Groups whose words another rule file holds, usable in patterns like any group."""


def _organizations(rules: Rules) -> tuple[OrgEntry, ...]:
    return tuple(OrgEntry(name=r["name"], acronym=r.get("acronym"), aliases=tuple(r.get("aliases") or ()),
                          parent=r.get("parent"), country=r.get("country"), seat=r.get("seat"))
                 for r in rules.rows["organizations.jsonl"])


@cache
def default_rules() -> Rules:
    """The package's own rule files, loaded and validated once per process."""
    folder = resources.files("parleygraph.extract.rules")
    texts = {}
    for name in SCHEMAS:
        f = folder / name
        if f.is_file():
            texts[name] = f.read_text(encoding="utf-8")
    return Rules.from_texts(texts, "package")


# --- transitional: the stages not yet given a Rules object read the default one
def load_rules(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    return default_rules().rows[name]


def load_organizations() -> tuple[OrgEntry, ...]:
    return default_rules().organizations
