"""The date tagger's spec, as tables of (sentence, expected mention).

Every sentence here is invented; each mirrors a shape met in real documents.
"""
import datetime as dt
import doctest
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import transform.dates
from transform.dates import tag_dates

D = dt.date
PRECISIONS = {"day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "range", "time"}
QUALIFIERS = {None, "early", "mid", "late", "approximate"}
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def tag(*paragraphs, exclude=None):
    """The calendar mentions (what date_mentions holds): durations, sets and vague
    references are specified in test_relative_dates.py."""
    return [m for m in tag_dates(list(paragraphs), exclude) if m.calendar]


def only(sentence):
    """The one mention in ``sentence``."""
    found = tag(sentence)
    assert len(found) == 1, [m.raw for m in found]
    return found[0]


# ---------------------------------------------------------------- forms
@pytest.mark.parametrize(
    "sentence, raw, edtf, precision",
    [
        # days
        ("The accord was signed on November 21, 2014 in the capital.", "November 21, 2014", "2014-11-21", "day"),
        ("Talks collapsed on 21 December 1991 after a week.", "21 December 1991", "1991-12-21", "day"),
        ("Members must reply before 1st May 2021 at the latest.", "1st May 2021", "2021-05-01", "day"),
        ("The ship left harbour on the 3rd of March 1957 at dawn.", "3rd of March 1957", "1957-03-03", "day"),
        ("The report is dated Nov. 3rd, 1999 on its cover.", "Nov. 3rd, 1999", "1999-11-03", "day"),
        ("The minutes dated 29.04.2016 were filed.", "29.04.2016", "2016-04-29", "day"),
        ("The survey closed on 1957-03-03 in every district.", "1957-03-03", "1957-03-03", "day"),
        ("The ledger entry of 2018.04.05 survives.", "2018.04.05", "2018-04-05", "day"),
        ("A memo dated 25/12/2016 was found.", "25/12/2016", "2016-12-25", "day"),
        ("A memo dated 12/25/2016 was found.", "12/25/2016", "2016-12-25", "day"),
        ("Policy hardened after 9/11 across the region.", "9/11", "2001-09-11", "day"),
        # months, seasons, quarters, fiscal years
        ("The mill closed in December 1991 for good.", "December 1991", "1991-12", "month"),
        ("The mill closed in December, 1991 for good.", "December, 1991", "1991-12", "month"),
        ("Planting began in Spring 1957 on the estate.", "Spring 1957", "1957-21", "season"),
        ("They met by the lake in the summer of 1962.", "summer of 1962", "1962-22", "season"),
        ("Revenue rose in Q3 2021 across the region.", "Q3 2021", "2021-35", "quarter"),
        ("Sales fell in the third quarter of 2008 everywhere.", "third quarter of 2008", "2008-35", "quarter"),
        ("The budget for FY2019 was cut.", "FY2019", "2019", "year"),
        ("In fiscal year 2019 the agency spent more.", "fiscal year 2019", "2019", "year"),
        # years and ranges of years
        ("The dam was finished in 1954 by local crews.", "1954", "1954", "year"),
        ("In the year 2018 the port reopened.", "2018", "2018", "year"),
        ("Mediators arrived before the 1965 war began.", "1965", "1965", "year"),
        ("In 1453 the city walls fell.", "1453", "1453", "year"),
        ("The drought of 1992-1995 emptied the wells.", "1992-1995", "1992/1995", "range"),
        ("Rationing lasted from 1947–1949 in the towns.", "1947–1949", "1947/1949", "range"),
        ("Output doubled between 1961 and 1965 in the mills.", "between 1961 and 1965", "1961/1965", "range"),
        ("The blockade ran from 1947 to 1989 with pauses.", "1947 to 1989", "1947/1989", "range"),
        ("Veterans of the 1914-18 war gathered.", "1914-18", "1914/1918", "range"),
        ("Gate receipts for the 2019/20 season fell.", "2019/20", "2019/2020", "range"),
        ("The FY 2019-20 budget was passed.", "FY 2019-20", "2019/2020", "range"),
        # ranges inside a month or across months
        ("The conference met on 3-5 July, 1994 in the old hall.", "3-5 July, 1994", "1994-07-03/1994-07-05", "range"),
        ("The festival ran 12–14 June 1972 on the green.", "12–14 June 1972", "1972-06-12/1972-06-14", "range"),
        ("The fair ran July 3-5, 1994 on the quay.", "July 3-5, 1994", "1994-07-03/1994-07-05", "range"),
        ("Floods struck in March-April 1954 along the river.", "March-April 1954", "1954-03/1954-04", "range"),
        ("Work stopped from 30 June to 2 July 1994 at the yard.",
         "30 June to 2 July 1994", "1994-06-30/1994-07-02", "range"),
        ("The strike lasted from December 1979 – February 1980 in the pits.",
         "December 1979 – February 1980", "1979-12/1980-02", "range"),
        ("Trading was halted 30 December 1999 – 2 January 2000 for the switch.",
         "30 December 1999 – 2 January 2000", "1999-12-30/2000-01-02", "range"),
        ("Shipments stopped between January and March 2020 in both ports.",
         "between January and March 2020", "2020-01/2020-03", "range"),
        # open ranges
        ("Relations with the neighbours (1990-to date) have improved.", "1990-to date", "1990/..", "range"),
        ("The archive has grown from 2005 onwards.", "2005", "2005", "year"),
        ("He has chaired the board from May 2019 to the present.", "May 2019 to the present", "2019-05/..", "range"),
        # decades and centuries
        ("Prices were stable in the 1990s for most goods.", "1990s", "199X", "decade"),
        ("Prices were stable in the 1970's for most goods.", "1970's", "197X", "decade"),
        ("Synthesisers took over in the '80s.", "'80s", "198X", "decade"),
        ("Vinyl came back in the late 70s among collectors.", "late 70s", "197X", "decade"),
        ("Protest songs filled the late sixties with noise.", "late sixties", "196X", "decade"),
        ("Suburbs spread in the mid-1980s around the city.", "mid-1980s", "198X", "decade"),
        ("Markets boomed in the 2000s for exporters.", "2000s", "200X", "decade"),
        ("Wages rose from the 1960s to the 1980s in the valley.", "1960s to the 1980s", "196X/198X", "range"),
        ("Rents soared in the 1960s-70s in the capital.", "1960s-70s", "196X/197X", "range"),
        ("Coal kept its place from the 1950s onwards.", "1950s", "195X", "decade"),
        ("Railways reshaped trade in the 19th century everywhere.", "19th century", "18", "century"),
        ("The challenges of the 21st Century are new.", "21st Century", "20", "century"),
        ("Art of the twentieth century filled the hall.", "twentieth century", "19", "century"),
        ("Mills were built across the valley in the 1900s.", "1900s", "19", "century"),
        ("Borders moved in the early 1800s and again later.", "early 1800s", "18", "century"),
        ("Caravans crossed the steppe in the mid-1800 period.", "mid-1800", "18", "century"),
        ("Cities grew in the 20th and 21st centuries alike.", "20th and 21st centuries", "19/20", "range"),
        ("Grain prices doubled in 1846-7 across the county.", "1846-7", "1846/1847", "range"),
        ("The fair ran 23 to 27 November with no year given.", "23 to 27 November", "XXXX-11-23/XXXX-11-27", "range"),
        # qualified years
        ("The merger was agreed in early 2020 by both boards.", "early 2020", "2020", "year"),
        ("Back in late 2009 the shop still made money.", "late 2009", "2009", "year"),
        # times of day
        ("The session opened at 11:56 am sharp.", "11:56 am", None, "time"),
        ("The polls closed at 5 p.m. in every ward.", "5 p.m.", None, "time"),
        ("The launch window opens at 14:30 GMT tomorrow.", "14:30 GMT tomorrow", None, "time"),  # the day joins the clock time
        ("Sales stopped from 16:00 onwards on match days.", "16:00", None, "time"),
    ],
)
def test_form(sentence, raw, edtf, precision):
    m = only(sentence)
    assert (m.raw, m.edtf, m.precision) == (raw, edtf, precision)
    assert sentence[m.start:m.end] == raw


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("The mill closed in December 1991 for good.", D(1991, 12, 1), D(1991, 12, 31)),
        ("Rent was due in February 2000 as usual.", D(2000, 2, 1), D(2000, 2, 29)),
        ("Winter 1941 was the harshest in memory.", D(1941, 12, 1), D(1942, 2, 28)),
        ("Revenue rose in Q3 2021 across the region.", D(2021, 7, 1), D(2021, 9, 30)),
        ("Prices were stable in the 1990s for most goods.", D(1990, 1, 1), D(1999, 12, 31)),
        ("The challenges of the 21st Century are new.", D(2000, 1, 1), D(2099, 12, 31)),
        ("The conference met on 3-5 July, 1994 in the old hall.", D(1994, 7, 3), D(1994, 7, 5)),
        ("Relations with the neighbours (1990-to date) have improved.", D(1990, 1, 1), None),
        ("The session opened at 11:56 am sharp.", None, None),
    ],
)
def test_first_and_last_day(sentence, start, end):
    m = only(sentence)
    assert (m.date_start, m.date_end) == (start, end)


