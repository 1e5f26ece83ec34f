"""Recipients beyond the trigger's own slots, who reports vs who acts, and
merging of one fight's mentions; our own sentences."""

from __future__ import annotations

import wirecoder


def code(text: str, published: str = "2024-03-15"):
    return wirecoder.extract(text, published=published)


def countries(x, ids):
    return {a.country for a in (x.actor(i) for i in ids) if a is not None}


def only(x, event_type):
    found = [e for e in x.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger, e.source_text, e.target_text) for e in x.events]
    return found[0]


def test_a_demand_that_a_country_act_targets_that_country():
    x = code("Chile demanded on Tuesday that Peru withdraw its ambassador.")
    event = only(x, "REQUEST")
    assert countries(x, event.source_actor_ids) == {"CHL"}
    assert countries(x, event.target_actor_ids) == {"PER"}


def test_a_threat_to_break_relations_with_a_country_targets_it():
    x = code("The Norwegian parliament threatened to break relations with Denmark.")
    event = only(x, "THREATEN")
    assert countries(x, event.target_actor_ids) == {"DNK"}


def test_an_act_with_no_recipient_lands_where_it_happens():
    x = code("Chile will evacuate all its settlements in Bolivia next month.")
    event = x.events[0]
    assert countries(x, event.target_actor_ids) == {"BOL"}


def test_a_place_in_another_clause_is_not_where_the_act_happens():
    x = code("Rebels kidnapped two engineers and exploded a bomb in Peru.")
    kidnap = next(e for e in x.events if e.trigger == "kidnapped")
    assert "PER" not in countries(x, kidnap.target_actor_ids)


def test_who_reports_an_attack_did_not_carry_it_out():
    x = code("A roadside bomb near the border killed two Chilean soldiers, the Chilean army said.")
    assert not any("army" in e.source_text for e in x.events if e.type == "ASSAULT")


def test_declining_to_comment_rejects_no_one():
    x = code("The Chilean foreign ministry declined to comment on the report.")
    assert not [e for e in x.events if e.type == "REJECT"]


def test_refusing_to_respond_to_a_demand_is_a_rejection():
    x = code("The Chilean president refused to respond to a demand from Peru.")
    assert [e for e in x.events if e.type == "REJECT"]


def test_a_fight_between_both_sides_is_told_again_not_a_new_event():
    x = code("On Monday smugglers opened fire on Chilean police officers near Arica. "
             "The officers returned fire. "
             "Monday's firefight between the smugglers and the police officers alarmed residents.")
    attack = next(e for e in x.events if e.trigger == "opened fire")
    assert any(m["trigger"] == "firefight" for m in attack.mentions)
