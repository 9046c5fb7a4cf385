"""eventline run INPUT_DIR: run the extract-events flow once and print a summary."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

HELP = "Run the pipeline on a folder of articles and write dated events to DuckDB."
EXAMPLES = """  eventline run seeds                                   the sample articles into data/eventline.duckdb
  eventline run inbox --db /srv/news.duckdb             another database
  eventline run inbox --published 2024-11-25            date for articles that state none
  eventline run inbox --reprocess                       process unchanged articles again

A run exits with 1 when some documents failed (they are rows with status 'error' and a reason): cron and
CI see it. Articles that are not German are skipped with a reason (status 'skipped') and do not count
as failures."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input_dir", type=Path, metavar="INPUT_DIR", help="folder of .txt/.md/.json/.jsonl articles")
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: data/eventline.duckdb)")
    parser.add_argument(
        "--published", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
        help="publication date for documents that state none (metadata and datelines win)",
    )
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: offline pipeline)")
    parser.add_argument("--batch-size", type=int, default=None, help="documents per task run")
    parser.add_argument("--pattern", action="append", dest="patterns", help="glob pattern (repeatable)")
    parser.add_argument("--reprocess", action="store_true", help="process unchanged documents again")


def run(args: argparse.Namespace) -> int:
    from eventline.commands.outcome import ExitCode, database_file, existing_folder

    existing_folder(args.input_dir, "INPUT_DIR")  # before the slow imports: a typo is answered at once
    database_file(args.db)
    from eventline.settings import Settings, configure_prefect_environment

    configure_prefect_environment()
    from eventline.documents import DEFAULT_PATTERNS
    from eventline.summary_view import print_summary
    from flows.extract_events import extract_events

    from eventline.reporting import RunFailedError, RunVerdict, run_verdict
    from eventline.storage import DatabaseLockedError

    settings = Settings()
    try:
        state = extract_events(
            input_dir=args.input_dir,
            db_path=args.db or settings.db,
            patterns=args.patterns or list(DEFAULT_PATTERNS),
            default_published=args.published,
            batch_size=args.batch_size or settings.batch_size,
            model=args.model or settings.model,
            reprocess=args.reprocess,
            return_state=True,
        )
        outcome = state.result(raise_on_failure=False)
    except DatabaseLockedError as exc:
        print(f"eventline: {exc}", file=sys.stderr)
        return ExitCode.FAILED
    if isinstance(outcome, RunFailedError):
        outcome = outcome.summary
    elif isinstance(outcome, BaseException):
        print(f"eventline: the run failed: {outcome}", file=sys.stderr)
        return ExitCode.FAILED
    print_summary(outcome)
    return ExitCode.OK if run_verdict(outcome) is RunVerdict.OK else ExitCode.FAILED
