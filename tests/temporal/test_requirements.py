"""What every match of a rule pattern must contain: hint kinds and literal strings."""
from __future__ import annotations

from eventline.temporal.hints import intersect_windows
from eventline.temporal.requirements import required_clauses, required_literals

KINDS = {"MONTH": "months", "DAY": "digits", "YEAR": "digits", "UNIT": "units", "UNIT_PL": "unit_plurals"}


def kinds(pattern: str) -> set[frozenset[str]]:
    return set(required_clauses(pattern, KINDS.get))


def test_a_day_month_year_pattern_requires_digits_and_a_month() -> None:
    assert kinds(r"{DAY}\.\s*{MONTH}\s+{YEAR}") == {frozenset({"digits"}), frozenset({"months"})}


def test_an_optional_placeholder_is_not_required() -> None:
    assert kinds(r"(?:{DAY}\.\s*)?{MONTH}") == {frozenset({"months"})}
    assert kinds(r"{MONTH}(?:\s+{YEAR})?") == {frozenset({"months"})}


def test_alternative_placeholders_make_one_clause() -> None:
    assert kinds(r"{NUM}\s+(?:{UNIT}|{UNIT_PL})") == {frozenset({"units", "unit_plurals"})}


def test_a_placeholder_without_a_hint_kind_and_lookarounds_require_nothing() -> None:
    assert kinds(r"{NUM}\s+Jahre") == set()
    assert kinds(r"(?<=\bim\s+){CTX:months}(?={YEAR})\w+") == set()


def test_literal_words_of_a_pattern_and_its_lookahead_are_required_in_lower_case() -> None:
    assert set(required_literals(r"{HOUR}\s*Uhr")) == {frozenset({"uhr"})}
    assert set(required_literals(r"{YEAR}(?=\s*v\.\s*Chr\.)")) == {frozenset({"v."}), frozenset({"chr."})}


def test_optional_or_lookbehind_literals_and_single_characters_are_not_required() -> None:
    assert required_literals(r"{HOUR}(?:\s*Uhr)?") == ()
    assert required_literals(r"(?<=\bum\s+){HOUR}") == ()
    assert required_literals(r"{DAY}\.{MONTH}") == ()


def test_alternative_literals_make_one_clause() -> None:
    assert set(required_literals(r"(?:jeden|pro)\s+{UNIT}")) == {frozenset({"jeden", "pro"})}


def test_windows_intersect_to_the_spans_inside_both() -> None:
    assert intersect_windows([(0, 10), (20, 30)], [(5, 25)]) == [(5, 10), (20, 25)]
    assert intersect_windows([(0, 10)], [(10, 20)]) == []
