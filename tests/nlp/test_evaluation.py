"""GermEval span reading and scoring, and running the pipeline on given tokens."""
from __future__ import annotations

import pytest

from eventline.nlp.evaluation import (
    LabeledSpan,
    doc_from_words,
    evaluate_tags,
    read_conll2003,
    read_conllu,
    read_germeval,
    score_spans,
    spans_from_bio,
)


def test_bio_tags_become_spans_of_scored_labels_only():
    tags = ["B-PER", "I-PER", "O", "B-LOCderiv", "B-ORG", "B-OTH", "I-OTH", "B-LOC"]
    assert spans_from_bio(tags) == {LabeledSpan(0, 2, "PER"), LabeledSpan(4, 5, "ORG"), LabeledSpan(7, 8, "LOC")}


def test_an_inside_tag_of_another_label_starts_a_new_span():
    assert spans_from_bio(["B-PER", "I-LOC"]) == {LabeledSpan(0, 1, "PER"), LabeledSpan(1, 2, "LOC")}


def test_scores_count_exact_spans_per_label_and_micro():
    gold = frozenset({LabeledSpan(0, 2, "PER"), LabeledSpan(3, 4, "LOC")})
    predicted = frozenset({LabeledSpan(0, 2, "PER"), LabeledSpan(3, 5, "LOC"), LabeledSpan(6, 7, "ORG")})
    scores = score_spans([(gold, predicted)])
    assert (scores["PER"].precision, scores["PER"].recall) == (1.0, 1.0)
    assert scores["LOC"].f1 == 0.0
    assert scores["micro"].precision == pytest.approx(1 / 3) and scores["micro"].recall == pytest.approx(1 / 2)


def test_germeval_reader_uses_the_outer_level(tmp_path):
    path = tmp_path / "ner.tsv"
    path.write_text("#\thttp://x\t[2010-01-01]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tin\tO\tO\n"
                    "4\tBerliner\tB-LOCderiv\tO\n\n#\tx\n1\tNato\tB-ORG\tO\n", encoding="utf-8")
    sentences = read_germeval(path)
    assert [s.words for s in sentences] == [("Angela", "Merkel", "in", "Berliner"), ("Nato",)]
    assert sentences[0].entities == {LabeledSpan(0, 2, "PER")}


def test_conllu_reader_skips_multiword_ranges(tmp_path):
    path = tmp_path / "ud.conllu"
    path.write_text("# text = zum Haus\n1-2\tzum\t_\t_\t_\t_\t_\t_\t_\t_\n1\tzu\tzu\tADP\tAPPR\t_\t_\t_\t_\t_\n"
                    "2\tdem\tder\tDET\tART\t_\t_\t_\t_\t_\n3\tHaus\tHaus\tNOUN\tNN\t_\t_\t_\t_\t_\n", encoding="utf-8")
    [sentence] = read_conllu(path)
    assert sentence.words == ("zu", "dem", "Haus") and sentence.xpos == ("APPR", "ART", "NN")
    assert sentence.upos == ("ADP", "DET", "NOUN") and sentence.lemmas == ("zu", "der", "Haus")


def test_conll2003_reader_skips_document_separators(tmp_path):
    path = tmp_path / "ner.conll2003"
    path.write_text("-DOCSTART- -1- O O\n\nZug\tNN\tI-NN\tO\nnach\tAPPR\tI-PP\tO\nBerlin\tNE\tI-NP\tB-location\n\n"
                    "Stau\tNN\tI-NN\tO\n", encoding="utf-8")
    assert [s.words for s in read_conll2003(path)] == [("Zug", "nach", "Berlin"), ("Stau",)]


def test_tag_accuracy_counts_stts_upos_and_lemmas_against_the_gold(nlp, tmp_path):
    path = tmp_path / "ud.conllu"
    path.write_text("1\tDie\tder\tDET\tART\t_\t_\t_\t_\t_\n2\tHäuser\tHaus\tNOUN\tNN\t_\t_\t_\t_\t_\n"
                    "3\tbrannten\tfalsch\tVERB\tNN\t_\t_\t_\t_\t_\n", encoding="utf-8")
    accuracy = evaluate_tags(nlp, read_conllu(path))
    assert accuracy.tokens == 3
    assert (accuracy.stts_correct, accuracy.lemma_correct) == (2, 2)
    assert accuracy.upos == pytest.approx(1.0)


def test_the_pipeline_runs_on_given_tokens(nlp):
    doc = doc_from_words(nlp, ["Die", "Nato", "warnt", "Moskau", "."])
    assert [t.text for t in doc] == ["Die", "Nato", "warnt", "Moskau", "."]
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("Nato", "NATO"), ("Moskau", "RUS")]


@pytest.mark.corpus
@pytest.mark.slow
def test_germeval_dev_scores_stay_above_the_measured_level(corpus_dir, nlp):
    sentences = read_germeval(corpus_dir("germeval2014") / "NER-de-dev.tsv")[:600]
    from eventline.nlp.evaluation import evaluate_ner

    scores = evaluate_ner(nlp, sentences)
    assert scores["micro"].precision > 0.7 and scores["micro"].f1 > 0.5
