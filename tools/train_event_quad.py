"""Train the CAMEO quad-class sentence classifier shipped with wirecoder.

Developer tool, never run by the package: reads the ConfliBERT quad-class
training sentences from ../shared/gold/conflibert_cameo/class_train.tsv,
reports 5-fold cross-validated macro-F1 (the honest number), then fits on all
of them and writes the model as plain JSON (vocabulary, idf, coefficients) to
src/wirecoder/data/event_quad_model.json. No pickle: inference is a few lines
of Python in wirecoder/events/quad_classifier.py.

    .venv/bin/python tools/train_event_quad.py [path/to/class_train.tsv]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "gold" / "conflibert_cameo" / "class_train.tsv"
OUT = ROOT / "src" / "wirecoder" / "data" / "event_quad_model.json"
PARAMS = {"ngram_range": (1, 2), "min_df": 2, "sublinear_tf": True}
C = 10.0


def read(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text, label = line.rsplit("\t", 1)
        texts.append(text)
        labels.append(int(label))
    return texts, labels


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    texts, labels = read(path)
    model = make_pipeline(TfidfVectorizer(**PARAMS), LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))
    predicted = cross_val_predict(model, texts, labels, cv=StratifiedKFold(5, shuffle=True, random_state=0))
    cv = f1_score(labels, predicted, average="macro")
    print(f"5-fold cross-validated macro-F1: {cv:.3f} on {len(texts)} sentences")
    model.fit(texts, labels)
    vectorizer, classifier = model.steps[0][1], model.steps[1][1]
    vocabulary = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    data = {
        "about": "CAMEO quad class (0 statement/appeal, 1 verbal coop, 2 material coop, 3 verbal conflict, "
                 "4 material conflict) of a sentence; tf-idf (sublinear, l2) + logistic regression, trained on "
                 "ConfliBERT class_train.tsv by tools/train_event_quad.py",
        "cross_validated_macro_f1": round(cv, 4),
        "ngram_range": list(PARAMS["ngram_range"]),
        "classes": [int(c) for c in classifier.classes_],
        "vocabulary": vocabulary,
        "idf": [round(float(x), 5) for x in vectorizer.idf_],
        "coef": [[round(float(x), 5) for x in row] for row in classifier.coef_],
        "intercept": [round(float(x), 5) for x in classifier.intercept_],
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(vocabulary)} terms)")


if __name__ == "__main__":
    main()
