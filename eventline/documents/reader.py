"""Read article files into `Document` records.

Formats: .txt/.md (one article per file), .jsonl/.json (records with `text`, optional `title`,
`published`, `url`, `id`). The publication date comes, in this order, from metadata (a sidecar
`<file>.meta.json` or the record's `published`), a dateline in the text, the caller's default, or nowhere.
A file's modification time is never a publication date.

Every input the reader is given yields at least one record: unreadable input becomes an error record with
a one-line reason, whatever went wrong (the reader is its own per-document guard), so that one bad file
never stops a run.

Identity: `doc_id` is the file's path relative to the input folder, after the folder's label when one is
given (`inbox/2024/a.txt`); a JSON record adds `#` and its `id`, or, without one, the first 12 hex digits
of its text's SHA-256 (`feed.jsonl#3f2a9c0d1e2b`), so that inserting a line does not renumber the rest.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from eventline.documents.decoding import DecodingError, decode_bytes
from eventline.documents.discovery import DEFAULT_PATTERNS, SIDECAR_SUFFIX, discover_files, leaves_folder
from eventline.documents.header import parse_header
from eventline.documents.language import mark_language
from eventline.guard import one_line_reason
from schemas import DctSource, Document, DocumentStatus

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_SIDECAR_BYTES = 1024 * 1024
CONTENT_ID_CHARS = 12
# A file changed this recently whose content is broken is probably still being written.
SETTLING_SECONDS = 10.0
_RECORD_FORMATS = {".jsonl", ".json"}

__all__ = [
    "DEFAULT_PATTERNS", "MAX_FILE_BYTES", "content_hash", "discover_files", "document_id", "error_document",
    "read_path",
]


class RecordError(ValueError):
    """A record or sidecar with unusable content; the message is a one-line reason."""


class RefusedInput(RecordError):
    """Input that is never read whatever its content: a link out of the folder, a FIFO, a bad file name."""


class TransientReadError(OSError):
    """The file could not be reached this time (permissions, vanished, locked); its content may be fine."""


def document_id(path: Path, root: Path, label: str = "") -> str:
    """The path relative to `root` (after `label/`), with bytes that are not UTF-8 escaped as \\xNN."""
    relative = os.fsencode(path.relative_to(root).as_posix()).decode("utf-8", "backslashreplace")
    if path.is_dir():
        relative += "/"
    return f"{label}/{relative}" if label else relative


def read_path(
    path: Path,
    root: Path,
    default_published: date | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    *,
    label: str = "",
    follow_links: bool = False,
) -> list[Document]:
    """All documents in one file (one for text files, one per record for JSON); never raises."""
    try:
        doc_id = document_id(path, root, label)
    except Exception as exc:  # noqa: BLE001 - a path the walk gave us cannot be named: still a row
        doc_id = f"{label}/{path.name!a}" if label else ascii(path.name)
        return [error_document(doc_id, doc_id, one_line_reason(exc))]
    source = os.path.abspath(root)
    try:
        documents = _read(path, root, doc_id, default_published, max_bytes, follow_links)
    except TransientReadError as exc:
        documents = [error_document(doc_id, doc_id, f"cannot read file: {exc.strerror or exc}", transient=True)]
    except OSError as exc:
        documents = [error_document(doc_id, doc_id, f"cannot read file: {exc.strerror or one_line_reason(exc)}")]
    except (DecodingError, RecordError) as exc:
        if not isinstance(exc, RefusedInput) and _settling(path):
            reason = f"{_reason(exc)} (changed {SETTLING_SECONDS:.0f} s ago or less: still being written?)"
            documents = [error_document(doc_id, doc_id, reason, transient=True)]
        else:
            documents = [error_document(doc_id, doc_id, _reason(exc))]
    except Exception as exc:  # noqa: BLE001 - the reader's own guard: any bug stays inside this file
        documents = [error_document(doc_id, doc_id, f"reading failed: {one_line_reason(exc)}")]
    return [_with_source(document, source) for document in documents]


def error_document(
    doc_id: str, path: str, reason: str, sha256: str = "", *, transient: bool = False
) -> Document:
    return Document(
        doc_id=doc_id, path=path, text="", sha256=sha256, status=DocumentStatus.ERROR,
        error=reason, transient=transient,
    )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read(
    path: Path, root: Path, doc_id: str, default_published: date | None, max_bytes: int, follow_links: bool
) -> list[Document]:
    if path.is_dir():
        if path.is_symlink():
            raise RefusedInput("symbolic link to a folder outside the input folder: not followed (--follow-links)")
        raise TransientReadError(_unreadable_folder_errno(path), "cannot list folder (permission denied?)")
    if not _is_utf8(path.relative_to(root).as_posix()):
        raise RefusedInput("file name is not valid UTF-8: rename the file")
    if path.is_symlink() and leaves_folder(path, root) and not follow_links:
        raise RefusedInput("symbolic link to a file outside the input folder: not followed (--follow-links)")
    decoded = decode_bytes(_read_regular_file(path, max_bytes))
    metadata = _read_sidecar(path)
    if path.suffix.lower() in _RECORD_FORMATS:
        return list(_read_records(decoded.text, decoded.encoding, doc_id, metadata, default_published))
    return [_document(doc_id, doc_id, decoded.text, metadata, default_published, decoded.encoding)]


def _settling(path: Path) -> bool:
    """Whether the file changed in the last few seconds. The clock is read only to tell a file being
    written from a broken one; it never dates anything."""
    try:
        return path.is_file() and time.time() - path.stat().st_mtime < SETTLING_SECONDS
    except OSError:
        return False


def _unreadable_folder_errno(path: Path) -> int:
    try:
        os.scandir(path).close()
    except OSError as exc:
        return exc.errno or 13
    return 13


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; anything but a regular file (FIFO, socket, device) is refused without blocking."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except (PermissionError, FileNotFoundError) as exc:
        raise TransientReadError(exc.errno, exc.strerror) from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise RefusedInput(f"not a regular file ({_file_kind(info.st_mode)}): not read")
        if info.st_size > max_bytes:
            raise DecodingError(
                f"file too large ({info.st_size / 2**20:.1f} MiB > {max_bytes / 2**20:.0f} MiB limit)"
            )
        return handle.read(max_bytes + 1)


def _file_kind(mode: int) -> str:
    kinds = {stat.S_ISFIFO: "FIFO", stat.S_ISSOCK: "socket", stat.S_ISCHR: "device", stat.S_ISBLK: "device"}
    return next((name for test, name in kinds.items() if test(mode)), "special file")


def _with_source(document: Document, source: str) -> Document:
    return replace(document, source=source)


def _document(
    doc_id: str,
    path: str,
    text: str,
    metadata: Mapping[str, Any],
    default_published: date | None,
    encoding: str | None,
) -> Document:
    header = parse_header(text)
    published, source = _publication_date(metadata, header.stated_date, default_published)
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
        encoding=encoding,
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
        raise RecordError(f"published is not an ISO date: {_printable(repr(value))[:80]}") from None


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = _read_regular_file(sidecar, MAX_SIDECAR_BYTES)
        content = _loads(decode_bytes(data).text)
    except (RecordError, DecodingError) as exc:
        raise RecordError(f"unreadable sidecar {sidecar.name}: {_reason(exc)}") from None
    if not isinstance(content, dict):
        raise RecordError(f"sidecar {sidecar.name} is not a JSON object")
    _check_strings(content, "sidecar")
    return content


def _loads(text: str, where: str = "") -> Any:
    """json.loads whose every failure is a RecordError with a one-line reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        position = "" if where else f" at line {exc.lineno}"
        raise RecordError(f"malformed JSON{where}: {exc.msg}{position}") from None
    except RecursionError:
        raise RecordError(f"malformed JSON{where}: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more than 4,300 digits
        raise RecordError(f"malformed JSON{where}: {one_line_reason(exc)}") from None


def _read_records(
    text: str, encoding: str, doc_id: str, metadata: Mapping[str, Any], default_published: date | None
) -> Iterator[Document]:
    records = _jsonl_records(text) if doc_id.lower().endswith(".jsonl") else _json_records(text)
    seen: set[str] = set()
    any_record = False
    for label, record in records:
        any_record = True
        if isinstance(record, Exception):
            yield error_document(f"{doc_id}#{label}", doc_id, _reason(record))
            continue
        record_id = f"{doc_id}#{label}"
        try:
            _check_strings(record, "record")
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise RecordError("record has no text")
            record_id = f"{doc_id}#{_record_key(record, body)}"
            if record_id in seen:
                duplicate_id = f"{record_id}~{label}"
                yield error_document(duplicate_id, doc_id, f"duplicate record id in {label}: kept the first")
                continue
            seen.add(record_id)
            merged = {**metadata, **_record_metadata(record)}
            yield _document(record_id, doc_id, body, merged, default_published, encoding)
        except RecordError as exc:
            yield error_document(_printable(record_id), doc_id, _reason(exc))
    if not any_record:
        raise RecordError("no records in file")


def _record_key(record: Mapping[str, Any], body: str) -> str:
    value = record.get("id")
    if value is None or value == "":
        return content_hash(body)[:CONTENT_ID_CHARS]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RecordError(f"record id is not a string or number: {_printable(repr(value))[:80]}")
    key = str(value).strip()
    if not key or any(char in key for char in "\n\r\t"):
        raise RecordError("record id is empty or holds line breaks")
    return key


def _check_strings(record: Mapping[str, Any], what: str) -> None:
    """Refuse lone surrogates (from a broken `\\ud83d` escape): such text cannot be stored as UTF-8."""
    for key in ("id", "text", "title", "published", "url"):
        value = record.get(key)
        if isinstance(value, str) and _has_lone_surrogate(value):
            raise RecordError(f"{what} field {key!r} holds a lone surrogate escape (broken UTF-16 in the JSON)")


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _is_utf8(name: str) -> bool:
    """False for a file name whose bytes were not UTF-8 (Python keeps them as lone surrogates)."""
    return not _has_lone_surrogate(name)


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _record_metadata(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in ("title", "published") if record.get(key) not in (None, "")}


def _jsonl_records(text: str) -> Iterator[tuple[str, dict[str, Any] | Exception]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = _loads(line, where=f" on line {number}")
        except RecordError as exc:
            yield f"line{number}", exc
            continue
        yield f"line{number}", record if isinstance(record, dict) else RecordError(f"line {number} is not an object")


def _json_records(text: str) -> Iterator[tuple[str, dict[str, Any] | Exception]]:
    content = _loads(text)
    items = content if isinstance(content, list) else [content]
    for number, record in enumerate(items, start=1):
        yield f"item{number}", record if isinstance(record, dict) else RecordError(f"item {number} is not an object")


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"cannot read file: {exc.strerror or exc}"
    lines = str(exc).splitlines()
    return _printable(lines[0]) if lines else type(exc).__name__
