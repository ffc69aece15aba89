"""Numeric reference callouts that are not in square brackets.

A numbered reference list is cited in the text by its numbers, printed one of
three ways besides ``[12]`` (which ``transform.citations`` reads anywhere):

* raised: ``"… worldwide.¹,² Once …"``, ``"… pathway⁷⁻⁹"`` (superscript digits, as
  ``extract.pdf_lines`` writes a raised number);
* glued, when the PDF's superscripts came out as plain digits: ``"… less explored2."``,
  ``"… and Thailand3,4. The …"``, ``"… in rats.12 The …"``;
* in round brackets: ``"… tissue injury (1). Acute pain …"``, ``"(4-6)"``.

Any of these shapes also fits other numbers (``cm²``, ``CO2``, an equation's
``(2)``), so a shape counts only as a whole: its numbers must be numbers of the
list, and, read in order, each callout may cite what was cited before or the
next few numbers, the way a list numbered by first citation is cited (a shape
that jumps about is not callouts).  A raised or glued callout leaves the text
(its digits are not words); one in brackets stays, as ``[12]`` does.

Pure: blocks in, blocks and citations out.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Collection, Sequence

from transform.model import Block
from transform.patterns import citations as P

RAISED = "raised"
GLUED = "glued"
BRACKETED = "round_brackets"
MAX_LEAP = 4  # a new callout cites at most this far beyond the highest number cited so far
MIN_CALLOUTS = 3  # a shape must be used this often (or cite every entry of a short list)
MIN_CONSISTENT = 0.85  # share of a shape's candidates that must follow the citing order
MAX_RANGE = 60


@dataclass(frozen=True)
class Callout:
    para_no: int
    start: int
    end: int
    numbers: tuple[int, ...]
    items: tuple[tuple[int, int, tuple[int, ...]], ...]  # (start, end, the numbers it cites) of each item
    shape: str
    weak: bool = False  # a shape other numbers share: taken in the citing order, but no evidence for the shape


def _expand(item: str) -> tuple[int, ...]:
    """``"3"`` → ``(3,)``; ``"5–7"`` → ``(5, 6, 7)``."""
    bounds = [int(part) for part in P.CALLOUT_RANGE_DASH.split(item) if part]
    if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= MAX_RANGE:
        return tuple(range(bounds[0], bounds[1] + 1))
    return tuple(bounds[:1])


def _items(group: str, offset: int) -> tuple[tuple[int, int, tuple[int, ...]], ...]:
    """``"1, 4–6"`` → the items ``1`` and ``4–6`` with their spans and the numbers they cite."""
    plain = group.translate(P.SUPERSCRIPT_DIGITS).replace("\u207b", "-")
    out = []
    for m in P.CALLOUT_ITEM.finditer(plain):
        numbers = _expand(m.group())
        if numbers:
            out.append((offset + m.start(), offset + m.end(), numbers))
    return tuple(out)


def _raised_ok(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start]
    return not P.RAISED_NOT_CALLOUT_BEFORE.search(before)


STRONG, WEAK = "strong", "weak"


def _glued_shape(text: str, start: int, end: int) -> str | None:
    """STRONG for digits glued to a word or its punctuation; WEAK for digits after a
    number's full stop ("… surveyed in 1887.2 Their …", "… in FY2022-23.14" ending the
    paragraph), which a table's decimals also look like; None when not a callout."""
    before = text[max(0, start - 40):start]
    if P.GLUED_AFTER_WORD.search(before):
        return None if P.GLUED_NOT_CALLOUT_WORD.search(before) else STRONG
    if P.INTEGER_BEFORE_FULL_STOP.search(before[-8:]):
        at_end = end == len(text.rstrip())
        year = P.YEAR_BEFORE_FULL_STOP.search(before[-8:])
        return WEAK if at_end or (year and P.NEW_SENTENCE_AFTER.match(text, end)) else None
    if P.GLUED_AFTER_PUNCTUATION.search(before) and not P.NUMBER_LABEL_BEFORE.search(before[-12:]):
        return STRONG
    return None


def _candidates(blocks: Sequence[Block], shape: str) -> list[Callout]:
    pattern = {RAISED: P.RAISED_CALLOUT, GLUED: P.GLUED_CALLOUT, BRACKETED: P.ROUND_BRACKET_CALLOUT}[shape]
    found = []
    strength = STRONG
    for no, block in enumerate(blocks):
        text = block.text
        for m in pattern.finditer(text):
            start, end = m.span("group")
            if shape == RAISED and not _raised_ok(text, start):
                continue
            if shape == GLUED:
                strength = _glued_shape(text, start, end)
                if strength is None:
                    continue
            items = _items(m.group("group"), start)
            if not items:
                continue
            numbers = tuple(n for _, _, ns in items for n in ns)
            if shape == BRACKETED:
                start, end = m.span()
                if len(items) == 1:  # one number: the citation is the whole bracket
                    items = ((start, end, items[0][2]),)
            found.append(Callout(no, start, end, numbers, items, shape, strength == WEAK))
    return found


