"""Find date and time expressions in paragraphs and normalise them to EDTF.

Every mention keeps its exact span and gets only the precision the text gives:
"December 1991" is the month ``1991-12`` (1991-12-01 to 1991-12-31), never a day.
Patterns and vocabulary live in ``transform.patterns.dates``; this module turns
matches into values in five steps per paragraph:

1. every pattern proposes candidates; traps (page ranges, money, amounts, model
   numbers, event names) and excluded spans (citations) remove some;
2. overlapping candidates are settled, the longest winning;
3. neighbours are read: "early"/"mid"/"late" join the span, two dates joined by
   "to"/"–" (or "between … and …") become one range, "-to date" opens a range,
   "approximately"/"around" make it approximate (outside the span);
4. a day or month without a year takes it from context — the same day dated
   earlier in the document, else the nearest preceding single-year date — and is
   marked ``inferred_year``;
5. the result becomes ``transform.model.DateMention``.

Conventions follow the seeds-gold README: decades ``199X``, centuries ``19`` (the
20th century, 1900-1999), seasons ``1957-21`` (spring, ISO 8601-2 codes 21-24),
quarters ``2021-35`` (Q3, ISO 8601-2 codes 33-36), open ranges ``1990/..`` with no
end date, a time of day with no EDTF value and no dates.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable, Mapping, Sequence

from transform import date_values as V
from transform import relative_dates as RD
from transform.language import detect_language
from transform.model import DateMention
from transform.patterns import dates as P
from transform.patterns import months as M

# Precisions a range may be built from: calendar units that sit inside one year.
_RANGE_ENDS = {"day", "month", "season", "quarter", "year"}
# Precisions that "early"/"mid"/"late" may qualify.
_QUALIFIABLE = {"month", "season", "year", "decade", "century"}
_MASK = "\x00"  # stands in for excluded text, so no pattern can run through it


def tag_dates(
    paragraphs: Sequence[str],
    exclude: Mapping[int, Sequence[tuple[int, int]]] | None = None,
    context_year: int | None = None,
    reference: dt.date | None = None,
    language: str | None = None,
) -> list[DateMention]:
    """Tag every date and time expression in a document's paragraphs, in reading order.

    ``exclude[para_no]`` lists (start, end) spans (citations, reference entries) where
    no date may be reported.  ``context_year`` (the year the document was published or
    datelined) is the year in force until the text names one.  Never raises: text it
    cannot read yields no mention.

    >>> [(m.raw, m.edtf, m.precision) for m in tag_dates(["Talks began in March-April 1954 (Lee, 1990)."],
    ...                                                 {0: [(32, 43)]})]
    [('March-April 1954', '1954-03/1954-04', 'range')]
    >>> m = tag_dates(["The treaty was signed on 3 May 1962.", "It lapsed on 1st May."])[1]
    >>> (m.para_no, m.raw, m.edtf, m.inferred_year)
    (1, '1st May', '1962-05-01', True)
    >>> [m.edtf for m in tag_dates(["Vaccination began on Jan 9."], context_year=2023)]
    ['2023-01-09']
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if not isinstance(reference, dt.date):
        reference = None
    if context_year is None and reference is not None:
        context_year = reference.year
    paragraphs = _as_list(paragraphs)
    if language not in P.LANGUAGES:
        language = detect_language(paragraphs)
    context = _Context(context_year if isinstance(context_year, int) and 1 <= context_year <= 9999 else None,
                       reference)
    mentions: list[DateMention] = []
    for para_no, text in enumerate(paragraphs):
        if not isinstance(text, str) or not text:
            continue
        masked = _mask(text, _excluded_spans(exclude, para_no))
        for found in _find(masked, language):
            mention = context.resolve(para_no, text, found)
            if mention is not None:
                mentions.append(mention)
    return mentions


# ---------------------------------------------------------------- values
_Value = V.DateValue
_date, _last_day, _day, _month, _year = V.safe_date, V.last_day, V.day, V.month, V.year
_season, _quarter, _decade, _century = V.season, V.quarter, V.decade, V.century
_range, _open_range, _one_of = V.span, V.open_range, V.one_of


