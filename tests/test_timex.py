"""Time expressions: spans and TIMEX3 values, each case with its anchor date."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.nlp import parse
from wirecoder.timex import find_time_expressions


def times(text: str, anchor: str | None) -> list[tuple[str, str, str]]:
    """(span text, type, value) of every expression found, in text order."""
    date = dt.date.fromisoformat(anchor) if anchor else None
    return [(f.text, f.type, f.value) for f in find_time_expressions(text, date, parse(text))]


def value_of(text: str, anchor: str, span: str) -> str:
    found = {t: v for t, _, v in times(text, anchor)}
    assert span in found, f"{span!r} not found in {times(text, anchor)}"
    return found[span]


# (sentence, anchor = publication date, expected span, expected value)
CASES = [
    # weekdays follow the tense of the governing verb
    ("Officials met on Monday to discuss the border.", "2025-02-05", "Monday", "2025-02-03"),
    ("Officials will meet on Monday to discuss the border.", "2025-02-05", "Monday", "2025-02-10"),
    ("Officials plan to meet Monday.", "2025-02-05", "Monday", "2025-02-10"),
    ("The minister said Friday that talks had failed.", "2025-01-31", "Friday", "2025-01-31"),
    ("Monday's firefight was the third this year.", "2025-01-31", "Monday's", "2025-01-27"),
    ("She arrived last Friday.", "2025-02-03", "last Friday", "2025-01-31"),
    ("The court extended the deadline until Tuesday.", "2025-02-05", "Tuesday", "2025-02-11"),
    # months and dates without a year
    ("He warned officials last month that action was coming.", "2025-02-28", "last month", "2025-01"),
    ("Hegel made the remark during a Jan. 31 call with generals.", "2025-02-28", "Jan. 31", "2025-01-31"),
    ("The country will impose tariffs starting March 4.", "2025-02-28", "March 4", "2025-03-04"),
    ("The dividend, declared Tuesday, is payable Dec. 15.", "2025-10-29", "Dec. 15", "2025-12-15"),
    ("The ruling came in November.", "2025-01-10", "November", "2024-11"),
    ("The vote is in May.", "2025-02-03", "May", "2025-05"),
    ("On Friday, Jan. 31, officials met in the capital.", "2025-02-03", "Friday, Jan. 31", "2025-01-31"),
    ("The deal was signed on 4 July 2024 in Geneva.", "2025-02-28", "4 July 2024", "2024-07-04"),
    ("The treaty was signed January 31, 2025, in Rome.", "2025-03-10", "January 31, 2025", "2025-01-31"),
    ("The loan is due 12/31/2026.", "2025-02-28", "12/31/2026", "2026-12-31"),
    ("Talks resume in mid-March.", "2025-02-28", "mid-March", "2025-03"),
    # past, present and future references
    ("Trump has also ordered strikes in recent days.", "2025-02-03", "recent days", "PAST_REF"),
    ("Prices are now higher than a year ago.", "2025-02-03", "now", "PRESENT_REF"),
    ("The region is currently calm.", "2025-02-03", "currently", "PRESENT_REF"),
    ("The agency will decide in the near future.", "2025-02-03", "the near future", "FUTURE_REF"),
    # years, decades, fiscal years
    ("Since 2019, deaths have nearly tripled.", "2025-01-31", "2019", "2019"),
    ("Deaths reached 87,000 in 2023.", "2025-01-31", "2023", "2023"),
    ("The economy boomed in the 1990s.", "2025-01-31", "the 1990s", "199"),
    ("The fiscal 2024 budget was cut.", "2025-01-31", "fiscal 2024", "2024"),
    ("Spending rose in FY2025.", "2025-01-31", "FY2025", "2025"),
    ("Growth slowed in early 2026.", "2025-01-31", "early 2026", "2026"),
    ("Nineteen ninety-six was a calm year.", "2025-01-31", "Nineteen ninety-six", "1996"),
    ("Oil hit that price in the winter of nineteen ninety-four.", "2025-01-31", "the winter of nineteen ninety-four", "1994-WI"),
    ("March nineteen ninety-eight. The border closed again.", "2025-01-31", "March nineteen ninety-eight", "1998-03"),
    # halves of a year, however named
    ("Profits will be lower for the last half of 2024.", "2024-03-31", "the last half of 2024", "2024-H2"),
    ("Demand stays weak through the first two quarters of 2025.", "2024-10-31", "the first two quarters of 2025", "2025-H1"),
    # relative days, weeks, years
    ("He arrived yesterday.", "2025-02-28", "yesterday", "2025-02-27"),
    ("The vote is tomorrow.", "2025-02-28", "tomorrow", "2025-03-01"),
    ("He left two years ago.", "2025-02-28", "two years ago", "2023"),
    ("He returned two months ago.", "2025-02-28", "two months ago", "2024-12"),
    ("Last week, he announced the order.", "2025-02-03", "Last week", "2025-W05"),
    ("Over the weekend, Hegseth spoke with his counterpart.", "2025-02-03", "the weekend", "2025-W05-WE"),
    ("During his campaign last year, he promised deportations.", "2025-02-03", "last year", "2024"),
    ("Sales will rise next year.", "2025-02-03", "next year", "2026"),
    ("Earlier this month the readout was released.", "2025-02-28", "Earlier this month", "2025-02"),
    # quarters and seasons
    ("Profits rose in the third quarter.", "2025-02-28", "the third quarter", "2024-Q3"),
    ("Sales fell in the first quarter of 2024.", "2025-02-28", "the first quarter of 2024", "2024-Q1"),
    ("The storm hit last fall.", "2025-02-28", "last fall", "2024-FA"),
    ("The fleet will return this summer.", "2025-02-28", "this summer", "2025-SU"),
    ("They met at Christmas.", "2025-02-03", "Christmas", "2024-12-25"),
    ("They will meet on Thanksgiving.", "2025-02-03", "Thanksgiving", "2025-11-27"),
    # times of day
    ("The meeting started at 3 p.m.", "2025-02-28", "3 p.m.", "2025-02-28T15:00"),
    ("The vote will be held at 10:30 a.m. Monday.", "2025-02-28", "10:30 a.m. Monday", "2025-03-03T10:30"),
    ("He spoke this morning.", "2025-02-28", "this morning", "2025-02-28TMO"),
    ("Speaking with colleagues Friday morning, he said so.", "2025-01-31", "Friday morning", "2025-01-31TMO"),
    # durations
    ("Thousands were arrested in the two weeks since he took office.", "2025-02-03", "the two weeks", "P2W"),
    ("He hopes to have detainees arrive within 30 days.", "2025-02-03", "within 30 days", "P30D"),
    ("The war has lasted more than two years.", "2025-02-03", "more than two years", "P2Y"),
    ("It took a year and a half.", "2025-02-03", "a year and a half", "P1Y6M"),
    ("The project is on a five-year plan.", "2025-02-03", "five-year", "P5Y"),
    ("Over the past two months, prices fell.", "2025-02-03", "the past two months", "P2M"),
    ("Talks could take several weeks.", "2025-02-03", "several weeks", "PXW"),
    ("They waited 24 hours.", "2025-02-03", "24 hours", "PT24H"),
    # sets
    ("He visits the border each week.", "2025-02-03", "each week", "P1W"),
    ("The plan costs $5 million a year.", "2025-02-03", "a year", "P1Y"),
    ("The paper is published daily.", "2025-02-03", "daily", "P1D"),
    ("The council meets every Thursday.", "2025-02-03", "every Thursday", "XXXX-WXX-4"),
]


@pytest.mark.parametrize("sentence, anchor, span, value", CASES)
def test_value(sentence, anchor, span, value):
    assert value_of(sentence, anchor, span) == value


def test_types_and_mods():
    text = "He spoke at 3 p.m. after more than two years away, and returns each week."
    found = find_time_expressions(text, dt.date(2025, 2, 3), parse(text))
    kinds = {f.text: (f.type, f.mod) for f in found}
    assert kinds["3 p.m."] == ("TIME", "")
    assert kinds["more than two years"] == ("DURATION", "MORE_THAN")
    assert kinds["each week"] == ("SET", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill may pass the Senate.",  # the modal, not the month
        "The 78-year-old president spoke.",  # an age
        "Stocks could fall further.",  # the verb, not the season
        "The Sunday Times reported the story.",  # a newspaper
        "He ordered 1600 troops to the border.",  # a count, not a year
        "She won a second term.",
        "A quarter of the voters abstained.",
        "The group will march on the capital.",
    ],
)
def test_not_time_expressions(sentence):
    assert times(sentence, "2025-02-03") == []


def test_spans_leave_prepositions_out():
    spans = [t for t, _, _ in times("Since 2019 and on Monday, and in the third quarter.", "2025-02-05")]
    assert spans == ["2019", "Monday", "the third quarter"]


def test_without_anchor_only_absolute_values_are_resolved():
    text = "On January 31, 2025, officials met; they meet again Monday and spoke last month."
    found = {f.text: f.value for f in find_time_expressions(text, None, parse(text))}
    assert found["January 31, 2025"] == "2025-01-31"
    assert found["Monday"] == "XXXX-WXX-1"
    assert found["last month"] == "XXXX-XX"


def test_works_without_a_parse():
    found = find_time_expressions("Officials met on Jan. 31 and again last week.", dt.date(2025, 2, 10))
    assert [(f.text, f.value) for f in found] == [("Jan. 31", "2025-01-31"), ("last week", "2025-W06")]


def test_offsets_point_into_the_text():
    text = "First line.\n\nOn  Monday,\tthe 1990s and 3 p.m. were mentioned."
    for f in find_time_expressions(text, dt.date(2025, 2, 5), parse(text)):
        assert text[f.start : f.end] == f.text


def test_time_for_span_prefers_a_calendar_date_in_the_same_sentence():
    import wirecoder
    from wirecoder.timex import time_for_span

    text = (
        "For two weeks the army waited, and on Monday it crossed the river. "
        "The government protested loudly."
    )
    extraction = wirecoder.extract(text, published="2025-02-05")
    trigger = text.index("crossed")
    governing = time_for_span(extraction, trigger, trigger + len("crossed"))
    assert governing is not None
    assert (governing.text, governing.value) == ("Monday", "2025-02-03")
    protest = text.index("protested")
    assert time_for_span(extraction, protest, protest + len("protested")) is None


def test_time_for_span_falls_back_to_a_duration():
    import wirecoder
    from wirecoder.timex import time_for_span

    text = "The siege lasted three weeks."
    extraction = wirecoder.extract(text, published="2025-02-05")
    trigger = text.index("lasted")
    assert time_for_span(extraction, trigger, trigger + 6).value == "P3W"
