"""Regrouping: early placements mended as later reports arrive, copies that
follow their original, the state that keeps it all (hand-made features, no
parsing: fast)."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np

from wirecoder.stories import StoryConfig, StoryIndex
from wirecoder.stories.features import ArticleFeatures
from wirecoder.stories.regroup import average_link


def article(article_id, words, names, published=None):
    return ArticleFeatures(article_id=article_id, terms=Counter(words.split()), names=Counter(names.split(",")),
                           lead=Counter(words.split()[:4]), published=published)


# Two drink-driving arrests of two players of one team; "x", the first report
# of the second arrest, comes when only the first arrest has a story.
TOPIC = "arrest driving influence charger suspicion police highway patrol "
FIRST = [article("a1", TOPIC + "receiver jackson playoff steeler tuesday", "vincent jackson,chargers,san diego"),
         article("a2", TOPIC + "receiver jackson playoff steeler pittsburgh", "vincent jackson,chargers,pittsburgh")]
X = article("x", "arrest driving influence charger lineman williams sunday speeding bentley", "jamal williams,chargers")
SECOND = [article("b1", "lineman williams speeding sunday bentley route arrest charger", "jamal williams,route 94,chp"),
          article("b2", "lineman williams speeding bentley route sunday arrest", "jamal williams,route 94,bentley")]
# These hand-made features are a shorthand for full reports, far shorter than
# the reports themselves: they must not count as briefs (exempt from the floor).
FULL_REPORTS = StoryConfig(brief_terms=0)


def test_average_link_keeps_apart_groups_with_an_unrelated_pair():
    sim = np.array([[1.0, 0.8, 0.5, 0.5],
                    [0.8, 1.0, 0.5, 0.5],
                    [0.5, 0.5, 1.0, 0.8],
                    [0.5, 0.5, 0.8, 1.0]])
    assert average_link(sim, threshold=0.3, floor=0.1) == [[0, 1, 2, 3]]
    sim[0, 3] = sim[3, 0] = 0.05  # the mean stays high, but two of them share nothing
    assert average_link(sim, threshold=0.3, floor=0.1) == [[0, 1], [2, 3]]
    assert average_link(sim, threshold=0.6, floor=0.0) == [[0, 1], [2, 3]]


def test_average_link_does_not_merge_across_the_date_window():
    sim = np.full((3, 3), 0.9)
    assert average_link(sim, 0.3, 0.1, dates=[0, 10, 100], window=30) == [[0, 1], [2]]
    assert average_link(sim, 0.3, 0.1, dates=[0, None, 100], window=30) == [[0, 1], [2]]


def test_an_early_report_moves_to_its_own_story_when_more_reports_come():
    index = StoryIndex(FULL_REPORTS)
    for f in FIRST:
        index.add_features(f)
    assert index.add_features(X) == index.story_of["a1"]  # nothing better yet
    index.changed.clear()
    for f in SECOND:
        index.add_features(f)
    assert index.story_of["x"] == index.story_of["b1"] == index.story_of["b2"]
    assert index.story_of["x"] != index.story_of["a1"] == index.story_of["a2"]
    assert index.changed == {index.story_of["a1"], index.story_of["b1"]}
    assert sorted(index.stories[index.story_of["a1"]].articles) == ["a1", "a2"]


def test_a_copy_follows_its_original():
    index = StoryIndex(FULL_REPORTS)
    for f in FIRST + [X]:
        index.add_features(f)
    assert index.add_copy("x-copy", "x") == index.story_of["a1"]
    for f in SECOND:
        index.add_features(f)
    assert index.story_of["x-copy"] == index.story_of["x"] != index.story_of["a1"]
    assert "x-copy" in index.stories[index.story_of["x"]].articles


def test_resuming_from_the_state_gives_the_same_stories():
    whole = StoryIndex()
    for f in FIRST + [X] + SECOND:
        whole.add_features(f)
    first = StoryIndex()
    for f in FIRST + [X]:
        first.add_features(f)
    resumed = StoryIndex.from_state(json.loads(json.dumps(first.to_state())))
    for f in SECOND:
        resumed.add_features(f)
    assert resumed.story_of == whole.story_of
    assert resumed.to_state() == json.loads(json.dumps(whole.to_state()))


def test_a_version_1_state_still_loads_and_places_new_articles():
    old = {"version": 1, "config": {"threshold": 0.25, "linkage": "centroid"}, "n_docs": 2, "next_id": 1,
           "df": {"terms": {"arrest": 2, "jackson": 2}, "names": {"vincent jackson": 2}},
           "stories": [{"id": 0, "articles": ["a1", "a2"], "terms": {"arrest": 2.0, "jackson": 2.0},
                        "names": {"vincent jackson": 2.0}, "numbers": {}, "years": {}, "days": {},
                        "first_published": None, "last_published": None, "unit_sums": {}}]}
    index = StoryIndex.from_state(old)
    assert index.add_features(article("a3", "arrest jackson receiver", "vincent jackson")) == 0
    assert index.add_features(article("c1", "central bank rate inflation", "paul ferreira")) != 0
    assert index.to_state()["version"] == 2


def test_average_link_lets_a_brief_join_in_spite_of_one_unrelated_pair():
    sim = np.array([[1.0, 0.6, 0.5],
                    [0.6, 1.0, 0.02],
                    [0.5, 0.02, 1.0]])  # 2 is a brief that shares words with 0 only
    assert average_link(sim, threshold=0.15, floor=0.1) == [[0, 1], [2]]
    assert average_link(sim, threshold=0.15, floor=0.1, briefs=[False, False, True]) == [[0, 1, 2]]
    # the mean still has to be reached
    assert average_link(sim, threshold=0.3, floor=0.1, briefs=[False, False, True]) == [[0, 1], [2]]


# Two long reports of one (invented) ferry accident, then a one-line brief
# that only shares the rescue details of the first report.
FERRY = "ferry capsized harbour storm passengers rescued coastguard divers hull lifeboats "
RESCUE_REPORT = article("rescue", FERRY + "captain crew inquiry maritime authority wreck tugboat pier morning fog waves "
                        "swell helicopter hospital hypothermia survivors blankets ambulance sirens dock",
                        "brennmoor ferry,port vask,coastguard")
REGULATOR_REPORT = article("regulator", FERRY + "operator licence insurer shares minister statement parliament "
                           "regulator safety audit inspection records overloaded vehicles deck cargo timetable refunds",
                           "brennmoor ferry,port vask,transport ministry")
BRIEF = article("brief", "helicopter hypothermia survivors hospital ferry", "coastguard")


def test_a_brief_joins_the_story_it_matches_on_average():
    index = StoryIndex()
    for f in (RESCUE_REPORT, REGULATOR_REPORT, BRIEF):
        index.add_features(f)
    assert index.story_of["brief"] == index.story_of["rescue"] == index.story_of["regulator"]


def test_the_floor_still_judges_articles_longer_than_a_brief():
    index = StoryIndex(StoryConfig(brief_terms=0))  # nothing counts as a brief
    for f in (RESCUE_REPORT, REGULATOR_REPORT, BRIEF):
        index.add_features(f)
    assert index.story_of["brief"] != index.story_of["rescue"] == index.story_of["regulator"]
