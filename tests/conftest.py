"""Shared fixtures. Corpora are read from ../shared and tests skip cleanly where it is absent."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path):
    """Return a function giving ../shared/corpora/<name>, skipping when it is absent."""

    def _corpus(name: str) -> Path:
        path = shared_dir / "corpora" / name
        if not path.is_dir():
            pytest.skip(f"corpus {name} is not in ../shared")
        return path

    return _corpus


@pytest.fixture(scope="session")
def seed_gold(shared_dir: Path) -> Path:
    path = shared_dir / "gold" / "seed-events.yaml"
    if not path.is_file():
        pytest.skip("seed gold is not in ../shared")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture()
def base_date() -> date:
    """A fixed reference date: resolution code never reads the clock."""
    return date(2023, 2, 27)
