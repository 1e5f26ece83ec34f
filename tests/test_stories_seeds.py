"""The three seed articles (tariffs, troops, cartels) are one developing story."""

from __future__ import annotations

from wirecoder.stories import NearDuplicateIndex, cluster_extractions


def test_the_three_seeds_form_one_story(seed_extractions):
    extractions = [seed_extractions[name] for name in sorted(seed_extractions)]
    assert len(extractions) == 3
    assert len(set(cluster_extractions(extractions))) == 1


def test_the_seeds_are_not_near_duplicates_of_each_other(seed_extractions):
    index = NearDuplicateIndex()
    for name in sorted(seed_extractions):
        assert index.add(name, seed_extractions[name].article.clean_text) is None


def test_an_installed_embedder_joins_the_stored_story_features(seeds_dir, tmp_path, monkeypatch):
    """The optional embeddings extra is picked up by `run` (here a stand-in
    embedder, so the test runs without torch) and kept in the index state."""
    import json

    from wirecoder import story_update
    from wirecoder.run import run
    from wirecoder.store import Store

    embedded: list[str] = []

    def fake_embedder(text):
        embedded.append(text)
        return [1.0, 0.0, float(len(text) % 7)]

    monkeypatch.setattr(story_update, "load_embedder", lambda: fake_embedder)
    store = Store(tmp_path / "w.db")
    run([seeds_dir], store, manifest=seeds_dir / "manifest.csv")
    state = json.loads(store.db.execute("SELECT state FROM story_index WHERE name = 'stories'").fetchone()[0])
    assert len(embedded) == 3
    assert [len(row["embedding"]) for row in state["stories"]] == [3]
    assert store.db.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    store.close()
