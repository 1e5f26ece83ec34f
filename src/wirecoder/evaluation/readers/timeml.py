"""TimeML (.tml) documents as in TempEval-3: the text of <TEXT> with every
TIMEX3 span, type and value, and the document creation time from <DCT>."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError
from ._files import find_files, read_text

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None  # ISO date of the document creation time
    timexes: list[Timex] = field(default_factory=list)


def _flatten(element: ET.Element, pieces: list[str], timexes: list[Timex], path: Path) -> None:
    """Append the element's text to ``pieces``, recording TIMEX3 offsets."""
    start = sum(len(p) for p in pieces)
    if element.text:
        pieces.append(element.text)
    for child in element:
        _flatten(child, pieces, timexes, path)
        if child.tail:
            pieces.append(child.tail)
    if element.tag == "TIMEX3":
        end = sum(len(p) for p in pieces)
        text = "".join(pieces)[start:end]
        kind = (element.get("type") or "").upper()
        if kind not in TIMEX_TYPES:
            raise GoldDataError(path, f"TIMEX3 {element.get('tid', '?')} has type {kind!r}, not one of {TIMEX_TYPES}")
        if text.strip():  # empty (non-consuming) TIMEX3s have no span to find
            timexes.append(Timex(start, end, text, kind, element.get("value") or "", element.get("tid") or ""))


def read_tml(path: Path) -> TimeMLDoc:
    path = Path(path)
    try:
        root = ET.fromstring(read_text(path))
    except ET.ParseError as error:
        line, column = error.position
        raise GoldDataError(path, f"not well-formed XML (column {column}): {error}", line=line) from error
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise GoldDataError(path, "no <TEXT> element")
    pieces: list[str] = []
    timexes: list[Timex] = []
    # The children of TEXT are flattened without TEXT's own tail.
    if text_element.text:
        pieces.append(text_element.text)
    for child in text_element:
        _flatten(child, pieces, timexes, path)
        if child.tail:
            pieces.append(child.tail)
    dct = None
    dct_timex = root.find(".//DCT/TIMEX3")
    if dct_timex is not None and dct_timex.get("value"):
        dct = dct_timex.get("value")[:10]
    return TimeMLDoc(path.stem, "".join(pieces), dct, timexes)


def read_timeml(path: Path, limit: int | None = None) -> list[TimeMLDoc]:
    """Every .tml file under ``path`` (or the one file ``path``), by name."""
    files = find_files(Path(path), "*.tml", "TimeML files")
    if limit is not None:
        files = files[:limit]
    return [read_tml(f) for f in files]
