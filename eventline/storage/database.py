"""DuckDB access: schema, fingerprints of stored documents, transactional replacement, run log.

Connections are short-lived so that an analyst's `duckdb` session between runs blocks the pipeline only
briefly; a lock held by another process is retried within one bounded wait for the whole run
(`configure_lock_wait`, default 60 s), then reported with one clear message. Rows go in as Arrow tables
(bulk), never as formatted SQL.
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventline.errors import EventlineError
from eventline.storage.compatibility import explain_open_error
from schemas import Document, Event, Timex

SCHEMA_SQL = files("eventline.storage").joinpath("schema.sql").read_text(encoding="utf-8")
COMMENTS_SQL = files("eventline.storage").joinpath("comments.sql").read_text(encoding="utf-8")
_LOCK_MARKERS = ("lock", "Conflicting")
DEFAULT_LOCK_WAIT_S = 60.0


class DatabaseLockedError(EventlineError):
    """Another process holds the database file."""


class _LockWait:
    """How long this process may still wait for the database lock: one budget for a whole run, shared
    by all its connections (and threads), so retries never multiply the wait."""

    def __init__(self, total_s: float) -> None:
        self.total_s = total_s
        self.waited_s = 0.0
        self._guard = threading.Lock()

    def remaining(self) -> float:
        with self._guard:
            return max(0.0, self.total_s - self.waited_s)

    def spend(self, seconds: float) -> None:
        with self._guard:
            self.waited_s += seconds


_lock_wait = _LockWait(DEFAULT_LOCK_WAIT_S)


def configure_lock_wait(total_s: float) -> None:
    """Start a new run's lock budget: at most `total_s` seconds of waiting for other processes in all."""
    global _lock_wait
    _lock_wait = _LockWait(max(0.0, float(total_s)))


@dataclass(frozen=True, slots=True)
class StoredDocument:
    sha256: str
    published: date | None
    status: str


@contextmanager
def connect(
    db_path: Path, *, read_only: bool = False, lock_timeout_s: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection. A lock held by another process is waited for out of the run's budget
    (`configure_lock_wait`), or for `lock_timeout_s` when given."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    budget = _LockWait(lock_timeout_s) if lock_timeout_s is not None else _lock_wait
    delay = 0.1
    while True:
        try:
            connection = duckdb.connect(str(db_path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not any(marker in str(exc) for marker in _LOCK_MARKERS):
                raise explain_open_error(exc, db_path) from exc
            remaining = budget.remaining()
            if remaining <= 0:
                raise DatabaseLockedError(
                    f"{db_path} is locked by another process (an open duckdb session?); waited "
                    f"{budget.waited_s:.0f} s in all (limit {budget.total_s:.0f} s, EVENTLINE_LOCK_TIMEOUT). "
                    "Close it and run again."
                ) from None
            pause = min(delay, remaining)
            time.sleep(pause)
            budget.spend(pause)
            delay = min(delay * 2, 2.0)
    try:
        yield connection
    finally:
        connection.close()


def ensure_schema(db_path: Path) -> None:
    with connect(db_path) as connection:
        connection.execute(SCHEMA_SQL)
        connection.execute(COMMENTS_SQL)


def table_columns(db_path: Path, table: str) -> list[str]:
    with connect(db_path, read_only=True) as connection:
        rows = connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
    return [name for (name,) in rows]


def stored_documents(db_path: Path, doc_ids: Sequence[str]) -> dict[str, StoredDocument]:
    if not doc_ids or not db_path.exists():
        return {}
    with connect(db_path, read_only=True) as connection:
        rows = connection.execute(
            "SELECT doc_id, sha256, published, status FROM documents WHERE list_contains(?, doc_id)",
            [list(doc_ids)],
        ).fetchall()
    return {doc_id: StoredDocument(sha, published, status) for doc_id, sha, published, status in rows}


def replace_documents(
    db_path: Path,
    documents: Sequence[Document],
    timexes: Sequence[Sequence[Timex]],
    events: Sequence[Sequence[Event]],
    *,
    run_id: str,
    processed_at: datetime,
) -> None:
    """Replace every row of these documents in one transaction (a rerun never duplicates)."""
    if not documents:
        return
    with connect(db_path) as connection:
        connection.execute("BEGIN TRANSACTION")
        try:
            documents, timexes, events = _keep_rows_of_unreachable_documents(
                connection, documents, timexes, events, run_id
            )
            doc_ids = [d.doc_id for d in documents]
            incoming = {
                "documents": _documents_table(documents, run_id, processed_at),
                "timexes": _timexes_table(documents, timexes),
                "events": _events_table(events, run_id),
            }
            for table, rows in incoming.items():
                connection.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [doc_ids])
                connection.register("incoming_rows", rows)
                connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
                connection.unregister("incoming_rows")
            connection.execute("COMMIT")
        except Exception:
            connection.execute("ROLLBACK")
            raise


def _keep_rows_of_unreachable_documents(
    connection: duckdb.DuckDBPyConnection,
    documents: Sequence[Document],
    timexes: Sequence[Sequence[Timex]],
    events: Sequence[Sequence[Event]],
    run_id: str,
) -> tuple[list[Document], list[Sequence[Timex]], list[Sequence[Event]]]:
    """A file that could not be reached this time (permissions, being written) keeps the rows of its last
    good read: the failure is noted in `error` and the hash cleared, so the next good read processes it
    again. Everything else is returned for replacement."""
    unreachable = [d.doc_id for d in documents if d.transient]
    if not unreachable:
        return list(documents), list(timexes), list(events)
    good = {
        doc_id
        for (doc_id,) in connection.execute(
            "SELECT doc_id FROM documents WHERE list_contains(?, doc_id) AND status = 'ok'", [unreachable]
        ).fetchall()
    }
    for document in documents:
        if document.doc_id in good:
            connection.execute(
                "UPDATE documents SET error = ?, sha256 = NULL WHERE doc_id = ?",
                [f"kept the last good read; run {run_id} could not read it: {document.error}", document.doc_id],
            )
    kept = [
        (d, t, e) for d, t, e in zip(documents, timexes, events, strict=True) if d.doc_id not in good
    ]
    return [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]


def record_run_start(
    db_path: Path, run_id: str, flow_run_id: str | None, started_at: datetime, params: Mapping[str, Any]
) -> None:
    with connect(db_path) as connection:
        connection.execute(
            "INSERT INTO runs (run_id, flow_run_id, started_at, params, status) VALUES (?, ?, ?, ?, 'running')",
            [run_id, flow_run_id, started_at, json.dumps(dict(params), default=str, sort_keys=True)],
        )


def record_run_end(
    db_path: Path,
    run_id: str,
    finished_at: datetime,
    *,
    n_documents: int,
    n_skipped: int,
    n_events: int,
    n_errors: int,
    status: str | None = None,
) -> None:
    """The run's counts and final status (default: `completed`, or `completed_with_errors`)."""
    status = status or ("completed_with_errors" if n_errors else "completed")
    with connect(db_path) as connection:
        connection.execute(
            "UPDATE runs SET finished_at = ?, n_documents = ?, n_skipped = ?, n_events = ?, n_errors = ?,"
            " status = ? WHERE run_id = ?",
            [finished_at, n_documents, n_skipped, n_events, n_errors, status, run_id],
        )


_DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("path", pa.string()), ("sha256", pa.string()), ("title", pa.string()),
        ("language", pa.string()), ("published", pa.date32()), ("dct_source", pa.string()),
        ("n_chars", pa.int32()), ("status", pa.string()), ("error", pa.string()), ("run_id", pa.string()),
        ("processed_at", pa.timestamp("us")), ("encoding", pa.string()), ("source", pa.string()),
    ]
)
_TIMEX_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("timex_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
        ("text", pa.string()), ("type", pa.string()), ("value", pa.string()), ("mod", pa.string()),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("granularity", pa.string()),
    ]
)
_EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()), ("doc_id", pa.string()), ("sentence", pa.string()),
        ("sentence_start", pa.int32()), ("sentence_end", pa.int32()), ("trigger", pa.string()),
        ("trigger_start", pa.int32()), ("trigger_end", pa.int32()), ("event_type", pa.string()),
        ("mode", pa.string()), ("actor_text", pa.string()), ("actor_code", pa.string()),
        ("recipient_text", pa.string()), ("recipient_code", pa.string()), ("location_text", pa.string()),
        ("location_code", pa.string()), ("time_text", pa.string()), ("timex_value", pa.string()),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_source", pa.string()),
        ("context", pa.list_(pa.string())), ("confidence", pa.float64()), ("run_id", pa.string()),
    ]
)


