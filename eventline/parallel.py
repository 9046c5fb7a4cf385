"""How batches run in parallel: the Prefect task runner for `--workers` / `--dask-address`, and how many
batches may be in flight at once (bounded, so that memory does not grow with the corpus).

One worker runs the batches in a thread of the flow's own process (no start-up, no pickling); more
workers are processes (the language pipeline is CPU-bound Python, so threads would share one core); a
Dask address sends the same tasks to an existing cluster through prefect-dask.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar

from prefect.task_runners import ProcessPoolTaskRunner

T = TypeVar("T")

# Batches waiting for or in analysis per worker: enough to keep every worker busy while the flow writes
# finished batches in order, few enough that the documents held stay a small, fixed number.
BATCHES_PER_WORKER = 2
DASK_FALLBACK_SLOTS = 8
# Automatic batch size: each batch costs about 0.17 s besides its documents (a Prefect task run in a worker
# process, about 70 ms; the DuckDB transaction and checkpoint, about 85 ms), so large folders get large
# batches; a small folder is cut finer so that every worker still gets a share.
LARGEST_BATCH = 128
SMALLEST_BATCH = 8


def available_cores() -> int:
    """Cores this process may run on (the container's share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def task_runner(workers: int | None = None, dask_address: str | None = None) -> Any:
    """The Prefect task runner for the batch analysis tasks."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner

    count = workers or available_cores()
    if count <= 1:
        return ThreadPoolTaskRunner(max_workers=1)
    return SharedServerProcessPool(max_workers=count)


class SharedServerProcessPool(ProcessPoolTaskRunner):
    """Prefect's process pool, with the flow's API server passed on to the worker processes.

    Prefect 3.8 gives the workers only the settings that were set explicitly, so under the temporary
    server of a plain `eventline run` every worker process started a server of its own (15-30 s each).
    """

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None) -> Any:
        with _api_url_in_environment():
            return super().submit(task, parameters, wait_for, dependencies)


@contextmanager
def _api_url_in_environment() -> Iterator[None]:
    """PREFECT_API_URL = the running flow's API while the pool snapshots the environment."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    client = getattr(context, "client", None)
    if "PREFECT_API_URL" in os.environ or client is None:
        yield
        return
    os.environ["PREFECT_API_URL"] = str(client.api_url).rstrip("/")
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


def worker_slots(runner: Any) -> int:
    """How many batches `runner` analyses at once (Dask: the cluster's threads)."""
    count = getattr(runner, "_max_workers", None)  # Prefect's pool runners keep it here
    if isinstance(count, int) and 0 < count < 10_000:
        return count
    if type(runner).__name__ == "DaskTaskRunner":
        try:
            import distributed

            return max(1, sum(distributed.get_client().nthreads().values()))
        except (ImportError, ValueError):
            return DASK_FALLBACK_SLOTS
    return 1


def in_flight_limit(runner: Any) -> int:
    return BATCHES_PER_WORKER * worker_slots(runner)


def automatic_batch_size(n_items: int, slots: int) -> int:
    """Documents per batch for `n_items` files and `slots` workers: two batches per worker where the folder
    is small, at most LARGEST_BATCH."""
    wanted = -(-n_items // (BATCHES_PER_WORKER * max(1, slots)))
    return max(SMALLEST_BATCH, min(LARGEST_BATCH, wanted))


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def batch_count(items: Sequence[Any], size: int) -> int:
    return -(-len(items) // max(1, size))
