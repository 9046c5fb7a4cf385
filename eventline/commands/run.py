"""eventline run INPUT_DIR: run the extract-events flow once and print a summary."""
from __future__ import annotations

import argparse
import signal
import sys
from contextlib import nullcontext
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
EXIT_INTERRUPTED = 130


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input_dir", type=Path, metavar="INPUT_DIR", help="folder of .txt/.md/.json/.jsonl articles")
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: data/eventline.duckdb)")
    parser.add_argument(
        "--published", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
        help="publication date for documents that state none (metadata and datelines win)",
    )
    parser.add_argument("--model", default=None,
                        help='"fast" (default offline pipeline), "hanta" (the same with HanTa alone: slower), or a '
                             "spaCy model name or path")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="documents per task run (default: by the folder's size and the workers, 8 to 128)")
    parser.add_argument("--pattern", action="append", dest="patterns", help="glob pattern (repeatable)")
    parser.add_argument("--reprocess", action="store_true", help="process unchanged documents again")
    parser.add_argument(
        "--source", default=None, metavar="NAME",
        help="label that starts every doc_id of this folder (default: the folder's name)",
    )
    parser.add_argument(
        "--prune", action="store_true",
        help="delete the rows of documents no longer in the folder (default: keep a row with status 'deleted')",
    )
    parser.add_argument("--follow-links", action="store_true", help="follow symbolic links out of the input folder")
    parser.add_argument(
        "--lock-timeout", type=float, default=None, metavar="SECONDS",
        help="total time to wait for a database held by another process (default: 60, EVENTLINE_LOCK_TIMEOUT)",
    )
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
    # SIGTERM (kill, systemd, a container stop) ends the run like Ctrl-C: the run is marked interrupted
    # and the temporary Prefect server is stopped by its exit handler instead of being orphaned.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _run(args)
    except (KeyboardInterrupt, SystemExit) as exc:
        if isinstance(exc, SystemExit) and exc.code not in (None, EXIT_INTERRUPTED):
            raise
        print("eventline: interrupted; the run is marked interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _run(args: argparse.Namespace) -> int:
    from eventline.commands.outcome import ExitCode, database_file, existing_folder

    existing_folder(args.input_dir, "INPUT_DIR")  # before the slow imports: a typo is answered at once
    database_file(args.db)
    from eventline.reporting import RunFailedError, RunVerdict, run_verdict
    from eventline.settings import Settings
    from eventline.storage import DatabaseLockedError, SourceConflictError

    settings = Settings()
    options = {
        "input_dir": args.input_dir,
        "db_path": args.db or settings.db,
        "patterns": args.patterns or None,
        "default_published": args.published,
        "batch_size": args.batch_size or settings.batch_size,
        "model": args.model or settings.model,
        "reprocess": args.reprocess,
        "source": args.source,
        "prune": args.prune,
        "follow_links": args.follow_links,
        "lock_timeout_s": args.lock_timeout if args.lock_timeout is not None else settings.lock_timeout,
    }
    try:
        options["lock_timeout_s"] = _wait_for_the_database(options["db_path"], options["lock_timeout_s"])
        if (outcome := _nothing_to_do(options)) is None:
            outcome = _run_flow(options, args, settings).result(raise_on_failure=False)
    except (DatabaseLockedError, SourceConflictError) as exc:
        print(f"eventline: {exc}", file=sys.stderr)
        return ExitCode.FAILED
    if isinstance(outcome, RunFailedError):
        outcome = outcome.summary
    elif isinstance(outcome, BaseException):
        print(f"eventline: the run failed: {outcome}", file=sys.stderr)
        return ExitCode.FAILED
    from eventline.summary_view import print_summary

    print_summary(outcome)
    return ExitCode.OK if run_verdict(outcome) is RunVerdict.OK else ExitCode.FAILED


def _run_flow(options: dict, args: argparse.Namespace, settings) -> object:
    """The flow on the chosen task runner, with a progress bar on a terminal."""
    from eventline.settings import configure_prefect_environment

    configure_prefect_environment()
    from eventline import parallel, progress
    from eventline.progress_view import ProgressBar
    from flows.extract_events import extract_events

    runner = parallel.task_runner(args.workers or settings.workers, args.dask_address or settings.dask_address)
    bar = ProgressBar()
    show_bar = not args.no_progress and bar.on_terminal
    with bar if show_bar else nullcontext(), progress.listening(bar) if show_bar else nullcontext():
        return extract_events.with_options(task_runner=runner)(
            **{k: v for k, v in options.items() if v is not None}, return_state=True
        )


def _wait_for_the_database(db_path: Path, lock_timeout_s: float) -> float:
    """Wait for a database held by another process before anything starts, so that a lock that is never
    released ends the run with one message and no Prefect tracebacks; returns what is left of the wait."""
    import time

    from eventline.storage.database import connect

    if not db_path.is_file():
        return lock_timeout_s
    started = time.monotonic()
    with connect(db_path, lock_timeout_s=lock_timeout_s):
        pass
    return max(0.0, lock_timeout_s - (time.monotonic() - started))


def _nothing_to_do(options: dict):
    """The summary of a run that found every document unchanged, decided before Prefect and spaCy start."""
    from eventline.documents import DEFAULT_PATTERNS, source_label
    from eventline.precheck import unchanged_run

    if options["reprocess"]:
        return None
    input_dir = options["input_dir"]
    return unchanged_run(
        input_dir,
        options["db_path"],
        label=source_label(input_dir, options["source"]),
        patterns=options["patterns"] or DEFAULT_PATTERNS,
        default_published=options["default_published"],
        follow_links=options["follow_links"],
        lock_timeout_s=options["lock_timeout_s"],
        params={k: str(v) for k, v in options.items()},
    )
