"""End-to-end test of a corpus's gold with the shared scorer, without running cruftless.

Builds the DuckDB warehouse a perfect pipeline would produce (the simulated ideal bodies
from goldtools.check, every gold citation, footnote and date) and scores it with the
shared score_gold.py.  Needs duckdb (run it with the project's .venv python).
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from goldtools import check as cc
from goldtools.goldlib import encoding_for


def selftest(root, reflow=frozenset(), argv=()):
    import duckdb
    root = Path(root)
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "selftest.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, source_path VARCHAR, title VARCHAR, authors VARCHAR[], "
                "published VARCHAR, body_text VARCHAR)")
    con.execute("CREATE TABLE citations (doc_id VARCHAR, kind VARCHAR, raw VARCHAR, marker INTEGER, "
                "authors VARCHAR[], year INTEGER, char_start INTEGER)")
    con.execute("CREATE TABLE date_mentions (doc_id VARCHAR, raw VARCHAR, edtf VARCHAR, date_start DATE, "
                "date_end DATE, precision VARCHAR, qualifier VARCHAR, char_start INTEGER, char_end INTEGER)")
    for path in sorted((root / "gold").glob("*.gold.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        raw = (root / "docs" / g["source"]).read_bytes().decode(encoding_for(g["source"]))
        r = cc.Report(g["source"])
        body = cc.simulate(g, raw, r, reflow)
        doc = g["source"]
        pub = g["published"]
        con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                    [doc, f"bench/{root.name}/docs/{doc}", g["title"], g["authors"], pub, body])
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
    return subprocess.call([sys.executable, str(cc.SCORER), "--gold", str(root / "gold"), "--db", str(db)]
                           + list(argv))
