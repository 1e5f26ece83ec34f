"""One event, many reports: merge event mentions across a story's articles.

Two mentions describe the same event when they have the same PLOVER type and
mode, compatible source and target actors (a shared country, or a shared name
when no country is known, or one side unknown) and compatible dates. A
mention's date counts only when the text gave it (not the publication date).
For measures that are announced before they happen (modality planned or
threatened), a different date is a step in the measure's history (see
measures.py), not a different event; for occurred events, dates a few days apart are one event
told with two dates (a conflict), further apart two events.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..records import Event, Extraction
from .lexicon import lexicon
from .records import Conflict, ConflictSide, CorroboratedEvent, Mention

FORWARD_LOOKING = {"planned", "threatened"}


@dataclass
class EventItem:
    extraction: Extraction
    index: int
    event: Event
    sources: set[str]
    targets: set[str]
    source_label: str
    target_label: str
    mention: Mention


def mention_of(extraction: Extraction, index: int, sentence: int, start: int, end: int) -> Mention:
    article = extraction.article
    return Mention(article.id, article.outlet or article.id, article.published, sentence, start, end, index)


def _actor_side(extraction: Extraction, actor_ids: list[str], text: str) -> tuple[set[str], str]:
    """(comparison keys, label) of one side of an event."""
    actors = [a for a in map(extraction.actor, actor_ids) if a is not None]
    keys = {a.country for a in actors if a.country} or {a.name.lower() for a in actors}
    label = "; ".join(a.name for a in actors) or text
    if not keys and text:
        keys = {text.lower()}
    return keys, label


def event_items(extractions: list[Extraction]) -> list[EventItem]:
    items = []
    for extraction in extractions:
        for i, event in enumerate(extraction.events):
            sources, source_label = _actor_side(extraction, event.source_actor_ids, event.source_text)
            targets, target_label = _actor_side(extraction, event.target_actor_ids, event.target_text)
            mention = mention_of(extraction, i, event.sentence, event.trigger_start, event.trigger_end)
            items.append(EventItem(extraction, i, event, sources, targets, source_label, target_label, mention))
    items.sort(key=lambda it: (it.mention.published or "", it.mention.article_id, it.index))
    return items


def text_date(event: Event) -> date | None:
    """The event's date when the text states it to the day."""
    if event.date_precision not in ("day", "text") or not event.date:
        return None
    try:
        return date.fromisoformat(event.date[:10])
    except ValueError:
        return None


def _sides_compatible(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def compatible(a: EventItem, b: EventItem) -> bool:
    if (a.event.type, a.event.mode) != (b.event.type, b.event.mode):
        return False
    if not (_sides_compatible(a.sources, b.sources) and _sides_compatible(a.targets, b.targets)):
        return False
    if a.event.modality in FORWARD_LOOKING or b.event.modality in FORWARD_LOOKING:
        return True  # a changed date is the measure's history
    da, db = text_date(a.event), text_date(b.event)
    if da and db:
        return abs((da - db).days) <= lexicon()["same_event_max_days"]
    return True


def merge_events(items: list[EventItem]) -> list[list[EventItem]]:
    """Greedy complete-link clustering in publication order."""
    clusters: list[list[EventItem]] = []
    for item in items:
        for cluster in clusters:
            if all(compatible(item, other) for other in cluster):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return clusters


def _most_common(values: list) -> object:
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else None


def _labels(values: list[str]) -> str:
    """Every distinct actor, the most frequent first: one event may be told
    as Trump's by one outlet and as his secretary's by another."""
    names = Counter(name for value in values for name in value.split("; ") if name)
    return "; ".join(name for name, _ in names.most_common())


def corroborated(cluster: list[EventItem]) -> CorroboratedEvent:
    first = cluster[0]
    modalities = [it.event.modality for it in cluster]
    dates = [d.isoformat() for d in (text_date(it.event) for it in cluster) if d]
    return CorroboratedEvent(
        type=first.event.type,
        mode=first.event.mode,
        source=_labels([it.source_label for it in cluster]),
        target=_labels([it.target_label for it in cluster]),
        source_countries=sorted(set().union(*(it.sources for it in cluster)) - {""}),
        target_countries=sorted(set().union(*(it.targets for it in cluster)) - {""}),
        date=_most_common(dates),
        modality="occurred" if "occurred" in modalities else _most_common(modalities),
        mentions=[it.mention for it in cluster],
    )


def date_conflict(cluster: list[EventItem]) -> Conflict | None:
    """Reports of one occurred event that give it different days."""
    by_date: dict[str, list[Mention]] = {}
    for item in cluster:
        day = text_date(item.event)
        if day and item.event.modality not in FORWARD_LOOKING:
            by_date.setdefault(day.isoformat(), []).append(item.mention)
    if len(by_date) < 2:
        return None
    first = cluster[0].event
    subject = f"date of {first.type}{'/' + first.mode if first.mode else ''} {cluster[0].source_label} -> {cluster[0].target_label}"
    return Conflict("date", subject, [ConflictSide(d, ms) for d, ms in sorted(by_date.items())])


def actor_conflicts(clusters: list[list[EventItem]]) -> list[Conflict]:
    """One occurred event (same type, mode, target and day) told with
    different, incompatible sources by different articles."""
    conflicts = []
    keyed: dict[tuple, list[list[EventItem]]] = {}
    for cluster in clusters:
        first = cluster[0]
        day = text_date(first.event)
        if day is None or first.event.modality != "occurred" or not first.sources or not first.targets:
            continue
        key = (first.event.type, first.event.mode, frozenset(first.targets), day)
        keyed.setdefault(key, []).append(cluster)
    for (event_type, mode, _targets, day), group in keyed.items():
        articles = [{it.mention.article_id for it in c} for c in group]
        if len(group) > 1 and any(a.isdisjoint(b) for i, a in enumerate(articles) for b in articles[i + 1:]):
            sides = [ConflictSide(c[0].source_label, [it.mention for it in c]) for c in group]
            conflicts.append(Conflict("actor", f"who did {event_type}{'/' + mode if mode else ''} on {day}", sides))
    return conflicts
