"""TempEval-3 task A measures for time expressions (UzZaman et al. 2013).

- strict match: same extent; relaxed match: the extents overlap (one-to-one,
  best overlap first);
- span precision/recall/F1 for each;
- attributes are scored on relaxed matches, as the official scorer does:
  value (or type) precision = relaxed matches with the right value / system
  expressions, recall = the same / gold expressions, F1 from both;
  type accuracy = relaxed matches with the right type / relaxed matches.
Values are compared as upper-cased strings without surrounding space.
"""

from __future__ import annotations

from dataclasses import dataclass

from .prf import PRF
from .spans import Span, match_spans


@dataclass(frozen=True)
class TimexSpan:
    doc: str
    start: int
    end: int
    type: str
    value: str


def _norm(value: str) -> str:
    return (value or "").strip().upper()


def score_timexes(gold: list[TimexSpan], pred: list[TimexSpan]) -> dict[str, float]:
    gold = list(dict.fromkeys(gold))
    # two predictions over one span are one claim each: keep the first
    seen, unique_pred = set(), []
    for p in pred:
        if (p.doc, p.start, p.end) not in seen:
            seen.add((p.doc, p.start, p.end))
            unique_pred.append(p)
    pred = unique_pred
    g_spans = [Span(g.doc, g.start, g.end) for g in gold]
    p_spans = [Span(p.doc, p.start, p.end) for p in pred]
    strict = match_spans(g_spans, p_spans, "exact", labeled=False)
    relaxed = match_spans(g_spans, p_spans, "overlap", labeled=False)
    n_gold, n_pred = len(gold), len(pred)
    strict_prf = PRF(len(strict), n_pred, len(strict), n_gold)
    relaxed_prf = PRF(len(relaxed), n_pred, len(relaxed), n_gold)
    right_type = sum(gold[i].type.upper() == pred[j].type.upper() for i, j in relaxed)
    right_value = sum(_norm(gold[i].value) == _norm(pred[j].value) for i, j in relaxed)
    value_prf = PRF(right_value, n_pred, right_value, n_gold)
    type_prf = PRF(right_type, n_pred, right_type, n_gold)
    metrics = {}
    metrics.update(strict_prf.as_metrics("strict"))
    metrics.update(relaxed_prf.as_metrics("relaxed"))
    metrics["type_accuracy"] = right_type / len(relaxed) if relaxed else 0.0
    metrics["type_f1"] = type_prf.f1
    metrics["value_accuracy"] = right_value / len(relaxed) if relaxed else 0.0
    metrics["value_f1"] = value_prf.f1
    return metrics

