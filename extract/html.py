"""Web pages: main content as structured blocks, plus title/authors/date.

Pipeline (one parse per page; every stage works on the same lxml tree):

1. decode the bytes (``extract.decode``: BOM, UTF-8, declared charset, cp1252, detector);
2. parse once with lxml;
3. read metadata (JSON-LD, ``<meta>``, ``<h1>``, bylines) - ``extract.html_meta``;
4. prune boilerplate containers named in ``extract.html_patterns.ELEMENT_RULES``
   (navigation, cookie banners, share bars, comments, related links...),
   recording each as an ``Artefact``; a container holding a large share of the
   page's paragraph text, or the declared article body, is never pruned;
5. choose the main content with trafilatura (fast mode, comments off) on the
   pruned tree and turn its structured output into blocks
   (heading/paragraph/list_item/quote);
   Before that the tree is normalised so the content extractor sees the
   article whole: embedded social posts are lifted out of their "social"
   widgets as quotes, an article body cut into several same-class containers
   by ad slots is merged back (trafilatura would stop at the first piece),
   and sub-headings drawn as bold or "subhead" divs become <h3>;
6. if trafilatura finds nothing, a link-density scorer over the pruned tree
   picks the densest text container;
7. reader comments in the pruned comment containers are read apart
   (``extract.html_comments``): never main text, they go to ``RawDocument.comments``;
8. drop the title repeated as a heading, bylines/datelines at the top and
   template prompts (``BLOCK_RULES``), recording each; paragraphs typed as
   list items ("1. ...", "• ...") become list_item blocks.

``extract_html`` never raises anything but ``ExtractError``.
"""
from __future__ import annotations

import copy
import functools
import gzip
import io
import logging
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

import lxml.html
from lxml import etree

from extract import reasons
from extract import html_patterns as pat
from extract.decode import NotText, decode_html
from extract.html_comments import read_comments
from extract.html_meta import PageMeta, _fold, extract_meta, split_authors
from extract.model import ExtractError
from transform.model import RawDocument
from transform.model import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Artefact, Block
from transform.patterns import rule_names as R
from transform.patterns.months import STAMP_MONTHS
from transform.publication import parse_date

try:  # trafilatura is the main-content component; without it the density scorer runs alone
    import trafilatura
    from trafilatura.settings import Extractor as _TrafExtractor

    _TRAF_OPTIONS = _TrafExtractor(output_format="xml", fast=True, comments=False, tables=True,
                                   formatting=False, links=False, images=False, dedup=False)
except Exception:  # pragma: no cover - exercised only without trafilatura
    trafilatura = None
    _TRAF_OPTIONS = None
try:  # the readability algorithm, as trafilatura ships it (one of the main-text candidates)
    from trafilatura.readability_lxml import Document as _Readability
except Exception:  # pragma: no cover - exercised only without trafilatura
    _Readability = None

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

MAX_BYTES = 30_000_000          # larger "pages" are not web pages; refuse rather than stall
MAX_ARTEFACT_CHARS = 4000       # text kept per audit row
MIN_MAIN_CHARS = 40             # less readable text than this is kept with a warning (none: refused)

_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2028\u2029]+")
_ANY_WS = re.compile(r"\s+")
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                               default_doctype=False)


# ==========================================================================
# decoding and parsing
# ==========================================================================

def _maybe_decompress(data: bytes) -> bytes:
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                return fh.read(MAX_BYTES + 1)
        except (OSError, EOFError, zlib.error):
            return data
    return data


# Tags that only nest.  libxml2 stops building the tree 256 levels down and drops what is
# deeper; a page nested that deep is re-read without them, so its text survives.
_NESTING_TAGS = re.compile(
    r"</?(?:div|span|section|article|main|aside|nav|header|footer|font|center|table|tbody|thead|tr|td|th|"
    r"form|fieldset|b|i|u|s|em|strong|small|big|sup|sub|a|label)(?:\s[^<>]*)?/?>", re.I)


def _too_deep(parser) -> bool:
    return any("Excessive depth" in e.message for e in parser.error_log)


def parse_html(text: str) -> etree._Element | None:
    """``"<div><div>…<p>text</p>…</div></div>"`` (nested deeper than libxml2 builds) → a tree that keeps the text."""
    text = _INVALID_XML.sub("", _XML_DECL.sub("", text, count=1))
    if not text.strip():
        return None
    for attempt in (text, None):
        if attempt is None:
            text = _NESTING_TAGS.sub(" ", text)
        try:
            tree = lxml.html.document_fromstring(text, parser=_PARSER)
        except (etree.ParserError, ValueError, etree.XMLSyntaxError):
            try:
                tree = lxml.html.fragment_fromstring(text, create_parent="div", parser=_PARSER)
            except (etree.ParserError, ValueError, etree.XMLSyntaxError):
                return None
        if not _too_deep(_PARSER):
            break
    return tree


# ==========================================================================
# text helpers
# ==========================================================================

_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})


def _norm(text: str) -> str:
    lines = (_WS.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def _paragraphs(text: str) -> list[str]:
    """Split at blank lines (two <br>, or nested paragraphs), each piece normalised."""
    return [t for t in (_norm(piece) for piece in _BLANK_LINE.split(text)) if t]


def _flat_text(el: etree._Element) -> str:
    """Text of a subtree, whitespace collapsed (scripts/styles already stripped)."""
    return _ANY_WS.sub(" ", " ".join(el.itertext())).strip()


def _visible_parts(el: etree._Element, opening: dict[str, str], closing: dict[str, str],
                   clean=str) -> list[str]:
    """A subtree's readable text in pieces (script, style and the like skipped): each element's
    text and its children's tails, passed through ``clean``, with ``opening[tag]`` before an
    element's text and ``closing[tag]`` after its children."""
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in _NO_TEXT_TAGS:
            return
        if tag in opening:
            parts.append(opening[tag])
        if e.text:
            parts.append(clean(e.text))
        for child in e:
            walk(child)
            if child.tail:
                parts.append(clean(child.tail))
        if tag in closing:
            parts.append(closing[tag])

    walk(el)
    return parts


_SPACE_AFTER = dict.fromkeys(("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"), " ")


def _visible_text(el: etree._Element) -> str:
    """Readable text of a subtree (no script/style), whitespace collapsed."""
    return _ANY_WS.sub(" ", "".join(_visible_parts(el, {}, _SPACE_AFTER))).strip()


# ==========================================================================
# pruning
# ==========================================================================

_PRUNE_TAGS = frozenset({"div", "section", "aside", "nav", "footer", "header", "ul", "ol", "menu",
                         "span", "form", "table", "dl", "p", "li", "figure", "details", "dialog",
                         "article", "center", "font", "iframe", "address", "time"})
# Inline elements are pruned only outside running text (a span inside a <p> is part of a sentence).
_INLINE_TAGS = frozenset({"span", "time", "font"})
_TEXT_BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
                              "dd", "dt", "figcaption", "pre"})


def _in_running_text(el: etree._Element) -> bool:
    for depth, anc in enumerate(el.iterancestors()):
        if anc.tag in _TEXT_BLOCK_TAGS:
            return True
        if depth >= 2:
            break
    return False
_KEEP_TAGS = frozenset({"html", "body", "main", "head"})
# Never looked into: code listings carry highlighter classes such as "hljs-comment".
_OPAQUE_TAGS = frozenset({"pre", "code", "kbd", "samp", "math", "textarea"})


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _attrs(el: etree._Element) -> str:
    """class and id, with camelCase split into words ("ArticlePromo" -> "Article Promo")."""
    c = el.get("class")
    i = el.get("id")
    s = f"{c} {i}" if c and i else (c or i or "")
    return _camel_split(s) if s else s


@functools.lru_cache(maxsize=8192)
def _camel_split(s: str) -> str:
    return _CAMEL.sub(" ", s)  # pages of one site repeat their class names: each split once


_RULE_TAGS = frozenset(t for r in pat.ELEMENT_RULES for t in r.tags)
_ANY_RULE_ATTR = re.compile("|".join(f"(?:{r.attr.pattern})" for r in pat.ELEMENT_RULES if r.attr is not None),
                            re.I)


@functools.lru_cache(maxsize=8192)
def _any_rule_attr(attrs: str) -> bool:
    return _ANY_RULE_ATTR.search(attrs) is not None


def _match_rule(el: etree._Element, tag: str) -> pat.ElementRule | None:
    role = el.get("role")
    role = role.strip().lower() if role else ""
    attrs = _attrs(el)
    if not role and tag not in _RULE_TAGS and not (attrs and _any_rule_attr(attrs)):
        return None
    for rule in pat.ELEMENT_RULES:
        by_structure = tag in rule.tags or (role and role in rule.roles)
        if by_structure or (rule.attr is not None and attrs and rule.attr.search(attrs)):
            if rule.max_chars is not None and len(el.text_content().strip()) > rule.max_chars:
                continue
            if not by_structure and rule.name not in pat.NAME_RULES_ON_PROSE and _is_long_prose(el):
                # kept, and its name taken off so that the content extractors' own name
                # rules do not delete it either
                for key in ("class", "id"):
                    el.attrib.pop(key, None)
                return None
            return rule
    return None


def _is_long_prose(el: etree._Element) -> bool:
    """Running text a class or id name alone must not delete: at least ``pat.PROSE_MIN_CHARS``
    characters outside links, links under ``pat.PROSE_MAX_LINK_DENSITY`` of the text, and
    sentences (``pat.PROSE_MIN_SENTENCES`` full stops or more).  A "share" or "tags" name on
    a link bar or a short widget still prunes it."""
    total = int(_STRING_LEN(el))
    if total < pat.PROSE_MIN_CHARS:
        return False
    links = sum(len(t.strip()) for t in _LINK_TEXT(el))
    if total - links < pat.PROSE_MIN_CHARS or links > pat.PROSE_MAX_LINK_DENSITY * total:
        return False
    return len(pat.SENTENCE_STOP.findall(el.text_content())) >= pat.PROSE_MIN_SENTENCES


def _is_main_marker(el: etree._Element, tag: str) -> bool:
    if tag in ("main", "article"):
        return True
    if (el.get("itemprop") or "").lower() in pat.MAIN_CONTENT_ITEMPROP:
        return True
    attrs = _attrs(el)
    return bool(attrs and pat.MAIN_CONTENT_ATTR.search(attrs))


@dataclass
class _Removal:
    rule: pat.ElementRule
    text: str
    element: etree._Element | None = None  # kept for comment containers (read into comments)


_P_TEXT = etree.XPath("descendant-or-self::p//text()", smart_strings=False)


def p_text_in(el: etree._Element) -> int:
    """Characters of paragraph (<p>) text in a subtree."""
    return sum(len(t.strip()) for t in _P_TEXT(el))


def prune_boilerplate(tree: etree._Element) -> list[_Removal]:
    """Remove boilerplate containers in place; return what went, by rule."""
    body = tree.find("body")
    if body is None:
        body = tree
    # paragraph text per element, to keep containers that hold the article
    total_p = p_text_in(body)
    total_plain = _plain_len(body)
    removals: list[_Removal] = []
    to_remove: list[etree._Element] = []

    stack = [body]
    while stack:
        el = stack.pop()
        for child in reversed(el):
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _OPAQUE_TAGS:
                continue
            if tag in _KEEP_TAGS or tag not in _PRUNE_TAGS:
                stack.append(child)
                continue
            if tag in _INLINE_TAGS and _in_running_text(child):
                continue
            rule = _match_rule(child, tag)
            if rule is None:
                stack.append(child)
                continue
            # safeguards: never prune what holds the article
            inside = p_text_in(child)
            if total_p and inside > 0.3 * total_p and inside > 400:
                stack.append(child)
                continue
            plain = _plain_len(child)
            if plain > 0.3 * total_plain and plain > 600:
                stack.append(child)
                continue
            if inside > 200 and any(_is_main_marker(d, d.tag) and p_text_in(d) > 0.5 * inside
                                    for d in child.iter("article", "main", "div", "section")):
                stack.append(child)
                continue
            to_remove.append(child)
            text = _flat_text(child)
            if text:
                removals.append(_Removal(rule, text, child if rule.kind == "comments" else None))
    for el in to_remove:
        _drop(el)
    return removals


