"""Reading documents: .txt, .html/.htm (main text by trafilatura) and .jsonl articles.

A file that cannot be read or decoded, is not English, or is larger than the per-document
budget is reported as a :class:`Problem` and skipped; the other inputs are still read. Folders
are read recursively in sorted order; a symbolic-link loop, a broken link or a folder that
cannot be read is named and skipped.

Document ids are data, never paths: an article id of a JSONL file must be a string (or an
integer) of at most :data:`MAX_ID_CHARS` characters without control characters, and two
documents whose meetings would share ids (the same file name under two inputs, ``x.txt``
beside ``x.html``, an article id given twice) are told apart deterministically: the later one is
renamed ``<name>~2`` with a warning, or skipped when its text is the same. Texts are cleaned of
NUL characters (made spaces) and lone surrogates (made U+FFFD), offsets unchanged, with a warning.
Warnings are :class:`Problem` records with ``skipped=False`` followed by the document itself.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from .errors import InputError
from .records import Document, Problem

__all__ = ["read_inputs", "iter_inputs", "iter_sources", "read_file", "read_jsonl_range", "detect_language",
           "check_id", "doc_stem", "clean_text", "printable", "SUFFIXES", "MAX_ID_CHARS", "DEFAULT_MAX_DOC_BYTES"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_ID_CHARS = 200
"""The longest article id accepted (characters)."""
DEFAULT_MAX_DOC_BYTES = 32_000_000
"""The default per-document size budget (bytes of UTF-8 text; ``--max-doc-mb``)."""

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_EN_STOP = frozenset(
    "the of and to in a on for with was were is are by at from as that this it be has have "
    "which an its their also".split()
)
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt file)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office (OLE) file"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"),
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


# --------------------------------------------------------------------------- ids and text

_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # Unicode categories of control characters


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in _CONTROL_CATEGORIES or ch in "\ufffe\uffff"


def printable(text: str, limit: int = 80) -> str:
    """``text`` fit for a one-line message: control characters escaped, long text cut.

    >>> printable("a\\nb\\x00")
    'a\\\\nb\\\\x00'
    """
    out = "".join(ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                  if _is_control(ch) else ch for ch in text[:limit])
    return out + ("…" if len(text) > limit else "")


def check_id(value: Any) -> str:
    """The article id ``value`` as a string, or :class:`InputError` saying what is wrong.

    An id is a string or an integer, not empty, at most :data:`MAX_ID_CHARS` characters, with
    no control characters (NUL, newline, lone surrogates, ...). It is data: ``../x`` is a valid
    id and never becomes a path.

    >>> check_id(12)
    '12'
    >>> check_id("a\\x00b")
    Traceback (most recent call last):
    ...
    parleygraph.extract.errors.InputError: id 'a\\x00b' contains the control character U+0000
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(f'"id" must be a string or an integer, not {type(value).__name__}')
    ident = str(value) if isinstance(value, str) else format(value, "d")
    if not ident.strip():
        raise InputError('"id" is empty')
    if len(ident) > MAX_ID_CHARS:
        raise InputError(f"id '{printable(ident, 40)}' is {len(ident)} characters long "
                         f"(at most {MAX_ID_CHARS})")
    bad = next((ch for ch in ident if _is_control(ch)), None)
    if bad is not None:
        raise InputError(f"id '{printable(ident, 40)}' contains the control character "
                         f"U+{ord(bad):04X}")
    return ident


def clean_text(text: str) -> tuple[str, int, int]:
    """``text`` with each NUL character made a space and each lone surrogate U+FFFD (offsets
    unchanged), and how many of each there were.

    >>> clean_text("a\\x00b\\ud800")
    ('a b\\ufffd', 1, 1)
    """
    if _BAD_CHARS.search(text) is None:
        return text, 0, 0
    nul = text.count("\x00")
    total = len(_BAD_CHARS.findall(text))
    return _BAD_CHARS.sub(lambda m: " " if m.group(0) == "\x00" else "\ufffd", text), nul, total - nul


def _cleaning_note(nul: int, sur: int) -> str:
    parts = [f"{n} {what}{'s' if n != 1 else ''} ({how})" for n, what, how in
             ((nul, "NUL character", "made spaces"), (sur, "lone surrogate", "made U+FFFD")) if n]
    return f"text had {' and '.join(parts)}"


def doc_stem(doc: str) -> str:
    """The stem meeting ids of a document are numbered under (``<stem>#<n>``).

    >>> doc_stem("a/x.txt"), doc_stem("feed.jsonl#7")
    ('a/x', 'feed.jsonl#7')
    """
    return doc.rsplit(".", 1)[0] if "#" not in doc else doc


# --------------------------------------------------------------------------- decoding

