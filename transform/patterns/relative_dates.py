"""Vocabulary and regular expressions for relative, vague, duration and set expressions.

``transform.relative_dates`` turns their matches into values resolved against a
document's reference date.  What counts as one expression follows the TimeML TIMEX3
guidelines: the determiner and the modifiers are part of the span ("the third quarter",
"nearly two years", "earlier this month"), the signal before it is not ("in", "for",
"since").  Every pattern here has a name (it lands in the rule column of reports) and an
example in ``tests/transform/test_relative_dates.py``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import functools

from transform.patterns.dates import _alternation
from transform.patterns.languages import FOREIGN_WEEKDAYS
from transform.patterns.months import MONTHS, SEASON_CODES

# ---------------------------------------------------------------- vocabulary
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
# parts of a day and their TIMEX3 codes
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# units of time: the key used by the resolver
UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "weekend": "weekend", "weekends": "weekend", "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
# "a second" followed by a word is the ordinal ("a second vote"), unless the word goes with
# a span of time ("a second later", "a second or two")
ORDINAL_SECOND_AFTER = re.compile(
    r"\s+(?!(?:later|earlier|ago|before|after|or|and|longer|too|more|of|in|to|for|at|on|with|"
    r"when|while|then|than|as|is|was)\b)[a-z]")
# units a calendar shift ("last week", "next year") may name
CALENDAR_UNITS = ("week", "weekend", "month", "quarter", "year", "decade", "century")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# an unknown number of units: "several years", "a few days"
FUZZY_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "the", "recent")
# ordinals for quarters and halves
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# what a calendar shift may say: this/last/next and their kin, with the shift they make
SHIFT_WORDS = {
    "this": 0, "the current": 0, "current": 0, "the present": 0, "this past": -1, "this coming": 1,
    "last": -1, "the last": -1, "the past": -1, "the previous": -1, "the preceding": -1, "the prior": -1,
    "previous": -1, "past": -1, "next": 1, "the next": 1, "the coming": 1, "coming": 1,
    "the following": 1, "the upcoming": 1,
}
# words before a relative date that make it the start, middle or end of it
QUALIFIER_WORDS = {"early": "early", "earlier": "early", "late": "late", "later": "late", "mid": "mid",
                   "the end of": "late", "the beginning of": "early", "the start of": "early",
                   "the middle of": "mid"}
# words of quantity before a duration, inside its span ("nearly two years")
DURATION_MODIFIERS = (
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "more than", "less than",
    "fewer than", "over", "under", "up to", "at least", "at most", "no more than", "no less than",
    "just", "only", "barely", "well over", "better than", "upwards of", "the better part of",
)
# vague references: TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF
VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "presently": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the longer term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "the coming months": "FUTURE_REF", "coming months": "FUTURE_REF",
    "coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF", "the months ahead": "FUTURE_REF",
    "recent years": "PAST_REF", "recent days": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent decades": "PAST_REF", "past years": "PAST_REF",
    "years ago": "PAST_REF", "decades ago": "PAST_REF", "months ago": "PAST_REF",
}
# sets written as one adverb
SET_ADVERBS = {"annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI",
               "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "daily": "P1D"}

# ---------------------------------------------------------------- building blocks
_SP = r"[ \t\u00a0]+"
_HY = r"(?:[ \t\u00a0]+|[ \t\u00a0]*[-–][ \t\u00a0]*)"  # "five year", "five-year"
_WORD_NUMBER = (r"(?:(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(ONES) + r"))?"
                r"|" + _alternation([w for w in NUMBER_WORDS if w not in ("a", "an")]) + r")")
_DIGITS = r"\d{1,4}(?:[.,]\d+)?(?:\s+1/2)?"
NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER}(?:\s+and\s+a\s+half)?|an?(?:\s+and\s+a\s+half)?)"
FUZZY = "(?:" + _alternation(FUZZY_NUMBERS) + ")"
_UNIT = "(?:" + _alternation(UNITS) + ")"
_UNIT_SINGULAR = "(?:" + _alternation([u for u, k in UNITS.items() if u == k]) + ")"
_WEEKDAY = "(?:" + _alternation(WEEKDAYS) + ")"
_MONTH = "(?:" + _alternation(MONTHS, cased=True) + ")"
_SEASON = "(?:" + _alternation(SEASON_CODES) + ")"
_PART = "(?:" + _alternation(DAY_PARTS) + ")"
_SHIFT = "(?:" + _alternation(SHIFT_WORDS) + ")"
_QUAL = "(?:" + _alternation(QUALIFIER_WORDS) + ")"
_MOD = "(?:" + _alternation(DURATION_MODIFIERS) + ")"
_ORD = "(?:" + _alternation(ORDINALS) + ")"
_B = r"(?<![\w'’-])"  # a word starts here
_E = r"(?!\w|['’](?!s\b)|-\w)"  # and ends here (a possessive may follow: "last year's")
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"


def _after(words) -> str:
    """Look-behinds: right after one of ``words`` and a space."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in words) + ")"


