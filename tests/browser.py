"""Headless Chromium for tests that look at the HTML report (skipped without Chromium).

The browser runs with its network resolver pointed nowhere, so a page that
renders here needs no network.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # no network but this machine
]

# Run after the page (and its images) loaded: write what the charts look like into the DOM.
PROBE = """<script>
window.addEventListener('load', () => {
  const charts = [...document.querySelectorAll('img.chart, svg')].map(e => {
    const r = e.getBoundingClientRect();
    return {id: e.id, tag: e.tagName.toLowerCase(), complete: e.complete === undefined ? true : e.complete,
            natural_w: e.naturalWidth || 0, natural_h: e.naturalHeight || 0, w: r.width, h: r.height};
  });
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(charts);
  document.body.appendChild(pre);
});
</script>"""


def chromium_or_skip() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); browser checks are skipped")
    return CHROMIUM


def _run(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    profile = tempfile.mkdtemp(prefix="cruftless-chromium-")
    try:
        return subprocess.run([str(chromium_or_skip()), *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page: Path | str, png: Path, width: int = 1200, height: int = 2400, budget_ms: int | None = None) -> Path:
    """A PNG of ``page`` (a file, or a URL) as headless Chromium renders it."""
    wait = [f"--virtual-time-budget={budget_ms}"] if budget_ms else []
    proc = _run([*wait, f"--window-size={width},{height}", f"--screenshot={png}", _address(page)])
    assert png.exists() and png.stat().st_size > 0, f"no screenshot: {proc.stderr[-2000:]}"
    return png


SCREENSHOTS = Path(__file__).resolve().parents[1] / "samples" / "screenshots"


def keep_screenshot(request, png: Path, name: str) -> None:
    """With ``--update-screenshots``, the README's copy of ``png`` is replaced by it."""
    if request.config.getoption("--update-screenshots"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, SCREENSHOTS / name)


def _address(page: Path | str) -> str:
    return page if isinstance(page, str) else page.resolve().as_uri()


def rendered_text(page: Path | str, budget_ms: int = 5000) -> tuple[str, "lxml.html.HtmlElement"]:  # noqa: F821
    """The visible text of ``page`` (a file, or a URL) after Chromium rendered it (scripts
    ran), and the rendered DOM with scripts and styles removed: text counts only if the page
    shows it."""
    import lxml.html

    proc = _run([f"--virtual-time-budget={budget_ms}", "--window-size=1280,2000", "--dump-dom", _address(page)])
    assert proc.returncode == 0 and "<body" in proc.stdout, proc.stderr[-2000:]
    dom = lxml.html.fromstring(proc.stdout)
    for element in dom.xpath("//script | //style | //noscript"):
        element.drop_tree()
    return " ".join(dom.text_content().split()), dom


def rendered_charts(page: Path) -> list[dict]:
    """Each chart element (img.chart or svg) with its drawn and natural size, from the live DOM."""
    probe = page.with_name(page.stem + "-probe.html")
    probe.write_text(page.read_text("utf-8").replace("</body>", PROBE + "</body>"), "utf-8")
    proc = _run(["--virtual-time-budget=10000", "--window-size=1200,2400", "--dump-dom", probe.resolve().as_uri()])
    found = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert found, f"the page did not finish loading: {proc.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


def colour_counts(png: Path) -> Counter:
    """How many pixels of each RGB colour the screenshot holds."""
    from PIL import Image

    with Image.open(png) as im:
        rgb = im.convert("RGB")
        return Counter(getattr(rgb, "get_flattened_data", rgb.getdata)())  # Pillow 13 renamed getdata


def hex_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))
