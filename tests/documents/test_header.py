from datetime import date

import pytest

from eventline.documents.header import parse_dateline, parse_header

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
