"""Measuring the pipeline on pre-tokenized corpora: GermEval 2014 NER and UD German GSD POS tags.

GermEval's outer level is compared span by span (exact boundaries and label) for PER, LOC and ORG.
Its -deriv ("russischen") and -part ("Nato-Staaten") variants and OTH are not names of those types,
so they count as O; our GPE (states and capitals used as actors) is scored as LOC, and NORP/MISC
are not scored.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventline import metrics

SCORED_LABELS = ("PER", "LOC", "ORG")
# Our entity labels as GermEval's outer-level labels.
GERMEVAL_LABEL = {"PER": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "“", "'"})


@dataclass(frozen=True, slots=True)
class LabeledSpan:
    start: int  # token index
    end: int  # exclusive
    label: str


@dataclass(frozen=True, slots=True)
class NerSentence:
    words: tuple[str, ...]
    entities: frozenset[LabeledSpan]


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    words: tuple[str, ...]
    xpos: tuple[str, ...]
    upos: tuple[str, ...]
    lemmas: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Scores:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        return metrics.ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return metrics.ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        return metrics.f1(self.precision, self.recall)


def spans_from_bio(tags: Sequence[str], labels: Iterable[str] = SCORED_LABELS) -> frozenset[LabeledSpan]:
    """B-/I- tagged spans whose label is one of `labels` (so "B-LOCderiv" and "B-OTH" are skipped)."""
    wanted = set(labels)
    spans: list[LabeledSpan] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, tag_label = tag.partition("-")
        continues = prefix == "I" and tag_label == label
        if start is not None and not continues:
            spans.append(LabeledSpan(start, i, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and not continues):
            if tag_label in wanted:
                start, label = i, tag_label
    return frozenset(spans)


def _blocks(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
            else:
                block.append(line)
    if block:
        yield block


def read_germeval(path: Path) -> list[NerSentence]:
    sentences = []
    for block in _blocks(path):
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        words = tuple(row[1] for row in rows)
        sentences.append(NerSentence(words, spans_from_bio([row[2] for row in rows])))
    return sentences


def read_conll2003(path: Path) -> list[NerSentence]:
    """CoNLL-2003 files (word, POS, chunk, NER tag per line; `-DOCSTART-` lines separate documents)."""
    sentences = []
    for block in _blocks(path):
        rows = [line.split() for line in block if not line.startswith("-DOCSTART-")]
        if rows:
            sentences.append(NerSentence(tuple(r[0] for r in rows), spans_from_bio([r[-1] for r in rows])))
    return sentences


def read_conllu(path: Path) -> list[TaggedSentence]:
    sentences = []
    for block in _blocks(path):
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        rows = [row for row in rows if row[0].isdigit()]  # skip multiword ranges and empty nodes
        sentences.append(TaggedSentence(*(tuple(r[column] for r in rows) for column in (1, 4, 3, 2))))
    return sentences


def doc_from_words(nlp: Language, words: Sequence[str]) -> Doc:
    """Run the pipeline's components on the corpus's own tokens (the tokenizer is skipped)."""
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE for i in range(len(words))]
    doc = Doc(nlp.vocab, words=list(words), spaces=spaces)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def predicted_spans(doc: Doc) -> frozenset[LabeledSpan]:
    return frozenset(
        LabeledSpan(e.start, e.end, GERMEVAL_LABEL[e.label_]) for e in doc.ents if e.label_ in GERMEVAL_LABEL
    )


def score_spans(pairs: Iterable[tuple[frozenset[LabeledSpan], frozenset[LabeledSpan]]]) -> dict[str, Scores]:
    """Scores per label and "micro" over (gold, predicted) span sets."""
    counts: Counter[tuple[str, str]] = Counter()
    for gold, predicted in pairs:
        for span in gold & predicted:
            counts[span.label, "tp"] += 1
        for span in predicted - gold:
            counts[span.label, "fp"] += 1
        for span in gold - predicted:
            counts[span.label, "fn"] += 1
    scores = {label: Scores(counts[label, "tp"], counts[label, "fp"], counts[label, "fn"]) for label in SCORED_LABELS}
    scores["micro"] = Scores(*(sum(getattr(s, f) for s in scores.values())
                               for f in ("true_positives", "false_positives", "false_negatives")))
    return scores


def evaluate_ner(nlp: Language, sentences: Sequence[NerSentence]) -> dict[str, Scores]:
    return score_spans((s.entities, predicted_spans(doc_from_words(nlp, s.words))) for s in sentences)


@dataclass(frozen=True, slots=True)
class TagAccuracy:
    tokens: int
    stts_correct: int
    upos_correct: int
    lemma_correct: int

    @property
    def stts(self) -> float:
        return self.stts_correct / self.tokens if self.tokens else 0.0

    @property
    def upos(self) -> float:
        return self.upos_correct / self.tokens if self.tokens else 0.0

    @property
    def lemma(self) -> float:
        return self.lemma_correct / self.tokens if self.tokens else 0.0


def evaluate_tags(nlp: Language, sentences: Sequence[TaggedSentence]) -> TagAccuracy:
    tokens = stts = upos = lemmas = 0
    for sentence in sentences:
        doc = doc_from_words(nlp, sentence.words)
        for token, xpos, gold_upos, lemma in zip(doc, sentence.xpos, sentence.upos, sentence.lemmas, strict=True):
            tokens += 1
            stts += token.tag_ == xpos
            upos += token.pos_ == gold_upos
            lemmas += token.lemma_ == lemma
    return TagAccuracy(tokens, stts, upos, lemmas)
