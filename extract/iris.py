"""Minting flat, deterministic IRIs for meetings, items and entities.

IRIs are flat (``<base><kind>/<key>``): per-entity sub-paths make Turtle writers slow.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["DEFAULT_BASE", "slugify", "mint", "short_hash", "check_base_iri"]

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


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')


def check_base_iri(base: str) -> str:
    """``base`` if it can prefix data IRIs, else :class:`InputError` saying why.

    A base is an absolute IRI (``https://...``) ending in ``/`` or ``#``, with no spaces or
    characters IRIs forbid (``<>"{}|\\^```` and controls).

    >>> check_base_iri("https://example.org/id/")
    'https://example.org/id/'
    >>> check_base_iri("example.org/id/")
    Traceback (most recent call last):
    ...
    parleygraph.extract.errors.InputError: --base-iri 'example.org/id/' is not an absolute IRI (it needs a scheme such as https://)
    """
    from urllib.parse import urlsplit

    from .errors import InputError

    shown = f"--base-iri {base!r}"
    if not isinstance(base, str) or not base:
        raise InputError("--base-iri is empty")
    bad = _NOT_IN_IRI.search(base)
    if bad:
        raise InputError(f"{shown} contains {bad.group(0)!r}, which an IRI cannot hold")
    if not _SCHEME.match(base):
        raise InputError(f"{shown} is not an absolute IRI (it needs a scheme such as https://)")
    try:
        parts = urlsplit(base)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as e:
        raise InputError(f"{shown} is not a valid IRI ({e})") from None
    if parts.scheme.lower() in ("http", "https") and not parts.netloc:
        raise InputError(f"{shown} has no host (write it as {parts.scheme}://host/path/)")
    if not base.endswith(("/", "#")):
        raise InputError(f"{shown} must end in '/' or '#' (data IRIs are <base>kind/key)")
    return base
