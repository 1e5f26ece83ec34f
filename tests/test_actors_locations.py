"""Actors found from where things happen and from what describes them:
cities, unnamed attackers, "of" complements; our own sentences."""

from __future__ import annotations

import re

import wirecoder
from wirecoder.actors.cities import city_country, fold


def code(text: str):
    config = wirecoder.PipelineConfig(only_stages=["actors"])
    return wirecoder.extract(text, published="2024-05-02", config=config)


def mention(x, phrase: str):
    """The longest actor mention starting where ``phrase`` starts."""
    start = re.search(re.escape(phrase), x.article.clean_text).start()
    found = [m for m in x.actor_mentions if m.start == start]
    assert found, [(m.text, m.actor_id) for m in x.actor_mentions]
    best = max(found, key=lambda m: m.end - m.start)
    return best, x.actor(best.actor_id)


def test_a_city_names_its_country():
    assert city_country("Mombasa") == "KEN"
    assert city_country("Sāmarrā’") == "IRQ"
    assert city_country("Atlantis Prime") is None
    assert fold("Sāmarrā’") == "samarra"


def test_a_city_the_country_table_lacks_is_a_place_of_its_country():
    x = code("Protesters gathered in Mombasa on Friday.")
    _, actor = mention(x, "Mombasa")
    assert (actor.kind, actor.country) == ("place", "KEN")


def test_a_role_word_is_not_taken_for_a_town():
    x = code("Army units and Police patrols were seen in the north.")
    assert all(a.kind != "place" for a in x.actors)


def test_a_bomb_that_kills_stands_for_unnamed_attackers_of_the_country():
    x = code("A roadside bomb near Kandahar killed three soldiers on Monday.")
    found, actor = mention(x, "A roadside bomb")
    assert found.via == "inferred"
    assert (actor.country, actor.sectors) == ("AFG", ["UAF"])


def test_a_bomb_of_a_named_group_is_that_group_s():
    x = code("A Taliban car bomb killed five people in Kabul.")
    assert all("UAF" not in a.sectors for a in x.actors)


def test_unnamed_attackers_are_not_entities():
    x = code("A car bomb killed four civilians in Mosul.")
    assert not any(e.text.lower().startswith("a car bomb") for e in x.entities)


def test_a_role_of_a_country_is_that_country_s_office():
    x = code("Putin offered to meet the president of Armenia.")
    found, actor = mention(x, "the president of Armenia")
    assert found.text == "the president of Armenia"
    assert (actor.country, actor.sectors) == ("ARM", ["GOV"])


def test_a_people_of_a_country_lives_there():
    x = code("The Hungarians of northern Serbia demanded more schools.")
    _, actor = mention(x, "The Hungarians")
    assert (actor.country, actor.sectors) == ("SRB", ["CVL"])


def test_being_against_a_country_does_not_make_one_its_citizen():
    x = code("An anti-Iran activist was arrested in Baghdad.")
    _, actor = mention(x, "An anti-Iran activist")
    assert actor.country != "IRN"


def test_a_role_noun_tagged_as_a_name_keeps_its_sector():
    x = code("Israel's Cabinet met on Sunday.")
    _, actor = mention(x, "Israel's Cabinet")
    assert (actor.country, actor.sectors) == ("ISR", ["GOV"])


def test_an_unknown_group_takes_the_country_of_its_sentence():
    x = code("Kenyan police arrested 20 members of the Mungiki Sect Movement in Nairobi.")
    _, actor = mention(x, "the Mungiki")
    assert actor.country == "KEN"


def test_an_international_body_takes_no_country_from_its_sentence():
    x = code("The International Sugar Forum praised Kenya on Monday.")
    _, actor = mention(x, "The International Sugar Forum")
    assert actor.country != "KEN"


def test_a_un_agency_is_the_un_s():
    x = code("Jakarta expelled the UN food agency from the island.")
    _, actor = mention(x, "the UN")
    assert actor.country == "UNO"


def test_a_title_before_a_name_the_tagger_missed_is_that_person_not_the_office_holder():
    x = code("President Kamonde announced on Sunday a curfew in Mombasa.")
    found, actor = mention(x, "President Kamonde")
    assert found.text == "President Kamonde"
    assert actor.kind == "person" and actor.dictionary_id == ""
