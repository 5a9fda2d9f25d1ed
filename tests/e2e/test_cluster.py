"""``parleygraph build --scheduler``: the build on a Dask cluster has the bytes of the one-machine
``--reproducible`` build (seeds, development sets, a JSON Lines feed of them cut into byte ranges,
ids given twice, the hostile inputs), also when a worker is killed in the middle of a partition."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from parleygraph.graph.cli import cli

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "eval"


def _files(out: Path) -> dict[str, bytes]:
    """Every file of a build but the store's own (RocksDB writes ids and times into them)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "graph.oxigraph" not in p.parts}


def _problems(log: str) -> list[str]:
    """The lines naming problems and warnings (not the stage lines, not Dask's)."""
    return [x for x in log.splitlines() if x.startswith("parleygraph: ") and not re.search(r" [\d.]+ s$", x)
            and "Dask" not in x and "partitions" not in x and "worker" not in x]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Seeds; the development sets' texts as files and as a JSON Lines feed (with an id given
    twice with another text, one given twice with the same text, and lines that are no article);
    a file named like a seed file with another text; the hostile inputs."""
    root = tmp_path_factory.mktemp("inputs")
    texts = sorted(p for d in sorted(EVAL.glob("dev*")) if d.is_dir() for p in sorted(d.glob("*.txt")))
    dev = root / "dev"
    dev.mkdir()
    for p in texts[::2]:
        shutil.copy(p, dev / f"{p.parent.name}-{p.name}")
    feed = root / "feed"
    feed.mkdir()
    ids = [f"{p.parent.name}/{p.stem}" for p in texts[1::2]]
    lines = [json.dumps({"id": i, "text": p.read_text(encoding="utf-8"), "published": "2024-03-01"})
             for i, p in zip(ids, texts[1::2])]
    lines.insert(5, json.dumps({"id": ids[30], "text": texts[2].read_text(encoding="utf-8")}))  # an id a later line has
    lines.insert(9, "{not json")
    lines.insert(12, json.dumps({"id": f"{texts[1].parent.name}/{texts[1].stem}",
                                 "text": texts[1].read_text(encoding="utf-8")}))  # the same article again
    lines.insert(20, "")
    (feed / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    twin = root / "twin"
    twin.mkdir()
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    shutil.copy(texts[0], twin / seed.name)
    return [str(ROOT / "seeds"), str(dev), str(feed), str(twin), str(ROOT / "tests" / "data" / "hostile")]


def _build(inputs: list[str], out: Path, *extra: str) -> str:
    res = CliRunner().invoke(cli, ["build", *inputs, "--out", str(out), "--reproducible", *extra])
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def one_machine(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("one") / "out"
    return out, _build(inputs, out, "--jobs", "2")


@pytest.fixture(scope="module")
def local_cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def test_cluster_build_has_the_bytes_of_one_machine(inputs: list[str], one_machine: tuple[Path, str],
                                                    tmp_path: Path) -> None:
    want, log_one = one_machine
    out = tmp_path / "out"
    globbed = [str(Path(x) / "*.jsonl") if x.endswith("feed") else x for x in inputs]  # a quoted glob: the same ids
    log = _build(globbed, out, "--scheduler", "local:2", "--partition-mb", "0.05")
    assert re.search(r"parleygraph: Dask scheduler tcp://\S+, 2 workers, dashboard ", log)
    parts = int(re.search(r"extract: (\d+) partitions", log)[1])
    assert parts >= 10
    got, ref = _files(out), _files(want)
    assert sorted(got) == sorted(ref)
    for name in ref:
        assert got[name] == ref[name], name
    assert _problems(log) == _problems(log_one)
    seen = "\n".join(_problems(log))
    assert "news.jsonl:10: not valid JSON" in seen  # a line number from the middle of the feed
    assert re.search(r"is named 'news\.jsonl#dev\d*/[^']*~2'", seen)  # an id given twice: the later renamed
    assert "(given twice); skipped" in seen
    assert f"{sorted((ROOT / 'seeds').glob('*.txt'))[0].stem}~2.txt" in seen
    assert "binary.txt" in seen
    docs = [json.loads(x) for x in (out / ".parleygraph" / "documents.jsonl").read_text().splitlines()]
    assert any(d["source"].endswith("news.jsonl:40") for d in docs)
    assert not (out / ".parleygraph" / "cluster").exists()


def test_cluster_build_survives_a_killed_worker(inputs: list[str], one_machine: tuple[Path, str],
                                                local_cluster, tmp_path: Path) -> None:
    """A worker killed (SIGKILL) while it extracts a partition: Dask runs the partition again on
    a worker of the same cluster, and the build has the same bytes."""
    from dask.distributed import Client

    want, _ = one_machine
    killed: list[str] = []
    stop = threading.Event()

    def killer() -> None:
        with Client(local_cluster.scheduler_address, timeout="20s") as c:
            deadline = time.monotonic() + 60
            while not stop.is_set() and time.monotonic() < deadline:
                busy = {w: keys for w, keys in c.processing().items()
                        if any(str(k).startswith("extract-") for k in keys)}
                if busy:
                    time.sleep(0.3)  # well into the partition
                    worker = next(iter(busy))
                    pid = c.run(os.getpid, workers=[worker])[worker]
                    os.kill(pid, signal.SIGKILL)
                    killed.append(worker)
                    return
                time.sleep(0.02)

    t = threading.Thread(target=killer)
    t.start()
    try:
        out = tmp_path / "out"
        _build(inputs, out, "--scheduler", local_cluster.scheduler_address, "--partition-mb", "0.2")
    finally:
        stop.set()
        t.join()
    assert killed, "no worker was killed while extracting"
    got, ref = _files(out), _files(want)
    assert sorted(got) == sorted(ref)
    for name in ref:
        assert got[name] == ref[name], name


def test_cluster_scheduler_unreachable_is_one_line(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "o"),
                                   "--scheduler", "tcp://127.0.0.1:9"])
    assert res.exit_code == 1
    assert res.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(res.output.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()
