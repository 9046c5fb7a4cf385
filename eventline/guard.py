"""The per-document guard: one document's unexpected exception never stops a batch.

Every stage (reading, analysis, tagging, extraction) runs each document through `guard_one`. An
exception becomes a `StageFailure` in that document's slot of the stage's output; later stages pass it
on untouched, and before writing `settle_failures` turns the document into a `status = 'error'` row
with a one-line reason ("tagging failed: OverflowError: date value out of range"). The rest of the
batch goes on. Only `Exception` is caught: Ctrl-C, SIGTERM and `SystemExit` still end the run.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import ParamSpec, TypeVar

from schemas import Document, DocumentStatus

P = ParamSpec("P")
R = TypeVar("R")
MAX_REASON_CHARS = 300
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StageFailure:
    """A stage could not process one document; `reason` is one line."""

    stage: str
    reason: str

    @property
    def message(self) -> str:
        return f"{self.stage} failed: {self.reason}"


def one_line_reason(exc: BaseException) -> str:
    """The exception's type and the first line of its message, printable and bounded."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    # Lone surrogates (from broken JSON escapes) cannot be stored or printed: escape them.
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


def guard_one(stage: str, work: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | StageFailure:
    """`work(*args)`, or the failure it raised."""
    try:
        return work(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the guard's purpose: any bug stays inside one document
        _log.warning("%s failed on one document: %s", stage, one_line_reason(exc), exc_info=exc)
        return StageFailure(stage, one_line_reason(exc))


def failed_document(document: Document, failure: StageFailure) -> Document:
    """The error row of a document a stage could not process.

    The content hash is kept, so the same text is not retried on every run (it would fail the same
    way); an edited file, or `--reprocess`, processes it again.
    """
    return replace(document, status=DocumentStatus.ERROR, error=failure.message)


def settle_failures(
    documents: Sequence[Document], *stage_outputs: Sequence[object]
) -> tuple[list[Document], list[list[object]]]:
    """Documents with a failure in any stage output become error rows whose outputs are empty.

    Returns the documents and each stage output with failures replaced by empty lists.
    """
    settled_documents: list[Document] = []
    settled_outputs: list[list[object]] = [[] for _ in stage_outputs]
    for index, document in enumerate(documents):
        failure = next(
            (output[index] for output in stage_outputs if isinstance(output[index], StageFailure)), None
        )
        if failure is not None:
            document = failed_document(document, failure)
        settled_documents.append(document)
        for settled, output in zip(settled_outputs, stage_outputs, strict=True):
            settled.append([] if failure is not None else output[index])
    return settled_documents, settled_outputs
