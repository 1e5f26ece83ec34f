"""The one error a gold-data reader raises: it names the file and, where it
can, the line or record, so that a malformed file is found at once."""

from __future__ import annotations

from pathlib import Path


class GoldDataError(ValueError):
    """Malformed or missing gold data."""

    def __init__(self, path: str | Path, message: str, line: int | None = None, record: str | None = None):
        self.path = str(path)
        self.message = message
        self.line = line
        self.record = record
        where = self.path
        if line is not None:
            where += f":{line}"
        if record is not None:
            where += f" ({record})"
        super().__init__(f"{where}: {message}")
