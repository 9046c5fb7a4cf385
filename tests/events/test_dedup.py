"""Merging mentions of one event."""
from __future__ import annotations

from datetime import date

from eventline.events.dedup import Candidate, deduplicate, same_event
from schemas import DateSource, Event, EventType


def mention(start: int, sentence_start: int, lemma: str = "besuchen", actor: str | None = "FRA",
            recipient: str | None = "CHN", first: date | None = date(2023, 2, 27), last: date | None = None,
            source: DateSource = DateSource.DCT, event_type: EventType = EventType.CONSULT,
            time_text: str | None = None, value: str | None = None, headline: bool = False) -> Candidate:
    if time_text is None and source in (DateSource.EXPLICIT, DateSource.RELATIVE):
        time_text = "im April"
    event = Event("id", "d", "s", sentence_start, sentence_start + 50, "t", start, start + 1, event_type,
                  actor_code=actor, recipient_code=recipient, date_start=first, date_end=last or first,
                  date_source=source, time_text=time_text, timex_value=value)
    return Candidate(event, lemma, headline)


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


def undated(start: int, sentence_start: int, **kwargs) -> Candidate:
    """A mention in a document without publication date and without time words of its own."""
    return mention(start, sentence_start, first=None, source=DateSource.NONE, **kwargs)


def test_two_undated_accusations_with_the_same_verb_are_one_only_when_actor_and_recipient_agree():
    kwargs = {"lemma": "vorwerfen", "event_type": EventType.ACCUSE, "actor": "PRK"}
    assert len(deduplicate([undated(10, 0, recipient="USA", **kwargs),
                            undated(90, 80, recipient=None, **kwargs)])) == 2
    assert len(deduplicate([undated(10, 0, recipient="USA", **kwargs),
                            undated(90, 80, recipient="KOR", **kwargs)])) == 2
    assert len(deduplicate([undated(10, 0, recipient="USA", **kwargs),
                            undated(90, 80, recipient="USA", **kwargs)])) == 1


def test_a_headline_and_a_later_dated_mention_are_one_event_dated_from_the_later_mention():
    headline = undated(5, 0, lemma="drohen", recipient=None, event_type=EventType.THREATEN, actor="PRK",
                       headline=True)
    dated = undated(120, 100, lemma="ankündigen", recipient="KOR", event_type=EventType.THREATEN, actor="PRK",
                    time_text="Samstag", value="XXXX-WXX-6")
    (kept,) = deduplicate([headline, dated])
    assert (kept.trigger_start, kept.time_text, kept.timex_value) == (120, "Samstag", "XXXX-WXX-6")


def test_a_headline_mention_stays_apart_from_a_later_undated_mention_with_another_verb():
    headline = undated(5, 0, lemma="drohen", event_type=EventType.THREATEN, actor="PRK", headline=True)
    later = undated(120, 100, lemma="warnen", event_type=EventType.THREATEN, actor="PRK")
    assert len(deduplicate([headline, later])) == 2


def test_unresolved_times_that_differ_are_different_events():
    monday = undated(10, 0, time_text="Montag", value="XXXX-WXX-1")
    saturday = undated(90, 80, time_text="Samstag", value="XXXX-WXX-6")
    assert not same_event(monday, saturday)
    assert same_event(monday, undated(90, 80, time_text="am Montag", value="XXXX-WXX-1"))


def test_the_publication_day_given_for_want_of_a_time_does_not_contradict_a_date_from_the_text():
    fallback = mention(10, 0, headline=True)
    saturday = mention(90, 80, "drohen", first=date(2023, 2, 25), source=DateSource.RELATIVE,
                       time_text="am Samstag", value="2023-02-25")
    (kept,) = deduplicate([fallback, saturday])
    assert kept.timex_value == "2023-02-25"
