"""HanTa's morpheme searches run with an index of known morphemes give exactly HanTa's own results."""
from __future__ import annotations

import pytest
import spacy
from HanTa import HanoverTagger

from eventline.nlp import hanta
from eventline.nlp.corpora import read_gnad_articles
from eventline.nlp.hanta_morphemes import IndexedMorphemeSearch, morpheme_index

# Known and unknown words of every kind: simple and inflected forms, long compounds, names, foreign
# words, hyphenated and numeric forms, abbreviations, a web address, very short words.
WORDS = [
    "der", "und", "zu", "im", "a", "x", "3", "1990", "24.", "z.b.", "usa", "eu-kommission", "oe24.at",
    "regierung", "regierungen", "bundesregierung", "rüstungsexportkontrollbehörde", "zollverwaltungsamt",
    "verhandlungen", "friedensverhandlungen", "gaslieferungen", "matrixcodes", "bandwürmern",
    "kündigte", "angekündigt", "weitergezogen", "beobachteten", "grantelt", "schlussfolgern", "verurteilte",
    "britische", "schwedisch", "größten", "500-euro-scheinen", "us-preis", "software-projekte",
    "healey", "quellberg", "smolagasse", "tobelhaus", "verizon", "elysee-palast", "salafistengruppen",
    "attacks", "production", "fraternité", "howsecureismypassword.net", "pr0d@dm1n", "täter-", "pdf-",
]
OPEN_TAGS = ["NN", "NE", "FM", "ADJ(A)", "ADJ(D)", "VV(FIN)", "VV(PP)", "VV(INF)", "ADV", "CARD"]


@pytest.fixture(scope="module")
def plain_hanta():
    """HanTa as it comes, with nothing replaced; its own searches are called through its class."""
    return HanoverTagger.HanoverTagger(hanta.HANTA_MODEL)


@pytest.fixture(scope="module")
def indexed(plain_hanta):
    return IndexedMorphemeSearch(plain_hanta)


def assert_same_as_hanta(model, search: IndexedMorphemeSearch, words) -> None:
    for word in words:
        assert search.analyze_forward(word) == HanoverTagger.HanoverTagger.analyze_forward(model, word), word
        best = model.analyze_forward(word)[0][0]
        targets = {-best} | {-model.tag2int[tag] for tag in OPEN_TAGS}
        for target in sorted(targets - model.atomic_class):
            assert search.analyze_viterbi(word, target) == HanoverTagger.HanoverTagger.analyze_viterbi(model, word, target), (word, target)


def test_the_index_holds_every_morpheme_of_every_tag(plain_hanta):
    index = morpheme_index(plain_hanta)
    for tag, morphemes in plain_hanta.LP_m_t.items():
        for morpheme, log_probability in list(morphemes.items())[:50]:
            assert index[morpheme][tag] == log_probability


def test_tag_scores_and_segmentations_equal_hantas_for_words_of_every_kind(plain_hanta, indexed):
    assert_same_as_hanta(plain_hanta, indexed, WORDS)


def test_tag_scores_and_segmentations_equal_hantas_on_news_text(plain_hanta, indexed, corpus_dir):
    articles = read_gnad_articles(corpus_dir("gnad-articles") / "articles.csv")[:20]
    tokenizer = spacy.blank("de")
    words = sorted({t.lower_ for doc in tokenizer.pipe(articles) for t in doc if not t.is_space})
    assert len(words) > 1_000
    assert_same_as_hanta(plain_hanta, indexed, words[::3])


def test_the_shared_model_runs_the_indexed_searches():
    model = hanta.hanta_model()
    assert isinstance(model.analyze_viterbi.__self__, IndexedMorphemeSearch)
    assert isinstance(model.analyze_forward.__self__, IndexedMorphemeSearch)
    assert hanta.lemma_for("Friedensverhandlungen", "NN") == "Friedensverhandlung"
