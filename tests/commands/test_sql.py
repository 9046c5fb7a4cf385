import io
import json

from eventline.cli import main
from eventline.commands.sql import write_result


def test_sql_prints_the_rows_of_a_query(analyst_db, capsys):
    assert main(["sql", "SELECT actor_code, actor_text FROM timeline ORDER BY 1 LIMIT 1", "--db", str(analyst_db)]) == 0
    out = capsys.readouterr().out
    assert "actor_code" in out and "CHN" in out and "China" in out and "1 row" in out


def test_sql_writes_csv_and_json_lines_for_other_tools(analyst_db, capsys):
    main(["sql", "SELECT event_id, context FROM events ORDER BY 1", "--db", str(analyst_db), "--format", "csv"])
    assert capsys.readouterr().out.splitlines()[:2] == ["event_id,context", "a.txt-e1,[]"]
    main(["sql", "SELECT event_id FROM events ORDER BY 1", "--db", str(analyst_db), "--format", "jsonl"])
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()][0] == {"event_id": "a.txt-e1"}


def test_an_sql_error_is_one_message_and_exit_code_1(analyst_db, capsys):
    assert main(["sql", "SELECT * FROM nowhere", "--db", str(analyst_db)]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_the_database_is_opened_read_only(analyst_db, capsys):
    assert main(["sql", "DROP TABLE events", "--db", str(analyst_db)]) == 1
    assert "read-only" in capsys.readouterr().err


def test_a_missing_database_is_a_usage_error(tmp_path, capsys):
    assert main(["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no database at" in capsys.readouterr().err


def test_sql_reads_standard_input_when_no_statement_is_given(analyst_db, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("SELECT count(*) AS n FROM events;"))
    assert main(["sql", "--db", str(analyst_db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "3"]


def test_long_results_say_how_many_rows_were_left_out():
    out = io.StringIO()
    write_result(("n",), [(i,) for i in range(5)], "table", 2, out)
    assert "5 rows (showing 2; --max-rows shows more)" in out.getvalue()
