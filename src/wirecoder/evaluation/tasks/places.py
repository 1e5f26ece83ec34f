"""places: toponym recognition and resolution on GeoWebNews (GWN.xml) and LGL
(lgl.xml), each scored on its own.

- span precision/recall/F1, exact and partial (any shared word);
- resolution, over the gold toponyms that have coordinates and that the
  system found (partial match): accuracy within 161 km, median and mean error
  in km (a found but unplaced toponym counts as wrong, see scorers.geo), and
  exact GeoNames id over those whose gold gives an id.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..baselines import places_gazetteer
from ..baselines.spacy_docs import parse_texts
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.geoparsing import GeoDataset, read_geoparsing
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.geo import error_summary, haversine_km
from ..scorers.spans import Span, match_spans, score_spans

PER_DATASET = ["span_exact_f1", "span_partial_precision", "span_partial_recall", "span_partial_f1",
               "acc_161km", "median_error_km", "geonames_id_accuracy"]
BASELINE = "most-populous gazetteer match"


# a predicted place: (start, end, latitude, longitude, GeoNames id), None where unplaced
Guess = tuple[int, int, float | None, float | None, int | None]


def _score(dataset: GeoDataset, predictions: list[list[Guess]]) -> tuple[dict, dict]:
    texts = {i: d.text for i, d in enumerate(dataset.docs)}
    gold_rows = [(i, t) for i, d in enumerate(dataset.docs) for t in d.toponyms]
    pred_rows = [(i, p) for i, preds in enumerate(predictions) for p in preds]
    gold = [Span(i, t.start, t.end) for i, t in gold_rows]
    pred = [Span(i, p[0], p[1]) for i, p in pred_rows]
    # identical prediction spans count once
    seen, keep = set(), []
    for j in range(len(pred)):
        if pred[j] not in seen:
            seen.add(pred[j])
            keep.append(j)
    pred_rows = [pred_rows[j] for j in keep]
    pred = [pred[j] for j in keep]
    metrics = {"span_exact_f1": score_spans(gold, pred, "exact", texts, labeled=False).f1}
    partial = score_spans(gold, pred, "overlap", texts, labeled=False)
    metrics.update(partial.as_metrics("span_partial"))
    errors, ids_right, ids_total = [], 0, 0
    for i, j in match_spans(gold, pred, "overlap", texts, labeled=False):
        toponym, guess = gold_rows[i][1], pred_rows[j][1]
        if toponym.latitude is None:
            continue
        _, _, lat, lon, geonames_id = guess
        errors.append(None if lat is None else haversine_km(toponym.latitude, toponym.longitude, lat, lon))
        if toponym.geonames_id is not None:
            ids_total += 1
            ids_right += geonames_id == toponym.geonames_id
    summary = error_summary(errors)
    metrics["acc_161km"] = summary["acc_161km"]
    metrics["median_error_km"] = summary["median_error_km"]
    metrics["geonames_id_accuracy"] = ids_right / ids_total if ids_total else None
    counts = {"gold": len(gold), "predicted": len(pred), "resolved_scored": len(errors), "with_geonames_id": ids_total}
    return metrics, counts


def _prefixed(name: str, metrics: dict) -> dict:
    return {f"{name}.{k}": v for k, v in metrics.items()}


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    datasets = read_geoparsing(data, limit)
    metrics_order = [f"{ds.name}.{m}" for ds in datasets for m in PER_DATASET]
    notes = [f"{ds.name}: {ds.skipped} gold toponym(s) skipped, offsets not on their text"
             for ds in datasets if ds.skipped]
    systems = []

    why = unavailable(["places"], "places")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            for ds in datasets:
                coded = code_documents([GoldDocument(d.text) for d in ds.docs], "places")
                predictions = []
                for c in coded:
                    rows = []
                    for p in (c.extraction.places if c.extraction else []):
                        start, end = c.to_gold(p.start, p.end)
                        placed = p.resolved and p.latitude is not None and p.longitude is not None
                        rows.append((start, end, p.latitude if placed else None, p.longitude if placed else None,
                                     p.geonames_id if placed else None))
                    predictions.append(rows)
                m, counts = _score(ds, predictions)
                ours.metrics.update(_prefixed(ds.name, m))
                ours.counts.update(_prefixed(ds.name, counts))
                ours.notes += failure_note(coded)
        systems.append(ours)

    baseline = SystemResult(BASELINE)
    with timed(baseline):
        for ds in datasets:
            predictions = [
                [(g.start, g.end, g.latitude, g.longitude, g.geonames_id) for g in places_gazetteer.predict(sdoc)]
                for sdoc in parse_texts([d.text for d in ds.docs])
            ]
            m, counts = _score(ds, predictions)
            baseline.metrics.update(_prefixed(ds.name, m))
            baseline.counts.update(_prefixed(ds.name, counts))
    systems.append(baseline)
    n_docs = sum(len(ds.docs) for ds in datasets)
    return task_result("places", str(data), n_docs, time.perf_counter() - started, systems, metrics_order, notes)