def test_an_ambiguous_numeric_day_keeps_both_readings():
    m = only("A note dated 04/05/2016 was found.")
    assert (m.edtf, m.precision, m.date_start, m.date_end) == (
        "[2016-04-05,2016-05-04]", "day", D(2016, 4, 5), D(2016, 5, 4))


# ---------------------------------------------------------------- qualifiers
@pytest.mark.parametrize(
    "sentence, raw, qualifier",
    [
        ("The merger was agreed in early 2020 by both boards.", "early 2020", "early"),
        ("Vinyl came back in the late 70s among collectors.", "late 70s", "late"),
        ("Suburbs spread in the mid-1980s around the city.", "mid-1980s", "mid"),
        ("Harvest starts in early August each year since 1990.", "1990", None),
        ("The fort was built around approximately 1600 by traders.", "1600", "approximate"),
        ("The border was settled by almost 1992 in practice.", "1992", "approximate"),
        ("The chapel dates from c. 1850 on the evidence.", "1850", "approximate"),
        ("The mission stayed there around 1992-1995 in all.", "1992-1995", "approximate"),
        ("The budget for FY2019 was cut.", "FY2019", "approximate"),
    ],
)
def test_qualifier(sentence, raw, qualifier):
    mentions = {m.raw: m for m in tag(sentence)}
    assert mentions[raw].qualifier == qualifier


