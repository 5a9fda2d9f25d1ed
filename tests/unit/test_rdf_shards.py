"""The graph written in parts and shards (as the workers of a cluster write it) has the bytes of
the graph written in one pass: seeds and development sets, cut into parts and shards of every
size, and the two orders of a subject that prefixes another (Turtle and N-Triples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parleygraph.extract.records import BuildInfo, Entity, Meeting, PersonRef
from parleygraph.graph.rdf import (
    Firsts,
    Shard,
    choose_splitters,
    join_shards,
    plan_parts,
    write_graph,
    write_part,
    write_run,
    write_shard,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    from parleygraph.graph.pipeline import extract_corpus

    inputs = [str(ROOT / "seeds"), *sorted(str(d) for d in (ROOT / "tests" / "eval").glob("dev*") if d.is_dir())]
    r = extract_corpus(inputs, jobs=2)
    info = BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z",
                     inputs=tuple(sorted((d.doc, d.sha256) for d in r.documents)))
    return r.meetings, r.entities, info


def _sharded(meetings: list[Meeting], entities: list[Entity], info: BuildInfo, folder: Path,
             parts: int, shards: int, every: int = 1024) -> tuple[bytes, bytes, list[Shard]]:
    ctx, plan = plan_parts(meetings, entities, info, parts)
    runs, firsts = [], Firsts()
    for k, part in enumerate(plan):
        run, f = write_part(part, ctx, folder / f"run-{k}", every=every)
        runs.append(run)
        firsts.update(f)
    runs.append(write_run(firsts.rows(), folder / "run-firsts", every=7))
    cuts = [None, *choose_splitters(runs, shards), None]
    done = [write_shard(runs, lo, hi, folder, f"shard-{k}", info.base_iri)
            for k, (lo, hi) in enumerate(zip(cuts, cuts[1:]))]
    assert join_shards(done, folder / "graph.ttl", folder / "graph.nt") == sum(s.triples for s in done)
    return (folder / "graph.ttl").read_bytes(), (folder / "graph.nt").read_bytes(), done


@pytest.mark.parametrize("parts,shards", [(1, 1), (3, 2), (8, 5), (40, 16)])
def test_rdf_shards_give_the_bytes_of_one_pass(corpus, tmp_path: Path, parts: int, shards: int) -> None:
    meetings, entities, info = corpus
    one = tmp_path / "one"
    one.mkdir()
    n_one = write_graph(meetings, entities, info, one / "graph.ttl", one / "graph.nt")
    many = tmp_path / "many"
    many.mkdir()
    ttl, nt, done = _sharded(meetings, entities, info, many, parts, shards, every=64)
    assert sum(s.triples for s in done) == n_one > 30_000
    assert len([s for s in done if s.triples]) >= min(shards, 2)
    assert ttl == (one / "graph.ttl").read_bytes()
    assert nt == (one / "graph.nt").read_bytes()


def test_rdf_shards_cut_between_a_subject_and_one_it_prefixes(tmp_path: Path) -> None:
    """``person/ab`` sorts before ``person/ab-2`` as a subject (Turtle) but after it as an
    N-Triples line (``-`` is below ``>``): shards cut between them are merged, not concatenated."""
    info = BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z")
    people = [f"Ab{'c' * k} Dee" for k in range(6)]
    meetings = [Meeting(id=f"a#{k}", doc="a.txt", item=k, evidence="x", span=(0, 1),
                        persons=(PersonRef(name=name),)) for k, name in enumerate(people)]
    base = info.base_iri
    entities = [Entity(id=f"{base}person/ab{suffix}", kind="person", name=f"P{suffix}")
                for suffix in ("", "-2", "-3", "x", "-2-1")]
    one = tmp_path / "one"
    one.mkdir()
    write_graph(meetings, entities, info, one / "graph.ttl", one / "graph.nt")
    crossed = 0
    for shards in (2, 3, 6, 12, 30):
        folder = tmp_path / f"s{shards}"
        folder.mkdir()
        ttl, nt, done = _sharded(meetings, entities, info, folder, 3, shards, every=1)
        assert ttl == (one / "graph.ttl").read_bytes()
        assert nt == (one / "graph.nt").read_bytes()
        full = [s for s in done if s.triples]
        crossed += sum(a.last > b.first for a, b in zip(full, full[1:]))
    assert crossed  # some cut fell between a subject and a longer one it prefixes
