"""events-cameo: ConfliBERT's CAMEO data.

- quad class (class_*.tsv): the sentence's main event (most confident, ties:
  earliest trigger) mapped to its CAMEO quad class (data/event_mappings.yaml);
  no event is class 0 (public statements and appeals, which PLOVER drops).
  Accuracy and macro-F1 over the five classes.
- source/target spans (actors_*.txt): gold S spans (and R, reciprocal actors:
  both parties of "X met Y", scored as sources; a predicted target on an R
  span counts there, as PLOVER names a meeting's partner its target) against
  the source argument spans of every event found in the sentence (one span per
  actor, as the gold marks them; a pronoun at the name of its actor in the same
  sentence, as the gold marks names), T spans against target spans; exact and
  partial (any shared word) F1, one-to-one matching. A sentence's text is its
  line in class_*.tsv when the same sentence is there (tokens aligned to it),
  else its tokens rejoined.
- the learned quad classifier (events/quad_classifier.py), alone and combined
  with the lexicon, by 5-fold cross-validation on the class sentences (the
  shipped weights saw all of them, so they are never scored here).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from ..baselines import actors_syntax, events_keyword
from ..baselines.spacy_docs import parse_texts
from ..mappings import quad_class
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.conflibert import ActorSentence, ClassSentence, find_cameo_files, read_actors, read_classes
from ..readers.detokenize import detokenize_with_offsets
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.labels import accuracy, macro_f1, majority_label
from ..scorers.spans import Span, match_spans, score_spans
from .events_plover import main_event

CLASS_METRICS = ["quad_accuracy", "quad_macro_f1"]
FOLDS = 5
SPAN_METRICS = ["source_exact_f1", "source_partial_f1", "target_exact_f1", "target_partial_f1",
                "actor_exact_f1", "actor_partial_precision", "actor_partial_recall", "actor_partial_f1"]
_SAME = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"'})


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def align(tokens: list[str], text: str) -> list[tuple[int, int]] | None:
    """Character offsets of each token in ``text``, or None if they do not line up."""
    offsets, pos = [], 0
    for token in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        piece = text[pos:pos + len(token)]
        if piece.translate(_SAME) != token.translate(_SAME):
            return None
        offsets.append((pos, pos + len(token)))
        pos += len(token)
    return offsets


class ActorItem:
    """An actor sentence as text, with its gold spans as character offsets."""

    def __init__(self, sentence: ActorSentence, text: str, offsets: list[tuple[int, int]]):
        self.text = text
        self.gold = []
        for role, label in (("S", "source"), ("R", "source"), ("T", "target")):
            for start, end in sentence.spans(role):
                self.gold.append((offsets[start][0], offsets[end - 1][1], label))
        # Reciprocal actors ("X met Y": both R) are on both sides of the act.
        self.reciprocal = [(offsets[s][0], offsets[e - 1][1]) for s, e in sentence.spans("R")]


def actor_items(sentences: list[ActorSentence], class_texts: dict[str, str]) -> tuple[list[ActorItem], int]:
    items, rejoined = [], 0
    for sentence in sentences:
        text = class_texts.get(_key("".join(sentence.tokens)))
        offsets = align(sentence.tokens, text) if text else None
        if offsets is None:
            text, offsets = detokenize_with_offsets(sentence.tokens)
            rejoined += 1
        items.append(ActorItem(sentence, text, offsets))
    return items, rejoined


def _class_metrics(gold: list[int], pred: list[int]) -> dict:
    return {"quad_accuracy": accuracy(gold, pred), "quad_macro_f1": macro_f1(gold, pred)}


def _as_reciprocal(pred: list[Span], items: list[ActorItem], texts: dict) -> list[Span]:
    """A predicted target that is a gold reciprocal actor ("met Y", gold R) is
    that actor on the side where R is scored: PLOVER names the partner of a
    meeting as its target, the gold as a second initiator."""
    reciprocal = [Span(i, s, e, "target") for i, item in enumerate(items) for s, e in item.reciprocal]
    targets = [p for p in pred if p.label == "target"]
    moved = {j for _, j in match_spans(reciprocal, targets, "overlap", texts)}
    moved_spans = {targets[j] for j in moved}
    return [Span(p.doc, p.start, p.end, "source") if p in moved_spans else p for p in pred]


def _span_metrics(items: list[ActorItem], predicted: list[list[tuple[int, int, str]]]) -> dict:
    texts = {i: item.text for i, item in enumerate(items)}
    gold = [Span(i, s, e, label) for i, item in enumerate(items) for s, e, label in item.gold]
    pred = [Span(i, s, e, label) for i, spans in enumerate(predicted) for s, e, label in spans if e > s]
    pred = _as_reciprocal(pred, items, texts)
    metrics = {}
    for label in ("source", "target"):
        g = [x for x in gold if x.label == label]
        p = [x for x in pred if x.label == label]
        metrics[f"{label}_exact_f1"] = score_spans(g, p, "exact", texts).f1
        metrics[f"{label}_partial_f1"] = score_spans(g, p, "overlap", texts).f1
    metrics["actor_exact_f1"] = score_spans(gold, pred, "exact", texts).f1
    metrics.update(score_spans(gold, pred, "overlap", texts).as_metrics("actor_partial"))
    return metrics


def our_argument_spans(coded) -> list[tuple[int, int, str]]:
    """Each event's source and target spans: one per actor when the event
    names several ("India and Pakistan" are two actors, as the gold marks
    them), else the argument's whole span."""
    x = coded.extraction
    if x is None:
        return []
    text = x.article.clean_text
    spans = []
    for event in x.events:
        for label, given, per_actor in (("source", event.source_text, event.source_spans),
                                        ("target", event.target_text, event.target_spans)):
            whole = event.spans.get(label) if event.spans else None
            if per_actor:
                found = [s for s in per_actor if len(s) == 2 and s[1] > s[0]]
            elif whole and len(whole) == 2 and whole[1] > whole[0]:
                found = [whole]
            else:
                start = text.find(given) if given else -1
                found = [[start, start + len(given)]] if start >= 0 else []
            found = [_named_antecedent(x, start, end) for start, end in found]
            spans += [(*coded.to_gold(start, end), label) for start, end in found]
    return spans


