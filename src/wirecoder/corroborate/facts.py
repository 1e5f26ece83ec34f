"""Numeric facts: one figure, many reports.

A quantity that says what it counts or measures ("1,600 active-duty troops",
"a 25% tariff", "18 kilos of fentanyl") is a numeric fact. The reports of
one fact across a story's articles (same counted thing, same unit, values
that agree) become one fact with its mentions, counted by distinct outlets.
A fact is tied to the event told in its sentence (the nearest trigger), and
through it to that event's actors; with no event, to the actor named
nearest the figure. Bare numbers ("23", "hundreds of thousands" with nothing counted) are
not facts: nothing says what they are about.
"""

from __future__ import annotations

from collections import Counter

from ..records import Extraction, Quantity
from .events import mention_of
from .numbers import counts_key, same_value, value_range
from .records import NumericFact


def _tied_event(extraction: Extraction, quantity: Quantity) -> int | None:
    """Index of the event whose trigger (or a merged mention's trigger: one
    event told again later in the article) is nearest the quantity in its
    sentence."""
    distances = []
    for i, event in enumerate(extraction.events):
        triggers = [(event.sentence, event.trigger_start)] + [
            (m.get("sentence"), m.get("trigger_start", 0)) for m in event.mentions]
        distances += [(abs(start - quantity.start), i) for sentence, start in triggers if sentence == quantity.sentence]
    return min(distances)[1] if distances else None


def _nearest_actor(extraction: Extraction, quantity: Quantity) -> list[str]:
    """The actor named nearest the figure in its sentence, outside the
    figure's own words ("Mexico sent 10,000 troops" -> Mexico)."""
    mentions = [m for m in extraction.actor_mentions if m.sentence == quantity.sentence
                and (m.end <= quantity.start or m.start >= quantity.end + len(quantity.counts_phrase) + 1)]
    if not mentions:
        return []
    nearest = min(mentions, key=lambda m: min(abs(m.end - quantity.start), abs(m.start - quantity.end)))
    actor = extraction.actor(nearest.actor_id)
    return [actor.name] if actor else []


def _event_actors(extraction: Extraction, event_index: int) -> list[str]:
    event = extraction.events[event_index]
    actors = [extraction.actor(i) for i in event.source_actor_ids + event.target_actor_ids]
    return list(dict.fromkeys(a.name for a in actors if a is not None))


def _is_fact(quantity: Quantity) -> bool:
    return value_range(quantity) is not None and bool(counts_key(quantity) or quantity.unit)


def _same_fact(fact: NumericFact, key: tuple[str, str], values: tuple[float, float], change: str) -> bool:
    return (fact.key, fact.unit) == key and same_value(fact.values, values) and fact.change == change


def merge_facts(extractions: list[Extraction], event_of: dict[tuple[str, int], int]) -> list[NumericFact]:
    """Numeric facts of a story's articles; ``event_of`` maps (article id,
    event index) to the index of the corroborated event it belongs to."""
    facts: list[NumericFact] = []
    written: dict[int, Counter] = {}  # fact -> how its reports write the figure
    for extraction in extractions:
        for i, quantity in enumerate(extraction.quantities):
            if not _is_fact(quantity):
                continue
            key, values = (counts_key(quantity), quantity.unit), value_range(quantity)
            event_index = _tied_event(extraction, quantity)
            actors = (_event_actors(extraction, event_index) if event_index is not None
                      else _nearest_actor(extraction, quantity))
            event = event_of.get((extraction.article.id, event_index)) if event_index is not None else None
            mention = mention_of(extraction, i, quantity.sentence, quantity.start, quantity.end)
            fact = next((f for f in facts if _same_fact(f, key, values, quantity.change)), None)
            if fact is None:
                fact = NumericFact(key=key[0], unit=quantity.unit, values=values, change=quantity.change,
                                   text=quantity.text, counts=quantity.counts_phrase or quantity.counts)
                facts.append(fact)
                written[id(fact)] = Counter()
            fact.mentions.append(mention)
            written[id(fact)][quantity.text] += 1
            if fact.event is None and event is not None:
                fact.event = event
            fact.actors += [name for name in actors if name not in fact.actors]
    for fact in facts:
        fact.text = written[id(fact)].most_common(1)[0][0]
    return facts