class RelativePattern(NamedTuple):
    name: str
    regex: re.Pattern
    needs: re.Pattern | None = None  # a word every match contains: a paragraph without it is not searched
    needs_words: tuple[str, ...] = ()  # the same words, lower case, to look for in ``lowered(text)``
    also: re.Pattern | None = None  # a second word every match contains (NEEDS_ALSO)
    also_words: tuple[str, ...] = ()


_P = [
    # today, yesterday morning, late yesterday, tonight, tomorrow night
    ("deictic_day",
     rf"{_B}(?:(?P<qual>early|late|earlier|later){_SP})?(?P<word>today|yesterday|tomorrow|tonight)"
     rf"(?:{_SP}(?P<part>{_PART}))?{_E}"),
    # this morning, this afternoon, last night
    ("this_day_part", rf"{_B}(?P<shift>this|last|tomorrow|yesterday){_SP}(?P<part>{_PART}){_E}"),
    # Friday, early Tuesday, Wednesday night, last Friday, this coming Sunday, the previous Friday
    ("weekday",
     rf"{_B}(?:(?P<qual>early|late|earlier|later){_SP})?(?:(?P<shift>{_SHIFT}){_SP})?(?P<wd>{_WEEKDAY})"
     rf"(?:{_SP}(?P<part>{_PART}))?{_E}"),
    # noon Thursday, midnight Friday
    ("clock_weekday", rf"{_B}(?P<clock>noon|midnight){_SP}(?P<wd>{_WEEKDAY}){_E}"),
    # Mondays, on Tuesday nights: a weekly set
    ("weekday_plural", rf"{_B}(?P<wd>{_WEEKDAY})s(?:{_SP}(?P<part>{_PART})s)?{_E}"),
    # every week, each month, every other year, each Thursday, each July, every summer
    ("every_unit",
     rf"{_B}(?:every|each|per){_SP}(?:other{_SP})?(?:(?P<unit>{_UNIT_SINGULAR})|(?P<wd>{_WEEKDAY})"
     rf"|(?P<month>{_MONTH})|(?P<season>{_SEASON})){_E}"),
    # (twice) a year, (three times) a week
    ("times_a_unit", _after(("twice", "once", "times", "thrice")) + rf"(?:a|an|per){_SP}(?P<unit>{_UNIT_SINGULAR}){_E}"),
    # annually, hourly
    ("set_adverb", rf"{_B}(?P<word>annually|yearly|hourly|nightly){_E}"),
    # two years ago, a year earlier, nearly four years ago, a week or so ago, 10 days later
    ("units_ago",
     rf"{_B}(?:(?P<mod>{_MOD}){_SP})?(?:(?P<n>{NUMBER})|(?P<fuzzy>several|a{_SP}few|a{_SP}couple{_SP}of))"
     rf"{_SP}(?P<unit>{_UNIT})(?:{_SP}or{_SP}(?:so|two|more))?{_SP}"
     rf"(?P<dir>ago|earlier|later|previously|hence|from{_SP}now|back){_E}"),
    # earlier this month, early next year, late last week, the end of this year, this year, last April
    ("shifted_unit",
     rf"{_B}(?:(?P<qual>{_QUAL})(?:{_SP}|-))?(?P<shift>{_SHIFT}){_SP}"
     rf"(?:(?P<unit>{_alternation(CALENDAR_UNITS)})|(?P<month>{_MONTH})|(?P<season>{_SEASON}))"
     rf"(?:['’]s{_SP}(?P<ord>{_ORD}){_SP}(?P<sub>quarter|half))?{_E}"),
    # June last year, January this year
    ("month_shifted_year", rf"{_B}(?P<month>{_MONTH}){_SP}(?P<shift>last|this|next){_SP}year{_E}"),
    # the third quarter, third-quarter, the fiscal first quarter, the year-ago quarter, the latest period,
    # the first half, the 1988 second quarter, the 1988 period
    ("quarter",
     rf"{_B}(?P<the>the{_SP}|a{_SP}|this{_SP}year['’]s{_SP}|last{_SP}year['’]s{_SP}|next{_SP}year['’]s{_SP})?"
     rf"(?:(?P<adj>latest|current|fiscal|calendar|comparable|most{_SP}recent|year[- ]ago|year[- ]earlier"
     rf"|previous|prior|past|flat|final|first|recent|just[- ]ended|corresponding){_SP})*"
     rf"(?:(?P<year>{_YEAR}){_SP})?(?:(?:(?P<fiscal>fiscal){_SP})?(?P<ord>{_ORD}|final|last){_HY})?"
     # not "the first half of the century", "the first quarter of earlier years" (nor of 2008: quarter_year)
     rf"(?P<sub>quarter|half|period)(?!\w|[-–]\d)(?!{_SP}of\b(?!{_SP}(?:[$£€\d]|(?:the|this|last|next){_SP}year\b|fiscal\b)))"),
    # year-ago, year-earlier (as an adjective: "the year-ago results")
    ("year_ago_adjective", rf"{_B}(?P<word>year[-–](?:ago|earlier)){_E}"),
    # year-end, the year's end
    ("year_end", rf"{_B}(?:the{_SP})?(?:(?P<around>around){_SP})?year[-– ]end{_E}"),
    # the year, the full year, the fiscal year, the current fiscal year, the week, the month
    # ("the day" is left out: "by the day", "the first flight of the day" are no dates)
    ("the_unit",
     rf"{_B}(?:the|that){_SP}(?:(?P<adj>full|whole|entire|current|same|fiscal|calendar|current{_SP}fiscal){_SP})?"
     rf"(?P<unit>year|month|week|decade)(?:{_SP}(?P<more>or{_SP}so|ahead))?{_E}"
     # what may follow: punctuation or a word that does not open a clause about it
     # ("the year standpipes went up", "the year we left" name a year by an event: left alone)
     rf"(?=['’]s\b|\s*(?:[.,;:!?)]|$)|{_SP}of{_SP}[$£€]|{_SP}(?:and|or|but|to|in|on|at|for|from|ended|ending|through|was|were|is|has|had"
     rf"|earlier|ahead|rose|fell|will|would|compared|versus|because|amid)\b)"),
    # the weekend, this weekend, over the weekend
    ("weekend", rf"{_B}(?:the|this){_SP}(?P<unit>weekend){_E}"),
    # five years, the past two months, the first nine months, nearly an hour, two-week, 8-month-old,
    # a minute and a half, the next 12 to 18 months, several years, weeks or months
    ("duration",
     rf"{_B}(?:(?P<mod>{_MOD}){_SP})?(?:(?P<the>the|each{_SP}of{_SP}the|another|an{_SP}additional){_SP})?"
     rf"(?:(?P<dir>first|last|past|next|previous|coming|following|final|remaining|initial|latest|full|entire){_SP})?"
     rf"(?:(?P<n>{NUMBER})(?:{_SP}(?:to|or|-|–){_SP}(?P<n2>{NUMBER}))?|(?P<fuzzy>several|a{_SP}few|few|many|a{_SP}number{_SP}of|some))"
     rf"(?:{_SP}(?:more|additional|full|straight|consecutive|long|trading|business|working))?"
     rf"{_HY}(?P<unit>{_UNIT})(?P<old>[-–]old)?(?:{_SP}and{_SP}a{_SP}half)?{_E}"),
    # weeks or months, for years: bare plural units after a lead word
    ("plural_units",
     _after(("for", "in", "over", "within", "took", "takes", "lasted", "last"))
     + rf"(?P<unit>years|months|weeks|days|decades|centuries|hours)"
     rf"(?:{_SP}or{_SP}(?P<unit2>years|months|weeks|days|decades))?{_E}"),
    # now, recently, the past, the near future, these days
    ("vague", rf"{_B}(?<!\bto\s)(?<!\buntil\s)(?P<word>{_alternation(VAGUE)}){_E}"),
    # nineteen ninety-six, the year two thousand, two thousand and one
    ("spelled_year",
     rf"{_B}(?:(?P<lead>the{_SP}year){_SP})?(?P<century>nineteen|eighteen|twenty){_SP}"
     rf"(?P<tens>{'|'.join(TENS)}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
     rf"(?:[- ](?P<ones>{'|'.join(ONES)}))?{_E}"
     rf"|{_B}(?P<lead2>the{_SP}year){_SP}two{_SP}thousand(?:{_SP}and{_SP}(?P<ones2>{'|'.join(ONES)}))?{_E}"),
]
# Matched in any case; a month name must still be capitalised (the verb "may"): the
# resolver checks the ``month`` group.
_UNIT_STEMS = "second|minute|hour|day|week|month|quarter|year|decade|centur"
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
# What each pattern cannot match without (plain words, searched before the pattern itself: the
# patterns open with long alternations the engine would otherwise try at every character).
NEEDS = {
    "deictic_day": "today|yesterday|tomorrow|tonight",
    "this_day_part": "|".join(DAY_PARTS),
    "weekday": _WEEKDAY_WORDS, "clock_weekday": _WEEKDAY_WORDS, "weekday_plural": _WEEKDAY_WORDS,
    "every_unit": "every|each|per",
    "times_a_unit": "twice|once|times|thrice",
    "set_adverb": "annually|yearly|hourly|nightly",
    "units_ago": "ago|earlier|later|previously|hence|now|back",
    "shifted_unit": "this|current|present|last|past|previous|preceding|prior|next|coming|following|upcoming",
    "month_shifted_year": "year", "year_ago_adjective": "year", "year_end": "year",
    "quarter": "quarter|half|period",
    "the_unit": "year|month|week|decade",
    "weekend": "weekend",
    "duration": _UNIT_STEMS,
    "plural_units": "years|months|weeks|days|decades|centuries|hours",
    "spelled_year": "nineteen|eighteen|twenty|thousand",
    # one of these is in every phrase of VAGUE
    "vague": "now|current|days|present|moment|recent|lately|past|formerly|future|term|possible|coming|ahead|ago",
}
assert all(any(w in phrase for w in NEEDS["vague"].split("|")) for phrase in VAGUE), "a VAGUE phrase without its NEEDS word"
# A second word the pattern cannot match without, besides its NEEDS word: a unit of time.
NEEDS_ALSO = {"units_ago": _UNIT_STEMS, "times_a_unit": _UNIT_STEMS}
assert all(any(w in unit for w in _UNIT_STEMS.split("|")) for unit in UNITS), "a unit without its stem"
RELATIVE_PATTERNS = tuple(
    RelativePattern(name, re.compile(rx, re.IGNORECASE),
                    re.compile(NEEDS[name], re.IGNORECASE) if name in NEEDS else None,
                    tuple(NEEDS[name].split("|")) if name in NEEDS else (),
                    re.compile(NEEDS_ALSO[name], re.IGNORECASE) if name in NEEDS_ALSO else None,
                    tuple(NEEDS_ALSO[name].split("|")) if name in NEEDS_ALSO else ())
    for name, rx in _P)
