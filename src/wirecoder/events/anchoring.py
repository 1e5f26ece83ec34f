"""Date and place of an event, from the time and place stages when they ran.

Date: ``wirecoder.timex.time_for_span`` if the time stage offers it; else the
calendar date nearest to the trigger in the same sentence; else the article's
publication date, flagged ``date_precision="publication"`` (it is when the
event was reported, not when it happened). Place: a resolved place of the same
clause that is not itself the source or target ("tariffs on Mexico" is not an
event in Mexico).
"""

from __future__ import annotations

import re

from ..records import Extraction

CALENDAR_VALUE = re.compile(r"^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$")


def _time_for_span():
    try:
        from ..timex import time_for_span  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return None
    return time_for_span


def precision_of(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if "-W" in value:
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    return "year"


def event_date(extraction: Extraction, sentence: int, start: int, end: int,
               clause: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """(date, date_precision) for a trigger at [start, end) in a sentence."""
    if clause is not None:
        # A date inside the trigger's own clause wins: "Leavitt said Friday
        # that a tariff will be levied on February 1" -> February 1.
        inside = [
            t for t in extraction.times
            if clause[0] <= t.start and t.end <= clause[1] and t.type in ("DATE", "TIME")
            and CALENDAR_VALUE.match((t.value or "")[:10])
        ]
        if inside:
            best = min(inside, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
            value = best.value[:10]
            return value, precision_of(value)
    finder = _time_for_span()
    if finder is not None:
        try:
            found = finder(extraction, start, end)
        except Exception:  # noqa: BLE001 - a helper stage's bug must not lose the event
            found = None
        if found is not None:
            value = getattr(found, "value", found)
            if isinstance(value, str) and CALENDAR_VALUE.match(value):
                return value, precision_of(value)
    candidates = [
        t for t in extraction.times
        if t.sentence == sentence and t.type == "DATE" and CALENDAR_VALUE.match(t.value or "")
    ]
    if clause is not None:
        inside = [t for t in candidates if clause[0] <= t.start and t.end <= clause[1]]
        candidates = inside or candidates
    if candidates:
        best = min(candidates, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
        return best.value, precision_of(best.value)
    published = extraction.article.published
    if published:
        return published, "publication"
    return None, ""


def event_place(extraction: Extraction, sentence: int, clause: tuple[int, int],
                argument_spans: list[tuple[int, int]]) -> int | None:
    """Index into ``extraction.places`` of the clause's place, if any."""
    best = None
    for index, place in enumerate(extraction.places):
        if place.sentence != sentence and not (clause[0] <= place.start < clause[1]):
            continue
        if not (clause[0] <= place.start and place.end <= clause[1]):
            continue
        if any(s < place.end and place.start < e for s, e in argument_spans):
            continue
        if best is None or (place.resolved and not extraction.places[best].resolved):
            best = index
    return best