# ---------------------------------------------------------------- context
@pytest.mark.parametrize(
    "paragraphs, raw, edtf",
    [
        (["The treaty was signed on May 7, 1949, and a visit was planned for October of that year."],
         "October of that year", "1949-10"),
        (["In 1956 the envoy arrived.", "The reception in August was lavish."], "August", "1956-08"),
        (["Troops must leave before 1st May 2021.", "The deal was signed in early 2020.",
          "Whether they leave by 1st May is unclear."], "1st May", "2021-05-01"),
        (["The plan was drafted in 1972.", "It was approved in March of the following year."],
         "March of the following year", "1973-03"),
        (["Elections were held in January and March 2020."], "January", "2020-01"),
        (["The dam opened in 1962.", "Repairs began on 5 June and ended in 1964."], "5 June", "1962-06-05"),
        (["The fair of 1998 moved to the quay.", "It ran 23 to 27 November."], "23 to 27 November",
         "1998-11-23/1998-11-27"),
        (["The talks of 1972 resumed on January 23-25 in Geneva."], "January 23-25", "1972-01-23/1972-01-25"),
        (["In 1751, a short year, the courts sat from 25 March to 31 December."], "25 March to 31 December",
         "1751-03-25/1751-12-31"),
        (["Lambing in 1990 ran from December to February."], "December to February", "1990-12/1991-02"),
        (["Exports from the port fell in 2021.", "Cargo rose in the April-June quarter."], "April-June", "2021-04/2021-06"),
    ],
)
def test_year_from_context(paragraphs, raw, edtf):
    mentions = {m.raw: m for m in tag(*paragraphs)}
    assert (mentions[raw].edtf, mentions[raw].inferred_year) == (edtf, True)


@pytest.mark.parametrize(
    "paragraphs, published, raw, edtf",
    [
        # a dated document (news, post, letter) speaks of its own year ...
        (["Flows fell to their lowest level since 1976.", "From 1 April the charge rises."], 2019, "1 April", "2019-04-01"),
        (["The crisis began in mid-2021. Britain capped prices from October 1."], 2022, "October 1", "2022-10-01"),
        (["A survey ran from 3 to 28 September 2018.", "Other work.", "Results were published in January."],
         2019, "January", "2019-01"),
        # ... unless the same sentence names a year, or a nearby paragraph dates a day in full
        (["Britain switched in 1752, and the day after 2 September was 14 September."], 2021, "2 September", "1752-09-02"),
        (["March 2022 was the wettest since records began in 1901, and the river peaked in May."], 2023, "May", "2022-05"),
        (["The canal opened on 17 November 1869.", "Ships loaded between December and March."], 2018,
         "between December and March", "1869-12/1870-03"),
        (["The plan was drafted in 1972.", "It was approved in March of the following year."], 2020,
         "March of the following year", "1973-03"),
    ],
)
def test_year_from_the_documents_own_date(paragraphs, published, raw, edtf):
    mentions = {m.raw: m for m in tag_dates(paragraphs, context_year=published)}
    assert (mentions[raw].edtf, mentions[raw].inferred_year) == (edtf, True)


