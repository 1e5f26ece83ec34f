"""Scorers on small hand-made gold/prediction pairs; every expected value is
worked out by hand in the comments."""

from __future__ import annotations

import math

import pytest

from wirecoder.evaluation.scorers.clusters import bcubed, pairwise
from wirecoder.evaluation.scorers.geo import UNRESOLVED_KM, error_summary, haversine_km
from wirecoder.evaluation.scorers.labels import accuracy, macro_f1, majority_label, per_class_f1
from wirecoder.evaluation.scorers.prf import PRF
from wirecoder.evaluation.scorers.quantities import QuantityClaim, canonical_unit, score_quantities, units_match
from wirecoder.evaluation.scorers.spans import QUOTE_TRIM, Span, score_spans, score_spans_by_label
from wirecoder.evaluation.scorers.tempeval import TimexSpan, score_timexes
from wirecoder.evaluation.scorers.triples import score_sets

TEXT = "The foreign minister of Freedonia met the envoy in Sylvania on Monday."
#       0123456789012345678901234567890123456789012345678901234567890123456789
#       "The"0-3 "foreign"4-11 "minister"12-20 "of"21-23 "Freedonia"24-33 "met"34-37
#       "the"38-41 "envoy"42-47 "in"48-50 "Sylvania"51-59 "on"60-62 "Monday"63-69


def spans(*triples, doc=0):
    return [Span(doc, s, e, label) for s, e, label in triples]


def test_offsets_of_the_example_text():
    assert TEXT[4:20] == "foreign minister" and TEXT[24:33] == "Freedonia" and TEXT[51:59] == "Sylvania"


def test_exact_spans_precision_recall_f1():
    gold = spans((4, 33, "PER"), (51, 59, "LOC"), (63, 69, "DATE"))
    pred = spans((4, 33, "PER"), (51, 59, "ORG"), (42, 47, "PER"))
    # labeled: 1 match (the minister) of 3 predicted and 3 gold: P = R = F1 = 1/3
    prf = score_spans(gold, pred, "exact", {0: TEXT})
    assert (prf.precision, prf.recall, prf.f1) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    # unlabeled: Sylvania matches too: 2/3 each
    assert score_spans(gold, pred, "exact", {0: TEXT}, labeled=False).f1 == pytest.approx(2 / 3)


def test_partial_any_overlap_versus_half_overlap():
    gold = spans((4, 33, "PER"))  # "foreign minister of Freedonia": 4 words
    pred = spans((24, 33, "PER"))  # "Freedonia": 1 word, shared 1
    # any overlap: matched -> P = R = 1
    assert score_spans(gold, pred, "overlap", {0: TEXT}).f1 == 1.0
    # half: shared 1 word is 1/4 of the gold span < 50 % -> no match, F1 0
    assert score_spans(gold, pred, "half", {0: TEXT}).f1 == 0.0
    # "minister of Freedonia" (3 words, all shared): 3/4 of gold and 3/3 of pred -> match
    assert score_spans(gold, spans((12, 33, "PER")), "half", {0: TEXT}).f1 == 1.0
    # "Freedonia met the envoy" shares 1 word with the gold: 1/4 and 1/4 -> no match under half
    assert score_spans(gold, spans((24, 47, "PER")), "half", {0: TEXT}).f1 == 0.0


def test_empty_predictions_and_empty_gold():
    gold = spans((4, 33, "PER"), (51, 59, "LOC"))
    nothing = score_spans(gold, [], "exact", {0: TEXT})
    # nothing predicted, two to find: P 0 (zero_division=0), R 0, F1 0
    assert (nothing.precision, nothing.recall, nothing.f1) == (0.0, 0.0, 0.0)
    # nothing to find and nothing predicted: perfect
    assert score_spans([], [], "exact").f1 == 1.0
    # nothing to find, one predicted: P 0 of 1; R has nothing to recall and
    # something was claimed, so 0 too (zero_division=0 on both sides)
    extra = score_spans([], spans((0, 3, "X")), "exact")
    assert (extra.precision, extra.recall, extra.f1) == (0.0, 0.0, 0.0)


def test_duplicates_count_once_and_matching_is_one_to_one():
    gold = spans((51, 59, "LOC"))
    # the same prediction twice is one prediction: P = R = 1
    assert score_spans(gold, spans((51, 59, "LOC"), (51, 59, "LOC")), "exact").f1 == 1.0
    # two different predictions over one gold span: one matches, the other is
    # a false positive: P = 1/2, R = 1, F1 = 2/3
    prf = score_spans(gold, spans((51, 59, "LOC"), (48, 59, "LOC")), "overlap", {0: TEXT})
    assert (prf.precision, prf.recall) == (0.5, 1.0)
    assert prf.f1 == pytest.approx(2 / 3)
    # duplicate gold counts once too
    assert score_spans(spans((51, 59, "LOC"), (51, 59, "LOC")), gold, "exact").n_gold == 1


