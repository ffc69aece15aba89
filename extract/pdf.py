"""PDF bytes → RawDocument: one ``page`` block per page, text as pypdf lays it out.

Only what the format forces is done here: ligature glyphs ("ﬁ") are unfolded
(NFKC on the Alphabetic Presentation Forms), control characters dropped and
metadata junk rejected.  Running headers, re-flowing and dehyphenation are
transform's job (``transform.pdf_layout``, ``transform.reflow``).

Every failure is an ``ExtractError`` with a stable reason code; no other
exception leaves ``extract_pdf``, whatever the bytes.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata

from extract.model import ExtractError, RawDocument
from transform.model import Block
from transform.patterns import layout as P

# pypdf logs a warning for every odd object in a damaged or unusual file (it uses
# `warnings` only for deprecations); the outcome that matters is reported through
# ExtractError and RawDocument.warnings.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

PDF_HEADER = b"%PDF-"
HEADER_SEARCH_BYTES = 1024  # the header may follow some junk (PDF 1.7, §7.5.2 tolerance)
TITLE_MAX_CHARS = 300

_LIGATURES = re.compile("[\ufb00-\ufb4f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

OCR_HINT = "run OCR, e.g. `ocrmypdf in.pdf out.pdf`, and drop the result in the ingest folder"


def _normalise(text: str) -> str:
    """NFC, ligatures unfolded (``"ﬁnal"`` → ``"final"``), line ends unified, control chars dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return unicodedata.normalize("NFC", text)


def _plausible_title(value: object) -> str | None:
    """``"Canal Trade, 1850–1900"`` → itself; ``"Microsoft Word - draft3.docx"``, ``"untitled"`` → None."""
    if not isinstance(value, str):
        return None
    title = " ".join(_normalise(value).split())
    letters = sum(c.isalpha() for c in title)
    if letters < 3 or len(title) > TITLE_MAX_CHARS or P.PDF_JUNK_TITLE.match(title):
        return None
    if "\\" in title or (("/" in title) and " " not in title):  # a file path
        return None
    return title


def _plausible_authors(value: object) -> tuple[str, ...]:
    """``"Jane Doe; Li Wei"`` → ``("Jane Doe", "Li Wei")``; ``"Administrator"`` → ``()``."""
    if not isinstance(value, str):
        return ()
    field = " ".join(_normalise(value).split())
    parts = P.PDF_AUTHOR_SEPARATOR.split(field)
    names = []
    for part in parts:
        # "Doe, Jane" is one name; "Jane Doe, Li Wei" is two.
        pieces = [p.strip() for p in part.split(",")]
        names += pieces if len(pieces) > 1 and all(" " in p for p in pieces) else [part.strip()]
    return tuple(
        name
        for name in names
        if sum(c.isalpha() for c in name) >= 2
        and not any(c.isdigit() or c == "@" for c in name)
        and not P.PDF_JUNK_AUTHOR.match(name)
        and len(name) <= 100
    )


def _metadata(reader) -> tuple[str | None, tuple[str, ...]]:
    try:
        info = reader.metadata
        if info is None:
            return None, ()
        return _plausible_title(info.get("/Title")), _plausible_authors(info.get("/Author"))
    except Exception:  # damaged Info dictionary: the text is still worth having
        return None, ()


