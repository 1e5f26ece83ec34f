"""Near-duplicates and story clustering on short texts of our own."""

from __future__ import annotations

import json

import pytest

import wirecoder
from wirecoder.stories import NearDuplicateIndex, StoryIndex, cluster_extractions

WIRE = (
    "Rescue teams searched collapsed buildings in the mountain town of Valdoro on Tuesday after a magnitude 6.4 "
    "earthquake struck before dawn, killing at least 41 people and injuring hundreds more. The regional governor, "
    "Elena Marsh, said the army had sent 300 soldiers and two field hospitals. Aftershocks rattled the valley "
    "through the morning, and officials warned residents not to return to damaged homes. Power lines were down "
    "across the district and the main road to the coast was blocked by a landslide, delaying aid convoys."
)
EDITED = (
    "Rescue teams searched collapsed buildings in the mountain town of Valdoro on Tuesday after a magnitude 6.4 "
    "earthquake struck before dawn, killing at least 45 people and injuring hundreds more. The regional governor, "
    "Elena Marsh, said the army had sent 300 soldiers and two field hospitals. Aftershocks shook the valley "
    "through the morning, and officials told residents not to return to damaged homes. Power lines were down "
    "across the district and the main road to the coast was blocked by a landslide."
)
OTHER = (
    "The central bank left its benchmark interest rate unchanged on Thursday, saying inflation had eased for a "
    "third month while wage growth stayed strong. Governor Paul Ferreira told reporters the board would watch "
    "energy prices closely before any cut. Markets had expected the decision and the currency barely moved."
)

# Two earthquake stories in the same week, and two reports of each.
QUAKE_A1 = ("A magnitude 6.4 earthquake struck the mountain town of Valdoro in Norvania on Tuesday, killing 41 "
            "people. Governor Elena Marsh said soldiers were digging through rubble in Valdoro.")
QUAKE_A2 = ("Rescuers in Valdoro pulled survivors from collapsed homes a day after the earthquake, Governor Elena "
            "Marsh said, as the toll in the Norvania town rose to 45.")
QUAKE_B1 = ("A magnitude 5.9 earthquake hit the coastal city of Port Amsel in Leskia on Thursday, damaging the "
            "harbour. Mayor Tomas Vik said two people died in Port Amsel.")
QUAKE_B2 = ("Port Amsel Mayor Tomas Vik asked Leskia for help to repair the harbour after Thursday's earthquake "
            "left cranes toppled and two dead.")
BANK = ("The central bank of Norvania kept its interest rate at 4.5% on Wednesday, Governor Paul Ferreira said, "
        "citing easing inflation.")


def extract(text, published="2025-03-04", article_id=None):
    extraction = wirecoder.extract(text, published=published)
    if article_id:
        extraction.article.id = article_id
    return extraction


@pytest.fixture(scope="module")
def quake_extractions():
    return [
        extract(QUAKE_A1, "2025-03-04", "a1"),
        extract(QUAKE_B1, "2025-03-06", "b1"),
        extract(BANK, "2025-03-05", "bank"),
        extract(QUAKE_A2, "2025-03-05", "a2"),
        extract(QUAKE_B2, "2025-03-07", "b2"),
    ]


def test_edited_copy_is_a_near_duplicate_and_unrelated_is_not():
    index = NearDuplicateIndex()
    assert index.add("wire", WIRE) is None
    assert index.add("edited", EDITED) == "wire"
    assert index.add("other", OTHER) is None
    assert index.duplicate_of == {"edited": "wire"}


def test_a_copy_of_a_copy_points_to_the_original():
    index = NearDuplicateIndex()
    index.add("wire", WIRE)
    index.add("edited", EDITED)
    assert index.add("repost", EDITED + " Reporting by staff.") == "wire"


def test_near_duplicate_state_round_trip():
    index = NearDuplicateIndex()
    index.add("wire", WIRE)
    index.add("other", OTHER)
    restored = NearDuplicateIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert restored.add("edited", EDITED) == "wire"
    assert len(restored) == 3


def test_two_earthquakes_in_one_week_are_two_stories(quake_extractions):
    labels = cluster_extractions(quake_extractions)
    by_id = dict(zip([e.article.id for e in quake_extractions], labels))
    assert by_id["a1"] == by_id["a2"]
    assert by_id["b1"] == by_id["b2"]
    assert by_id["a1"] != by_id["b1"]
    assert by_id["bank"] not in (by_id["a1"], by_id["b1"])


def test_incremental_placement_equals_the_batch_result(quake_extractions):
    batch = cluster_extractions(quake_extractions)
    index = StoryIndex()
    for e in quake_extractions[:2]:
        index.add(e)
    # stop, store, resume later with the rest
    resumed = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    for e in quake_extractions[2:]:
        resumed.add(e)
    relabel: dict[int, int] = {}
    incremental = [relabel.setdefault(resumed.story_of[e.article.id], len(relabel)) for e in quake_extractions]
    assert incremental == batch


def test_story_state_round_trip_keeps_everything(quake_extractions):
    index = StoryIndex()
    for e in quake_extractions:
        index.add(e)
    state = index.to_state()
    restored = StoryIndex.from_state(json.loads(json.dumps(state)))
    assert restored.to_state() == json.loads(json.dumps(state))
    assert restored.story_of == index.story_of
    # adding an article already placed changes nothing
    assert restored.add(quake_extractions[0]) == index.story_of["a1"]
    assert restored.n_docs == index.n_docs


def test_publication_dates_far_apart_start_a_new_story():
    first = extract(QUAKE_A1, "2025-03-04", "early")
    late = extract(QUAKE_A2, "2025-09-20", "late")
    assert cluster_extractions([first, late]) == [0, 1]


def test_optional_embedder_is_used_when_given(quake_extractions):
    calls = []

    def fake_embedder(text):
        # a stand-in for sentence embeddings: one direction per place
        calls.append(text)
        return [float("Valdoro" in text), float("Port Amsel" in text), float("bank" in text)]

    labels = cluster_extractions(quake_extractions, embedder=fake_embedder)
    assert len(calls) == len(quake_extractions)
    assert len(set(labels)) == 3


def test_empty_and_odd_articles_do_not_crash():
    labels = cluster_extractions([extract("", None, "empty"), extract("!!! ...", None, "marks"),
                                  extract(OTHER, None, "bank")])
    assert len(labels) == 3
