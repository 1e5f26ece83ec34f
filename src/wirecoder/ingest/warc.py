"""WARC / WARC.gz web archives (warcio): one article per HTML or text record.

Only successful (2xx) HTTP responses with an HTML or plain-text payload, and
``resource``/``conversion`` records holding HTML or text, are articles; the
rest of a crawl (requests, metadata, redirects, images, scripts) is skipped
without a word. The WARC-Date is when the page was *crawled*, not when it was
published, so it is not used as the publication date.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..records import IngestProblem, RawArticle
from .decode import decode_text
from .html import article_from_html
from .limits import MAX_WARC_RECORD_BYTES, too_large_message, too_long_message
from .plaintext import first_line

_ARTICLE_RECORD_TYPES = {"response", "resource", "conversion"}


def _payload_kind(record) -> str | None:
    """"html", "text" or None (not an article) for one WARC record."""
    if record.rec_type not in _ARTICLE_RECORD_TYPES:
        return None
    if record.rec_type == "response":
        if record.http_headers is None:  # dns: and other non-HTTP responses
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.content_type or ""
    content_type = content_type.lower()
    if "html" in content_type:
        return "html"
    if content_type.startswith("text/plain"):
        return "text"
    return None


def _article_from_record(record, source: str, number: int) -> RawArticle | IngestProblem | None:
    kind = _payload_kind(record)
    if kind is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"record {number}" + (f" ({uri})" if uri else "")
    if record.length is None:  # headers cut off: a truncated .warc.gz member
        return IngestProblem(source, f"{where}: damaged or truncated record (no Content-Length)")
    payload = record.content_stream().read(MAX_WARC_RECORD_BYTES + 1)
    if len(payload) > MAX_WARC_RECORD_BYTES:
        too_large = too_large_message(len(payload), MAX_WARC_RECORD_BYTES, "record", at_least=True)
        return IngestProblem(source, f"{where}: {too_large}")
    missing = getattr(record.raw_stream, "limit", 0) or 0  # bytes the record announced but did not hold
    if missing > 0:
        return IngestProblem(source, f"{where}: truncated record ({missing:,} bytes missing)")
    if not payload.strip():
        return IngestProblem(source, f"{where}: no article text (empty payload)")
    record_source = f"{source}#{number}"
    if kind == "html":
        article = article_from_html(payload, record_source, url=uri)
        if isinstance(article, IngestProblem):
            return IngestProblem(source, f"{where}: {article.message}")
        return article
    text, warnings = decode_text(payload)
    too_long = too_long_message(len(text))
    if too_long:
        return IngestProblem(source, f"{where}: {too_long}")
    return RawArticle(text=text, title=first_line(text), url=uri, source=record_source, warnings=warnings)


def _starts_like_warc(handle) -> bool:
    """warcio also reads the old ARC format and takes any five-word line for an
    ARC header, so a text file named .warc would pass: check the WARC magic."""
    head = handle.read(2)
    handle.seek(0)
    if head == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=handle) as unzipped:
            head = unzipped.read(5)
        handle.seek(0)
    else:
        head = handle.read(5)
        handle.seek(0)
    return head == b"WARC/"


def read_warc_file(path: Path, source: str) -> Iterator[RawArticle | IngestProblem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with open(path, "rb") as handle:
            if not _starts_like_warc(handle):
                empty = handle.read(1) == b""
                yield IngestProblem(source, "empty file" if empty else "not a WARC file (no WARC/1.x header)")
                return
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                result = _article_from_record(record, source, number)
                if result is not None:
                    yield result
    except FileNotFoundError:
        yield IngestProblem(source, "no such file")
        return
    except ArchiveLoadFailed as error:
        where = f"after record {number}" if number else "at its start"
        yield IngestProblem(source, f"not a readable WARC file ({where}): {str(error).strip()[:160]}")
        return
    except (OSError, EOFError, zlib.error, ValueError) as error:
        where = f"after record {number}" if number else "at its start"
        yield IngestProblem(source, f"damaged WARC file ({where}): {str(error)[:160]}")
        return
    if number == 0:
        yield IngestProblem(source, "empty WARC file (no records)")