_STRING_LEN = etree.XPath("string-length(normalize-space(.))")
_LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)


def _plain_len(el: etree._Element) -> int:
    """Characters of text outside links (scripts are stripped before pruning)."""
    total = int(_STRING_LEN(el))
    links = sum(len(t.strip()) for t in _LINK_TEXT(el))
    return max(total - links, 0)


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _unwrap_embedded_posts(tree: etree._Element) -> None:
    """Embedded social posts are quotations: lift each out of its widget wrapper
    (whose "social"/"embed" class would get it pruned) as a plain blockquote."""
    for el in list(tree.iter("blockquote", "div")):
        attrs = _attrs(el)
        if not attrs or not pat.EMBEDDED_POST_ATTR.search(attrs):
            continue
        text = _flat_text(el)
        if not text:
            continue
        wrapper = el
        parent = el.getparent()
        while (parent is not None and parent.tag not in ("body", "html", "article", "main")
               and not _is_main_marker(parent, parent.tag)
               and len(_flat_text(parent)) <= len(text) + 40):
            wrapper = parent
            parent = parent.getparent()
        for key in list(el.attrib):
            del el.attrib[key]
        el.tag = "blockquote"
        if wrapper is not el and wrapper.getparent() is not None:
            el.tail = wrapper.tail
            wrapper.getparent().replace(wrapper, el)


def _merge_split_body(tree: etree._Element) -> int:
    """An article body cut into several containers of the same body class
    (ad slots in between) is made one container again, so the content
    extractor does not stop at the first piece.  Pieces must sit in the same
    <article> (or none) with no <h1> between them.  Returns pieces merged."""
    body = tree.find("body")
    if body is None:
        body = tree
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for el in body.iter("div", "section"):
        cls = el.get("class")
        if cls and pat.MAIN_CONTENT_ATTR.search(_CAMEL.sub(" ", cls)):
            groups.setdefault((el.tag, " ".join(cls.split())), []).append(el)
    merged = 0
    order: dict[etree._Element, int] | None = None
    for els in groups.values():
        if len(els) < 2:
            continue
        members = set(els)
        els = [e for e in els if not any(a in members for a in e.iterancestors())]
        if len(els) < 2 or any(not _has_paragraph(e) for e in els):
            continue
        articles = {next(e.iterancestors("article"), None) for e in els}
        if len(articles) > 1:
            continue
        if order is None:
            order = {el: i for i, el in enumerate(body.iter())}
        lo, hi = order[els[0]], order[els[-1]]
        if any(lo < order.get(h, -1) < hi for h in body.iter("h1")):
            continue
        first = els[0]
        for e in els[1:]:
            if e.text and e.text.strip():
                holder = etree.SubElement(first, "p")
                holder.text = e.text
            for child in list(e):
                first.append(child)
            e.text = None
            _drop(e)
            merged += 1
    return merged


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKISH = frozenset({"div", "p", "section", "article", "ul", "ol", "table", "blockquote", "h1", "h2", "h3",
                       "h4", "h5", "h6", "li", "dl", "pre", "figure"})


def _promote_pseudo_headings(tree: etree._Element) -> int:
    """Sub-headings drawn as styled text become <h3>: a short div/p with a
    sub-heading class, or a short div/p that is nothing but bold text."""
    body = tree.find("body")
    if body is None:
        body = tree
    promoted = 0
    for el in body.iter("div", "p"):
        if any(isinstance(c.tag, str) and c.tag in _BLOCKISH for c in el):
            continue
        text = _flat_text(el)
        if not text or len(text.split()) > pat.SUBHEAD_MAX_WORDS:
            continue
        cls = el.get("class")
        by_class = bool(cls and pat.SUBHEAD_ATTR.search(_CAMEL.sub(" ", cls)))
        if not by_class:
            kids = [c for c in el if isinstance(c.tag, str)]
            if (len(kids) != 1 or kids[0].tag not in ("b", "strong") or (el.text or "").strip()
                    or (kids[0].tail or "").strip() or pat.SENTENCE_END.search(text)
                    or pat.PSEUDO_LIST_ITEM.match(text) or kids[0].find(".//a") is not None):
                continue
            if any(a.tag in _HEADING_TAGS or a.tag in ("li", "td", "th", "blockquote", "a")
                   for a in el.iterancestors()):
                continue
        el.tag = "h3"
        promoted += 1
    return promoted


def _has_paragraph(el: etree._Element) -> bool:
    return any(len(p.text_content().strip()) >= 40 for p in el.iter("p"))


def _drop_skip_links(tree: etree._Element, removals: list[_Removal]) -> None:
    """Links to a place on the same page that say "Skip to …" are keyboard shortcuts, not text."""
    for a in list(tree.iter("a")):
        if (a.get("href") or "").startswith("#") and pat.SKIP_LINK_TEXT.match(a.text_content() or ""):
            removals.append(_Removal(pat.SKIP_LINK_RULE, _flat_text(a)))
            _drop(a)


def _strip_scripts(tree: etree._Element) -> None:
    """Remove scripts, styles and templates.  JSON-LD (read already) moves to
    <head>, where the content extractor still sees the page type."""
    doomed = list(tree.iter("script", "style", "template", "noscript"))
    head = tree.find("head")
    for el in doomed:
        if (head is not None and el.tag == "script"
                and (el.get("type") or "").strip().lower() == "application/ld+json"):
            if el.getparent() is not head:
                _drop(el)
                el.tail = None
                head.append(el)
            continue
        _drop(el)


