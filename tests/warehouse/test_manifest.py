import datetime as dt

from extract.files import FileInfo
from warehouse.manifest import ManifestRow, plan_run

T0 = dt.datetime(2026, 1, 1)
NOW = dt.datetime(2026, 2, 1)


def info(path, sha):
    return FileInfo(path, sha, 10, T0)


def row(path, sha, status="loaded", doc_id=None):
    return ManifestRow(path, sha, 10, doc_id if doc_id is not None else (sha if status in ("loaded", "duplicate") else None), status, T0, T0)


def test_first_run_processes_everything_once_per_content():
    plan = plan_run([info("a.txt", "A"), info("b.txt", "B"), info("copy-of-a.txt", "A")], {}, set(), NOW)
    assert [f.source_path for f in plan.process] == ["a.txt", "b.txt"]
    assert [(f.source_path, d) for f, d in plan.duplicates] == [("copy-of-a.txt", "A")]
    assert len(plan.new) == 3 and not plan.changed and not plan.unchanged


def test_second_run_skips_unchanged_files():
    manifest = {"a.txt": row("a.txt", "A"), "b.txt": row("b.txt", "X", status="quarantined")}
    plan = plan_run([info("a.txt", "A"), info("b.txt", "X")], manifest, {"A"}, NOW)
    assert not plan.process and len(plan.unchanged) == 2


def test_changed_bytes_reprocess_only_that_file():
    manifest = {"a.txt": row("a.txt", "A"), "b.txt": row("b.txt", "B")}
    plan = plan_run([info("a.txt", "A2"), info("b.txt", "B")], manifest, {"A", "B"}, NOW)
    assert [f.source_path for f in plan.changed] == ["a.txt"]
    assert [f.source_path for f in plan.process] == ["a.txt"]


def test_a_new_file_with_known_bytes_is_a_duplicate():
    plan = plan_run([info("a.txt", "A"), info("again.txt", "A")], {"a.txt": row("a.txt", "A")}, {"A"}, NOW)
    assert plan.duplicates == ((info("again.txt", "A"), "A"),) and not plan.process


def test_missing_files_are_deleted_and_deleted_ones_come_back_as_new():
    manifest = {"gone.txt": row("gone.txt", "G"), "back.txt": row("back.txt", "B", status="deleted", doc_id="")}
    plan = plan_run([info("back.txt", "B")], manifest, set(), NOW)
    assert plan.deleted == ("gone.txt",)
    assert [f.source_path for f in plan.new] == ["back.txt"]
    assert plan.first_seen["back.txt"] == T0


def test_a_loaded_row_whose_document_vanished_is_reprocessed():
    plan = plan_run([info("a.txt", "A")], {"a.txt": row("a.txt", "A")}, set(), NOW)
    assert [f.source_path for f in plan.process] == ["a.txt"]


def test_retry_reprocesses_an_unchanged_quarantined_file_only_when_asked():
    manifest = {"bad.txt": row("bad.txt", "X", status="quarantined"), "a.txt": row("a.txt", "A")}
    files = [info("a.txt", "A"), info("bad.txt", "X")]
    plain = plan_run(files, manifest, {"A"}, NOW)
    assert not plain.process and not plain.retried
    plan = plan_run(files, manifest, {"A"}, NOW, retry={"bad.txt", "a.txt", "absent.txt"})
    assert [f.source_path for f in plan.retried] == ["bad.txt"]  # a loaded file is not retried
    assert [f.source_path for f in plan.process] == ["bad.txt"]
    assert [f.source_path for f in plan.unchanged] == ["a.txt"]
    assert not plan.new and not plan.changed
    assert plan.first_seen["bad.txt"] == T0
