"""Role nouns and modifiers -> PLOVER sectors (data/sector_nouns.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .codes import is_sector_code


def singular(word: str) -> str:
    """A crude English singular, enough for role nouns ("officials", "militias", "families")."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@dataclass
class SectorLexicon:
    heads: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-case words -> sector
    generic: dict[str, str | None] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    former: set[str] = field(default_factory=set)
    movement_words: set[str] = field(default_factory=set)  # name words of a rebel movement
    civilian_property: set[str] = field(default_factory=set)  # "homes": a people's, not a state's
    antecedent_sectors: dict[str, list[str] | None] = field(default_factory=dict)  # "agent" -> [COP, ...]
    longest: int = 1

    def head_sector(self, words: list[str]) -> tuple[str | None, int]:
        """Sector named by the last words of a phrase, and how many words name it."""
        lower = [w.lower() for w in words]
        for n in range(min(self.longest, len(lower)), 0, -1):
            tail = lower[-n:]
            for key in (tuple(tail), tuple(tail[:-1] + [singular(tail[-1])])):
                if key in self.heads:
                    return self.heads[key], n
        return None, 0

    def is_generic(self, word: str) -> bool:
        return word.lower() in self.generic or singular(word) in self.generic

    def generic_default(self, word: str) -> str | None:
        w = word.lower()
        return self.generic.get(w, self.generic.get(singular(w)))

    def modifier_sector(self, word: str) -> str | None:
        w = word.lower()
        if w in self.modifiers:
            return self.modifiers[w]
        sector, _ = self.head_sector([w])
        return sector


@lru_cache(maxsize=1)
def load_sector_lexicon() -> SectorLexicon:
    text = resources.files("wirecoder.data").joinpath("sector_nouns.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    lexicon = SectorLexicon()
    for sector, nouns in data["sectors"].items():
        assert is_sector_code(sector), sector
        for noun in nouns:
            words = tuple(str(noun).lower().split())
            lexicon.heads.setdefault(words, sector)
            lexicon.longest = max(lexicon.longest, len(words))
    for word, sector in data["generic"].items():
        assert sector is None or is_sector_code(sector), sector
        lexicon.generic[str(word).lower()] = sector
    for word, sector in data["modifiers"].items():
        assert is_sector_code(sector), sector
        lexicon.modifiers[str(word).lower()] = sector
    lexicon.former = {str(w).lower() for w in data.get("former", [])}
    lexicon.movement_words = {str(w).lower() for w in data.get("movement_words", [])}
    lexicon.civilian_property = {str(w).lower() for w in data.get("civilian_property", [])}
    for word, sectors in (data.get("antecedent_sectors") or {}).items():
        assert sectors is None or all(is_sector_code(s) for s in sectors), word
        lexicon.antecedent_sectors[str(word).lower()] = list(sectors) if sectors else None
    return lexicon
