from dataclasses import replace

from eventline.documents import read_path
from eventline.documents.language import UNDETERMINED, detect_language, mark_language
from schemas import Document, DocumentStatus

GERMAN = (
    "Die Regierung in Wien hat am Mittwoch ein neues Budget beschlossen. Die Opposition kritisierte den "
    "Entwurf scharf und kündigte Widerstand im Parlament an."
)
ENGLISH = (
    "The government in Vienna passed a new budget on Wednesday. The opposition sharply criticised the "
    "draft and announced resistance in parliament."
)
FRENCH = (
    "Le gouvernement de Vienne a adopté mercredi un nouveau budget. L'opposition a vivement critiqué le "
    "projet et annoncé une résistance au parlement."
)


def doc(text: str, **kw) -> Document:
    return Document(doc_id="a.txt", path="a.txt", text=text, sha256="h", **kw)


def test_german_news_is_recognised_as_german():
    assert detect_language(GERMAN).language == "de"


def test_english_and_french_articles_are_recognised():
    assert (detect_language(ENGLISH).language, detect_language(FRENCH).language) == ("en", "fr")


def test_a_text_too_short_to_tell_is_undetermined_not_guessed():
    assert detect_language("NATO, EU, G20: 2023").language == UNDETERMINED


def test_a_non_german_article_is_skipped_with_a_reason():
    marked = mark_language(doc(ENGLISH))
    assert (marked.language, marked.status) == ("en", DocumentStatus.SKIPPED)
    assert marked.error.startswith("not German: detected language en")


def test_a_german_article_stays_ok():
    marked = mark_language(doc(GERMAN))
    assert (marked.language, marked.status, marked.error) == ("de", DocumentStatus.OK, None)


def test_only_the_body_counts_not_the_header_lines():
    english_title = "Breaking news: Budget passed\n\n"
    marked = mark_language(doc(english_title + GERMAN, body_start=len(english_title)))
    assert marked.language == "de"


def test_documents_that_could_not_be_read_are_left_as_they_are():
    broken = doc("", status=DocumentStatus.ERROR, error="empty file")
    assert mark_language(broken) is broken


def test_reading_an_english_file_gives_a_skipped_document(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (document,) = read_path(tmp_path / "en.txt", tmp_path)
    assert (document.language, document.status) == ("en", DocumentStatus.SKIPPED)
