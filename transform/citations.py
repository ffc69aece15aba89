"""In-text citations: flattened footnote markers, author–year and numeric callouts.

``extract_citations`` is what the pipeline calls.  It

1. takes reference lists and notes sections off the document's end
   (``transform.references``) and parses them into the bibliography;
2. removes flattened footnote markers ("granary.1", "river’.15") decided from
   the sequence they form in the whole document, and records where they were;
3. finds author–year citations ("(Rahim, 2011)", "Farooq (2017) argues") and
   numeric ones ("[3–5]") in the cleaned text;
4. links each citation to the bibliography entry it points to (``ref_no``).

Pure: blocks in, dataclasses out.  Nothing here raises on odd text.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Sequence

from transform.callouts import BRACKETED as BRACKETED_CALLOUT
from transform.callouts import find_callouts, remove_callouts
from transform.model import AUTHOR_YEAR, FOOTNOTE, NUMERIC, Artefact, BibEntry, Block, Citation
from transform.patterns import citations as P
from transform.patterns.layout import FOOT_NOTE_LINE  # a block that opens with a note number: "3 Darby, …"
from transform.references import (
    Bibliography,
    SplitDocument,
    build_bibliography,
    make_cite_key,
    split_reference_sections,
    surname_of,
    trailing_numbered_run,
)

# The shapes of a marker candidate, and how much each is trusted when the
# marker sequence is chosen.
SUPERSCRIPT = "superscript"  # "granary.¹"
AFTER_PUNCTUATION = "after_punctuation"  # "granary.1", "river’.15", "(2001).4"
AFTER_LETTER = "after_letter"  # "harbour3"
AFTER_NUMBER = "after_number"  # "approximately 1720.2 This"
BRACKETED = "bracketed"  # "the 1991 Act”).[1]", "the harbour[3]": a word processor's or a wiki's note
SHAPE_WEIGHT = {SUPERSCRIPT: 1.5, BRACKETED: 1.5, AFTER_PUNCTUATION: 1.0, AFTER_LETTER: 0.7, AFTER_NUMBER: 0.6}
GAP_PENALTY = 0.5  # per note number skipped in the chain
MAX_GAP = 3  # the chain may skip at most two numbers between markers
# A chain that starts at note 1, 2 or 3 needs two markers (one when the notes
# list has its number, or when it is a lone note 1 not glued to a word: "in
# 1869.1 Trade"); one that starts further on (an excerpt) needs three.
MAX_FIRST_MARKER = 3
MIN_CHAIN = 2
MIN_LATE_CHAIN = 3
LATE_START_PENALTY = 1.0
NOTES_LIST_BONUS = 0.5  # a number the notes list has
PAGE_NOTE_REACH = 4  # blocks between a marker and the page-foot note that confirms it
RESTART_PENALTY = 2.0  # numbering that starts again (a new chapter) needs three markers to pay
MIN_WORD_BEFORE_DIGITS = 3  # "km2", "mp3" are not "word3"
MAX_AUTHOR_WORDS = 5


@dataclass(frozen=True)
class CitationResult:
    blocks: tuple[Block, ...]  # footnote markers removed, reference/notes blocks dropped
    citations: tuple[Citation, ...]  # para_no indexes ``blocks``; offsets into their text
    bibliography: tuple[BibEntry, ...]
    removed: tuple[Artefact, ...]  # the dropped reference-list / notes blocks


# ================================================================ footnote markers
@dataclass(frozen=True)
class MarkerCandidate:
    """Digits glued to the text that may be a flattened footnote marker."""

    para_no: int
    start: int
    end: int
    number: int
    shape: str  # SUPERSCRIPT | AFTER_PUNCTUATION | AFTER_LETTER | AFTER_NUMBER

    @property
    def weight(self) -> float:
        return SHAPE_WEIGHT[self.shape]


def _punctuation_run_start(text: str, pos: int) -> int:
    """Start of the run of closing punctuation/quotes that ends at ``pos``."""
    closing = ".,;:!?)]" + P.CLOSING_QUOTES
    while pos > 0 and text[pos - 1] in closing:
        pos -= 1
    return pos


def _token_before(text: str, pos: int, limit: int = 200) -> str:
    start = pos
    while start > max(0, pos - limit) and not text[start - 1].isspace():
        start -= 1
    return text[start:pos]


def _window(text: str, end: int, size: int = 40) -> str:
    """The few characters before ``end``: look-behind tests stay cheap on long texts."""
    return text[max(0, end - size):end]


def _starts_sentence_after(text: str, end: int) -> bool:
    if end >= len(text) or not text[end:].strip():
        return True
    m = P.SENTENCE_START_AFTER.match(text, end)
    return bool(m) and m.group("first").isupper()


def _candidate_shape(text: str, start: int, end: int) -> str | None:
    """The marker shape of the digits text[start:end], or None when they are not a candidate."""
    if P.URL_LIKE.search(_token_before(text, start)):
        return None
    prev = text[start - 1]
    if prev.isalpha():  # "harbour3"
        word = P.WORD_BEFORE.search(_window(text, start))
        if not prev.islower() or not word or len(word.group()) < MIN_WORD_BEFORE_DIGITS:
            return None
        return AFTER_LETTER
    run_start = _punctuation_run_start(text, start)
    run = text[run_start:start]
    before = text[run_start - 1] if run_start > 0 else ""
    if before.isdigit():
        if any(c in run for c in ")]" + P.CLOSING_QUOTES):  # "(Smith 2001).4", "1931’.5"
            return AFTER_PUNCTUATION
        # "on 2 February 1971,1 and noting": a year, a comma, a note number, a space
        if run == "," and P.YEAR_BEFORE_COMMA.search(_window(text, start, 8)) and end - start <= 2 \
                and text[end:end + 1].isspace():
            return AFTER_NUMBER
        # "approximately 1720.2 This": a whole number, one full stop, then a new sentence.
        if run != "." or not P.INTEGER_BEFORE_FULL_STOP.search(_window(text, start, 8)):
            return None
        return AFTER_NUMBER if _starts_sentence_after(text, end) else None
    if not (before.isalpha() or before in P.CLOSING_QUOTES or before in ")]"):
        return None
    if run.endswith(".") and P.ABBREVIATION_BEFORE_NUMBER.search(_window(text, start, 12)):
        return None  # "Rs.450", "No.1", "p.41"
    return AFTER_PUNCTUATION


def find_marker_candidates(text: str, para_no: int = 0) -> list[MarkerCandidate]:
    """Every digit run in ``text`` shaped like a flattened footnote marker.

    ``"an old granary.1 In approximately 1720.2 This cost Rs.450 million."``
    → candidates 1 (after "granary.") and 2 (after "1720."); "Rs.450" is not one.
    A number in brackets glued to the text ("the 1991 Act.[1]") is one too; one
    after a space ("as shown [12]") is a numeric citation.
    """
    found = []
    digits = P.NONZERO_DIGIT.search(text) is not None  # both patterns start with one
    for m in P.FOOTNOTE_CANDIDATE.finditer(text) if digits else ():
        shape = _candidate_shape(text, m.start(), m.end())
        if shape is not None:
            found.append(MarkerCandidate(para_no, m.start(), m.end(), int(m.group("digits")), shape))
    for m in P.BRACKET_MARKER_CANDIDATE.finditer(text) if digits else ():
        found.append(MarkerCandidate(para_no, m.start(), m.end(), int(m.group("digits")), BRACKETED))
    for m in P.SUPERSCRIPT_CANDIDATE.finditer(text) if not text.isascii() else ():
        number = int(m.group("digits").translate(P.SUPERSCRIPT_DIGITS))
        if number > 0:
            found.append(MarkerCandidate(para_no, m.start(), m.end(), number, SUPERSCRIPT))
    return sorted(found, key=lambda c: c.start)


def choose_marker_sequence(
    candidates: Sequence[MarkerCandidate],
    note_numbers: frozenset[int] = frozenset(),
    confirmed: frozenset[int] = frozenset(),
) -> list[MarkerCandidate]:
    """The best chain of candidates whose numbers rise 1, 2, 3… in reading order.

    Each step may skip a few numbers (a marker lost in the scrape) at a cost;
    a candidate that does not fit the running sequence is left as text.  The
    chain may start again at note 1, 2 or 3 (books number notes per chapter)
    at a cost that only three markers or more repay.  A notes list is
    evidence, not a fence: its numbers weigh more, and one marker is enough
    when the list has its number.

    ``numbers [1, 450, 2, 3, 1968, 4]`` → ``1, 2, 3, 4``; ``[29, 83]`` (no
    sequence) → ``[]``; ``[9, 10, 11]`` (an excerpt) → all three;
    ``[1, 2, 3, 1, 2, 3]`` (two chapters) → all six.  ``confirmed`` holds the
    indices of candidates whose note is printed a few blocks below (notes at the
    foot of each page): those may start again at 1 without the restart cost.
    """
    base = min(note_numbers) if note_numbers else 1
    score: list[float] = []
    length: list[int] = []
    early: list[bool] = []  # the chain ending here started at one of the first numbers
    back: list[int | None] = []
    best_for_number: dict[int, int] = {}  # number -> index of the best chain ending on it
    best: int | None = None  # index of the best chain so far
    for i, cand in enumerate(candidates):
        weight = cand.weight + (NOTES_LIST_BONUS if cand.number in note_numbers or i in confirmed else 0.0)
        starts_early = cand.number - base < MAX_FIRST_MARKER
        score.append(weight - (GAP_PENALTY * (cand.number - base) if starts_early else LATE_START_PENALTY))
        length.append(1)
        early.append(starts_early)
        back.append(None)
        steps = [  # (previous chain end, cost of the step)
            (best_for_number.get(previous), GAP_PENALTY * (cand.number - previous - 1))
            for previous in range(cand.number - MAX_GAP, cand.number)
        ]
        if starts_early and best is not None:
            restart = 0.0 if i in confirmed else RESTART_PENALTY
            steps.append((best, restart + GAP_PENALTY * (cand.number - base)))
        for j, cost in steps:
            if j is not None and score[j] + weight - cost > score[i]:
                score[i], length[i], early[i], back[i] = score[j] + weight - cost, length[j] + 1, early[j], j
        if cand.number not in best_for_number or score[i] > score[best_for_number[cand.number]]:
            best_for_number[cand.number] = i
        if best is None or score[i] > score[best]:
            best = i
    if best is None:
        return []
    chain = []
    k: int | None = best
    while k is not None:
        chain.append(candidates[k])
        k = back[k]
    chain.reverse()
    lone_first_note = len(chain) == 1 and chain[0].number == 1 and chain[0].shape != AFTER_LETTER
    confirmed_chain = bool(confirmed) and all(candidates.index(c) in confirmed for c in chain)
    if lone_first_note or confirmed_chain or (note_numbers and all(c.number in note_numbers for c in chain)):
        needed = 1
    else:
        needed = MIN_CHAIN if early[best] else MIN_LATE_CHAIN
    return chain if len(chain) >= needed and score[best] > 0 else []


def _confirmed_by_page_notes(blocks: Sequence[Block], candidates: Sequence[MarkerCandidate]) -> frozenset[int]:
    """Candidates whose number opens a notes block a few blocks further down
    ("1 Chester Plea Rolls, 18 Edw. I. …  2 Quarter Sessions Files, …"): notes printed
    at the foot of the page the marker is on."""
    numbers_in: dict[int, set[int]] = {}
    for no, b in enumerate(blocks):
        if P.PAGE_NOTE_START.match(b.text):
            numbers_in[no] = {int(m.group("n")) for m in P.PAGE_NOTE_NUMBER.finditer(b.text)}
    if not numbers_in:
        return frozenset()
    return frozenset(
        i for i, c in enumerate(candidates)
        if any(c.number in numbers_in.get(no, ()) for no in range(c.para_no + 1, c.para_no + 1 + PAGE_NOTE_REACH))
    )


MARKER_PASSES = 10  # at most this many passes (each removes at least one marker or ends the loop)


def remove_footnote_markers(
    blocks: Sequence[Block], note_numbers: frozenset[int] = frozenset(),
    bracket_notes: frozenset[int] = frozenset(),
) -> tuple[tuple[Block, ...], tuple[Citation, ...]]:
    """``_remove_markers_once`` until it finds nothing more, so cleaning a cleaned text removes
    no further marker: in ``"its arsenal.1 and the granary.1"`` the chain takes one "1", and
    the other is then a lone first note; both go now.  Earlier markers' offsets follow the
    later removals."""
    out, found = _remove_markers_once(blocks, note_numbers, bracket_notes)
    citations = list(found)
    for _ in range(MARKER_PASSES - 1):
        if not found:
            break
        out, found = _remove_markers_once(out, note_numbers, bracket_notes)
        cut: dict[int, list[tuple[int, int]]] = {}  # para -> (start before this pass, length) of each removal
        for c in found:
            earlier = sum(n for _, n in cut.get(c.para_no, ()))
            cut.setdefault(c.para_no, []).append((c.start + earlier, len(c.raw)))
        citations = [_shift(c, cut.get(c.para_no, ())) for c in citations] + list(found)
    return out, tuple(sorted(citations, key=lambda c: (c.para_no, c.start)))


def _shift(citation: Citation, removals: Sequence[tuple[int, int]]) -> Citation:
    gone = sum(length for start, length in removals if start < citation.start)
    return dataclasses.replace(citation, start=citation.start - gone, end=citation.end - gone) if gone else citation


def _repeats(blocks: Sequence[Block], candidates: Sequence[MarkerCandidate],
             chosen: Sequence[MarkerCandidate]) -> list[MarkerCandidate]:
    """Candidates that print a chosen marker again with the word it is glued to: the second
    ``"arsenal.1"`` of a sentence the scrape printed twice (or ten times) is the same marker."""
    def glued(c: MarkerCandidate) -> tuple[int, str, str]:
        text = blocks[c.para_no].text
        return c.number, c.shape, _token_before(text, c.start) + text[c.start:c.end]

    taken = {(c.para_no, c.start) for c in chosen}
    tokens = {glued(c) for c in chosen}
    return [c for c in candidates if (c.para_no, c.start) not in taken and glued(c) in tokens]


def _remove_markers_once(
    blocks: Sequence[Block], note_numbers: frozenset[int] = frozenset(),
    bracket_notes: frozenset[int] = frozenset(),
) -> tuple[tuple[Block, ...], tuple[Citation, ...]]:
    """Strip flattened footnote markers from a document's blocks.

    ``[Block("Its granary was old.1 Then in approximately 1720.2 This changed.")]``
    → ``[Block("Its granary was old. Then in approximately 1720. This changed.")]`` and
    footnote citations ``marker=1`` at offset 20 and ``marker=2`` at offset 48.
    A bracketed marker ("the Act.[1]") counts only when the document prints a note
    labelled the same way ("[1] Agricultural Holdings Act 1991, c. 55."): a wiki's
    "[1]" that points into a reference list stays a numeric citation.
    """
    candidates = [c for no, b in enumerate(blocks) for c in find_marker_candidates(b.text, no)
                  if c.shape != BRACKETED or c.number in bracket_notes]
    chosen = choose_marker_sequence(candidates, note_numbers, _confirmed_by_page_notes(blocks, candidates))
    chosen = sorted(chosen + _repeats(blocks, candidates, chosen), key=lambda c: (c.para_no, c.start))
    by_para: dict[int, list[MarkerCandidate]] = {}
    for cand in chosen:
        by_para.setdefault(cand.para_no, []).append(cand)
    out_blocks = list(blocks)
    citations = []
    for para_no, markers in by_para.items():
        text = blocks[para_no].text
        pieces, removed = [], 0
        cursor = 0
        for cand in markers:
            pieces.append(text[cursor:cand.start])
            citations.append(
                Citation(
                    para_no=para_no,
                    kind=FOOTNOTE,
                    raw=text[cand.start:cand.end],
                    start=cand.start - removed,
                    end=cand.start - removed,
                    marker=cand.number,
                )
            )
            removed += cand.end - cand.start
            cursor = cand.end
        pieces.append(text[cursor:])
        out_blocks[para_no] = dataclasses.replace(blocks[para_no], text="".join(pieces))
    return tuple(out_blocks), tuple(sorted(citations, key=lambda c: (c.para_no, c.start)))


# ================================================================ author–year
def parse_cited_names(text: str) -> tuple[str, ...] | None:
    """Surnames from the name part of a citation, or None when it is not names.

    ``"Qureshi and Lodhi"`` → ``("Qureshi", "Lodhi")``; ``"R. Jamil Osman"`` → ``("Osman",)``;
    ``"Ortiz et al."`` → ``("Ortiz",)``; ``"Smith, J."`` → ``("Smith",)``;
    ``"March"`` → ``None``; ``"after the"`` → ``None``; ``"Tulloch and Winter"`` →
    ``("Tulloch", "Winter")`` (a season word is a surname after another name).
    """
    text = P.ET_AL.sub("", text).strip(" ,")
    if not text:
        return None
    surnames = []
    chunks = [c.strip() for c in P.AUTHOR_SPLIT.split(text) if c.strip()]
    for pos, chunk in enumerate(chunks):
        if P.INITIALS_ONLY.match(chunk):
            continue  # "Smith, J."
        words = chunk.split()
        if len(words) > MAX_AUTHOR_WORDS:
            return None
        content = [w for w in words if not P.INITIALS_ONLY.match(w) and w.lower() not in P.PARTICLES]
        first = content[0].lower().strip(".") if content else ""
        if not content or (first in P.NOT_AUTHOR_WORDS and not (pos > 0 and first in P.SURNAME_TOO)):
            return None
        if not all(P.SURNAME_WORD_RE.fullmatch(w) and w[0].isupper() for w in content):
            return None
        surname = surname_of(chunk)
        if not surname:
            return None
        surnames.append(surname)
    return tuple(surnames) or None


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    bracket: int  # citations found in one bracket share this number
    authors: tuple[str, ...] = ()
    year: int | None = None
    suffix: str | None = None
    pages: str | None = None
    number: int | None = None


def _pages_and_comment(rest: str) -> tuple[bool, str | None]:
    """Whether what follows the year(s) is a locator and/or comment; and the pages."""
    pages = None
    m = P.LOCATOR.match(rest)
    if m:
        pages = P.WHITESPACE_RUN.sub(" ", m.group("pages")).strip()
        rest = rest[m.end():]
    return bool(P.COMMENT.match(rest)), pages


def _years(text: str) -> list[tuple[int, str | None]]:
    out = []
    for m in P.YEAR_IN_LIST.finditer(text):
        parts = P.YEAR_PARTS.match(m.group("year"))
        out.append((int(parts.group("year")), parts.group("suffix")))
    return out


def _bracket_parts(inner: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the citation-sized parts of a bracket's inner text."""
    spans, cursor = [], 0
    for sep in P.CITATION_SEPARATOR.finditer(inner):
        spans.append((cursor, sep.start()))
        cursor = sep.end()
    spans.append((cursor, len(inner)))
    out = []
    for a, b in spans:
        part = inner[a:b]
        lead = len(part) - len(part.lstrip())
        trail = len(part.rstrip())
        if trail > lead:
            out.append((offset + a + lead, offset + a + trail))
    return out


