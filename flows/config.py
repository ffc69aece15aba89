"""The run configuration: one frozen object, built at the edge.

Sources, later ones winning: built-in defaults → ``cruftless.toml`` (given
with ``--config``, else found beside the ingest folder, in the working
directory or in the user's config folder, ``~/.config/cruftless/``) →
command-line options.  A ``cruftless.toml`` *inside* the ingest folder is never
read: that folder holds downloaded files, and a file that lands there must not
be able to reconfigure the run (it is reported, and loaded as a document).  Nothing below the flow reads files or
environment variables for configuration; it receives this object.

    # cruftless.toml
    [run]
    ingest = "samples/ingest"
    db = "data/cruftless.duckdb"
    batch_size = 25
    ignore = [".*", "*.part", "*.crdownload", "~$*"]
    workers = 2                         # worker processes (default: the machine's cores)
    file_timeout_s = 120                # wall time one file may take to extract and clean
    file_memory_mb = 2048               # memory one worker may use for a file

    [cruft]
    disable = ["view_counter"]          # switch shipped rules off by name
    [[cruft.rule]]                      # add your own (same fields as transform/patterns/cruft.toml)
    name = "my_site_donate_banner"
    kind = "promo"
    pattern = '(?i)support our work.*'

A user rule is checked for catastrophic backtracking (``flows/rule_check.py``) before it
is used; one that fails is a ConfigError naming the rule.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from flows.rule_check import RuleCheckError, check_user_rules
from transform.rules import RuleError, RuleSet, build_ruleset, default_rule_specs

CONFIG_NAME = "cruftless.toml"
DEFAULT_IGNORE = (".*", "*.part", "*.crdownload", "*.tmp", "~$*", "Thumbs.db")


class ConfigError(ValueError):
    """A configuration a person must fix; the message says where and how."""


@dataclass(frozen=True)
class Config:
    ingest: Path
    db: Path
    rules: RuleSet
    batch_size: int = 25
    ignore: tuple[str, ...] = DEFAULT_IGNORE
    runner: str = "default"  # default | dask
    dask_address: str | None = None
    max_file_mb: int = 200
    template_min_docs: int = 3  # a line must recur in this many documents of a family...
    template_min_share: float = 0.3  # ...and in this share of them to be learned as boilerplate
    config_path: Path | None = None
    rule_specs: tuple[Mapping[str, Any], ...] = field(default=(), repr=False)
    workers: int = field(default_factory=lambda: default_workers())
    file_timeout_s: float = 120.0
    file_memory_mb: int = 2048
    rehash: bool = False  # read and hash every file, not only those whose size or mtime changed
    allow_mass_delete: bool = False
    switch_folder: bool = False  # rebuild a warehouse made from another ingest folder from this one
    mass_delete_share: float = 0.5  # of a warehouse of at least MASS_DELETE_MIN_FILES files
    validate_chunk: int = 1000  # documents validated at once (memory stays flat in the size of a run)
    ignored_configs: tuple[Path, ...] = ()  # cruftless.toml files found where they are never read

    @property
    def docs_dir(self) -> Path:
        """Where Great Expectations Data Docs are written: beside the database."""
        return self.db.parent / f"{self.db.stem}_docs"


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def user_config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME")
    return (Path(base) if base else Path.home() / ".config") / "cruftless"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or pass another with --config") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror})") from exc


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def find_config(explicit: Path | None, ingest: Path | None) -> Path | None:
    """--config, else the first cruftless.toml beside the ingest folder, in the working
    directory, or in the user's config folder — never one inside the ingest folder."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"--config {explicit}: no such file")
        return explicit
    for folder in ([ingest.parent] if ingest else []) + [Path.cwd(), user_config_dir()]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file() and not (ingest and _inside(candidate, ingest)):
            return candidate
    return None


def ignored_configs(ingest: Path | None) -> tuple[Path, ...]:
    """A cruftless.toml at the top of the ingest folder: never read, worth a warning."""
    if ingest is None:
        return ()
    candidate = ingest / CONFIG_NAME
    return (candidate,) if candidate.is_file() else ()


def build_config(
    ingest: Path | None = None,
    db: Path | None = None,
    config_path: Path | None = None,
    **overrides: Any,
) -> Config:
    """Defaults → cruftless.toml → explicit arguments (None means "not given")."""
    path = find_config(config_path, ingest)
    data = _read_toml(path) if path else {}
    run = data.get("run", {})
    cruft = data.get("cruft", {})
    base = path.parent if path else Path.cwd()

    def as_path(value, default):
        if value is None:
            return default
        p = Path(value).expanduser()
        return p if p.is_absolute() else (base / p)

    ingest_path = Path(ingest) if ingest else as_path(run.get("ingest"), Path("samples/ingest"))
    db_path = Path(db) if db else as_path(run.get("db"), Path("data/cruftless.duckdb"))
    extra = tuple(cruft.get("rule", []))
    try:
        rules = build_ruleset(default_rule_specs(), extra, cruft.get("disable", []))
        check_user_rules(extra)  # a rule that backtracks would hang a run on its first odd line
    except (RuleError, RuleCheckError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    cfg = Config(
        ingest=ingest_path.resolve(),
        db=db_path.resolve(),
        rules=rules,
        batch_size=int(run.get("batch_size", 25)),
        ignore=tuple(run.get("ignore", DEFAULT_IGNORE)),
        runner=str(run.get("runner", "default")),
        dask_address=run.get("dask_address"),
        max_file_mb=int(run.get("max_file_mb", 200)),
        template_min_docs=int(data.get("templates", {}).get("min_docs", 3)),
        template_min_share=float(data.get("templates", {}).get("min_share", 0.3)),
        config_path=path,
        rule_specs=extra,
        workers=int(run.get("workers", default_workers())),
        file_timeout_s=float(run.get("file_timeout_s", 120.0)),
        file_memory_mb=int(run.get("file_memory_mb", 2048)),
        ignored_configs=ignored_configs(ingest_path.resolve()),
    )
    given = {k: v for k, v in overrides.items() if v is not None}
    return replace(cfg, **given) if given else cfg
