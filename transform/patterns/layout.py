"""Layout patterns: page furniture, line wrapping, block kinds, PDF metadata junk.

Every regex is compiled once and named; the code in ``transform.pdf_layout``,
``transform.reflow`` and ``extract.pdf`` only refers to these names.
"""
from __future__ import annotations

import functools
import re

# --- page furniture (transform.pdf_layout) -----------------------------------

#: "17", "- 17 -", "— 17 —", "[17]"
PAGE_NUMBER_BARE = re.compile(r"^[\[(]?\s*(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?\s*[\])]?$")
#: lower-case roman front-matter page numbers: "iv", "xii"
PAGE_NUMBER_ROMAN = re.compile(r"^(?=[ivxlc]{1,7}$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
#: "Page 3", "Page 3 of 12", "p. 3", "3 of 12", "3 / 12"
PAGE_X_OF_Y = re.compile(
    r"^(?:(?:page|pg\.?|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|(\d{1,4})\s*(?:of|/)\s*\d{1,4})$",
    re.IGNORECASE,
)
#: a number at either end of a line: "17 Journal of X", "Chapter 2: Methods 17"
EDGE_NUMBER = re.compile(r"^(\d{1,4})\b|\b(\d{1,4})$")
#: digit runs, replaced by "#" so "Journal of X, Vol. 3 | 17" and "… | 18" share one signature
DIGIT_RUN = re.compile(r"\d+")
WHITESPACE_RUN = re.compile(r"\s+")

# --- line shapes (transform.reflow) ------------------------------------------

#: a line that ends a sentence: . ! ? : ; or … optionally followed by closing quotes/brackets,
#: and by a footnote marker glued to the word ("… in the district.2", "… past’.15", "… end.³")
SENTENCE_END = re.compile(r"[.!?:;…][\"'”’»)\]]*$|(?<=[a-z\"'”’)])[.!?][\"'”’)]*(?:\d{1,3}|[¹²³⁴-⁹⁰]{1,3})$")
#: a note printed at the foot of a page: "1 Domesday Book, i. f. 268.", "12 Ibid., p. 4."
FOOT_NOTE_LINE = re.compile(r"^(?P<n>\d{1,3})\s+(?=[A-Z‘“\"'(])")
#: a line that cannot end a paragraph: trailing comma, dash, slash, ampersand or opening bracket
DANGLING_END = re.compile(
    r"(?:[,(\[/&–—-]|\b(?:e\.g|i\.e|cf|vs|al|viz|pp?|no|vol|fig|eds?|Dr|Mr|Mrs|Ms|Prof|St)\.)$"
)
#: a word that ends in a hyphen at the line end: "negoti-", "Pak-" (soft hyphen included)
LINE_END_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-\u2010\u00ad]$")
#: a dash attached to a word or number at the line end ("Pak-", "1965–"): join with no space
ATTACHED_DASH_END = re.compile(r"[^\W_][-\u2010–—]$")
#: the first word of a line, to join a hyphenated word with
LEADING_WORD = re.compile(r"^([^\W\d_]+)")
#: words and hyphenated compounds, to learn a document's own vocabulary
WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")
SOFT_HYPHEN = "\u00ad"

#: bullets as extracted from PDFs and text dumps ("-" and "*" need a space after them);
#: private-use bullets come from Symbol/Wingdings fonts
_BULLET_GLYPHS = "•●○◦▪▫■□‣⁃∙·➢➤►▶✓✔❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
#: a bullet glyph that never starts ordinary prose
GLYPH_BULLET = re.compile(rf"^[{_BULLET_GLYPHS}]\s*(?=\S)")
BULLET = re.compile(rf"^(?:[{_BULLET_GLYPHS}]\s*|[-–*]\s+)(?=\S)")
#: private-use bullet glyphs shown as a plain bullet
PRIVATE_USE_BULLET = re.compile(r"^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc]")
#: "1." "1)" "(1)" "a)" "(a)" "a." "iv)" "(iv)" at the line start
ENUMERATION = re.compile(
    r"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\([A-Z]\)|[A-Z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+(?=\S)"
)
#: a heading's numbering: "2.", "2.1", "2.1.3", "IV.", "B."
HEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+(?=\S)")
#: a sentence boundary inside a line ("… region. The …")
INNER_SENTENCE_END = re.compile(r"(?<![a-z])[a-z]{2,}[.!?][\"'”’)]?\s+[A-Z]")
#: an author-year citation, which headings never carry
CITATION_YEAR = re.compile(r"\([^()]*\b\d{4}[a-z]?\)")
#: "Key Words: …", "JEL Classification: …" — a front-matter field that is a block of its own
FIELD_LINE = re.compile(
    r"^(?:key\s*-?\s*words?|index\s+terms|jel(?:\s+classification)?(?:\s+codes?)?|subject\s+areas?"
    r"|received|accepted|revised|published(?:\s+online)?|available\s+online|doi|corresponding\s+author"
    r"|e-?mail|article\s+history|citation|how\s+to\s+cite(?:\s+this\s+article)?)\s*[:：—–-]",
    re.IGNORECASE,
)

#: section names that are headings wherever they stand on a line of their own
SECTION_NAMES = frozenset(
    (
        "abstract", "introduction", "background", "literature review", "methods", "method",
        "methodology", "materials and methods", "data and methods", "results", "findings",
        "discussion", "analysis", "conclusion", "conclusions", "concluding remarks", "summary",
        "executive summary", "recommendations", "conclusion and recommendations",
        "conclusions and recommendations", "references", "bibliography", "works cited",
        "sources", "notes", "endnotes", "footnotes", "acknowledgements", "acknowledgments",
        "appendix",
    )
)

#: short words that do not end a heading or a paragraph ("… relations between the")
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with into onto upon over under about after before
    and or but nor as than that which who whom whose where when while whether if because
    is are was were be been being has have had do does did not no its their his her our
    your my this these those such between among both either neither per via versus
    against through during without within towards toward""".split()
)

# --- PDF metadata (extract.pdf) ----------------------------------------------

#: titles a PDF producer made up: "Microsoft Word - draft3.docx", "untitled", "Slide 1"
PDF_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\b.*|untitled.*|no\s+title|title|document\d*|"
    r"print|slide\s*\d*|powerpoint\s+presentation|presentation\d*|book\d*|layout\s*\d+|"
    r"page\s*\d+|te?mp\W*\d*|\d+|[\w\s.()-]*\.(?:docx?|pdf|tex|dvi|rtf|odt|indd|qxd|qxp|pptx?|"
    r"xlsx?|e?ps|txt|html?|pub|wpd|pages|cdr|ai))$",
    re.IGNORECASE,
)
#: authors a PDF producer made up: account and machine names
PDF_JUNK_AUTHOR = re.compile(
    r"^(?:user\d*|admin(?:istrator)?|owner|author|unknown|anonymous|default|guest|test|"
    r"windows\s+user|microsoft\s+office\s+user|office\s*\d*|pc\d*|hp|dell|lenovo|acer|asus|"
    r"compaq|toshiba|sony|ibm|owner-pc|my\s*pc|me|editor|abc|xyz|\W*)$",
    re.IGNORECASE,
)
#: separators between authors in a PDF Author field
PDF_AUTHOR_SEPARATOR = re.compile(r"(?<!\s)\s*(?:;|\band\b|&|\n)\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def glued_marker(number: int) -> re.Pattern:
    """Footnote marker ``number`` glued to a word or its punctuation: "treaty.3", "past’3"."""
    return re.compile(rf"(?<=[^\W\d_]|[.,;:!?)\]”’\"']){number}(?!\d)")
