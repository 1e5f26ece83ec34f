"""PolNeAR attributions: ``text/<name>.txt`` plus brat standoff
``attributions/<name>_<annotator>.ann``.

An attribution is a brat event ``E`` tying a Content span to its Source and Cue
(text-bound ``T`` annotations, possibly discontinuous: ``s e;s e``). Some
articles were annotated by two annotators; the first .ann file in name order
is used so that no attribution is counted twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError
from ._files import read_text, require

Fragments = list[tuple[int, int]]

_ID = re.compile(r"^([TEARNM#*]\d*)\t")
_ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-f]{4}$")


@dataclass
class Attribution:
    content: Fragments
    source: Fragments | None = None
    cue: Fragments | None = None


@dataclass
class PolnearDoc:
    name: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    ann_path: str = ""


def _records(path: Path, text: str) -> list[tuple[int, str]]:
    """(line number, record) with brat's multi-line texts joined back."""
    records: list[tuple[int, str]] = []
    if text.endswith("\n"):
        text = text[:-1]  # the file's last line break ends the last record
    for number, line in enumerate(text.split("\n"), start=1):
        if _ID.match(line):
            records.append((number, line))
        elif records:
            # a span text that contains a line break continues on the next line
            records[-1] = (records[-1][0], records[-1][1] + "\n" + line)
        elif line.strip():
            raise GoldDataError(path, "expected a brat annotation line (ID<TAB>...)", line=number)
    return records


def _fragments(path: Path, line: int, spec: str, text_length: int) -> Fragments:
    fragments = []
    for part in spec.split(";"):
        bits = part.split()
        if len(bits) != 2 or not all(b.isdigit() for b in bits):
            raise GoldDataError(path, f"bad offsets {part!r}", line=line)
        start, end = int(bits[0]), int(bits[1])
        if not 0 <= start <= end <= text_length:
            raise GoldDataError(path, f"offsets {start}-{end} outside the text (length {text_length})", line=line)
        fragments.append((start, end))
    return fragments


def read_ann(ann_path: Path, text: str) -> list[Attribution]:
    """The attributions of one .ann file over its text."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[tuple[int, dict[str, str]]] = []
    for number, record in _records(ann_path, read_text(ann_path)):
        ident, _, rest = record.partition("\t")
        if ident.startswith("T"):
            head, _, span_text = rest.partition("\t")
            kind, _, spec = head.partition(" ")
            if not spec:
                raise GoldDataError(ann_path, "text annotation without offsets", line=number)
            fragments = _fragments(ann_path, number, spec, len(text))
            if " ".join(text[s:e] for s, e in fragments) != span_text:
                raise GoldDataError(ann_path, f"{ident}: span text does not match the text at its offsets", line=number)
            spans[ident] = (kind, fragments)
        elif ident.startswith("E"):
            roles = {}
            for arg in rest.split():
                role, colon, target = arg.partition(":")
                if not colon:
                    raise GoldDataError(ann_path, f"bad event argument {arg!r}", line=number)
                roles[role] = target
            events.append((number, roles))
    attributions = []
    for number, roles in events:
        for target in roles.values():
            if target not in spans:
                raise GoldDataError(ann_path, f"event refers to unknown annotation {target}", line=number)
        if "Content" not in roles:
            continue
        attributions.append(
            Attribution(
                content=spans[roles["Content"]][1],
                source=spans[roles["Source"]][1] if "Source" in roles else None,
                cue=spans[roles["Cue"]][1] if "Cue" in roles else None,
            )
        )
    return attributions


def _split_folder(path: Path, split: str) -> Path:
    """The folder that holds text/ and attributions/."""
    if (path / "attributions").is_dir():
        return path
    if (path / split / "attributions").is_dir():
        return path / split
    raise GoldDataError(path, f"no attributions/ folder here nor in {split}/")


def read_polnear(path: Path, split: str = "dev", limit: int | None = None) -> list[PolnearDoc]:
    """PolNeAR documents from the dataset folder (``split`` chosen), a split
    folder, or a single .ann file (its text read from ../text/)."""
    path = Path(path)
    require(path)
    if path.is_file():
        ann_files = [path]
        text_dir = path.parent.parent / "text"
    else:
        folder = _split_folder(path, split)
        ann_files = sorted((folder / "attributions").glob("*.ann"))
        text_dir = folder / "text"
        if not ann_files:
            raise GoldDataError(folder / "attributions", "no .ann files")
    docs: list[PolnearDoc] = []
    seen: set[str] = set()
    for ann in ann_files:
        name = _ANNOTATOR_SUFFIX.sub("", ann.stem)
        if name in seen:
            continue  # a second annotator's copy of the same article
        seen.add(name)
        text_path = text_dir / f"{name}.txt"
        if not text_path.exists():
            raise GoldDataError(ann, f"its text {text_path} is missing")
        text = read_text(text_path)
        docs.append(PolnearDoc(name, text, read_ann(ann, text), str(ann)))
        if limit is not None and len(docs) >= limit:
            break
    return docs
