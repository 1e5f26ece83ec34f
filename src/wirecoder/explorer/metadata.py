"""Datasette metadata for a wirecoder database: what each table and column
means, which facets to offer, full-text search, and canned queries.

Built from the database itself, so that tables another stage has not
created yet (``conflicts``, ``story_events``...) are simply left out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

EVIDENCE = "Character offsets into articles.clean_text; `sentence` is the index into the sentences table."

TABLES: dict[str, dict] = {
    "articles": {
        "description": "One row per article (id = hash of its normalized text). Every span in other tables "
                       "points into clean_text. Open an article's page from its id to see every extracted span highlighted.",
        "columns": {
            "id": "Article id: a hash of the normalized text",
            "title": "Headline", "outlet": "Publishing outlet (from the manifest)", "url": "Where it was published",
            "published": "Publication date (YYYY-MM-DD)",
            "published_estimated": "1 when the date was estimated from the text",
            "text": "The text exactly as read", "clean_text": "The normalized text all spans point into",
            "offset_map": "JSON [[clean_start, original_start, length], ...] mapping clean offsets to the original",
            "stages": "Pipeline stages that coded it",
        },
        "facets": ["outlet", {"date": "published"}],
        "sort_desc": "published",
        "fts_table": "articles_fts", "fts_pk": "rowid",
    },
    "events": {
        "description": "PLOVER events, one row per event found in an article. " + EVIDENCE,
        "columns": {
            "type": "PLOVER event type (AGREE ... ASSAULT)", "mode": "PLOVER mode of the type",
            "modality": "occurred, threatened, planned, hypothetical, negated or reported",
            "source": "Source actor(s)", "source_country": "ISO-3 country code(s) of the source",
            "target": "Target actor(s)", "target_country": "ISO-3 country code(s) of the target",
            "date": "Date of the event (TIMEX value)", "date_precision": "day, week, month, year, or publication",
            "place": "Where it happened", "intensity": "PLOVER intensity, -10 (conflict) to +10 (cooperation)",
            "confidence": "How sure the coder is (0-1)", "trigger": "The word(s) that express the event",
            "trigger_start": "Start of the trigger in clean_text", "trigger_end": "End of the trigger in clean_text",
            "data": "The full event record as JSON",
        },
        "facets": ["type", "modality", "source", "target", "source_country", "target_country", {"date": "date"}],
    },
    "actors": {
        "description": "Canonical actors of each article (one row per distinct actor per article).",
        "columns": {"actor_id": "Actor id within the article", "name": "Canonical name",
                    "country": "ISO-3 (or IGO/NGO) code", "sectors": "PLOVER sector codes",
                    "role": "Role or title", "kind": "person, organization, country or group"},
        "facets": ["country", "kind", "sectors"],
    },
    "actor_mentions": {
        "description": "Every mention of an actor (name, title, pronoun...). " + EVIDENCE,
        "columns": {"via": "How the mention was linked: name, surname, title, pronoun, fuzzy, description, country"},
        "facets": ["via"],
    },
    "quotes": {
        "description": "Direct, indirect and mixed quotations with their speaker. " + EVIDENCE,
        "columns": {"content": "What was said", "kind": "direct, indirect or mixed",
                    "speaker_text": "The speaker as written", "speaker_name": "The resolved speaker",
                    "cue": "The speech verb", "venue": "Where it was said", "date": "When it was said"},
        "facets": ["kind", "speaker_name", "cue"],
        "fts_table": "quotes_fts", "fts_pk": "rowid",
    },
    "quantities": {
        "description": "Numbers with their unit and what they count. " + EVIDENCE,
        "columns": {"value": "Numeric value", "unit": "Unit", "counts": "What is counted",
                    "change": "=, ~, up, down, > or <"},
        "facets": ["unit", "counts", "change"],
    },
    "places": {
        "description": "Place names resolved against the offline gazetteer. " + EVIDENCE,
        "columns": {"name": "Resolved name", "country": "ISO-3 country", "admin1": "First-level division",
                    "resolved": "1 when found in the gazetteer"},
        "facets": ["country", "resolved"],
    },
    "time_expressions": {
        "description": "Time expressions resolved against the publication date (TIMEX3 values). " + EVIDENCE,
        "facets": ["type"],
    },
    "sentences": {"description": "Sentences of each article; `idx` is what other tables call `sentence`."},
    "entity_mentions": {"description": "Named entities found by spaCy. " + EVIDENCE, "facets": ["label"]},
    "stories": {"description": "Clusters of articles telling the same story."},
    "story_articles": {"description": "Which story each article belongs to; duplicate_of marks a near-duplicate."},
    "story_events": {
        "description": "Events as reported across a story's articles: one row per event, with how many "
                       "articles and distinct outlets report it.",
        "facets": ["type", "modality", "source_countries", "target_countries"],
        "sort_desc": "outlets",
    },
    "event_mentions": {"description": "Each article event that reports a story event."},
    "statements": {"description": "Quotations merged across a story's articles, with the outlets that report them."},
    "conflicts": {"description": "The same fact told differently by different sources (or within one article); "
                                 "`sides` holds each version with its mentions.", "facets": ["kind"]},
    "numeric_facts": {
        "description": "Figures (value, unit, what they count, change) merged across a story's articles, tied to "
                       "the story event told with them; `mentions` points at each report's article and span.",
        "facets": ["unit", "change", "outlets"],
        "sort_desc": "outlets",
    },
    "status_histories": {"description": "How a measure was announced, paused, lifted... over time."},
    "parses": {"hidden": True},
    "runs": {"description": "Each `wirecoder run`: when, on what, with how many new articles and problems."},
}

# The canned queries each need some tables; a query is offered only when they exist.
QUERIES: list[tuple[str, set[str], dict]] = [
    ("events_by_actor_pair", {"events", "articles", "sentences"}, {
        "title": "Events by actor pair",
        "description": "Events from one country (or actor) to another, e.g. USA → MEX, with the sentence "
                       "each was read from. Leave a side empty for any.",
        "sql": """select e.date, e.type, e.mode, e.modality, e.source, e.source_country, e.target, e.target_country,
  e.intensity, e.trigger, a.outlet, a.published, s.text as sentence, e.article_id, e.idx
