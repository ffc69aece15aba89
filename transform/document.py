"""One RawDocument in, one CleanDocument out: the whole transform stage.

The stages, in the order ``clean_document`` runs them (each removal lands in ``artefacts``):

A text dump or a PDF (1-3 in ``clean_document``, 4-12 in ``_lines_to_blocks``):

     1. a PDF's title and authors from its first page's layout     ``_paper_front`` (PDF only)
     2. repair text: mojibake, ligatures, hyphenation, whitespace ``repair.repair_text``
     3. page furniture: running heads and folios across pages       ``pdf_layout.strip_page_furniture``
     4. mail headers and sign-offs                                 ``mail.read_mail``
     5. labelled bylines ("Written by" / a name)                   ``frontmatter.labelled_bylines``
     6. cruft rules, repeated lines, bylines and datelines          ``cruft.remove_cruft``
     7. fingerprints of the lines left, for template learning       ``templates.fingerprints``
     8. the family's learned templates                             ``templates.remove_templates``
     9. page chrome: menus, cite boxes, tables of contents          ``density.page_chrome``
    10. front matter: title and authors                             ``frontmatter.read_frontmatter``
    11. running heads that name the authors                         ``frontmatter.author_running_headers``
    12. paragraphs: re-flow, kinds, notes at the foot of a page     ``reflow.text_to_blocks``

An HTML page (``_html_blocks``; extraction already chose the main text): 2 on each block,
6 (no repeated-line detection: what a page repeats is its text), 7, 8, and the title
heading.  Then, for every format:

    13. citations: markers out, reference lists parsed and linked   ``citations.extract_citations``
    14. publication date, its precision and the reference day       ``publication.publication``
    15. dates and other time expressions                            ``dates.tag_dates``
    16. body_text with paragraph, citation and date offsets         ``_assemble``

Pure: no I/O.  ``clean_document`` never raises for odd text; a bug surfaces as
an exception the flow turns into a ``transform`` quarantine row.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Sequence

from transform.model import RawDocument
from transform.citations import extract_citations
from transform.cruft import byline_names, remove_cruft, sentence_goes_on
from transform.dates import tag_dates
from transform.density import page_chrome
from transform.frontmatter import author_running_headers, labelled_bylines, read_frontmatter
from transform.mail import read_mail
from transform.model import (
    HEADING,
    Artefact,
    Block,
    Citation,
    CleanDocument,
    DateMention,
    Paragraph,
)
from transform.patterns import frontmatter as FM
from transform.patterns import rule_names as R
from transform.paper_front import fold, read_paper_front
from transform.pdf_layout import EDGE_LINES, PDF_EDGE_LINES, strip_page_furniture
from transform.publication import paper_date, publication
from transform.reflow import text_to_blocks
from transform.repair import repair_text
from transform.rules import DEFAULT_RULES, RuleSet
from transform.templates import fingerprints, remove_templates

PAGE_BREAK = "\f"
DATELINE_KINDS = ("dateline", "byline", "article_history")
PARA_SEP = "\n\n"


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


@dataclass(frozen=True)
class _Cleaned:
    """What cleaning a document's lines or blocks gave, before citations and dates."""

    blocks: list[Block]
    artefacts: tuple[Artefact, ...]
    title: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    datelines: list[str]
    fingerprints: dict[str, str]
    imprints: list[str] = field(default_factory=list)  # title-page imprint lines ("1907.")
    labels: list[str] = field(default_factory=list)  # header lines around the title ("POLICY BRIEF | MAY 2022")


def _join_kept(lines: Sequence[tuple[int, str]], drop: set[int] | frozenset[int], page_breaks: frozenset[int]) -> str:
    """The kept lines as one text; a running head or folio that was removed between
    two kept lines leaves a page break (``\\f``), so that re-flowing knows a page ended
    there (a paragraph may go on across it; notes at the foot of the page stand before it)."""
    out: list[str] = []
    kept = [(idx, ln) for idx, ln in lines if idx not in drop]
    breaks = sorted(page_breaks)
    b = 0
    for idx, ln in kept:
        while b < len(breaks) and breaks[b] < idx:
            if out and out[-1] != PAGE_BREAK:
                out.append(PAGE_BREAK)
            b += 1
        out.append(ln)
    return "\n".join(out).replace(f"\n{PAGE_BREAK}\n", PAGE_BREAK)


