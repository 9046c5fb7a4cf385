import json
import os
from datetime import date
from pathlib import Path

import pytest

from eventline.documents import discover_files, read_path
from schemas import DctSource, DocumentStatus

BODY = "Der Minister kündigte am Montag neue Hilfen an.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_one(path: Path, root: Path, **kwargs):
    (document,) = read_path(path, root, **kwargs)
    return document


def test_discovery_finds_articles_recursively_and_leaves_out_sidecars_and_hidden_files(tmp_path):
    for name in ["a.txt", "sub/b.md", "c.jsonl", "d.json", "a.txt.meta.json", ".hidden/e.txt", "notes.csv"]:
        write(tmp_path / name, BODY)
    found = [p.relative_to(tmp_path).as_posix() for p in discover_files(tmp_path)]
    assert found == ["a.txt", "c.jsonl", "d.json", "sub/b.md"]


def test_seed_000_takes_its_publication_date_from_the_dateline(seeds_dir):
    document = read_one(seeds_dir / "000_404d937e6a2d8139.txt", seeds_dir)
    assert document.published == date(2024, 11, 25)
    assert document.dct_source == DctSource.DATELINE
    assert document.title.startswith("Nato-Staaten verstärken Rüstungsproduktion")
    assert document.text[document.body_start :].startswith("Im Zuge der anhaltenden Spannungen")


def test_seed_004_has_no_publication_date_without_its_sidecar(seeds_dir, tmp_path):
    (tmp_path / "004_b62c4deb4e8c84ad.txt").write_bytes((seeds_dir / "004_b62c4deb4e8c84ad.txt").read_bytes())
    document = read_one(tmp_path / "004_b62c4deb4e8c84ad.txt", tmp_path)
    assert document.published is None
    assert document.dct_source == DctSource.NONE


def test_seed_004_ships_with_a_sidecar_that_gives_its_publication_date(seeds_dir):
    document = read_one(seeds_dir / "004_b62c4deb4e8c84ad.txt", seeds_dir)
    assert (document.published, document.dct_source) == (date(2023, 2, 27), DctSource.METADATA)


def test_a_sidecar_gives_the_publication_date_and_wins_over_the_dateline(tmp_path):
    path = write(tmp_path / "a.txt", "25. November, 2024\n\n" + BODY)
    write(tmp_path / "a.txt.meta.json", json.dumps({"published": "2023-02-27"}))
    document = read_one(path, tmp_path, default_published=date(2020, 1, 1))
    assert (document.published, document.dct_source) == (date(2023, 2, 27), DctSource.METADATA)


def test_the_default_publication_date_is_used_only_when_the_text_has_none(tmp_path):
    plain = read_one(write(tmp_path / "a.txt", BODY), tmp_path, default_published=date(2020, 1, 1))
    dated = read_one(write(tmp_path / "b.txt", "3.3.2023\n\n" + BODY), tmp_path, default_published=date(2020, 1, 1))
    assert (plain.published, plain.dct_source) == (date(2020, 1, 1), DctSource.DEFAULT)
    assert (dated.published, dated.dct_source) == (date(2023, 3, 3), DctSource.DATELINE)


def test_the_file_modification_time_is_never_a_publication_date(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    assert read_one(path, tmp_path).published is None


def test_doc_ids_are_paths_relative_to_the_input_folder(tmp_path):
    document = read_one(write(tmp_path / "2024" / "nov" / "a.md", BODY), tmp_path)
    assert document.doc_id == "2024/nov/a.md"


def test_jsonl_records_become_documents_with_ids_titles_and_dates(tmp_path):
    lines = [
        {"id": "x1", "title": "Erster", "published": "2024-05-01T10:00:00Z", "text": BODY},
        {"text": BODY, "url": "https://example.org/2"},
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(line) for line in lines))
    first, second = read_path(path, tmp_path)
    assert (first.doc_id, first.title, first.published) == ("feed.jsonl#x1", "Erster", date(2024, 5, 1))
    assert first.dct_source == DctSource.METADATA
    assert second.doc_id == f"feed.jsonl#{second.sha256[:12]}" and second.published is None


def test_a_json_file_may_hold_one_record_or_a_list(tmp_path):
    single = read_path(write(tmp_path / "one.json", json.dumps({"id": 7, "text": BODY})), tmp_path)
    many = read_path(write(tmp_path / "many.json", json.dumps([{"id": "a", "text": BODY}, {"id": "b", "text": BODY}])), tmp_path)
    assert [d.doc_id for d in single] == ["one.json#7"]
    assert [d.doc_id for d in many] == ["many.json#a", "many.json#b"]


def test_a_malformed_json_line_is_an_error_and_the_other_lines_are_read(tmp_path):
    path = write(tmp_path / "feed.jsonl", json.dumps({"text": BODY}) + "\n{not json\n" + json.dumps({"text": BODY + "2"}))
    documents = read_path(path, tmp_path)
    assert [d.status for d in documents] == [DocumentStatus.OK, DocumentStatus.ERROR, DocumentStatus.OK]
    assert documents[1].doc_id == "feed.jsonl#line2"
    assert "malformed JSON on line 2" in documents[1].error


def test_a_record_without_text_is_an_error(tmp_path):
    (document,) = read_path(write(tmp_path / "a.jsonl", json.dumps({"title": "leer"})), tmp_path)
    assert document.status == DocumentStatus.ERROR and document.error == "record has no text"


def test_an_invalid_published_value_is_an_error_not_a_guess(tmp_path):
    (document,) = read_path(write(tmp_path / "a.jsonl", json.dumps({"text": BODY, "published": "gestern"})), tmp_path)
    assert document.status == DocumentStatus.ERROR and "published" in document.error


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("broken.txt", "Grüße".encode() + b"\xff\xfe", "invalid UTF-8"),
        ("broken.json", b"{\"text\": ", "malformed JSON"),
    ],
)
def test_bad_files_become_error_documents_with_a_one_line_reason(tmp_path, name, content, reason):
    document = read_one(write(tmp_path / name, content), tmp_path)
    assert document.status == DocumentStatus.ERROR
    assert reason in document.error and "\n" not in document.error
    assert document.doc_id == name and document.text == ""


def test_a_file_over_the_size_limit_is_an_error_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)
    document = read_one(path, tmp_path)
    assert document.status == DocumentStatus.ERROR
    assert "too large" in document.error


def test_an_unreadable_file_is_an_error(tmp_path):
    path = tmp_path / "gone.txt"
    path.symlink_to(tmp_path / "missing-target.txt")
    assert discover_files(tmp_path) == [path]
    document = read_one(path, tmp_path)
    assert document.status == DocumentStatus.ERROR and document.error.startswith("cannot read file")


def test_a_windows_1252_article_is_read_without_mojibake(tmp_path):
    text = "Köln, 3.3.2023\n\nDie Bürger äußerten „große“ Sorgen.\n"
    document = read_one(write(tmp_path / "alt.txt", text.encode("cp1252")), tmp_path)
    assert document.text == text
    assert document.published == date(2023, 3, 3)


def test_the_content_hash_changes_with_the_text_only(tmp_path):
    first = read_one(write(tmp_path / "a.txt", BODY), tmp_path)
    again = read_one(write(tmp_path / "b.txt", BODY), tmp_path)
    changed = read_one(write(tmp_path / "c.txt", BODY + "Neu."), tmp_path)
    assert first.sha256 == again.sha256 != changed.sha256
