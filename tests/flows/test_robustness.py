"""The flow with bad documents, vanished files, unreachable files and two input folders."""
import shutil
from pathlib import Path

import pytest

from eventline.storage.database import connect
from flows.extract_events import extract_events

pytestmark = pytest.mark.slow

ARTICLE = "3. März 2024\n\nAm Montag kritisierte Polen die Regierung in Moskau scharf.\n"


def rows(db: Path, sql: str, params=()):
    with connect(db, read_only=True) as connection:
        return connection.execute(sql, list(params)).fetchall()


def inbox(tmp_path: Path, name: str = "inbox", **files: str) -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, text in files.items():
        (folder / file_name.replace("__", ".")).write_text(text, encoding="utf-8")
    return folder


def test_a_document_that_crashes_a_stage_is_an_error_row_and_the_batch_goes_on(tmp_path, monkeypatch):
    import eventline.temporal

    real_tag_text = eventline.temporal.tag_text

    def tag_text(text, dct, *args, **kwargs):
        if "KAPUTT" in text:
            raise OverflowError("date value out of range")
        return real_tag_text(text, dct, *args, **kwargs)

    monkeypatch.setattr(eventline.temporal, "tag_text", tag_text)
    folder = inbox(tmp_path, a__txt=ARTICLE, b__txt=ARTICLE + "KAPUTT\n", c__txt=ARTICLE + "Noch ein Satz.\n")
    db = tmp_path / "db.duckdb"
    summary = extract_events(input_dir=folder, db_path=db, batch_size=8)
    assert dict(rows(db, "SELECT doc_id, status FROM documents")) == {
        "inbox/a.txt": "ok", "inbox/b.txt": "error", "inbox/c.txt": "ok"
    }
    assert rows(db, "SELECT error FROM documents WHERE doc_id = 'inbox/b.txt'") == [
        ("tagging failed: OverflowError: date value out of range",)
    ]
    assert summary.n_errors == 1
    assert rows(db, "SELECT status FROM runs") == [("completed_with_errors",)]
    assert rows(db, "SELECT count(DISTINCT doc_id) FROM events") == [(2,)]


def test_a_vanished_file_leaves_the_timeline_and_comes_back_when_restored(tmp_path):
    folder = inbox(tmp_path, a__txt=ARTICLE, b__txt=ARTICLE.replace("Polen", "Ungarn"))
    db = tmp_path / "db.duckdb"
    extract_events(input_dir=folder, db_path=db)
    moved = shutil.move(folder / "b.txt", tmp_path / "b.txt")
    second = extract_events(input_dir=folder, db_path=db)
    assert second.n_deleted == 1
    assert dict(rows(db, "SELECT doc_id, status FROM documents")) == {"inbox/a.txt": "ok", "inbox/b.txt": "deleted"}
    assert rows(db, "SELECT DISTINCT doc_id FROM timeline") == [("inbox/a.txt",)]
    shutil.move(moved, folder / "b.txt")
    extract_events(input_dir=folder, db_path=db)
    assert dict(rows(db, "SELECT doc_id, status FROM documents")) == {"inbox/a.txt": "ok", "inbox/b.txt": "ok"}
    assert rows(db, "SELECT count(DISTINCT doc_id) FROM timeline") == [(2,)]
    assert rows(db, "SELECT status FROM runs ORDER BY started_at") == [("completed",)] * 3


def test_prune_deletes_the_rows_of_a_vanished_file(tmp_path):
    folder = inbox(tmp_path, a__txt=ARTICLE, b__txt=ARTICLE.replace("Polen", "Ungarn"))
    db = tmp_path / "db.duckdb"
    extract_events(input_dir=folder, db_path=db)
    (folder / "b.txt").unlink()
    extract_events(input_dir=folder, db_path=db, prune=True)
    assert rows(db, "SELECT doc_id FROM documents") == [("inbox/a.txt",)]


def test_a_file_that_cannot_be_read_this_time_keeps_its_rows(tmp_path, monkeypatch):
    from eventline.documents import reader

    folder = inbox(tmp_path, a__txt=ARTICLE)
    db = tmp_path / "db.duckdb"
    extract_events(input_dir=folder, db_path=db)
    n_events = rows(db, "SELECT count(*) FROM events")[0][0]

    def locked(path, max_bytes):
        raise reader.TransientReadError(13, "Permission denied")

    monkeypatch.setattr(reader, "_read_regular_file", locked)
    state = extract_events(input_dir=folder, db_path=db, return_state=True)
    assert state.is_failed()  # the only document could not be read: the run says so
    summary = state.result(raise_on_failure=False).summary
    assert summary.n_errors == 1
    ((status, error),) = rows(db, "SELECT status, error FROM documents")
    assert status == "ok" and "Permission denied" in error
    assert rows(db, "SELECT count(*) FROM events")[0][0] == n_events > 0
    monkeypatch.undo()
    extract_events(input_dir=folder, db_path=db)
    assert rows(db, "SELECT status, error FROM documents") == [("ok", None)]


def test_two_input_folders_never_collide_in_one_database(tmp_path):
    first = inbox(tmp_path, "inbox", a__txt=ARTICLE)
    second = inbox(tmp_path, "archive", a__txt=ARTICLE.replace("Polen", "Ungarn"))
    db = tmp_path / "db.duckdb"
    extract_events(input_dir=first, db_path=db)
    extract_events(input_dir=second, db_path=db)
    extract_events(input_dir=first, db_path=db)
    assert sorted(rows(db, "SELECT doc_id, status FROM documents")) == [("archive/a.txt", "ok"), ("inbox/a.txt", "ok")]
    assert sorted(rows(db, "SELECT DISTINCT doc_id, actor_code FROM events WHERE actor_code IN ('POL', 'HUN')")) == [
        ("archive/a.txt", "HUN"), ("inbox/a.txt", "POL")
    ]
