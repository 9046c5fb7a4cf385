"""Merging mentions of one event."""
from __future__ import annotations

from datetime import date

from eventline.events.dedup import Candidate, deduplicate, same_event
from schemas import DateSource, Event, EventType


def mention(start: int, sentence_start: int, lemma: str = "besuchen", actor: str | None = "FRA",
            recipient: str | None = "CHN", first: date | None = date(2023, 2, 27), last: date | None = None,
            source: DateSource = DateSource.DCT, event_type: EventType = EventType.CONSULT) -> Candidate:
    event = Event("id", "d", "s", sentence_start, sentence_start + 50, "t", start, start + 1, event_type,
                  actor_code=actor, recipient_code=recipient, date_start=first, date_end=last or first,
                  date_source=source)
    return Candidate(event, lemma)


def test_the_same_visit_told_twice_is_one_row_keeping_the_narrower_text_date():
    april = mention(10, 0, "reisen", first=date(2023, 4, 1), last=date(2023, 4, 30), source=DateSource.RELATIVE)
    early_april = mention(90, 80, first=date(2023, 4, 1), last=date(2023, 4, 10), source=DateSource.RELATIVE)
    kept = deduplicate([april, early_april])
    assert [e.trigger_start for e in kept] == [90]


def test_an_undated_mention_merges_into_a_dated_one_with_the_same_trigger_word():
    undated = mention(10, 0)
    dated = mention(90, 80, first=date(2023, 2, 27), last=date(2023, 3, 5), source=DateSource.RELATIVE)
    assert [e.trigger_start for e in deduplicate([undated, dated])] == [90]


def test_different_trigger_words_in_different_undated_sentences_stay_apart():
    built = mention(10, 0, "ausbauen", recipient=None, event_type=EventType.MOBILIZE)
    grown = mention(90, 80, "verzehnfachen", recipient=None, event_type=EventType.MOBILIZE)
    assert len(deduplicate([built, grown])) == 2


def test_contradicting_recipients_actors_or_dates_are_different_events():
    base = mention(10, 0)
    assert not same_event(base, mention(20, 0, recipient="IND"))
    assert not same_event(base, mention(20, 0, actor="DEU"))
    assert not same_event(base, mention(20, 0, first=date(2023, 5, 1)))
    assert not same_event(mention(10, 0, actor=None), mention(20, 0, actor=None))
    assert same_event(base, mention(20, 0, recipient=None))
