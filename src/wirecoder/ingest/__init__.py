"""Ingestion: files, folders and stdin in, ``RawArticle`` records out.

``read_inputs`` streams: it yields each article (or the problem that stopped
one input) as soon as it is read, so a folder of any size is never held in
memory, and one bad file, line or record never stops the batch. Formats, one
module each: plain text (``.txt``), HTML (``.html``/``.htm``), JSON Lines
(``.jsonl``), WARC (``.warc``/``.warc.gz``); "-" is stdin.

Metadata, strongest first: a non-empty manifest value; what the file itself
says (HTML metadata, JSON fields); for the publication date only, the
``published`` argument (the CLI's ``--published``) for articles without one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from ..records import IngestProblem, RawArticle
from .dates import iso_date
from .files import FORMATS, format_of, walk_folder
from .html import read_html_file
from .jsonl import read_jsonl_file
from .limits import MAX_ARTICLE_CHARS
from .manifest import FIELDS, Manifest, ManifestEntry
from .plaintext import first_line, read_text_file
from .stdin import read_stdin
from .warc import read_warc_file

__all__ = ["read_inputs", "MAX_ARTICLE_CHARS", "IngestProblem", "RawArticle", "Manifest"]

Item = RawArticle | IngestProblem
Reader = Callable[[Path, str], Iterator[Item]]

_READERS: dict[str, Reader] = {
    "text": read_text_file,
    "html": read_html_file,
    "jsonl": read_jsonl_file,
    "warc": read_warc_file,
}
# Formats holding one article per file: every manifest field applies. In a
# JSONL or WARC file (many articles) a manifest row only fills in the outlet
# and date where an article has none.
_SINGLE_DOCUMENT = {"text", "html"}


def read_inputs(
    paths: Iterable[str | Path],
    manifest: str | Path | None = None,
    published: str | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Item]:
    """Yield one ``RawArticle`` per article read and one ``IngestProblem`` per
    input (file, line, record, manifest row) that could not be read.

    A bad ``published`` value raises ValueError at once: it is a usage error,
    not a property of one input.
    """
    default_date = iso_date(published)
    loaded = Manifest.load(manifest) if manifest is not None else None
    return _read_all(list(paths), loaded, default_date, stdin)


def _read_all(paths: list, manifest: Manifest | None, default_date: str | None, stdin: TextIO | None) -> Iterator[Item]:
    if manifest is not None:
        yield from manifest.problems
    seen: set[Path] = set()
    for given in paths:
        if str(given) == "-":
            import sys

            for item in read_stdin(stdin if stdin is not None else sys.stdin):
                yield _complete(item, None, True, default_date)
            continue
        path = Path(given)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as error:
            yield IngestProblem(str(path), f"cannot read: {error.strerror or error}")
            continue
        if is_dir:
            found = False
            for file in walk_folder(path):
                if manifest is not None and manifest.is_itself(file):
                    continue
                found = True
                yield from _read_file(file, manifest, default_date, seen)
            if not found:
                kinds = ", ".join(ending for ending, _ in FORMATS)
                yield IngestProblem(str(path), f"no articles in this folder (no {kinds} files)")
        elif not exists:
            yield IngestProblem(str(path), "no such file or folder")
        elif format_of(path) is None:
            kinds = ", ".join(ending for ending, _ in FORMATS)
            yield IngestProblem(str(path), f"unknown file type (expected one of {kinds})")
        else:
            yield from _read_file(path, manifest, default_date, seen)
    if manifest is not None:
        yield from manifest.missing_files()


def _read_file(path: Path, manifest: Manifest | None, default_date: str | None, seen: set[Path]) -> Iterator[Item]:
    try:
        identity = path.resolve()
    except OSError:
        identity = path
    if identity in seen:  # named twice (a file and its folder): read once
        return
    seen.add(identity)
    kind = format_of(path)
    entry = manifest.entry_for(path) if manifest is not None else None
    for item in _READERS[kind](path, str(path)):
        yield _complete(item, entry, kind in _SINGLE_DOCUMENT, default_date)


def _complete(item: Item, entry: ManifestEntry | None, single_document: bool, default_date: str | None) -> Item:
    """Apply manifest values and the default date; make sure there is a title."""
    if isinstance(item, IngestProblem):
        return item
    if entry is not None:
        for name in FIELDS:
            value = getattr(entry, name)
            if value and (single_document or (name in ("outlet", "published") and not getattr(item, name))):
                setattr(item, name, value)
    if not item.published and default_date:
        item.published = default_date
    if not item.title:
        item.title = first_line(item.text)
    return item
