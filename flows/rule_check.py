"""The backtracking check of the cruft rules a user adds in ``cruftless.toml``.

A rule whose regex backtracks catastrophically would hang the run on the first line
that almost matches it, so ``build_config`` refuses it before it is used.  The check
(``transform.backtracking``: the rule on adversarial lines, each match within a time
budget) runs in a child process with a timeout, so that even a pattern that never
finishes cannot hang the command that loads the config.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import Any

CHECK_TIMEOUT_SECONDS = 20.0  # the whole check, beside each match's own budget
PER_RULE_SECONDS = 3.0


class RuleCheckError(ValueError):
    """A user rule that fails the check; the message says which rule and why."""


def check_user_rules(specs: Sequence[Mapping[str, Any]]) -> None:
    """Raise ``RuleCheckError`` for the first user rule that backtracks catastrophically."""
    rules = [{"name": str(s.get("name")), "pattern": str(s.get("pattern")),
              "mode": "fullmatch" if s.get("match", "line") == "line" else "search"}
             for s in specs if s.get("pattern")]
    if not rules:
        return
    timeout = CHECK_TIMEOUT_SECONDS + PER_RULE_SECONDS * len(rules)
    try:
        done = subprocess.run([sys.executable, "-m", "flows.rule_check"], input=json.dumps(rules),
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuleCheckError(
            f"checking the cruft rules for catastrophic backtracking did not finish in {timeout:.0f} s; "
            "one of them almost certainly backtracks: simplify the patterns of [[cruft.rule]]") from None
    if done.returncode != 0:
        raise RuleCheckError(f"the backtracking check of the cruft rules failed: {done.stderr.strip()[-300:]}")
    for name, problem in json.loads(done.stdout or "[]"):
        raise RuleCheckError(
            f"cruft rule {name!r} backtracks catastrophically: its pattern {problem} (nested or adjacent "
            "repetitions that can match the same characters, like (?:\\s*-+)* or .*\\s*x). Rewrite it so each "
            "character can be matched one way only, for example with a possessive quantifier (-++, \\s*+) or "
            "an atomic group (?>...)")


def main() -> int:
    """Child process: read rules as JSON on stdin, print ``[[name, problem], ...]`` for the slow ones."""
    import re

    from transform.backtracking import backtracking_problem

    slow = []
    for rule in json.loads(sys.stdin.read()):
        try:
            pattern = re.compile(rule["pattern"])
        except re.error:
            continue  # compile_rule reports a bad expression with its own sentence
        problem = backtracking_problem(pattern, rule["mode"], single_line=True)
        if problem:
            slow.append([rule["name"], problem])
            break  # the first one is enough to refuse the config
    print(json.dumps(slow))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
