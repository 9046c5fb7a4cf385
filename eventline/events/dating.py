"""An event's date from the temporal expressions of its clause, else the publication date.

Only expressions that denote a day range date an event: "Am Samstag" (relative to the publication
date) or "am 3. März 2022" (explicit). Durations, sets and PAST_REF/PRESENT_REF say nothing about when
the event happened, so the publication date stays the best anchor; a date expression that could not be
resolved (no publication date known) leaves the event undated rather than wrongly dated.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from schemas import DateSource, Timex, TimexType

_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_FUTURE_WORDS = re.compile(r"\b(?:kommend|nächst|folgend|bevorstehend)", re.IGNORECASE)
_DATING_TYPES = frozenset({TimexType.DATE, TimexType.TIME})


@dataclass(frozen=True, slots=True)
class EventDate:
    source: DateSource
    time_text: str | None = None
    timex_value: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    future_hint: bool = False  # "in den kommenden Tagen": a future event even without a date


def dates_event(timex: Timex) -> bool:
    return timex.type in _DATING_TYPES and timex.date_start is not None and timex.date_end is not None


def is_unresolved_date(timex: Timex) -> bool:
    """A calendar date the tagger could not anchor ("im April" without a publication date)."""
    return timex.type in _DATING_TYPES and timex.date_start is None and "REF" not in timex.value


def is_future_hint(timex: Timex, published: date | None) -> bool:
    if timex.value == "FUTURE_REF" or _FUTURE_WORDS.search(timex.text):
        return True
    return published is not None and timex.date_start is not None and timex.date_start > published


def source_of(timex: Timex) -> DateSource:
    return DateSource.EXPLICIT if _YEAR.search(timex.text) else DateSource.RELATIVE


def publication_date(published: date | None, future_hint: bool = False) -> EventDate:
    if published is None:
        return EventDate(DateSource.NONE, future_hint=future_hint)
    return EventDate(DateSource.DCT, None, published.isoformat(), published, published, future_hint)


def date_event(scope: Sequence[Timex], trigger_offset: int, published: date | None) -> EventDate:
    """Date from the timex nearest the trigger among those in the event's clause (`scope`)."""
    future_hint = any(is_future_hint(t, published) for t in scope)
    dating = [t for t in scope if dates_event(t)]
    if dating:
        nearest = min(dating, key=lambda t: min(abs(t.start - trigger_offset), abs(t.end - trigger_offset)))
        return EventDate(source_of(nearest), nearest.text, nearest.value, nearest.date_start, nearest.date_end,
                         future_hint)
    if any(is_unresolved_date(t) for t in scope):
        return EventDate(DateSource.NONE, future_hint=future_hint)
    return publication_date(published, future_hint)
