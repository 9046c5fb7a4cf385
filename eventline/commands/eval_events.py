"""`eventline eval-events GOLD.yaml DOCS_DIR`: run the pipeline on annotated articles and score the events.

Prints the totals, recall and precision per PLOVER type, date accuracy by what the gold says about the time,
and up to N misses, false positives and matched events with a wrong actor, recipient or date. `--json PATH`
writes all of it (every error, not just N) as JSON; `--json -` prints the JSON instead of the tables.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from eventline.events.scoring import EventScores, GoldDocument, Match
    from schemas import Document

HELP = "Score event extraction against hand-annotated events (P/R/F1, actor, recipient and date accuracy)."
EXAMPLES = """  eventline eval-events ../shared/gold/seed-events.yaml seeds
  eventline eval-events ../shared/gold/dev-events.yaml ../shared/corpora/events-dev --min-recall 0.8"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", type=Path, metavar="GOLD.yaml", help="event annotation (format: shared/gold/README.md)")
    parser.add_argument("docs_dir", type=Path, metavar="DOCS_DIR", help="folder holding the annotated articles")
    parser.add_argument("--errors", "--details", dest="errors", type=int, default=20, metavar="N",
                        help="list up to N misses, N false positives and N wrong attributes (0: none; default 20)")
    parser.add_argument("--json", dest="json_path", default=None, metavar="PATH",
                        help="also write the whole report as JSON to PATH ('-': print JSON instead of tables)")
    parser.add_argument("--model", default=None, metavar="MODEL",
                        help='"fast" (default), "hanta", or a spaCy model name or path (as `eventline run --model`)')
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


_EVIDENCE_CHARS = 90


