"""Patterns for the text-density view of whole-page dumps."""
from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
LIST_MARKER = re.compile(r"^\s*(?:[•▪◦●‣∙·*–-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")
DIGIT = re.compile(r"\d")
# A label that introduces a list of links: "Related Topics:", "Tags:", "Filed under:"
LINK_LABEL = re.compile(r"^[^\W\d][\w&’' -]{1,30}:$")
# An excerpt cut off by the site: "… the locks froze …", "… the locks froze [...]"
TRUNCATED = re.compile(r"(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\])\s*(?:read\s+more|continue\s+reading|more)?\s*[»›>]?\s*$", re.I)
# Where readers' comments begin.  A bare "Discussion" is not one: it is a paper's own
# section (and its reference list comes after it); "Discussion (12)" counts comments.
COMMENTS_HEADING = re.compile(
    r"(?i)^(?:\d+\s+(?:thoughts?|comments?|responses?|replies|reactions)\b.*|(?:comments?|discussion)\s*\(\d+\)|"
    r"leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|reader\s+comments|join\s+the\s+(?:discussion|conversation)|"
    r"(?:\d+\s+)?comments?)\s*:?\s*$"
)
# A "cite this page" box: its heading, then the page's own citation in several styles.
CITE_HEADING = re.compile(
    r"(?i)^(?:citation\s+information|cite\s+this\s+(?:article|page|entry|post|item)|how\s+to\s+cite(?:\s+this\s+\w+)?|"
    r"citation\s+details|suggested\s+citation|recommended\s+citation)\s*:?$"
)
# A table of contents: the heading and its numbered entries.
CONTENTS_HEADING = re.compile(r"(?i)^(?:table\s+of\s+)?contents\s*(?:\[\s*(?:hide|show)\s*\])?\s*:?$")
CONTENTS_ENTRY = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,80}$"  # "1 History", "2.1 Foundation"
    r"|^\S.{0,100}?\s*(?:\.\s?){3,}+\s*+(?:\d{1,4}|[ivxlc]{1,6})$"  # "Key Findings ........ 4" (a dot leader)
)

# The article a reference page's first sentence may put before its headline: "The Harnley
# Canal is …" under "Harnley Canal" (English, French, Spanish, German, Italian).
LEADING_ARTICLE = re.compile(r"(?:the|a|an|le|la|les|l'|el|los|las|der|die|das|il|lo|gli)\s*", re.I)

