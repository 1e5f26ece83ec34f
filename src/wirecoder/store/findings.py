"""Writing what a story's articles say together (corroboration findings).

A story's rows are rewritten whole, in one transaction, whenever one of its
articles is added or re-coded: the findings are a function of the story's
articles, so there is nothing to merge and nothing can go stale.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from ..corroborate.records import StoryFindings
from . import Store
from .schema import STORY_TABLES


def _mentions(mentions) -> str:
    return json.dumps([asdict(m) for m in mentions], ensure_ascii=False)


def save_stories(store: Store, stories: dict[int, tuple[list[str], StoryFindings]], removed: list[int],
                 duplicates: dict[str, str], index_states: dict[str, dict]) -> None:
    """Rewrite the given stories and the indexes' states in one transaction:
    a run killed here leaves the stories as they were, and the articles not
    yet in a story are placed again by the next run."""
    with store.transaction() as db:
        for story_id in removed:  # emptied: its articles moved to other stories
            _clear_story(db, story_id)
            db.execute("DELETE FROM story_articles WHERE story_id = ?", (story_id,))
            db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
        for story_id, (article_ids, findings) in stories.items():
            _write_story(db, story_id, article_ids, findings, duplicates)
        db.executemany(
            "INSERT OR REPLACE INTO story_index (name, state) VALUES (?, ?)",
            [(name, json.dumps(state)) for name, state in index_states.items()],
        )


def _clear_story(db, story_id: int) -> None:
    """Delete what was found for a story (not its articles)."""
    db.execute(
        "DELETE FROM event_mentions WHERE story_event_id IN (SELECT id FROM story_events WHERE story_id = ?)",
        (story_id,),
    )
    for table in STORY_TABLES[1:]:
        db.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))


def _write_story(db, story_id: int, article_ids: list[str], findings: StoryFindings,
                 duplicates: dict[str, str]) -> None:
    published = [r[0] for r in db.execute(
        f"SELECT published FROM articles WHERE id IN ({','.join('?' * len(article_ids))}) AND published IS NOT NULL",
        article_ids,
    )]
    title_row = db.execute(
        f"SELECT title FROM articles WHERE id IN ({','.join('?' * len(article_ids))}) ORDER BY published, id LIMIT 1",
        article_ids,
    ).fetchone()
    _clear_story(db, story_id)
    db.execute(
        "INSERT INTO stories (id, title, first_published, last_published) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published, "
        "last_published = excluded.last_published",
        (story_id, title_row[0] if title_row else "", min(published, default=None), max(published, default=None)),
    )
    for article_id in article_ids:
        db.execute(
            "INSERT OR REPLACE INTO story_articles (story_id, article_id, duplicate_of) VALUES (?, ?, ?)",
            (story_id, article_id, duplicates.get(article_id)),
        )
    event_ids = []
    for event in findings.events:
        cursor = db.execute(
            """INSERT INTO story_events (story_id, type, mode, modality, source, target, source_countries,
               target_countries, date, articles, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (story_id, event.type, event.mode, event.modality, event.source, event.target,
             ",".join(event.source_countries), ",".join(event.target_countries), event.date,
             event.articles, event.outlets),
        )
        db.executemany(
            "INSERT OR REPLACE INTO event_mentions (story_event_id, article_id, event_idx, outlet, sentence) "
            "VALUES (?, ?, ?, ?, ?)",
            [(cursor.lastrowid, m.article_id, m.record, m.outlet, m.sentence) for m in event.mentions],
        )
        event_ids.append(cursor.lastrowid)
    db.executemany(
        """INSERT INTO numeric_facts (story_id, text, counts, unit, change, value_low, value_high,
           story_event_id, actors, articles, outlets, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(story_id, f.text, f.counts, f.unit, f.change, f.values[0], f.values[1],
          event_ids[f.event] if f.event is not None else None, "; ".join(f.actors), f.articles, f.outlets,
          _mentions(f.mentions)) for f in findings.facts],
    )
    db.executemany(
        "INSERT INTO statements (story_id, speaker, content, kind, outlets, mentions) VALUES (?, ?, ?, ?, ?, ?)",
        [(story_id, s.speaker, s.content, s.kind, s.outlets, _mentions(s.mentions)) for s in findings.statements],
    )
    db.executemany(
        "INSERT INTO conflicts (story_id, kind, subject, within_article, sides) VALUES (?, ?, ?, ?, ?)",
        [(story_id, c.kind, c.subject, int(c.within_article),
          json.dumps([asdict(side) for side in c.sides], ensure_ascii=False)) for c in findings.conflicts],
    )
    db.executemany(
        "INSERT INTO status_histories (story_id, subject, steps) VALUES (?, ?, ?)",
        [(story_id, h.subject, json.dumps([asdict(step) for step in h.steps], ensure_ascii=False))
         for h in findings.histories],
    )
