"""extract.html: main content, boilerplate audit, metadata, robust decoding.

The pages here are small, hand-written imitations of common page templates
(an <article> page and a plain nested-<div> page); no bench or seed text.
"""
from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import random
from pathlib import Path

import pytest

from extract.html import decode_html, extract_html
from extract.html_meta import clean_author, split_authors, strip_site_name
from extract.model import ExtractError
from transform.model import RawDocument
from transform.model import BLOCK_KINDS

from tests.conftest import REPO, shared_or_skip

# --------------------------------------------------------------------------
# page 1: a semantic <article> page with JSON-LD
# --------------------------------------------------------------------------

P1 = ("The river authority opened the new fish ladder at the old mill weir on Monday, "
      "the first change to the structure since it was rebuilt after the flood of 1952.")
P2 = ("Engineers spent two summers cutting a stepped channel into the bank, so that salmon "
      "and eels can climb past the weir without being pushed back by the current.")
P3 = ("Local anglers, who had campaigned for the ladder for more than a decade, counted the "
      "first fish through the channel within an hour of the gates being opened.")
P4 = ("The authority will publish monthly counts from an underwater camera, and says it "
      "expects numbers to rise slowly as the population recovers over several seasons.")
QUOTE_TEXT = ("We waited a long time for this, and it was worth every meeting we sat through "
              "to see the first salmon go up the steps.")
ITEM1 = "a stepped channel of twenty-four pools"
ITEM2 = "an underwater camera that counts the fish"
SUBHEAD = "How the ladder works"

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fish ladder opens at the old mill weir | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:title" content="Fish ladder opens at the old mill weir">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "Fish ladder opens at the old mill weir",
  "datePublished": "2021-05-17T09:30:00+01:00",
  "author": [{{"@type": "Person", "name": "Dr. Maria Okafor"}},
             {{"@type": "Person", "name": "Tom Ellery"}}],
  "publisher": {{"@type": "Organization", "name": "The Valley Courier"}}}}
</script>
<script>window.dataLayer = [];</script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
  <button>Accept all cookies</button></div>
<header class="site-header">
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Fish ladder opens at the old mill weir</h1>
  <p class="byline">By Dr. Maria Okafor and Tom Ellery</p>
  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a>
    <a href="#">Email this article</a></div>
  <div class="article-body">
    <p>{P1}</p>
    <p>{P2}</p>
    <h2>{SUBHEAD}</h2>
    <p>{P3}</p>
    <ul><li>{ITEM1}</li><li>{ITEM2}</li></ul>
    <blockquote><p>{QUOTE_TEXT}</p></blockquote>
    <p>{P4}</p>
  </div>
  <section id="comments" class="comments-area">
    <h3>3 Comments</h3>
    <div class="comment"><p>Great news for the river, well done to everyone involved!</p></div>
    <div class="comment"><p>About time too. My grandfather fished here in the fifties.</p></div>
  </section>
</article>
<aside class="related-articles"><h3>Related stories</h3>
  <ul><li><a href="/a">Council approves new footbridge over the canal</a></li>
  <li><a href="/b">Heron numbers climb along the lower valley</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Copyright 2021 The Valley Courier. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""

# --------------------------------------------------------------------------
# page 2: plain nested <div>s, metadata only in <meta> tags and a byline
# --------------------------------------------------------------------------

D1 = ("Volunteers at the county archive have finished cataloguing the letters of a family of "
      "lock keepers, a collection of almost nine hundred pages written between 1840 and 1910.")
D2 = ("The letters describe floods, frozen winters and the arrival of the railway, which slowly "
      "took the coal trade away from the canal and left the locks quiet for decades.")
D3 = ("Archivists say the collection is unusual because it was kept by the same household for "
      "three generations and was never split between relatives or sold at auction.")
D4 = ("Scans of every page will be available in the reading room from next spring, and a "
      "transcription project will invite the public to help type up the harder handwriting.")

DIV_PAGE = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Canal letters catalogued - County Heritage Blog</title>
<meta name="author" content="Prof. Helen Mbeki">
<meta property="article:published_time" content="2019-03-02">
</head>
<body>
<div id="wrapper">
  <div class="top-menu"><a href="/">Home</a> | <a href="/about">About</a> | <a href="/events">Events</a>
    | <a href="/contact">Contact</a></div>
  <div class="cookie-notice">This site uses cookies. By continuing you agree to our use of cookies.</div>
  <div id="container">
    <div class="left-col">
      <div class="sidebar-box"><div class="widget-title">Archives</div>
        <a href="/2019/02">February 2019</a><br><a href="/2019/01">January 2019</a></div>
    </div>
    <div class="right-col">
      <div class="post">
        <div class="post-title"><h1>Canal letters catalogued</h1></div>
        <div class="post-info">By Prof. Helen Mbeki | 2 March 2019</div>
        <div class="entry">
          <p>{D1}</p>
          <p>{D2}</p>
          <p>{D3}</p>
          <p>{D4}</p>
        </div>
        <div class="social-share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a>
          <a href="#">Pinterest</a></div>
        <div id="comments"><div class="comment-body">What a wonderful project, I will volunteer!
          </div><div class="comment-body">Is the reading room open on Saturdays?</div></div>
      </div>
    </div>
  </div>
  <div class="footer">County Heritage Blog &copy; 2019 &middot; <a href="/rss">RSS</a></div>
