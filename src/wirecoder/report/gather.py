"""Read what the report shows out of the database: events, quotes, numeric
facts, conflicts and places, each with the evidence it rests on.

Everything is rebuilt from the stored records (``Store.load_extraction``),
so whatever the extraction stages produce shows up. When the corroboration
tables exist (``event_mentions``, ``statements``, ``conflicts``), mentions of
one event or statement across articles are grouped into one item; records
they do not cover stay items of their own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlparse

from ..records import Event, Extraction
from ..store import Store, StoreError
from .plover import group_of


class ReportError(RuntimeError):
    pass


@dataclass
class Evidence:
    """One place in one article: a sentence, and within it the span that matters."""

    article_id: str
    sentence: int
    start: int | None = None
    end: int | None = None
    label: str = ""  # what this evidence is for, when an item has several kinds


@dataclass
class ReportArticle:
    id: str
    title: str
    outlet: str  # as stored (may be empty)
    source: str  # outlet, else the URL's host, else "" (for counting outlets)
    published: str | None
    url: str
    text: str
    sentences: list[tuple[int, int]]


@dataclass
class EventItem:
    id: int
    type: str
    mode: str
    modality: str
    group: int
    source: str
    target: str
    source_countries: list[str]
    target_countries: list[str]
    date: str | None  # as extracted (may be a week, a month...)
    day: str | None  # a calendar day to plot it on
    intensity: float
    trigger: str
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    evidence: list[Evidence] = field(default_factory=list)
    outlets: int = 1
    articles: int = 1

    @property
    def label(self) -> str:
        kind = self.type + (f" ({self.mode})" if self.mode else "")
        who = f"{self.source or '?'} → {self.target or '?'}"
        return f"{kind}: {who}"


@dataclass
class QuoteItem:
    speaker: str
    content: str
    kind: str
    cue: str
    evidence: list[Evidence] = field(default_factory=list)
    outlets: int = 1


@dataclass
class FactItem:
    text: str
    value: float | None
    unit: str
    counts: str
    change: str
    evidence: list[Evidence] = field(default_factory=list)
    articles: int = 1
    outlets: int = 1

    @property
    def informative(self) -> bool:
        """A number that says what it counts or measures."""
        return bool(self.counts or self.unit)


@dataclass
class ConflictSide:
    value: str
    evidence: list[Evidence]
    outlets: list[str]


@dataclass
class ConflictItem:
    kind: str
    subject: str
    within_article: bool
    sides: list[ConflictSide]


@dataclass
class ReportData:
    title: str
    scope: str  # "story 3", or the database file
    articles: dict[str, ReportArticle]
    events: list[EventItem]
    quotes: list[QuoteItem]
    facts: list[FactItem]
    conflicts: list[ConflictItem]
    stages: list[str]

    def outlet_count(self) -> int:
        return len({a.source for a in self.articles.values() if a.source})

    def dates(self) -> tuple[str | None, str | None]:
        published = sorted(a.published for a in self.articles.values() if a.published)
        return (published[0], published[-1]) if published else (None, None)


# ---- dates -------------------------------------------------------------------
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_YEAR = re.compile(r"^(\d{4})$")


def plot_day(value: str | None) -> str | None:
    """A calendar day (YYYY-MM-DD) for a TIMEX-style date: a week is drawn on
    its Monday, a month on its 15th, a year on 1 July; None if unreadable."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 15).isoformat()
        if m := _WEEK.match(value):
            return (date.fromisocalendar(int(m[1]), int(m[2]), 1)).isoformat()
        if m := _YEAR.match(value):
            return date(int(m[1]), 7, 1).isoformat()
    except ValueError:
        return None
    return None


def source_of(outlet: str, url: str) -> str:
    """Who published it, for counting distinct sources: the outlet, or the
    host of its URL when no outlet was given."""
    if outlet:
        return outlet
    host = urlparse(url).hostname if url else None
    return (host or "").removeprefix("www.")


