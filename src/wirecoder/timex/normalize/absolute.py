"""Dates given in full or in part: Jan. 31, 2025; March 4; May; 2023; fiscal
2024; the 1990s; the 20th century; 12/31/2026; nineteen ninety-six."""

from __future__ import annotations

import re

from .. import dates
from ..dates import FUTURE, PAST
from ..lexicon import lexicon
from ..numbers import parse_ordinal, spoken_year_number
from .context import Context, Normal, _g, _position_mod, _raw, _year



def full_date(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    month = lex.month_number(_raw(m, "month")) if not _g(m, "month").isdigit() else int(_g(m, "month"))
    day = parse_ordinal(_g(m, "day"))
    year_text = _g(m, "year")
    if month is None or day is None or not 1 <= day <= 31:
        return None
    if year_text:
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year < 50 else 1900
        date = dates.safe_date(year, month, day)
        return Normal("DATE", date.isoformat()) if date else None
    if ctx.anchor is None:
        return Normal("DATE", f"XXXX-{month:02d}-{day:02d}") if dates.safe_date(2000, month, day) else None
    weekday = lex.weekday_number(_raw(m, "wd")) if _g(m, "wd") else None
    if weekday:
        # "Friday, Jan. 31": the year whose Jan. 31 is a Friday, nearest first
        for year in sorted(range(ctx.anchor.year - 6, ctx.anchor.year + 7), key=lambda y: abs(y - ctx.anchor.year)):
            date = dates.safe_date(year, month, day)
            if date and date.isoweekday() == weekday:
                if abs(year - ctx.anchor.year) <= 1:
                    return Normal("DATE", date.isoformat())
                break
    year = dates.year_for(ctx.anchor, month, day, _date_tense(m, ctx))
    date = dates.safe_date(year, month, day)
    return Normal("DATE", date.isoformat()) if date else None


def _date_tense(m: re.Match, ctx: Context) -> str:
    """"last Oct. 23" is the one before the anchor, "next March 4" the one
    after; otherwise the clause's tense decides."""
    rel = _g(m, "rel")
    if rel in ("last", "this past"):
        return PAST
    if rel in ("next", "this coming"):
        return FUTURE
    return ctx.tense


def week_of_date(m: re.Match, ctx: Context) -> Normal | None:
    """"the week of March 6": the calendar week holding that day."""
    day = full_date(m, ctx)
    if day is None:
        return None
    date = dates.parse_iso_date(day.value)
    return Normal("DATE", dates.week_value(date) if date else "XXXX-WXX")


def month_year(m: re.Match, ctx: Context) -> Normal | None:
    month = lexicon().month_number(_raw(m, "month"))
    year = _year(_g(m, "year"))
    rel = _g(m, "rel")
    if month is None:
        return None
    if year is None:
        if ctx.anchor is None:
            return Normal("DATE", f"XXXX-{month:02d}", _position_mod(m))
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel.split()[0] if rel else "", 0)
    return Normal("DATE", dates.month_value(year, month), _position_mod(m))


def month_alone(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    name = _raw(m, "month")
    month = lex.month_number(name)
    rel = _g(m, "rel")
    pos = _g(m, "pos")
    if month is None:
        return None
    if name.rstrip(".") in {n.rstrip(".") for n in lex.ambiguous_months} and not (rel or pos):
        cue = ctx.before.rstrip().rsplit(" ", 1)[-1].lower() if ctx.before.strip() else ""
        if cue not in _MONTH_CUES:
            return None
    mod = _position_mod(m)
    if ctx.anchor is None:
        return Normal("DATE", f"XXXX-{month:02d}", mod)
    a = ctx.anchor
    if rel in ("last", "this past", "past"):
        # "last February" said in March is a year back: the month just gone
        # would be "last month"
        year = a.year if month < a.month - 1 else a.year - 1
    elif rel in ("next", "this coming", "coming"):
        year = a.year if month > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    else:
        year = dates.month_year_for(a, month, ctx.tense)
    return Normal("DATE", dates.month_value(year, month), mod)


_MONTH_CUES = {
    "in", "on", "by", "since", "until", "till", "through", "from", "to", "of", "during", "before",
    "after", "for", "between", "and", "or", "early", "late", "mid", "mid-", "last", "next", "this",
    "until", "starting", "beginning", "ending", "throughout", "around", "as", "late-", "early-",
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "each", "every",
}


def year_alone(m: re.Match, ctx: Context) -> Normal | None:
    year = _year(_g(m, "year"))
    if year is None:
        return None
    return Normal("DATE", f"{year:04d}", _position_mod(m))


def fiscal_year(m: re.Match, ctx: Context) -> Normal | None:
    text = _g(m, "year")
    year = int(text) if len(text) == 4 else 2000 + int(text) if int(text) < 50 else 1900 + int(text)
    return Normal("DATE", f"{year:04d}", _position_mod(m))


def decade(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    digits = _g(m, "dec")
    if digits:
        return Normal("DATE", digits[:3], _position_mod(m))
    short = _g(m, "dec2")
    word = _g(m, "dword")
    tens = int(short) if short else lex.decade_words.get(word)
    if tens is None:
        return None
    century = "19"
    if ctx.anchor is not None and short and tens * 10 <= ctx.anchor.year % 100 and tens < 3:
        century = "20"  # "the '10s" written in the 2020s
    return Normal("DATE", f"{century}{tens}", _position_mod(m))


def century(m: re.Match, ctx: Context) -> Normal | None:
    number = parse_ordinal(_g(m, "ord"))
    if not number or number > 21:
        return None
    return Normal("DATE", f"{number - 1:02d}", _position_mod(m))


def iso_date(m: re.Match, ctx: Context) -> Normal | None:
    date = dates.safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return Normal("DATE", date.isoformat()) if date else None


def numeric_date(m: re.Match, ctx: Context) -> Normal | None:
    """US style 1/31/2025 (month first, as US news writes it)."""
    year = int(m.group("year"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    date = dates.safe_date(year, int(m.group("month")), int(m.group("day")))
    return Normal("DATE", date.isoformat()) if date else None




def spoken_year(m: re.Match, ctx: Context) -> Normal | None:
    """Broadcast transcripts: "nineteen ninety-six", "two thousand and one"."""
    century = _g(m, "century")
    if not _g(m, "rest"):
        return Normal("DATE", "2000") if century.startswith("two thousand") else None
    year = spoken_year_number(f"{century} {_g(m, 'rest')}")
    return Normal("DATE", f"{year:04d}") if year else None
