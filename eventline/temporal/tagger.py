"""The temporal tagger: find rule matches, settle overlaps, anchor each expression, emit `Timex` records.

Extraction (rules.py) and anchoring (resolve.py) are separate: this module only decides which matches
survive, what each one's reference date is (the DCT in news; the last mentioned date in narratives)
and which way an ambiguous expression points (tense.py).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import cache

import regex as re

from eventline.temporal.hints import (
    ANCHOR_CONCEPTS,
    ANCHOR_WORDS,
    DIGITS,
    HintScanner,
    Window,
    hint_scanner,
    intersect_windows,
    merge_windows,
)
from eventline.temporal.lexicon import DEFAULT_LANGUAGE, load_concept
from eventline.temporal.partial import Direction, Partial
from eventline.temporal.requirements import Clause, required_clauses, required_literals
from eventline.temporal.resolve import Resolved, resolve
from eventline.temporal.rules import (
    CONCEPT_PLACEHOLDERS,
    DIGIT_PLACEHOLDERS,
    Candidate,
    Rule,
    base_placeholder,
    interpret,
    load_rules,
)
from eventline.temporal.tense import Cue, nearest_cue_direction, sentence_spans, tense_cues_in
from schemas import Timex, TimexType

# Granularities too coarse to move a narrative's reference time.
COARSE = frozenset({"decade", "century", "reference", "duration", "set"})


class DocumentStyle(StrEnum):
    NEWS = "news"  # relative expressions anchor on the DCT
    NARRATIVE = "narrative"  # relative expressions anchor on the last mentioned date


@dataclass(frozen=True, slots=True)
class Tagger:
    rules: tuple[Rule, ...]
    flashback_cue: re.Pattern[str]
    hints: HintScanner
    rule_requirements: tuple[Requirement, ...]  # per rule, the hint kinds its matches contain
    rule_literals: tuple[tuple[Clause, ...], ...]  # per rule, the literal strings its matches contain
    literal_strings: frozenset[str]  # all of them
    language: str = DEFAULT_LANGUAGE

    def candidates(self, text: str) -> list[Candidate]:
        found: list[Candidate] = []
        lowered = text.lower()
        windows = self.hints.windows(text, lowered)
        # A character whose lower case is longer shifts offsets: then no literal prefilter.
        literals_checkable = len(lowered) == len(text)
        searched: dict[Requirement, list[Window]] = {}  # many rules share their requirement
        # Which literal strings the text holds at all: one search each, not one per rule.
        present = {string for string in self.literal_strings if string in lowered} if literals_checkable else set()
        for rule, requirement, literals in zip(self.rules, self.rule_requirements, self.rule_literals, strict=True):
            check_literals = literals_checkable and bool(literals)
            if check_literals and not all(not present.isdisjoint(clause) for clause in literals):
                continue
            if requirement not in searched:
                searched[requirement] = _windows_meeting(requirement, windows)
            for window_start, window_end in searched[requirement]:
                if check_literals and not _contains_all(lowered, literals, window_start, window_end):
                    continue
                for match in rule.regex.finditer(text, window_start, window_end):
                    if match.end() == match.start() or rule.vetoed(text, match.start(), match.end()):
                        continue
                    found.append(Candidate(match.start(), match.end(), rule, match))
        return found

    def tag(self, text: str, dct: date | None, style: DocumentStyle = DocumentStyle.NEWS) -> list[Timex]:
        spans = sentence_spans(text)
        sentence_ends = [end for _, end in spans]
        times = ReferenceTimes(style, anchor=dct if style is DocumentStyle.NEWS else None)
        timexes: list[Timex] = []
        cues: dict[int, list[Cue]] = {}  # tense cues per sentence, found once
        for candidate in select(self.candidates(text)):
            partial = interpret(candidate.rule, candidate.match, self.language)
            sentence_index = _sentence_index(sentence_ends, candidate.start)
            sentence_start, sentence_end = spans[sentence_index]
            if style is DocumentStyle.NARRATIVE:
                tense: Direction | None = Direction.ANCHORED
            else:
                if sentence_index not in cues:
                    cues[sentence_index] = list(tense_cues_in(text[sentence_start:sentence_end], self.language))
                span = (candidate.start - sentence_start, candidate.end - sentence_start)
                tense = nearest_cue_direction(cues[sentence_index], span)
            reference, tense = times.reference_for(partial, sentence_index, tense)
            resolved = _resolve(partial, reference, tense)
            flashback = bool(self.flashback_cue.search(text, max(0, candidate.start - 12), candidate.start))
            times.note(partial, resolved, sentence_index, flashback)
            start = candidate.start
            timexes.append(
                Timex(
                    start=start,
                    end=candidate.end,
                    text=text[start : candidate.end],
                    type=candidate.rule.type if not resolved.value.endswith("_REF") else TimexType.DATE,
                    value=resolved.value,
                    mod=partial.mod,
                    date_start=resolved.date_start,
                    date_end=resolved.date_end,
                    granularity=resolved.granularity,
                    rule_id=candidate.rule.id,
                    timex_id=f"t{len(timexes) + 1}",
                )
            )
        return timexes


# How many sentences a stated year carries over to a following month or day without one.
YEAR_CONTEXT_SENTENCES = 1


@dataclass(slots=True)
class ReferenceTimes:
    """The reference times a document has established so far (local to one `tag` call).

    anchor: the DCT in news; in narratives the last mentioned date. last_day: the last mentioned day,
    for "am Abend" or "am Tag zuvor". last_explicit: the last date whose year the text states, and the
    sentence it is in: a bare "im April" right after "im März 1992" is April 1992, not of the DCT's year.
    """

    style: DocumentStyle
    anchor: date | None
    last_day: date | None = None
    last_explicit: tuple[date, int] | None = None

    def reference_for(
        self, partial: Partial, sentence_index: int, tense: Direction | None
    ) -> tuple[date | None, Direction | None]:
        if _needs_day_anchor(partial, self.style):
            return self.last_day or self.anchor, tense
        if self.style is DocumentStyle.NEWS and _takes_year_from_context(partial) and self.last_explicit:
            mentioned, mentioned_in = self.last_explicit
            near = sentence_index - mentioned_in <= YEAR_CONTEXT_SENTENCES
            # A plan cannot fall in a year the DCT has left behind.
            stale = self.anchor is not None and tense is Direction.FUTURE and mentioned < self.anchor
            if near and not stale and (self.anchor is None or mentioned.year != self.anchor.year):
                return mentioned, Direction.ANCHORED
        return self.anchor, tense

    def note(self, partial: Partial, resolved: Resolved, sentence_index: int, flashback: bool) -> None:
        """Update the reference times; a flashback date earlier than a narrative's anchor leaves it."""
        if resolved.date_start is None:
            return
        if resolved.granularity in ("day", "time"):
            self.last_day = resolved.date_start
        if partial.year is not None and resolved.granularity not in COARSE:
            self.last_explicit = (resolved.date_start, sentence_index)
        # "ab 1941" or "im letzten Jahr" looks back from the story's time; the story does not go back.
        looks_back = flashback or partial.is_backward_relative
        going_back = looks_back and self.anchor is not None and resolved.date_start < self.anchor
        if self.style is DocumentStyle.NARRATIVE and resolved.granularity not in COARSE and not going_back:
            self.anchor = resolved.date_start


