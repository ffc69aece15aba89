"""Great Expectations Data Docs for one run, readable offline.

``build_docs`` turns a run's validation records (the ``ExpectationResult``\\ s that
also land in ``validation_results``) back into Great Expectations suite
validation results, renders GX's static site from them with an in-memory
context, and swaps the new site in for the old one beside the database.  The
flow validates with ``Batch.validate``, which stores nothing, so the records are
the one source of this run's results; rebuilding GX objects from them costs
milliseconds, and the docs can never disagree with the warehouse.

GX's pages load Bootstrap, jQuery, bootstrap-table and Font Awesome from public
CDNs, and its index page builds its tables of suites and validations in
JavaScript.  Offline that leaves an unstyled page with empty tables, so every
page is rewritten: CDN links and the scripts that need them are dropped, a small
inline stylesheet stands in for Bootstrap, the logo comes from the site's own
``static/`` folder, and the index tables are written out as plain HTML from the
data GX embedded in its scripts.

The site keeps a history: each build carries the validation pages of the runs before it
(up to ``HISTORY_RUNS``) into the new site and lists every run in ``runs.json`` and on the
index, with links to its pages.  The index also lists the files still quarantined, those
refused before validation (extraction failures, timeouts, links out of the folder) included,
and the documents that loaded with warnings.

``try_build_docs`` is what the flow calls: building docs never fails a run.
"""
from __future__ import annotations

import ast
import datetime as dt
import html
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from expectations.validate import ExpectationResult

log = logging.getLogger("cruftless.docs")

SITE_NAME = "cruftless"
INDEX = "index.html"
_GX_ASSETS = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"


@dataclass(frozen=True)
class DocsSite:
    index: Path  # the site's index.html
    seconds: float  # time to build and swap it in
    validated_tables: tuple[str, ...]  # tables with a validation page from this run


@dataclass(frozen=True)
class Quarantined:
    """A file that is quarantined after this run (by it or by an earlier one)."""

    source_path: str
    stage: str
    reason: str
    detail: str | None
    run_id: str


@dataclass(frozen=True)
class Warned:
    """A document of this run that loaded with a warning."""

    source_path: str
    expectation: str
    detail: str


HISTORY = "runs.json"  # the runs the site shows, newest first
HISTORY_RUNS = 30  # runs whose validation pages a site keeps
LISTED = 200  # quarantined files / warnings written out on the index; the rest are counted


def index_path(docs_dir: Path) -> Path:
    return docs_dir / INDEX


def try_build_docs(docs_dir: Path, run_id: str, run_time: dt.datetime,
                   results: Sequence[ExpectationResult], quarantined: Sequence[Quarantined] = (),
                   warned: Sequence[Warned] = ()) -> DocsSite | None:
    """``build_docs``, or a warning and None: the docs must never fail a run."""
    try:
        return build_docs(docs_dir, run_id, run_time, results, quarantined, warned)
    except Exception as exc:  # noqa: BLE001 - any GX or filesystem failure
        log.warning("Data Docs were not built in %s (%s: %s); the run itself is not affected.",
                    docs_dir, type(exc).__name__, exc)
        return None


_lock = threading.Lock()  # one build at a time per process (GX contexts are not thread-safe)
STALE_SECONDS = 3600  # a scratch folder this old is stale whoever made it


