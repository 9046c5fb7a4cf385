"""German temporal tagging: TIMEX3 expressions with values anchored on the DCT or the narrative's time."""
from __future__ import annotations

from eventline.temporal.tagger import DocumentStyle, tag_text

__all__ = ["DocumentStyle", "tag_text"]
