"""Amounts of time: durations (two weeks, within 30 days), shifts from the
anchor (two years ago), frequencies (each week, daily) and references to
the present, past and future (now, recently)."""

from __future__ import annotations

import re

from .. import dates
from ..lexicon import lexicon
from ..numbers import VAGUE, parse_amount
from .context import Context, Normal, _QUARTER_CONTEXT, _amount_mod, _g, _previous_quarter, _raw



def _duration_value(amount: float | str, unit_word: str) -> str | None:
    unit = lexicon().units.get(unit_word)
    if unit is None:
        return None
    prefix = "PT" if unit.clock else "P"
    if amount == VAGUE:
        letter = {"Y": "Y", "M": "M", "W": "W", "D": "D", "Q": "Q", "H": "H", "S": "S"}[unit.letter]
        if unit.times == 10:
            return f"{prefix}XDE"
        if unit.times == 100:
            return f"{prefix}XCE"
        return f"{prefix}X{letter}"
    number = float(amount) * unit.times
    if number != int(number):
        # "2 1/2 years" -> P2Y6M, "1.5 hours" -> PT1H30M
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "Q": ("M", 3)}
        if unit.letter in smaller:
            letter, factor = smaller[unit.letter]
            whole, rest = int(number), round((number - int(number)) * factor)
            if unit.letter == "D":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            if unit.letter == "Q":
                return f"P{round(number * 3)}M"
            return f"{prefix}{whole}{unit.letter}{rest}{letter}" if whole else f"{prefix}{rest}{letter}"
        return f"{prefix}{number:g}{unit.letter}"
    return f"{prefix}{int(number)}{unit.letter}"


_RATE_WORDS = re.compile(
    r"(?:\d|%|percent|percentage|points?|million|billion|trillion|thousand|hundred|dollars?|cents?|euros?|pounds?|"
    r"yuan|pesos|times|twice|once|thrice|miles|barrels|tons|tonnes|shares|people|cases|deaths|units|gallons|visits|"
    r"meetings|sessions)\W*$",
    re.I,
)


def duration(m: re.Match, ctx: Context) -> Normal | None:
    unit_word = _g(m, "unit")
    num_text = _g(m, "num")
    amount = parse_amount(num_text) if num_text else VAGUE
    if amount is None:
        return None
    if amount != VAGUE and re.search(r"and\s+a\s+half$", m.group(0), re.I) and not num_text.endswith("half"):
        amount += 0.5  # "a year and a half"
    if amount != VAGUE and 1900 <= amount <= 2100 and "," not in num_text:
        return None  # "the 1988 quarter" is a year, not 1,988 quarters
    det = _g(m, "det")
    rel = _g(m, "rel")
    if rel and num_text in ("a", "an"):
        return None  # "last a year": the verb "last", not "the last year"
    if num_text in ("a", "an", "one") and not det and not rel and not _g(m, "amod"):
        # "$5 million a year", "three times a week": a rate, TIMEX3 SET
        if num_text != "one" and _RATE_WORDS.search(ctx.before):
            value = _duration_value(1, unit_word)
            return Normal("SET", value) if value else None
        if unit_word in ("second", "quarter") or (unit_word == "minute" and num_text != "one"):
            return None  # "a second time", "a quarter of them", "wait a minute"
    if num_text in ("a", "an") and unit_word == "quarter":
        return None
    if re.match(r"\s*of\b", ctx.after) and unit_word in ("quarter", "quarters", "half"):
        return None
    value = _duration_value(amount, unit_word)
    if value is None:
        return None
    return Normal("DURATION", value, _amount_mod(m))


def ago(m: re.Match, ctx: Context) -> Normal | None:
    """"two years ago" -> the anchor minus two years, kept at year
    granularity; "several years ago" -> PAST_REF."""
    unit_word = _g(m, "unit")
    unit = lexicon().units.get(unit_word)
    amount = parse_amount(_g(m, "num")) if _g(m, "num") else VAGUE
    direction = _g(m, "dir")
    future = direction in ("from now", "hence", "later", "after")
    if unit is None or amount is None:
        return None
    if amount == VAGUE:
        return Normal("DATE", "FUTURE_REF" if future else "PAST_REF", _amount_mod(m))
    if ctx.anchor is None:
        return Normal("DATE", "XXXX-XX-XX" if unit.granularity in ("day", "hour", "minute", "second") else "XXXX")
    n = float(amount) * unit.times * (1 if future else -1)
    a = ctx.anchor
    gran = unit.granularity
    mod = _amount_mod(m) or ("APPROX" if re.search(r"\bor\s+so\b", m.group(0), re.I) else "")
    if n != int(n):
        if unit.letter == "Y":
            y, mth = dates.shift_month(a.year, a.month, round(n * 12))
            return Normal("DATE", dates.month_value(y, mth), mod)
        n = round(n)
    n = int(n)
    if n == -1 and gran == "year" and (ctx.earnings or _QUARTER_CONTEXT.search(ctx.sentence)):
        year, q = _previous_quarter(a)  # "profit rose from a year ago": that quarter
        return Normal("DATE", f"{year - 1:04d}-Q{q}", mod)
    if gran in ("year", "decade", "century"):
        return Normal("DATE", f"{a.year + n:04d}", mod)
    if gran == "quarter":
        year, q = dates.shift_quarter(a.year, dates.quarter_of(a.month), n)
        return Normal("DATE", f"{year:04d}-Q{q}", mod)
    if gran in ("month", "week", "day"):
        return Normal("DATE", dates.shifted_value(a, gran, n), mod)
    return Normal("DATE", a.isoformat(), mod)  # hours ago: today


def frequency(m: re.Match, ctx: Context) -> Normal | None:
    """"every week", "each Thursday", "twice a year", "daily"."""
    lex = lexicon()
    adverb = _g(m, "adverb")
    if adverb:
        value = lex.set_adverbs.get(adverb)
        return Normal("SET", value) if value else None
    wd = lex.weekday_number(_raw(m, "wd")) if _g(m, "wd") else None
    if wd:
        return Normal("SET", f"XXXX-WXX-{wd}")
    month = lex.month_number(_raw(m, "month")) if _g(m, "month") else None
    if month:
        return Normal("SET", f"XXXX-{month:02d}")
    season_code = lex.seasons.get(_g(m, "season"))
    if season_code:
        return Normal("SET", f"XXXX-{season_code}")
    part = lex.parts_of_day.get(_g(m, "part"))
    if part:
        return Normal("SET", f"XXXX-XX-XXT{part}")
    amount = parse_amount(_g(m, "num")) if _g(m, "num") else 1
    if amount is None or amount == VAGUE:
        amount = 1
    if _g(m, "other"):
        amount = 2
    value = _duration_value(amount, _g(m, "unit") or _g(m, "unit2"))
    return Normal("SET", value) if value else None


def reference(m: re.Match, ctx: Context) -> Normal | None:
    lex = lexicon()
    text = re.sub(r"\s+", " ", m.group(0)).strip().lower()
    for value, words in (("PRESENT_REF", lex.present_ref), ("PAST_REF", lex.past_ref), ("FUTURE_REF", lex.future_ref)):
        if text in words:
            return Normal("DATE", value)
    return None
