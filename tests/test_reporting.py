from datetime import date

from eventline.reporting import BatchOutcome, summarize, to_markdown
from schemas import Event, EventType


def event(confidence: float) -> Event:
    return Event(
        event_id="e", doc_id="a.txt", sentence="Am Samstag blockierte China | ein Kommuniqué.", sentence_start=0,
        sentence_end=10, trigger="blockierte", trigger_start=0, trigger_end=1, event_type=EventType.REJECT,
        actor_code="CHN", date_start=date(2023, 2, 25), confidence=confidence,
    )


def test_batches_add_up_to_one_run_summary():
    summary = summarize("r1", "db", [
        BatchOutcome(3, 1, 5, 2, errors=(("x.txt", "empty file"),), sample_events=(event(0.4),)),
        BatchOutcome(2, 0, 1, 1, sample_events=(event(0.9),)),
    ])
    assert (summary.n_documents, summary.n_skipped, summary.n_processed) == (5, 1, 4)
    assert (summary.n_timexes, summary.n_events, summary.n_errors) == (6, 3, 1)
    assert [e.confidence for e in summary.sample_events] == [0.9, 0.4]


def test_the_markdown_report_lists_counts_errors_and_escaped_sample_events():
    summary = summarize("r1", "data/x.duckdb", [BatchOutcome(1, 0, 1, 1, (("x.txt", "empty file"),), (event(0.8),))])
    markdown = to_markdown(summary)
    assert "| 1 | 1 | 0 | 1 | 1 | 1 |" in markdown
    assert "| `x.txt` | empty file |" in markdown
    assert "blockierte China \\| ein" in markdown and "2023-02-25" in markdown
