"""From a matched time expression to its TIMEX3 type and value.

Each normalizer takes the regex match of one rule (see ``patterns.py``) and a
``Context`` and returns a ``Normal`` or None to reject the match. Without an
anchor, relative expressions get underspecified values (XXXX-WXX-1, XXXX-XX).
"""

from .anaphora import anaphoric
from .absolute import century, decade, fiscal_year, full_date, iso_date, month_alone, month_year, numeric_date, spoken_year, week_of_date, year_alone
from .amounts import ago, duration, frequency, reference
from .context import Context, Normal, Normalizer
from .days import clock_time, day_next_to, relative_day, weekday, weekday_set
from .periods import half_year, holiday, quarter, relative_period, relative_quarter, season, weekend, year_earlier, year_end, year_period

__all__ = [
    "Context", "Normal", "Normalizer", "ago", "anaphoric", "century", "clock_time", "day_next_to", "decade", "duration", "fiscal_year",
    "frequency", "full_date", "half_year", "holiday", "iso_date", "month_alone", "month_year", "numeric_date",
    "quarter", "reference", "relative_day", "relative_period", "relative_quarter", "season", "spoken_year",
    "week_of_date", "weekday", "weekday_set", "weekend", "year_alone", "year_earlier", "year_end", "year_period",
]