# ==========================================================================
# main content: trafilatura's structured body -> blocks
# ==========================================================================

def _inline_text(el: etree._Element, skip_lists: bool = False, raw: bool = False) -> str:
    """Text of an output element: line breaks only where the page had <br> or nested
    blocks (source line-wrapping is whitespace); code keeps its own lines."""
    parts: list[str] = []
    keep_lines = el.tag == "code"

    def text(t: str) -> str:
        return t if keep_lines else _ANY_WS.sub(" ", t)

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(text(e.text))
        for child in e:
            tag = child.tag
            if tag == "lb":
                parts.append("\n")
            elif skip_lists and tag == "list":
                pass
            elif tag in ("p", "head", "quote", "item", "row"):
                parts.append("\n\n")
                walk(child)
                parts.append("\n\n")
            elif tag == "cell":
                parts.append(" ")
                walk(child)
                parts.append(" ")
            elif tag == "graphic":
                pass
            else:
                walk(child)
            if child.tail:
                parts.append(text(child.tail))

    walk(el)
    return "".join(parts) if raw else _norm("".join(parts))


_BLOCK_TAGS = frozenset({"p", "list", "head", "quote", "table", "code", "div", "section", "article"})


_LAYOUT_CELL_CHILDREN = frozenset({"p", "head", "list", "quote", "table", "code"})


def _is_layout_row(row: etree._Element) -> bool:
    """A table row that lays out a page rather than holding data: one of its cells
    holds paragraphs, headings, lists or another table."""
    return any(cell.tag == "cell" and any(c.tag in _LAYOUT_CELL_CHILDREN for c in cell) for cell in row)


def _blocks_from_body(body: etree._Element) -> list[Block]:
    """trafilatura's output tree (head/p/list/item/quote/table/...) -> blocks in order."""
    blocks: list[Block] = []

    def add(text: str, kind: str) -> None:
        if text:
            blocks.append(Block(text=text, kind=kind))

    def visit_list(lst: etree._Element, quote: bool) -> None:
        for item in lst:
            if item.tag == "list":
                visit_list(item, quote)
            elif item.tag == "item":
                add(_inline_text(item, skip_lists=True), QUOTE if quote else LIST_ITEM)
                for sub in item:
                    if sub.tag == "list":
                        visit_list(sub, quote)
            else:
                add(_inline_text(item), QUOTE if quote else PARAGRAPH)

    def mixed(el: etree._Element, kind: str, quote: bool) -> None:
        """Inline runs become paragraphs (split at blank lines); block children are visited."""
        run: list[str] = [_ANY_WS.sub(" ", el.text or "")]

        def flush() -> None:
            for piece in _paragraphs("".join(run)):
                add(piece, kind)
            run.clear()

        for child in el:
            tag = child.tag
            if tag in _BLOCK_TAGS:
                flush()
                visit(child, quote)
            elif tag == "lb":
                run.append("\n")
            elif tag != "graphic":
                run.append(_inline_text(child, raw=True))
            if child.tail:
                run.append(_ANY_WS.sub(" ", child.tail))
        flush()

    def data_row(row: etree._Element, kind: str) -> None:
        cells = [_inline_text(c).replace("\n", " ") for c in row.iter("cell")]
        add(" | ".join(c for c in cells if c), kind)

    def visit_table(table: etree._Element, kind: str, quote: bool) -> None:
        """A data table's rows are one block each (cells joined by " | "); a row whose
        cells hold paragraphs or headings lays out the page and its cells are read as text."""
        rows = list(table.iter("row"))
        if not any(_is_layout_row(r) for r in rows):
            for row in rows:
                data_row(row, kind)
            return
        for row in rows:
            if next(row.iterancestors("table"), None) is not table:
                continue  # a nested table's row: read where its table stands
            if not _is_layout_row(row):
                data_row(row, kind)
                continue
            for cell in row:
                if cell.tag == "cell":
                    mixed(cell, kind, quote)

    def visit(el: etree._Element, quote: bool = False) -> None:
        tag = el.tag
        kind = QUOTE if quote else PARAGRAPH
        if tag == "head":
            add(_inline_text(el), QUOTE if quote else HEADING)
        elif tag == "list":
            visit_list(el, quote)
        elif tag == "quote":
            mixed(el, QUOTE, True)
        elif tag == "table":
            visit_table(el, kind, quote)
        elif tag == "code":
            add(_inline_text(el), kind)
        elif tag == "graphic":
            return
        else:
            mixed(el, kind, quote)

    mixed(body, PARAGRAPH, False)
    return blocks


def _trafilatura_blocks(tree: etree._Element) -> list[Block]:
    if trafilatura is None:
        return []
    try:
        doc = trafilatura.bare_extraction(tree, options=_TRAF_OPTIONS)
    except Exception:  # noqa: BLE001 - a component failure falls back to the other candidates
        return []
    if doc is None or getattr(doc, "body", None) is None:
        return []
    return _blocks_from_body(doc.body)


def _readability_blocks(tree: etree._Element) -> list[Block]:
    """The readability algorithm (trafilatura's fork of readability-lxml) on a copy of the
    pruned tree: the best-scoring container plus its related siblings."""
    if _Readability is None:
        return []
    try:
        html = _Readability(copy.deepcopy(tree), min_text_length=25).summary()
        if not html or not html.strip():
            return []
        article = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - a component failure leaves the other candidates
        return []
    return _element_blocks(article)


def _bag(blocks: list[Block]) -> Counter:
    """The words of some blocks, as a multiset (case folded, split at whitespace)."""
    return Counter(" ".join(b.text for b in blocks).casefold().split())


