"""The ingest folder on disk: list files, hash them, read them.

The only module of extract/ that touches the file system.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from extract.formats import extract_document
from extract.model import ExtractError, RawDocument

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileInfo:
    source_path: str  # relative to the ingest folder, '/'-separated
    sha256: str
    size_bytes: int
    mtime: dt.datetime


def is_ignored(rel_path: str, patterns: Iterable[str]) -> bool:
    """``is_ignored("sub/.DS_Store", [".*"])`` → True: any path part may match."""
    parts = rel_path.split("/")
    return any(fnmatch.fnmatch(part, pat) for part in parts for pat in patterns)


def walk(root: Path, ignore: Iterable[str] = ()) -> Iterator[Path]:
    """Every regular file below ``root`` in a stable order, minus ignored ones."""
    ignore = tuple(ignore)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if not is_ignored(rel, ignore) and path.is_file():
                yield path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def file_info(root: Path, path: Path) -> FileInfo:
    st = path.stat()
    return FileInfo(
        source_path=path.relative_to(root).as_posix(),
        sha256=sha256_file(path),
        size_bytes=st.st_size,
        mtime=dt.datetime.fromtimestamp(st.st_mtime),
    )


def scan(root: Path, ignore: Iterable[str] = ()) -> list[FileInfo]:
    """Hash every file of the ingest folder."""
    return [file_info(root, p) for p in walk(root, ignore)]


def read_and_extract(root: Path, info: FileInfo, max_file_mb: int = 200) -> RawDocument:
    """Read one file's bytes and extract it; raises ExtractError on any unreadable input."""
    if info.size_bytes > max_file_mb * 1024 * 1024:
        raise ExtractError(
            "too_large",
            f"{info.source_path} is {info.size_bytes / 1e6:.0f} MB, above the {max_file_mb} MB limit; "
            "raise run.max_file_mb in cruftless.toml if it is a real document.",
        )
    try:
        data = (root / info.source_path).read_bytes()
    except FileNotFoundError as exc:
        raise ExtractError("vanished", f"{info.source_path} disappeared while the run was reading it; the next run will pick up its new state.") from exc
    except OSError as exc:
        raise ExtractError("unreadable", f"{info.source_path} cannot be read ({exc.strerror}); check its permissions.") from exc
    if hashlib.sha256(data).hexdigest() != info.sha256:
        raise ExtractError("changed_during_run", f"{info.source_path} changed while the run was reading it; the next run will load its final version.")
    return extract_document(data, info.source_path)
