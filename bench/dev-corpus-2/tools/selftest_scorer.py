#!/usr/bin/env python3
"""End-to-end test of the gold with the shared scorer, without running cruftless.

Builds a DuckDB warehouse that a perfect pipeline would produce (the simulated ideal
bodies from check_corpus.py, every gold citation, footnote and date) and scores it with
../shared/tools/score_gold.py.  Every headline figure should be 100 % except fn_body for
the bracketed '[n]' markers of document 07 (see README).

    .venv/bin/python bench/dev-corpus-2/tools/selftest_scorer.py      # needs duckdb
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_corpus as cc  # noqa: E402
from goldlib import ROOT, encoding_for  # noqa: E402


def main():
    import duckdb
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "selftest.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, source_path VARCHAR, title VARCHAR, authors VARCHAR[], "
                "published VARCHAR, body_text VARCHAR)")
    con.execute("CREATE TABLE citations (doc_id VARCHAR, kind VARCHAR, raw VARCHAR, marker INTEGER, "
                "authors VARCHAR[], year INTEGER, char_start INTEGER)")
    con.execute("CREATE TABLE date_mentions (doc_id VARCHAR, raw VARCHAR, edtf VARCHAR, date_start DATE, "
                "date_end DATE, precision VARCHAR, qualifier VARCHAR, char_start INTEGER, char_end INTEGER)")
    for path in sorted((ROOT / "gold").glob("*.gold.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        raw = (ROOT / "docs" / g["source"]).read_bytes().decode(encoding_for(g["source"]))
        r = cc.Report(g["source"])
        body = cc.simulate(g, raw, r)
        doc = g["source"]
        pub = g["published"]
        con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                    [doc, f"bench/dev-corpus-2/docs/{doc}", g["title"], g["authors"], pub, body])
        for i, f in enumerate(g["footnotes"]):
            con.execute("INSERT INTO citations VALUES (?, 'footnote', ?, ?, NULL, NULL, ?)",
                        [doc, str(f["number"]), f["number"], i])
        for c in g["citations"]:
            con.execute("INSERT INTO citations VALUES (?, 'author_year', ?, NULL, ?, ?, ?)",
                        [doc, c["raw"], c["surnames"], c["year"], c["raw_start"]])
        cursor = 0
        entries = sorted(g["dates"] + g["optional_dates"], key=lambda e: e["raw_start"])
        for d in entries:
            if d.get("in_cruft") or (d not in g["dates"] and d["text"] not in body[cursor:]):
                continue  # an optional date whose line was dropped
            at = body.find(d["text"], cursor)
            if at < 0:
                print(f"{doc}: date {d['text']!r} not found after offset {cursor}")
                cs = ce = None
            else:
                cs, ce, cursor = at, at + len(d["text"]), at + len(d["text"])
            con.execute("INSERT INTO date_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [doc, d["text"], d["edtf"], d["start"], d["end"], d.get("precision"), d.get("qualifier"),
                         cs, ce])
    con.close()
    scorer = ROOT.parents[1] / "shared" / "tools" / "score_gold.py"
    if not scorer.exists():
        scorer = Path("/work/shared/tools/score_gold.py")
    return subprocess.call([sys.executable, str(scorer), "--gold", str(ROOT / "gold"), "--db", str(db)] + sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
