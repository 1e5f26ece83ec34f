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
    value = value_from(ctx.anchor, unit, steps) if ctx.anchor else "XXXX"
    kind = "TIME" if lexicon().parts_of_day.get(unit) else "DATE"
    return Normal(kind, value, _position_mod(m), from_reference=(unit, steps))


def value_from(date: dt.date, unit: str, steps: int) -> str:
    """The value ``steps`` units from a day: the day itself, its week, month
    or year moved by that many; a part of the day ("the next morning") is
    that part of the day moved."""
    part = lexicon().parts_of_day.get(unit, "")
    if part:
        return f"{dates.shifted_value(date, 'day', steps)}T{part}"
    return dates.shifted_value(date, unit, steps) or f"{date.year + steps:04d}"
