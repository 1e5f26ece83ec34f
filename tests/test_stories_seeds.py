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