from events e join articles a on a.id = e.article_id
left join sentences s on s.article_id = e.article_id and s.idx = e.sentence
where (:source = '' or e.source_country like '%' || :source || '%' or e.source like '%' || :source || '%')
  and (:target = '' or e.target_country like '%' || :target || '%' or e.target like '%' || :target || '%')
order by e.date, a.published""",
    }),
    ("events_by_actor", {"events", "actors", "articles"}, {
        "title": "Events involving an actor",
        "description": "Every event whose source or target is an actor whose name contains the text given.",
        "sql": """select distinct e.date, e.type, e.modality, e.source, e.target, e.trigger, a.outlet, a.published,
  e.article_id, e.idx
from events e join articles a on a.id = e.article_id
join actors ac on ac.article_id = e.article_id
where ac.name like '%' || :actor || '%'
  and (ac.actor_id in (select value from json_each(json_extract(e.data, '$.source_actor_ids')))
       or ac.actor_id in (select value from json_each(json_extract(e.data, '$.target_actor_ids'))))
order by e.date""",
    }),
    ("most_corroborated_events", {"story_events"}, {
        "title": "Most corroborated events",
        "description": "Events reported by the most distinct outlets (then articles).",
        "sql": """select id, story_id, date, type, mode, modality, source, target, outlets, articles
from story_events order by outlets desc, articles desc, date limit 200""",
    }),
    ("most_reported_events", {"events", "articles"}, {
        "title": "Most reported events (per article, before corroboration)",
        "description": "Events with the same type, countries and date, counted by distinct articles and outlets.",
        "sql": """select e.type, e.source_country, e.target_country, e.date, count(distinct e.article_id) as articles,
  count(distinct coalesce(nullif(a.outlet, ''), a.id)) as outlets, group_concat(distinct e.trigger) as triggers
from events e join articles a on a.id = e.article_id
group by e.type, e.source_country, e.target_country, e.date
order by outlets desc, articles desc limit 200""",
    }),
    ("conflicts", {"conflicts"}, {
        "title": "Conflicts between sources",
        "description": "Facts told differently, each side with its sources (JSON).",
        "sql": """select c.id, c.story_id, s.title as story, c.kind, c.subject, c.within_article, c.sides
from conflicts c left join stories s on s.id = c.story_id order by c.story_id, c.id""",
    }),
    ("quote_search", {"quotes", "quotes_fts", "articles"}, {
        "title": "Search quotations",
        "description": "Full-text search over what was said and who said it.",
        "sql": """select q.speaker_name, q.speaker_text, q.kind, q.content, a.outlet, a.published, q.article_id
from quotes_fts f join quotes q on q.rowid = f.rowid join articles a on a.id = q.article_id
where quotes_fts match :query order by rank""",
    }),
]


def table_names(db_path: str | Path) -> set[str]:
    connection = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    finally:
        connection.close()


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def build_metadata(db_path: str | Path) -> dict:
    present = table_names(db_path)
    tables = {name: spec for name, spec in TABLES.items() if name in present}
    for name, spec in tables.items():
        if spec.get("fts_table") and spec["fts_table"] not in present:
            tables[name] = {k: v for k, v in spec.items() if k not in ("fts_table", "fts_pk")}
    queries = {name: spec for name, needs, spec in QUERIES if needs <= present}
    return {
        "title": "wirecoder",
        "description": "Political events coded from news articles (PLOVER), each linked to its evidence sentence. "
                       "Read-only.",
        "about": "wirecoder", "license": "",
        "databases": {database_name(db_path): {"tables": tables, "queries": queries}},
    }
