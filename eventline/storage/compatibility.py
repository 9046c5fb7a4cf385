"""Plain words for a database file this DuckDB release cannot open.

eventline pins the `duckdb` module to the release of the `duckdb` shell (duckdb-cli), so that the shell
opens what the pipeline writes. A file written by a newer release (e.g. by an earlier eventline that used
DuckDB 2.x) cannot be read back by an older one; DuckDB's own message does not say what to do here.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from eventline.errors import EventlineError

_NEWER_FILE_MARKER = "created with a newer version of DuckDB"


class IncompatibleDatabaseError(EventlineError):
    """The database file was written by a newer DuckDB release than the one installed."""


def explain_open_error(exc: Exception, db_path: Path) -> Exception:
    """The exception to raise for a failed open: a clear one for a too-new file, else `exc` itself."""
    if _NEWER_FILE_MARKER not in str(exc):
        return exc
    return IncompatibleDatabaseError(
        f"{db_path} was written by a newer DuckDB release than the installed {duckdb.__version__} "
        "(eventline keeps DuckDB at the release of the duckdb shell so that the shell can open its files). "
        "Move the file away and run again to rebuild it from the articles, or export it with the newer release."
    )
