"""Anchoring: an underspecified `Partial` plus an explicit reference date -> TIMEX3 value and day range.

Pure functions; the reference date is always an argument (the DCT for news, the last mentioned date for
narratives). Without a reference date, values stay underspecified (XXXX-04) and carry no day range.

Part-of-period convention (mod START/MID/END): a month splits at days 10 and 20; any other period splits
into thirds of its months (a year: Jan-Apr, May-Aug, Sep-Dec; a season: one month each; a decade: 40
months each) or, below a month, thirds of its days (a week: Mon-Tue, Wed-Fri, Sat-Sun).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from eventline.temporal.partial import Direction, Partial, Relation
from schemas import TimexMod, TimexType

# In year order: winter YYYY-WI is December YYYY-1 to February YYYY (the KRAUTS convention).
SEASON_CODES = ("WI", "SP", "SU", "FA")
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 0}  # 0: December of the year before
TIME_UNITS = frozenset({"H", "MIN", "S"})
TIME_UNIT_SECONDS = {"H": 3600, "MIN": 60, "S": 1}
UNIT_CODES = {"MIN": "M"}


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    granularity: str | None
    date_start: date | None = None
    date_end: date | None = None


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period; `year` None means the year is unknown (no reference date)."""

    granularity: str  # day, week, weekend, month, season, quarter, half, year, decade, century
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    season: str | None = None
    quarter: int | None = None  # also the half (1, 2) for granularity "half"
    decade: int | None = None
    century: int | None = None


# --- small calendar helpers ----------------------------------------------------------------------


