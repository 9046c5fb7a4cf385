import duckdb
import pytest

from eventline.storage.compatibility import IncompatibleDatabaseError
from eventline.storage.database import connect

NEWER_FILE = (
    "IO Error: Trying to read a database file with version number 69, but we can only read versions between "
    "64 and 68.\nThe database file was created with a newer version of DuckDB.\n"
)


def test_a_file_from_a_newer_duckdb_is_explained_with_what_to_do(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise duckdb.IOException(NEWER_FILE)

    monkeypatch.setattr(duckdb, "connect", refuse)
    with pytest.raises(IncompatibleDatabaseError, match="newer DuckDB release .* run again to rebuild"):
        with connect(tmp_path / "old.duckdb"):
            pass


def test_other_open_errors_pass_through_unchanged(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise duckdb.IOException("IO Error: Cannot open file: permission denied")

    monkeypatch.setattr(duckdb, "connect", refuse)
    with pytest.raises(duckdb.IOException, match="permission denied"):
        with connect(tmp_path / "x.duckdb"):
            pass
