"""quantities: numeric facts on NewsQuant sentences: value + unit
precision/recall/F1, value-only F1, and change-direction accuracy (see
scorers.quantities for the matching rules).

Our quantities are read as claims with units (``unit``, and ``counts`` since
NewsQuant treats a counted noun as the unit: "400 people" has unit
"people") and their value range (``value_low``-``value_high`` when given).
"""

from __future__ import annotations

import time
from pathlib import Path

from ..baselines import quantities_quantulum
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.newsquant import read_newsquant
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.quantities import QuantityClaim, score_quantities

METRICS = ["value_unit_precision", "value_unit_recall", "value_unit_f1", "value_precision", "value_recall",
           "value_f1", "change_accuracy"]
BASELINE = "quantulum3"


def our_claims(extraction) -> list[QuantityClaim]:
    claims = []
    for q in extraction.quantities if extraction else []:
        if q.value_low is not None and q.value_high is not None:
            low, high = q.value_low, q.value_high
        elif q.value is not None:
            low = high = q.value
        else:
            continue
        claims.append(QuantityClaim(float(low), float(high), (q.unit or "", q.counts or ""), q.change or "="))
    return claims


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    sentences = read_newsquant(data, limit)
    gold = [
        [QuantityClaim(q.low, q.high, (q.unit, q.normalized_unit), q.change) for q in s.quantities] for s in sentences
    ]
    systems = []

    why = unavailable(["quantities"], "quantities")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            coded = code_documents([GoldDocument(s.text) for s in sentences], "quantities")
            pred = [our_claims(c.extraction) for c in coded]
            scores = score_quantities(gold, pred)
            ours.metrics = scores.metrics()
            ours.counts = {"gold": scores.value_unit.n_gold, "predicted": scores.value_unit.n_pred}
            ours.notes += failure_note(coded)
        systems.append(ours)

    baseline = SystemResult(BASELINE)
    with timed(baseline):
        pred = [quantities_quantulum.predict(s.text) for s in sentences]
        scores = score_quantities(gold, pred)
        baseline.metrics = scores.metrics()
        baseline.counts = {"gold": scores.value_unit.n_gold, "predicted": scores.value_unit.n_pred}
    systems.append(baseline)
    return task_result("quantities", str(data), len(sentences), time.perf_counter() - started, systems, METRICS)
