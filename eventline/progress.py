"""Progress of a run, as it happens: one line per written batch in the flow's log, and listeners (the
command's progress bar) told about every batch in the same process.

The flow calls `started` once and `batch_written` after each batch is in the database; a `RunProgress`
turns that into counts, the rate and the time left.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from eventline.reporting import BatchOutcome


class ProgressListener(Protocol):
    def started(self, n_files: int) -> None: ...

    def batch_written(self, n_files: int, outcome: BatchOutcome) -> None: ...


_listeners: list[ProgressListener] = []


@contextmanager
def listening(listener: ProgressListener) -> Iterator[ProgressListener]:
    """Tell `listener` about the runs in this process while the block runs."""
    _listeners.append(listener)
    try:
        yield listener
    finally:
        _listeners.remove(listener)


@dataclass(slots=True)
class RunProgress:
    """Files and documents done so far, and the rate since the first file was read."""

    n_files: int
    started_at: float = field(default_factory=time.monotonic)
    files_done: int = 0
    documents: int = 0
    skipped: int = 0
    events: int = 0
    errors: int = 0
    batches: int = 0

    def add(self, n_files: int, outcome: BatchOutcome) -> None:
        self.files_done += n_files
        self.documents += outcome.n_documents
        self.skipped += outcome.n_skipped
        self.events += outcome.n_events
        self.errors += len(outcome.errors)
        self.batches += 1

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started_at

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def batch_line(self, n_batches: int, outcome: BatchOutcome) -> str:
        """The flow log's line for the batch just written."""
        return (
            f"batch {self.batches}/{n_batches}: {outcome.n_documents} documents ({outcome.n_skipped} unchanged), "
            f"{outcome.n_events} events, {len(outcome.errors)} errors; "
            f"{self.documents} documents in {self.seconds:.1f} s = {self.documents_per_second:.1f} documents/s"
        )


def started(n_files: int) -> RunProgress:
    for listener in list(_listeners):
        listener.started(n_files)
    return RunProgress(n_files)


def batch_written(progress: RunProgress, n_files: int, outcome: BatchOutcome) -> None:
    progress.add(n_files, outcome)
    for listener in list(_listeners):
        listener.batch_written(n_files, outcome)
