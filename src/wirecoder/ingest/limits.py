"""Size limits: what one article may weigh before we refuse to read it.

An article longer than a million characters is almost certainly not one news
article (a book, a log, a concatenated dump); coding it would take minutes and
its events would be noise. Files of single-document formats are checked by
size *before* reading, so a 50 MB file is refused without loading it.
"""

from __future__ import annotations

MAX_ARTICLE_CHARS = 1_000_000
_MB = 2**20
# A plain-text document: UTF-8 needs up to 4 bytes a character.
MAX_TEXT_FILE_BYTES = 4 * _MB
# An HTML page carries markup, scripts and styles around its text.
MAX_HTML_FILE_BYTES = 16 * _MB
# One JSON Lines line: JSON escapes (\uXXXX) take up to 6 bytes a character.
MAX_JSONL_LINE_BYTES = 6 * _MB
# One WARC record's payload (an HTML page or a text).
MAX_WARC_RECORD_BYTES = MAX_HTML_FILE_BYTES


def megabytes(n_bytes: int) -> str:
    return f"{n_bytes / _MB:.1f} MB"


def too_large_message(n_bytes: int, limit: int, what: str = "file", at_least: bool = False) -> str:
    size = ("more than " if at_least else "") + megabytes(n_bytes)
    return f"{what} too large ({size}; limit {megabytes(limit)}); split it into smaller files"


def too_long_message(n_chars: int) -> str | None:
    """A problem message when a text is longer than one article may be."""
    if n_chars <= MAX_ARTICLE_CHARS:
        return None
    return (
        f"article too long ({n_chars:,} characters; limit {MAX_ARTICLE_CHARS:,} per article); "
        "split it into smaller files"
    )
