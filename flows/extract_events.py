"""The main flow: a folder of articles in, dated events in DuckDB out.

Batches of files are read and compared with the database here, analysed in parallel by the flow's task
runner (threads, processes or a Dask cluster: see `eventline.parallel`), and written here, one
transaction per batch, in the order of the files, so that a parallel run writes the same tables as a
sequential one. At most a few batches per worker are in flight, so memory does not grow with the corpus.

Batches of documents, timexes and events go to the tasks of this process wrapped in `quote`: Prefect would
otherwise walk every object of every batch looking for futures (about 0.7 ms per document). Not for
`analyze_batch.submit`, where prefect-dask would pass the wrapper on unopened.

No `from __future__ import annotations` here: Prefect validates parameters from real annotations.
"""

import uuid
from collections import deque
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from eventline import parallel, progress
from eventline.documents import DEFAULT_PATTERNS, source_label
from eventline.reporting import RunSummary, summarize
from eventline.runstate import abandon_run
from eventline.settings import Settings
from eventline.storage import DEFAULT_LOCK_WAIT_S
from tasks.analysis import analyze_batch
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

_SETTINGS = Settings()


@flow(
    name="extract-events",
    flow_run_name="extract-events {input_dir}",
    log_prints=False,
    task_runner=parallel.task_runner(_SETTINGS.workers, _SETTINGS.dask_address),
)
def extract_events(
    input_dir: Path = Path("inbox"),
    db_path: Path = Path("data/eventline.duckdb"),
    patterns: list[str] = list(DEFAULT_PATTERNS),
    default_published: date | None = None,
    batch_size: int | None = None,
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
        runner = FlowRunContext.get().task_runner
        limit = parallel.in_flight_limit(runner)
        batch_size = batch_size or parallel.automatic_batch_size(len(paths), parallel.worker_slots(runner))
        n_batches = parallel.batch_count(paths, batch_size)
        logger.info("%d files under %s, %d batches of up to %d, up to %d in flight", len(paths), input_dir,
                    n_batches, batch_size, limit)
        run = progress.started(len(paths))
        outcomes, present, unreachable = [], [], []
        in_flight = deque()

        def write_oldest() -> None:
            files, unchanged, analysis = in_flight.popleft()
            results = analysis.result() if analysis is not None else []
            outcome = write_documents(
                db_path, run_id, quote([r.document for r in results]), quote([r.timexes for r in results]),
                quote([r.events for r in results]), len(unchanged),
            )
            outcomes.append(outcome)
            progress.batch_written(run, len(files), outcome)
            logger.info(run.batch_line(n_batches, outcome))

        for files in parallel.batched(paths, batch_size):
            documents = read_documents(files, input_dir, default_published, label, follow_links)
            present += [d.doc_id for d in documents]
            unreachable += [d.doc_id for d in documents if d.transient]
            changed, unchanged = select_changed_documents(db_path, quote(documents), reprocess)
            analysis = analyze_batch.submit(changed, model) if changed else None
            in_flight.append((files, unchanged, analysis))
            while len(in_flight) >= limit:
                write_oldest()
        while in_flight:
            write_oldest()
        retired = retire_missing_documents(db_path, run_id, label, quote(present), quote(unreachable), prune)
        summary = replace(summarize(run_id, str(db_path), outcomes, seconds=run.seconds), n_deleted=len(retired))
        finish_run(db_path, summary)
    except BaseException as exc:  # Ctrl-C, SIGTERM (Prefect's TerminationSignal) and failures alike
        abandon_run(db_path, run_id, exc, datetime.now())
        raise
    publish_summary(summary)
    publish_timeline(db_path, summary)
    logger.info(
        "%d documents (%d skipped, %d left the folder), %d temporal expressions, %d events, %d errors; "
        "%.1f documents/s",
        summary.n_documents, summary.n_skipped, summary.n_deleted, summary.n_timexes, summary.n_events,
        summary.n_errors, summary.documents_per_second,
    )
    # A named Completed state ("3 of 120 documents failed") or Failed, so that the runs list shows it.
    return final_state(summary)
