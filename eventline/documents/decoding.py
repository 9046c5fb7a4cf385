"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy 8-bit encoding.

A legacy file almost never contains valid UTF-8 multi-byte sequences, so bytes that are mostly UTF-8 but
broken somewhere are reported as undecodable instead of being silently read as Windows-1252 mojibake.

Legacy bytes can be read by any 8-bit code page, so the candidates (Windows-1252, Mac Roman, DOS 850) are
each decoded and scored for plausible German: umlauts and typographic quotes count for a decoding, symbols
and non-letters inside words ("MŠrz", "M„rz") against it. The best one wins, Windows-1252 on ties, and
`DecodedText.encoding` says which was used (stored as `documents.encoding`).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# Control characters that never occur in text (tab, newlines, form feed are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
# In preference order: a tie goes to the most common legacy encoding.
LEGACY_ENCODINGS = ("cp1252", "mac_roman", "cp850")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_GERMAN_LETTERS = frozenset("äöüÄÖÜß")
_TYPOGRAPHY = frozenset("„“”‚‘’–—…€«»‹›°§·")
# More implausible than plausible characters, and more than this share of the text: not text at all.
_MAX_IMPLAUSIBLE_RATIO = 0.01


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
    return _checked(*_best_legacy_decoding(data))


def _best_legacy_decoding(data: bytes) -> tuple[str, str]:
    scored: list[tuple[int, int, str, str]] = []
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((german_plausibility(text), -rank, text, encoding))
    score, _, text, encoding = max(scored)  # mac_roman and cp850 decode every byte: never empty
    implausible = sum(1 for _ in _NON_ASCII.finditer(text)) if score < 0 else 0
    if implausible > _MAX_IMPLAUSIBLE_RATIO * len(text):
        raise DecodingError(f"no legacy encoding gives plausible text (best: {encoding}, score {score})")
    return text, encoding


def german_plausibility(text: str) -> int:
    """How much the non-ASCII characters look like German text (higher is more plausible)."""
    score = 0
    for match in _NON_ASCII.finditer(text):
        char, at = match.group(), match.start()
        inside_word = 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
        if char in _GERMAN_LETTERS:
            score += 2
        elif inside_word and not char.isalpha():
            score -= 2
        elif char in _TYPOGRAPHY:
            score += 1
        elif not ("\u00c0" <= char <= "\u00ff" and char.isalpha()):
            score -= 2
    return score


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
