"""Search windows around hints."""
from __future__ import annotations

from eventline.temporal.hints import MARGIN, hint_scanner


def test_a_text_without_hints_has_no_window() -> None:
    assert hint_scanner([], "de").windows("Die Partei und die Gewerkschaft einigten sich.") == []


def test_a_window_reaches_the_margin_around_a_hint_and_does_not_split_words() -> None:
    text = "x" * 100 + " Anfang Februar kam er " + "y" * 100
    [(start, end)] = hint_scanner([], "de").windows(text)
    hint = text.index("Februar")
    assert start <= hint - MARGIN + 1 and end >= hint + len("Februar") + MARGIN - 1
    assert start == 0 or text[start - 1].isspace()
    assert end == len(text) or text[end].isspace()


def test_hints_match_inside_words_and_declared_anchor_words_count() -> None:
    scanner = hint_scanner(["heuer"], "de")
    assert scanner.windows("im Vorjahr")  # "jahr" inside "Vorjahr"
    assert scanner.windows("Das Fest ist heuer")
