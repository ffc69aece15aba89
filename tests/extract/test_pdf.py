"""extract.pdf on PDFs made here with fpdf2 (and encrypted with pypdf's writer)."""
from __future__ import annotations

import io
import logging
import random
from pathlib import Path

import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from extract.model import ExtractError
from transform.model import RawDocument
from extract.pdf import _normalise, extract_pdf
from transform.model import HEADING, PARAGRAPH
from transform.pdf_layout import strip_page_furniture
from transform.reflow import text_to_blocks

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class _Paper(FPDF):
    """A journal-style page: running header with the page number, "Page n of N" footer."""

    running_header: str | None = None
    running_footer: bool = False

    def header(self):
        if self.running_header:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, self.running_header.format(page=self.page_no() + 16), new_x="LMARGIN", new_y="NEXT")

    def footer(self):
        if self.running_footer:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def make_pdf(pages, *, header=None, footer=False, title=None, author=None) -> bytes:
    """One PDF page per list of lines, each line set as printed (so line ends are ours)."""
    pdf = _Paper()
    pdf.running_header, pdf.running_footer = header, footer
    if title is not None:
        pdf.set_title(title)
    if author is not None:
        pdf.set_author(author)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


ARTICLE = [
    [
        "Introduction",
        "Canal companies in the northern valleys kept careful records of every barge",
        "that passed their locks, and the long negoti-",
        "ations over tolls between the Anglo-",
        "French partners fill several ledgers today.",
        "The ledgers also show how quickly trade grew after the second basin opened",
        "in the spring and how the company paid for the new warehouses on the",
    ],
    [
        "eastern bank of the river with the profits of a single good year.",
        "2. Methods",
        "We read every ledger page from the first decade and counted the barges,",
        "their cargo and the tolls they paid at each of the three upper locks.",
    ],
    [
        "3. Results",
        "Trade doubled within ten years, and the tolls paid for the upkeep of the",
        "whole waterway until the railway reached the valley.",
    ],
]


@pytest.fixture(scope="module")
def article_pdf() -> bytes:
    return make_pdf(
        ARTICLE,
        header="Journal of Canal Studies, Vol. 3 | {page}",
        footer=True,
        title="Ledgers of the Northern Canals",
        author="Jane Doe; Li Wei",
    )


def test_one_page_block_per_page_with_metadata(article_pdf):
    doc = extract_pdf(article_pdf, "papers/canals.pdf")
    assert isinstance(doc, RawDocument)
    assert doc.format == "pdf" and doc.source_path == "papers/canals.pdf"
    assert [(b.kind, b.page) for b in doc.blocks] == [("page", 1), ("page", 2), ("page", 3)]
    assert doc.title == "Ledgers of the Northern Canals"
    assert doc.authors == ("Jane Doe", "Li Wei")
    assert doc.warnings == ()
    first = doc.blocks[0].text.split("\n")
    # The extractor keeps the page as laid out: furniture and line ends are transform's job.
    assert first[0] == "Journal of Canal Studies, Vol. 3 | 17"
    assert "that passed their locks, and the long negoti-" in first
    assert first[-1] == "Page 1 of 3"


def test_article_cleans_into_paragraphs(article_pdf):
    doc = extract_pdf(article_pdf, "canals.pdf")
    pages, furniture = strip_page_furniture([b.text for b in doc.blocks])
    assert sorted((a.kind, a.page) for a in furniture) == [
        ("page_number", 1), ("page_number", 2), ("page_number", 3),
        ("running_header", 1), ("running_header", 2), ("running_header", 3),
    ]
    blocks = text_to_blocks("\n\f\n".join(pages), first_page=1)
    assert [(b.kind, b.page, b.text) for b in blocks] == [
        (HEADING, 1, "Introduction"),
        (PARAGRAPH, 1, "Canal companies in the northern valleys kept careful records of every barge "
                       "that passed their locks, and the long negotiations over tolls between the "
                       "Anglo-French partners fill several ledgers today."),
        (PARAGRAPH, 1, "The ledgers also show how quickly trade grew after the second basin opened "
                       "in the spring and how the company paid for the new warehouses on the eastern "
                       "bank of the river with the profits of a single good year."),
        (HEADING, 2, "2. Methods"),
        (PARAGRAPH, 2, "We read every ledger page from the first decade and counted the barges, "
                       "their cargo and the tolls they paid at each of the three upper locks."),
        (HEADING, 3, "3. Results"),
        (PARAGRAPH, 3, "Trade doubled within ten years, and the tolls paid for the upkeep of the "
                       "whole waterway until the railway reached the valley."),
    ]