def test_spans_in_different_documents_never_match():
    assert score_spans(spans((0, 3, "X"), doc="a"), spans((0, 3, "X"), doc="b"), "overlap").f1 == 0.0


def test_exact_match_trims_quote_marks_and_punctuation():
    text = 'He said: \u201cWe will stay.\u201d'
    #       0123456789 0(\u201c at 9) ... content "We will stay." 10-23, \u201d at 23
    gold = [Span(0, 9, 24)]  # with the quote marks
    pred = [Span(0, 10, 22)]  # "We will stay" without the final period
    assert score_spans(gold, pred, "exact", {0: text}, labeled=False).f1 == 0.0
    assert score_spans(gold, pred, "exact", {0: text}, labeled=False, trim_chars=QUOTE_TRIM).f1 == 1.0


def test_per_label_scores():
    gold = spans((4, 33, "PER"), (51, 59, "LOC"))
    pred = spans((4, 33, "PER"), (51, 59, "PER"))
    by_label = score_spans_by_label(gold, pred, ["PER", "LOC"], "exact")
    # PER: 1 right of 2 predicted, 1 gold -> P 1/2, R 1, F1 2/3; LOC: nothing predicted -> 0
    assert by_label["PER"].f1 == pytest.approx(2 / 3)
    assert by_label["LOC"].f1 == 0.0


def test_prf_addition_is_micro_averaging():
    total = PRF(1, 2, 1, 4) + PRF(3, 3, 3, 4)
    # 4 right of 5 predicted and 8 gold: P 0.8, R 0.5, F1 = 2*0.4/1.3
    assert (total.precision, total.recall) == (0.8, 0.5)
    assert total.f1 == pytest.approx(0.8 / 1.3)


def test_accuracy_and_macro_f1():
    gold = ["A", "A", "A", "B"]
    pred = ["A", "A", "B", None]
    # accuracy 2/4; A: P 2/2, R 2/3 -> F1 0.8; B: P 0/1, R 0/1 -> 0; macro 0.4
    assert accuracy(gold, pred) == 0.5
    assert per_class_f1(gold, pred) == {"A": pytest.approx(0.8), "B": 0.0}
    assert macro_f1(gold, pred) == pytest.approx(0.4)
    assert majority_label(gold) == "A"
    assert majority_label(["B", "A"]) == "A"  # a tie goes to the smaller label


def test_tempeval_strict_relaxed_and_attributes():
    gold = [TimexSpan("d", 0, 6, "DATE", "1998-01-05"),  # "Monday"
            TimexSpan("d", 10, 19, "DURATION", "P3W"),  # "three weeks"
            TimexSpan("d", 30, 34, "DATE", "1997")]
    pred = [TimexSpan("d", 0, 6, "DATE", "1998-01-05"),  # exact, right value
            TimexSpan("d", 10, 15, "DATE", "P3W"),  # overlap only, wrong type, right value
            TimexSpan("d", 40, 45, "DATE", "1998")]  # spurious
    m = score_timexes(gold, pred)
    # strict: 1 of 3 and 3 -> 1/3; relaxed: 2 of 3 and 3 -> 2/3
    assert m["strict_f1"] == pytest.approx(1 / 3)
    assert m["relaxed_precision"] == pytest.approx(2 / 3) and m["relaxed_recall"] == pytest.approx(2 / 3)
    # type right on 1 of 2 relaxed matches; value right on 2 of 2
    assert m["type_accuracy"] == 0.5 and m["value_accuracy"] == 1.0
    # value P = 2/3 (system), R = 2/3 (gold) -> F1 2/3
    assert m["value_f1"] == pytest.approx(2 / 3)


def test_tempeval_empty_predictions():
    m = score_timexes([TimexSpan("d", 0, 6, "DATE", "1998")], [])
    assert m["relaxed_f1"] == 0.0 and m["value_f1"] == 0.0 and m["type_accuracy"] == 0.0


def test_bcubed_on_a_small_example():
    # gold clusters {a,b,c} {d,e}; predicted {a,b} {c,d,e}
    gold = ["x", "x", "x", "y", "y"]
    pred = [1, 1, 2, 2, 2]
    # precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
    # recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    scores = bcubed(gold, pred)
    assert scores["bcubed_precision"] == pytest.approx(11 / 15)
    assert scores["bcubed_recall"] == pytest.approx(11 / 15)
    assert scores["bcubed_f1"] == pytest.approx(11 / 15)


