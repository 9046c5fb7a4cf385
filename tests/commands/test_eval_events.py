"""`eventline eval-events`: documents get the gold's metadata DCT, and the seeds meet the targets."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventline.cli import main
from eventline.commands.eval_events import documents_for_gold
from eventline.events.scoring import load_gold
from schemas import DctSource


def test_a_metadata_dct_from_the_gold_is_given_to_the_document(seed_gold: Path, seeds_dir: Path):
    documents = {Path(d.doc_id).name: d for d in documents_for_gold(load_gold(seed_gold), seeds_dir)}
    metadata = documents["004_b62c4deb4e8c84ad.txt"]
    assert (metadata.published, metadata.dct_source) == (date(2023, 2, 27), DctSource.METADATA)
    assert documents["000_404d937e6a2d8139.txt"].dct_source is not DctSource.METADATA


def test_a_gold_file_naming_a_missing_article_is_an_error(tmp_path: Path, capsys):
    gold = tmp_path / "gold.yaml"
    gold.write_text("- doc: missing.txt\n  dct: {value: '2023-01-01', source: metadata}\n  events: []\n")
    assert main(["eval-events", str(gold), str(tmp_path)]) == 2
    assert "missing.txt" in capsys.readouterr().out


def test_the_report_lists_types_and_errors_up_to_the_limit_and_writes_json(tmp_path: Path, capsys):
    import json

    (tmp_path / "a.txt").write_text("Russland kritisierte am Montag die Ukraine scharf. (APA, 28.4.2016)\n",
                                    encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text("- doc: a.txt\n  dct: {value: '2016-04-28', source: dateline}\n  events:\n"
                    "  - {id: e1, evidence: Russland kritisierte, type: ACCUSE, actor: RUS, recipient: UKR,"
                    " date: '2016-04-25', required: true}\n"
                    "  - {id: e2, evidence: nirgends im Text, type: PROTEST, actor: UKR, recipient: RUS,"
                    " date: DCT, required: true}\n")
    report = tmp_path / "report.json"
    assert main(["eval-events", str(gold), str(tmp_path), "--errors", "1", "--json", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Per type" in out and "Misses" in out and "nirgends im Text" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert {row["type"] for row in data["by_type"]} == {"ACCUSE", "PROTEST"}
    assert [m["id"] for m in data["misses"]] == ["e2"]
    assert data["totals"]["date_accuracy"] == 1.0  # dated Monday against the credit line's 28.4.2016
    assert main(["eval-events", str(gold), str(tmp_path), "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["required"] == 2


@pytest.mark.corpus
@pytest.mark.slow
def test_the_seed_articles_meet_the_event_targets(seed_gold: Path, seeds_dir: Path, capsys):
    from eventline.events.scoring import score
    from eventline.nlp import load_pipeline
    from eventline.pipeline import process_documents

    gold = load_gold(seed_gold)
    results = process_documents(documents_for_gold(gold, seeds_dir), load_pipeline())
    scores = score(gold, {r.document.doc_id: r.events for r in results})
    assert scores.recall >= 0.85 and scores.precision >= 0.8
    assert scores.accuracy("actor") >= 0.9 and scores.accuracy("date") >= 0.85
    assert main(["eval-events", str(seed_gold), str(seeds_dir), "--min-recall", "0.85"]) == 0
    assert "actor acc" in capsys.readouterr().out
