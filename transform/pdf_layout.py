"""Page furniture: running headers, running footers and page numbers of PDF pages.

Only lines near the top or bottom edge of a page are candidates.  Evidence
comes from the whole document, never from a line's wording alone:

* page numbers count up with the pages, so a number at a page edge is a page
  number when its offset from the page index is shared by other pages
  ("17" on the 3rd page, "18" on the 4th);
* a running header or footer repeats across pages, with digits allowed to
  vary ("Journal of X, Vol. 3 | 17"): it is furniture when it is on enough
  pages, or when it repeats and carries the page number (chapter-wise
  headers such as "Chapter 2: Methods 5");
* "Page 3 of 12" is a page number wherever it stands at an edge.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from transform.model import Artefact
from transform.patterns import layout as P
from transform.patterns import rule_names as R

EDGE_LINES = 3  # non-blank lines looked at at each page edge
PDF_EDGE_LINES = 6  # … of a PDF read with its layout, which puts its furniture in drawing order
MIN_PAGE_SHARE = 0.3  # a repeated line without a page number must be on this share of pages
MIN_OFFSET_PAGES = 2  # pages that must agree on a page-number offset



@dataclass(frozen=True)
class _EdgeLine:
    page: int  # 0-based index into pages
    line: int  # index into that page's lines
    top: bool  # in the top zone (else the bottom zone)
    text: str  # stripped

    @property
    def number(self) -> int | None:
        """The number at either end of the line, if any."""
        bare = P.PAGE_NUMBER_BARE.match(self.text)
        if bare:
            return int(bare.group(1))
        m = P.EDGE_NUMBER.search(self.text)
        return int(m.group(1) or m.group(2)) if m else None

    @property
    def signature(self) -> str:
        """Case, spacing and digits folded: ``"Journal of X | 17"`` → ``"journal of x | #"``."""
        return P.DIGIT_RUN.sub("#", P.WHITESPACE_RUN.sub(" ", self.text.casefold()))


def _edge_lines(pages_lines: list[list[str]], reach: int = EDGE_LINES) -> list[_EdgeLine]:
    edges = []
    for p, lines in enumerate(pages_lines):
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        top = filled[:reach]
        bottom = [i for i in filled[-reach:] if i not in top]
        edges += [_EdgeLine(p, i, True, lines[i].strip()) for i in top]
        edges += [_EdgeLine(p, i, False, lines[i].strip()) for i in bottom]
    return edges


def _page_number_offsets(edges: list[_EdgeLine]) -> set[int]:
    """Offsets (printed number − page index) that several pages agree on."""
    seen = {(e.number - e.page, e.page) for e in edges if e.number is not None}
    counts = Counter(offset for offset, _ in seen)
    return {offset for offset, n in counts.items() if n >= MIN_OFFSET_PAGES}


def _classify_edges(edges: list[_EdgeLine], n_pages: int) -> dict[_EdgeLine, tuple[str, str]]:
    """Furniture among the edge lines: line → (artefact kind, rule)."""
    offsets = _page_number_offsets(edges)
    pages_by_signature: dict[str, set[int]] = defaultdict(set)
    for e in edges:
        pages_by_signature[e.signature].add(e.page)
    needed = max(2, math.ceil(MIN_PAGE_SHARE * n_pages))
    roman_pages = {e.page for e in edges if P.PAGE_NUMBER_ROMAN.match(e.text)}

    found = {}
    for e in edges:
        running = "running_header" if e.top else "running_footer"
        repeats = len(pages_by_signature[e.signature])
        on_page_offset = e.number is not None and (e.number - e.page) in offsets
        if P.PAGE_X_OF_Y.match(e.text):
            found[e] = ("page_number", R.PAGE_X_OF_Y)
        elif P.PAGE_NUMBER_BARE.match(e.text):
            if on_page_offset:
                found[e] = ("page_number", R.BARE_PAGE_NUMBER)
        elif P.PAGE_NUMBER_ROMAN.match(e.text):
            if len(roman_pages) >= 2:
                found[e] = ("page_number", R.BARE_PAGE_NUMBER)
        elif not any(c.isalpha() for c in e.text):
            continue
        elif repeats >= needed:
            found[e] = (running, R.REPEATED_EDGE_LINE)
        elif repeats >= 2 and on_page_offset:
            found[e] = (running, R.NUMBERED_EDGE_LINE)
    return found


def strip_page_furniture(pages: Sequence[str], edge_lines: int = EDGE_LINES) -> tuple[list[str], list[Artefact]]:
    """Remove running headers/footers and page numbers from PDF page texts.

    ``["Journal of X | 1\\nBody one.\\nPage 1 of 2", "Journal of X | 2\\nBody two.\\nPage 2 of 2"]``
    → ``(["Body one.", "Body two."], [Artefact("running_header", "repeated_edge_line",
    "Journal of X | 1", 1), Artefact("page_number", "page_x_of_y", "Page 1 of 2", 1), …])``

    Returns one cleaned text per input page (same order, same count) and one
    Artefact per removed line, with its 1-based page.  A page that loses
    nothing is returned unchanged.  ``edge_lines`` is how many lines at each end of a
    page are looked at (a PDF draws its head, foot and margin notes in any order, so
    more of them stand at the ends of its text).
    """
    pages_lines = [page.split("\n") for page in pages]
    edges = _edge_lines(pages_lines, edge_lines)
    found = _classify_edges(edges, n_pages=sum(1 for page in pages if page.strip()))
    removed = {(e.page, e.line): Artefact(kind, rule, e.text, e.page + 1) for e, (kind, rule) in found.items()}

    cleaned = []
    for p, lines in enumerate(pages_lines):
        kept = [ln for i, ln in enumerate(lines) if (p, i) not in removed]
        cleaned.append("\n".join(kept).strip("\n") if len(kept) < len(lines) else pages[p])
    return cleaned, [removed[key] for key in sorted(removed)]
