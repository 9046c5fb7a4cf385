"""Begin and end a run in the database, whatever way it ends.

`begin_run` sets the run's lock budget, creates the schema, holds the run lock and marks `running` rows
left by killed processes `interrupted`; `close_run` records the counts (`completed`, or
`completed_with_errors`); `abandon_run` marks a run that ended by an exception: `interrupted` for
Ctrl-C, SIGTERM (Prefect's TerminationSignal) or SystemExit, `failed` for anything else.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from eventline import storage
from eventline.storage import RunStatus

_log = logging.getLogger(__name__)


def begin_run(
    db_path: Path,
    run_id: str,
    flow_run_id: str | None,
    params: Mapping[str, Any],
    now: datetime,
    lock_timeout_s: float = storage.DEFAULT_LOCK_WAIT_S,
) -> int:
    """Record the run as `running`; returns how many stale runs were marked `interrupted`."""
    storage.configure_lock_wait(lock_timeout_s)
    storage.ensure_schema(db_path)
    alone = storage.claim_run(db_path, run_id)
    stale = storage.mark_stale_runs(db_path, now, except_run=run_id) if alone else 0
    if stale:
        _log.warning("%d earlier run(s) ended without marking their state: marked interrupted", stale)
    storage.record_run_start(db_path, run_id, flow_run_id, now, params)
    return stale


def close_run(
    db_path: Path, run_id: str, now: datetime, *, n_documents: int, n_skipped: int, n_events: int, n_errors: int
) -> None:
    try:
        storage.record_run_end(
            db_path, run_id, now, n_documents=n_documents, n_skipped=n_skipped, n_events=n_events, n_errors=n_errors
        )
    finally:
        storage.release_run(run_id)


def status_after(exc: BaseException) -> RunStatus:
    """`interrupted` when a person or the system stopped the run, `failed` when it broke.

    A signal that lands while a task runs reaches the flow as Prefect's `CrashedRun` (the task's state is
    Crashed), so that counts as interrupted too, as does any interrupt in the exception's chain."""
    from prefect.exceptions import CrashedRun, ExternalSignal  # TerminationSignal (SIGTERM) and kin

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt | SystemExit | ExternalSignal | CrashedRun):
            return RunStatus.INTERRUPTED
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return RunStatus.FAILED


def abandon_run(db_path: Path, run_id: str, exc: BaseException, now: datetime) -> None:
    """Mark a run that ended by `exc`. Never raises: the original exception is what matters."""
    status = status_after(exc)
    _log.warning("run %s ended by %s: %s", run_id, type(exc).__name__, status)
    try:
        storage.end_run(db_path, run_id, status, now)
    except Exception as error:  # noqa: BLE001 - e.g. the database is locked: the next run marks it
        _log.warning("could not mark run %s %s: %s", run_id, status, error)
    finally:
        storage.release_run(run_id)
