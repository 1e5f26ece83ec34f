"""JSON Lines: one article a line, ``{"text": ..., "title": ..., "url": ...,
"outlet": ..., "published": ...}``.

Read one line at a time (a file of any size streams), and a bad line is a
problem naming its line number while the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import IngestProblem, RawArticle
from .dates import iso_date
from .decode import decode_text, looks_binary
from .limits import MAX_JSONL_LINE_BYTES, megabytes, too_long_message
from .plaintext import first_line

# Field names, preferred first: other tools export "body" or "date".
_TEXT_FIELDS = ("text", "body", "content")
_DATE_FIELDS = ("published", "date", "published_at")
_OUTLET_FIELDS = ("outlet", "sitename", "site")


def _first(record: dict, names: tuple[str, ...]) -> object:
    return next((record[name] for name in names if record.get(name) not in (None, "")), None)


def _as_str(value: object) -> str:
    return "" if value is None else str(value).strip()


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def article_from_line(line: bytes, source: str, number: int) -> list[RawArticle | IngestProblem]:
    """The article of one line (and a problem for a bad date), or the problem
    that stops the line."""
    text, warnings = decode_text(line)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return [IngestProblem(source, f"not valid JSON: {error.msg} (column {error.colno})", number)]
    if not isinstance(record, dict):
        return [IngestProblem(source, f"not a JSON object but {type(record).__name__}", number)]
    body = _first(record, _TEXT_FIELDS)
    if not isinstance(body, str) or not body.strip():
        return [IngestProblem(source, 'no article text (a non-empty "text" field)', number)]
    too_long = too_long_message(len(body))
    if too_long:
        return [IngestProblem(source, too_long, number)]
    results: list[RawArticle | IngestProblem] = []
    try:
        published = iso_date(_first(record, _DATE_FIELDS))
    except ValueError as error:
        published = None
        warnings.append(f"{error}; publication date ignored")
        results.append(IngestProblem(source, str(error), number))
    results.insert(
        0,
        RawArticle(
            text=body,
            title=_as_str(record.get("title")) or first_line(body),
            outlet=_as_str(_first(record, _OUTLET_FIELDS)),
            url=_as_str(record.get("url")),
            published=published,
            source=f"{source}:{number}",
            warnings=warnings,
        ),
    )
    return results


def read_jsonl_stream(stream: BinaryIO, source: str) -> Iterator[RawArticle | IngestProblem]:
    number = 0
    found_any = False
    while True:
        line = stream.readline(MAX_JSONL_LINE_BYTES + 1)
        if not line:
            break
        number += 1
        if number == 1 and looks_binary(line[:8192]):
            yield IngestProblem(source, "binary file (not JSON Lines text); skipped")
            return
        if len(line) > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            found_any = True
            yield IngestProblem(
                source,
                f"line too long (more than {megabytes(MAX_JSONL_LINE_BYTES)}); split the article",
                number,
            )
            continue
        if not line.strip():
            continue
        found_any = True
        yield from article_from_line(line, source, number)
    if not found_any:
        yield IngestProblem(source, "empty file (no JSON lines)")


def read_jsonl_file(path: Path, source: str) -> Iterator[RawArticle | IngestProblem]:
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        yield IngestProblem(source, "no such file")
        return
    except OSError as error:
        yield IngestProblem(source, f"cannot read: {error.strerror or error}")
        return
    with handle:
        try:
            yield from read_jsonl_stream(handle, source)
        except OSError as error:
            yield IngestProblem(source, f"read failed: {error.strerror or error}")
