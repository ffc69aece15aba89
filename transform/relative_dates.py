"""Relative, vague, duration and set expressions, resolved against a reference date.

``candidates(text)`` finds them in one paragraph (patterns in
``transform.patterns.relative_dates``); each comes with a ``Relative`` that turns the
document's reference date (its publication day) and the date in focus (the last
calendar date the text named) into a ``DateValue``:

    "yesterday"          with 1998-01-08 → 1998-01-07 (day, resolved)
    "last week"          with 1998-01-08 → 1998-W01 (the days 1997-12-29 to 1998-01-04)
    "the third quarter"  with 1989-10-26 → 1989-Q3
    "a year earlier"     after "the third quarter" → 1988-Q3 (the quarter in focus, a year back)
    "Friday"             with 1998-01-08 (a Thursday), "said Friday" → 1998-01-02; "will meet Friday" → 1998-01-09
    "five years"         → P5Y (a duration, no calendar span)
    "every week"         → P1W (a set)
    "now"                → PRESENT_REF

Without a reference date a relative date keeps its relative value (``REF-P1Y`` for
"last year", ``XXXX-WXX-5`` for "Friday") and gets no EDTF and no days: it is never
resolved against the clock of the run.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from transform import date_values as V
from transform.date_values import DateValue
from transform.patterns import months as M
from transform.patterns import relative_dates as R

_CALENDAR = {"day", "week", "month", "season", "quarter", "half", "year", "decade", "century"}
_TIMEX_UNIT = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "weekend": "WE",
               "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}


@dataclass(frozen=True)
class Relative:
    """A found expression waiting for its reference date: ``resolve(ref, focus, future)``.

    ``ref``: the document's reference day or None; ``focus``: the last calendar value the
    text named (or None); ``future``: whether the sentence looks ahead ("will meet Friday")."""

    rule: str
    resolve: Callable[[dt.date | None, DateValue | None, bool], DateValue | None]
    sets_focus: bool = True  # False for a value counted from the focus ("a year earlier"): it stays put


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    relative: Relative


def candidates(text: str, language: str = "en") -> list[Candidate]:
    """Every relative, vague, duration and set expression of one paragraph (overlaps
    included).  Outside English only weekday names are read ("vendredi", "пятницу")."""
    out = []
    if language != "en":
        weekdays = R.foreign_weekday_pattern(language)
        for m in weekdays.finditer(text) if weekdays else ():
            wd = R.FOREIGN_WEEKDAYS[language][m.group(0).lower()]
            out.append(Candidate(m.start(), m.end(), Relative("weekday", _weekday_resolver(wd, None, None))))
        return out
    low = R.lowered(text)
    present = None if low is None else {word for word in R.NEEDS_WORDS if word in low}
    for pattern in R.RELATIVE_PATTERNS:
        if pattern.needs is not None:
            if present is None:
                if not pattern.needs.search(text) or (pattern.also is not None and not pattern.also.search(text)):
                    continue
            elif present.isdisjoint(pattern.needs_words) or (
                    pattern.also is not None and present.isdisjoint(pattern.also_words)):
                continue
        build = _BUILDERS[pattern.name]
        for m in pattern.regex.finditer(text):
            resolve = build(m)
            if isinstance(resolve, tuple):  # (resolve, sets_focus)
                resolve, sets_focus = resolve
            else:
                sets_focus = pattern.name not in _FROM_FOCUS
            if resolve is not None:
                out.append(Candidate(m.start(), m.end(), Relative(pattern.name, resolve, sets_focus)))
    return out


def at_clock(day: Relative, clock: str) -> Relative:
    """ "10 p.m. Wednesday": the day ``day`` resolves to, at the clock time ``clock`` (``T22:00``)."""
    def resolve(ref, focus, future):
        value = day.resolve(ref, focus, future)
        if value is None or value.lo is None or value.precision != "day":
            return V.time_of_day((value.timex if value is not None and value.timex else "") + clock)
        return V.as_resolved(V.time_of_day(value.lo.isoformat() + clock))
    return Relative(day.rule, resolve, sets_focus=False)


def looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether the clause around [start, end) speaks of the future ("will", "is expected to")."""
    lo = max(0, start - 80)
    for m in R.CLAUSE_BREAK.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + 40)
    m = R.CLAUSE_BREAK.search(text, end, hi)
    hi = m.start() if m else hi
    return bool(R.FUTURE_CUE.search(text[lo:start]) or R.FUTURE_CUE.search(text[end:hi]))


