"""Cue lists a trigger may require."""
from __future__ import annotations

from eventline.events.cues import cue_present, is_military_capacity


def test_military_capacity_compounds_and_troops_count_anywhere(tagged):
    doc = tagged("Der Militäretat , die Verteidigungsausgaben und die Truppen .")
    sentence = next(iter(doc.sents))
    assert [t.text for t in doc if is_military_capacity(t, sentence)] == ["Militäretat", "Verteidigungsausgaben",
                                                                          "Truppen"]


def test_plain_production_counts_only_in_a_sentence_about_weapons(tagged):
    weapons = tagged("Die Produktion von Granaten .")
    cheese = tagged("Die Produktion von Käse .")
    assert is_military_capacity(weapons[1], weapons[:])
    assert not is_military_capacity(cheese[1], cheese[:])


def test_a_restriction_cue_matches_compounds_ending_in_a_listed_word(tagged):
    doc = tagged("Neue Ölsanktionen .")
    assert cue_present("restriction", doc[:], doc[:])
    assert not cue_present("restriction", tagged("Neue Regeln .")[:], doc[:])


def test_the_types_whose_nouns_take_a_genitive_agent_are_event_types_of_undirected_or_speech_acts():
    from eventline.events.lexicon import cue_file
    from schemas import EventType

    types = {EventType(t) for t in cue_file("genitive_agents")["agent_types"]}
    assert EventType.THREATEN in types and EventType.COERCE not in types
