"""Identity resolution across a run: persons, organisations, countries, meetings, ledger, overrides."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from parleygraph.extract.ledger import validate_overrides
from parleygraph.extract.lexicon import NAME_GROUPS, SPELLING_GROUPS, default_rules
from parleygraph.extract.names import one_edit, parse_name, translit_key
from parleygraph.extract.records import Meeting, OrgRef, PersonRef
from parleygraph.extract.resolve import (
    ACRONYM_SOURCES,
    ORG_KEY_STRATEGIES,
    ORG_MERGES,
    PERSON_PASSES,
    VARIANT_RULES,
    KeptMeetings,
    PersonOccurrence,
    acronym_prefixed,
    apply_meeting_overrides,
    blocking_key,
    cluster_organisations,
    ensure_parents,
    fix_meeting,
    format_entities,
    link_affiliations,
    org_key,
    refine_from_reports,
    resolve,
    resolve_organisations,
    resolve_persons,
    same_gathering,
    same_words,
)

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold"
BASE = "https://w3id.org/parleygraph/id/"
CARICC = ("Central Asian Regional Information and Coordination Centre for Combating Illicit "
          "Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors")
_TITLE = re.compile(r"^(?:(?:Mr|Ms|Mrs|Dr|H\.E|[Hh](?:is|er) Excellency|Director|[A-Z][a-z]+-General"
                    r"|Colonel|General)\.?\s+)+")


def _surface(p: dict) -> str | None:
    """The first mention of a gold person that carries a name (titles stripped), as the extractor
    would give it; None for a person named only by a title."""
    keys = {translit_key(w) for w in re.findall(r"\w+", p["name"])}
    for m in p["mentions"]:
        s = _TITLE.sub("", m).strip()
        toks = re.findall(r"[^\W\d_]{3,}", s)
        if toks and any(translit_key(toks[-1]) == k or one_edit(translit_key(toks[-1]), k)
                        for k in keys):
            return s
    return None


def gold_records(blind_orgs: bool = False) -> tuple[list[Meeting], list[dict]]:
    """Meetings built from the gold: surface names for persons, gold or surface org names."""
    out, gold = [], []
    for n, line in enumerate((GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines()):
        d = json.loads(line)
        d["persons"] = [p for p in d["persons"] if _surface(p)]
        persons = tuple(PersonRef(name=_surface(p) or "", mentions=tuple(p["mentions"]),
                                  role=p["role"], affiliation=p["affiliation"], rank=p["rank"])
                        for p in d["persons"])
        orgs = []
        for o in d["organizations"]:
            name = o["name"]
            if blind_orgs:
                longs = [x for x in o["mentions"] if x != o["acronym"] and not x.islower()
                         and not x.startswith(("the ", "Ministries"))]
                if longs:
                    name = max(longs, key=len)
            orgs.append(OrgRef(name=name, acronym=o["acronym"], mentions=tuple(o["mentions"]),
                               parent=o["parent"], country=o["country"]))
        out.append(Meeting(id=d["id"], doc=d["doc"], item=int(d["id"].split("#")[1]),
                           evidence=d["anchor"], span=(n, n + 1), type=d["type"], start=d["start"],
                           end=d["end"], city=d["city"], country=d["country"], format=d["format"],
                           persons=persons, organizations=tuple(orgs),
                           countries=tuple(d["countries"]), organizers=tuple(d["organizers"]),
                           chairs=tuple(d["chairs"])))
        gold.append(d)
    return out, gold


def identity_errors(meetings: list[Meeting], gold: list[dict]) -> dict[str, int]:
    """Splits (one gold entity, several IRIs) and merges (one IRI, several gold entities)."""
    g2i: dict[str, set[str]] = defaultdict(set)
    i2g: dict[str, set[str]] = defaultdict(set)
    for m, d in zip(meetings, gold):
        for p, q in zip(d["persons"], m.persons):
            g2i["person:" + p["name"]].add(q.id)
            i2g[q.id].add(p["name"])
        for o, q in zip(d["organizations"], m.organizations):
            g2i["organization:" + o["name"]].add(q.id)
            i2g[q.id].add(o["name"])
    out = {"person_splits": 0, "organization_splits": 0, "person_merges": 0,
           "organization_merges": 0}
    for k, v in g2i.items():
        out[k.split(":")[0] + "_splits"] += len(v) - 1
    for k, v in i2g.items():
        out[("person" if "/person/" in k else "organization") + "_merges"] += len(v) - 1
    return out


def meeting(mid: str, persons=(), orgs=(), start="2020-07-10", city="Almaty", doc=None,
            **kw) -> Meeting:
    doc = doc or mid.split("#")[0] + ".txt"
    return Meeting(id=mid, doc=doc, item=int(mid.split("#")[1]), evidence=f"ev {mid}",
                   span=(int(mid.split("#")[1]) * 10, int(mid.split("#")[1]) * 10 + 5),
                   start=start, end=start, city=city, persons=tuple(persons),
                   organizations=tuple(orgs), **kw)


def P(name: str, aff: str | None = None, role: str | None = None, **kw) -> PersonRef:
    return PersonRef(name=name, mentions=(name,), affiliation=aff, role=role, **kw)


def ids(r, name_part: str) -> set[str]:
    return {p.id for m in r.meetings for p in m.persons if name_part in p.name}


# ------------------------------------------------------------------ gold-derived

def test_resolve_gold_identities_no_split_no_merge() -> None:
    ms, gold = gold_records()
    r = resolve(ms)
    assert identity_errors(r.meetings, gold) == {
        "person_splits": 0, "organization_splits": 0, "person_merges": 0,
        "organization_merges": 0}
    persons = [e for e in r.entities if e.kind == "person"]
    assert len(persons) == len({p["name"] for d in gold for p in d["persons"]})


def test_resolve_gold_surface_org_names() -> None:
    """Organisations given as in the text (long forms, acronyms, spelling variants)."""
    ms, gold = gold_records(blind_orgs=True)
    errs = identity_errors(resolve(ms).meetings, gold)
    assert errs["organization_merges"] == 0 and errs["person_merges"] == 0
    assert errs["organization_splits"] <= 3


def test_resolve_gold_canonical_names_and_aliases() -> None:
    ms, _ = gold_records()
    r = resolve(ms)
    by_name = {e.name: e for e in r.entities if e.kind == "person"}
    mir = by_name["Rustam Aziz Miralizoda"]
    assert {"Miralizod Rustam Aziz", "Mr. Miralizoda R.A.", "R.A. Miralizoda"} <= set(mir.aliases)
    assert "Director of the Centre" not in mir.aliases
    assert mir.rank == "Major-General"
    assert "Naweed Riaz" in by_name and "Navid Riaz" in by_name["Naweed Riaz"].aliases
    assert "Tatiana Evdokimova" in by_name and "Batyr Geldiyev" in by_name
    assert {r.date[:4] for r in mir.roles if r.date} == {"2020", "2021"}
    assert all(r.person == mir.id and r.evidence for r in mir.roles)


# ------------------------------------------------------------------ persons

def test_resolve_bare_surname_within_document() -> None:
    r = resolve([meeting("a#1", [P("John Mikal Kvistad", "NO")]),
                 meeting("a#2", [P("Kvistad")], start="2020-08-01"),
                 meeting("b#1", [P("Kvistad")], start="2020-09-01")])
    a1, a2, b1 = (m.persons[0] for m in r.meetings)
    assert a1.id == a2.id and a2.name == "John Mikal Kvistad"
    assert b1.id != a1.id  # another document, no context: not merged


def test_resolve_thin_name_needs_context() -> None:
    roca = "UNODC Regional Office for Central Asia"
    r = resolve([meeting("a#1", [P("Ashita Mittal", roca)]),
                 meeting("b#1", [P("A. Mittal", roca)], start="2021-01-01"),
                 meeting("c#1", [P("A. Mittal", "Ministry of Health of the Republic of India")],
                         start="2022-01-01")])
    a, b, c = (m.persons[0].id for m in r.meetings)
    assert a == b != c


def test_resolve_same_surname_different_people() -> None:
    r = resolve([meeting("a#1", [P("Rustam Miralizoda", "X")]),
                 meeting("b#1", [P("Farid Miralizoda", "X")], start="2021-01-01"),
                 meeting("c#1", [P("Miralizoda", "X")], start="2022-01-01")])
    a, b, c = (m.persons[0].id for m in r.meetings)
    assert a != b
    assert c not in (a, b)  # ambiguous between two people: left alone


def test_resolve_typo_bridged_by_full_form() -> None:
    r = resolve([meeting("a#1", [P("Miralizod Rustam Aziz")]),
                 meeting("b#1", [P("R.A. Miralizoda")], start="2021-01-01"),
                 meeting("c#1", [P("Rustam Aziz Miralizoda")], start="2022-01-01")])
    assert len({m.persons[0].id for m in r.meetings}) == 1
    assert r.meetings[0].persons[0].name == "Rustam Aziz Miralizoda"


# ------------------------------------------------------------------ organisations

@pytest.mark.parametrize(("a", "b"), [
    (OrgRef(name="Ministry of Internal Affairs of the Republic of Kazakhstan", country="KZ"),
     OrgRef(name="Ministry of Foreign Affairs of the Republic of Kazakhstan", country="KZ")),
    (OrgRef(name="Ministry of Internal Affairs of the Republic of Kazakhstan", country="KZ"),
     OrgRef(name="Ministry of Internal Affairs of the Republic of Tajikistan", country="TJ")),
    (OrgRef(name="UNODC Programme Office in Kazakhstan",
            parent="United Nations Office on Drugs and Crime"),
     OrgRef(name="United Nations Office on Drugs and Crime", acronym="UNODC")),
    (OrgRef(name="CARICC Information and Analytical Unit", acronym="IAP", parent=CARICC),
     OrgRef(name=CARICC, acronym="CARICC")),
    (OrgRef(name="Drug Control Service of the Ministry of Internal Affairs of the Kyrgyz Republic",
            country="KG", parent="Ministry of Internal Affairs of the Kyrgyz Republic"),
     OrgRef(name="Ministry of Internal Affairs of the Kyrgyz Republic", country="KG")),
])
def test_resolve_orgs_never_merged(a: OrgRef, b: OrgRef) -> None:
    r = resolve([meeting("a#1", orgs=[a]), meeting("b#1", orgs=[b], start="2021-01-01")])
    assert r.meetings[0].organizations[0].id != r.meetings[1].organizations[0].id


@pytest.mark.parametrize(("a", "b"), [
    (OrgRef(name="Ministry of Internal Affairs of the Republic of Kazakhstan", country="KZ"),
     OrgRef(name="Ministry of Internal Affairs of Kazakhstan", country="KZ")),
    (OrgRef(name="Ministry of Foreign Affairs of the Republic of Kazakhstan", country="KZ"),
     OrgRef(name="Kazakh Ministry of Foreign Affairs", country="KZ")),
    (OrgRef(name="UN Office on Drugs and Crime"), OrgRef(name="UNODC", acronym="UNODC")),
    (OrgRef(name="Regional Training Centre of the Foo Organisation"),
     OrgRef(name="Regional Training Center of the Foo Organization")),
    (OrgRef(name="the Baz Programme for Youth"), OrgRef(name="Baz Program for Youth")),
    (OrgRef(name="Financial Intelligence Unit (FIU)", country="KG"),
     OrgRef(name="FIU", country="KG")),
    (OrgRef(name="Drug Control Agency under the President of the Republic of Tajikistan",
            acronym="DCA", country="TJ"),
     OrgRef(name="DCA under the President of the Republic of Tajikistan", country="TJ")),
    (OrgRef(name="Foo National Coordinators Council"),
     OrgRef(name="Foo Council of National Coordinators")),
])
def test_resolve_orgs_merged(a: OrgRef, b: OrgRef) -> None:
    r = resolve([meeting("a#1", orgs=[a]), meeting("a#2", orgs=[b], start="2021-01-01")])
    assert r.meetings[0].organizations[0].id == r.meetings[1].organizations[0].id


def test_resolve_org_parent_created_and_linked() -> None:
    r = resolve([meeting("a#1", orgs=[OrgRef(name="UNODC Programme Office in Kazakhstan")])])
    ents = {e.id: e for e in r.entities}
    office = ents[r.meetings[0].organizations[0].id]
    assert office.parent and ents[office.parent].acronym == "UNODC"
    assert ents[office.parent].meetings == ()  # the parent exists though it did not take part
    assert ents[ents[office.parent].parent].name == "United Nations"


def test_org_key_spelling_and_country() -> None:
    assert org_key("Ministry of Internal Affairs of Kazakhstan", "KZ") == \
        org_key("Ministry of Internal Affairs of the Republic of Kazakhstan", "KZ")
    assert org_key("CARICC's Information and Analytical Unit") == \
        org_key("CARICC Information and Analytical Unit")
    assert org_key("Central Asian Regional Office", "KZ") == "central asian regional office @KZ"


# ------------------------------------------------------------------ countries and meetings

def test_resolve_countries_entities() -> None:
    r = resolve([meeting("a#1", [P("John Mikal Kvistad", "NO")], countries=("KZ", "NO"))])
    ents = {e.id: e for e in r.entities}
    kz = ents[BASE + "country/KZ"]
    assert kz.kind == "country" and kz.code == "KZ" and kz.name == "Kazakhstan"
    assert kz.meetings == (r.meetings[0].iri,)
    assert ents[BASE + "country/NO"].kind == "country"


def test_resolve_same_meeting_two_reports() -> None:
    ps = [P("Rustam Aziz Miralizoda"), P("Sh.O. Salimzoda")]
    orgs = [OrgRef(name=CARICC, acronym="CARICC")]
    r = resolve([meeting("a#1", ps, orgs, start="2020-07", city="Dushanbe"),
                 meeting("b#1", ps, orgs, start="2020-07-10", city="Dushanbe"),
                 meeting("b#2", [ps[0], P("Zohir Saidzoda")], orgs, start="2020-07-10",
                         city="Dushanbe"),
                 meeting("c#1", ps, orgs, start="2020-07-10", city="Almaty")])
    a, b, b2, c = r.meetings
    assert a.iri == b.iri and len({a.iri, b2.iri, c.iri}) == 3
    assert a.start == "2020-07-10" and any("refined" in p for p in a.provenance)
    assert "same meeting as b#1" in a.provenance
    assert (a.doc, a.evidence) != (b.doc, b.evidence)


def test_resolve_meeting_iris_stable_and_distinct() -> None:
    ms = [meeting("a#1"), meeting("a#2", start="2021-01-01"),
          replace(meeting("a#3", start="2022-01-01"), span=(10, 15))]  # same span as a#1
    r = resolve(ms)
    assert len({m.iri for m in r.meetings}) == 3
    assert all(m.iri.startswith(BASE + "meeting/") for m in r.meetings)
    assert [m.iri for m in resolve(ms).meetings] == [m.iri for m in r.meetings]


# ------------------------------------------------------------------ ledger, overrides, determinism

def test_resolve_ledger_keeps_iris_when_documents_are_added() -> None:
    ms, _ = gold_records()
    part_a = [m for m in ms if m.doc.startswith(("001", "003"))]
    ra = resolve(part_a)
    rab = resolve(ms, ledger=ra.ledger)
    assert {e.id for e in ra.entities} <= {e.id for e in rab.entities}
    assert not any(e.same_as for e in rab.entities)
    a_meetings = {m.id: m.iri for m in ra.meetings}
    assert all(a_meetings[m.id] == m.iri for m in rab.meetings if m.id in a_meetings)


def test_resolve_ledger_merge_retires_younger_iri() -> None:
    a = [meeting("a#1", [P("Miralizod Rustam Aziz")]),
         meeting("b#1", [P("R.A. Miralizoda")], start="2021-01-01")]
    ra = resolve(a)
    first, second = (m.persons[0].id for m in ra.meetings)
    assert first != second
    rab = resolve([*a, meeting("c#1", [P("Rustam Aziz Miralizoda")], start="2022-01-01")],
                  ledger=ra.ledger)
    ids_ab = {m.persons[0].id for m in rab.meetings}
    assert len(ids_ab) == 1
    survivor = ids_ab.pop()
    older = min(ra.ledger, key=lambda r: r["n"] if r["kind"] == "person" else 10**9)["iri"]
    assert survivor == older
    retired = ({first, second} - {survivor}).pop()
    ent = next(e for e in rab.entities if e.id == survivor)
    assert ent.same_as == (retired,)
    row = next(r for r in rab.ledger if r["iri"] == retired)
    assert row["status"] == "retired" and row["same_as"] == survivor


def test_resolve_no_ledger_is_deterministic() -> None:
    ms, _ = gold_records()
    r1, r2 = resolve(ms), resolve(ms)
    assert [m.to_dict() for m in r1.meetings] == [m.to_dict() for m in r2.meetings]
    assert [e.to_dict() for e in r1.entities] == [e.to_dict() for e in r2.entities]
    assert r1.ledger == r2.ledger
    shuffled = list(ms)
    random.Random(4).shuffle(shuffled)
    r3 = resolve(shuffled)
    assert {e.id for e in r3.entities} == {e.id for e in r1.entities}


def test_resolve_overrides_applied_and_recorded() -> None:
    ms = [meeting("a#1", [P("Ashita Mittal", "X")]),
          meeting("b#1", [P("Yury Chikalov", "Y")], start="2021-01-01"),
          meeting("c#1", [P("Yuri Chikalov", "Y")], start="2021-02-01"),
          meeting("d#1", [P("Batyr Geldiev", "Z")], start="2021-03-01"),
          meeting("e#1", [P("Batyr Geldiyev", "Z")], start="2021-04-01")]
    base = resolve(ms)
    assert base.meetings[1].persons[0].id == base.meetings[2].persons[0].id
    ov = {"merge": [["Ashita Mittal", "Batyr Geldiyev"]], "split": ["Yuri Chikalov"],
          "drop": ["a#1x", "e#1"], "fix": {"b#1": {"city": "Bishkek"}}}
    r = resolve(ms, overrides=ov)
    assert [m.id for m in r.meetings] == ["a#1", "b#1", "c#1", "d#1"]
    a, b, c, d = r.meetings
    assert b.city == "Bishkek" and any("override: fixed city" in p for p in b.provenance)
    assert b.persons[0].id != c.persons[0].id
    assert any("override: split 'Yuri Chikalov'" in p for p in c.provenance)
    assert a.persons[0].id == d.persons[0].id
    assert any(p.startswith("override: merged") for p in a.provenance)
    merged = next(e for e in r.entities if e.id == a.persons[0].id)
    assert len(merged.same_as) == 1
    assert any("dropped meeting e#1" in x for x in r.log)


def test_format_entities_lists_roles_aliases_meetings() -> None:
    ms, _ = gold_records()
    text = format_entities(resolve(ms).entities)
    assert "person  Rustam Aziz Miralizoda  <" in text
    assert "aliases: " in text and "role 2020-" in text
    assert re.search(r"organization  United Nations Office on Drugs and Crime  <[^>]+>  meetings: \d+",
                     text)
    assert "country  Kazakhstan  <https://w3id.org/parleygraph/id/country/KZ>" in text


# ------------------------------------------------- issue 3: a defined acronym joins its long form

def test_resolve_acronym_mention_without_country_joins_its_long_form() -> None:
    long = "Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz Republic"
    a = OrgRef(name=long, acronym="SCDT", country="KG",
               parent="Ministry of Internal Affairs of the Kyrgyz Republic", mentions=(long,))
    b = OrgRef(name=long, acronym="SCDT", mentions=("SCDT",))
    r = resolve([meeting("a#1", orgs=[a]), meeting("a#2", orgs=[b], start="2021-01-01")])
    assert r.meetings[0].organizations[0].id == r.meetings[1].organizations[0].id


def test_resolve_same_acronym_for_two_bodies_in_two_documents_stays_apart() -> None:
    a = OrgRef(name="Border Agency of Ruritania", acronym="BAR", country="KZ")
    b = OrgRef(name="Bureau of Analysis and Research", acronym="BAR")
    r = resolve([meeting("a#1", orgs=[a]), meeting("b#1", orgs=[b], start="2021-01-01")])
    assert r.meetings[0].organizations[0].id != r.meetings[1].organizations[0].id


# ------------------------------------- issue 3: a short form in the document of its full name

@pytest.mark.parametrize("short, full, country", [
    ("Frontier Guard Service", "Frontier Guard Service of the Kyrgyz Republic", "KG"),
    ("EU Delegation", "Delegation of the European Union to the Republic of Moldova", None),
])
def test_resolve_short_form_joins_full_name_of_same_document(short: str, full: str,
                                                             country: str | None) -> None:
    a = OrgRef(name=short, mentions=(short,))
    b = OrgRef(name=full, country=country, mentions=(full,))
    r = resolve([meeting("a#1", orgs=[a]), meeting("a#2", orgs=[b], start="2021-01-01")])
    assert r.meetings[0].organizations[0].id == r.meetings[1].organizations[0].id


def test_resolve_short_form_in_another_document_stays_apart() -> None:
    a = OrgRef(name="Frontier Guard Service", mentions=("Frontier Guard Service",))
    b = OrgRef(name="Frontier Guard Service of the Kyrgyz Republic", country="KG")
    r = resolve([meeting("a#1", orgs=[a]), meeting("b#1", orgs=[b], start="2021-01-01")])
    assert r.meetings[0].organizations[0].id != r.meetings[1].organizations[0].id


def test_resolve_short_form_with_two_full_names_in_its_document_stays_apart() -> None:
    a = OrgRef(name="Frontier Guard Service", mentions=("Frontier Guard Service",))
    b = OrgRef(name="Frontier Guard Service of the Kyrgyz Republic", country="KG")
    c = OrgRef(name="Frontier Guard Service of Georgia", country="GE")
    r = resolve([meeting("a#1", orgs=[a]), meeting("a#2", orgs=[b], start="2021-01-01"),
                 meeting("a#3", orgs=[c], start="2021-02-01")])
    ids = [m.organizations[0].id for m in r.meetings]
    assert len(set(ids)) == 3


# ------------------------------------------ issue 18: the named steps of resolution, invented names

def test_resolve_strategy_tuples_in_order() -> None:
    assert [s.__name__ for s in ORG_KEY_STRATEGIES] == [
        "data_entry_key", "defined_long_form_key", "countryless_ministry_key", "normalised_key"]
    assert [s.__name__ for s in ACRONYM_SOURCES] == ["document_definitions", "corpus_definitions"]
    assert [s.__name__ for s in VARIANT_RULES] == ["same_words", "acronym_prefixed"]
    assert [s.__name__ for s in ORG_MERGES] == ["merge_variants", "merge_short_forms"]
    assert [p.name for p in PERSON_PASSES] == ["rich_names", "thin_names", "sole_full_name"]


@pytest.mark.parametrize(("name", "country", "key"), [
    ("Ministry of Justice of the Republic of Ruritania", None, "ministry justice republic ruritania"),
    ("Ministry of Justice of the Republic of Kazakhstan", "KZ", "ministry justice @KZ"),
    ("Kazakh Ministry of Justice", "KZ", "ministry justice @KZ"),
    ("Border Service of the Kyrgyz Republic", "KG", "border service @KG"),
    ("Embassy of Ruritania in the Russian Federation", "RU", "embassy ruritania @RU"),
    ("Regional Centre for Defence Co-operation", None, "regional center for defense cooperation"),
    ("the Programmes and Organisations Unit", None, "programs organizations unit"),
    ("Ruritania's Academy", None, "ruritania academy"),
    ("Kazakhstan Border Academy", "TJ", "kazakhstan border academy @TJ"),
])
def test_resolve_org_key_each_rule(name: str, country: str | None, key: str) -> None:
    assert org_key(name, country) == key


def _m(doc: str, n: int, orgs=(), persons=(), **kw) -> Meeting:
    return Meeting(id=f"{doc}#{n}", doc=doc, item=n, evidence=f"ev {doc} {n}", span=(n, n + 1),
                   organizations=tuple(orgs), persons=tuple(persons), **kw)


@pytest.mark.parametrize(("refs", "key", "step"), [
    # a known body by another of its names
    ([("a", OrgRef(name="UN Office on Drugs and Crime"))],
     "data:United Nations Office on Drugs and Crime", "data_entry_key"),
    # the long form the document defined the acronym for, though this mention has no country
    ([("a", OrgRef(name="Frontier Academy of Ruritania", acronym="FAR", country="KG")),
      ("a", OrgRef(name="Frontier Academy", acronym="FAR"))],
     "org:frontier academy", "normalised_key"),
    ([("a", OrgRef(name="Frontier Academy of Ruritania", acronym="FAR", country="KG")),
      ("a", OrgRef(name="Frontier Academy of Ruritania", acronym="FAR"))],
     "org:frontier academy ruritania @KG", "defined_long_form_key"),
    # defined in another document: not taken
    ([("a", OrgRef(name="Frontier Academy of Ruritania", acronym="FAR", country="KG")),
      ("b", OrgRef(name="Frontier Academy of Ruritania", acronym="FAR"))],
     "org:frontier academy ruritania", "normalised_key"),
    ([("a", OrgRef(name="the Frontier Academy (FAR)"))], "org:frontier academy", "normalised_key"),
    # bare acronyms: the document's definition, else the corpus's, else a body of its own
    ([("a", OrgRef(name="Frontier Academy (FAR)")), ("a", OrgRef(name="FAR"))],
     "org:frontier academy", "document_definitions"),
    ([("b", OrgRef(name="Frontier Academy (FAR)")), ("a", OrgRef(name="FAR"))],
     "org:frontier academy", "corpus_definitions"),
    ([("a", OrgRef(name="Frontier Academy (FAR)")), ("a", OrgRef(name="Forest Agency (FAR)")),
      ("a", OrgRef(name="FAR"))], "acr:FAR", "acronym_of_its_own"),
    ([("a", OrgRef(name="FAR", country="KG"))], "acr:FAR @KG", "acronym_of_its_own"),
])
def test_resolve_org_placement_strategy(refs: list, key: str, step: str) -> None:
    """Where the last reference goes, and which strategy (or acronym source) decided it."""
    ms = [_m(doc, n, [o]) for n, (doc, o) in enumerate(refs)]
    t = cluster_organisations(ms)
    last = (len(ms) - 1, 0)
    assert (t.where[last], t.trace[last]) == (key, [step])


@pytest.mark.parametrize(("a", "b", "rule"), [
    (OrgRef(name="Council of National Coordinators of Ruritania"),
     OrgRef(name="Ruritania National Coordinators Council"), "same_words"),
    (OrgRef(name="Frontier Academy under the Ministry of Ruritania", acronym="FAMR"),
     OrgRef(name="FAMR under the Ministry of Ruritania"), "acronym_prefixed"),
    (OrgRef(name="Frontier Guard Service of the Kyrgyz Republic", country="KG"),
     OrgRef(name="Frontier Guard Service"), "merge_short_forms"),
])
def test_resolve_org_merge_rules(a: OrgRef, b: OrgRef, rule: str) -> None:
    t = resolve_organisations([_m("a", 0, [a]), _m("a", 1, [b])])
    assert t.where[(0, 0)] == t.where[(1, 0)]
    assert rule in t.trace[(1, 0)] or rule in t.trace[(0, 0)]


@pytest.mark.parametrize(("a", "b"), [
    # word-order variants of different countries or parents stay apart
    (OrgRef(name="Liaison Officers Council", country="KZ"),
     OrgRef(name="Council of Liaison Officers", country="KG")),
    (OrgRef(name="Analysis Unit", parent="Frontier Academy"),
     OrgRef(name="Unit of Analysis", parent="Forest Agency")),
    # an acronym-prefixed name whose tail is another body's
    (OrgRef(name="Frontier Academy under the Ministry of Ruritania", acronym="FAMR"),
     OrgRef(name="FAMR Liaison Office")),
])
def test_resolve_org_merge_rules_keep_apart(a: OrgRef, b: OrgRef) -> None:
    t = resolve_organisations([_m("a", 0, [a]), _m("b", 1, [b])])
    assert t.where[(0, 0)] != t.where[(1, 0)]


def test_resolve_variant_rules_read_one_table() -> None:
    ms = [_m("a", 0, [OrgRef(name="Ruritania Coordinators Council")]),
          _m("b", 1, [OrgRef(name="Council of Ruritania Coordinators")])]
    t = cluster_organisations(ms)
    found = same_words(t, {})
    assert found == {"org:ruritania coordinators council": "org:council ruritania coordinators"}
    assert acronym_prefixed(t, found) == {}


@pytest.mark.parametrize(("rich", "thin_doc", "thin_aff", "thin_role", "merged", "step"), [
    # a thin name joins the rich name of its own document
    (P("Tarkan Velimorov"), "a", None, None, True, "thin_names"),
    # ... in another document without shared context: the one full name the corpus holds for it
    (P("Tarkan Velimorov"), "b", None, None, True, "sole_full_name"),
    # ... not when the two affiliations differ
    (P("Tarkan Velimorov", "Frontier Academy"), "b", "Forest Agency", None, False, None),
    # ... in another document with the same affiliation or role
    (P("Tarkan Velimorov", "Frontier Academy"), "b", "Frontier Academy", None, True, "thin_names"),
    (P("Tarkan Velimorov", role="Rector"), "b", None, "Rector", True, "thin_names"),
    # same document but two different affiliations: two people
    (P("Tarkan Velimorov", "Frontier Academy"), "a", "Forest Agency", None, False, None),
])
def test_resolve_persons_context_score(rich: PersonRef, thin_doc: str, thin_aff, thin_role,
                                       merged: bool, step) -> None:
    ms = [_m("a", 0, persons=[rich]),
          _m(thin_doc, 1, persons=[P("T. Velimorov", thin_aff, role=thin_role)])]
    t = resolve_organisations(ms)
    aff = link_affiliations(ms, t)
    persons, where = resolve_persons(ms, aff, [])
    assert (where[(0, 0)] == where[(1, 0)]) is merged
    if step:
        assert persons[where[(0, 0)]].steps == [step]


@pytest.mark.parametrize(("a", "b", "merged", "steps"), [
    ("Tarkan Velimorov", "TARKAN VELIMOROV", True, []),             # one name key: one block
    ("Tarkan Velimorov", "Tarkan Velimorrov", True, []),            # a doubled letter too
    ("Tarkan Velimorov", "T.K. Velimorov", True, ["rich_names"]),   # initials against a name
    ("Velimorov Tarkan", "Tarkan VELIMOROV", True, ["rich_names"]), # order free
    ("Tarkan Velimorov", "Tarkan Velimorev", True, ["rich_names"]), # one edit, long surname
    ("Tarkan Velimorov", "Oskar Velimorov", False, []),             # conflicting given names
    ("T.K. Velimorov", "T.O. Velimorov", False, []),                # conflicting initials
    ("T.K. Velimorov", "T.K. Velimorev", False, []),                # one edit, initials only
])
def test_resolve_persons_rich_names_across_documents(a: str, b: str, merged: bool,
                                                     steps: list) -> None:
    ms = [_m("a", 0, persons=[P(a)]), _m("b", 1, persons=[P(b)])]
    persons, where = resolve_persons(ms, {}, [])
    assert (where[(0, 0)] == where[(1, 0)]) is merged
    assert persons[where[(0, 0)]].steps == steps


@pytest.mark.parametrize(("names", "joins"), [
    (["Pavel Dorin"], True),                     # the one full name that fits
    (["Pavel Dorin", "Petr Dorin"], False),      # two people it could be: neither
    (["Pavel Dorin", "Pavel A. Dorin"], True),   # two forms of one person (merged first)
    (["Oskar Dorin"], False),                    # another initial
])
def test_resolve_persons_initial_joins_the_sole_full_name(names: list[str], joins: bool) -> None:
    ms = [*(_m(f"full{k}", k, persons=[P(n)]) for k, n in enumerate(names)),
          _m("z", 9, persons=[P("P. Dorin")])]
    _, where = resolve_persons(ms, {}, [])
    thin = where[(len(names), 0)]
    assert (thin in {where[(k, 0)] for k in range(len(names))}) is joins


def test_resolve_persons_bare_surname_needs_context_across_documents() -> None:
    ms = [_m("a", 0, persons=[P("Pavel Dorin")]), _m("b", 1, persons=[P("Dorin")])]
    _, where = resolve_persons(ms, {}, [])
    assert where[(0, 0)] != where[(1, 0)]


def test_resolve_persons_ambiguous_thin_name_joins_neither() -> None:
    ms = [_m("a", 0, persons=[P("Tarkan Velimorov"), P("Oskar Velimorov")]),
          _m("a", 1, persons=[P("Velimorov")])]
    _, where = resolve_persons(ms, {}, [])
    assert len({where[(0, 0)], where[(0, 1)], where[(1, 0)]}) == 3


@pytest.mark.parametrize(("name", "aff", "split", "key"), [
    ("Tarkan Velimorov", None, None, ("name", "tarkan velimorov")),
    ("VELIMOROV Tarkan", "org:x", None, ("name", "tarkan velimorov")),
    ("T. Velimorov", "org:x", None, ("thin", "t. velimorov", "org:x")),
    ("Velimorov", None, None, ("thin", "velimorov", "a.txt")),
    ("Tarkan Velimorov", None, "Tarkan VELIMOROV", ("split", "tarkan velimorov")),
])
def test_resolve_blocking_key(name: str, aff, split, key: tuple) -> None:
    o = PersonOccurrence((0, 0), parse_name(name), aff, "a.txt", split)
    assert blocking_key(o, default_rules()) == key


def test_resolve_split_override_keeps_a_name_apart() -> None:
    second = PersonRef(name="Tarkan Velimorov", mentions=("Colonel Tarkan Velimorov",))
    ms = [_m("a", 0, persons=[P("Tarkan Velimorov")]), _m("b", 1, persons=[second])]
    assert len(set(resolve_persons(ms, {}, [])[1].values())) == 1
    persons, where = resolve_persons(ms, {}, ["COLONEL Tarkan Velimorov"])
    assert where[(0, 0)] != where[(1, 0)]
    assert persons[where[(1, 0)]].split == "COLONEL Tarkan Velimorov"


_DAY = dict(start="2022-03-04", end="2022-03-04", city="Osh")


@pytest.mark.parametrize(("a", "b", "pa", "pb", "oa", "ob", "same"), [
    (_DAY, _DAY, {"p1"}, {"p1"}, set(), set(), True),
    (_DAY, dict(_DAY, start="2022-03"), {"p1"}, {"p1"}, set(), set(), True),           # a month
    (_DAY, dict(_DAY, city="Naryn"), {"p1"}, {"p1"}, set(), set(), False),             # two cities
    (_DAY, dict(_DAY, city=None), {"p1"}, {"p1"}, set(), set(), False),                # one city unknown
    (dict(_DAY, city=None, format="online"), dict(_DAY, city=None, format="online"),
     {"p1"}, {"p1"}, set(), set(), True),                                               # both online
    (_DAY, dict(_DAY, start="2022-03-05", end="2022-03-05"), {"p1"}, {"p1"}, set(), set(), False),
    (_DAY, _DAY, set(), set(), {"o1", "o2"}, {"o1", "o2"}, True),                        # two bodies
    (_DAY, _DAY, set(), set(), {"o1"}, {"o1"}, False),                                   # one body
    (_DAY, _DAY, {"p1", "p2", "p3"}, {"p1", "p4", "p5"}, set(), set(), False),          # one traveller
])
def test_resolve_same_gathering(a: dict, b: dict, pa, pb, oa, ob, same: bool) -> None:
    ma, mb = _m("a", 0, **a), _m("b", 0, **b)
    assert same_gathering(ma, mb, pa, pb, oa, ob) is same
    assert same_gathering(mb, ma, pb, pa, ob, oa) is same


@pytest.mark.parametrize(("m", "others", "changes"), [
    (dict(start="2022-03"), [dict(start="2022-03-04")], {"start": "2022-03-04"}),
    (dict(start="2022-03-04"), [dict(start="2022-03")], {}),
    (dict(start="2022-03", end="2022-03"), [dict(start="2022-03-04", end="2022-03-06")],
     {"start": "2022-03-04", "end": "2022-03-06"}),
    (dict(start="2022-03-04", end="2022-03-04"), [dict(start="2022-03-04", end="2022-03-06")], {}),
    (dict(start="2022-03"), [dict(start="2022-03-04"), dict(start="2022-03-05")], {}),
    (dict(city=None), [dict(city="Osh")], {"city": "Osh"}),
    (dict(city=None), [dict(city="Osh"), dict(city="Naryn")], {}),
])
def test_resolve_refine_from_reports(m: dict, others: list, changes: dict) -> None:
    prov, got = refine_from_reports(_m("a", 0, **m), [_m("b", i, **o) for i, o in enumerate(others)])
    assert got == changes
    assert prov[:len(others)] == sorted(f"same meeting as b#{i}" for i in range(len(others)))


@pytest.mark.parametrize(("ov", "ids", "log"), [
    ({"drop": ["a#0"]}, ["a#1"], ["override: dropped meeting a#0"]),
    ({"fix": {"a#1": {"city": "Osh"}}}, ["a#0", "a#1"], ["override: fixed city of meeting a#1"]),
    ({}, ["a#0", "a#1"], []),
])
def test_resolve_apply_meeting_overrides(ov: dict, ids: list, log: list) -> None:
    kept = apply_meeting_overrides([_m("a", 0), _m("a", 1)], validate_overrides(ov), BASE)
    assert isinstance(kept, KeptMeetings)
    assert [m.id for m in kept.meetings] == ids and list(kept.log) == log
    assert len(kept.iris) == len(ids)


def test_resolve_fix_meeting_tuples_and_provenance() -> None:
    m = fix_meeting(_m("a", 0), {"countries": ["KG"], "city": "Osh"})
    assert m.countries == ("KG",) and m.city == "Osh"
    assert m.provenance == ("override: fixed city None -> 'Osh'",
                            "override: fixed countries () -> ('KG',)")


def test_resolve_affiliations_and_parents_get_clusters() -> None:
    ms = [_m("a", 0, [OrgRef(name="Analysis Unit", parent="Frontier Academy")],
             [P("Tarkan Velimorov", "Forest Agency"), P("Oskar Brandvik", "KG")])]
    t = resolve_organisations(ms)
    aff = link_affiliations(ms, t)
    assert aff == {(0, 0): "org:forest agency", (0, 1): "country:KG"}
    ensure_parents(t)
    assert {"org:frontier academy", "org:forest agency", "org:analysis unit"} <= set(t.clusters)


def test_resolve_own_rules_change_org_keys_only_for_that_rule_set() -> None:
    """A test's own rule set: a spelling fold that makes "Bureau" and "Office" one word joins
    two bodies; the package's rules keep them apart, before and after."""
    a, b = OrgRef(name="Ruritania Frontier Bureau"), OrgRef(name="Ruritania Frontier Office")
    ms = [_m("a", 0, [a]), _m("b", 1, [b])]
    rules = default_rules().with_rows(
        "spellings.jsonl", [{"word": "bureau", "to": "office", "group": "org_spelling"}])
    plain = resolve(ms)
    own = resolve(ms, rules=rules)
    assert plain.meetings[0].organizations[0].id != plain.meetings[1].organizations[0].id
    assert own.meetings[0].organizations[0].id == own.meetings[1].organizations[0].id
    assert org_key("Ruritania Frontier Bureau", rules=rules) == "ruritania frontier office"
    assert org_key("Ruritania Frontier Bureau") == "ruritania frontier bureau"
    again = resolve(ms)
    assert [m.to_dict() for m in again.meetings] == [m.to_dict() for m in plain.meetings]


