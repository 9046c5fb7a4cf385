"""Finding trigger words in hand-tagged Docs."""
from __future__ import annotations

from eventline.events.triggers import find_triggers, separated_particles


def keys(doc):
    """Single-word matches; constructions are candidates whose words the extractor checks in the clause."""
    return [(doc[m.token_i].text, m.entry.key) for m in find_triggers(doc) if not m.entry.is_construction]


def test_a_separated_particle_makes_the_particle_verb(tagged):
    doc = tagged("Kiew@GPE:UKR wies/VVFIN/weisen die Vorwürfe zurück/PTKVZ .")
    assert separated_particles(doc)[1].text == "zurück"
    assert keys(doc) == [("wies", "REJECT:verb:zurückweisen")]


def test_the_base_verb_of_a_particle_verb_is_not_a_trigger(tagged):
    doc = tagged("Der Minister trifft/VVFIN/treffen morgen in Kiew@GPE:UKR ein/PTKVZ .")
    assert keys(doc) == [("trifft", "CONSULT:verb:eintreffen")]


def test_a_form_the_lemmatizer_left_alone_is_matched_by_regular_inflection(tagged):
    doc = tagged("Iran@GPE:IRN hat/VAFIN/haben die Produktion verdreifacht/VVPP .")
    assert ("verdreifacht", "MOBILIZE:verb:verdreifachen") in keys(doc)


def test_nouns_match_as_compound_heads_and_in_inflected_forms(tagged):
    doc = tagged("Die Waffenlieferungen und der EU-Gipfel und die Aufforderungen .")
    assert keys(doc) == [("Waffenlieferungen", "AID:noun:Lieferung"), ("EU-Gipfel", "CONSULT:noun:Gipfel"),
                         ("Aufforderungen", "REQUEST:noun:Aufforderung")]


def test_a_noun_entry_does_not_fire_on_a_verb_and_a_verb_entry_not_on_a_noun(tagged):
    doc = tagged("Sie wollen/VMFIN/wollen sich treffen/VVINF/treffen , das Treffen ist/VAFIN/sein kurz .")
    assert keys(doc) == [("treffen", "CONSULT:verb:treffen"), ("Treffen", "CONSULT:noun:Treffen")]


def test_a_verb_particle_before_a_trigger_noun_makes_another_word(tagged):
    doc = tagged("Die Herausforderung und die Auslieferung und der Einkauf .")
    assert keys(doc) == []


def test_a_ver_derivation_of_a_trigger_noun_is_another_word(tagged):
    doc = tagged("Die Hoteliervereinigung und die Vereinigung tagten/VVFIN/tagen .")
    assert [k for _, k in keys(doc)] == ["CONSULT:verb:tagen"]
