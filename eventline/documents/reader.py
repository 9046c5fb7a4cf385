"""Read article files into `Document` records.

Formats: .txt/.md (one article per file), .jsonl/.json (records with `text`, optional `title`,
`published`, `url`, `id`). The publication date comes, in this order, from metadata (a sidecar
`<file>.meta.json` or the record's `published`), a dateline in the text, the caller's default, or nowhere.
A file's modification time is never a publication date. Unreadable input becomes an error record with a
one-line reason so that one bad file never stops a run.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from eventline.documents.decoding import DecodingError, decode_bytes
from eventline.documents.header import parse_header
from eventline.documents.language import mark_language
from schemas import DctSource, Document, DocumentStatus

DEFAULT_PATTERNS: tuple[str, ...] = ("**/*.txt", "**/*.md", "**/*.jsonl", "**/*.json")
SIDECAR_SUFFIX = ".meta.json"
MAX_FILE_BYTES = 20 * 1024 * 1024
_RECORD_FORMATS = {".jsonl", ".json"}


class RecordError(ValueError):
    """A record or sidecar with unusable content; the message is a one-line reason."""


def discover_files(root: Path, patterns: Sequence[str] = DEFAULT_PATTERNS) -> list[Path]:
    """Article files under `root`, sorted; sidecars and hidden paths are left out.

    Entries that are not directories are kept even when they cannot be read (a dangling link, a file
    without permission), so that they are reported instead of silently missing.
    """
    found: set[Path] = set()
    for pattern in patterns:
        for path in root.glob(pattern):
            relative = path.relative_to(root)
            if path.is_dir() or path.name.endswith(SIDECAR_SUFFIX):
                continue
            if any(part.startswith(".") for part in relative.parts):
                continue
            found.add(path)
    return sorted(found)


def read_path(
    path: Path,
    root: Path,
    default_published: date | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[Document]:
    """All documents in one file (one for text files, one per record for JSON)."""
    doc_id = path.relative_to(root).as_posix()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DecodingError(f"file too large ({size / 2**20:.1f} MiB > {max_bytes / 2**20:.0f} MiB limit)")
        data = path.read_bytes()
        metadata = _read_sidecar(path)
        if path.suffix.lower() in _RECORD_FORMATS:
            return list(_read_records(data, doc_id, metadata, default_published))
        text = decode_bytes(data).text
    except (OSError, DecodingError, RecordError) as exc:
        return [error_document(doc_id, doc_id, _reason(exc))]
    return [_document(doc_id, doc_id, text, metadata, default_published)]


def error_document(doc_id: str, path: str, reason: str, sha256: str = "") -> Document:
    return Document(
        doc_id=doc_id, path=path, text="", sha256=sha256, status=DocumentStatus.ERROR, error=reason
    )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _document(
    doc_id: str, path: str, text: str, metadata: Mapping[str, Any], default_published: date | None
) -> Document:
    header = parse_header(text)
    published, source = _publication_date(metadata, header.dateline, default_published)
    title = metadata.get("title") or header.title
    return mark_language(Document(
        doc_id=doc_id,
        path=path,
        text=text,
        sha256=content_hash(text),
        title=str(title).strip() if title else None,
        published=published,
        dct_source=source,
        body_start=header.body_start,
    ))


def _publication_date(
    metadata: Mapping[str, Any], dateline: date | None, default: date | None
) -> tuple[date | None, DctSource]:
    if (value := metadata.get("published")) is not None:
        return _parse_published(value), DctSource.METADATA
    if dateline is not None:
        return dateline, DctSource.DATELINE
    if default is not None:
        return default, DctSource.DEFAULT
    return None, DctSource.NONE


def _parse_published(value: Any) -> date:
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise RecordError(f"published is not an ISO date: {value!r}") from None


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        content = json.loads(decode_bytes(sidecar.read_bytes()).text)
    except (json.JSONDecodeError, DecodingError) as exc:
        raise RecordError(f"unreadable sidecar {sidecar.name}: {_reason(exc)}") from None
    if not isinstance(content, dict):
        raise RecordError(f"sidecar {sidecar.name} is not a JSON object")
    return content


def _read_records(
    data: bytes, doc_id: str, metadata: Mapping[str, Any], default_published: date | None
) -> Iterator[Document]:
    text = decode_bytes(data).text
    if doc_id.lower().endswith(".jsonl"):
        records = _jsonl_records(text)
    else:
        records = _json_records(text)
    for number, record in records:
        if isinstance(record, Exception):
            yield error_document(f"{doc_id}#{number}", doc_id, _reason(record))
            continue
        record_id = f"{doc_id}#{record.get('id', number)}"
        try:
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise RecordError("record has no text")
            yield _document(record_id, doc_id, body, {**metadata, **_record_metadata(record)}, default_published)
        except RecordError as exc:
            yield error_document(record_id, doc_id, _reason(exc))


def _record_metadata(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in ("title", "published") if record.get(key) not in (None, "")}


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, Any] | Exception]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, RecordError(f"malformed JSON on line {number}: {exc.msg}")
            continue
        yield number, record if isinstance(record, dict) else RecordError(f"line {number} is not an object")


def _json_records(text: str) -> Iterator[tuple[int, dict[str, Any] | Exception]]:
    try:
        content = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"malformed JSON: {exc.msg} at line {exc.lineno}") from None
    items = content if isinstance(content, list) else [content]
    for number, record in enumerate(items, start=1):
        yield number, record if isinstance(record, dict) else RecordError(f"item {number} is not an object")


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"cannot read file: {exc.strerror or exc}"
    return str(exc).splitlines()[0]
