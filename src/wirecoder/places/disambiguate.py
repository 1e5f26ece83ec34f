"""Choosing which place a toponym denotes.

Each candidate gets a score: a prior (how prominent the place is: population
for cities; countries, states and curated places rank as large ones; an
alternate name counts less than the main one), then evidence from the document:
- containment: "El Paso, Texas", "Fronton, Texas", "Paris, Ky." keep only
  candidates inside the container;
- the document's other places: a candidate in a country or state that the
  article names elsewhere ("Fronton" after "Texas"), or near the other places,
  gains; so does a candidate lying near a reading of another ambiguous name
  ("Athens" and "Henderson County", both in Texas), counting names found inside
  unknown names ("Henderson County Jail");
- a town abroad loses when all the other places are in one country;
- one sense per discourse: the same name is the same place throughout, and a
  name placed by containment anywhere ("Parkland, Florida") is that place everywhere;
- a name shared by a state and its major city ("New York") is the city unless the
  text marks the state ("upstate", "New York state", a list of states, a container);
- "A, B and C" is a list, not A inside B, when A has no reading inside B;
- a major city says nothing about which state an article is in.

Nothing falls back to a coarser place: a name with no candidate stays
unresolved, with the reason.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .gazetteer import GENERIC_NAMES, Entry, Gazetteer
from .names import name_key
from .toponyms import Mention


MAJOR_CITY_POPULATION = 1_000_000


@dataclass
class Weights:
    """Score weights; tuned only on the development gold (GeoWebNews, LGL)."""

    country: float = 8.5
    continent: float = 8.5
    admin1: float = 6.5
    admin2: float = 4.5
    curated: float = 7.0
    population_scale: float = 1.0  # per factor of ten in a city's population
    capital: float = 1.5  # a national capital outranks a same-named state ("Washington")
    unknown_population: float = 2.0  # cities from countrystatecity carry no population
    alternate_name: float = -2.5
    same_country: float = 2.0
    same_admin1: float = 2.0
    # A town abroad when every other place of the article is in one country
    # ("Paris" in a Texas story naming only US places).
    foreign_town: float = -2.0
    nearby: float = 2.0  # times exp(-distance / nearby_km) to the closest other place
    nearby_km: float = 150.0
    cooccurrence: float = 1.0  # per other ambiguous name with a reading in the same state
    cooccurrence_cap: float = 1.0
    # Ambiguous names near each other: "Paris" and "Henry County" both have a
    # Tennessee reading 30 km apart. Per other name, times exp(-km / proximity_km)
    # to its nearest reading.
    proximity: float = 3.0
    proximity_km: float = 30.0
    proximity_cap: float = 2.0
    # A populous country is harder to displace by a village in a named state
    # ("China" beside "Texas"): per factor of ten of population above 10 million.
    country_population: float = 1.0
    inside_container: float = 10.0
    outside_container: float = -10.0
    # A city this populous is named by news anywhere: it says nothing about which
    # state an article is in ("Boston" beside "New York City" is not Boston, N.Y.).
    major_city_population: int = MAJOR_CITY_POPULATION


@dataclass
class Resolution:
    entry: Entry | None
    score: float = 0.0
    margin: float = math.inf  # over the runner-up candidate
    reason: str = ""
    candidates: int = 0
    approximate: bool = False  # a local feature placed at the article's main city
    looked_up: str = ""  # the name looked up when it differs from the mention ("St. Louis" for "St. Louis Police")


# Last words of names of things inside a town (streets, buildings): not in the
# gazetteer, but near the town the article is about.
LOCAL_FEATURE_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "way",
    "highway", "hwy", "parkway", "square", "plaza", "park", "church", "cathedral", "chapel", "mosque",
    "synagogue", "temple", "hall", "centre", "center", "school", "academy", "university", "college",
    "hospital", "clinic", "airport", "station", "bridge", "court", "courthouse", "house", "building",
    "tower", "mall", "market", "stadium", "arena", "theatre", "theater", "museum", "library", "hotel",
    "inn", "restaurant", "cafe", "bar", "pub", "club", "village", "township", "twp", "neighborhood",
    "neighbourhood", "district", "estate", "campus", "prison", "jail", "cemetery", "pier", "harbor",
    "harbour", "port", "beach", "trail", "field", "gardens", "garden", "terrace", "place", "circle",
    "complex", "office", "headquarters", "base", "camp", "farm", "mill", "factory", "plant", "studio",
}
_DIRECTION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "upper", "lower", "greater", "downtown", "suburban", "rural", "outer", "inner",
}


def shorter_names(text: str) -> list[str]:
    """Names inside a name that the gazetteer lacks: "St. Louis Police" -> "St. Louis",
    "north west London" -> "London", "Oaxaca State" -> "Oaxaca"."""
    words = text.replace("-", " ").split()
    names = []
    start = 0
    while start < len(words) - 1 and words[start].lower().strip(".,") in _DIRECTION_WORDS:
        start += 1
    if start == 0 and len(words) > 2 and " ".join(words[:2]).lower() == "old town":
        start = 2  # "Old Town Manassas": the town's historic centre
    if start:
        names.append(" ".join(words[start:]))
    for end in range(len(words) - 1, start, -1):
        names.append(" ".join(words[start:end]))
    return names


def is_local_feature(text: str) -> bool:
    words = text.lower().replace(".", " ").split()
    return bool(words) and words[-1] in LOCAL_FEATURE_WORDS


@dataclass
class _Context:
    """What the document's other names say about a candidate."""

    entries: list[Entry] = field(default_factory=list)  # confident places of the other names
    countries: set[str] = field(default_factory=set)  # countries the other names are surely in
    others: list[list[Entry]] = field(default_factory=list)  # candidates of each other ambiguous name
    major_city_population: int = MAJOR_CITY_POPULATION

    def single_country(self) -> str | None:
        """The one country all the other places are in, if they are all in one."""
        countries = set(self.countries) | {e.country for e in self.entries if e.country}
        return next(iter(countries)) if len(countries) == 1 else None

    def supports(self, candidate: Entry) -> tuple[bool, bool, float | None, float, list[float]]:
        """(same country, same state, km to the nearest confident point, co-occurrence support,
        km to the nearest reading of each other ambiguous name)."""
        same_country = bool(candidate.country and candidate.country in self.countries)
        same_admin1 = False
        nearest: float | None = None
        for entry in self.entries:
            if entry.id == candidate.id:
                continue
            same_country = same_country or bool(entry.country and entry.country == candidate.country)
            if not (entry.feature == "city" and entry.population >= self.major_city_population):
                same_admin1 = same_admin1 or bool(entry.admin1_code and entry.admin1_code == candidate.admin1_code)
            if entry.feature not in _AREAS and candidate.feature not in ("country", "continent"):
                d = distance_km(entry.latitude, entry.longitude, candidate.latitude, candidate.longitude)
                nearest = d if nearest is None else min(nearest, d)
        # Ambiguous names support each other: "Springfield" and "Greene County" both
        # have a Missouri reading. A name with readings in many states supports each less.
        support = 0.0
        if candidate.admin1_code:
            for entries in self.others:
                states = {e.admin1_code for e in entries if e.admin1_code}
                if any(e.admin1_code == candidate.admin1_code and e.id != candidate.id for e in entries):
                    support += 1.0 / len(states)
        near_readings = []
        if candidate.feature not in _AREAS:
            for entries in self.others:
                points = [e for e in entries if e.feature not in _AREAS and e.id != candidate.id]
                if points:
                    near_readings.append(min(distance_km(e.latitude, e.longitude, candidate.latitude, candidate.longitude) for e in points))
        return same_country, same_admin1, nearest, support, near_readings