def choose_main(candidates: dict[str, list[Block]], primary: str = "trafilatura",
                link_words: Counter | None = None) -> tuple[str, list[Block]]:
    """The main text is never narrower than its best signal.

    Start from the primary candidate (trafilatura's choice) and widen to another
    candidate when that one *holds* it - at least ``pat.WIDEN_CONTAINS`` of the chosen
    words are among its words - and is clearly longer (``pat.WIDEN_RATIO`` times the
    words).  A candidate that holds the current choice and more is the same text with
    what the first pass cut off (the rest of a long document, the other posts of a
    thread, the other sections of a service page); one that does not hold it is a
    different block and is not taken for being longer - unless the choice is a scrap
    (under ``pat.SCRAP_WORDS`` words) and the other ``pat.SCRAP_RATIO`` times as long.
    An empty primary gives way to the longest candidate.
    Given the page's link words, a candidate that holds the choice and is only a little
    longer (``pat.WIDEN_PROSE_RATIO``) is taken too when what it adds is not link text
    (under ``pat.WIDEN_PROSE_MAX_LINK_SHARE`` of its words): the lede, the sub-headings or
    a paragraph the first pass cut, not a menu.

    ``{"trafilatura": [3 paragraphs], "readability": [the same 3 + 5 more]}`` →
    ``("readability", [8 paragraphs])``
    """
    bags = {k: _bag(v) for k, v in candidates.items() if v}
    if not bags:
        return primary, []
    size = {k: sum(b.values()) for k, b in bags.items()}
    if primary not in bags:
        name = max(bags, key=size.get)
        return name, candidates[name]
    name = primary
    for k in sorted(bags, key=lambda k: -size[k]):
        if (k != name and sum((bags[name] & bags[k]).values()) >= pat.WIDEN_CONTAINS * size[name]
                and not _adds_teasers(candidates[name], candidates[k])
                and (size[k] > pat.WIDEN_RATIO * size[name]
                     or (link_words is not None and size[k] > pat.WIDEN_PROSE_RATIO * size[name]
                         and _adds_prose(candidates[name], candidates[k], link_words)))):
            name = k
    if name == primary and size[name] < pat.SCRAP_WORDS:
        longer = [k for k in bags if size[k] > pat.SCRAP_RATIO * size[name]]
        if longer:
            name = max(longer, key=size.get)
    return name, candidates[name]


def _adds_prose(chosen: list[Block], wider: list[Block], link_words: Counter) -> bool:
    """What the wider candidate adds is text of this page: not the page's link text (under
    ``pat.WIDEN_PROSE_MAX_LINK_SHARE`` of its words) and no block twice (a gallery's
    captions, the buttons of each post repeat; a lede or a sub-heading does not)."""
    have = {b.text for b in chosen}
    extra = [b for b in wider if b.text not in have]
    openings = [_fold(b.text)[:pat.WIDEN_PROSE_OPENING] for b in extra]
    if len(set(openings)) < len(openings):
        return False
    return _link_share(_bag(wider) - _bag(chosen), link_words) < pat.WIDEN_PROSE_MAX_LINK_SHARE


def _link_share(words: Counter, link_words: Counter) -> float:
    """The share of ``words`` that are the page's link text (1.0 for no words)."""
    size = sum(words.values())
    return sum((words & link_words).values()) / size if size else 1.0


def _teaser_share(blocks: list[Block]) -> float:
    paras = [b for b in blocks if b.kind != HEADING]
    return sum(1 for b in paras if pat.TEASER_END.search(b.text)) / len(paras) if paras else 0.0


def _adds_teasers(chosen: list[Block], wider: list[Block]) -> bool:
    """What the wider candidate adds is mostly excerpts cut short ("…"): the cards of
    other pages (related posts, "you may also like"), not more of this one - unless the
    choice is made of such excerpts itself (a listing page)."""
    have = {b.text for b in chosen}
    extra = [b for b in wider if b.text not in have]
    share = _teaser_share(extra)
    return share > pat.TEASER_SHARE and share > 2 * _teaser_share(chosen) + 0.1


def _item_key(el: etree._Element) -> tuple[str, str] | None:
    if not isinstance(el.tag, str) or el.tag not in _ITEM_TAGS:
        return None
    cls = (el.get("class") or "").split()
    return el.tag, cls[0] if cls else ""


_ITEM_TAGS = frozenset({"div", "article", "li", "section", "tr", "dl", "table"})


def _repeated_items_blocks(tree: etree._Element) -> list[list[Block]]:
    """The posts of a thread, the entries of a listing: the largest run of sibling
    elements of one kind (same tag and first class) of which at least
    ``pat.ITEMS_MIN`` carry ``pat.ITEM_MIN_CHARS`` characters of text outside links;
    each item's blocks, in order.  Empty when the page has no such run."""
    body = tree.find("body")
    if body is None:
        body = tree
    best: list[etree._Element] = []
    best_size = 0
    for parent in body.iter(*_ITEM_PARENTS):
        groups: dict[tuple[str, str], list[etree._Element]] = {}
        for child in parent:
            key = _item_key(child)
            if key is not None:
                groups.setdefault(key, []).append(child)
        for members in groups.values():
            if len(members) < pat.ITEMS_MIN:
                continue
            sizes = [_plain_len(m) for m in members]
            if sum(1 for n in sizes if n >= pat.ITEM_MIN_CHARS) < pat.ITEMS_MIN:
                continue
            if sum(sizes) > best_size:
                best, best_size = members, sum(sizes)
    return [_element_blocks(m) for m in best]


_ITEM_PARENTS = ("div", "section", "main", "article", "ol", "ul", "tbody", "table", "body", "form")


