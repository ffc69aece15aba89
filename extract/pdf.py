"""PDF bytes → RawDocument: one ``page`` block per page, text as pypdf lays it out.

Each page is extracted once: pypdf's ``extract_text`` with a ``visitor_text``
callback gives the text piece by piece with the position and size of every
piece, and ``extract.pdf_lines`` turns that into the page's text (superscripts
as superscript digits, blank lines at paragraph gaps, first-line and hanging
indents) and the first page's printed lines (``RawDocument.first_page``).

Only what the format forces is done here: ligature glyphs ("ﬁ") are unfolded
(NFKC on the Alphabetic Presentation Forms), accents drawn as glyphs of their
own put on their letters, control characters dropped and metadata junk
rejected.  Running headers, re-flowing and dehyphenation are transform's job
(``transform.pdf_layout``, ``transform.reflow``).

Every failure is an ``ExtractError`` with a stable reason code; no other
exception leaves ``extract_pdf``, whatever the bytes.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import replace

from extract import reasons
from extract.model import ExtractError
from transform.model import RawDocument
from extract.pdf_lines import PageText, Piece, page_text, piece_from_visit
from transform.model import Block, PrintedLine
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
# Some fonts draw an accent as a glyph of its own next to the letter it sits on: after it
# ("Ju¨rges", "Rodrı´guez", "Jose´"), or before it ("Fl¨uckiger").  Only on letters that
# take that accent, so a stray "´" used as an apostrophe ("don´t") stays.
_COMBINING = {"\u00a8": "\u0308", "\u00b4": "\u0301", "`": "\u0300", "\u02dc": "\u0303", "\u02c6": "\u0302",
              "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02da": "\u030a"}
_TAKES_ACCENT = {accent: "aeiouyAEIOUY\u0131" for accent in "\u00a8\u00b4`\u02c6\u02da"}
_TAKES_ACCENT.update({"\u02dc": "aonAON", "\u02c7": "cszrenCSZREN", "\u00b8": "csCS"})
_SPACING_ACCENT = re.compile("([^\\W\\d_])([\u00a8\u00b4`\u02dc\u02c6\u02da\u02c7\u00b8])([^\\W\\d_])?(?=[^\\W\\d_]|[\\s,.;:)\\-]|$)")

OCR_HINT = "run OCR, e.g. `ocrmypdf in.pdf out.pdf`, and drop the result in the ingest folder"


def _accented(m: re.Match) -> str:
    before, accent, after = m.group(1), m.group(2), m.group(3) or ""
    takes = _TAKES_ACCENT[accent]
    if before in takes:  # "Ju¨rges": the accent drawn after its letter
        return unicodedata.normalize("NFC", before.replace("\u0131", "i") + _COMBINING[accent]) + after
    if after in takes:  # "Fl¨uckiger": drawn before it
        return before + unicodedata.normalize("NFC", after.replace("\u0131", "i") + _COMBINING[accent])
    return m.group(0)


def _normalise(text: str) -> str:
    """NFC, ligatures unfolded (``"ﬁnal"`` → ``"final"``), line ends unified, control chars dropped,
    a spacing accent drawn after its letter put on it (``"Ju¨rges"`` → ``"Jürges"``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = _SPACING_ACCENT.sub(_accented, text)
    return unicodedata.normalize("NFC", text)


def _normalise_line(line: PrintedLine) -> PrintedLine:
    """A printed line normalised like the page text, its superscript spans moved along."""
    pieces, marks, cursor, at = [], [], 0, 0
    for a, b in line.marks:
        before, mark = _normalise(line.text[cursor:a]), _normalise(line.text[a:b])
        pieces += [before, mark]
        at += len(before)
        marks.append((at, at + len(mark)))
        at += len(mark)
        cursor = b
    pieces.append(_normalise(line.text[cursor:]))
    return replace(line, text="".join(pieces), marks=tuple(marks))


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
                reasons.PDF_ENCRYPTED,
                f"{source_path} is encrypted with a cipher this installation cannot read ({exc}); "
                "install the `cryptography` package, or save an unencrypted copy into the ingest folder.",
            ) from exc
        if not opened:
            raise ExtractError(
                reasons.PDF_ENCRYPTED,
                f"{source_path} is password-protected; ask the source for an unprotected copy "
                "(or remove the password, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) "
                "and drop that in the ingest folder.",
            )
        notes.append("encrypted PDF opened with the empty user password")
    return reader, notes


def _page_text(page, number: int) -> PageText:
    """One extraction pass over the page: pypdf's text, piece by piece, with where
    each piece stands and how big it is (``extract.pdf_lines``)."""
    pieces: list[Piece] = []

    def visit(text, cm, tm, font, size):
        if text:
            pieces.append(piece_from_visit(text, cm, tm, font, size))

    plain = page.extract_text(visitor_text=visit) or ""
    if not plain.strip():
        return PageText("", ())
    return page_text(pieces, number)


def _read(data: bytes, source_path: str) -> RawDocument:
    reader, notes = _open(data, source_path)
    pages = list(reader.pages)
    if not pages:
        raise ExtractError(
            reasons.EMPTY, f"{source_path} is a PDF with no pages; re-export it from the source or remove it."
        )
    texts, failed = [], []
    first_page: tuple[PrintedLine, ...] = ()
    for number, page in enumerate(pages, start=1):
        try:
            laid_out = _page_text(page, number)
        except Exception as exc:  # one broken page does not sink the document
            texts.append("")
            failed.append(f"{number} ({type(exc).__name__})")
            continue
        texts.append(_normalise(laid_out.text))
        if number == 1:
            first_page = tuple(_normalise_line(line) for line in laid_out.lines)
    if len(failed) == len(pages):
        raise ExtractError(
            reasons.CORRUPT_PDF,
            f"{source_path}: no page of this PDF could be read; re-download or re-export it "
            "(e.g. print it to a new PDF) and drop the copy in the ingest folder.",
        )
    if not any(t.strip() for t in texts):
        raise ExtractError(
            reasons.NO_TEXT_LAYER,
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
        first_page=first_page,
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
            reasons.EMPTY,
            f"{source_path} is empty (0 bytes or only whitespace); re-save it from the source "
            "or delete it from the ingest folder.",
        )
    if PDF_HEADER not in data[:HEADER_SEARCH_BYTES]:
        raise ExtractError(
            reasons.CORRUPT_PDF,
            f"{source_path} is named like a PDF but has no PDF header; check what the file really "
            "is, re-download it, or remove it from the ingest folder.",
        )
    try:
        return _read(data, source_path)
    except ExtractError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise ExtractError(
            reasons.CORRUPT_PDF,
            f"{source_path} is not a readable PDF ({type(exc).__name__}: {str(exc)[:120]}); "
            "it may be truncated or damaged: re-download or re-export it and drop the copy "
            "in the ingest folder.",
        ) from exc
