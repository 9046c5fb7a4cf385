"""The tagger end to end: seed gold, offsets, non-dates, missing DCT, tense direction, narrative anchoring."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from eventline.temporal import DocumentStyle, tag_text
from eventline.temporal.resolve import value_range
from schemas import TimexMod, TimexType


def _values(text: str, dct: date | None, style: DocumentStyle = DocumentStyle.NEWS) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct, style)}


def test_every_seed_timex_is_found_with_its_span_type_value_and_mod(seed_gold: Path, seeds_dir: Path) -> None:
    for entry in yaml.safe_load(seed_gold.read_text(encoding="utf-8")):
        text = (seeds_dir / entry["doc"]).read_text(encoding="utf-8-sig")
        dct = date.fromisoformat(entry["dct"]["value"])
        found = {(t.text, t.type, t.value, t.mod) for t in tag_text(text, dct)}
        for gold in entry["timexes"]:
            mod = TimexMod(gold["mod"]) if gold.get("mod") else None
            assert (gold["text"], TimexType(gold["type"]), gold["value"], mod) in found, gold


def test_offsets_point_at_the_text_and_ids_count_up_in_text_order(base_date: date) -> None:
    text = "Am Samstag traf er sie, im April reist er ab; vor drei Wochen war sie jährlich dort."
    timexes = tag_text(text, base_date)
    assert [t.timex_id for t in timexes] == [f"t{i}" for i in range(1, len(timexes) + 1)]
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_anfang_februar_stops_before_a_following_count(base_date: date) -> None:
    text = "nachdem Anfang Februar 24 von der Ukraine abgeschossen worden waren"
    [timex] = tag_text(text, base_date)
    assert (timex.text, timex.value, timex.mod) == ("Anfang Februar", "2023-02", TimexMod.START)
    assert (timex.date_start, timex.date_end) == (date(2023, 2, 1), date(2023, 2, 10))


@pytest.mark.parametrize(
    "text",
    [
        "Der Preis liegt bei 2000 Euro.",
        "Das Spiel endete 3:1, 2014 Zuschauer sahen zu.",
        "Die Stadt hat 1500 Einwohner.",
        "Mai Thi Nguyen-Kim moderiert die Sendung.",
        "Die Partei und die Gewerkschaft einigten sich. Mit dem Ergebnis ist man zufrieden.",
        "Der 30-Jährige wurde verhaftet.",
        "Mit 16 Jahren wurde sie Meisterin.",
        "Es kamen 1370 Landungsboote zum Einsatz.",
        "Sie nahm am Winter-Biathlon teil.",
        "Das Ergebnis: 12,5 Prozent und 14.30 Punkte.",
        "Kapitel 1.2. beschreibt das Verfahren.",
        "Die Rebellen heuerten Söldner an.",  # a pattern's alternatives all keep their word boundaries
        "Die Beratung fand an 35 Montagen statt.",  # a weekday is no compound of "Tag"
        "Jugendliche bis 18 Jahre zahlen nichts.",  # an age
        "Das gilt nicht zuletzt für die Schulen.",  # "not least"
        "Der 47-Jährige wurde festgenommen.",
        "Sie zahlten 1200 Euro, 2000 Teilnehmer kamen.",
        "Im Kern des Ofens herrschen 1500 bis 1800 Grad.",  # a range of counts, not two years
        "Die Miete liegt bei 1200-1400 Euro.",
        "Sie pflegt ihren dreijährigen kranken Sohn.",  # an age before a person
        "Neunjährige Schüler lernen hier schwimmen.",
        "Das jüngste Opfer war eine Achtjährige.",
        "Er las aus einer Reportage vor.",  # "-tage" of a compound after "ein" is no plural unit
        "Zwei Landtage stimmten zu.",
        "Das sagte die Abgeordnete Maria Winter.",  # a surname, not a season
        "Solche Sommer sind selten, kein Winter war so mild.",  # kinds of season
        "Kinder bis 12 Jahre und mit 65 Jahren zahlen die Hälfte.",
        "Die Tasse war halb voll.",
    ],
)
def test_non_dates_are_not_tagged(text: str, base_date: date) -> None:
    assert tag_text(text, base_date) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Er kündigte an, dass er China Anfang April besuchen werde.", "2023-04"),
        ("Sie kaufte den Wagen im August.", "2022-08"),
        ("Im August wird das neue Werk eröffnet.", "2023-08"),
        ("Am Samstag blockierte China das Kommuniqué.", "2023-02-25"),
        ("Am Samstag wird China das Kommuniqué blockieren.", "2023-03-04"),
        ("In der Nacht zum Sonntag griffen Drohnen an.", "2023-02-26"),
        ("Im Winter war es kalt.", "2023-WI"),
        ("Im Herbst hat der Verein ein Fest gefeiert.", "2022-FA"),
    ],
)
def test_tense_decides_the_direction_of_an_ambiguous_expression(text: str, value: str, base_date: date) -> None:
    assert value in _values(text, base_date).values()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("gestern", "XXXX-XX-XX"),
        ("im April", "XXXX-04"),
        ("diese Woche", "XXXX-WXX"),
        ("nächsten Monat", "XXXX-XX"),
        ("am Samstag", "XXXX-WXX-6"),
        ("im vergangenen Sommer", "XXXX-SU"),
        ("um 14 Uhr", "XXXX-XX-XXT14:00"),
        ("im vergangenen Quartal", "XXXX-QX"),
        ("im dritten Quartal", "XXXX-Q3"),
    ],
)
def test_without_a_dct_relative_values_stay_underspecified(text: str, value: str) -> None:
    [timex] = tag_text(text, None)
    assert timex.value == value
    assert timex.date_start is None and timex.date_end is None


def test_without_a_dct_absolute_dates_keep_their_day_range() -> None:
    [timex] = tag_text("am 25.11.2024", None)
    assert (timex.value, timex.date_start, timex.date_end) == ("2024-11-25", date(2024, 11, 25), date(2024, 11, 25))


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("gestern", "2023-02-26", date(2023, 2, 26), date(2023, 2, 26)),
        ("heute Abend", "2023-02-27TEV", date(2023, 2, 27), date(2023, 2, 27)),
        ("diese Woche", "2023-W09", date(2023, 2, 27), date(2023, 3, 5)),
        ("nächsten Monat", "2023-03", date(2023, 3, 1), date(2023, 3, 31)),
        ("vor drei Wochen", "P3W", date(2023, 2, 6), date(2023, 2, 12)),
        ("in zwei Jahren", "P2Y", date(2025, 1, 1), date(2025, 12, 31)),
        ("Ende des Jahres", "2023", date(2023, 9, 1), date(2023, 12, 31)),
        ("Mitte April", "2023-04", date(2023, 4, 11), date(2023, 4, 20)),
        ("im vergangenen Sommer", "2022-SU", date(2022, 6, 1), date(2022, 8, 31)),
        ("Mitte der neunziger Jahre", "199", date(1993, 5, 1), date(1996, 8, 31)),
        ("im 19. Jahrhundert", "18", date(1800, 1, 1), date(1899, 12, 31)),
        ("im dritten Quartal", "2023-Q3", date(2023, 7, 1), date(2023, 9, 30)),
    ],
)
def test_relative_expressions_resolve_against_a_fixed_base_date(
    text: str, value: str, start: date, end: date, base_date: date
) -> None:
    [timex] = tag_text(text, base_date)
    assert (timex.value, timex.date_start, timex.date_end) == (value, start, end)


def test_durations_sets_and_references_carry_no_day_range(base_date: date) -> None:
    text = "Seit drei Jahren erscheint sie monatlich; derzeit gibt es einige Monate Pause."
    for timex in tag_text(text, base_date):
        assert timex.date_start is None and timex.date_end is None
    assert _values(text, base_date) == {
        "drei Jahren": "P3Y", "monatlich": "P1M", "derzeit": "PRESENT_REF", "einige Monate": "PXM",
    }


@pytest.mark.parametrize(
    ("text", "dct", "timex", "value", "point"),
    [
        ("Sie zog vor drei Jahren nach Graz.", date(2019, 6, 12), "drei Jahren", "P3Y", "2016"),
        ("Er kam vor rund zwei Wochen an.", date(2008, 11, 3), "rund zwei Wochen", "P2W", "2008-W43"),
        ("Die Wahl ist in zehn Tagen.", date(2021, 9, 16), "zehn Tagen", "P10D", "2021-09-26"),
        ("Am 2. Mai 2017 begann es. Drei Tage später war alles vorbei.", date(2017, 6, 1), "Drei Tage", "P3D",
         "2017-05-05"),
        ("Am 8. März 1999 traf sie ein, einen Monat zuvor war er abgereist.", None, "einen Monat", "P1M", "1999-02"),
    ],
)
def test_a_counted_distance_is_a_duration_that_keeps_the_day_range_of_the_point_it_reaches(
    text: str, dct: date | None, timex: str, value: str, point: str
) -> None:
    [found] = [t for t in tag_text(text, dct) if t.value.startswith("P")]
    assert (found.text, found.type, found.value) == (timex, TimexType.DURATION, value)
    assert (found.date_start, found.date_end) == value_range(point)


def test_a_narrative_keeps_a_counted_distance_as_the_date_it_reaches() -> None:
    [_, later] = tag_text("Am 2. Mai 1917 begann es. Drei Tage später fiel die Stadt.", None, DocumentStyle.NARRATIVE)
    assert (later.text, later.type, later.value) == ("Drei Tage später", TimexType.DATE, "1917-05-05")


def test_a_range_gives_each_day_its_month(base_date: date) -> None:
    assert _values("vom 3. bis 5. Mai", base_date) == {"3.": "2023-05-03", "5. Mai": "2023-05-05"}


def test_a_narrative_moves_its_reference_time_with_the_dates_it_mentions() -> None:
    text = (
        "Am 1. September 1939 begann der Angriff. Am 3. September erklärten die Alliierten den Krieg. "
        "Einen Tag später fiel die Stadt. Im Mai 1940 folgte der Westfeldzug; am 10. Mai griff die Wehrmacht an."
    )
    values = _values(text, date(2011, 2, 16), DocumentStyle.NARRATIVE)
    assert values["3. September"] == "1939-09-03"
    assert values["Einen Tag später"] == "1939-09-04"
    assert values["10. Mai"] == "1940-05-10"


def test_a_planned_date_is_not_put_into_an_earlier_stated_year() -> None:
    text = "Das Werk wurde 1998 gebaut. Am 3. März soll es geschlossen werden."
    assert _values(text, date(2023, 2, 27))["3. März"] == "2023-03-03"


def test_a_time_of_day_belongs_to_the_last_mentioned_day() -> None:
    text = "Am 9. September wird gesammelt, und zwar um 16 Uhr."
    assert _values(text, date(2015, 9, 1))["16 Uhr"] == "2015-09-09T16:00"


def test_tagging_is_pure_the_same_input_gives_the_same_output(base_date: date) -> None:
    text = "Am Samstag und in den kommenden Tagen"
    assert tag_text(text, base_date) == tag_text(text, base_date)


def test_a_month_right_after_a_stated_year_takes_that_year() -> None:
    text = "Im März 1992 verlor die Skulptur ihre Nase. Man brachte sie im April in den Innenhof."
    assert _values(text, date(2013, 6, 1))["April"] == "1992-04"


def test_a_stated_year_does_not_carry_over_to_distant_sentences() -> None:
    text = "Im März 1992 wurde sie gebaut. Sie ist schön. Sie ist alt. Sie ist groß. Im April wird sie renoviert."
    assert _values(text, date(2013, 2, 1))["April"] == "2013-04"


def test_a_flashback_date_does_not_pull_a_narrative_back() -> None:
    text = "Am 6. Juni 1944 landeten die Alliierten, nach ab 1941 ausgearbeiteten Plänen. Am 26. Juni fiel Cherbourg."
    assert _values(text, None, DocumentStyle.NARRATIVE)["26. Juni"] == "1944-06-26"


def test_a_backward_relative_expression_does_not_pull_a_narrative_back() -> None:
    text = "Im März 1863 griff Grant an. Im letzten Jahr war es ruhig gewesen. Im Oktober gelang der Durchbruch."
    values = _values(text, None, DocumentStyle.NARRATIVE)
    assert values["letzten Jahr"] == "1862"
    assert values["Oktober"] == "1863-10"


def test_the_end_of_a_span_does_not_move_a_narrative_forward() -> None:
    text = "Im März 1862 griff die Armee an. Die Bande raubte bis 1881 Banken aus. Im Juli siegte die Union."
    assert _values(text, None, DocumentStyle.NARRATIVE)["Juli"] == "1862-07"


@pytest.mark.parametrize(
    ("text", "dct", "clock", "value"),
    [
        ("Morgen ist der Markt offen. Es gibt Brot und Käse. Lesung in der Bibliothek, 19 Uhr.", date(2019, 5, 7),
         "19 Uhr", "2019-05-07T19:00"),
        ("Am Freitag ist der Markt offen. Beginn ist um 8 Uhr.", date(2011, 10, 4), "8 Uhr", "2011-10-07T08:00"),
        ("Am Freitag ist Markt. Heute gibt es eine Lesung, Beginn 19 Uhr.", date(2024, 1, 16), "19 Uhr",
         "2024-01-16T19:00"),
    ],
)
def test_a_clock_time_takes_a_day_named_in_its_or_the_previous_sentence_only(
    text: str, dct: date, clock: str, value: str
) -> None:
    assert _values(text, dct)[clock] == value


def test_an_anaphor_refers_to_a_named_date_not_to_another_anaphor() -> None:
    text = "Am 3. Juli 1990 wurde unterzeichnet. Am nächsten Tag feierte man. Am Tag darauf reiste er ab."
    values = _values(text, date(2000, 1, 1))
    assert values["nächsten Tag"] == "1990-07-04"
    assert values["Tag darauf"] == "1990-07-04"  # off the named 3 July, not off "nächsten Tag"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ages are years: other units after "mit" are lengths, and "bis" after a number is a range.
        ("Er gewann mit vier Sekunden Vorsprung.", [("vier Sekunden", "PT4S")]),
        ("Die Reparatur dauert drei bis fünf Wochen.", [("drei", "P3W"), ("fünf Wochen", "P5W")]),
        ("Sie blieb 10 bis 12 Tage im Spital.", [("10", "P10D"), ("12 Tage", "P12D")]),
        ("Die dreijährige Amtszeit endet bald.", [("dreijährige", "P3Y"), ("bald", "FUTURE_REF")]),
    ],
)
def test_ranges_and_units_after_age_words_are_lengths(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag_text(text, date(2011, 3, 14))] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Die Führung beginnt um halb elf am Haupteingang.", date(2016, 8, 4), ("halb elf", "2016-08-04T10:30")),
        ("Er rief gegen halb 3 Uhr nachts an.", date(2003, 1, 27), ("halb 3 Uhr nachts", "2003-01-27T02:30")),
        ("Das Konzert endet um halb zehn abends.", date(2010, 5, 2), ("halb zehn abends", "2010-05-02T21:30")),
        ("Wir essen um Viertel vor eins.", date(2021, 11, 9), ("Viertel vor eins", "2021-11-09T00:45")),
    ],
)
def test_spoken_clock_times_count_towards_the_next_hour(text: str, dct: date, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag_text(text, dct)] == [expected]


def test_phase_adverbs_date_events_but_are_left_out_of_timeml_output() -> None:
    """The project's gold dates events by "bisher", "zuletzt"; TimeML annotation (KRAUTS) never marks them."""
    text = "Bisher hat die Gemeinde nichts gezahlt, zuletzt kamen Spenden. Damals war das anders."
    everything = [(t.text, t.value) for t in tag_text(text, date(2013, 10, 2))]
    assert everything == [("Bisher", "PAST_REF"), ("zuletzt", "PAST_REF"), ("Damals", "PAST_REF")]
    assert [(t.text, t.value) for t in tag_text(text, date(2013, 10, 2), timeml=True)] == [("Damals", "PAST_REF")]


