"""The time lexicons (src/wirecoder/data/timex_*.yaml) and calendar helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.timex import dates
from wirecoder.timex.lexicon import lexicon
from wirecoder.timex.numbers import VAGUE, parse_amount, parse_ordinal


def test_every_month_and_weekday_is_named():
    lex = lexicon()
    assert set(lex.months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(1, 8))
    assert lex.ambiguous_months <= set(lex.months)


def test_codes_are_timex3_codes():
    lex = lexicon()
    assert set(lex.seasons.values()) == {"SP", "SU", "FA", "WI"}
    assert set(lex.parts_of_day.values()) <= {"MO", "AF", "EV", "NI", "DT"}
    assert {u.letter for u in lex.units.values()} <= {"Y", "M", "W", "D", "H", "S", "Q"}
    assert all(v.startswith("P") for v in lex.set_adverbs.values())
    mods = {"START", "END", "MID", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "EQUAL"}
    assert set(lex.position_mods.values()) | set(lex.amount_mods.values()) <= mods


def test_reference_classes_do_not_overlap():
    lex = lexicon()
    present, past, future = set(lex.present_ref), set(lex.past_ref), set(lex.future_ref)
    assert not (present & past or present & future or past & future)


@pytest.mark.parametrize(
    "name, year, expected",
    [
        ("Thanksgiving", 2025, "2025-11-27"),
        ("Easter", 2025, "2025-04-20"),
        ("Good Friday", 2024, "2024-03-29"),
        ("Memorial Day", 2025, "2025-05-26"),
        ("Labor Day", 2025, "2025-09-01"),
        ("Election Day", 2024, "2024-11-05"),
        ("Christmas", 2025, "2025-12-25"),
        ("Martin Luther King Jr. Day", 2025, "2025-01-20"),
    ],
)
def test_holidays(name, year, expected):
    assert dates.holiday_date(lexicon().holidays[name], year).isoformat() == expected


def test_every_holiday_has_a_date():
    for name, rule in lexicon().holidays.items():
        assert dates.holiday_date(rule, 2025) is not None, name


@pytest.mark.parametrize(
    "text, amount",
    [("two", 2), ("twenty-four", 24), ("twenty four", 24), ("1,600", 1600), ("2 1/2", 2.5),
     ("a couple of", 2), ("one and a half", 1.5), ("a hundred", 100), ("several", VAGUE), ("a few", VAGUE)],
)
def test_amounts(text, amount):
    assert parse_amount(text) == amount


def test_ordinals():
    assert parse_ordinal("31st") == 31
    assert parse_ordinal("thirty-first") == 31
    assert parse_ordinal("eighth") == 8
    assert parse_ordinal("tomorrow") is None


def test_weekday_near():
    wednesday = dt.date(2025, 2, 5)
    assert dates.weekday_near(wednesday, 1, "past") == dt.date(2025, 2, 3)
    assert dates.weekday_near(wednesday, 1, "future") == dt.date(2025, 2, 10)
    assert dates.weekday_near(wednesday, 3, "past") == wednesday
    assert dates.weekday_near(wednesday, 3, "before") == dt.date(2025, 1, 29)
    assert dates.weekday_near(wednesday, 3, "after") == dt.date(2025, 2, 12)


def test_year_for_dates_without_a_year():
    anchor = dt.date(2025, 2, 28)
    assert dates.year_for(anchor, 1, 31, dates.PAST) == 2025
    assert dates.year_for(anchor, 3, 4, dates.FUTURE) == 2025
    assert dates.year_for(anchor, 11, 20, dates.PAST) == 2024  # long gone
    assert dates.year_for(anchor, 4, 10, dates.PAST) == 2025  # a past sentence announcing a date ahead
    assert dates.year_for(anchor, 12, 25, "") == 2024  # nearest


def test_week_value_is_iso():
    assert dates.week_value(dt.date(2025, 1, 1)) == "2025-W01"
    assert dates.week_value(dt.date(2024, 12, 30)) == "2025-W01"
