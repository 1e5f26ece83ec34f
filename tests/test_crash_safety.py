"""Killing a run at any moment leaves a valid database; a re-run completes it
with exactly what an uninterrupted run stores."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time

TABLES = ("articles", "sentences", "entity_mentions", "actors", "events", "quotes", "time_expressions")


def _counts(db) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _run(folder, db):
    command = [sys.executable, "-m", "wirecoder.cli", "run", str(folder), "--db", str(db), "--quiet",
               "--published", "2016-10-01"]
    return command


def test_killed_run_then_rerun_equals_clean_run(gold_dir, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((gold_dir / "polnear" / "dev" / "text").glob("*.txt"))[:16]:
        shutil.copy(path, folder / path.name)

    killed_db = tmp_path / "killed.db"
    process = subprocess.Popen(_run(folder, killed_db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(killed_db, timeout=1) as con:
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue  # schema not created yet
        if stored >= 2:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert 2 <= stored < 16, "the run must be killed mid-way for this test to mean anything"

    with sqlite3.connect(killed_db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every stored article is complete: it has its sentences
        assert con.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).fetchone()[0] == 0

    assert subprocess.run(_run(folder, killed_db), capture_output=True).returncode == 0
    clean_db = tmp_path / "clean.db"
    assert subprocess.run(_run(folder, clean_db), capture_output=True).returncode == 0
    assert _counts(killed_db) == _counts(clean_db)
    assert _counts(clean_db)["articles"] == 16