#: every word of NEEDS, each once
NEEDS_WORDS = tuple(dict.fromkeys(w for p in RELATIVE_PATTERNS for w in p.needs_words + p.also_words))
#: letters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not lower to it
#: (dotless ı, long ſ, and İ, which lowers to two characters): where one is, ``in`` is not enough
CASE_UNSAFE = re.compile("[\u0130\u0131\u017f]")


def lowered(text: str) -> str | None:
    """ ``text.lower()``, in which a plain word is ``in`` it exactly when the word's
    case-insensitive regex finds it in ``text``; None when a letter of ``CASE_UNSAFE`` is there."""
    if text.isascii() or not CASE_UNSAFE.search(text):
        return text.lower()
    return None

@functools.lru_cache(maxsize=None)
def foreign_weekday_pattern(language: str) -> re.Pattern | None:
    """The weekday names of a language other than English ("vendredi", "Freitag", "пятницу")."""
    names = FOREIGN_WEEKDAYS.get(language)
    if not names:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + _alternation(names) + r")(?![^\W\d_])", re.IGNORECASE)


#: words in a sentence that point ahead: a weekday there is the coming one
FUTURE_CUE = re.compile(
    r"(?:\b(?:will|won['’]t|shall|going\s+to|plans?\s+to|intends?\s+to|expects?\s+to|is\s+to|are\s+to"
    r"|(?:is|are)\s+(?:expected|scheduled|due|set|slated)|scheduled\s+(?:to|for)|set\s+to)|['’]ll)\b", re.I)
#: a past-tense word in a clause: "Today the council voted" is the reference day, while
#: "Today the old mill houses a museum" (present tense) is the present: PRESENT_REF
PAST_CUE = re.compile(r"\b(?:was|were|had|did|said|told|\w+ed)\b", re.I)
#: a sentence that opens with "Today" and no comma after it
TODAY_OPENING = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))Today(?![,\w])")
#: what "of the year" may follow and still be a date: "the end of the year", "the first nine
#: months of the year" (but not "the lesson of the decade", "part of the year")
OF_TEMPORAL = re.compile(r"\b(?:end|beginning|start|middle|rest|remainder|balance|close|turn|course|months|weeks|days"
                         r"|quarters|half|quarter|first|second|third|fourth|last|high|low)\s+of\s+$", re.I)
OF_BEFORE = re.compile(r"\bof\s+$", re.I)
#: where the main clause after an opening "Today" ends ("Today the hall houses a museum, which reopened …")
MAIN_CLAUSE_END = re.compile(r"[,.!?;:]|[\"“”]")
#: where a clause ends
CLAUSE_BREAK = re.compile(r"[.!?;]\s|[\"“”]")
