"""A worker process: extracts and cleans the files of one run, one file at a time.

The run never extracts or cleans in its own process: a file that loops, eats
memory or crashes the interpreter natively (a ``double free`` in a C library)
must take only its worker with it.  ``flows.isolation`` starts this module as
``python -m flows.worker FD PARENT_PID`` and talks to it in length-prefixed
pickles: requests on stdin, replies on file descriptor ``FD``.  Anything a
library prints goes to the worker's log, never into the protocol.

Requests (tuples, first item the verb):

    ("setup", WorkerSetup)                  → ("ready", pid)
    ("file", FileInfo)                      → ("done", FileOutcome, rows_blob | None)
    ("reclean", FileInfo, raw_blob)         → ("done", FileOutcome, rows_blob | None)
    ("write", batch_dir, [rows_blob, ...], [outcome row, ...])  → ("written", n_documents)

A file gets ``setup.timeout_s`` of wall time: an alarm interrupts Python code
that runs too long (a regex that backtracks); the parent kills the worker if even
that does not come back (a loop in C).  The worker exits when its parent dies
(``PR_SET_PDEATHSIG`` on Linux, and end of input everywhere), or after
``IDLE_EXIT_S`` without a request.
"""
from __future__ import annotations

import ctypes
import os
import pickle
import resource
import select
import signal
import struct
import sys
import traceback
from dataclasses import dataclass, field
from typing import BinaryIO, Mapping

from extract import reasons
from extract.files import FileInfo, read_and_extract
from extract.model import ExtractError, raw_from_json, raw_to_json
from transform.model import RawDocument
from transform.document import clean_document
from transform.rules import RuleSet
from transform.templates import family_of

HEADER = struct.Struct("<Q")
IDLE_EXIT_S = 600.0
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class WorkerSetup:
    """Everything a worker needs for one run; sent once, at start."""

    ingest: str
    rules: RuleSet
    templates: Mapping[str, frozenset[str]]  # learned line keys per family, before this run
    max_file_mb: int = 200
    timeout_s: float = 120.0
    memory_mb: int = 2048
    extractor_key: str = ""  # extract/ code version, stored beside each extraction
    workers: int = 2  # worker processes a pool may run at once


@dataclass(frozen=True)
class FileOutcome:
    """What the run keeps of one processed file in memory: small, no document text."""

    info: FileInfo
    ok: bool
    stage: str | None = None  # extract | transform | validate ... when not ok
    reason: str | None = None
    detail: str | None = None
    family: str | None = None
    words: int = 0
    warnings: tuple[str, ...] = field(default=())

    @property
    def doc_id(self) -> str:
        return self.info.sha256


class FileTimeout(BaseException):
    """Raised by the alarm inside a worker; a BaseException so no ``except Exception`` swallows it."""


# --- the stage function: one file in, one outcome out ----------------------------------------

def _failure(info: FileInfo, stage: str, reason: str, detail: str) -> FileOutcome:
    return FileOutcome(info, False, stage, reason, detail)


def clean_raw(setup: WorkerSetup, info: FileInfo, raw: RawDocument):
    """Clean an extracted document with its family's templates → (outcome, StagedDoc | None)."""
    from warehouse.frames import StagedDoc

    family = family_of(info.source_path, raw.site)
    try:
        doc = clean_document(raw, setup.rules, setup.templates.get(family, frozenset()))
    except (FileTimeout, MemoryError):
        raise
    except Exception as exc:
        return _failure(info, "transform", reasons.TRANSFORM_ERROR,
                        f"cruftless failed while cleaning {info.source_path} ({type(exc).__name__}: {exc}); "
                        "other files were not affected. Please report this file."), None
    if not doc.body_text.strip():
        return _failure(info, "transform", reasons.NO_CONTENT,
                        f"{info.source_path} had text, but all of it was removed as cruft or boilerplate "
                        f"({len(doc.artefacts)} removals). cruftless explain with this file's path shows the rules "
                        "that fired; disable an over-eager rule in cruftless.toml, then retry the file (cruftless "
                        "quarantine prints the command)."), None
    staged = StagedDoc(info, raw.format, raw.encoding, doc, family)
    return FileOutcome(info, True, family=family, words=doc.word_count, warnings=tuple(doc.warnings)), staged


def process_file(setup: WorkerSetup, info: FileInfo):
    """Extract and clean one file → (outcome, raw | None, StagedDoc | None); any failure is an outcome."""
    try:
        raw = read_and_extract(_root(setup), info, setup.max_file_mb)
    except ExtractError as exc:
        return _failure(info, "extract", exc.reason, exc.detail), None, None
    except (FileTimeout, MemoryError):
        raise
    except Exception as exc:  # an extractor bug must not sink the run
        return _failure(info, "extract", reasons.EXTRACT_ERROR,
                        f"cruftless could not read {info.source_path} ({type(exc).__name__}: {exc}); "
                        "other files were not affected. Please report this file."), None, None
    outcome, staged = clean_raw(setup, info, raw)
    return outcome, raw, staged


def _root(setup: WorkerSetup):
    from pathlib import Path

    return Path(setup.ingest)


