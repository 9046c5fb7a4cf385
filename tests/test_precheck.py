import os
from datetime import datetime
from pathlib import Path

import pytest

from eventline import storage
from eventline.documents import DEFAULT_PATTERNS, discover_files, read_path
from eventline.precheck import unchanged_run
from eventline.storage.database import connect

BODY = "3. März 2024\n\nAm Montag kritisierte Polen die Regierung.\n"


@pytest.fixture()
def stored(tmp_path: Path) -> tuple[Path, Path]:
    """A folder whose documents are all stored (as a run would have left them)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    for path in folder.iterdir():  # settled files, not ones being written
        os.utime(path, (1_700_000_000, 1_700_000_000))
    db = tmp_path / "db.duckdb"
    storage.ensure_schema(db)
    documents = [d for p in discover_files(folder) for d in read_path(p, folder, label="inbox")]
    storage.replace_documents(db, documents, [[] for _ in documents], [[] for _ in documents],
                              run_id="r0", processed_at=datetime(2024, 1, 1))
    return folder, db


def check(folder: Path, db: Path):
    return unchanged_run(folder, db, label="inbox", patterns=DEFAULT_PATTERNS, default_published=None)


def test_a_folder_with_nothing_new_is_a_completed_run_without_the_flow(stored):
    folder, db = stored
    summary = check(folder, db)
    assert summary is not None and (summary.n_documents, summary.n_skipped) == (2, 2)
    assert summary.errors and summary.errors[0][0] == "inbox/empty.txt"
    with connect(db, read_only=True) as connection:
        assert connection.execute("SELECT status, n_skipped FROM runs").fetchall() == [("completed_with_errors", 2)]


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_any_change_in_the_folder_needs_the_flow(stored, change):
    folder, db = stored
    if change == "edit":
        (folder / "a.txt").write_text(BODY + "Neu.\n", encoding="utf-8")
    elif change == "add":
        (folder / "b.txt").write_text(BODY, encoding="utf-8")
    else:
        (folder / "a.txt").unlink()
    assert check(folder, db) is None


def test_without_a_database_the_flow_runs(tmp_path):
    assert check(tmp_path, tmp_path / "none.duckdb") is None


def test_spacy_is_not_imported_to_find_nothing_to_do(stored):
    import subprocess
    import sys

    folder, db = stored
    script = (
        "import sys; from pathlib import Path; from eventline.precheck import unchanged_run; "
        f"s = unchanged_run(Path({str(folder)!r}), Path({str(db)!r}), label='inbox', patterns=['**/*.txt'], "
        "default_published=None); "
        "print(s is not None, any(m.split('.')[0] in ('spacy', 'HanTa', 'prefect') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[1], check=True)
    assert result.stdout.split() == ["True", "False"]
