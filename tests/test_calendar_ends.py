"""Publication dates at the calendar's ends (0001-01-01, 9999-12-31) once raised OverflowError."""
from datetime import date

import pytest

from eventline.events.context import is_historical
from eventline.temporal import tag_text

TEXT = (
    "Am Montag kam er, gestern und morgen auch. Im nächsten Jahr und in der vergangenen Woche, vor drei "
    "Jahren, in zwanzig Jahren, im kommenden Jahrhundert, im Dezember, am 3. Mai."
)
CALENDAR_ENDS = [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 25), date(9999, 12, 31)]


@pytest.mark.parametrize("dct", CALENDAR_ENDS)
@pytest.mark.parametrize("style", ["news", "narrative"])
def test_the_tagger_resolves_what_it_can_and_leaves_the_rest_underspecified(dct, style):
    timexes = tag_text(TEXT + " Im Jahr 1 letzte Woche, im Jahr 9999 nächste Woche.", dct, style=style)
    assert len(timexes) >= 10
    for timex in timexes:
        assert (timex.date_start is None) == (timex.date_end is None)


def test_a_day_beyond_the_calendar_stays_underspecified():
    (tomorrow,) = [t for t in tag_text("Er kommt morgen.", date(9999, 12, 31)) if t.text == "morgen"]
    assert tomorrow.value.startswith("XXXX") and tomorrow.date_start is None


def test_the_historical_flag_works_at_the_calendar_ends():
    assert not is_historical(date(1, 1, 1), date(1, 1, 1))
    assert is_historical(date(1, 1, 1), date(9999, 12, 31))
    assert not is_historical(date(9999, 12, 31), date(9999, 12, 31))
