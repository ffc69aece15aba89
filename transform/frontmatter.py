"""Read a text document's front matter: title, author line, repeated titles.

Works on the header zone of the lines that survived cruft removal (see
:mod:`transform.cruft`): the lines above the first prose paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from transform.cruft import is_all_caps, is_prose, split_names
from transform.model import Artefact
from transform.patterns import frontmatter as F
from transform.patterns import layout as L
from transform.patterns import rule_names as R


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


def _name_match(line: str):
    """NAME_LINE on the line (without a trailing role: "Jane Doe, Policy Adviser"),
    or on its title-cased form when it is in capitals."""
    line = F.ROLE_SUFFIX.sub("", line)
    m = F.NAME_LINE.match(line)
    if m is None and is_all_caps(line):
        m = F.NAME_LINE.match(line.title())
    return m


def _names_group(m) -> str:
    """The names of a NAME_LINE match without affiliation markers ("Sen2", "Huamán a,*")."""
    return F.NAME_MARK.sub("", m.group("names"))


def names_in(line: str) -> list[str]:
    """``"KARMA D. BHUTIA1 AND ANIRBAN SEN2"`` → ``["Karma D. Bhutia", "Anirban Sen"]``"""
    m = _name_match(line)
    return [n for n in split_names(_names_group(m)) if n.strip(" ,*")] if m else []


def is_name_line(line: str) -> bool:
    """A line holding only personal names (a bare byline).

    ``"Adnan K. Rahimi *"`` → True; ``"Changing Tides"`` → False (ordinary words)
    """
    m = _name_match(line)
    if not m:
        return False
    words = [w.strip(".*").casefold() for name in F.NAME_SPLIT.split(_names_group(m)) for w in name.split()]
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
        after = lines[pos + 2][1].strip() if pos + 2 < len(lines) else ""
        # a long line continued in lower case is running text, unless the pair stands
        # alone (blank or author line next): a title wrapped over two lines
        wrapped = (nxt[:1].islower() and len(ln.strip()) >= 40 and not F.EMAIL_LINE.match(nxt)
                   and not (after == "" or is_name_line(after)))
        if (is_prose(ln) and not F.NUMBERED_ACT_TITLE.match(ln)) or wrapped:
            break
        runs[-1].append((idx, ln.strip()))
    return [r for r in runs if r]


def _title_spans(runs: list[list[tuple[int, str]]]) -> list[tuple[tuple[int, ...], str]]:
    """Title-like lines, a title wrapped over two lines joined into one.

    ``["Coal and Convoy: Port Hierarchies in the", "Indo-Pacific"]`` → one candidate;
    ``["Payments for watershed services and land-use", "change in the upper basin"]`` → one.
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
            while (k + 1 < len(run) and is_title_like(run[k + 1][1])
                   and (F.TITLE_CONTINUES.search(text) or run[k + 1][1][:1].islower())):
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


def is_label(line: str) -> bool:
    """A kicker or category label printed around a headline.

    ``"RESEARCH NOTE"``, ``"Report · Health systems · Climate"``, ``"Commentary, Water Security"``,
    ``"Business / Aviation"`` → True; ``"Summary"``, ``"Key messages"`` → False
    """
    s = line.strip()
    words = s.split()
    if not s or len(words) > 12 or F.NOT_TITLE.match(s) or F.SECTION_WORD.match(s):
        return False
    if is_all_caps(s) and len(words) <= 8:
        return True
    return bool(F.LABEL_LIST.fullmatch(s))


def strip_site_suffix(title: str) -> str:
    """``"Rural Credit in Bengal, 1947-1990 | DocVault"`` → ``"Rural Credit in Bengal, 1947-1990"``"""
    m = F.SITE_SUFFIX.search(title)
    return title[: m.start()].strip() if m and m.start() >= 8 else title


def _nearest_above(followers, candidates, reach: int = 6) -> set[tuple[int, ...]]:
    """The candidate lines directly above a byline or author line (within ``reach`` lines)."""
    out = set()
    for j in followers:
        above = [ids for ids, _ in candidates if ids[-1] < j <= ids[-1] + reach]
        if above:
            out.add(max(above, key=lambda ids: ids[-1]))
    return out


