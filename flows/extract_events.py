"""The main flow: a folder of articles in, dated events in DuckDB out.

No `from __future__ import annotations` here: Prefect validates parameters from real annotations.
"""

import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from eventline.documents import DEFAULT_PATTERNS, source_label
from eventline.reporting import RunSummary, summarize
from eventline.runstate import abandon_run
from eventline.storage import DEFAULT_LOCK_WAIT_S
from tasks.analysis import analyze_language, extract_document_events, tag_temporal_expressions
from tasks.database import (
    check_input_source,
    finish_run,
    retire_missing_documents,
    select_changed_documents,
    start_run,
    write_documents,
)
from tasks.documents import discover_files, read_documents
from tasks.reporting import final_state, publish_summary, publish_timeline


@flow(name="extract-events", flow_run_name="extract-events {input_dir}", log_prints=False)
def extract_events(
    input_dir: Path = Path("inbox"),
    db_path: Path = Path("data/eventline.duckdb"),
    patterns: list[str] = list(DEFAULT_PATTERNS),
    default_published: date | None = None,
    batch_size: int = 64,
    model: str | None = None,
    reprocess: bool = False,
    source: str | None = None,
    prune: bool = False,
    follow_links: bool = False,
    lock_timeout_s: float = DEFAULT_LOCK_WAIT_S,
) -> RunSummary:
    """Find, normalize and date every event in the articles under `input_dir`.

    Unchanged documents are skipped; changed ones replace their rows in one transaction. doc_ids start
    with `source` (default: the input folder's name). Documents no longer in the folder leave the
    timeline (`status = 'deleted'`, or removed with `prune`).
    """
    logger = get_run_logger()
    input_dir, db_path = Path(input_dir), Path(db_path)
    label = source_label(input_dir, source)
    run_id = uuid.uuid4().hex[:12]
    params = {
        "input_dir": str(input_dir), "db_path": str(db_path), "patterns": patterns,
        "default_published": default_published, "batch_size": batch_size, "model": model, "reprocess": reprocess,
        "source": label, "prune": prune, "follow_links": follow_links,
    }
    start_run(db_path, run_id, flow_run.get_id(), params, lock_timeout_s)
    try:
        check_input_source(db_path, label, input_dir)
        paths = discover_files(input_dir, patterns, follow_links)
        logger.info("%d files under %s", len(paths), input_dir)
        outcomes, present, unreachable = [], [], []
        size = max(1, batch_size)
        for batch in (paths[i : i + size] for i in range(0, len(paths), size)):
            documents = read_documents(batch, input_dir, default_published, label, follow_links)
            present += [d.doc_id for d in documents]
            unreachable += [d.doc_id for d in documents if d.transient]
            changed, unchanged = select_changed_documents(db_path, documents, reprocess)
            docs = analyze_language(changed, model)
            timexes = tag_temporal_expressions(changed)
            events = extract_document_events(changed, docs, timexes)
            outcomes.append(write_documents(db_path, run_id, changed, timexes, events, len(unchanged)))
        retired = retire_missing_documents(db_path, run_id, label, present, unreachable, prune)
        summary = replace(summarize(run_id, str(db_path), outcomes), n_deleted=len(retired))
        finish_run(db_path, summary)
    except BaseException as exc:  # Ctrl-C, SIGTERM (Prefect's TerminationSignal) and failures alike
        abandon_run(db_path, run_id, exc, datetime.now())
        raise
    publish_summary(summary)
    publish_timeline(db_path, summary)
    logger.info(
        "%d documents (%d skipped, %d left the folder), %d temporal expressions, %d events, %d errors",
        summary.n_documents, summary.n_skipped, summary.n_deleted, summary.n_timexes, summary.n_events,
        summary.n_errors,
    )
    # A named Completed state ("3 of 120 documents failed") or Failed, so that the runs list shows it.
    return final_state(summary)
