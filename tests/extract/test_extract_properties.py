"""Properties of the extract entry points on random and adversarial input.

Every extractor raises ``ExtractError`` (a reason a person can act on) or returns a
``RawDocument``; nothing else escapes.  The decoder reads any text it is given in
UTF-8 back exactly, and never raises anything but ``NotText``.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.decode import NotText, decode_bytes, decode_html
from extract.formats import extract_document, sniff_format
from extract.html import extract_html, parse_html
from extract.html_meta import split_authors
from extract.model import ExtractError
from transform.model import RawDocument
from extract.text import decode_text, extract_text
from transform.publication import parse_date
from tests.strategies import BYTES, DOCUMENT, HTML_BYTES, LONG_RUN, TEXT, quick, thorough

NAMES = st.sampled_from(["a.txt", "page.html", "paper.pdf", "notes.md", "deck.pptx", "noext", "x.htm"])


def _extracts_or_refuses(extract, data: bytes, name: str) -> None:
    try:
        doc = extract(data, name)
    except ExtractError as exc:
        assert exc.reason and exc.detail
        return
    assert isinstance(doc, RawDocument)
    assert all(isinstance(b.text, str) for b in doc.blocks)


# --- extract_document, per format ----------------------------------------------------

def _any_file(data, name):
    assert sniff_format(data, name) in (None, "txt", "html", "pdf")
    _extracts_or_refuses(extract_document, data, name)


@quick
@given(BYTES, NAMES)
def test_extract_document_never_raises_anything_but_extract_error(data, name):
    _any_file(data, name)


@thorough
@given(BYTES, NAMES)
def test_extract_document_never_raises_anything_but_extract_error_10k(data, name):
    _any_file(data, name)


def _text_file(data):
    _extracts_or_refuses(extract_text, data, "dump.txt")


@quick
@given(st.one_of(BYTES, TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_extract_text_never_raises_anything_but_extract_error(data):
    _text_file(data)


@thorough
@given(st.one_of(BYTES, TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_extract_text_never_raises_anything_but_extract_error_10k(data):
    _text_file(data)


def _web_page(data):
    _extracts_or_refuses(extract_html, data, "page.html")


@quick
@given(st.one_of(HTML_BYTES, BYTES))
def test_extract_html_never_raises_anything_but_extract_error(data):
    _web_page(data)


@thorough
@given(st.one_of(HTML_BYTES, BYTES))
def test_extract_html_never_raises_anything_but_extract_error_10k(data):
    _web_page(data)


@pytest.mark.parametrize("depth", [1_000, 20_000])
def test_deeply_nested_markup_is_read_or_refused(depth):
    page = ("<div>" * depth + "<p>The canal opened in 1869 and changed the trade of two oceans.</p>"
            + "</div>" * depth).encode()
    _extracts_or_refuses(extract_html, page, "deep.html")


def _pdf_like(data):
    _extracts_or_refuses(extract_document, b"%PDF-1.4\n" + data, "paper.pdf")


@quick
@given(st.binary(max_size=3000))
def test_broken_pdfs_never_raise_anything_but_extract_error(data):
    _pdf_like(data)


@thorough
@given(st.binary(max_size=3000))
def test_broken_pdfs_never_raise_anything_but_extract_error_10k(data):
    _pdf_like(data)


def _make_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text.encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())


def _generated_pdf(text, cut):
    data = _make_pdf(text)
    if cut:  # a truncated download
        data = data[: max(10, len(data) * cut // 10)]
    _extracts_or_refuses(extract_document, data, "paper.pdf")


@quick
@given(DOCUMENT, st.integers(min_value=0, max_value=9))
def test_generated_and_truncated_pdfs_are_read_or_refused(text, cut):
    _generated_pdf(text, cut)


@thorough
@given(DOCUMENT, st.integers(min_value=0, max_value=9))
def test_generated_and_truncated_pdfs_are_read_or_refused_10k(text, cut):
    _generated_pdf(text, cut)


# --- the decoder -----------------------------------------------------------------------

def _decodes(data):
    try:
        found = decode_bytes(data)
    except NotText as exc:
        assert exc.reason in ("binary", "unknown")
        return
    assert isinstance(found.text, str) and found.encoding


@quick
@given(BYTES)
def test_decode_bytes_never_raises_anything_but_not_text(data):
    _decodes(data)


@thorough
@given(BYTES)
def test_decode_bytes_never_raises_anything_but_not_text_10k(data):
    _decodes(data)


def _utf8_roundtrip(text):
    data = text.encode("utf-8")
    try:
        decoded, encoding = decode_text(data)
    except ExtractError:
        return  # control characters: refused as binary
    if encoding == "utf-8":
        assert decoded == text


@quick
@given(st.one_of(DOCUMENT, st.text(max_size=2000)))
def test_text_in_utf8_reads_back_exactly(text):
    _utf8_roundtrip(text)


@thorough
@given(st.one_of(DOCUMENT, st.text(max_size=2000)))
def test_text_in_utf8_reads_back_exactly_10k(text):
    _utf8_roundtrip(text)


@quick
@given(st.one_of(HTML_BYTES, BYTES))
def test_decode_html_and_parse_html_never_raise_but_not_text(data):
    try:
        text, _ = decode_html(data)
    except NotText:
        return
    parse_html(text)


@quick
@given(st.one_of(TEXT, LONG_RUN))
def test_metadata_helpers_never_raise(text):
    parse_date(text)
    assert all(isinstance(name, str) for name in split_authors(text))
