"""A light lexical tense scan: does the clause around an expression talk about the future or the past?

No parser: future auxiliaries and modals ("wird ... besuchen", "soll", "plant") mark the future; past
auxiliaries, preterite forms ("-te" verbs, "war", "kam") and perfect constructions ("hat ... gekauft")
mark the past. When a sentence has both, the cue nearest to the expression decides: in "kündigte an,
dass er Anfang April besuchen werde" the date belongs to "werde".
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from eventline.temporal.lexicon import DEFAULT_LANGUAGE, load_concept, trie_pattern
from eventline.temporal.partial import Direction

# A period after a one- or two-digit number is an ordinal ("am 3. März"), not a sentence end.
# Every boundary starts with a whitespace character, written first so the engine skips to them fast.
SENTENCE_END = re.compile(
    r"\s(?:(?<=[.!?:;]\s)(?<!\b[0-9]\.\s)(?<!\b[0-9][0-9]\.\s)\s*(?=[\"„«»‚'(]?[A-ZÄÖÜ0-9])"
    r"|(?<=\n)\s*\n|(?<=\n)(?=[A-ZÄÖÜ]))"
)
# Participles; with an inseparable prefix they look like infinitives ("entschieden"/"entscheiden"),
# so only the perfect reads those, and a passive "wird" needs a ge-, -iert or inseparable -t participle.
# Lower case only: a capitalised word is a noun ("in den Bereichen", "die Gebiete"), not a participle.
# With an inseparable prefix only "-t" is unambiguous: "wird ... erzählt" is passive, "wird ... erzählen" future.
PARTICIPLE = r"(?-i:(?:ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|ent|er|zer)[a-zäöüß]{2,}t|[a-zäöüß]+iert))"
SEPARABLE_PREFIX = r"(?:an|auf|aus|ab|bei|ein|fest|her|hin|los|mit|nach|statt|teil|vor|weg|zu|zurück|zusammen)"
PERFECT_PARTICIPLE = (rf"(?-i:(?:{SEPARABLE_PREFIX}?ge[a-zäöüß]{{2,}}(?:t|en)"
                      rf"|(?:be|ver|ent|er|zer)[a-zäöüß]{{2,}}(?:t|en)|[a-zäöüß]+iert))")
# Before a verb-final auxiliary only unambiguous participles count: "bekannt ist" is an adjective.
FINAL_PARTICIPLE = rf"(?-i:(?:{SEPARABLE_PREFIX}?ge[a-zäöüß]{{2,}}(?:t|en)|[a-zäöüß]+iert))"
CLAUSE_REST = r"[^,;.!?]*?"


@dataclass(frozen=True, slots=True)
class TenseCues:
    future: re.Pattern[str]
    future_auxiliary: re.Pattern[str]
    past: re.Pattern[str]
    perfect: re.Pattern[str]
    preterite: re.Pattern[str]
    not_preterite: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    direction: Direction


def _words(forms: tuple[str, ...]) -> str:
    """The forms as a prefix tree: one pass per position instead of trying hundreds of words in turn."""
    return trie_pattern(forms)


@cache
def tense_cues(language: str = DEFAULT_LANGUAGE) -> TenseCues:
    cues = load_concept("tense_cues", language)
    return TenseCues(
        future=re.compile(rf"\b(?:{_words(cues.forms('future'))})\b", re.IGNORECASE),
        future_auxiliary=re.compile(
            rf"\b(?:{_words(cues.forms('future_auxiliaries'))})\b(?!{CLAUSE_REST}\b{PARTICIPLE}\b)", re.IGNORECASE
        ),
        # Lower case anywhere, capitalised only opening the sentence: "das Verbot", "der Stand", "die Waren"
        # are nouns, not "verbot", "stand", "waren".
        past=re.compile(rf"(?:(?<=^)|(?<=^[\"„«»'(]))(?i:{_words(cues.forms('past'))})\b"
                        rf"|\b(?:{_words(cues.forms('past'))})\b"),
        perfect=re.compile(
            rf"\b(?:{_words(cues.forms('perfect_auxiliaries'))})\b(?={CLAUSE_REST}\b{PERFECT_PARTICIPLE}\b)"
            # verb-final, in a subordinate clause: "..., weil er es gekauft hat"
            rf"|\b{FINAL_PARTICIPLE}\s+(?:{_words(cues.forms('perfect_auxiliaries'))})\b",
            re.IGNORECASE,
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


def tense_cues_in(sentence: str, language: str = DEFAULT_LANGUAGE) -> Iterator[Cue]:
    cues = tense_cues(language)
    for pattern, direction in (
        (cues.future, Direction.FUTURE),
        (cues.future_auxiliary, Direction.FUTURE),
        (cues.past, Direction.PAST),
        (cues.perfect, Direction.PAST),
    ):
        for match in pattern.finditer(sentence):
            yield Cue(match.start(), match.end(), direction)
    for match in cues.preterite.finditer(sentence):
        if match.group(0) not in cues.not_preterite:
            yield Cue(match.start(), match.end(), Direction.PAST)


def sentence_tense(
    sentence: str, span: tuple[int, int] | None = None, language: str = DEFAULT_LANGUAGE
) -> Direction | None:
    """The direction of the cue nearest to `span` (offsets in `sentence`); future wins ties and no span."""
    return nearest_cue_direction(list(tense_cues_in(sentence, language)), span)


def nearest_cue_direction(cues: Sequence[Cue], span: tuple[int, int] | None) -> Direction | None:
    start, end = span if span is not None else (0, 0)

    def rank(cue: Cue) -> tuple[int, int]:
        distance = 0 if span is None else max(cue.start - end, start - cue.end, 0)
        return distance, 0 if cue.direction is Direction.FUTURE else 1

    return min(cues, key=rank).direction if cues else None