_AREAS = {"country", "continent", "admin1", "region", "sea", "border"}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def prior(entry: Entry, weights: Weights) -> float:
    if entry.source == "curated":
        score = weights.country if entry.feature == "country" else weights.curated
    elif entry.feature == "country":
        score = weights.country + weights.country_population * max(0.0, math.log10(entry.population + 1) - 7.0)
    elif entry.feature == "continent":
        score = weights.continent
    elif entry.feature == "admin1":
        score = weights.admin1
    elif entry.feature == "admin2":
        score = weights.admin2
    else:
        score = weights.population_scale * math.log10(entry.population + 1) if entry.population else weights.unknown_population
    if entry.capital:
        score += weights.capital
    if entry.match == "alt":
        score += weights.alternate_name
    return score


SMALL_TERRITORY_POPULATION = 1_000_000


def _small_territory(gazetteer: Gazetteer, iso3: str | None) -> bool:
    country = gazetteer.country(iso3)
    return country is not None and country.population < SMALL_TERRITORY_POPULATION


def _shorter_name_readings(text: str, gazetteer: Gazetteer, name_ok, reading_ok) -> tuple[str, list[Entry]]:
    """The first shorter name inside ``text`` (longest first) that ``name_ok``
    accepts and that has readings ``reading_ok(entry, name)`` accepts, with them."""
    for shorter in shorter_names(text):
        if name_ok(shorter):
            entries = [e for e in gazetteer.lookup(shorter) if reading_ok(e, shorter)]
            if entries:
                return shorter, entries
    return "", []


