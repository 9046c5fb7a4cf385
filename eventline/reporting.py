"""A run's summary: counts, errors and sample events, as Markdown for Prefect and as text for the CLI."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from schemas import Event

_SAMPLE_EVENTS = 5


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    n_documents: int
    n_skipped: int
    n_timexes: int
    n_events: int
    errors: tuple[tuple[str, str], ...] = ()
    sample_events: tuple[Event, ...] = ()
    # Documents deliberately not processed (status `skipped`, e.g. not German), with the reason.
    set_aside: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: str
    db_path: str
    n_documents: int = 0
    n_skipped: int = 0
    n_timexes: int = 0
    n_events: int = 0
    errors: tuple[tuple[str, str], ...] = ()
    sample_events: tuple[Event, ...] = field(default=())
    set_aside: tuple[tuple[str, str], ...] = ()
    n_deleted: int = 0  # documents no longer in the input folder (marked deleted or pruned)
    seconds: float = 0.0  # from the first file read to the last batch written

    @property
    def documents_per_second(self) -> float:
        return self.n_documents / self.seconds if self.seconds > 0 else 0.0

    @property
    def n_errors(self) -> int:
        return len(self.errors)

    @property
    def n_set_aside(self) -> int:
        return len(self.set_aside)

    @property
    def n_processed(self) -> int:
        return self.n_documents - self.n_skipped


def most_confident(events: Sequence[Event], limit: int = _SAMPLE_EVENTS) -> tuple[Event, ...]:
    return tuple(sorted(events, key=lambda e: -e.confidence)[:limit])


def summarize(run_id: str, db_path: str, outcomes: Sequence[BatchOutcome], seconds: float = 0.0) -> RunSummary:
    samples = most_confident([event for outcome in outcomes for event in outcome.sample_events])
    return RunSummary(
        run_id=run_id,
        db_path=db_path,
        n_documents=sum(o.n_documents for o in outcomes),
        n_skipped=sum(o.n_skipped for o in outcomes),
        n_timexes=sum(o.n_timexes for o in outcomes),
        n_events=sum(o.n_events for o in outcomes),
        errors=tuple(error for o in outcomes for error in o.errors),
        sample_events=samples,
        seconds=seconds,
        set_aside=tuple(item for o in outcomes for item in o.set_aside),
    )


class RunVerdict(StrEnum):
    """How a run went, for its final Prefect state and the command's exit code."""

    OK = "ok"  # every document read was processed (or deliberately set aside)
    PARTIAL = "partial"  # some documents failed, others were processed
    FAILED = "failed"  # documents failed and none was processed


def run_verdict(summary: RunSummary) -> RunVerdict:
    if summary.n_errors == 0:
        return RunVerdict.OK
    if summary.n_errors + summary.n_set_aside >= summary.n_processed:
        return RunVerdict.FAILED
    return RunVerdict.PARTIAL


class RunFailedError(RuntimeError):
    """No document of the run could be processed; carries the run's summary."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__(verdict_message(summary))
        self.summary = summary

    def __reduce__(self):  # Prefect stores the exception as the failed run's result
        return (type(self), (self.summary,))


def verdict_message(summary: RunSummary) -> str:
    """One line for the Prefect state and the terminal, e.g. "3 of 120 documents failed"."""
    parts = []
    if summary.n_errors:
        parts.append(f"{summary.n_errors} of {summary.n_processed} documents failed")
    else:
        parts.append(f"{summary.n_processed} documents processed")
    if summary.n_set_aside:
        parts.append(f"{summary.n_set_aside} skipped as not German")
    if summary.n_skipped:
        parts.append(f"{summary.n_skipped} unchanged")
    return ", ".join(parts)


def to_markdown(summary: RunSummary) -> str:
    lines = [
        f"# eventline run `{summary.run_id}`",
        "",
        f"**{verdict_message(summary)}**",
        "",
        "| documents | processed | skipped (unchanged) | skipped (not German) | temporal expressions | events | errors |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {summary.n_documents} | {summary.n_processed} | {summary.n_skipped} | {summary.n_set_aside} "
        f"| {summary.n_timexes} | {summary.n_events} | {summary.n_errors} |",
        "",
        f"Database: `{summary.db_path}`",
    ]
    if summary.seconds > 0:
        lines += ["", f"Throughput: {summary.documents_per_second:.1f} documents/s "
                      f"({summary.n_documents} documents in {summary.seconds:.1f} s)"]
    if summary.errors:
        lines += ["", "## Errors", "", "| document | reason |", "|---|---|"]
        lines += [f"| `{doc_id}` | {_cell(reason)} |" for doc_id, reason in summary.errors]
    if summary.set_aside:
        lines += ["", "## Skipped", "", "| document | reason |", "|---|---|"]
        lines += [f"| `{doc_id}` | {_cell(reason)} |" for doc_id, reason in summary.set_aside]
    if summary.sample_events:
        lines += ["", "## Sample events", "", "| date | type | actor | recipient | evidence |", "|---|---|---|---|---|"]
        lines += [
            f"| {e.date_start or ''} | {e.event_type} | {e.actor_code or ''} | {e.recipient_code or ''} "
            f"| {_cell(e.sentence)} |"
            for e in summary.sample_events
        ]
    return "\n".join(lines) + "\n"


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"
