"""Title, authors and publication date of a web page.

Sources, most trusted first: JSON-LD (schema.org Article and kin), ``<meta>``
tags (citation_*, Open Graph, Dublin Core, parsely/sailthru...), then the page
itself (``<h1>``, byline elements, ``<time>``).  Everything works on an
already parsed lxml tree; nothing here parses the page again.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from lxml import etree

from extract import html_patterns as pat
from transform.patterns.months import STAMP_MONTHS
from transform.publication import page_published

_WS = re.compile(r"\s+")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


@dataclass
class PageMeta:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    site_names: tuple[str, ...] = ()
    byline_texts: list[str] = field(default_factory=list)
    site: str | None = None  # host of the canonical URL, else the site's name: the boilerplate family


def clean_text(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _fold(text: str) -> str:
    """Comparison key: lower case, no accents, words only."""
    text = unicodedata.normalize("NFKD", text.lower())
    return " ".join(re.findall(r"\w+", "".join(c for c in text if not unicodedata.combining(c))))


# --------------------------------------------------------------------------
# collection
# --------------------------------------------------------------------------

def _meta_map(tree: etree._Element) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
        if not key:
            continue
        value = el.get("content")
        if value is None:
            value = el.get("value")
        value = clean_text(value)
        if value:
            out.setdefault(key.strip().lower(), []).append(value)
    return out


_JSON_COMMENTS = re.compile(r"^\s*(?://[^\n]*|<!--|-->|/\*.*?\*/)", re.M | re.S)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<![CDATA["):
        text = text[9:]
        if text.endswith("]]>"):
            text = text[:-3]
    try:
        return json.loads(text)
    except ValueError:
        pass
    text = _TRAILING_COMMA.sub(r"\1", _JSON_COMMENTS.sub("", text)).strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except ValueError:
        # several objects pasted one after the other
        dec = json.JSONDecoder(strict=False)
        objs, pos = [], 0
        while pos < len(text):
            while pos < len(text) and text[pos] in " \t\r\n,;":
                pos += 1
            if pos >= len(text):
                break
            try:
                obj, pos = dec.raw_decode(text, pos)
            except ValueError:
                break
            objs.append(obj)
        return objs or None


def _walk_jsonld(obj: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(obj, list):
        for item in obj:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(obj, dict):
        yield obj
        graph = obj.get("@graph")
        if graph is not None:
            yield from _walk_jsonld(graph, depth + 1)
        main = obj.get("mainEntity") or obj.get("mainEntityOfPage")
        if isinstance(main, (dict, list)):
            yield from _walk_jsonld(main, depth + 1)


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _jsonld_objects(tree: etree._Element) -> tuple[list[dict], dict[str, dict], list[dict]]:
    """(article-like objects best first, every object by @id, every object)."""
    found: list[tuple[int, int, dict]] = []
    by_id: dict[str, dict] = {}
    every: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _load_json(script.text or "")
        for obj in _walk_jsonld(data):
            every.append(obj)
            oid = obj.get("@id")
            if isinstance(oid, str) and len(obj) > 2:
                by_id.setdefault(oid, obj)
            types = _types(obj)
            if types & pat.ARTICLE_TYPES:
                rank = min(pat.ARTICLE_TYPE_RANK.get(t, 0 if t in pat.ARTICLE_TYPES else 9) for t in types)
                found.append((rank, len(found), obj))
            if len(every) > 500:
                break
    found.sort(key=lambda x: (x[0], x[1]))
    return [obj for _, _, obj in found], by_id, every


def _names(value: Any, by_id: dict[str, dict] | None = None, depth: int = 0) -> list[str]:
    """Person names from a JSON-LD author value (string, object, @id reference or list)."""
    if depth > 3 or value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_names(v, by_id, depth + 1))
        return out
    if isinstance(value, dict):
        ref = value.get("@id")
        if by_id and isinstance(ref, str) and "name" not in value and ref in by_id:
            value = by_id[ref]
        if _types(value) & {"organization", "newsmediaorganization", "corporation", "website"}:
            return []
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) or isinstance(family, str):
            return [" ".join(x for x in (given, family) if isinstance(x, str))]
        if isinstance(name, (list, dict)):
            return _names(name, by_id, depth + 1)
    return []


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_text(value) or None
    if isinstance(value, list):
        for v in value:
            s = _str(v)
            if s:
                return s
    if isinstance(value, dict):
        return _str(value.get("name") or value.get("@value"))
    return None


# --------------------------------------------------------------------------
# authors
# --------------------------------------------------------------------------

_NAME_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.\- ])*$")
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "der", "den", "van", "von", "ter", "le", "la",
                        "du", "dos", "das", "do", "bin", "ibn", "al", "el", "y", "e", "zu", "af", "st"})


def clean_author(name: str) -> str | None:
    """One person's name as printed, minus honorifics and post-nominals; None if not a name."""
    name = clean_text(html.unescape(name))
    name = pat.BYLINE_PREFIX.sub("", name)
    name = name.strip(" ,;:|-–—·•\"'“”()[]")
    name = pat.HONORIFICS.sub("", name)
    name = pat.POSTNOMINALS.sub("", name).strip(" ,;:|-–—")
    if not name or len(name) > 60 or len(name) < 2:
        return None
    if pat.NOT_A_NAME.search(name) or not _NAME_CHARS.match(name):
        return None
    words = name.split()
    if not 1 <= len(words) <= 5:
        return None
    if len(words) == 1 and (name.islower() or name.lower().rstrip(".") in STAMP_MONTHS
                            or name.lower() in _WEEKDAYS):
        return None  # a user handle or a date part, not a printed name
    if len(words) > 1 and name.isupper() is False:
        # a printed name capitalises its words (particles aside)
        if any(w[0].islower() and w.lower() not in _PARTICLES for w in words):
            return None
    return name


