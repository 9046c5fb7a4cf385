"""Inputs that once crashed or hung a whole run: each is now one error row, and the rest is read."""
import json
import os
import threading
from pathlib import Path

import pytest

from eventline.documents import discover_files, read_path
from schemas import DocumentStatus
from tests.documents.test_reader import BODY, write



def read_all(root: Path, **kwargs):
    return [d for path in discover_files(root, **kwargs) for d in read_path(path, root, **kwargs)]


def only_error(documents) -> str:
    (document,) = documents
    assert document.status == DocumentStatus.ERROR
    assert "\n" not in document.error and document.text == ""
    return document.error


def test_a_sidecar_with_an_impossible_date_is_an_error_row(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.txt.meta.json", json.dumps({"published": "2024-13-45"}))
    assert "published is not an ISO date" in only_error(read_path(path, tmp_path))


def test_deeply_nested_json_is_an_error_row(tmp_path):
    path = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in only_error(read_path(path, tmp_path))


def test_a_deeply_nested_jsonl_line_is_an_error_row_and_the_next_line_is_read(tmp_path):
    path = write(tmp_path / "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": BODY}))
    bad, good = read_path(path, tmp_path)
    assert bad.status == DocumentStatus.ERROR and "line 1" in bad.error
    assert good.status == DocumentStatus.OK


def test_a_json_number_with_too_many_digits_is_an_error_row(tmp_path):
    path = write(tmp_path / "big.json", '{"text": "x", "n": ' + "9" * 5000 + "}")
    assert "malformed JSON" in only_error(read_path(path, tmp_path))


@pytest.mark.parametrize("field", ["text", "id", "title"])
def test_a_lone_surrogate_escape_is_an_error_row_with_a_storable_id(tmp_path, field):
    record = {"id": "a", "text": BODY, "title": "T", field: "kaputt \\ud83d"}
    path = write(tmp_path / "s.jsonl", json.dumps(record).replace("\\\\ud83d", "\\ud83d"))
    (document,) = read_path(path, tmp_path)
    assert document.status == DocumentStatus.ERROR and "lone surrogate" in document.error
    document.doc_id.encode("utf-8")  # storable in DuckDB


