"""Normalised date values: EDTF with its first and last day, and the TIMEX3 value beside it.

Every mention the date tagger reports carries one ``DateValue``.  Calendar values
(days, months, seasons, quarters, halves, weeks, years, decades, centuries and ranges of
them) have an EDTF string and the days they cover; what EDTF cannot express — a
duration (``P5Y``), a set (``P1W``, ``XXXX-WXX-1``), a vague reference (``PRESENT_REF``)
or a time of day — has no EDTF and no days, only its TIMEX3 value.

    day(1998, 1, 8)          → edtf 1998-01-08, timex 1998-01-08, DATE
    quarter(1989, 3)         → edtf 1989-35 (ISO 8601-2 code), timex 1989-Q3
    week(dt.date(1998, 1, 8)) → edtf 1998-01-05/1998-01-11, timex 1998-W02, precision week
    duration("P5Y")          → no edtf, timex P5Y, DURATION
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from transform.patterns.months import HALF_CODES, QUARTER_CODES, SEASON_MONTHS

# ISO 8601-2 sub-year groupings (transform.patterns.months): their TIMEX3 names.
_TIMEX_SEASON = {"21": "SP", "22": "SU", "23": "FA", "24": "WI"}
_TIMEX_QUARTER = {"33": "Q1", "34": "Q2", "35": "Q3", "36": "Q4"}
_TIMEX_HALF = {"40": "H1", "41": "H2"}

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"
#: precisions of values with a calendar span (what a later "a year earlier" may count from)
CALENDAR_PRECISIONS = frozenset({"day", "week", "month", "season", "quarter", "half", "year", "decade", "century"})


@dataclass(frozen=True)
class DateValue:
    """A normalised date expression.

    ``edtf``/``lo``/``hi``: the EDTF value and the first and last day it covers (None where
    it has none); ``precision``: day, week, month, season, quarter, half, year, decade,
    century, range, time, duration, set or vague; ``timex``: the TIMEX3 value (derived from
    the EDTF when not given); ``kind``: the TIMEX3 type; ``resolved``: read from the
    document's reference date ("yesterday", "last week")."""

    edtf: str | None
    lo: dt.date | None
    hi: dt.date | None
    precision: str
    timex: str | None = None
    kind: str = DATE
    resolved: bool = False

    @property
    def timex_value(self) -> str | None:
        return self.timex if self.timex is not None else edtf_to_timex(self.edtf)


def edtf_to_timex(edtf: str | None) -> str | None:
    """The TIMEX3 value of an EDTF string: ``1989-35`` → ``1989-Q3``, ``199X`` → ``199``,
    ``1921-24`` → ``1921-WI``; a range keeps both ends (``1992/1995``); ``[a,b]`` its first."""
    if not edtf:
        return None
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        return f"{edtf_to_timex(a) or a}/{edtf_to_timex(b) or b}"
    if edtf.startswith("["):
        return edtf_to_timex(edtf.strip("[]").split(",")[0])
    m = re.fullmatch(r"(\d{4})-(\d{2})", edtf)
    if m:
        code = m.group(2)
        for table in (_TIMEX_SEASON, _TIMEX_QUARTER, _TIMEX_HALF):
            if code in table:
                return f"{m.group(1)}-{table[code]}"
    if re.fullmatch(r"\d{3}X", edtf):
        return edtf[:3]
    return edtf


# ---------------------------------------------------------------- calendar values
def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _in_range(y: int) -> bool:
    return 1 <= y <= 9998


def day(y: int, m: int, d: int) -> DateValue | None:
    when = safe_date(y, m, d) if _in_range(y) else None
    return DateValue(f"{y:04d}-{m:02d}-{d:02d}", when, when, "day") if when else None


def day_of(when: dt.date) -> DateValue:
    return DateValue(when.isoformat(), when, when, "day")


def month(y: int, m: int) -> DateValue | None:
    if not 1 <= m <= 12 or not _in_range(y):
        return None
    return DateValue(f"{y:04d}-{m:02d}", dt.date(y, m, 1), dt.date(y, m, last_day(y, m)), "month")


