"""Cruft rules as data: parse, validate and compile them once.

The default rules live in ``transform/patterns/cruft.toml``; a user's
``cruftless.toml`` may add rules and switch rules off.  The flow reads those
files at its edge and hands the parsed mappings to :func:`build_ruleset`.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Iterable, Mapping

MATCHES = ("line", "span")
#: the keys a rule may have; any other key is a typo and an error
KEYS = ("name", "kind", "pattern", "match", "zone", "max_chars", "max_words",
        "example", "example_after", "keeps")
ZONES = ("any", "header", "footer", "edge", "after_header", "top")
# A line of this many words is prose: one that mentions "this site uses cookies" or
# "all rights reserved" is talking about them, not a banner.  Rules leave such lines
# alone unless their ``max_words`` says otherwise (a licence statement runs long).
PROSE_WORDS = 40


class RuleError(ValueError):
    """A rule definition that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern
    match: str = "line"
    zone: str = "any"
    max_chars: int | None = None
    max_words: int | None = PROSE_WORDS  # lines of this many words or more are never touched
    example: str | None = None  # a line the rule removes (cut from, for a span rule)
    example_after: str | None = None  # a span rule's example once the match is cut out
    keeps: tuple[str, ...] = ()  # lines of prose that look alike and must stay

    def applies_to(self, line: str, zone: str) -> bool:
        return self.fits(len(line.strip()), len(line.split())) and self.in_zone(zone)

    def fits(self, chars: int, words: int) -> bool:
        """Whether a line of ``chars`` characters (stripped) and ``words`` words is short enough."""
        return ((self.max_chars is None or chars <= self.max_chars)
                and (self.max_words is None or words < self.max_words))

    def in_zone(self, zone: str) -> bool:
        """Whether the rule may fire on a line in ``zone`` (header, lead, body, footer)."""
        if self.zone == "any":
            return True
        if self.zone == "edge":
            return zone in ("header", "footer")
        if self.zone == "after_header":
            return zone != "header"
        if self.zone == "top":
            return zone in ("header", "lead")
        return self.zone == zone


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    disabled: frozenset[str] = frozenset()

    def active(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.name not in self.disabled)

    def is_enabled(self, name: str) -> bool:
        return name not in self.disabled

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.rules)


def compile_rule(spec: Mapping[str, Any]) -> Rule:
    """``{"name": "x", "kind": "promo", "pattern": "(?i)buy now"}`` → ``Rule(...)``

    ``max_words`` (default ``PROSE_WORDS``; 0 for no limit) keeps the rule off long prose.
    ``example`` is a line the rule removes, ``example_after`` (span rules only) what is
    left of it, ``keeps`` lines that look alike and must stay; a key not in ``KEYS`` is an
    error (a misspelt ``zone`` would otherwise let the rule fire everywhere).

    >>> compile_rule({"name": "x", "kind": "promo", "pattern": "(?i)buy now", "example": "Buy now"}).example
    'Buy now'
    >>> compile_rule({"name": "x", "kind": "promo", "pattern": "a", "zones": "header"})
    Traceback (most recent call last):
    ...
    transform.rules.RuleError: cruft rule 'x': unknown key zones (a rule has name, kind, pattern, match, zone, max_chars, max_words, example, example_after, keeps)
    """
    missing = [k for k in ("name", "kind", "pattern") if not spec.get(k)]
    if missing:
        raise RuleError(f"cruft rule {spec.get('name', '?')!r} lacks {', '.join(missing)}")
    name = str(spec["name"])
    unknown = [k for k in spec if k not in KEYS]
    if unknown:
        raise RuleError(f"cruft rule {name!r}: unknown key {', '.join(unknown)} (a rule has {', '.join(KEYS)})")
    match = spec.get("match", "line")
    zone = spec.get("zone", "any")
    if match not in MATCHES:
        raise RuleError(f"cruft rule {name!r}: match must be one of {MATCHES}, not {match!r}")
    if zone not in ZONES:
        raise RuleError(f"cruft rule {name!r}: zone must be one of {ZONES}, not {zone!r}")
    try:
        pattern = re.compile(spec["pattern"])
    except re.error as exc:
        raise RuleError(f"cruft rule {name!r}: bad regular expression ({exc})") from exc
    max_chars = spec.get("max_chars")
    max_words = int(spec.get("max_words", PROSE_WORDS))
    example, example_after, keeps = _examples(name, match, spec)
    return Rule(name, str(spec["kind"]), pattern, match, zone, int(max_chars) if max_chars else None,
                max_words or None, example, example_after, keeps)


def _examples(name: str, match: str, spec: Mapping[str, Any]) -> tuple[str | None, str | None, tuple[str, ...]]:
    """``example``, ``example_after`` and ``keeps`` of a rule spec, checked."""
    example, after, keeps = spec.get("example"), spec.get("example_after"), spec.get("keeps", [])
    for key, value in (("example", example), ("example_after", after)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise RuleError(f"cruft rule {name!r}: {key} must be a non-empty string")
    if after is not None and match != "span":
        raise RuleError(f"cruft rule {name!r}: example_after is for match = \"span\" rules")
    if after is not None and example is None:
        raise RuleError(f"cruft rule {name!r}: example_after needs an example")
    if not isinstance(keeps, (list, tuple)) or not all(isinstance(k, str) and k.strip() for k in keeps):
        raise RuleError(f"cruft rule {name!r}: keeps must be a list of non-empty strings")
    return example, after, tuple(keeps)


def build_ruleset(
    base: Iterable[Mapping[str, Any]],
    extra: Iterable[Mapping[str, Any]] = (),
    disable: Iterable[str] = (),
) -> RuleSet:
    """Compile base rules plus user rules; a user rule with a base rule's name replaces it."""
    by_name: dict[str, Rule] = {}
    for spec in list(base) + list(extra):
        rule = compile_rule(spec)
        by_name[rule.name] = rule
    return RuleSet(tuple(by_name.values()), frozenset(disable))


def default_rule_specs() -> list[dict[str, Any]]:
    """The rules shipped with cruftless (package data, read once)."""
    return list(_DEFAULT_SPECS)


_DEFAULT_SPECS: tuple[dict[str, Any], ...] = tuple(
    tomllib.loads(resources.files("transform.patterns").joinpath("cruft.toml").read_text("utf-8"))["rule"]
)
DEFAULT_RULES = build_ruleset(_DEFAULT_SPECS)
