"""Bytes to text, for every format that reads text, in one principled order.

    1. a byte-order mark (UTF-8, UTF-16, UTF-32), or UTF-16 without one (every other byte NUL);
    2. strict UTF-8; text that is UTF-8 but for a few stray bytes (a pasted cp1252 quote, a
       multi-byte character cut off at the end) is read as UTF-8, the strays as cp1252;
    3. the charset the document declares (``<meta charset>``, ``http-equiv`` Content-Type,
       the XML prolog, a MIME ``Content-Type`` header), when the bytes decode in it;
    4. cp1252, when the bytes decode as cp1252 and read as Latin-script text - unless another
       Latin code page (Central European, Turkish, Baltic, MacRoman) reads clearly better;
    5. only then charset-normalizer, and its guess must read as text: letters of one script,
       no letters in impossible places (``cafŽ``, ``donÕt``, a capital inside a word, a symbol
       between letters, two scripts in one word) and the common words of that script's
       languages.  A guess of a rare code page (cp1125, cp775, KOI8...) wins only if it reads
       better than every other candidate.

Binary data (control bytes) is refused after step 2, before any single-byte code page
could turn it into noise.  Text that decodes as UTF-8 but is UTF-8 read as cp1252 and
saved again (double-encoded) is decoded once more, the whole document at once.

Pure: bytes in, ``Decoded`` out; ``NotText`` when the bytes are not text.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from transform.repair import undo_double_encoding

SAMPLE_CHARS = 20000  # text judged for plausibility (decoding itself always covers the whole input)


class NotText(ValueError):
    """The bytes are not text in any encoding we can read; ``reason`` is "binary" or "unknown"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name, "utf-8+cp1252" (stray bytes) or "utf-8 (double-encoded)"

    def __post_init__(self) -> None:
        try:  # one spelling per codec: "mac_roman" and "MacRoman" are both "mac-roman"
            object.__setattr__(self, "encoding", codecs.lookup(self.encoding).name)
        except LookupError:
            pass


# --- 1. byte-order marks and UTF-16 without one ------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _by_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """ASCII text in UTF-16 leaves every other byte NUL."""
    head = data[:4096]
    if len(head) < 16 or head.count(0) <= len(head) // 3:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if max(odd, even) <= 0.8 * (len(head) // 2):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


# --- 2. UTF-8, strict or with a few stray bytes -------------------------------------

def _stray_cp1252(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: a byte that is not UTF-8 is read as cp1252 (latin-1 where cp1252
    leaves the byte undefined, so no byte is lost)."""
    byte = err.object[err.start:err.start + 1]
    return byte.decode("cp1252", errors="ignore") or byte.decode("latin-1"), err.start + 1


codecs.register_error("cruftless-stray-cp1252", _stray_cp1252)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8(data: bytes) -> Decoded | None:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            # a multi-byte character cut off at the very end: UTF-8 all the same
            return Decoded(data[:err.start].decode("utf-8", errors="replace") + "\ufffd", "utf-8")
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid < 3:
        return None
    text = data.decode("utf-8", errors="cruftless-stray-cp1252")
    strays = sum(1 for b in data if b >= 0x80) - sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    if strays * 3 > valid:
        return None  # as many odd bytes as UTF-8 sequences: a single-byte code page, not UTF-8
    return Decoded(text, "utf-8+cp1252")


# --- 3. a declared charset ----------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.I)
_MIME_CHARSET = re.compile(rb"""^content-type:[^\r\n]*?charset\s*=\s*["']?([a-zA-Z0-9_:.\-]+)""", re.I | re.M)
_DECLARATIONS = (_META_CHARSET, _XML_ENCODING, _MIME_CHARSET)

# WHATWG's reading of labels: what browsers decode a page declaring them with.
_LABELS = {
    **dict.fromkeys(("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "iso_8859-1",
                     "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"), "cp1252"),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "windows-1254"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "tis-620", "windows-874"), "cp874"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312"), "gb18030"),
    **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis"), "cp932"),
    **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "windows-949", "korean"), "cp949"),
    **dict.fromkeys(("utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"), "utf-8"),
    **dict.fromkeys(("macintosh", "mac", "x-mac-roman", "csmacintosh"), "mac_roman"),
}
_WIDE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}


