"""Properties of the transform entry points on random and adversarial text.

None raises; offsets point at the text they claim; cleaning is idempotent where it
should be (repair, marker removal, a whole document cleaned again from its own
body_text).  Quick versions run always; the 10,000-example ones with ``--thorough``.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transform.model import RawDocument
from transform.citations import extract_citations, find_in_text_citations, parse_cited_names, remove_footnote_markers
from transform.cruft import byline_names, is_prose, remove_cruft, split_names, zones
from transform.dates import tag_dates
from transform.density import page_chrome
from transform.document import clean_document
from transform.frontmatter import author_running_headers, labelled_bylines, read_frontmatter
from transform.mail import read_mail
from transform.model import Block
from transform.pdf_layout import strip_page_furniture
from transform.references import build_bibliography, parse_entry, split_entries, split_reference_sections
from transform.reflow import text_to_blocks
from transform.repair import repair_text, undo_double_encoding
from transform.templates import fingerprints, remove_templates
from tests.strategies import LINES, LONG_RUN, PARAGRAPH, PROSE_DOCUMENT, TEXT, quick, thorough


def check_offsets(doc) -> None:
    for p in doc.paragraphs:
        assert doc.body_text[p.char_start:p.char_end] == p.text
    for c in doc.citations:
        if c.kind != "footnote":
            assert doc.body_text[c.start:c.end] == c.raw
        else:
            assert c.start == c.end and 0 <= c.start <= len(doc.body_text)
    for d in doc.dates:
        assert doc.body_text[d.start:d.end] == d.raw
        assert d.date_start is None or d.date_end is None or d.date_start <= d.date_end


# --- clean_document: never raises, offsets hold, cleaning its own output changes nothing --

def _cleans(text: str, fmt: str) -> None:
    blocks = tuple(Block(t) for t in text.split("\n\n")) if fmt == "html" else (Block(text),)
    doc = clean_document(RawDocument(f"a.{fmt}", fmt, blocks))
    check_offsets(doc)
    assert doc.word_count == len(doc.body_text.split())


@quick
@given(TEXT, st.sampled_from(["txt", "html", "pdf"]))
def test_clean_document_never_raises_and_its_offsets_hold(text, fmt):
    _cleans(text, fmt)


@thorough
@given(TEXT, st.sampled_from(["txt", "html", "pdf"]))
def test_clean_document_never_raises_and_its_offsets_hold_10k(text, fmt):
    _cleans(text, fmt)


def _as_text_dump(title, body):
    return RawDocument("again.txt", "txt", (Block(f"{title}\n\n{body}" if title else body),))


def _cleaning_again_changes_nothing(text: str) -> None:
    first = clean_document(RawDocument("a.txt", "txt", (Block(text),)))
    again = clean_document(_as_text_dump(first.title, first.body_text))
    assert again.body_text == first.body_text


@quick
@given(PROSE_DOCUMENT)
def test_cleaning_a_cleaned_document_changes_nothing(text):
    _cleaning_again_changes_nothing(text)


@thorough
@given(PROSE_DOCUMENT)
def test_cleaning_a_cleaned_document_changes_nothing_10k(text):
    _cleaning_again_changes_nothing(text)


# --- repair_text ------------------------------------------------------------------

def _repairs(text: str) -> None:
    once = repair_text(text)
    assert repair_text(once) == once
    assert undo_double_encoding(once) == once or repair_text(undo_double_encoding(once)) == once


MOJIBAKE = TEXT.map(lambda t: t.encode("utf-8", "surrogatepass").decode("cp1252", errors="ignore"))


@quick
@given(st.one_of(TEXT, MOJIBAKE))
def test_repair_text_never_raises_and_is_idempotent(text):
    _repairs(text)


@thorough
@given(st.one_of(TEXT, MOJIBAKE))
def test_repair_text_never_raises_and_is_idempotent_10k(text):
    _repairs(text)


# --- tag_dates ------------------------------------------------------------------

def _dates(paragraphs: list[str], year) -> None:
    for d in tag_dates(paragraphs, context_year=year):
        text = paragraphs[d.para_no]
        assert text[d.start:d.end] == d.raw
        assert d.date_start is None or d.date_end is None or d.date_start <= d.date_end


@quick
@given(st.lists(st.one_of(PARAGRAPH, st.text(max_size=400), LONG_RUN), max_size=6),
       st.one_of(st.none(), st.integers(min_value=1500, max_value=2100)))
def test_tag_dates_never_raises_and_spans_are_the_raw_text(paragraphs, year):
    _dates(paragraphs, year)


@thorough
@given(st.lists(st.one_of(PARAGRAPH, st.text(max_size=400), LONG_RUN), max_size=6),
       st.one_of(st.none(), st.integers(min_value=1500, max_value=2100)))
def test_tag_dates_never_raises_and_spans_are_the_raw_text_10k(paragraphs, year):
    _dates(paragraphs, year)


# --- citations and references ---------------------------------------------------

def _citations(texts: list[str]) -> None:
    blocks = [Block(t) for t in texts]
    result = extract_citations(blocks)
    for c in result.citations:
        text = result.blocks[c.para_no].text
        if c.kind == "footnote":
            assert c.start == c.end and 0 <= c.start <= len(text)
        else:
            assert text[c.start:c.end] == c.raw
    again, more = remove_footnote_markers(result.blocks)
    assert [b.text for b in again] == [b.text for b in result.blocks] and more == ()


CITED = st.lists(st.one_of(PARAGRAPH, st.text(max_size=300), LONG_RUN,
                           st.just("References"), st.just("1. Doe, J. (2001). Canals. London: Press.")), max_size=8)


@quick
@given(CITED)
def test_extract_citations_never_raises_and_markers_go_in_one_cleaning(texts):
    _citations(texts)


@thorough
@given(CITED)
def test_extract_citations_never_raises_and_markers_go_in_one_cleaning_10k(texts):
    _citations(texts)


@quick
@given(st.one_of(PARAGRAPH, st.text(max_size=500), LONG_RUN))
def test_citation_and_reference_parsers_never_raise(text):
    for c in find_in_text_citations(text):
        assert text[c.start:c.end] == c.raw or c.kind == "footnote"
    parse_cited_names(text)
    parse_entry(text, 1)
    split_entries(text)
    build_bibliography(split_reference_sections([Block("References", "heading"), Block(text)]).sections)


# --- the line-level cleaners ------------------------------------------------------

def _lines(lines: list[str]) -> None:
    result = remove_cruft(lines)
    assert {i for i, _ in result.lines} <= set(range(len(lines)))
    assert len(zones(lines)) == len(lines)
    for line in lines:
        is_prose(line)
        split_names(line)
    byline_names(result.hits)
    numbered = list(enumerate(lines))
    read_frontmatter(numbered, ["Jane Doe"], None, [0])
    labelled_bylines(lines)
    author_running_headers(numbered, ["Jane Doe", "Rahim"])
    read_mail(lines)
    page_chrome(numbered, {})
    strip_page_furniture(lines)
    keys = fingerprints(lines)
    remove_templates(numbered, frozenset(keys))


@quick
@given(st.one_of(LINES, st.lists(LONG_RUN, max_size=3)))
def test_the_line_cleaners_never_raise(lines):
    _lines(lines)


@thorough
@given(st.one_of(LINES, st.lists(LONG_RUN, max_size=3)))
def test_the_line_cleaners_never_raise_10k(lines):
    _lines(lines)


@quick
@given(TEXT, st.one_of(st.none(), st.integers(min_value=1, max_value=500)))
def test_text_to_blocks_never_raises_and_keeps_every_word(text, first_page):
    blocks = text_to_blocks(text, first_page=first_page)
    kept = "".join("".join(b.text.split()) for b in blocks)
    assert len(kept) <= len("".join(text.split())) + len(blocks)  # re-flowing adds no text
