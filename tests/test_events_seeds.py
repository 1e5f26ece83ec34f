"""Events on the three seed articles (read from ../shared/seeds at run time).

Each fact of the issue's list is found once in each article that reports it,
with its type, mode, actors and modality; photo captions and background
sentences give no event. Sentences are located by a few generic words, never
by copied text. Country checks need the actor stage and run once it exists.
"""

from __future__ import annotations

import pytest

BACKGROUND = "001_cffb228c8a200e3d.txt"  # the article with captions and statistics
WARNING = "000_9abf273af07d1d32.txt"
DEPLOYMENT = "002_636c643a7e52bad3.txt"


def countries(extraction, actor_ids):
    return {a.country for a in (extraction.actor(i) for i in actor_ids) if a is not None}


def has_actors(extraction) -> bool:
    return "actors" in extraction.stages and bool(extraction.actors)


def events(extraction, event_type, mode=None, modality=None):
    return [
        e for e in extraction.events
        if e.type == event_type and (mode is None or e.mode == mode) and (modality is None or e.modality in modality)
    ]


def sentence_has(extraction, index, *words):
    text = extraction.sentences[index].text.lower()
    return all(w in text for w in words)


def find(extraction, predicate):
    return [e for e in extraction.events if predicate(e)]


def test_the_warning_to_mexican_officials_is_one_conditional_threat(seed_extractions):
    x = seed_extractions[WARNING]
    threats = find(x, lambda e: e.type == "THREATEN" and "officials" in e.target_text.lower())
    assert len(threats) == 1
    threat = threats[0]
    assert threat.mode == "violence"
    assert threat.modality == "threatened"
    assert "hegseth" in threat.source_text.lower()
    if has_actors(x):
        assert countries(x, threat.source_actor_ids) == {"USA"}
        assert countries(x, threat.target_actor_ids) == {"MEX"}
    if "times" in x.stages:
        # "last month" (January) is refined by the call's date later on.
        assert threat.date is not None and threat.date.startswith("2025-01")


@pytest.mark.parametrize("name", [WARNING, BACKGROUND])
def test_all_options_on_the_table_is_one_threat_against_the_cartels(seed_extractions, name):
    x = seed_extractions[name]
    threats = find(x, lambda e: e.type == "THREATEN" and "cartel" in e.target_text.lower()
                   and e.date_precision != "year")  # not the 2023 campaign pledge
    assert len(threats) == 1, [(e.trigger, e.source_text, e.target_text) for e in threats]
    threat = threats[0]
    assert threat.mode == "violence"
    assert "hegseth" in threat.source_text.lower()
    if has_actors(x):
        assert "USA" in countries(x, threat.source_actor_ids)
        assert countries(x, threat.target_actor_ids) == {"MEX"}


def test_tariffs_on_mexico_and_canada_and_on_china_are_planned_sanctions(seed_extractions):
    x = seed_extractions[BACKGROUND]
    sanctions = events(x, "SANCTION", modality={"planned"})
    on_mexico = [e for e in sanctions if "mexico" in e.target_text.lower()]
    on_china = [e for e in sanctions if "china" in e.target_text.lower()]
    assert len(on_china) == 1
    assert on_mexico and all("canada" in e.target_text.lower() for e in on_mexico[:1])
    if has_actors(x):
        assert len(on_mexico) == 1  # the spokeswoman and the president tell one decision
        assert countries(x, on_mexico[0].target_actor_ids) == {"MEX", "CAN"}
        assert countries(x, on_mexico[0].source_actor_ids) == {"USA"}
    if "times" in x.stages:
        assert on_mexico[0].date == "2025-02-01"


def test_the_march_tariffs_are_a_planned_sanction(seed_extractions):
    x = seed_extractions[WARNING]
    sanctions = events(x, "SANCTION", modality={"planned"})
    assert len(sanctions) == 1
    assert {"mexico", "canada"} <= set(sanctions[0].target_text.lower().replace(" and ", " ").split())


def test_the_tariff_pause_is_a_promise_by_trump(seed_extractions):
    x = seed_extractions[DEPLOYMENT]
    pauses = find(x, lambda e: e.type in ("AGREE", "CONCEDE", "RETREAT") and e.action_type == "RETREAT")
    assert len(pauses) == 1
    assert "trump" in pauses[0].source_text.lower()


@pytest.mark.parametrize("name", [WARNING, BACKGROUND])
def test_the_terrorist_designation_is_one_sanction_on_the_cartels(seed_extractions, name):
    x = seed_extractions[name]
    designations = find(x, lambda e: e.type == "SANCTION" and "terrorism" in e.contexts)
    assert len(designations) == 1
    assert "cartel" in designations[0].target_text.lower()


