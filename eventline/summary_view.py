"""The run summary as the CLI prints it."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventline.reporting import RunSummary, RunVerdict, run_verdict, verdict_message

_VERDICT_STYLE = {RunVerdict.OK: "green", RunVerdict.PARTIAL: "yellow", RunVerdict.FAILED: "red"}


def print_summary(summary: RunSummary, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"eventline run {summary.run_id}", show_header=True)
    columns = ("documents", "processed", "unchanged", "not German", "timexes", "events", "errors")
    for column in columns:
        table.add_column(column, justify="right")
    table.add_row(
        *map(str, (summary.n_documents, summary.n_processed, summary.n_skipped, summary.n_set_aside,
                   summary.n_timexes, summary.n_events, summary.n_errors))
    )
    console.print(table)
    for doc_id, reason in summary.errors:
        # doc_ids and reasons are data (a file may be named "[/red].txt"), never markup
        console.print(f"[red]error[/red] {escape(doc_id)}: {escape(reason)}")
    for doc_id, reason in summary.set_aside:
        console.print(f"[yellow]skipped[/yellow] {escape(doc_id)}: {escape(reason)}")
    if summary.n_deleted:
        console.print(f"{summary.n_deleted} document(s) no longer in the input folder left the timeline")
    style = _VERDICT_STYLE[run_verdict(summary)]
    console.print(f"[{style}]{escape(verdict_message(summary))}[/{style}]")
    console.print(
        f"Database: {summary.db_path}  (query it: eventline sql \"FROM timeline\" --db {summary.db_path}"
        f"  or  .venv/bin/duckdb -readonly {summary.db_path})"
    )
