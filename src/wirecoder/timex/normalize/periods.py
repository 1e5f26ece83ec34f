"""Periods named relative to the anchor or the calendar: last week, this
month, the third quarter, the weekend, last fall, Christmas, year-end."""

from __future__ import annotations

import datetime as dt
import re

from .. import dates
from ..dates import FUTURE, PAST, PRESENT
from ..lexicon import lexicon
from ..numbers import parse_ordinal
from .context import Context, Normal, _QUARTER_CONTEXT, _g, _position_mod, _previous_quarter, _raw, _year


_LAST = {"last", "the last", "the past", "past", "the previous", "previous", "this past", "the prior", "prior"}
_NEXT = {"next", "the next", "the coming", "coming", "the following", "following", "this coming"}
_THIS = {"this", "the current", "current", "the", "", "the full", "the entire", "the whole"}


def _shift_for(rel: str) -> int | None:
    if rel in _LAST:
        return -1
    if rel in _NEXT:
        return 1
    if rel in _THIS:
        return 0
    return None


# "the year ended Sept. 30", "the year before", "throughout the year": a
# stretch of time, not the calendar year the text is in ("for the year",
# "the first nine months of the year").
_STRETCH_AFTER = re.compile(r"\s+(?:ended|ending|before|earlier|after|later|following)\b", re.I)
_STRETCH_BEFORE = re.compile(r"\b(?:throughout|within)\s*$", re.I)


def _names_a_stretch(ctx: Context) -> bool:
    return bool(_STRETCH_AFTER.match(ctx.after) or _STRETCH_BEFORE.search(ctx.before))


def relative_period(m: re.Match, ctx: Context) -> Normal | None:
    """this/last/next week, month, year, quarter, decade, century."""
    rel = _g(m, "rel")
    unit = _g(m, "unit").replace("fiscal ", "")
    shift = _shift_for(rel)
    if shift is None:
        return None
    mod = _position_mod(m)
    if rel == "the" and not mod and unit in ("year", "month", "week") and _names_a_stretch(ctx):
        return Normal("DURATION", {"year": "P1Y", "month": "P1M", "week": "P1W"}[unit])
    a = ctx.anchor
    if a is None:
        blank = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}.get(unit, "XXXX")
        return Normal("DATE", blank, mod)
    if unit in ("week", "month", "year"):
        return Normal("DATE", dates.shifted_value(a, unit, shift), mod)
    if unit == "quarter":
        year, quarter = dates.shift_quarter(a.year, dates.quarter_of(a.month), shift)
        return Normal("DATE", f"{year:04d}-Q{quarter}", mod)
    if unit == "decade":
        return Normal("DATE", f"{a.year // 10 + shift:03d}", mod)
    if unit == "century":
        return Normal("DATE", f"{a.year // 100 + shift:02d}", mod)
    return None


def weekend(m: re.Match, ctx: Context) -> Normal | None:
    rel = _g(m, "rel")
    a = ctx.anchor
    if a is None:
        return Normal("DATE", "XXXX-WXX-WE")
    if rel in _NEXT:
        saturday = dates.weekday_near(a, 6, "after")
    elif rel in _LAST:
        saturday = dates.weekday_near(a, 6, "before")
        if (a - saturday).days < 2:  # on a Sunday, "last weekend" is the one before
            saturday -= dt.timedelta(days=7)
    else:
        direction = "future" if ctx.tense in (FUTURE, PRESENT) and a.isoweekday() < 6 else "past"
        saturday = dates.weekday_near(a, 6, direction)
    return Normal("DATE", dates.week_value(saturday) + "-WE")


def quarter(m: re.Match, ctx: Context) -> Normal | None:
    q = parse_ordinal(_g(m, "q") or _g(m, "qn"))
    if not q or not 1 <= q <= 4:
        return None
    det = _g(m, "det")
    year = _year(_g(m, "year1") or _g(m, "year2") or _g(m, "year3") or _g(m, "year"))
    if year is None:
        a = ctx.anchor
        if a is None:
            return Normal("DATE", f"XXXX-Q{q}")
        if "last year" in det or "year-earlier" in det or "year-ago" in det:
            year = a.year - 1
        elif "next year" in det:
            year = a.year + 1
        else:
            current = dates.quarter_of(a.month)
            if ctx.tense == PAST or q <= current:
                year = a.year if q <= current else a.year - 1
            else:
                year = a.year
    return Normal("DATE", f"{year:04d}-Q{q}")