def _documents_table(documents: Sequence[Document], run_id: str, processed_at: datetime) -> pa.Table:
    rows = [
        {
            "doc_id": d.doc_id, "path": d.path, "sha256": d.sha256, "title": d.title, "language": d.language,
            "published": d.published, "dct_source": str(d.dct_source), "n_chars": d.n_chars,
            "status": str(d.status), "error": d.error, "run_id": run_id, "processed_at": processed_at,
            "encoding": d.encoding, "source": d.source or None,
        }
        for d in documents
    ]
    return pa.Table.from_pylist(rows, schema=_DOCUMENT_SCHEMA)


def _timexes_table(documents: Sequence[Document], timexes: Sequence[Sequence[Timex]]) -> pa.Table:
    rows = [
        {
            "doc_id": d.doc_id, "timex_id": t.timex_id, "start": t.start, "end": t.end, "text": t.text,
            "type": str(t.type), "value": t.value, "mod": str(t.mod) if t.mod else None,
            "date_start": t.date_start, "date_end": t.date_end, "granularity": t.granularity,
        }
        for d, doc_timexes in zip(documents, timexes, strict=True)
        for t in doc_timexes
    ]
    return pa.Table.from_pylist(rows, schema=_TIMEX_SCHEMA)


def _events_table(events: Sequence[Sequence[Event]], run_id: str) -> pa.Table:
    rows = [
        {
            "event_id": e.event_id, "doc_id": e.doc_id, "sentence": e.sentence,
            "sentence_start": e.sentence_start, "sentence_end": e.sentence_end, "trigger": e.trigger,
            "trigger_start": e.trigger_start, "trigger_end": e.trigger_end, "event_type": str(e.event_type),
            "mode": e.mode, "actor_text": e.actor_text, "actor_code": e.actor_code,
            "recipient_text": e.recipient_text, "recipient_code": e.recipient_code,
            "location_text": e.location_text, "location_code": e.location_code, "time_text": e.time_text,
            "timex_value": e.timex_value, "date_start": e.date_start, "date_end": e.date_end,
            "date_source": str(e.date_source), "context": [str(c) for c in e.context],
            "confidence": e.confidence, "run_id": run_id,
        }
        for doc_events in events
        for e in doc_events
    ]
    return pa.Table.from_pylist(rows, schema=_EVENT_SCHEMA)