def _headline_above(head, plain, n: int):
    """A headline printed on the line right above candidate ``n``, of which candidate
    ``n`` is the subtitle: ``"What the oil shocks teach"`` over ``"Rationing, price caps
    and the slow road to efficiency"``.  (A blank line between them, or removed chrome,
    means they are not one heading: a site tagline above a headline stays apart.)"""
    if n == 0:
        return None
    ids, text = plain[n]
    prev_ids, prev = plain[n - 1]
    if prev_ids[-1] != ids[0] - 1:
        return None
    if len(prev.split()) < 3 or is_all_caps(prev) or is_label(prev) or prev.rstrip().endswith(":"):
        return None
    return prev_ids, prev


NUMBERED_ACT_BONUS = 4  # "77/291. Conservation of coastal wetlands": the resolution's own title
LEAD_ECHO_BONUS = 3  # as strong a sign as a byline right under the line
LEAD_ECHO_SHARE = 0.5  # of a candidate's content words that the first paragraph repeats


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]{3,}", text.casefold()) if w not in L.FUNCTION_WORDS}


def _restated_by_lead(lines, candidates) -> tuple[int, ...] | None:
    """The candidate whose words the first paragraph repeats most (a lead restates its
    headline: "Catch the Rain campaign records 42 lakh works" → "The … Catch the Rain
    campaign … has recorded more than 42 lakh … works"), if it repeats at least half."""
    last = max((ids[-1] for ids, _ in candidates), default=-1)
    opening = _content_words(next((ln for i, ln in lines if i > last and is_prose(ln)), ""))
    best, best_share = None, LEAD_ECHO_SHARE
    for ids, text in candidates:
        words = _content_words(text)
        share = len(words & opening) / len(words) if len(words) >= 3 else 0.0
        if share >= best_share:
            best, best_share = ids, share
    return best


def _echoed_first_line(lines, head, ids: tuple[int, ...], title: str) -> tuple[tuple[int, ...], str]:
    """A title joined from two lines whose first line alone opens the text is that line:
    "Great Fire of Aldmouth" / "disaster, Aldmouth, 1871" over "Great Fire of Aldmouth, a fire that …"."""
    if len(ids) < 2:
        return ids, title
    first = dict(head).get(ids[0], "")
    opening = next((ln for i, ln in lines if i > ids[-1] and is_prose(ln)), "")
    if first and _fold(opening).startswith(_fold(first)) and not _fold(opening).startswith(_fold(title)):
        return (ids[0],), first
    return ids, title


def _title_score(text: str, followed: bool, first: bool = False) -> int:
    """How much a header line looks like the headline rather than a site name or menu item."""
    words = len(text.split())
    score = 0
    if followed:
        score += 3  # a byline, dateline or author line comes next
    if first and words >= 3:
        score += 2  # the document opens with it (site names are shorter, or in capitals)
    if 4 <= words <= 25:
        score += 2
    elif words <= 2:
        score -= 2
    if re.search(r"[:?]", text):
        score += 1
    if is_all_caps(text):
        score -= 3
    if text[:1].islower():
        score -= 1
    return score


