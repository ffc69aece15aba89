"""Patterns for citations: footnote markers, author–year and numeric callouts,
reference lists and notes sections.

Everything here is data: compiled regexes and word lists, each with a name.
The decisions that combine them live in ``transform.citations`` (in-text) and
``transform.references`` (reference lists and notes sections).
"""
from __future__ import annotations

import re

from transform.patterns.months import MONTH_ABBREVIATIONS, MONTHS, SEASON_CODES

# ----------------------------------------------------------------- building blocks
_LETTER = r"[^\W\d_]"
_UPPER = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]"  # case re-checked in code
_DASH = r"[-\u2010-\u2015\u2212]"
CLOSING_QUOTES = "'\"\u2019\u201d\u00bb"
OPENING_QUOTES = "'\"\u2018\u201c\u00ab"

# A publication year (1500-2099) with an optional "a/b" suffix: "2015", "2015a".
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?:[a-z](?![a-z]))?"
YEAR_PARTS = re.compile(r"(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?")

# Lower-case words that belong to a surname: "van der Berg", "de Silva", "bin Qasim".
PARTICLES = frozenset(
    "van von der den de del della di da du dos das le la ter ten bin binti ibn al el ul".split()
)
# A particle may be capitalised when it opens the name: "Van der Berg (2015)".
_PARTICLE = r"(?:[Vv]an|[Vv]on|der|den|[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|dos|das|[Ll]e|[Ll]a|ter|ten|bin|binti|ibn|al|el|ul)"
# One word of a name: "Rahim", "O'Neil", "Smith-Jones", "McDonald" (at least two
# letters); a possessive "’s" is not part of it.
SURNAME_WORD = rf"{_UPPER}(?:{_LETTER}|-(?={_LETTER})|['\u2019](?={_LETTER})(?!s(?!{_LETTER})))+"
# Initials: "M.", "C. W.", "J.-P.", "E.R."
INITIALS = rf"{_UPPER}\.(?:\s?-?{_UPPER}\.){{0,5}}"  # bounded: a run of "A. A. A." is no name
INITIALS_ONLY = re.compile(rf"^\s*(?:(?:{_UPPER}\.\s?-?)+|{_UPPER})\s*$")

# ----------------------------------------------------------------- footnote markers
# A run of 1-3 digits glued (no space) to a word, closing punctuation or a
# closing quote: "granary.1", "harbour3", "river’.15", "sea.’19", "(2001).4".
# It must not run on into a decimal, a date or a unit: "29.04.2016", "75.83",
# "5%", "1,600" never yield a candidate.
FOOTNOTE_CANDIDATE = re.compile(
    rf"(?<=[^\W\d_]|[.,;:!?)\]{CLOSING_QUOTES}])"
    r"(?P<digits>[1-9]\d{0,2})"
    r"(?![\w%\u00b0$\u20ac\u00a3]|[.,:/\-\u2013]\d)"
)
#: what FOOTNOTE_CANDIDATE and BRACKET_MARKER_CANDIDATE cannot match without
NONZERO_DIGIT = re.compile(r"[1-9]")
# Unicode superscript digits ("granary.¹²") are always marker-shaped.
#: "the 1991 Act”).[1]", "the harbour[3]": a bracketed note number glued to the text (no space)
BRACKET_MARKER_CANDIDATE = re.compile(rf"(?<=[^\W\d_]|[.,;:!?){CLOSING_QUOTES}])\[(?P<digits>[1-9]\d{{0,2}})\](?![\w(\[])")
#: a note printed with a bracketed label: "[1] Agricultural Holdings (Scotland) Act 1991, c. 55."
BRACKET_NOTE_LABEL = re.compile(r"^\s*\[(?P<n>[1-9]\d{0,2})\]\s+\S")
SUPERSCRIPT_CANDIDATE = re.compile(r"(?<=\S)(?P<digits>[\u00b9\u00b2\u00b3\u2074-\u2079][\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{0,2})")
SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")

