"""The wirecoder Datasette plugin: an article page with every extracted span
highlighted and linked, an event page with all its mentions, and links to
both from Datasette's tables."""

from __future__ import annotations

from datasette import Response, hookimpl
from markupsafe import Markup, escape

from .pages import NotFound, article_page, article_url, event_page, event_url, story_event_page, story_event_url
from .spans import KINDS

ARTICLE_RECORD_TABLES = {"events", "actors", "actor_mentions", "quotes", "time_expressions", "places",
                         "quantities", "sentences", "entity_mentions", "story_articles", "event_mentions",
                         "article_sources"}


def _database(datasette, request):
    name = request.url_vars["database"]
    if name not in datasette.databases or name == "_internal":
        raise NotFound(name)
    return name, datasette.get_database(name)


async def _render(datasette, request, template: str, context: dict) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request))


async def _not_found(datasette, request, what: str) -> Response:
    response = await _render(datasette, request, "wirecoder_not_found.html", {"what": what})
    response.status = 404
    return response


async def article_view(datasette, request):
    try:
        name, db = _database(datasette, request)
        base = datasette.urls.path("")
        page = await db.execute_fn(lambda conn: article_page(conn, request.url_vars["article_id"], base, name))
    except NotFound as missing:
        return await _not_found(datasette, request, f"article {missing}")
    focus = request.args.get("sentence")
    return await _render(datasette, request, "wirecoder_article.html", {
        "article": page, "database": name, "kinds": KINDS,
        "focus": int(focus) if focus and focus.lstrip("-").isdigit() else None,
    })


async def event_view(datasette, request):
    try:
        name, db = _database(datasette, request)
        base = datasette.urls.path("")
        article_id, idx = request.url_vars["article_id"], int(request.url_vars["idx"])
        page = await db.execute_fn(lambda conn: event_page(conn, article_id, idx, base, name))
    except NotFound as missing:
        return await _not_found(datasette, request, f"event {missing}")
    page["article_href"] = article_url(datasette.urls.path(""), name, article_id)
    return await _render(datasette, request, "wirecoder_event.html", {"page": page, "database": name})


async def story_event_view(datasette, request):
    try:
        name, db = _database(datasette, request)
        base = datasette.urls.path("")
        story_event_id = int(request.url_vars["id"])
        page = await db.execute_fn(lambda conn: story_event_page(conn, story_event_id, base, name))
    except NotFound as missing:
        return await _not_found(datasette, request, f"story event {missing}")
    return await _render(datasette, request, "wirecoder_event.html", {"page": page, "database": name})


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/wirecoder/(?P<database>[^/]+)/article/(?P<article_id>[^/]+)$", article_view),
        (r"^/-/wirecoder/(?P<database>[^/]+)/event/(?P<article_id>[^/]+)/(?P<idx>\d+)$", event_view),
        (r"^/-/wirecoder/(?P<database>[^/]+)/story-event/(?P<id>\d+)$", story_event_view),
    ]


def _get(row, key):
    try:
        return _plain(row[key])
    except (KeyError, IndexError, TypeError):
        return None


def _plain(value):
    """Datasette expands foreign keys into {"value": ..., "label": ...}."""
    return value.get("value") if isinstance(value, dict) else value


def _link(href: str, value, title: str) -> Markup:
    return Markup('<a href="{}" title="{}">{}</a>').format(href, title, value)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Article ids open the article page (at the row's sentence); event
    triggers open the event page; story events open theirs."""
    if value is None or database == "_internal":
        return None
    base = datasette.urls.path("")
    if column == "article_id" and (table in ARTICLE_RECORD_TABLES or table is None):
        sentence = _get(row, "sentence")
        article_id = _plain(value)
        shown = (value.get("label") or article_id) if isinstance(value, dict) else article_id
        if len(str(shown)) > 60:  # headlines read from a text's first line can be paragraphs
            shown = str(shown)[:58] + "…"
        href = article_url(base, database, str(article_id), sentence if isinstance(sentence, int) else None)
        return _link(href, shown, "Open the article with every extracted span highlighted")
    if table == "articles" and column == "title":
        article_id = _get(row, "id")
        if article_id:
            return _link(article_url(base, database, str(article_id)), value, "Open the article")
    if column == "trigger" and (table == "events" or table is None):
        article_id, idx = _get(row, "article_id"), _get(row, "idx")
        if article_id is not None and isinstance(idx, int):
            return _link(event_url(base, database, str(article_id), idx), value, "Open the event with all its mentions")
    if table == "story_events" and column == "type":
        story_event_id = _get(row, "id")
        if isinstance(story_event_id, int):
            return _link(story_event_url(base, database, story_event_id), value, "Open the event with all its mentions")
    return None