def _words_in(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def _covered(block: Block, bag: Counter) -> bool:
    """At least ``pat.CHROME_COVERED`` of the block's words are among ``bag``'s."""
    own = _bag([block])
    size = sum(own.values())
    return size > 0 and sum((own & bag).values()) >= pat.CHROME_COVERED * size


def _is_chrome_tail(tail: list[Block], link_words: Counter) -> bool:
    """Short blocks (headings, list items, paragraphs of a few words), several of them,
    a good share of whose words are the page's link text: the headline lists, "more"
    links and footer lines a page sets after its article."""
    if len(tail) < pat.CHROME_TAIL_MIN_BLOCKS:
        return False
    if any(b.kind not in (HEADING, LIST_ITEM) and _words(b.text) > pat.CHROME_TAIL_MAX_WORDS for b in tail):
        return False
    words = _bag(tail)
    size = sum(words.values())
    return size > 0 and sum((words & link_words).values()) >= pat.CHROME_TAIL_MIN_LINK_SHARE * size


def cut_chrome_tail(chosen: list[Block], reference: list[Block],
                    link_words: Counter) -> tuple[list[Block], list[Block]]:
    """Where another candidate (readability's) ends the article, the blocks the chosen one
    has after it go when they are the page's chrome (``_is_chrome_tail``).  Returns
    (kept, cut).

    ``chosen`` = [article paragraphs…, "Latest news", "Story two", "Story three"] with the
    last three link text, ``reference`` = [article paragraphs…]
    → ([article paragraphs…], ["Latest news", "Story two", "Story three"])
    """
    if not chosen or not reference:
        return chosen, []
    ref = _bag(reference)
    last = next((i for i in range(len(chosen) - 1, -1, -1) if _covered(chosen[i], ref)), None)
    if last is None or last == len(chosen) - 1:
        return chosen, []
    tail = chosen[last + 1:]
    if not _is_chrome_tail(tail, link_words):
        return chosen, []
    return chosen[:last + 1], tail


def _link_words(tree: etree._Element) -> Counter:
    """The words of the page's link texts, as a multiset (see ``_bag``)."""
    return Counter(" ".join(" ".join(_LINK_TEXT(tree)).split()).casefold().split())


def main_blocks(tree: etree._Element, removed: list[Artefact] | None = None) -> list[Block]:
    """The main content of a pruned page: trafilatura's choice, widened by the
    readability candidate or the run of repeated items (the posts of a thread, the
    entries of a listing) that holds it (``choose_main``); the density scorer when all
    are empty.  When trafilatura's choice stands and goes on past the end of the
    readability candidate into the page's chrome, that tail is cut (``cut_chrome_tail``;
    its blocks are appended to ``removed`` as artefacts).
    Readability runs only when the page holds enough text for it to matter: a
    candidate can never be longer than the page."""
    first = _trafilatura_blocks(tree)
    candidates = {"trafilatura": first}
    size = sum(len(b.text) for b in first)
    if size < pat.SCRAP_CHARS or int(_STRING_LEN(tree)) > pat.WIDEN_RATIO * size:
        candidates["readability"] = _readability_blocks(tree)
        items = _repeated_items_blocks(tree) if _words_in(first) < pat.ITEMS_WHEN_UNDER_WORDS else []
        if items:
            # the first pass and the items it left out (a block it already holds is not repeated)
            have = "\n".join(b.text for b in first)
            candidates["items"] = first + [b for item in items for b in item if b.text not in have]
    link_words = _link_words(tree)
    name, blocks = choose_main(candidates, link_words=link_words)
    if name == "trafilatura" and candidates.get("readability"):
        blocks, cut = cut_chrome_tail(blocks, candidates["readability"], link_words)
        if removed is not None and cut:
            removed.append(Artefact("related_links", R.CHROME_TAIL, "\n".join(b.text for b in cut)[:MAX_ARTEFACT_CHARS]))
    if sum(len(b.text) for b in blocks) < MIN_MAIN_CHARS:
        blocks = _density_blocks(tree) or blocks
    return blocks


# ==========================================================================
# fallback: link-density scoring on the (pruned) tree
# ==========================================================================

_HTML_BLOCK_KIND = {"h1": HEADING, "h2": HEADING, "h3": HEADING, "h4": HEADING, "h5": HEADING,
                    "h6": HEADING, "p": PARAGRAPH, "li": LIST_ITEM, "blockquote": QUOTE,
                    "pre": PARAGRAPH, "dd": PARAGRAPH, "dt": PARAGRAPH, "td": PARAGRAPH,
                    "figcaption": PARAGRAPH}
_BLANK_LINE_AFTER = dict.fromkeys((*_HTML_BLOCK_KIND, "div", "section"), "\n\n")


def _density_blocks(tree: etree._Element) -> list[Block]:
    """Score containers by the text of their paragraphs (minus link text); keep the best one's."""
    body = tree.find("body")
    if body is None:
        body = tree
    scores: dict[etree._Element, float] = defaultdict(float)
    for p in body.iter("p", "pre", "td", "li", "blockquote", "dd"):
        text = _WS.sub(" ", p.text_content()).strip()
        if len(text) < 25:
            continue
        link = sum(len(a.text_content()) for a in p.iter("a"))
        density = link / max(len(text), 1)
        if density > 0.5:
            continue
        score = (1 + text.count(",") + min(len(text) // 100, 3)) * (1 - density)
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] += score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] += score / 2
    if not scores:
        # plain text page: every non-empty block-level element in the body
        text = _visible_text(body)
        return [Block(text=text, kind=PARAGRAPH)] if text else []
    best = max(scores, key=scores.get)
    return _element_blocks(best)


_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "body", "html", "form", "center", "table",
                             "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "header", "footer", "aside",
                             "nav", "figure", "details", "fieldset", "address", "hr"})


