"""Everything the flow writes to or reads from DuckDB (through `eventline.storage`)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventline import pipeline, storage
from eventline.reporting import BatchOutcome, RunSummary
from schemas import Document, DocumentStatus, Event, Timex

_RETRY = {"retries": 3, "retry_delay_seconds": [2, 5, 10], "cache_policy": NO_CACHE}


@task(**_RETRY)
def start_run(db_path: Path, run_id: str, flow_run_id: str | None, params: Mapping[str, Any]) -> None:
    storage.ensure_schema(db_path)
    storage.record_run_start(db_path, run_id, flow_run_id, datetime.now(), params)


@task(**_RETRY)
def select_changed_documents(
    db_path: Path, documents: Sequence[Document], reprocess: bool
) -> tuple[list[Document], list[Document]]:
    stored = storage.stored_documents(db_path, [d.doc_id for d in documents])
    return pipeline.select_changed(documents, stored, reprocess)


@task(**_RETRY)
def write_documents(
    db_path: Path,
    run_id: str,
    documents: Sequence[Document],
    timexes: Sequence[Sequence[Timex]],
    events: Sequence[Sequence[Event]],
    n_skipped: int,
) -> BatchOutcome:
    storage.replace_documents(db_path, documents, timexes, events, run_id=run_id, processed_at=datetime.now())
    return BatchOutcome(
        n_documents=len(documents) + n_skipped,
        n_skipped=n_skipped,
        n_timexes=sum(map(len, timexes)),
        n_events=sum(map(len, events)),
        errors=tuple((d.doc_id, d.error or "") for d in documents if d.status == DocumentStatus.ERROR),
        sample_events=tuple(e for doc_events in events for e in doc_events[:2]),
        set_aside=tuple((d.doc_id, d.error or "") for d in documents if d.status == DocumentStatus.SKIPPED),
    )


@task(**_RETRY)
def finish_run(db_path: Path, summary: RunSummary) -> None:
    storage.record_run_end(
        db_path,
        summary.run_id,
        datetime.now(),
        n_documents=summary.n_documents,
        n_skipped=summary.n_skipped,
        n_events=summary.n_events,
        n_errors=summary.n_errors,
    )
