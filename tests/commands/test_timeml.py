from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest

import eventline.temporal
from eventline.commands import timeml as timeml_command
from eventline.commands.timeml import tag_directory, tag_timeml_file
from eventline.temporal.timeml import TimexAnnotation, parse_document
from schemas.records import Timex, TimexMod, TimexType

RAW = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-05" functionInDocument="CREATION_TIME">05.03.2001</TIMEX3></DCT>
<TITLE>Seit 1998 &amp; bis 2001</TITLE>
<TEXT>
Leuna &amp; Co.: seit 1998 ermittelt, 2001 &lt;eingestellt&gt;.  Doppelte  Leerzeichen bleiben.
</TEXT>
</TimeML>
"""

TAG_PATTERN = re.compile(r"</?TIMEX3(?: [^>]*)?>")


def years(text: str, dct: date | None) -> list[TimexAnnotation]:
    """A stand-in tagger: every four-digit year, valued as itself; the DCT year must be known."""
    assert dct == date(2001, 3, 5)
    return [TimexAnnotation(m.start(), m.end(), m.group(), m.group(), "DATE") for m in re.finditer(r"\b\d{4}\b", text)]


def strip_text_tags(tagged: str) -> str:
    """Remove TIMEX3 tags between <TEXT> and </TEXT> only (the DCT and trailing empty tags stay)."""
    head, rest = tagged.split("<TEXT>", 1)
    body, tail = rest.split("</TEXT>", 1)
    return head + "<TEXT>" + TAG_PATTERN.sub("", body) + "</TEXT>" + tail


def test_tagging_only_inserts_tags_inside_text_and_stripping_them_gives_the_original() -> None:
    tagged = tag_timeml_file(RAW, years)
    assert strip_text_tags(tagged) == RAW
    assert '<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>' in tagged
    assert "<TITLE>Seit 1998 &amp; bis 2001</TITLE>" in tagged  # the title is not tagger input
    ET.fromstring(tagged.split("?>", 1)[1])


def test_the_tagged_file_reads_back_as_the_tagger_output() -> None:
    tagged = parse_document(tag_timeml_file(RAW, years), "d1")
    assert [(a.text, a.value) for a in tagged.annotations] == [("1998", "1998"), ("2001", "2001")]


def test_tag_directory_mirrors_relative_paths_and_skips_non_timeml(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.tml").write_text(RAW, encoding="utf-8")
    (tmp_path / "in" / "plain.tml").write_text("kein TimeML", encoding="utf-8")
    written = tag_directory(tmp_path / "in", tmp_path / "out", years)
    assert written == [tmp_path / "out" / "sub" / "a.tml"]
    assert strip_text_tags(written[0].read_text(encoding="utf-8")) == RAW


class FakeStyle(StrEnum):
    NEWS = "news"
    NARRATIVE = "narrative"


def test_the_command_tags_with_the_tagger_the_dct_and_the_chosen_style(tmp_path: Path, monkeypatch) -> None:
    styles: list[FakeStyle] = []

    def tag_text(text: str, dct: date | None, style: FakeStyle = FakeStyle.NEWS, timeml: bool = False) -> list[Timex]:
        assert timeml, "a TimeML export holds only what TimeML marks"
        styles.append(style)
        start = text.index("1998")
        return [Timex(start, start + 4, "1998", TimexType.DATE, "1998", TimexMod.START)]

    monkeypatch.setattr(eventline.temporal, "tag_text", tag_text, raising=False)
    monkeypatch.setattr(eventline.temporal, "DocumentStyle", FakeStyle, raising=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.tml").write_text(RAW, encoding="utf-8")
    parser = argparse.ArgumentParser()
    timeml_command.add_arguments(parser)
    args = parser.parse_args([str(tmp_path / "in"), str(tmp_path / "out"), "--style", "narrative"])
    assert timeml_command.run(args) == 0
    tagged = (tmp_path / "out" / "a.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="1998" mod="START">1998</TIMEX3>' in tagged
    assert styles == [FakeStyle.NARRATIVE]


@pytest.mark.corpus
def test_krauts_raw_text_round_trips_byte_identically(corpus_dir, tmp_path: Path) -> None:
    source = corpus_dir("krauts-dev") / "raw-text"

    def any_year(text: str, dct: date | None) -> list[TimexAnnotation]:
        return [TimexAnnotation(m.start(), m.end(), m.group(), m.group(), "DATE")
                for m in re.finditer(r"\b\d{4}\b", text)]

    written = tag_directory(source, tmp_path, any_year)
    assert len(written) == 125
    for path in written:
        original = (source / path.relative_to(tmp_path)).read_bytes()
        tagged = path.read_bytes().decode("utf-8")
        assert strip_text_tags(tagged).encode("utf-8") == original
        ET.fromstring(tagged.split("?>", 1)[1])


NO_PREFECT_SCRIPT = """
import sys
from eventline.cli import main
assert main(["timeml", sys.argv[1], sys.argv[2]]) == 0
assert main(["eval-timex", sys.argv[1], "--errors", "0"]) == 0
print(sorted({m.split(".")[0] for m in sys.modules} & {"prefect", "duckdb", "spacy", "pydantic_settings"}))
"""


def test_timeml_and_eval_timex_are_plain_library_calls_that_never_load_or_touch_prefect(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.tml").write_text(RAW, encoding="utf-8")
    prefect_home = tmp_path / "prefect-home"
    # An unreachable API: any attempt to talk to Prefect would fail or hang, not pass silently.
    env = {**os.environ, "PREFECT_HOME": str(prefect_home), "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = subprocess.run([sys.executable, "-c", NO_PREFECT_SCRIPT, str(tmp_path / "in"), str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "a.tml").is_file()
    assert not prefect_home.exists()
