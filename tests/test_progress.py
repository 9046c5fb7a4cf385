from eventline import progress
from eventline.reporting import BatchOutcome, RunSummary, to_markdown


class Recorder:
    def __init__(self):
        self.calls = []

    def started(self, n_files):
        self.calls.append(("started", n_files))

    def batch_written(self, n_files, outcome):
        self.calls.append(("batch", n_files, outcome.n_documents))


def outcome(documents=4, skipped=1, events=3, errors=(("x.txt", "empty"),)):
    return BatchOutcome(n_documents=documents, n_skipped=skipped, n_timexes=0, n_events=events, errors=errors)


def test_listeners_hear_about_the_start_and_every_written_batch_while_listening():
    recorder = Recorder()
    with progress.listening(recorder):
        run = progress.started(8)
        progress.batch_written(run, 4, outcome())
    progress.batch_written(run, 4, outcome())  # no longer listening
    assert recorder.calls == [("started", 8), ("batch", 4, 4)]
    assert (run.files_done, run.documents, run.events, run.errors, run.batches) == (8, 8, 6, 2, 2)


def test_the_batch_log_line_states_documents_events_errors_and_the_rate():
    run = progress.started(4)
    progress.batch_written(run, 4, outcome())
    line = run.batch_line(3, outcome())
    assert line.startswith("batch 1/3: 4 documents (1 unchanged), 3 events, 1 errors;")
    assert line.endswith("documents/s")


def test_the_run_artifact_states_the_throughput():
    summary = RunSummary(run_id="r", db_path="db", n_documents=120, seconds=4.0)
    assert summary.documents_per_second == 30.0
    assert "Throughput: 30.0 documents/s (120 documents in 4.0 s)" in to_markdown(summary)
