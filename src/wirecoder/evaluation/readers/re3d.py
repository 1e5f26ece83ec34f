"""re3d (Dstl): per source folder, documents.json and entities.json, one JSON
object a line (mongoexport), entities as character offsets into the text.

Some spans carry competing labels, and some competing spans overlap, each with
the annotators' confidence. ``resolve_entities`` keeps, among entities that
overlap, the most confident one (ties: the longer span, then the earlier), and
drops entities of confidence 0 (suggestions the annotators rejected), so that
the gold is a flat, non-overlapping set of entities.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError
from ._files import read_text, require


@dataclass
class Re3dEntity:
    start: int
    end: int
    type: str
    value: str
    confidence: float


@dataclass
class Re3dDoc:
    id: str
    source: str
    text: str
    entities: list[Re3dEntity] = field(default_factory=list)


def _json_lines(path: Path) -> list[tuple[int, dict]]:
    rows = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldDataError(path, f"invalid JSON: {error.msg} (column {error.colno})", line=number) from error
        if not isinstance(row, dict):
            raise GoldDataError(path, "expected one JSON object per line", line=number)
        rows.append((number, row))
    return rows


def resolve_entities(entities: list[Re3dEntity]) -> list[Re3dEntity]:
    ranked = sorted(entities, key=lambda e: (-e.confidence, -(e.end - e.start), e.start))
    kept: list[Re3dEntity] = []
    for entity in ranked:
        if entity.confidence <= 0:
            continue
        if any(entity.start < k.end and k.start < entity.end for k in kept):
            continue
        kept.append(entity)
    return sorted(kept, key=lambda e: (e.start, e.end))


def _read_source(documents_path: Path) -> list[Re3dDoc]:
    entities_path = documents_path.with_name("entities.json")
    require(entities_path)
    docs: dict[str, Re3dDoc] = {}
    for number, row in _json_lines(documents_path):
        if not isinstance(row.get("_id"), str) or not isinstance(row.get("text"), str):
            raise GoldDataError(documents_path, "a document needs string '_id' and 'text'", line=number)
        docs[row["_id"]] = Re3dDoc(row["_id"], documents_path.parent.name, row["text"])
    raw: dict[str, list[Re3dEntity]] = {doc_id: [] for doc_id in docs}
    for number, row in _json_lines(entities_path):
        try:
            doc = docs[row["documentId"]]
            start, end = int(row["begin"]), int(row["end"])
            confidence = float(row.get("confidence", 1))
            entity = Re3dEntity(start, end, str(row["type"]), str(row.get("value", "")), confidence)
        except KeyError as error:
            if error.args and error.args[0] == row.get("documentId"):
                message = f"unknown documentId {row.get('documentId')!r}"
                raise GoldDataError(entities_path, message, line=number) from error
            raise GoldDataError(entities_path, f"missing field {error}", line=number) from error
        except (TypeError, ValueError) as error:
            raise GoldDataError(entities_path, f"bad begin/end/confidence: {error}", line=number) from error
        if not 0 <= start < end <= len(doc.text):
            raise GoldDataError(entities_path, f"offsets {start}-{end} outside the document", line=number)
        raw[doc.id].append(entity)
    for doc_id, doc in docs.items():
        doc.entities = resolve_entities(raw[doc_id])
    return list(docs.values())


def read_re3d(path: Path, limit: int | None = None) -> list[Re3dDoc]:
    """All sources under the re3d folder, one source folder, or a documents.json
    file (its entities.json beside it). Documents in folder then file order."""
    path = Path(path)
    require(path)
    if path.is_file():
        sources = [path]
    else:
        sources = sorted(path.rglob("documents.json"))
        if not sources:
            raise GoldDataError(path, "no documents.json in this folder")
    docs: list[Re3dDoc] = []
    for documents_path in sources:
        docs.extend(_read_source(documents_path))
        if limit is not None and len(docs) >= limit:
            return docs[:limit]
    return docs
