"""Text repair: encoding slips, odd whitespace, OCR misreadings.

ftfy does the heavy lifting for mojibake (UTF-8 read as cp1252/latin-1/MacRoman,
HTML entities, ligatures); ``undo_double_encoding`` first decodes a document that was
double-encoded as a whole, including the sequences that lost a byte, which ftfy
leaves alone.  Text keeps its script: full-width punctuation stays in CJK text.  It cannot see a *single-byte* swap between two
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
    fix_character_width=False,  # full-width punctuation is CJK text's own: see fold_width
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

    if text.isascii():  # no "ˆ˜‰ƒ": nothing to repair
        return text
    return P.LONE_MACROMAN_A.sub("à", P.MACROMAN_TOKEN.sub(fix, text))


def _redecode(sequence: str) -> str | None:
    """One mojibake sequence's bytes read as UTF-8: ``"Ã©"`` → ``"é"``; None if they are not UTF-8,
    or give a character no such text holds ("Fuß”" would give an N'Ko letter: it is German)."""
    try:
        decoded = bytes(P.BYTE_OF[c] for c in sequence).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    if any("\u0700" <= c <= "\u08ff" or unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") for c in decoded):
        return None
    return decoded


def _mojibake_counts(text: str) -> tuple[int, int]:
    """(mojibake sequences, high-byte characters that are not part of one) in ``text``."""
    sequences = [m for m in P.MOJIBAKE_SEQUENCE.finditer(text) if _redecode(m.group()) is not None]
    inside = sum(len(m.group()) for m in sequences)
    lossy = sum(2 for _ in P.LOST_CLOSING_QUOTE.finditer(text)) + len(P.LOST_NBSP_A_GRAVE.findall(text)) \
        + len(P.LOST_NBSP.findall(text))
    high = len(P.HIGH_BYTE_CHAR.findall(text))
    return len(sequences), max(0, high - inside - lossy)


def _redecode_all(text: str) -> str:
    text = P.MOJIBAKE_SEQUENCE.sub(lambda m: _redecode(m.group()) or m.group(), text)
    text = P.LOST_CLOSING_QUOTE.sub("”", text)
    text = P.LOST_NBSP_A_GRAVE.sub("à", text)
    return P.LOST_NBSP.sub("", text)


def undo_double_encoding(text: str) -> str:
    """UTF-8 that was read as cp1252 (or latin-1) and saved again, decoded once more.

    The whole document is decoded when nearly all of its non-ASCII characters belong to
    mojibake sequences; otherwise each line that holds mojibake and nothing else non-ASCII.
    Either way the sequences that lost a byte on the way are restored too, which ftfy
    (judging a few characters at a time) leaves alone: the dropped 0x9D of a closing
    quote, an NBSP byte turned into a space.

    ``"He said â€œnoâ€ at the cafÃ©"`` → ``"He said “no” at the café"``
    """
    if text.isascii() or not P.MOJIBAKE_LEAD.search(text):
        return text
    sequences, others = _mojibake_counts(text)
    if sequences == 0:
        return text
    if sequences >= 2 and others * 10 <= sequences:
        return _redecode_all(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.isascii():
            found, stray = _mojibake_counts(line)
            if found and not stray:
                lines[i] = _redecode_all(line)
    return "\n".join(lines)


def fold_width(text: str) -> str:
    """Full-width forms to ASCII, except on lines that hold Chinese, Japanese or Korean (where
    ``，（）％`` are the text's own punctuation and stay as they are).  Line by line, so the
    choice never depends on what cleaning later removes elsewhere.

    ``"ＦＵＬＬ width （1）"`` → ``"FULL width (1)"``; ``"价格上涨了５％，（见表１）。"`` → unchanged
    """
    if not P.WIDE_FORMS.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if P.WIDE_FORMS.search(line) and not P.CJK_CHARS.search(line):
            lines[i] = P.WIDE_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)
    return "\n".join(lines)


def fix_doubled_apostrophes(text: str) -> str:
    """``"they weren'’t ready"`` → ``"they weren’t ready"``"""
    if "’" not in text:
        return text
    return P.DOUBLED_APOSTROPHE.sub("’", text)


def fix_ocr_bracket_i(text: str) -> str:
    """``"[t is observed that"`` → ``"It is observed that"``; ``"Tbe justices"`` → ``"The justices"``"""
    if "[" in text:
        text = P.OCR_BRACKET_I.sub(lambda m: f"{m.group(1)}I{m.group(2)}", text)
    return P.OCR_THE.sub(lambda m: f"{m.group(1)}he", text)


def normalise_whitespace(text: str) -> str:
    """NBSP and other odd spaces to plain spaces, zero-width characters dropped,
    runs of inner spaces collapsed, trailing spaces stripped.

    ``"rise of China.\\u00a0 Economically"`` → ``"rise of China. Economically"``
    """
    if not text.isascii():  # the zero-width characters and odd spaces are not ASCII
        text = P.ZERO_WIDTH.sub("", text)
        text = P.ODD_SPACES.sub(" ", text)
    if "  " in text:
        text = P.RUNS_OF_SPACES.sub(" ", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):  # where TRAILING_SPACES can match
        text = P.TRAILING_SPACES.sub("", text)
    return text


def repair_text(text: str, decoded: bool = False) -> str:
    """All repairs in order; idempotent.

    ``"the ﬁrst donâ€™t, vis-ˆ-vis"`` → ``"the first don’t, vis-à-vis"``

    ``decoded``: the text was decoded glyph by glyph (a PDF's text layer), not from
    bytes, so ftfy's byte-level repairs run only where a sign of them shows (``"â€™"``,
    an entity, a C1 control, a fullwidth letter); they cost the most of all repairs.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = P.ZERO_WIDTH.sub("", text)
    for _ in range(3):  # ftfy may uncover a second layer of mojibake; stop at a fixed point
        fixed = _repair_once(text, decoded)
        if fixed == text:
            break
        text = fixed
    return text


def _repair_once(text: str, decoded: bool = False) -> str:
    text = undo_double_encoding(text)
    if text.isascii() and not P.FTFY_ASCII_WORK.search(text):
        pass  # nothing ftfy would change
    elif not decoded or P.ENCODING_SLIP.search(text):
        text = ftfy.fix_text(text, _FTFY)
    text = fold_width(unicodedata.normalize("NFC", text))
    text = fix_macroman_tokens(text)
    text = fix_doubled_apostrophes(text)
    text = fix_ocr_bracket_i(text)
    return normalise_whitespace(text)
