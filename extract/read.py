"""Reading documents: .txt, .html/.htm (main text by trafilatura) and .jsonl articles.

A file that cannot be read or decoded, or is not English, is reported as a :class:`Problem`
and skipped; the other inputs are still read. Folders are read recursively in sorted order.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .records import Document, Problem

__all__ = ["read_inputs", "iter_inputs", "read_file", "detect_language", "SUFFIXES"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_EN_STOP = frozenset(
    "the of and to in a on for with was were is are by at from as that this it be has have "
    "which an its their also".split()
)


def detect_language(text: str) -> str:
    """``en``, ``ru`` or ``other``: by script and the share of English function words.

    >>> detect_language("The meeting was held in Almaty on 21 December 2023.")
    'en'
    >>> detect_language("Встреча директора ЦАРИКЦ с послом прошла в Алматы.")
    'ru'
    """
    words = _WORD.findall(text[:20000])
    if not words:
        return "other"
    letters = sum(len(w) for w in words)
    if len(_CYRILLIC.findall(text[:20000])) > 0.3 * letters:
        return "ru"
    stop = sum(1 for w in words if w.lower() in _EN_STOP)
    return "en" if stop >= 0.06 * len(words) else "other"


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text (byte 0x{raw[e.start]:02x} at offset {e.start})") from None


def _html_text(raw: bytes, name: str) -> tuple[str, str | None, str | None, str | None]:
    import trafilatura

    html = _decode(raw, name)
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True, output_format="txt")
    if not text or not text.strip():
        raise InputError(f"{name}: no main text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    published = getattr(meta, "date", None) if meta else None
    title = getattr(meta, "title", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return text, published, title, url


def read_file(path: Path, doc: str) -> Iterator[Document | Problem]:
    """Documents (or problems) of one file; ``doc`` is its name relative to the input."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield Problem(doc, f"cannot read: {e.strerror}")
        return
    sha = hashlib.sha256(raw).hexdigest()
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(raw, doc, sha)
            return
        if suffix in (".html", ".htm"):
            text, published, title, url = _html_text(raw, doc)
            kind = "html"
        else:
            text, published, title, url, kind = _decode(raw, doc), None, None, None, "txt"
    except InputError as e:
        yield Problem(doc, str(e).split(": ", 1)[-1])
        return
    yield _checked(Document(doc=doc, text=text, source=str(path), published=published, url=url,
                            title=title, kind=kind, sha256=sha))


def _checked(d: Document) -> Document | Problem:
    if not d.text.strip():
        return Problem(d.doc, "empty document")
    lang = detect_language(d.text)
    if lang != "en":
        what = "Russian" if lang == "ru" else "not recognised as English"
        return Problem(d.doc, f"not in English ({what}); skipped")
    return d


def _read_jsonl(raw: bytes, doc: str, sha: str) -> Iterator[Document | Problem]:
    text = _decode(raw, doc)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Problem(f"{doc}:{n}", f"not valid JSON ({e.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or "id" not in obj:
            yield Problem(f"{doc}:{n}", 'an article needs "id" and a string "text"')
            continue
        body = obj["text"]
        art_sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
        yield _checked(Document(doc=f"{doc}#{obj['id']}", text=body, source=doc,
                                published=obj.get("published"), url=obj.get("url"),
                                title=obj.get("title"), kind="jsonl", sha256=art_sha))


def iter_inputs(paths: list[str]) -> Iterator[Document | Problem]:
    """Documents and problems of files and folders, folders recursively in sorted order."""
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            for f in files:
                yield from read_file(f, f.relative_to(p).as_posix())
        elif p.is_file():
            yield from read_file(p, p.name)
        else:
            yield Problem(arg, "no such file or folder")


def read_inputs(paths: list[str]) -> tuple[list[Document], list[Problem]]:
    """All documents of ``paths`` and the problems met, in input order."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for x in iter_inputs(paths):
        (docs if isinstance(x, Document) else problems).append(x)  # type: ignore[arg-type]
    return docs, problems
