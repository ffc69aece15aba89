"""Read a text document's front matter: title, author line, repeated titles.

Works on the header zone of the lines that survived cruft removal (see
:mod:`transform.cruft`): the lines above the first prose paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from transform.cruft import is_prose, split_names
from transform.model import Artefact
from transform.patterns import frontmatter as F


@dataclass(frozen=True)
class Frontmatter:
    title: str | None
    authors: tuple[str, ...]
    drop: frozenset[int]  # line indices consumed (title line, name lines, repeated titles)
    artefacts: tuple[Artefact, ...]


def _fold(s: str) -> str:
    return " ".join(s.casefold().replace("’", "'").split()).strip(" .:;-–—")


def is_title_like(line: str) -> bool:
    """A line that could be a title or heading.

    ``"River Treaties After Partition"`` → True; ``"Abstract"`` → False;
    ``"The canal opened in 1869."`` → False
    """
    s = line.strip()
    if not s or len(s) > 250 or len(s.split()) > 30 or F.NOT_TITLE.match(s):
        return False
    if s.lstrip().startswith(("•", "-", "*", "–")) or s[0].isdigit() and ". " in s[:4]:
        return False
    return not s.endswith((".", ",", ";")) or s.endswith("..")


def is_name_line(line: str) -> bool:
    """A line holding only personal names (a bare byline).

    ``"Adnan K. Rahimi *"`` → True; ``"Changing Tides"`` → False (ordinary words)
    """
    m = F.NAME_LINE.match(line)
    if not m:
        return False
    words = [w.strip(".*").casefold() for name in F.NAME_SPLIT.split(m.group("names")) for w in name.split()]
    return not any(
        w in F.NOT_NAME_WORDS or (len(w) >= 6 and w.endswith(F.NOT_NAME_SUFFIXES)) for w in words if w
    )


def is_affiliation(line: str) -> bool:
    """``"School of History, Northgate University"`` → True"""
    return bool(F.AFFILIATION.match(line)) or bool(F.EMAIL_LINE.match(line))


def _header(lines: Sequence[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Header lines (before the first prose line) grouped into runs without blank lines.

    A line followed directly by one that starts in lower case is a wrapped
    sentence, so the header ends before it.
    """
    runs: list[list[tuple[int, str]]] = [[]]
    for pos, (idx, ln) in enumerate(lines):
        if not ln.strip():
            if runs[-1]:
                runs.append([])
            continue
        nxt = lines[pos + 1][1].strip() if pos + 1 < len(lines) else ""
        wrapped = nxt[:1].islower() and len(ln.strip()) >= 40 and not F.EMAIL_LINE.match(nxt)
        if is_prose(ln) or wrapped:
            break
        runs[-1].append((idx, ln.strip()))
    return [r for r in runs if r]


def _title_spans(runs: list[list[tuple[int, str]]]) -> list[tuple[tuple[int, ...], str]]:
    """Title-like lines, a title wrapped over two lines joined into one.

    ``["Coal and Convoy: Port Hierarchies in the", "Indo-Pacific"]`` → one candidate.
    """
    spans = []
    for run in runs:
        k = 0
        while k < len(run):
            idx, text = run[k]
            if not is_title_like(text):
                k += 1
                continue
            ids = [idx]
            while k + 1 < len(run) and F.TITLE_CONTINUES.search(text) and is_title_like(run[k + 1][1]):
                k += 1
                ids.append(run[k][0])
                text = f"{text} {run[k][1]}"
            spans.append((tuple(ids), text))
            k += 1
    return spans


def _known_title_lines(runs, known_title: str) -> tuple[int, ...]:
    """Header lines that together print the known (metadata) title."""
    want = _fold(known_title)
    for run in runs:
        for a in range(len(run)):
            text = ""
            for b in range(a, min(a + 4, len(run))):
                text = f"{text} {run[b][1]}".strip()
                if _fold(text) == want:
                    return tuple(i for i, _ in run[a:b + 1])
                if not want.startswith(_fold(text)):
                    break
    return ()


