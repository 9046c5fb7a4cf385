"""The trigger lexicon and cue lists load, are well-formed, and every entry fires on its own example."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from eventline.events.lexicon import TriggerKind, cue_file, cue_words, load_lexicon
from eventline.events.triggers import find_triggers, noun_pattern
from schemas import EventType

LEXICON = load_lexicon()
CUE_DIR = Path(__file__).resolve().parents[2] / "eventline" / "events" / "data" / "cues"
NLP = spacy.blank("de")


def test_every_plover_type_has_a_trigger_file_with_verbs_and_nouns():
    for event_type in EventType:
        kinds = {e.kind for e in LEXICON.entries if e.event_type is event_type}
        assert kinds == {TriggerKind.VERB, TriggerKind.NOUN}, event_type


def test_every_cue_file_loads_as_a_mapping_of_word_lists():
    for path in CUE_DIR.glob("*.yaml"):
        data = cue_file(path.stem)
        assert data, path.name
        assert all(isinstance(v, list) and v for v in data.values()), path.name


def test_verb_lemmas_are_lowercase_infinitives_and_nouns_are_capitalized():
    for entry in LEXICON.entries:
        if entry.kind is TriggerKind.VERB:
            assert entry.lemma.islower() and entry.lemma.endswith("n"), entry.key
        else:
            assert entry.lemma[:1].isupper(), entry.key


@pytest.mark.parametrize("entry", LEXICON.entries, ids=lambda e: e.key)
def test_each_entry_is_found_in_its_own_example_sentence(entry):
    doc = NLP(entry.example)
    found = {m.entry.key for m in find_triggers(doc, LEXICON)}
    assert entry.key in found, entry.example


def test_examples_are_not_taken_from_the_seed_articles(seeds_dir):
    seeds = " ".join(p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt"))
    assert not [e.example for e in LEXICON.entries if e.example in seeds]


def test_a_compound_ending_in_a_trigger_noun_matches_but_a_short_prefix_does_not():
    import re

    pattern = re.compile(noun_pattern("Besuch"))
    assert pattern.match("staatsbesuch") and pattern.match("eu-besuchs") and pattern.match("besuche")
    assert not pattern.match("besucher")
    assert not re.match(noun_pattern("Reise"), "anreise")


def test_requirements_name_existing_cue_lists():
    for entry in LEXICON.entries:
        for cue in entry.requires:
            assert cue in {"military_capacity", "military_domain"} or cue_words(cue), entry.key


def test_negation_list_excludes_nicht_nur():
    assert "nicht" in cue_words("negation") and "nur" in cue_words("negation", "not_before")


CONSTRUCTIONS = [e for e in LEXICON.entries if e.is_construction]


@pytest.mark.parametrize("entry", CONSTRUCTIONS, ids=lambda e: e.key)
def test_each_construction_holds_in_its_own_example_sentence(entry):
    from eventline.events.clauses import Clause, ClauseKind
    from eventline.events.constructions import conditions_met

    doc = NLP(entry.example)
    whole = Clause(0, len(doc), ClauseKind.MAIN, "", None)
    assert conditions_met(entry, doc, whole, doc[:]), entry.example


def test_constructions_choose_or_veto_types_of_many_verbs():
    assert len(CONSTRUCTIONS) >= 100 and any(e.veto for e in CONSTRUCTIONS)
    assert len({e.lemma for e in CONSTRUCTIONS}) >= 50


def test_an_unknown_key_in_a_construction_is_rejected():
    from eventline.events.lexicon import _entry

    with pytest.raises(ValueError, match="unknown keys"):
        _entry(EventType.ACCUSE, TriggerKind.VERB, {"verb": "üben", "words": ["Kritik"], "example": "x", "prep": ["an"]},
               False, construction=True)


def test_examples_are_not_taken_from_the_development_articles(corpus_dir):
    dev = corpus_dir("events-dev")
    text = " ".join(p.read_text(encoding="utf-8") for p in dev.glob("*.txt"))
    assert not [e.example for e in LEXICON.entries if e.example.rstrip(".") in text]
