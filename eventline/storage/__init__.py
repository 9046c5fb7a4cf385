"""The only module that talks to DuckDB."""
from eventline.storage.database import (
    DEFAULT_LOCK_WAIT_S,
    DatabaseLockedError,
    StoredDocument,
    configure_lock_wait,
    ensure_schema,
    record_run_end,
    record_run_start,
    replace_documents,
    stored_documents,
    table_columns,
)
from eventline.storage.lifecycle import (
    RunStatus,
    SourceConflictError,
    check_source,
    claim_run,
    end_run,
    mark_stale_runs,
    release_run,
    retire_missing_documents,
)

__all__ = [
    "DEFAULT_LOCK_WAIT_S",
    "DatabaseLockedError",
    "RunStatus",
    "SourceConflictError",
    "StoredDocument",
    "check_source",
    "claim_run",
    "configure_lock_wait",
    "end_run",
    "ensure_schema",
    "mark_stale_runs",
    "record_run_end",
    "record_run_start",
    "release_run",
    "replace_documents",
    "retire_missing_documents",
    "stored_documents",
    "table_columns",
]
