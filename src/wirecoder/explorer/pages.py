"""What the explorer's own pages show: an article with every extracted span,
and an event with all its mentions. Plain functions over a read-only
sqlite3 connection (Datasette runs them in its thread pool); records are
read from their ``data`` JSON, so fields added by any stage show up."""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import quote

from .spans import Span, segments

RECORD_TABLES = {
    "events": "events", "actors": "actors", "actor_mentions": "actor_mentions", "quotes": "quotes",
    "times": "time_expressions", "places": "places", "quantities": "quantities",
}


class NotFound(LookupError):
    pass


def article_url(base: str, database: str, article_id: str, sentence: int | None = None) -> str:
    url = f"{base}-/wirecoder/{quote(database, safe='')}/article/{quote(article_id, safe='')}"
    if sentence is not None and sentence >= 0:
        url += f"?sentence={sentence}#s-{sentence}"
    return url


def event_url(base: str, database: str, article_id: str, idx: int) -> str:
    return f"{base}-/wirecoder/{quote(database, safe='')}/event/{quote(article_id, safe='')}/{idx}"


def story_event_url(base: str, database: str, story_event_id: int) -> str:
    return f"{base}-/wirecoder/{quote(database, safe='')}/story-event/{story_event_id}"


def _dict_row(conn: sqlite3.Connection, sql: str, params: tuple) -> dict | None:
    """One row as a dict, whatever row factory the connection has."""
    cursor = conn.execute(sql, params)
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], tuple(row))) if row is not None else None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _records(conn: sqlite3.Connection, table: str, article_id: str, tables: set[str]) -> list[dict]:
    if table not in tables:
        return []
    records = []
    for (data,) in conn.execute(f"SELECT data FROM {table} WHERE article_id = ? ORDER BY idx", (article_id,)):
        try:
            record = json.loads(data)
        except (TypeError, ValueError):
            record = {}
        records.append(record if isinstance(record, dict) else {})
    return records


def load_article(conn: sqlite3.Connection, article_id: str) -> dict:
    """The article row, its sentences and every record extracted from it."""
    row = _dict_row(conn, "SELECT id, title, outlet, url, published, published_estimated, clean_text "
                          "FROM articles WHERE id = ?", (article_id,))
    if row is None:
        raise NotFound(article_id)
    tables = _tables(conn)
    article = dict(row)
    article["sentences"] = [
        (r[0], r[1]) for r in conn.execute('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx',
                                           (article_id,))
    ]
    for name, table in RECORD_TABLES.items():
        article[name] = _records(conn, table, article_id, tables)
    return article


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _actor_names(article: dict, ids) -> str:
    names = {a.get("id"): a.get("name") for a in article["actors"]}
    return "; ".join(str(names.get(i) or i) for i in ids or [])


def event_summary(article: dict, event: dict) -> dict:
    source = _actor_names(article, event.get("source_actor_ids")) or event.get("source_text") or "?"
    target = _actor_names(article, event.get("target_actor_ids")) or event.get("target_text") or "?"
    kind = str(event.get("type", "")) + (f" ({event['mode']})" if event.get("mode") else "")
    return {"kind": kind, "source": source, "target": target, "modality": event.get("modality", ""),
            "date": event.get("date"), "trigger": event.get("trigger", ""), "intensity": event.get("intensity"),
            "confidence": event.get("confidence"), "contexts": event.get("contexts") or []}


def article_spans(article: dict, base: str, database: str) -> list[Span]:
    """Every extracted span of an article, labelled and linked."""
    spans: list[Span] = []
    actor_by_id = {a.get("id"): a for a in article["actors"]}
    for i, event in enumerate(article["events"]):
        info = event_summary(article, event)
        label = f"event: {info['kind']} {info['source']} → {info['target']} [{info['modality']}]"
        href = event_url(base, database, article["id"], i)
        starts = [(event.get("trigger_start"), event.get("trigger_end"))]
        starts += [(m.get("trigger_start"), m.get("trigger_end")) for m in event.get("mentions") or []
                   if isinstance(m, dict)]
        for start, end in starts:
            if _int(start) is not None and _int(end) is not None:
                spans.append(Span(start, end, "event", label, href))
    for i, mention in enumerate(article["actor_mentions"]):
        actor = actor_by_id.get(mention.get("actor_id"), {})
        sectors = ",".join(actor.get("sectors") or [])
        label = f"actor: {actor.get('name') or mention.get('text')} ({actor.get('country') or '?'}{' ' + sectors if sectors else ''})"
        spans.append(Span(mention.get("start"), mention.get("end"), "actor", label, f"#actor-{_anchor(mention.get('actor_id'))}"))
    for i, q in enumerate(article["quotes"]):
        speaker = actor_by_id.get(q.get("speaker_actor_id"), {}).get("name") or q.get("speaker_text") or "?"
        label = f"quote ({q.get('kind', '')}) by {speaker}"
        parts = [p for p in q.get("parts") or [] if isinstance(p, list) and len(p) == 2]
        for start, end in parts or [(q.get("content_start"), q.get("content_end"))]:
            spans.append(Span(start, end, "quote", label, f"#quote-{i}"))
    for i, t in enumerate(article["times"]):
        spans.append(Span(t.get("start"), t.get("end"), "time", f"time: {t.get('type', '')} {t.get('value', '')}", f"#time-{i}"))
    for i, p in enumerate(article["places"]):
        where = p.get("name") or p.get("text")
        coords = f" ({p['latitude']:.2f}, {p['longitude']:.2f})" if isinstance(p.get("latitude"), (int, float)) and isinstance(p.get("longitude"), (int, float)) else ""
        spans.append(Span(p.get("start"), p.get("end"), "place", f"place: {where}{coords}", f"#place-{i}"))
    for i, q in enumerate(article["quantities"]):
        what = " ".join(str(x) for x in (q.get("value"), q.get("unit"), q.get("counts")) if x not in (None, ""))
        spans.append(Span(q.get("start"), q.get("end"), "quantity", f"quantity: {what}", f"#quantity-{i}"))
    return spans


