"""The one table of month names, and the groupings of months (seasons, quarters).

Every module that reads a month by name takes it from here: the date tagger
(``transform.patterns.dates``), the relative-date patterns, the calendar values
(``transform.date_values``), the date stamps of web pages (``transform.publication``)
and the words that are no author (``transform.patterns.citations``).

    MONTHS["march"] → 3;  MONTH_ABBREVIATIONS["sept"] → 9;  STAMP_MONTHS["février"] → 2
    SEASON_CODES["fall"] → 23;  SEASON_MONTHS[24] → (12, 2)  (winter runs into February)

The names of French, Spanish, German and Russian months the date tagger reads in prose
come from dateparser (``transform.patterns.languages``); a web page's date stamp is read
with the fixed spellings of ``STAMP_MONTHS``.
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# French, German, Spanish, Italian and Portuguese names (with and without accents), as
# web pages print them in a date stamp or dateline ("18 novembre 2019", "3 de março de 2020").
_EUROPEAN_MONTHS = {
    "janvier": 1, "januar": 1, "enero": 1, "gennaio": 1, "janeiro": 1,
    "février": 2, "fevrier": 2, "februar": 2, "febrero": 2, "febbraio": 2, "fevereiro": 2,
    "mars": 3, "märz": 3, "marz": 3, "marzo": 3, "março": 3, "marco": 3,
    "avril": 4, "abril": 4, "aprile": 4,
    "mai": 5, "mayo": 5, "maggio": 5, "maio": 5,
    "juin": 6, "juni": 6, "junio": 6, "giugno": 6, "junho": 6,
    "juillet": 7, "juli": 7, "julio": 7, "luglio": 7, "julho": 7,
    "août": 8, "aout": 8, "agosto": 8,
    "septembre": 9, "septiembre": 9, "settembre": 9, "setembro": 9,
    "octobre": 10, "oktober": 10, "octubre": 10, "ottobre": 10, "outubro": 10,
    "novembre": 11, "noviembre": 11, "novembro": 11,
    "décembre": 12, "decembre": 12, "dezember": 12, "diciembre": 12, "dicembre": 12, "dezembro": 12,
}
#: every spelling a web page's date stamp may name a month with (lower case)
STAMP_MONTHS = {**MONTHS, **MONTH_ABBREVIATIONS, **_EUROPEAN_MONTHS}

# ISO 8601-2 / EDTF level 2 sub-year groupings: seasons 21-24, quarters 33-36, halves 40-41.
SEASON_CODES = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# First and last month of each season (meteorological, northern hemisphere);
# winter runs from December of the named year into February of the next.
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}
QUARTER_CODES = {1: 33, 2: 34, 3: 35, 4: 36}
HALF_CODES = {1: 40, 2: 41}
