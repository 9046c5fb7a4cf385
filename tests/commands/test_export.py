import duckdb

from eventline.cli import main


def test_export_writes_every_table_and_its_schema(analyst_db, tmp_path, capsys):
    out = tmp_path / "exports"
    assert main(["export", "--format", "parquet", "--out", str(out), "--db", str(analyst_db)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["documents.parquet", "events.parquet", "schema.md", "timexes.parquet"]
    assert duckdb.sql(f"SELECT count(*) FROM '{out / 'events.parquet'}'").fetchone() == (3,)
    assert "3 rows" in capsys.readouterr().out


def test_export_into_a_file_is_a_usage_error(analyst_db, tmp_path, capsys):
    in_the_way = tmp_path / "exports"
    in_the_way.write_text("")
    assert main(["export", "--format", "csv", "--out", str(in_the_way), "--db", str(analyst_db)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
