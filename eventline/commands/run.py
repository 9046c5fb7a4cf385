"""eventline run INPUT_DIR: run the extract-events flow once and print a summary."""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from datetime import date
from pathlib import Path

HELP = "Run the pipeline on a folder of articles and write dated events to DuckDB."


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
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N",
        help="batches analysed in parallel (default: EVENTLINE_WORKERS, else every core; 1 = in this process)",
    )
    parser.add_argument(
        "--dask-address", default=None, metavar="tcp://HOST:PORT",
        help="analyse on an existing Dask cluster (default: EVENTLINE_DASK_ADDRESS)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar (it is shown only on a terminal)")


def run(args: argparse.Namespace) -> int:
    from eventline.settings import Settings, configure_prefect_environment

    configure_prefect_environment()
    from eventline import parallel, progress
    from eventline.documents import DEFAULT_PATTERNS
    from eventline.progress_view import ProgressBar
    from eventline.summary_view import print_summary
    from flows.extract_events import extract_events

    from eventline.storage import DatabaseLockedError

    if not args.input_dir.is_dir():
        print(f"eventline: input folder {args.input_dir} does not exist", file=sys.stderr)
        return 2
    settings = Settings()
    runner = parallel.task_runner(args.workers or settings.workers, args.dask_address or settings.dask_address)
    bar = ProgressBar()
    show_bar = not args.no_progress and bar.on_terminal
    try:
        with bar if show_bar else nullcontext(), progress.listening(bar) if show_bar else nullcontext():
            summary = extract_events.with_options(task_runner=runner)(
                input_dir=args.input_dir,
                db_path=args.db or settings.db,
                patterns=args.patterns or list(DEFAULT_PATTERNS),
                default_published=args.published,
                batch_size=args.batch_size or settings.batch_size,
                model=args.model or settings.model,
                reprocess=args.reprocess,
            )
    except DatabaseLockedError as exc:
        print(f"eventline: {exc}", file=sys.stderr)
        return 1
    print_summary(summary)
    return 0
