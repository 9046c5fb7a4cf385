import pytest
from prefect.testing.utilities import prefect_test_harness


@pytest.fixture(scope="session", autouse=True)
def prefect_server():
    """One temporary Prefect server for all flow tests (it takes 12-20 s to start here)."""
    with prefect_test_harness(server_startup_timeout=120):
        yield
