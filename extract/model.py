"""What every extractor returns: one ``RawDocument`` per source file.

An extractor reads bytes and never cleans text beyond what its format forces
(HTML boilerplate that lives in markup, PDF page structure).  Text cleaning is
transform's job.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transform.model import Artefact, Block, Comment


@dataclass(frozen=True)
class RawDocument:
    """A source file read into text.

    format  ``html``, ``pdf`` or ``txt``.
    blocks  html: structured blocks from the main content (kinds set);
            pdf:  one block per page, ``kind="page"``, raw page text with line breaks;
            txt:  one block holding the decoded text.
    """

    source_path: str
    format: str
    blocks: tuple[Block, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    removed: tuple[Artefact, ...] = ()  # boilerplate the extractor dropped (nav, footer, ...)
    encoding: str | None = None
    site: str | None = None  # where the document came from (web host or site name), when known
    warnings: tuple[str, ...] = field(default=())
    comments: tuple[Comment, ...] = ()  # html: reader comments, kept out of the blocks


class ExtractError(Exception):
    """A file that cannot be read into text.

    ``reason`` is a short stable code (``pdf_encrypted``, ``no_text_layer``,
    ``undecodable``, ``empty``, ``unsupported_format``, ``corrupt_pdf``...);
    ``detail`` is a sentence a person can act on.
    """

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