def _prominent(e: Entry, shorter: str, gazetteer: Gazetteer) -> bool:
    """A reading of a name that opens a longer one worth taking: only prominent
    places ("St. Louis" in "St. Louis Police", not "Salt" in "Salt + Smoke")."""
    if e.feature == "admin1" and _small_territory(gazetteer, e.country):
        return False  # nor a parish of a small territory ("Northwestern Memorial Hospital")
    return (e.match in ("name", "alias")
            and (e.feature in ("country", "admin1", "admin2", "continent") or e.source == "curated" or e.population >= 5000)
            # a major city under an alternate name ("New York" for New York City)
            or e.match == "alt" and e.feature == "city" and e.population >= MAJOR_CITY_POPULATION
            # a country's adjective opening the name ("Armenian Genocide")
            or e.match == "adjective" and e.feature == "country" and " " not in shorter)


def _candidates(mention: Mention, gazetteer: Gazetteer, is_container: bool) -> tuple[list[Entry], str]:
    """Candidates for the mention, and the name looked up when a shorter one had to be used."""
    entries = gazetteer.lookup(mention.text)
    looked_up = ""
    if not entries and not is_local_feature(mention.text):
        looked_up, entries = _shorter_name_readings(
            mention.text, gazetteer,
            # "US" in "Western US" is a name; "St" is not
            lambda shorter: shorter[:1].isupper() and (len(shorter) >= 3 or shorter.isupper()),
            lambda e, shorter: _prominent(e, shorter, gazetteer))
    if not entries and not is_local_feature(mention.text):
        # A country at the end of a longer name: "Nazi Germany", "Building Ireland".
        words = mention.text.split()
        for start in range(1, len(words)):
            ending = " ".join(words[start:])
            if not ending[:1].isupper():
                continue
            entries = [e for e in gazetteer.lookup(ending) if e.feature == "country" and e.match in ("name", "alias")]
            if entries:
                looked_up = ending
                break
    if any(e.feature == "city" and e.match == "name" and e.population >= 10_000 for e in entries):
        # A parish of a small territory (Southampton, Bermuda; St Peter, Jersey) is not
        # what a name that also names a sizeable town means.
        entries = [e for e in entries if not (e.feature == "admin1" and _small_territory(gazetteer, e.country))]
    if mention.kind in ("adjective", "demonym"):
        adjectival = [e for e in entries if e.match in ("adjective", "demonym")]
        entries = adjectival or entries
    if not is_container:
        # Postal codes ("TX", "LA") are only trusted after a comma: "Austin, TX".
        entries = [e for e in entries if e.match != "code"]
    return entries, looked_up


_STATE_BEFORE = re.compile(r"(state\s+of|upstate|downstate|western|northern|southern|eastern|central|rural)\s+$", re.I)
_STATE_AFTER = re.compile(r"^\s+(state|border|legislature|assembly|senate|governor|court|courts)\b", re.I)
_LIST_GAP = re.compile(r"^\s*(,|,?\s+and|,?\s+or)\s+$")


def _state_marked(mentions: list[Mention], i: int, candidates: list[list[Entry]], text: str,
                  contained: set[tuple[int, int]]) -> bool:
    """Whether the text says the mention is the state: it contains a town ("Albany, New
    York"), or the words around it say so: "upstate New York", "New York state", "the
    New York border", "Missouri, New York and Virginia"."""
    if any(outer == i for _, outer in contained):
        return True
    if any(inner == i for inner, _ in contained):
        return False  # "Belgrade, Minn.", "Washington, D.C.": a town, whatever its neighbours
    mention = mentions[i]
    if text and (_STATE_BEFORE.search(text[max(0, mention.start - 20):mention.start])
                 or _STATE_AFTER.match(text[mention.end:mention.end + 20])):
        return True
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions) or not text:
            continue
        if (j, i) in contained:
            continue
        a, b = (mentions[j], mention) if j < i else (mention, mentions[j])
        if not _LIST_GAP.match(text[a.end:b.start]):
            continue
        names = [e for e in candidates[j] if e.match in ("name", "alias")
                 or e.feature == "city" and e.population >= MAJOR_CITY_POPULATION]
        # A neighbour in a list that is surely a state: no sizeable town has its name
        # (not "New York", whose city is a major one).
        if names and all(e.feature == "admin1" or e.population < 100_000 for e in names) and any(e.feature == "admin1" for e in names):
            return True
    return False