def split_authors(text: str) -> list[str]:
    text = clean_text(html.unescape(text))
    text = pat.BYLINE_PREFIX.sub("", text)
    text = pat.BYLINE_TAIL.sub("", text)
    out = []
    for i, part in enumerate(pat.AUTHOR_SPLIT.split(text)):
        name = clean_author(part)
        if not name:
            continue
        if i > 0 and out and name.isupper() and len(name) <= 4:
            continue  # a credential after a name ("Jane Roe, RDN")
        out.append(name)
    return out


def _author_from_url(url: str) -> str | None:
    """``https://site/author/jane-roe`` -> ``Jane Roe``."""
    m = pat.AUTHOR_URL.search(url)
    if not m:
        return None
    slug = re.sub(r"[-_+]+", " ", m.group(1)).strip()
    if not slug or any(ch.isdigit() for ch in slug):
        return None
    return clean_author(" ".join(w.capitalize() for w in slug.split()))


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    """Unique names; "Jane Roe Staff Writer" gives way to "Jane Roe" when both occur."""
    seen: dict[str, str] = {}
    for n in names:
        key = _fold(n)
        if key and key not in seen:
            seen[key] = n
    keys = list(seen)
    out = [seen[k] for k in keys if not any(o != k and k.startswith(o + " ") for o in keys)]
    return tuple(out)


def _in_comments(el: etree._Element) -> bool:
    for anc in el.iterancestors():
        attrs = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if attrs.strip() and pat.COMMENT_AREA.search(attrs):
            return True
    return False


_BYLINE_QUICK = re.compile("|".join(pat.BYLINE_ATTR_WORDS))
_BY_STARTS = tuple(w.lower()[:2] for w in pat.BYLINE_WORDS)


def _byline_candidates(tree: etree._Element) -> Iterator[etree._Element]:
    """Elements that may hold a byline, in document order (a cheap first cut)."""
    for el in tree.iter():
        attrib = el.attrib
        if attrib:
            c = attrib.get("class")
            i = attrib.get("id")
            if ((c and _BYLINE_QUICK.search(c)) or (i and _BYLINE_QUICK.search(i))
                    or attrib.get("rel") == "author" or attrib.get("itemprop") == "author"):
                yield el
                continue
        t = el.text
        if t and t.lstrip()[:2].lower() in _BY_STARTS and pat.BYLINE_PREFIX.match(t):
            yield el


