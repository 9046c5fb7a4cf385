"""Context flags on hand-tagged clauses."""
from __future__ import annotations

from datetime import date

from eventline.events.clauses import split_clauses
from eventline.events.context import is_future, is_historical, is_hypothetical, is_negated, is_reported


def setup(doc, trigger_text: str):
    sentence = next(iter(doc.sents))
    clauses = split_clauses(sentence)
    trigger = next(t for t in doc if t.text == trigger_text)
    index = next(i for i, c in enumerate(clauses) if c.contains(trigger.i))
    return sentence, clauses, index, trigger


def test_werden_with_an_infinitive_is_future_but_a_werden_passive_is_not(tagged):
    doc = tagged("Orbán@PER:HUN wird/VAFIN/werden Serbien@GPE:SRB besuchen/VVINF/besuchen .")
    _, clauses, index, trigger = setup(doc, "besuchen")
    assert is_future(doc, clauses, index, trigger)
    doc = tagged("Die Drohne wurde/VAFIN/werden abgeschossen/VVPP/abschießen .")
    _, clauses, index, trigger = setup(doc, "abgeschossen")
    assert not is_future(doc, clauses, index, trigger)


def test_a_planning_verb_makes_its_infinitive_clause_future(tagged):
    doc = tagged("Polen@GPE:POL plant/VVFIN/planen , seine Armee zu verdoppeln/VVINF/verdoppeln .")
    _, clauses, index, trigger = setup(doc, "verdoppeln")
    assert is_future(doc, clauses, index, trigger)


def test_a_conditional_clause_and_subjunctive_are_hypothetical(tagged):
    doc = tagged("Die USA@GPE:USA drohen/VVFIN/drohen , falls China@GPE:CHN Waffen liefert/VVFIN/liefern .")
    _, clauses, index, _ = setup(doc, "liefert")
    assert is_hypothetical(doc, clauses[index])
    doc = tagged("China@GPE:CHN würde/VAFIN/werden Waffen liefern/VVINF/liefern .")
    _, clauses, index, _ = setup(doc, "liefern")
    assert is_hypothetical(doc, clauses[index])


def test_kein_negates_but_nicht_nur_does_not(tagged):
    doc = tagged("China@GPE:CHN liefert/VVFIN/liefern keine Waffen .")
    _, clauses, index, _ = setup(doc, "liefert")
    assert is_negated(doc, clauses[index])
    doc = tagged("China@GPE:CHN liefert/VVFIN/liefern nicht nur Waffen .")
    _, clauses, index, _ = setup(doc, "liefert")
    assert not is_negated(doc, clauses[index])


def test_reported_by_quotes_by_a_dass_clause_under_sagen_and_by_hiess_es(tagged):
    doc = tagged("„ China@GPE:CHN liefert/VVFIN/liefern Waffen “ , hieß/VVFIN/heißen es/PPER .")
    sentence, clauses, index, trigger = setup(doc, "liefert")
    assert is_reported(doc, sentence, clauses, index, trigger)
    doc = tagged("Ein Diplomat sagte/VVFIN/sagen , dass China@GPE:CHN Waffen liefere/VVFIN/liefern .")
    sentence, clauses, index, trigger = setup(doc, "liefere")
    assert is_reported(doc, sentence, clauses, index, trigger)
    doc = tagged("Lukaschenko@PER:BLR kündigte/VVFIN/kündigen an/PTKVZ , dass er/PPER China@GPE:CHN "
                 "besuchen/VVINF/besuchen werde/VAFIN/werden .")
    sentence, clauses, index, trigger = setup(doc, "besuchen")
    assert not is_reported(doc, sentence, clauses, index, trigger)


def test_an_event_more_than_a_year_before_publication_is_historical():
    assert is_historical(date(2020, 5, 1), date(2023, 2, 27))
    assert not is_historical(date(2022, 8, 31), date(2023, 2, 27))
    assert not is_historical(None, date(2023, 2, 27))
