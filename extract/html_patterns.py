"""Patterns for HTML extraction: data, not code.

Every rule here has a name; when a rule removes something from a page, the
removed text lands in ``RawDocument.removed`` as an ``Artefact`` carrying that
name, so the audit table says *why* it went.  Regexes are compiled once at
import.

Rules describe the general *shape* of web boilerplate (class/id vocabulary of
page templates, ARIA roles, the wording of newsletter prompts...).  None of
them names a particular site.

Three families:

* ``ELEMENT_RULES``  - containers removed from the parsed page before the main
  content is chosen (navigation, cookie banners, share bars, comment threads...).
* ``BLOCK_RULES``    - short paragraphs removed from the chosen main content
  when their wording is a template prompt ("Sign up for our newsletter").
* metadata vocabulary - meta-tag names, JSON-LD types, honorifics and title
  separators used by ``extract.html_meta``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------
# Element rules (pre-pruning of the parsed page)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ElementRule:
    """A boilerplate container, recognised by tag, ARIA role or class/id words.

    name     rule name written to the audit (``Artefact.rule``)
    kind     artefact kind (``navigation``, ``cookie_banner``, ...)
    tags     element tags that match on their own (``nav``)
    roles    ARIA ``role`` values that match on their own
    attr     regex searched in ``class`` + ``id`` (camelCase split into words)
    max_chars  the rule applies only to elements with at most this much text
               (a byline is short; a wrapper that happens to say "author" is not)
    example  a small HTML snippet the rule removes from a page
    keeps    snippets that look alike and must stay (tests/transform/test_rule_examples.py
             runs both through ``extract.html.extract_html``)
    """

    name: str
    kind: str
    tags: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    attr: re.Pattern[str] | None = None
    max_chars: int | None = None
    example: str = ""
    keeps: tuple[str, ...] = ()


def _words(*alternatives: str) -> re.Pattern[str]:
    """Class/id vocabulary: each alternative must start at a token boundary
    (start, space, ``-``, ``_``) so ``share`` matches ``post-share-bar`` but
    ``nav`` does not match ``canvas``."""
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(alternatives) + r")", re.I)


# Running text in a container whose class names a rule ("social" in "social-history"): a
# class or id name alone never deletes it (see PROSE_MIN_CHARS below).
PROSE_EXAMPLE = (
    '<div class="social-history"><p>The society began as a handful of boat owners who met in the '
    'back room of the lock cottage. Over the years it gathered letters, toll books and photographs '
    'from every village on the line. Its members still meet there on the first Monday of the month, '
    'and anyone who cares about the old waterway may come along.</p></div>'
)

# Order matters: the first matching rule names the artefact.
ELEMENT_RULES: tuple[ElementRule, ...] = (
    ElementRule(
        "cookie_consent_container",
        "cookie_banner",
        attr=_words(r"cookies?(?![a-z]*recipe)", r"consent", r"gdpr", r"cmp-", r"onetrust", r"didomi",
                    r"truste", r"privacy-?(?:banner|notice|bar)", r"cc-(?:banner|window)"),
        example='<div class="cookie-banner"><p>We use cookies to give you the best '
                'experience.</p><button>Accept</button></div>',
    ),
    ElementRule(
        "share_links_container",
        "share_links",
        attr=_words(r"share", r"sharing", r"social(?!ism|ist)", r"sociable", r"addthis", r"sharethis",
                    r"shariff", r"a2a", r"follow-?us", r"print-?(?:link|button)",
                    r"(?:ctt|tweet)-?(?:btn|button)"),
        example='<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a '
                'href="#">Email</a></div>',
        keeps=(PROSE_EXAMPLE,),
    ),
    ElementRule(
        "comments_container",
        "comments",
        attr=_words(r"comments?(?:-|_|\b|list|area|section|thread|wrap|container|block|s)",
                    r"disqus", r"respond\b", r"discussion", r"replies", r"reader-?responses",
                    r"fb-comments", r"conversation"),
        example='<div id="comments"><h3>2 Comments</h3><div class="comment"><p>Great read, thanks '
                'for writing it.</p></div></div>',
    ),
    ElementRule(
        "related_links_container",
        "related_links",
        attr=_words(r"related", r"recommend", r"more-?(?:stories|articles|news|from|like|in)",
                    r"read-?(?:next|more|also)", r"(?:most-?)?popular", r"most-?(?:read|viewed|shared)",
                    r"trending", r"taboola", r"outbrain", r"you-?may-?(?:also-?)?like", r"also-?read",
                    r"up-?next", r"what-?to-?read", r"further-?reading", r"next-?(?:post|article)s?",
                    r"prev(?:ious)?-?(?:post|article)s?", r"post-?navigation", r"teasers?\b"),
        example='<div class="related-posts"><h3>Related</h3><ul><li><a href="/a">The old '
                'lock</a></li><li><a href="/b">Boat names</a></li></ul></div>',
    ),
    ElementRule(
        "newsletter_container",
        "newsletter_signup",
        attr=_words(r"newsletter", r"subscri(?:be|ption)", r"sign-?up", r"signup", r"optin", r"opt-in",
                    r"mailing-?list", r"email-?(?:signup|capture|form)", r"paywall", r"registration-?wall"),
        example='<div class="newsletter-signup"><p>Get the weekly digest.</p><form><input '
                'type="email"><button>Sign up</button></form></div>',
    ),
    ElementRule(
        "advertisement_container",
        "advertisement",
        attr=_words(r"ads?\b", r"adv\b", r"advert", r"advertisement", r"adslot", r"ad-?(?:slot|unit|container|wrap|box|banner|zone|placeholder)",
                    r"dfp", r"gpt-?ad", r"sponsor(?:ed)?", r"promoted", r"native-?ad", r"google-?ad"),
        example='<div class="ad-slot"><p>Advertisement</p></div>',
    ),
    ElementRule(
        "author_box_container",
        "author_box",
        attr=_words(r"author-?(?:bio|box|info|card|profile|details|about)", r"about-?(?:the-?)?author",
                    r"contributor-?(?:bio|box)", r"bio-?box"),
        example='<div class="author-bio"><p>Sam Roe writes about waterways and their people.</p></div>',
    ),
    ElementRule(
        "byline_element",
        "byline",
        attr=re.compile(r"(?:^|[\s_-])(?:by-?line|author(?:-?name|s)?|(?:article|post|entry|story)-?(?:author|byline)s?|"
                        r"writer|contributor-?name)(?:$|[\s_-])", re.I),
        max_chars=160,
        example='<div class="byline">By Sam Roe</div>',
    ),
    ElementRule(
        "dateline_element",
        "dateline",
        attr=re.compile(r"(?:^|[\s_-])(?:(?:publish(?:ed)?|post|entry|article|story|pub)-?(?:date|time)s?|dateline|"
                        r"timestamp|pubdate|date-?published|updated-?(?:date|time))(?:$|[\s_-])", re.I),
        max_chars=100,
        example='<div class="publish-date">4 March 2021</div>',
    ),
    ElementRule(
        "kicker_element",
        "section_label",
        attr=_words(r"kicker", r"eyebrow", r"overline", r"rubric\b", r"section-?label", r"category-?label",
                    r"article-?(?:category|section)", r"post-?categor(?:y|ies)", r"entry-?categor(?:y|ies)"),
        max_chars=60,
        example='<div class="kicker">Local history</div>',
    ),
    ElementRule(
        "tags_container",
        "tags",
        attr=re.compile(r"(?:^|[\s_-])(?:tags?|tag-?(?:list|cloud|links)|post-?tags|entry-?tags|article-?tags|"
                        r"keywords|topics-?list)(?:$|[\s_-])", re.I),
        max_chars=400,
        example='<div class="post-tags"><a href="/t/canals">canals</a> <a href="/t/locks">locks</a></div>',
    ),
    ElementRule(
        "breadcrumb_container",
        "navigation",
        attr=_words(r"bread-?crumbs?"),
        example='<div class="breadcrumbs"><a href="/">Home</a> › <a href="/history">History</a></div>',
    ),
    ElementRule(
        "navigation_element",
        "navigation",
        tags=frozenset({"nav", "menu"}),
        roles=frozenset({"navigation", "menubar", "menu", "search", "tablist"}),
        example='<nav><a href="/">Home</a> <a href="/about">About</a> <a '
                'href="/archive">Archive</a></nav>',
    ),
    ElementRule(
        "navigation_container",
        "navigation",
        attr=_words(r"nav\b", r"navbar", r"navigation", r"main-?menu", r"menu\b", r"menu-?(?:bar|wrap|container|main|primary|secondary)",
                    r"mega-?menu", r"site-?(?:nav|menu|header)", r"skip-?(?:link|to)", r"masthead",
                    r"top-?bar", r"toolbar", r"pagination", r"pager\b", r"drawer", r"off-?canvas",
                    r"hamburger", r"sidebar", r"side-?bar", r"widget-?area"),
        example='<div class="site-menu"><a href="/">Home</a> <a href="/archive">Archive</a></div>',
    ),
    ElementRule(
        "footer_element",
        "footer",
        tags=frozenset({"footer"}),
        roles=frozenset({"contentinfo"}),
        example='<footer><p>Example Canal Society, Market Street</p></footer>',
    ),
    ElementRule(
        "footer_container",
        "footer",
        attr=_words(r"footer", r"site-?info", r"copyright", r"colophon", r"legal-?(?:notice|links)"),
        example='<div class="site-info"><p>Example Canal Society, Market Street</p></div>',
    ),
    ElementRule(
        "aside_element",
        "sidebar",
        tags=frozenset({"aside"}),
        roles=frozenset({"complementary"}),
        example='<aside><p>Museum opening hours: ten till four</p></aside>',
    ),
    ElementRule(
        "site_header_element",
        "navigation",
        roles=frozenset({"banner"}),
        example='<div role="banner"><p>Example Canal Society</p></div>',
    ),
    ElementRule(
        "hidden_element",
        "hidden",
        roles=frozenset({"dialog", "alertdialog"}),
        attr=_words(r"modal", r"popup", r"pop-up", r"overlay", r"lightbox", r"visually-?hidden",
                    r"sr-only", r"screen-?reader"),
        example='<div class="modal"><p>Before you go: take our short survey</p></div>',
    ),
)

# A class/id name rule never deletes long running text: an element with this much text
# outside links, few links and several sentences is looked into instead (its link bars and
# widgets are still pruned).  Reader comments and consent banners are prose by nature and
# are recognised by name whatever their length.
PROSE_MIN_CHARS = 300
PROSE_MAX_LINK_DENSITY = 0.25
PROSE_MIN_SENTENCES = 3
SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")
NAME_RULES_ON_PROSE = frozenset({"comments_container", "cookie_consent_container"})

# In-page "skip to content" links for keyboard users (``<a href="#main">Skip to main content</a>``).
SKIP_LINK_TEXT = re.compile(r"^\s*(?:skip|jump|go)\s+(?:to|over)\b", re.I)
# The rule that names them in the audit (``extract.html`` drops them after pruning).
SKIP_LINK_RULE = ElementRule("skip_link", "navigation", example='<a href="#main">Skip to main content</a>')

# Embedded social-media posts (the provider's own markup): quoted content, not share
# buttons, even when the page wraps them in a "social" container.
EMBEDDED_POST_ATTR = re.compile(
    r"(?:^|[\s_-])(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|"
    r"reddit-card|reddit-embed|bluesky-embed|bsky-embed|mastodon-embed|threads-post|text-post-media)",
    re.I,
)

# Sub-headings drawn with a class instead of <h2>/<h3> ("div.subhead", "p.crosshead").
SUBHEAD_ATTR = re.compile(r"(?:^|[\s_-])(?:sub-?head(?:ing|line)?s?|cross-?head(?:ing)?s?|inter-?titles?|"
                          r"section-?(?:title|heading|head)|mid-?head)(?:$|[\s_-])", re.I)
SUBHEAD_MAX_WORDS = 14
# A paragraph that is only bold text this short, with no closing sentence punctuation, is a heading.
SENTENCE_END = re.compile(r"[.:;,!?…]['\"’”)]*$")
# Paragraphs that are items of a list typed as text: "1. Single-deck cars", "• Open-top cars".
PSEUDO_LIST_ITEM = re.compile(r"^(?:(\d{1,3})[.)]|[•·▪●◦‣∙]|[-–*])\s+(?=\S)")

# Choosing the main text among candidates (extract.html.choose_main): a candidate replaces
# the current choice when it holds at least WIDEN_CONTAINS of its words and has WIDEN_RATIO
# times as many.
WIDEN_RATIO = 1.3
WIDEN_CONTAINS = 0.8
# One only a little longer (WIDEN_PROSE_RATIO) is taken when what it adds is not link text
# (under WIDEN_PROSE_MAX_LINK_SHARE of its words on the page's links): the first pass cut
# the lede or the sub-headings.
WIDEN_PROSE_RATIO = 1.05
WIDEN_PROSE_MAX_LINK_SHARE = 0.3
# ... and no two added blocks open with the same WIDEN_PROSE_OPENING characters (repeated
# captions or post buttons are no lede).
WIDEN_PROSE_OPENING = 40
# A choice under SCRAP_WORDS words (a caption, a teaser) gives way to any candidate
# SCRAP_RATIO times as long; SCRAP_CHARS is the same size in characters.
SCRAP_WORDS = 100
SCRAP_RATIO = 2.0
SCRAP_CHARS = 600
# The page's chrome after the article: where the readability candidate ends, trafilatura's
# choice may go on into headline lists, "more" links and the footer.  Blocks after the last one
# readability holds (CHROME_COVERED of its words) go when there are CHROME_TAIL_MIN_BLOCKS or
# more, each a heading, a list item or a paragraph of at most CHROME_TAIL_MAX_WORDS words, and
# CHROME_TAIL_MIN_LINK_SHARE of their words are link text on the page.
CHROME_COVERED = 0.8
CHROME_TAIL_MIN_BLOCKS = 3
CHROME_TAIL_MAX_WORDS = 25
CHROME_TAIL_MIN_LINK_SHARE = 0.2
# Repeated items (forum posts, listing entries): a run of at least ITEMS_MIN siblings of one
# kind, ITEMS_MIN of them with ITEM_MIN_CHARS characters of text outside links.
ITEMS_MIN = 5
# Only a short first pass (one post, one entry, an intro) is widened to the items.
ITEMS_WHEN_UNDER_WORDS = 100
ITEM_MIN_CHARS = 80
# Excerpts of other pages end cut short; a widening that adds mostly such paragraphs
# (more than TEASER_SHARE of them) adds cards of related pages, not this page's text.
TEASER_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
TEASER_SHARE = 0.3

# Containers that announce the article body: never pruned, nor are their ancestors.
MAIN_CONTENT_ATTR = re.compile(
    r"(?:^|[\s_-])(?:article-?body|articlebody|article-?content|article-?text|article__(?:body|content)|"
    r"entry-?content|post-?(?:body|content|entry|text)|story-?(?:body|content|text)|body-?text|"
    r"main-?content|content-?body|rich-?text|prose)",
    re.I,
)
MAIN_CONTENT_ITEMPROP = frozenset({"articlebody", "text", "reviewbody", "description"})

# --------------------------------------------------------------------------
# Block rules (short template paragraphs inside the chosen main content)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class BlockRule:
    """A template prompt recognised by its wording.

    Applies only to blocks of at most ``max_words`` words, so an article that
    merely mentions newsletters is never touched.  ``edge`` rules fire only
    in the first/last ``EDGE_BLOCKS`` blocks of the content.  ``example`` is a
    paragraph the rule removes, ``keeps`` paragraphs that look alike and stay.
    """

    name: str
    kind: str
    pattern: re.Pattern[str]
    max_words: int = 30
    edge: bool = False
    example: str = ""
    keeps: tuple[str, ...] = ()


EDGE_BLOCKS = 4

BLOCK_RULES: tuple[BlockRule, ...] = (
    BlockRule(
        "newsletter_prompt",
        "newsletter_signup",
        re.compile(
            r"\b(?:sign(?:ing)? up|subscrib(?:e|ing))\b.{0,80}\b(?:newsletters?|inbox|e-?mail (?:updates|alerts)|"
            r"briefing|digest)\b|\b(?:newsletters?|inbox)\b.{0,60}\b(?:sign(?:ing)? up|subscribe)\b|"
            r"get (?:our|the) (?:\w+ ){0,2}newsletter|"
            r"delivered (?:to|right to|straight to|through) your (?:inbox|letterbox|door)|right in your inbox|"
            r"thanks for signing up|keep an eye on your inbox|enter your e-?mail(?: address)? (?:to|here|below)|"
            r"^subscribe(?: now| today| here)?[.!]?$",
            re.I,
        ),
        max_words=40,
        example='Sign up for our newsletter to get the latest stories in your inbox.',
    ),
    BlockRule(
        "subscription_error",
        "newsletter_signup",
        re.compile(r"^(?:sorry!?|oops!?)$|error processing your subscription", re.I),
        max_words=12,
        example='There was an error processing your subscription.',
    ),
    BlockRule(
        "share_prompt",
        "share_links",
        re.compile(
            r"^(?:share (?:this|on|via)|share:?$|tweet this|email this|print this|follow us (?:on|@)|"
            r"like us on facebook|click to share)",
            re.I,
        ),
        max_words=15,
        example='Share this article',
    ),
    BlockRule(
        "comment_prompt",
        "comments",
        re.compile(
            r"^(?:\d+\s+)?comments?:?$|^(?:leave|post|add|write) a (?:comment|reply)|"
            r"^tell us what you think|^join the (?:discussion|conversation)|^(?:\d+ )?(?:responses?|replies)$|"
            r"^comments? (?:are|have been) (?:closed|disabled)|^you must be logged in to post",
            re.I,
        ),
        max_words=15,
        example='Leave a comment',
    ),
    BlockRule(
        "advertisement_label",
        "advertisement",
        re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|publicidad|publicité|pubblicità)$", re.I),
        max_words=3,
        example='Advertisement',
        keeps=("Advertising paid for the first issues of the society's bulletin.",),
    ),
    BlockRule(
        "related_inline_link",
        "related_links",
        re.compile(r"^(?:related(?: articles?| stories| posts| content| coverage| reading)?|read more|"
                   r"see also|also|also read|read also|more on this|more from \w+|(?:read|watch|listen)(?: this)?)\s*:\s*\S",
                   re.I),
        max_words=25,
        example='Read more: How the locks were built',
    ),
    BlockRule(
        "related_prompt",
        "related_links",
        re.compile(r"^(?:related(?: articles?| stories| posts| content| coverage| links)?|read more|more from [\w .]+|"
                   r"you (?:may|might) also (?:like|enjoy)|recommended(?: for you| articles| stories)?|"
                   r"most (?:read|popular|viewed)|see also|also read|read also|more stories|trending(?: now)?|"
                   r"explore further|further reading|read next|up next|more)\s*:?\s*$",
                   re.I),
        max_words=8,
        edge=True,
        example='You might also like',
    ),
    BlockRule(
        "social_follow_prompt",
        "share_links",
        re.compile(r"\b(?:follow|subscribe to) (?:[\w.’'@]+ ){0,8}(?:on|at|via) (?:facebook|twitter|instagram|linkedin|"
                   r"tiktok|youtube|x|threads|bluesky|mastodon)\b|\b(?:like|join) us on facebook\b", re.I),
        max_words=60,
        edge=True,
        example='Follow the society on Instagram for more photos of the canal.',
    ),
    BlockRule(
        "paywall_promo",
        "newsletter_signup",
        re.compile(r"\b(?:use (?:the )?(?:promo |coupon |discount )?code|for as little as .{0,40}\b(?:month|year|week|issue)|"
                   r"start (?:your )?free trial|unlimited (?:digital )?access|become a (?:member|subscriber))\b",
                   re.I),
        max_words=80,
        edge=True,
        example='Start your free trial for unlimited digital access.',
    ),
    BlockRule(
        "copyright_line",
        "footer",
        re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved", re.I),
        max_words=30,
        edge=True,
        example='Copyright 2021 Example Press',
    ),
    BlockRule(
        "copyright_footer",
        "footer",
        re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4}).{0,200}\b(?:all )?rights reserved\b", re.I | re.S),
        max_words=150,
        edge=True,
        example='© 2021 Example Canal Society. Words and photos on this site are ours or our '
                "members' and may be used only as the notes by them say, so do ask us if in any "
                'doubt at all. All rights reserved.',
    ),
    BlockRule(
        "source_credit",
        "byline",
        re.compile(r"^(?:source|sources|quelle|fuente|fonte)\s*:\s*\S", re.I),
        max_words=10,
        edge=True,
        example='Source: Example Canal Society',
    ),
    BlockRule(
        "contributor_credit",
        "byline",
        re.compile(r"\bcontributed (?:reporting|research|additional reporting|to (?:this|the) (?:report|story|article))\b|"
                   r"^(?:additional )?reporting by\b|^(?:edited|compiled|written) by\b", re.I),
        max_words=40,
        edge=True,
        example='Additional reporting by Sam Roe.',
    ),
    BlockRule(
        "tip_prompt",
        "author_box",
        re.compile(r"^(?:have a (?:news )?tip|got a tip|contact (?:the )?(?:author|reporter|writer))\b", re.I),
        max_words=45,
        edge=True,
        example='Have a tip? Contact the newsroom at tips@example.org.',
    ),
    BlockRule(
        "image_credit",
        "image_credit",
        re.compile(r"^(?:photo|image|picture|illustration|foto|credit)s?\s*(?:credit|by)?\s*:|^\((?:photo|image)[^)]*\)$|"
                   r"\b(?:getty images|shutterstock|istock(?:photo)?|afp photo|ap photo)\b\)?\s*$|"
                   r"\b(?:photos?|images?|pictures?|fotos?)\s*(?:©|\(c\)|copyright|courtesy)", re.I),
        max_words=25,
        example='Photo credit: Sam Roe',
    ),
)

# A byline as a paragraph near the top of the content: "By Jane Doe", "Von Jana Roe".
BYLINE_BLOCK = re.compile(
    r"^(?:written |posted |reported |text |words )?(?:by|von|par|por|di|door|av)\s*[:\-]?\s+"
    r"[\w'’.\-]+(?:\s+[\w'’.\-]+){0,5}"
    r"(?:\s*(?:,|and|&|und|et|y|e)\s+[\w'’.\-]+(?:\s+[\w'’.\-]+){0,5})*"
    r"(?:\s*[|,·•–—-]\s*.*)?$",
    re.I,
)
BYLINE_MAX_WORDS = 25        # any top-of-content block checked against the page's own byline texts
BYLINE_BLOCK_MAX_WORDS = 14  # a "By ..." paragraph longer than this is prose
# Words allowed around a date in a dateline paragraph ("Updated on Tuesday, 19 Nov 2019 at 10:32").
DATELINE_FILLER = re.compile(
    r"^(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|de|del|às|a|las|le|à|um|am|"
    r"den|der|el|the|of|et|and|y|e|min|read|edt|est|cet|cest|gmt|utc|bst|pst|pdt|ist|"
    r"mis à jour|publié|publicado|veröffentlicht|aktualisiert|pubblicato|aggiornato|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|"
    r"sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|hrs?|uhr|h)$",
    re.I,
)
# A dateline paragraph that is only a date/time stamp ("Published 19 Nov 2019, 10:32").
DATELINE_BLOCK = re.compile(
    r"^(?:(?:published|updated|posted|last updated|modified|veröffentlicht|publié|publicado)\s*(?:on|:)?\s*)?"
    r"(?:\w+,?\s+)?(?:\d{1,2}[./ -]|[A-Za-z]{3,9}\.?\s+)\d{1,2}(?:st|nd|rd|th)?,?[./ -]?\s*\d{2,4}"
    r"(?:\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.I,
)

# --------------------------------------------------------------------------
# Metadata vocabulary (extract.html_meta)
# --------------------------------------------------------------------------

# JSON-LD @type values describing the page's main creative work.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "socialmediaposting", "liveblogposting", "medicalscholarlyarticle",
    "posting", "review", "creativework", "webpage", "itempage", "aboutpage", "howto", "recipe",
    "discussionforumposting", "qapage", "videoobject", "podcastepisode", "book", "chapter",
})
# Preference among them (lower is better); anything else ranks last.
ARTICLE_TYPE_RANK = {"webpage": 5, "itempage": 5, "aboutpage": 6, "creativework": 4}

# meta name/property/itemprop keys, in order of trust.
META_TITLE_KEYS = ("citation_title", "og:title", "twitter:title", "dc.title", "dcterms.title",
                   "parsely-title", "sailthru.title", "headline", "title")
META_SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher",
                  "dc.publisher", "citation_journal_title", "twitter:site", "al:ios:app_name")
META_AUTHOR_KEYS = ("citation_author", "dc.creator", "dcterms.creator", "author", "article:author",
                    "og:article:author", "parsely-author", "sailthru.author", "byl", "byline",
                    "dc.contributor", "cxenseparse:author", "twitter:creator")
META_DATE_KEYS = ("citation_publication_date", "citation_date", "citation_online_date",
                  "article:published_time", "og:article:published_time", "og:published_time",
                  "datepublished", "dcterms.issued", "dc.date.issued", "dc.date", "dcterms.date",
                  "dcterms.created", "date", "pubdate", "publishdate", "publish-date", "publish_date",
                  "published_time", "published-date", "release_date", "sailthru.date",
                  "parsely-pub-date", "article.published", "article_date_original", "dc.date.created",
                  "original-publish-date", "datecreated", "article:published", "cxenseparse:recs:publishtime")

# Elements that carry a byline in the page.
BYLINE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:by-?line|author(?:-?name|s)?(?!-?(?:bio|box|info|card|profile|image|img|avatar|photo|about))|"
    r"writer|contributor-?name|article-?author|post-?author|entry-?author|story-?author)(?:$|[\s_-])",
    re.I,
)
BYLINE_PREFIX = re.compile(r"^\s*(?:(?:written|posted|reported|text|words|story)\s+)?(?:by|von|par|por|di|door|av|от|автор)\s*[:\-]?\s+", re.I)

# Honorifics stripped from author names (the contract wants names as printed, minus titles).
HONORIFICS = re.compile(
    r"^(?:(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|lord|lady|rev|reverend|fr|father|sr|sra|"
    r"dott|dottssa|ing|mag|herr|frau|mme|mlle|m|capt|col|gen|lt|sgt|hon|rabbi|imam|sheikh|"
    r"univ\.-prof|priv\.-doz|pd)\.?\s+)+",
    re.I,
)
# Trailing degrees and post-nominals ("Jane Roe, PhD").
POSTNOMINALS = re.compile(r"(?<!\s),?\s+(?:ph\.?\s?d|m\.?d|md|mph|msc|m\.?sc|ba|bsc|ma|mba|jd|dphil|frs|obe|mbe|cbe|rn|rdn|rd|cpt|esq)\.?$", re.I)

# Words showing an "author" string is not a person's name.
NOT_A_NAME = re.compile(
    r"https?:|www\.|@|\.com\b|^the\s|\b(?:staff|editor(?:s|ial)?|team|desk|admin|administrator|newsroom|"
    r"redaktion|rédaction|redacción|redazione|agency|wire|press|reuters|associated press|afp|dpa|"
    r"contributors?|guest|updated|published|posted|share|follow|min read|read more|"
    r"writer|reporter|correspondent|columnist|intern|producer|photographer|analyst|anchor|"
    r"news|media|magazine|online|digital|department|ministry|ministries|office|"
    r"name|e-?mail|website|comment|reply|anonymous|unknown|admin\w*)\b|admin$",
    re.I,
)
AUTHOR_SPLIT = re.compile(r"(?<!\s)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bog\b|\ben\b|\boch\b|\|)\s*", re.I)

# Title segments that are site chrome rather than the title.
TITLE_CHROME = re.compile(r"^(?:home|homepage|news|blog|latest news|breaking news|opinion)$", re.I)

# ``/author/jane-roe`` style profile links (meta article:author often holds one).
AUTHOR_URL = re.compile(r"/(?:authors?|writers?|people|profiles?|staff|contributors?|journalists?|autor|autore|auteur)/"
                        r"([A-Za-z][A-Za-z\-_+.]{2,60}?)/?(?:[?#].*)?$", re.I)
# Containers of reader comments and forms: bylines inside them are commenters'.
COMMENT_AREA = re.compile(r"(?:^|[\s_-])(?:comments?|disqus|respond|reply|replies|discussion)(?:$|[\s_-])", re.I)
# Elements that print the publication date in the page.
DATE_ATTR = re.compile(r"(?:^|[\s_-])(?:date|dateline|time|timestamp|posted|published|publish|pubdate|"
                       r"byline|meta|article-?info|entry-?meta|post-?meta|article-?meta)", re.I)
# What follows the names in a byline: "... on Monday, Nov 18", "... | Updated", "... - 10:32".
BYLINE_TAIL = re.compile(r"(?<!\s)(?:\s+(?:on|updated|published|posted|last updated|le|am|el|il|em)\s+(?=\S*\s*\d|"
                         r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)"
                         r"|\s*[|•·]|\s+[-–—]\s+|,?\s+\d).*$", re.I | re.S)
# Cheap pre-selection (XPath) for byline elements; BYLINE_ATTR/BYLINE_PREFIX decide.
BYLINE_ATTR_WORDS = ("uthor", "yline", "y-line", "riter", "ontributor", "AUTHOR", "BYLINE")
BYLINE_WORDS = ("By", "by", "BY", "Von", "von", "Par", "par", "Por", "por", "Door", "door", "Di", "Av")
# A site-name <h1> (logo, brand, menu title) rather than the article's own title.
MASTHEAD_ATTR = re.compile(r"(?:^|[\s_-])(?:logo|brand|site-?(?:title|name|logo|branding)|masthead|"
                           r"menu-?title)(?:$|[\s_-])", re.I)
# Elements that print the article's headline without being an <h1>.
HEADLINE_ATTR = re.compile(r"(?:^|[\s_-])(?:headline|(?:entry|post|article|story|page|content)-?title|"
                           r"title-?(?:main|text))(?:$|[\s_-])", re.I)
