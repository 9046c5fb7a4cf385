"""Choosing an event's date from the time expressions and time words of its clause."""
from __future__ import annotations

from datetime import date

import yaml

from eventline.events.dating import DATA_FILE, REFERENCE_VALUES, date_event, dating_words, source_of
from schemas import DateSource, Timex, TimexType

PUBLISHED = date(2023, 2, 27)


def tx(text: str, value: str, start: int, first: date | None = None, last: date | None = None,
       kind: TimexType = TimexType.DATE) -> Timex:
    return Timex(start, start + len(text), text, kind, value, date_start=first, date_end=last)


def at(doc, text: str, value: str, first: date | None = None, last: date | None = None,
       kind: TimexType = TimexType.DATE) -> Timex:
    return tx(text, value, doc.text.index(text), first, last, kind)


def offset(doc, word: str) -> int:
    return doc.text.index(word)


def test_the_date_nearest_the_trigger_wins():
    far = tx("im Januar", "2023-01", 0, date(2023, 1, 1), date(2023, 1, 31))
    near = tx("am Samstag", "2023-02-25", 40, date(2023, 2, 25), date(2023, 2, 25))
    when = date_event([far, near], trigger_offset=55, published=PUBLISHED)
    assert (when.timex_value, when.source) == ("2023-02-25", DateSource.RELATIVE)


def test_a_date_with_a_year_is_explicit_and_one_without_is_relative():
    assert source_of(tx("am 3. März 2022", "2022-03-03", 0)) is DateSource.EXPLICIT
    assert source_of(tx("am 3.3.2022", "2022-03-03", 0)) is DateSource.EXPLICIT
    assert source_of(tx("Anfang März", "2023-03", 0)) is DateSource.RELATIVE


def test_durations_and_sets_fall_back_to_the_publication_day():
    scope = [tx("drei Tage", "P3D", 0, kind=TimexType.DURATION), tx("monatlich", "P1M", 10, kind=TimexType.SET)]
    when = date_event(scope, 5, PUBLISHED)
    assert (when.source, when.date_start, when.date_end) == (DateSource.DCT, PUBLISHED, PUBLISHED)
    assert not when.future_hint and not when.from_text


def test_a_duration_anchored_by_the_tagger_dates_the_event_by_the_point_it_names():
    ago = tx("drei Jahren", "P3Y", 4, date(2020, 1, 1), date(2020, 12, 31), kind=TimexType.DURATION)
    when = date_event([ago], 20, PUBLISHED)
    assert (when.timex_value, when.date_start, when.source) == ("P3Y", date(2020, 1, 1), DateSource.RELATIVE)


def test_an_event_dated_only_by_frueher_carries_past_ref_and_no_day_range():
    when = date_event([tx("früher", "PAST_REF", 20)], 5, PUBLISHED)
    assert (when.timex_value, when.time_text, when.date_start, when.source) == ("PAST_REF", "früher", None,
                                                                               DateSource.NONE)


def test_derzeit_is_present_ref_on_the_publication_day_and_stays_present_ref_without_one():
    when = date_event([tx("derzeit", "PRESENT_REF", 20)], 5, PUBLISHED)
    assert (when.timex_value, when.date_start, when.date_end) == ("PRESENT_REF", PUBLISHED, PUBLISHED)
    alone = date_event([tx("derzeit", "PRESENT_REF", 20)], 5, None)
    assert (alone.timex_value, alone.date_start, alone.source) == ("PRESENT_REF", None, DateSource.NONE)


def test_without_a_publication_date_the_unresolved_value_and_its_words_are_kept():
    when = date_event([tx("Samstag", "XXXX-WXX-6", 3)], 12, None)
    assert (when.time_text, when.timex_value) == ("Samstag", "XXXX-WXX-6")
    assert (when.date_start, when.date_end, when.source) == (None, None, DateSource.NONE)
    assert when.from_text


def test_an_unresolvable_calendar_date_is_not_replaced_by_the_publication_day():
    when = date_event([tx("im April", "XXXX-04", 0)], 5, PUBLISHED)
    assert (when.source, when.date_start, when.timex_value) == (DateSource.NONE, None, "XXXX-04")


def test_bisher_in_the_clause_makes_the_event_past_ref(tagged):
    doc = tagged("Die Regierung hat die Forderung bisher abgelehnt/VVPP .")
    when = date_event([], offset(doc, "abgelehnt"), PUBLISHED, words=doc[:])
    assert (when.time_text, when.timex_value, when.date_start) == ("bisher", "PAST_REF", None)


def test_a_reference_word_before_an_attributive_adjective_does_not_date_the_event(tagged):
    doc = tagged("Der Rat verhängte/VVFIN die bisher schärfsten/ADJA Sanktionen .")
    when = date_event([], offset(doc, "verhängte"), PUBLISHED, words=doc[:])
    assert (when.source, when.timex_value) == (DateSource.DCT, PUBLISHED.isoformat())


def test_a_reference_word_after_wie_compares_and_does_not_date_the_event(tagged):
    doc = tagged("Die EU will die Ukraine wie/KOKOM bisher unterstützen/VVINF .")
    when = date_event([], offset(doc, "unterstützen"), PUBLISHED, words=doc[:])
    assert (when.source, when.time_text) == (DateSource.DCT, None)


