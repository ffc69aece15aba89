"""Score the cruftless date tagger and ``dateparser.search_dates`` side by side.

    .venv/bin/python bench/dates_quality.py [--shared DIR] [--details] [--repeat N]
    .venv/bin/python bench/dates_quality.py --tml DIR --pred FILE.jsonl

With ``--tml``/``--pred``: every TimeML document of DIR (its text and creation time as
``score_timex.py --write-text`` reads them) is tagged with the pipeline's own tagger,
the creation time as its reference date, and the mentions are written to FILE.jsonl
in ``score_timex.py``'s format.  Nothing is scored; run ``score_timex.py --pred`` on it.

Without them: the seed figures below, then the dates-dev table (TimeML, TempEval-3
metrics from ``<shared>/tools/score_timex.py``) for both tools, with the tagger's CPU
seconds.  Figures, not assertions (``tests/bench/test_dates_floor.py`` holds the floor).

Seeds:

Each seed (``<shared>/seeds/*.txt``) is turned into the cleaned paragraphs the pipeline
would hand to the tagger: footnote markers, gold cruft and gold repairs applied, lines
re-flowed, blocks split on blank lines.  Gold citation spans are passed as excluded
spans (to both tools).  Scoring is the official one: ``score_dates`` from
``<shared>/tools/score_gold.py`` (``in_cruft`` golds left out, ``optional_dates`` and
citations neutral, a mention on a ``not_dates`` string a false positive).

Printed, one row per tool: span precision / recall / F1, value accuracy among the gold
dates found (EDTF, or first/last day), not-date false positives, all false positives,
and documents per second (CPU time).  ``dateparser`` returns a full datetime for every hit, so its
value is that day.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from transform.dates import tag_dates  # noqa: E402


@dataclass
class SeedCase:
    """One seed as the tagger sees it, with its gold annotations."""

    name: str
    gold: dict
    paragraphs: list[str]
    exclude: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def offsets(self) -> list[int]:
        out, pos = [], 0
        for p in self.paragraphs:
            out.append(pos)
            pos += len(p) + 2
        return out


# ---------------------------------------------------------------- locating the material
def default_shared() -> Path:
    """``../shared`` beside the repository."""
    return REPO.parent / "shared"


def load_scorer(shared: Path):
    """The official scorer module, ``<shared>/tools/score_gold.py``."""
    spec = importlib.util.spec_from_file_location("score_gold", shared / "tools" / "score_gold.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- seeds -> paragraphs
def _drop_footnote_markers(raw: str, gold: dict) -> str:
    for fn in sorted(gold.get("footnotes", []), key=lambda f: f["marker_start"], reverse=True):
        raw = raw[:fn["marker_start"]] + raw[fn["marker_end"]:]
    return raw


def _drop_cruft(raw: str, gold: dict) -> str:
    for item in gold.get("cruft", []):
        if item[:1] == "\n" or item[-1:] == "\n":  # a whole line only
            core = re.escape(item.strip("\n"))
            raw = re.sub(rf"(?m)^{core}$\n?", "", raw, count=1)
        else:
            raw = raw.replace(item, "", 1)
    return raw


def _apply_repairs(raw: str, gold: dict) -> str:
    for rep in gold.get("repairs", []):
        raw = raw.replace(rep["raw"], rep["expected"])
    return raw


def _reflow(block: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", re.sub(r"\s*\n\s*", " ", block)).strip()


def seed_paragraphs(raw: str, gold: dict) -> list[str]:
    """The cleaned, re-flowed paragraphs of a seed, as the pipeline would produce them."""
    raw = _apply_repairs(_drop_cruft(_drop_footnote_markers(raw, gold), gold), gold)
    blocks = (_reflow(b) for b in re.split(r"\n[ \t\u00a0]*\n", raw))
    return [b for b in blocks if b]


def citation_spans(paragraphs: list[str], gold: dict) -> dict[int, list[tuple[int, int]]]:
    """Where each gold citation (its group, as the scorer has it) sits, per paragraph."""
    needles = {_reflow(c.get("group", c["raw"])) for c in gold.get("citations", [])}
    needles |= {_reflow(r["raw"]) for r in gold.get("references", []) or []}
    out: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)
    for no, para in enumerate(paragraphs):
        for needle in needles:
            for m in re.finditer(re.escape(needle), para):
                out[no].append(m.span())
    return dict(out)


def load_cases(shared: Path) -> list[SeedCase]:
    cases = []
    for gold_path in sorted((shared / "seeds-gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (shared / "seeds" / gold["source"]).read_text(encoding="utf-8")
        paragraphs = seed_paragraphs(raw, gold)
        cases.append(SeedCase(gold["source"], gold, paragraphs, citation_spans(paragraphs, gold)))
    return cases


# ---------------------------------------------------------------- the two taggers
Row = dict


def _row(case: SeedCase, para_no: int, start: int, end: int, edtf, lo, hi, precision, qualifier=None) -> Row:
    base = case.offsets()[para_no]
    return {"raw": case.paragraphs[para_no][start:end], "edtf": edtf, "start": lo, "end": hi,
            "precision": precision, "qualifier": qualifier, "cs": base + start, "ce": base + end,
            "order": base + start}


def cruftless_rows(case: SeedCase) -> list[Row]:
    return [_row(case, m.para_no, m.start, m.end, m.edtf, m.date_start, m.date_end, m.precision, m.qualifier)
            for m in tag_dates(case.paragraphs, case.exclude) if m.calendar]  # what date_mentions holds


def dateparser_rows(case: SeedCase) -> list[Row]:
    """``search_dates`` per paragraph; hits inside excluded spans are dropped, as for cruftless."""
    from dateparser.search import search_dates

    rows = []
    for no, para in enumerate(case.paragraphs):
        pos = 0
        for found, when in search_dates(para, languages=["en"]) or []:
            start = para.find(found, pos)
            if start < 0:
                continue
            end = pos = start + len(found)
            if any(a < end and start < b for a, b in case.exclude.get(no, [])):
                continue
            day = when.date()
            rows.append(_row(case, no, start, end, day.isoformat(), day, day, "day"))
    return rows


# ---------------------------------------------------------------- scoring
def evaluate(cases: list[SeedCase], tagger: Callable[[SeedCase], list[Row]], scorer, repeat: int = 1) -> dict:
    """Micro-averaged date figures of ``tagger`` over ``cases`` (score_gold's score_dates)."""
    totals: collections.Counter = collections.Counter()
    details = {}
    t0 = time.process_time()  # CPU time: steadier than the wall clock on a shared machine
    for _ in range(max(1, repeat) - 1):
        for case in cases:
            tagger(case)
    all_rows = {case.name: tagger(case) for case in cases}
    seconds = (time.process_time() - t0) / max(1, repeat)
    for case in cases:
        counts, det = scorer.score_dates(case.gold, case.body, all_rows[case.name])
        totals.update(counts)
        details[case.name] = det
    p = totals["date_tp"] / totals["date_pred"] if totals["date_pred"] else 0.0
    r = totals["date_found"] / totals["date_gold"] if totals["date_gold"] else 0.0
    return {
        "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "value_accuracy": totals["date_norm_ok"] / totals["date_found"] if totals["date_found"] else 0.0,
        "not_date_fp": totals["not_date_fp"], "false_positives": totals["date_fp"],
        "found": totals["date_found"], "gold": totals["date_gold"], "predicted": totals["date_pred"],
        "neutral": totals["date_ignored"], "docs_per_second": len(cases) / seconds if seconds else float("inf"),
        "details": details,
    }


def print_table(results: dict[str, dict], out=sys.stdout) -> None:
    header = f"{'tool':<22}{'span P':>8}{'span R':>8}{'span F1':>9}{'value acc':>11}{'not-date FP':>13}" \
             f"{'all FP':>8}{'found/gold':>12}{'docs/s':>9}"
    print(header, file=out)
    print("-" * len(header), file=out)
    for tool, s in results.items():
        print(f"{tool:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>9.3f}{s['value_accuracy']:>11.3f}"
              f"{s['not_date_fp']:>13d}{s['false_positives']:>8d}{s['found']:>6d}/{s['gold']:<5d}"
              f"{s['docs_per_second']:>9.1f}", file=out)
    print("span P/R/F1: mentions overlapping a gold date (score_gold.score_dates); value acc: EDTF (or first/last\n"
          "day) right among the gold dates found; not-date FP: mentions on a gold not_dates string; docs/s: CPU time.",
          file=out)


def print_details(results: dict[str, dict], out=sys.stdout) -> None:
    for tool, s in results.items():
        for doc, det in s["details"].items():
            lines = [f"  {k}: {json.dumps(det[k], ensure_ascii=False, default=str)}"
                     for k in ("dates_missed", "date_false_positives", "dates_wrong_value") if det.get(k)]
            if lines:
                print(f"{tool} / {doc}:", file=out)
                print("\n".join(lines), file=out)


# ---------------------------------------------------------------- TimeML (dates-dev)
def load_timex_scorer(shared: Path):
    """The official TimeML scorer module, ``<shared>/tools/score_timex.py``."""
    spec = importlib.util.spec_from_file_location("score_timex", shared / "tools" / "score_timex.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_day(dct: str | None):
    """The creation time's day (``1998-01-08T18:30`` → 1998-01-08), None when unreadable."""
    try:
        return dt.date.fromisoformat((dct or "")[:10])
    except ValueError:
        return None


def text_blocks(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph): blocks split on blank lines, line breaks inside turned to spaces
    (one character for one, so offsets stay those of the text)."""
    return [(m.start(), m.group(0).replace("\n", " "))
            for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text) if m.group(0).strip()]


def mention_row(doc: str, offset: int, m) -> dict:
    """One mention in score_timex's JSONL form: a range keeps its EDTF (both ends may match)."""
    row = {"doc": doc, "start": offset + m.start, "end": offset + m.end, "text": m.raw}
    timex = getattr(m, "timex_value", None)
    if m.precision == "range" or timex is None:
        row["edtf"] = m.edtf
    else:
        row["value"] = timex
    if getattr(m, "timex_type", None):
        row["type"] = m.timex_type
    return row


def cruftless_timex(doc: dict) -> list[dict]:
    """The pipeline's tagger on one TimeML document, its DCT as the reference date."""
    blocks = text_blocks(doc["text"])
    ref = reference_day(doc["dct"])
    mentions = tag_dates([b for _, b in blocks], reference=ref)
    return [mention_row(doc["doc"], blocks[m.para_no][0], m) for m in mentions]


def dateparser_timex(doc: dict) -> list[dict]:
    """``search_dates`` per block with the full DCT as its relative base; each hit a day."""
    from dateparser.search import search_dates

    base = reference_day(doc["dct"])
    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)} if base else {}
    rows = []
    for offset, block in text_blocks(doc["text"]):
        pos = 0
        for found, when in search_dates(block, languages=["en"], settings=settings) or []:
            start = block.find(found, pos)
            if start < 0:
                continue
            pos = start + len(found)
            rows.append({"doc": doc["doc"], "start": offset + start, "end": offset + pos,
                         "value": when.date().isoformat()})
    return rows


