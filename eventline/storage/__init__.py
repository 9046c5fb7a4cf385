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
from eventline.storage.export import ExportedFile, ExportFormat, export_tables, schema_markdown
from eventline.storage.queries import (
    ColumnDoc,
    MissingDatabaseError,
    QueryResult,
    TimelineFilter,
    column_docs,
    run_query,
    timeline_rows,
)

__all__ = [
    "ColumnDoc",
    "DatabaseLockedError",
    "ExportFormat",
    "ExportedFile",
    "MissingDatabaseError",
    "QueryResult",
    "TimelineFilter",
    "column_docs",
    "export_tables",
    "run_query",
    "schema_markdown",
    "timeline_rows",
    "StoredDocument",
    "ensure_schema",
    "record_run_end",
    "record_run_start",
    "replace_documents",
    "stored_documents",
    "table_columns",
]
