"""Text pieces as pypdf draws them → printed lines → one page's text.

pypdf's ``visitor_text`` callback hands over every piece of text it puts out
with the text matrix it was drawn with, so one extraction pass gives the text
(exactly pypdf's, piece by piece) and where and how big each piece stands.
From that, without a second pass:

* a piece set smaller and raised above its line is a **superscript**: its digits
  become Unicode superscript digits (``"generation.8,9"`` → ``"generation.⁸,⁹"``),
  so a citation or affiliation mark is never read as a number glued to a word;
* a line that stands further below the one before than the line spacing, or that
  opens a paragraph with a first-line indent, or that starts a new entry of a
  list set with hanging indents (references), gets a **blank line** before it;
* each line keeps its font size and position (``PrintedLine``) for the title and
  the author lines of a paper's first page (``transform.paper_front``).

Pure: pieces in, text and dataclasses out.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from transform.model import PrintedLine

SUPERSCRIPT_SIZE = 0.85  # a superscript is set at most this share of its line's size ...
SUPERSCRIPT_RISE = 0.12  # ... and raised at least this share of it above the line
SIZE_TOLERANCE = 0.6  # points: lines this close in size are set in one size
GAP_FACTOR = 1.35  # a step this much larger than the usual line spacing is a paragraph gap
MIN_INDENT = 0.6  # in ems: a first-line indent or a hanging indent is at least this deep ...
MAX_INDENT = 4.5  # ... and at most this deep
HANGING_SHARE = 0.8  # indented lines per flush line from which indents are hanging
MIN_STEP = 0.6  # in ems: a smaller downward step is the same line (a formula, a raised piece)
MAX_STEP = 2.4  # in ems: a larger one leaves the paragraph (a figure, a column end)

_TO_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
_MARK_CHARS = frozenset("0123456789,;–—-−‒ ")


@dataclass(frozen=True)
class Piece:
    """One run of text pypdf drew: its text, the start of its baseline, its size."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False


def piece_from_visit(text: str, cm: Sequence[float], tm: Sequence[float], font: object, font_size: float) -> Piece:
    """What a ``visitor_text`` call says, as a Piece: position and size in page space."""
    a, b, c, d, e, f = tm
    m0, m1, m2, m3, m4, m5 = cm
    x = e * m0 + f * m2 + m4
    y = e * m1 + f * m3 + m5
    vc, vd = c * m0 + d * m2, c * m1 + d * m3  # the text's vertical axis in page space
    size = abs(font_size) * math.hypot(vc, vd)
    name = ""
    try:
        name = str(font.get("/BaseFont", "")) if font is not None else ""
    except Exception:  # an odd font dictionary: the size is what matters
        name = ""
    return Piece(text, x, y, size, "bold" in name.casefold() or "black" in name.casefold())


@dataclass
class _Line:
    pieces: list[Piece]
    text: str = ""
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0
    bold: bool = False


def _split_lines(pieces: Sequence[Piece]) -> list[list[Piece]]:
    """pypdf ends a line with "\\n" at the end of a piece (or a piece of its own)."""
    lines: list[list[Piece]] = []
    current: list[Piece] = []
    for piece in pieces:
        parts = piece.text.split("\n")
        for k, part in enumerate(parts):
            if part:
                current.append(Piece(part, piece.x, piece.y, piece.size, piece.bold))
            if k < len(parts) - 1:
                if current:
                    lines.append(current)
                current = []
    if current:
        lines.append(current)
    return lines


def _main_piece(pieces: Sequence[Piece]) -> Piece:
    """The piece that sets the line's size and baseline: the size most of its letters have."""
    by_size: dict[float, int] = {}
    for p in pieces:
        key = round(p.size, 1)
        by_size[key] = by_size.get(key, 0) + len(p.text.strip())
    size = max(by_size, key=lambda s: (by_size[s], s))
    return next(p for p in pieces if round(p.size, 1) == size)


def superscript(text: str) -> str:
    """``"8,9"`` → ``"⁸,⁹"``; ``"3–5"`` → ``"³–⁵"``: digits raised, separators kept."""
    return text.replace(" ", "").translate(_TO_SUPERSCRIPT)


def _is_raised(piece: Piece, main: Piece) -> bool:
    return (
        piece.size <= SUPERSCRIPT_SIZE * main.size
        and piece.y - main.y >= SUPERSCRIPT_RISE * main.size
        and piece.y - main.y <= main.size
    )


