"""Places: the disambiguation and span rules added from the error analysis, on invented sentences."""

from __future__ import annotations

from wirecoder.clean import make_article
from wirecoder.nlp import parse
from wirecoder.pipeline import sentences_and_entities
from wirecoder.places import find_places, resolve_spans
from wirecoder.places.disambiguate import distance_km
from wirecoder.records import Extraction, RawArticle

NEW_YORK_CITY = (40.71, -74.01)


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


def near(p, point: tuple[float, float], km: float = 60) -> bool:
    return p.resolved and distance_km(p.latitude, p.longitude, *point) <= km


def test_a_name_shared_by_a_state_and_its_major_city_means_the_city():
    extraction = code("The mayor flew to New York on Tuesday to court investors for the stadium.")
    new_york = place(extraction, "New York")
    assert new_york.feature == "city" and near(new_york, NEW_YORK_CITY)


def test_words_around_the_name_can_mark_the_state():
    upstate = place(code("Dairy farmers in upstate New York lost most of their hay to the floods."), "New York")
    assert upstate.feature == "admin1" and not near(upstate, NEW_YORK_CITY, 100)
    listed = place(code("The storm knocked out power in Ohio, New York and Vermont overnight."), "New York")
    assert listed.feature == "admin1"
    container = place(code("The plant in Albany, New York, will close next year."), "New York")
    assert container.feature == "admin1"


def test_a_list_of_cities_is_not_containment():
    extraction = code("During his tour he stopped in Washington, New York and Boston before flying home.")
    assert near(place(extraction, "Washington"), (38.90, -77.04))
    assert near(place(extraction, "Boston"), (42.36, -71.06))


def test_a_major_city_does_not_pull_a_town_into_its_state():
    # Boston, Massachusetts, not the village of Boston in New York state.
    extraction = code("She grew up in Boston and later moved to New York City to study law.")
    assert place(extraction, "Boston").admin1 == "Massachusetts"


def test_a_mention_cut_short_grows_to_the_known_longer_name():
    extraction = code("Cruise ships returned to the U.S. Virgin Islands after the hurricane season.")
    islands = place(extraction, "U.S. Virgin Islands")
    assert near(islands, (18.35, -64.93), 100)
    extraction = code("Sewage from Tijuana flows north from Baja California into the ocean.")
    assert place(extraction, "Baja California").feature == "admin1"


def test_canadian_province_abbreviations():
    extraction = code("A wildfire forced hundreds to leave their homes near Kelowna, B.C., on Monday.")
    province = place(extraction, "B.C.")
    assert province.admin1 == "British Columbia" and province.country == "CAN"


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_a_country_at_the_end_of_a_longer_name_is_that_country():
    text = "Speakers compared the regime to Nazi Germany and praised the Build Ireland fund."
    doc = parse(text)
    nazi, fund = resolve_spans(doc, spans_of(text, "Nazi Germany", "Build Ireland"))
    assert nazi.country == "DEU" and nazi.feature == "country"
    assert fund.country == "IRL"


def test_a_direction_before_a_two_letter_country_code():
    text = "Hiring rose fastest in the Western US last year."
    (west,) = resolve_spans(parse(text), spans_of(text, "Western US"))
    assert west.country == "USA" and west.feature == "country"


def test_an_unknown_place_in_a_named_town_goes_to_that_town():
    text = "The bakery on Quayside Promenade in Miami Beach reopened; rents in Fresno and Fresno County rose."
    doc = parse(text)
    promenade, miami_beach, *_ = resolve_spans(doc, spans_of(text, "Quayside Promenade", "Miami Beach", "Fresno"))
    assert promenade.approximate and near(promenade, (25.79, -80.13), 30)


def test_an_unknown_village_near_a_known_town_goes_to_that_town():
    text = "The band records at Carrowkeelmore, near Dunshaughlin, every summer."
    village, town = resolve_spans(parse(text), spans_of(text, "Carrowkeelmore", "Dunshaughlin"))
    assert village.approximate and town.resolved and near(village, (town.latitude, town.longitude), 1)


def test_old_town_names_the_town_after_it():
    text = "Commuter trains stop at Old Town Manassas twice an hour."
    (old_town,) = resolve_spans(parse(text), spans_of(text, "Old Town Manassas"))
    assert old_town.admin1 == "Virginia" and near(old_town, (38.75, -77.47), 30)


def test_a_parish_of_a_small_territory_does_not_outrank_a_city():
    # Southampton is also a parish of Bermuda; the English port city is meant.
    text = "The striker joined on loan from Southampton last winter."
    (southampton,) = resolve_spans(parse(text), spans_of(text, "Southampton"))
    assert southampton.country == "GBR" and near(southampton, (50.90, -1.40))


def test_a_country_inside_an_organisation_name():
    extraction = code("Soldiers of the Nigerian Army met officials of Air Zimbabwe and the U.S. Federal Trade Commission.")
    assert place(extraction, "Nigerian").country == "NGA"
    assert place(extraction, "Nigerian").mention_kind == "adjective"
    assert place(extraction, "Zimbabwe").country == "ZWE"
    assert place(extraction, "U.S.").country == "USA"
