"""extract_corpus: worker processes change the speed, never the result."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from parleygraph.graph import pipeline
from parleygraph.graph.pipeline import default_jobs, extract_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in")
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(p, src)
    (src / "broken.txt").write_bytes(b"\x81\x82 not utf-8 \xff")
    return src


def test_pipeline_jobs_do_not_change_the_result(corpus: Path) -> None:
    one = extract_corpus([str(corpus)], jobs=1)
    two = extract_corpus([str(corpus)], jobs=2)
    assert one.meetings == two.meetings and one.entities == two.entities
    assert [d.doc for d in one.documents] == [d.doc for d in two.documents]
    assert one.items == two.items > 0
    assert [p.doc for p in two.problems] == ["broken.txt"]


def test_pipeline_failing_document_is_a_problem_in_a_worker(corpus: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract_document

    def flaky(doc, items=None, **kwargs):
        if doc.doc.startswith("002_"):
            raise ValueError("synthetic failure")
        return real(doc, items, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    res = extract_corpus([str(corpus)], jobs=2)
    reasons = {p.doc: p.reason for p in res.problems}
    assert reasons["002_bad41a92fd3260ec.txt"] == "extraction failed: ValueError: synthetic failure"
    assert {m.doc for m in res.meetings} == {"000_0fca6154eded88ee.txt", "001_810f6145ec744152.txt",
                                              "003_517311bb11d705df.txt", "004_a3907e01653ff476.txt"}


def test_pipeline_default_jobs_is_bounded() -> None:
    assert 1 <= default_jobs() <= 8


def test_pipeline_records_of_one_actor_share_one_object(corpus: Path) -> None:
    """A resolved actor who takes part in many meetings is one object in memory, and so is a
    city or a document's name: the corpus's records are held once per distinct part."""
    res = extract_corpus([str(corpus)], jobs=1)
    by_id: dict[str, set[int]] = {}
    refs = [r for m in res.meetings for r in (*m.persons, *m.organizations)]
    for r in refs:
        by_id.setdefault(repr(r), set()).add(id(r))
    repeated = [k for k, v in by_id.items() if sum(1 for r in refs if repr(r) == k) > 1]
    assert len(repeated) >= 5
    assert all(len(by_id[k]) == 1 for k in repeated)
    cities = [m.city for m in res.meetings if m.city]
    assert len({id(c) for c in cities}) == len(set(cities)) < len(cities)
