"""HanTa (Hanover Tagger) as a spaCy component: STTS tags, UD POS and lemmas for German.

HanTa is slow (~6,500 tokens/s) because it analyses every word it has no precomputed entry for
morphologically, once for its tag probabilities and once for its lemma. Both results depend on the word
alone (and the tag), so they are cached per process: a word's tag probabilities (HanTa re-analyses a
repeated unknown word otherwise; on 1,000 news articles 44 % of these analyses are repeats), lemmas by
(word, tag), and whole sentences by their word tuple (headlines, datelines, boilerplate). The caches
only remember; the output is exactly HanTa's. The model is loaded once per process.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventline.nlp.resources import hanta_to_stts, stts_to_ud

HANTA_MODEL = "morphmodel_ger.pgz"
SPACE_TAG = "_SP"
# Sized for bounded memory per worker process (together well under 100 MiB when full).
SENTENCE_CACHE_SIZE = 8_192
LEMMA_CACHE_SIZE = 65_536
WORD_CACHE_SIZE = 65_536

TaggedWord = tuple[str, str]  # (STTS tag, lemma)


@cache
def hanta_model() -> Any:
    from HanTa import HanoverTagger

    model = HanoverTagger.HanoverTagger(HANTA_MODEL)
    model._tag_word = _remembered_word_tags(model._tag_word)
    return model


def _remembered_word_tags(tag_word: Callable[..., list[tuple[int, float]]]) -> Callable[..., tuple[tuple[int, float], ...]]:
    """HanTa's per-word tag probabilities, computed once per (word, options).

    HanTa caches only the words of its training data; every other word is analysed again at each
    occurrence, which is most of its time. The result is a pure function of its arguments.
    """

    @lru_cache(maxsize=WORD_CACHE_SIZE)
    def remembered(word: str, cutoff: int = 5, casesensitive: bool = True, conditional: bool = False):
        return tuple(tag_word(word, cutoff, casesensitive, conditional))

    return remembered


def normalize_tag(hanta_tag: str) -> str:
    """HanTa's "VV(FIN)" and "ADJ(A)" are STTS "VVFIN" and "ADJA"; its extra tags map to STTS ones."""
    tag = hanta_tag
    if tag.endswith(")") and not tag.startswith("$"):  # "$(" is itself an STTS tag
        tag = tag.replace("(", "").replace(")", "")
    return hanta_to_stts().get(tag, tag)


def ud_pos(stts_tag: str) -> str:
    return stts_to_ud().get(stts_tag, "X")


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def _lemma(word: str, hanta_tag: str) -> str:
    lemma, _ = hanta_model().analyze(word, pos=hanta_tag, taglevel=1)
    return lemma


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def tag_words(words: tuple[str, ...]) -> tuple[TaggedWord, ...]:
    """STTS tag and lemma for each word of one sentence."""
    if not words:
        return ()
    hanta_tags = hanta_model().tag_sent(list(words), taglevel=0)
    return tuple((normalize_tag(t), _lemma(w, t)) for w, t in zip(words, hanta_tags, strict=True))


def clear_caches() -> None:
    """Forget every remembered analysis (benchmarks start each run cold)."""
    tag_words.cache_clear()
    _lemma.cache_clear()
    if hanta_model.cache_info().currsize:
        hanta_model()._tag_word.cache_clear()


def _sentences(doc: Doc) -> Sequence[Span]:
    return list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]


class HantaTagger:
    def __init__(self, set_tags: bool, set_lemmas: bool) -> None:
        self.set_tags = set_tags
        self.set_lemmas = set_lemmas

    def __call__(self, doc: Doc) -> Doc:
        for sentence in _sentences(doc):
            words = [t for t in sentence if not t.is_space]
            for token, (tag, lemma) in zip(words, tag_words(tuple(t.text for t in words)), strict=True):
                if self.set_tags:
                    token.tag_ = tag
                    token.pos_ = ud_pos(tag)
                if self.set_lemmas:
                    token.lemma_ = lemma
            for token in sentence:
                if token.is_space:
                    if self.set_tags:
                        token.tag_ = SPACE_TAG
                        token.pos_ = "SPACE"
                    if self.set_lemmas:
                        token.lemma_ = token.text
        return doc


@Language.factory(
    "hanta_tagger",
    default_config={"set_tags": True, "set_lemmas": True},
)
def make_hanta_tagger(nlp: Language, name: str, set_tags: bool, set_lemmas: bool) -> HantaTagger:
    return HantaTagger(set_tags=set_tags, set_lemmas=set_lemmas)
