import pytest

from extract.formats import extract_document, sniff_format
from extract.model import ExtractError
from extract.text import decode_text, extract_text

SENTENCE = "The café by the lock served coffee – and the bargemen’s “rum” – until 1931."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("utf-16"), "utf-16"),
        (SENTENCE.encode("cp1252") * 3, "cp1252"),
    ],
)
def test_decode_text_finds_the_encoding(data, encoding):
    text, enc = decode_text(data)
    assert enc == encoding
    assert SENTENCE in text


def test_binary_data_is_undecodable_with_advice():
    with pytest.raises(ExtractError) as info:
        decode_text(bytes(range(256)) * 20, "blob.txt")
    assert info.value.reason == "undecodable"
    assert "blob.txt" in info.value.detail


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"])
def test_empty_text_is_refused(data):
    with pytest.raises(ExtractError) as info:
        extract_document(data, "empty.txt")
    assert info.value.reason == "empty"


def test_extract_text_keeps_the_whole_text_in_one_block():
    doc = extract_text(("Title\n\n" + SENTENCE).encode("cp1252"), "a.txt")
    assert doc.format == "txt" and doc.encoding == "cp1252"
    assert doc.blocks[0].text.endswith(SENTENCE)


@pytest.mark.parametrize(
    "data, path, fmt",
    [
        (b"%PDF-1.7\n...", "paper.bin", "pdf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "page", "html"),
        (b"hello", "notes.md", "txt"),
        (b"hello", "page.htm", "html"),
        (b"PK\x03\x04....", "slides.pptx", None),
    ],
)
def test_sniff_format(data, path, fmt):
    assert sniff_format(data, path) == fmt


def test_unknown_format_says_what_to_do():
    with pytest.raises(ExtractError) as info:
        extract_document(b"PK\x03\x04" + b"\x00" * 50, "deck.pptx")
    assert info.value.reason == "unsupported_format"
    assert "Office" in info.value.detail and "deck.pptx" in info.value.detail
