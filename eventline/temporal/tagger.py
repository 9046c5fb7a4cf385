"""The temporal tagger: find rule matches, settle overlaps, anchor each expression, emit `Timex` records.

Extraction (rules.py) and anchoring (resolve.py) are separate: this module only decides which matches
survive, what each one's reference date is (the DCT in news; the last mentioned date in narratives)
and which way an ambiguous expression points (tense.py).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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
from eventline.temporal.resolve import Resolved, duration_value, resolve, undated_time
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
    past_reference: re.Pattern[str]  # words for the past as a whole ("damals", "früher"): "heute" contrasts
    span_edge_cue: re.Pattern[str]  # "seit 2009", "bis spätestens 2019": a year that sets no year context
    language: str = DEFAULT_LANGUAGE

    def candidates(self, text: str) -> list[Candidate]:
        found: list[Candidate] = []
        lowered = text.lower()
        windows = self.hints.windows(text, lowered)
        # A character whose lower case is longer shifts offsets: then no literal prefilter.
        literals_checkable = len(lowered) == len(text)
        searched: dict[Requirement, list[Window]] = {}  # many rules share their requirement
        for rule, requirement, literals in zip(self.rules, self.rule_requirements, self.rule_literals, strict=True):
            if requirement not in searched:
                searched[requirement] = _windows_meeting(requirement, windows)
            rule_windows = searched[requirement]
            if not rule_windows:
                continue
            check_literals = literals_checkable and bool(literals)
            for window_start, window_end in rule_windows:
                if check_literals and not _contains_all(lowered, literals, window_start, window_end):
                    continue
                for match in rule.regex.finditer(text, window_start, window_end):
                    if match.end() == match.start() or rule.vetoed(text, match.start(), match.end()):
                        continue
                    found.append(Candidate(match.start(), match.end(), rule, match))
        return found

    def tag(self, text: str, dct: date | None, style: DocumentStyle = DocumentStyle.NEWS,
            timeml: bool = False) -> list[Timex]:
        """The expressions of `text`; with `timeml`, only those TimeML annotation marks (no "bisher")."""
        spans = sentence_spans(text)
        sentence_ends = [end for _, end in spans]
        times = ReferenceTimes(style, anchor=dct if style is DocumentStyle.NEWS else None)
        timexes: list[Timex] = []
        cues: dict[int, list[Cue]] = {}  # tense cues per sentence, found once
        for candidate in select(self.candidates(text)):
            if timeml and not candidate.rule.timeml:
                continue  # still selected above, so that no shorter expression takes its words
            partial = interpret(candidate.rule, candidate.match, self.language)
            sentence_index = _sentence_index(sentence_ends, candidate.start)
            sentence_start, sentence_end = spans[sentence_index]
            tense: Direction | None = None
            if style is DocumentStyle.NARRATIVE:
                tense = Direction.ANCHORED
            elif partial.depends_on_tense:  # the tense scan only where it can change the value
                span = (candidate.start - sentence_start, candidate.end - sentence_start)
                tense = nearest_cue_direction(self._sentence_cues(text, spans, sentence_index, cues), span)
            reference, tense = times.reference_for(partial, sentence_index, tense)
            if partial.generic_today and style is DocumentStyle.NEWS:
                previous = self._sentence_cues(text, spans, sentence_index - 1, cues) if sentence_index else []
                nowadays = self._reads_as_nowadays(
                    text, spans[sentence_index], (candidate.start, candidate.end),
                    self._sentence_cues(text, spans, sentence_index, cues),
                    previous_past=nearest_cue_direction(previous, None) is Direction.PAST
                    and sentence_index - 1 not in times.day_sentences,
                )
                partial = replace(partial, value="PRESENT_REF") if nowadays else replace(partial, generic_today=False)
            elif style is DocumentStyle.NARRATIVE and partial.is_today:
                # A narrative's "heute", "bis heute" is the writer's present, not a day of the story.
                partial = replace(partial, value="PRESENT_REF")
            if style is DocumentStyle.NEWS and times.on_several_days(partial, sentence_index):
                resolved = undated_time(partial)
            else:
                resolved = _resolve(partial, reference, tense)
            if style is DocumentStyle.NEWS:
                times.note_days(text, candidate, partial, resolved, sentence_index)
            cue = self.flashback_cue.search(text, max(0, candidate.start - 12), candidate.start)
            times.note(partial, resolved, sentence_index, flashback=cue is not None,
                       until=cue is not None and cue.lastgroup == "until",
                       span_edge=style is DocumentStyle.NEWS and partial.year is not None
                       and self.span_edge_cue.search(text, max(0, candidate.start - 20), candidate.start) is not None)
            if resolved.granularity in ("day", "time") and resolved.date_start is not None:
                times.day_sentences.add(sentence_index)
            start, end = candidate.start, candidate.end
            timex_type = candidate.rule.type if not resolved.value.endswith("_REF") else TimexType.DATE
            value = resolved.value
            if style is DocumentStyle.NEWS and partial.is_counted_distance:
                # TimeML: "vor drei Jahren" is the DURATION "drei Jahren"; the point it reaches stays the
                # day range, so that an event "vor drei Jahren" is still dated to that year.
                start, end = _amount_extent(candidate)
                timex_type, value = TimexType.DURATION, duration_value(partial)
            timexes.append(
                Timex(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=timex_type,
                    value=value,
                    mod=partial.mod,
                    date_start=resolved.date_start,
                    date_end=resolved.date_end,
                    granularity=resolved.granularity,
                    rule_id=candidate.rule.id,
                    timex_id=f"t{len(timexes) + 1}",
                )
            )
        return timexes

    def _sentence_cues(self, text: str, spans: Sequence[tuple[int, int]], index: int,
                       cues: dict[int, list[Cue]]) -> list[Cue]:
        """The tense cues of sentence `index` (offsets in the sentence), found once per sentence."""
        if index not in cues:
            start, end = spans[index]
            cues[index] = list(tense_cues_in(text[start:end], self.language))
        return cues[index]

    def _reads_as_nowadays(self, text: str, sentence: tuple[int, int], span: tuple[int, int],
                           cues: Sequence[Cue], previous_past: bool) -> bool:
        """Whether "heute" means "nowadays" (PRESENT_REF) rather than the DCT.

        Nowadays: next to a past reference word in its sentence ("damals Minister, heute Rentner"); "heute
        noch" outside a plan ("das erzählt man heute noch"); in a clause with no past or future cue ("wie wir
        heute wissen"); opening a present-tense sentence right after a past one that names no day ("Früher
        dauerte das Wochen. Heute genügt ein Klick.").
        """
        sentence_start, sentence_end = sentence
        if self.past_reference.search(text, sentence_start, sentence_end):
            return True
        clause_start, clause_end = _clause_around(text, sentence, span)
        in_clause = [c for c in cues if c.start >= clause_start - sentence_start and c.end <= clause_end - sentence_start]
        if STILL_TODAY.search(text, max(0, span[0] - 5), min(len(text), span[1] + 5)):
            # "heute noch", "noch heute" is "to this day", unless a plan makes it "before the day is out".
            return not any(c.direction is Direction.FUTURE for c in in_clause)
        if in_clause:
            return False
        opens_sentence = not text[sentence_start:span[0]].strip(" \t\n\"„“«»'(")
        return previous_past if opens_sentence else True


# "heute noch", "noch heute": to this day.
STILL_TODAY = re.compile(r"\bnoch\s+heute\b|\bheute\s+noch\b", re.IGNORECASE)

# Characters that end a clause for the "heute" reading.
CLAUSE_BOUNDARY = re.compile(r"[,;:()–]|\s-\s")


def _clause_around(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The comma-delimited clause of the sentence around `span`."""
    start, end = sentence
    before = [m.end() for m in CLAUSE_BOUNDARY.finditer(text, start, span[0])]
    after = CLAUSE_BOUNDARY.search(text, span[1], end)
    return (before[-1] if before else start), (after.start() if after else end)


