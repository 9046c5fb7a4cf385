from __future__ import annotations

import pytest

from eventline.temporal.scoring import (
    OVERALL,
    Alignment,
    Counts,
    ErrorKind,
    align_document,
    alignment_errors,
    context_window,
    count_alignment,
    counts_by_subset,
    errors_by_kind,
    match_annotations,
    scores_from_counts,
)
from eventline.temporal.timeml import TimexAnnotation

TEXT = "Am 3. Mai 2010 kam er, seit drei Tagen ist er hier, heute geht er."


def span(fragment: str, value: str, type_: str | None = "DATE", text: str = TEXT) -> TimexAnnotation:
    start = text.index(fragment)
    return TimexAnnotation(start, start + len(fragment), fragment, value, type_)


def test_identical_spans_are_strict_and_relaxed_matches() -> None:
    gold = [span("3. Mai 2010", "2010-05-03")]
    matches, missed, spurious = match_annotations(gold, [span("3. Mai 2010", "2010-05-03")])
    assert len(matches) == 1 and matches[0].is_strict and matches[0].value_correct
    assert missed == [] and spurious == []


def test_overlapping_spans_are_a_relaxed_but_not_a_strict_match() -> None:
    matches, missed, spurious = match_annotations([span("3. Mai 2010", "2010-05-03")], [span("Mai 2010", "2010-05")])
    assert len(matches) == 1 and not matches[0].is_strict and not matches[0].value_correct
    assert missed == [] and spurious == []


def test_adjacent_spans_do_not_overlap() -> None:
    text = "1939-1945"
    gold = [TimexAnnotation(0, 4, "1939", "1939")]
    system = [TimexAnnotation(4, 9, "-1945", "1945")]
    matches, missed, spurious = match_annotations(gold, system)
    assert matches == [] and missed == gold and spurious == system
    assert text[gold[0].start:gold[0].end] == "1939"


def test_one_system_span_covering_two_gold_spans_matches_only_the_larger_overlap() -> None:
    gold = [span("3. Mai", "2010-05-03"), span("2010", "2010")]
    system = [span("3. Mai 2010", "2010-05-03")]
    matches, missed, spurious = match_annotations(gold, system)
    assert [m.gold.text for m in matches] == ["3. Mai"]
    assert [g.text for g in missed] == ["2010"] and spurious == []


def test_two_system_spans_inside_one_gold_span_match_once_and_leave_one_spurious() -> None:
    gold = [span("3. Mai 2010", "2010-05-03")]
    system = [span("3. Mai", "XXXX-05-03"), span("2010", "2010")]
    matches, missed, spurious = match_annotations(gold, system)
    assert [m.system.text for m in matches] == ["3. Mai"]
    assert missed == [] and [s.text for s in spurious] == ["2010"]


def test_greedy_matching_pairs_the_largest_overlap_first_not_document_order() -> None:
    text = "abcdefghij"
    gold = [TimexAnnotation(0, 4, "abcd", "A"), TimexAnnotation(4, 10, "efghij", "B")]
    system = [TimexAnnotation(2, 9, "cdefghi", "B")]  # overlaps gold A by 2, gold B by 5
    matches, missed, _ = match_annotations(gold, system)
    assert [m.gold.value for m in matches] == ["B"] and [g.value for g in missed] == ["A"]
    assert text[2:9] == "cdefghi"


def test_an_identical_span_wins_a_tie_against_an_equal_overlap() -> None:
    gold = [TimexAnnotation(0, 4, "Juni", "A"), TimexAnnotation(0, 9, "Juni 1940", "B")]
    system = [TimexAnnotation(0, 4, "Juni", "A")]
    matches, _, _ = match_annotations(gold, system)
    assert matches[0].gold.value == "A" and matches[0].is_strict


def test_no_system_output_is_all_missed_and_zero_scores() -> None:
    alignment = align_document("d", ".", TEXT, [span("heute", "2010-05-06")], [])
    scores = scores_from_counts(count_alignment(alignment))
    assert scores.relaxed_recall == 0.0 and scores.relaxed_precision == 0.0 and scores.value_f1 == 0.0
    assert scores.type_accuracy is None


