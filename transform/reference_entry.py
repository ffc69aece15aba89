"""One entry of a scientific reference list → authors, year, title, venue, DOI.

``parse_reference`` reads the entry from its author names, in whichever of the
three printed forms the list uses (see ``transform.patterns.reference_entry``):
the names run to the first token that is not one, the year may follow them
(APA, Harvard, Oxford) or stand with the volume further on (Vancouver, Nature,
MDPI), the title is the sentence after the names (or the quoted one), and the
venue the part after the title up to its volume.  An entry whose start is not a
list of names (a note, a corporate author) gives None, and the caller's other
readings of notes and bibliographies take over (``transform.references``).

Pure: a string in, a ``ParsedReference`` out.
"""
from __future__ import annotations

from dataclasses import dataclass

from transform.patterns import reference_entry as P

MAX_AUTHORS = 60
MIN_TITLE_LETTERS = 3


@dataclass(frozen=True)
class ParsedReference:
    authors: tuple[str, ...]
    year: int | None
    suffix: str | None
    title: str | None
    venue: str | None
    doi: str | None


def find_doi(text: str) -> str | None:
    """``"… 37, 2211–2215. doi: 10.1111/pce.12420"`` → ``"10.1111/pce.12420"``."""
    m = P.DOI.search(text)
    return P.DOI_TRAILING.sub("", "".join(m.group("doi").split())) if m else None


_FORMS = (P.INVERTED_NAME, P.VANCOUVER_NAME, P.INITIALS_FIRST_NAME)


def author_block(text: str) -> tuple[tuple[str, ...], int] | None:
    """The surnames the entry opens with and where the names end.

    ``"Tewari, D., Pandey, H. K. & Sah, A. N. Title."`` → ``(("Tewari", "Pandey", "Sah"), 37)``;
    ``"Woolf CJ, Mannion RJ: Title"`` → ``(("Woolf", "Mannion"), 20)``.  One form for the
    whole list of names, the one the first name is printed in.
    """
    for form in _FORMS:
        m = form.match(text)
        if not m:
            continue
        surnames = [m.group("surname")]
        end = m.end()
        while len(surnames) < MAX_AUTHORS:
            sep = P.NAME_SEPARATOR.match(text, end)
            if not sep:
                break
            nxt = form.match(text, sep.end())
            if not nxt:
                break
            surnames.append(nxt.group("surname"))
            end = nxt.end()
        cut = P.ELLIPSIS.match(text, end)
        last = form.match(text, cut.end()) if cut else None
        if last:
            surnames.append(last.group("surname"))
            end = last.end()
        etal = P.ET_AL.match(text, end)
        if etal:
            end = etal.end()
        if not P.AFTER_AUTHORS.match(text, end) and end < len(text):
            continue
        return tuple(" ".join(s.split()) for s in surnames), end
    return None


def _unquoted(title: str) -> str:
    """Quotes that open or close the title alone go; a quoted name inside it stays."""
    while title and title[0] in P.OPENING_QUOTES + "'" and not any(c in title[1:] for c in P.CLOSING_QUOTES):
        title = title[1:].strip()
    while title and title[-1] in P.CLOSING_QUOTES and not any(c in title[:-1] for c in P.OPENING_QUOTES):
        title = title[:-1].strip()
    return title


def respaced(text: str) -> str:
    """The spaces a PDF lost around an entry's names put back, for reading it:
    ``"J.DuboisandT.J.Mabry"`` → ``"J.Dubois and T.J.Mabry"``, ``"Seoetal.,"`` →
    ``"Seo et al.,"``, ``"RastogiS,KalraA,GuptaV."`` → ``"Rastogi S, Kalra A, Gupta V."``."""
    text = P.GLUED_AND.sub(" and ", text)
    text = P.GLUED_ET_AL.sub(" et al.", text)
    if P.GLUED_VANCOUVER_START.match(text):
        head, tail = text[:P.HEAD_CHARS], text[P.HEAD_CHARS:]
        text = P.GLUED_VANCOUVER_NAME.sub(r"\1 \2\3 ", head).replace("  ", " ") + tail
    return text


