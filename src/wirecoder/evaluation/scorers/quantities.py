"""Quantity matching for NewsQuant-style gold (value, unit, change; no spans).

Within one sentence, a predicted quantity matches a gold one (one-to-one, in
order) when
- values: both ends of the range agree within a relative tolerance of 0.1 %
  (a single value is a range with equal ends), and
- units: one of the predicted unit strings and one of the gold unit strings
  (as written or normalized) have the same canonical form: lower-cased, the
  spellings of ``data/units.yaml`` mapped to one name, a plural ``s`` removed;
  or the words of one are all among the words of the other ("pound-feet of
  torque" ~ "pound-feet"). A gold unit "-" (none) matches a prediction with
  no unit.
Change direction (=, ~, up, down, >, <) is scored as accuracy over the pairs
matched on value and unit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .prf import PRF

NO_UNIT = {"", "-", "none", "dimensionless", "count", "unit", "number"}


@dataclass
class QuantityClaim:
    low: float
    high: float
    units: tuple[str, ...] = ()  # every unit string the claim may be read as
    change: str = "="


@dataclass
class QuantityScores:
    value_unit: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    change_right: int = 0
    change_total: int = 0

    def metrics(self) -> dict[str, float | None]:
        out = {}
        out.update(self.value_unit.as_metrics("value_unit"))
        out.update(self.value.as_metrics("value"))
        out["change_accuracy"] = self.change_right / self.change_total if self.change_total else None
        return out


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    table = yaml.safe_load(resources.files("wirecoder.evaluation").joinpath("data/units.yaml").read_text("utf-8"))
    aliases = {}
    for canonical, spellings in table.items():
        aliases[canonical.lower()] = canonical.lower()
        for spelling in spellings:
            aliases[str(spelling).lower()] = canonical.lower()
    return aliases


def canonical_unit(unit: str | None) -> str:
    text = re.sub(r"\s+", " ", (unit or "").strip().lower())
    if text in NO_UNIT:
        return ""
    aliases = _aliases()
    if text in aliases:
        return aliases[text]
    singular = re.sub(r"(?<=[a-z]{2})s$", "", text)
    return aliases.get(singular, singular)


def _words(unit: str) -> set[str]:
    return {re.sub(r"(?<=[a-z]{2})s$", "", w) for w in re.findall(r"[a-z0-9%$€£¥]+", unit)}


def units_match(gold_units: tuple[str, ...], pred_units: tuple[str, ...]) -> bool:
    gold = {canonical_unit(u) for u in gold_units}
    pred = {canonical_unit(u) for u in pred_units} or {""}
    if gold & pred:
        return True
    for g in gold:
        for p in pred:
            if g and p:
                gw, pw = _words(g), _words(p)
                if gw and pw and (gw <= pw or pw <= gw):
                    return True
    return False


def values_match(a: QuantityClaim, b: QuantityClaim, rel_tol: float = 1e-3) -> bool:
    return math.isclose(a.low, b.low, rel_tol=rel_tol, abs_tol=1e-9) and math.isclose(
        a.high, b.high, rel_tol=rel_tol, abs_tol=1e-9
    )


def _match(gold: list[QuantityClaim], pred: list[QuantityClaim], use_units: bool) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j in used or not values_match(g, p):
                continue
            if use_units and not units_match(g.units, p.units):
                continue
            pairs.append((i, j))
            used.add(j)
            break
    return pairs


def score_quantities(gold: list[list[QuantityClaim]], pred: list[list[QuantityClaim]]) -> QuantityScores:
    """Gold and predicted quantities per sentence (parallel lists)."""
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    scores = QuantityScores()
    for g_list, p_list in zip(gold, pred):
        # identical claims (same value, units and change) count once
        g_list = list({(q.low, q.high, q.units, q.change): q for q in g_list}.values())
        p_list = list({(q.low, q.high, q.units, q.change): q for q in p_list}.values())
        full = _match(g_list, p_list, use_units=True)
        values = _match(g_list, p_list, use_units=False)
        scores.value_unit = scores.value_unit + PRF(len(full), len(p_list), len(full), len(g_list))
        scores.value = scores.value + PRF(len(values), len(p_list), len(values), len(g_list))
        for i, j in full:
            scores.change_total += 1
            scores.change_right += g_list[i].change == p_list[j].change
    return scores