def codec_for(label: str | None) -> str | None:
    """A declared charset label as the Python codec browsers would use: ``"ISO-8859-1"`` →
    ``"cp1252"``, ``"GB2312"`` → ``"gb18030"``; None for a label no codec knows."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The codec the document's head declares (meta charset or http-equiv, XML prolog, MIME
    header), or None.  A declared UTF-16 in bytes we read as ASCII means UTF-8 (as browsers do)."""
    head = data[:4096]
    for pattern in _DECLARATIONS:
        if (m := pattern.search(head)) and (codec := codec_for(m.group(1).decode("ascii", "ignore"))):
            return "utf-8" if codec in _WIDE else codec
    return None


# --- binary data ----------------------------------------------------------------------

_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")  # tab, newline, form feed, carriage return, escape
# every byte but the control bytes that are not text: deleted, what is left is counted
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in _TEXT_CONTROLS))


def looks_binary(data: bytes) -> bool:
    """More than 2% control bytes (NUL among them) in the first 64 KB: not text."""
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls / len(sample) > 0.02


# --- plausibility: does a decoding read as text? --------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CJK_GROUPS = frozenset({"han", "kana", "hangul"})
# Languages whose common words tell a right decoding from a wrong one, by script.
_LANGUAGES = {
    "latin": ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hu", "ro", "sv", "da", "nb",
              "fi", "tr", "lt", "lv", "is", "ca", "vi", "id"),
    "cyrillic": ("ru", "uk", "bg", "mk"),
    "greek": ("el",),
    "hebrew": ("he",),
    "arabic": ("ar", "fa", "ur"),
    "han": ("zh", "ja"),
    "kana": ("ja",),
    "hangul": ("ko",),
}
_COMMON_WORDS = 5000


@functools.lru_cache(maxsize=4096)
def _group(char: str) -> str:
    """The script group of a letter: latin, cyrillic, greek, han, kana, hangul, ... ("other")."""
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in ("CJK",):
        return "han"
    if first in ("HIRAGANA", "KATAKANA") or name.startswith("HALFWIDTH KATAKANA"):
        return "kana"
    if first == "HANGUL" or name.startswith("HALFWIDTH HANGUL"):
        return "hangul"
    if first == "FULLWIDTH" and "LATIN" in name:
        return "latin"
    return first.lower() or "other"


@functools.lru_cache(maxsize=None)
def _common(group: str) -> frozenset[str]:
    """Common words (for CJK: characters) of the languages written in ``group``."""
    try:
        from wordfreq import top_n_list
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return frozenset()
    words: set[str] = set()
    for lang in _LANGUAGES.get(group, ()):
        for word in top_n_list(lang, _COMMON_WORDS, wordlist="small"):
            words.update(word) if group in _CJK_GROUPS else words.add(word)
    return frozenset(words)


def _fold(word: str) -> str:
    return word.casefold().replace("ς", "σ")  # wordfreq spells Greek with a medial sigma


