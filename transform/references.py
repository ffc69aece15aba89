"""Reference lists and notes sections at a document's end.

``split_reference_sections`` finds them (a "References"/"Notes"/… heading
followed by entries, or a trailing run of numbered entries), takes them out of
the body, and ``build_bibliography`` parses their entries into ``BibEntry``
rows (authors as surnames, year, title, cite_key) with lookups used to link
in-text citations to them.

Pure: blocks in, dataclasses out.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

from transform.model import HEADING, Artefact, BibEntry, Block
from transform.patterns import citations as P
from transform.patterns import rule_names as R
from transform.reference_entry import find_doi, parse_reference

NOTES_LIST = "notes_list"
REFERENCE_LIST = "reference_list"

MAX_HEADING_CHARS = 60
MIN_HEADLESS_ENTRIES = 2
MIN_LISTED_ENTRIES = 3  # a headed list this long is the reference list wherever it stands
MAX_INTERRUPTION = 40  # blocks of a table or figure that may stand between two numbered entries
MAX_AUTHORS = 30


# ---------------------------------------------------------------- names and keys
def ascii_key(text: str) -> str:
    """Lower-case ASCII letters only: ``"Łukasiewicz"`` → ``"lukasiewicz"``; ``"O’Neil"`` → ``"oneil"``."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(P.LETTERS_WITHOUT_DECOMPOSITION))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return P.NOT_ASCII_LETTER.sub("", plain.lower())


def make_cite_key(surname: str | None, year: int | None, suffix: str | None = None) -> str | None:
    """``("Qureshi", 2009)`` → ``"qureshi2009"``; ``("van Dijk", 2015, "a")`` → ``"vandijk2015a"``."""
    key = ascii_key(surname or "")
    if not key or year is None:
        return None
    return f"{key}{year}{suffix or ''}"


def surname_of(name: str) -> str | None:
    """The surname in one printed name.

    ``"R. Jamil Osman Baig"`` → ``"Baig"``; ``"van der Berg"`` → ``"van der Berg"``;
    ``"Kazmi, M."`` → ``"Kazmi"``; ``"Smith JA"`` → ``"Smith"``; ``"C. W."`` → ``None``;
    ``"World Bank"`` → ``"World Bank"`` (an organisation keeps its whole name).
    """
    name = P.ET_AL.sub("", name or "").strip(" ,.;:")
    if "," in name:
        name = name.split(",")[0].strip()
    words = name.split()
    # Vancouver "Smith JA": drop trailing all-capital initials.
    vancouver = len(words) > 1 and not P.CAPITAL_INITIALS.fullmatch(words[0])
    while vancouver and len(words) > 1 and P.CAPITAL_INITIALS.fullmatch(words[-1]):
        words.pop()
    words = [w for w in words if not P.INITIALS_ONLY.match(w)]
    if not words:
        return None
    if len(words) > 1 and words[-1].strip(".,").lower() in P.ORGANISATION_WORDS and all(w[0].isupper() for w in words):
        return " ".join(words)  # a corporate author: "World Bank", "Asian Development Bank"
    surname = [words[-1]]
    for word in reversed(words[:-1]):  # keep particles: "van der Berg"
        if word.lower() not in P.PARTICLES:
            break
        surname.insert(0, word)
    result = " ".join(surname).strip(" .,'\u2019")
    if len(result) < 2:
        return None
    first = result.split()[0]
    return result if first[0].isupper() or first.lower() in P.PARTICLES else None


def _is_given_names(chunk: str) -> bool:
    """``"John"``, ``"John A."``, ``"Mary Jane"``: a given-name chunk of an inverted name."""
    words = chunk.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not all(
        P.INITIALS_ONLY.match(w) for w in words
    )