def test_resolve_own_rules_country_words() -> None:
    """A new word around a country's name ("Principality") is stripped with it."""
    name = "Border Service of the Principality of Kazakhstan"
    assert org_key(name, "KZ") == "border service principality @KZ"
    rules = default_rules().with_rows("names.jsonl", [{"word": "principality", "group": "org_country_lead"}])
    assert org_key(name, "KZ", rules) == "border service @KZ"


def test_resolve_reads_every_group_of_its_rule_files() -> None:
    rules = default_rules().with_rows("names.jsonl", [])
    resolve([_m("a", 0, [OrgRef(name="Frontier Academy of Ruritania")], [P("Tarkan Velimorov")])],
            rules=rules)
    assert set(NAME_GROUPS) | set(SPELLING_GROUPS) <= rules.groups_read()


@pytest.mark.parametrize("module", ["parleygraph.extract.resolve", "parleygraph.extract.names"])
def test_resolve_and_names_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10 and result.failed == 0


def test_resolve_persons_sole_full_name_refused_on_rivals_not_on_roles() -> None:
    """Two thin names of different bodies claim one full name: the corpus has two people of that
    name, neither joins it. Roles are not compared (one person's are told in many words)."""
    ms = [_m("a", 0, persons=[P("Pavel Dorin")]),
          _m("b", 1, persons=[P("P. Dorin", "State Customs Service of Ruritania")]),
          _m("c", 2, persons=[P("P. Dorin", "National Police of Osteria")])]
    t = resolve_organisations(ms)
    _, where = resolve_persons(ms, link_affiliations(ms, t), [])
    assert len({where[(0, 0)], where[(1, 0)], where[(2, 0)]}) == 3
    ms = [_m("a", 0, persons=[P("Ahmed Khanov", role="Interior Minister of Ruritania")]),
          _m("b", 1, persons=[P("A. Khanov", role="Deputy Commissioner of the Osh Police")])]
    _, where = resolve_persons(ms, {}, [])
    assert where[(0, 0)] == where[(1, 0)]


