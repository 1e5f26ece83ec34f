"""What the story index keeps of each article, and how alike two articles are.

A profile holds an article's sub-linear term weights per feature group (raw:
the IDF is applied when comparing, so that comparisons made later use the
IDF of the whole collection seen by then), its years, days, publication date
and optional embedding. ``similarity_matrix`` compares a handful of profiles
at once (the articles of a few neighbouring stories) with numpy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .features import days_apart, idf, main_years

GROUPS = ("terms", "names", "numbers", "lead")  # lead: headline and first two sentences


@dataclass
class Profile:
    vectors: dict[str, dict[str, float]]  # group -> feature -> sub-linear count (no IDF)
    years: Counter = field(default_factory=Counter)
    days: list[str] = field(default_factory=list)
    published: str | None = None
    embedding: list[float] | None = None

    def to_row(self) -> dict:
        return {"vectors": self.vectors, "years": {str(y): n for y, n in self.years.items()},
                "days": self.days, "published": self.published, "embedding": self.embedding}

    @classmethod
    def from_row(cls, row: dict) -> Profile:
        return cls(vectors={g: dict(row["vectors"].get(g, {})) for g in GROUPS},
                   years=Counter({int(y): n for y, n in row.get("years", {}).items()}),
                   days=list(row.get("days", [])), published=row.get("published"),
                   embedding=row.get("embedding"))


def is_brief(profile: Profile, brief_terms: int) -> bool:
    """Whether an article is a brief: fewer than ``brief_terms`` distinct content words."""
    return len(profile.vectors.get("terms", {})) < brief_terms


def _unit_rows(profiles: list[Profile], group: str, df: Counter, n_docs: int) -> np.ndarray:
    """One row per profile: its TF-IDF vector of ``group``, unit length (zeros if empty)."""
    keys = sorted({k for p in profiles for k in p.vectors.get(group, {})})
    rows = np.zeros((len(profiles), len(keys)))
    if not keys:
        return rows
    column = {k: i for i, k in enumerate(keys)}
    for r, p in enumerate(profiles):
        for k, w in p.vectors.get(group, {}).items():
            rows[r, column[k]] = w
    rows *= np.array([idf(df[k], n_docs) for k in keys])
    norms = np.linalg.norm(rows, axis=1)
    return rows / np.where(norms > 0, norms, 1.0)[:, None]


def _shares(sets: list[set]) -> tuple[np.ndarray, np.ndarray]:
    """(both have some, they have one in common) for every pair of sets."""
    vocab = {v: i for i, v in enumerate(sorted({v for s in sets for v in s}))}
    member = np.zeros((len(sets), max(1, len(vocab))))
    for r, s in enumerate(sets):
        for v in s:
            member[r, vocab[v]] = 1.0
    has = member.sum(axis=1) > 0
    return has[:, None] & has[None, :], (member @ member.T) > 0


def similarity_matrix(profiles: list[Profile], df: dict[str, Counter], n_docs: int, config) -> np.ndarray:
    """Pairwise similarity of the profiles: the weighted TF-IDF cosines of the
    groups, blended with embeddings when every profile has one; mentioned years
    that share nothing (another earthquake, another election) scale it by
    ``year_penalty``; a calendar day in common adds ``day_bonus``."""
    weights = {"terms": config.weight_terms, "names": config.weight_names,
               "numbers": config.weight_numbers, "lead": config.weight_lead}
    sim = np.zeros((len(profiles), len(profiles)))
    for group, weight in weights.items():
        rows = _unit_rows(profiles, group, df[group], n_docs)
        sim += weight * (rows @ rows.T)
    if profiles and all(p.embedding is not None for p in profiles):
        e = np.array([p.embedding for p in profiles], dtype=float)
        e /= np.where(np.linalg.norm(e, axis=1) > 0, np.linalg.norm(e, axis=1), 1.0)[:, None]
        sim = (1 - config.weight_embedding) * sim + config.weight_embedding * (e @ e.T)
    both, common = _shares([main_years(p.years) for p in profiles])
    sim = np.where(both & ~common, sim * config.year_penalty, sim)
    _, common_day = _shares([set(p.days) for p in profiles])
    return sim + config.day_bonus * common_day


def date_gaps(profiles: list[Profile]) -> np.ndarray:
    """Days between the publication dates of every pair (0 when one is unknown)."""
    gaps = np.zeros((len(profiles), len(profiles)))
    for i, a in enumerate(profiles):
        for j in range(i + 1, len(profiles)):
            b = profiles[j]
            if a.published and b.published:
                gaps[i, j] = gaps[j, i] = days_apart(a.published, b.published) or 0
    return gaps
