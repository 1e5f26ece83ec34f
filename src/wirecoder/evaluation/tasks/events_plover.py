"""events-plover: PLOVER event coding on the PLOVER gold standard records.

Each record is one sentence with one gold event (its older-draft type mapped
to the 16 current types, see data/event_mappings.yaml) and gold source and
target actors (ISO-3 country, optional sector). The pipeline runs on the
sentence alone.
- type: the main predicted event is the most confident one (ties: the
  earliest trigger); no event is a wrong answer. Accuracy and macro-F1 over
  the gold types present.
- actors, per side, over records whose gold side is not empty: country right
  when any actor the main event names on that side has a gold country of that
  side; country+sector right when one of them has a gold (country, sector)
  pair (only records whose gold side has a sector are counted).
- triples: every predicted event gives (source country, type, target country)
  for each of its source and target actors' countries ("" when a side is
  empty); the gold likewise; sets per sentence, micro precision/recall/F1.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..baselines import events_keyword
from ..mappings import current_plover_type, draft_actor_code
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.plover_gsr import GsrActor, normalize_sector, read_plover_gsr
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.labels import accuracy, macro_f1, majority_label
from ..scorers.triples import score_sets

ACTOR_METRICS = ["source_country_accuracy", "target_country_accuracy", "source_country_sector_accuracy",
                 "target_country_sector_accuracy"]
METRICS = ["type_accuracy", "type_macro_f1", *ACTOR_METRICS, "triple_precision", "triple_recall", "triple_f1"]


def main_event(events):
    if not events:
        return None
    return min(events, key=lambda e: (-(e.confidence or 0.0), e.trigger_start))


def _actors_of(extraction, ids) -> list[tuple[str | None, set[str]]]:
    out = []
    for actor_id in ids:
        actor = extraction.actor(actor_id)
        if actor is not None:
            out.append((draft_actor_code(actor.country), {normalize_sector(s) for s in actor.sectors} - {None}))
    return out


def _side_scores(gold_side: list[GsrActor], predicted: list[tuple[str | None, set[str]]]):
    """(country right, country+sector right or None when the gold has no sector)."""
    gold_countries = {a.country for a in gold_side if a.country}
    country = any(c in gold_countries for c, _ in predicted)
    gold_pairs = {(a.country, a.sector) for a in gold_side if a.country and a.sector}
    if not gold_pairs:
        return country, None
    both = any((c, s) in gold_pairs for c, sectors in predicted for s in sectors)
    return country, both


def _triples(sources: set[str], event_type: str, targets: set[str]) -> set[tuple[str, str, str]]:
    return {(s, event_type, t) for s in (sources or {""}) for t in (targets or {""})}


def gold_triples(record) -> set:
    return _triples({a.country for a in record.sources if a.country}, current_plover_type(record.event, record.mode),
                    {a.country for a in record.targets if a.country})


def _type_metrics(gold_types: list[str], predicted: list[str | None]) -> dict:
    labels = sorted(set(gold_types))
    return {"type_accuracy": accuracy(gold_types, predicted), "type_macro_f1": macro_f1(gold_types, predicted, labels)}


def score_ours(records, coded) -> tuple[dict, dict]:
    gold_types = [current_plover_type(r.event, r.mode) for r in records]
    predicted, pred_triples = [], []
    sides = {"source": [], "target": []}
    sides_sector = {"source": [], "target": []}
    for record, c in zip(records, coded):
        x = c.extraction
        events = x.events if x else []
        event = main_event(events)
        predicted.append(event.type if event else None)
        triples = set()
        for e in events:
            triples |= _triples({a for a, _ in _actors_of(x, e.source_actor_ids) if a}, e.type,
                                {a for a, _ in _actors_of(x, e.target_actor_ids) if a})
        pred_triples.append(triples)
        for side, gold_side, ids in (("source", record.sources, event.source_actor_ids if event else []),
                                     ("target", record.targets, event.target_actor_ids if event else [])):
            if not gold_side:
                continue
            country, both = _side_scores(gold_side, _actors_of(x, ids) if x else [])
            sides[side].append(country)
            if both is not None:
                sides_sector[side].append(both)
    metrics = _type_metrics(gold_types, predicted)
    for side in ("source", "target"):
        metrics[f"{side}_country_accuracy"] = sum(sides[side]) / len(sides[side]) if sides[side] else None
        metrics[f"{side}_country_sector_accuracy"] = (
            sum(sides_sector[side]) / len(sides_sector[side]) if sides_sector[side] else None)
    metrics.update(score_sets([gold_triples(r) for r in records], pred_triples).as_metrics("triple"))
    counts = {"records": len(records), "no_event": sum(p is None for p in predicted),
              "source_scored": len(sides["source"]), "target_scored": len(sides["target"]),
              "source_sector_scored": len(sides_sector["source"]), "target_sector_scored": len(sides_sector["target"])}
    return metrics, counts


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    records = read_plover_gsr(data)[:limit] if limit is not None else read_plover_gsr(data)
    gold_types = [current_plover_type(r.event, r.mode) for r in records]
    systems = []

    why = unavailable(["actors", "events"], "events")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            coded = code_documents([GoldDocument(r.text) for r in records], "events")
            ours.metrics, ours.counts = score_ours(records, coded)
            ours.notes += failure_note(coded)
        systems.append(ours)

    keyword = SystemResult("keyword baseline")
    with timed(keyword):
        predicted = [events_keyword.keyword_type(r.text) for r in records]
        keyword.metrics = _type_metrics(gold_types, predicted)
        keyword.counts = {"no_event": sum(p is None for p in predicted)}
        keyword.notes.append("type only: the keyword baseline names no actors")
    systems.append(keyword)

    majority = SystemResult("majority class")
    with timed(majority):
        label = majority_label(gold_types)
        majority.metrics = _type_metrics(gold_types, [label] * len(records))
        majority.notes.append(f"always {label} (the most frequent gold type of this data)")
    systems.append(majority)
    notes = ["gold types mapped from the older PLOVER draft (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT...) "
             "to the 16 current types (evaluation/data/event_mappings.yaml; table in docs/accuracy.md)"]
    return task_result("events-plover", str(data), len(records), time.perf_counter() - started, systems, METRICS, notes)
