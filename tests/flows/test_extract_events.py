"""End-to-end: the flow on the seed articles, twice, into a temporary database."""
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventline.documents import discover_files, read_path
from eventline.storage.database import connect
from flows.extract_events import extract_events
from tests.storage.test_database import EXPECTED_COLUMNS

pytestmark = pytest.mark.slow


def rows(db: Path, sql: str, params=()):
    with connect(db, read_only=True) as connection:
        return connection.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    """The seeds processed twice: returns (db, first summary, second summary)."""
    db = tmp_path_factory.mktemp("db") / "eventline.duckdb"
    first = extract_events(input_dir=seeds_dir, db_path=db)
    second = extract_events(input_dir=seeds_dir, db_path=db)
    return db, first, second


def test_seed_000_is_published_on_its_dateline_date(seeded):
    db, _, _ = seeded
    assert rows(db, "SELECT published, dct_source FROM documents WHERE doc_id = ?", ["seeds/000_404d937e6a2d8139.txt"]) == [
        (date(2024, 11, 25), "dateline")
    ]


def test_the_first_run_finds_timexes_and_events(seeded):
    _, first, _ = seeded
    assert first.n_documents == 2 and first.n_errors == 0
    assert first.n_timexes > 5 and first.n_events > 5


def test_a_second_run_skips_unchanged_documents_and_duplicates_nothing(seeded):
    db, first, second = seeded
    assert (second.n_skipped, second.n_events) == (2, 0)
    assert rows(db, "SELECT count(*) FROM events")[0][0] == first.n_events
    assert rows(db, "SELECT count(*) - count(DISTINCT event_id) FROM events")[0][0] == 0
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 2
    assert rows(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL")[0][0] == 2


def test_every_event_sentence_is_a_substring_of_its_document_at_its_offsets(seeded, seeds_dir):
    db, _, _ = seeded
    texts = {d.doc_id: d.text for p in discover_files(seeds_dir) for d in read_path(p, seeds_dir, label="seeds")}
    for doc_id, sentence, start, end, trigger, t_start, t_end in rows(
        db, "SELECT doc_id, sentence, sentence_start, sentence_end, trigger, trigger_start, trigger_end FROM events"
    ):
        assert sentence in texts[doc_id]
        assert texts[doc_id][start:end] == sentence
        assert texts[doc_id][t_start:t_end] == trigger


def test_the_database_has_exactly_the_contract_columns(seeded):
    db, _, _ = seeded
    for table, columns in EXPECTED_COLUMNS.items():
        assert [r[0] for r in rows(db, f"DESCRIBE {table}")] == columns.split()
    assert rows(db, "SELECT count(*) FROM timeline")[0][0] > 0


def test_the_sample_articles_give_a_dated_timeline(seeded):
    db, _, _ = seeded
    assert rows(db, "SELECT published, dct_source FROM documents WHERE doc_id = ?", ["seeds/004_b62c4deb4e8c84ad.txt"]) == [
        (date(2023, 2, 27), "metadata")
    ]
    # Undated only where the article's own time words denote no day ("in den kommenden Tagen"), never for
    # want of a publication date.
    assert rows(db, "SELECT count(*) FROM timeline WHERE date_start IS NULL AND timex_value IS NULL")[0][0] == 0
    assert rows(db, "SELECT count(*) FROM timeline WHERE date_start IS NOT NULL")[0][0] > 20


def test_without_a_publication_date_relative_dates_stay_unresolved(tmp_path, seeds_dir):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(seeds_dir / "004_b62c4deb4e8c84ad.txt", inbox)  # the seed without its sidecar: never guessed
    db = tmp_path / "eventline.duckdb"
    extract_events(input_dir=inbox, db_path=db)
    assert rows(db, "SELECT value, date_start FROM timexes WHERE text = 'Anfang April'") == [("XXXX-04", None)]
    assert rows(db, "SELECT count(*) FROM events WHERE date_start IS NOT NULL") == [(0,)]
    assert rows(db, "SELECT dct_source FROM documents") == [("none",)]


def test_a_sidecar_publication_date_resolves_relative_dates(tmp_path, seeds_dir):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(seeds_dir / "004_b62c4deb4e8c84ad.txt", inbox)
    (inbox / "004_b62c4deb4e8c84ad.txt.meta.json").write_text(json.dumps({"published": "2023-02-27"}))
    db = tmp_path / "eventline.duckdb"
    extract_events(input_dir=inbox, db_path=db)
    assert rows(db, "SELECT value, date_start FROM timexes WHERE text = 'Samstag'") == [("2023-02-25", date(2023, 2, 25))]
    assert rows(db, "SELECT dct_source FROM documents") == [("metadata",)]


def test_bad_files_are_error_rows_and_good_files_are_still_processed(tmp_path, seeds_dir):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(seeds_dir / "000_404d937e6a2d8139.txt", inbox)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00IHDR")
    (inbox / "feed.jsonl").write_text('{"text": "Am Montag kritisierte Polen die Regierung in Moskau."}\n{broken\n')
    db = tmp_path / "eventline.duckdb"
    summary = extract_events(input_dir=inbox, db_path=db, batch_size=2)
    statuses = dict(rows(db, "SELECT doc_id, status FROM documents"))
    feed_id = next(doc_id for doc_id in statuses if doc_id.startswith("inbox/feed.jsonl#") and "line" not in doc_id)
    assert statuses == {
        "inbox/000_404d937e6a2d8139.txt": "ok", "inbox/empty.txt": "error", "inbox/image.md": "error",
        feed_id: "ok", "inbox/feed.jsonl#line2": "error",
    }
    assert summary.n_errors == 3
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id = 'inbox/000_404d937e6a2d8139.txt'")[0][0] > 0


def duckdb_shell() -> Path:
    """The `duckdb` command the README documents: installed into the project's virtual environment."""
    shell = Path(sys.executable).parent / "duckdb"
    if not shell.exists():
        pytest.skip("the duckdb shell (duckdb-cli) is not installed beside this Python")
    return shell


def test_the_documented_duckdb_shell_opens_the_database_the_pipeline_wrote(seeded):
    db, first, _ = seeded
    result = subprocess.run(
        [str(duckdb_shell()), "-readonly", str(db), "-csv", "-c", "SELECT count(*) FROM events"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["count_star()", str(first.n_events)]


def test_the_run_leaves_an_offline_timeline_page_beside_the_database(seeded):
    db, _, _ = seeded
    page = (db.parent / "timeline.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and "blockierte" in page
