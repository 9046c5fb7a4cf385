import codecs

import pytest

from eventline.documents.decoding import DecodingError, decode_bytes

GERMAN = "Größere Übungen in Köln: Anfang März, sagte der Minister."


def test_utf8_is_read_as_utf8():
    assert decode_bytes(GERMAN.encode("utf-8")) == decode_bytes(GERMAN.encode("utf-8"))
    assert decode_bytes(GERMAN.encode("utf-8")).text == GERMAN


def test_a_utf8_byte_order_mark_is_removed():
    decoded = decode_bytes(codecs.BOM_UTF8 + GERMAN.encode("utf-8"))
    assert decoded.text == GERMAN
    assert decoded.encoding == "utf-8-sig"


def test_utf16_with_byte_order_mark_is_read():
    assert decode_bytes(GERMAN.encode("utf-16")).text == GERMAN


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_windows_and_latin1_files_keep_their_umlauts(encoding):
    decoded = decode_bytes(GERMAN.encode(encoding))
    assert decoded.text == GERMAN
    assert decoded.encoding == "cp1252"


def test_cp1252_quotes_and_euro_sign_are_read_correctly():
    text = "„Das kostet 5 €“, sagte sie – ein Beispiel."
    assert decode_bytes(text.encode("cp1252")).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Grüße".encode("utf-8") + b" und \xff\xfe kaputt", "invalid UTF-8"),
        (b"Daten " + bytes(range(0xB0, 0xC0)) * 4 + b" Ende", "no legacy encoding gives plausible text"),
        (bytes(range(1, 32)) * 10, "binary"),
    ],
)
def test_unreadable_bytes_give_a_one_line_reason(data, reason):
    with pytest.raises(DecodingError, match=reason) as info:
        decode_bytes(data)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("encoding", ["mac_roman", "cp850"])
def test_mac_roman_and_dos_files_are_recognized_not_read_as_windows_mojibake(encoding):
    text = "Die Bürger in Köln äußerten im März große Sorgen über Öl und Übungen."
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == encoding


def test_mac_roman_typographic_quotes_are_read_as_quotes():
    text = "„Im März“, sagte sie – und ging."
    assert decode_bytes(text.encode("mac_roman")).text == text


def test_a_windows_file_with_symbols_stays_windows_1252():
    text = "Köln, ±5 °C und 3 m² Fläche, § 4"
    assert decode_bytes(text.encode("cp1252")).encoding == "cp1252"


def test_a_byte_no_windows_code_page_defines_is_read_in_a_code_page_that_has_it():
    assert decode_bytes(b"Text mit \x81berall").text == "Text mit überall"
