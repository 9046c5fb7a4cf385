"""Everything the flow writes to or reads from DuckDB (through `eventline.storage`).

No retries: a locked database is waited for inside `eventline.storage` within one bounded budget for
the whole run; a Prefect retry would multiply that wait.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventline import pipeline, runstate, storage
from eventline.guard import settle_failures
from eventline.reporting import BatchOutcome, RunSummary, most_confident
from schemas import Document, DocumentStatus, Event, Timex

_NO_RETRY = {"retries": 0, "cache_policy": NO_CACHE}


@task(**_NO_RETRY)
def start_run(
    db_path: Path,
    run_id: str,
    flow_run_id: str | None,
    params: Mapping[str, Any],
    lock_timeout_s: float = storage.DEFAULT_LOCK_WAIT_S,
) -> int:
    return runstate.begin_run(db_path, run_id, flow_run_id, params, datetime.now(), lock_timeout_s)


@task(**_NO_RETRY)
def check_input_source(db_path: Path, label: str, input_dir: Path) -> None:
    storage.check_source(db_path, label, input_dir)


@task(**_NO_RETRY)
def select_changed_documents(
    db_path: Path, documents: Sequence[Document], reprocess: bool
) -> tuple[list[Document], list[Document]]:
    stored = storage.stored_documents(db_path, [d.doc_id for d in documents])
    return pipeline.select_changed(documents, stored, reprocess)


@task(**_NO_RETRY)
def write_documents(
    db_path: Path,
    run_id: str,
    documents: Sequence[Document],
    timexes: Sequence[Sequence[Timex] | object],
    events: Sequence[Sequence[Event] | object],
    n_skipped: int,
) -> BatchOutcome:
    """Write the batch; a document a stage failed on is written as its error row (see eventline.guard)."""
    documents, (timexes, events) = settle_failures(documents, timexes, events)
    storage.replace_documents(db_path, documents, timexes, events, run_id=run_id, processed_at=datetime.now())
    return BatchOutcome(
        n_documents=len(documents) + n_skipped,
        n_skipped=n_skipped,
        n_timexes=sum(map(len, timexes)),
        n_events=sum(map(len, events)),
        errors=tuple((d.doc_id, d.error or "") for d in documents if d.status == DocumentStatus.ERROR),
        sample_events=most_confident([e for doc_events in events for e in doc_events[:2]]),
        set_aside=tuple((d.doc_id, d.error or "") for d in documents if d.status == DocumentStatus.SKIPPED),
    )


@task(**_NO_RETRY)
def retire_missing_documents(
    db_path: Path, run_id: str, label: str, present: Sequence[str], unreachable: Sequence[str], prune: bool
) -> list[str]:
    return storage.retire_missing_documents(
        db_path, label, present, unreachable, run_id=run_id, when=datetime.now(), prune=prune
    )


@task(**_NO_RETRY)
def finish_run(db_path: Path, summary: RunSummary) -> None:
    runstate.close_run(
        db_path,
        summary.run_id,
        datetime.now(),
        n_documents=summary.n_documents,
        n_skipped=summary.n_skipped,
        n_events=summary.n_events,
        n_errors=summary.n_errors,
    )
