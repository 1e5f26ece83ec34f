"""The hand-written place files under ``wirecoder/data``: read and checked.

Four CSV files complete the PyPI gazetteers: ``places_curated.csv`` (places
they miss: bases, border crossings, rivers, regions), ``place_aliases.csv``
(other names of countries and states: "U.S.", "Calif."),
``place_demonyms.csv`` ("Mexican", "Russians") and ``country_points.csv``
(country points where the package's centre is far from GeoNames'). A malformed row is an error
that names the file and the line, so that a user extending them can fix it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

FEATURES = {
    "base", "crossing", "river", "sea", "strait", "canal", "region", "border", "building",
    "island", "city", "peninsula", "admin1", "country", "continent", "mountain", "lake",
}
ALIAS_KINDS = {"country", "admin1", "city", "code"}
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


class CuratedDataError(ValueError):
    """A row of a curated place file that cannot be used."""

    def __init__(self, path: Path | str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


@dataclass(frozen=True)
class CuratedPlace:
    name: str
    aliases: tuple[str, ...]
    feature: str
    latitude: float
    longitude: float
    country: str | None  # ISO-3
    admin1: str
    note: str


@dataclass(frozen=True)
class PlaceAlias:
    alias: str
    kind: str  # country, admin1, city, code
    target: str


@dataclass(frozen=True)
class Demonym:
    adjective: str
    plural: str | None  # None: no plural form for people ("Chinese")
    place: str  # ISO-3, ISO 3166-2 or a place name


@dataclass(frozen=True)
class CountryPoint:
    iso3: str
    latitude: float
    longitude: float


def data_path(name: str) -> Path:
    return Path(str(resources.files("wirecoder") / "data" / name))


def _rows(path: Path, required: list[str]):
    """(line number, row) for each data row; comment lines start with '#'."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [(i, line) for i, line in enumerate(handle, start=1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise CuratedDataError(path, 1, "no header row")
    reader = csv.reader([line for _, line in lines])
    header = next(reader)
    missing = [c for c in required if c not in header]
    if missing:
        raise CuratedDataError(path, lines[0][0], f"header lacks column(s) {', '.join(missing)}")
    for (number, _), values in zip(lines[1:], reader):
        if len(values) != len(header):
            raise CuratedDataError(path, number, f"expected {len(header)} fields, found {len(values)}")
        yield number, dict(zip(header, (v.strip() for v in values)))


def _coordinate(path: Path, line: int, value: str, name: str, limit: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise CuratedDataError(path, line, f"{name} {value!r} is not a number") from None
    if not -limit <= number <= limit:
        raise CuratedDataError(path, line, f"{name} {number} is out of range")
    return number


def load_curated_places(path: Path | None = None) -> list[CuratedPlace]:
    path = path or data_path("places_curated.csv")
    fields = ["name", "aliases", "feature", "latitude", "longitude", "country", "admin1"]
    places = []
    for line, row in _rows(path, fields):
        if not row["name"]:
            raise CuratedDataError(path, line, "empty name")
        if row["feature"] not in FEATURES:
            raise CuratedDataError(path, line, f"unknown feature {row['feature']!r} (one of {sorted(FEATURES)})")
        country = row["country"] or None
        if country and not _ISO3.match(country):
            raise CuratedDataError(path, line, f"country {country!r} is not an ISO-3 code")
        places.append(
            CuratedPlace(
                name=row["name"],
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                feature=row["feature"],
                latitude=_coordinate(path, line, row["latitude"], "latitude", 90),
                longitude=_coordinate(path, line, row["longitude"], "longitude", 180),
                country=country,
                admin1=row["admin1"],
                note=row.get("note", ""),
            )
        )
    return places


def load_aliases(path: Path | None = None) -> list[PlaceAlias]:
    path = path or data_path("place_aliases.csv")
    aliases = []
    for line, row in _rows(path, ["alias", "kind", "target"]):
        alias, kind, target = row["alias"], row["kind"], row["target"]
        if not alias:
            raise CuratedDataError(path, line, "empty alias")
        if kind not in ALIAS_KINDS:
            raise CuratedDataError(path, line, f"unknown kind {kind!r} (one of {sorted(ALIAS_KINDS)})")
        if kind == "country" and not _ISO3.match(target):
            raise CuratedDataError(path, line, f"country target {target!r} is not an ISO-3 code")
        if kind in ("admin1", "code") and not _ISO3166_2.match(target):
            raise CuratedDataError(path, line, f"target {target!r} is not an ISO 3166-2 code")
        if kind == "city" and not target.isdigit():
            raise CuratedDataError(path, line, f"city target {target!r} is not a GeoNames id")
        aliases.append(PlaceAlias(alias, kind, target))
    return aliases


def load_demonyms(path: Path | None = None) -> list[Demonym]:
    path = path or data_path("place_demonyms.csv")
    demonyms = []
    for line, row in _rows(path, ["adjective", "plural", "place"]):
        if not row["adjective"] or not row["place"]:
            raise CuratedDataError(path, line, "empty adjective or place")
        plural = row["plural"]
        plural = None if plural == "-" else (plural or row["adjective"] + "s")
        demonyms.append(Demonym(row["adjective"], plural, row["place"]))
    return demonyms


def load_country_points(path: Path | None = None) -> list[CountryPoint]:
    path = path or data_path("country_points.csv")
    points = []
    for line, row in _rows(path, ["iso3", "latitude", "longitude"]):
        if not _ISO3.match(row["iso3"]):
            raise CuratedDataError(path, line, f"{row['iso3']!r} is not an ISO-3 code")
        points.append(
            CountryPoint(
                row["iso3"],
                _coordinate(path, line, row["latitude"], "latitude", 90),
                _coordinate(path, line, row["longitude"], "longitude", 180),
            )
        )
    return points
