"""Language analysis, temporal tagging and event extraction of one batch, as one task.

One task per batch (not one per stage) so that spaCy Docs never leave the worker that made them: a
worker process or Dask worker gets documents and returns rows.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventline import pipeline
from schemas import Document


@lru_cache(maxsize=2)
def _language_pipeline(model: str | None):
    """Built once per worker process and model, not once per batch."""
    from eventline.nlp import load_pipeline

    return load_pipeline(model)


@task(cache_policy=NO_CACHE)
def analyze_batch(documents: Sequence[Document], model: str | None) -> list[pipeline.DocumentResult]:
    """Rows for every document of the batch; the pipeline is loaded only when there is text to analyse."""
    if not documents:
        return []
    return pipeline.process_documents(documents, _language_pipeline(model))
