"""The seed articles' places resolve where they are (coordinates from public knowledge, to 0.5 degree)."""

from __future__ import annotations

import pytest

# name as written in the seeds -> (latitude, longitude, country ISO-3)
EXPECTED = {
    "Fronton": (26.40, -98.89, "USA"),  # Starr County, Texas, on the Rio Grande
    "Rio Grande": (29.0, -103.3, "USA"),  # the Texas-Mexico stretch
    "Fort Bliss": (31.81, -106.42, "USA"),
    "El Paso": (31.76, -106.49, "USA"),
    "San Ysidro": (32.56, -117.05, "USA"),  # San Diego, California
    "Guantanamo Bay": (19.90, -75.10, "CUB"),
    "Michoacan": (19.2, -101.9, "MEX"),
    "Mexico City": (19.43, -99.13, "MEX"),
    # Countries at the geographic coordinates of the CIA World Factbook.
    "Somalia": (10.0, 49.0, "SOM"),
    "Syria": (35.0, 38.0, "SYR"),
}
TOLERANCE_DEGREES = 0.5


def _places(seed_extractions):
    return [p for extraction in seed_extractions.values() for p in extraction.places]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_place_resolves(seed_extractions, name):
    latitude, longitude, country = EXPECTED[name]
    found = [p for p in _places(seed_extractions) if p.text.lower().startswith(name.lower())]
    assert found, f"{name} not found"
    tolerance = TOLERANCE_DEGREES
    for place in found:
        assert place.resolved, (name, place.reason)
        assert place.country == country, (name, place)
        assert abs(place.latitude - latitude) <= tolerance and abs(place.longitude - longitude) <= tolerance, (
            name, place.latitude, place.longitude, place.reason,
        )


def test_fronton_is_in_texas_not_france(seed_extractions):
    fronton = [p for p in _places(seed_extractions) if p.text == "Fronton"]
    assert fronton and all(p.admin1 == "Texas" for p in fronton)


def test_seed_cities_are_not_country_centres(seed_extractions):
    for place in _places(seed_extractions):
        if place.feature == "city":
            assert (place.latitude, place.longitude) not in {(23.0, -102.0), (39.76, -98.5)}, place
