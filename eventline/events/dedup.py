"""One row per event per document.

Two mentions are the same event when type and actor agree, recipients do not contradict each other,
their dates overlap, and there is a reason to link them: the same sentence, the same trigger word, or both
dated by the text. Without that last condition, two undated "Russland baut aus" and "Fabriken verdoppeln"
rows (different reports of different facts) would collapse. The best-dated mention is kept.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemas import DateSource, Event

_SOURCE_RANK = {DateSource.EXPLICIT: 3, DateSource.RELATIVE: 3, DateSource.DCT: 1, DateSource.NONE: 0}
_TEXT_DATED = frozenset({DateSource.EXPLICIT, DateSource.RELATIVE})


@dataclass(frozen=True, slots=True)
class Candidate:
    event: Event
    trigger_lemma: str


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _dates_overlap(a: Event, b: Event) -> bool:
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return True
    return a.date_start <= b.date_end and b.date_start <= a.date_end  # type: ignore[operator]


def same_event(a: Candidate, b: Candidate) -> bool:
    x, y = a.event, b.event
    if x.event_type != y.event_type or not x.actor_code or x.actor_code != y.actor_code:
        return False
    if not _compatible(x.recipient_code, y.recipient_code) or not _dates_overlap(x, y):
        return False
    linked = (x.sentence_start == y.sentence_start or a.trigger_lemma == b.trigger_lemma
              or (x.date_source in _TEXT_DATED and y.date_source in _TEXT_DATED))
    return linked


def _span_days(event: Event) -> int:
    if event.date_start is None or event.date_end is None:
        return 1_000_000
    return (event.date_end - event.date_start).days


def preference(candidate: Candidate) -> tuple[int, int, float, int]:
    """Higher is better: dated by the text, then the narrowest date, then confidence, then earliest."""
    e = candidate.event
    return (_SOURCE_RANK[e.date_source], -_span_days(e), e.confidence, -e.trigger_start)


def deduplicate(candidates: Sequence[Candidate]) -> list[Event]:
    groups: list[list[Candidate]] = []
    for candidate in candidates:
        group = next((g for g in groups if any(same_event(candidate, member) for member in g)), None)
        if group is None:
            groups.append([candidate])
        else:
            group.append(candidate)
    kept = [max(group, key=preference).event for group in groups]
    return sorted(kept, key=lambda e: e.trigger_start)