PRONOUNS = frozenset({"he", "him", "she", "her", "it", "they", "them", "his", "its", "their"})


def _named_antecedent(x, start: int, end: int) -> tuple[int, int]:
    """A pronoun argument's span, or the span where the same sentence names its
    actor ("called Sheinbaum and urged her": Sheinbaum), as the gold marks names."""
    if x.article.clean_text[start:end].lower() not in PRONOUNS:
        return start, end
    here = next((m for m in x.actor_mentions if m.start <= start < m.end), None)
    if here is None:
        return start, end
    named = [m for m in x.actor_mentions if m.actor_id == here.actor_id and m.sentence == here.sentence
             and m.via != "pronoun" and m.text.lower() not in PRONOUNS]
    return (named[0].start, named[0].end) if named else (start, end)


def classifier_rows(classes: list[ClassSentence], coded: list, notes: list[str]) -> list[SystemResult]:
    """The learned quad classifier, scored honestly: class_train.tsv is the
    only labelled split and the shipped weights were trained on all of it, so
    each fold is predicted by a model (and override threshold) trained on the
    other folds only, with the same training code. Combined: the classifier's
    class when its probability reaches the threshold, else the lexicon's main
    event (chosen among the events the classifier agrees with)."""
    alone_name, combined_name = f"wirecoder quad classifier alone ({FOLDS}-fold CV)", \
        f"wirecoder lexicon + quad classifier ({FOLDS}-fold CV)"
    try:
        import sklearn  # noqa: F401

        from ...events import train_quad
    except ImportError as error:  # scikit-learn is in the baselines extra only
        why = ("not run", f"needs scikit-learn (pip install -e '.[baselines]'): {error}")
        return [not_run(alone_name, why), not_run(combined_name, why)]
    labels = [s.label for s in classes]
    per_class = {label: len({_key(s.text) for s in classes if s.label == label}) for label in set(labels)}
    if len(per_class) < 2 or min(per_class.values()) < FOLDS:
        notes.append(f"quad classifier not cross-validated: {FOLDS} folds need at least {FOLDS} "
                     f"sentences of each class (try a larger --limit)")
        return []
    table = train_quad.plover_to_quad()
    candidates = [[(table.get(e.type, 0), e.confidence, e.trigger_start)
                   for e in (c.extraction.events if c.extraction else [])] for c in coded]
    alone, combined = SystemResult(alone_name), SystemResult(combined_name)
    with timed(combined):
        result = train_quad.cross_validate([s.text for s in classes], labels, candidates, k=FOLDS)
    alone.metrics = _class_metrics(labels, result["classifier"])
    combined.metrics = _class_metrics(labels, result["combined"])
    alone.notes.append("TF-IDF words and word pairs + logistic regression (wirecoder.events.train_quad), "
                       "each fold predicted by a model trained on the other folds (time: in the combined row)")
    combined.notes.append("classifier's class when its probability >= t, else the lexicon's main event among "
                          "those agreeing with it; t chosen inside each fold's training part: "
                          + ", ".join(f"{t:g}" for t in result["thresholds"]))
    return [alone, combined]


