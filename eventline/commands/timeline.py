"""eventline timeline: draw the timeline as a self-contained, offline HTML page (and a PNG or SVG)."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

HELP = "Draw the timeline as an offline HTML page (hover for the evidence), optionally as PNG/SVG."
EXAMPLES = """  eventline timeline                                   data/timeline.html from data/eventline.duckdb
  eventline timeline --out report/timeline.html --png  the page and report/timeline.png
  eventline timeline --from 2023-01-01 --to 2023-03-31 --actor RUS
  eventline timeline --type ASSAULT --lanes type --svg

The page embeds everything it needs (no network): open it in any browser. Events without a date are
listed in the table below the chart, not on the date axis."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: data/eventline.duckdb)")
    parser.add_argument(
        "--out", type=Path, default=None,
        help="HTML file to write (default: timeline.html beside the database); a folder gets timeline.html",
    )
    parser.add_argument("--from", dest="date_from", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help="only events on or after this day")
    parser.add_argument("--to", dest="date_to", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help="only events on or before this day")
    parser.add_argument("--actor", default=None, metavar="CODE", help="only events with this actor or recipient code (e.g. RUS)")
    parser.add_argument("--type", dest="event_type", default=None, metavar="TYPE", help="only this PLOVER event type (e.g. ASSAULT)")
    parser.add_argument("--lanes", choices=("actor", "type"), default="actor", help="one lane per actor (default) or per type")
    parser.add_argument("--title", default="eventline timeline", help="title above the chart")
    parser.add_argument("--png", action="store_true", help="also write a PNG beside the HTML (for reports)")
    parser.add_argument("--svg", action="store_true", help="also write an SVG beside the HTML")


def run(args: argparse.Namespace) -> int:
    from eventline.commands.outcome import ExitCode, UsageError, database_file
    from eventline.settings import Settings
    from eventline.storage import MissingDatabaseError

    db_path = database_file(args.db) or Settings().db
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"--from {args.date_from} is after --to {args.date_to}")
    out = _html_path(args.out, db_path)
    from eventline import charts, storage

    selection = storage.TimelineFilter(args.date_from, args.date_to, args.actor, args.event_type)
    try:
        rows = storage.timeline_rows(db_path, selection)
    except MissingDatabaseError as exc:
        raise UsageError(str(exc)) from None
    data = charts.chart_data(rows, charts.Lanes(args.lanes))
    chart = charts.timeline_chart(data, title=args.title)
    charts.write_html(chart, out, rows, title=args.title)
    written = [out]
    if args.png:
        written.append(out.with_suffix(".png"))
        charts.write_png(chart, written[-1])
    if args.svg:
        written.append(out.with_suffix(".svg"))
        charts.write_svg(chart, written[-1])
    print(f"{len(data.records)} dated and {data.n_undated} undated events: " + ", ".join(map(str, written)))
    if not rows:
        print("eventline timeline: no events match; the page is empty", file=sys.stderr)
    return ExitCode.OK


def _html_path(out: Path | None, db_path: Path) -> Path:
    if out is None:
        return db_path.parent / "timeline.html"
    if out.is_dir():
        return out / "timeline.html"
    return out if out.suffix.lower() in (".html", ".htm") else out.with_name(out.name + ".html")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
