"""Bytes that are not an article are refused with a message naming the file."""

from __future__ import annotations

import pytest

from generator.errors import ReadError
from generator.readers.encoding import decode


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"abc\x00\x01\x02def", "binary"),
        (bytes(range(1, 32)) * 40, "control characters"),
    ],
)
def test_refusals_name_the_file(raw: bytes, message: str) -> None:
    with pytest.raises(ReadError) as caught:
        decode("articles/bad.txt", raw)
    assert "articles/bad.txt" in str(caught.value)
    assert message in str(caught.value)


def test_cp1252_punctuation_is_decoded() -> None:
    assert decode("x", b"\x93Quoted\x94 \x96 caf\xe9") == "\u201cQuoted\u201d \u2013 caf\u00e9"


def test_bytes_undefined_in_cp1252_are_replaced_and_the_rest_stays_cp1252() -> None:
    text = decode("x", b"A\x81B \x93\xa3\x94" + b" and plain text" * 20)
    assert text.startswith("A\ufffdB \u201c\u00a3\u201d and")


def test_invalid_utf16_after_bom_is_refused() -> None:
    with pytest.raises(ReadError, match="utf-16"):
        decode("x", b"\xff\xfe\x00\xd8")
