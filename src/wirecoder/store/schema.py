"""The database schema, as numbered migrations.

``PRAGMA user_version`` holds the number of migrations applied; opening a
database applies the missing ones in one transaction each, so an old database
is upgraded in place and a new one is built the same way.

Every record table has a few typed columns for querying (and for Datasette's
facets) plus ``data``: the full record as JSON, from which ``load_extraction``
rebuilds the dataclasses exactly.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, their sources, parses, and one table per kind of record
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT, outlet TEXT, url TEXT,
        published TEXT, published_estimated INTEGER NOT NULL DEFAULT 0, published_note TEXT,
        text TEXT NOT NULL,            -- the original text, as read
        clean_text TEXT NOT NULL,      -- every span in other tables points into this
        offset_map TEXT NOT NULL,      -- JSON [[clean_start, original_start, length], ...]
        warnings TEXT NOT NULL DEFAULT '[]',
        metadata_key TEXT NOT NULL,    -- what the metadata was when coded (re-code on change)
        pipeline_version TEXT NOT NULL,
        stages TEXT NOT NULL DEFAULT '[]',
        coded_at TEXT NOT NULL
    );
    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles(id),
        source TEXT NOT NULL,          -- file path (with line or record) it was read from
        PRIMARY KEY (article_id, source)
    );
    CREATE TABLE parses (
        article_id TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        doc BLOB NOT NULL              -- spaCy DocBin: re-coding never re-parses
    );
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE entity_mentions (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        sentence INTEGER, start INTEGER, "end" INTEGER, text TEXT, label TEXT, data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE actors (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        actor_id TEXT NOT NULL, name TEXT, country TEXT, sectors TEXT, role TEXT, kind TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE actor_mentions (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        actor_id TEXT, sentence INTEGER, start INTEGER, "end" INTEGER, text TEXT, via TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE time_expressions (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        sentence INTEGER, start INTEGER, "end" INTEGER, text TEXT, type TEXT, value TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        sentence INTEGER, start INTEGER, "end" INTEGER, text TEXT, name TEXT,
        latitude REAL, longitude REAL, country TEXT, admin1 TEXT, resolved INTEGER,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        sentence INTEGER, content_start INTEGER, content_end INTEGER, content TEXT, kind TEXT,
        speaker_text TEXT, speaker_actor_id TEXT, speaker_name TEXT, cue TEXT, venue TEXT, date TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        sentence INTEGER, start INTEGER, "end" INTEGER, text TEXT, value REAL, unit TEXT,
        counts TEXT, change TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        sentence INTEGER, type TEXT, mode TEXT, modality TEXT,
        source TEXT, source_country TEXT, target TEXT, target_country TEXT,
        date TEXT, date_precision TEXT, place TEXT, intensity REAL, confidence REAL,
        trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY, title TEXT, first_published TEXT, last_published TEXT
    );
    CREATE TABLE story_articles (
        story_id INTEGER NOT NULL REFERENCES stories(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        duplicate_of TEXT,             -- near-duplicate of this earlier article, if any
        PRIMARY KEY (article_id)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
        inputs TEXT, articles_new INTEGER DEFAULT 0, articles_seen INTEGER DEFAULT 0,
        problems INTEGER DEFAULT 0
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_dyad ON events(source_country, target_country);
    CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);
    """,
    # 2: full-text search over articles and quotes (FTS5, kept in step by
    # triggers; named <table>_fts so that Datasette offers a search box)
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, clean_text, content='articles');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
        VALUES ('delete', old.rowid, old.title, old.clean_text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
        VALUES ('delete', old.rowid, old.title, old.clean_text);
        INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
    END;
    INSERT INTO articles_fts (rowid, title, clean_text) SELECT rowid, title, clean_text FROM articles;
    CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker_text, speaker_name, content='quotes');
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, content, speaker_text, speaker_name)
        VALUES (new.rowid, new.content, new.speaker_text, new.speaker_name);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, content, speaker_text, speaker_name)
        VALUES ('delete', old.rowid, old.content, old.speaker_text, old.speaker_name);
    END;
    INSERT INTO quotes_fts (rowid, content, speaker_text, speaker_name)
        SELECT rowid, content, speaker_text, speaker_name FROM quotes;
    """,
    # 3: what a story's articles say together (rewritten whole per story) and
    # the story index's state, so that new articles are placed incrementally
    """
    CREATE TABLE story_events (
        id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories(id),
        type TEXT, mode TEXT, modality TEXT, source TEXT, target TEXT,
        source_countries TEXT, target_countries TEXT, date TEXT,
        articles INTEGER, outlets INTEGER
    );
    CREATE TABLE event_mentions (
        story_event_id INTEGER NOT NULL REFERENCES story_events(id),
        article_id TEXT NOT NULL, event_idx INTEGER NOT NULL, outlet TEXT, sentence INTEGER,
        PRIMARY KEY (article_id, event_idx)
    );
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories(id),
        speaker TEXT, content TEXT, kind TEXT, outlets INTEGER, mentions TEXT NOT NULL
    );
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories(id),
        kind TEXT, subject TEXT, within_article INTEGER, sides TEXT NOT NULL
    );
    CREATE TABLE status_histories (
        id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories(id),
        subject TEXT, steps TEXT NOT NULL
    );
    CREATE TABLE story_index (
        name TEXT PRIMARY KEY, state TEXT NOT NULL
    );
    CREATE INDEX story_events_story ON story_events(story_id);
    CREATE INDEX event_mentions_event ON event_mentions(story_event_id);
    """,
    # 4: numeric facts merged across a story's articles, tied to the story
    # event told with them (if any) and counted by outlets
    """
    CREATE TABLE numeric_facts (
        id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories(id),
        text TEXT, counts TEXT, unit TEXT, change TEXT, value_low REAL, value_high REAL,
        story_event_id INTEGER REFERENCES story_events(id), actors TEXT,
        articles INTEGER, outlets INTEGER, mentions TEXT NOT NULL
    );
    CREATE INDEX numeric_facts_story ON numeric_facts(story_id);
    """,
]

# Tables rewritten whole for a story each time its articles change.
# Deleted in this order (mentions and facts point at story_events).
STORY_TABLES = ["event_mentions", "numeric_facts", "story_events", "statements", "conflicts", "status_histories"]

# Tables that hold one row per record of an article (deleted and rewritten
# together when an article is re-coded).
ARTICLE_TABLES = [
    "sentences",
    "entity_mentions",
    "actors",
    "actor_mentions",
    "time_expressions",
    "places",
    "quotes",
    "quantities",
    "events",
]
