"""Patterns for the top of a document: titles, bylines, author names, bios."""
from __future__ import annotations

import re

HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev|Hon|Gen|Col|Capt|Amb|Ambassador|Engr|Eng)\.?"
HONORIFIC_RE = re.compile(rf"^(?:{HONORIFIC}\s+)+", re.I)

# One token of a printed personal name: "Jane", "O’Neill", "McAdam", "Al-Amin", "Okonjo-Blake", "J.", "J.R."
_NAME_TOKEN = (r"(?:(?:[A-Z][’']|Ma?c)?[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF’']+(?:-[A-Za-z\u00C0-\u00FF][a-z\u00DF-\u00FF’']+)*"
               r"|[А-ЯЁ][а-яё’']+(?:-[А-ЯЁа-яё][а-яё’']+)*|[A-Z]\.(?:[A-Z]\.)*|[А-ЯЁ]\.(?:[А-ЯЁ]\.)*)")
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|bin|binti|ibn|al|el|ul|le|la|du|dos)"
# affiliation markers: "Bhutia1", "Sen*", "Huamán a,*"
_MARK = r"(?:(?<![*†‡§¹²³⁴⁵])[*†‡§¹²³⁴⁵]+|(?<![\d,])\d{1,2}(?:,\d{1,2})*|\s[a-h](?:\s?,\s?(?:[a-h]|\*))*(?=[\s,]|$))"
NAME_MARK = re.compile(_MARK + r"(?=[\s,;&]|$)")
_ONE_NAME = rf"(?:{HONORIFIC}\s+)?{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{1,4}}{_MARK}?"
# A whole line that is only a name list: "Jane Doe", "Adnan Ali Shah *", "J. Doe and R. Roe¹"
# An affiliation may follow: "Jane Doe (Lecturer in Law)", "Jane Doe – Estuary Society".
NAME_LINE = re.compile(
    rf"^\s*(?P<names>{_ONE_NAME}(?:\s*(?:,|and|&)\s*{_ONE_NAME})*)\s*(?:[*†‡§¹²³⁴]+|\d{{1,2}})?"
    rf"(?:\s*\([^()]{{2,100}}\)|\s+[–—|]\s+[^.!?]{{2,100}})?\s*$"
)
# Names after "by" in a byline, stopping at the first token that is not a name.
# Also the word for "by" of French, Spanish, German, Italian and Russian bylines.
BYLINE_NAMES = re.compile(
    rf"(?:\b(?:by|By|BY|Par|PAR|Por|POR|Von|VON|Di)(?:-?line)?|(?<!\w)(?:Автор|Текст|Фото))\s*:?\s+"
    rf"(?P<names>{_ONE_NAME}(?:\s*(?:,|and|&|et|y|und|и)\s*{_ONE_NAME})*)"
)
NAME_SPLIT = re.compile(r"(?<!\s)\s*(?:,|\band\b|&)\s*")
# "and" between the names of a byline in French, Spanish, German and Russian
BYLINE_AND = re.compile(r"(?<!\s)\s+(?:et|y|und|и)\s+")

# Words that make a capitalised short line a heading rather than a name.
NOT_NAME_WORDS = frozenset(
    """the of and in on for to a an at by with from into over under after before between
    introduction conclusion conclusions abstract summary contents references bibliography notes
    appendix chapter section part background discussion results methods methodology overview
    analysis history policy relations war peace world trade news home about contact
    recommendations prospects challenges opportunities future way forward""".split()
)

# Word endings that mark common nouns, verbs and adjectives, not names
# ("Changing Tides", "Trade Negotiations"); only checked on words of 6+ letters.
NOT_NAME_SUFFIXES = ("ing", "tion", "sion", "ment", "ness", "ity", "ism", "ics", "ship", "ance",
                     "ence", "ology", "ities", "ations", "ments", "ive", "ous", "ful", "less")

# Headings that are never a document's title.
NOT_TITLE = re.compile(
    r"^\s*(?:\w\s+){3,}\w\s*$|"  # letter-spaced labels of a journal page: "A R T I C L E I N F O"
    r"^\s*(?i:abstract|summary|introduction|contents|table of contents|key\s*words?\b.*|keywords?\b.*|"
    r"references|bibliography|notes|acknowledge?ments?|preface|foreword|executive summary|highlights)\s*:?\s*$"
)

