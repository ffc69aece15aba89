"""Patterns for one entry of a scientific reference list (``transform.reference_entry``).

The author names of an entry come in three printed forms, one per list:

* inverted with initials: ``Tewari, D.``, ``Bailey-Serres, J.``, ``Burg, S. van der``
  (APA, Nature, MDPI, Frontiers, Oxford);
* Vancouver, initials without stops after the surname: ``Woolf CJ``, ``de Almeida I``;
* initials first: ``R. N. Chatterjee``, ``J.A. Ortiz`` (IEEE).
"""
from __future__ import annotations

import re

_UPPER = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]"
_LOWER_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|dos|das|la|le|ter|ten|bin|ibn|al|el|ul|y)"
_WORD = rf"{_UPPER}[^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"  # "Bailey-Serres", "O’Hara", "McAdam"
#: a surname: one to three capitalised words, particles before them ("van der Burg")
SURNAME = rf"(?:(?:{_LOWER_PARTICLE}|[DV][ae]n?|De|Van|Von|Du|La|Le|Di|Da)\s+)*{_WORD}(?:[\s\-]{_WORD}){{0,2}}"
_DOTTED = rf"{_UPPER}\.(?:\s?-?{_UPPER}\.)*"  # "C. W.", "J.-P.", "H.S."
_GENERATION = r"(?:\s*,?\s*(?:Jr|Sr|II|III|IV)\b\.?)?"

