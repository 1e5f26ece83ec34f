"""The reference date of a narrative: "that year", "the following month"
count from the date the text named last, not from the publication date
("He was promoted in May 1995, and the following year he was posted
abroad": 1996)."""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from .lexicon import lexicon
from .normalize.anaphora import value_from

# A value precise enough to count from, and how precise it is.
_GRANULARITY = [
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)"), "day"),
    (re.compile(r"(\d{4})-(\d\d)(?!\d|-W)"), "month"),
    (re.compile(r"(\d{4})(?![\d-])"), "year"),
]
_NEEDS = {"day": {"day"}, "week": {"day"}, "month": {"day", "month"}, "year": {"day", "month", "year"}}


def reference_of(value: str) -> tuple[dt.date, str] | None:
    """The date a DATE or TIME value names (its first day when coarser) and
    its granularity, or None for weeks, quarters, references and the like."""
    for pattern, granularity in _GRANULARITY:
        m = pattern.match(value)
        if m:
            parts = [int(g) for g in m.groups()] + [1, 1]  # a month or year counts from its first day
            date = dates.safe_date(*parts[:3])
            return (date, granularity) if date else None
    return None


def count_from_reference(step: tuple[str, int], last_named: tuple[dt.date, str] | None, fallback: str) -> str:
    """The value of an expression ``step`` = (unit, steps) from the date named
    last; ``fallback`` (the anchor's reading) when none is precise enough."""
    unit, steps = step
    if last_named is None:
        return fallback
    date, granularity = last_named
    unit_of_day = "day" if lexicon().parts_of_day.get(unit) else unit  # "the next morning" counts in days
    if granularity in _NEEDS.get(unit_of_day, set()):
        return value_from(date, unit, steps)
    if steps == 0:
        return _known_part(date, granularity, unit_of_day)  # "last October ... that same day": 1998-10-XX
    return fallback


def _known_part(date: dt.date, granularity: str, unit: str) -> str:
    """The same unit inside a coarser date: what is known of it, the rest X."""
    if unit == "week":
        return f"{date.year:04d}-WXX"
    if granularity == "month":
        return f"{date.year:04d}-{date.month:02d}-XX"
    return f"{date.year:04d}-XX" + ("-XX" if unit == "day" else "")
