"""Before the heavy machinery: is there anything to do at all?

A scheduled run on an inbox usually finds nothing new. Reading and hashing the files costs milliseconds;
importing spaCy and HanTa and starting a temporary Prefect server costs seconds. `unchanged_run` reads
the folder as the flow would and, when every document is stored unchanged (same hash and publication
date, or the same error) and none has vanished, records the run as `completed` without starting Prefect.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from eventline import runstate, storage
from eventline.documents import discover_files, read_path
from eventline.pipeline import select_changed
from eventline.reporting import RunSummary
from eventline.storage.database import connect
from schemas import Document, DocumentStatus


def unchanged_run(
    input_dir: Path,
    db_path: Path,
    *,
    label: str,
    patterns: Sequence[str],
    default_published: date | None,
    follow_links: bool = False,
    lock_timeout_s: float = storage.DEFAULT_LOCK_WAIT_S,
    params: dict | None = None,
) -> RunSummary | None:
    """The summary of a run with nothing to do, recorded in `runs`; None when the flow has work."""
    if not db_path.is_file():
        return None
    documents = [
        document
        for path in discover_files(input_dir, patterns, follow_links=follow_links)
        for document in read_path(path, input_dir, default_published, label=label, follow_links=follow_links)
    ]
    try:
        if not _all_stored_unchanged(db_path, documents, label):
            return None
    except storage.DatabaseLockedError:
        return None  # the flow will wait for the lock and say so
    run_id = uuid.uuid4().hex[:12]
    errors = tuple((d.doc_id, d.error or "") for d in documents if d.status == DocumentStatus.ERROR)
    runstate.begin_run(db_path, run_id, None, {**(params or {}), "unchanged": True}, datetime.now(), lock_timeout_s)
    summary = RunSummary(run_id=run_id, db_path=str(db_path), n_documents=len(documents),
                         n_skipped=len(documents), errors=errors)
    runstate.close_run(db_path, run_id, datetime.now(), n_documents=summary.n_documents,
                       n_skipped=summary.n_skipped, n_events=0, n_errors=summary.n_errors)
    return summary


def _all_stored_unchanged(db_path: Path, documents: Sequence[Document], label: str) -> bool:
    with connect(db_path, read_only=True, lock_timeout_s=0) as connection:
        stored_rows = connection.execute(
            "SELECT doc_id, sha256, published, status, error FROM documents"
            " WHERE starts_with(doc_id, ?) AND status <> 'deleted'",
            [label + "/"],
        ).fetchall()
    stored = {row[0]: row for row in stored_rows}
    if set(stored) != {d.doc_id for d in documents}:
        return False  # new documents, or stored ones that vanished
    fingerprints = {doc_id: storage.StoredDocument(sha or "", published, status) for doc_id, sha, published, status, _
                    in stored_rows}
    for document in documents:
        if document.status == DocumentStatus.ERROR:
            _, _, _, status, error = stored[document.doc_id]
            if document.transient or status != "error" or error != document.error:
                return False
        elif select_changed([document], fingerprints)[0]:
            return False
    return True
