"""Readers for the unlabelled text corpora in `../shared/corpora/` (benchmarks, vocabulary, silver data).

The labelled ones (GermEval, UD, KRAUTS, the event gold) have their readers next to their scorers.
"""
from __future__ import annotations

import csv
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path


def read_gnad_articles(path: Path, categories: frozenset[str] = frozenset()) -> list[str]:
    """10kGNAD articles, one per CSV line `category;'text'` (semicolon, quote character `'`)."""
    csv.field_size_limit(sys.maxsize)  # an article is one field, longer than csv's default limit
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'")
                if len(row) >= 2 and row[1].strip() and (not categories or row[0] in categories)]


def _json_values(text: str) -> Iterator[dict]:
    """The JSON objects of a file that holds several, pretty-printed one after another."""
    decoder, position = json.JSONDecoder(), 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return
        value, position = decoder.raw_decode(text, position)
        yield value


def read_smartdata_texts(path: Path) -> list[str]:
    """The document texts of a DFKI SmartData release file (`*.json.gz`)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [document["text"]["string"] for document in _json_values(handle.read())
                if (document.get("text") or {}).get("string", "").strip()]
