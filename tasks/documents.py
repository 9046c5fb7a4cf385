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
def discover_files(input_dir: Path, patterns: Sequence[str]) -> list[Path]:
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist")
    return reader.discover_files(input_dir, patterns)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def read_documents(paths: Sequence[Path], root: Path, default_published: date | None) -> list[Document]:
    return [document for path in paths for document in reader.read_path(path, root, default_published)]