def bounded_failure(info: FileInfo, reason: str, setup: WorkerSetup, extra: str = "") -> FileOutcome:
    """The quarantine outcome of a file that broke a bound or took its worker down."""
    path = info.source_path
    if reason == reasons.TIMEOUT:
        detail = (f"{path} took longer than the {setup.timeout_s:g} s a file may take to extract and clean, "
                  "so it was stopped; other files were not affected. If it is a real document, raise "
                  "[run] file_timeout_s in cruftless.toml and retry it (cruftless quarantine prints the command); "
                  "otherwise remove it.")
    elif reason == reasons.TOO_MUCH_MEMORY:
        detail = (f"{path} needed more than the {setup.memory_mb} MB a file may use, so it was stopped; "
                  "other files were not affected. If it is a real document, raise [run] file_memory_mb "
                  "in cruftless.toml and retry it (cruftless quarantine prints the command); otherwise remove it.")
    else:
        detail = (f"reading {path} crashed the worker process{(' (' + extra + ')') if extra else ''}; "
                  "other files were not affected. The file may be damaged: re-save or re-download it, "
                  "then retry it (cruftless quarantine prints the command), or remove it from the ingest folder.")
    return FileOutcome(info, False, "extract", reason, detail)


def _rows_blob(staged, raw: RawDocument | None, setup: WorkerSetup) -> bytes:
    from transform.templates import signature
    from warehouse.frames import document_rows

    rows = document_rows(staged)
    applied = setup.templates.get(staged.family, frozenset())
    for row in rows["line_fingerprints"]:
        row["applied"] = row["line_key"] in applied  # its lines were removed as a template
    lines = [p.text for p in staged.doc.paragraphs] + [ex for _, ex in staged.doc.fingerprints]
    rows["doc_signatures"] = [dict(doc_id=staged.doc_id, family=staged.family, minhash=list(signature(lines)))]
    if raw is not None:
        rows["extractions"] = [dict(doc_id=staged.doc_id, extractor=setup.extractor_key, raw=raw_to_json(raw))]
    return pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)


# --- the process ------------------------------------------------------------------------------

def read_message(stream: BinaryIO):
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    body = stream.read(size)
    if len(body) < size:
        return None
    return pickle.loads(body)


def write_message(stream: BinaryIO, message) -> None:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(body)) + body)
    stream.flush()


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before we asked
        os._exit(0)


def _limit_memory(memory_mb: int) -> None:
    """A hard backstop under the parent's watch: address space = what we have now + twice the bound."""
    try:
        with open("/proc/self/statm") as fh:
            virtual = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return
    limit = virtual + 2 * memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def _on_alarm(signum, frame):
    raise FileTimeout()


def _serve(setup: WorkerSetup, request, crash_marker: str | None = None):
    verb = request[0]
    if verb in ("file", "reclean"):
        info: FileInfo = request[1]
        if crash_marker and crash_marker in info.source_path:
            os.abort()  # tests only (CRUFTLESS_TEST_ABORT_ON): a native crash while reading this file
        signal.setitimer(signal.ITIMER_REAL, setup.timeout_s)
        try:
            if verb == "file":
                outcome, raw, staged = process_file(setup, info)
            else:
                raw = raw_from_json(request[2])
                outcome, staged = clean_raw(setup, info, raw)
                raw = None  # the stored extraction stays as it is
            blob = _rows_blob(staged, raw, setup) if staged is not None else None
        except FileTimeout:
            return ("done", bounded_failure(info, reasons.TIMEOUT, setup), None)
        except MemoryError:
            return ("done", bounded_failure(info, reasons.TOO_MUCH_MEMORY, setup), None)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        return ("done", outcome, blob)
    if verb == "write":
        from warehouse.staging import write_batch

        _, batch_dir, blobs, outcome_rows = request
        return ("written", write_batch(batch_dir, [pickle.loads(b) for b in blobs], outcome_rows))
    raise ValueError(f"unknown request {verb!r}")


def main(argv: list[str]) -> int:
    reply_fd, parent_pid = int(argv[0]), int(argv[1])
    _die_with_parent(parent_pid)
    requests = sys.stdin.buffer
    replies = os.fdopen(reply_fd, "wb")
    sys.stdout = sys.stderr  # a stray print() must never reach the protocol
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the run; the run stops us
    signal.signal(signal.SIGALRM, _on_alarm)
    crash_marker = os.environ.get("CRUFTLESS_TEST_ABORT_ON")  # a test-only hook, read at this edge
    setup: WorkerSetup | None = None
    while True:
        ready, _, _ = select.select([requests], [], [], IDLE_EXIT_S)
        if not ready:
            return 0
        request = read_message(requests)
        if request is None:
            return 0
        try:
            if request[0] == "setup":
                setup = request[1]
                _limit_memory(setup.memory_mb)
                reply = ("ready", os.getpid())
            else:
                assert setup is not None, "setup must come first"
                reply = _serve(setup, request, crash_marker)
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}", traceback.format_exc())
        write_message(replies, reply)


if __name__ == "__main__":
    # Run the importable module's main, not this __main__ copy: replies must pickle as
    # flows.worker.FileOutcome, which the run can unpickle.
    from flows import worker as _module

    sys.exit(_module.main(sys.argv[1:]))
