"""One report, one event: acts named as background, a protest's demands, a
purpose of a thing, an attack named twice; and who such events fall on.
Our own sentences."""

from __future__ import annotations

import wirecoder


def code(text: str, published: str = "2024-03-15"):
    return wirecoder.extract(text, published=published)


def types(x) -> list[str]:
    return sorted(e.type for e in x.events)


def countries(x, ids):
    return {a.country for a in (x.actor(i) for i in ids) if a is not None}


def sectors(x, ids):
    return {(a.country, s) for a in (x.actor(i) for i in ids) if a is not None for s in a.sectors}


def target_sectors(x, event_type):
    """(country, sector) of the recipients of the first event of that type."""
    event = next(e for e in x.events if e.type == event_type)
    return sectors(x, event.target_actor_ids)


def test_an_act_named_as_the_time_or_cause_of_another_is_not_coded():
    for text in (
        "Three Peruvian officers have lived in the Chilean embassy since the 2019 invasion.",
        "Bolivian police reopened the road after four days of fighting.",
        "Trade stopped at the Peru-Chile border because of fighting between farmers and miners.",
        "The Chilean minister resigned during the negotiations with Peru.",
    ):
        x = code(text)
        assert not [e for e in x.events if e.type in ("ASSAULT", "CONSULT")
                    and e.trigger in ("invasion", "fighting", "negotiations")], (text, types(x))


def test_the_same_noun_still_codes_when_it_is_the_reported_act():
    x = code("The fighting between Bolivian troops and rebels killed four soldiers.")
    fight = next(e for e in x.events if e.type == "ASSAULT")
    assert ("BOL", "REB") in sectors(x, fight.source_actor_ids)
    x = code("Chile and Peru held negotiations in Lima on Monday.")
    assert "CONSULT" in types(x)


def test_a_protests_demand_is_part_of_the_protest():
    for text in (
        "Thousands of Chilean students marched in Santiago on Sunday to demand free tuition.",
        "Miners marched through La Paz, demanding higher wages from the Bolivian government.",
        "Farmers staged rallies in Lima calling for the resignation of the Peruvian president.",
    ):
        x = code(text)
        assert "PROTEST" in types(x) and "REQUEST" not in types(x), (text, types(x))


def test_a_protest_that_names_no_one_is_against_the_government_where_it_is_held():
    x = code("Thousands of miners marched in La Paz on Monday.")
    assert ("BOL", "GOV") in target_sectors(x, "PROTEST")


def test_a_demand_made_in_a_clause_of_its_own_stays_a_request():
    x = code("Students marched in Santiago, and the opposition demanded that the Chilean government resign.")
    assert "PROTEST" in types(x) and "REQUEST" in types(x)


def test_what_a_resolution_aims_to_do_is_not_an_act():
    x = code("Chile will support a plan that aims to impose tariffs on Peru.")
    assert types(x) == ["AGREE"], types(x)


def test_a_bombing_that_killed_is_one_attack():
    x = code("A car bombing killed three Chilean soldiers at a checkpoint in Tumbes.")
    assert [(e.type, e.trigger) for e in x.events] == [("ASSAULT", "killed")]
    assert ("CHL", "MIL") in sectors(x, x.events[0].target_actor_ids)


def test_what_an_accusation_condemns_is_its_content():
    x = code("Chile complained about Peruvian air raids on its fishing fleet.")
    assert types(x) == ["ACCUSE"], [(e.type, e.trigger) for e in x.events]


def test_acting_on_someones_rally_targets_whoever_holds_it():
    x = code("Police in Oruro dispersed a rally staged by miners.")
    assert ("BOL", "LAB") in target_sectors(x, "COERCE")


def test_shelling_a_town_falls_on_its_people():
    x = code("Rebels shelled the Peruvian town of Tumbes on Sunday.")
    assert ("PER", "CVL") in target_sectors(x, "ASSAULT")


def test_a_participle_acts_with_the_noun_it_describes():
    x = code("Chile will withdraw its observers unless Peru signs a truce with rebels fighting in the north.")
    fighting = [e for e in x.events if e.trigger == "fighting"]
    assert all("rebels" in e.source_text for e in fighting)


def test_an_act_that_describes_a_participant_is_background():
    for text in ("Peru freed a Chilean journalist it had detained in March.",
                 "Chile released the Peruvian sailors its navy had detained near Arica."):
        x = code(text)
        assert [e.type for e in x.events] == ["RETREAT"], (text, [(e.type, e.trigger) for e in x.events])


def test_a_relative_clause_still_codes_when_it_is_the_only_act():
    x = code("The Peruvian rebels who attacked the Chilean embassy said on Monday that they acted alone.")
    assert "ASSAULT" in types(x)
