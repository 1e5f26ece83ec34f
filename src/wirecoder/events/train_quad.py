"""Train the CAMEO quad-class sentence classifier (needs scikit-learn, the ``baselines`` extra).

    python -m wirecoder.events.train_quad [--data ../shared/gold/conflibert_cameo/class_train.tsv]
                                          [--out src/wirecoder/data/quad_classifier.json] [--select]

Trained only on ConfliBERT's class_train.tsv. The settings below were chosen
by 5-fold cross-validation on that file (``--select`` reruns the grid): word
and word-pair TF-IDF with terms seen in at least two sentences, multinomial
logistic regression with C=10 (macro-F1 0.83-0.84 across the grid, within
noise of each other; the smaller vocabulary keeps the weights file small).
The threshold above which the classifier overrides the lexicon is chosen on
out-of-fold predictions of the training data, never on held-out sentences.
Deterministic: fixed fold seed, a deterministic solver, rounded weights.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path

from .quad_classifier import Candidate, QuadModel, QuadPrediction, combined_quad, features

MIN_DF = 2
C = 10.0
FOLDS = 5
INNER_FOLDS = 3
SEED = 0
THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 21)]  # 0.20 .. 1.00 (1.0: never override)
DEFAULT_DATA = Path("../shared/gold/conflibert_cameo/class_train.tsv")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "quad_classifier.json"


def sentence_key(text: str) -> str:
    """Sentences equal up to case, spacing and punctuation are one sentence."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def cv_folds(texts: Sequence[str], labels: Sequence[int], k: int = FOLDS, seed: int = SEED):
    """Stratified k-fold splits as (train indices, test indices); copies of a
    sentence always fall in the same fold."""
    from sklearn.model_selection import StratifiedGroupKFold

    groups = {}
    group_ids = [groups.setdefault(sentence_key(t), len(groups)) for t in texts]
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    return [(list(tr), list(te)) for tr, te in splitter.split(list(texts), list(labels), group_ids)]


