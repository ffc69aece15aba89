"""Catastrophic backtracking: find the line that makes a regular expression slow.

A regex with nested or adjacent overlapping quantifiers (``(?:\\s*-+)*``, ``(a+)+``)
can take exponential time on a line that *almost* matches, and a run-then-fail
search (``[ \\t]+$`` on 50,000 spaces and a letter) takes quadratic time: one real
page of either kind stops a run for good.  ``adversarial_lines`` builds the lines
that expose both - long runs of each character the pattern mentions, and of
spaces, dashes, dots, letters and digits, each followed by a character that
breaks the match - and ``slowest`` times the pattern on them, stopping any match
that overruns its budget.

Used by the tests (every shipped pattern) and, through ``flows/rule_check.py``, on
the rules a user adds in ``cruftless.toml`` before they are used.
"""
from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

try:  # Python 3.11+
    import re._parser as sre_parse
    from re._constants import (
        ANY, BRANCH, CATEGORY, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, POSSESSIVE_REPEAT, RANGE, SUBPATTERN)
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (  # type: ignore[no-redef]
        ANY, BRANCH, CATEGORY, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, RANGE, SUBPATTERN)
    POSSESSIVE_REPEAT = MAX_REPEAT

LINE_CHARS = 10_000  # length of an adversarial line
BUDGET_SECONDS = 0.5  # one match of one pattern on one such line may take this long
BREAKERS = ("\x00", "!")  # what ends a run: characters patterns rarely expect there
COMMON_RUNS = " -._a1A,/'\t"  # spaces, dashes, dots, letters, digits...: the shapes of real page cruft

# One representative character for each character class a pattern can name.
_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "7", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ", "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "-", "CATEGORY_LINEBREAK": "\n", "CATEGORY_NOT_LINEBREAK": "a",
}


class Overrun(Exception):
    """A match took longer than its budget."""


@dataclass(frozen=True)
class SlowMatch:
    """The adversarial line a pattern took longest on."""

    seconds: float  # how long the match ran (at least the budget, if it was stopped)
    line: str
    stopped: bool  # True when the match was stopped at the budget

    def describe(self) -> str:
        run = self.line[:1] if self.line else ""
        shape = f"{len(self.line):,} characters starting with {self.line[:24]!r}"
        if run and self.line.count(run) > len(self.line) // 2:
            shape = f"a run of {self.line.count(run):,} {run!r} followed by {self.line.rstrip(run)[-1:]!r}"
        verb = "did not finish within" if self.stopped else "took"
        return f"{verb} {self.seconds:.2f} s on {shape}"


def mentioned_chars(pattern: re.Pattern | str, *, repeated_only: bool = False) -> str:
    """The characters a pattern names (literals, class members and class representatives);
    with ``repeated_only``, only those inside a repetition - the ones a long run can be made of.

    ``mentioned_chars(r"[*_=-]{3,}\\s+x")`` → ``"*_=- x"``; with ``repeated_only`` → ``"*_=- "``
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    if isinstance(source, bytes):
        return ""
    try:
        parsed = sre_parse.parse(source, flags)
    except (re.error, TypeError, ValueError):
        return ""
    found: dict[str, None] = {}

    def add(char: str, repeated: bool) -> None:
        if repeated or not repeated_only:
            found[char] = None

    def walk(items, repeated: bool) -> None:
        for op, av in items:
            if op is LITERAL or op is NOT_LITERAL:
                add(chr(av), repeated)
            elif op is IN:
                for sub_op, sub_av in av:
                    if sub_op is LITERAL:
                        add(chr(sub_av), repeated)
                    elif sub_op is RANGE:
                        add(chr(sub_av[0]), repeated)
                        add(chr(sub_av[1]), repeated)
                    elif sub_op is CATEGORY:
                        add(_CATEGORY_CHARS.get(str(sub_av), "a"), repeated)
            elif op is CATEGORY:
                add(_CATEGORY_CHARS.get(str(av), "a"), repeated)
            elif op is ANY:
                add("a", repeated)
            elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
                walk(av[2], repeated or av[1] > 1)
            elif op is SUBPATTERN:
                walk(av[-1], repeated)
            elif op is BRANCH:
                for branch in av[1]:
                    walk(branch, repeated)
            elif isinstance(av, (list, tuple)):
                for part in av:
                    if isinstance(part, sre_parse.SubPattern):
                        walk(part, repeated)

    walk(parsed, False)
    return "".join(c for c in found if c.isprintable() or c in "\t\n")


def adversarial_lines(pattern: re.Pattern | str, length: int = LINE_CHARS, *,
                      single_line: bool = False) -> Iterator[str]:
    """Lines of ``length`` characters that make a backtracking pattern slow: a long run of one
    character the pattern repeats (or of a space, dash, dot, letter, digit...), alone or
    alternating with a space or a letter, then a character that breaks the match.
    ``single_line``: no newline in them (cruft rules see one line at a time)."""
    repeated = mentioned_chars(pattern, repeated_only=True)
    if single_line:
        repeated = repeated.replace("\n", "")
    for char in dict.fromkeys(repeated + COMMON_RUNS):
        for breaker in BREAKERS:
            if breaker != char:
                yield char * length + breaker
    for char in dict.fromkeys(repeated + " -"):
        yield (char + " ") * (length // 2) + "!"
        yield ("a" + char) * (length // 2) + "\x00"
    for unit in ("- ", "-- ", "a ", "A. ", "1, ", "_ ", ". ", "ab-", "a1", "a@"):
        yield unit * (length // len(unit)) + "RELATED\x00"


@contextmanager
def _deadline(seconds: float):
    """Raise ``Overrun`` in this block after ``seconds`` (the main thread only: elsewhere the
    block runs to its end and the caller measures it)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(signum, frame):
        raise Overrun()

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def time_match(match: Callable[[str], object], line: str, budget: float = BUDGET_SECONDS) -> SlowMatch:
    """How long ``match(line)`` takes; stopped at ``budget`` (in the main thread)."""
    started = time.perf_counter()
    try:
        with _deadline(budget):
            match(line)
    except Overrun:
        return SlowMatch(time.perf_counter() - started, line, True)
    return SlowMatch(time.perf_counter() - started, line, False)


def slowest(pattern: re.Pattern, mode: str = "search", lines: Iterable[str] | None = None,
            budget: float = BUDGET_SECONDS) -> SlowMatch:
    """The adversarial line ``pattern`` takes longest on, used as ``mode`` (``search`` or
    ``fullmatch``); stops at the first line that overruns ``budget``."""
    match = pattern.fullmatch if mode == "fullmatch" else pattern.search
    worst = SlowMatch(0.0, "", False)
    for line in adversarial_lines(pattern) if lines is None else lines:
        timed = time_match(match, line, budget)
        if timed.seconds > worst.seconds:
            worst = timed
        if timed.stopped or timed.seconds > budget:
            break
    return worst


def backtracking_problem(pattern: re.Pattern, mode: str = "search", budget: float = BUDGET_SECONDS, *,
                         single_line: bool = False) -> str | None:
    """A sentence saying how ``pattern`` backtracks, or None when every adversarial line is fast.

    ``backtracking_problem(re.compile(r"(?:\\s*-+)*x"), "fullmatch")`` → ``"did not finish within
    0.50 s on a run of 10,000 '-' followed by '\\x00'"``
    """
    worst = slowest(pattern, mode, adversarial_lines(pattern, single_line=single_line), budget=budget)
    return worst.describe() if worst.stopped or worst.seconds > budget else None
