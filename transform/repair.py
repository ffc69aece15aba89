"""Text repair: encoding slips, odd whitespace, OCR misreadings.

ftfy does the heavy lifting for mojibake (UTF-8 read as cp1252/latin-1/MacRoman,
HTML entities, ligatures).  It cannot see a *single-byte* swap between two
8-bit code pages (MacRoman bytes read as cp1252 turn "à" into "ˆ"), because the
broken text is valid and no byte sequence gives it away; ``fix_macroman_tokens``
handles that case inside words only.
"""
from __future__ import annotations

import unicodedata

import ftfy

from transform.patterns import repair as P

_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # typographic quotes are real content
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)


def fix_macroman_tokens(text: str) -> str:
    """Repair words where MacRoman bytes were decoded as cp1252.

    ``"its status vis-ˆ-vis America"`` → ``"its status vis-à-vis America"``;
    ``"dŽjˆ vu, pie ˆ la mode"`` → ``"déjà vu, pie à la mode"``
    """

    def fix(m):
        token = m.group(0)
        if not any(c.isalpha() and c not in P.MACROMAN_AS_CP1252_CHARS for c in token):
            return token
        try:
            fixed = token.encode("cp1252").decode("mac_roman")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return token
        return fixed if all(c.isalpha() or c == "-" for c in fixed) else token

    return P.LONE_MACROMAN_A.sub("à", P.MACROMAN_TOKEN.sub(fix, text))


def fix_doubled_apostrophes(text: str) -> str:
    """``"they weren'’t ready"`` → ``"they weren’t ready"``"""
    return P.DOUBLED_APOSTROPHE.sub("’", text)


def fix_ocr_bracket_i(text: str) -> str:
    """``"[t is observed that"`` → ``"It is observed that"``; ``"Tbe justices"`` → ``"The justices"``"""
    text = P.OCR_BRACKET_I.sub(lambda m: f"{m.group(1)}I{m.group(2)}", text)
    return P.OCR_THE.sub(lambda m: f"{m.group(1)}he", text)


def normalise_whitespace(text: str) -> str:
    """NBSP and other odd spaces to plain spaces, zero-width characters dropped,
    runs of inner spaces collapsed, trailing spaces stripped.

    ``"rise of China.\\u00a0 Economically"`` → ``"rise of China. Economically"``
    """
    text = P.ZERO_WIDTH.sub("", text)
    text = P.ODD_SPACES.sub(" ", text)
    text = P.RUNS_OF_SPACES.sub(" ", text)
    return P.TRAILING_SPACES.sub("", text)


def repair_text(text: str, decoded: bool = False) -> str:
    """All repairs in order; idempotent.

    ``"the ﬁrst donâ€™t, vis-ˆ-vis"`` → ``"the first don’t, vis-à-vis"``

    ``decoded``: the text was decoded glyph by glyph (a PDF's text layer), not from
    bytes, so ftfy's byte-level repairs run only where a sign of them shows (``"â€™"``,
    an entity, a C1 control, a fullwidth letter); they cost the most of all repairs.
    """
    text = P.ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    for _ in range(3):  # ftfy may uncover a second layer of mojibake; stop at a fixed point
        fixed = _repair_once(text, decoded)
        if fixed == text:
            break
        text = fixed
    return text


def _repair_once(text: str, decoded: bool = False) -> str:
    if not decoded or P.ENCODING_SLIP.search(text):
        text = ftfy.fix_text(text, _FTFY)
    text = unicodedata.normalize("NFC", text)
    text = fix_macroman_tokens(text)
    text = fix_doubled_apostrophes(text)
    text = fix_ocr_bracket_i(text)
    return normalise_whitespace(text)