def fit_sklearn(texts: Sequence[str], labels: Sequence[int], c: float = C, min_df: int = MIN_DF):
    """The fitted scikit-learn (vectorizer, logistic regression)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=min_df)
    matrix = vectorizer.fit_transform(list(texts))
    # newton-cg: deterministic and, on this small problem, fast
    model = LogisticRegression(C=c, max_iter=3000, solver="newton-cg").fit(matrix, list(labels))
    return vectorizer, model


def as_quad_model(vectorizer, model) -> QuadModel:
    """The weights of a fitted scikit-learn pair, for plain-Python inference."""
    coef = [[float(v) for v in row] for row in model.coef_]
    intercept = [float(v) for v in model.intercept_]
    if len(model.classes_) == 2:  # one row, a sigmoid: softmax over (0, score) is the same
        coef, intercept = [[0.0] * len(coef[0]), coef[0]], [0.0, intercept[0]]
    return QuadModel(
        vocabulary={t: int(i) for t, i in vectorizer.vocabulary_.items()},
        idf=[float(v) for v in vectorizer.idf_],
        coef=coef,
        intercept=intercept,
        classes=[int(c) for c in model.classes_],
    )


def fit(texts: Sequence[str], labels: Sequence[int], c: float = C, min_df: int = MIN_DF) -> QuadModel:
    return as_quad_model(*fit_sklearn(texts, labels, c, min_df))


def out_of_fold(texts: Sequence[str], labels: Sequence[int], k: int, **settings) -> list[QuadPrediction]:
    """Each sentence predicted by a model trained on the other folds."""
    predictions: list[QuadPrediction | None] = [None] * len(texts)
    for train, test in cv_folds(texts, labels, k):
        model = fit([texts[i] for i in train], [labels[i] for i in train], **settings)
        for i in test:
            predictions[i] = model.predict(texts[i])
    return predictions  # type: ignore[return-value]


def best_threshold(gold: Sequence[int], candidates: Sequence[Sequence[Candidate]],
                   predictions: Sequence[QuadPrediction]) -> float:
    """The override threshold with the best macro-F1 of the combination (ties: the lowest)."""
    from ..evaluation.scorers.labels import macro_f1

    best, best_score = THRESHOLDS[-1], -1.0
    for t in THRESHOLDS:
        score = macro_f1(list(gold), [combined_quad(c, p, t) for c, p in zip(candidates, predictions)])
        if score > best_score + 1e-12:
            best, best_score = t, score
    return best


def train(texts: Sequence[str], labels: Sequence[int], candidates: Sequence[Sequence[Candidate]],
          inner_folds: int = INNER_FOLDS) -> QuadModel:
    """A model on all of ``texts``, its threshold chosen on their out-of-fold predictions."""
    model = fit(texts, labels)
    model.threshold = best_threshold(labels, candidates, out_of_fold(texts, labels, inner_folds))
    model.plover_to_quad = plover_to_quad()
    return model


def cross_validate(texts: Sequence[str], labels: Sequence[int], candidates: Sequence[Sequence[Candidate]],
                   k: int = FOLDS) -> dict:
    """Honest k-fold scores: per fold, train (model and threshold) on the
    other folds only and predict the held-out one. Returns the classifier's
    own classes, the combined classes and the thresholds chosen per fold."""
    alone: list[int] = [0] * len(texts)
    combined: list[int] = [0] * len(texts)
    thresholds = []
    for train_idx, test_idx in cv_folds(texts, labels, k):
        model = train([texts[i] for i in train_idx], [labels[i] for i in train_idx],
                      [candidates[i] for i in train_idx])
        thresholds.append(model.threshold)
        for i in test_idx:
            prediction = model.predict(texts[i])
            alone[i] = prediction.quad
            combined[i] = combined_quad(candidates[i], prediction, model.threshold)
    return {"classifier": alone, "combined": combined, "thresholds": thresholds}


def plover_to_quad() -> dict[str, int]:
    from ..evaluation.mappings import load_yaml

    return {k: int(v) for k, v in load_yaml("event_mappings.yaml")["plover_to_quad"].items()}


def lexicon_candidates(texts: Sequence[str]) -> list[list[Candidate]]:
    """Every event the lexicon (the events stage) finds in each text, as candidates."""
    from ..evaluation.ours import GoldDocument, code_documents

    table = plover_to_quad()
    coded = code_documents([GoldDocument(t) for t in texts], "events")
    result = []
    for doc in coded:
        events = doc.extraction.events if doc.extraction is not None else []
        result.append([(table.get(e.type, 0), e.confidence, e.trigger_start) for e in events])
    return result


def read_training(path: Path) -> tuple[list[str], list[int]]:
    from ..evaluation.readers.conflibert import read_classes

    sentences = read_classes(path)
    return [s.text for s in sentences], [s.label for s in sentences]


def select_settings(texts: Sequence[str], labels: Sequence[int]) -> list[tuple[int, float, float]]:
    """Cross-validated macro-F1 of the classifier alone for each (min_df, C)."""
    from ..evaluation.scorers.labels import macro_f1

    rows = []
    for min_df in (1, 2, 3):
        for c in (3.0, 10.0, 30.0, 100.0):
            pred = [p.quad for p in out_of_fold(texts, labels, FOLDS, c=c, min_df=min_df)]
            rows.append((min_df, c, macro_f1(list(labels), pred)))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--select", action="store_true", help="print the cross-validation grid and stop")
    args = parser.parse_args(argv)
    texts, labels = read_training(args.data)
    if args.select:
        for min_df, c, score in select_settings(texts, labels):
            print(f"min_df={min_df} C={c:g}: macro-F1 {score:.3f}")
        return
    model = train(texts, labels, lexicon_candidates(texts))
    payload = {"about": "CAMEO quad-class sentence classifier trained on ConfliBERT class_train.tsv by "
                        "wirecoder.events.train_quad; TF-IDF (words and word pairs) + logistic regression",
               "settings": {"min_df": MIN_DF, "C": C, "sublinear_tf": True, "norm": "l2"},
               **model.to_dict()}
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(model.vocabulary)} terms, "
          f"threshold {model.threshold})")


if __name__ == "__main__":
    main()
