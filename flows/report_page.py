"""Render ``cruftless report``: one static HTML page, charts drawn with matplotlib.

Each chart is an SVG embedded as a ``data:`` image, and the styles sit in the
page, so it opens offline and fetches nothing.  The numbers come from
warehouse/report.py.
"""
from __future__ import annotations

import base64
import html
import io

import matplotlib
import numpy as np
from matplotlib.figure import Figure

from warehouse.report import ReportData

matplotlib.rcParams.update({
    "svg.hashsalt": "cruftless",    # stable ids: the same data gives the same page
    "svg.fonttype": "path",          # text as outlines: looks the same in every browser
    "font.family": "DejaVu Sans",    # ships with matplotlib
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlelocation": "left",
    "axes.titlesize": 11,
    # Labels are titles, names and rules from the documents: "$\\frac{1}{0}$" is text, not mathtext
    # (which would fail to parse it, or draw it as a formula).
    "text.parse_math": False,
    "text.usetex": False,
})

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
           "#b07aa1", "#ff9da7", "#9c755f"]
OTHER = "#bab0ac"
MAX_STACKED_DOCS = len(PALETTE)


def _short(text: str, n: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _svg_img(fig: Figure, chart_id: str, alt: str) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return (f'<img class="chart" id="{chart_id}" alt="{html.escape(alt)}" '
            f'src="data:image/svg+xml;base64,{data}">')


def focus_window(years, weights, share: float = 0.97, min_years: int = 40,
                 faint: float = 0.1, max_gap: int = 10) -> tuple[int, int]:
    """The narrowest run of years that holds ``share`` of the weight (data spanning
    fewer than ``min_years`` are shown whole), so a lone 1600 or the thin tails of
    "the 19th century" do not squeeze a corpus about the 1960s into a sliver.  Years
    the share cut off but that lie within ``max_gap`` years of the window come back;
    years at either end with less than ``faint`` weight are trimmed."""
    pairs = sorted(zip(years, weights))
    lo_all, hi_all = int(pairs[0][0]), int(pairs[-1][0])
    if hi_all - lo_all < min_years:
        return lo_all, hi_all
    total = sum(w for _, w in pairs)
    best = (lo_all, hi_all)
    acc, j = 0.0, 0
    for i in range(len(pairs)):  # two pointers: pairs[j..i] is the window
        acc += pairs[i][1]
        while acc - pairs[j][1] >= share * total - 1e-9:
            acc -= pairs[j][1]
            j += 1
        if acc >= share * total - 1e-9 and pairs[i][0] - pairs[j][0] < best[1] - best[0]:
            best = (int(pairs[j][0]), int(pairs[i][0]))
    lo, hi = best
    weight = dict(pairs)
    solid = sorted(y for y, w in weight.items() if w >= faint)
    grew = True
    while grew:  # take back real neighbours the share cut off (closer than max_gap years)
        grew = False
        below = [y for y in solid if lo - max_gap <= y < lo]
        above = [y for y in solid if hi < y <= hi + max_gap]
        if below:
            lo, grew = int(min(below)), True
        if above:
            hi, grew = int(max(above)), True
    while lo < hi and weight.get(lo, 0) < faint:  # the thin ends of spread-out centuries
        lo += 1
    while hi > lo and weight.get(hi, 0) < faint:
        hi -= 1
    return lo, hi


def timeline_chart(data: ReportData) -> tuple[str | None, str]:
    """The chart, and a sentence on what falls outside it."""
    tl = data.timeline
    if tl.empty:
        return None, ""
    per_year = tl.groupby("year")["mentions"].sum()
    lo, hi = focus_window(per_year.index.tolist(), per_year.tolist())
    by_doc = tl.groupby("document")["mentions"].sum().sort_values(ascending=False, kind="stable")
    shown = list(by_doc.index[:MAX_STACKED_DOCS])
    if len(by_doc) > MAX_STACKED_DOCS:  # the rest share one colour
        shown = shown[: MAX_STACKED_DOCS - 1]
    label = tl["document"].where(tl["document"].isin(shown), "other documents")
    table = tl.assign(document=label).pivot_table(index="year", columns="document", values="mentions",
                                                  aggfunc="sum", fill_value=0)
    table = table.reindex(range(lo, hi + 1), fill_value=0)
    years = table.index.to_numpy()
    fig = Figure(figsize=(10, 4.2))
    ax = fig.subplots()
    # Touching one-year bars, drawn as one filled step outline per document (one shape
    # each instead of one rectangle per year: same picture, a fraction of the time).
    edges = np.append(years - 0.5, years[-1] + 0.5)
    bottom = np.zeros(len(years))
    series = shown + (["other documents"] if "other documents" in table.columns else [])
    for i, doc in enumerate(series):
        top = bottom + table[doc].to_numpy()
        color = OTHER if doc == "other documents" else PALETTE[i % len(PALETTE)]
        ax.stairs(top, edges, baseline=bottom, fill=True, color=color, linewidth=0, label=_short(doc, 60))
        bottom = top
    ax.set_xlim(lo - 1, hi + 1)
    ax.set_ylabel("date mentions")
    ax.set_xlabel("year")
    ax.set_title("Date mentions per year, by document")
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.16), ncol=2, frameon=False, fontsize=8)
    before, after = per_year[per_year.index < lo], per_year[per_year.index > hi]
    parts = ([f"{before.sum():.1f} mentions before {lo} (earliest {before.index.min()})"] if not before.empty else []) + \
            ([f"{after.sum():.1f} mentions after {hi} (latest {after.index.max()})"] if not after.empty else [])
    note = f"Not drawn, to keep the bulk readable: {' and '.join(parts)}. " if parts else ""
    alt = (f"Bar chart: {tl['mentions'].sum():.0f} date mentions per year from {lo} to {hi}, "
           "stacked by document")
    return _svg_img(fig, "chart-timeline", alt), note


