"""extract.html_comments: reader comments read apart from the main text (own words, no bench text)."""
from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from extract.html import extract_html
from extract.html_comments import read_comments
from transform.model import Comment

ARTICLE = ("The county library reopened its reading room on Saturday after a year of repairs to the roof, "
           "which had leaked onto the map collection during the storms of last winter. " * 3)


@pytest.mark.parametrize("html, expect", [
    # a WordPress-style list: author in a vcard, date in <time>, text in the comment body
    ("<ol class='comment-list'><li class='comment'><div class='comment-author vcard'><cite class='fn'>Ann Lee</cite>"
     "</div><time datetime='2020-05-01T10:00'>May 1</time><div class='comment-content'><p>Glad it is open again.</p>"
     "</div><a class='comment-reply-link' href='#'>Reply</a></li></ol>",
     [Comment(0, "Glad it is open again.", "Ann Lee", dt.date(2020, 5, 1))]),
    # nested replies are comments of their own, in page order
    ("<div id='comments'><article class='comment'><span class='author'>Bo</span><p>Which day?</p>"
     "<article class='comment reply'><span class='author'>Cy</span><p>Saturday.</p></article></article></div>",
     [Comment(0, "Which day?", "Bo"), Comment(1, "Saturday.", "Cy")]),
    # schema.org typed comments
    ("<section class='comments'><div itemprop='comment' itemtype='https://schema.org/Comment'>"
     "<span itemprop='author'>Dee</span><div itemprop='text'>Good news.</div></div></section>",
     [Comment(0, "Good news.", "Dee")]),
    # a thread without item markup: each paragraph is a comment
    ("<div class='comments'><p>First thought.</p><p>Second thought.</p></div>",
     [Comment(0, "First thought."), Comment(1, "Second thought.")]),
])
def test_read_comments(html, expect):
    assert read_comments([lxml.html.fromstring(html)]) == expect


def test_comments_are_kept_out_of_the_main_text_and_read_apart():
    page = (f"<html><head><title>Reading room</title></head><body><article><h1>Reading room</h1><p>{ARTICLE}</p>"
            "</article><div id='comments' class='comments-area'><ol class='comment-list'>"
            "<li class='comment'><span class='comment-author'>Eve</span>"
            "<div class='comment-content'><p>The maps were saved, I hope.</p></div></li>"
            "<li class='comment'><span class='comment-author'>Finn</span>"
            "<div class='comment-content'><p>Most of them were.</p></div></li></ol></div></body></html>")
    doc = extract_html(page.encode(), "room.html")
    body = "\n".join(b.text for b in doc.blocks)
    assert "maps were saved" not in body and "reading room on Saturday" in body
    assert [(c.author, c.text) for c in doc.comments] == [("Eve", "The maps were saved, I hope."),
                                                          ("Finn", "Most of them were.")]


def test_page_without_comments_has_none():
    page = f"<html><body><article><p>{ARTICLE}</p></article></body></html>"
    assert extract_html(page.encode(), "plain.html").comments == ()
