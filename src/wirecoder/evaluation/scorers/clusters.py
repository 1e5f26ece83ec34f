"""Clustering scores: B-cubed (Bagga & Baldwin 1998) and pairwise.

Both take two parallel lists: the gold cluster and the predicted cluster of
each item (any hashable labels).
- B-cubed precision: the mean over items of |pred cluster ∩ gold cluster| /
  |pred cluster|; recall: the same over |gold cluster|; F1 from the two.
- pairwise: every unordered pair of items; a pair is predicted when both are in
  the same predicted cluster and is correct when they share a gold cluster.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

from .prf import PRF


def _check(gold: Sequence, pred: Sequence) -> None:
    if len(gold) != len(pred):
        raise ValueError("gold and predicted cluster lists differ in length")


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, float]:
    _check(gold, pred)
    if not gold:
        return {"bcubed_precision": 1.0, "bcubed_recall": 1.0, "bcubed_f1": 1.0}
    both = Counter(zip(gold, pred))
    gold_size = Counter(gold)
    pred_size = Counter(pred)
    precision = sum(both[(g, p)] / pred_size[p] for g, p in zip(gold, pred)) / len(gold)
    recall = sum(both[(g, p)] / gold_size[g] for g, p in zip(gold, pred)) / len(gold)
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"bcubed_precision": precision, "bcubed_recall": recall, "bcubed_f1": f1}


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, float]:
    _check(gold, pred)
    correct = sum(_pairs(n) for n in Counter(zip(gold, pred)).values())
    predicted = sum(_pairs(n) for n in Counter(pred).values())
    true = sum(_pairs(n) for n in Counter(gold).values())
    return PRF(correct, predicted, correct, true).as_metrics("pairwise")
