"""Vocabulary and regular expressions for ``transform.dates``.

Everything the date tagger recognises is declared here, compiled once and named;
``transform.dates`` only turns matches into values.  Three groups:

* ``DATE_PATTERNS``: (name, regex, anchor kinds) for every date or time expression,
  from the most specific ("21 December 1991") to the least ("1954").  Where matches
  overlap, the tagger keeps the longest, then the earlier in this table.  A pattern is
  only tried where a match may begin: at a digit, or at one of ``WORD_ANCHORS``.
* context patterns (``QUALIFIER_BEFORE``, ``APPROXIMATE_BEFORE``, ``RANGE_CONNECTOR``,
  ``OPEN_END`` …): looked for right before or after a match.
* traps (``TRAPS``, ``COUNT_AFTER``): text that looks like a date and is not — page
  ranges, identifiers, money, amounts, model numbers, event names.

Month names are matched case-sensitively (Title or UPPER case) so that the verb "may"
and the noun "march" stay out; the other words are matched in any case.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from transform.patterns.languages import FOREIGN_ABBREVIATIONS, FOREIGN_MONTHS
from transform.patterns.months import MONTH_ABBREVIATIONS, MONTHS, SEASON_CODES

# ---------------------------------------------------------------- vocabulary
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21, "twenty-second": 22, "twenty second": 22,
}
QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                 "fourth": 4, "4th": 4, "final": 4, "last": 4}
# "the sixties" -> the decade starting 1960 (a twentieth-century reading, as usual in prose)
DECADE_WORDS = {
    "noughties": 2000, "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
    "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990,
}
# Event names written like a date, and the day they name.
EVENT_DATES = {"9/11": (2001, 9, 11)}
# "October of that year": the year relative to the one in context.
RELATIVE_YEARS = {
    "that": 0, "the same": 0, "the following": 1, "the next": 1,
    "the previous": -1, "the preceding": -1, "the prior": -1,
}
QUALIFIERS = ("early", "mid", "late")  # inside the span: "early 2020", "mid-1980s"
# Words that introduce a bare month ("in August") or a doubtful year ("in 1453", "by 2000").
# Not "to"/"and" ("wrote to May", "Smith and May") nor "last"/"next"/"this" (relative to
# the unknown time of writing, not to the dates in context).
TEMPORAL_PREPOSITIONS = (
    "in", "on", "by", "since", "until", "till", "during", "before", "after", "from",
    "through", "throughout", "of", "early", "mid", "late", "around", "circa", "between",
    "prior to", "as of", "up to", "starting", "beginning",
)
# A bare year below this, or a round hundred ("1600", "2000"), is more often an amount:
# it needs a lead word (YEAR_LEAD) before it ("in 1453", "around 1600", not "over 2000").
MIN_BARE_YEAR = 1500
# Amounts: a number followed by one of these is never a date.
AMOUNT_WORDS = (
    "thousand", "million", "billion", "trillion", "crore", "crores", "lakh", "lakhs", "mn", "bn",
    "percent", "per cent", "pc", "tons", "tonnes", "ton", "tonne", "kg", "kilograms", "km", "kms",
    "kilometres", "kilometers", "miles", "metres", "meters", "feet", "ft", "acres", "hectares",
    "barrels", "litres", "liters", "gallons", "mw", "gw", "kwh", "mm", "cm", "inches", "sq",
    "dollars", "rupees", "euros", "pounds", "yuan", "roubles", "rubles", "yen",
    "years", "months", "weeks", "days", "hours", "hrs", "minutes", "seconds", "decades", "centuries",
    "times", "kb", "mb", "gb", "m", "g", "mg", "ml", "ha", "kw", "hz", "khz", "mhz", "ghz", "kcal", "hp",
    "rpm", "usd", "eur", "gbp", "inr", "pkr", "rs",
)
# Counted things: "1500 soldiers" is an amount, but "in 1965 people voted" is a year.
COUNT_NOUNS = (
    "people", "persons", "soldiers", "troops", "men", "women", "children", "students", "workers",
    "employees", "members", "delegates", "casualties", "deaths", "victims", "refugees", "votes",
    "seats", "copies", "pages", "words", "cases", "units", "tanks", "aircraft", "planes",
    "vehicles", "ships", "weapons", "missiles", "rounds", "items", "households", "families",
    "villages", "schools", "companies", "firms", "projects", "visits", "visitors", "doses",
    "patients", "participants", "respondents", "samples", "pieces", "guns", "jets", "posts",
    "inhabitants", "residents", "citizens", "individuals", "subjects", "animals", "species", "cells",
    "genes", "articles", "papers", "studies", "documents", "books", "titles", "tweets", "users",
    "accounts", "farms", "beds", "homes", "houses", "buildings", "cars", "trucks", "bags", "points",
    "marks", "runs", "goals", "mph", "observations", "interviews", "pupils", "teachers", "officers",
)
# "1119 Eighth St.": a house number before a street.
STREET_WORDS = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Lane", "Ln", "Blvd",
                "Boulevard", "Way", "Court", "Ct", "Place", "Pl", "Square", "Sq", "Terrace", "Hwy", "Parkway")
# Words that label an identifier number ("Resolution 242", "Route 66", "Boeing 747").
NUMBER_LABELS = (
    "resolution", "resolutions", "route", "highway", "flight", "room", "number", "no", "nos",
    "vol", "vols", "volume", "issue", "art", "article", "articles", "sec", "section", "sections",
    "ch", "chap", "chapter", "clause", "para", "paragraph", "fig", "figure", "tab", "table",
    "eq", "equation", "item", "model", "version", "series", "code", "unit", "platform", "gate",
    "suite", "bus", "boeing", "airbus", "windows", "level", "grade", "batch", "lot", "serial",
    "ticket", "box", "plot", "sector", "block", "apt", "tel", "phone", "fax", "ext", "pin", "zip",
    "isbn", "issn", "pmid", "id", "ref", "reg", "registration", "account", "a/c",
    # names of plans and events that carry a year: "Vision 2030", "Agenda 2063", "Expo 2020"
    "vision", "agenda", "horizon", "expo",
)

# ---------------------------------------------------------------- building blocks


def _alternation(words, cased=False):
    """One regex alternation for many words, factored by common prefixes (fast in ``re``);
    a space matches any run of whitespace; cased: Title and UPPER forms only."""
    tree: dict = {}
    for w in words:
        for form in (w.capitalize(), w.upper()) if cased else (w,):
            node = tree
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _branches(tree)


def _branches(node) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _branches(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


_MONTH_FULL = _alternation(MONTHS, cased=True)
_MONTH_ABBR = _alternation(MONTH_ABBREVIATIONS, cased=True)


def _en_month(name):
    """A month name or abbreviation ("Dec." too) in group ``name``."""
    return rf"\b(?P<{name}>{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)(?![A-Za-z])"


def _en_month_full(name):
    """A month name written out (no abbreviation) in group ``name``."""
    return rf"\b(?P<{name}>{_MONTH_FULL})(?![A-Za-z])"


def _en_day(name):
    """A day of the month, optionally ordinal ("1st", "21"), in group ``name``."""
    return rf"(?<![\w.,/:])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"


_YEAR_DIGITS = r"1\d{3}|20\d{2}"
# A year may follow "mid-", "pre-", "post-"… but not a name with a hyphen ("Mirage-2000").
_HYPHEN_PREFIXES = ("mid", "pre", "post", "early", "late", "circa")


def _start_guard(refused):
    """Look-behind: no char of class ``refused`` before, and no hyphen unless it follows
    one of the prefixes a date may carry ("mid-1980s", "pre-1990")."""
    after_prefix = "|".join(rf"(?<=\b{w}[-–])" for p in _HYPHEN_PREFIXES for w in (p, p.capitalize()))
    return rf"(?<![{refused}])(?:{after_prefix}|(?<=\d0s[-–])|(?<![\w)][-–]))"  # "1990s–2000s" too


_YEAR_START = _start_guard(r"\w$£€¥₹#@/.:\\")  # not "£1960", "No.1990", "ISO 9001:2015"
# Not followed by more digits, letters, a decimal part ("1600.2"), a unit ("%", "°") or a
# hyphenated word ("a 2000-word essay", "a 1500-strong force"; "1990-to date" stays).
_OPEN_WORDS = r"(?i:to|till|until|present|now|today|onwards?)\b"
_YEAR_END = rf"(?![\d%°]|[A-Za-z]|[.,]\d|\s?[%°]|[-–](?!{_OPEN_WORDS})[A-Za-z])"


def _year(name):
    """A four-digit year 1000-2099 in group ``name``, with number-like neighbours refused."""
    return rf"{_YEAR_START}(?P<{name}>{_YEAR_DIGITS}){_YEAR_END}"


def _year_tail(name):
    """A year that continues an expression (no look-behind of its own)."""
    return rf"(?P<{name}>{_YEAR_DIGITS}){_YEAR_END}"


_DASH = r"\s*[-–—]\s*"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)"  # "and" joins two dates, not a range

# ---------------------------------------------------------------- date patterns
# A match may only begin at an anchor: a run of digits (or an apostrophe before one,
# "'70s") or one of the words below.  The tagger tries each pattern only at the anchors
# of its kinds, which keeps it fast on long text.
DIGIT, MONTH, SEASON, QUARTER, ORDINAL, FISCAL, DECADE_WORD = (
    "digit", "month", "season", "quarter", "ordinal", "fiscal", "decade_word")
WORD_ANCHORS = {
    **{w: MONTH for w in (*MONTHS, *MONTH_ABBREVIATIONS)},
    **{w: MONTH for names in FOREIGN_MONTHS.values() for w in names},
    **{w: SEASON for w in SEASON_CODES},
    "q": QUARTER,
    # the first word of "twenty-first", "third"...
    **{re.split(r"[\s-]", w)[0]: ORDINAL for w in (*ORDINAL_WORDS, *QUARTER_WORDS) if w[0].isalpha()},
    "fy": FISCAL, "fiscal": FISCAL, "financial": FISCAL,
    **{w: DECADE_WORD for w in DECADE_WORDS},
}


# Runs of digits, an apostrophe before digits ("'70s"), and the anchor words.
DIGIT_ANCHOR = re.compile(r"\d+")
APOSTROPHE_ANCHOR = re.compile(r"['’]\d")
WORD_ANCHOR = re.compile(r"(?<![^\W\d_])(?:" + _alternation(WORD_ANCHORS, cased=True) + "|"
                         + _alternation(WORD_ANCHORS) + r")(?![A-Za-z])")


class DatePattern(NamedTuple):
    name: str
    regex: re.Pattern
    starts: frozenset  # anchor kinds a match may begin at


_Y = _YEAR_DIGITS
_NOT_CENTURY_BC = r"(?!\s*(?:BCE?|B\.C\.))\b"
def _date_patterns(language: str = "en") -> tuple[DatePattern, ...]:
    """The date patterns with the month names of ``language`` ("en", "fr", "es", "de", "ru").

    English months are matched Title or UPPER case only (the verb "may"); the other
    languages write them in lower case too ("5 mai 2020", "3 de marzo de 1999", "5 мая").
    Outside English a day may carry a dot or "er" ("5. Mai", "1er mai") and "de" may lead the
    month and the year; slashed numeric dates are day-month-year."""
    if language == "en":
        full, abbr = _MONTH_FULL, _MONTH_ABBR
        _SEP, _OF = r",?\s+", r"(?:of\s+)?"
        _day = _en_day
    else:
        names = FOREIGN_MONTHS[language]
        full = _alternation([n for n in names if len(n) > 3 or n not in FOREIGN_ABBREVIATIONS[language]], cased=True)
        full = "(?:" + full + "|" + _alternation(names) + ")"
        abbr = "(?:" + _alternation(FOREIGN_ABBREVIATIONS[language], cased=True) + "|" + \
            _alternation(FOREIGN_ABBREVIATIONS[language]) + ")" if FOREIGN_ABBREVIATIONS[language] else "(?!x)x"
        _SEP, _OF = r"(?:,?\s+|\s+de\s+)", r"(?:de\s+|del\s+)?"

        def _day(name):
            return rf"(?<![\w.,/:])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:er|\.|º|°)?(?!\w)"

    if language == "en":
        _month, _month_full = _en_month, _en_month_full
    else:
        def _month(name):
            return rf"(?<![^\W\d_])(?P<{name}>{full}|(?:{abbr})\.?)(?![^\W\d_])"

        def _month_full(name):
            return rf"(?<![^\W\d_])(?P<{name}>{full})(?![^\W\d_])"

    _P = [
        # 2016-04-29, 2016/04/29, 2016.04.29
        ("iso_date", {DIGIT},
         rf"{_YEAR_START}(?P<y>{_Y})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])"
         r"(?![\d/]|-\d|[.,]\d)"),
        # 29.04.2016, 29/04/2016, 04-29-2016
        ("numeric_date", {DIGIT},
         rf"(?<![\w.,/:-])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep){_year_tail('y')}(?![./-]\d)"),
        # 9/11 (the event)
        ("event_date", {DIGIT},
         r"(?<![\w/.-])(?P<event>" + "|".join(re.escape(k) for k in EVENT_DATES) + r")(?![\w/]|[.-]\d)"),
        # 3-5 July, 1994; 12–14 June 1972; 3 to 5 July 1994
        ("day_range_month_year", {DIGIT},
         rf"{_day('d1')}{_TO}{_day('d2')}\s+{_OF}{_month('m')}{_SEP}{_year_tail('y')}"),
        # July 3-5, 1994
        ("month_day_range_year", {MONTH},
         rf"{_month('m')}\s+{_day('d1')}{_DASH}{_day('d2')}{_SEP}{_year_tail('y')}"),
        # 30 June - 2 July 1994
        ("day_month_range_year", {DIGIT},
         rf"{_day('d1')}\s+{_OF}{_month('m1')}{_TO}{_day('d2')}\s+{_OF}{_month('m2')}{_SEP}{_year_tail('y')}"),
        # June 30 - July 2, 1994
        ("month_day_month_day_year", {MONTH},
         rf"{_month('m1')}\s+{_day('d1')}{_TO}{_month('m2')}\s+{_day('d2')}{_SEP}{_year_tail('y')}"),
        # 21 December 1991; 1st May 2021; 3rd of March 1957; 21 Dec. 1991
        ("day_month_year", {DIGIT}, rf"{_day('d')}\s+{_OF}{_month('m')}{_SEP}{_year_tail('y')}"),
        # November 21, 2014; Nov. 21st 2014
        ("month_day_year", {MONTH}, rf"{_month('m')}\s+{_day('d')}{_SEP}{_year_tail('y')}"),
        # March-April 1954; March to April 1954
        ("month_range_year", {MONTH},
         rf"{_month('m1')}(?:\s*[-–—/]\s*|\s+(?:to|until|till|through)\s+){_month('m2')}{_SEP}{_year_tail('y')}"),
        # December 1991; December, 1991; December of 1991
        ("month_year", {MONTH}, rf"{_month('m')}(?:,?\s+|\s+of\s+){_year_tail('y')}"),
        # Spring 1957; summer of 1957 (but not "the fall of 1989": the fall of a wall)
        ("season_year", {SEASON},
         r"\b(?P<season>(?i:spring|summer|autumn|winter))(?:,?\s+|\s+of\s+)" + _year_tail("y")
         + r"|\b(?P<fall>(?i:fall)),?\s+" + _year_tail("y2")),
        # Q3 2021; 2021 Q3; third quarter of 2021
        ("quarter_year", {QUARTER, DIGIT, ORDINAL},
         r"\bQ(?P<q>[1-4])(?:\s*,?\s*|\s+of\s+)" + _year_tail("y")
         + r"|" + _year("y2") + r"\s*Q(?P<q2>[1-4])\b"
         + r"|\b(?P<qword>(?i:" + _alternation(QUARTER_WORDS) + r"))\s+(?i:quarter)\s+(?:of\s+)?" + _year_tail("y3")),
        # FY2019; FY 2019-20; fiscal year 2019
        ("fiscal_year", {FISCAL},
         r"\b(?:FY\s?['’]?|(?i:fiscal|financial)\s+(?i:year)\s+)"
         rf"(?P<y>{_Y}|\d{{2}})(?:\s*[-–/]\s*(?P<y2>{_Y}|\d{{2}}))?(?![\d%A-Za-z]|[.,]\d)"),
        # the 19th century; 21st-century; the twentieth century
        ("century", {DIGIT, ORDINAL},
         _start_guard(r"\w") + r"(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>(?i:" + _alternation(ORDINAL_WORDS) + r")))"
         r"[-\s]+(?i:century|centuries)" + _NOT_CENTURY_BC),
        # the 19th to 20th century; the 20th and 21st centuries
        ("century_range", {DIGIT},
         _start_guard(r"\w") + r"(?P<n1>\d{1,2})(?:st|nd|rd|th)(?:\s+(?i:century))?"
         r"(?:\s*[-–]\s*|\s+(?:to|and|until|through)\s+(?:the\s+)?)"
         r"(?P<n2>\d{1,2})(?:st|nd|rd|th)[-\s]+(?i:century|centuries)" + _NOT_CENTURY_BC),
        # 1990s, 1990's, 1800s; 1960s-70s
        ("decade", {DIGIT},
         _YEAR_START + r"(?P<decade>(?:1[1-9]|20)\d0)['’]?s\b(?:\s*[-–/]\s*['’]?(?P<tens2>[0-9]0)['’]?s\b)?"),
        # 70s, '70s ("the late 70s"; the tagger checks DECADE_LEAD)
        ("short_decade", {DIGIT},
         _start_guard(r"\w'’$£€¥₹.,") + r"(?P<apos>['’])?(?P<decade>[0-9]0)['’]?s\b"),
        # the sixties (the tagger checks DECADE_LEAD)
        ("word_decade", {DECADE_WORD}, r"\b(?P<word>(?i:" + _alternation(DECADE_WORDS) + r"))\b"),
        # 1992-1995; 1947–49; 2019/20
        ("year_range", {DIGIT},
         _year("y1") + rf"\s*(?P<sep>[-–—/])\s*(?P<y2>{_Y}|\d{{2}}|(?<=[-–])\d)(?![\d%A-Za-z]|[.,]\d|[-–/]\d)"),
        # October of that year; May of the following year
        ("month_of_relative_year", {MONTH},
         _month_full("m") + r"\s+of\s+(?P<rel>(?i:" + _alternation(RELATIVE_YEARS) + r"))\s+(?i:year)\b"),
        # 9 to 18 January; 23-25 January (the year comes from context)
        ("day_range_month", {DIGIT}, rf"{_day('d1')}{_TO}{_day('d2')}\s+{_OF}{_month('m')}(?!,?\s*\d)"),
        # January 23-25
        ("month_day_range", {MONTH}, rf"{_month('m')}\s+{_day('d1')}{_DASH}{_day('d2')}(?!\s*(?:[:.,]\s*\d|\d))"),
        # 1st May; 3rd of March; the 5th of May
        ("day_month", {DIGIT}, rf"{_day('d')}\s+{_OF}{_month('m')}(?!\s*\d)"),
        # May 7; March 22nd
        ("month_day", {MONTH}, rf"{_month('m')}\s+{_day('d')}(?!\s*(?:[:.,]\s*\d|\d))"),
        # from December to February; the April-June quarter (the tagger checks the lead)
        ("month_range", {MONTH},
         _month_full("m1") + r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+)" + _month_full("m2")
         + r"(?!,?\s*\d)"),
        # in August; by June (the tagger checks MONTH_LEAD)
        ("bare_month", {MONTH}, _month_full("m")),
        # 11:56 am; 10.30 a.m.; 5 PM; 9 o'clock; 14:30 GMT; 06:30 hrs; at 14:30
        ("time", {DIGIT},
         r"(?<![\w:.,])(?:"
         r"(?P<h>[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?::[0-5]\d)?\s*(?:[AaPp]\.[Mm]\.?|[AaPp]\s?[Mm])(?!\w)"
         r"|(?P<h2>[01]?\d|2[0-3])\s+o['’]clock\b"
         r"|(?P<h3>[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*(?:hrs|hours|h|GMT|UTC|Z|[A-Z]ST)\b"
         r"|(?<=\bat )(?P<h4>[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d)"
         # "between 12:00 and 16:00", "from 09:30 to 17:00": a span of clock times
         r"|(?:(?<=\bbetween )|(?<=\bfrom )|(?<=\d and )|(?<=\d to )|(?<=\d until ))(?P<h5>[01]?\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d))"),
        # 1954
        ("year", {DIGIT}, _year("y")),
    ]
    if language != "en":  # slashed and dashed days are day-month-year there
        _P = [("numeric_date_dmy", starts, rx) if name == "numeric_date" else (name, starts, rx)
              for name, starts, rx in _P]
    return tuple(DatePattern(name, re.compile(rx), frozenset(starts)) for name, starts, rx in _P)


LANGUAGES = ("en", "fr", "es", "de", "ru")
#: every foreign month spelling → its number (for reading matches)
FOREIGN_MONTH_NUMBERS = {**{k: v for names in FOREIGN_ABBREVIATIONS.values() for k, v in names.items()},
                         **{k: v for names in FOREIGN_MONTHS.values() for k, v in names.items()}}


@functools.lru_cache(maxsize=None)
def date_patterns(language: str = "en") -> tuple[DatePattern, ...]:
    """The compiled date patterns of a language (English for any other), compiled once."""
    return _date_patterns(language if language in LANGUAGES else "en")


DATE_PATTERNS = date_patterns("en")

# ---------------------------------------------------------------- context
# "early", "mid-", "late" right before a match belong to it ("early 2020", "mid-1980s").
_QUALIFIER_WORD = "(?:" + _alternation(QUALIFIERS) + "|" + _alternation(QUALIFIERS, cased=True) + ")"
_AFTER_QUALIFIER = r"(?:\s*[-–]\s*|\s+)"
QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{_QUALIFIER_WORD}){_AFTER_QUALIFIER}$")
# "approximately", "around", "almost"… stay outside the span but make it approximate.
APPROXIMATE_BEFORE = re.compile(
    r"(?:\b(?i:approximately|around|almost|nearly|roughly|circa)\s+|\b(?i:c|ca|approx)\.\s*)(?:the\s+)?$"
)
# "between" before the first end of "between 1961 and 1965" belongs to the range.
BETWEEN_BEFORE = re.compile(r"\b(?P<between>[Bb]etween)\s+$")
# What joins two dates into one range: "1992 – 1995", "March to April 1954".
RANGE_CONNECTOR = re.compile(r"\s*(?:[-–—]|to|until|till|through|thru)\s*(?:the\s+)?")
AND_CONNECTOR = re.compile(r"\s+and\s+(?:the\s+)?")
# What lists dates: "in January and March 2020" (two months, both of 2020).
LIST_CONNECTOR = re.compile(r"\s*+,(?:\s++(?:and|or|&))?\s*|\s++(?:and|or|&)\s*")
# An open end after a date: "1990-to date", "1990–present".  ("2005 onwards" stays the
# year 2005: readers annotate the date it starts from, not an open interval.)
OPEN_END = re.compile(
    r"(?:\s*[-–—]\s*(?:(?:to|till|until)\s+)?|\s+(?:to|till|until|up\s+to|up\s+until)\s+)(?:the\s+)?"
    r"(?i:date|present(?:\s+(?:day|time))?|now|today)\b(?!['’])"
)
# What may lead a two-digit or spelled-out decade: "the 70s", "the late sixties".
DECADE_LEAD = re.compile(rf"\b(?:the|The|THE)\s+(?:{_QUALIFIER_WORD}{_AFTER_QUALIFIER})?$")
# What may lead a doubtful year: "in 1453", "around 1600", "the year 2000", "mid-1800", "c. 1500".
YEAR_LEAD = re.compile(
    r"(?:\b(?i:" + _alternation((*TEMPORAL_PREPOSITIONS, "and", "or", "to", "year", "the", "approximately",
                                 "almost", "nearly", "roughly")) + r"|AD|A\.D\.)\s+"
    r"|\b(?i:early|mid|late|pre|post)\s*[-–]\s*|\b(?i:c|ca|approx)\.\s*)$")
# A bare month needs one too ("in August", "mid-July"); "the March" or "Theresa May" do not.
MONTH_LEAD = re.compile(r"\b(?i:" + _alternation(TEMPORAL_PREPOSITIONS) + r")\s+$|\b(?i:mid)[-–]$"
                        r"|\b(?:" + _MONTH_FULL + r")(?:\s*,\s*|,?\s+(?:and|or|&)\s+)$")  # "January, February"

# ---------------------------------------------------------------- traps
_NUMBER = r"\d[\d,.]*(?:\s*(?:[-–]|to|and)\s*\d[\d,.]*)?"
TRAPS = tuple((name, re.compile(rx)) for name, rx in [
    # pp. 1971-1985, p. 1990, pages 12-20
    ("page_reference", r"\b(?:pp|p|pg|pgs|pages?)\.?\s*\d+(?:\s*[-–]\s*\d+)?"),
    # ISBN 978-0-19-..., DOIs, URLs, e-mail addresses
    ("isbn", r"\b(?i:ISBN|ISSN)(?:-1[03])?:?\s*[\dXx][\dXx\s-]{8,}[\dXx]"),
    ("doi", r"\b10\.\d{4,}/\S+|\b(?i:doi):\s*\S+"),
    ("url", r"\b(?:https?://|www\.)\S+"),
    ("email", r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+"),
    ("phone", r"\+\d[\d\s().-]{6,}\d"),
    # $600-700 million, £1,960, Rs.600, US$ 80
    ("money", r"(?:[$£€¥₹]|\b(?:US\$|USD|EUR|GBP|INR|PKR|Rs\.?|Rp\.?))\s*" + _NUMBER),
    # Resolution 242, Route 66, No. 1985, Boeing 747
    ("labelled_number", r"\b(?i:" + _alternation(NUMBER_LABELS) + r")\.?\s*#?\s*" + _NUMBER),
    # 350 million, 60-70 %, 2000 km
    ("amount", r"(?<![\w.,:])" + _NUMBER + r"\s*(?:%|\b(?i:" + _alternation(AMOUNT_WORDS) + r")\b)"),
    # World War 2, the 2nd world war
    ("event_name", r"\b(?i:world\s+war\s+(?:[IVX]+|\d|one|two|three)\b"
                   r"|(?:1st|2nd|3rd|first|second|third)\s+world\s+war)\b"),
    # 500 BC, 44 BCE
    ("before_christ", r"\b\d[\d,]*\s*(?:BCE?|B\.C\.(?:E\.)?)(?!\w)"),
    # F(1, 2014) = 3.2, t(1998) = 2.1: test statistics and their degrees of freedom
    ("test_statistic", r"\b(?:[FtrzZ]|chi2?|χ2|χ²)\s*\(\s*\d[\d.,\s]*\)\s*[=<>]"),
    # N = 1500, p < 0.05
    ("comparison", r"[=<>≤≥≈±]\s*" + _NUMBER),
    # 1119 Eighth St., 1909 Jolinda Drive
    ("street_address", r"\b\d{1,5}\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:" + _alternation(STREET_WORDS) + r")\b"),
    # T-90, Su-30, Mirage-2000, Covid-19: a name and a number joined by a hyphen
    ("model_number", r"\b(?!(?i:mid|pre|post|early|late|circa)-)[A-Za-z]+-\d+(?:[-–]\w+)?"),
])
# A counted noun right after a number: "1500 soldiers", "in 1500 patients" ...
COUNT_AFTER = re.compile(r"(?:\s*(?:[-–]|to|and|or)\s*\d[\d,.]*)?\s+(?i:" + _alternation(COUNT_NOUNS) + r")\b")
# ... unless the number opens a sentence as a year: "In 1965 troops crossed the border."
YEAR_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n)(?:In|By|Since|During|After|Before|Until|From)\s+$")

#: where one sentence ends and the next begins ("… in 1976. The agency …")
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z“\"‘'(])")
#: a year named only as a point of comparison: "the hottest since 1901", "records began in 1901"
LOOKING_BACK = re.compile(r"\b(?:since|began\s+in|begun\s+in|started\s+in|as\s+far\s+back\s+as|compared\s+with|than\s+in)\s+$", re.I)
#: what may follow a yearless month range that no preposition leads: "the April-June quarter"
PERIOD_AFTER = re.compile(r"\s+(?i:quarter|period|season|window|months|term|semester)\b")
#: between a weekday and the date it names: "Saturday, April 25", "Tuesday 3 March"
WEEKDAY_JOIN = re.compile(r",?\s+(?:the\s+)?")
#: the parts of a clock time: "5 p.m.", "11:56 am", "14:30 GMT"
CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<min>[0-5]\d))?(?::[0-5]\d)?\s*(?:(?P<am>[Aa]\.?\s?[Mm]\.?)|(?P<pm>[Pp]\.?\s?[Mm]\.?))?")
