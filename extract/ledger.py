"""The identity ledger and the overrides file: memory and corrections that survive a rebuild.

The ledger is a plain JSONL file a researcher can keep under version control, one row per IRI
ever minted::

    {"iri": ".../person/ravshan-akbar-karimzoda", "kind": "person", "key": "ravshan akbar karimzoda",
     "aliases": ["R.A. Karimzoda", ...], "n": 3, "status": "active", "same_as": null}

``n`` is the order of minting (the older IRI survives a merge); a retired row names its survivor
in ``same_as``. The overrides file (JSON or YAML) holds corrections applied at every build::

    merge: [[".../person/r-a-karimzoda", "Ravshan Akbar Karimzoda"]]   # IRIs or names
    split: ["A. Sharma"]                   # a name or alias that must be an entity of its own
    drop: ["002_bad41a92fd3260ec#11"]      # meeting ids or IRIs
    fix: {"003_517311bb11d705df#1": {"city": "Astana"}}
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from .errors import InputError
from .io import dumps_line, write_atomic

__all__ = ["read_ledger", "write_ledger", "read_overrides", "validate_overrides",
           "override_lines", "unmatched_overrides", "LEDGER_KINDS", "FIXABLE_FIELDS"]

LEDGER_KINDS = ("person", "organization", "country", "meeting")
FIXABLE_FIELDS = {
    "type": str, "start": str, "end": str, "date_inferred": bool, "format": str, "city": str,
    "country": str, "status": str, "headline": str, "published": str,
    "countries": list, "organizers": list, "chairs": list,
}
"""Meeting fields an override may set, with the JSON type the value must have (or null)."""


def _check_row(row: Any, where: str) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a JSON object")
    if not isinstance(row.get("iri"), str) or not row["iri"]:
        raise InputError(f"{where}: missing 'iri'")
    if row.get("kind") not in LEDGER_KINDS:
        raise InputError(f"{where}: 'kind' must be one of {', '.join(LEDGER_KINDS)}")
    if row.get("status", "active") not in ("active", "retired"):
        raise InputError(f"{where}: 'status' must be 'active' or 'retired'")
    if row.get("status") == "retired" and not isinstance(row.get("same_as"), str):
        raise InputError(f"{where}: a retired row needs 'same_as' (the surviving IRI)")
    if not isinstance(row.get("aliases") or [], list) or \
            not all(isinstance(a, str) for a in row.get("aliases") or []):
        raise InputError(f"{where}: 'aliases' must be a list of strings")
    n = row.get("n")
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
        raise InputError(f"{where}: 'n' (the minting counter) must be a whole number >= 0, "
                         f"not {n!r}")
    for key in ("key", "same_as"):
        if row.get(key) is not None and not isinstance(row[key], str):
            raise InputError(f"{where}: '{key}' must be a string or null")
    return row


def read_ledger(path: str | os.PathLike[str] | None) -> list[dict[str, Any]]:
    """The rows of the ledger at ``path``; a missing file is an empty ledger.

    An invalid line raises :class:`InputError` naming the file and the line.
    """
    if path is None or not Path(path).exists():
        return []
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read the ledger: {e.strerror}") from None
    for n, bline in enumerate(raw.splitlines(), 1):
        where = f"{path}:{n}"
        try:
            line = bline.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{where}: not UTF-8 (byte 0x{bline[e.start]:02x}); "
                             "is this a parleygraph ledger?") from None
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError, ValueError) as e:
            msg = e.msg if isinstance(e, json.JSONDecodeError) else "nested too deeply" \
                if isinstance(e, RecursionError) else str(e)
            raise InputError(f"{where}: not valid JSON ({msg})") from None
        row = _check_row(row, where)
        if row["iri"] in seen:
            raise InputError(f"{where}: IRI {row['iri']} appears twice")
        seen.add(row["iri"])
        rows.append(row)
    return rows


def _row_order(row: dict[str, Any]) -> tuple[str, str]:
    return (row.get("kind", ""), row["iri"])


def write_ledger(path: str | os.PathLike[str], rows: list[dict[str, Any]]) -> Path:
    """Write the ledger atomically, rows sorted by kind and IRI, aliases sorted: same rows, same bytes."""
    out = []
    for r in sorted(rows, key=_row_order):
        row = {"iri": r["iri"], "kind": r["kind"], "key": r.get("key"),
               "aliases": sorted(set(r.get("aliases") or ())), "n": r.get("n"),
               "status": r.get("status", "active"), "same_as": r.get("same_as")}
        out.append(dumps_line(row))
    return write_atomic(path, "".join(line + "\n" for line in out))


def validate_overrides(data: Any, where: str = "overrides") -> dict[str, Any]:
    """Check an overrides mapping; return it normalised (every key present).

    >>> validate_overrides({"drop": ["x#1"]})["drop"]
    ['x#1']
    >>> validate_overrides({"merge": "a"})
    Traceback (most recent call last):
    ...
    parleygraph.extract.errors.InputError: overrides: 'merge' must be a list of lists of two or more IRIs or names
    """
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a mapping with keys merge, split, drop, fix")
    unknown = sorted(set(data) - {"merge", "split", "drop", "fix"})
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))} "
                         "(allowed: merge, split, drop, fix)")
    merge = data.get("merge") or []
    if not isinstance(merge, list) or not all(
            isinstance(g, list) and len(g) >= 2 and all(isinstance(x, str) and x for x in g)
            for g in merge):
        raise InputError(f"{where}: 'merge' must be a list of lists of two or more IRIs or names")
    for key in ("split", "drop"):
        v = data.get(key) or []
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            raise InputError(f"{where}: '{key}' must be a list of strings")
    fix = data.get("fix") or {}
    if not isinstance(fix, dict):
        raise InputError(f"{where}: 'fix' must map a meeting id or IRI to {{field: value}}")
    for mid, fields in fix.items():
        if not isinstance(fields, dict) or not fields:
            raise InputError(f"{where}: fix of {mid!r} must be a non-empty mapping of field: value")
        for f, v in fields.items():
            if f not in FIXABLE_FIELDS:
                raise InputError(f"{where}: fix of {mid!r}: field {f!r} cannot be set "
                                 f"(allowed: {', '.join(sorted(FIXABLE_FIELDS))})")
            if v is not None and not isinstance(v, FIXABLE_FIELDS[f]):
                raise InputError(f"{where}: fix of {mid!r}: {f!r} must be "
                                 f"{FIXABLE_FIELDS[f].__name__} or null")
    return {"merge": [list(g) for g in merge], "split": list(data.get("split") or []),
            "drop": list(data.get("drop") or []), "fix": {k: dict(v) for k, v in fix.items()}}


def read_overrides(path: str | os.PathLike[str] | None) -> dict[str, Any]:
    """Read and validate an overrides file (``.json``, or YAML for anything else)."""
    if path is None:
        return validate_overrides({})
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: overrides file not found") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read the overrides: {e.strerror}") from None
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(text) if text.strip() else {}
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{e.lineno}: not valid JSON ({e.msg})") from None
        except (RecursionError, ValueError) as e:
            raise InputError(f"{path}: not valid JSON ({e or 'nested too deeply'})") from None
    else:
        import yaml

        try:
            data = yaml.safe_load(text)
        except RecursionError:
            raise InputError(f"{path}: not valid YAML (nested too deeply)") from None
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            raise InputError(f"{path}{line}: not valid YAML") from None
    return validate_overrides(data, str(path))


def override_lines(path: str | os.PathLike[str]) -> dict[tuple[Any, ...], int]:
    """The line of each entry of an overrides file: ``("merge", i, j)``, ``("merge", i)``,
    ``("split", i)``, ``("drop", i)``, ``("fix", meeting)``, for warnings that name the line.

    YAML positions come from the parser; JSON has none, so an entry's line is that of its first
    occurrence after its section's key.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    out: dict[tuple[Any, ...], int] = {}
    if p.suffix.lower() == ".json":
        try:
            data = validate_overrides(json.loads(text) if text.strip() else {})
        except (ValueError, InputError):
            return {}

        def line_of(value: str, after: int) -> tuple[int, int]:
            for form in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
                at = text.find(form, after)
                if at >= 0:
                    return text.count("\n", 0, at) + 1, at
            return 0, after

        for key in ("merge", "split", "drop", "fix"):
            pos = max(text.find(f'"{key}"'), 0)
            if key == "merge":
                for i, group in enumerate(data["merge"]):
                    first = None
                    for j, x in enumerate(group):
                        out[("merge", i, j)], pos = line_of(x, pos)
                        first = first or out[("merge", i, j)]
                    out[("merge", i)] = first or 0
            elif key == "fix":
                for mid in data["fix"]:
                    out[("fix", mid)], _ = line_of(mid, pos)
            else:
                for i, x in enumerate(data[key]):
                    out[(key, i)], pos = line_of(x, pos)
        return out
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    for knode, vnode in root.value:
        section = getattr(knode, "value", None)
        if section == "fix" and isinstance(vnode, yaml.MappingNode):
            for mk, _ in vnode.value:
                out[("fix", mk.value)] = mk.start_mark.line + 1
        elif section in ("merge", "split", "drop") and isinstance(vnode, yaml.SequenceNode):
            for i, item in enumerate(vnode.value):
                out[(section, i)] = item.start_mark.line + 1
                if section == "merge" and isinstance(item, yaml.SequenceNode):
                    for j, x in enumerate(item.value):
                        out[("merge", i, j)] = x.start_mark.line + 1
    return out


