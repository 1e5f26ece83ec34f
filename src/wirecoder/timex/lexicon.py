"""The time-expression lexicons, read once from the YAML files in ``data/``.

Words live in data files so that a user can extend them (another holiday,
another abbreviation) without touching the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "data"


def _load(name: str) -> dict[str, Any]:
    with open(DATA / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class Unit:
    letter: str  # TIMEX3 duration letter: Y M W D H M S Q
    clock: bool  # written after "T" in a duration (PT3H)
    times: int  # how many letters one unit is (decade = 10 Y)
    granularity: str  # what a date shifted by this unit keeps


@dataclass(frozen=True)
class Holiday:
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    easter_offset: int | None = None
    offset: int = 0
    after_first_monday: bool = False


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    clock_words: dict[str, str]
    holidays: dict[str, Holiday]
    cardinals: dict[str, float]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    vague: tuple[str, ...]
    decade_words: dict[str, int]
    units: dict[str, Unit]
    unit_fillers: tuple[str, ...]
    set_adverbs: dict[str, str]
    present_ref: tuple[str, ...]
    past_ref: tuple[str, ...]
    future_ref: tuple[str, ...]
    position_mods: dict[str, str]
    amount_mods: dict[str, str]

    def month_number(self, name: str) -> int | None:
        name = name.strip()
        if name in self.months:
            return self.months[name]
        title = name.title()
        if name.isupper() and title in self.months:
            return self.months[title]
        return None

    def weekday_number(self, name: str) -> int | None:
        name = name.strip()
        if name.endswith("'s") or name.endswith("’s"):
            name = name[:-2]
        return self.weekdays.get(name) or self.weekdays.get(name.title()) if name else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    calendar = _load("timex_calendar.yaml")
    numbers = _load("timex_numbers.yaml")
    units = _load("timex_units.yaml")
    refs = _load("timex_references.yaml")
    holidays = {}
    for entry in calendar["holidays"]:
        rule = Holiday(**{k: v for k, v in entry.items() if k != "names"})
        for name in entry["names"]:
            holidays[name] = rule
    return Lexicon(
        months=dict(calendar["months"]),
        ambiguous_months=frozenset(calendar["ambiguous_months"]),
        weekdays=dict(calendar["weekdays"]),
        seasons=dict(calendar["seasons"]),
        parts_of_day=dict(calendar["parts_of_day"]),
        clock_words=dict(calendar["clock_words"]),
        holidays=holidays,
        cardinals=dict(numbers["cardinals"]),
        multipliers=dict(numbers["multipliers"]),
        ordinals=dict(numbers["ordinals"]),
        vague=tuple(numbers["vague"]),
        decade_words=dict(numbers["decade_words"]),
        units={
            name: Unit(spec["letter"], spec.get("clock", False), spec.get("times", 1), spec["granularity"])
            for name, spec in units["units"].items()
        },
        unit_fillers=tuple(units["unit_fillers"]),
        set_adverbs=dict(units["set_adverbs"]),
        present_ref=tuple(refs["present_ref"]),
        past_ref=tuple(refs["past_ref"]),
        future_ref=tuple(refs["future_ref"]),
        position_mods=dict(refs["position_mods"]),
        amount_mods=dict(refs["amount_mods"]),
    )


def alternation(words, case_sensitive: bool = False) -> str:
    """A regex alternation of the words, longest first so that "Sept." wins
    over "Sept"; ``case_sensitive`` also accepts the all-caps form."""
    forms = set()
    for word in words:
        forms.add(word)
        if case_sensitive:
            forms.add(word.upper())
    body = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(forms, key=lambda w: (-len(w), w)))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"
