"""A small invented database for the report and explorer tests, and tests of
what the report reads from it (gather, brief, charts).

The database is written through the real Store, with records made by hand,
so these tests do not depend on any extraction stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.records import (
    Actor,
    ActorMention,
    Article,
    Event,
    Extraction,
    Place,
    Quantity,
    Quote,
    Sentence,
)
from wirecoder.store import Store

HOSTILE = "<script>alert('pwned')</script>"

FIRST_TEXT = (
    "Ruritania threatened on Monday to impose a 25% tariff on goods from Borduria.\n\n"
    "\"We will not be bullied,\" said Foreign Minister Anna Weiss.\n\n"
    "Bordurian soldiers fired on a border post near Klow, killing two guards.\n\n"
    f"A reader wrote {HOSTILE} in the comments."
)
SECOND_TEXT = (
    "Bordurian soldiers opened fire near Klow on Tuesday, killing three guards, officials said.\n\n"
    "Ruritania and Borduria agreed to hold talks in Vienna.\n\n"
    "The 25% tariff would start in May."
)


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def _sentences(text: str) -> list[Sentence]:
    sentences, start = [], 0
    for index, chunk in enumerate(text.split("\n\n")):
        start = text.index(chunk, start)
        sentences.append(Sentence(index, start, start + len(chunk), chunk))
        start += len(chunk)
    return sentences


def first_extraction() -> Extraction:
    text = FIRST_TEXT
    article = Article(id="a1", text=text, clean_text=text, offset_map=[(0, 0, len(text))],
                      title=f"Ruritania threatens Borduria {HOSTILE}", outlet="Steppe Wire",
                      url="https://steppewire.example/a1", published="2025-04-07")
    rur = Actor("RUR_GOV", "Ruritania", "RUR", ["GOV"], kind="country")
    bor = Actor("BOR_MIL", "Bordurian soldiers", "BOR", ["MIL"], kind="group")
    weiss = Actor("RUR_GOV_anna_weiss", "Anna Weiss", "RUR", ["GOV"], role="Foreign Minister", kind="person")
    mentions = [
        ActorMention(*_span(text, "Ruritania"), "Ruritania", 0, "RUR_GOV", "name"),
        ActorMention(*_span(text, "Bordurian soldiers"), "Bordurian soldiers", 2, "BOR_MIL", "description"),
        ActorMention(*_span(text, "Foreign Minister Anna Weiss"), "Foreign Minister Anna Weiss", 1,
                     "RUR_GOV_anna_weiss", "name"),
    ]
    klow = Place(*_span(text, "Klow"), "Klow", 2, name="Klow", latitude=41.3, longitude=69.2, country="BOR",
                 resolved=True)
    threat = Event("THREATEN", 0, *_span(text, "threatened"), "threatened", mode="restrict",
                   source_actor_ids=["RUR_GOV"], target_actor_ids=["BOR_MIL"], modality="threatened",
                   date="2025-04-07", intensity=-4.0, quad=3)
    shooting = Event("ASSAULT", 2, *_span(text, "fired"), "fired", mode="firearms",
                     source_actor_ids=["BOR_MIL"], target_actor_ids=["RUR_GOV"], date="2025-04-06",
                     place_index=0, intensity=-9.0, quad=4)
    quote_start, quote_end = _span(text, "We will not be bullied,")
    quote = Quote(quote_start, quote_end, "We will not be bullied,", "direct", 1,
                  speaker_text="Foreign Minister Anna Weiss", speaker_actor_id="RUR_GOV_anna_weiss", cue="said")
    tariff = Quantity(*_span(text, "25%"), "25%", 25.0, unit="percent", counts="tariff", sentence=0)
    guards = Quantity(*_span(text, "two"), "two", 2.0, counts="guards", sentence=2)
    return Extraction(article=article, sentences=_sentences(text), actors=[rur, bor, weiss],
                      actor_mentions=mentions, places=[klow], quotes=[quote], quantities=[tariff, guards],
                      events=[threat, shooting], stages=["sentences", "actors", "places", "quotes", "quantities", "events"])


def second_extraction() -> Extraction:
    text = SECOND_TEXT
    article = Article(id="a2", text=text, clean_text=text, offset_map=[(0, 0, len(text))],
                      title="Guards killed at Klow", outlet="Caspian Monitor", published="2025-04-08")
    rur = Actor("RUR_GOV", "Ruritania", "RUR", ["GOV"], kind="country")
    bor = Actor("BOR_MIL", "Bordurian soldiers", "BOR", ["MIL"], kind="group")
    bor_gov = Actor("BOR_GOV", "Borduria", "BOR", ["GOV"], kind="country")
    klow = Place(*_span(text, "Klow"), "Klow", 0, name="Klow", latitude=41.3, longitude=69.2, country="BOR",
                 resolved=True)
    shooting = Event("ASSAULT", 0, *_span(text, "opened fire"), "opened fire", mode="firearms",
                     source_actor_ids=["BOR_MIL"], target_actor_ids=["RUR_GOV"], date="2025-04-08",
                     place_index=0, intensity=-9.0, quad=4)
    talks = Event("AGREE", 1, *_span(text, "agreed"), "agreed", source_actor_ids=["RUR_GOV"],
                  target_actor_ids=["BOR_GOV"], date="2025-04-08", intensity=4.0, quad=1)
    guards = Quantity(*_span(text, "three"), "three", 3.0, counts="guards", sentence=0)
    tariff = Quantity(*_span(text, "25%"), "25%", 25.0, unit="percent", counts="tariff", sentence=2)
    return Extraction(article=article, sentences=_sentences(text), actors=[rur, bor, bor_gov], places=[klow],
                      quantities=[guards, tariff], events=[shooting, talks],
                      stages=["sentences", "actors", "places", "quantities", "events"])


def make_database(path: Path, corroborated: bool = True) -> Path:
    """Two articles from two outlets; with ``corroborated``, a story whose
    shooting is one event in both and whose death toll is a conflict."""
    with Store(path) as store:
        for extraction in (first_extraction(), second_extraction()):
            store.save_extraction(extraction, "test", "key")
        if corroborated:
            with store.transaction() as db:
                db.execute("INSERT INTO stories (id, title, first_published, last_published) "
                           "VALUES (1, 'Klow shooting', '2025-04-07', '2025-04-08')")
                for article_id in ("a1", "a2"):
                    db.execute("INSERT INTO story_articles (story_id, article_id) VALUES (1, ?)", (article_id,))
                db.execute("INSERT INTO story_events (id, story_id, type, mode, modality, source, target, "
                           "source_countries, target_countries, date, articles, outlets) VALUES "
                           "(7, 1, 'ASSAULT', 'firearms', 'occurred', 'Bordurian soldiers', 'Ruritania', "
                           "'BOR', 'RUR', '2025-04-06', 2, 2)")
                db.executemany("INSERT INTO event_mentions (story_event_id, article_id, event_idx, outlet, sentence) "
                               "VALUES (7, ?, ?, ?, ?)", [("a1", 1, "Steppe Wire", 2), ("a2", 0, "Caspian Monitor", 0)])
                sides = [
                    {"value": "2", "mentions": [{"article_id": "a1", "outlet": "Steppe Wire", "published": "2025-04-07",
                                                 "sentence": 2, "start": FIRST_TEXT.index("two"),
                                                 "end": FIRST_TEXT.index("two") + 3, "record": 1}]},
                    {"value": "3", "mentions": [{"article_id": "a2", "outlet": "Caspian Monitor",
                                                 "published": "2025-04-08", "sentence": 0,
                                                 "start": SECOND_TEXT.index("three"),
                                                 "end": SECOND_TEXT.index("three") + 5, "record": 0}]},
                ]
                tariff_reports = [{"article_id": article_id, "outlet": outlet, "published": None, "sentence": sentence,
                                   "start": text.index("25%"), "end": text.index("25%") + 3, "record": record}
                                  for article_id, outlet, text, sentence, record in (
                                      ("a1", "Steppe Wire", FIRST_TEXT, 0, 0),
                                      ("a2", "Caspian Monitor", SECOND_TEXT, 2, 1))]
                db.execute("INSERT INTO numeric_facts (story_id, text, counts, unit, change, value_low, value_high, "
                           "articles, outlets, mentions) VALUES (1, '25%', 'tariff', 'percent', '=', 25, 25, 2, 2, ?)",
                           (json.dumps(tariff_reports),))
                db.execute("INSERT INTO conflicts (story_id, kind, subject, within_article, sides) "
                           "VALUES (1, 'number', 'ASSAULT firearms: guards killed', 0, ?)", (json.dumps(sides),))
    return path


@pytest.fixture
def database(tmp_path) -> Path:
    return make_database(tmp_path / "story.db")


@pytest.fixture
def plain_database(tmp_path) -> Path:
    return make_database(tmp_path / "plain.db", corroborated=False)


# ---- gather ------------------------------------------------------------------
from wirecoder.report.brief import make_brief  # noqa: E402
from wirecoder.report.gather import ReportError, gather, plot_day, source_of  # noqa: E402


def test_plot_day_reads_timex_values():
    assert plot_day("2025-02-03") == "2025-02-03"
    assert plot_day("2025-02-03T10:00") == "2025-02-03"
    assert plot_day("2025-W06") == "2025-02-03"  # the week's Monday
    assert plot_day("2025-02") == "2025-02-15"
    assert plot_day("2025") == "2025-07-01"
    assert plot_day("PRESENT_REF") is None
    assert plot_day("2025-02-30") is None
    assert plot_day(None) is None


def test_source_falls_back_to_the_url_host():
    assert source_of("Steppe Wire", "https://x.example/a") == "Steppe Wire"
    assert source_of("", "https://www.news.example/a") == "news.example"
    assert source_of("", "") == ""


def test_corroborated_event_is_one_item_with_both_sources(database):
    with Store(database, readonly=True) as store:
        data = gather(store)
    shootings = [e for e in data.events if e.type == "ASSAULT"]
    assert len(shootings) == 1
    assert shootings[0].outlets == 2 and shootings[0].articles == 2
    assert {e.article_id for e in shootings[0].evidence} == {"a1", "a2"}
    assert shootings[0].source_countries == ["BOR"] and shootings[0].target_countries == ["RUR"]
    assert len(data.events) == 3  # threat, shooting (merged), talks


def test_without_corroboration_each_article_event_stands_alone(plain_database):
    with Store(plain_database, readonly=True) as store:
        data = gather(store)
    assert [e.type for e in data.events].count("ASSAULT") == 2
    assert data.conflicts == []


def test_a_figure_told_by_two_outlets_is_one_fact_with_both_reports(database, plain_database):
    with Store(database, readonly=True) as store:
        facts = [f for f in gather(store).facts if f.counts == "tariff"]
    assert len(facts) == 1 and facts[0].outlets == 2
    assert [(e.article_id, e.start) for e in facts[0].evidence] == [("a1", FIRST_TEXT.index("25%")),
                                                                     ("a2", SECOND_TEXT.index("25%"))]
    with Store(plain_database, readonly=True) as store:
        assert len([f for f in gather(store).facts if f.counts == "tariff"]) == 2


def test_conflict_sides_keep_their_evidence(database):
    with Store(database, readonly=True) as store:
        data = gather(store)
    (conflict,) = data.conflicts
    assert [s.value for s in conflict.sides] == ["2", "3"]
    assert conflict.sides[0].outlets == ["Steppe Wire"] and conflict.sides[1].outlets == ["Caspian Monitor"]
    evidence = conflict.sides[1].evidence[0]
    assert SECOND_TEXT[evidence.start:evidence.end] == "three"


def test_story_scope_and_unknown_story(database):
    with Store(database, readonly=True) as store:
        assert gather(store, story_id=1).title == "Klow shooting"
        with pytest.raises(ReportError, match="no story 99"):
            gather(store, story_id=99)


def test_brief_counts_sources_and_actions(database):
    with Store(database, readonly=True) as store:
        brief = make_brief(gather(store))
    assert brief.sources == "2 articles from 2 outlets, published 2025-04-07 to 2025-04-08."
    assert "3 events" in brief.what and "1 of them are threats" in brief.what
    assert "1 event reported by more than one source" in brief.what
    assert "1 conflict between sources" in brief.what
    assert brief.key_events[0].type == "ASSAULT"  # the best corroborated comes first
    assert "Klow" in brief.where
    assert "Ruritania" in brief.who and "RUR" in brief.who
