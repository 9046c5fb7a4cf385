"""The default part-of-speech and lemma layer: a small trained CNN, with HanTa deciding where it is unsure.

The CNN (tok2vec + tagger + edit-tree lemmatizer, packaged in `eventline/nlp/models/de_tagger`, trained
by `scripts/train_tagger.py`) learned HanTa's STTS tags and lemmas from news text. It agrees with HanTa on
about 98 % of the tokens of unseen news at a fraction of HanTa's cost, which is mostly the morphological
analysis of words HanTa does not know. Where the CNN is unsure, HanTa decides, in two ways:
- a sentence where the CNN doubts between classes that change what the later stages read (a verb or not:
  "Der Sprecher, ein früherer Offizier, verurteilte westliche Angriffe"; a name or a common noun: "in der
  Provinz Kandar Hussa") is tagged by HanTa's own search over its transition model, in context; words the
  CNN is sure of and HanTa would have to analyse keep the CNN's tag;
- any other unsure tag is chosen by the product of the CNN's probabilities and HanTa's lexical probability
  of the word under each tag, and an unsure lemma is HanTa's lemma for the tag.
HanTa's analyses are cached per word and sentence (`eventline.nlp.hanta`), so repeated words cost nothing.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from eventline.nlp.hanta import (
    SPACE_TAG,
    hanta_tag,
    knows,
    lemma_for,
    normalize_tag,
    sentence_tags_given,
    ud_pos,
    word_tags,
)
from eventline.nlp.models import TAGGER_MODEL
from eventline.nlp.sentences import sentence_spans

DEFAULT_TAG_THRESHOLD = 0.7
DEFAULT_LEMMA_THRESHOLD = 0.97
DEFAULT_DOUBT_THRESHOLD = 0.7
# Documents the CNN reads at once: its intermediate arrays grow with the batch (about 7 MB per news article),
# and batches beyond a few thousand tokens are no faster.
MAX_BATCH = 8
NEVER = 1e-9  # the CNN's probability floor, so that a tag HanTa's lexicon prefers can still win


class TagClass:
    """Classes of tags whose confusion changes a sentence's structure for the later stages."""

    OTHER, VERB, NAME, NOUN = range(4)

    @staticmethod
    def of(stts_tag: str) -> int:
        if stts_tag.startswith("V"):
            return TagClass.VERB
        return {"NE": TagClass.NAME, "NN": TagClass.NOUN}.get(stts_tag, TagClass.OTHER)


@cache
def trained_model() -> Language:
    """The packaged tok2vec, tagger and lemmatizer, loaded once per process."""
    return spacy.load(TAGGER_MODEL)


def softmax(scores: numpy.ndarray) -> numpy.ndarray:
    """Probabilities from a component's scores (its output layer is not normalized)."""
    exponentials = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    return exponentials / exponentials.sum(axis=1, keepdims=True)