def _city_or_state(entries: list[Entry], state_marked: bool, weights: Weights) -> list[Entry]:
    """A name shared by a state and its major city ("New York", "Buenos Aires",
    "Lagos") means the city in news, unless the text marks the state: keep only one.
    A name the text marks as a state ("California or Washington") keeps only its
    states, unless it also names a country ("southern Mexico", "northern Georgia")."""
    states = [e for e in entries if e.feature == "admin1" and e.match in ("name", "alias")]
    if not states:
        return entries
    if state_marked:
        if any(e.feature == "country" and e.match in ("name", "alias") for e in entries):
            return entries
        return states
    cities = [e for e in entries if e.feature == "city" and e.population >= weights.major_city_population
              and any(e.admin1_code and e.admin1_code == s.admin1_code for s in states)]
    if not cities:
        return entries
    city = max(cities, key=lambda e: e.population)
    # The state's name is the city's own name here, not an alternate ("New York City").
    return [replace(e, match="name") if e is city else e for e in entries if e not in states]


def _contains(container: Entry, entry: Entry) -> bool:
    if container.feature == "country" or container.feature == "continent" and container.country is None:
        return container.feature == "continent" or entry.country == container.country
    if container.feature == "admin1":
        if entry.admin1_code and container.admin1_code:
            return entry.admin1_code == container.admin1_code
        return entry.country == container.country and entry.admin1 == container.admin1
    if container.feature == "admin2":
        return entry.admin1_code == container.admin1_code and entry.feature == "city"
    return False


def resolve_mentions(mentions: list[Mention], gazetteer: Gazetteer, weights: Weights | None = None,
                     text: str = "") -> list[Resolution]:
    """Resolve each mention; ``text`` (the document) lets the words around a name speak
    ("upstate New York", "New York state")."""
    weights = weights or Weights()
    containers = {m.within for m in mentions if m.within is not None}
    found = [_candidates(m, gazetteer, i in containers) for i, m in enumerate(mentions)]
    candidates = [entries for entries, _ in found]
    # A container whose contained name has no reading inside it is a list ("Washington, New York and Boston").
    contained = {
        (i, m.within) for i, m in enumerate(mentions) if m.within is not None
        and any(e.match in ("name", "alias") and _contains(c, e) for e in candidates[i] for c in candidates[m.within])
    }
    marked = {i for i in range(len(mentions)) if _state_marked(mentions, i, candidates, text, contained)}
    for i, entries in enumerate(candidates):
        candidates[i] = _city_or_state(entries, i in marked, weights)
    keys = [name_key(m.text) for m in mentions]

    # Pass 1: each mention alone, with containment only.
    first = [_best(m, c, None, keys[i], mentions, candidates, weights, None) for i, (m, c) in enumerate(zip(mentions, candidates))]
    for i, mention in enumerate(mentions):
        if mention.within is not None and first[mention.within].entry is not None:
            first[i] = _best(mention, candidates[i], None, keys[i], mentions, candidates, weights, first[mention.within].entry)

    context = _context(mentions, first, keys, candidates, _embedded_names(mentions, candidates, gazetteer), weights)

    # Pass 2: with the document's other places; one sense per name.
    resolutions: list[Resolution] = []
    by_key: dict[str, Resolution] = {}
    # A name placed by containment anywhere in the article ("Parkland, Florida" in the
    # last paragraph) is that place everywhere, also where it came first without it.
    for i, mention in enumerate(mentions):
        outer = first[mention.within].entry if mention.within is not None else None
        if outer is not None and first[i].entry is not None and _contains(outer, first[i].entry):
            by_key.setdefault(keys[i], first[i])
    for i, mention in enumerate(mentions):
        container = resolutions[mention.within].entry if mention.within is not None and mention.within < i else None
        if mention.within is not None and container is None:
            container = first[mention.within].entry
        if container is None and keys[i] in by_key and mention.within is None:
            resolutions.append(by_key[keys[i]])
            continue
        resolution = _best(mention, candidates[i], context, keys[i], mentions, candidates, weights, container)
        if mention.within is None:
            by_key.setdefault(keys[i], resolution)
        resolutions.append(resolution)
    for resolution, (_, looked_up) in zip(resolutions, found):
        if looked_up and resolution.entry is not None:
            resolution.looked_up = looked_up
            resolution.reason += f"; looked up as {looked_up!r}"
    _place_local_features(mentions, resolutions, text)
    _place_buildings_by_their_town(mentions, resolutions, gazetteer, context, keys, candidates, weights)
    return resolutions


