"""eventline sql ["SELECT ..."]: query the database without installing anything else; no SQL opens a prompt."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any, TextIO

HELP = "Run SQL against the eventline database (read-only); without SQL, open a prompt."
EXAMPLES = """  eventline sql "FROM timeline LIMIT 10"
  eventline sql "SELECT event_type, count(*) FROM timeline GROUP BY ALL ORDER BY 2 DESC"
  eventline sql "SELECT doc_id, status, error FROM documents WHERE status <> 'ok'"
  eventline sql "FROM events" --format csv > events.csv
  eventline sql                              a prompt: end statements with ;  .tables lists tables, .quit ends
  echo "FROM runs" | eventline sql           SQL from standard input

The file is opened read-only for the moment of each query, so a prompt left open never blocks a run."""

_PROMPT = "eventline> "
_CONTINUE = "      ...> "
_TABLES_SQL = (
    "SELECT table_name AS name, 'table' AS kind, comment FROM duckdb_tables() WHERE database_name = current_database()"
    " UNION ALL SELECT view_name, 'view', comment FROM duckdb_views()"
    " WHERE database_name = current_database() AND NOT internal ORDER BY kind, name"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sql", nargs="?", metavar="SQL", help="statement(s) to run; omit for a prompt")
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: data/eventline.duckdb)")
    parser.add_argument(
        "--format", choices=("table", "csv", "jsonl"), default="table", help="output format (default: table)"
    )
    parser.add_argument("--max-rows", type=int, default=200, help="rows a table shows (default: 200)")


def run(args: argparse.Namespace) -> int:
    from eventline.commands.outcome import ExitCode, UsageError, database_file
    from eventline.settings import Settings
    from eventline.storage import MissingDatabaseError
    from eventline.storage.queries import require_database

    db_path = database_file(args.db) or Settings().db
    try:
        require_database(db_path)
    except MissingDatabaseError as exc:
        raise UsageError(str(exc)) from None
    if args.sql is not None:
        return ExitCode.OK if _execute(db_path, args.sql, args) else ExitCode.FAILED
    if not sys.stdin.isatty():
        return ExitCode.OK if _execute(db_path, sys.stdin.read(), args) else ExitCode.FAILED
    _prompt(db_path, args)
    return ExitCode.OK


def _execute(db_path: Path, sql: str, args: argparse.Namespace) -> bool:
    import duckdb

    from eventline.storage import run_query

    if not sql.strip():
        return True
    try:
        result = run_query(db_path, sql)
    except duckdb.Error as exc:
        print(f"eventline sql: {str(exc).strip()}", file=sys.stderr)
        return False
    if result.columns:
        write_result(result.columns, result.rows, args.format, args.max_rows, sys.stdout)
    return True


def write_result(
    columns: tuple[str, ...], rows: list[tuple[Any, ...]], output_format: str, max_rows: int, out: TextIO
) -> None:
    if output_format == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_plain(value) for value in row] for row in rows])
    elif output_format == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False) + "\n")
    else:
        _print_table(columns, rows, max_rows, out)


def _print_table(columns: tuple[str, ...], rows: list[tuple[Any, ...]], max_rows: int, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows[:max_rows]:
        table.add_row(*("[dim]NULL[/dim]" if value is None else _escape(_plain(value)) for value in row))
    console = Console(file=out)
    console.print(table)
    shown = min(len(rows), max_rows)
    more = f" (showing {shown}; --max-rows shows more)" if len(rows) > max_rows else ""
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}{more}", style="dim")


def _prompt(db_path: Path, args: argparse.Namespace) -> None:
    try:
        import readline  # noqa: F401 - line editing and history for input()
    except ImportError:
        pass
    print(f"eventline sql on {db_path} (read-only). End statements with ;  .tables lists tables  .quit ends")
    buffer: list[str] = []
    while True:
        try:
            line = input(_CONTINUE if buffer else _PROMPT)
        except (EOFError, KeyboardInterrupt):
            print()
            return
        command = line.strip()
        if not buffer and command in (".quit", ".exit", "\\q"):
            return
        if not buffer and command == ".tables":
            _execute(db_path, _TABLES_SQL, args)
            continue
        buffer.append(line)
        if command.endswith(";"):
            _execute(db_path, "\n".join(buffer), args)
            buffer = []


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
