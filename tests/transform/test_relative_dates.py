"""Relative, vague, duration and set expressions: the spec, as (sentence, span, TIMEX3) tables.

Every sentence is invented.  The reference day is Thursday 8 January 1998 unless a row
says otherwise; TIMEX3 values follow the TimeML guidelines (TimeBank's conventions).
"""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from transform import relative_dates as RD
from transform.dates import tag_dates
from transform.patterns import relative_dates as R

REF = dt.date(1998, 1, 8)  # a Thursday


def find(sentence, ref=REF):
    return {m.raw: m for m in tag_dates([sentence], reference=ref)}


CASES = [
        # the reference day and its neighbours
        ("The council voted today on the budget.", "today", "DATE", "1998-01-08"),
        ("Prices slid yesterday after the report.", "yesterday", "DATE", "1998-01-07"),
        ("The ferry sails tomorrow at dawn.", "tomorrow", "DATE", "1998-01-09"),
        ("The minister spoke late yesterday to reporters.", "late yesterday", "DATE", "1998-01-07"),
        ("The mayor will speak tonight in the square.", "tonight", "TIME", "1998-01-08TNI"),
        ("A fire broke out this morning near the docks.", "this morning", "TIME", "1998-01-08TMO"),
        ("Two men were held last night after the match.", "last night", "TIME", "1998-01-07TNI"),
        # weekdays: the latest one in a report, the coming one when the sentence looks ahead
        ("The firm said Monday that sales had slipped.", "Monday", "DATE", "1998-01-05"),
        ("Officials confirmed the figures on Thursday.", "Thursday", "DATE", "1998-01-08"),
        ("The board will meet Friday to vote on it.", "Friday", "DATE", "1998-01-09"),
        ("The strike began last Friday in the mines.", "last Friday", "DATE", "1998-01-02"),
        ("Crowds gathered early Tuesday at the gate.", "early Tuesday", "DATE", "1998-01-06"),
        ("The vote came Wednesday night after a long debate.", "Wednesday night", "TIME", "1998-01-07TNI"),
        ("The polls close at 10 p.m. Tuesday in most states.", "10 p.m. Tuesday", "TIME", "1998-01-06T22:00"),
        ("The talks broke up at noon Monday.", "noon Monday", "TIME", "1998-01-05T12:00"),
        ("The club meets on Tuesdays in the old hall.", "Tuesdays", "SET", "XXXX-WXX-2"),
        ("It opened Saturday, January 3 to the public.", "Saturday, January 3", "DATE", "1998-01-03"),
        # this / last / next
        ("Output will rise this year in every region.", "this year", "DATE", "1998"),
        ("Output fell last year in every region.", "last year", "DATE", "1997"),
        ("The plant may close next month, workers fear.", "next month", "DATE", "1998-02"),
        ("Rates were cut last week by the bank.", "last week", "DATE", "1998-W01"),
        ("The fund grew earlier this month on new deposits.", "earlier this month", "DATE", "1998-01"),
        ("The merger should close early next year.", "early next year", "DATE", "1999"),
        ("Snow fell heavily last December in the hills.", "last December", "DATE", "1997-12"),
        ("Farmers hope for rain this summer.", "this summer", "DATE", "1998-SU"),
        ("Growth slowed over the past decade.", "the past decade", "DATE", "198"),  # TimeBank: the decade before this one
        ("The mill shut in June last year.", "June last year", "DATE", "1997-06"),
        ("Traffic was light over the weekend in the city.", "the weekend", "DATE", "1998-W01-WE"),
        # counted back or on
        ("The treaty was signed two years ago in the capital.", "two years ago", "DATE", "1996"),
        ("The same fair drew crowds three weeks ago.", "three weeks ago", "DATE", "1997-W51"),
        ("A fire gutted the hall 10 days ago.", "10 days ago", "DATE", "1997-12-29"),
        ("Rents rose five months ago across the town.", "five months ago", "DATE", "1997-08"),
        ("The hall was rebuilt a few years ago.", "a few years ago", "DATE", "PAST_REF"),
        # quarters and halves
        ("Net income fell in the third quarter of the year.", "the third quarter", "DATE", "1997-Q3"),
        ("The firm posted third-quarter losses.", "third-quarter", "DATE", "1997-Q3"),
        ("Exports rose in the second half on strong demand.", "the second half", "DATE", "1997-H2"),
        ("Sales will recover in the fourth quarter, the chief said he expects.", "the fourth quarter", "DATE", "1998-Q4"),
        ("Sales recovered in the fourth quarter.", "the fourth quarter", "DATE", "1997-Q4"),
        ("Orders were flat in the latest quarter.", "the latest quarter", "DATE", "1997-Q4"),
        ("Profit in the second quarter rose from the year-earlier quarter.",
         "the year-earlier quarter", "DATE", "1996-Q2"),
        ("Profit in the second quarter beat year-ago results.", "year-ago", "DATE", "1996-Q2"),
        ("Debts must be settled by year-end.", "year-end", "DATE", "1998-12-31"),
        ("Sales for the year rose by a tenth.", "the year", "DATE", "1998"),
        # yearless days: the latest such day, unless in the next two months
        ("The deal was struck on Nov. 25 in private.", "Nov. 25", "DATE", "1997-11-25"),
        ("Hearings resume on Feb. 3 before the panel.", "Feb. 3", "DATE", "1998-02-03"),
        # vague references
        ("Demand is now higher than supply.", "now", "DATE", "PRESENT_REF"),
        ("The clinic recently doubled its staff.", "recently", "DATE", "PAST_REF"),
        ("The port will grow in the near future.", "the near future", "DATE", "FUTURE_REF"),
        ("Prices are currently stable.", "currently", "DATE", "PRESENT_REF"),
        ("Today the old mill houses a museum.", "Today", "DATE", "PRESENT_REF"),  # present tense: nowadays
        ("Today the council voted to close it.", "Today", "DATE", "1998-01-08"),
        # durations
        ("The road took five years to finish.", "five years", "DURATION", "P5Y"),
        ("Stocks hit a four-year low on the news.", "four-year", "DURATION", "P4Y"),
        ("Markets swung wildly in the last twenty four hours.", "the last twenty four hours", "DURATION", "PT24H"),
        ("Sales rose in the first nine months.", "the first nine months", "DURATION", "P9M"),
        ("Talks lasted nearly two weeks.", "nearly two weeks", "DURATION", "P2W"),
        ("He paused for a second, then went on.", "a second", "DURATION", "PT1S"),
        ("The debt will be repaid over 2 1/2 years.", "over 2 1/2 years", "DURATION", "P2Y6M"),
        ("The bank was idle for several months.", "several months", "DURATION", "PXM"),
        ("The flight took more than four hours.", "more than four hours", "DURATION", "PT4H"),
        ("The pipe has leaked for decades.", "decades", "DURATION", "PXDE"),
        # sets
        ("The committee meets every week in the hall.", "every week", "SET", "P1W"),
        ("Inspectors visit twice a year.", "a year", "SET", "P1Y"),
        ("The market opens each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("Dues are paid annually by members.", "annually", "SET", "P1Y"),
        # spelled-out years
        ("The bridge opened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
]


@pytest.mark.parametrize("sentence, raw, timex_type, timex_value", CASES)
def test_relative(sentence, raw, timex_type, timex_value):
    found = find(sentence)
    assert raw in found, list(found)
    m = found[raw]
    assert (m.timex_type, m.timex_value) == (timex_type, timex_value)


@pytest.mark.parametrize("sentence, raw", [
    ("A second vote is planned after the consultation.", "A second"),  # the ordinal
    ("The council held a second meeting in the hall.", "a second"),
])
def test_ordinals_are_not_durations(sentence, raw):
    assert raw not in find(sentence)


@pytest.mark.parametrize(
    "sentence, raw, edtf, start, end",
    [
        ("Rates were cut last week by the bank.", "last week", "1997-12-29/1998-01-04", "1997-12-29", "1998-01-04"),
        ("Net income fell in the third quarter of the year.", "the third quarter", "1997-35", "1997-07-01", "1997-09-30"),
        ("Exports rose in the second half on strong demand.", "the second half", "1997-41", "1997-07-01", "1997-12-31"),
        ("Prices slid yesterday after the report.", "yesterday", "1998-01-07", "1998-01-07", "1998-01-07"),
    ],
)
def test_resolved_mentions_have_a_calendar_span(sentence, raw, edtf, start, end):
    """So that "everything in 1997-Q3" finds "the third quarter" too."""
    m = find(sentence)[raw]
    assert (m.edtf, m.date_start.isoformat(), m.date_end.isoformat()) == (edtf, start, end)
    assert m.resolved and m.calendar


@pytest.mark.parametrize(
    "sentence, raw, precision, timex_value",
    [
        ("Output fell last year in every region.", "last year", "year", "REF-P1Y"),
        ("The firm said Monday that sales had slipped.", "Monday", "day", "XXXX-WXX-1"),
        ("Prices slid yesterday after the report.", "yesterday", "day", "REF-P1D"),
        ("The treaty was signed two years ago in the capital.", "two years ago", "year", "REF-P2Y"),
    ],
)
def test_without_a_reference_date_relative_values_stay_relative(sentence, raw, precision, timex_value):
    """No reference day: never the run's clock; no EDTF, no days, not resolved."""
    m = find(sentence, ref=None)[raw]
    assert (m.precision, m.timex_value, m.edtf, m.date_start, m.resolved) == (precision, timex_value, None, None, False)
    assert not m.calendar


@pytest.mark.parametrize(
    "sentence",
    [
        "A quarter of the shares changed hands.",  # a fourth, not a period
        "She may decide the matter herself.",  # the verb, not the month
        "The period of the reign is disputed.",  # "the period" alone
        "He served in the year of the flood.",  # the_unit followed by "of"
    ],
)
def test_not_relative(sentence):
    assert not [m for m in find(sentence).values() if m.rule in ("quarter", "shifted_unit", "the_unit")], find(sentence)


def test_durations_sets_and_vague_references_are_not_calendar_mentions():
    found = find("For five years the fair has run every week, and now it closes.")
    assert {raw: m.calendar for raw, m in found.items()} == {"five years": False, "every week": False, "now": False}


def test_a_year_earlier_counts_from_the_quarter_in_focus():
    found = find("Profit rose in the third quarter of 1997 from $5 million a year earlier.")
    assert found["a year earlier"].timex_value == "1996-Q3"


@pytest.mark.parametrize("name", [p.name for p in R.RELATIVE_PATTERNS])
def test_every_pattern_has_an_example_above(name):
    """Each rule is shown at work in CASES (its name is the ``rule`` of what it finds)."""
    rules = {find(sentence)[raw].rule for sentence, raw, _, _ in CASES if raw in find(sentence)}
    assert name in rules, sorted(str(r) for r in rules)


@pytest.mark.parametrize("words, value", [("two", 2), ("twenty four", 24), ("twenty-four", 24), ("2 1/2", 2.5),
                                          ("a", 1), ("a couple of", 2), ("a hundred", 100), ("two thousand", 2000)])
def test_number(words, value):
    assert RD.number(words) == value


@pytest.mark.parametrize("n, unit, value", [(5, "year", "P5Y"), (24, "hour", "PT24H"), (3, "quarter", "P9M"),
                                            (None, "month", "PXM"), (2.5, "year", "P2Y6M"), (1.5, "minute", "PT1M30S"),
                                            (2, "decade", "P20Y")])
def test_duration_value(n, unit, value):
    assert RD.duration_value(n, unit) == value


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("abc 0123456789-,.:'") + ["last ", "week", "Friday", "ago", "two ", "years",
                                                                  "the ", "quarter", "now", "Today ", "May "]),
                max_size=40).map("".join),
       st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))))
def test_never_raises_and_spans_are_exact(text, ref):
    for m in tag_dates([text], reference=ref):
        assert text[m.start:m.end] == m.raw
        assert m.timex_type in ("DATE", "TIME", "DURATION", "SET")
