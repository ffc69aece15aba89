"""Month and weekday names of the other languages the date tagger reads (French, Spanish,
German, Russian), and the function words that tell a document's language.

The names come from dateparser's language data (``dateparser.data.date_translation_data``,
already a pinned dependency): every spelling it lists of a month ("janvier", "janv"; Russian
"января", the genitive that dates use), and the full weekday names.  Forms of one or two
letters ("lu", "mo") are left out: they are ordinary words too.
"""
from __future__ import annotations

import importlib

from transform.patterns.months import MONTHS

CALENDAR_KEYS = tuple(MONTHS)  # dateparser names its months by their English names
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FOREIGN = ("fr", "es", "de", "ru")
# Weekday names that are common nouns too, and dates spell otherwise: Russian "среда" is
# "Wednesday" and "environment" ("Культурная среда"); a date says "в среду".
COMMON_NOUNS = {"ru": frozenset({"среда"})}


def _names(language: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for number, key in enumerate(CALENDAR_KEYS, 1):
        forms = [f.lower() for f in info.get(key, []) if len(f) > 2]
        longest = max(forms, key=len, default="")
        for form in forms:
            (abbreviations if len(form) <= 4 and form != longest else months)[form] = number
    weekdays = {f.lower(): n for n, key in enumerate(WEEKDAY_KEYS, 1)
                for f in info.get(key, []) if len(f) >= 5 and f.lower() not in COMMON_NOUNS.get(language, ())}
    return months, abbreviations, weekdays


_TABLES = {language: _names(language) for language in FOREIGN}
#: month name → number, per language ("mai" → 5 in French and German)
FOREIGN_MONTHS = {language: t[0] for language, t in _TABLES.items()}
#: abbreviated month names ("janv", "dez"), which may take a dot
FOREIGN_ABBREVIATIONS = {language: t[1] for language, t in _TABLES.items()}
#: weekday name → ISO number (1 Monday … 7 Sunday)
FOREIGN_WEEKDAYS = {language: t[2] for language, t in _TABLES.items()}

#: frequent function words of each language, for telling them apart (transform.language)
STOP_WORDS = {
    "en": ("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "as", "by", "it",
           "from", "at", "which", "this", "be", "are", "has", "have", "were", "had"),
    "fr": ("le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "que", "qui", "pour", "pas",
           "sur", "au", "aux", "avec", "sont", "ont", "par", "mais", "ce", "cette", "de", "à", "il", "en", "été"),
    "es": ("el", "los", "las", "del", "y", "que", "en", "una", "por", "con", "para", "es", "se", "su",
           "al", "lo", "como", "más", "pero", "sus", "fue", "entre", "está", "también", "de", "la", "un", "no"),
    "de": ("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "auf",
           "für", "sich", "auch", "wird", "wurde", "von", "zu", "im", "bei", "nach", "sind"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "от", "для", "к", "о",
           "был", "была", "были", "его", "но", "он", "она", "они", "также"),
}
