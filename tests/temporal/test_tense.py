"""The lexical tense scan."""
from __future__ import annotations

import pytest

from eventline.temporal.partial import Direction
from eventline.temporal.tense import sentence_spans, sentence_tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Er kündigte an, dass er China Anfang April besuchen werde.", Direction.FUTURE),
        ("Die Regierung plant neue Gesetze.", Direction.FUTURE),
        ("Das Treffen soll im Mai stattfinden.", Direction.FUTURE),
        ("Sie kaufte im August ein Auto.", Direction.PAST),
        ("Der Vertrag wurde unterzeichnet.", Direction.PAST),
        ("Er hat das Haus gekauft.", Direction.PAST),
        ("Das Gericht hat heute entschieden.", Direction.PAST),
        ("Frankreich ist heute weniger fremdenfeindlich.", None),
        ("Die letzte Sitzung beginnt um neun.", None),
        ("Sie sagt, dass die Schlüssel übergeben worden sind.", Direction.PAST),
        ("Man weiß, dass er das Haus gekauft hat.", Direction.PAST),
        ("Man weiß, dass das Verfahren bekannt ist.", None),
        ("Die Firma ist heute in den Bereichen Handel und Bau tätig.", None),  # "Bereichen" is a noun
        ("Die Stadt ist in diesem Jahr erneut gewachsen.", Direction.PAST),
        ("Ab Montag gilt das Verbot.", None),  # the noun "Verbot" is no "verbot"
        ("War die Sperre nötig?", Direction.PAST),
    ],
)
def test_sentence_tense_reads_auxiliaries_modals_and_preterite_forms(sentence: str, tense: Direction | None) -> None:
    assert sentence_tense(sentence) is tense


def test_sentences_split_at_end_punctuation_before_a_capital() -> None:
    text = "Er kam gestern. Sie geht morgen! Und dann?"
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Er kam gestern.", "Sie geht morgen!", "Und dann?"]


def test_an_ordinal_day_does_not_end_a_sentence() -> None:
    text = "Es wurde 1998 gebaut. Am 3. März soll es schließen."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Es wurde 1998 gebaut.", "Am 3. März soll es schließen."]
