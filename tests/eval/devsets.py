"""Shared tooling of the development sets ``tests/eval/dev``, ``dev2``, ``dev3``, ``dev4``.

Each set is a folder ``tests/eval/<name>/`` with texts ``<name>_NN_*.txt``, ``gold.jsonl``,
``entities.json``, ``NOTES.md`` and a ``make_gold.py`` that holds only the set's tables. This
module has what the sets share:

- the gold builder: ``person``/``make_org``/``meeting`` build table rows, ``GoldSet`` holds a
  set's tables, ``check_and_number`` checks what a gold annotator checks by script (see
  ../../../shared/gold/NOTES.md) and numbers the meetings, ``build_entities`` derives the entity
  table, ``write_gold`` writes both files atomically;
- the scorer: ``score_main("dev2", argv)`` extracts the set (or reads a given meetings.jsonl),
  evaluates it against the gold and lists every wrong field (``diff``);
- the facts the gold test (tests/eval/test_dev_gold.py) checks: ``SETS``, ``TYPES``, ``DATE``.

Not a package (tests/eval has no ``__init__.py``): scripts put tests/eval on ``sys.path`` and
``import devsets``. Usage::

    python tests/eval/devsets.py dev2            # same as python tests/eval/dev2/score_dev2.py
    python tests/eval/devsets.py dev2 out.jsonl  # score an existing meetings.jsonl
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parleygraph.extract.evaluate import evaluate, format_scores, load_texts, normalize_org, person_match
from parleygraph.extract.io import write_atomic

__all__ = ["EVAL", "SETS", "TYPES", "DATE", "GoldSet", "person", "make_org", "meeting",
           "build_entities", "check_and_number", "write_gold", "read_gold", "read_entities",
           "set_dir", "set_texts", "diff", "score_main",
           "CARICC", "OSCE", "UNODC", "DCA", "ROCA", "MIAKZ", "CNC", "MIAKG", "MIAUZ", "DEA", "GUNK", "IAU"]

EVAL = Path(__file__).resolve().parent
# set name -> number of texts it holds
SETS: dict[str, int] = {"dev": 10, "dev2": 10, "dev3": 8, "dev4": 8, "dev5": 8, "dev6": 8, "dev7": 8, "dev8": 8, "dev9": 8, "dev10": 8, "dev11": 8, "dev12": 8, "dev13": 8, "dev14": 8, "dev15": 8, "dev16": 8,
                        # real pages (issue 13): stored excerpts of published news, gold written blind
                        "real1": 8, "real2": 8, "real3": 8, "real4": 8, "real5": 8, "real7": 8, "real9": 8, "real10": 8, "real12": 8,
                        "real6": 8, "real8": 8, "real11": 8, "real13": 8, "real14": 8, "real15": 8, "real16": 8, "real17": 8, "real18": 8, "real19": 8, "real20": 8, "real21": 8, "real22": 8, "real23": 8, "real24": 8, "real25": 8, "real26": 8, "real27": 8, "real28": 8, "real29": 8, "real30": 8, "real31": 8, "real32": 8, "real33": 8, "real34": 8, "real35": 8, "real36": 8, "real37": 8, "real38": 8, "real39": 8, "real40": 8, "real41": 8, "real42": 8, "real43": 8, "real44": 8, "real45": 8, "real46": 8, "real47": 8, "real48": 8, "real49": 8, "real50": 8, "real51": 8, "real52": 8, "real53": 8, "real54": 8, "real55": 8, "real56": 8, "real57": 8, "real58": 8, "real59": 8}
TYPES = {"meeting", "visit", "conference", "seminar", "workshop", "training", "webinar",
         "working_group", "council_session", "side_event", "hearing", "videoconference"}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")

# Canonical names of the bodies that several sets' tables use.
CARICC = ("Central Asian Regional Information and Coordination Centre for Combating Illicit "
          "Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors")
OSCE = "Organization for Security and Co-operation in Europe"
UNODC = "United Nations Office on Drugs and Crime"
DCA = "Drug Control Agency under the President of the Republic of Tajikistan"
ROCA = "UNODC Regional Office for Central Asia"
MIAKZ = "Ministry of Internal Affairs of the Republic of Kazakhstan"
CNC = "CARICC Council of National Coordinators"
MIAKG = "Ministry of Internal Affairs of the Kyrgyz Republic"
MIAUZ = "Ministry of Internal Affairs of the Republic of Uzbekistan"
DEA = "Drug Enforcement Administration"
GUNK = "Main Directorate for Drug Control of the Ministry of Internal Affairs of the Russian Federation"
IAU = "CARICC Information and Analytical Unit"


# canonical name -> (acronym, parent, country, aliases)
OrgTable = dict[str, tuple[str | None, str | None, str | None, list[str]]]


def set_dir(name: str) -> Path:
    """The folder of development set ``name`` (``"dev"``, ``"dev2"``, ...)."""
    return EVAL / name


def set_texts(name: str) -> list[Path]:
    """The texts of set ``name``, sorted: ``<name>_*.txt`` in its folder."""
    return sorted(set_dir(name).glob(f"{name}_*.txt"))


def read_gold(name: str) -> list[dict]:
    """The gold meetings of set ``name`` as written in its gold.jsonl."""
    text = (set_dir(name) / "gold.jsonl").read_text(encoding="utf-8")
    return [json.loads(x) for x in text.splitlines() if x]


def read_entities(name: str) -> dict:
    """The entity table of set ``name`` (its entities.json)."""
    return json.loads((set_dir(name) / "entities.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------- gold builder

def person(name, mentions, role=None, aff=None, rank=None) -> dict:
    """A person of a meeting, e.g. ``person("Ann Roe", ["Ms. Roe"], "Director", "UNODC")``."""
    return {"name": name, "mentions": mentions, "role": role, "affiliation": aff, "rank": rank}


def make_org(orgs: OrgTable) -> Callable[[str, list[str]], dict]:
    """The row builder of an organisation named in ``orgs``: acronym, parent and country come
    from the table, e.g. ``O = make_org(ORGS); O(UNODC, ["UNODC"])``."""
    def org(name: str, mentions: list[str]) -> dict:
        acr, parent, country, _ = orgs[name]
        return {"name": name, "acronym": acr, "mentions": mentions, "parent": parent, "country": country}
    return org


def meeting(doc, anchor, type, start, end=None, *, inferred=False, fmt="in_person", city=None,
            country=None, persons=(), orgs=(), countries=(), organizers=(), chairs=(), status="held",
            notes="", aliases=(), date_source=None) -> dict:
    """A gold meeting before numbering; ``end`` defaults to ``start`` (a one-day meeting).

    ``date_source`` ("url" or "outside") marks a date the text itself does not give (SCHEMA.md):
    it is left out of date accuracy, and the key is written only when set.
    """
    row = {"doc": doc, "anchor": anchor, "type": type, "start": start, "end": end or start,
           "date_inferred": inferred, "format": fmt, "city": city, "city_aliases": list(aliases),
           "country": country, "persons": list(persons), "organizations": list(orgs),
           "countries": list(countries), "organizers": list(organizers), "chairs": list(chairs),
           "status": status, "notes": notes}
    if date_source is not None:
        assert date_source in ("url", "outside"), date_source
        row["date_source"] = date_source
    return row


@dataclass(frozen=True, slots=True)
class GoldSet:
    """The tables of one development set, as its make_gold.py writes them down.

    ``orgs`` are the bodies meetings may name, ``parents`` the bodies that only appear as a
    parent or a person's affiliation, ``generic`` the mentions of people that are no alias of
    theirs ("The Director") and so stay out of entities.json.
    """

    folder: Path
    orgs: OrgTable
    parents: OrgTable
    country_names: dict[str, list[str]]
    meetings: list[dict]
    generic: frozenset[str] = field(default_factory=frozenset)


def build_entities(gs: GoldSet) -> dict:
    """The entity table (entities.json) of a set: persons with their aliases from the
    mentions, every body of the tables, and the countries the meetings name."""
    persons: dict[str, list[str]] = {}
    for m in gs.meetings:
        for p in m["persons"]:
            al = persons.setdefault(p["name"], [p["name"]])
            for s in p["mentions"]:
                if s not in al and s not in gs.generic:
                    al.append(s)
    orgs = {}
    for name, (acr, parent, country, aliases) in sorted({**gs.orgs, **gs.parents}.items()):
        orgs[name] = {"acronym": acr, "aliases": aliases or [name], "parent": parent, "country": country}
    countries = {}
    for m in gs.meetings:
        for c in m["countries"]:
            countries.setdefault(c, gs.country_names[c])
    return {"persons": dict(sorted(persons.items())), "organizations": orgs,
            "countries": dict(sorted(countries.items()))}


def check_and_number(gs: GoldSet) -> list[dict]:
    """Check the tables as an annotator does (AssertionError on the first fault) and give each
    meeting its id ``<doc stem>#<n>``, numbered in order of appearance within its document.

    Checked: every anchor is a unique verbatim substring of its document, 20-80 characters;
    every mention is a verbatim substring of the document; every organisation named in a
    meeting is in the table, every organiser one of them or a country code, every affiliation
    a known body or a country code; chairs are among the persons; countries have names.
    """
    texts = {m["doc"]: (gs.folder / m["doc"]).read_text(encoding="utf-8") for m in gs.meetings}
    for m in gs.meetings:
        text = texts[m["doc"]]
        a = m["anchor"]
        assert 20 <= len(a) <= 80, (len(a), a)
        assert text.count(a) == 1, ("anchor not unique/absent", m["doc"], a)
        for kind in ("persons", "organizations"):
            for x in m[kind]:
                for s in x["mentions"]:
                    assert s in text, (m["doc"], s)
        for o in m["organizations"]:
            assert o["name"] in gs.orgs, o["name"]
        for o in m["organizers"]:
            assert o in gs.orgs or len(o) == 2, o
        for p in m["persons"]:
            aff = p["affiliation"]
            assert aff is None or aff in gs.orgs or aff in gs.parents or len(aff) == 2, aff
        names = {p["name"] for p in m["persons"]}
        for c in m["chairs"]:
            assert c in names, c
        for c in m["countries"]:
            assert c in gs.country_names, c
    ordered = sorted(gs.meetings, key=lambda m: (m["doc"], texts[m["doc"]].index(m["anchor"])))
    out, n_in_doc = [], {}
    for m in ordered:
        stem = m["doc"][:-4]
        n_in_doc[stem] = n_in_doc.get(stem, 0) + 1
        out.append({"doc": m["doc"], "id": f"{stem}#{n_in_doc[stem]}", **{k: v for k, v in m.items() if k != "doc"}})
    return out


def write_gold(gs: GoldSet) -> None:
    """Check the tables, write gold.jsonl and entities.json into the set's folder (atomically)
    and print how many meetings there are."""
    rows = check_and_number(gs)
    write_atomic(gs.folder / "gold.jsonl",
                 "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    write_atomic(gs.folder / "entities.json",
                 json.dumps(build_entities(gs), ensure_ascii=False, indent=1) + "\n")
    print(f"{len(rows)} meetings, {sum(r['status'] == 'planned' for r in rows)} planned")


# ------------------------------------------------------------------------------------ scorer

def _org_keys(o: dict, ent: dict) -> set[str]:
    keys = {normalize_org(o["name"])}
    if o.get("acronym"):
        keys.add(normalize_org(o["acronym"]))
    keys |= {normalize_org(m) for m in o.get("mentions") or []}
    e = ent["organizations"].get(o["name"])
    if e:
        keys |= {normalize_org(a) for a in e["aliases"]}
        if e["acronym"]:
            keys.add(normalize_org(e["acronym"]))
    return keys


def _missing(a: Iterable[dict], b: list[dict], ent: dict) -> list[str]:
    """Names of the bodies of ``a`` that no body of ``b`` shares a key with."""
    return [o["name"] for o in a if not any(_org_keys(o, ent) & _org_keys(x, ent) for x in b)]


def diff(system: list[dict], gold: list[dict], ent: dict, docs: Path) -> str:
    """The scores of ``system`` against ``gold`` (texts in folder ``docs``), then, per matched
    meeting, every wrong type/date/place/format/status and the missed (FN) and extra (FP)
    participants, organisers and chairs; last the spurious and the missed meetings."""
    texts = load_texts(docs, {g["doc"] for g in gold})
    sc = evaluate(system, gold, entities=ent, texts=texts)
    G = {g["id"]: g for g in gold}
    S = {s["id"]: s for s in system}
    out = [format_scores(sc), ""]
    for gid, sid, how in sc.matches:
        g, s = G[gid], S[sid]
        out.append(f"=== {gid} <- {sid} ({how}): {g['anchor']}")
        for f in ("type", "start", "end", "city", "country", "format", "status"):
            if (g.get(f) or None) != (s.get(f) or None):
                out.append(f"   {f}: system={s.get(f)!r} gold={g.get(f)!r}")
        gp, sp = g["persons"], s["persons"]
        fn = [p["name"] for p in gp if not any(person_match(p["name"], q["name"]) for q in sp)]
        fp = [q["name"] for q in sp if not any(person_match(p["name"], q["name"]) for p in gp)]
        dup = [q["name"] for i, q in enumerate(sp) if any(person_match(q["name"], r["name"]) for r in sp[:i])]
        go = [{"name": n, "mentions": []} for n in g["organizers"]]
        so = [{"name": n, "mentions": []} for n in s.get("organizers") or []]
        rows = [("persons FN", fn), ("persons FP", fp), ("persons twice", dup),
                ("orgs FN", _missing(g["organizations"], s["organizations"], ent)),
                ("orgs FP", _missing(s["organizations"], g["organizations"], ent)),
                ("countries FN", sorted(set(g["countries"]) - set(s["countries"]))),
                ("countries FP", sorted(set(s["countries"]) - set(g["countries"]))),
                ("organizers FN", _missing(go, so, ent)),
                ("organizers FP", _missing(so, go, ent)),
                ("chairs FN", [c for c in g["chairs"] if not any(person_match(c, d) for d in s.get("chairs") or [])]),
                ("chairs FP", [d for d in s.get("chairs") or [] if not any(person_match(c, d) for c in g["chairs"])])]
        out += [f"   {k}: {v}" for k, v in rows if v]
    for sid in sc.spurious:
        s = S[sid]
        out.append(f"SPURIOUS {sid} {s['type']} {s['start']} {s.get('city')}: {(s.get('evidence') or '')[:160]}")
    for gid in sc.missed:
        out.append(f"MISSED {gid}: {G[gid]['anchor']}")
    return "\n".join(out)


def score_main(name: str, argv: list[str]) -> None:
    """Score set ``name``: extract its texts with the ``parleygraph`` command (or read the
    meetings.jsonl given as ``argv[0]``) and print ``diff`` against its gold."""
    if argv:
        path = argv[0]
    else:
        path = str(Path(tempfile.mkdtemp()) / f"{name}.jsonl")
        docs = [str(p) for p in set_texts(name)]
        subprocess.run(["parleygraph", "extract", *docs, "-o", path, "--jobs", "1"], check=True)
    system = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x]
    print(diff(system, read_gold(name), read_entities(name), set_dir(name)))


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in SETS:
        sys.exit(f"usage: python tests/eval/devsets.py {{{','.join(SETS)}}} [meetings.jsonl]")
    score_main(sys.argv[1], sys.argv[2:])