def _authors_from_page(tree: etree._Element) -> tuple[list[str], list[str]]:
    """(names, raw byline texts) from byline-like elements.

    Strong evidence first: ``rel=author``/``itemprop=author`` or a text
    starting with "By"; a bare ``class="author"`` element counts only when no
    strong one exists.  Bylines inside comment threads and forms are ignored.
    """
    strong: list[str] = []
    weak: list[str] = []
    texts: list[str] = []
    seen = 0
    for el in _byline_candidates(tree):
        if not isinstance(el.tag, str):
            continue
        rel = (el.get("rel") or "").lower()
        itemprop = (el.get("itemprop") or "").lower()
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        structured = rel == "author" or itemprop == "author"
        by_text = bool(el.text and pat.BYLINE_PREFIX.match(el.text))
        if not (structured or by_text or (attrs.strip() and pat.BYLINE_ATTR.search(attrs))):
            continue
        seen += 1
        if seen > 60:
            break
        if _in_comments(el):
            continue
        if itemprop == "author":
            name_el = el.find(".//*[@itemprop='name']")
            src = (name_el.get("content") or name_el.text_content()) if name_el is not None else (
                el.get("content") or el.text_content())
        else:
            src = el.text_content()
        src = clean_text(src)
        if not src or len(src) > 100:
            continue
        names = split_authors(src)
        by_attr = structured or bool(attrs.strip() and pat.BYLINE_ATTR.search(attrs))
        if not by_attr:
            # only its text says "By ...": a byline is short and names a person in full
            if len(pat.BYLINE_TAIL.sub("", src).split()) > 12 or not names or len(names[0].split()) < 2:
                continue
        texts.append(src)
        if not names:
            continue
        if structured or pat.BYLINE_PREFIX.match(src):
            strong.extend(names)
        elif len(names) <= 4:
            weak.append(names)
        if len(strong) >= 8:
            break
    if strong:
        # a bare name elsewhere may show where a byline's name ends ("Jane Roe Daily Planet")
        keys = [_fold(n) for n in strong]
        shorter = [w for group in weak for w in group if any(k.startswith(_fold(w) + " ") for k in keys)]
        return _fold_prefer_short(strong, shorter), texts
    if weak:
        return _fold_prefer_short(weak[0], [w for group in weak[1:] for w in group]), texts
    return [], texts


def _fold_prefer_short(names: list[str], shorter: list[str]) -> list[str]:
    out = []
    for n in names:
        key = _fold(n)
        best = next((w for w in shorter if key.startswith(_fold(w) + " ")), n)
        out.append(best)
    return out


# --------------------------------------------------------------------------
# title
# --------------------------------------------------------------------------

def _site_names(meta: dict[str, list[str]], ld: list[dict], every: list[dict]) -> list[str]:
    names = []
    for key in pat.META_SITE_KEYS:
        for v in meta.get(key, []):
            names.append(v.lstrip("@"))
    for obj in ld:
        pub = obj.get("publisher")
        s = _str(pub.get("name")) if isinstance(pub, dict) else _str(pub)
        if s:
            names.append(s)
    for obj in every:
        if _types(obj) & {"website", "organization", "newsmediaorganization"}:
            s = _str(obj.get("name"))
            if s:
                names.append(s)
    return [html.unescape(n) for n in names if n]


def _site_match(segment: str, site_keys: list[str], host_words: set[str]) -> bool:
    key = _fold(segment)
    if not key:
        return True
    if pat.TITLE_CHROME.match(segment.strip()):
        return True
    compact = key.replace(" ", "")
    for s in site_keys:
        sc = s.replace(" ", "")
        if compact == sc or (len(sc) > 3 and (compact.startswith(sc) or compact.endswith(sc)
                                               or (len(compact) > 3 and sc.startswith(compact)))):
            return True
    if compact and compact in host_words:
        return True
    return False


_SEP = re.compile(r"\s+(?:\||-|–|—|·|•|::|»|«|/|:)\s+|\s*\|\s*|:\s+")
_STRONG_SEP = re.compile(r"[|–—·•»-]|::")


def _segments(title: str) -> tuple[list[tuple[int, int]], list[re.Match]]:
    seps = list(_SEP.finditer(title))
    spans, pos = [], 0
    for m in seps:
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(title)))
    return spans, seps


def strip_site_name(title: str, site_names: Iterable[str], host_words: Iterable[str] = ()) -> str:
    """Remove " | Site Name" (or "Site Name - ") parts from a page title."""
    title = clean_text(title)
    spans, seps = _segments(title)
    if not seps:
        return title
    site_keys = [k for k in (_fold(s) for s in site_names) if k]
    hosts = set(host_words)
    first, last = 0, len(spans) - 1
    while last > first and _site_match(title[spans[last][0]:spans[last][1]], site_keys, hosts):
        last -= 1
    while first < last and _site_match(title[spans[first][0]:spans[first][1]], site_keys, hosts):
        first += 1
    if last > first and _STRONG_SEP.search(seps[last - 1].group()):
        # no known site name left, but a short tail after a strong separator is one
        tail = title[spans[last][0]:spans[last][1]]
        head = title[spans[first][0]:spans[last - 1][1]]
        if len(tail.split()) <= 4 and len(head.split()) >= 4 and ":" not in seps[last - 1].group():
            last -= 1
    return clean_text(title[spans[first][0]:spans[last][1]])