# "Jane Doe is a historian…", "Mr Doe was an editor…": a bio starts with a name and a copula.
BIO_START = re.compile(rf"^\s*(?:{HONORIFIC}\s+)?(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}})\s+(?:is|was|has been|has|holds|teaches|taught|works|worked|writes|wrote|serves|served|lives|lectures|researches|covers|reports|edits|leads|directs|heads|studied|spent)\b")

# Sentence-final punctuation (possibly followed by a closing quote/bracket).
# Abbreviations like "Dr." or an initial "J." do not end a sentence.
_ABBREVIATIONS = ("Mrs", "Prof", "Vol", "vol", "No", "no", "pp", "p", "Fig", "fig", "al", "vs", "cf", "St", "Jr",
                  "Sr", "Inc", "Ltd", "Co", "ed", "eds", "viz", "Mt", "Gen", "Col", "Lt", "Sgt", "Rev", "Hon",
                  "Dept", "Univ", "approx", "ca", "c", "Ch", "ch", "sec", "Sec", "Art", "para")
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
    + r"[.!?][\"”’')\]]*(?:\s|$)"
)

# A line that does not end a title: it stops on a function word, a comma or a colon,
# so the next line continues it ("… Port Hierarchies in the" / "Indo-Pacific").
TITLE_CONTINUES = re.compile(
    r"(?:\b(?:the|of|and|in|on|for|to|a|an|with|from|by|at|as|or|its|their|between|after|before|under|over|into)|[,:;–—-])\s*$",
    re.I,
)

# Institutional affiliation printed under an author line.
AFFILIATION = re.compile(
    r"(?i)^\s*(?:[\d*†‡¹²³⁴a-z]\s+)?(?:[\w’'.&-]+,?\s+){0,8}"
    r"(?:university|universit[éàä]|college|institute|institution|department|dept\.|school|faculty|centre|center|"
    r"laborator(?:y|ies)|academy|ministry|foundation|council|society|programme|program|hospital|observatory)\b"
    r"[^.!?]{0,160}\.?\s*$"
)
EMAIL_LINE = re.compile(r"(?i)^\s*(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[,;]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*\s*$")

# Headings that are content even when they stand in the header ("Key messages", "Summary").
SECTION_WORD = re.compile(
    r"(?i)^\s*(?:\d+[.)]?\s+)?(?:summary|key\s+(?:messages|points|findings|takeaways)|highlights|overview|"
    r"executive\s+summary|introduction|abstract|background|preface|foreword|contents)\s*:?\s*$"
)

# "Report · Health systems · Climate", "Business / Aviation", "Commentary, Water Security":
# two to six short capitalised items joined by separators (commas only without function words).
_ITEM = r"[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,3}"
_CAP_ITEM = r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2}"
LABEL_LIST = re.compile(rf"{_ITEM}(?:\s*[·•|/»›>]\s*{_ITEM}){{1,5}}|{_CAP_ITEM}(?:\s*,\s*{_CAP_ITEM}){{1,5}}")

# A site name after a page title: "Title | Site", "Title – Site Name" (at most four words).
SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|·–—]\s+(?:[A-Z0-9][\w.&'’-]*)(?:\s+[\w.&'’-]+){0,3}$")

# A role after an author's name: "Jane Doe, Policy Adviser", "Jane Doe, Senior Fellow at X".
ROLE_SUFFIX = re.compile(
    r"(?<!\s)\s*,\s*(?:[A-Z][\w-]*\s+){0,3}(?i:adviser|advisor|analyst|correspondent|editor|fellow|researcher|reporter|"
    r"writer|director|professor|lecturer|economist|historian|journalist|officer|manager|coordinator|consultant|"
    r"associate|scientist|chair|head|staff|contributor|columnist|student|candidate|author)\b.{0,80}$"
)