def _barh(values, labels, title: str, xlabel: str, chart_id: str, colors=None, notes=None) -> str:
    n = len(values)
    fig = Figure(figsize=(8, 0.9 + 0.28 * n))
    ax = fig.subplots()
    pos = list(range(n))[::-1]  # largest on top
    ax.barh(pos, values, color=colors or PALETTE[0], height=0.7)
    ax.set_yticks(pos, [_short(s, 40) for s in labels])
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    for p, v, note in zip(pos, values, notes or [""] * n):
        ax.text(v, p, f" {v}{note}", va="center", fontsize=8, color="#333333")
    ax.set_xlim(0, max(values) * 1.18 + 0.5)
    alt = f"{title}: " + ", ".join(f"{label} {v}" for label, v in zip(labels, values))
    return _svg_img(fig, chart_id, alt)


def authors_chart(data: ReportData) -> str | None:
    a = data.top_authors
    if a.empty:
        return None
    notes = [f"  ({d} doc{'s' if d != 1 else ''})" for d in a["documents_citing"]]
    return _barh(a["citations"].tolist(), a["cited_author"].tolist(), "Most cited authors",
                 "citations (documents citing in brackets)", "chart-authors", notes=notes)


def cleaning_chart(data: ReportData) -> str | None:
    c = data.cleaning
    if c.empty:
        return None
    kinds = list(dict.fromkeys(c["kind"]))
    colour = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(kinds)}
    labels = [f"{r} ({k})" for k, r in zip(c["kind"], c["rule"])]
    return _barh(c["removals"].tolist(), labels, "What cleaning removed, per rule (kind in brackets)",
                 "removals", "chart-cleaning", colors=[colour[k] for k in c["kind"]])


def quarantine_chart(data: ReportData) -> str | None:
    q = data.quarantine_reasons
    if q.empty:
        return None
    return _barh(q["files"].tolist(), q["reason"].tolist(), "Quarantined files, by reason", "files",
                 "chart-quarantine", colors=PALETTE[3])


CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 0;
       background: #fafafa; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta { color: #666; font-size: 13px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 8px; }
