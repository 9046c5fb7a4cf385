"""The command line follows conventions: --version, examples and exit codes in every help, plain errors."""
import pytest

from eventline.cli import COMMANDS, build_parser, main, package_version


def test_version_prints_the_installed_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"eventline {package_version()}"


def test_the_main_help_lists_the_verbs_examples_and_exit_codes():
    text = build_parser().format_help()
    assert all(verb in text for verb in COMMANDS)
    assert "examples:" in text and "exit codes:" in text


@pytest.mark.parametrize("verb", list(COMMANDS))
def test_every_verb_has_examples_and_states_its_exit_codes(verb, capsys):
    with pytest.raises(SystemExit):
        main([verb, "--help"])
    text = capsys.readouterr().out
    assert "examples:" in text and f"eventline {verb}" in text.split("examples:")[1]
    assert "exit codes:" in text and "2  usage error" in text


def test_an_unknown_option_is_a_usage_error_with_exit_code_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["run", "seeds", "--no-such-option"])
    assert exit_.value.code == 2


def test_a_file_given_as_the_input_folder_is_said_plainly(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Text.")
    assert main(["run", str(article)]) == 2
    assert f"INPUT_DIR {article} is a file, not a folder" in capsys.readouterr().err


def test_serve_checks_its_folder_before_it_starts(tmp_path, capsys):
    assert main(["serve", str(tmp_path / "nowhere"), "--cron", "0 * * * *"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_folder_given_as_the_database_is_said_plainly(tmp_path, capsys):
    assert main(["run", str(tmp_path), "--db", str(tmp_path)]) == 2
    assert "is a folder, not a DuckDB file" in capsys.readouterr().err


def test_a_database_problem_is_one_line_and_exit_code_1(tmp_path, capsys, monkeypatch):
    from eventline.storage import DatabaseLockedError

    def locked(*args, **kwargs):
        raise DatabaseLockedError("data/eventline.duckdb is locked by another process")

    (tmp_path / "e.duckdb").write_bytes(b"")
    monkeypatch.setattr("eventline.storage.run_query", locked)
    assert main(["sql", "SELECT 1", "--db", str(tmp_path / "e.duckdb")]) == 1
    assert capsys.readouterr().err == "eventline sql: data/eventline.duckdb is locked by another process\n"
