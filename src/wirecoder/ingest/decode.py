"""Bytes to text: refuse binary files, decode UTF-8 and say when it was not.

We never guess an 8-bit code page: a file that is not valid UTF-8 is decoded
with replacement characters and the article carries a warning saying where the
first bad byte was, so the user can fix the file instead of trusting garbage.
"""

from __future__ import annotations

import codecs

# Bytes that never appear in text (tab, newlines, form feed excluded).
_CONTROL_BYTES = frozenset(set(range(0, 9)) | {11} | set(range(14, 32)) | {127})
_BINARY_CONTROL_RATIO = 0.10
SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_binary(head: bytes) -> bool:
    """True when the first bytes of a file are not text: a NUL byte, or many
    control characters (images, archives, executables, PDFs)."""
    if not head or head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    return controls / len(head) > _BINARY_CONTROL_RATIO


def normalize_newlines(text: str) -> str:
    """Windows and old Mac line ends become "\\n", as Python's text mode does."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """(text, warnings). UTF-8 (with or without BOM) or UTF-16 with a BOM;
    anything else is decoded as UTF-8 with replacement, and a warning says so."""
    if data.startswith(_UTF16_BOMS):
        return normalize_newlines(data.decode("utf-16", errors="replace")), []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return normalize_newlines(data.decode("utf-8")), []
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
        warning = (
            f"invalid UTF-8 (first bad byte at offset {error.start}): decoded with "
            f"{replaced} replacement character{'s' if replaced != 1 else ''} (U+FFFD); "
            "some characters may be wrong"
        )
        return normalize_newlines(text), [warning]
