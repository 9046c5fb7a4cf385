"""Finding and reading article files."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventline import documents as reader
from schemas import Document


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def discover_files(input_dir: Path, patterns: Sequence[str], follow_links: bool = False) -> list[Path]:
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist")
    return reader.discover_files(input_dir, patterns, follow_links=follow_links)


@task(cache_policy=NO_CACHE)
def read_documents(
    paths: Sequence[Path], root: Path, default_published: date | None, label: str = "", follow_links: bool = False
) -> list[Document]:
    """Never fails: every path yields at least one document, an error row when it cannot be read."""
    return [
        document
        for path in paths
        for document in reader.read_path(path, root, default_published, label=label, follow_links=follow_links)
    ]
