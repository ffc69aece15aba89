"""Every quarantine reason code is registered once (extract/reasons.py) and code quarantines with the
registry's constants, never a string of its own."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extract import reasons
from extract.reasons import REASONS, STAGES

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("flows", "extract", "warehouse", "expectations")

# The calls that carry a reason code, and the position of the code among their arguments.
REASON_ARGUMENT = {"ExtractError": 0, "WorkerFailed": 0, "Rejected": 1, "bounded_failure": 1, "_failure": 2,
                   "Failure": 2, "FileOutcome": 3}


def _sources():
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            if path != REPO / "extract" / "reasons.py":
                yield path, ast.parse(path.read_text("utf-8"))


def _callee(node: ast.Call) -> str | None:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)


def _reason_arguments():
    """(where, the expression passed as a reason) for every call that quarantines."""
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or (name := _callee(node)) not in REASON_ARGUMENT:
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno} {name}"
            args = [k.value for k in node.keywords if k.arg == "reason"]
            if len(node.args) > REASON_ARGUMENT[name]:
                args.append(node.args[REASON_ARGUMENT[name]])
            for arg in args:
                yield where, arg


def test_every_constant_is_registered_and_every_entry_has_a_constant():
    constants = {value for name, value in vars(reasons).items() if name.isupper() and not name.startswith("_")
                 and isinstance(value, str)}
    assert constants - set(REASONS) == set()
    assert set(REASONS) - constants == set()


@pytest.mark.parametrize("code", sorted(REASONS))
def test_each_code_says_what_it_means_and_what_to_do(code):
    reason = REASONS[code]
    assert reason.code == code and code.islower() and " " not in code
    assert reason.stage in STAGES
    assert reason.meaning and reason.action.endswith(".") and reason.action[0].isupper()


def test_code_quarantines_with_registered_constants_only():
    bad = []
    for where, arg in _reason_arguments():
        if isinstance(arg, ast.Constant):
            bad.append(f"{where}: the literal {arg.value!r}; use extract.reasons")
        elif isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.value.id == "reasons":
            if getattr(reasons, arg.attr, None) not in REASONS:
                bad.append(f"{where}: reasons.{arg.attr} is not registered")
    assert bad == []


def test_the_calls_are_found():
    """The scan above sees the calls it is meant to check (a renamed call would make it pass vacuously)."""
    seen = {where.rsplit(" ", 1)[1] for where, _ in _reason_arguments()}
    assert seen == set(REASON_ARGUMENT)


def test_no_code_is_spelt_out_elsewhere():
    """A registered code written as a string anywhere else (``reason == "timeout"``) is a second home."""
    spelt = [f"{path.relative_to(REPO)}:{node.lineno} {node.value!r}"
             for path, tree in _sources() for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in REASONS]
    assert spelt == []
