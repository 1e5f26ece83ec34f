"""Where and when a statement was made, from the words attributing it."""

from __future__ import annotations

import re

from ..records import TimeExpression
from .lexicon import venue_patterns

_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")
_YEAR = re.compile(r"\b(?:in|during|since)\s+((?:19|20)\d\d)\b")


def find_venue(text: str) -> str:
    """The medium or occasion named in a cue clause ("on Truth Social" -> "Truth Social")."""
    for pattern in venue_patterns():
        m = pattern.search(text)
        if m:
            return re.sub(r"\s+", " ", m.group("venue")).strip()
    return ""


def statement_date(
    frame: tuple[int, int] | None, text: str, times: list[TimeExpression], published: str | None
) -> str | None:
    """The date the cue clause gives for the statement ("Trump pledged in 2023"),
    else the article's publication date."""
    if frame is not None:
        start, end = frame
        for time in times:
            if start <= time.start and time.end <= end and _CALENDAR_VALUE.match(time.value or ""):
                return time.value
        m = _YEAR.search(text[start:end])
        if m:
            return m.group(1)
    return published
