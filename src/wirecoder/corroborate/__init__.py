"""Corroboration: what the articles of one story say together.

Events reported by several articles become one event with its mentions,
counted by distinct outlets; the same for quotes (statements) and for
numeric facts (a figure, what it counts, the event and actors it is told with). Facts told
with different values (a number, a date, an actor) become conflicts with
each side and its sources; a measure announced, paused and rescheduled gets
a status history instead of a conflict.
"""

from __future__ import annotations

from ..records import Extraction
from .events import (
    actor_conflicts,
    corroborated,
    date_conflict,
    event_items,
    merge_events,
)
from .facts import merge_facts
from .measures import measure_histories
from .numbers import disputed_figures, event_number_conflicts
from .records import StoryFindings
from .statements import merge_statements

__all__ = ["corroborate", "StoryFindings"]


def corroborate(extractions: list[Extraction]) -> StoryFindings:
    """Everything several articles of one story say together."""
    findings = StoryFindings()
    clusters = merge_events(event_items(extractions))
    event_of = {(it.mention.article_id, it.index): n for n, cluster in enumerate(clusters) for it in cluster}
    for cluster in clusters:
        findings.events.append(corroborated(cluster))
        conflict = date_conflict(cluster)
        if conflict:
            findings.conflicts.append(conflict)
        findings.conflicts.extend(event_number_conflicts(cluster))
    findings.conflicts.extend(actor_conflicts(clusters))
    for extraction in extractions:
        findings.conflicts.extend(disputed_figures(extraction))
    findings.histories = measure_histories(extractions)
    findings.statements = merge_statements(extractions)
    findings.facts = merge_facts(extractions, event_of)
    return findings