def _element_blocks(root: etree._Element) -> list[Block]:
    """An HTML subtree as blocks, in order: the innermost block elements (p, li, h2...)
    with their kind; loose text between blocks as paragraphs (split at blank lines);
    a blockquote's text as quotes.

    ``<div>Intro<p>One.</p><ul><li>Two</li></ul></div>`` → [Intro, One., Two (list_item)]
    """
    blocks: list[Block] = []

    def flush(run: list[str], kind: str) -> None:
        for piece in _paragraphs("".join(run)):
            blocks.append(Block(text=piece, kind=kind))
        run.clear()

    def visit(el: etree._Element, kind: str) -> None:
        run: list[str] = [_ANY_WS.sub(" ", el.text or "")]
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _NO_TEXT_TAGS or not tag:
                pass
            elif tag == "br":
                run.append("\n")
            elif tag in _HTML_BLOCK_KIND or tag in _CONTAINER_TAGS:
                flush(run, kind)
                own = QUOTE if kind == QUOTE else _HTML_BLOCK_KIND.get(tag, kind)
                if tag in _HTML_BLOCK_KIND and not any(
                        isinstance(d.tag, str) and (d.tag in _HTML_BLOCK_KIND or d.tag in _CONTAINER_TAGS)
                        for d in child.iterdescendants()):
                    for piece in _paragraphs(_visible_text_lines(child)):
                        blocks.append(Block(text=piece, kind=own))
                else:
                    visit(child, own if tag in _HTML_BLOCK_KIND else kind)
            else:
                run.append(_visible_text_lines(child))
            if child.tail:
                run.append(_ANY_WS.sub(" ", child.tail))
        flush(run, kind)

    visit(root, PARAGRAPH)
    return blocks


_LINE_BEFORE = {"br": "\n"}


def _visible_text_lines(el: etree._Element) -> str:
    """Visible text with <br> as a line break and block children as blank lines."""
    return "".join(_visible_parts(el, _LINE_BEFORE, _BLANK_LINE_AFTER, lambda t: _ANY_WS.sub(" ", t)))


# ==========================================================================
# post-processing of the chosen blocks
# ==========================================================================

def _words(text: str) -> int:
    return len(text.split())


def _similar_title(text: str, title_key: str) -> bool:
    """The title again: same words, a truncated title, or the title plus a few
    words (a kicker or a site name on the same line) - never a longer sentence."""
    key = _fold(text)
    if not key or not title_key:
        return False
    if key == title_key:
        return True
    if len(key) >= 15 and title_key.startswith(key):
        return True
    if key.startswith(title_key) and len(key.split()) <= len(title_key.split()) + 3:
        return True
    return False


def _postprocess(blocks: list[Block], meta: PageMeta) -> tuple[list[Block], list[Artefact]]:
    removed: list[Artefact] = []
    title_key = _fold(meta.title or "")
    site_keys = {_fold(n) for n in meta.site_names} - {""}
    keep: list[Block] = []
    n = len(blocks)
    seen_body = False
    for i, b in enumerate(blocks):
        text = b.text
        words = _words(text)
        near_top = not seen_body or i < pat.EDGE_BLOCKS
        near_edge = i < pat.EDGE_BLOCKS or i >= n - pat.EDGE_BLOCKS
        # the title repeated as the first heading(s)
        if not seen_body and b.kind == HEADING and _similar_title(text, title_key):
            removed.append(Artefact("title", R.TITLE_HEADING, text))
            continue
        if not seen_body and b.kind == HEADING and _fold(text) in site_keys:
            removed.append(Artefact("navigation", R.SITE_NAME_HEADING, text))
            continue
        if not seen_body and b.kind == PARAGRAPH and _similar_title(text, title_key) and words <= 40:
            removed.append(Artefact("title", R.TITLE_REPEAT, text))
            continue
        if near_top and b.kind == PARAGRAPH and words <= pat.BYLINE_MAX_WORDS:
            if _is_byline_block(text, words) or _is_byline_text(text, meta):
                removed.append(Artefact("byline", R.BYLINE_PARAGRAPH, text))
                continue
            if pat.DATELINE_BLOCK.match(text) or _is_dateline(text):
                removed.append(Artefact("dateline", R.DATELINE_PARAGRAPH, text))
                continue
        hit = None
        for rule in pat.BLOCK_RULES:
            if words > rule.max_words or (rule.edge and not near_edge):
                continue
            if rule.pattern.search(text):
                hit = rule
                break
        if hit is not None:
            removed.append(Artefact(hit.kind, hit.name, text))
            continue
        if b.kind != HEADING:
            seen_body = True
        keep.append(b)
    keep = _pseudo_lists(keep)
    # headings left dangling at the very end (section titles of removed widgets)
    while keep and keep[-1].kind == HEADING and len(keep) > 1:
        removed.append(Artefact("related_links", R.TRAILING_HEADING, keep.pop().text))
    return keep, removed


def _pseudo_lists(blocks: list[Block]) -> list[Block]:
    """Runs of two or more paragraphs typed as list items ("1. ...", "2. ..." or
    bullets) become list_item blocks; the typed marker stays, as printed."""
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        numbers: list[int | None] = []
        while j < len(out) and out[j].kind == PARAGRAPH:
            m = pat.PSEUDO_LIST_ITEM.match(out[j].text)
            if not m:
                break
            numbers.append(int(m.group(1)) if m.group(1) else None)
            j += 1
        run = j - i
        numbered = all(n is not None for n in numbers)
        consecutive = numbered and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
        bulleted = all(n is None for n in numbers)
        if run >= 2 and (consecutive or bulleted):
            for k in range(i, j):
                out[k] = Block(text=out[k].text, kind=LIST_ITEM, page=out[k].page)
            i = j
        else:
            i = max(j, i + 1)
    return out


_TOKEN = re.compile(r"[^\W_]+(?:\.)?")


def _is_dateline(text: str) -> bool:
    """Only a date (and time) with filler words: "sexta-feira, 22 de outubro de 2010 às 20:13"."""
    if _words(text) > 14 or parse_date(text) is None:
        return False
    for tok in _TOKEN.findall(text):
        t = tok.lower().rstrip(".")
        if t.isdigit() or t in STAMP_MONTHS or t in ("st", "nd", "rd", "th") or pat.DATELINE_FILLER.match(t):
            continue
        if re.fullmatch(r"\d+(?:st|nd|rd|th|h|am|pm)", t):
            continue
        return False
    return True


def _is_byline_block(text: str, words: int) -> bool:
    """"By Jane Roe | 19 Nov 2019": short, and names a person (two words or more)."""
    if words > pat.BYLINE_BLOCK_MAX_WORDS or not pat.BYLINE_BLOCK.match(text):
        return False
    names = split_authors(text)
    return bool(names) and len(names[0].split()) >= 2