def _takes_year_from_context(partial: Partial) -> bool:
    """A month, day or season without a year of its own and not relative to the DCT."""
    has_calendar_part = partial.month is not None or partial.season is not None
    return has_calendar_part and partial.year is None and partial.unit is None and partial.relation is None


# Clauses of hint kinds, all of which a rule's match satisfies (see requirements.py).
Requirement = tuple[Clause, ...]


def hint_kinds(rule: Rule) -> frozenset[str]:
    """The hint kinds a rule's match must contain one of: its anchor concepts, digits, its anchor words."""
    placeholders = {base_placeholder(p) for p in rule.groups.values()}
    kinds = {CONCEPT_PLACEHOLDERS[p] for p in placeholders if CONCEPT_PLACEHOLDERS.get(p) in ANCHOR_CONCEPTS}
    if placeholders & set(DIGIT_PLACEHOLDERS) or "NUM" in placeholders:
        kinds.add(DIGITS)
    if rule.anchors:
        kinds.add(ANCHOR_WORDS)
    return frozenset(kinds)


def _placeholder_hint_kind(placeholder: str) -> str | None:
    """The hint kind every match of a placeholder is (NUM is none: "drei" is no hint)."""
    base = base_placeholder(placeholder)
    if base in DIGIT_PLACEHOLDERS:
        return DIGITS
    concept = CONCEPT_PLACEHOLDERS.get(base)
    return concept if concept in ANCHOR_CONCEPTS else None


