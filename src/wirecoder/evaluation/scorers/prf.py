"""Precision, recall and F1 from counts, with the conventions used throughout."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PRF:
    """Counts of one comparison. ``matched_pred`` and ``matched_gold`` are equal
    for one-to-one matching; they are kept apart for scorers where one
    prediction may legitimately cover several gold items."""

    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        # Nothing predicted: perfect when there was nothing to find, else 0
        # (as scikit-learn's zero_division=0), never undefined.
        if self.n_pred == 0:
            return 1.0 if self.n_gold == 0 else 0.0
        return self.matched_pred / self.n_pred

    @property
    def recall(self) -> float:
        if self.n_gold == 0:
            return 1.0 if self.n_pred == 0 else 0.0
        return self.matched_gold / self.n_gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(
            self.matched_pred + other.matched_pred,
            self.n_pred + other.n_pred,
            self.matched_gold + other.matched_gold,
            self.n_gold + other.n_gold,
        )

    def as_metrics(self, prefix: str) -> dict[str, float]:
        return {f"{prefix}_precision": self.precision, f"{prefix}_recall": self.recall, f"{prefix}_f1": self.f1}
