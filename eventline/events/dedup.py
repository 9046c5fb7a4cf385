"""One row per event per document.

Two mentions are the same event when type and actor agree, recipients do not contradict each other, the
times the text gives them agree, and there is a reason to link them:
- the same sentence;
- the headline (the first sentence of the body) states an act without a time and a later sentence dates an
  act of the same type by the same actor ("Nordkorea droht mit Militärschlägen." ... "Das Militär drohte
  Südkorea am Samstag mit Militärschlägen."): one event, dated from the later mention;
- both are dated by the text, at agreeing times;
- the same trigger word in different sentences, but only where actor and recipient agree exactly: "X warf
  den USA vor ..." and later "X warf Südkorea vor ..." are two accusations, and so are an accusation of the
  USA and a later one whose target is unknown.
A publication date given for want of a time in the text is no claim that could contradict a text date.
The kept mention is the best-dated one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemas import DateSource, Event


@dataclass(frozen=True, slots=True)
class Candidate:
    event: Event
    trigger_lemma: str
    headline: bool = False  # in the first sentence of the body (a headline or teaser)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _text_dated(event: Event) -> bool:
    """The text says when: a date (resolved or not) or a reference word; not the publication-date fallback."""
    return event.time_text is not None or event.date_source in (DateSource.EXPLICIT, DateSource.RELATIVE)


def _resolved(event: Event) -> bool:
    return event.date_start is not None and event.date_end is not None


def _times_agree(a: Event, b: Event) -> bool:
    if _text_dated(a) != _text_dated(b):
        return True  # only one of them has a time from the text
    if _resolved(a) and _resolved(b):
        return a.date_start <= b.date_end and b.date_start <= a.date_end  # type: ignore[operator]
    if _text_dated(a):
        return a.timex_value == b.timex_value  # "Samstag" and "Montag" without a publication date
    return True


def _headline_and_dated_mention(a: Candidate, b: Candidate) -> bool:
    first, later = (a, b) if a.event.sentence_start < b.event.sentence_start else (b, a)
    return first.headline and not _text_dated(first.event) and _text_dated(later.event)


def same_event(a: Candidate, b: Candidate) -> bool:
    x, y = a.event, b.event
    if x.event_type != y.event_type or not x.actor_code or x.actor_code != y.actor_code:
        return False
    if not _compatible(x.recipient_code, y.recipient_code) or not _times_agree(x, y):
        return False
    if x.sentence_start == y.sentence_start or _headline_and_dated_mention(a, b):
        return True
    if _text_dated(x) and _text_dated(y):
        return True
    return a.trigger_lemma == b.trigger_lemma and x.recipient_code == y.recipient_code


def _span_days(event: Event) -> int:
    if event.date_start is None or event.date_end is None:
        return 1_000_000
    return (event.date_end - event.date_start).days


def _date_rank(event: Event) -> int:
    """A date from the text, then a time word the text gives without a day range, then the publication day."""
    if _text_dated(event):
        return 3 if _resolved(event) else 2
    return 1 if event.date_source is DateSource.DCT else 0


def preference(candidate: Candidate) -> tuple[int, int, float, int]:
    """Higher is better: dated by the text, then the narrowest date, then confidence, then earliest."""
    e = candidate.event
    return (_date_rank(e), -_span_days(e), e.confidence, -e.trigger_start)


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
