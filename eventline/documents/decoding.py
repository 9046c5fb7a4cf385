"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy Windows-1252.

A legacy file almost never contains valid UTF-8 multi-byte sequences, so bytes that are mostly UTF-8 but
broken somewhere are reported as undecodable instead of being silently read as Windows-1252 mojibake.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# Control characters that never occur in text (tab, newlines, form feed are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01


class DecodingError(ValueError):
    """The bytes are not text this reader can decode; the message is a one-line reason."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def decode_bytes(data: bytes) -> DecodedText:
    if not data.strip():
        raise DecodingError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_strict(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16"), "utf-16")
    if b"\x00" in data:
        raise DecodingError("binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            raise DecodingError(f"invalid UTF-8 at byte {exc.start}") from None
    try:
        return _checked(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError as exc:
        raise DecodingError(f"undecodable byte 0x{data[exc.start]:02x} at {exc.start}") from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(f"invalid {encoding} at byte {exc.start}") from None


def _checked(text: str, encoding: str) -> DecodedText:
    if not text.strip():
        raise DecodingError("empty file")
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_RATIO * len(text):
        raise DecodingError(f"binary file ({controls} control characters)")
    return DecodedText(text, encoding)
