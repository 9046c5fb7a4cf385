"""Build the German pipeline: offline default (blank German + rules + a tagger) or a user-installed model.

Default ("fast"): tokenizer → actor_ruler → actor_ruler_exact → german_sentences → fast_tagger →
actor_entities → actor_linker → actor_descriptions. `fast_tagger` is a small CNN shipped in the package
(`eventline/nlp/models/`), trained on HanTa-labelled news by `scripts/train_tagger.py`, with HanTa deciding
where it is unsure (`eventline/nlp/fast_tagger.py`).
"hanta": the same with HanTa alone in place of `fast_tagger` (slower; the reference the CNN learned from).
With a statistical model (a package name or a path): its components and entities are kept; line-break
sentence boundaries go in before its parser (or after its senter), our full sentence splitter only where
it has neither, HanTa only for what it lacks (tags, lemmas), and unknown-name guessing only without NER.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from eventline.actors.dictionary import Casing
from eventline.actors.patterns import Tokenize, actor_patterns
from eventline.nlp import descriptions, entities, fast_tagger, hanta, linking, sentences  # noqa: F401  (register the factories)
from eventline.nlp.entities import MATCHES_KEY

LANGUAGE = "de"
TAGGERS = ("tagger", "morphologizer")
LEMMATIZERS = ("lemmatizer", "trainable_lemmatizer")
FAST = "fast"
HANTA = "hanta"
BUILT_IN_PIPELINES = (FAST, HANTA)


def _has_any(nlp: Language, names: tuple[str, ...]) -> bool:
    return any(factory in names for factory in (nlp.get_pipe_meta(n).factory for n in nlp.pipe_names))


def _first_with_factory(nlp: Language, factory: str) -> str | None:
    return next((n for n in nlp.pipe_names if nlp.get_pipe_meta(n).factory == factory), None)


def add_sentence_boundaries(nlp: Language) -> None:
    parser = _first_with_factory(nlp, "parser")
    senter = _first_with_factory(nlp, "senter") or _first_with_factory(nlp, "sentencizer")
    if parser is not None:
        nlp.add_pipe("line_break_sentences", before=parser)
    elif senter is not None:
        nlp.add_pipe("line_break_sentences", after=senter)
    else:
        nlp.add_pipe("german_sentences", first=True)


def add_hanta(nlp: Language) -> None:
    set_tags = not _has_any(nlp, TAGGERS)
    set_lemmas = not _has_any(nlp, LEMMATIZERS)
    if set_tags or set_lemmas:
        # After the sentence boundaries HanTa tags by, before the entity rules that read its tags.
        nlp.add_pipe("hanta_tagger", config={"set_tags": set_tags, "set_lemmas": set_lemmas})


def _words(nlp: Language) -> Tokenize:
    return lambda text: [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


def add_actor_rulers(nlp: Language) -> None:
    """Two phrase rulers, first in the pipeline: names case-insensitively, then abbreviations ("EU",
    not "eu") and persons as written. They only read token texts; being first also keeps SpanRuler
    from running the components before it over every phrase pattern while the patterns are added."""
    for name, casing, overwrite in (("actor_ruler_exact", Casing.EXACT, False), ("actor_ruler", Casing.LOWER, True)):
        ruler = nlp.add_pipe(
            "span_ruler",
            name=name,
            first=True,
            config={"spans_key": MATCHES_KEY, "annotate_ents": False, "overwrite": overwrite,
                    "phrase_matcher_attr": "LOWER" if casing == Casing.LOWER else "ORTH"},
        )
        ruler.add_patterns(actor_patterns(_words(nlp), casing))


def add_actor_components(nlp: Language, guess_unknown_names: bool) -> None:
    add_actor_rulers(nlp)
    nlp.add_pipe("actor_entities", config={"guess_unknown_names": guess_unknown_names})
    nlp.add_pipe("actor_linker")
    nlp.add_pipe("actor_descriptions")


def default_pipeline(tagger: str = FAST) -> Language:
    nlp = spacy.blank(LANGUAGE)
    nlp.add_pipe("german_sentences")
    if tagger == HANTA:
        nlp.add_pipe("hanta_tagger")
    else:
        nlp.add_pipe("fast_tagger")
    add_actor_components(nlp, guess_unknown_names=True)
    return nlp


def model_pipeline(model: str | Path) -> Language:
    nlp = spacy.load(model)
    add_sentence_boundaries(nlp)
    add_hanta(nlp)
    add_actor_components(nlp, guess_unknown_names=not _has_any(nlp, ("ner",)))
    return nlp


def load_pipeline(model: str | Path | None = None) -> Language:
    """The default offline pipeline (None or "fast"), the same with HanTa ("hanta"), or `model` (an installed
    spaCy package name or a path) plus our rules."""
    if model is None or model in BUILT_IN_PIPELINES:
        return default_pipeline(model or FAST)
    return model_pipeline(model)
