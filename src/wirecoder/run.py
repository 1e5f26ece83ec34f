"""The `run` job: read inputs, code what is new or changed, store it.

Re-running on the same input changes nothing: an article whose id (a hash of
its normalized text), metadata and pipeline version are already stored is only
noted as seen. Parses are cached in the database, so re-coding after a
pipeline change never parses again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .clean import make_article
from .ingest import read_inputs
from .nlp import doc_from_bytes, doc_to_bytes, model_version, parse_many
from .pipeline import PipelineConfig, code_article, pipeline_signature
from .records import Article, Extraction, IngestProblem
from .store import Store, metadata_key
from .story_update import load_near_duplicates, update_stories


@dataclass
class RunSummary:
    read: int = 0  # articles read from the inputs
    new: int = 0  # coded and stored for the first time
    recoded: int = 0  # stored before, coded again (metadata or pipeline changed)
    unchanged: int = 0  # already stored as they are
    parsed: int = 0  # parsed now (the rest came from the parse cache)
    duplicates: int = 0  # near-duplicates of stored articles: linked, not coded
    stories_touched: int = 0
    problems: list[IngestProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "read": self.read, "new": self.new, "recoded": self.recoded, "unchanged": self.unchanged,
            "parsed": self.parsed, "duplicates": self.duplicates, "stories_touched": self.stories_touched,
            "problems": [str(p) for p in self.problems],
        }


def run(
    inputs: Iterable[str | Path],
    store: Store,
    manifest: str | Path | None = None,
    published: str | None = None,
    config: PipelineConfig | None = None,
    stdin: TextIO | None = None,
    on_problem: Callable[[IngestProblem], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RunSummary:
    """Ingest, code and store. ``progress(done, total)`` is called per article."""
    config = config or PipelineConfig()
    summary = RunSummary()
    signature = pipeline_signature(config)
    near_duplicates = load_near_duplicates(store)
    to_code: dict[str, tuple[Article, str]] = {}  # id -> (article, metadata key as read)
    copies: dict[str, tuple[Article, str, str]] = {}  # id -> (article, key, id of the original)
    recoded: set[str] = set()
    for item in read_inputs(list(inputs), manifest=manifest, published=published, stdin=stdin):
        if isinstance(item, IngestProblem):
            summary.problems.append(item)
            if on_problem:
                on_problem(item)
            continue
        summary.read += 1
        article = make_article(item)
        if article.id in to_code or article.id in copies:
            store.add_source(article.id, article.source)  # the same text read twice in one run
            continue
        key = metadata_key(article)
        state = store.coded_state(article.id)
        if state == (key, signature):
            store.add_source(article.id, article.source)
            summary.unchanged += 1
            continue
        if state is not None:
            summary.recoded += 1
            recoded.add(article.id)
            to_code[article.id] = (article, key)
            continue
        summary.new += 1
        original = near_duplicates.add(article.id, article.clean_text)
        if original is not None:
            copies[article.id] = (article, key, original)
        else:
            to_code[article.id] = (article, key)

    for article, key, original in copies.values():
        # A wire copy or re-post: stored and linked to its story, not coded twice.
        warning = f"near-duplicate of article {original}: not coded again"
        store.save_extraction(Extraction(article=article, warnings=article.warnings + [warning]), signature, key)
        summary.duplicates += 1

    total = len(to_code)
    if progress:
        progress(0, total)
    model = model_version()
    cached = {}
    for article_id, (article, _key) in to_code.items():
        data = store.cached_parse(article_id, model, article.clean_text)
        if data is not None:
            cached[article_id] = doc_from_bytes(data)
    unparsed = [article for article, _key in to_code.values() if article.id not in cached]
    fresh_docs = iter(parse_many((a.clean_text for a in unparsed), n_process=config.n_process))

    for done, (article, key) in enumerate(to_code.values(), start=1):
        doc = cached.get(article.id)
        if doc is None:
            doc = next(fresh_docs)
            store.save_parse(article.id, model, article.clean_text, doc_to_bytes(doc))
            summary.parsed += 1
        store.save_extraction(code_article(doc, article, config), signature, key)
        if progress:
            progress(done, total)
    summary.stories_touched = update_stories(store, near_duplicates, recoded)
    return summary
