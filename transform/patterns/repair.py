"""Patterns for text repair (mojibake, whitespace, OCR slips)."""
from __future__ import annotations

import re

# Characters that cp1252 puts at 0x80-0x9F and that never occur in ordinary
# prose.  Inside a word they betray MacRoman bytes read as cp1252:
# 'à' is 0x88 in MacRoman, and 0x88 is 'ˆ' in cp1252, so "vis-à-vis" -> "vis-ˆ-vis".
# Only repaired in a word (a letter on at least one side, the word decoding to
# letters only), so real uses ("5‰", a "›" breadcrumb separator) are left alone.
MACROMAN_AS_CP1252_CHARS = "ˆ˜‰ƒ"
MACROMAN_TOKEN = re.compile(
    rf"(?<![\w{MACROMAN_AS_CP1252_CHARS}-])[\w-]*[{MACROMAN_AS_CP1252_CHARS}][\w{MACROMAN_AS_CP1252_CHARS}-]*"
)
# A lone "ˆ" between spaces is "à" read the same way ("pie ˆ la mode").
LONE_MACROMAN_A = re.compile(r"(?<=\s)ˆ(?=\s)")

# An ASCII apostrophe doubled with a typographic one: "weren'’t" -> "weren’t".
DOUBLED_APOSTROPHE = re.compile(r"(?<=\w)(?:'’|’'|’’)(?=\w)")

# Spaces that are not plain spaces (NBSP, thin, figure, ideographic...).
ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
RUNS_OF_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
TRAILING_SPACES = re.compile(r"(?<![ \t])[ \t]+$", re.M)  # tried where a run starts: linear

# OCR reading of "I" as "[" at the start of a word: "[t is" -> "It is".
# Only fixed when "[" has no closing "]" nearby and the word it makes is one
# of these common capitalised words, followed by a space.
OCR_BRACKET_I = re.compile(r"(^|(?<=[\s(“\"]))\[(t|n|f|s)(?=[ \t])(?![^\n]{0,60}\])", re.M)
# OCR reading of "h" as "b" or "li" in "the": "Tbe justices", "tlie same" (neither is a word).
OCR_THE = re.compile(r"\b([Tt])(?:b|li)e\b")

# --- UTF-8 read as cp1252 (or latin-1) and saved again: double encoding ------------------
# Each byte 0x80-0xFF of the UTF-8 text became one character: the cp1252 character where
# cp1252 defines the byte, else the latin-1 one (a C1 control).  So a UTF-8 sequence shows
# as a lead character (bytes C2-F4: "Â".."ô") and one to three continuation characters
# (bytes 80-BF).
CP1252_SPECIALS = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"  # bytes 0x80-0x9F, in order
BYTE_OF = {
    **{chr(b): b for b in range(0x80, 0x100)},  # latin-1 readings (C1 controls included)
    **{c: 0x80 + i for i, c in enumerate(CP1252_SPECIALS)},  # cp1252 readings
}
_CONT = "\x80-\xbf" + "".join(c for c in CP1252_SPECIALS if c > "\xbf")
MOJIBAKE_SEQUENCE = re.compile(
    rf"[\xc2-\xdf][{_CONT}]|[\xe0-\xef][{_CONT}]{{2}}|[\xf0-\xf4][{_CONT}]{{3}}"
)
#: the characters a MOJIBAKE_SEQUENCE starts with: text without one holds no sequence
MOJIBAKE_LEAD = re.compile(r"[\xc2-\xf4]")
# Double encodings that lost a byte on the way: the 0x9D of "”" (E2 80 9D) has no cp1252
# character and was dropped; an NBSP continuation byte (C3 A0 "à", C2 A0 NBSP) was turned
# into a plain space by a whitespace clean-up.
LOST_CLOSING_QUOTE = re.compile(rf"â€(?![{_CONT}])")
LOST_NBSP_A_GRAVE = re.compile(r"Ã(?: (?= )| (?=[^\w\s])| (?=$))|Ã(?= \w)", re.M)
LOST_NBSP = re.compile(r"Â(?= )")
# Any character a cp1252 (or latin-1) reading of bytes 0x80-0xFF can give.
HIGH_BYTE_CHAR = re.compile(f"[\x80-\xff{''.join(c for c in CP1252_SPECIALS if c > chr(0xff))}]")

# --- character width ----------------------------------------------------------------
# Full-width ASCII forms ("ＡＢＣ", "１２３", "，（）％") and the full-width signs (￠￡￥).
# On a line of Chinese, Japanese or Korean they are the normal punctuation and stay; in
# other text they are a layout accident and fold to ASCII.
WIDE_FORMS = re.compile("[\uff01-\uff5e\uffe0-\uffe6]+")
CJK_CHARS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")

# Signs of what ftfy repairs in text decoded from bytes: UTF-8 read as cp1252/latin-1
# ("â€™", "Ã©", "Â "), C1 control characters, HTML entities, fullwidth forms.
ENCODING_SLIP = re.compile(
    r"â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|[\u0080-\u009f]|&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});|[\uff01-\uff5e]"
)

# What ftfy (with the settings of ``transform.repair``) can change in ASCII text: an HTML
# entity, a carriage return, a terminal escape or another control character.  ASCII text
# without one of these comes back from ftfy unchanged, so it is not given to ftfy.
FTFY_ASCII_WORK = re.compile(r"[&\x00-\x08\x0b-\x1f\x7f]")
