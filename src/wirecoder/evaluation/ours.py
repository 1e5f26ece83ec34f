"""Running wirecoder itself, through its public pipeline, over gold texts.

Our system is what a user gets: ``wirecoder.pipeline.extract_many`` over
articles made with ``clean.make_article``. Its spans are offsets into the
article's clean text; ``GoldDocument.to_gold`` maps them back to offsets into
the gold text as the gold file gives it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..clean import make_article
from ..pipeline import STAGES, PipelineConfig, extract_many
from ..records import Extraction, RawArticle

NOT_BUILT = "not built yet"
CHUNK = 32

# The stages each capability reads, itself included: running just these gives
# the same output for that capability as the whole pipeline, faster (places
# loads a large gazetteer). None: every stage. Keep in step with what the
# stages read (events read actors, times, places and quotes; quotes read
# actors and times).
CAPABILITY_STAGES: dict[str, list[str] | None] = {
    "times": ["times"],
    "places": ["places"],
    "quantities": ["quantities"],
    "actors": ["actors", "places"],
    "quotes": ["actors", "times", "quotes"],
    "events": None,
    "stories": None,
}


@dataclass
class GoldDocument:
    """A gold text to code, with its publication date (the anchor for time)."""

    text: str
    published: str | None = None


def stage_status(name: str) -> str:
    """"built", "missing" (its module does not exist yet) or "broken: ..."
    (it exists but does not import), checked the way the pipeline loads it."""
    path = dict(STAGES).get(name)
    if path is None:
        return "missing"
    module_name, function_name = path.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return "missing"
        return f"broken: {type(error).__name__}: {error}"
    except Exception as error:  # noqa: BLE001 - a half-written module must not stop the run
        return f"broken: {type(error).__name__}: {error}"
    if not callable(getattr(module, function_name, None)):
        return f"broken: {module_name} has no {function_name}"
    return "built"


def unavailable(required: Sequence[str], capability: str | None = None) -> tuple[str, str] | None:
    """Why wirecoder cannot be scored on a task, as (status, note), or None
    when it can: a required stage is not built yet, or a stage that would run
    for ``capability`` exists but does not load (the pipeline would raise)."""
    missing = [name for name in required if stage_status(name) == "missing"]
    if missing:
        return NOT_BUILT, f"missing stage(s): {', '.join(missing)}"
    running = CAPABILITY_STAGES.get(capability) if capability else None
    names = [name for name, _ in STAGES if running is None or name in running]
    broken = [f"{name} {stage_status(name)}" for name in names if stage_status(name).startswith("broken")]
    if broken:
        return "failed: a pipeline stage does not load", "; ".join(broken)
    return None


def _newline_map(text: str) -> list[int] | None:
    """make_article turns CR LF and CR into LF; this maps offsets in the
    converted text back to the gold text (None when nothing changes)."""
    if "\r" not in text:
        return None
    mapping, i = [], 0
    while i < len(text):
        mapping.append(i)
        i += 2 if text.startswith("\r\n", i) else 1
    mapping.append(len(text))
    return mapping


class CodedDocument:
    """One gold document and what wirecoder extracted from it (None if it failed)."""

    def __init__(self, gold: GoldDocument, extraction: Extraction | None, error: str = ""):
        self.gold = gold
        self.extraction = extraction
        self.error = error
        self._map = _newline_map(gold.text)

    def to_gold(self, start: int, end: int) -> tuple[int, int]:
        """A clean-text span of the extraction as a span of the gold text."""
        start, end = self.extraction.article.original_span(start, end)
        if self._map is not None:
            start, end = self._map[min(start, len(self._map) - 1)], self._map[min(end, len(self._map) - 1)]
        return start, end


def _code_chunk(articles, golds, config) -> list[CodedDocument]:
    try:
        return [CodedDocument(g, x) for g, x in zip(golds, extract_many(articles, config))]
    except Exception:  # a stage failed on some document: find which, keep the rest
        coded = []
        for article, gold in zip(articles, golds):
            try:
                coded.append(CodedDocument(gold, next(iter(extract_many([article], config)))))
            except Exception as error:  # noqa: BLE001 - a crash is a result to report
                coded.append(CodedDocument(gold, None, f"{type(error).__name__}: {error}"))
        return coded


def code_documents(docs: Sequence[GoldDocument], capability: str | None = None) -> list[CodedDocument]:
    """Code every document, in order, with the stages ``capability`` needs
    (all when None). A document on which a stage raises is returned with
    ``extraction=None`` and the error, and counts as no predictions."""
    config = PipelineConfig(only_stages=CAPABILITY_STAGES.get(capability) if capability else None)
    coded: list[CodedDocument] = []
    for i in range(0, len(docs), CHUNK):
        golds = list(docs[i:i + CHUNK])
        articles = [make_article(RawArticle(text=g.text, published=g.published)) for g in golds]
        coded.extend(_code_chunk(articles, golds, config))
    return coded


def failure_note(coded: Sequence[CodedDocument]) -> list[str]:
    failed = [c for c in coded if c.extraction is None]
    if not failed:
        return []
    return [f"wirecoder raised on {len(failed)} of {len(coded)} documents (scored as no predictions); "
            f"first: {failed[0].error[:200]}"]
