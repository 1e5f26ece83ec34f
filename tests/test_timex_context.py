"""Time values that need more than the expression itself: the tense of its
clause, the words around it, or a date the text named before."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.nlp import parse
from wirecoder.timex import find_time_expressions


def found(text: str, anchor: str) -> dict[str, tuple[str, str]]:
    """span text -> (type, value) of every expression found."""
    date = dt.date.fromisoformat(anchor)
    return {f.text: (f.type, f.value) for f in find_time_expressions(text, date, parse(text))}


def value_of(text: str, anchor: str, span: str) -> str:
    spans = found(text, anchor)
    assert span in spans, f"{span!r} not found in {spans}"
    return spans[span][1]


# (sentence, anchor = publication date, expected span, expected value)
CASES = [
    # the past perfect looks back, whatever cue or scheduling verb is near
    ("Until Thursday, investigators had not named a suspect.", "2025-02-05", "Thursday", "2025-01-30"),
    ("The offer had been due to expire Friday evening.", "2025-02-05", "Friday evening", "2025-01-31TEV"),
    ("The vote had been scheduled for Monday.", "2025-02-05", "Monday", "2025-02-03"),
]


@pytest.mark.parametrize("sentence, anchor, span, value", CASES)
def test_value(sentence, anchor, span, value):
    assert value_of(sentence, anchor, span) == value
