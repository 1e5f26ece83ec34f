"""The actor dictionary: people and organisations with aliases and dated roles.

The shipped dictionary (``data/actors.yaml``) is read first; user files given
with ``--actors`` are merged over it (an entry with the same id replaces the
shipped one). Every entry is checked when it is read, and a bad one raises
``ActorDictionaryError`` naming the file and the line of the entry (from the
YAML node marks), so that a user can fix their file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .codes import is_country_code, is_sector_code
from .errors import ActorDictionaryError

SHIPPED = "actors.yaml"
KINDS = {"person", "organization", "group"}
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


@dataclass
class Role:
    title: str
    aliases: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None  # when the office belongs to another country than the entry
    sectors: list[str] = field(default_factory=list)

    def active(self, date: dt.date | None) -> bool:
        """Held on that date; with no date, only an open-ended (current) role counts."""
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    @property
    def names(self) -> list[str]:
        return [self.title, *self.aliases]


@dataclass
class ActorEntry:
    id: str
    name: str
    kind: str = "organization"
    gender: str = ""
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str = ""  # file:line the entry came from

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def role_at(self, date: dt.date | None) -> Role | None:
        held = [r for r in self.roles if r.active(date)]
        return held[-1] if held else None

    def coding_at(self, date: dt.date | None) -> tuple[str | None, list[str], str]:
        """(country, sectors, role title) on a date: a held role overrides the defaults."""
        role = self.role_at(date)
        if role is None or (date is None and self.kind != "person"):
            # Without a date, an organisation keeps its lasting coding (the Taliban as rebels).
            return self.country, list(self.sectors), ""
        return role.country or self.country, list(role.sectors or self.sectors), role.title


@dataclass
class ActorDictionary:
    entries: dict[str, ActorEntry] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> ActorEntry | None:
        return self.entries.get(entry_id)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that keeps the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings until checked here, so that "2025-13-45" is reported with its line.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _date(value, path: str, line: int, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ActorDictionaryError(path, line, f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


def _strings(value, path: str, line: int, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ActorDictionaryError(path, line, f"{what} must be a list of strings")
    return [str(v) for v in value]


def _sectors(value, path: str, line: int) -> list[str]:
    sectors = [s.upper() for s in _strings(value, path, line, "sectors")]
    for sector in sectors:
        if not is_sector_code(sector):
            raise ActorDictionaryError(path, line, f"unknown PLOVER sector code {sector!r}")
    return sectors


def _country(value, path: str, line: int) -> str | None:
    if value is None or value == "":
        return None
    code = str(value).upper()
    if not is_country_code(code):
        raise ActorDictionaryError(
            path, line, f"unknown country code {value!r} (use ISO-3 or UNO, EUR, IGO, NGO, ISM, IMG, MNC)"
        )
    return code


def _role(raw, path: str, entry_line: int) -> Role:
    if not isinstance(raw, dict):
        raise ActorDictionaryError(path, entry_line, "each role must be a mapping with a title")
    line = raw.get("__line__", entry_line)
    unknown = set(raw) - {"title", "aliases", "start", "end", "country", "sectors", "__line__"}
    if unknown:
        raise ActorDictionaryError(path, line, f"unknown role field(s): {', '.join(sorted(unknown))}")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ActorDictionaryError(path, line, "a role needs a title")
    role = Role(
        title=title.strip(),
        aliases=_strings(raw.get("aliases"), path, line, "role aliases"),
        start=_date(raw.get("start"), path, line, "start"),
        end=_date(raw.get("end"), path, line, "end"),
        country=_country(raw.get("country"), path, line),
        sectors=_sectors(raw.get("sectors"), path, line),
    )
    if role.start and role.end and role.end < role.start:
        raise ActorDictionaryError(path, line, f"role {role.title!r} ends ({role.end}) before it starts ({role.start})")
    return role


def _entry(raw, path: str) -> ActorEntry:
    if not isinstance(raw, dict):
        raise ActorDictionaryError(path, None, "each actor must be a mapping (id, name, ...)")
    line = raw.get("__line__")
    unknown = set(raw) - {"id", "name", "kind", "gender", "country", "sectors", "aliases", "roles", "__line__"}
    if unknown:
        raise ActorDictionaryError(path, line, f"unknown field(s): {', '.join(sorted(unknown))}")
    entry_id, name = raw.get("id"), raw.get("name")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise ActorDictionaryError(path, line, "an actor needs an id (letters, digits, _ . -)")
    if not isinstance(name, str) or not name.strip():
        raise ActorDictionaryError(path, line, f"actor {entry_id!r} needs a name")
    kind = raw.get("kind") or "organization"
    if kind not in KINDS:
        raise ActorDictionaryError(path, line, f"kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    gender = str(raw.get("gender") or "").lower()
    if gender not in {"", "m", "f"}:
        raise ActorDictionaryError(path, line, f"gender {gender!r} is not m or f")
    roles = raw.get("roles") or []
    if not isinstance(roles, list):
        raise ActorDictionaryError(path, line, "roles must be a list")
    return ActorEntry(
        id=entry_id,
        name=name.strip(),
        kind=kind,
        gender=gender,
        country=_country(raw.get("country"), path, line),
        sectors=_sectors(raw.get("sectors"), path, line),
        aliases=[a for a in _strings(raw.get("aliases"), path, line, "aliases") if a.strip()],
        roles=[_role(r, path, line) for r in roles],
        source=f"{path}:{line}",
    )


def read_dictionary_file(path: str | Path, text: str | None = None) -> list[ActorEntry]:
    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise ActorDictionaryError(path, None, f"cannot read the file: {error.strerror or error}") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise ActorDictionaryError(path, line, f"not valid YAML: {error.problem}") from None
    except yaml.YAMLError as error:
        raise ActorDictionaryError(path, None, f"not valid YAML: {error}") from None
    if data is None:
        return []
    if isinstance(data, dict):
        raw_entries = data.get("actors")
        if raw_entries is None:
            raise ActorDictionaryError(path, data.get("__line__"), "expected a top-level 'actors:' list")
    else:
        raw_entries = data
    if not isinstance(raw_entries, list):
        raise ActorDictionaryError(path, None, "'actors' must be a list of entries")
    entries, seen = [], {}
    for raw in raw_entries:
        entry = _entry(raw, path)
        if entry.id in seen:
            raise ActorDictionaryError(path, raw.get("__line__"), f"duplicate id {entry.id!r} (first at line {seen[entry.id]})")
        seen[entry.id] = raw.get("__line__")
        entries.append(entry)
    return entries


@lru_cache(maxsize=1)
def _shipped_entries() -> tuple[ActorEntry, ...]:
    data = resources.files("wirecoder.data").joinpath(SHIPPED)
    return tuple(read_dictionary_file(f"wirecoder/data/{SHIPPED}", data.read_text(encoding="utf-8")))


def load_dictionary(user_files: tuple[str, ...] | list[str] = ()) -> ActorDictionary:
    """The shipped dictionary with the user's files merged over it, in order."""
    dictionary = ActorDictionary(files=[SHIPPED, *map(str, user_files)])
    for entry in _shipped_entries():
        dictionary.entries[entry.id] = entry
    for path in user_files:
        for entry in read_dictionary_file(path):
            dictionary.entries[entry.id] = entry
    return dictionary
