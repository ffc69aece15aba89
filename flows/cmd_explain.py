"""``cruftless explain DOC``: what cleaning removed from a document, rule by rule, and for a
quarantined file also why it was quarantined.

A loaded document's removals are read from ``artefacts``.  A quarantined file's rows were
never loaded, so its file is cleaned again here, in one bounded worker process (the same
code, rules and learned templates as a run), into a temporary folder: nothing is written
to the warehouse.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from flows.cli_common import ConfigOpt, DbOpt, IngestOpt, JsonOpt, console, emit, err, hint, load_config, read_only, say


def explain(
    doc: str = typer.Argument(..., help="A doc_id (or its first characters), a source path (or part of it), or part of the title."),
    ingest: Optional[Path] = IngestOpt,
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    width: int = typer.Option(120, help="Cut removed text to this many characters (0: no cut)."),
    as_json: bool = JsonOpt,
):
    """What cleaning removed from one document (or quarantined file), and which rule removed it."""
    from warehouse.audit import find_documents, find_quarantined, removals

    cfg = load_config(ingest, db, config)
    quarantined = None
    with read_only(cfg) as con:
        matches = find_documents(con, doc)
        if not matches:
            quarantined = find_quarantined(con, doc)
            if quarantined:
                templates, folder = _run_context(con)
        else:
            if len(matches) > 1 and matches[0][1] != doc and not as_json:
                say(f"{len(matches)} documents match {escape(repr(doc))}; showing the first. Others:")
                for _, path, title in matches[1:6]:
                    say(f"  {escape(path)} — {escape(title or '')}")
            doc_id, path, title = matches[0]
            rows = removals(con, doc_id)
    if not matches and not quarantined:
        err.print(f"[red]no document or quarantined file matches {escape(repr(doc))}[/] — try a path, a title "
                  f"word or a doc_id prefix; {escape(hint('status', cfg))} lists what is there", soft_wrap=True)
        raise typer.Exit(1)
    if quarantined:
        q = quarantined[0]
        root = Path(folder) if folder and ingest is None else cfg.ingest
        rows, note = _clean_again(cfg, root, q, templates)
        result = {"status": "quarantined", "source_path": q["source_path"], "doc_id": q["doc_id"],
                  "stage": q["stage"], "reason": q["reason"], "detail": q["detail"], "run_id": q["run_id"],
                  "at": q["at"], "removals": [dict(zip(("kind", "rule", "text", "page"), r)) for r in rows],
                  "note": note}
        if emit("json" if as_json else None, result):
            return
        console.print(f"[bold red]quarantined[/] {escape(q['source_path'])} in run {escape(q['run_id'])}",
                      soft_wrap=True, highlight=False)
        console.print(f"  stage   {escape(q['stage'])}\n  reason  {escape(q['reason'])}", highlight=False)
        console.print(f"  detail  {escape(q['detail'])}", soft_wrap=True, highlight=False)
        if note:
            say(f"[yellow]{escape(note)}[/]")
        if rows:
            _print_removals(rows, width)
            say(f"{len(rows)} removal(s), from cleaning the file again now (nothing was written).")
        say(f"after fixing the cause: {escape(hint('retry', cfg, _quoted(q['source_path'])))}")
        return
    result = {"status": "loaded", "source_path": path, "doc_id": doc_id, "title": title,
              "removals": [dict(zip(("kind", "rule", "text", "page"), r)) for r in rows]}
    if emit("json" if as_json else None, result):
        return
    console.print(f"[bold]{escape(title or '(no title)')}[/]  {escape(path)}", soft_wrap=True, highlight=False)
    console.print(f"doc_id {doc_id}", highlight=False)
    _print_removals(rows, width)
    say(f"{len(rows)} removal(s). SQL: SELECT kind, rule, text FROM artefacts WHERE doc_id = '{doc_id}';",
        markup=False)


def _quoted(path: str) -> str:
    from flows.cli_common import quote_arg

    return quote_arg(path)


def _print_removals(rows, width: int) -> None:
    table = Table(show_lines=False)
    table.add_column("kind", no_wrap=True)
    table.add_column("rule", no_wrap=True)  # a rule name is looked up as a whole: never split it
    table.add_column("page", no_wrap=True)
    table.add_column("removed text", overflow="fold", ratio=1, min_width=12)
    for kind, rule, text, page in rows:
        shown = text if not width or len(text) <= width else text[: width - 1] + "…"
        table.add_row(escape(kind), escape(rule), "" if page is None else str(page), escape(shown))
    console.print(table)


def _run_context(con):
    """The learned templates and the folder of the warehouse's runs."""
    import duckdb

    from warehouse.boilerplate import stored_templates
    from warehouse.store import recorded_folder

    try:
        templates = stored_templates(con)
    except duckdb.Error:
        templates = {}
    try:
        folder = recorded_folder(con)
    except duckdb.Error:
        folder = None
    return templates, folder


def _clean_again(cfg, root: Path, q: dict, templates) -> tuple[list, str | None]:
    """Clean a quarantined file again in one bounded worker → (removals, note)."""
    import datetime as dt
    import os

    import duckdb

    from extract.files import FileInfo, sha256_file
    from flows.isolation import close_pool, run_batch
    from flows.worker import WorkerSetup
    from warehouse.staging import code_version

    path = root / q["source_path"]
    if q["stage"] == "discover" or not path.is_file():
        return [], (None if q["stage"] == "discover" else
                    f"{path} is not there any more, so what cleaning would remove cannot be shown")
    sha = sha256_file(path)
    if q["sha256"] and sha != q["sha256"]:
        note = "the file changed since it was quarantined: the removals below are for its current bytes"
    else:
        note = None
    st = path.stat()
    info = FileInfo(q["source_path"], sha, st.st_size, dt.datetime.fromtimestamp(st.st_mtime))
    setup = WorkerSetup(ingest=str(root), rules=cfg.rules, templates=dict(templates), max_file_mb=cfg.max_file_mb,
                        timeout_s=cfg.file_timeout_s, memory_mb=cfg.file_memory_mb,
                        extractor_key=code_version("extract"), workers=1)
    run_id = f"explain-{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="cruftless-explain-") as tmp:
        try:
            result = run_batch(run_id, setup, [("file", info)], str(Path(tmp) / "batch"))
        finally:
            close_pool(run_id)
        outcome = result.outcomes[0]
        files = list(Path(tmp).rglob("artefacts.parquet"))
        rows = []
        if files:  # a Parquet file keeps its rows in the order they were written
            rows = duckdb.connect().execute(
                "SELECT kind, rule, text, page FROM read_parquet(?)", [[str(f) for f in files]]).fetchall()
    if not outcome.ok and not rows:
        note = f"cleaning it again stops at {outcome.stage}: {outcome.reason}"
    return rows, note


def register(app: typer.Typer) -> None:
    app.command()(explain)
