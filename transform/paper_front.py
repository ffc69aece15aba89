"""A paper's title and authors from the layout of its first page.

A journal sets a paper's title larger than anything else that belongs to the
paper, and prints the author line right under it.  The first page's printed
lines (``PrintedLine``: text, font size, position, superscript spans) are read
in this order:

1. **title**: runs of consecutive lines set in one size, larger than the body
   text, scored: larger is better; an author line right under it, the PDF's own
   metadata title, a "cite as" line or running foot that repeats it all count
   for it; an article-type label ("Research Article", "R E V I E W"), a URL, a
   line other pages repeat (the journal's name as a running head) or glyph
   garbage never is one;
2. **authors**: the lines right under the title that read as a list of personal
   names once the affiliation marks are gone (superscripts, ``*``, ``†``,
   ``Name1,2``, ``Name a,b``, an ORCID badge's "ID");
3. the metadata title and authors stand only when page 1 prints them (a
   metadata title is often a file name, a slug or another paper's title; a
   metadata author a machine or a vendor).

Pure: lines in, a ``PaperFront`` out.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Collection, Sequence

from transform.model import PrintedLine
from transform.patterns import frontmatter as F
from transform.reflow import keeps_hyphen

MIN_TITLE_LEAD = 1.0  # points: a title is set at least this much larger than the body text
SIZE_TOLERANCE = 0.6  # points: lines of one title differ less than this in size
MAX_TITLE_STEP = 2.2  # line steps of one title, in ems
MAX_TITLE_LINES = 8
MAX_TITLE_CHARS = 400
AUTHOR_BONUS = 8.0
METADATA_BONUS = 10.0
ECHO_BONUS = 4.0
REPEATED_PENALTY = 12.0
MAX_AUTHOR_LINES = 6
MAX_AFFILIATION_LINES = 16
MAX_AFFILIATION_CHARS = 300
MIN_NAME_SHARE = 0.75  # of the comma/"and" parts of an author line that must be names
FUZZY = 0.9


@dataclass(frozen=True)
class PaperFront:
    title: str | None
    authors: tuple[str, ...]
    title_lines: tuple[int, ...] = ()  # indices into the page's lines
    author_lines: tuple[int, ...] = ()
    label_lines: tuple[int, ...] = ()  # article-type labels ("Research Article", "OPEN ACCESS")
    affiliation_lines: tuple[int, ...] = ()  # the affiliations printed under the author lines


def fold(text: str) -> str:
    """Lower case, letters and digits only, single spaces: for comparing printed strings."""
    return " ".join(F.NON_WORD_RUN.sub(" ", (text or "").casefold()).split())


def similar(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and (fa == fb or difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio() >= FUZZY)


def _body_size(lines: Sequence[PrintedLine]) -> float:
    """The size most of the page's letters are set in."""
    weight: dict[float, int] = {}
    for ln in lines:
        key = round(ln.size * 2) / 2
        weight[key] = weight.get(key, 0) + len(ln.text)
    return max(weight, key=lambda s: (weight[s], -s)) if weight else 0.0


def join_lines(texts: Sequence[str]) -> str:
    """Lines of one title or byline as one string: ``["Salt and Ste-", "am Trade"]`` → ``"Salt and Steam Trade"``."""
    out = ""
    for text in (t.strip() for t in texts):
        if not text:
            continue
        m = F.TRAILING_HYPHEN_WORD.search(out)
        word = F.LEADING_LETTERS.match(text)
        if m and word and not keeps_hyphen(m.group(1), word.group(0)):
            out = out[:-1] + text
        elif out.endswith(("-", "/", "\u2013", "\u2014")) and m:
            out += text
        else:
            out = f"{out} {text}".strip()
    return out


def _title_runs(lines: Sequence[PrintedLine], body: float) -> list[tuple[int, ...]]:
    """Runs of consecutive lines in one size larger than the body text."""
    runs: list[list[int]] = []
    for i, ln in enumerate(lines):
        if ln.size < body + MIN_TITLE_LEAD or not ln.text.strip() or is_article_type(ln.text):
            continue
        if runs and runs[-1][-1] == i - 1:
            prev = lines[i - 1]
            step = prev.y - ln.y
            if (abs(prev.size - ln.size) <= SIZE_TOLERANCE and 0 < step <= MAX_TITLE_STEP * ln.size
                    and len(runs[-1]) < MAX_TITLE_LINES):
                runs[-1].append(i)
                continue
        runs.append([i])
    return [tuple(r) for r in runs]