def build_docs(docs_dir: Path, run_id: str, run_time: dt.datetime,
               results: Sequence[ExpectationResult], quarantined: Sequence[Quarantined] = (),
               warned: Sequence[Warned] = ()) -> DocsSite:
    """Build the site for this run into ``docs_dir`` (replacing what was there), keeping
    the pages of the runs before it.

    The site is built in a scratch folder beside ``docs_dir`` and swapped in whole; the
    scratch folders a killed build left behind are removed first."""
    started = time.perf_counter()
    docs_dir = Path(docs_dir)
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    with _lock:
        remove_stale_scratch(docs_dir)
        staging = docs_dir.with_name(_scratch_name(docs_dir, "building"))
        try:
            validated = _render_site(staging, run_id, run_time, results)
            this_run = _history_entry(staging, run_id, run_time, results, quarantined)
            earlier = [e for e in read_history(docs_dir) if e["run_id"] != run_id][:HISTORY_RUNS - 1]
            banner = (_summary(run_id, run_time, results) + _quarantine_section(quarantined)
                      + _warning_section(warned) + _history_section([this_run] + earlier))
            for page in staging.rglob("*.html"):
                depth = len(page.relative_to(staging).parts) - 1
                is_index = depth == 0 and page.name == INDEX
                page.write_text(make_offline(page.read_text("utf-8"), "../" * depth,
                                             summary=banner if is_index else None), "utf-8")
            kept = _carry_pages(docs_dir, staging, earlier)
            (staging / HISTORY).write_text(json.dumps([this_run] + kept, indent=1), "utf-8")
            _swap_in(staging, docs_dir)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return DocsSite(index_path(docs_dir), time.perf_counter() - started, validated)


def read_history(docs_dir: Path) -> list[dict]:
    """The runs a site lists (``runs.json``), newest first; [] for no site or an unreadable file."""
    try:
        entries = json.loads((Path(docs_dir) / HISTORY).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("run_id"), str)] \
        if isinstance(entries, list) else []


def _history_entry(site: Path, run_id: str, run_time: dt.datetime, results: Sequence[ExpectationResult],
                   quarantined: Sequence[Quarantined]) -> dict:
    failed = [r for r in results if not r.success]
    pages = {}
    for table_dir in sorted((site / "validations").glob(f"*/{run_id}")):
        page = next(iter(sorted(table_dir.rglob("*.html"))), None)
        if page is not None:
            pages[table_dir.parent.name] = page.relative_to(site).as_posix()
    return {"run_id": run_id, "time": f"{run_time:%Y-%m-%d %H:%M:%S}", "checked": len(results),
            "critical_failed": sum(1 for r in failed if r.severity != "warning"),
            "warnings_failed": sum(1 for r in failed if r.severity == "warning"),
            "quarantined": len(quarantined), "pages": pages}


def _carry_pages(docs_dir: Path, staging: Path, earlier: Sequence[dict]) -> list[dict]:
    """Copy the validation pages of ``earlier`` runs from the old site into the new one; the
    entries whose pages were all there (the others are dropped from the history)."""
    kept = []
    for entry in earlier:
        pages = entry.get("pages") or {}
        if not isinstance(pages, dict):
            continue
        try:
            for rel in pages.values():
                source = docs_dir / rel
                if not source.is_file() or ".." in Path(rel).parts:
                    raise FileNotFoundError(rel)
            for table in pages:
                src = docs_dir / "validations" / table / entry["run_id"]
                shutil.copytree(src, staging / "validations" / table / entry["run_id"], dirs_exist_ok=True)
        except OSError:
            continue
        kept.append(entry)
    return kept


def _scratch_name(docs_dir: Path, purpose: str) -> str:
    """``.warehouse_docs.building-<pid>-<random>``: the pid says whose folder it is."""
    return f".{docs_dir.name}.{purpose}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


_SCRATCH = re.compile(r"\.(?P<site>.+)\.(?:building|old)-(?:(?P<pid>\d+)-)?[0-9a-f]{8}")


def remove_stale_scratch(docs_dir: Path, now: float | None = None) -> list[Path]:
    """Remove the scratch folders of builds that are no longer running; returns them.

    A folder is stale when this process made it (builds here hold ``_lock``, so none is
    running), when the process that made it is gone, when it names no process (made by
    an older cruftless), or when it is older than ``STALE_SECONDS``."""
    now = time.time() if now is None else now
    removed = []
    for path in docs_dir.parent.glob(f".{docs_dir.name}.*-*"):
        m = _SCRATCH.fullmatch(path.name)
        if m is None or m["site"] != docs_dir.name or not path.is_dir():
            continue
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        pid = int(m["pid"]) if m["pid"] else None
        if pid is None or pid == os.getpid() or not _process_alive(pid) or age > STALE_SECONDS:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


# --- rendering with Great Expectations -------------------------------------------