</div>
</body></html>
"""


def _text(doc: RawDocument) -> str:
    return "\n\n".join(b.text for b in doc.blocks)


def _removed(doc: RawDocument) -> str:
    return "\n".join(a.text for a in doc.removed)


@pytest.fixture(scope="module")
def article_doc() -> RawDocument:
    return extract_html(ARTICLE_PAGE.encode("utf-8"), "news/fish-ladder.html")


@pytest.fixture(scope="module")
def div_doc() -> RawDocument:
    return extract_html(DIV_PAGE.encode("cp1252"), "blog/canal-letters.htm")


# -- article page ------------------------------------------------------------

def test_article_page_keeps_main_text_in_order(article_doc):
    text = _text(article_doc)
    positions = [text.find(s) for s in (P1, P2, SUBHEAD, P3, ITEM1, ITEM2, QUOTE_TEXT, P4)]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    assert article_doc.format == "html" and article_doc.source_path == "news/fish-ladder.html"


def test_article_page_block_kinds(article_doc):
    kinds = {b.text: b.kind for b in article_doc.blocks}
    assert kinds[SUBHEAD] == "heading"
    assert kinds[P1] == "paragraph"
    assert kinds[ITEM1] == "list_item" and kinds[ITEM2] == "list_item"
    assert kinds[QUOTE_TEXT] == "quote"
    assert all(b.kind in BLOCK_KINDS for b in article_doc.blocks)


@pytest.mark.parametrize("boilerplate", [
    "Accept all cookies", "Weather", "Share on Facebook", "Great news for the river",
    "Council approves new footbridge", "All rights reserved", "Privacy policy",
    "By Dr. Maria Okafor",
])
def test_article_page_drops_boilerplate(article_doc, boilerplate):
    assert boilerplate not in _text(article_doc)


def test_article_page_records_what_was_removed(article_doc):
    kinds = {a.kind for a in article_doc.removed}
    assert {"cookie_banner", "navigation", "share_links", "comments", "related_links", "footer"} <= kinds
    removed = _removed(article_doc)
    for snippet in ("Accept all cookies", "Share on Twitter", "My grandfather fished",
                    "Heron numbers climb", "Terms of use"):
        assert snippet in removed
    assert all(a.rule for a in article_doc.removed)
    # coarse audit: a handful of rows, not one per link
    assert len(article_doc.removed) <= 12


def test_article_page_metadata(article_doc):
    assert article_doc.title == "Fish ladder opens at the old mill weir"
    assert article_doc.authors == ("Maria Okafor", "Tom Ellery")
    assert article_doc.published == dt.date(2021, 5, 17)
    assert article_doc.encoding == "utf-8"
    # the title is metadata, not a repeated first heading of the body
    assert article_doc.blocks[0].text != article_doc.title


# -- nested-div page -----------------------------------------------------------

def test_div_page_keeps_main_text(div_doc):
    text = _text(div_doc)
    for para in (D1, D2, D3, D4):
        assert para in text
    assert [b.kind for b in div_doc.blocks if b.text in (D1, D2, D3, D4)] == ["paragraph"] * 4


@pytest.mark.parametrize("boilerplate", [
    "Contact", "uses cookies", "February 2019", "Pinterest", "reading room open on Saturdays",
    "RSS", "By Prof. Helen Mbeki",
])
def test_div_page_drops_boilerplate(div_doc, boilerplate):
    assert boilerplate not in _text(div_doc)


def test_div_page_records_what_was_removed(div_doc):
    kinds = {a.kind for a in div_doc.removed}
    assert {"cookie_banner", "navigation", "share_links", "comments", "footer"} <= kinds
    assert "Is the reading room open" in _removed(div_doc)


def test_div_page_metadata_and_declared_charset(div_doc):
    assert div_doc.title == "Canal letters catalogued"
    assert div_doc.authors == ("Helen Mbeki",)
    assert div_doc.published == dt.date(2019, 3, 2)
    assert div_doc.encoding == "cp1252"


def test_div_soup_subheads_and_typed_lists_keep_their_structure():
    page = f"""<html><head><title>Lock keepers - Canal Gazette</title></head><body>
    <div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>
    <div class="story"><div class="kicker">History</div>
    <div class="headline">Lock keepers</div>
    <div class="story-text">
      <div class="para">{D1}</div>
      <div class="subhead"><b>Frozen winters</b></div>
      <div class="para">{D2}</div>
      <div class="para"><strong>The railway arrives</strong></div>
      <div class="para">{D3}</div>
      <div class="li">1. Lock cottages, eleven in all</div>
      <div class="li">2. Toll houses, four in all</div>
      <div class="li">3. Stables, now mostly gone</div>
      <div class="para">{D4}</div>
    </div></div></body></html>"""
    doc = extract_html(page.encode(), "soup.html")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds.get("Frozen winters") == "heading"
    assert kinds.get("The railway arrives") == "heading"
    assert kinds.get("1. Lock cottages, eleven in all") == "list_item"
    assert kinds.get("3. Stables, now mostly gone") == "list_item"
    assert kinds[D4] == "paragraph"
    assert "History" not in kinds and "Lock keepers" not in kinds
    assert doc.title == "Lock keepers"
    assert "section_label" in {a.kind for a in doc.removed}


def test_byline_in_the_page_gives_authors_and_date():
    page = DIV_PAGE.replace('<meta name="author" content="Prof. Helen Mbeki">', "").replace(
        '<meta property="article:published_time" content="2019-03-02">', "")
    doc = extract_html(page.encode("cp1252"), "b.html")
    assert doc.authors == ("Helen Mbeki",)
    assert doc.published == dt.date(2019, 3, 2)


# -- decoding and bad input ----------------------------------------------------

ACCENTED = "Café crème, naïve façade, über straße – “quoted”"


def _page_with(paragraph: str, head: str = "") -> str:
    body = "".join(f"<p>{paragraph} {P1}</p>" for _ in range(3))
    return f"<html><head>{head}<title>T</title></head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("encode, expect", [
    (lambda s: s.encode("utf-8"), "utf-8"),
    (lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), "utf-8"),
    (lambda s: s.encode("utf-16"), "utf-16"),
    (lambda s: s.encode("utf-16-le"), "utf-16-le"),
    (lambda s: s.replace("<head>", '<head><meta charset="iso-8859-1">').encode("cp1252"), "cp1252"),
])
def test_decoding(encode, expect):
    doc = extract_html(encode(_page_with(ACCENTED)), "x.html")
    assert ACCENTED in _text(doc)
    assert doc.encoding.startswith(expect)


def test_undeclared_legacy_encoding_is_detected():
    text, enc = decode_html(_page_with(ACCENTED * 3).encode("cp1252"))
    assert ACCENTED in text


def test_gzipped_page_is_read():
    doc = extract_html(gzip.compress(ARTICLE_PAGE.encode("utf-8")), "page.html.gz")
    assert P1 in _text(doc)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n  ", "empty"),
    (b"<html><head><title>Nothing</title></head><body></body></html>", "empty"),
    (b"<html><body><nav><a href='/'>Home</a><a href='/x'>News</a></nav>"
     b"<footer>Copyright 2020</footer></body></html>", "empty"),
    (b"<html><body><script>render()</script><noscript>Enable JavaScript</noscript></body></html>", "empty"),
    (bytes(range(256)) * 40, "undecodable"),
    (b'<html><head><meta http-equiv="refresh" content="0; url=new-page.html"></head>'
     b'<body><p>Redirecting to <a href="new-page.html">new-page.html</a> now, please wait.</p></body></html>', "empty"),
])
def test_unreadable_pages_raise_extract_error_with_advice(data, reason):
    with pytest.raises(ExtractError) as info:
        extract_html(data, "bad.html")
    assert info.value.reason == reason
    assert "bad.html" in info.value.detail and len(info.value.detail) > 30


def test_arbitrary_bytes_raise_nothing_but_extract_error():
    rng = random.Random(7)
    samples = [ARTICLE_PAGE.encode()[: rng.randrange(1, len(ARTICLE_PAGE))] for _ in range(15)]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) for _ in range(15)]
    samples += [b"<" * 5000, b"<html>" + b"<div>" * 3000 + b"x" * 500, b"\x00" * 100,
                b"<?xml version='1.0' encoding='utf-8'?><html><body><p>" + P1.encode() * 3 + b"</p></body></html>",
                "<html><body><p>\ud800 lone surrogate</p></body></html>".encode("utf-8", "surrogatepass"),
                b"<html><meta charset='no-such-charset'><body><p>" + P2.encode() * 3 + b"</p></body></html>"]
    for data in samples:
        try:
            doc = extract_html(data, "fuzz.html")
        except ExtractError:
            continue
        assert isinstance(doc, RawDocument) and doc.blocks


def test_fragment_without_html_wrapper():
    doc = extract_html(f"<p>{P1}</p><p>{P2}</p>".encode(), "fragment.html")
    assert P1 in _text(doc) and P2 in _text(doc)


def test_embedded_social_post_is_kept_as_a_quote():
    tweet = "The new ladder is open and the first salmon are already climbing it this morning"
    page = ARTICLE_PAGE.replace(
        f"<p>{P4}</p>",
        f'<p>{P4}</p><div class="social-embed"><blockquote class="twitter-tweet"><p>{tweet}</p>'
        "&mdash; River Watch (@riverwatch) May 17, 2021</blockquote></div>")
    doc = extract_html(page.encode(), "t.html")
    quotes = [b.text for b in doc.blocks if b.kind == "quote"]
    assert any(tweet in q for q in quotes)


def test_without_the_content_component_the_density_scorer_still_finds_the_article(monkeypatch):
    import extract.html as html_module

    monkeypatch.setattr(html_module, "trafilatura", None)
    doc = extract_html(ARTICLE_PAGE.encode(), "fallback.html")
    texts = [b.text for b in doc.blocks]
    for para in (P1, P2, P3, P4, QUOTE_TEXT, ITEM1):
        assert texts.count(para) == 1
    assert {b.kind for b in doc.blocks} >= {"paragraph", "heading", "list_item", "quote"}
    assert "Great news for the river" not in _text(doc)


def test_code_listings_are_not_mistaken_for_comments():
    page = ARTICLE_PAGE.replace(
        f"<p>{P4}</p>",
        f'<p>{P4}</p><pre><code><span class="hljs-comment"># count the fish every hour</span>\n'
        'count = camera.read()</code></pre>')
    doc = extract_html(page.encode(), "code.html")
    assert "count the fish every hour" in _text(doc)


def test_prose_that_sounds_like_a_template_prompt_is_kept():
    prose = [
        "By Christmas, the volunteers had walked every mile of the towpath and logged each lock.",
        "Residents can sign up for the free boat trips at the library until the end of June.",
        "Recommended reading for the tour includes the canal company's own minute books.",
        "Follow the towpath east and the second lock comes into view after about a mile.",
    ]
    body = "".join(f"<p>{t}</p>" for t in prose) + f"<p>{P1}</p><p>{P2}</p>"
    doc = extract_html(f"<html><body><article>{body}</article></body></html>".encode(), "p.html")
    text = _text(doc)
    for t in prose:
        assert t in text


def test_template_prompts_in_the_content_are_removed_and_recorded():
    prompts = ["Sign up for our weekly newsletter and get the best stories in your inbox.",
               "Related: Heron numbers climb along the lower valley",
               "Follow us on Twitter and Facebook for more river news."]
    body = f"<p>{P1}</p><p>{prompts[1]}</p><p>{P2}</p><p>{P3}</p><p>{prompts[0]}</p><p>{prompts[2]}</p>"
    doc = extract_html(f"<html><body><article>{body}</article></body></html>".encode(), "q.html")
    text = _text(doc)
    assert P1 in text and P3 in text
    assert {"newsletter_signup", "related_links", "share_links"} <= {a.kind for a in doc.removed}
    for prompt in prompts:
        assert prompt not in text


def test_double_line_breaks_split_paragraphs():
    body = f"<div class='story-body'>{P1}<br><br>{P2}<br><br>{P3}</div>"
    doc = extract_html(f"<html><body>{body}</body></html>".encode(), "br.html")
    texts = [b.text for b in doc.blocks]
    assert P1 in texts and P2 in texts and P3 in texts


def test_article_split_by_ad_slots_is_read_whole():
    chunk = "<div class='grid'><div class='article-body'><p>{}</p></div></div><div class='ad'>Advertisement</div>"
    body = "".join(chunk.format(p) for p in (P1, P2, P3, P4))
    page = f"<html><body><article><h1>Weir</h1>{body}</article></body></html>"
    text = _text(extract_html(page.encode(), "split.html"))
    for para in (P1, P2, P3, P4):
        assert para in text
    assert "Advertisement" not in text


# -- metadata helpers ----------------------------------------------------------

@pytest.mark.parametrize("title, sites, expect", [
    ("Fish ladder opens | The Valley Courier", ["The Valley Courier"], "Fish ladder opens"),
    ("The Valley Courier - Fish ladder opens at the weir", ["The Valley Courier"], "Fish ladder opens at the weir"),
    ("Why the weir matters: a short history – Courier", [], "Why the weir matters: a short history"),
    ("Locks, weirs and ladders: a guide", [], "Locks, weirs and ladders: a guide"),
    ("Covid-19 and the canal economy", [], "Covid-19 and the canal economy"),
    ("Fish ladder opens at the weir | News | Valley Courier Online", ["Valley Courier Online"],
     "Fish ladder opens at the weir"),
])
def test_strip_site_name(title, sites, expect):
    assert strip_site_name(title, sites) == expect


@pytest.mark.parametrize("raw, expect", [
    ("Dr. Maria Okafor", "Maria Okafor"),
    ("Prof Helen Mbeki", "Helen Mbeki"),
    ("Mr. John Smith", "John Smith"),
    ("Jane Roe, PhD", "Jane Roe"),
    ("By Jane Roe", "Jane Roe"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven"),
    ("https://example.org/author/jane", None),
    ("Staff Reporter", None),
    ("Updated 10:32 GMT", None),
    ("admin", None),
])
def test_clean_author(raw, expect):
    assert clean_author(raw) == expect


def test_split_authors():
    assert split_authors("By Dr. Ana Lima and Mrs. Bea Kwan | Updated 3 May 2020") == ["Ana Lima", "Bea Kwan"]
    assert split_authors("Jane Roe, RDN") == ["Jane Roe"]


def test_site_name_h1_in_the_page_header_is_not_the_title():
    page = (f"<html><head><title>Lock keeping in winter | Canal Notes</title></head><body>"
            f"<header><h1><a href='/'>Canal Notes</a></h1></header>"
            f"<div class='content'><h2>Lock keeping in winter</h2><p>{D1}</p><p>{D2}</p></div></body></html>")
    doc = extract_html(page.encode(), "m.html")
    assert doc.title == "Lock keeping in winter"
    assert "Canal Notes" not in _text(doc)


def test_h1_wording_beats_an_escaped_meta_title():
    page = _page_with("x", head='<meta property="og:title" content="Weir &amp;amp; ladder: the mill&#039;s story">')
    page = page.replace("<article>", "<article><h1>Weir &amp; ladder: the mill’s story</h1>")
    assert extract_html(page.encode(), "e.html").title == "Weir & ladder: the mill’s story"


def test_jsonld_author_by_reference_and_author_url():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": "#p1", "name": "Sam Okoro", "url": "https://x.example/sam"},
        {"@type": "BlogPosting", "headline": "Reading the weir", "author": {"@id": "#p1"},
         "datePublished": "2020-01-05"}]}
    page = _page_with("x", head=f'<script type="application/ld+json">{json.dumps(graph)}</script>')
    doc = extract_html(page.encode(), "g.html")
    assert doc.authors == ("Sam Okoro",) and doc.published == dt.date(2020, 1, 5)
    page = _page_with("x", head='<meta property="article:author" content="https://x.example/author/lea-marin/">')
    assert extract_html(page.encode(), "u.html").authors == ("Lea Marin",)


# -- benchmark script ----------------------------------------------------------

def _load_bench():
    spec = importlib.util.spec_from_file_location("extraction_quality", REPO / "bench" / "extraction_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_script_exits_cleanly_without_shared(tmp_path, capsys):
    assert _load_bench().main(["--shared", str(tmp_path / "absent")]) == 0
    assert "not found" in capsys.readouterr().out


def test_bench_pages_never_raise_unexpectedly():
    pages = shared_or_skip("bench", "html-dev", "pages")
    for path in sorted(Path(pages).glob("*.html"))[:20]:
        doc = extract_html(path.read_bytes(), path.name)
        assert doc.blocks and doc.title


def test_a_page_nested_deeper_than_the_parser_builds_keeps_its_text():
    from extract.html import extract_html

    text = "The ferry crossed the estuary twice a day in the years before the bridge was built."
    page = ("<html><head><title>Ferries</title></head><body>" + "<div>" * 20_000 + f"<p>{text}</p>"
            + "</div>" * 20_000 + "</body></html>").encode()
    assert any(text in b.text for b in extract_html(page, "deep.html").blocks)


# --------------------------------------------------------------------------
# main text from several candidates: never narrower than the best signal
# --------------------------------------------------------------------------

def _paras(*texts: str) -> list:
    from transform.model import Block

    return [Block(text=t, kind="paragraph") for t in texts]


_LONG = [f"Section {i} of the guide explains how the lock keepers log each boat that passes "
         f"the gates on the upper reach, in the order they arrive." for i in range(8)]


@pytest.mark.parametrize("candidates, expect", [
    # the wider candidate holds the first pass's text and more: widen
    ({"trafilatura": _paras(*_LONG[:2]), "readability": _paras(*_LONG)}, "readability"),
    # longer but a different block: keep the first pass
    ({"trafilatura": _paras(*_LONG[:5]),
      "readability": _paras(*(f"Unrelated story number {i} about the weather in the hills, "
                              f"with rain expected by the weekend across the north." for i in range(14)))},
     "trafilatura"),
    # only slightly longer: keep the first pass
    ({"trafilatura": _paras(*_LONG[:7]), "readability": _paras(*_LONG)}, "trafilatura"),
    # the first pass found nothing: the longest candidate
    ({"trafilatura": [], "readability": _paras(*_LONG[:2])}, "readability"),
    # a scrap (a caption) gives way to a much longer candidate even if it does not hold it
    ({"trafilatura": _paras("A boat at the top gate."), "readability": _paras(*_LONG[:3])}, "readability"),
    # what the wider one adds is excerpts of other pages, cut short: keep the first pass
    ({"trafilatura": _paras(*_LONG[:3]),
      "readability": _paras(*_LONG[:3], *(f"Another post {i} about the canal starts here and is cut…"
                                          for i in range(6)))}, "trafilatura"),
])
def test_choose_main(candidates, expect):
    from extract.html import choose_main

    assert choose_main(candidates)[0] == expect


_LEDE = "The keepers of the upper reach met at dawn to agree the new toll for laden boats."


@pytest.mark.parametrize("added, links, expect", [
    # the first pass cut the lede: a little longer, not link text, taken
    ([_LEDE], [], "readability"),
    # what it adds is the page's menu (link text): not taken for being a little longer
    (["Home About Visit Contact Archive Shop Events Donate News Maps"],
     ["Home", "About", "Visit", "Contact", "Archive", "Shop", "Events", "Donate", "News", "Maps"], "trafilatura"),
    # the same block twice (a caption repeated by a gallery): not taken
    (["A boat at the top gate, seen from the towpath", "A boat at the top gate, seen from the towpath."],
     [], "trafilatura"),
])
def test_choose_main_takes_a_cut_lede(added, links, expect):
    from collections import Counter

    from extract.html import choose_main

    first = _paras(*_LONG[:5])
    link_words = Counter(" ".join(links).casefold().split())
    candidates = {"trafilatura": first, "readability": _paras(*added) + first}
    assert choose_main(candidates, link_words=link_words)[0] == expect
    assert choose_main(candidates)[0] == "trafilatura"  # without the page's links: only when clearly longer


def test_choose_main_with_no_candidates():
    from extract.html import choose_main

    assert choose_main({"trafilatura": [], "readability": []}) == ("trafilatura", [])


_TEASERS = ["Ferry timetable changes for spring", "New footbridge opens at the basin",
            "Volunteers clear the towpath hedges", "Museum adds a winter lecture series"]


def _items(*texts: str) -> list:
    from extract.html import Block

    return [Block(text=t, kind="list_item") for t in texts]


def _heading(text: str) -> list:
    from extract.html import Block

    return [Block(text=text, kind="heading")]


@pytest.mark.parametrize("chosen, reference, links, kept", [
    # after the article, a heading and link titles (readability stops at the article): cut
    (_paras(*_LONG[:4]) + _heading("Latest from the towns") + _items(*_TEASERS),
     _paras(*_LONG[:4]), _TEASERS, 4),
    # link titles each followed by a summary line (list items of any length): cut
    (_paras(*_LONG[:4]) + _heading("Around the region")
     + _items(*(x for t in _TEASERS for x in (t, f"What the story on {t.lower()} says, in a line."))),
     _paras(*_LONG[:4]), _TEASERS, 4),
    # the same short lines that are no link on the page (a list the article ends with): kept
    (_paras(*_LONG[:4]) + _heading("What to bring") + _items(*_TEASERS),
     _paras(*_LONG[:4]), [], 9),
    # a table of figures after the text, not links: kept
    (_paras(*_LONG[:3]) + _paras(*(f"{1900 + i} | {i * 7} boats | {i * 3} tonnes" for i in range(6))),
     _paras(*_LONG[:3]), ["Home", "About"], 9),
    # only two short lines after the article: too few to call chrome
    (_paras(*_LONG[:4]) + _items(*_TEASERS[:2]), _paras(*_LONG[:4]), _TEASERS, 6),
    # a long paragraph in the tail is more text of the page: kept
    (_paras(*_LONG[:4]) + _items(*_TEASERS) + _paras(" ".join(_LONG[4:7])), _paras(*_LONG[:4]), _TEASERS, 9),
    # the reference holds everything: nothing to cut
    (_paras(*_LONG[:4]), _paras(*_LONG[:4]), _TEASERS, 4),
])
def test_cut_chrome_tail(chosen, reference, links, kept):
    from collections import Counter

    from extract.html import cut_chrome_tail

    link_words = Counter(" ".join(links).casefold().split())
    out, cut = cut_chrome_tail(chosen, reference, link_words)
    assert len(out) == kept
    assert out + cut == chosen


def test_chrome_tail_is_audited():
    """A news page whose headline list sits in a plain div after the article."""
    article = "".join(f"<p>{t}</p>" for t in _LONG[:5])
    teasers = "".join(f'<li><a href="/s/{i}">{t}</a></li>' for i, t in enumerate(_TEASERS))
    html = (f"<html><body><div><div class='story'><h1>Lock keepers</h1>{article}</div>"
            f"<div><h3>Latest from the towns</h3><ul>{teasers}</ul></div>"
            f"<div><h3>Elsewhere</h3><ul>{teasers}</ul></div></div></body></html>").encode()
    raw = extract_html(html, "page.html")
    body = "\n".join(b.text for b in raw.blocks)
    assert _LONG[4] in body
    assert _TEASERS[0] not in body


@pytest.mark.parametrize("html, expect", [
    ("<div>Intro<p>One.</p><ul><li>Two</li></ul></div>",
     [("Intro", "paragraph"), ("One.", "paragraph"), ("Two", "list_item")]),
    ("<div><blockquote><p>Said once.</p>and again</blockquote></div>",
     [("Said once.", "quote"), ("and again", "quote")]),
    ("<div><h2>Heading</h2>loose <b>bold</b> text<br><br>next part</div>",
     [("Heading", "heading"), ("loose bold text", "paragraph"), ("next part", "paragraph")]),
    ("<div>only text</div>", [("only text", "paragraph")]),
])
def test_element_blocks(html, expect):
    import lxml.html

    from extract.html import _element_blocks

    assert [(b.text, b.kind) for b in _element_blocks(lxml.html.fromstring(html))] == expect


def test_long_document_cut_to_one_block_by_the_first_pass_is_read_whole():
    """A page whose first extractor pass stops at one block (a long manual split into
    sibling sections with no article markup) is widened to the whole text."""
    sections = "".join(f"<div class='sect'><h3>Part {i}</h3><p>{_LONG[i]}</p><p>{_LONG[(i + 1) % 8]} "
                       f"More words follow here in part {i}.</p></div>" for i in range(8))
    page = f"<html><head><title>Guide</title></head><body><div class='doc'>{sections}</div></body></html>"
    doc = extract_html(page.encode(), "guide.html")
    text = _text(doc)
    for i in range(8):
        assert f"More words follow here in part {i}." in text


@pytest.mark.parametrize("body", [
    "<main><p>Closed on Mondays.</p></main>",
    "<article><h1>Opening hours</h1><p>Daily 9-5.</p></article>",
])
def test_short_main_text_is_kept_with_a_warning(body):
    doc = extract_html(f"<html><head><title>Hours</title></head><body>{body}</body></html>".encode(), "s.html")
    assert doc.blocks
    assert any(w.startswith("short_main_text") for w in doc.warnings)


def test_normal_page_has_no_short_text_warning(article_doc):
    assert not any(w.startswith("short_main_text") for w in article_doc.warnings)


def test_page_with_only_its_name_and_menu_links_is_still_empty():
    page = ("<html><head><title>Shop</title></head><body><div><h1>Shop</h1>"
            "<ul><li><a href='#search'>Find a product...</a></li></ul></div></body></html>")
    with pytest.raises(ExtractError) as err:
        extract_html(page.encode(), "shell.html")
    assert err.value.reason == "empty"


_PROSE = ("Sharing a folder with another account gives it the same rights as yours. The other person "
          "can open, copy and rename every file in it. They cannot delete the folder itself. You can "
          "stop sharing at any time from the folder's menu, and the other account loses access at once. "
          "Files they copied elsewhere stay with them. Choose the people you share with carefully.")


@pytest.mark.parametrize("attrs", ['class="sharing-section"', 'id="tags"', 'class="tab-pane hidden-modal"'])
def test_a_class_name_alone_never_deletes_long_prose(attrs):
    page = (f"<html><head><title>Manual</title></head><body><main><h1>Manual</h1>"
            f"<p>{P1}</p><div {attrs}><h2>Sharing folders</h2><p>{_PROSE}</p></div><p>{P2}</p></main></body></html>")
    assert "stop sharing at any time" in _text(extract_html(page.encode(), "manual.html"))


def test_a_share_bar_is_still_pruned():
    page = (f"<html><head><title>T</title></head><body><main><p>{P1}</p><p>{P2}</p>"
            "<div class='share-bar'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a> "
            "<a href='/e'>Email this page</a></div></main></body></html>")
    doc = extract_html(page.encode(), "t.html")
    assert "Facebook" not in _text(doc)
    assert any(a.rule == "share_links_container" for a in doc.removed)


def test_skip_link_and_copyright_footer_are_removed_and_recorded():
    footer = ("Copyright 2021 The Weir Society. All rights reserved. Use of this site means you accept its "
              "terms of use and privacy policy; prices and opening times are given by third parties.")
    page = (f"<html><head><title>Weir</title></head><body><main><p><a href='#content'>Skip to main content</a> "
            f"{P1}</p><p>{P2}</p><p>{P3}</p><p>{footer}</p></main></body></html>")
    doc = extract_html(page.encode(), "weir.html")
    text = _text(doc)
    assert "Skip to main content" not in text and P1 in text
    assert "All rights reserved" not in text
    assert {"skip_link", "copyright_footer"} <= {a.rule for a in doc.removed}


def test_prose_mentioning_copyright_mid_article_is_kept():
    para = ("Copyright law was the subject of the society's last meeting, where members agreed that "
            "all rights reserved notices on old maps should be checked before scanning.")
    page = (f"<html><head><title>Weir</title></head><body><main><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
            f"<p>{P4}</p><p>{P1} Again.</p><p>{para}</p><p>{P2} Again.</p><p>{P3} Again.</p><p>{P4} Again.</p>"
            "<p>One more closing paragraph of the article.</p></main></body></html>")
    assert para in _text(extract_html(page.encode(), "weir.html"))


_POSTS = [f"Reply {i}: I planed the oak board along the grain and the tear-out stopped; a sharper iron "
          f"and a lighter cut did the rest for me on the {i}th try." for i in range(6)]
_THREAD = ("<html><head><title>Planing oak</title></head><body><main><div class='thread'>"
           + "".join(f"<article class='post'><span class='user'>user{i}</span><div class='body'><p>{t}</p></div>"
                     "</article>" for i, t in enumerate(_POSTS)) + "</div></main></body></html>")


def test_repeated_items_are_the_posts_of_a_thread():
    from extract.html import _repeated_items_blocks, parse_html

    items = _repeated_items_blocks(parse_html(_THREAD))
    assert [next(b.text for b in item if b.text.startswith("Reply")) for item in items] == _POSTS


def test_a_first_pass_that_kept_one_post_is_widened_to_the_thread(monkeypatch):
    import extract.html as html_module
    from transform.model import Block

    monkeypatch.setattr(html_module, "_trafilatura_blocks", lambda tree: [Block(_POSTS[0])])
    text = "\n".join(b.text for b in html_module.main_blocks(html_module.parse_html(_THREAD)))
    assert all(post in text for post in _POSTS) and text.count(_POSTS[0]) == 1


def test_a_long_article_is_not_widened_to_sibling_cards(monkeypatch):
    import extract.html as html_module
    from transform.model import Block

    article = [Block(t) for t in _LONG]  # well over the words a first pass must have to stand alone
    monkeypatch.setattr(html_module, "_trafilatura_blocks", lambda tree: article)
    assert html_module.main_blocks(html_module.parse_html(_THREAD)) == article


@pytest.mark.parametrize("body, expect", [
    # a data table: one block per row, cells joined
    ("<body><table><row><cell>1901</cell><cell>12 boats</cell></row>"
     "<row><cell>1902</cell><cell>15 boats</cell></row></table></body>",
     ["1901 | 12 boats", "1902 | 15 boats"]),
    # a table that lays out the page: a cell holding paragraphs is read as text, block by block
    ("<body><table><row><cell><p>Home | Visit | Contact</p></cell></row>"
     "<row><cell>Lock keepers<p>The keepers logged each boat.</p><p>They slept by the gate.</p></cell>"
     "<cell><p>Opening hours</p></cell></row></table></body>",
     ["Home | Visit | Contact", "Lock keepers", "The keepers logged each boat.", "They slept by the gate.",
      "Opening hours"]),
    # a data table nested in a layout cell is read where it stands, once
    ("<body><table><row><cell><p>Tolls by year:</p><table><row><cell>1901</cell><cell>4d</cell></row>"
     "</table><p>Tolls rose after that.</p></cell></row></table></body>",
     ["Tolls by year:", "1901 | 4d", "Tolls rose after that."]),
])
def test_layout_tables_read_as_text(body, expect):
    from lxml import etree

    from extract.html import _blocks_from_body

    assert [b.text for b in _blocks_from_body(etree.fromstring(body))] == expect
