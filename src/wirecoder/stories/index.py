"""Incremental story clustering: each new article is grouped again with the
few stories nearest to it; nothing else already placed is recomputed.

Placing an article:

1. its similarity to every story that shares a feature with it is taken
   against the story's summed features (TF-IDF cosines per group, the IDF
   from every article seen so far; publication dates more than
   ``window_days`` from the story's span rule the story out);
2. the stories scoring at least ``candidate_threshold`` (at most
   ``neighbours`` of them) and the article are grouped afresh, article by
   article (``regroup.average_link`` over ``profiles.similarity_matrix``).

Step 2 is what makes early mistakes mendable: when the second report of
another election arrives, the first one, which had joined the older
election for want of anything better, can leave it. The articles of the
regrouped stories may therefore move; ``changed`` collects the ids of the
stories whose articles changed (a story left empty is removed).

Placing articles one by one in a given order is all ``cluster_extractions``
does, so a batch run and an incremental run give the same stories.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..records import Extraction
from .features import ArticleFeatures, features_of, idf, main_years
from .profiles import GROUPS, Profile, is_brief, similarity_matrix
from .regroup import average_link
from .story import Story, ordinal, plain_cosine, within_window


@dataclass
class StoryConfig:
    # defaults chosen on the ECB+ development topics (B-cubed over event clusters)
    threshold: float = 0.15  # mean similarity of two groups of articles to be one story
    floor: float = 0.1  # no two articles of one story are less alike than this
    # an article with fewer distinct content words is a brief, exempt from the floor (regroup.py says why);
    # 25 is about two sentences; chosen on ECB+ (B-cubed F1 0.919 at 15-20, 0.926 at 22-28, 0.933 at 32-35, 0.921 at 40)
    brief_terms: int = 25
    # embeddings make any two news texts somewhat alike (cosine ~0.2): a higher floor then
    embedding_floor: float = 0.15
    candidate_threshold: float = 0.1  # a story this close to a new article is regrouped with it
    neighbours: int = 3  # at most so many stories regrouped with a new article
    max_regroup: int = 200  # articles regrouped at most; past that a new article only joins or starts a story
    weight_terms: float = 0.5
    weight_names: float = 0.6
    weight_numbers: float = 0.1
    weight_lead: float = 0.2
    weight_embedding: float = 0.2  # share given to embeddings when an embedder is set
    window_days: int = 30  # publication dates further from the story than this: another story
    year_penalty: float = 0.5  # mentioned years disjoint from the story's
    day_bonus: float = 0.05  # a mentioned calendar day in common
    max_terms: int = 60  # an article's top terms kept (by tf-idf), so that long texts do not dominate


def _weights(counts: Counter) -> dict[str, float]:
    return {k: 1.0 + math.log(v) for k, v in counts.items() if v > 0}


class StoryIndex:
    def __init__(self, config: StoryConfig | None = None,
                 embedder: Callable[[str], Sequence[float]] | None = None):
        self.config = config or StoryConfig()
        self.embedder = embedder
        self.stories: dict[int, Story] = {}
        self.story_of: dict[str, int] = {}
        self.profiles: dict[str, Profile] = {}
        self.copy_of: dict[str, str] = {}  # near-duplicate -> the article it copies
        self.changed: set[int] = set()  # stories whose articles changed since the caller last cleared it
        self.n_docs = 0
        self.df: dict[str, Counter] = {g: Counter() for g in GROUPS}
        self._postings: dict[str, dict[str, set[int]]] = {g: defaultdict(set) for g in GROUPS}
        self._next_id = 0
        self._norms: dict[tuple[int, str], tuple[int, int, float]] = {}

    # -- placing articles ------------------------------------------------------
    def add(self, extraction: Extraction) -> int:
        """Place an article; returns its story id (the same id if already placed)."""
        return self.add_features(features_of(extraction))

    def add_copy(self, article_id: str, original_id: str) -> int:
        """Place a near-duplicate in its original's story; it follows the
        original if that moves, and adds nothing to the story's features."""
        if article_id in self.story_of:
            return self.story_of[article_id]
        story = self.stories[self.story_of[original_id]]
        self.copy_of[article_id] = self.copy_of.get(original_id, original_id)
        story.articles.append(article_id)
        self.story_of[article_id] = story.id
        self.changed.add(story.id)
        return story.id

    def add_features(self, f: ArticleFeatures) -> int:
        if f.article_id in self.story_of:
            return self.story_of[f.article_id]
        self.n_docs += 1
        for g in GROUPS:
            self.df[g].update(set(getattr(f, g)))
        vectors = self._vectors(f)
        embedding = list(self.embedder(f.text)) if self.embedder and f.text else None
        self.profiles[f.article_id] = Profile(vectors, Counter(f.years), sorted(f.days), f.published,
                                              [round(x, 5) for x in embedding] if embedding else None)
        scores = self._story_scores(f, vectors, embedding)
        neighbours = self._neighbourhood(scores)
        if neighbours is None:  # stories too large (or kept from an old state) to regroup
            best = max(scores, key=lambda s: (scores[s], -s), default=None)
            story = self.stories[best] if best is not None and scores[best] >= self.config.threshold else None
            story = story or self._new_story()
            self._join(story, f.article_id)
            self.changed.add(story.id)
        else:
            self._regroup(neighbours, f.article_id)
        return self.story_of[f.article_id]

    def _story_scores(self, f: ArticleFeatures, vectors: dict[str, dict[str, float]],
                      embedding: Sequence[float] | None) -> dict[int, float]:
        # the article's vectors weighted by the IDF of the moment, with their lengths
        self._idf_cache = {g: {k: idf(self.df[g][k], self.n_docs) for k in vectors[g]} for g in GROUPS}
        weighted = {g: {k: w * self._idf_cache[g][k] for k, w in vectors[g].items()} for g in GROUPS}
        self._doc_norms = {g: math.sqrt(sum(w * w for w in weighted[g].values())) or 1.0 for g in GROUPS}
        return {s: self.similarity(f, weighted, self.stories[s], embedding) for s in self._candidates(vectors)}

    def similarity(self, f: ArticleFeatures, vectors: dict[str, dict[str, float]], story: Story,
                   embedding: Sequence[float] | None = None) -> float:
        """Similarity of an article (``vectors``: its TF-IDF weights per group) to a story's summed features."""
        c = self.config
        if f.published and story.first_published and not within_window(f.published, story, c.window_days):
            return 0.0
        score = (c.weight_terms * self._cosine("terms", vectors["terms"], story)
                 + c.weight_names * self._cosine("names", vectors["names"], story)
                 + c.weight_numbers * self._cosine("numbers", vectors["numbers"], story)
                 + c.weight_lead * self._cosine("lead", vectors["lead"], story))
        if embedding is not None and story.embedding is not None:
            score = (1 - c.weight_embedding) * score + c.weight_embedding * plain_cosine(embedding, story.embedding)
        article_years, story_years = main_years(f.years), main_years(story.years)
        if article_years and story_years and not (article_years & story_years):
            score *= c.year_penalty
        if f.days and story.days and f.days & set(story.days):
            score += c.day_bonus
        return score

    def _neighbourhood(self, scores: dict[int, float]) -> list[int] | None:
        """The stories to regroup with the new article, nearest first; None
        when the nearest cannot be regrouped."""
        c = self.config
        ranked = sorted((s for s, v in scores.items() if v >= c.candidate_threshold), key=lambda s: (-scores[s], s))
        chosen, size = [], 1
        for s in ranked[: c.neighbours]:
            members = [a for a in self.stories[s].articles if a not in self.copy_of]
            if size + len(members) > c.max_regroup or any(a not in self.profiles for a in members):
                if not chosen:
                    return None
                continue
            chosen.append(s)
            size += len(members)
        return chosen

    def _regroup(self, neighbours: list[int], article_id: str) -> None:
        members = [a for s in neighbours for a in self.stories[s].articles if a not in self.copy_of] + [article_id]
        profiles = [self.profiles[a] for a in members]
        sim = similarity_matrix(profiles, self.df, self.n_docs, self.config)
        dates = [ordinal(p.published) for p in profiles]
        c = self.config
        floor = c.embedding_floor if all(p.embedding is not None for p in profiles) else c.floor
        briefs = [is_brief(p, c.brief_terms) for p in profiles]
        groups = [[members[i] for i in g] for g in average_link(sim, c.threshold, floor, dates, c.window_days, briefs)]
        # each old story, largest first, keeps its id for the group holding most of its articles
        old = {s: set(self.stories[s].articles) for s in neighbours}
        owner: dict[int, int] = {}
        for s in sorted(neighbours, key=lambda s: (-len(old[s]), s)):
            overlaps = [(len(old[s] & set(g)), -i) for i, g in enumerate(groups) if i not in owner]
            if overlaps and max(overlaps)[0] > 0:
                owner[-max(overlaps)[1]] = s
        copies = [a for s in neighbours for a in self.stories[s].articles if a in self.copy_of]
        for i, group in enumerate(groups):
            story = self.stories[owner[i]] if i in owner else self._new_story()
            articles = group + [a for a in copies if self.copy_of[a] in group]
            if set(articles) != set(story.articles):
                self.changed.add(story.id)
            self._rebuild(story, articles)
        for s in set(neighbours) - set(owner.values()):
            self._rebuild(self.stories[s], [])
            del self.stories[s]
            self.changed.add(s)

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
        return found & self.stories.keys()

    def _new_story(self) -> Story:
        story = self.stories[self._next_id] = Story(self._next_id)
        self._next_id += 1
        return story

    def _join(self, story: Story, article_id: str) -> None:
        """Add one article to a story's articles and summed features."""
        story.articles.append(article_id)
        self.story_of[article_id] = story.id
        profile = self.profiles.get(article_id)
        if profile is None:
            return
        story.absorb(profile)
        for g in GROUPS:
            for k in profile.vectors[g]:
                self._postings[g][k].add(story.id)

    def _rebuild(self, story: Story, articles: list[str]) -> None:
        """Give a story these articles, its summed features recomputed."""
        for g in GROUPS:
            for k in story.group(g):
                self._postings[g][k].discard(story.id)
        for g in GROUPS:
            self._norms.pop((story.id, g), None)
        fresh = Story(story.id)
        for article_id in articles:
            self._join(fresh, article_id)
        story.__dict__.update(fresh.__dict__)

    # -- state -------------------------------------------------------------------
    def to_state(self) -> dict:
        """Everything needed to go on later, as JSON-able data."""
        from .state import index_state
        return index_state(self)

    @classmethod
    def from_state(cls, state: dict, embedder: Callable[[str], Sequence[float]] | None = None) -> StoryIndex:
        from .state import load_index
        return load_index(cls, state, embedder)