# How many sentences a stated year carries over to a following month or day without one.
YEAR_CONTEXT_SENTENCES = 1
# In news, how far back a named day carries to a clock time without its own day ("19 Uhr"): the same
# or the previous sentence; and a named date to an anaphor ("an diesem Tag", "im selben Jahr").
CLOCK_DAY_SENTENCES = 1
ANAPHOR_SENTENCES = 2


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
    day_sentences: set[int] = field(default_factory=set)  # sentences that name a day (for "heute")
    # News: the last day and the last date the text names itself (not through an anaphor or a clock
    # time that took its day from them), and the sentence they are in: anaphors do not chain.
    named_day: tuple[date, int] | None = None
    named_date: tuple[date, int] | None = None
    # News: a text that speaks of several days at once ("am 3. und 4. Mai", "vom 3. bis 5. Mai",
    # "wochentags"): the sentence it does so in, and how many sentences on a clock time belongs to each of
    # them and to no one day ("jeweils 20 Uhr" is TimeML "T20:00"); where the last named day ends.
    several_days: tuple[int, int] | None = None
    last_day_end: int | None = None
    last_day_value: str | None = None

    def reference_for(
        self, partial: Partial, sentence_index: int, tense: Direction | None
    ) -> tuple[date | None, Direction | None]:
        if self.style is DocumentStyle.NEWS and (partial.is_time_of_day_only or partial.anaphoric):
            if partial.is_time_of_day_only:
                # A clock time reaches back one sentence; "am Abend" to the day under discussion.
                named = self.named_day
                reach = CLOCK_DAY_SENTENCES if partial.hour is not None else sentence_index
            else:
                named, reach = (self.named_day if partial.unit == "D" else self.named_date), ANAPHOR_SENTENCES
            if named is not None and sentence_index - named[1] <= reach:
                return named[0], tense
            return self.anchor, tense
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

    def note(self, partial: Partial, resolved: Resolved, sentence_index: int, flashback: bool,
             until: bool = False, span_edge: bool = False) -> None:
        """Update the reference times; a flashback date earlier than a narrative's anchor leaves it, and
        the end of a span ("bis 1881") leaves it whichever side it lies on. In news the edge of a span
        reaching now or a deadline ("seit 2009", "bis spätestens 2019") sets no year context."""
        if resolved.date_start is None:
            return
        if resolved.granularity in ("day", "time"):
            self.last_day = resolved.date_start
        if not (partial.anaphoric or partial.is_time_of_day_only or partial.is_counted_distance):
            if resolved.granularity in ("day", "time"):
                self.named_day = (resolved.date_start, sentence_index)
            if resolved.granularity not in COARSE:
                self.named_date = (resolved.date_start, sentence_index)
        if partial.year is not None and partial.year_context and not span_edge and resolved.granularity not in COARSE:
            self.last_explicit = (resolved.date_start, sentence_index)
        # "ab 1941" or "im letzten Jahr" looks back from the story's time; the story does not go back.
        looks_back = flashback or partial.is_backward_relative
        going_back = looks_back and self.anchor is not None and resolved.date_start < self.anchor
        if self.style is DocumentStyle.NARRATIVE and resolved.granularity not in COARSE and not going_back and not until:
            self.anchor = resolved.date_start

    def on_several_days(self, partial: Partial, sentence_index: int) -> bool:
        """Whether a clock time without a day of its own follows a mention of several days."""
        if partial.hour is None or not partial.is_time_of_day_only or self.several_days is None:
            return False
        said_in, reach = self.several_days
        return sentence_index - said_in <= reach

    def note_days(self, text: str, candidate: Candidate, partial: Partial, resolved: Resolved,
                  sentence_index: int) -> None:
        """A habit (SET) speaks of many days in its sentence; a day joined to the day named just before it
        by "und", "bis" or a comma makes a list of days, as far as a day carries to a clock time."""
        if candidate.rule.type is TimexType.SET:
            self.several_days = (sentence_index, 0)
        elif resolved.granularity == "day" and not (partial.anaphoric or partial.is_counted_distance):
            # "morgen, Dienstag," names one day twice: a list needs another day.
            joined = (self.last_day_end is not None and resolved.value != self.last_day_value
                      and DAY_LIST_JOINT.fullmatch(text, self.last_day_end, candidate.start) is not None)
            self.several_days = (sentence_index, CLOCK_DAY_SENTENCES) if joined else None
            self.last_day_end, self.last_day_value = candidate.end, resolved.value


