"""Scoring extracted events against hand annotation."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventline.events.scoring import (
    GoldDocument,
    GoldEvent,
    date_accuracy_by_kind,
    date_correct,
    load_gold,
    score,
    scores_by_type,
    timex_range,
)
from schemas import DateSource, DctSource, Event, EventType

DCT_DAY = date(2023, 2, 27)


def event(sentence: str, event_type: EventType, actor: str | None = "RUS", value: str | None = "2023-02-27",
          start: date | None = DCT_DAY, end: date | None = DCT_DAY, recipient: str | None = None) -> Event:
    return Event("id", "a.txt", sentence, 0, len(sentence), "x", 0, 1, event_type, actor_code=actor,
                 recipient_code=recipient, timex_value=value, date_start=start, date_end=end,
                 date_source=DateSource.DCT)


def gold_event(evidence: str, event_type: EventType, required: bool = True, date_value: str = "DCT") -> GoldEvent:
    return GoldEvent("g", evidence, event_type, "RUS", None, date_value, required)


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2023-02-25", date(2023, 2, 25), date(2023, 2, 25)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2023-W09", date(2023, 2, 27), date(2023, 3, 5)),
    ("2022-SU", date(2022, 6, 1), date(2022, 8, 31)),
    ("2023-WI", date(2022, 12, 1), date(2023, 2, 28)),
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
    ("2024-H2", date(2024, 7, 1), date(2024, 12, 31)),
    ("2021", date(2021, 1, 1), date(2021, 12, 31)),
])
def test_timex_values_denote_inclusive_day_ranges(value, first, last):
    assert timex_range(value) == (first, last)


def test_reference_and_duration_values_have_no_range():
    assert timex_range("FUTURE_REF") is None and timex_range("P3D") is None


def test_a_date_inside_the_gold_range_or_with_the_gold_value_is_right():
    inside = event("s", EventType.AID, value="2023-02", start=date(2023, 2, 1), end=date(2023, 2, 10))
    outside = event("s", EventType.AID, value="2023-03-02", start=date(2023, 3, 2), end=date(2023, 3, 2))
    assert date_correct(inside, "2023-02", DCT_DAY)
    assert not date_correct(outside, "2023-02", DCT_DAY)
    assert date_correct(event("s", EventType.AID), "DCT", DCT_DAY)


def test_dct_in_a_document_without_publication_date_means_no_date():
    undated = event("s", EventType.AID, value=None, start=None, end=None)
    assert date_correct(undated, "DCT", None)
    assert not date_correct(event("s", EventType.AID), "DCT", None)
    own_time = event("s", EventType.AID, value="XXXX-WXX-6", start=None, end=None)
    assert not date_correct(own_time, "DCT", None)


def test_unresolved_is_right_for_an_event_without_a_day_range_with_or_without_its_unresolved_value():
    assert date_correct(event("s", EventType.AID, value="XXXX-WXX-6", start=None, end=None), "UNRESOLVED", None)
    assert date_correct(event("s", EventType.AID, value=None, start=None, end=None), "UNRESOLVED", None)
    assert not date_correct(event("s", EventType.AID, value="2016-07", start=date(2016, 7, 1),
                                  end=date(2016, 7, 31)), "UNRESOLVED", None)


def test_a_reference_value_is_right_only_as_that_value():
    past = event("s", EventType.AID, value="PAST_REF", start=None, end=None)
    assert date_correct(past, "PAST_REF", DCT_DAY)
    assert not date_correct(past, "PRESENT_REF", DCT_DAY)


def test_matching_needs_the_evidence_in_the_sentence_and_the_same_type():
    gold = [GoldDocument("a.txt", DCT_DAY, DctSource.METADATA, (
        gold_event("Russland greift an", EventType.ASSAULT),
        gold_event("baut aus", EventType.MOBILIZE, required=False),
        gold_event("Kiew protestiert", EventType.PROTEST),
    ))]
    extracted = {"a.txt": [
        event("Heute: Russland greift an.", EventType.ASSAULT),
        event("Russland baut aus.", EventType.MOBILIZE),
        event("Kiew protestiert laut.", EventType.ACCUSE),
    ]}
    scores = score(gold, extracted)
    assert (scores.extracted, scores.correct_extracted) == (3, 2)
    assert (scores.required, scores.found_required) == (2, 1)
    assert [g.evidence for _, g in scores.misses] == ["Kiew protestiert"]
    assert [e.event_type for e in scores.false_positives] == [EventType.ACCUSE]
    assert scores.accuracy("actor") == 1.0 and scores.accuracy("recipient") == 1.0
    assert round(scores.precision, 3) == 0.667 and scores.recall == 0.5


def test_the_seed_gold_loads_with_its_dct_sources(seed_gold: Path):
    documents = load_gold(seed_gold)
    assert {d.dct_source for d in documents} == {DctSource.DATELINE, DctSource.METADATA}
    assert all(e.evidence for d in documents for e in d.events)


def test_recall_and_precision_are_also_given_per_type():
    gold = [GoldDocument("a.txt", DCT_DAY, DctSource.METADATA, (
        gold_event("Russland greift an", EventType.ASSAULT),
        gold_event("Russland greift wieder an", EventType.ASSAULT),
        gold_event("Kiew protestiert", EventType.PROTEST),
    ))]
    extracted = {"a.txt": [
        event("Russland greift an.", EventType.ASSAULT),
        event("Kiew protestiert laut.", EventType.ACCUSE),
    ]}
    rows = {row.event_type: row for row in scores_by_type(score(gold, extracted))}
    assert set(rows) == {EventType.ASSAULT, EventType.PROTEST, EventType.ACCUSE}
    assert (rows[EventType.ASSAULT].recall, rows[EventType.ASSAULT].precision) == (0.5, 1.0)
    assert (rows[EventType.PROTEST].required, rows[EventType.PROTEST].extracted) == (1, 0)
    assert (rows[EventType.ACCUSE].required, rows[EventType.ACCUSE].precision) == (0, 0.0)


def test_date_accuracy_is_broken_down_by_what_the_gold_says_about_the_time():
    gold = [
        GoldDocument("a.txt", DCT_DAY, DctSource.METADATA, (gold_event("greift an", EventType.ASSAULT),)),
        GoldDocument("b.txt", None, DctSource.NONE, (
            gold_event("greift an", EventType.ASSAULT, date_value="UNRESOLVED"),
            gold_event("droht", EventType.THREATEN, date_value="DCT"),
        )),
    ]
    extracted = {
        "a.txt": [event("Russland greift an.", EventType.ASSAULT)],
        "b.txt": [event("Russland greift an.", EventType.ASSAULT, value="XXXX-WXX-6", start=None, end=None),
                  event("Russland droht.", EventType.THREATEN, value="XXXX-WXX-6", start=None, end=None)],
    }
    assert date_accuracy_by_kind(score(gold, extracted)) == {
        "DCT": (1, 1), "DCT, no publication date": (0, 1), "UNRESOLVED": (1, 1)}
