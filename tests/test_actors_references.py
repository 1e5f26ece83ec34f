"""Actor references that name no one themselves ("it", "the country", "the
agents"), peoples, ethnic groups and appositions, on our own sentences."""

from __future__ import annotations

import re

import wirecoder


def code(text: str, published: str | None = "2025-02-10"):
    return wirecoder.extract(text, published=published, config=wirecoder.PipelineConfig(only_stages=["actors"]))


def actor_of(extraction, phrase: str, occurrence: int = 0):
    match = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", extraction.article.clean_text))[occurrence]
    return extraction.actor_at(match.start(), match.end())


def test_it_is_the_country_that_says_it():
    x = code("Norway said it would allow the inspectors back next month.")
    assert actor_of(x, "it").country == "NOR"


def test_expletive_it_is_no_actor():
    x = code("It is clear that Norway will not attend the summit.")
    assert actor_of(x, "It") is None


def test_its_is_the_subject_of_the_clause_not_the_last_country_named():
    x = code("Chile, a close ally of Peru, has refused to send troops to Bolivia and has urged its citizens to leave.")
    assert actor_of(x, "its citizens").country == "CHL"


def test_the_country_is_the_country_named_before_even_through_its_officials():
    x = code("Peru's foreign minister spoke on Monday. He said the country would close the border.")
    actor = actor_of(x, "the country")
    assert actor.country == "PER" and actor.kind == "country"


def test_the_agents_are_the_agents_of_the_organisation_named_before():
    x = code("Smugglers opened fire on the U.S. Border Patrol near the river. The agents returned fire.")
    assert actor_of(x, "The agents").id == actor_of(x, "U.S. Border Patrol").id


def test_the_agents_with_nothing_before_stay_unresolved():
    x = code("The agents returned fire.")
    assert actor_of(x, "The agents") is None


def test_a_demonym_before_a_people_is_that_countrys_people():
    x = code("Thousands of Iraqi Kurds marched in the city on Sunday.")
    actor = actor_of(x, "Iraqi Kurds")
    assert (actor.country, actor.sectors) == ("IRQ", ["CVL"])


def test_ethnic_people_belong_to_the_country_they_live_in():
    x = code("About 500 ethnic Turks began a hunger strike against Sweden's decision.")
    assert actor_of(x, "Turks").country == "SWE"


def test_a_named_holders_government_is_not_the_titles_current_holder():
    x = code("Students in Indonesia demanded reforms from President Suharto's government.")
    actor = actor_of(x, "government")
    assert actor.country == "IDN" and actor.sectors == ["GOV"]
    assert "Trump" not in actor.name


def test_an_unknown_person_takes_the_country_of_the_description_beside_it():
    x = code("Ahmed Mansouri, Algeria's best-known rights activist, began a hunger strike.")
    assert actor_of(x, "Ahmed Mansouri").country == "DZA"
