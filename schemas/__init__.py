"""Records that travel between pipeline stages and into DuckDB."""
from schemas.records import (
    Context,
    DateSource,
    DctSource,
    Document,
    DocumentStatus,
    Event,
    EventType,
    Timex,
    TimexMod,
    TimexType,
)

__all__ = [
    "Context",
    "DateSource",
    "DctSource",
    "Document",
    "DocumentStatus",
    "Event",
    "EventType",
    "Timex",
    "TimexMod",
    "TimexType",
]
