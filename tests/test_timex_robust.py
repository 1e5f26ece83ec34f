"""The time finder never crashes, whatever the text, and its spans are
always slices of the text it was given."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.nlp import parse
from wirecoder.timex import estimate_publication_date, find_time_expressions

TIME_WORDS = [
    "Monday", "Friday's", "Jan.", "31", "March", "4", "May", "2025", "1990s", "'80s", "last", "next", "this",
    "month", "week", "weekend", "year", "quarter", "third", "fiscal", "FY", "ago", "two", "a", "half", "and",
    "within", "more", "than", "days", "hours", "3", "p.m.", "10:30", "a.m.", "noon", "tonight", "yesterday",
    "tomorrow", "morning", "early", "late", "mid-", "the", "of", "since", "until", "every", "each", "daily",
    "Christmas", "Easter", "summer", "fall", "now", "recently", "recent", "future", "century", "20th",
    "nineteen", "ninety-six", ",", ".", "-", "\n\n", "Q3", "12/31/2026", "2025-02-30", "99999", "Sept.", "0",
]

anchors = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


def _check(text: str, found) -> None:
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.type in ("DATE", "TIME", "DURATION", "SET")
        assert f.value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), anchors)
def test_arbitrary_text(text, anchor):
    _check(text, find_time_expressions(text, anchor))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TIME_WORDS), max_size=25).map(" ".join), anchors)
def test_time_word_soup(text, anchor):
    _check(text, find_time_expressions(text, anchor))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TIME_WORDS + ["officials", "said", "will", "met", "had"]), max_size=30).map(" ".join),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_time_word_soup_with_a_parse(text, anchor):
    _check(text, find_time_expressions(text, anchor, parse(text)))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(TIME_WORDS), max_size=30).map(" ".join)))
def test_publication_estimate_never_crashes(text):
    date, note = estimate_publication_date(text)
    assert note
    if date is not None:
        dt.date.fromisoformat(date)


def test_extreme_anchors():
    text = "Last week, on Monday, Jan. 31 and next year, two centuries ago, at Christmas, 3 p.m. tomorrow."
    for anchor in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        _check(text, find_time_expressions(text, anchor))


def test_long_text_is_fast():
    import time

    text = "Officials met on Monday, Jan. 31, and will meet again next week for two hours. " * 500
    started = time.perf_counter()
    found = find_time_expressions(text, dt.date(2025, 2, 3))
    assert len(found) == 1500  # "Monday, Jan. 31", "next week", "two hours"
    assert time.perf_counter() - started < 10
