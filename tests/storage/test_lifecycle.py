import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from eventline import runstate, storage
from eventline.storage.database import connect
from schemas import Document, DocumentStatus
from tests.storage.test_database import TEXT, WHEN, event, hold_lock, timex


def document(doc_id: str, text: str = TEXT, **kwargs) -> Document:
    return Document(doc_id=doc_id, path=doc_id.split("#")[0], text=text, sha256=f"hash-{text}",
                    published=date(2023, 2, 27), source="/data/inbox", **kwargs)


def rows(db: Path, sql: str, params=()):
    with connect(db, read_only=True) as connection:
        return connection.execute(sql, list(params)).fetchall()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "eventline.duckdb"
    storage.ensure_schema(path)
    return path


def write(db: Path, *documents: Document) -> None:
    storage.replace_documents(
        db, documents, [[timex()] for _ in documents], [[event(d.doc_id)] for d in documents],
        run_id="r1", processed_at=WHEN,
    )


def test_a_run_is_running_until_it_completes_and_then_says_whether_errors_happened(db):
    runstate.begin_run(db, "r1", None, {}, WHEN)
    assert rows(db, "SELECT status FROM runs") == [("running",)]
    runstate.close_run(db, "r1", WHEN, n_documents=2, n_skipped=0, n_events=1, n_errors=1)
    assert rows(db, "SELECT status FROM runs") == [("completed_with_errors",)]


@pytest.mark.parametrize(
    ("exc", "status"),
    [(KeyboardInterrupt(), "interrupted"), (SystemExit(143), "interrupted"), (RuntimeError("boom"), "failed")],
)
def test_a_run_ended_by_an_exception_is_marked_interrupted_or_failed(db, exc, status):
    runstate.begin_run(db, "r1", None, {}, WHEN)
    runstate.abandon_run(db, "r1", exc, WHEN)
    assert rows(db, "SELECT status, finished_at FROM runs") == [(status, WHEN)]


def test_a_prefect_termination_signal_or_crashed_task_counts_as_interrupted():
    from prefect.exceptions import CrashedRun, TerminationSignal

    assert runstate.status_after(TerminationSignal(15)) == storage.RunStatus.INTERRUPTED
    assert runstate.status_after(CrashedRun("Execution was aborted by a termination signal.")) == "interrupted"
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("while shutting down") from None
    except RuntimeError as exc:
        wrapped = exc
    assert runstate.status_after(wrapped) == storage.RunStatus.INTERRUPTED
    assert runstate.status_after(ValueError("bug")) == storage.RunStatus.FAILED


def test_a_running_row_of_a_killed_process_is_marked_interrupted_by_the_next_run(db, tmp_path):
    script = (
        "import sys, os; from datetime import datetime; from pathlib import Path; "
        "from eventline import runstate; "
        f"runstate.begin_run(Path({str(db)!r}), 'dead', None, {{}}, datetime(2024, 1, 1)); "
        "os.kill(os.getpid(), 9)"
    )
    subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2], check=False)
    assert rows(db, "SELECT status FROM runs WHERE run_id = 'dead'") == [("running",)]
    assert runstate.begin_run(db, "next", None, {}, WHEN) == 1
    assert rows(db, "SELECT run_id, status FROM runs ORDER BY run_id") == [("dead", "interrupted"), ("next", "running")]
    storage.release_run("next")


def test_a_run_that_is_still_alive_is_not_marked_interrupted(db):
    runstate.begin_run(db, "alive", None, {}, WHEN)
    try:
        assert runstate.begin_run(db, "second", None, {}, WHEN) == 0
        assert rows(db, "SELECT status FROM runs WHERE run_id = 'alive'") == [("running",)]
    finally:
        storage.release_run("alive")
        storage.release_run("second")


def test_the_lock_wait_is_one_budget_for_the_whole_run_not_one_per_connection(db):
    holder = hold_lock(db, 30.0)
    try:
        storage.configure_lock_wait(1.0)
        started = time.monotonic()
        for _ in range(3):
            with pytest.raises(storage.DatabaseLockedError, match=r"waited 1 s in all \(limit 1 s"):
                with connect(db):
                    pass
        assert time.monotonic() - started < 2.5
    finally:
        holder.kill()
        storage.configure_lock_wait(storage.DEFAULT_LOCK_WAIT_S)


def test_a_read_only_reader_never_blocks_the_pipelines_reads(db):
    script = f"import duckdb, time; c = duckdb.connect({str(db)!r}, read_only=True); print('open', flush=True); time.sleep(5)"
    reader = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "open"
        assert storage.stored_documents(db, ["x"]) == {}
    finally:
        reader.kill()


