"""The SQLite store: migrations, one transaction per article, exact round trip."""

import sqlite3

import pytest

import wirecoder
from wirecoder.store import Store, StoreError
from wirecoder.store.schema import MIGRATIONS

TEXT = (
    "Border talks resume\n\n"
    "Brazil's foreign minister Mauro Vieira said on Monday that talks with Paraguay would resume "
    "in Asuncion next week. \u201cWe want a fair deal,\u201d he told reporters."
)


@pytest.fixture(scope="module")
def extraction():
    return wirecoder.extract(TEXT, published="2026-03-04", outlet="Example Wire")


def test_new_database_has_current_schema_and_wal(tmp_path):
    with Store(tmp_path / "w.db") as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_extraction_round_trips_exactly(tmp_path, extraction):
    with Store(tmp_path / "w.db") as store:
        store.save_extraction(extraction, "sig", "meta")
        loaded = store.load_extraction(extraction.article.id)
    assert loaded.to_dict() == extraction.to_dict()
    assert loaded.article.offset_map == extraction.article.offset_map


def test_saving_again_replaces_instead_of_duplicating(tmp_path, extraction):
    with Store(tmp_path / "w.db") as store:
        store.save_extraction(extraction, "sig", "meta")
        counts = {t: store.count(t) for t in ("articles", "sentences", "entity_mentions")}
        store.save_extraction(extraction, "sig", "meta")
        assert {t: store.count(t) for t in counts} == counts
        assert counts["entity_mentions"] > 0


def test_failed_write_leaves_previous_content(tmp_path, extraction):
    with Store(tmp_path / "w.db") as store:
        store.save_extraction(extraction, "sig", "meta")
        before = store.count("entity_mentions")
        broken = wirecoder.extract(TEXT, published="2026-03-04")
        broken.entities.append(object())  # cannot be stored: the transaction must roll back
        with pytest.raises(Exception):
            store.save_extraction(broken, "sig", "meta")
        assert store.count("entity_mentions") == before
        assert store.count("articles") == 1


def test_not_a_database_gives_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.db"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_readonly_store_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", readonly=True)