def _title_and_rest(text: str, start: int) -> tuple[str | None, int]:
    """The title that starts at ``start`` and where what follows it begins."""
    quoted = P.QUOTED_TITLE.match(text, start)
    if quoted:
        return quoted.group("title").strip(" ,."), quoted.end()
    rest = text[start:]
    m = P.TITLE_END.search(rest)
    stop = m.start() if m else len(rest)
    title = _unquoted(rest[:stop].strip(" ,.:;"))
    if sum(c.isalpha() for c in title) < MIN_TITLE_LETTERS:
        return None, start
    return title, start + stop + 1


def _comma_title(text: str, start: int) -> tuple[str | None, str | None]:
    """Title and venue of an entry whose parts are separated by commas ("2011, Title of
    the paper, with commas, J. Plant Res., 124, 245–52"): the venue is the part before
    the first volume number, the title everything before it."""
    parts = [p.strip() for p in text[start:].split(", ")]
    volume = next((k for k, p in enumerate(parts) if P.VOLUME_SEGMENT.match(p)), None)
    if volume is None or volume < 2:
        return None, None
    return ", ".join(parts[: volume - 1]).strip(" .") or None, parts[volume - 1].strip(" .") or None


def _year(text: str) -> tuple[int | None, str | None]:
    m = P.VENUE_YEAR.search(text)
    if m:
        if m.group("year"):
            return int(m.group("year")), m.group("suffix")
        return int(m.group("year2")), m.group("suffix2")
    m = P.LOOSE_YEAR.search(text)
    return (int(m.group("year")), m.group("suffix")) if m else (None, None)


def parse_reference(text: str) -> ParsedReference | None:
    """Read a scientific reference entry, or None when it does not open with author names.

    ``"Woolf CJ, Mannion RJ: Neuropathic pain: aetiology. Lancet 1999, 353:1959-64."``
    → authors ``("Woolf", "Mannion")``, year 1999, title ``"Neuropathic pain: aetiology"``,
    venue ``"Lancet"``;
    ``"Abel, K. and Roe, T. 2011, Salt, steam and tolls, J. Canal Hist., 12, 4–9."`` →
    year 2011, title ``"Salt, steam and tolls"``, venue ``"J. Canal Hist."``.
    """
    doi = find_doi(text)
    body = respaced(P.LINK_LABELS.sub("", text).strip())
    block = author_block(body)
    if block is None:
        return None
    authors, end = block
    pos = P.AFTER_AUTHORS.match(body, end).end() if P.AFTER_AUTHORS.match(body, end) else end
    year = suffix = None
    comma_style = False
    y = P.YEAR_AFTER_AUTHORS.match(body, end)
    if y and (y.end() >= len(body) or not body[y.end() - 1].isdigit()):
        year, suffix = int(y.group("year")), y.group("suffix")
        comma_style = body[end:y.end()].rstrip().endswith(",") and "(" not in body[end:y.end()]
        pos = y.end()
    else:
        nd = P.NO_DATE.match(body, end)
        if nd:
            pos = nd.end()
    title = venue = None
    if comma_style:
        title, venue = _comma_title(body, pos)
    if title is None:
        title, after = _title_and_rest(body, pos)
        opening = next((k for k, ch in enumerate(title or "") if ch in P.OPENING_QUOTES), None)
        quoted = P.QUOTED_TITLE.match(body, pos + body[pos:].find(title) + opening) if opening is not None else None
        if quoted:  # names the form did not read run up to a quoted title: "…, J.Mabry, “Flax seeds,” …"
            title, after = quoted.group("title").strip(" ,."), quoted.end()
        rest = body[after:] if title else ""
        v = P.VENUE.match(rest)
        venue = " ".join(v.group("venue").split()).strip(" .,") if v and title else None
        if venue and P.NOT_VENUE.match(venue):
            venue = None
    if year is None:
        year, suffix = _year(body[pos:])
    if title:
        title = P.TITLE_TAIL.sub("", title) or None
    return ParsedReference(authors, year, suffix, title, venue or None, doi)
