"""Full-text search (warehouse/search.py): BM25 ranking, stemming, the index following loads."""
import hashlib

import duckdb
import pytest

from extract.files import FileInfo
from transform.model import CleanDocument, Paragraph
from warehouse import search
from warehouse.frames import StagedDoc
from warehouse.manifest import plan_run
from warehouse.schema import apply_schema
from warehouse.store import known_doc_ids, read_manifest
from tests.store_runs import T, load

TEXTS = {
    "tashkent.txt": ["The Tashkent Declaration of 1966 ended the war.",
                     "Weather in the valley was mild that spring, and the harvest was early and large.",
                     "Historians still argue about the declaration and what Tashkent meant for Pakistan’s policy "
                     "in the years that followed, long after the delegations had gone home."],
    "ferries.txt": ["The ferry crossed the estuary twice a day.", "Declarations of cargo were made at the quay."],
    "trams.txt": ["Trams ran on Quarry Road until 1971.", "The depot closed in 1972."],
}


def sha(path: str, version: int = 1) -> str:
    return hashlib.sha256(f"{path} v{version}".encode()).hexdigest()


def doc(paragraphs: list[str]) -> CleanDocument:
    body = "\n\n".join(paragraphs)
    paras, pos = [], 0
    for i, text in enumerate(paragraphs):
        paras.append(Paragraph(i, "paragraph", "Section" if i else None, None, text, pos, pos + len(text)))
        pos += len(text) + 2
    return CleanDocument(title=None, authors=(), published=None, body_text=body, word_count=len(body.split()),
                         paragraphs=tuple(paras), artefacts=())


def run(con, texts: dict[str, list[str]], run_id: str, version: dict[str, int] | None = None, stage_dir=None):
    """One load through the store: texts = {path: paragraphs}, staged in ``stage_dir`` (else ``con.stage_dir``)."""
    version = version or {}
    infos = [FileInfo(p, sha(p, version.get(p, 1)), 100, T) for p in texts]
    contents = {i.sha256: texts[i.source_path] for i in infos}
    manifest = read_manifest(con)
    plan = plan_run(infos, manifest, known_doc_ids(con), T)
    staged = [StagedDoc(f, "txt", "utf-8", doc(contents[f.sha256])) for f in plan.process]
    load(con, plan, staged, [], run_id, manifest, stage_dir or con.stage_dir)
    return plan


@pytest.fixture
def con(con):
    """The warehouse (tests/warehouse/conftest.py) with TEXTS loaded as run r1."""
    run(con, TEXTS, "r1")
    return con


def found(con, query, **kw):
    return [(h.source_path, h.para_no) for h in search.search(con, query, **kw)]


def test_the_load_builds_the_index(con):
    assert search.index_exists(con) and not search.index_is_stale(con)
    assert con.execute(f"SELECT count(*) FROM {search.FTS_SCHEMA}.docs").fetchone()[0] == 7


def test_paragraphs_that_mention_the_words_come_first(con):
    hits = found(con, "tashkent declaration")
    # The short paragraph with both words beats the long one with both, which beats "Declarations" alone.
    assert hits == [("tashkent.txt", 0), ("tashkent.txt", 2), ("ferries.txt", 1)]
    scores = [h.score for h in search.search(con, "tashkent declaration")]
    assert scores == sorted(scores, reverse=True)


def test_all_terms_keeps_only_paragraphs_with_every_word(con):
    assert found(con, "tashkent declaration", all_terms=True) == [("tashkent.txt", 0), ("tashkent.txt", 2)]


def test_stems_years_and_typographic_apostrophes(con):
    assert set(found(con, "declared")) == {("ferries.txt", 1), ("tashkent.txt", 0), ("tashkent.txt", 2)}
    assert ("tashkent.txt", 2) in found(con, "pakistan")      # "Pakistan’s"
    assert found(con, "1971") == [("trams.txt", 0)]
    assert found(con, "the of and") == []                      # stopwords only
    assert found(con, "zeppelin") == []


def test_limit(con):
    assert len(found(con, "the tashkent declaration ferry trams", limit=2)) == 2


def test_hits_carry_where_the_words_are(con):
    hit = search.search(con, "tashkent declarations")[0]
    assert [hit.text[a:b] for a, b in hit.spans] == ["Tashkent", "Declaration"]
    apostrophe = next(h for h in search.search(con, "pakistan") if h.para_no == 2)
    assert [apostrophe.text[a:b] for a, b in apostrophe.spans] == ["Pakistan"]


