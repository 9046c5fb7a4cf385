from datetime import date

from eventline.pipeline import select_changed
from eventline.storage import StoredDocument
from schemas import Document, DocumentStatus


def doc(doc_id: str, sha: str = "h1", published: date | None = date(2024, 1, 1), **kw) -> Document:
    return Document(doc_id=doc_id, path=doc_id, text="x", sha256=sha, published=published, **kw)


def test_an_unchanged_document_is_skipped():
    changed, unchanged = select_changed([doc("a")], {"a": StoredDocument("h1", date(2024, 1, 1), "ok")})
    assert (changed, [d.doc_id for d in unchanged]) == ([], ["a"])


def test_new_and_edited_documents_are_processed():
    stored = {"a": StoredDocument("old", date(2024, 1, 1), "ok")}
    changed, unchanged = select_changed([doc("a"), doc("b")], stored)
    assert [d.doc_id for d in changed] == ["a", "b"] and unchanged == []


def test_a_new_publication_date_from_a_sidecar_counts_as_a_change():
    stored = {"a": StoredDocument("h1", None, "ok")}
    changed, _ = select_changed([doc("a", published=date(2023, 2, 27))], stored)
    assert [d.doc_id for d in changed] == ["a"]


def test_error_rows_without_a_hash_are_always_retried():
    bad = doc("a", sha="", status=DocumentStatus.ERROR, error="cannot read file")
    changed, _ = select_changed([bad], {"a": StoredDocument("", None, "error")})
    assert changed == [bad]


def test_reprocess_processes_everything():
    changed, unchanged = select_changed([doc("a")], {"a": StoredDocument("h1", date(2024, 1, 1), "ok")}, True)
    assert len(changed) == 1 and unchanged == []
