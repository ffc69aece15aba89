"""The report page (flows/report_page.py): charts as inline SVG images, nothing from the network."""
import base64
import html
import re

import duckdb
import pytest

from flows.report_page import focus_window, render
from tests.small_warehouse import build
from warehouse.report import report_data
from warehouse.schema import apply_schema


@pytest.fixture
def data():
    con = duckdb.connect()
    build(con)
    yield report_data(con)
    con.close()


def test_focus_window_keeps_short_spans_whole():
    assert focus_window([1950, 1960, 1971], [1, 1, 1]) == (1950, 1971)


def test_focus_window_leaves_out_a_lone_far_year_and_faint_tails():
    years = [1600] + list(range(1940, 2022)) + list(range(2022, 2100))
    weights = [1.0] + [2.0] * 82 + [0.01] * 78
    assert focus_window(years, weights) == (1940, 2021)


def test_page_has_four_charts_and_needs_no_network(data):
    page = render(data, "corpus.duckdb")
    images = re.findall(r'<img class="chart" id="([\w-]+)" alt="[^"]*" src="data:image/svg\+xml;base64,([^"]+)"', page)
    assert [i for i, _ in images] == ["chart-timeline", "chart-authors", "chart-cleaning", "chart-quarantine"]
    for _, b64 in images:
        svg = base64.b64decode(b64).decode("utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg and len(svg) > 5000
        assert "http" not in svg.replace("http://www.w3.org", "").replace("http://purl.org", "").replace(
            "http://creativecommons.org", "").replace("https://matplotlib.org", "")
    outside = re.findall(r'(?:src|href)="(?!data:|#)[^"]*"|url\((?!data:)|@import', page)
    assert outside == []
    assert "Khan" not in page.split("<main>")[0]  # data sits in the body, not the head
    assert "bad/scan.pdf has no text layer" in page  # the latest reason, with what to do
    assert "<script" not in page


def test_the_same_data_gives_the_same_page(data):
    assert render(data, "x") == render(data, "x")


def test_an_empty_warehouse_says_so_instead_of_drawing():
    con = duckdb.connect()
    apply_schema(con)
    page = render(report_data(con), "empty.duckdb")
    assert "<img" not in page
    assert "No dated mentions yet." in page and "No file is quarantined." in page


# Each of these is malformed mathtext (matplotlib raised ValueError while drawing it) or
# valid mathtext that would be drawn as a formula instead of the title as printed.
MATH_LIKE = [r"Prices $\frac{1}{0}$ in 1901", r"Notes on $\foo$ and $\bar$", "Growth of $x^{2$ in 1901",
             "Costs of $5 and $10 a ton", r"A \$ and \\ odd title"]


@pytest.mark.parametrize("title", MATH_LIKE)
def test_titles_that_look_like_mathtext_are_drawn_as_text(title):
    con = duckdb.connect()
    build(con)
    con.execute("UPDATE documents SET title = ? WHERE doc_id = 'd1'", [title])
    con.execute("UPDATE citations SET authors = [?] WHERE doc_id = 'd1'", [title])
    con.execute("UPDATE artefacts SET rule = ? WHERE doc_id = 'd1'", [title])
    page = render(report_data(con), "corpus.duckdb")
    con.close()
    charts = re.findall(r'alt="([^"]*)"', page)
    assert sum(html.escape(title) in alt for alt in charts) == 2  # the authors and cleaning charts name it


def test_the_report_command_writes_a_page_for_a_mathtext_title(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        build(con)
        con.execute("UPDATE documents SET title = 'Notes on $\\foo$ in 1901' WHERE doc_id = 'd1'")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Notes on $\\foo$ in 1901" in out.read_text("utf-8")
