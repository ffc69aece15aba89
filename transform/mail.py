"""E-mail and mailing-list posts saved as text: header block, signature, list footer.

The header block (From, Date, Subject… up to the first blank line) is not
text; it gives the document's title (the Subject without "Re:" and list tags),
its author (the From display name) and its date.  The "-- " signature and a
mailing list's footer go as well.  Quoted lines ("> …") are part of the post
and stay.
"""
from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass, field
from typing import Sequence

from transform.cruft import split_names
from transform.model import Artefact
from transform.patterns import mail as P
from transform.patterns import rule_names as R


@dataclass(frozen=True)
class MailParts:
    drop: frozenset[int] = frozenset()
    artefacts: tuple[Artefact, ...] = ()
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    fields: dict[str, str] = field(default_factory=dict)


def _header_block(lines: Sequence[str]) -> tuple[int, int, dict[str, str]] | None:
    """(first, end) line positions of a leading header block and its fields."""
    pos = 0
    while pos < len(lines) and not lines[pos].strip():
        pos += 1
    first, fields, known = pos, {}, 0
    while pos < len(lines) and lines[pos].strip():
        m = P.HEADER_FIELD.match(lines[pos])
        if m:
            name = m.group("name").lower()
            fields.setdefault(name, m.group("value").strip())
            known += name in P.KNOWN_FIELDS
        elif not lines[pos][:1].isspace() or not fields:  # folded continuation lines start with space
            return None
        pos += 1
    return (first, pos, fields) if known >= P.MIN_KNOWN_FIELDS else None


def _tail(lines: Sequence[str]) -> tuple[int | None, str | None]:
    """Where the signature or the list footer begins (last "-- " / last rule of underscores)."""
    for pos in range(len(lines) - 1, -1, -1):
        text = lines[pos].strip()
        if P.SIGNATURE.match(lines[pos].rstrip("\n")) and len(lines) - pos <= 12:
            return pos, "signature"
        if P.LIST_FOOTER_RULE.match(text) and any(P.LIST_FOOTER_WORDS.search(t) for t in lines[pos + 1:pos + 6]):
            earlier = _tail(lines[:pos])[0]
            if earlier is not None and pos - earlier <= 12:
                return earlier, "signature"
            return pos, "list_footer"
    return None, None


def read_mail(lines: Sequence[str]) -> MailParts:
    """The parts of a mail post to drop, and what its header says.

    ``["From: \\"Dr. Jane Doe\\" <j@x.org>", "Subject: Re: [CANALS] Tolls in 1790", "Date: Thu, 12 Nov 1998 …",
    "", "Dear list,", …, "-- ", "Jane Doe"]`` → title "Tolls in 1790", authors ("Jane Doe",),
    published 1998-11-12, header and signature lines dropped.
    """
    block = _header_block(lines)
    if block is None:
        return MailParts()
    first, end, fields = block
    drop = set(range(first, end))
    artefacts = [Artefact("mail_header", R.MAIL_HEADER_BLOCK, "\n".join(lines[first:end]))]
    start, kind = _tail(lines)
    if start is not None and start >= end:
        drop.update(range(start, len(lines)))
        artefacts.append(Artefact(kind, R.MAIL_TAIL_RULES[kind], "\n".join(t for t in lines[start:] if t.strip())))
    subject = P.SUBJECT_PREFIX.sub("", fields.get("subject", "")).strip() or None
    sender = P.FROM_NAME.match(fields.get("from", ""))
    authors = tuple(split_names((sender.group("quoted") or sender.group("paren")).strip())) if sender else ()
    published = None
    try:
        published = email.utils.parsedate_to_datetime(fields["date"]).date() if "date" in fields else None
    except (TypeError, ValueError, IndexError):
        published = None
    return MailParts(frozenset(drop), tuple(artefacts), subject, authors, published, fields)
