"""Scraper text dumps: decode bytes in whatever encoding they came in.

UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are;
anything else goes to charset-normalizer, which ranks candidate encodings by
how plausible the decoded text is.  Binary data is refused rather than turned
into noise.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from extract.model import ExtractError, RawDocument
from transform.model import Block

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in sample or controls / len(sample) > 0.02


def decode_text(data: bytes, source_path: str = "") -> tuple[str, str]:
    """Bytes → (text, encoding name).  Raises ExtractError('undecodable').

    ``"caf\\xe9 \\x96 na\\xefve".encode()`` in cp1252 → ``("café – naïve", "cp1252")``
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise ExtractError(
            "undecodable",
            f"{source_path or 'The file'} holds binary data, not text; if it is a document "
            "in another format, save it as .pdf, .html or .txt and drop that in the ingest folder.",
        )
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ExtractError(
            "undecodable",
            f"{source_path or 'The file'} is not in any text encoding cruftless recognises; "
            "re-save it as UTF-8 and drop it in the ingest folder again.",
        )
    encoding = best.encoding
    # Western single-byte text is almost always cp1252; prefer it where it decodes cleanly.
    if encoding in ("latin_1", "iso8859_15", "cp1250", "cp1257", "mac_roman", "cp850"):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), encoding


def extract_text(data: bytes, source_path: str) -> RawDocument:
    """A text dump → RawDocument with one block holding the whole decoded text."""
    text, encoding = decode_text(data, source_path)
    if not text.strip():
        raise ExtractError(
            "empty",
            f"{source_path} has no text (0 bytes or only whitespace); re-save it from the source, "
            "or delete it from the ingest folder.",
        )
    return RawDocument(source_path=source_path, format="txt", blocks=(Block(text),), encoding=encoding)
