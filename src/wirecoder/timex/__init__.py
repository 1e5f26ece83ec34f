"""Time expressions: found in running text, normalized to TIMEX3 values
against the publication date (or an estimate of it).

The pipeline stage is ``find_times``; ``estimate_publication_date`` and
``time_for_span`` are for other stages and for users.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Extraction, TimeExpression
from .dates import parse_iso_date
from .finder import Found, find_time_expressions
from .governing import sentence_index, time_for_span
from .publication import estimate_publication_date

__all__ = ["find_times", "estimate_publication_date", "time_for_span", "find_time_expressions", "Found"]


def find_times(doc: Doc, extraction: Extraction, config=None) -> None:
    """Pipeline stage: fill ``extraction.times``; estimate the publication
    date first when the article has none (marked as estimated)."""
    article = extraction.article
    anchor = parse_iso_date(article.published)
    if anchor is None:
        if article.published:
            extraction.warnings.append(f"publication date {article.published!r} is not an ISO date; estimated instead")
        estimate, note = estimate_publication_date(article.clean_text)
        article.published = estimate
        article.published_estimated = estimate is not None
        article.published_note = note
        anchor = parse_iso_date(estimate)
    anchor_text = anchor.isoformat() if anchor else None
    for found in find_time_expressions(article.clean_text, anchor, doc):
        extraction.times.append(
            TimeExpression(
                start=found.start,
                end=found.end,
                text=found.text,
                type=found.type,
                value=found.value,
                sentence=sentence_index(extraction, found.start) if extraction.sentences else -1,
                anchor=anchor_text,
                mod=found.mod,
            )
        )
