"""The ingest folder on disk: list files, hash them, read them.

The only module of extract/ that touches the file system.

Discovery is cheap on a folder that did not change: a file whose size and
modification time equal what the manifest recorded keeps its recorded hash and
is not read (``rehash=True`` reads every file).  Whatever in the folder is not
a regular file that cruftless may read is *rejected* with a reason, never
silently skipped: a link that leads out of the folder (``outside_ingest_folder``:
its target is never read), a broken link or a link loop, a link to a folder
(not followed), a FIFO, socket or device (``not_a_regular_file``), a folder that
cannot be listed.  A name that is not valid UTF-8 or holds control characters
gets a printable ``source_path`` (each such byte as ``\\xNN``), and the file
is still read under its real name.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from extract import reasons
from extract.formats import extract_document
from extract.model import ExtractError
from transform.model import RawDocument

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileInfo:
    source_path: str  # relative to the ingest folder, '/'-separated, printable
    sha256: str
    size_bytes: int
    mtime: dt.datetime
    os_path: str | None = None  # the real relative name, when source_path had to be escaped


@dataclass(frozen=True)
class Rejected:
    """An entry of the ingest folder that is not read: the reason and what to do."""

    source_path: str
    reason: str
    detail: str


@dataclass(frozen=True)
class Scan:
    files: tuple[FileInfo, ...]
    rejected: tuple[Rejected, ...] = ()
    hashed: int = 0  # files read and hashed (the rest kept the manifest's hash)


def is_ignored(rel_path: str, patterns: Iterable[str]) -> bool:
    """``is_ignored("sub/.DS_Store", [".*"])`` → True: any path part may match."""
    parts = rel_path.split("/")
    return any(fnmatch.fnmatch(part, pat) for part in parts for pat in patterns)


def printable_path(rel: str) -> str:
    """``"caf\\udce9.txt"`` (a Latin-1 name read as UTF-8) → ``"caf\\\\xe9.txt"``; ``"a/b.txt"`` unchanged.

    Bytes that are not UTF-8 and control characters become ``\\xNN``; every other name stays as it is.
    """
    if rel.isprintable() and not any("\udc80" <= ch <= "\udcff" for ch in rel):
        return rel
    out = []
    for ch in rel:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif not ch.isprintable():
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def _inside(root_real: str, target: str) -> bool:
    return target == root_real or target.startswith(root_real.rstrip(os.sep) + os.sep)


def _entries(root: Path, ignore: tuple[str, ...]) -> Iterator[tuple[str, os.stat_result | None, str | None]]:
    """(relative OS path, stat of the file it names or None, rejection reason or None), sorted."""
    root_real = os.path.realpath(root)
    unlisted: list[str] = []

    def onerror(exc: OSError) -> None:
        unlisted.append(exc.filename or "")

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames.sort()
        rel_dir = os.path.relpath(dirpath, root)
        links = []
        for name in list(dirnames):
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if is_ignored(rel.replace(os.sep, "/"), ignore):
                dirnames.remove(name)
            elif os.path.islink(os.path.join(dirpath, name)):
                dirnames.remove(name)  # os.walk does not follow it; say so
                links.append(name)
        for name in sorted(filenames + links):
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if is_ignored(rel.replace(os.sep, "/"), ignore):
                continue
            full = os.path.join(dirpath, name)
            try:
                lst = os.lstat(full)
            except FileNotFoundError:
                continue  # gone between the listing and now: not present
            if stat.S_ISLNK(lst.st_mode):
                try:
                    st = os.stat(full)
                except OSError as exc:
                    yield rel, None, reasons.SYMLINK_LOOP if exc.errno == 40 else reasons.BROKEN_LINK
                    continue
                if not _inside(root_real, os.path.realpath(full)):
                    yield rel, None, reasons.OUTSIDE_INGEST_FOLDER
                elif stat.S_ISDIR(st.st_mode):
                    yield rel, None, reasons.LINKED_FOLDER
                elif stat.S_ISREG(st.st_mode):
                    yield rel, st, None
                else:
                    yield rel, None, reasons.NOT_A_REGULAR_FILE
            elif stat.S_ISREG(lst.st_mode):
                yield rel, lst, None
            else:
                yield rel, None, reasons.NOT_A_REGULAR_FILE
    for folder in unlisted:
        rel = os.path.relpath(folder, root) if folder else "."
        yield rel, None, reasons.UNREADABLE_FOLDER


def walk(root: Path, ignore: Iterable[str] = ()) -> Iterator[Path]:
    """Every regular file below ``root`` that a run would read, in a stable order, minus ignored ones."""
    for rel, st, reason in _entries(root, tuple(ignore)):
        if reason is None:
            yield root / rel


_REJECTIONS = {
    reasons.OUTSIDE_INGEST_FOLDER: "{p} is a link to {target}, outside the ingest folder; cruftless does not "
                                   "follow links out of the folder. Copy the file into the folder instead of "
                                   "linking it.",
    reasons.BROKEN_LINK: "{p} is a link whose target does not exist; remove the link or restore its target.",
    reasons.SYMLINK_LOOP: "{p} is a link that leads back to itself (a link loop); remove it.",
    reasons.LINKED_FOLDER: "{p} is a link to a folder, which cruftless does not follow (its files would be read "
                           "twice or from outside); move the folder itself into the ingest folder if you want it "
                           "read.",
    reasons.NOT_A_REGULAR_FILE: "{p} is not a regular file (a FIFO, socket or device) and is not read; remove it "
                                "from the ingest folder.",
    reasons.UNREADABLE_FOLDER: "the folder {p} cannot be listed (permission denied?); its files were not read. "
                               "Fix its permissions and run again.",
    reasons.NAME_COLLISION: "{p} has a name that prints like another file's name (both hold bytes that are not "
                            "UTF-8); rename one of them.",
}


def scan(root: Path, ignore: Iterable[str] = (),
         known: Mapping[str, tuple[int | None, dt.datetime | None, str | None]] | None = None,
         rehash: bool = False) -> Scan:
    """Every regular file of the ingest folder with its hash, and every entry that is rejected.

    ``known``: ``{source_path: (size, mtime, sha256)}`` from the manifest; a file whose size and
    mtime match keeps that hash unread, unless ``rehash``.
    """
    known = known or {}
    ignore = tuple(ignore)
    files: list[FileInfo] = []
    rejected: list[Rejected] = []
    taken: set[str] = set()
    hashed = 0
    for rel, st, reason in _entries(root, ignore):
        rel_posix = rel.replace(os.sep, "/")
        source = printable_path(rel_posix)
        if source in taken:
            rejected.append(Rejected(source + f" ({len(taken)})", reasons.NAME_COLLISION,
                                     _REJECTIONS[reasons.NAME_COLLISION].format(p=source)))
            continue
        taken.add(source)
        if reason is not None:
            target = ""
            if reason == reasons.OUTSIDE_INGEST_FOLDER:
                target = printable_path(os.path.realpath(root / rel))
            rejected.append(Rejected(source, reason, _REJECTIONS[reason].format(p=source, target=target)))
            continue
        mtime = dt.datetime.fromtimestamp(st.st_mtime)
        size, old_mtime, old_sha = known.get(source, (None, None, None))
        if not rehash and old_sha and size == st.st_size and old_mtime == mtime:
            sha = old_sha
        else:
            try:
                sha = sha256_file(root / rel)
            except FileNotFoundError:
                continue
            except OSError as exc:
                rejected.append(Rejected(source, reasons.UNREADABLE,
                                         f"{source} cannot be read ({exc.strerror}); check its permissions."))
                continue
            hashed += 1
        files.append(FileInfo(source, sha, st.st_size, mtime, None if source == rel_posix else rel_posix))
    return Scan(tuple(files), tuple(rejected), hashed)


def read_and_extract(root: Path, info: FileInfo, max_file_mb: int = 200) -> RawDocument:
    """Read one file's bytes and extract it; raises ExtractError on any unreadable input."""
    if info.size_bytes > max_file_mb * 1024 * 1024:
        raise ExtractError(
            reasons.TOO_LARGE,
            f"{info.source_path} is {info.size_bytes / 1e6:.0f} MB, above the {max_file_mb} MB limit; "
            "raise run.max_file_mb in cruftless.toml if it is a real document.",
        )
    try:
        data = (root / (info.os_path or info.source_path)).read_bytes()
    except FileNotFoundError as exc:
        raise ExtractError(reasons.VANISHED, f"{info.source_path} disappeared while the run was reading it; the next run will pick up its new state.") from exc
    except OSError as exc:
        raise ExtractError(reasons.UNREADABLE, f"{info.source_path} cannot be read ({exc.strerror}); check its permissions.") from exc
    if hashlib.sha256(data).hexdigest() != info.sha256:
        raise ExtractError(reasons.CHANGED_DURING_RUN, f"{info.source_path} changed while the run was reading it; the next run will load its final version.")
    return extract_document(data, info.source_path)
