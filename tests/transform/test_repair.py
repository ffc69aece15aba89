import pytest
from hypothesis import given, strategies as st

from transform.repair import (
    fix_doubled_apostrophes,
    fix_macroman_tokens,
    fix_ocr_bracket_i,
    fold_width,
    normalise_whitespace,
    repair_text,
    undo_double_encoding,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        # MacRoman bytes read as cp1252: ftfy cannot see these, the token repair can
        ("the port's standing vis-ˆ-vis Lisbon", "the port's standing vis-à-vis Lisbon"),
        ("a d\u02c6j\u02c6 vu moment", "a d\u00e0j\u00e0 vu moment"),
        ("a dŽjˆ vu, and pie ˆ la mode", "a déjà vu, and pie à la mode"),
        ("Library › Law › Water", "Library › Law › Water"),
        ("a rise of 5‰ a year", "a rise of 5‰ a year"),
        # UTF-8 read as cp1252 / MacRoman: ftfy
        ("the caf√© on the quay", "the café on the quay"),
        ("the ferry didnâ€™t sail", "the ferry didn’t sail"),
        ("Ã  la carte", "à la carte"),
        # ligatures
        ("the ﬁrst ﬂeet", "the first fleet"),
        # typographic quotes are content: never uncurled
        ("she called it ‘the long canal’", "she called it ‘the long canal’"),
        # doubled apostrophes
        ("the locks weren'’t finished", "the locks weren’t finished"),
        # whitespace
        ("dredging ended.\u00a0 Then", "dredging ended. Then"),
        ("a  b   c", "a b c"),
        ("zero\u200bwidth", "zerowidth"),
        # OCR "[" for "I" at a paragraph start, only when unambiguous
        ("[t is observed that tolls rose", "It is observed that tolls rose"),
        ("[n the spring the locks froze", "In the spring the locks froze"),
        ("[t] marks an editorial insertion", "[t] marks an editorial insertion"),
        ("the ferry ran late, and [t is plain why", "the ferry ran late, and It is plain why"),
        ("a list [t, s, f] of letters", "a list [t, s, f] of letters"),
        # OCR "b" or "li" for "h" in "the", never an English word
        ("Tbe wardens met tlie boatmen at tbe lock", "The wardens met the boatmen at the lock"),
        ("a tube and a tibet map", "a tube and a tibet map"),
        # untouched
        ("Škoda and cœur stay as they are", "Škoda and cœur stay as they are"),
        # CJK text keeps its full-width punctuation; elsewhere full-width forms fold
        ("价格上涨了５％，（见表１）。工厂在城市的东边。", "价格上涨了５％，（见表１）。工厂在城市的东边。"),
        ("東京駅：「次は、品川です」！　ご注意ください。", "東京駅：「次は、品川です」！ ご注意ください。"),
        ("ＦＵＬＬ width （1） in a Latin text", "FULL width (1) in a Latin text"),
    ],
)
def test_repair_text(raw, expected):
    assert repair_text(raw) == expected


def test_single_repairs_show_their_docstrings():
    assert fix_macroman_tokens("vis-ˆ-vis") == "vis-à-vis"
    assert fix_doubled_apostrophes("weren'’t") == "weren’t"
    assert fix_ocr_bracket_i("[t is") == "It is"
    assert normalise_whitespace("a\u00a0 b  \n") == "a b\n"


def test_leading_indentation_is_kept_for_list_detection():
    assert repair_text("  • first item") == "  • first item"


@given(st.text())
def test_repair_never_raises_and_is_idempotent(s):
    once = repair_text(s)
    assert repair_text(once) == once


LEDGER = ("The clerk’s report on the café at the station was read. It was agreed “without delay” that "
          "the naïve mural would stay. Mr Müller – who runs the crèche – asked about the façade.\n"
          "Déjà vu, said the curé: à la mode, as ever.\n")


def as_cp1252(text: str, *, drop_undefined: bool = True) -> str:
    """UTF-8 bytes of ``text`` read as cp1252: the double-encoding shape."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or ("" if drop_undefined else chr(b))
                   for b in text.encode("utf-8"))


@pytest.mark.parametrize(
    "broken",
    [
        as_cp1252(LEDGER, drop_undefined=False),  # undefined bytes kept as C1 controls
        as_cp1252(LEDGER),  # the 0x9D of every closing quote dropped
        as_cp1252(LEDGER).replace("\xa0", " "),  # and the NBSP byte of "à" made a space
        " ".join(as_cp1252(LEDGER).replace("\xa0", " ").split(" ")).replace("  ", " "),  # spaces collapsed
    ],
    ids=["c1-kept", "9d-dropped", "nbsp-as-space", "spaces-collapsed"],
)
def test_a_double_encoded_document_is_repaired_whole(broken):
    assert undo_double_encoding(broken) == LEDGER
    assert repair_text(broken) == LEDGER.rstrip("\n") + "\n"


def test_a_double_encoded_paragraph_beside_clean_ones_is_repaired_alone():
    clean = "Señor Ibáñez kept a real NBSP\u00a0here and a lone Ã in SÃO PAULO."
    broken = as_cp1252("The crèche “opened” in 1931; the clerk’s café closed.")
    assert undo_double_encoding(clean + "\n" + broken) == clean + "\n" + "The crèche “opened” in 1931; the clerk’s café closed."


@pytest.mark.parametrize(
    "text",
    ["Señor Ibáñez and the crème brûlée", "SÃO PAULO – IRMÃ E FILHOS", "A 5 µm film at 20 °C ± 1", "plain ASCII",
     "Ã la carte, and nothing else broken", "the word Fuß’ in a German note", "they wrote “ÜBER” on the crates"],
)
def test_text_that_is_not_double_encoded_is_left_alone(text):
    assert undo_double_encoding(text) == text


def test_fold_width_shows_its_docstring():
    assert fold_width("ＦＵＬＬ width （1）") == "FULL width (1)"
    assert fold_width("价格上涨了５％，（见表１）。") == "价格上涨了５％，（见表１）。"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("the canal donâ€™t close", "the canal don’t close"),  # a sign of mojibake: ftfy runs
        ("salt &amp; tolls", "salt & tolls"),
        ("Müller’s lock, 40 °C, ±2 µm", "Müller’s lock, 40 °C, ±2 µm"),  # no sign: left as printed
    ],
)
def test_decoded_text_gets_ftfy_only_where_its_signs_show(raw, expected):
    assert repair_text(raw, decoded=True) == expected