def _anchor(value) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in str(value))


def article_page(conn: sqlite3.Connection, article_id: str, base: str, database: str) -> dict:
    article = load_article(conn, article_id)
    spans = article_spans(article, base, database)
    article["segments"] = segments(article["clean_text"], spans, article["sentences"])
    article["event_rows"] = [
        {"idx": i, "href": event_url(base, database, article_id, i), **event_summary(article, e)}
        for i, e in enumerate(article["events"])
    ]
    for actor in article["actors"]:
        actor["anchor"] = _anchor(actor.get("id"))
    article["counts"] = {kind: sum(1 for s in spans if s.kind == kind) for kind in
                         ("event", "actor", "quote", "time", "place", "quantity")}
    return article


def _sentence_text(conn, article_id: str, sentence) -> tuple[int, int, str] | None:
    row = conn.execute('SELECT start, "end", text FROM sentences WHERE article_id = ? AND idx = ?',
                       (article_id, sentence)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _mention(conn, article: dict, base: str, database: str, sentence, start, end, extra: list[tuple] = ()) -> dict:
    """One mention: the sentence cut into plain/highlighted pieces, with its article's outlet and date."""
    found = _sentence_text(conn, article["id"], sentence)
    if found is None:
        s_start, s_end = (start, end) if _int(start) is not None and _int(end) is not None else (0, 0)
        text = article["clean_text"][s_start:s_end]
    else:
        s_start, s_end, text = found
    marks = [(start, end, "trigger")] + list(extra)
    spans = [Span(a - s_start, b - s_start, kind, kind) for a, b, kind in marks
             if _int(a) is not None and _int(b) is not None and s_start <= a < b <= s_end]
    return {
        "article_id": article["id"], "title": article["title"], "outlet": article["outlet"],
        "published": article["published"], "sentence": sentence,
        "pieces": [(seg.text, seg.kinds) for seg in segments(text, spans)],
        "href": article_url(base, database, article["id"], sentence if isinstance(sentence, int) else None),
    }


def _event_mentions(conn, article: dict, event: dict, base: str, database: str) -> list[dict]:
    extra = [(s[0], s[1], role) for role in ("source", "target")
             for s in event.get(f"{role}_spans") or [] if isinstance(s, list) and len(s) == 2]
    mentions = [_mention(conn, article, base, database, event.get("sentence"), event.get("trigger_start"),
                         event.get("trigger_end"), extra)]
    for m in event.get("mentions") or []:
        if isinstance(m, dict):
            mentions.append(_mention(conn, article, base, database, m.get("sentence"), m.get("trigger_start"),
                                     m.get("trigger_end")))
    return mentions


def event_page(conn: sqlite3.Connection, article_id: str, idx: int, base: str, database: str) -> dict:
    """An article event with its mentions in the article and, when the event
    was corroborated, the mentions of the same event in other articles."""
    article = load_article(conn, article_id)
    if not 0 <= idx < len(article["events"]):
        raise NotFound(f"{article_id}/{idx}")
    event = article["events"][idx]
    page = {"event": event_summary(article, event), "record": event, "article": article,
            "mentions": _event_mentions(conn, article, event, base, database), "story_event": None}
    if "event_mentions" in _tables(conn):
        row = conn.execute("SELECT story_event_id FROM event_mentions WHERE article_id = ? AND event_idx = ?",
                           (article_id, idx)).fetchone()
        if row is not None:
            story = story_event_page(conn, row[0], base, database)
            page["story_event"] = story["story_event"]
            page["mentions"] += [m for m in story["mentions"] if m["article_id"] != article_id]
    page["outlets"] = sorted({m["outlet"] or m["article_id"] for m in page["mentions"]})
    return page


def story_event_page(conn: sqlite3.Connection, story_event_id: int, base: str, database: str) -> dict:
    """A corroborated event with every mention in every article."""
    row = _dict_row(conn, "SELECT * FROM story_events WHERE id = ?", (story_event_id,))
    if row is None:
        raise NotFound(str(story_event_id))
    mentions = []
    articles: dict[str, dict] = {}
    for article_id, event_idx in conn.execute(
        "SELECT article_id, event_idx FROM event_mentions WHERE story_event_id = ? ORDER BY article_id, event_idx",
        (story_event_id,),
    ).fetchall():
        if article_id not in articles:
            try:
                articles[article_id] = load_article(conn, article_id)
            except NotFound:
                continue
        article = articles[article_id]
        if 0 <= event_idx < len(article["events"]):
            mentions += _event_mentions(conn, article, article["events"][event_idx], base, database)
    mentions.sort(key=lambda m: (m["published"] or "", m["article_id"]))
    story_event = dict(row)
    return {"story_event": story_event, "mentions": mentions,
            "outlets": sorted({m["outlet"] or m["article_id"] for m in mentions})}
