"""load_pipeline: the offline default and user-supplied models (built and saved here, never downloaded)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from eventline.nlp import load_pipeline


def _save(nlp, path: Path) -> Path:
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def sentencizer_model(tmp_path_factory) -> Path:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Präsident Wladimir Putin"}])
    return _save(nlp, tmp_path_factory.mktemp("model") / "sentencizer_de")


@pytest.fixture(scope="module")
def tagger_parser_model(tmp_path_factory) -> Path:
    nlp = spacy.blank("de")
    tagger = nlp.add_pipe("tagger")
    for tag in ("NN", "NE", "VVFIN", "$."):
        tagger.add_label(tag)
    parser = nlp.add_pipe("parser")
    for label in ("sb", "oa", "ROOT"):
        parser.add_label(label)
    nlp.initialize()
    return _save(nlp, tmp_path_factory.mktemp("model") / "tagger_parser_de")


def test_default_pipeline_runs_our_components_in_order():
    nlp = load_pipeline()
    assert nlp.pipe_names == [
        "actor_ruler", "actor_ruler_exact", "german_sentences", "fast_tagger", "actor_entities", "actor_linker",
        "actor_descriptions",
    ]


def test_the_fast_pipeline_is_the_default_and_hanta_can_be_chosen_by_name():
    assert load_pipeline("fast").pipe_names == load_pipeline().pipe_names
    assert load_pipeline("hanta").pipe_names == [
        "actor_ruler", "actor_ruler_exact", "german_sentences", "hanta_tagger", "actor_entities", "actor_linker",
        "actor_descriptions",
    ]


def test_default_pipeline_keeps_document_offsets_and_whitespace_tokens():
    text = "Titel\n\n  Moskau droht.  Die Nato antwortet."
    doc = load_pipeline()(text)
    assert doc.text == text
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)


def test_a_model_path_keeps_its_components_and_entities_and_gets_our_codes(sentencizer_model):
    nlp = load_pipeline(str(sentencizer_model))
    names = nlp.pipe_names
    assert names.index("line_break_sentences") == names.index("sentencizer") + 1
    assert {"entity_ruler", "hanta_tagger", "actor_ruler", "actor_entities", "actor_linker"} <= set(nlp.pipe_names)
    doc = nlp("Präsident Wladimir Putin droht der Nato.\nNeue Zeile")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Präsident Wladimir Putin", "PER", "RUS"),
        ("Nato", "ORG", "NATO"),
    ]
    assert [s.text.strip() for s in doc.sents] == ["Präsident Wladimir Putin droht der Nato.", "Neue Zeile"]
    assert doc[3].lemma_ == "drohen"


def test_a_model_with_a_tagger_and_parser_keeps_its_tags_and_gets_line_breaks_before_its_parser(tagger_parser_model):
    nlp = load_pipeline(tagger_parser_model)
    names = nlp.pipe_names
    assert names.index("line_break_sentences") == names.index("parser") - 1
    assert "german_sentences" not in names
    assert nlp.get_pipe("hanta_tagger").set_tags is False
    assert nlp.get_pipe("hanta_tagger").set_lemmas is True
    doc = nlp("Russland droht.\nNeue Zeile")
    assert doc[3].is_sent_start
    assert [t.tag_ for t in doc] and all(t.tag_ in ("NN", "NE", "VVFIN", "$.", "") for t in doc)
    assert ("Russland", "RUS") in [(e.text, e.kb_id_) for e in doc.ents]