def _lines_to_blocks(text: str, rules: RuleSet, raw: RawDocument, templates: frozenset[str]) -> _Cleaned:
    """Cruft removal and front matter on a text's lines, then paragraphs."""
    raw_lines = text.split("\n")
    mail = read_mail(raw_lines)
    labelled, name_lines = labelled_bylines(raw_lines)
    lines_in = [("" if i in mail.drop or i in name_lines else ln) for i, ln in enumerate(raw_lines)]
    known_authors = list(dict.fromkeys(list(raw.authors) + list(mail.authors) + labelled))
    # A PDF's running heads are known by where they stand on the page (transform.pdf_layout);
    # lines that merely recur in its text are reference tails and table cells.
    pdf = raw.format == "pdf"
    page_one_end = lines_in.index(PAGE_BREAK) if PAGE_BREAK in lines_in else len(lines_in)
    result = remove_cruft(lines_in, rules, known_authors, detect_repeats=not pdf,
                          inside=sentence_goes_on(lines_in) if pdf else frozenset(),
                          front=frozenset(range(page_one_end)) if pdf else frozenset(), laid_out=pdf)
    prints = fingerprints(ln for _, ln in result.lines)
    lines, learned = remove_templates(result.lines, templates)
    kept_idx = {i for i, _ in lines}
    chrome, chrome_artefacts = page_chrome(lines, {i: t for i, t in enumerate(lines_in) if i not in kept_idx})
    lines = [(i, ln) for i, ln in lines if i not in chrome]
    authors = known_authors + byline_names(result.hits)
    known_title = raw.title or mail.title or _catalogue_title(result.hits)
    fm = read_frontmatter(lines, authors, known_title,
                          byline_at=[h.index for h in result.hits if h.kind in DATELINE_KINDS])
    headers, header_artefacts = author_running_headers(lines, fm.authors)
    drop = fm.drop | headers
    kept = _join_kept(lines, drop, result.page_breaks)
    datelines = [h.text for h in result.hits if h.kind in DATELINE_KINDS]
    first_page = 1 if PAGE_BREAK in text else None
    artefacts = (mail.artefacts + tuple(Artefact("byline", R.LABELLED_BYLINE, t) for t in name_lines.values())
                 + result.artefacts + tuple(learned) + tuple(chrome_artefacts) + fm.artefacts
                 + tuple(header_artefacts))
    imprint_years = [h.text for h in result.hits if h.kind == "imprint"]
    labels = [a.text for a in fm.artefacts if a.rule in (R.ABOVE_TITLE, R.HEADER_LABEL)]
    return _Cleaned(text_to_blocks(kept, first_page=first_page, laid_out=raw.format == "pdf"), artefacts, known_title or fm.title,
                    fm.authors, raw.published or mail.published, datelines, prints, imprint_years, labels)


def _html_blocks(raw: RawDocument, rules: RuleSet, templates: frozenset[str]) -> _Cleaned:
    """Cruft rules over extracted HTML blocks (each block is one line).  Lines that recur are
    not dropped as running headers here: a web page has none, and what it repeats (a chorus,
    a step, a table row) is its text."""
    blocks = [Block(repair_text(b.text).strip(), b.kind, b.page) for b in raw.blocks]
    blocks = [b for b in blocks if b.text]
    result = remove_cruft([b.text for b in blocks], rules, raw.authors, detect_repeats=False)
    prints = fingerprints(text for _, text in result.lines)
    lines, learned = remove_templates(result.lines, templates)
    kept = [Block(text.strip(), blocks[idx].kind, blocks[idx].page) for idx, text in lines if text.strip()]
    artefacts = list(result.artefacts) + learned
    title = raw.title
    if title and kept and kept[0].kind == HEADING and _fold(kept[0].text) == _fold(title):
        artefacts.append(Artefact("title", R.TITLE_HEADING, kept[0].text))
        kept = kept[1:]
    if not title and kept and kept[0].kind == HEADING:
        title = kept[0].text
        artefacts.append(Artefact("title", R.TITLE_HEADING, kept[0].text))
        kept = kept[1:]
    authors = tuple(dict.fromkeys(list(raw.authors) + byline_names(result.hits)))
    datelines = [h.text for h in result.hits if h.kind in DATELINE_KINDS]
    return _Cleaned(kept, tuple(artefacts), title, authors, raw.published, datelines, prints)


def _catalogue_title(hits) -> str | None:
    """The title a library's full-text banner prints: ``Full text of "Canal Days"`` → ``Canal Days``."""
    for h in hits:
        m = FM.CATALOGUE_TITLE.match(h.text) if h.kind == "download_banner" else None
        if m:
            return " ".join(m.group("title").split())
    return None


def _assemble(blocks: Sequence[Block], citations: Sequence[Citation], dates: Sequence[DateMention]):
    paragraphs: list[Paragraph] = []
    pos = 0
    section = None
    for no, b in enumerate(blocks):
        if b.kind == HEADING:
            section = b.text
        start = pos
        end = start + len(b.text)
        paragraphs.append(Paragraph(no, b.kind, section, b.page, b.text, start, end))
        pos = end + len(PARA_SEP)
    body = PARA_SEP.join(b.text for b in blocks)
    base = {p.para_no: p.char_start for p in paragraphs}
    cits = tuple(
        Citation(**{**c.__dict__, "start": base[c.para_no] + c.start, "end": base[c.para_no] + c.end})
        for c in citations
    )
    dms = tuple(
        DateMention(**{**d.__dict__, "start": base[d.para_no] + d.start, "end": base[d.para_no] + d.end})
        for d in dates
    )
    return body, tuple(paragraphs), cits, dms