# ---------------------------------------------------------------- numbers and units
def number(words: str | None) -> float | None:
    """ "two" → 2, "twenty four" → 24, "2 1/2" → 2.5, "a" → 1, "a minute and a half" style → +0.5."""
    if not words:
        return None
    w = " ".join(words.lower().replace("-", " ").split())
    extra = 0.0
    for tail in (" and a half", " 1/2"):
        if w.endswith(tail):
            w, extra = w[: -len(tail)].strip(), 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return float(w.replace(",", ".")) + extra
    if w in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[w] + extra
    parts = w.split()
    if len(parts) == 2 and parts[0] in R.NUMBER_WORDS and parts[1] in R.NUMBER_WORDS:
        a, b = R.NUMBER_WORDS[parts[0]], R.NUMBER_WORDS[parts[1]]
        return (a * b if b in (100, 1000) else a + b) + extra
    return None


def unit_of(word: str) -> str:
    return R.UNITS[word.lower()]


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (5, year) → P5Y, (24, hour) → PT24H, (3, quarter) → P9M, (None, month) → PXM."""
    code = _TIMEX_UNIT[unit]
    time = code.startswith("T")
    if n is None:
        return f"PTX{code[1:]}" if time else f"PX{code}"
    if unit == "quarter":
        n, code = n * 3, "M"
    elif unit == "decade":
        n, code = n * 10, "Y"
    elif unit == "century":
        n, code = n * 100, "Y"
    if n != int(n):  # a half: 2.5 years → P2Y6M, 1.5 minutes → PT1M30S
        whole = int(n)
        sub = {"Y": ("M", 6), "M": ("D", 15), "D": ("H", 12), "W": ("D", 3), "TH": ("M", 30), "TM": ("S", 30)}.get(code)
        if sub:
            head = f"PT{whole}{code[1:]}" if time else f"P{whole}{code}"
            tail = f"{sub[1]}{sub[0]}"
            return head + ("T" + tail if code == "D" else tail) if whole else (
                f"PT{tail}" if time or code == "D" else f"P{tail}")
        n = round(n)
    return f"PT{int(n)}{code[1:]}" if time else f"P{int(n)}{code}"


# ---------------------------------------------------------------- calendar arithmetic
def unit_at(when: dt.date, unit: str, n: int = 0) -> DateValue | None:
    """The calendar ``unit`` holding ``when``, moved by ``n`` units."""
    if unit == "day":
        return V.day_of(when + dt.timedelta(days=n))
    if unit == "week":
        return V.week(when + dt.timedelta(weeks=n))
    if unit == "weekend":
        return V.weekend(when + dt.timedelta(weeks=n))
    if unit == "month":
        d = V.add_months(when, n)
        return V.month(d.year, d.month)
    if unit == "quarter":
        total = when.year * 4 + V.quarter_of(when) - 1 + n
        return V.quarter(total // 4, total % 4 + 1)
    if unit == "half":
        total = when.year * 2 + (when.month > 6) + n
        return V.half(total // 2, total % 2 + 1)
    if unit == "year":
        return V.year(when.year + n)
    if unit == "decade":
        return V.decade(when.year // 10 * 10 + 10 * n)
    if unit == "century":
        return V.century(when.year // 100 + n)
    return None


def shift_value(value: DateValue, unit: str, n: int) -> DateValue | None:
    """``value`` moved by ``n`` units, keeping its own precision where it is finer than a
    year and the unit is years ("the third quarter" a year earlier is last year's third quarter)."""
    if value.lo is None:
        return None
    p = value.precision
    if unit == "year" and p in ("quarter", "half", "month", "season", "day", "week"):
        when = V.safe_date(value.lo.year + n, value.lo.month, min(value.lo.day, 28))
        if when is None:
            return None
        if p == "season":
            return V.season(when.year, int(value.edtf.split("-")[1]))
        if p == "day":
            return V.day(value.lo.year + n, value.lo.month, value.lo.day) or V.day_of(when)
        return unit_at(when, p)
    if unit == "quarter" and p == "quarter":
        return unit_at(value.lo, "quarter", n)
    return unit_at(value.lo, unit, n)


def _unresolved(precision: str, n: int, unit: str) -> DateValue:
    if n == 0:
        return V.unresolved(precision, "REF")
    sign = "+" if n > 0 else "-"
    return V.unresolved(precision, f"REF{sign}{duration_value(abs(n), unit)}")


def _weekday(ref: dt.date, wd: int, n: int | None, future: bool) -> dt.date:
    """The day of week ``wd`` (1 Monday … 7 Sunday): last (n=-1), next (n=1), this week's (0),
    or (n=None) the nearest one in the tense of the sentence, the reference day itself included."""
    delta = wd - ref.isoweekday()
    if n == 0:
        return ref + dt.timedelta(days=delta)
    if n == -1 or (n is None and not future):
        back = (-delta) % 7
        return ref - dt.timedelta(days=back if back or n is None else 7)
    ahead = delta % 7
    return ref + dt.timedelta(days=ahead if ahead or n is None else 7)


def _time_on(day_value: DateValue | None, code: str, unresolved: str) -> DateValue:
    if day_value is None or day_value.lo is None:
        return V.time_of_day(f"{unresolved}T{code}")
    return V.as_resolved(V.time_of_day(f"{day_value.lo.isoformat()}T{code}"))


def _resolved(value: DateValue | None) -> DateValue | None:
    return V.as_resolved(value)


def _month_ok(m) -> bool:
    """A month name must be capitalised: "May" the month, not the verb "may"."""
    name = m.groupdict().get("month")
    return not name or name[0].isupper()


# ---------------------------------------------------------------- builders
def _present_today(m) -> bool:
    """ "Today the old mill houses a museum": a sentence that opens with "Today" and tells of
    the present (no past-tense word in its clause) means nowadays, not the reference day."""
    if m["qual"] or m["part"] or not R.TODAY_OPENING.match(m.string, m.start()):
        return False
    end = R.MAIN_CLAUSE_END.search(m.string, m.end())
    return not R.PAST_CUE.search(m.string, m.end(), end.start() if end else len(m.string))


def _b_deictic_day(m):
    if m["word"].lower() == "today" and _present_today(m):
        present = V.vague("PRESENT_REF")
        return lambda ref, focus, future: present
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["word"].lower()]
    part = "NI" if m["word"].lower() == "tonight" else R.DAY_PARTS.get((m["part"] or "").lower())

    def resolve(ref, focus, future):
        if ref is None:
            value = _unresolved("day", shift, "day")
            return V.time_of_day(f"{value.timex}T{part}") if part else value
        value = V.day_of(ref + dt.timedelta(days=shift))
        return _time_on(value, part, "") if part else _resolved(value)
    return resolve


