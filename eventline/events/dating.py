"""An event's date: the time its own clause gives it, else the publication date.

Candidates, from the temporal expressions of the event's clause and the words of that clause
(`data/dating.yaml`):
- calendar dates, resolved ("am 3. März 2022", "am Samstag" with a publication date) or not ("am Samstag"
  without one: the event keeps "Samstag" / XXXX-WXX-6 and stays without a day range);
- "damals", "seinerzeit": the time the text mentioned just before;
- reference words: "früher", "bisher", "zuletzt" (PAST_REF), "derzeit" (PRESENT_REF, the publication day
  where one is known), "bald", "künftig" and "in den kommenden Tagen" (FUTURE_REF).
A calendar date beats a reference word ("zuletzt am Samstag" is Saturday); among equals the expression
nearest the trigger wins. Some expressions in a clause are not the event's time: "der am Mittwoch
vorgestellte Bericht" (dates the noun after the participle, so only a trigger on that noun), "die
Vorbereitung auf den Winter" (a goal), "die bisher schärfsten Sanktionen" (describes the adjective), "wie
bisher" (compares). Without any candidate the publication date is the best anchor; without a publication
date the event is undated.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from eventline.events import tokens as tk
from schemas import DateSource, Timex, TimexType

DATA_FILE = Path(__file__).resolve().parent / "data" / "dating.yaml"
REFERENCE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_FUTURE_WORDS = re.compile(r"\b(?:kommend|nächst|folgend|bevorstehend)", re.IGNORECASE)
_DATING_TYPES = frozenset({TimexType.DATE, TimexType.TIME})
ADVERB_RULE = "event-reference-adverb"


@dataclass(frozen=True, slots=True)
class DatingWords:
    """`data/dating.yaml`, compiled."""

    reference_adverbs: dict[str, str]  # lowercased word -> PAST_REF / PRESENT_REF / FUTURE_REF
    attributive_tags: frozenset[str]
    comparison_particles: frozenset[str]
    anaphoric: frozenset[str]
    anaphoric_window: int
    not_event_time: frozenset[str]  # prepositions: "auf den Winter"


@cache
def dating_words() -> DatingWords:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    adverbs = {str(word).lower(): value for value, words in raw["reference_adverbs"].items() for word in words}
    if set(adverbs.values()) - REFERENCE_VALUES:
        raise ValueError(f"{DATA_FILE.name}: reference values must be one of {sorted(REFERENCE_VALUES)}")
    return DatingWords(
        reference_adverbs=adverbs,
        attributive_tags=frozenset(raw["attributive_tags"]),
        comparison_particles=frozenset(str(w).lower() for w in raw["comparison_particles"]),
        anaphoric=frozenset(str(w).lower() for w in raw["anaphoric"]),
        anaphoric_window=int(raw["anaphoric_window"]),
        not_event_time=frozenset(str(w).lower() for w in raw["not_event_time_prepositions"]),
    )


@dataclass(frozen=True, slots=True)
class EventDate:
    source: DateSource
    time_text: str | None = None
    timex_value: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    future_hint: bool = False  # "in den kommenden Tagen": a future event even without a date

    @property
    def from_text(self) -> bool:
        """The text says when (a date, resolved or not, or a reference word), not just the publication date."""
        return self.time_text is not None


class _Rank(IntEnum):
    """What kind of time a candidate gives; higher wins before distance is looked at."""

    FUTURE_PERIOD = 0  # "in den kommenden Tagen": only a direction
    REFERENCE = 1
    CALENDAR = 2


def dates_event(timex: Timex) -> bool:
    """A day range to date an event by: a date, or a duration the tagger anchored ("vor drei Jahren": P3Y
    with the year it points to)."""
    return timex.type is not TimexType.SET and timex.date_start is not None and timex.date_end is not None


def is_unresolved_date(timex: Timex) -> bool:
    """A calendar date the tagger could not anchor ("im April" without a publication date)."""
    return timex.type in _DATING_TYPES and timex.date_start is None and timex.value not in REFERENCE_VALUES


def is_future_hint(timex: Timex, published: date | None) -> bool:
    if timex.value == "FUTURE_REF" or _FUTURE_WORDS.search(timex.text):
        return True
    return published is not None and timex.date_start is not None and timex.date_start > published


def source_of(timex: Timex) -> DateSource:
    return DateSource.EXPLICIT if _YEAR.search(timex.text) else DateSource.RELATIVE


def publication_date(published: date | None, future_hint: bool = False) -> EventDate:
    if published is None:
        return EventDate(DateSource.NONE, future_hint=future_hint)
    return EventDate(DateSource.DCT, None, published.isoformat(), published, published, future_hint)


def reference_adverbs(words: Span) -> list[Timex]:
    """The clause's reference particles ("bisher", "zuletzt") as timexes the tagger leaves out on purpose."""
    table = dating_words().reference_adverbs
    return [Timex(t.idx, t.idx + len(t.text), t.text, TimexType.DATE, table[t.lower_], rule_id=ADVERB_RULE)
            for t in words if t.lower_ in table]


def _tokens_at(words: Span | None, start: int, end: int) -> list[Token]:
    if words is None:
        return []
    return [t for t in words if start <= t.idx < end]


