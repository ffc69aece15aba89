"""Regexes the expectations use, kept as named data.

These are a safety net, not the cleaners (those live in ``transform``): each
pattern here matches only text that is unmistakably scraping cruft.  A match is a
warning recorded beside its document (see ``expectations.suites``), and a sign that
a cleaner missed a shape it should know.  Every pattern carries an example it must
match, and the tests check that it does.

All patterns are Python ``re`` syntax.  Great Expectations applies them through
pandas ``str.contains``, so they are stored as strings with inline flags.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NamedPattern:
    name: str
    regex: str
    example: str  # a string the pattern must match
    in_prose: bool = False  # cruft even inside a long paragraph (mojibake), not only as a short block

    @property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.regex)


# --- cruft that must never survive into documents.body_text ------------------
CRUFT_PATTERNS: tuple[NamedPattern, ...] = (
    NamedPattern(
        "download_banner",
        r"(?i)\bdownload\b[^\n]{0,20}?\b\d+(?:[.,]\d+)?\s?[KM]i?B\b",
        "Download 75.83 Kb.",
    ),
    NamedPattern("file_size_banner", r"(?i)\bsize\s?:?\s?\d+(?:[.,]\d+)?\s?[KM]i?B\b", "Size75.83 Kb."),
    NamedPattern("view_counter", r"(?i)\(visited [\d,]+ times?\b", "(Visited 2,910 times, 1 visits today)"),
    NamedPattern("login_prompt", r"(?i)\bclick to access the login\b", "Click to access the login or register"),
    NamedPattern("rights_notice", r"(?i)\ball rights reserved\b", "© 2016 Example Press. All rights reserved."),
    NamedPattern("copyright_notice", r"(?i)\bprotected by copyright\b", "The database is protected by copyright © 2016"),
    NamedPattern("site_processing_date", r"(?i)\bdate conversion\s?\d", "Date conversion29.04.2016"),
    NamedPattern(
        "cookie_consent",
        r"(?i)\b(?:(?:this|our) (?:web ?)?site uses cookies|we use cookies to|accept (?:all )?cookies)\b",
        "This website uses cookies to improve your experience. Accept all cookies",
    ),
    NamedPattern("skip_link", r"(?i)\bskip to (?:the )?(?:main )?content\b", "Skip to main content"),
    NamedPattern("newsletter_promo", r"(?i)\bsubscribe to our newsletter\b", "Subscribe to our newsletter"),
    # UTF-8 read as cp1252 ("â€™", "Ã©", "Â ") or Mac Roman ("vis-ˆ-vis").
    NamedPattern("mojibake", r"â€[\x80-\xbf™œ“”˜¦¢¡]|Ã[\xa0-\xbf]|Â[\xa0°·]|[\w-]ˆ[\w-]", "itâ€™s vis-ˆ-vis",
                 in_prose=True),
)

# --- footnote-marker digits glued to the end of a word -----------------------
# "arsenal.1 ", "past’.15 ", "world.’19", "respectively,3 ".  The digits must
# follow a word of two or more letters ending in lower case, then punctuation
# (. , ; ! ?) and/or a closing quote, and stand alone before whitespace or the
# end.  So numbers ("1950.5", "3.5"), hyphenated names ("Su-27", "Shanghai-5"),
# acronyms and roman numerals ("GDP.3", "IV.3"), single letters ("p.41", "A.1"),
# ports and ratios ("localhost:80"), tokens inside URLs ("page.2") and the
# reference abbreviations below ("pp.41", "Fig.3", "vol.2") are left alone.
# Markers glued to a number ("1600.2") cannot be told from decimals: not flagged.
REFERENCE_ABBREVIATIONS = (
    "p", "pp", "para", "paras", "vol", "vols", "no", "nos", "fig", "figs", "ch", "chs",
    "chap", "sec", "secs", "ss", "art", "arts", "cl", "reg", "regs", "eq", "eqs", "tab",
    "tbl", "ref", "refs", "n", "nn", "fn", "note", "ed", "eds", "ver", "rev", "op",
    "ibid", "cf", "pt", "pts", "bk", "ser", "suppl", "app", "appx", "annex", "sch",
    "div", "line", "ll", "col", "cols", "fol", "fols", "ms", "mss", "sect", "tit",
)
_QUOTE = "’'”\"»"
GLUED_FOOTNOTE_DIGITS = NamedPattern(
    "glued_footnote_digits",
    (
        r"(?<![\w./@])"  # the word starts here, not inside a token or URL
        rf"(?!(?i:{'|'.join(REFERENCE_ABBREVIATIONS)})[.:])"  # not "pp.41", "Fig.3"
        r"[^\W\d_]*[a-zß-ÿ]{2}"  # a word ending in two lower-case letters
        rf"(?:[{_QUOTE}]?[.,;!?][{_QUOTE}]?|[{_QUOTE}])"  # punctuation and/or a closing quote
        r"\d{1,3}(?=\s|$)"  # the marker, standing alone
    ),
    "nuclear arsenal.1 It",
)

# --- values that are never a document's title --------------------------------
NON_TITLE = NamedPattern(
    "non_title",
    r"(?i)^\s*(?:abstract|introduction|summary|contents|table of contents|references|bibliography"
    r"|acknowledge?ments|key ?words?|untitled(?: document)?|home(?: ?page)?|main page|menu"
    r"|skip to (?:the )?(?:main )?content|microsoft word\b.*|page \d+|document\d*)\s*[.:]?\s*$",
    "Abstract",
)

# --- EDTF (ISO 8601-2) values we produce -------------------------------------
# Level 0: 2014, 2014-11, 2014-11-21, 1992/1995.
# Level 1: seasons 2014-21..24, unspecified digits 199X / 19XX / 2014-XX,
#          qualifiers ~ ? % after a date, open (..) and unknown (empty) interval ends.
# Level 2: sub-year groupings 2014-25..41 (quarters 33..36), qualifiers before a
#          component (?2004-06-~11).  ISO 8601-2 also gives decades and centuries
#          as 199 and 19; sets [a,b] (one of) and {a,b} (all of).  Not covered: Y-prefixed and negative years,
#          exponents and significant digits, times (those mentions carry no edtf).
_Q = r"[~?%]"
_YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX)"  # "XXXX-05-01": a day whose year nobody knows
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_SUBYEAR = r"(?:2[1-9]|3\d|4[01])"  # seasons, quarters, quadrimesters, semesters
_DATE = (
    rf"{_Q}?{_YEAR}"
    rf"(?:-{_Q}?{_MONTH}(?:-{_Q}?{_DAY})?|-{_Q}?{_SUBYEAR})?"
    rf"{_Q}?"
)
_DECADE_OR_CENTURY = rf"\d{{2,3}}{_Q}?"
_END = rf"(?:{_DATE}|{_DECADE_OR_CENTURY}|\.\.)?"
_SET = rf"\[{_DATE}(?:,{_DATE})+\]|\{{{_DATE}(?:,{_DATE})+\}}"  # one of / all of: "[2016-04-05,2016-05-04]"
EDTF = NamedPattern(
    "edtf",
    rf"^(?:{_DATE}|{_DECADE_OR_CENTURY}|{_SET}|(?!/$|\.\./\.\.$){_END}/{_END})$",
    "1994-07-03/1994-07-05",
)

SHA256_HEX = r"^[0-9a-f]{64}$"


# A paragraph of this many words is prose: one that mentions "all rights reserved" or
# "download a 5 MB file" is talking about it, not a banner left behind.
PROSE_WORDS = 40
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # runs of non-blank lines


def find_cruft(text: str) -> tuple[str, re.Match[str]] | None:
    """The first cruft pattern that matches ``text``, with its match.

    Patterns marked ``in_prose`` are looked for everywhere, the others only in
    paragraphs of fewer than ``PROSE_WORDS`` words.
    ``"Intro.\n\nDownload 75.83 Kb."`` → ``("download_banner", <match 'Download 75.83 Kb'>)``
    """
    anywhere = [p for p in CRUFT_PATTERNS if p.in_prose]
    short = [p for p in CRUFT_PATTERNS if not p.in_prose]
    found: list[tuple[int, str, re.Match[str]]] = []
    for pattern in anywhere:
        if (match := pattern.compiled.search(text)) is not None:
            found.append((match.start(), pattern.name, match))
    for block in _PARAGRAPH.finditer(text):
        if len(block.group().split()) >= PROSE_WORDS:
            continue
        for pattern in short:
            if (match := pattern.compiled.search(text, block.start(), block.end())) is not None:
                found.append((match.start(), pattern.name, match))
        if any(start < block.end() for start, _, _ in found):
            break
    if not found:
        return None
    _, name, match = min(found, key=lambda f: f[0])
    return name, match


# Every glued marker ends in one of these spots.  Searching for the spot first is
# ~100x faster than letting GLUED_FOOTNOTE_DIGITS try every position of the text.
_MARKER_SPOT = re.compile(rf"[.,;!?{_QUOTE}]\d{{1,3}}(?=\s|$)")
_LONGEST_WORD = 60


def find_glued_footnote_digits(text: str) -> re.Match[str] | None:
    """The first match of GLUED_FOOTNOTE_DIGITS in ``text`` (same result as ``search``)."""
    glued = GLUED_FOOTNOTE_DIGITS.compiled
    for spot in _MARKER_SPOT.finditer(text):
        start = spot.start()  # back up to the start of the token holding the spot
        while start > 0 and not text[start - 1].isspace() and spot.start() - start < _LONGEST_WORD:
            start -= 1
        match = glued.search(text, start, spot.end())
        if match:
            return match
    return None
