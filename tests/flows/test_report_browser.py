"""The report as a browser shows it: headless Chromium, no network, screenshot and live DOM.

Skipped when /usr/bin/chromium is absent.
"""
from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from flows.report_page import PALETTE
from tests.browser import chromium_or_skip, colour_counts, hex_rgb, rendered_charts, screenshot
from tests.small_warehouse import build

CHARTS = ["chart-timeline", "chart-authors", "chart-cleaning", "chart-quarantine"]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    chromium_or_skip()
    root = tmp_path_factory.mktemp("report")
    db = root / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        build(con)
    from flows.cli import app

    out = root / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_every_chart_loads_and_has_a_size(page):
    charts = rendered_charts(page)
    images = [c for c in charts if c["tag"] == "img"]
    assert [c["id"] for c in images] == CHARTS
    for c in images:
        assert c["complete"], c
        assert c["natural_w"] > 300 and c["natural_h"] > 100, c   # the SVG decoded
        assert c["w"] > 300 and c["h"] > 100, c                   # and is laid out at a readable size


def test_the_screenshot_shows_the_charts(page, tmp_path):
    png = screenshot(page, tmp_path / "report.png")
    colours = colour_counts(png)
    total = sum(colours.values())
    background, share = colours.most_common(1)[0][0], colours.most_common(1)[0][1] / total
    assert share < 0.9, f"mostly one colour {background}: a blank page?"
    assert len(colours) > 100                                # text, antialiased shapes, bars
    # The bar colours appear only inside the charts (the page's own styles are greys).
    assert colours[hex_rgb(PALETTE[0])] > 1000                # timeline / authors bars
    assert colours[hex_rgb(PALETTE[3])] > 300                 # the quarantine bars