# A building named after a place is in that place: "Sligo Town Hall", "Vancouver
# International Airport"; only prominent readings, as for other shorter names.
_BUILDING_TOWN_POPULATION = 5000


def _place_buildings_by_their_town(mentions, resolutions, gazetteer: Gazetteer, context, keys, candidates,
                                   weights: Weights) -> None:
    """Streets and buildings the article gives no town for, placed at the place their name
    starts with (approximately), when that is a county, a state or a sizeable town."""
    for i, (mention, resolution) in enumerate(zip(mentions, resolutions)):
        if resolution.entry is not None or mention.kind != "name" or not is_local_feature(mention.text):
            continue
        shorter, readings = _shorter_name_readings(
            mention.text, gazetteer,
            lambda name: name[:1].isupper() and len(name) >= 4 and name_key(name) not in GENERIC_NAMES,
            lambda e, _: e.match in ("name", "alias") and (
                e.feature in ("admin1", "admin2") or e.feature == "city" and e.population >= _BUILDING_TOWN_POPULATION))
        if readings:
            # A building is in a town: a town of the name rather than the province around it.
            readings = [e for e in readings if e.feature == "city"] or readings
            best = _best(mention, readings, context, keys[i], mentions, candidates, weights, None)
            resolutions[i] = replace(best, approximate=True, looked_up=shorter,
                                     reason=f"approximate: placed at {best.entry.name}, the place its name starts with")


_IN_TOWN = re.compile(r"^(\s*,\s*|\s+(in|at)\s+(the\s+)?|,?\s+(near|outside)\s+)$")


def _place_local_features(mentions: list[Mention], resolutions: list[Resolution], text: str = "") -> None:
    """Places the gazetteer lacks, placed approximately at a town the article names.

    A name followed by "in <town>", "at <town>", "near <town>" or ", <town>" ("Collins
    Avenue in Miami Beach", "Le Bernardin in New York", "Rathmore, near Killarney") goes
    to that town. Other streets and buildings go to the article's main town: the most
    mentioned town of the article's main country (then the first). Never a state or a
    country: an unplaceable street stays unresolved rather than at a centroid.
    """
    for i in range(len(mentions) - 1):
        mention, outer = mentions[i], resolutions[i + 1]
        if resolutions[i].entry is not None or mention.kind != "name" or not text:
            continue
        town = outer.entry
        if town is not None and town.feature == "city" and not outer.approximate \
                and _IN_TOWN.match(text[mention.end:mentions[i + 1].start]):
            resolutions[i] = Resolution(town, reason=f"approximate: not in the gazetteer, placed at {town.name}, "
                                                     "the town the text puts it in", approximate=True)
    towns = Counter()
    first_seen: dict[int, int] = {}
    entries: dict[int, Entry] = {}
    # The main town lies in the country most of the article's places are in.
    countries = Counter(r.entry.country for r in resolutions if r.entry is not None and r.entry.country)
    home = countries.most_common(1)[0][0] if countries else None
    for i, resolution in enumerate(resolutions):
        entry = resolution.entry
        if entry is not None and entry.feature == "city" and not resolution.approximate and entry.country == home:
            towns[entry.id] += 1
            first_seen.setdefault(entry.id, i)
            entries[entry.id] = entry
    if not towns:
        return
    town = entries[min(towns, key=lambda t: (-towns[t], -entries[t].population, first_seen[t]))]
    for i, (mention, resolution) in enumerate(zip(mentions, resolutions)):
        if resolution.entry is None and mention.kind == "name" and (is_local_feature(mention.text) or mention.label == "FAC"):
            resolutions[i] = Resolution(
                town, reason=f"approximate: not in the gazetteer, placed at {town.name}, the article's main town",
                approximate=True,
            )


