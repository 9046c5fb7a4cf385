from dataclasses import replace

from eventline.guard import StageFailure, guard_one, one_line_reason, settle_failures
from schemas import Document, DocumentStatus


def document(doc_id: str) -> Document:
    return Document(doc_id=doc_id, path=doc_id, text="Text.", sha256="h")


def test_a_reason_is_one_line_with_the_exception_type():
    assert one_line_reason(ValueError("first line\nsecond line")) == "ValueError: first line"
    assert one_line_reason(RecursionError()) == "RecursionError"


def test_a_reason_is_printable_and_bounded():
    assert one_line_reason(ValueError("bad \ud83d")) == "ValueError: bad \\ud83d"
    assert len(one_line_reason(ValueError("x" * 10_000))) <= 300


def test_the_guard_returns_the_result_or_the_failure():
    assert guard_one("tagging", lambda x: x + 1, 1) == 2
    assert guard_one("tagging", lambda: 1 / 0) == StageFailure("tagging", "ZeroDivisionError: division by zero")


def test_the_guard_lets_an_interrupt_through():
    def interrupted():
        raise KeyboardInterrupt

    try:
        guard_one("analysis", interrupted)
    except KeyboardInterrupt:
        return
    raise AssertionError("KeyboardInterrupt was swallowed")


def test_a_failure_in_any_stage_makes_that_document_an_error_row_with_empty_outputs():
    documents = [document("a"), document("b"), document("c")]
    timexes = [["t-a"], StageFailure("tagging", "OverflowError: date value out of range"), ["t-c"]]
    events = [["e-a"], timexes[1], StageFailure("extraction", "KeyError: 'x'")]
    settled, (settled_timexes, settled_events) = settle_failures(documents, timexes, events)
    assert [d.status for d in settled] == [DocumentStatus.OK, DocumentStatus.ERROR, DocumentStatus.ERROR]
    assert settled[1].error == "tagging failed: OverflowError: date value out of range"
    assert settled[2].error == "extraction failed: KeyError: 'x'"
    assert settled_timexes == [["t-a"], [], []] and settled_events == [["e-a"], [], []]
    assert settled[1] == replace(documents[1], status=DocumentStatus.ERROR, error=settled[1].error)
