"""The scorer: gold against itself is perfect, each perturbation costs exactly its metric."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from parleygraph.extract.evaluate import (
    PRF,
    Accuracy,
    evaluate,
    evaluate_by_document,
    evaluate_files,
    format_scores,
    load_texts,
    normalize_org,
    person_match,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "eval" / "gold"
SEEDS = ROOT / "seeds"


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _sentence(text: str, at: int, length: int) -> tuple[int, int]:
    """The sentence around ``text[at:at+length]``: from the previous ". " or newline to the next."""
    starts = [text.rfind(sep, 0, at) for sep in (". ", "\n")]
    start = max(starts)
    start = 0 if start < 0 else start + (2 if text.startswith(". ", start) else 1)
    ends = [e for e in (text.find(". ", at + length), text.find("\n", at + length)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return start, end


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return [json.loads(line) for line in (GOLD_DIR / "seeds.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def entities() -> dict:
    return json.loads((GOLD_DIR / "entities.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def texts(gold: list[dict]) -> dict[str, str]:
    return load_texts(SEEDS, {g["doc"] for g in gold})


def _system_from_gold(gold: list[dict], texts: dict[str, str]) -> list[dict]:
    """System records as an extractor would write them for a perfect run."""
    out = []
    for n, g in enumerate(gold):
        s = copy.deepcopy(g)
        text = texts[g["doc"]]
        at = text.index(g["anchor"])
        start, end = _sentence(text, at, len(g["anchor"]))
        s.update(id=f"sys-{n}", evidence=text[start:end], span=[start, end])
        for key in ("anchor", "notes", "city_aliases", "date_source"):
            s.pop(key, None)
        for p in s["persons"]:
            p["id"] = "person/" + _slug(p["name"])
        for o in s["organizations"]:
            o["id"] = "org/" + _slug(o["name"])
        out.append(s)
    return out


@pytest.fixture()
def system(gold: list[dict], texts: dict[str, str]) -> list[dict]:
    return _system_from_gold(gold, texts)


def _perfect_except(scores, *names: str) -> None:
    """Every headline figure is 1.0 (or 0 problems) except the ones named."""
    for key, value in scores.as_dict().items():
        if any(key.startswith(n) for n in names):
            continue
        expected = 0 if key.endswith(("splits", "merges")) else 1.0
        assert value == expected, key


# ------------------------------------------------------------------------------- whole-corpus

def test_evaluate_gold_against_itself_is_perfect(system, gold, entities, texts):
    scores = evaluate(system, gold, entities=entities, texts=texts)
    _perfect_except(scores)
    assert scores.meetings.tp == len(gold)
    assert {how for _, _, how in scores.matches} == {"anchor"}
    assert all(prf.f1 == 1.0 for prf in scores.per_doc.values())
    assert set(scores.per_doc) == {g["doc"] for g in gold}


def test_evaluate_span_locates_anchor_without_evidence(system, gold, entities, texts):
    for s in system:
        s["evidence"] = ""
    assert evaluate(system, gold, entities=entities, texts=texts).meetings.f1 == 1.0
    # Without the texts, the anchor can only be found in the evidence: dates+participants remain.
    scores = evaluate(system, gold, entities=entities)
    assert {how for _, _, how in scores.matches} <= {"date+participants"}


def test_evaluate_evidence_alone_matches_without_texts(system, gold, entities):
    scores = evaluate(system, gold, entities=entities)
    assert scores.meetings.f1 == 1.0


def test_evaluate_dropped_meeting_costs_recall_only(system, gold, entities, texts):
    held = next(i for i, g in enumerate(gold) if g.get("status", "held") == "held")
    del system[held]
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert scores.meetings.fn == 1 and scores.meetings.fp == 0
    assert scores.meetings.recall < 1.0 and scores.meetings.precision == 1.0
    assert scores.missed == (gold[held]["id"],)
    assert scores.per_doc[gold[held]["doc"]].recall < 1.0
    _perfect_except(scores, "meetings")


def test_evaluate_changed_date_costs_date_accuracy_only(system, gold, entities, texts):
    i = next(i for i, g in enumerate(gold) if not g.get("date_source") and g["start"] == g["end"])
    system[i]["start"] = system[i]["end"] = "1999-01-01"
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert scores.dates.correct == scores.dates.total - 1
    _perfect_except(scores, "date")


def test_evaluate_date_outside_the_text_is_not_scored(system, gold, entities, texts):
    i = next(i for i, g in enumerate(gold) if g.get("date_source") == "outside")
    system[i]["start"] = system[i]["end"] = "1999-01-01"
    base = evaluate(_system_from_gold(gold, texts), gold, entities=entities, texts=texts)
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert scores.dates == base.dates
    assert base.dates.total == sum(1 for g in gold if not g.get("date_source"))


def test_evaluate_dropped_person_costs_person_recall_only(system, gold, entities, texts):
    i = next(i for i, g in enumerate(gold) if g["persons"])
    system[i]["persons"] = system[i]["persons"][1:]
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert scores.persons.fn == 1 and scores.persons.fp == 0
    assert scores.participants.recall < 1.0 and scores.participants.precision == 1.0
    _perfect_except(scores, "persons_recall", "persons_f1", "participants_recall",
                    "participants_f1")


def test_evaluate_extra_country_costs_country_precision_only(system, gold, entities, texts):
    i = next(i for i, g in enumerate(gold) if "ZZ" not in g["countries"])
    system[i]["countries"] = [*system[i]["countries"], "ZZ"]
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert scores.countries.fp == 1 and scores.countries.fn == 0
    _perfect_except(scores, "countries_precision", "countries_f1", "participants_precision",
                    "participants_f1")


def test_evaluate_spurious_meeting_costs_precision_only(system, gold, entities, texts):
    doc = gold[0]["doc"]
    text = texts[doc]
    anchors = [g["anchor"] for g in gold if g["doc"] == doc]
    start = next(m.start() for m in re.finditer(r"\n[A-Z]", text)
                 if not any(a in text[m.start():m.start() + 400] for a in anchors)) + 1
    end = text.index("\n", start)
    system.append({"id": "spurious", "doc": doc, "evidence": text[start:end], "span": [start, end],
                   "start": "1990-05-05", "end": "1990-05-05", "persons": [],
                   "organizations": [], "countries": ["FR"]})
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert scores.meetings.fp == 1 and scores.meetings.fn == 0
    assert scores.spurious == ("spurious",)
    _perfect_except(scores, "meetings_precision", "meetings_f1")


def _person_occurrences(system: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in system:
        for p in s["persons"]:
            counts[p["id"]] = counts.get(p["id"], 0) + 1
    return counts


def test_evaluate_two_persons_under_one_id_is_a_merge(system, gold, entities, texts):
    ids = sorted(_person_occurrences(system))
    a, b = ids[0], ids[1]
    for s in system:
        for p in s["persons"]:
            if p["id"] == b:
                p["id"] = a
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert len(scores.person_merges) == 1
    assert scores.person_merges[0][0] == a and len(scores.person_merges[0][1]) == 2
    _perfect_except(scores, "person_merges")


def test_evaluate_one_person_under_two_ids_is_a_split(system, gold, entities, texts):
    pid = next(k for k, n in sorted(_person_occurrences(system).items()) if n >= 2)
    first = next(p for s in system for p in s["persons"] if p["id"] == pid)
    first["id"] = pid + "-bis"
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert len(scores.person_splits) == 1 and scores.person_splits[0][1] == (pid, pid + "-bis")
    _perfect_except(scores, "person_splits")


def test_evaluate_two_orgs_under_one_id_is_a_merge(system, gold, entities, texts):
    o1 = system[0]["organizations"][0]["id"]
    o2 = system[0]["organizations"][1]["id"]
    for s in system:
        for o in s["organizations"]:
            if o["id"] == o2:
                o["id"] = o1
    scores = evaluate(system, gold, entities=entities, texts=texts)
    assert [k for k, _ in scores.org_merges] == [o1]
    _perfect_except(scores, "org_merges")


# ------------------------------------------------------------------------------------ planned

def test_evaluate_planned_gold_missed_costs_nothing(system, gold, entities, texts):
    planned = [i for i, g in enumerate(gold) if g.get("status") == "planned"]
    assert planned
    kept = [s for i, s in enumerate(system) if i not in planned]
    scores = evaluate(kept, gold, entities=entities, texts=texts)
    assert scores.meetings.recall == 1.0 and scores.meetings.fn == 0
    assert scores.planned_missed == len(planned) and scores.planned_matched == 0
    assert scores.meetings.tp == len(gold) - len(planned)


def test_evaluate_planned_gold_found_counts(system, gold, entities, texts):
    scores = evaluate(system, gold, entities=entities, texts=texts)
    planned = sum(1 for g in gold if g.get("status") == "planned")
    assert scores.planned_matched == planned and scores.meetings.tp == len(gold)


# ---------------------------------------------------------------------------- small, hand-built

def _g(**kw) -> dict:
    base = {"doc": "a.txt", "id": "a#1", "anchor": "the delegations met in the capital",
            "start": "2020-03-04", "end": "2020-03-04", "city": None, "country": None,
            "persons": [], "organizations": [], "countries": [], "status": "held"}
    base.update(kw)
    return base


def _s(**kw) -> dict:
    base = {"doc": "a.txt", "id": "s1", "evidence": "On 4 March the delegations met in the capital.",
            "start": "2020-03-04", "end": "2020-03-04", "persons": [], "organizations": [],
            "countries": []}
    base.update(kw)
    return base


def test_evaluate_matches_by_date_and_shared_participant():
    gold = [_g(countries=["KZ", "TJ"])]
    ok = _s(evidence="Talks took place.", countries=["TJ"])
    assert evaluate([ok], gold).matches == (("a#1", "s1", "date+participants"),)
    wrong_date = _s(evidence="Talks took place.", countries=["TJ"], start="2020-04-01",
                    end="2020-04-01")
    assert evaluate([wrong_date], gold).meetings.tp == 0
    no_shared = _s(evidence="Talks took place.", countries=["UZ"])
    assert evaluate([no_shared], gold).meetings.tp == 0


def test_evaluate_month_only_gold_agrees_with_a_day_in_it():
    gold = [_g(start="2020-07", end="2020-07", countries=["TJ"])]
    s = _s(evidence="Talks.", start="2020-07-15", end="2020-07-15", countries=["TJ"])
    scores = evaluate([s], gold)
    assert scores.meetings.tp == 1 and scores.dates == Accuracy.of(0, 1)


def test_evaluate_prefers_the_candidate_with_the_exact_date():
    gold = [_g()]
    first = _s(id="s1", start="2020-03-05", end="2020-03-05")
    second = _s(id="s2")
    scores = evaluate([first, second], gold)
    assert scores.matches == (("a#1", "s2", "anchor"),) and scores.spurious == ("s1",)


def test_evaluate_is_one_to_one_within_a_document():
    gold = [_g()]
    scores = evaluate([_s(id="s1"), _s(id="s2")], gold)
    assert (scores.meetings.tp, scores.meetings.fp) == (1, 1)
    other_doc = _s(id="s3", doc="b.txt")
    assert evaluate([other_doc], gold).meetings.tp == 0


def test_evaluate_ignores_documents_outside_the_gold_and_accepts_paths():
    gold = [_g()]
    scores = evaluate([_s(doc="sub/a.txt"), _s(id="x", doc="other.txt")], gold)
    assert scores.meetings == PRF.of(1, 0, 0) and scores.unscored == 1
    article = [_g(doc="feed.jsonl#a7")]
    scores = evaluate([_s(doc="in/feed.jsonl#a7"), _s(id="y", doc="in/feed.jsonl#a8")], article)
    assert scores.meetings == PRF.of(1, 0, 0) and scores.unscored == 1


@pytest.mark.parametrize("system_city,gold_city,aliases,expected", [
    ("Almaty", "Almaty", [], (1, 1)),
    ("almaty", "Almaty", [], (1, 1)),
    ("Astana", "Nur-Sultan", ["Astana"], (1, 1)),
    (None, "Almaty", [], (0, 1)),
    ("Almaty", None, [], (0, 1)),
    (None, None, [], (0, 0)),
    ("Tashkent", "Almaty", [], (0, 1)),
])
def test_evaluate_city_accuracy(system_city, gold_city, aliases, expected):
    scores = evaluate([_s(city=system_city)], [_g(city=gold_city, city_aliases=aliases)])
    assert (scores.city.correct, scores.city.total) == expected


def test_evaluate_missing_end_reads_as_start():
    scores = evaluate([_s(end=None)], [_g()])
    assert scores.dates == Accuracy.of(1, 1)


def test_evaluate_person_one_letter_variant_is_a_true_positive():
    gold = [_g(persons=[{"name": "Karina Testerova", "mentions": ["Karina Testerova"]}])]
    scores = evaluate([_s(persons=[{"name": "Karina Testerowa", "id": "p1"}])], gold)
    assert scores.persons == PRF.of(1, 0, 0)
    scores = evaluate([_s(persons=[{"name": "Karina Testerwwa", "id": "p1"}])], gold)
    assert scores.persons == PRF.of(0, 1, 1)


def test_evaluate_person_alias_from_entity_table():
    table = {"persons": {"Karina Testerova": ["Karina Testerova", "Kara T."]}, "organizations": {}}
    gold = [_g(persons=[{"name": "Karina Testerova", "mentions": []}])]
    assert evaluate([_s(persons=[{"name": "Kara T."}])], gold, entities=table).persons.tp == 1
    assert evaluate([_s(persons=[{"name": "Kara T."}])], gold).persons.tp == 0


def test_evaluate_org_by_acronym_alias_and_spelling():
    table = {"persons": {}, "organizations": {
        "Regional Programme Centre for Examples": {
            "acronym": "RPCE", "aliases": ["Example Regional Centre"], "parent": None,
            "country": None}}}
    gold = [_g(organizations=[{"name": "Regional Programme Centre for Examples", "acronym": "RPCE",
                               "mentions": ["RPCE"]}])]
    for name in ("RPCE", "the Regional Program Center for Examples", "Example Regional Center"):
        scores = evaluate([_s(organizations=[{"name": name}])], gold, entities=table)
        assert scores.organizations.tp == 1, name
    scores = evaluate([_s(organizations=[{"name": "Regional Programme Centre"}])], gold,
                      entities=table)
    assert scores.organizations == PRF.of(0, 1, 1)


def test_evaluate_countries_by_code_and_once_each():
    gold = [_g(countries=["KZ", "KG"])]
    scores = evaluate([_s(countries=["kz", "KZ", "UZ"])], gold)
    assert scores.countries == PRF.of(1, 1, 1)


# -------------------------------------------------------------------------------- name matching

@pytest.mark.parametrize("a,b,matches", [
    ("Karl Testerson", "Karl Testerson", True),
    ("Karl Testerson", "Karl Testersen", True),          # one letter differs
    ("Karl Testerson", "Karl Testerrson", True),         # one letter inserted
    ("Karl Testerson", "Karl Tesstersen", False),        # two letters
    ("K. Testerson", "Karl Testerson", True),            # initial against full name
    ("K.L.Testerson", "Karl Lars Testerson", True),      # glued initials
    ("Testerson Karl Lars", "Karl Lars Testerson", True),  # surname first
    ("Testerso Karl Lars", "Karl Lars Testerson", True),  # surname first and misspelt
    ("Karl TESTERSON", "Karl Testerson", True),          # capitalised surname
    ("Mr. Karl Testerson", "Karl Testerson", True),
    ("Anna Berg", "Anna Borg", False),                   # short names need an exact match
    ("Karl Testerson", "Karl Jensen", False),
    ("Émile Çelikson", "Emile Celikson", True),          # accents
])
def test_person_match_surname_rules(a, b, matches):
    assert bool(person_match(a, b)) is matches
    assert bool(person_match(b, a)) is matches


def test_person_match_prefers_exact_over_tolerant():
    assert person_match("Karl Testerson", "Karl Testerson") > person_match("K. Testerson",
                                                                           "Karl Testerson")
    assert person_match("K. Testerson", "Karl Testerson") > person_match("Karl Testersen",
                                                                         "Karl Testerson")


@pytest.mark.parametrize("a,b", [
    ("UNODC Programme Office", "the UNODC Program Office"),
    ("Information Centre", "Information Center"),
    ("Shanghai Cooperation Organisation", "Shanghai Co-operation Organization"),
    ("Prosecutor General's Office", "Prosecutor General’s Office"),
    ("U.S. Embassy", "US Embassy"),
])
def test_normalize_org_equivalences(a, b):
    assert normalize_org(a) == normalize_org(b)


# ----------------------------------------------------------------------------- files and output

def test_evaluate_files_and_cli(tmp_path, system, gold):
    from parleygraph.extract.io import write_jsonl
    from parleygraph.graph.cli import cli

    meetings = write_jsonl(tmp_path / "meetings.jsonl", system[1:])
    args = [str(meetings), "--gold", str(GOLD_DIR / "seeds.jsonl"),
            "--entities", str(GOLD_DIR / "entities.json"), "--docs", str(SEEDS)]
    scores = evaluate_files(args[0], [args[2]], entities=args[4], docs=args[6])
    assert scores.meetings.fn == 1 and scores.participants.f1 == 1.0
    result = CliRunner().invoke(cli, ["evaluate", *args])
    assert result.exit_code == 0, result.output
    assert "meetings" in result.output and f"missed: {gold[0]['id']}" in result.output


def test_evaluate_cli_bad_file_is_one_line(tmp_path):
    from parleygraph.graph.cli import cli

    bad = tmp_path / "m.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(bad), "--gold", str(GOLD_DIR / "seeds.jsonl")])
    assert result.exit_code == 1
    assert "not valid JSON" in result.output and "Traceback" not in result.output


def test_format_scores_lists_every_figure(system, gold, entities, texts):
    text = format_scores(evaluate(system, gold, entities=entities, texts=texts))
    for word in ("meetings", "persons", "organizations", "countries", "participants",
                 "date accuracy", "city accuracy", "person splits", "organisation merges"):
        assert word in text
    for doc in {g["doc"] for g in gold}:
        assert doc in text


def test_evaluate_by_document_scores_each_document_alone(system, gold, entities, texts):
    doc = gold[0]["doc"]
    system = [s for s in system if s["id"] != "sys-0"]
    per = evaluate_by_document(system, gold, entities=entities, texts=texts)
    assert set(per) == {g["doc"] for g in gold}
    assert per[doc].meetings.fn == 1
    assert all(s.meetings.f1 == 1.0 for d, s in per.items() if d != doc)


def test_evaluate_is_deterministic(system, gold, entities, texts):
    a = evaluate(system, gold, entities=entities, texts=texts)
    b = evaluate(list(reversed(system)), gold, entities=entities, texts=texts)
    assert a.as_dict() == b.as_dict()
