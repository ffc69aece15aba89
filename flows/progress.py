"""Progress reporting hook: the CLI installs a display, the flow reports to it.

The flow runs in the CLI's process, so a module-level reporter is enough; the
default does nothing (tests, scheduled runs, Dask workers elsewhere).  A run
reports its stages in order: ``discover``, ``extract+clean``, ``re-clean`` (only
when templates were learned), ``validate``, ``docs``, ``load``; each with its own
total when it has one, so no count ever passes its total.
"""
from __future__ import annotations

from typing import Protocol

STAGES = ("discover", "extract+clean", "re-clean", "validate", "docs", "load")


class Reporter(Protocol):
    def start(self, to_process: int, seen: int) -> None: ...
    def stage(self, name: str, total: int | None) -> None: ...
    def advance(self, n: int) -> None: ...


class _Silent:
    def start(self, to_process: int, seen: int) -> None:
        pass

    def stage(self, name: str, total: int | None) -> None:
        pass

    def advance(self, n: int) -> None:
        pass


_reporter: Reporter = _Silent()


def install(reporter: Reporter | None) -> None:
    global _reporter
    _reporter = reporter or _Silent()


def start(to_process: int, seen: int) -> None:
    """What discovery found: files seen, files to extract."""
    _reporter.start(to_process, seen)


def stage(name: str, total: int | None = None) -> None:
    """A stage begins (``name`` one of STAGES); ``total``: its count, None when it has none."""
    assert name in STAGES, name
    _reporter.stage(name, total)


def advance(n: int) -> None:
    _reporter.advance(n)
