from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from eventline import storage
from eventline.storage import ExportFormat
from tests.storage.test_database import document, event, timex

READERS = {
    ExportFormat.PARQUET: "read_parquet",
    ExportFormat.CSV: "read_csv",
    ExportFormat.JSONL: "read_json",
}


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "eventline.duckdb"
    storage.ensure_schema(path)
    storage.replace_documents(path, [document("old.txt")], [[timex()]], [[event("old.txt")]], run_id="r1",
                              processed_at=datetime(2024, 1, 1, 9))
    storage.replace_documents(path, [document("new.txt")], [[timex(), timex()]], [[event("new.txt")]], run_id="r2",
                              processed_at=datetime(2024, 2, 1, 9))
    return path


def read(path: Path, export_format: ExportFormat) -> list[tuple]:
    return duckdb.sql(f"SELECT * FROM {READERS[export_format]}('{path}')").fetchall()


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_each_format_writes_the_three_tables_that_read_back(db, tmp_path, export_format):
    exported = storage.export_tables(db, tmp_path / "out", export_format)
    assert [(item.table, item.path.name, item.n_rows) for item in exported] == [
        ("documents", f"documents.{export_format}", 2),
        ("timexes", f"timexes.{export_format}", 3),
        ("events", f"events.{export_format}", 2),
    ]
    assert len(read(tmp_path / "out" / f"events.{export_format}", export_format)) == 2


def test_since_exports_only_documents_processed_from_that_day_with_their_rows(db, tmp_path):
    exported = storage.export_tables(db, tmp_path / "out", ExportFormat.PARQUET, since=date(2024, 1, 15))
    assert [item.n_rows for item in exported] == [1, 2, 1]
    assert duckdb.sql(f"SELECT doc_id FROM '{tmp_path / 'out' / 'events.parquet'}'").fetchall() == [("new.txt",)]


def test_the_export_documents_every_column_it_writes(db, tmp_path):
    storage.export_tables(db, tmp_path / "out", ExportFormat.CSV)
    schema = (tmp_path / "out" / "schema.md").read_text(encoding="utf-8")
    for table in ("documents", "timexes", "events"):
        for column in storage.table_columns(db, table):
            assert f"| `{column}` |" in schema
    assert "| `context` | VARCHAR[] | PLOVER context flags" in schema


def test_a_file_where_the_folder_should_be_is_said_plainly(db, tmp_path):
    in_the_way = tmp_path / "out"
    in_the_way.write_text("")
    with pytest.raises(NotADirectoryError, match="is a file, not a folder"):
        storage.export_tables(db, in_the_way, ExportFormat.JSONL)


def test_a_path_with_a_quote_is_exported_safely(db, tmp_path):
    exported = storage.export_tables(db, tmp_path / "it's here", ExportFormat.PARQUET)
    assert all(item.path.is_file() for item in exported)