def _norm(name: str) -> str:
    return re.sub(r"[\s.]+", " ", name.casefold()).strip()


def unmatched_overrides(path: str | os.PathLike[str], ov: dict[str, Any], meetings: list[Any],
                        resolution: Any, *, base: str) -> list[str]:
    """One warning line (``file:line: what``) per override entry that matched nothing.

    ``meetings`` are the records before resolution, ``resolution`` what
    :func:`parleygraph.extract.resolve.resolve` returned for them with ``ov``.
    """
    lines = override_lines(path)

    def at(*key: Any) -> str:
        n = lines.get(key)
        return f"{path}:{n}" if n else str(path)

    iris: set[str] = {r["iri"] for r in resolution.ledger}
    names: set[str] = set()
    for e in resolution.entities:
        if e.kind not in ("person", "organization"):
            continue
        iris.add(e.id)
        iris.update(e.same_as)
        names.update(_norm(n) for n in (e.name, *e.aliases, e.acronym or "") if n)
    mids: set[str] = {m.id for m in meetings} | {m.iri for m in resolution.meetings if m.iri}
    try:  # the IRIs meetings get before reports of one meeting are grouped
        from .resolve import _meeting_iris

        mids.update(_meeting_iris(meetings, base))
    except (ImportError, TypeError):  # pragma: no cover - the resolver changed
        pass
    log = set(resolution.log)
    out: list[str] = []
    for i, group in enumerate(ov["merge"]):
        missing = [(j, x) for j, x in enumerate(group) if x not in iris and _norm(x) not in names]
        for j, x in missing:
            out.append(f"{at('merge', i, j)}: merge: {x!r} matches no person or organisation; "
                       "the group is not applied")
        if not missing and f"override: merge {group!r} not applied (entities not found)" in log:
            out.append(f"{at('merge', i)}: merge: {group!r} was not applied (the names must all "
                       "be persons or all organisations)")
    for i, sp in enumerate(ov["split"]):
        if f"override: split {sp!r} into its own entity" not in log:
            out.append(f"{at('split', i)}: split: {sp!r} matches no name or alias; ignored")
    for i, x in enumerate(ov["drop"]):
        if x not in mids:
            out.append(f"{at('drop', i)}: drop: {x!r} matches no meeting id or IRI; ignored")
    for mid in ov["fix"]:
        if mid not in mids:
            out.append(f"{at('fix', mid)}: fix: {mid!r} matches no meeting id or IRI; ignored")
    return out
