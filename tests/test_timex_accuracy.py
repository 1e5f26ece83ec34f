"""Accuracy on TempEval-3 (../shared/gold/tempeval3): the issue's targets,
value F1 >= 0.80 and relaxed span F1 >= 0.90, measured by the same task as
`wirecoder eval time`. Long (parses 256 documents): marked slow."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_tempeval3_targets(gold_dir):
    from wirecoder.evaluation.tasks.time import run

    result = run(gold_dir / "tempeval3")
    ours = result["systems"]["wirecoder"]
    assert ours["status"] == "ok"
    metrics = ours["metrics"]
    assert metrics["relaxed_f1"] >= 0.90
    assert metrics["value_f1"] >= 0.80
    baseline = next(s for name, s in result["systems"].items() if name != "wirecoder")
    assert metrics["value_f1"] > baseline["metrics"]["value_f1"]
