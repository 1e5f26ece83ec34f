"""time: TempEval-3 task A measures on TimeML documents (tempeval3/), the
document creation time given as the publication date (the anchor)."""

from __future__ import annotations

import time
from pathlib import Path

from ..baselines import time_dateparser
from ..baselines.spacy_docs import parse_texts
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.timeml import read_timeml
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.tempeval import TimexSpan, score_timexes

METRICS = ["strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall", "relaxed_f1",
           "type_accuracy", "value_accuracy", "value_f1"]
BASELINE = "dateparser on spaCy DATE/TIME"


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    docs = read_timeml(data, limit)
    gold = [TimexSpan(i, t.start, t.end, t.type, t.value) for i, d in enumerate(docs) for t in d.timexes]
    systems = []

    why = unavailable(["times"], "times")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            coded = code_documents([GoldDocument(d.text, d.dct) for d in docs], "times")
            pred = []
            for i, c in enumerate(coded):
                for t in (c.extraction.times if c.extraction else []):
                    start, end = c.to_gold(t.start, t.end)
                    pred.append(TimexSpan(i, start, end, t.type, t.value))
            ours.metrics = score_timexes(gold, pred)
            ours.counts = {"gold": len(gold), "predicted": len(pred)}
            ours.notes += failure_note(coded)
        systems.append(ours)

    baseline = SystemResult(BASELINE)
    with timed(baseline):
        pred = []
        for i, (d, sdoc) in enumerate(zip(docs, parse_texts([d.text for d in docs]))):
            pred.extend(time_dateparser.predict(i, sdoc, d.dct))
        baseline.metrics = score_timexes(gold, pred)
        baseline.counts = {"gold": len(gold), "predicted": len(pred)}
    systems.append(baseline)
    return task_result("time", str(data), len(docs), time.perf_counter() - started, systems, METRICS)