def _h1s(tree: etree._Element) -> list[tuple[etree._Element, str]]:
    """The page's <h1>s, then headline-classed elements (div.headline, .entry-title...)."""
    out = []
    for el in tree.iter("h1"):
        t = clean_text(el.text_content())
        if 3 <= len(t) <= 300:
            out.append((el, t))
        if len(out) >= 5:
            break
    for el in _HEADLINE_XPATH(tree):
        if el.tag == "h1" or len(out) >= 8:
            continue
        cls = el.get("class") or ""
        if pat.HEADLINE_ATTR.search(cls) or (el.get("itemprop") or "").lower() == "headline":
            t = clean_text(el.text_content())
            if 3 <= len(t) <= 300:
                out.append((el, t))
    return out


_HEADLINE_XPATH = etree.XPath("//*[@itemprop='headline' or contains(@class, 'eadline') or contains(@class, 'title')]"
                              "[not(self::meta or self::title or self::a or self::img)]")


def _is_masthead(h1: etree._Element, text: str, candidates: list[str]) -> bool:
    """A site-name <h1>: logo/brand classes; or, in a page header or menu outside the
    article, the words of a later part of the page title ("Page | Site")."""
    in_page_header = False
    for i, el in enumerate([h1, *h1.iterancestors()]):
        if el.tag in ("article", "main"):
            return False
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if attrs.strip() and pat.MASTHEAD_ATTR.search(attrs):
            return True
        if i > 0 and (el.tag in ("header", "nav") or (el.get("role") or "").lower() == "banner"):
            in_page_header = True
    if not in_page_header:
        return False
    key = _fold(text)
    for c in candidates:
        spans, _ = _segments(c)
        if any(_fold(c[a:b]) == key for a, b in spans[1:]):
            return True
    return False


_PERMALINK = re.compile(r"[\s#¶§🔗]+$")


def _agreement(h1: str, candidate: str) -> tuple[int, str | None]:
    """How an <h1> agrees with a declared title: (score, cleanest wording).

    3  same words as the whole title
    2  same words as the title's first segments ("About bugs" in "About bugs – Site")
    1  same words as later segments, or near-identical wording
    0  no agreement
    """
    fh, fc = _fold(h1), _fold(candidate)
    if not fh or not fc:
        return 0, None
    wording = _PERMALINK.sub("", h1) or h1  # the page's own typography, minus "¶"/"#" anchors
    if fh == fc:
        return 3, wording
    spans, _ = _segments(candidate)
    for i in range(len(spans)):
        for j in range(i, len(spans)):
            if _fold(candidate[spans[i][0]:spans[j][1]]) == fh:
                return (2 if i == 0 else 1), wording
    # near-identical wording (entities, quotes, a dropped first name): the h1 is fuller
    th, tc = fh.split(), fc.split()
    if len(th) >= 4 and len(tc) >= 4:
        common = len(set(th) & set(tc))
        if common >= 0.85 * len(set(tc)) and common >= 0.75 * len(set(th)):
            return 1, wording
    return 0, None


def choose_title(meta: dict[str, list[str]], ld: list[dict], tree: etree._Element,
                 site_names: list[str]) -> str | None:
    """The article's title (see ``_choose_title``)."""
    return _choose_title(meta, ld, tree, site_names)[0]


def _choose_title(meta: dict[str, list[str]], ld: list[dict], tree: etree._Element,
                  site_names: list[str]) -> tuple[str | None, list[str]]:
    """(title, site-name <h1> texts).  An <h1> agreeing with a declared title wins
    (it is the page's own wording); else the declared title minus site-name parts."""
    candidates: list[str] = []
    for obj in ld[:3]:
        for key in ("headline", "name", "alternativeHeadline"):
            s = _str(obj.get(key))
            if s:
                candidates.append(s)
                break
    for key in pat.META_TITLE_KEYS:
        for v in meta.get(key, [])[:1]:
            candidates.append(v)
    title_el = tree.find(".//title")
    if title_el is not None:
        t = clean_text(title_el.text_content())
        if t:
            candidates.append(t)
    candidates = [clean_text(html.unescape(c)) for c in candidates]
    candidates = [c for c in candidates if c]
    site_names = list(site_names)
    h1s = []
    masthead_texts: set[str] = set()
    for el, text in _h1s(tree):
        if _is_masthead(el, text, candidates):
            site_names.append(text)  # "Page | Site" with the site's name as the page's <h1>
            masthead_texts.add(text)
        else:
            h1s.append(text)
    site_keys = {_fold(s) for s in site_names}
    # an <h1> that agrees with a declared title is the cleanest source
    best: tuple[int, str | None] = (0, None)
    for h in h1s:
        if _fold(h) in site_keys:
            continue
        for c in candidates:
            score, wording = _agreement(h, c)
            if score > best[0]:
                best = (score, wording)
    mastheads = [n for n in site_names if n in masthead_texts]
    if best[1]:
        return best[1], mastheads
    for c in candidates:
        stripped = strip_site_name(c, site_names)
        if stripped and _fold(stripped) not in site_keys:
            return stripped, mastheads
    return (h1s[0] if h1s else None), mastheads


