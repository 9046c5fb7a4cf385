"""A light lexical tense scan: does a sentence talk about the future or the past?

No parser: future auxiliaries and modals ("wird", "soll", "plant") mark the future; past auxiliaries,
preterite forms ("-te" verbs, "war", "kam") and perfect constructions ("hat ... gekauft") mark the past.
Future cues win, because reported plans are usually framed in the past ("kündigte an, dass er ... werde").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventline.temporal.lexicon import DEFAULT_LANGUAGE, load_concept
from eventline.temporal.partial import Direction

SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+(?=[\"„«»‚'(]?[A-ZÄÖÜ0-9])|\n\s*\n|\n(?=[A-ZÄÖÜ])")


@dataclass(frozen=True, slots=True)
class TenseCues:
    future: re.Pattern[str]
    past: re.Pattern[str]
    perfect: re.Pattern[str]
    preterite: re.Pattern[str]
    not_preterite: frozenset[str]


def _words(forms: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))


@cache
def tense_cues(language: str = DEFAULT_LANGUAGE) -> TenseCues:
    cues = load_concept("tense_cues", language)
    return TenseCues(
        future=re.compile(rf"\b(?:{_words(cues.forms('future'))})\b", re.IGNORECASE),
        past=re.compile(rf"\b(?:{_words(cues.forms('past'))})\b", re.IGNORECASE),
        perfect=re.compile(
            rf"\b(?:{_words(cues.forms('perfect_auxiliaries'))})\b.*?\b(?:(?:ge|be|ver|ent|er|zer)\w{{2,}}(?:t|en)|\w+iert)\b", re.IGNORECASE
        ),
        preterite=re.compile(r"\b[a-zäöüß]{2,}[^aeiouäöü\s]te\b"),
        not_preterite=frozenset(load_concept("past_suffix_exceptions", language).forms("words")),
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries (character offsets); good enough to scope a tense scan."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return spans


def sentence_tense(sentence: str, language: str = DEFAULT_LANGUAGE) -> Direction | None:
    cues = tense_cues(language)
    if cues.future.search(sentence):
        return Direction.FUTURE
    if cues.past.search(sentence) or cues.perfect.search(sentence):
        return Direction.PAST
    if any(m.group(0) not in cues.not_preterite for m in cues.preterite.finditer(sentence)):
        return Direction.PAST
    return None