@dataclass(frozen=True)
class Reading:
    """How a decoded text reads, from its first ``SAMPLE_CHARS`` characters."""

    letters: int  # letters in all
    non_ascii: int  # letters outside ASCII
    script: str | None  # the script group of most non-ASCII letters
    script_share: float  # that group's share of the non-ASCII letters
    oddities: int  # characters in places no text puts them
    words: int
    familiar: float  # share of the non-ASCII words (CJK: characters) that are common in the script's languages
    judged: int  # how many words (characters) that share was taken over

    @property
    def latin(self) -> bool:
        """Latin-script text: accented letters a minority, no oddities."""
        if self.oddities:
            return False
        if self.non_ascii == 0:
            return True
        limit = 0.3 if self.letters >= 20 else 0.5
        return self.script == "latin" and self.non_ascii <= limit * self.letters

    @property
    def plausible(self) -> bool:
        """Letters of one script, hardly any oddities."""
        if self.non_ascii == 0:
            return self.oddities == 0
        return self.script_share >= 0.9 and self.oddities <= max(1, self.words // 100)


def _is_odd_symbol(char: str) -> bool:
    """A non-ASCII symbol, superscript digit or box-drawing piece: never between two letters of a word."""
    return not char.isascii() and (unicodedata.category(char) in ("So", "Sk", "Sm", "Sc", "No")
                                   or "\u2500" <= char <= "\u259f")


def read(text: str) -> Reading:
    """How ``text`` reads (see ``Reading``).

    ``read("café – naïve").latin`` → True; ``read("cafŽ – naÔve").oddities`` → 2
    """
    sample = text[:SAMPLE_CHARS]
    groups: Counter[str] = Counter()
    oddities = 0
    letters = len(_ASCII_LETTER.findall(sample))
    non_ascii = 0
    for m in _NON_ASCII.finditer(sample):  # ASCII needs no look: only its letters count
        i, char = m.start(), m.group()
        if char <= "\x9f" or unicodedata.category(char) in ("Co", "Cn", "Cs"):
            oddities += 1  # C1 controls, private use, unassigned: a wrong code page's leftovers
            continue
        if not char.isalpha():
            continue
        letters += 1
        non_ascii += 1
        groups[_group(char)] += 1
        if i and char.isupper() and sample[i - 1].isalpha() and sample[i - 1].islower():
            oddities += 1  # "cafŽ", "donÕt": a capital inside a lower-case word
    words = judged = familiar = 0
    n = len(sample)
    for m in _WORD.finditer(sample):
        word = m.group()
        words += 1
        end = m.end()
        if end + 1 < n and not sample[end].isascii() and _is_odd_symbol(sample[end]) and sample[end + 1].isalpha():
            oddities += 1  # a symbol between letters: "Wroc³aw", "stra╜e"
        if word.isascii():
            continue
        scripts = {_group(c) for c in word if not c.isascii()}
        if not scripts:
            continue
        if len(scripts | ({"latin"} if any(c.isascii() for c in word) else set())) > 1 and not scripts <= _CJK_GROUPS:
            oddities += 1  # two scripts in one word: "cafщ"
        group = max(scripts, key=lambda g: groups[g])
        common = _common(group)
        if not common:
            continue
        if group in _CJK_GROUPS:  # CJK words are not spaced out: judge characters
            cjk = [c for c in word if _group(c) in _CJK_GROUPS]
            judged += len(cjk)
            familiar += sum(c in common for c in cjk)
        elif len(word) >= 2:
            judged += 1
            familiar += _fold(word) in common
    script, count = groups.most_common(1)[0] if groups else (None, 0)
    if script in _CJK_GROUPS:  # Japanese mixes kanji and kana, Korean hangul and hanja
        count = sum(groups[g] for g in _CJK_GROUPS)
    return Reading(letters, non_ascii, script, count / non_ascii if non_ascii else 1.0, oddities, words,
                   familiar / judged if judged else 0.0, judged)


# --- 4. cp1252 and the other Latin code pages; 5. the detector --------------------------

LATIN_ALTERNATIVES = ("cp1250", "cp1254", "cp1257", "mac_roman")
FALLBACKS = ("cp1252", "mac_roman", "cp1250", "cp1254", "cp1257", "cp1251", "koi8_r", "cp866", "cp1253",
             "cp1255", "cp1256", "cp932", "gb18030", "big5", "cp949", "euc_jp", "cp874")


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _clearly_better(other: Reading, than: Reading) -> bool:
    """``other`` knows more of the text's words than ``than`` does, by a margin."""
    gained = other.familiar * other.judged - than.familiar * than.judged
    return other.plausible and other.oddities <= than.oddities and gained >= 2 and other.familiar > than.familiar + 0.1


def _latin(data: bytes) -> Decoded | None:
    text = _decode(data, "cp1252")
    if text is None:
        return None
    reading = read(text)
    if not reading.latin:
        return None
    for encoding in LATIN_ALTERNATIVES:
        other = _decode(data, encoding)
        if other is not None and other != text and _clearly_better(read(other), reading):
            return Decoded(other, encoding)
    return Decoded(text, "cp1252")


def _detector_guesses(data: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return []
    try:
        matches = from_bytes(data[:200_000])
    except Exception:  # noqa: BLE001 - detection is best effort
        return []
    return [codec for m in matches if (codec := codec_for(m.encoding))]


def _convincing(reading: Reading) -> bool:
    """Plausible beyond doubt: one script, no oddity, and most of a fair number of words known."""
    return reading.plausible and reading.oddities == 0 and reading.judged >= 8 and reading.familiar >= 0.5


def _best_reading(data: bytes) -> Decoded | None:
    """The detector's first guess if it reads convincingly; else its guesses and the common code
    pages, each read: the plausible reading that
    knows most of its words wins; ties go to cp1252 (the web's default) and MacRoman, then to the detector's
    order.  A guess that reads as noise never wins over one that reads as text."""
    guesses = _detector_guesses(data)
    if guesses and (text := _decode(data, guesses[0])) is not None and _convincing(read(text)):
        return Decoded(text, guesses[0])
    candidates = list(dict.fromkeys(["cp1252", "mac_roman", *guesses, *FALLBACKS]))
    best: tuple | None = None
    for rank, encoding in enumerate(candidates):
        text = _decode(data, encoding)
        if text is None:
            continue
        reading = read(text)
        key = (reading.plausible, round(reading.familiar, 2), -reading.oddities, -rank)
        if best is None or key > best[0]:
            best = (key, Decoded(text, encoding))
    return best[1] if best else None


# --- the whole order --------------------------------------------------------------------

def decode_bytes(data: bytes) -> Decoded:
    """Bytes → ``Decoded(text, encoding)``, in the order the module docstring gives.

    ``b"caf\\xe9 \\x96 na\\xefve"`` → ``Decoded("café – naïve", "cp1252")``;
    ``"Привет, мир".encode("cp1251")`` → ``Decoded("Привет, мир", "cp1251")``.
    Raises ``NotText("binary")`` for control bytes, ``NotText("unknown")`` when no code page reads it.
    """
    data = bytes(data)
    found = _by_bom(data) or _utf16_without_bom(data)
    if found is None:
        found = _utf8(data)
        if found is not None and found.encoding == "utf-8" and looks_binary(data):
            raise NotText("binary")
        if found is not None:
            return _once_more(found)
    if found is not None:
        return found
    if looks_binary(data):
        raise NotText("binary")
    declared = declared_charset(data)
    if declared and declared != "utf-8" and (text := _decode(data, declared)) is not None:
        return Decoded(text, declared)
    found = _latin(data) or _best_reading(data)
    if found is None:
        raise NotText("unknown")
    return found


def decode_html(data: bytes) -> tuple[str, str]:
    """A web page's bytes → (text, encoding), as ``decode_bytes`` reads them.  Pure ASCII is
    labelled with the charset the page declares (it reads the same in any of them)."""
    found = decode_bytes(data)
    if found.encoding == "utf-8" and found.text.isascii() and (declared := declared_charset(data)):
        return found.text, declared
    return found.text, found.encoding


def _once_more(found: Decoded) -> Decoded:
    """UTF-8 that holds UTF-8 read as cp1252 (the whole document double-encoded) → decoded again."""
    fixed = undo_double_encoding(found.text)
    if fixed == found.text:
        return found
    return Decoded(fixed, f"{found.encoding} (double-encoded)")