@dataclass(frozen=True)
class _Found:
    """A candidate mention in one paragraph; ``value`` is None while its year is unknown."""

    start: int
    end: int
    priority: int
    value: _Value | None
    month: int | None = None  # for a day or month written without its year
    day: int | None = None
    day_end: int | None = None  # "9 to 18 January", "25 March to 31 December": the range's last day
    month_end: int | None = None  # "25 March to 31 December", "April-June": the range's last month
    year_shift: int = 0  # "of the following year": +1
    relative: bool = False  # "October of that year": the year the text last named, whatever the document's date
    qualifier: str | None = None
    counted: bool = False  # ends in a bare number that a counted noun may follow
    inferred: bool = False  # the year is not in the span ("January" in "January and March 2020")
    rel: RD.Relative | None = None  # a relative, vague, duration or set expression, resolved in context


# ---------------------------------------------------------------- reading matches
def _month_number(name: str | None) -> int | None:
    key = (name or "").rstrip(".").lower()
    return M.MONTHS.get(key) or M.MONTH_ABBREVIATIONS.get(key) or P.FOREIGN_MONTH_NUMBERS.get(key)


def _ends_with(pattern, text: str, pos: int, reach: int = 40):
    """Match ``pattern`` (anchored with ``$``) on the text just before ``pos``."""
    return pattern.search(text, max(0, pos - reach), pos)


def _full_year(digits: str, before: int | None = None) -> int | None:
    """A year from four digits, or from two: after ``before`` ("1947-49") or as FY19."""
    y = int(digits)
    if len(digits) == 4:
        return y
    if before is None:
        return 2000 + y if y < 50 else 1900 + y
    y += before - before % 100
    if y <= before and before % 100 >= 90:
        y += 100
    return y


def _b_iso_date(m, text):
    return _day(int(m["y"]), int(m["m"]), int(m["d"]))


def _b_numeric_date(m, text):
    """29.04.2016 is day-month-year; with / or - an ambiguous day keeps both readings."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == ".":
        return _day(y, b, a) or _day(y, a, b)
    readings = {v.edtf: v for v in (_day(y, b, a), _day(y, a, b)) if v}
    return _one_of(list(readings.values())) if readings else None


def _b_numeric_date_dmy(m, text):
    """29/04/2016, 05-04-2016 outside English: day-month-year, as those languages write them."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    return _day(y, b, a)


def _b_event_date(m, text):
    return _day(*P.EVENT_DATES[m["event"]])


def _b_day_range(m, text):
    """3-5 July, 1994 / July 3-5, 1994."""
    y, mon = int(m["y"]), _month_number(m["m"])
    return _range(_day(y, mon, int(m["d1"])), _day(y, mon, int(m["d2"])))


def _b_day_month_range(m, text):
    """30 June - 2 July 1994; 30 December - 2 January 1995 starts in 1994."""
    y = int(m["y"])
    m1, m2 = _month_number(m["m1"]), _month_number(m["m2"])
    first_year = y - 1 if m1 > m2 else y
    return _range(_day(first_year, m1, int(m["d1"])), _day(y, m2, int(m["d2"])))


def _b_day(m, text):
    return _day(int(m["y"]), _month_number(m["m"]), int(m["d"]))


def _b_month_range(m, text):
    y = int(m["y"])
    m1, m2 = _month_number(m["m1"]), _month_number(m["m2"])
    return _range(_month(y - 1 if m1 > m2 else y, m1), _month(y, m2))


def _b_month_year(m, text):
    return _month(int(m["y"]), _month_number(m["m"]))


def _b_season(m, text):
    if m["season"]:
        return _season(int(m["y"]), M.SEASON_CODES[m["season"].lower()])
    return _season(int(m["y2"]), M.SEASON_CODES["fall"])


def _b_quarter(m, text):
    if m["q"]:
        return _quarter(int(m["y"]), int(m["q"]))
    if m["q2"]:
        return _quarter(int(m["y2"]), int(m["q2"]))
    return _quarter(int(m["y3"]), P.QUARTER_WORDS[m["qword"].lower()])


def _b_fiscal_year(m, text):
    """FY2019 names a fiscal year, which need not match the calendar one: approximate."""
    first = _full_year(m["y"])
    value = _year(first) if 1000 <= first <= 2099 else None
    if value and m["y2"]:
        value = _range(value, _year(_full_year(m["y2"], first)))
    return _Found(*m.span(), 0, value, qualifier="approximate") if value else None


def _b_century(m, text):
    """21st century -> 20; the twentieth century -> 19."""
    if m["num"]:
        n = int(m["num"])
    else:
        n = P.ORDINAL_WORDS[" ".join(m["word"].lower().split())]
    return _century(n - 1)


