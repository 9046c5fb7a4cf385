"""`eventline eval-ner` on a small GermEval-format file."""
from __future__ import annotations

from eventline.cli import main


def test_eval_ner_prints_scores_per_label_and_micro(tmp_path, capsys):
    path = tmp_path / "ner.tsv"
    path.write_text("#\tx\n1\tWladimir\tB-PER\tO\n2\tPutin\tI-PER\tO\n3\tdroht\tO\tO\n4\tder\tO\tO\n"
                    "5\tNato\tB-ORG\tO\n6\t.\tO\tO\n", encoding="utf-8")
    assert main(["eval-ner", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:]}
    assert set(rows) == {"PER", "LOC", "ORG", "micro"}
    assert rows["micro"][:3] == ["1.000", "1.000", "1.000"]


def test_eval_ner_fails_cleanly_on_a_missing_file(tmp_path, capsys):
    assert main(["eval-ner", str(tmp_path / "missing.tsv")]) == 2
    assert "no such file" in capsys.readouterr().out