def _parenthetical(text: str, bracket_no: int) -> tuple[list[_Found], int]:
    found: list[_Found] = []
    for m in P.INNERMOST_BRACKET.finditer(text):
        if (m.group("open") == "(") != (m.group("close") == ")"):
            continue
        bracket: list[_Found] = []
        previous_authors: tuple[str, ...] | None = None
        for a, b in _bracket_parts(m.group("inner"), m.start("inner")):
            part = text[a:b]
            prefix = P.CITATION_PREFIX.match(part)
            skip = prefix.end() if prefix else 0
            body = part[skip:]
            cm = P.PARENTHETICAL_CITATION.match(body)
            if cm:
                authors = parse_cited_names(cm.group("names"))
                years, rest = cm.group("years"), cm.group("rest")
            elif previous_authors and P.YEAR_IN_LIST.match(body):  # "(Smith 2001; 2003)"
                ym = P.YEARS_ONLY_CITATION.match(body)
                authors, years, rest = previous_authors, ym.group("years"), ym.group("rest")
            else:
                continue
            if not authors:
                continue
            ok, pages = _pages_and_comment(rest)
            if not ok:
                continue
            previous_authors = authors
            for year, suffix in _years(years):
                bracket.append(_Found(a + skip, b, AUTHOR_YEAR, bracket_no, authors, year, suffix, pages))
        if bracket:
            if len(bracket) == 1:  # one citation: its span is the whole bracket
                bracket = [dataclasses.replace(bracket[0], start=m.start(), end=m.end())]
            found.extend(bracket)
            bracket_no += 1
    return found, bracket_no


