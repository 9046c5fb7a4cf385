"""eventline export: write documents, timexes and events as Parquet, CSV or JSON Lines (DuckDB COPY)."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

HELP = "Export the documents, timexes and events tables as Parquet, CSV or JSON Lines files."
EXAMPLES = """  eventline export --format parquet --out exports/             exports/events.parquet, ...
  eventline export --format csv --out exports/ --since 2024-11-01  only documents processed since then
  eventline export --format jsonl --out exports/ --db other.duckdb

Each export writes documents.<format>, timexes.<format>, events.<format> and schema.md (every column
with its type and meaning, from the database's own COMMENT ON). Files of an earlier export are replaced."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("parquet", "csv", "jsonl"), required=True, help="file format")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write to (created if missing)")
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: data/eventline.duckdb)")
    parser.add_argument(
        "--since", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
        help="only documents processed on or after this day, with their timexes and events",
    )


def run(args: argparse.Namespace) -> int:
    import duckdb

    from eventline.commands.outcome import ExitCode, UsageError, database_file, folder_to_write
    from eventline.settings import Settings
    from eventline.storage import ExportFormat, MissingDatabaseError, export_tables

    db_path = database_file(args.db) or Settings().db
    out_dir = folder_to_write(args.out, "--out")
    try:
        exported = export_tables(db_path, out_dir, ExportFormat(args.format), args.since)
    except MissingDatabaseError as exc:
        raise UsageError(str(exc)) from None
    except duckdb.Error as exc:
        print(f"eventline export: {str(exc).strip()}", file=sys.stderr)
        return ExitCode.FAILED
    for item in exported:
        print(f"{item.n_rows:>8} rows  {item.path}")
    print(f"          schema  {out_dir / 'schema.md'}")
    return ExitCode.OK
