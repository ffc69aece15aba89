"""The whole flow on the sample folder plus bad inputs, under Prefect's test harness."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from extract.reasons import REASONS
from tests.conftest import SAMPLES

BAD_REASONS = {
    "bad/empty.txt": "empty",
    "bad/random.pdf": "corrupt_pdf",
    "bad/truncated.pdf": "corrupt_pdf",
    "bad/encrypted.pdf": "pdf_encrypted",
    "bad/scanned.pdf": "no_text_layer",
    "bad/slides.pptx": "unsupported_format",
}
DATA_TABLES = ["documents", "paragraphs", "artefacts", "citations", "bibliography", "date_mentions"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, prefect_harness):
    """Run the flow once on samples/ingest + samples/bad; yield (ingest, db, summary)."""
    from flows.pipeline import cruftless_flow

    root = tmp_path_factory.mktemp("corpus")
    ingest = root / "ingest"
    shutil.copytree(SAMPLES / "ingest", ingest)
    shutil.copytree(SAMPLES / "bad", ingest / "bad")
    db = root / "warehouse.duckdb"
    summary = cruftless_flow(ingest=str(ingest), db=str(db))
    return ingest, db, summary, cruftless_flow


def query(db, sql, *params):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params).fetchall()


def counts(db):
    return {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in DATA_TABLES + ["source_files", "quarantine"]}


def test_samples_load_and_bad_files_are_quarantined_with_reasons(corpus):
    ingest, db, summary, _ = corpus
    n_samples = len(list((SAMPLES / "ingest").iterdir()))
    assert summary["status"] == "completed"
    assert summary["files_seen"] == n_samples + len(BAD_REASONS) + 1  # + bad/latin1.txt, which loads
    assert summary["docs_loaded"] == n_samples + 1
    assert summary["docs_quarantined"] == len(BAD_REASONS)
    reasons = dict(query(db, "SELECT source_path, reason FROM quarantine"))
    assert reasons == BAD_REASONS
    assert set(reasons.values()) <= set(REASONS)  # every code the run wrote is registered
    for path, detail in query(db, "SELECT source_path, detail FROM quarantine"):
        assert path in detail and len(detail.split()) >= 8  # a sentence a person can act on


def test_every_ingest_file_is_loaded_or_quarantined(corpus):
    ingest, db, _, _ = corpus
    files = {p.relative_to(ingest).as_posix() for p in ingest.rglob("*") if p.is_file()}
    rows = dict(query(db, "SELECT source_path, status FROM source_files"))
    assert set(rows) == files
    loaded = {p for (p,) in query(db, "SELECT sf.source_path FROM source_files sf JOIN documents d USING (doc_id)")}
    quarantined = {p for (p,) in query(db, "SELECT source_path FROM quarantine WHERE NOT resolved")}
    assert loaded | quarantined == files and not loaded & quarantined


def test_every_contract_table_is_filled(corpus):
    _, db, _, _ = corpus
    c = counts(db)
    assert all(c[t] > 0 for t in DATA_TABLES), c
    assert query(db, "SELECT count(*) FROM runs")[0][0] >= 1
    assert query(db, "SELECT count(*) FROM validation_results")[0][0] > 10


def test_validation_results_name_every_table(corpus):
    _, db, _, _ = corpus
    tables = {t for (t,) in query(db, "SELECT DISTINCT table_name FROM validation_results")}
    assert set(DATA_TABLES) | {"source_files"} <= tables


def test_a_second_run_changes_nothing(corpus):
    ingest, db, _, flow = corpus
    before = counts(db)
    summary = flow(ingest=str(ingest), db=str(db))
    assert (summary["files_new"], summary["files_changed"], summary["docs_loaded"]) == (0, 0, 0)
    assert summary["files_unchanged"] == summary["files_seen"]
    assert counts(db) == before


def test_editing_one_file_reprocesses_only_it(corpus):
    ingest, db, _, flow = corpus
    target = ingest / "estuary-ferry-cp1252.txt"
    target.write_bytes(target.read_bytes() + b"\r\nA new closing paragraph about the ferry's bell, rung in 1931.\r\n")
    before = counts(db)
    summary = flow(ingest=str(ingest), db=str(db))
    assert (summary["files_changed"], summary["docs_loaded"], summary["files_new"]) == (1, 1, 0)
    after = counts(db)
    assert after["documents"] == before["documents"]
    assert query(db, "SELECT count(*) FROM documents WHERE body_text LIKE '%bell, rung in 1931%'")[0][0] == 1
    assert query(db, "SELECT count(*), count(DISTINCT doc_id || para_no) FROM paragraphs")[0] == (after["paragraphs"],) * 2


ESSAYS = {
    1: ("The Flight at Hatton", "The keepers at the bottom lock kept a ledger of every boat that passed, and the "
        "ledgers survive for most years between the opening and the closure to commercial traffic.",
        "The bottom lock was the busiest on the flight, and its keeper was paid accordingly."),
    2: ("Ice Boats on the Summit Pound", "In hard winters the company sent ice-breaking boats up the summit pound, rocked by a dozen "
        "men standing on a rail, and the keepers logged every passage through the frozen locks.",
        "The ice boats kept trade moving in all but the worst winters of the century."),
    3: ("Tolls, Tickets and the Toll Clerks", "Every boat paid by the ton and the mile, and the toll clerks issued tickets that the "
        "keepers checked against the cargo before they opened the gates.",
        "The ticket system survived, almost unchanged, until the canal was nationalised."),
    4: ("The Last Cargo", "The last commercial cargo, a load of timber for a boatyard, passed the flight on a wet "
        "morning in spring, watched by the keepers and a photographer from the local paper.",
        "After the last cargo the locks were kept for pleasure boats, and the keepers became wardens."),
}


def _essay(n: int) -> str:
    title, body, end = ESSAYS[n]
    return (
        f"{title}\n\n"
        "Towpath Gazette · quarterly notes from the canal bank\n\n"
        f"{body}\n\n"
        "“A canal is a river that has been taught manners.”\n\n"
        "Conclusion\n\n"
        f"{end}\n"
    )


def test_site_boilerplate_is_learned_across_a_folder(tmp_path, prefect_harness):
    """A banner no rule names is learned from four essays of one folder and removed from
    all of them, also from the one loaded in an earlier run; a quotation the essays share,
    and their "Conclusion" headings, stay."""
    from flows.pipeline import cruftless_flow

    ingest = tmp_path / "ingest"
    (ingest / "towpath").mkdir(parents=True)
    db = tmp_path / "w.duckdb"
    (ingest / "towpath" / "essay-1.txt").write_text(_essay(1))
    cruftless_flow(ingest=str(ingest), db=str(db))  # one essay alone: nothing to learn from
    assert query(db, "SELECT count(*) FROM documents WHERE body_text LIKE '%Towpath Gazette%'")[0][0] == 1
    for n in (2, 3, 4):
        (ingest / "towpath" / f"essay-{n}.txt").write_text(_essay(n))
    summary = cruftless_flow(ingest=str(ingest), db=str(db))
    assert summary["docs_loaded"] == 4  # three new ones + the earlier one, cleaned again
    assert query(db, "SELECT count(*) FROM documents WHERE body_text LIKE '%Towpath Gazette%'")[0][0] == 0
    assert query(db, "SELECT count(*) FROM artefacts WHERE kind = 'repeated_template'")[0][0] == 4
    assert query(db, "SELECT count(*) FROM documents WHERE body_text LIKE '%taught manners%'")[0][0] == 4
    assert query(db, "SELECT count(*) FROM paragraphs WHERE kind = 'heading' AND text = 'Conclusion'")[0][0] == 4
    assert query(db, "SELECT family, documents, family_documents FROM boilerplate_templates") == [
        ("folder:towpath", 4, 4)]
