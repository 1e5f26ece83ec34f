"""Plain text: the first non-blank line is the headline, the rest the body.

The article's text is the whole file, headline included, exactly as pasted
(see ../shared/seeds): the headline is part of what later stages code.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..records import IngestProblem, RawArticle
from .decode import decode_text, looks_binary
from .files import read_document
from .limits import MAX_TEXT_FILE_BYTES, too_long_message


def first_line(text: str) -> str:
    """The first non-blank line, stripped: the headline of a pasted article."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def article_from_bytes(data: bytes, source: str) -> RawArticle | IngestProblem:
    if looks_binary(data[:8192]):
        return IngestProblem(source, "binary data (not text); skipped")
    text, warnings = decode_text(data)
    if not text.strip():
        return IngestProblem(source, "empty file")
    too_long = too_long_message(len(text))
    if too_long:
        return IngestProblem(source, too_long)
    return RawArticle(text=text, title=first_line(text), source=source, warnings=warnings)


def read_text_file(path: Path, source: str) -> Iterator[RawArticle | IngestProblem]:
    data = read_document(path, source, MAX_TEXT_FILE_BYTES)
    yield data if isinstance(data, IngestProblem) else article_from_bytes(data, source)
