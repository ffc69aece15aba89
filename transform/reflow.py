"""Plain text → paragraph Blocks.

Two shapes of input are told apart by the document's own line statistics:

* hard-wrapped text (PDF extractions, e-mail-style dumps): lines end near one
  width and mostly in mid-sentence.  Lines are re-flowed into paragraphs; a
  paragraph ends at a blank line, at a short line that ends a sentence, before
  a heading or a list item.  A blank line or a page break (``\\f``) in the
  middle of a sentence does not end it.
* unwrapped text (web-page dumps): every line is already a whole paragraph,
  so every non-empty line is its own block.

End-of-line hyphens are joined: ``negoti-``/``ations`` → ``negotiations``, but
``Pak-``/``Russia`` → ``Pak-Russia`` and ``self-``/``reliance`` →
``self-reliance``.  The decision uses, in order: a capital letter after the
hyphen, the document's own vocabulary (does it write the word with or without
the hyphen elsewhere?), and English word frequencies from ``wordfreq``.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, replace

from transform.model import HEADING, LIST_ITEM, PARAGRAPH, Block
from transform.patterns import layout as P

PAGE_BREAK = "\f"

# Line-length statistics (shares of the wrap width, the 90th percentile of line lengths).
WIDTH_PERCENTILE = 0.9
SHORT_LINE = 0.75  # shorter than this: the line stopped before the margin
FULL_LINE = 0.9  # at least this: the line ran to the margin
MAX_WRAP_WIDTH = 200  # hard-wrapped lines are never longer than this
MAX_SENTENCE_END_SHARE = 0.5  # wrapped text ends most full lines in mid-sentence
TAIL_CHARS = 64  # end-of-line patterns look at this many trailing characters

# Headings.
HEADING_MAX_CHARS = 120
HEADING_ALWAYS_SHORT_CHARS = 40  # short enough for a heading line whatever the wrap width
HEADING_MAX_WORDS = 12  # title-case or numbered headings
SENTENCE_CASE_HEADING_MAX_WORDS = 5  # "Data and methods"
NUMBERED_HEADING_MAX_WORDS = 10  # "3. Three ways to pay for the mail"
TITLE_CASE_SHARE = 0.6  # share of content words that start with a capital
MIN_LETTER_SHARE = 0.6

MAX_FOOT_NOTE_LINES = 30  # a run of notes at the foot of one page is never longer

# Dehyphenation by word frequency (Zipf scale: 3 = once per million words).
KNOWN_WORD_ZIPF = 3.0
COMPOUND_MARGIN_ZIPF = 2.0
RARE_NAME_PART_ZIPF = 3.5  # a capitalised first half rarer than this is part of a name, not a word
KNOWN_NAME_ZIPF = 2.0  # the joined name is in the word list at least this often  # joined form this much rarer than its rarer part → a compound


# --- block kinds ----------------------------------------------------------------


def _looks_like_heading(text: str) -> bool:
    if len(text) > HEADING_MAX_CHARS:
        return False
    numbering = P.HEADING_NUMBER.match(text)
    question = bool(numbering) and text.endswith("?")  # "1.2. What is this spec?"
    if _dangling(text) or (_ends_sentence(text) and not question):
        return False
    if text.casefold() in P.SECTION_NAMES:
        return True
    rest = text[numbering.end() :] if numbering else text
    if not rest[:1].isupper():
        return False
    if P.CITATION_YEAR.search(rest) or P.INNER_SENTENCE_END.search(rest) or rest.count(",") > 1:
        return False
    visible = rest.replace(" ", "")
    if sum(c.isalpha() for c in visible) < MIN_LETTER_SHARE * len(visible):
        return False
    words = rest.split()
    if len(words) > HEADING_MAX_WORDS or (len(words) > 1 and words[-1].casefold() in P.FUNCTION_WORDS):
        return False
    if rest.casefold() in P.SECTION_NAMES or rest.isupper() or len(words) <= SENTENCE_CASE_HEADING_MAX_WORDS:
        return True
    if numbering and len(words) <= NUMBERED_HEADING_MAX_WORDS:
        return True  # "3. Three ways to pay for the mail": numbered sections are often in sentence case
    content = [w for w in words if w.casefold() not in P.FUNCTION_WORDS]
    capitalised = sum(1 for w in content if not w[0].isalpha() or w[0].isupper())
    return capitalised >= TITLE_CASE_SHARE * len(content)


def classify_block(text: str) -> str:
    """The kind of one block of text: ``heading``, ``list_item`` or ``paragraph``.

    ``"2. Methods"`` → ``"heading"``; ``"Conclusion and Recommendations"`` → ``"heading"``;
    ``"• Trade routes reopened."`` → ``"list_item"``; ``"a) fewer tariffs"`` → ``"list_item"``;
    ``"Key Words: trade, canals, ports"`` → ``"paragraph"``;
    ``"The canal opened in 1869."`` → ``"paragraph"``.

    A heading is one short title-like line without closing punctuation; bullets
    and enumerations ("1.", "a)", "(iv)") at the start make a list item, except
    that a numbered title-like line ("2. Methods") is a heading.
    """
    text = " ".join(text.split())
    if not text:
        return PARAGRAPH
    if P.BULLET.match(text):
        return LIST_ITEM
    if _looks_like_heading(text):
        return HEADING
    if P.ENUMERATION.match(text):
        return LIST_ITEM
    return PARAGRAPH


def _is_list_start(text: str) -> bool:
    return bool(P.BULLET.match(text) or P.ENUMERATION.match(text))


def _kinds(texts: list[str]) -> list[str]:
    """Kinds of the final blocks: a numbered "heading" among list items is a list item."""
    kinds = [classify_block(t) for t in texts]
    for i, text in enumerate(texts):
        if kinds[i] == HEADING and P.ENUMERATION.match(text):
            neighbours = texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]
            if any(_is_list_start(n) for n in neighbours):
                kinds[i] = LIST_ITEM
    return kinds


# --- lines and their layout -------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    text: str
    page: int | None
    gap: str | None  # between this and the previous non-blank line: None, "blank" or "page"


def _clean_line(raw: str) -> str:
    """Whitespace collapsed, stray indent dropped, inner soft hyphens dropped, odd bullets made plain."""
    text = " ".join(raw.split())
    trailing = P.SOFT_HYPHEN if text.endswith(P.SOFT_HYPHEN) else ""
    text = " ".join(text.replace(P.SOFT_HYPHEN, "").split())
    return P.PRIVATE_USE_BULLET.sub("•", text) + trailing if text else ""


def _read_lines(text: str, first_page: int | None) -> list[_Line]:
    """Non-blank lines with their page and what separates each from the line before."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[_Line] = []
    gap = None
    for page_offset, page_text in enumerate(text.split(PAGE_BREAK)):
        if page_offset:
            gap = "page"
        page = None if first_page is None else first_page + page_offset
        for raw in page_text.split("\n"):
            line = _clean_line(raw)
            if not line:
                gap = gap or "blank"
                continue
            lines.append(_Line(line, page, gap if lines else None))
            gap = None
    return lines


