"""Recognize an article's header lines (dateline, rubric, title) before the body.

News exports often start with a date line ("25. November, 2024"), a rubric ("Politik") and the title,
sometimes repeated. These are metadata: the dateline gives the publication date and the body starts after
them. Body lines are recognized by ending like a sentence or being long.

Austrian and German agency copy states its date at the end instead, in a credit line ("… (APA, 28.4.2016)",
"(red, APA, 2.5.2016)"); `data/credit_line.yaml` says what a byline may hold. "(sda)" without a date gives none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import yaml

_MAX_HEADER_LINES = 6
_MAX_DATELINE_CHARS = 60
_MAX_TITLE_WORDS = 20
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?:;…\"“”»«']\s*$")
_LINE = re.compile(r"[^\n]*\n?")
_PLACE_PREFIX = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß.\- ]{1,40},\s+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_FIELD_LINE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+:\s+\S.{0,40}$")
CREDIT_LINE_FILE = Path(__file__).resolve().parent / "data" / "credit_line.yaml"
# "(byline, 28.4.2016)" closing the text; the byline holds no digits, the date is day.month.year. Without a
# byline the parenthesis must follow a finished sentence: "… vorwerfen. (7.8.2015)".
_SENTENCE_DONE = re.compile(r"[.!?\"“”»«]\s*$")
_CREDIT_LINE = re.compile(
    r"\((?:(?P<byline>[^()\d]{1,120}?)[\s,;–—-]+)?(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})\)\s*$")
_BYLINE_SEPARATORS = re.compile(r"\s*[,;/–—]\s*")
_NAME_PARTICLES = frozenset({"aus", "von", "van", "de", "da", "&", "und"})


@dataclass(frozen=True, slots=True)
class Header:
    dateline: date | None = None
    title: str | None = None
    rubric: str | None = None
    body_start: int = 0
    credit_line: date | None = None  # the date of a closing agency credit line

    @property
    def stated_date(self) -> date | None:
        """The publication date the text states: a dateline at the top, else a credit line at the end."""
        return self.dateline or self.credit_line


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
    credit_line = parse_credit_line(text)
    if not any((dateline, titles, rubric)):
        return Header(credit_line=credit_line)
    # A title repeated by the export wins over a subtitle.
    title = max(titles, key=titles.count) if titles else None
    return Header(dateline=dateline, title=title, rubric=rubric, body_start=body_start, credit_line=credit_line)


@dataclass(frozen=True, slots=True)
class BylineWords:
    """`data/credit_line.yaml`, compiled."""

    agencies: frozenset[str]
    short_sign: re.Pattern[str]
    max_part_words: int
    not_byline: frozenset[str]


@cache
def byline_words() -> BylineWords:
    raw = yaml.safe_load(CREDIT_LINE_FILE.read_text(encoding="utf-8"))
    return BylineWords(
        agencies=frozenset(str(a).lower() for a in raw["agencies"]),
        short_sign=re.compile(rf"[a-zäöüß]{{2,{int(raw['short_sign_max_letters'])}}}\.?"),
        max_part_words=int(raw["max_part_words"]),
        not_byline=frozenset(str(w).lower() for w in raw["not_byline_words"]),
    )


def parse_credit_line(text: str) -> date | None:
    """The date of a credit line closing the text: "(APA, 28.4.2016)", "(AFP/Reuters, 14.3.2017)"."""
    tail = text[-200:]
    match = _CREDIT_LINE.search(tail)
    if match is None:
        return None
    if match["byline"] is None:
        if not _SENTENCE_DONE.search(tail[: match.start()]):
            return None
    elif not is_byline(match["byline"]):
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def is_byline(byline: str) -> bool:
    """Agency abbreviations, editors' short signs and names, separated by "," ";" "/" or a dash."""
    parts = [p for p in _BYLINE_SEPARATORS.split(byline.strip(" ,;-–—")) if p]
    return bool(parts) and all(_is_byline_part(part) for part in parts)


def _is_byline_part(part: str) -> bool:
    words = byline_words()
    if part.lower() in words.agencies:
        return True
    tokens = part.split()
    if len(tokens) > words.max_part_words or any(t.lower().strip(".:") in words.not_byline for t in tokens):
        return False
    if len(tokens) == 1 and words.short_sign.fullmatch(part):
        return True  # "red", "mhe", "stu."
    return all(t[:1].isupper() or t in _NAME_PARTICLES for t in tokens)  # "Anna Berger aus Brüssel", "Text: …"


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
    """Short and not ending like a sentence; a closing credit line "(APA, 28.4.2016)" ends body text."""
    if parse_credit_line(line) is not None:
        return False
    return len(line.split()) <= _MAX_TITLE_WORDS and not _SENTENCE_END.search(line)


def _is_single_word(line: str) -> bool:
    return len(line.split()) == 1 and line[:1].isupper()
