"""The only module that talks to DuckDB."""
from eventline.storage.database import (
    DatabaseLockedError,
    StoredDocument,
    ensure_schema,
    record_run_end,
    record_run_start,
    replace_documents,
    stored_documents,
    table_columns,
)

__all__ = [
    "DatabaseLockedError",
    "StoredDocument",
    "ensure_schema",
    "record_run_end",
    "record_run_start",
    "replace_documents",
    "stored_documents",
    "table_columns",
]