def _b_this_day_part(m):
    word, part = m["shift"].lower(), R.DAY_PARTS[m["part"].lower()]
    if word == "last" and part != "NI":
        return None  # "last morning" is not said; "last evening" is rare and ambiguous
    shift = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[word]

    def resolve(ref, focus, future):
        if ref is None:
            return V.time_of_day(f"{_unresolved('day', shift, 'day').timex}T{part}")
        return _time_on(V.day_of(ref + dt.timedelta(days=shift)), part, "")
    return resolve


def _b_weekday(m):
    wd = R.WEEKDAYS[m["wd"].lower()]
    shift = R.SHIFT_WORDS.get(" ".join((m["shift"] or "").lower().split())) if m["shift"] else None
    part = R.DAY_PARTS.get((m["part"] or "").lower())
    return _weekday_resolver(wd, shift, part)


def _weekday_resolver(wd: int, shift: int | None, part: str | None):
    def resolve(ref, focus, future):
        if ref is None:
            value = V.unresolved("day", f"XXXX-WXX-{wd}")
            return V.time_of_day(f"{value.timex}T{part}") if part else value
        value = V.day_of(_weekday(ref, wd, shift, future))
        return _time_on(value, part, "") if part else _resolved(value)
    return resolve


def _b_clock_weekday(m):
    wd = R.WEEKDAYS[m["wd"].lower()]
    clock = "12:00" if m["clock"].lower() == "noon" else "24:00"

    def resolve(ref, focus, future):
        if ref is None:
            return V.time_of_day(f"XXXX-WXX-{wd}T{clock}")
        return _time_on(V.day_of(_weekday(ref, wd, None, future)), clock, "")
    return resolve