def _tail(text: str) -> str:
    """The end of a line or paragraph, enough for the end-of-line patterns (keeps them linear)."""
    return text[-TAIL_CHARS:]


def _ends_sentence(text: str) -> bool:
    return bool(P.SENTENCE_END.search(_tail(text)))


def _dangling(text: str) -> bool:
    """The line stops where a sentence cannot: a comma, a hyphen, "… between the"."""
    tail = _tail(text)
    if P.DANGLING_END.search(tail) or tail.endswith(P.SOFT_HYPHEN):
        return True
    last = tail.rsplit(" ", 1)[-1]
    return last.islower() and last in P.FUNCTION_WORDS


def _starts_lower(text: str) -> bool:
    return text[:1].islower()


@dataclass(frozen=True)
class _Layout:
    wrapped: bool
    width: float  # wrap width in characters
    blank_separated: bool  # paragraphs end at blank lines (not at short lines)
    laid_out: bool = False  # blank lines were put where the printed page shows a paragraph start

    def short(self, text: str) -> bool:
        return len(text) < SHORT_LINE * self.width

    def full(self, text: str) -> bool:
        return len(text) >= FULL_LINE * self.width


def _measure(lines: list[_Line]) -> _Layout:
    """Decide from line lengths and line ends whether the text is hard-wrapped."""
    if not lines:
        return _Layout(False, 0.0, False)
    lengths = sorted(len(ln.text) for ln in lines)
    width = float(lengths[int(WIDTH_PERCENTILE * (len(lengths) - 1))])
    pairs = list(zip(lines, lines[1:]))
    in_runs = [(a, b) for a, b in pairs if b.gap is None]

    body = [ln.text for ln in lines if len(ln.text) >= 0.5 * width]
    sentence_end_share = sum(map(_ends_sentence, body)) / len(body)
    # Line pairs that only wrapping explains, against pairs that look like one paragraph per line.
    wrap_pairs = sum(
        1 for a, b in in_runs if not _ends_sentence(a.text) and (_starts_lower(b.text) or _dangling(a.text))
    )
    paragraph_pairs = sum(1 for a, b in in_runs if _ends_sentence(a.text) and not _starts_lower(b.text))
    wrapped = (
        bool(in_runs)
        and width <= MAX_WRAP_WIDTH
        and (sentence_end_share < MAX_SENTENCE_END_SHARE or 0 < wrap_pairs >= paragraph_pairs)
    )

    ends_at_blank = sum(1 for a, b in pairs if b.gap == "blank" and _ends_sentence(a.text))
    ends_in_run = sum(1 for a, b in in_runs if _ends_sentence(a.text) and len(a.text) < SHORT_LINE * width)
    blank_separated = ends_at_blank >= 2 and ends_at_blank >= 3 * ends_in_run
    return _Layout(wrapped, width, blank_separated)


