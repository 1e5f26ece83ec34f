"""The report's opening brief: who, what, when and where, in a few generated
sentences, each count saying how many sources it rests on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .gather import EventItem, ReportData
from .plover import GROUPS, group_label, is_action


@dataclass
class Brief:
    sources: str
    who: str
    what: str
    when: str
    where: str
    key_events: list[EventItem] = field(default_factory=list)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _listing(counts: Counter, limit: int, unit: str) -> str:
    top = counts.most_common(limit)
    parts = [f"{name} ({_plural(n, unit)})" if i == 0 else f"{name} ({n})" for i, (name, n) in enumerate(top)]
    return ", ".join(parts)


def sources_sentence(data: ReportData) -> str:
    n_articles = len(data.articles)
    if not n_articles:
        return "The database holds no articles yet."
    outlets = data.outlet_count()
    first, last = data.dates()
    text = _plural(n_articles, "article")
    text += f" from {_plural(outlets, 'outlet')}" if outlets else " (outlets not recorded)"
    if first and last:
        text += f", published {first}" if first == last else f", published {first} to {last}"
    return text + "."


def _actors(events: list[EventItem]) -> Counter:
    counts: Counter = Counter()
    for event in events:
        names = {n.strip() for side in (event.source, event.target) for n in side.split(";") if n.strip()}
        counts.update(names)
    return counts


def make_brief(data: ReportData, key_events: int = 5) -> Brief:
    events = data.events
    if not events:
        empty = "No events were coded" + ("" if "events" in data.stages else " (the events stage did not run)") + "."
        return Brief(sources_sentence(data), "", empty, "", "")
    actors = _actors(events)
    countries = Counter(c for e in events for c in set(e.source_countries) | set(e.target_countries))
    who = f"Most active: {_listing(actors, 5, 'event')}." if actors else ""
    if countries:
        who += f" Countries involved: {_listing(countries, 6, 'event')}."

    groups = Counter(e.group for e in events)
    by_group = "; ".join(
        f"{group_label(g)} {groups[g]}" for g in list(GROUPS) + [0] if groups.get(g)
    )
    types = Counter(e.type for e in events)
    announced = sum(not is_action(e.modality) for e in events)
    what = (
        f"{_plural(len(events), 'event')} ({by_group}); most often "
        + ", ".join(f"{t} ({n})" for t, n in types.most_common(4))
        + f". {announced} of them are threats, plans or other statements of intent rather than actions."
    )
    corroborated = sum(e.outlets > 1 for e in events)
    if corroborated:
        what += f" {_plural(corroborated, 'event')} reported by more than one source."
    if data.conflicts:
        what += f" {_plural(len(data.conflicts), 'conflict')} between sources (see below)."

    days = Counter(e.day for e in events if e.day)
    when = ""
    if days:
        first, last = min(days), max(days)
        when = f"Events dated {first}" + (f" to {last}" if last != first else "")
        busiest, n = days.most_common(1)[0]
        if len(days) > 1:
            when += f"; busiest day {busiest} ({_plural(n, 'event')})"
        when += "."
    places = Counter(e.place for e in events if e.place)
    where = f"{_listing(places, 6, 'event')}." if places else "No event is tied to a named place."

    ranked = sorted(events, key=lambda e: (-e.outlets, -e.articles, -abs(e.intensity), e.day or "", e.id))
    return Brief(sources_sentence(data), who, what, when, where, ranked[:key_events])
