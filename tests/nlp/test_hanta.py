"""HanTa as a spaCy component: STTS tags, UD POS and lemmas."""
from __future__ import annotations

import pytest
import spacy

from eventline.nlp import hanta
from eventline.nlp.hanta import hanta_model, normalize_tag, sentence_tags, sentence_tags_given, tag_words, ud_pos


@pytest.fixture(scope="module")
def tagger():
    nlp = spacy.blank("de")
    nlp.add_pipe("german_sentences")
    nlp.add_pipe("hanta_tagger")
    return nlp


def test_hanta_tags_with_parentheses_become_stts():
    assert normalize_tag("VV(FIN)") == "VVFIN"
    assert normalize_tag("ADJ(A)") == "ADJA"
    assert normalize_tag("NNA") == "NN"
    assert normalize_tag("NE") == "NE"
    assert normalize_tag("$(") == "$("


def test_stts_tags_map_to_universal_pos():
    assert ud_pos("VVFIN") == "VERB"
    assert ud_pos("VAFIN") == "AUX"
    assert ud_pos("NE") == "PROPN"
    assert ud_pos("ART") == "DET"
    assert ud_pos("UNBEKANNT") == "X"


def test_component_sets_stts_tag_pos_and_lemma(tagger):
    doc = tagger("Der britische Minister kündigte neue Hilfen an.")
    tags = [(t.text, t.tag_, t.pos_, t.lemma_) for t in doc]
    assert ("kündigte", "VVFIN", "VERB", "kündigen") in tags
    assert ("britische", "ADJA", "ADJ", "britisch") in tags
    assert ("Hilfen", "NN", "NOUN", "Hilfe") in tags


def test_names_are_tagged_as_proper_nouns(tagger):
    doc = tagger("Gestern traf John Healey in Berlin ein.")
    assert {t.text for t in doc if t.tag_ == "NE"} >= {"Healey", "Berlin"}


def test_whitespace_tokens_are_spaces(tagger):
    doc = tagger("Titel\n\nEr kam.")
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"]


def test_sentences_are_cached_by_their_words():
    words = ("Er", "kam", "gestern", ".")
    tag_words(words)
    hits = sentence_tags.cache_info().hits
    assert tag_words(words) == tag_words(words)
    assert sentence_tags.cache_info().hits >= hits + 2


def test_the_model_is_loaded_once():
    assert hanta.hanta_model() is hanta.hanta_model()


def test_remembered_word_analyses_give_exactly_hantas_own_tags_and_lemmas():
    from HanTa import HanoverTagger

    own = HanoverTagger.HanoverTagger(hanta.HANTA_MODEL)
    sentences = [
        ["Die", "Rüstungsexportkontrollbehörde", "prüfte", "die", "Anträge", "."],
        ["Die", "Rüstungsexportkontrollbehörde", "lehnte", "gestern", "zwei", "Anträge", "ab", "."],
        ["Rüstungsexportkontrollbehörde", "und", "Zollverwaltungsamt", "kooperieren", "."],
    ]
    for words in sentences * 2:  # the second pass reads the remembered analyses
        assert hanta.hanta_model().tag_sent(words, taglevel=1) == own.tag_sent(words, taglevel=1)
    assert hanta.hanta_model()._tag_word.cache_info().hits > 0


def test_cleared_caches_start_cold_and_tag_the_same(tagger):
    text = "Die Regierung in Wien kündigte neue Hilfen an."
    before = [(t.tag_, t.lemma_) for t in tagger(text)]
    hanta.clear_caches()
    assert sentence_tags.cache_info().currsize == 0
    assert [(t.tag_, t.lemma_) for t in tagger(text)] == before


def test_the_search_with_nothing_settled_gives_hantas_own_tags():
    for words in (["Der", "Rat", "tagte", "gestern", "in", "Brüssel", "."],
                  ["Quellberg", ",", "der", "frühere", "Minister", ",", "verurteilte", "westliche", "Angriffe", "."]):
        assert sentence_tags_given(words, [None] * len(words)) == tuple(hanta_model().tag_sent(words, taglevel=0))


def test_a_settled_word_keeps_its_tag_and_the_others_follow_the_context():
    words = ["Die", "Wache", "wache", "."]
    tags = sentence_tags_given(words, [None, "NN", "VV(FIN)", None])
    assert tags[1:3] == ("NN", "VV(FIN)")
    assert tags[0] == "ART"