def _embedded_names(mentions: list[Mention], candidates: list[list[Entry]], gazetteer: Gazetteer) -> list[tuple[str, list[Entry]]]:
    """Places named inside names the gazetteer lacks, as evidence only: "Henderson County"
    in "Henderson County Jail", "Laurel County" in "Laurel County High School"."""
    found = []
    for mention, entries in zip(mentions, candidates):
        if entries or mention.kind != "name":
            continue
        for shorter in shorter_names(mention.text):
            if not shorter[:1].isupper() or len(shorter) < 4 or name_key(shorter) in GENERIC_NAMES:
                continue
            readings = [e for e in gazetteer.lookup(shorter) if e.match in ("name", "alias") and e.feature in ("city", "admin2")]
            if readings:
                found.append((name_key(shorter), readings))
                break
    return found


def _context(mentions: list[Mention], first: list[Resolution], keys: list[str], candidates: list[list[Entry]],
             embedded: list[tuple[str, list[Entry]]] = (), weights: Weights | None = None) -> dict[str, _Context]:
    """What the other places of the document say, per name (a name is not its own evidence)."""
    evidence: list[tuple[str, Entry]] = []
    for key, resolution in zip(keys, first):
        entry = resolution.entry
        # Only confident choices (one candidate or a clear winner) count as evidence.
        if entry is not None and (resolution.candidates == 1 or resolution.margin >= 1.0):
            evidence.append((key, entry))
    weights = weights or Weights()
    readings: dict[str, list[Entry]] = {}
    for key, entries in zip(keys, candidates):
        readings.setdefault(key, [e for e in entries if e.match != "alt"])
    for key, entries in embedded:
        if not readings.get(key):
            readings[key] = entries
            if len(entries) == 1:
                evidence.append((key, entries[0]))
    sure_countries: dict[str, str] = {}
    for key, entries in readings.items():
        countries = {e.country for e in entries}
        if len(countries) == 1 and None not in countries:
            sure_countries[key] = next(iter(countries))
    contexts: dict[str, _Context] = {}
    for key in set(keys):
        contexts[key] = _Context(
            [entry for other_key, entry in evidence if other_key != key],
            {country for other_key, country in sure_countries.items() if other_key != key},
            [entries for other_key, entries in readings.items() if other_key != key and len(entries) > 1],
            weights.major_city_population,
        )
    return contexts


def _best(mention, entries, contexts, key, mentions, all_candidates, weights: Weights, container: Entry | None) -> Resolution:
    if not entries:
        return Resolution(None, reason="no gazetteer entry for this name", candidates=0)
    context = contexts.get(key) if contexts else None
    if container is not None and not any(e.match in ("name", "alias") and _contains(container, e) for e in entries):
        # "Washington, New York and Boston" is a list, not Washington inside New York:
        # containment holds only when the name itself (not an alternate) lies inside.
        container = None
    scored = []
    for entry in entries:
        score = prior(entry, weights)
        if container is not None:
            score += weights.inside_container if _contains(container, entry) else weights.outside_container
        if context is not None:
            same_country, same_admin1, nearest, support, near_readings = context.supports(entry)
            if weights.proximity and near_readings:
                closeness = sum(math.exp(-d / weights.proximity_km) for d in near_readings)
                score += weights.proximity * min(closeness, weights.proximity_cap)
            score += weights.same_country * same_country + weights.same_admin1 * same_admin1
            if weights.foreign_town and entry.feature == "city" and context.single_country() not in (None, entry.country):
                score += weights.foreign_town
            score += weights.cooccurrence * min(support, weights.cooccurrence_cap)
            if nearest is not None:
                score += weights.nearby * math.exp(-nearest / weights.nearby_km)
        scored.append((score, entry))
    scored.sort(key=lambda pair: (-pair[0], -pair[1].population))
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else math.inf
    how = "only candidate" if len(scored) == 1 else f"best of {len(scored)} candidates"
    if container is not None:
        how += f", inside {container.name}"
    return Resolution(best, best_score, margin, f"{how} ({best.source} {best.feature})", len(scored))
