"""The run's Markdown artifact in the Prefect UI."""
from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from eventline.reporting import RunSummary, to_markdown


@task(cache_policy=NO_CACHE)
def publish_summary(summary: RunSummary) -> None:
    create_markdown_artifact(
        key="eventline-run-summary", markdown=to_markdown(summary), description="eventline run summary"
    )
