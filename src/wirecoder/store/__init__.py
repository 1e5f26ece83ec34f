"""SQLite store: one file, WAL, versioned schema, one transaction per article.

An article and everything extracted from it are written in a single
transaction, so a run killed at any moment leaves each article either fully
stored or absent, and a re-run completes the work. Writing the same article
again replaces its records instead of adding copies.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import datetime, timezone
from pathlib import Path

from ..records import (
    Actor,
    ActorMention,
    Article,
    EntityMention,
    Event,
    Extraction,
    Place,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
)
from .schema import ARTICLE_TABLES, MIGRATIONS, STORY_TABLES

DEFAULT_DB = "wirecoder.db"


class StoreError(RuntimeError):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def metadata_key(article: Article) -> str:
    """What an article's metadata was when it was coded: a change (a manifest
    added later, a corrected date) makes `run` re-code it."""
    parts = [article.title, article.outlet, article.url, article.published or ""]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def _from_dict(cls, data: dict):
    """Rebuild a record from its stored JSON, ignoring fields it no longer has."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False):
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (create it with `wirecoder run`)")
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)  # --db out/new.db just works
                self.db = sqlite3.connect(self.path)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a wirecoder database ({error})") from error
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys=ON")
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this wirecoder "
                f"({len(MIGRATIONS)}); upgrade wirecoder"
            )
        if not readonly:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits first; wrap in an explicit transaction so a
            # failed migration leaves the previous version intact.
            self.db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:  # commits on success, rolls back on any exception
            yield self.db

    # ---- reading ---------------------------------------------------------
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def coded_state(self, article_id: str) -> tuple[str, str] | None:
        """(metadata_key, pipeline_version) of a stored article, or None."""
        row = self.db.execute(
            "SELECT metadata_key, pipeline_version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def cached_parse(self, article_id: str, model: str, text: str) -> bytes | None:
        row = self.db.execute(
            "SELECT doc FROM parses WHERE article_id = ? AND model = ? AND text_hash = ?",
            (article_id, model, _text_hash(text)),
        ).fetchone()
        return row[0] if row else None

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY published, id")]

    def count(self, table: str) -> int:
        if table not in ARTICLE_TABLES + STORY_TABLES + ["articles", "article_sources", "parses", "stories",
                                                         "story_articles", "runs"]:
            raise ValueError(table)
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def load_index_state(self, name: str) -> dict | None:
        """The saved state of a cross-article index (stories, near-duplicates)."""
        row = self.db.execute("SELECT state FROM story_index WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def load_article(self, article_id: str) -> Article:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id} in {self.path}")
        sources = [r[0] for r in self.db.execute("SELECT source FROM article_sources WHERE article_id = ?", (article_id,))]
        return Article(
            id=row["id"],
            text=row["text"],
            clean_text=row["clean_text"],
            offset_map=[tuple(seg) for seg in json.loads(row["offset_map"])],
            title=row["title"] or "",
            outlet=row["outlet"] or "",
            url=row["url"] or "",
            published=row["published"],
            published_estimated=bool(row["published_estimated"]),
            published_note=row["published_note"] or "",
            source=sources[0] if sources else "",
            warnings=json.loads(row["warnings"]),
        )

    def load_extraction(self, article_id: str) -> Extraction:
        """Rebuild an article's Extraction exactly as it was stored."""
        article = self.load_article(article_id)
        extraction = Extraction(article=article, warnings=list(article.warnings))
        extraction.stages = json.loads(
            self.db.execute("SELECT stages FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        )
        extraction.sentences = [
            Sentence(r["idx"], r["start"], r["end"], r["text"])
            for r in self.db.execute("SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,))
        ]
        for attribute, table, cls in _RECORD_TABLES:
            rows = self.db.execute(f"SELECT data FROM {table} WHERE article_id = ? ORDER BY idx", (article_id,))
            setattr(extraction, attribute, [_from_dict(cls, json.loads(r[0])) for r in rows])
        return extraction

    # ---- writing ---------------------------------------------------------
    def save_parse(self, article_id: str, model: str, text: str, doc_bytes: bytes) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO parses (article_id, model, text_hash, doc) VALUES (?, ?, ?, ?)",
                (article_id, model, _text_hash(text), doc_bytes),
            )

    def add_source(self, article_id: str, source: str) -> bool:
        """Remember that an article was also read from ``source``; True if new."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)", (article_id, source)
            )
            return cursor.rowcount > 0

    def save_extraction(self, extraction: Extraction, pipeline_version: str, metadata: str) -> None:
        """Write an article and all its records in one transaction, replacing
        whatever was stored for it before. ``metadata`` is ``metadata_key`` of
        the article as read, before any stage estimated its date."""
        article = extraction.article
        with self.transaction() as db:
            for table in ARTICLE_TABLES:
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
            columns = ("id", "title", "outlet", "url", "published", "published_estimated", "published_note",
                       "text", "clean_text", "offset_map", "warnings", "metadata_key", "pipeline_version",
                       "stages", "coded_at")
            # An upsert, not INSERT OR REPLACE: replacing would delete the row
            # that article_sources and story_articles point to.
            db.execute(
                f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns[1:])}",
                (
                    article.id, article.title, article.outlet, article.url, article.published,
                    int(article.published_estimated), article.published_note, article.text,
                    article.clean_text, json.dumps(article.offset_map), json.dumps(extraction.warnings),
                    metadata, pipeline_version, json.dumps(extraction.stages), _now(),
                ),
            )
            if article.source:
                db.execute(
                    "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)",
                    (article.id, article.source),
                )
            db.executemany(
                'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                [(article.id, s.index, s.start, s.end, s.text) for s in extraction.sentences],
            )
            for attribute, table, _cls in _RECORD_TABLES:
                rows = [
                    {"article_id": article.id, "idx": i, **_COLUMNS[table](record, extraction),
                     "data": json.dumps(asdict(record), ensure_ascii=False)}
                    for i, record in enumerate(getattr(extraction, attribute))
                ]
                if rows:
                    columns = list(rows[0])
                    quoted = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join("?" for _ in columns)
                    db.executemany(
                        f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
                        [tuple(row[c] for c in columns) for row in rows],
                    )


def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _actor_columns(extraction: Extraction, actor_ids: list[str]) -> tuple[str | None, str | None]:
    actors = [extraction.actor(i) for i in actor_ids]
    actors = [a for a in actors if a is not None]
    if not actors:
        return None, None
    names = "; ".join(a.name for a in actors)
    countries = "; ".join(sorted({a.country for a in actors if a.country}))
    return names, countries or None


def _event_columns(event: Event, extraction: Extraction) -> dict:
    source, source_country = _actor_columns(extraction, event.source_actor_ids)
    target, target_country = _actor_columns(extraction, event.target_actor_ids)
    place = None
    if event.place_index is not None and 0 <= event.place_index < len(extraction.places):
        place = extraction.places[event.place_index].name or extraction.places[event.place_index].text
    return {
        "sentence": event.sentence, "type": event.type, "mode": event.mode, "modality": event.modality,
        "source": source or event.source_text or None, "source_country": source_country,
        "target": target or event.target_text or None, "target_country": target_country,
        "date": event.date, "date_precision": event.date_precision, "place": place,
        "intensity": event.intensity, "confidence": event.confidence, "trigger": event.trigger,
        "trigger_start": event.trigger_start, "trigger_end": event.trigger_end,
    }


def _quote_columns(quote: Quote, extraction: Extraction) -> dict:
    speaker = extraction.actor(quote.speaker_actor_id)
    return {
        "sentence": quote.sentence, "content_start": quote.content_start, "content_end": quote.content_end,
        "content": quote.content, "kind": quote.kind, "speaker_text": quote.speaker_text,
        "speaker_actor_id": quote.speaker_actor_id, "speaker_name": speaker.name if speaker else None,
        "cue": quote.cue, "venue": quote.venue, "date": quote.date,
    }


def _span_columns(*names: str):
    """Columns of a record that has a span: sentence, start, end, text, and ``names``."""

    def columns(r, _extraction):
        return {name: getattr(r, name) for name in ("sentence", "start", "end", "text") + names}

    return columns


_COLUMNS = {
    "entity_mentions": _span_columns("label"),
    "actors": lambda a, _e: {
        "actor_id": a.id, "name": a.name, "country": a.country, "sectors": ",".join(a.sectors),
        "role": a.role, "kind": a.kind,
    },
    "actor_mentions": _span_columns("actor_id", "via"),
    "time_expressions": _span_columns("type", "value"),
    "places": lambda p, _e: {
        "sentence": p.sentence, "start": p.start, "end": p.end, "text": p.text, "name": p.name,
        "latitude": p.latitude, "longitude": p.longitude, "country": p.country, "admin1": p.admin1,
        "resolved": int(p.resolved),
    },
    "quotes": _quote_columns,
    "quantities": _span_columns("value", "unit", "counts", "change"),
    "events": _event_columns,
}

# (Extraction attribute, table, record class)
_RECORD_TABLES = [
    ("entities", "entity_mentions", EntityMention),
    ("actors", "actors", Actor),
    ("actor_mentions", "actor_mentions", ActorMention),
    ("times", "time_expressions", TimeExpression),
    ("places", "places", Place),
    ("quotes", "quotes", Quote),
    ("quantities", "quantities", Quantity),
    ("events", "events", Event),
]