def test_documents_that_left_the_folder_are_marked_deleted_and_leave_the_timeline(db):
    write(db, document("inbox/a.txt"), document("inbox/b.txt"), document("archive/b.txt"))
    retired = storage.retire_missing_documents(db, "inbox", ["inbox/a.txt"], [], run_id="r2", when=WHEN)
    assert retired == ["inbox/b.txt"]
    assert rows(db, "SELECT doc_id, status FROM documents ORDER BY doc_id") == [
        ("archive/b.txt", "ok"), ("inbox/a.txt", "ok"), ("inbox/b.txt", "deleted"),
    ]
    assert rows(db, "SELECT doc_id FROM timeline ORDER BY doc_id") == [("archive/b.txt",), ("inbox/a.txt",)]
    assert rows(db, "SELECT count(*) FROM timexes WHERE doc_id = 'inbox/b.txt'") == [(0,)]


def test_prune_removes_the_rows_of_documents_that_left_the_folder(db):
    write(db, document("inbox/a.txt"), document("inbox/b.txt"))
    storage.retire_missing_documents(db, "inbox", ["inbox/a.txt"], [], run_id="r2", when=WHEN, prune=True)
    assert rows(db, "SELECT doc_id FROM documents") == [("inbox/a.txt",)]


def test_documents_under_an_unreadable_file_or_folder_are_not_retired(db):
    write(db, document("inbox/feed.jsonl#a"), document("inbox/sub/x.txt"), document("inbox/gone.txt"))
    retired = storage.retire_missing_documents(
        db, "inbox", [], ["inbox/feed.jsonl", "inbox/sub/"], run_id="r2", when=WHEN
    )
    assert retired == ["inbox/gone.txt"]


def test_a_temporary_read_failure_keeps_the_rows_of_the_last_good_read(db):
    write(db, document("inbox/a.txt"))
    failed = Document(doc_id="inbox/a.txt", path="inbox/a.txt", text="", sha256="", status=DocumentStatus.ERROR,
                      error="cannot read file: Permission denied", transient=True)
    storage.replace_documents(db, [failed], [[]], [[]], run_id="r2", processed_at=WHEN)
    ((status, error, sha),) = rows(db, "SELECT status, error, sha256 FROM documents")
    assert status == "ok" and "Permission denied" in error and sha is None
    assert rows(db, "SELECT count(*) FROM events") == [(1,)]


def test_a_read_failure_of_a_new_document_is_an_error_row(db):
    failed = Document(doc_id="inbox/a.txt", path="inbox/a.txt", text="", sha256="", status=DocumentStatus.ERROR,
                      error="cannot read file: Permission denied", transient=True)
    storage.replace_documents(db, [failed], [[]], [[]], run_id="r2", processed_at=WHEN)
    assert rows(db, "SELECT status FROM documents") == [("error",)]


def test_another_existing_folder_with_the_same_label_is_refused(db, tmp_path):
    other = tmp_path / "elsewhere" / "inbox"
    other.mkdir(parents=True)
    storage.replace_documents(db, [Document(doc_id="inbox/a.txt", path="a.txt", text=TEXT, sha256="h", source=str(other))],
                              [[]], [[]], run_id="r1", processed_at=WHEN)
    with pytest.raises(storage.SourceConflictError, match="--source"):
        storage.check_source(db, "inbox", tmp_path / "inbox")
    storage.check_source(db, "inbox", other)  # the same folder again is fine


def test_a_moved_folder_takes_its_label_over(db, tmp_path):
    storage.replace_documents(db, [Document(doc_id="inbox/a.txt", path="a.txt", text=TEXT, sha256="h",
                                            source=str(tmp_path / "was-here"))], [[]], [[]], run_id="r1", processed_at=WHEN)
    storage.check_source(db, "inbox", tmp_path / "inbox")


def test_a_database_from_before_the_new_columns_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE runs (run_id VARCHAR NOT NULL, flow_run_id VARCHAR, started_at TIMESTAMP, "
                           "finished_at TIMESTAMP, params JSON, n_documents INTEGER, n_skipped INTEGER, "
                           "n_events INTEGER, n_errors INTEGER)")
        connection.execute("INSERT INTO runs (run_id) VALUES ('old')")
    storage.ensure_schema(path)
    assert storage.table_columns(path, "runs")[-1] == "status"
    assert rows(path, "SELECT run_id, status FROM runs") == [("old", None)]


def test_rows_from_before_doc_ids_had_a_label_give_way_to_the_labelled_document(db):
    legacy = Document(doc_id="a.txt", path="a.txt", text=TEXT, sha256="h")  # no source: an old row
    storage.replace_documents(db, [legacy], [[timex()]], [[event("a.txt")]], run_id="r0", processed_at=WHEN)
    write(db, document("inbox/a.txt"))
    storage.retire_missing_documents(db, "inbox", ["inbox/a.txt"], [], run_id="r2", when=WHEN)
    assert rows(db, "SELECT doc_id FROM documents") == [("inbox/a.txt",)]
    assert rows(db, "SELECT DISTINCT doc_id FROM events") == [("inbox/a.txt",)]