def _is_byline_text(text: str, meta: PageMeta) -> bool:
    key = _fold(text)
    if not key:
        return False
    for bt in meta.byline_texts:
        if _fold(bt) == key:
            return True
    if meta.authors:
        names = _fold(" ".join(meta.authors))
        if key == names:
            return True
    return False


# ==========================================================================
# entry point
# ==========================================================================

def _redirect_target(tree: etree._Element) -> str | None:
    """The URL of a <meta http-equiv="refresh"> redirect ("" if unnamed), None if none."""
    for el in tree.iter("meta"):
        if (el.get("http-equiv") or "").strip().lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\";]+)", el.get("content") or "", re.I)
            return m.group(1).strip()[:200] if m else ""
    return None


def _has_own_text(blocks: list[Block], tree: etree._Element) -> bool:
    """Some block is more than a heading or a link's label (a short page still says something:
    "Closed on Mondays."; a page that did not render shows only its name and menu links)."""
    labels = sorted({t for t in (_fold(_flat_text(e)) for e in tree.iter("a", "h1", "h2", "h3", "button", "label"))
                     if t}, key=len, reverse=True)
    for b in blocks:
        if b.kind == HEADING:
            continue
        rest = _fold(b.text)
        for label in labels:
            rest = rest.replace(label, " ")
        if any(ch.isalnum() for ch in rest):
            return True
    return False


def _group_removals(removals: list[_Removal]) -> list[Artefact]:
    """One audit row per rule (text of its containers, capped)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for r in removals:
        grouped.setdefault((r.rule.kind, r.rule.name), []).append(r.text)
    out = []
    for (kind, rule), texts in grouped.items():
        text = "\n".join(texts)
        if len(text) > MAX_ARTEFACT_CHARS:
            text = text[:MAX_ARTEFACT_CHARS - 1] + "…"
        out.append(Artefact(kind, rule, text))
    return out


def extract_html(data: bytes, source_path: str) -> RawDocument:
    """Read one web page into a ``RawDocument`` (format ``html``).

    Raises ``ExtractError`` (and nothing else) when the page has no readable
    main text at all (``empty``; a short one is kept with a ``short_main_text`` warning),
    is not text at all (``undecodable``) or is too large.
    """
    try:
        return _extract_html(data, source_path)
    except ExtractError:
        raise
    except RecursionError:
        raise ExtractError(reasons.UNDECODABLE, f"{source_path}: the HTML is nested too deeply to read; "
                           "check that the file is a real web page.") from None
    except Exception as err:  # noqa: BLE001 - the contract: only ExtractError leaves
        raise ExtractError(reasons.UNREADABLE_HTML, f"{source_path}: the page could not be read as HTML "
                           f"({type(err).__name__}: {err}); open it in a browser to check it.") from None


def _extract_html(data: bytes, source_path: str) -> RawDocument:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ExtractError(reasons.UNDECODABLE, f"{source_path}: expected bytes, got {type(data).__name__}.")
    data = bytes(data)
    if len(data) > MAX_BYTES:
        raise ExtractError(reasons.TOO_LARGE, f"{source_path}: {len(data):,} bytes is larger than any web page "
                           f"({MAX_BYTES:,} bytes allowed); split it or check it is really HTML.")
    data = _maybe_decompress(data)
    if len(data) > MAX_BYTES:
        raise ExtractError(reasons.TOO_LARGE, f"{source_path}: the page unpacks to more than {MAX_BYTES:,} bytes; "
                           "check that it is really a single web page.")
    if not data.strip():
        raise ExtractError(reasons.EMPTY, f"{source_path}: the file is empty; re-download the page.")
    try:
        text, encoding = decode_html(data)
    except NotText:
        raise ExtractError(reasons.UNDECODABLE, f"{source_path}: the bytes are not text in any known encoding "
                           "(binary file saved with an .html name?); check the download.") from None
    tree = parse_html(text)
    if tree is None:
        raise ExtractError(reasons.EMPTY, f"{source_path}: no HTML markup or text found; re-download the page.")

    meta = extract_meta(tree)
    _strip_scripts(tree)
    _unwrap_embedded_posts(tree)
    removals = prune_boilerplate(tree)
    _drop_skip_links(tree, removals)
    _merge_split_body(tree)
    _promote_pseudo_headings(tree)

    chrome: list[Artefact] = []
    blocks = main_blocks(tree, chrome)
    blocks, dropped = _postprocess(blocks, meta)
    dropped = chrome + dropped

    main_chars = sum(len(b.text) for b in blocks)
    refresh = _redirect_target(tree)
    if refresh is not None and main_chars < 300:
        raise ExtractError(reasons.EMPTY, f"{source_path}: the page is only a redirect to {refresh or 'another page'}; "
                           "save the page it points to instead.")
    if 0 < main_chars < MIN_MAIN_CHARS and not _has_own_text(blocks, tree):
        main_chars = 0  # only a heading and link labels: navigation of a page that did not render
    if main_chars == 0:
        raise ExtractError(reasons.EMPTY, f"{source_path}: the page has no readable main text (only navigation, "
                           "forms or scripts; it may need JavaScript to render) - save the rendered page "
                           "or remove the file.")
    warnings: list[str] = []
    if main_chars < MIN_MAIN_CHARS:
        warnings.append(f"short_main_text: only {main_chars} characters of main text; the page may be "
                        "a stub or need JavaScript to render")
    removed = tuple(_group_removals(removals) + dropped)
    comments = read_comments([r.element for r in removals if r.element is not None])
    return RawDocument(source_path=source_path, format="html", blocks=tuple(blocks), title=meta.title,
                       authors=meta.authors, published=meta.published, removed=removed,
                       encoding=encoding, site=meta.site, warnings=tuple(warnings), comments=tuple(comments))
