"""The resolver alone: partial values anchored on explicit reference dates."""
from __future__ import annotations

from datetime import date

import pytest

from eventline.temporal.partial import Direction, Partial, Relation
from eventline.temporal.resolve import Period, narrow, period_range, period_value, resolve, value_range
from schemas import TimexMod, TimexType

REF = date(2023, 2, 27)  # a Monday


@pytest.mark.parametrize(
    ("mod", "start", "end"),
    [
        (TimexMod.START, date(2023, 4, 1), date(2023, 4, 10)),
        (TimexMod.MID, date(2023, 4, 11), date(2023, 4, 20)),
        (TimexMod.END, date(2023, 4, 21), date(2023, 4, 30)),
        (TimexMod.APPROX, date(2023, 4, 1), date(2023, 4, 30)),
    ],
)
def test_a_month_splits_at_the_tenth_and_twentieth(mod: TimexMod, start: date, end: date) -> None:
    assert narrow(date(2023, 4, 1), date(2023, 4, 30), "month", mod) == (start, end)


@pytest.mark.parametrize(
    ("mod", "start", "end"),
    [
        (TimexMod.START, date(2023, 1, 1), date(2023, 4, 30)),
        (TimexMod.MID, date(2023, 5, 1), date(2023, 8, 31)),
        (TimexMod.END, date(2023, 9, 1), date(2023, 12, 31)),
    ],
)
def test_a_year_splits_into_thirds_of_its_months(mod: TimexMod, start: date, end: date) -> None:
    assert narrow(date(2023, 1, 1), date(2023, 12, 31), "year", mod) == (start, end)


def test_a_week_splits_into_monday_tuesday_then_wednesday_to_friday_then_the_weekend() -> None:
    monday, sunday = date(2023, 2, 27), date(2023, 3, 5)
    assert narrow(monday, sunday, "week", TimexMod.START) == (monday, date(2023, 2, 28))
    assert narrow(monday, sunday, "week", TimexMod.MID) == (date(2023, 3, 1), date(2023, 3, 3))
    assert narrow(monday, sunday, "week", TimexMod.END) == (date(2023, 3, 4), sunday)


def test_winter_is_december_to_february_named_by_its_january() -> None:
    assert period_range(Period("season", 2014, season="WI")) == (date(2013, 12, 1), date(2014, 2, 28))


def test_iso_weeks_are_used_for_weeks() -> None:
    resolved = resolve(Partial(TimexType.DATE, unit="W", offset=0), date(2014, 12, 24))
    assert resolved.value == "2014-W52"


@pytest.mark.parametrize(
    ("relation", "tense", "value"),
    [
        (Relation.LAST, None, "2022-08"),
        (Relation.NEXT, None, "2023-08"),
        (None, Direction.PAST, "2022-08"),
        (None, Direction.FUTURE, "2023-08"),
        (None, None, "2023-08"),
    ],
)
def test_a_month_without_a_year_follows_its_relation_word_then_the_tense(
    relation: Relation | None, tense: Direction | None, value: str
) -> None:
    assert resolve(Partial(TimexType.DATE, month=8, relation=relation), REF, tense).value == value


def test_a_month_just_past_stays_in_the_dct_year_even_with_future_tense() -> None:
    # Reporting lag: "Anfang Februar ... werde" on 27 February still means this February.
    assert resolve(Partial(TimexType.DATE, month=2), REF, Direction.FUTURE).value == "2023-02"


@pytest.mark.parametrize(
    ("relation", "tense", "value"),
    [
        (None, None, "2023-03-04"),
        (None, Direction.PAST, "2023-02-25"),
        (None, Direction.FUTURE, "2023-03-04"),
        (Relation.LAST, None, "2023-02-25"),
        (Relation.NEXT, None, "2023-03-04"),
        (Relation.THIS, None, "2023-03-04"),
    ],
)
def test_a_weekday_is_the_last_one_in_past_tense_and_the_next_one_otherwise(
    relation: Relation | None, tense: Direction | None, value: str
) -> None:
    assert resolve(Partial(TimexType.DATE, weekday=6, relation=relation), REF, tense).value == value


def test_offsets_count_whole_units_from_the_reference() -> None:
    ago = Partial(TimexType.DATE, unit="D", amount=3, direction=Direction.PAST)
    assert resolve(ago, REF).value == "2023-02-24"
    months = Partial(TimexType.DATE, unit="M", offset=-2)
    assert resolve(months, REF).value == "2022-12"


def test_durations_render_time_units_after_t() -> None:
    assert resolve(Partial(TimexType.DURATION, unit="H", amount=48), REF).value == "PT48H"
    assert resolve(Partial(TimexType.DURATION, unit="MIN", amount=9), REF).value == "PT9M"
    assert resolve(Partial(TimexType.DURATION, unit="M", amount="X"), REF).value == "PXM"
    assert resolve(Partial(TimexType.DURATION, unit="Y", amount=1.5), REF).value == "P1.5Y"


def test_years_before_christ_are_written_bc_and_have_no_day_range() -> None:
    resolved = resolve(Partial(TimexType.DATE, year=-490), None)
    assert (resolved.value, resolved.date_start) == ("BC0490", None)
    assert period_value(Period("century", century=-3)) == "BC03"


def test_without_a_reference_nothing_is_guessed() -> None:
    resolved = resolve(Partial(TimexType.DATE, unit="D", offset=-1), None)
    assert (resolved.value, resolved.date_start, resolved.date_end) == ("XXXX-XX-XX", None, None)


@pytest.mark.parametrize(("value", "mod", "first", "last"), [
    ("2023-02-25", None, date(2023, 2, 25), date(2023, 2, 25)),
    ("2023-02-25T14:00", None, date(2023, 2, 25), date(2023, 2, 25)),
    ("2024-02", None, date(2024, 2, 1), date(2024, 2, 29)),
    ("2024-02", TimexMod.END, date(2024, 2, 21), date(2024, 2, 29)),
    ("2023-W09", None, date(2023, 2, 27), date(2023, 3, 5)),
    ("2023-W09-WE", None, date(2023, 3, 4), date(2023, 3, 5)),
    ("2023-WI", None, date(2022, 12, 1), date(2023, 2, 28)),
    ("2024-Q1", None, date(2024, 1, 1), date(2024, 3, 31)),
    ("2024-H2", None, date(2024, 7, 1), date(2024, 12, 31)),
    ("1999", TimexMod.START, date(1999, 1, 1), date(1999, 4, 30)),
    ("199", None, date(1990, 1, 1), date(1999, 12, 31)),
    ("19", None, date(1900, 1, 1), date(1999, 12, 31)),
])
def test_a_timex3_value_denotes_the_day_range_the_resolver_gives_it(value, mod, first, last) -> None:
    assert value_range(value, mod) == (first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P3D", "XXXX-04", "XXXX-WXX-2", "2023-02-30", "BC0499"])
def test_values_without_a_known_calendar_period_have_no_day_range(value: str) -> None:
    assert value_range(value) is None
