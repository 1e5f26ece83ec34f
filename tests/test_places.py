"""Places: toponyms found and resolved offline, on sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.clean import make_article
from wirecoder.nlp import parse
from wirecoder.pipeline import sentences_and_entities
from wirecoder.places import find_places, place_for_span, resolve_spans
from wirecoder.places.disambiguate import distance_km, shorter_names
from wirecoder.places.gazetteer import load_gazetteer
from wirecoder.places.names import name_key
from wirecoder.records import Extraction, RawArticle


def code(text: str) -> Extraction:
    article = make_article(RawArticle(text=text))
    doc = parse(article.clean_text)
    extraction = Extraction(article=article)
    sentences_and_entities(doc, extraction, None)
    find_places(doc, extraction, None)
    return extraction


def place(extraction: Extraction, text: str):
    found = [p for p in extraction.places if p.text == text]
    assert found, f"{text!r} not found among {[p.text for p in extraction.places]}"
    return found[0]


def near(p, latitude: float, longitude: float, km: float = 60) -> bool:
    return p.resolved and distance_km(p.latitude, p.longitude, latitude, longitude) <= km


def test_name_keys_meet_across_spellings():
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("the Río Bravo") == "rio bravo"
    assert name_key("Washington, D.C.") == "washington dc"


def test_gazetteer_knows_countries_states_cities_counties_and_curated_places():
    gazetteer = load_gazetteer()
    features = {e.feature for e in gazetteer.lookup("Texas")}
    assert "admin1" in features
    assert any(e.feature == "country" and e.country == "SOM" for e in gazetteer.lookup("Somalia"))
    assert any(e.feature == "admin2" and e.admin1 == "Louisiana" for e in gazetteer.lookup("Rapides Parish"))
    assert any(e.source == "curated" and e.feature == "base" for e in gazetteer.lookup("Fort Bliss"))
    mexican = gazetteer.lookup("Mexican")
    assert [e.country for e in mexican] == ["MEX"] and mexican[0].match == "adjective"


def test_context_picks_the_town_in_the_state_the_article_names():
    # Paris, Tennessee, not Paris, France: the article is about Tennessee.
    extraction = code("The county fair in Paris drew farmers from all over Tennessee this weekend.")
    paris = place(extraction, "Paris")
    assert paris.country == "USA" and paris.admin1 == "Tennessee"
    assert near(paris, 36.30, -88.33)


def test_without_context_the_most_populous_place_wins():
    extraction = code("Protesters gathered in Alexandria on Friday.")
    alexandria = place(extraction, "Alexandria")
    assert alexandria.country == "EGY"
    assert near(alexandria, 31.20, 29.92)


def test_containment_after_a_comma_decides():
    extraction = code("The new school opened in Alexandria, Virginia, last fall.")
    alexandria = place(extraction, "Alexandria")
    assert alexandria.admin1 == "Virginia"
    assert near(alexandria, 38.80, -77.05)
    assert "inside Virginia" in alexandria.reason


def test_postal_abbreviation_only_counts_as_a_container():
    extraction = code("He grew up in Columbus, Ga., and moved away at 18.")
    columbus = place(extraction, "Columbus")
    assert columbus.admin1 == "Georgia"
    assert near(columbus, 32.46, -84.99)


def test_country_mention_resolves_to_the_country_and_a_city_never_to_a_country_centre():
    extraction = code("Officials in Mogadishu said strikes hit Somalia overnight.")
    somalia = place(extraction, "Somalia")
    assert somalia.feature == "country" and somalia.country == "SOM"
    mogadishu = place(extraction, "Mogadishu")
    assert mogadishu.feature == "city"
    assert near(mogadishu, 2.04, 45.34, km=30)
    assert distance_km(mogadishu.latitude, mogadishu.longitude, somalia.latitude, somalia.longitude) > 100


def test_unknown_name_stays_unresolved_with_a_reason():
    text = "The convoy reached Qxzolbrandt before dawn."
    doc = parse(text)
    start = text.index("Qxzolbrandt")
    [unknown] = resolve_spans(doc, [(start, start + len("Qxzolbrandt"))])
    assert not unknown.resolved
    assert unknown.latitude is None and unknown.longitude is None
    assert "no gazetteer entry" in unknown.reason


def test_adjectives_and_demonyms_are_marked_as_such():
    extraction = code("Mexican officials met Canadian diplomats, and Russians watched.")
    assert place(extraction, "Mexican").mention_kind == "adjective"
    assert place(extraction, "Mexican").country == "MEX"
    russians = [p for p in extraction.places if p.text == "Russians"]
    assert not russians or (russians[0].mention_kind == "demonym" and russians[0].country == "RUS")


def test_curated_phrases_the_ner_misses_are_found():
    extraction = code("Marines strung wire along the southern border while barges moved up the Rio Grande.")
    border = place(extraction, "southern border")
    assert border.feature == "border" and border.country == "USA"
    river = place(extraction, "Rio Grande")
    assert river.feature == "river"


def test_shorter_names_inside_organisation_names():
    assert "St. Louis" in shorter_names("St. Louis Police")
    assert "London" in shorter_names("north west London")


def test_place_for_span_takes_the_place_attached_by_a_preposition():
    text = "Gunmen fired on agents near Fronton, Texas, on Monday. Hegseth warned Mexico again."
    extraction = code(text)
    fired = text.index("fired")
    index = place_for_span(extraction, fired, fired + len("fired"))
    assert index is not None and extraction.places[index].text == "Fronton"
    warned = text.index("warned")
    # "Mexico" is whom he warned, not where: no place for that clause.
    assert place_for_span(extraction, warned, warned + len("warned")) is None


def test_arbitrary_text_does_not_crash():
    for text in ["", "   ", "«»—", "A, B, C, D.", "New New New York, , , Texas-", "x" * 5000]:
        code(text)


@pytest.mark.parametrize("text", ["the the", "U.S.-", ", Texas"])
def test_degenerate_names(text):
    assert isinstance(name_key(text), str)
    load_gazetteer().lookup(text)


def test_nearby_ambiguous_names_support_each_other():
    # Neither name is unique, but Athens and Henderson County have Texas readings
    # a few miles apart; no state is named.
    extraction = code("Deputies from Henderson County arrested two men after a chase that ended in Athens on Friday.")
    athens = place(extraction, "Athens")
    assert athens.country == "USA" and athens.admin1 == "Texas"


def test_county_inside_a_jail_name_is_evidence():
    extraction = code("The suspect was booked into the Henderson County Jail. Police in Athens said he was armed.")
    assert place(extraction, "Athens").admin1 == "Texas"


def test_a_populous_country_is_not_displaced_by_a_village_in_the_named_state():
    extraction = code("Houston exporters in Texas sold more soybeans to China this year.")
    china = place(extraction, "China")
    assert china.country == "CHN" and china.feature == "country"


def test_later_mentions_of_a_recognised_place_are_found_even_when_tagged_otherwise():
    text = ("Flooding closed roads in Gainesville, Florida, on Monday. "
            "Gainesville officials said the GAINESVILLE Police Department would patrol overnight.")
    extraction = code(text)
    starts = sorted(p.start for p in extraction.places if p.text.lower() == "gainesville")
    assert len(starts) >= 2
    assert all(p.admin1 == "Florida" for p in extraction.places if p.text.lower() == "gainesville")


def test_place_inside_an_organisation_is_a_mention_but_not_an_event_location():
    extraction = code("She studied at the University of Texas before joining the firm.")
    texas = place(extraction, "Texas")
    assert texas.admin1 == "Texas" and texas.preposition == ""


def test_a_person_named_like_a_town_is_not_a_place():
    extraction = code("Senator Austin Scott spoke in Austin, Texas, on Monday.")
    assert [p.start for p in extraction.places if p.text == "Austin"] == [30]


def test_regions_missing_from_the_gazetteers_are_curated():
    extraction = code("Smugglers crossed North Africa and reached South Ossetia, officials in the West Wing said.")
    assert near(place(extraction, "North Africa"), 33.0, 10.0, 200)
    assert place(extraction, "South Ossetia").country == "GEO"
    assert near(place(extraction, "West Wing"), 38.90, -77.04, 5)


def test_regions_waters_islands_and_landmarks_news_names_are_curated():
    extraction = code("Oil workers in the Niger Delta struck while farmers in Yorkshire and bands in the French Quarter "
                      "played on. Ships left Lake Erie for the Gulf of Alaska, and storms hit the Aleutian Islands.")
    assert place(extraction, "Niger Delta").country == "NGA"
    assert place(extraction, "Yorkshire").country == "GBR"
    assert near(place(extraction, "French Quarter"), 29.96, -90.06, 10)
    assert near(place(extraction, "Lake Erie"), 42.2, -81.2, 150)
    assert place(extraction, "Gulf of Alaska").resolved
    assert place(extraction, "Aleutian Islands").admin1 == "Alaska"


def test_rivers_and_landmarks_abroad_are_curated():
    extraction = code("Pilgrims filled St. Peter's Square as the Orinoco and the Cauvery flooded, "
                      "and protesters marched to Trump Tower.")
    assert place(extraction, "St. Peter's Square").country == "VAT"
    assert place(extraction, "Orinoco").country == "VEN"
    assert place(extraction, "Cauvery").country == "IND"
    assert near(place(extraction, "Trump Tower"), 40.76, -73.97, 5)


def test_newfoundland_abbreviation_contains_its_towns():
    extraction = code("ST. JOHN'S, N.L. — Ferries were cancelled on Friday as the storm neared Newfoundland.")
    assert near(place(extraction, "ST. JOHN'S"), 47.56, -52.71, 30)
    assert place(extraction, "Newfoundland").country == "CAN"


def test_a_building_without_a_town_is_placed_at_the_place_its_name_starts_with():
    # No town in the article to place it at: the name itself says where it is.
    extraction = code("Hundreds of farmers protested outside the Cochabamba Town Hall on Sunday.")
    hall = place(extraction, "Cochabamba Town Hall")
    assert hall.approximate and near(hall, -17.39, -66.16, 30)
