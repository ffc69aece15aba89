"""The checks that stop a run before it changes anything (exit 2 at the command line).

A run on the wrong folder, or on a folder that is empty because a disk is not mounted,
would mark the warehouse's documents deleted.  Both are refused with one sentence that
says what to do; the flow checks them, and the CLI checks the folder before it starts.
"""
from __future__ import annotations

import shlex
from pathlib import Path
from typing import Mapping

from flows.config import Config
from warehouse.manifest import ManifestRow, Plan


class RunRefused(RuntimeError):
    """The run stopped before changing anything; the message says why and what to do (exit 2)."""


class MassDeletion(RunRefused):
    """The run would mark most of the warehouse deleted; the message says why it stopped."""


class OtherFolder(RunRefused):
    """The warehouse was built from another ingest folder than the one this run was given."""


MASS_DELETE_MIN_FILES = 10


def check_folder(cfg: Config, recorded: str | None, manifest: Mapping[str, ManifestRow]) -> None:
    """Refuse to build a warehouse from another folder than the one it holds, unless asked to.

    A run on the wrong folder would mark every document of the right one deleted and load
    the other's in their place."""
    if cfg.switch_folder or recorded is None or Path(recorded) == cfg.ingest:
        return
    if not any(r.status != "deleted" for r in manifest.values()):
        return  # nothing of the other folder left to lose
    raise OtherFolder(
        f"{cfg.db} was built from {recorded}, not {cfg.ingest}; nothing changed. Pass --ingest {shlex.quote(recorded)} "
        f"to update it, or --switch-folder to rebuild it from {cfg.ingest} (files not in that folder are "
        "then marked deleted).")


def check_mass_deletion(cfg: Config, plan: Plan, manifest: Mapping[str, ManifestRow]) -> None:
    """Refuse a run that would mark all (or most) of the warehouse deleted, unless allowed."""
    live = sum(1 for r in manifest.values() if r.status != "deleted")
    gone = len(plan.deleted)
    if cfg.allow_mass_delete or not gone:
        return
    if gone == live or (live >= MASS_DELETE_MIN_FILES and gone > cfg.mass_delete_share * live):
        raise MassDeletion(
            f"{gone} of the {live} files this warehouse holds are not in {cfg.ingest} any more, so this run "
            "would mark them deleted; it stopped and changed nothing. If the folder is not mounted or is the "
            "wrong one, fix that and run again; if you did remove them, run again with --allow-mass-delete.")
