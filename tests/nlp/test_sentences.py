"""Rule-based sentence boundaries (component on a blank German pipeline)."""
from __future__ import annotations

import pytest
import spacy

import eventline.nlp.sentences  # noqa: F401
from eventline.nlp.sentences import sentence_spans


@pytest.fixture(scope="module")
def splitter():
    nlp = spacy.blank("de")
    nlp.add_pipe("german_sentences")
    return nlp


def _sentences(splitter, text: str) -> list[str]:
    return [s.text.strip() for s in splitter(text).sents]


def test_sentences_end_at_full_stops_question_and_exclamation_marks(splitter):
    assert _sentences(splitter, "Er kam. Wer ging? Niemand! Dann war Ruhe.") == [
        "Er kam.", "Wer ging?", "Niemand!", "Dann war Ruhe.",
    ]


def test_abbreviations_do_not_end_a_sentence(splitter):
    text = "Waffen, z. B. Drohnen, u.a. aus Iran. Dr. Meier kam."
    assert _sentences(splitter, text) == ["Waffen, z. B. Drohnen, u.a. aus Iran.", "Dr. Meier kam."]


def test_abbreviations_the_tokenizer_splits_off_do_not_end_a_sentence(splitter):
    assert _sentences(splitter, "Vgl. Abs. 3 und 300 Mrd. Euro. Ende.") == ["Vgl. Abs. 3 und 300 Mrd. Euro.", "Ende."]


def test_initials_do_not_end_a_sentence(splitter):
    assert _sentences(splitter, "John F. Kennedy sprach.") == ["John F. Kennedy sprach."]


def test_ordinals_do_not_end_a_sentence(splitter):
    text = "Am 3. März beschloss die EU das 10. Sanktionspaket."
    assert _sentences(splitter, text) == [text]


def test_a_year_with_its_full_stop_ends_a_sentence(splitter):
    assert _sentences(splitter, "Das war im Jahr 2023. Dann kam der Winter.") == [
        "Das war im Jahr 2023.", "Dann kam der Winter.",
    ]


def test_closing_quotes_stay_with_their_sentence(splitter):
    assert _sentences(splitter, "Er sagte: „Das ist gut.“ Dann ging er.") == [
        "Er sagte: „Das ist gut.“", "Dann ging er.",
    ]


def test_a_quoted_question_followed_by_a_comma_goes_on(splitter):
    text = "„Warum?“, fragte er."
    assert _sentences(splitter, text) == [text]


def test_line_breaks_end_headlines_and_datelines(splitter):
    text = "25. November 2024\n\nPolitik\nNato-Staaten verstärken Produktion\n\nIm Zuge der Spannungen planen sie mehr."
    assert _sentences(splitter, text) == [
        "25. November 2024", "Politik", "Nato-Staaten verstärken Produktion", "Im Zuge der Spannungen planen sie mehr.",
    ]


def test_sentence_offsets_stay_document_offsets(splitter):
    text = "Titel\n\nEr kam. Sie ging."
    doc = splitter(text)
    assert [text[s.start_char : s.end_char].strip() for s in doc.sents] == ["Titel", "Er kam.", "Sie ging."]


def test_line_break_only_component_leaves_other_boundaries_open():
    nlp = spacy.blank("de")
    nlp.add_pipe("line_break_sentences")
    doc = nlp("Titel\nEr kam. Sie ging.")
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Er"] is True and starts["Sie"] is None


def test_sentence_spans_are_the_sentences_or_the_whole_doc_without_boundaries():
    nlp = spacy.blank("de")
    assert [s.text for s in sentence_spans(nlp("Er kam. Sie ging."))] == ["Er kam. Sie ging."]
    nlp.add_pipe("german_sentences")
    assert [s.text.strip() for s in sentence_spans(nlp("Er kam. Sie ging."))] == ["Er kam.", "Sie ging."]
