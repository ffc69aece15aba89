"""bench/dates_quality.py: the TimeML interface and the stored floor on dates-dev.

Both need ../shared (the TimeML scorer and the corpus) and skip without it."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, shared_or_skip

FLOORS = json.loads((REPO / "bench" / "floors.json").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("dates_quality", REPO / "bench" / "dates_quality.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# An invented TimeML document in the shape TimeBank uses.
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
The ferry company said <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> that crossings fell
<TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3> for the first time in <TIMEX3 tid="t3" type="DURATION" value="P5Y">five years</TIMEX3>.

It sails <TIMEX3 tid="t4" type="SET" value="P1W">every week</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_tml_pred_writes_score_timex_jsonl(tmp_path):
    shared = shared_or_skip("tools", "score_timex.py")
    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "test_0001.tml").write_text(TML, encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    assert _bench().main(["--shared", str(shared.parents[1]), "--tml", str(tmp_path / "tml"), "--pred", str(pred)]) == 0
    rows = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r.get("value"), r["type"]) for r in rows] == [
        ("yesterday", "1998-01-07", "DATE"), ("last year", "1997", "DATE"),
        ("five years", "P5Y", "DURATION"), ("every week", "P1W", "SET")]
    scorer = _bench().load_timex_scorer(shared.parents[1])
    doc = scorer.read_tml(tmp_path / "tml" / "test_0001.tml")
    assert all(doc["text"][r["start"]:r["end"]] == r["text"] for r in rows)  # offsets into score_timex's text


def test_dates_dev_floor():
    """The stored floor (bench/floors.json) on the 183 TimeBank documents of dates-dev."""
    tml = shared_or_skip("bench", "dates-dev", "tml")
    bench = _bench()
    scorer = bench.load_timex_scorer(tml.parents[2])
    docs = bench.tml_documents(tml, scorer)
    rows = [row for doc in docs for row in bench.cruftless_timex(doc)]
    summary = bench.score_timeml(docs, rows, scorer)
    below = {f"{scope}.{key}": (round(summary[scope][key], 3), floor)
             for scope, floors in FLOORS["dates-dev"].items() if not scope.startswith("_")
             for key, floor in floors.items() if summary[scope][key] < floor}
    assert not below, below
