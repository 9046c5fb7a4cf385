"""Shared fixtures. Corpora are read from ../shared and tests skip cleanly where it is absent."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: `ci` (the default) runs 500 examples per property, `long` 100,000
# (`pytest --hypothesis-profile=long tests/test_properties.py`), `dev` 50 for quick iterations.
_PROPERTY_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "print_blob": True}
settings.register_profile("ci", max_examples=500, **_PROPERTY_SETTINGS)
settings.register_profile("long", max_examples=100_000, **_PROPERTY_SETTINGS)
settings.register_profile("dev", max_examples=50, **_PROPERTY_SETTINGS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
