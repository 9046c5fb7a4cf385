import os

import pytest
from prefect.testing.utilities import prefect_test_harness

# The flow's default task runner is chosen when flows/ is imported: analyse in-process here (starting
# worker processes for two-document inboxes only costs time); tests/flows/test_parallel.py runs the
# parallel runners explicitly.
os.environ.setdefault("EVENTLINE_WORKERS", "1")


@pytest.fixture(scope="session", autouse=True)
def prefect_server():
    """One temporary Prefect server for all flow tests (it takes 12-20 s to start here)."""
    with prefect_test_harness(server_startup_timeout=120):
        yield
