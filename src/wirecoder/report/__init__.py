"""The story report: one self-contained HTML file (brief, timeline,
escalation per actor pair, quotes, numbers, conflicts, map), every item
linked to the sentence it came from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .gather import ReportData, ReportError, gather, open_store
from .render import render_report

__all__ = ["build_report", "write_report", "gather", "render_report", "ReportData", "ReportError"]


def build_report(db_path: str | Path, story_id: int | None = None,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> tuple[str, ReportData]:
    """The report's HTML and the data it shows, for a database or one story."""
    with open_store(str(db_path)) as store:
        data = gather(store, story_id, progress=progress)
    return render_report(data), data


def write_report(db_path: str | Path, out: str | Path, story_id: int | None = None,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> ReportData:
    html, data = build_report(db_path, story_id, progress)
    Path(out).write_text(html, encoding="utf-8")
    return data
