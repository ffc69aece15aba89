"""The shared decoder (extract/decode.py): bytes of every common shape back to the text.

Each row is (name, bytes, the text, the encodings that name it); the texts are short
and long, in the scripts and code pages scraped dumps arrive in.
"""
from __future__ import annotations

import pytest

from extract.decode import Decoded, NotText, codec_for, declared_charset, decode_bytes, decode_html, read
from extract.model import ExtractError
from extract.text import decode_text

FERRY = ("The ferry crossed the estuary every hour from the stone quay, and the timetable of 1911 "
         "was pinned up in the waiting room beside the ticket window. ") * 12
ENGLISH_WITH_ACCENTS = FERRY + "At the café by the slipway the naïve crews drank tea – never rum – until 1931."
FRENCH = ("Le bac traversait l’estuaire toutes les heures; le passeur, âgé et très poli, "
          "demandait « un sou » aux élèves et rien aux curés. À la fin de l’été on fermait.")
GERMAN = "Die Brücke über die Weser wurde 1893 eröffnet; Straßenbahnen fuhren bis 1961 über sie."
SPANISH = "La señora Ibáñez llegó a Cádiz en el año 1902 con su hijo, según el diario."
PORTUGUESE = "A estação de São Paulo ficou pronta em 1867; João e Conceição viajaram no primeiro comboio."
DANISH = "Færgen fra Århus til Kalundborg sejlede hver morgen, og økonomien på øen var god."
ICELANDIC = "Þórður og Guðrún bjuggu í Reykjavík og fóru til Ísafjarðar á sumrin."
MAC_FRENCH = "Le café de la gare où l’on servait du thé fermait à minuit; c’était déjà ça."
MAC_ENGLISH = FERRY + "The naïve façade of the café, “restored” in 1980, cost £200 – and nobody’s pride."
CHINESE = ("北京是中华人民共和国的首都，也是全国的政治和文化中心。城市的历史已经超过三千年，"
           "今天有两千多万人在这里生活和工作（数据来自二〇二〇年的人口普查）。")
JAPANESE = ("東京は日本の首都であり、世界でも有数の大都市です。江戸時代には将軍の城下町として栄え、"
            "明治時代に東京と改められました。今日は晴れていて、川沿いを散歩する人が多いです。")
RUSSIAN = ("Москва — столица России и крупнейший по численности населения город страны. "
           "Город стоит на реке Москве, в нём много музеев, театров и старых парков.")
UKRAINIAN = "Київ — столиця України, місто на річці Дніпро, де є багато церков і парків."
GREEK = "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας."
CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy. Dvořák napsal symfonii Z Nového světa v Americe."
TURKISH = "İstanbul'da yaşayan öğretmen, başka bir şehirde çalışmak istediğini söyledi."
POLISH = "Wrocław i Gdańsk leżą nad rzekami; w Łodzi było dużo fabryk włókienniczych."
DOUBLE = ("The clerk’s report on the café at the station was read. It was agreed “without delay” that "
          "the naïve mural would stay. Mr Müller – who runs the crèche – asked about the façade.")


def double_encoded(text: str, *, drop_undefined: bool = False) -> bytes:
    """UTF-8 bytes read as cp1252 (undefined bytes kept as C1 controls, or dropped) and saved as UTF-8."""
    raw = text.encode("utf-8")
    read_as = "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) and not drop_undefined
        else bytes([b]).decode("cp1252", errors="ignore") for b in raw
    )
    return read_as.encode("utf-8")


