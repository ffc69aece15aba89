"""The ingest folder on disk (extract/files.py): listing, hashing only what changed,
entries that are not read and why, printable names."""
from __future__ import annotations

import datetime as dt
import os
import socket

import pytest

from extract.files import printable_path, read_and_extract, scan, walk


@pytest.mark.parametrize(
    "raw, printable",
    [
        ("a/b.txt", "a/b.txt"),
        ("notes/ünïcödé.txt", "notes/ünïcödé.txt"),
        (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),
        ("line\nbreak.txt", "line\\x0abreak.txt"),
        ("tab\there", "tab\\x09here"),
    ],
)
def test_printable_path(raw, printable):
    assert printable_path(raw) == printable


def _write(path, text="The ferry crossed the estuary twice a day."):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_scan_lists_files_and_rejects_what_it_must_not_read(tmp_path):
    root = tmp_path / "in"
    _write(root / "a.txt")
    _write(root / "sub" / "b.txt", "Another note.")
    _write(tmp_path / "outside.txt", "secret")
    os.symlink("../../outside.txt", root / "sub" / "out-link.txt")
    os.symlink("a.txt", root / "in-link.txt")
    os.symlink("missing.txt", root / "broken.txt")
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink("sub", root / "folder-link")
    os.mkfifo(root / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock"))
    sock.close()
    _write(root / ".hidden.txt")
    found = scan(root, [".*"])
    assert [f.source_path for f in found.files] == ["a.txt", "in-link.txt", "sub/b.txt"]
    assert {r.source_path: r.reason for r in found.rejected} == {
        "broken.txt": "broken_link", "loop.txt": "symlink_loop", "folder-link": "linked_folder",
        "pipe": "not_a_regular_file", "sock": "not_a_regular_file", "sub/out-link.txt": "outside_ingest_folder"}
    assert all(r.source_path in r.detail for r in found.rejected)
    assert [p.name for p in walk(root, [".*"])] == ["a.txt", "in-link.txt", "b.txt"]


def test_unchanged_size_and_mtime_keep_the_manifest_hash_unread(tmp_path):
    root = tmp_path / "in"
    path = _write(root / "a.txt")
    first = scan(root)
    (info,) = first.files
    assert first.hashed == 1
    known = {"a.txt": (info.size_bytes, info.mtime, "recorded-hash")}
    assert scan(root, known=known).files[0].sha256 == "recorded-hash"
    assert scan(root, known=known).hashed == 0
    assert scan(root, known=known, rehash=True).files[0].sha256 == info.sha256
    os.utime(path, (1, 1))  # touched: read again
    assert scan(root, known=known).files[0].sha256 == info.sha256


def test_a_file_with_a_name_that_is_not_utf8_is_read_under_its_real_name(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"Notes from the cafe on the quay, written in the winter of 1931.\n")
    (info,) = scan(root).files
    assert info.source_path == "caf\\xe9.txt" and info.os_path == os.fsdecode(b"caf\xe9.txt")
    assert "winter of 1931" in read_and_extract(root, info).blocks[0].text
