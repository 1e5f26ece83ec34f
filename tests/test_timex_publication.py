"""Publication date: estimated from the text when none is given, marked as
estimated and explained; never taken from a file's modification time."""

from __future__ import annotations

import wirecoder
from wirecoder.timex import estimate_publication_date


def test_full_date_with_its_weekday_named():
    text = (
        "Officials said Friday that the talks had collapsed.\n\n"
        "The ministry announced on January 31, 2025 that it had seized the shipment."
    )
    date, note = estimate_publication_date(text)
    assert date == "2025-01-31"  # January 31, 2025 was a Friday
    assert "Friday" in note and "±3 days" in note


def test_weekday_and_date_written_together():
    text = "The government said on Monday, Feb. 3, 2025, that troops were moving. More came later."
    date, note = estimate_publication_date(text)
    assert date == "2025-02-03"


def test_dateline_without_weekday():
    text = "WASHINGTON, March 12, 2024 - The Senate voted on the bill after a long debate."
    date, note = estimate_publication_date(text)
    assert date == "2024-03-12"
    assert "dateline" in note


def test_date_without_weekday_support_is_only_a_lower_bound():
    text = (
        "Lawmakers debated the bill for hours.\n\n"
        "The program began on March 5, 2019, and has grown every year since then, officials said."
    )
    date, note = estimate_publication_date(text)
    assert date is None
    assert "2019-03-05" in note and "lower bound" in note


def test_future_dates_are_not_evidence():
    text = (
        "Officials said Friday that the tariffs will take effect on March 4, 2025.\n\n"
        "The decision was announced on Friday, Feb. 28, 2025, after a cabinet meeting."
    )
    date, _ = estimate_publication_date(text)
    assert date == "2025-02-28"


def test_no_year_no_estimate():
    date, note = estimate_publication_date("Officials met Monday and again on Jan. 31 to talk.")
    assert date is None
    assert "year" in note


def test_empty_text():
    assert estimate_publication_date("") == (None, "no text to estimate the publication date from")


def test_stage_marks_the_estimate():
    text = (
        "Officials said Friday that the talks had collapsed.\n\n"
        "The ministry announced on January 31, 2025 that it had seized the shipment. "
        "Talks resume next week."
    )
    extraction = wirecoder.extract(text)
    article = extraction.article
    assert article.published == "2025-01-31"
    assert article.published_estimated is True
    assert "January 31, 2025" in article.published_note
    values = {t.text: t.value for t in extraction.times}
    assert values["Friday"] == "2025-01-31"
    assert values["next week"] == "2025-W06"
    assert {t.anchor for t in extraction.times} == {"2025-01-31"}


def test_stage_without_any_clue_resolves_only_absolute_expressions():
    extraction = wirecoder.extract("The treaty of 1949 still matters, officials said Monday.")
    article = extraction.article
    assert article.published is None
    assert article.published_estimated is False
    assert article.published_note
    values = {t.text: t.value for t in extraction.times}
    assert values == {"1949": "1949", "Monday": "XXXX-WXX-1"}


def test_given_date_is_kept():
    extraction = wirecoder.extract("Officials met Monday.", published="2025-02-05")
    assert extraction.article.published == "2025-02-05"
    assert extraction.article.published_estimated is False
    assert [t.value for t in extraction.times] == ["2025-02-03"]
