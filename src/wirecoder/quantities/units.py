"""The units lexicon (``data/units.yaml``): which written forms are which unit.

``UnitLexicon.after(text, end)`` finds the unit written right after a number
("25%", "18 kilos", "a 6.1-inch screen"), ``UnitLexicon.before(text, start)``
the currency written right before it ("$800", "US $58.24", "RM23.50").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Unit:
    code: str  # normalized code stored in Quantity.unit: "percent", "USD", "kilogram"
    kind: str  # ratio, money, length, mass, duration, age, ...
    name: str


@dataclass(frozen=True)
class UnitMatch:
    unit: Unit
    start: int
    end: int
    text: str


# Forms that count only glued to the number: a lone letter or a quote mark
# after a space is far more often something else ("page 5 p", "he said 5 ' ...").
GLUED_ONLY = {"p", "g", "L", "'", "’", '"', "”", "in.", "pp", "b/d"}


class UnitLexicon:
    def __init__(self, entries: list[dict]):
        self.units: dict[str, Unit] = {}
        self.after_exact: dict[str, Unit] = {}
        self.after_folded: dict[str, Unit] = {}
        self.before_forms: dict[str, Unit] = {}
        for entry in entries:
            unit = Unit(entry["unit"], entry.get("kind", ""), entry.get("name", entry["unit"]))
            if unit.code in self.units:
                raise ValueError(f"unit {unit.code!r} is listed twice")
            self.units[unit.code] = unit
            for form in entry.get("after", []) or []:
                self._add(self.after_folded, str(form).lower(), unit)
            for form in entry.get("after_exact", []) or []:
                self._add(self.after_exact, str(form), unit)
            for form in entry.get("before", []) or []:
                self._add(self.before_forms, str(form), unit)
        self._after_exact_re = self._alternation(self.after_exact, flags=0)
        self._after_folded_re = self._alternation(self.after_folded, flags=re.IGNORECASE)
        forms = sorted(self.before_forms, key=len, reverse=True)
        self._before_re = re.compile(r"(?:" + "|".join(re.escape(f) for f in forms) + r")[ \u00a0]?$")

    @staticmethod
    def _add(table: dict[str, Unit], form: str, unit: Unit) -> None:
        if form in table and table[form] != unit:
            raise ValueError(f"unit form {form!r} is listed for both {table[form].code} and {unit.code}")
        table[form] = unit

    @staticmethod
    def _alternation(table: dict[str, Unit], flags: int) -> re.Pattern:
        forms = sorted(table, key=len, reverse=True)
        parts = []
        for form in forms:
            pattern = re.escape(form)
            if form[-1].isalnum():
                pattern += r"(?![A-Za-z0-9])"  # never inside a longer word
            parts.append(pattern)
        return re.compile("|".join(parts), flags)

    def after(self, text: str, end: int) -> UnitMatch | None:
        """The unit written right after a number that ends at ``end``."""
        best: UnitMatch | None = None
        for gap in ("", " ", "\u00a0", "-", " - "):
            if text[end:end + len(gap)] != gap:
                continue
            pos = end + len(gap)
            for regex, table, fold in ((self._after_exact_re, self.after_exact, False),
                                       (self._after_folded_re, self.after_folded, True)):
                m = regex.match(text, pos)
                if not m:
                    continue
                form = m.group(0)
                unit = table[form.lower() if fold else form]
                if gap and (form in GLUED_ONLY or (form.lower() in GLUED_ONLY and fold)):
                    continue
                if best is None or m.end() > best.end:
                    best = UnitMatch(unit, pos, m.end(), form)
        return best

    def before(self, text: str, start: int) -> UnitMatch | None:
        """The currency written right before a number that starts at ``start``."""
        window_start = max(0, start - 12)
        m = self._before_re.search(text, window_start, start)
        if not m:
            return None
        form = m.group(0).rstrip(" \u00a0")
        # an alphabetic code must not be the tail of a longer word ("FIRM5")
        if form[0].isalpha() and m.start() > 0 and text[m.start() - 1].isalpha():
            return None
        return UnitMatch(self.before_forms[form], m.start(), m.start() + len(form), form)

    def get(self, code: str) -> Unit | None:
        return self.units.get(code)


def _data_path() -> Path:
    return Path(str(resources.files("wirecoder") / "data" / "units.yaml"))


@lru_cache(maxsize=None)
def load_units(path: str | None = None) -> UnitLexicon:
    """The shipped lexicon, or one read from ``path``."""
    source = Path(path) if path else _data_path()
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return UnitLexicon(data["units"])
