"""Underspecified temporal values: what a rule read off the text, before anchoring to a reference date."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from schemas import TimexMod, TimexType


class Relation(StrEnum):
    """How a period relates to the reference time ("diese", "nächste", "letzte")."""

    THIS = "this"
    NEXT = "next"
    LAST = "last"


class Direction(StrEnum):
    """Which way an expression points from the reference time when the words alone do not say."""

    PAST = "past"
    FUTURE = "future"
    # Narratives: no tense reading, an expression stays in the anchor's year ("im Juni" after "März 1940").
    ANCHORED = "anchored"


@dataclass(frozen=True, slots=True)
class Partial:
    """The fields a rule found. Unset fields are None; the resolver fills in the rest from a reference date."""

    type: TimexType
    value: str | None = None  # a complete literal value (PRESENT_REF, P1M, XXXX-WXX-1)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for the 1900s (TIMEX3 convention)
    weekday: int | None = None  # ISO 1..7
    easter_offset: int | None = None  # a feast that moves with Easter: days from Easter Sunday
    weekend: bool = False
    unit: str | None = None  # Y, M, W, D, DE, CE, H, MIN, S
    offset: int | None = None  # units from the reference
    amount: float | str | None = None  # duration amount, "X" when vague
    amount2: float | None = None  # a second part: "drei Jahre und vier Monate"
    unit2: str | None = None
    relation: Relation | None = None
    direction: Direction | None = None
    mod: TimexMod | None = None
    time_of_day: str | None = None  # MO, MI, AF, EV, NI
    hour: int | None = None
    minute: int | None = None
    era_bc: bool = False  # "v. Chr.": year, decade and century count backwards
    anaphoric: bool = False  # "am Tag zuvor", "Vortag": relative to the last mentioned day, not the DCT
    year_context: bool = True  # a stated year carries to a following bare month ("1998/99" does not)
    generic_today: bool = False  # "heute" may mean "nowadays": decided by the tagger from the sentence
    # "Ende des Jahres", "Jahresende": the period under discussion, in a year the text has just named, like a
    # bare month; "Ende dieses Jahres" is the DCT's.
    in_year_context: bool = False

    @property
    def is_time_of_day_only(self) -> bool:
        """A clock time or part of day with no day of its own ("um 14 Uhr", "am Abend")."""
        has_time = self.time_of_day is not None or self.hour is not None
        has_day = any(
            f is not None
            for f in (self.year, self.month, self.day, self.weekday, self.unit, self.season, self.easter_offset)
        )
        return has_time and not has_day and self.value is None

    @property
    def depends_on_tense(self) -> bool:
        """Whether the direction of the clause can change the value: a month, season, weekday, weekend
        or feast without a year of its own, or a relation-free "heute"; "Ende des Jahres" (a plan does not
        fall in a year the text named before the DCT's)."""
        if self.year is not None or self.value is not None:
            return False
        return (
            any(f is not None for f in (self.month, self.season, self.weekday, self.easter_offset))
            or self.weekend
            or self.in_year_context
        )

    @property
    def is_today(self) -> bool:
        """The reference day itself, as a whole ("heute", "bis heute"; not "heute Abend")."""
        return (self.unit == "D" and self.offset == 0 and self.relation is None and not self.anaphoric
                and self.time_of_day is None and self.hour is None and self.value is None)

    @property
    def is_counted_distance(self) -> bool:
        """A counted number of units from the reference ("vor drei Jahren", "in zwei Tagen", "drei Tage später")."""
        return (
            isinstance(self.amount, (int, float))
            and self.direction in (Direction.PAST, Direction.FUTURE)
            and self.unit is not None
            and self.value is None
        )

    @property
    def is_backward_relative(self) -> bool:
        """Counted back from a reference ("im letzten Jahr", "Vortag", "vor drei Jahren")."""
        return (
            self.relation is Relation.LAST
            or (self.offset is not None and self.offset < 0)
            or self.direction is Direction.PAST
        )
