"""Expressions counted from a date the text itself named: "that year",
"later that day", "the following month", "the next morning". The normalizer
reads them against the anchor; ``timex.reference`` then moves them to the
date named last before them, when there is one."""

from __future__ import annotations

import datetime as dt
import re

from .. import dates
from ..lexicon import lexicon
from .context import Context, Normal, _g, _position_mod

_STEPS = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
          "the previous": -1, "the preceding": -1, "the prior": -1}


def anaphoric(m: re.Match, ctx: Context) -> Normal | None:
    steps = _STEPS.get(_g(m, "rel") or _g(m, "rel2"))
    unit = _g(m, "unit") or _g(m, "unit2")
    if steps is None or not unit:
        return None
    part = lexicon().parts_of_day.get(unit, "")
    step_unit = "day" if part else unit
    value = value_from(ctx.anchor, step_unit, steps, part) if ctx.anchor else "XXXX"
    kind = "TIME" if part else "DATE"
    return Normal(kind, value, _position_mod(m), from_reference=(unit, steps))


def value_from(date: dt.date, unit: str, steps: int, part: str = "") -> str:
    """The value ``steps`` units from a day: the day itself, its week, month
    or year moved by that many."""
    if unit == "day":
        day = (date + dt.timedelta(days=steps)).isoformat()
        return f"{day}T{part}" if part else day
    if unit == "week":
        return dates.week_value(date + dt.timedelta(weeks=steps))
    if unit == "month":
        return dates.month_value(*dates.shift_month(date.year, date.month, steps))
    return f"{date.year + steps:04d}"