@pytest.mark.parametrize(
    "title, author, want_title, want_authors",
    [
        ("Microsoft Word - draft3.docx", "Administrator", None, ()),
        ("untitled", "user", None, ()),
        ("paper_final_v2.pdf", "Windows User", None, ()),
        ("", "", None, ()),
        ("Tolls and Trade, 1850-1900", "Doe, Jane", "Tolls and Trade, 1850-1900", ("Doe, Jane",)),
        ("Canal Days", "Jane Doe and Li Wei", "Canal Days", ("Jane Doe", "Li Wei")),
    ],
)
def test_metadata_is_taken_only_when_plausible(title, author, want_title, want_authors):
    doc = extract_pdf(make_pdf([["The canal opened in the spring."]], title=title, author=author), "m.pdf")
    assert (doc.title, doc.authors) == (want_title, want_authors)


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu font not installed")
def test_ligatures_are_unfolded():
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=12)
    pdf.cell(0, 8, "The \ufb01nal \ufb02ow of the canal")
    assert extract_pdf(bytes(pdf.output()), "lig.pdf").blocks[0].text == "The final flow of the canal"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Mu¨ller and Sa´nchez", "Müller and Sánchez"),  # the accent drawn after its letter
        ("Bjo¨rk", "Björk"),
        ("Fl¨ugel", "Flügel"),  # ... or before it
        ("Ferna´ndez-Ortı´z", "Fernández-Ortíz"),  # on a dotless i
        ("Peña and Nun˜ez", "Peña and Nuñez"),
        ("don´t stop", "don´t stop"),  # not on a consonant: an apostrophe
        ("\ufb01eld", "field"),
    ],
)
def test_normalise(raw, expected):
    assert _normalise(raw) == expected


# --- files that cannot be read: a stable reason and advice ---------------------------------


def _encrypt(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_is_refused(article_pdf):
    with pytest.raises(ExtractError) as info:
        extract_pdf(_encrypt(article_pdf, "s3cret"), "locked.pdf")
    assert info.value.reason == "pdf_encrypted"
    assert "locked.pdf" in info.value.detail and "password" in info.value.detail


def test_encrypted_pdf_with_empty_user_password_is_read(article_pdf):
    doc = extract_pdf(_encrypt(article_pdf, ""), "owner-only.pdf")
    assert len(doc.blocks) == 3 and "negoti-" in doc.blocks[0].text
    assert any("empty user password" in w for w in doc.warnings)


def _image_only_pdf(pages: int = 2) -> bytes:
    from PIL import Image

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(Image.new("RGB", (200, 100), "gray"), x=10, y=10, w=100)
    return bytes(pdf.output())


def test_scanned_pdf_has_no_text_layer():
    with pytest.raises(ExtractError) as info:
        extract_pdf(_image_only_pdf(), "scan.pdf")
    assert info.value.reason == "no_text_layer"
    assert "OCR" in info.value.detail and "ocrmypdf" in info.value.detail


def test_blank_pages_have_no_text_layer():
    with pytest.raises(ExtractError) as info:
        extract_pdf(make_pdf([[], []]), "blank.pdf")
    assert info.value.reason == "no_text_layer"


def test_some_pages_without_text_are_a_warning():
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "The canal opened in the spring.")
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 100), "gray"), x=10, y=10, w=100)
    doc = extract_pdf(bytes(pdf.output()), "mixed.pdf")
    assert [b.text for b in doc.blocks] == ["The canal opened in the spring.", ""]
    assert any("page(s) 2" in w and "OCR" in w for w in doc.warnings)


BAD_BYTES = [
    pytest.param(b"", "empty", id="empty-file"),
    pytest.param(b" \n\t ", "empty", id="whitespace-only"),
    pytest.param(random.Random(3).randbytes(4096), "corrupt_pdf", id="random-bytes"),
    pytest.param(b"%PDF-1.7\n" + random.Random(4).randbytes(4096), "corrupt_pdf", id="header-then-garbage"),
    pytest.param(b"<html><body>Not found</body></html>", "corrupt_pdf", id="html-named-pdf"),
    pytest.param(b"%PDF-1.4\n%%EOF\n", "corrupt_pdf", id="header-only"),
]


@pytest.mark.parametrize("data, reason", BAD_BYTES)
def test_bad_bytes_get_a_reason_and_advice(data, reason):
    with pytest.raises(ExtractError) as info:
        extract_pdf(data, "bad.pdf")
    assert info.value.reason == reason
    assert "bad.pdf" in info.value.detail and len(info.value.detail.split()) > 8


def test_truncated_pdf_is_corrupt(article_pdf):
    with pytest.raises(ExtractError) as info:
        extract_pdf(article_pdf[: len(article_pdf) // 2], "cut.pdf")
    assert info.value.reason == "corrupt_pdf"


def test_pypdf_log_spam_is_silenced(article_pdf, caplog):
    end = article_pdf.rindex(b"startxref")
    damaged = article_pdf[:end] + b"startxref\n99999\n%%EOF\n"  # pypdf warns, then recovers
    with caplog.at_level(logging.DEBUG):
        doc = extract_pdf(damaged, "damaged.pdf")
    assert len(doc.blocks) == 3
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


@st.composite
def damaged_pdfs(draw):
    data = bytearray(draw(st.sampled_from(SMALL_PDFS)))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if action == "flip":
            data[pos] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[max(pos, 9) :]
        elif action == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        else:
            del data[pos : pos + draw(st.integers(1, 200))]
        if not data:
            break
    return bytes(data)


SMALL_PDFS = [
    make_pdf([["Tolls rose each spring.", "Trade fell after the railway came."]]),
    make_pdf([["Page one of the canal story."], ["Page two of the canal story."]], title="Canal", author="J. Doe"),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(damaged_pdfs(), st.binary(max_size=2000), st.binary(max_size=500).map(lambda b: b"%PDF-1.5\n" + b)))
def test_any_bytes_give_a_document_or_an_extract_error(data):
    try:
        doc = extract_pdf(data, "fuzz.pdf")
    except ExtractError as exc:
        assert exc.reason in {"empty", "corrupt_pdf", "pdf_encrypted", "no_text_layer"}
        assert exc.detail
    else:
        assert doc.format == "pdf" and all(b.kind == "page" for b in doc.blocks)
