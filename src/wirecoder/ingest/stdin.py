"""Standard input: one plain-text article, or JSON Lines when it starts with "{".

Read as bytes when the stream has them (so invalid UTF-8 is reported like in a
file), and streamed: JSON Lines on stdin may be any length.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..records import IngestProblem, RawArticle
from .jsonl import read_jsonl_stream
from .limits import MAX_TEXT_FILE_BYTES, too_large_message
from .plaintext import article_from_bytes

STDIN_NAME = "<stdin>"
_CHUNK = 1 << 16


class _ChunkReader(io.RawIOBase):
    """A binary stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterable[bytes]):
        self._chunks = iter(chunks)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _byte_chunks(stream: TextIO) -> Iterator[bytes]:
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        read = getattr(binary, "read1", binary.read)  # read1: do not wait for a full chunk
        yield from iter(lambda: read(_CHUNK), b"")
    else:  # a text-only stream (io.StringIO): already decoded
        for text in iter(lambda: stream.read(_CHUNK), ""):
            yield text.encode("utf-8", errors="replace")


def read_stdin(stream: TextIO) -> Iterator[RawArticle | IngestProblem]:
    chunks = _byte_chunks(stream)
    prefix = b""
    for chunk in chunks:  # up to the first non-blank byte
        prefix += chunk
        if prefix.lstrip(b"\xef\xbb\xbf \t\r\n"):
            break
    start = prefix.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        yield IngestProblem(STDIN_NAME, "empty input")
        return
    if start.startswith(b"{"):
        yield from read_jsonl_stream(io.BufferedReader(_ChunkReader(_chain(prefix, chunks))), STDIN_NAME)
        return
    parts, size = [prefix], len(prefix)
    for chunk in chunks:
        parts.append(chunk)
        size += len(chunk)
        if size > MAX_TEXT_FILE_BYTES:
            # Count the rest without keeping it: the message gives the real
            # size, and the writer at the other end of the pipe is not cut off.
            size += sum(len(chunk) for chunk in chunks)
            yield IngestProblem(STDIN_NAME, too_large_message(size, MAX_TEXT_FILE_BYTES, "input"))
            return
    yield article_from_bytes(b"".join(parts), STDIN_NAME)


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest
