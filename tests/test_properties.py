"""Property tests: no input, however ugly, makes an exception escape or loses its row.

500 examples per property by default (profile `ci`); `--hypothesis-profile=long` runs 100,000.
"""
from __future__ import annotations

import json
import tempfile
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from schemas import DocumentStatus

CALENDAR_ENDS = [date(1, 1, 1), date(1, 1, 2), date(1, 12, 31), date(9999, 1, 1), date(9999, 12, 30), date(9999, 12, 31)]
publication_dates = st.one_of(st.none(), st.sampled_from(CALENDAR_ENDS), st.dates())

# German-like text: general words of news prose, numbers, dates and punctuation, in random order.
WORDS = (
    "Am im vom zum bis seit vor nach in an auf über unter gegen mit für und oder aber nicht kein "
    "der die das den dem des ein eine einen einer Jahr Jahren Jahres Monat Woche Wochen Tag Tage Tagen "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli "
    "August September Oktober November Dezember Frühjahr Sommer Herbst Winter Anfang Mitte Ende "
    "heute gestern morgen vorgestern übermorgen damals später zuvor danach nächsten vergangenen letzten "
    "kommenden folgenden ersten zweiten dritten Quartal Jahrhundert Jahrzehnt Abend Nacht Uhr "
    "kritisierte verurteilte unterstützte vereinbarten drohte forderte lehnte ab traf besuchte "
    "verhängte Sanktionen Hilfe Gespräche Abkommen Angriff Protest Demonstranten Regierung Minister "
    "Präsident Kanzlerin Polen Ungarn Frankreich Moskau Berlin Wien Nato EU UNO Bundestag sagte erklärte "
    "soll sollen würde könnte wird wurde hat haben ist sind laut zufolge eins zwei drei zehn zwanzig "
    "1 2 3 12 31 1989 2001 2024 9999 0001 1.1. 31.12. 3.3.2023 2024-13-45 . , ; : ! ? „ “ - – ( ) \n \n\n"
).split(" ")
german_like = st.lists(st.sampled_from(WORDS), min_size=0, max_size=60).map(" ".join)
any_text = st.one_of(german_like, st.text(max_size=200), st.text(alphabet=st.characters(codec="utf-8"), max_size=80))


def _json_values() -> st.SearchStrategy:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
        st.text(alphabet=st.characters(blacklist_categories=()), max_size=30),  # lone surrogates included
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=12,
    )


record_values = {
    "text": st.one_of(german_like, _json_values()),
    "id": st.one_of(st.none(), st.text(max_size=6), st.integers(), _json_values()),
    "published": st.one_of(st.dates().map(str), st.text(max_size=12), _json_values()),
    "title": st.one_of(st.text(max_size=12), _json_values()),
}
records = st.fixed_dictionaries({}, optional=record_values)
json_files = st.one_of(
    st.lists(records, max_size=4).map(lambda items: ("feed.jsonl", "\n".join(json.dumps(i) for i in items))),
    st.one_of(records, st.lists(records, max_size=4), _json_values()).map(lambda value: ("data.json", json.dumps(value))),
)


def _read_one_file(name: str, data: bytes, sidecar: bytes | None = None):
    from eventline.documents import discover_files, read_path

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / name).write_bytes(data)
        if sidecar is not None:
            (root / f"{name}.meta.json").write_bytes(sidecar)
        paths = discover_files(root)
        assert paths == [root / name]
        return read_path(paths[0], root, label="inbox")


def _assert_storable(documents) -> None:
    assert documents, "every input yields at least one row"
    for document in documents:
        document.doc_id.encode("utf-8")
        document.text.encode("utf-8")
        assert document.doc_id.startswith("inbox/")
        if document.status == DocumentStatus.ERROR:
            assert document.error and "\n" not in document.error and document.text == ""
    ids = [d.doc_id for d in documents]
    assert len(ids) == len(set(ids)), "doc_ids are unique"


@given(
    name=st.sampled_from(["a.txt", "b.md", "c.json", "d.jsonl"]),
    data=st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    sidecar=st.one_of(st.none(), st.binary(max_size=40), _json_values().map(lambda v: json.dumps(v).encode())),
)
def test_the_reader_turns_any_bytes_into_rows(name, data, sidecar):
    _assert_storable(_read_one_file(name, data, sidecar))


@given(json_files)
def test_the_reader_turns_any_json_into_rows(file):
    name, content = file
    _assert_storable(_read_one_file(name, content.encode("utf-8")))


@given(text=any_text, dct=publication_dates, style=st.sampled_from(["news", "narrative"]))
def test_the_tagger_never_raises_and_its_offsets_point_into_the_text(text, dct, style):
    from eventline.temporal import tag_text

    for timex in tag_text(text, dct, style=style):
        assert text[timex.start : timex.end] == timex.text
        assert (timex.date_start is None) == (timex.date_end is None)


@lru_cache(maxsize=1)
def _pipeline_and_database() -> tuple[object, Path]:
    from eventline import storage
    from eventline.nlp import load_pipeline

    db = Path(tempfile.mkdtemp(prefix="eventline-properties-")) / "eventline.duckdb"
    storage.ensure_schema(db)
    return load_pipeline(), db


@given(texts=st.lists(st.tuples(german_like, publication_dates), min_size=1, max_size=3))
def test_analysis_tagging_extraction_and_writing_never_fail_on_german_like_text(texts):
    from eventline import storage
    from eventline.pipeline import process_documents
    from eventline.storage.database import connect
    from schemas import Document

    nlp, db = _pipeline_and_database()
    documents = [
        Document(doc_id=f"p/{i}.txt", path=f"{i}.txt", text=text or ".", sha256=str(i), published=dct)
        for i, (text, dct) in enumerate(texts)
    ]
    results = process_documents(documents, nlp)
    for result in results:
        assert result.document.status == DocumentStatus.OK, result.document.error  # no stage failed
        for event in result.events:
            assert result.document.text[event.sentence_start : event.sentence_end] == event.sentence
    storage.replace_documents(
        db, [r.document for r in results], [r.timexes for r in results], [r.events for r in results],
        run_id="p", processed_at=datetime(2024, 1, 1),
    )
    with connect(db, read_only=True) as connection:
        stored = connection.execute(
            "SELECT count(*) FROM events WHERE list_contains(?, doc_id)", [[d.doc_id for d in documents]]
        ).fetchone()[0]
    assert stored == sum(len(r.events) for r in results)