def test_pairwise_on_the_same_example():
    gold = ["x", "x", "x", "y", "y"]
    pred = [1, 1, 2, 2, 2]
    # gold pairs: ab ac bc de = 4; predicted pairs: ab cd ce de = 4; shared: ab de = 2
    scores = pairwise(gold, pred)
    assert (scores["pairwise_precision"], scores["pairwise_recall"], scores["pairwise_f1"]) == (0.5, 0.5, 0.5)


def test_all_singletons_and_one_big_cluster():
    gold = ["x", "x", "y"]
    singletons = bcubed(gold, [1, 2, 3])
    # each item alone: precision 1; recall a 1/2, b 1/2, c 1 -> 2/3
    assert singletons["bcubed_precision"] == 1.0 and singletons["bcubed_recall"] == pytest.approx(2 / 3)
    # no predicted pair while one gold pair exists: pairwise P 0 (nothing predicted), R 0
    assert pairwise(gold, [1, 2, 3])["pairwise_f1"] == 0.0
    one = bcubed(gold, [0, 0, 0])
    # precision a 2/3, b 2/3, c 1/3 -> 5/9; recall 1
    assert one["bcubed_precision"] == pytest.approx(5 / 9) and one["bcubed_recall"] == 1.0


def test_haversine():
    # one degree of longitude on the equator: 2*pi*6371.0088/360 = 111.195 km
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(48.85, 2.35, 48.85, 2.35) == 0.0
    # antipodes: half the circumference
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)
    # Paris (48.8566, 2.3522) to London (51.5074, -0.1278): about 343.5 km
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)


def test_geo_error_summary_counts_unresolved_as_wrong():
    summary = error_summary([10.0, 150.0, 400.0, None])
    # within 161 km: 2 of 4; median of (10, 150, 400, 20015) = (150 + 400) / 2
    assert summary["acc_161km"] == 0.5
    assert summary["median_error_km"] == 275.0
    assert summary["mean_error_km"] == pytest.approx((10 + 150 + 400 + UNRESOLVED_KM) / 4)
    assert error_summary([])["acc_161km"] is None


def test_units():
    assert canonical_unit("%") == canonical_unit("per cent") == "percentage"
    assert canonical_unit("Dollars") == canonical_unit("$") == "dollar"
    assert canonical_unit("troops") == "troop"
    assert canonical_unit("-") == ""
    assert units_match(("pound-feet of torque", "pound-foot"), ("pound-feet",))  # words contained
    assert units_match(("-", "-"), ("",))
    assert not units_match(("yards", "yard"), ("dimensionless",))


def test_quantities_value_unit_and_change():
    gold = [[QuantityClaim(25, 25, ("percent", "percentage"), "="),
             QuantityClaim(10000, 10000, ("troops", "troops"), "up")],
            [QuantityClaim(5, 20, ("per cent", "percentage"), "=")]]
    pred = [[QuantityClaim(25, 25, ("%",), "="),  # value and unit right
             QuantityClaim(10000, 10000, ("", "troops"), "="),  # right, wrong change
             QuantityClaim(10000, 10000, ("", "troops"), "="),  # duplicate: counts once
             QuantityClaim(2025, 2025, ("",), "=")],  # spurious
            [QuantityClaim(5, 5, ("%",), "=")]]  # only the low end of the range
    scores = score_quantities(gold, pred)
    # value+unit: 2 matched of 4 distinct predictions and 3 gold: P 1/2, R 2/3
    assert scores.value_unit.precision == 0.5 and scores.value_unit.recall == pytest.approx(2 / 3)
    assert scores.value_unit.f1 == pytest.approx(4 / 7)
    # change right on 1 of the 2 matches
    assert scores.metrics()["change_accuracy"] == 0.5


def test_quantities_empty_predictions():
    scores = score_quantities([[QuantityClaim(1, 1, ("",), "=")]], [[]])
    assert scores.value_unit.f1 == 0.0 and scores.metrics()["change_accuracy"] is None


def test_triple_sets():
    gold = [{("USA", "THREATEN", "MEX")}, {("MEX", "COOPERATE", "USA")}]
    pred = [{("USA", "THREATEN", "MEX"), ("USA", "SANCTION", "MEX")}, set()]
    # 1 shared of 2 predicted and 2 gold: P 1/2, R 1/2
    prf = score_sets(gold, pred)
    assert (prf.precision, prf.recall, prf.f1) == (0.5, 0.5, 0.5)
    # duplicates within a sentence count once (sets)
    assert score_sets([[("A", "B", "C")]], [[("A", "B", "C"), ("A", "B", "C")]]).f1 == 1.0
