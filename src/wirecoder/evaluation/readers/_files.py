"""Small helpers shared by the readers: finding files and reading text."""

from __future__ import annotations

from pathlib import Path

from ..errors import GoldDataError


def require(path: Path) -> Path:
    if not path.exists():
        raise GoldDataError(path, "no such file or folder")
    return path


def read_text(path: Path) -> str:
    """The file's text, exactly (no newline translation: offsets count every character)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise GoldDataError(path, f"not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise GoldDataError(path, f"cannot read: {error.strerror or error}") from error


def find_files(path: Path, pattern: str, what: str) -> list[Path]:
    """``path`` itself when it is a file, else the files under it matching ``pattern``."""
    require(path)
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob(pattern) if p.is_file())
    if not files:
        raise GoldDataError(path, f"no {what} ({pattern}) in this folder")
    return files