# What stands between two days of one list: "3. und 4. Mai", "3., 4.", "vom 3. bis zum 5. Mai".
DAY_LIST_JOINT = re.compile(r"\s*(?:,|und|sowie|oder|bis|[-–/])\s*(?:(?:am|zum|vom)\s+)?", re.IGNORECASE)


def _takes_year_from_context(partial: Partial) -> bool:
    """A month, day or season without a year of its own and not relative to the DCT; "Ende des Jahres"."""
    if partial.in_year_context:
        return True
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
    if partial.is_time_of_day_only or (partial.anaphoric and partial.unit in ("D", None)):
        return True
    # In a narrative "am selben Tag" follows the last day mentioned, not the last year.
    return style is DocumentStyle.NARRATIVE and partial.unit in ("D", "W") and partial.year is None


def _resolve(partial: Partial, anchor: date | None, tense: Direction | None) -> Resolved:
    if partial.generic_today and tense in (None, Direction.ANCHORED):  # narratives (news: decided before)
        # "heute" in a sentence that reports no event, past or planned, means "nowadays".
        partial = replace(partial, value="PRESENT_REF")
    try:
        return resolve(partial, anchor, tense)
    except (OverflowError, ValueError):
        # An anchor at the calendar's ends (0001-01-01, 9999-12-31) shifted past them: the value is not
        # a date Python can name, so it stays underspecified, as without a publication date.
        return resolve(partial, None, tense)


