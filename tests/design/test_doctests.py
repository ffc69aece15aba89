"""The ``>>>`` examples in the docstrings of transform/ and extract/ run and hold.

(A test module rather than ``--doctest-modules``: the option would collect the tests'
own modules too, and these imports start no Prefect.)"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import extract
import transform

MODULES = sorted(m.name for pkg in (transform, extract)
                 for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples fail (python -m doctest -v)"


def test_there_are_docstring_examples_to_run():
    attempted = sum(doctest.testmod(importlib.import_module(n), report=False).attempted for n in MODULES)
    assert attempted >= 7