def test_troop_deployments_of_both_countries(seed_extractions):
    x = seed_extractions[DEPLOYMENT]
    mobilizations = events(x, "MOBILIZE", mode="troops")
    us = [e for e in mobilizations if "trump" in e.source_text.lower()]
    mexico = [e for e in mobilizations if "government" in e.source_text.lower()]
    assert len(us) == 1 and us[0].modality == "occurred"
    assert len(us[0].mentions) >= 1  # "deployed troops" and "ordered 1,600 troops" are one event
    assert len(mexico) == 1 and mexico[0].modality == "planned"
    if has_actors(x):
        assert countries(x, us[0].source_actor_ids) == {"USA"}
        assert countries(x, mexico[0].source_actor_ids) == {"MEX"}


def test_the_extradition_is_cooperation_from_mexico_to_the_us(seed_extractions):
    x = seed_extractions[WARNING]
    extraditions = events(x, "COOPERATE")
    assert len(extraditions) == 1
    event = extraditions[0]
    assert event.source_text == "Mexico"
    assert "U.S." in event.target_text
    if has_actors(x):
        assert countries(x, event.source_actor_ids) == {"MEX"}
        assert countries(x, event.target_actor_ids) == {"USA"}


def test_the_border_firefight_is_one_assault_plus_the_return_fire(seed_extractions):
    x = seed_extractions[BACKGROUND]
    attacks = find(x, lambda e: e.type == "ASSAULT" and e.mode == "firearms" and "cartel" in e.source_text.lower())
    assert len(attacks) == 1
    attack = attacks[0]
    assert "border patrol" in attack.target_text.lower()
    assert attack.modality == "occurred"
    assert len(attack.mentions) >= 2  # the caption, "Monday's firefight", "the gunfight broke out"
    returned = find(x, lambda e: e.type == "ASSAULT" and e.mode == "firearms" and "return" in e.trigger.lower())
    assert returned
    if has_actors(x):
        assert countries(x, attack.source_actor_ids) == {"MEX"}
        assert countries(x, attack.target_actor_ids) == {"USA"}
    if "times" in x.stages:
        assert attack.date == "2025-01-27"  # "Monday" before a Friday publication


def test_the_strikes_in_somalia_and_syria_are_one_aerial_assault(seed_extractions):
    x = seed_extractions[DEPLOYMENT]
    strikes = events(x, "ASSAULT", mode="aerial")
    assert len(strikes) == 1
    assert {"somalia", "syria"} <= set(strikes[0].target_text.lower().replace(" and ", " ").split())
    if has_actors(x):
        assert countries(x, strikes[0].target_actor_ids) == {"SOM", "SYR"}


def test_the_reaffirmed_military_cooperation_is_an_agreement(seed_extractions):
    x = seed_extractions[WARNING]
    agreements = events(x, "AGREE")
    assert len(agreements) == 1
    assert agreements[0].action_type == "COOPERATE"
    assert "military" in agreements[0].contexts


def test_captions_and_background_give_no_event(seed_extractions):
    x = seed_extractions[BACKGROUND]
    text = x.article.clean_text
    # Photo captions (posing, a seized truck) and background figures (overdose
    # statistics, what the drug is, how hostile cartels are), by paragraph.
    quiet_words = [("pose", "photo"), ("truck",), ("overdose",), ("opioid",), ("poisoning",), ("hostile",),
                   ("perished",), ("footage",)]
    quiet, offset = [], 0
    for line in text.split("\n"):
        if any(all(w in line.lower() for w in words) for words in quiet_words):
            quiet.append((offset, offset + len(line)))
        offset += len(line) + 1
    assert len(quiet) >= 6
    triggers = [(e.trigger_start, e.trigger) for e in x.events]
    triggers += [(m["trigger_start"], m["trigger"]) for e in x.events for m in e.mentions]
    coded_there = [(t, text[s:e][:50]) for start, t in triggers for s, e in quiet if s <= start < e]
    assert not coded_there


def test_every_event_points_at_its_evidence(seed_extractions):
    for x in seed_extractions.values():
        text = x.article.clean_text
        for event in x.events:
            start, end = event.spans["trigger"]
            assert text[start:end] == event.trigger
            sentence = x.sentences[event.sentence]
            assert sentence.start <= start and end <= sentence.end
            if event.source_text:
                assert text[slice(*event.spans["source"])] == event.source_text
            if event.target_text:
                assert text[slice(*event.spans["target"])] == event.target_text
            assert -10 <= event.intensity <= 10
            assert event.date
