"""stories: same-event clustering on ECB+: each document's gold event is its
topic plus ecb/ecbplus (two different real events per topic, a hard
negative); B-cubed and pairwise precision/recall/F1 over documents.

Our system: ``wirecoder.stories.cluster_extractions(extractions)``, one
cluster label per extraction in input order, over the pipeline's
extractions of the documents.
"""

from __future__ import annotations

import importlib
import time
from pathlib import Path

from ..baselines import stories_tfidf
from ..ours import GoldDocument, NOT_BUILT, code_documents, failure_note, unavailable
from ..readers.ecbplus import read_ecbplus
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.clusters import bcubed, pairwise

METRICS = ["bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_precision", "pairwise_recall", "pairwise_f1"]
BASELINE = f"TF-IDF single-link (cosine >= {stories_tfidf.THRESHOLD})"


def _cluster_function():
    """wirecoder.stories.cluster_extractions, or (None, why) when it is not there."""
    try:
        module = importlib.import_module("wirecoder.stories")
    except ModuleNotFoundError as error:
        if error.name in ("wirecoder.stories",):
            return None, (NOT_BUILT, "wirecoder.stories does not exist")
        return None, ("failed: wirecoder.stories does not load", f"{type(error).__name__}: {error}")
    except Exception as error:  # noqa: BLE001 - a half-written module must not stop the run
        return None, ("failed: wirecoder.stories does not load", f"{type(error).__name__}: {error}")
    function = getattr(module, "cluster_extractions", None)
    if not callable(function):
        return None, (NOT_BUILT, "wirecoder.stories has no cluster_extractions")
    return function, None


def _metrics(gold: list[str], pred: list) -> dict:
    return {**bcubed(gold, pred), **pairwise(gold, pred)}


def _embedder():
    """The optional sentence embedder, or False when its extra is missing."""
    from ...stories import load_embedder
    return load_embedder() or False


def _our_labels(cluster_extractions, coded, n_docs: int, embedder) -> list:
    ok = [i for i, c in enumerate(coded) if c.extraction is not None]
    labels = list(cluster_extractions([coded[i].extraction for i in ok], embedder=embedder))
    if len(labels) != len(ok):
        raise ValueError(f"cluster_extractions returned {len(labels)} labels for {len(ok)} extractions")
    pred: list = [("failed", i) for i in range(n_docs)]  # a failed document is a cluster of its own
    for i, label in zip(ok, labels):
        pred[i] = label
    return pred


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    docs = read_ecbplus(data, limit)
    gold = [d.gold_event for d in docs]
    systems = []

    cluster_extractions, why = _cluster_function()
    why = why or unavailable([], "stories")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        coded = None
        for name, embedder in (("wirecoder", None), ("wirecoder + embeddings", _embedder())):
            if embedder is False:
                systems.append(not_run(name, ("not installed", "the optional embeddings extra is not installed "
                                                               "(pip install -e '.[embeddings]')")))
                continue
            ours = SystemResult(name)
            with timed(ours):
                if coded is None:  # both rows cluster the same coded documents
                    coded = code_documents([GoldDocument(d.text) for d in docs], "stories")
                ours.notes += failure_note(coded)
                pred = _our_labels(cluster_extractions, coded, len(docs), embedder)
                ours.metrics = _metrics(gold, pred)
                ours.counts = {"documents": len(docs), "gold_clusters": len(set(gold)),
                               "predicted_clusters": len(set(pred))}
            systems.append(ours)

    baseline = SystemResult(BASELINE)
    with timed(baseline):
        pred = stories_tfidf.cluster([d.text for d in docs])
        baseline.metrics = _metrics(gold, pred)
        baseline.counts = {"documents": len(docs), "gold_clusters": len(set(gold)),
                           "predicted_clusters": len(set(pred))}
    systems.append(baseline)
    return task_result("stories", str(data), len(docs), time.perf_counter() - started, systems, METRICS)