def parse_author_names(text: str, inverted_first: bool = False) -> tuple[str, ...]:
    """Surnames from an author field.

    ``"Kegel, C. W., & Wittmann, E. R."`` → ``("Kegel", "Wittmann")``;
    ``"John Smith and Jane Doe"`` → ``("Smith", "Doe")``;
    ``"Smith, John, and Jane Doe"`` (inverted_first) → ``("Smith", "Doe")``.
    """
    text = P.EDITOR_MARK.sub("", P.ET_AL.sub("", text or "")).strip(" ,.;:")
    chunks = [c.strip(" .") for c in P.AUTHOR_SPLIT.split(text) if c and c.strip(" .")]
    surnames: list[str] = []
    i = 0
    while i < len(chunks) and len(surnames) < MAX_AUTHORS:
        chunk = chunks[i]
        i += 1
        if P.INITIALS_ONLY.match(chunk + ".") or P.GENERATIONAL_SUFFIX.match(chunk):
            continue  # initials or "Jr." of the previous inverted name
        vancouver = P.VANCOUVER_AUTHOR.fullmatch(chunk)
        if vancouver:
            surnames.append(vancouver.group("surname"))
            continue
        if (
            inverted_first
            and not surnames
            and len(chunk.split()) == 1
            and i < len(chunks)
            and _is_given_names(chunks[i])
        ):
            i += 1  # "Smith, John": skip the given names
        name = surname_of(chunk)
        if name:
            surnames.append(name)
    return tuple(surnames)


# ---------------------------------------------------------------- sections
@dataclass(frozen=True)
class ReferenceSection:
    """A reference list or notes section as found, before parsing."""

    kind: str  # NOTES_LIST | REFERENCE_LIST
    rule: str
    blocks: tuple[Block, ...]  # every removed block, heading included
    entries: tuple[tuple[int | None, str], ...]  # (printed number, entry text)

    def artefacts(self) -> tuple[Artefact, ...]:
        """One audit row per removed block: ``Artefact(kind, rule, block.text, block.page)``."""
        return tuple(Artefact(kind=self.kind, rule=self.rule, text=b.text, page=b.page) for b in self.blocks)


@dataclass(frozen=True)
class SplitDocument:
    body: tuple[Block, ...]
    sections: tuple[ReferenceSection, ...]


def _heading_kind(block: Block) -> str | None:
    """``"References"``, ``"Ref erences"`` (a PDF's kerning read as a space) → ``reference_list``."""
    text = block.text.strip()
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    squeezed = text.replace(" ", "") if len(text.split()) <= 3 else text
    if P.NOTES_HEADING.match(text) or P.NOTES_HEADING.match(squeezed):
        return NOTES_LIST
    if P.REFERENCES_HEADING.match(text) or P.REFERENCES_HEADING.match(squeezed):
        return REFERENCE_LIST
    return None


def _inline_heading(block: Block) -> tuple[str, str] | None:
    """``"References Rahim, T. (2011). Title."`` → ``("reference_list", "Rahim, T. (2011). Title.")``."""
    if block.kind == HEADING:
        return None
    prefixes = ((P.NOTES_HEADING_PREFIX, NOTES_LIST), (P.REFERENCES_HEADING_PREFIX, REFERENCE_LIST))
    for pattern, kind in prefixes:
        m = pattern.match(block.text)
        if m and _is_entry_like(block.text[m.end():]):
            return kind, block.text[m.end():]
    return None


def _is_entry_like(text: str) -> bool:
    """Loose test for a block under a references/notes heading."""
    if P.ENTRY_NUMBER.match(text) or P.NOTE_PHRASE.match(text) or P.ENTRY_AUTHOR_START.match(text):
        return True
    if P.BIBLIOGRAPHIC_HINT.search(text):
        return True
    return bool(P.ANY_YEAR.search(text)) and len(text) <= P.MAX_UNMARKED_ENTRY_CHARS


def _looks_bibliographic(text: str) -> bool:
    """Stricter test for numbered entries that have no heading above them."""
    if P.NOTE_PHRASE.match(text):
        return True
    return bool(P.ANY_YEAR.search(text)) and bool(P.BIBLIOGRAPHIC_HINT.search(text))


def _entry_number(text: str) -> tuple[int | None, str]:
    """``"12. Smith …"`` → ``(12, "Smith …")``; ``"[3] J. Doe …"`` → ``(3, "J. Doe …")``."""
    m = P.ENTRY_NUMBER.match(text)
    if not m:
        return None, text.strip()
    superscript = (m.group("superscript") or "").translate(P.SUPERSCRIPT_DIGITS)
    digits = m.group("bracketed") or m.group("plain") or superscript
    try:
        return int(digits), text[m.end():].strip()
    except ValueError:
        return None, text.strip()


