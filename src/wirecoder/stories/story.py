"""A story: its articles and their summed features, which a new article is
first compared with (cheaper than comparing it with every article)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .features import days_apart
from .profiles import GROUPS, Profile


@dataclass
class Story:
    id: int
    articles: list[str] = field(default_factory=list)
    terms: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    lead: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    days: Counter = field(default_factory=Counter)
    first_published: str | None = None
    last_published: str | None = None
    embedding: list[float] | None = None  # sum of member embeddings

    def group(self, name: str) -> Counter:
        return getattr(self, name)

    def absorb(self, profile: Profile) -> None:
        """Add one article's features to the story's sums (not to its articles)."""
        for g in GROUPS:
            counts = self.group(g)
            for k, w in profile.vectors[g].items():
                counts[k] += w
        self.years.update(profile.years)
        self.days.update(profile.days)
        if profile.published:
            self.first_published = min(filter(None, (self.first_published, profile.published)))
            self.last_published = max(filter(None, (self.last_published, profile.published)))
        if profile.embedding is not None:
            self.embedding = ([a + b for a, b in zip(self.embedding, profile.embedding)]
                              if self.embedding is not None else list(profile.embedding))


def ordinal(published: str | None) -> float | None:
    try:
        return float(date.fromisoformat(published[:10]).toordinal()) if published else None
    except ValueError:
        return None


def within_window(published: str, story: Story, window_days: int) -> bool:
    first, last = story.first_published, story.last_published or story.first_published
    if first is None:
        return True
    if first <= published <= last:
        return True
    gaps = [d for d in (days_apart(published, first), days_apart(published, last)) if d is not None]
    return not gaps or min(gaps) <= window_days


def plain_cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0
