"""Readers of the unlabelled text corpora."""
from __future__ import annotations

import gzip
import json

from eventline.nlp.corpora import read_gnad_articles, read_smartdata_texts


def test_gnad_articles_are_the_second_field_of_each_csv_line(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text("Inland;'Der Landtag tagt; es geht um \"Budgets\".'\nSport;'Das Spiel endete 2:1.'\nWeb;''\n",
                    encoding="utf-8")
    assert read_gnad_articles(path) == ['Der Landtag tagt; es geht um "Budgets".', "Das Spiel endete 2:1."]
    assert read_gnad_articles(path, frozenset({"Sport"})) == ["Das Spiel endete 2:1."]


def test_smartdata_texts_come_from_pretty_printed_json_documents_one_after_another(tmp_path):
    documents = [{"id": "a", "text": {"string": "Erster Text."}}, {"id": "b", "text": None},
                 {"id": "c", "text": {"string": "Zweiter Text."}}]
    path = tmp_path / "corpus.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(d, indent=2) for d in documents))
    assert read_smartdata_texts(path) == ["Erster Text.", "Zweiter Text."]