CP1252 = {"cp1252"}
UTF8 = {"utf-8"}
CASES = [
    # Latin script, single-byte code pages
    ("cp1252 short, the docstring's", b"caf\xe9 \x96 na\xefve", "café – naïve", CP1252),
    ("cp1252 long English, few accents", ENGLISH_WITH_ACCENTS.encode("cp1252"), ENGLISH_WITH_ACCENTS, CP1252),
    ("cp1252 quotes and euro", "The fare rose to €3 – “a scandal”, said the mayor’s office.".encode("cp1252"),
     "The fare rose to €3 – “a scandal”, said the mayor’s office.", CP1252),
    ("cp1252 French", FRENCH.encode("cp1252"), FRENCH, CP1252),
    ("cp1252 German", GERMAN.encode("cp1252"), GERMAN, CP1252),
    ("cp1252 Spanish", SPANISH.encode("cp1252"), SPANISH, CP1252),
    ("cp1252 capitals", "CAFÉ – NAÏVE SÉANCE".encode("cp1252"), "CAFÉ – NAÏVE SÉANCE", CP1252),
    ("latin-1 Portuguese", PORTUGUESE.encode("latin-1"), PORTUGUESE, CP1252),
    ("latin-1 Danish", DANISH.encode("latin-1"), DANISH, CP1252),
    ("latin-1 Icelandic", ICELANDIC.encode("latin-1"), ICELANDIC, CP1252),
    ("MacRoman French, short", MAC_FRENCH.encode("mac_roman"), MAC_FRENCH, {"mac-roman"}),
    ("MacRoman English, long", MAC_ENGLISH.encode("mac_roman"), MAC_ENGLISH, {"mac-roman"}),
    ("cp1250 Czech", CZECH.encode("cp1250"), CZECH, {"cp1250"}),
    ("cp1250 Polish", POLISH.encode("cp1250"), POLISH, {"cp1250"}),
    ("cp1254 Turkish", TURKISH.encode("cp1254"), TURKISH, {"cp1254"}),
    # Unicode
    ("UTF-8 English", "A “quoted” word – and a dash.".encode(), "A “quoted” word – and a dash.", UTF8),
    ("UTF-8 with a BOM", b"\xef\xbb\xbf" + FRENCH.encode(), FRENCH, {"utf-8-sig"}),
    ("UTF-8 Chinese", CHINESE.encode(), CHINESE, UTF8),
    ("UTF-8 Russian", RUSSIAN.encode(), RUSSIAN, UTF8),
    ("UTF-8 cut off inside the last character", GERMAN.encode()[:-2] + "ü".encode()[:1],
     GERMAN[:-2] + "\ufffd", UTF8),
    ("UTF-8 with one pasted cp1252 quote", FRENCH.encode() + b" \x93ok\x94", FRENCH + " “ok”", {"utf-8+cp1252"}),
    ("UTF-16 LE with a BOM", GREEK.encode("utf-16"), GREEK, {"utf-16"}),
    ("UTF-16 BE with a BOM", b"\xfe\xff" + SPANISH.encode("utf-16-be"), SPANISH, {"utf-16"}),
    ("UTF-16 LE without a BOM", ENGLISH_WITH_ACCENTS.encode("utf-16-le"), ENGLISH_WITH_ACCENTS, {"utf-16-le"}),
    # East Asian multi-byte code pages
    ("Shift-JIS short", "東京は晴れです。".encode("shift_jis"), "東京は晴れです。", {"cp932", "shift_jis"}),
    ("Shift-JIS long", JAPANESE.encode("shift_jis"), JAPANESE, {"cp932", "shift_jis"}),
    ("GB18030 short", "今天天气很好。".encode("gb18030"), "今天天气很好。", {"gb18030", "gbk", "gb2312"}),
    ("GB18030 long, full-width punctuation", CHINESE.encode("gb18030"), CHINESE, {"gb18030", "gbk", "gb2312"}),
    # Cyrillic and Greek code pages
    ("Windows-1251 Russian short", "Привет, мир".encode("cp1251"), "Привет, мир", {"cp1251"}),
    ("Windows-1251 Russian long", RUSSIAN.encode("cp1251"), RUSSIAN, {"cp1251"}),
    ("Windows-1251 Ukrainian", UKRAINIAN.encode("cp1251"), UKRAINIAN, {"cp1251"}),
    ("KOI8-R Russian", RUSSIAN.replace("—", "-").encode("koi8_r"), RUSSIAN.replace("—", "-"), {"koi8-r"}),
    ("cp1253 Greek", GREEK.encode("cp1253"), GREEK, {"cp1253"}),
    # declared in the text itself
    ("MIME header declares KOI8-R", ("Content-Type: text/plain; charset=koi8-r\n\n" + "Привет, мир").encode("koi8_r"),
     "Content-Type: text/plain; charset=koi8-r\n\nПривет, мир", {"koi8-r"}),
    # UTF-8 read as cp1252 and saved again
    ("double-encoded English", double_encoded(DOUBLE), DOUBLE, {"utf-8 (double-encoded)"}),
    ("double-encoded French", double_encoded(FRENCH), FRENCH, {"utf-8 (double-encoded)"}),
    ("double-encoded, closing quotes lost a byte", double_encoded(DOUBLE, drop_undefined=True), DOUBLE,
     {"utf-8 (double-encoded)"}),
]


