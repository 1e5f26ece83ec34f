"""Incremental story clustering: each new article joins the most similar
existing story, or starts a new one; nothing already placed is recomputed.

A story keeps the summed (sub-linear) feature counts of its articles, per
feature group (terms, names, numbers), plus the dates it covers. An article's
similarity to a story is a weighted sum of TF-IDF cosines per group, the IDF
taken from every article seen so far; then the dates speak:

- publication dates more than ``window_days`` away from the story's span:
  not this story (a new report of an old event starts a new cluster unless
  its text is close enough to clear ``late_threshold``);
- mentioned years that share nothing with the story's: a different event of
  the same kind (another earthquake, another rehab), score x ``year_penalty``.

The state is plain JSON-able data (``to_state``/``from_state``) so that the
store can keep it and a later run can go on placing articles.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from ..records import Extraction
from .features import ArticleFeatures, days_apart, features_of, idf, main_years

GROUPS = ("terms", "names", "numbers", "lead")  # lead: headline and first two sentences


@dataclass
class StoryConfig:
    # defaults tuned on the ECB+ development topics (B-cubed over event clusters)
    threshold: float = 0.25  # minimum similarity to join a story
    weight_terms: float = 0.5
    weight_names: float = 0.6
    weight_numbers: float = 0.1
    weight_lead: float = 0.2
    weight_embedding: float = 0.3  # share given to embeddings when an embedder is set
    window_days: int = 30  # publication dates further from the story than this: another story
    year_penalty: float = 0.5  # mentioned years disjoint from the story's
    day_bonus: float = 0.05  # a mentioned calendar day in common
    max_terms: int = 60  # an article's top terms kept (by tf-idf), so that long texts do not dominate
    linkage: str = "centroid"  # average: mean cosine to the story's articles; centroid: cosine to their sum


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
    # per group, the sum of the members' unit-length TF-IDF vectors (IDF as it was
    # when each joined): the mean cosine to the members is one dot product with it
    unit_sums: dict[str, Counter] = field(default_factory=lambda: {g: Counter() for g in GROUPS})

    def group(self, name: str) -> Counter:
        return getattr(self, name)


def _weights(counts: Counter) -> dict[str, float]:
    return {k: 1.0 + math.log(v) for k, v in counts.items() if v > 0}


class StoryIndex:
    def __init__(self, config: StoryConfig | None = None,
                 embedder: Callable[[str], Sequence[float]] | None = None):
        self.config = config or StoryConfig()
        self.embedder = embedder
        self.stories: dict[int, Story] = {}
        self.story_of: dict[str, int] = {}
        self.n_docs = 0
        self.df: dict[str, Counter] = {g: Counter() for g in GROUPS}
        self._postings: dict[str, dict[str, set[int]]] = {g: defaultdict(set) for g in GROUPS}
        self._next_id = 0
        self._norms: dict[tuple[int, str], tuple[int, int, float]] = {}

    # -- placing articles ------------------------------------------------------
    def add(self, extraction: Extraction) -> int:
        """Place an article; returns its story id (the same id if already placed)."""
        return self.add_features(features_of(extraction))

    def add_features(self, f: ArticleFeatures) -> int:
        if f.article_id in self.story_of:
            return self.story_of[f.article_id]
        self.n_docs += 1
        for g in GROUPS:
            self.df[g].update(set(getattr(f, g)))
        vectors = self._vectors(f)
        # the article's vectors weighted by the IDF of the moment, with their lengths
        self._idf_cache = {g: {k: idf(self.df[g][k], self.n_docs) for k in vectors[g]} for g in GROUPS}
        weighted = {g: {k: w * self._idf_cache[g][k] for k, w in vectors[g].items()} for g in GROUPS}
        self._doc_norms = {g: math.sqrt(sum(w * w for w in weighted[g].values())) or 1.0 for g in GROUPS}
        embedding = list(self.embedder(f.text)) if self.embedder and f.text else None
        best_id, best_score = None, 0.0
        for story_id in self._candidates(vectors):
            score = self.similarity(f, weighted, self.stories[story_id], embedding)
            if score > best_score:
                best_id, best_score = story_id, score
        if best_id is None or best_score < self.config.threshold:
            best_id = self._new_story()
        self._join(self.stories[best_id], f, vectors, embedding)
        for g in GROUPS:
            unit = self.stories[best_id].unit_sums[g]
            for k, w in weighted[g].items():
                unit[k] += w / self._doc_norms[g]
        return best_id

    def similarity(self, f: ArticleFeatures, vectors: dict[str, dict[str, float]], story: Story,
                   embedding: Sequence[float] | None = None) -> float:
        """Similarity of an article (``vectors``: its TF-IDF weights per group) to a story."""
        c = self.config
        if f.published and story.first_published and not _within(f.published, story, c.window_days):
            return 0.0
        cosine = self._mean_cosine if c.linkage == "average" else self._cosine
        score = (c.weight_terms * cosine("terms", vectors["terms"], story)
                 + c.weight_names * cosine("names", vectors["names"], story)
                 + c.weight_numbers * cosine("numbers", vectors["numbers"], story)
                 + c.weight_lead * cosine("lead", vectors["lead"], story))
        if embedding is not None and story.embedding is not None:
            score = (1 - c.weight_embedding) * score + c.weight_embedding * _plain_cosine(embedding, story.embedding)
        article_years, story_years = main_years(f.years), main_years(story.years)
        if article_years and story_years and not (article_years & story_years):
            score *= c.year_penalty
        if f.days and story.days and f.days & set(story.days):
            score += c.day_bonus
        return score

    def _vectors(self, f: ArticleFeatures) -> dict[str, dict[str, float]]:
        vectors = {}
        for g in GROUPS:
            weights = _weights(getattr(f, g))
            if g == "terms" and len(weights) > self.config.max_terms:
                ranked = sorted(weights, key=lambda k: -weights[k] * idf(self.df[g][k], self.n_docs))
                weights = {k: weights[k] for k in ranked[: self.config.max_terms]}
            vectors[g] = weights
        return vectors

    def _cosine(self, group: str, doc: dict[str, float], story: Story) -> float:
        """Cosine between an article's TF-IDF vector (``doc``: weights already times IDF) and a story's."""
        counts = story.group(group)
        if not doc or not counts:
            return 0.0
        idfs = self._idf_cache[group]
        dot = sum(w * counts[k] * idfs[k] for k, w in doc.items() if k in counts)
        if dot == 0.0:
            return 0.0
        return dot / (self._doc_norms[group] * self._story_norm(group, story))

    def _mean_cosine(self, group: str, doc: dict[str, float], story: Story) -> float:
        """Mean cosine between the article and each article of the story (average link)."""
        sums = story.unit_sums[group]
        if not doc or not sums:
            return 0.0
        dot = sum(w * sums[k] for k, w in doc.items() if k in sums)
        return dot / (self._doc_norms[group] * len(story.articles))

    def _story_norm(self, group: str, story: Story) -> float:
        """The story vector's length, cached: IDF drifts slowly as articles arrive,
        so a norm is recomputed when the story changes or the collection grew 5 %."""
        key = (story.id, group)
        cached = self._norms.get(key)
        if cached is not None and cached[0] == len(story.articles) and self.n_docs <= cached[1] * 1.05:
            return cached[2]
        df, n = self.df[group], self.n_docs
        norm = math.sqrt(sum((v * idf(df[k], n)) ** 2 for k, v in story.group(group).items())) or 1.0
        self._norms[key] = (len(story.articles), n, norm)
        return norm

    def _candidates(self, vectors: dict[str, dict[str, float]]) -> set[int]:
        found: set[int] = set()
        common = max(3, 0.2 * self.n_docs)
        for g in GROUPS:
            postings = self._postings[g]
            for k in vectors[g]:
                if g == "terms" and self.df[g][k] > common:
                    continue  # a word in every fifth article brings every story along
                found.update(postings.get(k, ()))
        return found

    def _new_story(self) -> int:
        story_id = self._next_id
        self._next_id += 1
        self.stories[story_id] = Story(story_id)
        return story_id

    def _join(self, story: Story, f: ArticleFeatures, vectors: dict[str, dict[str, float]],
              embedding: Sequence[float] | None) -> None:
        story.articles.append(f.article_id)
        self.story_of[f.article_id] = story.id
        for g in GROUPS:
            counts = story.group(g)
            for k, w in vectors[g].items():
                counts[k] += w
                self._postings[g][k].add(story.id)
        story.years.update(f.years)
        story.days.update(f.days)
        if f.published:
            if story.first_published is None or f.published < story.first_published:
                story.first_published = f.published
            if story.last_published is None or f.published > story.last_published:
                story.last_published = f.published
        if embedding is not None:
            story.embedding = ([a + b for a, b in zip(story.embedding, embedding)]
                               if story.embedding is not None else list(embedding))

    # -- state -------------------------------------------------------------------
    def to_state(self) -> dict:
        """Everything needed to go on later, as JSON-able data."""
        return {
            "version": 1,
            "config": asdict(self.config),
            "n_docs": self.n_docs,
            "next_id": self._next_id,
            "df": {g: dict(self.df[g]) for g in GROUPS},
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
                    "unit_sums": {g: dict(s.unit_sums[g]) for g in GROUPS},
                }
                for s in self.stories.values()
            ],
        }

    @classmethod
    def from_state(cls, state: dict, embedder: Callable[[str], Sequence[float]] | None = None) -> StoryIndex:
        if state.get("version") != 1:
            raise ValueError(f"unknown story index state version {state.get('version')!r}")
        index = cls(StoryConfig(**state["config"]), embedder=embedder)
        index.n_docs = state["n_docs"]
        index._next_id = state["next_id"]
        index.df = {g: Counter(state["df"].get(g, {})) for g in GROUPS}
        for row in state["stories"]:
            story = Story(
                id=row["id"], articles=list(row["articles"]),
                terms=Counter(row["terms"]), names=Counter(row["names"]), numbers=Counter(row["numbers"]),
                lead=Counter(row.get("lead", {})),
                years=Counter({int(y): n for y, n in row["years"].items()}), days=Counter(row["days"]),
                first_published=row["first_published"], last_published=row["last_published"],
                embedding=row.get("embedding"),
                unit_sums={g: Counter(row.get("unit_sums", {}).get(g, {})) for g in GROUPS},
            )
            index.stories[story.id] = story
            for article_id in story.articles:
                index.story_of[article_id] = story.id
            for g in GROUPS:
                for k in story.group(g):
                    index._postings[g][k].add(story.id)
        return index


def _within(published: str, story: Story, window_days: int) -> bool:
    first, last = story.first_published, story.last_published or story.first_published
    if first is None:
        return True
    if first <= published <= last:
        return True
    gaps = [d for d in (days_apart(published, first), days_apart(published, last)) if d is not None]
    return not gaps or min(gaps) <= window_days


def _plain_cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0
