"""Scraper text dumps: decode bytes in whatever encoding they came in.

Decoding is ``extract.decode`` (the same order for every format: byte-order mark,
UTF-8, a declared charset, cp1252 for Latin-script text, then a detector whose guess
must read as text).  Binary data is refused rather than turned into noise.
"""
from __future__ import annotations

from extract import reasons
from extract.decode import NotText, decode_bytes
from extract.model import ExtractError
from transform.model import RawDocument
from transform.model import Block


def decode_text(data: bytes, source_path: str = "") -> tuple[str, str]:
    """Bytes → (text, encoding name).  Raises ExtractError('undecodable').

    ``b"caf\\xe9 \\x96 na\\xefve"`` → ``("café – naïve", "cp1252")``
    """
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        if exc.reason == "binary":
            raise ExtractError(
                reasons.UNDECODABLE,
                f"{source_path or 'The file'} holds binary data, not text; if it is a document "
                "in another format, save it as .pdf, .html or .txt and drop that in the ingest folder.",
            ) from None
        raise ExtractError(
            reasons.UNDECODABLE,
            f"{source_path or 'The file'} is not in any text encoding cruftless recognises; "
            "re-save it as UTF-8 and drop it in the ingest folder again.",
        ) from None
    return decoded.text, decoded.encoding


def extract_text(data: bytes, source_path: str) -> RawDocument:
    """A text dump → RawDocument with one block holding the whole decoded text."""
    text, encoding = decode_text(data, source_path)
    if not text.strip():
        raise ExtractError(
            reasons.EMPTY,
            f"{source_path} has no text (0 bytes or only whitespace); re-save it from the source, "
            "or delete it from the ingest folder.",
        )
    return RawDocument(source_path=source_path, format="txt", blocks=(Block(text),), encoding=encoding)
