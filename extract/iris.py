"""Minting flat, deterministic IRIs for meetings, items and entities.

IRIs are flat (``<base><kind>/<key>``): per-entity sub-paths make Turtle writers slow.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["DEFAULT_BASE", "slugify", "mint", "short_hash"]

DEFAULT_BASE = "https://w3id.org/parleygraph/id/"


def slugify(text: str) -> str:
    """A lower-case ASCII slug.

    >>> slugify("Emre Çelik")
    'emre-celik'
    """
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "x"


def short_hash(*parts: str, n: int = 10) -> str:
    """A short stable hex digest of the parts."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def mint(kind: str, key: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of an entity of ``kind`` whose stable key is ``key``.

    >>> mint("country", "KZ")
    'https://w3id.org/parleygraph/id/country/KZ'
    """
    return f"{base}{kind}/{key}"
