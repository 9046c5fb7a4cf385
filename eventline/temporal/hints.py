"""Where in a text rules can match at all: windows around cheap hints, so rules skip most of the text.

Every rule contains at least one hint of its own kind: a form of one of its anchor concepts (a month,
a unit, a weekday, ...), a digit, or one of its declared `anchors` words. One fast scan of the
lower-cased text finds all hints; each rule then runs only within a margin around hints of its kinds,
and where it requires several kinds ("{DAY}. {MONTH}"), only where their windows overlap (tagger.py).
Hints match as substrings, so "jahr" also opens a window at "Vorjahr" and "tägig" at "dreitägige".
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from eventline.temporal.lexicon import load_concept, trie_branches

# Concepts whose forms make a temporal expression on their own (numbers, relation words or
# part-of-period words never do, so they open no window).
ANCHOR_CONCEPTS = (
    "months", "weekdays", "seasons", "units", "unit_plurals", "unit_adjectives", "frequencies",
    "day_offsets", "times_of_day", "reference_words", "reference_nouns", "phase_adverbs", "decades", "holidays",
    "movable_feasts",
)
DIGITS = "digits"
ANCHOR_WORDS = "anchor_words"

# Characters searched on either side of a hint: longer than any rule's reach from its anchor
# ("in den vergangenen drei Jahrzehnten", "Mitte der neunziger Jahre", "vom 3. bis 5. Mai"). The longest
# reach in 3.6 M characters of news and history (KRAUTS dev, WikiWarsDE, 1,014 GNAD articles) is about
# 33 (a number, a long adjective and a unit: "an zwölf aufeinanderfolgenden Tagen"): from a margin of 25
# up the output is the same as with 60, and each character less is less text for every rule to scan (40
# instead of 60: the tagger is ~9% faster).
MARGIN = 40

Window = tuple[int, int]


@dataclass(frozen=True, slots=True)
class HintScanner:
    pattern: re.Pattern[str]
    # Hint form -> the kinds it stands for, including those of shorter hints inside it ("frühjahr"
    # is a season and, through "jahr", a unit).
    kinds_of: Mapping[str, frozenset[str]]

    def windows(self, text: str, lowered: str | None = None) -> dict[str, list[Window]]:
        """Per hint kind, merged (start, end) spans to search, cut at whitespace so no word is split.

        `lowered` is `text.lower()` when the caller has it already.
        """
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) != len(text):  # a character whose lower case is longer: search everything
            return {kind: [(0, len(text))] for kind in self.all_kinds}
        found: dict[str, list[Window]] = {}
        for hint in self.pattern.finditer(lowered):
            start = _back_to_space(text, max(0, hint.start() - MARGIN))
            end = _on_to_space(text, min(len(text), hint.end() + MARGIN))
            kinds = self.kinds_of.get(hint.group(0), frozenset({DIGITS}))
            for kind in kinds:
                spans = found.setdefault(kind, [])
                if spans and start <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], end))
                else:
                    spans.append((start, end))
        return found

    @property
    def all_kinds(self) -> frozenset[str]:
        return frozenset({DIGITS}).union(*self.kinds_of.values())


def _back_to_space(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _on_to_space(text: str, index: int) -> int:
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


def merge_windows(window_lists: Iterable[list[Window]]) -> list[Window]:
    merged: list[Window] = []
    for start, end in sorted(w for windows in window_lists for w in windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def intersect_windows(first: list[Window], second: list[Window]) -> list[Window]:
    """The spans inside both sorted, merged window lists."""
    both: list[Window] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start, end = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
        if start < end:
            both.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return both


def hint_scanner(anchor_words: Iterable[str], language: str) -> HintScanner:
    kinds: dict[str, set[str]] = {}
    for name in ANCHOR_CONCEPTS:
        for form in load_concept(name, language).forms():
            kinds.setdefault(" ".join(form.lower().split()), set()).add(name)
    for word in anchor_words:
        kinds.setdefault(word.lower(), set()).add(ANCHOR_WORDS)
    kinds_of = {
        form: frozenset(kind for other, other_kinds in kinds.items() if other in form for kind in other_kinds)
        for form in kinds
    }
    # Digits and forms as one flat alternation of branches that each start with a literal character
    # ("0[0-9]*", ..., "j(?:an...|ahr...)"): the engine skips the positions no branch starts at.
    digit_runs = [f"{digit}[0-9]*" for digit in "0123456789"]
    return HintScanner(re.compile("|".join([*digit_runs, *trie_branches(sorted(kinds))])), kinds_of)