def split_entries(text: str) -> tuple[tuple[int | None, str], ...]:
    """Split one block into entries.

    ``"1. Ibid. 2. Doe, J. (2001). Title."`` → ``((1, "Ibid."), (2, "Doe, J. (2001). Title."))``;
    ``"Rahim, T. (2011). A. Kazmi, M. (2018). B."``
    → ``((None, "Rahim, T. (2011). A."), (None, "Kazmi, M. (2018). B."))``.
    """
    text = text.strip()
    if not text:
        return ()
    first_no, _ = _entry_number(text)
    if first_no is not None:
        cuts: list[tuple[int, int, int]] = []  # (start, body start, number)
        expected = first_no
        for m in P.INLINE_ENTRY_NUMBER.finditer(text):
            number = int(m.group("bracketed") or m.group("plain"))
            if (not cuts and m.start() == 0 and number == first_no) or (cuts and number == expected):
                cuts.append((m.start(), m.end(), number))
                expected = number + 1
        if not cuts:  # superscript or "1 Title" numbering: one entry
            return ((first_no, _entry_number(text)[1]),)
        out = []
        for k, (start, body, number) in enumerate(cuts):
            end = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
            out.append((number, text[body:end].strip()))
        return tuple(out)
    starts = [0]
    for m in P.AUTHOR_ENTRY_START.finditer(text):
        s = m.start()
        if s == 0:
            continue
        if P.ANY_YEAR.search(text, starts[-1], s) and P.ANY_YEAR.search(text, s):
            starts.append(s)
    bounds = starts + [len(text)]
    return tuple((None, text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip())


def _section_from_blocks(
    kind: str, rule: str, removed: Sequence[Block], texts: Sequence[str]
) -> ReferenceSection:
    entries: list[tuple[int | None, str]] = []
    numbered = False
    for text in texts:
        for number, entry in split_entries(text):
            if not entry:
                continue
            if number is None and numbered and entries:
                prev_no, prev = entries[-1]  # an unnumbered paragraph continues the note above
                entries[-1] = (prev_no, f"{prev} {entry}")
                continue
            numbered = numbered or number is not None
            entries.append((number, entry))
    return ReferenceSection(kind=kind, rule=rule, blocks=tuple(removed), entries=tuple(entries))


def _long_list(blocks: Sequence[Block], start: int, end: int, skipped: frozenset[int]) -> bool:
    """A headed run of entries that is the reference list wherever it stands (figure legends
    or an appendix may follow it): long, and its entries read as references."""
    texts = [blocks[k].text for k in range(start, end) if k not in skipped and not _heading_kind(blocks[k])]
    if len(texts) < MIN_LISTED_ENTRIES:
        return False
    shaped = sum(1 for t in texts if _looks_bibliographic(t) or _reads_as_reference(t))
    return shaped * 3 >= len(texts) * 2


def _reads_as_reference(text: str) -> bool:
    parsed = parse_reference(_entry_number(text)[1])
    return parsed is not None and parsed.year is not None


def _last_number(text: str) -> int | None:
    entries = split_entries(text)
    return entries[-1][0] if entries else None


def _run_after_heading(blocks: Sequence[Block], start: int) -> tuple[int, frozenset[int]]:
    """Index just past the entries (and further section headings) after ``start``, and
    the blocks in between that interrupt a numbered list without belonging to it: a
    table or a figure caption set between entry 6 and entry 7."""
    j = start
    skipped: set[int] = set()
    while True:
        while j < len(blocks):
            block = blocks[j]
            if not _heading_kind(block) and (block.kind == HEADING or not _is_entry_like(block.text)):
                break
            j += 1
        last = next((_last_number(blocks[k].text) for k in range(j - 1, start - 1, -1)
                     if k not in skipped and not _heading_kind(blocks[k])), None)
        if last is None:
            break
        resume = next((k for k in range(j, min(len(blocks), j + MAX_INTERRUPTION))
                       if _entry_number(blocks[k].text)[0] == last + 1), None)
        if resume is None:
            break
        skipped.update(range(j, resume))
        j = resume
    return j, frozenset(skipped)


def _sections_in_run(blocks: Sequence[Block], start: int, end: int, skipped: frozenset[int] = frozenset()) -> list[ReferenceSection]:
    """Cut blocks[start:end] at each section heading (leaving out the ``skipped`` blocks)."""
    sections = []
    i = start
    while i < end:
        kind = _heading_kind(blocks[i])
        j = i + 1
        while j < end and not _heading_kind(blocks[j]):
            j += 1
        rule = R.NOTES_HEADING if kind == NOTES_LIST else R.REFERENCES_HEADING
        own = [blocks[k] for k in range(i, j) if k not in skipped]
        sections.append(_section_from_blocks(kind, rule, own, [b.text for b in own[1:]]))
        i = j
    return sections


def trailing_numbered_run(blocks: Sequence[Block], bibliographic: bool = True) -> ReferenceSection | None:
    """A run of entries numbered 1, 2, 3… that ends the document with no heading above.

    With ``bibliographic`` (the default) two thirds of the entries must look
    like references or notes; without it the caller has other evidence (the
    footnote markers in the body).  ``[…, Block("1. T. Rahim, Old Arms
    (Lahore: Indus Press, 2011), 4."), Block("2. Ibid., 9.")]`` → a
    ``notes_list`` section of two entries; a closing list of plain steps → None.
    """
    blocks = tuple(blocks)
    i = len(blocks)
    while i > 1 and blocks[i - 1].kind != HEADING and _entry_number(blocks[i - 1].text)[0] is not None:
        i -= 1  # never the whole document: the first block is body
    run = blocks[i:]
    if not run:
        return None
    texts = [b.text for b in run]
    section = _section_from_blocks(NOTES_LIST, R.TRAILING_NUMBERED_ENTRIES, run, texts)
    numbers = [n for n, _ in section.entries]
    if len(numbers) < MIN_HEADLESS_ENTRIES or numbers[0] != 1:
        return None
    if any(b is None or b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return None
    if bibliographic:
        looking = sum(_looks_bibliographic(e) for _, e in section.entries)
        if looking * 3 < len(numbers) * 2:
            return None
    if all(P.ENTRY_NUMBER.match(t) and P.ENTRY_NUMBER.match(t).group("bracketed") for t in texts):
        section = dataclasses.replace(section, kind=REFERENCE_LIST)
    return section


def trailing_reference_run(blocks: Sequence[Block]) -> ReferenceSection | None:
    """Unnumbered entries that end the document with no heading above: each opens with
    author names and has a year ("Abel, K., & Holm, T. (2019). Title. Journal, 4, 1–9.").

    ``[…, Block("Abel, K. (2019). Tolls. Canal Rev."), Block("Holm, T. (2020). Ice. Press."),
    Block("Sato, J. (2021). Locks. Press.")]`` → a reference list of three entries.
    """
    blocks = tuple(blocks)
    i = len(blocks)
    while i > 1 and blocks[i - 1].kind != HEADING and (
            _reads_as_reference(blocks[i - 1].text) or P.BIBLIOGRAPHIC_HINT.search(blocks[i - 1].text)):
        i -= 1  # an entry without names ("Lessons. (n.d.). Retrieved …") may stand among them
    run = blocks[i:]
    reading = sum(1 for b in run if _reads_as_reference(b.text))
    if reading < MIN_LISTED_ENTRIES or reading * 3 < len(run) * 2:
        return None
    return _section_from_blocks(REFERENCE_LIST, R.TRAILING_REFERENCE_ENTRIES, run, [b.text for b in run])


def split_reference_sections(blocks: Sequence[Block]) -> SplitDocument:
    """Take reference lists and notes sections out of a document.

    ``[Block("Body text (Rahim, 2011)."), Block("References", "heading"),
    Block("Rahim, T. (2011). Title. Press.")]`` → body ``[Block("Body text (Rahim, 2011).")]``
    and one ``reference_list`` section with the entry ``(None, "Rahim, T. (2011). Title. Press.")``.
    """
    blocks = tuple(blocks)
    keep = [True] * len(blocks)
    sections: list[ReferenceSection] = []
    i = 1  # a document never opens with its reference list
    while i < len(blocks):
        block = blocks[i]
        if _heading_kind(block):
            end, skipped = _run_after_heading(blocks, i + 1)
            entry_blocks = sum(1 for k in range(i + 1, end) if k not in skipped and not _heading_kind(blocks[k]))
            # The list ends the document, or a later section (an appendix, the figure
            # legends) follows it in the second half of the document, or it is long.
            if entry_blocks >= 1 and (end == len(blocks) or (entry_blocks >= 2 and i >= len(blocks) // 2)
                                      or _long_list(blocks, i + 1, end, skipped)):
                sections.extend(_sections_in_run(blocks, i, end, skipped))
                for k in range(i, end):
                    keep[k] = k in skipped
                i = end
                continue
        inline = _inline_heading(block)
        if inline and i >= len(blocks) - 3:
            kind, rest = inline
            end, _ = _run_after_heading(blocks, i + 1)
            texts = [rest] + [b.text for b in blocks[i + 1:end]]
            rule = R.NOTES_HEADING_INLINE if kind == NOTES_LIST else R.REFERENCES_HEADING_INLINE
            sections.append(_section_from_blocks(kind, rule, blocks[i:end], texts))
            for k in range(i, end):
                keep[k] = False
            i = end
            continue
        i += 1
    if not sections:
        headless = trailing_numbered_run(blocks) or trailing_reference_run(blocks)
        if headless:
            sections.append(headless)
            for k in range(len(blocks) - len(headless.blocks), len(blocks)):
                keep[k] = False
    body = tuple(b for b, k in zip(blocks, keep) if k)
    return SplitDocument(body=body, sections=tuple(sections))


# ---------------------------------------------------------------- entries
@dataclass(frozen=True)
class _EntryParts:
    authors_text: str | None = None
    inverted: bool = False
    year: int | None = None
    suffix: str | None = None
    title: str | None = None


def _year_and_suffix(m: re.Match | None) -> tuple[int | None, str | None]:
    if not m:
        return None, None
    return int(m.group("year")), m.group("suffix")


def _first_sentence_end(text: str) -> int:
    m = P.ENTRY_SENTENCE_END.search(text)
    return m.start() if m else len(text)


def _sentence_after(text: str, start: int) -> str | None:
    """The sentence of an entry that begins at ``start`` (a title, usually)."""
    rest = text[start:].lstrip(" .,:;")
    sentence = rest[: _first_sentence_end(rest)].strip(" .,:;\"'\u201c\u201d\u2018\u2019")
    return sentence or None


def is_name_list(text: str) -> bool:
    """Whether ``text`` holds only author names.

    ``"Kegel, C. W., & Wittmann, E. R."`` → True; ``"World Bank"`` → True;
    ``'John Smith, "Old Friends," Journal 4'`` → False.
    """
    tokens = P.NAME_LIST_NOISE.sub(" ", text or "").split()
    if not tokens or len(tokens) > 60:
        return False
    return all(P.NAME_LIST_TOKEN.match(t) for t in tokens) and any(t[:1].isupper() for t in tokens)


def _apa(body: str) -> _EntryParts | None:
    m = P.ENTRY_PAREN_YEAR.search(body)
    if not m or not is_name_list(body[: m.start()].rstrip(" .")):
        return None
    year, suffix = _year_and_suffix(m)
    return _EntryParts(body[: m.start()], False, year, suffix, _sentence_after(body, m.end()))


def _harvard(body: str) -> _EntryParts | None:
    m = P.ENTRY_BARE_YEAR_AFTER_AUTHORS.match(body)
    if not m or not is_name_list(m.group("authors")):
        return None
    year, suffix = _year_and_suffix(m)
    return _EntryParts(m.group("authors"), False, year, suffix, _sentence_after(body, m.end()))


def _vancouver(body: str) -> _EntryParts | None:
    m = P.ENTRY_VANCOUVER_AUTHORS.match(body)
    if not m:
        return None
    return _EntryParts(m.group("authors"), title=_sentence_after(body, m.end()))


def _inverted_first(body: str) -> _EntryParts | None:
    """MLA / Chicago bibliography: ``"Smith, John, and Jane Doe. Title. Place: Pub, 1999."``"""
    end = _first_sentence_end(body)
    if not P.ENTRY_INVERTED_START.match(body) or not is_name_list(body[:end]):
        return None
    return _EntryParts(body[:end], True, title=_sentence_after(body, end + 1))


def _short_note(body: str) -> _EntryParts | None:
    """A shortened note: ``"Lind, Empty Granary, 14."`` or ``"Lind, op. cit., 14."``"""
    m = P.ENTRY_SHORT_NOTE.match(body)
    if not m:
        return None
    return _EntryParts(m.group("authors"), title=m.group("title"))


def _natural_order(body: str) -> _EntryParts | None:
    """A note or IEEE entry: ``"J. Ortiz, K. Bell, and D. Hume, Title, …"``"""
    found: list[tuple[str, int, bool]] = []  # (name, end, joined by "and"/"&")
    pos, joined = 0, False
    while True:
        m = P.NATURAL_NAME.match(body, pos)
        if not m or len(m.group().split()) < 2 or m.group().split()[0].lower() in P.NOT_AUTHOR_WORDS:
            break
        found.append((m.group(), m.end(), joined))
        sep = P.NATURAL_NAME_SEPARATOR.match(body, m.end())
        if not sep or not sep.group().strip():
            break
        pos, joined = sep.end(), bool(P.JOINING_WORD.search(sep.group()))
    if not found:
        return None
    # A title in title case looks like a name too ("John Smith, Tea Empire, …"):
    # names run up to the last one joined by "and", or while they open with initials.
    joined_at = [k for k, (_, _, j) in enumerate(found) if j]
    if joined_at:
        found = found[: joined_at[-1] + 1]
    else:
        keep = 1
        while keep < len(found) and P.INITIALS_ONLY.match(found[keep][0].split()[0]):
            keep += 1
        found = found[:keep]
    names = [name for name, _, _ in found]
    rest = body[found[-1][1]:].lstrip(" ,")
    title = _sentence_after(P.TITLE_END.split(rest, maxsplit=1)[0], 0)
    return _EntryParts(" and ".join(names), title=title)


ENTRY_STYLES = (_apa, _harvard, _vancouver, _inverted_first, _short_note, _natural_order)


def parse_entry(text: str, ref_no: int) -> BibEntry:
    """Parse one entry of a reference list or notes section.

    ``"Kegel, C. W., & Wittmann, E. R. (2005). River politics. Belmont: Wadsworth."``
    → ``BibEntry(ref_no, raw, authors=("Kegel", "Wittmann"), year=2005,
    title="River politics", cite_key="kegel2005")``;
    ``'John Smith, "Old Friends," Journal 4 (1999): 12.'`` → authors ``("Smith",)``,
    year 1999, title ``"Old Friends"``; ``"Ibid., 12."`` → no authors, year or title.
    """
    raw = text.strip()
    body = P.CITATION_PREFIX.sub("", raw) if P.NOTE_PHRASE.match(raw) else raw
    if P.IBID.match(body):
        return BibEntry(ref_no=ref_no, raw=raw)
    scientific = parse_reference(body)
    if scientific is not None:
        first = scientific.authors[0] if scientific.authors else None
        return BibEntry(
            ref_no=ref_no, raw=raw, authors=scientific.authors, year=scientific.year, title=scientific.title,
            cite_key=make_cite_key(first, scientific.year, scientific.suffix), venue=scientific.venue,
            doi=scientific.doi,
        )
    parts = next((p for p in (style(body) for style in ENTRY_STYLES) if p), _EntryParts())
    if parts.authors_text and P.INSTRUMENT_NAME.search(parts.authors_text):
        # "Customs Consolidation Act 1876, s. 12." names a statute: no authors, the name is its title
        parts = dataclasses.replace(parts, authors_text=None, title=parts.authors_text.strip(" ,."))
    year, suffix = parts.year, parts.suffix
    if year is None:
        year, suffix = _year_and_suffix(P.ENTRY_PUBLISHER_YEAR.search(body))
    if year is None:
        years = list(P.ANY_YEAR.finditer(body))
        year, suffix = _year_and_suffix(years[-1] if years else None)
    quoted = P.ENTRY_QUOTED_TITLE.search(body)
    title = quoted.group("title").strip() if quoted else parts.title
    authors = parse_author_names(parts.authors_text, parts.inverted) if parts.authors_text else ()
    return BibEntry(
        ref_no=ref_no,
        raw=raw,
        authors=authors,
        year=year,
        title=title,
        cite_key=make_cite_key(authors[0] if authors else None, year, suffix),
        doi=find_doi(body),
    )


# ---------------------------------------------------------------- bibliography
@dataclass(frozen=True)
class Bibliography:
    """Parsed entries plus the lookups that link citations to them.

    ``for_author_year("Ortiz", 2020)`` → the ref_no of "Ortiz, J., Bell, K. (2020). …";
    ``for_footnote(3)`` → the ref_no of note 3; ``for_number(12)`` → the ref_no of "[12] …".
    """

    entries: tuple[BibEntry, ...] = ()
    notes: dict[int, int] = field(default_factory=dict)  # note number -> ref_no
    numbered: dict[int, int] = field(default_factory=dict)  # printed list number -> ref_no

    @property
    def note_numbers(self) -> frozenset[int]:
        return frozenset(self.notes)

    def for_footnote(self, marker: int) -> int | None:
        return self.notes.get(marker, self.numbered.get(marker))

    def for_number(self, number: int) -> int | None:
        return self.numbered.get(number, self.notes.get(number))

    @cached_property
    def _by_author_year(self) -> dict[tuple[str, int], list[tuple[int, BibEntry]]]:
        """(surname key, year) → [(author position, entry)], every author of every entry."""
        index: dict[tuple[str, int], list[tuple[int, BibEntry]]] = {}
        for entry in self.entries:
            if entry.year is None:
                continue
            for position, author in enumerate(entry.authors):
                index.setdefault((ascii_key(author), entry.year), []).append((position, entry))
        return index

    def for_author_year(self, surname: str | None, year: int | None, suffix: str | None = None) -> int | None:
        """ref_no of the entry whose first surname, year (and suffix) match; a co-author as a fallback."""
        key = ascii_key(surname or "")
        if not key or year is None:
            return None
        found = self._by_author_year.get((key, year), [])
        for accept in (
            lambda position, e: position == 0 and (not suffix or (e.cite_key or "").endswith(suffix)),
            lambda position, e: position == 0,
            lambda position, e: True,
        ):
            for position, entry in found:
                if accept(position, entry):
                    return entry.ref_no
        return None

    def knows(self, surname: str | None, year: int | None) -> bool:
        return self.for_author_year(surname, year) is not None


def resolve_short_forms(entries: Sequence[BibEntry]) -> tuple[BibEntry, ...]:
    """Give "Ibid." and shortened notes the work they point back to.

    ``["1. Sara Lind, The Empty Granary (Lahore: Indus Press, 2011), 14.", "2. Ibid., 20.",
    "3. Lind, Empty Granary, 31."]`` → notes 2 and 3 get authors ``("Lind",)``, year 2011
    and cite_key ``lind2011`` from note 1; ``raw`` stays as printed.
    """
    resolved: list[BibEntry] = []
    for entry in entries:
        source = None
        if P.IBID.match(entry.raw) and resolved:
            source = resolved[-1]
        elif entry.authors and entry.year is None:
            key = ascii_key(entry.authors[0])
            title = ascii_key(entry.title or "")
            source = next(
                (
                    e
                    for e in reversed(resolved)
                    if e.year is not None
                    and e.authors
                    and ascii_key(e.authors[0]) == key
                    and (not title or title in ascii_key(e.title or ""))
                ),
                None,
            )
        if source is not None:
            entry = dataclasses.replace(
                entry,
                authors=source.authors,
                year=source.year,
                title=entry.title or source.title,
                cite_key=source.cite_key,
            )
        resolved.append(entry)
    return tuple(resolved)


def build_bibliography(sections: Sequence[ReferenceSection]) -> Bibliography:
    """Number and parse every entry; ref_no stays unique within the document.

    A section keeps its printed numbers ("12." → ref_no 12) unless they clash
    with an earlier section; unnumbered entries are numbered after the highest
    ref_no so far.  Notes 1–2 then an unnumbered reference list of two →
    ref_no 1, 2 (notes) and 3, 4 (references); ``for_footnote(2)`` → 2.
    """
    entries: list[BibEntry] = []
    notes: dict[int, int] = {}
    numbered: dict[int, int] = {}
    used: set[int] = set()
    for section in sections:
        printed = [n for n, _ in section.entries if n is not None]
        keep_printed = (
            len(printed) == len(section.entries) and len(set(printed)) == len(printed) and not set(printed) & used
        )
        next_no = max(used, default=0) + 1
        for number, text in section.entries:
            if keep_printed and number is not None:
                ref_no = number
            else:
                ref_no = next_no
                next_no += 1
            used.add(ref_no)
            entries.append(parse_entry(text, ref_no))
            if number is not None:
                target = notes if section.kind == NOTES_LIST else numbered
                target.setdefault(number, ref_no)
    return Bibliography(entries=resolve_short_forms(entries), notes=notes, numbered=numbered)
