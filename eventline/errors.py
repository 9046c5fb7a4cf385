"""The base of errors whose one-line message is meant for the person at the command line."""
from __future__ import annotations


class EventlineError(RuntimeError):
    """Reported by the command line as `eventline VERB: message` with exit code 1, without a traceback."""
