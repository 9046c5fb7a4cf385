from prefect.task_runners import ThreadPoolTaskRunner

from eventline import parallel


def test_batches_are_consecutive_and_the_last_may_be_shorter():
    assert list(parallel.batched(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert parallel.batch_count(list(range(7)), 3) == 3


def test_a_large_folder_gets_the_largest_batches():
    assert parallel.automatic_batch_size(1_000, slots=2) == parallel.LARGEST_BATCH
    assert parallel.automatic_batch_size(1_000_000, slots=64) == parallel.LARGEST_BATCH


def test_a_small_folder_is_cut_so_that_every_worker_gets_two_batches():
    assert parallel.automatic_batch_size(100, slots=2) == 25
    assert parallel.batch_count(list(range(100)), parallel.automatic_batch_size(100, slots=2)) == 4
    assert parallel.automatic_batch_size(100, slots=1) == 50


def test_batches_never_shrink_below_the_smallest():
    assert parallel.automatic_batch_size(10, slots=4) == parallel.SMALLEST_BATCH
    assert parallel.automatic_batch_size(0, slots=2) == parallel.SMALLEST_BATCH


def test_one_worker_analyses_in_the_flows_own_process():
    runner = parallel.task_runner(workers=1)
    assert isinstance(runner, ThreadPoolTaskRunner)
    assert parallel.in_flight_limit(runner) == parallel.BATCHES_PER_WORKER


def test_more_workers_are_processes_and_bound_the_batches_in_flight():
    runner = parallel.task_runner(workers=3)
    assert isinstance(runner, parallel.SharedServerProcessPool)
    assert parallel.in_flight_limit(runner) == 3 * parallel.BATCHES_PER_WORKER


def test_the_default_uses_every_available_core():
    assert parallel.worker_slots(parallel.task_runner()) == parallel.available_cores()


def test_a_dask_address_runs_the_batches_on_that_cluster():
    from prefect_dask import DaskTaskRunner

    runner = parallel.task_runner(workers=4, dask_address="tcp://127.0.0.1:8786")
    assert isinstance(runner, DaskTaskRunner)


def test_the_settings_read_workers_and_dask_address_from_the_environment(monkeypatch):
    from eventline.settings import Settings

    monkeypatch.setenv("EVENTLINE_WORKERS", "3")
    monkeypatch.setenv("EVENTLINE_DASK_ADDRESS", "tcp://scheduler:8786")
    settings = Settings()
    assert (settings.workers, settings.dask_address) == (3, "tcp://scheduler:8786")
