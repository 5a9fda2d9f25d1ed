"""File I/O at the edges: atomic writes and JSONL."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["write_atomic", "write_jsonl", "read_jsonl", "dumps_line"]


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    A reader never sees a half-written file, and a failure leaves the old file intact.

    >>> p = write_atomic(Path(tempfile.mkdtemp()) / "x.txt", "hi")
    >>> p.read_text()
    'hi'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def dumps_line(obj: Any) -> str:
    """One JSON line, keys in insertion order, non-ASCII kept as is."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write_jsonl(path: str | os.PathLike[str], rows: Iterable[Any]) -> Path:
    """Write dicts (or records with ``to_dict``) as JSON lines, atomically."""
    lines = [dumps_line(r.to_dict() if hasattr(r, "to_dict") else r) for r in rows]
    return write_atomic(path, "".join(line + "\n" for line in lines))


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a JSONL file; an invalid line raises ``InputError`` naming the file and line."""
    from .errors import InputError

    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not valid JSON ({e.msg})") from None
    return rows