# --- segmentation of wrapped text ---------------------------------------------------


def _heading_lines(lines: list[_Line], layout: _Layout) -> list[bool]:
    """Which lines of wrapped text stand alone as headings."""
    flags = []
    for i, line in enumerate(lines):
        text = line.text
        strong = text.casefold() in P.SECTION_NAMES or bool(P.HEADING_NUMBER.match(text))
        prev = lines[i - 1].text if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        ok = (
            not (layout.laid_out and prev is not None and line.gap is None)  # a heading stands apart on the page
            and (layout.short(text) or len(text) <= HEADING_ALWAYS_SHORT_CHARS or strong)
            and classify_block(text) == HEADING
            and not (prev is not None and _dangling(prev))
            and (
                prev is None
                or line.gap is not None
                or strong
                or _ends_sentence(prev)
                or layout.short(prev)
                or bool(P.FIELD_LINE.match(prev))
            )
            and not (nxt is not None and nxt.gap is None and _starts_lower(nxt.text))
        )
        flags.append(ok)
    return flags


def _starts_item(prev: str, line: str, in_list: bool, layout: _Layout) -> bool:
    """Does ``line`` open a new list item after ``prev``?"""
    if not _is_list_start(line) or _dangling(prev):
        return False
    if P.GLYPH_BULLET.match(line):
        return True
    return in_list or _ends_sentence(prev) or layout.short(prev)


def _continues(block: list[_Line], line: _Line, layout: _Layout) -> bool:
    """Does ``line`` continue the paragraph in ``block``?"""
    prev = block[-1].text
    text = line.text
    if layout.laid_out and line.gap == "blank":
        # the page's own spacing or indent starts a paragraph here: only a word broken at
        # the line end or a sentence that plainly goes on runs across it (a URL's "/" does not)
        return bool(P.LINE_END_HYPHEN.search(prev)) or (not _ends_sentence(prev) and _starts_lower(text))
    if P.LINE_END_HYPHEN.search(prev) or _dangling(prev):
        return True
    if P.FIELD_LINE.match(block[0].text) and not _starts_lower(text):
        return False
    if layout.laid_out and line.gap != "page":
        # the page's own spacing and indents said where paragraphs start: a line without
        # a blank before it goes on; after one, only a sentence that plainly goes on does
        return line.gap is None or (not _ends_sentence(prev) and _starts_lower(text))
    if _is_list_start(block[0].text) and _ends_sentence(prev) and not _starts_lower(text):
        return False
    if line.gap is None:
        return not (_ends_sentence(prev) and layout.short(prev) and not layout.blank_separated)
    if not _ends_sentence(prev):
        return _starts_lower(text) or not layout.short(prev)
    # A full line that ends a sentence at the foot of a page rarely ends its paragraph.
    return line.gap == "page" and layout.full(prev) and not layout.blank_separated


def _segment_body(lines: list[_Line], layout: _Layout) -> list[list[_Line]]:
    """Group wrapped lines into paragraphs; a heading line is always a group of its own."""
    headings = _heading_lines(lines, layout)
    blocks: list[list[_Line]] = []
    for i, line in enumerate(lines):
        if blocks and not headings[i] and not headings[i - 1]:
            block = blocks[-1]
            in_list = _is_list_start(block[0].text)
            if not _starts_item(block[-1].text, line.text, in_list, layout) and _continues(block, line, layout):
                block.append(line)
                continue
        blocks.append([line])
    return blocks