def _render_site(site_dir: Path, run_id: str, run_time: dt.datetime,
                 results: Sequence[ExpectationResult]) -> tuple[str, ...]:
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import DataContextConfig, InMemoryStoreBackendDefaults
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    from expectations import suites

    # In memory, with our site only (get_context's default adds one in a temporary folder).
    context = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        data_docs_sites={SITE_NAME: _site_config(site_dir)},
    ))
    if run_time.tzinfo is None:
        run_time = run_time.astimezone()  # local wall-clock time, made explicit
    gx_run = RunIdentifier(run_name=run_id, run_time=run_time)
    by_table: dict[str, dict[str, ExpectationResult]] = {}
    for record in results:
        by_table.setdefault(record.table_name, {})[record.expectation] = record

    validated = []
    for table, build in suites.BUILDERS.items():
        suite = context.suites.add(build())
        suite_result = _suite_result(suite, by_table.get(table, {}), gx_run)
        if suite_result is None:
            continue
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=suite.name),
            run_id=gx_run,
            batch_identifier=f"{run_id}-{table}",
        )
        context.validation_results_store.set(key, suite_result)
        validated.append(table)
    context.build_data_docs(site_names=[SITE_NAME])
    if not (site_dir / INDEX).is_file():
        raise RuntimeError(f"Great Expectations wrote no {INDEX} in {site_dir}")
    return tuple(validated)


def _site_config(site_dir: Path) -> dict:
    """GX's default site, without profiling pages and with views that compile templates once."""
    page_view = {"module_name": "expectations.docs_views", "class_name": "PageView"}
    return {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir)},
        "site_section_builders": {
            "expectations": {"view": page_view},
            "validations": {"view": page_view},
            "profiling": "None",
        },
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "view": {"module_name": "expectations.docs_views", "class_name": "IndexPageView"},
        },
    }


def _suite_result(suite, records: dict[str, ExpectationResult], gx_run):
    """A GX suite validation result rebuilt from our records, or None if the table was not validated."""
    import great_expectations as gx
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )

    evrs = []
    for expectation in suite.expectations:
        record = records.get(expectation.meta["name"])
        if record is None:
            continue
        evrs.append(ExpectationValidationResult(
            success=record.success,
            expectation_config=expectation.configuration,
            result=_result_dict(record),
            exception_info=_exception_info(record),
        ))
    if not evrs:
        return None
    passed = sum(1 for e in evrs if e.success)
    return ExpectationSuiteValidationResult(
        success=passed == len(evrs),
        results=evrs,
        suite_name=suite.name,
        statistics={
            "evaluated_expectations": len(evrs),
            "successful_expectations": passed,
            "unsuccessful_expectations": len(evrs) - passed,
            "success_percent": 100.0 * passed / len(evrs),
        },
        meta={
            "great_expectations_version": gx.__version__,
            "run_id": gx_run,
            "validation_time": gx_run.run_time,
            "batch_spec": {"data_asset_name": f"{suite.name} (rows staged by this run)"},
            "active_batch_definition": {
                "datasource_name": "staged", "data_asset_name": suite.name, "batch_definition_name": "rows"},
        },
    )


def _escaped(value):
    """``value`` with every string HTML-escaped.  GX writes unexpected values, observed
    values and exception messages into its pages as they are; they come from the
    documents (titles, paths, body text), so markup in them must show, not run."""
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_escaped(v) for v in value]
    return value


def _result_dict(record: ExpectationResult) -> dict:
    details = _escaped(record.details)
    result: dict = {"unexpected_count": record.unexpected_count}
    if details.get("element_count") is not None:
        elements = int(details["element_count"])
        missing = int(details.get("missing_count") or 0)
        counted = elements - missing
        result.update(
            element_count=elements,
            missing_count=missing,
            missing_percent=100.0 * missing / elements if elements else None,
            unexpected_percent=100.0 * record.unexpected_count / counted if counted else 0.0,
            partial_unexpected_list=list(details.get("unexpected_values") or []),
        )
    if "observed_value" in details:
        result["observed_value"] = details["observed_value"]
    if details.get("mismatched") is not None:
        result["details"] = {"mismatched": details["mismatched"]}
    return result


