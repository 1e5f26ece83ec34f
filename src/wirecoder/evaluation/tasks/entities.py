"""entities: named entities on re3d, for the four types an event coder needs
(Person, Organisation, Location, Nationality), exact and partial spans.

Our system's entities are its resolved actor mentions and places, typed as:
a person (or a person named by title) -> Person; a one-word demonym mention
("Mexican") -> Nationality; a country actor -> Nationality when spaCy tags the
mention NORP, else Location; a place actor or a place -> Location; any other
actor (organization, group...) -> Organisation. Every actor mention counts, pronouns and descriptions
included: re3d annotates mentions, not only names ("the army", "we", "she").
spaCy entities of these types that no actor
or place covers are kept, so the system is never scored on less than its
NER. Partial = any overlap of at least one word, same type.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..baselines import entities_spacy
from ..baselines.spacy_docs import parse_texts
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.re3d import read_re3d
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.spans import Span, score_spans, score_spans_by_label

TYPES = ["Person", "Organisation", "Location", "Nationality"]
METRICS = (
    ["micro_exact_precision", "micro_exact_recall", "micro_exact_f1",
     "micro_partial_precision", "micro_partial_recall", "micro_partial_f1"]
    + [f"{t}_exact_f1" for t in TYPES]
    + [f"{t}_partial_f1" for t in TYPES]
)
BASELINE = "spaCy NER alone"


def _metrics(gold: list[Span], pred: list[Span], texts: dict) -> dict:
    metrics = {}
    for mode, name in (("exact", "exact"), ("overlap", "partial")):
        micro = score_spans(gold, pred, mode, texts)
        metrics.update(micro.as_metrics(f"micro_{name}"))
        for label, prf in score_spans_by_label(gold, pred, TYPES, mode, texts).items():
            metrics[f"{label}_{name}_f1"] = prf.f1
    return metrics


def entity_type(actor, mention, spacy_label: str | None) -> str:
    kind = (actor.kind or "").lower() if actor else ""
    if kind in ("person", "title"):  # "title": a person named by office ("the president")
        return "Person"
    if mention.via == "demonym" and " " not in mention.text.strip():
        return "Nationality"  # "Mexican", alone; "Mexican people" stays a group
    if kind == "country":
        return "Nationality" if spacy_label == "NORP" else "Location"
    if kind in ("place", "location"):
        return "Location"
    if not kind and spacy_label in entities_spacy.SPACY_TO_RE3D:
        return entities_spacy.SPACY_TO_RE3D[spacy_label]
    return "Organisation"


def our_spans(doc_id, coded) -> list[Span]:
    x = coded.extraction
    if x is None:
        return []
    spans: list[tuple[int, int, str]] = []

    def label_at(start: int, end: int) -> str | None:
        return next((e.label for e in x.entities if e.start < end and start < e.end), None)

    for m in x.actor_mentions:
        spans.append((m.start, m.end, entity_type(x.actor(m.actor_id), m, label_at(m.start, m.end))))
    for p in x.places:
        if not any(s < p.end and p.start < e for s, e, _ in spans):
            spans.append((p.start, p.end, "Location"))
    for e in x.entities:
        label = entities_spacy.SPACY_TO_RE3D.get(e.label)
        if label and not any(s < e.end and e.start < t for s, t, _ in spans):
            spans.append((e.start, e.end, label))
    out = []
    for start, end, label in spans:
        gs, ge = coded.to_gold(start, end)
        out.append(Span(doc_id, gs, ge, label))
    return out


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    docs = read_re3d(data, limit)
    texts = {i: d.text for i, d in enumerate(docs)}
    gold = [Span(i, e.start, e.end, e.type) for i, d in enumerate(docs) for e in d.entities if e.type in TYPES]
    systems = []

    why = unavailable(["actors"], "actors")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            coded = code_documents([GoldDocument(d.text) for d in docs], "actors")
            pred = [s for i, c in enumerate(coded) for s in our_spans(i, c)]
            ours.metrics = _metrics(gold, pred, texts)
            ours.counts = {"gold": len(gold), "predicted": len(pred)}
            ours.notes += failure_note(coded)
        systems.append(ours)

    baseline = SystemResult(BASELINE)
    with timed(baseline):
        parsed = parse_texts([d.text for d in docs])
        pred = [s for i, sdoc in enumerate(parsed) for s in entities_spacy.predict(i, sdoc)]
        baseline.metrics = _metrics(gold, pred, texts)
        baseline.counts = {"gold": len(gold), "predicted": len(pred)}
    systems.append(baseline)
    return task_result("entities", str(data), len(docs), time.perf_counter() - started, systems, METRICS)

