"""Language analysis, temporal tagging and event extraction over a batch of documents."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from prefect import task
from prefect.cache_policies import NO_CACHE
from spacy.tokens import Doc

from eventline import pipeline
from schemas import Document, Event, Timex


@lru_cache(maxsize=2)
def _language_pipeline(model: str | None):
    """Built once per process and model, not once per batch."""
    from eventline.nlp import load_pipeline

    return load_pipeline(model)


@task(cache_policy=NO_CACHE)
def analyze_language(documents: Sequence[Document], model: str | None) -> list[Doc]:
    return pipeline.analyze_documents(documents, _language_pipeline(model))


@task(cache_policy=NO_CACHE)
def tag_temporal_expressions(documents: Sequence[Document]) -> list[list[Timex]]:
    return pipeline.tag_documents(documents)


@task(cache_policy=NO_CACHE)
def extract_document_events(
    documents: Sequence[Document], docs: Sequence[Doc], timexes: Sequence[Sequence[Timex]]
) -> list[list[Event]]:
    return pipeline.extract_document_events(documents, docs, timexes)
