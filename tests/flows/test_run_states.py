"""A run says how it went: in its Prefect state, in its summary and in the command's exit code."""
import shutil
from pathlib import Path

import pytest

from eventline.cli import main
from eventline.reporting import RunFailedError
from eventline.storage.database import connect
from flows.extract_events import extract_events

pytestmark = pytest.mark.slow

GERMAN = "Am Montag kritisierte Polen die Regierung in Moskau scharf für den Angriff auf die Stadt.\n"
ENGLISH = (
    "On Monday, Poland sharply criticised the government in Moscow for the attack on the city, "
    "and the foreign minister said that new sanctions would follow within the next weeks.\n"
)


def inbox_with(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, content in files.items():
        (inbox / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return inbox


def rows(db: Path, sql: str):
    with connect(db, read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_a_run_with_some_failed_documents_is_completed_with_errors_and_says_how_many(tmp_path):
    inbox = inbox_with(tmp_path, {"a.txt": GERMAN, "empty.txt": b""})
    state = extract_events(input_dir=inbox, db_path=tmp_path / "e.duckdb", return_state=True)
    assert state.is_completed() and state.name == "Completed with errors"
    assert state.message == "1 of 2 documents failed"
    assert state.result().n_errors == 1


def test_a_run_in_which_every_document_failed_is_failed_and_still_carries_its_summary(tmp_path):
    inbox = inbox_with(tmp_path, {"empty.txt": b"", "image.md": b"\x89PNG\r\n\x1a\n\x00\x00IHDR"})
    state = extract_events(input_dir=inbox, db_path=tmp_path / "e.duckdb", return_state=True)
    assert state.is_failed() and state.message == "2 of 2 documents failed"
    failure = state.result(raise_on_failure=False)
    assert isinstance(failure, RunFailedError) and failure.summary.n_errors == 2


def test_a_clean_run_is_plainly_completed(tmp_path):
    state = extract_events(input_dir=inbox_with(tmp_path, {"a.txt": GERMAN}), db_path=tmp_path / "e.duckdb", return_state=True)
    assert (state.name, state.message) == ("Completed", "1 documents processed")


def test_an_english_article_is_skipped_with_a_reason_and_counted(tmp_path):
    db = tmp_path / "e.duckdb"
    summary = extract_events(input_dir=inbox_with(tmp_path, {"de.txt": GERMAN, "en.txt": ENGLISH}), db_path=db)
    assert [Path(doc_id).name for doc_id, _ in summary.set_aside] == ["en.txt"] and summary.n_errors == 0
    found = rows(db, "SELECT doc_id, language, status, error FROM documents")
    status = {Path(doc_id).name: (language, status) for doc_id, language, status, _ in found}
    assert status == {"de.txt": ("de", "ok"), "en.txt": ("en", "skipped")}
    assert [error for doc_id, *_, error in found if doc_id.endswith("en.txt")][0].startswith("not German")
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id LIKE '%en.txt'") == [(0,)]


def test_the_run_command_exits_0_when_all_is_well_and_1_when_documents_failed(tmp_path, seeds_dir, capsys):
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(seeds_dir / "000_404d937e6a2d8139.txt", good)
    assert main(["run", str(good), "--db", str(tmp_path / "good.duckdb")]) == 0
    bad = inbox_with(tmp_path, {"a.txt": GERMAN, "empty.txt": b""})
    assert main(["run", str(bad), "--db", str(tmp_path / "bad.duckdb")]) == 1
    assert "1 of 2 documents failed" in capsys.readouterr().out
