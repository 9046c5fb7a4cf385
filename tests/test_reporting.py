from datetime import date

import pickle

from eventline.reporting import (
    BatchOutcome,
    RunFailedError,
    RunVerdict,
    run_verdict,
    summarize,
    to_markdown,
    verdict_message,
)
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
    assert "| 1 | 1 | 0 | 0 | 1 | 1 | 1 |" in markdown
    assert "| `x.txt` | empty file |" in markdown
    assert "blockierte China \\| ein" in markdown and "2023-02-25" in markdown


def outcome(n_documents: int, n_unchanged: int = 0, n_errors: int = 0, n_not_german: int = 0) -> BatchOutcome:
    return BatchOutcome(
        n_documents, n_unchanged, 0, 0,
        errors=tuple((f"bad{i}.txt", "empty file") for i in range(n_errors)),
        set_aside=tuple((f"en{i}.txt", "not German: detected language en") for i in range(n_not_german)),
    )


def test_a_run_without_errors_is_ok_even_with_unchanged_and_non_german_documents():
    summary = summarize("r1", "db", [outcome(10, n_unchanged=4, n_not_german=2)])
    assert run_verdict(summary) is RunVerdict.OK
    assert verdict_message(summary) == "6 documents processed, 2 skipped as not German, 4 unchanged"


def test_some_failed_documents_make_a_partial_run_that_says_how_many():
    summary = summarize("r1", "db", [outcome(100), outcome(20, n_errors=3)])
    assert run_verdict(summary) is RunVerdict.PARTIAL
    assert verdict_message(summary) == "3 of 120 documents failed"


def test_a_run_in_which_every_processed_document_failed_has_failed():
    assert run_verdict(summarize("r1", "db", [outcome(5, n_unchanged=2, n_errors=3)])) is RunVerdict.FAILED
    assert run_verdict(summarize("r1", "db", [outcome(3, n_errors=2, n_not_german=1)])) is RunVerdict.FAILED


def test_an_empty_run_is_ok():
    assert run_verdict(summarize("r1", "db", [])) is RunVerdict.OK


def test_skipped_documents_are_listed_with_their_reason_in_the_report():
    markdown = to_markdown(summarize("r1", "db", [outcome(3, n_not_german=1)]))
    assert "| 3 | 3 | 0 | 1 | 0 | 0 | 0 |" in markdown
    assert "| `en0.txt` | not German: detected language en |" in markdown


def test_the_failure_carries_its_summary_through_pickling():
    summary = summarize("r1", "db", [outcome(2, n_errors=2)])
    restored = pickle.loads(pickle.dumps(RunFailedError(summary)))
    assert restored.summary == summary and str(restored) == "2 of 2 documents failed"
