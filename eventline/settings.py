"""User settings, from the environment (EVENTLINE_*), overridden by command-line options."""
from __future__ import annotations

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# Prefect's ephemeral server needs 12-20 s to start on a small machine; its default timeout is 20 s.
_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVENTLINE_")

    model: str | None = None
    """"fast" or None (the offline default pipeline), "hanta" (the same with HanTa alone), or a spaCy model name
    or path (e.g. de_core_news_md)."""
    db: Path = Path("data/eventline.duckdb")
    batch_size: int | None = None
    """Documents per batch; None chooses by the folder's size and the workers (8 to 128)."""
    lock_timeout: float = 60.0
    """Seconds a run waits in all for a database held by another process (an open duckdb shell)."""
    workers: int | None = None
    """Batches analysed at once; None uses every core this process may run on."""
    dask_address: str | None = None
    """An existing Dask scheduler (tcp://host:8786) to analyse the batches on, instead of local workers."""


def configure_prefect_environment() -> None:
    """Keep Prefect's home inside a source checkout and apply the start-up defaults of prefect.toml,
    also when the command runs from another directory. Explicit user settings win."""
    if (PROJECT_ROOT / "prefect.toml").is_file():
        os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
