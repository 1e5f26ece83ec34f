"""Time expressions of the seed articles, coded with their manifest dates
(000: 2025-02-28, 001: 2025-01-31, 002: 2025-02-03)."""

from __future__ import annotations

import pytest

from wirecoder.timex import estimate_publication_date, time_for_span

SEED_VALUES = [
    ("000_9abf273af07d1d32.txt", "last month", "2025-01"),
    ("000_9abf273af07d1d32.txt", "Jan. 31", "2025-01-31"),
    ("000_9abf273af07d1d32.txt", "March 4", "2025-03-04"),
    ("000_9abf273af07d1d32.txt", "Thursday", "2025-02-27"),
    ("000_9abf273af07d1d32.txt", "earlier this month", "2025-02"),
    ("001_cffb228c8a200e3d.txt", "Monday", "2025-01-27"),
    ("001_cffb228c8a200e3d.txt", "Friday morning", "2025-01-31TMO"),
    ("001_cffb228c8a200e3d.txt", "February 1", "2025-02-01"),
    ("001_cffb228c8a200e3d.txt", "December 2024", "2024-12"),
    ("001_cffb228c8a200e3d.txt", "Tomorrow", "2025-02-01"),
    ("002_636c643a7e52bad3.txt", "Monday", "2025-02-03"),
    ("002_636c643a7e52bad3.txt", "recent days", "PAST_REF"),
    ("002_636c643a7e52bad3.txt", "the two weeks", "P2W"),
    ("002_636c643a7e52bad3.txt", "within 30 days", "P30D"),
    ("002_636c643a7e52bad3.txt", "Last week", "2025-W05"),
    ("002_636c643a7e52bad3.txt", "Sunday", "2025-02-02"),
    ("002_636c643a7e52bad3.txt", "last year", "2024"),
]


@pytest.mark.parametrize("name, span, value", SEED_VALUES)
def test_seed_values(seed_extractions, name, span, value):
    found = [t.value for t in seed_extractions[name].times if t.text == span]
    assert found, f"{span!r} not found in {name}"
    assert set(found) == {value}


def test_seed_times_point_into_the_clean_text(seed_extractions):
    for extraction in seed_extractions.values():
        text = extraction.article.clean_text
        for t in extraction.times:
            assert text[t.start : t.end] == t.text
            assert t.sentence >= 0
            assert t.anchor == extraction.article.published


def test_seed_event_clause_gets_its_date(seed_extractions):
    extraction = seed_extractions["000_9abf273af07d1d32.txt"]
    text = extraction.article.clean_text
    trigger = text.index("made the statement")
    governing = time_for_span(extraction, trigger, trigger + len("made"))
    assert governing is not None and governing.value == "2025-01-31"


def test_seed_publication_estimates(seeds_dir):
    date, note = estimate_publication_date((seeds_dir / "001_cffb228c8a200e3d.txt").read_text(encoding="utf-8"))
    assert date == "2025-01-31"  # the manifest date
    # 000 and 002 never give a year: no estimate, and the note says why
    for name in ("000_9abf273af07d1d32.txt", "002_636c643a7e52bad3.txt"):
        date, note = estimate_publication_date((seeds_dir / name).read_text(encoding="utf-8"))
        assert date is None and "year" in note
