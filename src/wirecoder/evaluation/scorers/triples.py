"""Set precision/recall/F1, e.g. of (source country, event type, target
country) triples: each document's gold and predicted items are sets (so a
duplicate counts once) and counts are summed over documents (micro)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from .prf import PRF


def score_sets(gold: Sequence[Iterable[Hashable]], pred: Sequence[Iterable[Hashable]]) -> PRF:
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    total = PRF()
    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        shared = len(g & p)
        total = total + PRF(shared, len(p), shared, len(g))
    return total
