"""The timeline view shows what happened, readably; every column of the contract is documented in the database."""
from dataclasses import replace
from pathlib import Path

import pytest

from eventline import storage
from eventline.storage.database import connect
from eventline.storage.queries import CONTRACT_RELATIONS
from schemas import Context
from tests.storage.test_database import WHEN, document, event


def timeline(db: Path, sql: str = "SELECT event_id FROM timeline"):
    with connect(db, read_only=True) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "eventline.duckdb"
    storage.ensure_schema(path)
    return path


def test_negated_and_hypothetical_events_stay_in_events_but_not_in_the_timeline(db):
    events = [
        replace(event(), event_id="happened"),
        replace(event(), event_id="denied", context=(Context.NEGATED,)),
        replace(event(), event_id="maybe", context=(Context.HYPOTHETICAL, Context.REPORTED)),
        replace(event(), event_id="announced", context=(Context.FUTURE,)),
        replace(event(), event_id="undated", date_start=None, date_end=None),
    ]
    storage.replace_documents(db, [document()], [[]], [events], run_id="r1", processed_at=WHEN)
    assert sorted(row[0] for row in timeline(db)) == ["announced", "happened", "undated"]
    assert timeline(db, "SELECT count(*) FROM events") == [(5,)]


def test_the_timeline_shows_names_next_to_codes_a_one_line_sentence_and_the_document(db):
    readable = replace(event(), actor_text="Peking", recipient_text="der G20", recipient_code="G20",
                       sentence="Am Samstag blockierte\n  China ein Kommuniqué.\n")
    storage.replace_documents(db, [replace(document(), title="Gipfel")], [[]], [[readable]], run_id="r1", processed_at=WHEN)
    row = timeline(db, "SELECT actor_code, actor_text, recipient_code, recipient_text, sentence, title, published FROM timeline")
    assert row == [("CHN", "Peking", "G20", "der G20", "Am Samstag blockierte China ein Kommuniqué.", "Gipfel",
                    document().published)]


def test_every_table_view_and_column_of_the_contract_is_documented(db):
    docs = storage.column_docs(db)
    assert {doc.relation for doc in docs} == set(CONTRACT_RELATIONS)
    assert [f"{doc.relation}.{doc.column}" for doc in docs if not doc.comment] == []
    comments = storage.queries.relation_comments(db)
    assert all(comments[name] for name in CONTRACT_RELATIONS)


def test_the_comments_survive_running_the_schema_again(db):
    storage.ensure_schema(db)
    assert all(doc.comment for doc in storage.column_docs(db))