def _open(data: bytes, source_path: str):
    """A PdfReader, decrypted with the empty password when it is encrypted, and notes for warnings."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    reader = PdfReader(io.BytesIO(data), strict=False)
    notes: list[str] = []
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:
            raise ExtractError(
                "pdf_encrypted",
                f"{source_path} is encrypted with a cipher this installation cannot read ({exc}); "
                "install the `cryptography` package, or save an unencrypted copy into the ingest folder.",
            ) from exc
        if not opened:
            raise ExtractError(
                "pdf_encrypted",
                f"{source_path} is password-protected; ask the source for an unprotected copy "
                "(or remove the password, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) "
                "and drop that in the ingest folder.",
            )
        notes.append("encrypted PDF opened with the empty user password")
    return reader, notes


def _squash(line: str) -> str:
    return " ".join(line.split())


def mark_paragraph_gaps(plain: str, layout: str) -> str:
    """Put a blank line into pypdf's plain text wherever its layout rendering shows
    a paragraph break before the same line: extra vertical space, or a first-line indent.

    plain ``"…end of one.\nNext paragraph…"``, layout ``"…end of one.\n\n   Next paragraph…"``
    → ``"…end of one.\n\nNext paragraph…"``.  Lines the layout rendering does not
    print alone (two columns side by side) get no hint, so columns are never mixed.
    """
    layout_lines = layout.split("\n")
    texts = [ln for ln in layout_lines if ln.strip()]
    if not texts:
        return plain
    margin = min(len(ln) - len(ln.lstrip()) for ln in texts)
    starts: dict[str, bool] = {}
    gap = False
    for ln in layout_lines:
        if not ln.strip():
            gap = True
            continue
        indent = len(ln) - len(ln.lstrip()) - margin
        key = _squash(ln)
        starts[key] = starts.get(key, False) or gap or 2 <= indent <= 12
        gap = False
    out: list[str] = []
    for line in plain.split("\n"):
        key = _squash(line)
        if key and starts.get(key) and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


def _page_text(page) -> str:
    plain = page.extract_text() or ""
    if not plain.strip():
        return ""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # the layout rendering is only a hint
        return plain
    return mark_paragraph_gaps(plain, layout)


def _read(data: bytes, source_path: str) -> RawDocument:
    reader, notes = _open(data, source_path)
    pages = list(reader.pages)
    if not pages:
        raise ExtractError(
            "empty", f"{source_path} is a PDF with no pages; re-export it from the source or remove it."
        )
    texts, failed = [], []
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(_normalise(_page_text(page)))
        except Exception as exc:  # one broken page does not sink the document
            texts.append("")
            failed.append(f"{number} ({type(exc).__name__})")
    if len(failed) == len(pages):
        raise ExtractError(
            "corrupt_pdf",
            f"{source_path}: no page of this PDF could be read; re-download or re-export it "
            "(e.g. print it to a new PDF) and drop the copy in the ingest folder.",
        )
    if not any(t.strip() for t in texts):
        raise ExtractError(
            "no_text_layer",
            f"{source_path}: this PDF has no text layer (scanned images?); {OCR_HINT}.",
        )
    blank = [str(n) for n, t in enumerate(texts, start=1) if not t.strip()]
    if failed:
        notes.append(f"text extraction failed on page(s) {', '.join(failed)}")
    if blank:
        notes.append(f"page(s) {', '.join(blank)} have no text layer (images only?); {OCR_HINT}")
    title, authors = _metadata(reader)
    return RawDocument(
        source_path=source_path,
        format="pdf",
        blocks=tuple(Block(text, "page", n) for n, text in enumerate(texts, start=1)),
        title=title,
        authors=authors,
        warnings=tuple(notes),
    )


def extract_pdf(data: bytes, source_path: str) -> RawDocument:
    """Read a PDF into one ``page`` Block per page.

    ``extract_pdf(b"%PDF-1.4 …two pages…", "a/paper.pdf")`` →
    ``RawDocument(format="pdf", blocks=(Block("Canal Days\\nThe canal opened …", "page", 1),
    Block("… in 1869.\\n2", "page", 2)), title="Canal Days", authors=("Jane Doe",))``

    Raises ``ExtractError`` with reason ``empty``, ``corrupt_pdf``,
    ``pdf_encrypted`` (a password is needed; an empty user password is tried
    first) or ``no_text_layer`` (scanned pages: run OCR).
    """
    if not data.strip():
        raise ExtractError(
            "empty",
            f"{source_path} is empty (0 bytes or only whitespace); re-save it from the source "
            "or delete it from the ingest folder.",
        )
    if PDF_HEADER not in data[:HEADER_SEARCH_BYTES]:
        raise ExtractError(
            "corrupt_pdf",
            f"{source_path} is named like a PDF but has no PDF header; check what the file really "
            "is, re-download it, or remove it from the ingest folder.",
        )
    try:
        return _read(data, source_path)
    except ExtractError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise ExtractError(
            "corrupt_pdf",
            f"{source_path} is not a readable PDF ({type(exc).__name__}: {str(exc)[:120]}); "
            "it may be truncated or damaged: re-download or re-export it and drop the copy "
            "in the ingest folder.",
        ) from exc