def _narrative_accepted(
    text: str, m: re.Match, authors: tuple[str, ...], years: list[tuple[int, str | None]], pages: str | None,
    bib: Bibliography,
) -> bool:
    """Whether "Name (year)" is a citation: a known entry, a locator, "et al.",
    a possessive, a lead-in ("according to") or a reporting verb ("argues")."""
    if any(bib.knows(authors[0], y) for y, _ in years):
        return True
    if P.DEFINITE_ARTICLE_BEFORE.search(_window(text, m.start())):
        return False  # "the Harbour Accord (1966)"
    return bool(
        m.group("possessive")
        or pages
        or P.ET_AL.search(m.group("names"))
        or P.NARRATIVE_CUE_BEFORE.search(_window(text, m.start()))
        or P.REPORTING_VERB_AFTER.match(text, m.end())
    )


def _narrative(text: str, bracket_no: int, bib: Bibliography) -> tuple[list[_Found], int]:
    if "(" not in text:  # every NARRATIVE_CITATION has its year in brackets
        return [], bracket_no
    shaped = []  # (match, authors, years, pages) of every "Name (year)"
    accepted = []
    for m in P.NARRATIVE_CITATION.finditer(text):
        authors = parse_cited_names(m.group("names"))
        ok, pages = _pages_and_comment(m.group("rest"))
        if not authors or not ok:
            continue
        years = _years(m.group("years"))
        shaped.append((m, authors, years, pages))
        accepted.append(_narrative_accepted(text, m, authors, years, pages, bib))
    # "Rahim (2011) and Kazmi (2018) argue": a cue for one is a cue for those listed with it.
    listed = [
        k for k in range(len(shaped) - 1)
        if P.CITATION_LIST_JOIN.fullmatch(text, shaped[k][0].end(), shaped[k + 1][0].start())
    ]
    for k in listed:  # spread rightwards, then leftwards: a whole list shares one cue
        accepted[k + 1] = accepted[k + 1] or accepted[k]
    for k in reversed(listed):
        accepted[k] = accepted[k] or accepted[k + 1]
    found = []
    for (m, authors, years, pages), ok in zip(shaped, accepted):
        if not ok:
            continue
        for year, suffix in years:
            found.append(_Found(m.start(), m.end(), AUTHOR_YEAR, bracket_no, authors, year, suffix, pages))
        bracket_no += 1
    return found, bracket_no


