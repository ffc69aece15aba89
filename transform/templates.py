"""Boilerplate learned across documents of one source family.

A site's template repeats on every page it serves: a promo line, a sign-off,
a "Support our work" box that no shipped rule names.  cruftless fingerprints
each short line of every document, counts in how many documents of the same
*family* (the site, else the ingest sub-folder) each fingerprint occurs, and
treats a fingerprint as a template once it occurs in at least ``min_docs``
documents *and* in at least ``min_share`` of the family.  Later documents of
the family lose those lines on arrival (``artefacts.kind = 'repeated_template'``).

Real content that merely repeats is guarded three ways before a line can be
learned at all (see :func:`is_learnable`):

- section headings ("Conclusion", "2. Methods") are structure, never templates;
- quotations (a line in quotation marks) are someone's words;
- long prose (more than ``MAX_WORDS`` words) and lines with a year among 8+ words
  (reference entries, dated sentences) are content;
- lines made mostly of numbers (the tail of a reference entry, "2000, 18:681-689.",
  a table cell) repeat across papers without being anyone's template;

and a fingerprint is blind to digits only in short lines and labels ("Page 3 of 12",
"© 2019 …"): a sentence keeps its numbers, so pages made from one template with other
figures ("The ferry made 40 crossings …") do not share it.

and by the share threshold: a quotation that three essays of a 100-document
folder happen to share stays below 30 % of the family.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Iterable, Mapping, Sequence

from transform.model import Artefact
from transform.patterns import templates as P
from transform.patterns import rule_names as R

MAX_WORDS = 60
MIN_CHARS = 3
MIN_LETTERS = 3
MIN_LETTER_SHARE = 0.5
PROSE_MIN_WORDS = 8  # a line this long, mostly in lower case, is a sentence: its numbers count
PROSE_LOWER_SHARE = 0.6


@dataclass(frozen=True)
class TemplatePolicy:
    min_docs: int = 3
    min_share: float = 0.3


def reads_as_prose(line: str) -> bool:
    """A sentence rather than a label: ``PROSE_MIN_WORDS`` words or more, most of them in
    lower case.  ``"The ferry made 40 crossings a day in the summer months."`` → True;
    ``"Copyright 2019 Harbour Review Trust. All Rights Reserved. Charity No. 123456"`` → False"""
    words = line.split()
    if len(words) < PROSE_MIN_WORDS:
        return False
    return sum(1 for w in words if w[:1].islower()) >= PROSE_LOWER_SHARE * len(words)


def normalise(line: str) -> str:
    """``"  © 2019 Harbour Review. All rights reserved. "`` → ``"# harbour review all rights reserved"``;
    a line of prose keeps its numbers (pages built from one template with other figures are
    other sentences): ``"The ferry made 40 crossings a day in the summer months."`` →
    ``"the ferry made 40 crossings a day in the summer months"``"""
    text = line.strip().casefold()
    if not reads_as_prose(line):
        text = P.DIGITS.sub("#", text)
    return " ".join(P.NON_WORD.sub(" ", text).split()) or text.strip()


def line_key(line: str) -> str:
    """A short stable fingerprint of a line, blind to case, digits and punctuation."""
    return hashlib.blake2b(normalise(line).encode("utf-8"), digest_size=8).hexdigest()


def is_learnable(line: str) -> bool:
    """May this line ever become a template?

    ``"Support independent harbour journalism"`` → True;
    ``"Conclusion"`` → False; ``"“The river is a border and a bond.”"`` → False
    """
    text = line.strip()
    words = len(text.split())
    if len(text) < MIN_CHARS or words > MAX_WORDS:
        return False
    if P.SECTION_HEADING.match(text) or P.QUOTATION.match(text):
        return False
    letters = sum(map(str.isalpha, text))
    if letters < MIN_LETTERS or letters < MIN_LETTER_SHARE * len(text.replace(" ", "")):
        return False  # a reference's tail ("2000, 18:681-689."), a table cell ("(27%)"): numbers, not a template
    return not (words >= 8 and P.YEAR.search(text))


def fingerprints(lines: Iterable[str]) -> dict[str, str]:
    """``{key: example line}`` for the learnable lines of one document."""
    out: dict[str, str] = {}
    for line in lines:
        if line.strip() and is_learnable(line):
            out.setdefault(line_key(line), line.strip())
    return out


def learn(doc_keys: Mapping[str, Iterable[str]], family_size: int, policy: TemplatePolicy = TemplatePolicy()) -> frozenset[str]:
    """Fingerprints frequent enough across a family's documents to be templates.

    ``doc_keys`` maps each document of one family to its fingerprints.
    """
    counts = Counter(k for keys in doc_keys.values() for k in set(keys))
    need = max(policy.min_docs, math.ceil(policy.min_share * max(family_size, 1)))
    return frozenset(k for k, n in counts.items() if n >= need)


def learn_families(
    corpus: Mapping[str, Mapping[str, Iterable[str]]], policy: TemplatePolicy = TemplatePolicy()
) -> dict[str, frozenset[str]]:
    """``{family: {doc_id: keys}}`` → ``{family: learned template keys}``."""
    return {family: learn(docs, len(docs), policy) for family, docs in corpus.items()}


def remove_templates(lines: Sequence[tuple[int, str]], templates: frozenset[str]) -> tuple[list[tuple[int, str]], list[Artefact]]:
    """Drop lines whose fingerprint is a learned template of the family."""
    if not templates:
        return list(lines), []
    kept, artefacts = [], []
    for idx, line in lines:
        if line.strip() and is_learnable(line) and line_key(line) in templates:
            artefacts.append(Artefact("repeated_template", R.LEARNED_TEMPLATE, line.strip()))
        else:
            kept.append((idx, line))
    return kept, artefacts


def family_of(source_path: str, site: str | None = None) -> str:
    """Which documents share boilerplate: the site when known, else the sub-folder.

    ``("harbour-review/2019/tolls.html", None)`` → ``"folder:harbour-review/2019"``;
    ``("x.html", "harbour-review.example")`` → ``"site:harbour-review.example"``
    """
    if site:
        return f"site:{site.casefold().removeprefix('www.')}"
    parent = PurePosixPath(source_path).parent.as_posix()
    return f"folder:{'' if parent == '.' else parent}"


# --- near-copies ------------------------------------------------------------------------------
# Twenty saved snapshots of one article share every line, and a site's template is what
# *different* pages share.  Each document gets a MinHash of its lines; documents of a family
# whose signatures mostly agree are one *cluster*, and templates are counted in clusters.

SIGNATURE_SIZE = 32
BANDS = 8  # bands of SIGNATURE_SIZE // BANDS values: near-copies share at least one band
NEAR_COPY = 0.7  # share of equal MinHash values (≈ Jaccard similarity of the line sets)
_PRIME = (1 << 61) - 1
_SEEDS = tuple(
    (int(hashlib.blake2b(f"a{i}".encode(), digest_size=8).hexdigest(), 16) % _PRIME | 1,
     int(hashlib.blake2b(f"b{i}".encode(), digest_size=8).hexdigest(), 16) % _PRIME)
    for i in range(SIGNATURE_SIZE)
)


def signature(lines: Iterable[str]) -> tuple[int, ...]:
    """MinHash of a document's distinct normalised lines (empty for a document without any).

    Two snapshots of one page → nearly the same tuple; two articles of one site → few equal values.
    """
    keys = {int(line_key(line), 16) for line in lines if line.strip()}
    if not keys:
        return ()
    return tuple(min((a * k + b) % _PRIME for k in keys) for a, b in _SEEDS)


def bands(sig: Sequence[int]) -> list[int]:
    """Band hashes of a signature: documents sharing one are candidates for near-copies."""
    width = SIGNATURE_SIZE // BANDS
    if len(sig) != SIGNATURE_SIZE:
        return []
    return [hash(tuple(sig[i * width:(i + 1) * width])) & 0x7FFFFFFFFFFFFFFF for i in range(BANDS)]


def near_copies(a: Sequence[int], b: Sequence[int]) -> bool:
    """``near_copies(sig, sig)`` → True; documents with different lines → False."""
    if len(a) != SIGNATURE_SIZE or len(b) != SIGNATURE_SIZE:
        return False
    return sum(x == y for x, y in zip(a, b)) >= NEAR_COPY * SIGNATURE_SIZE


def clusters(signatures: Mapping[str, Sequence[int]]) -> dict[str, str]:
    """``{doc_id: signature}`` of one family → ``{doc_id: cluster id}`` (the smallest doc_id of its
    near-copies; a document without near-copies is its own cluster)."""
    parent = {d: d for d in signatures}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    buckets: dict[tuple[int, int], list[str]] = {}
    for doc_id in sorted(signatures):
        for i, h in enumerate(bands(signatures[doc_id])):
            buckets.setdefault((i, h), []).append(doc_id)
    for members in buckets.values():
        first = members[0]
        for other in members[1:]:
            ra, rb = find(first), find(other)
            if ra != rb and near_copies(signatures[first], signatures[other]):
                parent[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in signatures}


def learn_clustered(doc_keys: Mapping[str, Iterable[str]], cluster_of: Mapping[str, str],
                    policy: TemplatePolicy = TemplatePolicy()) -> frozenset[str]:
    """``learn`` for one family, counting near-copies once: a key is a template when the clusters
    that print it reach ``min_docs`` and ``min_share`` of the family's clusters."""
    by_cluster: dict[str, set[str]] = {}
    for doc_id, keys in doc_keys.items():
        by_cluster.setdefault(cluster_of.get(doc_id, doc_id), set()).update(keys)
    return learn(by_cluster, len(by_cluster), policy)
