"""The pipeline's stages as plain functions over batches of documents.

Prefect tasks in `tasks/` wrap these one to one; evaluation commands call them directly.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventline.documents.reader import MAX_FILE_BYTES
from eventline.guard import StageFailure, guard_one, settle_failures
from schemas import Document, DocumentStatus, Event, Timex

if TYPE_CHECKING:  # spaCy is imported by the stages that need it, not by a run with nothing to do
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventline.storage import StoredDocument


@dataclass(frozen=True, slots=True)
class DocumentResult:
    document: Document
    timexes: list[Timex]
    events: list[Event]


def analyze_documents(
    documents: Sequence[Document], nlp: Language, batch_size: int = 32
) -> list[Doc | StageFailure]:
    """Run the spaCy pipeline over the documents' full text (offsets stay document offsets).

    A document the pipeline fails on gets a `StageFailure` in its place; the others are analysed.
    """
    allow_long_texts(nlp)
    texts = [d.text for d in documents]
    try:
        return list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - one text broke the batch: analyse one by one so only it fails
        return [guard_one("analysis", nlp, text) for text in texts]


def allow_long_texts(nlp: Language) -> None:
    """Lift spaCy's 1,000,000-character limit (E088) to the reader's file limit when the pipeline has no
    parser or NER: the default pipeline's memory grows linearly with the text. A statistical parser
    keeps spaCy's limit; a longer text is then that document's error row, not a crashed batch."""
    if not {"parser", "ner"} & set(nlp.pipe_names):
        nlp.max_length = max(nlp.max_length, MAX_FILE_BYTES + 1)


def tag_documents(documents: Sequence[Document]) -> list[list[Timex] | StageFailure]:
    from eventline.temporal import tag_text

    return [
        guard_one("tagging", tag_text, d.text, d.published) if d.status == DocumentStatus.OK else []
        for d in documents
    ]


def extract_document_events(
    documents: Sequence[Document],
    docs: Sequence[Doc | StageFailure],
    timexes: Sequence[Sequence[Timex] | StageFailure],
) -> list[list[Event] | StageFailure]:
    """Events per document; a failure of an earlier stage is passed on in the document's place."""
    from eventline.events import extract_events

    results: list[list[Event] | StageFailure] = []
    for d, doc, doc_timexes in zip(documents, docs, timexes, strict=True):
        if isinstance(doc, StageFailure) or isinstance(doc_timexes, StageFailure):
            results.append(doc if isinstance(doc, StageFailure) else doc_timexes)
        elif d.status != DocumentStatus.OK:
            results.append([])
        else:
            results.append(guard_one(
                "extraction", extract_events, doc, doc_timexes,
                doc_id=d.doc_id, published=d.published, body_start=d.body_start,
            ))
    return results


def process_documents(documents: Sequence[Document], nlp: Language) -> list[DocumentResult]:
    """All stages for the readable documents; unreadable ones pass through with no rows, and a document
    a stage failed on comes back as an error document."""
    readable = [d for d in documents if d.status == DocumentStatus.OK]
    docs = analyze_documents(readable, nlp)
    timexes = tag_documents(readable)
    events = extract_document_events(readable, docs, timexes)
    settled, (settled_timexes, settled_events) = settle_failures(readable, timexes, events)
    results = {
        d.doc_id: DocumentResult(d, list(t), list(e))
        for d, t, e in zip(settled, settled_timexes, settled_events, strict=True)
    }
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
