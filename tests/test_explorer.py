"""The explorer: Datasette with wirecoder's metadata and plugin, read-only,
article text always escaped."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sqlite3

import pytest
from click.testing import CliRunner
from test_report_data import HOSTILE, database, plain_database  # noqa: F401  (fixtures)

from wirecoder.explorer.command import serve_command
from wirecoder.explorer.metadata import build_metadata
from wirecoder.explorer.server import make_datasette
from wirecoder.explorer.spans import Span, segments


def run_async(coroutine):
    """asyncio.run in a thread of its own: when the browser tests run first,
    Playwright's sync API keeps an event loop running in this thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def fetch(datasette, *paths: str):
    """GET each path from the app in-process; returns the responses."""

    async def run():
        await datasette.invoke_startup()
        return [await datasette.client.get(path) for path in paths]

    return run_async(run())


def test_metadata_describes_tables_and_offers_what_exists(database, plain_database):
    metadata = build_metadata(database)
    tables = metadata["databases"]["story"]["tables"]
    assert "PLOVER" in tables["events"]["description"]
    assert tables["events"]["columns"]["modality"].startswith("occurred")
    assert {"type", "source", "target", "source_country"} <= {f for f in tables["events"]["facets"] if isinstance(f, str)}
    assert {"date": "date"} in tables["events"]["facets"]
    assert tables["quotes"]["fts_table"] == "quotes_fts" and tables["articles"]["fts_table"] == "articles_fts"
    queries = metadata["databases"]["story"]["queries"]
    assert {"events_by_actor_pair", "conflicts", "most_corroborated_events", "quote_search"} <= set(queries)
    # A database without a table gets no query that needs it.
    connection = sqlite3.connect(plain_database)
    connection.execute("DROP TABLE conflicts")
    connection.commit()
    connection.close()
    assert "conflicts" not in build_metadata(plain_database)["databases"]["plain"]["queries"]


def test_article_page_escapes_text_and_highlights_spans(database):
    (page,) = fetch(make_datasette(database), "/-/wirecoder/story/article/a1?sentence=2")
    assert page.status_code == 200
    html = page.text
    assert HOSTILE not in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in html
    # every kind of span is drawn and linked
    assert 'class="k-event focus"' in html or "k-event focus" in html  # the trigger in the focused sentence
    assert '<a href="/-/wirecoder/story/event/a1/1">fired</a>' in html
    assert 'class="k-place' in html and 'class="k-quote' in html and "k-quantity" in html and "k-actor" in html
    assert 'id="s-2"' in html and 'href="#quote-0"' in html


def test_event_page_lists_mentions_across_articles(database):
    (page,) = fetch(make_datasette(database), "/-/wirecoder/story/event/a1/1")
    html = page.text
    assert page.status_code == 200
    assert "Mentions (2) in 2 source(s)" in html
    assert "Steppe Wire" in html and "Caspian Monitor" in html
    assert '<span class="trigger">opened fire</span>' in html
    (story,) = fetch(make_datasette(database), "/-/wirecoder/story/story-event/7")
    assert story.status_code == 200 and "Mentions (2)" in story.text


def test_missing_pages_are_404(database):
    pages = fetch(make_datasette(database), "/-/wirecoder/story/article/nope", "/-/wirecoder/story/event/a1/9",
                  "/-/wirecoder/other/article/a1")
    assert [p.status_code for p in pages] == [404, 404, 404]


def test_full_text_search_over_quotes_and_articles(database):
    quotes, articles = fetch(make_datasette(database), "/story/quotes.json?_search=bullied&_shape=array",
                             "/story/articles.json?_search=Vienna&_shape=array")
    assert [q["content"] for q in quotes.json()] == ["We will not be bullied,"]
    assert [a["id"] for a in articles.json()] == ["a2"]


def test_facets_and_canned_queries(database):
    facets, pair, corroborated = fetch(
        make_datasette(database),
        "/story/events.json?_facet=type",
        "/story/events_by_actor_pair.json?source=BOR&target=RUR&_shape=array",
        "/story/most_corroborated_events.json?_shape=array",
    )
    values = {v["value"] for v in facets.json()["facet_results"]["type"]["results"]}
    assert values == {"THREATEN", "ASSAULT", "AGREE"}
    assert {row["trigger"] for row in pair.json()} == {"fired", "opened fire"}
    assert corroborated.json()[0]["outlets"] == 2


def test_tables_link_to_the_plugin_pages(database):
    events, articles = fetch(make_datasette(database), "/story/events", "/story/articles")
    assert 'href="/-/wirecoder/story/event/a2/0"' in events.text
    assert 'href="/-/wirecoder/story/article/a1?sentence=2#s-2"' in events.text
    assert 'href="/-/wirecoder/story/article/a1"' in articles.text
    assert "<script>alert" not in articles.text


def test_database_is_read_only(database):
    datasette = make_datasette(database)

    async def attempt():
        await datasette.invoke_startup()
        db = datasette.get_database("story")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await db.execute_fn(lambda conn: conn.execute("DELETE FROM events"))
        response = await datasette.client.get("/story.json?sql=delete+from+events")
        return response

    response = run_async(attempt())
    assert response.status_code == 400
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM events").fetchone()[0] == 4


def test_serve_binds_to_localhost_by_default(tmp_path):
    defaults = {p.name: p.default for p in serve_command.params}
    assert defaults["host"] == "127.0.0.1" and defaults["port"] == 8001
    result = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database" in result.output


def test_segments_cut_overlapping_spans():
    text = "Ann said hello to Bob."
    spans = [Span(0, 3, "actor", "Ann", "#a"), Span(9, 14, "quote", "quote", "#q"), Span(0, 22, "event", "e", "/e")]
    pieces = segments(text, spans, [(0, 22)])
    assert "".join(p.text for p in pieces) == text
    first = pieces[0]
    assert first.text == "Ann" and first.kinds == ["event", "actor"] and first.href == "#a"  # innermost wins
    assert next(p for p in pieces if p.text == "hello").href == "#q"
    assert first.sentence_start and not pieces[1].sentence_start
    # offsets outside the text are ignored, never an error
    assert "".join(p.text for p in segments(text, [Span(-1, 99, "place", "x"), Span(5, 2, "time", "y")])) == text