def test_scores_follow_the_tempeval3_definitions() -> None:
    gold = [span("3. Mai 2010", "2010-05-03"), span("drei Tagen", "P3D", "DURATION"), span("heute", "2010-05-06")]
    system = [span("3. Mai 2010", "2010-05-03"), span("seit drei Tagen", "P3D", "DATE"), span("er hier", "X")]
    counts = count_alignment(align_document("d", ".", TEXT, gold, system))
    assert counts == Counts(gold=3, system=3, strict=1, relaxed=2, value_correct=2, type_scored=2, type_correct=1)
    scores = scores_from_counts(counts)
    assert scores.strict_precision == pytest.approx(1 / 3)
    assert scores.relaxed_f1 == pytest.approx(2 / 3)
    assert scores.value_accuracy == pytest.approx(1.0)
    assert scores.type_accuracy == pytest.approx(0.5)
    assert scores.value_f1 == pytest.approx(1.0 * 2 / 3)


def test_timex2_gold_without_type_is_not_scored_for_type() -> None:
    counts = count_alignment(align_document("d", ".", TEXT, [span("heute", "2010-05-06", None)],
                                            [span("heute", "2010-05-06", "DATE")]))
    assert counts.type_scored == 0 and scores_from_counts(counts).type_accuracy is None


def test_values_are_compared_verbatim_so_malformed_gold_never_matches() -> None:
    matches, _, _ = match_annotations([span("heute", "2014_07")], [span("heute", "2014-07")])
    assert not matches[0].value_correct


def test_counts_are_micro_averaged_over_documents_and_per_subset() -> None:
    big = align_document("a", "DieZeit", TEXT, [span("heute", "A")] * 1, [span("heute", "A")])
    small = align_document("b", "Dolomiten", TEXT, [span("heute", "A"), span("3. Mai 2010", "B")], [])
    by_subset = counts_by_subset([small, big])
    assert list(by_subset) == ["DieZeit", "Dolomiten", OVERALL]
    assert by_subset[OVERALL] == by_subset["DieZeit"] + by_subset["Dolomiten"]
    # micro: 1 of 3 gold found, not the mean of the per-document recalls (1.0 and 0.0)
    assert scores_from_counts(by_subset[OVERALL]).relaxed_recall == pytest.approx(1 / 3)


def test_errors_list_missed_spurious_and_wrong_values_with_context() -> None:
    alignment = align_document(
        "doc", ".", TEXT,
        [span("3. Mai 2010", "2010-05-03"), span("heute", "2010-05-06")],
        [span("Mai 2010", "2010-05"), span("drei Tagen", "P3D")],
    )
    errors = alignment_errors(alignment, width=5)
    assert [(e.kind, e.text) for e in errors] == [
        (ErrorKind.WRONG_EXTENT, "3. Mai 2010"), (ErrorKind.WRONG_VALUE, "3. Mai 2010"),
        (ErrorKind.SPURIOUS, "drei Tagen"), (ErrorKind.MISSED, "heute")]
    wrong = errors[1]
    assert (wrong.gold_value, wrong.system_value, wrong.system_text) == ("2010-05-03", "2010-05", "Mai 2010")
    assert errors[0].system_text == "Mai 2010"
    assert errors[3].context == "ier, [[heute]] geht"
    grouped = errors_by_kind([alignment])
    assert {kind: len(found) for kind, found in grouped.items()} == {
        ErrorKind.MISSED: 1, ErrorKind.SPURIOUS: 1, ErrorKind.WRONG_VALUE: 1, ErrorKind.WRONG_EXTENT: 1}


def test_a_correct_match_is_not_an_error() -> None:
    alignment = Alignment("d", ".", TEXT, tuple(match_annotations([span("heute", "A")], [span("heute", "A")])[0]), (), ())
    assert alignment_errors(alignment) == []


def test_context_window_is_one_line_and_clipped_at_the_text_edges() -> None:
    assert context_window("a\nb heute\tc", 4, 9, width=10) == "a b [[heute]] c"
