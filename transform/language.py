"""Which language a document is written in, from the share of each language's function words.

    detect_language(["Le conseil a voté la loi le 5 mai 2020 et la séance est levée."]) → "fr"
    detect_language(["The council passed the law."]) → "en"

Stop-word shares rather than a statistical detector: the date tagger only needs to tell
English from French, Spanish, German and Russian, on whole documents, and a vote of the
commonest function words does that deterministically, fast, and with no model to load.
Too few words, or no clear winner, reads as English (the tagger's default).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from transform.patterns.languages import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+")
_LOOKUP: dict[str, set[str]] = {}
for _language, _words in STOP_WORDS.items():
    for _w in _words:
        _LOOKUP.setdefault(_w, set()).add(_language)

MIN_HITS = 5  # function words needed before a document is said to be in anything but English
MARGIN = 1.5  # the winner needs this many times the runner-up's hits
SAMPLE_CHARS = 20_000  # the opening of a document is enough


def detect_language(paragraphs: Iterable[str]) -> str:
    """ "en", "fr", "es", "de" or "ru"; English when unsure.  Never raises."""
    text, size = [], 0
    for p in paragraphs or ():
        if isinstance(p, str):
            text.append(p)
            size += len(p)
            if size >= SAMPLE_CHARS:
                break
    votes: Counter = Counter()
    for word in _WORD.findall(" ".join(text)[:SAMPLE_CHARS].lower()):
        for language in _LOOKUP.get(word, ()):
            votes[language] += 1
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return "en"
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if hits >= MARGIN * runner_up else "en"