INVERTED_NAME = re.compile(
    rf"(?P<surname>{SURNAME}),\s*(?:{_DOTTED}|{_UPPER}(?=[,;&\s]))(?:\s+{_LOWER_PARTICLE}\b)*{_GENERATION}"
)
VANCOUVER_NAME = re.compile(
    rf"(?P<surname>{SURNAME})\s+{_UPPER}{{1,4}}(?:-{_UPPER}{{1,2}})?\b{_GENERATION}(?!\.\w)"  # "Gao Y-J"
)
INITIALS_FIRST_NAME = re.compile(
    rf"(?:{_DOTTED}|{_UPPER}\.)\s*(?:{_WORD}\s+(?=[^\W\d_]+(?:[,;]|\s(?:and|&)\s|,?\s*[\"\u201c]|\s+et\s+al)))?"  # "P. Uma Devi"
    rf"(?P<surname>(?:{_LOWER_PARTICLE}\s+)*{_WORD}(?:-{_WORD})?)(?![^\W\d_])"
)
# ", ", "; ", " and ", " & ", ", and "; a PDF that lost its spaces prints ",andS.K.Panda"
NAME_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:and\s*(?=[A-Z])|&\s*)?|\s(?:and|&)\s+|&\s*)")
ET_AL = re.compile(r"\s*,?\s*(?:et\.?\s*al\.?|(?:and|&)\s+others)", re.I)
#: a long list cut short before its last name: "Fyke, J., … Whelan, C."
ELLIPSIS = re.compile(r"\s*,?\s*(?:\u2026|\.\.\.)\s*")
#: what may stand right after the author names: the year, a full stop, a colon, a bracket, a quote
AFTER_AUTHORS = re.compile(r"\s*(?:\((?:eds?|editors?)\.?\)\s*)?[.:,]?\s*(?=[(\"\u201c\u2018']|\d{4}|[^\W\d_])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)[a-z]*\.?"
YEAR_AFTER_AUTHORS = re.compile(
    rf"\s*\.?\s*\(?\s*(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?(?:\s*,?\s*{_MONTH}(?:\s+\d{{1,2}})?)?\s*\)?\s*[.,:;]?\s*"
)
#: what a title may end with that is not part of it: "(Version 0.16.2)", "(2nd ed.)"
TITLE_TAIL = re.compile(r"\s*\((?:version\s+|v)[\w.\-]+\)$|\s*\(\d+(?:st|nd|rd|th)\s+ed(?:ition|n)?\.?\)$", re.I)
NO_DATE = re.compile(r"\s*\(\s*n\.\s*d\.\s*\)\s*\.?\s*", re.I)

DOI = re.compile(r"(?i)(?:\bdoi\s*:?\s*|https?:\s?//(?:dx\.)?doi\.org/)?\b(?P<doi>10\.\d{4,9}/\s?[^\s\"<>]+)")
DOI_TRAILING = re.compile(r"[.,;:)\]]+$")
#: bracketed link labels a publisher adds after an entry: "[CrossRef]", "[PubMed]", "PMID: 123"
LINK_LABELS = re.compile(
    r"\s*(?:\[(?:CrossRef|PubMed|Google\s+Scholar|Green\s+Version|PMC\s+free\s+article|Web\s+of\s+Science)\]"
    r"|\bPMID:?\s*\d+|\bPMCID:?\s*PMC\d+|\bView\s+Article|\bGoogle\s+Scholar|\bPubMed\s+Central)",
    re.I,
)
OPENING_QUOTES = "\"\u201c\u2018"
CLOSING_QUOTES = "\"\u201d\u2019'"
#: a title in quotes that the quotes close ("Salt in wells," or 'Salt in wells', …): a title
#: that merely opens with a quoted name (“Sweet Dani”: a new basil) is not one
QUOTED_TITLE = re.compile(
    r"\s*[\"\u201c\u2018'](?P<title>[^\"\u201c\u201d\u2018\u2019]{3,400}?)(?:[,.][\"\u201d\u2019']|[\"\u201d\u2019'](?=[,.]|\s*$))"
)
#: where a title ends: a full stop after a word of two letters or more (not an initial or "sp."),
#: a "?" or "!", or a semicolon (a book's title before its series or publisher)
TITLE_END = re.compile(
    r"(?:(?<=[^\W\d_]{2})(?<!\bsp)(?<!\bspp)(?<!\bvs)|(?<=[)\]\d]))[.](?=\s|$)|[?!](?=\s|$)|;(?=\s)"
)
#: a year in the place a journal prints it: "2003;55:949", "1999, 353:1959", "2015, 18, 529", "(2004)."
VENUE_YEAR = re.compile(
    r"(?<![\d:\u2013-])(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;:,]\s*\d"
    r"|\(\s*(?P<year2>1[5-9]\d\d|20\d\d)(?P<suffix2>[a-z])?\s*\)"
)
#: any year that does not stand in a page range or after a volume's colon
LOOSE_YEAR = re.compile(r"(?<![\d/.:\u2013\-])(?<!:\s)(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?(?![\d\u2013\-])")
#: the journal or book after the title: up to its volume, year or pages
VENUE = re.compile(
    r"\s*(?:In:?\s+)?(?P<venue>[^\d;()]{2,160}?)[\s.,:;]*(?=\(?\d|$|https?:|;|(?i:vol|no|pp|issue)\b)"
)
#: what stands after a web page's title is not a venue: "Retrieved May 1, 2020, from …"
NOT_VENUE = re.compile(r"(?i)^(?:retrieved|available|accessed|online|cited|https?:|www\.)")
VOLUME_SEGMENT = re.compile(r"^\s*(?:vol\.?\s*)?\d+[\d()\u2013\-: ]*$", re.I)

# Spaces a PDF lost in an entry's names (transform.reference_entry.respaced).
GLUED_AND = re.compile(r"(?<=[a-z])and(?=[A-Z]\.)")
GLUED_ET_AL = re.compile(r"(?<=[a-z]{2})etal\.")
GLUED_VANCOUVER_START = re.compile(r"[A-Z][a-z]+[A-Z]{1,3},\s?[A-Z][a-z]+[A-Z]{1,3}[,.]")
GLUED_VANCOUVER_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)([A-Z]{1,3})([,.])\s?")
HEAD_CHARS = 400
