"""The story index as plain JSON-able data, so that the store can keep it
between runs and a later run can go on placing articles.

Version 2 keeps each article's profile (what regrouping compares). A version
1 state (summed story features only) still loads: its stories keep their
articles and features, and a new article near one of them joins or starts a
story without regrouping, since the old articles have no profile.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, fields

from .profiles import GROUPS, Profile

VERSION = 2


def index_state(index) -> dict:
    return {
        "version": VERSION,
        "config": asdict(index.config),
        "n_docs": index.n_docs,
        "next_id": index._next_id,
        "df": {g: dict(index.df[g]) for g in GROUPS},
        "stories": [
            {
                "id": s.id,
                "articles": list(s.articles),
                **{g: dict(s.group(g)) for g in GROUPS},
                "years": {str(y): n for y, n in s.years.items()},
                "days": dict(s.days),
                "first_published": s.first_published,
                "last_published": s.last_published,
                "embedding": s.embedding,
            }
            for s in index.stories.values()
        ],
        "profiles": {a: p.to_row() for a, p in index.profiles.items()},
        "copy_of": dict(index.copy_of),
    }


def load_index(cls, state: dict, embedder=None):
    from .index import StoryConfig
    from .story import Story

    version = state.get("version")
    if version not in (1, VERSION):
        raise ValueError(f"unknown story index state version {version!r}")
    known = {f.name for f in fields(StoryConfig)}
    # a version 1 config was chosen for placement without regrouping: not kept
    config = StoryConfig(**{k: v for k, v in state["config"].items() if k in known}) if version == VERSION else None
    index = cls(config, embedder=embedder)
    index.n_docs = state["n_docs"]
    index._next_id = state["next_id"]
    index.df = {g: Counter(state["df"].get(g, {})) for g in GROUPS}
    index.profiles = {a: Profile.from_row(row) for a, row in state.get("profiles", {}).items()}
    index.copy_of = dict(state.get("copy_of", {}))
    for row in state["stories"]:
        story = Story(
            id=row["id"], articles=list(row["articles"]),
            **{g: Counter(row.get(g, {})) for g in GROUPS},
            years=Counter({int(y): n for y, n in row["years"].items()}), days=Counter(row["days"]),
            first_published=row["first_published"], last_published=row["last_published"],
            embedding=row.get("embedding"),
        )
        index.stories[story.id] = story
        for article_id in story.articles:
            index.story_of[article_id] = story.id
        for g in GROUPS:
            for k in story.group(g):
                index._postings[g][k].add(story.id)
    return index