def _shift_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _season_of(day: date) -> tuple[int, str]:
    """(season year, season) of a day; winter belongs to the year of its January."""
    if day.month == 12:
        return day.year + 1, "WI"
    return day.year, SEASON_CODES[day.month // 3]


def _pick_cycle(current: int, candidate: int, cycle: int, relation: Relation) -> int:
    """Move candidate by one cycle so that it lies strictly before (last) or after (next) current."""
    if relation is Relation.LAST:
        return candidate - cycle if candidate >= current else candidate
    if relation is Relation.NEXT:
        return candidate + cycle if candidate <= current else candidate
    return candidate


# A month mentioned without a year is read in the reference's year unless the tense points the other way
# by more than this many months: a small mismatch is more often reporting lag than a year boundary.
TENSE_FLIP_MONTHS = 2


# Without any tense cue, the nearest such month: within half a year of the reference.
NEAREST_FLIP_MONTHS = 6


def _year_of_month(ref: date, month: int, relation: Relation | None, tense: Direction | None) -> int:
    if relation is not None:
        return ref.year + (_pick_cycle(ref.month, month, 12, relation) - month) // 12
    if tense is Direction.ANCHORED:
        return ref.year
    gap = month - ref.month
    limit = NEAREST_FLIP_MONTHS if tense is None else TENSE_FLIP_MONTHS
    if tense in (Direction.PAST, None) and gap > limit:
        return ref.year - 1
    if tense in (Direction.FUTURE, None) and gap < -limit:
        return ref.year + 1
    return ref.year


def _relative_offset(p: Partial) -> int | None:
    # A relation word in the text ("vergangenen Wochenende") overrides a rule's default offset.
    if p.relation is not None:
        return {Relation.THIS: 0, Relation.NEXT: 1, Relation.LAST: -1}[p.relation]
    if p.offset is not None:
        return p.offset
    if isinstance(p.amount, (int, float)) and p.direction is not None:
        return int(p.amount) * (1 if p.direction is Direction.FUTURE else -1)
    return None


# --- Partial -> Period ---------------------------------------------------------------------------


def _unit_period(p: Partial, unit: str, offset: int, ref: date | None) -> Period:
    if ref is None:
        return {"Y": Period("year"), "M": Period("month"), "W": Period("weekend" if p.weekend else "week"),
                "Q": Period("quarter"), "DE": Period("decade"), "CE": Period("century")}.get(unit, Period("day"))
    if unit == "Y":
        year = ref.year + offset
        if p.month is not None:
            return Period("day", year, p.month, p.day) if p.day else Period("month", year, p.month)
        if p.season is not None:
            return Period("season", year, season=p.season)
        if p.quarter is not None:
            return Period("quarter", year, quarter=p.quarter)
        return Period("year", year)
    if unit == "M":
        year, month = _shift_months(ref.year, ref.month, offset)
        return Period("month", year, month)
    if unit == "W":
        iso = (ref + timedelta(weeks=offset)).isocalendar()
        if p.weekday is not None:
            day = date.fromisocalendar(iso.year, iso.week, p.weekday)
            return Period("day", day.year, day.month, day.day)
        return Period("weekend" if p.weekend else "week", iso.year, week=iso.week)
    if unit == "Q":
        year, month = _shift_months(ref.year, ref.month, 3 * offset)
        return Period("quarter", year, quarter=(month - 1) // 3 + 1)
    if unit == "DE":
        return Period("decade", decade=ref.year // 10 + offset)
    if unit == "CE":
        return Period("century", century=ref.year // 100 + offset)
    # Hours, minutes, seconds move the day only when they add up to whole days ("48 Stunden später").
    days = int(offset * TIME_UNIT_SECONDS[unit] / 86400) if unit in TIME_UNIT_SECONDS else offset
    day = ref + timedelta(days=days)
    return Period("day", day.year, day.month, day.day)


def _month_period(p: Partial, ref: date | None, tense: Direction | None) -> Period:
    granularity = "day" if p.day is not None else "month"
    if p.year is not None:
        return Period(granularity, p.year, p.month, p.day)
    if ref is None:
        return Period(granularity, None, p.month, p.day)
    if p.relation is not None and p.day is not None:
        current, target = ref.month * 100 + ref.day, p.month * 100 + p.day
        year = ref.year + (_pick_cycle(current, target, 1200, p.relation) - target) // 1200
        return Period(granularity, year, p.month, p.day)
    return Period(granularity, _year_of_month(ref, p.month, p.relation, tense), p.month, p.day)


def _season_period(p: Partial, ref: date | None, tense: Direction | None) -> Period:
    if p.year is not None or ref is None:
        return Period("season", p.year, season=p.season)
    if p.relation is not None:
        season_year, season = _season_of(ref)
        current = season_year * 4 + SEASON_CODES.index(season)
        candidate = season_year * 4 + SEASON_CODES.index(p.season)
        return Period("season", _pick_cycle(current, candidate, 4, p.relation) // 4, season=p.season)
    # Unmarked: the season in the reference's calendar year, moved a year when the tense points away.
    if p.season == "WI":
        if ref.month <= 2:
            return Period("season", ref.year, season=p.season)
        # From March on, the next winter's January is "month 13" of this year.
        return Period("season", _year_of_month(ref, 13, None, tense) + 1, season=p.season)
    middle_month = SEASON_START_MONTH[p.season] + 1
    return Period("season", _year_of_month(ref, middle_month, None, tense), season=p.season)


def _weekday_period(p: Partial, ref: date | None, tense: Direction | None) -> Period | None:
    if ref is None:
        return None
    back = (ref.isoweekday() - p.weekday) % 7
    forward = (p.weekday - ref.isoweekday()) % 7
    tense = p.direction or tense  # "vom Sonntag", "seit Montag" look back whatever the verb
    if p.relation is Relation.THIS:
        shift = p.weekday - ref.isoweekday()
    elif p.relation is Relation.NEXT or (p.relation is None and tense is Direction.FUTURE):
        shift = forward or (7 if p.relation is Relation.NEXT else 0)
    elif p.relation is None and tense is None:
        # Present tense about a weekday announces a schedule ("am Sonntag sind Wahlen").
        shift = forward
    elif p.relation is Relation.LAST or tense is Direction.PAST:
        # Past tense, or "vergangenen": the last one; the DCT's own weekday in the past tense is a week
        # back (today would be "heute").
        shift = -(back or 7)
    else:  # a narrative's anchor: the last such day up to it
        shift = -back
    day = ref + timedelta(days=shift)
    return Period("day", day.year, day.month, day.day)


def _feast_day(year: int, easter_offset: int) -> date:
    return easter(year) + timedelta(days=easter_offset)


def _feast_period(p: Partial, ref: date | None, tense: Direction | None) -> Period | None:
    """A feast that moves with Easter: in the stated year, or the one the reference and tense point to."""
    year = p.year
    if year is None and ref is not None:
        this_year = _feast_day(ref.year, p.easter_offset)
        year = _year_of_month(ref, this_year.month, p.relation, tense)
    if year is None or year < 1583:  # the Gregorian Easter only
        return None
    day = _feast_day(year, p.easter_offset)
    return Period("day", day.year, day.month, day.day)


def _weekend_offset(ref: date, tense: Direction | None) -> int:
    """Weeks from the reference to the weekend meant: like a weekday, the tense says which one."""
    if tense is Direction.PAST:
        return 0 if ref.isoweekday() >= 6 else -1
    if tense is Direction.FUTURE and ref.isoweekday() == 7:
        return 1
    return 0


def to_period(p: Partial, ref: date | None, tense: Direction | None) -> Period | None:
    """The calendar period a DATE/TIME partial denotes; None when it is only a time of day or weekday."""
    offset = _relative_offset(p)
    if p.weekend and p.relation is None and ref is not None:
        offset = _weekend_offset(ref, p.direction or tense)
    if p.unit is not None and offset is not None and p.year is None:
        return _unit_period(p, p.unit, offset, ref)
    if p.easter_offset is not None:
        return _feast_period(p, ref, tense)
    if p.century is not None:
        return Period("century", century=p.century)
    if p.decade is not None:
        return Period("decade", decade=p.decade)
    if p.month is not None:
        return _month_period(p, ref, tense)
    if p.season is not None:
        return _season_period(p, ref, tense)
    if p.quarter is not None:
        return Period("quarter", p.year if p.year is not None or ref is None else ref.year, quarter=p.quarter)
    if p.half is not None:
        return Period("half", p.year if p.year is not None or ref is None else ref.year, quarter=p.half)
    if p.year is not None:
        return Period("year", p.year)
    if p.weekday is not None:
        return _weekday_period(p, ref, tense)
    if ref is not None and (p.time_of_day is not None or p.hour is not None):
        return Period("day", ref.year, ref.month, ref.day)
    return None


# --- Period -> value and day range ------------------------------------------------------------------


def _year_text(year: int | None) -> str:
    if year is None:
        return "XXXX"
    return f"{year:04d}" if year >= 0 else f"BC{-year:04d}"


def period_value(period: Period) -> str:
    year = _year_text(period.year)
    match period.granularity:
        case "century":
            if period.century is None:
                return "XX"
            return f"{period.century:02d}" if period.century >= 0 else f"BC{-period.century:02d}"
        case "decade":
            if period.decade is None:
                return "XXX"
            return f"{period.decade:03d}" if period.decade >= 0 else f"BC{-period.decade:03d}"
        case "year":
            return year
        case "quarter" | "half":
            letter = "Q" if period.granularity == "quarter" else "H"
            return f"{year}-{letter}{period.quarter if period.quarter is not None else 'X'}"
        case "season":
            return f"{year}-{period.season}"
        case "month":
            return f"{year}-{period.month:02d}" if period.month else f"{year}-XX"
        case "week":
            return f"{year}-W{period.week:02d}" if period.week else f"{year}-WXX"
        case "weekend":
            return f"{year}-W{period.week:02d}-WE" if period.week else f"{year}-WXX-WE"
        case _:
            if period.month is None:
                return f"{year}-XX-XX"
            return f"{year}-{period.month:02d}-{period.day:02d}" if period.day else f"{year}-{period.month:02d}-XX"


def period_range(period: Period) -> tuple[date, date] | None:
    """The inclusive day range of a fully known period."""
    try:
        match period.granularity:
            case "century" | "decade" if (period.century or period.decade or 0) < 0:
                return None  # before Christ: outside `date`
            case "century" if period.century is not None:
                return date(max(period.century * 100, 1), 1, 1), date(period.century * 100 + 99, 12, 31)
            case "decade" if period.decade is not None:
                return date(max(period.decade * 10, 1), 1, 1), date(period.decade * 10 + 9, 12, 31)
            case _ if period.year is None or period.year < 1:
                return None
            case "year":
                return date(period.year, 1, 1), date(period.year, 12, 31)
            case "quarter" | "half":
                months = 3 if period.granularity == "quarter" else 6
                first = months * (period.quarter - 1) + 1
                return date(period.year, first, 1), _month_end(period.year, first + months - 1)
            case "season":
                start_year, start_month = _shift_months(period.year, SEASON_START_MONTH[period.season] or 12, 0)
                if period.season == "WI":
                    start_year -= 1
                end_year, end_month = _shift_months(start_year, start_month, 2)
                return date(start_year, start_month, 1), _month_end(end_year, end_month)
            case "month" if period.month:
                return date(period.year, period.month, 1), _month_end(period.year, period.month)
            case "week" | "weekend" if period.week:
                monday = date.fromisocalendar(period.year, period.week, 1)
                if period.granularity == "weekend":
                    return monday + timedelta(days=5), monday + timedelta(days=6)
                return monday, monday + timedelta(days=6)
            case "day" if period.month and period.day:
                day = date(period.year, period.month, period.day)
                return day, day
    except ValueError:  # 30 February, week 53 of a short year: a bad reading, not a date
        return None
    return None


# TIMEX3 date values that name a calendar period (the forms `period_value` writes, with known years).
_VALUE_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), granularity)
    for pattern, granularity in (
        (r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:T.*)?", "day"),
        (r"(?P<year>\d{4})-(?P<month>\d{2})", "month"),
        (r"(?P<year>\d{4})-W(?P<week>\d{2})", "week"),
        (r"(?P<year>\d{4})-W(?P<week>\d{2})-WE", "weekend"),
        (r"(?P<year>\d{4})-(?P<season>SP|SU|FA|WI)", "season"),
        (r"(?P<year>\d{4})-Q(?P<quarter>[1-4])", "quarter"),
        (r"(?P<year>\d{4})-H(?P<quarter>[12])", "half"),
        (r"(?P<year>\d{4})", "year"),
        (r"(?P<decade>\d{3})", "decade"),
        (r"(?P<century>\d{2})", "century"),
    )
)


def value_period(value: str) -> Period | None:
    """The calendar period a TIMEX3 date value names (2023-02, 2022-SU, 2023-W09-WE); None for others."""
    for pattern, granularity in _VALUE_PERIODS:
        if match := pattern.fullmatch(value):
            fields = {name: text if name == "season" else int(text) for name, text in match.groupdict().items()}
            return Period(granularity, **fields)
    return None


def value_range(value: str, mod: TimexMod | None = None) -> tuple[date, date] | None:
    """The inclusive day range a TIMEX3 date value denotes (narrowed by a START/MID/END mod), if known."""
    period = value_period(value)
    bounds = period_range(period) if period is not None else None
    return None if bounds is None else narrow(*bounds, period.granularity, mod)


def narrow(start: date, end: date, granularity: str, mod: TimexMod | None) -> tuple[date, date]:
    """Narrow a day range to the part a START/MID/END mod selects (see the module docstring)."""
    if mod not in (TimexMod.START, TimexMod.MID, TimexMod.END):
        return start, end
    if granularity == "month":
        bounds = {TimexMod.START: (1, 10), TimexMod.MID: (11, 20), TimexMod.END: (21, end.day)}[mod]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months >= 3:
        third = months // 3
        first, last = {TimexMod.START: (0, third - 1), TimexMod.MID: (third, months - third - 1),
                       TimexMod.END: (months - third, months - 1)}[mod]
        first_year, first_month = _shift_months(start.year, start.month, first)
        last_year, last_month = _shift_months(start.year, start.month, last)
        return date(first_year, first_month, 1), _month_end(last_year, last_month)
    days = (end - start).days + 1
    third = max(days // 3, 1)
    first, last = {TimexMod.START: (0, third - 1), TimexMod.MID: (third, days - third - 1),
                   TimexMod.END: (days - third, days - 1)}[mod]
    return start + timedelta(days=first), start + timedelta(days=last)


# ISO 8601 order of duration parts.
DURATION_ORDER = ("CE", "DE", "Y", "Q", "M", "W", "D", "H", "MIN", "S")


def duration_value(p: Partial) -> str:
    """P3Y4M, PT2H30M, P1DT2H: the parts in ISO order, time units after the T."""
    parts = [(p.unit or "X", p.amount if p.amount is not None else 1)]
    if p.unit2 is not None and p.amount2 is not None:
        parts.append((p.unit2, p.amount2))
    parts.sort(key=lambda part: DURATION_ORDER.index(part[0]) if part[0] in DURATION_ORDER else 0)
    date_text = "".join(_duration_part(a, u) for u, a in parts if u not in TIME_UNITS)
    time_text = "".join(_duration_part(a, u) for u, a in parts if u in TIME_UNITS)
    return f"P{date_text}" + (f"T{time_text}" if time_text else "")


# A fraction of a unit is written in the next smaller one where that is whole: P6M, not P0.5Y.
SMALLER_UNIT = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def _duration_part(amount: float | str, unit: str) -> str:
    if isinstance(amount, float) and amount < 1 and unit in SMALLER_UNIT:
        smaller, factor = SMALLER_UNIT[unit]
        if (amount * factor).is_integer():
            amount, unit = int(amount * factor), smaller
    amount_text = amount if isinstance(amount, str) else f"{amount:g}"
    return f"{amount_text}{UNIT_CODES.get(unit, unit)}"


# Parts of the day that put a clock hour below 12 into the afternoon ("8 Uhr abends" is 20:00).
AFTERNOON_PARTS = frozenset({"AF", "EV"})


def _time_suffix(p: Partial) -> str:
    if p.hour is not None:
        hour = p.hour + 12 if p.time_of_day in AFTERNOON_PARTS and p.hour < 12 else p.hour
        return f"T{hour:02d}:{p.minute or 0:02d}"
    if p.time_of_day is not None:
        return f"T{p.time_of_day}"
    return ""


def undated_time(p: Partial) -> Resolved:
    """A clock time on no one day ("am 3. und 4. Mai, jeweils 20 Uhr"): TimeML "T20:00", no day range."""
    return Resolved(_time_suffix(p), "time")


def _set_value(p: Partial) -> str:
    if p.value is not None:
        return p.value
    if p.weekday is not None:
        return f"XXXX-WXX-{p.weekday}{_time_suffix(p)}"
    if p.month is not None:
        return f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day is not None else "")
    if p.unit is None and (p.time_of_day is not None or p.hour is not None):
        return f"XXXX-XX-XX{_time_suffix(p)}"
    if isinstance(p.amount, (int, float)) and p.unit is not None:  # "alle vier Jahre": every P4Y
        return duration_value(p)
    return f"P1{UNIT_CODES.get(p.unit or 'D', p.unit or 'D')}" if p.unit not in TIME_UNITS else f"PT1{UNIT_CODES.get(p.unit, p.unit)}"


def resolve(p: Partial, ref: date | None, tense: Direction | None = None) -> Resolved:
    """Anchor a partial value on `ref` (None: leave it underspecified); `tense` breaks ties of direction."""
    if p.type is TimexType.DURATION:
        return Resolved(p.value or duration_value(p), "duration")
    if p.type is TimexType.SET:
        return Resolved(_set_value(p), "set")
    if p.value is not None:
        return Resolved(p.value, "reference")
    if isinstance(p.amount, str) and p.direction is not None and p.unit is not None:
        # "vor einigen Jahren": some time back, not a period we can name.
        return Resolved("PAST_REF" if p.direction is Direction.PAST else "FUTURE_REF", "reference")
    period = to_period(p, ref, tense)
    suffix = _time_suffix(p)
    if period is None:
        if p.weekday is not None:
            return Resolved(f"XXXX-WXX-{p.weekday}{suffix}", "day")
        return Resolved(f"XXXX-XX-XX{suffix}", "time" if suffix else "day")
    value = period_value(period) + suffix
    granularity = "time" if suffix else period.granularity
    bounds = period_range(period)
    if bounds is None:
        return Resolved(value, granularity)
    start, end = narrow(*bounds, period.granularity, p.mod)
    return Resolved(value, granularity, start, end)
