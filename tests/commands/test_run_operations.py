import subprocess
import sys
import time
from pathlib import Path

from eventline import storage
from eventline.cli import build_parser, main


def test_run_parses_the_identity_and_operations_options():
    args = build_parser().parse_args(
        ["run", "inbox", "--source", "archiv", "--prune", "--follow-links", "--lock-timeout", "5"]
    )
    assert (args.source, args.prune, args.follow_links, args.lock_timeout) == ("archiv", True, True, 5.0)


def test_a_database_locked_for_good_ends_the_run_with_one_message_before_prefect_starts(tmp_path, capsys):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Am Montag kritisierte Polen die Regierung.\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    storage.ensure_schema(db)
    script = f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('locked', flush=True); time.sleep(30)"
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert main(["run", str(folder), "--db", str(db), "--lock-timeout", "1"]) == 1
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
    err = capsys.readouterr().err
    assert err.count("locked by another process") == 1 and "waited 1 s in all" in err
    assert "Traceback" not in err
    assert Path(db).exists()
