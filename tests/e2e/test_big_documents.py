"""A huge multi-item page and a meeting with very many participants, built in one run within
a fixed memory cap: ``prlimit --as=4000000000`` (4 GB of address space; prlimit takes
bytes, and ``--as=4G`` would mean 4 bytes).

The sizes of issue 17: a 16 MB listing page and one sentence naming 10,000 participants
(about two minutes on 2 CPUs: extraction is linear in the length of a document and of a
sentence, see ``tests/benchmarks/bench_doc_size.py``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_doc_size import page_text, participants_text  # noqa: E402

PAGE_MB = 16
PARTICIPANTS = 10_000
MEMORY = "4000000000"  # bytes of address space, for the build and each of its workers


@pytest.fixture(scope="module")
def big_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    if shutil.which("prlimit") is None:
        pytest.skip("prlimit (util-linux) not installed")
    ws = tmp_path_factory.mktemp("big")
    src = ws / "in"
    src.mkdir()
    (src / "page.txt").write_text(page_text(PAGE_MB), encoding="utf-8")
    (src / "participants.txt").write_text(participants_text(PARTICIPANTS), encoding="utf-8")
    proc = subprocess.run(["prlimit", f"--as={MEMORY}", sys.executable, "-m", "parleygraph.graph.cli",
                           "build", str(src), "--out", str(ws / "out"), "--jobs", "2"],
                          capture_output=True, text=True, timeout=900)
    return ws / "out", proc


def test_big_documents_build_within_the_memory_cap(big_build) -> None:
    out, proc = big_build
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and "problems" in proc.stderr
    assert re.search(r"\b0 problems\b", proc.stderr), proc.stderr[-2000:]
    meetings = [json.loads(x) for x in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {m["doc"] for m in meetings} == {"page.txt", "participants.txt"}
    assert sum(1 for m in meetings if m["doc"] == "page.txt") > 1000
    crowd = [m for m in meetings if m["doc"] == "participants.txt"]
    assert len(crowd) == 1 and len(crowd[0]["persons"]) == PARTICIPANTS


def test_big_meeting_links_its_actors_through_the_meeting_only(big_build) -> None:
    import networkx as nx

    out, proc = big_build
    assert proc.returncode == 0
    crowd = next(json.loads(x) for x in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(x)["doc"] == "participants.txt")
    G = nx.read_graphml(out / "coparticipation.graphml")
    people = {p["id"] for p in crowd["persons"]}
    assert people <= set(G)  # every participant is an actor of the network...
    assert not any(a in people and b in people for a, b in G.edges())  # ...without the 499,500 ties
    assert crowd["iri"] in (out / "report.md").read_text(encoding="utf-8")  # named as not projected
    B = nx.read_gexf(out / "graph.gexf")
    assert B.degree(crowd["iri"]) >= PARTICIPANTS  # the meeting node links them