def test_resolve_persons_a_thin_name_that_does_not_fit_is_no_rival() -> None:
    """"P. Dorina" of the police shares a key with "Pavel Dorin" but does not fit him: "P. Dorin" of
    the customs still joins him."""
    ms = [_m("a", 0, persons=[P("Pavel Dorin")]),
          _m("b", 1, persons=[P("P. Dorin", "State Customs Service of Ruritania")]),
          _m("c", 2, persons=[P("P. Dorina", "National Police of Osteria")])]
    t = resolve_organisations(ms)
    _, where = resolve_persons(ms, link_affiliations(ms, t), [])
    assert where[(0, 0)] == where[(1, 0)] != where[(2, 0)]


def test_a_ministry_named_without_its_country_is_one_body_only_within_its_page() -> None:
    """Two pages' bare "Ministry of Foreign Affairs" (a Nepali and a Bangladeshi delegation's) are
    two bodies; on one page they are one; "Ministry of Health of Bonaire" names its own country."""
    def m(doc: str, n: int, *orgs: str) -> Meeting:
        return Meeting(id=f"{doc}#{n}", doc=doc, item=0, evidence="", span=(0, 0),
                       organizations=tuple(OrgRef(name=o) for o in orgs))

    res = resolve([m("np.txt", 1, "Ministry of Foreign Affairs"), m("np.txt", 2, "Ministry of Foreign Affairs"),
                   m("bd.txt", 1, "Ministry of Foreign Affairs", "Ministry of Health of Bonaire"),
                   m("cw.txt", 1, "Ministry of Health of Bonaire")])
    iri = {(x.doc, o.name): o.id for x in res.meetings for o in x.organizations}
    assert res.meetings[0].organizations[0].id == res.meetings[1].organizations[0].id
    assert iri[("np.txt", "Ministry of Foreign Affairs")] != iri[("bd.txt", "Ministry of Foreign Affairs")]
    assert iri[("bd.txt", "Ministry of Health of Bonaire")] == iri[("cw.txt", "Ministry of Health of Bonaire")]


def test_a_page_scoped_ministry_keeps_its_iri_with_the_ledger() -> None:
    """Review case: rebuilt with its ledger, each page's bare ministry keeps its IRI and no row
    is retired into another page's; a third page's mints a new one."""
    def m(doc: str) -> Meeting:
        return Meeting(id=f"{doc}#1", doc=doc, item=0, evidence="", span=(0, 0),
                       organizations=(OrgRef(name="Ministry of Foreign Affairs"),))

    r1 = resolve([m("bd.txt"), m("np.txt")])
    r2 = resolve([m("bd.txt"), m("np.txt")], ledger=r1.ledger)
    r3 = resolve([m("bd.txt"), m("np.txt"), m("aa.txt")], ledger=r2.ledger)
    ids = lambda r: [x.organizations[0].id for x in r.meetings]  # noqa: E731
    assert ids(r1) == ids(r2) == ids(r3)[:2] and len(set(ids(r3))) == 3
    assert not any(e.same_as for e in r2.entities + r3.entities)
