"""The EDTF grammar the date_mentions suite checks against: every form the tagger emits."""
import pytest

from expectations.patterns import EDTF


@pytest.mark.parametrize(
    "value",
    ["2014", "2014-11", "2014-11-21", "1992/1995", "1994-07-03/1994-07-05", "199X", "19", "20", "1990/..",
     "1957-21", "2021-35", "XXXX-01-09", "XXXX-05", "[2016-04-05,2016-05-04]", "2019~", "1954-03/1954-04"],
)
def test_values_the_tagger_emits_are_edtf(value):
    assert EDTF.compiled.match(value)


@pytest.mark.parametrize("value", ["2014-13", "2014-02-32", "XX99", "1990//1995", "", "19th century"])
def test_garbage_is_not_edtf(value):
    assert not EDTF.compiled.match(value)
