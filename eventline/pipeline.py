"""The pipeline's stages as plain functions over batches of documents.

Prefect tasks in `tasks/` wrap these one to one; evaluation commands call them directly.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from eventline.storage import StoredDocument
from schemas import Document, DocumentStatus, Event, Timex


@dataclass(frozen=True, slots=True)
class DocumentResult:
    document: Document
    timexes: list[Timex]
    events: list[Event]


def analyze_documents(documents: Sequence[Document], nlp: Language, batch_size: int = 32) -> list[Doc]:
    """Run the spaCy pipeline over the documents' full text (offsets stay document offsets)."""
    return list(nlp.pipe((d.text for d in documents), batch_size=batch_size))


def tag_documents(documents: Sequence[Document]) -> list[list[Timex]]:
    from eventline.temporal import tag_text

    return [tag_text(d.text, d.published) if d.status == DocumentStatus.OK else [] for d in documents]


def extract_document_events(
    documents: Sequence[Document], docs: Sequence[Doc], timexes: Sequence[Sequence[Timex]]
) -> list[list[Event]]:
    from eventline.events import extract_events

    return [
        extract_events(doc, doc_timexes, doc_id=d.doc_id, published=d.published, body_start=d.body_start)
        if d.status == DocumentStatus.OK
        else []
        for d, doc, doc_timexes in zip(documents, docs, timexes, strict=True)
    ]


def process_documents(documents: Sequence[Document], nlp: Language) -> list[DocumentResult]:
    """All stages for the readable documents; unreadable ones pass through with no rows."""
    readable = [d for d in documents if d.status == DocumentStatus.OK]
    docs = analyze_documents(readable, nlp)
    timexes = tag_documents(readable)
    events = extract_document_events(readable, docs, timexes)
    results = {d.doc_id: DocumentResult(d, t, e) for d, t, e in zip(readable, timexes, events, strict=True)}
    return [results.get(d.doc_id, DocumentResult(d, [], [])) for d in documents]


def select_changed(
    documents: Sequence[Document], stored: Mapping[str, StoredDocument], reprocess: bool = False
) -> tuple[list[Document], list[Document]]:
    """Split documents into (to process, unchanged). A document is unchanged when a stored row has the
    same content hash and publication date; error rows without a hash are always retried."""
    if reprocess:
        return list(documents), []
    changed: list[Document] = []
    unchanged: list[Document] = []
    for document in documents:
        previous = stored.get(document.doc_id)
        same = (
            previous is not None
            and bool(document.sha256)
            and previous.sha256 == document.sha256
            and previous.published == document.published
        )
        (unchanged if same else changed).append(document)
    return changed, unchanged
