"""No regex backtracks catastrophically: every shipped pattern, on adversarial lines.

Each pattern of ``transform/patterns/`` (the Python modules and ``cruft.toml``),
``extract/html_patterns.py`` and ``expectations/patterns.py`` is run, the way the
code uses it (``search`` for search/sub/finditer/split, ``match``, ``fullmatch``), on
lines of 10,000 characters: long runs of each character it names and of spaces,
dashes, dots, letters and digits, followed by a character that breaks the match.
Each match must end within ``BUDGET_SECONDS`` (generous: a linear match takes
milliseconds, a quadratic or exponential one seconds to forever).
"""
from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import pytest

from transform.backtracking import (
    BUDGET_SECONDS,
    adversarial_lines,
    backtracking_problem,
    mentioned_chars,
    slowest,
    time_match,
)
from transform.rules import DEFAULT_RULES

REPO = Path(__file__).resolve().parents[2]
MODULES = (
    "transform.patterns.citations", "transform.patterns.dates", "transform.patterns.density",
    "transform.patterns.frontmatter", "transform.patterns.layout", "transform.patterns.mail",
    "transform.patterns.repair", "transform.patterns.templates", "extract.html_patterns", "expectations.patterns",
)
SOURCES = "\n".join(p.read_text("utf-8") for folder in ("transform", "extract", "expectations", "flows", "warehouse")
                    for p in (REPO / folder).rglob("*.py"))


def _collect(value, name: str, found: list[tuple[str, re.Pattern]], depth: int = 0) -> None:
    if depth > 4:
        return
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            found.append((name, value))
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            _collect(item, f"{name}[{i}]", found, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(item, f"{name}[{key!r}]", found, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _collect(getattr(value, f.name), f"{name}.{f.name}", found, depth + 1)
        if isinstance(getattr(value, "regex", None), str):  # expectations.patterns.NamedPattern
            found.append((name, re.compile(value.regex)))


def _modes(name: str) -> list[str]:
    """How the code calls the pattern bound to ``name``: search (also sub, finditer, split...),
    match or fullmatch; ``search`` (the strictest) when it is only used inside other data."""
    base = name.split(".")[-1].split("[")[0]
    used = set(re.findall(rf"\b{re.escape(base)}(?:\.compiled)?\.(search|match|fullmatch|sub|subn|finditer|findall|split)\(",
                          SOURCES))
    modes = {"match" if u == "match" else "fullmatch" if u == "fullmatch" else "search" for u in used}
    return sorted(modes or {"search"})


def module_patterns() -> list[tuple[str, re.Pattern, str]]:
    found: list[tuple[str, re.Pattern]] = []
    for module in MODULES:
        for key, value in vars(importlib.import_module(module)).items():
            if not key.startswith("__"):
                _collect(value, f"{module}.{key}", found)
    seen, out = set(), []
    for name, pattern in found:
        for mode in _modes(name):
            if (pattern.pattern, pattern.flags, mode) not in seen:
                seen.add((pattern.pattern, pattern.flags, mode))
                out.append((name, pattern, mode))
    return out


def rule_patterns() -> list[tuple[str, re.Pattern, str]]:
    return [(f"cruft.toml:{r.name}", r.pattern, "fullmatch" if r.match == "line" else "search")
            for r in DEFAULT_RULES.rules]


def _lines(pattern: re.Pattern, *, lines_only: bool):
    # Cruft rules see one line at a time (the text split on newlines): a newline never reaches them.
    return list(adversarial_lines(pattern, single_line=lines_only))


MODULE_PATTERNS = module_patterns()
RULE_PATTERNS = rule_patterns()


def test_the_sweep_covers_the_pattern_modules_and_every_rule():
    names = {name.rsplit(".", 1)[0] for name, _, _ in MODULE_PATTERNS}
    assert len(MODULE_PATTERNS) > 250 and len(RULE_PATTERNS) == len(DEFAULT_RULES.rules)
    assert any(n.startswith("expectations.patterns") for n, _, _ in MODULE_PATTERNS)
    assert any(n.startswith("extract.html_patterns.BLOCK_RULES") for n, _, _ in MODULE_PATTERNS)
    assert any(n.startswith("transform.patterns.dates.DATE_PATTERNS") for n, _, _ in MODULE_PATTERNS)
    assert names


@pytest.mark.parametrize("name, pattern, mode", MODULE_PATTERNS + RULE_PATTERNS,
                         ids=[f"{n}-{m}" for n, _, m in MODULE_PATTERNS + RULE_PATTERNS])
def test_no_pattern_backtracks_on_adversarial_lines(name, pattern, mode):
    lines = _lines(pattern, lines_only=name.startswith("cruft.toml:"))
    if mode == "match":
        worst = max((time_match(pattern.match, ln) for ln in lines), key=lambda s: s.seconds)
    else:
        worst = slowest(pattern, mode, lines)
    assert not worst.stopped and worst.seconds <= BUDGET_SECONDS, f"{name} ({mode}) {worst.describe()}"


# --- the checker itself ------------------------------------------------------------

@pytest.mark.parametrize(
    "regex, mode",
    [
        (r"(?:\s*-+)*x", "fullmatch"),  # the old separator_line shape: exponential
        (r"(a+)+b", "fullmatch"),
        (r"[ \t]+$", "search"),  # run-then-fail: quadratic over start positions
        (r"\s*,?\s*\bet al", "search"),
    ],
)
def test_backtracking_patterns_are_caught(regex, mode):
    # A tenth of the budget: the quadratic one takes ~0.25 s on a quiet machine (just under
    # the budget), hundreds of times longer than a linear pattern on the same line.
    problem = backtracking_problem(re.compile(regex), mode, budget=BUDGET_SECONDS / 10)
    assert problem is not None and ("did not finish" in problem or " took " in problem)


@pytest.mark.parametrize(
    "regex, mode",
    [
        (r"[*_=~#+\-]{3,}+(?:\s+[*_=~#+\-]++)*+", "fullmatch"),
        (r"(?<![ \t])[ \t]+$", "search"),
        (r"(?i)\bdownload\b[^\n]{0,20}?\b\d+(?:[.,]\d+)?\s?[KM]i?B\b", "search"),
    ],
)
def test_linear_patterns_pass(regex, mode):
    assert backtracking_problem(re.compile(regex), mode) is None


def test_mentioned_chars_reads_literals_and_classes():
    assert mentioned_chars(r"[*_=-]{3,}\s+x") == "*_=- x"
    assert mentioned_chars(r"[*_=-]{3,}\s+x", repeated_only=True) == "*_=- "
    assert set(mentioned_chars(r"(?:ab|c\d)")) == {"a", "b", "c", "7"}
    assert mentioned_chars(r"(?:ab|c\d)", repeated_only=True) == ""


def test_adversarial_lines_are_long_runs_with_a_breaker():
    lines = list(adversarial_lines(re.compile(r"-+x")))
    assert all(len(ln) >= 10_000 for ln in lines)
    assert "-" * 10_000 + "\x00" in lines and (" " * 10_000 + "!") in lines
