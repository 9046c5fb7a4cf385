"""eventline serve INPUT_DIR --cron "...": serve the flow on a schedule without a work pool."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

HELP = "Serve the extract-events flow on a cron schedule (needs a running Prefect server; no work pool)."
EXAMPLES = """  PREFECT_API_URL=http://127.0.0.1:4200/api eventline serve inbox --cron "0 * * * *"
  eventline serve inbox --cron "*/30 6-22 * * *" --timezone Europe/Vienna --db data/news.duckdb"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input_dir", type=Path, metavar="INPUT_DIR", help="inbox folder to process on each run")
    parser.add_argument("--cron", required=True, help='cron schedule, e.g. "*/30 * * * *"')
    parser.add_argument("--timezone", default="Europe/Berlin", help="time zone of the cron schedule")
    parser.add_argument("--name", default="eventline-inbox-served", help="deployment name")
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: data/eventline.duckdb)")
    parser.add_argument("--published", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--model", default=None, help="spaCy model name or path")


def run(args: argparse.Namespace) -> int:
    from eventline.commands.outcome import database_file, existing_folder

    existing_folder(args.input_dir, "INPUT_DIR")
    database_file(args.db)
    from eventline.settings import Settings, configure_prefect_environment

    configure_prefect_environment()
    from prefect.schedules import Cron

    from flows.extract_events import extract_events

    settings = Settings()
    parameters = {
        "input_dir": str(args.input_dir.resolve()),
        "db_path": str((args.db or settings.db).resolve()),
        "default_published": args.published.isoformat() if args.published else None,
        "model": args.model or settings.model,
    }
    extract_events.serve(
        name=args.name,
        schedules=[Cron(args.cron, timezone=args.timezone)],
        parameters=parameters,
        tags=["eventline"],
    )
    return 0
