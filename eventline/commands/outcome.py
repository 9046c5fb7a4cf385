"""What every verb returns to the shell, and the plain-spoken checks of its path arguments."""
from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # some (or all) documents failed, or the work could not be finished (database locked, SQL error)
    USAGE = 2  # wrong arguments: unknown option, missing folder or database, a file where a folder belongs


EXIT_CODES_HELP = """exit codes:
  0  everything worked
  1  some or all documents failed (see the summary and documents.error), or the command could not finish
     (database locked by another process, an SQL error)
  2  usage error: unknown option, a folder or database that does not exist, a file given where a folder
     is expected
  130  interrupted (Ctrl-C or SIGTERM); a run is then marked interrupted"""


class UsageError(ValueError):
    """The command line asks for something impossible; the message says what, in one line."""


def existing_folder(path: Path, what: str) -> Path:
    """`path` if it is a folder; otherwise a UsageError that says plainly what it is instead."""
    if path.is_dir():
        return path
    if path.exists():
        raise UsageError(f"{what} {path} is a file, not a folder")
    raise UsageError(f"{what} {path} does not exist")


def folder_to_write(path: Path, what: str) -> Path:
    """`path` if it is a folder or can become one; a UsageError when a file is in the way."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"{what} {path} is a file, not a folder")
    return path


def database_file(path: Path | None) -> Path | None:
    """`path` unless it names a folder (DuckDB needs a file name, e.g. data/eventline.duckdb)."""
    if path is not None and path.is_dir():
        raise UsageError(f"--db {path} is a folder, not a DuckDB file (for example {path / 'eventline.duckdb'})")
    return path
