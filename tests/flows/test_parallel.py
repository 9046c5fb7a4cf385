"""Batches analysed in parallel (worker processes, a Dask cluster) write exactly the tables that a
sequential run writes, in the same order."""
import os
import shutil
import time
from pathlib import Path

import pytest

from eventline import parallel
from eventline.storage.database import connect
from flows.extract_events import extract_events

pytestmark = pytest.mark.slow

# Everything a run writes except what names the run itself (its id and clock time).
TABLE_QUERIES = {
    "documents": "SELECT * EXCLUDE (run_id, processed_at) FROM documents ORDER BY rowid",
    "timexes": "SELECT * FROM timexes ORDER BY rowid",
    "events": "SELECT * EXCLUDE (run_id) FROM events ORDER BY rowid",
}


def tables(db: Path) -> dict[str, list[tuple]]:
    with connect(db, read_only=True) as connection:
        return {name: connection.execute(sql).fetchall() for name, sql in TABLE_QUERIES.items()}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, seeds_dir) -> Path:
    """Five documents in four files (one of them unreadable), so that batches of one interleave."""
    folder = tmp_path_factory.mktemp("inbox")
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, folder)
    (folder / "feed.jsonl").write_text(
        '{"id": "a", "published": "2024-03-04", "text": "Am Montag kritisierte Polen die Regierung in Moskau."}\n'
        '{"id": "b", "published": "2024-03-05", "text": "Frankreich und Deutschland unterzeichneten gestern ein Abkommen."}\n',
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    # Files changed seconds ago may still be being written, which their error rows say: age them, so that
    # every run sees the same finished files.
    for path in folder.iterdir():
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    return folder


def run_with(runner, inbox: Path, db: Path):
    return extract_events.with_options(task_runner=runner)(input_dir=inbox, db_path=db, batch_size=1)


@pytest.fixture(scope="module")
def sequential(tmp_path_factory, inbox):
    db = tmp_path_factory.mktemp("sequential") / "eventline.duckdb"
    summary = run_with(parallel.task_runner(workers=1), inbox, db)
    return summary, tables(db)


def test_the_sequential_run_finds_events_in_every_readable_file(sequential):
    summary, written = sequential
    assert (summary.n_documents, summary.n_errors) == (5, 1)
    assert {row[0] for row in written["events"]} and len(written["documents"]) == 5


def test_two_worker_processes_write_the_same_tables_as_one_worker(tmp_path, inbox, sequential):
    runner = parallel.task_runner(workers=2)
    assert isinstance(runner, parallel.SharedServerProcessPool)
    run_with(runner, inbox, tmp_path / "eventline.duckdb")
    assert tables(tmp_path / "eventline.duckdb") == sequential[1]


def test_a_dask_cluster_writes_the_same_tables_as_one_worker(tmp_path, inbox, sequential):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        runner = parallel.task_runner(dask_address=cluster.scheduler_address)
        summary = run_with(runner, inbox, tmp_path / "eventline.duckdb")
    assert summary.n_documents == 5
    assert tables(tmp_path / "eventline.duckdb") == sequential[1]