def _short(text: str, limit: int = _EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _arrow(actor: str | None, recipient: str | None) -> str:
    return f"{actor or '–'} → {recipient or '–'}"


def _got_expected(got: str | None, expected: str | None, ok: bool) -> str:
    shown = f"{got or '–'}" if ok else f"[red]{got or '–'}[/red] / {expected or '–'}"
    return shown


def _wrong_attributes(scores: EventScores) -> list[Match]:
    return [m for m in scores.matches if not (m.actor_ok and m.date_ok and m.recipient_ok)]


def report_as_dict(scores: EventScores) -> dict[str, Any]:
    """The whole report as plain data (the `--json` output)."""
    from eventline.events.scoring import date_accuracy_by_kind, scores_by_type
    from schemas import Event

    def event_dict(event: Event) -> dict[str, Any]:
        return {"doc": event.doc_id, "type": str(event.event_type), "trigger": event.trigger,
                "actor": event.actor_code, "recipient": event.recipient_code, "time_text": event.time_text,
                "timex_value": event.timex_value, "date_source": str(event.date_source),
                "sentence": " ".join(event.sentence.split())}

    return {
        "totals": {
            "extracted": scores.extracted, "correct": scores.correct_extracted, "required": scores.required,
            "found": scores.found_required, "precision": scores.precision, "recall": scores.recall, "f1": scores.f1,
            "actor_accuracy": scores.accuracy("actor"), "recipient_accuracy": scores.accuracy("recipient"),
            "date_accuracy": scores.accuracy("date"), "matched": len(scores.matches),
        },
        "by_type": [{"type": str(t.event_type), "required": t.required, "found": t.found_required,
                     "recall": t.recall, "extracted": t.extracted, "correct": t.correct_extracted,
                     "precision": t.precision, "f1": t.f1} for t in scores_by_type(scores)],
        "date_accuracy_by_gold_kind": {kind: {"right": right, "matched": total}
                                       for kind, (right, total) in date_accuracy_by_kind(scores).items()},
        "misses": [{"doc": doc, "id": g.id, "type": str(g.event_type), "actor": g.actor, "recipient": g.recipient,
                    "date": g.date, "evidence": g.evidence} for doc, g in scores.misses],
        "false_positives": [event_dict(e) for e in scores.false_positives],
        "wrong_attributes": [{"doc": m.doc, "id": m.gold.id, "type": str(m.gold.event_type),
                              "actor": [m.event.actor_code, m.gold.actor],
                              "recipient": [m.event.recipient_code, m.gold.recipient],
                              "date": [m.event.timex_value, m.gold.date],
                              "ok": {"actor": m.actor_ok, "recipient": m.recipient_ok, "date": m.date_ok}}
                             for m in _wrong_attributes(scores)],
    }


def print_report(console: Console, scores: EventScores, errors: int) -> None:
    from rich.table import Table

    from eventline.events.scoring import date_accuracy_by_kind, scores_by_type

    table = Table(title="Events")
    for header in ("extracted", "correct", "required", "found", "P", "R", "F1", "actor acc", "recipient acc",
                   "date acc", "matched"):
        table.add_column(header, justify="right")
    table.add_row(str(scores.extracted), str(scores.correct_extracted), str(scores.required),
                  str(scores.found_required), _percent(scores.precision), _percent(scores.recall),
                  _percent(scores.f1), _percent(scores.accuracy("actor")), _percent(scores.accuracy("recipient")),
                  _percent(scores.accuracy("date")), str(len(scores.matches)))
    console.print(table)

    per_type = Table(title="Per type (recall over required gold, precision over extracted)")
    for header in ("type", "required", "found", "R", "extracted", "correct", "P", "F1"):
        per_type.add_column(header, justify="left" if header == "type" else "right")
    for row in scores_by_type(scores):
        per_type.add_row(str(row.event_type), str(row.required), str(row.found_required), _percent(row.recall),
                         str(row.extracted), str(row.correct_extracted), _percent(row.precision), _percent(row.f1))
    console.print(per_type)

    dates = Table(title="Date accuracy by what the gold says")
    for header in ("gold date", "right", "matched", "acc"):
        dates.add_column(header, justify="left" if header == "gold date" else "right")
    for kind, (right, total) in date_accuracy_by_kind(scores).items():
        dates.add_row(kind, str(right), str(total), _percent(right / total))
    console.print(dates)
    if errors > 0:
        _print_errors(console, scores, errors)


def _print_errors(console: Console, scores: EventScores, limit: int) -> None:
    from rich.table import Table

    def titled(name: str, shown: int, total: int) -> str:
        return f"{name} ({shown} of {total})"

    misses = Table(title=titled("Misses: required gold events nothing matched", min(limit, len(scores.misses)),
                                len(scores.misses)))
    for header in ("doc", "id", "type", "actor → recipient", "evidence"):
        misses.add_column(header, overflow="fold")
    for doc, gold in scores.misses[:limit]:
        misses.add_row(doc, gold.id, str(gold.event_type), _arrow(gold.actor, gold.recipient), _short(gold.evidence))
    console.print(misses)

    fps = Table(title=titled("False positives: extracted events matching no gold event",
                             min(limit, len(scores.false_positives)), len(scores.false_positives)))
    for header in ("doc", "type", "trigger", "actor → recipient", "sentence"):
        fps.add_column(header, overflow="fold")
    for event in scores.false_positives[:limit]:
        fps.add_row(event.doc_id, str(event.event_type), event.trigger, _arrow(event.actor_code, event.recipient_code),
                    _short(event.sentence))
    console.print(fps)

    wrong = _wrong_attributes(scores)
    attributes = Table(title=titled("Matched with a wrong attribute (got / gold)", min(limit, len(wrong)), len(wrong)))
    for header in ("doc", "id", "type", "actor", "recipient", "date"):
        attributes.add_column(header, overflow="fold")
    for m in wrong[:limit]:
        e = m.event
        attributes.add_row(m.doc, m.gold.id, str(m.gold.event_type),
                           _got_expected(e.actor_code, m.gold.actor, m.actor_ok),
                           _got_expected(e.recipient_code, m.gold.recipient, m.recipient_ok),
                           _got_expected(e.timex_value, m.gold.date, m.date_ok))
    console.print(attributes)


def run(args: argparse.Namespace) -> int:
    from pathlib import PurePosixPath

    from rich.console import Console

    from eventline.events.scoring import load_gold, score
    from eventline.nlp import load_pipeline
    from eventline.pipeline import process_documents

    console = Console(width=160)
    if not args.gold.is_file() or not args.docs_dir.is_dir():
        console.print(f"[red]need a gold file and a folder: {args.gold}, {args.docs_dir}[/red]")
        return 2
    gold = load_gold(args.gold)
    missing = [g.doc for g in gold if not (args.docs_dir / g.doc).is_file()]
    if missing:
        console.print(f"[red]articles missing in {args.docs_dir}: {', '.join(missing)}[/red]")
        return 2
    results = process_documents(documents_for_gold(gold, args.docs_dir), load_pipeline(args.model))
    extracted = {PurePosixPath(r.document.doc_id).as_posix(): r.events for r in results}
    scores = score(gold, extracted)
    if args.json_path == "-":
        json.dump(report_as_dict(scores), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(console, scores, args.errors)
        if args.json_path:
            Path(args.json_path).write_text(json.dumps(report_as_dict(scores), ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    if args.min_recall is not None and scores.recall < args.min_recall:
        return 1
    return 0