def _without_enumerations(blocks: Sequence[Block], candidates: list[Callout]) -> list[Callout]:
    """Round-bracketed numbers that enumerate a paragraph's points ("needed (1) a harbour,
    (2) a coal depot and (3) a railway") are not callouts: single numbers 1, 2, 3… in one
    paragraph, each followed by a word."""
    drop: set[int] = set()
    by_para: dict[int, list[int]] = {}
    for k, c in enumerate(candidates):
        by_para.setdefault(c.para_no, []).append(k)
    for no, ks in by_para.items():
        text = blocks[no].text
        run = [k for k in ks if len(candidates[k].numbers) == 1 and P.ENUMERATED_AFTER.match(text, candidates[k].end)]
        numbers = [candidates[k].numbers[0] for k in run]
        if len(run) >= 2 and numbers[:2] == [1, 2]:
            expected = 1
            for k in run:
                if candidates[k].numbers[0] == expected:
                    drop.add(k)
                    expected += 1
    return [c for k, c in enumerate(candidates) if k not in drop]


def _in_citing_order(candidates: Sequence[Callout], known: Collection[int]) -> list[Callout]:
    """The candidates that cite known numbers the way a list numbered by first citation is
    cited: nothing beyond a few past the highest number cited so far."""
    kept, highest = [], 0
    for c in candidates:
        if not all(n in known for n in c.numbers) or min(c.numbers) > highest + MAX_LEAP:
            continue
        kept.append(c)
        highest = max(highest, max(c.numbers))
    return kept


def find_callouts(blocks: Sequence[Block], known: Collection[int]) -> list[Callout]:
    """Raised, glued and round-bracketed callouts of the numbers ``known`` (the reference
    list's), for each shape the document uses as a citation system.

    ``[Block("Trade grew.¹ Tolls rose.²,³ Ports¹ closed."), …]`` with entries 1–3 → three callouts.
    """
    known = frozenset(known)
    if not known:
        return []
    needed = min(MIN_CALLOUTS, len(known))
    squared = sum(len(P.NUMERIC_CITATION.findall(b.text)) for b in blocks)
    out: list[Callout] = []
    for shape in (RAISED, GLUED, BRACKETED):
        if shape == BRACKETED and squared >= MIN_CALLOUTS:
            continue  # a list cited as "[12]": numbers in round brackets are equations, steps, counts
        candidates = _candidates(blocks, shape)
        if shape == BRACKETED:
            candidates = _without_enumerations(blocks, candidates)
        kept = _in_citing_order(candidates, known)
        strong = [c for c in candidates if not c.weak]
        strong_kept = [c for c in kept if not c.weak]
        if len(strong_kept) >= needed and len(strong_kept) >= MIN_CONSISTENT * len(strong):
            out.extend(kept)
    taken: dict[int, list[tuple[int, int]]] = {}
    unique = []
    for c in sorted(out, key=lambda c: (c.para_no, c.start)):
        spans = taken.setdefault(c.para_no, [])
        if any(a < c.end and c.start < b for a, b in spans):
            continue
        spans.append((c.start, c.end))
        unique.append(c)
    return unique


def remove_callouts(blocks: Sequence[Block], callouts: Sequence[Callout]) -> tuple[tuple[Block, ...], list[tuple[Callout, int]]]:
    """Take raised and glued callouts out of the text (a bracketed one stays).

    Returns the blocks and each callout with how far the text before it moved left
    (the new offset of a removed callout's spot is ``start - shift``).
    """
    by_para: dict[int, list[Callout]] = {}
    for c in callouts:
        by_para.setdefault(c.para_no, []).append(c)
    out = list(blocks)
    placed: list[tuple[Callout, int]] = []
    for no, found in by_para.items():
        text = blocks[no].text
        pieces, cursor, removed = [], 0, 0
        for c in sorted(found, key=lambda c: c.start):
            if c.shape == BRACKETED:
                placed.append((c, c.start - removed))
                continue
            pieces.append(text[cursor:c.start])
            placed.append((c, c.start - removed))
            removed += c.end - c.start
            cursor = c.end
        pieces.append(text[cursor:])
        out[no] = dataclasses.replace(blocks[no], text="".join(pieces))
    return tuple(out), placed
