"""Read a text document's front matter: title, author line, repeated titles.

Works on the header zone of the lines that survived cruft removal (see
:mod:`transform.cruft`): the lines above the first prose paragraph.
"""
from __future__ import annotations

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


def read_frontmatter(lines: Sequence[tuple[int, str]], known_authors: Sequence[str] = ()) -> Frontmatter:
    """Find the title, bare author lines and repeated title lines in the header zone.

    ``[(0, "canal history"), (2, "Canal History: A New Look"), (4, "Jane Doe"), (6, "The canal …")]``
    → title ``"Canal History: A New Look"``, authors ``("Jane Doe",)``, drop ``{0, 2, 4}``
    """
    header: list[tuple[int, str]] = []
    for idx, ln in lines:
        if not ln.strip():
            continue
        if is_prose(ln):
            break
        header.append((idx, ln.strip()))

    drop: set[int] = set()
    artefacts: list[Artefact] = []
    authors: list[str] = list(known_authors)
    title: str | None = None
    candidates = [(i, s) for i, s in header if is_title_like(s)]

    # A shorter line that the next title-like line starts with is a repeated title
    # (site breadcrumb or lower-cased repeat): "canal history" / "Canal History: A New Look".
    for (i, a), (_, b) in zip(candidates, candidates[1:]):
        fa, fb = _fold(a), _fold(b)
        if fa and fb.startswith(fa) and len(fb) >= len(fa):
            drop.add(i)
            artefacts.append(Artefact("repeated_title", "repeated_title_line", a))

    # The title is the first candidate that is not a bare name; if every candidate
    # looks like a name ("Canal Days" / "Jane Doe"), the first one.
    remaining = [(i, s) for i, s in candidates if i not in drop]
    plain = [(i, s) for i, s in remaining if not is_name_line(s)]
    if remaining:
        title_at, title = (plain or remaining)[0]
        drop.add(title_at)
        artefacts.append(Artefact("title", "title_line", title))
    for i, s in remaining:
        if i in drop:
            continue
        if is_name_line(s):
            authors.extend(split_names(F.NAME_LINE.match(s).group("names")))
            drop.add(i)
            artefacts.append(Artefact("byline", "author_name_line", s))
        elif title is not None and _fold(s) == _fold(title):
            drop.add(i)
            artefacts.append(Artefact("repeated_title", "repeated_title_line", s))

    seen: set[str] = set()
    unique = []
    for a in authors:
        if a.casefold() not in seen:
            seen.add(a.casefold())
            unique.append(a)
    return Frontmatter(title, tuple(unique), frozenset(drop), tuple(artefacts))
