"""Status histories of measures: a tariff announced for one date, paused,
then set for another is one measure with a history, not a contradiction.

A measure is a noun of the lexicon ("tariff") told apart by its figure when
the sentence gives one ("25% tariff" vs "10% tariff"); a sentence naming the
noun without a figure joins the measure when the story has only one measure
of that noun. Each sentence that says something of its status ("will be
levied on Feb. 1", "hold off ... for a month") is a step, with the date the
sentence gives.
"""

from __future__ import annotations

import re

from ..records import Extraction
from .events import mention_of
from .lexicon import lexicon, measure_status
from .numbers import counts_key
from .records import StatusHistory, StatusStep

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _step_date(extraction: Extraction, sentence: int) -> str | None:
    """The latest day the sentence names: "said Friday that the tariff will be
    levied on February 1" is a step for February 1."""
    days = [t.value for t in extraction.times
            if t.sentence == sentence and t.type == "DATE" and FULL_DATE.match(t.value or "")]
    return max(days, default=None)


def _collapse(steps: list[StatusStep]) -> list[StatusStep]:
    """One step per status told in a row by the same article (the dated one)."""
    result: list[StatusStep] = []
    for step in steps:
        last = result[-1] if result else None
        if last and last.status == step.status and last.mention.article_id == step.mention.article_id and (
            last.date is None or step.date is None or last.date == step.date
        ):
            last.date = last.date or step.date
            continue
        result.append(step)
    return result


def measure_histories(extractions: list[Extraction]) -> list[StatusHistory]:
    nouns = lexicon()["measure_nouns"]
    noun_pattern = re.compile(r"\b(" + "|".join(nouns) + r")s?\b", re.IGNORECASE)
    groups: dict[tuple[str, str], list[tuple[str, StatusStep]]] = {}
    unfigured: list[tuple[str, str, StatusStep]] = []
    for extraction in sorted(extractions, key=lambda x: (x.article.published or "", x.article.id)):
        for sentence in extraction.sentences:
            found = {m.group(1).lower() for m in noun_pattern.finditer(sentence.text)}
            status = measure_status(sentence.text) if found else None
            if status is None:
                continue
            step = StatusStep(status, _step_date(extraction, sentence.index),
                              mention_of(extraction, -1, sentence.index, sentence.start, sentence.end))
            for noun in found:
                figures = {q.text.lower(): q for q in extraction.quantities
                           if q.sentence == sentence.index and counts_key(q) == noun}
                if not figures:
                    unfigured.append((noun, sentence.text, step))
                for q in figures.values():
                    figure = f"{q.value:g} {q.unit}".strip() if q.value is not None else q.text.lower()
                    groups.setdefault((noun, figure), []).append((sentence.text, step))
    for noun, text, step in unfigured:
        keys = [key for key in groups if key[0] == noun]
        if len(keys) == 1:
            groups[keys[0]].append((text, step))
    histories = []
    for (noun, figure), steps in groups.items():
        ordered = _collapse(sorted((s for _, s in steps), key=lambda s: (
            s.mention.published or "", s.mention.article_id, s.mention.sentence)))
        if len(ordered) >= 2:
            histories.append(StatusHistory(f"{figure} {noun}", ordered))
    return histories