def _exception_info(record: ExpectationResult) -> dict:
    message = record.details.get("exception")
    if not message:
        return {"raised_exception": False, "exception_message": None, "exception_traceback": None}
    return {"raised_exception": True, "exception_message": html.escape(str(message)), "exception_traceback": None}


def _swap_in(staging: Path, docs_dir: Path) -> None:
    """Replace ``docs_dir`` by ``staging`` so a reader never sees half a site."""
    old = None
    if docs_dir.exists():
        old = docs_dir.with_name(_scratch_name(docs_dir, "old"))
        docs_dir.rename(old)
    staging.rename(docs_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- making the pages readable offline ------------------------------------------

_REMOTE_LINK = re.compile(r"""<link\b[^>]*\bhref=["']https?://[^"']*["'][^>]*>\s*""", re.I)
_REMOTE_SCRIPT = re.compile(r"""<script\b[^>]*\bsrc=["']https?://[^"']*["'][^>]*>\s*</script>\s*""", re.I)
_INLINE_SCRIPT = re.compile(r"<script\b[^>]*>(?P<body>.*?)</script>\s*", re.I | re.S)
_TAB_PANE = re.compile(r'<div\s+class="tab-pane[^"]*"\s+id="(?P<id>[^"]+)"[^>]*>')
_TABLE_DATA = re.compile(
    r"\$\('#(?P<id>[\w-]+)'\)\.bootstrapTable\(\s*Object\.assign\(\s*\{\s*"
    r"columns:\s*(?P<columns>\[.*?\]),\s*data:\s*(?P<data>\[.*?\]),\s*toolbar:",
    re.S,
)


def make_offline(page: str, root: str = "", *, summary: str | None = None) -> str:
    """One GX page made self-contained: ``root`` is the relative path to the site root."""
    tables = {m["id"]: (m["columns"], m["data"]) for m in _TABLE_DATA.finditer(page)}
    page = _REMOTE_LINK.sub("", page)
    page = _REMOTE_SCRIPT.sub("", page)
    # Scripts that need jQuery/Bootstrap (now absent) would only raise errors.
    page = _INLINE_SCRIPT.sub(lambda m: "" if _needs_jquery(m["body"]) else m.group(0), page)
    page = page.replace(_GX_ASSETS, f"{root}static/images/")
    for table_id, (columns, data) in tables.items():
        page = _fill_table(page, table_id, columns, data)
    # Tabs need Bootstrap's script: show every pane, each under its own heading.
    page = _TAB_PANE.sub(lambda m: f'{m.group(0)}<h4 class="cruftless-tab">{html.escape(m["id"].replace("-", " "))}</h4>',
                         page)
    page = page.replace("</head>", f"<style>{OFFLINE_CSS}</style>\n</head>", 1)
    if summary:
        page = re.sub(r"(<body\b[^>]*>)", lambda m: m.group(1) + summary, page, count=1)
    return page


def _needs_jquery(script: str) -> bool:
    return "$(" in script or "jQuery" in script or "bootstrapTable" in script


def _fill_table(page: str, table_id: str, columns_src: str, data_src: str) -> str:
    """Write the rows GX meant bootstrap-table to draw into the (empty) table itself."""
    try:
        columns = ast.literal_eval(columns_src)
        rows = ast.literal_eval(data_src)
    except (ValueError, SyntaxError) as exc:
        log.debug("index table %s left to JavaScript: %s", table_id, exc)
        return page
    head = "".join(f"<th>{html.escape(str(c.get('title', c.get('field', ''))))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(_cell(row, column["field"], first=i == 0) for i, column in enumerate(columns)) + "</tr>"
        for row in rows
    )
    empty = re.compile(rf'(<table\s+id="{re.escape(table_id)}"[^>]*?)\s*data-toggle="table"\s*>\s*</table>')
    filled = f' data-cruftless="static"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    return empty.sub(lambda m: m.group(1) + filled, page, count=1)


def _cell(row: dict, field: str, *, first: bool) -> str:
    """A cell's text; where GX wrote HTML, its plain sort or filter key if it keeps one."""
    value = row.get(field, "")
    plain = value
    if isinstance(value, str) and "<" in value:  # GX's HTML: icons and tooltips need its scripts
        plain = row.get("_validation_success_text") if field == "validation_success" else row.get(f"_{field}_sort")
    content = html.escape(str(plain)) if plain is not None else str(value)
    link = row.get("_table_row_link_path")
    if first and link and "<a " not in content:
        content = f'<a href="{html.escape(link)}">{content}</a>'
    css = ""
    if field == "validation_success":
        css = ' class="text-success"' if plain == "Success" else ' class="text-danger"'
    return f"<td{css}>{content}</td>"


def _summary(run_id: str, run_time: dt.datetime, results: Iterable[ExpectationResult]) -> str:
    results = list(results)
    failed = [r for r in results if not r.success]
    critical = [r for r in failed if r.severity != "warning"]
    warned = [r for r in failed if r.severity == "warning"]
    tables = sorted({r.table_name for r in results})
    outcome = ", all passed."
    if failed:
        parts = ([f"<strong>{len(critical)} critical failed</strong> (their documents are quarantined)"]
                 if critical else []) + ([f"{len(warned)} warnings failed (their documents loaded)"] if warned else [])
        outcome = ": " + " and ".join(parts) + "."
    lines = [
        f"<strong>cruftless run {html.escape(run_id)}</strong> at {run_time:%Y-%m-%d %H:%M:%S}: "
        f"{len(results)} expectations checked on {len(tables)} tables"
        + (f" ({html.escape(', '.join(tables))})" if tables else "")
        + outcome
    ]
    if not results:
        lines.append("Nothing new was validated in this run; the suites are listed below.")
    items = "".join(
        f"<li><code>{html.escape(r.expectation)}</code> ({html.escape(r.severity)}): "
        f"{r.unexpected_count} unexpected</li>" for r in critical + warned
    )
    style = "alert-danger" if critical else "alert-warning" if warned else "alert-success"
    return (f'<div class="cruftless-run alert {style}">'
            + "<br>".join(lines) + (f"<ul>{items}</ul>" if items else "") + "</div>")


def _more(total: int, what: str) -> str:
    return (f"<p>… and {total - LISTED} more {what}: <code>cruftless quarantine --all</code> and "
            "<code>cruftless status</code> list them all.</p>") if total > LISTED else ""


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML table; ``rows`` hold cells already escaped (they may carry markup)."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _code(text: str) -> str:
    return f"<code>{html.escape(text)}</code>"


def _quarantine_section(quarantined: Sequence[Quarantined]) -> str:
    """The files still quarantined, whichever stage refused them (discovery and extraction
    failures never reach validation, so no suite page shows them)."""
    if not quarantined:
        return '<div class="cruftless-run alert alert-success">No file is quarantined.</div>'
    rows = ((_code(q.source_path), html.escape(q.stage), html.escape(q.reason), html.escape(q.detail or ""),
             html.escape(q.run_id)) for q in quarantined[:LISTED])
    return ('<div class="cruftless-run alert alert-danger" id="cruftless-quarantine">'
            f"<strong>{len(quarantined)} file(s) quarantined</strong> (not in the tables; "
            "<code>cruftless explain PATH</code> says why, <code>cruftless retry</code> tries again):"
            + _table(("file", "stage", "reason", "detail", "since run"), rows)
            + f"{_more(len(quarantined), 'files')}</div>")


def _warning_section(warned: Sequence[Warned]) -> str:
    """The documents this run loaded with a warning (they are in the tables)."""
    if not warned:
        return ""
    rows = ((_code(w.source_path), _code(w.expectation), html.escape(w.detail)) for w in warned[:LISTED])
    return ('<div class="cruftless-run alert alert-warning" id="cruftless-warnings">'
            f"<strong>{len(warned)} warning(s)</strong> on documents this run loaded (view "
            "<code>document_warnings</code>):" + _table(("file", "expectation", "detail"), rows)
            + f"{_more(len(warned), 'warnings')}</div>")


def _history_section(entries: Sequence[dict]) -> str:
    """Every run the site keeps, newest first, with links to its validation pages."""
    rows = []
    for e in entries:
        pages = e.get("pages") if isinstance(e.get("pages"), dict) else {}
        links = " ".join(f'<a href="{html.escape(str(rel), quote=True)}">{html.escape(str(table))}</a>'
                         for table, rel in sorted(pages.items()))
        rows.append((html.escape(str(e.get("run_id"))), html.escape(str(e.get("time", ""))),
                     *(str(int(e.get(k) or 0)) for k in ("checked", "critical_failed", "warnings_failed", "quarantined")),
                     links or "(nothing validated)"))
    return ('<div class="cruftless-run alert" id="cruftless-history"><strong>Runs</strong> (newest first; '
            f"the last {HISTORY_RUNS} are kept):"
            + _table(("run", "at", "checked", "critical failures", "warning failures", "quarantined after it",
                      "validation pages"), rows) + "</div>")


# A few rules standing in for Bootstrap 4 and Font Awesome, enough to read the pages.
OFFLINE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:15px;
  line-height:1.45;color:#212529;background:#fff;margin:0}
a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
.navbar{display:flex;align-items:center;padding:.4rem 1rem;border-bottom:1px solid #dee2e6}
.navbar img{height:40px!important}
.container-fluid{padding:1rem 1.5rem}
.row{display:flex;flex-wrap:wrap;gap:0 1.5rem}
.col-12{flex:1 1 100%}
.col-md-2,.col-lg-2{flex:0 0 14rem;max-width:14rem}
.col-md-10,.col-lg-10{flex:1 1 30rem;min-width:0}
.col-6{flex:1 1 45%}
@media (max-width:760px){.col-md-2,.col-lg-2{flex:1 1 100%;max-width:none}}
.d-none{display:none}.invisible{visibility:hidden}
.fade{opacity:1}.tab-content>.tab-pane{display:block;margin-bottom:1.5rem}
.collapse{display:block}
.nav,.nav-tabs,.nav-pills{list-style:none;padding:0;margin:0 0 .5rem}
.nav-tabs{display:none}
.nav-pills .nav-link{display:block;padding:.15rem .3rem}
.breadcrumb{display:none}
.alert{padding:.6rem 1rem;margin:.5rem 0 1rem;border:1px solid #d6d8db;border-radius:.25rem;background:#f1f3f5}
.alert-success{background:#e7f5ea;border-color:#b7dfbf}
.alert-danger{background:#fbe9eb;border-color:#f1b0b7}
.alert-warning{background:#fff6dd;border-color:#f0d58c}
.cruftless-run{margin:1rem 1.5rem 0}.cruftless-run ul{margin:.3rem 0 0}
.card{border:1px solid #dee2e6;border-radius:.25rem;margin-bottom:1rem}
.card-header{background:#f7f7f9;border-bottom:1px solid #dee2e6;padding:.4rem .75rem}
.card-body{padding:.75rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;max-width:100%}
th,td{border:1px solid #dee2e6;padding:.3rem .55rem;vertical-align:top;text-align:left}
thead th{background:#f1f3f5}
.table-responsive{overflow-x:auto}
.badge{display:inline-block;padding:.1rem .4rem;border-radius:.25rem;background:#6c757d;color:#fff;
  font-size:.8em;font-family:ui-monospace,Menlo,Consolas,monospace}
.text-success{color:#1e7e34}.text-danger{color:#c82333}td.text-danger a{color:#c82333;font-weight:600}
.fas,.fa{font-style:normal}
.fa-check-circle::before{content:"\\2714"}.fa-times::before,.fa-times-circle::before{content:"\\2718"}
.fa-question-circle::before{content:"?"}
.btn,.btn-group,[id$="-body-table-toolbar"]{display:none}
footer{display:none}
pre,code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
h1,h2,h3,h4,h5,h6,.h6{margin:.6rem 0 .4rem}
"""
