"""The one registry of quarantine reason codes (``quarantine.reason``).

A file (or document) that cannot be loaded goes to quarantine with a short, stable
code and a sentence a person can act on (``quarantine.detail``).  The sentence
names the file and what was found, so it is written where the failure is seen;
the code, what it means and what to do about it in general live here, once.
Code that quarantines uses these constants, never a string of its own
(tests/extract/test_reasons.py checks the calls).

It lives in extract/, the lowest package that quarantines: extract/, warehouse/
and flows/ all use it without an import going up the layers.

    >>> REASONS[NO_TEXT_LAYER].action
    'Run OCR on the PDF (e.g. `ocrmypdf in.pdf out.pdf`) and put the copy in the ingest folder.'
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str  # the value of quarantine.reason
    stage: str  # where it is found: discover | extract | transform | validate
    meaning: str  # what happened
    action: str  # what a person does about it


# --- discover: an entry of the ingest folder that is not read -------------------------------
OUTSIDE_INGEST_FOLDER = "outside_ingest_folder"
BROKEN_LINK = "broken_link"
SYMLINK_LOOP = "symlink_loop"
LINKED_FOLDER = "linked_folder"
NOT_A_REGULAR_FILE = "not_a_regular_file"
UNREADABLE_FOLDER = "unreadable_folder"
NAME_COLLISION = "name_collision"
UNREADABLE = "unreadable"  # also at extract: the bytes cannot be read
# --- extract: the bytes cannot be read into text --------------------------------------------
TOO_LARGE = "too_large"
VANISHED = "vanished"
CHANGED_DURING_RUN = "changed_during_run"
EMPTY = "empty"
UNSUPPORTED_FORMAT = "unsupported_format"
UNDECODABLE = "undecodable"
UNREADABLE_HTML = "unreadable_html"
PDF_ENCRYPTED = "pdf_encrypted"
CORRUPT_PDF = "corrupt_pdf"
NO_TEXT_LAYER = "no_text_layer"
EXTRACT_ERROR = "extract_error"
TIMEOUT = "timeout"
TOO_MUCH_MEMORY = "too_much_memory"
WORKER_CRASHED = "worker_crashed"
# --- transform and validate ------------------------------------------------------------------
TRANSFORM_ERROR = "transform_error"
NO_CONTENT = "no_content"
STAGE_ERROR = "stage_error"
EXPECTATION_FAILED = "expectation_failed"

_RETRY = "then retry it (cruftless quarantine prints the command)"

REASONS: dict[str, Reason] = {r.code: r for r in (
    Reason(OUTSIDE_INGEST_FOLDER, "discover", "a link to a file outside the ingest folder, which is not followed",
           "Copy the file into the ingest folder instead of linking it."),
    Reason(BROKEN_LINK, "discover", "a link whose target does not exist",
           "Remove the link or restore its target."),
    Reason(SYMLINK_LOOP, "discover", "a link that leads back to itself",
           "Remove the link."),
    Reason(LINKED_FOLDER, "discover", "a link to a folder, which is not followed",
           "Move the folder itself into the ingest folder if its files should be read."),
    Reason(NOT_A_REGULAR_FILE, "discover", "a FIFO, socket or device, not a regular file",
           "Remove it from the ingest folder."),
    Reason(UNREADABLE_FOLDER, "discover", "a folder that cannot be listed, so its files were not read",
           "Fix the folder's permissions and run again."),
    Reason(NAME_COLLISION, "discover", "a file name (not UTF-8) that prints like another file's name",
           "Rename one of the two files."),
    Reason(UNREADABLE, "discover", "a file whose bytes cannot be read (permissions, I/O error)",
           "Fix the file's permissions and run again."),
    Reason(TOO_LARGE, "extract", "a file above the size limit ([run] max_file_mb, or the limit of a web page)",
           "Raise [run] max_file_mb in cruftless.toml if it is a real document, or split it."),
    Reason(VANISHED, "extract", "a file that disappeared while the run read it",
           "Nothing: the next run picks up the folder's new state."),
    Reason(CHANGED_DURING_RUN, "extract", "a file whose bytes changed while the run read it",
           "Nothing: the next run loads its final version."),
    Reason(EMPTY, "extract", "a file with no text: 0 bytes, only whitespace, no pages, or a web page with no main text",
           "Re-save or re-download it from the source (the rendered page, for a web page), or remove it."),
    Reason(UNSUPPORTED_FORMAT, "extract", "a file in a format cruftless does not read (Office, image, archive ...)",
           "Export it to PDF or text and put that in the ingest folder, or move it out."),
    Reason(UNDECODABLE, "extract", "bytes that are not text in any encoding cruftless recognises",
           "Re-save it as UTF-8 text (or as .pdf/.html if it is another format) and put it back."),
    Reason(UNREADABLE_HTML, "extract", "a web page the HTML parser could not read",
           "Open it in a browser to check it is a real page; save it again."),
    Reason(PDF_ENCRYPTED, "extract", "a password-protected PDF, or one with a cipher this installation lacks",
           "Put an unprotected copy in the ingest folder (or install `cryptography` for the cipher)."),
    Reason(CORRUPT_PDF, "extract", "a PDF that is truncated, damaged or not a PDF at all",
           "Re-download or re-export it (e.g. print it to a new PDF) and put the copy in the ingest folder."),
    Reason(NO_TEXT_LAYER, "extract", "a PDF of scanned images with no text layer",
           "Run OCR on the PDF (e.g. `ocrmypdf in.pdf out.pdf`) and put the copy in the ingest folder."),
    Reason(EXTRACT_ERROR, "extract", "cruftless failed while reading the file (a bug, not the file's fault)",
           "Please report the file; other files were not affected."),
    Reason(TIMEOUT, "extract", "a file that took longer than [run] file_timeout_s to extract and clean",
           f"If it is a real document, raise [run] file_timeout_s in cruftless.toml, {_RETRY}."),
    Reason(TOO_MUCH_MEMORY, "extract", "a file that needed more than [run] file_memory_mb",
           f"If it is a real document, raise [run] file_memory_mb in cruftless.toml, {_RETRY}."),
    Reason(WORKER_CRASHED, "extract", "reading the file crashed the worker process",
           f"The file may be damaged: re-save or re-download it, {_RETRY}; or remove it."),
    Reason(TRANSFORM_ERROR, "transform", "cruftless failed while cleaning the file (a bug, not the file's fault)",
           "Please report the file; other files were not affected."),
    Reason(NO_CONTENT, "transform", "all of the file's text was removed as cruft or boilerplate",
           f"Run `cruftless explain` on it to see the rules that fired; disable an over-eager one in cruftless.toml, "
           f"{_RETRY}."),
    Reason(STAGE_ERROR, "transform", "the cleaned rows could not be written to the stage (a value Parquet cannot hold)",
           "Please report the file; other files were not affected."),
    Reason(EXPECTATION_FAILED, "validate", "a row of the document failed a critical expectation (named in detail)",
           f"Read the expectation's sentence in detail; fix the rule or the file, {_RETRY}."),
)}

STAGES = ("discover", "extract", "transform", "validate", "load")  # quarantine.stage
CODES = tuple(REASONS)
