"""Calendar arithmetic for TIMEX3 values: weeks, quarters, seasons, holidays,
and choosing the year of a date written without one."""

from __future__ import annotations

import calendar
import datetime as dt

from .lexicon import Holiday

PAST, PRESENT, FUTURE = "past", "present", "future"
# What the parse tells of a clause in the past perfect: read as PAST, and no
# cue word ("until Friday") may turn it to the future.
PAST_PERFECT = "past perfect"


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date of an ISO string (YYYY-MM-DD, extra time ignored), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def shifted_value(day: dt.date, unit: str, steps: int) -> str | None:
    """The value of the day, week, month or year ``steps`` units from ``day``
    ("next month", "three weeks ago", "the following day"); None for other units."""
    if unit == "day":
        return day_value(day + dt.timedelta(days=steps))
    if unit == "week":
        return week_value(day + dt.timedelta(weeks=steps))
    if unit == "month":
        return month_value(*shift_month(day.year, day.month, steps))
    if unit == "year":
        return f"{day.year + steps:04d}"
    return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_near(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The date of an ISO weekday (Monday=1) near the anchor.

    direction: "past" (on or before the anchor), "future" (on or after),
    "before" (strictly before), "after" (strictly after).
    """
    delta = (weekday - anchor.isoweekday()) % 7
    if direction == "future":
        return anchor + dt.timedelta(days=delta)
    if direction == "after":
        return anchor + dt.timedelta(days=delta or 7)
    back = (anchor.isoweekday() - weekday) % 7
    if direction == "before":
        back = back or 7
    return anchor - dt.timedelta(days=back)


def year_for(anchor: dt.date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (and day) written without one.

    Past tense: the latest such date not after the anchor, unless the date
    falls within the next three months this year (past-tense sentences
    announce dates ahead: "declared a dividend payable Dec. 15"); future
    tense: the earliest not before the anchor, unless it was within the last
    two months; otherwise the nearest.
    """
    day = 15 if day is None else day
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        date = safe_date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if date is not None:
            candidates.append((year, (date - anchor).days))
    if tense == PAST:
        fitting = [c for c in candidates if c[1] <= 90]
        if fitting:
            return max(fitting, key=lambda c: c[1])[0]
    elif tense == FUTURE:
        fitting = [c for c in candidates if c[1] >= -60]
        if fitting:
            return min(fitting, key=lambda c: c[1])[0]
    return min(candidates, key=lambda c: (abs(c[1]), c[0] != anchor.year))[0]


def month_year_for(anchor: dt.date, month: int, tense: str) -> int:
    """The year of a month named alone ("in April"), with the same leanings
    as ``year_for``: a past-tense sentence may name the next month, a
    future-tense one the last two."""
    ahead = (month - anchor.month) % 12  # months forward to the next such month
    behind = (anchor.month - month) % 12  # months back to the last one
    upcoming = anchor.year if month >= anchor.month else anchor.year + 1
    recent = anchor.year if month <= anchor.month else anchor.year - 1
    if tense == PAST:
        return upcoming if ahead <= 1 else recent
    if tense == FUTURE:
        return recent if behind <= 2 else upcoming
    return upcoming if ahead <= 6 and ahead < behind else recent


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth ISO weekday of a month (nth = -1: the last one)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        delta = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=delta + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    delta = (last.isoweekday() - weekday) % 7
    return last - dt.timedelta(days=delta + 7 * (-nth - 1))


def holiday_date(rule: Holiday, year: int) -> dt.date | None:
    if rule.easter_offset is not None:
        return easter(year) + dt.timedelta(days=rule.easter_offset)
    if rule.month is None:
        return None
    if rule.day is not None:
        date = safe_date(year, rule.month, rule.day)
    elif rule.after_first_monday:
        date = nth_weekday(year, rule.month, 1, 1) + dt.timedelta(days=1)
    elif rule.weekday is not None and rule.nth is not None:
        date = nth_weekday(year, rule.month, rule.weekday, rule.nth)
    else:
        return None
    return date + dt.timedelta(days=rule.offset) if date else None


def holiday_near(rule: Holiday, anchor: dt.date, tense: str) -> dt.date | None:
    """The occurrence of a holiday the text most likely means."""
    dates = [d for d in (holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
    if not dates:
        return None
    if tense == PAST:
        fitting = [d for d in dates if d <= anchor]
        if fitting:
            return max(fitting)
    if tense == FUTURE:
        fitting = [d for d in dates if d >= anchor]
        if fitting:
            return min(fitting)
    return min(dates, key=lambda d: abs((d - anchor).days))


def season_year(anchor: dt.date, season: str, relation: str, tense: str) -> int:
    """The year of a season: "last fall", "this summer", "next spring".

    A season occurrence is named by the year it starts in (winter 2024 runs
    from December 2024); "last" is the latest one before the current season,
    "next" the first after it, a bare season follows the tense.
    """
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    season_start = {12: 12, 1: 12, 2: 12}.get(anchor.month, (anchor.month // 3) * 3)
    current_start = dt.date(anchor.year - (1 if anchor.month < 3 else 0), season_start, 1)
    occurrences = [dt.date(y, start_month, 1) for y in range(anchor.year - 2, anchor.year + 3)]
    if relation == "last" or (relation == "" and tense == PAST):
        earlier = [o for o in occurrences if (o < current_start if relation == "last" else o <= current_start)]
        return max(earlier).year
    if relation == "next" or (relation == "" and tense == FUTURE):
        later = [o for o in occurrences if (o > current_start if relation == "next" else o >= current_start)]
        return min(later).year
    if season == "WI" and anchor.month < 3:
        return anchor.year - 1
    return anchor.year