# Abbreviations whose full stop is followed by a number that is NOT a marker:
# "No.1", "p.41", "pp.12", "Rs.450", "Art.370", "Fig.2", "Vol.3".
ABBREVIATION_BEFORE_NUMBER = re.compile(
    r"(?i)(?<![^\W\d_])(?:no|nos|nr|p|pp|para|paras|vol|vols|art|arts|rs|rp|tk|inr|pkr|usd|fig|figs|"
    r"sec|secs|ch|chap|ed|eds|op|vs|v|ref|refs|col|cols|pt|pts|tab|eq|eqs|n|nn|sl|s|ss|st|"
    r"no\u00b0|cl|r|l|ft|ca|c|approx|min|max|ex|sr|serial|item|version|ver|rev|sch|sched|reg|regs)\.$"
)
# A token that is a URL, an e-mail address or a path: never holds a marker.
URL_LIKE = re.compile(r"(?i)(?:https?://|www\.|@|/|\\)")
# After a marker that follows a number ("approximately 1720.2 This"), a new
# sentence must start: an upper-case letter, possibly after an opening quote.
SENTENCE_START_AFTER = re.compile(rf"\s+[{OPENING_QUOTES}(\[]*(?P<first>{_LETTER})")
# The letters right before digits glued to a word ("harbour3").
WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")  # tried at the start of a word only
# The integer before the full stop in "1720.2": not itself part of a decimal.
INTEGER_BEFORE_FULL_STOP = re.compile(r"(?<![\d.,])\d{1,4}\.$")
#: "… on 2 February 1971," before a note number: a year and its comma
YEAR_BEFORE_COMMA = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d,$")

# ----------------------------------------------------------------- author–year
# The innermost bracket of any kind: its inner text holds no other bracket.
INNERMOST_BRACKET = re.compile(r"(?P<open>[(\[])(?P<inner>[^()\[\]]{1,500})(?P<close>[)\]])")
# Inside a bracket, citations are separated by ";" or by a comma that follows
# a year and precedes a capitalised name: "(Smith, 2001, Jones, 2003)".
CITATION_SEPARATOR = re.compile(rf"(?<!\s)\s*;\s*|(?<=\d),\s*(?={_UPPER})|(?<=\d[a-z]),\s*(?={_UPPER})")
# Lead-in words before the first name: "see", "see also", "e.g.", "cf.", "as cited in".
CITATION_PREFIX = re.compile(
    r"(?i)^(?:(?:see(?:\s+also)?|but\s+see|also|e\.\s?g\.|cf\.?|i\.\s?e\.|for\s+(?:example|instance)|"
    r"as\s+(?:cited|quoted|discussed|reported|summari[sz]ed)\s+in|cited\s+in|quoted\s+in|compare|in|and)"
    r"\s*,?\s*)+"
)
# One parenthetical citation after the lead-in: names, one or more years,
# then an optional locator ("p. 41", ": 12-14") and an optional comment.
PARENTHETICAL_CITATION = re.compile(
    rf"^(?P<names>[^\d;]{{2,160}}?)(?:\s*,\s*|\s+)"
    rf"(?P<years>{YEAR}(?:\s*,\s*{YEAR}(?!\d))*)(?!\d)"
    r"(?P<rest>.*)$",
    re.S,
)
# What may follow the year(s): a page locator and/or a short comment.
LOCATOR = re.compile(
    r"^\s*[,:]\s*(?:at\s+)?(?:(?:pp?|pages?|paras?|ch|chap|chapter|sec|n|nn|fn|col|vol)\.?\s*)?"
    rf"(?P<pages>[\dxivlcXIVLC]+(?:\s*{_DASH}\s*[\dxivlc]+)?(?:\s*,\s*\d+(?:\s*{_DASH}\s*\d+)?)*(?:\s*ff?\.?)?)"
    r"(?![\w])"
)
YEARS_ONLY_CITATION = re.compile(rf"(?P<years>{YEAR}(?:\s*,\s*{YEAR})*)(?!\d)(?P<rest>.*)$", re.S)
SURNAME_WORD_RE = re.compile(SURNAME_WORD)
WHITESPACE_RUN = re.compile(r"\s+")
COMMENT = re.compile(r"^\s*+(?:,\s*[^\d;][^;]{0,80})?\s*$")
YEAR_IN_LIST = re.compile(rf"(?P<year>{YEAR})(?!\d)")
# Authors inside one citation are split on commas, "and", "&"; "et al." ends the list.
AUTHOR_SPLIT = re.compile(r"(?<!\s)\s*(?:,|&|\band\b)\s*")
ET_AL = re.compile(r"(?<!\s)\s*+,?\s*+\bet\.?\s*al\b\.?,?", re.I)
# Non-letters dropped from a cite_key; Vancouver initials ("Smith JA").
NOT_ASCII_LETTER = re.compile(r"[^a-z]")
# Letters that Unicode does not decompose into an ASCII letter plus an accent.
LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
)
CAPITAL_INITIALS = re.compile(rf"{_UPPER}{{1,3}}")

