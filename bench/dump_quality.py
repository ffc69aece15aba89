"""Text-dump cleaning on sites nobody here has tuned for.

A scraper that saves a page's whole visible text (menus, teasers, footer and
all) is one of cruftless's inputs.  This script turns each page of
../shared/bench/html-dev into such a dump, cleans it as a ``.txt`` document
(transform only: rules, learned-nothing, page-chrome density, front matter),
and scores both the raw dump and the cleaned body with the benchmark's own
scorer against the human-marked article text.

    .venv/bin/python bench/dump_quality.py [--shared DIR]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract.html import decode_html, parse_html  # noqa: E402
from transform.model import RawDocument  # noqa: E402
from transform.document import clean_document  # noqa: E402
from transform.model import Block  # noqa: E402

BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section", "article",
    "header", "footer", "nav", "aside", "blockquote", "ul", "ol", "table", "form", "figure", "figcaption",
    "main", "dd", "dt", "pre", "address", "caption",
}
INVISIBLE = {"script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select", "option"}


def page_dump(data: bytes) -> str:
    """The page's visible text, one line per block element (what a simple scraper saves)."""
    text, _ = decode_html(data)
    tree = parse_html(text)
    if tree is None:
        return ""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in INVISIBLE:
            return
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in BLOCK_TAGS:
            parts.append("\n")

    walk(tree)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n\n".join(line for line in lines if line)).strip()


def score(scorer: Path, pred: Path, truth: Path) -> str:
    out = subprocess.run([sys.executable, str(scorer), "--pred", str(pred), "--truth", str(truth)],
                         capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.startswith("SUMMARY")][-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    pages_dir = args.shared / "bench" / "html-dev" / "pages"
    truth = args.shared / "bench" / "html-dev" / "ground-truth.json"
    scorer = args.shared / "tools" / "score_text.py"
    if not pages_dir.is_dir():
        print(f"{pages_dir} not found: nothing to measure (pass --shared DIR)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        raw_dir, clean_dir = Path(tmp, "raw_dump"), Path(tmp, "cruftless")
        raw_dir.mkdir()
        clean_dir.mkdir()
        pages = sorted(pages_dir.glob("*.html"))
        seconds = 0.0
        for page in pages:
            dump = page_dump(page.read_bytes())
            (raw_dir / f"{page.stem}.txt").write_text(dump, encoding="utf-8")
            t0 = time.perf_counter()
            doc = clean_document(RawDocument(f"{page.stem}.txt", "txt", (Block(dump),)))
            seconds += time.perf_counter() - t0
            (clean_dir / f"{page.stem}.txt").write_text(doc.body_text, encoding="utf-8")
        print(f"html-dev as whole-page text dumps: {len(pages)} pages")
        for name, folder in (("raw dump", raw_dir), ("cruftless", clean_dir)):
            fields = dict(kv.split("=", 1) for kv in score(scorer, folder, truth).split()[1:])
            print(f"{name:10}  bench_P {fields['bench_P']}  bench_R {fields['bench_R']}  bench_F1 {fields['bench_F1']}")
        print(f"cleaning: {len(pages) / seconds:.1f} dumps/s ({seconds / len(pages) * 1000:.0f} ms each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
