"""The run summary as the CLI prints it."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventline.reporting import RunSummary


def print_summary(summary: RunSummary, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"eventline run {summary.run_id}", show_header=True)
    for column in ("documents", "processed", "skipped", "temporal expressions", "events", "errors"):
        table.add_column(column, justify="right")
    table.add_row(
        *map(str, (summary.n_documents, summary.n_processed, summary.n_skipped, summary.n_timexes,
                   summary.n_events, summary.n_errors))
    )
    console.print(table)
    for doc_id, reason in summary.errors:
        # doc_ids and reasons are data (a file may be named "[/red].txt"), never markup
        console.print(f"[red]error[/red] {escape(doc_id)}: {escape(reason)}")
    if summary.n_deleted:
        console.print(f"{summary.n_deleted} document(s) no longer in the input folder left the timeline")
    console.print(f"Database: {summary.db_path}  (query it: duckdb {summary.db_path} \"FROM timeline\")")