def is_article_type(text: str) -> bool:
    """``"Research Article"``, ``"R E V I E W  Open Access"``, ``"Case Report"`` → True."""
    squeezed = text.replace(" ", "") if F.LETTER_SPACED.match(text) else text
    return bool(F.ARTICLE_TYPE_LABEL.match(squeezed) or F.ARTICLE_TYPE_LABEL.match(text))


def _never_title(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    if letters < 8 or len(text.split()) < 2 or len(text) > MAX_TITLE_CHARS:
        return True
    if F.GLYPH_NAMES.search(text) or F.URL_OR_EMAIL.search(text):
        return True
    return is_article_type(text) or bool(F.NOT_TITLE.match(text))


# ---------------------------------------------------------------- authors
def _unmarked(line: PrintedLine) -> str:
    """The line without its raised marks (superscript spans)."""
    text = line.text
    for a, b in sorted(line.marks, reverse=True):
        text = f"{text[:a]} {text[b:]}"
    return text


def _strip_marks(text: str) -> str:
    text = F.GLUED_INITIALS.sub(" ", F.ORCID_BADGE.sub("", text))
    text = F.SUPERSCRIPT_CHARS.sub(" ", text)
    text = F.AFFILIATION_SYMBOLS.sub(" ", text)
    text = F.GLUED_NUMBER_MARK.sub(" ", text)
    text = F.LETTER_MARK.sub(" ", text)
    return " ".join(text.split())


def _is_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 6:
        return False
    if not words[0][:1].isupper():
        return False
    for w in words:
        bare = w.strip(",")
        if bare.casefold() in F.NOT_NAME_WORDS or bare.strip(".").casefold() in F.AFFILIATION_WORDS:
            return False
        if not (F.PERSON_TOKEN.fullmatch(w) or bare.casefold() in F.NAME_PARTICLES):
            return False
    return True


def byline_names(text: str) -> list[str] | None:
    """The personal names of an author line, or None when it is not one.

    ``"Ana Ruiz¹,², Tom O’Hara³ and Li Wei*"`` → ``["Ana Ruiz", "Tom O’Hara", "Li Wei"]``;
    ``"Karin Holm a, Olu Ade b,*"`` → ``["Karin Holm", "Olu Ade"]``;
    ``"Department of Soil Science, Eastmoor University"`` → None.
    """
    plain = _strip_marks(text)
    parts = [p.strip().strip(" .") for p in F.BYLINE_SPLIT.split(plain) if p.strip(" .,\t\n")]
    if not parts:
        return None
    names = [p for p in parts if _is_person(p)]
    if len(names) < MIN_NAME_SHARE * len(parts):
        return None
    return names


def _author_lines(lines: Sequence[PrintedLine], after: int) -> tuple[tuple[int, ...], list[str]]:
    """The author lines right under the title (line ``after``), and the names they print.

    A line of names after a line of names is a new part of the list; a name broken
    over two lines ("…, and Ana" / "Ruiz²") is joined up.
    """
    taken: list[int] = []
    names: list[str] = []
    byline = ""
    for i in range(after + 1, min(len(lines), after + 1 + MAX_AUTHOR_LINES)):
        ln = lines[i]
        text = _unmarked(ln)
        if not text.strip():
            continue
        own = byline_names(text)
        if not taken:
            if not own:
                break
            byline, names, taken = text, own, [i]
            continue
        if abs(lines[taken[-1]].size - ln.size) > SIZE_TOLERANCE:
            break
        options = [f"{byline}, {text}"] if own else []
        options.append(join_lines([byline, text]))
        best = max((byline_names(o) or [] for o in options), key=len)
        if len(best) <= len(names):
            break
        byline, names = next(o for o in options if (byline_names(o) or []) == best), best
        taken.append(i)
    return tuple(taken), names


# ---------------------------------------------------------------- reading the page
def _printed(value: str | None, page_text: str) -> bool:
    """Whether the folded page text holds ``value`` (spacing aside: "Ste- am" holds "Steam")."""
    folded = fold(value or "")
    return bool(folded) and (folded in page_text or folded.replace(" ", "") in page_text.replace(" ", ""))


def read_paper_front(
    lines: Sequence[PrintedLine],
    metadata_title: str | None = None,
    metadata_authors: Sequence[str] = (),
    repeated: Collection[str] = frozenset(),
) -> PaperFront:
    """Title and authors of a paper from its first page's printed lines.

    ``repeated`` holds the folded lines other pages print (running heads).

    Lines ``[("Journal of Canal Studies", 9pt), ("Salt and Steam on the", 18pt),
    ("Northern Canals", 18pt), ("Ana Ruiz¹ and Li Wei²", 11pt), ("Abstract", 10pt) …]``
    → ``PaperFront("Salt and Steam on the Northern Canals", ("Ana Ruiz", "Li Wei"))``.
    """
    lines = list(lines)
    page_text = " ".join(fold(ln.text) for ln in lines)
    meta_title = metadata_title if _printed(metadata_title, page_text) else None
    meta_authors = tuple(a for a in metadata_authors if _printed(a, page_text))
    if not lines:
        return PaperFront(meta_title, meta_authors)
    body = _body_size(lines)
    scored = []
    for run in _title_runs(lines, body):
        text = join_lines([lines[i].text for i in run])
        if _never_title(text):
            continue
        size = lines[run[0]].size
        score = size
        author_ids, names = _author_lines(lines, run[-1])
        if names:
            score += AUTHOR_BONUS
        if meta_title and similar(text, meta_title):
            score += METADATA_BONUS
        folded = fold(text)
        if any(folded in fold(ln.text) and len(ln.text) > len(text) + 10 for k, ln in enumerate(lines) if k not in run):
            score += ECHO_BONUS
        if folded in repeated and not names:  # the journal's name, printed again as a running head
            score -= REPEATED_PENALTY
        scored.append((score, -run[0], run, text, author_ids, names))
    if not scored:
        return PaperFront(meta_title, meta_authors)
    _, _, run, text, author_ids, names = max(scored)
    authors = tuple(dict.fromkeys(names)) or meta_authors
    labels = tuple(i for i, ln in enumerate(lines) if is_article_type(ln.text) and i not in run)
    affiliations = _affiliation_lines(lines, author_ids[-1]) if author_ids else ()
    return PaperFront(text, authors, tuple(run), tuple(author_ids), labels, affiliations)


def _is_affiliation_start(line: PrintedLine) -> bool:
    text = line.text.strip()
    marked = bool(line.marks and line.marks[0][0] == 0) or bool(F.AFFILIATION_MARK_START.match(text))
    words = {w.casefold() for w in F.LEADING_LETTERS.findall(text)}
    return (marked and bool(F.LEADING_LETTERS.search(text))) or bool(words & F.AFFILIATION_WORDS)


def _affiliation_lines(lines: Sequence[PrintedLine], after: int) -> tuple[int, ...]:
    """The affiliations right under the author lines: lines that open with an affiliation
    mark ("¹Department of …", "a School of …", "2 Harbour Board") or name an institution,
    and the lines that carry them on; up to the abstract or the text."""
    taken: list[int] = []
    for i in range(after + 1, min(len(lines), after + 1 + MAX_AFFILIATION_LINES)):
        ln = lines[i]
        text = ln.text.strip()
        if not text:
            continue
        if F.NOT_TITLE.match(text) or len(text) > MAX_AFFILIATION_CHARS:
            break
        if _is_affiliation_start(ln):
            taken.append(i)
            continue
        prev = lines[taken[-1]] if taken else None
        if prev is not None and taken[-1] == i - 1 and abs(prev.size - ln.size) <= SIZE_TOLERANCE \
                and not F.SENTENCE_END.search(prev.text.strip() + " ") and not F.FIELD_LABEL.match(text):
            taken.append(i)  # an affiliation wrapped over two lines
            continue
        break
    return tuple(taken)
