"""The trained tagger and lemmatizer, with HanTa deciding where they are unsure."""
from __future__ import annotations

import numpy
import pytest
import spacy

from eventline.nlp.fast_tagger import TagClass, best_with_probability, softmax
from eventline.nlp.hanta import hanta_tag, lemma_for, tag_words

SENTENCE = "Der britische Minister kündigte neue Hilfen an."


def _fast(**config):
    nlp = spacy.blank("de")
    nlp.add_pipe("german_sentences")
    nlp.add_pipe("fast_tagger", config=config)
    return nlp


@pytest.fixture(scope="module")
def fast():
    return _fast()


def test_softmax_gives_probabilities_per_row():
    rows = softmax(numpy.array([[0.0, 0.0], [10.0, 0.0]]))
    assert numpy.allclose(rows.sum(axis=1), 1.0)
    assert rows[0, 0] == pytest.approx(0.5)
    assert rows[1, 0] > 0.99


def test_the_best_column_and_its_probability_are_the_softmax_maximum():
    scores = numpy.random.default_rng(0).normal(scale=5.0, size=(50, 1400)).astype("float32")
    best, probability = best_with_probability(scores)
    assert (best == softmax(scores).argmax(axis=1)).all()
    assert (probability == softmax(scores).max(axis=1)).all()


def test_verbs_names_and_common_nouns_are_classes_of_their_own():
    assert TagClass.of("VVFIN") == TagClass.of("VAINF") == TagClass.VERB
    assert TagClass.of("NE") == TagClass.NAME
    assert TagClass.of("NN") == TagClass.NOUN
    assert TagClass.of("ADJA") == TagClass.of("ADV") == TagClass.OTHER


def test_the_trained_tagger_sets_stts_tags_ud_pos_and_lemmas(fast):
    tags = [(t.text, t.tag_, t.pos_, t.lemma_) for t in fast(SENTENCE)]
    assert ("kündigte", "VVFIN", "VERB", "kündigen") in tags
    assert ("britische", "ADJA", "ADJ", "britisch") in tags
    assert ("Hilfen", "NN", "NOUN", "Hilfe") in tags
    assert ("an", "PTKVZ", "ADP", "an") in tags


def test_whitespace_tokens_are_spaces_and_empty_texts_pass(fast):
    doc = fast("Titel\n\nEr kam.")
    assert [(t.tag_, t.pos_, t.lemma_) for t in doc if t.is_space] == [("_SP", "SPACE", "\n\n")]
    assert len(fast("")) == 0


def test_pipe_and_call_agree(fast):
    texts = [SENTENCE, "Gestern traf John Healey in Berlin ein.", ""]
    piped = [[(t.tag_, t.lemma_) for t in doc] for doc in fast.pipe(texts, batch_size=2)]
    assert piped == [[(t.tag_, t.lemma_) for t in fast(text)] for text in texts]


def test_where_every_sentence_is_in_doubt_and_nothing_is_sure_hanta_tags_it_in_full():
    doc = _fast(doubt_threshold=1.01, tag_threshold=1.01, lemma_threshold=1.01)(SENTENCE)
    assert [(t.tag_, t.lemma_) for t in doc] == list(tag_words(tuple(t.text for t in doc)))


def test_in_a_sentence_in_doubt_hantas_context_decides_and_sure_unknown_words_keep_the_cnns_tag():
    nlp = _fast(doubt_threshold=1.01)
    plain = _fast(doubt_threshold=0.0)
    text = "Die Quellwerk-Sprecherin verurteilte westliche Angriffe."
    assert [t.tag_ for t in nlp(text)][1] == [t.tag_ for t in plain(text)][1]  # a sure compound stays
    assert [t.tag_ for t in nlp(text)][2] == "VVFIN"


def test_where_every_tag_is_unsure_each_word_follows_hantas_lexicon_and_lemma():
    doc = _fast(tag_threshold=1.01, doubt_threshold=0.0)(SENTENCE)
    for token in doc:
        spelled = hanta_tag(token.tag_)
        assert spelled is not None
        assert token.lemma_ == lemma_for(token.text, spelled)


def test_where_nothing_is_unsure_hanta_is_not_asked(monkeypatch):
    nlp = _fast(tag_threshold=0.0, lemma_threshold=0.0, doubt_threshold=0.0)
    for name in ("word_tags", "lemma_for", "sentence_tags_given"):
        monkeypatch.setattr(f"eventline.nlp.fast_tagger.{name}", lambda *a, name=name: pytest.fail(f"{name}{a}"))
    assert [t.tag_ for t in nlp(SENTENCE)][3] == "VVFIN"


def test_hanta_spells_stts_tags_its_own_way():
    assert hanta_tag("VVFIN") == "VV(FIN)"
    assert hanta_tag("ADJA") == "ADJ(A)"
    assert hanta_tag("NN") == "NN"
    assert hanta_tag("_SP") is None


def test_the_packaged_model_holds_the_three_trained_components():
    from eventline.nlp.fast_tagger import trained_model
    from eventline.nlp.models import TAGGER_COMPONENTS

    assert trained_model().pipe_names == list(TAGGER_COMPONENTS)


@pytest.mark.corpus
@pytest.mark.slow
def test_on_ud_german_gsd_dev_the_fast_tagger_is_within_a_point_of_hanta(corpus_dir):
    from eventline.nlp import load_pipeline
    from eventline.nlp.evaluation import evaluate_tags, read_conllu

    sentences = read_conllu(corpus_dir("ud-german-gsd") / "de_gsd-ud-dev.conllu")
    fast, hanta = (evaluate_tags(load_pipeline(name), sentences) for name in ("fast", "hanta"))
    assert fast.stts >= hanta.stts - 0.01
    assert fast.upos >= hanta.upos - 0.01
    assert fast.lemma >= hanta.lemma - 0.01