def _b_weekday_plural(m):
    wd = R.WEEKDAYS[m["wd"].lower()]
    part = R.DAY_PARTS.get((m["part"] or "").lower())
    value = V.recurrence(f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    return lambda ref, focus, future: value


def _b_every_unit(m):
    if not _month_ok(m):
        return None
    if m["unit"]:
        unit = unit_of(m["unit"])
        timex = "P3M" if unit == "quarter" else duration_value(1, unit)
    elif m["wd"]:
        timex = f"XXXX-WXX-{R.WEEKDAYS[m['wd'].lower()]}"
    elif m["month"]:
        timex = f"XXXX-{M.MONTHS[m['month'].lower()]:02d}"
    else:
        timex = "XXXX-" + {21: "SP", 22: "SU", 23: "FA", 24: "WI"}[M.SEASON_CODES[m["season"].lower()]]
    value = V.recurrence(timex)
    return lambda ref, focus, future: value


def _b_times_a_unit(m):
    value = V.recurrence(duration_value(1, unit_of(m["unit"])))
    return lambda ref, focus, future: value


def _b_set_adverb(m):
    value = V.recurrence(R.SET_ADVERBS[m["word"].lower()])
    return lambda ref, focus, future: value


_BACK = {"ago", "earlier", "before", "previously", "back"}
_FROM_REFERENCE = {"ago", "hence", "from now", "back"}


def _b_units_ago(m):
    unit = unit_of(m["unit"])
    direction = " ".join(m["dir"].lower().split())
    sign = -1 if direction in _BACK else 1
    n = number(m["n"]) if m["n"] else None
    if m["fuzzy"] or n is None or n != int(n) or unit in ("second", "minute", "hour", "weekend"):
        vague = V.vague("PAST_REF" if sign < 0 else "FUTURE_REF")
        return lambda ref, focus, future: vague
    steps = sign * int(n)
    from_reference = direction in _FROM_REFERENCE

    def resolve(ref, focus, future):
        if ref is None:  # no reference day: the expression stays relative (to it or to the focus)
            return _unresolved(unit, steps, unit)
        anchor = focus if focus is not None and focus.lo is not None and focus.precision in _CALENDAR else None
        if from_reference and anchor is not None:
            # "a year ago" in a report on a quarter: that quarter, a year back; else from the reference day
            same_time = ref is not None and anchor.precision in ("quarter", "half") and abs(anchor.lo.year - ref.year) <= 1
            anchor = anchor if same_time and unit == "year" else None
        if anchor is None:
            return _resolved(unit_at(ref, unit, steps))
        return _resolved(shift_value(anchor, unit, steps))
    return resolve


def _b_shifted_unit(m):
    if not _month_ok(m):
        return None
    shift = R.SHIFT_WORDS[" ".join(m["shift"].lower().split())]
    if m["sub"]:  # this year's third quarter
        if m["unit"].lower() != "year":
            return None
        q, sub = R.ORDINALS[m["ord"].lower()], m["sub"].lower()

        def resolve_sub(ref, focus, future):
            if ref is None:
                return _unresolved(sub, shift, "year")
            return _resolved(V.quarter(ref.year + shift, q) if sub == "quarter" else V.half(ref.year + shift, q))
        return resolve_sub
    if m["unit"]:
        unit = m["unit"].lower()

        def resolve_unit(ref, focus, future):
            if ref is None:
                return _unresolved(unit if unit != "weekend" else "week", shift, unit)
            return _resolved(unit_at(ref, unit, shift))
        return resolve_unit
    if m["month"]:
        mon = M.MONTHS[m["month"].lower()]

        def resolve_month(ref, focus, future):
            if ref is None:
                return V.unresolved("month", f"XXXX-{mon:02d}")
            if shift == 0:
                return _resolved(V.month(ref.year, mon))
            if shift < 0:
                return _resolved(V.month(ref.year if mon < ref.month else ref.year - 1, mon))
            return _resolved(V.month(ref.year if mon > ref.month else ref.year + 1, mon))
        return resolve_month
    code = M.SEASON_CODES[m["season"].lower()]

    def resolve_season(ref, focus, future):
        if ref is None:
            return V.unresolved("season", "XXXX-" + {21: "SP", 22: "SU", 23: "FA", 24: "WI"}[code])
        y = ref.year
        now = V.season(y, code)
        if shift < 0 and (now is None or now.lo >= ref.replace(day=1)):
            y -= 1
        elif shift > 0 and now is not None and now.lo <= ref:
            y += 1
        if code == 24 and ref.month <= 2 and shift == 0:
            y -= 1  # "this winter" in February began last December
        return _resolved(V.season(y, code))
    return resolve_season


def _b_month_shifted_year(m):
    if not _month_ok(m):
        return None
    mon = M.MONTHS[m["month"].lower()]
    shift = {"last": -1, "this": 0, "next": 1}[m["shift"].lower()]

    def resolve(ref, focus, future):
        if ref is None:
            return _unresolved("month", shift, "year")
        return _resolved(V.month(ref.year + shift, mon))
    return resolve


_YEAR_BACK_ADJ = {"year-ago", "year ago", "year-earlier", "year earlier", "corresponding", "comparable", "same"}
_STEP_BACK_ADJ = {"previous", "prior", "past"}


def _b_quarter(m):
    sub = m["sub"].lower()
    adjs = {" ".join(a.lower().split()) for a in re.findall(
        r"latest|current|fiscal|calendar|comparable|most\s+recent|year[- ]ago|year[- ]earlier|previous|prior|past"
        r"|flat|final|first|recent|just[- ]ended|corresponding", m.group(0)[: m.start("sub") - m.start()], re.I)}
    ordinal = (m["ord"] or "").lower()
    q = R.ORDINALS.get(ordinal) or (4 if ordinal in ("final", "last") and sub == "quarter" else None)
    if ordinal == "last" and sub == "half":
        q = 2
    if q is None and sub != "period" and "first" in adjs:  # "the first quarter" read as adjective+noun
        q = 1
    if sub == "half" and q not in (None, 1, 2):
        return None
    lead = (m["the"] or "").lower()
    year = int(m["year"]) if m["year"] else None
    if year is None and "year" in lead:
        year_shift = -1 if lead.startswith("last") else 1 if lead.startswith("next") else 0
    else:
        year_shift = None
    if q is None and not (lead or adjs) and year is None:
        return None  # "quarter" alone: a fourth of something
    if q is None and lead.strip() == "a" and not adjs:
        return None  # "a quarter of the shares"
    if sub == "period" and year is None and not (adjs - {"first", "final", "recent"}):
        return None  # "the period": any stretch of time
    back_year = bool(adjs & _YEAR_BACK_ADJ) and not ({"same"} & adjs and len(adjs) == 1)
    step_back = bool(adjs & _STEP_BACK_ADJ)
    current = bool({"current"} & adjs) or lead.startswith("this ")
    unit = "half" if sub == "half" else "quarter"
    keeps_focus = back_year or step_back

    def resolve(ref, focus, future):
        if year is not None:
            base = V.year(year) if q is None else (V.quarter(year, q) if unit == "quarter" else V.half(year, q))
            return _resolved(base) if base and (back_year or step_back) else base
        if ref is None:
            return V.unresolved(unit, f"XXXX-{'Q' if unit == 'quarter' else 'H'}{q or 'X'}")
        if q is not None:
            if year_shift is not None:
                y = ref.year + year_shift
            else:
                now = V.quarter_of(ref) if unit == "quarter" else (1 if ref.month <= 6 else 2)
                y = ref.year if q <= now or future else ref.year - 1
            if back_year:
                y -= 1
            return _resolved(V.quarter(y, q) if unit == "quarter" else V.half(y, q))
        # no ordinal: the quarter (or half) in focus, else the current or the last completed one
        if focus is not None and focus.precision == unit and not current:
            base = focus
        else:
            base = unit_at(ref, unit, 0 if current else -1)
        if back_year:
            base = shift_value(base, "year", -1)
        elif step_back:
            base = unit_at(base.lo, unit, -1)
        return _resolved(base)
    return resolve, not keeps_focus


def _b_year_ago_adjective(m):
    def resolve(ref, focus, future):
        if ref is None:
            return _unresolved("year", -1, "year")
        if focus is not None and focus.precision in ("quarter", "half", "month") and ref is not None \
                and abs(focus.lo.year - ref.year) <= 1:
            return _resolved(shift_value(focus, "year", -1))
        if ref is None:
            return _unresolved("year", -1, "year")
        return _resolved(V.year(ref.year - 1))
    return resolve


def _b_year_end(m):
    def resolve(ref, focus, future):
        if ref is None:
            return V.unresolved("day", "XXXX-12-31")
        return _resolved(V.day(ref.year, 12, 31))
    return resolve


def _b_the_unit(m):
    unit = m["unit"].lower()
    before = m.string[max(0, m.start() - 24):m.start()]
    if R.OF_BEFORE.search(before) and not R.OF_TEMPORAL.search(before):
        return None  # "the lesson of the decade": the unit of something, no date
    if (m["more"] or "").lower().startswith("or"):
        return None  # "the next year or so" is read by shifted_unit; "the year or so" is vague

    def resolve(ref, focus, future):
        if ref is None:
            return _unresolved(unit, 0, unit)
        return _resolved(unit_at(ref, unit))
    return resolve


def _b_duration(m):
    unit = unit_of(m["unit"])
    if m["fuzzy"]:
        n = None
    else:
        n = number(m["n"])
        if n is None or n <= 0:
            return None
        if m["n2"]:  # "the next 12 to 18 months": an unknown number of them
            n2 = number(m["n2"])
            n = n if unit in ("week", "day") and n2 is not None else None
    words = (m["n"] or "").lower()
    if m["unit"].lower() == "second" and words in ("a", "one") and R.ORDINAL_SECOND_AFTER.match(m.string, m.end()):
        return None  # "a second vote": the ordinal
    if words in ("a", "an", "one") and unit in ("year", "week", "month", "day") and not (m["dir"] or m["the"] or m["mod"]):
        pass  # "a year", "one week": a duration of one unit
    value = V.duration(duration_value(n, unit))
    return lambda ref, focus, future: value


def _b_plural_units(m):
    value = V.duration(duration_value(None, unit_of(m["unit"])))
    return lambda ref, focus, future: value


def _b_vague(m):
    value = V.vague(R.VAGUE[" ".join(m["word"].lower().split())])
    return lambda ref, focus, future: value


_TENS_VALUE = {w: 10 * (i + 2) for i, w in enumerate(R.TENS)}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _b_spelled_year(m):
    if m["lead2"]:
        y = 2000 + (R.NUMBER_WORDS[m["ones2"].lower()] if m["ones2"] else 0)
    else:
        hundreds = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["century"].lower()]
        tens = m["tens"].lower()
        rest = _TENS_VALUE.get(tens) or _TEENS.get(tens)
        if m["ones"]:
            if tens in _TEENS:
                return None
            rest += R.NUMBER_WORDS[m["ones"].lower()]
        y = hundreds * 100 + rest
    value = V.year(y)
    return lambda ref, focus, future: value


