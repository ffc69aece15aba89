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
    rf"(?<![\w{MACROMAN_AS_CP1252_CHARS}])[\w-]*[{MACROMAN_AS_CP1252_CHARS}][\w{MACROMAN_AS_CP1252_CHARS}-]*"
)
# A lone "ˆ" between spaces is "à" read the same way ("pie ˆ la mode").
LONE_MACROMAN_A = re.compile(r"(?<=\s)ˆ(?=\s)")

# An ASCII apostrophe doubled with a typographic one: "weren'’t" -> "weren’t".
DOUBLED_APOSTROPHE = re.compile(r"(?<=\w)(?:'’|’'|’’)(?=\w)")

# Spaces that are not plain spaces (NBSP, thin, figure, ideographic...).
ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
RUNS_OF_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
TRAILING_SPACES = re.compile(r"[ \t]+$", re.M)

# OCR reading of "I" as "[" at the start of a word: "[t is" -> "It is".
# Only fixed when "[" has no closing "]" nearby and the word it makes is one
# of these common capitalised words, followed by a space.
OCR_BRACKET_I = re.compile(r"(^|(?<=[\s(“\"]))\[(t|n|f|s)(?=[ \t])(?![^\n]{0,60}\])", re.M)
# OCR reading of "h" as "b" or "li" in "the": "Tbe justices", "tlie same" (neither is a word).
OCR_THE = re.compile(r"\b([Tt])(?:b|li)e\b")

# Signs of what ftfy repairs in text decoded from bytes: UTF-8 read as cp1252/latin-1
# ("â€™", "Ã©", "Â "), C1 control characters, HTML entities, fullwidth forms.
ENCODING_SLIP = re.compile(
    r"â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|[\u0080-\u009f]|&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});|[\uff01-\uff5e]"
)
