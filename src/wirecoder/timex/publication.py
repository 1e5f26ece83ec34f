"""Estimating when an article was published from its own text.

News dates its events: full dates ("January 31, 2025"), dates without a year
("announced on January 31") and weekdays ("said Friday"). The latest date
the text reports as past is the earliest the article can have been written,
and a weekday named for that date says the article came out within days.
Dates in a future context ("will be levied on February 1") are left out.
A file's modification time is never used: it says when the file was copied.
"""

from __future__ import annotations

import datetime as dt
import re

from .finder import find_time_expressions

_FUTURE_CONTEXT = re.compile(
    r"\b(?:will|'ll|shall|would|scheduled|expected|plans?|planned|until|starting|effective|"
    r"beginning|ending|next|upcoming|deadline|due(?!\s+to)|matur\w*|expir\w*|through|till)\b",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_CONTEXT_CHARS = 60
_NEAR_DAYS = 45
_HEADER_CHARS = 120


def _in_future_context(text: str, start: int) -> bool:
    sentence_start = max(0, text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _CONTEXT_CHARS)
    return bool(_FUTURE_CONTEXT.search(text[sentence_start:start]))


def estimate_publication_date(text: str) -> tuple[str | None, str]:
    """(ISO date or None, a note saying how it was estimated and how sure).

    The evidence accepted is a date of the latest year the text dates fully
    ("January 31, 2025", "December 2024") whose weekday the text also names
    ("said Friday", "Friday, Jan. 31"): the article appeared that day or
    within days. A date without that support is only a lower bound (history
    is full of dates: "signed on April 4, 1949"), so no estimate is made from
    it; bare years ("in 2023") never date the article. A full date at the
    start of the first line (a dateline or byline) is taken as it is.
    """
    if not text or not text.strip():
        return None, "no text to estimate the publication date from"
    found = find_time_expressions(text, None, None)
    first_break = text.find("\n")
    header_end = min(_HEADER_CHARS, first_break if first_break >= 0 else len(text))
    for f in found:
        # a full date in the first line is the dateline or byline
        if f.end <= header_end and _FULL_DATE.match(f.value) and not _in_future_context(text, f.start):
            return f.value, f"taken from {f.text!r} at the top of the text (dateline or byline); ±1 day"
    full, month_days, dated_years, weekdays = [], [], [], set()
    for f in found:
        if _in_future_context(text, f.start):
            continue
        if m := _FULL_DATE.match(f.value):
            full.append((dt.date(int(m[1]), int(m[2]), int(m[3])), f))
            dated_years.append(int(m[1]))
        elif m := _MONTH_DAY.match(f.value):
            month_days.append((int(m[1]), int(m[2]), f))
        elif m := _MONTH.match(f.value):
            dated_years.append(int(m[1]))
        elif m := _WEEKDAY.match(f.value):
            weekdays.add(int(m[1]))
    if not dated_years:
        note = "no publication date: the text dates nothing with a year"
        if month_days:
            note += f" (dates without one, e.g. {month_days[0][2].text!r})"
        return None, note
    year = max(dated_years)
    dated = [(d, f) for d, f in full if d.year == year]
    # A date without a year is taken to be of that year only near a full
    # date of it: "Aug. 2" beside "August 1988" is history, not the news
    full_of_year = [d for d, _ in dated]
    for month, day, f in month_days:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if any(abs((date - d).days) <= _NEAR_DAYS for d in full_of_year):
            dated.append((date, f))
    if not dated:
        return None, f"no publication date: no day of {year}, the latest year the text dates, is given"

    def weekday_named(date: dt.date, f) -> bool:
        return date.isoweekday() in weekdays or f.text.split(",")[0].strip() == _WEEKDAY_NAMES[date.isoweekday() - 1]

    supported = [(d, f) for d, f in dated if weekday_named(d, f)]
    if not supported:
        latest, evidence = max(dated, key=lambda x: x[0])
        return None, (
            f"no publication date: the latest date given, {evidence.text!r} ({latest.isoformat()}), "
            "is only a lower bound (no weekday reference names it)"
        )
    latest, evidence = max(supported, key=lambda x: x[0])
    weekday = _WEEKDAY_NAMES[latest.isoweekday() - 1]
    return latest.isoformat(), (
        f"estimated from {evidence.text!r} and the text's weekday references ({weekday} is that day); ±3 days"
    )
