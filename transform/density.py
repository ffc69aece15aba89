"""Page chrome in whole-page text dumps, found by text density.

A scraper that saves a page's whole text puts menus, "Most popular" lists and
footer links around the article: runs of short lines with no sentences.  No
line rule can name them all, but their shape is plain (the idea of jusText
and of boilerpipe's text density, applied to text without markup):

1. score each non-empty line: prose lines add their word count, short lines
   (``SHORT_WORDS`` words or fewer, no sentence end, no list marker or digit)
   subtract ``SHORT_PENALTY``;
   the main text is the run of lines with the highest total (maximum subarray);
2. outside it, runs of ``MIN_EDGE_RUN`` or more short lines are chrome, except
   the ``KEEP_BEFORE`` lines right above the main text (title, byline, date);
3. inside it, runs of ``MIN_INNER_RUN`` or more short lines without sentence
   ends, list markers or digits are link lists;
4. after it, once ``MIN_FOOTER_EVIDENCE`` short link-like lines show that the
   tail is site furniture (share bars, "Most popular", footer links), the whole
   tail goes; a comments heading ("2 thoughts on …", "Leave a Reply") in the
   latter part of the page cuts everything from there;
5. two or more paragraphs cut off with "…" or "[...]" are excerpts of other
   pages ("You may also like"), not the article.

Documents whose lines are mostly prose (articles, papers, the usual scrape)
have no such runs and pass through unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from transform.cruft import is_prose
from transform.model import Artefact
from transform.patterns import density as P
from transform.patterns import rule_names as R

SHORT_WORDS = 6
SHORT_PENALTY = 4
MIN_EDGE_RUN = 4
MIN_INNER_RUN = 6
KEEP_BEFORE = 3
MIN_FOOTER_EVIDENCE = 3  # short link-like lines after the text before the whole tail is chrome
COMMENTS_FROM = 0.4  # a comments heading counts only after this share of the page
WRAP_MIN_WORDS = 3  # a lower-case line this long after an unfinished one continues a sentence
MAX_CITE_BOX_LINES = 24
LABEL_WORDS = 3  # "Related Topics:" is a label of a link list, not a sentence
HEADLINE_MIN_WORDS = 2
TEASER_MIN_WORDS = 8
MIN_TEASERS = 2


@dataclass(frozen=True)
class _Line:
    idx: int
    text: str
    words: int
    prose: bool
    ghost: bool = False  # already removed by a cruft rule: evidence of chrome, not removed again

    @property
    def short(self) -> bool:
        if self.prose or self.words > SHORT_WORDS:
            return False
        return not P.SENTENCE_END.search(self.text) or (self.words <= LABEL_WORDS and bool(P.LINK_LABEL.match(self.text)))


def _main_span(lines: Sequence[_Line]) -> tuple[int, int] | None:
    """Positions (first, last) of the highest-scoring run of lines."""
    best, best_span = 0, None
    total, start = 0, 0
    for pos, ln in enumerate(lines):
        score = ln.words if ln.prose and not ln.ghost else (-SHORT_PENALTY if _link_like(ln) else 0)
        if total <= 0:
            total, start = score, pos
        else:
            total += score
        if total > best:
            best, best_span = total, (start, pos)
    return best_span


def _runs(lines: Sequence[_Line], ok) -> list[list[_Line]]:
    runs, cur = [], []
    for ln in lines:
        if ok(ln):
            cur.append(ln)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _link_like(ln: _Line) -> bool:
    return ln.ghost or (ln.short and not P.LIST_MARKER.match(ln.text) and not P.DIGIT.search(ln.text))


def page_chrome(
    lines: Sequence[tuple[int, str]], removed: Mapping[int, str] | None = None
) -> tuple[set[int], list[Artefact]]:
    """Indices of lines that are page chrome, with an audit row per run.

    ``["Home", "World", "Sport", "Business", "Canal Days", "<article prose…>", "About", "Careers",
    "Privacy", "Contact"]`` → the menu above (but not "Canal Days") and the footer links below.
    ``removed`` holds lines cruft rules already took out (index → text): they count as chrome
    when runs are measured, so a menu whose "Home" and "Contact" a rule removed is still a menu.
    """
    removed = removed or {}
    wrapped = _wrapped_prose(lines)
    items = sorted(
        [_Line(i, t.strip(), len(t.split()), is_prose(t) or i in wrapped) for i, t in lines if t.strip()]
        + [_Line(i, t.strip(), len(t.split()), False, ghost=True) for i, t in removed.items() if t.strip()],
        key=lambda ln: ln.idx,
    )
    span = _main_span(items)
    if span is None:
        return set(), []
    first, last = span
    drop: set[int] = set()
    artefacts: list[Artefact] = []

    def cut(run: list[_Line], kind: str, rule: str) -> None:
        real = [ln for ln in run if not ln.ghost and ln.idx not in drop]
        if real:
            drop.update(ln.idx for ln in real)
            artefacts.append(Artefact(kind, rule, " | ".join(ln.text for ln in real)))

    for run in _tables_of_contents(items):
        cut(run, "navigation", R.TABLE_OF_CONTENTS)
    for run in _cite_boxes(items):
        cut(run, "footer", R.CITE_THIS_PAGE)
    comments = _comments_start(items)
    if comments is not None:
        cut(items[comments:], "comments", R.COMMENTS_SECTION)
        last = min(last, comments - 1)

    headline = _headline_echo(items, first)
    if headline is None:
        before = items[: max(0, first - KEEP_BEFORE)]
    else:  # the headline is known, so the lines kept above the text need not guard it
        before = [ln for ln in items[:first] if ln.idx != headline]
    for run in _runs(before, _edge_short):
        if len(run) >= MIN_EDGE_RUN:
            cut(run, "navigation", R.MENU_ABOVE_TEXT)
    after = items[last + 1:]
    if sum(1 for ln in after if _link_like(ln)) >= MIN_FOOTER_EVIDENCE:
        cut(after, "footer", R.BELOW_TEXT)
    for run in _runs(items[first: last + 1], _link_like):
        if len(run) >= MIN_INNER_RUN:
            cut(run, "related_links", R.LINK_LIST_IN_TEXT)
    teasers = [ln for ln in items if not ln.ghost and ln.idx not in drop and ln.words >= TEASER_MIN_WORDS
               and P.TRUNCATED.search(ln.text)]
    if len(teasers) >= MIN_TEASERS:
        for ln in teasers:
            cut([ln], "related_links", R.TRUNCATED_TEASER)
    return drop, artefacts


def _edge_short(ln: _Line) -> bool:
    return ln.ghost or ln.short


def _wrapped_prose(lines: Sequence[tuple[int, str]]) -> set[int]:
    """Lines of a hard-wrapped sentence, however short: a line that goes on, in lower
    case, on the very next line ("Payments for watershed services and land-use" /
    "change in the upper basin, Peru") is running text, never a menu entry."""
    out: set[int] = set()
    for (i, a), (j, b) in zip(lines, lines[1:]):
        b = b.strip()
        if j == i + 1 and a.strip() and b[:1].islower() and len(b.split()) >= WRAP_MIN_WORDS \
                and not P.SENTENCE_END.search(a.strip()):
            out.update((i, j))
    return out


def _headline_echo(items: Sequence[_Line], first: int) -> int | None:
    """The line above the text that the text's first sentence opens with, after an article
    at most: the headline of an encyclopedia or reference page ("Great Fire of Aldmouth"
    over "Great Fire of Aldmouth, a fire that …", "Harnley Canal" over "The Harnley Canal
    is …"), wherever the menu around it puts it."""
    opening = next((ln for ln in items[first:first + 3] if ln.prose and not ln.ghost), None)
    if opening is None:
        return None
    text = " ".join(opening.text.casefold().split())
    article = P.LEADING_ARTICLE.match(text)
    texts = (text, text[article.end():]) if article else (text,)
    for ln in reversed(items[:first]):
        head = " ".join(ln.text.casefold().split())
        if not ln.ghost and ln.words >= HEADLINE_MIN_WORDS and any(
                t.startswith(head) and not t[len(head):len(head) + 1].isalnum() for t in texts):
            return ln.idx
    return None


def _cite_boxes(items: Sequence[_Line]) -> list[list[_Line]]:
    """A "Citation Information" / "Cite this article" heading and the lines right under it
    (up to the next blank line): the page's own citation, in MLA, APA, Chicago…"""
    found = []
    for pos, ln in enumerate(items):
        if not P.CITE_HEADING.match(ln.text):
            continue
        run = [ln]
        for nxt in items[pos + 1:pos + 1 + MAX_CITE_BOX_LINES]:
            if nxt.idx != run[-1].idx + 1:
                break  # a blank line ends the box
            run.append(nxt)
        found.append(run)
    return found


def _tables_of_contents(items: Sequence[_Line]) -> list[list[_Line]]:
    """A "Contents" line and the entries under it: numbered ("1 History", "1.1 Foundation")
    or led by dots to a page number ("Key Findings ........ 4")."""
    found = []
    for pos, ln in enumerate(items):
        if P.CONTENTS_HEADING.match(ln.text):
            entries = []
            for nxt in items[pos + 1:]:
                if not P.CONTENTS_ENTRY.match(nxt.text):
                    break
                entries.append(nxt)
            if len(entries) >= 2:
                found.append([ln] + entries)
    return found


def _comments_start(items: Sequence[_Line]) -> int | None:
    """Position of a comments heading ("3 thoughts on “…”", "Leave a Reply") in the
    latter part of the page: from there on, readers' comments and the comment form."""
    for pos in range(int(len(items) * COMMENTS_FROM), len(items)):
        if P.COMMENTS_HEADING.match(items[pos].text):
            return pos
    return None
