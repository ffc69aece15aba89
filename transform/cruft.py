"""Remove scraping cruft from the lines of a document, keeping an audit of it.

Works on *lines*: a text dump's lines, or the blocks HTML extraction returns
(each block is one line).  Rules come from :mod:`transform.rules`; a few
contextual rules need more than one line and live here, each with a name:

``repeated_line``   short non-prose lines that recur 3+ times (running headers
                    of a PDF that was dumped to text)
``author_bio``      the paragraph right after an author box, or one that starts
                    with the byline's name and "is a/was a/has"

Zones: the *header* is everything before the first prose line and the
*footer* everything after the last one; some rules only fire there.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from transform.model import Artefact
from transform.patterns import frontmatter as F
from transform.patterns import rule_names as R
from transform.rules import DEFAULT_RULES, Rule, RuleSet

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Hit:
    """One rule firing on one line (kept for the frontmatter reader)."""

    index: int
    rule: str
    kind: str
    text: str


@dataclass(frozen=True)
class CruftResult:
    lines: tuple[tuple[int, str], ...]  # (original index, possibly shortened text) of kept lines
    artefacts: tuple[Artefact, ...]
    hits: tuple[Hit, ...] = field(default=())
    page_breaks: frozenset[int] = field(default=frozenset())  # removed running heads and folios


#: kinds of removed line that stand where one printed page ends and the next begins
PAGE_FURNITURE_KINDS = frozenset({"running_header", "page_number"})


@functools.lru_cache(maxsize=1 << 16)
def is_prose(line: str) -> bool:
    """A line that reads as running text rather than a label.

    ``"The treaty was signed in spring and ratified a year later."`` → True;
    ``"About the Author(s)"`` → False
    """
    words = len(line.split())
    text = line.strip()
    if text.endswith("?") and words < 20 and F.SENTENCE_END.search(text[:-1]) is None:
        return False  # a one-sentence question: a headline or a heading, not running text
    return words >= 20 or (words >= 7 and F.SENTENCE_END.search(text) is not None)


LEAD_LINES = 4  # the first non-empty lines of the text form the "lead" (standfirst, byline, dateline)


def zones(lines: Sequence[str]) -> list[str]:
    """``header`` before the first prose line, ``footer`` after the last, ``lead`` for the
    first ``LEAD_LINES`` non-empty lines from the first prose line on, else ``body``."""
    prose = [i for i, ln in enumerate(lines) if is_prose(ln)]
    if not prose:
        return ["header"] * len(lines)
    first, last = prose[0], prose[-1]
    out, lead = [], 0
    for i, ln in enumerate(lines):
        if i < first:
            out.append("header")
        elif i > last:
            out.append("footer")
        elif lead < LEAD_LINES:
            out.append("lead")
            lead += bool(ln.strip())
        else:
            out.append("body")
    return out


def _apply(rule: Rule, line: str, stripped: str | None = None) -> tuple[str | None, str | None]:
    """(kept text or None if the whole line goes, removed text or None if nothing matched);
    ``stripped`` is ``line.strip()`` when the caller has it."""
    if stripped is None:
        stripped = line.strip()
    if rule.match == "line":
        return (None, stripped) if rule.pattern.fullmatch(stripped) else (line, None)
    m = rule.pattern.search(line)
    if not m or not m.group(0).strip():
        return line, None
    rest = (line[: m.start()] + line[m.end():]).rstrip()
    if not rest.strip():
        return None, stripped
    return rest, m.group(0).strip()


def _rule_pass(lines, rules, zone_of, artefacts, hits, only_zoned, inside=frozenset()):
    rules = [rule for rule in rules if (rule.zone != "any") == only_zoned]
    by_zone: dict[str, list[Rule]] = {}  # the rules that may fire in a zone, in rule order
    out = []
    for idx, line in lines:
        stripped = line.strip()
        if not stripped or idx in inside:
            out.append((idx, line))
            continue
        zone = zone_of.get(idx, "body")
        zoned = by_zone.get(zone)
        if zoned is None:
            zoned = by_zone[zone] = [rule for rule in rules if rule.in_zone(zone)]
        current: str | None = line
        chars, words = len(stripped), len(line.split())
        for rule in zoned:
            if (rule.max_chars is not None and chars > rule.max_chars) or (
                    rule.max_words is not None and words >= rule.max_words):
                continue
            if rule.match == "line":  # _apply's first case, inline: most rules, most lines
                if rule.pattern.fullmatch(stripped) is None:
                    continue
                kept, removed = None, stripped
            else:
                kept, removed = _apply(rule, current, stripped)
            if removed is not None:
                artefacts.append(Artefact(rule.kind, rule.name, removed))
                hits.append(Hit(idx, rule.name, rule.kind, removed))
                current = kept
                if current is None:
                    break
                stripped = current.strip()
                chars, words = len(stripped), len(current.split())
        if current is not None:
            out.append((idx, current))
    return out


CARRIED_KINDS = frozenset({"license", "footer", "contact", "article_history", "affiliation"})


def _carried_on(lines: Sequence[str], kept, hits, artefacts):
    """Lines of the same printed paragraph after a licence or contact line a rule took out
    whole, up to the end of its sentence: ``"© 2010 Ruiz; licensee Harbour Press. Open
    Access under the Creative Commons"`` / ``"Attribution License, which permits …"``."""
    left = {idx for idx, _ in kept}
    removed_kind = {h.index: h.kind for h in hits if h.kind in CARRIED_KINDS and h.index not in left}
    drop: set[int] = set()
    for idx in sorted(removed_kind):
        i = idx
        while (SENTENCE_STOP.search(lines[i].rstrip()) is None and i + 1 < len(lines)
               and lines[i + 1].strip() and i + 1 in left and i + 1 not in drop):
            i += 1
            drop.add(i)
            artefacts.append(Artefact(removed_kind[idx], R.CARRIED_ON_LINE, lines[i].strip()))
            hits.append(Hit(i, R.CARRIED_ON_LINE, removed_kind[idx], lines[i].strip()))
    return [(idx, ln) for idx, ln in kept if idx not in drop]


