"""NewsQuant (NewsQuant.json): sentences, each with its quantities: value (a
number or a ``low-high`` range), unit as written, normalized unit, change
(=, ~, up, down, >, <) and the concept it refers to. No character spans."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError
from ._files import read_text, require

CHANGES = ("=", "~", "up", "down", ">", "<")
_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_VALUE = re.compile(rf"^\s*({_NUMBER})\s*(?:-\s*({_NUMBER}))?\s*$")


@dataclass
class GoldQuantity:
    low: float
    high: float
    unit: str
    normalized_unit: str
    change: str
    concept: str = ""


@dataclass
class QuantSentence:
    text: str
    quantities: list[GoldQuantity] = field(default_factory=list)


def parse_value(value: str) -> tuple[float, float] | None:
    match = _VALUE.match(str(value))
    if not match:
        return None
    low = float(match.group(1))
    high = float(match.group(2)) if match.group(2) is not None else low
    return low, high


def read_newsquant(path: Path, limit: int | None = None) -> list[QuantSentence]:
    path = Path(path)
    require(path)
    if path.is_dir():
        path = require(path / "NewsQuant.json")
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise GoldDataError(path, f"invalid JSON: {error.msg} (column {error.colno})", line=error.lineno) from error
    if not isinstance(data, list):
        raise GoldDataError(path, "expected a JSON list of sentences")
    sentences = []
    for i, item in enumerate(data[:limit] if limit is not None else data):
        record = f"sentence {i}"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise GoldDataError(path, "each sentence needs a 'text' string", record=record)
        quantities = []
        for j, q in enumerate(item.get("quantities") or []):
            if not isinstance(q, dict):
                raise GoldDataError(path, f"quantity {j} is not an object", record=record)
            value = parse_value(q.get("value", ""))
            if value is None:
                message = f"quantity {j}: value {q.get('value')!r} is not a number or range"
                raise GoldDataError(path, message, record=record)
            change = str(q.get("change", "=")).strip()
            if change not in CHANGES:
                raise GoldDataError(path, f"quantity {j}: change {change!r} is not one of {CHANGES}", record=record)
            quantities.append(
                GoldQuantity(value[0], value[1], str(q.get("unit", "")), str(q.get("normalized_unit", "")), change,
                             str(q.get("referred_concepts", "")))
            )
        sentences.append(QuantSentence(item["text"], quantities))
    return sentences
