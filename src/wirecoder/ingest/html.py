"""HTML pages: main text and metadata (title, date, outlet, url) via trafilatura.

trafilatura works offline on the page we give it. Its date search is limited
to the page's metadata and markup (``extensive_search`` off): the free-text
search would take the first date in the article ("talks on March 4, 2025")
for the publication date, which is exactly the confusion we must avoid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..records import IngestProblem, RawArticle
from .files import read_document
from .limits import MAX_HTML_FILE_BYTES, too_long_message

_DATE_SEARCH = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_LINE_BREAKS = re.compile(r"\n+")


def _field(document: object, name: str) -> str:
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return str(value).strip() if value else ""


def article_from_html(page: bytes | str, source: str, url: str = "") -> RawArticle | IngestProblem:
    """One article from one HTML page; a problem when the page has no text."""
    import trafilatura  # slow to import: only when there is HTML to read

    try:
        document = trafilatura.bare_extraction(
            page,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_SEARCH,
        )
    except Exception as error:  # trafilatura/lxml on arbitrary bytes
        return IngestProblem(source, f"could not read the HTML: {error}")
    body = _field(document, "text") if document is not None else ""
    if not body:
        return IngestProblem(source, "no article text found in the HTML page")
    title = _field(document, "title")
    # trafilatura puts one paragraph a line; later stages split paragraphs on
    # blank lines, as in plain-text articles.
    paragraphs = [line.strip() for line in _LINE_BREAKS.split(body) if line.strip()]
    if title and paragraphs and paragraphs[0] != title:
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs)
    too_long = too_long_message(len(text))
    if too_long:
        return IngestProblem(source, too_long)
    return RawArticle(
        text=text,
        title=title or (paragraphs[0] if paragraphs else ""),
        outlet=_field(document, "sitename") or _field(document, "hostname"),
        url=_field(document, "url") or url,
        published=_field(document, "date") or None,
        source=source,
    )


def read_html_file(path: Path, source: str) -> Iterator[RawArticle | IngestProblem]:
    data = read_document(path, source, MAX_HTML_FILE_BYTES)
    yield data if isinstance(data, IngestProblem) else article_from_html(data, source)
