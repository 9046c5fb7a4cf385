"""The temporal expressions of an event gold file (`../shared/gold/*-events.yaml`) as scorable documents.

That gold lists each document's timexes as text, type, value (and mod) in reading order, without
offsets. They are placed on the article's text by searching each surface after the previous one (an
expression that occurs again later is the later occurrence); one that is not found after it is searched
from the start among the unused occurrences; one not in the text at all is reported, never guessed.
The result is the same `CorpusDocument` the TimeML corpora give, so one scorer serves both.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from eventline.documents.decoding import decode_bytes
from eventline.temporal.corpora import CorpusDocument
from eventline.temporal.timeml import AnnotatedDocument, MarkupFormat, TimexAnnotation


@dataclass(frozen=True, slots=True)
class UnplacedTimex:
    doc: str
    text: str


def is_yaml_gold(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in (".yaml", ".yml")


def place_timexes(text: str, timexes: Sequence[Mapping[str, Any]]) -> tuple[list[TimexAnnotation], list[str]]:
    """Annotations at the occurrences of the gold surfaces, in reading order, and the surfaces not found."""
    placed: list[TimexAnnotation] = []
    unplaced: list[str] = []
    taken: set[int] = set()
    cursor = 0
    for timex in timexes:
        surface = str(timex["text"])
        start = text.find(surface, cursor)
        if start < 0:  # out of order in the gold: the first occurrence not yet used
            start = next((s for s in _occurrences(text, surface) if s not in taken), -1)
        if start < 0:
            unplaced.append(surface)
            continue
        taken.add(start)
        cursor = start + len(surface)
        placed.append(TimexAnnotation(start=start, end=start + len(surface), text=surface, value=str(timex["value"]),
                                      type=str(timex["type"]) if timex.get("type") else None,
                                      mod=str(timex["mod"]) if timex.get("mod") else None))
    return sorted(placed, key=lambda a: (a.start, -a.end)), unplaced


def _occurrences(text: str, surface: str) -> list[int]:
    found: list[int] = []
    start = text.find(surface)
    while start >= 0:
        found.append(start)
        start = text.find(surface, start + 1)
    return found


def _dct(record: Mapping[str, Any]) -> date | None:
    value = (record.get("dct") or {}).get("value")
    return date.fromisoformat(str(value)) if value else None


def load_yaml_gold(gold_path: Path, documents_dir: Path) -> tuple[list[CorpusDocument], list[UnplacedTimex]]:
    """One `CorpusDocument` per gold document whose article is in `documents_dir`, with the gold DCT.

    The article text is the file decoded as the pipeline decodes it, so offsets are the pipeline's.
    """
    records = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or []
    corpus: list[CorpusDocument] = []
    unplaced: list[UnplacedTimex] = []
    for record in records:
        path = documents_dir / str(record["doc"])
        if not path.is_file():
            continue
        text = decode_bytes(path.read_bytes()).text
        annotations, missing = place_timexes(text, record.get("timexes") or [])
        unplaced += [UnplacedTimex(str(record["doc"]), surface) for surface in missing]
        document = AnnotatedDocument(doc_id=str(record["doc"]), text=text, dct=_dct(record),
                                     annotations=tuple(annotations), markup=MarkupFormat.TIMEML)
        key = PurePosixPath(str(record["doc"]))
        corpus.append(CorpusDocument(key=str(key), subset=str(key.parent), path=path, document=document))
    return corpus, unplaced
