"""The `eventline` console command.

Each verb lives in `eventline/commands/<verb>.py` and exposes `HELP`, `add_arguments(parser)` and
`run(args) -> int`. Command modules keep heavy imports (prefect, spacy) inside `run`, so that
`eventline --help` and the light verbs start fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMANDS: dict[str, str] = {
    "run": "eventline.commands.run",
    "serve": "eventline.commands.serve",
    "timeml": "eventline.commands.timeml",
    "eval-timex": "eventline.commands.eval_timex",
    "eval-events": "eventline.commands.eval_events",
    "eval-ner": "eventline.commands.eval_ner",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventline", description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_path in COMMANDS.items():
        try:
            module = importlib.import_module(module_path)
        except ModuleNotFoundError as exc:
            if exc.name != module_path:
                raise
            continue
        sub = verbs.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