def _numeric(text: str, bracket_no: int) -> tuple[list[_Found], int]:
    found = []
    for m in P.NUMERIC_CITATION.finditer(text):
        items = []
        for item in P.NUMERIC_ITEM.finditer(m.group("body")):
            first = int(item.group("first"))
            last = int(item.group("last")) if item.group("last") else first
            if not 0 < last - first <= P.MAX_RANGE_EXPANSION:
                numbers = [first] if last == first else [first, last]
            else:
                numbers = list(range(first, last + 1))
            span = (m.start("body") + item.start(), m.start("body") + item.end())
            items.extend((span, n) for n in numbers if n > 0)
        if not items:
            continue
        if len(items) == 1:
            items = [((m.start(), m.end()), items[0][1])]
        found.extend(_Found(s, e, NUMERIC, bracket_no, number=n) for (s, e), n in items)
        bracket_no += 1
    return found, bracket_no


def find_in_text_citations(
    text: str, para_no: int = 0, bibliography: Bibliography | None = None
) -> tuple[Citation, ...]:
    """Author–year and numeric citations in one paragraph (groups numbered from 0).

    ``"Trade grew (Durrani 2014; Welsby 2018). Farooq (2017) argues so [3–4]."`` →
    ``Durrani 2014`` and ``Welsby 2018`` (group 0), ``Farooq (2017)`` (group 1),
    and numeric 3 and 4 on ``3–4`` (group 2).
    """
    bib = bibliography or Bibliography()
    groups = 0
    parenthetical, groups = _parenthetical(text, groups)
    narrative, groups = _narrative(text, groups, bib)
    numeric, groups = _numeric(text, groups)
    found = sorted(parenthetical + narrative + numeric, key=lambda f: (f.start, f.end))
    renumber: dict[int, int] = {}
    citations = []
    for f in found:
        group = renumber.setdefault(f.bracket, len(renumber))
        if f.kind == NUMERIC:
            citations.append(
                Citation(para_no, NUMERIC, text[f.start:f.end], f.start, f.end, marker=f.number, group=group)
            )
            continue
        citations.append(
            Citation(
                para_no=para_no,
                kind=AUTHOR_YEAR,
                raw=text[f.start:f.end],
                start=f.start,
                end=f.end,
                authors=f.authors,
                year=f.year,
                year_suffix=f.suffix,
                pages=f.pages,
                cite_key=make_cite_key(f.authors[0] if f.authors else None, f.year, f.suffix),
                group=group,
            )
        )
    return tuple(citations)


