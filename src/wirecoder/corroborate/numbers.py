"""Numeric facts told differently.

Across articles, a number belongs to a fact through the event it is told
with: the quantities in the sentences that report one corroborated event
(e.g. the troops of one deployment). Two articles whose figures for the same
counted thing share no value tell the fact differently. Inside one article, a
figure disputed by a later sentence ("the real number ... is hundreds of
thousands, not tens of millions") is a conflict too.
"""

from __future__ import annotations

import re

from ..records import Extraction, Quantity
from .events import EventItem, mention_of
from .lexicon import disputes, lexicon
from .records import Conflict, ConflictSide, Mention


def counts_key(quantity: Quantity) -> str:
    """The counted thing, reduced to a comparable word: "active-duty troops" -> "troop"."""
    words = re.findall(r"[a-z]+", quantity.counts.lower())
    if not words:
        return ""
    word = words[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def value_range(quantity: Quantity) -> tuple[float, float] | None:
    if quantity.value is not None:
        return quantity.value, quantity.value
    if quantity.value_low is not None or quantity.value_high is not None:
        low = quantity.value_low if quantity.value_low is not None else quantity.value_high
        high = quantity.value_high if quantity.value_high is not None else quantity.value_low
        return low, high
    return None


def same_value(a: tuple[float, float], b: tuple[float, float]) -> bool:
    tolerance = lexicon()["number_tolerance"]
    scale = max(abs(a[1]), abs(b[1]), 1e-9)
    return a[0] <= b[1] + tolerance * scale and b[0] <= a[1] + tolerance * scale


def _quantity_mention(extraction: Extraction, index: int) -> Mention:
    q = extraction.quantities[index]
    return mention_of(extraction, index, q.sentence, q.start, q.end)


def event_number_conflicts(cluster: list[EventItem]) -> list[Conflict]:
    """Figures for the same counted thing, in the sentences of one event,
    that two articles give with no value in common."""
    per_key: dict[tuple[str, str], dict[str, list[tuple[tuple[float, float], Quantity, Mention]]]] = {}
    seen: set[tuple[str, int]] = set()
    for item in cluster:
        extraction = item.extraction
        sentences = {item.event.sentence} | {m.get("sentence") for m in item.event.mentions}
        for i, q in enumerate(extraction.quantities):
            values = value_range(q)
            key = (counts_key(q), q.unit)
            if q.sentence not in sentences or values is None or not key[0] or (extraction.article.id, i) in seen:
                continue
            seen.add((extraction.article.id, i))
            per_key.setdefault(key, {}).setdefault(extraction.article.id, []).append(
                (values, q, _quantity_mention(extraction, i))
            )
    conflicts = []
    first = cluster[0].event
    for (counted, unit), by_article in per_key.items():
        articles = list(by_article.values())
        disagree = any(
            not any(same_value(x[0], y[0]) for x in a for y in b)
            for i, a in enumerate(articles)
            for b in articles[i + 1:]
        )
        if not disagree:
            continue
        sides: list[ConflictSide] = []
        for values, q, mention in (entry for a in articles for entry in a):
            side = next((s for s in sides if s.value == q.text), None)
            if side is None:
                sides.append(ConflictSide(q.text, [mention]))
            else:
                side.mentions.append(mention)
        subject = f"{counted} ({unit or 'count'}) in {first.type}{'/' + first.mode if first.mode else ''}"
        conflicts.append(Conflict("number", subject, sides))
    return conflicts


def disputed_figures(extraction: Extraction) -> list[Conflict]:
    """A figure that a later sentence of the same article disputes with a
    very different one for the same thing."""
    factor = lexicon()["dispute_factor"]
    conflicts = []
    quantities = [(i, q, value_range(q)) for i, q in enumerate(extraction.quantities)]
    quantities = [(i, q, v) for i, q, v in quantities if v is not None and v[1] > 0]
    for n, (i, first, v1) in enumerate(quantities):
        for j, later, v2 in quantities[n + 1:]:
            if later.sentence == first.sentence or later.sentence - first.sentence > 2:
                continue
            sentence = extraction.sentences[later.sentence].text
            if not disputes(sentence):
                continue
            key1, key2 = counts_key(first), counts_key(later)
            same_thing = (key1 and key1 == key2) or (
                key1 and not key2 and re.search(rf"\b{re.escape(key1)}", sentence.lower())
            )
            ratio = max(v1[0], v2[0]) / max(min(v1[1], v2[1]), 1e-9)
            if same_thing and ratio >= factor and later.unit == first.unit:
                conflicts.append(Conflict(
                    "number",
                    f"{first.counts or later.counts} (disputed in the article)",
                    [ConflictSide(first.text, [_quantity_mention(extraction, i)]),
                     ConflictSide(later.text, [_quantity_mention(extraction, j)])],
                    within_article=True,
                ))
    return conflicts