def run(data: Path, limit: int | None = None, **_) -> dict:
    started = time.perf_counter()
    class_files, actor_files = find_cameo_files(data)
    classes: list[ClassSentence] = [s for f in class_files for s in read_classes(f)]
    actor_sentences: list[ActorSentence] = [s for f in actor_files for s in read_actors(f)]
    if limit is not None:
        classes, actor_sentences = classes[:limit], actor_sentences[:limit]
    all_class_texts = {_key(s.text): s.text for f in class_files for s in read_classes(f)}
    items, rejoined = actor_items(actor_sentences, all_class_texts)
    metrics = (CLASS_METRICS if classes else []) + (SPAN_METRICS if items else [])
    notes = []
    if items:
        notes.append(f"{len(items) - rejoined} actor sentences aligned to their class_*.tsv text, "
                     f"{rejoined} rejoined from tokens")
    gold_quads = [s.label for s in classes]
    systems = []

    learned_rows: list[SystemResult] = []
    why = unavailable(["actors", "events"], "events")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            # one pipeline run over every distinct text
            texts = list(dict.fromkeys([s.text for s in classes] + [item.text for item in items]))
            position = {t: i for i, t in enumerate(texts)}
            coded = code_documents([GoldDocument(t) for t in texts], "events")
            if classes:
                pred = []
                for s in classes:
                    x = coded[position[s.text]].extraction
                    event = main_event(x.events) if x else None
                    pred.append(quad_class(event.type if event else None))
                ours.metrics.update(_class_metrics(gold_quads, pred))
                learned_rows = classifier_rows(classes, [coded[position[s.text]] for s in classes], notes)
            if items:
                ours.metrics.update(_span_metrics(items, [our_argument_spans(coded[position[i.text]]) for i in items]))
            ours.notes += failure_note(coded)
        systems.append(ours)
        systems.extend(learned_rows)

    keyword = SystemResult("keyword baseline" + (" + subject/object spans" if items else ""))
    with timed(keyword):
        if classes:
            guesses = [quad_class(events_keyword.keyword_type(s.text)) for s in classes]
            keyword.metrics.update(_class_metrics(gold_quads, guesses))
        if items:
            predicted = []
            for sdoc in parse_texts([item.text for item in items]):
                found = actors_syntax.predict(sdoc)
                predicted.append([(s, e, label) for label, spans in found.items() for s, e in spans])
            keyword.metrics.update(_span_metrics(items, predicted))
            keyword.notes.append("spans: subject and object of each sentence's main verb (spaCy parse)")
    systems.append(keyword)

    if classes:
        majority = SystemResult("majority class")
        label = majority_label(gold_quads)
        majority.metrics = _class_metrics(gold_quads, [label] * len(classes))
        majority.notes.append(f"always class {label}")
        systems.append(majority)
    n = len(classes) + len(items)
    return task_result("events-cameo", str(data), n, time.perf_counter() - started, systems, metrics, notes)
