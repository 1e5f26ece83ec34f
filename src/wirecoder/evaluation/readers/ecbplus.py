"""ECB+ documents (token XML): the article text rebuilt from its tokens, and
its gold event: the topic plus ``ecb`` or ``ecbplus`` (each topic holds two
different real-world events), read from the file name ``<topic>_<n><kind>.xml``."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import GoldDataError
from ._files import find_files, read_text
from .detokenize import detokenize

_NAME = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml$")


@dataclass
class EcbDoc:
    name: str
    topic: str
    kind: str  # ecb or ecbplus
    text: str

    @property
    def gold_event(self) -> str:
        return f"{self.topic}_{self.kind}"


def read_ecb_file(path: Path) -> EcbDoc:
    path = Path(path)
    match = _NAME.match(path.name)
    if not match:
        raise GoldDataError(
            path, "file name must be <topic>_<number>ecb.xml or ...ecbplus.xml (the gold event comes from it)")
    try:
        root = ET.fromstring(read_text(path))
    except ET.ParseError as error:
        line, column = error.position
        raise GoldDataError(path, f"not well-formed XML (column {column}): {error}", line=line) from error
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        try:
            sentence = int(token.get("sentence", "0"))
        except ValueError as error:
            raise GoldDataError(path, f"token {token.get('t_id')} has a non-numeric sentence") from error
        sentences.setdefault(sentence, []).append(token.text or "")
    if not sentences:
        raise GoldDataError(path, "no <token> elements")
    text = "\n".join(detokenize(tokens) for _, tokens in sorted(sentences.items()))
    return EcbDoc(path.name, match.group(1), match.group(3), text)


def read_ecbplus(path: Path, limit: int | None = None, per_turn: int = 3) -> list[EcbDoc]:
    """All documents under ``path`` (topic folders) or the one file. With
    ``limit``, documents are taken ``per_turn`` at a time from each gold event
    in turn (topic by topic, ecb before ecbplus), so that a small run still
    has several clusters of several documents, and same-topic negatives."""
    docs = [read_ecb_file(f) for f in find_files(Path(path), "*.xml", "ECB+ documents")]
    if limit is None or limit >= len(docs):
        return docs
    by_event: dict[str, list[EcbDoc]] = {}
    for doc in docs:
        by_event.setdefault(doc.gold_event, []).append(doc)
    queues = [by_event[k] for k in sorted(by_event, key=lambda k: (int(k.split("_")[0]), k))]
    chosen: list[EcbDoc] = []
    depth = 0
    while len(chosen) < limit:
        for queue in queues:
            for doc in queue[depth:depth + per_turn]:
                if len(chosen) < limit:
                    chosen.append(doc)
        depth += per_turn
    return chosen
