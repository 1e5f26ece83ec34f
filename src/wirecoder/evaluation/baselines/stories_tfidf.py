"""Stories baseline: TF-IDF cosine similarity with single-link clustering.

Documents are TF-IDF vectors (word unigrams, English stop words removed,
sublinear term frequency); two documents are linked when their cosine
similarity is at least ``THRESHOLD``; clusters are the connected components.
The threshold is fixed (not tuned per run) so that the baseline is the same
on any data.
"""

from __future__ import annotations

from collections.abc import Sequence

THRESHOLD = 0.3


def cluster(texts: Sequence[str], threshold: float = THRESHOLD) -> list[int]:
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not texts:
        return []
    if len(texts) == 1:
        return [0]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    similarity = (vectors @ vectors.T).tocsr()
    similarity.data[similarity.data < threshold] = 0
    similarity.eliminate_zeros()
    _, labels = connected_components(similarity, directed=False)
    return [int(label) for label in labels]