def best_with_probability(scores: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Each row's best column and its softmax probability, the same numbers as `softmax` gives, without
    dividing the whole matrix (the lemmatizer scores about 1,400 edit trees per token)."""
    best = scores.argmax(axis=1)
    exponentials = scores - scores[numpy.arange(len(scores)), best][:, None]
    numpy.exp(exponentials, out=exponentials)
    return best, 1.0 / exponentials.sum(axis=1)


class FastTagger:
    def __init__(self, tag_threshold: float, lemma_threshold: float, doubt_threshold: float) -> None:
        model = trained_model()
        self.tok2vec = model.get_pipe("tok2vec")
        self.tagger = model.get_pipe("tagger")
        self.lemmatizer = model.get_pipe("trainable_lemmatizer")
        self.labels: tuple[str, ...] = tuple(self.tagger.labels)
        self.label_index = {label: i for i, label in enumerate(self.labels)}
        self.tag_classes = numpy.array([TagClass.of(label) for label in self.labels])
        self.trees: tuple[int, ...] = tuple(self.lemmatizer.labels)
        self.tag_threshold = tag_threshold
        self.lemma_threshold = lemma_threshold
        self.doubt_threshold = doubt_threshold

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = MAX_BATCH) -> Iterator[Doc]:
        for batch in minibatch(docs, size=min(batch_size, MAX_BATCH)):
            filled = [doc for doc in batch if len(doc)]
            if filled:
                self.tok2vec.set_annotations(filled, self.tok2vec.predict(filled))
            for doc in filled:
                # The tagger and lemmatizer read the tok2vec output the Doc now holds (doc.tensor). One Doc at
                # a time: the lemmatizer's scores (tokens x edit trees) of a whole batch would take 200 MB.
                [tags] = self.tagger.model.predict([doc])
                [lemmas] = self.lemmatizer.model.predict([doc])
                self._annotate(doc, softmax(self.tagger.model.ops.to_numpy(tags)),
                               *best_with_probability(self.lemmatizer.model.ops.to_numpy(lemmas)))
                doc.tensor = numpy.empty((0,), dtype="float32")  # later stages read no vectors: free them
            yield from batch

    def _annotate(self, doc: Doc, tag_probabilities: numpy.ndarray, best_trees: numpy.ndarray,
                  tree_probabilities: numpy.ndarray) -> None:
        cnn_tags = [self.labels[i] for i in tag_probabilities.argmax(axis=1)]
        # Python lists: the loop below reads one element per token, which is slow on numpy arrays.
        tag_sure: list[bool] = (tag_probabilities.max(axis=1) >= self.tag_threshold).tolist()
        lemma_sure: list[bool] = (tree_probabilities >= self.lemma_threshold).tolist()
        trees = [self.trees[tree] for tree in best_trees.tolist()]
        hanta_tags: dict[int, str] = {}  # token index -> the tag HanTa chose, in HanTa's spelling
        in_context = self._in_doubtful_sentence(doc, tag_probabilities)
        for sentence in sentence_spans(doc):
            if in_context[sentence.start]:
                hanta_tags.update(self._tags_in_context(sentence, cnn_tags, tag_sure))
        for token in doc:
            i = token.i
            if token.is_space:
                token.tag_, token.pos_, token.lemma_ = SPACE_TAG, "SPACE", token.text
                continue
            if i not in hanta_tags and not tag_sure[i]:
                hanta_tags[i] = self._tag_by_hanta_lexicon(token.text, tag_probabilities[i])
            spelled = hanta_tags.get(i)
            tag = normalize_tag(spelled) if spelled is not None else cnn_tags[i]
            if not (tag_sure[i] and lemma_sure[i]) or tag != cnn_tags[i]:  # an unsure tag makes the lemma unsure
                lemma = lemma_for(token.text, spelled or hanta_tag(tag) or tag)
            else:
                lemma = self.lemmatizer.trees.apply(trees[i], token.text) or token.text
            token.tag_, token.pos_, token.lemma_ = tag, ud_pos(tag), lemma

    def _tag_by_hanta_lexicon(self, word: str, probabilities: numpy.ndarray) -> str | None:
        """HanTa's tag with the best product of the CNN's probability and HanTa's lexical probability of the
        word; None where HanTa offers none the CNN knows."""
        candidates = [(numpy.log(probabilities[self.label_index[stts]] + NEVER) + log_probability, spelled)
                      for stts, spelled, log_probability in word_tags(word) if stts in self.label_index]
        return max(candidates)[1] if candidates else None

    def _in_doubtful_sentence(self, doc: Doc, tag_probabilities: numpy.ndarray) -> numpy.ndarray:
        """Tokens of the sentences where the CNN doubts between tag classes (verb or not, name or noun)."""
        top_two = numpy.argsort(-tag_probabilities, axis=1)[:, :2]
        classes = self.tag_classes[top_two]
        doubt = (tag_probabilities.max(axis=1) < self.doubt_threshold) & (classes[:, 0] != classes[:, 1])
        marked = numpy.zeros(len(doc), dtype=bool)
        if doubt.any():
            for sentence in sentence_spans(doc):
                if doubt[sentence.start:sentence.end].any():
                    marked[sentence.start:sentence.end] = True
        return marked

    def _tags_in_context(self, sentence: Span, cnn_tags: list[str], tag_sure: list[bool]) -> dict[int, str]:
        """HanTa's search over its transition model decides the sentence's tags; a word HanTa would have to
        analyse (one not in its lexicon) that the CNN is sure of keeps the CNN's tag."""
        words = [t for t in sentence if not t.is_space]
        settled = [hanta_tag(cnn_tags[t.i]) if tag_sure[t.i] and not knows(t.text) else None for t in words]
        tags = sentence_tags_given([t.text for t in words], settled)
        return {token.i: tag for token, tag in zip(words, tags, strict=True)}


@Language.factory("fast_tagger", default_config={
    "tag_threshold": DEFAULT_TAG_THRESHOLD, "lemma_threshold": DEFAULT_LEMMA_THRESHOLD,
    "doubt_threshold": DEFAULT_DOUBT_THRESHOLD})
def make_fast_tagger(nlp: Language, name: str, tag_threshold: float, lemma_threshold: float,
                     doubt_threshold: float) -> FastTagger:
    return FastTagger(tag_threshold, lemma_threshold, doubt_threshold)