# The placeholders of a counted amount and its unit: "rund drei Jahren" of "vor rund drei Jahren".
AMOUNT_PLACEHOLDERS = frozenset({"APPROX", "NUM", "UNIT", "UNIT_PL"})


def _amount_extent(candidate: Candidate) -> tuple[int, int]:
    """The span from a counted distance's amount (or its hedge) to its unit, without "vor"/"später"."""
    spans = [candidate.match.span(group) for group, placeholder in candidate.rule.groups.items()
             if placeholder in AMOUNT_PLACEHOLDERS and candidate.match.group(group) is not None]
    if not spans:
        return candidate.start, candidate.end
    return min(start for start, _ in spans), max(end for _, end in spans)


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
    flashback_cues = load_concept("flashback_cues", language)
    rules = load_rules(language)
    rule_literals = tuple(required_literals(rule.pattern) for rule in rules)
    return Tagger(
        rules=rules,
        hints=hint_scanner((word for rule in rules for word in rule.anchors), language),
        rule_requirements=tuple(requirement(rule) for rule in rules),
        rule_literals=rule_literals,
        past_reference=re.compile(
            rf"(?<!\w)(?:{load_concept('reference_words', language).alternation('PAST_REF')}"
            rf"|{load_concept('phase_adverbs', language).alternation('PAST_REF')})(?!\w)",
            re.IGNORECASE,
        ),
        span_edge_cue=re.compile(
            rf"(?<!\w)(?:{load_concept('span_edge_cues', language).alternation()})\s+(?:\w+\s+)?$", re.IGNORECASE
        ),
        flashback_cue=re.compile(
            rf"(?<!\w)(?:(?P<until>{flashback_cues.alternation('until')})|{flashback_cues.alternation('cue')})\s*$",
            re.IGNORECASE,
        ),
        language=language,
    )


def tag_text(text: str, dct: date | None, style: DocumentStyle = DocumentStyle.NEWS,
             timeml: bool = False) -> list[Timex]:
    """Temporal expressions in `text`, in text order, anchored on `dct` (news) or on the text (narrative).

    `timeml`: leave out what TimeML annotation does not mark ("bisher", "zuletzt"; rules with
    `timeml: false`), for TimeML export and TimeML gold; the project's own uses keep them.
    """
    return default_tagger().tag(text, dct, DocumentStyle(style), timeml)
