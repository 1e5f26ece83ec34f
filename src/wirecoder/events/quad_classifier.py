"""A learned CAMEO quad-class classifier for sentences, shipped as JSON weights.

Not the event coder: the lexicon stays the explainable default for PLOVER
types, modes and arguments. This model only answers "which of the five CAMEO
quad classes does this sentence report" (0 statement/appeal, 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict),
which the lexicon cannot do well because class 0 (comments, appeals) has no
PLOVER type at all. Trained by ``tools/train_event_quad.py`` on gold training
sentences (tf-idf + logistic regression; its cross-validated macro-F1 is
stored in the JSON). Inference reproduces scikit-learn's TfidfVectorizer and
LogisticRegression in plain Python, so no pickle and no scikit-learn at run
time.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "event_quad_model.json"
TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
QUAD_NAMES = {0: "statement/appeal", 1: "verbal cooperation", 2: "material cooperation",
              3: "verbal conflict", 4: "material conflict"}


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> dict | None:
    model_path = Path(path) if path else MODEL_PATH
    if not model_path.exists():
        return None
    return json.loads(model_path.read_text(encoding="utf-8"))


def _features(text: str, model: dict) -> dict[int, float]:
    words = TOKEN.findall(text.lower())
    low, high = model["ngram_range"]
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    vocabulary, idf = model["vocabulary"], model["idf"]
    counts = Counter(vocabulary[g] for g in grams if g in vocabulary)
    weights = {i: (1.0 + math.log(c)) * idf[i] for i, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {i: w / norm for i, w in weights.items()}


def quad_probabilities(text: str, model: dict | None = None) -> dict[int, float]:
    """Probability of each CAMEO quad class for a sentence ({} without a model)."""
    model = model or load_model()
    if model is None:
        return {}
    x = _features(text, model)
    scores = [b + sum(row[i] * w for i, w in x.items()) for row, b in zip(model["coef"], model["intercept"])]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {label: e / total for label, e in zip(model["classes"], exps)}


def predict_quad(text: str) -> int | None:
    """The most likely CAMEO quad class of a sentence, or None without a model."""
    probabilities = quad_probabilities(text)
    if not probabilities:
        return None
    return max(probabilities, key=probabilities.get)