# ================================================================ linking
def _link(citation: Citation, bib: Bibliography) -> Citation:
    if citation.kind == FOOTNOTE:
        ref_no = bib.for_footnote(citation.marker)
    elif citation.kind == NUMERIC:
        ref_no = bib.for_number(citation.marker)
    else:
        first = citation.authors[0] if citation.authors else None
        ref_no = bib.for_author_year(first, citation.year, citation.year_suffix)
    if ref_no is None:
        return citation
    cite_key = citation.cite_key
    if cite_key is None:  # footnote / numeric: the key of the entry it points to
        cite_key = next((e.cite_key for e in bib.entries if e.ref_no == ref_no), None)
    return dataclasses.replace(citation, ref_no=ref_no, cite_key=cite_key)


_KIND_ORDER = {AUTHOR_YEAR: 0, NUMERIC: 1, FOOTNOTE: 2}


def _callout_citations(placed, old: Sequence[str]) -> list[Citation]:
    """One citation per number a callout cites ("5–7" cites 5, 6 and 7): a removed callout
    leaves a footnote marker at its spot, one in round brackets is a numeric citation."""
    out = []
    for group, (callout, at) in enumerate(sorted(placed, key=lambda p: (p[0].para_no, p[0].start))):
        shift = callout.start - at
        source = old[callout.para_no]
        for start, end, numbers in callout.items:
            raw = source[start:end]
            if callout.shape == BRACKETED_CALLOUT:
                out.extend(Citation(callout.para_no, NUMERIC, raw, start - shift, end - shift, marker=n, group=group)
                           for n in numbers)
            else:
                out.extend(Citation(callout.para_no, FOOTNOTE, raw, at, at, marker=n, group=group) for n in numbers)
    return out


