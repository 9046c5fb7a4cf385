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


def test_a_document_the_language_pipeline_fails_on_is_a_failure_and_the_others_are_analysed():
    import spacy

    from eventline.guard import StageFailure
    from eventline.pipeline import analyze_documents

    nlp = spacy.blank("de")

    @spacy.Language.component("breaks_on_marker")
    def breaks_on_marker(doc):
        if "KAPUTT" in doc.text:
            raise ValueError("component bug")
        return doc

    nlp.add_pipe("breaks_on_marker")
    results = analyze_documents([doc("a"), Document("b", "b", "KAPUTT", "h"), doc("c")], nlp)
    assert [type(r).__name__ for r in results] == ["Doc", "StageFailure", "Doc"]
    assert results[1] == StageFailure("analysis", "ValueError: component bug")


def test_a_text_longer_than_spacys_default_limit_is_analysed():
    import spacy

    from eventline.pipeline import analyze_documents

    long_text = "Der Rat tagte. " * 70_000  # 1,050,000 characters > spaCy's 1,000,000 (E088)
    (result,) = analyze_documents([Document("long", "long", long_text, "h")], spacy.blank("de"))
    assert len(result.text) == len(long_text)


def test_a_pipeline_with_a_parser_keeps_spacys_limit_and_a_longer_text_fails_alone():
    import spacy

    from eventline.guard import StageFailure
    from eventline.pipeline import analyze_documents

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer", name="parser")  # stands in for a statistical parser
    nlp.max_length = 100
    results = analyze_documents([doc("ok"), Document("long", "long", "x " * 100, "h")], nlp)
    assert isinstance(results[1], StageFailure) and "E088" in results[1].reason
    assert not isinstance(results[0], StageFailure)


def test_all_stages_turn_one_documents_crash_into_its_error_row(monkeypatch):
    import spacy

    import eventline.temporal
    from eventline.pipeline import process_documents

    real_tag_text = eventline.temporal.tag_text

    def tag_text(text, dct, *args, **kwargs):
        if "KAPUTT" in text:
            raise OverflowError("date value out of range")
        return real_tag_text(text, dct, *args, **kwargs)

    monkeypatch.setattr(eventline.temporal, "tag_text", tag_text)
    documents = [
        Document("a", "a", "Am Montag kritisierte Polen die Regierung.", "h1", published=date(2024, 1, 3)),
        Document("b", "b", "KAPUTT am Montag.", "h2", published=date(2024, 1, 3)),
    ]
    results = process_documents(documents, spacy.blank("de"))
    assert [r.document.status for r in results] == [DocumentStatus.OK, DocumentStatus.ERROR]
    assert results[1].document.error == "tagging failed: OverflowError: date value out of range"
    assert results[0].timexes and results[1].timexes == [] and results[1].events == []
