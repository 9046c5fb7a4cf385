from datetime import date

import pytest

from eventline.documents.header import parse_credit_line, parse_dateline, parse_header

SEED_LIKE = (
    "25. November, 2024\n\nPolitik\n\nStaaten verstärken Produktion – Ein Balanceakt\n\n"
    "Staaten verstärken Produktion – Ein Balanceakt\n\nIm Zuge der Spannungen planen Staaten mehr.\n"
)


def test_dateline_rubric_and_repeated_title_are_header_not_body():
    header = parse_header(SEED_LIKE)
    assert header.dateline == date(2024, 11, 25)
    assert header.rubric == "Politik"
    assert header.title == "Staaten verstärken Produktion – Ein Balanceakt"
    assert SEED_LIKE[header.body_start :].startswith("Im Zuge")


def test_an_article_that_starts_with_its_body_has_no_header():
    text = "Russland baut seine Produktion aus, so ein Verbündeter.\nEs kam inmitten weiterer Anzeichen."
    header = parse_header(text)
    assert header.dateline is None and header.title is None and header.body_start == 0


def test_a_markdown_heading_is_the_title():
    header = parse_header("# Macron reist nach China\n\nDer Präsident kündigte eine Reise an.\n")
    assert header.title == "Macron reist nach China"


def test_field_lines_like_author_are_neither_title_nor_body():
    header = parse_header("Wagnis\n\nAutor: tf\n\nBeim Kauf des Wasserwerks ist ein neuer Superlativ entstanden.")
    assert header.title is None
    assert header.rubric == "Wagnis"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("25. November, 2024", date(2024, 11, 25)),
        ("25.11.2024", date(2024, 11, 25)),
        ("Montag, 3. März 2023", date(2023, 3, 3)),
        ("Berlin, 25.11.2024", date(2024, 11, 25)),
        ("2024-11-25", date(2024, 11, 25)),
    ],
)
def test_full_dates_on_their_own_line_are_datelines(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    ["Politik", "Im November 2024", "2024", "Macron reist im April nach China", "Seit 2014 in 24 Ländern"],
)
def test_lines_without_a_full_date_are_not_datelines(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(("ending", "expected"), [
    ("(APA, 28.4.2016)", date(2016, 4, 28)),
    ("(dpa, 4.3.2016)", date(2016, 3, 4)),
    ("(AFP/Reuters, 14.3.2017)", date(2017, 3, 14)),
    ("(red, APA, 2.5.2016)", date(2016, 5, 2)),
    ("(KNA; 9. 10. 2019)", date(2019, 10, 9)),
    ("(epd/red – 1.2. 2018)", date(2018, 2, 1)),
    ("(Anna Berger aus Brüssel, 3.5.2016)", date(2016, 5, 3)),
    ("(7.8.2015)", date(2015, 8, 7)),
    ("(APA, 28.4.2016)\n\n", date(2016, 4, 28)),
])
def test_a_closing_agency_credit_line_states_the_publication_date(ending, expected):
    text = f"Die Regierung hat am Mittwoch neue Hilfen beschlossen. {ending}"
    assert parse_credit_line(text) == expected
    assert parse_header(text).stated_date == expected


@pytest.mark.parametrize("ending", [
    "(sda)",
    "(Reuters, APA, red)",
    "(erste Runde am 3.4.2016)",
    "(APA, 31.2.2016)",
    "(APA, 28.4.2016) Danach folgt noch ein Satz.",
])
def test_credit_lines_without_a_valid_date_or_in_the_middle_and_dated_parentheses_give_none(ending):
    assert parse_credit_line(f"Die Regierung hat neue Hilfen beschlossen. {ending}") is None


def test_a_bare_date_in_parentheses_counts_only_after_a_finished_sentence():
    assert parse_credit_line("Die Wahl findet statt (7.8.2015)") is None


def test_a_dateline_at_the_top_wins_over_a_credit_line_at_the_end():
    header = parse_header("25. November, 2024\nPolitik\nTitel hier\nDer Text beginnt hier. (APA, 28.4.2016)")
    assert (header.dateline, header.credit_line, header.stated_date) == (
        date(2024, 11, 25), date(2016, 4, 28), date(2024, 11, 25))


def test_the_reader_records_a_credit_line_date_as_a_dateline(tmp_path):
    from eventline.documents import read_path
    from schemas import DctSource

    path = tmp_path / "agentur.txt"
    path.write_text("Wien – Die Regierung hat neue Hilfen beschlossen. (APA, 28.4.2016)\n", encoding="utf-8")
    (document,) = read_path(path, tmp_path)
    assert (document.published, document.dct_source) == (date(2016, 4, 28), DctSource.DATELINE)


def test_a_short_one_line_article_closed_by_a_credit_line_is_body_not_a_title():
    header = parse_header("Wien – Die Regierung hat neue Hilfen beschlossen. (APA, 28.4.2016)")
    assert (header.title, header.body_start, header.stated_date) == (None, 0, date(2016, 4, 28))


def test_a_title_with_a_date_in_parentheses_stays_a_title():
    header = parse_header("Neue Hilfen für Syrien (28.4.2016)\nWien – Die Regierung hat Hilfen beschlossen.\n")
    assert header.title == "Neue Hilfen für Syrien (28.4.2016)"