def sentence_goes_on(lines: Sequence[str]) -> frozenset[int]:
    """Lines of printed text (a PDF's) that carry on the sentence of the line right above:
    they open in lower case, with a digit or a bracket, and the line above stops without
    a full stop.  ``["… the tolls rose, as", "reported by the company"]`` → ``{1}``: a rule
    for a byline ("… by …") is not for them, nor one for a journal's issue line
    (``"Canal Rev.,vol.5,"`` / ``"no.4,pp.27–33,2006."``)."""
    out = set()
    for i in range(1, len(lines)):
        prev, line = lines[i - 1].rstrip(), lines[i].lstrip()
        if prev and line and CONTINUATION_START.match(line) and not SENTENCE_STOP.search(prev):
            out.add(i)
    return frozenset(out)


CONTINUATION_START = re.compile(r"[^\W\d_A-Z\u00C0-\u00DE]|[\d(\[]")
SENTENCE_STOP = re.compile(r"[.!?][\"'”’)\]]*$")


def _worded(key: str) -> bool:
    """A running head has words: ``"journal of x | #"`` does; the tail of a reference
    (``"#;#:#-#."``, ``"(#)."``) or a table cell (``"(#%)"``) repeats without being one."""
    letters = sum(c.isalpha() for c in key)
    return letters >= MIN_REPEATED_LETTERS and letters >= REPEATED_LETTER_SHARE * len(key.replace(" ", ""))


MIN_REPEATED_LETTERS = 3
REPEATED_LETTER_SHARE = 0.5


def _repeated_lines(lines, artefacts, hits, min_count=3):
    """Drop short non-prose lines that recur ``min_count``+ times (digits ignored)."""
    def key(s):
        return _DIGITS.sub("#", s.strip().casefold())

    counts = Counter(key(ln) for _, ln in lines if ln.strip() and len(ln.strip()) <= 100 and not is_prose(ln))
    repeated = {k for k, n in counts.items() if n >= min_count and len(k) >= 4 and _worded(k)}
    out = []
    for idx, ln in lines:
        if ln.strip() and key(ln) in repeated:
            artefacts.append(Artefact("running_header", R.REPEATED_LINE, ln.strip()))
            hits.append(Hit(idx, R.REPEATED_LINE, "running_header", ln.strip()))
        else:
            out.append((idx, ln))
    return out


BOX_BYLINE_RULES = frozenset({"written_by_byline"})
LATE_SHARE = 0.5
MAX_SHORT_BIO = 300


def _author_bios(lines, hits, artefacts, author_names):
    """Remove a bio right after an author box, or one starting with a byline name."""
    last = max((idx for idx, _ in lines), default=0)
    # an author box, or a "Written by …" line in the latter half (a platform's author footer)
    box_at = {h.index for h in hits if h.kind == "author_box"
              or (h.rule in BOX_BYLINE_RULES and h.index > last * LATE_SHARE)}
    names = {n.casefold() for n in author_names}
    out = []
    after_box = 0
    for idx, ln in lines:
        text = ln.strip()
        if not text:
            out.append((idx, ln))
            continue
        about = F.ABOUT_NAME.match(text)
        if about and any(about.group("name").casefold() == n for n in names):  # "About Jane Doe": an author box
            artefacts.append(Artefact("author_box", R.ABOUT_AUTHOR_HEADING, text))
            hits.append(Hit(idx, R.ABOUT_AUTHOR_HEADING, "author_box", text))
            box_at.add(idx)
            after_box = 0
            continue
        m = F.BIO_START.match(text)
        starts_with_author = bool(m) and any(m.group("name").casefold().startswith(n) or n.startswith(m.group("name").casefold()) for n in names)
        recent_box = any(idx - b <= 3 and idx > b for b in box_at) and after_box == 0
        first_person = recent_box and len(text) < MAX_SHORT_BIO and bool(F.FIRST_PERSON_BIO.match(text))
        if (m and (recent_box or starts_with_author) and len(text) < 800) or first_person:
            artefacts.append(Artefact("author_box", R.AUTHOR_BIO, text))
            hits.append(Hit(idx, R.AUTHOR_BIO, "author_box", text))
        else:
            out.append((idx, ln))
            if any(idx > b for b in box_at):
                after_box += 1
    return out


