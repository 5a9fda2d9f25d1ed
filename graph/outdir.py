"""A build is all or nothing: its files are written into a staging folder and swapped in at once.

``parleygraph build --out DIR`` writes every file into ``.DIR.parleygraph-new-XXXX`` beside
``DIR``; only when all are written is the staging folder exchanged with ``DIR`` in one atomic
step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames a few microseconds apart).
Until then the earlier build in ``DIR`` stays whole; a build that fails or is killed leaves it
untouched, and the next build removes what the killed one left behind.

Files a user put in ``DIR`` (any name a build does not write, see :data:`OWN_ENTRIES`) are
carried over untouched: files are hard-linked into the staging folder before the swap, so they
never leave ``DIR``; folders are moved back right after it. ``texts/`` and ``report_figures/``
belong to the build and are replaced whole, so stale texts disappear.

A lock file (``.DIR.parleygraph.lock`` beside ``DIR``, held with ``flock`` so that a killed
build never leaves a stale lock) refuses a second build into the same folder.

Where ``DIR`` cannot be swapped (a mount point, a parent folder that is not writable, or the
current folder), the staging folder is made inside ``DIR`` and its entries are renamed into
place one by one: each file still appears whole, but not all at the same instant.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from parleygraph.extract.errors import OutputError

__all__ = ["OWN_ENTRIES", "check_out", "build_lock", "staged_output", "own_paths", "exchange"]

OWN_ENTRIES = frozenset({
    "meetings.jsonl", "entities.jsonl", "texts", "graph.ttl", "graph.nt", "graph.html",
    "report.md", "report.html", "report_figures", "centrality.csv", "centrality_by_year.csv",
    "coparticipation.graphml", "graph.gexf", "participation.csv", "graph.oxigraph", ".parleygraph",
})
"""The names a build owns in its output folder; anything else there belongs to the user."""

_NEW, _OLD, _STAGE, _LOCK = ".parleygraph-new-", ".parleygraph-old-", ".parleygraph-stage-", ".parleygraph.lock"


def check_out(out: str | os.PathLike[str]) -> Path:
    """The real path of an output folder, or :class:`OutputError` saying why it cannot be one.

    Its parent folders are created; the folder itself is not.

    >>> check_out("")
    Traceback (most recent call last):
    ...
    parleygraph.extract.errors.OutputError: --out is empty; name an output folder
    """
    if not str(out).strip():
        raise OutputError("--out is empty; name an output folder")
    path = Path(out)
    real = Path(os.path.realpath(path))
    if real.exists() and not real.is_dir():
        raise OutputError(f"{out}: is a file, not a folder")
    probe = real
    while not probe.exists():
        if probe.is_symlink():
            raise OutputError(f"{out}: {probe} is a broken symbolic link")
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{out}: cannot create the folder: {probe} is a file, not a folder")
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{out}: cannot create the folder {e.filename or real.parent}: "
                          f"{e.strerror}") from None
    if real == Path(real.anchor):
        raise OutputError(f"{out}: the root folder cannot be an output folder")
    return real


def own_paths(real: Path) -> list[Path]:
    """The paths a build owns in the output folder ``real`` (never read back as input)."""
    return [real / n for n in sorted(OWN_ENTRIES)]


# --------------------------------------------------------------------------- the lock

def _lock_path(real: Path) -> Path:
    if os.access(real.parent, os.W_OK | os.X_OK):
        return real.parent / f".{real.name}{_LOCK}"
    return real / _LOCK


@contextmanager
def build_lock(real: Path, shown: str | None = None) -> Iterator[Path]:
    """Hold the lock of output folder ``real`` for the duration of a build.

    A second build into the same folder gets :class:`OutputError` at once, naming the
    process that holds it. The lock is an ``flock``: the kernel releases it when the holder
    dies, so a killed build never blocks the next one.
    """
    path = _lock_path(real)
    shown = shown or str(real)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        except OSError as e:
            raise OutputError(f"{shown}: cannot create the lock file {path}: {e.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            finally:
                os.close(fd)
            who = f" (process {holder})" if holder.isdigit() else ""
            raise OutputError(f"{shown}: another parleygraph build is writing to this folder"
                              f"{who}; wait for it to finish or choose another --out") from None
        try:  # the file may have been unlinked by a holder finishing meanwhile: retry
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield path
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


# --------------------------------------------------------------------------- staging and swap

def _rmtree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    if path.exists() or path.is_symlink():  # a file, or what rmtree could not remove
        try:
            path.unlink()
        except OSError:
            pass


def _swappable(real: Path) -> bool:
    """Whether ``real`` can be replaced by a sibling folder (else entries are renamed in place)."""
    if not os.access(real.parent, os.W_OK | os.X_OK):
        return False
    if real.exists() and os.path.ismount(real):
        return False
    try:
        cwd = Path(os.path.realpath(os.getcwd()))
    except OSError:
        return True
    return not (cwd == real or real in cwd.parents)


def _debris(real: Path, marker: str) -> list[Path]:
    """What a killed build of ``real`` left beside it (only folders this user owns: in a shared
    folder such as /tmp, another user's look-alike is not ours to touch)."""
    try:
        found = sorted(p for p in real.parent.iterdir() if p.name.startswith(f".{real.name}{marker}"))
        return [p for p in found if p.lstat().st_uid == os.getuid() and p.is_dir()
                and not p.is_symlink()]
    except OSError:
        return []


def recover(real: Path) -> None:
    """Clean up after a build that was killed: restore an output folder caught between two
    renames, move the user's folders back, remove staging folders. Call under the lock."""
    for old in _debris(real, _OLD):
        if not real.exists():
            os.rename(old, real)  # killed between the two renames of the fallback swap
            continue
        for entry in sorted(os.listdir(old)):
            if entry not in OWN_ENTRIES and not (real / entry).exists() \
                    and not (real / entry).is_symlink():
                os.rename(old / entry, real / entry)
        _rmtree(old)
    for new in _debris(real, _NEW):
        _rmtree(new)
    if real.is_dir():
        for p in real.iterdir():
            if p.name.startswith(_STAGE):
                _rmtree(p)


_libc: ctypes.CDLL | bool | None = None  # False: renameat2 is not available


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (``renameat2(RENAME_EXCHANGE)``); ``False`` where the system
    or the file system cannot."""
    global _libc
    if _libc is None:
        try:
            _libc = ctypes.CDLL(None, use_errno=True)
            _libc.renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                                        ctypes.c_char_p, ctypes.c_uint]
        except (OSError, AttributeError):
            _libc = False
    if not isinstance(_libc, ctypes.CDLL):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if _libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(err, os.strerror(err), str(b))


@dataclass(slots=True)
class _Staging:
    real: Path
    path: Path
    swap: bool
    swapped: bool = False


def _carry_over(real: Path, stage: Path) -> list[str]:
    """Hard-link (or re-create, for symbolic links) the user's entries of ``real`` into the
    staging folder; return the names that must be moved after the swap (folders)."""
    later: list[str] = []
    if not real.is_dir():
        return later
    with os.scandir(real) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.name in OWN_ENTRIES or entry.name.startswith(_STAGE) or entry.name == _LOCK:
            continue
        target = stage / entry.name
        try:
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), target)
                continue
            if entry.is_file(follow_symlinks=False):
                os.link(entry.path, target)
                continue
        except OSError:
            pass
        later.append(entry.name)
    return later


def _commit(st: _Staging) -> None:
    real, stage = st.real, st.path
    if st.swap:
        if not real.exists():
            try:
                os.rename(stage, real)
                return
            except OSError as e:
                if e.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                    raise
        later = _carry_over(real, stage)
        os.chmod(stage, stat.S_IMODE(real.stat().st_mode))
        if exchange(stage, real):
            old = stage.with_name(stage.name.replace(_NEW, _OLD, 1))
            try:
                os.rename(stage, old)
            except OSError:
                old = stage
        else:
            old = Path(tempfile.mktemp(prefix=f".{real.name}{_OLD}", dir=real.parent))
            os.rename(real, old)
            os.rename(stage, real)
        st.swapped = True
        # the new build is in place; what follows only tidies up (recover() finishes it if
        # this process dies here)
        try:
            for name in later:
                if not (real / name).exists():
                    os.rename(old / name, real / name)
        except OSError:
            return
        _rmtree(old)
        return
    # in place: each entry renamed into the folder (files replace files atomically)
    trash = Path(tempfile.mkdtemp(prefix=_STAGE, dir=real))
    for name in sorted(OWN_ENTRIES):
        new, cur = stage / name, real / name
        if new.is_file() and not new.is_symlink() and (cur.is_file() or not cur.exists()):
            os.replace(new, cur)
            continue
        if cur.exists() or cur.is_symlink():
            os.rename(cur, trash / name)
        if new.exists():
            os.rename(new, cur)
    _rmtree(trash)
    _rmtree(stage)


@contextmanager
def staged_output(real: Path, shown: str | None = None) -> Iterator[Path]:
    """A staging folder to write a build into; swapped with ``real`` when the block ends
    normally, removed (``real`` untouched) when it raises. Call under :func:`build_lock`.

    An ``OSError`` while writing becomes an :class:`OutputError` naming the file as it would
    have been in ``real`` and saying the earlier output is unchanged.
    """
    shown = shown or str(real)
    swap = _swappable(real)
    try:
        if swap:
            path = Path(tempfile.mkdtemp(prefix=f".{real.name}{_NEW}", dir=real.parent))
        else:
            real.mkdir(parents=True, exist_ok=True)
            path = Path(tempfile.mkdtemp(prefix=_STAGE, dir=real))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o777 & ~umask)
    except OSError as e:
        raise OutputError(f"{shown}: cannot create a folder to write the build in: "
                          f"{e.strerror}") from None
    st = _Staging(real, path, swap)
    try:
        yield path
        _commit(st)
    except OSError as e:
        if st.swapped:
            return
        _rmtree(path)
        name = str(e.filename or "")
        if name.startswith(str(path)):
            name = os.path.join(shown, os.path.relpath(name, path))
        where = f"cannot write {name}" if name else "cannot write the output"
        raise OutputError(f"{where}: {e.strerror or e}; the earlier output in {shown} "
                          "is unchanged") from None
    except BaseException:
        _rmtree(path)
        raise