def test_until_recently_is_one_phase_expression_that_timeml_output_leaves_out_whole() -> None:
    text = "Der Platz war bis vor kurzem gesperrt."
    assert [t.text for t in tag_text(text, date(2008, 4, 22))] == ["bis vor kurzem"]
    assert tag_text(text, date(2008, 4, 22), timeml=True) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Werk schloss 1978. Ende des Jahres wurde die Halle abgerissen.", "1978"),
        ("Im Jahr 2003 zog sie nach Graz, zum Jahresende heiratete sie.", "2003"),
        # A plan cannot fall in a year before the DCT's; nor does the DCT's year need a context.
        ("2009 war ein schwaches Jahr. Bis Ende des Jahres soll der Umsatz steigen.", "2010"),
        ("Bis Ende dieses Jahres soll der Umsatz steigen.", "2010"),
    ],
)
def test_the_year_under_discussion_is_one_the_text_has_just_named(text: str, value: str) -> None:
    last = tag_text(text, date(2010, 6, 17))[-1]
    assert (last.value, last.mod) == (value, TimexMod.END)


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # A clock time after several days belongs to each of them: no one day (TimeML "T19:30").
        ("Der Markt ist am 12. und 13. Mai geöffnet, jeweils ab 9 Uhr.", "9 Uhr", "T09:00"),
        ("Gespielt wird vom 4. bis 6. Juni, Beginn 19.30 Uhr.", "19.30 Uhr", "T19:30"),
        ("Die Bücherei öffnet ab 2. März werktags um 8 Uhr.", "8 Uhr", "T08:00"),
        # One day, or a list long gone, still gives the clock time its day.
        ("Der Markt ist am 12. Mai geöffnet, ab 9 Uhr.", "9 Uhr", "2021-05-12T09:00"),
        ("Am 12. Mai ist der Markt offen, am 14. Mai um 9 Uhr die Messe.", "9 Uhr", "2021-05-14T09:00"),
        ("Er kommt täglich. Der Vortrag beginnt um 9 Uhr.", "9 Uhr", "2021-04-28T09:00"),
        # "morgen, Donnerstag," names one day twice.
        ("Morgen, Donnerstag, um 9 Uhr beginnt der Umbau.", "9 Uhr", "2021-04-29T09:00"),
    ],
)
def test_a_clock_time_after_several_days_belongs_to_no_one_day(text: str, clock: str, value: str) -> None:
    [timex] = [t for t in tag_text(text, date(2021, 4, 28)) if t.text == clock]
    assert timex.value == value
    assert (timex.date_start is None) == (not value[0].isdigit())


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        # A span reaching now or a deadline names no year for the months after it.
        ("Die Brücke ist seit dem Jahr 2009 gesperrt. Mitte Mai begannen Reparaturen.", "Mitte Mai", "XXXX-05"),
        ("Bis spätestens Ende 2018 soll sie fertig sein. Im März wurde geplant.", "März", "XXXX-03"),
        ("Nach 2017 soll sie ersetzt werden. Im März wurde geplant.", "März", "XXXX-03"),
        ("Die Brücke wurde im Jahr 2009 gesperrt. Mitte Mai begannen Reparaturen.", "Mitte Mai", "2009-05"),
    ],
)
def test_a_year_at_the_edge_of_a_span_sets_no_year_context(text: str, month: str, value: str) -> None:
    [timex] = [t for t in tag_text(text, None) if t.text == month]
    assert timex.value == value


def test_a_book_s_year_before_its_page_count_is_a_year() -> None:
    assert [t.value for t in tag_text("Verlag Wagner, Linz 2011 - 208 S., 19,90 Euro", date(2012, 2, 1))] == ["2011"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "heute noch", "noch heute" is "to this day" ...
        ("Die Legende wird heute noch erzählt.", "PRESENT_REF"),
        ("Die Mühle steht noch heute am Bach.", "PRESENT_REF"),
        # ... unless a plan makes it "before the day is out".
        ("Der Minister wird heute noch entscheiden.", "2017-01-19"),
        ("Heute wurde der Vertrag unterzeichnet.", "2017-01-19"),
    ],
)
def test_heute_noch_is_to_this_day_unless_it_is_a_plan(text: str, value: str) -> None:
    assert [t.value for t in tag_text(text, date(2017, 1, 19))] == [value]


def test_a_relation_word_after_an_article_names_the_week_not_one_unit() -> None:
    text = "Ein vorige Woche veröffentlichter Bericht warnt davor."
    assert [(t.text, t.value) for t in tag_text(text, date(2016, 3, 15))] == [("vorige Woche", "2016-W10")]