def _b_weekend(m):
    def resolve(ref, focus, future):
        if ref is None:
            return V.unresolved("week", "XXXX-WXX-WE")
        back = ref.isoweekday() < 6 and not future  # on a weekday, "the weekend" just passed
        return _resolved(V.weekend(ref - dt.timedelta(weeks=1) if back else ref))
    return resolve


# rules whose value counts from the date in focus: they never move it
_FROM_FOCUS = {"units_ago", "year_ago_adjective"}

_BUILDERS = {
    "weekend": _b_weekend,
    "deictic_day": _b_deictic_day,
    "this_day_part": _b_this_day_part,
    "weekday": _b_weekday,
    "clock_weekday": _b_clock_weekday,
    "weekday_plural": _b_weekday_plural,
    "every_unit": _b_every_unit,
    "times_a_unit": _b_times_a_unit,
    "set_adverb": _b_set_adverb,
    "units_ago": _b_units_ago,
    "shifted_unit": _b_shifted_unit,
    "month_shifted_year": _b_month_shifted_year,
    "quarter": _b_quarter,
    "year_ago_adjective": _b_year_ago_adjective,
    "year_end": _b_year_end,
    "the_unit": _b_the_unit,
    "duration": _b_duration,
    "plural_units": _b_plural_units,
    "vague": _b_vague,
    "spelled_year": _b_spelled_year,
}
assert set(_BUILDERS) == {p.name for p in R.RELATIVE_PATTERNS}, "every relative pattern needs a builder"
