#!/usr/bin/env python3
"""Web main-text quality and speed: the whole cruftless pipeline against
trafilatura and readability-lxml, side by side, on every dev set of pages.

    python bench/web_quality.py [--shared DIR] [--sets web-dev,html-dev]
                                [--in-process] [--no-speed] [--keep DIR] [--losses N]

For each set (``<shared>/bench/web-dev``, ``<shared>/bench/html-dev``):

* **cruftless**: ``cruftless run`` on a copy of the pages into a fresh database
  under ``data/web_quality/``; a page's text is its ``documents.body_text``
  (a quarantined page scores as empty, and the loss table says why).
  ``--in-process`` reads the pages with ``extract_document`` + ``clean_document``
  instead (no Prefect, no validation: quicker while developing; the figures
  that count are the pipeline's);
* **trafilatura** ``extract(html)`` with its defaults and with
  ``include_comments=False``;
* **readability** ``Document(html).summary()``, its text content.

Every output is scored with ``<shared>/tools/score_rouge.py`` (ROUGE-LSum per
dataset and the macro mean) and ``<shared>/tools/score_text.py`` (ScrapingHub's
bench F1 and a token F1).  Then cruftless's losses, ranked by the F1 gap to the
best of the other extractors on that page, each with what went wrong in one
phrase (quarantined, too short, too long, wrong block).

Speed: cruftless's extract+clean (``extract.formats.extract_document`` +
``transform.document.clean_document``) and ``trafilatura.extract(page,
include_comments=False)`` alternate page by page (which goes first alternates
too), each timed in CPU seconds around its own call only; the ratio of the
per-page means is printed (the budget is about 1.5x).

The last line is ``SUMMARY`` with the macro figures.  Without ``<shared>`` the
script says so and exits 0.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

EXTRACTORS = ("cruftless", "traf_nocomm", "traf_default", "readability")
SPEED_BUDGET = 1.5


# --------------------------------------------------------------------------
# the extractors
# --------------------------------------------------------------------------

def _cruftless_in_process(data: bytes, name: str) -> tuple[str, str]:
    """(body_text, '' or the reason it was refused)."""
    from extract.formats import extract_document
    from extract.model import ExtractError
    from transform.document import clean_document

    try:
        raw = extract_document(data, name)
    except ExtractError as err:
        return "", f"extract:{err.reason}"
    try:
        return clean_document(raw).body_text, ""
    except Exception as err:  # noqa: BLE001 - a transform failure is a loss to report
        return "", f"transform:{type(err).__name__}"


def _traf(data: bytes, comments: bool) -> str:
    import trafilatura

    if comments:
        return trafilatura.extract(data) or ""
    return trafilatura.extract(data, include_comments=False) or ""


def _readability(data: bytes) -> str:
    import lxml.html
    from readability import Document

    try:
        html = Document(data).summary(html_partial=True)
        return lxml.html.fromstring(html).text_content().strip() if html.strip() else ""
    except Exception:  # noqa: BLE001 - a failure is an empty output
        return ""


def _pipeline(pages: list[Path], work: Path) -> dict[str, tuple[str, str]]:
    """``cruftless run`` on a copy of the pages; {page stem: (body_text, reason)}."""
    import duckdb

    if work.exists():
        shutil.rmtree(work)
    ingest = work / "ingest"
    ingest.mkdir(parents=True)
    for p in pages:
        shutil.copyfile(p, ingest / p.name)
    db = work / "bench.duckdb"
    env = dict(os.environ)
    env.setdefault("PREFECT_HOME", str(REPO / ".prefect-home"))
    cli = Path(sys.executable).with_name("cruftless")
    cmd = [str(cli)] if cli.exists() else [sys.executable, "-m", "flows.cli"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd + ["run", "--ingest", str(ingest), "--db", str(db)],
                          capture_output=True, text=True, env=env, check=False, cwd=REPO)
    seconds = time.perf_counter() - t0
    if not db.exists():
        raise SystemExit(f"cruftless run failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    print(f"  cruftless run: {len(pages)} pages in {seconds:.0f} s (exit {proc.returncode})", flush=True)
    out: dict[str, tuple[str, str]] = {}
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT s.source_path, d.body_text FROM source_files s JOIN documents d USING (doc_id)").fetchall()
        for path, body in rows:
            out[Path(path).stem] = (body or "", "")
        for path, stage, reason in con.execute(
                "SELECT source_path, stage, reason FROM quarantine WHERE NOT resolved").fetchall():
            out.setdefault(Path(path).stem, ("", f"{stage}:{reason}"))
    finally:
        con.close()
    return out


# --------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------

def _summary(stdout: str) -> dict[str, float]:
    lines = [ln for ln in stdout.splitlines() if ln.startswith("SUMMARY")]
    if not lines:
        return {}
    return {k: float(v) for k, v in re.findall(r"([\w-]+)=([0-9.]+)", lines[-1])}


def _rouge(scorer: Path, pred: Path, truth: Path, per_page: Path) -> dict[str, float]:
    proc = subprocess.run([sys.executable, str(scorer), "--pred", str(pred), "--truth", str(truth),
                           "--per-page", str(per_page)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"score_rouge.py failed:\n{proc.stdout}\n{proc.stderr}")
    return _summary(proc.stdout)


def _bench_f1(scorer: Path, pred: Path, truth: Path) -> dict[str, float]:
    proc = subprocess.run([sys.executable, str(scorer), "--pred", str(pred), "--truth", str(truth)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"score_text.py failed:\n{proc.stdout}\n{proc.stderr}")
    return _summary(proc.stdout)


def _per_page(csv_path: Path) -> dict[str, dict[str, float]]:
    with csv_path.open(encoding="utf-8") as fh:
        return {row["id"]: {"precision": float(row["rouge_p"]), "recall": float(row["rouge_r"]),
                            "f1": float(row["rouge_f1"])} for row in csv.DictReader(fh)}


def _what_went_wrong(reason: str, p: float, r: float, n_ours: int, n_best: int) -> str:
    if reason:
        return f"refused ({reason})"
    if n_ours == 0:
        return "empty output"
    if r < 0.5 and p >= 0.7:
        return f"main text cut short ({n_ours} of ~{n_best} words kept)"
    if p < 0.5 and r >= 0.7:
        return f"boilerplate kept ({n_ours} words for ~{n_best})"
    if p < 0.5 and r < 0.5:
        return "wrong block chosen"
    if r < p:
        return f"parts of the main text missing (R={r:.2f})"
    return f"extra text kept (P={p:.2f})"


def cruftless_figures(bench: Path, tools: Path, out: Path, in_process: bool = False) -> dict[str, float]:
    """cruftless alone on one dev set: score_rouge.py's SUMMARY (per dataset, ``macro``) plus
    score_text.py's ``bench_F1``/``token_F1``.  Used by the gate test (tests/bench)."""
    pages = sorted((bench / "pages").glob("*.html"))
    if in_process:
        texts = {p.stem: _cruftless_in_process(p.read_bytes(), p.name)[0] for p in pages}
    else:
        got = _pipeline(pages, out / "pipeline")
        texts = {p.stem: got.get(p.stem, ("", ""))[0] for p in pages}
    d = out / "cruftless"
    d.mkdir(parents=True, exist_ok=True)
    for pid, text in texts.items():
        (d / f"{pid}.txt").write_text(text, encoding="utf-8")
    truth = bench / "ground-truth.json"
    figures = _rouge(tools / "score_rouge.py", d, truth, out / "cruftless.csv")
    figures.update({k: v for k, v in _bench_f1(tools / "score_text.py", d, truth).items()
                    if k in ("bench_F1", "token_F1")})
    return figures