.card { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 10px 16px; min-width: 110px; }
.card b { display: block; font-size: 22px; }
.card span { color: #666; font-size: 12px; }
figure { margin: 8px 0; background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 12px; }
img.chart { max-width: 100%; height: auto; display: block; }
figcaption { color: #555; font-size: 13px; margin-top: 6px; }
code { background: #f0f0f0; padding: 1px 4px; border-radius: 3px; font-size: 13px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid #e3e3e3; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.empty { color: #777; font-style: italic; }
"""


def _figure(img: str | None, caption: str, empty: str) -> str:
    if img is None:
        return f'<p class="empty">{html.escape(empty)}</p>'
    return f"<figure>{img}<figcaption>{caption}</figcaption></figure>"


def _quarantine_table(data: ReportData) -> str:
    if data.quarantined.empty:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(str(r.source_path))}</td><td>{html.escape(str(r.reason))}</td>"
        f"<td>{html.escape(str(r.detail))}</td></tr>"
        for r in data.quarantined.itertuples()
    )
    return ("<table><thead><tr><th>file</th><th>reason</th><th>what to do</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _warnings_table(data: ReportData) -> str:
    """Warnings per expectation, then the documents that carry them (the first ones)."""
    if data.warnings.empty:
        return '<p class="empty">No loaded document has a warning.</p>'
    per_check = "".join(
        f"<tr><td><code>{html.escape(str(r.expectation))}</code></td><td>{int(r.documents):,}</td>"
        f"<td>{html.escape(str(r.example))}</td></tr>"
        for r in data.warnings.itertuples()
    )
    per_doc = "".join(
        f"<tr><td>{html.escape(str(r.source_path))}</td><td>{html.escape(_short(r.title or '', 60))}</td>"
        f"<td><code>{html.escape(str(r.expectation))}</code></td><td>{html.escape(str(r.detail))}</td></tr>"
        for r in data.warned_documents.itertuples()
    )
    shown = len(data.warned_documents)
    more = data.totals.get("warnings", shown) - shown
    return ("<table><thead><tr><th>warning</th><th>documents</th><th>example</th></tr></thead>"
            f"<tbody>{per_check}</tbody></table>"
            "<table><thead><tr><th>file</th><th>title</th><th>warning</th><th>detail</th></tr></thead>"
            f"<tbody>{per_doc}</tbody></table>"
            + (f'<p class="meta">{more:,} more: <code>SELECT * FROM document_warnings</code>.</p>' if more > 0 else ""))


def render(data: ReportData, db_label: str) -> str:
    """The whole page as one HTML string."""
    t = data.totals
    cards = "".join(
        f'<div class="card"><b>{t[key]:,}</b><span>{label}</span></div>'
        for key, label in [("documents", "documents"), ("words", "words"), ("paragraphs", "paragraphs"),
                           ("date_mentions", "date mentions"), ("citations", "citations"),
                           ("removals", "removals by cleaning"), ("warned_documents", "documents with warnings"),
                           ("quarantined_files", "files quarantined")]
    )
    run = data.last_run
    run_line = (f"last run {html.escape(str(run['run_id']))} ({html.escape(str(run['status']))}, "
                f"{run['started_at']:%Y-%m-%d %H:%M})" if run else "no runs yet")
    spans = data.timeline_spans
    tl_img, tl_note = timeline_chart(data)
    tl_caption = ("Every dated mention counts once; "
                  + (f"the {spans} that cover several years (decades, centuries, ranges) are spread over "
                     "those years. " if spans else "")
                  + html.escape(tl_note)
                  + "Every mention with its paragraph: <code>SELECT * FROM timeline</code>.")
    sections = [
        "<h2>Timeline</h2>",
        _figure(tl_img, tl_caption, "No dated mentions yet."),
        "<h2>Who is cited</h2>",
        _figure(authors_chart(data),
                "Every author of a cited work counts. By whom: <code>SELECT * FROM citation_counts</code>.",
                "No citations with author names yet."),
        "<h2>Cleaning</h2>",
        _figure(cleaning_chart(data),
                "Removals per cleaning rule (top 20). What each removed: <code>SELECT * FROM cleaning_audit</code> "
                "and the <code>artefacts</code> table.",
                "Cleaning removed nothing."),
        "<h2>Quarantine</h2>",
        _figure(quarantine_chart(data),
                "Files that could not be loaded, by their latest reason "
                "(<code>SELECT * FROM quarantined_files</code>).",
                "No file is quarantined."),
        _quarantine_table(data),
        "<h2>Warnings</h2>",
        "<p>Quality checks that failed on documents that still loaded (residual cruft, glued footnote "
        "digits, a title that is a section name, implausible years). Every one, per document: "
        "<code>SELECT * FROM document_warnings</code>.</p>",
        _warnings_table(data),
    ]
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cruftless report — {html.escape(db_label)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<h1>cruftless report</h1>
<p class="meta">{html.escape(db_label)} · {run_line} · generated {data.generated_at:%Y-%m-%d %H:%M}</p>
<div class="cards">{cards}</div>
{chr(10).join(sections)}
</main>
</body>
</html>
"""
