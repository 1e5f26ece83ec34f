"""After coding: place new articles in stories and corroborate each story
they touch, incrementally.

The near-duplicate and story indexes live in the database (table
``story_index``); articles not yet in a story are placed in publication
order, so a run killed before this step is completed by the next one. A
near-duplicate joins the story of the article it copies and is not counted
again as a source.
"""

from __future__ import annotations

from .corroborate import corroborate
from .records import Extraction
from .stories import NearDuplicateIndex, StoryIndex, load_embedder
from .store import Store
from .store.findings import save_stories

NEAR_DUPLICATES = "near_duplicates"
STORIES = "stories"


def load_near_duplicates(store: Store) -> NearDuplicateIndex:
    state = store.load_index_state(NEAR_DUPLICATES)
    return NearDuplicateIndex.from_state(state) if state else NearDuplicateIndex()


def update_stories(store: Store, near_duplicates: NearDuplicateIndex, recoded: set[str],
                   embedder=None) -> int:
    """Place unplaced articles, re-corroborate touched stories; returns how
    many stories were touched. Sentence embeddings join the story features
    when the optional extra is installed (``embedder`` overrides it)."""
    pending = [r[0] for r in store.db.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY published, id"
    )]
    if pending and embedder is None:
        embedder = load_embedder()  # only loaded when there is something to place: it takes seconds
    state = store.load_index_state(STORIES)
    stories = StoryIndex.from_state(state, embedder) if state else StoryIndex(embedder=embedder)
    loaded: dict[str, Extraction] = {}
    for article_id in pending:
        extraction = loaded[article_id] = store.load_extraction(article_id)
        original = near_duplicates.add(article_id, extraction.article.clean_text)
        if original is not None and original in stories.story_of:
            stories.add_copy(article_id, original)  # follows its original if that moves
        else:
            stories.add(extraction)
    # Placing an article can regroup nearby stories: every story whose articles
    # changed is corroborated again, and a story left empty is deleted.
    touched = set(stories.changed) | {stories.story_of[a] for a in recoded if a in stories.story_of}
    if not touched:
        return 0
    removed = sorted(t for t in touched if t not in stories.stories)

    updates = {}
    for story_id in sorted(touched - set(removed)):
        members = stories.stories[story_id].articles
        originals = [a for a in members if a not in near_duplicates.duplicate_of]
        extractions = [loaded.get(a) or store.load_extraction(a) for a in originals]
        updates[story_id] = (members, corroborate(extractions))
    save_stories(store, updates, removed, dict(near_duplicates.duplicate_of),
                 {STORIES: stories.to_state(), NEAR_DUPLICATES: near_duplicates.to_state()})
    return len(touched)
