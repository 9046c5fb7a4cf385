"""Read and write inline-annotated temporal markup: TimeML (TIMEX3) and ACE-style TIMEX2 keyinline.

Offsets of every annotation are character offsets into the plain content of `<TEXT>`: tags removed
and XML entities unescaped, i.e. exactly the string a tagger is given. Writing goes the other way:
tags are inserted into the untouched raw file, so everything outside them stays byte-identical.

Choices made here (and relied on by the scorer):
- Empty or non-consuming tags (`<TIMEX3 .../>`, zero-length spans) are not annotations.
- Nested timex tags (possible in TIMEX2): only the outermost one is kept.
- Attribute values are kept verbatim, malformed ones (`2014_07`) included: they simply never match.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from xml.sax.saxutils import quoteattr

from schemas.records import Timex


class MarkupFormat(StrEnum):
    TIMEML = "timeml"  # TIMEX3 with value/type/mod; DCT in <DCT>
    TIMEX2 = "timex2"  # ACE TERN keyinline: TIMEX2 with val/mod, no type; DCT in <DATETIME>


TIMEX_TAG: dict[MarkupFormat, str] = {MarkupFormat.TIMEML: "TIMEX3", MarkupFormat.TIMEX2: "TIMEX2"}


@dataclass(frozen=True, slots=True)
class TimexAnnotation:
    """One annotated temporal expression, gold or system, as plain strings (scored verbatim)."""

    start: int
    end: int
    text: str
    value: str
    type: str | None = None  # None where the markup has no type (TIMEX2)
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    doc_id: str
    text: str  # plain <TEXT> content: what the tagger reads
    dct: date | None
    annotations: tuple[TimexAnnotation, ...]
    markup: MarkupFormat
    title: str | None = None


class MarkupError(ValueError):
    """The file is not the inline markup we expect (no <TEXT>, unbalanced tags)."""


_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);")
_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_TEXT_ELEMENT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", re.DOTALL)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _entity_char(name: str) -> str:
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _NAMED_ENTITIES[name]


def unescape_xml(raw: str) -> str:
    """Resolve the XML predefined and numeric character references (not HTML's named ones)."""
    return _ENTITY.sub(lambda m: _entity_char(m.group(1)), raw)


def parse_attributes(raw: str) -> dict[str, str]:
    return {m.group(1): unescape_xml(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTRIBUTE.finditer(raw)}


@dataclass(frozen=True, slots=True)
class _Tag:
    raw_start: int
    raw_end: int
    name: str
    closing: bool
    self_closing: bool
    attributes: dict[str, str]
    plain_offset: int  # plain-text offset at which the tag sits


@dataclass(frozen=True, slots=True)
class PlainText:
    """Markup with tags removed and entities resolved, with the way back into the raw string.

    `char_start[i]` is where plain character i begins in raw, `char_end[i]` where it ends.
    """

    text: str
    char_start: tuple[int, ...]
    char_end: tuple[int, ...]
    tags: tuple[_Tag, ...]


def plain_text(raw: str) -> PlainText:
    """Strip tags and resolve entities, remembering each character's raw position."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    tags: list[_Tag] = []

    def add_text(segment_start: int, segment_end: int) -> None:
        pos = segment_start
        for entity in _ENTITY.finditer(raw, segment_start, segment_end):
            for i in range(pos, entity.start()):
                chars.append(raw[i])
                starts.append(i)
                ends.append(i + 1)
            chars.append(_entity_char(entity.group(1)))
            starts.append(entity.start())
            ends.append(entity.end())
            pos = entity.end()
        for i in range(pos, segment_end):
            chars.append(raw[i])
            starts.append(i)
            ends.append(i + 1)

    pos = 0
    for match in _TAG.finditer(raw):
        add_text(pos, match.start())
        tags.append(_Tag(match.start(), match.end(), match.group(2), match.group(1) == "/",
                         match.group(4) == "/", parse_attributes(match.group(3)), len(chars)))
        pos = match.end()
    add_text(pos, len(raw))
    return PlainText("".join(chars), tuple(starts), tuple(ends), tuple(tags))


def _annotation(tag_name: str, attributes: dict[str, str], text: str, start: int, end: int) -> TimexAnnotation:
    value_key = "value" if tag_name == "TIMEX3" else "val"
    return TimexAnnotation(start=start, end=end, text=text[start:end], value=attributes.get(value_key, ""),
                           type=attributes.get("type") if tag_name == "TIMEX3" else None,
                           mod=attributes.get("mod"))


def inline_annotations(plain: PlainText, tag_name: str) -> tuple[TimexAnnotation, ...]:
    """The outermost consuming `tag_name` elements of a stripped text, in document order."""
    found: list[TimexAnnotation] = []
    open_tags: list[_Tag] = []
    for tag in plain.tags:
        if tag.name != tag_name or tag.self_closing:
            continue
        if not tag.closing:
            open_tags.append(tag)
            continue
        if not open_tags:
            raise MarkupError(f"</{tag_name}> without an opening tag at raw offset {tag.raw_start}")
        opened = open_tags.pop()
        if not open_tags and tag.plain_offset > opened.plain_offset:
            found.append(_annotation(tag_name, opened.attributes, plain.text, opened.plain_offset, tag.plain_offset))
    if open_tags:
        raise MarkupError(f"<{tag_name}> at raw offset {open_tags[-1].raw_start} is never closed")
    return tuple(sorted(found, key=lambda a: (a.start, -a.end)))


def detect_format(raw: str) -> MarkupFormat | None:
    """TimeML, TIMEX2 keyinline, or None for anything else (plain SGML input, APF stand-off files)."""
    if _TEXT_ELEMENT.search(raw) is None:
        return None
    if "<TimeML" in raw or "<DCT>" in raw or "<TIMEX3" in raw:
        return MarkupFormat.TIMEML
    if "<TIMEX2" in raw:
        return MarkupFormat.TIMEX2
    return None


def _element_text(raw: str, name: str) -> str | None:
    match = re.search(rf"<{name}\b[^>]*>(.*?)</{name}\s*>", raw, re.DOTALL)
    return None if match is None else match.group(1)


def _first_iso_day(candidates: Iterable[str]) -> date | None:
    for candidate in candidates:
        match = _ISO_DAY.search(candidate)
        if match is not None:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
    return None


def document_creation_date(raw: str) -> date | None:
    """The DCT day: TimeML's <DCT><TIMEX3 value=...>, or the TIMEX2 <DATETIME> (its date part)."""
    for element in ("DCT", "DATETIME"):
        content = _element_text(raw, element)
        if content is None:
            continue
        stripped = plain_text(content)
        values = [tag.attributes.get("value", tag.attributes.get("val", "")) for tag in stripped.tags]
        return _first_iso_day([*values, stripped.text])
    return None


def parse_document(raw: str, doc_id: str, markup: MarkupFormat | None = None) -> AnnotatedDocument:
    """Parse one inline-annotated file (TimeML or TIMEX2 keyinline) into plain text and annotations."""
    markup = markup or detect_format(raw)
    text_match = _TEXT_ELEMENT.search(raw)
    if markup is None or text_match is None:
        raise MarkupError(f"{doc_id}: no <TEXT> element with TimeML or TIMEX2 markup")
    plain = plain_text(text_match.group(1))
    title_raw = _element_text(raw, "TITLE")
    declared_id = _element_text(raw, "DOCID")
    return AnnotatedDocument(
        doc_id=declared_id.strip() if declared_id and declared_id.strip() else doc_id,
        text=plain.text,
        dct=document_creation_date(raw),
        annotations=inline_annotations(plain, TIMEX_TAG[markup]),
        markup=markup,
        title=plain_text(title_raw).text.strip() if title_raw is not None else None,
    )


def annotation_from_timex(timex: Timex) -> TimexAnnotation:
    return TimexAnnotation(start=timex.start, end=timex.end, text=timex.text, value=timex.value,
                           type=str(timex.type), mod=str(timex.mod) if timex.mod is not None else None)


def non_overlapping(annotations: Iterable[TimexAnnotation]) -> list[TimexAnnotation]:
    """Keep annotations that can be written as flat inline tags: earlier, then longer, spans win."""
    kept: list[TimexAnnotation] = []
    for annotation in sorted(annotations, key=lambda a: (a.start, -a.end)):
        if annotation.end > annotation.start and (not kept or annotation.start >= kept[-1].end):
            kept.append(annotation)
    return kept


def timex3_open_tag(annotation: TimexAnnotation, tid: str) -> str:
    attributes = [("tid", tid), ("type", annotation.type or "DATE"), ("value", annotation.value)]
    if annotation.mod:
        attributes.append(("mod", annotation.mod))
    return "<TIMEX3 " + " ".join(f"{name}={quoteattr(value)}" for name, value in attributes) + ">"


def insert_timex3(raw_text: str, annotations: Sequence[TimexAnnotation], first_tid: int = 1) -> str:
    """Insert TIMEX3 tags into raw <TEXT> content at plain-text offsets; the rest stays byte-identical.

    Existing tags in `raw_text` stay where they are; a new tag opens right before its first character
    and closes right after its last one. Overlapping annotations cannot be nested inline and are
    dropped (see `non_overlapping`).
    """
    plain = plain_text(raw_text)
    insertions: list[tuple[int, int, str]] = []  # (raw offset, order at that offset, tag)
    for number, annotation in enumerate(non_overlapping(annotations), start=first_tid):
        if annotation.end > len(plain.text):
            raise ValueError(f"annotation {annotation} lies outside the text ({len(plain.text)} chars)")
        insertions.append((plain.char_start[annotation.start], 1, timex3_open_tag(annotation, f"t{number}")))
        insertions.append((plain.char_end[annotation.end - 1], 0, "</TIMEX3>"))
    pieces: list[str] = []
    pos = 0
    for offset, _, tag in sorted(insertions):
        pieces.append(raw_text[pos:offset])
        pieces.append(tag)
        pos = offset
    pieces.append(raw_text[pos:])
    return "".join(pieces)


def strip_timex3(raw: str) -> str:
    """Remove TIMEX3 tags from inside <TEXT> (the DCT's TIMEX3 is kept)."""
    match = _TEXT_ELEMENT.search(raw)
    if match is None:
        return raw
    inner = re.sub(r"</?TIMEX3\b[^>]*>", "", match.group(1))
    return raw[: match.start(1)] + inner + raw[match.end(1):]


def annotate_timeml(raw: str, annotations: Sequence[TimexAnnotation]) -> str:
    """A TimeML file with `annotations` tagged inside <TEXT>; TIMEX3 tags already there are replaced."""
    cleaned = strip_timex3(raw)
    match = _TEXT_ELEMENT.search(cleaned)
    if match is None:
        raise MarkupError("no <TEXT> element")
    tagged = insert_timex3(match.group(1), annotations)
    return cleaned[: match.start(1)] + tagged + cleaned[match.end(1):]