def _published(tree: etree._Element, meta: dict[str, list[str]], ld: list[dict],
               byline_texts: list[str]) -> dt.date | None:
    """Publication date: the page's date sources, read in the order ``transform.publication`` trusts them."""
    return page_published({
        "jsonld": (_str(obj.get(key)) for obj in ld[:3] for key in ("datePublished", "dateCreated", "uploadDate")),
        "meta": (v for key in pat.META_DATE_KEYS for v in meta.get(key, [])[:1]),
        "microdata": _microdata_stamps(tree),
        "time": _time_stamps(tree),
        "url": _page_urls(tree, meta),
        "byline": byline_texts,
        "date_element": _date_element_texts(tree),
    })


def _microdata_stamps(tree: etree._Element) -> Iterator[str]:
    for el in _DATE_MICRODATA(tree)[:3]:
        yield el.get("content") or el.get("datetime") or el.text_content()


def _time_stamps(tree: etree._Element) -> Iterator[str]:
    """A <time> marked as the publication time, else the first one inside the article, else the first."""
    times = list(tree.iter("time"))
    preferred = [t for t in times if t.get("pubdate") is not None
                 or pat.DATE_ATTR.search(f"{t.get('class') or ''} {t.get('id') or ''}")]
    in_article = [t for t in times if next(t.iterancestors("article", "main"), None) is not None]
    for el in preferred + in_article + times[:1]:
        yield el.get("datetime") or el.text_content()


def _page_urls(tree: etree._Element, meta: dict[str, list[str]]) -> Iterator[str]:
    """The page's own URL: og:url, twitter:url, then the first canonical link."""
    for key in ("og:url", "twitter:url"):
        yield from meta.get(key, [])[:1]
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            yield link.get("href") or ""
            return


_DATE_MICRODATA = etree.XPath(".//*[@itemprop='datePublished' or @itemprop='dateCreated']")


def _date_element_texts(tree: etree._Element) -> Iterator[str]:
    """The short texts of date-classed elements ("<span class='post-date'>18 Nov 2019</span>")."""
    seen = 0
    for el in tree.iter("div", "span", "p", "li", "dd", "small", "em", "strong"):
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not attrs.strip() or not pat.DATE_ATTR.search(attrs):
            continue
        seen += 1
        if seen > 40:
            break
        text = clean_text(el.text_content())
        if text and len(text) <= 120:
            yield text


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

def extract_meta(tree: etree._Element) -> PageMeta:
    meta = _meta_map(tree)
    ld, by_id, every = _jsonld_objects(tree)
    site = _site_names(meta, ld, every)
    title, mastheads = _choose_title(meta, ld, tree, site)

    # authors: JSON-LD, then meta tags, then bylines in the page
    names: list[str] = []
    for obj in ld[:3]:
        for n in _names(obj.get("author"), by_id) or _names(obj.get("creator"), by_id):
            names.extend(split_authors(n))
        if names:
            break
    if not names:
        for key in pat.META_AUTHOR_KEYS:
            for v in meta.get(key, []):
                if key == "twitter:creator":
                    continue
                if v.startswith(("http://", "https://", "/")):
                    n = _author_from_url(v)
                    if n:
                        names.append(n)
                    continue
                names.extend(split_authors(v))
            if names:
                break
    page_names, byline_texts = _authors_from_page(tree)
    if not names:
        names = page_names

    published = _published(tree, meta, ld, byline_texts)

    return PageMeta(title=title, authors=_dedupe(names)[:12], published=published,
                    site_names=tuple(site + mastheads),
                    byline_texts=byline_texts, site=site_of(tree, meta, site))


def site_of(tree: etree._Element, meta: dict[str, list[str]], site_names: list[str]) -> str | None:
    """The site a page came from: the host of its canonical URL or og:url, else its site name.

    ``<link rel="canonical" href="https://www.harbour.example/2019/tolls">`` → ``"harbour.example"``
    """
    urls = [link.get("href") or "" for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    urls += meta.get("og:url", []) + meta.get("twitter:url", [])
    for url in urls:
        host = urlsplit(url.strip()).hostname
        if host and "." in host:
            return host.removeprefix("www.")
    return site_names[0] if site_names else None
