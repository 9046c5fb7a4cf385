from pathlib import Path

from eventline.cli import build_parser, main


def test_run_parses_the_documented_options():
    args = build_parser().parse_args(
        ["run", "inbox", "--db", "x.duckdb", "--published", "2023-02-27", "--model", "de_core_news_md"]
    )
    assert (args.input_dir, args.db, str(args.published), args.model) == (
        Path("inbox"), Path("x.duckdb"), "2023-02-27", "de_core_news_md"
    )


def test_run_on_a_missing_folder_says_so_and_fails(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nowhere"), "--db", str(tmp_path / "db.duckdb")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_run_parses_the_parallel_options():
    args = build_parser().parse_args(["run", "inbox", "--workers", "3", "--dask-address", "tcp://10.0.0.5:8786"])
    assert (args.workers, args.dask_address, args.no_progress) == (3, "tcp://10.0.0.5:8786", False)