# The catalogue title in the banner of a library's full-text page:
# 'Full text of "The salt trade of the Weaver : a paper read before …"'
CATALOGUE_TITLE = re.compile(r"(?i)^full\s+text\s+of\s+[\"“](?P<title>.{3,250})[\"”]\s*$")
#: a publication year printed alone on a title page or imprint: "1907.", "MDCCCXCII" is not handled
IMPRINT_YEAR = re.compile(r"^(?P<year>(?:1[5-9]|20)\d\d)\.?$")
#: a byline label on a line of its own, the names on the next line: "Written by" / "Jane Doe"
BYLINE_LABEL = re.compile(r"(?i)^(?:(?:written|words|reported|posted)\s+by|by|authors?|writers?)\s*:?$")
#: the heading of an author box that names the author: "About Jane Doe"
ABOUT_NAME = re.compile(rf"^About\s+(?:the\s+author\s*[:,–—-]?\s*)?(?P<name>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{1,3}})\s*:?$")
#: a dateline that gives the publication date rather than submission or revision
PUBLISHED_WORD = re.compile(r"(?i)\b(?:published|available\s+online|online|issued|posted)\b")
#: a short bio in the first person under an author box: "Energy economist. I write about prices."
FIRST_PERSON_BIO = re.compile(r"^(?:[^.!?]{2,60}[.|·]\s+)?I(?:['’]m|\s+am|\s+write|\s+cover|\s+report|\s+research|\s+teach|\s+work|\s+study|\s+edit|\s+help)\b")
#: names ahead of a publication stamp: "Shahida Qureshi Published October 7, 2018"
NAMES_BEFORE_PUBLISHED = re.compile(
    rf"^\s*(?P<names>{_ONE_NAME}(?:\s*(?:,|and|&)\s*{_ONE_NAME})*)\s*[|·•,–—-]?\s+(?i:published|posted|updated|last\s+updated)\b"
)
#: a journal issue with its year: "Vol. 7 (2021)", "Vol. 3, No. 2 (1998)", "Stud. 12 (2016) 211–229"
JOURNAL_ISSUE_YEAR = re.compile(
    r"(?:\bVol(?:ume)?\.?\s*\d{1,4}|[A-Za-z.]\s+\d{1,4})\s*(?:,\s*(?:No|Issue|Iss)\.?\s*\d{1,4}\s*)?"
    r"\((?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:1[6-9]|20)\d\d)\)"
)
#: a resolution or decision printed with its number: "77/291.  Conservation and sustainable use of …"
NUMBERED_ACT_TITLE = re.compile(r"^\s*(?:(?:Resolution|Decision)\s+)?\d{1,3}/\d{1,4}(?:\s*\([IVXLC]+\))?\.\s+(?P<title>[A-Z].{5,250})$")

# --- a paper's first page as printed (transform.paper_front) ---------------------------------
#: runs of anything but letters and digits, folded to one space when printed strings are compared
NON_WORD_RUN = re.compile(r"[\W_]+")
#: a word broken with a hyphen at the end of a title line: "Ste-"
TRAILING_HYPHEN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]++)-$")  # from a word's start: no retry inside it
LEADING_LETTERS = re.compile(r"[^\W\d_]+")
#: glyph names a PDF prints when its font has no text mapping: "/gid00030/gid00035"
GLYPH_NAMES = re.compile(r"/gid\d|\(cid:\d+\)")
URL_OR_EMAIL = re.compile(r"(?i)https?://|\bwww\.|(?<![\w.+-])[\w.+-]++@[\w-]+\.\w|\bdoi\s*:\s*10\.")
#: a label printed letter by letter: "R E S E A R C H  A R T I C L E"
LETTER_SPACED = re.compile(r"^\s*(?:[^\W\d_]\s+){3,}")
#: the article type a journal prints above a title: "Research Article", "Original research",
#: "Case Report", "MINI REVIEW", "Full Paper", "ReviewArticle", "NANO REVIEW Open Access"
ARTICLE_TYPE_LABEL = re.compile(
    r"(?i)^\s*(?:(?:original|research|review|mini|short|brief|full|case|technical|rapid|invited|regular|nano|"
    r"clinical|systematic|data|methods?|special|feature|focused|opinion|hypothesis|theory|software|"
    r"open[\s-]*access)\s*)*"
    r"(?:articles?|papers?|reports?|reviews?|communications?|letters?|notes?|commentary|editorial|perspectives?|"
    r"study|studies|protocols?|research|open[\s-]*access)"
    r"(?:\s*open[\s-]*access)?(?:\s*full[\s-]*text[\s-]*article)?\s*$"
)
#: an ORCID badge printed as "ID" glued to the name it follows: "Peter NickID"
ORCID_BADGE = re.compile(r"(?<=[a-z])ID\b")
SUPERSCRIPT_CHARS = re.compile(r"[\u2070\u00b9\u00b2\u00b3\u2074-\u207f]+")
#: affiliation and role symbols after an author's name
AFFILIATION_SYMBOLS = re.compile(r"[*\u2020\u2021\u00a7\u00b6#\u2709\u2605]+")
#: affiliation numbers glued to a name or standing after it: "Say3", "Lam,1", "Rising 1,"
GLUED_NUMBER_MARK = re.compile(r"\d+(?:\s*[,\u2013-]\s*\d+)*")
#: affiliation letters after a name: "Yadav a,", "Bansal b,*"
LETTER_MARK = re.compile(r"(?<=[^\W\d_])\s+[a-h](?:\s*,\s*[a-h])*(?=\s*(?:[,;&]|\band\b|$))")
#: initials glued to a surname: "H.S.Srikanth"
GLUED_INITIALS = re.compile(r"(?<=[A-Z]\.)(?=[A-Z][a-z])")
BYLINE_SPLIT = re.compile(r",|;|\band\b|&")  # the parts keep their spaces: strip them
#: a byline that goes on to the next line: it ends with a comma, "and" or "&"
BYLINE_GOES_ON = re.compile(r"(?:,|\band|&)\s*$")
#: one word of a printed personal name: "Ana", "O’Hara", "Ju¨rges", "J.", "J.-P.", "da"
PERSON_TOKEN = re.compile(
    r"(?:[^\W\d_]\.\s?-?)+"
    r"|[^\W\d_](?:[^\W\d_]|[’'\u00a8\u00b4`\u02dc^])*(?:-[^\W\d_](?:[^\W\d_]|[’'\u00a8\u00b4`])*)*\.?"
)
NAME_PARTICLES = frozenset("de da das do dos van von der den del della di du la le bin binti ibn al el ul ter ten y e".split())
#: words of an affiliation, never of a name
AFFILIATION_WORDS = frozenset(
    """university universidad universidade université universität universiteit college institute institut
    department dept school faculty hospital centre center laboratory laboratories lab academy ministry
    division unit programme program research sciences science engineering medicine medical clinic
    foundation council corporation company inc ltd gmbh pvt open access article articles review editorial
    copyright licence license journal volume issue check updates correspondence""".split()
)

