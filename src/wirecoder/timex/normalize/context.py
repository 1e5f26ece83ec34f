"""What every normalizer gets and gives: the match's ``Context`` (anchor
date, tense of the governing verb, surrounding text) and its ``Normal``
(TIMEX3 type, value, mod), with the helpers that read a match's groups."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import dates
from ..dates import FUTURE, PAST, PAST_PERFECT, PRESENT
from ..lexicon import lexicon
from ..numbers import spoken_year_number


@dataclass
class Normal:
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str = ""
    # (unit, steps) for an expression counted from the date the text last
    # named ("the following year": ("year", 1)); ``value`` then holds the
    # reading against the anchor, used when the text names no such date.
    from_reference: tuple[str, int] | None = None


@dataclass
class Context:
    anchor: dt.date | None
    tense_of: Callable[[], str]  # lazy: parsing the tense costs a tree walk
    sentence: str = ""
    before: str = ""  # a few characters of text before the match
    after: str = ""  # a few characters after it
    earnings: bool = False  # the document reports quarterly results

    _tense: str | None = None

    @property
    def tense(self) -> str:
        """The governing verb's tense, overridden by the word just before:
        "until Tuesday", "payable Dec. 15" look ahead, "since" looks back;
        but a clause in the past perfect ("until Tuesday they had waited")
        looks back whatever the cue."""
        if self._tense is None:
            before = self.before.rstrip().lower()
            cue = before.rsplit(" ", 1)[-1] if before else ""
            verb_tense = self.tense_of()
            if verb_tense == PAST_PERFECT:
                self._tense = PAST
            elif cue in _FUTURE_CUES or before.endswith("as soon as"):
                self._tense = FUTURE
            elif cue in _PAST_CUES:
                self._tense = PAST
            else:
                self._tense = verb_tense
        return self._tense


_FUTURE_CUES = {"until", "till", "through", "payable", "effective", "starting", "beginning", "next"}
_PAST_CUES = {"since", "last", "ended", "ending"}


Normalizer = Callable[[re.Match, Context], Normal | None]

_QUARTER_CONTEXT = re.compile(r"\bquarter|\bperiod\b|\bfiscal\b", re.I)


def _g(m: re.Match, name: str) -> str:
    """A named group's text (lower case, spaces collapsed) or ""."""
    try:
        text = m.group(name)
    except IndexError:
        return ""
    return re.sub(r"\s+", " ", text).strip().lower() if text else ""


def _raw(m: re.Match, name: str) -> str:
    try:
        text = m.group(name)
    except IndexError:
        return ""
    return re.sub(r"\s+", " ", text).strip() if text else ""


def _position_mod(m: re.Match) -> str:
    pos = _g(m, "pos").replace(" ", " ")
    if not pos:
        return ""
    mods = lexicon().position_mods
    return mods.get(pos) or mods.get(pos.rstrip("-")) or mods.get(pos + "-", "")


def _amount_mod(m: re.Match) -> str:
    return lexicon().amount_mods.get(_g(m, "amod"), "")


def _year(text: str) -> int | None:
    """A year in digits, or spelled out as transcripts do ("nineteen ninety-four")."""
    text = text.strip().lstrip("'’")
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    return spoken_year_number(text) if text else None


def _tense_direction(tense: str, default: str = PAST) -> str:
    """Weekday direction: the past one, or the coming one."""
    if tense == PAST:
        return "past"
    if tense in (FUTURE, PRESENT):
        return "future"
    return "past" if default == PAST else "future"


def _previous_quarter(a: dt.date) -> tuple[int, int]:
    """The quarter before the one the date is in."""
    return dates.shift_quarter(a.year, dates.quarter_of(a.month), -1)
