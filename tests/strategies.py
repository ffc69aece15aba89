"""Hypothesis strategies for the property tests: random text, random bytes and the
adversarial shapes real scrapes have (long runs, deep nesting, mixed scripts, broken
encodings, cruft and citation shapes glued together).

``thorough`` marks the 10,000-example versions of a property: they are also ``slow``
and run only with ``--thorough`` (``pytest -m thorough --thorough``); the quick
versions run in every test run.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

QUICK = 40  # examples of a quick property run (each example can be a whole document)
THOROUGH = 10_000

# Quick runs are the same every time (CI must not turn red on a new random draw); the thorough
# runs explore.
quick = settings(max_examples=QUICK, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
thorough_settings = settings(max_examples=THOROUGH, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def thorough(test):
    """The 10,000-example version of a property test (slow; only with ``--thorough``)."""
    return pytest.mark.slow(pytest.mark.thorough(thorough_settings(test)))


# Words of the documents we clean, in several scripts, with cruft, citations and dates.
WORDS = (
    "the canal lock keeper barge toll ledger river port coal steam trade of and in by at "
    "Harbour Jane Doe Smith Rahim (Doe, 2011) (Smith and Lee, 2013) [12] arsenal.1 granary.12 harbour3 "
    "1887 1920s 1991-1995 March 3 21 December 1991 the late 1970s 2015-present spring 1968 "
    "café naïve façade Zürich Łódź Dvořák Москва столица 北京 首都 東京 です ， （ ） ％ 「 」 "
    "Αθήνα القاهرة ירושלים vis-ˆ-vis donâ€™t cafÃ© Ã  ﬁrst ＦＵＬＬ "
    ", . ; : ! ? … – — ‘ ’ “ ” « » % £450 Rs.300 p.41 No.1 Fig.3 e.g. i.e. et al. ibid. "
    "Download 1.2 MB. Posted in Share on Facebook © 2020 All rights reserved (Visited 12 times, 1 visits today) "
    "[/i] [bold] $\\frac{1}{0}$ <script> & &amp; \\ \t"
).split(" ")
WORD = st.sampled_from(WORDS)
SENTENCE = st.lists(WORD, min_size=1, max_size=30).map(" ".join)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=6).map(" ".join)

# Long runs of one character, or of a short unit, then something that breaks a pattern.
RUN_CHARS = " -._a1A,/'\t*=#•’(<[\n"
LONG_RUN = st.builds(
    lambda unit, n, tail: unit * n + tail,
    st.one_of(st.sampled_from(RUN_CHARS), st.sampled_from(["- ", "a ", "A. ", "1, ", "ab-", "(a", "—", "..."])),
    st.integers(min_value=500, max_value=12_000),
    st.sampled_from(["", "x", "!", "\x00", " RELATED", ".1 The", " (2001)"]),
)
DOCUMENT = st.lists(st.one_of(PARAGRAPH, PARAGRAPH, SENTENCE, LONG_RUN, st.text(max_size=300)),
                    min_size=1, max_size=10).map("\n\n".join)
TEXT = st.one_of(st.text(max_size=3000), DOCUMENT, LONG_RUN)
# Documents shaped like the ones we clean: a title line, paragraphs of sentences, cruft
# lines, long runs.  (Arbitrary word salad has no title to find: which of two junk lines
# is the title may change once a marker is gone, so idempotence is asked of these.)
PROSE_SENTENCE = st.lists(WORD, min_size=4, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
CRUFT_LINE = st.sampled_from(["Download 1.2 MB.", "(Visited 12 times, 1 visits today)", "Posted in", "© 2020 Canal Review",
                              "Log in or register to post comments", "Share on Facebook Twitter", "Advertisement", "12",
                              "----------------- ----------------- RELATED SITES", "Skip to main content"])
PROSE_DOCUMENT = st.builds(
    lambda title, parts: "\n\n".join([title, *parts]),
    st.sampled_from(["The Canal Trade", "Harbour Cranes of Eastport", "Москва и Волга", "北京的运河"]),
    st.lists(st.one_of(st.lists(PROSE_SENTENCE, min_size=1, max_size=5).map(" ".join), CRUFT_LINE, LONG_RUN),
             min_size=1, max_size=10),
)
LINES = st.lists(st.one_of(SENTENCE, st.text(max_size=120), st.just("")), max_size=40)

ENCODINGS = ("utf-8", "utf-16", "cp1252", "latin-1", "mac_roman", "cp1251", "koi8_r", "shift_jis", "gb18030",
             "cp1250", "cp1253", "utf-8-sig")


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


ENCODED_TEXT = st.builds(_encoded, st.one_of(DOCUMENT, st.text(max_size=500)), st.sampled_from(ENCODINGS))
BYTES = st.one_of(st.binary(max_size=4000), ENCODED_TEXT)

# Web pages: real-looking markup, random tags and attributes, deep nesting, broken markup.
TAG = st.sampled_from(["div", "p", "span", "nav", "footer", "article", "main", "section", "li", "ul", "table",
                       "td", "tr", "h1", "h2", "h3", "a", "script", "style", "aside", "header", "b", "i", "br"])
ATTR = st.sampled_from(['', ' class="share-bar"', ' id="comments"', ' class="article-body"', ' role="navigation"',
                        ' class="byline"', ' itemprop="articleBody"', ' style="display:none"', ' class="x" id="y"'])


@st.composite
def html_pages(draw) -> str:
    depth = draw(st.integers(min_value=0, max_value=400))
    nest = draw(TAG)
    body = draw(st.lists(st.builds(lambda t, a, s: f"<{t}{a}>{s}</{t}>", TAG, ATTR,
                                   st.one_of(PARAGRAPH, SENTENCE, st.text(max_size=200))), max_size=15))
    title = draw(st.one_of(SENTENCE, st.text(max_size=60)))
    meta = draw(st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="iso-8859-1">',
                                 '<meta name="author" content="Jane Doe">',
                                 '<script type="application/ld+json">{"@type": "Article", "headline": "x"}</script>']))
    broken = draw(st.sampled_from(["", "</div></div>", "<p><p><b>", "<!--", "<![CDATA[", "&#xD800;", "\x00"]))
    inner = "".join(body)
    return (f"<!doctype html><html><head>{meta}<title>{title}</title></head><body>"
            f"{f'<{nest}>' * depth}{inner}{broken}{f'</{nest}>' * depth}</body></html>")


HTML = html_pages()
HTML_BYTES = st.builds(_encoded, HTML, st.sampled_from(("utf-8", "cp1252", "utf-16", "shift_jis", "cp1251")))
