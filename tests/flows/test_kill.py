"""A run killed at a random point, then run again, leaves exactly the tables of a clean run; SIGTERM ends
a run cleanly and stops its temporary Prefect server."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from prefect.settings import PREFECT_API_URL

from eventline.storage.database import connect
from flows.extract_events import extract_events

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[2]
N_DOCUMENTS = 300
ACTORS = ["Polen", "Ungarn", "Frankreich", "die Regierung in Moskau", "der Minister", "die Nato", "die EU"]
VERBS = ["kritisierte", "unterstützte", "verurteilte", "besuchte", "traf", "warnte"]
TIMES = ["Am Montag", "Gestern", "Im vergangenen Jahr", "Anfang April", "Am 3. Mai", "In der Nacht zum Freitag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]


def write_corpus(folder: Path, seed: int = 11) -> None:
    """Short articles of our own making, each with a dateline and a few event sentences."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for number in range(N_DOCUMENTS):
        sentences = [
            f"{rng.choice(TIMES)} {rng.choice(VERBS)} {rng.choice(ACTORS)} {rng.choice(ACTORS)}."
            for _ in range(rng.randint(2, 5))
        ]
        dateline = f"{rng.randint(1, 28)}. {rng.choice(MONTHS)} {rng.randint(2015, 2024)}"
        (folder / f"{number:03d}.txt").write_text(f"{dateline}\n\n" + " ".join(sentences) + "\n", encoding="utf-8")


TABLES = {
    "documents": "SELECT * EXCLUDE (run_id, processed_at) FROM documents ORDER BY ALL",
    "timexes": "SELECT * FROM timexes ORDER BY ALL",
    "events": "SELECT * EXCLUDE (run_id) FROM events ORDER BY ALL",
}


def tables(db: Path) -> dict[str, list[tuple]]:
    with connect(db, read_only=True) as connection:
        return {name: connection.execute(sql).fetchall() for name, sql in TABLES.items()}


def count_documents(db: Path) -> int:
    try:
        with duckdb.connect(str(db), read_only=True) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except duckdb.Error:
        return -1  # not created yet, or being written


def flow_process(folder: Path, db: Path) -> subprocess.Popen:
    script = (
        "from flows.extract_events import extract_events; "
        f"extract_events(input_dir={str(folder)!r}, db_path={str(db)!r}, batch_size=8)"
    )
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    return subprocess.Popen([sys.executable, "-c", script], cwd=PROJECT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_run_killed_at_a_random_point_and_run_again_gives_the_tables_of_a_clean_run(tmp_path):
    folder = tmp_path / "inbox"
    write_corpus(folder)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    extract_events(input_dir=folder, db_path=clean_db, batch_size=8)

    target = random.Random().randint(0, N_DOCUMENTS - 1)
    process = flow_process(folder, killed_db)
    deadline = time.monotonic() + 600
    while process.poll() is None and count_documents(killed_db) < target and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    print(f"killed after {max(count_documents(killed_db), 0)} of {N_DOCUMENTS} documents (target {target})")

    extract_events(input_dir=folder, db_path=killed_db, batch_size=8)
    assert tables(killed_db) == tables(clean_db)
    with connect(killed_db, read_only=True) as connection:
        statuses = [s for (s,) in connection.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
    assert statuses[-1] == "completed"
    assert all(status in ("interrupted", "completed") for status in statuses)
    assert len(statuses) in (1, 2)  # killed before it recorded its start, or marked interrupted


def children_of(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
    return children


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the server process")
def test_sigterm_ends_a_run_cleanly_marks_it_interrupted_and_stops_the_temporary_server(tmp_path):
    folder = tmp_path / "inbox"
    write_corpus(folder)
    db = tmp_path / "db.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # a temporary server of its own
    process = subprocess.Popen(
        [sys.executable, "-m", "eventline.cli", "run", str(folder), "--db", str(db), "--batch-size", "4"],
        cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    deadline = time.monotonic() + 300
    while process.poll() is None and count_documents(db) < 8 and time.monotonic() < deadline:
        time.sleep(0.3)
    servers = children_of(process.pid)
    assert servers, "the run started no temporary server"
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "interrupted" in output
    time.sleep(1)
    assert [pid for pid in servers if Path(f"/proc/{pid}").exists()] == [], "the temporary server was orphaned"
    with connect(db, read_only=True) as connection:
        assert connection.execute("SELECT status FROM runs").fetchall() == [("interrupted",)], output[-3000:]
