"""PLOVER gold standard records (plover_gsr/records.json): one coded sentence each.

The records keep the codes as their coders wrote them; ``GsrActor.country``
and ``.sector`` are normalized (see ``normalize_country``/``normalize_sector``)
and the raw code is kept beside them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError
from ._files import read_text, require

# Codes in the records that are not ISO-3: typos of the coders, mapped to the
# ISO-3 code they mean. Group codes (IGO, NGO, IMG...) are kept as they are.
COUNTRY_TYPOS = {"JAP": "JPN", "ITL": "ITA"}
# Sector codes sometimes carry an ethnic/religious suffix ("CVLalb", "REFKUR",
# "GOVMOS"): the sector is the first three letters. "CIV" is a typo of CVL.
SECTOR_TYPOS = {"CIV": "CVL"}


def normalize_country(code: str | None) -> str | None:
    if not code or not str(code).strip():
        return None
    code = str(code).strip().upper()
    return COUNTRY_TYPOS.get(code, code)


def normalize_sector(code: str | None) -> str | None:
    if not code:
        return None
    head = str(code).strip()[:3].upper()
    if not head.isalpha():  # "***": unknown
        return None
    return SECTOR_TYPOS.get(head, head)


@dataclass
class GsrActor:
    text: str
    country: str | None
    sector: str | None
    raw_code: str = ""
    raw_sector: str = ""


@dataclass
class GsrRecord:
    id: str
    text: str
    event: str  # the record's (older draft) PLOVER type, as written
    mode: str = ""
    context: str = ""
    sources: list[GsrActor] = field(default_factory=list)
    targets: list[GsrActor] = field(default_factory=list)


def _actors(value, path: Path, record: str, key: str) -> list[GsrActor]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        kind = type(value).__name__
        raise GoldDataError(path, f"'{key}' must be a list of actors or empty, not {kind}", record=record)
    actors = []
    for item in value:
        if not isinstance(item, dict) or "code" not in item:
            raise GoldDataError(path, f"each '{key}' actor needs a 'code' field", record=record)
        actors.append(
            GsrActor(
                text=str(item.get("actorText", "")),
                country=normalize_country(item.get("code")),
                sector=normalize_sector(item.get("sector")),
                raw_code=str(item.get("code") or ""),
                raw_sector=str(item.get("sector") or ""),
            )
        )
    return actors


def read_plover_gsr(path: Path) -> list[GsrRecord]:
    """Read records.json (or a folder holding it)."""
    path = Path(path)
    require(path)
    if path.is_dir():
        path = require(path / "records.json")
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GoldDataError(path, f"invalid JSON: {error.msg} (column {error.colno})", line=error.lineno) from error
    if not isinstance(data, list):
        raise GoldDataError(path, "expected a JSON list of records")
    records = []
    for i, item in enumerate(data):
        name = f"record {i}"
        if not isinstance(item, dict):
            raise GoldDataError(path, "a record must be a JSON object", record=name)
        name = f"record {i}, id {item.get('id', '?')}"
        for key in ("text", "event"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise GoldDataError(path, f"missing or empty '{key}'", record=name)
        records.append(
            GsrRecord(
                id=str(item.get("id", i)),
                text=item["text"],
                event=item["event"].strip().upper(),
                mode=str(item.get("mode") or ""),
                context=str(item.get("context") or ""),
                sources=_actors(item.get("source"), path, name, "source"),
                targets=_actors(item.get("target"), path, name, "target"),
            )
        )
    return records
