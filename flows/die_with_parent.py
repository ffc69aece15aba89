"""Run a command that dies with the process that started it.

``python -m flows.die_with_parent PARENT_PID CMD ARG…`` asks the kernel to kill
it when its parent dies (``PR_SET_PDEATHSIG``, Linux) and then becomes CMD
(``execv``): the temporary Prefect API of a run goes when the run goes, even
when the run is killed with SIGKILL.  Elsewhere it simply runs CMD.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def main(argv: list[str]) -> int:
    parent, command = int(argv[0]), argv[1:]
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent is already gone
        return 1
    os.execv(command[0], command)
    return 127  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
