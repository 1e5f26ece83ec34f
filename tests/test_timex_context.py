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
    # "the year" is the calendar year the text is in, unless a stretch of time
    ("Exports for the year are expected to fall.", "2025-10-20", "the year", "2025"),
    ("Shares reached a high for the year in June.", "2025-10-20", "the year", "2025"),
    ("Revenue for the year ended June 30 rose.", "2025-10-20", "the year", "P1Y"),
    ("Prices stayed high throughout the year.", "2025-10-20", "the year", "P1Y"),
    ("For the week, the index gained 2%.", "2025-10-22", "the week", "2025-W43"),
    # a date the text names in relation to another
    ("The hearing is set for the week of March 10.", "2025-02-24", "the week of March 10", "2025-W11"),
    ("He was arrested last Oct. 23 in the capital.", "2025-04-19", "last Oct. 23", "2024-10-23"),
    # counted from the date the text named last, not from the anchor
    ("He was promoted on May 22, 2019, and the following year he was posted abroad.", "2025-02-24",
     "the following year", "2020"),
    ("She fled in June 2018 and returned later that year.", "2025-02-24", "later that year", "2018"),
    ("The plant opened in March 2021. The following month, it closed.", "2025-02-24", "The following month", "2021-04"),
    ("He was arrested on Oct. 23, 2021, and appeared in court the next morning.", "2025-02-24",
     "the next morning", "2021-10-24TMO"),
    ("The site went down last October and was restored that same day.", "2025-02-24", "that same day", "2024-10-XX"),
    ("Sales rose 5% from the previous year.", "2025-02-24", "the previous year", "2024"),
    # a day next to a named one
    ("The day before last Tuesday's hearing, he flew home.", "2025-02-27", "The day before last Tuesday", "2025-02-24"),
    ("The day after March 3, the talks resumed.", "2025-03-10", "The day after March 3", "2025-03-04"),
    # "or so" leaves an "ago" an approximate date, not a duration
    ("A week or so ago, the general chose a date.", "2025-02-26", "A week or so ago", "2025-W08"),
]


@pytest.mark.parametrize("sentence, anchor, span, value", CASES)
def test_value(sentence, anchor, span, value):
    assert value_of(sentence, anchor, span) == value


def test_an_impossible_named_date_is_no_reference():
    from wirecoder.timex.reference import reference_of

    assert reference_of("2021-02-30") is None
    assert reference_of("2021-W07") is None
    assert reference_of("2021-10") == (dt.date(2021, 10, 1), "month")
