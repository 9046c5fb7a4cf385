"""Language analysis, temporal tagging and event extraction over a batch of documents."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventline import pipeline
from eventline.guard import StageFailure
from schemas import Document, Event, Timex

if TYPE_CHECKING:  # spaCy is imported when the first batch is analysed, not when the flow is imported
    from spacy.tokens import Doc


@lru_cache(maxsize=2)
def _language_pipeline(model: str | None):
    """Built once per process and model, not once per batch."""
    from eventline.nlp import load_pipeline

    return load_pipeline(model)


@task(cache_policy=NO_CACHE)
def analyze_language(documents: Sequence[Document], model: str | None) -> list[Doc | StageFailure]:
    return pipeline.analyze_documents(documents, _language_pipeline(model))


@task(cache_policy=NO_CACHE)
def tag_temporal_expressions(documents: Sequence[Document]) -> list[list[Timex] | StageFailure]:
    return pipeline.tag_documents(documents)


@task(cache_policy=NO_CACHE)
def extract_document_events(
    documents: Sequence[Document],
    docs: Sequence[Doc | StageFailure],
    timexes: Sequence[Sequence[Timex] | StageFailure],
) -> list[list[Event] | StageFailure]:
    return pipeline.extract_document_events(documents, docs, timexes)
