"""Which time expression governs a clause: the one the event coder uses as
the date of an event."""

from __future__ import annotations

import bisect

from ..records import Extraction, TimeExpression


def sentence_index(extraction: Extraction, offset: int) -> int:
    """The index of the sentence holding a character offset (-1 if none)."""
    starts = [s.start for s in extraction.sentences]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < extraction.sentences[i].end:
        return extraction.sentences[i].index
    return -1


def _rank(time: TimeExpression) -> int:
    """Dates and times with a calendar value first, then vague references
    ("recently", PRESENT_REF), then durations and sets."""
    if time.type in ("DATE", "TIME"):
        return 0 if time.value[:1].isdigit() else 1
    return 2


def time_for_span(extraction: Extraction, start: int, end: int) -> TimeExpression | None:
    """The time expression governing the clause of [start, end): in the same
    sentence, calendar dates before vague ones before durations, nearest to
    the span first. None when the sentence has no time expression."""
    sentence = sentence_index(extraction, start)
    if sentence < 0:
        return None
    same = [t for t in extraction.times if t.sentence == sentence]
    if not same:
        return None

    def distance(t: TimeExpression) -> int:
        if t.start < end and start < t.end:
            return 0
        return t.start - end if t.start >= end else start - t.end

    return min(same, key=lambda t: (_rank(t), distance(t), t.start))