def year(y: int) -> DateValue | None:
    if not _in_range(y):
        return None
    return DateValue(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def season(y: int, code: int) -> DateValue | None:
    if not _in_range(y):
        return None
    first, last = SEASON_MONTHS[code]
    end_year = y + 1 if last < first else y
    return DateValue(f"{y:04d}-{code}", dt.date(y, first, 1),
                     dt.date(end_year, last, last_day(end_year, last)), "season")


def quarter(y: int, q: int) -> DateValue | None:
    if not _in_range(y) or not 1 <= q <= 4:
        return None
    last = 3 * q
    return DateValue(f"{y:04d}-{QUARTER_CODES[q]}", dt.date(y, last - 2, 1),
                     dt.date(y, last, last_day(y, last)), "quarter")


def half(y: int, h: int) -> DateValue | None:
    if not _in_range(y) or h not in HALF_CODES:
        return None
    first, last = (1, 6) if h == 1 else (7, 12)
    return DateValue(f"{y:04d}-{HALF_CODES[h]}", dt.date(y, first, 1),
                     dt.date(y, last, last_day(y, last)), "half")


def week(when: dt.date) -> DateValue:
    """The ISO week holding ``when``: Monday to Sunday, TIMEX3 ``YYYY-Www``."""
    monday = when - dt.timedelta(days=when.weekday())
    sunday = monday + dt.timedelta(days=6)
    iso_year, iso_week, _ = when.isocalendar()
    return DateValue(f"{monday.isoformat()}/{sunday.isoformat()}", monday, sunday, "week",
                     timex=f"{iso_year:04d}-W{iso_week:02d}")


def weekend(when: dt.date) -> DateValue:
    """The Saturday and Sunday of ``when``'s ISO week: TIMEX3 ``YYYY-Www-WE``."""
    w = week(when)
    saturday = w.lo + dt.timedelta(days=5)
    return DateValue(f"{saturday.isoformat()}/{w.hi.isoformat()}", saturday, w.hi, "week", timex=f"{w.timex}-WE")


def decade(first_year: int) -> DateValue | None:
    if not _in_range(first_year + 9):
        return None
    return DateValue(f"{first_year // 10:03d}X", dt.date(first_year, 1, 1),
                     dt.date(first_year + 9, 12, 31), "decade")


def century(hundreds: int) -> DateValue | None:
    """ISO century: 19 covers 1900-1999 (what prose calls the 20th century)."""
    if not 1 <= hundreds <= 20:
        return None
    return DateValue(f"{hundreds:02d}", dt.date(hundreds * 100, 1, 1),
                     dt.date(hundreds * 100 + 99, 12, 31), "century")


def span(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    """The range from ``a`` to ``b`` (``1992/1995``); None when it runs backwards or is one value."""
    if a is None or b is None or a.lo is None or b.hi is None or a.lo > b.lo or a.hi > b.hi:
        return None
    if a.edtf == b.edtf:
        return None
    return DateValue(f"{a.edtf}/{b.edtf}", a.lo, b.hi, "range")


def open_range(a: DateValue) -> DateValue:
    return DateValue(f"{a.edtf}/..", a.lo, None, "range")


def one_of(values: list[DateValue]) -> DateValue:
    """An ambiguous day ("04/05/2016"): EDTF set notation, dates spanning the readings."""
    if len(values) == 1:
        return values[0]
    values = sorted(values, key=lambda v: v.lo)
    return DateValue("[" + ",".join(v.edtf for v in values) + "]", values[0].lo, values[-1].hi, "day")


# ---------------------------------------------------------------- what EDTF cannot say
def duration(timex: str) -> DateValue:
    """``P5Y``, ``PT24H``, ``PXM`` (some months): no calendar span."""
    return DateValue(None, None, None, "duration", timex=timex, kind=DURATION)


def recurrence(timex: str) -> DateValue:
    """A set: ``P1W`` (every week), ``XXXX-WXX-1`` (Mondays)."""
    return DateValue(None, None, None, "set", timex=timex, kind=SET)


def vague(timex: str) -> DateValue:
    """``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``: now, the past, the future."""
    return DateValue(None, None, None, "vague", timex=timex)


def time_of_day(timex: str | None) -> DateValue:
    """A clock time or part of a day (``T17:00``, ``1998-01-08TNI``): no EDTF, as before."""
    return DateValue(None, None, None, "time", timex=timex, kind=TIME)


def unresolved(precision: str, timex: str) -> DateValue:
    """A relative date in a document with no reference date: ``REF-P1Y`` (last year),
    ``XXXX-WXX-5`` (Friday); no EDTF, no days."""
    return DateValue(None, None, None, precision, timex=timex)


def as_resolved(value: DateValue | None) -> DateValue | None:
    return replace(value, resolved=True) if value is not None else None


# ---------------------------------------------------------------- arithmetic
def add_months(when: dt.date, n: int) -> dt.date:
    total = when.year * 12 + when.month - 1 + n
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(when.day, last_day(y, m + 1)))


def quarter_of(when: dt.date) -> int:
    return (when.month - 1) // 3 + 1
