"""Finding input files and reading one small document safely."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..records import IngestProblem
from .decode import SNIFF_BYTES, looks_binary
from .limits import too_large_message

# File name endings we read (".gz" alone is not one of them).
FORMATS: list[tuple[str, str]] = [
    (".txt", "text"),
    (".text", "text"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".warc", "warc"),
    (".warc.gz", "warc"),
]
# Files in a folder that describe the folder rather than being articles.
SKIPPED_IN_FOLDERS = {"readme.md", "readme.txt", "readme", "manifest.csv", "manifest.json"}


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    return next((kind for ending, kind in FORMATS if name.endswith(ending)), None)


def walk_folder(folder: Path) -> Iterator[Path]:
    """Readable files under a folder, recursively, in sorted order, one at a
    time (a huge folder is never listed whole). Hidden files and folders,
    README and manifest files and files of unknown type are skipped."""
    seen_dirs: set[tuple[int, int]] = set()

    def walk(directory: Path) -> Iterator[Path]:
        try:
            stat = directory.stat()
        except OSError:
            return
        if (stat.st_dev, stat.st_ino) in seen_dirs:  # symlink loop
            return
        seen_dirs.add((stat.st_dev, stat.st_ino))
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = directory / entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                yield from walk(path)
            elif entry.name.lower() not in SKIPPED_IN_FOLDERS and format_of(path):
                yield path

    yield from walk(folder)


def read_document(path: Path, source: str, limit: int) -> bytes | IngestProblem:
    """The bytes of a single-document file, or the problem that stops us:
    missing, unreadable, empty, too large (checked before reading) or binary."""
    try:
        size = path.stat().st_size
        if size > limit:
            return IngestProblem(source, too_large_message(size, limit))
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
            if looks_binary(head):
                return IngestProblem(source, "binary file (not text); skipped")
            # Read at most one byte past the limit: a file growing while we
            # read it is still refused without loading it.
            data = head + handle.read(limit + 1 - len(head))
    except FileNotFoundError:
        return IngestProblem(source, "no such file")
    except PermissionError:
        return IngestProblem(source, "cannot read: permission denied")
    except OSError as error:
        return IngestProblem(source, f"cannot read: {error.strerror or error}")
    if len(data) > limit:
        return IngestProblem(source, too_large_message(len(data), limit, at_least=True))
    if not data.strip():
        return IngestProblem(source, "empty file")
    return data
