"""Export the documents, their timexes and events as files (DuckDB COPY), with the schema beside them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from eventline.storage.database import connect
from eventline.storage.queries import column_docs, relation_comments, require_database

EXPORTED_TABLES: tuple[str, ...] = ("documents", "timexes", "events")
SCHEMA_FILE = "schema.md"


class ExportFormat(StrEnum):
    PARQUET = "parquet"
    CSV = "csv"
    JSONL = "jsonl"

    @property
    def copy_options(self) -> str:
        return {
            ExportFormat.PARQUET: "FORMAT parquet, COMPRESSION zstd",
            ExportFormat.CSV: "FORMAT csv, HEADER true",
            ExportFormat.JSONL: "FORMAT json",  # one object per line
        }[self]


@dataclass(frozen=True, slots=True)
class ExportedFile:
    table: str
    path: Path
    n_rows: int


def export_tables(
    db_path: Path, out_dir: Path, export_format: ExportFormat, since: date | None = None
) -> list[ExportedFile]:
    """Write documents, timexes and events to `out_dir/<table>.<format>` and `out_dir/schema.md`.

    With `since`, only documents processed on or after that day (and their timexes and events) are
    written, for incremental exports.
    """
    require_database(db_path)
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} is a file, not a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    exported: list[ExportedFile] = []
    with connect(db_path, read_only=True) as connection:
        for table in EXPORTED_TABLES:
            path = out_dir / f"{table}.{export_format}"
            # COPY takes no bound parameters: the path is quoted, the date comes from a `date` object.
            connection.execute(
                f"COPY ({_select(table, since)}) TO {_quote(path)} ({export_format.copy_options})"
            )
            (n_rows,) = connection.execute(f"SELECT count(*) FROM ({_select(table, since)})").fetchone()
            exported.append(ExportedFile(table, path, n_rows))
    (out_dir / SCHEMA_FILE).write_text(schema_markdown(db_path, EXPORTED_TABLES), encoding="utf-8")
    return exported


def schema_markdown(db_path: Path, relations: tuple[str, ...]) -> str:
    """The columns of these tables with their types and meanings, from the database's own comments."""
    comments = relation_comments(db_path)
    docs = [doc for doc in column_docs(db_path) if doc.relation in relations]
    lines = ["# eventline export schema", ""]
    for relation in relations:
        lines += [f"## {relation}", "", comments.get(relation) or "", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [
            f"| `{doc.column}` | {doc.data_type} | {_cell(doc.comment)} |" for doc in docs if doc.relation == relation
        ]
        lines.append("")
    return "\n".join(lines)


def _select(table: str, since: date | None) -> str:
    if table not in EXPORTED_TABLES:
        raise ValueError(f"not an exported table: {table}")
    if since is None:
        return f"SELECT * FROM {table}"
    processed = f"SELECT doc_id FROM documents WHERE processed_at >= DATE '{since.isoformat()}'"
    return f"SELECT * FROM {table} WHERE doc_id IN ({processed})"


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|")


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
