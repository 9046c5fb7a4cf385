"""Scoring extracted events against hand annotation (`../shared/gold/seed-events.yaml`; rules in its README).

- An extracted event matches a gold event of the same document when its sentence contains the gold
  `evidence` and its type is the gold type.
- Recall = matched required gold / required gold; precision = extracted events matching any gold event
  (required or not) / extracted events.
- Actor, recipient and date accuracy over matched gold events (each judged by its best-agreeing match).
  A date is right when the TIMEX3 value is the gold value or the event's day range lies inside the gold
  value's range; gold `DCT` is the publication day, and for a document without one the event must carry
  no time at all (neither a day range nor an unresolved value of its own); gold `UNRESOLVED` (a relative
  time that a document without publication date cannot anchor) is right when the event carries no day
  range, whether or not it keeps the unresolved value ("XXXX-WXX-6"): nothing wrong is claimed.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from eventline import metrics
from eventline.temporal.resolve import value_range
from schemas import DctSource, Event, EventType

UNRESOLVED = "UNRESOLVED"

DCT = "DCT"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    evidence: str
    event_type: EventType
    actor: str | None
    recipient: str | None
    date: str | None
    required: bool
    mode: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc: str
    dct: date | None
    dct_source: DctSource
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class Match:
    doc: str
    gold: GoldEvent
    event: Event
    actor_ok: bool
    recipient_ok: bool
    date_ok: bool
    dct_known: bool = True  # whether the document has a publication date (gold `DCT` means something else)


class _Counts:
    """Precision over extracted events, recall over required gold events (one place for both scores)."""

    __slots__ = ()
    extracted: int
    correct_extracted: int
    required: int
    found_required: int

    @property
    def precision(self) -> float:
        return metrics.ratio(self.correct_extracted, self.extracted)

    @property
    def recall(self) -> float:
        return metrics.ratio(self.found_required, self.required)

    @property
    def f1(self) -> float:
        return metrics.f1(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class TypeScores(_Counts):
    """Recall and precision of one PLOVER type."""

    event_type: EventType
    required: int
    found_required: int
    extracted: int
    correct_extracted: int


@dataclass(frozen=True, slots=True)
class EventScores(_Counts):
    extracted: int
    correct_extracted: int
    required: int
    found_required: int
    matches: tuple[Match, ...]
    misses: tuple[tuple[str, GoldEvent], ...]  # required gold events no extraction matched
    false_positives: tuple[Event, ...]
    correct_events: tuple[Event, ...] = ()  # extracted events that match a gold event

    def accuracy(self, attribute: str) -> float:
        if not self.matches:
            return 0.0
        return sum(getattr(m, f"{attribute}_ok") for m in self.matches) / len(self.matches)


def load_gold(path: Path) -> list[GoldDocument]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    documents = []
    for item in raw:
        dct = item.get("dct") or {}
        value = dct.get("value")
        events = tuple(
            GoldEvent(
                id=str(e["id"]),
                evidence=str(e["evidence"]),
                event_type=EventType(e["type"]),
                actor=e.get("actor"),
                recipient=e.get("recipient"),
                date=None if e.get("date") is None else str(e["date"]),
                required=bool(e.get("required", True)),
                mode=e.get("mode"),
                context=tuple(e.get("context") or ()),
            )
            for e in item.get("events") or ()
        )
        documents.append(GoldDocument(
            doc=str(item["doc"]),
            dct=date.fromisoformat(str(value)) if value else None,
            dct_source=DctSource(dct.get("source", "none")),
            events=events,
        ))
    return documents


def timex_range(value: str) -> tuple[date, date] | None:
    """Inclusive day range of a TIMEX3 date value (2023, 2023-02, 2023-W09, 2022-SU, 2023-Q1, ...)."""
    return value_range(value)


def date_correct(event: Event, gold_value: str | None, dct: date | None) -> bool:
    if gold_value is None:
        return event.date_start is None
    if gold_value == UNRESOLVED:
        return event.date_start is None and event.date_end is None
    if gold_value == DCT:
        if dct is None:
            return event.date_start is None and event.timex_value is None
        return event.date_start == dct and event.date_end == dct
    if event.timex_value == gold_value:
        return True
    gold_range = timex_range(gold_value)
    if gold_range is None or event.date_start is None or event.date_end is None:
        return False
    return gold_range[0] <= event.date_start and event.date_end <= gold_range[1]


def _matches(event: Event, gold: GoldEvent) -> bool:
    return event.event_type == gold.event_type and gold.evidence in event.sentence


def _judge(doc: GoldDocument, gold: GoldEvent, event: Event) -> Match:
    return Match(doc.doc, gold, event, event.actor_code == gold.actor, event.recipient_code == gold.recipient,
                 date_correct(event, gold.date, doc.dct), doc.dct is not None)


def score(gold_documents: Sequence[GoldDocument], extracted: Mapping[str, Sequence[Event]]) -> EventScores:
    """`extracted` maps the gold `doc` name to that document's events."""
    matches: list[Match] = []
    misses: list[tuple[str, GoldEvent]] = []
    false_positives: list[Event] = []
    correct: list[Event] = []
    n_extracted = n_correct = n_required = n_found = 0
    for doc in gold_documents:
        events = list(extracted.get(doc.doc, ()))
        n_extracted += len(events)
        for event in events:
            if any(_matches(event, g) for g in doc.events):
                n_correct += 1
                correct.append(event)
            else:
                false_positives.append(event)
        for gold in doc.events:
            n_required += gold.required
            judged = [_judge(doc, gold, e) for e in events if _matches(e, gold)]
            if judged:
                n_found += gold.required
                matches.append(max(judged, key=lambda m: (m.actor_ok, m.date_ok, m.recipient_ok)))
            elif gold.required:
                misses.append((doc.doc, gold))
    return EventScores(n_extracted, n_correct, n_required, n_found, tuple(matches), tuple(misses),
                       tuple(false_positives), tuple(correct))


def scores_by_type(scores: EventScores) -> list[TypeScores]:
    """Recall and precision per PLOVER type, for the types that occur in the gold or the extraction."""
    rows = []
    for event_type in EventType:
        found = sum(1 for m in scores.matches if m.gold.required and m.gold.event_type is event_type)
        missed = sum(1 for _, g in scores.misses if g.event_type is event_type)
        correct = sum(1 for e in scores.correct_events if e.event_type is event_type)
        wrong = sum(1 for e in scores.false_positives if e.event_type is event_type)
        if found + missed + correct + wrong:
            rows.append(TypeScores(event_type, found + missed, found, correct + wrong, correct))
    return rows


def gold_date_kind(match: Match) -> str:
    """What the gold says about a matched event's time, for the date accuracy breakdown."""
    value = match.gold.date
    if value == DCT:
        return "DCT" if match.dct_known else "DCT, no publication date"
    if value in (UNRESOLVED, None):
        return "UNRESOLVED"
    if value.endswith("_REF"):
        return "reference (PAST_REF ...)"
    return "calendar value"


def date_accuracy_by_kind(scores: EventScores) -> dict[str, tuple[int, int]]:
    """Gold date kind -> (right, matched): shows how much of the date accuracy rests on what."""
    table: dict[str, tuple[int, int]] = {}
    for match in scores.matches:
        right, total = table.get(gold_date_kind(match), (0, 0))
        table[gold_date_kind(match)] = (right + match.date_ok, total + 1)
    return dict(sorted(table.items()))