def _b_century_range(m, text):
    """the 20th and 21st centuries -> 19/20."""
    return _range(_century(int(m["n1"]) - 1), _century(int(m["n2"]) - 1))


def _b_decade(m, text):
    """1990s -> 199X; 1800s is read as the century 18 (1800-1899), 2000s as the decade 200X;
    1960s-70s -> 196X/197X."""
    first = int(m["decade"])
    if m["tens2"]:
        return _range(_decade(first), _decade(first - first % 100 + int(m["tens2"])))
    return _century(first // 100) if first % 100 == 0 and first % 1000 else _decade(first)


def _b_short_decade(m, text):
    """'70s anywhere; 70s only after "the" ("the late 70s", not "in his 70s")."""
    if not m["apos"] and not _ends_with(P.DECADE_LEAD, text, m.start()):
        return None
    tens = int(m["decade"])
    return _decade((1900 if tens >= 20 else 2000) + tens)


def _b_word_decade(m, text):
    if not _ends_with(P.DECADE_LEAD, text, m.start()):
        return None
    return _decade(P.DECADE_WORDS[m["word"].lower()])


def _b_year_range(m, text):
    """1992-1995, 1947-49; "2016-04", which cannot be a range, is the ISO month."""
    first = int(m["y1"])
    if len(m["y2"]) == 1:  # "1846-7": the next year or a few on, written with its last digit
        value = _range(_year(first), _year(first - first % 10 + int(m["y2"]))) if int(m["y2"]) > first % 10 else None
        return _Found(*m.span(), 0, value, counted=True) if value else None
    value = _range(_year(first), _year(_full_year(m["y2"], first)))
    if value is None and m["sep"] == "-" and len(m["y2"]) == 2:
        value = _month(first, int(m["y2"]))
    return _Found(*m.span(), 0, value, counted=True) if value else None


def _b_month_of_relative_year(m, text):
    shift = P.RELATIVE_YEARS[" ".join(m["rel"].lower().split())]
    return _Found(*m.span(), 0, None, month=_month_number(m["m"]), year_shift=shift, relative=True)


def _b_day_range_month(m, text):
    """9 to 18 January, January 23-25: a range of days whose year comes from context."""
    mon, d1, d2 = _month_number(m["m"]), int(m["d1"]), int(m["d2"])
    if not d1 < d2 <= _last_day(2000, mon):
        return None
    return _Found(*m.span(), 0, None, month=mon, day=d1, day_end=d2, counted=True)


def _b_day_month(m, text):
    """1st May, May 7 (not "May 5 people"): the year comes later, from context."""
    mon, day = _month_number(m["m"]), int(m["d"])
    if day > _last_day(2000, mon):  # 2000: a leap year, so 29 February stays
        return None
    return _Found(*m.span(), 0, None, month=mon, day=day, counted=True)


def _b_month_range_yearless(m, text):
    """from December to February, the April-June quarter: months whose year comes from context."""
    led = _ends_with(P.MONTH_LEAD, text, m.start()) or (
        _ends_with(P.DECADE_LEAD, text, m.start()) and P.PERIOD_AFTER.match(text, m.end()))
    if not led:
        return None
    return _Found(*m.span(), 0, None, month=_month_number(m["m1"]), month_end=_month_number(m["m2"]))


def _b_bare_month(m, text):
    if not _ends_with(P.MONTH_LEAD, text, m.start()):
        return None
    return _Found(*m.span(), 0, None, month=_month_number(m["m"]))


def _b_time(m, text):
    """A clock time: TIMEX3 ``T17:00`` until the reference day gives it a date."""
    clock = P.CLOCK.match(m.group(0))
    if not clock:
        return _Found(*m.span(), 0, V.time_of_day(None))
    hour, minute = int(clock["h"]), int(clock["min"] or 0)
    pm, am = clock["pm"], clock["am"]
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    return _Found(*m.span(), 0, V.time_of_day(f"T{hour:02d}:{minute:02d}"))


def _b_year(m, text):
    y = int(m["y"])
    if (y < P.MIN_BARE_YEAR or y % 100 == 0) and not _ends_with(P.YEAR_LEAD, text, m.start()):
        return None
    return _Found(*m.span(), 0, _year(y), counted=True)


_Builder = Callable[..., "_Value | _Found | None"]
_BUILDERS: dict[str, _Builder] = {
    "iso_date": _b_iso_date,
    "numeric_date": _b_numeric_date,
    "numeric_date_dmy": _b_numeric_date_dmy,
    "event_date": _b_event_date,
    "day_range_month_year": _b_day_range,
    "month_day_range_year": _b_day_range,
    "day_month_range_year": _b_day_month_range,
    "month_day_month_day_year": _b_day_month_range,
    "day_month_year": _b_day,
    "month_day_year": _b_day,
    "month_range_year": _b_month_range,
    "month_year": _b_month_year,
    "season_year": _b_season,
    "quarter_year": _b_quarter,
    "fiscal_year": _b_fiscal_year,
    "century": _b_century,
    "century_range": _b_century_range,
    "decade": _b_decade,
    "short_decade": _b_short_decade,
    "word_decade": _b_word_decade,
    "year_range": _b_year_range,
    "month_of_relative_year": _b_month_of_relative_year,
    "day_range_month": _b_day_range_month,
    "month_day_range": _b_day_range_month,
    "day_month": _b_day_month,
    "month_day": _b_day_month,
    "month_range": _b_month_range_yearless,
    "bare_month": _b_bare_month,
    "time": _b_time,
    "year": _b_year,
}
assert set(_BUILDERS) == {p.name for lang in P.LANGUAGES for p in P.date_patterns(lang)}, \
    "every date pattern needs a builder"


# ---------------------------------------------------------------- one paragraph
def _find(text: str, language: str = "en") -> list[_Found]:
    """All date mentions of one paragraph, in order, some still waiting for a year or
    for the reference date (relative ones)."""
    patterns = P.date_patterns(language)
    relative = [_Found(c.start, c.end, len(patterns), None, rel=c.relative) for c in RD.candidates(text, language)]
    found = _join_weekdays(text, _settle_overlaps(text, _candidates(text, patterns) + relative))
    found = [_add_qualifier(text, f) for f in found]
    found = _join_ranges(text, _borrow_years(text, found))
    return [_mark_approximate(text, _open_end(text, f)) for f in found]


def _candidates(text: str, patterns: Sequence[P.DatePattern] = P.DATE_PATTERNS) -> list[_Found]:
    """Every pattern tried at every anchor of its kinds; counted numbers ("1500 soldiers") refused."""
    anchors = _anchors(text)
    if len(anchors) == 1 and not anchors[P.DIGIT]:
        return []  # no digit and no anchor word: no pattern can start anywhere
    out = []
    positions_of: dict[int, list[int]] = {}  # by the identity of a pattern's ``starts``
    for priority, pattern in enumerate(patterns):
        positions = positions_of.get(id(pattern.starts))
        if positions is None:
            positions = positions_of[id(pattern.starts)] = [
                pos for kind in pattern.starts for pos in anchors.get(kind, ())]
        if not positions:
            continue
        build = _BUILDERS[pattern.name]
        match = pattern.regex.match
        for pos in positions:
            m = match(text, pos)
            found = _as_found(build(m, text), m, priority) if m else None
            if found and not (found.counted and _is_counted(text, found)):
                out.append(found)
    return out


def _anchors(text: str) -> dict[str, list[int]]:
    """Where a date may begin, by kind: digit runs and the words of ``P.WORD_ANCHORS``."""
    anchors: dict[str, list[int]] = {
        P.DIGIT: [m.start() for rx in (P.DIGIT_ANCHOR, P.APOSTROPHE_ANCHOR) for m in rx.finditer(text)]}
    for m in P.WORD_ANCHOR.finditer(text):
        anchors.setdefault(P.WORD_ANCHORS[m.group().lower()], []).append(m.start())
    return anchors


def _as_found(result, m, priority: int) -> _Found | None:
    if isinstance(result, _Value):
        return _Found(*m.span(), priority, result)
    if isinstance(result, _Found) and (result.value is not None or result.month is not None):
        return replace(result, priority=priority)
    return None


def _trapped(text: str, f: _Found, reach: int = 32) -> bool:
    """Whether a trap (page range, money, amount, model number…) overlaps the candidate."""
    lo, hi = max(0, f.start - reach), min(len(text), f.end + reach)
    return any(m.start() < f.end and f.start < m.end()
               for _, rx in P.TRAPS for m in rx.finditer(text, lo, hi))


def _is_counted(text: str, f: _Found) -> bool:
    """ "1500 soldiers" counts something, unless it opens a sentence as a year ("In 1965 troops")."""
    return bool(P.COUNT_AFTER.match(text, f.end)) and not _ends_with(P.YEAR_OPENING, text, f.start)


def _settle_overlaps(text: str, cands: list[_Found]) -> list[_Found]:
    """Keep the longest of overlapping candidates (then the earlier pattern) that no trap
    touches, in text order.  Linear in the candidates (after sorting): the kept spans
    are disjoint, so one bisection in them tells whether a candidate overlaps one."""
    starts: list[int] = []  # sorted starts of the kept spans
    ends: list[int] = []  # their ends, in the same order
    kept: list[_Found] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.priority, c.start)):
        i = bisect.bisect_right(starts, c.start)
        if (i and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        if c.rel is None and _trapped(text, c):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _join_weekdays(text: str, found: list[_Found]) -> list[_Found]:
    """ "Saturday, April 25": a weekday right before the day it names joins that date;
    "10 p.m. Wednesday", "14:30 GMT tomorrow": a clock time and the day after it are one time."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.rel is not None and prev.rel.rule == "weekday" and f.rel is None
                and (f.day is not None or (f.value is not None and f.value.precision == "day"))
                and P.WEEKDAY_JOIN.fullmatch(text, prev.end, f.start)):
            out[-1] = replace(f, start=prev.start)
        elif (prev is not None and prev.rel is None and prev.value is not None and prev.value.precision == "time"
                and prev.value.timex and f.rel is not None and f.rel.rule in ("weekday", "deictic_day")
                and P.WEEKDAY_JOIN.fullmatch(text, prev.end, f.start)):
            out[-1] = replace(f, start=prev.start, rel=RD.at_clock(f.rel, prev.value.timex))
        else:
            out.append(f)
    return out


def _add_qualifier(text: str, f: _Found) -> _Found:
    """ "early 2020", "the late 70s", "mid-1800" (read as the mid-1800s, the century 18)."""
    if f.value is None and f.day is None:  # a bare month: "early August"
        precision = "month"
    else:
        precision = f.value.precision if f.value else None
    m = _ends_with(P.QUALIFIER_BEFORE, text, f.start, reach=12)
    if precision not in _QUALIFIABLE or f.qualifier or not m:
        return f
    value = f.value
    if value and precision == "year" and value.lo.year % 100 == 0 and value.lo.year % 1000:
        value = _century(value.lo.year // 100)
    return replace(f, start=m.start(), value=value, qualifier=m["qual"].lower())


def _borrow_years(text: str, found: list[_Found]) -> list[_Found]:
    """ "in January and March 2020": a yearless date listed before a dated one shares its year."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.value is not None or b.value is None or b.value.precision not in _RANGE_ENDS:
            continue
        if P.LIST_CONNECTOR.fullmatch(text, a.end, b.start):
            value = _partial_value(a, b.value.lo.year)
            if value is not None:
                out[i] = replace(a, value=value, inferred=True)
    return out


def _join_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Two dates joined by "to", "–", "until" or "between … and" become one range."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        joined = _join(text, prev, f) if prev else None
        if joined:
            out[-1] = joined
        else:
            out.append(f)
    return out


def _join(text: str, a: _Found, b: _Found) -> _Found | None:
    gap = text[a.end:b.start]
    start = a.start
    if not P.RANGE_CONNECTOR.fullmatch(gap):
        between = _ends_with(P.BETWEEN_BEFORE, text, a.start, reach=10)
        if not (between and P.AND_CONNECTOR.fullmatch(gap)):
            return None
        start = between.start()
    a_value, b_value = _fill_year(a, b.value), _fill_year(b, a.value)
    if a_value is None and b_value is None:
        return _join_yearless(start, a, b)
    if a_value is None or b_value is None:
        return None
    if not _may_join(a_value.precision, b_value.precision):
        return None
    a_value, b_value = _order_years(a, a_value, b, b_value)
    value = _range(a_value, b_value)
    if value is None:
        return None
    # early/mid/late qualified one end only; an approximate fiscal year stays approximate
    qualifier = a.qualifier if a.qualifier == "approximate" else None
    return _Found(start, b.end, a.priority, value, qualifier=qualifier)


def _join_yearless(start: int, a: _Found, b: _Found) -> _Found | None:
    """ "25 March to 31 December", "June to August": a range still waiting for its year."""
    plain = all(f.value is None and f.month and not f.day_end and not f.month_end and not f.relative for f in (a, b))
    if not plain or (a.day is None) != (b.day is None):
        return None
    return _Found(start, b.end, a.priority, None, month=a.month, day=a.day, month_end=b.month,
                  day_end=b.day, year_shift=a.year_shift)


def _may_join(a: str, b: str) -> bool:
    """Calendar units join freely ("May 1990 – 1995"); decades and centuries only their like."""
    return (a in _RANGE_ENDS and b in _RANGE_ENDS) or (a == b and a in ("decade", "century"))


def _fill_year(f: _Found, other: _Value | None) -> _Value | None:
    """The value of ``f``, taking a missing year from the other end of its range."""
    if f.value is not None:
        return f.value
    if other is None or other.lo is None or other.precision not in _RANGE_ENDS:
        return None
    return _partial_value(f, other.lo.year)


def _order_years(a: _Found, av: _Value, b: _Found, bv: _Value) -> tuple[_Value, _Value]:
    """ "December – February 1992": an end that borrowed its year may move back (or on) one."""
    if av.lo <= bv.lo:
        return av, bv
    if a.value is None:
        av = _partial_value(a, bv.lo.year - 1) or av
    elif b.value is None:
        bv = _partial_value(b, av.lo.year + 1) or bv
    return av, bv


def _open_end(text: str, f: _Found) -> _Found:
    """ "1990-to date", "the 1990s onwards": an open range from the date."""
    if f.value is None or f.value.precision in ("range", "time"):
        return f
    m = P.OPEN_END.match(text, f.end)
    return replace(f, end=m.end(), value=_open_range(f.value)) if m else f


def _mark_approximate(text: str, f: _Found) -> _Found:
    """ "approximately 1600", "around 1992-1995": outside the span, qualifier approximate."""
    if f.qualifier or (f.value and f.value.precision == "time"):
        return f
    if not _ends_with(P.APPROXIMATE_BEFORE, text, f.start, reach=24):
        return f
    return replace(f, qualifier="approximate")


def _partial_value(f: _Found, y: int) -> _Value | None:
    if not 1000 <= y <= 2099 or f.month is None:
        return None
    if f.day_end or f.month_end:  # a range; "December to February" ends in the next year
        end_month = f.month_end or f.month
        end_year = y + 1 if end_month < f.month else y
        if f.day:
            return _range(_day(y, f.month, f.day), _day(end_year, end_month, f.day_end or f.day))
        return _range(_month(y, f.month), _month(end_year, end_month))
    return _day(y, f.month, f.day) if f.day else _month(y, f.month)


# ---------------------------------------------------------------- document context
LOCAL_CONTEXT_PARAGRAPHS = 1  # a full date dates yearless ones this many paragraphs on


class _Context:
    """The year in force while reading: the nearest preceding single-year date, and the
    year of every full day seen so far (a repeated "1st May" refers back to it).

    A document with its own date (a news story, a post, a letter: ``anchor``) speaks of
    its own time: "from 1 April" there is the April of that year, although the text named
    1976 a sentence earlier, unless the same sentence named a year ("switched in 1752,
    and the day after 2 September …") or this or the previous paragraph dated a day or
    month with its year ("signed on 3 May 1962 … lapsed on 1st May").  Without an anchor (a
    history, a paper) the narrative sets the year: "In 1971 … on 3 December" is 1971-12-03."""

    def __init__(self, anchor: int | None = None, reference: dt.date | None = None) -> None:
        self.year: int | None = anchor
        self.anchor = anchor
        self.reference = reference  # the document's own day: relative dates resolve against it
        self.focus: _Value | None = None  # the last calendar value named: "a year earlier" counts from it
        self.local: tuple[int, int] | None = None  # (paragraph, year) of the last day or month dated in full
        self.named: tuple[int, int, int] | None = None  # (paragraph, end offset, year) of the last year named
        self.dated_days: dict[tuple[int, int], int] = {}

    def resolve(self, para_no: int, text: str, f: _Found) -> DateMention | None:
        value, inferred = f.value, f.inferred
        if f.rel is not None:
            value = f.rel.resolve(self.reference, self.focus, RD.looks_ahead(text, f.start, f.end))
            if value is None:
                return None
        elif value is None:
            value, inferred = self._infer(f, para_no, text)
            if value is None:
                return None
        elif value.precision == "time" and value.timex and value.timex.startswith("T") and self.reference:
            value = replace(value, timex=self.reference.isoformat() + value.timex, resolved=True)
        if f.rel is None:
            self._note(value, para_no, inferred, f.end, _ends_with(P.LOOKING_BACK, text, f.start))
        if value.lo is not None and value.precision in V.CALENDAR_PRECISIONS and (f.rel is None or f.rel.sets_focus):
            self.focus = value
        return DateMention(
            para_no=para_no, raw=text[f.start:f.end], start=f.start, end=f.end,
            edtf=value.edtf, date_start=value.lo, date_end=value.hi,
            precision=value.precision, qualifier=f.qualifier, inferred_year=inferred,
            timex_type=value.kind, timex_value=value.timex_value, resolved=value.resolved,
            rule=f.rel.rule if f.rel is not None else None,
        )

    def _infer(self, f: _Found, para_no: int, text: str) -> tuple[_Value | None, bool]:
        base = self.year
        named = self.named
        in_sentence = (named is not None and named[0] == para_no and not f.relative
                       and not P.SENTENCE_BREAK.search(text, named[1], max(named[1], f.start)))
        if self.anchor is not None and not f.relative:
            recent = self.local is not None and para_no - self.local[0] <= LOCAL_CONTEXT_PARAGRAPHS
            base = self.local[1] if recent else self.anchor
        if in_sentence:  # the year this very sentence names comes first, even before a repeated day
            base = named[2]
        repeated = self.dated_days.get((f.month, f.day)) if f.day and not in_sentence else None
        if (self.reference is not None and not in_sentence and not f.relative and base == self.anchor
                and repeated is None and not f.month_end and not f.day_end):
            base = _nearest_year(self.reference, f.month, f.day, RD.looks_ahead(text, f.start, f.end))
        years = [repeated, base + f.year_shift if base is not None else None]
        for y in years:
            value = _partial_value(f, y) if y is not None else None
            if value is not None:
                return value, True
        if f.day is not None and f.day_end is not None:
            end = f"XXXX-{(f.month_end or f.month):02d}-{f.day_end:02d}"
            return _Value(f"XXXX-{f.month:02d}-{f.day:02d}/{end}", None, None, "range"), False
        if f.day is not None:  # a day with no year anywhere: say so, invent nothing
            return _Value(f"XXXX-{f.month:02d}-{f.day:02d}", None, None, "day"), False
        return None, False

    def _note(self, value: _Value, para_no: int, inferred: bool, end: int, looking_back: bool = False) -> None:
        if value.lo is None or value.hi is None or value.lo.year != value.hi.year:
            return
        if value.precision in ("decade", "century"):
            return
        self.year = value.lo.year
        if not inferred and not looking_back:  # "records began in 1901": not the sentence's own time
            self.named = (para_no, end, value.lo.year)
        if value.precision in ("day", "month") and not inferred:
            self.local = (para_no, value.lo.year)
        if value.precision == "day" and value.lo == value.hi:
            self.dated_days[(value.lo.month, value.lo.day)] = value.lo.year


#: how far past its reference day a yearless date may lie and still be read in the coming months
COMING_DAYS = 122


def _nearest_year(ref: dt.date, month: int, day: int | None, future: bool) -> int:
    """The year of a yearless day or month in a dated document: the latest one on or before
    the reference day (reports tell what happened), unless it falls within the next four
    months ("by December" in a story of 17 August) or the sentence looks ahead ("will vote
    on Jan. 12").  "Nov. 25" in a story of 8 January is last November's."""
    first = V.safe_date(ref.year, month, min(day or 1, 28))
    if first <= ref:
        return ref.year
    if future or (first - ref).days <= COMING_DAYS:
        return ref.year
    return ref.year - 1


# ---------------------------------------------------------------- input guards
def _as_list(paragraphs) -> list:
    if isinstance(paragraphs, str):
        return [paragraphs]
    try:
        return list(paragraphs or ())
    except TypeError:
        return []


def _excluded_spans(exclude, para_no: int) -> list[tuple[int, int]]:
    """The (start, end) pairs of ``exclude[para_no]`` that are well formed."""
    try:
        spans = exclude.get(para_no) if exclude is not None else None
    except (AttributeError, TypeError, ValueError):
        return []
    out = []
    for span in spans if isinstance(spans, (list, tuple)) else ():
        try:
            a, b = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        if a < b:
            out.append((a, b))
    return out


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Overwrite excluded spans, keeping every offset."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(max(0, a), min(b, len(chars))):
            chars[i] = _MASK
    return "".join(chars)
