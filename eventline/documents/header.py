"""Recognize an article's header lines (dateline, rubric, title) before the body.

News exports often start with a date line ("25. November, 2024"), a rubric ("Politik") and the title,
sometimes repeated. These are metadata: the dateline gives the publication date and the body starts after
them. Body lines are recognized by ending like a sentence or being long.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_MAX_HEADER_LINES = 6
_MAX_DATELINE_CHARS = 60
_MAX_TITLE_WORDS = 20
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?:;…\"“”»«']\s*$")
_LINE = re.compile(r"[^\n]*\n?")
_PLACE_PREFIX = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß.\- ]{1,40},\s+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_FIELD_LINE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+:\s+\S.{0,40}$")


@dataclass(frozen=True, slots=True)
class Header:
    dateline: date | None = None
    title: str | None = None
    rubric: str | None = None
    body_start: int = 0


def parse_header(text: str) -> Header:
    dateline: date | None = None
    titles: list[str] = []
    rubric: str | None = None
    body_start = 0
    seen = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw:
            break
        line = raw.strip()
        if not line:
            body_start = match.end()
            continue
        seen += 1
        if seen > _MAX_HEADER_LINES:
            break
        if dateline is None and not titles and (parsed := parse_dateline(line)):
            dateline = parsed
        elif _MARKDOWN_HEADING.match(line):
            titles.append(_MARKDOWN_HEADING.sub("", line))
        elif _FIELD_LINE.match(line):
            pass  # "Autor: tf", "Quelle: dpa": metadata, neither title nor body
        elif _looks_like_heading(line):
            if rubric is None and not titles and _is_single_word(line):
                rubric = line
            else:
                titles.append(line)
        else:
            break
        body_start = match.end()
    if not any((dateline, titles, rubric)):
        return Header()
    # A title repeated by the export wins over a subtitle.
    title = max(titles, key=titles.count) if titles else None
    return Header(dateline=dateline, title=title, rubric=rubric, body_start=body_start)


def parse_dateline(line: str) -> date | None:
    """A line that is only a full date (day, month and year), optionally after a place name."""
    if len(line) > _MAX_DATELINE_CHARS or not _YEAR.search(line):
        return None
    for candidate in (line, _PLACE_PREFIX.sub("", line, count=1)):
        if parsed := _strict_date(candidate):
            return parsed
    return None


@lru_cache(maxsize=1024)
def _strict_date(candidate: str) -> date | None:
    import dateparser  # slow import; only needed when a header line looks like a date

    parsed = dateparser.parse(
        candidate,
        languages=["de", "en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def _looks_like_heading(line: str) -> bool:
    return len(line.split()) <= _MAX_TITLE_WORDS and not _SENTENCE_END.search(line)


def _is_single_word(line: str) -> bool:
    return len(line.split()) == 1 and line[:1].isupper()