def _paper_front(raw: RawDocument) -> tuple[RawDocument, list[Artefact]]:
    """A PDF's title and authors from its first page's layout (``transform.paper_front``);
    the lines that print them leave the page text, as ``title`` and ``byline`` artefacts.
    The metadata title and authors stay only where page 1 prints them."""
    later = {fold(line) for b in raw.blocks[1:] for line in b.text.split("\n") if line.strip()}
    front = read_paper_front(raw.first_page, raw.title, raw.authors, later)
    artefacts: list[Artefact] = []
    blocks = list(raw.blocks)
    if blocks and (front.title_lines or front.author_lines or front.label_lines):
        printed = {raw.first_page[i].text: ("title", R.TITLE_LINE) for i in front.title_lines}
        printed.update({raw.first_page[i].text: ("byline", R.AUTHOR_NAME_LINE) for i in front.author_lines})
        printed.update({raw.first_page[i].text: ("navigation", R.ARTICLE_TYPE_LABEL) for i in front.label_lines})
        printed.update({raw.first_page[i].text: ("affiliation", R.AFFILIATION_LINE)
                        for i in front.affiliation_lines})
        kept = []
        for line in blocks[0].text.split("\n"):
            if line in printed:
                kind, rule = printed.pop(line)
                artefacts.append(Artefact(kind, rule, line.strip(), 1))
                continue
            kept.append(line)
        blocks[0] = replace(blocks[0], text="\n".join(kept))
    return replace(raw, blocks=tuple(blocks), title=front.title, authors=front.authors), artefacts


def clean_document(raw: RawDocument, rules: RuleSet = DEFAULT_RULES, templates: frozenset[str] = frozenset()) -> CleanDocument:
    """Transform one extracted document.

    ``RawDocument(format="txt", blocks=(Block("Download 1.2 MB.\\n\\nCanal Days\\n\\nJane Doe\\n\\n"
    "The canal opened in 1869.1 Trade doubled by the 1880s."),))``
    → ``CleanDocument(title="Canal Days", authors=("Jane Doe",),
    body_text="The canal opened in 1869. Trade doubled by the 1880s.", …)``
    with a download_banner artefact, a footnote citation 1, and dates 1869 and 188X.
    """
    if raw.format == "html":
        cleaned = _html_blocks(raw, rules, templates)
    else:
        front: list[Artefact] = []
        if raw.format == "pdf":
            raw, front = _paper_front(raw)
            pages = [repair_text(b.text, decoded=True) for b in raw.blocks]
        else:  # a text dump; form feeds mean it is a PDF extraction with its pages
            pages = repair_text("".join(b.text for b in raw.blocks)).split(PAGE_BREAK)
        furniture: list[Artefact] = []
        if len(pages) > 1:
            pages, furniture = strip_page_furniture(pages, PDF_EDGE_LINES if raw.format == "pdf" else EDGE_LINES)
        text = f"\n{PAGE_BREAK}\n".join(pages)
        cleaned = _lines_to_blocks(text, rules, raw, templates)
        cleaned = replace(cleaned, artefacts=tuple(front) + tuple(furniture) + cleaned.artefacts)
        if raw.format == "pdf" and raw.authors:  # the byline under the title names the authors
            cleaned = replace(cleaned, authors=raw.authors)
    artefacts: list[Artefact] = list(raw.removed) + list(cleaned.artefacts)
    blocks = cleaned.blocks

    cited = extract_citations(blocks)
    artefacts.extend(cited.removed)
    texts = [b.text for b in cited.blocks]
    exclude: dict[int, list[tuple[int, int]]] = {}
    for c in cited.citations:
        if c.kind != "footnote":
            exclude.setdefault(c.para_no, []).append((c.start, c.end))
    paper = paper_date([line.text for line in raw.first_page]) if raw.format == "pdf" else None
    pub = publication(cleaned.published, cleaned.datelines, cleaned.imprints, cleaned.labels, artefacts, paper)
    dates = tag_dates(texts, exclude, context_year=pub.context_year, reference=pub.reference)
    body, paragraphs, citations, dates = _assemble(cited.blocks, cited.citations, dates)
    return CleanDocument(
        title=cleaned.title,
        authors=tuple(cleaned.authors),
        published=pub.published,
        body_text=body,
        word_count=len(body.split()),
        paragraphs=paragraphs,
        artefacts=tuple(artefacts),
        citations=citations,
        bibliography=cited.bibliography,
        dates=dates,
        fingerprints=tuple(cleaned.fingerprints.items()),
        warnings=raw.warnings,
        published_precision=pub.precision,
        reference_date=pub.reference,
        reference_source=pub.reference_source,
        comments=tuple(replace(c, text=repair_text(c.text).strip()) for c in raw.comments),
    )