def read_frontmatter(
    lines: Sequence[tuple[int, str]],
    known_authors: Sequence[str] = (),
    known_title: str | None = None,
    byline_at: Sequence[int] = (),
) -> Frontmatter:
    """Find the title, author lines and header chrome above the first prose paragraph.

    ``[(0, "Canal Review"), (1, "Home"), (2, "Canal History: A New Look"), (3, "By Jane Doe"…), (5, "The canal …")]``
    → title ``"Canal History: A New Look"``, the site name and menu above it dropped.

    The headline is the header line that scores best (a byline or author line
    follows it, 4–25 words, not in capitals); what stands above it in the
    header is site chrome (site name, tagline, menu, breadcrumbs), except
    author lines and section headings; below it, kickers and category labels go.
    ``byline_at`` holds the line indices where cruft rules found bylines/datelines.
    """
    runs = _header(list(lines))
    head = [item for run in runs for item in run]
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
            artefacts.append(Artefact("repeated_title", R.REPEATED_TITLE_LINE, a))
    remaining = [(ids, t) for ids, t in spans if not drop.intersection(ids)]

    title_ids: tuple[int, ...] = ()
    act_title = False  # a resolution's numbered title: what stands above it is the document's own record
    if known_title:
        title = known_title
        title_ids = _known_title_lines(runs, known_title)
        if title_ids:
            artefacts.append(Artefact("title", R.TITLE_LINE, " ".join(t for i, t in head if i in title_ids)))
    elif remaining:
        followers = set(byline_at) | {i for i, t in head if is_name_line(t)}
        plain = [(ids, t) for ids, t in remaining if not is_name_line(t)]
        if plain:
            followed = _nearest_above(followers, plain)
            opening = head[0][0] if head else None
            echoed = _restated_by_lead(lines, plain)
            scored = [(_title_score(t, ids in followed, ids[0] == opening) + (LEAD_ECHO_BONUS if ids == echoed else 0)
                       + (NUMBERED_ACT_BONUS if F.NUMBERED_ACT_TITLE.match(t) else 0),
                       -n, ids, t)
                      for n, (ids, t) in enumerate(plain)]
            _, n, title_ids, raw_title = max(scored)
            above = _headline_above(head, plain, -n)
            if above is not None:  # the best line is the subtitle of the headline above it
                title_ids, raw_title = above
            title_ids, raw_title = _echoed_first_line(lines, head, title_ids, raw_title)
        else:  # every candidate looks like a name ("Canal Days" / "Jane Doe"): the first
            title_ids, raw_title = remaining[0]
        numbered = F.NUMBERED_ACT_TITLE.match(raw_title)
        title = numbered.group("title").strip() if numbered else strip_site_suffix(raw_title)
        act_title = bool(numbered)
        artefacts.append(Artefact("title", R.TITLE_LINE, raw_title))
    drop.update(title_ids)

    top = min(title_ids) if title_ids else None
    named_by_byline = bool(known_authors)
    for i, s in head:
        if i in drop:
            continue
        if is_name_line(s) and named_by_byline and top is not None and i < top:
            # a byline already names the authors: a two-word line above the headline is
            # the site's name or a menu entry ("Slow Miles", "Road Trips"), not another author
            drop.add(i)
            artefacts.append(Artefact("navigation", R.ABOVE_TITLE, s))
        elif is_name_line(s):
            authors.extend(names_in(s))
            drop.add(i)
            artefacts.append(Artefact("byline", R.AUTHOR_NAME_LINE, s))
        elif is_affiliation(s):
            drop.add(i)
            artefacts.append(Artefact("affiliation", R.AFFILIATION_LINE, s))
        elif title is not None and _fold(strip_site_suffix(s)) == _fold(title):
            drop.add(i)
            artefacts.append(Artefact("repeated_title", R.REPEATED_TITLE_LINE, s))
        elif F.NOT_TITLE.match(s) or F.SECTION_WORD.match(s):
            continue  # "Abstract", "Summary": content structure, wherever it stands
        elif top is not None and i < top and not act_title:
            drop.add(i)
            artefacts.append(Artefact("navigation", R.ABOVE_TITLE, s))
        elif is_label(s):
            drop.add(i)
            artefacts.append(Artefact("navigation", R.HEADER_LABEL, s))

    unique = list(dict.fromkeys(authors))
    return Frontmatter(title, tuple(unique), frozenset(drop), tuple(artefacts))


def labelled_bylines(lines: Sequence[str]) -> tuple[list[str], dict[int, str]]:
    """Names printed on the line after a byline label of their own.

    ``["Written by", "Jane Q. Doe", "Jane Q. Doe is a historian …"]`` → ``(["Jane Q. Doe"], {1: "Jane Q. Doe"})``
    (the names, and the name lines by index).  "Fact-checked by" or "Edited by" name
    someone else and are not read.
    """
    names: list[str] = []
    at: dict[int, str] = {}
    for i, line in enumerate(lines[:-1]):
        if not F.BYLINE_LABEL.match(line.strip()):
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
        if j is not None and is_name_line(lines[j].strip()):
            names.extend(names_in(lines[j].strip()))
            at[j] = lines[j].strip()
    return names, at


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
            artefacts.append(Artefact("running_header", R.AUTHOR_TITLE_RUNNING_HEADER, ln.strip()))
    return drop, artefacts