# ---- reading -----------------------------------------------------------------
def _tables(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _scope_articles(store: Store, story_id: int | None, tables: set[str]) -> tuple[list[str], str]:
    if story_id is None:
        return store.article_ids(), ""
    if "stories" not in tables:
        raise ReportError("this database has no stories")
    row = store.db.execute("SELECT title FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        known = [str(r[0]) for r in store.db.execute("SELECT id FROM stories ORDER BY id LIMIT 20")]
        hint = f" (stories: {', '.join(known)})" if known else " (the database has no stories yet)"
        raise ReportError(f"no story {story_id}{hint}")
    ids = [
        r[0]
        for r in store.db.execute(
            "SELECT a.id FROM story_articles s JOIN articles a ON a.id = s.article_id "
            "WHERE s.story_id = ? ORDER BY a.published, a.id",
            (story_id,),
        )
    ]
    return ids, row[0] or ""


def _actor_labels(extraction: Extraction, ids: list[str], fallback: str) -> tuple[str, list[str]]:
    actors = [a for a in map(extraction.actor, ids) if a is not None]
    names = "; ".join(a.name for a in actors) or fallback
    countries = sorted({a.country for a in actors if a.country})
    return names, countries


def _event_evidence(article_id: str, event: Event) -> list[Evidence]:
    evidence = [Evidence(article_id, event.sentence, event.trigger_start, event.trigger_end)]
    for mention in event.mentions or []:
        if isinstance(mention, dict) and isinstance(mention.get("sentence"), int):
            evidence.append(
                Evidence(article_id, mention["sentence"], mention.get("trigger_start"), mention.get("trigger_end"))
            )
    return evidence


def _groups_from(store: Store, tables: set[str], table: str, query: str) -> dict[tuple[str, int], int]:
    """(article_id, record index) -> group id, from a corroboration table."""
    if table not in tables:
        return {}
    return {(r[0], r[1]): r[2] for r in store.db.execute(query)}


def _mention_groups(store: Store, tables: set[str], table: str) -> dict[tuple[str, int], int]:
    """(article_id, record index) -> row id, from a table whose rows keep
    their reports in a JSON ``mentions`` list (statements, numeric_facts)."""
    if table not in tables:
        return {}
    groups = {}
    for statement_id, mentions in store.db.execute(f"SELECT id, mentions FROM {table}"):
        for mention in _json_list(mentions):
            if isinstance(mention, dict) and "article_id" in mention and isinstance(mention.get("record"), int):
                groups[(mention["article_id"], mention["record"])] = statement_id
    return groups


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text or "[]")
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


def _events(extractions: list[Extraction], groups: dict[tuple[str, int], int],
            articles: dict[str, ReportArticle]) -> list[EventItem]:
    items: list[EventItem] = []
    by_group: dict[int, EventItem] = {}
    for extraction in extractions:
        article_id = extraction.article.id
        for index, event in enumerate(extraction.events):
            group = groups.get((article_id, index))
            if group is not None and group in by_group:
                by_group[group].evidence.extend(_event_evidence(article_id, event))
                continue
            source, source_countries = _actor_labels(extraction, event.source_actor_ids, event.source_text)
            target, target_countries = _actor_labels(extraction, event.target_actor_ids, event.target_text)
            item = EventItem(
                id=len(items), type=event.type, mode=event.mode or "", modality=event.modality or "occurred",
                group=group_of(event.type, event.quad), source=source, target=target,
                source_countries=source_countries, target_countries=target_countries, date=event.date,
                day=plot_day(event.date) or plot_day(extraction.article.published),
                intensity=float(event.intensity or 0.0), trigger=event.trigger,
                evidence=_event_evidence(article_id, event),
            )
            if event.place_index is not None and 0 <= event.place_index < len(extraction.places):
                place = extraction.places[event.place_index]
                item.place = place.name or place.text
                item.latitude, item.longitude = place.latitude, place.longitude
            items.append(item)
            if group is not None:
                by_group[group] = item
    for item in items:
        _count_sources(item, articles)
    return items


def _count_sources(item, articles: dict[str, ReportArticle]) -> None:
    ids = {e.article_id for e in item.evidence}
    item.articles = len(ids)
    # An article with no known outlet counts as a source of its own.
    item.outlets = len({articles[i].source or i for i in ids if i in articles})


def _quotes(extractions: list[Extraction], groups: dict[tuple[str, int], int],
            articles: dict[str, ReportArticle]) -> list[QuoteItem]:
    items: list[QuoteItem] = []
    by_group: dict[int, QuoteItem] = {}
    for extraction in extractions:
        article_id = extraction.article.id
        for index, quote in enumerate(extraction.quotes):
            evidence = Evidence(article_id, quote.sentence, quote.content_start, quote.content_end)
            group = groups.get((article_id, index))
            if group is not None and group in by_group:
                existing = by_group[group]
                existing.evidence.append(evidence)
                if len(quote.content) > len(existing.content):
                    existing.content = quote.content
                continue
            speaker = extraction.actor(quote.speaker_actor_id)
            item = QuoteItem(
                speaker=speaker.name if speaker else (quote.speaker_text or "unattributed"),
                content=quote.content, kind=quote.kind, cue=quote.cue, evidence=[evidence],
            )
            items.append(item)
            if group is not None:
                by_group[group] = item
    for item in items:
        _count_sources(item, articles)
    return items


def _facts(extractions: list[Extraction], groups: dict[tuple[str, int], int],
           articles: dict[str, ReportArticle]) -> list[FactItem]:
    """One row per numeric fact: the reports of a figure merged by
    corroboration (``numeric_facts``) share a row and count its sources."""
    items: list[FactItem] = []
    by_group: dict[int, FactItem] = {}
    for e in extractions:
        for index, q in enumerate(e.quantities):
            evidence = Evidence(e.article.id, q.sentence, q.start, q.end)
            group = groups.get((e.article.id, index))
            if group is not None and group in by_group:
                by_group[group].evidence.append(evidence)
                continue
            item = FactItem(text=q.text, value=q.value, unit=q.unit, counts=q.counts, change=q.change or "=",
                            evidence=[evidence])
            items.append(item)
            if group is not None:
                by_group[group] = item
    for item in items:
        _count_sources(item, articles)
    return items


def _source_label(article: ReportArticle) -> str:
    return article.source or f"unnamed outlet, {article.published or 'undated'} ({article.id[:8]})"


def _conflicts(store: Store, tables: set[str], story_id: int | None,
               articles: dict[str, ReportArticle]) -> list[ConflictItem]:
    """Disagreements between (or within) sources, from a ``conflicts`` table:
    kind, subject, within_article, and ``sides``, a JSON list of
    {value, mentions: [{article_id, sentence, start, end, ...}]}."""
    if "conflicts" not in tables:
        return []
    columns = {r[1] for r in store.db.execute("PRAGMA table_info(conflicts)")}
    if "sides" not in columns:
        return []
    where, params = ("WHERE story_id = ?", (story_id,)) if story_id is not None and "story_id" in columns else ("", ())
    pick = ", ".join(c if c in columns else f"NULL AS {c}" for c in ("kind", "subject", "within_article", "sides"))
    items = []
    for row in store.db.execute(f"SELECT {pick} FROM conflicts {where} ORDER BY rowid", params):
        sides = []
        for side in _json_list(row["sides"]):
            if not isinstance(side, dict):
                continue
            evidence = [
                Evidence(m["article_id"], int(m.get("sentence", -1)), m.get("start"), m.get("end"))
                for m in side.get("mentions") or []
                if isinstance(m, dict) and m.get("article_id") in articles
            ]
            outlets = sorted({_source_label(articles[e.article_id]) for e in evidence})
            sides.append(ConflictSide(str(side.get("value", "")), evidence, outlets))
        if len(sides) >= 2 and any(s.evidence for s in sides):
            items.append(ConflictItem(row["kind"] or "", row["subject"] or "", bool(row["within_article"]), sides))
    return items


def gather(store: Store, story_id: int | None = None,
           progress: Callable[[int, int], None] = lambda done, total: None) -> ReportData:
    """Everything the report shows, for the whole database or one story."""
    tables = _tables(store)
    ids, story_title = _scope_articles(store, story_id, tables)
    extractions = []
    for done, article_id in enumerate(ids, start=1):
        try:
            extractions.append(store.load_extraction(article_id))
        except StoreError:
            continue
        progress(done, len(ids))
    articles = {
        e.article.id: ReportArticle(
            id=e.article.id, title=e.article.title, outlet=e.article.outlet,
            source=source_of(e.article.outlet, e.article.url), published=e.article.published,
            url=e.article.url, text=e.article.clean_text, sentences=[(s.start, s.end) for s in e.sentences],
        )
        for e in extractions
    }
    event_groups = _groups_from(
        store, tables, "event_mentions", "SELECT article_id, event_idx, story_event_id FROM event_mentions"
    )
    quote_groups = _mention_groups(store, tables, "statements")
    fact_groups = _mention_groups(store, tables, "numeric_facts")
    if story_id is not None:
        title = story_title or f"Story {story_id}"
        scope = f"story {story_id}"
    else:
        title = _title_for(extractions)
        scope = store.path.name
    stages = sorted({s for e in extractions for s in e.stages})
    return ReportData(
        title=title, scope=scope, articles=articles,
        events=_events(extractions, event_groups, articles),
        quotes=_quotes(extractions, quote_groups, articles),
        facts=_facts(extractions, fact_groups, articles),
        conflicts=_conflicts(store, tables, story_id, articles),
        stages=stages,
    )


def _title_for(extractions: list[Extraction]) -> str:
    if len(extractions) == 1:
        return extractions[0].article.title or "One article"
    return f"{len(extractions)} articles" if extractions else "An empty database"


def open_store(path: str) -> Store:
    try:
        return Store(path, readonly=True)
    except StoreError as error:
        raise ReportError(str(error)) from error
