"""TempEval-3 style scoring of temporal expressions.

- strict match: identical span; relaxed match: any overlap, one-to-one, paired greedily by largest
  overlap (identical spans win ties), each gold and system annotation used at most once;
- value and type accuracy are taken over relaxed matches (type only where the gold has one: TIMEX2
  has none); value F1 = value accuracy x relaxed F1;
- everything is micro-averaged (counts are summed before dividing), overall and per sub-folder.
Values and types are compared as plain strings, verbatim.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum

from eventline.metrics import f1, ratio
from eventline.temporal.timeml import TimexAnnotation


@dataclass(frozen=True, slots=True)
class Match:
    gold: TimexAnnotation
    system: TimexAnnotation

    @property
    def is_strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.system.start, self.system.end)

    @property
    def value_correct(self) -> bool:
        return self.gold.value == self.system.value

    @property
    def type_scored(self) -> bool:
        return self.gold.type is not None

    @property
    def type_correct(self) -> bool:
        return self.gold.type is not None and self.gold.type == self.system.type


@dataclass(frozen=True, slots=True)
class Alignment:
    """The pairing of one document's gold and system annotations."""

    doc_id: str
    subset: str
    text: str
    matches: tuple[Match, ...]
    missed: tuple[TimexAnnotation, ...]  # gold without any overlapping system annotation left
    spurious: tuple[TimexAnnotation, ...]  # system without any overlapping gold annotation left


def overlap(a: TimexAnnotation, b: TimexAnnotation) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_annotations(gold: Sequence[TimexAnnotation],
                      system: Sequence[TimexAnnotation]) -> tuple[list[Match], list[TimexAnnotation], list[TimexAnnotation]]:
    """One-to-one relaxed matching: (matches, missed gold, spurious system), each in document order."""
    candidates = [
        (overlap(g, s), (g.start, g.end) == (s.start, s.end), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if g.start < s.end and s.start < g.end
    ]
    # Largest overlap first; an identical span beats an equal overlap; then document order.
    candidates.sort(key=lambda c: (-c[0], not c[1], c[2], c[3]))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, si in candidates:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gi, si))
    matches = [Match(gold[gi], system[si]) for gi, si in sorted(pairs)]
    missed = [g for gi, g in enumerate(gold) if gi not in used_gold]
    spurious = [s for si, s in enumerate(system) if si not in used_system]
    return matches, missed, spurious


def align_document(doc_id: str, subset: str, text: str, gold: Sequence[TimexAnnotation],
                   system: Sequence[TimexAnnotation]) -> Alignment:
    matches, missed, spurious = match_annotations(gold, system)
    return Alignment(doc_id, subset, text, tuple(matches), tuple(missed), tuple(spurious))


@dataclass(frozen=True, slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_correct: int = 0
    type_scored: int = 0
    type_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


def count_alignment(alignment: Alignment) -> Counts:
    matches = alignment.matches
    return Counts(
        gold=len(matches) + len(alignment.missed),
        system=len(matches) + len(alignment.spurious),
        strict=sum(m.is_strict for m in matches),
        relaxed=len(matches),
        value_correct=sum(m.value_correct for m in matches),
        type_scored=sum(m.type_scored for m in matches),
        type_correct=sum(m.type_correct for m in matches),
    )


@dataclass(frozen=True, slots=True)
class Scores:
    """Fractions in [0, 1]; `type_accuracy` is None where no matched gold annotation has a type."""

    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    value_accuracy: float
    type_accuracy: float | None
    value_f1: float


def scores_from_counts(counts: Counts) -> Scores:
    strict_p, strict_r = ratio(counts.strict, counts.system), ratio(counts.strict, counts.gold)
    relaxed_p, relaxed_r = ratio(counts.relaxed, counts.system), ratio(counts.relaxed, counts.gold)
    relaxed_f1 = f1(relaxed_p, relaxed_r)
    value_accuracy = ratio(counts.value_correct, counts.relaxed)
    return Scores(
        strict_precision=strict_p,
        strict_recall=strict_r,
        strict_f1=f1(strict_p, strict_r),
        relaxed_precision=relaxed_p,
        relaxed_recall=relaxed_r,
        relaxed_f1=relaxed_f1,
        value_accuracy=value_accuracy,
        type_accuracy=ratio(counts.type_correct, counts.type_scored) if counts.type_scored else None,
        value_f1=value_accuracy * relaxed_f1,
    )


OVERALL = "overall"


def counts_by_subset(alignments: Iterable[Alignment]) -> dict[str, Counts]:
    """Summed counts per sub-folder (sorted) plus the micro-averaged total under `OVERALL`."""
    per_subset: dict[str, Counts] = {}
    for alignment in alignments:
        per_subset[alignment.subset] = per_subset.get(alignment.subset, Counts()) + count_alignment(alignment)
    total = sum(per_subset.values(), Counts())
    return {**dict(sorted(per_subset.items())), OVERALL: total}


class ErrorKind(StrEnum):
    MISSED = "missed"  # gold annotation the system did not find
    SPURIOUS = "spurious"  # system annotation with no gold counterpart
    WRONG_VALUE = "wrong value"  # found (relaxed), normalized differently
    WRONG_EXTENT = "wrong extent"  # found (relaxed), but not the same span: costs strict scores


@dataclass(frozen=True, slots=True)
class TimexError:
    kind: ErrorKind
    doc_id: str
    subset: str
    start: int
    text: str
    gold_value: str | None
    system_value: str | None
    context: str
    system_text: str | None = None  # the system's extent where it differs from the gold one


def context_window(text: str, start: int, end: int, width: int = 40) -> str:
    """The annotation with `width` characters either side, marked [[like this]], on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def alignment_errors(alignment: Alignment, width: int = 40) -> list[TimexError]:
    """Missed, spurious, wrong-value and wrong-extent errors of one document, in document order."""
    text, doc_id, subset = alignment.text, alignment.doc_id, alignment.subset
    errors = [TimexError(ErrorKind.MISSED, doc_id, subset, g.start, g.text, g.value, None,
                         context_window(text, g.start, g.end, width)) for g in alignment.missed]
    errors += [TimexError(ErrorKind.SPURIOUS, doc_id, subset, s.start, s.text, None, s.value,
                          context_window(text, s.start, s.end, width)) for s in alignment.spurious]
    errors += [TimexError(ErrorKind.WRONG_VALUE, doc_id, subset, m.gold.start, m.gold.text, m.gold.value,
                          m.system.value, context_window(text, m.gold.start, m.gold.end, width),
                          None if m.is_strict else m.system.text)
               for m in alignment.matches if not m.value_correct]
    errors += [TimexError(ErrorKind.WRONG_EXTENT, doc_id, subset, m.gold.start, m.gold.text, m.gold.value,
                          m.system.value, context_window(text, m.gold.start, m.gold.end, width), m.system.text)
               for m in alignment.matches if not m.is_strict]
    return sorted(errors, key=lambda e: (e.start, e.kind))


def errors_by_kind(alignments: Iterable[Alignment], width: int = 40) -> Mapping[ErrorKind, list[TimexError]]:
    grouped: dict[ErrorKind, list[TimexError]] = {kind: [] for kind in ErrorKind}
    for alignment in alignments:
        for error in alignment_errors(alignment, width):
            grouped[error.kind].append(error)
    return grouped