# --------------------------------------------------------------------------
# speed
# --------------------------------------------------------------------------

def _speed(pages: list[tuple[str, bytes]]) -> tuple[float, float, list[tuple[float, str]]]:
    """Mean CPU seconds per page (cruftless extract+clean, trafilatura include_comments=False)
    and cruftless's slowest pages as (seconds, page id)."""
    ours = anchor = 0.0
    per_page: list[tuple[float, str]] = []
    _cruftless_in_process(pages[0][1], pages[0][0] + ".html")
    _traf(pages[0][1], comments=False)
    for i, (pid, data) in enumerate(pages):
        for which in ((0, 1) if i % 2 == 0 else (1, 0)):
            t0 = time.process_time()
            if which == 0:
                _cruftless_in_process(data, pid + ".html")
                spent = time.process_time() - t0
                ours += spent
                per_page.append((spent, pid))
            else:
                _traf(data, comments=False)
                anchor += time.process_time() - t0
    n = max(len(pages), 1)
    return ours / n, anchor / n, sorted(per_page, reverse=True)[:3]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def _run_set(name: str, bench: Path, tools: Path, out: Path, in_process: bool, speed: bool,
             n_losses: int) -> dict:
    truth = bench / "ground-truth.json"
    pages = sorted((bench / "pages").glob("*.html"))
    gold = json.loads(truth.read_text(encoding="utf-8"))
    data = [(p.stem, p.read_bytes()) for p in pages]
    print(f"\n== {name}: {len(pages)} pages", flush=True)

    texts: dict[str, dict[str, str]] = {e: {} for e in EXTRACTORS}
    reasons: dict[str, str] = {}
    if in_process:
        for pid, html in data:
            texts["cruftless"][pid], reasons[pid] = _cruftless_in_process(html, pid + ".html")
    else:
        got = _pipeline(pages, REPO / "data" / "web_quality" / name)
        for pid, _ in data:
            texts["cruftless"][pid], reasons[pid] = got.get(pid, ("", "not in the warehouse"))
    for pid, html in data:
        texts["traf_nocomm"][pid] = _traf(html, comments=False)
        texts["traf_default"][pid] = _traf(html, comments=True)
        texts["readability"][pid] = _readability(html)

    rouge: dict[str, dict[str, float]] = {}
    bench_f1: dict[str, dict[str, float]] = {}
    pages_f1: dict[str, dict[str, dict[str, float]]] = {}
    for e in EXTRACTORS:
        d = out / name / e
        d.mkdir(parents=True, exist_ok=True)
        for pid, text in texts[e].items():
            (d / f"{pid}.txt").write_text(text, encoding="utf-8")
        csv_path = out / name / f"{e}.csv"
        rouge[e] = _rouge(tools / "score_rouge.py", d, truth, csv_path)
        bench_f1[e] = _bench_f1(tools / "score_text.py", d, truth)
        pages_f1[e] = _per_page(csv_path)

    datasets = sorted(k for k in rouge["cruftless"] if k not in ("pages", "missing", "macro"))
    cols = datasets + ["macro"] if len(datasets) > 1 else ["macro"]
    print(f"{'extractor':<13}" + "".join(f"{c:>11}" for c in cols) + f"{'bench_F1':>10}{'token_F1':>10}")
    for e in EXTRACTORS:
        print(f"{e:<13}" + "".join(f"{rouge[e].get(c, float('nan')):>11.3f}" for c in cols)
              + f"{bench_f1[e].get('bench_F1', float('nan')):>10.3f}{bench_f1[e].get('token_F1', float('nan')):>10.3f}")

    losses = []
    for pid in texts["cruftless"]:
        ours = pages_f1["cruftless"].get(pid)
        if ours is None:
            continue
        best_e = max(EXTRACTORS[1:], key=lambda e: pages_f1[e].get(pid, {}).get("f1", 0.0))
        best = pages_f1[best_e].get(pid, {}).get("f1", 0.0)
        gap = best - ours["f1"]
        if gap > 0.02:
            phrase = _what_went_wrong(reasons.get(pid, ""), ours["precision"], ours["recall"],
                                      len(texts["cruftless"][pid].split()), len(texts[best_e][pid].split()))
            losses.append((gap, pid, ours["f1"], best, best_e, phrase))
    losses.sort(reverse=True)
    refused = sum(1 for r in reasons.values() if r)
    print(f"cruftless losses (F1 gap > 0.02 to the best other extractor): {len(losses)}; refused pages: {refused}")
    for gap, pid, f1, best, best_e, phrase in losses[:n_losses]:
        lang = gold.get(pid, {}).get("lang") or ""
        ptype = gold.get(pid, {}).get("page_type") or ""
        print(f"  {gap:5.2f}  {pid:<44} {f1:.2f} vs {best:.2f} {best_e:<12} {lang:<4}{ptype:<14} {phrase}")

    result = {"rouge": rouge, "bench": bench_f1, "datasets": datasets}
    if speed:
        ours_s, anchor_s, slowest = _speed(data)
        ratio = ours_s / anchor_s if anchor_s else float("inf")
        print(f"speed (CPU per page, alternating): cruftless extract+clean {ours_s * 1000:.1f} ms, "
              f"trafilatura {anchor_s * 1000:.1f} ms, ratio {ratio:.2f}x (budget {SPEED_BUDGET}x)")
        print("  slowest cruftless pages: " + ", ".join(f"{pid} {sec:.2f} s" for sec, pid in slowest))
        result["speed_ratio"] = ratio
        # the same without pages that take over a second (a pathological regex, not the typical cost)
        kept = [(pid, html) for pid, html in data if pid not in {p for sec, p in slowest if sec > 1.0}]
        if len(kept) < len(data):
            o2, a2, _ = _speed(kept)
            print(f"  without the {len(data) - len(kept)} page(s) over 1 s: {o2 * 1000:.1f} ms vs "
                  f"{a2 * 1000:.1f} ms, ratio {o2 / a2:.2f}x")
            result["speed_ratio_typical"] = o2 / a2
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--sets", default="web-dev,html-dev", help="comma-separated dev sets under <shared>/bench")
    ap.add_argument("--in-process", action="store_true",
                    help="extract+clean in this process instead of `cruftless run` (no validation)")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed comparison")
    ap.add_argument("--keep", type=Path, default=None, help="keep outputs and per-page scores here")
    ap.add_argument("--losses", type=int, default=25, help="losses to list per set")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here as JSON")
    args = ap.parse_args(argv)

    tools = args.shared / "tools"
    sets = [s for s in args.sets.split(",") if s]
    missing = [s for s in sets if not (args.shared / "bench" / s / "ground-truth.json").is_file()]
    if missing or not (tools / "score_rouge.py").is_file():
        print(f"web_quality: shared benchmark not found under {args.shared} ({', '.join(missing) or 'tools'}); "
              "nothing to measure.")
        return 0
    tmp = None
    out = args.keep
    if out is None:
        tmp = tempfile.TemporaryDirectory(prefix="cruftless-web-")
        out = Path(tmp.name)
    print(f"web_quality: sets {', '.join(sets)}; {'in process' if args.in_process else 'whole pipeline'}; "
          f"cpus={os.cpu_count()}, python {sys.version.split()[0]}")
    results = {}
    for s in sets:
        results[s] = _run_set(s, args.shared / "bench" / s, tools, out, args.in_process,
                              not args.no_speed, args.losses)
    parts = []
    for s, r in results.items():
        for e in ("cruftless", "traf_nocomm", "readability"):
            parts.append(f"{s}.{e}={r['rouge'][e].get('macro', 0):.3f}")
        parts.append(f"{s}.cruftless_bench={r['bench']['cruftless'].get('bench_F1', 0):.3f}")
        if "speed_ratio" in r:
            parts.append(f"{s}.speed_ratio={r['speed_ratio']:.2f}")
        if "speed_ratio_typical" in r:
            parts.append(f"{s}.speed_ratio_typical={r['speed_ratio_typical']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("\nSUMMARY " + " ".join(parts))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
