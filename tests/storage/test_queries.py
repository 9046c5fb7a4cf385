from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from eventline import storage
from eventline.storage import MissingDatabaseError, TimelineFilter
from tests.storage.test_database import WHEN, document, event


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "eventline.duckdb"
    storage.ensure_schema(path)
    events = [
        replace(event(), event_id="e1"),
        replace(event(), event_id="e2", actor_code="RUS", recipient_code="UKR", event_type="ASSAULT",
                date_start=date(2023, 3, 1), date_end=date(2023, 3, 31)),
        replace(event(), event_id="e3", date_start=None, date_end=None),
    ]
    storage.replace_documents(path, [document()], [[]], [events], run_id="r1", processed_at=WHEN)
    return path


def ids(rows):
    return [row["event_id"] for row in rows]


def test_any_sql_returns_its_columns_and_rows(db):
    result = storage.run_query(db, "SELECT event_id, actor_code FROM events ORDER BY event_id")
    assert result.columns == ("event_id", "actor_code")
    assert result.rows == [("e1", "CHN"), ("e2", "RUS"), ("e3", "CHN")]


def test_queries_are_read_only(db):
    with pytest.raises(duckdb.Error, match="read-only"):
        storage.run_query(db, "DELETE FROM events")


def test_the_timeline_is_in_date_order_with_undated_events_last(db):
    assert ids(storage.timeline_rows(db)) == ["e1", "e2", "e3"]


def test_a_date_window_keeps_dated_events_whose_range_overlaps_it(db):
    assert ids(storage.timeline_rows(db, TimelineFilter(date_from=date(2023, 3, 15)))) == ["e2"]
    assert ids(storage.timeline_rows(db, TimelineFilter(date_to=date(2023, 2, 28)))) == ["e1"]


def test_an_actor_matches_either_side_and_a_type_matches_in_any_case(db):
    assert ids(storage.timeline_rows(db, TimelineFilter(actor="ukr"))) == ["e2"]
    assert ids(storage.timeline_rows(db, TimelineFilter(event_type="reject"))) == ["e1", "e3"]


def test_a_missing_database_is_said_plainly(tmp_path):
    with pytest.raises(MissingDatabaseError, match="no database at"):
        storage.run_query(tmp_path / "none.duckdb", "SELECT 1")
    with pytest.raises(MissingDatabaseError, match="is a folder"):
        storage.timeline_rows(tmp_path)
    assert not (tmp_path / "none.duckdb").exists()
