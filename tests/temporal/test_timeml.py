from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from eventline.temporal.corpora import load_corpus, read_corpus_file
from eventline.temporal.timeml import (
    MarkupError,
    MarkupFormat,
    TimexAnnotation,
    annotate_timeml,
    annotation_from_timex,
    detect_format,
    insert_timex3,
    non_overlapping,
    parse_document,
    plain_text,
    strip_timex3,
)
from schemas.records import Timex, TimexMod, TimexType

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>beispiel</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2012-09-18" functionInDocument="CREATION_TIME">18.09.2012</TIMEX3></DCT>
<TITLE>Leuna &amp; Co.</TITLE>
<TEXT>
Am <TIMEX3 tid="t1" type="DATE" value="2012-09-28">28. September</TIMEX3> spielen B&amp;B <TIMEX3 tid="t2" type="TIME" value="2012-09-28T20:00">um 20 Uhr</TIMEX3>, <TIMEX3 tid="t3" type="DATE" value="2012-10" mod="START">Anfang Oktober</TIMEX3> wieder.<TIMEX3 tid="t4" type="DATE" value="2012-10-01"/>
</TEXT>
</TimeML>
"""

TIMEX2 = """<DOC>
<DOCID>01_Krieg</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Krieg <TIMEX2 val="1939">1939</TIMEX2>: am <TIMEX2 val="1939-09-01T04:45">1.9.39 um <TIMEX2 val="T04:45">4 Uhr 45</TIMEX2></TIMEX2>, <TIMEX2 val="1940" mod="END">Ende 1940</TIMEX2>.
</TEXT>
</DOC>
"""


def test_timeml_text_is_the_unescaped_text_content_and_offsets_point_into_it() -> None:
    document = parse_document(TIMEML, "fallback")
    assert document.text == "\nAm 28. September spielen B&B um 20 Uhr, Anfang Oktober wieder.\n"
    for annotation in document.annotations:
        assert document.text[annotation.start:annotation.end] == annotation.text
    assert [a.text for a in document.annotations] == ["28. September", "um 20 Uhr", "Anfang Oktober"]


def test_timeml_attributes_dct_title_and_doc_id_are_read() -> None:
    document = parse_document(TIMEML, "fallback")
    assert document.doc_id == "beispiel" and document.title == "Leuna & Co."
    assert document.dct == date(2012, 9, 18) and document.markup is MarkupFormat.TIMEML
    assert document.annotations[1] == TimexAnnotation(30, 39, "um 20 Uhr", "2012-09-28T20:00", "TIME", None)
    assert document.annotations[2].mod == "START"


def test_empty_non_consuming_timex3_is_not_an_annotation() -> None:
    assert all(a.value != "2012-10-01" for a in parse_document(TIMEML, "x").annotations)


def test_timex2_has_no_type_its_dct_is_the_datetime_day_and_nested_tags_keep_the_outermost() -> None:
    document = parse_document(TIMEX2, "x")
    assert document.markup is MarkupFormat.TIMEX2 and document.dct == date(2011, 2, 16)
    assert [(a.text, a.value, a.type, a.mod) for a in document.annotations] == [
        ("1939", "1939", None, None), ("1.9.39 um 4 Uhr 45", "1939-09-01T04:45", None, None),
        ("Ende 1940", "1940", None, "END")]


def test_malformed_values_are_kept_verbatim() -> None:
    raw = TIMEML.replace('value="2012-10" mod="START"', 'value="2014_07"')
    assert parse_document(raw, "x").annotations[2].value == "2014_07"


def test_unbalanced_timex_tags_are_a_markup_error() -> None:
    with pytest.raises(MarkupError):
        parse_document(TIMEML.replace("</TIMEX3> spielen", " spielen"), "x")


def test_detect_format_tells_timeml_timex2_and_unannotated_files_apart() -> None:
    assert detect_format(TIMEML) is MarkupFormat.TIMEML
    assert detect_format(TIMEX2) is MarkupFormat.TIMEX2
    assert detect_format("<DOC><DATETIME> 2011-02-16 </DATETIME><TEXT>Krieg 1939</TEXT></DOC>") is None
    assert detect_format('<source_file URI="x"><timex2 ID="1"/></source_file>') is None


def test_plain_text_maps_each_character_back_to_its_raw_extent() -> None:
    plain = plain_text("a&amp;<b>c</b>&#228;")
    assert plain.text == "a&cä"
    assert plain.char_start == (0, 1, 9, 14) and plain.char_end == (1, 6, 10, 20)


RAW_TEXT = "\nLeuna &amp; Co. spielen am 28. September um 20 Uhr &lt;live&gt;.\n"


def test_inserted_tags_wrap_the_raw_text_of_the_span_and_nothing_else_changes() -> None:
    plain = plain_text(RAW_TEXT).text
    start = plain.index("28. September")
    annotations = [TimexAnnotation(start, start + 13, "28. September", "2012-09-28", "DATE"),
                   TimexAnnotation(plain.index("20 Uhr"), plain.index("20 Uhr") + 6, "20 Uhr", "T20:00", "TIME", "APPROX")]
    tagged = insert_timex3(RAW_TEXT, annotations)
    assert '<TIMEX3 tid="t1" type="DATE" value="2012-09-28">28. September</TIMEX3>' in tagged
    assert '<TIMEX3 tid="t2" type="TIME" value="T20:00" mod="APPROX">20 Uhr</TIMEX3>' in tagged
    assert re.sub(r"</?TIMEX3[^>]*>", "", tagged) == RAW_TEXT
    ET.fromstring(f"<TEXT>{tagged}</TEXT>")  # well-formed


def test_a_span_over_an_entity_keeps_the_entity_inside_the_tag() -> None:
    plain = plain_text(RAW_TEXT).text
    start = plain.index("Leuna & Co.")
    tagged = insert_timex3(RAW_TEXT, [TimexAnnotation(start, start + 11, "Leuna & Co.", "X")])
    assert '">Leuna &amp; Co.</TIMEX3>' in tagged


def test_attribute_values_are_escaped() -> None:
    tagged = insert_timex3("heute", [TimexAnnotation(0, 5, "heute", 'a"<&')])
    assert ET.fromstring(f"<T>{tagged}</T>").find("TIMEX3").get("value") == 'a"<&'


def test_overlapping_annotations_keep_the_earlier_and_longer_span() -> None:
    kept = non_overlapping([TimexAnnotation(3, 9, "", "B"), TimexAnnotation(0, 5, "", "A"),
                            TimexAnnotation(0, 2, "", "C"), TimexAnnotation(5, 5, "", "empty")])
    assert [a.value for a in kept] == ["A"]


def test_annotate_timeml_replaces_existing_timex3_in_text_but_keeps_the_dct() -> None:
    stripped = strip_timex3(TIMEML)
    assert "<TIMEX3" in stripped.split("<TEXT>")[0] and "<TIMEX3" not in stripped.split("<TEXT>")[1]
    gold = parse_document(TIMEML, "x")
    rewritten = annotate_timeml(TIMEML, gold.annotations)
    assert strip_timex3(rewritten) == stripped
    assert parse_document(rewritten, "x").annotations == gold.annotations
    ET.fromstring(rewritten.split("?>", 1)[1])


def test_timex_records_convert_to_annotations_with_enum_values_as_strings() -> None:
    timex = Timex(3, 17, "Anfang Oktober", TimexType.DATE, "2012-10", TimexMod.START)
    assert annotation_from_timex(timex) == TimexAnnotation(3, 17, "Anfang Oktober", "2012-10", "DATE", "START")


def test_corpus_files_are_found_recursively_with_subsets_and_unannotated_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "news" / "a").mkdir(parents=True)
    (tmp_path / "news" / "a" / "one.tml").write_text(TIMEML, encoding="utf-8")
    (tmp_path / "two.key.xml").write_text(TIMEX2, encoding="utf-8")
    (tmp_path / "two.sgm").write_text(TIMEX2, encoding="utf-8")
    (tmp_path / "two.key.apf.xml").write_text("<source_file/>", encoding="utf-8")
    (tmp_path / "notes.xml").write_text("<notes/>", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [(d.key, d.subset, d.document.markup) for d in corpus] == [
        ("news/a/one.tml", "news/a", MarkupFormat.TIMEML), ("two.key.xml", ".", MarkupFormat.TIMEX2)]
    assert read_corpus_file(tmp_path / "notes.xml", tmp_path) is None


@pytest.mark.corpus
def test_krauts_gold_raw_text_and_heideltime_share_the_same_plain_text(corpus_dir) -> None:
    root = corpus_dir("krauts-dev")
    gold = load_corpus(root / "gold")
    raw = {d.key: d.document for d in load_corpus(root / "raw-text")}
    heideltime = {d.key: d.document for d in load_corpus(root / "heideltime")}
    assert len(gold) == 125 and {d.subset for d in gold} == {"DieZeit", "Dolomiten-100"}
    for item in gold:
        assert item.document.dct is not None
        assert raw[item.key].text == item.document.text == heideltime[item.key].text
        assert raw[item.key].annotations == ()
        for annotation in item.document.annotations:
            assert item.document.text[annotation.start:annotation.end] == annotation.text


@pytest.mark.corpus
def test_wikiwars_keyinline_text_is_the_text_of_the_plain_input_files(corpus_dir) -> None:
    root = corpus_dir("wikiwarsde") / "WikiWarsDE_20110412"
    documents = load_corpus(root / "keyinline")
    assert len(documents) == 22 and sum(len(d.document.annotations) for d in documents) == 2217
    for item in documents:
        source = (root / "in" / item.path.name.replace(".key.xml", ".sgm")).read_text(encoding="utf-8")
        assert re.search(r"<TEXT>(.*?)</TEXT>", source, re.DOTALL).group(1) == item.document.text
        assert item.document.dct == date(2011, 2, 16)


def test_the_tagger_exports_timeml_extents_and_a_counted_distance_as_a_duration() -> None:
    from eventline.temporal import tag_text

    raw = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2012-05-09">09.05.2012</TIMEX3></DCT>'
           "<TEXT>Am Samstag kam er, vor drei Jahren war er schon einmal hier.</TEXT></TimeML>")
    text = parse_document(raw, "d").text
    tagged = annotate_timeml(raw, [annotation_from_timex(t) for t in tag_text(text, date(2012, 5, 9))])
    assert 'Am <TIMEX3 tid="t1" type="DATE" value="2012-05-05">Samstag</TIMEX3>' in tagged
    assert 'vor <TIMEX3 tid="t2" type="DURATION" value="P3Y">drei Jahren</TIMEX3>' in tagged
