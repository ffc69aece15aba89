"""Pick the extractor for a file from its name and its first bytes."""
from __future__ import annotations

from pathlib import PurePosixPath

from extract import reasons
from extract.model import ExtractError
from transform.model import HTML, PDF, TXT, RawDocument

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
PDF_SUFFIXES = {".pdf"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".rst", ""}
SUPPORTED = "HTML (.html, .htm), PDF (.pdf) and text (.txt, .md)"


def sniff_format(data: bytes, source_path: str) -> str | None:
    """``b"%PDF-1.7…"`` → ``"pdf"``; ``b"<!doctype html>…"`` → ``"html"``; by suffix otherwise."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return PDF
    if head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<body" in data[:65536].lower()):
        return HTML
    suffix = PurePosixPath(source_path).suffix.lower()
    if suffix in PDF_SUFFIXES:
        return PDF
    if suffix in HTML_SUFFIXES:
        return HTML
    if suffix in TEXT_SUFFIXES:
        return TXT
    return None


def describe_unknown(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP container (an Office document such as .docx/.pptx/.xlsx, or an archive)"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Microsoft Office file"
    if data[:4] in (b"\x89PNG", b"GIF8") or data[:3] == b"\xff\xd8\xff":
        return "an image"
    return "a format cruftless does not read"


def extract_document(data: bytes, source_path: str) -> RawDocument:
    """Read any supported file into a RawDocument or raise ExtractError with a reason code."""
    if not data.strip():
        raise ExtractError(
            reasons.EMPTY,
            f"{source_path} is empty (0 bytes or only whitespace); re-save it from the source "
            "or delete it from the ingest folder.",
        )
    fmt = sniff_format(data, source_path)
    if fmt == PDF:
        from extract.pdf import extract_pdf

        return extract_pdf(data, source_path)
    if fmt == HTML:
        from extract.html import extract_html

        return extract_html(data, source_path)
    if fmt == TXT:
        from extract.text import extract_text

        return extract_text(data, source_path)
    raise ExtractError(
        reasons.UNSUPPORTED_FORMAT,
        f"{source_path} looks like {describe_unknown(data)}; cruftless reads {SUPPORTED}. "
        "Export it to PDF or text and put that in the ingest folder, or move this file out of it.",
    )
