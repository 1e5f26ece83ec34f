"""Quantities in the three seed articles (read from ../shared/seeds at run time)."""

from __future__ import annotations


def _all(seed_extractions):
    return [(name, q) for name, e in seed_extractions.items() for q in e.quantities]


def _find(seed_extractions, value, unit="", counts=None):
    found = [q for _, q in _all(seed_extractions)
             if q.value == value and q.unit == unit and (counts is None or q.counts == counts)]
    assert found, f"no quantity {value} {unit} {counts}"
    return found


def test_active_duty_troops(seed_extractions):
    q = _find(seed_extractions, 1600.0, counts="troops")[0]
    assert q.counts_phrase == "active-duty troops"
    assert q.change == "="


def test_mexican_troops(seed_extractions):
    _find(seed_extractions, 10000.0, counts="troops")


def test_roughly_2500_national_guard_is_approximate(seed_extractions):
    q = _find(seed_extractions, 2500.0)[0]
    assert q.change == "~"


def test_tariffs_in_both_spellings(seed_extractions):
    tariffs = _find(seed_extractions, 25.0, unit="percent", counts="tariff")
    texts = {q.text for q in tariffs}
    assert "25 percent" in texts and ("25%" in texts)
    assert _find(seed_extractions, 10.0, unit="percent", counts="tariff")


def test_extradited_cartel_members(seed_extractions):
    _find(seed_extractions, 29.0, counts="cartel members")


def test_tens_of_millions_is_a_vague_range(seed_extractions):
    vague = [q for _, q in _all(seed_extractions) if q.value is None and q.value_low == 1e7 and q.value_high == 1e8]
    assert vague and vague[0].counts == "Americans"


def test_dates_are_not_quantities(seed_extractions):
    for _, q in _all(seed_extractions):
        assert q.text not in ("2025", "4", "1", "31"), q