def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        for bom, enc in _BOMS:
            if raw.startswith(bom):
                raise InputError(f"{name}: not UTF-8 text: it is {enc} (byte-order mark); "
                                 "convert it to UTF-8") from None
        raise InputError(f"{name}: not UTF-8 text (byte 0x{raw[e.start]:02x} at offset {e.start}); "
                         "convert it to UTF-8") from None


def _binary_kind(raw: bytes) -> str | None:
    """What a binary file is, from its first bytes (``None`` when it may be text)."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return what
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text: _decode names it
    head = raw[:65536]
    if head and head.count(0) > max(8, len(head) // 100):
        return "binary data (many NUL bytes)"
    return None


def _html_text(raw: bytes, name: str) -> tuple[str, str | None, str | None, str | None]:
    import trafilatura

    html = _decode(raw, name)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_recall=True, output_format="txt")
        meta = trafilatura.extract_metadata(html)
    except RecursionError:
        raise InputError(f"{name}: HTML nested too deeply to read") from None
    if not text or not text.strip():
        raise InputError(f"{name}: no main text found in the HTML")
    published = getattr(meta, "date", None) if meta else None
    title = getattr(meta, "title", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return text, published, title, url


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _too_large(size: int, max_bytes: int) -> str:
    return (f"too large: {_mb(size)}, more than the {_mb(max_bytes)} a document may have "
            "(raise --max-doc-mb to read it)")


# --------------------------------------------------------------------------- files

def read_file(path: Path, doc: str, *, max_bytes: int | None = DEFAULT_MAX_DOC_BYTES
              ) -> Iterator[Document | Problem]:
    """Documents (or problems) of one file; ``doc`` is its name relative to the input.

    A file larger than ``max_bytes`` (a JSONL article whose text is) is a problem, never read.
    """
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes and path.suffix.lower() != ".jsonl":
            yield Problem(doc, _too_large(size, max_bytes))
            return
        if path.suffix.lower() == ".jsonl":
            with open(path, "rb") as fh:
                yield from _read_jsonl(fh, doc, str(path), max_bytes)
            return
        raw = path.read_bytes()
    except OSError as e:
        yield Problem(doc, f"cannot read: {e.strerror or e}")
        return
    sha = hashlib.sha256(raw).hexdigest()
    suffix = path.suffix.lower()
    try:
        what = _binary_kind(raw)
        if what is not None:
            raise InputError(f"{doc}: {what}, not text")
        if suffix in (".html", ".htm"):
            text, published, title, url = _html_text(raw, doc)
            kind = "html"
        else:
            text, published, title, url, kind = _decode(raw, doc), None, None, None, "txt"
    except InputError as e:
        yield Problem(doc, str(e).split(": ", 1)[-1])
        return
    text, nul, sur = clean_text(text)
    if nul or sur:
        yield Problem(doc, _cleaning_note(nul, sur), skipped=False)
    yield _checked(Document(doc=doc, text=text, source=str(path), published=published, url=url,
                            title=_clean_field(title), kind=kind, sha256=sha))


def _clean_field(value: str | None) -> str | None:
    return None if value is None else clean_text(value)[0]


def _checked(d: Document) -> Document | Problem:
    if not d.text.strip():
        return Problem(d.doc, "empty document")
    lang = detect_language(d.text)
    if lang != "en":
        what = "Russian" if lang == "ru" else "not recognised as English"
        return Problem(d.doc, f"not in English ({what}); skipped")
    return d


def _lines(fh: BinaryIO, limit: int, first: int = 1) -> Iterator[tuple[int, bytes | None, int]]:
    """``(number, line, size)`` of each line, numbered from ``first``; a line longer than
    ``limit`` bytes comes as ``None`` and is skipped without being held in memory."""
    n = first - 1
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                chunk = fh.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield n, None, size
        else:
            yield n, line, len(line)


_OPTIONAL_FIELDS = ("published", "url", "title")  # of a JSON Lines record


def _read_jsonl(fh: BinaryIO, doc: str, source: str, max_bytes: int | None, first_line: int = 1
                ) -> Iterator[Document | Problem]:
    # a line holds its text JSON-escaped: allow for the escapes, then check the text itself
    limit = (max_bytes * 6 + 65536) if max_bytes is not None else 1 << 62
    for n, line, size in _lines(fh, limit, first_line):
        where = f"{doc}:{n}"
        if line is None:
            yield Problem(where, _too_large(size, max_bytes or 0))
            continue
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as e:
            yield Problem(where, f"not UTF-8 text (byte 0x{line[e.start]:02x} at column {e.start + 1})")
            continue
        except json.JSONDecodeError as e:
            yield Problem(where, f"not valid JSON ({e.msg})")
            continue
        except RecursionError:
            yield Problem(where, "not valid JSON (nested too deeply)")
            continue
        except ValueError as e:  # e.g. an integer of more than 4300 digits
            yield Problem(where, f"not valid JSON ({e})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or "id" not in obj:
            yield Problem(where, 'an article needs "id" and a string "text"')
            continue
        try:
            ident = check_id(obj["id"])
        except InputError as e:
            yield Problem(where, str(e))
            continue
        name = f"{doc}#{ident}"
        body = obj["text"]
        if max_bytes is not None and len(body) > max_bytes // 4 and \
                len(body.encode("utf-8", "surrogatepass")) > max_bytes:
            yield Problem(name, _too_large(len(body.encode("utf-8", "surrogatepass")), max_bytes))
            continue
        body, nul, sur = clean_text(body)
        notes = [_cleaning_note(nul, sur)] if nul or sur else []
        fields: dict[str, str | None] = {}
        for key in _OPTIONAL_FIELDS:
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                notes.append(f'"{key}" is not a string; ignored')
                value = None
            fields[key] = _clean_field(value)
        for note in notes:
            yield Problem(name, note, skipped=False)
        art_sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
        yield _checked(Document(doc=name, text=body, source=f"{source}:{n}",
                                published=fields["published"], url=fields["url"],
                                title=fields["title"], kind="jsonl", sha256=art_sha))


class _Range:
    """The lines of a binary file that begin before byte ``end`` (the file is positioned at
    the start of a line): what :func:`_lines` reads of one part of a JSON Lines file."""

    def __init__(self, fh: BinaryIO, end: int) -> None:
        self.fh, self.end, self.at_start = fh, end, True

    def readline(self, size: int = -1) -> bytes:
        if self.at_start and self.fh.tell() >= self.end:
            return b""
        line = self.fh.readline(size)
        self.at_start = line.endswith(b"\n")
        return line


def read_jsonl_range(path: Path, doc: str, source: str, start: int, end: int, first_line: int, *,
                     max_bytes: int | None = DEFAULT_MAX_DOC_BYTES) -> Iterator[Document | Problem]:
    """The articles (or problems) of the lines of the JSON Lines file ``path`` that begin in
    bytes ``[start, end)``, as :func:`read_file` gives them for the whole file: ``start`` is the
    start of a line, ``first_line`` its number, ``source`` the path as the user named it (a
    large JSONL shard read in parts by the workers of a cluster).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("wb", suffix=".jsonl") as f:
    ...     _ = f.write(b'{"id": 1, "text": "The sides met in Vienna."}\\n{"id": 2, "text": 5}\\n')
    ...     f.flush()
    ...     [x.doc for x in read_jsonl_range(Path(f.name), "a.jsonl", "a.jsonl", 46, 99, 2)]
    ['a.jsonl:2']
    """
    try:
        with open(path, "rb") as fh:
            fh.seek(start)
            yield from _read_jsonl(_Range(fh, end), doc, source, max_bytes, first_line)  # type: ignore[arg-type]
    except OSError as e:
        yield Problem(doc, f"cannot read: {e.strerror or e}")


# --------------------------------------------------------------------------- folders

def _safe_name(rel: str) -> tuple[str, bool]:
    """A file's relative name as a document id: bytes that are not UTF-8 and control
    characters become U+FFFD. Returns the name and whether it changed."""
    clean = "".join("\ufffd" if _is_control(ch) else ch for ch in rel)
    return clean, clean != rel


def _walk(root: Path, exclude: frozenset[str]) -> Iterator[tuple[Path, str] | Problem]:
    """``(path, relative name)`` of every input file under ``root``, depth first in sorted
    order (the order of ``sorted(root.rglob("*"))``), following links to folders once."""
    try:
        top = root.stat()
    except OSError as e:
        yield Problem(str(root), f"cannot read folder: {e.strerror}")
        return
    seen: dict[tuple[int, int], str] = {(top.st_dev, top.st_ino): "."}

    def walk(folder: Path, rel: str, ancestors: tuple[tuple[int, int], ...]
             ) -> Iterator[tuple[Path, str] | Problem]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield Problem(rel or str(root), f"cannot read folder: {e.strerror}; skipped")
            return
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            path = Path(entry.path)
            if entry.name.startswith(".") and ".parleygraph-" in entry.name:
                continue  # the working folders of a build (graph/outdir.py)
            if exclude and os.path.realpath(path) in exclude:
                continue
            try:
                st = entry.stat()  # follows links
            except OSError as e:
                if entry.is_symlink():
                    why = ("symbolic link loop" if e.errno == errno.ELOOP
                           else "broken symbolic link")
                    if entry.name.lower().endswith(SUFFIXES) or e.errno == errno.ELOOP:
                        yield Problem(name, f"{why}; skipped")
                    continue
                yield Problem(name, f"cannot read: {e.strerror}; skipped")
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    yield Problem(name, f"symbolic link loop (back to {seen.get(key, '.')}); skipped")
                    continue
                if key in seen:
                    yield Problem(name, f"the same folder as {seen[key]} (a symbolic link); "
                                        "read once, skipped here")
                    continue
                seen[key] = name
                yield from walk(path, name, ancestors + (key,))
            elif entry.name.lower().endswith(SUFFIXES):
                if stat.S_ISREG(st.st_mode):
                    yield path, name
                else:
                    yield Problem(name, "not a regular file; skipped")

    yield from walk(root, "", ((top.st_dev, top.st_ino),))


class _Names:
    """Keeps document ids unique: a later document whose meeting ids would collide with an
    earlier one's is renamed ``<name>~2`` (``~3``...), or skipped when it has the same text as
    any document met under that name."""

    def __init__(self) -> None:
        self.taken: set[str] = set()  # stems in use
        self.under: dict[str, list[tuple[str, str, str]]] = {}  # stem -> (doc, sha, source)

    def admit(self, d: Document) -> Iterator[Document | Problem]:
        stem = doc_stem(d.doc)
        met = self.under.setdefault(stem, [])
        same = next((m for m in met if m[1] == d.sha256), None)
        if same is not None:
            yield Problem(d.doc, f"the same text as {printable(same[2] or same[0])} (given twice); skipped")
            return
        if stem not in self.taken:
            self.taken.add(stem)
            met.append((d.doc, d.sha256, d.source))
            yield d
            return
        k = 2
        while True:
            if "#" in d.doc:
                new = f"{d.doc}~{k}"
            else:
                base, dot, ext = d.doc.rpartition(".")
                new = f"{base}~{k}.{ext}" if dot else f"{d.doc}~{k}"
            if doc_stem(new) not in self.taken:
                break
            k += 1
        self.taken.add(doc_stem(new))
        first = met[0]
        met.append((new, d.sha256, d.source))
        yield Problem(new, f"document id '{printable(d.doc)}' is already used by "
                           f"{printable(first[2] or first[0])}; this one ({printable(d.source)}) "
                           f"is named '{printable(new)}'", skipped=False)
        yield replace(d, doc=new)


def iter_inputs(paths: Iterable[str], *, max_bytes: int | None = DEFAULT_MAX_DOC_BYTES,
                exclude: Iterable[str | os.PathLike[str]] = ()) -> Iterator[Document | Problem]:
    """Documents and problems of files and folders, folders recursively in sorted order.

    ``max_bytes`` is the per-document size budget; paths in ``exclude`` (an output folder's own
    files) are not read. Document ids are kept unique (see the module docstring).
    """
    names = _Names()
    for src in iter_sources(paths, exclude=exclude):
        if isinstance(src, Problem):
            yield src
            continue
        for x in read_file(*src, max_bytes=max_bytes):
            if isinstance(x, Document):
                yield from names.admit(x)
            else:
                yield x


def iter_sources(paths: Iterable[str], *, exclude: Iterable[str | os.PathLike[str]] = ()
                 ) -> Iterator[tuple[Path, str] | Problem]:
    """The files :func:`iter_inputs` reads, in its order, without reading them: ``(path, document
    id)`` of each (the id is the name relative to its input argument), and a :class:`Problem`
    for what cannot be listed (and a warning before a file whose name had to be cleaned).

    >>> [x.reason for x in iter_sources(["no/such/file.txt"])]
    ['no such file or folder']
    """
    skip = frozenset(os.path.realpath(p) for p in exclude)
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            sources: Iterable[tuple[Path, str] | Problem] = _walk(p, skip)
        elif p.is_file():
            sources = [(p, p.name)]
        elif p.exists() or p.is_symlink():
            why = "a symbolic link loop or a broken link" if p.is_symlink() else \
                "not a regular file or folder"
            sources = [Problem(printable(arg, 200), why)]
        else:
            sources = [Problem(printable(arg, 200), "no such file or folder")]
        for src in sources:
            if isinstance(src, Problem):
                yield Problem(_safe_name(src.doc)[0], src.reason, src.skipped)
                continue
            path, rel = src
            doc, renamed = _safe_name(rel)
            if renamed:
                yield Problem(doc, "the file name has bytes that are not UTF-8 or control "
                                   "characters; they are replaced by U+FFFD in its id", skipped=False)
            yield path, doc


def read_inputs(paths: list[str], *, max_bytes: int | None = DEFAULT_MAX_DOC_BYTES
                ) -> tuple[list[Document], list[Problem]]:
    """All documents of ``paths`` and the problems met (warnings included), in input order."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for x in iter_inputs(paths, max_bytes=max_bytes):
        (docs if isinstance(x, Document) else problems).append(x)  # type: ignore[arg-type]
    return docs, problems