def _foot_note_runs(lines: list[_Line]) -> dict[int, int]:
    """Notes printed at the foot of a page: first line → last line (inclusive).

    A run opens after a blank line with a numbered note (``1 Domesday Book, i. f. 268.``),
    numbers rise by one from note to note, and the run is the last thing on its page
    (the next line starts a new page).  Lines without a number continue a note.
    """
    runs: dict[int, int] = {}
    i = 1
    while i < len(lines):
        m = P.FOOT_NOTE_LINE.match(lines[i].text)
        # after a blank line; or, in a PDF's text with no blank lines, when the page
        # above carries the note's marker ("… the treaty.3" over "3 Ibid., p. 4.")
        if not (m and (lines[i].gap == "blank"
                       or lines[i].gap is None and _marked_on_page(lines, i, int(m.group("n"))))):
            i += 1
            continue
        expected, j = int(m.group("n")) + 1, i
        while j + 1 < len(lines) and lines[j + 1].gap != "page" and j - i < MAX_FOOT_NOTE_LINES:
            nxt = P.FOOT_NOTE_LINE.match(lines[j + 1].text)
            if nxt and int(nxt.group("n")) == expected:
                expected += 1
            elif lines[j + 1].gap is not None:
                break  # a blank line, then something that is not the next note
            j += 1
        if j + 1 < len(lines) and lines[j + 1].gap == "page":
            runs[i] = j
            i = j + 1
        else:
            i += 1
    return runs


def _marked_on_page(lines: list[_Line], i: int, number: int) -> bool:
    """Does a line above ``i``, on the same page, carry footnote marker ``number`` glued to it?"""
    marker = P.glued_marker(number)
    for k in range(i - 1, -1, -1):
        if marker.search(lines[k].text):
            return True
        if lines[k].gap == "page":
            return False
    return False


def _segment_wrapped(lines: list[_Line], layout: _Layout) -> list[list[_Line]]:
    """Paragraphs of wrapped text.  Notes at the foot of a page are set aside first, so a
    paragraph that runs on to the next page is one paragraph; each run of notes becomes a
    block right after the paragraph it interrupted."""
    runs = _foot_note_runs(lines)
    if not runs:
        return _segment_body(lines, layout)
    in_notes = {k for start, end in runs.items() for k in range(start, end + 1)}
    body_index = [k for k in range(len(lines)) if k not in in_notes]
    blocks = _segment_body([lines[k] for k in body_index], layout)
    block_of: dict[int, int] = {}  # line index → block number
    position = 0
    for b, block in enumerate(blocks):
        for _ in block:
            block_of[body_index[position]] = b
            position += 1
    after: dict[int, list[list[_Line]]] = {}
    for start, end in runs.items():
        before = max((k for k in body_index if k < start), default=None)
        after.setdefault(-1 if before is None else block_of[before], []).append(lines[start:end + 1])
    out = after.get(-1, [])
    for b, block in enumerate(blocks):
        out.append(block)
        out.extend(after.get(b, []))
    return out


# --- joining lines: dehyphenation -----------------------------------------------------


class _Vocabulary:
    """How a document spells words: solid ("cooperation") and hyphenated ("co-operation")."""

    def __init__(self, text: str):
        self.solid: Counter[str] = Counter()
        self.hyphenated: Counter[tuple[str, str]] = Counter()
        for word in P.WORD.findall(text.casefold()):
            if "-" in word or "\u2010" in word:
                parts = word.replace("\u2010", "-").split("-")
                self.hyphenated.update(zip(parts, parts[1:]))
            else:
                self.solid[word] += 1

    def prefers_hyphen(self, first: str, second: str) -> bool | None:
        """True/False when the document writes the pair one way more often, else None."""
        hyphenated = self.hyphenated[(first.casefold(), second.casefold())]
        solid = self.solid[(first + second).casefold()]
        return None if hyphenated == solid else hyphenated > solid


@functools.lru_cache(maxsize=1)
def _zipf_lookup():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the word list only case and vocabulary decide
        return None
    return functools.lru_cache(maxsize=65536)(lambda word: zipf_frequency(word, "en"))


def _compound_by_word_list(first: str, second: str) -> bool:
    """Both halves are common words and the joined form is not ("long-term", "self-reliance")."""
    zipf = _zipf_lookup()
    if zipf is None:
        return False
    halves = min(zipf(first.casefold()), zipf(second.casefold()))
    joined = zipf((first + second).casefold())
    return halves >= KNOWN_WORD_ZIPF and (joined < KNOWN_WORD_ZIPF or joined < halves - COMPOUND_MARGIN_ZIPF)