def _build(pieces: list[Piece]) -> tuple[_Line, list[tuple[int, int]]]:
    """A line's text with its superscripts folded in, and the spans of the raised pieces.

    A raised piece followed by a word with no space ("³Department") marks that word
    and keeps the space before it; otherwise it marks what stands before it and is
    glued to it ("worldwide. ¹,²" → "worldwide.¹,²").
    """
    main = _main_piece(pieces)
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    for k, p in enumerate(pieces):
        text = p.text
        if p is main or not text.strip() or not _is_raised(p, main):
            out.append(text)
            continue
        body = text.strip()
        if set(body) <= _MARK_CHARS and any(ch.isdigit() for ch in body):
            body = superscript(body)
        nxt = pieces[k + 1].text if k + 1 < len(pieces) else " "
        prefix = not text[-1:].isspace() and nxt[:1].isalpha()
        if not prefix:
            while out and (not out[-1] or out[-1].endswith(" ")):
                out[-1] = out[-1].rstrip(" ")
                if out[-1]:
                    break
                out.pop()
        elif text[:1].isspace() and out and not out[-1].endswith(" "):
            out.append(" ")
        start = sum(len(t) for t in out)
        out.append(body + (" " if text[-1:].isspace() else ""))
        marks.append((start, start + len(body)))
    text = "".join(out)
    first = next((p for p in pieces if p.text.strip()), pieces[0])
    return _Line(pieces, text, first.x, main.y, main.size, main.bold), marks


def _paragraph_starts(lines: Sequence[_Line]) -> set[int]:
    """Indices of lines that open a paragraph or a list entry (not the first line)."""
    starts: set[int] = set()
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if i == 0:
            runs.append([i])
            continue
        prev = lines[i - 1]
        em = max(prev.size, 1.0)
        step = prev.y - line.y
        same_size = abs(line.size - prev.size) <= SIZE_TOLERANCE
        near = abs(line.x - lines[runs[-1][0]].x) <= MAX_INDENT * em + em
        if same_size and near and MIN_STEP * em <= step <= MAX_STEP * em:
            runs[-1].append(i)
            continue
        runs.append([i])
        if not same_size or step > MAX_STEP * em:  # a heading, a caption, a gap below a figure
            starts.add(i)
    steps: dict[float, list[float]] = {}  # size → the line steps of runs set in it
    for run in runs:
        for a, b in zip(run, run[1:]):
            steps.setdefault(round(lines[a].size), []).append(lines[a].y - lines[b].y)
    # the usual spacing: a low quantile, since the gaps between short entries or
    # paragraphs may be as many as the steps inside them
    usual = {size: sorted(found)[len(found) // 4] for size, found in steps.items()}
    for run in runs:
        if len(run) < 2:
            continue
        spacing = usual[round(lines[run[0]].size)]
        for a, b in zip(run, run[1:]):
            if lines[a].y - lines[b].y > GAP_FACTOR * spacing:
                starts.add(b)
        _indent_starts(lines, run, starts)
    return starts


def _indent_starts(lines: Sequence[_Line], run: list[int], starts: set[int]) -> None:
    """First-line indents (a paragraph) or hanging indents (a list of references) in a run."""
    em = lines[run[0]].size or 1.0
    margin = min(lines[i].x for i in run)
    flush = [i for i in run if lines[i].x - margin < MIN_INDENT * em]
    indented = [i for i in run if MIN_INDENT * em <= lines[i].x - margin <= MAX_INDENT * em]
    if not flush or not indented:
        return
    position = {i: k for k, i in enumerate(run)}
    followed_by_indent = sum(
        1 for i in indented if position[i] + 1 < len(run) and run[position[i] + 1] in indented
    )
    followed_by_flush = sum(1 for i in indented if position[i] + 1 < len(run) and run[position[i] + 1] in flush)
    # Hanging indents: entries go on over indented lines, so indented lines follow each
    # other, or are about as many as the flush lines (entries of two lines).  First-line
    # indents: one indented line per paragraph of several lines.
    if followed_by_indent > followed_by_flush or len(indented) >= HANGING_SHARE * len(flush):
        starts.update(i for i in flush if position[i] > 0 or i > 0)
    else:  # first-line indents
        starts.update(i for i in indented if i > 0)


@dataclass(frozen=True)
class PageText:
    text: str
    lines: tuple[PrintedLine, ...]


def page_text(pieces: Sequence[Piece], page: int = 1) -> PageText:
    """The text of one page from the pieces pypdf drew, with paragraph gaps and superscripts.

    Pieces ``("Trade grew.", y=700), ("8", smaller, raised), ("Ports", y=686, indented)``
    → ``"Trade grew.⁸\\n\\nPorts"``.
    """
    raw = [ln for ln in _split_lines(pieces) if any(p.text.strip() for p in ln)]
    built = [_build(ln) for ln in raw]
    lines = [line for line, _ in built]
    starts = _paragraph_starts(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in starts and out:
            out.append("")
        out.append(line.text)
    printed = tuple(
        PrintedLine(line.text, page, round(line.x, 1), round(line.y, 1), round(line.size, 1), line.bold, tuple(marks))
        for line, marks in built
    )
    return PageText("\n".join(out), printed)
