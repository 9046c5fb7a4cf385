from io import StringIO

from rich.console import Console

from eventline.reporting import RunSummary
from eventline.summary_view import print_summary


def test_markup_in_a_doc_id_or_reason_is_printed_as_text():
    summary = RunSummary(run_id="r", db_path="x.duckdb", n_documents=1, errors=(("[/red]x[bold].txt", "bad [/] input"),))
    output = StringIO()
    print_summary(summary, Console(file=output, width=200))
    assert "[/red]x[bold].txt: bad [/] input" in output.getvalue()