def test_a_calendar_date_beats_a_nearer_reference_word(tagged):
    doc = tagged("Das Land drohte/VVFIN zuletzt am Samstag mit Angriffen .")
    saturday = at(doc, "Samstag", "2023-02-25", date(2023, 2, 25), date(2023, 2, 25))
    when = date_event([saturday], offset(doc, "drohte"), PUBLISHED, words=doc[:])
    assert when.timex_value == "2023-02-25"


def test_a_time_after_auf_is_a_goal_not_when_the_event_happened_but_seit_dates_by_the_start(tagged):
    doc = tagged("Zur Vorbereitung auf den Winter kaufte/VVFIN Kiew Kohle .")
    winter = at(doc, "Winter", "2023-WI", date(2022, 12, 1), date(2023, 2, 28))
    assert date_event([winter], offset(doc, "kaufte"), PUBLISHED, words=doc[:]).source is DateSource.DCT
    doc = tagged("Seit/APPR 2014 kämpfen/VVFIN die Rebellen gegen die Armee .")
    year = at(doc, "2014", "2014", date(2014, 1, 1), date(2014, 12, 31))
    assert date_event([year], offset(doc, "kämpfen"), PUBLISHED, words=doc[:]).timex_value == "2014"


def test_a_date_inside_an_attributive_phrase_dates_only_the_noun_it_describes(tagged):
    doc = tagged("In dem 2011 begonnenen/ADJA Krieg starben/VVFIN bisher Tausende .")
    year = at(doc, "2011", "2011", date(2011, 1, 1), date(2011, 12, 31))
    assert date_event([year], offset(doc, "starben"), PUBLISHED, words=doc[:]).timex_value == "PAST_REF"
    assert date_event([year], offset(doc, "Krieg"), PUBLISHED, words=doc[:]).timex_value == "2011"


def test_damals_takes_the_date_the_text_mentioned_just_before(tagged):
    doc = tagged("Im Jahr 2014 gab es Proteste . || Damals/ADV gingen/VVFIN Zehntausende auf die Straße .")
    year = at(doc, "2014", "2014", date(2014, 1, 1), date(2014, 12, 31))
    damals = at(doc, "Damals", "PAST_REF")
    second = doc[7:]
    when = date_event([damals], offset(doc, "gingen"), PUBLISHED, words=second, document_timexes=[year, damals])
    assert (when.time_text, when.timex_value, when.date_start) == ("Damals", "2014", date(2014, 1, 1))
    alone = date_event([damals], offset(doc, "gingen"), PUBLISHED, words=second, document_timexes=[damals])
    assert alone.timex_value == "PAST_REF"


def test_kommenden_and_future_ref_hint_at_the_future_and_a_later_date_too():
    coming = date_event([tx("in den kommenden Tagen", "PXD", 0, kind=TimexType.DURATION)], 0, PUBLISHED)
    assert coming.future_hint and coming.timex_value == "FUTURE_REF" and coming.date_start is None
    assert date_event([tx("bald", "FUTURE_REF", 0)], 0, PUBLISHED).future_hint
    later = tx("im April", "2023-04", 0, date(2023, 4, 1), date(2023, 4, 30))
    assert date_event([later], 0, PUBLISHED).future_hint
    assert not date_event([tx("im Januar", "2023-01", 0, date(2023, 1, 1), date(2023, 1, 31))], 0,
                          PUBLISHED).future_hint


def test_no_publication_date_and_no_time_expression_means_no_date():
    when = date_event([], 0, None)
    assert (when.source, when.time_text, when.timex_value) == (DateSource.NONE, None, None)


def test_the_dating_word_file_is_well_formed_and_its_examples_are_our_own(tagged):
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    assert set(raw["reference_adverbs"]) <= REFERENCE_VALUES
    words = dating_words()
    assert words.reference_adverbs and words.anaphoric and words.not_event_time and words.anaphoric_window > 0
    for example in raw["examples"]:
        doc = tagged(example["text"].replace(".", " ."))
        assert date_event([], 0, PUBLISHED, words=doc[:]).timex_value == example["value"], example["text"]


def test_without_a_publication_date_an_extracted_event_keeps_its_own_time_words():
    from eventline.events import extract_events
    from eventline.nlp import load_pipeline
    from eventline.temporal import tag_text

    text = "Am Samstag blockierte China eine gemeinsame Erklärung der G20."
    events = extract_events(load_pipeline()(text), tag_text(text, None), doc_id="d", published=None)
    (blocked,) = [e for e in events if e.actor_code == "CHN"]
    assert (blocked.time_text, blocked.timex_value, blocked.date_start) == ("Samstag", "XXXX-WXX-6", None)
    dated = extract_events(load_pipeline()(text), tag_text(text, PUBLISHED), doc_id="d", published=PUBLISHED)
    assert [e.date_start for e in dated if e.actor_code == "CHN"] == [date(2023, 2, 25)]


def test_a_relative_clause_right_after_an_event_noun_dates_it(tagged):
    from eventline.events import extract_events

    doc = tagged("Der Angriff/NN/Angriff der USA@GPE:USA auf Syrien@GPE:SYR , der/PRELS derzeit "
                 "andauert/VVFIN/andauern , beunruhigt/VVFIN/beunruhigen Nordkorea@GPE:PRK .")
    start = doc.text.index("derzeit")
    now = Timex(start, start + 7, "derzeit", TimexType.DATE, "PRESENT_REF")
    (attack,) = [e for e in extract_events(doc, [now], doc_id="d", published=PUBLISHED) if e.trigger == "Angriff"]
    assert (attack.time_text, attack.timex_value, attack.date_start) == ("derzeit", "PRESENT_REF", PUBLISHED)
