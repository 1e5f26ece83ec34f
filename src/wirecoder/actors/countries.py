"""Countries, their aliases, demonyms and capitals (pycountry + data/countries.csv).

pycountry knows ISO names ("Mexico", "Russian Federation") but not what news
writes: "U.S.", "the States", "Mexican", "Iraqis", "the Kremlin". The CSV adds
those; a capital's name is kept apart because in news it usually stands for
the government ("Washington warned...").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry
from rapidfuzz import fuzz, process

# Endings after which English adds no plural "-s" to a demonym ("Chinese", "Swiss", "French").
_NO_PLURAL = ("ese", "ss", "sh", "ch", "x", "z", "men", "s", "i-kiribati")


def demonym_plural(word: str) -> str | None:
    if word.lower().endswith(_NO_PLURAL) or word.isupper():
        return None
    return word + "s"


@dataclass
class CountryTable:
    names: dict[str, str] = field(default_factory=dict)  # alias -> ISO-3
    demonyms: dict[str, str] = field(default_factory=dict)  # adjective or singular person -> ISO-3
    people: dict[str, str] = field(default_factory=dict)  # plural people form ("Mexicans") -> ISO-3
    capitals: dict[str, str] = field(default_factory=dict)  # capital or seat of government -> ISO-3
    display: dict[str, str] = field(default_factory=dict)  # ISO-3 -> name to show

    def name_of(self, code: str | None) -> str:
        return self.display.get(code or "", code or "")

    def misspelled(self, name: str) -> str | None:
        """ISO-3 of a country name spelled a letter off ("Afganistan"); long
        names only, same first letter, so that no real place is taken for one."""
        if len(name) < 7 or not name[:1].isupper():
            return None
        candidates = [n for n in self.names if len(n) >= 7 and n[:1] == name[:1]]
        found = process.extractOne(name, candidates, scorer=fuzz.ratio, score_cutoff=90)
        return self.names[found[0]] if found else None


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


@lru_cache(maxsize=1)
def load_countries() -> CountryTable:
    table = CountryTable()
    text = resources.files("wirecoder.data").joinpath("countries.csv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    listed: list[tuple[str, list[str], list[str], list[str]]] = []
    for row in csv.DictReader(rows):
        listed.append((row["iso3"].strip(), _split(row["names"]), _split(row["demonyms"]), _split(row["capitals"])))
    codes = {code for code, *_ in listed}
    # ISO names first (only for the states the table lists: dependencies are folded
    # into their controlling state by the table's own rows), then the table's names.
    for code in sorted(codes):
        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            continue
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                table.names.setdefault(value, code)
    for code, names, demonyms, capitals in listed:
        if code not in table.display and names:
            table.display[code] = names[0]
        for name in names:
            table.names[name] = code
        for demonym in demonyms:
            table.demonyms.setdefault(demonym, code)
            plural = demonym_plural(demonym)
            if plural:
                table.people.setdefault(plural, code)
        for capital in capitals:
            table.capitals.setdefault(capital, code)
    # "Georgia", "Jordan", "Chad" are also US states or first names: the
    # resolver checks the NER label before trusting a country name.
    return table
