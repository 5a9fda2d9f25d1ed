"""A bad-input corpus built in one run: no traceback, every bad file named with its reason,
every good document's meetings present, nothing written outside --out.

The static part of the corpus is ``tests/data/hostile/`` (see its README); the test adds what
cannot live in git: hostile file names, a symbolic-link loop, a broken link, a FIFO, a document
over the size budget, HTML nested 60,000 deep, and the same file name under two inputs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "data" / "hostile"
PARLEYGRAPH = [sys.executable, "-m", "parleygraph.graph.cli"]
EN = ("The Director of the Centre met with the Ambassador of Norway in Almaty on 29 April 2021 "
      "to discuss cooperation between the two sides and the funding of joint projects.")

# name as reported -> a piece of its reason
BAD = {
    "binary.txt": "a PNG image, not text",
    "pdf-in-disguise.html": "a PDF file, not text",
    "random-bytes.txt": "not UTF-8 text (byte 0x8a at offset 1)",
    "latin1.txt": "not UTF-8 text (byte 0xe9 at offset 4)",
    "utf16.txt": "it is UTF-16 (byte-order mark)",
    "cp1251.txt": "not UTF-8 text",
    "russian.txt": "not in English (Russian)",
    "empty.txt": "empty document",
    "blank.txt": "empty document",
    "no-text.html": "skipped",
    "malformed.jsonl:1": "not valid JSON",
    "malformed.jsonl:2": 'an article needs "id" and a string "text"',
    "malformed.jsonl:3": 'an article needs "id" and a string "text"',
    "malformed.jsonl:4": 'an article needs "id" and a string "text"',
    "malformed.jsonl:5": '"id" must be a string or an integer, not NoneType',
    "malformed.jsonl:6": '"id" must be a string or an integer, not dict',
    "malformed.jsonl:7": '"id" must be a string or an integer, not bool',
    "malformed.jsonl:8": '"id" is empty',
    "malformed.jsonl:9": "contains the control character U+0000",
    "malformed.jsonl:10": "contains the control character U+000A",
    "malformed.jsonl:11": "is 300 characters long (at most 200)",
    "malformed.jsonl:12": "contains the control character U+D800",
    "malformed.jsonl#dup": "the same text as",
    "malformed.jsonl:19": "not valid JSON (nested too deeply)",
    "malformed.jsonl:20": "not valid JSON",
    "malformed.jsonl:24": "not UTF-8 text (byte 0xff at column 1)",
    "huge.txt": "too large: 1.5 MB, more than the 1.0 MB a document may have",
    "deep.html": "no main text found in the HTML",
    "loop/sub/up": "symbolic link loop",
    "gone.txt": "broken symbolic link",
    "fifo.txt": "not a regular file",
}
WARNED = {
    "malformed.jsonl#surrogate-text": "1 lone surrogate (made U+FFFD)",
    "malformed.jsonl#dup~2": "document id 'malformed.jsonl#dup' is already used by",
    "malformed.jsonl#published-not-a-date": '"published" is not a string; ignored',
    "nul-inside.txt": "2 NUL characters (made spaces)",
    "same~2.txt": "document id 'same.txt' is already used by",
    "new\ufffdline.txt": "the file name has bytes that are not UTF-8 or control characters",
    "bad\ufffdbyte.txt": "the file name has bytes that are not UTF-8 or control characters",
}
GOOD = {"good.html", "nul-inside.txt", "seed.txt", "same.txt", "same~2.txt",
        "malformed.jsonl#x/../../../../victim", "malformed.jsonl#/etc/passwd",
        "malformed.jsonl#surrogate-text", "malformed.jsonl#dup", "malformed.jsonl#dup~2",
        "malformed.jsonl#published-not-a-date", "malformed.jsonl#7", "-rf.txt",
        "new\ufffdline.txt", "bad\ufffdbyte.txt"}


def _snapshot(root: Path, skip: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == skip or skip in Path(dirpath).parents:
            dirnames[:] = []
            continue
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            if p == skip:
                continue
            st = p.lstat()
            out[os.fsdecode(bytes(p))] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    ws = tmp_path_factory.mktemp("hostile")
    corpus, second, out, cwd = ws / "in", ws / "in2", ws / "out", ws / "cwd"
    shutil.copytree(HOSTILE, corpus)
    (corpus / "README.md").unlink()
    second.mkdir()
    cwd.mkdir()
    shutil.copy(ROOT / "seeds" / "004_a3907e01653ff476.txt", corpus / "seed.txt")
    (corpus / "same.txt").write_text(EN, encoding="utf-8")
    (second / "same.txt").write_text(EN.replace("Norway", "Japan"), encoding="utf-8")
    (corpus / "huge.txt").write_text(("The meeting was held in Almaty. " * 47_000)[:1_500_000], encoding="utf-8")
    (corpus / "deep.html").write_text("<html><body>" + "<div>" * 60_000 + f"<p>{EN}</p>"
                                      + "</div>" * 60_000 + "</body></html>", encoding="utf-8")
    for name in ("new\nline.txt", "-rf.txt"):
        (corpus / name).write_text(EN, encoding="utf-8")
    with open(os.path.join(os.fsencode(corpus), b"bad\xffbyte.txt"), "w", encoding="utf-8") as fh:
        fh.write(EN)
    (corpus / "loop" / "sub").mkdir(parents=True)
    (corpus / "loop" / "sub" / "up").symlink_to("..")
    (corpus / "gone.txt").symlink_to(ws / "nowhere.txt")
    os.mkfifo(corpus / "fifo.txt")
    before = _snapshot(ws, out)
    proc = subprocess.run([*PARLEYGRAPH, "build", str(corpus), str(second), "--out", str(out),
                           "--max-doc-mb", "1", "--jobs", "2", "--reproducible"],
                          cwd=cwd, capture_output=True, text=True, timeout=600,
                          errors="backslashreplace")
    after = _snapshot(ws, out)
    assert after == before, "files were written or changed outside --out"
    return out, proc


def test_hostile_build_succeeds_without_traceback(hostile_build) -> None:
    _out, proc = hostile_build
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def test_hostile_every_bad_file_named_with_its_reason(hostile_build) -> None:
    _out, proc = hostile_build
    lines = proc.stderr.splitlines()
    for name, reason in BAD.items():
        hits = [x for x in lines if x.startswith(f"parleygraph: {name}: ") and "warning:" not in x]
        assert hits, f"{name} not reported"
        assert any(reason in x for x in hits), (name, hits)
    for name, reason in WARNED.items():
        assert any(x.startswith(f"parleygraph: warning: {name}: ") and reason in x for x in lines), name
    assert "problems" in lines[-1]


def test_hostile_every_good_document_has_its_meetings(hostile_build) -> None:
    out, _proc = hostile_build
    meetings = [json.loads(x) for x in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = {m["doc"] for m in meetings}
    assert GOOD <= docs, GOOD - docs
    assert len({m["id"] for m in meetings}) == len(meetings), "two meetings share an id"


def test_hostile_ids_are_data_never_paths(hostile_build) -> None:
    out, _proc = hostile_build
    texts = out / "texts"
    index = [json.loads(x) for x in (texts / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    by_doc = {r["doc"]: r["file"] for r in index}
    for doc in ("malformed.jsonl#x/../../../../victim", "malformed.jsonl#/etc/passwd"):
        f = out / by_doc[doc]
        assert f.parent == texts and f.is_file()
        assert os.path.realpath(f).startswith(os.path.realpath(texts) + os.sep)
    every = [p for p in texts.rglob("*") if p.is_file()]
    assert all(os.path.realpath(p).startswith(os.path.realpath(out)) for p in every)
    assert len(every) == len(index) + 1  # each text once, and the index
    for m in (json.loads(x) for x in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()):
        if m["doc"] in by_doc:  # every span checkable in its saved text
            text = (out / by_doc[m["doc"]]).read_text(encoding="utf-8")
            assert text[m["span"][0]:m["span"][1]] == m["evidence"]


def test_hostile_outputs_parse_and_agree(hostile_build) -> None:
    import pyoxigraph as ox

    out, _proc = hostile_build
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    n_ttl = len(list(store.query("SELECT ?m WHERE { ?m a <https://w3id.org/parleygraph/ns#Meeting> }")))
    iris = {json.loads(x)["iri"] for x in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()}
    assert n_ttl == len(iris) > 0
