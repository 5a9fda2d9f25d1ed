"""File I/O at the edges: atomic writes and JSONL."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["write_atomic", "write_jsonl", "read_jsonl", "iter_jsonl", "dumps_line", "text_file_name",
           "neutralise_cell"]


def write_atomic(path: str | os.PathLike[str], data: str | bytes | Iterable[str]) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename;
    ``data`` may come as pieces of text, written one after the other (a large file never held
    whole).

    A reader never sees a half-written file, and a failure leaves the old file intact.

    >>> p = write_atomic(Path(tempfile.mkdtemp()) / "x.txt", "hi")
    >>> p.read_text(), write_atomic(p, iter(["h", "o"])).read_text()
    ('hi', 'ho')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pieces = [data] if isinstance(data, (str, bytes)) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for piece in pieces:
                fh.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError) and not e.filename:
            raise OSError(e.errno, e.strerror, str(path)) from e  # name the file, not the fd
        raise
    return path


def dumps_line(obj: Any) -> str:
    """One JSON line, keys in insertion order, non-ASCII kept as is."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write_jsonl(path: str | os.PathLike[str], rows: Iterable[Any]) -> Path:
    """Write dicts (or records with ``to_dict``) as JSON lines, atomically."""
    lines = [dumps_line(r.to_dict() if hasattr(r, "to_dict") else r) for r in rows]
    return write_atomic(path, "".join(line + "\n" for line in lines))


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL file one at a time (a corpus's records are never all parsed at
    once); an invalid line raises ``InputError`` naming the file and line."""
    from .errors import InputError

    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not valid JSON ({e.msg})") from None
            yield row


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a JSONL file (:func:`iter_jsonl`) into a list."""
    return list(iter_jsonl(path))


_SAFE_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,99}")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")


def text_file_name(doc: str) -> str:
    """The file under ``texts/`` holding the text of document ``doc``: a relative POSIX path
    that never leaves ``texts/``.

    A plain id keeps its readable name (``#`` written ``__``, the subfolders of the input file
    kept); any other id (``/`` or ``..`` in an article id, spaces, control or non-ASCII
    characters, over 200 characters) is a
    sanitised slug of at most 80 characters plus a digest of the id, so two ids never share a
    file.

    >>> text_file_name("feed.jsonl#n1")
    'feed.jsonl__n1.txt'
    >>> text_file_name("feed.jsonl#../../victim")
    'feed.jsonl__.._.._victim-bc4e9705ff4e906d.txt'
    """
    flat = doc.replace("#", "__")
    parts = flat.split("/")
    path, _, ident = doc.partition("#")
    if (len(flat) <= 200 and "#" not in ident and "/" not in ident and len(parts) <= 8
            and all(_SAFE_PART.fullmatch(p) and p not in (".", "..") for p in parts)):
        return flat + ".txt"
    slug = _UNSAFE_RUN.sub("_", flat).strip("._")[:80] or "doc"
    return f"{slug}-{hashlib.sha256(doc.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.txt"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP, "CSV Injection").
    Numbers are written as numbers, never passed here.

    >>> print(neutralise_cell('=HYPERLINK("http://evil.example/x", "click")'))
    '=HYPERLINK("http://evil.example/x", "click")
    >>> neutralise_cell("Almaty")
    'Almaty'
    """
    return "'" + text if text.startswith(_FORMULA_START) else text
