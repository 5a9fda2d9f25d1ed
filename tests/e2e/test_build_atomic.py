"""A build is all or nothing: killed at any point it leaves the earlier output whole and
consistent, files the user put in --out are kept, and a second build into the same folder is
refused while one runs.

The kill points are observed, not timed: the test watches the staging folder a build writes
into and sends SIGKILL when a given file has appeared there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PARLEYGRAPH = [sys.executable, "-m", "parleygraph.graph.cli"]


def counts(out: Path) -> tuple[int, int, int]:
    """Distinct meetings in meetings.jsonl, in graph.ttl and in graph.html."""
    import pyoxigraph as ox

    iris = {json.loads(x)["iri"] for x in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()}
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    ttl = len(list(store.query("SELECT ?m WHERE { ?m a <https://w3id.org/parleygraph/ns#Meeting> }")))
    html = (out / "graph.html").read_text(encoding="utf-8")
    page = int(re.search(r'"meetings":\s*(\d+)', html).group(1))
    return len(iris), ttl, page


def build(inputs: list[Path], out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*PARLEYGRAPH, "build", *map(str, inputs), "--out", str(out),
                             "--jobs", "1", "--reproducible", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def session_alive(pgid: int) -> list[int]:
    """Processes still alive in the build's session (its extraction workers included)."""
    alive = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[3]) == pgid and fields[0] != "Z":  # pgrp, state
                alive.append(int(d.name))
    return alive


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("template") / "out"
    proc = build([SEEDS], out, "--no-validate")
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    return out


@pytest.fixture()
def earlier(seeds_build: Path, tmp_path: Path) -> tuple[Path, list[Path], tuple[int, int, int]]:
    """An output folder holding a build of the seeds plus the user's own files, and a second,
    smaller corpus to rebuild it from."""
    out = tmp_path / "out"
    shutil.copytree(seeds_build, out)
    (out / "notes.md").write_text("my notes", encoding="utf-8")
    (out / "mine").mkdir()
    (out / "mine" / "data.csv").write_text("a,b\n", encoding="utf-8")
    (out / "texts").mkdir(exist_ok=True)
    (out / "texts" / "stale.txt").write_text("from an older build", encoding="utf-8")
    small = tmp_path / "small"
    small.mkdir()
    for name in ("003_517311bb11d705df.txt", "004_a3907e01653ff476.txt"):
        shutil.copy(SEEDS / name, small)
    return out, [small], counts(out)


def user_files_intact(out: Path) -> None:
    assert (out / "notes.md").read_text(encoding="utf-8") == "my notes"
    assert (out / "mine" / "data.csv").read_text(encoding="utf-8") == "a,b\n"


def kill_when(proc: subprocess.Popen, parent: Path, name: str, wanted: str | None) -> str:
    """SIGKILL the build once ``wanted`` exists in its staging folder (``None``: at once);
    return what was seen."""
    deadline = time.monotonic() + 120
    seen = "not started"
    while wanted is not None and time.monotonic() < deadline and proc.poll() is None:
        stages = [p for p in parent.iterdir() if p.name.startswith(f".{name}.parleygraph-new-")]
        if stages and (stages[0] / wanted).exists():
            seen = f"killed with {wanted} written"
            break
        time.sleep(0.0005)
    else:
        if wanted is not None:
            seen = "finished before the kill" if proc.poll() is not None else "timed out"
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    for _ in range(200):  # the workers die with their parent (PR_SET_PDEATHSIG)
        if not session_alive(proc.pid):
            break
        time.sleep(0.02)
    assert not session_alive(proc.pid), "a process of the killed build is still running"
    return seen


@pytest.mark.parametrize("wanted", [None, "meetings.jsonl", "graph.ttl", "participation.csv",
                                    "graph.html"])
def test_build_killed_leaves_earlier_output_whole(earlier, wanted: str | None) -> None:
    out, small, before = earlier
    assert before[0] == before[1] == before[2] > 0
    proc = build(small, out)
    if wanted is None:
        time.sleep(1.0)  # during start-up and extraction
    seen = kill_when(proc, out.parent, out.name, wanted)
    if wanted not in (None, "graph.html"):
        assert seen.startswith("killed"), seen  # the kill point was reached
    now = counts(out)
    assert now[0] == now[1] == now[2], (seen, now)
    if seen.startswith("killed") and wanted != "graph.html":
        assert now == before, seen  # graph.html is the last file: the swap may follow at once
    user_files_intact(out)
    # no debris that breaks the next build; the next build cleans it up
    again = build(small, out)
    assert again.wait(timeout=300) == 0, again.stderr.read()
    after = counts(out)
    assert after[0] == after[1] == after[2] and after != before
    assert now in (before, after), seen
    user_files_intact(out)
    assert not (out / "texts" / "stale.txt").exists()
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(["out", "small"])


def test_build_twice_at_once_into_one_folder(earlier) -> None:
    out, small, before = earlier
    first = build(small, out)
    lock = out.parent / ".out.parleygraph.lock"
    deadline = time.monotonic() + 60
    while not lock.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    second = build([SEEDS], out)
    err2 = second.communicate(timeout=300)[1]
    assert second.returncode == 1
    assert "another parleygraph build is writing to this folder" in err2
    assert f"process {first.pid}" in err2 and "Traceback" not in err2
    assert first.wait(timeout=300) == 0, first.stderr.read()
    now = counts(out)
    assert now[0] == now[1] == now[2] and now != before
    user_files_intact(out)
    assert not lock.exists()
    third = build(small, out)  # the lock is free again
    assert third.wait(timeout=300) == 0


def test_build_failure_while_writing_keeps_earlier_output(earlier) -> None:
    """A real write error (the file-size limit: EFBIG, as a full disk gives ENOSPC) is one line,
    exit 1, and the earlier output stays whole."""
    if shutil.which("prlimit") is None:
        pytest.skip("prlimit (util-linux) not installed")
    out, small, before = earlier
    proc = subprocess.run(["prlimit", "--fsize=60000", *PARLEYGRAPH, "build", str(SEEDS),
                           "--out", str(out), "--jobs", "1"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1
    # the lines of the stages that finished before the error, then the error alone
    err = [x for x in proc.stderr.strip().splitlines() if not re.match(r"parleygraph: \w+: .* s$", x)]
    assert len(err) == 1 and "Traceback" not in proc.stderr
    assert re.fullmatch(r"Error: cannot write .*out/\S+: File too large; the earlier output in "
                        r".*out is unchanged", err[0]), err
    assert counts(out) == before
    user_files_intact(out)
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(["out", "small"])
