"""A learned sentence classifier for the CAMEO quad class, on top of the lexicon.

The lexicon stays the explanation of every event; this classifier only reads
a sentence as a whole and says which of the five CAMEO quad classes it reports
(0 statement/appeal, 1 verbal cooperation, 2 material cooperation, 3 verbal
conflict, 4 material conflict), with a probability. The events stage uses it to
choose a sentence's main event among the events the lexicon found; it never
creates an event nor changes one's type.

Inference is plain Python: TF-IDF over lower-cased words and word pairs,
then a multinomial logistic regression, from weights shipped in
``data/quad_classifier.json`` (written by ``python -m
wirecoder.events.train_quad`` from the gold training data; scikit-learn is
needed only there).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

WEIGHTS_FILE = "quad_classifier.json"
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "´": "'", "`": "'"})


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().translate(_APOSTROPHES))


def features(text: str) -> list[str]:
    """The terms of a sentence: its words and adjacent word pairs.

    Training passes this very function to scikit-learn as the analyzer, so
    inference featurises exactly as training did.
    """
    tokens = words(text)
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


@dataclass(frozen=True)
class QuadPrediction:
    quad: int
    probability: float
    probabilities: tuple[float, ...]


@dataclass
class QuadModel:
    vocabulary: dict[str, int]
    idf: list[float]
    coef: list[list[float]]  # one row per class
    intercept: list[float]
    classes: list[int]
    # Below it, the lexicon's own reading of the sentence is trusted instead
    # (chosen by cross-validation on the training data).
    threshold: float = 0.5
    plover_to_quad: dict[str, int] | None = None

    def vector(self, text: str) -> dict[int, float]:
        """Sublinear TF-IDF, L2-normalised (scikit-learn's TfidfVectorizer)."""
        counts = Counter(self.vocabulary[t] for t in features(text) if t in self.vocabulary)
        weights = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {i: w / norm for i, w in weights.items()} if norm else {}

    def probabilities(self, text: str) -> list[float]:
        x = self.vector(text)
        scores = [b + sum(row[i] * w for i, w in x.items()) for row, b in zip(self.coef, self.intercept)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, text: str) -> QuadPrediction:
        probs = self.probabilities(text or "")
        best = max(range(len(probs)), key=lambda k: (probs[k], -k))
        return QuadPrediction(self.classes[best], probs[best], tuple(probs))

    def quad_of_type(self, plover_type: str | None) -> int:
        """The CAMEO quad class of a PLOVER type, as the training labels use it."""
        return (self.plover_to_quad or {}).get((plover_type or "").upper(), 0)

    def to_dict(self) -> dict:
        terms = sorted(self.vocabulary, key=self.vocabulary.get)
        return {
            "classes": self.classes,
            "threshold": self.threshold,
            "plover_to_quad": self.plover_to_quad or {},
            "terms": terms,
            "idf": [round(v, 6) for v in self.idf],
            "coef": [[round(v, 6) for v in row] for row in self.coef],
            "intercept": [round(v, 6) for v in self.intercept],
        }

    @classmethod
    def from_dict(cls, data: dict) -> QuadModel:
        return cls(
            vocabulary={t: i for i, t in enumerate(data["terms"])},
            idf=list(data["idf"]),
            coef=[list(row) for row in data["coef"]],
            intercept=list(data["intercept"]),
            classes=list(data["classes"]),
            threshold=float(data.get("threshold", 0.5)),
            plover_to_quad=dict(data.get("plover_to_quad") or {}),
        )


def read_model(path: Path) -> QuadModel:
    return QuadModel.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_quad_model() -> QuadModel | None:
    """The shipped model, or None when the weights file is absent."""
    source = resources.files("wirecoder") / "data" / WEIGHTS_FILE
    if not source.is_file():
        return None
    return QuadModel.from_dict(json.loads(source.read_text(encoding="utf-8")))


# A candidate event of a sentence as the combination sees it:
# (CAMEO quad class, confidence, trigger start).
Candidate = tuple[int, float, int]


def main_candidate(candidates: Sequence[Candidate], predicted_quad: int | None) -> Candidate | None:
    """The sentence's main event: the most confident (then earliest) among
    those agreeing with the classifier's class, else among all."""
    if not candidates:
        return None
    agreeing = [c for c in candidates if c[0] == predicted_quad]
    return min(agreeing or candidates, key=lambda c: (-c[1], c[2]))


def combined_quad(candidates: Sequence[Candidate], prediction: QuadPrediction, threshold: float) -> int:
    """The sentence's quad class from both readings.

    A confident classifier (probability >= threshold) decides; otherwise the
    lexicon's main event does (no event: class 0), chosen among the events
    the classifier agrees with.
    """
    if prediction.probability >= threshold:
        return prediction.quad
    main = main_candidate(candidates, prediction.quad)
    return main[0] if main is not None else 0


def annotate_events(events: list, sentence_text, model: QuadModel | None = None) -> None:
    """Give each event its sentence's classifier reading and mark each
    sentence's main event. ``sentence_text(index)`` is the text of sentence
    ``index``. Only fields of the classifier change: no event is added,
    removed or retyped."""
    model = model or load_quad_model()
    if model is None:
        return
    readings: dict[int, QuadPrediction] = {}
    by_sentence: dict[int, list] = {}
    for event in events:
        if event.sentence not in readings:
            readings[event.sentence] = model.predict(sentence_text(event.sentence))
        reading = readings[event.sentence]
        event.sentence_quad = reading.quad
        event.sentence_quad_probability = round(reading.probability, 4)
        by_sentence.setdefault(event.sentence, []).append(event)
    for index, group in by_sentence.items():
        candidates = [(model.quad_of_type(e.type), e.confidence, e.trigger_start) for e in group]
        main = main_candidate(candidates, readings[index].quad)
        for event, candidate in zip(group, candidates):
            event.sentence_main = candidate is main
