"""Patterns for ``transform.publication``: the date stamps a web page declares or prints.

A stamp is short and says one day: ``2021-05-17T09:30:00+01:00``, ``20190302``,
``17.05.2021``, ``March 2, 2019``, ``22 de outubro de 2010``; a permalink may carry one
too (``/2019/11/18/weir-reopens``).  Month names come from ``transform.patterns.months``.
"""
from __future__ import annotations

import re

from transform.patterns.months import STAMP_MONTHS

#: an ISO day, or a year and month: "2021-05-17", "2019/3/2", "2019.03"
ISO_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)")
#: eight digits: "20190302"
COMPACT_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
#: day first with dots or slashes: "17.05.2021", "11/18/2019" (read month first when it must be)
NUMERIC_DMY_STAMP = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)")
_MONTH = "|".join(sorted((re.escape(m) for m in STAMP_MONTHS), key=len, reverse=True))
#: month first, written out: "March 2, 2019", "Nov. 18th 2019"
MDY_STAMP = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b", re.I)
#: day first, written out: "2 March 2019", "1er mars 2020", "22 de outubro de 2010"
DMY_STAMP = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?((?:19|20)\d{{2}})\b", re.I)
#: a day in a URL's path: "/2019/11/18/", "/2019-11-18-weir"
URL_DAY = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|\.|$)")
