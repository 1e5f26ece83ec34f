"""Weekdays, days and times of day: Monday, yesterday, this morning, 3 p.m."""

from __future__ import annotations

import datetime as dt
import re

from .. import dates
from ..lexicon import lexicon
from ..numbers import parse_ordinal
from .absolute import full_date
from .context import Context, Normal, _g, _position_mod, _raw, _tense_direction



def weekday(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    number = lex.weekday_number(_raw(m, "wd"))
    if number is None:
        return None
    rel = _g(m, "rel")
    part = lex.parts_of_day.get(_g(m, "part"), "")
    mod = _position_mod(m) if _g(m, "pos") else ""
    if ctx.anchor is None:
        return Normal("DATE", f"XXXX-WXX-{number}" + (f"T{part}" if part else ""), mod)
    if rel in ("last", "this past", "past", "the previous", "previous"):
        date = dates.weekday_near(ctx.anchor, number, "before")
    elif rel in ("next", "this coming", "coming", "the following", "following"):
        date = dates.weekday_near(ctx.anchor, number, "after")
    elif re.search(r"['’]s$", m.group(0).rstrip()):
        date = dates.weekday_near(ctx.anchor, number, "past")  # "Monday's firefight": a report of it
    else:
        date = dates.weekday_near(ctx.anchor, number, _tense_direction(ctx.tense))
    if part:
        return Normal("TIME", f"{date.isoformat()}T{part}", mod)
    return Normal("DATE", date.isoformat(), mod)


def weekday_set(m: re.Match, ctx: Context) -> Normal | None:
    number = lexicon().weekday_number(_raw(m, "wd"))
    return Normal("SET", f"XXXX-WXX-{number}") if number else None


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def relative_day(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    word = _g(m, "rd")
    part_word = _g(m, "part")
    part = lex.parts_of_day.get(part_word, "")
    if word == "tonight":
        part = "NI"
    if word in ("this", "last"):
        offset = -1 if word == "last" else 0
        if word == "last" and part not in ("NI", "EV"):
            return None  # "last morning" is not an expression
    elif word == "the day before yesterday":
        offset = -2
    elif word == "the day after tomorrow":
        offset = 2
    else:
        offset = _RELATIVE_DAYS.get(word)
        if offset is None:
            return None
    if word in ("today", "tomorrow") and not part and re.search(r"['’]s\s*$", m.group(0)):
        return None  # "today's youth", "tomorrow's leaders": the present age, not a day
    mod = _position_mod(m)
    if ctx.anchor is None:
        return Normal("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), mod)
    day = ctx.anchor + dt.timedelta(days=offset)
    if part and word != "tonight":
        return Normal("TIME", f"{day.isoformat()}T{part}", mod)
    return Normal("DATE", day.isoformat(), mod)


def clock_time(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    word = _g(m, "clock")
    if word:
        hhmm = lex.clock_words.get(word)
        if hhmm is None:
            return None
        hour, minute = (int(x) for x in hhmm.split(":"))
    else:
        hour = int(m.group("h"))
        minute = int(m.group("min")) if _g(m, "min") else 0
        ampm = _g(m, "ampm").replace(".", "").replace(" ", "")
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    day = None
    if ctx.anchor is not None:
        wd = lex.weekday_number(_raw(m, "wd")) if _g(m, "wd") else None
        month_name = _raw(m, "month") or _raw(m, "month2")
        month = lex.month_number(month_name) if month_name else None
        rd = _g(m, "rd")
        if month and (_g(m, "day") or _g(m, "day2")):
            dnum = parse_ordinal(_g(m, "day") or _g(m, "day2"))
            if dnum:
                day = dates.safe_date(dates.year_for(ctx.anchor, month, dnum, ctx.tense), month, dnum)
        elif wd:
            day = dates.weekday_near(ctx.anchor, wd, _tense_direction(ctx.tense))
        elif rd in _RELATIVE_DAYS:
            day = ctx.anchor + dt.timedelta(days=_RELATIVE_DAYS[rd])
        else:
            day = ctx.anchor
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Normal("TIME", f"{prefix}T{hour:02d}:{minute:02d}", "APPROX" if _g(m, "amod") else "")


def day_next_to(m: re.Match, ctx: Context) -> Normal | None:
    """"the day before last Tuesday", "the day after March 3": that day,
    one day back or on."""
    named = full_date(m, ctx) if _g(m, "month") else weekday(m, ctx)
    day = dates.parse_iso_date(named.value) if named else None
    if day is None:
        return named
    shift = -1 if _g(m, "dir") == "before" else 1
    return Normal("DATE", (day + dt.timedelta(days=shift)).isoformat())
