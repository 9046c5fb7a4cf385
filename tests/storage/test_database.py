import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from eventline import storage
from eventline.storage.database import connect
from schemas import DateSource, Document, DocumentStatus, Event, EventType, Timex, TimexType

EXPECTED_COLUMNS = {
    "documents": (
        "doc_id path sha256 title language published dct_source n_chars status error run_id processed_at "
        "encoding source"
    ),
    "timexes": "doc_id timex_id start end text type value mod date_start date_end granularity",
    "events": (
        "event_id doc_id sentence sentence_start sentence_end trigger trigger_start trigger_end event_type mode "
        "actor_text actor_code recipient_text recipient_code location_text location_code time_text timex_value "
        "date_start date_end date_source context confidence run_id"
    ),
    "runs": "run_id flow_run_id started_at finished_at params n_documents n_skipped n_events n_errors status",
}
TEXT = "Am Samstag blockierte China ein Kommuniqué."
WHEN = datetime(2024, 1, 1, 12, 0)


def document(doc_id: str = "a.txt", text: str = TEXT) -> Document:
    return Document(doc_id=doc_id, path=doc_id, text=text, sha256=f"hash-{text}", published=date(2023, 2, 27))


def timex(doc_id: str = "a.txt") -> Timex:
    return Timex(0, 10, "Am Samstag", TimexType.DATE, "2023-02-25", None, date(2023, 2, 25), date(2023, 2, 25), "day", "r", "t1")


def event(doc_id: str = "a.txt") -> Event:
    return Event(
        event_id=f"{doc_id}-e1", doc_id=doc_id, sentence=TEXT, sentence_start=0, sentence_end=len(TEXT),
        trigger="blockierte", trigger_start=11, trigger_end=21, event_type=EventType.REJECT, actor_code="CHN",
        date_start=date(2023, 2, 25), date_end=date(2023, 2, 25), date_source=DateSource.RELATIVE,
        context=(), confidence=0.8,
    )


def count(db: Path, table: str) -> int:
    with connect(db, read_only=True) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "eventline.duckdb"
    storage.ensure_schema(path)
    return path


def test_the_schema_has_exactly_the_contract_columns(db):
    for table, columns in EXPECTED_COLUMNS.items():
        assert storage.table_columns(db, table) == columns.split()


def test_the_schema_can_be_created_again_without_changes(db):
    storage.replace_documents(db, [document()], [[timex()]], [[event()]], run_id="r1", processed_at=WHEN)
    storage.ensure_schema(db)
    assert count(db, "events") == 1


def test_replacing_a_document_twice_never_duplicates_rows(db):
    for run_id in ("r1", "r2"):
        storage.replace_documents(db, [document()], [[timex()]], [[event()]], run_id=run_id, processed_at=WHEN)
    assert (count(db, "documents"), count(db, "timexes"), count(db, "events")) == (1, 1, 1)


def test_a_changed_document_replaces_all_its_old_rows(db):
    storage.replace_documents(db, [document()], [[timex()]], [[event()]], run_id="r1", processed_at=WHEN)
    storage.replace_documents(db, [document(text="Neu.")], [[]], [[]], run_id="r2", processed_at=WHEN)
    assert (count(db, "timexes"), count(db, "events")) == (0, 0)
    assert storage.stored_documents(db, ["a.txt"])["a.txt"].sha256 == "hash-Neu."


def test_other_documents_are_left_as_they_are(db):
    storage.replace_documents(db, [document("a.txt"), document("b.txt")], [[], []], [[event("a.txt")], [event("b.txt")]], run_id="r1", processed_at=WHEN)
    storage.replace_documents(db, [document("a.txt")], [[]], [[]], run_id="r2", processed_at=WHEN)
    assert count(db, "events") == 1


def test_a_failed_write_rolls_back_completely(db, monkeypatch):
    storage.replace_documents(db, [document()], [[timex()]], [[event()]], run_id="r1", processed_at=WHEN)
    bad_timex = Timex(0, 10, "x", TimexType.DATE, "2023", timex_id=None)  # NOT NULL timex_id violated
    with pytest.raises(duckdb.Error):
        storage.replace_documents(db, [document()], [[bad_timex]], [[]], run_id="r2", processed_at=WHEN)
    assert (count(db, "documents"), count(db, "timexes"), count(db, "events")) == (1, 1, 1)


def test_events_keep_their_context_flags_as_a_list_and_show_in_the_timeline(db):
    flagged = Event(**{**{f: getattr(event(), f) for f in event().__slots__}, "context": ("future", "reported")})
    storage.replace_documents(db, [document()], [[]], [[flagged]], run_id="r1", processed_at=WHEN)
    with connect(db, read_only=True) as connection:
        context, title = connection.execute("SELECT context, title FROM timeline").fetchone()
    assert context == ["future", "reported"]


def test_error_documents_are_stored_with_their_reason(db):
    bad = Document(doc_id="x.txt", path="x.txt", text="", sha256="", status=DocumentStatus.ERROR, error="empty file")
    storage.replace_documents(db, [bad], [[]], [[]], run_id="r1", processed_at=WHEN)
    with connect(db, read_only=True) as connection:
        assert connection.execute("SELECT status, error FROM documents").fetchone() == ("error", "empty file")


def test_runs_are_recorded_with_parameters_and_counts(db):
    storage.record_run_start(db, "r1", "flow-1", WHEN, {"input_dir": Path("seeds"), "published": date(2023, 1, 1)})
    storage.record_run_end(db, "r1", WHEN, n_documents=2, n_skipped=1, n_events=5, n_errors=0)
    with connect(db, read_only=True) as connection:
        row = connection.execute("SELECT params->>'input_dir', n_documents, n_skipped, n_events FROM runs").fetchone()
    assert row == ("seeds", 2, 1, 5)


def hold_lock(db: Path, seconds: float) -> subprocess.Popen:
    script = f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('locked', flush=True); time.sleep({seconds})"
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_lock_held_by_another_process_is_waited_for(db):
    holder = hold_lock(db, 1.0)
    storage.ensure_schema(db)  # retries until the other process lets go
    assert holder.wait(timeout=10) == 0


def test_a_lock_that_is_not_released_gives_a_clear_error(db):
    holder = hold_lock(db, 5.0)
    try:
        with pytest.raises(storage.DatabaseLockedError, match="locked by another process"):
            with connect(db, lock_timeout_s=0.5):
                pass
    finally:
        holder.kill()
