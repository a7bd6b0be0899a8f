"""Bytes of a saved web page (or feed) to text, without mojibake.

Order, most reliable first: a byte-order mark; bytes that are valid UTF-8 (a page a
browser re-saved as UTF-8 keeps its old `<meta charset>`, and legacy bytes are
almost never valid UTF-8 by accident); the charset the page declares (meta
charset, http-equiv or XML declaration; a byte windows-1252 leaves undefined is a
stray, not a wrong label); statistical detection; windows-1252.
"""

from __future__ import annotations

import codecs

from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from generator.errors import ReadError
from generator.readers.encoding import decode, decode_windows_1252, sniff_binary

# Labels that browsers (WHATWG Encoding) read as windows-1252: pages labelled latin-1
# routinely use the curly quotes and dashes only windows-1252 has.
_AS_CP1252 = frozenset({"iso8859-1", "ascii", "latin-1"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECLARATION_WINDOW = 4096


def decode_markup(path: str, raw: bytes, *, is_html: bool = True) -> str:
    """Decode HTML or XML bytes; raise ReadError naming the file if it is not text."""
    if not raw.strip():
        raise ReadError(path, "empty file")
    if what := sniff_binary(raw):
        raise ReadError(path, f"not an article: the file is {what}")
    if raw.startswith(_BOMS) or _is_utf8(raw):
        return decode(path, raw).lstrip("\ufeff")
    declared = _declared(raw, is_html)
    if declared == "cp1252":
        # Windows-1252 maps all but five bytes, so a strict decode that fails shows a
        # stray byte, not a wrong label: detection then guessed another charset for the
        # whole page (windows-1256 for one 0x81). The stray becomes U+FFFD, as in text.
        return _normalized(decode_windows_1252(raw))
    if declared:
        try:
            return _normalized(raw.decode(declared))
        except UnicodeDecodeError:
            pass  # the declaration is wrong; detect instead
    if b"\x00" not in raw[:_DECLARATION_WINDOW]:
        best = from_bytes(raw).best()
        if best is not None and best.encoding:
            return _normalized(str(best))
    return decode(path, raw)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _declared(raw: bytes, is_html: bool) -> str | None:
    label = EncodingDetector.find_declared_encoding(raw[:_DECLARATION_WINDOW], is_html=is_html)
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _AS_CP1252:
        return "cp1252"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return None  # a UTF-16 page without a BOM is not what the label says
    return name


def _normalized(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
