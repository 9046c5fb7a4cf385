"""The life of runs and documents in the database: run states, stale runs, vanished documents.

A run is `running` from its start until it ends `completed`, `completed_with_errors`, `failed` or
`interrupted`. A process killed outright cannot mark its run; each run holds a shared `flock` on
`<db>.runs.lock` while it lives, so the next run that finds nobody holding it knows that every
`running` row is left over from a dead process and marks it `interrupted`.

Documents whose file (or JSON record) is no longer in their input folder leave the timeline: their
timexes and events are deleted and the document row stays as a tombstone with `status = 'deleted'`
(or goes too, with `prune`). Documents under a folder that could not be listed, or whose file could not
be reached, are not "vanished" and keep their rows.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from eventline.storage.database import connect


class RunStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    COMPLETED_WITH_ERRORS = "completed_with_errors"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


class SourceConflictError(RuntimeError):
    """Another input folder already uses this label (the first part of its doc_ids) in the database."""


_run_locks: dict[str, int] = {}


def run_lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".runs.lock")


def claim_run(db_path: Path, run_id: str) -> bool:
    """Hold the run lock (shared) for `run_id`; True when no other run held it, so that every `running`
    row in the database belongs to a dead process."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(run_lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        alone = True
    except BlockingIOError:
        alone = False
    fcntl.flock(descriptor, fcntl.LOCK_SH)
    _run_locks[run_id] = descriptor
    return alone


def release_run(run_id: str) -> None:
    descriptor = _run_locks.pop(run_id, None)
    if descriptor is not None:
        os.close(descriptor)  # closing drops the flock


def mark_stale_runs(db_path: Path, now: datetime, except_run: str) -> int:
    """`running` rows of dead processes become `interrupted`; returns how many."""
    with connect(db_path) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM runs WHERE status = 'running' AND run_id <> ?", [except_run]
        ).fetchone()
        if count:
            connection.execute(
                "UPDATE runs SET status = 'interrupted', finished_at = coalesce(finished_at, ?)"
                " WHERE status = 'running' AND run_id <> ?",
                [now, except_run],
            )
    return int(count)


def end_run(db_path: Path, run_id: str, status: RunStatus, finished_at: datetime) -> None:
    """Mark a run that did not get to record its counts (failed or interrupted), within what is left of
    the run's lock budget: a run that failed on a locked database does not wait again."""
    with connect(db_path) as connection:
        connection.execute(
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ? AND status = 'running'",
            [str(status), finished_at, run_id],
        )


def check_source(db_path: Path, label: str, source: Path) -> None:
    """Refuse a label that another, still existing input folder uses in this database (a moved or
    renamed folder may take its old label over)."""
    if not db_path.exists():
        return
    with connect(db_path, read_only=True) as connection:
        rows = connection.execute(
            "SELECT DISTINCT source FROM documents WHERE starts_with(doc_id, ?) AND source IS NOT NULL",
            [label + "/"],
        ).fetchall()
    here = os.path.abspath(source)
    for (other,) in rows:
        if other != here and os.path.isdir(other):
            raise SourceConflictError(
                f"the label {label!r} already names the documents of {other} in {db_path}; "
                f"give {here} its own label with --source NAME"
            )


def retire_missing_documents(
    db_path: Path,
    label: str,
    present: Iterable[str],
    unreachable: Iterable[str],
    *,
    run_id: str,
    when: datetime,
    prune: bool = False,
) -> list[str]:
    """Documents under `label/` that this run did not find leave the timeline; returns their ids.

    `unreachable` are ids of files or folders that could not be read: documents at or under them (a JSON
    file's records `file#id`, a folder's files `folder/...`) are kept. Rows written before doc_ids had a
    label (`a.txt`, no `source`) are removed once their document is stored as `label/a.txt`.
    """
    present_ids = set(present)
    shelter = tuple(unreachable)
    with connect(db_path) as connection:
        stored = connection.execute(
            "SELECT doc_id FROM documents WHERE starts_with(doc_id, ?) AND status <> 'deleted'", [label + "/"]
        ).fetchall()
        missing = sorted(
            doc_id for (doc_id,) in stored
            if doc_id not in present_ids and not any(_under(doc_id, kept) for kept in shelter)
        )
        superseded = [
            doc_id for (doc_id,) in connection.execute(
                "SELECT doc_id FROM documents WHERE source IS NULL AND list_contains(?, ? || '/' || doc_id)",
                [sorted(present_ids), label],
            ).fetchall()
        ]
        if not missing and not superseded:
            return []
        connection.execute("BEGIN TRANSACTION")
        try:
            for table in ("timexes", "events"):
                connection.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [missing + superseded])
            connection.execute(
                "DELETE FROM documents WHERE source IS NULL AND list_contains(?, doc_id)", [superseded]
            )
            if prune:
                connection.execute("DELETE FROM documents WHERE list_contains(?, doc_id)", [missing])
            else:
                connection.execute(
                    "UPDATE documents SET status = 'deleted', error = 'no longer in the input folder',"
                    " sha256 = NULL, run_id = ?, processed_at = ? WHERE list_contains(?, doc_id)",
                    [run_id, when, missing],
                )
            connection.execute("COMMIT")
        except Exception:
            connection.execute("ROLLBACK")
            raise
    return missing


def _under(doc_id: str, kept: str) -> bool:
    if doc_id == kept:
        return True
    if kept.endswith("/"):
        return doc_id.startswith(kept)
    return doc_id.startswith(kept + "#")
