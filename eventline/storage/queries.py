"""Read-only questions an analyst asks the database: any SQL, the timeline with filters, the documented schema.

Every function opens the file read-only and closes it before returning, so a prompt left open between
queries never keeps the pipeline from writing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventline.storage.database import connect

# The tables and views that make up eventline's contract, in the order they are documented.
CONTRACT_RELATIONS: tuple[str, ...] = ("documents", "timexes", "events", "runs", "timeline")


class MissingDatabaseError(FileNotFoundError):
    """The database file does not exist (yet)."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Which timeline rows to show; None means no restriction. Dates bound the event's day range."""

    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None  # matches the actor or the recipient code
    event_type: str | None = None


@dataclass(frozen=True, slots=True)
class ColumnDoc:
    relation: str
    column: str
    data_type: str
    comment: str | None


def require_database(db_path: Path) -> None:
    if db_path.is_dir():
        raise MissingDatabaseError(f"{db_path} is a folder, not a DuckDB file")
    if not db_path.is_file():
        raise MissingDatabaseError(f"no database at {db_path}; `eventline run INPUT_DIR --db {db_path}` creates it")


def run_query(db_path: Path, sql: str) -> QueryResult:
    """Run one SQL statement read-only; statements that return nothing give an empty result."""
    require_database(db_path)
    with connect(db_path, read_only=True) as connection:
        cursor = connection.execute(sql)
        if cursor.description is None:
            return QueryResult((), [])
        columns = tuple(column[0] for column in cursor.description)
        return QueryResult(columns, cursor.fetchall())


def timeline_rows(db_path: Path, selection: TimelineFilter = TimelineFilter()) -> list[dict[str, Any]]:
    """Rows of the `timeline` view that match the selection, in timeline order.

    A date bound keeps only dated events whose day range overlaps it.
    """
    require_database(db_path)
    conditions: list[str] = []
    params: list[Any] = []
    if selection.date_from is not None:
        conditions.append("date_end >= ?")
        params.append(selection.date_from)
    if selection.date_to is not None:
        conditions.append("date_start <= ?")
        params.append(selection.date_to)
    if selection.actor:
        conditions.append("(upper(actor_code) = upper(?) OR upper(recipient_code) = upper(?))")
        params += [selection.actor, selection.actor]
    if selection.event_type:
        conditions.append("upper(event_type) = upper(?)")
        params.append(selection.event_type)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    with connect(db_path, read_only=True) as connection:
        cursor = connection.execute(f"SELECT * FROM timeline{where}", params)
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def column_docs(db_path: Path) -> list[ColumnDoc]:
    """Type and COMMENT ON text of every column of the contract's tables and views, in contract order."""
    require_database(db_path)
    with connect(db_path, read_only=True) as connection:
        rows = connection.execute(
            "SELECT table_name, column_name, data_type, comment FROM duckdb_columns()"
            " WHERE database_name = current_database() AND schema_name = 'main'"
            " AND list_contains(?, table_name) ORDER BY list_position(?, table_name), column_index",
            [list(CONTRACT_RELATIONS), list(CONTRACT_RELATIONS)],
        ).fetchall()
    return [ColumnDoc(*row) for row in rows]


def relation_comments(db_path: Path) -> dict[str, str | None]:
    """COMMENT ON text of the contract's tables and views."""
    require_database(db_path)
    with connect(db_path, read_only=True) as connection:
        rows = connection.execute(
            "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = current_database()"
            " UNION ALL SELECT view_name, comment FROM duckdb_views()"
            " WHERE database_name = current_database() AND NOT internal"
        ).fetchall()
    return {name: comment for name, comment in rows if name in CONTRACT_RELATIONS}
