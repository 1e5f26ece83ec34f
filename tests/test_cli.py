"""The real `wirecoder` command on the seeds, the examples and bad input."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WIRECODER = [sys.executable, "-m", "wirecoder.cli"]


def wirecoder(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        WIRECODER + list(args), input=stdin, capture_output=True, text=True, cwd=cwd, timeout=600
    )


@pytest.fixture(scope="module")
def seeds_db(seeds_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    first = wirecoder("run", str(seeds_dir), "--manifest", str(seeds_dir / "manifest.csv"), "--db", str(db), "--json")
    assert first.returncode == 0, first.stderr
    return db, json.loads(first.stdout)


def test_help_lists_every_command_with_examples():
    result = wirecoder("--help")
    assert result.returncode == 0
    for command in ("run", "extract", "export", "stats", "bench", "eval"):
        assert f"  {command}" in result.stdout
    assert "Examples:" in result.stdout


def test_run_on_seeds_stores_three_articles_then_nothing_new(seeds_dir, seeds_db):
    db, first = seeds_db
    assert first["new"] == 3 and first["problems"] == []
    second = wirecoder("run", str(seeds_dir), "--manifest", str(seeds_dir / "manifest.csv"), "--db", str(db), "--json")
    assert second.returncode == 0
    summary = json.loads(second.stdout)
    assert summary["new"] == 0 and summary["recoded"] == 0 and summary["unchanged"] == 3
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        dates = sorted(r[0] for r in con.execute("SELECT published FROM articles"))
    assert dates == ["2025-01-31", "2025-02-03", "2025-02-28"]


def test_same_article_under_another_name_adds_nothing(seeds_dir, seeds_db, tmp_path):
    db, _ = seeds_db
    copy = tmp_path / "renamed.txt"
    original = (seeds_dir / "000_9abf273af07d1d32.txt").read_text(encoding="utf-8")
    copy.write_text(original.replace("\n\n", "\n\n\n"), encoding="utf-8")  # other spacing too
    result = wirecoder("run", str(copy), "--published", "2025-02-28", "--db", str(db), "--json")
    assert json.loads(result.stdout)["unchanged"] == 1
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 4


def test_rerun_reparses_nothing_when_metadata_changes(seeds_dir, tmp_path):
    db = tmp_path / "w.db"
    wirecoder("run", str(seeds_dir / "002_636c643a7e52bad3.txt"), "--db", str(db))
    result = wirecoder("run", str(seeds_dir / "002_636c643a7e52bad3.txt"), "--published", "2025-02-03", "--db", str(db), "--json")
    summary = json.loads(result.stdout)
    assert summary["recoded"] == 1 and summary["parsed"] == 0  # coded again from the cached parse


def test_stats_and_exports(seeds_db, tmp_path):
    db, _ = seeds_db
    stats = json.loads(wirecoder("stats", "--db", str(db), "--json").stdout)
    assert stats["counts"]["articles"] == 3 and stats["counts"]["sentences"] > 50
    for fmt, suffix in (("jsonl", "jsonl"), ("csv", "csv"), ("parquet", "parquet")):
        out = tmp_path / f"entities.{suffix}"
        result = wirecoder("export", "--db", str(db), "--format", fmt, "--table", "entity_mentions", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 100
    rows = [json.loads(line) for line in (tmp_path / "entities.jsonl").read_text().splitlines()]
    assert rows and all(row["evidence"] for row in rows)
    # an entity lies in its evidence sentence (but for the rare one that spaCy's
    # sentence splitter cuts through, in a headline)
    inside = [row["text"] in row["evidence"] for row in rows]
    assert sum(inside) >= 0.97 * len(rows)
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "entities.parquet").num_rows == len(rows)


def test_story_findings_export_and_stats(seeds_db, tmp_path):
    db, _ = seeds_db
    stats = json.loads(wirecoder("stats", "--db", str(db), "--json").stdout)
    assert stats["facts_by_sources"]["3"] >= 1 and stats["events_by_sources"]["3"] >= 1
    assert "numeric facts by number of outlets" in wirecoder("stats", "--db", str(db)).stdout
    out = tmp_path / "facts.jsonl"
    result = wirecoder("export", "--db", str(db), "--format", "jsonl", "--table", "numeric_facts", "--out", str(out))
    assert result.returncode == 0, result.stderr
    facts = [json.loads(line) for line in out.read_text().splitlines()]
    assert facts and all(isinstance(f["mentions"], list) and f["mentions"][0]["article_id"] for f in facts)
    for table in ("story_events", "statements", "conflicts", "status_histories", "event_mentions"):
        result = wirecoder("export", "--db", str(db), "--format", "csv", "--table", table, "--out", str(tmp_path / "t.csv"))
        assert result.returncode == 0, (table, result.stderr)


def test_extract_json_from_stdin_stores_nothing(seeds_dir, tmp_path):
    text = (seeds_dir / "002_636c643a7e52bad3.txt").read_text(encoding="utf-8")
    result = wirecoder("extract", "-", "--published", "2025-02-03", "--json", stdin=text, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2025-02-03"
    assert data["sentences"] and data["entities"]
    sentence = data["sentences"][1]
    assert data["article"]["clean_text"][sentence["start"]:sentence["end"]] == sentence["text"]
    assert not list(tmp_path.glob("*.db"))


def test_extract_of_empty_input_fails_clearly(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = wirecoder("extract", str(empty))
    assert result.returncode != 0 and "empty.txt" in result.stderr


def test_bad_inputs_are_named_and_the_rest_goes_on(seeds_dir, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(seeds_dir / "000_9abf273af07d1d32.txt", inputs / "good.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (inputs / "lines.jsonl").write_text('{"text": "Officials in Lima said talks went well.\\n\\nMore."}\nnot json\n')
    db = tmp_path / "w.db"
    result = wirecoder("run", str(inputs), "--db", str(db), "--json")
    assert result.returncode == 1  # something failed, something was stored
    summary = json.loads(result.stdout)
    assert summary["new"] == 2
    problems = "\n".join(summary["problems"])
    assert "empty.txt" in problems and "binary.txt" in problems and "lines.jsonl:2" in problems
    nothing = wirecoder("run", str(inputs / "empty.txt"), "--db", str(db))
    assert nothing.returncode == 2  # nothing could be done
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_export_from_missing_database_fails_clearly(tmp_path):
    result = wirecoder("export", "--db", str(tmp_path / "nope.db"))
    assert result.returncode != 0 and "nope.db" in result.stderr


def test_bad_user_actor_dictionary_is_named_with_its_line(tmp_path, examples_dir):
    bad = tmp_path / "mine.yaml"
    bad.write_text("actors:\n  - id: jane_doe\n    name: Jane Doe\n    country: XXQ\n    sectors: [GOV]\n")
    db = tmp_path / "w.db"
    result = wirecoder("run", str(examples_dir), "--actors", str(bad), "--db", str(db))
    assert result.returncode != 0
    assert "mine.yaml:" in result.stderr and "XXQ" in result.stderr
    assert not db.exists() or sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_user_actor_dictionary_resolves_a_new_actor(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("actors:\n  - id: jane_doe\n    name: Jane Doe\n    kind: person\n    country: PRY\n    sectors: [GOV]\n")
    text = "Minister meets rivals\n\nJane Doe met her rivals in Asuncion on Monday to discuss the dam."
    result = wirecoder("extract", "-", "--actors", str(mine), "--published", "2026-03-04", "--json", stdin=text)
    assert result.returncode == 0, result.stderr
    actors = json.loads(result.stdout)["actors"]
    assert any(a["name"] == "Jane Doe" and a["country"] == "PRY" and "GOV" in a["sectors"] for a in actors)


def test_export_plover_json_records_link_to_their_evidence(seeds_db, tmp_path):
    db, _ = seeds_db
    out = tmp_path / "events.json"
    result = wirecoder("export", "--db", str(db), "--format", "plover-json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    records = json.loads(out.read_text())
    assert records
    with sqlite3.connect(db) as con:
        texts = dict(con.execute("SELECT id, clean_text FROM articles"))
    for record in records:
        # the manual's record structure: id, date, actor/recipient, event, mode, context, location
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc"} <= set(record)
        assert record["event"][0] in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                      "REQUEST", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION",
                                      "MOBILIZE", "COERCE", "ASSAULT"}
        article_id = record["id"].rsplit("-", 1)[0]
        start, end = record["text_info"]["spans"]["trigger"]
        assert texts[article_id][start:end] == record["event_text"][0]
