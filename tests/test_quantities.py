"""Quantities: value, unit, what is counted and change direction, on our own sentences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.nlp import parse
from wirecoder.quantities import quantities_in
from wirecoder.quantities.numbers import find_numbers
from wirecoder.quantities.units import UnitLexicon, load_units


def quantities(text):
    return quantities_in(parse(text))


def only(text):
    found = quantities(text)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0]


def test_count_noun_with_hyphenated_modifier():
    q = only("The Pentagon ordered 1,600 active-duty troops to the border.")
    assert (q.value, q.unit, q.counts, q.change) == (1600.0, "", "troops", "=")
    assert q.counts_phrase == "active-duty troops"
    assert q.text == "1,600"


def test_percent_tariff_counts_the_tariff():
    q = only("The White House announced a 25% tariff on imports from Canada.")
    assert (q.value, q.unit, q.counts, q.kind) == (25.0, "percent", "tariff", "ratio")


def test_per_cent_written_out():
    q = only("Exports to the bloc fell by 4.5 per cent last quarter.")
    assert (q.value, q.unit, q.change) == (4.5, "percent", "down")


def test_mass_of_something():
    q = only("Police seized 18 kilos of cocaine at the port.")
    assert (q.value, q.unit, q.counts) == (18.0, "kilogram", "cocaine")


def test_hyphenated_count_before_a_noun():
    q = only("Officials plan a 20,000-bed shelter near the airport.")
    assert q.value == 20000.0
    assert q.counts == "bed shelter"


def test_number_words_and_scales():
    q = only("The agency hired twenty-five inspectors.")
    assert (q.value, q.counts) == (25.0, "inspectors")
    q = only("The fund lost 2.5 million dollars in March.")
    assert (q.value, q.unit) == (2_500_000.0, "USD")


def test_currency_symbols_and_abbreviated_scales():
    q = only("The ministry approved a $3.2bn aid package.")
    assert (q.value, q.unit, q.counts) == (3_200_000_000.0, "USD", "aid package")
    q = only("The club paid £40m for the striker.")
    assert (q.value, q.unit) == (40_000_000.0, "GBP")


def test_vague_range_tens_of_millions():
    q = only("The storm caused tens of millions of dollars in damage.")
    assert q.value is None
    assert (q.value_low, q.value_high, q.unit) == (10_000_000.0, 100_000_000.0, "USD")


def test_vague_plural_counts():
    q = only("Hundreds of protesters gathered outside the court.")
    assert q.value is None and (q.value_low, q.value_high) == (100, 1000)
    assert q.counts == "protesters"


def test_fraction():
    q = only("About a third of the voters stayed home.")
    assert q.value == pytest.approx(1 / 3)
    assert q.kind == "fraction" and q.counts == "voters" and q.change == "~"


@pytest.mark.parametrize(
    "text, value, change",
    [
        ("The army deployed about 5,000 soldiers.", 5000.0, "~"),
        ("The army deployed more than 5,000 soldiers.", 5000.0, ">"),
        ("The army deployed up to 5,000 soldiers.", 5000.0, "<"),
        ("The army deployed at least 5,000 soldiers.", 5000.0, ">"),
        ("The army deployed fewer than 5,000 soldiers.", 5000.0, "<"),
        ("The army deployed 5,000 soldiers.", 5000.0, "="),
    ],
)
def test_bounds(text, value, change):
    q = only(text)
    assert (q.value, q.counts, q.change) == (value, "soldiers", change)
    assert q.bound == ("" if change == "=" else change)


def test_rising_from_to_gives_two_linked_quantities():
    found = quantities("Overdose deaths kept rising from 31,000 in 2016 to 87,000 in 2022.")
    assert [(q.value, q.change, q.link) for q in found] == [(31000.0, "up", "from"), (87000.0, "up", "to")]
    assert all(q.counts == "deaths" for q in found)


def test_fell_to_is_down_and_a_level():
    found = quantities("Unemployment fell 0.3 percentage points to 3.9%.")
    assert [(q.value, q.unit, q.change) for q in found] == [(0.3, "percentage point", "down"), (3.9, "percent", "=")]


def test_rose_by_is_up():
    q = only("The price of bread rose by 12% this year.")
    assert (q.value, q.unit, q.change) == (12.0, "percent", "up")


def test_change_noun_after_amount():
    q = only("Analysts expect a 19% drop in exports.")
    assert (q.value, q.change) == (19.0, "down")


def test_range_between_and():
    q = only("Tickets cost between $40 and $65.")
    assert q.value is None and (q.value_low, q.value_high, q.unit, q.link) == (40.0, 65.0, "USD", "range")


def test_range_shares_the_unit_written_once():
    q = only("The drones flew 15 to 20 kilometres into the territory.")
    assert (q.value_low, q.value_high, q.unit) == (15.0, 20.0, "kilometre")


def test_rate_units():
    q = only("Crude traded at $71.20 a barrel on the exchange.")
    assert (q.value, q.unit) == (71.2, "USD per barrel")
    q = only("The refinery processes 52,000 barrels a day.")
    assert (q.value, q.unit) == (52000.0, "barrel per day")


def test_durations_and_ages_are_quantities():
    q = only("The ceasefire held for three weeks.")
    assert (q.value, q.unit, q.kind) == (3.0, "week", "duration")
    q = only("A 34-year-old man was arrested.")
    assert (q.value, q.unit) == (34.0, "year of age")


def test_age_in_apposition():
    found = quantities("Maria Lopez, 52, was elected mayor.")
    assert [(q.value, q.unit) for q in found] == [(52.0, "year of age")]


@pytest.mark.parametrize(
    "text",
    [
        "The summit opened on March 4, 2025, in Geneva.",
        "The talks resumed in 2019.",
        "He finished 3rd in the 22nd round.",
        "The vote closed at 10:30 p.m. on Tuesday.",
        "The meeting starts at 9am.",
        "Health officials tracked COVID-19 and the S&P 500 slipped.",
        "The first half was dull.",
        "The iPhone 15 launched.",
    ],
)
def test_dates_times_ordinals_and_names_are_not_quantities(text):
    assert quantities(text) == []


def test_conversion_in_parentheses_shares_the_bound():
    found = quantities("The missile flew more than 300 kilometres (186 miles).")
    assert [(q.value, q.unit, q.change) for q in found] == [(300.0, "kilometre", ">"), (186.0, "mile", ">")]


def test_sentence_index_and_spans_point_into_the_text():
    text = "Nothing here. Rebels seized 12 villages. Then 40 more."
    doc = parse(text)
    found = quantities_in(doc)
    assert [(text[q.start:q.end], q.sentence) for q in found] == [("12", 1), ("40", 2)]


def test_number_parser_values():
    values = {n.text: n.value for n in find_numbers("three hundred and twenty-five thousand, 1,600, .5, 7.2bn")}
    assert values["three hundred and twenty-five thousand"] == 325000
    assert values["1,600"] == 1600 and values[".5"] == 0.5 and values["7.2bn"] == 7.2e9


def test_units_lexicon_loads_and_is_consistent():
    lexicon = load_units()
    assert lexicon.get("percent").kind == "ratio"
    assert lexicon.get("USD").kind == "money"
    assert lexicon.after("25 per cent", 2).unit.code == "percent"
    assert lexicon.before("US$58", 3).unit.code == "USD"
    # one-letter forms only glued to the number
    assert lexicon.after("118.5p", 5).unit.code == "pence"
    assert lexicon.after("page 5 p", 6) is None


def test_units_lexicon_rejects_a_form_listed_for_two_units():
    with pytest.raises(ValueError):
        UnitLexicon([{"unit": "a", "after": ["x"]}, {"unit": "b", "after": ["x"]}])


PIECES = list("0123456789 ,.-$%£€/:()abcmkMBTtons'\"\n") + [
    "per cent", " million", " of ", "from ", " to ", "tens", "about ", "rose ", "fell ", "a third", "-year-old"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_never_crashes_on_arbitrary_text(text):
    for q in quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.change in ("=", "~", "up", "down", ">", "<")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_never_crashes_on_any_unicode(text):
    quantities(text)