def _token_before(words: Span | None, offset: int) -> Token | None:
    if words is None:
        return None
    before = [t for t in words if t.idx + len(t.text) <= offset]
    return before[-1] if before else None


def _token_after(words: Span | None, offset: int) -> Token | None:
    if words is None:
        return None
    return next((t for t in words if t.idx >= offset), None)


def _modified_noun(words: Span | None, timex: Timex) -> Token | None:
    """The noun that a timex inside an attributive phrase dates: "die [2011] begonnene Offensive" -> Offensive.
    None where the timex is not followed by an attributive adjective or participle."""
    attributive = dating_words().attributive_tags
    after = _token_after(words, timex.end)
    if after is None or tk.stts(after) not in attributive:
        return None
    for token in words[after.i - words.start :]:  # type: ignore[index]
        if tk.is_noun(token):
            return token
        if tk.stts(token) not in attributive:
            return None
    return None


def _not_event_time(words: Span | None, timex: Timex) -> bool:
    prepositions = dating_words().not_event_time
    first = timex.text.split(maxsplit=1)[0].lower() if timex.text else ""
    before = _token_before(words, timex.start)
    while before is not None and tk.stts(before) == "ART" and before.i > words.start:  # type: ignore[union-attr]
        before = before.doc[before.i - 1]  # "auf [den] Winter"
    return first in prepositions or (before is not None and before.lower_ in prepositions)


def _not_dating_reference(words: Span | None, timex: Timex) -> bool:
    """"die bisher schärfsten Sanktionen", "die heutige Regierung": a reference word describing a noun;
    "wie bisher": one that compares."""
    table = dating_words()
    own = _tokens_at(words, timex.start, timex.end)
    after = _token_after(words, timex.end)
    before = _token_before(words, timex.start)
    if before is not None and before.lower_ in table.comparison_particles:
        return True
    return any(tk.stts(t) in table.attributive_tags for t in own) or (
        after is not None and tk.stts(after) in table.attributive_tags)


def _antecedent(anaphor: Timex, document_timexes: Sequence[Timex]) -> Timex | None:
    """The last dated expression shortly before "damals"."""
    window = dating_words().anaphoric_window
    earlier = [t for t in document_timexes
               if dates_event(t) and t.end <= anaphor.start and t.start >= anaphor.start - window]
    return max(earlier, key=lambda t: t.start) if earlier else None


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: _Rank
    timex: Timex  # where the expression is in the text
    value: Timex  # what it says (an antecedent for "damals")


def _candidates(scope: Sequence[Timex], trigger_offset: int, words: Span | None,
                document_timexes: Sequence[Timex]) -> list[_Candidate]:
    anaphoric = dating_words().anaphoric
    found: list[_Candidate] = []
    for timex in scope:
        if timex.type is TimexType.DURATION and _FUTURE_WORDS.search(timex.text):
            found.append(_Candidate(_Rank.FUTURE_PERIOD, timex, timex))
        if _not_event_time(words, timex) or not (timex.type in _DATING_TYPES or dates_event(timex)):
            continue
        if timex.text.lower() in anaphoric and (antecedent := _antecedent(timex, document_timexes)):
            found.append(_Candidate(_Rank.CALENDAR, timex, antecedent))
        elif timex.value in REFERENCE_VALUES:
            if not _not_dating_reference(words, timex):
                found.append(_Candidate(_Rank.REFERENCE, timex, timex))
        else:
            noun = _modified_noun(words, timex)
            if noun is None or noun.idx == trigger_offset:
                found.append(_Candidate(_Rank.CALENDAR, timex, timex))
    return found


def _distance(timex: Timex, offset: int) -> int:
    return min(abs(timex.start - offset), abs(timex.end - offset))


def _from_candidate(best: _Candidate, published: date | None, future_hint: bool) -> EventDate:
    timex, value = best.timex, best.value
    if best.rank is _Rank.FUTURE_PERIOD:
        return EventDate(DateSource.NONE, timex.text, "FUTURE_REF", future_hint=True)
    if value.value == "PRESENT_REF" and published is not None:
        return EventDate(DateSource.RELATIVE, timex.text, value.value, published, published, future_hint)
    if not dates_event(value):
        return EventDate(DateSource.NONE, timex.text, value.value, future_hint=future_hint)
    source = source_of(value) if value is timex else DateSource.RELATIVE
    return EventDate(source, timex.text, value.value, value.date_start, value.date_end, future_hint)


def date_event(scope: Sequence[Timex], trigger_offset: int, published: date | None, *,
               words: Span | None = None, document_timexes: Sequence[Timex] = ()) -> EventDate:
    """Date from the time expressions of the event's clause (`scope`, and the clause's `words` when given:
    its reference particles and the tags that tell attributive expressions apart)."""
    if words is not None:
        tagged = {t.start for t in scope}
        scope = [*scope, *(t for t in reference_adverbs(words) if t.start not in tagged)]
    future_hint = any(is_future_hint(t, published) for t in scope)
    candidates = _candidates(scope, trigger_offset, words, document_timexes)
    if not candidates:
        return publication_date(published, future_hint)
    best = max(candidates, key=lambda c: (c.rank, -_distance(c.timex, trigger_offset)))
    return _from_candidate(best, published, future_hint)
