from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eventline import storage
from tests.storage.test_database import WHEN, document, event, timex


@pytest.fixture()
def analyst_db(tmp_path: Path) -> Path:
    """A small database as the pipeline writes it: two documents, three events (one undated)."""
    path = tmp_path / "data" / "eventline.duckdb"
    storage.ensure_schema(path)
    storage.replace_documents(
        path,
        [replace(document("a.txt"), title="Gipfel in Indien"), document("b.txt")],
        [[timex("a.txt")], []],
        [
            [replace(event("a.txt"), actor_text="China", recipient_code="G20", recipient_text="G20")],
            [
                replace(event("b.txt"), event_id="b-e1", actor_code="RUS", event_type="ASSAULT",
                        trigger="beschoss", date_start=date(2022, 6, 1), date_end=date(2022, 8, 31)),
                replace(event("b.txt"), event_id="b-e2", date_start=None, date_end=None, trigger="undatiert"),
            ],
        ],
        run_id="r1",
        processed_at=WHEN,
    )
    return path