# Narrative: "Farooq (2017)", "Qureshi and Lodhi (2009)", "Ibarra et al. (2021)",
# "Smith’s (2001, p. 4)".  Each name here is one surname, optionally after
# initials and particles, so a sentence word before it is never swallowed.
MAX_NARRATIVE_NAMES = 6  # bounded, so a long list of names costs linear time
_NARRATIVE_NAME = rf"(?:{INITIALS}\s*)?(?:{_PARTICLE}\s+){{0,3}}{SURNAME_WORD}"
NARRATIVE_CITATION = re.compile(
    rf"(?<![\w.\-])(?P<names>{_NARRATIVE_NAME}"
    rf"(?:\s*,\s*{_NARRATIVE_NAME}){{0,{MAX_NARRATIVE_NAMES}}}(?:,?\s+(?:and|&)\s+{_NARRATIVE_NAME})?"
    r"(?:\s+et\.?\s*al\.?)?)"
    r"(?P<possessive>['\u2019]s?)?"
    rf"\s*\((?P<inner>(?P<years>{YEAR}(?:\s*,\s*{YEAR})*)(?!\d)(?P<rest>[^()]{{0,40}}))\)"
)
# Cues that make a narrative "Name (year)" a citation rather than, say,
# "Freeland (1947)": a lead-in before it or a scholarly reporting verb after it.
NARRATIVE_CUE_BEFORE = re.compile(
    r"(?i)(?:\baccording\s+to|\bsee(?:\s+also)?|\bcf\.|\bfollowing|\b(?:work|study|studies|findings|views?|"
    r"argument|analysis|model)\s+(?:of|by)|\b(?:argued|noted|suggested|shown|reported|observed|proposed|"
    r"described|stated|defined|discussed|cited|quoted|summari[sz]ed|developed|reviewed|outlined|found)\s+(?:by|in))"
    r"\s*$"
)
REPORTING_VERB_AFTER = re.compile(
    r"(?i)\s*+,?\s*+(?:(?:has|have|had|also|further|rightly|clearly|correctly|similarly|too|then|later|recently|"
    r"once|earlier|convincingly|famously|explicitly|aptly|however|therefore|thus|both|all|each|,)\s+){0,3}"
    r"(?:argu\w*|stat(?:e|es|ed)|not(?:e|es|ed)|observ\w*|suggest\w*|claim\w*|contend\w*|found|finds?|"
    r"show(?:s|ed|n)?|report(?:s|ed)|writ(?:e|es)|wrote|describ(?:e|es|ed)|explain\w*|point(?:s|ed)?\s+out|"
    r"emphasi[sz]\w*|stress(?:es|ed)|conclud\w*|maintain\w*|assert\w*|believ\w*|demonstrat\w*|highlight\w*|"
    r"propos(?:e|es|ed)|defin(?:e|es|ed)|identif\w*|examin\w*|analy[sz]\w*|discuss\w*|mention\w*|"
    r"indicat\w*|reveal\w*|remark\w*|posit\w*|says|said|opin\w*|acknowledg\w*|investigat\w*|studied|"
    r"explor\w*|puts?\s+it|calls?\s+(?:it|this|them)|in\s+(?:his|her|their)\b)"
)
# Between two narrative citations listed together: "Rahim (2011) and Kazmi (2018)".
CITATION_LIST_JOIN = re.compile(r"\s*+(?:;|,(?:\s*+(?:and|&))?|and|&)\s*")
DEFINITE_ARTICLE_BEFORE = re.compile(r"(?i)\bthe\s*$")