def test_a_file_name_that_is_not_utf8_is_an_error_row_with_an_escaped_id(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/M\xe4rz.txt"))
    path.write_text(BODY, encoding="utf-8")
    (document,) = read_all(tmp_path)
    assert document.doc_id == "M\\xe4rz.txt"
    assert "not valid UTF-8" in document.error


def test_a_fifo_is_never_opened_and_becomes_an_error_row(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    write(tmp_path / "b.txt", BODY)
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(read_all(tmp_path)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO hung"
    statuses = {d.doc_id: (d.status, d.error) for d in result}
    assert statuses["b.txt"][0] == DocumentStatus.OK
    assert statuses["x.txt"] == (DocumentStatus.ERROR, "not a regular file (FIFO): not read")


@pytest.mark.parametrize(("name", "content"), [("leer.json", "[]"), ("leer.jsonl", "[]")])
def test_a_json_file_without_records_is_an_error_row(tmp_path, name, content):
    path = write(tmp_path / name, content)
    assert only_error(read_path(path, tmp_path)).startswith(("no records in file", "line 1 is not an object"))


def test_an_unreadable_subfolder_becomes_an_error_row(tmp_path, monkeypatch):
    write(tmp_path / "ok.txt", BODY)
    write(tmp_path / "locked" / "inside.txt", BODY)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents = {d.doc_id: d for d in read_all(tmp_path)}
    assert documents["ok.txt"].status == DocumentStatus.OK
    locked = documents["locked/"]
    assert locked.status == DocumentStatus.ERROR and locked.transient
    assert "cannot read file" in locked.error


def test_a_symbolic_link_out_of_the_input_folder_is_not_followed(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "secret"
    write(outside / "passwd.txt", "root:x:0:0:root:/root:/bin/bash\n" + BODY)
    write(inbox / "ok.txt", BODY)
    (inbox / "leak.txt").symlink_to(outside / "passwd.txt")
    (inbox / "linked").symlink_to(outside, target_is_directory=True)
    documents = {d.doc_id: d for d in read_all(inbox)}
    assert set(documents) == {"ok.txt", "leak.txt", "linked/"}
    assert "not followed" in documents["linked/"].error
    assert "not followed" in documents["leak.txt"].error
    assert all("root:x" not in d.text for d in documents.values())


def test_links_out_of_the_input_folder_are_followed_when_asked(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "elsewhere"
    write(outside / "a.txt", BODY)
    (inbox).mkdir()
    (inbox / "linked").symlink_to(outside, target_is_directory=True)
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)
    (inbox / "b.txt").symlink_to(outside / "a.txt")
    documents = {d.doc_id: d.status for d in read_all(inbox, follow_links=True)}
    assert documents == {"linked/a.txt": DocumentStatus.OK, "b.txt": DocumentStatus.OK}


def test_a_link_inside_the_input_folder_is_read(tmp_path):
    write(tmp_path / "a.txt", BODY)
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert [d.status for d in read_all(tmp_path)] == [DocumentStatus.OK, DocumentStatus.OK]


def test_duplicate_record_ids_keep_the_first_and_make_the_others_error_rows(tmp_path):
    lines = [{"id": "a", "text": BODY}, {"id": "a", "text": BODY + "anders"}, {"id": "b", "text": BODY}]
    path = write(tmp_path / "f.jsonl", "\n".join(json.dumps(line) for line in lines))
    documents = read_path(path, tmp_path)
    assert [(d.doc_id, d.status) for d in documents] == [
        ("f.jsonl#a", DocumentStatus.OK), ("f.jsonl#a~line2", DocumentStatus.ERROR), ("f.jsonl#b", DocumentStatus.OK),
    ]
    assert documents[0].text == BODY and "duplicate record id" in documents[1].error


def test_records_without_an_id_keep_their_id_when_a_line_is_inserted_before_them(tmp_path):
    second = {"text": BODY + "Zweiter."}
    before = read_path(write(tmp_path / "f.jsonl", json.dumps(second)), tmp_path)
    after = read_path(write(tmp_path / "f.jsonl", json.dumps({"text": BODY}) + "\n" + json.dumps(second)), tmp_path)
    assert before[0].doc_id == after[1].doc_id != after[0].doc_id


def test_a_mac_roman_article_is_read_as_mac_roman_and_says_so(tmp_path):
    text = "Köln, 3.3.2023\n\nDie Bürger äußerten im März „große“ Sorgen.\n"
    (document,) = read_path(write(tmp_path / "mac.txt", text.encode("mac_roman")), tmp_path)
    assert (document.text, document.encoding) == (text, "mac_roman")
    assert "MŠrz" not in document.text


def test_utf8_articles_record_their_encoding(tmp_path):
    (document,) = read_path(write(tmp_path / "a.txt", BODY), tmp_path)
    assert document.encoding == "utf-8"


def test_a_label_prefixes_the_doc_id_and_the_source_is_the_input_folder(tmp_path):
    (document,) = read_path(write(tmp_path / "sub" / "a.txt", BODY), tmp_path, label="inbox")
    assert document.doc_id == "inbox/sub/a.txt"
    assert document.source == str(tmp_path.absolute())


def test_an_unexpected_bug_while_reading_is_an_error_row_not_an_exception(tmp_path, monkeypatch):
    from eventline.documents import reader

    monkeypatch.setattr(reader, "parse_header", lambda text: 1 / 0)
    error = only_error(read_path(write(tmp_path / "a.txt", BODY), tmp_path))
    assert error == "reading failed: ZeroDivisionError: division by zero"


def test_a_broken_file_that_was_just_changed_counts_as_being_written(tmp_path):
    path = write(tmp_path / "feed.json", '{"text": "halb')
    (fresh,) = read_path(path, tmp_path)
    assert fresh.transient and "being written" in fresh.error
    os.utime(path, (1_600_000_000, 1_600_000_000))
    (settled,) = read_path(path, tmp_path)
    assert not settled.transient and settled.status == DocumentStatus.ERROR