def remove_cruft(
    lines: Sequence[str],
    rules: RuleSet = DEFAULT_RULES,
    author_names: Sequence[str] = (),
    detect_repeats: bool = True,
    inside: frozenset[int] = frozenset(),
    front: frozenset[int] = frozenset(),
    laid_out: bool = False,
) -> CruftResult:
    """Apply the rules to ``lines``; return what is kept and an audit of what went.

    ``["Download 1.2 MB.", "", "The canal opened in 1869 and changed the trade of two oceans."]``
    → kept ``[(1, ""), (2, "The canal opened…")]``, artefacts
    ``[Artefact("download_banner", "download_size_banner", "Download 1.2 MB.")]``

    ``inside`` holds lines known to go on a sentence of the line above (see
    ``sentence_goes_on``): no line rule applies to them.  ``front`` holds lines of a
    paper's first page, where its front matter (history, licence, correspondence) is
    printed wherever the layout put it: they are in the header zone.  With ``laid_out``
    (blank lines stand where the printed page starts a paragraph), the lines that carry
    on a licence, copyright, contact or history line a rule removed go with it.
    """
    artefacts: list[Artefact] = []
    hits: list[Hit] = []
    active = rules.active()
    kept = list(enumerate(lines))
    # Pass 1: rules that fire anywhere.
    kept = _rule_pass(kept, active, {}, artefacts, hits, only_zoned=False, inside=inside)
    if detect_repeats and rules.is_enabled(R.REPEATED_LINE):
        kept = _repeated_lines(kept, artefacts, hits)
    # Pass 2: zone rules, with zones computed on what is left.
    zone_list = zones([ln for _, ln in kept])
    zone_of = {idx: ("header" if idx in front else z) for (idx, _), z in zip(kept, zone_list)}
    kept = _rule_pass(kept, active, zone_of, artefacts, hits, only_zoned=True, inside=inside)
    if rules.is_enabled(R.AUTHOR_BIO):
        names = list(author_names) + byline_names(hits)
        kept = _author_bios(kept, hits, artefacts, names)
    if laid_out:
        kept = _carried_on(lines, kept, hits, artefacts)
    left = {idx for idx, _ in kept}
    page_breaks = frozenset(h.index for h in hits if h.kind in PAGE_FURNITURE_KINDS and h.index not in left)
    return CruftResult(tuple(kept), tuple(artefacts), tuple(hits), page_breaks)


def byline_names(hits: Sequence[Hit]) -> list[str]:
    """Author names printed in byline hits.

    ``Hit(rule="written_by_byline", text="Written by Jane Q. Doe 9:15 am News, World")`` → ``["Jane Q. Doe"]``
    """
    names: list[str] = []
    for h in hits:
        if h.kind not in ("byline", "dateline"):
            continue
        text = F.ROLE_SUFFIX.sub("", h.text)  # "Byline: Jane Doe, Regional Correspondent"
        m = F.BYLINE_NAMES.search(text)
        if m is None and is_all_caps(text):  # "By JOHN R. PEVERIL, F.S.A."
            m = F.BYLINE_NAMES.search(text.title())
        if m is None:  # "Jane Doe Published October 7, 2018"
            m = F.NAMES_BEFORE_PUBLISHED.match(text)
        if m:
            names.extend(split_names(F.BYLINE_AND.sub(" and ", m.group("names"))))
    return names


def is_all_caps(line: str) -> bool:
    """``"THE DAILY LEDGER"``, ``"HISTORY CIRCLE – NEWSLETTER No. 47 – Autumn 2004"`` → True;
    ``"NATO and the EU"`` → False"""
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 1]
    letters = sum(len(w) for w in words)
    upper = sum(len(w) for w in words if w.isupper())
    return letters >= 4 and upper >= 0.75 * letters


def split_names(text: str) -> list[str]:
    """``"Dr. Jane Doe and Mr John Roe *"`` → ``["Jane Doe", "John Roe"]``"""
    out = []
    for part in F.NAME_SPLIT.split(text.strip().rstrip("*†‡§¹²³⁴0123456789 ")):
        name = F.HONORIFIC_RE.sub("", part.strip()).strip()
        if len(name.split()) >= 1 and name:
            out.append(name)
    return out
