"""Notice new, changed and removed files in the ingest folder, once they have settled.

Prefect has no file sensor, so ``cruftless serve`` polls: every few seconds it
lists the folder (names, sizes and modification times; no hashing) and, once
the listing differs from the one last acted on and has stayed the same for
``settle_seconds``, starts a run.  A file still being written keeps changing
size or mtime, so it is not read half-way.

Polling rather than inotify (watchdog): no extra dependency, it works on
network and container mounts where file events are not delivered, and the
"size is stable" test needs a timer anyway.  Listing a few thousand files
takes milliseconds.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from extract.files import walk

Listing = dict[str, tuple[int, int]]  # relative path → (size, mtime_ns)


def listing(root: Path, ignore: Iterable[str] = ()) -> Listing:
    """What the folder holds now, by the flow's own ignore rules."""
    out: Listing = {}
    for path in walk(root, ignore):
        try:
            st = path.stat()
        except FileNotFoundError:  # removed while we looked
            continue
        out[path.relative_to(root).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out


@dataclass
class FolderWatch:
    """``poll()`` is True once for each settled change of the folder.

    The listing when the watch starts counts as handled (the schedule, or the
    run serve starts with, takes care of what is already there).
    """

    root: Path
    ignore: tuple[str, ...] = ()
    settle_seconds: float = 2.0
    clock: Callable[[], float] = time.monotonic
    _handled: Listing = field(init=False, repr=False)
    _current: Listing = field(init=False, repr=False)
    _changed_at: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._handled = self._current = listing(self.root, self.ignore)
        self._changed_at = self.clock()

    def poll(self) -> bool:
        now = self.clock()
        snap = listing(self.root, self.ignore)
        if snap != self._current:
            self._current, self._changed_at = snap, now
            return False
        if self._current != self._handled and now - self._changed_at >= self.settle_seconds:
            self._handled = self._current
            return True
        return False

    def pending(self) -> list[str]:
        """Paths that differ from the handled listing (for messages)."""
        a, b = self._handled, self._current
        return sorted(p for p in a.keys() | b.keys() if a.get(p) != b.get(p))


def watch_in_thread(watch: FolderWatch, on_change: Callable[[list[str]], None],
                    poll_seconds: float = 2.0) -> tuple[threading.Thread, threading.Event]:
    """Poll ``watch`` in a daemon thread; call ``on_change(paths)`` for each settled change.
    Set the returned event to stop it."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(poll_seconds):
            try:
                changed = watch.pending()  # poll() is True only if nothing moved since the last look
                if watch.poll():
                    on_change(changed)
            except Exception as exc:  # a vanished folder or a failed trigger must not kill serve
                print(f"cruftless watch: {type(exc).__name__}: {exc}", flush=True)

    thread = threading.Thread(target=loop, name="cruftless-watch", daemon=True)
    thread.start()
    return thread, stop
