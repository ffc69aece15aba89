"""Reader comments of a web page, read from the comment containers that pruning removes.

Comments never enter the main text; they go to their own table (``comments``) for
users who want them.  A thread is read by the general shape of comment markup:

* items: elements typed as comments (``itemtype`` …/Comment, ``itemprop="comment"``)
  or whose class/id says comment, reply or post (``li.comment``, ``article.reply``),
  outermost first; a nested reply is an item of its own;
* in each item: the author (``itemprop="author"``, a class saying author/name/user,
  a vcard ``fn``), the date (``<time datetime>``, a class saying date/time) and the
  text (a class saying content/body/text/message, else the item's own paragraphs,
  without the nested replies, the author line and the date);
* a container without such items: each paragraph is a comment without author.

``<ol class="comments"><li class="comment"><cite class="fn">Ann</cite>
<time datetime="2020-05-01">May 1</time><p>Nice work.</p></li></ol>``
→ ``[Comment(0, "Nice work.", "Ann", date(2020, 5, 1))]``
"""
from __future__ import annotations

import re

from lxml import etree

from transform.model import Comment
from transform.publication import parse_date

# One class token or the id names the element a comment ("comment", "reply", "wp-comment",
# "comment-item", "comment-123"); "comment-content" or "comment-author" name its parts.
ITEM_TOKEN = re.compile(r"(?:[a-z]+[-_])?(?:comment|reply|post|message|review)"
                        r"(?:[-_]?(?:item|entry|wrap(?:per)?|container|single|\d+))?", re.I)
ITEM_TAGS = frozenset({"li", "article", "div", "section", "dl"})
AUTHOR_ATTR = re.compile(r"(?:^|[\s_-])(?:author|fn|name|user(?:name)?|nick(?:name)?|poster|commenter)(?:$|[\s_-])", re.I)
DATE_ATTR = re.compile(r"(?:^|[\s_-])(?:date|time|timestamp|published|posted|meta)(?:$|[\s_-])", re.I)
TEXT_ATTR = re.compile(r"(?:^|[\s_-])(?:content|body|text|message|entry)(?:$|[\s_-])", re.I)
CONTROL_ATTR = re.compile(r"(?:^|[\s_-])(?:reply-?link|reply-?button|actions?|toolbar|vote|like|report|"
                          r"permalink|avatar|edit)(?:$|[\s_-])", re.I)
MIN_TEXT_CHARS = 2
MAX_COMMENTS = 2000
_WS = re.compile(r"\s+")


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _is_item(el: etree._Element) -> bool:
    if not isinstance(el.tag, str) or el.tag not in ITEM_TAGS:
        return False
    itemtype = (el.get("itemtype") or "").lower()
    if itemtype.endswith("/comment") or (el.get("itemprop") or "").lower() == "comment":
        return True
    tokens = (el.get("class") or "").split() + [el.get("id") or ""]
    return any(ITEM_TOKEN.fullmatch(t) for t in tokens if t)


def _text(el: etree._Element, skip: set) -> str:
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(e.text)
        for child in e:
            if isinstance(child.tag, str) and child not in skip and child.tag not in ("script", "style", "form"):
                walk(child)
                if child.tag in ("p", "div", "br", "li", "blockquote"):
                    parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = (_WS.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _own_descendants(el: etree._Element, nested: set):
    """Descendants of ``el`` outside its nested items (replies), in document order."""
    stack = list(reversed([c for c in el if isinstance(c.tag, str)]))
    while stack:
        d = stack.pop()
        if d in nested:
            continue
        yield d
        stack.extend(reversed([c for c in d if isinstance(c.tag, str)]))


def _first(el: etree._Element, nested: set, test) -> etree._Element | None:
    return next((d for d in _own_descendants(el, nested) if test(d)), None)


def _author(el: etree._Element, items: set) -> etree._Element | None:
    return _first(el, items, lambda d: (d.get("itemprop") or "").lower() == "author"
                  or bool(AUTHOR_ATTR.search(_attrs(d))))


def _date(el: etree._Element, items: set) -> tuple[etree._Element | None, object]:
    node = _first(el, items, lambda d: d.tag == "time" or bool(DATE_ATTR.search(_attrs(d))))
    if node is None:
        return None, None
    return node, parse_date(node.get("datetime") or node.get("content") or node.text_content())


def read_comments(containers: list[etree._Element]) -> list[Comment]:
    """Comments of the given comment containers, in page order."""
    out: list[Comment] = []
    seen: set[str] = set()
    for box in containers:
        items = [el for el in box.iter() if _is_item(el)]
        item_set = set(items)
        if not items:
            for p in box.iter("p"):
                text = _text(p, set())
                if len(text) >= MIN_TEXT_CHARS and text not in seen:
                    seen.add(text)
                    out.append(Comment(len(out), text))
            continue
        for item in items:
            nested = {d for d in item.iterdescendants() if d in item_set}
            author_el = _author(item, nested)
            date_el, published = _date(item, nested)
            body = _first(item, nested, lambda d: bool(TEXT_ATTR.search(_attrs(d)))
                          and not AUTHOR_ATTR.search(_attrs(d)))
            skip = set(nested)
            skip.update(d for d in item.iterdescendants()
                        if isinstance(d.tag, str) and CONTROL_ATTR.search(_attrs(d)))
            if body is not None:
                text = _text(body, skip)
            else:
                skip.update(x for x in (author_el, date_el) if x is not None)
                text = _text(item, skip)
            author = _WS.sub(" ", author_el.text_content()).strip()[:200] if author_el is not None else None
            if len(text) < MIN_TEXT_CHARS or text in seen:
                continue
            seen.add(text)
            out.append(Comment(len(out), text, author or None, published))
            if len(out) >= MAX_COMMENTS:
                return out
    return out
