"""Progress reporting hook: the CLI installs a display, the flow reports to it.

The flow runs in the CLI's process, so a module-level reporter is enough; the
default does nothing (tests, scheduled runs).
"""
from __future__ import annotations

from typing import Protocol


class Reporter(Protocol):
    def start(self, to_process: int, seen: int) -> None: ...
    def advance(self, n: int) -> None: ...
    def start_phase(self, name: str, total: int) -> None: ...


class _Silent:
    def start(self, to_process: int, seen: int) -> None:
        pass

    def advance(self, n: int) -> None:
        pass

    def start_phase(self, name: str, total: int) -> None:
        pass


_reporter: Reporter = _Silent()


def install(reporter: Reporter | None) -> None:
    global _reporter
    _reporter = reporter or _Silent()


def start(to_process: int, seen: int) -> None:
    _reporter.start(to_process, seen)


def advance(n: int) -> None:
    _reporter.advance(n)


def start_phase(name: str, total: int) -> None:
    """A later stage with its own count (e.g. "re-clean": documents cleaned again)."""
    getattr(_reporter, "start_phase", lambda *_: None)(name, total)