# Capitalised words that start a bracket but are never an author:
# months, seasons, days, and labels such as "Vol", "Figure", "Since".
NOT_AUTHOR_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | frozenset(SEASON_CODES) | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday
    since in from until till after before during circa ca c around about approximately by
    vol volume no number fig figure table tab chapter ch section sec part page pages p pp
    ad bc ce bce est established founded born died updated accessed retrieved published revised
    reprinted issue edition ed eds the a an this that these those of and or est christmas easter
    ramadan eid see also cf ibid op cit id q1 q2 q3 q4 fy year years era age war act""".split()
)
# Of those, the ones that are also surnames: they only disqualify a citation that has no
# other name ("(Winter 1990)" is a season; "(Tulloch and Winter, 1990)" is two authors).
SURNAME_TOO = frozenset("may march winter summer spring autumn fall easter christmas page".split())

# ----------------------------------------------------------------- numeric
# "[12]", "[3, 7]", "[3–5]", "[1, 4-6; 9]"
# Some PDF fonts map the en dash of a range to "e": "[1e6]" is [1–6].
_RANGE_DASH = rf"(?:{_DASH}|(?<=\d)e(?=\d))"
NUMERIC_CITATION = re.compile(
    rf"\[(?P<body>\s*\d{{1,3}}(?:\s*(?:[,;]|{_RANGE_DASH})\s*\d{{1,3}})*\s*)\]"
)
NUMERIC_ITEM = re.compile(rf"(?P<first>\d{{1,3}})(?:\s*{_RANGE_DASH}\s*(?P<last>\d{{1,3}}))?")
MAX_RANGE_EXPANSION = 100

# ----------------------------------------------------------------- sections
# A heading that opens a reference list or a notes section.
NOTES_HEADING = re.compile(
    r"(?i)^\s*(?:[\dIVX]+\.?\s+)?(?:end\s*notes|notes|foot\s*notes|notes\s+and\s+references|"
    r"notes\s+and\s+sources|references\s+and\s+notes)\s*:?\s*$"
)
REFERENCES_HEADING = re.compile(
    r"(?i)^\s*(?:[\dIVX]+\.?\s+)?(?:references?|reference\s+list|list\s+of\s+references|bibliography|"
    r"select(?:ed)?\s+bibliography|works\s+cited|literature(?:\s+cited)?|cited\s+literature|sources|"
    r"sources\s+cited|citations|further\s+reading|reading\s+list)\s*:?\s*$"
)
# The same headings at the start of a block that also holds the first entries
# (a PDF dump where the list was not separated from its heading).
NOTES_HEADING_PREFIX = re.compile(r"^\s*(?:end\s*notes|notes|foot\s*notes)\s*:?\s+(?=\S)", re.I)
REFERENCES_HEADING_PREFIX = re.compile(
    r"^\s*(?:references|bibliography|works\s+cited|reference\s+list)\s*:?\s+(?=\S)", re.I
)

# The number that opens an entry: "1.", "1)", "[1]", "1 " (before a capital).
ENTRY_NUMBER = re.compile(
    rf"^\s*(?:\[\s?(?P<bracketed>\d{{1,3}})\s?\]|(?P<plain>\d{{1,3}})(?:[.)]|\s(?={_UPPER}|[\"'\u201c\u2018]))|"
    rf"(?P<superscript>[\u00b9\u00b2\u00b3\u2074-\u2079][\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{{0,2}}))\s*"
)
# The same numbers inside a re-flowed block that holds several entries.
INLINE_ENTRY_NUMBER = re.compile(r"(?:(?<=\s)|^)(?:\[\s?(?P<bracketed>\d{1,3})\s?\]|(?P<plain>\d{1,3})[.)])\s+(?=\S)")
# Where an unnumbered entry starts: "Surname, X." or "Surname, Given" after a full stop.
AUTHOR_ENTRY_START = re.compile(
    rf"(?:^|(?<=[.)]\s))(?={SURNAME_WORD}(?:\s{SURNAME_WORD})?,\s+(?:{_UPPER}\.|{SURNAME_WORD}))"
)
# An entry shape: starts "Surname, X" / "Surname X" (Vancouver) / a known note phrase.
ENTRY_AUTHOR_START = re.compile(
    rf"^\s*(?:{_PARTICLE}\s+)*{SURNAME_WORD}(?:\s{SURNAME_WORD})?(?:,\s+(?:{_UPPER}|{_PARTICLE}\b)|\s+{_UPPER}{{1,3}}\b[,.])"
)
NOTE_PHRASE = re.compile(r"(?i)^\s*(?:ibid|ibidem|id\.|op\.?\s*cit|loc\.?\s*cit|see\b|cf\.|quoted\s+in|cited\s+in)")
ANY_YEAR = re.compile(rf"(?<![\d/.\-])(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?(?![\d])")
# Marks that only a bibliographic entry carries (case matters: "Press" is a
# publisher, "press" is prose).
BIBLIOGRAPHIC_HINT = re.compile(
    r"\bpp?\.\s*\d|\b[Vv]ol\.\s*\d|\b[Nn]o\.\s*\d|\b[Ee]ds?\.|\([Ee]ds?\.?\)|\bPress\b|\bJournal\b|"
    r"\b[Ii]bid\b|\bop\.?\s*cit\b|https?://|\bdoi\b|\bDOI\b|\b[Rr]etrieved\b|\b[Aa]ccessed\b|"
    r"\((?:1[5-9]|20)\d\d[a-z]?\)|\([^()]{2,80}:[^()]{2,80}(?:1[5-9]|20)\d\d[a-z]?\)|[,.][\"\u201d]"
)
MAX_UNMARKED_ENTRY_CHARS = 500  # after a heading, a short block with a year is an entry

# ----------------------------------------------------------------- entry parsing
# APA: "Kegel, C. W., & Wittmann, E. R. (2005). River politics. …" and
# "Glasner, A. (2016, March 3)."
ENTRY_PAREN_YEAR = re.compile(r"\(\s*(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?\s*(?:,[^)]*)?\)")
# Harvard: "Rahim, T. 2011. Title …" — the year follows the authors.
ENTRY_BARE_YEAR_AFTER_AUTHORS = re.compile(
    r"^(?P<authors>[^\d]{2,300}?)[.,]?\s+(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?[.,:;]\s"
)
# Vancouver: "Ortiz JA, Bell K, Hume D. Salt in wells. Water Res. 2020;12:101-9."
_VANCOUVER_NAME = rf"(?:{_PARTICLE}\s+)*{SURNAME_WORD}(?:[\s\-]{SURNAME_WORD})?\s+{_UPPER}{{1,3}}"
ENTRY_VANCOUVER_AUTHORS = re.compile(
    rf"^(?P<authors>{_VANCOUVER_NAME}(?:,\s*{_VANCOUVER_NAME})*(?:,?\s*et\s+al)?)\.\s"
)
VANCOUVER_AUTHOR = re.compile(rf"(?P<surname>(?:{_PARTICLE}\s+)*{SURNAME_WORD}(?:[\s\-]{SURNAME_WORD})?)\s+{_UPPER}{{1,3}}")
# MLA / Chicago bibliography: "Smith, John. Title." — inverted first author.
ENTRY_INVERTED_START = re.compile(rf"^(?:{_PARTICLE}\s+)*{SURNAME_WORD}(?:\s{SURNAME_WORD})?,\s")
# A shortened note: "Lind, Empty Granary, 14." / "Lind, op. cit., 14."
# A statute, treaty or other instrument named by its title: the capitalised words before its
# year are its name, not its authors ("Customs Consolidation Act 1876", "Treaty of Paris").
INSTRUMENT_NAME = re.compile(
    r"(?:^|\s)(?:Acts?|Bill|Ordinance|Orders?|Regulations?|Statutes?|Treaty|Convention|Protocol|Charter|"
    r"Constitution|Decree|Directive|Proclamation|Edict)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'-]*)*)?\s*$")
ENTRY_SHORT_NOTE = re.compile(
    rf"^(?P<authors>(?:{_PARTICLE}\s+)*{SURNAME_WORD}(?:\s+(?:and|&)\s+{SURNAME_WORD})?),\s+"
    r"(?:(?:op|loc)\.?\s*cit\.?|(?P<title>[^,]{2,200}?)),\s*(?:pp?\.\s*)?[\dxivlc]+(?:\s*[-\u2013]\s*[\dxivlc]+)?\.?$"
)
# Natural-order names that open a note or an IEEE entry: "John Smith, …",
# "J. Ortiz, K. Bell, and D. Hume, …" (two tokens at least per name).
NATURAL_NAME = re.compile(
    rf"(?:(?:{INITIALS}|{SURNAME_WORD})\s*){{1,3}}(?:{_PARTICLE}\s+)*{SURNAME_WORD}"
)
NATURAL_NAME_SEPARATOR = re.compile(r"\s*+(?:,\s*+(?:and\s+|&\s*)?|&\s*)|\s++and\s+")
JOINING_WORD = re.compile(r"\band\b|&")
# Where a note's title ends: at the publisher bracket or the next comma.
TITLE_END = re.compile(r"\s\(|,\s")
# A year inside a publisher bracket: "(New York: Norton, 1999)".
ENTRY_PUBLISHER_YEAR = re.compile(r"\([^()]*?(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?\s*\)")
# A quoted title: "Old Friends," / ‘River treaties’ / 'River treaties'.
ENTRY_QUOTED_TITLE = re.compile(
    r"(?:(?<=[\s,])|^)[\"\u201c\u2018'](?P<title>[^\"\u201c\u201d\u2018]{3,300}?)[,.]?[\"\u201d\u2019'](?!\w)"
)
# A sentence end inside an entry: a full stop after a word of two or more
# letters or after a closing bracket/quote (not after an initial "C."), or ?/!.
ENTRY_SENTENCE_END = re.compile(rf"(?:(?<={_LETTER}{_LETTER})|(?<=[)\]\"\u201d\u2019]))\.(?=\s|$)|[?!](?=\s|$)")
# Tokens allowed in a list of author names.
NAME_LIST_TOKEN = re.compile(
    rf"^(?:and|et|al\.?|{_PARTICLE}|{INITIALS}|{_UPPER}{{1,3}}|{SURNAME_WORD}\.?)$"
)
NAME_LIST_NOISE = re.compile(r"(?i)\(?\b(?:eds?|editors?|comp|trans)\b\.?\)?|[,&]")
GENERATIONAL_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")
EDITOR_MARK = re.compile(r"(?i)(?<!\s)\s*+\(?\b(?:eds?|editors?|comp|trans)\.?\)?\s*$")
IBID = re.compile(r"(?i)^\s*(?:ibid|ibidem|id\.|op\.?\s*cit|loc\.?\s*cit)")

# Last words of organisation names cited as authors ("World Bank", "Asian Development Bank").
ORGANISATION_WORDS = frozenset(
    """bank fund council commission institute institution agency office nations union ministry department
    programme program forum association society foundation trust group board authority corporation company
    centre center university committee secretariat service survey bureau government organization organisation
    federation alliance network coalition partnership observatory academy parliament assembly court""".split()
)

# A block of notes printed at the foot of a page: "1 Chester Plea Rolls, 18 Edw. I.  2 Quarter …"
PAGE_NOTE_START = re.compile(r"^\s*1\s+[A-Z]")
PAGE_NOTE_NUMBER = re.compile(r"(?:^|(?<=[.;)])\s+)(?P<n>\d{1,2})\s+(?=[A-Z])")

# ----------------------------------------------------------------- callouts (transform.callouts)
_SUPER = "\u2070\u00b9\u00b2\u00b3\u2074-\u2079"
CALLOUT_RANGE_DASH = re.compile(r"[\-\u2010-\u2015\u2212]")
CALLOUT_ITEM = re.compile(r"\d{1,3}(?:\s*[\-\u2010-\u2015\u2212]\s*\d{1,3})?")
#: raised digits after the text they cite from: "worldwide.¹,²", "pathway⁷⁻⁹"
RAISED_CALLOUT = re.compile(
    rf"(?<=\S)(?P<group>[\u00b9\u00b2\u00b3\u2074-\u2079][{_SUPER}]{{0,2}}"
    rf"(?:\s?[,\u2013\u2014\-\u207b]\s?[\u00b9\u00b2\u00b3\u2074-\u2079][{_SUPER}]{{0,2}})*)"
)
#: what a raised number after it is not a callout of: a number ("10³"), a unit or a
#: one- or two-letter symbol ("cm²", "m³", "R²", "x²")
RAISED_NOT_CALLOUT_BEFORE = re.compile(
    r"(?:\d|(?<![^\W\d_])[^\W\d_]{1,2}|\b(?:mol|min|sec|rad|cm|mm|km|nm|kg|mg|ml|mL|µm|µg|μm|μg))$"
)
#: digits glued to a word or its punctuation, standing alone: "explored2.", "Thailand3,4.", "rats.12"
GLUED_CALLOUT = re.compile(
    r"(?<=[^\W\d_]|[.,;:)\]%\u2019\u201d'\"])(?P<group>[1-9]\d{0,2}(?:[,\u2013\-][1-9]\d{0,2})*)"
    r"(?![\w%\u00b0$\u20ac\u00a3]|[.,:/\-\u2013]\d)"
)
#: the word a glued callout follows: three lower-case letters or more ("explored2"; not "CO2", "T5", "k3")
GLUED_AFTER_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]?[a-z]{3,}$")
#: words that take a number of their own, glued or not: "type2", "step3", "day7"
GLUED_NOT_CALLOUT_WORD = re.compile(
    r"(?i)\b(?:type|step|group|phase|day|week|lane|exon|intron|chr|site|class|stage|version|isoform|domain|"
    r"loop|helix|primer|clone|line|strain|sample|plot|round|trial|cycle|level|grade|model|figure|table|page)$"
)
#: a glued callout after punctuation: "worldwide.12", "respectively,3", "(Smith 2001).4", "25%5"
GLUED_AFTER_PUNCTUATION = re.compile(  # a word starts the run (no retry inside a long one)
    r"(?<![^\W\d_])[^\W\d_]{2,}+[\u2019\u201d'\"]?[.,;:)\]][\u2019\u201d'\"]?$|[)\]%]$")
#: labels a number follows ("Fig.3", "No.1", "pp.12"): glued to them it is theirs, not a callout
NUMBER_LABEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:no|nos|nr|p|pp|vol|vols|fig|figs|ref|refs|eq|eqs|tab|art|sec|ch|chap|chr|ver|suppl|n|nn)\.$"
)
#: a new sentence after a callout glued to a number's full stop ("surveyed in 1887.2 Their …"):
#: a capital and a lower-case letter (a table's "1.41 K0412" is no sentence)
NEW_SENTENCE_AFTER = re.compile(r"\s+[\"\u201c\u2018(]*[A-Z][a-z]*\b(?![\d-])")
YEAR_BEFORE_FULL_STOP = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d\.$")
#: a word right after a bracketed number: "(1) a harbour" enumerates, "(1). Acute" cites
ENUMERATED_AFTER = re.compile(r"\s+[^\W\d_]")
#: numbers in round brackets: "(1)", "(1, 2)", "(4-6)"
ROUND_BRACKET_CALLOUT = re.compile(
    r"\((?P<group>\s*\d{1,3}(?:\s*(?:[,;]|[\-\u2010-\u2015\u2212])\s*\d{1,3})*\s*)\)"
)
