"""Short human-readable summaries of an extraction and of a database."""

from __future__ import annotations

import json

from .records import Extraction
from .store import Store


def describe_extraction(extraction: Extraction) -> str:
    article = extraction.article
    date = article.published or "unknown"
    if article.published_estimated:
        date += f" (estimated: {article.published_note})"
    lines = [f"{article.title}", f"published: {date}; stages: {', '.join(extraction.stages)}"]
    for event in extraction.events:
        source = ", ".join(a.name for a in map(extraction.actor, event.source_actor_ids) if a) or event.source_text
        target = ", ".join(a.name for a in map(extraction.actor, event.target_actor_ids) if a) or event.target_text
        lines.append(
            f"  event {event.type}{'/' + event.mode if event.mode else ''} [{event.modality}] "
            f"{source or '?'} -> {target or '?'} on {event.date or '?'}: \"{event.trigger}\""
        )
    for quote in extraction.quotes:
        speaker = extraction.actor(quote.speaker_actor_id)
        who = speaker.name if speaker else quote.speaker_text or "?"
        content = quote.content if len(quote.content) < 90 else quote.content[:87] + "..."
        lines.append(f"  quote ({quote.kind}) {who}: {content}")
    for warning in extraction.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


def database_stats(store: Store) -> dict:
    tables = ["articles", "article_sources", "sentences", "entity_mentions", "actors", "actor_mentions",
              "time_expressions", "places", "quotes", "quantities", "events", "stories"]
    db = store.db
    return {
        "database": str(store.path),
        "schema_version": store.schema_version(),
        "counts": {t: store.count(t) for t in tables},
        "articles_by_outlet": dict(db.execute(
            "SELECT coalesce(nullif(outlet, ''), '(unknown)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()),
        "events_by_type": dict(db.execute(
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC"
        ).fetchall()),
        "estimated_dates": db.execute("SELECT count(*) FROM articles WHERE published_estimated").fetchone()[0],
        "stories": [dict(r) for r in db.execute(
            """SELECT s.id, s.title, s.first_published, s.last_published,
                      count(sa.article_id) AS articles,
                      sum(sa.duplicate_of IS NOT NULL) AS near_duplicates
               FROM stories s JOIN story_articles sa ON sa.story_id = s.id
               GROUP BY s.id ORDER BY articles DESC, s.id"""
        )],
        "events_by_sources": dict(db.execute(
            "SELECT outlets, count(*) FROM story_events GROUP BY outlets ORDER BY outlets DESC"
        ).fetchall()),
        "conflicts": [dict(r) for r in db.execute(
            "SELECT story_id, kind, subject, within_article, sides FROM conflicts ORDER BY story_id, id"
        )],
        "status_histories": db.execute("SELECT count(*) FROM status_histories").fetchone()[0],
        "facts_by_sources": dict(db.execute(
            "SELECT outlets, count(*) FROM numeric_facts GROUP BY outlets ORDER BY outlets DESC"
        ).fetchall()),
        "corroborated_facts": [dict(r) for r in db.execute(
            "SELECT story_id, text, counts, outlets FROM numeric_facts WHERE outlets > 1 "
            "ORDER BY outlets DESC, story_id, id LIMIT 10"
        )],
    }


def format_stats(data: dict) -> str:
    lines = [f"{data['database']} (schema v{data['schema_version']})"]
    lines += [f"  {table:<18} {count:>8}" for table, count in data["counts"].items()]
    if data["articles_by_outlet"]:
        lines.append("articles by outlet:")
        lines += [f"  {outlet:<30} {n:>6}" for outlet, n in data["articles_by_outlet"].items()]
    if data["events_by_type"]:
        lines.append("events by type:")
        lines += [f"  {event_type:<12} {n:>6}" for event_type, n in data["events_by_type"].items()]
    if data["stories"]:
        lines.append("stories:")
        for story in data["stories"]:
            copies = f", {story['near_duplicates']} near-duplicate(s)" if story["near_duplicates"] else ""
            lines.append(f"  #{story['id']} {story['articles']} article(s){copies}, "
                         f"{story['first_published']} to {story['last_published']}: {story['title'][:60]}")
    if data["events_by_sources"]:
        lines.append("events by number of outlets reporting them:")
        lines += [f"  {outlets} outlet(s): {n} event(s)" for outlets, n in data["events_by_sources"].items()]
    if data["facts_by_sources"]:
        lines.append("numeric facts by number of outlets reporting them:")
        lines += [f"  {outlets} outlet(s): {n} fact(s)" for outlets, n in data["facts_by_sources"].items()]
        lines += [f"  #{f['story_id']} {f['text']} {f['counts']}: {f['outlets']} outlets"
                  for f in data["corroborated_facts"]]
    if data["conflicts"]:
        lines.append("conflicts between or inside sources:")
        for c in data["conflicts"]:
            sides = " vs ".join(side["value"] for side in json.loads(c["sides"]))
            where = "inside one article" if c["within_article"] else "between articles"
            lines.append(f"  [{c['kind']}] {c['subject']}: {sides} ({where})")
    if data["status_histories"]:
        lines.append(f"{data['status_histories']} measure(s) with a status history (announced, paused, ...)")
    if data["estimated_dates"]:
        lines.append(f"{data['estimated_dates']} article(s) have an estimated publication date")
    return "\n".join(lines)
