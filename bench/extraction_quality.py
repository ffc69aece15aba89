#!/usr/bin/env python3
"""HTML main-content quality and speed: cruftless vs trafilatura, side by side.

    python bench/extraction_quality.py [--shared DIR] [--repeat N] [--keep DIR]

Runs ``extract.html.extract_html`` and ``trafilatura.extract(html,
include_comments=False)`` (the anchor) on every page of
``<shared>/bench/html-dev/pages``, writes one ``<id>.txt`` per page and
extractor, scores both with ``<shared>/tools/score_text.py`` against
``ground-truth.json`` and prints both benchmark F1s and both speeds (pages
per second) from this one run.

Speed is measured fairly on a shared machine: the two extractors alternate
page by page (and which one goes first alternates too), both warmed up first,
each timed only around its own call.  cruftless's text for a page is its
blocks joined by a blank line; a page it refuses (``ExtractError``) counts as
an empty prediction.

``<shared>`` defaults to ``../shared`` beside the repository; without it the
script says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


def _ours(data: bytes, name: str) -> str:
    from extract.html import extract_html
    from extract.model import ExtractError

    try:
        doc = extract_html(data, name)
    except ExtractError:
        return ""
    return "\n\n".join(b.text for b in doc.blocks)


def _anchor(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data, include_comments=False) or ""


def _score(scorer: Path, pred: Path, truth: Path, name: str) -> dict[str, float]:
    proc = subprocess.run([sys.executable, str(scorer), "--pred", str(pred), "--truth", str(truth),
                           "--name", name], capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("SUMMARY")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"score_text.py failed for {name}:\n{proc.stdout}\n{proc.stderr}")
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", lines[-1])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help=f"the shared folder (default: {DEFAULT_SHARED})")
    ap.add_argument("--repeat", type=int, default=1,
                    help="timing rounds over all pages (scores come from the first round)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="write the predictions here (<dir>/cruftless, <dir>/trafilatura) and keep them")
    args = ap.parse_args(argv)

    bench = args.shared / "bench" / "html-dev"
    scorer = args.shared / "tools" / "score_text.py"
    truth = bench / "ground-truth.json"
    pages = sorted((bench / "pages").glob("*.html")) if (bench / "pages").is_dir() else []
    if not pages or not scorer.is_file() or not truth.is_file():
        print(f"extraction_quality: shared benchmark not found under {args.shared} "
              "(need bench/html-dev/pages, bench/html-dev/ground-truth.json, tools/score_text.py); "
              "nothing to measure. Pass --shared DIR to point at it.")
        return 0

    try:
        import trafilatura  # noqa: F401
        from extract.html import extract_html  # noqa: F401
    except ImportError as err:
        print(f"extraction_quality: cannot import an extractor ({err}); install the project first.")
        return 1

    data = [(p.stem, p.read_bytes()) for p in pages]
    # warm up both (imports, lazy initialisation) outside the timed region
    _ours(data[0][1], data[0][0] + ".html")
    _anchor(data[0][1])

    ours_text: dict[str, str] = {}
    anchor_text: dict[str, str] = {}
    t_ours = t_anchor = 0.0
    n_calls = 0
    for rnd in range(max(1, args.repeat)):
        for i, (pid, html) in enumerate(data):
            first_ours = (i + rnd) % 2 == 0
            for which in ((0, 1) if first_ours else (1, 0)):
                t0 = time.perf_counter()
                if which == 0:
                    text = _ours(html, pid + ".html")
                    t_ours += time.perf_counter() - t0
                    ours_text.setdefault(pid, text)
                else:
                    text = _anchor(html)
                    t_anchor += time.perf_counter() - t0
                    anchor_text.setdefault(pid, text)
            n_calls += 1

    keep = args.keep
    tmp = None
    if keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="cruftless-bench-")
        keep = Path(tmp.name)
    results = {}
    for name, texts in (("cruftless", ours_text), ("trafilatura", anchor_text)):
        out = keep / name
        out.mkdir(parents=True, exist_ok=True)
        for pid, text in texts.items():
            (out / f"{pid}.txt").write_text(text, encoding="utf-8")
        results[name] = _score(scorer, out, truth, name)

    pps_ours = n_calls / t_ours if t_ours else float("inf")
    pps_anchor = n_calls / t_anchor if t_anchor else float("inf")
    f1_ours = results["cruftless"]["bench_F1"]
    f1_anchor = results["trafilatura"]["bench_F1"]
    print(f"html-dev: {len(data)} pages, {max(1, args.repeat)} timing round(s), "
          f"cpus={os.cpu_count()}, python {sys.version.split()[0]}")
    print(f"{'extractor':<12} {'bench_P':>8} {'bench_R':>8} {'bench_F1':>9} {'token_F1':>9} {'pages/s':>8}")
    for name, pps in (("cruftless", pps_ours), ("trafilatura", pps_anchor)):
        r = results[name]
        print(f"{name:<12} {r['bench_P']:>8.3f} {r['bench_R']:>8.3f} {r['bench_F1']:>9.3f} "
              f"{r['token_F1']:>9.3f} {pps:>8.1f}")
    speed_ratio = pps_ours / pps_anchor if pps_anchor else float("inf")
    ok_f1 = f1_ours >= f1_anchor
    ok_speed = speed_ratio >= 0.8
    print(f"cruftless F1 {f1_ours:.3f} vs trafilatura {f1_anchor:.3f}: {'>=' if ok_f1 else '<'}; "
          f"speed {speed_ratio:.0%} of trafilatura's pages/s (need >= 80%)")
    print(f"ACCEPTANCE {'PASS' if ok_f1 and ok_speed else 'FAIL'}")
    if keep is not None and tmp is None:
        (keep / "summary.json").write_text(json.dumps({
            "cruftless": dict(results["cruftless"], pages_per_s=pps_ours),
            "trafilatura": dict(results["trafilatura"], pages_per_s=pps_anchor),
        }, indent=2), encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