def test_the_index_follows_changed_and_deleted_files(con):
    run(con, {**TEXTS, "trams.txt": ["Buses replaced the trams in 1980."]}, "r2", version={"trams.txt": 2})
    assert found(con, "1971") == []
    assert found(con, "buses") == [("trams.txt", 0)]
    run(con, {"tashkent.txt": TEXTS["tashkent.txt"]}, "r3")  # ferries and trams deleted
    assert found(con, "ferry") == [] and found(con, "buses") == []
    assert [p for p, _ in found(con, "tashkent")] == ["tashkent.txt", "tashkent.txt"]
    assert not search.index_is_stale(con)


def test_loads_update_the_index_in_place_and_never_rebuild_it(con, monkeypatch):
    calls = []
    monkeypatch.setattr(search, "build_index", lambda c: calls.append(c))
    run(con, TEXTS, "r2")  # unchanged
    run(con, {**TEXTS, "trams.txt": ["Buses replaced the trams in 1980."]}, "r3", version={"trams.txt": 2})
    assert calls == [] and found(con, "buses") == [("trams.txt", 0)]


def test_an_updated_index_scores_like_a_rebuilt_one(con):
    run(con, {**TEXTS, "trams.txt": ["Buses replaced the trams in 1980, and the buses ran late."],
              "new.txt": ["A new note on the Tashkent talks and the ferry crossings."]}, "r2", version={"trams.txt": 2})
    queries = ["tashkent", "ferry crossings", "buses", "declaration war"]
    updated = {q: search.search(con, q) for q in queries}
    stats = con.execute(f"SELECT * FROM {search.FTS_SCHEMA}.stats").fetchall()
    search.build_index(con)
    assert con.execute(f"SELECT * FROM {search.FTS_SCHEMA}.stats").fetchall() == stats
    for q in queries:
        assert [(h.doc_id, h.para_no, round(h.score, 9)) for h in search.search(con, q)] == [
            (h.doc_id, h.para_no, round(h.score, 9)) for h in updated[q]], q


def test_a_reader_loads_the_extension_and_searches(tmp_path):
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as writer:
        apply_schema(writer)
        run(writer, TEXTS, "r1", stage_dir=tmp_path / "stage")
    with duckdb.connect(str(db), read_only=True) as reader:
        search.load_fts(reader)
        assert found(reader, "ferry") == [("ferries.txt", 0)]


def test_no_index_says_how_to_get_one():
    c = duckdb.connect()
    apply_schema(c)
    search.load_fts(c)
    with pytest.raises(search.SearchUnavailable, match="cruftless run"):
        search.search(c, "anything")


def test_a_database_from_before_para_id_is_migrated():
    c = duckdb.connect()
    c.execute("CREATE TABLE paragraphs (doc_id VARCHAR NOT NULL, para_no INTEGER NOT NULL, kind VARCHAR NOT NULL, "
              "section VARCHAR, page INTEGER, text VARCHAR NOT NULL, char_start INTEGER NOT NULL, "
              "char_end INTEGER NOT NULL)")
    c.execute("INSERT INTO paragraphs VALUES ('d', 0, 'paragraph', NULL, NULL, 'Old ferry text', 0, 14)")
    apply_schema(c)  # CREATE IF NOT EXISTS leaves the old table as it was
    assert search.index_is_stale(c)
    assert search.build_index(c) == 1
    assert c.execute("SELECT para_id, text FROM paragraphs").fetchall() == [("d:0", "Old ferry text")]
    c.execute("INSERT INTO documents (doc_id, source_path, source_sha256, format, body_text, word_count, "
              "ingested_at, run_id) VALUES ('d', 'old.txt', 'd', 'txt', 'Old ferry text', 3, now(), 'r')")
    assert found(c, "ferries") == [("old.txt", 0)]


def test_without_the_extension_the_load_goes_on_and_the_stale_index_goes(con, monkeypatch):
    def missing():
        raise search.SearchUnavailable("no fts here")

    monkeypatch.setattr(search, "extension_path", missing)
    run(con, {**TEXTS, "trams.txt": ["Buses now."]}, "r2", version={"trams.txt": 2})
    assert con.execute("SELECT count(*) FROM paragraphs WHERE text = 'Buses now.'").fetchone()[0] == 1
    assert not search.index_exists(con)


def test_snippet_cuts_around_the_first_hit_and_keeps_spans():
    text = " ".join(f"word{i}" for i in range(100)) + " Tashkent " + " ".join(f"tail{i}" for i in range(100))
    start = text.index("Tashkent")
    short, spans = search.snippet(text, ((start, start + 8),), width=120)
    assert short.startswith("…") and short.endswith("…") and len(short) <= 122
    assert [short[a:b] for a, b in spans] == ["Tashkent"]
    assert search.snippet("short text", ((0, 5),)) == ("short text", ((0, 5),))


def test_words_split_like_the_index():
    text = "Pakistan’s ‘Tashkent Declaration’ (1966) — signed"
    assert [text[a:b] for a, b in search.words(text)] == ["Pakistan", "s", "Tashkent", "Declaration", "1966", "signed"]
