"""On the seeds: one story, events counted once with their sources, the
disputed figure and the tariff's status history."""

from __future__ import annotations

import json

import pytest

from wirecoder.run import run
from wirecoder.store import Store

WARNING, BACKGROUND, VISIT = "000_9abf273af07d1d32.txt", "001_cffb228c8a200e3d.txt", "002_636c643a7e52bad3.txt"


@pytest.fixture(scope="module")
def seeds_store(seeds_dir, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("story") / "w.db")
    run([seeds_dir], store, manifest=seeds_dir / "manifest.csv")
    yield store
    store.close()


def article_ids(store) -> dict[str, str]:
    """seed file name -> article id"""
    rows = store.db.execute("SELECT article_id, source FROM article_sources").fetchall()
    return {source.rsplit("/", 1)[-1]: article_id for article_id, source in rows}


def story_events(store, event_type):
    return [dict(r) for r in store.db.execute("SELECT * FROM story_events WHERE type = ?", (event_type,))]


def test_the_three_seeds_form_one_story(seeds_store):
    assert seeds_store.db.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    assert seeds_store.db.execute("SELECT count(DISTINCT story_id) FROM story_articles").fetchone()[0] == 1
    assert seeds_store.count("story_articles") == 3


def test_hegseth_threat_is_one_event_told_by_all_three_articles(seeds_store):
    threats = [e for e in story_events(seeds_store, "THREATEN")
               if e["source_countries"] == "USA" and "MEX" in e["target_countries"] and e["mode"] == "violence"]
    assert len(threats) == 1
    assert threats[0]["articles"] == 3 and "Pete Hegseth" in threats[0]["source"]


def test_tariff_is_one_event_with_its_sources(seeds_store):
    tariffs = [e for e in story_events(seeds_store, "SANCTION") if "MEX" in e["target_countries"].split(",")
               and e["source_countries"] == "USA" and e["modality"] in ("planned", "occurred")
               and "CAN" in e["target_countries"]]
    assert len(tariffs) == 1
    assert tariffs[0]["articles"] >= 2


def test_troop_deployments_are_counted_once(seeds_store):
    deployments = story_events(seeds_store, "MOBILIZE")
    us = [e for e in deployments if e["source_countries"] == "USA" and e["mode"] == "troops"]
    mexico = [e for e in deployments if e["source_countries"] == "MEX" and e["mode"] == "troops"]
    assert len(us) == 1 and us[0]["articles"] == 1
    assert len(mexico) == 1 and mexico[0]["articles"] == 1


def test_disputed_death_toll_is_a_conflict_inside_one_article(seeds_store):
    ids = article_ids(seeds_store)
    rows = seeds_store.db.execute("SELECT * FROM conflicts WHERE within_article = 1").fetchall()
    disputes = [json.loads(r["sides"]) for r in rows]
    wanted = [sides for sides in disputes if {s["value"] for s in sides} == {"tens of millions", "hundreds of thousands"}]
    assert len(wanted) == 1
    assert {m["article_id"] for side in wanted[0] for m in side["mentions"]} == {ids[BACKGROUND]}


def test_tariff_history_announced_paused_rescheduled(seeds_store):
    ids = article_ids(seeds_store)
    rows = seeds_store.db.execute("SELECT subject, steps FROM status_histories").fetchall()
    [steps] = [json.loads(r["steps"]) for r in rows if r["subject"] == "25 percent tariff"]
    assert [(s["status"], s["date"], s["mention"]["article_id"]) for s in steps] == [
        ("announced", "2025-02-01", ids[BACKGROUND]),
        ("paused", "2025-02-03", ids[VISIT]),
        ("announced", "2025-03-04", ids[WARNING]),
    ]
    # a history, not a contradiction: no date conflict about the tariff
    assert not seeds_store.db.execute(
        "SELECT count(*) FROM conflicts WHERE kind = 'date' AND subject LIKE '%SANCTION%'").fetchone()[0]


def test_rerun_changes_no_story(seeds_store, seeds_dir):
    tables = ("stories", "story_articles", "story_events", "event_mentions", "conflicts", "status_histories")
    before = {t: seeds_store.count(t) for t in tables}
    summary = run([seeds_dir], seeds_store, manifest=seeds_dir / "manifest.csv")
    assert summary.unchanged == 3 and summary.stories_touched == 0
    assert {t: seeds_store.count(t) for t in tables} == before


def test_edited_wire_copy_is_linked_not_coded_twice(seeds_dir, tmp_path):
    original = (seeds_dir / WARNING).read_text(encoding="utf-8")
    paragraphs = original.split("\n\n")
    edited = "\n\n".join(["Republished: " + paragraphs[0]] + paragraphs[1:-2])  # new headline, ending cut
    copy = tmp_path / "copy.txt"
    copy.write_text(edited, encoding="utf-8")
    with Store(tmp_path / "w.db") as store:
        run([seeds_dir / WARNING], store, published="2025-02-28")
        summary = run([copy], store, published="2025-03-01")
        assert summary.new == 1 and summary.duplicates == 1
        [(copy_id, duplicate_of)] = store.db.execute(
            "SELECT article_id, duplicate_of FROM story_articles WHERE duplicate_of IS NOT NULL").fetchall()
        assert duplicate_of == article_ids(store)[WARNING]
        assert store.db.execute("SELECT count(*) FROM events WHERE article_id = ?", (copy_id,)).fetchone()[0] == 0
        assert store.db.execute("SELECT count(DISTINCT story_id) FROM story_articles").fetchone()[0] == 1
        # the copy does not make its events look corroborated
        assert store.db.execute("SELECT max(articles) FROM story_events").fetchone()[0] == 1


def numeric_facts(store):
    return [dict(r) for r in store.db.execute(
        "SELECT n.*, e.type AS event_type, e.mode AS event_mode, e.source_countries AS event_source "
        "FROM numeric_facts n LEFT JOIN story_events e ON e.id = n.story_event_id")]


def test_tariff_rate_is_one_numeric_fact_told_by_three_outlets(seeds_store):
    tariffs = [f for f in numeric_facts(seeds_store) if f["counts"] == "tariff" and f["value_low"] == 25.0]
    assert len(tariffs) == 1
    assert tariffs[0]["articles"] == 3 and tariffs[0]["unit"] == "percent"
    assert tariffs[0]["event_type"] == "SANCTION" and tariffs[0]["event_source"] == "USA"
    mentions = json.loads(tariffs[0]["mentions"])
    text = dict(seeds_store.db.execute("SELECT id, clean_text FROM articles").fetchall())
    assert all(text[m["article_id"]][m["start"]:m["end"]].startswith("25") for m in mentions)


def test_troop_figures_are_tied_to_their_deployments(seeds_store):
    facts = {f["value_low"]: f for f in numeric_facts(seeds_store) if "troops" in f["counts"]}
    assert facts[1600.0]["event_type"] == "MOBILIZE" and facts[1600.0]["event_source"] == "USA"
    assert facts[10000.0]["event_type"] == "MOBILIZE" and facts[10000.0]["event_source"] == "MEX"
