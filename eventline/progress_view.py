"""The command's progress bar (rich): files done, documents/s and time left, updated per written batch."""
from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from eventline.reporting import BatchOutcome


class ProgressBar:
    """A `ProgressListener` that draws on the terminal; use it as a context manager around the run."""

    def __init__(self, console: Console | None = None) -> None:
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[documents]} documents · {task.fields[rate]:.1f} documents/s ·"),
            TimeRemainingColumn(),
            TextColumn("left"),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task = None
        self._documents = 0
        self._started = time.monotonic()

    @property
    def on_terminal(self) -> bool:
        return self._progress.console.is_terminal

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._progress.stop()

    def started(self, n_files: int) -> None:
        self._started = time.monotonic()
        self._documents = 0
        self._task = self._progress.add_task("eventline run", total=n_files, documents=0, rate=0.0)

    def batch_written(self, n_files: int, outcome: BatchOutcome) -> None:
        if self._task is None:
            return
        self._documents += outcome.n_documents
        rate = self._documents / max(time.monotonic() - self._started, 1e-9)
        self._progress.update(self._task, advance=n_files, documents=self._documents, rate=rate)
