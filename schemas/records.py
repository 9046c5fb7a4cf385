"""Frozen records passed between pipeline stages.

Offsets are always character offsets into `Document.text` (the whole file text, BOM removed),
so that every row in DuckDB can be checked against the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DctSource(StrEnum):
    """Where a document's publication date (document creation time) came from."""

    METADATA = "metadata"  # sidecar <file>.meta.json or a JSON record's `published`
    DATELINE = "dateline"  # stated in the text: a date line at the top or a closing agency credit line
    DEFAULT = "default"  # the flow's `default_published` parameter
    NONE = "none"


class DocumentStatus(StrEnum):
    OK = "ok"
    ERROR = "error"
    SKIPPED = "skipped"  # deliberately not processed (e.g. not German); `error` holds the reason
    DELETED = "deleted"  # its file (or JSON record) left the input folder; its timexes and events are gone


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    path: str
    text: str
    sha256: str
    title: str | None = None
    published: date | None = None
    dct_source: DctSource = DctSource.NONE
    # Offset where the article body starts (after dateline, rubric and title lines).
    body_start: int = 0
    language: str = "de"
    status: DocumentStatus = DocumentStatus.OK
    error: str | None = None
    # The encoding the file was decoded with (utf-8, cp1252, mac_roman, ...); None for unreadable input.
    encoding: str | None = None
    # The input folder (absolute) the document was read from; doc_id starts with its label.
    source: str = ""
    # A failure to reach the file (permissions, vanished, locked) rather than bad content: rows of an
    # earlier good read are kept.
    transient: bool = False

    @property
    def n_chars(self) -> int:
        return len(self.text)


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimexMod(StrEnum):
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression, normalized TIMEX3-style.

    `date_start`..`date_end` is the inclusive day range the value denotes (narrowed by `mod`),
    None where the value is unresolved (XXXX-04), unbounded (PAST_REF) or not a date (durations).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: TimexMod | None = None
    date_start: date | None = None
    date_end: date | None = None
    granularity: str | None = None  # day, week, month, season, quarter, half, year, decade, century, time, ...
    rule_id: str = ""
    timex_id: str = ""  # "t1", "t2", ... in document order; assigned by the tagger


class EventType(StrEnum):
    """PLOVER's 16 top-level event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class DateSource(StrEnum):
    EXPLICIT = "explicit"  # an absolute date in the event's clause
    RELATIVE = "relative"  # a relative expression resolved against the DCT or narrative anchor
    DCT = "dct"  # no time in the text: the publication date is the best anchor
    NONE = "none"


class Context(StrEnum):
    """PLOVER context flags."""

    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    REPORTED = "reported"
    HISTORICAL = "historical"


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    doc_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    event_type: EventType
    mode: str | None = None
    actor_text: str | None = None
    actor_code: str | None = None
    recipient_text: str | None = None
    recipient_code: str | None = None
    location_text: str | None = None
    location_code: str | None = None
    time_text: str | None = None
    timex_value: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_source: DateSource = DateSource.NONE
    context: tuple[Context, ...] = field(default_factory=tuple)
    confidence: float = 0.5
