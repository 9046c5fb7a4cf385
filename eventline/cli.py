"""The `eventline` console command.

Each verb lives in `eventline/commands/<verb>.py` and exposes `HELP`, `EXAMPLES`, `add_arguments(parser)`
and `run(args) -> int`. Command modules keep heavy imports (prefect, spacy, altair) inside `run`, so that
`eventline --help` and the light verbs start fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from eventline.commands.outcome import EXIT_CODES_HELP, ExitCode, UsageError
from eventline.errors import EventlineError

COMMANDS: dict[str, str] = {
    "run": "eventline.commands.run",
    "serve": "eventline.commands.serve",
    "sql": "eventline.commands.sql",
    "timeline": "eventline.commands.timeline",
    "export": "eventline.commands.export",
    "timeml": "eventline.commands.timeml",
    "eval-timex": "eventline.commands.eval_timex",
    "eval-events": "eventline.commands.eval_events",
    "eval-ner": "eventline.commands.eval_ner",
}

_DESCRIPTION = "German news articles in, a queryable DuckDB timeline of dated, actor-coded events out."
_EXAMPLES = """examples:
  eventline run seeds                          process a folder into data/eventline.duckdb
  eventline sql "FROM timeline LIMIT 5"        ask the database
  eventline timeline --out timeline.html       draw the timeline (open the file in a browser)
  eventline export --format parquet --out out  write events, timexes, documents as files
  eventline COMMAND --help                     options and examples of one command"""


def package_version() -> str:
    try:
        return version("eventline")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventline",
        description=_DESCRIPTION,
        epilog=f"{_EXAMPLES}\n\n{EXIT_CODES_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"eventline {package_version()}")
    verbs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_path in COMMANDS.items():
        try:
            module = importlib.import_module(module_path)
        except ModuleNotFoundError as exc:
            if exc.name != module_path:
                raise
            continue
        examples = getattr(module, "EXAMPLES", "")
        sub = verbs.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=f"examples:\n{examples}\n\n{EXIT_CODES_HELP}" if examples else EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(sub)
        sub.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # exits with 2 on a usage error, as argparse does
    try:
        return int(args.handler(args) or ExitCode.OK)
    except UsageError as exc:
        print(f"eventline {args.command}: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except EventlineError as exc:  # a locked or incompatible database: the message says what to do
        print(f"eventline {args.command}: {exc}", file=sys.stderr)
        return ExitCode.FAILED


if __name__ == "__main__":
    sys.exit(main())