def write_predictions(docs: list[dict], path: Path, tagger=cruftless_timex) -> float:
    """Tag every document and write one mention a line; returns the tagger's CPU seconds."""
    t0 = time.process_time()
    rows = [row for doc in docs for row in tagger(doc)]
    seconds = time.process_time() - t0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return seconds


def score_timeml(docs: list[dict], rows: list[dict], scorer) -> dict:
    """score_timex's summary per scope (all, DATE, TIME, DURATION, SET) for these mentions."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        preds = scorer.load_pred(pred)
    summary = {}
    for scope in ("all",) + scorer.TYPES:
        counts: collections.Counter = collections.Counter()
        for d in docs:
            scorer.score_doc(d, preds.get(d["doc"], []), scope, counts, [])
        summary[scope] = scorer.summarise(counts)
    return summary


def timeml_table(docs: list[dict], scorer, out=sys.stdout) -> dict:
    """Both tools on the TimeML documents, side by side; returns cruftless's summary."""
    results = {}
    for tool, tagger in (("cruftless", cruftless_timex), ("dateparser.search_dates", dateparser_timex)):
        t0 = time.process_time()
        try:
            rows = [row for doc in docs for row in tagger(doc)]
        except ImportError:
            print("dateparser is not installed: only cruftless is scored", file=sys.stderr)
            continue
        results[tool] = (score_timeml(docs, rows, scorer), time.process_time() - t0)
    print(f"{'tool':<24}{'scope':<10}{'gold':>6}{'found':>7}{'strict F1':>11}{'relaxed P':>11}"
          f"{'relaxed F1':>12}{'value acc':>11}{'value F1':>10}{'CPU s':>8}", file=out)
    for tool, (summary, seconds) in results.items():
        for scope, s in summary.items():
            print(f"{tool:<24}{scope:<10}{s['gold']:>6}{s['sys']:>7}{s['strict_f1']:>11.3f}{s['relaxed_p']:>11.3f}"
                  f"{s['relaxed_f1']:>12.3f}{s['value_acc']:>11.3f}{s['value_f1']:>10.3f}{seconds:>8.2f}", file=out)
    return results.get("cruftless", (None, 0))[0]


