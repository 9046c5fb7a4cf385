"""Where in a text rules can match at all: windows around cheap hints, so rules skip most of the text.

Every rule contains at least one hint: a form of an anchor concept (a month, a unit, a weekday, ...),
a digit, or one of its own `anchors` words. One fast scan of the lower-cased text finds the hints;
the rules then run only within a margin around them. Hints match as substrings, so "jahr" also
opens a window at "Vorjahr" and "tägig" at "dreitägige".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventline.temporal.lexicon import load_concept, trie_pattern

# Concepts whose forms make a temporal expression on their own (numbers, relation words or
# part-of-period words never do, so they open no window).
ANCHOR_CONCEPTS = (
    "months", "weekdays", "seasons", "units", "unit_plurals", "unit_adjectives", "frequencies",
    "day_offsets", "times_of_day", "reference_words", "decades", "holidays",
)

# Characters searched on either side of a hint: longer than any rule's reach from its anchor
# ("in den vergangenen zwei Jahrzehnten", "Mitte der neunziger Jahre", "vom 3. bis 5. Mai").
MARGIN = 60


@dataclass(frozen=True, slots=True)
class HintScanner:
    pattern: re.Pattern[str]

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Merged (start, end) spans to search, cut at whitespace so no word is split."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer: search everything
            return [(0, len(text))]
        spans: list[tuple[int, int]] = []
        for hint in self.pattern.finditer(lowered):
            start = _back_to_space(text, max(0, hint.start() - MARGIN))
            end = _on_to_space(text, min(len(text), hint.end() + MARGIN))
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        return spans


def _back_to_space(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _on_to_space(text: str, index: int) -> int:
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


def hint_scanner(extra_words: Iterable[str], language: str) -> HintScanner:
    forms = {form.lower() for name in ANCHOR_CONCEPTS for form in load_concept(name, language).forms()}
    forms |= {word.lower() for word in extra_words}
    return HintScanner(re.compile(rf"[0-9]|{trie_pattern(sorted(forms))}"))
