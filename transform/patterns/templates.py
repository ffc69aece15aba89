"""Patterns for learned boilerplate: what a line's fingerprint ignores, and
what real content must never be learned as a template."""
from __future__ import annotations

import re

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
NON_WORD = re.compile(r"[^\w#]+")

# Section headings that recur across documents because they are structure, not cruft.
SECTION_HEADING = re.compile(
    r"(?i)^\s*(?:(?:\d+|[ivxlc]+|[a-z])[.)]?\s+)?(?:abstract|summary|introduction|background|context|"
    r"literature review|methods?|methodology|data|results|findings|discussion|analysis|conclusions?|"
    r"concluding remarks|recommendations|policy implications|implications|limitations|future work|"
    r"references|bibliography|works cited|notes|endnotes|footnotes|appendix(?:\s+\w+)?|acknowledge?ments?|"
    r"key\s*words?|keywords|preface|foreword|epilogue|prologue|overview|history|the way forward|way forward)"
    r"\s*:?\s*$"
)

# Quoted text is someone's words: a repeated quotation is content.
QUOTATION = re.compile(r"^\s*[\"“‘'«].{10,}[\"”’'»]\s*[.,;]?\s*(?:[—–-]\s*.{0,80})?$")

# A reference-list entry or a sentence with a year and many words is content.
YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}\b")