def relative_quarter(m: re.Match, ctx: Context) -> Normal | None:
    """"the quarter", "the latest quarter": in earnings news, the one just
    reported (the last completed quarter)."""
    rel = _g(m, "rel")
    a = ctx.anchor
    if a is None:
        return Normal("DATE", "XXXX-QX")
    current = (a.year, dates.quarter_of(a.month))
    if rel in ("current", "this"):
        year, q = current
    elif rel in ("next", "coming"):
        year, q = dates.shift_quarter(*current, 1)
    elif rel in ("year-ago", "year-earlier", "comparable", "year-before"):
        year, q = _previous_quarter(a)
        year -= 1
    else:  # the, latest, past, previous, last, recent, same
        year, q = _previous_quarter(a)
    return Normal("DATE", f"{year:04d}-Q{q}")


def year_earlier(m: re.Match, ctx: Context) -> Normal | None:
    """"year-earlier", "year-ago": the same period a year before."""
    a = ctx.anchor
    if a is None:
        return Normal("DATE", "XXXX")
    if ctx.earnings or _QUARTER_CONTEXT.search(ctx.sentence):
        year, q = _previous_quarter(a)
        return Normal("DATE", f"{year - 1:04d}-Q{q}")
    return Normal("DATE", f"{a.year - 1:04d}")


def year_period(m: re.Match, ctx: Context) -> Normal | None:
    """"the 1988 quarter", "the 1989 period": in earnings news, the quarter
    being reported, in that year."""
    year = int(m.group("year"))
    q = parse_ordinal(_g(m, "q"))
    if q:
        return Normal("DATE", f"{year:04d}-Q{q}")
    if ctx.anchor is None or not ctx.earnings:
        return Normal("DATE", f"{year:04d}")
    return Normal("DATE", f"{year:04d}-Q{_previous_quarter(ctx.anchor)[1]}")


# "the last half of 1989", "the first two quarters of 1990"
_HALF_WORDS = {"last": 2, "latter": 2}


def half_year(m: re.Match, ctx: Context) -> Normal | None:
    word = _g(m, "h") or _g(m, "h2")
    h = _HALF_WORDS.get(word) or parse_ordinal(word)
    if h not in (1, 2):
        return None
    year = _year(_g(m, "year"))
    rel = _g(m, "rel")
    if year is None:
        if ctx.anchor is None:
            return Normal("DATE", f"XXXX-H{h}")
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    return Normal("DATE", f"{year:04d}-H{h}")


def season(m: re.Match, ctx: Context) -> Normal | None:
    code = lexicon().seasons.get(_g(m, "season"))
    if code is None:
        return None
    rel = _g(m, "rel")
    year = _year(_g(m, "year"))
    mod = _position_mod(m)
    if not (rel or year or mod):
        # "to fall", "spring water": a bare season needs a preposition
        cue = ctx.before.rstrip().rsplit(" ", 1)[-1].lower() if ctx.before.strip() else ""
        if cue not in _SEASON_CUES:
            return None
    if rel in ("the", "that") and re.match(r"\s+of\b", ctx.after) and not year:
        return None  # "the fall of the regime"
    if year is None:
        if ctx.anchor is None:
            return Normal("DATE", f"XXXX-{code}", mod)
        relation = "last" if rel in ("last", "this past") else "next" if rel in ("next", "this coming") else "this" if rel == "this" else ""
        year = dates.season_year(ctx.anchor, code, relation, ctx.tense)
    return Normal("DATE", f"{year:04d}-{code}", mod)


_SEASON_CUES = {"in", "during", "by", "until", "since", "through", "throughout", "over", "for", "before", "after"}


def holiday(m: re.Match, ctx: Context) -> Normal | None:
    rule = lexicon().holidays.get(_raw(m, "hol").replace("’", "'"))
    if rule is None:
        return None
    year = _year(_g(m, "year"))
    rel = _g(m, "rel")
    if year is not None:
        date = dates.holiday_date(rule, year)
    elif ctx.anchor is None:
        if rule.month and rule.day:
            return Normal("DATE", f"XXXX-{rule.month:02d}-{rule.day:02d}")
        return Normal("DATE", "XXXX-XX-XX")
    else:
        tense = PAST if rel in _LAST else FUTURE if rel in _NEXT else ctx.tense
        date = dates.holiday_near(rule, ctx.anchor, tense)
    return Normal("DATE", date.isoformat()) if date else None




def year_end(m: re.Match, ctx: Context) -> Normal | None:
    """"year-end", "the end of the year": the current year, mod END."""
    if ctx.anchor is None:
        return Normal("DATE", "XXXX", "END")
    return Normal("DATE", f"{ctx.anchor.year:04d}", "END")