def test_a_day_with_no_year_anywhere_is_reported_without_inventing_one():
    m = only("The committee met on 5 May to review the tolls.")
    assert (m.raw, m.edtf, m.date_start, m.date_end, m.inferred_year) == ("5 May", "XXXX-05-05", None, None, False)


def test_a_bare_month_with_no_year_anywhere_is_left_out():
    assert tag("The rains came in August and the roads flooded.") == []


def test_context_flows_in_reading_order_across_paragraphs():
    found = tag("In 1988 the mill was sold.", "Nothing here.", "By June it had closed.")
    assert [(m.para_no, m.raw, m.edtf) for m in found] == [(0, "1988", "1988"), (2, "June", "1988-06")]


# ---------------------------------------------------------------- not dates
@pytest.mark.parametrize(
    "sentence",
    [
        "The Druzhbha-2016 drill used Mi-35 helicopters and T-90 tanks.",
        "A Boeing 747 landed just as Resolution 242 was read out.",
        "The article was viewed 2,910 times.",
        "The grant of 350 million rupees bought 16,500 tons of grain.",
        "The fee was £1,960 per term, or £1960 for early payers.",
        "The figures are on pp. 1971-1985 of the annex.",
        "The hardback is ISBN 978-1-4028-1992-6 from the press.",
        "Drive along Route 66 for a while.",
        "The lease ran 25 years, and two years later the farm was sold.",
        "Veterans of World War 2 and of the 2nd world war met.",
        "Over 1500 soldiers marched 2000 km to the coast.",
        "The sample was N = 1990 respondents.",
        "She wrote a 2000-word essay on 1500°C furnaces.",
        "The office is at 1909 Juniper Drive near the station.",
        "The temple dates to 500 BC by most accounts.",
        "The old server still runs Windows 2000.",
        "In his late 70s he still rowed every morning.",
        "Most of the members were in their sixties.",
        "Theresa May said the unions may march again.",
        "The minister wrote to May, and Smith and May replied.",
        "The August committee met without a quorum.",
        "Covid-19 closed the G-20 summit early.",
        "Costs rose by 60-70 % and by $600-700 million.",
        "May 5 people join the board? March 3 miles north.",
        "The garrison grew from 1500 to 2000 troops.",
        "Over 2000 came, and in the end 1600 stayed.",
        "Call +1 202 555 1990 or read ISO 9001:2015 first.",
    ],
)
def test_not_a_date(sentence):
    assert [m.raw for m in tag(sentence)] == []


def test_years_inside_excluded_citations_are_not_reported():
    text = "Growth slowed (Amin, 2016) after the crisis of 2014."
    a = text.index("(Amin")
    found = tag(text, exclude={0: [(a, a + len("(Amin, 2016)"))]})
    assert [m.raw for m in found] == ["2014"]


def test_an_excluded_span_cuts_a_date_short():
    text = "Talks began in March-April 1954 (Lee, 1990)."
    a = text.index("(Lee")
    found = tag(text, exclude={0: [(a, a + 11)]})
    assert [(m.raw, m.edtf) for m in found] == [("March-April 1954", "1954-03/1954-04")]


def test_malformed_exclusions_are_ignored():
    text = "The dam was finished in 1954."
    for exclude in ({0: [(5, 2)]}, {0: [("a", "b")]}, {0: None}, {3: [(0, 99)]}, {0: [(0,)]}):
        assert [m.raw for m in tag(text, exclude=exclude)] == ["1954"]


def test_docstring_examples():
    assert doctest.testmod(transform.dates).failed == 0