#: a date's digits glued to the words around it: "Accepted14April2016"
GLUED_DATE = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z]{3})")
#: a label before a paper's date on its first page
PAPER_DATE_LABEL = re.compile(
    r"(?i)(?:\b(?P<published>published(?:\s+online)?|first\s+published|publication\s+date|date\s+of\s+publication)"
    r"|\b(?P<online>available\s+online|online\s+publication)"
    r"|\b(?P<accepted>accepted(?:\s+for\s+publication)?)"
    r"|(?P<copyright>\u00a9|\(c\)|\bcopyright\b(?:\s*\u00a9)?(?:\s*the\s+authors?(?:\(s\))?\.?)?|\bVC\s+the\s+authors?(?:\(s\))?\.?))"
    r"\s*(?:on|in)?\s*[:.\-\u2013]?\s*"
)
#: where the next dated label begins on the same line ("…2016; Accepted …")
NEXT_DATE_LABEL = re.compile(r"(?i)[;|]|\b(?:received|revised|accepted|published|editorial\s+decision)\b")
#: the year of the journal issue in a running head or citation line: "(2018) 8:354",
#: "2018; 21:347-358", "2018:12 1303–1310", "Volume 2018, Article ID 77"
ISSUE_YEAR = re.compile(
    r"\((?P<a>(?:19|20)\d\d)\)\s*\d+\s*[:(]\s*\d"
    r"|(?<![\d.\-/])(?P<b>(?:19|20)\d\d)\s*;\s*\d+\s*[(:]\s*\d"
    r"|(?<![\d.\-/])(?P<c>(?:19|20)\d\d):\d+\s+\d+\s*[\u2013\-]\s*\d"
    r"|\bVolume\s+(?P<d>(?:19|20)\d\d)\s*,\s*Article"
)
#: an affiliation's mark at the start of its line: "1 Department …", "2Harbour Board", "a School …", "* Correspondence"
AFFILIATION_MARK_START = re.compile(r"^(?:\d{1,2}\.?\s?(?=[A-Z])|[a-h]\s(?=[A-Z])|[\u00b9\u00b2\u00b3\u2074-\u2079*\u2020\u2021])")
#: a labelled field of a first page that is not an affiliation: "Abstract:", "Keywords:", "Received:"
FIELD_LABEL = re.compile(r"(?i)^(?:abstract|summary|background|keywords?|key\s+words|received|accepted|published|citation|edited\s+by|academic\s+editor)\b")
