"""The run's artifacts in the Prefect UI (summary, timeline) and its final state."""
from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed, State

from eventline.reporting import (
    RunFailedError,
    RunSummary,
    RunVerdict,
    run_verdict,
    to_markdown,
    verdict_message,
)

TIMELINE_FILE = "timeline.html"
_COMPLETED_WITH_ERRORS = "Completed with errors"


@task(cache_policy=NO_CACHE)
def publish_summary(summary: RunSummary) -> None:
    create_markdown_artifact(
        key="eventline-run-summary", markdown=to_markdown(summary), description="eventline run summary"
    )


@task(cache_policy=NO_CACHE)
def publish_timeline(db_path: Path, summary: RunSummary) -> Path | None:
    """Write the whole timeline as `timeline.html` beside the database and show a small picture of it in
    the Prefect UI. A picture that cannot be drawn is a warning, never a failed run; a run that changed
    nothing leaves the page as it is (drawing it costs a few CPU seconds)."""
    from eventline import charts, storage

    logger = get_run_logger()
    page = db_path.parent / TIMELINE_FILE
    if summary.n_processed == 0 and page.exists():
        return page
    try:
        rows = storage.timeline_rows(db_path)
        data = charts.chart_data(rows)
        charts.write_html(charts.timeline_chart(data), page, rows)
        with tempfile.TemporaryDirectory() as folder:
            picture = Path(folder) / "timeline.png"
            charts.write_png(charts.timeline_chart(data, width=600), picture, scale=1.0)
            encoded = base64.b64encode(picture.read_bytes()).decode("ascii")
    except Exception as exc:  # noqa: BLE001 - the events are stored; only the picture is missing
        logger.warning("timeline picture not written: %s", exc)
        return None
    create_markdown_artifact(
        key="eventline-timeline",
        markdown=(
            f"# Timeline\n\n![timeline](data:image/png;base64,{encoded})\n\n"
            f"The interactive page (hover for evidence): `{page.resolve()}`\n"
        ),
        description="eventline timeline",
    )
    return page


def final_state(summary: RunSummary) -> State:
    """The flow's end state: Completed, "Completed with errors" with the count, or Failed when nothing
    could be processed. The summary is the flow's result; a failed run's result is a `RunFailedError`
    that carries it (a plain call of the flow raises it)."""
    message = verdict_message(summary)
    verdict = run_verdict(summary)
    if verdict is RunVerdict.FAILED:
        return Failed(message=message, data=RunFailedError(summary))
    if verdict is RunVerdict.PARTIAL:
        return Completed(name=_COMPLETED_WITH_ERRORS, message=message, data=summary)
    return Completed(message=message, data=summary)
