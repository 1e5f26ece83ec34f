"""Classification scores over parallel lists of gold and predicted labels.

A missing prediction is a label of its own (``None`` or any label absent from
the gold): it is always wrong, counts against recall of the gold class and
against no class's precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def accuracy(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    if not gold:
        return 1.0
    return sum(g == p for g, p in zip(gold, pred)) / len(gold)


def per_class_f1(gold: Sequence[Hashable], pred: Sequence[Hashable], labels=None) -> dict:
    """F1 of each class; the classes are ``labels`` or those present in the gold."""
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    labels = sorted(set(gold), key=str) if labels is None else list(labels)
    gold_count = Counter(gold)
    pred_count = Counter(pred)
    correct = Counter(g for g, p in zip(gold, pred) if g == p)
    scores = {}
    for label in labels:
        p = correct[label] / pred_count[label] if pred_count[label] else 0.0
        r = correct[label] / gold_count[label] if gold_count[label] else 0.0
        scores[label] = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return scores


def macro_f1(gold: Sequence[Hashable], pred: Sequence[Hashable], labels=None) -> float:
    """Unweighted mean of per-class F1 over the classes present in the gold
    (or ``labels``)."""
    scores = per_class_f1(gold, pred, labels)
    return sum(scores.values()) / len(scores) if scores else 1.0


def majority_label(labels: Sequence[Hashable]) -> Hashable:
    """The most frequent label; ties go to the smallest (as str), for stability."""
    counts = Counter(labels)
    best = max(counts.values())
    return min((label for label, n in counts.items() if n == best), key=str)