@pytest.mark.parametrize("name, data, text, encodings", CASES, ids=[c[0] for c in CASES])
def test_decode_text_reads_every_shape(name, data, text, encodings):
    decoded, encoding = decode_text(data)
    assert decoded == text
    assert encoding in encodings


def test_the_table_is_big_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    "text, encoding",
    [(ENGLISH_WITH_ACCENTS, "cp1252"), (FRENCH, "cp1252"), (RUSSIAN, "cp1251"), (CHINESE, "gb18030")],
)
def test_html_declares_and_the_bytes_agree(text, encoding):
    page = f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'
    decoded, found = decode_html(page.encode(encoding))
    assert text in decoded and found == encoding


def test_a_declared_latin_1_page_is_read_as_windows_1252():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
    decoded, found = decode_html((page + "<p>“quoted” – dash</p>").encode("cp1252"))
    assert "“quoted” – dash" in decoded and found == "cp1252"


def test_pure_ascii_keeps_the_declared_label():
    page = b'<?xml version="1.0" encoding="windows-1252"?><html><body><p>plain</p></body></html>'
    assert decode_html(page) == (page.decode(), "cp1252")


def test_a_mis_declared_utf8_page_is_read_as_utf8():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Zürich – “quoted”</p></body></html>'
    assert decode_html(page.encode()) == (page, "utf-8")


@pytest.mark.parametrize(
    "label, codec",
    [("ISO-8859-1", "cp1252"), ("us-ascii", "cp1252"), ("GB2312", "gb18030"), ("Shift_JIS", "cp932"),
     ("'utf8'", "utf-8"), ("koi8-r", "koi8-r"), ("x-mac-roman", "mac-roman"), ("no-such-charset", None), ("", None)],
)
def test_codec_for_reads_labels_as_browsers_do(label, codec):
    assert codec_for(label) == codec


@pytest.mark.parametrize(
    "head, codec",
    [(b'<meta charset="windows-1251">', "cp1251"),
     (b'<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', "cp949"),
     (b"<?xml version='1.0' encoding='ISO-8859-2'?>", "iso8859-2"),
     (b"From: a@b\nContent-Type: text/plain; charset=\"windows-1250\"\n\n", "cp1250"),
     (b'<meta charset="utf-16">', "utf-8"),  # an ASCII page cannot be UTF-16
     (b"<p>no declaration</p>", None)],
)
def test_declared_charset(head, codec):
    assert declared_charset(head) == codec


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 20, b"\x00\x01\x02\x03" * 500, b"PK\x03\x04" + bytes(range(40)) * 30],
)
def test_binary_data_is_not_text(data):
    with pytest.raises(NotText) as info:
        decode_bytes(data)
    assert info.value.reason == "binary"
    with pytest.raises(ExtractError) as err:
        decode_text(data, "blob.txt")
    assert err.value.reason == "undecodable" and "blob.txt" in err.value.detail


@pytest.mark.parametrize(
    "text, latin, oddities",
    [("café – naïve", True, 0),
     ("cafŽ – naÔve", False, 2),      # MacRoman bytes read as cp1252: capitals inside words
     ("cafщ Ц naяve", False, 2),      # cp1252 bytes read as cp1125: two scripts in a word
     ("Wroc³aw and Gda¹sk", False, 2),  # cp1250 bytes read as cp1252: symbols between letters
     ("Ìîñêâà", False, 0)],           # Russian cp1251 read as cp1252: every letter accented
)
def test_reading_tells_text_from_a_wrong_code_page(text, latin, oddities):
    reading = read(text)
    assert reading.latin is latin and reading.oddities == oddities


def test_decoded_names_are_codec_names():
    assert Decoded("x", "MacRoman").encoding == "mac-roman"
    assert Decoded("x", "utf-8+cp1252").encoding == "utf-8+cp1252"
