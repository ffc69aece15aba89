"""Patterns for e-mail and mailing-list posts saved as text."""
from __future__ import annotations

import re

# An RFC 5322 header field at the start of a line.
HEADER_FIELD = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]{1,40}):[ \t]*(?P<value>.*)$")
# Fields that open a mail header block; a block needs several known fields.
KNOWN_FIELDS = frozenset(
    """from to cc bcc subject date message-id in-reply-to references reply-to sender return-path received
    mime-version content-type content-transfer-encoding x-mailer user-agent organization newsgroups path
    lines x-priority importance list-id list-unsubscribe precedence delivered-to""".split()
)
MIN_KNOWN_FIELDS = 3
# "Re: Fwd: [LIST-NAME] Subject" → "Subject"
SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|wg)\s*(?:\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.I)
# '"Dr. Jane Doe" <jane@example.org>' or 'jane@example.org (Jane Doe)'
FROM_NAME = re.compile(r'^\s*+"?(?P<quoted>[^"<@]*[^"<@\s])"?\s*<[^>]*>\s*$|^\s*+[^\s@]+@\S+\s*\((?P<paren>[^)]+)\)\s*$')
# The conventional signature delimiter, "-- " on a line of its own.
SIGNATURE = re.compile(r"^--\s?$")
# A mailing-list footer: a rule of underscores, then the list's boilerplate.
LIST_FOOTER_RULE = re.compile(r"^_{10,}\s*$")
LIST_FOOTER_WORDS = re.compile(r"(?i)mailing\s+list|unsubscribe|listinfo|list\s+archives?|majordomo|listserv")
