"""bench/goldtools: EDTF bounds, encodings, and each dev corpus's gold rebuilding from its specs.

The corpus checks run the corpora's own tools in a subprocess (each corpus has its own
specs_*.py modules); the checker needs ../shared's scorer and skips without it."""
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

from goldtools.goldlib import edtf_bounds, encoding_for  # noqa: E402

CORPORA = ["dev-corpus-2", "dev-corpus-3"]
# where goldtools.check looks for the shared scorer
SCORERS = [REPO.parent / "shared/tools/score_gold.py", REPO.parents[1] / "shared/tools/score_gold.py",
           Path("/work/shared/tools/score_gold.py")]


@pytest.mark.parametrize("edtf, expected", [
    ("1952", ("1952-01-01", "1952-12-31", "year")),
    ("2019-11", ("2019-11-01", "2019-11-30", "month")),
    ("1794-05-09", ("1794-05-09", "1794-05-09", "day")),
    ("1975-24", ("1975-12-01", "1976-02-29", "season")),
    ("2020-22", ("2020-06-01", "2020-08-31", "season")),
    ("2022-34", ("2022-04-01", "2022-06-30", "quarter")),
    ("195X", ("1950-01-01", "1959-12-31", "decade")),
    ("18", ("1800-01-01", "1899-12-31", "century")),
    ("2020-10/2021-09", ("2020-10-01", "2021-09-30", "range")),
    ("1990/..", ("1990-01-01", None, "range")),
    (None, (None, None, None)),
])
def test_edtf_bounds(edtf, expected):
    assert edtf_bounds(edtf) == expected


@pytest.mark.parametrize("name, expected", [
    ("07-de-news-holzbruecke-cp1252.txt", "cp1252"),
    ("09-old-page-latin1.txt", "latin-1"),
    ("01-wiki-harnfield-canal.txt", "utf-8"),
])
def test_encoding_for(name, expected):
    assert encoding_for(name) == expected


@pytest.mark.parametrize("corpus", CORPORA)
def test_gold_is_what_the_specs_build(corpus):
    run = subprocess.run([sys.executable, str(REPO / "bench" / corpus / "tools" / "build_gold.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("corpus", CORPORA)
def test_corpus_checker_finds_no_error(corpus):
    if not any(p.exists() for p in SCORERS):
        pytest.skip("the shared scorer (../shared/tools/score_gold.py) is not here")
    run = subprocess.run([sys.executable, str(REPO / "bench" / corpus / "tools" / "check_corpus.py")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr
