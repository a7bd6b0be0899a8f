"""Bytes to text for every reader: BOMs, UTF-8 with a windows-1252 fallback, and
a clear refusal of what is not text at all."""

from __future__ import annotations

import codecs
import re

from generator.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of files people drop into articles/ by mistake.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)


def sniff_binary(raw: bytes) -> str | None:
    """Name the kind of a file that is clearly not text, or None."""
    for magic, what in _SIGNATURES:
        if raw.startswith(magic):
            return what
    return None


def decode(path: str, raw: bytes) -> str:
    """Decode a source file's bytes; raise ReadError naming the file if it is not text."""
    if not raw.strip():
        raise ReadError(path, "empty file")
    what = sniff_binary(raw)
    if what:
        raise ReadError(path, f"not an article: the file is {what}")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(path, raw[len(bom) :].decode(encoding))
            except UnicodeDecodeError as err:
                raise ReadError(
                    path, f"invalid {encoding} after its byte-order mark: {err.reason}"
                ) from None
    if b"\x00" in raw[:4096]:
        raise ReadError(path, "not an article: binary data (NUL bytes and no byte-order mark)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_windows_1252(raw)
    return _checked(path, text)


def decode_windows_1252(raw: bytes) -> str:
    """Windows-1252 is what legacy 'latin-1' text almost always is. The five bytes it
    leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are strays in such text and become
    U+FFFD, where a reviewer sees that something was lost. Reading the whole file as
    ISO-8859-1 instead made them, and every curly quote and dash, C1 control
    characters: a short article with one stray byte was refused as binary."""
    return raw.decode("cp1252", errors="replace")


# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
BINARY_SHARE = 0.01  # of the sample's characters: text this full of controls is binary data
# As many as that are strays, however short the file: a line break Word exported as
# 0x0B, a DOS end-of-file 0x1A. Binary data has controls throughout.
STRAY_CONTROLS = 3


def _checked(path: str, text: str) -> str:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls > STRAY_CONTROLS and controls / len(sample) > BINARY_SHARE:
        raise ReadError(path, "not an article: too many control characters (binary data?)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