def _unmarked_notes_list(blocks: tuple[Block, ...]) -> SplitDocument:
    """A trailing numbered list is a notes list when the body's markers point into it.

    Notes such as "1. Interview with a trader, Quetta." carry no bibliographic
    mark; the markers 1, 2, 3… in the text before them are the evidence.
    """
    run = trailing_numbered_run(blocks, bibliographic=False)
    if run is None:
        return SplitDocument(body=blocks, sections=())
    body = blocks[: len(blocks) - len(run.blocks)]
    numbers = frozenset(n for n, _ in run.entries if n is not None)
    candidates = [c for no, b in enumerate(body) for c in find_marker_candidates(b.text, no)]
    markers = choose_marker_sequence(candidates)  # found without the list's help ...
    covered = markers and max(c.number for c in markers) <= max(numbers)  # ... and all inside it
    if not covered or len(markers) < max(MIN_CHAIN, len(numbers) // 2):
        return SplitDocument(body=blocks, sections=())
    return SplitDocument(body=body, sections=(run,))


def extract_citations(blocks: Sequence[Block]) -> CitationResult:
    """Find and remove citation apparatus in one document's blocks.

    ``[Block("Its granary was old.1 Trade grew (Rahim, 2011)."), Block("Notes", "heading"),
    Block("1. T. Rahim, Old Arms (Lahore: Press, 2011), 4.")]`` →
    blocks ``[Block("Its granary was old. Trade grew (Rahim, 2011).")]``;
    citations: footnote marker 1 at offset 20 (ref_no 1) and ``(Rahim, 2011)``
    (authors ``("Rahim",)``, year 2011, cite_key ``rahim2011``, ref_no 1);
    bibliography: entry 1; removed: the two notes blocks (``notes_list``).
    """
    split = split_reference_sections(blocks)
    if not split.sections:
        split = _unmarked_notes_list(split.body)
    bib = build_bibliography(split.sections)
    callouts = find_callouts(split.body, set(bib.numbered) | set(bib.notes))
    body, placed = remove_callouts(split.body, callouts)
    citations = _callout_citations(placed, [b.text for b in split.body])
    if any(c.shape != BRACKETED_CALLOUT for c, _ in placed):  # the list is cited by raised numbers: no others are note markers
        footnotes: tuple[Citation, ...] = ()
    else:
        bracket_notes = frozenset(int(m.group("n")) for b in blocks if (m := P.BRACKET_NOTE_LABEL.match(b.text)))
        body, footnotes = remove_footnote_markers(body, bib.note_numbers, bracket_notes)
    citations += list(footnotes)
    marked = {c.marker for c in footnotes}
    group_base = len(placed)
    for para_no, block in enumerate(body):
        note = FOOT_NOTE_LINE.match(block.text)
        if note and int(note.group("n")) in marked:
            continue  # the notes at a page's foot: "(London, 1830)" there is an imprint, not a citation
        found = find_in_text_citations(block.text, para_no, bib)
        citations.extend(
            dataclasses.replace(c, group=c.group + group_base) if c.group is not None else c for c in found
        )
        group_base += len({c.group for c in found})
    citations.sort(key=lambda c: (c.para_no, c.start, _KIND_ORDER[c.kind]))
    return CitationResult(
        blocks=body,
        citations=tuple(_link(c, bib) for c in citations),
        bibliography=bib.entries,
        removed=tuple(a for s in split.sections for a in s.artefacts()),
    )
