"""Geoparsing gold: GeoWebNews (GWN.xml) and LGL (lgl.xml).

Both are ``<articles><article>…<text>…</text><toponyms><toponym>`` files with
character offsets; they differ in how a toponym gives its place:
- GWN: ``extractedName``, ``type``, ``latitude``/``longitude`` and sometimes
  ``geonamesID``. Only entries with coordinates are toponyms to score (the
  others are the taxonomy's non-toponyms: expressions, demonyms, homonyms...).
- LGL: ``phrase`` and a ``gaztag`` (geonameid, lat, lon); a few have no gaztag
  (a toponym with no known place: scored for its span only).
A toponym whose offsets do not point at its own text is skipped and counted
(GWN has five).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError
from ._files import read_text, require

DATASET_FILES = ("GWN.xml", "lgl.xml")


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None


@dataclass
class GeoDoc:
    name: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)


@dataclass
class GeoDataset:
    name: str
    path: str
    docs: list[GeoDoc]
    skipped: int = 0  # toponyms whose offsets did not match their text


def _number(value: str | None, kind=float):
    if value is None or not value.strip():
        return None
    return kind(value.strip())


def _toponym(element: ET.Element, text: str, path: Path, doc: str) -> Toponym | None:
    try:
        start, end = int(element.findtext("start")), int(element.findtext("end"))
    except (TypeError, ValueError) as error:
        raise GoldDataError(path, "toponym without integer <start>/<end>", record=f"article {doc}") from error
    gaztag = element.find("gaztag")
    try:
        if gaztag is not None:  # LGL
            name = element.findtext("phrase") or ""
            lat, lon = _number(gaztag.findtext("lat")), _number(gaztag.findtext("lon"))
            geonames_id = _number(gaztag.get("geonameid"), int)
        else:  # GWN or an LGL toponym without a place
            name = element.findtext("extractedName") or element.findtext("phrase") or ""
            lat, lon = _number(element.findtext("latitude")), _number(element.findtext("longitude"))
            geonames_id = _number(element.findtext("geonamesID"), int)
            if element.find("extractedName") is not None and lat is None:
                return None  # GWN: not a toponym with a place
    except ValueError as error:
        raise GoldDataError(path, f"bad coordinates or GeoNames id: {error}", record=f"article {doc}") from error
    return Toponym(start, end, name, lat, lon, geonames_id)


def read_geo_file(path: Path, limit: int | None = None) -> GeoDataset:
    path = Path(path)
    try:
        root = ET.fromstring(read_text(require(path)))
    except ET.ParseError as error:
        line, column = error.position
        raise GoldDataError(path, f"not well-formed XML (column {column}): {error}", line=line) from error
    if root.tag != "articles":
        raise GoldDataError(path, f"expected <articles> at the root, found <{root.tag}>")
    docs, skipped = [], 0
    for i, article in enumerate(root.iter("article")):
        if limit is not None and len(docs) >= limit:
            break
        name = article.get("docid") or article.get("file") or str(i)
        text = article.findtext("text")
        if text is None:
            raise GoldDataError(path, "article without <text>", record=f"article {name}")
        toponyms = []
        for element in article.iter("toponym"):
            toponym = _toponym(element, text, path, name)
            if toponym is None:
                continue
            if text[toponym.start:toponym.end] != toponym.text:
                skipped += 1
                continue
            toponyms.append(toponym)
        docs.append(GeoDoc(name, text, toponyms))
    if not docs:
        raise GoldDataError(path, "no <article> elements")
    return GeoDataset(path.stem, str(path), docs, skipped)


def read_geoparsing(path: Path, limit: int | None = None) -> list[GeoDataset]:
    """GWN.xml and lgl.xml from the geoparsing folder, or the one file given."""
    path = Path(path)
    require(path)
    if path.is_file():
        return [read_geo_file(path, limit)]
    files = [path / name for name in DATASET_FILES if (path / name).exists()]
    if not files:
        raise GoldDataError(path, f"none of {', '.join(DATASET_FILES)} in this folder")
    return [read_geo_file(f, limit) for f in files]
