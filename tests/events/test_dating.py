"""Choosing an event's date from the time expressions of its clause."""
from __future__ import annotations

from datetime import date

from eventline.events.dating import date_event, source_of
from schemas import DateSource, Timex, TimexType

PUBLISHED = date(2023, 2, 27)


def tx(text: str, value: str, start: int, first: date | None = None, last: date | None = None,
       kind: TimexType = TimexType.DATE) -> Timex:
    return Timex(start, start + len(text), text, kind, value, date_start=first, date_end=last)


def test_the_date_nearest_the_trigger_wins():
    far = tx("im Januar", "2023-01", 0, date(2023, 1, 1), date(2023, 1, 31))
    near = tx("am Samstag", "2023-02-25", 40, date(2023, 2, 25), date(2023, 2, 25))
    when = date_event([far, near], trigger_offset=55, published=PUBLISHED)
    assert (when.timex_value, when.source) == ("2023-02-25", DateSource.RELATIVE)


def test_a_date_with_a_year_is_explicit_and_one_without_is_relative():
    assert source_of(tx("am 3. März 2022", "2022-03-03", 0)) is DateSource.EXPLICIT
    assert source_of(tx("am 3.3.2022", "2022-03-03", 0)) is DateSource.EXPLICIT
    assert source_of(tx("Anfang März", "2023-03", 0)) is DateSource.RELATIVE


def test_durations_sets_and_past_ref_fall_back_to_the_publication_day():
    scope = [tx("drei Tage", "P3D", 0, kind=TimexType.DURATION), tx("monatlich", "P1M", 10, kind=TimexType.SET),
             tx("früher", "PAST_REF", 20)]
    when = date_event(scope, 5, PUBLISHED)
    assert (when.source, when.date_start, when.date_end) == (DateSource.DCT, PUBLISHED, PUBLISHED)
    assert not when.future_hint


def test_an_unresolvable_calendar_date_leaves_the_event_undated_instead_of_giving_it_the_dct():
    when = date_event([tx("im April", "XXXX-04", 0)], 5, PUBLISHED)
    assert (when.source, when.date_start) == (DateSource.NONE, None)


def test_kommenden_and_future_ref_hint_at_the_future_and_a_later_date_too():
    assert date_event([tx("in den kommenden Tagen", "PXD", 0, kind=TimexType.DURATION)], 0, PUBLISHED).future_hint
    assert date_event([tx("bald", "FUTURE_REF", 0)], 0, PUBLISHED).future_hint
    later = tx("im April", "2023-04", 0, date(2023, 4, 1), date(2023, 4, 30))
    assert date_event([later], 0, PUBLISHED).future_hint
    assert not date_event([tx("im Januar", "2023-01", 0, date(2023, 1, 1), date(2023, 1, 31))], 0,
                          PUBLISHED).future_hint


def test_no_publication_date_and_no_time_expression_means_no_date():
    assert date_event([], 0, None).source is DateSource.NONE