def _split_name(first: str, second: str) -> bool:
    """A capitalised name broken at the line end: "Whit-"/"church" → "Whitchurch" (a place
    the word list knows, while "Whit" alone is rare), unlike "Self-"/"reliance"."""
    zipf = _zipf_lookup()
    if zipf is None or not first[:1].isupper() or not second[:1].islower():
        return False
    return zipf(first.casefold()) < RARE_NAME_PART_ZIPF and zipf((first + second).casefold()) >= KNOWN_NAME_ZIPF


def keeps_hyphen(first: str, second: str, vocabulary: _Vocabulary | None = None) -> bool:
    """Is the hyphen between ``first-`` (line end) and ``second`` (next line) a real one?

    ``("negoti", "ations")`` → False; ``("Pak", "Russia")`` → True;
    ``("self", "reliance")`` → True; ``("co", "operation")`` → False, unless the
    document itself writes "co-operation" more often than "cooperation".
    """
    if second[:1].isupper() and not (first.isupper() and second.isupper()):
        return True
    if vocabulary is not None:
        preferred = vocabulary.prefers_hyphen(first, second)
        if preferred is not None:
            return preferred
    if _split_name(first, second):
        return False
    return _compound_by_word_list(first, second)


def _join(left: str, right: str, vocabulary: _Vocabulary) -> str:
    """Join two wrapped lines: one space, or none across a line-end hyphen."""
    if left.endswith(P.SOFT_HYPHEN):
        return left[:-1] + right
    tail = _tail(left)
    hyphen = P.LINE_END_HYPHEN.search(tail)
    word = P.LEADING_WORD.match(right)
    if hyphen and word and not keeps_hyphen(hyphen.group(1), word.group(1), vocabulary):
        return left[:-1] + right
    if P.ATTACHED_DASH_END.search(tail):  # "Pak-|Russia", "COVID-|19", "1965–|1971"
        return left + right
    return f"{left} {right}"


# --- the public function ---------------------------------------------------------------


def text_to_blocks(text: str, first_page: int | None = None, laid_out: bool = False) -> list[Block]:
    """Split a plain text into paragraph Blocks, re-flowing hard-wrapped lines.

    Hard-wrapped (a PDF extraction)::

        " Introduction\\nTrade on the canal grew after the war and the negoti-\\n"
        "ations with\\f\\nthe port ended in 1869 (Doe and Roe,\\n2013).\\n\\n2. Methods\\n"
        "We read the Pak-\\nRussia trade ledgers."
        → [Block("Introduction", "heading", 1),
           Block("Trade on the canal grew after the war and the negotiations with "
                 "the port ended in 1869 (Doe and Roe, 2013).", "paragraph", 1),
           Block("2. Methods", "heading", 2),
           Block("We read the Pak-Russia trade ledgers.", "paragraph", 2)]

    Unwrapped (a web-page dump), one paragraph per line::

        "Canal Days\\nThe canal opened in 1869.\\nTrade doubled." →
        [Block("Canal Days", "heading"), Block("The canal opened in 1869."),
         Block("Trade doubled.")]

    ``\\f`` separates pages; with ``first_page`` given, each block carries the
    page it starts on (else ``page=None``).  ``laid_out`` says that the blank lines
    stand where the printed page starts a paragraph (a PDF read with its layout,
    ``extract.pdf_lines``): then a line without one never starts a paragraph, unless
    it is a heading or a list item.  Joining the blocks' texts with blank
    lines and re-flowing that gives the same blocks again.
    """
    lines = _read_lines(text, first_page)
    layout = _measure(lines)
    if laid_out and lines:  # a PDF's lines are the lines it printed
        layout = replace(layout, wrapped=True, laid_out=True)
    if layout.wrapped:
        segments = _segment_wrapped(lines, layout)
        vocabulary = _Vocabulary(text)
    else:
        segments = [[line] for line in lines]
        vocabulary = _Vocabulary("")
    texts, pages = [], []
    for segment in segments:
        joined = segment[0].text
        for line in segment[1:]:
            joined = _join(joined, line.text, vocabulary)
        texts.append(joined.replace(P.SOFT_HYPHEN, ""))
        pages.append(segment[0].page)
    return [Block(t, kind, page) for t, kind, page in zip(texts, _kinds(texts), pages)]