# ---------------------------------------------------------------- invariants
_TOKENS = ["1990", "1992-1995", "May", "March", "1st", "3", "of", "the", "late", "early", "mid-", "s", "'",
           "70s", "9/11", "to", "and", "between", "-", "–", ",", ".", " ", " ", "century", "21st", "Q3",
           "FY", "2019", "11:56", "am", "date", "onwards", "approximately", "(", ")", "spring", "/", "04",
           "29.04.2016", "1800", "0", "2", "sixties", "that", "year", "following", "£", "%", "pp.", "Route"]
_datey_text = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)
_paragraphs = st.lists(st.one_of(st.text(max_size=80), _datey_text), max_size=6)
_exclude = st.dictionaries(st.integers(-2, 8), st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)),
                                                        max_size=3), max_size=4)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_paragraphs, _exclude)
def test_invariants(paragraphs, exclude):
    for m in tag_dates(paragraphs, exclude):
        text = paragraphs[m.para_no]
        assert 0 <= m.start < m.end <= len(text)
        assert m.raw == text[m.start:m.end]
        assert m.qualifier in QUALIFIERS
        if m.date_start is not None and m.date_end is not None:
            assert m.date_start <= m.date_end
        if m.calendar:  # a date_mentions row
            assert m.precision in PRECISIONS
            assert (m.edtf is None) == (m.precision == "time")
        else:  # a time_expressions row: no calendar span
            assert (m.edtf, m.date_start, m.date_end) == (None, None, None)
            assert m.timex_value and m.timex_type in ("DATE", "TIME", "DURATION", "SET")
        spans = [(a, b) for a, b in exclude.get(m.para_no, []) if a < b]
        assert not any(a < m.end and m.start < b for a, b in spans)


@given(st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=20)), max_size=4))
def test_never_raises_on_odd_input(paragraphs):
    tag_dates(paragraphs)


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_DAY_FORMS = [
    lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day}{'th' if 4 <= d.day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"
              f" of {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=D(1000, 1, 1), max_value=D(2099, 12, 31)), st.sampled_from(_DAY_FORMS))
def test_any_written_day_comes_back_exactly(day, form):
    written = form(day)
    m = only(f"The hearing took place on {written} in the old hall.")
    assert (m.raw, m.edtf, m.date_start, m.date_end) == (written, day.isoformat(), day, day)


@settings(max_examples=200, deadline=None)
@given(st.integers(1500, 2099), st.integers(1, 12))
def test_any_written_month_comes_back_exactly(year, month):
    m = only(f"Prices fell in {_MONTH_NAMES[month - 1]} {year} across the region.")
    assert (m.edtf, m.precision) == (f"{year}-{month:02d}", "month")


# ---------------------------------------------------------------- the seeds
@pytest.fixture(scope="module")
def seed_figures():
    if not (SHARED / "seeds-gold").is_dir():
        pytest.skip(f"{SHARED} is not here: seed acceptance needs ../shared")
    spec = importlib.util.spec_from_file_location("dates_quality", REPO / "bench" / "dates_quality.py")
    bench = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    cases = bench.load_cases(SHARED)
    return bench.evaluate(cases, bench.cruftless_rows, bench.load_scorer(SHARED))


def test_seed_date_spans(seed_figures):
    assert seed_figures["f1"] >= 0.98, seed_figures["details"]


def test_seed_date_values(seed_figures):
    assert seed_figures["value_accuracy"] >= 0.97, seed_figures["details"]


def test_seed_has_no_not_date_false_positives(seed_figures):
    assert seed_figures["not_date_fp"] == 0, seed_figures["details"]


def test_plans_named_with_a_year_are_not_dates():
    found = [m.raw for m in tag_dates(["Kenya Vision 2030 and Agenda 2063 set targets for 2030."])]
    assert found == ["2030"]


def test_a_span_of_clock_times():
    found = tag("Outdoor work stopped between 12:00 and 16:00 on red-alert days, not between 1:2 and 3:4 ratios.")
    assert [(m.raw, m.precision) for m in found] == [("12:00", "time"), ("16:00", "time")]


def test_tagging_time_grows_linearly_with_text_length():
    """One long line full of dates (overlap settling used to be quadratic in candidates)."""
    import time

    unit = "On 3 May 1962, and last Friday, sales rose 5% in the third quarter of 1990 after five years; "
    timings = []
    for copies in (300, 1200):
        text = unit * copies
        t0 = time.process_time()
        tag_dates([text], reference=D(2000, 1, 1))
        timings.append(time.process_time() - t0)
    assert timings[1] < 4 * timings[0] * 1.8 + 0.5, timings  # 4x the text: well under 16x the time
