"""`eventline eval-events GOLD.yaml DOCS_DIR`: run the pipeline on annotated articles and score the events."""
from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from eventline.events.scoring import EventScores, GoldDocument
    from schemas import Document

HELP = "Score event extraction against hand-annotated events (P/R/F1, actor, recipient and date accuracy)."
EXAMPLES = """  eventline eval-events ../shared/gold/seed-events.yaml seeds
  eventline eval-events ../shared/gold/dev-events.yaml ../shared/corpora/events-dev --min-recall 0.8"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", type=Path, metavar="GOLD.yaml", help="event annotation (format: shared/gold/README.md)")
    parser.add_argument("docs_dir", type=Path, metavar="DOCS_DIR", help="folder holding the annotated articles")
    parser.add_argument("--details", type=int, default=50, metavar="N",
                        help="list up to N misses, false positives and wrong attributes (0: none)")
    parser.add_argument("--min-recall", type=float, default=None, metavar="R",
                        help="exit with status 1 when recall is below R (for CI)")


def documents_for_gold(gold: Sequence[GoldDocument], docs_dir: Path) -> list[Document]:
    """Read each annotated article; a gold `metadata` DCT is given as a user's sidecar would give it."""
    from eventline.documents import read_path
    from schemas import DctSource

    documents = []
    for item in gold:
        path = docs_dir / item.doc
        for document in read_path(path, docs_dir):
            if item.dct_source is DctSource.METADATA and item.dct is not None:
                document = dataclasses.replace(document, published=item.dct, dct_source=DctSource.METADATA)
            documents.append(document)
    return documents


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"


def print_report(console: Console, scores: EventScores, details: int) -> None:
    from rich.table import Table

    table = Table(title="Events")
    for header in ("extracted", "correct", "required", "found", "P", "R", "F1", "actor acc", "recipient acc",
                   "date acc", "matched"):
        table.add_column(header, justify="right")
    table.add_row(str(scores.extracted), str(scores.correct_extracted), str(scores.required),
                  str(scores.found_required), _percent(scores.precision), _percent(scores.recall),
                  _percent(scores.f1), _percent(scores.accuracy("actor")), _percent(scores.accuracy("recipient")),
                  _percent(scores.accuracy("date")), str(len(scores.matches)))
    console.print(table)
    if details <= 0:
        return
    for doc, gold in scores.misses[:details]:
        console.print(f"[red]miss[/red] {doc} {gold.id} {gold.event_type} {gold.evidence!r}", highlight=False)
    for event in scores.false_positives[:details]:
        console.print(f"[yellow]false positive[/yellow] {event.doc_id} {event.event_type} {event.trigger!r} "
                      f"actor={event.actor_code} | {event.sentence[:100]!r}", highlight=False)
    wrong = [m for m in scores.matches if not (m.actor_ok and m.date_ok and m.recipient_ok)]
    for m in wrong[:details]:
        e = m.event
        console.print(f"[blue]attributes[/blue] {m.doc} {m.gold.id} {m.gold.event_type}: "
                      f"actor {e.actor_code}/{m.gold.actor} recipient {e.recipient_code}/{m.gold.recipient} "
                      f"date {e.timex_value}/{m.gold.date}", highlight=False)


def run(args: argparse.Namespace) -> int:
    from pathlib import PurePosixPath

    from rich.console import Console

    from eventline.events.scoring import load_gold, score
    from eventline.nlp import load_pipeline
    from eventline.pipeline import process_documents

    console = Console(width=140)
    if not args.gold.is_file() or not args.docs_dir.is_dir():
        console.print(f"[red]need a gold file and a folder: {args.gold}, {args.docs_dir}[/red]")
        return 2
    gold = load_gold(args.gold)
    missing = [g.doc for g in gold if not (args.docs_dir / g.doc).is_file()]
    if missing:
        console.print(f"[red]articles missing in {args.docs_dir}: {', '.join(missing)}[/red]")
        return 2
    results = process_documents(documents_for_gold(gold, args.docs_dir), load_pipeline())
    extracted = {PurePosixPath(r.document.doc_id).as_posix(): r.events for r in results}
    scores = score(gold, extracted)
    print_report(console, scores, args.details)
    if args.min_recall is not None and scores.recall < args.min_recall:
        return 1
    return 0