def tml_documents(tml: Path, scorer) -> list[dict]:
    return [scorer.read_tml(p) for p in sorted(tml.rglob("*.tml"))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=default_shared(), help="folder with seeds/, seeds-gold/, tools/")
    ap.add_argument("--details", action="store_true", help="list misses, false positives and wrong values")
    ap.add_argument("--repeat", type=int, default=20, help="timing runs for cruftless (dateparser runs once)")
    ap.add_argument("--tml", type=Path, help="tag these TimeML documents (with --pred) instead of scoring")
    ap.add_argument("--pred", type=Path, help="where --tml writes the mentions (score_timex.py JSONL)")
    args = ap.parse_args(argv)
    if bool(args.tml) != bool(args.pred):
        ap.error("--tml and --pred go together")
    if args.tml:
        docs = tml_documents(args.tml, load_timex_scorer(args.shared))
        seconds = write_predictions(docs, args.pred)
        print(f"tagged {len(docs)} TimeML documents in {seconds:.2f} CPU s; mentions in {args.pred}")
        return 0
    if not (args.shared / "seeds-gold").is_dir():
        ap.error(f"{args.shared}: no seeds-gold/ folder there (give --shared DIR)")
    scorer = load_scorer(args.shared)
    cases = load_cases(args.shared)
    results = {"cruftless": evaluate(cases, cruftless_rows, scorer, repeat=args.repeat)}
    try:
        results["dateparser.search_dates"] = evaluate(cases, dateparser_rows, scorer)
    except ImportError:
        print("dateparser is not installed: only cruftless is scored", file=sys.stderr)
    print(f"{len(cases)} seed documents, {sum(len(c.paragraphs) for c in cases)} paragraphs")
    print_table(results)
    if args.details:
        print_details(results)
    dev = args.shared / "bench" / "dates-dev" / "tml"
    if dev.is_dir():
        timex = load_timex_scorer(args.shared)
        docs = tml_documents(dev, timex)
        print(f"\ndates-dev: {len(docs)} TimeML documents, DCT as the reference date (score_timex.py)")
        timeml_table(docs, timex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
