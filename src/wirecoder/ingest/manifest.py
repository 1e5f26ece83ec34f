"""A manifest: metadata per file (title, outlet, url, publication date).

CSV with a header ``file,published,outlet,url[,title]``, or JSON: a list of
objects with the same keys (or ``{"articles": [...]}``, or an object mapping
file names to objects). A row's ``file`` is matched against each input file by
its path relative to the manifest's folder, else by its base name. A row
naming a file that does not exist (and matched no input) is reported, with
its line, once all inputs are read.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..records import IngestProblem
from .dates import iso_date

FIELDS = ("title", "outlet", "url", "published")


@dataclass
class ManifestEntry:
    file: str
    line: int | None  # CSV line; None for JSON (see `where`)
    where: str  # "" for CSV (the line says where), "entry 3: " for JSON
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None
    used: bool = False


def _key(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).as_posix().removeprefix("./")


class Manifest:
    def __init__(self, path: Path, entries: list[ManifestEntry], problems: list[IngestProblem]):
        self.path = path
        self.folder = path.parent
        self.entries = entries
        self.problems = problems  # found while loading; the caller reports them
        self._by_relative = {}
        self._by_basename = {}
        for entry in entries:
            self._by_relative.setdefault(_key(entry.file), entry)
            self._by_basename.setdefault(PurePosixPath(_key(entry.file)).name, entry)

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path, [], [IngestProblem(str(path), "manifest not found; read without it")])
        except OSError as error:
            return cls(path, [], [IngestProblem(str(path), f"cannot read the manifest: {error.strerror or error}")])
        text = raw.decode("utf-8-sig", errors="replace")
        if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
            rows, problems = _json_rows(path, text)
        else:
            rows, problems = _csv_rows(path, text)
        entries = []
        for line, where, row in rows:
            entry = _entry(path, line, where, row, problems)
            if entry is not None:
                entries.append(entry)
        return cls(path, entries, problems)

    def entry_for(self, file: Path) -> ManifestEntry | None:
        """The row describing an input file, if any."""
        entry = None
        try:
            relative = file.resolve().relative_to(self.folder.resolve()).as_posix()
            entry = self._by_relative.get(relative)
        except ValueError:  # not under the manifest's folder
            pass
        entry = entry or self._by_basename.get(file.name)
        if entry is not None:
            entry.used = True
        return entry

    def is_itself(self, file: Path) -> bool:
        try:
            return file.resolve() == self.path.resolve()
        except OSError:
            return False

    def missing_files(self) -> list[IngestProblem]:
        """Rows naming a file that no input matched and that does not exist."""
        return [
            IngestProblem(str(self.path), f"{entry.where}names {entry.file!r}, which does not exist", entry.line)
            for entry in self.entries
            if not entry.used and not (self.folder / entry.file).exists()
        ]


Row = tuple[int | None, str, dict]


def _csv_rows(path: Path, text: str) -> tuple[list[Row], list[IngestProblem]]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in [name.strip().lower() for name in reader.fieldnames]:
        return [], [IngestProblem(str(path), 'manifest has no "file" column; read without it', 1)]
    rows = []
    for row in reader:
        line = reader.line_num
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if any(clean.values()):
            rows.append((line, "", clean))
    return rows, []


def _json_rows(path: Path, text: str) -> tuple[list[Row], list[IngestProblem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [IngestProblem(str(path), f"manifest is not valid JSON: {error.msg}; read without it", error.lineno)]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    elif isinstance(data, dict):
        data = [{"file": name, **(value if isinstance(value, dict) else {})} for name, value in data.items()]
    if not isinstance(data, list):
        return [], [IngestProblem(str(path), "manifest JSON must be a list of objects; read without it")]
    rows: list[Row] = []
    problems = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            problems.append(IngestProblem(str(path), f"entry {number}: not an object"))
            continue
        rows.append((None, f"entry {number}: ", {str(k).lower(): v for k, v in item.items()}))
    return rows, problems


def _entry(path: Path, line: int | None, where: str, row: dict, problems: list) -> ManifestEntry | None:
    file = str(row.get("file") or "").strip()
    if not file:
        problems.append(IngestProblem(str(path), f'{where}no "file" value; row ignored', line))
        return None
    try:
        published = iso_date(row.get("published"))
    except ValueError as error:
        problems.append(IngestProblem(str(path), f"{where}{error}; date ignored", line))
        published = None
    values = {name: str(row.get(name) or "").strip() for name in ("title", "outlet", "url")}
    return ManifestEntry(file=file, line=line, where=where, published=published, **values)
