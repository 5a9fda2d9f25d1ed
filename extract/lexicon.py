"""Loading rule data (gazetteers, titles, triggers) from ``extract/rules/``.

Every file is one JSON object a line, validated when loaded: an error names the file and the
line. Files are read once per process (they are read-only data).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .errors import RuleDataError

__all__ = ["load_rules", "load_organizations", "OrgEntry", "load_wordlist", "alternation"]


def alternation(forms: Iterable[str], *, ignore_case: bool = False, space: str = r"\s+") -> str:
    """A regex matching any of ``forms`` literally, longest first, a space inside a form
    matching ``space``.

    It opens with a lookahead on the forms' possible first characters: Python's ``re`` would
    otherwise try every alternative at every position of the text, and this guard makes
    scanning news text with a few hundred forms two to three times faster.

    >>> re.findall(alternation(["Ministry", "Ministry of Justice"]), "the Ministry of Justice")
    ['Ministry of Justice']
    >>> alternation(["ab", "c d"], ignore_case=True)[:10]
    '(?=[ACac])'
    """
    alts = {f.lower() if ignore_case else f for f in forms if f}
    firsts = {f[0] for f in alts}
    if ignore_case:
        firsts = {c.lower() for c in firsts} | {c.upper() for c in firsts}
    guard = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""
    return guard + "(?:" + _trie_pattern(_trie(alts), space)[0] + ")"


def _trie(forms: Iterable[str]) -> dict[str, Any]:
    """The forms as a character trie; the key "" marks the end of a form."""
    root: dict[str, Any] = {}
    for f in forms:
        node = root
        for c in f:
            node = node.setdefault(c, {})
        node[""] = {}
    return root


def _trie_pattern(node: dict[str, Any], space: str) -> tuple[str, int]:
    """A regex of the trie's forms with shared prefixes written once, and the length of its
    longest form. A longer form is tried before a shorter one it extends (the group is greedy),
    so a match is as long as with the forms listed longest first, while ``re`` no longer tries
    each form from scratch: two forms matching at one place always share the shorter one as a
    prefix."""
    kids = []
    for c, child in node.items():
        if c:
            pattern, depth = _trie_pattern(child, space)
            kids.append((-depth - 1, c, (space if c == " " else re.escape(c)) + pattern))
    if not kids:
        return "", 0
    kids.sort()
    if len(kids) == 1 and "" not in node:
        return kids[0][2], -kids[0][0]
    body = "|".join(k[2] for k in kids)
    return (f"(?:{body})?" if "" in node else f"(?:{body})"), -kids[0][0]


@cache
def load_rules(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    """Rows of ``extract/rules/<name>``, each a dict with at least the ``required`` keys.

    >>> any(r["acronym"] == "UNODC" for r in load_rules("organizations.jsonl"))
    True
    """
    path = resources.files("parleygraph.extract.rules") / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleDataError(f"rules/{name}: missing rule file") from None
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise RuleDataError(f"rules/{name}:{n}: not valid JSON ({e.msg})") from None
        if not isinstance(row, dict):
            raise RuleDataError(f"rules/{name}:{n}: expected a JSON object")
        missing = [k for k in required if not row.get(k)]
        if missing:
            raise RuleDataError(f"rules/{name}:{n}: missing {', '.join(missing)}")
        rows.append(row)
    return tuple(rows)


@cache
def load_wordlist(name: str) -> frozenset[str]:
    """A set of words from a rule file with one ``{"word": ...}`` object a line."""
    return frozenset(r["word"] for r in load_rules(name, ("word",)))


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A well-known organisation: canonical name, acronym, aliases, parent, country, seat city."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    parent: str | None
    country: str | None
    seat: str | None
    kind: str | None


@cache
def load_organizations() -> tuple[OrgEntry, ...]:
    """The organisations of ``rules/organizations.jsonl``."""
    out = []
    for r in load_rules("organizations.jsonl", ("name",)):
        out.append(OrgEntry(name=r["name"], acronym=r.get("acronym"),
                            aliases=tuple(r.get("aliases") or ()), parent=r.get("parent"),
                            country=r.get("country"), seat=r.get("seat"), kind=r.get("kind")))
    return tuple(out)