def requirement(rule: Rule) -> Requirement:
    """`hint_kinds` and the clauses read off the pattern, without clauses that others imply."""
    clauses = {hint_kinds(rule), *required_clauses(rule.pattern, _placeholder_hint_kind)}
    kept = {c for c in clauses if not any(other < c for other in clauses)}
    return tuple(sorted(kept, key=sorted))


def _contains_all(lowered: str, literals: Sequence[Clause], start: int, end: int) -> bool:
    """Whether `lowered[start:end]` holds one string of each clause."""
    for clause in literals:  # loops, not all(any(...)): this runs for every rule and window
        for string in clause:
            if lowered.find(string, start, end) >= 0:
                break
        else:
            return False
    return True


def _windows_meeting(requirement: Requirement, windows: dict[str, list[Window]]) -> list[Window]:
    """Where a match can lie: near a hint of each clause."""
    searched: list[Window] | None = None
    for clause in requirement:
        near = merge_windows(windows.get(kind, []) for kind in clause)
        searched = near if searched is None else intersect_windows(searched, near)
    return searched or []


def _needs_day_anchor(partial: Partial, style: DocumentStyle) -> bool:
    """Whether an expression is relative to the last mentioned day rather than the general anchor."""
    if partial.is_time_of_day_only or partial.anaphoric:
        return True
    # In a narrative "am selben Tag" follows the last day mentioned, not the last year.
    return style is DocumentStyle.NARRATIVE and partial.unit in ("D", "W") and partial.year is None


def _resolve(partial: Partial, anchor: date | None, tense: Direction | None) -> Resolved:
    if partial.generic_today and tense in (None, Direction.ANCHORED):
        # "heute" in a sentence that reports no event, past or planned, means "nowadays".
        partial = replace(partial, value="PRESENT_REF")
    try:
        return resolve(partial, anchor, tense)
    except (OverflowError, ValueError):
        # An anchor at the calendar's ends (0001-01-01, 9999-12-31) shifted past them: the value is not
        # a date Python can name, so it stays underspecified, as without a publication date.
        return resolve(partial, None, tense)


def _sentence_index(sentence_ends: Sequence[int], offset: int) -> int:
    """The first sentence that ends after `offset` (the last one for an offset past all)."""
    return min(bisect_right(sentence_ends, offset), len(sentence_ends) - 1)


def select(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Keep the longest matches that do not overlap (rule priority breaks ties), in text order."""
    taken: list[Candidate] = []  # in text order, so the neighbours of a new match tell any overlap
    starts: list[int] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, -c.rule.priority, c.start)):
        at = bisect_right(starts, candidate.start)
        if at and taken[at - 1].end > candidate.start:
            continue
        if at < len(taken) and taken[at].start < candidate.end:
            continue
        taken.insert(at, candidate)
        starts.insert(at, candidate.start)
    return taken


@cache
def default_tagger(language: str = DEFAULT_LANGUAGE) -> Tagger:
    flashback_cues = load_concept("flashback_cues", language).alternation()
    rules = load_rules(language)
    rule_literals = tuple(required_literals(rule.pattern) for rule in rules)
    return Tagger(
        rules=rules,
        hints=hint_scanner((word for rule in rules for word in rule.anchors), language),
        rule_requirements=tuple(requirement(rule) for rule in rules),
        rule_literals=rule_literals,
        literal_strings=frozenset(string for literals in rule_literals for clause in literals for string in clause),
        flashback_cue=re.compile(rf"(?<!\w)(?:{flashback_cues})\s*$", re.IGNORECASE),
        language=language,
    )


def tag_text(text: str, dct: date | None, style: DocumentStyle = DocumentStyle.NEWS) -> list[Timex]:
    """Temporal expressions in `text`, in text order, anchored on `dct` (news) or on the text (narrative)."""
    return default_tagger().tag(text, dct, DocumentStyle(style))
