"""Timexes of an event gold YAML file, placed on their article's text to be scored like TimeML gold."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from eventline.temporal.yaml_gold import load_yaml_gold, place_timexes

ARTICLE = "Am Montag kam er. Am Montag ging er wieder, seit drei Jahren zum ersten Mal."
GOLD = """- doc: a.txt
  dct:
    value: '2016-04-28'
    source: dateline
  timexes:
  - {text: Montag, type: DATE, value: '2016-04-25'}
  - {text: Montag, type: DATE, value: '2016-04-25'}
  - {text: drei Jahren, type: DURATION, value: P3Y}
  - {text: Dienstag, type: DATE, value: '2016-04-26'}
- doc: missing.txt
  dct: {value: null, source: none}
  timexes: []
"""


def test_repeated_surfaces_are_placed_on_successive_occurrences() -> None:
    placed, unplaced = place_timexes(ARTICLE, [{"text": "Montag", "value": "a"}, {"text": "Montag", "value": "b"}])
    assert [(a.start, a.value) for a in placed] == [(3, "a"), (21, "b")]
    assert unplaced == []


def test_a_surface_listed_out_of_order_takes_the_first_unused_occurrence() -> None:
    placed, _ = place_timexes(ARTICLE, [{"text": "drei Jahren", "value": "P3Y"}, {"text": "Montag", "value": "x"}])
    assert [a.text for a in placed] == ["Montag", "drei Jahren"]


def test_a_gold_file_becomes_documents_with_their_dct_and_reports_what_it_cannot_place(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text(GOLD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    documents, unplaced = load_yaml_gold(tmp_path / "gold.yaml", tmp_path)
    assert [d.key for d in documents] == ["a.txt"]  # an article that is not there is left out
    document = documents[0].document
    assert document.dct == date(2016, 4, 28)
    assert [(a.text, a.type, a.value) for a in document.annotations] == [
        ("Montag", "DATE", "2016-04-25"), ("Montag", "DATE", "2016-04-25"), ("drei Jahren", "DURATION", "P3Y")]
    assert [(u.doc, u.text) for u in unplaced] == [("a.txt", "Dienstag")]
