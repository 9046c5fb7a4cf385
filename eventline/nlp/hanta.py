"""HanTa (Hanover Tagger) as a spaCy component: STTS tags, UD POS and lemmas for German.

HanTa is slow (~6,500 tokens/s) because it analyses every word it has no precomputed entry for
morphologically, once for its tag probabilities and once for its lemma. Both results depend on the word
alone (and the tag), so they are cached per process: a word's tag probabilities (HanTa re-analyses a
repeated unknown word otherwise; on 1,000 news articles 44 % of these analyses are repeats), lemmas by
(word, tag), and whole sentences by their word tuple (headlines, datelines, boilerplate). The analyses
themselves run with an index of HanTa's known morphemes (`eventline.nlp.hanta_morphemes`). The caches only
remember and the index only answers HanTa's own questions faster: the output is exactly HanTa's. The model
is loaded once per process.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventline.nlp.hanta_morphemes import IndexedMorphemeSearch
from eventline.nlp.resources import hanta_to_stts, stts_to_ud
from eventline.nlp.sentences import sentence_spans

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
    IndexedMorphemeSearch(model).install()
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


@cache
def _hanta_tags() -> dict[str, str]:
    """STTS tag -> HanTa's tag, preferring HanTa's plain one where several map to it (NN over NNA, NNI)."""
    known = stts_to_ud()
    by_stts: dict[str, str] = {}
    for tag in hanta_model().tag2int:
        stts = normalize_tag(tag)
        if stts in known and (stts not in by_stts or tag.replace("(", "").replace(")", "") == stts):
            by_stts[stts] = tag
    return by_stts


def hanta_tag(stts_tag: str) -> str | None:
    """HanTa's spelling of an STTS tag ("VVFIN" -> "VV(FIN)"), None for a tag HanTa does not have."""
    return _hanta_tags().get(stts_tag)


def ud_pos(stts_tag: str) -> str:
    return stts_to_ud().get(stts_tag, "X")


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def lemma_for(word: str, hanta_tag: str) -> str:
    """HanTa's lemma of `word` read with its tag `hanta_tag` (HanTa's own spelling, "VV(FIN)")."""
    lemma, _ = hanta_model().analyze(word, pos=hanta_tag, taglevel=1)
    return lemma


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_tags(word: str) -> tuple[tuple[str, str, float], ...]:
    """The tags HanTa's lexicon and morphology allow for `word` out of context: (STTS tag, HanTa tag,
    log probability of the word given the tag)."""
    model = hanta_model()
    return tuple((normalize_tag(model.int2tag[t]), model.int2tag[t], float(p)) for t, p in model._tag_word(word))


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def sentence_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """HanTa's own tag ("VV(FIN)") for each word of one sentence, in context."""
    return tuple(hanta_model().tag_sent(list(words), taglevel=0)) if words else ()


# HanTa's state symbols and its beam: the five best states of a word go on to the next one.
_EMPTY, _START, _END, _UNKNOWN = 0, 1, 2, 3
_BEAM = 5


def knows(word: str) -> bool:
    """Whether HanTa has `word` in its lexicon (looking it up is cheap; analysing an unknown word is not)."""
    model = hanta_model()
    return model.normalize(word) in model.cache


def _word_options(model: Any, word: str, first: bool, fixed: str | None) -> dict[int, float]:
    if fixed is not None and fixed in model.tag2int:
        return {model.tag2int[fixed]: 0.0}
    # As HanTa does: a sentence's first word is read without regard to its capital letter.
    return dict(model._tag_word(word, 5, not first, True))


def sentence_tags_given(words: Sequence[str], fixed: Sequence[str | None]) -> tuple[str, ...]:
    """HanTa's tags for one sentence, in context, where `fixed[i]` (a HanTa tag) settles word i in advance.

    The same second-order Viterbi search over HanTa's transition model that HanTa runs, but a settled word
    needs no morphological analysis (HanTa's cost); with nothing settled the result is HanTa's own. A
    settled tag the transitions cannot reach is dropped for HanTa's analysis of the word.
    """
    model = hanta_model()
    row: dict[tuple[int, int], float] = {(_EMPTY, _START): 0.0}
    backpointers: list[dict[tuple[int, int], tuple[int, int]]] = []
    for i, word in enumerate(words):
        for settled in (fixed[i], None) if fixed[i] is not None else (None,):
            options = _word_options(model, word, i == 0, settled)
            anything = not options or set(options) == {_UNKNOWN}  # an unknown word may take any tag
            ranked = sorted(row.values(), reverse=True)
            bound = ranked[_BEAM] - 1 if len(ranked) > _BEAM else -math.inf
            next_row: dict[tuple[int, int], float] = {}
            pointers: dict[tuple[int, int], tuple[int, int]] = {}
            for state, score in row.items():
                if score < bound:
                    continue
                transitions = model.LP_trans_word.get(state, {})
                # A word has a few tags, a state about 56 followers: walk the shorter list.
                for tag, lp_word in dict.fromkeys(transitions, 0.0).items() if anything else options.items():
                    transition = transitions.get(tag)
                    if transition is None or tag == _END:
                        continue
                    candidate = score + transition + lp_word  # HanTa's order of additions: the same floats
                    new_state = (state[1], tag)
                    if candidate > next_row.get(new_state, -math.inf):
                        next_row[new_state], pointers[new_state] = candidate, state
            if next_row:
                break
        backpointers.append(pointers)
        row = next_row
    state = max(row, key=lambda s: row[s] + model.LP_trans_word.get(s, {}).get(_END, -math.inf))
    tags = []
    for pointers in reversed(backpointers):
        tags.append(model.int2tag[state[1]])
        state = pointers[state]
    return tuple(reversed(tags))


def tag_words(words: tuple[str, ...]) -> tuple[TaggedWord, ...]:
    """STTS tag and lemma for each word of one sentence."""
    return tuple((normalize_tag(t), lemma_for(w, t)) for w, t in zip(words, sentence_tags(words), strict=True))


def clear_caches() -> None:
    """Forget every remembered analysis (benchmarks start each run cold)."""
    sentence_tags.cache_clear()
    lemma_for.cache_clear()
    word_tags.cache_clear()
    if hanta_model.cache_info().currsize:
        hanta_model()._tag_word.cache_clear()


class HantaTagger:
    def __init__(self, set_tags: bool, set_lemmas: bool) -> None:
        self.set_tags = set_tags
        self.set_lemmas = set_lemmas

    def __call__(self, doc: Doc) -> Doc:
        for sentence in sentence_spans(doc):
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
