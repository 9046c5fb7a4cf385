from __future__ import annotations

import argparse
import json
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest

import eventline.temporal
from eventline.commands import eval_timex
from schemas.records import Timex, TimexType

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2010-05-06" functionInDocument="CREATION_TIME">06.05.2010</TIMEX3></DCT>
<TEXT>
Am <TIMEX3 tid="t1" type="DATE" value="2010-05-03">3. Mai 2010</TIMEX3> kam er, <TIMEX3 tid="t2" type="DATE" value="2010-05-06">heute</TIMEX3> geht er.
</TEXT>
</TimeML>
"""
SYSTEM = GOLD.replace('value="2010-05-06">heute', 'value="PRESENT_REF">heute').replace(
    '<TIMEX3 tid="t1" type="DATE" value="2010-05-03">3. Mai 2010</TIMEX3>', "3. Mai 2010")
TIMEX2_GOLD = """<DOC><DATETIME> 2011-02-16T17:00:00 </DATETIME><TEXT>
Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> begann der Krieg.
</TEXT></DOC>
"""


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    eval_timex.add_arguments(parser)
    return parser.parse_args(argv)


def write(root: Path, relative: str, content: str) -> None:
    (root / relative).parent.mkdir(parents=True, exist_ok=True)
    (root / relative).write_text(content, encoding="utf-8")


def test_scoring_a_system_folder_prints_the_table_and_errors_and_writes_json(tmp_path: Path, capsys) -> None:
    write(tmp_path / "gold", "news/a.tml", GOLD)
    write(tmp_path / "system", "news/a.tml", SYSTEM)
    report = tmp_path / "report.json"
    args = parse([str(tmp_path / "gold"), "--system", str(tmp_path / "system"), "--json", str(report)])
    assert eval_timex.run(args) == 0
    printed = capsys.readouterr().out
    assert "overall" in printed and "news" in printed and "'3. Mai 2010'" in printed
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["scores"]["overall"]["counts"] == {
        "gold": 2, "system": 1, "strict": 1, "relaxed": 1, "value_correct": 0, "type_scored": 1, "type_correct": 1}
    assert data["scores"]["news"]["relaxed_recall"] == pytest.approx(0.5)
    assert [e["text"] for e in data["errors"]["missed"]] == ["3. Mai 2010"]
    assert data["errors"]["wrong value"][0]["system_value"] == "PRESENT_REF"
    assert data["documents"]["news/a.tml"]["gold"] == 2


def test_a_missing_system_file_counts_all_its_gold_as_missed(tmp_path: Path) -> None:
    write(tmp_path / "gold", "a.tml", GOLD)
    (tmp_path / "system").mkdir()
    report = tmp_path / "r.json"
    assert eval_timex.run(parse([str(tmp_path / "gold"), "--system", str(tmp_path / "system"),
                                 "--errors", "0", "--json", str(report)])) == 0
    assert json.loads(report.read_text(encoding="utf-8"))["scores"]["overall"]["counts"]["system"] == 0


def test_a_folder_without_gold_is_an_error(tmp_path: Path) -> None:
    assert eval_timex.run(parse([str(tmp_path)])) == 2


class FakeStyle(StrEnum):
    NEWS = "news"
    NARRATIVE = "narrative"


@pytest.fixture()
def fake_tagger(monkeypatch):
    """Stand in for the tagger: records the style, DCT and convention (TimeML or not) it was called with."""
    calls: list[tuple[FakeStyle, date | None, bool]] = []

    def tag_text(text: str, dct: date | None, style: FakeStyle = FakeStyle.NEWS, timeml: bool = False) -> list[Timex]:
        calls.append((style, dct, timeml))
        return [Timex(text.index("heute"), text.index("heute") + 5, "heute", TimexType.DATE, "2010-05-06")] \
            if "heute" in text else []

    monkeypatch.setattr(eventline.temporal, "tag_text", tag_text, raising=False)
    monkeypatch.setattr(eventline.temporal, "DocumentStyle", FakeStyle, raising=False)
    return calls


def test_style_auto_tags_timeml_as_news_and_timex2_as_narrative_with_each_dct(tmp_path: Path, fake_tagger) -> None:
    write(tmp_path, "a.tml", GOLD)
    write(tmp_path, "b.key.xml", TIMEX2_GOLD)
    report = tmp_path / "r.json"
    assert eval_timex.run(parse([str(tmp_path), "--errors", "0", "--json", str(report)])) == 0
    # TimeML and TIMEX2 gold is scored against TimeML output (no "bisher").
    assert fake_tagger == [(FakeStyle.NEWS, date(2010, 5, 6), True), (FakeStyle.NARRATIVE, date(2011, 2, 16), True)]
    counts = json.loads(report.read_text(encoding="utf-8"))["scores"]["overall"]["counts"]
    assert (counts["gold"], counts["relaxed"], counts["value_correct"]) == (3, 1, 1)


def test_an_explicit_style_overrides_auto(tmp_path: Path, fake_tagger) -> None:
    write(tmp_path, "a.tml", GOLD)
    assert eval_timex.run(parse([str(tmp_path), "--style", "narrative", "--errors", "0"])) == 0
    assert fake_tagger == [(FakeStyle.NARRATIVE, date(2010, 5, 6), True)]


@pytest.mark.corpus
@pytest.mark.slow
def test_heideltime_output_scores_near_its_published_krauts_figures(corpus_dir, tmp_path: Path) -> None:
    root = corpus_dir("krauts-dev")
    report = tmp_path / "heideltime.json"
    args = parse([str(root / "gold"), "--system", str(root / "heideltime"), "--errors", "0", "--json", str(report)])
    assert eval_timex.run(args) == 0
    scores = json.loads(report.read_text(encoding="utf-8"))["scores"]
    assert set(scores) == {"DieZeit", "Dolomiten-100", "overall"}
    overall = scores["overall"]
    # Published on all 192 KRAUTS documents: strict F1 72.0, relaxed 80.7, value accuracy 83.0, value F1 67.0.
    assert overall["strict_f1"] == pytest.approx(0.720, abs=0.03)
    assert overall["relaxed_f1"] == pytest.approx(0.807, abs=0.03)
    assert overall["value_accuracy"] == pytest.approx(0.830, abs=0.05)
    assert overall["value_f1"] == pytest.approx(0.670, abs=0.05)


def test_a_missing_gold_folder_is_an_error(tmp_path: Path) -> None:
    assert eval_timex.run(parse([str(tmp_path / "absent")])) == 2


def test_an_event_gold_yaml_is_scored_on_its_timexes_with_the_articles_from_docs(tmp_path: Path, fake_tagger) -> None:
    (tmp_path / "gold.yaml").write_text(
        "- doc: a.txt\n  dct: {value: '2010-05-06', source: metadata}\n  timexes:\n"
        "  - {text: heute, type: DATE, value: '2010-05-06'}\n  - {text: gestern, type: DATE, value: '2010-05-05'}\n",
        encoding="utf-8")
    write(tmp_path / "articles", "a.txt", "Er kam gestern, heute geht er.")
    report = tmp_path / "r.json"
    args = parse([str(tmp_path / "gold.yaml"), "--docs", str(tmp_path / "articles"), "--errors", "0",
                  "--json", str(report)])
    assert eval_timex.run(args) == 0
    # An event gold follows the project's convention: every expression, "bisher" included.
    assert fake_tagger == [(FakeStyle.NEWS, date(2010, 5, 6), False)]
    counts = json.loads(report.read_text(encoding="utf-8"))["scores"]["overall"]["counts"]
    assert (counts["gold"], counts["system"], counts["relaxed"], counts["value_correct"]) == (2, 1, 1, 1)


def test_a_yaml_gold_whose_articles_are_absent_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text("- doc: a.txt\n  timexes: []\n", encoding="utf-8")
    assert eval_timex.run(parse([str(tmp_path / "gold.yaml"), "--docs", str(tmp_path)])) == 2
