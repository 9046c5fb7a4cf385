"""Event extraction: PLOVER events with actors, recipients, dates and context flags."""
from eventline.events.extractor import extract_events

__all__ = ["extract_events"]