def read_frontmatter(
    lines: Sequence[tuple[int, str]],
    known_authors: Sequence[str] = (),
    known_title: str | None = None,
) -> Frontmatter:
    """Find the title, author lines, affiliations and repeated titles in the header zone.

    ``[(0, "canal history"), (2, "Canal History: A New Look"), (4, "Jane Doe"), (6, "The canal …")]``
    → title ``"Canal History: A New Look"``, authors ``("Jane Doe",)``, drop ``{0, 2, 4}``
    """
    runs = _header(list(lines))
    drop: set[int] = set()
    artefacts: list[Artefact] = []
    authors: list[str] = list(known_authors)
    title: str | None = None
    spans = [(ids, t) for ids, t in _title_spans(runs) if not is_affiliation(t)]

    # A shorter line that the next title-like line starts with is a repeated title
    # (site breadcrumb or lower-cased repeat): "canal history" / "Canal History: A New Look".
    for (ids, a), (_, b) in zip(spans, spans[1:]):
        fa, fb = _fold(a), _fold(b)
        if fa and fb.startswith(fa) and len(fb) >= len(fa):
            drop.update(ids)
            artefacts.append(Artefact("repeated_title", "repeated_title_line", a))
    remaining = [(ids, t) for ids, t in spans if not drop.intersection(ids)]

    if known_title:
        title = known_title
        ids = _known_title_lines(runs, known_title)
        if ids:
            drop.update(ids)
            artefacts.append(Artefact("title", "title_line", " ".join(t for i, t in sum(runs, []) if i in ids)))
    elif remaining:
        # The title is the first candidate that is not a bare name; if every
        # candidate looks like a name ("Canal Days" / "Jane Doe"), the first one.
        plain = [(ids, t) for ids, t in remaining if not is_name_line(t)]
        ids, title = (plain or remaining)[0]
        drop.update(ids)
        artefacts.append(Artefact("title", "title_line", title))

    for run in runs:
        for i, s in run:
            if i in drop:
                continue
            if is_name_line(s):
                authors.extend(split_names(F.NAME_LINE.match(s).group("names")))
                drop.add(i)
                artefacts.append(Artefact("byline", "author_name_line", s))
            elif is_affiliation(s):
                drop.add(i)
                artefacts.append(Artefact("affiliation", "affiliation_line", s))
            elif title is not None and _fold(s) == _fold(title):
                drop.add(i)
                artefacts.append(Artefact("repeated_title", "repeated_title_line", s))

    unique = list(dict.fromkeys(authors))
    return Frontmatter(title, tuple(unique), frozenset(drop), tuple(artefacts))


def author_running_headers(lines: Sequence[tuple[int, str]], authors: Sequence[str]) -> tuple[set[int], list[Artefact]]:
    """Lines that print the authors' surnames and a short title: a PDF running header.

    authors ``("Amara Ekwueme", "Jonas Halvorsen")``:
    ``"Ekwueme and Halvorsen: Port Hierarchies"`` → dropped as ``running_header``
    """
    surnames = [a.split()[-1] for a in authors if a.split()]
    if not surnames:
        return set(), []
    names = "|".join(re.escape(s) for s in surnames)
    shape = re.compile(
        rf"^(?:[A-Z]\.\s*)*(?:{names})(?:\s+(?:et\s+al\.?|(?:and|&)\s+(?:[A-Z]\.\s*)*(?:{names})))?"
        rf"\s*[:/|–—]\s*[A-Z][^.!?]{{3,120}}$"
    )
    drop, artefacts = set(), []
    for idx, ln in lines:
        if ln.strip() and shape.match(ln.strip()):
            drop.add(idx)
            artefacts.append(Artefact("running_header", "author_title_running_header", ln.strip()))
    return drop, artefacts
