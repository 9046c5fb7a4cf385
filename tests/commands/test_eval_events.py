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
